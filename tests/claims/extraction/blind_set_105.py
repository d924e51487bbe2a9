"""Hundred-and-fifth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, projects, companies and figures are
made up (the Weserbogentunnel, Henning Storck, Merle Ahlgrimm, Jörg Brüning, Florian Aigner,
Katrin Höllrigl, the Donaubrücke bei Traismauer, Rudolf Gansterer, the Lindenbergtunnel,
Stephan Amsler, Malte Hinrichsen, Dilek Yavuz, Ewald Rabl, Klaus Hametner, Reto Hunziker,
Kaspar Zwicky, the Talbrücke Volmetal, Lennart Busch, Carsten Meinert, Nadia Jeanneret, Erich
Fehlmann, Armin Pesendorfer; the Pennine Link, Helen Garside, Meg Doherty, Carla Whitfield,
Ron Tackett, Ray Pruitt, Anna Wrona, Teresa Alvarado, Janet Hume, the Maribyrnong Link, Gemma
Reardon, Tim Baird, Fiona Lenham, the Delaware River rail tunnel, Paul Rienzi, Laura Pinkney,
the Red River light rail line, Northfield Rail Systems, Colin Dufresne, Wendy Marsh, Sharon
Vick, Ewan Mackie, Tom Kowalczyk, Karen Mbeki, Louise Harlow); real places, operators and
institutions ("Bundesrechnungshof", "Bundesverkehrsministerium", "Bürgerschaft",
"Handelskammer", "Bund der Steuerzahler", "Rechnungshof", "Staatskanzlei", "Agglomerationsprogramm",
"Pro Bahn", "Kontrollamt", "SBB", "Bundesamt für Verkehr", "Bahninfrastrukturfonds",
"Autobahn GmbH", "IHK", "Bertelsmann Stiftung", "Städtetag", "Deutsche Bahn", "Riedbahn";
"National Audit Office", "Department for Transport", "Public Accounts Committee", "Ohio
Department of Transportation", "European Union", "Nexus", "Tyne and Wear Metro", "Campaign
for Better Transport", "Local Government Association", "Federal Transit Administration",
"Amtrak", "Sulafjord", "E39", "Sound Transit", "Ivanhoe Line", "East Midlands Railway",
"Transport Scotland", "Scottish Government", "S&P Global Ratings") stand for the way wire
copy names them; every cost, delay, share, vote, rate and tally here is invented (the end of
the Riedbahn works in December 2024, a bridge collapse in Dresden in 2024 and the Beeching
closures of 1964 are named as background only).

Its weight: INFRASTRUCTURE PROJECTS AND MUNICIPAL BUDGETS over several weeks, each story told
in story order (a dateline lead, the cost and the delay, who pays which share, the audit
office's findings and the ministry's or operator's rebuttal, quotes of engineers, mayors and
ministers, residents' complaints, the follow-up). Half German (dpa, dpa/lby, dpa/lnw, APA,
Keystone-SDA; Austrian "mit 1. Jänner", "Anrainer", "Voranschlag", "Kontrollamt", Swiss
"gutgeheissen", "Gemäss", "Einsprachen", "24'000", "Mia. Franken", «» quotes, German „“
quotes): a Bremen road tunnel whose costs nearly tripled, opening seven years late, with the
Bundesrechnungshof's report, the ministry's rebuttal and a supplementary budget; the
Rosenheim budget with the Grundsteuer Hebesatz and debt per head; the groundbreaking for a
Danube bridge in Lower Austria with the Rechnungshof's earlier verdict; an Aargau referendum
on a tunnel credit; the opening of a rebuilt main station in Gelsenkirchen after five
postponements; the Linz Voranschlag; a delayed SBB double-track section and the Takt it
brings; a demolished motorway bridge in Lüdenscheid; municipal cash credits and debt per
inhabitant by Land; a Deutsche Bahn corridor closure; the Biel budget and its Steuerfuss; the
Rechnungshof on Linz airport. Half English (PA, AP, Reuters, AAP): a high-speed line "£2.3bn
over budget and three years behind schedule", an Ohio River bridge opening, a second runway
at Krakow, the Portland city budget and property levy, a Metro extension, a Melbourne road
tunnel blowout, English council finances, a rail tunnel grant, a Norwegian fjord bridge on
hold, a Seattle transit measure, a light rail line pushed back a fifth time, a reopened
railway, an airport terminal, Germany's motorway bridges, a Scottish road upgrade and a
Chicago bond sale. Figures as such copy has them: costs, overruns and budgets in euros,
francs, pounds, dollars, zlotys, Norwegian crowns, Canadian and Australian dollars;
delays ("mit siebenjähriger Verspätung", "mit dreijähriger Verspätung", "three years behind
schedule", "nearly two years later than planned", "seven years later than promised");
lengths and capacities ("4,2 Kilometer langen", "453 Meter lange", "the 47-mile line", "a
2.8-km suspension bridge", "bis zu 38.000 Fahrzeuge", "up to 24 trains an hour"); intervals
("im Halbstundentakt", "every 15 minutes", "every 12 minutes"); shares paid by the state
("Ein Drittel der Kosten trägt der Bund", "je zur Hälfte", "Drei Viertel der Kosten", "knapp
drei Viertel", "two-fifths", "roughly a third", "80% of the cost"); n-th revisions and phases
("die vierte Kostenschätzung", "der dritte Bauabschnitt", "die dritte Revision des
Fahrplankonzepts", "the fourth time the timetable ... has been revised", "for a fifth
time", "fünfmal verschoben"); budgets, deficits, tax rates and debt per head ("von 450 auf
535 Prozent", "2.340 Euro", "knapp 4.900 Euro pro Kopf", "von 1,63 auf 1,68 Einheiten",
"about $4,300 per resident", "$9.87 per $1,000 of assessed value", "4.99%", "£2,280 a year");
Swiss referendum shares and turnout; council votes. Negatives as such copy has them: labels
and verdicts of opposition parties, lobbies and critics, quoted pride, rhetoric and promises
phrased as values, residents' complaints and fears, a slogan and a sign, appeals, open
questions, scene colour, a service line and a reporting credit.

243 rows (123 German, 120 English), 53 negatives (28 German, 25 English), 190 check-worthy
rows of which 15 carry no figure (12 German, 3 English), 326 expected quantities (88 counts,
76 amounts of money, 51 years, 38 durations, 26 percentages, 19 fractions, 18 ordinals, 10
dates; 2 of them in two negatives, as the seventeenth batch labels a figure in a quoted
opinion), 41 checked speakers (18 German, 23 English). Sentences sharing a run of eight or
more words with any file under tests/ (checked by a script that printed only this batch's
sentences, case and punctuation normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Konjunktiv I paraphrases that
  report a figure, a cause or a cost are check-worthy with the speaker their own attribution
  gives ("Der Bauherr habe zudem 17 Nachträge ... akzeptiert, teilte der
  Bundesrechnungshof mit." -> "der Bundesrechnungshof", "Für ein durchschnittliches
  Einfamilienhaus bedeute das rund 96 Euro mehr im Jahr, sagte Kämmerer Florian Aigner." ->
  "Florian Aigner", "Ohne Gegenmassnahmen wachse die Verschuldung ..." -> "Nadia
  Jeanneret"; forty-eighth, fifty-third, ninety-eighth and hundredth), also without a
  figure ("Bis zur Fertigstellung seien die Mehrkosten damit vollständig gedeckt, sagte
  Finanzsenator Jörg Brüning."); with "heißt es in dem Bericht" or without attribution
  ("Die Kosten seien von 38 auf 71 Millionen Euro gestiegen, ...") the speaker stays
  unchecked (a document, fifty-third).
- Audit offices and rebuttals (forty-ninth, fifty-third, ninety-eighth): a court of audit's
  published criticism is check-worthy with or without a figure ("Der Bundesrechnungshof
  wirft dem Bauherrn ... vor, Risiken im Baugrund über Jahre unterschätzt zu haben.", "Der
  Rechnungshof hatte das Projekt 2023 geprüft und ... kritisiert.", "Der Kontrollamtsbericht
  hatte ... bemängelt, ...", "Germany's federal audit office said ... 4,000 motorway bridges
  needed urgent repair ..."), and so is the rebuttal ("Das Bundesverkehrsministerium wies
  die Kritik zurück: Die Mehrkosten gingen zu mehr als der Hälfte auf gestiegene Baupreise
  zurück.", "Das Land wies das zurück und verwies auf ...", "Die Flughafengesellschaft
  widersprach: ...", "The Department for Transport said the NAO had not taken account of
  savings ...", "The contractor ... rejected that account and said ..."; twentieth and
  ninety-eighth); the other side's claim of a cause with a figure is check-worthy ("The
  city said faulty signalling software ... accounted for 14 months of the delay.", "Transport
  Scotland said ... had added 18 months to the programme."), as is an accusation with a
  checkable content ("The opposition said the government had kept the true cost secret until
  after the 2022 election.", twenty-fifth). Labels and verdicts are negatives (ninety-eighth:
  "nannten den Tunnel ein „Milliardengrab mit Ansage“", "sprach von einem „Offenbarungseid
  der Koalition“", "sprach von einem „Haushalt der verpassten Chancen“", "sprach von einem
  „Budget auf Pump“", "Local mayors called the decision a betrayal ...", "Opponents said the
  agency had squandered the trust of voters.", "Critics say the funding formula rewards
  ..."), as is a verdict with "hält ... für" ("Der Bund der Steuerzahler hält die Erhöhung
  für unverhältnismäßig.", "Der Fahrgastverband Pro Bahn hält die neue Wegeführung für
  verwirrend."; ninetieth and ninety-eighth).
- Promises against the record: a promise with a checkable content is check-worthy as a
  statement of record (seventh, twenty-ninth and fifty-third: "hatte im Wahlkampf 2020
  versprochen, die Grundsteuer nicht anzutasten.", "had campaigned on a promise to hire 300
  more police officers by 2026.", "Garside told MPs last year that the line would open "no
  later than 2031"."), as is the record set against it ("has added a net 41 officers since
  she took office", "seven years later than promised"); a promise phrased as a value or
  resolve is a negative ("„Nach der Sanierung fahren wir auf dieser Strecke wieder pünktlich –
  das verspreche ich“", ""This project will be delivered, and it will transform journeys
  ..."", ""I didn't promise it would be easy, ...""; fifty-third). A quoted claim of a
  measurable record is check-worthy (twenty-ninth and ninety-eighth: „Das ist die größte
  Verkehrsinvestition in der Geschichte des Landes“ -> "Rudolf Gansterer"), as is a quoted
  statement of fact in the perfect („Wir haben unter der Weser Bodenverhältnisse
  angetroffen, die in keinem Gutachten standen“ -> "Henning Storck", ninety-eighth) and a
  quoted figure (""Every month of delay costs taxpayers around £40m,"" -> "Meg Doherty").
- Residents' complaints without a checkable figure are negatives ("Anwohner in
  Woltmershausen klagen seit Jahren über Erschütterungen und nächtlichen Baulärm.", as
  "Pendler klagen seit Wochen über lange Staus ...", fifty-fifth; quoted complaints of
  residents, a trucker, a mother and campaigners), and so are fears ("Anrainer in Traismauer
  fürchten ...", ninety-eighth). New: a complaint that states a figure is check-worthy with
  it ("Die Händler in der Innenstadt beklagen Umsatzeinbußen von bis zu 30 Prozent."
  percent 30 "up_to"), as "sprachen von" with a figure is a claim and with an evaluation a
  negative (ninety-eighth). Negatives with a figure keep it labelled (seventeenth): „Ein
  Regionalflughafen muss für die nächsten dreißig Jahre planen, ...“ 30 years (the quarter
  in it carries none) and ""Nobody asked us whether we want planes over our roofs every
  three minutes,"" 3 minutes.
- New: a ribbon cut by named officials at an opening is an act of record and check-worthy
  without a figure ("Landesverkehrsminister Malte Hinrichsen und Oberbürgermeisterin Dilek
  Yavuz durchschnitten in der Empfangshalle ein rotes Band."), and with "before the first
  cars crossed" ordinal 1 - the crowd's laughter and tears stay scene colour ("drawing
  laughter from the crowd" in a quoted joke, "Several speakers wept ...", thirty-second).
  Other check-worthy rows without a figure, as facts of record: a vote against a budget with
  an abstention, a referral motion defeated, a study published (fifty-third: the tax
  estimate's publication), a diversion, trains "im Stundentakt" (none, twenty-second and
  forty-eighth), the Bund paying in full, a lawsuit filed, a superlative attributed to a
  campaign group, the states splitting the remainder.
- Costs, overruns and delays: "£2.3bn over budget and three years behind schedule" 2.3e9 GBP
  and 3 years, no hedge (tenth batch: "two years behind schedule and £4bn over budget");
  new: "$35 million under budget" 35,000,000 USD with no hedge, "under" after the figure as
  "over budget" (forty-eighth: a hedge word after the figure bounds nothing). "mit
  siebenjähriger Verspätung" 7 years and "mit dreijähriger Verspätung" 3 years (the issue's
  "fünfstündig"; fifty-eighth: "Nach zweijähriger Renovierung"); "nearly two years later
  than planned" 2 years "nearly" (eighth and forty-second: "two years later than planned"),
  "seven years later than promised" 7 years, "almost three years after the original target"
  "nearly", "two years late" 2 years, "um elf Jahre längere Bauzeit" 11 years, "Bauzeit von
  fünfeinhalb Jahren" 5.5 years (twentieth: "siebeneinhalb"). "fast verdreifacht" carries
  none (a verb, forty-eighth: "nahezu verdreifacht"); "more than twice the original
  estimate" count 2 "over" (tenth: "more than twice as fast"). "fünfmal verschoben" count 5
  (the issue's "viermal"); "changed the specifications 37 times" count 37.
- Ordinals of revisions, estimates and phases (forty-eighth, fifty-third, ninety-ninth):
  "die vierte Kostenschätzung", "der dritte Bauabschnitt" (with "in drei Abschnitten" count
  3), "die dritte Revision des Fahrplankonzepts", "die zweite Abstimmung", "seit der ersten
  Planung 2014" (1 and the year), "der vierte von insgesamt 40 Korridoren" (4 and 40,
  "insgesamt" no hedge), "Bei der ersten Generalsanierung", "It is the fourth time the
  timetable ... has been revised", "pushed back for a fifth time", "a second runway", "the
  third major terminal", "for the first time in 61 years" (1 and 61 years), "The first
  train", "before the first cars crossed", "in the first year", "in the first week", "the
  first section", "the second-highest among the 25 largest U.S. cities" (2 and 25, fifty-third
  and forty-first). "the longest", "the largest", "the weakest" none.
- Lengths, capacities and intervals: lengths are counts, as written (forty-eighth,
  fifty-eighth, ninety-ninth): "2,6 Kilometer lange", "4,2 Kilometer langen", "3,1 Kilometer
  lange", "453 Meter lange", "40 Zentimeter am Tag" ("am Tag" none), "140 Kilogramm", "128
  Kilometer Gleise", "the 47-mile line", "31 miles of tunnel", "2.1-mile span", "3.2-km
  runway", "7.4-mile line", "each 4.8 km long", "1.9-mile tunnel", "2.8-km suspension
  bridge", "2,050 metres", "17-km line", "11 miles of restored track", "The 17-mile upgrade".
  New: a number word counting lanes or tracks inside a compound is that count - "Die
  vierspurige Brücke" 4, "The four-lane ... span" 4, "a new two-track rail tunnel" 2 - as
  "-stöckig" (fifty-second), "Vierbettzimmern" (forty-ninth) and "a three-story apartment
  building" (fifty-eighth); "Doppelspurausbau" carries none (tenth and sixteenth:
  "Doppelbudget" is no number word). Capacities are counts with their hedges ("bis zu 38.000
  Fahrzeuge" "up_to", "rund 24'000" "about", "gut 21'000" "over", "1,6 Millionen Passagiere
  im Jahr", "16 million passengers a year from 10 million", "up to 24 trains an hour ...,
  against 10 today"); "täglich", "a day", "a year", "an hour", "pro Stunde" none. Intervals
  are durations (fifteenth and forty-eighth): "every 15 minutes", "every 12 minutes", "every
  30 minutes", "every three minutes"; "im Halbstundentakt" 0.5 hour, "im Stundentakt" and
  "hourly" none. Journey times "um zwölf Minuten auf 63 Minuten" and "to 28 minutes"
  durations.
- Shares (forty-eighth, fifty-third, ninety-second): "Ein Drittel der Kosten" 0.3333, "je zur
  Hälfte" 0.5 (new: "je" no hedge, as "jeweils"), "zu mehr als der Hälfte" 0.5 "over", "Ein
  Fünftel" 0.2, "jeder vierte Euro" 0.25, "Drei Viertel" 0.75, "knapp drei Viertel" 0.75
  "nearly", "fast die Hälfte" 0.5 "nearly", "Ein Viertel" 0.25, "Fast jede dritte Kommune"
  0.3333 "nearly", "die Hälfte der Kassenkredite" 0.5, "Almost two-fifths" 0.4 "nearly",
  "Around a quarter" 0.25 "about", "about one-fifth" 0.2 "about", "roughly a third" 0.3333
  "about", "Almost one in five" 0.2 "nearly", "two-fifths" 0.4, "About half" 0.5 "about",
  "One in eight" 0.125; shares in percent are percentages ("40 Prozent", "35 Prozent", "zu je
  50 Prozent" with no hedge, "80% of the cost", "45% of the project", "about 60%").
- Budgets and taxes (fifty-third, fifty-eighth, ninety-second): "von 450 auf 535 Prozent" two
  percentages (a Hebesatz as written), "Der Steuerfuss steigt von 1,63 auf 1,68 Einheiten"
  two counts, "um 10 Prozent auf 2,20 Euro pro Stunde", "by 4.99%", "by up to 9.99%" "up_to",
  "0.4 percentage points" pp; per head and per household amounts are money and "pro Kopf",
  "je Einwohner", "pro Einwohnerin und Einwohner", "per resident", "per ticket", "a year"
  carry none ("2.340 Euro", "1.610 Euro", "knapp 4.900 Euro" "nearly", "3.110 Euro ...,
  2.870 Euro", "weniger als 100 Euro" "under", "rund 19'500 Franken" "about", "about $4,300",
  "£2,280 a year, an increase of £108"); "$9.87 per $1,000 of assessed value ..., up from
  $9.41" three amounts (fifty-eighth: "$1.06 per $100"); "Minus von 48,7 Millionen Euro" and
  "Defizit von knapp 31 Millionen Euro" positive amounts (fifty-third: words of direction);
  "von 38 auf 71 Millionen Euro" two amounts, the scale written once serving both
  (forty-eighth and hundredth); "1,1 Mia. Franken" 1.1e9 CHF (fifty-third); "its 30-year
  bonds" 30 years (fifty-third: the bond's maturity), "yields of up to 5.9%" "up_to".
  Identifiers carry none (thirty-eighth and fifty-third): "Grundsteuer B", "Band D",
  "section 114", "A45", "Interstate 71", "E39", "A82".
- Votes: council tallies are counts ("mit 27 zu 17 Stimmen", "mit 31 zu 27 Stimmen bei zwei
  Enthaltungen" three counts, "voted 9-3"; fifty-eighth); "In 9 der 11 Bezirke" two counts
  (forty-first and seventy-seventh); "einem Ja-Anteil von 54,6 Prozent", "Die
  Stimmbeteiligung lag bei 46,2 Prozent", "mit 51,3 Prozent Nein-Stimmen", "with 57.3%
  voting yes" percentages (seventy-seventh and ninety-second).
- Counts otherwise: "zwei Dutzend Rolltreppen" 24 (third and fifty-eighth), "2 der 4
  Baulose", "Two of the six sections" two counts each (definite groups), "an 14 Wochenenden"
  14, "in drei Schichten" 3 ("rund um die Uhr" no hedge, twenty-seventh), "Eight councils",
  "Six councils", "six new stations", "four new stations", "22 gates, up from 15", "The city's
  four pension funds" counts; "more than 300 residents", "mehr als 6.400 Unterschriften"
  "over"; "a record 11.4 million" no hedge (forty-eighth); "a net 41 officers" no hedge
  (thirty-sixth and fortieth); "one of seven fjord crossings" 7 ("one of" a pronoun); "killed
  a worker", "ein rotes Band" none (articles).
- Durations otherwise: "vor zwei Jahren" and "Vor fünf Jahren" (forty-sixth), "für fünf
  Monate", "nach fünf Monaten", "Nach mehr als sechs Jahren Bauzeit" "over", "a seven-hour
  hearing", "for seven months", "about 18 months" "about", "take eight years", "after four
  years of construction", "more than four years of lane closures" "over", "14 months of the
  delay", "18 months to the programme", "more than 50 years old" "over" (an age),
  "um bis zu 45 Minuten" "up_to"; "in the coming two years", "over the next four years" and
  "within two years" no hedge (forty-first and fifty-third); "for more than a decade" and "a
  decade later" none (a decade, as "more than a decade" elsewhere).
- Money in the currency written: EUR, CHF ("Millionen Franken", "Milliarden Franken", "Mia.
  Franken"), GBP ("£2.3bn", "£410m", "£745 million"), USD, "2.9 billion zlotys ($740
  million)" PLN and USD, "31 billion Norwegian crowns ($2.9 billion)" NOK and USD and "4
  billion Norwegian crowns" NOK (earlier batches: "8.5 billion Norwegian crowns"), "A$3.1
  billion to A$13.6 billion" AUD, "C$2.1 billion" CAD, "at least C$250 million"
  "at_least", "$2 for cars and $9 for trucks", "$4.50 per ticket".
- Years and dates: "Ende 2031", "bis Ende 2026", "Ende 2028", "ab Herbst 2029", "im Frühjahr
  2027", "Ab Dezember 2030", "im Dezember 2024", "autumn 2029", "in late 2031", "next spring"
  (none) as the fifty-third batch reads seasons and month-year pairs; "in 2034 at the
  earliest" 2034 with no hedge (fortieth: "frühestens Ende 2026" the year); new: "no later
  than 2031" 2031 with no hedge, a bound on a date as "before 2033" and "bis 2030" (no hedge
  for a year, forty-eighth); "Budget 2026", "für 2026", "a 1963 crossing", "since 2020" the
  years. Dates: "mit 1. Jänner" --01-01 (thirtieth), "ab dem 6. Februar" --02-06, "am 30.
  November" --11-30, "on Jan. 1" --01-01; datelines with a day ("WARSAW, Sept 23 (Reuters)",
  "MELBOURNE, June 18 (AAP)", "OSLO, Feb 10 (Reuters)", "WINNIPEG, Manitoba, April 2
  (Reuters)" with the province between city and day, ninety-ninth, "BERLIN, Jan 8
  (Reuters)", "CHICAGO, May 5 (Reuters)") dates without a year; dpa, APA, Keystone-SDA, PA
  and AP datelines none (seventy-ninth). Clock times ("at 06:12", "between 11 p.m. and 6
  a.m.") carry none.
- Hedges, only the names in use: "rund", "etwa", "about", "About", "around", "Around",
  "roughly" "about"; "knapp", "fast", "Fast", "almost", "Almost", "nearly" "nearly"; "mehr
  als", "gut", "more than" "over"; "bis zu", "up to" "up_to"; "at least" "at_least";
  "weniger als" "under"; "nur", "Allein", "insgesamt", "je", "a net", "a record", "only",
  "each", "at the earliest", "no later than" no hedge.
- Speakers, checked only in forms the earlier batches settled: "sagte X" with the title
  dropped ("Projektleiter", "Kämmerer", "Verkehrslandesrat", "Finanzstadtrat",
  "Finanzdirektorin", "Finanzsenator") and surname-only as written ("sagte Storck",
  ninety-fifth and ninety-eighth); "so Aigner" -> "Aigner" (the issue's "so Selenskyj") and
  "so SBB-Sprecher Reto Hunziker" -> "Reto Hunziker" (forty-eighth); "sagte ein
  Polizeisprecher" -> "ein Polizeisprecher" (fourth, eighth and fifty-eighth); "teilte die
  Projektgesellschaft mit", "teilte der Bundesrechnungshof mit", "teilte das Land mit",
  "teilte das Baudepartement mit", "teilte die Deutsche Bahn mit", "teilten die SBB mit" (as
  "teilten die ÖBB mit", hundredth) and "wie die Staatskanzlei mitteilte" (ninety-second) the
  source with its article in the nominative; "nach Angaben der Autobahn GmbH" -> "die
  Autobahn GmbH" (fifty-sixth and hundredth). English: "the National Audit Office said",
  "the Department for Transport said", "the infrastructure ministry said", "the airport
  said", "the Local Government Association said", "the housing ministry said", "the Federal
  Transit Administration said", "the transport ministry said" (twice), "The government said"
  and "The city said" opening the sentence, "the city said on Wednesday" (the weekday
  dropped) with the article in lower case; "according to the Ohio Department of
  Transportation", "according to the Campaign for Better Transport", "according to the
  airport" and "according to the LGA" with their article (ninety-eighth); "Nexus said",
  "Sound Transit said", "East Midlands Railway said", "Transport Scotland said" as written
  (eighteenth); "Public Accounts Committee chair Meg Doherty said" and "Transport
  Infrastructure Minister Gemma Reardon said" the name with the title dropped (fifteenth);
  "Mayor Colin Dufresne told reporters" -> "Colin Dufresne" (fifty-third). Left unchecked
  (None): "heißt es in dem Bericht", "heißt es im Bericht", "nach Berechnungen der Prüfer",
  "nach Unternehmensangaben", "Gemäss Baudepartement" (a form not settled, eighty-sixth and
  hundred-and-third), "wies ... zurück", "widersprach", "beklagen", "fordert", "rechnen",
  "The spending watchdog said" and "Germany's federal audit office said" (descriptions),
  "the NAO found", "has found", "has confirmed", "The report said", "Garside told MPs"
  (twenty-fifth: not settled for a check-worthy row), "Airport officials said", "the city
  auditor said" (a role without a name), "the auditors said", "The opposition said", "the
  Scottish Government said" (fifty-third), "The contractor, Northfield Rail Systems, ...
  said" (a description around the name, fortieth), "according to city figures", "according
  to ministry data", rows without attribution and all negatives, also those with a named
  speaker.
- Negatives otherwise: quoted pride and verdicts of mayors, ministers and officials
  („Heute ist ein guter Tag für Gelsenkirchen“, «Das ist ein klares Bekenntnis ...», «Dieses
  Budget ist ehrlich, aber es tut weh», ""This is a front door our region can be proud
  of,""), rhetoric („Wer so plant, ...“, „Wir müssen sparen, wo es nicht weh tut, ...“,
  ""This is a road to nowhere ..."", ""Local government is running on fumes,"", ""The city
  keeps borrowing ..."", a "gold-plated boondoggle"), a slogan and a sign («Kein Geld für
  Tunnelträume», ""Build it faster and build it cheaper,""; fifty-seventh and seventy-fourth),
  an appeal ("Die Handelskammer appellierte an Bund und Land, ...", forty-eighth), advice and
  a service line ("Travelers are advised ...", "Residents can check ...", fifty-eighth), open
  questions ("Ob der neue Termin hält, ...", "Ob die Annahmen zur Konjunktur halten, ...",
  "Wann die Umleitungsstrecke saniert wird, ...", "Wie es nach einem Nein ... weitergehen
  würde, ...", "Whether the line will ever reach Hull ..."), scene colour and a reporting
  credit.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_105 = [
    # --- Weserbogentunnel: Kosten und Verspätung (dpa) ---
    ("de", "Bremen (dpa) - Die Kosten für den Weserbogentunnel haben sich auf 1,4 Milliarden Euro fast verdreifacht.", True, [("money", 1400000000, "EUR", None)], None),
    ("de", "Bei der Entscheidung für den Bau im Jahr 2016 hatte die Stadt noch mit 480 Millionen Euro gerechnet.", True, [("year", 2016, None, None), ("money", 480000000, "EUR", None)], None),
    ("de", "Der 2,6 Kilometer lange Straßentunnel soll nun Ende 2031 und damit mit siebenjähriger Verspätung für den Verkehr freigegeben werden, teilte die Projektgesellschaft mit.", True, [("count", 2.6, None, None), ("year", 2031, None, None), ("duration", 7, "year", None)], "die Projektgesellschaft"),
    ("de", "Ein Drittel der Kosten trägt der Bund, 40 Prozent übernimmt das Land Bremen, den Rest zahlt die Stadt.", True, [("fraction", 0.3333, None, None), ("percent", 40, "%", None)], None),
    ("de", "Der Bundesrechnungshof wirft dem Bauherrn in einem am Dienstag veröffentlichten Bericht vor, Risiken im Baugrund über Jahre unterschätzt zu haben.", True, [], None),
    ("de", "Allein die Nachbesserungen an der Dichtwand hätten rund 210 Millionen Euro gekostet, heißt es in dem Bericht.", True, [("money", 210000000, "EUR", "about")], None),
    ("de", "Der Bauherr habe zudem 17 Nachträge der Baufirmen ohne ausreichende Prüfung akzeptiert, teilte der Bundesrechnungshof mit.", True, [("count", 17, None, None)], "der Bundesrechnungshof"),
    ("de", "Das Bundesverkehrsministerium wies die Kritik zurück: Die Mehrkosten gingen zu mehr als der Hälfte auf gestiegene Baupreise zurück.", True, [("fraction", 0.5, None, "over")], None),
    ("de", "„Wir haben unter der Weser Bodenverhältnisse angetroffen, die in keinem Gutachten standen“, sagte Projektleiter Henning Storck.", True, [], "Henning Storck"),
    ("de", "„Die Tunnelbohrmaschine kam zeitweise nur 40 Zentimeter am Tag voran“, sagte Storck.", True, [("count", 40, None, None)], "Storck"),
    ("de", "Die Grünen in der Bürgerschaft nannten den Tunnel ein „Milliardengrab mit Ansage“.", False, [], None),
    ("de", "„Wer so plant, darf sich über leere Kassen nicht wundern“, sagte Grünen-Fraktionschefin Merle Ahlgrimm.", False, [], None),
    ("de", "Anwohner in Woltmershausen klagen seit Jahren über Erschütterungen und nächtlichen Baulärm.", False, [], None),
    ("de", "Ob der neue Termin hält, wagt im Bremer Rathaus niemand vorherzusagen.", False, [], None),
    ("de", "Die Handelskammer appellierte an Bund und Land, die Finanzierung nicht noch einmal aufzuschnüren.", False, [], None),
    # --- Weserbogentunnel: Nachtragshaushalt (dpa) ---
    ("de", "Bremen (dpa) - Der Senat hat am Donnerstag einen Nachtragshaushalt über 312 Millionen Euro für den Weserbogentunnel beschlossen.", True, [("money", 312000000, "EUR", None)], None),
    ("de", "Es ist bereits die vierte Kostenschätzung seit Baubeginn im Jahr 2019.", True, [("ordinal", 4, None, None), ("year", 2019, None, None)], None),
    ("de", "Bis zur Fertigstellung seien die Mehrkosten damit vollständig gedeckt, sagte Finanzsenator Jörg Brüning.", True, [], "Jörg Brüning"),
    ("de", "Die CDU-Opposition sprach von einem „Offenbarungseid der Koalition“.", False, [], None),
    # --- Haushalt und Grundsteuer in Rosenheim (dpa/lby) ---
    ("de", "Rosenheim (dpa/lby) - Der Rosenheimer Stadtrat hat den Haushalt für 2026 mit 27 zu 17 Stimmen verabschiedet.", True, [("year", 2026, None, None), ("count", 27, None, None), ("count", 17, None, None)], None),
    ("de", "Das Zahlenwerk sieht Ausgaben von 412 Millionen Euro und ein Defizit von knapp 31 Millionen Euro vor.", True, [("money", 412000000, "EUR", None), ("money", 31000000, "EUR", "nearly")], None),
    ("de", "Um die Lücke zu schließen, steigt der Hebesatz der Grundsteuer B von 450 auf 535 Prozent.", True, [("percent", 450, "%", None), ("percent", 535, "%", None)], None),
    ("de", "Für ein durchschnittliches Einfamilienhaus bedeute das rund 96 Euro mehr im Jahr, sagte Kämmerer Florian Aigner.", True, [("money", 96, "EUR", "about")], "Florian Aigner"),
    ("de", "Die Pro-Kopf-Verschuldung der Stadt steigt damit bis Ende 2026 auf 2.340 Euro, so Aigner.", True, [("year", 2026, None, None), ("money", 2340, "EUR", None)], "Aigner"),
    ("de", "Vor fünf Jahren hatte sie noch bei 1.610 Euro gelegen.", True, [("duration", 5, "year", None), ("money", 1610, "EUR", None)], None),
    ("de", "Ein Fünftel der Einnahmen stammt aus der Gewerbesteuer, jeder vierte Euro im Verwaltungshaushalt fließt in die Kinderbetreuung.", True, [("fraction", 0.2, None, None), ("fraction", 0.25, None, None)], None),
    ("de", "Oberbürgermeisterin Katrin Höllrigl hatte im Wahlkampf 2020 versprochen, die Grundsteuer nicht anzutasten.", True, [("year", 2020, None, None)], None),
    ("de", "„Ohne diese Erhöhung müssten wir bei den Kitas den Rotstift ansetzen, und das mache ich nicht mit“, sagte Höllrigl.", False, [], None),
    ("de", "Die CSU-Fraktion sprach von einem „Haushalt der verpassten Chancen“.", False, [], None),
    ("de", "Der Bund der Steuerzahler hält die Erhöhung für unverhältnismäßig.", False, [], None),
    # --- Donaubrücke Traismauer (APA) ---
    ("de", "St. Pölten (APA) - Mit dem Spatenstich hat am Montag der Bau der 4,2 Kilometer langen Donaubrücke bei Traismauer begonnen.", True, [("count", 4.2, None, None)], None),
    ("de", "Die vierspurige Brücke soll ab Herbst 2029 täglich bis zu 38.000 Fahrzeuge aufnehmen.", True, [("count", 4, None, None), ("year", 2029, None, None), ("count", 38000, None, "up_to")], None),
    ("de", "Die Kosten von 685 Millionen Euro teilen sich Bund und Land Niederösterreich je zur Hälfte.", True, [("money", 685000000, "EUR", None), ("fraction", 0.5, None, None)], None),
    ("de", "Gebaut wird in drei Abschnitten, der dritte Bauabschnitt mit der Strombrücke selbst beginnt im Frühjahr 2027.", True, [("count", 3, None, None), ("ordinal", 3, None, None), ("year", 2027, None, None)], None),
    ("de", "„Das ist die größte Verkehrsinvestition in der Geschichte des Landes“, sagte Verkehrslandesrat Rudolf Gansterer.", True, [], "Rudolf Gansterer"),
    ("de", "Während der Bauzeit von fünfeinhalb Jahren bleibt die Donaufähre in Betrieb, teilte das Land mit.", True, [("duration", 5.5, "year", None)], "das Land"),
    ("de", "Der Rechnungshof hatte das Projekt 2023 geprüft und die Auswahl der Trasse als nicht nachvollziehbar kritisiert.", True, [("year", 2023, None, None)], None),
    ("de", "Eine Tunnellösung wäre nach Berechnungen der Prüfer um rund 140 Millionen Euro günstiger gewesen.", True, [("money", 140000000, "EUR", "about")], None),
    ("de", "Das Land wies das zurück und verwies auf die um elf Jahre längere Bauzeit eines Tunnels.", True, [("duration", 11, "year", None)], None),
    ("de", "Bürgerinitiativen in Traismauer und am Wagram haben mehr als 6.400 Unterschriften gegen die Trasse gesammelt.", True, [("count", 6400, None, "over")], None),
    ("de", "„Die Brücke zerschneidet unser Naherholungsgebiet für immer“, sagte eine Sprecherin der Initiative.", False, [], None),
    ("de", "Anrainer in Traismauer fürchten zudem mehr Lkw-Verkehr durch den Ortskern.", False, [], None),
    # --- Abstimmung über den Lindenbergtunnel (Keystone-SDA) ---
    ("de", "Aarau (Keystone-SDA) - Die Aargauer Stimmberechtigten haben am Sonntag den Kredit von 1,38 Milliarden Franken für den Lindenbergtunnel mit einem Ja-Anteil von 54,6 Prozent gutgeheissen.", True, [("money", 1380000000, "CHF", None), ("percent", 54.6, "%", None)], None),
    ("de", "Die Stimmbeteiligung lag bei 46,2 Prozent, wie die Staatskanzlei mitteilte.", True, [("percent", 46.2, "%", None)], "die Staatskanzlei"),
    ("de", "In 9 der 11 Bezirke überwogen die Ja-Stimmen, abgelehnt wurde die Vorlage nur in den Bezirken Muri und Zurzach.", True, [("count", 9, None, None), ("count", 11, None, None)], None),
    ("de", "Gemäss Baudepartement fahren heute täglich rund 24'000 Fahrzeuge durch das Zentrum von Wohlen.", True, [("count", 24000, None, "about")], None),
    ("de", "Der 3,1 Kilometer lange Tunnel soll die Ortsdurchfahrt um gut 21'000 davon entlasten.", True, [("count", 3.1, None, None), ("count", 21000, None, "over")], None),
    ("de", "Der Bund beteiligt sich über das Agglomerationsprogramm mit 35 Prozent an den Kosten.", True, [("percent", 35, "%", None)], None),
    ("de", "Die jährlichen Betriebskosten lägen bei 4,8 Millionen Franken, teilte das Baudepartement mit.", True, [("money", 4800000, "CHF", None)], "das Baudepartement"),
    ("de", "Die Gegner hatten kritisiert, dass die Kosten seit der ersten Planung 2014 um 62 Prozent gestiegen seien.", True, [("ordinal", 1, None, None), ("year", 2014, None, None), ("percent", 62, "%", None)], None),
    ("de", "Es war bereits die zweite Abstimmung über das Projekt: 2019 war eine teurere Variante mit 51,3 Prozent Nein-Stimmen gescheitert.", True, [("ordinal", 2, None, None), ("year", 2019, None, None), ("percent", 51.3, "%", None)], None),
    ("de", "«Das ist ein klares Bekenntnis zu einer entlasteten Dorfmitte», sagte Baudirektor Stephan Amsler vor den Medien.", False, [], None),
    ("de", "Das Nein-Komitee hatte mit dem Slogan «Kein Geld für Tunnelträume» gegen den Kredit geworben.", False, [], None),
    # --- Hauptbahnhof Gelsenkirchen eröffnet (dpa/lnw) ---
    ("de", "Gelsenkirchen (dpa/lnw) - Nach mehr als sechs Jahren Bauzeit ist der modernisierte Hauptbahnhof in Gelsenkirchen am Freitag offiziell eröffnet worden.", True, [("duration", 6, "year", "over")], None),
    ("de", "Landesverkehrsminister Malte Hinrichsen und Oberbürgermeisterin Dilek Yavuz durchschnitten in der Empfangshalle ein rotes Band.", True, [], None),
    ("de", "Ursprünglich sollte der Umbau 2021 fertig sein und 96 Millionen Euro kosten, am Ende waren es 163 Millionen Euro.", True, [("year", 2021, None, None), ("money", 96000000, "EUR", None), ("money", 163000000, "EUR", None)], None),
    ("de", "Die Eröffnung war zuvor fünfmal verschoben worden.", True, [("count", 5, None, None)], None),
    ("de", "Drei Viertel der Kosten übernahmen Bund und Land, den Rest trugen Bahn und Stadt.", True, [("fraction", 0.75, None, None)], None),
    ("de", "Täglich steigen in Gelsenkirchen rund 52.000 Reisende ein, aus oder um.", True, [("count", 52000, None, "about")], None),
    ("de", "Die Bahn hat 14 Aufzüge und zwei Dutzend Rolltreppen neu eingebaut.", True, [("count", 14, None, None), ("count", 24, None, None)], None),
    ("de", "„Heute ist ein guter Tag für Gelsenkirchen“, sagte Yavuz.", False, [], None),
    ("de", "„Barrierefrei ist dieser Bahnhof erst, wenn auch die Aufzüge funktionieren“, sagte ein Vertreter des Sozialverbands.", False, [], None),
    ("de", "Der Fahrgastverband Pro Bahn hält die neue Wegeführung für verwirrend.", False, [], None),
    # --- Voranschlag der Stadt Linz (APA) ---
    ("de", "Linz (APA) - Mit den Stimmen von SPÖ und Grünen hat der Linzer Gemeinderat den Voranschlag für 2026 beschlossen, der ein Minus von 48,7 Millionen Euro ausweist.", True, [("year", 2026, None, None), ("money", 48700000, "EUR", None)], None),
    ("de", "Die Finanzschulden der Stadt steigen damit auf rund 1,02 Milliarden Euro, das sind knapp 4.900 Euro pro Kopf.", True, [("money", 1020000000, "EUR", "about"), ("money", 4900, "EUR", "nearly")], None),
    ("de", "„Wir investieren trotz der Krise 214 Millionen Euro, davon fast die Hälfte in den öffentlichen Verkehr“, sagte Finanzstadtrat Ewald Rabl.", True, [("money", 214000000, "EUR", None), ("fraction", 0.5, None, "nearly")], "Ewald Rabl"),
    ("de", "Ein Viertel der Investitionssumme fließt in die neue Stadtbahnlinie über die Donau.", True, [("fraction", 0.25, None, None)], None),
    ("de", "Die Parkgebühren in der Innenstadt steigen mit 1. Jänner um 10 Prozent auf 2,20 Euro pro Stunde.", True, [("date", "--01-01", None, None), ("percent", 10, "%", None), ("money", 2.2, "EUR", None)], None),
    ("de", "Die ÖVP stimmte gegen den Voranschlag, die FPÖ enthielt sich.", True, [], None),
    ("de", "Die ÖVP sprach von einem „Budget auf Pump“.", False, [], None),
    ("de", "Der Kontrollamtsbericht hatte im Frühjahr bemängelt, dass die Stadt für 13 ihrer Beteiligungen keine Risikoanalyse vorlegen konnte.", True, [("count", 13, None, None)], None),
    ("de", "„Wir müssen sparen, wo es nicht weh tut, und investieren, wo es Zukunft schafft“, sagte Bürgermeister Klaus Hametner.", False, [], None),
    ("de", "Ob die Annahmen zur Konjunktur halten, wird erst der Rechnungsabschluss zeigen.", False, [], None),
    # --- Doppelspur am Walensee (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Der Doppelspurausbau zwischen Mühlehorn und Walenstadt wird mit dreijähriger Verspätung fertig.", True, [("duration", 3, "year", None)], None),
    ("de", "Die SBB rechnen neu mit Kosten von 642 Millionen Franken statt der ursprünglich budgetierten 455 Millionen Franken.", True, [("money", 642000000, "CHF", None), ("money", 455000000, "CHF", None)], None),
    ("de", "Grund seien Felsstürze im Baubereich und Einsprachen gegen 2 der 4 Baulose, teilten die SBB mit.", True, [("count", 2, None, None), ("count", 4, None, None)], "die SBB"),
    ("de", "Ab Dezember 2030 sollen die Interregio-Züge zwischen Zürich und Chur dann im Halbstundentakt verkehren.", True, [("year", 2030, None, None), ("duration", 0.5, "hour", None)], None),
    ("de", "Heute verkehren die Schnellzüge zwischen den beiden Städten im Stundentakt.", True, [], None),
    ("de", "Die Fahrzeit von Zürich nach Chur verkürze sich um zwölf Minuten auf 63 Minuten, so SBB-Sprecher Reto Hunziker.", True, [("duration", 12, "minute", None), ("duration", 63, "minute", None)], "Reto Hunziker"),
    ("de", "Es ist die dritte Revision des Fahrplankonzepts für die Ostschweiz seit 2021.", True, [("ordinal", 3, None, None), ("year", 2021, None, None)], None),
    ("de", "Das Bundesamt für Verkehr hat die Mehrkosten von 187 Millionen Franken bereits aus dem Bahninfrastrukturfonds bewilligt.", True, [("money", 187000000, "CHF", None)], None),
    ("de", "Während der Bauarbeiten ist die Strecke an 14 Wochenenden gesperrt.", True, [("count", 14, None, None)], None),
    ("de", "«Wer am Walensee wohnt, wartet seit Jahrzehnten auf diese Verbindung», sagte der Glarner Regierungsrat Kaspar Zwicky.", False, [], None),
    # --- Talbrücke Volmetal gesprengt (dpa) ---
    ("de", "Lüdenscheid (dpa) - Seit der Sperrung der maroden Talbrücke Volmetal an der A45 vor zwei Jahren quälen sich täglich rund 11.000 Lastwagen durch die Innenstadt.", True, [("duration", 2, "year", None), ("count", 11000, None, "about")], None),
    ("de", "Am Sonntag wurde die 453 Meter lange Brücke mit 140 Kilogramm Sprengstoff zu Fall gebracht.", True, [("count", 453, None, None), ("count", 140, None, None)], None),
    ("de", "Rund 2.000 Schaulustige verfolgten die Sprengung aus sicherer Entfernung, sagte ein Polizeisprecher.", True, [("count", 2000, None, "about")], "ein Polizeisprecher"),
    ("de", "Der Neubau soll nach Angaben der Autobahn GmbH Ende 2028 fertig sein und 210 Millionen Euro kosten.", True, [("year", 2028, None, None), ("money", 210000000, "EUR", None)], "die Autobahn GmbH"),
    ("de", "Der Bund trägt die Kosten vollständig.", True, [], None),
    ("de", "Die Händler in der Innenstadt beklagen Umsatzeinbußen von bis zu 30 Prozent.", True, [("percent", 30, "%", "up_to")], None),
    ("de", "Die IHK fordert, auf der Baustelle rund um die Uhr in drei Schichten zu arbeiten.", True, [("count", 3, None, None)], None),
    ("de", "„Unsere Stadt erstickt im Lkw-Verkehr“, sagte ein Anwohner der Altenaer Straße.", False, [], None),
    ("de", "Wann die Umleitungsstrecke saniert wird, ist noch unklar.", False, [], None),
    # --- Kommunaler Finanzreport (dpa) ---
    ("de", "Gütersloh (dpa) - Die Kassenkredite der deutschen Kommunen sind im vergangenen Jahr um 9 Prozent auf 34,6 Milliarden Euro gestiegen.", True, [("percent", 9, "%", None), ("money", 34600000000, "EUR", None)], None),
    ("de", "Das geht aus einer Studie der Bertelsmann Stiftung hervor, die am Mittwoch veröffentlicht wurde.", True, [], None),
    ("de", "Am höchsten ist die Pro-Kopf-Verschuldung im Saarland mit 3.110 Euro, gefolgt von Rheinland-Pfalz mit 2.870 Euro.", True, [("money", 3110, "EUR", None), ("money", 2870, "EUR", None)], None),
    ("de", "In Bayern und Baden-Württemberg liegt sie dagegen bei weniger als 100 Euro je Einwohner.", True, [("money", 100, "EUR", "under")], None),
    ("de", "Fast jede dritte Kommune konnte 2024 keinen ausgeglichenen Haushalt vorlegen.", True, [("fraction", 0.3333, None, "nearly"), ("year", 2024, None, None)], None),
    ("de", "Der Städtetag fordert eine Altschuldenlösung, bei der der Bund die Hälfte der Kassenkredite übernimmt.", True, [("fraction", 0.5, None, None)], None),
    ("de", "„Die Kommunen tragen die Daseinsvorsorge und werden vom Bund im Regen stehen gelassen“, sagte Studienautor Lennart Busch.", False, [], None),
    # --- Generalsanierung Köln-Hagen (dpa) ---
    ("de", "Frankfurt/Main (dpa) - Die Deutsche Bahn sperrt die Strecke zwischen Köln und Hagen ab dem 6. Februar für fünf Monate vollständig.", True, [("date", "--02-06", None, None), ("duration", 5, "month", None)], None),
    ("de", "In der Zeit werden nach Unternehmensangaben 128 Kilometer Gleise, 140 Weichen und 22 Bahnhöfe erneuert.", True, [("count", 128, None, None), ("count", 140, None, None), ("count", 22, None, None)], None),
    ("de", "Die Generalsanierung kostet rund 1,1 Milliarden Euro, davon trägt der Bund knapp drei Viertel.", True, [("money", 1100000000, "EUR", "about"), ("fraction", 0.75, None, "nearly")], None),
    ("de", "Es ist der vierte von insgesamt 40 Korridoren, die bis 2030 grundsaniert werden sollen.", True, [("ordinal", 4, None, None), ("count", 40, None, None), ("year", 2030, None, None)], None),
    ("de", "Als Ersatz fahren täglich bis zu 180 Busse, die Reisezeit verlängert sich um bis zu 45 Minuten.", True, [("count", 180, None, "up_to"), ("duration", 45, "minute", "up_to")], None),
    ("de", "Fernzüge zwischen Köln und Berlin werden über Wuppertal umgeleitet, teilte die Deutsche Bahn mit.", True, [], "die Deutsche Bahn"),
    ("de", "Bei der ersten Generalsanierung auf der Riedbahn waren die Arbeiten im Dezember 2024 nach fünf Monaten abgeschlossen worden.", True, [("ordinal", 1, None, None), ("year", 2024, None, None), ("duration", 5, "month", None)], None),
    ("de", "„Nach der Sanierung fahren wir auf dieser Strecke wieder pünktlich – das verspreche ich“, sagte Infrastrukturvorstand Carsten Meinert.", False, [], None),
    ("de", "Der Fahrgastverband Pro Bahn sprach von einem „Härtetest für die Pendler im Bergischen Land“.", False, [], None),
    # --- Budget der Stadt Biel (Keystone-SDA) ---
    ("de", "Biel (Keystone-SDA) - Das Bieler Stadtparlament hat für 2026 ein Budget genehmigt, das ein Defizit von 18,4 Millionen Franken vorsieht.", True, [("year", 2026, None, None), ("money", 18400000, "CHF", None)], None),
    ("de", "Der Steuerfuss steigt von 1,63 auf 1,68 Einheiten.", True, [("count", 1.63, None, None), ("count", 1.68, None, None)], None),
    ("de", "Das Ja kam mit 31 zu 27 Stimmen bei zwei Enthaltungen zustande.", True, [("count", 31, None, None), ("count", 27, None, None), ("count", 2, None, None)], None),
    ("de", "Ohne Gegenmassnahmen wachse die Verschuldung bis 2029 auf 1,1 Mia. Franken, sagte Finanzdirektorin Nadia Jeanneret.", True, [("year", 2029, None, None), ("money", 1100000000, "CHF", None)], "Nadia Jeanneret"),
    ("de", "Das entspräche rund 19'500 Franken pro Einwohnerin und Einwohner.", True, [("money", 19500, "CHF", "about")], None),
    ("de", "Die SVP hatte eine Rückweisung des Budgets beantragt und war damit gescheitert.", True, [], None),
    ("de", "«Dieses Budget ist ehrlich, aber es tut weh», sagte Stadtpräsident Erich Fehlmann.", False, [], None),
    ("de", "Das Stimmvolk entscheidet am 30. November an der Urne über das Budget.", True, [("date", "--11-30", None, None)], None),
    ("de", "Wie es nach einem Nein an der Urne weitergehen würde, ist offen.", False, [], None),
    # --- Rechnungshof zum Flughafen Linz (APA) ---
    ("de", "Wien (APA) - Der Rechnungshof hat in einem am Freitag veröffentlichten Bericht die Ausbaupläne für den Flughafen Linz kritisiert.", True, [], None),
    ("de", "Der neue Terminal sei für 1,6 Millionen Passagiere im Jahr ausgelegt, abgefertigt würden derzeit nur rund 420.000, heißt es im Bericht.", True, [("count", 1600000, None, None), ("count", 420000, None, "about")], None),
    ("de", "Die Kosten seien von 38 auf 71 Millionen Euro gestiegen, ohne dass der Aufsichtsrat neu befasst worden sei.", True, [("money", 38000000, "EUR", None), ("money", 71000000, "EUR", None)], None),
    ("de", "Die Flughafengesellschaft widersprach: Bis 2032 würden laut eigener Prognose 900.000 Passagiere erwartet.", True, [("count", 900000, None, None), ("year", 2032, None, None)], None),
    ("de", "„Ein Regionalflughafen muss für die nächsten dreißig Jahre planen, nicht für das nächste Quartal“, sagte Geschäftsführer Armin Pesendorfer.", False, [("duration", 30, "year", None)], None),
    ("de", "Der Flughafen gehört zu je 50 Prozent der Stadt Linz und dem Land Oberösterreich.", True, [("percent", 50, "%", None)], None),
    # --- Pennine Link and the National Audit Office (PA) ---
    ("en", "LONDON (PA) - The Pennine Link high-speed rail line is £2.3bn over budget and three years behind schedule, the National Audit Office said.", True, [("money", 2300000000, "GBP", None), ("duration", 3, "year", None)], "the National Audit Office"),
    ("en", "The spending watchdog said the 47-mile line between Leeds and Manchester would now cost £9.8bn and open in 2034 at the earliest.", True, [("count", 47, None, None), ("money", 9800000000, "GBP", None), ("year", 2034, None, None)], None),
    ("en", "When ministers approved the project in 2019, they put its cost at £6.1bn.", True, [("year", 2019, None, None), ("money", 6100000000, "GBP", None)], None),
    ("en", "It is the fourth time the timetable for the line has been revised since then.", True, [("ordinal", 4, None, None)], None),
    ("en", "Almost two-fifths of the overrun was caused by redesigning the tunnel under Standedge, the NAO found.", True, [("fraction", 0.4, None, "nearly")], None),
    ("en", "The report said contractors had been paid £410m for work that was later abandoned.", True, [("money", 410000000, "GBP", None)], None),
    ("en", "The Department for Transport said the NAO had not taken account of savings of more than £600m agreed since March.", True, [("money", 600000000, "GBP", "over")], "the Department for Transport"),
    ("en", "\"This project will be delivered, and it will transform journeys across the north,\" Transport Secretary Helen Garside said.", False, [], None),
    ("en", "Garside told MPs last year that the line would open \"no later than 2031\".", True, [("year", 2031, None, None)], None),
    ("en", "\"Every month of delay costs taxpayers around £40m,\" Public Accounts Committee chair Meg Doherty said.", True, [("money", 40000000, "GBP", "about")], "Meg Doherty"),
    ("en", "Trains on the line are due to run every 15 minutes, cutting the journey between the two cities to 28 minutes.", True, [("duration", 15, "minute", None), ("duration", 28, "minute", None)], None),
    ("en", "Around a quarter of the 31 miles of tunnel has been bored so far.", True, [("fraction", 0.25, None, "about"), ("count", 31, None, None)], None),
    ("en", "Campaigners in Saddleworth said the scheme had cast a shadow over their villages for as long as anyone could remember.", False, [], None),
    ("en", "Whether the line will ever reach Hull remains an open question.", False, [], None),
    # --- Ohio River bridge opens (AP) ---
    ("en", "CINCINNATI (AP) — A new $1.4 billion bridge carrying Interstate 71 across the Ohio River opened to traffic Saturday, nearly two years later than planned.", True, [("money", 1400000000, "USD", None), ("duration", 2, "year", "nearly")], None),
    ("en", "The four-lane, 2.1-mile span replaces a 1963 crossing that inspectors had rated structurally deficient for more than a decade.", True, [("count", 4, None, None), ("count", 2.1, None, None), ("year", 1963, None, None)], None),
    ("en", "Federal grants covered 80% of the cost, with Ohio and Kentucky splitting the rest.", True, [("percent", 80, "%", None)], None),
    ("en", "About 160,000 vehicles a day are expected to use the bridge by 2030, according to the Ohio Department of Transportation.", True, [("count", 160000, None, "about"), ("year", 2030, None, None)], "the Ohio Department of Transportation"),
    ("en", "Ohio Gov. Carla Whitfield and Kentucky Gov. Ron Tackett cut a ribbon at the midpoint of the span before the first cars crossed.", True, [("ordinal", 1, None, None)], None),
    ("en", "\"They said it couldn't be done on time, and they were right, but it got done,\" Whitfield said, drawing laughter from the crowd.", False, [], None),
    ("en", "Construction was halted for seven months in 2023 after a crane collapse killed a worker.", True, [("duration", 7, "month", None), ("year", 2023, None, None)], None),
    ("en", "Tolls of $2 for cars and $9 for trucks will take effect on Jan. 1.", True, [("money", 2, "USD", None), ("money", 9, "USD", None), ("date", "--01-01", None, None)], None),
    ("en", "A coalition of trucking companies has sued to block the tolls.", True, [], None),
    ("en", "\"We were promised a bridge, not a toll booth,\" said trucker Ray Pruitt of Covington.", False, [], None),
    ("en", "Crews will begin tearing down the old bridge in March, a job expected to last about 18 months.", True, [("duration", 18, "month", "about")], None),
    # --- Krakow airport runway (Reuters) ---
    ("en", "WARSAW, Sept 23 (Reuters) - Poland's government approved 2.9 billion zlotys ($740 million) on Tuesday for a second runway at Krakow airport, the infrastructure ministry said.", True, [("date", "--09-23", None, None), ("money", 2900000000, "PLN", None), ("money", 740000000, "USD", None), ("ordinal", 2, None, None)], "the infrastructure ministry"),
    ("en", "The 3.2-km runway is due to open in 2030 and will lift capacity to 16 million passengers a year from 10 million.", True, [("count", 3.2, None, None), ("year", 2030, None, None), ("count", 16000000, None, None), ("count", 10000000, None, None)], None),
    ("en", "The European Union will finance 45% of the project through its cohesion funds.", True, [("percent", 45, "%", None)], None),
    ("en", "Krakow handled a record 11.4 million passengers last year, up 13% from 2023, according to the airport.", True, [("count", 11400000, None, None), ("percent", 13, "%", None), ("year", 2023, None, None)], "the airport"),
    ("en", "The airport said night flights would be capped at 20 between 11 p.m. and 6 a.m.", True, [("count", 20, None, None)], "the airport"),
    ("en", "\"Nobody asked us whether we want planes over our roofs every three minutes,\" said Balice resident Anna Wrona.", False, [("duration", 3, "minute", None)], None),
    # --- Portland city budget (AP) ---
    ("en", "PORTLAND, Ore. (AP) — The Portland City Council on Wednesday adopted a $7.1 billion budget that closes a $93 million general fund deficit, in part by cutting 220 positions.", True, [("money", 7100000000, "USD", None), ("money", 93000000, "USD", None), ("count", 220, None, None)], None),
    ("en", "The council voted 9-3 after a seven-hour hearing in which more than 300 residents signed up to testify.", True, [("count", 9, None, None), ("count", 3, None, None), ("duration", 7, "hour", None), ("count", 300, None, "over")], None),
    ("en", "Police and fire budgets are spared, while parks lose about one-fifth of their funding.", True, [("fraction", 0.2, None, "about")], None),
    ("en", "Mayor Teresa Alvarado had campaigned on a promise to hire 300 more police officers by 2026.", True, [("count", 300, None, None), ("year", 2026, None, None)], None),
    ("en", "The police bureau has added a net 41 officers since she took office, according to city figures.", True, [("count", 41, None, None)], None),
    ("en", "\"I didn't promise it would be easy, I promised we'd get there,\" Alvarado told reporters.", False, [], None),
    ("en", "The city's debt stands at about $4,300 per resident, the second-highest among the 25 largest U.S. cities, the city auditor said.", True, [("money", 4300, "USD", "about"), ("ordinal", 2, None, None), ("count", 25, None, None)], None),
    ("en", "Property owners will pay $9.87 per $1,000 of assessed value under the new levy, up from $9.41.", True, [("money", 9.87, "USD", None), ("money", 1000, "USD", None), ("money", 9.41, "USD", None)], None),
    ("en", "\"You're closing my kid's community center to save pocket change,\" one mother shouted before being escorted out.", False, [], None),
    ("en", "Several speakers wept as they described the loss of after-school programs.", False, [], None),
    # --- Tyne and Wear Metro extension (PA) ---
    ("en", "NEWCASTLE (PA) - Construction of a £745 million extension of the Tyne and Wear Metro to Washington will begin next spring, Nexus said.", True, [("money", 745000000, "GBP", None)], "Nexus"),
    ("en", "The 7.4-mile line will have six new stations and trains every 12 minutes.", True, [("count", 7.4, None, None), ("count", 6, None, None), ("duration", 12, "minute", None)], None),
    ("en", "The Government is providing £520 million, with the rest coming from local borrowing and business rates.", True, [("money", 520000000, "GBP", None)], None),
    ("en", "Washington is the largest town in England without a rail station, according to the Campaign for Better Transport.", True, [], "the Campaign for Better Transport"),
    ("en", "Plans for a line to Washington date back to 1989.", True, [("year", 1989, None, None)], None),
    ("en", "Opening is planned for 2030, with 6.2 million journeys forecast in the first year.", True, [("year", 2030, None, None), ("count", 6200000, None, None), ("ordinal", 1, None, None)], None),
    ("en", "The Metro's new fleet of trains entered service two years late after software faults.", True, [("duration", 2, "year", None)], None),
    ("en", "\"This is the moment people here have been waiting for their whole lives,\" said local councillor Janet Hume.", False, [], None),
    # --- Maribyrnong Link tunnel (AAP) ---
    ("en", "MELBOURNE, June 18 (AAP) - The cost of Melbourne's Maribyrnong Link road tunnel has blown out by A$3.1 billion to A$13.6 billion, Victoria's auditor-general has found.", True, [("date", "--06-18", None, None), ("money", 3100000000, "AUD", None), ("money", 13600000000, "AUD", None)], None),
    ("en", "The twin tunnels, each 4.8 km long, will now open in late 2031, almost three years after the original target.", True, [("count", 4.8, None, None), ("year", 2031, None, None), ("duration", 3, "year", "nearly")], None),
    ("en", "The Commonwealth has committed A$4.2 billion, roughly a third of the total.", True, [("money", 4200000000, "AUD", None), ("fraction", 0.3333, None, "about")], None),
    ("en", "Transport Infrastructure Minister Gemma Reardon said construction costs in Victoria had risen 31% since 2021.", True, [("percent", 31, "%", None), ("year", 2021, None, None)], "Gemma Reardon"),
    ("en", "The opposition said the government had kept the true cost secret until after the 2022 election.", True, [("year", 2022, None, None)], None),
    ("en", "\"This is a road to nowhere paved with taxpayers' money,\" opposition infrastructure spokesman Tim Baird said.", False, [], None),
    # --- Council finances in England (PA) ---
    ("en", "BIRMINGHAM (PA) - Councils in England face a combined funding gap of £6.2bn in the coming two years, the Local Government Association said.", True, [("money", 6200000000, "GBP", None), ("duration", 2, "year", None)], "the Local Government Association"),
    ("en", "Almost one in five councils say they are likely to issue a section 114 notice, effectively declaring bankruptcy, within two years.", True, [("fraction", 0.2, None, "nearly"), ("duration", 2, "year", None)], None),
    ("en", "Eight councils have issued such notices since 2020, according to the LGA.", True, [("count", 8, None, None), ("year", 2020, None, None)], "the LGA"),
    ("en", "Most councils will raise council tax by 4.99%, the maximum allowed without a referendum.", True, [("percent", 4.99, "%", None)], None),
    ("en", "That will take the average Band D bill to £2,280 a year, an increase of £108.", True, [("money", 2280, "GBP", None), ("money", 108, "GBP", None)], None),
    ("en", "Six councils have won government approval for increases of up to 9.99%.", True, [("count", 6, None, None), ("percent", 9.99, "%", "up_to")], None),
    ("en", "The housing ministry said it had made £69bn available to councils this year, an increase of 6.8%.", True, [("money", 69000000000, "GBP", None), ("percent", 6.8, "%", None)], "the housing ministry"),
    ("en", "\"Local government is running on fumes,\" LGA chairwoman Fiona Lenham said.", False, [], None),
    ("en", "Critics say the funding formula rewards councils with wealthy residents.", False, [], None),
    ("en", "Residents can check how their council spends its money on the LGA's website.", False, [], None),
    # --- Delaware River rail tunnel (AP) ---
    ("en", "PHILADELPHIA (AP) — Federal officials on Monday signed a $4.6 billion grant agreement for a new two-track rail tunnel under the Delaware River, the largest transit grant in the region's history.", True, [("money", 4600000000, "USD", None), ("count", 2, None, None)], None),
    ("en", "The grant covers about 60% of the tunnel's $7.7 billion cost.", True, [("percent", 60, "%", "about"), ("money", 7700000000, "USD", None)], None),
    ("en", "Pennsylvania and New Jersey will split the remainder, the Federal Transit Administration said.", True, [], "the Federal Transit Administration"),
    ("en", "The 1.9-mile tunnel would allow up to 24 trains an hour in each direction, against 10 today.", True, [("count", 1.9, None, None), ("count", 24, None, "up_to"), ("count", 10, None, None)], None),
    ("en", "Construction is expected to take eight years, with service starting in 2035.", True, [("duration", 8, "year", None), ("year", 2035, None, None)], None),
    ("en", "The existing tunnel opened in 1908 and was flooded during a storm in 2012.", True, [("year", 1908, None, None), ("year", 2012, None, None)], None),
    ("en", "\"Every day that old tunnel stays open is a gamble,\" Amtrak chief engineer Paul Rienzi said.", False, [], None),
    ("en", "Sen. Laura Pinkney, a Republican from Pennsylvania, said the project was \"a gold-plated boondoggle.\"", False, [], None),
    # --- Sulafjord bridge on hold (Reuters) ---
    ("en", "OSLO, Feb 10 (Reuters) - Norway has put a planned 2.8-km suspension bridge across the Sulafjord on hold after cost estimates rose by 70% to 31 billion Norwegian crowns ($2.9 billion), the transport ministry said.", True, [("date", "--02-10", None, None), ("count", 2.8, None, None), ("percent", 70, "%", None), ("money", 31000000000, "NOK", None), ("money", 2900000000, "USD", None)], "the transport ministry"),
    ("en", "The bridge would have had a main span of 2,050 metres, the longest of any suspension bridge in the world.", True, [("count", 2050, None, None)], None),
    ("en", "It was one of seven fjord crossings planned along the E39 coastal highway to replace ferries.", True, [("count", 7, None, None)], None),
    ("en", "The government said it would spend 4 billion Norwegian crowns over the next four years on new electric ferries instead.", True, [("money", 4000000000, "NOK", None), ("duration", 4, "year", None)], "the government"),
    ("en", "Local mayors called the decision a betrayal of the west coast.", False, [], None),
    # --- Seattle transit measure (AP) ---
    ("en", "SEATTLE (AP) — Voters in the Seattle area approved a $14.5 billion transit package on Tuesday, with 57.3% voting yes in early returns.", True, [("money", 14500000000, "USD", None), ("percent", 57.3, "%", None)], None),
    ("en", "The measure raises the sales tax by 0.4 percentage points and extends light rail to Ballard and West Seattle.", True, [("percent", 0.4, "pp", None)], None),
    ("en", "Sound Transit said the West Seattle line would open in 2032, seven years later than promised when voters approved the previous package in 2016.", True, [("year", 2032, None, None), ("duration", 7, "year", None), ("year", 2016, None, None)], "Sound Transit"),
    ("en", "Opponents said the agency had squandered the trust of voters.", False, [], None),
    ("en", "\"Build it faster and build it cheaper,\" read a sign outside the agency's headquarters.", False, [], None),
    # --- Winnipeg light rail delayed (Reuters) ---
    ("en", "WINNIPEG, Manitoba, April 2 (Reuters) - The opening of Winnipeg's Red River light rail line has been pushed back for a fifth time, to autumn 2029, the city said on Wednesday.", True, [("date", "--04-02", None, None), ("ordinal", 5, None, None), ("year", 2029, None, None)], "the city"),
    ("en", "The 17-km line, with 19 stations, was originally due to open in 2024 at a cost of C$2.1 billion.", True, [("count", 17, None, None), ("count", 19, None, None), ("year", 2024, None, None), ("money", 2100000000, "CAD", None)], None),
    ("en", "Its budget now stands at C$3.4 billion, of which Ottawa is paying two-fifths.", True, [("money", 3400000000, "CAD", None), ("fraction", 0.4, None, None)], None),
    ("en", "The city said faulty signalling software supplied by a contractor accounted for 14 months of the delay.", True, [("duration", 14, "month", None)], "the city"),
    ("en", "The contractor, Northfield Rail Systems, rejected that account and said the city had changed the specifications 37 times.", True, [("count", 37, None, None)], None),
    ("en", "Mayor Colin Dufresne told reporters that the city would seek damages of at least C$250 million.", True, [("money", 250000000, "CAD", "at_least")], "Colin Dufresne"),
    ("en", "Drivers have put up with more than four years of lane closures on Portage Avenue.", True, [("duration", 4, "year", "over")], None),
    # --- Ivanhoe Line reopens (PA) ---
    ("en", "LEICESTER (PA) - Passenger trains have returned to Ashby-de-la-Zouch for the first time in 61 years after the reopening of the Ivanhoe Line.", True, [("ordinal", 1, None, None), ("duration", 61, "year", None)], None),
    ("en", "The first train left at 06:12 on Monday carrying about 200 passengers, many of them rail enthusiasts.", True, [("ordinal", 1, None, None), ("count", 200, None, "about")], None),
    ("en", "The £182m scheme includes four new stations and 11 miles of restored track.", True, [("money", 182000000, "GBP", None), ("count", 4, None, None), ("count", 11, None, None)], None),
    ("en", "Services will run hourly until December, when trains will start running every 30 minutes.", True, [("duration", 30, "minute", None)], None),
    ("en", "The line lost its passenger service in 1964 under the Beeching cuts.", True, [("year", 1964, None, None)], None),
    ("en", "East Midlands Railway said ticket sales in the first week exceeded its forecast by 40%.", True, [("ordinal", 1, None, None), ("percent", 40, "%", None)], "East Midlands Railway"),
    ("en", "\"It feels like getting a piece of the town back,\" said retired signalman Wendy Marsh.", False, [], None),
    # --- New airport terminal in Michigan (AP) ---
    ("en", "GRAND RAPIDS, Mich. (AP) — A new $620 million terminal at the city's airport opened Thursday after four years of construction.", True, [("money", 620000000, "USD", None), ("duration", 4, "year", None)], None),
    ("en", "The terminal has 22 gates, up from 15, and can handle 9 million passengers a year.", True, [("count", 22, None, None), ("count", 15, None, None), ("count", 9000000, None, None)], None),
    ("en", "Airport officials said the project came in $35 million under budget.", True, [("money", 35000000, "USD", None)], None),
    ("en", "It is the third major terminal to open in the U.S. this year.", True, [("ordinal", 3, None, None)], None),
    ("en", "About half the cost was paid for with passenger facility charges of $4.50 per ticket.", True, [("fraction", 0.5, None, "about"), ("money", 4.5, "USD", None)], None),
    ("en", "\"This is a front door our region can be proud of,\" airport director Sharon Vick said.", False, [], None),
    ("en", "Travelers are advised to allow extra time while they get used to the new layout.", False, [], None),
    # --- German motorway bridges (Reuters) ---
    ("en", "BERLIN, Jan 8 (Reuters) - Germany's federal audit office said on Thursday that 4,000 motorway bridges needed urgent repair and that the government was replacing them far too slowly.", True, [("date", "--01-08", None, None), ("count", 4000, None, None)], None),
    ("en", "At the current pace of about 300 bridges a year, the backlog would not be cleared before 2040, the auditors said.", True, [("count", 300, None, "about"), ("year", 2040, None, None)], None),
    ("en", "The transport ministry said it planned to raise the rate to 400 bridges a year from 2027.", True, [("count", 400, None, None), ("year", 2027, None, None)], "the transport ministry"),
    ("en", "One in eight motorway bridges in Germany is more than 50 years old, according to ministry data.", True, [("fraction", 0.125, None, None), ("duration", 50, "year", "over")], None),
    ("en", "The partial collapse of a bridge in Dresden in 2024 sharpened concern over the state of Germany's infrastructure.", True, [("year", 2024, None, None)], None),
    # --- A82 upgrade (PA) ---
    ("en", "EDINBURGH (PA) - Work to upgrade the A82 along Loch Lomond will not be finished until 2036, a decade later than ministers promised, Transport Scotland has confirmed.", True, [("year", 2036, None, None)], None),
    ("en", "The 17-mile upgrade is now expected to cost £1.1bn, more than twice the original estimate.", True, [("count", 17, None, None), ("money", 1100000000, "GBP", None), ("count", 2, None, "over")], None),
    ("en", "In 2019 the Scottish Government said the first section would open in 2025.", True, [("year", 2019, None, None), ("ordinal", 1, None, None), ("year", 2025, None, None)], None),
    ("en", "Two of the six sections have been completed so far.", True, [("count", 2, None, None), ("count", 6, None, None)], None),
    ("en", "Transport Scotland said ground conditions and a shortage of contractors had added 18 months to the programme.", True, [("duration", 18, "month", None)], "Transport Scotland"),
    ("en", "\"People on this road have been let down time and again,\" said Highland councillor Ewan Mackie.", False, [], None),
    # --- Chicago bond sale (Reuters) ---
    ("en", "CHICAGO, May 5 (Reuters) - Chicago sold $1.1 billion of general obligation bonds on Tuesday to refinance debt and fund road repairs, paying yields of up to 5.9% on its 30-year bonds.", True, [("date", "--05-05", None, None), ("money", 1100000000, "USD", None), ("percent", 5.9, "%", "up_to"), ("duration", 30, "year", None)], None),
    ("en", "S&P Global Ratings downgraded the city last month, citing a structural deficit of about $1 billion.", True, [("money", 1000000000, "USD", "about")], None),
    ("en", "The city's four pension funds are only 25% funded, among the weakest of any major U.S. city.", True, [("count", 4, None, None), ("percent", 25, "%", None)], None),
    ("en", "\"The city keeps borrowing to pay yesterday's bills,\" said alderman Tom Kowalczyk.", False, [], None),
    ("en", "(Reporting by Karen Mbeki in Chicago; Editing by Louise Harlow)", False, [], None),
]
