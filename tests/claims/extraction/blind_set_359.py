"""Three-hundred-and-fifty-ninth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, clubs, an initiative and
figures are made up (Regula Imfeld, Hella Brandstätter, Gernot Stadlhofer, Jana Brockhoff,
Timo Kersting, Mauro Caduff, Anita Zgraggen, the «Grenzschutz-Initiative», Torsten
Elsässer, Gerald Auinger, Katrin Ehlscheid, Sabine Kornmayer, Nadine Aebersold, Beat
Gurtner, the chemicals group Rhenaria and its chief Felix Dornbusch, Ulrike Haverbeck; the
food group Corvane Foods and its chief executive Dana Pruett, the snack maker Ellery Brands,
Harlan Whitacre, Rosalind Archuleta, the columnist Hallorann, Rhodri Penhallow, Keira
Nakamura-Scott, Tobias Elgin, Bronwyn Talliss, Marcus Delahunty, Priya Ramanathan, Clayton
Rourke, Lena Ortmann, Kenji Arakawa, Hiroshi Tanabe, the payments start-up Quillon and its
chief executive Arjun Sethna, its rival Paywell, the conglomerate Halberd Holdings and its
chairman Walter Kessling, the football club Brentmoor, its manager Gareth Colley and striker
Jonah Ferris, Nadia Carrow; every unnamed analyst, trader, shareholder, party elder,
economist and official); ministers, governors, party leaders, general secretaries,
parliamentary leaders, association chiefs, a Wirtschaftsweise and a central bank
policymaker of real governments, parties, parliaments and bodies appear under made-up names
that stand for no real holder. Real states, parties, parliaments, bodies, papers,
broadcasters, programmes, leagues and places (Keystone-SDA, „Neue Zürcher Zeitung“, SP,
Ständerat, Nationalrat, Bundestag, „Süddeutsche Zeitung“, „Frankfurter Allgemeine
Zeitung“, „Handelsblatt“, „Neue Osnabrücker Zeitung“, „Stuttgarter Zeitung“,
„Tagesspiegel“, „Märkische Allgemeine“, APA, Industriellenvereinigung, „Kurier“,
Statistik Austria, PRO-GE, NRW-SPD, SPD, CDU, Infratest dimap, SVP, Sotomo, „Spiegel“,
Grüne, Union, ORF-„Pressestunde“, ÖVP, SPÖ, NEOS, FPÖ, Market-Institut, „Standard“,
„Frankfurter Allgemeine Sonntagszeitung“, Steuerzahlerbund, BDEW, Bundesverband der
Energie- und Wasserwirtschaft, BDI, Kanton Bern, Grosser Rat, Handels- und
Industrieverein, „Westfälische Nachrichten“, „Rheinische Post“, „Neue Westfälische“,
„Kölner Stadt-Anzeiger“, „Westdeutsche Allgemeine Zeitung“, „Aachener Zeitung“,
„Westfalen-Blatt“, „Presse“, „Kronen Zeitung“, „Salzburger Nachrichten“,
„Oberösterreichische Nachrichten“, „Börsen-Zeitung“, dpa-AFX, «Berner Zeitung»,
«Tages-Anzeiger», «Solothurner Zeitung», «Blick», «Aargauer Zeitung», «Südostschweiz»,
Bundesregierung; Reuters Breakingviews, the Kansas Legislature and House, Kpler, the Welsh
Conservatives, Welsh Labour, the Senedd, YouGov, ITV Wales, Plaid Cymru, Reform UK, the New
Democratic Party, the House of Commons, the Conservatives, the Liberal Party, Labor, the
Australian Bureau of Statistics, Newspoll, NBC's "Meet the Press", CBS' "Face the Nation",
the Border Patrol, the Sunday Times, the Observer, the Mail on Sunday, the Sunday Express,
the Sunday Telegraph, the Sunday Mirror, the NHS, the Treasury, the Liberal Democratic
Party, Kyodo News, the Premier League, the Bank of England, the Financial Times, the
Monetary Policy Committee, the Office for National Statistics, the Congressional Budget
Office, the Senate, and the datelines' cities) stand for the way wire copy names them;
every vote, tally, poll, pledge, budget, forecast, price, deal, result, sum, age, date,
quote, slogan, label and reaction here is invented, and where a real figure came to mind (a
real party's seats, a real minimum wage, a real migration or waiting-list figure) it was
changed.

Its weight: OPINION VERSUS CLAIM, thirty-second round (the ninety-eighth,
hundred-nineteenth, hundred-twenty-fourth, hundred-thirty-first, hundred-thirty-eighth,
hundred-forty-sixth, hundred-fifty-eighth, hundred-sixty-fifth, hundred-seventy-fifth,
hundred-eighty-first, hundred-eighty-ninth, hundred-ninety-sixth, two-hundred-and-fourth,
two-hundred-and-eighth, two-hundred-and-fifteenth, two-hundred-and-twenty-second,
two-hundred-and-twenty-ninth, two-hundred-and-forty-first, two-hundred-and-forty-fifth,
two-hundred-and-fifty-third, two-hundred-and-sixty-first, two-hundred-and-sixty-ninth,
two-hundred-and-seventy-seventh, two-hundred-and-eighty-fifth, two-hundred-and-ninety-third,
three-hundred-and-seventh, three-hundred-and-thirteenth, three-hundred-and-twentieth,
three-hundred-and-twenty-seventh, three-hundred-and-forty-first and three-hundred-and-fiftieth
batches were the first thirty-one, and their decisions are kept; the press reviews of the
hundred-thirty-eighth and three-hundred-and-seventh, the interview forms of the
three-hundred-and-twentieth, the praise and blame of the three-hundred-and-twenty-seventh,
the writer's lines of the three-hundred-and-fiftieth and the column and press-voice labels
of the three-hundred-and-thirty-third and three-hundred-and-fifty-sixth were read closely),
this time weighted on COMMENTARY, PRESS REVIEWS AND CONFERENCE RHETORIC - four wire days,
Friday to Monday, March 7 to 10, of one year, as 28 short stories in story order, the
German and English ones interleaved by day: press reviews (dpa's Presseschau on a pensions
vote, dpa's „Pressestimmen“ with paper and city before the colon after a Land party
conference, APA's Presseschau on an interior minister's Sunday interview, Keystone-SDA's
Swiss press on a cantonal tax vote, dpa-AFX's „Pressestimme“ of the „Börsen-Zeitung“, PA's
Sunday papers), columns (two Reuters Breakingviews columns with their labels, CONTEXT NEWS
items and disclaimers, a Reuters commodities column), party conferences and rallies (a
Land SPD conference, the Welsh Conservatives' spring conference, an SVP delegates' meeting,
the NDP's leadership vote, an Australian opposition leader's address to her party's
federal council, the LDP convention in Tokyo), speeches and letters (a State of the State
address, a conglomerate chairman's shareholder letter), interviews and op-eds with value
judgements (a Swiss finance minister in the „NZZ“, the Austrian industry chief in the
„Kurier“, the German finance minister in the „Spiegel“, the ORF „Pressestunde“, a German
minister's Gastbeitrag, a Wirtschaftsweise in the „Rheinische Post“, Sunday shows in
Washington, a Bank of England policymaker in the Financial Times, a football manager's
news conference) and an AP analysis. Half German (dpa with "dpa/lnw", dpa-AFX, APA,
Keystone-SDA; Austrian „im Vorjahr“, „Planstellen“, Swiss „Gegenmassnahmen“, „Grosse Rat“,
„Grossrätin“, "83'400", "210'000", «» quotes, German „“ quotes) and half English (Reuters
and Reuters Breakingviews, AP, PA, AAP; British "labour market", "Bank Rate", "3p a litre",
Australian "per cent" and "program", American "labor minister"). About 100 rows are
negatives that look like claims: papers' verdicts, labels, questions and front-page cries,
a general verdict dressed as a reminder, the columnists' verdicts and disclaimers, column
and analysis labels, the review leads and a Pressestimmen heading, politicians' rhetoric
called to delegates and supporters, creeds, slogans, labels, accusations that name no act,
resolve, analysts' and shareholders' verdicts and doubts, the writer's own lines, evasions
and open questions - each beside a check-worthy look-alike around a verifiable core: the
same speaker's figure, forecast or pledge, the paper's reported fact or sum, the delegates'
vote, the deal's terms, the official figure, a rejection, an announced step; no negative
carries a figure.

236 rows (118 German, 118 English), 105 negatives (54 German, 51 English), 131 check-worthy
rows of which 6 carry no figure (5 German, 1 English), 216 expected quantities (61 counts,
48 percentages - 45 in "%", 3 in percentage points "pp" -, 44 amounts of money - 23 USD, 8
CHF, 8 EUR, 3 JPY, 2 GBP -, 29 years, 15 durations - 10 in years, 2 in minutes, 2 in
months, 1 in weeks -, 10 dates, 5 ordinals, 4 fractions; none of them in a negative), 34
checked speakers (16 German, 18 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, creed, slogan, vow, resolve, boast, metaphor, prediction without a
  figure, appeal or accusation that names no act, or piece of rhetoric is a negative with
  speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  two-hundred-and-fourth, three-hundred-and-twenty-seventh, three-hundred-and-fiftieth); a
  quoted or reported statement of fact, figure, forecast with a figure, pledge with a
  figure, step, plan, rejection or position is check-worthy with its speaker, also in
  Konjunktiv I (hundred-sixtieth). Pairs from one speaker: Imfeld's 3 billion francs beside
  «Wer heute nicht spart ...» and «nicht angetreten, um geliebt zu werden»; Pruett's $450
  million beside the column's verdict on her; Whitacre's $842 million and 31,000 jobs
  beside "open for business" and "Our best days"; Archuleta's $300 million beside her
  "victory lap"; Stadlhofer's 24,000 jobs beside „Hochsteuerland“ and „Politik im
  Rückspiegel“; Brockhoff's 10,000 places beside „den Wecker stellen“, „auf Verschleiß“ and
  „verwaltet den Stillstand“; Penhallow's 21,000 patients beside "managed decline", "a
  museum piece" and "stop Plaid"; Caduff's 83,400 beside «Provinz Brüssels» and «das letzte
  Wort»; Nakamura-Scott's 500,000 homes beside "timid politics"; Elsässer's 0.6 percent
  beside „wie ernst die Lage ist“ and his evasion; Talliss's 41 per cent beside "tighten
  their belts" and "standing up for Australians"; Auinger's 41 percent beside
  „Selbstbedienungsladen“, „Stimmungsminister“ and his evasion; Rourke's $95 billion and
  148,000 encounters beside "sick to death of excuses", his evasion and "get this done";
  Ortmann's $12 billion beside "a ransom note"; Ehlscheid's 17.4 cents beside „Museum
  seiner eigenen Industriegeschichte“; Gurtner's 190 million francs beside «die Angst
  gewonnen»; Arakawa's 11 months beside "deflation" and "a wish list"; Sethna's 2032 beside
  the columnist's "look greedy"; Kessling's $212 billion beside "Our patience", "a casino"
  and "best days"; Colley's six weeks beside "more fight", "write ourselves off" and
  "energy"; Carrow's 3.25% beside "more worried" and "cooling, not collapsing"; Haverbeck's
  3.1 million beside „bequem eingerichtet“, „Klein-Klein“ and „Wer Reformen immer nur
  ankündigt“.
- Press reviews (hundred-thirty-eighth, three-hundred-and-seventh,
  three-hundred-and-thirty-third): the lead naming the review's topic is a negative
  („beschäftigt am Freitag die Leitartikler der Tageszeitungen“, „sind am Montag Thema der
  Kommentare“, „beschäftigt am Montag die Kommentarspalten“, "dominate Sunday's front
  pages"); a paper's verdict, label, comparison, question or front-page cry is a negative
  („meint“, „spricht von“, „hält ... für“, „lobt ... als“, „fragt“, „schreibt“ before a
  verdict, "accuses", "asks", '"Enough is enough," declares ...'); a paper's reported fact,
  figure or sum is check-worthy with the speaker unchecked („rechnet vor“, „erinnert daran,
  dass“, „erinnern daran“, „verweist darauf“, „weist darauf hin“, „berichten unter Berufung
  auf das Innenministerium“, "reports that", "says", "notes that";
  three-hundred-and-seventh: "The Guardian points out ...", "The Times notes ..."), also
  without a figure („Die „Presse“ verweist darauf, dass Österreich im Vorjahr pro Kopf mehr
  Asylanträge verzeichnet hat als Deutschland.“ - a comparison of record that can be
  checked).
- New: a reminding or pointing verb does not make a claim by itself - „Die „Stuttgarter
  Zeitung“ erinnert daran, dass große Reformen in Wahljahren selten gelingen.“ is a general
  verdict dressed as a reminder and a negative, while the reminders of a level and a law
  (48 percent, 2039), of vacant posts (about 1,100), of a transfer (about 1.1 billion
  francs) and of an earlier vote (2027) are check-worthy - the clause carries the row, as
  after „kritisierte, dass“ and "praised the decision to"
  (three-hundred-and-twenty-seventh) and after a writer's frame before a colon
  (three-hundred-and-fiftieth).
- New: dpa's „Pressestimmen“ form - the paper, its city in brackets and a colon before the
  commentary in quotes („„Rheinische Post“ (Düsseldorf): „...““, „„Kölner Stadt-Anzeiger“:
  „...““) - leaves the paper unchecked, as a source before a headline's colon
  (two-hundred-and-twenty-eighth, three-hundred-and-fifty-sixth), and the city in brackets
  carries nothing; the quote is judged as a sentence: a verdict, a prospect or a maxim is a
  negative („Ein gelungener Parteitag ist noch kein Wahlsieg.“, „Man darf gespannt sein,
  ...“, „Wer den Stillstand beklagt, ...“), a stated fact with a figure is check-worthy
  (2017 and „fast ein Drittel“ 0.3333 "nearly"; the 10,000 places the programme promises,
  with the critique that it names no trainers; „sieben Punkte hinter der CDU“ 7 "pp" - poll
  points, as "nine points ahead" in an earlier batch). The heading „Pressestimmen zum
  Landesparteitag der NRW-SPD“ is a negative, as „Pressestimme:“
  (three-hundred-and-fifty-sixth). New: dpa-AFX's press voice opening with a dateline
  before the quote („Frankfurt (dpa-AFX) - „Rhenaria hat zu lange gezögert, ...““) is
  judged by the quote and a negative; the wire's background lines after it (3,400 and 1,900
  jobs, about 650 million euros, 7.8 percent, about 41,000 staff) stay check-worthy.
- Columns (three-hundred-and-thirty-third, three-hundred-and-fifty-sixth): the labels
  "BREAKINGVIEWS-Corvane's appetite may outrun its stomach", "BREAKINGVIEWS-Quillon's IPO
  price asks investors to squint" and "COLUMN-Asia's LNG buyers are calling the market's
  bluff: Hallorann" are negatives; the columnist's verdicts ("That looks generous ...",
  "Pruett may yet be proved right, ...", "The decline is hardly surprising, ...", "The
  market, in short, has priced itself out ...", "... will need a very persuasive story
  ...", "... with a pinch of salt.", "If the shares jump at the open, ...") are negatives
  as the wire's own editorial-style sentences (three-hundred-and-fiftieth), while the deal
  terms, results, multiples and data in the columns are check-worthy ("about 19 times the
  $740 million" 19 "about" and USD, "at around six times sales" 6 "about" - multiples are
  counts, three-hundred-and-forty-first: "about 1.6 times more likely"). New: a
  Breakingviews dateline with a day ("LONDON, March 7 (Reuters Breakingviews) -", "NEW
  YORK, March 10 (Reuters Breakingviews) -") gives the date without a year, as Reuters' own
  (hundred-sixtieth). New: a CONTEXT NEWS item opening with a dash is judged as a sentence,
  the dash carrying nothing ("- Corvane Foods said on March 7 ..." --03-07 and 58 USD, "-
  Quillon on March 10 set the terms ..." --03-10 and 23 million), its source left unchecked
  as a summary line's. New: the columnist's disclaimer in brackets ("(The author is a
  Reuters Breakingviews columnist, and the opinions expressed are their own.)", "(The
  opinions expressed here are those of the author, a columnist for Reuters.)") is a service
  note and a negative, as the credit line (three-hundred-and-fifty-sixth). New: "The
  $58-a-share cash offer" gives 58 USD - a price glued into a compound gives its money as
  "a 40-foot box" gives its count (three-hundred-and-fiftieth), "a-share" carrying none as
  "per share".
- Party conferences, conventions and rallies (hundred-thirty-first, hundred-eighty-first,
  hundred-eighty-ninth, three-hundred-and-fiftieth): vote shares and tallies („mit 91,2
  Prozent der Delegiertenstimmen“, „402 der 441 Delegierten“ with „vor zwei Jahren“ 2 years
  and 84.6 percent, „mit 398 zu 6 Stimmen bei 3 Enthaltungen“, "56.3% of the vote on the
  third ballot", "About 61,000 party members cast ballots, a turnout of 52%"), a plan
  adopted („einen Acht-Punkte-Plan“ 8; the issue's "28-Punkte-Entwurf"), a speech's length
  and an ovation with a figure („Nach ihrer knapp 70-minütigen Rede“ 70 minutes "nearly",
  "a standing ovation lasting almost three minutes" 3 minutes "nearly"), members gained,
  campaign money, pledges with a figure (10,000 places a year, 140,000 places a year, "by a
  third within two years", 500,000 homes over 10 years, 1,500 yen an hour by 2033 - a vow
  or a promise naming a figure is a pledge, hundred-eighty-ninth), polls and the new
  leader's past office are check-worthy; rhetoric called to the hall („rief ... den
  Delegierten zu“, „rief ... in den Saal“, "told the party's spring conference", "told
  delegates", "told party members", "told cheering supporters", "told the Liberal Party's
  federal council", "told a joint session of the Legislature"), creeds and labels are
  negatives. „zum dritten Mal im Amt bestätigt“ is ordinal 3 (the issue's „zum zweiten
  Mal“).
- Interviews, op-eds and letters (hundred-thirty-eighth, hundred-seventy-fifth,
  three-hundred-and-twentieth): the guest's figures in indirect speech are check-worthy
  with the speaker in a settled form, the guest's verdicts and creeds in quotes negatives;
  what an op-ed or a letter says is judged as speech, „schrieb Ehlscheid“, "Kessling wrote"
  and "he wrote" left unchecked (hundred-thirty-eighth: „schrieb Stadlhuber“, "Corrigan
  wrote"). A forecast with a figure is check-worthy (Haverbeck's 0.4 percent with
  „rechnet“, the government's 0.7 percent, Elsässer's 0.6 percent, Carrow's 2.3% and 3.25%;
  three-hundred-and-fiftieth). A rejection stays check-worthy without a figure („Eine
  Lockerung der Schuldenbremse lehnte er erneut ab.“, „Die Gewerkschaft PRO-GE wies die
  Forderung als „Frontalangriff auf den Sozialstaat“ zurück.“; two-hundred-and-fourth,
  three-hundred-and-forty-first), and so do an announced step („eine Verschärfung des
  Fremdenrechts noch vor dem Sommer angekündigt“), a stated plan („am Stammsitz in Krefeld
  werde keine Anlage geschlossen“), a stated position with a year („ab 2035 an die
  Lebenserwartung zu koppeln“), a scheduled vote ("the first procedural vote was scheduled
  for Wednesday" ordinal 1) and a reported absence ("The Congressional Budget Office has
  not yet published a cost estimate."; three-hundred-and-fifty-sixth). Evasions and open
  questions are negatives („ließ Elsässer offen“, „ließ der Minister offen“, "declined to
  say whether", „Ob ..., ist offen.“, "Whether the plan survives the session is anyone's
  guess."; two-hundred-and-fourth).
- Other negatives (ninety-eighth, two-hundred-and-fourth, three-hundred-and-twenty-seventh,
  three-hundred-and-fiftieth): labels („nannte“, „sprach von“, „lobte ... als“, „begrüßte
  ... als“, "called", "dismissed ... as", "likened ... to", "described ... as"),
  accusations that name no act („warf ... vor“, „warfen ... vor“, "accused ... of",
  „kritisierte er“ after a label), verdicts with „halten ... für“ („Ökonomen halten ...“),
  a feeling („zeigte sich «zutiefst enttäuscht»“), doubts ("Party elders privately doubt
  ...", "Some shareholders privately question ..."), analysts' and a trader's verdicts
  ("Analysts said the new leader faces an uphill task ...", „Ein Händler sprach von ...“),
  colleagues' mood ("Some of her colleagues ... are far less sanguine."), resolve ("insists
  he has not given up on ..."), the writer's own lines ("It was, by any measure, a
  confident performance ...", "On paper, it is the kind of compromise ...", "Whatever
  happens this week, ...") and the heading "ANALYSIS: For Senate leaders, ..."
  (three-hundred-and-fourteenth, three-hundred-and-thirty-third: "ANALYSIS-" and "FOCUS-"
  teasers). As the brief for these batches asks, negatives carry no expected quantities,
  and this batch writes no figure into them.
- Counts (every batch): tallies, seats, members, jobs, places, posts, patients, encounters,
  staff, shares, cases, homes, agents, judges and votes with their hedges („rund 24.000“,
  „rund 14.800“, „rund 1.100“, „rund 41.000“, „rund 22 Millionen“, "About 61,000", "about
  148,000" "about"; „gut 3,1 Millionen“ "over" - three-hundredth: „gut 2,1 Millionen“ -;
  "more than 21,000" "over"); "4,000 extra GPs" and "3,800 additional ... agents" with no
  hedge ("extra" and "additional" after a figure, as "more";
  three-hundred-and-forty-first); „83'400 Personen“ (Swiss grouping, tenth); tonnages are
  counts ("21.4 million tonnes", "4.9 million tonnes", "5.6 million tonnes"; fifty-seventh,
  two-hundred-and-seventy-sixth); seats and tables ("84 of the 125 seats", "52 of the
  Senate's 100 seats", "nine seats ..., three short of the 12", "sit 19th ..., six points
  from safety with nine games left" ordinal 19 and counts 6 and 9 - points counted, an
  earlier batch's "nine points from safety" -, "two of their last 14 league matches",
  "eight defeats in 10 games", "the last two meetings" 2, "falling six votes short" 6); „im
  Vergleich der 26 Kantone auf Rang 24“ count 26 and ordinal 24 (an earlier batch: „auf
  Rang 13“). "on a two-party preferred basis" and "both parties" carry none (an earlier
  batch).
- Percentages, fractions and ordinals as written: polls, shares, turnouts, margins and
  moves („um zwei Prozentpunkte“ 2 "pp"; "four quarter-point cuts" count 4 and 0.25 "pp" -
  three-hundred-and-fiftieth: "two quarter-point cuts" -; "a 31% premium", "fell 2.4% ...,
  slipped to 14.1% from 15.6%", "down 7%", "edged up 2%", "by 38%", "41 per cent", "29 per
  cent", "48 per cent to 52 per cent", „um 41 Prozent“, „rund 27 Prozent“ "about", „um 58
  Prozent“, „54,7 Prozent Nein-Stimmen“, „bei 38,2 Prozent“, „von 21 Prozent“, „um 12
  Prozent“, "eased to 2.9% ... from 3.1%"). Fractions (the issue): "by about a fifth" 0.2
  "about", "by a third" 0.3333, „fast ein Drittel“ 0.3333 "nearly", „rund ein Viertel“ 0.25
  "about". Ordinals: "on the third ballot" 3, „zum dritten Mal“ 3, "sit 19th" 19, „auf Rang
  24“ 24, "the first procedural vote" 1; "the lowest since he took office" none.
- Durations, ages, years and dates: "within three years", "over four years", "over 10
  years" and "over five years" ("over" before a span no hedge, "within" none), "waiting
  over two years" 2 years, "two-year waits" 2 years (a figure heading a compound), „vor
  zwei Jahren“ 2 years, "for 11 straight months" 11 months (three-hundred-and-fiftieth:
  "for 16 consecutive months"), "over the 12 months to June" 12 months, "for at least six
  weeks" 6 weeks "at_least", "knapp 70-minütigen" and "almost three minutes" above; ages
  are durations in years ("Nakamura-Scott, 47,", "Kessling, 84,"). Years: „ab 2033“, „bis
  2035“, „bis 2039“, „bis 2034“ (three times), „seit 2028“, „seit 2029“, „seit 2026“, „seit
  2017“, „bereits 2027“ ("bereits" no hedge), „ab 2034“, „bis 2033“, „ab 2035“, "since he
  took office in 2027", "by 2034" (twice), "since March 2029", "from 2023 to 2027", "by
  2033", "by the end of 2032", "in 2030" (twice), "at the end of 2030", "in 2029" (twice),
  "since 1992", "than in 2029". Dates: „am 14. Juni“ --06-14, "on March 7" --03-07 and "on
  March 10" --03-10 in CONTEXT NEWS items; Reuters datelines with a day ("LAUNCESTON,
  Australia, March 7" --03-07 with the country between city and day, "OTTAWA, March 8"
  --03-08, "TOKYO, March 9" --03-09, "CINCINNATI, March 10" and "LONDON, March 10" --03-10;
  hundred-sixtieth) and the Breakingviews ones above; dpa, dpa/lnw, dpa-AFX, APA,
  Keystone-SDA, AP ("TOPEKA, Kan. (AP) —", "WASHINGTON (AP) —"), PA ("LLANDUDNO (PA) -",
  "LONDON (PA) -") and AAP ("CANBERRA (AAP) -") datelines none (seventy-ninth). None: „im
  kommenden Jahr“, „im Vorjahr“, „im vergangenen Jahr“, „in diesem Jahr“, „für dieses
  Jahr“, „jährlich“, „jährliche“, „im Jahr“, „pro Jahr“, „im Jahresschnitt“, „seit
  Jahresbeginn“, „in der Wintersession“, „im Juni“, „im Februar“, „im Januar“, „Anfang
  Juli“, „vor dem Sommer“, "last year", "next year", "a year earlier", "a year", "an hour",
  "the same month last year", "over the same period", "since last spring", "by the end of
  the year", "by the autumn", "by June", "in an election year", "last autumn", "this week",
  weekdays and months.
- Money in the currency written (every batch): CHF („2,7 Milliarden Franken“, „rund 3
  Milliarden Franken“, „180 Millionen Franken“, „rund 4 Millionen Franken“, „rund 190
  Millionen Franken“, „rund 1,1 Milliarden Franken“, „1 Million Franken“ 1,000,000 and
  „rund 210'000 Franken“), EUR („rund 96 Milliarden Euro“ - „zusätzlich“ no hedge,
  two-hundred-and-fourth -, „48 Milliarden Euro“, „61 Milliarden Euro“, „51,3 Milliarden
  Euro“, „höchstens 6 Cent“ 0.06 "at_most" and „im Schnitt 17,4 Cent“ 0.174 - cents as
  hundredths, hundred-seventy-fifth -, „rund 5 Milliarden Euro im Jahr“, „rund 650
  Millionen Euro“), USD ("$11.2 billion", "$58", "$450 million", "roughly $2 billion"
  "about", "$1.2 billion", "$842 million", "$300 million", "$14.80" and "$11.20" per
  million British thermal units - the unit priced, fifty-seventh -, "$95 billion" twice,
  "$12 billion", "up to $14 billion" "up_to", "$38 to $42", "$740 million", "$86 million
  ... from $212 million", "$212 billion", "$38.6 billion", "$4.1 billion ... from $9.2
  billion"), GBP ("£1,340", "3p a litre" 0.03 - pence as hundredths,
  three-hundred-and-fiftieth: "480p"), JPY ("1,500 yen an hour", "1,194 yen", "about 3
  trillion yen"). „je Kilowattstunde“, „im Jahr“, "a litre", "an hour", "a year" none.
- Hedges, only the names in use: „rund“, "about", "About", "roughly", "around" "about";
  „knapp“, „fast“, "almost" "nearly"; „gut“, "more than" "over"; „höchstens“ "at_most"; "up
  to" "up_to"; "at least" "at_least". No hedge: „im Schnitt“, „zusätzlich“, „zusätzliche“,
  „derzeit“, „bereits“, „inzwischen“, „nur“, "alone", "already", "currently", "extra",
  "additional", "new", "within", "over" before a span, the "to" of a range.
- Speakers, checked only in forms the earlier batches settled: the name with the office
  dropped („Bundesarbeitsministerin Hella Brandstätter sagte“, „Generalsekretär Timo
  Kersting sagte“, „BDEW-Hauptgeschäftsführerin Sabine Kornmayer sagte“, „Finanzdirektor
  Beat Gurtner sagte“, „Rhenaria-Chef Felix Dornbusch sagte“ - hundred-eightieth: the
  office heading "X sagte" -, „sagte Generalsekretärin Anita Zgraggen“); the surname after
  a Konjunktiv I paraphrase with the paper („sagte Imfeld der Zeitung“, „sagte Stadlhofer
  dem „Kurier““, „sagte Haverbeck der Zeitung“; three-hundred-and-twentieth) or alone
  („sagte Auinger“); the surname opening the row („Brockhoff sagte“, „Caduff sagte“,
  „Elsässer sagte“; forty-second); „teilte die Statistik Austria mit“ -> "die Statistik
  Austria" (three-hundred-and-twenty-fourth); „Nach Angaben des Finanzministeriums“ -> "das
  Finanzministerium" and „Nach Angaben des Innenministeriums“ -> "das Innenministerium"
  (the source in the nominative, two-hundred-and-ninety-third). English: the name with the
  capitalised office and the weekday dropped ("Corvane Chief Executive Dana Pruett said",
  "Senate Minority Leader Rosalind Archuleta said", "Home Affairs Minister Priya Ramanathan
  said", "Senate Majority Leader Clayton Rourke said Sunday that", "Chief Executive Arjun
  Sethna said", "Halberd Holdings Chairman Walter Kessling said in his yearly shareholder
  letter, published on Monday, that" - hundred-thirty-eighth: "Ashgrove Financial Chief
  Executive Linda Corrigan said in her annual letter to shareholders" -;
  three-hundred-and-twentieth); "Chief Cabinet Secretary Hiroshi Tanabe told reporters"
  ("told reporters" names the speaker, two-hundred-and-fourth); "Carrow told the Financial
  Times that" (three-hundred-and-seventh: "Ashby-Kerr told the BBC that"); "Ms Talliss
  said" -> "Talliss" (the honorific dropped, an earlier batch's "Ms Hallam said"); the
  surname opening the row ("Whitacre said", "Penhallow said", "Nakamura-Scott said",
  "Rourke said", "Ortmann said", "Arakawa said", "Colley said"); "..., the party said." ->
  "the party" (a body by its common noun, as "the union", three-hundredth); "..., the
  Office for National Statistics said." with the article (three-hundredth). Left unchecked
  (None): all negatives, also those with a named speaker; every paper in a review, before a
  colon or with a verb of its own („rechnet vor“, „erinnert daran“, „verweist darauf“,
  „weist darauf hin“, „berichten“, "reports", "says", "notes"); „sagte der SPD-Politiker“,
  „sagte die Ökonomin“, "he said", "she said" (descriptions and pronouns); „kündigte an“,
  „bezifferte sie“, „rechnet“, „sprach sich ... aus“, „schrieb“, "wrote", "has promised",
  "has vowed", "pledged", "used his ... address ... to propose" (no verbs of saying); „nach
  Berechnungen der Industriellenvereinigung“, „nach Angaben des Bundesverbands der Energie-
  und Wasserwirtschaft“ (a masculine genitive, as „Nach Angaben des Städtetags“ in the
  three-hundred-and-twentieth), „Laut der jüngsten Market-Umfrage“, „unter Berufung auf das
  Innenministerium“; "Bank of England policymaker Nadia Carrow said" (a lower-case
  description before a name, three-hundred-and-seventh, three-hundred-and-twentieth),
  "Rourke's office said" (a possessive, no form settled), "according to ..." (ship-tracking
  data, the YouGov survey, the latest Newspoll, its filing, a summary), "the data showed",
  "the letter showed", "the minutes showed", "figures show", the CONTEXT NEWS items'
  sources and rows without attribution. As the three-hundred-and-twentieth and
  three-hundred-and-fiftieth batches did, and to keep the checked speakers near 35, this
  batch also leaves unchecked a form it could have checked: "Welsh Labour said".

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier
is checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_359 = [
    # --- Entlastungspaket im NZZ-Interview (Keystone-SDA), Freitag ---
    (
        "de",
        "Bern (Keystone-SDA) - Finanzministerin Regula Imfeld hält am Entlastungspaket von 2,7 Milliarden Franken für den Bundeshaushalt fest.",
        True,
        [("money", 2700000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "«Wer heute nicht spart, schickt die Rechnung an unsere Kinder», sagte Imfeld im Interview mit der «Neuen Zürcher Zeitung».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ohne Gegenmassnahmen drohe dem Bund ab 2033 ein strukturelles Defizit von jährlich rund 3 Milliarden Franken, sagte Imfeld der Zeitung.",
        True,
        [
            ("year", 2033, None, None),
            ("money", 3000000000, "CHF", "about"),
        ],
        "Imfeld",
    ),
    ("de", "Die SP nannte das Paket einen «Kahlschlag beim Service public».", False, [], None),
    (
        "de",
        "Unter anderem sollen die Beiträge an den regionalen Personenverkehr um 180 Millionen Franken gekürzt werden.",
        True,
        [("money", 180000000, "CHF", None)],
        None,
    ),
    ("de", "«Ich bin nicht angetreten, um geliebt zu werden», sagte die Freisinnige.", False, [], None),
    (
        "de",
        "Der Ständerat hat dem Paket in der Wintersession mit 29 zu 14 Stimmen zugestimmt, der Nationalrat berät es im Juni.",
        True,
        [
            ("count", 29, None, None),
            ("count", 14, None, None),
        ],
        None,
    ),
    ("de", "Ob die Kantone am Ende mitziehen, ist offen.", False, [], None),
    # --- Corvane and Ellery (Reuters Breakingviews), Friday ---
    ("en", "BREAKINGVIEWS-Corvane's appetite may outrun its stomach", False, [], None),
    (
        "en",
        "LONDON, March 7 (Reuters Breakingviews) - Corvane Foods has agreed to buy snack maker Ellery Brands for $11.2 billion including debt.",
        True,
        [
            ("date", "--03-07", None, None),
            ("money", 11200000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "The $58-a-share cash offer is a 31% premium to Ellery's undisturbed price.",
        True,
        [
            ("money", 58, "USD", None),
            ("percent", 31, "%", None),
        ],
        None,
    ),
    ("en", "That looks generous for a business whose best years may be behind it.", False, [], None),
    (
        "en",
        "Ellery's sales fell 2.4% last year, while its operating margin slipped to 14.1% from 15.6%.",
        True,
        [
            ("percent", 2.4, "%", None),
            ("percent", 14.1, "%", None),
            ("percent", 15.6, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Corvane Chief Executive Dana Pruett said the deal would yield $450 million of annual cost savings within three years.",
        True,
        [
            ("money", 450000000, "USD", None),
            ("duration", 3, "year", None),
        ],
        "Dana Pruett",
    ),
    (
        "en",
        "Corvane's shares fell 6% on Friday, wiping roughly $2 billion off its market value.",
        True,
        [
            ("percent", 6, "%", None),
            ("money", 2000000000, "USD", "about"),
        ],
        None,
    ),
    ("en", "Pruett may yet be proved right, but the burden of proof now rests squarely on her.", False, [], None),
    (
        "en",
        "- Corvane Foods said on March 7 it would buy Ellery Brands for $58 per share in cash.",
        True,
        [
            ("date", "--03-07", None, None),
            ("money", 58, "USD", None),
        ],
        None,
    ),
    ("en", "(The author is a Reuters Breakingviews columnist, and the opinions expressed are their own.)", False, [], None),
    # --- Presseschau zum Rentenpaket (dpa), Freitag ---
    (
        "de",
        "Berlin (dpa) - Der Beschluss des Bundestags zum Rentenpaket beschäftigt am Freitag die Leitartikler der Tageszeitungen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die „Süddeutsche Zeitung“ meint, die Koalition kaufe sich mit dem Paket Ruhe bis zur nächsten Wahl und schicke die Rechnung an die Jüngeren.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die „Frankfurter Allgemeine Zeitung“ rechnet vor, dass das Paket den Bund bis 2035 zusätzlich rund 96 Milliarden Euro kostet.",
        True,
        [
            ("year", 2035, None, None),
            ("money", 96000000000, "EUR", "about"),
        ],
        None,
    ),
    ("de", "Das „Handelsblatt“ spricht von einem „Generationenvertrag mit sehr viel Kleingedrucktem“.", False, [], None),
    (
        "de",
        "Die „Neue Osnabrücker Zeitung“ erinnert daran, dass das Rentenniveau derzeit bei 48 Prozent liegt und laut Gesetz bis 2039 nicht darunter sinken darf.",
        True,
        [
            ("percent", 48, "%", None),
            ("year", 2039, None, None),
        ],
        None,
    ),
    ("de", "Die „Stuttgarter Zeitung“ erinnert daran, dass große Reformen in Wahljahren selten gelingen.", False, [], None),
    (
        "de",
        "Der „Tagesspiegel“ fragt, wer den Jüngeren noch erklären wolle, warum ausgerechnet sie länger arbeiten sollen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Bundestag hatte das Paket am Donnerstag mit 371 zu 262 Stimmen bei 9 Enthaltungen verabschiedet.",
        True,
        [
            ("count", 371, None, None),
            ("count", 262, None, None),
            ("count", 9, None, None),
        ],
        None,
    ),
    (
        "de",
        "Bundesarbeitsministerin Hella Brandstätter sagte, das Paket sichere die Renten von rund 22 Millionen Menschen.",
        True,
        [("count", 22000000, None, "about")],
        "Hella Brandstätter",
    ),
    ("de", "Die „Märkische Allgemeine“ hält das Gesetz für „ehrlicher als sein Ruf“.", False, [], None),
    # --- Kansas State of the State (AP), Friday ---
    (
        "en",
        "TOPEKA, Kan. (AP) — Kansas Gov. Harlan Whitacre used his State of the State address on Thursday night to propose a $1.2 billion cut in property taxes over four years.",
        True,
        [
            ("money", 1200000000, "USD", None),
            ("duration", 4, "year", None),
        ],
        None,
    ),
    (
        "en",
        '"Kansas is open for business, and this administration means to keep it open," Whitacre told a joint session of the Legislature.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Whitacre said the state closed the last fiscal year with a surplus of $842 million.",
        True,
        [("money", 842000000, "USD", None)],
        "Whitacre",
    ),
    (
        "en",
        "He said Kansas had added 31,000 jobs since he took office in 2027.",
        True,
        [
            ("count", 31000, None, None),
            ("year", 2027, None, None),
        ],
        None,
    ),
    ("en", '"Our best days are still ahead of us," he said.', False, [], None),
    (
        "en",
        "Senate Minority Leader Rosalind Archuleta said the plan would leave a $300 million hole in school funding by 2034.",
        True,
        [
            ("money", 300000000, "USD", None),
            ("year", 2034, None, None),
        ],
        "Rosalind Archuleta",
    ),
    ("en", 'She called the speech "a victory lap in a race nobody else was running."', False, [], None),
    (
        "en",
        "Republicans hold 84 of the 125 seats in the Kansas House.",
        True,
        [
            ("count", 84, None, None),
            ("count", 125, None, None),
        ],
        None,
    ),
    ("en", "Whether the plan survives the session is anyone's guess.", False, [], None),
    # --- IV-Präsident im „Kurier“ (APA), Freitag ---
    (
        "de",
        "Wien (APA) - Der Präsident der Industriellenvereinigung, Gernot Stadlhofer, hat im Interview mit dem „Kurier“ (Freitag-Ausgabe) eine Senkung der Lohnnebenkosten um zwei Prozentpunkte bis 2034 gefordert.",
        True,
        [
            ("percent", 2, "pp", None),
            ("year", 2034, None, None),
        ],
        None,
    ),
    ("de", "„Österreich ist ein Hochsteuerland, das sich für ein Sozialparadies hält“, sagte Stadlhofer.", False, [], None),
    (
        "de",
        "Die Industrie habe seit 2028 rund 24.000 Arbeitsplätze verloren, sagte Stadlhofer dem „Kurier“.",
        True,
        [
            ("year", 2028, None, None),
            ("count", 24000, None, "about"),
        ],
        "Stadlhofer",
    ),
    ("de", "Die Regierung mache „Politik im Rückspiegel“, kritisierte er.", False, [], None),
    (
        "de",
        "Die Lohnnebenkosten machen nach Berechnungen der Industriellenvereinigung rund 27 Prozent der Lohnsumme aus.",
        True,
        [("percent", 27, "%", "about")],
        None,
    ),
    (
        "de",
        "Die Produktion im verarbeitenden Gewerbe sank im Vorjahr real um 1,8 Prozent, teilte die Statistik Austria mit.",
        True,
        [("percent", 1.8, "%", None)],
        "die Statistik Austria",
    ),
    ("de", "Die Gewerkschaft PRO-GE wies die Forderung als „Frontalangriff auf den Sozialstaat“ zurück.", True, [], None),
    ("de", "Ob die Regierung die Senkung noch vor dem Sommer beschließt, ist offen.", False, [], None),
    ("de", "Stadlhofer steht seit 2029 an der Spitze der Industriellenvereinigung.", True, [("year", 2029, None, None)], None),
    # --- LNG column (Reuters), Friday ---
    ("en", "COLUMN-Asia's LNG buyers are calling the market's bluff: Hallorann", False, [], None),
    (
        "en",
        "LAUNCESTON, Australia, March 7 (Reuters) - Asia's imports of liquefied natural gas fell to 21.4 million tonnes in February, down 7% from the same month last year, according to ship-tracking data compiled by Kpler.",
        True,
        [
            ("date", "--03-07", None, None),
            ("count", 21400000, None, None),
            ("percent", 7, "%", None),
        ],
        None,
    ),
    ("en", "The decline is hardly surprising, given how far spot prices ran up over the winter.", False, [], None),
    (
        "en",
        "Spot LNG for delivery to North Asia averaged $14.80 per million British thermal units in February, against $11.20 a year earlier.",
        True,
        [
            ("money", 14.8, "USD", None),
            ("money", 11.2, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "China's imports alone dropped by about a fifth to 4.9 million tonnes.",
        True,
        [
            ("fraction", 0.2, None, "about"),
            ("count", 4900000, None, None),
        ],
        None,
    ),
    (
        "en",
        "Japan's imports edged up 2% to 5.6 million tonnes over the same period, the data showed.",
        True,
        [
            ("percent", 2, "%", None),
            ("count", 5600000, None, None),
        ],
        None,
    ),
    ("en", "The market, in short, has priced itself out of its most important customers.", False, [], None),
    ("en", "(The opinions expressed here are those of the author, a columnist for Reuters.)", False, [], None),
    # --- Landesparteitag der NRW-SPD (dpa), Samstag ---
    (
        "de",
        "Bochum (dpa/lnw) - Die NRW-SPD hat ihre Landesvorsitzende Jana Brockhoff zum dritten Mal im Amt bestätigt, mit 91,2 Prozent der Delegiertenstimmen.",
        True,
        [
            ("ordinal", 3, None, None),
            ("percent", 91.2, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Für sie stimmten 402 der 441 Delegierten, vor zwei Jahren hatte sie 84,6 Prozent erhalten.",
        True,
        [
            ("count", 402, None, None),
            ("count", 441, None, None),
            ("duration", 2, "year", None),
            ("percent", 84.6, "%", None),
        ],
        None,
    ),
    ("de", "„Wir sind die Partei der Menschen, die morgens den Wecker stellen“, rief Brockhoff den Delegierten zu.", False, [], None),
    ("de", "Der schwarz-grünen Landesregierung warf sie vor, das Land „auf Verschleiß zu fahren“.", False, [], None),
    (
        "de",
        "Brockhoff sagte, eine SPD-geführte Landesregierung werde 10.000 zusätzliche Kita-Plätze pro Jahr schaffen.",
        True,
        [("count", 10000, None, None)],
        "Brockhoff",
    ),
    ("de", "Die Delegierten beschlossen zudem einen Acht-Punkte-Plan für bezahlbares Wohnen.", True, [("count", 8, None, None)], None),
    (
        "de",
        "Nach ihrer knapp 70-minütigen Rede feierten die Delegierten Brockhoff mit langem Applaus.",
        True,
        [("duration", 70, "minute", "nearly")],
        None,
    ),
    ("de", "„Diese Landesregierung verwaltet den Stillstand, wir wollen gestalten“, sagte Brockhoff.", False, [], None),
    (
        "de",
        "Generalsekretär Timo Kersting sagte, die Partei habe seit Jahresbeginn 1.450 neue Mitglieder gewonnen.",
        True,
        [("count", 1450, None, None)],
        "Timo Kersting",
    ),
    (
        "de",
        "In der jüngsten Umfrage von Infratest dimap kommt die SPD in Nordrhein-Westfalen auf 24 Prozent, die CDU auf 31 Prozent.",
        True,
        [
            ("percent", 24, "%", None),
            ("percent", 31, "%", None),
        ],
        None,
    ),
    # --- Welsh Conservative conference (PA), Saturday ---
    (
        "en",
        "LLANDUDNO (PA) - Welsh Conservative leader Rhodri Penhallow has promised to cut hospital waiting lists by a third within two years if his party wins May's Senedd election.",
        True,
        [
            ("fraction", 0.3333, None, None),
            ("duration", 2, "year", None),
        ],
        None,
    ),
    ("en", "\"Wales deserves better than managed decline,\" Penhallow told the party's spring conference.", False, [], None),
    (
        "en",
        "Penhallow said more than 21,000 patients in Wales had been waiting over two years for treatment.",
        True,
        [
            ("count", 21000, None, "over"),
            ("duration", 2, "year", None),
        ],
        "Penhallow",
    ),
    ("en", 'He accused Labour of "treating the health service like a museum piece."', False, [], None),
    (
        "en",
        "Welsh Labour said the number of two-year waits had fallen by 38% since March 2029.",
        True,
        [
            ("duration", 2, "year", None),
            ("percent", 38, "%", None),
            ("year", 2029, None, None),
        ],
        None,
    ),
    (
        "en",
        "The party is polling at 19%, according to the latest YouGov survey for ITV Wales, against 27% for Plaid Cymru and 24% for Reform UK.",
        True,
        [
            ("percent", 19, "%", None),
            ("percent", 27, "%", None),
            ("percent", 24, "%", None),
        ],
        None,
    ),
    ("en", '"We are the only party that can stop Plaid," he told delegates.', False, [], None),
    ("en", "Delegates gave Penhallow a standing ovation lasting almost three minutes.", True, [("duration", 3, "minute", "nearly")], None),
    ("en", "It was, by any measure, a confident performance from a leader written off only last autumn.", False, [], None),
    # --- Delegiertenversammlung der SVP (Keystone-SDA), Samstag ---
    (
        "de",
        "Schwyz (Keystone-SDA) - Mit 398 zu 6 Stimmen bei 3 Enthaltungen haben die SVP-Delegierten am Samstag in Schwyz die Ja-Parole zur «Grenzschutz-Initiative» beschlossen.",
        True,
        [
            ("count", 398, None, None),
            ("count", 6, None, None),
            ("count", 3, None, None),
        ],
        None,
    ),
    ("de", "«Die Schweiz darf nicht zur Provinz Brüssels werden», rief Parteipräsident Mauro Caduff in den Saal.", False, [], None),
    (
        "de",
        "Caduff sagte, die Nettozuwanderung in die Schweiz habe im vergangenen Jahr 83'400 Personen betragen.",
        True,
        [("count", 83400, None, None)],
        "Caduff",
    ),
    ("de", "Die Gegner sprechen von einer «Abschottungsinitiative».", False, [], None),
    ("de", "Über die Vorlage wird am 14. Juni abgestimmt.", True, [("date", "--06-14", None, None)], None),
    (
        "de",
        "In einer Umfrage des Forschungsinstituts Sotomo sprachen sich im Februar 44 Prozent der Befragten für die Initiative aus, 51 Prozent dagegen.",
        True,
        [
            ("percent", 44, "%", None),
            ("percent", 51, "%", None),
        ],
        None,
    ),
    ("de", "«Das Volk hat das letzte Wort, nicht die Diplomaten», sagte Caduff.", False, [], None),
    (
        "de",
        "Die Partei wolle rund 4 Millionen Franken in die Kampagne stecken, sagte Generalsekretärin Anita Zgraggen.",
        True,
        [("money", 4000000, "CHF", "about")],
        "Anita Zgraggen",
    ),
    # --- NDP leadership (Reuters), Saturday ---
    (
        "en",
        "OTTAWA, March 8 (Reuters) - Canada's New Democratic Party elected former Manitoba labor minister Keira Nakamura-Scott as its leader on Saturday, with 56.3% of the vote on the third ballot.",
        True,
        [
            ("date", "--03-08", None, None),
            ("percent", 56.3, "%", None),
            ("ordinal", 3, None, None),
        ],
        None,
    ),
    ("en", '"The era of timid politics is over," Nakamura-Scott told cheering supporters in Winnipeg.', False, [], None),
    (
        "en",
        "About 61,000 party members cast ballots, a turnout of 52%, the party said.",
        True,
        [
            ("count", 61000, None, "about"),
            ("percent", 52, "%", None),
        ],
        "the party",
    ),
    (
        "en",
        "The party holds nine seats in the Commons, three short of the 12 it needs for official party status.",
        True,
        [
            ("count", 9, None, None),
            ("count", 3, None, None),
            ("count", 12, None, None),
        ],
        None,
    ),
    (
        "en",
        "Nakamura-Scott said an NDP government would build 500,000 homes over 10 years.",
        True,
        [
            ("count", 500000, None, None),
            ("duration", 10, "year", None),
        ],
        "Nakamura-Scott",
    ),
    (
        "en",
        "Nakamura-Scott, 47, served as Manitoba's labor minister from 2023 to 2027.",
        True,
        [
            ("duration", 47, "year", None),
            ("year", 2023, None, None),
            ("year", 2027, None, None),
        ],
        None,
    ),
    ("en", 'Her main rival, Tobias Elgin, called the result "a clear mandate for change."', False, [], None),
    (
        "en",
        "Analysts said the new leader faces an uphill task in winning back working-class voters who have drifted to the Conservatives.",
        False,
        [],
        None,
    ),
    # --- Finanzminister im „Spiegel“ (dpa), Samstag ---
    (
        "de",
        "Berlin (dpa) - Bundesfinanzminister Torsten Elsässer will die Neuverschuldung des Bundes im kommenden Jahr auf 48 Milliarden Euro begrenzen.",
        True,
        [("money", 48000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Wer jetzt nach immer neuen Schulden ruft, hat nicht begriffen, wie ernst die Lage ist“, sagte Elsässer dem „Spiegel“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Zinsausgaben des Bundes würden bis 2034 auf 61 Milliarden Euro steigen, sagte der SPD-Politiker.",
        True,
        [
            ("year", 2034, None, None),
            ("money", 61000000000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Nach Angaben des Finanzministeriums lag die Nettokreditaufnahme im vergangenen Jahr bei 51,3 Milliarden Euro.",
        True,
        [("money", 51300000000, "EUR", None)],
        "das Finanzministerium",
    ),
    (
        "de",
        "Elsässer sagte, er rechne für dieses Jahr mit einem Wirtschaftswachstum von 0,6 Prozent.",
        True,
        [("percent", 0.6, "%", None)],
        "Elsässer",
    ),
    ("de", "Eine Lockerung der Schuldenbremse lehnte er erneut ab.", True, [], None),
    ("de", "Die Grünen warfen dem Minister vor, „die Zukunft kaputtzusparen“.", False, [], None),
    ("de", "Der Wirtschaftsflügel der Union lobte den Kurs als „überfällige Rückkehr zur Solidität“.", False, [], None),
    ("de", "Ob der Haushaltsentwurf wie geplant Anfang Juli ins Kabinett kommt, ließ Elsässer offen.", False, [], None),
    # --- Liberal federal council (AAP), Saturday ---
    (
        "en",
        "CANBERRA (AAP) - Opposition Leader Bronwyn Talliss has vowed to cut the permanent migration program to 140,000 places a year if the coalition wins the next federal election.",
        True,
        [("count", 140000, None, None)],
        None,
    ),
    (
        "en",
        "\"Australians have been told to tighten their belts while the government loosens its own,\" Ms Talliss told the Liberal Party's federal council.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Ms Talliss said rents in the capital cities had risen 41 per cent since the government took office.",
        True,
        [("percent", 41, "%", None)],
        "Talliss",
    ),
    ("en", 'Treasurer Marcus Delahunty dismissed the target as "a thought bubble with a slogan attached."', False, [], None),
    (
        "en",
        "Home Affairs Minister Priya Ramanathan said the government had already cut net migration by 29 per cent from its peak.",
        True,
        [("percent", 29, "%", None)],
        "Priya Ramanathan",
    ),
    (
        "en",
        "Net overseas migration stood at 341,000 over the 12 months to June, Australian Bureau of Statistics figures show.",
        True,
        [
            ("count", 341000, None, None),
            ("duration", 12, "month", None),
        ],
        None,
    ),
    ("en", '"We will not apologise for standing up for Australians," she said.', False, [], None),
    (
        "en",
        "The coalition trails Labor 48 per cent to 52 per cent on a two-party preferred basis, according to the latest Newspoll.",
        True,
        [
            ("percent", 48, "%", None),
            ("percent", 52, "%", None),
        ],
        None,
    ),
    # --- „Pressestunde“ mit dem Innenminister (APA), Sonntag ---
    (
        "de",
        "Wien (APA) - Innenminister Gerald Auinger hat in der ORF-„Pressestunde“ eine Verschärfung des Fremdenrechts noch vor dem Sommer angekündigt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Im Vorjahr sei die Zahl der Asylanträge um 41 Prozent auf rund 14.800 zurückgegangen, sagte Auinger.",
        True,
        [
            ("percent", 41, "%", None),
            ("count", 14800, None, "about"),
        ],
        "Auinger",
    ),
    ("de", "„Österreich ist kein Selbstbedienungsladen“, sagte der ÖVP-Politiker.", False, [], None),
    ("de", "Die Grünen nannten die Pläne „reine Symbolpolitik auf dem Rücken der Schwächsten“.", False, [], None),
    (
        "de",
        "Auinger kündigte an, die Polizei bis 2034 um 2.000 Planstellen aufzustocken.",
        True,
        [
            ("year", 2034, None, None),
            ("count", 2000, None, None),
        ],
        None,
    ),
    (
        "de",
        "Nach Angaben des Innenministeriums wurden im Vorjahr 6.900 Menschen abgeschoben.",
        True,
        [("count", 6900, None, None)],
        "das Innenministerium",
    ),
    ("de", "Ob die Koalitionspartner SPÖ und NEOS mitziehen, ließ der Minister offen.", False, [], None),
    (
        "de",
        "„Ich bin Innenminister, nicht Stimmungsminister“, sagte Auinger auf die Frage nach seinen schlechten Umfragewerten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Laut der jüngsten Market-Umfrage für den „Standard“ liegt die FPÖ bei 34 Prozent, die ÖVP bei 22 Prozent.",
        True,
        [
            ("percent", 34, "%", None),
            ("percent", 22, "%", None),
        ],
        None,
    ),
    # --- Sunday shows on the border package (AP), Sunday ---
    (
        "en",
        "WASHINGTON (AP) — Senate Majority Leader Clayton Rourke said Sunday that the Senate would vote on a $95 billion border security package before the Easter recess.",
        True,
        [("money", 95000000000, "USD", None)],
        "Clayton Rourke",
    ),
    ("en", "\"The American people are sick to death of excuses,\" Rourke said on NBC's \"Meet the Press.\"", False, [], None),
    (
        "en",
        "Rourke said Border Patrol agents had recorded about 148,000 encounters at the southwest border in February.",
        True,
        [("count", 148000, None, "about")],
        "Rourke",
    ),
    (
        "en",
        "Democratic Sen. Lena Ortmann, appearing on CBS' \"Face the Nation,\" called the package \"a ransom note with a price tag.\"",
        False,
        [],
        None,
    ),
    (
        "en",
        "Ortmann said the bill would cut $12 billion from foreign aid to pay for the measure.",
        True,
        [("money", 12000000000, "USD", None)],
        "Ortmann",
    ),
    ("en", "Rourke declined to say whether he had enough votes to overcome a filibuster.", False, [], None),
    ("en", "Republicans hold 52 of the Senate's 100 seats.", True, [("count", 52, None, None), ("count", 100, None, None)], None),
    ("en", '"We are going to get this done, period," Rourke said.', False, [], None),
    # --- Gastbeitrag der Wirtschaftsministerin (dpa), Sonntag ---
    (
        "de",
        "Berlin (dpa) - In einem Beitrag für die „Frankfurter Allgemeine Sonntagszeitung“ hat Bundeswirtschaftsministerin Katrin Ehlscheid einen Industriestrompreis von höchstens 6 Cent je Kilowattstunde gefordert.",
        True,
        [("money", 0.06, "EUR", "at_most")],
        None,
    ),
    ("de", "„Deutschland darf nicht zum Museum seiner eigenen Industriegeschichte werden“, schrieb die CDU-Politikerin.", False, [], None),
    (
        "de",
        "Energieintensive Betriebe zahlten derzeit im Schnitt 17,4 Cent je Kilowattstunde, schrieb Ehlscheid.",
        True,
        [("money", 0.174, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Kosten für den Bund bezifferte sie auf rund 5 Milliarden Euro im Jahr.",
        True,
        [("money", 5000000000, "EUR", "about")],
        None,
    ),
    ("de", "Ökonomen halten eine Subvention in dieser Größenordnung für ordnungspolitisch fragwürdig.", False, [], None),
    ("de", "Der Steuerzahlerbund nannte den Vorschlag ein „Fass ohne Boden“.", False, [], None),
    (
        "de",
        "BDEW-Hauptgeschäftsführerin Sabine Kornmayer sagte, die Netzentgelte machten inzwischen rund ein Viertel des Industriestrompreises aus.",
        True,
        [("fraction", 0.25, None, "about")],
        "Sabine Kornmayer",
    ),
    ("de", "Der BDI begrüßte den Vorstoß als „Signal, auf das die Industrie lange gewartet hat“.", False, [], None),
    (
        "de",
        "Der Strompreis für die Industrie ist nach Angaben des Bundesverbands der Energie- und Wasserwirtschaft seit 2026 um 58 Prozent gestiegen.",
        True,
        [
            ("year", 2026, None, None),
            ("percent", 58, "%", None),
        ],
        None,
    ),
    # --- The Sunday papers (PA), Sunday ---
    ("en", "LONDON (PA) - A row over GP numbers and fresh warnings about household bills dominate Sunday's front pages.", False, [], None),
    (
        "en",
        "The Sunday Times reports that ministers are preparing to recruit 4,000 extra GPs by 2034.",
        True,
        [
            ("count", 4000, None, None),
            ("year", 2034, None, None),
        ],
        None,
    ),
    ("en", "The Observer's leader column accuses the Government of \"governing by press release.\"", False, [], None),
    (
        "en",
        "The Mail on Sunday says the average family will pay £1,340 more in tax next year than in 2029.",
        True,
        [
            ("money", 1340, "GBP", None),
            ("year", 2029, None, None),
        ],
        None,
    ),
    ("en", '"Enough is enough," declares the Sunday Express on its front page.', False, [], None),
    (
        "en",
        "The Sunday Telegraph reports that the Treasury has drawn up plans to raise fuel duty by 3p a litre.",
        True,
        [("money", 0.03, "GBP", None)],
        None,
    ),
    ("en", "The Sunday Mirror asks whether the Prime Minister has lost control of his own Cabinet.", False, [], None),
    (
        "en",
        "The Observer notes that 7.1 million cases were on the NHS waiting list in England in January.",
        True,
        [("count", 7100000, None, None)],
        None,
    ),
    # --- Steuervorlage im Kanton Bern (Keystone-SDA), Sonntag ---
    (
        "de",
        "Bern (Keystone-SDA) - Eine Senkung der Unternehmenssteuern ist im Kanton Bern am Sonntag mit 54,7 Prozent Nein-Stimmen an der Urne gescheitert.",
        True,
        [("percent", 54.7, "%", None)],
        None,
    ),
    ("de", "Die Stimmbeteiligung lag bei 38,2 Prozent.", True, [("percent", 38.2, "%", None)], None),
    ("de", "«Das Volk hat den Kuhhandel durchschaut», sagte SP-Grossrätin Nadine Aebersold.", False, [], None),
    (
        "de",
        "Finanzdirektor Beat Gurtner sagte, die Senkung hätte den Kanton jährlich rund 190 Millionen Franken gekostet.",
        True,
        [("money", 190000000, "CHF", "about")],
        "Beat Gurtner",
    ),
    ("de", "«Heute hat die Angst gewonnen, nicht die Vernunft», sagte Gurtner.", False, [], None),
    (
        "de",
        "Der Grosse Rat hatte die Vorlage mit 98 zu 57 Stimmen verabschiedet.",
        True,
        [
            ("count", 98, None, None),
            ("count", 57, None, None),
        ],
        None,
    ),
    ("de", "Der Handels- und Industrieverein zeigte sich «zutiefst enttäuscht» über das Resultat.", False, [], None),
    (
        "de",
        "Mit einer Gewinnsteuerbelastung von 21 Prozent liegt Bern im Vergleich der 26 Kantone auf Rang 24.",
        True,
        [
            ("percent", 21, "%", None),
            ("count", 26, None, None),
            ("ordinal", 24, None, None),
        ],
        None,
    ),
    # --- LDP convention (Reuters), Sunday ---
    (
        "en",
        "TOKYO, March 9 (Reuters) - Japanese Prime Minister Kenji Arakawa pledged on Sunday to raise the minimum wage to 1,500 yen an hour nationwide by 2033, in a speech to his ruling Liberal Democratic Party's annual convention.",
        True,
        [
            ("date", "--03-09", None, None),
            ("money", 1500, "JPY", None),
            ("year", 2033, None, None),
        ],
        None,
    ),
    ("en", '"We will not let Japan slip back into deflation," Arakawa told party members.', False, [], None),
    ("en", "The national average minimum wage currently stands at 1,194 yen.", True, [("money", 1194, "JPY", None)], None),
    ("en", "Arakawa said real wages had risen for 11 straight months.", True, [("duration", 11, "month", None)], "Arakawa"),
    ("en", "He called the opposition's economic plans \"a wish list without a price tag.\"", False, [], None),
    (
        "en",
        "Chief Cabinet Secretary Hiroshi Tanabe told reporters that the government would compile an extra budget of about 3 trillion yen by June.",
        True,
        [("money", 3000000000000, "JPY", "about")],
        "Hiroshi Tanabe",
    ),
    (
        "en",
        "Support for Arakawa's cabinet fell to 31% in a weekend poll by Kyodo News, the lowest since he took office.",
        True,
        [("percent", 31, "%", None)],
        None,
    ),
    ("en", "Party elders privately doubt he can lead the party into the next general election.", False, [], None),
    # --- Pressestimmen zum SPD-Parteitag (dpa), Montag ---
    ("de", "Pressestimmen zum Landesparteitag der NRW-SPD", False, [], None),
    (
        "de",
        "„Westfälische Nachrichten“ (Münster): „Brockhoff hat den Delegierten genau das gegeben, wonach sie sich gesehnt haben: Selbstbewusstsein.“",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Rheinische Post“ (Düsseldorf): „Die SPD stellt seit 2017 nicht mehr die Landesregierung und hat seither fast ein Drittel ihrer Mitglieder verloren.“",
        True,
        [
            ("year", 2017, None, None),
            ("fraction", 0.3333, None, "nearly"),
        ],
        None,
    ),
    (
        "de",
        "„Neue Westfälische“ (Bielefeld): „Wer den Stillstand beklagt, sollte selbst mehr bieten als eine gut geölte Parteitagsregie.“",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Kölner Stadt-Anzeiger“: „Das Programm verspricht 10.000 zusätzliche Kita-Plätze pro Jahr, sagt aber nicht, wer die Erzieherinnen dafür ausbilden soll.“",
        True,
        [("count", 10000, None, None)],
        None,
    ),
    ("de", "„Westdeutsche Allgemeine Zeitung“ (Essen): „Ein gelungener Parteitag ist noch kein Wahlsieg.“", False, [], None),
    ("de", "„Aachener Zeitung“: „Man darf gespannt sein, wie lange diese Geschlossenheit hält.“", False, [], None),
    (
        "de",
        "„Westfalen-Blatt“ (Bielefeld): „In den Umfragen liegt die SPD sieben Punkte hinter der CDU.“",
        True,
        [("percent", 7, "pp", None)],
        None,
    ),
    # --- Quillon's IPO (Reuters Breakingviews), Monday ---
    ("en", "BREAKINGVIEWS-Quillon's IPO price asks investors to squint", False, [], None),
    (
        "en",
        "NEW YORK, March 10 (Reuters Breakingviews) - Payments start-up Quillon is seeking a valuation of up to $14 billion in its New York initial public offering, marketing its shares at $38 to $42 apiece.",
        True,
        [
            ("date", "--03-10", None, None),
            ("money", 14000000000, "USD", "up_to"),
            ("money", 38, "USD", None),
            ("money", 42, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "That would be about 19 times the $740 million of revenue it booked last year.",
        True,
        [
            ("count", 19, None, "about"),
            ("money", 740000000, "USD", None),
        ],
        None,
    ),
    ("en", "Listed rival Paywell trades at around six times sales.", True, [("count", 6, None, "about")], None),
    ("en", "Quillon's bankers will need a very persuasive story to bridge that gap.", False, [], None),
    (
        "en",
        "Quillon's net loss narrowed to $86 million in 2030 from $212 million a year earlier, according to its filing.",
        True,
        [
            ("money", 86000000, "USD", None),
            ("year", 2030, None, None),
            ("money", 212000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Chief Executive Arjun Sethna said the company expected to turn an annual profit by the end of 2032.",
        True,
        [("year", 2032, None, None)],
        "Arjun Sethna",
    ),
    ("en", "Investors have learned to take such promises with a pinch of salt.", False, [], None),
    ("en", "If the shares jump at the open, the bankers will look clever; if they sag, Sethna will look greedy.", False, [], None),
    (
        "en",
        "- Quillon on March 10 set the terms of its initial public offering, saying it would sell 23 million shares.",
        True,
        [
            ("date", "--03-10", None, None),
            ("count", 23000000, None, None),
        ],
        None,
    ),
    # --- Presseschau zum Innenminister (APA), Montag ---
    (
        "de",
        "Wien (APA) - Die Ankündigungen von Innenminister Gerald Auinger in der „Pressestunde“ sind am Montag Thema der Kommentare in den Tageszeitungen.",
        False,
        [],
        None,
    ),
    ("de", "Der „Standard“ meint, Auinger verwechsle Härte mit Handlungsfähigkeit.", False, [], None),
    (
        "de",
        "Die „Presse“ verweist darauf, dass Österreich im Vorjahr pro Kopf mehr Asylanträge verzeichnet hat als Deutschland.",
        True,
        [],
        None,
    ),
    ("de", "Die „Kronen Zeitung“ lobt den Minister als einen, „der endlich Klartext redet“.", False, [], None),
    (
        "de",
        "Die „Salzburger Nachrichten“ erinnern daran, dass bei der Polizei derzeit rund 1.100 Planstellen unbesetzt sind.",
        True,
        [("count", 1100, None, "about")],
        None,
    ),
    ("de", "Der „Kurier“ hält die Ankündigungen für „mehr Wahlkampf als Sicherheitspolitik“.", False, [], None),
    (
        "de",
        "Die „Oberösterreichischen Nachrichten“ berichten unter Berufung auf das Innenministerium, dass die Zahl der Abschiebungen im Vorjahr um 12 Prozent gestiegen ist.",
        True,
        [("percent", 12, "%", None)],
        None,
    ),
    # --- Halberd shareholder letter (Reuters), Monday ---
    (
        "en",
        "CINCINNATI, March 10 (Reuters) - Halberd Holdings Chairman Walter Kessling said in his yearly shareholder letter, published on Monday, that the conglomerate held $212 billion in cash and Treasury bills at the end of 2030.",
        True,
        [
            ("date", "--03-10", None, None),
            ("money", 212000000000, "USD", None),
            ("year", 2030, None, None),
        ],
        "Walter Kessling",
    ),
    ("en", '"Our patience has been tested, but it has not run out," Kessling wrote.', False, [], None),
    (
        "en",
        "Kessling wrote that operating earnings rose 11% to $38.6 billion last year.",
        True,
        [
            ("percent", 11, "%", None),
            ("money", 38600000000, "USD", None),
        ],
        None,
    ),
    ("en", 'He likened the current market for acquisitions to "a casino where the house always wins."', False, [], None),
    (
        "en",
        "Halberd bought back $4.1 billion of its own stock in 2030, down from $9.2 billion in 2029, the letter showed.",
        True,
        [
            ("money", 4100000000, "USD", None),
            ("year", 2030, None, None),
            ("money", 9200000000, "USD", None),
            ("year", 2029, None, None),
        ],
        None,
    ),
    ("en", "Kessling, 84, has run the company since 1992.", True, [("duration", 84, "year", None), ("year", 1992, None, None)], None),
    ("en", "Some shareholders privately question whether the company has a credible succession plan.", False, [], None),
    ("en", "\"America's best days are not behind it,\" he wrote.", False, [], None),
    # --- Pressestimme zu Rhenaria (dpa-AFX), Montag ---
    ("de", "Pressestimme: „Börsen-Zeitung“ zum Stellenabbau bei Rhenaria", False, [], None),
    ("de", "Frankfurt (dpa-AFX) - „Rhenaria hat zu lange gezögert, und nun fällt der Umbau umso härter aus.“", False, [], None),
    (
        "de",
        "Der Chemiekonzern Rhenaria hatte am Freitag angekündigt, bis 2033 weltweit 3.400 Stellen zu streichen, davon 1.900 in Deutschland.",
        True,
        [
            ("year", 2033, None, None),
            ("count", 3400, None, None),
            ("count", 1900, None, None),
        ],
        None,
    ),
    (
        "de",
        "Das Unternehmen erwartet davon ab 2034 jährliche Einsparungen von rund 650 Millionen Euro.",
        True,
        [
            ("year", 2034, None, None),
            ("money", 650000000, "EUR", "about"),
        ],
        None,
    ),
    ("de", "Die Aktie hatte am Freitag um 7,8 Prozent zugelegt.", True, [("percent", 7.8, "%", None)], None),
    ("de", "Rhenaria beschäftigt weltweit rund 41.000 Menschen.", True, [("count", 41000, None, "about")], None),
    ("de", "Ein Händler sprach von einem „richtigen, aber viel zu späten Schritt“.", False, [], None),
    ("de", "Rhenaria-Chef Felix Dornbusch sagte, am Stammsitz in Krefeld werde keine Anlage geschlossen.", True, [], "Felix Dornbusch"),
    # --- Brentmoor manager (PA), Monday ---
    (
        "en",
        "LONDON (PA) - Brentmoor manager Gareth Colley insists he has not given up on keeping the club in the Premier League.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Brentmoor sit 19th in the table, six points from safety with nine games left.",
        True,
        [
            ("ordinal", 19, None, None),
            ("count", 6, None, None),
            ("count", 9, None, None),
        ],
        None,
    ),
    ("en", '"I have never seen a dressing room with more fight in it," Colley said.', False, [], None),
    (
        "en",
        "Colley said striker Jonah Ferris would be out for at least six weeks with a hamstring injury.",
        True,
        [("duration", 6, "week", "at_least")],
        "Colley",
    ),
    ("en", "\"People can write us off, that's their right, but we will not write ourselves off,\" he said.", False, [], None),
    ("en", "Brentmoor have won two of their last 14 league matches.", True, [("count", 2, None, None), ("count", 14, None, None)], None),
    ("en", 'Asked about his own future, Colley said only that he "does not waste energy on things he cannot control."', False, [], None),
    (
        "en",
        "The club sacked its previous manager in November after a run of eight defeats in 10 games.",
        True,
        [
            ("count", 8, None, None),
            ("count", 10, None, None),
        ],
        None,
    ),
    # --- Schweizer Pressestimmen zur Berner Steuervorlage (Keystone-SDA), Montag ---
    (
        "de",
        "Bern (Keystone-SDA) - Das Nein zur Steuersenkung im Kanton Bern beschäftigt am Montag die Kommentarspalten der Schweizer Zeitungen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die «Neue Zürcher Zeitung» schreibt, der Kanton habe eine Chance vertan, sich aus dem Mittelfeld der Hochsteuerkantone zu lösen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die «Berner Zeitung» erinnert daran, dass der Kanton Bern jährlich rund 1,1 Milliarden Franken aus dem Finanzausgleich erhält.",
        True,
        [("money", 1100000000, "CHF", "about")],
        None,
    ),
    ("de", "Der «Tages-Anzeiger» spricht von einer «Ohrfeige für die bürgerliche Mehrheit».", False, [], None),
    (
        "de",
        "Die «Solothurner Zeitung» rechnet vor, dass ein Berner Unternehmen mit einem Gewinn von 1 Million Franken heute rund 210'000 Franken Gewinnsteuern zahlt.",
        True,
        [
            ("money", 1000000, "CHF", None),
            ("money", 210000, "CHF", "about"),
        ],
        None,
    ),
    ("de", "Der «Blick» fragt, wie oft die Regierung noch mit derselben Vorlage scheitern wolle.", False, [], None),
    (
        "de",
        "Die «Aargauer Zeitung» weist darauf hin, dass die Stimmberechtigten bereits 2027 eine ähnliche Vorlage abgelehnt hatten.",
        True,
        [("year", 2027, None, None)],
        None,
    ),
    ("de", "Die «Südostschweiz» hält das Resultat für ein «Warnsignal weit über Bern hinaus».", False, [], None),
    # --- Bank of England policymaker in the FT (Reuters), Monday ---
    (
        "en",
        "LONDON, March 10 (Reuters) - Bank of England policymaker Nadia Carrow said inflation was likely to fall to 2.3% by the end of the year, giving the central bank room to cut interest rates further.",
        True,
        [
            ("date", "--03-10", None, None),
            ("percent", 2.3, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Carrow told the Financial Times that Bank Rate could fall to 3.25% by the autumn.",
        True,
        [("percent", 3.25, "%", None)],
        "Carrow",
    ),
    ("en", '"I am more worried about the economy stalling than about inflation taking off again," she said.', False, [], None),
    (
        "en",
        "Bank Rate currently stands at 3.75% after four quarter-point cuts since last spring.",
        True,
        [
            ("percent", 3.75, "%", None),
            ("count", 4, None, None),
            ("percent", 0.25, "pp", None),
        ],
        None,
    ),
    ("en", 'She described the labour market as "cooling, not collapsing."', False, [], None),
    (
        "en",
        "Annual consumer price inflation in Britain eased to 2.9% in January from 3.1%, the Office for National Statistics said.",
        True,
        [
            ("percent", 2.9, "%", None),
            ("percent", 3.1, "%", None),
        ],
        "the Office for National Statistics",
    ),
    ("en", "Carrow voted for a cut at the last two meetings, the minutes showed.", True, [("count", 2, None, None)], None),
    ("en", "Some of her colleagues on the Monetary Policy Committee are far less sanguine.", False, [], None),
    # --- Wirtschaftsweise in der „Rheinischen Post“ (dpa), Montag ---
    (
        "de",
        "Düsseldorf (dpa) - Die Wirtschaftsweise Ulrike Haverbeck rechnet für Deutschland in diesem Jahr nur mit einem Wachstum von 0,4 Prozent.",
        True,
        [("percent", 0.4, "%", None)],
        None,
    ),
    (
        "de",
        "„Deutschland ist nicht krank, aber es hat sich bequem eingerichtet“, sagte die Ökonomin der „Rheinischen Post“ (Montag).",
        False,
        [],
        None,
    ),
    (
        "de",
        "Im Jahresschnitt werde die Zahl der Arbeitslosen auf gut 3,1 Millionen klettern, sagte Haverbeck der Zeitung.",
        True,
        [("count", 3100000, None, "over")],
        "Haverbeck",
    ),
    ("de", "Haverbeck warf der Bundesregierung „zu viel Klein-Klein und zu wenig Mut“ vor.", False, [], None),
    (
        "de",
        "Die Bundesregierung hatte in ihrer Jahresprojektion im Januar ein Wachstum von 0,7 Prozent vorhergesagt.",
        True,
        [("percent", 0.7, "%", None)],
        None,
    ),
    (
        "de",
        "Haverbeck sprach sich dafür aus, das gesetzliche Renteneintrittsalter ab 2035 an die Lebenserwartung zu koppeln.",
        True,
        [("year", 2035, None, None)],
        None,
    ),
    ("de", "„Wer Reformen immer nur ankündigt, darf sich über Stillstand nicht wundern“, sagte sie.", False, [], None),
    # --- Analysis of the border deal (AP), Monday ---
    ("en", "ANALYSIS: For Senate leaders, the border deal is a test of nerve as much as of votes", False, [], None),
    (
        "en",
        "WASHINGTON (AP) — The border security package that Senate Majority Leader Clayton Rourke wants passed before Easter would spend $95 billion over five years.",
        True,
        [
            ("money", 95000000000, "USD", None),
            ("duration", 5, "year", None),
        ],
        None,
    ),
    ("en", "On paper, it is the kind of compromise both parties claim to want.", False, [], None),
    (
        "en",
        "The package would fund 3,800 additional Border Patrol agents and 120 new immigration judges, according to a summary released by Rourke's office.",
        True,
        [
            ("count", 3800, None, None),
            ("count", 120, None, None),
        ],
        None,
    ),
    ("en", "The Congressional Budget Office has not yet published a cost estimate.", True, [], None),
    ("en", "Rourke's office said the first procedural vote was scheduled for Wednesday.", True, [("ordinal", 1, None, None)], None),
    (
        "en",
        "A similar bill collapsed in the Senate in 2029 after falling six votes short.",
        True,
        [
            ("year", 2029, None, None),
            ("count", 6, None, None),
        ],
        None,
    ),
    ("en", "Whatever happens this week, the politics of the border are not going away.", False, [], None),
]
