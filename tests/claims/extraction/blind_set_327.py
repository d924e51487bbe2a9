"""Three-hundred-and-twenty-seventh blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, prizes, works and figures
are made up (Birte Hollenstedt, Jens Marquardt-Lüders, Dariusz Wenzl, Holger Rautmann, the
crane maker Hallwanger and its chief executive Ewald Kranewitter, Annette Vögeli-Brunner,
Verena Traunsteiner, Florian Leitgeb, Noémie Zufferey, Katrin Pfurtscheller, the machine
maker Koch & Wiederhold and its chief executive Sabine Ruckaberle, Nadine Strobel-Haas,
Marit Obenhaupt, the film „Nachtfähre“ and its director Nino Kapanadze, Corinne
Wüthrich-Bally, Pekka Rautiola, Felix Brandhuber, Sven Dörflinger, Regina Kollmannsberger,
Georg Pfandler, Cornelia Stadlmayr, Matthias Grünwald-Esser, Andreas Kälin, Urs
Ammann-Keller, Roman Gächter, Luca Fässler; the department store group Harcourt & Pryce and
its chief executive Gemma Thorneycroft, the Ashgrove Prize for Fiction, Priya Venkataraman
and her novel "The Salt Ledger", Malcolm Everard, Rhiannon Castellari, Tobias Grieve, Ruairi
Callanan, Mikkel Stenstrup, Kofi Ansah-Barnes, Meridian Air and its chief executive Dwayne
Halvorsen, the revival "Harbor Lights", Lillian Ashbrook-Keane, Celeste Harrowby, Amrit
Dhaliwal-Price, Jolene Marchbank, Declan Furlong, Ciarán Mulcahy, Rory Ballantyne, Pennant
Bank and its chief executive Harriet Olusanya-Reed, Fenwick Lowe, Gloria Pemberton-Hale,
Garrett Whitford, Marisa Quintanilla, Tanner Boyle and his album "Gravel Road Hymns", Jack
Trelawney, Graham Wexcombe, Marcus Delahunty, the miner Gindalbie Ridge and its chief
executive Lachlan Tierney, Harbourline Securities, Naomi Achterfeld, Clive Radstock; every
unnamed analyst, fund manager, critic, hotelier, label president and opposition group);
ministers, mayors, coaches, directors, selectors and officials of real governments, clubs,
festivals, museums and bodies appear under made-up names that stand for no real holder, or
by their role only ("der Trainer", "die Direktorin", "the publisher", "the president of his
record label"). Real governments, parties, bodies, clubs, teams, leagues, festivals,
museums, prizes, papers and places (Niedersachsen, Finanzministerium, Bund der Steuerzahler,
CDU, SPD, FC Augsburg, VfL Wolfsburg, Fußball-Bundesliga, Kunsthaus Zürich, Hodler, Stadt
Zürich, Dachverband der Sozialversicherungsträger, SPÖ, ÖVP, NEOS, Fiskalrat, Crans-Montana,
Swiss-Ski, IG Metall, Internationale Filmfestspiele Berlin, Berlinale, Goldener Bär, Bund,
Bundesrat, SP, SVP, Mitte, Armee, Adler Mannheim, Eisbären Berlin, Deutsche Eishockey Liga,
Deutsche Bahn, Pro Bahn, Tirol, Grüne, Wirtschaftskammer, Salzburger Festspiele,
Rechnungshof, FC St. Gallen, Super League; the NSW government, the Coalition, Labor, the
Australian Medical Association, the Bureau of Health Information, Brentford, Fulham,
Everton, Celtic, Broadway, the Broadway League, The New York Times, the Tony Awards,
Reuters' poll of economists, Ottawa, Toronto, the Conservatives, Ireland, Scotland, France,
the Six Nations, the Senate Commerce Committee, the Federal Aviation Administration, the
FAA, the Senate, Republicans, Democrats, the Billboard 200, Luminate, Rolling Stone, the
Country Music Association Awards, Australia, New Zealand, the Sheffield Shield, the Pilbara,
the Office for National Statistics, the ONS, the Channel, and the datelines' cities) stand
for the way wire copy names them; every result, sale, tally, sum, rate, vote, quote,
selection, award and date here is invented, and where a real figure came to mind (a real
surplus, a real museum's attendance, a real pension average, a real festival's ticket sales,
a real army headcount, a real punctuality rate, a real migration estimate) it was changed.

Its weight: OPINION VERSUS CLAIM, twenty-ninth round (the ninety-eighth, hundred-nineteenth,
hundred-twenty-fourth, hundred-thirty-first, hundred-thirty-eighth, hundred-forty-sixth,
hundred-fifty-eighth, hundred-sixty-fifth, hundred-seventy-fifth, hundred-eighty-first,
hundred-eighty-ninth, hundred-ninety-sixth, two-hundred-and-fourth, two-hundred-and-eighth,
two-hundred-and-fifteenth, two-hundred-and-twenty-second, two-hundred-and-twenty-ninth,
two-hundred-and-forty-first, two-hundred-and-forty-fifth, two-hundred-and-fifty-third,
two-hundred-and-sixty-first, two-hundred-and-sixty-ninth, two-hundred-and-seventy-seventh,
two-hundred-and-eighty-fifth, two-hundred-and-ninety-third, three-hundred-and-seventh,
three-hundred-and-thirteenth and three-hundred-and-twentieth batches were the first
twenty-eight, and their decisions are kept; the three-hundred-and-seventh's frames and mock
praise, the three-hundred-and-thirteenth's thanks and the three-hundred-and-twentieth's
credit and blame were read closely), this time back on ordinary wire days and weighted on
PRAISE AND BLAME - four days, Monday to Thursday, February 23 to 26, of one year, as 28
short stories in story order, the German and English ones interleaved by day, across
politics (a Land's surplus, Austrian pensions, the Swiss army budget, Tyrol's tourism; NSW
surgery funding, Canadian housing starts, an FAA nomination, UK net migration), business (a
crane maker, a machine maker's job cuts, Deutsche Bahn's punctuality; a department store
update, an airline's, a bank's and a miner's results), culture (the Kunsthaus Zürich, the
Berlinale, the Salzburger Festspiele; a fiction prize, a Broadway closing, a country album)
and sport (Augsburg's defeat, a Super-G, an ice hockey losing streak, a coach sacked in St.
Gallen; Brentford, Ireland's rugby side, Australia's cricket squad), each told as wire copy
runs it (a dateline lead with the news, the figures, the speaker's figure in indirect
speech, the speaker's praise or blame in quotes, the other side's label and its own figure,
the statistics office's or the body's figure). Half German (dpa with its slugs "dpa/lni" and
"dpa/lsw", APA, Keystone-SDA; Austrian "Jänner", "heuer", "Pensionsbezieherinnen",
"Nächtigungen", Swiss "gemäss", "begrüsste", "grosser", "liess", "besass", "486'000",
"140'000", «» quotes, German „“ quotes) and half English (Reuters, AP, PA, AAP; British
"colleagues", "rumours", Australian "A$" and "Australian cents", American "theater" and
"capitalization"). About 100 rows are negatives that look like claims: praise of staff,
players, rivals, nominees and works, blame laid on the weather, the economy, a predecessor,
luck or "leadership", labels, accusations that name no act, verdicts with „halten ... für“,
warnings and predictions without a measure, hopes, resolve, a vow, an evasion and an open
question - and, the round's fresh forms, respect paid to the opponent ("Hut ab vor ...",
"Hats off to ...", "Fair play to ..."), blame laid on luck and the run of the ball, a
coach's defence of his own players, faint and backhanded praise ("a respectable update for a
retailer with no obvious plan", "a handsome album that plays it far too safe") and the
speaker's own superlative beside a distinction conferred - each beside a check-worthy
look-alike around a verifiable core: the same speaker's figure, a stated selection or plan,
a ruling-out, a result and the table, a vote's tally, a distinction conferred, praise or
criticism with a checkable clause („lobte, dass ...“, „kritisierte, dass ...“, "praised the
decision to fund ..."), blame paired with a figure, a statistics office's or a body's
figure. Figures as such copy has them: results in euros, dollars, pounds, francs and
Australian dollars, dividends and share prices in euros, pence, cents and Australian cents,
rates and shares in percent, counts of jobs, stores, staff, visitors, tickets, films,
countries, patients, nurses, seats, homes, units, votes, points, games, goals conceded,
wickets, runs, Tests, performances, album units and tonnes, fractions („knapp die Hälfte“,
"about a third"), ordinals, spans, ages, years and dates; no negative carries a figure.

240 rows (120 German, 120 English), 100 negatives (50 German, 50 English), 140 check-worthy
rows of which 12 carry no figure (7 German, 5 English), 210 expected quantities (73 counts,
38 amounts of money - 15 EUR, 7 GBP, 7 USD, 6 AUD, 3 CHF -, 35 percentages, all in %, 21
ordinals, 17 years, 14 durations - 9 in years, 2 in weeks, 1 in days, 1 in months, 1 in
seconds -, 10 dates, 2 fractions; none of them in a negative), 35 checked speakers (18
German, 17 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, praise, label, creed, boast, vow, verdict, prediction without a figure,
  warning without a measure, hope, resolve or piece of rhetoric is a negative with speaker
  None, also with a named speaker and an office (seventh, ninety-eighth,
  two-hundred-and-fourth, three-hundred-and-seventh, three-hundred-and-thirteenth,
  three-hundred-and-twentieth); a quoted or reported statement of fact, figure, step, plan,
  selection, ruling-out or position is check-worthy with its speaker, also in Konjunktiv I
  (hundred-sixtieth). Pairs from one speaker: Hollenstedt's 34.6 billion euros beside
  „ordentliches Ergebnis“ and the credit she gives away; Thorneycroft's 6% and third beside
  her blame of the weather and her praise of colleagues; Wenzl's one point from six games
  beside his luck, his „Hut ab“ and his defence of his players; Everard's 162 submissions
  beside his label and his praise; Kranewitter's 14 percent beside his self-assessment, his
  blame and his forecast; Castellari's A$860 million and 11,200 patients beside her blame,
  her praise and her hope; Vögeli-Brunner's 140,000 beside „wunderbares Zeichen“ and the
  credit given to her team; Callanan's 11 clean sheets and three weeks beside "full
  backing", "Hats off", "The bounces" and "I don't deal in rumours"; Traunsteiner's 1,742
  euros beside her creed; Leitgeb's 40 percent beside „verwaltet das Problem“; Halvorsen's
  23 jets and $90 million beside his praise of staff and "I'd rather be us"; Zufferey's
  standings beside her superlative for her rival and her thanks; Ashbrook-Keane's $14.5
  million beside "a love letter" and her superlative for her star; Ruckaberle's 17 percent
  and ruling-out beside her self-criticism; Strobel-Haas's 9,000 jobs beside „verschlafen“;
  Dhaliwal-Price's 62 municipalities beside the minister's blame and boast; Marchbank's 31%
  beside "living in a fantasy"; Obenhaupt's 212 films beside her praise of the city and her
  thanks; Furlong's 40th cap beside "the heartbeat", "Fair play" and "moments of madness";
  Wüthrich-Bally's 4.3 billion francs beside her creed; Olusanya-Reed's 2,100 jobs beside "a
  vindication", "doom-mongers" and her hope; Rautiola's stated goalkeeper beside his defence
  of him and his self-criticism; Quintanilla's 3,000 controllers beside her verdict on the
  nominee; Whitford's praise and prediction beside the committee's 15-13; Kollmannsberger's
  1,140 building sites beside her blame and her praise of staff; Boyle's four No. 1 albums
  and his tour beside his label and his hope; Pfandler's 4.1 percent beside „das Herz des
  Alpentourismus“ and „schlechtredet“; Wexcombe's 143 runs beside his praise of the dropped
  opener; Stadlmayr's 178 performances beside „überwältigend“ and her creed; Tierney's
  tonnes and A$2.3 billion beside "never been stronger" (hundred-thirty-eighth), his
  forecast without a figure and his expectation; Gächter's four points beside the blame he
  shares and „neuen Impuls“; Achterfeld's 37% beside her verdict on the figures and her
  resolve; Radstock's 41,200 beside "cooking the books" and "weak leadership".
- New: respect paid to an opponent after a result is a negative - „Hut ab vor Wolfsburg, die
  waren heute in allen Belangen besser“, "Hats off to Fulham, they were sharper than us on
  the day", "Fair play to France, they earned that result" - a courtesy with a verdict
  appended, as a congratulation (two-hundred-and-seventy-fourth) and thanks
  (three-hundred-and-thirteenth); the result, the table and the tally stay check-worthy in
  their own rows (the 1:3 with no figure, the seventh place, "their first Six Nations defeat
  in 11 matches").
- New: blame laid on luck, fate or the run of the ball is a negative - „Das Spielglück war
  heute einfach nicht auf unserer Seite“, "The bounces just haven't gone our way lately" - a
  reading of causes that names no act, as blame without a figure
  (two-hundred-and-twenty-sixth: "Developers blamed slow planning decisions ...") and blame
  taken (three-hundred-and-twentieth); so are blame of the weather and shoppers, of the
  building trade, of borrowing costs and tariffs, of building sites and frost, of a
  predecessor's "years of neglect", of "moments of madness" and "weak leadership", and blame
  shared („Der Trainer ist nicht allein schuld, wir alle haben Fehler gemacht“), while blame
  paired with a checkable figure stays check-worthy (hundred-fifty-sixth: "Halvorsen blamed
  engine inspections that kept 23 of its jets on the ground for costing the carrier about
  $90 million in the quarter.", speaker None - "blamed" is no verb of saying any batch
  settled).
- New: a coach's defence of his own players is a negative - „Ich lasse auf meine Jungs
  nichts kommen, ...“, „Ich stelle mich vor meinen Torhüter, der hat uns in dieser Saison
  oft genug gerettet“, "Mikkel has my full backing, end of story" - the vote of confidence
  (two-hundred-and-forty-first) given by the coach to his players, also when the praise
  leans on the season; the reported vote of confidence („Sportdirektor Holger Rautmann
  sprach Wenzl am Montag das Vertrauen aus.“) stays a negative as the quoted one, while the
  selection stated as a plan is check-worthy without a figure (two-hundred-and-forty-first:
  who coaches the next match): "Callanan said on Tuesday that goalkeeper Mikkel Stenstrup
  would keep his place for Wednesday's game ...", „Rautiola kündigte an, am Freitag in Köln
  wieder auf Torhüter Felix Brandhuber zu setzen.“
- New: faint and backhanded praise is a negative - "It's a respectable update for a retailer
  with no obvious plan", "a handsome album that plays it far too safe", 'praised "a clean
  set of numbers" but called the outlook "a touch timid"', „Das ist ein ordentliches
  Ergebnis, aber kein Grund, übermütig zu werden“, „solide gearbeitet, mehr war nicht drin“
  - a verdict whose praise is the setting for a jab, as mock praise
  (three-hundred-and-seventh) and self-assessments (three-hundred-and-twentieth).
- New: praise with a checkable clause is check-worthy - „Der Bund der Steuerzahler lobte,
  dass das Land 250 Millionen Euro aus dem Überschuss zur Tilgung alter Kredite verwenden
  will.“ (EUR), „Die SVP lobte, dass der Bundesrat die Beschaffung neuer Luftabwehrsysteme
  vorziehen will.“ (no figure), "The state branch of the Australian Medical Association
  praised the decision to fund 240 additional nurses at regional hospitals." (count 240) -
  the clause carries the row, as it does after „kritisierte, dass“ (hundred-forty-sixth,
  hundred-sixty-fifth; here „Die SP kritisierte zudem, dass ... 250 Millionen Franken
  gekürzt werden sollen“, „Pro Bahn kritisierte, dass ... rund 4.600 Halte ...“, „Die Grünen
  kritisierten, dass ... mehr als 2.100 zusätzliche Freizeitwohnsitze ...“, „Der
  Rechnungshof hatte im Herbst kritisiert, dass ...“), the speakers unchecked; praise whose
  object is only a quality stays a label („Die ÖVP lobte die Ministerin für ihre „sachliche
  Gesprächsbereitschaft“.“, "praised Pemberton-Hale as ...", „lobte ... seine Mannschaft“;
  three-hundred-and-eleventh: "hailed ... as"), and a welcome whose clause is a verdict
  stays a reaction (hundred-forty-sixth: „Der Industrieverband Swissmem begrüsste, dass
  ...“; here „Die Mitte begrüsste den Entscheid als «überfällig».“).
- New: a distinction conferred whose name is itself praise stays check-worthy - „Den
  Goldenen Bären hatte am Samstag der Film „Nachtfähre“ ... gewonnen.“, „Pfurtscheller war
  im Oktober zur österreichischen Sportlerin des Jahres gewählt worden.“, "received a Tony
  nomination for best actress in a musical last year", "was named entertainer of the year at
  the Country Music Association Awards in November" - the title is a fact of record, not the
  writer's verdict (hundred-sixty-sixth: „zur Sportlerin des Jahres gewählt“;
  two-hundred-and-sixtieth: a prize awarded), while the speaker's own superlative for the
  same person is a negative, a superlative of quality (hundred-twenty-fourth): «Katrin ist
  für mich die kompletteste Skifahrerin im Feld», "She is simply the finest musical theater
  actor of her generation", "There's nobody in this town who works harder than Tanner",
  'described Trelawney as "the quickest bowler in the country, bar none."', „Salzburg ist
  für mich der schönste Festspielort der Welt“; a jury's citation stays a negative
  (seventieth: „Die Jury würdigte ...“; seventy-eighth, ninety-eighth: „Die Jury lobte ...“;
  here „Die Jury würdigte den Film als „leises Meisterwerk über das Ankommen“.“ and 'Chair
  of judges Malcolm Everard called the book ...').
- Praise, thanks and credit given away are negatives (three-hundred-and-thirteenth,
  three-hundred-and-twentieth): „Den Überschuss verdanken wir den Menschen, ..., nicht der
  Landesregierung“, «Der Erfolg gehört unserem Team, nicht mir», «Ohne mein Team wäre ich
  nichts», „Ich bin den Menschen in dieser Stadt unendlich dankbar“, „Unsere Kolleginnen und
  Kollegen haben bei Eis und Schnee Großartiges geleistet“, «Andreas hat diesem Klub enorm
  viel gegeben, dafür gebührt ihm grosser Dank» (a farewell tribute;
  three-hundred-and-first: obituary lines), "Our colleagues have been nothing short of
  brilliant ...", "Our people ran a terrific operation ...", "Our nurses and doctors are the
  best in the country, ...", "a credit to everyone who wears our uniform", "Ciarán is the
  heartbeat of this team, ...", "Marcus is a class player, and I have no doubt he'll be
  back", „Die Jungs haben heute Charakter gezeigt“, lobte ...; self-criticism that names no
  act likewise (three-hundred-and-twentieth: „Wir haben zu lange darauf gehofft, dass sich
  der Markt von allein erholt“, „Wir haben uns das selbst eingebrockt, ...“). A record with
  a point of reference stays a claim ("Ins Kunsthaus Zürich sind ... 486'000 ... gekommen,
  so viele wie nie zuvor", "the youngest winner in the prize's 27-year history", "the
  biggest debut week for a country album since 2023", "the highest number on record";
  twenty-ninth, hundred-twenty-fourth), "never been stronger" names no measure and is a
  negative (hundred-thirty-eighth).
- Other negatives (ninety-eighth, hundred-seventy-fifth, two-hundred-and-fourth,
  two-hundred-and-forty-fourth, three-hundred-and-seventh): labels („nannte“, „sprach von“,
  „kritisierte ... als“, "called", "described ... as"), accusations that name no act („warf
  der Regierung vor, sich mit fremden Federn zu schmücken“, „warfen der Landesregierung vor,
  ...“, 'accused the government of "cooking the books."', "said the nominee had no real plan
  ..."; two-hundred-and-ninety-third), verdicts with „halten ... für“ („Analysten halten den
  Schritt für überfällig.“) and critics' verdicts („Kritiker bemängelten, der Wettbewerb sei
  ... zu brav gewesen.“), warnings without a measure („Die NEOS warnten vor einer „tickenden
  Zeitbombe im Budget“.“, „Die IG Metall warnte vor einem „Ausverkauf ...““;
  hundred-thirty-ninth), predictions without a figure („Die Talsohle ist erreicht, ab dem
  Sommer geht es wieder bergauf“, "China's steel mills will keep needing our ore ...", "I
  expect she'll sail through", "he expected iron ore prices to remain volatile"), hopes
  ("said she hoped ...", "I'm hopeful that ...", "I just hope ...";
  two-hundred-and-forty-fourth), resolve and vows («Wir werden uns nicht auf den Lorbeeren
  ausruhen», versprach ...; "determined to bring the numbers down further";
  two-hundred-and-fourth), creeds («Wer Sicherheit will, muss auch bereit sein, dafür zu
  bezahlen», „Kultur darf kein Luxus für wenige sein“, „Wer jahrzehntelang eingezahlt hat,
  ...“), a verdict on the figures ('said the numbers proved "the plan is doing what it says
  on the tin."'), an evasion ("I don't deal in rumours"; hundred-seventy-fifth), an open
  question („Ob das Parlament mitzieht, ist offen.“; three-hundred-and-thirteenth: „ist
  ungewiss“), feelings ("Honestly, it hasn't sunk in yet", "It's all a bit surreal, to be
  honest", „Hoteliers zeigten sich ... zufrieden.“) and analysts' labels ("Analysts at
  Harbourline Securities called the result "a clean miss."").
- Check-worthy without a figure (hundred-seventieth, two-hundred-and-ninety-third,
  three-hundred-and-seventh): the Augsburg result line (scores carry none;
  three-hundred-and-fourteenth), Callanan's and Rautiola's stated goalkeepers,
  Venkataraman's account of writing on night shifts, the four distinctions conferred, the
  SVP's praise of a checkable step, the FAA without a permanent administrator since August,
  St. Gallen's dismissal of its coach and the interim coach named.
- Results lines and tables (thirty-fifth, hundred-fifty-third, two-hundred-and-forty-first,
  three-hundred-and-fourteenth, three-hundred-and-twentieth): scores carry none („mit 1:3“,
  „Beim 2:5“, "lost 27-19", "2-0 in 2024"); table places and gaps are ordinals and counts
  („auf Platz 15“, „auf den siebten Tabellenplatz“, „Tabellensiebter“ 7 -
  two-hundred-and-forty-first: „den Tabellenvierten“ -, „auf dem achten Platz“, „auf Platz
  zwei“, "12th with 31 points from 26 games", „mit 71 Punkten aus 48 Spielen“, „nach 24
  Runden mit 27 Punkten“, „nur noch zwei Punkte“, „auf neun Punkte“, „mit 386 Punkten nun 41
  Zähler“); streaks are ordinals („das dritte Heimspiel in Folge“ 3, „die fünfte Niederlage
  in Folge“ 5, „ihren vierten Weltcupsieg“ 4, „zum zweiten Mal“ 2, "his 40th cap" 40, "for
  the 22nd time" 22, "their first Six Nations defeat in 11 matches" 1 and 11 - "Six Nations"
  none, three-hundred-and-twentieth); gaps in hundredths are durations („um 23 Hundertstel“
  0.23 seconds; two-hundred-and-forty-first: „um 14 Hundertstel“); "four No. 1 albums" 4 and
  1 and "No. 1 on the Billboard 200" 1 ("Billboard 200" none; forty-fifth: "her fifth No. 1
  on the Billboard 200"); "a two-Test tour" 2 (two-hundred-and-first: "the five-match Ashes
  series" 5), "a 15-man squad" 15 (three-hundred-and-twentieth: "a 36-man squad"), "a
  38-date North American tour" 38 (a figure heading a compound, two-hundred-and-forty-first:
  "a 60-win team"); "at an average of 19.6" 19.6 ("an average of" no hedge;
  two-hundred-and-forty-first: "a 2.84 earned run average"); „eine Fangquote von 90,8
  Prozent“ 90.8 %.
- Counts (every batch): jobs, stores, staff, visitors, entries, tickets, films, countries,
  patients, nurses, controllers, seats, homes, housing units, municipalities, guests'
  nights, second homes, stops, building sites, jets, submissions, copies, performances,
  album units, wickets, runs, Tests, clean sheets, goals conceded, army members, migrants
  and tonnes ("97.4 million tonnes" 97,400,000, three-hundred-and-twenty-fourth: tonnes as
  counts) with their hedges („rund 850 seiner 4.300“, „um rund 180 auf etwa 3.400“, „rund
  2,58 Millionen“, „rund 331.000“, „rund 140'000“ twice - Swiss grouping, tenth -, „rund
  4.600“, „rund 19,4 Millionen“, „rund 176.000“, „mehr als 9.000“ and „mehr als 2.100
  zusätzliche“ "over", "about 620", "about 11,200", "about 18,000", "about 2,100", "about
  3,000", "about 500,000", "an estimated 298,000" "about" - three-hundred-and-seventh: "an
  estimated" -), „486'000“, „1.140“, "231,400", "248,000", "41,200", "revised up by 26,000";
  votes and seats ("voted 15-13" 15 and 13, three-hundred-and-seventh: "voted 6-3"; "53 of
  the 100 seats"); "four of its 38 stores", "23 of its jets", "three of their last five
  meetings", "four changes", „drei Gegentore“, „elf Weltcuprennen“ 11, „nur einen Punkt“ 1
  (two-hundred-and-forty-first: „nur noch einen Punkt“), „212 Filme aus 71 Ländern“, „178
  Aufführungen“; „nur“, „nur noch“, „bereits“, „allein“, „zusätzliche“ and "additional" no
  hedge. None: „Jahrzehnten“, "years of neglect", "Six Nations", "Billboard 200", "Super-G".
- Percentages and fractions: rates as written („ein Plus von 3,8 Prozent“, „um 9 Prozent
  weniger“, „um 14 Prozent“, „um 17 Prozent“, „um 3,2 Prozent“, „61,8 Prozent“, „67,1
  Prozent“, „75 Prozent“, „2,6 Prozent“, „4,1 Prozent“, „71,3 Prozent“, „46 Prozent“, „auf 1
  Prozent des Bruttoinlandprodukts“ 1, „um mehr als 40 Prozent“ "over", „etwa 4 Prozent
  mehr“, „rund 16 Prozent“ and „etwa 80 Prozent“ "about" - „mehr“ after a figure no hedge -,
  "2.4%", "6%", "7.3%", "14%", "71%", "8%", "4.1%", "78%" after "an average of" with no
  hedge, "9%", "31%", "12%", "3.12% from 2.98%" both, "3.6%", "22%", "2.8%", "37%").
  Fractions (the issue): "about a third of group revenue" 0.3333 "about"
  (three-hundred-and-twenty-fourth: "roughly a third of the weight in the index"), „knapp
  die Hälfte aller Nächtigungen“ 0.5 "nearly" (three-hundred-and-thirteenth: „knapp die
  Hälfte“).
- Ordinals besides the results: „im vierten Quartal“ 4, "a fourth-quarter profit" 4,
  "first-quarter earnings" 1 and "first-half profit" 1 (hyphenated adjectives keep their
  ordinal, two-hundred-and-forty-first: "first-round"), "a second print run" 2, "The first
  Test starts" 1. None: "the youngest", "the biggest", "the highest number", "the quickest",
  "the finest", „die teuersten“, „so viele wie nie zuvor“.
- Durations and ages (the issue: "fünfstündigen", "a two-week visit"): "in the seven weeks
  to Feb. 21" 7 weeks (three-hundred-and-twentieth: "in the three months to January"), "in
  the six months to December" 6 months, "the next three weeks" 3 weeks, "over four years" 4
  years ("over" before a span no hedge, three-hundred-and-seventh), "spent 24 years as a
  commercial pilot" 24 years, „an 43 Tagen“ 43 days (three-hundred-and-thirteenth: „an 21
  Tagen“), "the prize's 27-year history" 27 years (thirteenth, hundred-thirty-third: "its
  120-year history", "the federation's 118-year history"); ages ("Venkataraman, 34,",
  "Callanan, 47,", "Ballantyne, 29,", "Boyle, 31,", "Trelawney, 22," in years;
  three-hundred-and-twentieth: "Tilsley, 52,"), the retirement age „auf 65 Jahre“ 65 years
  (second, hundred-twentieth: „auf 67 Jahre“). None: „im vergangenen Jahr“, „im Jahr davor“,
  „im Vorjahr“, „im Vorjahreszeitraum“, „im Januar des Vorjahres“
  (three-hundred-and-thirteenth: „im September des Vorjahres“), „bis Jahresende“, „heuer“,
  „jährlich“, „im Jahr“, „im Monat“, „in diesem Jahr“, „in diesem Winter“, „in dieser
  Saison“, „in der laufenden Wintersaison“, „bis Ende Jänner“, „Ende Dezember“, „im Herbst“,
  „per sofort“, „Bis auf Weiteres“, "by the end of the year", "last year", "a year earlier",
  "this season", "this summer", "next month's", "last week", "the December quarter", "the
  year to June", "the previous year", "over the period", "over the same period", "since
  August", "in the quarter", weekdays and months.
- Years and dates: „bis Ende 2027“, „bis Ende 2026“, „seit 2023“, „seit 2019“, „bis 2032“,
  „Bis 2029“, „seit 2020“, „seit 2021“, „im Juni 2024“ and „bis 2027“, "until 2028", "since
  2019", "by 2031", "since 2023", "since his debut in 2021", "in 2024", "in 2028" the year.
  Dates without a year: "to Feb. 21" --02-21 (three-hundred-and-thirteenth: "on Oct. 8"),
  "on April 12" --04-12, "on April 9" --04-09, "on March 12" --03-12; Reuters datelines with
  a day ("LONDON, Feb 23", "DALLAS, Feb 24", "OTTAWA, Feb 24", "DUBLIN, Feb 25", "LONDON,
  Feb 25", "PERTH, Feb 26") dates without a year (hundred-sixtieth); dpa, dpa/lni, dpa/lsw,
  APA, Keystone-SDA, AP, PA and AAP datelines none (seventy-ninth), "NASHVILLE, Tenn." none.
- Money in the currency written (every batch): EUR („412 Millionen Euro“, „rund 34,6
  Milliarden Euro“, „250 Millionen Euro“, „rund 63 Milliarden Euro“, „1,27 Milliarden Euro“,
  „48,5 Millionen Euro nach 71,2 Millionen Euro“, „von 1,40 Euro auf 0,90 Euro je Aktie“ 1.4
  and 0.9 - trailing zeros no other value, seventy-first -, „1.742 Euro brutto im Monat“,
  „rund 31,4 Milliarden Euro“, „rund 12,4 Millionen Euro im Jahr“, „rund 74 Millionen Euro“,
  „um 6,2 Millionen Euro“, „465 Euro“), GBP ("£40,000", "142 pence" 1.42 and "512 pence"
  5.12 - pence are GBP hundredths, hundred-twenty-sixth -, "4.8 billion pounds", "up to 1.5
  billion pounds" "up_to", "612 million pounds ..., down from 780 million pounds"), USD
  ("$212 million", "$5.6 billion", "about $90 million" "about", "35 cents to 45 cents per
  share" 0.35 and 0.45 - fifty-eighth: "by 6 cents a gallon" -, "about $41 million", "$14.5
  million"), CHF („rund 13 Millionen Franken“ and „zusätzlich rund 4,3 Milliarden Franken“
  "about" - „zusätzlich“ no hedge -, „250 Millionen Franken“), AUD ("an extra A$860 million"
  - "an extra" no hedge -, "A$1.84 billion", "68 Australian cents a share, down from 91
  cents" 0.68 and 0.91 AUD - the currency written once serves both, and cents are hundredths
  as "63.84 U.S. cents" (three-hundred-and-twenty-fourth) -, "about A$2.3 billion",
  "A$24.15").
- Hedges, only the names in use: „rund“, „etwa“, "about", "an estimated" "about"; „knapp“
  "nearly"; „mehr als“ "over"; "up to" "up_to". No hedge: „nur“, „nur noch“, „bereits“,
  „allein“, „derzeit“, „zusätzlich“, „zusätzliche“, "additional", "an extra", "an average
  of", "over" before a span, „mehr“ after a figure.
- Speakers, checked only in forms the earlier batches settled: „nach Angaben des
  Finanzministeriums“ -> "das Finanzministerium" (two-hundred-and-ninety-third), „nach
  Angaben der Bahn“ -> "die Bahn" (three-hundred-and-thirteenth) - the source in the
  nominative -; „teilte die Berlinale am Mittwoch mit“ -> "die Berlinale" (the weekday
  dropped, three-hundred-and-thirteenth: „teilte das Innenministerium am Montag mit“) and
  „teilte Swiss-Ski mit“ -> "Swiss-Ski" (a name without an article, hundred-fifty-third,
  three-hundred-and-twenty-second); the surname opening the row („Hollenstedt sagte“, „Wenzl
  sagte“, „Kranewitter sagte“, „Vögeli-Brunner sagte“, „Obenhaupt sagte“, „Kollmannsberger
  sagte“, „Pfandler sagte“, „Stadlmayr sagte“, „Gächter sagte“; forty-second); the name with
  the office, the party and the occasion dropped („Sozialministerin Verena Traunsteiner
  (SPÖ) sagte“, „NEOS-Sozialsprecher Florian Leitgeb sagte“, „Vorstandschefin Sabine
  Ruckaberle sagte“, „IG-Metall-Bezirksleiterin Nadine Strobel-Haas sagte“ -
  three-hundred-and-thirteenth: „CDU-Fraktionsvize Tobias Feldkamp sagte“ -, „Bundesrätin
  Corinne Wüthrich-Bally sagte vor den Medien in Bern“ - three-hundred-and-seventh:
  „Bundesrätin Claudine Perret-Gentil sagte in der SRF-Sendung «Arena»“). English: the
  surname opening the row ("Thorneycroft said", "Everard said", "Castellari said", "Callanan
  said" twice, "Ashbrook-Keane said", "Dhaliwal-Price said", "Marchbank said", "Furlong
  said", "Olusanya-Reed said", "Quintanilla said", "Wexcombe said", "Tierney said",
  "Achterfeld said", "Radstock said"); "..., Health Minister Rhiannon Castellari said on
  Monday." -> "Rhiannon Castellari" (the capitalised office and the weekday dropped,
  three-hundred-and-seventh: "..., Housing Minister Cathal Brennock said on Monday."); "...,
  the Office for National Statistics said in its latest release." with the article
  (three-hundred-and-thirteenth; the occasion dropped as in "The Fed said in its statement",
  three-hundred-and-twenty-fourth). Left unchecked (None): all negatives, also those with a
  named speaker; „sagte sie“ and "she said", "he said"; „kündigte an“, „schloss ... aus“,
  „lobte“, „kritisierte“, „hatte ... kritisiert“, „machte ... verantwortlich“, "praised",
  "blamed"; „nach Angaben der Ministerin“ (a role), „nach Berechnungen des Fiskalrats“,
  „nach Berechnungen der Wirtschaftskammer“, „geht aus Daten des Dachverbands der
  Sozialversicherungsträger hervor“, „gemäss Jahresbericht“; "according to its publisher",
  "according to figures from the Broadway League", "according to the Broadway League",
  "according to Luminate", "Figures from the Bureau of Health Information show", "Economists
  polled by Reuters" (a plural group, forty-first), "its producers said Tuesday", "the
  airline said on Tuesday", "the national housing agency said on Tuesday" (a lower-case
  description), lower-case descriptions before a name ("British department store group
  Harcourt & Pryce said on Monday that", "Brentford manager Ruairi Callanan said on Tuesday
  that"; three-hundred-and-seventh), bodies' "said" opening a row ("The publisher said",
  "The ONS said"; three-hundred-and-seventh), and rows without attribution. As the
  three-hundred-and-seventh and three-hundred-and-twentieth batches did, and to keep the
  checked speakers near 35, this batch also leaves unchecked forms it could have checked:
  „teilte das Unternehmen am Montag mit“ (thirty-sixth), "Venkataraman said", "Grieve said",
  the second "Tierney said" and "..., Luminate said."

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_327 = [
    # --- Niedersachsens Haushaltsabschluss (dpa/lni), Montag ---
    (
        "de",
        "Hannover (dpa/lni) - Niedersachsen hat das vergangene Jahr nach Angaben des Finanzministeriums mit einem Überschuss von 412 Millionen Euro abgeschlossen.",
        True,
        [("money", 412000000, "EUR", None)],
        "das Finanzministerium",
    ),
    (
        "de",
        "„Das ist ein ordentliches Ergebnis, aber kein Grund, übermütig zu werden“, sagte Finanzministerin Birte Hollenstedt (SPD) am Montag in Hannover.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Hollenstedt sagte, das Land habe im vergangenen Jahr rund 34,6 Milliarden Euro an Steuern eingenommen, ein Plus von 3,8 Prozent.",
        True,
        [("money", 34600000000, "EUR", "about"), ("percent", 3.8, "%", None)],
        "Hollenstedt",
    ),
    (
        "de",
        "„Den Überschuss verdanken wir den Menschen, die in diesem Land jeden Morgen zur Arbeit gehen, nicht der Landesregierung“, fügte sie hinzu.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Bund der Steuerzahler lobte, dass das Land 250 Millionen Euro aus dem Überschuss zur Tilgung alter Kredite verwenden will.",
        True,
        [("money", 250000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die CDU-Opposition nannte den Abschluss ein „Zufallsprodukt sprudelnder Steuerquellen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Verschuldung des Landes lag Ende Dezember nach Angaben der Ministerin bei rund 63 Milliarden Euro.",
        True,
        [("money", 63000000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "CDU-Fraktionschef Jens Marquardt-Lüders warf der Regierung vor, sich mit fremden Federn zu schmücken.",
        False,
        [],
        None,
    ),
    # --- Harcourt & Pryce trading update (Reuters), Monday ---
    (
        "en",
        "LONDON, Feb 23 (Reuters) - British department store group Harcourt & Pryce said on Monday that like-for-like sales fell 2.4% in the seven weeks to Feb. 21.",
        True,
        [("date", "--02-23", None, None), ("percent", 2.4, "%", None), ("duration", 7, "week", None), ("date", "--02-21", None, None)],
        None,
    ),
    (
        "en",
        "Chief Executive Gemma Thorneycroft blamed a wet January and cautious shoppers for the fall.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Thorneycroft said online sales had risen 6% over the period and now accounted for about a third of group revenue.",
        True,
        [("percent", 6, "%", None), ("fraction", 0.3333, None, "about")],
        "Thorneycroft",
    ),
    (
        "en",
        '"Our colleagues have been nothing short of brilliant through a tough winter," Thorneycroft said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The group will close four of its 38 stores by the end of the year, putting about 620 jobs at risk, she said.",
        True,
        [("count", 4, None, None), ("count", 38, None, None), ("count", 620, None, "about")],
        None,
    ),
    (
        "en",
        '"These are painful decisions, and nobody here takes them lightly," she said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Shares in the company fell 7.3% to 142 pence in early trading.",
        True,
        [("percent", 7.3, "%", None), ("money", 1.42, "GBP", None)],
        None,
    ),
    (
        "en",
        "\"It's a respectable update for a retailer with no obvious plan,\" said a fund manager who holds the shares.",
        False,
        [],
        None,
    ),
    # --- FC Augsburg nach dem 1:3 gegen Wolfsburg (dpa), Montag ---
    (
        "de",
        "Augsburg (dpa) - Der FC Augsburg hat auch das dritte Heimspiel in Folge verloren und ist in der Tabelle der Fußball-Bundesliga auf Platz 15 abgerutscht.",
        True,
        [("ordinal", 3, None, None), ("ordinal", 15, None, None)],
        None,
    ),
    (
        "de",
        "Gegen den VfL Wolfsburg unterlagen die Schwaben am Sonntagabend mit 1:3.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Das Spielglück war heute einfach nicht auf unserer Seite“, sagte Trainer Dariusz Wenzl.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wenzl sagte, seine Mannschaft habe aus den vergangenen sechs Spielen nur einen Punkt geholt.",
        True,
        [("count", 6, None, None), ("count", 1, None, None)],
        "Wenzl",
    ),
    (
        "de",
        "„Hut ab vor Wolfsburg, die waren heute in allen Belangen besser“, sagte Wenzl.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Vorsprung auf den Relegationsplatz beträgt nur noch zwei Punkte.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "„Ich lasse auf meine Jungs nichts kommen, die ziehen voll mit“, sagte der Trainer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Sportdirektor Holger Rautmann sprach Wenzl am Montag das Vertrauen aus.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wolfsburg kletterte durch den Sieg auf den siebten Tabellenplatz.",
        True,
        [("ordinal", 7, None, None)],
        None,
    ),
    # --- Ashgrove Prize for Fiction (PA), Monday ---
    (
        "en",
        'LONDON (PA) - Novelist Priya Venkataraman has won the Ashgrove Prize for Fiction for her debut novel "The Salt Ledger", taking home £40,000.',
        True,
        [("money", 40000, "GBP", None)],
        None,
    ),
    (
        "en",
        'Chair of judges Malcolm Everard called the book "fierce, tender and entirely its own."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Venkataraman, 34, is the youngest winner in the prize's 27-year history.",
        True,
        [("duration", 34, "year", None), ("duration", 27, "year", None)],
        None,
    ),
    (
        "en",
        "Everard said the panel had reached its decision unanimously after reading 162 submissions.",
        True,
        [("count", 162, None, None)],
        "Everard",
    ),
    (
        "en",
        "\"This is the novel I didn't know I had been waiting for,\" Everard said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Venkataraman said she had written most of the book on night shifts as a hospital pharmacist in Leicester.",
        True,
        [],
        None,
    ),
    (
        "en",
        "\"Honestly, it hasn't sunk in yet,\" she said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Sales of the novel have climbed to about 18,000 copies since it was shortlisted in January, according to its publisher.",
        True,
        [("count", 18000, None, "about")],
        None,
    ),
    (
        "en",
        "The publisher said a second print run of 25,000 copies had been ordered.",
        True,
        [("ordinal", 2, None, None), ("count", 25000, None, None)],
        None,
    ),
    # --- Kranhersteller Hallwanger (APA), Montag ---
    (
        "de",
        "Linz (APA) - Der oberösterreichische Kranhersteller Hallwanger hat im vergangenen Jahr einen Umsatz von 1,27 Milliarden Euro erzielt, um 9 Prozent weniger als im Jahr davor.",
        True,
        [("money", 1270000000, "EUR", None), ("percent", 9, "%", None)],
        None,
    ),
    (
        "de",
        "Unter dem Strich blieb ein Gewinn von 48,5 Millionen Euro nach 71,2 Millionen Euro im Vorjahr, teilte das Unternehmen am Montag mit.",
        True,
        [("money", 48500000, "EUR", None), ("money", 71200000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Wir haben in einem schwierigen Umfeld solide gearbeitet, mehr war nicht drin“, sagte Vorstandschef Ewald Kranewitter.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Kranewitter sagte, der Auftragseingang sei im vierten Quartal um 14 Prozent gestiegen.",
        True,
        [("ordinal", 4, None, None), ("percent", 14, "%", None)],
        "Kranewitter",
    ),
    (
        "de",
        "Für die Flaute machte er vor allem die schwache Bauwirtschaft in Deutschland verantwortlich.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Dividende soll von 1,40 Euro auf 0,90 Euro je Aktie sinken.",
        True,
        [("money", 1.4, "EUR", None), ("money", 0.9, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Die Talsohle ist erreicht, ab dem Sommer geht es wieder bergauf“, sagte Kranewitter.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Belegschaft soll bis Jahresende um rund 180 auf etwa 3.400 Beschäftigte schrumpfen.",
        True,
        [("count", 180, None, "about"), ("count", 3400, None, "about")],
        None,
    ),
    (
        "de",
        "Der Betriebsrat sprach von einem „Schlag ins Gesicht aller, die hier seit Jahrzehnten schuften“.",
        False,
        [],
        None,
    ),
    # --- NSW elective surgery funding (AAP), Monday ---
    (
        "en",
        "SYDNEY (AAP) - The NSW government will spend an extra A$860 million over four years to cut elective surgery waiting lists, Health Minister Rhiannon Castellari said on Monday.",
        True,
        [("money", 860000000, "AUD", None), ("duration", 4, "year", None)],
        "Rhiannon Castellari",
    ),
    (
        "en",
        "Castellari blamed the former Coalition government for \"years of neglect\" in the state's hospitals.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Castellari said about 11,200 patients had waited longer than clinically recommended at the end of December.",
        True,
        [("count", 11200, None, "about")],
        "Castellari",
    ),
    (
        "en",
        '"Our nurses and doctors are the best in the country, and they deserve a system that backs them," she said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The state branch of the Australian Medical Association praised the decision to fund 240 additional nurses at regional hospitals.",
        True,
        [("count", 240, None, None)],
        None,
    ),
    (
        "en",
        'Opposition health spokesman Tobias Grieve said the package was "too little, too late."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Grieve said waiting lists had grown by 14% since Labor took office.",
        True,
        [("percent", 14, "%", None)],
        None,
    ),
    (
        "en",
        "Figures from the Bureau of Health Information show 71% of elective procedures were performed on time in the December quarter.",
        True,
        [("percent", 71, "%", None)],
        None,
    ),
    (
        "en",
        "Castellari said she hoped to bring waiting times back to pre-pandemic levels.",
        False,
        [],
        None,
    ),
    # --- Kunsthaus Zürich (Keystone-SDA), Montag ---
    (
        "de",
        "Zürich (Keystone-SDA) - Ins Kunsthaus Zürich sind im vergangenen Jahr 486'000 Besucherinnen und Besucher gekommen, so viele wie nie zuvor.",
        True,
        [("count", 486000, None, None)],
        None,
    ),
    (
        "de",
        "«Das ist ein wunderbares Zeichen für die Kultur in dieser Stadt», sagte Direktorin Annette Vögeli-Brunner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Vögeli-Brunner sagte, allein die Hodler-Retrospektive habe rund 140'000 Eintritte gebracht.",
        True,
        [("count", 140000, None, "about")],
        "Vögeli-Brunner",
    ),
    (
        "de",
        "«Der Erfolg gehört unserem Team, nicht mir», sagte sie.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Eigenfinanzierungsgrad stieg gemäss Jahresbericht auf 46 Prozent.",
        True,
        [("percent", 46, "%", None)],
        None,
    ),
    (
        "de",
        "Die Stadt Zürich unterstützt das Haus jährlich mit rund 13 Millionen Franken.",
        True,
        [("money", 13000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "«Wir werden uns nicht auf den Lorbeeren ausruhen», versprach die Direktorin.",
        False,
        [],
        None,
    ),
    # --- Brentford press conference (PA), Tuesday ---
    (
        "en",
        "LONDON (PA) - Brentford manager Ruairi Callanan said on Tuesday that goalkeeper Mikkel Stenstrup would keep his place for Wednesday's game against Everton despite his error at Fulham.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"Mikkel has my full backing, end of story," Callanan said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Callanan said Stenstrup had kept 11 clean sheets this season, more than any other goalkeeper in the league.",
        True,
        [("count", 11, None, None)],
        "Callanan",
    ),
    (
        "en",
        '"Hats off to Fulham, they were sharper than us on the day," he said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Brentford are 12th with 31 points from 26 games.",
        True,
        [("ordinal", 12, None, None), ("count", 31, None, None), ("count", 26, None, None)],
        None,
    ),
    (
        "en",
        "Callanan said midfielder Kofi Ansah-Barnes would miss the next three weeks with a hamstring strain.",
        True,
        [("duration", 3, "week", None)],
        "Callanan",
    ),
    (
        "en",
        "\"The bounces just haven't gone our way lately,\" Callanan said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Asked about reports linking him with the Celtic job, Callanan said: \"I don't deal in rumours.\"",
        False,
        [],
        None,
    ),
    (
        "en",
        "Callanan, 47, signed a contract extension until 2028 in November.",
        True,
        [("duration", 47, "year", None), ("year", 2028, None, None)],
        None,
    ),
    # --- Pensionen in Österreich (APA), Dienstag ---
    (
        "de",
        "Wien (APA) - Die Zahl der Pensionsbezieherinnen und -bezieher in Österreich ist im Jänner auf rund 2,58 Millionen gestiegen, geht aus Daten des Dachverbands der Sozialversicherungsträger hervor.",
        True,
        [("count", 2580000, None, "about")],
        None,
    ),
    (
        "de",
        "Sozialministerin Verena Traunsteiner (SPÖ) sagte, die durchschnittliche Alterspension liege derzeit bei 1.742 Euro brutto im Monat.",
        True,
        [("money", 1742, "EUR", None)],
        "Verena Traunsteiner",
    ),
    (
        "de",
        "„Wer jahrzehntelang eingezahlt hat, hat ein Recht darauf, dass diese Pension auch morgen noch etwas wert ist“, sagte Traunsteiner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die ÖVP lobte die Ministerin für ihre „sachliche Gesprächsbereitschaft“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die NEOS warnten vor einer „tickenden Zeitbombe im Budget“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Bund muss heuer nach Berechnungen des Fiskalrats rund 31,4 Milliarden Euro für die Pensionen zuschießen.",
        True,
        [("money", 31400000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "NEOS-Sozialsprecher Florian Leitgeb sagte, der Zuschuss sei seit 2019 um mehr als 40 Prozent gestiegen.",
        True,
        [("year", 2019, None, None), ("percent", 40, "%", "over")],
        "Florian Leitgeb",
    ),
    (
        "de",
        "„Diese Regierung verwaltet das Problem, statt es zu lösen“, sagte Leitgeb.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das gesetzliche Pensionsantrittsalter für Frauen wird derzeit schrittweise auf 65 Jahre angehoben.",
        True,
        [("duration", 65, "year", None)],
        None,
    ),
    # --- Meridian Air results (Reuters), Tuesday ---
    (
        "en",
        "DALLAS, Feb 24 (Reuters) - Meridian Air swung to a fourth-quarter profit of $212 million, helped by strong demand for premium seats, the airline said on Tuesday.",
        True,
        [("date", "--02-24", None, None), ("ordinal", 4, None, None), ("money", 212000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Revenue rose 8% to $5.6 billion.",
        True,
        [("percent", 8, "%", None), ("money", 5600000000, "USD", None)],
        None,
    ),
    (
        "en",
        'Chief Executive Dwayne Halvorsen called the results "a credit to everyone who wears our uniform."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Halvorsen blamed engine inspections that kept 23 of its jets on the ground for costing the carrier about $90 million in the quarter.",
        True,
        [("count", 23, None, None), ("money", 90000000, "USD", "about")],
        None,
    ),
    (
        "en",
        '"Our people ran a terrific operation through the toughest winter I can remember," Halvorsen said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Meridian forecast first-quarter earnings of 35 cents to 45 cents per share.",
        True,
        [("ordinal", 1, None, None), ("money", 0.35, "USD", None), ("money", 0.45, "USD", None)],
        None,
    ),
    (
        "en",
        "\"Demand feels healthy, and I'd rather be us than anyone else in this industry right now,\" Halvorsen said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Its shares rose 4.1% in premarket trading.",
        True,
        [("percent", 4.1, "%", None)],
        None,
    ),
    # --- Super-G in Crans-Montana (Keystone-SDA), Dienstag ---
    (
        "de",
        "Crans-Montana (Keystone-SDA) - Die Walliserin Noémie Zufferey hat den Super-G in Crans-Montana gewonnen und ihren vierten Weltcupsieg gefeiert.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Sie verwies die Österreicherin Katrin Pfurtscheller um 23 Hundertstel auf Platz zwei.",
        True,
        [("duration", 0.23, "second", None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "«Katrin ist für mich die kompletteste Skifahrerin im Feld», sagte Zufferey über ihre Rivalin.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Pfurtscheller war im Oktober zur österreichischen Sportlerin des Jahres gewählt worden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "«Ohne mein Team wäre ich nichts», sagte Zufferey.",
        False,
        [],
        None,
    ),
    (
        "de",
        "In der Super-G-Wertung liegt Zufferey mit 386 Punkten nun 41 Zähler vor Pfurtscheller.",
        True,
        [("count", 386, None, None), ("count", 41, None, None)],
        None,
    ),
    (
        "de",
        "«Heute hat einfach alles gepasst», sagte die Siegerin.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Schweizerinnen haben in diesem Winter bereits elf Weltcuprennen gewonnen, teilte Swiss-Ski mit.",
        True,
        [("count", 11, None, None)],
        "Swiss-Ski",
    ),
    # --- Broadway closing (AP), Tuesday ---
    (
        "en",
        'NEW YORK (AP) — The Broadway revival of "Harbor Lights" will close on April 12 after 318 performances, its producers said Tuesday.',
        True,
        [("date", "--04-12", None, None), ("count", 318, None, None)],
        None,
    ),
    (
        "en",
        'Lead producer Lillian Ashbrook-Keane called the run "a love letter to everyone who came, night after night."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The show grossed about $41 million during its run, according to figures from the Broadway League.",
        True,
        [("money", 41000000, "USD", "about")],
        None,
    ),
    (
        "en",
        'Reviews had been mixed, with The New York Times calling the production "handsome but hollow."',
        False,
        [],
        None,
    ),
    (
        "en",
        "It played to an average of 78% capacity last week, according to the Broadway League.",
        True,
        [("percent", 78, "%", None)],
        None,
    ),
    (
        "en",
        "Ashbrook-Keane said the production had recouped its $14.5 million capitalization in September.",
        True,
        [("money", 14500000, "USD", None)],
        "Ashbrook-Keane",
    ),
    (
        "en",
        "Its star, Celeste Harrowby, received a Tony nomination for best actress in a musical last year.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"She is simply the finest musical theater actor of her generation," Ashbrook-Keane said.',
        False,
        [],
        None,
    ),
    # --- Stellenabbau bei Koch & Wiederhold (dpa/lsw), Dienstag ---
    (
        "de",
        "Stuttgart (dpa/lsw) - Der Maschinenbauer Koch & Wiederhold will bis Ende 2027 rund 850 seiner 4.300 Stellen in Deutschland streichen.",
        True,
        [("year", 2027, None, None), ("count", 850, None, "about"), ("count", 4300, None, None)],
        None,
    ),
    (
        "de",
        "Vorstandschefin Sabine Ruckaberle sagte, der Auftragseingang sei im vergangenen Jahr um 17 Prozent eingebrochen.",
        True,
        [("percent", 17, "%", None)],
        "Sabine Ruckaberle",
    ),
    (
        "de",
        "„Wir haben zu lange darauf gehofft, dass sich der Markt von allein erholt“, sagte Ruckaberle.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die IG Metall warnte vor einem „Ausverkauf des industriellen Herzens der Region“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Betriebsbedingte Kündigungen schloss Ruckaberle bis Ende 2026 aus.",
        True,
        [("year", 2026, None, None)],
        None,
    ),
    (
        "de",
        "IG-Metall-Bezirksleiterin Nadine Strobel-Haas sagte, im Maschinenbau im Südwesten seien seit 2023 mehr als 9.000 Stellen abgebaut worden.",
        True,
        [("year", 2023, None, None), ("count", 9000, None, "over")],
        "Nadine Strobel-Haas",
    ),
    (
        "de",
        "„Das Management hat die Zukunft verschlafen“, sagte Strobel-Haas.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Aktie gab am Nachmittag um 3,2 Prozent nach.",
        True,
        [("percent", 3.2, "%", None)],
        None,
    ),
    (
        "de",
        "Analysten halten den Schritt für überfällig.",
        False,
        [],
        None,
    ),
    # --- Canadian housing starts (Reuters), Tuesday ---
    (
        "en",
        "OTTAWA, Feb 24 (Reuters) - Canadian housing starts fell 9% in January to an annualized 231,400 units, the national housing agency said on Tuesday.",
        True,
        [("date", "--02-24", None, None), ("percent", 9, "%", None), ("count", 231400, None, None)],
        None,
    ),
    (
        "en",
        "Economists polled by Reuters had expected starts of 248,000 units.",
        True,
        [("count", 248000, None, None)],
        None,
    ),
    (
        "en",
        "Housing Minister Amrit Dhaliwal-Price blamed high borrowing costs and U.S. tariffs for the slowdown.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Dhaliwal-Price said Ottawa had signed agreements with 62 municipalities to speed up building permits.",
        True,
        [("count", 62, None, None)],
        "Dhaliwal-Price",
    ),
    (
        "en",
        '"Nobody in this country cares more about getting homes built than this government," Dhaliwal-Price said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Conservative housing critic Jolene Marchbank said the minister was "living in a fantasy."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Marchbank said average rents in Toronto had risen 31% since 2019.",
        True,
        [("percent", 31, "%", None), ("year", 2019, None, None)],
        "Marchbank",
    ),
    (
        "en",
        "The government has pledged to build about 500,000 homes a year by 2031.",
        True,
        [("count", 500000, None, "about"), ("year", 2031, None, None)],
        None,
    ),
    # --- Bilanz der Berlinale (dpa), Mittwoch ---
    (
        "de",
        "Berlin (dpa) - Die Internationalen Filmfestspiele Berlin haben in diesem Jahr rund 331.000 Kinokarten verkauft, etwa 4 Prozent mehr als im Vorjahr, teilte die Berlinale am Mittwoch mit.",
        True,
        [("count", 331000, None, "about"), ("percent", 4, "%", "about")],
        "die Berlinale",
    ),
    (
        "de",
        "„Berlin hat wieder gezeigt, was für eine Filmstadt es ist“, sagte Festivalleiterin Marit Obenhaupt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Den Goldenen Bären hatte am Samstag der Film „Nachtfähre“ der georgischen Regisseurin Nino Kapanadze gewonnen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Jury würdigte den Film als „leises Meisterwerk über das Ankommen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Obenhaupt sagte, das Festival habe in diesem Jahr 212 Filme aus 71 Ländern gezeigt.",
        True,
        [("count", 212, None, None), ("count", 71, None, None)],
        "Obenhaupt",
    ),
    (
        "de",
        "„Ich bin den Menschen in dieser Stadt unendlich dankbar“, sagte Obenhaupt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Bund fördert das Festival mit rund 12,4 Millionen Euro im Jahr.",
        True,
        [("money", 12400000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Kritiker bemängelten, der Wettbewerb sei in diesem Jahr zu brav gewesen.",
        False,
        [],
        None,
    ),
    # --- Ireland team for Scotland (Reuters), Wednesday ---
    (
        "en",
        "DUBLIN, Feb 25 (Reuters) - Ireland head coach Declan Furlong has made four changes to his starting side for Saturday's Six Nations match against Scotland.",
        True,
        [("date", "--02-25", None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Furlong said flyhalf Ciarán Mulcahy had recovered from a knee injury and would win his 40th cap.",
        True,
        [("ordinal", 40, None, None)],
        "Furlong",
    ),
    (
        "en",
        '"Ciarán is the heartbeat of this team, simple as that," Furlong said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "\"Fair play to France, they earned that result,\" Furlong said of last week's defeat in Paris.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Ireland lost 27-19 in Paris, their first Six Nations defeat in 11 matches.",
        True,
        [("ordinal", 1, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "en",
        'Furlong blamed "moments of madness" at the breakdown for the defeat.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Scotland have won three of their last five meetings with Ireland in Dublin.",
        True,
        [("count", 3, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        '"We have nothing to prove to anybody," Scotland captain Rory Ballantyne said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ballantyne, 29, will captain the side for the 22nd time.",
        True,
        [("duration", 29, "year", None), ("ordinal", 22, None, None)],
        None,
    ),
    # --- Armeebudget des Bundesrats (Keystone-SDA), Mittwoch ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Ausgaben für die Armee sollen nach dem Willen des Bundesrats bis 2032 auf 1 Prozent des Bruttoinlandprodukts steigen.",
        True,
        [("year", 2032, None, None), ("percent", 1, "%", None)],
        None,
    ),
    (
        "de",
        "Bundesrätin Corinne Wüthrich-Bally sagte vor den Medien in Bern, dafür seien bis dahin zusätzlich rund 4,3 Milliarden Franken nötig.",
        True,
        [("money", 4300000000, "CHF", "about")],
        "Corinne Wüthrich-Bally",
    ),
    (
        "de",
        "«Wer Sicherheit will, muss auch bereit sein, dafür zu bezahlen», sagte Wüthrich-Bally.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die SP kritisierte den Entscheid als «Aufrüstung auf Kosten der Bildung».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die SP kritisierte zudem, dass bei der Entwicklungszusammenarbeit im Gegenzug 250 Millionen Franken gekürzt werden sollen.",
        True,
        [("money", 250000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Die SVP lobte, dass der Bundesrat die Beschaffung neuer Luftabwehrsysteme vorziehen will.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Mitte begrüsste den Entscheid als «überfällig».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Armee zählt derzeit rund 140'000 Angehörige.",
        True,
        [("count", 140000, None, "about")],
        None,
    ),
    (
        "de",
        "Ob das Parlament mitzieht, ist offen.",
        False,
        [],
        None,
    ),
    # --- Pennant Bank results (Reuters), Wednesday ---
    (
        "en",
        "LONDON, Feb 25 (Reuters) - Britain's Pennant Bank reported a 12% rise in annual pretax profit to 4.8 billion pounds on Wednesday and said it would buy back up to 1.5 billion pounds of its shares.",
        True,
        [("date", "--02-25", None, None), ("percent", 12, "%", None), ("money", 4800000000, "GBP", None), ("money", 1500000000, "GBP", "up_to")],
        None,
    ),
    (
        "en",
        'Chief Executive Harriet Olusanya-Reed called the results "a vindication of our strategy."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Olusanya-Reed said the bank had cut about 2,100 jobs last year, mostly in back-office roles.",
        True,
        [("count", 2100, None, "about")],
        "Olusanya-Reed",
    ),
    (
        "en",
        '"The UK economy is more resilient than the doom-mongers would have you believe," she said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The bank's net interest margin widened to 3.12% from 2.98%.",
        True,
        [("percent", 3.12, "%", None), ("percent", 2.98, "%", None)],
        None,
    ),
    (
        "en",
        "Pennant set aside 612 million pounds for bad loans, down from 780 million pounds a year earlier.",
        True,
        [("money", 612000000, "GBP", None), ("money", 780000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "\"I'm hopeful that consumers will start spending again as the year goes on,\" Olusanya-Reed said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Shares in Pennant rose 3.6% to 512 pence.",
        True,
        [("percent", 3.6, "%", None), ("money", 5.12, "GBP", None)],
        None,
    ),
    (
        "en",
        'Analysts at Fenwick Lowe praised "a clean set of numbers" but called the outlook "a touch timid."',
        False,
        [],
        None,
    ),
    # --- Adler Mannheim in der DEL (dpa), Mittwoch ---
    (
        "de",
        "Mannheim (dpa) - Für die Adler Mannheim setzt es in der Deutschen Eishockey Liga die fünfte Niederlage in Folge.",
        True,
        [("ordinal", 5, None, None)],
        None,
    ),
    (
        "de",
        "Beim 2:5 gegen die Eisbären Berlin am Dienstagabend kassierten die Mannheimer drei Gegentore in Unterzahl.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "„Ich stelle mich vor meinen Torhüter, der hat uns in dieser Saison oft genug gerettet“, sagte Trainer Pekka Rautiola.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Rautiola kündigte an, am Freitag in Köln wieder auf Torhüter Felix Brandhuber zu setzen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Brandhuber kommt in dieser Saison auf eine Fangquote von 90,8 Prozent.",
        True,
        [("percent", 90.8, "%", None)],
        None,
    ),
    (
        "de",
        "„Wir haben uns das selbst eingebrockt, da müssen wir nicht auf die Schiedsrichter zeigen“, sagte Rautiola.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Mannheim ist mit 71 Punkten aus 48 Spielen Tabellensiebter.",
        True,
        [("count", 71, None, None), ("count", 48, None, None), ("ordinal", 7, None, None)],
        None,
    ),
    (
        "de",
        "Die Eisbären bauten ihren Vorsprung an der Tabellenspitze auf neun Punkte aus.",
        True,
        [("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "„Die Jungs haben heute Charakter gezeigt“, lobte Eisbären-Trainer Sven Dörflinger seine Mannschaft.",
        False,
        [],
        None,
    ),
    # --- FAA nominee advances (AP), Wednesday ---
    (
        "en",
        "WASHINGTON (AP) — The Senate Commerce Committee voted 15-13 on Wednesday to advance the nomination of Gloria Pemberton-Hale to lead the Federal Aviation Administration.",
        True,
        [("count", 15, None, None), ("count", 13, None, None)],
        None,
    ),
    (
        "en",
        'Committee Chairman Garrett Whitford praised Pemberton-Hale as "a straight shooter who knows aviation inside and out."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Pemberton-Hale spent 24 years as a commercial pilot before running safety at a regional carrier.",
        True,
        [("duration", 24, "year", None)],
        None,
    ),
    (
        "en",
        "Sen. Marisa Quintanilla, the panel's top Democrat, said the nominee had no real plan for the agency's staffing crisis.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Quintanilla said the FAA was short about 3,000 fully certified air traffic controllers.",
        True,
        [("count", 3000, None, "about")],
        "Quintanilla",
    ),
    (
        "en",
        "The nomination now goes to the full Senate, where Republicans hold 53 of the 100 seats.",
        True,
        [("count", 53, None, None), ("count", 100, None, None)],
        None,
    ),
    (
        "en",
        "\"She'll be a terrific administrator, and I expect she'll sail through,\" Whitford told reporters.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The FAA has been without a permanent administrator since August.",
        True,
        [],
        None,
    ),
    # --- Pünktlichkeit der Bahn (dpa), Mittwoch ---
    (
        "de",
        "Berlin (dpa) - Von den Fernzügen der Deutschen Bahn sind im Januar nur 61,8 Prozent pünktlich gewesen.",
        True,
        [("percent", 61.8, "%", None)],
        None,
    ),
    (
        "de",
        "Im Januar des Vorjahres hatte die Quote nach Angaben der Bahn bei 67,1 Prozent gelegen.",
        True,
        [("percent", 67.1, "%", None)],
        "die Bahn",
    ),
    (
        "de",
        "Bahnchefin Regina Kollmannsberger machte vor allem Baustellen und Frost für die Verspätungen verantwortlich.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Kollmannsberger sagte, im Januar seien bundesweit gleichzeitig 1.140 Baustellen eingerichtet gewesen.",
        True,
        [("count", 1140, None, None)],
        "Kollmannsberger",
    ),
    (
        "de",
        "„Unsere Kolleginnen und Kollegen haben bei Eis und Schnee Großartiges geleistet“, sagte Kollmannsberger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Pro Bahn, der Verband der Fahrgäste, sprach von einem „Armutszeugnis für ein Industrieland“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Pro Bahn kritisierte, dass der Konzern im Januar rund 4.600 Halte im Fernverkehr ersatzlos gestrichen habe.",
        True,
        [("count", 4600, None, "about")],
        None,
    ),
    (
        "de",
        "Bis 2029 will die Bahn im Fernverkehr eine Pünktlichkeit von 75 Prozent erreichen.",
        True,
        [("year", 2029, None, None), ("percent", 75, "%", None)],
        None,
    ),
    # --- Tanner Boyle album chart (AP), Thursday ---
    (
        "en",
        "NASHVILLE, Tenn. (AP) — Country singer Tanner Boyle's new album \"Gravel Road Hymns\" opened at No. 1 on the Billboard 200, moving 312,000 equivalent album units, according to Luminate.",
        True,
        [("ordinal", 1, None, None), ("count", 312000, None, None)],
        None,
    ),
    (
        "en",
        "It was the biggest debut week for a country album since 2023, Luminate said.",
        True,
        [("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "Boyle called the record \"the most honest thing I've ever made.\"",
        False,
        [],
        None,
    ),
    (
        "en",
        "Boyle, 31, has now had four No. 1 albums.",
        True,
        [("duration", 31, "year", None), ("count", 4, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Rolling Stone's critic called it \"a handsome album that plays it far too safe.\"",
        False,
        [],
        None,
    ),
    (
        "en",
        "Boyle will begin a 38-date North American tour in Denver on April 9.",
        True,
        [("count", 38, None, None), ("date", "--04-09", None, None)],
        None,
    ),
    (
        "en",
        '"I just hope folks hear a little of themselves in these songs," Boyle said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Boyle was named entertainer of the year at the Country Music Association Awards in November.",
        True,
        [],
        None,
    ),
    (
        "en",
        "\"There's nobody in this town who works harder than Tanner,\" said the president of his record label.",
        False,
        [],
        None,
    ),
    # --- Tiroler Wintertourismus (APA), Donnerstag ---
    (
        "de",
        "Innsbruck (APA) - Tirol hat in der laufenden Wintersaison bis Ende Jänner rund 19,4 Millionen Nächtigungen verzeichnet, um 2,6 Prozent mehr als im Vorjahreszeitraum.",
        True,
        [("count", 19400000, None, "about"), ("percent", 2.6, "%", None)],
        None,
    ),
    (
        "de",
        "„Tirol ist und bleibt das Herz des Alpentourismus“, sagte Landeshauptmann Georg Pfandler (ÖVP).",
        False,
        [],
        None,
    ),
    (
        "de",
        "Pfandler sagte, die Zahl der Gäste aus Deutschland sei um 4,1 Prozent gestiegen.",
        True,
        [("percent", 4.1, "%", None)],
        "Pfandler",
    ),
    (
        "de",
        "Gäste aus Deutschland stellten knapp die Hälfte aller Nächtigungen.",
        True,
        [("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die Grünen warfen der Landesregierung vor, den Tourismus über die Köpfe der Einheimischen hinweg auszubauen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Grünen kritisierten, dass in Tirol seit 2020 mehr als 2.100 zusätzliche Freizeitwohnsitze genehmigt worden seien.",
        True,
        [("year", 2020, None, None), ("count", 2100, None, "over")],
        None,
    ),
    (
        "de",
        "„Wer den Tourismus schlechtredet, hat nicht verstanden, wovon dieses Land lebt“, sagte Pfandler.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Tourismus trägt nach Berechnungen der Wirtschaftskammer rund 16 Prozent zur Wirtschaftsleistung des Landes bei.",
        True,
        [("percent", 16, "%", "about")],
        None,
    ),
    (
        "de",
        "Hoteliers zeigten sich mit dem bisherigen Saisonverlauf zufrieden.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Auslastung der Hotelbetten lag im Jänner bei 71,3 Prozent.",
        True,
        [("percent", 71.3, "%", None)],
        None,
    ),
    # --- Australia squad for New Zealand (AAP), Thursday ---
    (
        "en",
        "SYDNEY (AAP) - Uncapped fast bowler Jack Trelawney has been named in Australia's 15-man squad for next month's two-Test tour of New Zealand.",
        True,
        [("count", 15, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        'Chair of selectors Graham Wexcombe described Trelawney as "the quickest bowler in the country, bar none."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Trelawney, 22, has taken 41 wickets at an average of 19.6 in this season's Sheffield Shield.",
        True,
        [("duration", 22, "year", None), ("count", 41, None, None), ("count", 19.6, None, None)],
        None,
    ),
    (
        "en",
        "Wexcombe said opener Marcus Delahunty had been left out after scoring 143 runs in 10 innings this summer.",
        True,
        [("count", 143, None, None), ("count", 10, None, None)],
        "Wexcombe",
    ),
    (
        "en",
        "\"Marcus is a class player, and I have no doubt he'll be back,\" Wexcombe said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Delahunty has played 34 Tests since his debut in 2021.",
        True,
        [("count", 34, None, None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "\"It's all a bit surreal, to be honest,\" Trelawney said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Australia won the last series between the sides 2-0 in 2024.",
        True,
        [("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "The first Test starts in Wellington on March 12.",
        True,
        [("ordinal", 1, None, None), ("date", "--03-12", None, None)],
        None,
    ),
    # --- Salzburger Festspiele (APA), Donnerstag ---
    (
        "de",
        "Salzburg (APA) - Für den kommenden Festspielsommer in Salzburg sind bereits rund 176.000 Karten verkauft, das sind etwa 80 Prozent des Kontingents.",
        True,
        [("count", 176000, None, "about"), ("percent", 80, "%", "about")],
        None,
    ),
    (
        "de",
        "„Die Nachfrage ist schlicht überwältigend“, sagte Festspielpräsidentin Cornelia Stadlmayr.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Stadlmayr sagte, das Programm umfasse heuer 178 Aufführungen an 43 Tagen.",
        True,
        [("count", 178, None, None), ("duration", 43, "day", None)],
        "Stadlmayr",
    ),
    (
        "de",
        "„Salzburg ist für mich der schönste Festspielort der Welt“, sagte Intendant Matthias Grünwald-Esser.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Budget der Festspiele beläuft sich heuer auf rund 74 Millionen Euro.",
        True,
        [("money", 74000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Der Rechnungshof hatte im Herbst kritisiert, dass die Festspiele ihre Rücklagen seit 2021 um 6,2 Millionen Euro abgebaut hätten.",
        True,
        [("year", 2021, None, None), ("money", 6200000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die teuersten Karten kosten in diesem Sommer 465 Euro.",
        True,
        [("money", 465, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Kultur darf kein Luxus für wenige sein“, sagte Stadlmayr.",
        False,
        [],
        None,
    ),
    # --- Gindalbie Ridge half-year (Reuters), Thursday ---
    (
        "en",
        "PERTH, Feb 26 (Reuters) - Australian iron ore miner Gindalbie Ridge posted a 22% fall in first-half profit to A$1.84 billion on Thursday as lower prices offset record shipments.",
        True,
        [("date", "--02-26", None, None), ("percent", 22, "%", None), ("ordinal", 1, None, None), ("money", 1840000000, "AUD", None)],
        None,
    ),
    (
        "en",
        "Chief Executive Lachlan Tierney said the company's balance sheet had \"never been stronger.\"",
        False,
        [],
        None,
    ),
    (
        "en",
        "Tierney said the miner had shipped 97.4 million tonnes of iron ore in the six months to December.",
        True,
        [("count", 97400000, None, None), ("duration", 6, "month", None)],
        "Tierney",
    ),
    (
        "en",
        "The company declared an interim dividend of 68 Australian cents a share, down from 91 cents.",
        True,
        [("money", 0.68, "AUD", None), ("money", 0.91, "AUD", None)],
        None,
    ),
    (
        "en",
        "\"China's steel mills will keep needing our ore for a long time yet,\" Tierney said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Tierney said the company would spend about A$2.3 billion on a new mine in the Pilbara, due to start production in 2028.",
        True,
        [("money", 2300000000, "AUD", "about"), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        'Analysts at Harbourline Securities called the result "a clean miss."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Shares fell 2.8% to A$24.15.",
        True,
        [("percent", 2.8, "%", None), ("money", 24.15, "AUD", None)],
        None,
    ),
    (
        "en",
        "Tierney said he expected iron ore prices to remain volatile.",
        False,
        [],
        None,
    ),
    # --- Trainerwechsel beim FC St. Gallen (Keystone-SDA), Donnerstag ---
    (
        "de",
        "St. Gallen (Keystone-SDA) - Cheftrainer Andreas Kälin muss beim FC St. Gallen per sofort gehen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Ostschweizer liegen nach 24 Runden mit 27 Punkten auf dem achten Platz der Super League.",
        True,
        [("count", 24, None, None), ("count", 27, None, None), ("ordinal", 8, None, None)],
        None,
    ),
    (
        "de",
        "«Andreas hat diesem Klub enorm viel gegeben, dafür gebührt ihm grosser Dank», liess sich Präsident Urs Ammann-Keller zitieren.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Kälin hatte das Amt im Juni 2024 übernommen und besass einen Vertrag bis 2027.",
        True,
        [("year", 2024, None, None), ("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "«Der Trainer ist nicht allein schuld, wir alle haben Fehler gemacht», sagte Sportchef Roman Gächter.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Gächter sagte, die Mannschaft habe aus den letzten acht Spielen nur vier Punkte geholt.",
        True,
        [("count", 8, None, None), ("count", 4, None, None)],
        "Gächter",
    ),
    (
        "de",
        "Bis auf Weiteres übernimmt Assistenztrainer Luca Fässler das Team.",
        True,
        [],
        None,
    ),
    (
        "de",
        "«Wir brauchen jetzt einen neuen Impuls», sagte Gächter.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Klub wechselt damit in dieser Saison bereits zum zweiten Mal den Trainer.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    # --- UK net migration (PA), Thursday ---
    (
        "en",
        "LONDON (PA) - Net migration to the UK fell to an estimated 298,000 in the year to June, the Office for National Statistics said in its latest release.",
        True,
        [("count", 298000, None, "about")],
        "the Office for National Statistics",
    ),
    (
        "en",
        'Home Secretary Naomi Achterfeld said the numbers proved "the plan is doing what it says on the tin."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Achterfeld said visa applications from skilled workers had dropped by 37% over the same period.",
        True,
        [("percent", 37, "%", None)],
        "Achterfeld",
    ),
    (
        "en",
        'Shadow home secretary Clive Radstock accused the government of "cooking the books."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Radstock said 41,200 migrants had arrived by small boat from France last year, the highest number on record.",
        True,
        [("count", 41200, None, None)],
        "Radstock",
    ),
    (
        "en",
        'Radstock blamed "weak leadership" for the rise in crossings.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The ONS said its estimate for the previous year had been revised up by 26,000.",
        True,
        [("count", 26000, None, None)],
        None,
    ),
    (
        "en",
        "Achterfeld said she was determined to bring the numbers down further.",
        False,
        [],
        None,
    ),
]
