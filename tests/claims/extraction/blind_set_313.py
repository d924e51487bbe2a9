"""Three-hundred-and-thirteenth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms and figures are made up
(Gunnar Wellendorf, Carola Dünnwald, Martina Pröll-Weixler, Bernhard Kainacher, Sandra
Hölzl-Reiter, the Klinikum Oberes Murtal, Regula Bieri-Stettler, Anouk Delacrétaz, Marco
Gisler, Jens Hollerbach, Svenja Rautenberg, Roland Gschwentner, Petra Hinterleitner, Jana
Wölfert, Florian Reisacher, Anja Trautbeck, Urs Zurflüh, Cédric Vuilloud, Markus
Lechleitner, Karin Steinschaden, Lea Morgenroth, Malik Yıldırım, Tobias Feldkamp, Doreen
Kaltwasser, Ralf Steinmetz-Obermann, Josef Grabenhofer and the Volksbegehren „Bargeld
bleibt“; Imogen Treharne, Rourke Haddington and his firm Lodestar Ventures, Clay Whitacre,
Nina Castellanos, Gail Pennock, Giles Fenwright, Dana Okonkwo and Brightline Robotics,
Callum Ferraday, Tahlia Brannigan, Harriet Ellingham, Delroy Achebe-Mills, Rajan Thiessen,
Renée Castellano-Price, Wendell Okafor, Áine Moriarty, Alasdair Cormack, Marisol Ettinger,
Gregory Halvorsen, Henrik Sandahl, Kirra Falconer; every unnamed delegate, signatory,
spokesperson, senator, user, commenter, firefighter, diplomat and parent); party leaders,
ministers, premiers, mayors, commissioners and the heads of unions, chambers and
associations of real parties, governments and bodies appear under made-up names that stand
for no real holder, or by their role only ("die Ministerin", "der Sprecher", "The head of
the farm lobby Copa-Cogeca", "A Fianna Fáil senator", "A government spokesman"). Real
parties, bodies, platforms, papers, places and things (CDU, SPD, CSU, Linke, Grüne,
Unionsfraktion, FPÖ, SPÖ, ÖVP, SP, SVP, Statistisches Landesamt Sachsen-Anhalt,
Bundesregierung, Leibniz-Preis, Bundesnetzagentur, Kages, Leoben, Bundeskanzlei, Post,
Sumiswald, Bundeshaus, Deutsche Bahn, Pro Bahn, ICE, Innenministerium, Insa, Change.org,
Kultusministerium, Landshut, Bundesamt für Statistik, Langenthal, Wiener Gesundheitsverbund,
Ärztekammer, Deutsche Presse-Agentur, Verdi, Statistisches Bundesamt, Oesterreichische
Nationalbank, Nationalrat, Innenministerkonferenz, Bundesinnenministerium, Verband der
pyrotechnischen Industrie; the Labour Party, the Conservatives, the Senate Commerce
Committee, Congress, PitchBook, U.S. Customs and Border Protection, Downing Street, the
Department for Education, the Institute for Fiscal Studies, the White House, U.S.
Citizenship and Immigration Services, the Office for National Statistics, the C.D. Howe
Institute, Canada Mortgage and Housing Corp, the Streets Department, the Residential
Tenancies Board, Sinn Féin, Fianna Fáil, the SNP, Scottish Labour, EY, the European
Commission, Copa-Cogeca, Mercosur, the Greens; X, Bluesky, Telegram, Facebook, Instagram;
and the datelines' cities) stand for the way wire copy names them; every post, letter,
petition, signature count, view count, pledge, vote, tally, rate, sum, quote and date here
is invented, and where a real figure came to mind (a real wind target and capacity, a real
exemption threshold, a real tax take, a real profit, a real population, a real tariff-rate
quota, a real headcount) it was changed.

Its weight: OPINION VERSUS CLAIM, twenty-seventh round (the ninety-eighth,
hundred-nineteenth, hundred-twenty-fourth, hundred-thirty-first, hundred-thirty-eighth,
hundred-forty-sixth, hundred-fifty-eighth, hundred-sixty-fifth, hundred-seventy-fifth,
hundred-eighty-first, hundred-eighty-ninth, hundred-ninety-sixth, two-hundred-and-fourth,
two-hundred-and-eighth, two-hundred-and-fifteenth, two-hundred-and-twenty-second,
two-hundred-and-twenty-ninth, two-hundred-and-forty-first, two-hundred-and-forty-fifth,
two-hundred-and-fifty-third, two-hundred-and-sixty-first, two-hundred-and-sixty-ninth,
two-hundred-and-seventy-seventh, two-hundred-and-eighty-fifth, two-hundred-and-ninety-third
and three-hundred-and-seventh batches were the first twenty-six, and their decisions are
kept; the hundred-eighty-ninth's party conferences, the hundred-thirty-eighth's open letters
and the three-hundred-and-seventh's frames, irony and comparisons were read closely), this
time in reported social-media posts, open letters, petitions and party conference speeches -
politicians' posts on X, Bluesky, Telegram, Facebook and Instagram quoted by the wire, open
letters by scientists, researchers, doctors, economists, chief executives and
family-business owners, petitions and a Volksbegehren with their signature counts,
conference and delegates' speeches mixing slogans, promises, attacks, boasts, jokes and
sarcasm with checkable figures and facts - over one autumn in story order (September to
November), 28 short stories with the German and English ones interleaved by month, each told
as wire copy runs it (a dateline lead with the post, the letter, the petition or the vote,
the figures in indirect speech, the speaker's verdict in quotes, the other side's reply, the
platform's or the statistics office's figure). About 100 rows are negatives that look like
claims: slogans, boasts, creeds, labels, accusations that name no act, sarcasm and mock
thanks, defiance, feelings, doubts, expectations, open questions, scene colour and placards
- and, the round's fresh forms, jokes and quips to the hall, an anecdote of an unnamed
encounter, thanks and tributes, statements of conscience in open letters, the stated motives
of a petition's starter and of signatories, an appeal to the messages one receives, posts
made of a hashtag, an emoji or a picture, one-word replies, the frames "Zur Erinnerung:" and
"Reminder:" before a creed, calls to act addressed to followers, a poll question to
followers and a conditional apology - each beside a check-worthy look-alike around a
verifiable core: the same speaker's figure, pledge or position, the letter's demand with a
figure, the signatures and signatories counted, the post's reach, its deletion and its
correction, the same frame before a checkable figure, the platform's step, a vote's tally,
an official figure. Half German (dpa with its slug "dpa/lby", APA, Keystone-SDA; Austrian
"heuer", "Jänner", "Asylwerber", "Volksbegehren", "Eintragungswoche", Swiss "Schliessung",
"Gemäss", "Initianten", "48'612", "870'000", "1950", «» quotes, German „“ quotes) and half
English (Reuters, AP, PA, AAP; British "programme", Canadian dollars, Irish euros). Figures
as such copy has them: signatures, signatories, views, shares, followers, members,
delegates' votes and tallies, homes, jobs, beds, posts and potholes, percentages of votes,
of electorates, of punctuality and of payments, money in euros, dollars, pounds, francs and
Canadian dollars, spans in weeks, days, hours, minutes, months and years, ages, shares
(„knapp die Hälfte“, „knapp zwei Drittel“), ordinals, years and dates; no negative carries a
figure.

236 rows (118 German, 118 English), 102 negatives (51 German, 51 English), 134 check-worthy
rows of which 14 carry no figure (7 German, 7 English), 177 expected quantities (87 counts,
25 durations - 11 in years, 6 in days, 3 in months, 2 in hours, 2 in minutes, 1 in weeks -,
19 percentages, all in %, 19 amounts of money - 5 GBP, 5 USD, 5 EUR, 2 CHF, 2 CAD -, 10
dates, 8 years, 7 ordinals, 2 fractions; none of them in a negative), 35 checked speakers
(18 German, 17 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, creed, slogan, boast, vow, feeling, hope, fear, doubt, expectation or
  piece of rhetoric is a negative with speaker None, also with a named speaker and an office
  (seventh, ninety-eighth, hundred-eighty-ninth, two-hundred-and-fourth,
  three-hundred-and-seventh); a quoted or reported statement of fact, figure, step, plan,
  pledge, demand or position is check-worthy with its speaker, also in Konjunktiv I
  (hundred-sixtieth). Pairs from one speaker: Wellendorf's 1,500 police officers and 14,000
  firms beside his joke, his slogan and his thanks; Treharne's 4.2 billion pounds and 11%
  beside "the builders", her joke and her anecdote; Dünnwald's 20 percent beside her
  „Oberseminar“; Kainacher's 500 births and 38 kilometres; Castellanos's four months beside
  "Wrong." and "Facts are stubborn things"; Whitacre's 38% beside "wide open" and "by every
  word"; Bieri-Stettler's 112 years beside „das letzte Stück Service public“; Pennock's
  petition handed in beside her creed, her call to sign and "Kids can't eat good
  intentions"; Gisler's 287 million francs beside Delacrétaz's „Zur Erinnerung“;
  Hollerbach's 67.8 percent beside his thanks; Gschwentner's deletion and correction beside
  his conditional apology; Ferraday's 1,150 paramedics beside "health heroes"; Brannigan's
  300 beds beside her label; Wölfert's 21,000 members beside her rhetoric, her label and her
  mock thanks; Ellingham's 1.9 billion pounds and 66,000 civil servants beside "just getting
  started", her quip and "best days"; Reisacher's petition beside his feeling and his
  messages; Trautbeck's 1,200 schools beside „noch keine Bildungspolitik“; Thiessen's C$6
  billion and 179 municipalities beside "every corner"; Zurflüh's 870,000 beside his
  „Selbstbedienungsladen“ and „Nur wir“; Okafor's days beside "for the camera"; Moriarty's
  60,000 homes and 34% beside "change is coming" and "a glossy brochure"; Morgenroth's
  followers beside her farewell verdict; Feldkamp's reach; Cormack's 45 million pounds and
  his comparison of regions beside his creed and "done being grateful"; Steinmetz-Obermann's
  2 percent beside „Gespensterdebatte“; Ettinger's 190 teachers and 140 positions beside
  "not sardines" and "Wear red"; Grabenhofer's 180,000 euros beside „ein starkes Zeichen“
  and „Bargeldabschaffer“; Sandahl's 3.6 billion euros and safeguard measures beside his
  slogan; Falconer's bill beside her creed.
- Party conferences (hundred-eighty-ninth): pledges naming a measure and a figure are
  check-worthy also when they hang on winning an election (Wellendorf's „im Fall eines
  Wahlsiegs innerhalb von fünf Jahren 1.500 zusätzliche Polizistinnen und Polizisten“,
  Treharne's 95,000 homes, Ellingham's stamp duty, Moriarty's 60,000 homes "if elected",
  Cormack's bus travel and council tax freeze, Brannigan's 300 beds), as are their costings
  and the party's stated plan without a figure ("would be fully costed before the budget
  debate and would involve no new taxes on income"); the vote shares and tallies of a
  conference are check-worthy („mit 91,6 Prozent der Delegiertenstimmen“, „218 der 238
  Delegierten“, „mit 378 zu 9 Stimmen“, „Mit 402 zu 117 Stimmen“); slogans („Sicherheit,
  Arbeit, Heimat ...“, «Die Schweiz ist kein Selbstbedienungsladen», "We are the builders,
  they are the blockers ...", "Britain's best days are ahead of her ..."), boasts without a
  figure («Nur wir nehmen das Volk in dieser Frage noch ernst», "we are just getting
  started"), scene colour (ovations, chants „Mieten runter!“, Treichelklänge, a folk song)
  and predictions ("change is coming") are negatives. A comparison of regions stated as fact
  stays check-worthy without a figure ("Cormack said Scotland had attracted more foreign
  investment projects last year than any other part of the UK outside London.";
  two-hundred-and-seventy-seventh), and the survey's figure beside it too.
- New: jokes and quips to the hall are negatives - „Keine Sorge, diese Rede wird kürzer als
  die Bauzeit des Magdeburger Stadttunnels“, scherzte Wellendorf; "I was told to keep this
  speech short, so naturally I have written it in the style of a planning application," she
  joked; "I have read the Chancellor's growth plan from cover to cover. It did not take
  long," she quipped - a comparison made for a laugh asserts nothing a desk could hold the
  speaker to, as comparisons used as judgement (three-hundred-and-seventh) and irony
  (two-hundred-and-sixty-first), with „scherzte“, "joked" or "quipped" or without.
- New: an anecdote of an unnamed encounter in a speech is a negative ("Last week I met a
  young nurse in Bootle who told me she has given up on ever having a front door of her
  own") - a story told for effect about nobody a desk could ask, as a vox pop is a negative
  (hundred-twenty-fourth); the same speaker's figure beside it stays check-worthy.
- New: thanks and tributes are negatives, also with an emoji („Ohne euch, die bei Wind und
  Wetter an Haustüren klingeln, wäre diese Partei gar nichts“; „Es geht voran! Danke an alle
  Eisenbahnerinnen und Eisenbahner 🚆💪“) - courtesy names no fact, as condolences do
  (hundred-seventh); mock thanks are irony („Herzlichen Dank an die Bundesregierung - ohne
  Ihre Politik wären wir heute nicht so stark“; three-hundred-and-seventh: mock praise).
- Open letters (hundred-thirty-eighth: a letter is its writers' own statement, its figures,
  plans and demands claims): the signatories counted („Mehr als 1.400 Wissenschaftlerinnen
  und Wissenschaftler“, "More than 2,300 ... researchers", "Chief executives of 163 U.S.
  companies", "More than 900 emergency doctors and nurses", „Rund 640 Ärztinnen und Ärzte“,
  "More than 180 Canadian economists", „Inhaber und Chefs von 214 Familienunternehmen“), who
  they are („37 Lehrstuhlinhaber ... und drei Trägerinnen des Leibniz-Preises“, "41 current
  employees of the three largest AI labs"), the letter's figures ("about 4.6 million
  people", "a combined 41,000 hours", „an 21 Tagen“, "an average of C$118,000", „rund 1,3
  Millionen Menschen, knapp zwei Drittel davon“) and its demands naming a measure with or
  without a figure („das Ziel von 118 Gigawatt ... bis 2030“, "more than $100 million", "90
  days", „350 zusätzliche Pflegestellen“, "by at least 50%", „bis zu einem Wert von 30
  Millionen Euro“, "to scrap a planned $150,000 fee", „auf eine Verschärfung der
  Erbschaftsteuer zu verzichten“; two-hundred-and-fourth: a demand naming a measure) are
  check-worthy. New: statements of conscience in such a letter are negatives - „Als
  Forschende können wir nicht länger schweigen, wenn ...“, „Wir haben diesen Beruf gewählt,
  um zu heilen, nicht um den Mangel zu verwalten“, "We did not build these systems to watch
  them outrun the people meant to oversee them", "We are exhausted, we are frightened for
  our patients, and we are done being polite" - the writers' account of their own duty or
  state of mind, as creeds and feelings (hundred-thirty-eighth,
  two-hundred-and-forty-fourth); so are a letter's closing maxim („Die Physik verhandelt
  nicht.“), metaphors („sägt an dem Ast ...“, "opening its doors, not by pricing them shut",
  "taxing the very homes they say they want built"); "Comments under the premier's post were
  overwhelmingly critical ..." is scene colour.
- Petitions (sixty-fifth, hundred-eighty-eighth, two-hundred-and-seventh): signatures are
  counts with their hedges („mehr als 26.000“, „48'612“ - Swiss grouping, tenth -, "more
  than 310,000", „rund 74.000“, "about 1.7 million people in 19 countries", "More than
  4,100", „312.418 Wahlberechtigten“, „mehr als 1,1 Millionen“, "52,400"), a share of the
  electorate a percentage („4,9 Prozent der Stimmberechtigten“), and the handing-over is an
  act of record with or without a figure („übergab die Listen am Dienstag an ...“, "Pennock
  said she had handed a printed copy of the petition in at Downing Street on Monday." ->
  "Pennock"). New: the stated motive of a petition's starter or of signatories is a negative
  - „Sie habe die Petition gestartet, weil sie „nicht tatenlos zusehen“ wolle, wie die
  Region ausblute“, "Several signatories said they had put their names to the letter out of
  a sense of duty rather than fear.", „Wir Eltern fühlen uns allein gelassen“ - a reason of
  feeling, as "said they were worried" (two-hundred-and-forty-fourth). The slogan over a
  petition's text („„Jede Mutter hat das Recht auf eine Geburt in ihrer Nähe“, steht in
  großen Lettern über dem Petitionstext.“) and the placards («Die Post bleibt im Dorf», "No
  farmers, no food.", „Bargeld ist gelebte Freiheit“) are slogans and negatives
  (two-hundred-and-seventy-seventh: a banner's slogan); the comments under an appeal are
  scene colour („Hunderte Kommentare“ none; hundred-forty-sixth: „Zehntausende“), and „Ob
  sich der Landtag ... befassen wird, ist offen.“ is an open question.
- New: an appeal to the messages one receives is a negative - „Mir schreiben jeden Tag
  Mütter und Väter, die nicht mehr weiterwissen“ - it claims a flood of support that no one
  can count and names no figure, as the appeals to what everyone knows
  (three-hundred-and-seventh: „Jeder weiß doch, ...“); „jeden Tag“ none.
- Posts (eighty-fourth: a post is a statement; hundred-thirty-sixth and
  hundred-ninety-first: reach, deletion and the platform's step): a post's figure is the
  poster's claim and check-worthy (Whitacre's 38%, Gschwentner's „über 9.000“, Ferraday's
  1,150 paramedics, Thiessen's C$6 billion, Castellano-Price's 61,000 potholes, Sandahl's
  3.6 billion euros), also where the next row contradicts it (hundred-eighty-ninth: a
  politician's figure and the official figure are both check-worthy); its reach is a count
  ("viewed more than 3.1 million times", „rund 890.000 Mal angezeigt“, "shared about 48,000
  times", „rund 41.000 Follower ... etwa 17.500“); its deletion with the time on record
  („nach knapp vier Stunden wieder gelöscht“ 4 hours "nearly"; hundred-thirty-sixth: „nach
  gut zwei Stunden wieder gelöscht“) and its correction („räumte später ein, die Zahl von
  9.000 beziehe sich auf ...“) are check-worthy, and so is the platform's step without a
  figure ("X attached a community note to the post ..."). A post's verdict, creed, label or
  slogan is a negative as anywhere ("The border is wide open again ...", „Hier wird am
  falschen Ende gespart ...“, "a press release with footnotes", "Every few months the same
  people rediscover the apocalypse", "Our kids are not sardines", "Open markets are how
  Europe grows ...", "If you can work, pay tax and drive, you deserve a say" - a creed hung
  on an "if", three-hundred-and-seventh -, „X ist zu einem Ort geworden, ...“).
- New: a post or reply made of a hashtag, an emoji or a picture is a negative -
  "SP-Co-Präsident Cédric Vuilloud reagierte auf X mit dem Hashtag #SoNicht und einem
  Daumen-nach-unten-Emoji.", „Ein Nutzer antwortete dem Minister mit dem Bild eines
  eingeschneiten ICE und einem lachenden Emoji.“, „„Tschüss X 👋 - man sieht sich auf Bluesky
  🦋““, "Parents posted photos of crowded classrooms under the hashtag #NotSardines." - a
  reaction that states nothing; emoji carry nothing and hashtags are names with no quantity
  (forty-third).
- New: a one-word reply is a label and a negative - 'Democratic Senator Nina Castellanos
  replied curtly: "Wrong."', „Die Grünen-Verkehrspolitikerin Svenja Rautenberg kommentierte
  den Beitrag knapp: „Peinlich.““ - a verdict without a ground, as „nannte“ and "called"
  (ninety-eighth); the same critic's checkable ground in the next row stays check-worthy
  („Rautenberg verwies darauf, dass ausgefallene Züge in der Pünktlichkeitsstatistik der
  Bahn nicht mitgezählt werden.“ - what a statistic leaves out,
  two-hundred-and-twenty-sixth; "Castellanos said apprehensions ... had fallen in each of
  the past four months.").
- New: the frames "Zur Erinnerung:" and "Reminder:" neither make nor unmake a claim; the row
  is judged by what follows, as "Make no mistake" and „Fakt ist“
  (three-hundred-and-seventh): «Zur Erinnerung: Die Post hat im vergangenen Jahr einen
  Konzerngewinn von 287 Millionen Franken ausgewiesen.» (CHF) and "Reminder: the board cut
  140 teaching positions last spring." are check-worthy with their figures, while «Zur
  Erinnerung: Die Post gehört uns allen.», „Zur Erinnerung: Pünktlich ist anders“ and
  "Reminder: Sinn Féin's sums never add up." are negatives (a creed, a verdict, a taunt).
- New: calls to act addressed to followers are negatives - 'Pennock wrote: "Sign it, share
  it, and tell your MP you did."', '"Show up Thursday. Wear red. Bring your neighbors,"
  Ettinger posted.' - an imperative asserts nothing, as an appeal that names no measure to
  those who could take it (two-hundred-and-fourth); a demand naming a measure to a body that
  decides stays check-worthy (the letters' and petitions' demands). New: a poll question to
  followers („„Was meint ihr: Soll die Fraktion X ganz den Rücken kehren? Stimmt ab 👇“,
  fragte die Linken-Abgeordnete Doreen Kaltwasser ihre Follower.“) is a negative, as a
  talk-show host's reported question (three-hundred-and-seventh).
- New: a conditional apology is a negative - „In einem neuen Beitrag schrieb er, er bedaure
  es, „wenn sich jemand auf den Schlips getreten fühlt“.“ - it names no error and no step,
  as a regret after a ballot (three-hundredth), while the correction that names what the
  figure referred to is check-worthy. Defiance after a challenge is resolve and a negative
  ('Whitacre later posted that he stood "by every word."', „Aus der Landespartei hieß es
  trotzig: „Wir lassen uns den Mund nicht verbieten.““; two-hundred-and-fourth: resolve).
- Other negatives (ninety-eighth, two-hundred-and-fourth, three-hundred-and-seventh): labels
  („nannte“, "called", "dismissed ... as", „bezeichnet“, „sprach von“, "mocked ... as",
  „verspottete ... als“), accusations that name no act („warfen ... vor, sich ... spannen zu
  lassen“, "accused the Conservatives of having ...", "accused the premier of ..."), sarcasm
  („„Mit Zahlen hat es die FPÖ halt nicht so“, spottete ...“, "Facts are stubborn things,
  Senator - maybe try reading them before you post"), reassurances and evasions („er nehme
  den Brief „sehr ernst““, "shares the goal" and "look closely at every option", "hears the
  doctors loud and clear", "respect the passion", "Good ideas are welcome from every
  corner"), a verdict on a petition („Ein Verbot per Petition ist noch keine
  Bildungspolitik“, «Eine Petition ändert nichts daran, dass die Kundschaft längst
  abgestimmt hat - mit den Füssen»), creeds („Gangbetten sind eines reichen Landes
  unwürdig“, "No child should have to learn on an empty stomach"), a fear („Viele der
  Unterzeichner fürchten ...“), a doubt ("said privately they doubted ..."), an expectation
  ("Several diplomats said they expected ..."), open questions („blieb zunächst offen“, „ist
  ungewiss“) and a vox pop („sagte ein Berliner Feuerwehrmann“; hundred-twenty-fourth).
- Check-worthy without a figure (hundred-seventieth, two-hundred-and-ninety-third,
  three-hundred-and-seventh): the handing-over of the lists, the planned closure „mit Ende
  März“ and the move to Leoben, Pennock's delivery, the platform's community note,
  Rautenberg's point on the statistic, the Kultusministerium's rule, Feldkamp's stated
  reason (a comparison of reach stated as fact, two-hundred-and-seventy-seventh), Cormack's
  comparison, the government's announced step („Die Regierung hatte im Frühjahr angekündigt,
  das Recht auf Barzahlung in der Verfassung zu verankern.“), the ministry's position („ein
  generelles Verbot sei nicht geplant, die Kommunen sollten aber künftig selbst Verbotszonen
  festlegen dürfen“), the finance spokesman's stated plan, Sandahl's announced safeguard
  measures, the four states' stated votes and Falconer's bill.
- Counts (every batch): signatures, signatories, views, shares and followers as above;
  members („rund 21.000 neue Mitglieder ... mehr als 98.000“), registered users („mehr als
  41 Millionen“), delegates and votes, firms, jobs, officers, paramedics, beds, teachers,
  schools, births, asylum seekers and applications, homes, potholes, tractors, stops, access
  points („rund 1950 Zugangspunkte, davon etwa 770“ - a Swiss figure without its apostrophe
  below ten thousand is a count, three-hundredth: „1300“), Gigawatt as counts of the figure
  written („118 Gigawatt“, „rund 69 Gigawatt“; hundred-thirtieth: „rund 1,3 Gigawatt“),
  tonnes ("up to 92,000 tonnes" "up_to"), „38 Kilometer“, "27.4 students" (an average with a
  decimal, two-hundred-and-forty-fourth: „2,4 Jungvögel“), "cap class sizes at 25 students"
  and "capping classes at 25" 25 ("cap" a verb, no hedge), „der Vater zweier Grundschüler“ 2
  (hundred-fifteenth: the genitive „zweier“ is „zwei“), "the three largest AI labs" 3 (a
  definite group, forty-first), „drei Trägerinnen“ 3, „zusätzliche“, "additional", "extra"
  and "more" after a figure no hedge. None: „Hunderte“, "every primary school pupil", „jede
  Mutter“, "first-time buyers" (two-hundred-and-seventy-seventh), "#SoNicht",
  "#NotSardines", "Change.org", "EU-Mercosur".
- Percentages, fractions and ordinals: vote shares („mit 91,6 Prozent der
  Delegiertenstimmen“, „mit 86,3 Prozent der Stimmen“), a party's poll share („auf 9
  Prozent“), punctuality („67,8 Prozent“, „nur 59,4 Prozent“ - „nur“ no hedge), „um gut 60
  Prozent“ "over" (three-hundredth: „gut“), „weniger als 2 Prozent“ "under", "by at least
  50%" "at_least", "about 30%", "about 40%" and „rund 62 Prozent“ "about", "27% of the
  total", "risen 38%", "rose 6%", "risen 11%", "risen 34%"; fractions „knapp die Hälfte“ 0.5
  and „knapp zwei Drittel“ 0.6667, both "nearly" (three-hundredth: „fast die Hälfte“;
  two-hundred-and-seventy-sixth: „Fast zwei Drittel“). Ordinals: „zum zweiten Mal“ 2 (the
  issue), „im ersten Quartal“ 1, "in the first half of the year" 1 with no fraction
  (hundred-eighty-ninth: „im ersten Halbjahr“), "for the second year running" 2 and no span,
  "within its first term" 1 (hundred-eighty-ninth: "in its first term"), "in her first
  conference speech" 1 beside "first-time buyers" none, "for a fifth straight year" 5
  (hundred-sixtieth: "for a third consecutive year").
- Durations and ages (the issue: "fünfstündigen", "a two-week visit"): „binnen drei Wochen“
  3 weeks, „binnen zehn Tagen“ 10 days ("binnen" no hedge, as "within"), „innerhalb von fünf
  Jahren“ and „innerhalb von fünf Tagen“ ("innerhalb von" no hedge, hundred-eighty-ninth),
  „nach knapp vier Stunden“ 4 hours "nearly", „an 21 Tagen“ 21 days (three-hundredth: "on
  three days"), "a combined 41,000 hours" 41,000 hours with no hedge (hundred-sixtieth: "for
  a total of 3.61 million hours"), "in the three months to September" 3 months and "in the
  12 months through September" 12 months (three-hundredth: "in the 12 months to August"),
  "in each of the past four months" 4 months (three-hundred-and-seventh: "in each of the
  past two years"), "over the next four years" and "over five years" with no hedge
  (two-hundred-and-sixty-ninth), "for two years", „für sechs Jahre“, "90 days to review",
  „nach 112 Jahren“ (two-hundred-and-eighty-fifth: „nach 146 Jahren“), „in den vergangenen
  zehn Jahren“, "to 9 days from 6 days two years ago" 9 and 6 days and 2 years, "36 minutes
  ... from 29 minutes"; ages: "everyone aged under 26" 26 years "under"
  (hundred-eighty-eighth: "under-22s"; two-hundred-and-eighty-fifth: „unter 27 Jahren“),
  "lower the voting age to 16" 16 years (hundred-fifty-first). None: „im Vorjahr“, „im
  vergangenen Jahr“, „im September des Vorjahres“, „Ende des Vorjahres“, „im Jahr“, „seit
  Jahresbeginn“, „bis Mitte kommenden Jahres“, „im Frühjahr“, „Ende Juni“, „Ende September“,
  „Ende März“, „von Jänner bis August“, „bis Mittwochabend“, „minutenlang“, „jeden Tag“,
  "last year", "this year", "next year", "this fiscal year", "a year", "a month", "a year
  earlier", "the September quarter" (two-hundred-and-ninety-third: "the March quarter"),
  "last spring", "since January", "in all of last year", "this month", months and weekdays.
- Years and dates: „seit 2021“, „bis 2030“, „bis Ende 2028“ 2028
  (two-hundred-and-eighty-fifth: "at the end of 2027"), „seit 2010“, "since 2022", "in
  2023", "since 2016", "the most since 2008" the year. Dates: „für die Abstimmung vom 30.
  November“ --11-30, "on Oct. 8" --10-08, "from Jan. 1" --01-01, "on Dec. 11" --12-11
  (three-hundred-and-seventh: "on Jan. 21"); Reuters datelines with a day ("LIVERPOOL,
  England, Sept 21", "WASHINGTON, Sept 16", "NEW YORK, Oct 2", "OTTAWA, Oct 14", "DUBLIN,
  Nov 8", "BRUSSELS, Nov 20") dates without a year (hundred-sixtieth); dpa, dpa/lby, APA,
  Keystone-SDA, AP, PA and AAP datelines none (seventy-ninth).
- Money in the currency written (every batch): EUR („bis zu einem Wert von 30 Millionen
  Euro“ "up_to", „12,1 Milliarden Euro“, „rund 180.000 Euro“ "about", "2,210 euros a month"
  - "a month" none -, "about 3.6 billion euros a year" "about"), USD ("more than $100
  million" "over", "$150,000", "about $9 billion", "roughly $17 million a year" "about",
  "$46 million"), GBP ("4.2 billion pounds", "about 1.6 billion pounds a year", "up to
  500,000 pounds" "up_to", "about 1.9 billion pounds a year", "about 45 million pounds a
  year"), CHF („287 Millionen Franken“, „rund 6 Millionen Franken“), CAD ("C$118,000" after
  "an average of" with no hedge, "C$6 billion").
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "roughly"
  "about"; „knapp“ "nearly"; „mehr als“, „Mehr als“, „über“, „gut“, "more than", "More than"
  "over"; „weniger als“ "under", "aged under" "under"; „bis zu“, "up to" "up_to";
  „mindestens“, "at least" "at_least". No hedge: „nur“, „zusammen“, „zusätzliche“,
  „bereits“, „zuletzt“, „inzwischen“, "a combined", "an average of", "extra", "additional",
  "more" after a figure, "binnen", „innerhalb von“, "within", "over" before a span.
- Speakers, checked only in forms the earlier batches settled: the surname opening the row
  („Wellendorf sagte“, „Kainacher sagte“, „Zurflüh sagte“, „Morgenroth sagte“, „Grabenhofer
  sagte“; forty-second) or after a paraphrase („..., sagte Bieri-Stettler.“;
  hundred-eightieth); New: „sagte Wölfert in ihrer Rede“ -> "Wölfert" - the occasion after
  the name is dropped as the programme in „sagte ... in der SRF-Sendung «Arena»“
  (three-hundred-and-seventh); the name with office and party dropped
  („Wirtschaftsministerin Carola Dünnwald (CDU) sagte“, „Kultusministerin Anja Trautbeck
  (CSU) sagte“, „CDU-Fraktionsvize Tobias Feldkamp sagte“, „Finanzminister Ralf
  Steinmetz-Obermann (SPD) sagte“; hundred-eighty-ninth); the source in the nominative
  („Nach Angaben der Bundesnetzagentur“ -> "die Bundesnetzagentur", „nach Angaben der Bahn“
  -> "die Bahn", „nach Angaben des Innenministeriums“ -> "das Innenministerium", „nach
  Angaben des Kultusministeriums“ -> "das Kultusministerium", „nach Angaben der Ärztekammer“
  -> "die Ärztekammer", „nach Angaben der Innenministerkonferenz“ -> "die
  Innenministerkonferenz"; three-hundred-and-seventh), „teilte das Innenministerium am
  Montag mit“ -> "das Innenministerium" (the weekday dropped, hundred-forty-fifth). English:
  "Treharne said", "Castellanos said", "Pennock said", "Brannigan said", "Ellingham said",
  "Thiessen said", "Moriarty said", "Cormack said", "Ettinger said" and "Falconer said"
  opening the row; "Housing Secretary Imogen Treharne told delegates" -> "Imogen Treharne",
  "Ellingham told delegates", "Cormack told delegates" and "party leader Áine Moriarty told
  delegates at the party's annual conference on Saturday" -> "Áine Moriarty" ("told
  delegates" names the speaker, hundred-eighty-ninth); "City Controller Wendell Okafor said"
  -> "Wendell Okafor" (three-hundred-and-seventh); "Sandahl told reporters"
  (two-hundred-and-fourth); "..., the Office for National Statistics said." with the article
  (three-hundred-and-seventh). Left unchecked (None): all negatives, also those with a named
  speaker; verbs of writing and posting („schrieb ... auf X“, „schrieb ... auf Facebook“,
  "wrote", "wrote on X", "wrote on Bluesky", "posted", "posted on X", "responded in a
  Facebook post"; hundred-thirty-eighth, hundred-forty-second, two-hundred-and-twenty-third)
  and "heißt es in dem Brief", "the letter said", "the letter says", "According to the
  letter". New: "said in a post on X", "said on X" and "said in an Instagram video" stay
  unchecked - the medium stands between the verb and the clause, as the occasion in „sagte
  bei der Vorstellung des Wahlprogramms, ...“ (hundred-eighty-ninth), and a post is written,
  not said (two-hundred-and-twenty-third); so Whitacre's, Thiessen's, Sandahl's and
  Castellano-Price's posts carry speaker None. Also unchecked: „Nach Angaben des
  Statistischen Landesamts“ and „laut Statistischem Bundesamt“ (an adjective in the name,
  „laut“ before a body without an article), „nach Angaben der Initiatoren“ (a plural group),
  „nach Angaben der Krankenanstaltengesellschaft Kages“ (a description before the name),
  „Gemäss der Post“ and „Gemäss Bundesamt für Statistik“, „Laut Innenministerium“, „nach
  Angaben des Konzerns“ and „nach Angaben des Unternehmens“ (generic referents), „Der Wiener
  Gesundheitsverbund teilte mit, ...“ (three-hundredth: „Die Bahn teilte mit, ...“), „nach
  einer Auswertung der Deutschen Presse-Agentur“, „demnach“, „nach eigenen Angaben“, „Laut
  einer Erhebung der Oesterreichischen Nationalbank“, „räumte ... ein“, „bekräftigte“,
  „kündigte an“, „kündigten an“, „verwies darauf“, roles („Ein Post-Sprecher sagte“, „Ein
  Ministeriumssprecher sagte“, "A Whitacre spokesman", "A White House spokeswoman", "A
  government spokesman", "The party's finance spokesman", "A spokesperson for the Senate
  Commerce Committee"), bodies' "said" opening a row ("The Conservatives said", "The city
  said"), "police said", "Brightline Robotics chief executive Dana Okonkwo, one of the
  signatories, has said" (an apposition between name and verb, hundred-fifty-first), "the
  Institute for Fiscal Studies estimated", "according to ..." (the organizers, PitchBook
  data, Department for Education figures, U.S. Citizenship and Immigration Services,
  district data, the EY attractiveness survey, the Commission), "... data show" and "The
  Residential Tenancies Board's latest index puts".

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_313 = [
    # --- Wellendorf-Wahl beim CDU-Landesparteitag in Magdeburg (dpa), September ---
    (
        "de",
        "Magdeburg (dpa) - Die CDU in Sachsen-Anhalt hat ihren Landesvorsitzenden Gunnar Wellendorf auf einem Parteitag in Magdeburg mit 91,6 Prozent der Delegiertenstimmen zum Spitzenkandidaten für die Landtagswahl gekürt.",
        True,
        [("percent", 91.6, "%", None)],
        None,
    ),
    (
        "de",
        "Für Wellendorf stimmten 218 der 238 Delegierten, 20 votierten gegen ihn.",
        True,
        [("count", 218, None, None), ("count", 238, None, None), ("count", 20, None, None)],
        None,
    ),
    (
        "de",
        "„Keine Sorge, diese Rede wird kürzer als die Bauzeit des Magdeburger Stadttunnels“, scherzte Wellendorf zu Beginn seiner Ansprache.",
        False,
        [],
        None,
    ),
    (
        "de",
        "In seiner Rede kündigte Wellendorf an, im Fall eines Wahlsiegs innerhalb von fünf Jahren 1.500 zusätzliche Polizistinnen und Polizisten einzustellen.",
        True,
        [("duration", 5, "year", None), ("count", 1500, None, None)],
        None,
    ),
    (
        "de",
        "Wellendorf sagte, seit 2021 hätten sich im Land rund 14.000 Unternehmen neu gegründet oder angesiedelt.",
        True,
        [("year", 2021, None, None), ("count", 14000, None, "about")],
        "Wellendorf",
    ),
    (
        "de",
        "„Sicherheit, Arbeit, Heimat – dafür stehen wir, dafür kämpfen wir, dafür gewinnen wir“, sagte Wellendorf.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben des Statistischen Landesamts lag die Arbeitslosenquote in Sachsen-Anhalt im August bei 7,4 Prozent.",
        True,
        [("percent", 7.4, "%", None)],
        None,
    ),
    (
        "de",
        "„Ohne euch, die bei Wind und Wetter an Haustüren klingeln, wäre diese Partei gar nichts“, sagte Wellendorf unter dem Beifall des Saals.",
        False,
        [],
        None,
    ),
    # --- Housing pledge at the Labour conference (Reuters), September ---
    (
        "en",
        "LIVERPOOL, England, Sept 21 (Reuters) - Britain's housing secretary promised on Sunday that 95,000 homes for social rent would be built over the next four years, using her speech to the governing Labour Party's annual conference to defend the government's record.",
        True,
        [("date", "--09-21", None, None), ("count", 95000, None, None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "en",
        "The programme will be paid for from a fund of 4.2 billion pounds, Housing Secretary Imogen Treharne told delegates.",
        True,
        [("money", 4200000000, "GBP", None)],
        "Imogen Treharne",
    ),
    (
        "en",
        '"We are the builders, they are the blockers, and the country knows it," Treharne said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Treharne said planning approvals for new homes had risen 11% in the first half of the year.",
        True,
        [("percent", 11, "%", None), ("ordinal", 1, None, None)],
        "Treharne",
    ),
    (
        "en",
        '"I was told to keep this speech short, so naturally I have written it in the style of a planning application," she joked.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"Last week I met a young nurse in Bootle who told me she has given up on ever having a front door of her own," Treharne said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Government figures published this month show 1.31 million households on local authority waiting lists in England.",
        True,
        [("count", 1310000, None, None)],
        None,
    ),
    (
        "en",
        'She accused the Conservatives of having "left the foundations rotten and the keys in the lock."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Conservatives said housebuilding had fallen short of the government's own target for the second year running.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    # --- Offener Brief von Klimaforschern zur Windkraft (dpa), September ---
    (
        "de",
        "Potsdam (dpa) - Mehr als 1.400 Wissenschaftlerinnen und Wissenschaftler haben in einem offenen Brief an die Bundesregierung verlangt, den Ausbau der Windkraft an Land nicht zu bremsen.",
        True,
        [("count", 1400, None, "over")],
        None,
    ),
    (
        "de",
        "Unter den Unterzeichnern sind nach Angaben der Initiatoren 37 Lehrstuhlinhaber für Klimaforschung und drei Trägerinnen des Leibniz-Preises.",
        True,
        [("count", 37, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "„Als Forschende können wir nicht länger schweigen, wenn politische Beschlüsse den Erkenntnissen unserer Disziplin widersprechen“, heißt es in dem Schreiben.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Konkret fordern die Unterzeichner, das Ziel von 118 Gigawatt installierter Leistung an Land bis 2030 gesetzlich festzuschreiben.",
        True,
        [("count", 118, None, None), ("year", 2030, None, None)],
        None,
    ),
    (
        "de",
        "Der Brief endet mit dem Satz: „Die Physik verhandelt nicht.“",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wirtschaftsministerin Carola Dünnwald (CDU) sagte, die Bundesregierung halte an dem Ausbauziel fest, wolle aber die Förderung für Anlagen an windschwachen Standorten um 20 Prozent kürzen.",
        True,
        [("percent", 20, "%", None)],
        "Carola Dünnwald",
    ),
    (
        "de",
        "„Ich lese solche Briefe mit Respekt, aber Politik ist mehr als ein Oberseminar“, fügte die Ministerin hinzu.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben der Bundesnetzagentur waren Ende Juni an Land Windräder mit einer Leistung von rund 69 Gigawatt am Netz.",
        True,
        [("count", 69, None, "about")],
        "die Bundesnetzagentur",
    ),
    (
        "de",
        "Abgeordnete der Unionsfraktion warfen den Unterzeichnern vor, sich „vor einen parteipolitischen Karren spannen zu lassen“.",
        False,
        [],
        None,
    ),
    # --- AI researchers' open letter (AP), September ---
    (
        "en",
        "SAN FRANCISCO (AP) — More than 2,300 artificial intelligence researchers and engineers signed an open letter published Tuesday calling on Congress to require independent safety testing of the most powerful AI models before their release.",
        True,
        [("count", 2300, None, "over")],
        None,
    ),
    (
        "en",
        "The letter asks lawmakers to apply the rule to any model that cost more than $100 million to train and to give a federal agency 90 days to review each one.",
        True,
        [("money", 100000000, "USD", "over"), ("duration", 90, "day", None)],
        None,
    ),
    (
        "en",
        '"We did not build these systems to watch them outrun the people meant to oversee them," the letter says.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Among the signatories are 41 current employees of the three largest AI labs, according to the organizers.",
        True,
        [("count", 41, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Several signatories said they had put their names to the letter out of a sense of duty rather than fear.",
        False,
        [],
        None,
    ),
    (
        "en",
        "A spokesperson for the Senate Commerce Committee said senators would take evidence on AI safety at a hearing on Oct. 8.",
        True,
        [("date", "--10-08", None, None)],
        None,
    ),
    (
        "en",
        'Venture capitalist Rourke Haddington dismissed the letter on X as "a press release with footnotes."',
        False,
        [],
        None,
    ),
    (
        "en",
        '"Every few months the same people rediscover the apocalypse," he added in a follow-up post.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Haddington's firm, Lodestar Ventures, has invested in at least 14 AI startups since 2022, according to PitchBook data.",
        True,
        [("count", 14, None, "at_least"), ("year", 2022, None, None)],
        None,
    ),
    # --- Petition gegen Schließung einer Geburtenstation (APA), September ---
    (
        "de",
        "Graz (APA) - Eine Online-Petition gegen die geplante Schließung der Geburtenstation am Klinikum Oberes Murtal hat binnen drei Wochen mehr als 26.000 Unterschriften gesammelt.",
        True,
        [("duration", 3, "week", None), ("count", 26000, None, "over")],
        None,
    ),
    (
        "de",
        "Die Initiatorin, die Hebamme Martina Pröll-Weixler, übergab die Listen am Dienstag an Gesundheitslandesrat Bernhard Kainacher (ÖVP).",
        True,
        [],
        None,
    ),
    (
        "de",
        "Sie habe die Petition gestartet, weil sie „nicht tatenlos zusehen“ wolle, wie die Region ausblute, sagte Pröll-Weixler.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Im Vorjahr kamen an der Station nach Angaben der Krankenanstaltengesellschaft Kages 312 Kinder zur Welt.",
        True,
        [("count", 312, None, None)],
        None,
    ),
    (
        "de",
        "Kainacher sagte, für eine sichere Geburtshilfe seien mindestens 500 Geburten im Jahr nötig, das nächste Krankenhaus mit Geburtenstation liege 38 Kilometer entfernt.",
        True,
        [("count", 500, None, "at_least"), ("count", 38, None, None)],
        "Kainacher",
    ),
    (
        "de",
        "„Jede Mutter hat das Recht auf eine Geburt in ihrer Nähe“, steht in großen Lettern über dem Petitionstext.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Schließung ist mit Ende März geplant, die Geburtshilfe der Region soll danach in Leoben gebündelt werden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Hier wird am falschen Ende gespart, nämlich bei unseren Kindern“, schrieb die Grünen-Landtagsabgeordnete Sandra Hölzl-Reiter auf Facebook.",
        False,
        [],
        None,
    ),
    # --- Senator's border post on X (Reuters), September ---
    (
        "en",
        "WASHINGTON, Sept 16 (Reuters) - Republican Senator Clay Whitacre said in a post on X on Tuesday that illegal border crossings had risen 38% in August from July.",
        True,
        [("date", "--09-16", None, None), ("percent", 38, "%", None)],
        None,
    ),
    (
        "en",
        "Customs and Border Protection data published on Monday show apprehensions between ports of entry fell to about 7,900 in August from 8,400 in July.",
        True,
        [("count", 7900, None, "about"), ("count", 8400, None, None)],
        None,
    ),
    (
        "en",
        '"The border is wide open again and everybody in America can see it," Whitacre wrote.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The post had been viewed more than 3.1 million times by Wednesday afternoon.",
        True,
        [("count", 3100000, None, "over")],
        None,
    ),
    (
        "en",
        "A Whitacre spokesman later said the senator had been referring to encounters at official ports of entry, which rose 6% over the same period.",
        True,
        [("percent", 6, "%", None)],
        None,
    ),
    (
        "en",
        'Democratic Senator Nina Castellanos replied curtly: "Wrong."',
        False,
        [],
        None,
    ),
    (
        "en",
        '"Facts are stubborn things, Senator - maybe try reading them before you post," Castellanos added in a follow-up reply.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Castellanos said apprehensions at the southern border had fallen in each of the past four months.",
        True,
        [("duration", 4, "month", None)],
        "Castellanos",
    ),
    (
        "en",
        "X attached a community note to the post on Wednesday linking to the agency's figures.",
        True,
        [],
        None,
    ),
    (
        "en",
        'Whitacre later posted that he stood "by every word."',
        False,
        [],
        None,
    ),
    # --- Petition gegen Poststellen-Schliessungen (Keystone-SDA), September ---
    (
        "de",
        "Bern (Keystone-SDA) - Eine Allianz aus Gemeinden und Gewerkschaften hat der Bundeskanzlei eine Petition gegen die Schliessung weiterer Poststellen mit 48'612 Unterschriften übergeben.",
        True,
        [("count", 48612, None, None)],
        None,
    ),
    (
        "de",
        "Die Post will bis Ende 2028 rund 170 ihrer eigenbetriebenen Filialen schliessen oder in Partnerfilialen umwandeln.",
        True,
        [("year", 2028, None, None), ("count", 170, None, "about")],
        None,
    ),
    (
        "de",
        "«Die Poststelle ist für viele Dörfer das letzte Stück Service public», sagte die Mitinitiantin und Gemeindepräsidentin von Sumiswald, Regula Bieri-Stettler.",
        False,
        [],
        None,
    ),
    (
        "de",
        "In ihrer Gemeinde sei die Poststelle im Frühjahr nach 112 Jahren geschlossen worden, sagte Bieri-Stettler.",
        True,
        [("duration", 112, "year", None)],
        "Bieri-Stettler",
    ),
    (
        "de",
        "Gemäss der Post verfügt das Unternehmen heute über rund 1950 Zugangspunkte, davon etwa 770 eigenbetriebene Filialen.",
        True,
        [("count", 1950, None, "about"), ("count", 770, None, "about")],
        None,
    ),
    (
        "de",
        "Vor dem Bundeshaus hielten die Initianten Schilder mit der Aufschrift «Die Post bleibt im Dorf» in die Höhe.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ein Post-Sprecher sagte, die Zahl der Einzahlungen am Schalter sei seit 2010 um gut 60 Prozent zurückgegangen.",
        True,
        [("year", 2010, None, None), ("percent", 60, "%", "over")],
        None,
    ),
    (
        "de",
        "«Eine Petition ändert nichts daran, dass die Kundschaft längst abgestimmt hat – mit den Füssen», sagte der Sprecher.",
        False,
        [],
        None,
    ),
    (
        "de",
        "SP-Nationalrätin Anouk Delacrétaz schrieb auf X: «Zur Erinnerung: Die Post gehört uns allen.»",
        False,
        [],
        None,
    ),
    (
        "de",
        "SVP-Nationalrat Marco Gisler schrieb auf X: «Zur Erinnerung: Die Post hat im vergangenen Jahr einen Konzerngewinn von 287 Millionen Franken ausgewiesen.»",
        True,
        [("money", 287000000, "CHF", None)],
        None,
    ),
    # --- Free school meals petition (PA), September ---
    (
        "en",
        "LONDON (PA) - A petition calling for free school meals for every primary school pupil in England has gathered more than 310,000 signatures and will now be considered for a debate by MPs.",
        True,
        [("count", 310000, None, "over")],
        None,
    ),
    (
        "en",
        "The petition was started in July by Bristol dinner lady Gail Pennock, whose Facebook post about it was shared about 48,000 times.",
        True,
        [("count", 48000, None, "about")],
        None,
    ),
    (
        "en",
        '"No child should have to learn on an empty stomach, full stop," Pennock said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Pennock said she had handed a printed copy of the petition in at Downing Street on Monday.",
        True,
        [],
        "Pennock",
    ),
    (
        "en",
        "About 2.2 million pupils in England, or 27% of the total, are currently eligible for free school meals, according to Department for Education figures.",
        True,
        [("count", 2200000, None, "about"), ("percent", 27, "%", None)],
        None,
    ),
    (
        "en",
        "Extending the scheme to all primary pupils would cost about 1.6 billion pounds a year, the Institute for Fiscal Studies estimated in a report last year.",
        True,
        [("money", 1600000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        'In a post shared alongside the petition, Pennock wrote: "Sign it, share it, and tell your MP you did."',
        False,
        [],
        None,
    ),
    (
        "en",
        'Conservative education spokesman Giles Fenwright called the campaign "a lovely idea with no price tag attached."',
        False,
        [],
        None,
    ),
    (
        "en",
        "\"Kids can't eat good intentions,\" Pennock wrote in reply.",
        False,
        [],
        None,
    ),
    # --- Pünktlichkeits-Post des Verkehrsministers (dpa), Oktober ---
    (
        "de",
        "Berlin (dpa) - Bundesverkehrsminister Jens Hollerbach (CDU) hat auf der Plattform X eine Verbesserung der Pünktlichkeit im Fernverkehr der Deutschen Bahn auf 67,8 Prozent im September verkündet.",
        True,
        [("percent", 67.8, "%", None)],
        None,
    ),
    (
        "de",
        "Im September des Vorjahres waren nach Angaben der Bahn nur 59,4 Prozent der Fernzüge pünktlich gewesen.",
        True,
        [("percent", 59.4, "%", None)],
        "die Bahn",
    ),
    (
        "de",
        "„Es geht voran! Danke an alle Eisenbahnerinnen und Eisenbahner 🚆💪“, schrieb Hollerbach dazu.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Grünen-Verkehrspolitikerin Svenja Rautenberg kommentierte den Beitrag knapp: „Peinlich.“",
        False,
        [],
        None,
    ),
    (
        "de",
        "Rautenberg verwies darauf, dass ausgefallene Züge in der Pünktlichkeitsstatistik der Bahn nicht mitgezählt werden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Rund 4.300 Halte im Fernverkehr fielen im September nach Angaben des Konzerns ersatzlos aus.",
        True,
        [("count", 4300, None, "about")],
        None,
    ),
    (
        "de",
        "„Zur Erinnerung: Pünktlich ist anders“, schrieb der Fahrgastverband Pro Bahn unter den Beitrag.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ein Nutzer antwortete dem Minister mit dem Bild eines eingeschneiten ICE und einem lachenden Emoji.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Beitrag des Ministers wurde bis Mittwochabend rund 890.000 Mal angezeigt.",
        True,
        [("count", 890000, None, "about")],
        None,
    ),
    # --- CEOs' letter on skilled-worker visa fee (Reuters), October ---
    (
        "en",
        "NEW YORK, Oct 2 (Reuters) - Chief executives of 163 U.S. companies urged the White House in an open letter on Thursday to scrap a planned $150,000 fee on new skilled-worker visas.",
        True,
        [("date", "--10-02", None, None), ("count", 163, None, None), ("money", 150000, "USD", None)],
        None,
    ),
    (
        "en",
        "The signatories' companies employ about 4.6 million people in the United States, the letter said.",
        True,
        [("count", 4600000, None, "about")],
        None,
    ),
    (
        "en",
        '"America has always won the race for talent by opening its doors, not by pricing them shut," the executives wrote.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Brightline Robotics chief executive Dana Okonkwo, one of the signatories, has said that about 30% of her company's U.S. engineers hold skilled-worker visas.",
        True,
        [("percent", 30, "%", "about")],
        None,
    ),
    (
        "en",
        "The fee, announced in August, would apply to every new skilled-worker visa application filed from Jan. 1.",
        True,
        [("date", "--01-01", None, None)],
        None,
    ),
    (
        "en",
        'A White House spokeswoman said the fee would raise about $9 billion over five years and "protect American jobs."',
        True,
        [("money", 9000000000, "USD", "about"), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        '"We welcome input from job creators, but the president was elected to protect American jobs, and that is exactly what he is doing," the spokeswoman added.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Several tech investors mocked the letter on social media as "too polite and too late."',
        False,
        [],
        None,
    ),
    # --- Gelöschter Asyl-Beitrag der FPÖ Oberösterreich (APA), Oktober ---
    (
        "de",
        "Linz (APA) - Ein Facebook-Beitrag des oberösterreichischen FPÖ-Landesparteisekretärs Roland Gschwentner, wonach das Land heuer „über 9.000 neue Asylwerber“ aufnehmen müsse, hat für Wirbel gesorgt.",
        True,
        [("count", 9000, None, "over")],
        None,
    ),
    (
        "de",
        "Laut Innenministerium befanden sich Ende September 3.214 Asylwerber in der Grundversorgung des Landes Oberösterreich.",
        True,
        [("count", 3214, None, None)],
        None,
    ),
    (
        "de",
        "Gschwentner hatte den Beitrag am Montag veröffentlicht und nach knapp vier Stunden wieder gelöscht.",
        True,
        [("duration", 4, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "In einem neuen Beitrag schrieb er, er bedaure es, „wenn sich jemand auf den Schlips getreten fühlt“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Gschwentner räumte später ein, die Zahl von 9.000 beziehe sich auf die Asylanträge in ganz Österreich im ersten Quartal.",
        True,
        [("count", 9000, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "„Mit Zahlen hat es die FPÖ halt nicht so“, spottete SPÖ-Landesgeschäftsführerin Petra Hinterleitner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Österreichweit wurden nach Angaben des Innenministeriums von Jänner bis August 11.870 Asylanträge gestellt.",
        True,
        [("count", 11870, None, None)],
        "das Innenministerium",
    ),
    (
        "de",
        "Aus der Landespartei hieß es trotzig: „Wir lassen uns den Mund nicht verbieten.“",
        False,
        [],
        None,
    ),
    # --- Doctors' open letter on ambulance ramping (AAP), October ---
    (
        "en",
        "SYDNEY (AAP) - More than 900 emergency doctors and nurses have signed an open letter to NSW Premier Callum Ferraday about ambulance ramping at Sydney hospitals.",
        True,
        [("count", 900, None, "over")],
        None,
    ),
    (
        "en",
        "According to the letter, paramedics lost a combined 41,000 hours outside emergency departments in the three months to September.",
        True,
        [("duration", 41000, "hour", None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "en",
        '"We are exhausted, we are frightened for our patients, and we are done being polite," the letter says.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ferraday responded in a Facebook post that the government had hired 1,150 extra paramedics since taking office in 2023.",
        True,
        [("count", 1150, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        'He added that he "hears the doctors loud and clear" and would "always back our health heroes."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Health department data show the median ambulance handover time rose to 36 minutes in the September quarter from 29 minutes a year earlier.",
        True,
        [("duration", 36, "minute", None), ("duration", 29, "minute", None)],
        None,
    ),
    (
        "en",
        'Opposition health spokeswoman Tahlia Brannigan accused the premier of "governing by Facebook post."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Brannigan said an opposition government would fund 300 additional emergency beds within its first term.",
        True,
        [("count", 300, None, None), ("ordinal", 1, None, None)],
        "Brannigan",
    ),
    (
        "en",
        "Comments under the premier's post were overwhelmingly critical, many of them from people describing long waits in emergency departments.",
        False,
        [],
        None,
    ),
    # --- Bundesparteitag der Linken in Chemnitz (dpa), Oktober ---
    (
        "de",
        "Chemnitz (dpa) - Die Linke hat ihre Co-Vorsitzende Jana Wölfert auf einem Bundesparteitag in Chemnitz mit 86,3 Prozent der Stimmen zum zweiten Mal im Amt bestätigt.",
        True,
        [("percent", 86.3, "%", None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Partei habe seit Jahresbeginn rund 21.000 neue Mitglieder gewonnen und zähle nun mehr als 98.000, sagte Wölfert in ihrer Rede.",
        True,
        [("count", 21000, None, "about"), ("count", 98000, None, "over")],
        "Wölfert",
    ),
    (
        "de",
        "„Die anderen reden über Milliardäre, wir reden mit den Menschen, die am Monatsende nicht wissen, wie sie die Miete zahlen sollen“, sagte Wölfert.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wölfert bekräftigte die Forderung ihrer Partei nach einem bundesweiten Mietendeckel, der Mieterhöhungen für sechs Jahre ausschließen soll.",
        True,
        [("duration", 6, "year", None)],
        None,
    ),
    (
        "de",
        "Den Kanzler verspottete sie als „Schirmherrn der Superreichen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Herzlichen Dank an die Bundesregierung – ohne Ihre Politik wären wir heute nicht so stark“, sagte Wölfert unter dem Gelächter der Delegierten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "In der jüngsten Umfrage des Instituts Insa kam die Linke auf 9 Prozent.",
        True,
        [("percent", 9, "%", None)],
        None,
    ),
    (
        "de",
        "Im Saal skandierten die Delegierten minutenlang „Mieten runter!“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Mit 402 zu 117 Stimmen beschloss der Parteitag zudem, dass Abgeordnete von ihren Diäten künftig nur noch das Durchschnittsgehalt eines Facharbeiters behalten dürfen.",
        True,
        [("count", 402, None, None), ("count", 117, None, None)],
        None,
    ),
    # --- Ellingham's first speech as Conservative leader (PA), October ---
    (
        "en",
        "MANCHESTER (PA) - Conservative leader Harriet Ellingham pledged to abolish stamp duty for first-time buyers on homes worth up to 500,000 pounds, in her first conference speech as leader.",
        True,
        [("money", 500000, "GBP", "up_to"), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The cut would cost about 1.9 billion pounds a year and be paid for by trimming 20,000 civil service jobs, Ellingham told delegates.",
        True,
        [("money", 1900000000, "GBP", "about"), ("count", 20000, None, None)],
        "Ellingham",
    ),
    (
        "en",
        '"They said the Conservative Party was finished. Well, conference, we are just getting started," Ellingham said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "\"I have read the Chancellor's growth plan from cover to cover. It did not take long,\" she quipped.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Ellingham said the number of civil servants had risen by about 66,000 since 2016.",
        True,
        [("count", 66000, None, "about"), ("year", 2016, None, None)],
        "Ellingham",
    ),
    (
        "en",
        "The civil service headcount stood at 545,000 in June, the Office for National Statistics said.",
        True,
        [("count", 545000, None, None)],
        "the Office for National Statistics",
    ),
    (
        "en",
        'Labour chair Delroy Achebe-Mills said the speech was "the same old snake oil in a shinier bottle."',
        False,
        [],
        None,
    ),
    (
        "en",
        "\"Britain's best days are ahead of her, not behind her,\" Ellingham told the hall.",
        False,
        [],
        None,
    ),
    # --- Petition für Handyverbot an Grundschulen (dpa/lby), Oktober ---
    (
        "de",
        "München (dpa/lby) - Eine Online-Petition für ein Handyverbot an allen bayerischen Grundschulen haben binnen zehn Tagen rund 74.000 Menschen unterzeichnet.",
        True,
        [("duration", 10, "day", None), ("count", 74000, None, "about")],
        None,
    ),
    (
        "de",
        "Gestartet hatte sie der Vater zweier Grundschüler aus Landshut, Florian Reisacher, auf der Plattform Change.org.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "„Wir Eltern fühlen uns allein gelassen“, schrieb Reisacher zur Begründung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Mir schreiben jeden Tag Mütter und Väter, die nicht mehr weiterwissen“, sagte Reisacher.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bislang gilt an Bayerns Grundschulen nach Angaben des Kultusministeriums, dass private Handys während des Unterrichts ausgeschaltet bleiben müssen.",
        True,
        [],
        "das Kultusministerium",
    ),
    (
        "de",
        "Kultusministerin Anja Trautbeck (CSU) sagte, an mehr als 1.200 der rund 2.350 Grundschulen im Freistaat gebe es bereits strengere eigene Regeln.",
        True,
        [("count", 1200, None, "over"), ("count", 2350, None, "about")],
        "Anja Trautbeck",
    ),
    (
        "de",
        "„Ein Verbot per Petition ist noch keine Bildungspolitik“, sagte Trautbeck.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Unter dem Aufruf sammeln sich Hunderte Kommentare, viele mit dem Satz „Endlich sagt es mal einer“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob sich der Landtag mit dem Anliegen befassen wird, ist offen.",
        False,
        [],
        None,
    ),
    # --- Economists' letter on development charges (Reuters), October ---
    (
        "en",
        "OTTAWA, Oct 14 (Reuters) - More than 180 Canadian economists signed an open letter on Tuesday urging Ottawa to make federal infrastructure money for cities conditional on cutting development charges by at least 50%.",
        True,
        [("date", "--10-14", None, None), ("count", 180, None, "over"), ("percent", 50, "%", "at_least")],
        None,
    ),
    (
        "en",
        "Development charges add an average of C$118,000 to the price of a new detached home in the Toronto area, the letter said, citing a study by the C.D. Howe Institute.",
        True,
        [("money", 118000, "CAD", None)],
        None,
    ),
    (
        "en",
        '"Cities cannot keep taxing the very homes they say they want built," the economists wrote.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Housing Minister Rajan Thiessen said on X that the government had already tied C$6 billion in infrastructure funding to faster permitting.",
        True,
        [("money", 6000000000, "CAD", None)],
        None,
    ),
    (
        "en",
        "Thiessen said 179 municipalities had so far signed agreements under the fund.",
        True,
        [("count", 179, None, None)],
        "Thiessen",
    ),
    (
        "en",
        '"Good ideas are welcome from every corner of the country," Thiessen added.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The city said development charges pay for about 40% of its growth-related infrastructure.",
        True,
        [("percent", 40, "%", "about")],
        None,
    ),
    (
        "en",
        "Several signatories said privately they doubted the proposal would survive talks with the provinces.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Canada started construction on 238,500 homes last year, Canada Mortgage and Housing Corp data show.",
        True,
        [("count", 238500, None, None)],
        None,
    ),
    # --- SVP-Delegiertenversammlung in Langenthal (Keystone-SDA), Oktober ---
    (
        "de",
        "Langenthal (Keystone-SDA) - Die Delegierten der SVP haben für die Abstimmung vom 30. November mit 378 zu 9 Stimmen die Ja-Parole zu ihrer Initiative für eine Begrenzung der Zuwanderung beschlossen.",
        True,
        [("date", "--11-30", None, None), ("count", 378, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "«Die Schweiz ist kein Selbstbedienungsladen», rief Parteipräsident Urs Zurflüh in den Saal.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Zurflüh sagte, die ständige Wohnbevölkerung sei in den vergangenen zehn Jahren um rund 870'000 Personen gewachsen.",
        True,
        [("duration", 10, "year", None), ("count", 870000, None, "about")],
        "Zurflüh",
    ),
    (
        "de",
        "Gemäss Bundesamt für Statistik zählte die Schweiz Ende des Vorjahres 9,08 Millionen Einwohnerinnen und Einwohner.",
        True,
        [("count", 9080000, None, None)],
        None,
    ),
    (
        "de",
        "«Nur wir nehmen das Volk in dieser Frage noch ernst», sagte Zurflüh.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Wirtschaftsverbände kündigten an, für die Nein-Kampagne rund 6 Millionen Franken einzusetzen.",
        True,
        [("money", 6000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Die Delegierten feierten den Parteipräsidenten mit stehendem Applaus und Treichelklängen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "SP-Co-Präsident Cédric Vuilloud reagierte auf X mit dem Hashtag #SoNicht und einem Daumen-nach-unten-Emoji.",
        False,
        [],
        None,
    ),
    # --- Mayor's pothole video on Instagram (AP), October ---
    (
        "en",
        "PHILADELPHIA (AP) — Mayor Renée Castellano-Price said in an Instagram video Tuesday that city crews had filled more than 61,000 potholes since January, a record for the city.",
        True,
        [("count", 61000, None, "over")],
        None,
    ),
    (
        "en",
        "Streets Department data show crews filled 47,300 potholes in all of last year.",
        True,
        [("count", 47300, None, None)],
        None,
    ),
    (
        "en",
        '"Philly, we hear you, and we are getting it done," the mayor said in the video, standing beside a freshly paved street.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The video, set to an upbeat soundtrack, showed the mayor shoveling asphalt in a hard hat.",
        False,
        [],
        None,
    ),
    (
        "en",
        "City Controller Wendell Okafor said the average time to repair a reported pothole had risen to 9 days from 6 days two years ago.",
        True,
        [("duration", 9, "day", None), ("duration", 6, "day", None), ("duration", 2, "year", None)],
        "Wendell Okafor",
    ),
    (
        "en",
        '"Filling holes for the camera is not the same as fixing roads," Okafor said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Commenters under the video were split, some praising the mayor and others posting photos of their own streets captioned "Still waiting."',
        False,
        [],
        None,
    ),
    # --- Offener Brief der Wiener Spitalsärzte (APA), November ---
    (
        "de",
        "Wien (APA) - Rund 640 Ärztinnen und Ärzte der Wiener Gemeindespitäler haben in einem offenen Brief an den Bürgermeister ein Ende der Gangbetten gefordert.",
        True,
        [("count", 640, None, "about")],
        None,
    ),
    (
        "de",
        "Allein im Oktober hätten an den Kliniken an 21 Tagen Patientinnen und Patienten auf Gängen liegen müssen, heißt es in dem Brief.",
        True,
        [("duration", 21, "day", None)],
        None,
    ),
    (
        "de",
        "„Wir haben diesen Beruf gewählt, um zu heilen, nicht um den Mangel zu verwalten“, schreiben die Unterzeichnenden.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Ärztinnen und Ärzte verlangen unter anderem 350 zusätzliche Pflegestellen bis Mitte kommenden Jahres.",
        True,
        [("count", 350, None, None)],
        None,
    ),
    (
        "de",
        "Der Wiener Gesundheitsverbund teilte mit, man habe seit Jahresbeginn 410 Pflegekräfte neu angestellt.",
        True,
        [("count", 410, None, None)],
        None,
    ),
    (
        "de",
        "Gesundheitsstadtrat Markus Lechleitner (SPÖ) sagte, er nehme den Brief „sehr ernst“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Gangbetten sind eines reichen Landes unwürdig“, sagte Ärztekammer-Vizepräsidentin Karin Steinschaden.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Brief wurde nach Angaben der Ärztekammer innerhalb von fünf Tagen unterzeichnet und am Montag übergeben.",
        True,
        [("duration", 5, "day", None)],
        "die Ärztekammer",
    ),
    (
        "de",
        "Ob die Stadt auf die Forderungen eingeht, blieb zunächst offen.",
        False,
        [],
        None,
    ),
    # --- Sinn Féin's housing pledge at its Ard Fheis (Reuters), November ---
    (
        "en",
        "DUBLIN, Nov 8 (Reuters) - Sinn Féin would build 60,000 affordable homes over five years if elected, party leader Áine Moriarty told delegates at the party's annual conference on Saturday.",
        True,
        [("date", "--11-08", None, None), ("count", 60000, None, None), ("duration", 5, "year", None)],
        "Áine Moriarty",
    ),
    (
        "en",
        '"The people of this country are ready for change, and change is coming," Moriarty said to sustained applause.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Moriarty said average rents for new tenancies in Dublin had risen 34% since the current government took office.",
        True,
        [("percent", 34, "%", None)],
        "Moriarty",
    ),
    (
        "en",
        "The Residential Tenancies Board's latest index puts the average new rent in Dublin at 2,210 euros a month.",
        True,
        [("money", 2210, "EUR", None)],
        None,
    ),
    (
        "en",
        "She mocked the coalition's housing plan as \"a glossy brochure with a demolition order stapled to the back.\"",
        False,
        [],
        None,
    ),
    (
        "en",
        "A government spokesman said builders finished 39,100 new homes in the 12 months through September, the most since 2008.",
        True,
        [("count", 39100, None, None), ("duration", 12, "month", None), ("year", 2008, None, None)],
        None,
    ),
    (
        "en",
        "A Fianna Fáil senator posted on X during the speech: \"Reminder: Sinn Féin's sums never add up.\"",
        False,
        [],
        None,
    ),
    (
        "en",
        "The party's finance spokesman said the plan would be fully costed before the budget debate and would involve no new taxes on income.",
        True,
        [],
        None,
    ),
    # --- Abgeordnete verlassen X (dpa), November ---
    (
        "de",
        "Berlin (dpa) - Mehr als 80 Bundestagsabgeordnete haben nach einer Auswertung der Deutschen Presse-Agentur ihre Konten auf der Plattform X inzwischen stillgelegt.",
        True,
        [("count", 80, None, "over")],
        None,
    ),
    (
        "de",
        "Auf dem Konkurrenzdienst Bluesky ist demnach knapp die Hälfte der Abgeordneten aktiv.",
        True,
        [("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "de",
        "„X ist zu einem Ort geworden, an dem man nur noch verliert, vor allem den Anstand“, schrieb die SPD-Abgeordnete Lea Morgenroth zum Abschied.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Morgenroth sagte, sie habe auf X zuletzt rund 41.000 Follower gehabt, auf Bluesky folgten ihr inzwischen etwa 17.500.",
        True,
        [("count", 41000, None, "about"), ("count", 17500, None, "about")],
        "Morgenroth",
    ),
    (
        "de",
        "„Tschüss X 👋 – man sieht sich auf Bluesky 🦋“, schrieb der Grünen-Abgeordnete Malik Yıldırım.",
        False,
        [],
        None,
    ),
    (
        "de",
        "CDU-Fraktionsvize Tobias Feldkamp sagte, die Unionsfraktion bleibe auf X, weil man dort deutlich mehr Menschen erreiche als auf Bluesky.",
        True,
        [],
        "Tobias Feldkamp",
    ),
    (
        "de",
        "„Was meint ihr: Soll die Fraktion X ganz den Rücken kehren? Stimmt ab 👇“, fragte die Linken-Abgeordnete Doreen Kaltwasser ihre Follower.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben des Unternehmens hat Bluesky weltweit mehr als 41 Millionen registrierte Nutzer.",
        True,
        [("count", 41000000, None, "over")],
        None,
    ),
    # --- SNP conference in Aberdeen (PA), November ---
    (
        "en",
        "ABERDEEN (PA) - SNP leader Alasdair Cormack promised to extend free bus travel to everyone aged under 26 and to freeze council tax for two years, in his speech to the party's conference in Aberdeen.",
        True,
        [("duration", 26, "year", "under"), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "The bus scheme would cost about 45 million pounds a year, Cormack told delegates.",
        True,
        [("money", 45000000, "GBP", "about")],
        "Cormack",
    ),
    (
        "en",
        '"Independence is not a dream for someday, it is the normal state of a normal country," Cormack said.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"Westminster takes Scotland for granted, and Scotland is done being grateful," he said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Cormack said Scotland had attracted more foreign investment projects last year than any other part of the UK outside London.",
        True,
        [],
        "Cormack",
    ),
    (
        "en",
        "According to the EY attractiveness survey, Scotland secured 128 foreign direct investment projects last year.",
        True,
        [("count", 128, None, None)],
        None,
    ),
    (
        "en",
        'Scottish Labour called the speech "a greatest-hits album nobody asked for."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Delegates gave Cormack a standing ovation and sang along to a folk song as he left the stage.",
        False,
        [],
        None,
    ),
    # --- Offener Brief von Familienunternehmern zur Erbschaftsteuer (dpa), November ---
    (
        "de",
        "Berlin (dpa) - Inhaber und Chefs von 214 Familienunternehmen haben den Bundeskanzler in einem offenen Brief aufgefordert, auf eine Verschärfung der Erbschaftsteuer zu verzichten.",
        True,
        [("count", 214, None, None)],
        None,
    ),
    (
        "de",
        "Die unterzeichnenden Firmen beschäftigen nach eigenen Angaben zusammen rund 1,3 Millionen Menschen, knapp zwei Drittel davon in Deutschland.",
        True,
        [("count", 1300000, None, "about"), ("fraction", 0.6667, None, "nearly")],
        None,
    ),
    (
        "de",
        "„Wer Betriebe beim Generationswechsel zur Kasse bittet, sägt an dem Ast, auf dem der Wohlstand dieses Landes sitzt“, heißt es in dem Brief.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Unterzeichner verlangen, dass Betriebsvermögen bis zu einem Wert von 30 Millionen Euro weiterhin weitgehend steuerfrei vererbt werden kann.",
        True,
        [("money", 30000000, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "Finanzminister Ralf Steinmetz-Obermann (SPD) sagte, die Reform betreffe nach Berechnungen seines Hauses weniger als 2 Prozent aller Erbfälle.",
        True,
        [("percent", 2, "%", "under")],
        "Ralf Steinmetz-Obermann",
    ),
    (
        "de",
        "„Niemand will den Mittelstand enteignen, das ist eine Gespensterdebatte“, sagte Steinmetz-Obermann.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Erbschaft- und Schenkungsteuer brachte dem Staat im vergangenen Jahr laut Statistischem Bundesamt 12,1 Milliarden Euro ein.",
        True,
        [("money", 12100000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft Verdi sprach von „Lobbyismus im Maßanzug“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Viele der Unterzeichner fürchten, dass Erben Betriebe verkaufen müssten, um die Steuer bezahlen zu können.",
        False,
        [],
        None,
    ),
    # --- Denver class-size petition (AP), November ---
    (
        "en",
        "DENVER (AP) — More than 4,100 Denver teachers and parents have signed a petition asking the school board to cap class sizes at 25 students in all elementary grades.",
        True,
        [("count", 4100, None, "over"), ("count", 25, None, None)],
        None,
    ),
    (
        "en",
        "The district's elementary classes average 27.4 students this year, according to district data.",
        True,
        [("count", 27.4, None, None)],
        None,
    ),
    (
        "en",
        '"Our kids are not sardines," union president Marisol Ettinger wrote on Bluesky.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ettinger said capping classes at 25 would require hiring about 190 more teachers at a cost of roughly $17 million a year.",
        True,
        [("count", 25, None, None), ("count", 190, None, "about"), ("money", 17000000, "USD", "about")],
        "Ettinger",
    ),
    (
        "en",
        'In a later post, Ettinger wrote: "Reminder: the board cut 140 teaching positions last spring."',
        True,
        [("count", 140, None, None)],
        None,
    ),
    (
        "en",
        'Board president Gregory Halvorsen said the board "shares the goal" and would "look closely at every option."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The board faces a projected $46 million budget shortfall next year after enrollment fell for a fifth straight year.",
        True,
        [("money", 46000000, "USD", None), ("ordinal", 5, None, None)],
        None,
    ),
    (
        "en",
        "Parents posted photos of crowded classrooms under the hashtag #NotSardines.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"Show up Thursday. Wear red. Bring your neighbors," Ettinger posted.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The board is scheduled to vote on the budget on Dec. 11.",
        True,
        [("date", "--12-11", None, None)],
        None,
    ),
    # --- Volksbegehren „Bargeld bleibt“ (APA), November ---
    (
        "de",
        "Wien (APA) - Das Volksbegehren „Bargeld bleibt“ ist in der Eintragungswoche von 312.418 Wahlberechtigten unterschrieben worden, teilte das Innenministerium am Montag mit.",
        True,
        [("count", 312418, None, None)],
        "das Innenministerium",
    ),
    (
        "de",
        "Das entspricht 4,9 Prozent der Stimmberechtigten, der Nationalrat muss sich damit mit dem Anliegen befassen.",
        True,
        [("percent", 4.9, "%", None)],
        None,
    ),
    (
        "de",
        "„Das ist ein starkes Zeichen: Die Menschen wollen sich ihre Freiheit nicht wegdigitalisieren lassen“, sagte Initiator Josef Grabenhofer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Grabenhofer sagte, die Initiative habe für die Kampagne rund 180.000 Euro ausgegeben, großteils aus Kleinspenden.",
        True,
        [("money", 180000, "EUR", "about")],
        "Grabenhofer",
    ),
    (
        "de",
        "Auf seinem Telegram-Kanal hatte Grabenhofer die Regierung zuvor als „Bargeldabschaffer im Maßanzug“ bezeichnet.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Regierung hatte im Frühjahr angekündigt, das Recht auf Barzahlung in der Verfassung zu verankern.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Bargeld ist gelebte Freiheit“, stand auf den Plakaten der Initiative.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Laut einer Erhebung der Oesterreichischen Nationalbank werden im Handel noch rund 62 Prozent der Zahlungen bar abgewickelt.",
        True,
        [("percent", 62, "%", "about")],
        None,
    ),
    (
        "de",
        "Welche Folgen das Volksbegehren im Parlament haben wird, ist ungewiss.",
        False,
        [],
        None,
    ),
    # --- Farmers' Mercosur petition in Brussels (Reuters), November ---
    (
        "en",
        "BRUSSELS, Nov 20 (Reuters) - Farm groups handed the European Commission a petition against the EU-Mercosur trade deal on Thursday signed by about 1.7 million people in 19 countries.",
        True,
        [("date", "--11-20", None, None), ("count", 1700000, None, "about"), ("count", 19, None, None)],
        None,
    ),
    (
        "en",
        "EU Trade Commissioner Henrik Sandahl said in a post on X that the deal would cut tariffs on EU exports to South America by about 3.6 billion euros a year.",
        True,
        [("money", 3600000000, "EUR", "about")],
        None,
    ),
    (
        "en",
        '"Open markets are how Europe grows. Closed minds are how it shrinks," Sandahl wrote.',
        False,
        [],
        None,
    ),
    (
        "en",
        'The head of the farm lobby Copa-Cogeca called the post "arrogant and out of touch."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Under the deal, up to 92,000 tonnes of beef from Mercosur countries could enter the bloc annually at a lower tariff, according to the Commission.",
        True,
        [("count", 92000, None, "up_to")],
        None,
    ),
    (
        "en",
        "Farmers outside the Commission's headquarters held up placards reading \"No farmers, no food.\"",
        False,
        [],
        None,
    ),
    (
        "en",
        "About 1,200 tractors blocked streets in central Brussels, police said.",
        True,
        [("count", 1200, None, "about")],
        None,
    ),
    (
        "en",
        "Sandahl told reporters the Commission would present safeguard measures for beef and poultry before the vote.",
        True,
        [],
        "Sandahl",
    ),
    (
        "en",
        "Several diplomats said they expected France to keep trying to block the deal.",
        False,
        [],
        None,
    ),
    (
        "en",
        "France, Poland, Austria and Ireland have said they will vote against the agreement.",
        True,
        [],
        None,
    ),
    # --- Petition für ein Böllerverbot (dpa), November ---
    (
        "de",
        "Berlin (dpa) - Eine Petition für ein bundesweites Verbot von privatem Silvesterfeuerwerk ist mit mehr als 1,1 Millionen Unterschriften an das Bundesinnenministerium übergeben worden.",
        True,
        [("count", 1100000, None, "over")],
        None,
    ),
    (
        "de",
        "Beim vergangenen Jahreswechsel wurden nach Angaben der Innenministerkonferenz bundesweit 37 Polizistinnen und Polizisten durch Feuerwerkskörper verletzt.",
        True,
        [("count", 37, None, None)],
        "die Innenministerkonferenz",
    ),
    (
        "de",
        "„Es reicht, wir wollen nicht länger Zielscheibe sein“, sagte ein Berliner Feuerwehrmann bei der Übergabe.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ein Ministeriumssprecher sagte, ein generelles Verbot sei nicht geplant, die Kommunen sollten aber künftig selbst Verbotszonen festlegen dürfen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Verband der pyrotechnischen Industrie nannte die Petition „ein Misstrauensvotum gegen alle, die friedlich feiern“.",
        False,
        [],
        None,
    ),
    # --- Voting age e-petition (AAP), November ---
    (
        "en",
        "CANBERRA (AAP) - An e-petition calling on federal parliament to lower the voting age to 16 has attracted 52,400 signatures, the most for any petition tabled this year.",
        True,
        [("duration", 16, "year", None), ("count", 52400, None, None)],
        None,
    ),
    (
        "en",
        '"If you can work, pay tax and drive, you deserve a say," Greens senator Kirra Falconer wrote on Instagram.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Falconer said the Greens would introduce a bill to lower the voting age before parliament rises for Christmas.",
        True,
        [],
        "Falconer",
    ),
    (
        "en",
        'A government spokesman said ministers "respect the passion" of young Australians.',
        False,
        [],
        None,
    ),
]
