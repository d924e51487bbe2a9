"""Four-hundredth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: ministers, a chancellor, a governor, a speaker, a
senator, a nominee, an envoy, a commissioner, party and parliamentary leaders, central
bankers, festival, theatre and museum heads, coaches, players and a farm lobby's president
appear under made-up names that stand for no real holder, and heads of state and government,
a council president, a U.N. official, a shadow minister and a mayor appear only by office
("Hungary's prime minister", "Lithuania's president", "the European Council's president",
"the head of the U.N. climate secretariat", "The shadow culture secretary", „Der
Oberbürgermeister“).

Names: Carola Quensel, Henning Lüdersdorf, Annelies Roskam, Lorenz Ambrosch, Verena
Stockhammer, Rowena Castlemayne, Tobias Ravensby, Adrian Stöcklin, Lorraine Pettigrove,
Dwight Brummelkamp, Ralf Niederschulte, Tobias Wennemar, Jonas Eggerstedt, Callum Dunkerley,
Georgie Marchiori, Sieglinde Hollwedel, Jurgen Vandersteen, Johanna Kresmer, Armin Lüderitz,
Matthieu Lenormand, the car supplier Voskuhl and its chief Heiko Brandenstein, Kai Gundlach,
Colton Brightling, Marisol Arechiga, Reto Stalden, Luca Rütimann, Sabine Weinzöttl, Bernd
Siefken, Malte Heseding, the grocers Brackwood Markets and Cottesby Foods and Brackwood's
chief executive Dolores Treadgold, Klaus-Dieter Mehnert, Jochen Wittenbrink, Walt Brennholt,
Darnell Whitmarsh, Tyrell Moncrieffe, Hartmut Tiefenbach, Doris Ahlmeyer, Alistair
Penberthy, Valentin Kornhäusl, Leopold Stiegenhofer, Gareth Pumphrey, Owain Tregaron, Rhodri
Maddocks, Elmar Diekhoff, Imogen Larwood, the Klimafonds-Initiative, the film „Die
Fährfrau“, the Ashbourne and Dove Valley seat, and every unnamed economist, analyst,
diplomat, campaigner, fan, farmer and visitor are invented. Real states, bodies, parties,
papers, institutes, clubs, leagues, venues and places (Bundestag, Bundesverfassungsgericht,
Finanzministerium, Klima- und Transformationsfonds, SPD, CDU, Union, FPÖ, ÖVP, Grüne,
Salzburger Festspiele, Großes Festspielhaus, Bundesrat, GFS Bern, FC Augsburg, Werder
Bremen, Umweltbundesamt, Expertenrat für Klimafragen, Deutsche Umwelthilfe, Berlinale, IG
Metall, „Standard“, „Presse“, „Kronen Zeitung“, „Kleine Zeitung“, „Salzburger Nachrichten“,
„Oberösterreichische Nachrichten“, „Kurier“, NHL, Mercosur, Bauernverband, Ifo, „Rheinische
Post“, Burgtheater, Bundestheater, Dreigestirn, Festkomitee, Alter Markt, Zülpicher Viertel,
GKV-Spitzenverband, Funke-Mediengruppe, Loccum, Bad Kissingen; the European Commission, the
European Environment Agency, National Insurance, the Confederation of British Industry, the
Legislature, the Australian Energy Market Operator, the coalition, the European Central
Bank, Copa-Cogeca, the Energy Department, the Senate Energy and Natural Resources Committee,
Reform UK, Labour, the Conservatives, The Times, the Daily Mirror, The Guardian, the Daily
Telegraph, the Daily Mail, the i, the Financial Times, Downing Street, the International
Energy Agency, the NFL, Levi's Stadium, the Chiefs, the Eagles, TickPick, the Bank of
England, LSEG, the Welsh Rugby Union, the Six Nations, Twickenham, the European Defence
Agency, the British Museum, the Association of Leading Visitor Attractions, and the
datelines' cities) stand for the way wire copy names them; every budget, target, poll,
tally, vote, crowd, squad, injury, price, deal, sum, date, quote, slogan, label and reaction
here is invented, and where a real figure came to mind (a real EU climate target, a real
trade quota, a real defence fund, a real losing streak, a real visitor count) it was
changed.

Its weight: OPINION, RHETORIC AND CLAIMS SIDE BY SIDE, thirty-fourth round (the
ninety-eighth, hundred-nineteenth, hundred-twenty-fourth, hundred-thirty-first,
hundred-thirty-eighth, hundred-forty-sixth, hundred-fifty-eighth, hundred-sixty-fifth,
hundred-seventy-fifth, hundred-eighty-first, hundred-eighty-ninth, hundred-ninety-sixth,
two-hundred-and-fourth, two-hundred-and-eighth, two-hundred-and-fifteenth,
two-hundred-and-twenty-second, two-hundred-and-twenty-ninth, two-hundred-and-forty-first,
two-hundred-and-forty-fifth, two-hundred-and-fifty-third, two-hundred-and-sixty-first,
two-hundred-and-sixty-ninth, two-hundred-and-seventy-seventh, two-hundred-and-eighty-fifth,
two-hundred-and-ninety-third, three-hundred-and-seventh, three-hundred-and-thirteenth,
three-hundred-and-twentieth, three-hundred-and-twenty-seventh,
three-hundred-and-forty-first, three-hundred-and-fiftieth, three-hundred-and-fifty-ninth and
three-hundred-and-eighty-first batches were the first thirty-three, and their decisions are
kept; the hundred-twenty-fourth's conditional threats, the two-hundred-and-fourth's
warnings, appeals and hopes, the three-hundred-and-twenty-seventh's votes of confidence and
rulings-out, the three-hundred-and-fiftieth's writer's lines, slogans and predictions and
the three-hundred-and-fifty-ninth's press reviews and columns were read closely), this time
weighted on THE LINE BETWEEN CHECK-WORTHY AND NOT - four wire days, Monday to Thursday,
February 2 to 5, of one year, as 30 short stories in story order, the German and English
ones interleaved by day, over domestic politics (a federal budget draft, a Land government
statement, a health insurance reform, a State of the State address, a chancellor's growth
speech, a nominee's Senate hearing, an Australian renewables row), the EU (a 2040 climate
target, farmers against the Mercosur deal and Berlin's yes to it, a defence loan fund), the
economy (a car supplier's job cuts, an ECB policymaker, the Ifo index, a Bank of England
cut, a Breakingviews column on a grocery deal), climate (German emissions, a U.N. climate
chief, a Swiss climate fund vote), sport (a Bundesliga crisis, the Swiss ice hockey squad,
Super Bowl week, Wales before the Six Nations), culture (the Salzburg Festival, the
Berlinale, the Burgtheater, the British Museum) and two reviews of commentary (APA's
Presseschau on a pension reform, PA's review of the papers after a by-election), with a mood
piece from the Cologne carnival. Half German (dpa with "dpa/lni" and "dpa/lnw", dpa-AFX,
APA, Keystone-SDA; Austrian „heuer“, „Budget“, „wird sich weisen“, Swiss „liess“, „den
Final“, "112'400", «» quotes, German „“ quotes) and half English (Reuters and Reuters
Breakingviews with dated datelines, AP, PA, AAP; British "centres", "apologising",
"Organisers", "defence", Australian "per cent" and "A$", American "reelection",
"liquefied"). About 100 rows are negatives that look like claims - commentary and papers'
verdicts, editorial lines quoted in the copy, a column's label and verdicts, politicians'
rhetoric, creeds and slogans, labels and accusations that name no act, a conditional threat,
a vote of confidence, hopes and a confidence, predictions and readings without a figure,
warnings and appeals that name no measure, evasions and open questions, banners and chants,
the writer's own lines and mood leads - each beside a check-worthy look-alike around a
verifiable core: the same speaker's figure, a position of record (a rejection, a ruling-out,
a stated plan, a government's vote, member states' stances, a demand naming a measure, a
refusal), an announced or a taken step, a scheduled vote, an attributed fact without a
figure, the official figure. Figures as such copy has them: budgets, funds, grants, losses,
savings, prices and deals in euros, dollars, pounds, francs and Australian dollars, targets,
shares, polls, rates, moves and turnouts in percent and percentage points, counts of
performances, tickets, signatures, troopers, points, films, tractors, protesters, tonnes,
jobs, permits, a majority, players, countries, homes, stores, fans, premieres, visitors and
health funds, fractions („knapp drei Viertel“, „mehr als die Hälfte“, „ein knappes Drittel“,
„nicht einmal ein Drittel“, "roughly a quarter"), ordinals, spans, ages, years and dates; no
negative carries a figure.

243 rows (124 German, 119 English), 99 negatives (50 German, 49 English), 144 check-worthy
rows of which 33 carry no figure (18 German, 15 English), 192 expected quantities (50
counts, 40 percentages - 38 in "%", 2 in percentage points "pp" -, 32 years, 28 amounts of
money - 14 EUR, 8 USD, 3 GBP, 2 CHF, 1 AUD -, 16 ordinals, 12 dates, 9 durations - 5 in
years, 1 in months, 1 in weeks, 1 in days, 1 in hours -, 5 fractions; none of them in a
negative), 36 checked speakers (19 German, 17 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, creed, slogan, vow, resolve, metaphor, prophecy, hope, confidence,
  prediction without a figure, warning or appeal that names no measure, accusation that
  names no act, conditional threat or piece of rhetoric is a negative with speaker None,
  also with a named speaker and an office (seventh, ninety-eighth, hundred-twenty-fourth,
  two-hundred-and-fourth, three-hundred-and-twenty-seventh, three-hundred-and-fiftieth,
  three-hundred-and-fifty-ninth, three-hundred-and-eighty-first); a quoted or reported
  statement of fact, figure, forecast with a figure, pledge with a figure, ruling-out,
  rejection, refusal, demand that names a measure, step, plan or position is check-worthy
  with its speaker, also in Konjunktiv I (hundred-sixtieth). Pairs from one speaker:
  Quensel's 61.4 and nearly 70 billion euros and her rejection beside „Haushalt des
  Anpackens“; Lüdersdorf's interest bill since 2021 beside „Dokument der Mutlosigkeit“ and
  his threat; Roskam's 2036 beside "meant every word it signed"; Ambrosch's 228,000 tickets
  beside „verstören dürfen“; Stockhammer's 2030 beside her label and her evasion;
  Castlemayne's five years and 18 months and her ruling-out beside "apologising for wanting
  to grow", "not a slogan" and "money back in people's pockets"; Ravensby's 0.1% beside "a
  press release in search of a policy"; Stöcklin's 4 to 8 billion francs beside «einem neuen
  Topf»; Pettigrove's $340 and 400 troopers beside "getting stronger every day" and her
  evasion; Brummelkamp's stated plan beside "sugar rush"; Wennemar's ruled-out dismissal
  beside his vote of confidence; Niederschulte's three weeks beside „Kopf nicht in den
  Sand“; Dunkerley's 46 per cent beside "unstoppable"; Marchiori's A$310 beside "a fantasy"
  and "a dream"; Hollwedel's half beside „auf dem richtigen Weg“; Vandersteen's one more cut
  beside "not on autopilot" and his evasion; Kresmer's third beside her creed and her label;
  Lenormand's 92,000 tonnes beside "the altar of car exports"; Brandenstein's 640 jobs and
  the redundancies he did not rule out beside „jeden Stein umgedreht“; Brightling's stated
  position beside "ask permission" and his evasion; Arechiga's 11.3% beside "auditioning";
  Stalden's injury news beside his two quotes; Weinzöttl's 7.5 billion euros beside her
  hope; Siefken's dropped law beside „nicht jammert“ and his vow; Heseding's third beside
  „Feuerwerk der Ankündigungen“; Treadgold's $450 million beside the columnist's verdict on
  her; Mehnert's confirmation beside „Lebensversicherung“; Wittenbrink's 92,000 tonnes
  beside „Verrat an den Höfen“; Brennholt's two games beside "nobody picked"; Ahlmeyer's 9
  percent beside her „so gut wie ausgeschlossen“; Penberthy's 2.4% and 2027 beside "the job
  is not done" and "meeting by meeting"; Kornhäusl's 23 premieres and his rejection beside
  „Marktplatz der Zumutungen“ and „Anschlag auf die Substanz“; Pumphrey's captain ruled out
  beside "nobody gets written off"; Diekhoff's 12 billion euros beside „Verwaltungsapparat“
  and his confidence; Larwood's £20 charge and free entry beside her creed.
- Positions of record and views, the line this batch weighs (hundred-thirty-first,
  hundred-fifty-eighth, hundred-sixty-fifth, hundred-seventy-eighth, two-hundred-and-fourth,
  two-hundred-and-thirty-fifth, three-hundred-and-twenty-seventh,
  three-hundred-and-eighty-first, three-hundred-and-eighty-eighth): check-worthy without a
  figure are rejections („lehnte die Ministerin erneut ab“, „lehnt das Abkommen ... weiter
  ab“, „lehnte er ab“, „lehnt der Verband ab“; hundred-seventy-eighth: „lehnt ein Tempolimit
  ab“), rulings-out („schloss Wennemar aus“, "She ruled out raising ..."), stated plans and
  intentions ("would pass their own property tax bill by the end of February", "would not
  reopen the department's review", „werde die Landesregierung nicht weiterverfolgen“, "would
  not accept any language on phasing out fossil fuels", "would stay out of the fund but
  would not block it either", "will not agree to any joint borrowing", "free entry for UK
  residents would remain"), a government's vote announced („wird dem Handelsabkommen ... im
  Rat zustimmen“; hundred-fifty-eighth: "France would vote against the deal"), member
  states' stances ("France, Poland and Austria oppose the deal ..., while Germany and Spain
  support it"; seventy-fifth), a demand that names a measure (the FPÖ's freeze of the grant;
  hundred-sixty-fifth), a refusal of a named step ("He has refused to place his holdings in
  a blind trust"; ninety-fourth: a refusal to testify), what a final text limits ("the final
  text limits it to military equipment, diplomats said"), announced steps (the lawsuit, the
  rally, the protests; two-hundred-and-fourth), steps taken (the legal opinion commissioned,
  the glass ban; hundred-twenty-fourth), a scheduled vote (three-hundred-and-fifty-ninth),
  an injury and a draw (three-hundred-and-eighty-first) and a comparison of record ("the
  highest industrial electricity prices in Europe"; three-hundred-and-twenty-seventh: a
  record with a point of reference). Their look-alikes are negatives: verdicts with „halten
  ... für“ (the Expertenrat, the SPD's „unausgegoren“, Ahlmeyer, the „Salzburger
  Nachrichten“; ninety-eighth, two-hundred-and-fourth) - so „Eine Zusammenlegung von Kassen
  per Gesetz lehnt der Verband ab.“ is check-worthy and „Die SPD hält den Vorstoß für
  „unausgegoren“.“ is not -, labels („nannte“, „sprach von“, „kritisierte ... als“,
  "called", "described ... as", "dismissed ... as"), accusations that name no act („warf ...
  vor“, "accused him of"), a creed or slogan beside the same speaker's plan, and a guidance
  that names no figure or step ('"not in a hurry" and ... "meeting by meeting."';
  three-hundred-and-twenty-fourth).
- New: a threat made on a condition stays a negative also when it names a concrete step and
  a court - „Sollte die Koalition erneut eine Notlage erklären, werde die Union vor das
  Bundesverfassungsgericht ziehen, drohte Lüdersdorf.“ - as the conditional threats of the
  hundred-twenty-fourth (eighty-fourth, hundredth: „seien Protesttage auf den Baustellen
  denkbar“), while the step actually taken beside it is check-worthy without a figure („Die
  Unionsfraktion hat bereits ein Rechtsgutachten ... in Auftrag gegeben.“;
  hundred-twenty-fourth) and an announcement on no condition is an announced step („Die
  Umwelthilfe kündigte an, die Bundesregierung ... erneut zu verklagen.“;
  two-hundred-and-fourth).
- New: „Betriebsbedingte Kündigungen schloss er nicht aus.“ - a measure of one's own not
  ruled out, on no condition set for the other side, is a stated position and check-worthy
  without a figure, as the eighty-seventh batch's „Negativzinsen seien weiterhin nicht
  ausgeschlossen“ (cited in the hundred-twenty-fourth), unlike „nicht ausgeschlossen“ as
  leverage under a condition (hundred-twenty-fourth).
- New: a club's ruling-out of its coach's dismissal before a named match is check-worthy
  without a figure („Eine Entlassung des Trainers vor dem Heimspiel gegen Werder Bremen
  schloss Wennemar aus.“) - it names a measure, as a ruling-out does
  (three-hundred-and-twenty-seventh, three-hundred-and-eighty-first) - while the reported
  vote of confidence beside it stays a negative („Sportdirektor Tobias Wennemar sprach
  Trainer Ralf Niederschulte am Montag das Vertrauen aus.“;
  three-hundred-and-twenty-seventh), and so do the coach's resolve, the fans' chant
  („skandiert“; three-hundred-and-eighty-first: chants) and the coaches' lines on the other
  stories.
- New: an editorial's demand that names a measure is check-worthy with the paper unchecked
  ("The Guardian urges the government to bring its promised cut in household energy bills
  forward to April.") - a demand naming a measure is a stated position whoever makes it
  (hundred-sixty-fifth, two-hundred-and-fourth), as a paper's reported fact is a claim in a
  review (three-hundred-and-fifty-ninth) -, while the same paper's verdict in its leader
  column stays a negative ('The Guardian says in its leader column that the result should
  "terrify" ministers.'; hundred-twenty-fourth: a paper's commentary).
- Press reviews (hundred-thirty-eighth, three-hundred-and-seventh,
  three-hundred-and-fifty-ninth): the leads naming the review's topic are negatives
  („beschäftigt am Dienstag die Kommentatoren der österreichischen Tageszeitungen“,
  "dominates Wednesday's front pages"), and so are the papers' verdicts, labels, questions
  and cries („spricht von“, „fragt“, „halten ... für“, „meint“, "declares", "asks:",
  "calls"); the papers' reported facts and figures are check-worthy with the speaker
  unchecked („rechnet vor“, „erinnert daran, dass“, „verweisen darauf“, "reports that",
  "notes that"), the reminder of a step announced with its figure included (67 years;
  three-hundred-and-fifty-ninth: the reminders of a level and a law).
- Columns (three-hundred-and-thirty-third, three-hundred-and-fifty-sixth,
  three-hundred-and-fifty-ninth): the label "BREAKINGVIEWS-Brackwood's grocery grab needs
  more than a shopping list" and the columnist's verdicts ("That looks ambitious ...",
  "Treadgold may yet prove the doubters wrong, ...") are negatives; the deal terms, the
  multiple with the columnist's aside ("about 9 times ..., a rich multiple ..." 9 "about"
  and 2%; hundred-twenty-fourth: a verdict wrapped round a checkable count), the chief
  executive's savings, the stores on offer and the CONTEXT NEWS line opening with a dash ("-
  Cottesby shares closed up 23% at $61.40 on Wednesday.") are check-worthy; the
  Breakingviews dateline with a day gives --02-04 (three-hundred-and-fifty-ninth).
- Moods and leads (hundred-thirty-fourth, hundred-ninety-sixth,
  three-hundred-and-fourteenth, three-hundred-and-eighty-first,
  three-hundred-and-eighty-eighth): a lead that reports a surveyed move without a figure
  stays check-worthy („Deutschlands Unternehmen sind zu Jahresbeginn überraschend besser
  gestimmt.“; hundred-ninety-sixth: the Ifo's brighter mood), and so does an event at a
  clock time („Um 11.11 Uhr eröffnete das Dreigestirn ... den Straßenkarneval.“ - the clock
  time carries none, sixteenth); the mood of a crowd, a hall, a city or a summit is a
  negative („Der Nieselregen konnte den Jecken ... die Laune nicht verderben.“, „Im
  Plenarsaal blieb die Stimmung ... verhalten.“, "The city has been buzzing for days, ...",
  "For a city used to tech conferences, ...", "Diplomats said the mood at the summit was
  better than expected."), and so are a vox pop („sagte eine Besucherin aus Bonn“;
  hundred-ninety-third) and the mayor's appeal („friedlich und mit Respekt“;
  two-hundred-and-fourth). The police count, the arrests, the glass ban and the organisers'
  forecast beside them are check-worthy.
- Hopes, confidence and predictions (hundred-twenty-fourth, two-hundred-and-fourth,
  two-hundred-and-forty-fourth, three-hundred-and-twenty-seventh,
  three-hundred-and-fiftieth): "She said she hoped ...", „zeigte sich zuversichtlich, dass
  der Bundestag die Reform noch vor der Sommerpause beschließt“ (a confidence naming an
  event stays a negative, as „hofft“ with a year in the two-hundred-and-fourth), „Die
  Talsohle dürfte nach Einschätzung vieler Ökonomen durchschritten sein.“, "Most economists
  expect the Bank to keep easing gradually through the spring." (hundred-twenty-fourth:
  "Most economists expect ..."), "The transition is unstoppable ...", "Economists said the
  remarks fell short of a clear signal." and „Analysten werteten den Schritt als
  überfällig.“ (three-hundred-and-fiftieth: readings without a figure) are negatives;
  forecasts and targets with a figure are check-worthy (the 82 per cent by 2030, the 2.1%,
  the 0.8 and 1.0 percent, the 2.4%, 2% and 5.3%, about 12% by 2035, the 65,000 fans, the
  1.5 million visitors), and so is an official warning that names a year and a place ("has
  warned of possible supply shortfalls in Victoria and New South Wales from 2028";
  hundred-eighty-ninth: a warning with a figure), while a president's warning that names
  none is a negative.
- Other negatives (ninety-eighth, two-hundred-and-fourth, three-hundred-and-thirteenth,
  three-hundred-and-twenty-seventh, three-hundred-and-fiftieth,
  three-hundred-and-eighty-first): a slogan in the writer's voice („Das Ja-Komitee wirbt mit
  dem Slogan «...»“), banners ("Banners on the tractors read ..."), a protester's vow, the
  chief's self-justification, evasions („ließ Stockhammer offen“, „Der Verband liess offen“,
  "declined to say whether" three times), open questions („Ob Paris ..., ist offen.“, „Ob
  das Haus ..., wird sich weisen.“, "Whether the proposal ... is far from clear.", "Whether
  youth can turn the tide ... is the question hanging over Welsh rugby.", "It remains to be
  seen whether ...") and the writer's own lines („Ein Festival, das sich derart politisch
  gibt, ...“). As the brief for these batches asks, negatives carry no expected quantities,
  and this batch writes no figure into them ("quarterback" and „Einschätzung“ hold none).
- Check-worthy without a figure (hundred-seventieth, two-hundred-and-ninety-third,
  three-hundred-and-seventh, three-hundred-and-fifty-ninth, three-hundred-and-eighty-first):
  the 33 rows of the list above - the rejections, rulings-out, plans, the government's vote
  and its confirmation („Das bestätigte Regierungssprecher ... am Mittwoch in Berlin.“, an
  attribution row as in the hundred-seventy-eighth), the stances, the demands, the refusal,
  the steps, the scheduled vote, Rütimann's and Tregaron's injuries, the Olympic group, the
  CBI's comparison, the Ifo lead, the carnival's opening, the final text's limit and the
  museum galleries closed for leaks.
- Counts (every batch): performances, venues, tickets, signatures, troopers, games and
  points („aus den vergangenen acht Spielen nur zwei Punkte“, „noch einen Punkt“ - „nur“,
  „noch“ no hedge), films and countries, tractors and protesters, tonnes (a count,
  fifty-seventh: „rund 633 Millionen Tonnen“ "about", "92,000 tonnes", „92.000 Tonnen“, "a
  record 37.9 billion tonnes"), jobs („rund 3.200 seiner 14.500“;
  three-hundred-and-eighty-first: „rund 1.800 seiner 9.400“), permits ("at least 12"
  "at_least"), a majority ("of 6,412"), players („25 Spieler ..., darunter sieben“, "11
  uncapped players in a 34-man squad" - a figure heading a compound,
  three-hundred-and-twenty-seventh: "a 15-man squad"), countries ("Sixty-four countries" 64
  - a number word opening the row, three-hundredth), homes, stores ("up to 60" "up_to"),
  fans ("About 65,000"), a multiple ("about 9 times" 9 "about";
  three-hundred-and-fifty-ninth), index points („88,7 Punkte, nach 87,9 Zählern“;
  seventy-ninth, hundred-thirty-fourth), a vote ("voted 5-4" 5 and 4;
  three-hundred-and-eighty-first: "voted 5-2"), cuts ("one more quarter-point rate cut" 1
  and "two more cuts" 2 - "more" after a figure no hedge; three-hundred-and-twenty-fourth),
  visitors („412.000“, „gut 48.000“ "over", „mehr als 1,5 Millionen“ "over", "6.1 million"),
  premieres, arrests, health funds („von derzeit 94 auf höchstens 50“ - „derzeit“ no hedge,
  „höchstens“ "at_most"), "four ... in seven seasons" ordinal 4 and count 7
  (three-hundred-and-eighty-first: "their fifth premiership in seven seasons"), "missing two
  games" 2, "their last 14 Test matches" 14, „Zwölf-Punkte-Plan“ 12 (the issue's
  "28-Punkte-Entwurf"), „112'400“ (Swiss grouping, tenth).
- Percentages, fractions and ordinals as written: "88% below 1990 levels", "up to 3
  percentage points" 3 "pp" "up_to", "more ambitious than an 80% cut" 80 (the "than" of a
  comparison no hedge), "37% lower", „0,5 bis 1 Prozent“ both (the „bis“ of a range no
  hedge; three-hundred-and-eighty-eighth), "46 per cent" and "82 per cent" (Australian "per
  cent"; three-hundred-and-fifty-ninth), "one more quarter-point rate cut" 0.25 "pp"
  (three-hundred-and-fifty-ninth: "four quarter-point cuts"), "about 1.4%", "about 12%"
  ("only" no hedge), „rund 9 Prozent“, „rund 4 Prozent“ ("about"), „auf 1,0 Prozent“ 1.0.
  Fractions (the issue): „knapp drei Viertel davon“ 0.75 "nearly", "roughly a quarter" 0.25
  "about", „mehr als die Hälfte“ 0.5 "over", „ein knappes Drittel“ 0.3333 "nearly"
  (three-hundred-and-forty-ninth: „ein knappes Fünftel“), „nicht einmal ein Drittel“ 0.3333
  "under" (three-hundred-and-eighty-eighth: „nicht einmal drei Viertel“). Ordinals: „zum
  fünften Mal in Folge“ 5, „Nach der fünften Niederlage in Folge ... auf Platz 16“ 5 and 16,
  „zum dritten Mal in Folge“ 3, „in seiner ersten Regierungserklärung“ 1, "in the fourth
  quarter" 4 (twice), "in the first half of the year" 1 with no fraction (eighty-ninth,
  hundred-eighty-ninth), "his first year" 1, "its eighth reduction" 8, "the first time" 1,
  "finished fourth" 4, "the first loans" 1, "for the seventh year running" 7, "her second
  term" 2. None: "the opening game", "the final text", "the meeting's final statement",
  "last", „letzte“, „erneut“, "again".
- Durations and ages (the issue: "fünfstündigen", "a two-week visit"): "from about five
  years to under 18 months" 5 years "about" and 18 months "under" (thirty-fourth: "in under
  10 minutes" "under"), "over two years" 2 years ("over" before a span no hedge), „rund drei
  Wochen“ 3 weeks "about", „auf einer zweitägigen Klausur“ 2 days, „knapp eineinhalb
  Stunden“ 1.5 hours "nearly" (hundred-twenty-fourth: „um mindestens eineinhalb Jahre“ 1.5),
  the pension ages „bei 61,4 Jahren“ and „auf 67 Jahre“ in years
  (three-hundred-and-twenty-seventh: „auf 65 Jahre“), and the age "Pettigrove, 61," 61
  years. None: „im laufenden Jahr“, „im kommenden Jahr“, „im vergangenen Jahr“, „im
  Vorjahr“, „des Vorjahres“, „jährlich“, „jedes Jahr“, „heuer“, „im Herbst“, „im Sommer“,
  „zum Jahresbeginn“, „zu Jahresbeginn“, „seit Jahren“, „bis zum Mittag“, „bis zum
  Nachmittag“, „bis Aschermittwoch“, „vor der Sommerpause“, „im Januar“, „im Dezember“, „im
  vergangenen Mai“, "a year", "this year", "last year", "the past year", "a week earlier",
  "for days", "for much of last year", "by the end of February", "by the end of the year",
  "before the year is out", "later this year", "next Tuesday", "by September", "from April",
  "in December", weekdays and months.
- Years and dates: „für den Bundeshaushalt 2027“, „seit 2021“, „bis 2030“ (twice), „bis Ende
  2028“, „Ende 2027“, „von 1990“, „seit 2022“, „von 2018“, „seit 2019“, "by 2040" and "any
  2040 target", "1990 levels" and "than in 1990", "before 2036", "in 2031", "in 2023", "by
  2028" (twice), "from 2028", "by 2030", "since 2022", "since June 2024", "in 1983", "by
  2035 from 2019 levels", "by 2029", "early in 2027", "back to October 2023", "the 2027
  World Cup" and "the 2024-25 financial year" both years (hundred-seventy-fifth: "the
  2025-26 financial year"). Dates without a year: „am 9. Februar“ --02-09, „am 8. März“
  --03-08, „am 12. Februar“ --02-12, „für den 19. Februar“ --02-19, „für den 23. Februar“
  --02-23; Reuters datelines with a day ("BRUSSELS, Feb 2" --02-02, "FRANKFURT, Feb 3" and
  "BRUSSELS, Feb 3" --02-03, "BERLIN, Feb 4" --02-04, "LONDON, Feb 5" and "BRUSSELS, Feb 5"
  --02-05; hundred-sixtieth) and the Breakingviews one; dpa (also "Berlin/Brüssel"),
  dpa/lni, dpa/lnw, dpa-AFX, APA, Keystone-SDA, AP ("MADISON, Wis. (AP) —", "WASHINGTON (AP)
  —", "SANTA CLARA, Calif. (AP) —"), PA ("LONDON (PA) -" three times, "CARDIFF (PA) -") and
  AAP ("CANBERRA (AAP) -") datelines none (seventy-ninth). „Um 11.11 Uhr“ a clock time and
  none (sixteenth).
- Money in the currency written (every batch): EUR („512 Milliarden Euro“, „61,4 Milliarden
  Euro“ and „knapp 70 Milliarden Euro“ "nearly", „28,7 Milliarden Euro“, „74,5 Millionen
  Euro“, „1,2 Millionen Euro“, „bei 4,1 Milliarden Euro Umsatz 212 Millionen Euro Verlust“,
  „rund 31 Milliarden Euro“ and „rund 12 Milliarden Euro“ "about", "a 6.3 billion euro
  support fund", "7.5 billion euros a year", "a 125 billion euro defence loan fund", "a
  combined 343 billion euros" - "a combined" no hedge, three-hundred-and-eighty-first), USD
  ("$1.1 billion", "$4.3 billion", "about $340 a year" "about", "$7.8 billion", "$450
  million", "$61.40" 61.4, "$6,200 ... down from $7,900" - "down from" no hedge,
  three-hundred-and-eighty-eighth), GBP ("a £2.4 billion fund", "a £20 entry charge", "£58.7
  million"), CHF („zwischen 4 und 8 Milliarden Franken“ both with no hedge - „zwischen“,
  forty-first - and the currency written once serving the earlier figure,
  hundred-seventeenth), AUD ("by an average of A$310" - "an average of" no hedge, as „im
  Schnitt“ and „durchschnittlich“).
- Hedges, only the names in use: „rund“, "about", "About", "roughly" "about"; „knapp“,
  „knappes“ "nearly"; „gut“, „mehr als“ "over"; "under", „nicht einmal“ "under"; „höchstens“
  "at_most"; "at least" "at_least"; "up to" "up_to". No hedge: „nur“, „noch“, „insgesamt“,
  „derzeit“, „bereits“, „zwischen“, "only", "a combined", "an average of", "down from",
  "more" and "additional" after a figure ("400 additional state troopers";
  three-hundred-and-fifty-ninth: "3,800 additional ... agents"), the „bis“ of a range,
  "over" before a span and the "than" of a comparison.
- Speakers, checked only in forms the earlier batches settled: the surname after a
  Konjunktiv I paraphrase („..., sagte Quensel.“, „..., sagte Ambrosch.“, „..., sagte
  Siefken.“; hundred-eightieth) or with the papers („..., sagte Diekhoff den Zeitungen der
  Funke-Mediengruppe.“; three-hundred-and-fifty-ninth: „sagte Imfeld der Zeitung“); the
  surname opening the row („Lüdersdorf sagte“, „Niederschulte sagte“, „Hollwedel sagte“,
  „Kresmer sagte“, „Stalden sagte“, „Heseding sagte“, „Wittenbrink sagte“, „Ahlmeyer sagte“,
  „Kornhäusl sagte“; forty-second); the name with the office dropped („Umweltminister Adrian
  Stöcklin sagte“, „Voskuhl-Chef Heiko Brandenstein sagte“; three-hundred-and-fifty-ninth:
  „Rhenaria-Chef Felix Dornbusch sagte“); „Nach Angaben des Finanzministeriums“ -> "das
  Finanzministerium" and „nach Angaben des Umweltbundesamts“ -> "das Umweltbundesamt" (the
  source in the nominative, two-hundred-and-ninety-third, three-hundred-and-fifty-ninth);
  „nach Angaben der Polizei“ -> "die Polizei" and „nach Angaben der Festivalleitung“ -> "die
  Festivalleitung" (three-hundred-and-fifty-sixth). English: the surname opening the row
  ("Pettigrove said", "Brummelkamp said", "Vandersteen said", "Lenormand said", "Brightling
  said", "Arechiga said", "Pumphrey said", "Larwood said"), "Roskam told reporters" and
  "Penberthy told reporters" (three-hundred-and-eighty-eighth: "Lindvall told reporters"),
  the capitalised office dropped ("Shadow Chancellor Tobias Ravensby said", "Chief Executive
  Dolores Treadgold said"; three-hundred-and-fifty-ninth, three-hundred-and-eighty-first),
  the team before the role ("Chiefs coach Walt Brennholt said";
  three-hundred-and-eighty-first), the name in apposition with the addressee dropped
  ("Germany's climate envoy, Sabine Weinzöttl, told Reuters that" -> "Sabine Weinzöttl";
  hundred-fifty-ninth, three-hundred-and-eighty-eighth), and the honorific dropped ("Ms
  Castlemayne said" -> "Castlemayne", "Ms Marchiori said" -> "Marchiori";
  three-hundred-and-fifty-ninth: "Ms Talliss said"). New: "Mr Dunkerley said" -> "Dunkerley"
  - "Mr" is dropped as "Ms" is. Left unchecked (None): all negatives, also those with a
  named speaker; „hat ... vorgelegt“, „lehnte ... ab“, „schloss ... aus“, „kündigte an“,
  „hatte ... angekündigt“, „fordert“, „rechnet“, „zählte“, „verwies darauf“ (no verbs of
  saying), „wie Intendant Lorenz Ambrosch ... mitteilte“ (two-hundred-and-fourth: „wie ...
  mitteilte“), „laut Stockhammer“ (three-hundred-and-eighty-first: „Laut Statistik Austria“
  unchecked), „nach Angaben des Hauses“ (a description), „Das bestätigte Regierungssprecher
  ...“ ("has confirmed", three-hundred-and-eighty-first), every paper in the reviews; "says"
  in the present (three-hundred-and-eighty-eighth: "the Kremlin says"), "policymaker Jurgen
  Vandersteen said" (a lower-case description before a name, three-hundred-and-fifty-ninth),
  "The nominee ..., Colton Brightling, told senators" ("told senators" no form settled),
  "has announced", "proposed", "called for", "has said", "has warned", "has refused", "ruled
  out", "he said", "she said", "Brussels police said", "Organisers put", "The European
  Commission said", "Saudi Arabia's delegation said", "Hungary's prime minister said",
  "diplomats said", "Democrats on the committee said", "The Welsh Rugby Union confirmed",
  "The culture department said", "the Association of Leading Visitor Attractions said", "ECB
  data showed", "LSEG data showed", "The Bank's forecasts showed", "figures show" and every
  "according to" (two-hundred-and-fourth). As the three-hundred-and-fifty-ninth and
  three-hundred-and-eighty-first batches did, and to keep the checked speakers near 35, this
  batch also leaves unchecked forms it could have checked: „laut Stockhammer“
  (three-hundred-and-eighty-eighth: „Laut Brjanzew“) and "The European Commission said".

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_400 = [
    # --- Haushaltsentwurf 2027 (dpa), Montag ---
    (
        "de",
        "Berlin (dpa) - Bundesfinanzministerin Carola Quensel (SPD) hat den Entwurf für den Bundeshaushalt 2027 mit Ausgaben von 512 Milliarden Euro vorgelegt.",
        True,
        [("year", 2027, None, None), ("money", 512000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Dieser Haushalt ist ein Haushalt des Anpackens, nicht des Abwartens“, sagte Quensel bei der Vorstellung in Berlin.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Neuverschuldung solle auf 61,4 Milliarden Euro sinken, nach knapp 70 Milliarden Euro im laufenden Jahr, sagte Quensel.",
        True,
        [("money", 61400000000, "EUR", None), ("money", 70000000000, "EUR", "nearly")],
        "Quensel",
    ),
    ("de", "Eine Aussetzung der Schuldenbremse lehnte die Ministerin erneut ab.", True, [], None),
    (
        "de",
        "Unionsfraktionsvize Henning Lüdersdorf nannte den Entwurf ein „Dokument der Mutlosigkeit“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Lüdersdorf sagte, seit 2021 hätten sich die Zinsausgaben des Bundes mehr als verdreifacht.",
        True,
        [("year", 2021, None, None)],
        "Lüdersdorf",
    ),
    (
        "de",
        "Sollte die Koalition erneut eine Notlage erklären, werde die Union vor das Bundesverfassungsgericht ziehen, drohte Lüdersdorf.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Unionsfraktion hat bereits ein Rechtsgutachten zur Notlagenerklärung des Vorjahres in Auftrag gegeben.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben des Finanzministeriums sind für den Klima- und Transformationsfonds im kommenden Jahr 28,7 Milliarden Euro vorgesehen.",
        True,
        [("money", 28700000000, "EUR", None)],
        "das Finanzministerium",
    ),
    # --- EU 2040 climate target proposal (Reuters), Monday ---
    (
        "en",
        "BRUSSELS, Feb 2 (Reuters) - Brussels unveiled plans on Monday for a legally binding goal for the European Union to bring net greenhouse gas emissions 88% below 1990 levels by 2040, allowing international carbon credits to cover up to 3 percentage points.",
        True,
        [
            ("date", "--02-02", None, None),
            ("percent", 88, "%", None),
            ("year", 1990, None, None),
            ("year", 2040, None, None),
            ("percent", 3, "pp", "up_to"),
        ],
        None,
    ),
    (
        "en",
        '"This is the moment Europe proves it meant every word it signed," Climate Commissioner Annelies Roskam told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Roskam told reporters the credits would have to come from projects certified under U.N. rules and could not be counted before 2036.",
        True,
        [("year", 2036, None, None)],
        "Roskam",
    ),
    (
        "en",
        "Poland and Hungary have said they will vote against any 2040 target more ambitious than an 80% cut.",
        True,
        [("year", 2040, None, None), ("percent", 80, "%", None)],
        None,
    ),
    (
        "en",
        'Hungary\'s European affairs minister called the proposal "a suicide note for European industry."',
        False,
        [],
        None,
    ),
    (
        "en",
        "France has asked for a clause allowing the target to be reviewed in 2031, according to a position paper seen by Reuters.",
        True,
        [("year", 2031, None, None)],
        None,
    ),
    (
        "en",
        "European Environment Agency figures show the bloc's net emissions were 37% lower in 2023 than in 1990.",
        True,
        [("percent", 37, "%", None), ("year", 2023, None, None), ("year", 1990, None, None)],
        None,
    ),
    (
        "en",
        "Whether the proposal can win over enough governments before the summer is far from clear.",
        False,
        [],
        None,
    ),
    # --- Programm der Salzburger Festspiele (APA), Montag ---
    (
        "de",
        "Salzburg (APA) - Die Salzburger Festspiele zeigen im Sommer 178 Vorstellungen an 16 Spielstätten, wie Intendant Lorenz Ambrosch am Montag bei der Programmpräsentation mitteilte.",
        True,
        [("count", 178, None, None), ("count", 16, None, None)],
        None,
    ),
    ("de", "„Kunst muss verstören dürfen, sonst ist sie bloß Dekoration“, sagte Ambrosch.", False, [], None),
    (
        "de",
        "Der Kartenverkauf beginne am 9. Februar, insgesamt stünden rund 228.000 Karten zur Verfügung, sagte Ambrosch.",
        True,
        [("date", "--02-09", None, None), ("count", 228000, None, "about")],
        "Ambrosch",
    ),
    (
        "de",
        "Das Budget der Festspiele liegt bei 74,5 Millionen Euro, knapp drei Viertel davon werden aus eigenen Einnahmen gedeckt.",
        True,
        [("money", 74500000, "EUR", None), ("fraction", 0.75, None, "nearly")],
        None,
    ),
    (
        "de",
        "Festspielpräsidentin Verena Stockhammer sprach von einem „Programm, das die Welt nach Salzburg holt“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Sanierung des Großen Festspielhauses soll laut Stockhammer bis 2030 abgeschlossen sein.",
        True,
        [("year", 2030, None, None)],
        None,
    ),
    ("de", "Ob der Kostenrahmen für die Sanierung hält, ließ Stockhammer offen.", False, [], None),
    (
        "de",
        "Die FPÖ im Landtag kritisierte die Festspiele als „Spielwiese einer zahlungskräftigen Elite“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die FPÖ fordert, dass das Land seinen Zuschuss zur Sanierung einfriert, bis ein unabhängiges Gutachten vorliegt.",
        True,
        [],
        None,
    ),
    # --- Grid fund speech (PA), Monday ---
    (
        "en",
        "LONDON (PA) - Chancellor Rowena Castlemayne has announced a £2.4 billion fund to speed up grid connections for factories and data centres in the North of England.",
        True,
        [("money", 2400000000, "GBP", None)],
        None,
    ),
    (
        "en",
        '"Britain has spent too long apologising for wanting to grow," Ms Castlemayne told an audience at a cable plant in Hartlepool.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ms Castlemayne said the fund would cut average connection waits from about five years to under 18 months.",
        True,
        [("duration", 5, "year", "about"), ("duration", 18, "month", "under")],
        "Castlemayne",
    ),
    ("en", "She ruled out raising income tax, National Insurance or VAT in the spring budget.", True, [], None),
    ("en", '"Growth is not a slogan for this government, it is the whole point," she said.', False, [], None),
    (
        "en",
        "Shadow Chancellor Tobias Ravensby said the economy had grown by only 0.1% in the fourth quarter.",
        True,
        [("percent", 0.1, "%", None), ("ordinal", 4, None, None)],
        "Tobias Ravensby",
    ),
    ("en", 'He called the fund "a press release in search of a policy."', False, [], None),
    (
        "en",
        "The Confederation of British Industry welcomed the fund but said its members still paid the highest industrial electricity prices in Europe.",
        True,
        [],
        None,
    ),
    # --- Abstimmung über die Klimafonds-Initiative (Keystone-SDA), Montag ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Bundesrat empfiehlt die Klimafonds-Initiative zur Ablehnung, über die am 8. März abgestimmt wird.",
        True,
        [("date", "--03-08", None, None)],
        None,
    ),
    (
        "de",
        "Die Initiative verlangt, dass der Bund jährlich 0,5 bis 1 Prozent des Bruttoinlandprodukts in einen Klimafonds einzahlt.",
        True,
        [("percent", 0.5, "%", None), ("percent", 1, "%", None)],
        None,
    ),
    (
        "de",
        "Umweltminister Adrian Stöcklin sagte, die Initiative würde den Bund jährlich zwischen 4 und 8 Milliarden Franken kosten.",
        True,
        [("money", 4000000000, "CHF", None), ("money", 8000000000, "CHF", None)],
        "Adrian Stöcklin",
    ),
    ("de", "«Wir können nicht jedes Problem mit einem neuen Topf lösen», sagte Stöcklin.", False, [], None),
    ("de", "Das Ja-Komitee wirbt mit dem Slogan «Jetzt investieren statt später bezahlen».", False, [], None),
    (
        "de",
        "Das Komitee hatte die Initiative mit 112'400 gültigen Unterschriften eingereicht.",
        True,
        [("count", 112400, None, None)],
        None,
    ),
    ("de", "Die Grünen sprachen von einer «Chance, die sich so schnell nicht wieder bietet».", False, [], None),
    (
        "de",
        "In einer Umfrage des Forschungsinstituts GFS Bern sprachen sich im Januar 47 Prozent für die Vorlage aus.",
        True,
        [("percent", 47, "%", None)],
        None,
    ),
    # --- State of the State in Wisconsin (AP), Monday ---
    (
        "en",
        "MADISON, Wis. (AP) — Wisconsin Gov. Lorraine Pettigrove proposed on Monday to cut property taxes by $1.1 billion over two years, using roughly a quarter of a state surplus she put at $4.3 billion.",
        True,
        [
            ("money", 1100000000, "USD", None),
            ("duration", 2, "year", None),
            ("fraction", 0.25, None, "about"),
            ("money", 4300000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        '"The state of our state is strong, and it is getting stronger every day," Pettigrove told a joint session of the Legislature.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Pettigrove said the average homeowner would save about $340 a year.",
        True,
        [("money", 340, "USD", "about")],
        "Pettigrove",
    ),
    (
        "en",
        "She also called for hiring 400 additional state troopers by 2028.",
        True,
        [("count", 400, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        'Republican Assembly Speaker Dwight Brummelkamp called the plan "an election-year sugar rush."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Brummelkamp said Republicans would pass their own property tax bill by the end of February and send it to the governor.",
        True,
        [],
        "Brummelkamp",
    ),
    ("en", "Pettigrove declined to say whether she would run for reelection.", False, [], None),
    (
        "en",
        "Pettigrove, 61, is in her second term.",
        True,
        [("duration", 61, "year", None), ("ordinal", 2, None, None)],
        None,
    ),
    # --- Krise beim FC Augsburg (dpa), Montag ---
    (
        "de",
        "Augsburg (dpa) - Nach der fünften Niederlage in Folge ist der FC Augsburg in der Fußball-Bundesliga auf Platz 16 abgerutscht.",
        True,
        [("ordinal", 5, None, None), ("ordinal", 16, None, None)],
        None,
    ),
    (
        "de",
        "Sportdirektor Tobias Wennemar sprach Trainer Ralf Niederschulte am Montag das Vertrauen aus.",
        False,
        [],
        None,
    ),
    ("de", "Eine Entlassung des Trainers vor dem Heimspiel gegen Werder Bremen schloss Wennemar aus.", True, [], None),
    ("de", "„Wir stecken den Kopf nicht in den Sand“, sagte Niederschulte.", False, [], None),
    (
        "de",
        "Augsburg hat aus den vergangenen acht Spielen nur zwei Punkte geholt, der Vorsprung auf den Relegationsplatz beträgt noch einen Punkt.",
        True,
        [("count", 8, None, None), ("count", 2, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "de",
        "Niederschulte sagte, Kapitän Jonas Eggerstedt habe sich einen Muskelfaserriss zugezogen und werde rund drei Wochen fehlen.",
        True,
        [("duration", 3, "week", "about")],
        "Niederschulte",
    ),
    ("de", "Die Fans hatten nach dem Abpfiff „Wir haben die Schnauze voll“ skandiert.", False, [], None),
    # --- Renewables target row (AAP), Monday ---
    (
        "en",
        "CANBERRA (AAP) - Energy Minister Callum Dunkerley says Australia is on track to source 82 per cent of its electricity from renewables by 2030.",
        True,
        [("percent", 82, "%", None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "Mr Dunkerley said renewables supplied 46 per cent of the main grid's power in the 2024-25 financial year.",
        True,
        [("percent", 46, "%", None), ("year", 2024, None, None), ("year", 2025, None, None)],
        "Dunkerley",
    ),
    (
        "en",
        '"The transition is unstoppable and the coalition knows it," he told reporters in Canberra.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Opposition energy spokeswoman Georgie Marchiori called the target "a fantasy costed on the back of a coaster."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The coalition has said it would scrap the 82 per cent target if it wins the next election.",
        True,
        [("percent", 82, "%", None)],
        None,
    ),
    (
        "en",
        "Ms Marchiori said household power bills had risen by an average of A$310 since 2022.",
        True,
        [("money", 310, "AUD", None), ("year", 2022, None, None)],
        "Marchiori",
    ),
    ("en", '"Families are being asked to pay for a dream," she said.', False, [], None),
    (
        "en",
        "The Australian Energy Market Operator has warned of possible supply shortfalls in Victoria and New South Wales from 2028.",
        True,
        [("year", 2028, None, None)],
        None,
    ),
    # --- Treibhausgasbilanz (dpa), Dienstag ---
    (
        "de",
        "Dessau-Roßlau (dpa) - Deutschland hat im vergangenen Jahr nach Angaben des Umweltbundesamts rund 633 Millionen Tonnen Treibhausgase ausgestoßen, 3,1 Prozent weniger als im Vorjahr.",
        True,
        [("count", 633000000, None, "about"), ("percent", 3.1, "%", None)],
        "das Umweltbundesamt",
    ),
    (
        "de",
        "Der Ausstoß liegt damit um 42 Prozent unter dem Wert von 1990.",
        True,
        [("percent", 42, "%", None), ("year", 1990, None, None)],
        None,
    ),
    (
        "de",
        "„Wir sind auf dem richtigen Weg, aber wir dürfen jetzt nicht nachlassen“, sagte Bundesumweltministerin Sieglinde Hollwedel.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Hollwedel sagte, mehr als die Hälfte des Rückgangs entfalle auf die Energiewirtschaft.",
        True,
        [("fraction", 0.5, None, "over")],
        "Hollwedel",
    ),
    (
        "de",
        "Im Verkehrssektor stiegen die Emissionen dagegen leicht an, der Sektor verfehlte sein Ziel damit zum fünften Mal in Folge.",
        True,
        [("ordinal", 5, None, None)],
        None,
    ),
    (
        "de",
        "Der Expertenrat für Klimafragen hält das Klimaziel ohne zusätzliche Maßnahmen für kaum erreichbar.",
        False,
        [],
        None,
    ),
    ("de", "Die Deutsche Umwelthilfe warf der Regierung „Schönfärberei mit Wetterglück“ vor.", False, [], None),
    (
        "de",
        "Die Umwelthilfe kündigte an, die Bundesregierung wegen der Lücke im Verkehrssektor erneut zu verklagen.",
        True,
        [],
        None,
    ),
    # --- ECB policymaker's speech (Reuters), Tuesday ---
    (
        "en",
        "FRANKFURT, Feb 3 (Reuters) - European Central Bank policymaker Jurgen Vandersteen said on Tuesday that euro zone inflation was likely to settle at 2.1% this year, close to the bank's 2% target.",
        True,
        [("date", "--02-03", None, None), ("percent", 2.1, "%", None), ("percent", 2, "%", None)],
        None,
    ),
    (
        "en",
        '"We are not on autopilot, and markets should not assume we are," Vandersteen said in a speech in Frankfurt.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Vandersteen said he saw room for one more quarter-point rate cut in the first half of the year if wage growth kept easing.",
        True,
        [("count", 1, None, None), ("percent", 0.25, "pp", None), ("ordinal", 1, None, None)],
        "Vandersteen",
    ),
    ("en", "Economists said the remarks fell short of a clear signal.", False, [], None),
    (
        "en",
        "The ECB cut its deposit rate to 1.75% in December, its eighth reduction since June 2024.",
        True,
        [("percent", 1.75, "%", None), ("ordinal", 8, None, None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "Negotiated wages in the euro zone rose 3.4% in the fourth quarter, ECB data showed.",
        True,
        [("percent", 3.4, "%", None), ("ordinal", 4, None, None)],
        None,
    ),
    ("en", "Vandersteen declined to say whether he would back a cut as soon as March.", False, [], None),
    # --- Berlinale-Programm (dpa), Dienstag ---
    (
        "de",
        "Berlin (dpa) - Im Wettbewerb der Berlinale konkurrieren in diesem Jahr 19 Filme um den Goldenen und die Silbernen Bären.",
        True,
        [("count", 19, None, None)],
        None,
    ),
    (
        "de",
        "Insgesamt umfasst das Programm nach Angaben der Festivalleitung 241 Filme aus 72 Ländern.",
        True,
        [("count", 241, None, None), ("count", 72, None, None)],
        "die Festivalleitung",
    ),
    (
        "de",
        "„Das Kino ist der letzte Ort, an dem wir gemeinsam im Dunkeln sitzen und dasselbe sehen“, sagte Festivalleiterin Johanna Kresmer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Kresmer sagte, ein knappes Drittel der Wettbewerbsfilme stamme von Regisseurinnen.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        "Kresmer",
    ),
    (
        "de",
        "Kulturstaatsminister Armin Lüderitz hatte im Herbst angekündigt, die Förderung des Festivals um 1,2 Millionen Euro zu kürzen.",
        True,
        [("money", 1200000, "EUR", None)],
        None,
    ),
    ("de", "Kresmer nannte die Kürzung „ein falsches Signal zur falschen Zeit“.", False, [], None),
    (
        "de",
        "Eröffnet wird das Festival am 12. Februar mit dem Drama „Die Fährfrau“.",
        True,
        [("date", "--02-12", None, None)],
        None,
    ),
    ("de", "Ein Festival, das sich derart politisch gibt, wird um Debatten nicht herumkommen.", False, [], None),
    # --- Farmers' protest against the Mercosur deal (Reuters), Tuesday ---
    (
        "en",
        "BRUSSELS, Feb 3 (Reuters) - About 2,800 tractors blocked roads around the European Union's headquarters on Tuesday, Brussels police said, in a protest by farmers over the bloc's pact with South American producers.",
        True,
        [("date", "--02-03", None, None), ("count", 2800, None, "about")],
        None,
    ),
    ("en", 'Banners on the tractors read "No farmers, no food, no future."', False, [], None),
    ("en", "Organisers put the number of protesters at 12,000.", True, [("count", 12000, None, None)], None),
    (
        "en",
        'Copa-Cogeca president Matthieu Lenormand said the deal would "sacrifice European farmers on the altar of car exports."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Lenormand said duty-free beef imports under the deal could reach 92,000 tonnes a year, about 1.4% of EU consumption.",
        True,
        [("count", 92000, None, None), ("percent", 1.4, "%", "about")],
        "Lenormand",
    ),
    (
        "en",
        "The European Commission said it would propose a safeguard mechanism to reimpose tariffs if imports surged, and offered farmers a 6.3 billion euro support fund.",
        True,
        [("money", 6300000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "France, Poland and Austria oppose the deal in its current form, while Germany and Spain support it.",
        True,
        [],
        None,
    ),
    ("en", '"We will be back, and there will be more of us," a dairy farmer from Normandy said.', False, [], None),
    # --- Stellenabbau bei Voskuhl (dpa-AFX), Dienstag ---
    (
        "de",
        "Schweinfurt (dpa-AFX) - Der Autozulieferer Voskuhl will bis Ende 2028 rund 3.200 seiner 14.500 Stellen in Deutschland abbauen.",
        True,
        [("year", 2028, None, None), ("count", 3200, None, "about"), ("count", 14500, None, None)],
        None,
    ),
    (
        "de",
        "Voskuhl-Chef Heiko Brandenstein sagte, das Werk in Bad Kissingen mit 640 Beschäftigten werde Ende 2027 geschlossen.",
        True,
        [("count", 640, None, None), ("year", 2027, None, None)],
        "Heiko Brandenstein",
    ),
    (
        "de",
        "„Wir haben jeden Stein umgedreht, bevor wir uns dazu entschieden haben“, sagte Brandenstein.",
        False,
        [],
        None,
    ),
    ("de", "Betriebsbedingte Kündigungen schloss er nicht aus.", True, [], None),
    ("de", "Die IG Metall nannte die Pläne einen „Offenbarungseid des Managements“.", False, [], None),
    (
        "de",
        "IG-Metall-Bezirksleiter Kai Gundlach kündigte für Donnerstag eine Kundgebung vor der Konzernzentrale an.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Im vergangenen Jahr hatte Voskuhl bei 4,1 Milliarden Euro Umsatz 212 Millionen Euro Verlust gemacht.",
        True,
        [("money", 4100000000, "EUR", None), ("money", 212000000, "EUR", None)],
        None,
    ),
    ("de", "Analysten werteten den Schritt als überfällig.", False, [], None),
    ("de", "Die Aktie legte im Frankfurter Handel um 6,8 Prozent zu.", True, [("percent", 6.8, "%", None)], None),
    # --- Energy secretary nominee's hearing (AP), Tuesday ---
    (
        "en",
        "WASHINGTON (AP) — The nominee to lead the Energy Department, Colton Brightling, told senators on Tuesday that he would approve at least 12 new liquefied natural gas export permits in his first year.",
        True,
        [("count", 12, None, "at_least"), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        '"America should never again have to ask permission to power its own homes," Brightling said in his opening statement.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Brightling said he would not reopen the department's review of offshore wind leases.",
        True,
        [],
        "Brightling",
    ),
    (
        "en",
        'Sen. Marisol Arechiga, D-N.M., accused him of "auditioning for the oil industry, not the American people."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Arechiga said residential electricity prices had risen 11.3% over the past year.",
        True,
        [("percent", 11.3, "%", None)],
        "Arechiga",
    ),
    (
        "en",
        "Brightling declined to say whether he still owns shares in a pipeline company he co-founded.",
        False,
        [],
        None,
    ),
    ("en", "He has refused to place his holdings in a blind trust, Democrats on the committee said.", True, [], None),
    (
        "en",
        "The Senate Energy and Natural Resources Committee is scheduled to vote on the nomination next Tuesday.",
        True,
        [],
        None,
    ),
    # --- Presseschau zur Pensionsreform (APA), Dienstag ---
    (
        "de",
        "Wien (APA) - Die Einigung der Regierung auf eine Anhebung des Pensionsantrittsalters beschäftigt am Dienstag die Kommentatoren der österreichischen Tageszeitungen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der „Standard“ spricht von einem „Reförmchen, das niemandem wehtut und daher auch niemandem hilft“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die „Presse“ rechnet vor, dass das tatsächliche Pensionsantrittsalter derzeit bei 61,4 Jahren liegt.",
        True,
        [("duration", 61.4, "year", None)],
        None,
    ),
    ("de", "Die „Kronen Zeitung“ fragt, warum die Politik „immer zuerst bei den Kleinen“ spare.", False, [], None),
    (
        "de",
        "Die „Kleine Zeitung“ erinnert daran, dass die Regierung die Anhebung auf 67 Jahre bereits im Koalitionsabkommen angekündigt hatte.",
        True,
        [("duration", 67, "year", None)],
        None,
    ),
    ("de", "Die „Salzburger Nachrichten“ halten die Einigung für „einen Anfang, mehr nicht“.", False, [], None),
    (
        "de",
        "Die „Oberösterreichischen Nachrichten“ verweisen darauf, dass der Bund heuer rund 31 Milliarden Euro aus dem Budget für die Pensionen zuschießt.",
        True,
        [("money", 31000000000, "EUR", "about")],
        None,
    ),
    ("de", "Der „Kurier“ meint, der Regierung sei kurz vor dem Ziel der Mut abhandengekommen.", False, [], None),
    # --- What the papers say after the by-election (PA), Wednesday ---
    (
        "en",
        "LONDON (PA) - Labour's defeat in the Ashbourne and Dove Valley by-election dominates Wednesday's front pages.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The Times reports that Reform UK took the seat with a majority of 6,412 on a turnout of 38.2%.",
        True,
        [("count", 6412, None, None), ("percent", 38.2, "%", None)],
        None,
    ),
    (
        "en",
        '"The heartlands are no longer a wall, they are a garden fence," declares the Daily Mirror.',
        False,
        [],
        None,
    ),
    ("en", 'The Guardian says in its leader column that the result should "terrify" ministers.', False, [], None),
    (
        "en",
        "The Guardian urges the government to bring its promised cut in household energy bills forward to April.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The Daily Telegraph notes that it was the first time Labour had lost the seat since it was created in 1983.",
        True,
        [("ordinal", 1, None, None), ("year", 1983, None, None)],
        None,
    ),
    ("en", 'The Daily Mail asks: "Is anyone in Downing Street listening?"', False, [], None),
    (
        "en",
        "The i reports that the Conservatives finished fourth with 11% of the vote, their worst result in the seat.",
        True,
        [("ordinal", 4, None, None), ("percent", 11, "%", None)],
        None,
    ),
    ("en", 'The Financial Times calls the result "a warning shot no party can afford to ignore."', False, [], None),
    # --- Olympia-Aufgebot der Eishockey-Nati (Keystone-SDA), Mittwoch ---
    (
        "de",
        "Zürich (Keystone-SDA) - Eishockey-Nationaltrainer Reto Stalden hat für das Olympische Turnier 25 Spieler aufgeboten, darunter sieben aus der NHL.",
        True,
        [("count", 25, None, None), ("count", 7, None, None)],
        None,
    ),
    ("de", "«Wir fahren nicht hin, um dabei zu sein», sagte Stalden.", False, [], None),
    (
        "de",
        "Stalden sagte, Verteidiger Luca Rütimann fehle nach einer Knieoperation für den Rest der Saison.",
        True,
        [],
        "Stalden",
    ),
    ("de", "Die Schweiz trifft in der Vorrunde auf Kanada, Tschechien und Frankreich.", True, [], None),
    ("de", "«Kanada ist der Favorit, aber Favoriten kann man schlagen», meinte Stalden.", False, [], None),
    (
        "de",
        "An der WM im vergangenen Mai hatte die Schweiz zum dritten Mal in Folge den Final erreicht.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    ("de", "Der Verband liess offen, ob Staldens Vertrag über das Turnier hinaus verlängert wird.", False, [], None),
    # --- U.N. climate chief at an energy conference (Reuters), Wednesday ---
    (
        "en",
        "BERLIN, Feb 4 (Reuters) - The head of the U.N. climate secretariat warned on Wednesday that national plans submitted so far would cut global emissions by only about 12% by 2035 from 2019 levels.",
        True,
        [
            ("date", "--02-04", None, None),
            ("percent", 12, "%", "about"),
            ("year", 2035, None, None),
            ("year", 2019, None, None),
        ],
        None,
    ),
    (
        "en",
        '"The window is not closing, it is being slammed shut by inaction," he told a conference of energy ministers.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Sixty-four countries have yet to submit updated plans, although the deadline passed in September, he said.",
        True,
        [("count", 64, None, None)],
        None,
    ),
    (
        "en",
        "Germany's climate envoy, Sabine Weinzöttl, told Reuters that Berlin would raise its international climate finance to 7.5 billion euros a year by 2028.",
        True,
        [("money", 7500000000, "EUR", None), ("year", 2028, None, None)],
        "Sabine Weinzöttl",
    ),
    ("en", 'She said she hoped other donors would "follow with real money, not just nice words."', False, [], None),
    (
        "en",
        "Saudi Arabia's delegation said it would not accept any language on phasing out fossil fuels in the meeting's final statement.",
        True,
        [],
        None,
    ),
    ("en", 'Campaigners dismissed the meeting as "a talking shop with better catering."', False, [], None),
    (
        "en",
        "Global energy-related emissions rose 0.8% last year to a record 37.9 billion tonnes, according to the International Energy Agency.",
        True,
        [("percent", 0.8, "%", None), ("count", 37900000000, None, None)],
        None,
    ),
    # --- Regierungserklärung in Niedersachsen (dpa), Mittwoch ---
    (
        "de",
        "Hannover (dpa/lni) - Ministerpräsident Bernd Siefken (SPD) hat in seiner ersten Regierungserklärung den Bau von 40.000 Sozialwohnungen bis 2030 angekündigt.",
        True,
        [("ordinal", 1, None, None), ("count", 40000, None, None), ("year", 2030, None, None)],
        None,
    ),
    (
        "de",
        "„Niedersachsen ist ein Land, das nicht jammert, sondern macht“, sagte Siefken im Landtag.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die umstrittene Verschärfung des Landesjagdgesetzes werde die Landesregierung nicht weiterverfolgen, sagte Siefken.",
        True,
        [],
        "Siefken",
    ),
    ("de", "Er versprach einen „Aufbruch, den man im ganzen Land spüren wird“.", False, [], None),
    (
        "de",
        "Zuvor hatte das Kabinett auf einer zweitägigen Klausur in Loccum einen Zwölf-Punkte-Plan zur Stärkung der Dörfer beschlossen.",
        True,
        [("duration", 2, "day", None), ("count", 12, None, None)],
        None,
    ),
    ("de", "CDU-Fraktionschef Malte Heseding nannte die Rede „ein Feuerwerk der Ankündigungen“.", False, [], None),
    (
        "de",
        "Heseding sagte, das Land habe seit 2022 nicht einmal ein Drittel der versprochenen Sozialwohnungen gebaut.",
        True,
        [("year", 2022, None, None), ("fraction", 0.3333, None, "under")],
        "Heseding",
    ),
    ("de", "Die Rede dauerte knapp eineinhalb Stunden.", True, [("duration", 1.5, "hour", "nearly")], None),
    ("de", "Im Plenarsaal blieb die Stimmung während der Rede auffallend verhalten.", False, [], None),
    # --- Breakingviews on Brackwood's bid for Cottesby (Reuters Breakingviews), Wednesday ---
    ("en", "BREAKINGVIEWS-Brackwood's grocery grab needs more than a shopping list", False, [], None),
    (
        "en",
        "NEW YORK, Feb 4 (Reuters Breakingviews) - Brackwood Markets agreed on Wednesday to buy regional rival Cottesby Foods for $7.8 billion including debt.",
        True,
        [("date", "--02-04", None, None), ("money", 7800000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The price is about 9 times Cottesby's expected operating profit for this year, a rich multiple for a business growing at 2% a year.",
        True,
        [("count", 9, None, "about"), ("percent", 2, "%", None)],
        None,
    ),
    (
        "en",
        "Chief Executive Dolores Treadgold said the combination would yield $450 million of annual savings by 2029.",
        True,
        [("money", 450000000, "USD", None), ("year", 2029, None, None)],
        "Dolores Treadgold",
    ),
    ("en", "That looks ambitious for chains whose stores barely overlap.", False, [], None),
    (
        "en",
        "Brackwood has said it is prepared to sell up to 60 stores to win approval.",
        True,
        [("count", 60, None, "up_to")],
        None,
    ),
    (
        "en",
        "Treadgold may yet prove the doubters wrong, but investors will want proof before they pay for the promise.",
        False,
        [],
        None,
    ),
    (
        "en",
        "- Cottesby shares closed up 23% at $61.40 on Wednesday.",
        True,
        [("percent", 23, "%", None), ("money", 61.4, "USD", None)],
        None,
    ),
    # --- Mercosur-Abkommen (dpa), Mittwoch ---
    (
        "de",
        "Berlin/Brüssel (dpa) - Die Bundesregierung wird dem Handelsabkommen der EU mit den Mercosur-Staaten im Rat zustimmen.",
        True,
        [],
        None,
    ),
    ("de", "Das bestätigte Regierungssprecher Klaus-Dieter Mehnert am Mittwoch in Berlin.", True, [], None),
    (
        "de",
        "„Freihandel ist kein Luxus, sondern die Lebensversicherung unserer Exportwirtschaft“, sagte Mehnert.",
        False,
        [],
        None,
    ),
    ("de", "Bauernpräsident Jochen Wittenbrink sprach von einem „Verrat an den Höfen“.", False, [], None),
    (
        "de",
        "Wittenbrink sagte, das Abkommen erlaube zollbegünstigte Rindfleischimporte von jährlich 92.000 Tonnen.",
        True,
        [("count", 92000, None, None)],
        "Wittenbrink",
    ),
    (
        "de",
        "Der Bauernverband kündigte für den 19. Februar Proteste in allen Landeshauptstädten an.",
        True,
        [("date", "--02-19", None, None)],
        None,
    ),
    ("de", "Frankreich lehnt das Abkommen in der jetzigen Form weiter ab.", True, [], None),
    ("de", "Ob Paris im Rat eine Sperrminorität zusammenbekommt, ist offen.", False, [], None),
    ("de", "Die Abstimmung im Rat ist für den 23. Februar angesetzt.", True, [("date", "--02-23", None, None)], None),
    # --- Super Bowl week (AP), Wednesday ---
    (
        "en",
        "SANTA CLARA, Calif. (AP) — The city has been buzzing for days, and the party has barely started.",
        False,
        [],
        None,
    ),
    (
        "en",
        "About 65,000 fans are expected at Levi's Stadium on Sunday, according to the NFL.",
        True,
        [("count", 65000, None, "about")],
        None,
    ),
    (
        "en",
        "Chiefs coach Walt Brennholt said tight end Darnell Whitmarsh had been cleared to play after missing two games with a concussion.",
        True,
        [("count", 2, None, None)],
        "Walt Brennholt",
    ),
    ("en", '"We like being the team nobody picked," Brennholt said.', False, [], None),
    (
        "en",
        "The Chiefs are chasing their fourth title in seven seasons.",
        True,
        [("ordinal", 4, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "en",
        'Eagles quarterback Tyrell Moncrieffe, the league\'s MVP, called it "the week of my life, and I intend to finish it right."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Tickets on the resale market averaged $6,200 on Wednesday, down from $7,900 a week earlier, according to the ticketing site TickPick.",
        True,
        [("money", 6200, "USD", None), ("money", 7900, "USD", None)],
        None,
    ),
    ("en", "For a city used to tech conferences, it is a very different kind of crowd.", False, [], None),
    # --- Ifo-Geschäftsklima (dpa), Donnerstag ---
    (
        "de",
        "München (dpa) - Deutschlands Unternehmen sind zu Jahresbeginn überraschend besser gestimmt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Ifo-Geschäftsklimaindex stieg auf 88,7 Punkte, nach 87,9 Zählern im Dezember.",
        True,
        [("count", 88.7, None, None), ("count", 87.9, None, None)],
        None,
    ),
    (
        "de",
        "„Die Unternehmen schöpfen Hoffnung, aber von einem Aufschwung sind wir noch weit entfernt“, sagte Ifo-Präsident Hartmut Tiefenbach.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Institut rechnet für dieses Jahr weiterhin mit einem Wachstum von 0,8 Prozent.",
        True,
        [("percent", 0.8, "%", None)],
        None,
    ),
    (
        "de",
        "Die Wirtschaftsweise Doris Ahlmeyer sagte der „Rheinischen Post“, sie halte eine erneute Rezession für so gut wie ausgeschlossen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ahlmeyer sagte, die Industrieproduktion liege noch immer rund 9 Prozent unter dem Niveau von 2018.",
        True,
        [("percent", 9, "%", "about"), ("year", 2018, None, None)],
        "Ahlmeyer",
    ),
    ("de", "Die Talsohle dürfte nach Einschätzung vieler Ökonomen durchschritten sein.", False, [], None),
    (
        "de",
        "Die Bundesregierung hatte ihre Wachstumsprognose für dieses Jahr in der vergangenen Woche auf 1,0 Prozent angehoben.",
        True,
        [("percent", 1.0, "%", None)],
        None,
    ),
    # --- Bank of England rate cut (Reuters), Thursday ---
    (
        "en",
        "LONDON, Feb 5 (Reuters) - Interest rates in Britain fell to 3.5% from 3.75% on Thursday after Bank of England policymakers voted 5-4 for a cut.",
        True,
        [
            ("date", "--02-05", None, None),
            ("percent", 3.5, "%", None),
            ("percent", 3.75, "%", None),
            ("count", 5, None, None),
            ("count", 4, None, None),
        ],
        None,
    ),
    (
        "en",
        '"We have come a long way, but the job is not done," Governor Alistair Penberthy told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Penberthy told reporters the Bank expected inflation to ease to 2.4% by the end of the year and to be back at its 2% target early in 2027.",
        True,
        [("percent", 2.4, "%", None), ("percent", 2, "%", None), ("year", 2027, None, None)],
        "Penberthy",
    ),
    ("en", 'He said the Bank was "not in a hurry" and would take its decisions "meeting by meeting."', False, [], None),
    (
        "en",
        "The Bank's forecasts showed unemployment peaking at 5.3% later this year.",
        True,
        [("percent", 5.3, "%", None)],
        None,
    ),
    (
        "en",
        'Chancellor Rowena Castlemayne said lower rates would "put money back in people\'s pockets."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Markets are pricing in two more cuts before the year is out, LSEG data showed.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    ("en", "Most economists expect the Bank to keep easing gradually through the spring.", False, [], None),
    # --- Bilanz des Burgtheaters (APA), Donnerstag ---
    (
        "de",
        "Wien (APA) - Das Burgtheater hat im vergangenen Jahr mit 412.000 Besucherinnen und Besuchern so viele Gäste verzeichnet wie seit 2019 nicht mehr.",
        True,
        [("count", 412000, None, None), ("year", 2019, None, None)],
        None,
    ),
    ("de", "Die Auslastung lag nach Angaben des Hauses bei 88,6 Prozent.", True, [("percent", 88.6, "%", None)], None),
    (
        "de",
        "„Theater ist kein Museum, Theater ist ein Marktplatz der Zumutungen“, sagte Direktor Valentin Kornhäusl bei der Bilanzpressekonferenz.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Kornhäusl sagte, das Haus werde in der kommenden Saison 23 Premieren zeigen, davon neun Uraufführungen.",
        True,
        [("count", 23, None, None), ("count", 9, None, None)],
        "Kornhäusl",
    ),
    (
        "de",
        "Kulturminister Leopold Stiegenhofer (ÖVP) hatte angekündigt, die Basisabgeltung der Bundestheater um 4 Prozent zu kürzen.",
        True,
        [("percent", 4, "%", None)],
        None,
    ),
    ("de", "Kornhäusl nannte die Kürzung „einen Anschlag auf die Substanz“.", False, [], None),
    ("de", "Eine Erhöhung der Kartenpreise lehnte er ab.", True, [], None),
    ("de", "Ob das Haus die Kürzung ohne Abstriche am Spielplan verkraftet, wird sich weisen.", False, [], None),
    # --- Wales name their Six Nations squad (PA), Thursday ---
    (
        "en",
        "CARDIFF (PA) - Wales head coach Gareth Pumphrey has named 11 uncapped players in a 34-man squad for the Six Nations.",
        True,
        [("count", 11, None, None), ("count", 34, None, None)],
        None,
    ),
    ("en", '"Nobody gets a shirt for their name, and nobody gets written off either," Pumphrey said.', False, [], None),
    (
        "en",
        "Pumphrey said captain Owain Tregaron would miss the opening game against England with a hamstring injury.",
        True,
        [],
        "Pumphrey",
    ),
    (
        "en",
        "Wales have lost their last 14 Test matches, a run stretching back to October 2023.",
        True,
        [("count", 14, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        'Former captain Rhodri Maddocks described the squad as "the bravest selection in a generation."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Welsh Rugby Union confirmed that Pumphrey's contract runs until after the 2027 World Cup.",
        True,
        [("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "Whether youth can turn the tide in time for Twickenham is the question hanging over Welsh rugby.",
        False,
        [],
        None,
    ),
    # --- Weiberfastnacht in Köln (dpa), Donnerstag ---
    (
        "de",
        "Köln (dpa/lnw) - Der Nieselregen konnte den Jecken in Köln an Weiberfastnacht die Laune nicht verderben.",
        False,
        [],
        None,
    ),
    ("de", "Um 11.11 Uhr eröffnete das Dreigestirn auf dem Alter Markt den Straßenkarneval.", True, [], None),
    (
        "de",
        "Die Polizei zählte bis zum Mittag gut 48.000 Menschen in der Altstadt und im Zülpicher Viertel.",
        True,
        [("count", 48000, None, "over")],
        None,
    ),
    ("de", "„So eine Stimmung habe ich seit Jahren nicht erlebt“, sagte eine Besucherin aus Bonn.", False, [], None),
    (
        "de",
        "Nach Angaben der Polizei wurden bis zum Nachmittag 37 Menschen in Gewahrsam genommen.",
        True,
        [("count", 37, None, None)],
        "die Polizei",
    ),
    ("de", "Der Oberbürgermeister rief die Feiernden auf, „friedlich und mit Respekt“ zu feiern.", False, [], None),
    ("de", "Die Stadt hatte für das Zülpicher Viertel erneut ein Glasverbot verhängt.", True, [], None),
    (
        "de",
        "Das Festkomitee rechnet bis Aschermittwoch mit mehr als 1,5 Millionen Besuchern.",
        True,
        [("count", 1500000, None, "over")],
        None,
    ),
    # --- EU leaders agree a defence loan fund (Reuters), Thursday ---
    (
        "en",
        "BRUSSELS, Feb 5 (Reuters) - European Union leaders on Thursday approved a 125 billion euro defence loan fund, with the first loans to be paid out by September.",
        True,
        [("date", "--02-05", None, None), ("money", 125000000000, "EUR", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        '"Europe has finally stopped waiting for someone else to defend it," the European Council\'s president told reporters after the meeting.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Hungary's prime minister said his government would stay out of the fund but would not block it either.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Italy and Spain had pushed for the fund to cover border security as well, but the final text limits it to military equipment, diplomats said.",
        True,
        [],
        None,
    ),
    (
        "en",
        'Lithuania\'s president warned that Europe "cannot afford to be naive again" about Russia.',
        False,
        [],
        None,
    ),
    (
        "en",
        "EU countries spent a combined 343 billion euros on defence last year, or 1.9% of economic output, according to the European Defence Agency.",
        True,
        [("money", 343000000000, "EUR", None), ("percent", 1.9, "%", None)],
        None,
    ),
    ("en", "The Netherlands has said it will not agree to any joint borrowing beyond the loan fund.", True, [], None),
    ("en", "Diplomats said the mood at the summit was better than expected.", False, [], None),
    # --- Krankenkassen-Reform (dpa), Donnerstag ---
    (
        "de",
        "Berlin (dpa) - Bundesgesundheitsminister Elmar Diekhoff (CDU) will die Zahl der gesetzlichen Krankenkassen von derzeit 94 auf höchstens 50 verringern.",
        True,
        [("count", 94, None, None), ("count", 50, None, "at_most")],
        None,
    ),
    (
        "de",
        "Die Kassen gäben jedes Jahr rund 12 Milliarden Euro für ihre Verwaltung aus, sagte Diekhoff den Zeitungen der Funke-Mediengruppe.",
        True,
        [("money", 12000000000, "EUR", "about")],
        "Diekhoff",
    ),
    ("de", "„Wir leisten uns einen Verwaltungsapparat, den kein Mensch mehr versteht“, sagte er.", False, [], None),
    (
        "de",
        "Der durchschnittliche Zusatzbeitrag war zum Jahresbeginn auf 3,1 Prozent gestiegen.",
        True,
        [("percent", 3.1, "%", None)],
        None,
    ),
    (
        "de",
        "Der GKV-Spitzenverband warf dem Minister „Symbolpolitik auf Kosten der Versicherten“ vor.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Verband verwies darauf, dass die Verwaltungskosten nur rund 4 Prozent der Ausgaben ausmachen.",
        True,
        [("percent", 4, "%", "about")],
        None,
    ),
    ("de", "Eine Zusammenlegung von Kassen per Gesetz lehnt der Verband ab.", True, [], None),
    (
        "de",
        "Diekhoff zeigte sich zuversichtlich, dass der Bundestag die Reform noch vor der Sommerpause beschließt.",
        False,
        [],
        None,
    ),
    ("de", "Die SPD hält den Vorstoß für „unausgegoren“.", False, [], None),
    # --- British Museum visitor figures (PA), Thursday ---
    (
        "en",
        "LONDON (PA) - The British Museum drew 6.1 million visitors last year and topped the list of Britain's most popular attractions for the seventh year running, the Association of Leading Visitor Attractions said.",
        True,
        [("count", 6100000, None, None), ("ordinal", 7, None, None)],
        None,
    ),
    ("en", '"A museum is a promise that the past belongs to everyone," director Imogen Larwood said.', False, [], None),
    (
        "en",
        "Larwood said the museum would introduce a £20 entry charge for overseas visitors from April.",
        True,
        [("money", 20, "GBP", None)],
        "Larwood",
    ),
    ("en", "She said free entry for UK residents would remain.", True, [], None),
    ("en", 'The shadow culture secretary called the charge "a toll booth on our shared heritage."', False, [], None),
    (
        "en",
        "The culture department said the museum's annual grant of £58.7 million would not be cut.",
        True,
        [("money", 58700000, "GBP", None)],
        None,
    ),
    ("en", "The museum's Parthenon galleries were closed for much of last year because of roof leaks.", True, [], None),
    ("en", "It remains to be seen whether tourists will notice the charge at all.", False, [], None),
]
