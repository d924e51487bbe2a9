"""Hundred-and-forty-eighth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, places of minor note, works
and figures are made up (Markus Stelzhammer, Cornelia Harkenrath, Reto Imhasly, Harald
Pointner, Étienne Valmorel, Carrow & Pike, Sabine Wurzinger, Hartwig Antriebstechnik, Tobias
Erlewein, Nadine Kesselring, Yves Bachelin, Reinhold Tauchner, Christian Moosbrugger, Stefan
Aigner, Plaun Sut, Curdin Bezzola, Konrad Pfeiffer, Lukas Reindlmayr, Sommerauer, Mitrea,
Markus Doppelhofer, Jonas Pranter, Florian Eberharter, Chiara Benvenuti, Eero Halvari,
Henrike Lamprecht, Liesel Marquardt and her novel „Die Fährfrau“, Hermine Traxl, Elfriede
Pammer, Veronika Haslwanter; Helen Ashdown, Sonvik, Kristina Hollerith, Marlowe Capital,
Megan Strand, Karen Whitlow, Martin Ashcombe, Tom Eddery, Owen Pemberton, Simon Rathbone,
Jeanne Ravelle, Delorme & Fils, Mathilde Sorel, ArtPulse, Fenwick Bio, Priya Kalsi, Harcourt
Securities); ministers, coaches, chairs and office holders of real places appear under
made-up names that stand for no real holder, or by their role only ("die
EU-Außenbeauftragte", "der Fraktionschef der Sozialisten", "der republikanische
Mehrheitsführer im Senat", "der FPÖ-Chef", "der Kanzler", "Bayerns Wirtschaftsminister",
"der Innenminister", "der Teamchef", "der ZSC-Trainer", "der DAK-Vorstandschef", "the
Conservatives' business spokesman"). Real bodies, teams, events and places ("Nationalrat",
"Bundesrat", "FPÖ", "Grüne", "ÖVP", "SPÖ", "NEOS", "Market", „Standard“, "Bundestag",
"Mietpreisbremse", "Union", "Haus & Grund", "Deutscher Mieterbund", "Statistisches
Bundesamt", "Staatssekretariat für Migration", "SEM", "Bundesasylzentren", "SVP",
"Schweizerische Flüchtlingshilfe", "EU", "Luxemburg", "Schattenflotte", "Slowakei", "Kreml",
"Nationalversammlung", "Linkspartei", "Senat", "ZEW", "Statistik Austria", "Euroraum",
"Arbeiterkammer", "Wifo", "IG Metall", "Schweinfurt", "Bamberg", "Verband der
Schweizerischen Uhrenindustrie", "FH", "Jurabogen", "PRO-GE", "GPA", "Metalltechnische
Industrie", "Brennerautobahn", "A13", "Matrei", "Rotes Kreuz", "Landeskriminalamt
Nordrhein-Westfalen", "Kantonspolizei Graubünden", "Albulatal", "Tiefencastel", "Filisur",
"Afad", "Simav", "Kütahya", "Bursa", "Landgericht Augsburg", "Ernst-Happel-Stadion", "ÖFB",
"Gruppe H", "Zenica", "Rettenbachferner", "Mölltaler Gletscher", "ÖSV", "HC Davos", "ZSC
Lions", "National League", "Swiss Life Arena", "Frankfurter Buchmesse", "Börsenverein",
"Frankfurter Römer", "Deutscher Buchpreis", "Leopold Museum", "Universität Innsbruck", „The
Cryosphere“, "DAK", "Forsa"; "Office for National Statistics", "Bank of England",
"Conservatives", "STOXX 600", "DAX", "CAC 40", "Bund", "Colorado State Patrol", "Interstate
70", "Vail Pass", "Grand Junction", "Aurora", "National Weather Service", "Allianz Stadium",
"Bath", "Saracens", "Premiership", "Six Nations", "The New England Journal of Medicine",
"European Union", "AIM") stand for the way wire copy names them; every rate, tally, vote,
sum, toll, sentence, score, date and quote here is invented, and where a real figure came to
mind it was changed.

Its weight: AN ORDINARY GERMAN-LANGUAGE WIRE DAY as APA, dpa, Keystone-SDA and the German
services of Reuters and AFP file it - one Tuesday in mid-October, 30 short stories in story
order across Inland, Ausland, Wirtschaft, Chronik, Sport, Kultur and Wissenschaft, each told
as wire copy runs it (a dateline lead, the figures, attributed claims, the other side,
quotes, follow-ups), with the English services' items of the day slotted in by desk. About
three quarters German (APA, dpa, Keystone-SDA, Reuters German, AFP German; Austrian
"Mandatarinnen und Mandatare", "Pensionisten", "Lenker", "Teamchef", "Kollektivvertrag",
"Sozialpartner", German "Bundesbedienstete", "Betriebsratschefin", Swiss "Asylgesuche",
"Kantonsstrasse", "Innert", "Hektaren", "Gemeindepräsident", "Zeitmesser", "Angestellten",
"5'430", "400'000 Franken", «» quotes, German „“ quotes): the Austrian budget law passed
after a nine-hour debate, Germany's rent brake extended, Swiss asylum applications in the
third quarter, a poll for the „Standard“, the EU's new sanctions package, a French
government surviving a no-confidence motion, the US shutdown, the ZEW index, Austrian
inflation in September, job cuts at a car-parts maker, Swiss watch exports, the
metalworkers' wage round adjourned, a bus crash on the Brenner motorway, a raid on
investment fraudsters, a mudflow in Graubünden, an earthquake in western Turkey, a fraud
verdict over Covid test centres, Austria's World Cup qualifier, the ski season opener in
Sölden, an ice hockey match in Zurich, the Frankfurt Book Fair, a retrospective in Vienna, a
glacier study and a study of teenagers on social media. About a quarter English (Reuters,
AP, AFP, PA): Britain's labour market, European markets and a hearing-aid maker's profit
warning, a school band's bus crash in Colorado, England's rugby squad, a record at a Paris
auction and a vaccine trial. Figures as such copy has them: number words and compounds
("knapp neunstündigen", "zweitägigen", "zweimal", "Sieben-Punkte-Plan", "das 21.", "zum
neunten Mal", "zum fünften Mal in Folge", "es wäre bereits die vierte", "a 36-man squad", "a
first call-up"), shares in words ("Knapp ein Fünftel", "Drei Viertel", "Gut ein Drittel",
"ein Drittel davon", "rund zwei Drittel", "Zwei Drittel", "Jeder vierte", "half of whom"),
tallies and definite groups ("371 Abgeordnete dafür, 254 dagegen, 19 enthielten sich",
"4'120 der rund 9'000 Plätze", "rund 1.400 seiner 5.200 Stellen", "13 der letzten 16
Partien"), hedges and ranges, poll shares with the moves in points and the margin of error,
index points with "minus", agate minutes, money in euros, francs, Turkish lira, dollars,
Danish crowns and pounds with German "Billionen" and converted figures, ages, sentences and
spans, a bond maturity, years, dates with and without a year, and Swiss apostrophes.
Negatives as such copy has them: ministers', executives', coaches', captains', curators' and
scientists' quotes of feeling, verdict and resolve, a minister's rhetorical question, labels
of parties, lobbies, unions, an institute, the Kremlin, an economist and a judge, a
conditional threat, a warning and an appeal, hopes, forecasts and outlooks without a figure,
open questions, blame, a market view, critics' and dealers' verdicts, a vox pop, scene
colour and the presumption of innocence - three of them carrying figures, labelled.

244 rows (184 German, 60 English), 57 negatives (42 German, 15 English), 187 check-worthy
rows of which 17 carry no figure (14 German, 3 English), 300 expected quantities (103
counts, 64 percentages - 59 in %, 4 in percentage points, 1 in basis points -, 39 durations -
18 in years, 6 in months, 5 in weeks, 4 in minutes, 3 in days, 3 in hours -, 25 amounts of
money - 16 EUR, 4 USD, 2 CHF, 1 DKK, 1 GBP, 1 TRY -, 24 ordinals, 22 years, 15 dates, 8
fractions; 5 of them in three negatives, as the seventeenth batch labels a figure in a
negative), 36 checked speakers (25 German, 11 English). Sentences sharing a run of eight or
more words with any file under tests/ (checked by a script that printed only this batch's
sentences, case and punctuation normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, feeling or piece of rhetoric is a negative with speaker None, also with a
  named speaker and an office (seventh, eighteenth, ninety-eighth, hundred-nineteenth,
  hundred-twenty-fourth, hundred-thirty-first); a quoted or reported statement of fact or
  figure is check-worthy with its speaker. The pairs from one speaker: „Wir senken das
  Defizit im kommenden Jahr auf 3,9 Prozent der Wirtschaftsleistung“ -> "Markus Stelzhammer"
  (a plan with a figure, hundred-twenty-fourth: „Wir investieren im kommenden Jahr 126
  Milliarden Euro ...“; "im Plenum" dropped as "im Parlament", hundred-forty-first) beside
  his rhetorical question „Wer soll diese Schulden denn zurückzahlen, ...?“ (fourteenth,
  hundred-nineteenth: „Wer soll das jemals bezahlen?“); "Vorstandschef Tobias Erlewein
  sagte, der Umsatz sei ... eingebrochen." -> "Tobias Erlewein" beside „Wir haben uns diese
  Entscheidung nicht leicht gemacht“ (hundred-thirty-first: „Diese Entscheidung ist mir
  nicht leichtgefallen“); Moosbrugger's order intake beside his warning „Wer jetzt die Löhne
  hochtreibt, ...“ (a creed, hundred-twenty-fourth); Eberharter's three weeks of training
  beside „Wir sind bereit, ...“; Haslwanter's finding beside „Wir sehen dem Verschwinden
  einer ganzen Landschaft in Echtzeit zu“; "Ashcombe said the players would gather ... on
  October 20." -> "Ashcombe" beside his squad "built for the next two years" with its spans
  labelled. Short quoted statements of record are check-worthy (thirteenth,
  hundred-nineteenth): „Ein Alkotest beim Lenker verlief negativ“ -> "Stefan Aigner", «Der
  Hang ist weiterhin in Bewegung, eine Rückkehr ist frühestens am Wochenende möglich» ->
  "Curdin Bezzola" (hundred-nineteenth: „Die Strecke bleibt mindestens bis Freitag
  gesperrt“). Konjunktiv I paraphrases of a figure or a fact are check-worthy with the
  speaker their own attribution gives (Harkenrath, Erlewein, Kesselring, Moosbrugger,
  Eberharter; "Seit 2015 habe sich der jährliche Eisverlust fast verdoppelt, ..." ->
  "Veronika Haslwanter", "fast verdoppelt" a verb and no count, hundred-nineteenth and
  hundred-thirty-third; the judge's finding -> "Konrad Pfeiffer", hundred-thirty-first:
  "sagte der Vorsitzende Richter Hendrik Leuschner"; "Das seien so viele wie bei keiner
  anderen Schau des Hauses seit 2017, teilte das Museum mit." -> "das Museum", a measurable
  record, hundred-thirty-first: "so viele wie seit 1999 nicht mehr").
- Check-worthy without a figure (ninety-eighth, hundred-fourteenth to hundred-thirty-first):
  a government surviving a vote (hundred-twenty-ninth: an election won), a member state
  lifting its blockade, the agencies hit by the shutdown, an index improving, a mudflow
  burying a hamlet, a highway reopened, a partial confession (hundred-sixteenth: an
  admission), "Das Urteil ist noch nicht rechtskräftig." (hundred-nineteenth: "Das Urteil
  ist nicht rechtskräftig, ..."), a qualifier won ("3:1-Sieg" none, below), a player ruled
  out by injury (thirty-fifth, hundred-thirty-third: an injury reported), a prize awarded, a
  study's finding and its publication in a journal, a trial's results published, and the two
  quoted statements of record above. New: "The buyer, a private collector from Asia, was not
  identified." is check-worthy - that a sale's buyer was not named is a statement of record
  about the sale, as "No casualties have been reported" (hundred-nineteenth) and "no bank
  details or passwords had been accessed" (hundred-thirty-eighth). New: "Ein Remis im
  letzten Gruppenspiel am 17. November in Zenica würde für den Gruppensieg reichen." is
  check-worthy with its date - the conditional states what the table and the rules of the
  group give, arithmetic a reader can check as the hundred-thirty-second's counterfactual
  without migration, not a forecast of the result.
- Forecasts, plans and estimates with a figure are check-worthy (seventh, eightieth,
  hundred-nineteenth, hundred-twenty-fourth, hundred-thirty-first): "Für das ganze Jahr
  rechnet das SEM noch mit rund 22'500 Gesuchen.", "Das Wifo rechnet für 2026 mit einer
  durchschnittlichen Inflationsrate von 2,6 Prozent.", "Ökonomen der Bank Carrow & Pike
  schätzen, ... um 0,1 Prozentpunkte drückt.", "Das Haushaltsdefizit soll ... auf 4,9
  Prozent ... sinken.", "Die Veranstalter erwarten bis Sonntag mehr als 220.000
  Besucherinnen und Besucher." (hundred-fourteenth: "rechnen die Veranstalter mit 400.000
  Menschen"), "Bis 2050 dürften ... rund zwei Drittel der ... Gletscher ... verschwunden
  sein.", "die Räumung dürfte ... rund zwei Wochen dauern", "Economists in a Reuters survey
  had predicted no change in the rate from 4.9%.", "Von Reuters befragte Ökonomen hatten nur
  mit 38,5 Punkten gerechnet." ("nur" no hedge), Sonvik's new sales forecast, "is expected
  to be sidelined for about six weeks" (hundred-thirty-third: injuries with time out),
  "Analysts at Harcourt Securities estimate annual sales ... could reach 1.4 billion pounds
  by 2030."; so are the positions and steps announced ("Premierminister Étienne Valmorel
  hatte zuvor angekündigt, die Anhebung des Rentenalters auf 64 Jahre vorerst auszusetzen.",
  "Die Union hatte ursprünglich nur eine Verlängerung um zwei Jahre gewollt.";
  ninety-eighth), the demand for a sentence ("Die Staatsanwaltschaft hatte sieben Jahre Haft
  gefordert, ..."; hundred-thirty-first), a scheduled sitting ("Der Bundesrat befasst sich
  am 6. November mit dem Gesetz."; sixty-fifth), a poll's shares of respondents holding a
  view ("Drei Viertel der Befragten sind ... unzufrieden.", "Zwei Drittel der befragten
  Eltern gaben an, ..."; hundred-sixteenth), and a label paired with a checkable act ("Die
  IG Metall sprach von einem „Ausverkauf der ganzen Region“ und legte einen
  Sieben-Punkte-Plan ... vor." count 7; hundred-sixteenth, hundred-forty-first). Forecasts,
  outlooks, warnings and market views without a figure are negatives (forty-seventh,
  hundred-nineteenth, hundred-twenty-fourth): "Beobachter rechnen damit, ...",
  "Wirtschaftsforscher erwarten, ...", "Ökonomen warnen allerdings, ...", "Die
  Schweizerische Flüchtlingshilfe warnte davor, ...", "Traders now see another Bank of
  England rate cut before Christmas as likely." (hundred-nineteenth: "Traders see a
  September cut as ..."), "Investors will look to bank earnings ...", "Independent experts
  cautioned that it was too early to say ...".
- Other negatives (ninety-eighth to hundred-thirty-eighth): labels ("Die FPÖ sprach von
  ...", "Der Eigentümerverband Haus & Grund sprach von ...", "Der Deutsche Mieterbund nannte
  ...", "Meinungsforscher Harald Pointner sprach von ...", "Der Kreml sprach von
  „illegitimen Maßnahmen“, ...", "Das Institut sprach von ...", "Arbeiterkammer-Ökonomin
  Sabine Wurzinger sprach von ...", "Former England captain Simon Rathbone called the
  selection ...", and the judge's "Pfeiffer sprach von einem „Geschäftsmodell, ...“",
  hundred-nineteenth: a judge's label); quotes of verdict, feeling and resolve also with a
  name («Die Zahlen zeigen, dass die Verschärfungen wirken», „Diese Regierung lebt auf
  Bewährung“, „Die Demokraten nehmen das ganze Land in Geiselhaft“, "These figures are a
  wake-up call ...", «Die Branche erlebt das schwierigste Jahr seit der Finanzkrise» - a
  superlative of quality, hundred-twenty-fourth, and "seit der Finanzkrise" names no year -,
  "The market is punishing anything ...", „Da haben alle Beteiligten Glück im Unglück
  gehabt“, „Diese Täter gehen mit einer Skrupellosigkeit vor, ...“, „Mein Mandant hat Fehler
  gemacht, aber er ist kein Krimineller“ - a protestation, hundred-sixteenth -, „Das war
  eine reife, erwachsene Leistung“, „Wir haben noch gar nichts erreicht, ...“, „Das Buch ist
  nicht tot, ...“, „Traxl war die große Unbekannte ...“, "She painted light ...", "This
  could change how we protect ...", „Wir erleben eine Generation, die nie abschaltet“, and
  «Wir haben sechzig Minuten lang Geschenke verteilt» with its 60 minutes labelled - a
  coach's verdict, the number word read as the issue reads "zehn Minuten"); blame without a
  checkable claim ("Beide Parteien weisen sich gegenseitig die Schuld ... zu.";
  eighty-fourth); a conditional threat ("Sollte es dann keine Einigung geben, seien
  Betriebsversammlungen und Warnstreiks möglich, sagte ... Reinhold Tauchner.";
  hundred-twenty-fourth, hundred-thirty-first); an appeal that names no measure ("Bayerns
  Wirtschaftsminister forderte den Bund auf, „endlich die Energiepreise in den Griff zu
  bekommen“.", "Die Autoren appellieren an Eltern, ..."; hundred-sixteenth,
  hundred-thirty-eighth); hopes ("In Brüssel hofft man, ...", "Supporters will hope the new
  faces can end a run of four defeats in the last five Tests ..." with counts 4 and 5
  labelled; hundred-twenty-fourth: a hope with a figure); open questions ("Ob sich der
  Abstand bis zum Frühjahr verringert, ist offen.", "Warum der Bus von der Fahrbahn abkam,
  ist noch unklar." - hundred-nineteenth: „Die genaue Unfallursache ist noch unklar“ -,
  "Whether the slowdown in pay ...", "It was not immediately clear whether ..."); critics'
  and dealers' verdicts ("Kritiker hatten den Roman als ... gelobt.", "Dealers said the
  result showed the top end of the market remained resilient ..."; hundred-twenty-first); a
  vox pop («Wir stehen alle noch unter Schock», ...); scene colour (people spending the
  night outdoors, fans chanting "minutenlang", parents waiting in a gymnasium;
  hundred-nineteenth) and "Es gilt die Unschuldsvermutung." (fifty-fifth).
- Counts (every batch): tallies ("votierten 371 Abgeordnete dafür, 254 dagegen, 19
  enthielten sich", "stimmten 98 Abgeordnete ..., 83 Mandatarinnen und Mandatare ...
  dagegen", "unterstützten 263 Abgeordnete, nötig gewesen wären 289 Stimmen", "der 60
  Stimmen gebraucht hätte, aber nur 52 erhielt"; sixty-fifth, hundred-third), definite
  groups ("4'120 der rund 9'000 Plätze", "rund 1.400 seiner 5.200 Stellen", "13 der letzten
  16 Partien", "Four of the injured ..., where two"; forty-first - each hedge on its own
  figure, hundred-seventeenth and hundred-thirty-first: "Only 212 of the roughly 1,240
  homes"), "die Außenminister der 27 EU-Staaten" 27, "vier davon schwer" ("davon" no hedge),
  "zwei Zulieferer mit zusammen rund 450 Angestellten" ("zusammen" no hedge), "traf ...
  zweimal" 2 (the issue's "viermal"), "einen Sieben-Punkte-Plan" 7 (hundred-sixteenth:
  "einen Zehn-Punkte-Plan"), "a 36-man squad" 36 (hundred-seventeenth: "The three-member
  panel"), "mit 18 Punkten aus sieben Spielen an, zwei Zähler vor" and index points ("um 4,1
  auf 41,7 Punkte" both - the unit written once, seventy-sixth -, "bei minus 76,4 Punkten"
  -76.4, "minus" a sign as in "minus 14 degrees Celsius", eighty-eighth; "1.482 Punkte"),
  "nach sechs Runden" and "nach 14 Runden" (hundred-thirty-third: "nach zwei Läufen"), "Ein
  Erdbeben der Stärke 5,9" 5.9 (hundred-thirty-fifth), lengths, areas, depths, snow and
  speeds ("bis zu zwölf Kilometer" "up_to", "etwa 4 Hektaren" "about" - hundred-tenth: "rund
  86 Hektar" -, "in einer Tiefe von rund elf Kilometern", "im rund 160 Kilometer entfernten
  Bursa", "bis zu 140 Millimeter Regen" - ninety-ninth: "281mm" -, "zwischen 40 und 60
  Zentimeter Schnee" both - "zwischen" no hedge -, "Up to 10 inches of snow" -
  hundred-thirty-first: "up to 28 inches of snow" -, "at about 45 mph"), "mehr als 60
  Nachbeben" "over" (ninety-ninth: "mehr als 120 Nachbeben"), "Rund 640.000 ..., weitere
  580.000" ("weitere" no hedge), "1.2 million more people" (the "more" after the figure
  compares, hundred-first), "rose by 17,300 to 1.69 million", "Vacancies dropped by 13,000
  to 704,000". New: "in den sieben größten Städten" is count 7 and no ordinal - the number
  word counts the group the superlative picks, as "die zehn Asean-Staaten" 10
  (hundred-forty-first), while a number word fused with the superlative ranks ("die
  drittgrößte Stadt", the issue). None: "A13" and "Interstate 70" (road identifiers,
  hundred-fifth: "A45", "Interstate 71"), "Gruppe H", "STOXX 600" and "CAC 40" (names with a
  figure, twentieth: "S&P 500"; ninety-first: "Nikkei 225"), "Six Nations" (a tournament's
  name, thirtieth; hundred-thirty-fourth: "One Nation"), "an Werktagen", "je einen
  Elternteil" (an article), "ein Ferienhaus", "ein weiteres", "mehrere ältere Gebäude",
  "Millionenbetrugs", scores ("mit 4:2", "1:0", "2:1"). New: "mit einem 3:1-Sieg" carries
  none - a score stays a score inside a hyphenated compound, the colon marking the result as
  in "ein 0:0" (hundred-nineteenth), unlike a figure heading a compound
  ("28-Punkte-Entwurf", the issue) and unlike "mit 5:4 Stimmen", a tally
  (hundred-thirty-ninth).
- Ordinals and fractions (the issue; every batch): "das 21. seit Kriegsbeginn" 21 (an
  elliptic ordinal, eighty-ninth), "zum neunten Mal" 9 (the issue's "zum zweiten Mal"), "zum
  fünften Mal in Folge" 5, "seinen fünften Sieg in Serie" 5, "der dritte Misstrauensantrag"
  3, "der zweite schwere Busunfall ... binnen eines Monats" 2 ("binnen eines Monats" none,
  an article), "es wäre bereits die vierte" 4 (the elliptic ordinal of the next round,
  "bereits" no hedge), "im dritten Quartal", "im vierten Quartal", "in the third quarter",
  "in the first quarter of next year", "during the first half" 1 (ninety-ninth: "the first
  week of July"), "in the 31st consecutive fall" 31 (fifty-fourth: streaks), "a first
  call-up" 1 (hundred-twenty-ninth: "a second term"), "finished third" 3
  (hundred-thirty-third), "Start des ersten Durchgangs" 1 (hundred-thirty-third: "den
  zweiten Durchgang"), "in der 57. Minute der zweite Treffer" 57 and 2 (eighteenth: "the
  27th minute"), the agate minutes "Reindlmayr (23.)", "(58.)", "(66.)", "(81.)"
  (forty-sixth: "(23.) Mayer"), "in den ersten vier Wochen" and "in den ersten neun Monaten"
  ordinal 1 with the span (eightieth, hundred-fourth). Fractions: "Knapp ein Fünftel der
  Gesuche" 0.2 "nearly", "Drei Viertel der Befragten" 0.75 (the issue's "drei Viertel"),
  "Gut ein Drittel der Inflationsrate" 0.3333 "over" (hundred-fifteenth: "gut einem
  Drittel"), "ein Drittel davon" 0.3333 ("davon" no hedge), "rund zwei Drittel" 0.6667
  "about", "Zwei Drittel der befragten Eltern" 0.6667, "Jeder vierte Jugendliche" 0.25 (the
  issue's "jeder vierte"), "half of whom" 0.5 (hundred-thirty-third: "a third of which").
- Percentages: poll shares with the unit written once ("die ÖVP mit 21 und die SPÖ mit 19
  Prozent, die NEOS kommen auf neun, die Grünen auf acht Prozent" four percentages;
  seventy-sixth), the moves in points ("verlor die ÖVP einen Prozentpunkt" 1 pp -
  hundred-twentieth: "plus einen Prozentpunkt" -, "legte um zwei Punkte zu" 2 pp - a poll's
  points are percentage points, twenty-seventh: "legte um knapp acht Punkte ... zu"), "die
  Schwankungsbreite liegt bei 2,8 Prozentpunkten" 2.8 pp (hundred-twentieth), "um 0,1
  Prozentpunkte" 0.1 pp, "fell 3 basis points" 3 bp; "um bis zu zehn Prozent" "up_to" ("um"
  no hedge), "um durchschnittlich 47 Prozent" and "im Schnitt 38 Prozent" with no hedge,
  "etwa 113 Prozent der Wirtschaftsleistung" "about", "Knapp 6 Prozent" "nearly", "21
  Prozent weniger", "23 Prozent weniger ... als ein Jahr zuvor", "12,4 Prozent weniger ...,
  5,2 Prozent mehr", "um 4,7 Prozent mehr als im September des Vorjahres" and "um 14 Prozent
  unter dem Niveau von 2022" (the comparison after the figure no hedge, hundred-first),
  "sogar um 3,2 Prozent" ("sogar" no hedge, hundred-fourth), "2% to 4% ..., 6% to 8%" four
  percentages (the "to" of a range no hedge, hundred-nineteenth), "6,4 Prozent im Minus",
  "its biggest one-day drop since April" with 1 day (hundred-seventeenth).
- Durations and ages (the issue: "fünfstündigen"; every batch): "nach einer knapp
  neunstündigen Debatte" 9 hours "nearly" (hundred-forty-first: "Nach knapp sechsstündiger
  Beratung"), "Nach zweitägigen Beratungen" 2 days (the issue's "dreitägige Reise"), "knapp
  vier Stunden lang" "nearly", "Innert 24 Stunden" (ninety-ninth: "innert 60 Tagen"), "so
  viel wie sonst in zwei Monaten" 2 months (hundred-thirty-fifth: "wie sonst in einem halben
  Jahr"), "seit 22 Tagen" ("inzwischen" no hedge), "vor vier Wochen", "in den vergangenen
  drei Wochen" 3 weeks, "rund zwei Wochen" "about", "bei einer Laufzeit von zwei Jahren",
  "der letzten zwölf Monate" 12 months, "um zwei Jahre", "vor zwei Jahren", "157 Minuten
  täglich" ("täglich" none), "21 Minuten mehr", "about 14 minutes" "about", "for more than
  70 years" "over", "Over a median follow-up of 14 months" 14 months with no hedge ("over"
  before an article, forty-first), "sieben Jahre Haft", "zu einer Haftstrafe von fünf Jahren
  und neun Monaten" both units (hundred-thirty-first: "zu drei Jahren und neun Monaten
  Haft"), "Germany's 10-year Bund yield" 10 years (hundred-thirty-ninth: maturities), "auf
  64 Jahre" 64 years (hundred-thirty-eighth: a retirement age is an age). Ages are durations
  in years ("einen 52-jährigen Unternehmer", "im Alter von 19 bis 46 Jahren" both -
  hundred-twenty-first: "im Alter von 41 und 46 Jahren" -, "a 63-year-old man", "Tom Eddery,
  21,", "at the age of 58" - hundred-twenty-first: "at the age of 89" -, "1.034 Zehn- bis
  17-Jährige" 10 and 17 - hundred-twentieth: "der Zehn- bis 14-Jährigen" -, "adults over 75"
  75 "over" - hundred-thirty-first: "among over-65s"). New: "median" in "a median follow-up"
  is no hedge - a median is a stated statistic of the trial, as "im Schnitt",
  "durchschnittlich" and "an average of" (hundred-thirty-third). None: "binnen Jahresfrist"
  (hundred-fifteenth), "im kommenden Jahr", "im vergangenen Jahr", "im Vorjahr", "in der
  Vorsaison", "seit Kriegsbeginn", "jahrzehntelang", "minutenlang", "a year earlier", "this
  year", "next year", "this season", "later in the week", weekdays and their compounds ("am
  Dienstagfrüh", "am Montagabend", "in der Nacht auf Dienstag"), months ("von Januar bis
  September", "Von Juli bis September", "in the June-to-August period" - ninety-first: "the
  October-December quarter"), seasons ("im Frühjahr", "im Sommer 2026" its year only) and
  clock times ("um 9.45 Uhr" - the dotted form as the hundredth's "um 2.00 Uhr" -, "shortly
  before 6 a.m.").
- Money in the currency written (every batch): EUR ("rund 2,7 Milliarden Euro ..., knapp 900
  Millionen Euro davon", "um 1,4 Milliarden Euro gekürzt" - "um" before a difference no
  hedge -, "rund 9 Milliarden Euro" with "jährlich" none, "rund 3,3 Billionen Euro" 3.3e12 -
  a German "Billion" is a million millions, twenty-second -, "auf 1,62 Milliarden Euro",
  "insgesamt rund 48 Millionen Euro" "about" - "insgesamt" no hedge -, "knapp 5 Millionen
  Euro" "nearly", "rund 7,3 Millionen Euro", "bislang erst 1,9 Millionen Euro" with no
  hedge, "9.8 million euros", "between 4 million and 6 million euros" both - the currency
  written once serves the earlier figure, hundred-seventeenth; "between" no hedge,
  forty-first -, "3.2 million euros", "41.5 million euros"), CHF ("2,06 Milliarden Franken",
  "400'000 Franken" - Swiss apostrophe, tenth), TRY ("250 Millionen Lira, umgerechnet rund
  5,1 Millionen Euro" - eightieth: "Lira" TRY; "umgerechnet" no hedge, "rund" the hedge,
  hundred-seventeenth), DKK ("about 2.1 billion Danish crowns ($328 million)" -
  hundred-twenty-fifth: Danish crowns; the converted figure in brackets with no hedge,
  eightieth), USD ("($11.4 million)", "$3,972.40 an ounce" - "an ounce" none -, "Sterling
  fell 0.3% to $1.3281" USD as the eleventh's "Sterling climbed ... to $1.3418"), GBP ("1.4
  billion pounds").
- Years and dates: "für 2026", "bis Ende 2029", "seit 2015", "bis Ende 2027", "im Sommer
  2026", "bereits 2024", "von 2022", "für 2026", "zwischen 2020 und 2022" both, "im Frühjahr
  2024", "seit 2017", "1938", "aus den Jahren 2000 bis 2024" both, "Seit 2015", "Bis 2050",
  "since early 2021", "The 1894 canvas", "set in 2011", "died in 1921", "by 2030"; "ab dem
  1. Januar 2027" the full date 2027-01-01 (hundred-nineteenth: "by July 1, 2026"; "ab" no
  hedge), "am 6. November" --11-06, "von 7. bis 10. Oktober" two dates
  (hundred-twenty-first: "vom 17. bis 20. Juni"), "seit dem 11. August" --08-11, "für den 3.
  November" --11-03, "am 17. November" --11-17, "am 24. Oktober" --10-24, "bis 15. Februar"
  --02-15 ("bis" before a date no hedge, hundred-thirty-fifth), "on November 8" --11-08, "on
  October 20" --10-20 dates without a year; Reuters and AFP datelines with a day ("LONDON,
  Oct 14 (Reuters)" three times, "PARIS, Oct 14 (AFP)"; hundred-fifteenth) dates without a
  year; APA, dpa, Keystone-SDA, Reuters German ("Luxemburg (Reuters) -", "Frankfurt
  (Reuters) -"), AFP German ("Paris (AFP) -", "Istanbul (AFP) -"), AP ("DENVER (AP) —") and
  PA ("LONDON (PA) -") datelines none (seventy-ninth).
- Hedges, only the names in use: "rund", "Rund", "etwa", "about" "about"; "knapp", "Knapp"
  "nearly"; "mehr als", "Gut", "more than", "over" before an age "over"; "Mindestens"
  "at_least"; "bis zu", "Up to" "up_to". No hedge: "davon", "insgesamt", "zusammen",
  "weitere", "bereits", "erst", "bislang erst", "nur", "inzwischen", "derzeit", "im
  Schnitt", "durchschnittlich", "sogar", "umgerechnet", "zwischen", "between", "median",
  "um" before a difference, "ab", "bis" before a date, "over" before an article, "mehr",
  "weniger", "more" and "unter dem Niveau" after a figure.
- Speakers, checked only in forms the earlier batches settled: "sagte X" and "X sagte, ..."
  with the title dropped ("Finanzminister ... im Plenum", "Justizministerin",
  "Vorstandschef", "Betriebsratschefin", "Arbeitgeber-Verhandler", "Polizeisprecher",
  "Gemeindepräsident", "der Vorsitzende Richter", "ÖSV-Sportdirektor", "Studienleiterin";
  thirteenth, forty-second, hundred-twentieth, hundred-thirty-first), "Nach Angaben des
  Statistischen Bundesamts" -> "das Statistische Bundesamt" (hundred-nineteenth: "teilte das
  Statistische Bundesamt mit"), "nach Angaben des Tiefbauamts" -> "das Tiefbauamt", "nach
  Angaben des Börsenvereins" -> "der Börsenverein" and "Nach Angaben der Polizei" -> "die
  Polizei" the source in the nominative (seventieth, hundred-seventeenth,
  hundred-twenty-first), "Nach Angaben der Afad" -> "die Afad" (hundred-thirty-fifth:
  "teilte die Afad am Abend mit"), "wie das Staatssekretariat für Migration (SEM) am
  Dienstag mitteilte" -> "das Staatssekretariat für Migration" and "wie der Verband der
  Schweizerischen Uhrenindustrie (FH) mitteilte" -> "der Verband der Schweizerischen
  Uhrenindustrie" (the abbreviation in brackets and the weekday dropped, eighty-fifth and
  ninety-second), "wie das ZEW am Dienstag mitteilte" -> "das ZEW" (ninety-ninth: "wie die
  Stadt mitteilte"), "wie die Statistik Austria am Dienstag mitteilte" -> "die Statistik
  Austria" (tenth), "teilte das Unternehmen am Dienstag mit", "teilte der ÖFB am Dienstag
  mit", "teilte der Veranstalter mit" (hundred-thirty-third), "teilte das Museum mit"
  (hundred-twenty-first), "teilte die Kantonspolizei Graubünden mit" (fortieth) and "teilte
  das Landeskriminalamt Nordrhein-Westfalen mit" (the place part of the name,
  hundred-eighteenth and hundred-twenty-first: "wie die Staatsanwaltschaft Magdeburg
  mitteilte"). English: "the Office for National Statistics said" (twenty-ninth,
  hundred-thirty-ninth), "the Colorado State Patrol said" and "the National Weather Service
  said" with the article (eightieth), "the patrol said" -> "the patrol" (the body named in
  full in an earlier row taken up by its common noun, hundred-twenty-third and
  hundred-twenty-fifth: "the regulator"), "the company said on Tuesday" -> "the company"
  (hundred-nineteenth), "Sonvik said on Tuesday", "Fenwick said", "Delorme & Fils said" and
  "Ashcombe said" as written (hundred-seventeenth: "Euroclear said"; hundred-twenty-first:
  "Sotheby's said"), "Work and Pensions Secretary Helen Ashdown said" and "Trooper Megan
  Strand said" the name with the office or rank dropped (fifteenth, hundred-eighteenth).
  Left unchecked (None): "Die Grünen verwiesen darauf" (hundred-thirty-eighth: "verwies(en)
  auf"), "rechnet das SEM", "Das Wifo rechnet", "Ökonomen der Bank Carrow & Pike schätzen",
  "Die Veranstalter erwarten", "Von Reuters befragte Ökonomen", "Economists in a Reuters
  survey" and "Analysts at Harcourt Securities estimate" (estimating verbs and groups,
  hundred-tenth, hundred-thirty-first), "nach EU-Angaben" (hundredth: "nach
  Unternehmensangaben"), "Die EU-Außenbeauftragte sagte" (a role without a name,
  hundred-fifteenth), "hatte ... angekündigt" and "hatte ... gefordert"
  (hundred-thirty-first), "einer Studie zufolge" and "einer neuen Studie zufolge" (a
  document, hundred-second), "official data showed", "an early estimate showed" and
  "according to the ArtPulse market report" (data and documents), "authorities said" (a
  plural group, forty-first), "auction house Delorme & Fils said" (a description before the
  name, fortieth), "It now expects" (a pronoun), rows without attribution and all negatives,
  also those with a named speaker.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_148 = [
    # --- Nationalrat beschließt Budgetbegleitgesetz (APA) ---
    (
        "de",
        "Wien (APA) - Der Nationalrat hat am Dienstag nach einer knapp neunstündigen Debatte das Budgetbegleitgesetz für 2026 beschlossen.",
        True,
        [("duration", 9, "hour", "nearly"), ("year", 2026, None, None)],
        None,
    ),
    (
        "de",
        "Für die Vorlage stimmten 98 Abgeordnete der Regierungsparteien, 83 Mandatarinnen und Mandatare der Opposition votierten dagegen.",
        True,
        [("count", 98, None, None), ("count", 83, None, None)],
        None,
    ),
    (
        "de",
        "Das Gesetz sieht Einsparungen von rund 2,7 Milliarden Euro vor, knapp 900 Millionen Euro davon entfallen auf gestrichene Förderungen.",
        True,
        [("money", 2700000000, "EUR", "about"), ("money", 900000000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "„Wir senken das Defizit im kommenden Jahr auf 3,9 Prozent der Wirtschaftsleistung“, sagte Finanzminister Markus Stelzhammer im Plenum.",
        True,
        [("percent", 3.9, "%", None)],
        "Markus Stelzhammer",
    ),
    (
        "de",
        "„Wer soll diese Schulden denn zurückzahlen, wenn nicht unsere Kinder?“, fragte Stelzhammer in Richtung der Oppositionsbänke.",
        False,
        [],
        None,
    ),
    ("de", "Die FPÖ sprach von einem „Raubzug bei Pensionisten und Pendlern“.", False, [], None),
    (
        "de",
        "Die Grünen verwiesen darauf, dass die Mittel für den Klimaschutz um 1,4 Milliarden Euro gekürzt werden.",
        True,
        [("money", 1400000000, "EUR", None)],
        None,
    ),
    ("de", "Der Bundesrat befasst sich am 6. November mit dem Gesetz.", True, [("date", "--11-06", None, None)], None),
    # --- Bundestag verlängert Mietpreisbremse (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die Mietpreisbremse bleibt bis Ende 2029 in Kraft, der Bundestag stimmte am Dienstag für ihre Verlängerung.",
        True,
        [("year", 2029, None, None)],
        None,
    ),
    (
        "de",
        "In namentlicher Abstimmung votierten 371 Abgeordnete dafür, 254 dagegen, 19 enthielten sich.",
        True,
        [("count", 371, None, None), ("count", 254, None, None), ("count", 19, None, None)],
        None,
    ),
    (
        "de",
        "Die Regel gilt derzeit in rund 410 Städten und Gemeinden mit angespanntem Wohnungsmarkt, in denen etwa 26 Millionen Menschen leben.",
        True,
        [("count", 410, None, "about"), ("count", 26000000, None, "about")],
        None,
    ),
    (
        "de",
        "Bei einer Neuvermietung darf die Miete dort die ortsübliche Vergleichsmiete um bis zu zehn Prozent übersteigen.",
        True,
        [("percent", 10, "%", "up_to")],
        None,
    ),
    (
        "de",
        "Justizministerin Cornelia Harkenrath sagte, in den sieben größten Städten seien die Angebotsmieten seit 2015 um durchschnittlich 47 Prozent gestiegen.",
        True,
        [("count", 7, None, None), ("year", 2015, None, None), ("percent", 47, "%", None)],
        "Cornelia Harkenrath",
    ),
    (
        "de",
        "Die Union hatte ursprünglich nur eine Verlängerung um zwei Jahre gewollt.",
        True,
        [("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "Der Eigentümerverband Haus & Grund sprach von einem „Investitionskiller in Zeiten des Wohnungsmangels“.",
        False,
        [],
        None,
    ),
    ("de", "Der Deutsche Mieterbund nannte die Verlängerung „überfällig, aber viel zu zaghaft“.", False, [], None),
    (
        "de",
        "Nach Angaben des Statistischen Bundesamts stiegen die Bestandsmieten im vergangenen Jahr um 2,4 Prozent.",
        True,
        [("percent", 2.4, "%", None)],
        "das Statistische Bundesamt",
    ),
    # --- Weniger Asylgesuche (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - In der Schweiz sind im dritten Quartal deutlich weniger Asylgesuche gestellt worden als ein Jahr zuvor.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Von Juli bis September ersuchten 5'430 Personen um Asyl, 21 Prozent weniger als in der Vorjahresperiode, wie das Staatssekretariat für Migration (SEM) am Dienstag mitteilte.",
        True,
        [("count", 5430, None, None), ("percent", 21, "%", None)],
        "das Staatssekretariat für Migration",
    ),
    (
        "de",
        "Knapp ein Fünftel der Gesuche stammte von Menschen aus Afghanistan, gefolgt von der Türkei und Eritrea.",
        True,
        [("fraction", 0.2, None, "nearly")],
        None,
    ),
    ("de", "Die Schutzquote lag bei 38,6 Prozent.", True, [("percent", 38.6, "%", None)], None),
    (
        "de",
        "Für das ganze Jahr rechnet das SEM noch mit rund 22'500 Gesuchen.",
        True,
        [("count", 22500, None, "about")],
        None,
    ),
    (
        "de",
        "In den Bundesasylzentren sind derzeit 4'120 der rund 9'000 Plätze belegt.",
        True,
        [("count", 4120, None, None), ("count", 9000, None, "about")],
        None,
    ),
    ("de", "«Die Zahlen zeigen, dass die Verschärfungen wirken», sagte SVP-Nationalrat Reto Imhasly.", False, [], None),
    (
        "de",
        "Die Schweizerische Flüchtlingshilfe warnte davor, die sinkenden Zahlen als Entwarnung zu verstehen.",
        False,
        [],
        None,
    ),
    # --- Sonntagsfrage (APA) ---
    (
        "de",
        "Wien (APA) - Die FPÖ kommt in einer aktuellen Erhebung des Market-Instituts für den „Standard“ auf 35 Prozent und bleibt damit klar voran.",
        True,
        [("percent", 35, "%", None)],
        None,
    ),
    (
        "de",
        "Dahinter folgen die ÖVP mit 21 und die SPÖ mit 19 Prozent, die NEOS kommen auf neun, die Grünen auf acht Prozent.",
        True,
        [("percent", 21, "%", None), ("percent", 19, "%", None), ("percent", 9, "%", None), ("percent", 8, "%", None)],
        None,
    ),
    (
        "de",
        "Im Vergleich zur letzten Erhebung vor vier Wochen verlor die ÖVP einen Prozentpunkt, die FPÖ legte um zwei Punkte zu.",
        True,
        [("duration", 4, "week", None), ("percent", 1, "pp", None), ("percent", 2, "pp", None)],
        None,
    ),
    (
        "de",
        "Bei der Kanzlerfrage kommt der FPÖ-Chef auf 27 Prozent, der Kanzler auf 22 Prozent.",
        True,
        [("percent", 27, "%", None), ("percent", 22, "%", None)],
        None,
    ),
    (
        "de",
        "Befragt wurden von 7. bis 10. Oktober 1.200 Wahlberechtigte online, die Schwankungsbreite liegt bei 2,8 Prozentpunkten.",
        True,
        [
            ("date", "--10-07", None, None),
            ("date", "--10-10", None, None),
            ("count", 1200, None, None),
            ("percent", 2.8, "pp", None),
        ],
        None,
    ),
    (
        "de",
        "Drei Viertel der Befragten sind mit der Arbeit der Bundesregierung unzufrieden.",
        True,
        [("fraction", 0.75, None, None)],
        None,
    ),
    ("de", "Meinungsforscher Harald Pointner sprach von einem „Stillstand auf hohem Niveau“.", False, [], None),
    ("de", "Ob sich der Abstand bis zum Frühjahr verringert, ist offen.", False, [], None),
    # --- Neues Sanktionspaket (Reuters) ---
    (
        "de",
        "Luxemburg (Reuters) - Nach zweitägigen Beratungen haben die Außenminister der 27 EU-Staaten ein neues Sanktionspaket gegen Russland gebilligt, das 21. seit Kriegsbeginn.",
        True,
        [("duration", 2, "day", None), ("count", 27, None, None), ("ordinal", 21, None, None)],
        None,
    ),
    (
        "de",
        "Vorgesehen sind unter anderem ein Verbot russischer Flüssiggaslieferungen ab dem 1. Januar 2027 sowie Strafmaßnahmen gegen 118 weitere Tanker der sogenannten Schattenflotte.",
        True,
        [("date", "2027-01-01", None, None), ("count", 118, None, None)],
        None,
    ),
    (
        "de",
        "Damit stehen nach EU-Angaben insgesamt 675 Schiffe auf der Sanktionsliste.",
        True,
        [("count", 675, None, None)],
        None,
    ),
    (
        "de",
        "Die EU-Außenbeauftragte sagte, Moskau entgingen dadurch jährlich Einnahmen von rund 9 Milliarden Euro.",
        True,
        [("money", 9000000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Slowakei hatte ihre Blockade erst am Montagabend aufgegeben, nachdem ihr Ausnahmen bei Energieimporten zugesichert worden waren.",
        True,
        [],
        None,
    ),
    ("de", "Der Kreml sprach von „illegitimen Maßnahmen“, die Europa selbst am meisten schadeten.", False, [], None),
    ("de", "In Brüssel hofft man, dass der Druck Moskau an den Verhandlungstisch zwingt.", False, [], None),
    # --- Misstrauensvotum in Paris (AFP) ---
    (
        "de",
        "Paris (AFP) - Frankreichs Regierung ist einem Sturz in der Nationalversammlung knapp entgangen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Den Misstrauensantrag der Linkspartei unterstützten 263 Abgeordnete, nötig gewesen wären 289 Stimmen.",
        True,
        [("count", 263, None, None), ("count", 289, None, None)],
        None,
    ),
    (
        "de",
        "Es war bereits der dritte Misstrauensantrag gegen das Kabinett seit Juli.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Premierminister Étienne Valmorel hatte zuvor angekündigt, die Anhebung des Rentenalters auf 64 Jahre vorerst auszusetzen.",
        True,
        [("duration", 64, "year", None)],
        None,
    ),
    (
        "de",
        "„Diese Regierung lebt auf Bewährung“, sagte der Fraktionschef der Sozialisten nach der Abstimmung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Frankreichs Staatsschulden belaufen sich auf rund 3,3 Billionen Euro, das sind etwa 113 Prozent der Wirtschaftsleistung.",
        True,
        [("money", 3300000000000, "EUR", "about"), ("percent", 113, "%", "about")],
        None,
    ),
    (
        "de",
        "Das Haushaltsdefizit soll nach den Plänen des Kabinetts im kommenden Jahr auf 4,9 Prozent der Wirtschaftsleistung sinken.",
        True,
        [("percent", 4.9, "%", None)],
        None,
    ),
    ("de", "Beobachter rechnen damit, dass die Opposition schon bald einen neuen Anlauf unternimmt.", False, [], None),
    # --- Shutdown in den USA (dpa) ---
    (
        "de",
        "Washington (dpa) - Der teilweise Stillstand der US-Regierung dauert inzwischen seit 22 Tagen an.",
        True,
        [("duration", 22, "day", None)],
        None,
    ),
    (
        "de",
        "Rund 640.000 Bundesbedienstete sind im Zwangsurlaub, weitere 580.000 arbeiten vorerst ohne Bezahlung.",
        True,
        [("count", 640000, None, "about"), ("count", 580000, None, None)],
        None,
    ),
    (
        "de",
        "Betroffen sind unter anderem Nationalparks, die Steuerbehörde und Teile der Lebensmittelaufsicht.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Im Senat scheiterte am Montag zum neunten Mal ein Übergangshaushalt, der 60 Stimmen gebraucht hätte, aber nur 52 erhielt.",
        True,
        [("ordinal", 9, None, None), ("count", 60, None, None), ("count", 52, None, None)],
        None,
    ),
    (
        "de",
        "Ökonomen der Bank Carrow & Pike schätzen, dass jede Woche Stillstand das Wachstum im vierten Quartal um 0,1 Prozentpunkte drückt.",
        True,
        [("ordinal", 4, None, None), ("percent", 0.1, "pp", None)],
        None,
    ),
    ("de", "Beide Parteien weisen sich gegenseitig die Schuld an der Blockade zu.", False, [], None),
    (
        "de",
        "„Die Demokraten nehmen das ganze Land in Geiselhaft“, sagte der republikanische Mehrheitsführer im Senat.",
        False,
        [],
        None,
    ),
    # --- UK labour market (Reuters) ---
    (
        "en",
        "LONDON, Oct 14 (Reuters) - British unemployment climbed to 5.1% in the June-to-August period, the highest rate since early 2021, official data showed on Tuesday.",
        True,
        [("date", "--10-14", None, None), ("percent", 5.1, "%", None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "Economists in a Reuters survey had predicted no change in the rate from 4.9%.",
        True,
        [("percent", 4.9, "%", None)],
        None,
    ),
    (
        "en",
        "Regular pay growth, which excludes bonuses, slowed to 4.3% from 4.6%, the Office for National Statistics said.",
        True,
        [("percent", 4.3, "%", None), ("percent", 4.6, "%", None)],
        "the Office for National Statistics",
    ),
    (
        "en",
        "Payrolled employment dropped by 21,000 in September, an early estimate showed.",
        True,
        [("count", 21000, None, None)],
        None,
    ),
    (
        "en",
        "Vacancies dropped by 13,000 to 704,000, the 31st consecutive fall on a quarterly basis.",
        True,
        [("count", 13000, None, None), ("count", 704000, None, None), ("ordinal", 31, None, None)],
        None,
    ),
    (
        "en",
        "The claimant count, a separate measure, rose by 17,300 to 1.69 million.",
        True,
        [("count", 17300, None, None), ("count", 1690000, None, None)],
        None,
    ),
    (
        "en",
        "Sterling fell 0.3% to $1.3281 after the release.",
        True,
        [("percent", 0.3, "%", None), ("money", 1.3281, "USD", None)],
        None,
    ),
    (
        "en",
        "Work and Pensions Secretary Helen Ashdown said 1.2 million more people were in work than at the time of the last general election.",
        True,
        [("count", 1200000, None, None)],
        "Helen Ashdown",
    ),
    (
        "en",
        '"These figures are a wake-up call for a government that has taxed jobs out of existence," the Conservatives\' business spokesman said.',
        False,
        [],
        None,
    ),
    ("en", "Traders now see another Bank of England rate cut before Christmas as likely.", False, [], None),
    ("en", "Whether the slowdown in pay will be enough to cool services inflation remains unclear.", False, [], None),
    # --- ZEW-Konjunkturerwartungen (Reuters) ---
    (
        "de",
        "Frankfurt (Reuters) - Die Konjunkturerwartungen von Finanzexperten haben sich im Oktober überraschend aufgehellt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Das ZEW-Barometer stieg um 4,1 auf 41,7 Punkte, wie das ZEW am Dienstag mitteilte.",
        True,
        [("count", 4.1, None, None), ("count", 41.7, None, None)],
        "das ZEW",
    ),
    (
        "de",
        "Von Reuters befragte Ökonomen hatten nur mit 38,5 Punkten gerechnet.",
        True,
        [("count", 38.5, None, None)],
        None,
    ),
    (
        "de",
        "Die Einschätzung der aktuellen Lage verbesserte sich kaum und liegt bei minus 76,4 Punkten.",
        True,
        [("count", -76.4, None, None)],
        None,
    ),
    ("de", "Das Institut sprach von einem „zarten Hoffnungsschimmer“.", False, [], None),
    (
        "de",
        "Ökonomen warnen allerdings, dass der Zollstreit mit den USA die Erholung rasch wieder zunichtemachen könnte.",
        False,
        [],
        None,
    ),
    # --- Inflation im September (APA) ---
    (
        "de",
        "Wien (APA) - Österreichs Inflationsrate hat im September 4,3 Prozent erreicht, wie die Statistik Austria am Dienstag mitteilte.",
        True,
        [("percent", 4.3, "%", None)],
        "die Statistik Austria",
    ),
    ("de", "Im August hatte die Teuerung noch bei 3,9 Prozent gelegen.", True, [("percent", 3.9, "%", None)], None),
    (
        "de",
        "Haupttreiber waren die Energiepreise, die sich binnen Jahresfrist um 9,8 Prozent verteuerten.",
        True,
        [("percent", 9.8, "%", None)],
        None,
    ),
    (
        "de",
        "Lebensmittel und alkoholfreie Getränke kosteten um 4,7 Prozent mehr als im September des Vorjahres.",
        True,
        [("percent", 4.7, "%", None)],
        None,
    ),
    (
        "de",
        "Die Kerninflation ohne Energie, Lebensmittel, Alkohol und Tabak lag bei 3,6 Prozent.",
        True,
        [("percent", 3.6, "%", None)],
        None,
    ),
    (
        "de",
        "Gut ein Drittel der Inflationsrate ging auf das Konto von Wohnen, Wasser und Energie.",
        True,
        [("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "de",
        "Im Euroraum lag die Teuerung zuletzt bei 2,2 Prozent, Österreich weist damit eine der höchsten Raten der Währungsunion auf.",
        True,
        [("percent", 2.2, "%", None)],
        None,
    ),
    (
        "de",
        "Arbeiterkammer-Ökonomin Sabine Wurzinger sprach von einem „Armutszeugnis für die Regierung“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Wifo rechnet für 2026 mit einer durchschnittlichen Inflationsrate von 2,6 Prozent.",
        True,
        [("year", 2026, None, None), ("percent", 2.6, "%", None)],
        None,
    ),
    (
        "de",
        "Wirtschaftsforscher erwarten, dass die Teuerung erst im Laufe des kommenden Jahres spürbar nachlässt.",
        False,
        [],
        None,
    ),
    # --- Stellenabbau bei Autozulieferer (dpa) ---
    (
        "de",
        "Schweinfurt (dpa) - Der Autozulieferer Hartwig Antriebstechnik streicht bis Ende 2027 rund 1.400 seiner 5.200 Stellen in Deutschland.",
        True,
        [("year", 2027, None, None), ("count", 1400, None, "about"), ("count", 5200, None, None)],
        None,
    ),
    (
        "de",
        "Das Werk in Bamberg mit 380 Beschäftigten soll im Sommer 2026 geschlossen werden, teilte das Unternehmen am Dienstag mit.",
        True,
        [("count", 380, None, None), ("year", 2026, None, None)],
        "das Unternehmen",
    ),
    (
        "de",
        "Vorstandschef Tobias Erlewein sagte, der Umsatz sei von Januar bis September um 11 Prozent auf 1,62 Milliarden Euro eingebrochen.",
        True,
        [("percent", 11, "%", None), ("money", 1620000000, "EUR", None)],
        "Tobias Erlewein",
    ),
    ("de", "„Wir haben uns diese Entscheidung nicht leicht gemacht“, sagte Erlewein.", False, [], None),
    (
        "de",
        "Betriebsratschefin Nadine Kesselring sagte, die Belegschaft habe bereits 2024 auf eine Tariferhöhung von 3,1 Prozent verzichtet.",
        True,
        [("year", 2024, None, None), ("percent", 3.1, "%", None)],
        "Nadine Kesselring",
    ),
    (
        "de",
        "Die IG Metall sprach von einem „Ausverkauf der ganzen Region“ und legte einen Sieben-Punkte-Plan zum Erhalt der Standorte vor.",
        True,
        [("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "Die Aktie des Unternehmens schloss in Frankfurt 6,4 Prozent im Minus.",
        True,
        [("percent", 6.4, "%", None)],
        None,
    ),
    (
        "de",
        "Bayerns Wirtschaftsminister forderte den Bund auf, „endlich die Energiepreise in den Griff zu bekommen“.",
        False,
        [],
        None,
    ),
    # --- Uhrenexporte (Keystone-SDA) ---
    (
        "de",
        "Biel (Keystone-SDA) - Die Exporte der Schweizer Uhrenindustrie sind im September zum fünften Mal in Folge gesunken.",
        True,
        [("ordinal", 5, None, None)],
        None,
    ),
    (
        "de",
        "Die Ausfuhren gingen gegenüber dem Vorjahresmonat um 7,3 Prozent auf 2,06 Milliarden Franken zurück, wie der Verband der Schweizerischen Uhrenindustrie (FH) mitteilte.",
        True,
        [("percent", 7.3, "%", None), ("money", 2060000000, "CHF", None)],
        "der Verband der Schweizerischen Uhrenindustrie",
    ),
    (
        "de",
        "In die USA, den wichtigsten Markt, wurden 23 Prozent weniger Uhren geliefert als ein Jahr zuvor.",
        True,
        [("percent", 23, "%", None)],
        None,
    ),
    (
        "de",
        "Grund ist der Zollsatz von 36 Prozent, den Washington seit dem 11. August auf die meisten Schweizer Einfuhren erhebt.",
        True,
        [("percent", 36, "%", None), ("date", "--08-11", None, None)],
        None,
    ),
    (
        "de",
        "Nach China und Hongkong wurden zusammen 12,4 Prozent weniger Zeitmesser exportiert, nach Japan hingegen 5,2 Prozent mehr.",
        True,
        [("percent", 12.4, "%", None), ("percent", 5.2, "%", None)],
        None,
    ),
    (
        "de",
        "«Die Branche erlebt das schwierigste Jahr seit der Finanzkrise», sagte FH-Präsident Yves Bachelin.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Mehrere Hersteller im Jurabogen haben Kurzarbeit beantragt, darunter zwei Zulieferer mit zusammen rund 450 Angestellten.",
        True,
        [("count", 2, None, None), ("count", 450, None, "about")],
        None,
    ),
    # --- Metaller-KV vertagt (APA) ---
    (
        "de",
        "Wien (APA) - Die Kollektivvertragsverhandlungen für die rund 147.000 Beschäftigten der Metalltechnischen Industrie sind am Dienstag ohne Ergebnis vertagt worden.",
        True,
        [("count", 147000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Gewerkschaften PRO-GE und GPA fordern ein Plus von 4,6 Prozent, die Arbeitgeber bieten 1,9 Prozent bei einer Laufzeit von zwei Jahren.",
        True,
        [("percent", 4.6, "%", None), ("percent", 1.9, "%", None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "Als Basis dient die rollierende Inflation der letzten zwölf Monate von 3,1 Prozent.",
        True,
        [("duration", 12, "month", None), ("percent", 3.1, "%", None)],
        None,
    ),
    (
        "de",
        "Die nächste Runde ist für den 3. November angesetzt, es wäre bereits die vierte.",
        True,
        [("date", "--11-03", None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Sollte es dann keine Einigung geben, seien Betriebsversammlungen und Warnstreiks möglich, sagte PRO-GE-Chefverhandler Reinhold Tauchner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Arbeitgeber-Verhandler Christian Moosbrugger sagte, die Auftragseingänge der Branche lägen um 14 Prozent unter dem Niveau von 2022.",
        True,
        [("percent", 14, "%", None), ("year", 2022, None, None)],
        "Christian Moosbrugger",
    ),
    ("de", "„Wer jetzt die Löhne hochtreibt, gefährdet Arbeitsplätze“, warnte Moosbrugger.", False, [], None),
    (
        "de",
        "Im Vorjahr hatten sich die Sozialpartner erst nach sechs Runden auf ein Plus von 5,3 Prozent geeinigt.",
        True,
        [("count", 6, None, None), ("percent", 5.3, "%", None)],
        None,
    ),
    # --- European markets (Reuters) ---
    (
        "en",
        "LONDON, Oct 14 (Reuters) - European shares fell on Tuesday, with the pan-European STOXX 600 index closing 0.7% lower as renewed trade tensions between Washington and Beijing hit carmakers and chipmakers.",
        True,
        [("date", "--10-14", None, None), ("percent", 0.7, "%", None)],
        None,
    ),
    (
        "en",
        "Germany's DAX lost 1.1%, while France's CAC 40 shed 0.8%.",
        True,
        [("percent", 1.1, "%", None), ("percent", 0.8, "%", None)],
        None,
    ),
    (
        "en",
        "The autos index slumped 2.9%, its biggest one-day drop since April.",
        True,
        [("percent", 2.9, "%", None), ("duration", 1, "day", None)],
        None,
    ),
    (
        "en",
        "Shares in Danish hearing-aid maker Sonvik tumbled 14%, wiping about 2.1 billion Danish crowns ($328 million) off its market value.",
        True,
        [("percent", 14, "%", None), ("money", 2100000000, "DKK", "about"), ("money", 328000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Sonvik said on Tuesday that demand in the United States had weakened sharply in the third quarter.",
        True,
        [("ordinal", 3, None, None)],
        "Sonvik",
    ),
    (
        "en",
        "It now expects organic sales growth of 2% to 4% this year, down from a previous forecast of 6% to 8%.",
        True,
        [("percent", 2, "%", None), ("percent", 4, "%", None), ("percent", 6, "%", None), ("percent", 8, "%", None)],
        None,
    ),
    (
        "en",
        '"The market is punishing anything with China exposure first and asking questions later," said Kristina Hollerith, a strategist at Marlowe Capital.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Germany's 10-year Bund yield fell 3 basis points to 2.58%.",
        True,
        [("duration", 10, "year", None), ("percent", 3, "bp", None), ("percent", 2.58, "%", None)],
        None,
    ),
    (
        "en",
        "Gold rose 1.2% to $3,972.40 an ounce.",
        True,
        [("percent", 1.2, "%", None), ("money", 3972.4, "USD", None)],
        None,
    ),
    (
        "en",
        "Investors will look to bank earnings later in the week for clues on the health of the U.S. consumer.",
        False,
        [],
        None,
    ),
    # --- Busunfall auf der Brennerautobahn (APA) ---
    (
        "de",
        "Innsbruck (APA) - Bei einem Busunfall auf der Brennerautobahn (A13) sind am Dienstagfrüh 23 Menschen verletzt worden, vier davon schwer.",
        True,
        [("count", 23, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Der Reisebus mit 41 Insassen aus Bayern war bei Matrei von der Fahrbahn geraten und gegen eine Leitschiene geprallt.",
        True,
        [("count", 41, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der Polizei waren Rettungskräfte aus fünf Bezirken sowie drei Notarzthubschrauber im Einsatz.",
        True,
        [("count", 5, None, None), ("count", 3, None, None)],
        "die Polizei",
    ),
    (
        "de",
        "Die Autobahn war in Fahrtrichtung Italien knapp vier Stunden lang gesperrt, der Stau reichte zeitweise bis zu zwölf Kilometer zurück.",
        True,
        [("duration", 4, "hour", "nearly"), ("count", 12, None, "up_to")],
        None,
    ),
    (
        "de",
        "„Ein Alkotest beim Lenker verlief negativ“, sagte Polizeisprecher Stefan Aigner.",
        True,
        [],
        "Stefan Aigner",
    ),
    (
        "de",
        "„Da haben alle Beteiligten Glück im Unglück gehabt“, sagte ein Sprecher des Roten Kreuzes.",
        False,
        [],
        None,
    ),
    ("de", "Warum der Bus von der Fahrbahn abkam, ist noch unklar.", False, [], None),
    (
        "de",
        "Es ist bereits der zweite schwere Busunfall auf der Strecke binnen eines Monats.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    # --- Razzia gegen Anlagebetrüger (dpa) ---
    (
        "de",
        "Düsseldorf (dpa) - Mit einer Großrazzia in sieben Bundesländern sind Ermittler gegen eine mutmaßliche Bande von Online-Betrügern vorgegangen.",
        True,
        [("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "Rund 900 Polizistinnen und Polizisten durchsuchten seit dem frühen Morgen 64 Wohnungen und Geschäftsräume, teilte das Landeskriminalamt Nordrhein-Westfalen mit.",
        True,
        [("count", 900, None, "about"), ("count", 64, None, None)],
        "das Landeskriminalamt Nordrhein-Westfalen",
    ),
    (
        "de",
        "Zwölf Verdächtige im Alter von 19 bis 46 Jahren wurden festgenommen.",
        True,
        [("count", 12, None, None), ("duration", 19, "year", None), ("duration", 46, "year", None)],
        None,
    ),
    (
        "de",
        "Die Bande soll über gefälschte Anlageplattformen mehr als 3.100 Menschen um insgesamt rund 48 Millionen Euro gebracht haben.",
        True,
        [("count", 3100, None, "over"), ("money", 48000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Beamten stellten Bargeld, Luxusuhren und Kryptowährungen im Wert von knapp 5 Millionen Euro sicher.",
        True,
        [("money", 5000000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "Die Ermittlungen hatten im Frühjahr 2024 nach Anzeigen von Geschädigten aus Österreich und der Schweiz begonnen.",
        True,
        [("year", 2024, None, None)],
        None,
    ),
    (
        "de",
        "„Diese Täter gehen mit einer Skrupellosigkeit vor, die selbst erfahrene Ermittler erschreckt“, sagte der Innenminister.",
        False,
        [],
        None,
    ),
    ("de", "Es gilt die Unschuldsvermutung.", False, [], None),
    # --- Murgang im Albulatal (Keystone-SDA) ---
    (
        "de",
        "Chur (Keystone-SDA) - Schlamm und Geröll haben in der Nacht auf Dienstag den Weiler Plaun Sut im Albulatal teilweise verschüttet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Rund 80 Bewohnerinnen und Bewohner mussten ihre Häuser verlassen, verletzt wurde niemand, teilte die Kantonspolizei Graubünden mit.",
        True,
        [("count", 80, None, "about")],
        "die Kantonspolizei Graubünden",
    ),
    (
        "de",
        "Die Schlammmassen bedeckten eine Fläche von etwa 4 Hektaren und rissen zwei Ställe sowie ein Ferienhaus mit.",
        True,
        [("count", 4, None, "about"), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Innert 24 Stunden waren in der Region bis zu 140 Millimeter Regen gefallen, so viel wie sonst in zwei Monaten.",
        True,
        [("duration", 24, "hour", None), ("count", 140, None, "up_to"), ("duration", 2, "month", None)],
        None,
    ),
    (
        "de",
        "«Der Hang ist weiterhin in Bewegung, eine Rückkehr ist frühestens am Wochenende möglich», sagte Gemeindepräsident Curdin Bezzola.",
        True,
        [],
        "Curdin Bezzola",
    ),
    ("de", "«Wir stehen alle noch unter Schock», sagte eine Bewohnerin vor der Notunterkunft.", False, [], None),
    (
        "de",
        "Die Kantonsstrasse zwischen Tiefencastel und Filisur bleibt gesperrt, die Räumung dürfte nach Angaben des Tiefbauamts rund zwei Wochen dauern.",
        True,
        [("duration", 2, "week", "about")],
        "das Tiefbauamt",
    ),
    (
        "de",
        "Der Kanton sprach der Gemeinde eine Soforthilfe von 400'000 Franken zu.",
        True,
        [("money", 400000, "CHF", None)],
        None,
    ),
    # --- Erdbeben in der Westtürkei (AFP) ---
    (
        "de",
        "Istanbul (AFP) - Der Westen der Türkei ist am Dienstag von einem Erdbeben der Stärke 5,9 erschüttert worden.",
        True,
        [("count", 5.9, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der Afad lag das Epizentrum nahe Simav in der Provinz Kütahya in einer Tiefe von rund elf Kilometern.",
        True,
        [("count", 11, None, "about")],
        "die Afad",
    ),
    (
        "de",
        "Mindestens 17 Menschen wurden verletzt, mehrere ältere Gebäude stürzten ein.",
        True,
        [("count", 17, None, "at_least")],
        None,
    ),
    (
        "de",
        "Die Erschütterungen waren noch im rund 160 Kilometer entfernten Bursa zu spüren.",
        True,
        [("count", 160, None, "about")],
        None,
    ),
    ("de", "Bis zum Abend wurden mehr als 60 Nachbeben registriert.", True, [("count", 60, None, "over")], None),
    (
        "de",
        "Die Regierung stellte den betroffenen Gemeinden eine Soforthilfe von 250 Millionen Lira zur Verfügung, umgerechnet rund 5,1 Millionen Euro.",
        True,
        [("money", 250000000, "TRY", None), ("money", 5100000, "EUR", "about")],
        None,
    ),
    ("de", "Viele Menschen verbrachten die Nacht aus Angst vor weiteren Erdstößen im Freien.", False, [], None),
    # --- Colorado bus crash (AP) ---
    (
        "en",
        "DENVER (AP) — A charter bus carrying a high school band overturned on an icy mountain highway in Colorado on Monday night, killing two people and injuring 31, authorities said.",
        True,
        [("count", 2, None, None), ("count", 31, None, None)],
        None,
    ),
    (
        "en",
        "The bus was carrying 47 students and six adults back from a competition in Grand Junction when it slid off Interstate 70 near Vail Pass, the Colorado State Patrol said.",
        True,
        [("count", 47, None, None), ("count", 6, None, None)],
        "the Colorado State Patrol",
    ),
    (
        "en",
        "Among the dead was the driver, a 63-year-old man from Aurora, the patrol said.",
        True,
        [("duration", 63, "year", None)],
        "the patrol",
    ),
    (
        "en",
        "Four of the injured were flown to hospitals in Denver, where two remained in critical condition Tuesday.",
        True,
        [("count", 4, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Trooper Megan Strand said the bus had been traveling at about 45 mph when it lost traction on a curve.",
        True,
        [("count", 45, None, "about")],
        "Megan Strand",
    ),
    (
        "en",
        "Up to 10 inches of snow had fallen at higher elevations since Sunday afternoon, the National Weather Service said.",
        True,
        [("count", 10, None, "up_to")],
        "the National Weather Service",
    ),
    (
        "en",
        '"Those kids looked out for each other in the worst moments of their lives," Principal Karen Whitlow told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Parents waited in the school gymnasium through the night, some wrapped in blankets and clutching their phones.",
        False,
        [],
        None,
    ),
    ("en", "It was not immediately clear whether the bus had been fitted with snow chains.", False, [], None),
    ("en", "The highway reopened shortly before 6 a.m. Tuesday after crews cleared the wreckage.", True, [], None),
    # --- Betrug mit Testzentren (dpa) ---
    (
        "de",
        "Augsburg (dpa) - Wegen Millionenbetrugs mit Corona-Testzentren hat das Landgericht Augsburg einen 52-jährigen Unternehmer zu einer Haftstrafe von fünf Jahren und neun Monaten verurteilt.",
        True,
        [("duration", 52, "year", None), ("duration", 5, "year", None), ("duration", 9, "month", None)],
        None,
    ),
    (
        "de",
        "Der Angeklagte habe zwischen 2020 und 2022 rund 7,3 Millionen Euro für Tests abgerechnet, die nie stattgefunden hätten, sagte der Vorsitzende Richter Konrad Pfeiffer.",
        True,
        [("year", 2020, None, None), ("year", 2022, None, None), ("money", 7300000, "EUR", "about")],
        "Konrad Pfeiffer",
    ),
    ("de", "Der Mann hatte zum Prozessauftakt ein Teilgeständnis abgelegt.", True, [], None),
    (
        "de",
        "Die Staatsanwaltschaft hatte sieben Jahre Haft gefordert, die Verteidigung eine Bewährungsstrafe.",
        True,
        [("duration", 7, "year", None)],
        None,
    ),
    (
        "de",
        "Pfeiffer sprach von einem „Geschäftsmodell, das auf der Angst einer ganzen Gesellschaft aufgebaut war“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Von dem Geld sind bislang erst 1,9 Millionen Euro sichergestellt worden.",
        True,
        [("money", 1900000, "EUR", None)],
        None,
    ),
    ("de", "Das Urteil ist noch nicht rechtskräftig.", True, [], None),
    (
        "de",
        "„Mein Mandant hat Fehler gemacht, aber er ist kein Krimineller“, sagte sein Verteidiger nach der Verhandlung.",
        False,
        [],
        None,
    ),
    # --- WM-Qualifikation: Österreich - Rumänien (APA) ---
    (
        "de",
        "Wien (APA) - Mit einem 3:1-Sieg gegen Rumänien hat Österreichs Nationalteam einen großen Schritt Richtung WM-Endrunde gemacht.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Tore: 1:0 Reindlmayr (23.), 2:0 Sommerauer (58.), 2:1 Mitrea (66.), 3:1 Reindlmayr (81.).",
        True,
        [
            ("ordinal", 23, None, None),
            ("ordinal", 58, None, None),
            ("ordinal", 66, None, None),
            ("ordinal", 81, None, None),
        ],
        None,
    ),
    (
        "de",
        "Vor 46.200 Zuschauern im Ernst-Happel-Stadion traf Lukas Reindlmayr zweimal.",
        True,
        [("count", 46200, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Das ÖFB-Team führt die Gruppe H mit 18 Punkten aus sieben Spielen an, zwei Zähler vor Bosnien-Herzegowina.",
        True,
        [("count", 18, None, None), ("count", 7, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Ein Remis im letzten Gruppenspiel am 17. November in Zenica würde für den Gruppensieg reichen.",
        True,
        [("date", "--11-17", None, None)],
        None,
    ),
    ("de", "„Das war eine reife, erwachsene Leistung“, sagte der Teamchef.", False, [], None),
    (
        "de",
        "„Wir haben noch gar nichts erreicht, in Zenica wartet ein echter Kampf auf uns“, sagte Kapitän Markus Doppelhofer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Verteidiger Jonas Pranter zog sich eine Muskelverletzung im Oberschenkel zu und fällt für das Spiel in Zenica aus, teilte der ÖFB am Dienstag mit.",
        True,
        [],
        "der ÖFB",
    ),
    ("de", "Die Fans feierten die Mannschaft nach dem Schlusspfiff minutenlang mit Sprechchören.", False, [], None),
    # --- Weltcup-Auftakt in Sölden (APA) ---
    (
        "de",
        "Sölden (APA) - Der alpine Ski-Weltcup startet am 24. Oktober mit dem Riesentorlauf der Damen auf dem Rettenbachferner in die neue Saison.",
        True,
        [("date", "--10-24", None, None)],
        None,
    ),
    (
        "de",
        "Auf dem Gletscher liegen derzeit zwischen 40 und 60 Zentimeter Schnee, die Schneekontrolle ist für Montag angesetzt.",
        True,
        [("count", 40, None, None), ("count", 60, None, None)],
        None,
    ),
    (
        "de",
        "ÖSV-Sportdirektor Florian Eberharter sagte, das Team habe in den vergangenen drei Wochen in Chile und auf dem Mölltaler Gletscher trainiert.",
        True,
        [("duration", 3, "week", None)],
        "Florian Eberharter",
    ),
    ("de", "„Wir sind bereit, die Vorfreude ist riesig“, sagte Eberharter.", False, [], None),
    (
        "de",
        "Titelverteidigerin im Gesamtweltcup ist die Italienerin Chiara Benvenuti, die in der Vorsaison 1.482 Punkte gesammelt hatte.",
        True,
        [("count", 1482, None, None)],
        None,
    ),
    (
        "de",
        "Für das Auftaktwochenende wurden bisher rund 14.000 Tickets verkauft, teilte der Veranstalter mit.",
        True,
        [("count", 14000, None, "about")],
        "der Veranstalter",
    ),
    (
        "de",
        "Die Herren sind am Sonntag an der Reihe, Start des ersten Durchgangs ist um 9.45 Uhr.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    # --- Eishockey: Davos siegt in Zürich (Keystone-SDA) ---
    (
        "de",
        "Zürich (Keystone-SDA) - Der HC Davos hat in der National League seinen fünften Sieg in Serie gefeiert.",
        True,
        [("ordinal", 5, None, None)],
        None,
    ),
    (
        "de",
        "Die Bündner gewannen am Montagabend bei den ZSC Lions mit 4:2 und liegen nach 14 Runden mit 31 Punkten an der Tabellenspitze.",
        True,
        [("count", 14, None, None), ("count", 31, None, None)],
        None,
    ),
    (
        "de",
        "Matchwinner war der Finne Eero Halvari, der zwei Tore erzielte und ein weiteres vorbereitete.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Vor 11'340 Zuschauern in der Swiss Life Arena gelang den Zürchern erst in der 57. Minute der zweite Treffer.",
        True,
        [("count", 11340, None, None), ("ordinal", 57, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Davos hat damit 13 der letzten 16 Partien gewonnen.",
        True,
        [("count", 13, None, None), ("count", 16, None, None)],
        None,
    ),
    (
        "de",
        "«Wir haben sechzig Minuten lang Geschenke verteilt», sagte der ZSC-Trainer.",
        False,
        [("duration", 60, "minute", None)],
        None,
    ),
    # --- England squad (PA) ---
    (
        "en",
        "LONDON (PA) - England head coach Martin Ashcombe has named a 36-man squad for the autumn internationals, including five uncapped players.",
        True,
        [("count", 36, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "England open against Australia at Allianz Stadium on November 8, before meeting Fiji, New Zealand and Argentina.",
        True,
        [("date", "--11-08", None, None)],
        None,
    ),
    (
        "en",
        "Bath flanker Tom Eddery, 21, earns a first call-up after scoring nine tries in 11 Premiership appearances this season.",
        True,
        [
            ("duration", 21, "year", None),
            ("ordinal", 1, None, None),
            ("count", 9, None, None),
            ("count", 11, None, None),
        ],
        None,
    ),
    (
        "en",
        "Saracens lock Owen Pemberton misses out with a broken thumb and is expected to be sidelined for about six weeks.",
        True,
        [("duration", 6, "week", "about")],
        None,
    ),
    (
        "en",
        '"This is a squad built for the next two years, not just the next two months," Ashcombe said.',
        False,
        [("duration", 2, "year", None), ("duration", 2, "month", None)],
        None,
    ),
    (
        "en",
        "Ashcombe said the players would gather at the team's Surrey training base on October 20.",
        True,
        [("date", "--10-20", None, None)],
        "Ashcombe",
    ),
    ("en", "England finished third in this year's Six Nations.", True, [("ordinal", 3, None, None)], None),
    (
        "en",
        "Supporters will hope the new faces can end a run of four defeats in the last five Tests against New Zealand.",
        False,
        [("count", 4, None, None), ("count", 5, None, None)],
        None,
    ),
    ("en", 'Former England captain Simon Rathbone called the selection "brave, and about time."', False, [], None),
    # --- Frankfurter Buchmesse (dpa) ---
    (
        "de",
        "Frankfurt/Main (dpa) - Mit rund 3.900 Ausstellern aus 87 Ländern öffnet die Frankfurter Buchmesse am Mittwoch ihre Tore.",
        True,
        [("count", 3900, None, "about"), ("count", 87, None, None)],
        None,
    ),
    (
        "de",
        "Die Veranstalter erwarten bis Sonntag mehr als 220.000 Besucherinnen und Besucher.",
        True,
        [("count", 220000, None, "over")],
        None,
    ),
    (
        "de",
        "Auf mehr als 30 Bühnen sind bis Sonntag rund 1.500 Veranstaltungen geplant.",
        True,
        [("count", 30, None, "over"), ("count", 1500, None, "about")],
        None,
    ),
    (
        "de",
        "Der Umsatz des Buchhandels ging nach Angaben des Börsenvereins in den ersten neun Monaten um 1,6 Prozent zurück.",
        True,
        [("ordinal", 1, None, None), ("duration", 9, "month", None), ("percent", 1.6, "%", None)],
        "der Börsenverein",
    ),
    (
        "de",
        "Die Zahl der verkauften Bücher sank im selben Zeitraum sogar um 3,2 Prozent.",
        True,
        [("percent", 3.2, "%", None)],
        None,
    ),
    (
        "de",
        "„Das Buch ist nicht tot, es muss nur lauter werden“, sagte Börsenvereins-Vorsteherin Henrike Lamprecht.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Am Montagabend war im Frankfurter Römer der Deutsche Buchpreis an die Autorin Liesel Marquardt für ihren Roman „Die Fährfrau“ verliehen worden.",
        True,
        [],
        None,
    ),
    ("de", "Kritiker hatten den Roman als „leises, aber unerbittliches Buch“ gelobt.", False, [], None),
    # --- Retrospektive im Leopold Museum (APA) ---
    (
        "de",
        "Wien (APA) - Die Retrospektive der Malerin Hermine Traxl im Leopold Museum hat in den ersten vier Wochen mehr als 61.000 Besucherinnen und Besucher angelockt.",
        True,
        [("ordinal", 1, None, None), ("duration", 4, "week", None), ("count", 61000, None, "over")],
        None,
    ),
    (
        "de",
        "Das seien so viele wie bei keiner anderen Schau des Hauses seit 2017, teilte das Museum mit.",
        True,
        [("year", 2017, None, None)],
        "das Museum",
    ),
    (
        "de",
        "Gezeigt werden 212 Gemälde und Zeichnungen, ein Drittel davon erstmals öffentlich.",
        True,
        [("count", 212, None, None), ("fraction", 0.3333, None, None)],
        None,
    ),
    ("de", "„Traxl war die große Unbekannte der Wiener Moderne“, sagte Kuratorin Elfriede Pammer.", False, [], None),
    (
        "de",
        "Wegen des Andrangs wird die Ausstellung bis 15. Februar verlängert.",
        True,
        [("date", "--02-15", None, None)],
        None,
    ),
    (
        "de",
        "Traxl starb 1938 in Wien, ein Großteil ihres Werks galt jahrzehntelang als verschollen.",
        True,
        [("year", 1938, None, None)],
        None,
    ),
    # --- Record for Ravelle (AFP) ---
    (
        "en",
        "PARIS, Oct 14 (AFP) - A painting by the French post-impressionist Jeanne Ravelle sold for 9.8 million euros ($11.4 million) at auction in Paris on Monday evening, a record for the artist.",
        True,
        [("date", "--10-14", None, None), ("money", 9800000, "EUR", None), ("money", 11400000, "USD", None)],
        None,
    ),
    (
        "en",
        "The 1894 canvas, unseen in public for more than 70 years, had been expected to fetch between 4 million and 6 million euros, auction house Delorme & Fils said.",
        True,
        [
            ("year", 1894, None, None),
            ("duration", 70, "year", "over"),
            ("money", 4000000, "EUR", None),
            ("money", 6000000, "EUR", None),
        ],
        None,
    ),
    (
        "en",
        "Bidding lasted about 14 minutes, with four buyers competing by telephone.",
        True,
        [("duration", 14, "minute", "about"), ("count", 4, None, None)],
        None,
    ),
    ("en", "The buyer, a private collector from Asia, was not identified.", True, [], None),
    (
        "en",
        "The previous record for a Ravelle work was 3.2 million euros, set in 2011.",
        True,
        [("money", 3200000, "EUR", None), ("year", 2011, None, None)],
        None,
    ),
    (
        "en",
        "Ravelle, who died in 1921 at the age of 58, sold few works during her lifetime.",
        True,
        [("year", 1921, None, None), ("duration", 58, "year", None)],
        None,
    ),
    ("en", '"She painted light the way others painted faces," said curator Mathilde Sorel.', False, [], None),
    (
        "en",
        "Delorme & Fils said the sale brought its total for the autumn season to 41.5 million euros.",
        True,
        [("money", 41500000, "EUR", None)],
        "Delorme & Fils",
    ),
    (
        "en",
        "Dealers said the result showed the top end of the market remained resilient despite a broader slowdown.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Global auction sales of fine art fell 12% during the first half, according to the ArtPulse market report.",
        True,
        [("percent", 12, "%", None), ("ordinal", 1, None, None)],
        None,
    ),
    # --- Gletscherstudie (APA) ---
    (
        "de",
        "Innsbruck (APA) - Die Gletscher in den Ostalpen schmelzen einer neuen Studie zufolge deutlich schneller als bisher angenommen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Forschende der Universität Innsbruck werteten dafür Satellitendaten von 1.150 Gletschern aus den Jahren 2000 bis 2024 aus.",
        True,
        [("count", 1150, None, None), ("year", 2000, None, None), ("year", 2024, None, None)],
        None,
    ),
    (
        "de",
        "Demnach verloren die untersuchten Gletscher in diesem Zeitraum im Schnitt 38 Prozent ihres Volumens.",
        True,
        [("percent", 38, "%", None)],
        None,
    ),
    (
        "de",
        "Seit 2015 habe sich der jährliche Eisverlust fast verdoppelt, sagte Studienleiterin Veronika Haslwanter.",
        True,
        [("year", 2015, None, None)],
        "Veronika Haslwanter",
    ),
    (
        "de",
        "Bis 2050 dürften nach den Modellrechnungen rund zwei Drittel der heute noch bestehenden Gletscher in Österreich verschwunden sein.",
        True,
        [("year", 2050, None, None), ("fraction", 0.6667, None, "about")],
        None,
    ),
    ("de", "„Wir sehen dem Verschwinden einer ganzen Landschaft in Echtzeit zu“, sagte Haslwanter.", False, [], None),
    ("de", "Die Studie erschien im Fachjournal „The Cryosphere“.", True, [], None),
    # --- Jugendliche und soziale Medien (dpa) ---
    (
        "de",
        "Hamburg (dpa) - Jeder vierte Jugendliche in Deutschland nutzt soziale Medien einer Studie zufolge auf riskante Weise.",
        True,
        [("fraction", 0.25, None, None)],
        None,
    ),
    (
        "de",
        "Für die Untersuchung im Auftrag der Krankenkasse DAK befragte das Forsa-Institut 1.034 Zehn- bis 17-Jährige und je einen Elternteil.",
        True,
        [("count", 1034, None, None), ("duration", 10, "year", None), ("duration", 17, "year", None)],
        None,
    ),
    (
        "de",
        "Im Schnitt verbringen die Befragten an Werktagen 157 Minuten täglich auf Plattformen wie Tiktok, Instagram oder Snapchat.",
        True,
        [("duration", 157, "minute", None)],
        None,
    ),
    (
        "de",
        "Das sind 21 Minuten mehr als bei der letzten Befragung vor zwei Jahren.",
        True,
        [("duration", 21, "minute", None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "Knapp 6 Prozent der Befragten erfüllen demnach die Kriterien einer Abhängigkeit.",
        True,
        [("percent", 6, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Zwei Drittel der befragten Eltern gaben an, keine festen Regeln für die Nutzung von Smartphones aufgestellt zu haben.",
        True,
        [("fraction", 0.6667, None, None)],
        None,
    ),
    (
        "de",
        "Die Autoren appellieren an Eltern, mit ihren Kindern feste Bildschirmzeiten zu vereinbaren.",
        False,
        [],
        None,
    ),
    ("de", "„Wir erleben eine Generation, die nie abschaltet“, sagte der DAK-Vorstandschef.", False, [], None),
    # --- RSV vaccine trial (Reuters) ---
    (
        "en",
        "LONDON, Oct 14 (Reuters) - An experimental RSV vaccine developed by British biotech Fenwick Bio cut hospital admissions among adults over 75 by 71% in a large late-stage study, the company said on Tuesday.",
        True,
        [("date", "--10-14", None, None), ("duration", 75, "year", "over"), ("percent", 71, "%", None)],
        "the company",
    ),
    (
        "en",
        "The trial enrolled about 18,400 participants in 11 countries, half of whom received a placebo.",
        True,
        [("count", 18400, None, "about"), ("count", 11, None, None), ("fraction", 0.5, None, None)],
        None,
    ),
    (
        "en",
        "Over a median follow-up of 14 months, 19 people in the vaccine group were hospitalised, compared with 66 in the placebo group.",
        True,
        [("duration", 14, "month", None), ("count", 19, None, None), ("count", 66, None, None)],
        None,
    ),
    (
        "en",
        "Pain at the injection site, the most common side effect, was reported by 28% of vaccinated participants.",
        True,
        [("percent", 28, "%", None)],
        None,
    ),
    (
        "en",
        "The results were published in The New England Journal of Medicine and presented at a conference in Vienna.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Fenwick said it planned to seek approval in Britain and the European Union in the first quarter of next year.",
        True,
        [("ordinal", 1, None, None)],
        "Fenwick",
    ),
    (
        "en",
        '"This could change how we protect the oldest and frailest patients every winter," said chief medical officer Priya Kalsi.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Independent experts cautioned that it was too early to say how long the protection would last.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Analysts at Harcourt Securities estimate annual sales of the vaccine could reach 1.4 billion pounds by 2030.",
        True,
        [("money", 1400000000, "GBP", None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "Shares in Fenwick, which is listed on London's AIM market, jumped 38%.",
        True,
        [("percent", 38, "%", None)],
        None,
    ),
]
