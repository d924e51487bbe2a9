"""Four-hundred-and-sixty-seventh blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: heads of state and government appear only by office
("the Prime Minister"), and ministers, federal councillors, regional ministers, mayors,
lawmakers, police chiefs, central bankers, commissioners, agency heads, union leaders,
executives and coaches of real governments, parliaments, bodies, firms and clubs appear
under made-up names that stand for no real holder, or by their role only („die Ministerin“,
„der Finanzminister“, „die Regierungsrätin“, „ein Sprecher des Bundesinnenministeriums“,
"the Prime Minister's official spokesman", "the general manager", "the commissioner", "the
head of the Metropolitan Transportation Authority").

Names: Renate Hollweck-Saal, Tobias Wennemann, Johanna Leitgeb-Wurm, Leopold
Aschbacher-Lind, Ingrid Pröglhöf-Sattler, Corinne Vuilleumier-Stäger, Beat Rüegsegger-Imhof,
Kai Drewermann-Holt, Sven Alberding-Krohn, Sabine Hofer-Teuschl, Harald Trummer-Pabst,
Gesine Marquardt-Oelze, Regula Baumberger-Frei, Reto Ambauen-Kälin, Hubertus
Lahnstein-Grimm, Katrin Eulberg-Saß, Karin Fellinger-Hausl, Annika Brodersen-Voigt, Lea
Tschanz-Moser, Markus Zumbühl-Eggli, Elisabeth Moor-Gasser, Dorothea Kamphues-Ernst, Ayla
Demirtaş-Kühn, Daniel Wyss-Kohler, Giorgio Tamò-Caflisch, Martina Grubmüller-Strasser, Eva
Kronberger-Lutz, Henrike Obermüller-Sanz, Frederik Asmussen-Roll and Jannis Oberwelland;
Alistair Penwarden, Nadia Rostami-Flint, Marisol Quintanar-Webb, Caroline Ashdown-Reeve,
Rupert Haldane-Moss, Ilse Vandekerckhove-Hart, Dwight Hallorann, Kendra Vollmer-Diaz, Lamar
Okafor-Reyes, Celeste Abernathy-Cruz, Graham Ouseley-Brent, Alan Pettigrew-Lowe, Haruto
Nishikawa-Imai, Lauri Aalto-Brennan, Maribel Santangelo-Kirk, Dale Ashby-Kraus, Meera
Chandrasekar-Holt, Rhys Fitzroy-Hale, Bronwyn Galloway-Reid, Gurpreet Sandhu-Whelan, Blake
Torvund, Renata Vukovich-Lowe, Stellan Hovde-Marsh and Jonah Kettleby; the firms Humber
Alloy and Kaneshiro Devices; every unnamed minister, spokesperson, official, officer, agent,
driver, dock worker, rider and lawmaker. Real states, bodies, parties, media, programmes,
clubs and places (gesetzliche Krankenkassen, Gesundheitsfonds, SPD, CDU, „Süddeutsche
Zeitung“, Ö1-Morgenjournal, Ministerrat, Pressefoyer, SPÖ, ÖVP, Seniorenrat,
Pensionistenverband, Bund, Bundesrat, Elcom, SVP, SP, FDP, Bundespolizei, Polen,
Gewerkschaft der Polizei, GdP, Steiermark, „Kleine Zeitung“, LKH-Universitätsklinikum Graz,
Ärztekammer Steiermark, Deutscher Städtetag, Funke-Mediengruppe, Bundesinnenministerium,
Bundesamt für Migration und Flüchtlinge, «Tages-Anzeiger», Gesundheitsdirektion,
Kantonsspital Winterthur, Verband Zürcher Krankenhäuser, Rheinland-Pfalz, Mosel, Deutsches
Weininstitut, ORF-„Pressestunde“, Bundesdienst, Grüne, Zollfahndungsamt Hamburg, Hamburger
Hafen, Kolumbien, Staatsanwaltschaft, Nationalrat, Ständerat, Sondersession,
Nordrhein-Westfalen, WDR, Ruhrgebiet, Gelsenkirchen, GEW, Schulministerium, SBB,
«SonntagsZeitung», Gewerkschaft SEV, Wiener Linien, U5, Wiener ÖVP, Bundesagentur für
Arbeit, BA, Borussia Mönchengladbach, 1. FC Union Berlin; Britain, Immingham, the Humber,
BBC Radio 4's Today programme, the Drug Enforcement Administration, Arizona, the NHS, NHS
England, the PA news agency, Conservative MPs, the European Central Bank, the ECB, LSEG, the
U.S. Department of Agriculture, China, Iowa, Senate Republicans, the Clark County Education
Association, Clark County, Nevada, North Philadelphia, Thames Water, MPs, the Environment
Agency, Kumamoto, the Nikkei average, the European Union, the Commission, Germany, the
Netherlands, Bangladesh, Senegal, the English Channel, the Home Office, Iraq, Sky News, ABC
Radio, the Reserve Bank of Australia, Parliament Hill, Statistics Canada, the Business
Council of Canada, the Liberals, the Metropolitan Transportation Authority, MTA, Manhattan,
Midtown, New Jersey, Nottingham Forest, Brentford, and the datelines' cities) stand for the
way wire copy names them; every figure, tally, rate, sum, date, quote and statement here is
invented, and where a real figure came to mind (a real pension rise, a real hydropower
reserve, a real number of pensioners or insured, a real stadium capacity, a real immigration
target or population share, a real NHS waiting list) it was changed.

Its weight: INTERVIEWS, PRESS CONFERENCES AND QUOTES, sixth round (the thirty-seventh batch
weighed spoken language as news copy records it, the eighty-fourth attributed political and
diplomatic reporting, the hundred-twenty-seventh interviews, press conferences and
transcripts, the hundred-seventy-sixth reported-speech chains from press briefings, the
two-hundred-and-twentieth interviews and press conferences in reported speech, the
three-hundred-and-fortieth interviews, press conferences and reported speech, the
three-hundred-and-eighty-sixth press conferences and interview transcripts and the
four-hundred-and-twentieth press conferences, interviews and attribution; their decisions
are kept, above all on speakers) - four wire weeks of one October, Monday 4 to Friday 29
(the weekdays those of 2027), as 31 short stories in story order, the German and English
ones interleaved by day, each told as such copy runs it: a lead that names the speaker once
with the paper, the programme, the agency or the news conference, or a lead that states the
figure with the attribution in the next sentence („Das sagte ...“), then the chain in
Konjunktiv I and in English reported speech with a pronoun, a role or nothing, quotes with
the attribution after them, split around it within one sentence and split over two
sentences, the asked-and-evaded lines, and the story's data set beside the speakers'
opinions. German (dpa with "dpa/lrs", "dpa/lno", "dpa/lnw", APA, Keystone-SDA; Austrian
"heuer", "Pensionistinnen und Pensionisten", "Pressefoyer", "Landesrätin", "Primar",
"Stadträtin", Swiss "Spitäler", "Spitalschliessungen", "Mitarbeitende", "1800" without a
separator, «» quotes, German „“ quotes): health insurance contributions in a „Süddeutsche
Zeitung“ interview, pensions in the Ö1-Morgenjournal and at the press foyer, the Swiss
winter electricity reserve at a media conference in Bern, border controls at a Bundespolizei
press conference, waiting times for operations in Styria in the „Kleine Zeitung“, refugee
housing costs in the Funke papers, Zurich hospital deficits in the «Tages-Anzeiger», the
grape harvest at a press conference in Mainz, the Austrian finance minister in the
ORF-„Pressestunde“ and the opposition to the APA, a cocaine seizure in Hamburg, premium
subsidies in the Nationalrat, the teacher shortage in a WDR interview, job cuts at the SBB
in the «SonntagsZeitung», the U5 delay at a press conference in Vienna, the October labour
market and a Bundesliga coach's press conference. English (Reuters with dated datelines, AP,
PA): a steelworks rescue on BBC Radio 4, a fentanyl seizure at a police news conference, NHS
waiting lists told to the PA news agency, an ECB policymaker's Reuters interview, farm aid
before senators, a transit budget gap in Philadelphia, a water company's chief before MPs, a
chipmaker chief's Reuters interview, EU returns at a Commission news conference, teacher
vacancies in Las Vegas, small boats at the Downing Street lobby briefing, the Australian
budget update on ABC Radio, immigration targets on Parliament Hill, the congestion toll at
an MTA news conference and a manager's pre-match news conference. Speakers as such copy has
them: German „sagte X“ with the title, the party, the canton, the weekday, the occasion, the
place, the paper or the programme, „X sagte, ...“, „Das sagte X ...“ attribution rows,
„teilte X mit“, „so X“, „wie X im Interview mit ... sagte“, „wie ... mitteilte“, „Im
Interview mit dem WDR sagte X“, „sagte X gegenüber der APA“, „meinte X“, Austrian and Swiss
titles („Sozialministerin“, „Gesundheitslandesrätin Mag.“, „Seniorenratspräsidentin Mag.“,
„Primar Dr.“, „Bundesrätin“, „Nationalrat X (SVP/BE)“, „Nationalrätin X (SP/BE)“,
„Gesundheitsdirektorin“, „Der Winterthurer Stadtpräsident“) and a role before a name set off
by commas; English "X said", "said X", "X told BBC Radio 4's Today programme", "has told the
PA news agency", "told Reuters in an interview", "told senators", "told MPs", "told a news
conference", "told Sky News", "told ABC Radio", "said in a statement", "Sen. X, R-Iowa,",
"Committee chair Sir X", "X, 51, said", a body's "said" and the Prime Minister's official
spokesman; beside them the forms left unchecked - pronouns and roles in the chain, plural
groups, compounds, masculine genitives, data and documents, verbs that are not of saying,
descriptions and relative clauses between a name and its verb, and every "according to".
Figures as such quotes have them: contribution rates, pension rises, deficits and savings,
seizures and street values, waiting lists and waiting times, reserves and prices per
kilowatt hour, rejections at the border, rates and inflation, aid, exports and losses,
fares, routes and ridership, hospital deficits and loans, sewage hours and bill rises,
harvests and frost damage, plant investments and profits, return decisions, vacancies and
pay, votes, premium burdens and their shares, crossings and returns, budget deficits and tax
receipts, job cuts, punctuality and overtime, construction delays and costs, immigration
targets, toll revenue and traffic, unemployment, injuries, points and places; number words
and compounds („fünf Monaten“, „zwölf Wochen“, „drittgrößten“, „doppelt so oft“, „Der
44-Jährige“, "ages 34 and 41", "Rostami-Flint, 51,", "four straight meetings", "the year's
first nine months"), fractions, hedges, ranges, years and dates. Negatives as such copy has
them - 60 rows, none with a figure: the speakers' rhetoric, verdicts, creeds and slogans in
quotes, also the opening half of a quote split over two sentences, labels by opposition
politicians, parties, unions and campaigners, evasions, no-comment lines and
asked-and-evaded answers, and a vox pop, each near a check-worthy look-alike from the same
story (most often the same speaker's figure).

236 rows (120 German, 116 English), 60 negatives (30 German, 30 English), 176 check-worthy
rows of which 13 carry no figure (8 German, 5 English), 253 expected quantities (72 counts,
49 percentages - 46 in "%", 3 in percentage points "pp" -, 46 amounts of money - 16 EUR, 13
USD, 7 CHF, 5 GBP, 3 AUD, 2 JPY -, 26 durations - 10 in years, 9 in months, 6 in weeks, 1 in
hours -, 22 years, 14 dates, 13 fractions, 11 ordinals; none of them in a negative), 47
checked speakers (24 German, 23 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported fact,
  figure, plan, pledge, demand with a measure or position is check-worthy with the speaker
  its own attribution gives, also in Konjunktiv I; quoted or reported rhetoric, verdicts,
  creeds, slogans, labels, evasions, no-comment lines and dodges are negatives with speaker
  None, also with a named speaker and an office (seventh, ninety-eighth,
  two-hundred-and-fourth, two-hundred-and-twentieth, three-hundred-and-fortieth,
  three-hundred-and-eighty-sixth, four-hundred-and-twentieth). Pairs from one speaker:
  Hollweck-Saal's 2.9 percent beside „Wer jetzt reflexhaft ...“; Wennemann's 2.1 billion
  euros beside „Verschiebebahnhof mit Ansage“; Penwarden's 420 million pounds beside "not a
  nostalgia project" and his refusal to "speculate on hypotheticals"; Quintanar-Webb's 700
  pounds beside "Seizures alone ..." and her silence on the tip-off; Leitgeb-Wurm's 2.7
  percent beside „jeden Euro umdrehen“; Aschbacher-Lind's 15.6 billion euros beside
  „verspielt die Zukunft seiner Kinder“ and his silence on a savings package and on
  pensions; Ashdown-Reeve's 6.8 million beside "a postcode lottery"; Haldane-Moss's label
  beside his 3,100 nurses (told by role); Vuilleumier-Stäger's reserve beside «für den
  Ernstfall»; Rüegsegger-Imhof's 900 million francs beside «Planwirtschaft im Stromnetz»;
  Drewermann-Holt's 23,400 beside „kein Dauerzustand“ (told by role) and the GdP deputy's
  label; Vandekerckhove-Hart's 2.25% beside "no reason to be in a hurry" and "much too early
  to say"; Hofer-Teuschl's waiting times beside „kein Schicksal“; Hallorann's $8.5 billion
  beside "this trade fight"; Vollmer-Diaz's $1.2 billion beside "a bridge, not a
  destination"; Marquardt-Oelze's third beside „keine Bittsteller“; Okafor-Reyes's 78% (told
  by role) beside "out of rabbits"; Baumberger-Frei's 214 million francs beside «nicht die
  Hausbank der Spitäler» and her silence on closures; Ouseley-Brent's £4.1 billion and his
  23 per cent (told by pronoun) beside "not going to sit here"; Pettigrew-Lowe's 31% beside
  "an open sewer"; Lahnstein-Grimm's 8 percent beside „klein, aber fein“ (told by role);
  Nishikawa-Imai's 1,800 beside "a bystander" and his no-comment line; Aalto-Brennan's one
  in five and 431,000 beside "a piece of paper"; Brodersen-Voigt's seizure beside „Die
  Kartelle testen uns ...“; Santangelo-Kirk's 1,140 beside "full stop"; Ashby-Kraus's
  $53,700 beside "bonus your way out"; Tschanz-Moser's one in four beside «die
  Steuererhöhung, über die nie jemand abstimmen durfte»; Zumbühl-Eggli's «Symptome statt
  Ursachen» beside the FDP's two thirds; the official spokesman's 29,000 beside "a fight we
  intend to win" and "making progress"; Kamphues-Ernst's one in ten beside „an jeder
  Schraube“; Demirtaş-Kühn's charge beside the GEW's 15 percent; Fitzroy-Hale's A$27.9
  billion beside "a headline number"; Galloway-Reid's label beside the opposition's 4.1%;
  Wyss-Kohler's 1800 jobs beside «schlanker werden»; Tamò-Caflisch's label beside the SEV's
  1.3 million overtime hours; Grubmüller-Strasser's 18 months beside „keine Abkürzungen“;
  Sandhu-Whelan's 341,000 beside "a welcoming country"; Torvund's 1.1 million beside "lost
  control of the system"; Vukovich-Lowe's 11% and 4% beside "The doomsayers were wrong";
  Obermüller-Sanz's one in eight beside „unter Druck, aber ...“ and her refusal to forecast;
  Hovde-Marsh's nine goals beside "hide behind injuries" and "not reading the papers";
  Asmussen-Roll's three weeks beside „alles raushauen“ and his dodge on his contract.
- Quotes (eighteenth, two-hundred-and-twentieth, three-hundred-and-fortieth): a quote
  followed by „sagte X“ or "X said" takes the speaker its attribution names; a quote split
  around the speaker within one sentence is one row judged as a whole ("...," Humber Alloy
  Chief Executive Nadia Rostami-Flint said, "..." -> "Nadia Rostami-Flint", the firm and the
  title dropped as in "Veridane Chief Executive ... told CNBC", four-hundred-and-twentieth;
  "...," Aalto-Brennan said, "..." -> "Aalto-Brennan"; "...," said Hovde-Marsh, "..." ->
  "Hovde-Marsh", the inverted "said X" as after a whole quote,
  three-hundred-and-eighty-eighth); a quote over two sentences is two rows, the opening half
  without attribution a negative ("People told us this would kill Midtown.), the closing
  half with its speaker and figures (... up 2%," Vukovich-Lowe said. -> "Vukovich-Lowe"). A
  quote with a figure and a verdict appended stays check-worthy ("... about 3.4%, and that
  is what we needed to see", "... down 23 per cent ..., but that is still far too many";
  two-hundred-and-twentieth).
- Attribution in the next sentence (fifth, two-hundred-and-twentieth,
  three-hundred-and-fortieth, three-hundred-and-eighty-sixth): the lead states the figure
  without a speaker (speaker None) and the following row „Das sagte X ... .“ is check-worthy
  without a figure with the name - „Das sagte Bundesrätin Corinne Vuilleumier-Stäger am
  Mittwoch vor den Medien in Bern.“ (three-hundred-and-eighty-sixth: „Das sagte
  Justizministerin ... vor den Medien in Bern.“), „Das sagte Bundespolizeipräsident Kai
  Drewermann-Holt am Donnerstag auf einer Pressekonferenz in Potsdam.“, „Das sagte
  Gesundheitslandesrätin Mag. Sabine Hofer-Teuschl (ÖVP) der „Kleinen Zeitung“
  (Montagsausgabe).“ (two-hundred-and-twentieth: „Das sagte ... dem „Tagesspiegel“.“), „Das
  sagte Wiener-Linien-Geschäftsführerin Martina Grubmüller-Strasser am Montag bei einer
  Pressekonferenz in Wien.“ and the apposition below; the Konjunktiv I rows after them keep
  the speaker unchecked after a pronoun or a role or with no attribution of their own („so
  die Ministerin“, „sagte sie weiter“, „fügte sie hinzu“, „so die Energieministerin“, „so
  der Bundespolizeipräsident“, „sagte er“, „so die ÖVP-Politikerin“, „so die
  Städtetagspräsidentin“, „so die Gesundheitsdirektorin“, „so der Verbandspräsident“, „sagte
  der Minister am Sonntag in der ORF-„Pressestunde““, „so der ÖVP-Politiker“, „sagte die
  Zollfahnderin“, „so die CDU-Politikerin“, „sagte der SBB-Chef“, „sagte die
  Geschäftsführerin“, „sagte die BA-Chefin“, „Beim Pressefoyer nach dem Ministerrat sagte
  der Finanzminister“, „Jährlich würden rund 2400 Mitarbeitende pensioniert.“, „Der Bund
  zahle ... die Hälfte ...“; "he said", "she said", "He said", "She said", "the Conservative
  frontbencher said", "the general manager told reporters", "the superintendent said", "the
  commissioner said", "the minister said", "she told reporters on Parliament Hill", "the
  manager told his pre-match news conference"; thirty-seventh, hundred-seventy-sixth,
  three-hundred-and-fortieth, three-hundred-and-eighty-eighth, four-hundred-and-twentieth).
- Interviews and press conferences, checked in the forms the earlier batches settled.
  German: the name with the title, the party, the weekday, the occasion, the place and the
  paper, programme or agency dropped („sagte Hollweck-Saal der „Süddeutschen Zeitung“
  (Montag)“ -> "Hollweck-Saal" as written, two-hundred-and-twentieth: „der „Süddeutschen
  Zeitung“ (Samstag)“; „sagte Sozialministerin Johanna Leitgeb-Wurm (SPÖ) am Mittwoch im
  Ö1-Morgenjournal“, two-hundred-and-twentieth and three-hundred-and-fortieth; „sagte
  Städtetagspräsidentin Gesine Marquardt-Oelze den Zeitungen der Funke-Mediengruppe
  (Dienstag)“, the addressee dropped as „der Nachrichtenagentur dpa“ and „der Agentur
  Interfax“, two-hundred-and-twentieth, four-hundred-and-twentieth; „sagte Weinbaupräsident
  Hubertus Lahnstein-Grimm am Donnerstag bei der Herbstpressekonferenz in Mainz“; „sagte
  SBB-Chef Daniel Wyss-Kohler der «SonntagsZeitung»“; „sagte Trainer Frederik Asmussen-Roll
  am Freitag“; hundred-twenty-seventh, three-hundred-and-eighty-sixth,
  four-hundred-and-twentieth), „CDU-Gesundheitsexperte Tobias Wennemann sagte, ...“ and
  „Obermüller-Sanz sagte, ...“ opening the row (two-hundred-and-twentieth,
  four-hundred-and-twentieth), „wie Gesundheitsdirektorin Regula Baumberger-Frei im
  Interview mit dem «Tages-Anzeiger» sagte“ -> "Regula Baumberger-Frei" (thirty-seventh and
  three-hundred-and-eighty-sixth: „wie X ... sagte“; two-hundred-and-twentieth: „im
  Interview mit dem «Tages-Anzeiger»“), „Im Interview mit dem WDR sagte Schulministerin
  Dorothea Kamphues-Ernst (CDU), ...“ (three-hundred-and-fortieth: „Im Interview mit dem
  Deutschlandfunk sagte ...“), „teilte Weinbauministerin Katrin Eulberg-Saß mit“
  (seventeenth, four-hundred-and-twentieth), „wie die Bundesagentur für Arbeit (BA) am
  Donnerstag mitteilte“ -> "die Bundesagentur für Arbeit" with the abbreviation and the
  weekday dropped (four-hundred-and-twentieth), „meinte Aschbacher-Lind“ (New, below).
  English: the name with the title, the weekday and the outlet or audience dropped
  ("Business Secretary Alistair Penwarden told BBC Radio 4's Today programme", eighty-fourth
  and two-hundred-and-twentieth; "Police Chief Marisol Quintanar-Webb told a news
  conference", "EU Migration Commissioner Lauri Aalto-Brennan told a news conference on
  Monday", "Superintendent Maribel Santangelo-Kirk told a news conference Tuesday",
  thirty-first and two-hundred-and-twentieth; "ECB board member Ilse Vandekerckhove-Hart
  told Reuters in an interview on Friday", hundred-twenty-seventh and
  two-hundred-and-twentieth; "Agriculture Secretary Dwight Hallorann told senators on
  Monday", hundred-fortieth; "Chief executive Graham Ouseley-Brent told MPs on Wednesday
  that ...", sixty-eighth: "X told MPs" the name; "Home Secretary Meera Chandrasekar-Holt
  told Sky News", hundred-twenty-seventh and three-hundred-and-fortieth; "Treasurer Rhys
  Fitzroy-Hale told ABC Radio on Friday", three-hundred-and-fortieth; "MTA Chair Renata
  Vukovich-Lowe told reporters", "Immigration Minister Gurpreet Sandhu-Whelan said on
  Monday", "Mayor Celeste Abernathy-Cruz said", "Chief Executive Haruto Nishikawa-Imai said"
  after a quote; four-hundred-and-twentieth), "Sen. Kendra Vollmer-Diaz, R-Iowa, said" ->
  "Kendra Vollmer-Diaz" (hundred-forty-first, four-hundred-and-twentieth), "Rostami-Flint,
  51, said" -> "Rostami-Flint" with the age dropped (sixty-sixth: "Haulier Martin Kettleby,
  54, said"; hundred-sixteenth, hundred-twenty-ninth, hundred-forty-fourth), "..., said the
  Prime Minister's official spokesman." -> "the Prime Minister's official spokesman"
  (three-hundred-and-eighty-sixth: "..., the Prime Minister's official spokesman told the
  lobby briefing."), "The Business Council of Canada said in a statement that ..." opening
  the row -> "the Business Council of Canada" with the article lowered
  (two-hundred-and-twentieth: "The National Education Union said ...";
  four-hundred-and-twentieth: "The company said in a statement").
- Austrian and Swiss titles are dropped with the rest of the title, the party and the canton
  (seventeenth: „Landesrätin“; twenty-first: „Primar Dr. ... von der Klinik Ottakring“;
  hundred-seventy-second and two-hundred-and-sixty-first: „Bundesrätin X sagte“;
  two-hundred-and-thirty-eighth: „Nationalrätin Franziska Rüttimann (SP/BE) sagte“):
  „Nationalrat Beat Rüegsegger-Imhof (SVP/BE) sagte“ -> "Beat Rüegsegger-Imhof", „sagte
  Nationalrätin Lea Tschanz-Moser (SP/BE) in der Debatte“ -> "Lea Tschanz-Moser", „sagte
  Primar Dr. Harald Trummer-Pabst vom LKH-Universitätsklinikum Graz“ -> "Harald
  Trummer-Pabst" (the affiliation dropped, four-hundred-and-twentieth), „Der Winterthurer
  Stadtpräsident Reto Ambauen-Kälin sagte“ -> "Reto Ambauen-Kälin" (the article and the
  town's adjective dropped with the title, as in „Der AfD-Landtagsabgeordnete Torben Kessler
  hat ... behauptet“, hundred-thirty-sixth). Each row's diacritics and hyphens are its
  speaker's („Ingrid Pröglhöf-Sattler“, „Katrin Eulberg-Saß“, „Corinne Vuilleumier-Stäger“,
  „Reto Ambauen-Kälin“, „Beat Rüegsegger-Imhof“; four-hundred-and-twentieth).
- New: the Austrian academic title „Mag.“ before a name is dropped as „Dr.“ and „Prof. Dr.“
  are (twenty-first, three-hundred-and-thirty-fourth, four-hundred-and-twentieth):
  „Seniorenratspräsidentin Mag. Ingrid Pröglhöf-Sattler sagte, ...“ -> "Ingrid
  Pröglhöf-Sattler", „Das sagte Gesundheitslandesrätin Mag. Sabine Hofer-Teuschl (ÖVP) der
  „Kleinen Zeitung“ ...“ -> "Sabine Hofer-Teuschl", „Grünen-Budgetsprecherin Mag. Karin
  Fellinger-Hausl sagte gegenüber der APA, ...“ -> "Karin Fellinger-Hausl"; the thirty-sixth
  batch met „Mag.“ only in a contact line.
- New: „sagte X gegenüber der APA“ drops the addressee as „sagte X im Gespräch mit der APA“
  (four-hundred-and-thirty-second) and „sagte X der Nachrichtenagentur dpa“
  (four-hundred-and-twentieth) do - „gegenüber“ names whom the words were said to, not a
  second speaker.
- New: „meinte X“ after a stated figure names the speaker as „sagte X“ does: „Die
  Neuverschuldung werde heuer bei rund 15,6 Milliarden Euro liegen, meinte Aschbacher-Lind.“
  -> "Aschbacher-Lind", check-worthy; the Austrian „meinte“ is a verb of saying, and the
  hundred-ninety-third's „meinte Kremlsprecher ...“ was a negative that settled no speaker -
  the verb does not turn an opinion into a claim, nor a figure into an opinion
  (four-hundred-and-twentieth on „betonte“).
- New: "has told the PA news agency" drops the agency as "told Reuters in an interview" and
  "has told The Guardian" do (hundred-twenty-seventh, three-hundred-and-fortieth): "Health
  Secretary Caroline Ashdown-Reeve has told the PA news agency." -> "Caroline
  Ashdown-Reeve"; the hundred-eighty-first's "the PA news agency understands" (the agency's
  own reporting, no speaker) is another form and stays unchecked.
- New: the knight's "Sir" is dropped with the role before it, as "Mr", "Ms" and "Dr" are
  (two-hundred-and-twentieth, four-hundredth, twenty-first): "Committee chair Sir Alan
  Pettigrew-Lowe said ..." -> "Alan Pettigrew-Lowe"; the three-hundred-and-seventy-fifth
  left "Sir" unsettled. "Sir Alan accused the company of ..." is a label and a negative.
- New: a German role with the name set off by commas gives the name, the twin of the English
  apposition ("the WHO's head of epidemic response, Dr. X, told a briefing",
  three-hundred-and-fortieth; "Kowalczyk's attorney, Michael Deane, said",
  hundred-twenty-ninth): „Das sagte die Leiterin des Zollfahndungsamts Hamburg, Annika
  Brodersen-Voigt, am Dienstag auf einer Pressekonferenz.“ -> "Annika Brodersen-Voigt",
  check-worthy without a figure as the other attribution rows.
- Left unchecked (None): all negatives, also those with a named speaker; pronouns and roles
  (above); plural and anonymous sources ("officials said Tuesday", "Democrats on the
  committee said", "Conservative MPs said", "The opposition said", "a Commission
  spokesperson said", "A spokesperson for Senate Republicans said", „Ein Sprecher des
  Bundesinnenministeriums sagte“; twenty-fourth, forty-first, hundred-fifth,
  four-hundred-and-twentieth); possessive roles heading the source ("its general manager
  said Tuesday", "its chief executive told Reuters in an interview", "the company's chief
  executive has told MPs", "the head of the Metropolitan Transportation Authority said
  Wednesday"; hundred-fortieth, three-hundred-and-fortieth); parties and verbs no batch
  settled with a speaker („Die FDP hielt dagegen“, twenty-ninth; „wie Bundesrätin Elisabeth
  Moor-Gasser ausführte“, two-hundred-and-twentieth: "wie ... ausführte"; „rechnet damit“,
  three-hundred-and-fortieth; „will“; „kündigte ... an“, three-hundred-and-eighty-sixth;
  „fordert“, „hatte ... gefordert“ and „Sie forderte“, four-hundred-and-twentieth; "Mr
  Ouseley-Brent confirmed that ...", hundred-twenty-seventh: "confirmed"); compounds („Nach
  Elcom-Angaben“, „Nach GdP-Angaben“, „Nach GEW-Angaben“, „nach BA-Angaben“;
  three-hundred-and-seventy-first, four-hundred-and-twentieth); the masculine genitive „nach
  Angaben des Deutschen Städtetags“ (hundredth, four-hundred-and-twentieth); data and
  documents („Nach Zahlen der Ärztekammer Steiermark“, „wie aus Zahlen des Bundesamts für
  Migration und Flüchtlinge hervorgeht“, „wie aus Zahlen des Deutschen Weininstituts
  hervorgeht“, „wie aus dem Jahresbericht hervorgeht“, „Nach Zahlen des Schulministeriums“,
  „Nach Zahlen der Gewerkschaft SEV“, "LSEG data show", "department data show", "Dutch
  government figures show", "Home Office figures show", "the figures showed", "official data
  showed"; three-hundred-and-fortieth, four-hundred-and-twentieth); descriptions and
  relative clauses between a name and its verb ("Dale Ashby-Kraus, president of the Clark
  County Education Association, said", "Vandekerckhove-Hart, who joined the board in 2026,
  said", "Conservative immigration critic Blake Torvund, who has called for a hard cap,
  said"; hundred-sixteenth, two-hundred-and-thirty-third, three-hundredth,
  four-hundred-and-twentieth); "economists polled by Reuters expect"; and every "according
  to" (its accounts, the Drug Enforcement Administration, NHS England figures, the criminal
  complaint, its own figures, the draft law, the governor's office, Statistics Canada, MTA
  data; two-hundred-and-fourth, four-hundred-and-twentieth, four-hundred-and-fifty-first).
- Check-worthy without a figure (hundred-twenty-seventh, two-hundred-and-twentieth,
  three-hundred-and-fortieth, three-hundred-and-eighty-sixth): the five attribution rows
  above, the SBB chief's pledge «Entlassungen wird es keine geben, ...»
  (two-hundred-and-twentieth: a pledge that says what happens is a plan), the controls
  ordered „bis Mitte März“, the next step in the Ständerat („voraussichtlich im Dezember“),
  the driver's account "according to the criminal complaint", the plant's products, talks
  with Bangladesh and Senegal, no dividend this year, and study-permit caps that remain in
  place. Demands with a measure and a figure are check-worthy (two-hundred-and-fourth,
  two-hundred-and-twentieth): the Pensionistenverband's 3.5 percent, the Städtetag
  president's „mindestens die Hälfte“, the Zurich hospitals' 5 percent.
- New: "should keep its deposit rate at 2.25% at least until March" gives 2.25 with no hedge
  - "at least" stands before a point in time, not before the figure, as "at the earliest"
  bounds a point in time and not the span (three-hundred-and-twenty-sixth,
  three-hundred-and-eighty-eighth: "in three weeks at the earliest" 3 weeks with no hedge).
- Quantities as the earlier batches read them. Datelines: Reuters datelines with a day
  ("LONDON, Oct 4" --10-04, "FRANKFURT, Oct 8", "WASHINGTON, Oct 11", "TOKYO, Oct 15",
  "BRUSSELS, Oct 18", "SYDNEY, Oct 22", "OTTAWA, Oct 25") dates without a year; dpa (also
  "dpa/lrs", "dpa/lno", "dpa/lnw"), APA, Keystone-SDA, AP ("PHOENIX (AP) —", "PHILADELPHIA
  (AP) —", "LAS VEGAS (AP) —", "NEW YORK (AP) —") and PA ("LONDON (PA) -", "NOTTINGHAM (PA)
  -") datelines none (seventy-ninth). Dates: "by Nov. 15", "by Oct. 28", "on Nov. 18", "on
  Dec. 9", „ab 1. Dezember“, "on Nov. 2 and 3" two dates (three-hundred-and-eighty-sixth:
  "on Nov. 3 and 4"). Years: „bis Ende 2028“, „bis 2032“, "by March 2028"
  (three-hundred-and-fortieth: "September 2028" the year), "in 2022", „seit 2023“, "in 2028
  and ... in 2029", "in 2026", „Bis Ende 2029“, „bis 2030“ (twice), "by 2030" (twice),
  "since June 2024", „Bis 2028“, "by late 2029" (three-hundred-and-fortieth: "in late
  2023"), "in 2024 alone", „bis 2035“, "since 2019", "until 2029" (twice), „bis 2028“.
  Ordinals: "in the year's first nine months" and "in the year's first eight months" 1 with
  9 and 8 months, „in den ersten acht Monaten“ and „in den ersten neun Monaten“ 1 with the
  months, „im ersten Halbjahr“ (twice) 1 alone (four-hundred-and-twentieth), „den ersten
  Bauabschnitt“ 1, "in its first nine months" 1 with 9 months, „den drittgrößten Kokainfund“
  3 (the issue: „die drittgrößte Stadt“), "14th in the table" 14, „auf Rang acht“ 8; "Only",
  "next" and „weiteres“ carry none. Durations and ages: „vor fünf Monaten“ 5 months and „vor
  zwei Jahren“ 2 years (three-hundred-and-fortieth: „vor drei Jahren“), "over the next two
  years" 2 years ("over" before a span no hedge), „im Schnitt 19 Wochen ..., sogar 26
  Wochen“ („im Schnitt“, „sogar“ no hedge), „auf höchstens zwölf Wochen“ "at_most", "to 12
  weeks", "up to 24 months" "up_to", "three years", "in the six months to September" 6
  months (four-hundred-and-twentieth: "over the 12 months to September"), „um mindestens 18
  Monate“ "at_least", "six weeks out", „mindestens drei Wochen“ "at_least", "for a total of
  276,000 hours" 276,000 hours (three-hundred-and-eighteenth: hours are durations in hours);
  ages "Two men, ages 34 and 41," and „im Alter von 29 und 36 Jahren“ both
  (four-hundred-and-twentieth: „im Alter von 23 bis 58 Jahren“), "Rostami-Flint, 51,",
  "Hovde-Marsh, 46,", „Der 44-Jährige“. None: "next year", "this year", "last year", "a year
  ago", "a year earlier", "more than a year" ("a year" writes no figure,
  four-hundred-and-twentieth), "a week", "a day", "a tonne", "the year before", "over the
  past year", "so far this year", "next spring", "in late August", "between January and
  June", "since April", "in March", "in May", "in July", "in September", "in January", "in
  December", "by June", "through June", "at least until March" (above), "all week", "in the
  summer", „im kommenden Jahr“, „im vergangenen Jahr“, „Im vergangenen Jahr“, „Im gesamten
  Vorjahr“, „im Vorjahr“, „im Vormonat“, „ein Jahr zuvor“, „in diesem Jahr“, „für das
  laufende Jahr“, „heuer“, „jeden Tag“, „täglich“, „jährlich“, „Jährlich“, „pro Jahr“, „pro
  Kilowattstunde“, „je Betrieb“, „seit Monaten“ (in a negative), „sein Leben lang“ (in a
  negative; three-hundred-and-eighty-sixth: „ein Leben lang“), „bis Mitte März“, „im
  Dezember“, „Frost im April“, „im Sommer“, „im Oktober“, "(Montag)", "(Dienstag)",
  "(Montagsausgabe)", weekdays and „Sondersession“. Shares: „um etwa ein Zehntel“ 0.1
  "about", „fast ein Drittel mehr“ 0.3333 "nearly" (two-hundred-and-twentieth: „knapp ein
  Fünftel mehr“), „Knapp ein Drittel“ 0.3333 "nearly", „mindestens die Hälfte“ 0.5
  "at_least", „die Hälfte“ 0.5, „Jede vierte Familie“ 0.25, „zu zwei Dritteln“ 0.6667, „fast
  jede zehnte Stelle“ 0.1 "nearly", „jeder achte Beschäftigte“ 0.125, "about a third" 0.3333
  "about", "up to a third" 0.3333 "up_to", "Only about one in five" 0.2 "about" ("Only" no
  hedge), "roughly one in 12" 0.0833 "about" (three-hundred-and-fortieth). Counts: number
  words and digits ("Two men", „Zwei Hafenarbeiter“, „drei Stammspieler“, "four senior
  players", "nine goals", „Sieben der 23 Listenspitäler“, „vier von 14 Operationssälen“, "11
  other member states", "32 bus routes", "52 hardest-to-staff schools", "14 possible
  breaches", "11 points from 10 games", „nach neun Spieltagen mit zwölf Punkten“, "three of
  their last four", "four straight meetings" 4), votes one count per figure („Mit 104 zu 88
  Stimmen und 3 Enthaltungen“; three-hundred-and-twenty-fourth), people („rund 2,2
  Millionen“, „23.400“, „bis zu 11.000“ "up_to", „rund 1.600“, „61.200“, „rund 5.740“,
  „2.500 zusätzliche“ - „zusätzliche“ no hedge -, „rund 1800“ and „rund 2400“ - Swiss four
  digits without a separator -, „2,86 Millionen“, „71.000 weniger ... und 118.000 mehr“ -
  "weniger" and "mehr" after the figure compare -, „612.000“, „bis zu 3,1 Millionen“,
  „53.600 Zuschauern“, "About 2,700", "about 1.4 million", "below 6.8 million" 6,800,000
  "under" ("below" before a figure, four-hundred-and-fifty-first), "7.26 million", "1,450
  more patients" ("more" after the figure no hedge), "About 46,000", "3,100 fewer nurses",
  "1,140", "1,460", "roughly 800,000", "around 431,000" "about", "fewer than 90,000"
  "under", "5,420 ... 3,980", "More than 29,000" "over", "1,216", "2,300", "341,000 ...
  372,000", "About 2.9 million", "1.1 million study and work permits", "no more than 300"
  "at_most" (thirty-first, fifty-second)), „1,3 Millionen Überstunden“ "over" a count
  (seventh, fifty-sixth, three-hundred-and-eighteenth: „Überstunden“ stay counts), a
  multiple („doppelt so oft“ 2; two-hundred-and-twentieth: „fast doppelt so viel“ 2),
  measures with the unit unchecked („520 Gigawattstunden“, „gut 300 Megawatt“ "over", „3,2
  Tonnen“, „17,8 Tonnen“, „knapp 5,4 Millionen Hektolitern“ "nearly", "1.1 million tonnes",
  "an average of 6.4 mph" with no hedge; forty-second), "roughly 700 pounds of poison" 700
  "about" - a weight in U.S. copy, not pounds sterling (fifty-eighth, seventy-ninth,
  two-hundred-and-forty-third). None: "1. FC Union Berlin" (three-hundred-and-eighty-sixth:
  "1. FC Köln"), "Ö1-Morgenjournal" (eleventh), "BBC Radio 4's Today programme"
  (eighty-fourth), "U5" (an identifier, forty-third), "a single coil", "a well-managed one"
  (in a negative), „einem weiteren“. Percentages and points: „um 0,3 Prozentpunkte“, „um 0,2
  Prozentpunkte“ and "0.2 percentage points" in "pp"; „bei 2,9 Prozent und nicht bei 3,2
  Prozent“, „um 2,7 Prozent ..., jene ... um 3,4 Prozent“, „bei 3,1 Prozent“, „bei 4,2
  Prozent“, „um durchschnittlich 3,5 Prozent“ and „durchschnittlich um 4,1 Prozent“
  („durchschnittlich“ no hedge), „zu 91 Prozent“, „rund 8 Prozent weniger“ "about", „bis zu
  40 Prozent“ and „bis zu 15 Prozent“ "up_to", „um 4,7 Prozent“, „auf 2,8 Prozent“, „um rund
  12 Prozent“ "about", „um 5 Prozent“, „mehr als 14 Prozent“ "over", „41 Prozent“, „bei 92,4
  Prozent“, „auf 6,1 Prozent“, „um knapp 9 Prozent unter dem Vorjahreswert“ "nearly"
  („unter“ after the figure none), "18%", "2.25%", "2.1% ... 1.9%", "from 5.3% ... to about
  3.4%", "a roughly 30% chance" "about" (three-hundred-and-eighty-sixth: "a roughly 60%
  chance"), "61% lower", "about 14%", "21.5%", "about 78%", "23 per cent", "by an average of
  31%" ("an average of" no hedge, three-hundred-and-fortieth), "6.2% ... 0.4%", "27%",
  "about 12% below" ("below" after the figure none), "4.1%", "4.4%", "3.35%", "4.5%", "about
  11%", "by 7%", "up 4% ... up 2%". Money in the currency written: EUR („rund 14 Milliarden
  Euro“, „2,1 Milliarden Euro“, „6,2 Milliarden Euro“, „rund 1,9 Milliarden Euro“,
  „zusätzlich 45 Millionen Euro“ - „zusätzlich“ no hedge -, „rund 4,6 Milliarden Euro“,
  „bislang nur 1,25 Milliarden Euro“ - „bislang“, „nur“ no hedge -, „um 500 Millionen Euro“,
  „bis zu 15.000 Euro je Betrieb“ "up_to", „4,3 Milliarden Euro“, „Rund 1,1 Milliarden
  Euro“, „rund 15,6 Milliarden Euro“, „mindestens 2 Milliarden Euro“ "at_least", „rund 240
  Millionen Euro“, „von 2,1 auf knapp 2,6 Milliarden Euro“ both EUR with the second "nearly"
  - the scale and currency written once serve the earlier figure,
  three-hundred-and-eighty-sixth: „von 5,6 bis 5,9 Milliarden Euro“), CHF („rund 1,2 Rappen“
  0.012 CHF "about" - Rappen are hundredths of a franc, twelfth -, „über 900 Millionen
  Franken“ "over", „214 Millionen Franken“ with „zusammen“ no hedge, „bis zu 80 Millionen
  Franken“ "up_to", „19 Millionen Franken“, „350 Millionen Franken pro Jahr“, „rund 1,7
  Milliarden Franken“), GBP ("420 million pounds", "186 million pounds", "an extra £1.9
  billion" - "extra" no hedge -, "£4.1 billion", "£4.6 million a day"), USD ("up to $7
  million" "up_to", "$8.5 billion", "at least $1.2 billion" "at_least", "$213 million", "$18
  million", "$5,000", "$53,700, about $4,000 below" 53,700 and 4,000 "about", "$250
  million", "about $94 a tonne" "about", "more than $110" "over", "$412 million"), JPY with
  the converted dollars in brackets ("620 billion yen ($4.1 billion)" both;
  hundred-twenty-fifth) and "88.3 billion yen", AUD ("A$27.9 billion", "about A$6 billion
  more" "about" - "more" after the figure compares -, "about A$4.3 billion" "about").
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "roughly",
  "around" "about"; „knapp“, „Knapp“, „fast“, "nearly" "nearly"; „gut“, „mehr als“, „über“
  right before the figure, "More than", "more than" "over"; "fewer than" and "below" right
  before the figure "under"; „bis zu“, "up to" "up_to"; „mindestens“, "at least" before a
  figure "at_least"; „höchstens“, "no more than" "at_most". No hedge: „zusammen“,
  „zusätzlich“, „zusätzliche“, „durchschnittlich“, „im Schnitt“, „sogar“, „allein“,
  „bereits“, „bislang“, „nur“, „derzeit“, "Only", "alone", "extra", "an average of", "so
  far", "at least" before a point in time (above), "more" and "fewer" after a figure,
  "below" and „unter“ after a figure, "over" before a span.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_467 = [
    # --- health insurance contributions, an interview with the minister (dpa), Monday, October 4 ---
    (
        "de",
        "BERLIN (dpa) - Bundesgesundheitsministerin Renate Hollweck-Saal (SPD) rechnet damit, dass der durchschnittliche Zusatzbeitrag der gesetzlichen Krankenkassen im kommenden Jahr um 0,3 Prozentpunkte steigt.",
        True,
        [("percent", 0.3, "pp", None)],
        None,
    ),
    (
        "de",
        "„Wir landen nach unseren Berechnungen bei 2,9 Prozent und nicht bei 3,2 Prozent, wie manche Kassen behaupten“, sagte Hollweck-Saal der „Süddeutschen Zeitung“ (Montag).",
        True,
        [("percent", 2.9, "%", None), ("percent", 3.2, "%", None)],
        "Hollweck-Saal",
    ),
    (
        "de",
        "Ohne die Reform drohe den Kassen bis Ende 2028 ein Defizit von rund 14 Milliarden Euro, so die Ministerin.",
        True,
        [("year", 2028, None, None), ("money", 14000000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "„Wer jetzt reflexhaft nach einem Beitragsstopp ruft, hat die Rechnung ohne die Versicherten gemacht“, sagte Hollweck-Saal.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Zahl der Klinikstandorte werde bis 2032 um etwa ein Zehntel sinken, sagte sie weiter.",
        True,
        [("year", 2032, None, None), ("fraction", 0.1, None, "about")],
        None,
    ),
    (
        "de",
        "CDU-Gesundheitsexperte Tobias Wennemann sagte, die Regierung habe dem Gesundheitsfonds allein in diesem Jahr 2,1 Milliarden Euro entzogen.",
        True,
        [("money", 2100000000, "EUR", None)],
        "Tobias Wennemann",
    ),
    (
        "de",
        "Im vergangenen Jahr hatten die Kassen ein Defizit von 6,2 Milliarden Euro verbucht.",
        True,
        [("money", 6200000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Wennemann sprach von einem „Verschiebebahnhof mit Ansage“.",
        False,
        [],
        None,
    ),
    # --- a steelworks rescue on the radio (Reuters), October 4 ---
    (
        "en",
        "LONDON, Oct 4 (Reuters) - Britain will put 420 million pounds into keeping the blast furnaces at Humber Alloy's Immingham steelworks running until 2029, Business Secretary Alistair Penwarden told BBC Radio 4's Today programme.",
        True,
        [("date", '--10-04', None, None), ("money", 420000000, "GBP", None), ("year", 2029, None, None)],
        "Alistair Penwarden",
    ),
    (
        "en",
        "About 2,700 people work at the plant on the south bank of the Humber.",
        True,
        [("count", 2700, None, "about")],
        None,
    ),
    (
        "en",
        "He said the government expected the workforce to shrink by no more than 300 over the next two years.",
        True,
        [("count", 300, None, "at_most"), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        '"Steel is not a nostalgia project, it is a matter of national security," Penwarden said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Humber Alloy lost 186 million pounds in its last financial year, according to its accounts.",
        True,
        [("money", 186000000, "GBP", None)],
        None,
    ),
    (
        "en",
        '"We have orders for 1.1 million tonnes next year," Humber Alloy Chief Executive Nadia Rostami-Flint said, "but we cannot roll a single coil of it without that money."',
        True,
        [("count", 1100000, None, None)],
        "Nadia Rostami-Flint",
    ),
    (
        "en",
        "Rostami-Flint, 51, said the company would decide on building an electric arc furnace by March 2028.",
        True,
        [("duration", 51, "year", None), ("year", 2028, None, None)],
        "Rostami-Flint",
    ),
    (
        "en",
        'Asked whether the plant had a long-term future, Penwarden said he would not "speculate on hypotheticals".',
        False,
        [],
        None,
    ),
    # --- a fentanyl seizure at a police news conference (AP), Tuesday, October 5 ---
    (
        "en",
        "PHOENIX (AP) — Federal drug agents found about 1.4 million fentanyl pills hidden in a tractor-trailer south of the city, the largest such haul in Arizona this year, officials said Tuesday.",
        True,
        [("count", 1400000, None, "about")],
        None,
    ),
    (
        "en",
        '"That is roughly 700 pounds of poison that will never reach our streets," Police Chief Marisol Quintanar-Webb told a news conference.',
        True,
        [("count", 700, None, "about")],
        "Marisol Quintanar-Webb",
    ),
    (
        "en",
        "Two men, ages 34 and 41, were taken into custody at the scene.",
        True,
        [("count", 2, None, None), ("duration", 34, "year", None), ("duration", 41, "year", None)],
        None,
    ),
    (
        "en",
        "The pills had a street value of up to $7 million, according to the Drug Enforcement Administration.",
        True,
        [("money", 7000000, "USD", "up_to")],
        None,
    ),
    (
        "en",
        '"Seizures alone will not end this epidemic, and everybody in this room knows it," Quintanar-Webb said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Overdose deaths in the city were down 18% in the year's first nine months, she said.",
        True,
        [("percent", 18, "%", None), ("ordinal", 1, None, None), ("duration", 9, "month", None)],
        None,
    ),
    (
        "en",
        "The truck's driver told investigators he had been paid to haul auto parts, according to the criminal complaint.",
        True,
        [],
        None,
    ),
    (
        "en",
        "She declined to say how the agents had learned of the shipment.",
        False,
        [],
        None,
    ),
    # --- pensions in the Ö1-Morgenjournal and the press foyer (APA), Wednesday, October 6 ---
    (
        "de",
        "WIEN (APA) - Um 2,7 Prozent sollen die Pensionen im kommenden Jahr steigen, jene der Bezieher einer Ausgleichszulage um 3,4 Prozent, sagte Sozialministerin Johanna Leitgeb-Wurm (SPÖ) am Mittwoch im Ö1-Morgenjournal.",
        True,
        [("percent", 2.7, "%", None), ("percent", 3.4, "%", None)],
        "Johanna Leitgeb-Wurm",
    ),
    (
        "de",
        "Die Erhöhung schlage im Budget des kommenden Jahres mit rund 1,9 Milliarden Euro zu Buche, so die Ministerin.",
        True,
        [("money", 1900000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "„Niemand, der sein Leben lang gearbeitet hat, soll im Alter jeden Euro umdrehen müssen“, sagte Leitgeb-Wurm.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Rund 2,2 Millionen Pensionistinnen und Pensionisten seien betroffen, fügte sie hinzu.",
        True,
        [("count", 2200000, None, "about")],
        None,
    ),
    (
        "de",
        "Beim Pressefoyer nach dem Ministerrat sagte der Finanzminister, das Budgetdefizit werde heuer bei 3,1 Prozent der Wirtschaftsleistung liegen.",
        True,
        [("percent", 3.1, "%", None)],
        None,
    ),
    (
        "de",
        "Ob es für das kommende Jahr ein weiteres Sparpaket braucht, wollte Finanzminister Leopold Aschbacher-Lind (ÖVP) nicht sagen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Seniorenratspräsidentin Mag. Ingrid Pröglhöf-Sattler sagte, die Teuerung für Pensionistenhaushalte habe zuletzt bei 4,2 Prozent gelegen.",
        True,
        [("percent", 4.2, "%", None)],
        "Ingrid Pröglhöf-Sattler",
    ),
    (
        "de",
        "Der Pensionistenverband hatte eine Erhöhung um durchschnittlich 3,5 Prozent gefordert.",
        True,
        [("percent", 3.5, "%", None)],
        None,
    ),
    # --- NHS waiting lists, an interview with the PA news agency (PA), Wednesday, October 6 ---
    (
        "en",
        "LONDON (PA) - England's NHS waiting list will drop below 6.8 million by next spring, Health Secretary Caroline Ashdown-Reeve has told the PA news agency.",
        True,
        [("count", 6800000, None, "under")],
        "Caroline Ashdown-Reeve",
    ),
    (
        "en",
        "The list stood at 7.26 million in late August, according to NHS England figures.",
        True,
        [("count", 7260000, None, None)],
        None,
    ),
    (
        "en",
        "She said 1,450 more patients a week were being seen at community diagnostic centres than a year ago.",
        True,
        [("count", 1450, None, None)],
        None,
    ),
    (
        "en",
        '"Patients deserve better than a postcode lottery, and they are going to get it," Ms Ashdown-Reeve said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "About 46,000 patients had waited more than a year for treatment, the figures showed.",
        True,
        [("count", 46000, None, "about")],
        None,
    ),
    (
        "en",
        "The government has set aside an extra £1.9 billion for planned operations this year.",
        True,
        [("money", 1900000000, "GBP", None)],
        None,
    ),
    (
        "en",
        'Shadow health secretary Rupert Haldane-Moss called the target "a pre-election gimmick".',
        False,
        [],
        None,
    ),
    (
        "en",
        '"There are 3,100 fewer nurses on our wards than there were in 2022," the Conservative frontbencher said.',
        True,
        [("count", 3100, None, None), ("year", 2022, None, None)],
        None,
    ),
    # --- the winter electricity reserve at a media conference in Bern (Keystone-SDA), Wednesday, October 6 ---
    (
        "de",
        "BERN (Keystone-SDA) - Der Bund reserviert für den kommenden Winter Wasserkraft im Umfang von 520 Gigawattstunden.",
        True,
        [("count", 520, None, None)],
        None,
    ),
    (
        "de",
        "Das sagte Bundesrätin Corinne Vuilleumier-Stäger am Mittwoch vor den Medien in Bern.",
        True,
        [],
        "Corinne Vuilleumier-Stäger",
    ),
    (
        "de",
        "«Die Reserve kostet die Stromkundinnen und Stromkunden rund 1,2 Rappen pro Kilowattstunde», sagte die Bundesrätin.",
        True,
        [("money", 0.012, "CHF", "about")],
        None,
    ),
    (
        "de",
        "«Wir planen nicht für den Normalfall, sondern für den Ernstfall», sagte Vuilleumier-Stäger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Zusätzlich stünden Reservekraftwerke mit einer Leistung von gut 300 Megawatt bereit, so die Energieministerin.",
        True,
        [("count", 300, None, "over")],
        None,
    ),
    (
        "de",
        "Nach Elcom-Angaben sind die Speicherseen derzeit zu 91 Prozent gefüllt.",
        True,
        [("percent", 91, "%", None)],
        None,
    ),
    (
        "de",
        "Nationalrat Beat Rüegsegger-Imhof (SVP/BE) sagte, die Reserve habe seit 2023 bereits über 900 Millionen Franken gekostet.",
        True,
        [("year", 2023, None, None), ("money", 900000000, "CHF", "over")],
        "Beat Rüegsegger-Imhof",
    ),
    (
        "de",
        "«Das ist Planwirtschaft im Stromnetz», sagte Rüegsegger-Imhof.",
        False,
        [],
        None,
    ),
    # --- border controls at a Bundespolizei press conference (dpa), Thursday, October 7 ---
    (
        "de",
        "POTSDAM (dpa) - Seit dem Start der verschärften Grenzkontrollen vor fünf Monaten hat die Bundespolizei 23.400 Menschen an den deutschen Landgrenzen zurückgewiesen.",
        True,
        [("duration", 5, "month", None), ("count", 23400, None, None)],
        None,
    ),
    (
        "de",
        "Das sagte Bundespolizeipräsident Kai Drewermann-Holt am Donnerstag auf einer Pressekonferenz in Potsdam.",
        True,
        [],
        "Kai Drewermann-Holt",
    ),
    (
        "de",
        "Knapp ein Drittel der Zurückgewiesenen sei an der Grenze zu Polen aufgegriffen worden, so der Bundespolizeipräsident.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Für die Kontrollen seien täglich bis zu 11.000 Einsatzkräfte der Bundespolizei an den Grenzen, sagte er.",
        True,
        [("count", 11000, None, "up_to")],
        None,
    ),
    (
        "de",
        "„Die Kolleginnen und Kollegen leisten Enormes, aber das ist kein Dauerzustand“, sagte der Polizeipräsident.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach GdP-Angaben fehlen dadurch an Bahnhöfen und Flughäfen jeden Tag rund 1.600 Einsatzkräfte.",
        True,
        [("count", 1600, None, "about")],
        None,
    ),
    (
        "de",
        "GdP-Vize Sven Alberding-Krohn nannte die Kontrollen „Symbolpolitik auf dem Rücken der Beschäftigten“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Kontrollen sind vorerst bis Mitte März angeordnet.",
        True,
        [],
        None,
    ),
    # --- an ECB policymaker's Reuters interview (Reuters), October 8 ---
    (
        "en",
        "FRANKFURT, Oct 8 (Reuters) - The European Central Bank should keep its deposit rate at 2.25% at least until March, ECB board member Ilse Vandekerckhove-Hart told Reuters in an interview on Friday.",
        True,
        [("date", '--10-08', None, None), ("percent", 2.25, "%", None)],
        "Ilse Vandekerckhove-Hart",
    ),
    (
        "en",
        "Euro zone inflation would average 2.1% in 2028 and 1.9% in 2029, she said.",
        True,
        [
            ("percent", 2.1, "%", None),
            ("year", 2028, None, None),
            ("percent", 1.9, "%", None),
            ("year", 2029, None, None),
        ],
        None,
    ),
    (
        "en",
        '"I see no reason to be in a hurry in either direction," Vandekerckhove-Hart said.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"Wage growth has come down from 5.3% last year to about 3.4%, and that is what we needed to see," she said.',
        True,
        [("percent", 5.3, "%", None), ("percent", 3.4, "%", "about")],
        None,
    ),
    (
        "en",
        "Markets currently price a roughly 30% chance of a cut in December, LSEG data show.",
        True,
        [("percent", 30, "%", "about")],
        None,
    ),
    (
        "en",
        'Asked whether the next move could be a hike, she said it was "much too early to say".',
        False,
        [],
        None,
    ),
    (
        "en",
        "The ECB has left rates unchanged at four straight meetings.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Vandekerckhove-Hart, who joined the board in 2026, said the bank's strategy review would conclude by June.",
        True,
        [("year", 2026, None, None)],
        None,
    ),
    # --- waiting times for operations in Styria (APA), Monday, October 11 ---
    (
        "de",
        "GRAZ (APA) - Wer in der Steiermark ein künstliches Hüftgelenk braucht, wartet im Schnitt 19 Wochen auf den Eingriff, beim Knie sind es sogar 26 Wochen.",
        True,
        [("duration", 19, "week", None), ("duration", 26, "week", None)],
        None,
    ),
    (
        "de",
        "Das sagte Gesundheitslandesrätin Mag. Sabine Hofer-Teuschl (ÖVP) der „Kleinen Zeitung“ (Montagsausgabe).",
        True,
        [],
        "Sabine Hofer-Teuschl",
    ),
    (
        "de",
        "Bis Ende 2029 sollen die Wartezeiten auf höchstens zwölf Wochen sinken, kündigte die Landesrätin an.",
        True,
        [("year", 2029, None, None), ("duration", 12, "week", "at_most")],
        None,
    ),
    (
        "de",
        "Dafür stelle das Land zusätzlich 45 Millionen Euro bereit, so die ÖVP-Politikerin.",
        True,
        [("money", 45000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Eine Wartezeit ist kein Schicksal, sondern eine Frage der Organisation“, sagte die Landesrätin.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Derzeit seien an der Orthopädie vier von 14 Operationssälen wegen Personalmangels gesperrt, sagte Primar Dr. Harald Trummer-Pabst vom LKH-Universitätsklinikum Graz.",
        True,
        [("count", 4, None, None), ("count", 14, None, None)],
        "Harald Trummer-Pabst",
    ),
    (
        "de",
        "Nach Zahlen der Ärztekammer Steiermark sind im Bundesland derzeit 38 Anästhesistenstellen unbesetzt.",
        True,
        [("count", 38, None, None)],
        None,
    ),
    # --- farm aid before senators (Reuters), October 11 ---
    (
        "en",
        "WASHINGTON, Oct 11 (Reuters) - The U.S. Department of Agriculture will pay $8.5 billion in emergency aid to growers of soybeans, corn and wheat squeezed by weak prices and lost exports, Agriculture Secretary Dwight Hallorann told senators on Monday.",
        True,
        [("date", '--10-11', None, None), ("money", 8500000000, "USD", None)],
        "Dwight Hallorann",
    ),
    (
        "en",
        "Payments would start by Nov. 15, he said, with soybean growers receiving about a third of the money.",
        True,
        [("date", '--11-15', None, None), ("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "en",
        '"American farmers did not start this trade fight, and they should not be the ones left holding the bill," Hallorann said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "U.S. soybean exports to China were 61% lower in the year's first eight months, department data show.",
        True,
        [("percent", 61, "%", None), ("ordinal", 1, None, None), ("duration", 8, "month", None)],
        None,
    ),
    (
        "en",
        "Sen. Kendra Vollmer-Diaz, R-Iowa, said growers in her state had lost at least $1.2 billion in sales this year.",
        True,
        [("money", 1200000000, "USD", "at_least")],
        "Kendra Vollmer-Diaz",
    ),
    (
        "en",
        'Vollmer-Diaz called the aid "a bridge, not a destination".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Democrats on the committee said about 14% of the recipients of last year's aid were not actively farming.",
        True,
        [("percent", 14, "%", "about")],
        None,
    ),
    # --- refugee housing costs in a newspaper interview (dpa), Tuesday, October 12 ---
    (
        "de",
        "BERLIN (dpa) - Die Kommunen in Deutschland geben nach Angaben des Deutschen Städtetags in diesem Jahr rund 4,6 Milliarden Euro für die Unterbringung von Geflüchteten aus.",
        True,
        [("money", 4600000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "„Das ist fast ein Drittel mehr als noch vor zwei Jahren“, sagte Städtetagspräsidentin Gesine Marquardt-Oelze den Zeitungen der Funke-Mediengruppe (Dienstag).",
        True,
        [("fraction", 0.3333, None, "nearly"), ("duration", 2, "year", None)],
        "Gesine Marquardt-Oelze",
    ),
    (
        "de",
        "Der Bund übernehme davon bislang nur 1,25 Milliarden Euro, so die Städtetagspräsidentin.",
        True,
        [("money", 1250000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Die Städte sind keine Bittsteller, sie sind diejenigen, die die Arbeit machen“, sagte die Oberbürgermeisterin.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Sie forderte, der Bund solle künftig mindestens die Hälfte der Kosten tragen.",
        True,
        [("fraction", 0.5, None, "at_least")],
        None,
    ),
    (
        "de",
        "Ein Sprecher des Bundesinnenministeriums sagte, der Bund habe die Pauschale im vergangenen Jahr bereits um 500 Millionen Euro erhöht.",
        True,
        [("money", 500000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Im ersten Halbjahr stellten in Deutschland 61.200 Menschen einen Erstantrag auf Asyl, wie aus Zahlen des Bundesamts für Migration und Flüchtlinge hervorgeht.",
        True,
        [("ordinal", 1, None, None), ("count", 61200, None, None)],
        None,
    ),
    # --- a transit budget gap at City Hall (AP), Tuesday, October 12 ---
    (
        "en",
        "PHILADELPHIA (AP) — Philadelphia's regional transit agency will cut service on 32 bus routes and raise fares by 21.5% from January unless state lawmakers close a $213 million budget gap, its general manager said Tuesday.",
        True,
        [("count", 32, None, None), ("percent", 21.5, "%", None), ("money", 213000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Ridership has recovered to about 78% of pre-pandemic levels, the general manager told reporters.",
        True,
        [("percent", 78, "%", "about")],
        None,
    ),
    (
        "en",
        '"We are out of rabbits to pull out of hats," General Manager Lamar Okafor-Reyes said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Mayor Celeste Abernathy-Cruz said the city would add $18 million of its own money to keep trolley lines running through June.",
        True,
        [("money", 18000000, "USD", None)],
        "Celeste Abernathy-Cruz",
    ),
    (
        "en",
        "A spokesperson for Senate Republicans said the chamber would vote on a transit package by Oct. 28.",
        True,
        [("date", '--10-28', None, None)],
        None,
    ),
    (
        "en",
        "The agency's board will vote on the cuts on Nov. 18.",
        True,
        [("date", '--11-18', None, None)],
        None,
    ),
    (
        "en",
        "The agency carries roughly 800,000 riders on an average weekday, according to its own figures.",
        True,
        [("count", 800000, None, "about")],
        None,
    ),
    (
        "en",
        "Riders waiting at a stop in North Philadelphia said they feared longer waits in the cold.",
        False,
        [],
        None,
    ),
    # --- hospital deficits in a newspaper interview (Keystone-SDA), Wednesday, October 13 ---
    (
        "de",
        "ZÜRICH (Keystone-SDA) - Die Zürcher Spitäler erwarten für das laufende Jahr zusammen ein Defizit von 214 Millionen Franken, wie Gesundheitsdirektorin Regula Baumberger-Frei im Interview mit dem «Tages-Anzeiger» sagte.",
        True,
        [("money", 214000000, "CHF", None)],
        "Regula Baumberger-Frei",
    ),
    (
        "de",
        "«Sieben der 23 Listenspitäler schreiben rote Zahlen», sagte die Regierungsrätin.",
        True,
        [("count", 7, None, None), ("count", 23, None, None)],
        None,
    ),
    (
        "de",
        "«Der Kanton ist nicht die Hausbank der Spitäler», sagte Baumberger-Frei.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Kanton werde ein Darlehen von bis zu 80 Millionen Franken prüfen, so die Gesundheitsdirektorin.",
        True,
        [("money", 80000000, "CHF", "up_to")],
        None,
    ),
    (
        "de",
        "Der Winterthurer Stadtpräsident Reto Ambauen-Kälin sagte, allein das Kantonsspital Winterthur habe im ersten Halbjahr 19 Millionen Franken Verlust geschrieben.",
        True,
        [("ordinal", 1, None, None), ("money", 19000000, "CHF", None)],
        "Reto Ambauen-Kälin",
    ),
    (
        "de",
        "Ob Spitalschliessungen ein Thema seien, wollte Baumberger-Frei nicht beantworten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Gesundheitsdirektion rechnet damit, dass die Zahl der stationären Behandlungen bis 2030 um rund 12 Prozent steigt.",
        True,
        [("year", 2030, None, None), ("percent", 12, "%", "about")],
        None,
    ),
    (
        "de",
        "Der Verband Zürcher Krankenhäuser fordert, dass der Kanton die Tarife um 5 Prozent anhebt.",
        True,
        [("percent", 5, "%", None)],
        None,
    ),
    # --- a water company's chief before MPs (PA), Wednesday, October 13 ---
    (
        "en",
        "LONDON (PA) - Thames Water discharged untreated sewage into rivers for a total of 276,000 hours last year, the company's chief executive has told MPs.",
        True,
        [("duration", 276000, "hour", None)],
        None,
    ),
    (
        "en",
        "Chief executive Graham Ouseley-Brent told MPs on Wednesday that the firm would spend £4.1 billion on storm overflows by 2030.",
        True,
        [("money", 4100000000, "GBP", None), ("year", 2030, None, None)],
        "Graham Ouseley-Brent",
    ),
    (
        "en",
        '"I am not going to sit here and tell you we have got this right," Mr Ouseley-Brent said.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"Our spills were down 23 per cent on the year before, but that is still far too many," he said.',
        True,
        [("percent", 23, "%", None)],
        None,
    ),
    (
        "en",
        "Committee chair Sir Alan Pettigrew-Lowe said customers' bills had risen by an average of 31% since April.",
        True,
        [("percent", 31, "%", None)],
        "Alan Pettigrew-Lowe",
    ),
    (
        "en",
        'Sir Alan accused the company of "treating rivers as an open sewer".',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Environment Agency is investigating 14 possible breaches of permits at the company's treatment works.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "Mr Ouseley-Brent confirmed that no dividend would be paid to shareholders this year.",
        True,
        [],
        None,
    ),
    # --- the grape harvest at a press conference in Mainz (dpa), Thursday, October 14 ---
    (
        "de",
        "MAINZ (dpa/lrs) - Die Winzer in Rheinland-Pfalz rechnen nach einer frühen Lese mit knapp 5,4 Millionen Hektolitern Wein.",
        True,
        [("count", 5400000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Das wären rund 8 Prozent weniger als im Vorjahr, sagte Weinbaupräsident Hubertus Lahnstein-Grimm am Donnerstag bei der Herbstpressekonferenz in Mainz.",
        True,
        [("percent", 8, "%", "about")],
        "Hubertus Lahnstein-Grimm",
    ),
    (
        "de",
        "Frost im April habe an der Mosel stellenweise bis zu 40 Prozent der Knospen zerstört, so der Verbandspräsident.",
        True,
        [("percent", 40, "%", "up_to")],
        None,
    ),
    (
        "de",
        "„Der Jahrgang wird klein, aber fein“, sagte der Präsident.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Land stellt betroffenen Betrieben Soforthilfen von bis zu 15.000 Euro je Betrieb bereit, teilte Weinbauministerin Katrin Eulberg-Saß mit.",
        True,
        [("money", 15000, "EUR", "up_to")],
        "Katrin Eulberg-Saß",
    ),
    (
        "de",
        "Der Absatz deutscher Weine im Lebensmittelhandel ging in den ersten acht Monaten um 4,7 Prozent zurück, wie aus Zahlen des Deutschen Weininstituts hervorgeht.",
        True,
        [("ordinal", 1, None, None), ("duration", 8, "month", None), ("percent", 4.7, "%", None)],
        None,
    ),
    (
        "de",
        "Ob die Preise für Fassware weiter fallen, wollte der Verband nicht vorhersagen.",
        False,
        [],
        None,
    ),
    # --- a chipmaker chief's Reuters interview (Reuters), October 15 ---
    (
        "en",
        "TOKYO, Oct 15 (Reuters) - Japanese chipmaker Kaneshiro Devices plans to invest 620 billion yen ($4.1 billion) in a new plant in Kumamoto by 2030, its chief executive told Reuters in an interview.",
        True,
        [
            ("date", '--10-15', None, None),
            ("money", 620000000000, "JPY", None),
            ("money", 4100000000, "USD", None),
            ("year", 2030, None, None),
        ],
        None,
    ),
    (
        "en",
        '"We expect the plant to employ about 1,800 people once it is running at full capacity," Chief Executive Haruto Nishikawa-Imai said.',
        True,
        [("count", 1800, None, "about")],
        "Haruto Nishikawa-Imai",
    ),
    (
        "en",
        "Tokyo will pay up to a third of the cost through its chip subsidy programme, he said.",
        True,
        [("fraction", 0.3333, None, "up_to")],
        None,
    ),
    (
        "en",
        "The plant will make power chips for electric vehicles and factory robots.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"Japan cannot afford to be a bystander in this industry," Nishikawa-Imai said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Kaneshiro's shares rose 6.2% in Tokyo after the interview was published, while the Nikkei average gained 0.4%.",
        True,
        [("percent", 6.2, "%", None), ("percent", 0.4, "%", None)],
        None,
    ),
    (
        "en",
        "Nishikawa-Imai declined to comment on reports that the company was in talks with a U.S. customer.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Kaneshiro posted an operating profit of 88.3 billion yen in the six months to September, up 27% from a year earlier.",
        True,
        [("money", 88300000000, "JPY", None), ("duration", 6, "month", None), ("percent", 27, "%", None)],
        None,
    ),
    # --- the finance minister in the ORF-„Pressestunde“ (APA), Sunday, October 17 ---
    (
        "de",
        "WIEN (APA) - Finanzminister Leopold Aschbacher-Lind (ÖVP) will das Budgetdefizit im kommenden Jahr auf 2,8 Prozent der Wirtschaftsleistung drücken.",
        True,
        [("percent", 2.8, "%", None)],
        None,
    ),
    (
        "de",
        "Dafür seien Einsparungen von 4,3 Milliarden Euro nötig, sagte der Minister am Sonntag in der ORF-„Pressestunde“.",
        True,
        [("money", 4300000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Rund 1,1 Milliarden Euro davon sollen aus einem Aufnahmestopp im Bundesdienst kommen, so der ÖVP-Politiker.",
        True,
        [("money", 1100000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "„Ein Staat, der Jahr für Jahr mehr ausgibt, als er einnimmt, verspielt die Zukunft seiner Kinder“, sagte Aschbacher-Lind.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Neuverschuldung werde heuer bei rund 15,6 Milliarden Euro liegen, meinte Aschbacher-Lind.",
        True,
        [("money", 15600000000, "EUR", "about")],
        "Aschbacher-Lind",
    ),
    (
        "de",
        "Ob auch bei den Pensionen gespart wird, ließ der Minister offen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Grünen-Budgetsprecherin Mag. Karin Fellinger-Hausl sagte gegenüber der APA, die Regierung verschweige ein Budgetloch von mindestens 2 Milliarden Euro.",
        True,
        [("money", 2000000000, "EUR", "at_least")],
        "Karin Fellinger-Hausl",
    ),
    # --- EU returns at a Commission news conference (Reuters), October 18 ---
    (
        "en",
        "BRUSSELS, Oct 18 (Reuters) - Only about one in five people ordered to leave the European Union last year actually left, EU Migration Commissioner Lauri Aalto-Brennan told a news conference on Monday.",
        True,
        [("date", '--10-18', None, None), ("fraction", 0.2, None, "about")],
        "Lauri Aalto-Brennan",
    ),
    (
        "en",
        "The Commission wants to cut the time for deciding on appeals to 12 weeks and allow detention of up to 24 months for people deemed a security risk, according to the draft law.",
        True,
        [("duration", 12, "week", None), ("duration", 24, "month", "up_to")],
        None,
    ),
    (
        "en",
        '"A return decision that is never enforced is just a piece of paper," Aalto-Brennan said.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"Last year we issued around 431,000 return decisions," Aalto-Brennan said, "and fewer than 90,000 people left."',
        True,
        [("count", 431000, None, "about"), ("count", 90000, None, "under")],
        "Aalto-Brennan",
    ),
    (
        "en",
        'Human rights groups said the plan would "normalise detention" and vowed to fight it in court.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Germany, the Netherlands and 11 other member states backed the proposal in a joint letter, a Commission spokesperson said.",
        True,
        [("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "Asked about countries of origin, the commissioner said talks on taking back rejected applicants had begun with Bangladesh and Senegal.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Dutch government figures show the Netherlands deported 5,420 people between January and June, up from 3,980 a year earlier.",
        True,
        [("count", 5420, None, None), ("count", 3980, None, None)],
        None,
    ),
    # --- a cocaine seizure in the port of Hamburg (dpa), Tuesday, October 19 ---
    (
        "de",
        "HAMBURG (dpa/lno) - Im Hamburger Hafen haben Zollfahnder 3,2 Tonnen Kokain sichergestellt, versteckt in einem Container mit Bananen aus Kolumbien.",
        True,
        [("count", 3.2, None, None)],
        None,
    ),
    (
        "de",
        "Das sagte die Leiterin des Zollfahndungsamts Hamburg, Annika Brodersen-Voigt, am Dienstag auf einer Pressekonferenz.",
        True,
        [],
        "Annika Brodersen-Voigt",
    ),
    (
        "de",
        "Der Straßenverkaufswert liege bei rund 240 Millionen Euro, sagte die Zollfahnderin.",
        True,
        [("money", 240000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Es handle sich um den drittgrößten Kokainfund im Hamburger Hafen überhaupt, fügte sie hinzu.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "„Die Kartelle testen uns jeden Tag, und jeden Tag lernen wir dazu“, sagte Brodersen-Voigt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Zwei Hafenarbeiter im Alter von 29 und 36 Jahren wurden festgenommen.",
        True,
        [("count", 2, None, None), ("duration", 29, "year", None), ("duration", 36, "year", None)],
        None,
    ),
    (
        "de",
        "Im gesamten Vorjahr hatten die Hamburger Zollfahnder 17,8 Tonnen Kokain aus dem Verkehr gezogen, wie aus dem Jahresbericht hervorgeht.",
        True,
        [("count", 17.8, None, None)],
        None,
    ),
    (
        "de",
        "Zu möglichen Hintermännern wollte sich die Staatsanwaltschaft nicht äußern.",
        False,
        [],
        None,
    ),
    # --- teacher vacancies at a school district news conference (AP), Tuesday, October 19 ---
    (
        "en",
        "LAS VEGAS (AP) — Nevada's largest school district, Clark County, began the school year with 1,140 teaching vacancies, Superintendent Maribel Santangelo-Kirk told a news conference Tuesday.",
        True,
        [("count", 1140, None, None)],
        "Maribel Santangelo-Kirk",
    ),
    (
        "en",
        "That is down from 1,460 a year ago but still means roughly one in 12 classrooms has no permanent teacher, she said.",
        True,
        [("count", 1460, None, None), ("fraction", 0.0833, None, "about")],
        None,
    ),
    (
        "en",
        '"Every child deserves a qualified teacher in front of the class, full stop," Santangelo-Kirk said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The district will offer a $5,000 signing bonus to teachers who commit to three years at its 52 hardest-to-staff schools, the superintendent said.",
        True,
        [("money", 5000, "USD", None), ("duration", 3, "year", None), ("count", 52, None, None)],
        None,
    ),
    (
        "en",
        "Dale Ashby-Kraus, president of the Clark County Education Association, said starting pay for teachers in the district was $53,700, about $4,000 below the state average.",
        True,
        [("money", 53700, "USD", None), ("money", 4000, "USD", "about")],
        None,
    ),
    (
        "en",
        '"You cannot bonus your way out of a pay problem," Ashby-Kraus said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Nevada lawmakers approved $250 million for teacher raises this year, according to the governor's office.",
        True,
        [("money", 250000000, "USD", None)],
        None,
    ),
    # --- premium subsidies in the Nationalrat (Keystone-SDA), Wednesday, October 20 ---
    (
        "de",
        "BERN (Keystone-SDA) - Mit 104 zu 88 Stimmen und 3 Enthaltungen hat der Nationalrat in der Sondersession am Mittwoch entschieden, die Prämienverbilligung um 350 Millionen Franken pro Jahr zu erhöhen.",
        True,
        [
            ("count", 104, None, None),
            ("count", 88, None, None),
            ("count", 3, None, None),
            ("money", 350000000, "CHF", None),
        ],
        None,
    ),
    (
        "de",
        "«Jede vierte Familie gibt heute mehr als 14 Prozent ihres Einkommens für Prämien aus», sagte Nationalrätin Lea Tschanz-Moser (SP/BE) in der Debatte.",
        True,
        [("fraction", 0.25, None, None), ("percent", 14, "%", "over")],
        "Lea Tschanz-Moser",
    ),
    (
        "de",
        "«Die Prämienlast ist die Steuererhöhung, über die nie jemand abstimmen durfte», sagte Tschanz-Moser.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die FDP hielt dagegen, die Mehrkosten würden zu zwei Dritteln beim Bund anfallen.",
        True,
        [("fraction", 0.6667, None, None)],
        None,
    ),
    (
        "de",
        "«Wir bekämpfen Symptome statt Ursachen», sagte Nationalrat Markus Zumbühl-Eggli (FDP/LU).",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Bundesrat lehnt die Vorlage ab, weil sie den Bund bis 2030 rund 1,7 Milliarden Franken kosten würde, wie Bundesrätin Elisabeth Moor-Gasser ausführte.",
        True,
        [("year", 2030, None, None), ("money", 1700000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Die Krankenkassenprämien klettern im kommenden Jahr durchschnittlich um 4,1 Prozent.",
        True,
        [("percent", 4.1, "%", None)],
        None,
    ),
    (
        "de",
        "Über die Aufstockung muss nun noch der Ständerat befinden, voraussichtlich im Dezember.",
        True,
        [],
        None,
    ),
    # --- small boats at the Downing Street lobby briefing (PA), Wednesday, October 20 ---
    (
        "en",
        "LONDON (PA) - More than 29,000 people have made the Channel crossing in small boats this year, said the Prime Minister's official spokesman.",
        True,
        [("count", 29000, None, "over")],
        "the Prime Minister's official spokesman",
    ),
    (
        "en",
        "That was about 12% below the figure at the same point last year, he said.",
        True,
        [("percent", 12, "%", "about")],
        None,
    ),
    (
        "en",
        '"The Prime Minister is clear that this is a fight we intend to win," the spokesman said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Home Office figures show 1,216 people crossed on Tuesday alone, the highest daily total since June 2024.",
        True,
        [("count", 1216, None, None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "Home Secretary Meera Chandrasekar-Holt told Sky News that 2,300 people had been returned to Iraq under a returns agreement since it came into force in March.",
        True,
        [("count", 2300, None, None)],
        "Meera Chandrasekar-Holt",
    ),
    (
        "en",
        "Conservative MPs said the government had spent £4.6 million a day on asylum hotels in the last financial year.",
        True,
        [("money", 4600000, "GBP", None)],
        None,
    ),
    (
        "en",
        'Asked whether the Prime Minister still backed the pledge to end the use of hotels, the spokesman said ministers were "making progress".',
        False,
        [],
        None,
    ),
    # --- the teacher shortage in a WDR interview (dpa), Thursday, October 21 ---
    (
        "de",
        "DÜSSELDORF (dpa/lnw) - Zum Start des Schuljahres sind an den Schulen in Nordrhein-Westfalen rund 5.740 Lehrerstellen unbesetzt geblieben.",
        True,
        [("count", 5740, None, "about")],
        None,
    ),
    (
        "de",
        "Im Interview mit dem WDR sagte Schulministerin Dorothea Kamphues-Ernst (CDU), besonders betroffen seien Grundschulen im Ruhrgebiet, wo fast jede zehnte Stelle frei sei.",
        True,
        [("fraction", 0.1, None, "nearly")],
        "Dorothea Kamphues-Ernst",
    ),
    (
        "de",
        "Bis 2028 wolle das Land 2.500 zusätzliche Stellen für Alltagshelfer schaffen, so die CDU-Politikerin.",
        True,
        [("year", 2028, None, None), ("count", 2500, None, None)],
        None,
    ),
    (
        "de",
        "„Wir drehen an jeder Schraube, die wir haben“, sagte die Ministerin.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach GEW-Angaben fallen in Gelsenkirchen an manchen Grundschulen derzeit bis zu 15 Prozent der Stunden aus.",
        True,
        [("percent", 15, "%", "up_to")],
        None,
    ),
    (
        "de",
        "GEW-Landeschefin Ayla Demirtaş-Kühn warf der Landesregierung vor, „den Mangel schönzurechnen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Zahlen des Schulministeriums haben 41 Prozent der im Sommer neu eingestellten Lehrkräfte kein Lehramtsstudium abgeschlossen.",
        True,
        [("percent", 41, "%", None)],
        None,
    ),
    # --- the Australian budget update on ABC Radio (Reuters), October 22 ---
    (
        "en",
        "SYDNEY, Oct 22 (Reuters) - Australia will post a budget deficit of A$27.9 billion in the current fiscal year, about A$6 billion more than forecast in May, Treasurer Rhys Fitzroy-Hale told ABC Radio on Friday.",
        True,
        [("date", '--10-22', None, None), ("money", 27900000000, "AUD", None), ("money", 6000000000, "AUD", "about")],
        "Rhys Fitzroy-Hale",
    ),
    (
        "en",
        "He said lower iron ore prices had cut expected tax receipts by about A$4.3 billion.",
        True,
        [("money", 4300000000, "AUD", "about")],
        None,
    ),
    (
        "en",
        '"We are not going to chase a headline number at the expense of the economy," Fitzroy-Hale said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Iron ore traded at about $94 a tonne on Friday, down from more than $110 in January.",
        True,
        [("money", 94, "USD", "about"), ("money", 110, "USD", "over")],
        None,
    ),
    (
        "en",
        "The opposition said government spending had grown by 4.1% in real terms over the past year.",
        True,
        [("percent", 4.1, "%", None)],
        None,
    ),
    (
        "en",
        'Opposition treasury spokesperson Bronwyn Galloway-Reid called the budget update "a confession dressed up as a plan".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Unemployment rose to 4.4% in September, official data showed last week.",
        True,
        [("percent", 4.4, "%", None)],
        None,
    ),
    (
        "en",
        "The Reserve Bank of Australia next meets on Nov. 2 and 3, when economists polled by Reuters expect it to keep its cash rate at 3.35%.",
        True,
        [("date", '--11-02', None, None), ("date", '--11-03', None, None), ("percent", 3.35, "%", None)],
        None,
    ),
    # --- job cuts at the SBB in a Sunday paper (Keystone-SDA), Sunday, October 24 ---
    (
        "de",
        "BERN (Keystone-SDA) - Die SBB wollen bis 2035 rund 1800 Stellen in der Verwaltung abbauen, sagte SBB-Chef Daniel Wyss-Kohler der «SonntagsZeitung».",
        True,
        [("year", 2035, None, None), ("count", 1800, None, "about")],
        "Daniel Wyss-Kohler",
    ),
    (
        "de",
        "«Entlassungen wird es keine geben, wir nutzen die natürlichen Abgänge», sagte der SBB-Chef.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Jährlich würden rund 2400 Mitarbeitende pensioniert.",
        True,
        [("count", 2400, None, "about")],
        None,
    ),
    (
        "de",
        "«Wir müssen schlanker werden, ohne bei der Sicherheit zu sparen», sagte Wyss-Kohler.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Pünktlichkeit im Personenverkehr lag in den ersten neun Monaten bei 92,4 Prozent.",
        True,
        [("ordinal", 1, None, None), ("duration", 9, "month", None), ("percent", 92.4, "%", None)],
        None,
    ),
    (
        "de",
        "Nach Zahlen der Gewerkschaft SEV leisten die SBB-Angestellten schon heute jährlich über 1,3 Millionen Überstunden.",
        True,
        [("count", 1300000, None, "over")],
        None,
    ),
    (
        "de",
        "«Das ist ein Abbau auf Vorrat», sagte SEV-Präsident Giorgio Tamò-Caflisch.",
        False,
        [],
        None,
    ),
    # --- the U5 delay at a press conference in Vienna (APA), Monday, October 25 ---
    (
        "de",
        "WIEN (APA) - Die Eröffnung der neuen U-Bahn-Linie U5 verzögert sich um mindestens 18 Monate.",
        True,
        [("duration", 18, "month", "at_least")],
        None,
    ),
    (
        "de",
        "Das sagte Wiener-Linien-Geschäftsführerin Martina Grubmüller-Strasser am Montag bei einer Pressekonferenz in Wien.",
        True,
        [],
        "Martina Grubmüller-Strasser",
    ),
    (
        "de",
        "Die Kosten für den ersten Bauabschnitt stiegen von 2,1 auf knapp 2,6 Milliarden Euro, sagte die Geschäftsführerin.",
        True,
        [("ordinal", 1, None, None), ("money", 2100000000, "EUR", None), ("money", 2600000000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "„Wir bauen mitten in der Stadt, da gibt es keine Abkürzungen“, sagte Grubmüller-Strasser.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Bund zahle wie vereinbart die Hälfte der ursprünglich veranschlagten Summe, die Mehrkosten trage die Stadt.",
        True,
        [("fraction", 0.5, None, None)],
        None,
    ),
    (
        "de",
        "Verkehrsstadträtin Eva Kronberger-Lutz (SPÖ) kündigte an, die Ersatzbusse würden ab 1. Dezember doppelt so oft fahren.",
        True,
        [("date", '--12-01', None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Wiener ÖVP sprach von einem „Planungsdesaster mit Ansage“.",
        False,
        [],
        None,
    ),
    # --- immigration targets on Parliament Hill (Reuters), October 25 ---
    (
        "en",
        "OTTAWA, Oct 25 (Reuters) - Canada will lower the number of new permanent residents it admits to 341,000 next year from 372,000 this year, Immigration Minister Gurpreet Sandhu-Whelan said on Monday.",
        True,
        [("date", '--10-25', None, None), ("count", 341000, None, None), ("count", 372000, None, None)],
        "Gurpreet Sandhu-Whelan",
    ),
    (
        "en",
        "Temporary residents would drop to 4.5% of Canada's population by late 2029, she told reporters on Parliament Hill.",
        True,
        [("percent", 4.5, "%", None), ("year", 2029, None, None)],
        None,
    ),
    (
        "en",
        '"Canada will remain a welcoming country, but it has to be a well-managed one," Sandhu-Whelan said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "About 2.9 million temporary residents lived in Canada in July, according to Statistics Canada.",
        True,
        [("count", 2900000, None, "about")],
        None,
    ),
    (
        "en",
        "Conservative immigration critic Blake Torvund, who has called for a hard cap, said the government had approved 1.1 million study and work permits in 2024 alone.",
        True,
        [("count", 1100000, None, None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        'Torvund said the Liberals had "lost control of the system".',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Business Council of Canada said in a statement that the cuts could shave 0.2 percentage points off economic growth next year.",
        True,
        [("percent", 0.2, "pp", None)],
        "the Business Council of Canada",
    ),
    (
        "en",
        "Caps on study permits will remain in place next year, the minister said.",
        True,
        [],
        None,
    ),
    # --- the congestion toll at an MTA news conference (AP), Wednesday, October 27 ---
    (
        "en",
        "NEW YORK (AP) — New York's congestion toll has raised $412 million in its first nine months, the head of the Metropolitan Transportation Authority said Wednesday.",
        True,
        [("money", 412000000, "USD", None), ("ordinal", 1, None, None), ("duration", 9, "month", None)],
        None,
    ),
    (
        "en",
        "MTA Chair Renata Vukovich-Lowe told reporters that traffic entering the zone was down about 11% on weekdays.",
        True,
        [("percent", 11, "%", "about")],
        "Renata Vukovich-Lowe",
    ),
    (
        "en",
        '"The doomsayers were wrong, and I think New Yorkers know it," Vukovich-Lowe said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Bus speeds on crosstown routes in Manhattan rose by 7% to an average of 6.4 mph, according to MTA data.",
        True,
        [("percent", 7, "%", None), ("count", 6.4, None, None)],
        None,
    ),
    (
        "en",
        '"People told us this would kill Midtown.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Instead, hotel occupancy is up 4% and retail foot traffic is up 2%," Vukovich-Lowe said.',
        True,
        [("percent", 4, "%", None), ("percent", 2, "%", None)],
        "Vukovich-Lowe",
    ),
    (
        "en",
        "A lawsuit by New Jersey seeking to halt the toll is due to be heard on Dec. 9.",
        True,
        [("date", '--12-09', None, None)],
        None,
    ),
    # --- the October labour market at the BA's press conference (dpa), Thursday, October 28 ---
    (
        "de",
        "NÜRNBERG (dpa) - Im Oktober waren in Deutschland 2,86 Millionen Menschen arbeitslos gemeldet, wie die Bundesagentur für Arbeit (BA) am Donnerstag mitteilte.",
        True,
        [("count", 2860000, None, None)],
        "die Bundesagentur für Arbeit",
    ),
    (
        "de",
        "Das waren 71.000 weniger als im Vormonat und 118.000 mehr als ein Jahr zuvor.",
        True,
        [("count", 71000, None, None), ("count", 118000, None, None)],
        None,
    ),
    (
        "de",
        "Die Arbeitslosenquote sank um 0,2 Prozentpunkte auf 6,1 Prozent.",
        True,
        [("percent", 0.2, "pp", None), ("percent", 6.1, "%", None)],
        None,
    ),
    (
        "de",
        "„Der Arbeitsmarkt steht unter Druck, aber er bricht nicht ein“, sagte BA-Chefin Henrike Obermüller-Sanz.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Zahl der gemeldeten offenen Stellen lag nach BA-Angaben bei 612.000 und damit um knapp 9 Prozent unter dem Vorjahreswert.",
        True,
        [("count", 612000, None, None), ("percent", 9, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Obermüller-Sanz sagte, besonders stark gestiegen sei die Arbeitslosigkeit in der Autoindustrie, wo inzwischen jeder achte Beschäftigte in Kurzarbeit sei.",
        True,
        [("fraction", 0.125, None, None)],
        "Obermüller-Sanz",
    ),
    (
        "de",
        "„Wir rechnen für den Winter mit bis zu 3,1 Millionen Arbeitslosen“, sagte die BA-Chefin.",
        True,
        [("count", 3100000, None, "up_to")],
        None,
    ),
    (
        "de",
        "Ob die Arbeitslosigkeit im Frühjahr wieder sinkt, wollte sie nicht vorhersagen.",
        False,
        [],
        None,
    ),
    # --- a manager's pre-match news conference (PA), Friday, October 29 ---
    (
        "en",
        "NOTTINGHAM (PA) - Nottingham Forest manager Stellan Hovde-Marsh will be without four senior players for Saturday's visit of Brentford.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Midfielder Jonah Kettleby faces six weeks out with a hamstring tear, the manager told his pre-match news conference.",
        True,
        [("duration", 6, "week", None)],
        None,
    ),
    (
        "en",
        '"I will not hide behind injuries, we have a squad built to cope with this," Hovde-Marsh said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Forest are 14th in the table with 11 points from 10 games, their worst start since 2019.",
        True,
        [("ordinal", 14, None, None), ("count", 11, None, None), ("count", 10, None, None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        '"We have conceded nine goals from set pieces," said Hovde-Marsh, "so that is what we worked on all week."',
        True,
        [("count", 9, None, None)],
        "Hovde-Marsh",
    ),
    (
        "en",
        'Asked about speculation over his future, Hovde-Marsh said he was "not reading the papers".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Hovde-Marsh, 46, signed a contract until 2029 in the summer.",
        True,
        [("duration", 46, "year", None), ("year", 2029, None, None)],
        None,
    ),
    (
        "en",
        "Brentford have won three of their last four away games.",
        True,
        [("count", 3, None, None), ("count", 4, None, None)],
        None,
    ),
    # --- a Bundesliga coach's press conference (dpa), Friday, October 29 ---
    (
        "de",
        "MÖNCHENGLADBACH (dpa) - Borussia Mönchengladbach muss im Heimspiel gegen den 1. FC Union Berlin am Samstag auf drei Stammspieler verzichten.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Abwehrchef Jannis Oberwelland fehle wegen eines Muskelfaserrisses mindestens drei Wochen, sagte Trainer Frederik Asmussen-Roll am Freitag.",
        True,
        [("duration", 3, "week", "at_least")],
        "Frederik Asmussen-Roll",
    ),
    (
        "de",
        "„Wer am Samstag auf dem Platz steht, wird alles raushauen“, sagte Asmussen-Roll.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Borussia steht nach neun Spieltagen mit zwölf Punkten auf Rang acht.",
        True,
        [("count", 9, None, None), ("count", 12, None, None), ("ordinal", 8, None, None)],
        None,
    ),
    (
        "de",
        "Das Stadion ist mit 53.600 Zuschauern ausverkauft.",
        True,
        [("count", 53600, None, None)],
        None,
    ),
    (
        "de",
        "Auf die Frage nach seiner Vertragsverlängerung sagte Asmussen-Roll, darüber rede er „nicht in der Öffentlichkeit“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der 44-Jährige hatte den Klub im Sommer übernommen und einen Vertrag bis 2028 unterschrieben.",
        True,
        [("duration", 44, "year", None), ("year", 2028, None, None)],
        None,
    ),
]
