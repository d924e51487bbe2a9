"""Hundred-and-nineteenth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, companies and figures are made up
(Markus Lechner, Elke Rinnhofer, Sandra Gufler, Regula Brunschwiler, Anke Mertesacker,
Jonas Brüggemann, Lukas Wendtland, Marius Kerschbaum, Rainer Pospischil, Theresa
Unterweger, Stéphane Rieder, Katrin Oberhauser, Gudrun Selbmann, Hainzl Pack, Birgit
Hainzl, Dagmar Wiechert, Thomas Gschwandtner, Peter Langthaler, Sigrid Pichlmayr, Nadine
Gasser, Urs Brändli, Florian Stadler, Michael Aigelsreiter, Harald Trauner; Darnell
Whitford, Lydia Crenshaw, Hannah Ruddock, Corran Air, Niall Costigan, Yannis Karvelas,
Eleni Marou, Marisa Quintero, Dale Harbison, Gary Tolland, Marco Tellini, Dwight Ofori,
Oleh Savchuk, Vantora, Priya Nandakumar, Glenn Pardee, Rosalind Mears, Kyle Brandon, Nora
Lindqvist, Aled Pritchard, Karen Bellows, Jacob Farrant, Shabana Akhtar, Laura Keane); real
places, clubs, parties and institutions ("ÖBB", "Arlbergbahn", "Zürcher Gemeinderat",
"SVP", "Verdi", "Handelsverband", "SC Freiburg", "VfL Bochum", "Geosphere Austria",
"Volkshilfe", "Kantonspolizei", "Statistisches Bundesamt", "Zentraler Immobilien
Ausschuss", "Mieterbund", "Erste Group", "Wiener Börse", "Bundespolizei", "Staatsanwaltschaft
Cottbus", "Pro Asyl", "Die Linke", "Ärztekammer", "ÖGK", "Post", "Syndicom", "ADAC",
"FPÖ"; "Federal Reserve", "White House", "British Medical Association", "Department of
Health", "NHS England", "Davy", "Illinois Senate", "Everton", "Fulham", "Goodison Park",
"Met Office", "Environment Agency", "European Council", "Unite", "Reserve Bank of
Australia", "Canstar", "Greater Manchester Police") stand for the way wire copy names them;
what is said, counted and decided here is invented.

Its weight: OPINION VERSUS CLAIM ON ORDINARY WIRE DAYS, second round (the ninety-eighth
batch was the first) - 30 short stories in story order (a dateline lead, then figures,
attributed lines, quotes and reactions, the other side's reply, sometimes a service or
closing line), in which nearly half the rows are what wire copy carries that is not
check-worthy and each of them stands beside a check-worthy look-alike of the same shape,
mostly from the same speaker in the next row. Half German (APA, dpa, dpa/lby,
Keystone-SDA; Austrian "Jänner", "Anrainer", "heuer", Swiss "ss", "Velo", "innert",
"Franken", «» quotes, German „“ quotes): a knife attack in Graz, a mudslide on the
Arlberg railway, a cycling credit in Zurich's city parliament, warning strikes in retail,
a Bundesliga draw, an assault trial in Vienna, the June heat record, an avalanche above
Zinal, housing completions, a packaging maker's results, a raid on people smugglers, the
doctors' contract talks in Vienna, post office closures, a pile-up in fog on the A8 and a
tram line in Linz. Half English (AP, Reuters, PA, AFP, AAP): a mall shooting in Tulsa, the
Fed holding rates, a resident doctors' strike, an airline's results, a wildfire north of
Athens, a phone ban in Illinois schools, a Premier League match, a drone attack on Ukraine,
software job cuts, an embezzlement verdict in Phoenix, the wettest February in Wales, an EU
summit on loans to Ukraine, a bin strike in Leicester, a rate cut in Australia and a
manhunt in Manchester. Negatives: quoted verdicts, praise, blame, feelings and resolve with
a named speaker („Das war ein feiger und völlig sinnloser Angriff“, „Wir sind mit dem
Ergebnis sehr zufrieden“, "We had a fantastic summer", "Justice was served today"), labels
of parties, lobbies, analysts and officials ("sprach von einem „Strohfeuer“", "called the
cuts "corporate greed, plain and simple.""), a judge's label for the evidence, hopes,
fears, moods, market views and outlooks without a figure, appeals and advice, rhetorical
and open questions (also a police spokesman's „Die genaue Unfallursache ist noch unklar“),
vox pops, condolences, scene colour, a no-comment line and the Reuters caveat. Check-worthy
look-alikes: short quoted statements of record („Der Täter ist flüchtig“, „Das Opfer
schwebt nicht in Lebensgefahr“, „Die Festgenommenen sitzen in Untersuchungshaft“, "The
suspect is in custody", "The suspect remains at large", "The front is now contained on the
northern side"), quoted facts and figures, also in the perfect or with a verdict appended
(„Wir hatten 19 Torschüsse und haben keinen einzigen reingebracht“, "We had won only two of
our last 11 home games, so this was massive"), quoted pledges with a checkable content
(«Kündigungen wird es keine geben»), one side's account in court („Mein Mandant war zur
Tatzeit nachweislich in Linz“), a denial ("Moscow denies targeting civilians."), votes,
positions, announced steps, demands and forecasts with a figure, an analysts' consensus,
market moves and attributed statements of record with and without figures.

235 rows (118 German, 117 English), 110 negatives (55 German, 55 English), 125
check-worthy rows of which 23 carry no figure (12 German, 11 English), 175 expected
quantities (68 counts, 28 durations, 27 percentages - one of them in basis points -, 19
amounts of money - 10 EUR, 4 USD, 2 GBP, 2 AUD, 1 CHF -, 10 years, 10 ordinals, 8 dates, 5
fractions; 2 of them in two negatives, as the seventeenth batch labels a figure in a
negative), 54 checked speakers (25 German, 29 English). Sentences sharing a run of eight
or more words with any file under tests/ (checked by a script that printed only this
batch's sentences, case and punctuation normalised) were reworded before the commit; none
remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, feeling or reaction is a negative with speaker None, also with a named
  speaker (seventh, eighteenth, sixty-sixth, ninety-eighth); a quoted statement of fact or
  figure is check-worthy with its speaker (thirteenth: „Der Täter wurde am Bahnhof
  gefasst“, sagte Polizeisprecher Stefan Huber; eighteenth, twenty-fifth, ninety-eighth).
  New: a short quoted statement of a present state of record - who is at large, in
  custody, out of danger or in critical condition, how long a line stays shut, where a
  fire front stands - is check-worthy as the thirteenth batch's perfect is: „Der Täter ist
  flüchtig“ ("Markus Lechner"), „Das Opfer schwebt nicht in Lebensgefahr“, sagte Lechner am
  Sonntag ("Lechner", the weekday dropped), „Die Strecke bleibt mindestens bis Freitag
  gesperrt“ ("Sandra Gufler"), «Zwei der Verschütteten konnten lebend geborgen werden»
  ("Stéphane Rieder"), „Die Festgenommenen sitzen in Untersuchungshaft“ (an unnamed
  spokesman, unchecked), "The suspect is in custody" ("Darnell Whitford"), "Two of the
  victims remain in critical condition" ("Whitford"), "The suspect remains at large"
  ("Laura Keane"), "The front is now contained on the northern side" ("Yannis Karvelas");
  "No casualties have been reported, according to the civil protection ministry." is
  check-worthy as "No one was injured, ..." (eighty-first) and "Verletzt wurde niemand,
  ..." (hundred-twelfth). Beside each stands the same speaker's verdict or feeling as a
  negative („Das war ein feiger und völlig sinnloser Angriff“, «Unsere Gedanken sind bei den
  Familien der Opfer», "This is every parent's worst nightmare", "This was a senseless act
  of violence").
- New: a spokesman's statement that a cause is not yet known is an open question and a
  negative, quoted and with a name - „Die genaue Unfallursache ist noch unklar“, sagte
  Stadler. - as "It remains unclear whether ..." (hundred-fourteenth) and "It was not
  immediately clear what prompted the attack."; the same spokesman's account of the lorry
  that did not brake is check-worthy ("Florian Stadler").
- Quoted facts are check-worthy with their speaker, also in the perfect or with a verdict
  appended (ninety-eighth, hundred-seventeenth): „Wir hatten 19 Torschüsse ...“ ("Jonas
  Brüggemann"), „... an 23 Tagen mindestens 30 Grad gemessen“ ("Unterweger"), „Wir haben
  die Mittel ... auf 3,5 Milliarden Euro aufgestockt“ ("Oberhauser"), „Das Betriebsergebnis
  hat sich auf 164 Millionen Euro nahezu verdoppelt“ ("Hainzl"; "nahezu verdoppelt" a verb,
  no count, hundred-seventeenth), „Seit Jahresbeginn haben wir 312 Schleuser festgenommen“
  ("Wiechert"), „Die Kasse hat uns ein Honorarplus von 2,9 Prozent angeboten, ...“
  ("Gschwandtner"), «Der Kredit beläuft sich auf 48,5 Millionen Franken» ("Regula
  Brunschwiler"), „Die erste Garnitur soll im Dezember 2031 fahren“ ("Aigelsreiter"), "We
  had won only two of our last 11 home games, so this was massive" ("Tolland"; ninety-eighth:
  "We have won our last five home games and that is no accident"), "Fares were up 7% on last
  year, and July is already sold out" ("Costigan"), "We were offered 3.8% ..." ("Ruddock"),
  "Teachers told us they spend up to 20 minutes ..." ("Quintero"), "We recorded rain on 26 of
  the 28 days in Cardiff" ("Pritchard"), "Some of our members stand to lose up to £8,000 a
  year" ("Bellows"), "We have offered every affected worker an alternative role" ("Jacob
  Farrant"), "Mr. Pardee spent the money paying off gambling debts" ("Mears", the
  prosecution's account), "Inflation has come down from 7% to under 3% ..." ("he said",
  unchecked). Their twins are negatives: „Wir sind mit dem Ergebnis sehr zufrieden“, „Wir
  haben uns diesen Punkt mit Leidenschaft verdient“ (an evaluation in the perfect,
  ninety-eighth), „Fußball kann manchmal richtig grausam sein“, „Die Stadtbahn ist ein
  Jahrhundertprojekt ...“, «Das ist ein schöner Tag für alle, ...», "We had a fantastic
  summer", "We deserved it, we were the better side ...", "It's been a thoroughly grim month
  ...", "Justice was served today", "This is a historic day for our kids", "The economy is
  in a good place", "Ministers have left us with no other option", "The council has treated
  its workers with contempt".
- New: one side's account of a fact in a trial is check-worthy when defence counsel quotes
  it - „Mein Mandant war zur Tatzeit nachweislich in Linz“ ("Rainer Pospischil"; hundred-
  second and hundred-sixteenth: one side's account) - while the same lawyer's „Mein
  Mandant bereut zutiefst, ...“ is a feeling and a negative. "Das Urteil ist nicht
  rechtskräftig, Pospischil meldete Berufung an." and "Brandon said they would appeal."
  are acts of record (ninety-eighth: an appeal announced), "Er soll ... den Kiefer gebrochen
  haben." an allegation in "soll ... haben" (hundred-sixteenth), "Moscow denies targeting
  civilians." a denial (ninety-eighth, hundred-sixteenth).
- Pledges with a checkable content are check-worthy (hundred-fifth): «Kündigungen wird es
  keine geben» ("Nadine Gasser"), „Kein einziger bestehender Vertrag wird gekündigt“
  ("Peter Langthaler"; "einziger" no count, as "a single", hundred-fifteenth); resolve and
  reassurance are negatives (ninety-eighth: "We will not tolerate ..."): „Wir tun alles,
  damit unsere Fahrgäste ...“, „Wir gehen mit aller Härte gegen diese skrupellosen Banden
  vor“, „Wir lassen uns nicht auseinanderdividieren“, "We will not let fear run this city",
  "We remain deeply committed to every colleague affected".
- Labels and verdicts are negatives, also attributed to a named body (ninety-eighth,
  hundred-fourteenth, hundred-sixteenth): "sprach von «ideologischer Geldverschwendung»",
  "nannte die Forderung „völlig aus der Zeit gefallen“", "sprach von einem „Strohfeuer“",
  "nannte den Ausblick „ambitionslos“", "sprach von Symbolpolitik ...", "sprach von
  „Größenwahn ...“", "Die Talsohle ist durchschritten", "The White House said the Fed was
  "once again too late."", "The Health Secretary called the walkout ...", "He called
  Germany's ticket tax "economic self-harm."", "Analysts at Davy said the outlook was
  "reassuringly cautious."", "called the ban ...", "said the winner "should never have
  stood."", "called the attack ...", "called the cuts ...", "called the deal ...", "The
  Treasurer said the cut was "welcome relief ..."". New: a judge's label for the evidence is
  an evaluation like any other label - "Die Richterin nannte die Aussagen der Zeugen
  „schlüssig und glaubwürdig“." is a negative, as "Der Richter sprach von einem „besonders
  perfiden Vorgehen“" (ninety-eighth) - while the verdict, the sentence and the witnesses'
  identification are the claims. "Der Landesgeologe hält weitere Abgänge ... für möglich."
  is a verdict with "hält ... für" and an outlook without a figure, a negative
  (ninety-eighth), beside the geologist's six probes. Konjunktiv I: a verdict is a negative
  ("Der Hitzeschutzplan der Stadt sei „ein zahnloses Papier“, kritisierte die Volkshilfe.",
  hundred-sixteenth), a fact is check-worthy ("Betroffen seien rund 600 Mitarbeitende, ...,
  hiess es bei der Post." unchecked, hundred-seventeenth; "Der Verein teilte am Abend mit,
  Kerschbaum falle ... aus." -> "der Verein", the source opening the row with its article in
  lower case, as "Die Kantonspolizei teilte am Sonntag mit, dass ..." -> "die
  Kantonspolizei", tenth).
- The look-alikes of the labels are check-worthy: a position by vote ("Die FPÖ stimmte als
  einzige Fraktion gegen das Projekt."), a referendum planned with its hurdle, a club's
  stated next step ("Fulham said they would ask the referees' body to review the
  decision.", ninety-eighth: "Villa said they had written to ..."), an airline's stated cut
  and its reason ("Costigan said the airline would cut capacity ... because of aviation
  taxes."), an analysts' consensus with a figure ("Analysten hatten im Schnitt mit 171
  Millionen Euro gerechnet.", eightieth), market moves ("Die Aktie schloss ... um 2,3
  Prozent tiefer.", "The S&P 500 closed up 0.8% after the statement.", "Shares rose 3% in
  extended trading.", ninety-sixth), a lobby's demand with a figure ("Der Mieterbund fordert,
  jährlich 100.000 Sozialwohnungen zu bauen.", thirty-third) beside its hope, and a forecast
  with a figure ("Policymakers now see inflation ending the year at 3.0%, ...", seventh).
  Check-worthy without a figure otherwise: decisions of a city council and a state senate,
  talks broken off and to be continued, a manhunt launched, the FPÖ's vote, a denial and
  an announced appeal.
- Feelings, fears, hopes, moods and outlooks without a figure are negatives (thirtieth,
  forty-seventh, ninety-eighth): "zeigte sich „zutiefst erschüttert“", "Mayor Lydia Crenshaw
  said her "heart breaks for the families."", fears of trade, patients and patients' groups,
  hopes of a tenants' lobby, a municipal association, parents and borrowers, "Viele ältere
  Menschen fühlen sich ... überrollt.", "Residents are running out of patience.", "Diplomats
  described the mood in the room as tense.", market views ("Traders see a September cut as
  little more than a coin toss.", "Economists expect further cuts next year.",
  thirty-eighth), "Forecasters expect a drier spell ...", „Solche Sommer werden bei uns zur
  neuen Normalität“. New: "Farmers say they have never seen a spring like it." is a
  negative - "never ... like it" names no measure - unlike the measurable record «So viele
  Besucher hatten wir noch nie» (ninety-eighth) and the Met Office's "wettest on record".
- Other negatives (ninety-eighth, hundred-fourteenth, hundred-sixteenth, hundred-eighteenth):
  appeals and advice without a figure („Achten Sie bei großer Hitze ...“, "Die Polizei
  bittet Zeugen, ...", "Autofahrer sollten ..., mahnte der ADAC.", "rief beide Seiten zur
  Vernunft auf", "Please keep coming forward for care", "Anyone who sees the man should not
  approach him, police said.", "Anyone living near a river should sign up for flood alerts,
  the agency said."); rhetorical questions („Wer soll das jemals bezahlen?“, "How much
  longer do we have to live like this?"); open questions ("Ob die Räumung ..., ließen die
  ÖBB offen.", "Wie es zu dem Unglück kommen konnte, ...", "It remains unclear whether the
  loans will ever be repaid."); vox pops of residents, a commuter, a mountain guide, a
  firefighter, a mayor and a lawyer for the victim, a taxpayer and a mother; a condolence;
  a warning of a lobby ("Pro Asyl warnte davor, ...", hundred-eighteenth); an accusation
  without a checkable claim ("Opposition parties accused the government of failing to learn
  from past disasters.", eighty-fourth); scene colour (cyclists in rain jackets on a
  public gallery, shoppers hiding, smoke over the suburbs, jurors in tears, singing fans,
  flowers and candles, foxes at bin bags); the Reuters caveat (thirty-fifth: "Reuters could
  not independently verify ..."). New: "The governor's office said he would review the
  legislation." is a no-comment line and a negative, as "would study the judgment"
  (hundred-second) and "considering the judgment carefully" (hundred-eighteenth) - a review
  names no step a reader could check - while "Brandon said they would appeal." and
  "Fulham said they would ask ..." name one.
- Quantities: ages are durations in years ("ein 27-jähriger Mann", "Ein 31-jähriger
  Mann", "Ein 44-jähriger Mann und eine 39-jährige Frau", "a 22-year-old man", "a
  58-year-old woman", "a 24-year-old man", "A 19-year-old woman", "Glenn Pardee, 59,"); the
  vox pops "Eleni Marou, 67," and "Shabana Akhtar, 41," in negatives keep their ages
  (seventeenth, hundred-fourteenth). Durations: "zu zwei Jahren Haft ..., davon acht Monate
  unbedingt", "rund drei Wochen" and "etwa 40 Minuten" "about", "eine Laufzeit von zwölf
  Monaten", "innert 60 Tagen" (Swiss, ninety-ninth), "nach einer fünfstündigen Sitzung" 5
  hours (the issue), "rund sechs Stunden lang" "about", "an 23 Tagen" 23 days (as "an 27
  Tagen" in an earlier batch), "for four days", "three weeks earlier", "over the past three
  years" ("over" before "the" no hedge, forty-first), "up to 20 minutes" "up_to", "at least
  16 weeks" "at_least", "over six years" (no hedge, eighty-fourth), "up to 25 years in
  prison" "up_to" (ninety-eighth), "after a nine-hour summit" 9 hours. None: "im Vorjahr",
  "im Jahr davor", "seit Jahresbeginn", "heuer", "minutenlang", "in a year", "last year",
  "a month", "this year", "next year", "every lesson", "the whole trial". Counts: tallies
  ("mit 71 zu 49 Stimmen", "by a vote of 41 to 15"), "10 of the 12 voting members, with two
  dissenting" three counts, "14 of the 17 counts", "26 of the 28 days", "121 of the drones
  and two of the missiles" (a definite group, forty-first), "Of the 27 member states" 27,
  "two EU diplomats said" 2 (hundred-first: "two Egyptian security sources"), "signaled two
  cuts" 2, "Zwei der Verschütteten" 2, "elf Menschen ..., drei davon schwer" ("davon" no
  hedge), "in zwei Stufen" 2 (sixty-sixth), "um elf mehr" 11, lengths and widths ("rund 80
  Metern", "rund 300 Meter", "rund 50 Kilometer" "about", "mehr als zwölf Kilometer" "over",
  "unter 50 Metern" "under"; hundred-eighteenth), "281mm" 281 (ninety-ninth), temperatures
  ("mindestens 30 Grad" 30 "at_least"; forty-seventh), "knapp 770" "nearly", "a record 58.3
  million passengers" ("a record" no hedge, twenty-third). Scores ("ein 0:0", "2-1"), "A8"
  (hundred-fifth) and "S&P 500" (twentieth) carry none; so do "Dutzende" (seventeenth) and
  "kaum noch jemand".
- Fractions, percentages and ordinals: "etwa ein Drittel mehr als beim ersten Warnstreik"
  0.3333 "about" and ordinal 1 (the "mehr als" after a share compares, hundred-first),
  "knapp ein Viertel davon" 0.25 "nearly", "um mehr als die Hälfte" 0.5 "over", "die Hälfte
  der Baukosten" 0.5, "by about a tenth" 0.1 "about" (hundred-fifteenth: "um ein
  Zehntel"); "gut 14 Prozent weniger" 14 "over" (the "weniger" after it compares), "in a
  range of 3.75% to 4.00%" and "2% to 3% target band" both with no hedge, "to under 3%"
  "under", "25 basis points" 25 bp (twenty-seventh), "46% above the long-term average" ("above"
  after the figure compares). Ordinals: "Rang sechs" 6 (hundred-sixteenth: "auf Platz drei"),
  "Die erste Garnitur" 1, "first-quarter profit" 1 (fifteenth: "third-quarter"), "their first
  home win since December" 1, "in the 87th minute" 87 (eighteenth: "the 27th minute"), "the
  12th of the dispute" 12, "the third-wettest February" 3 (the issue: "die drittgrößte
  Stadt"), "its fourth cut this year" 4, "its second round of layoffs" 2; "heißeste",
  "wettest" and "on record" none.
- Money in the currency written: EUR ("2,50 Euro mehr in der Stunde", "3,5 Milliarden
  Euro", "2,1 Milliarden Euro", "164 Millionen Euro", "171 Millionen Euro" with "im Schnitt"
  no hedge, "bis zu 6.000 Euro" "up_to", "386 Millionen Euro, um 96 Millionen mehr" both EUR
  - the currency written once serves the later figure, hundred-seventeenth -, "412 million
  euros", "21 billion euros"), CHF ("48,5 Millionen Franken"), USD ("$90 million to $110
  million" both, "nearly $2.3 million" "nearly", "64.8 US cents" 0.648 as "65.42 US cents"
  0.6542, forty-sixth), GBP ("up to £8,000 a year" "up_to", "a year" none), AUD ("On a
  A$600,000 loan" and "about A$90 a month" "about"). New: "the most any worker would lose was
  £1,000 a year" is 1,000 GBP with no hedge - the figure is the maximum itself and the noun
  carries the limit, as "with payments capped at $155,000" (hundred-fifteenth).
- Years and dates: "im Jahr 1767", "seit 2023", "bis 2028", "seit 2015", "Bis 2030", "im
  Dezember 2031", "noch im Jahr 2021" (the "mehr als" before "noch im Jahr" hedges no
  figure), "aus dem Jahr 2022", "since 2009", "since records began in 1836" years; "by July
  1, 2026" 2026-07-01 (ninety-ninth: "on Jan. 1, 2024"), "for Sept. 9" a date without a
  year; Reuters and AAP datelines with a day ("WASHINGTON, June 17", "DUBLIN, July 21",
  "KYIV, Nov 3", "SAN FRANCISCO, Feb 11", "BRUSSELS, March 20", "SYDNEY, Nov 4 (AAP)";
  hundred-sixteenth) dates without a year; APA, dpa, dpa/lby, Keystone-SDA, AP, PA and AFP
  datelines none (seventy-ninth). Weekdays, months ("im Juli", "im Jänner", "in March",
  "since December"), "im Frühjahr" and "next winter" none.
- Hedges, only the names in use: "rund", "etwa", "about", "About", "roughly" "about";
  "knapp", "nearly" "nearly"; "mehr als", "gut", "More than" "over"; "unter", "under"
  "under"; "mindestens", "at least" "at_least"; "bis zu", "up to" "up_to". No hedge:
  "davon", "im Schnitt", "nur noch", "only", "a record", "over" before a span of time,
  the "to" of a range, "the most ... was".
- Speakers, checked only in forms the earlier batches settled: "sagte X" with the title or
  role dropped ("Polizeisprecher", "ÖBB-Sprecherin", "Tiefbauvorsteherin", "Trainer",
  "Verteidiger", "Kantonspolizeisprecher", "ÖGK-Obmann", "Post-Sprecherin"; thirteenth,
  ninety-eighth) and surnames as written ("sagte Lechner am Sonntag" -> "Lechner",
  "Mertesacker", "Unterweger", "Oberhauser", "Hainzl", "Wiechert", "Gschwandtner",
  "Aigelsreiter"; ninety-fifth); "Nach Angaben der Gewerkschaft" -> "die Gewerkschaft",
  "nach Angaben der Kantonspolizei", "Nach Angaben der Polizei", "nach Angaben der ÖGK"
  (thirteenth: "nach Angaben der ÖBB"), "teilte die Geosphere Austria mit", "teilte das
  Statistische Bundesamt mit", "teilte die Bundespolizei mit" the source with its article in
  the nominative. English: "police said" -> "police" (seventeenth), "Police Chief Darnell
  Whitford said at a news conference" and "Detective Chief Inspector Laura Keane said" the
  name with the rank dropped (hundred-eighteenth), "Whitford said", "Ruddock said",
  "Costigan said" (twice), "Quintero said", "Tolland said", "Mears said", "Brandon said",
  "Pritchard said", "Bellows said" as written, "fire brigade spokesman Yannis Karvelas said",
  "Regional governor Oleh Savchuk said" and "said council leader Jacob Farrant" the name
  (fifteenth), "the British Medical Association said", "The Department of Health said ..."
  and "The council said ..." opening the row -> the article in lower case
  (hundred-fourteenth), "NHS England said", "Fulham said", "Greater Manchester Police said"
  as written (eighteenth, hundred-second), "the fire brigade said", "the air force said on
  Monday", "the company said on Tuesday", "the Met Office said", "the city council said"
  (the weekday dropped where there is one), "according to the civil protection ministry" with its article
  (ninety-eighth: "according to the state health department"), "according to Canstar" as
  written (hundred-sixth: "according to Downdetector"). Left unchecked (None): "sagte ein
  Sprecher der Staatsanwaltschaft Cottbus" (a role without a name), "hiess es bei der Post",
  "nach eigenen Angaben", "registrierte die Polizei" and "kritisierte" (no verb of saying of
  a fact), "he said" and "it said" (pronouns), "according to police" (no article,
  hundred-eighteenth), "the memo said" (a document, hundred-second), "Russia's defence
  ministry said" (a possessive heading the source, eighty-third), "two EU diplomats said",
  rows without attribution and all negatives, also those with a named speaker.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_119 = [
    # --- Messerangriff in Graz (APA) ---
    ("de", "Graz (APA) - Bei einem Messerangriff in der Grazer Annenstraße ist am Samstagabend ein 27-jähriger Mann schwer verletzt worden.", True, [("duration", 27, "year", None)], None),
    ("de", "„Der Täter ist flüchtig“, sagte Polizeisprecher Markus Lechner.", True, [], "Markus Lechner"),
    ("de", "„Das war ein feiger und völlig sinnloser Angriff“, sagte Lechner.", False, [], None),
    ("de", "„Das Opfer schwebt nicht in Lebensgefahr“, sagte Lechner am Sonntag.", True, [], "Lechner"),
    ("de", "Die Polizei fahndet mit rund 40 Beamtinnen und Beamten nach dem Mann.", True, [("count", 40, None, "about")], None),
    ("de", "Bürgermeisterin Elke Rinnhofer zeigte sich „zutiefst erschüttert“.", False, [], None),
    ("de", "„Graz ist und bleibt eine sichere Stadt“, sagte Rinnhofer.", False, [], None),
    ("de", "Im Vorjahr registrierte die Polizei in Graz 143 Angriffe mit Stichwaffen, um elf mehr als im Jahr davor.", True, [("count", 143, None, None), ("count", 11, None, None)], None),
    ("de", "„Hier traut sich abends kaum noch jemand allein auf die Straße“, sagte eine Anrainerin.", False, [], None),
    ("de", "Die Polizei bittet Zeugen, sich bei der nächsten Dienststelle zu melden.", False, [], None),
    # --- Mure an der Arlbergbahn (APA) ---
    ("de", "Innsbruck (APA) - Eine Mure hat am Dienstag die Arlbergbahn zwischen Landeck und St. Anton auf einer Länge von rund 80 Metern verschüttet.", True, [("count", 80, None, "about")], None),
    ("de", "„Die Strecke bleibt mindestens bis Freitag gesperrt“, sagte ÖBB-Sprecherin Sandra Gufler.", True, [], "Sandra Gufler"),
    ("de", "„Wir tun alles, damit unsere Fahrgäste so schnell wie möglich wieder ans Ziel kommen“, sagte Gufler.", False, [], None),
    ("de", "Zwischen Landeck und St. Anton pendeln 14 Ersatzbusse, die Fahrzeit verlängert sich um etwa 40 Minuten.", True, [("count", 14, None, None), ("duration", 40, "minute", "about")], None),
    ("de", "„Für uns Pendler ist das eine Katastrophe“, sagte ein Mann am Bahnhof Landeck.", False, [], None),
    ("de", "Der Landesgeologe hält weitere Abgänge im betroffenen Hang für möglich.", False, [], None),
    ("de", "Der Landesgeologe hatte den Hang bereits im Frühjahr mit sechs Messsonden ausstatten lassen.", True, [("count", 6, None, None)], None),
    ("de", "Ob die Räumung vor Beginn der Wintersaison abgeschlossen ist, ließen die ÖBB offen.", False, [], None),
    # --- Velokredit im Zürcher Gemeinderat (Keystone-SDA) ---
    ("de", "Zürich (Keystone-SDA) - Der Zürcher Gemeinderat hat am Mittwoch einen Kredit für den Ausbau des Velonetzes mit 71 zu 49 Stimmen bewilligt.", True, [("count", 71, None, None), ("count", 49, None, None)], None),
    ("de", "«Der Kredit beläuft sich auf 48,5 Millionen Franken», sagte Tiefbauvorsteherin Regula Brunschwiler.", True, [("money", 48500000, "CHF", None)], "Regula Brunschwiler"),
    ("de", "«Das ist ein schöner Tag für alle, die in Zürich Velo fahren», sagte Brunschwiler.", False, [], None),
    ("de", "Bis 2030 sollen rund 50 Kilometer neue Velowege entstehen, dafür fallen knapp 800 Parkplätze weg.", True, [("year", 2030, None, None), ("count", 50, None, "about"), ("count", 800, None, "nearly")], None),
    ("de", "Die SVP sprach von «ideologischer Geldverschwendung».", False, [], None),
    ("de", "Die SVP will das Volksreferendum ergreifen, dafür braucht sie 2000 Unterschriften innert 60 Tagen.", True, [("count", 2000, None, None), ("duration", 60, "day", None)], None),
    ("de", "Das Gewerbe in der Altstadt fürchtet um seine Laufkundschaft.", False, [], None),
    ("de", "Auf der Tribüne verfolgten Dutzende Velofahrerinnen und Velofahrer in Regenjacken die Debatte.", False, [], None),
    # --- Warnstreik im Einzelhandel (dpa) ---
    ("de", "Hamburg (dpa) - Mit Warnstreiks in mehr als 120 Filialen hat die Gewerkschaft Verdi am Samstag den Druck im Tarifkonflikt des Einzelhandels erhöht.", True, [("count", 120, None, "over")], None),
    ("de", "Nach Angaben der Gewerkschaft beteiligten sich rund 3.400 Beschäftigte, etwa ein Drittel mehr als beim ersten Warnstreik im April.", True, [("count", 3400, None, "about"), ("fraction", 0.3333, None, "about"), ("ordinal", 1, None, None)], "die Gewerkschaft"),
    ("de", "„Die Arbeitgeber spielen auf Zeit“, sagte Verdi-Verhandlungsführerin Anke Mertesacker.", False, [], None),
    ("de", "„Wir fordern 2,50 Euro mehr in der Stunde, und zwar für eine Laufzeit von zwölf Monaten“, sagte Mertesacker.", True, [("money", 2.5, "EUR", None), ("duration", 12, "month", None)], "Mertesacker"),
    ("de", "Der Handelsverband nannte die Forderung „völlig aus der Zeit gefallen“.", False, [], None),
    ("de", "Die Arbeitgeber haben bislang eine Erhöhung um 3 Prozent in zwei Stufen angeboten.", True, [("percent", 3, "%", None), ("count", 2, None, None)], None),
    ("de", "„Wir lassen uns nicht auseinanderdividieren“, rief ein Betriebsrat den Streikenden am Jungfernstieg zu.", False, [], None),
    ("de", "Vor verschlossenen Türen blickten Kundinnen und Kunden ratlos auf die Aushänge.", False, [], None),
    # --- Bundesliga: Freiburg gegen Bochum (dpa) ---
    ("de", "Freiburg (dpa) - Der SC Freiburg ist gegen den VfL Bochum nicht über ein 0:0 hinausgekommen und hat den Sprung auf Rang sechs verpasst.", True, [("ordinal", 6, None, None)], None),
    ("de", "„Wir hatten 19 Torschüsse und haben keinen einzigen reingebracht“, sagte Trainer Jonas Brüggemann.", True, [("count", 19, None, None)], "Jonas Brüggemann"),
    ("de", "„Fußball kann manchmal richtig grausam sein“, sagte Brüggemann.", False, [], None),
    ("de", "„Wir haben uns diesen Punkt mit Leidenschaft verdient“, sagte Bochums Torhüter Lukas Wendtland.", False, [], None),
    ("de", "Der Verein teilte am Abend mit, Kerschbaum falle mit einem Muskelfaserriss rund drei Wochen aus.", True, [("duration", 3, "week", "about")], "der Verein"),
    ("de", "Die Fans auf der Nordtribüne feierten ihre Mannschaft trotzdem minutenlang.", False, [], None),
    # --- Prozess am Wiener Landesgericht (APA) ---
    ("de", "Wien (APA) - Ein 31-jähriger Mann ist am Donnerstag am Wiener Landesgericht wegen schwerer Körperverletzung zu zwei Jahren Haft verurteilt worden, davon acht Monate unbedingt.", True, [("duration", 31, "year", None), ("duration", 2, "year", None), ("duration", 8, "month", None)], None),
    ("de", "Er soll im Juli einem Türsteher vor einem Lokal am Gürtel mit einer Flasche den Kiefer gebrochen haben.", True, [], None),
    ("de", "„Mein Mandant war zur Tatzeit nachweislich in Linz“, sagte Verteidiger Rainer Pospischil.", True, [], "Rainer Pospischil"),
    ("de", "„Mein Mandant bereut zutiefst, wie dieser Abend geendet hat“, sagte Pospischil.", False, [], None),
    ("de", "Zwei Zeugen hatten den Angeklagten auf Lichtbildern wiedererkannt.", True, [("count", 2, None, None)], None),
    ("de", "Die Richterin nannte die Aussagen der Zeugen „schlüssig und glaubwürdig“.", False, [], None),
    ("de", "Das Urteil ist nicht rechtskräftig, Pospischil meldete Berufung an.", True, [], None),
    ("de", "„Dieses Urteil ist ein Hohn für alle, die nachts hinter einer Bar arbeiten“, sagte die Anwältin des Türstehers.", False, [], None),
    # --- Hitzebilanz für den Juni (APA) ---
    ("de", "Wien (APA) - Der Juni war in Österreich der heißeste seit Beginn der Messungen im Jahr 1767, teilte die Geosphere Austria mit.", True, [("year", 1767, None, None)], "die Geosphere Austria"),
    ("de", "„Solche Sommer werden bei uns zur neuen Normalität“, sagte Klimaforscherin Theresa Unterweger.", False, [], None),
    ("de", "„In der Wiener Innenstadt haben wir an 23 Tagen mindestens 30 Grad gemessen“, sagte Unterweger.", True, [("duration", 23, "day", None), ("count", 30, None, "at_least")], "Unterweger"),
    ("de", "Achten Sie bei großer Hitze auf ältere Nachbarn und trinken Sie ausreichend.", False, [], None),
    ("de", "Der Hitzeschutzplan der Stadt sei „ein zahnloses Papier“, kritisierte die Volkshilfe.", False, [], None),
    ("de", "Die Stadt hat nach eigenen Angaben heuer 45 zusätzliche Trinkbrunnen aufgestellt.", True, [("count", 45, None, None)], None),
    # --- Lawinenunglück im Val d'Anniviers (Keystone-SDA) ---
    ("de", "Sitten (Keystone-SDA) - Eine Lawine hat am Samstag oberhalb von Zinal vier Skitourengänger verschüttet.", True, [("count", 4, None, None)], None),
    ("de", "«Zwei der Verschütteten konnten lebend geborgen werden», sagte Kantonspolizeisprecher Stéphane Rieder.", True, [("count", 2, None, None)], "Stéphane Rieder"),
    ("de", "«Unsere Gedanken sind bei den Familien der Opfer», sagte Rieder.", False, [], None),
    ("de", "Ein 44-jähriger Mann und eine 39-jährige Frau aus dem Kanton Waadt starben noch am Unfallort.", True, [("duration", 44, "year", None), ("duration", 39, "year", None)], None),
    ("de", "Die Lawine war nach Angaben der Kantonspolizei rund 300 Meter breit.", True, [("count", 300, None, "about")], "die Kantonspolizei"),
    ("de", "«Wer jetzt abseits der markierten Pisten fährt, riskiert sein Leben», sagte ein Bergführer aus Zinal.", False, [], None),
    ("de", "«Die Berge verzeihen keine Fehler», sagte der Gemeindepräsident von Anniviers.", False, [], None),
    ("de", "Seit Beginn des Winters sind in den Schweizer Alpen damit 17 Menschen in Lawinen ums Leben gekommen.", True, [("count", 17, None, None)], None),
    # --- Wohnungsbau (dpa) ---
    ("de", "Wiesbaden (dpa) - In Deutschland sind im vergangenen Jahr nur noch 212.400 Wohnungen fertiggestellt worden, gut 14 Prozent weniger als im Jahr davor, teilte das Statistische Bundesamt mit.", True, [("count", 212400, None, None), ("percent", 14, "%", "over")], "das Statistische Bundesamt"),
    ("de", "„Die Talsohle ist durchschritten“, sagte Bauministerin Katrin Oberhauser.", False, [], None),
    ("de", "„Wir haben die Mittel für den sozialen Wohnungsbau auf 3,5 Milliarden Euro aufgestockt“, sagte Oberhauser.", True, [("money", 3500000000, "EUR", None)], "Oberhauser"),
    ("de", "Der Zentrale Immobilien Ausschuss sprach von einem „Strohfeuer“.", False, [], None),
    ("de", "Der Mieterbund fordert, jährlich 100.000 Sozialwohnungen zu bauen.", True, [("count", 100000, None, None)], None),
    ("de", "Der Mieterbund hofft auf ein Umdenken in den Ländern.", False, [], None),
    ("de", "„Wer heute in München eine Wohnung sucht, braucht Glück oder reiche Eltern“, sagte Mieterbund-Präsidentin Gudrun Selbmann.", False, [], None),
    # --- Jahresbilanz von Hainzl Pack (APA) ---
    ("de", "Wien (APA) - Der Verpackungshersteller Hainzl Pack hat im Vorjahr seinen Umsatz um sieben Prozent auf 2,1 Milliarden Euro gesteigert.", True, [("percent", 7, "%", None), ("money", 2100000000, "EUR", None)], None),
    ("de", "„Wir sind mit dem Ergebnis sehr zufrieden“, sagte Vorstandschefin Birgit Hainzl.", False, [], None),
    ("de", "„Das Betriebsergebnis hat sich auf 164 Millionen Euro nahezu verdoppelt“, sagte Hainzl.", True, [("money", 164000000, "EUR", None)], "Hainzl"),
    ("de", "Analysten hatten im Schnitt mit 171 Millionen Euro gerechnet.", True, [("money", 171000000, "EUR", None)], None),
    ("de", "Ein Analyst der Erste Group nannte den Ausblick „ambitionslos“.", False, [], None),
    ("de", "Für das laufende Jahr gab sich Hainzl „vorsichtig optimistisch“.", False, [], None),
    ("de", "Die Aktie schloss an der Wiener Börse um 2,3 Prozent tiefer.", True, [("percent", 2.3, "%", None)], None),
    ("de", "„Die Verpackung der Zukunft ist kreislauffähig, oder sie hat keine Zukunft“, sagte Hainzl.", False, [], None),
    # --- Razzia gegen Schleuser (dpa) ---
    ("de", "Potsdam (dpa) - Die Bundespolizei hat bei einer Razzia gegen mutmaßliche Schleuser 23 Wohnungen in vier Bundesländern durchsucht.", True, [("count", 23, None, None), ("count", 4, None, None)], None),
    ("de", "Sechs Verdächtige wurden festgenommen, teilte die Bundespolizei mit.", True, [("count", 6, None, None)], "die Bundespolizei"),
    ("de", "„Die Festgenommenen sitzen in Untersuchungshaft“, sagte ein Sprecher der Staatsanwaltschaft Cottbus.", True, [], None),
    ("de", "„Wir gehen mit aller Härte gegen diese skrupellosen Banden vor“, sagte Innenministerin Dagmar Wiechert.", False, [], None),
    ("de", "„Seit Jahresbeginn haben wir 312 Schleuser festgenommen“, sagte Wiechert.", True, [("count", 312, None, None)], "Wiechert"),
    ("de", "Die Bande soll seit 2023 mindestens 900 Menschen über die Balkanroute nach Deutschland gebracht und pro Person bis zu 6.000 Euro verlangt haben.", True, [("year", 2023, None, None), ("count", 900, None, "at_least"), ("money", 6000, "EUR", "up_to")], None),
    ("de", "Pro Asyl warnte davor, Geflüchtete und Schleuser in einen Topf zu werfen.", False, [], None),
    ("de", "Die Linke sprach von Symbolpolitik vor der Landtagswahl.", False, [], None),
    # --- Kassenvertrag: Ärztekammer gegen ÖGK (APA) ---
    ("de", "Wien (APA) - Ärztekammer und Gesundheitskasse (ÖGK) haben ihre Verhandlungen über einen neuen Kassenvertrag am Montag nach einer fünfstündigen Sitzung abgebrochen.", True, [("duration", 5, "hour", None)], None),
    ("de", "„Das ist Erpressung auf dem Rücken der Patientinnen und Patienten“, sagte Ärztekammer-Vizepräsident Thomas Gschwandtner.", False, [], None),
    ("de", "„Die Kasse hat uns ein Honorarplus von 2,9 Prozent angeboten, bei einer Inflation von 3,6 Prozent“, sagte Gschwandtner.", True, [("percent", 2.9, "%", None), ("percent", 3.6, "%", None)], "Gschwandtner"),
    ("de", "„Kein einziger bestehender Vertrag wird gekündigt“, sagte ÖGK-Obmann Peter Langthaler.", True, [], "Peter Langthaler"),
    ("de", "„Die Ärztekammer verweigert sich jeder Modernisierung“, sagte Langthaler.", False, [], None),
    ("de", "In Wien sind derzeit 112 Kassenstellen für Allgemeinmedizin unbesetzt, knapp ein Viertel davon in Floridsdorf.", True, [("count", 112, None, None), ("fraction", 0.25, None, "nearly")], None),
    ("de", "Patientenanwältin Sigrid Pichlmayr rief beide Seiten zur Vernunft auf.", False, [], None),
    ("de", "Viele Patientinnen und Patienten fürchten noch längere Wartezeiten auf einen Termin.", False, [], None),
    ("de", "Die Gespräche sollen nach Angaben der ÖGK im Jänner fortgesetzt werden.", True, [], "die ÖGK"),
    # --- Die Post schliesst Filialen (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Die Post will bis 2028 rund 170 ihrer knapp 770 eigenen Filialen schliessen oder in Partnerfilialen umwandeln.", True, [("year", 2028, None, None), ("count", 170, None, "about"), ("count", 770, None, "nearly")], None),
    ("de", "«Kündigungen wird es keine geben», sagte Post-Sprecherin Nadine Gasser.", True, [], "Nadine Gasser"),
    ("de", "«Das ist ein Kahlschlag auf Raten», sagte Gewerkschaftssekretär Urs Brändli von Syndicom.", False, [], None),
    ("de", "Betroffen seien rund 600 Mitarbeitende, die eine andere Stelle im Konzern erhalten sollen, hiess es bei der Post.", True, [("count", 600, None, "about")], None),
    ("de", "«Ohne Poststelle stirbt das Dorf», sagte die Gemeindepräsidentin von Lauperswil.", False, [], None),
    ("de", "Die Zahl der Einzahlungen am Schalter ist seit 2015 um mehr als die Hälfte gesunken.", True, [("year", 2015, None, None), ("fraction", 0.5, None, "over")], None),
    ("de", "Der Gemeindeverband hofft auf ein Einlenken der Post.", False, [], None),
    ("de", "Viele ältere Menschen fühlen sich von der Digitalisierung überrollt.", False, [], None),
    # --- Massenkarambolage auf der A8 (dpa/lby) ---
    ("de", "Augsburg (dpa/lby) - Im dichten Nebel sind auf der A8 bei Augsburg am Montagmorgen 37 Fahrzeuge ineinandergefahren.", True, [("count", 37, None, None)], None),
    ("de", "Nach Angaben der Polizei wurden elf Menschen verletzt, drei davon schwer.", True, [("count", 11, None, None), ("count", 3, None, None)], "die Polizei"),
    ("de", "„Es sah aus wie auf einem Schlachtfeld“, sagte ein Feuerwehrmann.", False, [], None),
    ("de", "„Der Fahrer eines Sattelzugs hatte trotz Sichtweiten unter 50 Metern nicht gebremst“, sagte Polizeisprecher Florian Stadler.", True, [("count", 50, None, "under")], "Florian Stadler"),
    ("de", "„Die genaue Unfallursache ist noch unklar“, sagte Stadler.", False, [], None),
    ("de", "Die Autobahn blieb in Richtung München rund sechs Stunden lang gesperrt, der Stau war zeitweise mehr als zwölf Kilometer lang.", True, [("duration", 6, "hour", "about"), ("count", 12, None, "over")], None),
    ("de", "Autofahrer sollten bei Nebel ihr Tempo deutlich drosseln, mahnte der ADAC.", False, [], None),
    ("de", "Wie es zu dem Unglück kommen konnte, fragen sich viele Pendler.", False, [], None),
    # --- Stadtbahn in Linz (APA) ---
    ("de", "Linz (APA) - Eine Stadtbahn über die Donau soll Urfahr mit dem Linzer Süden verbinden, der Gemeinderat hat den Bau am Donnerstag beschlossen.", True, [], None),
    ("de", "Die Kosten werden auf 386 Millionen Euro geschätzt, um 96 Millionen mehr als noch im Jahr 2021 angenommen.", True, [("money", 386000000, "EUR", None), ("money", 96000000, "EUR", None), ("year", 2021, None, None)], None),
    ("de", "„Die Stadtbahn ist ein Jahrhundertprojekt für unsere Stadt“, sagte Verkehrsstadtrat Michael Aigelsreiter.", False, [], None),
    ("de", "„Die erste Garnitur soll im Dezember 2031 fahren“, sagte Aigelsreiter.", True, [("ordinal", 1, None, None), ("year", 2031, None, None)], "Aigelsreiter"),
    ("de", "Die FPÖ sprach von „Größenwahn auf Kosten der Steuerzahler“.", False, [], None),
    ("de", "Die FPÖ stimmte als einzige Fraktion gegen das Projekt.", True, [], None),
    ("de", "„Wer soll das jemals bezahlen?“, fragte FPÖ-Gemeinderat Harald Trauner.", False, [], None),
    ("de", "Der Bund übernimmt nach einer Vereinbarung aus dem Jahr 2022 die Hälfte der Baukosten.", True, [("year", 2022, None, None), ("fraction", 0.5, None, None)], None),
    # --- Shooting at a Tulsa mall (AP) ---
    ("en", "TULSA, Okla. (AP) — A gunman opened fire in a shopping mall in suburban Tulsa on Saturday, wounding four people before a security guard tackled him, police said.", True, [("count", 4, None, None)], "police"),
    ("en", "\"The suspect is in custody,\" Police Chief Darnell Whitford said at a news conference.", True, [], "Darnell Whitford"),
    ("en", "\"This is every parent's worst nightmare,\" Whitford said.", False, [], None),
    ("en", "\"Two of the victims remain in critical condition,\" Whitford said.", True, [("count", 2, None, None)], "Whitford"),
    ("en", "Mayor Lydia Crenshaw said her \"heart breaks for the families.\"", False, [], None),
    ("en", "The suspect, a 22-year-old man from Broken Arrow, had bought the handgun legally three weeks earlier, according to police.", True, [("duration", 22, "year", None), ("duration", 3, "week", None)], None),
    ("en", "Shoppers described crouching in changing rooms and storerooms as shots echoed through the food court.", False, [], None),
    ("en", "It was not immediately clear what prompted the attack.", False, [], None),
    ("en", "\"We will not let fear run this city,\" Crenshaw said.", False, [], None),
    # --- Fed holds rates (Reuters) ---
    ("en", "WASHINGTON, June 17 (Reuters) - The Federal Reserve held interest rates steady in a range of 3.75% to 4.00% on Wednesday but signaled two cuts before the end of the year.", True, [("date", "--06-17", None, None), ("percent", 3.75, "%", None), ("percent", 4.0, "%", None), ("count", 2, None, None)], None),
    ("en", "The decision was backed by 10 of the 12 voting members, with two dissenting in favor of an immediate cut.", True, [("count", 10, None, None), ("count", 12, None, None), ("count", 2, None, None)], None),
    ("en", "\"The economy is in a good place,\" the Fed chair told reporters.", False, [], None),
    ("en", "\"Inflation has come down from 7% to under 3% over the past three years,\" he said.", True, [("percent", 7, "%", None), ("percent", 3, "%", "under"), ("duration", 3, "year", None)], None),
    ("en", "Policymakers now see inflation ending the year at 3.0%, up from 2.7% in their March projections.", True, [("percent", 3.0, "%", None), ("percent", 2.7, "%", None)], None),
    ("en", "The S&P 500 closed up 0.8% after the statement.", True, [("percent", 0.8, "%", None)], None),
    ("en", "Traders see a September cut as little more than a coin toss.", False, [], None),
    ("en", "The White House said the Fed was \"once again too late.\"", False, [], None),
    # --- Resident doctors' strike (PA) ---
    ("en", "LONDON (PA) - Resident doctors in England will strike for four days from next Friday after talks with the Government collapsed, the British Medical Association said.", True, [("duration", 4, "day", None)], "the British Medical Association"),
    ("en", "\"Ministers have left us with no other option,\" said Hannah Ruddock, co-chair of the BMA's resident doctors committee.", False, [], None),
    ("en", "\"We were offered 3.8% for this year and nothing for the pay we have lost since 2009,\" Ruddock said.", True, [("percent", 3.8, "%", None), ("year", 2009, None, None)], "Ruddock"),
    ("en", "The Health Secretary called the walkout \"completely unnecessary and deeply disappointing.\"", False, [], None),
    ("en", "The Department of Health said last year's average rise of 4.9% was the largest in the public sector.", True, [("percent", 4.9, "%", None)], "the Department of Health"),
    ("en", "NHS England said the last strike, the 12th of the dispute, had led to 54,000 appointments and operations being rescheduled.", True, [("ordinal", 12, None, None), ("count", 54000, None, None)], "NHS England"),
    ("en", "Patients' groups fear another winter of cancelled operations.", False, [], None),
    ("en", "\"Please keep coming forward for care,\" NHS England's medical director urged.", False, [], None),
    # --- Corran Air results (Reuters) ---
    ("en", "DUBLIN, July 21 (Reuters) - Budget airline Corran Air on Monday reported a 31% jump in first-quarter profit to 412 million euros as it carried a record 58.3 million passengers.", True, [("date", "--07-21", None, None), ("percent", 31, "%", None), ("ordinal", 1, None, None), ("money", 412000000, "EUR", None), ("count", 58300000, None, None)], None),
    ("en", "\"We had a fantastic summer,\" Chief Executive Niall Costigan told reporters.", False, [], None),
    ("en", "\"Fares were up 7% on last year, and July is already sold out,\" Costigan said.", True, [("percent", 7, "%", None)], "Costigan"),
    ("en", "Costigan said the airline would cut capacity at German airports by about a tenth next winter because of aviation taxes.", True, [("fraction", 0.1, None, "about")], "Costigan"),
    ("en", "He called Germany's ticket tax \"economic self-harm.\"", False, [], None),
    ("en", "Analysts at Davy said the outlook was \"reassuringly cautious.\"", False, [], None),
    ("en", "Shares in Corran rose 4.1% in early trade.", True, [("percent", 4.1, "%", None)], None),
    # --- Wildfire north of Athens (AFP) ---
    ("en", "ATHENS (AFP) - Gale-force winds drove a wildfire towards seven villages north of Athens on Tuesday, forcing their evacuation, the fire brigade said.", True, [("count", 7, None, None)], "the fire brigade"),
    ("en", "\"The front is now contained on the northern side,\" fire brigade spokesman Yannis Karvelas said.", True, [], "Yannis Karvelas"),
    ("en", "\"It was hell, the flames were jumping from roof to roof,\" said Eleni Marou, 67, who fled her home in Malakasa.", False, [("duration", 67, "year", None)], None),
    ("en", "More than 360 firefighters, backed by 11 water-bombing aircraft, were battling the blaze.", True, [("count", 360, None, "over"), ("count", 11, None, None)], None),
    ("en", "No casualties have been reported, according to the civil protection ministry.", True, [], "the civil protection ministry"),
    ("en", "Opposition parties accused the government of failing to learn from past disasters.", False, [], None),
    ("en", "Thick smoke blanketed the northern suburbs, turning the afternoon sky orange.", False, [], None),
    # --- Phone ban in Illinois schools (AP) ---
    ("en", "SPRINGFIELD, Ill. (AP) — The Illinois Senate on Thursday passed a bill that would ban cellphones in public school classrooms, sending it to the governor.", True, [], None),
    ("en", "The measure passed by a vote of 41 to 15 with support from both parties.", True, [("count", 41, None, None), ("count", 15, None, None)], None),
    ("en", "\"This is a historic day for our kids,\" said state Sen. Marisa Quintero, the bill's sponsor.", False, [], None),
    ("en", "\"Teachers told us they spend up to 20 minutes of every lesson policing phones,\" Quintero said.", True, [("duration", 20, "minute", "up_to")], "Quintero"),
    ("en", "Republican Sen. Dale Harbison called the ban \"government overreach dressed up as concern.\"", False, [], None),
    ("en", "Districts would have to adopt a policy by July 1, 2026.", True, [("date", "2026-07-01", None, None)], None),
    ("en", "Parents' groups hope the governor will sign it quickly.", False, [], None),
    ("en", "The governor's office said he would review the legislation.", False, [], None),
    # --- Everton 2 Fulham 1 (PA) ---
    ("en", "LIVERPOOL (PA) - Everton came from behind to beat Fulham 2-1 at Goodison Park for their first home win since December.", True, [("ordinal", 1, None, None)], None),
    ("en", "\"We deserved it, we were the better side from start to finish,\" said Everton manager Gary Tolland.", False, [], None),
    ("en", "\"We had won only two of our last 11 home games, so this was massive,\" Tolland said.", True, [("count", 2, None, None), ("count", 11, None, None)], "Tolland"),
    ("en", "Fulham boss Marco Tellini said the winner \"should never have stood.\"", False, [], None),
    ("en", "Fulham said they would ask the referees' body to review the decision.", True, [], "Fulham"),
    ("en", "Dwight Ofori headed the winner in the 87th minute.", True, [("ordinal", 87, None, None)], None),
    ("en", "The home end kept singing long after the final whistle.", False, [], None),
    # --- Drone attack on Ukraine (Reuters) ---
    ("en", "KYIV, Nov 3 (Reuters) - Russia attacked Ukraine overnight with 147 drones and four ballistic missiles, the air force said on Monday.", True, [("date", "--11-03", None, None), ("count", 147, None, None), ("count", 4, None, None)], "the air force"),
    ("en", "Air defences shot down 121 of the drones and two of the missiles, it said.", True, [("count", 121, None, None), ("count", 2, None, None)], None),
    ("en", "Regional governor Oleh Savchuk said a 58-year-old woman was killed in Kharkiv.", True, [("duration", 58, "year", None)], "Oleh Savchuk"),
    ("en", "Ukraine's president called the attack \"cynical terror against sleeping cities.\"", False, [], None),
    ("en", "Russia's defence ministry said its forces had destroyed 62 Ukrainian drones over Russian regions overnight.", True, [("count", 62, None, None)], None),
    ("en", "Moscow denies targeting civilians.", True, [], None),
    ("en", "\"The world must not get used to this,\" the foreign minister wrote on X.", False, [], None),
    ("en", "Reuters could not independently verify the reports from the front.", False, [], None),
    # --- Vantora job cuts (Reuters) ---
    ("en", "SAN FRANCISCO, Feb 11 (Reuters) - Software maker Vantora will eliminate about 1,200 positions, roughly 8% of its staff, in its second round of layoffs in a year, the company said on Tuesday.", True, [("date", "--02-11", None, None), ("count", 1200, None, "about"), ("percent", 8, "%", "about"), ("ordinal", 2, None, None)], "the company"),
    ("en", "\"These decisions are never easy,\" Chief Executive Priya Nandakumar wrote in a memo to staff.", False, [], None),
    ("en", "\"We remain deeply committed to every colleague affected,\" she wrote.", False, [], None),
    ("en", "U.S. staff who lose their jobs will get at least 16 weeks of severance, the memo said.", True, [("duration", 16, "week", "at_least")], None),
    ("en", "The company expects restructuring charges of $90 million to $110 million.", True, [("money", 90000000, "USD", None), ("money", 110000000, "USD", None)], None),
    ("en", "A workers' group called the cuts \"corporate greed, plain and simple.\"", False, [], None),
    ("en", "Shares rose 3% in extended trading.", True, [("percent", 3, "%", None)], None),
    # --- Treasurer convicted in Phoenix (AP) ---
    ("en", "PHOENIX (AP) — A jury on Wednesday convicted a former Arizona county treasurer of embezzling nearly $2.3 million in public funds over six years.", True, [("money", 2300000, "USD", "nearly"), ("duration", 6, "year", None)], None),
    ("en", "Glenn Pardee, 59, was found guilty on 14 of the 17 counts against him.", True, [("duration", 59, "year", None), ("count", 14, None, None), ("count", 17, None, None)], None),
    ("en", "\"Justice was served today,\" County Attorney Rosalind Mears told reporters.", False, [], None),
    ("en", "\"Mr. Pardee spent the money paying off gambling debts,\" Mears said.", True, [], "Mears"),
    ("en", "Defense attorney Kyle Brandon said his client was \"devastated.\"", False, [], None),
    ("en", "Brandon said they would appeal.", True, [], "Brandon"),
    ("en", "Pardee faces up to 25 years in prison at sentencing, scheduled for Sept. 9.", True, [("duration", 25, "year", "up_to"), ("date", "--09-09", None, None)], None),
    ("en", "Several jurors wiped away tears as the verdict was read.", False, [], None),
    ("en", "\"He betrayed every taxpayer in this county,\" said Nora Lindqvist, a resident who sat through the whole trial.", False, [], None),
    # --- Wettest February in Wales (PA) ---
    ("en", "EXETER (PA) - February was the wettest on record in Wales, with 281mm of rain, the Met Office said.", True, [("count", 281, None, None)], "the Met Office"),
    ("en", "Across the UK, rainfall was 46% above the long-term average, making it the third-wettest February since records began in 1836.", True, [("percent", 46, "%", None), ("ordinal", 3, None, None), ("year", 1836, None, None)], None),
    ("en", "\"It's been a thoroughly grim month for a lot of people,\" said Met Office meteorologist Aled Pritchard.", False, [], None),
    ("en", "\"We recorded rain on 26 of the 28 days in Cardiff,\" Pritchard said.", True, [("count", 26, None, None), ("count", 28, None, None)], "Pritchard"),
    ("en", "Farmers say they have never seen a spring like it.", False, [], None),
    ("en", "The Environment Agency issued 112 flood warnings during the month.", True, [("count", 112, None, None)], None),
    ("en", "Anyone living near a river should sign up for flood alerts, the agency said.", False, [], None),
    ("en", "Forecasters expect a drier spell from the middle of March.", False, [], None),
    # --- EU summit on Ukraine loans (Reuters) ---
    ("en", "BRUSSELS, March 20 (Reuters) - European Union leaders agreed on Thursday to lend Ukraine 21 billion euros next year, after a nine-hour summit.", True, [("date", "--03-20", None, None), ("money", 21000000000, "EUR", None), ("duration", 9, "hour", None)], None),
    ("en", "\"Europe must stand united, today more than ever,\" the European Council president told a news conference.", False, [], None),
    ("en", "Of the 27 member states, only Hungary refused to back the statement.", True, [("count", 27, None, None)], None),
    ("en", "Hungary's prime minister called the deal \"a blank cheque for a war that cannot be won.\"", False, [], None),
    ("en", "The money will be raised through joint borrowing on capital markets, two EU diplomats said.", True, [("count", 2, None, None)], None),
    ("en", "Diplomats described the mood in the room as tense.", False, [], None),
    ("en", "It remains unclear whether the loans will ever be repaid.", False, [], None),
    # --- Leicester bin strike (PA) ---
    ("en", "LEICESTER (PA) - About 9,400 tonnes of rubbish have piled up on Leicester's streets since refuse collectors began an all-out strike in March, the city council said.", True, [("count", 9400, None, "about")], "the city council"),
    ("en", "Bin bags spilled across pavements in Belgrave, where foxes and rats tore at the sacks overnight.", False, [], None),
    ("en", "\"The council has treated its workers with contempt,\" said Unite regional officer Karen Bellows.", False, [], None),
    ("en", "\"Some of our members stand to lose up to £8,000 a year,\" Bellows said.", True, [("money", 8000, "GBP", "up_to")], "Bellows"),
    ("en", "The council said the most any worker would lose was £1,000 a year once transitional payments were counted.", True, [("money", 1000, "GBP", None)], "the council"),
    ("en", "\"We have offered every affected worker an alternative role,\" said council leader Jacob Farrant.", True, [], "Jacob Farrant"),
    ("en", "Residents are running out of patience.", False, [], None),
    ("en", "\"How much longer do we have to live like this?\" asked Shabana Akhtar, 41, from Belgrave.", False, [("duration", 41, "year", None)], None),
    # --- RBA cuts rates (AAP) ---
    ("en", "SYDNEY, Nov 4 (AAP) - The Reserve Bank of Australia cut its cash rate by 25 basis points to 3.1% on Tuesday, its fourth cut this year.", True, [("date", "--11-04", None, None), ("percent", 25, "bp", None), ("percent", 3.1, "%", None), ("ordinal", 4, None, None)], None),
    ("en", "\"Australians have done a lot of heavy lifting,\" the RBA governor told reporters.", False, [], None),
    ("en", "Trimmed mean inflation slowed to 2.6% in the September quarter, within the bank's 2% to 3% target band.", True, [("percent", 2.6, "%", None), ("percent", 2, "%", None), ("percent", 3, "%", None)], None),
    ("en", "The Treasurer said the cut was \"welcome relief for millions of mortgage holders.\"", False, [], None),
    ("en", "On a A$600,000 loan, the cut will save a borrower about A$90 a month, according to Canstar.", True, [("money", 600000, "AUD", None), ("money", 90, "AUD", "about")], "Canstar"),
    ("en", "Economists expect further cuts next year.", False, [], None),
    ("en", "The Australian dollar slipped 0.4% to 64.8 US cents.", True, [("percent", 0.4, "%", None), ("money", 0.648, "USD", None)], None),
    ("en", "Borrowers will be hoping the banks pass on the cut in full.", False, [], None),
    # --- Manhunt in Manchester (PA) ---
    ("en", "MANCHESTER (PA) - Police have launched a manhunt after a man was stabbed to death outside a nightclub in Manchester city centre in the early hours of Sunday.", True, [], None),
    ("en", "\"The suspect remains at large,\" Detective Chief Inspector Laura Keane said.", True, [], "Laura Keane"),
    ("en", "\"This was a senseless act of violence,\" Keane said.", False, [], None),
    ("en", "The victim, a 24-year-old man from Salford, died at the scene.", True, [("duration", 24, "year", None)], None),
    ("en", "A 19-year-old woman has been arrested on suspicion of assisting an offender, Greater Manchester Police said.", True, [("duration", 19, "year", None)], "Greater Manchester Police"),
    ("en", "Anyone who sees the man should not approach him, police said.", False, [], None),
    ("en", "Flowers and candles lined the pavement outside the club by Sunday afternoon.", False, [], None),
    ("en", "\"He was the kindest lad you could ever meet,\" his mother said in a statement released through police.", False, [], None),
]
