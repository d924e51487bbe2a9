"""Two-hundred-and-twentieth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms and figures are made up
(Bernhard Quellmalz, Edith Kornberger, Reinhold Tauchner, Sabine Ortner-Kais, Hendrik
Salewski, Veltrona, Karola Ebersbach, Ulrike Hanebeck, Thomas Gisler, Igor Warlamow, Wadim
Tschernych, Taras Melnytschuk, Regula Brändli, Marco Zanetti, Stefan Heindl, Sven Ollendorf,
Lukas Brenninger, Jonah Ezeoke, Marion Hellweg, Lea Wieland, Matthias Kronauer, Tobias
Reinartz, Beat Zurbriggen; Gareth Penhallow, Annika Westerlund, Norrvik, Pieter
Vandermolen, Denise Okafor, Taras Melnychuk, Vadim Chernykh, Igor Varlamov, Lachlan
Meyrick, Aerlinn, Conor Brannigan, Dale Whitcombe, Amara Kouyaté, Declan Hartley, Jonas
Berg, Katrin Vasold, Bridget Hallam, Rajesh Khandelwal, Jonas Lindqvist, Glenn Atterbury,
Maria Ostrander; every unnamed spokesperson, official, analyst and industry group); where a
real office speaks (a finance, social, economy, interior, transport, education, foreign or
trade minister, a Landeshauptmann, a Kremlin spokesman, a deputy foreign minister, a NATO
secretary general, a chief of the Swiss army, a Generalinspekteur, a head of the Swiss
National Bank, an ECB board member, a U.S. commerce secretary, an FAA administrator, an
Australian treasurer, a mayor of Milwaukee, an EU trade commissioner, a football manager),
the holder is invented and stands for no real person; the Melnychuk/Melnytschuk,
Varlamov/Warlamow and Chernykh/Tschernych pairs are one invented person each, spelled as
the English and the German services write them. Real states, bodies, clubs, papers,
programmes and places (Bundesrechnungshof, Deutsche Bahn, Pro Bahn, Pro Asyl, Gewerkschaft
der Polizei, Bundespolizei, CSU, CDU, Grüne, Deutscher Städtetag, Deutsche Presse-Agentur,
Bundeswehr, Wehrbeauftragte, Verteidigungsministerium, Verband Deutscher
Verkehrsunternehmen, Deutschlandticket, Fiskalrat, parlamentarischer Budgetdienst,
Statistik Austria, Ärztekammer, SBB, Verkehrs-Club der Schweiz, Schweizerische
Nationalbank, Interfax, Kreml, ukrainischer Generalstab, Eintracht Frankfurt, Bayer
Leverkusen, FC Chelsea, „Süddeutsche Zeitung“, „Bild am Sonntag“, «NZZ am Sonntag»,
„Frankfurter Allgemeine Sonntagszeitung“, „Tagesspiegel“, «Tages-Anzeiger»,
Ö1-Morgenjournal, „ZIB 2“; BBC Radio 4's Today programme, HM Revenue and Customs, the
Office for Budget Responsibility, the Institute for Fiscal Studies, the Treasury, the
Financial Times, NATO, Boeing, CNBC, Statistics Canada, the World Health Organization,
LSEG, Handelsblatt, the European Central Bank, The Times, the National Education Union,
the Department for Education, the Federal Aviation Administration, the Reserve Bank of
Australia, the Kremlin, the European Union, Everton, Brentford, Hamburg, and the
datelines' cities) stand for the way wire copy names them; every budget, toll, share,
forecast, quote, label and reaction here is invented, and where a real figure came to mind
it was changed.

Its weight: INTERVIEWS AND PRESS CONFERENCES IN REPORTED SPEECH, second round for
interviews (the hundred-twenty-seventh batch was the first, and the eighty-fourth and
hundred-seventy-sixth weighed reported-speech chains; their decisions are kept) - three wire
weeks of one March, Monday 2 to Thursday 19, as 30 short stories in story order, the German
and English stories interleaved by day, each told as such copy runs it: a lead that names
the speaker once with the paper, the programme or the news conference ("sagte ... der
„Süddeutschen Zeitung“ (Samstag)", "der „Bild am Sonntag“", "der „Frankfurter Allgemeinen
Sonntagszeitung“", "im Interview mit der «NZZ am Sonntag»", "im Ö1-Morgenjournal", "in der
„ZIB 2“", "bei einer Pressekonferenz in Graz", "sagte der Agentur Interfax", "Das teilte
... mit.", "Das sagte ... dem „Tagesspiegel“."; "told BBC Radio 4's Today programme", "told
the Financial Times", "told Reuters in an interview", "told German newspaper Handelsblatt in
an interview published on Friday", "has told The Times", "told CNBC", "told senators",
"told his pre-match news conference", "told a news conference", "told reporters", "Interfax
quoted ... as saying"), then the chain in Konjunktiv I and in English indirect speech with
a pronoun, a role or nothing ("so der Minister", "so die Ministerin", "so der
Landeshauptmann", "so der Trainer", "so der General", "so die Bahnchefin", "Dem Armeechef
zufolge", "fügte sie hinzu", "fügte er hinzu", "fügte der CDU-Politiker hinzu", "betonte
er", "betonte sie", "sagte er weiter", "sagte die CSU-Politikerin", "sagte der Manager",
"erklärte der Vorstandschef", "sagte der Notenbankchef"; "he said", "she said", "he added",
"He added that", "she told the paper", "he told the channel", "the treasurer said", "the
official said", "the official added"), quotes split around the speaker within a sentence
(„...“, sagte X, „...“ and "...," X said, "...") and over two sentences, a dpa interview in
"Frage: ... / Hellweg: ..." form, the asked-and-answered lines ("Asked whether ...", "Auf
die Frage, ob ..."), and facts, plans and positions mixed with opinion and rhetoric:
budgets, pensions, job cuts, asylum figures, troop and recruit numbers, tariffs, fares,
deficits, rates, injuries and table places, homicides, cholera cases, teachers, trade
chapters and controllers. Negatives as such copy has them: quoted and reported rhetoric,
slogans, antitheses and creeds with a named speaker, labels by parties, unions and
associations, evasions and no-comment lines, open questions, an appeal, the interviewer's
questions, the credit line, a joke-like brush-off ("Ask me again in the fall.") and the
caveat that neither side's account can be verified.

237 rows (120 German, 117 English), 56 negatives (29 German, 27 English), 181 check-worthy
rows of which 14 carry no figure (11 German, 3 English), 296 expected quantities (90
counts, 53 percentages - 50 in %, 3 in percentage points -, 45 amounts of money - 24 EUR,
7 USD, 5 CHF, 4 GBP, 4 AUD, 1 CAD -, 40 years, 24 durations - 12 in years, 4 in months, 4
in days, 3 in weeks, 1 in hours -, 20 fractions, 13 dates, 11 ordinals; 6 of them in 6
negatives, as the seventeenth batch labels a figure in a negative), 48 checked speakers (26
German, 22 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A Konjunktiv I or English
  indirect-speech paraphrase of a fact, a figure, a plan or a position is check-worthy with
  the speaker its own attribution gives, and with the speaker unchecked after a pronoun or
  a role or where the chain goes on without an attribution of its own ("Ein Fünftel davon
  wolle er ...", "Für die Generalsanierung ... veranschlage der Bund ..., so die
  Bahnchefin.", "Jeder vierte Rekrut breche ..., so der General.", "He said roughly
  two-fifths ...", "she told the paper"; thirty-seventh, eighty-fourth,
  hundred-twenty-seventh, hundred-seventy-sixth). Quoted or reported rhetoric, slogans,
  antitheses, creeds, labels, appeals and readiness without a step are negatives with
  speaker None, also with a named speaker (eighty-fourth, hundred-seventy-sixth,
  two-hundred-and-fourth). Pairs from one speaker: Quellmalz's 17 billion euros and 11
  percent beside his „Ausgabenproblem“; Kornberger's 2.7 percent beside her „jeden Euro
  zweimal umdrehen“ (count 2 labelled); Salewski's jobs beside „Physik und Preise“;
  Ebersbach's 2013 beside „unser Kurs wirkt“; Hanebeck's 70 percent beside „über Nacht“;
  Gisler's 13 billion francs beside „als könnte er morgen kommen“; Warlamow's rejection
  beside his readiness „auf Grundlage der Realitäten vor Ort“ and its English twin;
  Heindl's 320 million euros beside „kein Naturgesetz“; Ollendorf's five players beside
  „Wir jammern nicht“ (his 46 years labelled); Hellweg's figures beside her jab;
  Kronauer's recruits beside „Nulltarif“; Reinartz's 14 million beside „unschlagbares
  Angebot“; Zurbriggen's 0 percent beside „nie gescheut“; Penhallow's 9 billion pounds
  beside "on the backs of working people"; Westerlund's 2,300 jobs beside "too
  optimistic"; Vandermolen's 23 of 32 beside "real progress"; Okafor's 40 officers beside
  "not ... by luck"; Melnychuk's eight batteries beside "sleep through the night";
  Meyrick's deficit beside "the hard yards"; Brannigan's 29 aircraft beside "late, later
  and latest"; Whitcombe's 40% beside "waited 40 years" (labelled); Kouyaté's doses beside
  "racing the rainy season"; Hartley's six weeks beside "blame the pitch"; Vasold's 2%
  beside "fiddle with it"; Hallam's 6,500 teachers beside "inside out"; Khandelwal's 90%
  beside "partnership between equals"; Atterbury's 3,300 beside "a single budget cycle".
- Positions, plans and refusals without a figure are check-worthy (thirty-seventh:
  "Einen Kauf weiterer Kampfjets schloss ... aus"; eighty-fourth: a stated reason;
  hundred-seventy-sixth: a denial of a plan, „derzeit kein Thema“): "Eine Anhebung des
  gesetzlichen Pensionsalters schloss Kornberger ... aus.", "Eine Lockerung der
  Schuldenbremse lehne er ab, betonte er.", "Ein Verkauf der Güterverkehrstochter sei
  „derzeit kein Thema“, betonte sie.", the Kremlin's rejection with its reason ("Der Plan
  sehe keinerlei Kontrollmechanismus vor ..." -> "Igor Warlamow"), "Die Kontrollen würden
  mindestens bis Ende September verlängert, fügte sie hinzu.", "Most of the cuts would fall
  in administration and at its engine plant in Borlänge, she told the paper.", Moscow's
  account of its own strikes in quotes (hundred-sixty-second, two-hundred-and-fourth), a
  fixture with a clock time (hundred-twenty-seventh), and the attribution rows ("Das teilte
  ... mit.", "Das gab ... bekannt.", "Das sagte ... dem „Tagesspiegel“."; fifth,
  hundred-seventy-sixth). New: a pledge that says what happens ("Betriebsbedingte
  Kündigungen werde es nicht geben, das Personal werde auf andere Standorte verteilt, betonte
  er.") is a plan and check-worthy, as a pledge of troops or of a share (hundred-first,
  hundred-seventy-sixth), while a vow without content stays a negative.
- Warnings, complaints and demands with a figure are check-worthy, appeals without a measure
  are not (two-hundred-and-fourth: Kälin's "bis zu 2.000 Arbeitsplätze", a demand naming a
  measure and a figure): the Fiskalrat's "bis zu 2 Milliarden Euro", the Gewerkschaft der
  Polizei's 2.5 million overtime hours, the Städtetag's three points of VAT, the
  transport association's "bis zu eine Million Abonnenten"; "forderte aber tiefere
  Billettpreise" and "She urged donors to ..." are negatives.
- Mixed sentences: a quoted or reported fact keeps the row check-worthy with a verdict, a
  resolve or a condition beside it (hundred-seventeenth, hundred-nineteenth,
  hundred-twenty-seventh): „Neue Schulden ... wird es mit mir nicht geben“, sagte Quellmalz,
  „und die Investitionsquote bleibt bei gut 11 Prozent.“; "We have 12 games left, and if we
  win five of them we are safe"; the union's "smoke and mirrors" with its 1 in 8; the
  Generalinspekteur's target of 260,000 "reiche ... bei weitem nicht aus". New: a quoted
  fact with a refusal to say more appended („Der Junge hat Vertrag bis 2029, mehr gibt es
  dazu nicht zu sagen“) stays check-worthy, as a fact with a verdict appended does.
- Quotes split around the speaker within one sentence are one row, judged on the whole
  sentence: the German form gives the name as "sagte X" does (eighteenth: „...“, sagte
  AGES-Expertin Daniela Schmid, „...“ -> "Daniela Schmid"), so „...“, sagte Quellmalz,
  „...“ -> "Quellmalz"; rhetoric in both halves is a negative with speaker None
  (Hanebeck's „über Nacht“, Brändli's «nicht gut genug»). New: the English form "...,"
  Brannigan said, "so passengers should expect fares to rise by at least 10 euros a ticket."
  gives "Brannigan", the twin of the eighteenth's German row. A quote split over two
  sentences is two rows: the half with only the opening mark has no attribution
  („Die Zahlen zeigen, dass unser Kurs wirkt.", ""We did not get here by luck." - verdicts,
  negatives), the half with the closing mark takes the speaker ("..., sagte Ebersbach." ->
  "Ebersbach", "...," Okafor said." -> "Okafor"; hundred-twenty-seventh).
- Asked and answered: "Asked ..., X said" with a checkable fact gives X
  (hundred-twenty-seventh); with an evasion it is a negative ("Asked whether income tax
  rates would rise ...", "Asked about U.S. troop levels ...", "Asked whether she would seek a
  second term ..." with ordinal 2 labelled, "Asked whether car prices would rise ... "maybe
  a few hundred bucks."" - a forecast without a figure, forty-seventh -, "Asked about his
  own future ...", "Asked whether schools would get extra money ..."). New: the German
  twin "Auf die Frage, ob ..., sagte Heindl, dies würde rund 1,2 Milliarden Euro im Jahr
  kosten." is check-worthy with "Heindl" - the question names the topic, "sagte X" the
  speaker - while with an evasion it stays a negative (hundred-twenty-seventh: „nicht
  ausgemacht“).
- Transcripts (thirty-seventh, hundred-twenty-seventh): "Frage:" lines are negatives, a
  surname label ("Hellweg:") names the speaker and is checked, an answer that only judges
  („Das kann nur behaupten, wer ...“) is a negative, the credit line "Die Fragen stellte Lea
  Wieland." is a negative; a label carries no quantity.
- Other negatives (fourteenth, twenty-first, eighty-fourth, hundred-twenty-fourth,
  hundred-seventy-sixth): evasions and open questions ("wollte Quellmalz nicht sagen", "liess
  er offen", "ließ Kronauer offen", "wollte sich Ollendorf nicht äußern", "She declined to
  say ...", "He would not say ...", "She declined to comment ..." with 2027 labelled);
  "schloss er ... aber nicht aus" for negative rates (hundred-seventy-sixth: "schloss ...
  nicht aus"); labels ("sprach von", "bezeichnete ... als", "hält ... für", "warfen ... vor",
  "lobte ..., forderte aber ..."); a senator's question with its 60 hours labelled
  (hundred-twentieth: questions reported in the narrative); a post that only mocks ("schrieb
  auf der Plattform X, Moskau spiele ...", "wrote on X"); and the caveat "Unabhängig
  überprüfen ließen sich die Darstellungen ... nicht." (eighty-fourth).
- Speakers, checked only in forms the earlier batches settled: German "sagte X" with the
  title, the weekday, the occasion and the paper or programme dropped ("Bundesfinanzminister
  Bernhard Quellmalz der „Süddeutschen Zeitung“ (Samstag)", "Bahnchefin Ulrike Hanebeck der
  „Bild am Sonntag“", "Generalinspekteur Matthias Kronauer der „Frankfurter Allgemeinen
  Sonntagszeitung“", "Armeechef Thomas Gisler im Interview mit der «NZZ am Sonntag»",
  "Sozialministerin Edith Kornberger am Dienstag im Ö1-Morgenjournal", "Wirtschaftsminister
  Stefan Heindl am Mittwochabend in der „ZIB 2“", "Landeshauptmann Reinhold Tauchner am
  Montag bei einer Pressekonferenz in Graz", "Kremlsprecher Igor Warlamow am Montag vor
  Journalisten", "Trainer Sven Ollendorf am Donnerstag"; eighty-fourth: "der „Bild“-Zeitung";
  eighty-sixth: "in der „ZIB 2“"; hundred-twenty-seventh, hundred-seventy-sixth), "X sagte,
  ..." opening the row ("Vizeaußenminister Wadim Tschernych sagte der Agentur Interfax" as
  "sagte Uschakow der Agentur Interfax", eleventh; "Kronauer sagte"; hundred-twenty-second),
  the attribution rows "Das teilte Bundesinnenministerin Karola Ebersbach ... mit.", "Das
  sagte Vorstandschef Hendrik Salewski am Mittwoch auf der Bilanzpressekonferenz des
  Konzerns.", "Das sagte Bundesverkehrsminister Tobias Reinartz dem „Tagesspiegel“." and
  "Das sagte Nationalbankpräsident Beat Zurbriggen im Interview mit dem «Tages-Anzeiger»."
  the name (fifth: "Das sagte Finanzministerin Anna Roth dem „Tagesspiegel“.";
  hundred-seventy-sixth), "sagte Brändli", "so Reinartz" (the issue: "so Selenskyj"),
  "Zurbriggen zufolge" (fourteenth, hundred-twenty-seventh), "Nach Angaben des
  Bundesrechnungshofs" -> "der Bundesrechnungshof" and "nach Angaben des
  Verteidigungsministeriums" -> "das Verteidigungsministerium" (two-hundred-and-fourth).
  English: the name with the title, the weekday and the outlet or audience dropped ("finance
  minister Gareth Penhallow told BBC Radio 4's Today programme on Monday", eighty-fourth;
  "Chief Executive Annika Westerlund told the Financial Times", eleventh; "Foreign Minister
  Taras Melnychuk told Reuters in an interview on Friday", "ECB board member Katrin Vasold
  told German newspaper Handelsblatt in an interview published on Friday" as "told Italian
  daily Il Sole 24 Ore", "Education Secretary Bridget Hallam has told The Times" as "has told
  the BBC", "Everton manager Declan Hartley told his pre-match news conference",
  hundred-twenty-seventh; "Commerce Secretary Dale Whitcombe told CNBC" as "told CNN's ...",
  thirty-seventh; "NATO Secretary General Pieter Vandermolen told a news conference", "Mayor
  Denise Okafor told a news conference Thursday", "Chief Executive Conor Brannigan told a
  news conference", "Treasurer Lachlan Meyrick told reporters in Canberra", "Kremlin
  spokesman Igor Varlamov told reporters", thirty-first, thirty-seventh,
  hundred-seventy-sixth; "FAA Administrator Glenn Atterbury told senators",
  hundred-fortieth; "Trade Minister Rajesh Khandelwal said", "EU Trade Commissioner Jonas
  Lindqvist said" as "EU Economy Commissioner", thirty-seventh), "Interfax quoted Deputy
  Foreign Minister Vadim Chernykh as saying" -> "Vadim Chernykh" (eighty-fourth), "Kouyaté
  said", "Vasold said" opening the row, "The National Education Union said ..." opening the
  row -> "the National Education Union" (hundred-fourteenth). New: "Ms Hallam said" ->
  "Hallam", the honorific dropped as a title is (hundred-seventy-seventh: "Mr Justice
  Harwood said" -> "Harwood"; twenty-first and hundred-fifty-fifth: "Dr"). Each row's
  spelling of a transliterated name is its speaker (hundred-fifty-ninth). Left unchecked
  (None): pronouns and roles (above; thirty-seventh, eighty-fourth), "A Treasury spokesperson
  later said", "The city's police chief said", "a NATO official said", "a World Health
  Organization official said" (hundred-fifteenth: a role without a name); "India's trade
  minister told", "Ukraine's energy ministry said", "Ireland's finance ministry has said",
  "Chad's health ministry said", "Moscow's defence ministry, for its part, reported", "Kyiv's
  office handling prisoner affairs said", "nach Angaben des ukrainischen Generalstabs"
  (possessives, adjectives and descriptions heading the source; hundred-fortieth,
  hundred-seventy-sixth, two-hundred-and-ninth); "Amara Kouyaté, who leads ..., told a
  briefing" (a subject parted from its verb, hundred-sixteenth); every "according to"
  (two-hundred-and-fourth, two-hundred-and-ninth); data, documents and estimates ("Nach
  Zahlen der Ärztekammer", "Nach Daten der Statistik Austria", "Laut einer Analyse des
  parlamentarischen Budgetdienstes", "nach Einschätzung des Deutschen Städtetags", "nach
  seiner Einschätzung", "Department for Education figures show", "Indian trade data show",
  "The Institute for Fiscal Studies estimated", "An industry group ... has estimated",
  "according to company filings"; thirty-seventh, hundred-tenth); verbs no batch settled
  with a speaker or left unchecked before ("ergänzte", "gab ... bekannt",
  hundred-seventy-sixth; "wie ... ausführte", "beklagte", "verlangt", "warnt", "hatte ...
  gewarnt", "bezifferte", "schloss ... aus", "Er verwies darauf", "the company reported",
  "claimed"; hundred-twenty-seventh); and all negatives, also those with a named speaker.
- Quantities as the earlier batches read them. Datelines: Reuters datelines with a day
  ("LONDON, March 2", "STOCKHOLM, March 3", "BRUSSELS, March 4", "KYIV, March 6", "MOSCOW,
  March 9", "DUBLIN, March 10", "GENEVA, March 12", "FRANKFURT, March 13", "NEW DELHI, March
  17") dates without a year; dpa, APA, AFP German, Reuters German, Keystone-SDA, AP, PA and
  AAP datelines none (seventy-ninth). Shares: "Ein Fünftel davon" 0.2, "rund ein Drittel"
  0.3333 "about", "gut ein Viertel" 0.25 "over", "knapp jeder zweite" 0.5 "nearly"
  (hundred-twenty-second: "Fast jeder zweite"), "Rund jeder fünfte" 0.2 "about", "Jede
  dritte Stadt" 0.3333, "Jeder vierte Rekrut" 0.25, "gut die Hälfte davon" 0.5 "over", "um
  ein Zehntel" 0.1 ("um" no hedge, hundred-seventy-sixth), "knapp ein Fünftel mehr" 0.2
  "nearly", "ein gutes Drittel davon" 0.3333 "over" ("gut" as in "Gut ein Drittel"),
  "roughly two-fifths" and "About two-fifths" 0.4 "about", "just under a fifth" 0.2 "under",
  "nearly a third fewer" 0.3333 "nearly", "more than half" 0.5 "over", "about two-thirds"
  0.6667 "about", "around a quarter" 0.25 "about", "about a third" 0.3333 "about", "1 in 8"
  0.125 (hundred-twenty-ninth: "1 in 6" 0.1667). Multiples are counts with the unit
  unchecked: "fast doppelt so viel" 2 "nearly" (hundred-eleventh), "etwa dreimal so hoch"
  and "roughly three times what" 3 "about", "more than twice the 1%" 2 "over"
  (twenty-sixth: "more than double"). Counts: number words ("Twenty-three of NATO's 32" 23
  and 32, seventeenth; "sieben ihrer 21", "zwölf Gefangenenaustausche", "fünf verletzte
  Stammspieler", "vier Bundesligaspielen ... zwei Punkte", "elf Zähler", "eight allies",
  "the three Baltic states", "five of them"), "the two sides" and "the two affected
  provinces" 2 (hundred-fifty-ninth), "six-member Executive Board" 6 (hundred-fifty-ninth:
  "a 12-member delegation"), "bis zu eine Million" 1,000,000 "up_to", "1,36 Millionen"
  after "Im Schnitt" (no hedge), "rund 1400" 1400 "about" (Swiss copy writes four digits
  without a separator), "40 more officers", "29 fewer aircraft", "12% fewer", "a further
  2,100" (no hedge, eighty-fourth), "about 300 prisoners on each side" 300 "about";
  "zweimal" 2 in a negative (the issue: "viermal"). Durations: ages are durations in years
  ("der 46-Jährige" in a negative, "Melnychuk, 44,", "Berg, 27,", "children under 15" 15
  "under" as "children under 5", hundred-eleventh); New: an average age is an age - "Das
  tatsächliche Pensionsantrittsalter liege ... bei 61,8 Jahren" is 61.8 years. Spans: "vor
  18 Monaten", "20 months ago", "in den kommenden fünf Jahren", "over the next two years",
  "over four years" (no hedge before a span, forty-first), "within seven years", "within 60
  days", "for two days", "for another six months", "30-tägige" and "30-day" 30 days (the
  issue: "dreitägige Reise"), "mindestens drei Wochen" and "at least six weeks"
  "at_least", "höchstens zwei Wochen" "at_most" (hundred-seventy-sixth), "innerhalb der
  ersten sechs Monate" ordinal 1 and 6 months (eighty-fourth: "in den ersten acht Monaten"),
  "more than 60 hours a week" 60 hours "over" (in a negative), "waited 40 years" (in a
  negative). Percentages and points: "einen Prozentpunkt" 1 pp (hundred-third), "drei
  Prozentpunkte mehr" 3 pp ("mehr" after the figure compares, hundred-twenty-seventh), "up
  to 0.3 percentage points" 0.3 pp "up_to", "5% to 7%" both, "0 Prozent" 0, "tariffs of up
  to 150%" "up_to", "im Schnitt nur 58 Prozent" (no hedge). Money in the currency written:
  "weniger als 1.500 Euro" "under", "weitere 320 Millionen Euro" and "jeweils 1,5 Milliarden
  Euro" (no hedge, eighty-fourth), "68 Euro im Monat ..., 5 Euro mehr" both, "at least 10
  euros a ticket" "at_least", "at most 6 billion pounds" "at_most", "a reported £22
  million" (no hedge, ninth), "A$27.4 billion", "A$150 per household", "C$14.2 billion"
  CAD, "Franken" CHF. Years: "the 2026-27 financial year" both (hundred-sixty-third:
  "2026-27 fiscal year"), "seit 2019", "bis 2032", "since September 2024", "in October 2027"
  (in a negative), "between 2013 and 2022" both. Dates: "mit 1. Jänner" --01-01
  (twenty-second), "am 8. Juli" --07-08, "from April 1" --04-01, "since March 1" --03-01.
  Ordinals: "the fourth quarter" 4, "the fifth senior player" 5, "sit 17th" 17, "India's
  second-largest trading partner" 2 (the issue: "die drittgrößte Stadt"), "a second
  vaccination round" 2, "mit dem ersten Standort" 1, "auf Rang neun" 9
  (hundred-nineteenth: "Rang sechs"), "auf Platz zwei" 2 (eleventh), "zum sechsten Mal in
  Folge" 6, "a second term" 2 (in a negative). None: names with figures ("BBC Radio 4's
  Today programme", eighty-fourth; "„ZIB 2“", eighty-sixth; "Ö1-Morgenjournal", "F-35",
  "Boeing 737 MAX", forty-third and forty-eighth; "D-Wash."), "(Samstag)"
  (hundred-twenty-seventh), clock times ("1130 GMT", "3pm"), months, weekdays, "Ende
  September", "im Herbst", "heuer", "im Monat", "im Jahr", "a year", "a month", "a week",
  "per household", "a ticket", "last year", "this year", "next year", "next winter",
  "erstmals", "beide Seiten", "on each side", "a single", "every single", "Kein".

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_220 = [
    # --- Finance minister on tax loopholes (Reuters) ---
    (
        "en",
        "LONDON, March 2 (Reuters) - Britain will raise about 9 billion pounds a year by 2030 by closing tax loopholes, finance minister Gareth Penhallow told BBC Radio 4's Today programme on Monday.",
        True,
        [("date", "--03-02", None, None), ("money", 9000000000, "GBP", "about"), ("year", 2030, None, None)],
        "Gareth Penhallow",
    ),
    (
        "en",
        "He said roughly two-fifths of that would come from tighter rules on offshore trusts and non-domiciled residents.",
        True,
        [("fraction", 0.4, None, "about")],
        None,
    ),
    ("en", '"We will not balance the books on the backs of working people," Penhallow said.', False, [], None),
    (
        "en",
        "He added that HM Revenue and Customs had hired 4,200 extra compliance staff since the government took office 20 months ago.",
        True,
        [("count", 4200, None, None), ("duration", 20, "month", None)],
        None,
    ),
    (
        "en",
        'Asked whether income tax rates would rise in the autumn budget, he said he would "not write the budget live on air."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Public sector net debt stands at about 95% of gross domestic product, according to the Office for Budget Responsibility.",
        True,
        [("percent", 95, "%", "about")],
        None,
    ),
    (
        "en",
        "The Institute for Fiscal Studies estimated last month that closing such loopholes would raise at most 6 billion pounds a year.",
        True,
        [("money", 6000000000, "GBP", "at_most")],
        None,
    ),
    (
        "en",
        "A Treasury spokesperson later said the 4,200 figure included about 650 staff moved over from other departments.",
        True,
        [("count", 4200, None, None), ("count", 650, None, "about")],
        None,
    ),
    # --- Spitalsreform in der Steiermark (APA) ---
    (
        "de",
        "Graz (APA) - Die Steiermark will bis 2030 sieben ihrer 21 Spitalsstandorte zu Gesundheitszentren umbauen, sagte Landeshauptmann Reinhold Tauchner am Montag bei einer Pressekonferenz in Graz.",
        True,
        [("year", 2030, None, None), ("count", 7, None, None), ("count", 21, None, None)],
        "Reinhold Tauchner",
    ),
    (
        "de",
        "Dafür würden in den kommenden fünf Jahren rund 480 Millionen Euro investiert, so der Landeshauptmann.",
        True,
        [("duration", 5, "year", None), ("money", 480000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "In den betroffenen Häusern seien derzeit im Schnitt nur 58 Prozent der Betten belegt, ergänzte Gesundheitslandesrätin Sabine Ortner-Kais.",
        True,
        [("percent", 58, "%", None)],
        None,
    ),
    ("de", "„Wir schließen keine Spitäler, wir bauen sie um“, sagte Tauchner.", False, [], None),
    (
        "de",
        "Betriebsbedingte Kündigungen werde es nicht geben, das Personal werde auf andere Standorte verteilt, betonte er.",
        True,
        [],
        None,
    ),
    ("de", "Die Opposition sprach von einem „Kahlschlag im ländlichen Raum“.", False, [], None),
    (
        "de",
        "Nach Zahlen der Ärztekammer sind in der Steiermark schon jetzt mehr als 130 Kassenstellen für Allgemeinmedizin unbesetzt.",
        True,
        [("count", 130, None, "over")],
        None,
    ),
    (
        "de",
        "Der Umbau soll im Herbst 2027 mit dem ersten Standort im Bezirk Liezen beginnen.",
        True,
        [("year", 2027, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    # --- Truckmaker to cut jobs, CEO tells FT (Reuters) ---
    (
        "en",
        "STOCKHOLM, March 3 (Reuters) - Swedish truckmaker Norrvik will cut about 2,300 jobs, or roughly 7% of its workforce, over the next two years, Chief Executive Annika Westerlund told the Financial Times.",
        True,
        [
            ("date", "--03-03", None, None),
            ("count", 2300, None, "about"),
            ("percent", 7, "%", "about"),
            ("duration", 2, "year", None),
        ],
        "Annika Westerlund",
    ),
    (
        "en",
        "Most of the cuts would fall in administration and at its engine plant in Borlänge, she told the paper.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"Nobody in this industry likes to admit it, but we were too optimistic about how fast customers would switch," Westerlund said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Norrvik sold 41,800 trucks last year, 12% fewer than in 2024, the company reported in January.",
        True,
        [("count", 41800, None, None), ("percent", 12, "%", None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "She added that electric models accounted for just under a fifth of orders in the fourth quarter.",
        True,
        [("fraction", 0.2, None, "under"), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "The company employs around 33,000 people in 28 countries.",
        True,
        [("count", 33000, None, "about"), ("count", 28, None, None)],
        None,
    ),
    ("en", "She declined to say whether the Borlänge plant could close altogether.", False, [], None),
    ("en", "Norrvik shares rose 3.4% in Stockholm.", True, [("percent", 3.4, "%", None)], None),
    # --- Pensionserhöhung im Ö1-Morgenjournal (APA) ---
    (
        "de",
        "Wien (APA) - Die Pensionen sollen im kommenden Jahr um 2,7 Prozent steigen, sagte Sozialministerin Edith Kornberger am Dienstag im Ö1-Morgenjournal.",
        True,
        [("percent", 2.7, "%", None)],
        "Edith Kornberger",
    ),
    (
        "de",
        "Wer weniger als 1.500 Euro brutto im Monat beziehe, erhalte zusätzlich eine Einmalzahlung von 250 Euro, so die Ministerin.",
        True,
        [("money", 1500, "EUR", "under"), ("money", 250, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Mehrkosten bezifferte sie mit rund 1,1 Milliarden Euro.",
        True,
        [("money", 1100000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "„Wer ein Leben lang gearbeitet hat, soll im Alter nicht jeden Euro zweimal umdrehen müssen“, sagte Kornberger.",
        False,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Das tatsächliche Pensionsantrittsalter liege inzwischen bei 61,8 Jahren, fügte sie hinzu.",
        True,
        [("duration", 61.8, "year", None)],
        None,
    ),
    (
        "de",
        "Eine Anhebung des gesetzlichen Pensionsalters schloss Kornberger für diese Legislaturperiode aus.",
        True,
        [],
        None,
    ),
    ("de", "Die Erhöhung soll mit 1. Jänner wirksam werden.", True, [("date", "--01-01", None, None)], None),
    (
        "de",
        "Der Fiskalrat hatte zuletzt vor Mehrkosten von bis zu 2 Milliarden Euro im Jahr gewarnt.",
        True,
        [("money", 2000000000, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "Laut einer Analyse des parlamentarischen Budgetdienstes fließen heuer rund 29 Milliarden Euro aus dem Bundesbudget in die Pensionen.",
        True,
        [("money", 29000000000, "EUR", "about")],
        None,
    ),
    # --- NATO spending figures (Reuters) ---
    (
        "en",
        "BRUSSELS, March 4 (Reuters) - Twenty-three of NATO's 32 members now spend at least 2% of their economic output on defence, NATO Secretary General Pieter Vandermolen told a news conference on Wednesday.",
        True,
        [
            ("date", "--03-04", None, None),
            ("count", 23, None, None),
            ("count", 32, None, None),
            ("percent", 2, "%", "at_least"),
        ],
        "Pieter Vandermolen",
    ),
    (
        "en",
        "He said European allies and Canada had increased defence spending by 19% last year, to a combined $512 billion.",
        True,
        [("percent", 19, "%", None), ("money", 512000000000, "USD", None)],
        None,
    ),
    (
        "en",
        '"This is real progress, but it is not yet enough for the world we live in," Vandermolen said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "He said eight allies had yet to present a plan for reaching the new target of 3.5% for core defence spending by 2035.",
        True,
        [("count", 8, None, None), ("percent", 3.5, "%", None), ("year", 2035, None, None)],
        None,
    ),
    (
        "en",
        "Defence ministers will meet for two days from Thursday to discuss air defence and ammunition stocks, a NATO official said.",
        True,
        [("duration", 2, "day", None)],
        None,
    ),
    (
        "en",
        'Asked about U.S. troop levels in Europe, he said he would "not speculate about decisions that have not been taken."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Russia is producing about 250,000 artillery shells a month, roughly three times what all NATO allies together make, the official said.",
        True,
        [("count", 250000, None, "about"), ("count", 3, None, "about")],
        None,
    ),
    (
        "en",
        "Poland leads the alliance's ranking with 4.7% of GDP, ahead of the three Baltic states, the official added.",
        True,
        [("percent", 4.7, "%", None), ("count", 3, None, None)],
        None,
    ),
    # --- Veltrona streicht Stellen (Reuters) ---
    (
        "de",
        "Ludwigshafen (Reuters) - Der Chemiekonzern Veltrona streicht bis Ende 2028 weltweit rund 4.500 Stellen, gut die Hälfte davon in Deutschland.",
        True,
        [("year", 2028, None, None), ("count", 4500, None, "about"), ("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "de",
        "Das sagte Vorstandschef Hendrik Salewski am Mittwoch auf der Bilanzpressekonferenz des Konzerns.",
        True,
        [],
        "Hendrik Salewski",
    ),
    (
        "de",
        "Die Energiekosten in Europa lägen noch immer etwa dreimal so hoch wie in den USA, sagte der Manager.",
        True,
        [("count", 3, None, "about")],
        None,
    ),
    (
        "de",
        "„Wir sind nicht auf der Flucht aus Deutschland, aber Physik und Preise können wir nicht ignorieren“, sagte Salewski.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Umsatz sank 2025 um 6,2 Prozent auf 18,9 Milliarden Euro, der bereinigte operative Gewinn um ein Zehntel auf 1,7 Milliarden Euro.",
        True,
        [
            ("year", 2025, None, None),
            ("percent", 6.2, "%", None),
            ("money", 18900000000, "EUR", None),
            ("fraction", 0.1, None, None),
            ("money", 1700000000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Betriebsbedingte Kündigungen in Deutschland seien bis 2030 ausgeschlossen, erklärte der Vorstandschef.",
        True,
        [("year", 2030, None, None)],
        None,
    ),
    ("de", "Die Aktie legte im frühen Handel um 4 Prozent zu.", True, [("percent", 4, "%", None)], None),
    # --- Milwaukee homicides fall (AP) ---
    (
        "en",
        "MILWAUKEE (AP) — Milwaukee recorded 118 homicides last year, nearly a third fewer than a year earlier and the lowest total since 2016, Mayor Denise Okafor told a news conference Thursday.",
        True,
        [("count", 118, None, None), ("fraction", 0.3333, None, "nearly"), ("year", 2016, None, None)],
        "Denise Okafor",
    ),
    (
        "en",
        "Nonfatal shootings dropped 24%, she said, while carjackings were down by more than half.",
        True,
        [("percent", 24, "%", None), ("fraction", 0.5, None, "over")],
        None,
    ),
    ("en", '"We did not get here by luck.', False, [], None),
    (
        "en",
        'We put 40 more officers on foot patrol and kept 12 recreation centers open until midnight all summer," Okafor said.',
        True,
        [("count", 40, None, None), ("count", 12, None, None)],
        "Okafor",
    ),
    (
        "en",
        "The city's police chief said the department was still 160 officers short of its budgeted strength of 1,780.",
        True,
        [("count", 160, None, None), ("count", 1780, None, None)],
        None,
    ),
    (
        "en",
        "The city recorded 182 homicides at the peak of the violence in 2021.",
        True,
        [("count", 182, None, None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        'Asked whether she would seek a second term, Okafor said: "Ask me again in the fall."',
        False,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Nationally, homicides fell about 16% last year, according to a tally by an independent crime analyst.",
        True,
        [("percent", 16, "%", "about")],
        None,
    ),
    # --- Asylzahlen: Pressekonferenz der Innenministerin (dpa) ---
    (
        "de",
        "Berlin (dpa) - Im Februar haben in Deutschland nur noch 6.850 Menschen erstmals Asyl beantragt, knapp 40 Prozent weniger als ein Jahr zuvor.",
        True,
        [("count", 6850, None, None), ("percent", 40, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Das teilte Bundesinnenministerin Karola Ebersbach am Donnerstag bei einer Pressekonferenz in Berlin mit.",
        True,
        [],
        "Karola Ebersbach",
    ),
    (
        "de",
        "Seit Beginn der verschärften Grenzkontrollen vor 18 Monaten seien an den deutschen Landgrenzen mehr als 41.000 Menschen zurückgewiesen worden, sagte die CSU-Politikerin.",
        True,
        [("duration", 18, "month", None), ("count", 41000, None, "over")],
        None,
    ),
    (
        "de",
        "Rund jeder fünfte von ihnen habe zuvor bereits in einem anderen EU-Staat Asyl beantragt.",
        True,
        [("fraction", 0.2, None, "about")],
        None,
    ),
    ("de", "„Die Zahlen zeigen, dass unser Kurs wirkt.", False, [], None),
    (
        "de",
        "Im Februar gab es so wenige Erstanträge wie zuletzt im Sommer 2013“, sagte Ebersbach.",
        True,
        [("year", 2013, None, None)],
        "Ebersbach",
    ),
    ("de", "Die Kontrollen würden mindestens bis Ende September verlängert, fügte sie hinzu.", True, [], None),
    (
        "de",
        "Sie sagte, der Bund habe seit Jahresbeginn 3.120 Menschen abgeschoben, darunter 480 verurteilte Straftäter.",
        True,
        [("count", 3120, None, None), ("count", 480, None, None)],
        None,
    ),
    (
        "de",
        "Die Flüchtlingsorganisation Pro Asyl bezeichnete die Zurückweisungen an der Grenze als „klaren Rechtsbruch“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft der Polizei beklagte, die Bundespolizei schiebe wegen der Kontrollen inzwischen mehr als 2,5 Millionen Überstunden vor sich her.",
        True,
        [("count", 2500000, None, "over")],
        None,
    ),
    # --- Ukraine's foreign minister interviewed by Reuters ---
    (
        "en",
        "KYIV, March 6 (Reuters) - Ukraine needs at least eight more Patriot batteries to protect its cities and power plants through next winter, Foreign Minister Taras Melnychuk told Reuters in an interview on Friday.",
        True,
        [("date", "--03-06", None, None), ("count", 8, None, "at_least")],
        "Taras Melnychuk",
    ),
    (
        "en",
        "Russia fired more than 1,300 drones at Ukraine in February alone, along with 94 missiles, he said.",
        True,
        [("count", 1300, None, "over"), ("count", 94, None, None)],
        None,
    ),
    ("en", '"Every Patriot battery means a city that can sleep through the night," Melnychuk said.', False, [], None),
    (
        "en",
        "He said Kyiv had so far received about two-thirds of the 1.4 billion euros in energy aid that European donors pledged in December.",
        True,
        [("fraction", 0.6667, None, "about"), ("money", 1400000000, "EUR", None)],
        None,
    ),
    ("en", "He would not say which countries had fallen behind on their deliveries.", False, [], None),
    (
        "en",
        "Melnychuk, 44, became foreign minister in September after four years as ambassador to Poland.",
        True,
        [("duration", 44, "year", None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "en",
        "Ukraine's energy ministry said on Friday that Russian strikes had knocked out about 40% of the country's gas production since October.",
        True,
        [("percent", 40, "%", "about")],
        None,
    ),
    (
        "en",
        'Moscow\'s defence ministry, for its part, reported overnight strikes on "energy facilities used by the Ukrainian military."',
        True,
        [],
        None,
    ),
    # --- Finanzminister in der „Süddeutschen Zeitung“ (dpa) ---
    (
        "de",
        "Berlin (dpa) - Für den Bundeshaushalt 2027 fehlen nach der jüngsten Steuerschätzung noch rund 17 Milliarden Euro, sagte Bundesfinanzminister Bernhard Quellmalz der „Süddeutschen Zeitung“ (Samstag).",
        True,
        [("year", 2027, None, None), ("money", 17000000000, "EUR", "about")],
        "Bernhard Quellmalz",
    ),
    (
        "de",
        "Ein Fünftel davon wolle er durch den Abbau von Subventionen schließen, den Rest durch Einsparungen in allen Ressorts.",
        True,
        [("fraction", 0.2, None, None)],
        None,
    ),
    (
        "de",
        "Jedes Ministerium müsse seine Ausgaben um mindestens 3 Prozent senken, ausgenommen seien nur Verteidigung und Bildung, so der Minister.",
        True,
        [("percent", 3, "%", "at_least")],
        None,
    ),
    ("de", "„Wir haben kein Einnahmeproblem, wir haben ein Ausgabenproblem“, sagte Quellmalz.", False, [], None),
    (
        "de",
        "„Neue Schulden über die Schuldenbremse hinaus wird es mit mir nicht geben“, sagte Quellmalz, „und die Investitionsquote bleibt bei gut 11 Prozent.“",
        True,
        [("percent", 11, "%", "over")],
        "Quellmalz",
    ),
    (
        "de",
        "Der Bund zahle in diesem Jahr bereits 34 Milliarden Euro an Zinsen, fast doppelt so viel wie 2021, fügte der CDU-Politiker hinzu.",
        True,
        [("money", 34000000000, "EUR", None), ("count", 2, None, "nearly"), ("year", 2021, None, None)],
        None,
    ),
    ("de", "Eine Lockerung der Schuldenbremse lehne er ab, betonte er.", True, [], None),
    ("de", "Ob auch beim Elterngeld gekürzt wird, wollte Quellmalz nicht sagen.", False, [], None),
    (
        "de",
        "Der Regierungsentwurf soll am 8. Juli im Kabinett beschlossen werden.",
        True,
        [("date", "--07-08", None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Bundesrechnungshofs sind aus dem vergangenen Haushalt Ausgabereste von 9,4 Milliarden Euro nicht abgeflossen.",
        True,
        [("money", 9400000000, "EUR", None)],
        "der Bundesrechnungshof",
    ),
    # --- Bahnchefin in der „Bild am Sonntag“ (AFP) ---
    (
        "de",
        "Berlin (AFP) - Die Deutsche Bahn will die Pünktlichkeit ihrer Fernzüge bis Ende 2027 auf mindestens 70 Prozent steigern, sagte Bahnchefin Ulrike Hanebeck der „Bild am Sonntag“.",
        True,
        [("year", 2027, None, None), ("percent", 70, "%", "at_least")],
        "Ulrike Hanebeck",
    ),
    (
        "de",
        "Im vergangenen Jahr war nur knapp jeder zweite Fernzug pünktlich.",
        True,
        [("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "de",
        "In diesem Jahr werde der Konzern mehr als 2.000 Kilometer Gleis erneuern und rund 1.100 Weichen austauschen, sagte sie.",
        True,
        [("count", 2000, None, "over"), ("count", 1100, None, "about")],
        None,
    ),
    (
        "de",
        "„Die Bahn ist nicht über Nacht krank geworden“, sagte Hanebeck, „und sie wird auch nicht über Nacht gesund.“",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für die Generalsanierung von 40 Hauptstrecken bis 2030 veranschlage der Bund rund 60 Milliarden Euro, so die Bahnchefin.",
        True,
        [("count", 40, None, None), ("year", 2030, None, None), ("money", 60000000000, "EUR", "about")],
        None,
    ),
    ("de", "Ein Verkauf der Güterverkehrstochter sei „derzeit kein Thema“, betonte sie.", True, [], None),
    ("de", "Der Fahrgastverband Pro Bahn hält das Ziel für „völlig unrealistisch“.", False, [], None),
    (
        "de",
        "Die Bahn hatte für 2025 einen Verlust von 1,6 Milliarden Euro ausgewiesen.",
        True,
        [("year", 2025, None, None), ("money", 1600000000, "EUR", None)],
        None,
    ),
    # --- Armeechef in der «NZZ am Sonntag» (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Für die Erneuerung der Luftverteidigung fehlen der Armee bis 2032 rund 13 Milliarden Franken, sagte Armeechef Thomas Gisler im Interview mit der «NZZ am Sonntag».",
        True,
        [("year", 2032, None, None), ("money", 13000000000, "CHF", "about")],
        "Thomas Gisler",
    ),
    (
        "de",
        "Heute könne die Armee nur rund ein Drittel des Landes gegen Angriffe aus der Luft schützen, sagte er weiter.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "de",
        "«Wir sind nicht im Krieg, aber wir müssen uns so vorbereiten, als könnte er morgen kommen», sagte Gisler.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Zahl der Dienstpflichtigen, die in den Zivildienst wechseln, sei seit 2019 um gut ein Viertel gestiegen.",
        True,
        [("year", 2019, None, None), ("fraction", 0.25, None, "over")],
        None,
    ),
    (
        "de",
        "Dem Armeechef zufolge fehlen der Armee derzeit rund 1400 Berufsoffiziere und Berufsunteroffiziere.",
        True,
        [("count", 1400, None, "about")],
        None,
    ),
    ("de", "Ob die Schweiz weitere F-35 beschaffen soll, liess er offen.", False, [], None),
    (
        "de",
        "Das Parlament hatte im Dezember beschlossen, das Armeebudget bis 2032 schrittweise auf 1 Prozent des Bruttoinlandprodukts zu erhöhen.",
        True,
        [("year", 2032, None, None), ("percent", 1, "%", None)],
        None,
    ),
    # --- Kreml lehnt Oster-Waffenruhe ab (AFP) ---
    (
        "de",
        "Moskau (AFP) - Russland hat einen europäischen Vorschlag für eine 30-tägige Waffenruhe über die Osterfeiertage zurückgewiesen.",
        True,
        [("duration", 30, "day", None)],
        None,
    ),
    (
        "de",
        "Der Plan sehe keinerlei Kontrollmechanismus vor und sei deshalb für Moskau nicht annehmbar, sagte Kremlsprecher Igor Warlamow am Montag vor Journalisten.",
        True,
        [],
        "Igor Warlamow",
    ),
    (
        "de",
        "Man sei aber weiterhin zu Gesprächen „auf Grundlage der Realitäten vor Ort“ bereit, so Warlamow.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Vizeaußenminister Wadim Tschernych sagte der Agentur Interfax, Russland und die Ukraine hätten seit Jahresbeginn zwölf Gefangenenaustausche vereinbart.",
        True,
        [("count", 12, None, None)],
        "Wadim Tschernych",
    ),
    (
        "de",
        "Insgesamt seien dabei mehr als 1.900 Gefangene freigekommen, fügte er hinzu.",
        True,
        [("count", 1900, None, "over")],
        None,
    ),
    (
        "de",
        "Der ukrainische Außenminister Taras Melnytschuk schrieb auf der Plattform X, Moskau spiele „ganz offensichtlich auf Zeit“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben des ukrainischen Generalstabs griffen russische Truppen am Sonntag an 163 Stellen entlang der Front an.",
        True,
        [("count", 163, None, None)],
        None,
    ),
    ("de", "Unabhängig überprüfen ließen sich die Darstellungen aus Moskau und Kiew zunächst nicht.", False, [], None),
    # --- Moscow on prisoner swaps and the truce plan (Reuters) ---
    (
        "en",
        "MOSCOW, March 9 (Reuters) - Russia and Ukraine have carried out 12 prisoner exchanges since the start of the year, freeing more than 1,900 captives, Interfax quoted Deputy Foreign Minister Vadim Chernykh as saying on Monday.",
        True,
        [("date", "--03-09", None, None), ("count", 12, None, None), ("count", 1900, None, "over")],
        "Vadim Chernykh",
    ),
    (
        "en",
        "He said the next exchange, involving about 300 prisoners on each side, was being prepared for the end of March.",
        True,
        [("count", 300, None, "about")],
        None,
    ),
    (
        "en",
        "Kyiv's office handling prisoner affairs said 1,946 Ukrainians had come home in this year's swaps.",
        True,
        [("count", 1946, None, None)],
        None,
    ),
    (
        "en",
        "Russian forces have captured 11 villages in eastern Ukraine since March 1, Moscow's defence ministry claimed.",
        True,
        [("count", 11, None, None), ("date", "--03-01", None, None)],
        None,
    ),
    (
        "en",
        "Kremlin spokesman Igor Varlamov told reporters Moscow had rejected the European proposal for a 30-day Easter truce because it contained no mechanism to monitor compliance.",
        True,
        [("duration", 30, "day", None)],
        "Igor Varlamov",
    ),
    (
        "en",
        'Russia remained open to talks that "take into account the realities on the ground," he said.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"Moscow is playing for time, and everyone can see it," Foreign Minister Taras Melnychuk wrote on X.',
        False,
        [],
        None,
    ),
    # --- Australian budget update (AAP) ---
    (
        "en",
        "CANBERRA (AAP) - Australia's budget deficit will narrow to A$27.4 billion in the 2026-27 financial year, Treasurer Lachlan Meyrick told reporters in Canberra on Monday.",
        True,
        [("money", 27400000000, "AUD", None), ("year", 2026, None, None), ("year", 2027, None, None)],
        "Lachlan Meyrick",
    ),
    (
        "en",
        "He said tax receipts had come in A$9.8 billion above forecast, largely because of higher iron ore prices and strong employment.",
        True,
        [("money", 9800000000, "AUD", None)],
        None,
    ),
    ("en", '"We have done the hard yards, and Australians can see the results," Meyrick said.', False, [], None),
    (
        "en",
        "Net debt would peak at 21.6% of GDP in 2028 before falling, the treasurer said.",
        True,
        [("percent", 21.6, "%", None), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "Energy bill relief of A$150 per household will be extended for another six months, he added.",
        True,
        [("money", 150, "AUD", None), ("duration", 6, "month", None)],
        None,
    ),
    (
        "en",
        "The budget also sets aside A$4.1 billion over four years to help build 55,000 homes, the treasurer said.",
        True,
        [("money", 4100000000, "AUD", None), ("duration", 4, "year", None), ("count", 55000, None, None)],
        None,
    ),
    (
        "en",
        "Last month the Reserve Bank of Australia left its cash rate unchanged at 3.60%.",
        True,
        [("percent", 3.6, "%", None)],
        None,
    ),
    # --- Airline chief on fares and Boeing delays (Reuters) ---
    (
        "en",
        "DUBLIN, March 10 (Reuters) - Budget airline Aerlinn expects to carry about 215 million passengers in its next financial year, up 8%, Chief Executive Conor Brannigan told a news conference on Tuesday.",
        True,
        [("date", "--03-10", None, None), ("count", 215000000, None, "about"), ("percent", 8, "%", None)],
        "Conor Brannigan",
    ),
    (
        "en",
        "He said delivery delays at Boeing meant the airline would fly 29 fewer aircraft than planned this summer.",
        True,
        [("count", 29, None, None)],
        None,
    ),
    (
        "en",
        '"Boeing has been late, later and latest, and frankly we are running out of words for it," he said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Aerlinn has 186 Boeing 737 MAX jets on order, 41 of them due this year, according to company filings.",
        True,
        [("count", 186, None, None), ("count", 41, None, None)],
        None,
    ),
    (
        "en",
        "Average fares over the Easter period were running 5% to 7% higher than a year earlier, he said.",
        True,
        [("percent", 5, "%", None), ("percent", 7, "%", None)],
        None,
    ),
    (
        "en",
        '"We will not be paying the new airport tax out of our own pockets," Brannigan said, "so passengers should expect fares to rise by at least 10 euros a ticket."',
        True,
        [("money", 10, "EUR", "at_least")],
        "Brannigan",
    ),
    ("en", "Aerlinn shares were down 2.1% at 1130 GMT.", True, [("percent", 2.1, "%", None)], None),
    (
        "en",
        "Ireland's finance ministry has said the tax would raise about 180 million euros a year.",
        True,
        [("money", 180000000, "EUR", "about")],
        None,
    ),
    # --- SBB-Bilanz (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Die SBB haben 2025 einen Gewinn von 312 Millionen Franken erzielt, knapp ein Fünftel mehr als im Vorjahr.",
        True,
        [("year", 2025, None, None), ("money", 312000000, "CHF", None), ("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Das gab SBB-Chefin Regula Brändli am Dienstag an der Bilanzmedienkonferenz in Bern bekannt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "92,4 Prozent der Reisenden seien pünktlich ans Ziel gekommen, sagte Brändli.",
        True,
        [("percent", 92.4, "%", None)],
        "Brändli",
    ),
    (
        "de",
        "Im Schnitt seien täglich 1,36 Millionen Menschen mit der Bahn gefahren, so viele wie nie zuvor.",
        True,
        [("count", 1360000, None, None)],
        None,
    ),
    (
        "de",
        "«Wir sind gut, aber nicht gut genug», sagte Brändli, «und beim Unterhalt des Netzes hinken wir Jahre hinterher.»",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bis 2035 wollen die SBB rund 1,2 Milliarden Franken in die Digitalisierung ihrer Stellwerke investieren, wie Finanzchef Marco Zanetti ausführte.",
        True,
        [("year", 2035, None, None), ("money", 1200000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Für den Ausbau des Netzes bis 2035 hatte das Parlament einen Verpflichtungskredit von 16,4 Milliarden Franken bewilligt.",
        True,
        [("year", 2035, None, None), ("money", 16400000000, "CHF", None)],
        None,
    ),
    ("de", "Der Verkehrs-Club der Schweiz lobte die Zahlen, forderte aber tiefere Billettpreise.", False, [], None),
    # --- Steel tariffs to rise, commerce secretary says (AP) ---
    (
        "en",
        "WASHINGTON (AP) — The United States will raise tariffs on imported steel and aluminum to 40% from April 1, Commerce Secretary Dale Whitcombe told CNBC on Wednesday.",
        True,
        [("percent", 40, "%", None), ("date", "--04-01", None, None)],
        "Dale Whitcombe",
    ),
    (
        "en",
        "He said the existing tariffs had already brought in about $31 billion.",
        True,
        [("money", 31000000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "The 40% rate would apply to about 7 million tons of imports a year, he told the channel.",
        True,
        [("percent", 40, "%", None), ("count", 7000000, None, "about")],
        None,
    ),
    (
        "en",
        '"American workers waited 40 years for someone to stand up for them, and now someone has," Whitcombe said.',
        False,
        [("duration", 40, "year", None)],
        None,
    ),
    (
        "en",
        "He said Canada and Mexico could be exempted if they agreed to quotas within 60 days.",
        True,
        [("duration", 60, "day", None)],
        None,
    ),
    (
        "en",
        "Canadian steel and aluminum exports to its southern neighbor were worth about C$14.2 billion last year, according to Statistics Canada.",
        True,
        [("money", 14200000000, "CAD", "about")],
        None,
    ),
    (
        "en",
        'Asked whether car prices would rise, Whitcombe said the effect would be "maybe a few hundred bucks."',
        False,
        [],
        None,
    ),
    (
        "en",
        "An industry group representing carmakers has estimated that the tariffs would add about $2,300 to the average price of a new vehicle.",
        True,
        [("money", 2300, "USD", "about")],
        None,
    ),
    # --- Wirtschaftsminister in der „ZIB 2“ (APA) ---
    (
        "de",
        "Wien (APA) - Die Strompreisbremse für Haushalte wird bis Ende Juni verlängert und kostet den Bund weitere 320 Millionen Euro, sagte Wirtschaftsminister Stefan Heindl am Mittwochabend in der „ZIB 2“.",
        True,
        [("money", 320000000, "EUR", None)],
        "Stefan Heindl",
    ),
    (
        "de",
        "Die Inflation werde heuer nach seiner Einschätzung bei rund 2,9 Prozent liegen.",
        True,
        [("percent", 2.9, "%", "about")],
        None,
    ),
    ("de", "„Die Teuerung ist kein Naturgesetz, sie ist eine Aufgabe für die Politik“, sagte Heindl.", False, [], None),
    (
        "de",
        "Nach Daten der Statistik Austria lag die Inflationsrate im Februar bei 3,4 Prozent und damit einen Prozentpunkt über dem Schnitt der Eurozone.",
        True,
        [("percent", 3.4, "%", None), ("percent", 1, "pp", None)],
        None,
    ),
    (
        "de",
        "Auf die Frage, ob auch die Mehrwertsteuer auf Grundnahrungsmittel gesenkt werde, sagte Heindl, dies würde rund 1,2 Milliarden Euro im Jahr kosten.",
        True,
        [("money", 1200000000, "EUR", "about")],
        "Heindl",
    ),
    (
        "de",
        "Er verwies darauf, dass die Lebensmittelpreise seit 2021 um knapp 30 Prozent gestiegen seien.",
        True,
        [("year", 2021, None, None), ("percent", 30, "%", "nearly")],
        None,
    ),
    # --- Cholera in Chad, WHO briefing (Reuters) ---
    (
        "en",
        "GENEVA, March 12 (Reuters) - A cholera outbreak in eastern Chad has infected more than 4,600 people and killed at least 97 since late January, a World Health Organization official said on Thursday.",
        True,
        [("date", "--03-12", None, None), ("count", 4600, None, "over"), ("count", 97, None, "at_least")],
        None,
    ),
    (
        "en",
        "Amara Kouyaté, who leads the WHO's emergency response in the region, told a briefing in Geneva that the case fatality rate was about 2.1%, more than twice the 1% the agency regards as acceptable.",
        True,
        [("percent", 2.1, "%", "about"), ("count", 2, None, "over"), ("percent", 1, "%", None)],
        None,
    ),
    (
        "en",
        '"We are racing the rainy season, and right now the rainy season is winning," Kouyaté said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Kouyaté said the WHO had shipped 1.2 million doses of oral vaccine to the region and that a second vaccination round would start next week.",
        True,
        [("count", 1200000, None, None), ("ordinal", 2, None, None)],
        "Kouyaté",
    ),
    (
        "en",
        "About 60% of the cases were in children under 15, she said.",
        True,
        [("percent", 60, "%", "about"), ("duration", 15, "year", "under")],
        None,
    ),
    (
        "en",
        "The agency's appeal for $18 million to fight the outbreak was only 23% funded, she added.",
        True,
        [("money", 18000000, "USD", None), ("percent", 23, "%", None)],
        None,
    ),
    (
        "en",
        "Chad's health ministry said 14 treatment centres were now operating in the two affected provinces.",
        True,
        [("count", 14, None, None), ("count", 2, None, None)],
        None,
    ),
    ("en", 'She urged donors to "act now rather than count the dead later."', False, [], None),
    # --- Eintracht vor dem Spitzenspiel (dpa) ---
    (
        "de",
        "Frankfurt/Main (dpa) - Eintracht Frankfurt muss im Spitzenspiel gegen Bayer Leverkusen am Samstag auf fünf verletzte Stammspieler verzichten, sagte Trainer Sven Ollendorf am Donnerstag.",
        True,
        [("count", 5, None, None)],
        "Sven Ollendorf",
    ),
    (
        "de",
        "Kapitän Lukas Brenninger falle mit einem Muskelfaserriss mindestens drei Wochen aus, so der Trainer.",
        True,
        [("duration", 3, "week", "at_least")],
        None,
    ),
    ("de", "„Wir jammern nicht, wir spielen“, sagte der 46-Jährige.", False, [("duration", 46, "year", None)], None),
    (
        "de",
        "Die Eintracht hat aus den vergangenen vier Bundesligaspielen nur zwei Punkte geholt und ist auf Rang neun abgerutscht.",
        True,
        [("count", 4, None, None), ("count", 2, None, None), ("ordinal", 9, None, None)],
        None,
    ),
    (
        "de",
        "Leverkusen liegt mit 52 Punkten auf Platz zwei, elf Zähler vor der Eintracht.",
        True,
        [("count", 52, None, None), ("ordinal", 2, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "de",
        "Zu Berichten über ein Interesse des FC Chelsea an Stürmer Jonah Ezeoke wollte sich Ollendorf nicht äußern.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Der Junge hat Vertrag bis 2029, mehr gibt es dazu nicht zu sagen“, sagte er.",
        True,
        [("year", 2029, None, None)],
        None,
    ),
    ("de", "Das Spiel ist mit 58.000 Zuschauern ausverkauft.", True, [("count", 58000, None, None)], None),
    # --- Everton manager's news conference (PA) ---
    (
        "en",
        "LIVERPOOL (PA) - A torn hamstring will keep midfielder Jonas Berg out for at least six weeks, Everton manager Declan Hartley told his pre-match news conference on Thursday.",
        True,
        [("duration", 6, "week", "at_least")],
        "Declan Hartley",
    ),
    (
        "en",
        "He said Berg was the fifth senior player to pick up a muscle injury since January.",
        True,
        [("ordinal", 5, None, None)],
        None,
    ),
    (
        "en",
        '"I\'m not going to stand here and blame the pitch, the fixture list or the weather," Hartley said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Berg, 27, joined Everton from Hamburg in 2024 for a reported £22 million fee.",
        True,
        [("duration", 27, "year", None), ("year", 2024, None, None), ("money", 22000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Everton have won only two of their last 11 league games and sit 17th, three points above the relegation zone.",
        True,
        [("count", 2, None, None), ("count", 11, None, None), ("ordinal", 17, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        '"We have 12 games left, and if we win five of them we are safe," he said.',
        True,
        [("count", 12, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        'Asked about his own future, Hartley said he had "never felt more supported" by the club\'s owners.',
        False,
        [],
        None,
    ),
    ("en", "Everton host Brentford on Saturday, with kick-off at 3pm.", True, [], None),
    # --- ECB policymaker to Handelsblatt (Reuters) ---
    (
        "en",
        "FRANKFURT, March 13 (Reuters) - The European Central Bank is likely to keep its deposit rate at 2% for the rest of the year, ECB board member Katrin Vasold told German newspaper Handelsblatt in an interview published on Friday.",
        True,
        [("date", "--03-13", None, None), ("percent", 2, "%", None)],
        "Katrin Vasold",
    ),
    (
        "en",
        "Euro zone inflation would average 2.1% this year and 1.9% in 2027, in line with the bank's December projections, she told the paper.",
        True,
        [("percent", 2.1, "%", None), ("percent", 1.9, "%", None), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        '"Our policy stance is exactly where it should be, and I see no reason to fiddle with it," Vasold said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Vasold said U.S. tariffs could shave up to 0.3 percentage points off euro zone growth next year.",
        True,
        [("percent", 0.3, "pp", "up_to")],
        "Vasold",
    ),
    (
        "en",
        "Markets currently price in about a 30% chance of a further cut by December, according to LSEG data.",
        True,
        [("percent", 30, "%", "about")],
        None,
    ),
    (
        "en",
        "Vasold has sat on the ECB's six-member Executive Board since 2023.",
        True,
        [("count", 6, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "She declined to comment on the race to succeed the ECB president, whose term ends in October 2027.",
        False,
        [("year", 2027, None, None)],
        None,
    ),
    # --- dpa-Interview mit der Städtetagspräsidentin ---
    (
        "de",
        "Berlin (dpa) - Die deutschen Kommunen steuern nach Einschätzung des Deutschen Städtetags in diesem Jahr auf ein Rekorddefizit von mehr als 30 Milliarden Euro zu.",
        True,
        [("money", 30000000000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Im Interview mit der Deutschen Presse-Agentur verlangt Präsidentin Marion Hellweg, der Bund müsse den Städten drei Prozentpunkte mehr vom Umsatzsteueraufkommen überlassen.",
        True,
        [("percent", 3, "pp", None)],
        None,
    ),
    ("de", "Frage: Frau Hellweg, wie groß ist das Loch in den Stadtkassen wirklich?", False, [], None),
    (
        "de",
        "Hellweg: Allein die Sozialausgaben sind seit 2022 um gut 28 Prozent gestiegen, die Steuereinnahmen nur um 11 Prozent.",
        True,
        [("year", 2022, None, None), ("percent", 28, "%", "over"), ("percent", 11, "%", None)],
        "Hellweg",
    ),
    ("de", "Hellweg: Das kann nur behaupten, wer noch nie einen Kita-Haushalt von innen gesehen hat.", False, [], None),
    (
        "de",
        "Hellweg: Jede dritte Stadt kann ihren Haushalt in diesem Jahr nicht mehr ausgleichen, das sind über 600 Kommunen.",
        True,
        [("fraction", 0.3333, None, None), ("count", 600, None, "over")],
        "Hellweg",
    ),
    (
        "de",
        "Hellweg: Bis 2030 fehlen uns nach unseren Berechnungen rund 180 Milliarden Euro für Schulen, Brücken und Bäder.",
        True,
        [("year", 2030, None, None), ("money", 180000000000, "EUR", "about")],
        "Hellweg",
    ),
    ("de", "Die Fragen stellte Lea Wieland.", False, [], None),
    # --- Generalinspekteur in der „Frankfurter Allgemeinen Sonntagszeitung“ (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die Bundeswehr hat im vergangenen Jahr rund 21.000 neue Soldatinnen und Soldaten eingestellt, so viele wie seit 2011 nicht mehr, sagte Generalinspekteur Matthias Kronauer der „Frankfurter Allgemeinen Sonntagszeitung“.",
        True,
        [("count", 21000, None, "about"), ("year", 2011, None, None)],
        "Matthias Kronauer",
    ),
    (
        "de",
        "Um die Zielgröße von 260.000 aktiven Soldaten bis 2035 zu erreichen, reiche das aber bei weitem nicht aus.",
        True,
        [("count", 260000, None, None), ("year", 2035, None, None)],
        None,
    ),
    (
        "de",
        "Jeder vierte Rekrut breche die Grundausbildung innerhalb der ersten sechs Monate ab, so der General.",
        True,
        [("fraction", 0.25, None, None), ("ordinal", 1, None, None), ("duration", 6, "month", None)],
        None,
    ),
    ("de", "„Wer glaubt, Abschreckung gebe es zum Nulltarif, der irrt“, sagte Kronauer.", False, [], None),
    (
        "de",
        "Kronauer sagte, die Truppe verfüge derzeit über Munition für höchstens zwei Wochen intensiver Gefechte.",
        True,
        [("duration", 2, "week", "at_most")],
        "Kronauer",
    ),
    ("de", "Ob er eine Rückkehr zur Wehrpflicht für nötig hält, ließ Kronauer offen.", False, [], None),
    (
        "de",
        "Derzeit dienen nach Angaben des Verteidigungsministeriums knapp 183.000 Soldatinnen und Soldaten in der Bundeswehr.",
        True,
        [("count", 183000, None, "nearly")],
        "das Verteidigungsministerium",
    ),
    (
        "de",
        "Die Wehrbeauftragte hatte in ihrem Jahresbericht beklagt, dass rund 20.000 Dienstposten unbesetzt seien.",
        True,
        [("count", 20000, None, "about")],
        None,
    ),
    # --- Education secretary on teacher numbers (PA) ---
    (
        "en",
        "LONDON (PA) - An extra 6,500 teachers will be recruited in England before the next general election, Education Secretary Bridget Hallam has told The Times.",
        True,
        [("count", 6500, None, None)],
        "Bridget Hallam",
    ),
    (
        "en",
        "She told the paper that 1,900 of them were already in classrooms, with a further 2,100 in training.",
        True,
        [("count", 1900, None, None), ("count", 2100, None, None)],
        None,
    ),
    ("en", '"Every child deserves a teacher who knows their subject inside out," Ms Hallam said.', False, [], None),
    (
        "en",
        "Ms Hallam said teacher vacancies had fallen by around a quarter since September 2024.",
        True,
        [("fraction", 0.25, None, "about"), ("year", 2024, None, None)],
        "Hallam",
    ),
    (
        "en",
        'The National Education Union said the pledge was "smoke and mirrors" and that 1 in 8 new teachers still quit within a year.',
        True,
        [("fraction", 0.125, None, None)],
        "the National Education Union",
    ),
    (
        "en",
        "Department for Education figures show 48,100 teachers left the profession in England in the last academic year.",
        True,
        [("count", 48100, None, None)],
        None,
    ),
    (
        "en",
        "Teachers in England are due a 4% pay rise from September, costing about £1.2 billion, according to the department.",
        True,
        [("percent", 4, "%", None), ("money", 1200000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        'Asked whether schools would get extra money to cover the pay rise, Ms Hallam said talks with the Treasury were "ongoing."',
        False,
        [],
        None,
    ),
    # --- India and EU near trade deal (Reuters) ---
    (
        "en",
        "NEW DELHI, March 17 (Reuters) - India and the European Union have closed 18 of the 23 chapters of a long-delayed trade agreement and aim to sign it by September, India's trade minister told a joint news conference on Tuesday.",
        True,
        [("date", "--03-17", None, None), ("count", 18, None, None), ("count", 23, None, None)],
        None,
    ),
    (
        "en",
        "Trade Minister Rajesh Khandelwal said the deal would remove tariffs on about 90% of goods traded between the two sides within seven years.",
        True,
        [("percent", 90, "%", "about"), ("count", 2, None, None), ("duration", 7, "year", None)],
        "Rajesh Khandelwal",
    ),
    (
        "en",
        '"This is not a deal between a buyer and a seller, it is a partnership between equals," Khandelwal said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "EU Trade Commissioner Jonas Lindqvist said bilateral trade in goods reached 124 billion euros last year, making the bloc India's second-largest trading partner.",
        True,
        [("money", 124000000000, "EUR", None), ("ordinal", 2, None, None)],
        "Jonas Lindqvist",
    ),
    (
        "en",
        "He said the two sides were still apart on cars, wine and spirits, where India levies tariffs of up to 150%.",
        True,
        [("count", 2, None, None), ("percent", 150, "%", "up_to")],
        None,
    ),
    (
        "en",
        "India's goods exports to the EU rose about 9% last year to $76 billion, Indian trade data show.",
        True,
        [("percent", 9, "%", "about"), ("money", 76000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The EU takes about a third of India's textile and clothing exports, according to the commerce ministry.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "en",
        "The talks were launched in 2007 and frozen between 2013 and 2022.",
        True,
        [("year", 2007, None, None), ("year", 2013, None, None), ("year", 2022, None, None)],
        None,
    ),
    # --- FAA chief before senators (AP) ---
    (
        "en",
        "WASHINGTON (AP) — The Federal Aviation Administration is short about 3,300 fully certified air traffic controllers, FAA Administrator Glenn Atterbury told senators on Tuesday.",
        True,
        [("count", 3300, None, "about")],
        "Glenn Atterbury",
    ),
    (
        "en",
        "He said the agency hired 2,050 trainee controllers last year, the most since 1992, and planned to hire 2,400 more this year.",
        True,
        [("count", 2050, None, None), ("year", 1992, None, None), ("count", 2400, None, None)],
        None,
    ),
    (
        "en",
        "About two-fifths of trainees still fail to complete the academy, he said.",
        True,
        [("fraction", 0.4, None, "about")],
        None,
    ),
    (
        "en",
        '"We are rebuilding a system that was neglected for decades, and that does not happen in a single budget cycle," Atterbury said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Sen. Maria Ostrander, D-Wash., asked him why controllers at some facilities were still working more than 60 hours a week.",
        False,
        [("duration", 60, "hour", "over")],
        None,
    ),
    (
        "en",
        "He said the agency would spend $1.9 billion over four years on new radar and radio equipment.",
        True,
        [("money", 1900000000, "USD", None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "en",
        "The FAA employs about 10,800 certified controllers, according to its latest workforce plan.",
        True,
        [("count", 10800, None, "about")],
        None,
    ),
    (
        "en",
        "The agency's budget request for the coming fiscal year is $22.8 billion, up 4% from this year.",
        True,
        [("money", 22800000000, "USD", None), ("percent", 4, "%", None)],
        None,
    ),
    # --- Verkehrsminister im „Tagesspiegel“ (dpa) ---
    (
        "de",
        "Berlin (dpa) - Das Deutschlandticket soll ab Januar 68 Euro im Monat kosten, 5 Euro mehr als bisher.",
        True,
        [("money", 68, "EUR", None), ("money", 5, "EUR", None)],
        None,
    ),
    ("de", "Das sagte Bundesverkehrsminister Tobias Reinartz dem „Tagesspiegel“.", True, [], "Tobias Reinartz"),
    (
        "de",
        "Bund und Länder zahlten schon jetzt jeweils 1,5 Milliarden Euro im Jahr für das Ticket, sagte er.",
        True,
        [("money", 1500000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Ein Ticket für ganz Deutschland zum Preis einer Tankfüllung bleibt ein unschlagbares Angebot“, sagte Reinartz.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Derzeit nutzten rund 14 Millionen Menschen das Ticket, ein gutes Drittel davon habe vorher kein Abo gehabt, so Reinartz.",
        True,
        [("count", 14000000, None, "about"), ("fraction", 0.3333, None, "over")],
        "Reinartz",
    ),
    (
        "de",
        "Der Verband Deutscher Verkehrsunternehmen warnt, bei einem höheren Preis könnten bis zu eine Million Abonnenten kündigen.",
        True,
        [("count", 1000000, None, "up_to")],
        None,
    ),
    ("de", "Die Grünen warfen Reinartz vor, das Ticket „scheibchenweise zu beerdigen“.", False, [], None),
    # --- Nationalbankpräsident im «Tages-Anzeiger» (Keystone-SDA) ---
    (
        "de",
        "Zürich (Keystone-SDA) - Die Schweizerische Nationalbank hat im vergangenen Jahr für rund 5 Milliarden Franken Devisen gekauft, um den Franken zu schwächen.",
        True,
        [("money", 5000000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Das sagte Nationalbankpräsident Beat Zurbriggen im Interview mit dem «Tages-Anzeiger».",
        True,
        [],
        "Beat Zurbriggen",
    ),
    (
        "de",
        "Der Leitzins liege mit 0 Prozent bereits am unteren Ende dessen, was die Geldpolitik vertrage, sagte der Notenbankchef.",
        True,
        [("percent", 0, "%", None)],
        None,
    ),
    ("de", "Negativzinsen schloss er für den Fall einer weiteren starken Aufwertung aber nicht aus.", False, [], None),
    (
        "de",
        "«Wir haben Negativzinsen nie geliebt, aber wir haben sie auch nie gescheut», sagte Zurbriggen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die SNB hatte den Leitzins im vergangenen Juni zum sechsten Mal in Folge gesenkt.",
        True,
        [("ordinal", 6, None, None)],
        None,
    ),
    ("de", "Die Teuerung in der Schweiz lag im Februar bei 0,2 Prozent.", True, [("percent", 0.2, "%", None)], None),
    (
        "de",
        "Zurbriggen zufolge hat der Franken seit Jahresbeginn gegenüber dem Euro rund 3 Prozent an Wert gewonnen.",
        True,
        [("percent", 3, "%", "about")],
        "Zurbriggen",
    ),
]
