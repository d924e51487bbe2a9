"""Three-hundred-and-eighty-first blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, a newspaper and figures are
made up (Detlef Harrenstein, Marlies Eggenweiler, Friederike Lautenschläger, Bernhard
Aigelsreiter, Ursina Dällenbach, the car supplier Hallberg Antriebstechnik and its chief
executive Torsten Weyrauch, Sevim Arslanoğlu-Kress, Sören Teichgräber, Jonas Brinkhorst,
Malte Oeverdiek, Elias Rønnow, Elfriede Kaltenegger, Yasemin Hollerbach-Tunç, Björn
Kassebohm, Nico Brunschwiler, Katharina Wollenhaupt, Lea Bruckschen, Merle Janssen-Vogt,
Henrike Sollmann, Manfred Radauer, the energy group Nordwerk and its chief executive Annika
Thielmann-Sauer, Marco Zwyssig, Luca Ammeter, Noah Wüthrich; Mitchell Oyelaran, Rhonda
Mayberry, Gwendolyn Ashcroft-Pryor, Kwabena Ellery-Stone, Brendan Kearsley, Yvette Lanigan,
the carrier Westbridge Airways and its chief executive Corinna Vasquez-Hale, Derek
Vanterpool, Alicia Brandvold-Cruz, the Columbus Sentinel, Paulo Drummond-Sá, Kieran
Ashworth-Baines, Moira Kettleborough, Marty Delacorte, Trent Abernathy, Gordon
Whitmore-Lacasse, Amélie Rousseau-Gendron, Samuel Kiprotich-Waweru, Harriet Ogilvie-Brand,
Liam Costigan, Jai Tuilagi-Brown, the startup Lumenfold and its chief executive Devika
Sarnath-Cole, Pemberton Vale Securities; every unnamed moderator, studio guest, organiser,
spokesperson, critic, trader, analyst, economist and fan); ministers, secretaries, party
leaders, candidates, union leaders, coaches, managers and a head of state of real
governments, parties, unions, clubs and states appear under made-up names that stand for no
real holder, or by their role only („die Moderatorin“, „ein Sprecher des
Arbeitsministeriums“, "a club spokesperson", "A Treasury spokesperson"). Real states,
parties, bodies, broadcasters, programmes, papers, pollsters, clubs, leagues, laws and
places (SPD, CDU, Union, Grüne, ARD, „Bericht aus Berlin“, Finanzministerium, Infratest
dimap, Ulm, Münsterplatz, ÖVP, SPÖ, ORF-„Pressestunde“, Statistik Austria, Bundesrat,
«SonntagsZeitung», Santésuisse, Grundversicherung, IG Metall, Werder Bremen, Hamburger SV,
Wolfsburg, „Presse“, Ärztekammer, DGB, Verdi, Kanzleramt, Arbeitsministerium, Unia,
Baumeisterverband, Landesmantelvertrag, Gebäudeenergiegesetz, ZIA, Statistisches Bundesamt,
Landtag, Schweizerischer Fussballverband, Slowenien, Kosovo, St. Gallen; NBC's "Meet the
Press", CBS' "Face the Nation", the Commerce Department, Mexico, the Sunday Telegraph, Sky
News, the Home Office, the Treasury, the Coalition, Labor, Redbridge, Melbourne Airport, the
Association of Flight Attendants, the Bureau of Labor Statistics, The Associated Press,
Baldwin Wallace University, Aston Villa, Chelsea, the Premier League, Unison, the
Metropolitan Police, the BBC, Trafalgar Square, the Chicago Bears, Minnesota, Detroit,
Baltimore, the Conservatives, the Liberals, the Toronto Region Board of Trade, Statistics
Canada, Abacus Data, the U.N. General Assembly, the U.N. refugee agency, Kenya, the Liberal
Democrats, Labour, the NHS, the Commons, Penrith, the NRL, Accor Stadium, CNBC, and the
datelines' cities) stand for the way wire copy names them; every budget, pledge, tariff,
poll, tally, crowd, result, table, injury, ballot, sum, age, date, quote, slogan, label and
reaction here is invented, and where a real figure came to mind (a real party's seats or
vote share, a real union's membership, a real stadium's crowd, a real refugee count) it was
changed.

Its weight: OPINION VERSUS CLAIM, thirty-third round (the ninety-eighth,
hundred-nineteenth, hundred-twenty-fourth, hundred-thirty-first, hundred-thirty-eighth,
hundred-forty-sixth, hundred-fifty-eighth, hundred-sixty-fifth, hundred-seventy-fifth,
hundred-eighty-first, hundred-eighty-ninth, hundred-ninety-sixth, two-hundred-and-fourth,
two-hundred-and-eighth, two-hundred-and-fifteenth, two-hundred-and-twenty-second,
two-hundred-and-twenty-ninth, two-hundred-and-forty-first, two-hundred-and-forty-fifth,
two-hundred-and-fifty-third, two-hundred-and-sixty-first, two-hundred-and-sixty-ninth,
two-hundred-and-seventy-seventh, two-hundred-and-eighty-fifth, two-hundred-and-ninety-third,
three-hundred-and-seventh, three-hundred-and-thirteenth, three-hundred-and-twentieth,
three-hundred-and-twenty-seventh, three-hundred-and-forty-first, three-hundred-and-fiftieth
and three-hundred-and-fifty-ninth batches were the first thirty-two, and their decisions are
kept; the three-hundred-and-twenty-seventh's praise, blame and coaches' defences, the
three-hundred-and-forty-first's rallies, slogans and demands, the three-hundred-and-fiftieth's
writer's lines and questions and the three-hundred-and-fifty-ninth's conferences, interviews,
op-eds and letters were read closely), this time weighted on RHETORIC AT THE MICROPHONE AND
ON THE PAGE - four wire days, Sunday to Wednesday, September 20 to 23, of one year, as 28
short stories in story order, the German and English ones interleaved by day: talk shows and
Sunday interviews (a finance minister in the ARD's „Bericht aus Berlin“, an economy minister
in the ORF-„Pressestunde“, a Swiss health minister in the «SonntagsZeitung», a building
minister in an ARD talk show; a commerce secretary and a senator on the Sunday shows, a home
secretary on Sky News, a startup chief on CNBC), campaign speeches (a Landtag campaign
opening in Ulm, a Victorian opposition launch, an Ohio governor's rally, a Canadian fuel-tax
pledge, a Liberal Democrat conference speech, a Land party conference in Salzburg, a speech
to the U.N. General Assembly), op-eds and editorials (a home secretary's Sunday article, an
Austrian health minister's Gastkommentar, a newspaper's endorsement), letters from chiefs (a
car supplier's letter to its workforce, an airline's memo to staff, an energy group's capital
markets day), union rallies (the DGB in Berlin, Unia's building workers in Zürich, a public
sector pay march in London) and coaches' pep talks (Werder before the Nordderby, the DFB
women's squad, the Swiss national team; Aston Villa, the Chicago Bears, Penrith before the
grand final), each told as such copy runs it (a dateline lead with the news, the speaker's
figure in indirect speech, the speaker's rhetoric in quotes, the other side's label and its
own figure, the official figure, the crowd or the table). Half German (dpa with "dpa/lsw",
dpa-AFX, APA, Keystone-SDA; Austrian „Landesparteichef“, „leistbare Wohnungen“,
„Kassenpatientinnen“, „Budget“, Swiss „Spitäler“, „Strasse“, „Ende Jahr“, „Fussballverband“,
"80'000", "4000", «» quotes, German „“ quotes) and half English (Reuters, AP, PA, AAP;
British "neighbourhood", "totalled", "organisers", Australian "per cent", "A$", "footy",
Canadian "C$", American "labor", "gubernatorial"). About 100 rows are negatives that look
like claims - the speakers' rhetoric, creeds, vows, resolve, boasts, metaphors, prophecies
and reassurances, labels, accusations that name no act, verdicts with „halten ... für“,
warnings and appeals that name no measure, evasions, doubts and open questions, banners,
placards and chants, the writer's own lines and a wire's process line - and, the round's
fresh forms, a talk-show host's follow-up question, a studio guest's question and the studio
audience's applause, a campaign vow beside a campaign ruling-out, a chief's thanks and
exhortation in a letter to staff, a coach's pep talk reported by a player, a coach's
demand on his or her players, an editorial board's reasons for its endorsement and ovations
without a figure - each beside a check-worthy look-alike around a verifiable core: the same
speaker's figure, pledge, ruling-out or announced step, the official figure that answers a
stump claim, the crowd counted by police and organisers, the endorsement and its vote, the
squad, the injury and the table. Figures as such copy has them: budgets, gaps, tariffs,
levies, savings, results, dividends, wages, premiums, rail links and valuations in euros,
dollars, pounds, francs, Australian and Canadian dollars, rates, shares, polls, margins and
votes in percent and percentage points, counts of towns, officers, jobs, jets, aircraft,
passengers, staff, crowds, members, scanners, homes, players, goals, points, games,
interceptions, speakers, livestock, refugees and users, fractions („etwa zwei Dritteln“,
„gut die Hälfte“, "roughly a third"), ordinals, spans, ages, years and dates; no negative
carries a figure.

234 rows (118 German, 116 English), 101 negatives (51 German, 50 English), 133 check-worthy
rows of which 9 carry no figure (7 German, 2 English), 215 expected quantities (64 counts,
36 percentages - 33 in "%" and 3 in percentage points "pp" -, 29 amounts of money - 11 EUR,
8 USD, 3 AUD, 3 CHF, 2 CAD, 2 GBP -, 28 years, 27 durations - 17 in years, 4 in weeks, 3 in
days, 2 in minutes, 1 in hours -, 16 ordinals, 12 dates, 3 fractions; none of them in a
negative), 35 checked speakers (16 German, 19 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, creed, slogan, vow, resolve, boast, metaphor, prophecy, reassurance,
  prediction without a figure, warning or appeal that names no measure, accusation that
  names no act or piece of rhetoric is a negative with speaker None, also with a named
  speaker and an office (seventh, ninety-eighth, two-hundred-and-fourth,
  three-hundred-and-twenty-seventh, three-hundred-and-fiftieth,
  three-hundred-and-fifty-ninth); a quoted or reported statement of fact, figure, forecast
  with a figure, pledge with a figure, ruling-out, step, plan, rejection or position is
  check-worthy with its speaker, also in Konjunktiv I (hundred-sixtieth). Pairs from one
  speaker: Harrenstein's two thirds and his ruled-out VAT rise beside „lässt am Ende die
  Jungen zahlen“; Oyelaran's 25% and $9 billion beside "played for fools" and "Foreign
  producers will pay"; Mayberry's 11% beside "a sales tax on every family";
  Lautenschläger's 1,500 officers, her Zehn-Punkte-Programm and her ruling-out beside
  „morgens aufsteht und anpackt“, her vow and her evasion; Ashcroft-Pryor's 20 towns, 4,100
  officers and £1.3 billion beside "the thin blue line" and "its local bobby";
  Ellery-Stone's 6,200 beside "a press release with a byline"; Aigelsreiter's point, 1.1
  billion euros and 27 percent beside „Hochpreisland“ and his evasion; Kearsley's A$4.2
  billion and A$900,000 beside "sick of being told to wait" and "tired, broke and out of
  ideas"; Lanigan's A$11 billion beside "a thought bubble"; Dällenbach's 4.8 and 5.1
  percent and 300 million francs beside «Schmerzgrenze» and her appeal; Vasquez-Hale's
  2,300 jobs and $310 million beside "the hardest decisions" and her praise of staff;
  Weyrauch's plant and 1.9 billion euros beside „leichten Herzens“ and his thanks;
  Arslanoğlu-Kress's rally beside „um jeden Arbeitsplatz“; Vanterpool's 48,000 jobs and
  eight years beside "bring those jobs home"; Brandvold-Cruz's $9.6 billion beside "gut
  our schools"; Teichgräber's three weeks beside „um zu gewinnen“ and his evasion;
  Drummond-Sá's six weeks beside "we save ourselves", "far worse" and his evasion;
  Kaltenegger's 14 and 38 days and 45 million euros beside „kein Basar“ and „die falsche
  Karte“; Hollerbach-Tunç's half beside „Ruhestand in Würde“; Kettleborough's 9% and 40%
  beside "food banks" and "contempt"; Brunschwiler's 2.4 percent beside „bis der Rücken
  bricht“; Delacorte's four interceptions beside "Trent is our guy", "nobody outside this
  building believes in us" and "a lot of fight"; Wollenhaupt's 24 players beside „vor
  niemandem Angst“, „Torriecher“ and „breiter Brust“; Whitmore-Lacasse's two years and
  C$5.5 billion beside "filling the fridge"; Rousseau-Gendron's C$21.3 billion beside "a
  bumper sticker"; Sollmann's 236,000 homes, 14 percent and announced law beside her
  metaphor and her conviction; Kiprotich-Waweru's 2% and 2.6 million head beside "The
  planet is burning" and his appeal; Radauer's 6,500 homes and 1,000 flats beside „Partei
  der Gestalter“; Ogilvie-Brand's 8,000 GPs and £4.5 billion beside "I refuse to accept
  it"; Thielmann-Sauer's 3.4 to 3.7 billion euros beside „stärker aufgestellt als je
  zuvor“ and „nicht vom Kurs abbringen“; Costigan's 40 minutes beside "we talk about
  Sunday" and "I'll back us against anyone"; Zwyssig's forward beside «Gruppensieger»,
  «Kreuz» and his warning; Sarnath-Cole's $1.2 billion and 2028 beside "not in a bubble".
- New: talk shows. A guest's figure, ruling-out or position is check-worthy and the guest
  is checked in the forms settled for broadcasts, the programme, the broadcaster and the
  evening dropped („sagte Sollmann am Dienstagabend in einer ARD-Talkshow“ -> "Sollmann",
  as „sagte ... in der SRF-Sendung «Arena»“, three-hundred-and-seventh; "Oyelaran told
  NBC's "Meet the Press" that" -> "Oyelaran" and "Mayberry told CBS' "Face the Nation"
  that" -> "Mayberry", as "Vandermeer told NBC's "Meet the Press"",
  three-hundred-and-seventh; "Ashcroft-Pryor told Sky News on Sunday that" ->
  "Ashcroft-Pryor"; "Chief Executive Devika Sarnath-Cole told CNBC on Wednesday." ->
  "Devika Sarnath-Cole", as "Chief Executive Travis Oakley told CNBC on Wednesday",
  hundred-seventy-fifth); the host's follow-up question („„Und das alles ganz ohne
  Steuererhöhungen?“, hakte die Moderatorin nach.“) and a studio guest's question („„Frau
  Ministerin, wann wird denn endlich gebaut?“, fragte ein Zuschauer aus dem
  Studiopublikum.“) are negatives - a question asserts nothing, as rhetorical questions in
  the copy (three-hundred-and-fiftieth) -, and so is the studio audience's applause for a
  label („... bekam sie Applaus aus dem Studiopublikum.“), a mood line
  (three-hundred-and-fourteenth) whose quoted object is itself a label. A ruling-out stated
  on air is check-worthy without a figure („Eine Anhebung der Mehrwertsteuer schloss der
  Minister in der Sendung ausdrücklich aus.“; three-hundred-and-twenty-seventh:
  Ruckaberle's ruling-out), „schloss ... aus“ no verb of saying; "Asked whether consumers
  would end up footing the bill, he said: "Foreign producers will pay, believe me."" is a
  prediction without a figure and a negative.
- New: campaign promises. A promise that rules out a named measure is a stated position and
  check-worthy without a figure, also in the candidate's own words („„Mit mir wird es keine
  Erhöhung der Grunderwerbsteuer geben“, sagte Lautenschläger.“ -> "Lautenschläger", the
  issue's quote followed by "sagte X"), as a ruling-out (three-hundred-and-twenty-seventh)
  and a rejection (two-hundred-and-fourth); a vow that names no measure stays a negative
  („„Ich werde um jede Stimme kämpfen, in jedem Dorf und in jeder Stadt“, versprach sie.“;
  two-hundred-and-fourth: vows). Pledges with a figure are check-worthy with the speaker
  unchecked („versprach“, "has pledged", "has promised", "pledged", "called for";
  hundred-eighty-ninth, three-hundred-and-fifty-ninth): Lautenschläger's 1,500 officers by
  2031, Ashcroft-Pryor's 20 towns within three years, Kearsley's A$4.2 billion within six
  years, Vanterpool's eight years, the Conservatives' two years, Ogilvie-Brand's 8,000 GPs
  by 2030, Radauer's 1,000 flats by 2030; a stump claim with a figure told to a rally is
  check-worthy with its speaker ("Republican gubernatorial candidate Derek Vanterpool told a
  rally in Dayton on Monday that ..." -> "Derek Vanterpool", as "... Dale Kittredge told a
  rally in Mesa on Tuesday ...", hundred-thirty-sixth), and so is the official figure that
  answers it ("Figures from the Bureau of Labor Statistics show ... about 19,000"), while
  the wire's note that the campaign gave no source is a process line and a negative ("The
  Associated Press asked the Vanterpool campaign for the source ... but had not received a
  reply by Monday evening."; hundred-thirty-sixth). Rhetoric called to the crowd and the
  hall stays a negative („rief ... ihren Anhängern zu“, „rief ... den Delegierten zu“, "told
  the crowd", "told the party's campaign launch", "told the party's autumn conference", "told
  the U.N. General Assembly", "told the Toronto Region Board of Trade";
  three-hundred-and-fifty-ninth), and so are the placards („Auf den Plakaten am Münsterplatz
  stand „Zeit für Tempo“.“; three-hundred-and-thirteenth). A programme with a figure is
  check-worthy („ein Zehn-Punkte-Programm für die ersten 100 Tage“ count 10, ordinal 1 and
  100 days; the issue's "28-Punkte-Entwurf", three-hundred-and-fifty-ninth: „einen
  Acht-Punkte-Plan“).
- New: letters and memos from chiefs to their staff are judged as speech, as a shareholder
  letter (three-hundred-and-fifty-ninth): the cuts, closures, savings and results they
  announce are check-worthy (Hallberg's 1,800 of 9,400 jobs and its plant in Bamberg,
  Westbridge's 2,300 jobs and 14 jets, the $310 million), while the chief's thanks, regret,
  praise of staff and closing exhortation are negatives („„Ich danke Ihnen allen für Ihre
  Treue ...“, heißt es in dem Brief.“, „Niemand in diesem Haus trifft eine solche
  Entscheidung leichten Herzens“, "These are the hardest decisions ...", "Nobody in this
  industry has better people than we do ...", 'The memo closed with a call to "pull together
  and come out of this stronger."'; three-hundred-and-thirteenth: thanks;
  three-hundred-and-twenty-seventh: praise of staff). "told employees in a memo" is no form
  the earlier batches settled and stays unchecked, as „schrieb“, "wrote", „heißt es in dem
  Brief“ and „wie aus einem Brief ... hervorgeht“ (three-hundred-and-fifty-ninth:
  „schrieb Ehlscheid“, "Kessling wrote"; hundred-sixtieth: „Das geht aus ... hervor“).
- New: crowds at rallies. Both counts are check-worthy with their hedges - the police's
  („nach Angaben der Polizei rund 18.000 Menschen“ -> "die Polizei", "The Metropolitan
  Police put the number at about 25,000." unchecked, "put ... at" no verb of saying) and
  the organisers' ("About 60,000 people marched ..., according to organisers.", „Die
  Veranstalter sprachen von 45.000 Teilnehmerinnen und Teilnehmern.“); „sprachen von“ before
  a figure reports a count and makes no label - it labels only when a label follows
  („sprach von einem „angekündigten Raubbau an der Region““; ninety-eighth) - and the
  organisers stay unchecked (a plural group, forty-first). So are the march's length
  („dauerte knapp zwei Stunden“ 2 hours "nearly") and the crowd a candidate drew („vor
  rund 2.500 Zuhörern“), while banners, transparents and chants are negatives („Auf
  Transparenten stand ...“, "Marchers carried banners reading ...", "The crowd chanted
  Kearsley's name as he left the stage."; three-hundred-and-thirteenth: placards).
- New: coaches' pep talks. A pep talk reported by a player is rhetoric and a negative as the
  quoted one („Der Trainer habe in der Kabine klargemacht, dass jetzt jeder „ans Limit
  gehen“ müsse, berichtete Verteidiger Malte Oeverdiek.“; "I told the locker room this
  morning that nobody outside this building believes in us ..." in the coach's own words),
  and so is a coach's demand on the players that names no measure („Die Spielerinnen
  sollten mit „breiter Brust“ in die Partie gehen, verlangte Wollenhaupt.“;
  two-hundred-and-fourth: appeals) and a warning about the opponent („Kosovo sei ein
  «unangenehmer, giftiger Gegner», warnte Zwyssig.“); a coach's defence of his player, a
  club's vote of confidence and a coach's superlative for a player stay negatives ("Trent is
  our guy, period ...", '"Paulo has the full support of the board," a club spokesperson
  said.', „Lea hat einen Torriecher, wie man ihn selten sieht“;
  three-hundred-and-twenty-seventh), and so does an ambition stated as resolve («Wir wollen
  an die WM, und zwar als Gruppensieger ...»). Injuries, returns, selections, squads,
  training and eligibility are check-worthy with or without a figure (the three weeks, the
  six weeks, the six-week absence, the 24 and 26 players, the 40 minutes, Brinkhorst's
  absence, Tuilagi-Brown's fitness, Ammeter's operation, Wüthrich's eligibility;
  three-hundred-and-twenty-seventh: a stated selection), and so are results, tables and
  streaks in prose.
- New: a newspaper's endorsement of a candidate is an act of record and check-worthy with
  its figures ("The Columbus Sentinel endorsed ... on Monday, the first time in 24 years that
  the newspaper has backed a Democrat for the office." ordinal 1 and 24 years), as a
  distinction conferred (three-hundred-and-twenty-seventh), and so is the board's vote on it
  ("voted 5-2" 5 and 2; three-hundred-and-twenty-seventh: "voted 15-13"), the paper
  unchecked (a description in apposition, two-hundred-and-thirty-third); the editorial's
  reasons and verdicts are negatives ("The editorial board called her ...", "It said
  Vanterpool's tax plan "reads like a wish list ..."", '"We do not make this choice
  lightly," the editorial said.'; three-hundred-and-fifty-ninth: a paper's verdict), and so
  is the rival's dismissal ('... saying voters "don't take orders from editorial boards."').
- New: ovations and applause without a figure are mood lines and negatives („Die
  Delegierten feierten ihn mit stehenden Ovationen.“, "She received a standing ovation from
  the hall."), while an ovation with a figure stays check-worthy
  (three-hundred-and-fifty-ninth: "a standing ovation lasting almost three minutes"); the
  length of a speech and a word counted in it are check-worthy ("In her 50-minute speech,
  Ogilvie-Brand mentioned the NHS 23 times." 50 minutes and 23; three-hundred-and-fifty-ninth:
  „knapp 70-minütigen Rede“), and so is the place of a speaker on a list ("the 38th speaker on
  the second day" ordinals 38 and 2).
- Other negatives (ninety-eighth, two-hundred-and-fourth, three-hundred-and-twenty-seventh,
  three-hundred-and-forty-first, three-hundred-and-fiftieth, three-hundred-and-fifty-ninth):
  labels („nannte“, „sprach von“, „bezeichnete ... als“, "called", "described ... as",
  "dismissed ... as"), accusations that name no act („warf ... vor“, „warfen ... vor“),
  verdicts with „halten ... für“ („Die Ärztekammer hält das Ziel für „realitätsfern“.“), a
  conviction („zeigte sich dennoch „fest überzeugt““), a reassurance („man nehme die Sorgen
  der Menschen „sehr ernst““), an appeal without a measure („müssten endlich ihren Beitrag
  leisten, forderte sie“, 'urged wealthy nations to "stop making promises ..."'), creeds
  („Salzburg darf kein Land nur für Reiche werden“, «Wer das Trikot mit dem Kreuz trägt
  ...»), resolve („Wir lassen uns von kurzfristigen Kursschwankungen nicht vom Kurs
  abbringen“), a boast („stärker aufgestellt als je zuvor“; hundred-thirty-eighth), a
  prophecy ("We are not in a bubble ..."), analysts' and economists' verdicts ("Analysts at
  Pemberton Vale Securities said the revenue target looked "heroic."", "Economists said the
  pledge was unlikely to move the inflation needle much."), the writer's own lines ("The race
  is widely seen as a toss-up.", "It was the kind of speech the hall has heard many times
  before.", "Few in the game would bet against them."; three-hundred-and-fiftieth), evasions
  („ließ ... offen“, „antwortete ...: „Diese Frage stellt sich heute nicht.““, "said he would
  "leave that to other people."", "declined to say whether") and open questions („Ob ...,
  ist ungewiss.“, „Ob ..., blieb am Montag unklar.“, "Whether ... remains an open question.",
  "Whether ... is far from clear."). As the brief for these batches asks, negatives carry no
  expected quantities, and this batch writes no figure into them.
- Check-worthy without a figure (hundred-seventieth, two-hundred-and-ninety-third,
  three-hundred-and-seventh, three-hundred-and-fifty-ninth): the ruled-out VAT rise, the
  candidate's ruled-out Grunderwerbsteuer rise, Westbridge's statement of whom the cuts
  spare, the IG Metall's announced rally, Brinkhorst's absence, Sollmann's announced law,
  Tuilagi-Brown's confirmed place, Ammeter's operation and Wüthrich's eligibility.
- Counts (every batch): officers, towns, jobs, jets, aircraft, passengers, staff, crowds,
  members, scanners, homes, players, goals, points, games, interceptions, livestock,
  refugees and users with their hedges („rund 2.500“, „rund 1.500 zusätzliche“ -
  „zusätzliche“ no hedge -, „rund 1.800 seiner 9.400“, „rund 290“, „rund 18.000“, „Rund
  4000“ and „rund 80'000“ - Swiss forms, tenth and three-hundredth -, „gut 236.000“ "over",
  „rund 6.500“, "about 2,300", "about 19,000", "About 60,000", "about 25,000", "about
  380,000", "about 2.6 million", "about 690,000", "about 260", "about 82,000", "about
  1,400", "about 45 million"); „45.000“, „640“, „400.000“, „121.400“, „1.000 zusätzliche“,
  "4,100", "6,200", "147,800", "48,000", "41 million", "6.3 million", "94,000 ... from
  83,000"; tallies, tables and streaks as the results rounds read them („von seinen
  vergangenen elf Auswärtsspielen nur zwei“ - „nur“ no hedge -, „mit zehn Punkten auf Platz
  vier“ 10 and ordinal 4, „mit vier Punkten auf Rang 14“ 4 and ordinal 14, „nach zwei
  Spielen mit sechs Punkten“, „nach vier Spielen mit acht Punkten auf Platz zwei, einen
  Punkt hinter Slowenien“ - „einen Punkt“ 1, three-hundred-and-twenty-seventh: „nur einen
  Punkt“ -, "five points from their first five league games" 5, ordinal 1 and 5 -
  three-hundred-and-fiftieth: „für die ersten zwei Spiele der Serie“ -, "four of their last
  five", "their first two games by a combined 31 points" ordinal 1, 2 and 31 ("a combined"
  no hedge), "their fifth premiership in seven seasons" ordinal 5 and 7 - an earlier
  batch's "their first Six Nations defeat in 11 matches" -, "four interceptions", "has
  missed 11 games", „bereits vier Tore“, „24 Spielerinnen“, „26 Spieler“); "England's 20
  largest towns" 20, "its 14 oldest jets" 14, "the last six governor's races" 6, "after two
  election defeats" 2 (three-hundred-and-forty-first: "four other business groups"); "voted
  5-2" 5 and 2. None: „die beiden“, "Neither", "both", "decades", "next year", "most".
- Percentages, fractions and ordinals as written: tariffs, polls, rates, shares, moves and
  vote shares ("a 25% tariff", "11%", "about 40%" "about", „31 Prozent ..., 24 Prozent“,
  "52 per cent to 48 per cent", „rund 27 Prozent“ "about", „3,6 Prozent“, „um durchschnittlich
  4,8 Prozent“ - „durchschnittlich“ no hedge -, „um 5,1 Prozent“, "7% of its workforce",
  "4.2%", „um 12 Prozent“, "46% ... 45%", "9%", "about 40%", "3.2%", „um 2,4 Prozent“, „um
  0,8 Prozent“, "54%", "2.1% ... from 2.5%", "38% to 34%", "2%", „um 14 Prozent“, „94,6
  Prozent“, „88,1 Prozent“, „19,3 Prozent“, „um mindestens 5 Prozent“ "at_least", „rund 18
  Prozent“ "about"); percentage points in "pp" („um einen Prozentpunkt“ 1 -
  three-hundred-and-forty-first -, "a margin of error of 3.5 percentage points" -
  three-hundredth -, "by 4 percentage points"). Fractions (the issue): „zu etwa zwei
  Dritteln“ 0.6667 "about" (three-hundred-and-twenty-fourth: „knapp zwei Drittel davon“),
  „nur gut die Hälfte“ 0.5 "over" („gut“, seventy-first; „nur“ no hedge), "roughly a third
  of general revenue" 0.3333 "about" (three-hundred-and-twenty-seventh: "about a third of
  group revenue"). Ordinals: „im ersten Halbjahr“ 1 (three times; hundred-eighty-ninth),
  "a second-quarter loss" 2 (three-hundred-and-twenty-seventh: "a fourth-quarter profit"),
  „zum dritten Mal wiedergewählt“ 3 (three-hundred-and-fifty-ninth: „zum dritten Mal im Amt
  bestätigt“), "his third season" 3, "the first time in 24 years" 1, „für die ersten 100
  Tage“ 1, "the 38th speaker on the second day" 38 and 2. None: "the hardest", "the best",
  "the lowest rate", "the steadiest", „die wichtigste“, „als je zuvor“, "worst start" (the
  season carries the years).
- Durations and ages (the issue: "fünfstündigen", "a two-week visit"): "within three years",
  "within six years" and "within eight years" ("within" no hedge), "over three years" and
  "over four years" ("over" before a span no hedge), "for two years", "a three-year
  contract", "the next six weeks", „rund drei Wochen“ 3 weeks "about", „nach sechswöchiger
  Verletzungspause“ 6 weeks, „auf höchstens 14 Tage“ 14 days "at_most"
  (three-hundred-and-fiftieth: „höchstens 1.500 Hektaren“), „im Schnitt 38 Tage“ 38 days
  („im Schnitt“ no hedge), „knapp zwei Stunden“ 2 hours "nearly", "for only 40 minutes"
  ("only" no hedge), "her 50-minute speech" 50 minutes, "more than four weeks" 4 weeks
  "over" (three-hundred-and-forty-first: "longer than 12 hours"), "the first time in 24
  years", "after eight years as defensive coordinator", „vor zwei Jahren“ 2 years
  (three-hundred-and-fifty-ninth), the pension age „auf 68 Jahre“ 68 years
  (three-hundred-and-twenty-seventh: „auf 65 Jahre“); ages in years ("Kearsley, 44,",
  "Drummond-Sá, 51,", "Delacorte, 58,", "Tuilagi-Brown, 26,", „Teichgräber, 46,“, „die 19
  Jahre alte Wolfsburger Stürmerin“ - two-hundred-and-forty-fourth: „einen etwa zwei Jahre
  alten männlichen Bären“). None: „am Sonntagabend“, „am Dienstagabend“, „im Jahr“, „im
  Monat“, „monatlich“, „jährlich“, „im nächsten Jahr“, „im vergangenen Jahr“,
  „seit Jahresbeginn“, „bis Ende des Jahres“, „bis Ende Jahr“, „Ende Dezember“, „vor
  Weihnachten“, „Zwischen Januar und Juli“, „jahrelang“, "a year",
  "last year", "next year", "this season", "this morning", "since January", "by March", "in
  May", "in June", "in July", "in August", "the past year", "the last fiscal year", "over
  that period", "for decades", "weekly", weekdays and months.
- Years and dates: „für den Haushalt 2027“, „soll 2027“ (twice), „werde 2027“, „ab 2027“,
  „bis 2027“, „auch 2027“, „seit 2021“ (twice), „bis 2031“, „bis Ende 2028“, „bis 2028“,
  „seit Juli 2024“, „von 2031 an ... bis 2040“, „bis 2030“ (twice), "since 2019", "since
  March 2020", "in 2024", "since 2022", "since 2010", "since 2021", "by 2030", "in 2023",
  "before 2028", and "the 2015-16 season" both years (two-hundred-and-forty-fourth: "The
  2019-20 bushfires"). Dates without a year: „am 14. März“ --03-14, „am 24. Oktober“
  --10-24, „am 9. Oktober“ --10-09, "from Nov. 1" --11-01, "on Nov. 3" --11-03, "on Oct.
  12" --10-12; Reuters datelines with a day ("WASHINGTON, Sept 20" --09-20, "CHICAGO, Sept
  21" --09-21, "LONDON, Sept 22" and "TORONTO, Sept 22" --09-22, "UNITED NATIONS, Sept 23"
  and "SAN FRANCISCO, Sept 23" --09-23; hundred-sixtieth); dpa, dpa/lsw, dpa-AFX, APA,
  Keystone-SDA, AP ("DAYTON, Ohio (AP) —", "COLUMBUS, Ohio (AP) —", "LAKE FOREST, Ill.
  (AP) —"), PA ("LONDON (PA) -", "BIRMINGHAM (PA) -", "BOURNEMOUTH (PA) -") and AAP
  ("MELBOURNE (AAP) -", "SYDNEY (AAP) -") datelines none (seventy-ninth).
- Money in the currency written (every batch): EUR („rund 27 Milliarden Euro“, „58
  Milliarden Euro“, „von 4 Milliarden auf rund 34 Milliarden Euro“ both in EUR - the
  currency written once serves the earlier figure, hundred-seventeenth -, „rund 1,1
  Milliarden Euro im Jahr“ "about", „1,9 Milliarden Euro“, „zusätzlich 45 Millionen Euro“ -
  „zusätzlich“ no hedge -, „zwischen 3,4 und 3,7 Milliarden Euro“ both with no hedge -
  „zwischen“, forty-first -, „im Schnitt mit 3,5 Milliarden Euro“, „insgesamt 22 Milliarden
  Euro“ - „insgesamt“ no hedge), USD ("about $9 billion a year", "$38.4 billion", "about
  $310 million", "$186 million", "$9.6 billion", "about $250 billion a year", "about $1.2
  billion", "$31 billion"), GBP ("about £1.3 billion", "about £4.5 billion a year"), CHF
  („300 Millionen Franken“, „412 Franken im Monat“, „monatlich 250 Franken mehr Lohn“ -
  „mehr“ after a figure no hedge), AUD ("an A$4.2 billion rail link", "up to A$900,000"
  "up_to", "about A$11 billion"), CAD ("about C$5.5 billion a year", "C$21.3 billion").
- Hedges, only the names in use: „rund“, „etwa“, "about", "About", "roughly" "about";
  „knapp“ "nearly"; „gut“, "more than" "over"; „höchstens“ "at_most"; „mindestens“
  "at_least"; "up to" "up_to". No hedge: „nur“, „im Schnitt“, „durchschnittlich“,
  „zusätzlich“, „zusätzliche“, „insgesamt“, „derzeit“, „bereits“, „allein“, „zwischen“,
  „mehr“ after a figure, "only", "a combined", "within", "over" before a span.
- Speakers, checked only in forms the earlier batches settled: the surname after a
  Konjunktiv I paraphrase („..., sagte Harrenstein.“, „..., sagte Aigelsreiter.“, „...,
  sagte Thielmann-Sauer.“, „..., sagte Sollmann.“; hundred-eightieth), with the paper („...,
  sagte Dällenbach der Zeitung.“; three-hundred-and-fifty-ninth: „sagte Imfeld der
  Zeitung“) or with the programme dropped („sagte Sollmann am Dienstagabend in einer
  ARD-Talkshow“); after a quote („„...“, sagte Lautenschläger.“; the issue); the surname
  opening the row („Aigelsreiter sagte“, „Hollerbach-Tunç sagte“, „Brunschwiler sagte“,
  „Radauer sagte“, „Zwyssig sagte“; forty-second); the name with the office dropped
  („Unionsfraktionsvize Marlies Eggenweiler sagte“ - three-hundred-and-thirteenth:
  „CDU-Fraktionsvize Tobias Feldkamp sagte“ -, „IG-Metall-Bezirksleiterin Sevim
  Arslanoğlu-Kress sagte“ - three-hundred-and-twenty-seventh -, „sagte Trainer Sören
  Teichgräber am Montag“ with the weekday dropped - three-hundred-and-fifty-sixth: „sagte
  Bundestrainer Markus Feldhaus“); „nach Angaben der Polizei“ -> "die Polizei"
  (three-hundred-and-fifty-sixth). English: the name with the capitalised office and the
  weekday dropped ("..., Commerce Secretary Mitchell Oyelaran said on Sunday.", "Shadow Home
  Secretary Kwabena Ellery-Stone said", "Treasurer Yvette Lanigan said"; three-hundred-and-
  twenty-seventh: "..., Health Minister Rhiannon Castellari said on Monday."), the team
  before the role ("Aston Villa manager Paulo Drummond-Sá said", "Chicago Bears coach Marty
  Delacorte said Tuesday that"; three-hundred-and-fifty-sixth: "England manager Graham
  Lowther said", "Eagles coach Dana Whitcombe said"), the broadcast forms above, the rally
  form ("... told a rally in Dayton on Monday that" -> "Derek Vanterpool",
  hundred-thirty-sixth), the surname opening the row ("Kearsley said", "Brandvold-Cruz
  said", "Kettleborough said", "Whitmore-Lacasse said", "Kiprotich-Waweru said",
  "Ogilvie-Brand said", "Costigan said", "Sarnath-Cole said"), and "..., the company said."
  -> "the company" (three-hundredth). Left unchecked (None): all negatives, also those with a
  named speaker; „hat ... eingeräumt“, „schloss ... aus“, „versprach“, „kündigte an“,
  „erwartet“, „schrieb“, „heißt es in dem Brief“, „wie aus einem Brief ... hervorgeht“, „wie
  aus dem Entwurf des Finanzministeriums hervorgeht“, „verwies darauf“, „nach eigenen
  Angaben“, „Laut Statistik Austria“ (three-hundredth), „nach Angaben des Statistischen
  Bundesamts“ (an adjective in the name, three-hundred-and-fiftieth), „wie der
  Schweizerische Fussballverband mitteilte“ (two-hundred-and-fourth: „wie ... mitteilte“),
  „Die Veranstalter sprachen von“ (a plural group); "wrote", "told employees in a memo",
  "Vasquez-Hale, who took over in January, said" (a subject parted from its verb,
  hundred-sixteenth), "leader Gordon Whitmore-Lacasse said" (a lower-case description
  before a name, three-hundred-and-seventh), "has pledged", "has promised", "pledged",
  "called on ... for", "has confirmed", "The paper, which had backed ..., said" (a
  description between), "The Metropolitan Police put the number at", "according to ..."
  (organisers, Commerce Department data, estimates cited in the speech, the U.N. refugee
  agency, figures the party published), "Home Office figures show", "Figures from the Bureau
  of Labor Statistics show" and rows without attribution. As the three-hundred-and-seventh,
  three-hundred-and-twentieth, three-hundred-and-twenty-seventh,
  three-hundred-and-forty-first, three-hundred-and-fiftieth and three-hundred-and-fifty-ninth
  batches did, and to keep the checked speakers near 35, this batch also leaves unchecked
  forms it could have checked: "Kettleborough told the BBC that", the second "Ogilvie-Brand
  said", "Rousseau-Gendron said", "Statistics Canada said on Tuesday", "..., the union
  said." (Unison) and "..., the company said." (Lumenfold).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier
is checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_381 = [
    # --- Haushaltslücke im „Bericht aus Berlin“ (dpa), Sonntag ---
    (
        "de",
        "Berlin (dpa) - Bundesfinanzminister Detlef Harrenstein (SPD) hat für den Haushalt 2027 eine Finanzierungslücke von rund 27 Milliarden Euro eingeräumt.",
        True,
        [
            ("year", 2027, None, None),
            ("money", 27000000000, "EUR", "about"),
        ],
        None,
    ),
    (
        "de",
        "„Wer jetzt nach neuen Krediten ruft, macht es sich zu leicht und lässt am Ende die Jungen zahlen“, sagte Harrenstein am Sonntagabend in der ARD-Sendung „Bericht aus Berlin“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Lücke solle zu etwa zwei Dritteln durch Einsparungen in den Ministerien geschlossen werden, den Rest sollen gestrichene Subventionen bringen, sagte Harrenstein.",
        True,
        [("fraction", 0.6667, None, "about")],
        "Harrenstein",
    ),
    ("de", "„Und das alles ganz ohne Steuererhöhungen?“, hakte die Moderatorin nach.", False, [], None),
    ("de", "Eine Anhebung der Mehrwertsteuer schloss der Minister in der Sendung ausdrücklich aus.", True, [], None),
    (
        "de",
        "Die Nettokreditaufnahme soll 2027 bei 58 Milliarden Euro liegen, wie aus dem Entwurf des Finanzministeriums hervorgeht.",
        True,
        [
            ("year", 2027, None, None),
            ("money", 58000000000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Die Union warf Harrenstein vor, die Wahrheit über den Haushalt „scheibchenweise“ zu servieren.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Unionsfraktionsvize Marlies Eggenweiler sagte, allein die Zinsausgaben des Bundes seien seit 2021 von 4 Milliarden auf rund 34 Milliarden Euro gestiegen.",
        True,
        [
            ("year", 2021, None, None),
            ("money", 4000000000, "EUR", None),
            ("money", 34000000000, "EUR", "about"),
        ],
        "Marlies Eggenweiler",
    ),
    (
        "de",
        "Für ihren Satz, der Minister „rechne sich die Lage schön“, bekam sie Applaus aus dem Studiopublikum.",
        False,
        [],
        None,
    ),
    # --- Truck tariffs on the Sunday shows (Reuters), Sunday ---
    (
        "en",
        "WASHINGTON, Sept 20 (Reuters) - Imported heavy trucks will face a 25% tariff from Nov. 1, Commerce Secretary Mitchell Oyelaran said on Sunday.",
        True,
        [
            ("date", "--09-20", None, None),
            ("percent", 25, "%", None),
            ("date", "--11-01", None, None),
        ],
        "Mitchell Oyelaran",
    ),
    (
        "en",
        "\"American workers have been played for fools for decades, and those days are over,\" Oyelaran told NBC's \"Meet the Press.\"",
        False,
        [],
        None,
    ),
    (
        "en",
        "Oyelaran told NBC's \"Meet the Press\" that the levy would raise about $9 billion a year and that talks with Mexico on exemptions had broken down.",
        True,
        [("money", 9000000000, "USD", "about")],
        "Oyelaran",
    ),
    (
        "en",
        'Asked whether consumers would end up footing the bill, he said: "Foreign producers will pay, believe me."',
        False,
        [],
        None,
    ),
    (
        "en",
        'Sen. Rhonda Mayberry, a Democrat, called the tariffs "a sales tax on every family that needs a delivery truck."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Mayberry told CBS' \"Face the Nation\" that truck prices had already risen 11% since January, citing industry data.",
        True,
        [("percent", 11, "%", None)],
        "Mayberry",
    ),
    (
        "en",
        "Imports of heavy trucks totalled $38.4 billion last year, about 40% of them from Mexico, according to Commerce Department data.",
        True,
        [
            ("money", 38400000000, "USD", None),
            ("percent", 40, "%", "about"),
        ],
        None,
    ),
    # --- Wahlkampfauftakt in Ulm (dpa/lsw), Sonntag ---
    (
        "de",
        "Ulm (dpa/lsw) - Mit einer Kundgebung vor rund 2.500 Zuhörern hat CDU-Spitzenkandidatin Friederike Lautenschläger am Sonntag in Ulm den Landtagswahlkampf eröffnet.",
        True,
        [("count", 2500, None, "about")],
        None,
    ),
    (
        "de",
        "„Dieses Land hat eine Regierung verdient, die morgens aufsteht und anpackt“, rief Lautenschläger ihren Anhängern zu.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Lautenschläger versprach, bis 2031 rund 1.500 zusätzliche Polizistinnen und Polizisten einzustellen.",
        True,
        [
            ("year", 2031, None, None),
            ("count", 1500, None, "about"),
        ],
        None,
    ),
    (
        "de",
        "Sie stellte ein Zehn-Punkte-Programm für die ersten 100 Tage einer CDU-geführten Regierung vor.",
        True,
        [
            ("count", 10, None, None),
            ("ordinal", 1, None, None),
            ("duration", 100, "day", None),
        ],
        None,
    ),
    (
        "de",
        "„Mit mir wird es keine Erhöhung der Grunderwerbsteuer geben“, sagte Lautenschläger.",
        True,
        [],
        "Lautenschläger",
    ),
    ("de", "„Ich werde um jede Stimme kämpfen, in jedem Dorf und in jeder Stadt“, versprach sie.", False, [], None),
    ("de", "Die Grünen sprachen von einer „Wunschliste ohne Preisschild“.", False, [], None),
    (
        "de",
        "In der jüngsten Umfrage von Infratest dimap liegt die CDU bei 31 Prozent, die Grünen kommen auf 24 Prozent.",
        True,
        [
            ("percent", 31, "%", None),
            ("percent", 24, "%", None),
        ],
        None,
    ),
    ("de", "Auf den Plakaten am Münsterplatz stand „Zeit für Tempo“.", False, [], None),
    (
        "de",
        "Ob die CDU nach der Wahl ein Bündnis mit den Grünen eingehen würde, ließ Lautenschläger offen.",
        False,
        [],
        None,
    ),
    ("de", "Gewählt wird am 14. März.", True, [("date", "--03-14", None, None)], None),
    # --- Police pledge in a Sunday op-ed (PA), Sunday ---
    (
        "en",
        "LONDON (PA) - Home Secretary Gwendolyn Ashcroft-Pryor has pledged to double the number of neighbourhood police officers in England's 20 largest towns within three years.",
        True,
        [
            ("count", 20, None, None),
            ("duration", 3, "year", None),
        ],
        None,
    ),
    (
        "en",
        'In an article for the Sunday Telegraph, she wrote that "the thin blue line has been stretched until it snapped."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ashcroft-Pryor wrote that 4,100 neighbourhood officers had been moved to other duties since 2019.",
        True,
        [
            ("count", 4100, None, None),
            ("year", 2019, None, None),
        ],
        None,
    ),
    ("en", '"Every community deserves to know the name of its local bobby," she wrote.', False, [], None),
    (
        "en",
        "Ashcroft-Pryor told Sky News on Sunday that the plan would cost about £1.3 billion over three years and would be met from existing budgets.",
        True,
        [
            ("money", 1300000000, "GBP", "about"),
            ("duration", 3, "year", None),
        ],
        "Ashcroft-Pryor",
    ),
    (
        "en",
        "Shadow Home Secretary Kwabena Ellery-Stone said police numbers in England had fallen by 6,200 since March 2020.",
        True,
        [
            ("count", 6200, None, None),
            ("year", 2020, None, None),
        ],
        "Kwabena Ellery-Stone",
    ),
    ("en", 'He dismissed the article as "a press release with a byline."', False, [], None),
    (
        "en",
        "Home Office figures show 147,800 full-time equivalent officers in England and Wales at the end of March.",
        True,
        [("count", 147800, None, None)],
        None,
    ),
    ("en", "Whether the Treasury will fund the pledge remains an open question.", False, [], None),
    # --- Lohnnebenkosten in der „Pressestunde“ (APA), Sonntag ---
    (
        "de",
        "Wien (APA) - Wirtschaftsminister Bernhard Aigelsreiter (ÖVP) hat in der ORF-„Pressestunde“ eine Senkung der Lohnnebenkosten um einen Prozentpunkt ab 2027 angekündigt.",
        True,
        [
            ("percent", 1, "pp", None),
            ("year", 2027, None, None),
        ],
        None,
    ),
    (
        "de",
        "„Österreich ist für Arbeit ein Hochpreisland geworden, und das können wir uns schlicht nicht mehr leisten“, sagte Aigelsreiter.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Maßnahme koste das Budget rund 1,1 Milliarden Euro im Jahr, sagte Aigelsreiter.",
        True,
        [("money", 1100000000, "EUR", "about")],
        "Aigelsreiter",
    ),
    (
        "de",
        "Aigelsreiter sagte, die Lohnnebenkosten lägen in Österreich bei rund 27 Prozent der Bruttolohnsumme.",
        True,
        [("percent", 27, "%", "about")],
        "Aigelsreiter",
    ),
    ("de", "Die Gegenfinanzierung ließ der Minister offen.", False, [], None),
    (
        "de",
        "Die SPÖ nannte den Vorschlag ein „Geschenk an die Industrie auf Kosten der Sozialversicherung“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Laut Statistik Austria lag die Inflation im August bei 3,6 Prozent.",
        True,
        [("percent", 3.6, "%", None)],
        None,
    ),
    (
        "de",
        "Auf die Frage, ob er selbst Bundeskanzler werden wolle, antwortete Aigelsreiter: „Diese Frage stellt sich heute nicht.“",
        False,
        [],
        None,
    ),
    # --- Airport rail pledge at the Liberal launch (AAP), Sunday ---
    (
        "en",
        "MELBOURNE (AAP) - Victorian Opposition Leader Brendan Kearsley has promised to build an A$4.2 billion rail link to Melbourne Airport within six years if he wins November's state election.",
        True,
        [
            ("money", 4200000000, "AUD", None),
            ("duration", 6, "year", None),
        ],
        None,
    ),
    (
        "en",
        "\"Victorians are sick of being told to wait,\" Kearsley told the party's campaign launch in Melbourne's east.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Kearsley said a Coalition government would abolish stamp duty for first-home buyers on properties worth up to A$900,000.",
        True,
        [("money", 900000, "AUD", "up_to")],
        "Kearsley",
    ),
    ("en", 'He described the Labor government as "tired, broke and out of ideas."', False, [], None),
    (
        "en",
        "Treasurer Yvette Lanigan said the opposition's promises would add about A$11 billion to state debt over four years.",
        True,
        [
            ("money", 11000000000, "AUD", "about"),
            ("duration", 4, "year", None),
        ],
        "Yvette Lanigan",
    ),
    ("en", 'Lanigan called the airport pledge "a thought bubble with a ribbon on it."', False, [], None),
    (
        "en",
        "Labor leads the Coalition 52 per cent to 48 per cent after preferences in the latest Redbridge poll.",
        True,
        [
            ("percent", 52, "%", None),
            ("percent", 48, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Kearsley, 44, became opposition leader in 2024 after two election defeats for his party.",
        True,
        [
            ("duration", 44, "year", None),
            ("year", 2024, None, None),
            ("count", 2, None, None),
        ],
        None,
    ),
    ("en", "The crowd chanted Kearsley's name as he left the stage.", False, [], None),
    # --- Prämien im Interview mit der «SonntagsZeitung» (Keystone-SDA), Sonntag ---
    (
        "de",
        "Bern (Keystone-SDA) - Gesundheitsministerin Ursina Dällenbach erwartet, dass die Krankenkassenprämien im nächsten Jahr um durchschnittlich 4,8 Prozent steigen.",
        True,
        [("percent", 4.8, "%", None)],
        None,
    ),
    (
        "de",
        "«Für viele Familien im Mittelstand sind die Prämien längst zur Schmerzgrenze geworden», sagte Dällenbach der «SonntagsZeitung».",
        False,
        [],
        None,
    ),
    (
        "de",
        "In der Grundversicherung seien die Kosten im ersten Halbjahr um 5,1 Prozent gewachsen, sagte Dällenbach der Zeitung.",
        True,
        [
            ("ordinal", 1, None, None),
            ("percent", 5.1, "%", None),
        ],
        "Dällenbach",
    ),
    (
        "de",
        "Die Spitäler und die Pharmaindustrie müssten endlich ihren Beitrag leisten, forderte sie.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Dällenbach kündigte an, dem Bundesrat noch vor Weihnachten ein Paket mit Einsparungen von 300 Millionen Franken vorzulegen.",
        True,
        [("money", 300000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Der Krankenkassenverband Santésuisse bezeichnete das Paket als «Kosmetik am falschen Ort».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die mittlere Prämie für Erwachsene liegt derzeit bei 412 Franken im Monat.",
        True,
        [("money", 412, "CHF", None)],
        None,
    ),
    # --- Westbridge memo to staff (Reuters), Monday ---
    (
        "en",
        "CHICAGO, Sept 21 (Reuters) - Westbridge Airways will cut about 2,300 jobs, or 7% of its workforce, and retire its 14 oldest jets by March, Chief Executive Corinna Vasquez-Hale told employees in a memo on Monday.",
        True,
        [
            ("date", "--09-21", None, None),
            ("count", 2300, None, "about"),
            ("percent", 7, "%", None),
            ("count", 14, None, None),
        ],
        None,
    ),
    ("en", '"These are the hardest decisions I have had to make in my career," Vasquez-Hale wrote.', False, [], None),
    (
        "en",
        "Vasquez-Hale, who took over in January, said in the memo that the cuts would save about $310 million a year.",
        True,
        [("money", 310000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "The Chicago-based carrier posted a second-quarter loss of $186 million in July, citing higher fuel and labor costs.",
        True,
        [
            ("ordinal", 2, None, None),
            ("money", 186000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        '"Nobody in this industry has better people than we do, and that has never been in question," she wrote in the memo.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The cuts will fall mainly on management and back-office roles, and no pilots will be laid off, the company said.",
        True,
        [],
        "the company",
    ),
    ("en", 'The memo closed with a call to "pull together and come out of this stronger."', False, [], None),
    (
        "en",
        'The Association of Flight Attendants called the cuts "a betrayal of the people who kept this airline flying."',
        False,
        [],
        None,
    ),
    ("en", "Westbridge shares rose 4.2% in morning trading.", True, [("percent", 4.2, "%", None)], None),
    (
        "en",
        "Westbridge operates about 260 aircraft and carried 41 million passengers last year.",
        True,
        [
            ("count", 260, None, "about"),
            ("count", 41000000, None, None),
        ],
        None,
    ),
    # --- Brief an die Belegschaft bei Hallberg (dpa), Montag ---
    (
        "de",
        "Schweinfurt (dpa) - Der Autozulieferer Hallberg Antriebstechnik will bis Ende 2028 rund 1.800 seiner 9.400 Stellen in Deutschland streichen.",
        True,
        [
            ("year", 2028, None, None),
            ("count", 1800, None, "about"),
            ("count", 9400, None, None),
        ],
        None,
    ),
    (
        "de",
        "Das Werk in Bamberg mit 640 Beschäftigten soll 2027 geschlossen werden, wie aus einem Brief von Vorstandschef Torsten Weyrauch an die Belegschaft hervorgeht.",
        True,
        [
            ("count", 640, None, None),
            ("year", 2027, None, None),
        ],
        None,
    ),
    (
        "de",
        "„Niemand in diesem Haus trifft eine solche Entscheidung leichten Herzens“, schrieb Weyrauch.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Ich danke Ihnen allen für Ihre Treue in diesen schwierigen Monaten“, heißt es in dem Brief.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Umsatz sei im ersten Halbjahr um 12 Prozent auf 1,9 Milliarden Euro eingebrochen, schrieb der Manager.",
        True,
        [
            ("ordinal", 1, None, None),
            ("percent", 12, "%", None),
            ("money", 1900000000, "EUR", None),
        ],
        None,
    ),
    ("de", "Die IG Metall sprach von einem „angekündigten Raubbau an der Region“.", False, [], None),
    (
        "de",
        "IG-Metall-Bezirksleiterin Sevim Arslanoğlu-Kress sagte, die Gewerkschaft werde am Donnerstag vor dem Werk in Bamberg zu einer Kundgebung aufrufen.",
        True,
        [],
        "Sevim Arslanoğlu-Kress",
    ),
    (
        "de",
        "„Wir werden um jeden Arbeitsplatz in Bamberg kämpfen, darauf kann sich der Vorstand verlassen“, sagte Arslanoğlu-Kress.",
        False,
        [],
        None,
    ),
    # --- Vanterpool rally in Dayton (AP), Monday ---
    (
        "en",
        "DAYTON, Ohio (AP) — Republican gubernatorial candidate Derek Vanterpool told a rally in Dayton on Monday that Ohio had lost 48,000 manufacturing jobs since 2022.",
        True,
        [
            ("count", 48000, None, None),
            ("year", 2022, None, None),
        ],
        "Derek Vanterpool",
    ),
    (
        "en",
        '"We are going to bring those jobs home, and we are going to do it fast," Vanterpool told the crowd.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Figures from the Bureau of Labor Statistics show Ohio's manufacturing employment fell by about 19,000 over that period.",
        True,
        [("count", 19000, None, "about")],
        None,
    ),
    (
        "en",
        "The Associated Press asked the Vanterpool campaign for the source of the larger figure but had not received a reply by Monday evening.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Vanterpool also pledged to phase out the state income tax within eight years.",
        True,
        [("duration", 8, "year", None)],
        None,
    ),
    (
        "en",
        'Democratic nominee Alicia Brandvold-Cruz said the plan would "gut our schools to pay for a slogan."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Brandvold-Cruz said the income tax brought in $9.6 billion for the state in the last fiscal year, roughly a third of general revenue.",
        True,
        [
            ("money", 9600000000, "USD", None),
            ("fraction", 0.3333, None, "about"),
        ],
        "Brandvold-Cruz",
    ),
    ("en", "The race is widely seen as a toss-up.", False, [], None),
    (
        "en",
        "A Baldwin Wallace University poll released last week had Vanterpool at 46% and Brandvold-Cruz at 45%, within the poll's margin of error of 3.5 percentage points.",
        True,
        [
            ("percent", 46, "%", None),
            ("percent", 45, "%", None),
            ("percent", 3.5, "pp", None),
        ],
        None,
    ),
    # --- Werder vor dem Nordderby (dpa), Montag ---
    (
        "de",
        "Bremen (dpa) - Ohne Kapitän Jonas Brinkhorst reist Werder Bremen am Samstag zum Nordderby beim Hamburger SV.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Mittelfeldspieler falle nach einem Muskelfaserriss rund drei Wochen aus, sagte Trainer Sören Teichgräber am Montag.",
        True,
        [("duration", 3, "week", "about")],
        "Sören Teichgräber",
    ),
    (
        "de",
        "„Wir fahren nicht nach Hamburg, um dort gut auszusehen – wir fahren dahin, um zu gewinnen“, sagte Teichgräber.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Werder hat von seinen vergangenen elf Auswärtsspielen nur zwei gewonnen.",
        True,
        [
            ("count", 11, None, None),
            ("count", 2, None, None),
        ],
        None,
    ),
    (
        "de",
        "Der Trainer habe in der Kabine klargemacht, dass jetzt jeder „ans Limit gehen“ müsse, berichtete Verteidiger Malte Oeverdiek.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der HSV liegt mit zehn Punkten auf Platz vier, Werder steht mit vier Punkten auf Rang 14.",
        True,
        [
            ("count", 10, None, None),
            ("ordinal", 4, None, None),
            ("count", 4, None, None),
            ("ordinal", 14, None, None),
        ],
        None,
    ),
    (
        "de",
        "Teichgräber, 46, ist seit Juli 2024 Trainer in Bremen.",
        True,
        [
            ("duration", 46, "year", None),
            ("year", 2024, None, None),
        ],
        None,
    ),
    ("de", "Ob Stürmer Elias Rønnow rechtzeitig fit wird, ließ Teichgräber offen.", False, [], None),
    # --- Villa's manager before Chelsea (PA), Monday ---
    (
        "en",
        "BIRMINGHAM (PA) - Aston Villa manager Paulo Drummond-Sá said defender Kieran Ashworth-Baines would miss the next six weeks with a hamstring injury.",
        True,
        [("duration", 6, "week", None)],
        "Paulo Drummond-Sá",
    ),
    (
        "en",
        "\"I have told the players: nobody is coming to save us, we save ourselves,\" Drummond-Sá said ahead of Wednesday's game against Chelsea.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Villa have taken five points from their first five league games, their worst start since the 2015-16 season.",
        True,
        [
            ("count", 5, None, None),
            ("ordinal", 1, None, None),
            ("count", 5, None, None),
            ("year", 2015, None, None),
            ("year", 2016, None, None),
        ],
        None,
    ),
    ("en", '"This club has been through far worse and come out the other side," he said.', False, [], None),
    (
        "en",
        'Asked about speculation over his job, Drummond-Sá said he would "leave that to other people."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Drummond-Sá, 51, was appointed in May on a three-year contract.",
        True,
        [
            ("duration", 51, "year", None),
            ("duration", 3, "year", None),
        ],
        None,
    ),
    (
        "en",
        "Chelsea have won four of their last five Premier League meetings with Villa.",
        True,
        [
            ("count", 4, None, None),
            ("count", 5, None, None),
        ],
        None,
    ),
    ("en", '"Paulo has the full support of the board," a club spokesperson said.', False, [], None),
    # --- Gastkommentar zu MRT-Wartezeiten (APA), Montag ---
    (
        "de",
        "Wien (APA) - Gesundheitsministerin Elfriede Kaltenegger (SPÖ) will die Wartezeit auf eine MRT-Untersuchung auf höchstens 14 Tage begrenzen.",
        True,
        [("duration", 14, "day", "at_most")],
        None,
    ),
    (
        "de",
        "In einem Gastkommentar in der „Presse“ schrieb sie, das Gesundheitssystem dürfe „kein Basar sein, auf dem das Bankkonto den Termin bestimmt“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Derzeit warteten Kassenpatientinnen und -patienten im Schnitt 38 Tage auf einen MRT-Termin, schrieb Kaltenegger.",
        True,
        [("duration", 38, "day", None)],
        None,
    ),
    (
        "de",
        "„Wer krank ist, darf nicht warten müssen, weil er die falsche Karte in der Tasche hat“, heißt es in dem Text.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Kaltenegger kündigte an, dafür bis 2027 zusätzlich 45 Millionen Euro bereitzustellen.",
        True,
        [
            ("year", 2027, None, None),
            ("money", 45000000, "EUR", None),
        ],
        None,
    ),
    ("de", "Die Ärztekammer hält das Ziel für „realitätsfern“.", False, [], None),
    (
        "de",
        "Die Ärztekammer verwies darauf, dass in Österreich derzeit rund 290 MRT-Geräte in Betrieb seien.",
        True,
        [("count", 290, None, "about")],
        None,
    ),
    ("de", "Ob die Bundesländer die Pläne mittragen, blieb am Montag unklar.", False, [], None),
    # --- An endorsement in Columbus (AP), Monday ---
    (
        "en",
        "COLUMBUS, Ohio (AP) — The Columbus Sentinel endorsed Democrat Alicia Brandvold-Cruz for governor on Monday, the first time in 24 years that the newspaper has backed a Democrat for the office.",
        True,
        [
            ("ordinal", 1, None, None),
            ("duration", 24, "year", None),
        ],
        None,
    ),
    ("en", 'The editorial board called her "the steadiest pair of hands in a season of loud voices."', False, [], None),
    (
        "en",
        "It said Vanterpool's tax plan \"reads like a wish list scribbled on the back of a napkin.\"",
        False,
        [],
        None,
    ),
    (
        "en",
        "The paper, which had backed Republicans in the last six governor's races, said its editorial board had voted 5-2 for the endorsement.",
        True,
        [
            ("count", 6, None, None),
            ("count", 5, None, None),
            ("count", 2, None, None),
        ],
        None,
    ),
    ("en", '"We do not make this choice lightly," the editorial said.', False, [], None),
    (
        "en",
        "The Vanterpool campaign shrugged off the endorsement, saying voters \"don't take orders from editorial boards.\"",
        False,
        [],
        None,
    ),
    ("en", "Ohio's general election is on Nov. 3.", True, [("date", "--11-03", None, None)], None),
    # --- DGB-Kundgebung gegen die Rente mit 68 (dpa), Dienstag ---
    (
        "de",
        "Berlin (dpa) - Zu einer Kundgebung des DGB gegen ein höheres Rentenalter sind am Dienstag nach Angaben der Polizei rund 18.000 Menschen vor das Kanzleramt gekommen.",
        True,
        [("count", 18000, None, "about")],
        "die Polizei",
    ),
    (
        "de",
        "Die Veranstalter sprachen von 45.000 Teilnehmerinnen und Teilnehmern.",
        True,
        [("count", 45000, None, None)],
        None,
    ),
    (
        "de",
        "„Wer sein Leben lang geschuftet hat, hat ein Recht auf einen Ruhestand in Würde“, rief DGB-Chefin Yasemin Hollerbach-Tunç den Demonstrierenden zu.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Hollerbach-Tunç sagte, schon heute erreiche nur gut die Hälfte der Beschäftigten im Bau das reguläre Rentenalter im Beruf.",
        True,
        [("fraction", 0.5, None, "over")],
        "Hollerbach-Tunç",
    ),
    ("de", "Auf Transparenten stand „Hände weg von unserer Rente“.", False, [], None),
    ("de", "„Die Regierung plant den Rentenklau auf Raten“, sagte Verdi-Vize Björn Kassebohm.", False, [], None),
    (
        "de",
        "Nach den Plänen der Koalition soll das Renteneintrittsalter von 2031 an schrittweise bis 2040 auf 68 Jahre steigen.",
        True,
        [
            ("year", 2031, None, None),
            ("year", 2040, None, None),
            ("duration", 68, "year", None),
        ],
        None,
    ),
    (
        "de",
        "Der Protestzug vom Hauptbahnhof zum Kanzleramt dauerte knapp zwei Stunden.",
        True,
        [("duration", 2, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "Ein Sprecher des Arbeitsministeriums sagte, man nehme die Sorgen der Menschen „sehr ernst“.",
        False,
        [],
        None,
    ),
    # --- Public sector pay march in London (Reuters), Tuesday ---
    (
        "en",
        "LONDON, Sept 22 (Reuters) - About 60,000 people marched through central London on Tuesday to demand above-inflation pay rises for public sector workers, according to organisers.",
        True,
        [
            ("date", "--09-22", None, None),
            ("count", 60000, None, "about"),
        ],
        None,
    ),
    ("en", "The Metropolitan Police put the number at about 25,000.", True, [("count", 25000, None, "about")], None),
    (
        "en",
        '"They clapped for us on their doorsteps, and now they expect us to use food banks," Unison general secretary Moira Kettleborough told the crowd in Trafalgar Square.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Kettleborough said nurses' pay had fallen 9% in real terms since 2010, citing analysis by the union.",
        True,
        [
            ("percent", 9, "%", None),
            ("year", 2010, None, None),
        ],
        "Kettleborough",
    ),
    (
        "en",
        "Kettleborough told the BBC that about 40% of nurses surveyed by the union had considered leaving the profession in the past year.",
        True,
        [("percent", 40, "%", "about")],
        None,
    ),
    ("en", 'Marchers carried banners reading "Pay Up Now" and "Britain Needs A Pay Rise".', False, [], None),
    (
        "en",
        '"This government has treated public servants with contempt from the very start," she said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The government has offered public sector workers a 3.2% rise for next year.",
        True,
        [("percent", 3.2, "%", None)],
        None,
    ),
    (
        "en",
        "Unison will open a strike ballot of about 380,000 health service members on Oct. 12, the union said.",
        True,
        [
            ("count", 380000, None, "about"),
            ("date", "--10-12", None, None),
        ],
        None,
    ),
    ("en", 'A Treasury spokesperson said the offer was "fair and affordable."', False, [], None),
    # --- Bauarbeiter-Kundgebung in Zürich (Keystone-SDA), Dienstag ---
    (
        "de",
        "Zürich (Keystone-SDA) - Rund 4000 Bauarbeiter sind am Dienstag in Zürich für mehr Lohn und kürzere Arbeitstage auf die Strasse gegangen.",
        True,
        [("count", 4000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft Unia verlangt für alle Bauarbeiter monatlich 250 Franken mehr Lohn.",
        True,
        [("money", 250, "CHF", None)],
        None,
    ),
    (
        "de",
        "«Auf dem Bau wird geschuftet, bis der Rücken bricht – und die Baumeister zählen ihre Gewinne», rief Unia-Sektorleiter Nico Brunschwiler in die Menge.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Brunschwiler sagte, die Reallöhne auf dem Bau seien seit 2021 um 2,4 Prozent gesunken.",
        True,
        [
            ("year", 2021, None, None),
            ("percent", 2.4, "%", None),
        ],
        "Brunschwiler",
    ),
    (
        "de",
        "Der Baumeisterverband bezeichnete die Forderungen als «völlig losgelöst von der Realität».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Verband bietet nach eigenen Angaben eine Erhöhung um 0,8 Prozent an.",
        True,
        [("percent", 0.8, "%", None)],
        None,
    ),
    ("de", "Ob es bis Ende Jahr zu einer Einigung kommt, ist ungewiss.", False, [], None),
    (
        "de",
        "Der Landesmantelvertrag für die rund 80'000 Bauarbeiter läuft Ende Dezember aus.",
        True,
        [("count", 80000, None, "about")],
        None,
    ),
    # --- Bears coach backs his quarterback (AP), Tuesday ---
    (
        "en",
        "LAKE FOREST, Ill. (AP) — Chicago Bears coach Marty Delacorte said Tuesday that quarterback Trent Abernathy would start against Minnesota on Sunday despite throwing four interceptions in the loss to Detroit.",
        True,
        [("count", 4, None, None)],
        "Marty Delacorte",
    ),
    (
        "en",
        "\"Trent is our guy, period, and I'm not going to stand up here and throw him under the bus,\" Delacorte said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "\"I told the locker room this morning that nobody outside this building believes in us, and that's fine,\" he said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The Bears have lost their first two games by a combined 31 points.",
        True,
        [
            ("ordinal", 1, None, None),
            ("count", 2, None, None),
            ("count", 31, None, None),
        ],
        None,
    ),
    (
        "en",
        "Abernathy has completed 54% of his passes this season, the lowest rate among the league's starting quarterbacks.",
        True,
        [("percent", 54, "%", None)],
        None,
    ),
    (
        "en",
        "Delacorte, 58, is in his third season in Chicago after eight years as defensive coordinator in Baltimore.",
        True,
        [
            ("duration", 58, "year", None),
            ("ordinal", 3, None, None),
            ("duration", 8, "year", None),
        ],
        None,
    ),
    ("en", "\"We've got a lot of football left and a lot of fight in this group,\" Delacorte said.", False, [], None),
    # --- Kader der DFB-Frauen (dpa), Dienstag ---
    (
        "de",
        "Frankfurt/Main (dpa) - Bundestrainerin Katharina Wollenhaupt hat für die WM-Qualifikationsspiele gegen Österreich und Norwegen 24 Spielerinnen nominiert.",
        True,
        [("count", 24, None, None)],
        None,
    ),
    ("de", "„Wir haben eine Mannschaft, die vor niemandem Angst haben muss“, sagte Wollenhaupt.", False, [], None),
    (
        "de",
        "Neu im Kader ist die 19 Jahre alte Wolfsburger Stürmerin Lea Bruckschen, die in dieser Saison bereits vier Tore erzielt hat.",
        True,
        [
            ("duration", 19, "year", None),
            ("count", 4, None, None),
        ],
        None,
    ),
    (
        "de",
        "Torhüterin Merle Janssen-Vogt kehrt nach sechswöchiger Verletzungspause in das Aufgebot zurück.",
        True,
        [("duration", 6, "week", None)],
        None,
    ),
    ("de", "„Lea hat einen Torriecher, wie man ihn selten sieht“, schwärmte die Bundestrainerin.", False, [], None),
    (
        "de",
        "Das Spiel gegen Österreich findet am 24. Oktober in Bielefeld statt.",
        True,
        [("date", "--10-24", None, None)],
        None,
    ),
    ("de", "Die Spielerinnen sollten mit „breiter Brust“ in die Partie gehen, verlangte Wollenhaupt.", False, [], None),
    (
        "de",
        "Deutschland führt die Qualifikationsgruppe nach zwei Spielen mit sechs Punkten an.",
        True,
        [
            ("count", 2, None, None),
            ("count", 6, None, None),
        ],
        None,
    ),
    # --- Fuel tax pledge in Toronto (Reuters), Tuesday ---
    (
        "en",
        "TORONTO, Sept 22 (Reuters) - Canada's opposition Conservatives would suspend the federal excise tax on gasoline and diesel for two years if they win the next election, leader Gordon Whitmore-Lacasse said on Tuesday.",
        True,
        [
            ("date", "--09-22", None, None),
            ("duration", 2, "year", None),
        ],
        None,
    ),
    (
        "en",
        '"Canadians should not have to choose between filling the tank and filling the fridge," he told the Toronto Region Board of Trade.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Whitmore-Lacasse said the move would cost about C$5.5 billion a year and be paid for by cutting federal spending on consultants.",
        True,
        [("money", 5500000000, "CAD", "about")],
        "Whitmore-Lacasse",
    ),
    (
        "en",
        'Finance Minister Amélie Rousseau-Gendron called the plan "a bumper sticker, not a budget."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Rousseau-Gendron said federal spending on outside consultants totalled C$21.3 billion in the last fiscal year.",
        True,
        [("money", 21300000000, "CAD", None)],
        None,
    ),
    ("en", "Economists said the pledge was unlikely to move the inflation needle much.", False, [], None),
    (
        "en",
        "Statistics Canada said on Tuesday that annual inflation slowed to 2.1% in August from 2.5% in July.",
        True,
        [
            ("percent", 2.1, "%", None),
            ("percent", 2.5, "%", None),
        ],
        None,
    ),
    (
        "en",
        "The Conservatives lead the governing Liberals by 4 percentage points, 38% to 34%, in an Abacus Data poll published on Monday.",
        True,
        [
            ("percent", 4, "pp", None),
            ("percent", 38, "%", None),
            ("percent", 34, "%", None),
        ],
        None,
    ),
    # --- Bauministerin in der Talkshow (dpa), Dienstag ---
    (
        "de",
        "Berlin (dpa) - Bundesbauministerin Henrike Sollmann (SPD) hat eingeräumt, dass die Regierung ihr Ziel von 400.000 neuen Wohnungen im Jahr auch 2027 klar verfehlen wird.",
        True,
        [
            ("count", 400000, None, None),
            ("year", 2027, None, None),
        ],
        None,
    ),
    (
        "de",
        "Im vergangenen Jahr seien gut 236.000 Wohnungen fertiggestellt worden, sagte Sollmann am Dienstagabend in einer ARD-Talkshow.",
        True,
        [("count", 236000, None, "over")],
        "Sollmann",
    ),
    (
        "de",
        "„Wir haben beim Bauen die Handbremse gelöst, jetzt muss nur noch der Motor anspringen“, sagte sie.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Frau Ministerin, wann wird denn endlich gebaut?“, fragte ein Zuschauer aus dem Studiopublikum.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Zahl der Baugenehmigungen sei im ersten Halbjahr um 14 Prozent gestiegen, sagte Sollmann.",
        True,
        [
            ("ordinal", 1, None, None),
            ("percent", 14, "%", None),
        ],
        "Sollmann",
    ),
    ("de", "Sollmann kündigte an, das Gebäudeenergiegesetz bis Ende des Jahres zu vereinfachen.", True, [], None),
    ("de", "Der Immobilienverband ZIA nannte die Bilanz „ernüchternd“.", False, [], None),
    ("de", "Sollmann zeigte sich dennoch „fest überzeugt“, dass die Wende am Bau geschafft sei.", False, [], None),
    (
        "de",
        "Zwischen Januar und Juli genehmigten die Behörden nach Angaben des Statistischen Bundesamts 121.400 Wohnungen.",
        True,
        [("count", 121400, None, None)],
        None,
    ),
    # --- A wealth levy at the General Assembly (Reuters), Wednesday ---
    (
        "en",
        "UNITED NATIONS, Sept 23 (Reuters) - Kenyan President Samuel Kiprotich-Waweru called on Wednesday for a global levy of 2% on the wealth of billionaires to fund climate adaptation in poorer countries.",
        True,
        [
            ("date", "--09-23", None, None),
            ("percent", 2, "%", None),
        ],
        None,
    ),
    (
        "en",
        '"The planet is burning while the richest few count their money," Kiprotich-Waweru told the U.N. General Assembly.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Kiprotich-Waweru said Kenya had lost about 2.6 million head of livestock to drought since 2021.",
        True,
        [
            ("count", 2600000, None, "about"),
            ("year", 2021, None, None),
        ],
        "Kiprotich-Waweru",
    ),
    ("en", 'He urged wealthy nations to "stop making promises and start keeping them."', False, [], None),
    (
        "en",
        "Such a levy could raise about $250 billion a year, according to estimates cited in the speech.",
        True,
        [("money", 250000000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Kenya hosted about 690,000 refugees and asylum seekers at the end of August, according to the U.N. refugee agency.",
        True,
        [("count", 690000, None, "about")],
        None,
    ),
    ("en", "It was the kind of speech the hall has heard many times before.", False, [], None),
    (
        "en",
        "He was the 38th speaker on the second day of the General Assembly's annual debate.",
        True,
        [
            ("ordinal", 38, None, None),
            ("ordinal", 2, None, None),
        ],
        None,
    ),
    # --- Landesparteitag der Salzburger SPÖ (APA), Mittwoch ---
    (
        "de",
        "Salzburg (APA) - Die Salzburger SPÖ hat ihren Landesparteichef Manfred Radauer am Mittwoch mit 94,6 Prozent der Delegiertenstimmen im Amt bestätigt.",
        True,
        [("percent", 94.6, "%", None)],
        None,
    ),
    (
        "de",
        "„Wir sind nicht die Partei der Verwalter, wir sind die Partei der Gestalter“, rief Radauer den Delegierten zu.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Radauer wurde damit zum dritten Mal wiedergewählt, vor zwei Jahren hatte er 88,1 Prozent erhalten.",
        True,
        [
            ("ordinal", 3, None, None),
            ("duration", 2, "year", None),
            ("percent", 88.1, "%", None),
        ],
        None,
    ),
    ("de", "Die Delegierten feierten ihn mit stehenden Ovationen.", False, [], None),
    (
        "de",
        "Radauer sagte, in Salzburg fehlten derzeit rund 6.500 leistbare Wohnungen.",
        True,
        [("count", 6500, None, "about")],
        "Radauer",
    ),
    (
        "de",
        "Radauer kündigte an, im Landtag einen Antrag für 1.000 zusätzliche geförderte Mietwohnungen bis 2030 einzubringen.",
        True,
        [
            ("count", 1000, None, None),
            ("year", 2030, None, None),
        ],
        None,
    ),
    ("de", "Die ÖVP bezeichnete die Rede als „Wahlkampfgetöse ohne Substanz“.", False, [], None),
    ("de", "„Salzburg darf kein Land nur für Reiche werden“, sagte Radauer.", False, [], None),
    (
        "de",
        "Bei der vergangenen Landtagswahl war die SPÖ auf 19,3 Prozent gekommen.",
        True,
        [("percent", 19.3, "%", None)],
        None,
    ),
    # --- Lib Dem leader's conference speech (PA), Wednesday ---
    (
        "en",
        "BOURNEMOUTH (PA) - Liberal Democrat leader Harriet Ogilvie-Brand has pledged to recruit 8,000 more GPs in England by 2030, paid for by a new levy on bank profits.",
        True,
        [
            ("count", 8000, None, None),
            ("year", 2030, None, None),
        ],
        None,
    ),
    (
        "en",
        "\"For too long, people have been told that waiting for a doctor is just how things are, and I refuse to accept it,\" she told the party's autumn conference.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Ogilvie-Brand said the levy would raise about £4.5 billion a year.",
        True,
        [("money", 4500000000, "GBP", "about")],
        "Ogilvie-Brand",
    ),
    (
        "en",
        "Ogilvie-Brand said 6.3 million patients in England had to wait more than four weeks to see a family doctor in August.",
        True,
        [
            ("count", 6300000, None, None),
            ("duration", 4, "week", "over"),
        ],
        None,
    ),
    (
        "en",
        "In her 50-minute speech, Ogilvie-Brand mentioned the NHS 23 times.",
        True,
        [
            ("duration", 50, "minute", None),
            ("count", 23, None, None),
        ],
        None,
    ),
    ("en", "She received a standing ovation from the hall.", False, [], None),
    (
        "en",
        "Party membership rose to 94,000 this year from 83,000 in 2023, according to figures the party published last month.",
        True,
        [
            ("count", 94000, None, None),
            ("count", 83000, None, None),
            ("year", 2023, None, None),
        ],
        None,
    ),
    ("en", 'A Labour spokesperson dismissed the speech as "another unfunded fantasy."', False, [], None),
    ("en", "Whether the bank levy could ever pass the Commons is far from clear.", False, [], None),
    # --- Kapitalmarkttag bei Nordwerk (dpa-AFX), Mittwoch ---
    (
        "de",
        "Essen (dpa-AFX) - Der Energiekonzern Nordwerk will seine Dividende bis 2028 jährlich um mindestens 5 Prozent anheben.",
        True,
        [
            ("year", 2028, None, None),
            ("percent", 5, "%", "at_least"),
        ],
        None,
    ),
    (
        "de",
        "„Nordwerk ist heute stärker aufgestellt als je zuvor in seiner Geschichte“, sagte Vorstandschefin Annika Thielmann-Sauer auf dem Kapitalmarkttag in Essen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der bereinigte operative Gewinn werde 2027 zwischen 3,4 und 3,7 Milliarden Euro liegen, sagte Thielmann-Sauer.",
        True,
        [
            ("year", 2027, None, None),
            ("money", 3400000000, "EUR", None),
            ("money", 3700000000, "EUR", None),
        ],
        "Thielmann-Sauer",
    ),
    (
        "de",
        "Analysten hatten im Schnitt mit 3,5 Milliarden Euro gerechnet.",
        True,
        [("money", 3500000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Kritiker aus der Klimabewegung warfen dem Konzern vor, die Energiewende jahrelang „verschlafen“ zu haben.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nordwerk will bis 2030 insgesamt 22 Milliarden Euro in Netze und erneuerbare Energien investieren.",
        True,
        [
            ("year", 2030, None, None),
            ("money", 22000000000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "„Wir lassen uns von kurzfristigen Kursschwankungen nicht vom Kurs abbringen“, betonte Thielmann-Sauer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Nordwerk-Aktie hat seit Jahresbeginn rund 18 Prozent verloren.",
        True,
        [("percent", 18, "%", "about")],
        None,
    ),
    # --- Penrith before the grand final (AAP), Wednesday ---
    (
        "en",
        "SYDNEY (AAP) - Penrith coach Liam Costigan has confirmed halfback Jai Tuilagi-Brown will play in Sunday's NRL grand final after passing a fitness test on his injured ankle.",
        True,
        [],
        None,
    ),
    ("en", "\"We don't talk about history in this room, we talk about Sunday,\" Costigan said.", False, [], None),
    (
        "en",
        "Costigan said the side had trained for only 40 minutes on Wednesday to keep players fresh.",
        True,
        [("duration", 40, "minute", None)],
        "Costigan",
    ),
    ("en", "\"If we turn up and play our footy, I'll back us against anyone,\" he said.", False, [], None),
    (
        "en",
        "Penrith are chasing their fifth premiership in seven seasons.",
        True,
        [
            ("ordinal", 5, None, None),
            ("count", 7, None, None),
        ],
        None,
    ),
    (
        "en",
        "The grand final at Accor Stadium is sold out, with a crowd of about 82,000 expected.",
        True,
        [("count", 82000, None, "about")],
        None,
    ),
    (
        "en",
        "Tuilagi-Brown, 26, has missed 11 games this season with knee and ankle injuries.",
        True,
        [
            ("duration", 26, "year", None),
            ("count", 11, None, None),
        ],
        None,
    ),
    ("en", "Few in the game would bet against them.", False, [], None),
    # --- Nati-Aufgebot für die WM-Qualifikation (Keystone-SDA), Mittwoch ---
    (
        "de",
        "Bern (Keystone-SDA) - Nationaltrainer Marco Zwyssig hat für die WM-Qualifikationsspiele gegen Slowenien und Kosovo 26 Spieler aufgeboten.",
        True,
        [("count", 26, None, None)],
        None,
    ),
    (
        "de",
        "Das Heimspiel gegen Slowenien wird am 9. Oktober in St. Gallen angepfiffen.",
        True,
        [("date", "--10-09", None, None)],
        None,
    ),
    (
        "de",
        "«Wir wollen an die WM, und zwar als Gruppensieger und nicht durch die Hintertür», sagte Zwyssig vor den Medien in Bern.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Verteidiger Luca Ammeter fällt nach einer Knieoperation bis Ende Jahr aus, wie der Schweizerische Fussballverband mitteilte.",
        True,
        [],
        None,
    ),
    (
        "de",
        "«Wer das Trikot mit dem Kreuz trägt, muss bereit sein, alles zu geben», sagte der Trainer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Schweiz liegt in ihrer Gruppe nach vier Spielen mit acht Punkten auf Platz zwei, einen Punkt hinter Slowenien.",
        True,
        [
            ("count", 4, None, None),
            ("count", 8, None, None),
            ("ordinal", 2, None, None),
            ("count", 1, None, None),
        ],
        None,
    ),
    ("de", "Zwyssig sagte, Stürmer Noah Wüthrich sei nach seiner Sperre wieder spielberechtigt.", True, [], "Zwyssig"),
    ("de", "Kosovo sei ein «unangenehmer, giftiger Gegner», warnte Zwyssig.", False, [], None),
    # --- Lumenfold's chief on CNBC (Reuters), Wednesday ---
    (
        "en",
        "SAN FRANCISCO, Sept 23 (Reuters) - Artificial intelligence startup Lumenfold expects revenue to triple to about $1.2 billion next year, Chief Executive Devika Sarnath-Cole told CNBC on Wednesday.",
        True,
        [
            ("date", "--09-23", None, None),
            ("money", 1200000000, "USD", "about"),
        ],
        "Devika Sarnath-Cole",
    ),
    (
        "en",
        '"We are not in a bubble, we are at the very beginning of something enormous," Sarnath-Cole said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The company has about 1,400 employees and was valued at $31 billion in a funding round in June.",
        True,
        [
            ("count", 1400, None, "about"),
            ("money", 31000000000, "USD", None),
        ],
        None,
    ),
    ("en", 'Analysts at Pemberton Vale Securities said the revenue target looked "heroic."', False, [], None),
    (
        "en",
        "Lumenfold's chatbot has about 45 million weekly users, the company said.",
        True,
        [("count", 45000000, None, "about")],
        None,
    ),
    (
        "en",
        "Sarnath-Cole said Lumenfold would not seek a stock market listing before 2028.",
        True,
        [("year", 2028, None, None)],
        "Sarnath-Cole",
    ),
    ("en", "She declined to say whether the company was profitable.", False, [], None),
]
