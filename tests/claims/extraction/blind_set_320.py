"""Three-hundred-and-twentieth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms and figures are made up
(Annelie Wehrstedt, Sieglinde Pachernegg, the drive maker Hessler and its chief executive
Konrad Sielaff, Martina Obst, Reto Imboden, Frauke Ostendorp, Florian
Waldhauser, Barbara Stöckl-Weinzierl, Jannik Bothmer, Levin Brandau, the watchmaker Montavel
and its chief executive Yves Marchand-Rüfenacht, Tobias Lenhardt, Bernhard Raffelsberger,
Stefan Mairleitner, Katharina Vollmöller, the fashion chain Kettwig and its chief executive
Sabine Overkamp, Corina Bärtschi; Fiona Castlemaine, Regina Holloway-Starks, Darnell Fitch,
Northwind Airways and its chief executive Alistair Brackley, Graham Tilsley, Sean Mallory,
Kwabena Asante-Fielding, Lachlan Pettifer, Jean-Baptiste Ferrandière, Ross Kettleman, Luis
Ocampo, the miner Karrawong Resources and its chief executive Tamsin Odell, Helen
Ashworth-Grey, Wessex Vale Water, Corbin Fairweather, Nadia Kostopoulos, Élise
Marchetti-Roy, the grocery chain FreshWay Markets and its chief executive Marcus Bellingham,
Ronan Guilfoyle, Darragh Fennelly; every unnamed co-coach, works councillor, economist,
official and spokesperson); central bankers, mayors, coaches, managers and researchers of
real banks, cities, clubs, teams and institutes appear under made-up names that stand for no
real holder, or by their role only ("die Notenbankerin", "der Trainer", "die
Oberbürgermeisterin", "the central bank"). Real papers, broadcasters, bodies, clubs, places
and things („Süddeutsche Zeitung“, „Kleine Zeitung“, „Handelsblatt“, «SonntagsBlick»,
Deutschlandfunk, „Mittelbayerische Zeitung“, „Presse“, „Kicker“, «NZZ am Sonntag»,
„Tagesspiegel“, „Kronen Zeitung“, „Mannheimer Morgen“, „Wirtschaftswoche“,
«Tages-Anzeiger», Bundesbank, Europäische Zentralbank, Statistisches Bundesamt, Holding Graz,
Stadtrechnungshof, SC Bern, Alfred-Wegener-Institut, „Polarstern“,
Framstraße, Immowelt, Grüne, Oesterreichische Nationalbank, Statistik Austria, Werder Bremen,
Verband der Schweizerischen Uhrenindustrie, Europäische Weltraumorganisation Esa,
Internationale Raumstation, ÖFB, Ernst-Happel-Stadion, Städtetag, Verdi, Glamos, ETH,
Aletschgletscher, Bund; the Bank of England and its Monetary Policy Committee, the BBC's
Today programme, the Office for National Statistics, The Associated Press, Cirium, BBC
Sport, Everton, Preston, the Premier League, the UK Health Security Agency, The Guardian,
the Reserve Bank of Australia, The Australian Financial Review, the Australian Bureau of
Statistics, LSEG, the European Central Bank, Les Echos, Eurostat, the Seattle Mariners,
Houston, the AL West, Bloomberg Television, the International Energy Agency, Times Radio,
the Environment Agency, Ofwat, the Met Office, ABC Radio Brisbane, the Bank of Canada, CBC
Radio, Statistics Canada, CNBC, the United Food and Commercial Workers union, RTÉ Radio, the
Six Nations, and the datelines' cities) stand for the way wire copy names them; every
interview, quote, forecast, rate, tally, sum, count, date and reaction here is invented, and
where a real figure came to mind (a real stadium's cost and capacity, a real glacier's loss
and length, a real central bank's cumulative cuts, a real measles tally) it was changed (the
start of satellite records kept).

Its weight: OPINION VERSUS CLAIM, twenty-eighth round (the ninety-eighth,
hundred-nineteenth, hundred-twenty-fourth, hundred-thirty-first, hundred-thirty-eighth,
hundred-forty-sixth, hundred-fifty-eighth, hundred-sixty-fifth, hundred-seventy-fifth,
hundred-eighty-first, hundred-eighty-ninth, hundred-ninety-sixth, two-hundred-and-fourth,
two-hundred-and-eighth, two-hundred-and-fifteenth, two-hundred-and-twenty-second,
two-hundred-and-twenty-ninth, two-hundred-and-forty-first, two-hundred-and-forty-fifth,
two-hundred-and-fifty-third, two-hundred-and-sixty-first, two-hundred-and-sixty-ninth,
two-hundred-and-seventy-seventh, two-hundred-and-eighty-fifth, two-hundred-and-ninety-third,
three-hundred-and-seventh and three-hundred-and-thirteenth batches were the first
twenty-seven, and their decisions are kept; the hundred-seventy-fifth's interview forms, the
three-hundred-and-seventh's frames and the three-hundred-and-thirteenth's anecdotes, thanks
and calls to act were read closely, and the interview attributions follow the
hundred-twenty-seventh and two-hundred-and-twentieth, the interview rounds), this time in
interviews reported by the wire - central bankers, mayors, chief executives, coaches and
scientists interviewed by newspapers and broadcasters („sagte ... der „Süddeutschen Zeitung“
(Samstag)“, „sagte ... dem „Handelsblatt““, „im Deutschlandfunk“, "told the BBC's Today
programme", "told Reuters in an interview", "has told The Australian Financial Review", "told
Bloomberg Television", "told CBC Radio") - over one spring in story order (April to June),
28 short stories with the German and English ones interleaved, each told as wire copy runs
it (a dateline lead with the interview's news, the figures in indirect speech, the guest's
verdict in quotes, a statistics office's or a body's figure, the other side, the evasion).
About 100 rows are negatives that look like claims: verdicts, boasts, creeds, rhetoric,
labels, accusations that name no act, predictions and feelings framed as the speaker's own,
evasions, deflections, jokes, open questions - and, the round's fresh forms,
self-assessments and self-grades („ein Befriedigend“, "a B-minus", „Ich bin mein
schärfster Kritiker“), questions the speaker asks and answers himself („Bin ich zufrieden?
Nein, ...“, "Am I comfortable ...? No, ...", "Do I lose sleep over this? Of course I do"),
denials of a state of mind („Amtsmüde bin ich nicht“), frames of surprise („Überrascht hat
mich, wie ...“, "What surprised me is how ..."), credit given away and blame taken ("The
credit ... belongs to the staff", „Das Lob gehört den Spielern, die Kritik gehört mir“),
self-criticism that names no act („Wir haben die Lage in China zu spät ernst genommen“),
advice („Mein Rat an ...“, "My advice to ..."), maxims in a parent's, grandparent's or
mentor's voice („Mein Vater ... hat immer gesagt“, "As my old gaffer at Preston used to
say"), disclaimers of competence before a verdict („Ich bin Ingenieur, kein Politiker, aber
...“, "I'm a geologist, not a trade negotiator, but ..."), tastes and private-life colour
(„Mein Lieblingsplatz“, „Am liebsten ...“, "My favourite part of this job"), answers to
hypothetical questions ("Would I take this job again ...? In a heartbeat") and
counter-questions to the interviewer («Was glauben Sie denn?», "Did anyone in your newsroom
get a vote of confidence this week?") - each beside a check-worthy look-alike around a
verifiable core: the same speaker's figure, forecast, plan or ruling-out, the same
disclaimer before a checkable figure, an admission that names what was done, a statistics
office's figure, a vote's tally, the table as it stands, a contract and its years. Half
German (dpa with its slugs "dpa/lby" and "dpa/lsw", dpa-AFX, APA, Keystone-SDA; Austrian
"heuer", "Bub", "Teamchef", Swiss "äussern", "liess", "gemäss", "grösste", "regelmässig",
"1850", "Mitarbeitende", «» quotes, German „“ quotes) and half English (Reuters, AP, PA,
AAP; British "labour", "programme", Australian "A$"). Figures as such copy has
them: rates and forecasts in percent, cuts in basis points, money in euros, dollars, pounds,
francs and Australian dollars, counts of jobs, homes, passengers, players, points, goals,
debris, stores and litres, tallies and records, shares („etwa ein Drittel“, „rund ein
Viertel“, „drei Viertel“, "more than half", "about one in nine", "about three-quarters"),
multiples („fast dreimal so viel“, "nearly triple", "seven times"), ordinals, spans, ages,
years and dates; no negative carries a figure.

240 rows (120 German, 120 English), 100 negatives (50 German, 50 English), 140 check-worthy
rows of which 6 carry no figure (5 German, 1 English), 232 expected quantities (79 counts,
55 percentages - 53 in %, 2 in basis points -, 25 years, 20 amounts of money - 8 EUR, 5 AUD,
4 USD, 2 CHF, 1 GBP -, 19 ordinals, 14 durations - 7 in months, 7 in years -, 13 dates, 7
fractions; none of them in a negative), 36 checked speakers (18 German, 18 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, creed, boast, verdict, prediction or feeling framed as the speaker's
  own, hope, fear, doubt or piece of rhetoric is a negative with speaker None, also with a
  named speaker and an office (seventh, ninety-eighth, hundred-seventy-fifth,
  two-hundred-and-fourth, three-hundred-and-seventh, three-hundred-and-thirteenth); a quoted
  or reported statement of fact, figure, forecast with a figure, step, plan, position or
  ruling-out is check-worthy with its speaker, also in Konjunktiv I (hundred-sixtieth,
  two-hundred-and-twentieth). Pairs from one speaker: Wehrstedt's 5.4 and 2.9 percent beside
  her grade, her surprise and her father's maxim; Castlemaine's 2% target and 4.2% beside
  her own question, her credit given away, her advice and her brush-off; Pachernegg's 310
  million euros beside „Amtsmüde bin ich nicht“, her favourite bench and her maxim;
  Holloway-Starks's 22% and 118 beside her "victory lap", her sleepless nights and "In a
  heartbeat"; Sielaff's 14 percent and 180 million euros and his power cost beside his
  disclaimer and his advice; Brackley's 41 million passengers and 30 jets beside his boast,
  his deflection and his B-minus; Imboden's 11 goals beside his own question, «Das Lob gehört
  den Spielern» and his junior coach's maxim; Tilsley's four injured players beside "not a
  quitter", his old gaffer's maxim, "the credit is all theirs" and "You'd have to ask them";
  Ostendorp's 40 years and her third beside her „Muster“, her disclaimer, her advice and her surprise;
  Asante-Fielding's 40,000 children beside "sleepwalking", his disclaimer and his advice;
  Waldhauser's 2,000 homes beside „mein schärfster Kritiker“, his jab and „Nicht im
  Geringsten“; Pettifer's 2 to 3% band and 25 basis points beside his metaphor, his evasion
  and his crystal ball; Stöckl-Weinzierl's quarter beside „nicht die Musterschüler“, her wish,
  her evasion and her grandmother; Ferrandière's 2% and 2.25% beside his rhetoric, his
  evasion, "Frankly" and his surprise; Bothmer's 19 goals beside his own question, „nicht
  mein Verdienst“, his youth coach's maxim and „Jederzeit“; Kettleman's injury news beside
  his conditional verdict, the blame he takes and his counter-question;
  Marchand-Rüfenacht's 17 of 40 boutiques and his ruling-out beside his self-criticism, his
  creed, his advice and his open question; Odell's 600 jobs and 40% beside "the hardest
  decision", her accusation, her disclaimer and "Of course not"; Lenhardt's 31 manoeuvres
  beside his comparison, his surprise, his night shifts and „Fragen Sie meine Frau“;
  Ashworth-Grey's 50 years and 38% beside her rhetoric, her disclaimer and her advice;
  Raffelsberger's captain beside „vor niemandem verstecken“, his own question and his
  grandfather; Fairweather's A$4.3 billion beside his boast, his markets and his evasion;
  Kostopoulos's A$1.1 billion beside her label; Vollmöller's 18 percent and her ruling-out
  beside „Schwimmbäder“, „Ausputzer“ and „Amtsmüde? Eher im Gegenteil“; Marchetti-Roy's
  40,000 jobs and 250 basis points beside her verdict, her father's maxim, her own question
  and her evasion; Overkamp's 900 staff and her admitted loss beside her self-criticism, her
  creed and her surprise; Bellingham's $18 and $140 million beside his boast, his anecdote
  and his own questions; Bärtschi's 35 percent beside her obituary, her late summers, her
  doctoral adviser and her counter-question; Guilfoyle's four months beside his own
  question, his advice and his verdict on Japan.
- New: self-assessments and self-grades are negatives - „Ich würde mir selbst für die
  vergangenen Monate ein Befriedigend geben, mehr nicht“, "I'd give us a B-minus on
  punctuality, and that's being generous", „Ich bin mein schärfster Kritiker, und ich sage
  Ihnen: Das reicht nicht“, „Wir sind nicht die Musterschüler Europas, ...“ - a speaker's
  verdict on his own work, as a pundit's grade in a quote (two-hundred-and-forty-first), while
  a published grade and the figures the self-assessment glosses stay check-worthy (the
  on-time performance of 71% "according to data from aviation analytics firm Cirium", the
  1,140 homes, the 3.4 percent).
- New: a question the speaker asks and answers himself is a negative - «Bin ich zufrieden
  mit dieser Saison? Nein, ...», „Wenn Sie mich fragen, ob ich zufrieden bin: Nein, aber
  ich bin stolz“, „Bin ich ein guter Verlierer? Nein, ...“, "Am I comfortable with where
  inflation is? No, ...", "Do I lose sleep over this? Of course I do", "Am I taking a risk?
  Probably, ...", "Would I like to pay them more? Of course. Can I afford it yet? No" - the
  answer is a feeling or a verdict, and the question form adds nothing a desk could check,
  as a rhetorical question (hundred-nineteenth, three-hundred-and-seventh).
- New: answers to hypothetical questions are negatives - "Would I take this job again,
  knowing what I know now? In a heartbeat", „Würde ich mich wieder für Bremen entscheiden?
  Jederzeit“, "Would I buy these assets again at that price? Of course not" - a choice that
  will never be put, as the counterfactual verdicts (hundred-eighty-first,
  two-hundred-and-twenty-ninth); the contract, the impairment and the term sought beside them
  stay check-worthy.
- New: a denial of a state of mind is a negative - „Amtsmüde bin ich nicht, ganz im
  Gegenteil“, „Amtsmüde? „Nicht im Geringsten““, „Amtsmüde? Eher im Gegenteil, ...“ - it
  reports a feeling, as a vote of confidence (two-hundred-and-forty-first), while a
  ruling-out names a step and stays check-worthy without a figure („Einen Wechsel in die
  Landespolitik schloss Pachernegg aus.“, „Eine Erhöhung der Grundsteuer schloss Vollmöller
  für das laufende Jahr aus.“, „Einen Stellenabbau in der Schweiz schloss Marchand-Rüfenacht
  für dieses Jahr aus.“; three-hundred-and-seventh), and so does a stated candidacy
  („Waldhauser kündigte an, bei der Kommunalwahl 2032 erneut zu kandidieren.“).
- New: frames of surprise are negatives - „Überrascht hat mich, wie hartnäckig ...“,
  „Überrascht habe sie vor allem, wie früh ...“, „Was mich wirklich überrascht hat, ist die
  Gleichgültigkeit ...“, „Was mich überrascht hat: wie treu ...“, "What surprised me is how
  stubborn ..." - the row reports a reaction, and the clause after the frame is presupposed
  and names no figure, as the clause after „Es ist kein Zufall, dass ...“
  (three-hundred-and-seventh); the measured fact stands on its own in another row (the
  services inflation of 3.8 percent, the record of 31 manoeuvres).
- New: credit given away and blame taken are negatives - "The credit for the fall in
  inflation belongs to the staff ..., not to me", „Das ist nicht mein Verdienst, das ist die
  Arbeit von Jürgen ...“, «Das Lob gehört den Spielern, die Kritik gehört mir», "The lads
  have been magnificent, and the credit is all theirs", "The credit for the good stretches
  goes to the players, and the blame for this slump goes to me" - a reading of causes
  without a figure (two-hundred-and-seventy-ninth: „nicht ein Verdienst der Regierung“) and
  courtesy (three-hundred-and-thirteenth: thanks and tributes).
- New: self-criticism that names no act is a negative - «Wir haben die Lage in China zu spät
  ernst genommen, und das nehme ich auf meine Kappe», „Wir haben den Onlinehandel
  unterschätzt, das war mein Fehler und niemandes sonst“ - a verdict on oneself, as a
  conditional apology (three-hundred-and-thirteenth), while an admission that names what was
  done or lost is check-worthy („Marchand-Rüfenacht sagte, das Unternehmen habe in China 17
  seiner 40 Boutiquen geschlossen.“, „Overkamp räumte ein, dass Kettwig im Geschäftsjahr
  2024/25 einen Verlust von 38 Millionen Euro geschrieben hat.“; hundred-twenty-seventh:
  corrections and revisions keep their figures).
- New: advice is a negative - „Mein Rat an jeden jungen Ingenieur: Geht dorthin, wo gebaut
  wird, ...“, „Mein Rat an junge Forscherinnen: Fahrt raus aufs Eis, ...“, «Mein Rat an alle,
  die heute eine Firma gründen: ...», "My advice to anyone coming off a fixed-rate mortgage
  is not to bet on rates tumbling", "My advice to parents is simple: ...", "My advice to
  gardeners is ...", "My advice to any young player is ..." - an imperative to whoever
  listens asserts nothing, as calls to act addressed to followers
  (three-hundred-and-thirteenth), while the government's stated spending and the water
  company's stated ban beside it stay check-worthy.
- New: a maxim in a parent's, grandparent's or mentor's voice is a negative - „Mein Vater war
  Bäcker, und er hat immer gesagt: ...“, „Meine Großmutter hat die Nachkriegsjahre erlebt,
  von ihr habe ich gelernt, jeden Schilling umzudrehen“, „Mein Großvater hat mich als Bub auf
  den Sportplatz mitgenommen und gesagt: ...“, «Mein Juniorentrainer in Langnau sagte immer:
  ...», „Ich hatte als Jugendspieler einen Trainer, der immer gesagt hat: ...“, «Mein
  Doktorvater hat immer gesagt: ...», "As my old gaffer at Preston used to say, ...", "My
  late father ran a hardware store in Trois-Rivières, and he used to say ..." - a creed
  stays a creed when another voice carries it, and the family detail around it is an
  anecdote told for effect (hundred-twenty-seventh: a pitcher's line about where he grew up;
  three-hundred-and-thirteenth: an anecdote of an unnamed encounter), as is "I started out
  bagging groceries, so nobody needs to tell me ...".
- New: disclaimers of competence neither make nor unmake a claim; the row is judged by what
  follows, as "Make no mistake" and „Fakt ist“ (three-hundred-and-seventh) and "Zur
  Erinnerung:" (three-hundred-and-thirteenth): „Ich bin Ingenieur, kein Buchhalter, aber die
  Rechnung ist einfach: Strom kostet uns in Sachsen fast dreimal so viel wie in unserem Werk
  in Ohio“ is check-worthy with count 3 "nearly", while „Ich bin Ingenieur, kein Politiker,
  aber die Energiepreise ... sind schlicht nicht wettbewerbsfähig“, „Ich bin Physikerin,
  keine Politikerin, aber wer jetzt noch abwartet, hat die Daten nicht gelesen“, "I'm a
  scientist, not a campaigner, but I know a failure of public health when I see it", "I'm a
  geologist, not a trade negotiator, but this market is broken" and "I'm a physicist by
  training, ... but the water companies have had decades to fix their pipes" (an accusation
  that names no act, two-hundred-and-ninety-third) are negatives.
- New: tastes and private-life colour are negatives - „Mein Lieblingsplatz in Graz ist immer
  noch die Bank unter dem Uhrturm, ...“, „Am liebsten sitze ich nachts im Kontrollraum,
  ...“, «Am liebsten bin ich im Spätsommer auf dem Eis, ...», "My favourite part of this job
  is still the Saturday markets, not the stadiums" - a preference names no fact anyone would
  hold the speaker to, as feelings (ninety-eighth); the speaker's record and plans beside
  them stay check-worthy.
- New: a counter-question to the interviewer is a negative - "Did anyone in your newsroom get
  a vote of confidence this week?" Kettleman shot back ..., „Auf die Frage, ob der
  Aletschgletscher ... verschwinden werde, sagte Bärtschi: «Was glauben Sie denn?»“ - a
  rhetorical question turned on the asker (three-hundred-and-seventh: the host's reported
  question), as is a joke-like brush-off („Fragen Sie meine Frau.“; "Ask me again after the
  summer.", two-hundred-and-twentieth: "Ask me again in the fall.").
- Interview forms (hundred-twenty-seventh, hundred-seventy-fifth, two-hundred-and-twentieth,
  three-hundred-and-seventh): evasions, deflections and refusals are negatives ("That's a
  question for the oil market, not for me", "You'd have to ask them", "wouldn't want to
  pre-empt the board", "come to the meeting with an open mind", "not going to deal in
  hypotheticals", „Darüber mache ich mir keine Gedanken.“, "She declined to say whether
  ..."); so are open questions („Ob Montavel ... festhält, liess der Konzernchef offen.“,
  "Whether a drought will be formally declared ... remains unclear."), jokes
  ("If I had a crystal ball, ..." Pettifer joked; hundred-twenty-seventh: „Ich bin keine
  Hellseherin“), conditional verdicts ("If I spent my days worrying about my job, I'd be
  lousy at it"; three-hundred-and-seventh), predictions and feelings framed as the
  speaker's own ("Frankly, I'm more worried ...", "Honestly, what keeps
  me up at night ...", „Ehrlich gesagt hätte ich mir ... gewünscht“ - a wish;
  hundred-sixty-fifth, hundred-ninety-sixth), a verdict on a trend („Das ist kein Ausreißer
  mehr, das ist ein Muster“), boasts and creeds ("We're the best-run airline in Europe",
  "This will be the best Games Australia has ever hosted", "Our people are the best in the
  business", «Eine Uhr ist kein Produkt, sie ist ein Versprechen», „Mode muss man anfassen
  können, ...“), metaphors and comparisons used as judgement („wie Touristen, die ihren Müll
  am Strand liegen lassen“, „Die Kommunen sind die Ausputzer der Republik“, "winning the
  battles", "closer to the end of this fight"; three-hundred-and-seventh), labels
  („nannte“, „sprach von“, "called"; ninety-eighth) and accusations that name no act („warfen
  Vollmöller vor, „mit dem Rasenmäher statt mit dem Skalpell“ zu sparen“, "Nobody in Jakarta
  is playing by the rules ..."; two-hundred-and-ninety-third). A central banker's, a
  body's or a chief executive's forecast with a figure stays check-worthy
  (hundred-sixty-fifth, hundred-seventy-fifth): Wehrstedt „rechnet ... mit einer
  Inflationsrate von durchschnittlich 2,3 Prozent“, Castlemaine's "she expected price growth
  to return to the 2% target", Pettifer's band, Ferrandière's "likely to fall below 2%",
  the OeNB's 3.1 and 2.4 percent, Northwind's 41 million passengers.
- Check-worthy without a figure (hundred-seventieth, two-hundred-and-ninety-third,
  three-hundred-and-seventh): the three rulings-out above, Kettleman's news of Ocampo's
  surgery, Raffelsberger's captain back in the side, and the Esa's statement that the
  International Space Station had to dodge debris.
- Counts (every batch): jobs, homes, officers, vacancies, passengers, jets, players, points,
  games, goals, debris, manoeuvres, researchers, countries, households, stores, employees,
  spectators and glaciers with their hedges („rund 1.200 Stellen, davon etwa 700“, „rund
  9.400“, „rund 72 Millionen Fahrgäste“, „mindestens 2.000“ "at_least", „rund 4.800“, „rund
  1850 Mitarbeitende“ - a Swiss figure below ten thousand without its apostrophe,
  three-hundred-and-thirteenth -, „mehr als 40.000 Trümmerteile“ "over", „rund 60
  Gletschern“, "about 41 million", "about 230 vacancies", "about 40,000", "about 600 jobs",
  "about 3,400 people", "about 1.1 million customers", "about 12,000"), physical measures as
  counts of the figure written (fourth, three-hundred-and-thirteenth: „38 Kilometer“): „rund
  14,1 Millionen Quadratkilometern“ "about", „mit einem Durchmesser von mehr als zehn
  Zentimetern“ 10 "over", „rund 21 Kilometern“ "about", "about 2.9 billion litres a day"
  ("a day" none); tallies and sports figures as the two-hundred-and-forty-first reads them
  ("voted 6-3" 6 and 3, three-hundred-and-seventh; "one win in 11" 1 and 11; „von seinen
  vergangenen 12 Länderspielen nur eines“ 12 and 1; "11 of their last 14 games"; "13 of
  their last 16 tests"; „mit 89 Punkten aus 52 Spielen“; „zwei Spieltage vor Saisonende“ 2;
  "four clear ... with six games left"; "seven games behind" 7; "a 2.91 earned run average"
  2.91; records "21-25" and "14-6" none), "a 36-man squad" 36 (a figure heading a compound,
  two-hundred-and-forty-first: "a 60-win team"), multiples („fast dreimal so viel wie“ 3
  "nearly" - the issue's "viermal" and three-hundred-and-seventh's „rund doppelt so hoch
  wie“ -, "nearly triple the number" 3 "nearly" - eighty-sixth: "nearly triple the level" -,
  "seven times" 7), "60 more" and "30 more" with no hedge ("more" after a figure). None:
  "all", "both doses", "the rest of the season", "Six Nations", "Premier League", "AL West",
  „Playoff-Viertelfinal“.
- Percentages, fractions and ordinals: rates as written („durchschnittlich 2,3 Prozent“ and
  „durchschnittlich 3,1 Prozent“ with no hedge, „um gut 40 Prozent“ "over", „mehr als 6
  Prozent“ "over", "below 2%" "under", "roughly 60%" "about", "about 40%" "about", „rund 3,2
  Prozent“ and „rund 35 Prozent“ "about", "the 2 to 3% target band" 2 and 3 % - the unit
  written once serves both, hundred-seventy-fifth: „bei 6 bis 7 Prozent“ -, "between 1.75%
  and 2.25%" both, "to 4.2% ... from 5.9%" both, "84.6% ..., below the 95% needed" both);
  basis points in bp ("by 25 basis points", "by a cumulative 250 basis points" - "a
  cumulative" no hedge, as "a combined", three-hundred-and-thirteenth). Fractions (the
  issue): „etwa ein Drittel“ 0.3333 "about", „rund ein Viertel“ 0.25 "about", „drei Viertel“
  0.75, "about three-quarters" 0.75 "about", "more than half" 0.5 "over", "about one in
  nine" 0.1111 "about" (hundred-eleventh: "nearly one in eight"). Ordinals: „im ersten
  Quartal“, "in the first quarter", „im ersten Halbjahr“ 1 with no fraction, "by the first
  quarter of next year" 1, "in the first four months" 1 and 4 months
  (three-hundred-and-seventh: "in the first two months"), "the second MMR dose" 2, "a second
  term" 2, "in his third season" 3, „den zweitniedrigsten Wert“ 2 (the issue's „die
  drittgrößte Stadt“), „auf dem fünften Platz“ 5, „auf Platz sieben“ 7, „auf Rang zwei“ 2,
  "17th" 17, "fourth in the AL West" 4, "first-place Houston" 1 (a hyphenated adjective that
  keeps its ordinal, two-hundred-and-forty-first: "first-round"), "finished second" 2. None:
  "the lowest total", "their worst stretch", "the highest", „der grösste Gletscher“, „so
  viele wie nie zuvor“.
- Durations and ages (the issue: "fünfstündigen", "a two-week visit"): „einer zweimonatigen
  Expedition“ 2 months (two-hundred-and-fourth: „zweitägigen“), „in den vergangenen 40
  Jahren“ 40 years, „binnen fünf Jahren“ 5 years ("binnen" no hedge,
  three-hundred-and-thirteenth), „in den kommenden vier Jahren“ 4 years, "in more than 50
  years" 50 years "over", "in the three months to January", "in the three months to March"
  and "the prior three months" 3 months, "in the six months to December" 6 months, "be out
  for about four months" 4 months "about"; ages „Tilsley, 52,“ and "Kettleman, 49," years,
  "five-year-olds" 5 years (hundred-seventy-fifth: "a 14-year-old girl"). None: "in diesem
  Jahr", "heuer", "im vergangenen Jahr", "im Jahr davor", "ein Jahr zuvor", "binnen
  Jahresfrist", "bis Ende des kommenden Jahres", "für das laufende Jahr", "für dieses Jahr",
  „in der kommenden Saison“, „in dieser Saison“, „bis mindestens Oktober“, „bis Ende
  November“, "last year", "this year", "next year", "early next year", "a year earlier", "a
  year ago", "a year", "the March quarter", "by the autumn", "by the end of the year",
  "last month", "last week", "next month's tour", "since January", weekdays and months.
- Years and dates: „bis 2029“, „seit 2019“, „bis Ende 2027“, „bis 2028“, „bis Juni 2028“,
  „bis 2030“, „ab 2030“, „Kommunalwahl 2032“, „seit Beginn der Satellitenmessungen 1979“,
  „im Januar 2024“, „seit März 2023“, „seit 2005“, "since 2014", "in 2022", "from 2028",
  "since 2019", "in October 2023", "since early 2023", "in 2023", "since June 2024", "since
  2016", "by mid-2027" and "since mid-2024" (three-hundred-and-seventh: "by mid-2030") the
  year; „im Geschäftsjahr 2024/25“ both years (hundred-twenty-seventh: „im Schuljahr
  2023/24“). Dates: „am 15. Juli“ --07-15, "on July 8", "due on July 30", "from June 20", "on
  July 5 and in Osaka on July 12" dates without a year (three-hundredth); Reuters datelines
  with a day ("LONDON, April 7", "DUBLIN, April 15", "LONDON, May 5", "FRANKFURT, May 14",
  "PERTH, May 27", "OTTAWA, June 10", "DUBLIN, June 24") dates without a year
  (hundred-sixtieth); dpa, dpa/lby, dpa/lsw, dpa-AFX, APA, Keystone-SDA, AP, PA and AAP
  datelines none (seventy-ninth); "Frankfurt/Main" none (two-hundred-and-forty-first).
- Money in the currency written (every batch): EUR („rund 310 Millionen Euro“, „rund 180
  Millionen Euro“, „rund 96 Millionen Euro“ and „rund 40 Millionen Euro“ "about", „13,80 Euro
  je Quadratmeter“ 13.8 - "je" none -, „eine Ausstiegsklausel über 18 Millionen Euro“ with
  no hedge - "über" after a noun that takes a sum, two-hundred-and-forty-first: „eine
  Kaufpflicht über 25 Millionen Euro“ -, „24,8 Milliarden Euro“, „38 Millionen Euro“), USD
  ("about $3.6 billion" and "about $140 million a year" "about", "$18 an hour from $16.50"
  both), GBP ("25 million pounds"), CHF („412 Millionen Franken“, „zusätzlich 6,4 Millionen
  Franken“ - „zusätzlich“ no hedge), AUD ("A$4.3 billion", "A$620 million", "about A$1.1
  billion" "about", "A$3.9 billion", "A$1.4 billion").
- Hedges, only the names in use: „rund“, „etwa“, "about", "roughly" "about"; „fast“,
  "nearly" "nearly"; „gut“, „mehr als“, "more than" "over"; "below" "under"; „mindestens“
  "at_least". No hedge: „durchschnittlich“, „derzeit“, „zuletzt“, „inzwischen“, „bislang“,
  „nur“, „zusätzlich“, "now", "alone", "a cumulative", "binnen", "more" after a figure.
- Speakers, checked only in forms the earlier batches settled: the surname after a quote or a
  Konjunktiv I paraphrase with the paper („sagte Wehrstedt der „Süddeutschen Zeitung“
  (Samstag)“, „sagte Pachernegg der „Kleinen Zeitung““; hundred-twenty-seventh,
  hundred-seventy-fifth); the name with the office and the paper dropped („sagte
  Vorstandschef Konrad Sielaff dem „Handelsblatt““, „sagte Vorstandschefin Sabine Overkamp
  der „Wirtschaftswoche““; three-hundred-and-seventh); the surname opening the row
  („Wehrstedt sagte“, „Sielaff sagte“, „Imboden sagte“, „Ostendorp sagte“, „Waldhauser
  sagte“, „Stöckl-Weinzierl sagte“, „Bothmer sagte“, „Marchand-Rüfenacht sagte“, „Lenhardt
  sagte“, „Raffelsberger sagte“, „Vollmöller sagte“, „Bärtschi sagte“; forty-second); „teilte
  der ÖFB mit“ -> "der ÖFB" (three-hundredth: „teilte der DGB am Montag mit“); „nach Angaben
  der Stadt“ -> "die Stadt" (the source in the nominative, three-hundredth: „Nach Angaben der
  Bahn“). English: the name with the capitalised office, the broadcaster or paper and the
  weekday dropped ("Bank of England Deputy Governor Fiona Castlemaine said on Monday", "Mayor
  Regina Holloway-Starks told The Associated Press in an interview", "Chief Executive
  Alistair Brackley told Reuters in an interview", "Reserve Bank of Australia Deputy
  Governor Lachlan Pettifer has told The Australian Financial Review that", "European Central
  Bank board member Jean-Baptiste Ferrandière told French daily Les Echos in an interview
  published on Wednesday", "Chief Executive Tamsin Odell told Bloomberg Television", "Lord
  Mayor Corbin Fairweather has told ABC Radio Brisbane", "Bank of Canada Senior Deputy
  Governor Élise Marchetti-Roy said on Tuesday that", "Chief Executive Marcus Bellingham said
  Wednesday"; hundred-twenty-seventh, three-hundred-and-seventh); the surname opening the row
  ("Castlemaine said", "Tilsley said", "Asante-Fielding said", "Kettleman said",
  "Ashworth-Grey said", "Kostopoulos said", "Guilfoyle said"); "..., the UK Health Security
  Agency said on Monday." and "..., the Environment Agency said on Tuesday." with the article
  (three-hundred-and-seventh). Left unchecked (None): all negatives, also those with a named
  speaker; „rechnet“, „kündigte an“, „schloss ... aus“, „räumte ... ein“, „Nach Angaben des
  Statistischen Bundesamts“ (an adjective in the name, three-hundred-and-thirteenth), „nach
  einem Bericht des Stadtrechnungshofs“, „Nach Angaben des Städtetags“ (masculine genitives,
  hundredth), „nach Angaben des Unternehmens“, „nach Angaben des Klubs“, „nach Angaben des
  Instituts“, „nach Angaben des Wohnungsamts“, „nach Angaben des Verbands“ (generic
  referents), „nach Angaben der Holding Graz“ and „Nach Angaben von Verdi“ (forms no batch
  settled), „nach Daten des Alfred-Wegener-Instituts“, „nach Daten des Portals Immowelt“,
  „nach Schätzungen der Europäischen Weltraumorganisation Esa“, „nach Angaben der Esa“, „nach
  eigenen Angaben“, „nach Unternehmensangaben“, „nach OeNB-Daten“, „nach Informationen des
  „Kicker““, „nach der neuen Prognose der Oesterreichischen Nationalbank“, „laut Statistik
  Austria“, „gemäss dem Verband der Schweizerischen Uhrenindustrie“, „nach Messungen des
  Gletschermessnetzes Glamos“, pronouns („sagte sie“, „sagte der Manager“); "according to
  ..." (the Office for National Statistics, data from Cirium, the Australian Bureau of
  Statistics, LSEG data, a flash estimate from Eurostat, the International Energy Agency,
  its latest annual report, the regulator Ofwat), "the agency said", "the airline said",
  "the company said last month", bodies' "said" opening a row ("The government said", "The
  Met Office said"), "She said", "he said", lower-case descriptions before a name ("Everton
  manager Graham Tilsley has told BBC Sport", "manager Ross Kettleman said Tuesday", "Council
  member Darnell Fitch said", "Ireland head coach Ronan Guilfoyle has named"; three-hundred-
  and-seventh), "The police union disputes", and rows without attribution. As the
  three-hundredth and three-hundred-and-seventh batches did, and to keep the checked
  speakers near 35, this batch also leaves unchecked forms it could have checked: the second
  „Vollmöller sagte“; "Castlemaine said" (the staff forecast), "Brackley said", "Asante-Fielding
  said" (one in nine), "Pettifer said", "Ferrandière said", "Eurostat said", "Odell said",
  "Wessex Vale Water said", "Fairweather said", "Statistics Canada said last week",
  "Marchetti-Roy said" and "Bellingham said".

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_320 = [
    # --- Bundesbank-Vorständin in der „Süddeutschen Zeitung“ (dpa), April ---
    (
        "de",
        "Frankfurt/Main (dpa) - Bundesbank-Vorständin Annelie Wehrstedt rechnet in diesem Jahr mit einer Inflationsrate von durchschnittlich 2,3 Prozent in Deutschland.",
        True,
        [("percent", 2.3, "%", None)],
        None,
    ),
    (
        "de",
        "Die Löhne seien im vergangenen Jahr um 5,4 Prozent gestiegen und damit deutlich stärker als die Produktivität, sagte Wehrstedt der „Süddeutschen Zeitung“ (Samstag).",
        True,
        [("percent", 5.4, "%", None)],
        "Wehrstedt",
    ),
    (
        "de",
        "„Ich würde mir selbst für die vergangenen Monate ein Befriedigend geben, mehr nicht“, sagte die Notenbankerin.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Überrascht hat mich, wie hartnäckig sich die Preise bei den Dienstleistungen halten“, sagte Wehrstedt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Dienstleistungen verteuerten sich im März nach Angaben des Statistischen Bundesamts um 3,8 Prozent binnen Jahresfrist.",
        True,
        [("percent", 3.8, "%", None)],
        None,
    ),
    (
        "de",
        "Wehrstedt sagte, die Kerninflation ohne Energie und Lebensmittel liege derzeit bei 2,9 Prozent.",
        True,
        [("percent", 2.9, "%", None)],
        "Wehrstedt",
    ),
    (
        "de",
        "Der Einlagensatz der Europäischen Zentralbank liegt derzeit bei 2,25 Prozent.",
        True,
        [("percent", 2.25, "%", None)],
        None,
    ),
    (
        "de",
        "„Mein Vater war Bäcker, und er hat immer gesagt: Das Geld muss man verdienen, bevor man es ausgibt“, erzählte Wehrstedt.",
        False,
        [],
        None,
    ),
    # --- Bank of England deputy governor on the Today programme (Reuters), April ---
    (
        "en",
        "LONDON, April 7 (Reuters) - Bank of England Deputy Governor Fiona Castlemaine said on Monday she expected price growth to return to the 2% target by the first quarter of next year.",
        True,
        [("date", "--04-07", None, None), ("percent", 2, "%", None), ("ordinal", 1, None, None)],
        "Fiona Castlemaine",
    ),
    (
        "en",
        "Consumer price inflation was 3.1% in February, according to the Office for National Statistics.",
        True,
        [("percent", 3.1, "%", None)],
        None,
    ),
    (
        "en",
        "\"Am I comfortable with where inflation is? No, and I doubt anyone on the committee is,\" Castlemaine told the BBC's Today programme.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Castlemaine said private-sector pay growth had slowed to 4.2% in the three months to January from 5.9% a year earlier.",
        True,
        [("percent", 4.2, "%", None), ("duration", 3, "month", None), ("percent", 5.9, "%", None)],
        "Castlemaine",
    ),
    (
        "en",
        '"The credit for the fall in inflation belongs to the staff who kept our models honest, not to me," she said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Castlemaine said the Bank's staff now expected unemployment to peak at 5.3% early next year.",
        True,
        [("percent", 5.3, "%", None)],
        None,
    ),
    (
        "en",
        "The Monetary Policy Committee voted 6-3 in March to hold Bank Rate at 4%.",
        True,
        [("count", 6, None, None), ("count", 3, None, None), ("percent", 4, "%", None)],
        None,
    ),
    (
        "en",
        '"My advice to anyone coming off a fixed-rate mortgage is not to bet on rates tumbling," Castlemaine said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Asked whether she would put her name forward for governor, Castlemaine laughed and said: "Ask me again after the summer."',
        False,
        [],
        None,
    ),
    # --- Grazer Bürgermeisterin in der „Kleinen Zeitung“ (APA), April ---
    (
        "de",
        "Graz (APA) - Die Grazer Bürgermeisterin Sieglinde Pachernegg will das Straßenbahnnetz der Stadt bis 2029 um vier Linienkilometer verlängern.",
        True,
        [("year", 2029, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Die Stadt investiere dafür rund 310 Millionen Euro, etwa ein Drittel davon komme vom Land, sagte Pachernegg der „Kleinen Zeitung“.",
        True,
        [("money", 310000000, "EUR", "about"), ("fraction", 0.3333, None, "about")],
        "Pachernegg",
    ),
    (
        "de",
        "„Amtsmüde bin ich nicht, ganz im Gegenteil“, sagte die Bürgermeisterin.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Einen Wechsel in die Landespolitik schloss Pachernegg aus.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Mein Lieblingsplatz in Graz ist immer noch die Bank unter dem Uhrturm, dort komme ich auf andere Gedanken“, erzählte Pachernegg.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Schuldenstand der Stadt ist nach einem Bericht des Stadtrechnungshofs seit 2019 um gut 40 Prozent gestiegen.",
        True,
        [("year", 2019, None, None), ("percent", 40, "%", "over")],
        None,
    ),
    (
        "de",
        "Die Grazer Straßenbahn beförderte nach Angaben der Holding Graz im vergangenen Jahr rund 72 Millionen Fahrgäste.",
        True,
        [("count", 72000000, None, "about")],
        None,
    ),
    (
        "de",
        "„Wer heute nicht baut, steht morgen im Stau“, sagte Pachernegg.",
        False,
        [],
        None,
    ),
    # --- Cleveland's mayor on crime (AP), April ---
    (
        "en",
        "CLEVELAND (AP) — Homicides in Cleveland fell 22% last year to 118, the lowest total since 2014, Mayor Regina Holloway-Starks told The Associated Press in an interview.",
        True,
        [("percent", 22, "%", None), ("count", 118, None, None), ("year", 2014, None, None)],
        "Regina Holloway-Starks",
    ),
    (
        "en",
        "\"You won't catch me taking a victory lap over any of this,\" Holloway-Starks said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "She said the city had hired 140 police officers since January and planned to add 60 more by the end of the year.",
        True,
        [("count", 140, None, None), ("count", 60, None, None)],
        None,
    ),
    (
        "en",
        "\"Honestly, what keeps me up at night isn't the statistics, it's the phone calls to mothers,\" she said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The police union disputes the hiring figure, saying the department still has about 230 vacancies.",
        True,
        [("count", 230, None, "about")],
        None,
    ),
    (
        "en",
        '"Would I take this job again, knowing what I know now? In a heartbeat," Holloway-Starks said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Holloway-Starks, who took office in 2022, is seeking a second term in November.",
        True,
        [("year", 2022, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Council member Darnell Fitch said shootings in his ward had risen 9% last year despite the citywide fall.",
        True,
        [("percent", 9, "%", None)],
        None,
    ),
    # --- Hessler-Chef im „Handelsblatt“ (dpa-AFX), April ---
    (
        "de",
        "Düsseldorf (dpa-AFX) - Der Antriebshersteller Hessler will bis Ende 2027 rund 1.200 Arbeitsplätze abbauen, davon etwa 700 in Deutschland.",
        True,
        [("year", 2027, None, None), ("count", 1200, None, "about"), ("count", 700, None, "about")],
        None,
    ),
    (
        "de",
        "„Wir haben im ersten Quartal 14 Prozent weniger Aufträge bekommen als ein Jahr zuvor“, sagte Vorstandschef Konrad Sielaff dem „Handelsblatt“.",
        True,
        [("ordinal", 1, None, None), ("percent", 14, "%", None)],
        "Konrad Sielaff",
    ),
    (
        "de",
        "Sielaff sagte, der Umbau koste rund 180 Millionen Euro, die im laufenden Geschäftsjahr als Sonderbelastung verbucht würden.",
        True,
        [("money", 180000000, "EUR", "about")],
        "Sielaff",
    ),
    (
        "de",
        "„Ich bin Ingenieur, kein Politiker, aber die Energiepreise in diesem Land sind schlicht nicht wettbewerbsfähig“, sagte Sielaff.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Ich bin Ingenieur, kein Buchhalter, aber die Rechnung ist einfach: Strom kostet uns in Sachsen fast dreimal so viel wie in unserem Werk in Ohio“, sagte der Manager.",
        True,
        [("count", 3, None, "nearly")],
        None,
    ),
    (
        "de",
        "Betriebsratschefin Martina Obst nannte die Pläne „einen Kahlschlag mit Ansage“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben des Unternehmens beschäftigt Hessler weltweit rund 9.400 Menschen.",
        True,
        [("count", 9400, None, "about")],
        None,
    ),
    (
        "de",
        "Die Hessler-Aktie verlor am Dienstag zeitweise mehr als 6 Prozent.",
        True,
        [("percent", 6, "%", "over")],
        None,
    ),
    (
        "de",
        "„Mein Rat an jeden jungen Ingenieur: Geht dorthin, wo gebaut wird, und nicht dorthin, wo verwaltet wird“, sagte Sielaff.",
        False,
        [],
        None,
    ),
    # --- Northwind Airways chief in a Reuters interview (Reuters), April ---
    (
        "en",
        "DUBLIN, April 15 (Reuters) - Northwind Airways expects to carry about 41 million passengers this year, up from 36.5 million last year, Chief Executive Alistair Brackley told Reuters in an interview.",
        True,
        [("date", "--04-15", None, None), ("count", 41000000, None, "about"), ("count", 36500000, None, None)],
        "Alistair Brackley",
    ),
    (
        "en",
        "\"We're the best-run airline in Europe, and I'll argue that with anyone who wants to,\" Brackley said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Brackley said the airline had ordered 30 more narrowbody jets, worth about $3.6 billion at list prices, for delivery from 2028.",
        True,
        [("count", 30, None, None), ("money", 3600000000, "USD", "about"), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "Northwind carried 3.2 million passengers in March, 9% more than a year earlier, the airline said.",
        True,
        [("count", 3200000, None, None), ("percent", 9, "%", None)],
        None,
    ),
    (
        "en",
        "Asked whether fares would rise this summer, Brackley said: \"That's a question for the oil market, not for me.\"",
        False,
        [],
        None,
    ),
    (
        "en",
        "Average fares rose 7% in the three months to March, the company said last month.",
        True,
        [("percent", 7, "%", None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "en",
        "\"I'd give us a B-minus on punctuality, and that's being generous,\" Brackley said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Northwind's on-time performance was 71% in the first quarter, according to data from aviation analytics firm Cirium.",
        True,
        [("percent", 71, "%", None), ("ordinal", 1, None, None)],
        None,
    ),
    # --- SCB-Trainer im «SonntagsBlick» (Keystone-SDA), April ---
    (
        "de",
        "Bern (Keystone-SDA) - SCB-Trainer Reto Imboden hat nach dem Aus im Playoff-Viertelfinal einen Vertrag bis 2028 unterschrieben.",
        True,
        [("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "«Bin ich zufrieden mit dieser Saison? Nein, und das sage ich jedem, der fragt», sagte Imboden dem «SonntagsBlick».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der SCB hatte die Qualifikation auf dem fünften Platz abgeschlossen, mit 89 Punkten aus 52 Spielen.",
        True,
        [("ordinal", 5, None, None), ("count", 89, None, None), ("count", 52, None, None)],
        None,
    ),
    (
        "de",
        "«Das Lob gehört den Spielern, die Kritik gehört mir», sagte der Trainer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Imboden sagte, die Mannschaft habe in den Playoffs nur 11 Tore in 7 Spielen erzielt.",
        True,
        [("count", 11, None, None), ("count", 7, None, None)],
        "Imboden",
    ),
    (
        "de",
        "«Mein Juniorentrainer in Langnau sagte immer: Wer nicht leiden kann, wird nie Meister», erzählte Imboden.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Imboden hatte den SCB im Januar 2024 übernommen.",
        True,
        [("year", 2024, None, None)],
        None,
    ),
    (
        "de",
        "In der kommenden Saison fehlen dem SCB nach Angaben des Klubs drei verletzte Stammspieler bis mindestens Oktober.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    # --- Everton manager to BBC Sport (PA), April ---
    (
        "en",
        "LONDON (PA) - Everton manager Graham Tilsley has told BBC Sport he will stay on next season despite a run of one win in 11 Premier League matches.",
        True,
        [("count", 1, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "\"I'm not a quitter, never have been, never will be,\" Tilsley said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Everton are 17th on 31 points, four clear of the relegation zone with six games left.",
        True,
        [("ordinal", 17, None, None), ("count", 31, None, None), ("count", 4, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "en",
        "Tilsley, 52, took charge in October 2023 after a spell at Preston.",
        True,
        [("duration", 52, "year", None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        '"As my old gaffer at Preston used to say, nobody gets relegated in April," he added.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Tilsley said four senior players, including captain Sean Mallory, were out with hamstring injuries.",
        True,
        [("count", 4, None, None)],
        "Tilsley",
    ),
    (
        "en",
        '"The lads have been magnificent, and the credit is all theirs," he said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Asked whether the board had given him assurances about his future, Tilsley said: \"You'd have to ask them.\"",
        False,
        [],
        None,
    ),
    # --- Meeresforscherin im Deutschlandfunk (dpa), Mai ---
    (
        "de",
        "Bremerhaven (dpa) - Die Ausdehnung des arktischen Meereises hat im März nach Daten des Alfred-Wegener-Instituts mit rund 14,1 Millionen Quadratkilometern den zweitniedrigsten Wert seit Beginn der Satellitenmessungen 1979 erreicht.",
        True,
        [("count", 14100000, None, "about"), ("ordinal", 2, None, None), ("year", 1979, None, None)],
        None,
    ),
    (
        "de",
        "„Das ist kein Ausreißer mehr, das ist ein Muster“, sagte die Meeresforscherin Frauke Ostendorp im Deutschlandfunk.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ostendorp sagte, die Eisdicke in der zentralen Arktis habe in den vergangenen 40 Jahren um etwa ein Drittel abgenommen.",
        True,
        [("duration", 40, "year", None), ("fraction", 0.3333, None, "about")],
        "Ostendorp",
    ),
    (
        "de",
        "„Ich bin Physikerin, keine Politikerin, aber wer jetzt noch abwartet, hat die Daten nicht gelesen“, sagte Ostendorp.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Mein Rat an junge Forscherinnen: Fahrt raus aufs Eis, solange es noch da ist“, sagte sie und lachte.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Forschungseisbrecher „Polarstern“ soll im August zu einer zweimonatigen Expedition in die Framstraße aufbrechen.",
        True,
        [("duration", 2, "month", None)],
        None,
    ),
    (
        "de",
        "An Bord werden nach Angaben des Instituts 53 Forschende aus elf Ländern sein.",
        True,
        [("count", 53, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "de",
        "Überrascht habe sie vor allem, wie früh das Eis in diesem Frühjahr aufgebrochen sei, sagte Ostendorp.",
        False,
        [],
        None,
    ),
    # --- Epidemiologist on measles to The Guardian (Reuters), May ---
    (
        "en",
        "LONDON, May 5 (Reuters) - Confirmed measles cases in England rose to 2,140 in the first four months, nearly triple the number recorded over January to April a year ago, the UK Health Security Agency said on Monday.",
        True,
        [("date", "--05-05", None, None), ("count", 2140, None, None), ("ordinal", 1, None, None), ("duration", 4, "month", None), ("count", 3, None, "nearly")],
        "the UK Health Security Agency",
    ),
    (
        "en",
        "Uptake of the second MMR dose among five-year-olds was 84.6% last year, below the 95% needed for herd immunity, the agency said.",
        True,
        [("ordinal", 2, None, None), ("duration", 5, "year", None), ("percent", 84.6, "%", None), ("percent", 95, "%", None)],
        None,
    ),
    (
        "en",
        "\"We are sleepwalking into an epidemic that nobody will be able to say they didn't see coming,\" epidemiologist Kwabena Asante-Fielding told The Guardian.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Asante-Fielding said modelling by his team suggested that about 40,000 children in London alone had never received an MMR jab.",
        True,
        [("count", 40000, None, "about")],
        "Asante-Fielding",
    ),
    (
        "en",
        "\"I'm a scientist, not a campaigner, but I know a failure of public health when I see it,\" he said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Asante-Fielding said about one in nine children starting primary school in London had not had both doses.",
        True,
        [("fraction", 0.1111, None, "about")],
        None,
    ),
    (
        "en",
        "The government said it would spend 25 million pounds on a catch-up vaccination campaign starting in June.",
        True,
        [("money", 25000000, "GBP", None)],
        None,
    ),
    (
        "en",
        '"My advice to parents is simple: dig out the red book tonight and check," Asante-Fielding said.',
        False,
        [],
        None,
    ),
    # --- Regensburger Oberbürgermeister in der „Mittelbayerischen“ (dpa/lby), Mai ---
    (
        "de",
        "Regensburg (dpa/lby) - In Regensburg sind im vergangenen Jahr nach Angaben der Stadt 1.140 Wohnungen fertiggestellt worden, rund 300 weniger als im Jahr davor.",
        True,
        [("count", 1140, None, None), ("count", 300, None, "about")],
        "die Stadt",
    ),
    (
        "de",
        "„Ich bin mein schärfster Kritiker, und ich sage Ihnen: Das reicht nicht“, sagte Oberbürgermeister Florian Waldhauser der „Mittelbayerischen Zeitung“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Waldhauser sagte, die Stadt wolle bis 2030 mindestens 2.000 geförderte Wohnungen bauen lassen.",
        True,
        [("year", 2030, None, None), ("count", 2000, None, "at_least")],
        "Waldhauser",
    ),
    (
        "de",
        "Die durchschnittliche Angebotsmiete liegt nach Daten des Portals Immowelt inzwischen bei 13,80 Euro je Quadratmeter.",
        True,
        [("money", 13.8, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Wer glaubt, dass man Mieten mit Plakaten senkt, stand noch nie auf einer Baustelle“, sagte Waldhauser mit Blick auf eine Kampagne der Grünen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Amtsmüde? „Nicht im Geringsten“, sagte der Oberbürgermeister.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Waldhauser kündigte an, bei der Kommunalwahl 2032 erneut zu kandidieren.",
        True,
        [("year", 2032, None, None)],
        None,
    ),
    (
        "de",
        "Auf der Warteliste für eine Sozialwohnung stehen nach Angaben des Wohnungsamts derzeit rund 4.800 Haushalte.",
        True,
        [("count", 4800, None, "about")],
        None,
    ),
    (
        "de",
        "Der Mieterverein sprach von einer „Bilanz zum Fremdschämen“.",
        False,
        [],
        None,
    ),
    # --- RBA deputy governor to the Financial Review (AAP), May ---
    (
        "en",
        "SYDNEY (AAP) - Reserve Bank of Australia Deputy Governor Lachlan Pettifer has told The Australian Financial Review that underlying inflation should settle in the middle of the 2 to 3% target band by mid-2027.",
        True,
        [("percent", 2, "%", None), ("percent", 3, "%", None), ("year", 2027, None, None)],
        "Lachlan Pettifer",
    ),
    (
        "en",
        "Trimmed mean inflation was 3.2% in the March quarter, according to the Australian Bureau of Statistics.",
        True,
        [("percent", 3.2, "%", None)],
        None,
    ),
    (
        "en",
        "\"I'd put it this way: we are closer to the end of this fight than to the beginning,\" Pettifer said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Pettifer said the board had cut the cash rate by 25 basis points in February and again in April, taking it to 3.6%.",
        True,
        [("percent", 25, "bp", None), ("percent", 3.6, "%", None)],
        None,
    ),
    (
        "en",
        "The RBA's next policy meeting is on July 8.",
        True,
        [("date", "--07-08", None, None)],
        None,
    ),
    (
        "en",
        "Asked whether another cut was likely in July, Pettifer said he \"wouldn't want to pre-empt the board.\"",
        False,
        [],
        None,
    ),
    (
        "en",
        "Money markets see a roughly 60% probability of a July cut, according to LSEG data.",
        True,
        [("percent", 60, "%", "about")],
        None,
    ),
    (
        "en",
        "\"If I had a crystal ball, I'd be in a very different line of work,\" Pettifer joked.",
        False,
        [],
        None,
    ),
    # --- OeNB-Direktorin in der „Presse“ (APA), Mai ---
    (
        "de",
        "Wien (APA) - Die Inflation in Österreich dürfte nach der neuen Prognose der Oesterreichischen Nationalbank (OeNB) heuer bei durchschnittlich 3,1 Prozent liegen.",
        True,
        [("percent", 3.1, "%", None)],
        None,
    ),
    (
        "de",
        "„Wir sind nicht die Musterschüler Europas, das muss man ehrlich sagen“, sagte OeNB-Direktoriumsmitglied Barbara Stöckl-Weinzierl der „Presse“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Teuerung lag im April laut Statistik Austria bei 3,4 Prozent, nach 3,6 Prozent im März.",
        True,
        [("percent", 3.4, "%", None), ("percent", 3.6, "%", None)],
        None,
    ),
    (
        "de",
        "Stöckl-Weinzierl sagte, rund ein Viertel der Teuerung gehe derzeit auf die Mieten zurück.",
        True,
        [("fraction", 0.25, None, "about")],
        "Stöckl-Weinzierl",
    ),
    (
        "de",
        "„Ehrlich gesagt hätte ich mir von den Energieversorgern mehr Tempo bei den Preissenkungen gewünscht“, sagte sie.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Sparquote der privaten Haushalte lag nach OeNB-Daten zuletzt bei 11,2 Prozent.",
        True,
        [("percent", 11.2, "%", None)],
        None,
    ),
    (
        "de",
        "Für das kommende Jahr erwartet die OeNB einen Rückgang der Inflation auf 2,4 Prozent.",
        True,
        [("percent", 2.4, "%", None)],
        None,
    ),
    (
        "de",
        "Auf die Frage, ob sie sich Chancen auf den Gouverneursposten ausrechne, sagte Stöckl-Weinzierl: „Darüber mache ich mir keine Gedanken.“",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Meine Großmutter hat die Nachkriegsjahre erlebt, von ihr habe ich gelernt, jeden Schilling umzudrehen“, erzählte Stöckl-Weinzierl.",
        False,
        [],
        None,
    ),
    # --- ECB board member to Les Echos (Reuters), May ---
    (
        "en",
        "FRANKFURT, May 14 (Reuters) - Euro zone inflation is likely to fall below 2% by the autumn, European Central Bank board member Jean-Baptiste Ferrandière told French daily Les Echos in an interview published on Wednesday.",
        True,
        [("date", "--05-14", None, None), ("percent", 2, "%", "under")],
        "Jean-Baptiste Ferrandière",
    ),
    (
        "en",
        "Euro zone inflation was 2.2% in April, according to a flash estimate from Eurostat.",
        True,
        [("percent", 2.2, "%", None)],
        None,
    ),
    (
        "en",
        '"We have not won the war yet, but we are winning the battles," Ferrandière said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ferrandière said the ECB's deposit rate, now at 2.25%, was close to the neutral level, which staff estimate at between 1.75% and 2.25%.",
        True,
        [("percent", 2.25, "%", None), ("percent", 1.75, "%", None), ("percent", 2.25, "%", None)],
        None,
    ),
    (
        "en",
        'Asked about his own preference for July, Ferrandière said he would "come to the meeting with an open mind."',
        False,
        [],
        None,
    ),
    (
        "en",
        "\"Frankly, I'm more worried about growth than about prices at this point,\" he said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Output in the currency bloc rose 0.2% in the first quarter against the prior three months, Eurostat said.",
        True,
        [("percent", 0.2, "%", None), ("ordinal", 1, None, None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "en",
        "The ECB has cut its deposit rate seven times since June 2024.",
        True,
        [("count", 7, None, None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        '"What surprised me is how stubborn the labour market has been," Ferrandière said.',
        False,
        [],
        None,
    ),
    # --- Werder-Trainer im „Kicker“ (dpa), Mai ---
    (
        "de",
        "Bremen (dpa) - Werder Bremen hat den Vertrag mit Trainer Jannik Bothmer vorzeitig bis Juni 2028 verlängert.",
        True,
        [("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "„Wenn Sie mich fragen, ob ich zufrieden bin: Nein, aber ich bin stolz“, sagte Bothmer dem „Kicker“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Werder liegt zwei Spieltage vor Saisonende mit 47 Punkten auf Platz sieben.",
        True,
        [("count", 2, None, None), ("count", 47, None, None), ("ordinal", 7, None, None)],
        None,
    ),
    (
        "de",
        "Bothmer sagte, die Mannschaft habe in dieser Saison 19 Tore nach Standardsituationen erzielt, so viele wie kein anderer Bundesligist.",
        True,
        [("count", 19, None, None)],
        "Bothmer",
    ),
    (
        "de",
        "„Das ist nicht mein Verdienst, das ist die Arbeit von Jürgen an der Seitenlinie und vom ganzen Staff“, sagte Bothmer über seinen Co-Trainer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Ich hatte als Jugendspieler einen Trainer, der immer gesagt hat: Der Ball ist rund, aber der Platz ist eckig“, erzählte Bothmer lachend.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Stürmer Levin Brandau besitzt nach Informationen des „Kicker“ eine Ausstiegsklausel über 18 Millionen Euro.",
        True,
        [("money", 18000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Brandau hat in dieser Saison bislang 14 Bundesliga-Tore erzielt.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "„Würde ich mich wieder für Bremen entscheiden? Jederzeit“, sagte Bothmer.",
        False,
        [],
        None,
    ),
    # --- Mariners manager on a slump (AP), May ---
    (
        "en",
        "SEATTLE (AP) — The Seattle Mariners have lost 11 of their last 14 games, their worst stretch since 2019, and manager Ross Kettleman said Tuesday he was not worried about his job.",
        True,
        [("count", 11, None, None), ("count", 14, None, None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "\"If I spent my days worrying about my job, I'd be lousy at it,\" Kettleman said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Seattle is 21-25, fourth in the AL West and seven games behind first-place Houston.",
        True,
        [("ordinal", 4, None, None), ("count", 7, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        '"The credit for the good stretches goes to the players, and the blame for this slump goes to me," he said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Kettleman said ace Luis Ocampo would have surgery on his right elbow Friday and miss the rest of the season.",
        True,
        [],
        "Kettleman",
    ),
    (
        "en",
        "Ocampo went 14-6 with a 2.91 earned run average last season.",
        True,
        [("count", 2.91, None, None)],
        None,
    ),
    (
        "en",
        "Kettleman, 49, is in his third season as Seattle's manager.",
        True,
        [("duration", 49, "year", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        '"Did anyone in your newsroom get a vote of confidence this week?" Kettleman shot back when asked about his job security.',
        False,
        [],
        None,
    ),
    # --- Montavel-Chef in der «NZZ am Sonntag» (Keystone-SDA), Mai ---
    (
        "de",
        "Biel (Keystone-SDA) - Der Umsatz des Uhrenherstellers Montavel ist im vergangenen Jahr um 9 Prozent auf 412 Millionen Franken gesunken.",
        True,
        [("percent", 9, "%", None), ("money", 412000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "«Wir haben die Lage in China zu spät ernst genommen, und das nehme ich auf meine Kappe», sagte Konzernchef Yves Marchand-Rüfenacht der «NZZ am Sonntag».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Marchand-Rüfenacht sagte, das Unternehmen habe in China 17 seiner 40 Boutiquen geschlossen.",
        True,
        [("count", 17, None, None), ("count", 40, None, None)],
        "Marchand-Rüfenacht",
    ),
    (
        "de",
        "«Eine Uhr ist kein Produkt, sie ist ein Versprechen», sagte der Manager.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Schweizer Uhrenexporte sanken gemäss dem Verband der Schweizerischen Uhrenindustrie im ersten Quartal um 6,8 Prozent.",
        True,
        [("ordinal", 1, None, None), ("percent", 6.8, "%", None)],
        None,
    ),
    (
        "de",
        "«Mein Rat an alle, die heute eine Firma gründen: Hören Sie nie auf, selber an der Werkbank zu sitzen», sagte Marchand-Rüfenacht.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Einen Stellenabbau in der Schweiz schloss Marchand-Rüfenacht für dieses Jahr aus.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die USA sind nach Angaben des Unternehmens mit einem Umsatzanteil von 27 Prozent inzwischen der wichtigste Markt von Montavel.",
        True,
        [("percent", 27, "%", None)],
        None,
    ),
    (
        "de",
        "Ob Montavel an der für Mitte Jahr angekündigten Preiserhöhung festhält, liess der Konzernchef offen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Montavel beschäftigt in der Schweiz rund 1850 Mitarbeitende.",
        True,
        [("count", 1850, None, "about")],
        None,
    ),
    # --- Karrawong chief to Bloomberg Television (Reuters), May ---
    (
        "en",
        "PERTH, May 27 (Reuters) - Karrawong Resources will cut about 600 jobs at its Western Australian nickel operations and put two mines on care and maintenance, Chief Executive Tamsin Odell told Bloomberg Television.",
        True,
        [("date", "--05-27", None, None), ("count", 600, None, "about"), ("count", 2, None, None)],
        "Tamsin Odell",
    ),
    (
        "en",
        '"This is the hardest decision of my career, and I made it with my eyes open," Odell said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Odell said nickel prices had fallen about 40% since early 2023 as Indonesian output surged.",
        True,
        [("percent", 40, "%", "about"), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        '"Nobody in Jakarta is playing by the rules we have to play by," she said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Indonesia accounted for more than half of global mined nickel supply last year, according to the International Energy Agency.",
        True,
        [("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "en",
        "Karrawong employs about 3,400 people in Western Australia, according to its latest annual report.",
        True,
        [("count", 3400, None, "about")],
        None,
    ),
    (
        "en",
        "\"I'm a geologist, not a trade negotiator, but this market is broken,\" Odell said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Karrawong wrote down the value of its nickel assets by A$1.4 billion in the six months to December.",
        True,
        [("money", 1400000000, "AUD", None), ("duration", 6, "month", None)],
        None,
    ),
    (
        "en",
        "Karrawong shares fell 5.3% in Sydney.",
        True,
        [("percent", 5.3, "%", None)],
        None,
    ),
    (
        "en",
        '"Would I buy these assets again at that price? Of course not," Odell said with a rueful laugh.',
        False,
        [],
        None,
    ),
    # --- Esa-Experte im „Tagesspiegel“ (dpa), Juni ---
    (
        "de",
        "Darmstadt (dpa) - Um die Erde kreisen nach Schätzungen der Europäischen Weltraumorganisation Esa inzwischen mehr als 40.000 Trümmerteile mit einem Durchmesser von mehr als zehn Zentimetern.",
        True,
        [("count", 40000, None, "over"), ("count", 10, None, "over")],
        None,
    ),
    (
        "de",
        "„Wir benehmen uns im Orbit wie Touristen, die ihren Müll am Strand liegen lassen“, sagte Esa-Experte Tobias Lenhardt dem „Tagesspiegel“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Lenhardt sagte, die Satelliten der Esa hätten im vergangenen Jahr 31 Ausweichmanöver fliegen müssen, so viele wie nie zuvor.",
        True,
        [("count", 31, None, None)],
        "Lenhardt",
    ),
    (
        "de",
        "„Was mich wirklich überrascht hat, ist die Gleichgültigkeit der großen Betreiber“, sagte er.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Am liebsten sitze ich nachts im Kontrollraum, wenn es ganz still ist“, erzählte Lenhardt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Esa will nach eigenen Angaben ab 2030 nur noch Satelliten starten, die nach Missionsende binnen fünf Jahren kontrolliert zum Absturz gebracht werden können.",
        True,
        [("year", 2030, None, None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "de",
        "Im Februar musste nach Angaben der Esa auch die Internationale Raumstation einem Trümmerteil ausweichen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Auf die Frage, ob er selbst gern ins All fliegen würde, sagte Lenhardt: „Fragen Sie meine Frau.“",
        False,
        [],
        None,
    ),
    # --- Climate scientist on Times Radio (PA), June ---
    (
        "en",
        "LONDON (PA) - Reservoir stocks in England stood at 71% of capacity at the end of May, the Environment Agency said on Tuesday.",
        True,
        [("percent", 71, "%", None)],
        "the Environment Agency",
    ),
    (
        "en",
        "\"We are no longer talking about the future, we are talking about next week's weather forecast,\" climate scientist Helen Ashworth-Grey told Times Radio.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Ashworth-Grey said England had had its driest spring in more than 50 years, with 38% less rain than the long-term average.",
        True,
        [("duration", 50, "year", "over"), ("percent", 38, "%", None)],
        "Ashworth-Grey",
    ),
    (
        "en",
        "\"I'm a physicist by training, so forgive me if I sound blunt, but the water companies have had decades to fix their pipes,\" she said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Water companies in England lose about 2.9 billion litres a day through leaks, according to the regulator Ofwat.",
        True,
        [("count", 2900000000, None, "about")],
        None,
    ),
    (
        "en",
        "The Met Office said May rainfall in southern England was 41% of the long-term average.",
        True,
        [("percent", 41, "%", None)],
        None,
    ),
    (
        "en",
        '"My advice to gardeners is to let the lawn go brown, because it will come back," Ashworth-Grey said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Wessex Vale Water said it would impose a hosepipe ban on about 1.1 million customers from June 20.",
        True,
        [("count", 1100000, None, "about"), ("date", "--06-20", None, None)],
        None,
    ),
    (
        "en",
        "Whether a drought will be formally declared in the south-east before July remains unclear.",
        False,
        [],
        None,
    ),
    # --- ÖFB-Teamchef in der „Kronen Zeitung“ (APA), Juni ---
    (
        "de",
        "Wien (APA) - Österreichs Fußball-Nationalteam hat von seinen vergangenen 12 Länderspielen nur eines verloren.",
        True,
        [("count", 12, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "de",
        "„Wir müssen uns vor niemandem verstecken, auch nicht vor Spanien“, sagte Teamchef Bernhard Raffelsberger der „Kronen Zeitung“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Raffelsberger sagte, Kapitän Stefan Mairleitner werde gegen Spanien nach seiner Knieverletzung in die Startelf zurückkehren.",
        True,
        [],
        "Raffelsberger",
    ),
    (
        "de",
        "„Bin ich ein guter Verlierer? Nein, das war ich nie, und das ist auch gut so“, sagte Raffelsberger und grinste.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Spiel im Wiener Ernst-Happel-Stadion am Samstag ist mit 48.500 Zuschauern ausverkauft, teilte der ÖFB mit.",
        True,
        [("count", 48500, None, None)],
        "der ÖFB",
    ),
    (
        "de",
        "„Mein Großvater hat mich als Bub auf den Sportplatz mitgenommen und gesagt: Schau dir die Verlierer an, von denen lernst du mehr“, erzählte der Teamchef.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Österreich liegt in der Qualifikationsgruppe mit zehn Punkten aus vier Spielen auf Rang zwei.",
        True,
        [("count", 10, None, None), ("count", 4, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Raffelsberger ist seit März 2023 Teamchef, sein Vertrag läuft nach Angaben des Verbands bis Ende November.",
        True,
        [("year", 2023, None, None)],
        None,
    ),
    # --- Brisbane's lord mayor on the Olympic stadium (AAP), June ---
    (
        "en",
        "BRISBANE (AAP) - Brisbane's new Olympic stadium will cost A$4.3 billion and seat 58,000 people, Lord Mayor Corbin Fairweather has told ABC Radio Brisbane.",
        True,
        [("money", 4300000000, "AUD", None), ("count", 58000, None, None)],
        "Corbin Fairweather",
    ),
    (
        "en",
        "\"This will be the best Games Australia has ever hosted, and I'll stake my reputation on it,\" Fairweather said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Fairweather said the council would contribute A$620 million, with the rest coming from the state and federal governments.",
        True,
        [("money", 620000000, "AUD", None)],
        None,
    ),
    (
        "en",
        '"My favourite part of this job is still the Saturday markets, not the stadiums," he said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Opposition leader Nadia Kostopoulos called the stadium "a monument to ego."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Kostopoulos said the stadium's projected cost had risen by about A$1.1 billion since the original estimate in 2023.",
        True,
        [("money", 1100000000, "AUD", "about"), ("year", 2023, None, None)],
        "Kostopoulos",
    ),
    (
        "en",
        "A state-commissioned review last year put the cost of the stadium at A$3.9 billion.",
        True,
        [("money", 3900000000, "AUD", None)],
        None,
    ),
    (
        "en",
        'Asked whether the council would cover any overrun, Fairweather said he was "not going to deal in hypotheticals."',
        False,
        [],
        None,
    ),
    # --- Mannheimer Oberbürgermeisterin im „Mannheimer Morgen“ (dpa/lsw), Juni ---
    (
        "de",
        "Mannheim (dpa/lsw) - Die Stadt Mannheim hat wegen eines erwarteten Defizits von rund 96 Millionen Euro eine Haushaltssperre verhängt.",
        True,
        [("money", 96000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "„Ich habe dieses Amt nicht angetreten, um Schwimmbäder zu schließen“, sagte Oberbürgermeisterin Katharina Vollmöller dem „Mannheimer Morgen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Vollmöller sagte, die Gewerbesteuereinnahmen seien im ersten Halbjahr um 18 Prozent hinter dem Plan zurückgeblieben.",
        True,
        [("ordinal", 1, None, None), ("percent", 18, "%", None)],
        "Vollmöller",
    ),
    (
        "de",
        "Eine Erhöhung der Grundsteuer schloss Vollmöller für das laufende Jahr aus.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Vollmöller sagte, der Gemeinderat solle am 15. Juli über ein Sparpaket von rund 40 Millionen Euro abstimmen.",
        True,
        [("date", "--07-15", None, None), ("money", 40000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "„Die Kommunen sind die Ausputzer der Republik“, sagte sie.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben des Städtetags verbuchten die Kommunen bundesweit im vergangenen Jahr ein Defizit von 24,8 Milliarden Euro.",
        True,
        [("money", 24800000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Amtsmüde? Eher im Gegenteil, ich habe ja noch gar nicht richtig angefangen“, sagte die Oberbürgermeisterin lachend.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Grünen im Gemeinderat warfen Vollmöller vor, „mit dem Rasenmäher statt mit dem Skalpell“ zu sparen.",
        False,
        [],
        None,
    ),
    # --- Bank of Canada senior deputy governor on CBC Radio (Reuters), June ---
    (
        "en",
        "OTTAWA, June 10 (Reuters) - Bank of Canada Senior Deputy Governor Élise Marchetti-Roy said on Tuesday that U.S. tariffs had already cost Canada about 40,000 manufacturing jobs since January.",
        True,
        [("date", "--06-10", None, None), ("count", 40000, None, "about")],
        "Élise Marchetti-Roy",
    ),
    (
        "en",
        "\"I wouldn't call it a recession yet, but I wouldn't call it a recovery either,\" Marchetti-Roy told CBC Radio.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Canada's unemployment rate rose to 7.1% in May, the highest since 2016 outside the pandemic, Statistics Canada said last week.",
        True,
        [("percent", 7.1, "%", None), ("year", 2016, None, None)],
        None,
    ),
    (
        "en",
        "Marchetti-Roy said the central bank had lowered its policy rate by a cumulative 250 basis points since mid-2024, to 2.5%.",
        True,
        [("percent", 250, "bp", None), ("year", 2024, None, None), ("percent", 2.5, "%", None)],
        None,
    ),
    (
        "en",
        "\"My late father ran a hardware store in Trois-Rivières, and he used to say you can't borrow your way out of a bad season,\" she said.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"Do I lose sleep over this? Of course I do," Marchetti-Roy said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "She declined to say whether the bank would cut again at its next meeting.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Canada sends about three-quarters of its exports to the United States.",
        True,
        [("fraction", 0.75, None, "about")],
        None,
    ),
    (
        "en",
        "The Bank of Canada's next rate decision is due on July 30.",
        True,
        [("date", "--07-30", None, None)],
        None,
    ),
    # --- Kettwig-Chefin in der „Wirtschaftswoche“ (dpa-AFX), Juni ---
    (
        "de",
        "Essen (dpa-AFX) - Die Modekette Kettwig will bis Ende des kommenden Jahres 45 ihrer 210 Filialen schließen.",
        True,
        [("count", 45, None, None), ("count", 210, None, None)],
        None,
    ),
    (
        "de",
        "Betroffen seien rund 900 Beschäftigte, sagte Vorstandschefin Sabine Overkamp der „Wirtschaftswoche“.",
        True,
        [("count", 900, None, "about")],
        "Sabine Overkamp",
    ),
    (
        "de",
        "„Wir haben den Onlinehandel unterschätzt, das war mein Fehler und niemandes sonst“, sagte Overkamp.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Overkamp räumte ein, dass Kettwig im Geschäftsjahr 2024/25 einen Verlust von 38 Millionen Euro geschrieben hat.",
        True,
        [("year", 2024, None, None), ("year", 2025, None, None), ("money", 38000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Mode muss man anfassen können, das wird kein Algorithmus je ändern“, sagte die Managerin.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Was mich überrascht hat: wie treu uns die ältere Kundschaft geblieben ist“, sagte Overkamp.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Anteil des Onlinegeschäfts am Umsatz liegt nach Unternehmensangaben bei 23 Prozent.",
        True,
        [("percent", 23, "%", None)],
        None,
    ),
    (
        "de",
        "Nach Angaben von Verdi sind drei Viertel der Beschäftigten in den Kettwig-Filialen Frauen.",
        True,
        [("fraction", 0.75, None, None)],
        None,
    ),
    # --- FreshWay Markets chief on CNBC (AP), June ---
    (
        "en",
        "NEW YORK (AP) — FreshWay Markets will raise starting pay for its 48,000 store workers to $18 an hour from $16.50, Chief Executive Marcus Bellingham said Wednesday.",
        True,
        [("count", 48000, None, None), ("money", 18, "USD", None), ("money", 16.5, "USD", None)],
        "Marcus Bellingham",
    ),
    (
        "en",
        '"Our people are the best in the business, full stop," Bellingham told CNBC.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Bellingham said the raise would cost the company about $140 million a year.",
        True,
        [("money", 140000000, "USD", "about")],
        None,
    ),
    (
        "en",
        '"I started out bagging groceries, so nobody needs to tell me what this work is like," he said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The company reported a 4.1% rise in same-store sales in the first quarter.",
        True,
        [("percent", 4.1, "%", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        '"Would I like to pay them more? Of course. Can I afford it yet? No," Bellingham said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The United Food and Commercial Workers union represents about 12,000 FreshWay employees.",
        True,
        [("count", 12000, None, "about")],
        None,
    ),
    (
        "en",
        'The union called the raise "a start, and nothing more."',
        False,
        [],
        None,
    ),
    (
        "en",
        "FreshWay shares rose 2.4% in afternoon trading.",
        True,
        [("percent", 2.4, "%", None)],
        None,
    ),
    (
        "en",
        "FreshWay operates 312 stores in nine states.",
        True,
        [("count", 312, None, None), ("count", 9, None, None)],
        None,
    ),
    # --- ETH-Glaziologin im «Tages-Anzeiger» (Keystone-SDA), Juni ---
    (
        "de",
        "Zürich (Keystone-SDA) - Die Schweizer Gletscher haben im vergangenen Jahr nach Messungen des Gletschermessnetzes Glamos rund 3,2 Prozent ihres verbleibenden Volumens verloren.",
        True,
        [("percent", 3.2, "%", "about")],
        None,
    ),
    (
        "de",
        "«Wir schreiben den Nachruf auf die Gletscher, während sie noch leben», sagte die ETH-Glaziologin Corina Bärtschi dem «Tages-Anzeiger».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bärtschi sagte, seit 2005 sei rund 35 Prozent des Gletschervolumens verschwunden.",
        True,
        [("year", 2005, None, None), ("percent", 35, "%", "about")],
        "Bärtschi",
    ),
    (
        "de",
        "«Am liebsten bin ich im Spätsommer auf dem Eis, wenn der Schnee weg ist und der Gletscher ehrlich wird», erzählte Bärtschi.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Bund will die Gletscherüberwachung in den kommenden vier Jahren mit zusätzlich 6,4 Millionen Franken finanzieren.",
        True,
        [("duration", 4, "year", None), ("money", 6400000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Glamos misst nach eigenen Angaben regelmässig die Massenbilanz von rund 60 Gletschern.",
        True,
        [("count", 60, None, "about")],
        None,
    ),
    (
        "de",
        "«Mein Doktorvater hat immer gesagt: Das Eis lügt nicht, nur die Menschen tun es», erzählte Bärtschi.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Auf die Frage, ob der Aletschgletscher bis zum Ende des Jahrhunderts verschwinden werde, sagte Bärtschi: «Was glauben Sie denn?»",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Aletschgletscher ist mit einer Länge von rund 21 Kilometern der grösste Gletscher der Alpen.",
        True,
        [("count", 21, None, "about")],
        None,
    ),
    # --- Ireland rugby coach on RTÉ Radio (Reuters), June ---
    (
        "en",
        "DUBLIN, June 24 (Reuters) - Ireland head coach Ronan Guilfoyle has named five uncapped players in a 36-man squad for next month's tour of Japan.",
        True,
        [("date", "--06-24", None, None), ("count", 5, None, None), ("count", 36, None, None)],
        None,
    ),
    (
        "en",
        '"Am I taking a risk? Probably, but the bigger risk would be standing still," Guilfoyle told RTÉ Radio.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Guilfoyle said captain Darragh Fennelly would miss the tour after shoulder surgery and be out for about four months.",
        True,
        [("duration", 4, "month", "about")],
        "Guilfoyle",
    ),
    (
        "en",
        "Ireland have won 13 of their last 16 tests.",
        True,
        [("count", 13, None, None), ("count", 16, None, None)],
        None,
    ),
    (
        "en",
        "Ireland finished second in this year's Six Nations with four wins from five matches.",
        True,
        [("ordinal", 2, None, None), ("count", 4, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        '"My advice to any young player is to stop reading the newspapers," Guilfoyle said with a smile.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ireland play Japan in Tokyo on July 5 and in Osaka on July 12.",
        True,
        [("date", "--07-05", None, None), ("date", "--07-12", None, None)],
        None,
    ),
    (
        "en",
        '"Japan at home in the summer is about as hard as it gets in rugby," he said.',
        False,
        [],
        None,
    ),
]
