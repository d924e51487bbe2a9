"""Three-hundred-and-fiftieth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, lists, works and figures
are made up (the car supplier Brenntal and its chief executive Ulrich Fahrenkamp, the Bank
Hohenau and its analyst Petra Gmelin and strategist Jochen Brüggemann, the list „Innsbruck
Neu“, Andreas Pichlmayr, Sonja Walch-Eberl, Helena Strand-Ruiz, the initiative «Boden für
alle», Corinne Ammeter, Gerd Kühlwein, Roland Weißgerber, Dusan Radević, Lennart Skiba, the
chemicals group Altwerk, Markus Wendtner, Ingrid Harrer-Stolz, Karin Voßberg, Sabine
Kranich, the Bank Seeberg, the portal Zinspilot, the painter Anton Veltheim, Lea
Kuonen-Marti, Nadia Giacometti-Russ, Antje Brüning, Lars Peplow, Elisabeth Zöhrer; the
housebuilder Ravensworth Homes and its chief executive Fiona Merriman, Hargreave Capital and
its analyst Tom Eldridge, Renée Talbot, Dan Holloway, Kavya Ranganathan, Pellmore Energy,
the data firm Brightline and Amelia Crowhurst, Kingsford Bank, Harry Wetherell, Mark
Delaney, Jamie Ordway, Nick Ashdown, Dana Whitcombe, Larchmont Advisors, Priya Mahendran,
the technology company Verilux and its chief executive Omar Baptiste, Geraldine Ruiz-Holt,
Coverdale Research, Tomasz Wielgosz, Rosa Delgado-Pierce, Dan Kessling, the musical "Lantern
Street", the play "A Quiet Inheritance", Celia Brandt, Marcus Ohene, Lars Nyborg, the
shipbroker Hallvik, Kirsten Aldous, Maya Thorne, Gemma Lyle; every unnamed analyst, trader,
market watcher, economist, meteorologist, forecaster, investor, official and critic);
ministers, state secretaries, commissioners, mayors, candidates, coaches, captains,
directors and scientists of real governments, parties, clubs, teams, fairs and bodies appear
under made-up names that stand for no real holder, or by their role only ("Former England
captain", "New Zealand coach", „Bonns Trainer“). Real states, parties, bodies, firms, clubs,
indexes, papers and places (Market-Institut, Grüne, ÖVP, SPD, CDU, AfD, Infratest dimap,
Bundeswirtschaftsministerium, Bundesamt für Wirtschaft und Ausfuhrkontrolle, Haus & Grund,
Copernicus, SRG, gfs.bern, Bundesrat, Parlament, Deutsche Bahn, Pro Bahn,
Landesverkehrsministerium, FC Bayern München, Telekom Baskets Bonn, Basketball-Bundesliga,
Dax, MDax, Siemens Energy, EZB, US-Notenbank, Fiskalrat, Wifo, Robert Koch-Institut,
Sozialverband VdK, Deutscher Wetterdienst, Deutscher Städtetag, Verband deutscher
Pfandbriefbanken, Statistisches Bundesamt, Art Basel, UBS, AMS, Hoteliervereinigung; the
FTSE 250, the Southeastern Pennsylvania Transportation Authority, SEPTA, the Met Office, the
UK Health Security Agency, Southern Water, Heathrow, OPEC+, Brent, West Texas Intermediate,
the American Petroleum Institute, Lord's, Trent Bridge, the Federal Reserve, CME Group's
FedWatch tool, the Commerce Department, Natural Resources Canada, the European Commission,
the Common Agricultural Policy, the European Parliament, Copa-Cogeca, the Albuquerque
Journal, the Tony Awards, the Broadway League, CBS, Drewry's World Container Index,
Alphaliner, Maersk, the European Championship, and the datelines' cities) stand for the way
wire copy names them; every result, price, target, forecast, poll, pledge, budget, tally,
temperature, fare, rate, count, date, quote, slogan, label and reaction here is invented,
and where a real figure came to mind (a real party's past vote share, a real art-market
total, a real oil output increment, a real record temperature, a real farm budget) it was
changed.

Its weight: OPINION VERSUS CLAIM, thirty-first round (the ninety-eighth, hundred-nineteenth,
hundred-twenty-fourth, hundred-thirty-first, hundred-thirty-eighth, hundred-forty-sixth,
hundred-fifty-eighth, hundred-sixty-fifth, hundred-seventy-fifth, hundred-eighty-first,
hundred-eighty-ninth, hundred-ninety-sixth, two-hundred-and-fourth, two-hundred-and-eighth,
two-hundred-and-fifteenth, two-hundred-and-twenty-second, two-hundred-and-twenty-ninth,
two-hundred-and-forty-first, two-hundred-and-forty-fifth, two-hundred-and-fifty-third,
two-hundred-and-sixty-first, two-hundred-and-sixty-ninth, two-hundred-and-seventy-seventh,
two-hundred-and-eighty-fifth, two-hundred-and-ninety-third, three-hundred-and-seventh,
three-hundred-and-thirteenth, three-hundred-and-twentieth, three-hundred-and-twenty-seventh
and three-hundred-and-forty-first batches were the first thirty, and their decisions are
kept; the three-hundred-and-seventh's frames, predictions and rhetorical questions, the
three-hundred-and-thirteenth's placards, the three-hundred-and-twentieth's interview forms,
the three-hundred-and-twenty-seventh's labels and verdicts and the
three-hundred-and-forty-first's slogans and predictions were read closely, and the explainer
forms follow the thirty-fourth - long-form and background copy - and the
three-hundred-and-thirty-third - teasers, headings and headline opinion), this time weighted
on COMMENTARY-LIKE LINES IN NEWS COPY - four ordinary wire days, Monday to Thursday, June 8
to 11, of one year, as 28 short stories in story order, the German and English ones
interleaved by day: results and market reports with analysts' verdicts (a car supplier's
quarter, a housebuilder's trading update, oil prices, the Frankfurt close, German house
prices, smart glasses, container freight), explainers and background pieces with the wire's
own editorial-style sentences (heating subsidies in „Fragen und Antworten“, a transit fare
rise, a rail line's closure in „Hintergrund“, heat protection, an Austrian budget „Analyse“,
an EU farm proposal, a Fed preview), campaign copy with slogans and polls (Innsbruck's
council election, a Swiss popular vote, Albuquerque's mayoral race, a Landtag campaign in
Mecklenburg-Vorpommern), and weather, climate, culture and sport with predictions (a
heatwave, May's global temperature, Canada's wildfires, Australian home values, Art Basel,
the Tony Awards, summer tourism, a Lord's Test, a basketball final, a European Championship
squad), each told as such copy runs it (a dateline lead with the news, the figures, the
attributed figure in indirect speech, the verdict in quotes, the writer's own line, the
other side, the next step). Half German (dpa with its slugs "dpa/lnw" and "dpa/mv", dpa-AFX,
APA, Keystone-SDA; Austrian „heuer“, „Nächtigungen“, Swiss „Hektaren“, „hiess“,
„grossformatiges“, „gemäss“, "40'000", «» quotes, German „“ quotes) and half English
(Reuters with "EXPLAINER-", AP, PA, AAP, CP; British "pence", "defence", Australian "per
cent" and "A$", American "Calif." and "N.M."). About 100 rows are negatives that look like
claims - analysts', traders', economists', pundits' and critics' verdicts, labels, metaphors
and feelings, the chiefs' and candidates' rhetoric, reassurances and prophecies, predictions
without a figure from the writer, forecasters and market watchers, slogans, appeals and
accusations that name no act, open questions, headings, a teaser and a factbox lead-in -
and, the round's fresh forms, the wire's own editorial-style sentences in news and
explainers („Das klingt großzügig – und ist es auf den ersten Blick auch.“, "The party, it
appears, is over.", „Von Krise keine Spur, könnte man meinen.“, "On paper, this looks like a
mismatch."), the writer's frames before a colon („Die Kehrseite:“, „Klar ist:“, "His
campaign's answer:" beside „Der Haken:“ and "The catch:" before a figure), rhetorical
questions in the body of the copy („Reicht das?“, "Can they do it again?"), slogans reported
in the writer's voice („plakatiert ... den Slogan“, "is running under the slogan") and
traders' readings of a move's cause („führten die Verluste ... auf Gewinnmitnahmen ...
zurück“) - each beside a check-worthy look-alike around a verifiable core: the same
speaker's figure, forecast or pledge, a consensus, a price target changed, a poll and its
sample, a scheduled step, a record with a point of reference, the official figure. Figures
as such copy has them: results, prices, targets, fares, budgets and sales in euros, dollars,
pounds and Australian dollars (pence and cents as hundredths), rates, shares, polls and
moves in percent and percentage points, index levels, temperatures, counts of homes,
barrels, fires, hectares, galleries, nominations, wins, wickets, overs, runs, voters, buses
and trains, fractions („knapp zwei Drittel davon“, "about a fifth", "about a third of
them"), ordinals, spans, an age, years and dates; no negative carries a figure.

244 rows (123 German, 121 English), 101 negatives (51 German, 50 English), 143 check-worthy
rows of which 6 carry no figure (2 German, 4 English), 240 expected quantities (73 counts,
66 percentages - 62 in "%" and 4 in percentage points "pp" -, 39 amounts of money - 21 USD,
12 EUR, 5 GBP, 1 AUD -, 20 ordinals, 16 dates, 15 durations - 5 in years, 5 in months, 2 in
weeks, 1 in days, 1 in hours, 1 in minutes -, 8 years, 3 fractions; none of them in a
negative), 36 checked speakers (19 German, 17 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, metaphor, feeling, creed, slogan, reassurance, prophecy, prediction
  without a figure, appeal or accusation that names no act, or piece of rhetoric is a
  negative with speaker None, also with a named speaker and an office (seventh,
  ninety-eighth, two-hundred-and-fourth, three-hundred-and-seventh,
  three-hundred-and-twentieth, three-hundred-and-twenty-seventh,
  three-hundred-and-forty-first); a quoted or reported statement of fact, figure, forecast
  with a figure, step, pledge, plan or position is check-worthy with its speaker, also in
  Konjunktiv I (hundred-sixtieth). Pairs from one speaker or one source: Fahrenkamp's 3
  percent beside „noch lange nicht über den Berg“; the Bank Hohenau's price target beside
  its analyst's „Das Schlimmste dürfte hinter Brenntal liegen“; Merriman's 2.1% beside "The
  market will come back"; Hargreave's target beside Eldridge's "kitchen-sink update";
  Pichlmayr's 1,000 flats beside „Innsbruck kann mehr“; Strand-Ruiz's 1.52 degrees beside
  her warning; Holloway's 30C beside his "likely to peak"; Ranganathan's $61 beside
  "drowning in barrels"; Crowhurst's 16 months beside her reading of buyers; Kühlwein's 45
  minutes beside Pro Bahn's label; Wetherell's 20 overs beside Delaney's rhetoric; Radević's
  two games beside Weißgerber's quote; Brüggemann's 17 percent beside the traders' reading
  of causes; Mahendran's three times beside "the era of the megafire"; Wendtner's 2.8
  percent and Harrer-Stolz's 87 percent beside „leichter gesagt als getan“ and the
  economists' verdict; Ruiz-Holt's 400,000 units beside her quip; Baptiste's 2.3 million
  beside his prophecy; Voßberg's 25 million euros beside „Reicht das?“ and the VdK's label;
  Wielgosz's 1.6 billion euros beside the green groups' accusation and Copa-Cogeca's
  welcome; Kranich's 8 percent beside her verdict; Delgado-Pierce's 200 officers and
  Kessling's 19% beside their slogans and "tired of excuses"; Giacometti-Russ's 90,000
  beside the dealer's verdict; Brüning's 11,000 jobs beside „nicht schlechtreden“; Nyborg's
  20% to 25% beside "a glut of biblical proportions"; Zöhrer's 79.4 million beside
  „Sehnsuchtsland“; Aldous's seven weeks beside "here to win it". Ammeter's warning names a
  figure (rund 40'000 homes a year) and stays check-worthy (hundred-eighty-ninth: a warning
  with a figure).
- New: the wire's own editorial-style sentences are negatives in straight news as in
  explainers and analyses - a verdict, a stake, an idiom or a mood the writer adds without a
  source and without a fact („Das klingt großzügig – und ist es auf den ersten Blick auch.“,
  „Ein Grund zur Entwarnung ist das nicht.“, „Es ist eine Vorlage, die das Land spaltet.“,
  „Für Pendler im Bergischen Land beginnt damit eine lange Geduldsprobe.“, „Die
  Favoritenrolle ist damit klar verteilt.“, „Das ist leichter gesagt als getan.“, „Hitze ist
  längst kein Randthema mehr.“, „Hitzeschutz ist eine Aufgabe, die keine Kommune allein
  stemmen kann.“, „Die Talsohle scheint durchschritten.“, „Die Messe ist und bleibt der
  Gradmesser des Kunstmarkts.“, „Von Krise keine Spur, könnte man meinen.“, „Für die
  Sozialdemokraten steht viel auf dem Spiel.“, „Der Sommer wird gut, aber nicht grandios.“,
  "For riders who have already watched service shrink, it is a bitter pill.", "Summer has
  well and truly arrived.", "The boom, it seems, has plenty of life left in it.", "On paper,
  this looks like a mismatch.", "A pause, in other words, is all but certain.", "It is
  shaping up to be another brutal season.", "For small farmers, it is a long-awaited
  reprieve.", "It is, by almost any measure, the show to beat.", "The party, it appears, is
  over.", "It is a squad built for the present rather than the future.") - colour and
  interpretation with no fact, as in long-form copy (thirty-fourth), and headline-style
  opinion, as in the three-hundred-and-thirty-third; so is the moral that closes a story
  ("The smoke, drifting as far as the U.S. Midwest, is a reminder that wildfire is no longer
  a regional problem."). A writer's line that states a record with a point of reference
  stays a claim ("the biggest fare increase in the transit agency's history", „so viele wie
  nie zuvor in einer Sommersaison“, "the steepest drop in a decade", "a record A$842,000";
  twenty-ninth, hundred-twenty-fourth, three-hundred-and-twenty-seventh).
- New: the writer's frames before a colon - „Der Haken:“, „Die Kehrseite:“, „Klar ist:“,
  "The catch:", "His campaign's answer:" - neither make nor unmake a claim; the row is
  judged by what follows, as "Make no mistake" and „Fakt ist“ (three-hundred-and-seventh)
  and "Zur Erinnerung:" (three-hundred-and-thirteenth): „Der Haken: Den Einkommensbonus von
  30 Prozent erhalten nur Haushalte, deren zu versteuerndes Einkommen bei höchstens 40.000
  Euro im Jahr liegt.“ (30 percent, 40,000 EUR "at_most") and "The catch: the exemption
  would cover about 65% of EU farms but only about 10% of farmland, Commission figures
  show." are check-worthy, while „Die Kehrseite: Für viele Normalverdiener bleibt das
  Eigenheim ein ferner Traum.“ (a verdict), „Klar ist: Ohne die Sanierung drohen auf der
  Strecke noch mehr Ausfälle.“ (a prediction without a figure) and 'His campaign's answer:
  "Results, not rhetoric."' (a slogan) are negatives.
- New: rhetorical and teaser questions in the body of news copy are negatives, as Q&A
  headings are (thirty-fourth), teaser questions (three-hundred-and-thirty-third) and
  rhetorical questions in quotes (three-hundred-and-seventh) - „Ist die Wende damit
  geschafft?“, „Lohnt sich der Tausch also für jeden?“, „Gelingt den Bonnern die
  Sensation?“, „Woher soll das Geld kommen?“, „Reicht das?“, „Ist jetzt der richtige
  Zeitpunkt zum Kaufen?“, „Wird das Wetter mitspielen?“, "Why now?", "Will young buyers ever
  catch up?", "Can the tourists bounce back?", "Is the smart-glasses moment finally here?",
  "Can an incumbent with a falling crime rate still lose?", "But will joy be enough to beat
  a tougher, stranger rival?", "Can they do it again?" - a question asserts nothing, and
  whatever answers it stands in its own row (the 25 million euros beside „Reicht das?“, the
  19% beside the incumbent's question).
- New: a slogan reported in the writer's voice is a negative - „Die Liste plakatiert seit
  Tagen den Slogan „Mehr Stadt, weniger Stau“.“, „Die Grünen werben mit „Klima schützen,
  Mieten senken“ um Stimmen.“, „Das Ja-Lager wirbt mit dem Slogan «Heimat statt Beton».“,
  „Die Gegner halten mit «Wohnraum statt Verbote» dagegen.“, „Die Sozialdemokraten ziehen
  mit dem Slogan „Anpacken statt abwarten“ in den Wahlkampf.“, 'Delgado-Pierce is running
  under the slogan "A city that works for everyone."' - the motto is all the row carries, as
  placards and the slogan over a petition (three-hundred-and-thirteenth) and the senders'
  slogans (three-hundred-and-forty-first); a candidate's creed in quotes is a slogan too
  („Innsbruck kann mehr, als es sich derzeit zutraut“, „Österreich ist und bleibt ein
  Sehnsuchtsland“). The poll, its sample and margin, the pledges with a figure
  (hundred-eighty-ninth, three-hundred-and-thirteenth: pledges hanging on an election), the
  stated position of the Bundesrat and the Parliament and the voting dates beside them stay
  check-worthy.
- New: readings of the market by analysts and traders are negatives unless they state a
  figure or an act - „Analysten werteten die Zahlen als Befreiungsschlag ...“ and "Some
  investors see the guidance cut as a sign ...", "Some traders see the weekend decision as
  the opening shot of a price war." are labels, as „nannte“ and "called" (ninety-eighth);
  "Analysts were underwhelmed." reports a feeling (three-hundred-and-twenty-seventh:
  „Hoteliers zeigten sich ... zufrieden“); „Händler führten die Verluste vor allem auf
  Gewinnmitnahmen nach der jüngsten Rekordjagd zurück.“ is a reading of causes that names no
  act and no figure, as blame laid on luck or the weather
  (three-hundred-and-twenty-seventh), and „Händler sprachen von einem nervösen,
  richtungslosen Geschäft.“ a mood line (hundred-eighty-second,
  three-hundred-and-fourteenth). A rating and price target changed is an act of record and
  check-worthy (hundred-fifty-eighth: „hoben ihr Kursziel ... von 58 auf 70 Euro an“), and
  so are the analysts' consensus („hatten im Schnitt nur mit 149 Millionen Euro gerechnet“;
  three-hundred-and-twenty-fourth) and their forecasts with a figure (Pellmore's $61,
  Coverdale's 400,000 units, Hallvik's 20% to 25%, Kingsford's 5 per cent, the Bank
  Seeberg's 4 to 5 percent).
- Predictions without a figure are negatives (hundred-sixtieth, hundred-sixty-eighth,
  three-hundred-and-seventh, three-hundred-and-twenty-seventh): the writer's „Es dürfte
  knapp werden.“ and "That could take months.", a forecaster's "the heat was likely to peak
  on Thursday" (hundred-sixtieth: „Die Werte dürften bis Donnerstag weiter steigen“), group
  expectations („Der Sommer dürfte nach Einschätzung vieler Meteorologen ...“,
  „Marktbeobachter rechnen auch in den kommenden Tagen mit Zurückhaltung.“, "Analysts expect
  prices to stay under pressure ...", "Forecasters expect little relief ...", "Others warn
  the market is running on fumes."; hundred-sixty-eighth), prophecies ("This is the
  beginning of the end of the smartphone", "The market will come back, it always does", „Das
  Schlimmste dürfte hinter Brenntal liegen ...“), a pundit's tip ("predicted that the
  seamers would decide the Test", "expected the squad to go deep into the tournament").
  Forecasts with a figure stay check-worthy (hundred-sixty-fifth,
  three-hundred-and-seventh): the Met Office's 32C and Holloway's 30C, the Fiskalrat's 4.1
  percent and its president's 87 percent by 2029, the Wifo's 1.5 and 0.8 percent, Maersk's
  4%, the analysts' figures above, the homes Ravensworth expects to complete, and the rate
  decision "widely expected" with its range (three-hundred-and-twenty-fourth: a consensus).
- Other negatives (ninety-eighth, hundred-eighty-second, two-hundred-and-fourth,
  three-hundred-and-seventh, three-hundred-and-eleventh, three-hundred-and-forty-first):
  labels („nannte ... „lebensfremd““, „sprach von einer „Zumutung ohne Alternative““,
  „bezeichnete das Geld als „Tropfen auf den heißen Stein““, 'Critics have hailed the show
  as ...', 'welcomed the proposal as "overdue common sense."'), verdicts with „halten ...
  für“ („Ökonomen halten weitere Einsparungen für unausweichlich.“), metaphors and quips ("a
  tax on people ...", "drowning in barrels", "flying blind", "the era of the megafire", "a
  beautiful answer to a question nobody is asking", "a glut of biblical proportions"), an
  accusation that names no act ('accused Brussels of "dismantling the green architecture
  piece by piece."'), an appeal that names no measure ('urged customers to "use water
  wisely."'), a reassurance ("Carriers insist they can ride out the downturn."), rhetoric
  and resolve („Wir lassen uns dieses Land nicht schlechtreden“, "nothing to lose and
  everything to play for", "not here to defend anything, we are here to win it", "tired of
  excuses"), a warning that names no measure („Wir dürfen uns von einem kühleren Monat nicht
  täuschen lassen“), a dealer's verdict («Die Leute kaufen wieder, aber sie kaufen
  vorsichtiger»), open questions („Wer am Ende vorne liegt, ist völlig offen.“, „Ob es für
  eine Mehrheit ohne die AfD reicht, ist offen.“), the headings „Fragen und Antworten: ...“,
  „Hintergrund: ...“, „Analyse: ...“ (thirty-fourth), the teaser "EXPLAINER-What to watch as
  the Fed weighs its next move" (three-hundred-and-thirty-third) and the factbox lead-in
  "Here's what to know about the changes:" (thirty-fourth, hundred-eighty-second).
- Check-worthy without a figure (hundred-seventieth, two-hundred-and-ninety-third,
  three-hundred-and-seventh): the start of the basketball final in Munich, the Swiss
  government's and Parliament's recommendation, the Fed's scheduled projections
  (two-hundred-and-twenty-eighth: a scheduled release), the EU proposal's next step
  (thirty-fourth: the next step of a law), the Tony ceremony's host and broadcaster, and the
  idle container ships that "more than doubled" (a verb gives none, twenty-third).
- Counts (every batch): homes, barrels, fires, hectares, people, galleries, countries,
  nominations, nods, wins, games, duels, wickets, overs, runs, Tests, voters, flats,
  applications, buses, trains, switches, stations, cities, jobs, teacher posts, police
  officers, visitors, overnight stays, vacancies, farms, units and glasses with their hedges
  („rund 148.000“, „rund 230“, „bis zu 160“ "up_to", „rund 42 Kilometer“, „höchstens 1.500
  Hektaren“ "at_most" - three-hundred-and-forty-first: „mit höchstens 2 Prozent“ -, „rund
  40'000“ - Swiss grouping, tenth -, „rund 3.100“, „rund 48.000“, „rund 90'000“ and „rund
  88'000“, „mehr als 11.000“ "over", „rund 9.800“, "More than 1.9 million hectares" and
  "More than 28,000" "over", "About 210" and "about 400,000" "about", "farms of less than 10
  hectares" 10 "under" (thirty-fourth: "fewer than 300"), "About 6.1 million farms");
  "between 11,400 and 11,800 homes ..., against 12,450" with no hedge ("between",
  three-hundred-and-forty-first); tallies as the results rounds read them („mit 29 Siegen
  aus 34 Spielen“, „vier der vergangenen sechs Duelle“, "only two of their 20 Tests" -
  "only" no hedge -, "14 of their 17 matches", „74 der 180 befragten Städte“), „wer zuerst
  drei Spiele gewinnt“ 3, "took nine wickets" 9, "20 overs" 20, "a 142-run win" 142, "a
  40-foot box" 40 and "a 23-player squad" 23 (a figure heading a compound,
  two-hundred-and-forty-first, three-hundred-and-thirty-third: "a 40-foot putt"), "the
  three-match series" 3 (two-hundred-and-first: "the five-match Ashes series"), "200 more
  police officers" 200 and „500 zusätzliche Lehrerstellen“ 500 ("more" after a figure and
  „zusätzliche“ no hedge), "cutting at four meetings" 4, "two quarter-point cuts" 2
  (three-hundred-and-twenty-fourth), "a leading 11 nominations" 11, "nine nods" 9, "12.6
  million" attendance, "a record 4.6 million TEU" with no hedge ("a record",
  three-hundred-and-forty-first), "274,000 barrels per day" and "2.4 million barrels" ("per
  day" none), "49 grams" (physical measures are counts, fourth), „79,4 Millionen
  Nächtigungen“; index levels are counts („bei 23.418 Punkten“, „auf 29.874 Punkte“;
  three-hundred-and-twenty-fourth); temperatures are counts („um 1,41 Grad“, „Die Marke von
  1,5 Grad“ with no hedge, „um 1,52 Grad“ after „im Schnitt“, „bei durchschnittlich 20,79
  Grad“ - „durchschnittlich“ no hedge -, „mit mindestens 30 Grad“ "at_least", "32C", "30C",
  "29.4C"; fourth, hundred-tenth: "35.4C"); the multiple "roughly three times the average" 3
  "about" (three-hundred-and-twentieth: "seven times"); a sample is a count ("612 likely
  voters", „600 Wahlberechtigte“). None: "1-0" (scores carry none), "FTSE 250" and "MDax"
  (names, as "S&P 500"), „1950er-Jahren“ (decades, thirty-fourth), „etwa verdreifacht“ and
  "more than doubled" (verbs, twenty-third), "CAP", "OPEC+".
- Percentages, fractions and ordinals: rates, shares, polls and moves as written, among them
  („um 4,2 Prozent“, „um 9,4 Prozent“, „um 3 Prozent“, „bis zu 55 Prozent“ "up_to", „von 30
  Prozent“, „von 20 Prozent“, „mit 24 Prozent ... mit 22 Prozent“, „auf 51 Prozent“, „44
  Prozent ..., 5 Prozent“, „0,6 Prozent tiefer“ with „tiefer“ giving no sign - a direction
  word gives none, three-hundred-and-thirty-third -, „rund 17 Prozent“ and „rund 8 Prozent“
  and „um rund 7 Prozent“ "about", „von 4 bis 5 Prozent“ both with the unit written once
  (hundred-seventy-fifth), „mit 32 Prozent“, „24 Prozent, ... 17 Prozent“, „37,2 Prozent“,
  "7.8%", "2.1%", "16%", "6%", "1.3%", "1.2%", "0.6 per cent", "41%", "another 5 per cent" -
  "another" no hedge -, "about 12%", "2.6%", "4.6%", "about 65% ... only about 10%", "34%
  ... 27%", "19%", "up 4%", "about 38%", "about 14%", "a further 20% to 25%" both - "a
  further" no hedge -, "by 4%"); "the 4.00%-4.25% range" both ends
  (three-hundred-and-twenty-fourth: "the 3.25%-3.50% range"); percentage points in "pp"
  („bei 4 Prozentpunkten“, "a margin of 4 percentage points" - twenty-third -, "a
  quarter-point cut" and "two quarter-point cuts" 0.25, three-hundred-and-twenty-fourth).
  Fractions (the issue): „knapp zwei Drittel davon“ 0.6667 "nearly"
  (three-hundred-and-thirteenth), "about a fifth" 0.2 "about", "about a third of them"
  0.3333 "about" (three-hundred-and-twenty-seventh: "about a third of group revenue").
  Ordinals: „im ersten Quartal“ 1 (four times), "over the first five months" 1 and 5 months
  ("over" before "the" no hedge; three-hundred-and-twentieth: "in the first four months"),
  "the first heatwave" 1, „der zweitwärmste“ and „dem zweithöchsten“ 2 (the issue's „die
  drittgrößte Stadt“), "into a third session" 3 and "the third quarter" 3, „in der zweiten
  SRG-Trendumfrage“ 2 (hundred-thirty-fourth: „die erste SRG-Trendumfrage“), "the second
  Test" 2 and "the first Test" 1, „auf Platz eins“ 1 (three-hundred-and-twenty-seventh: „auf
  Platz zwei“), „für die ersten zwei Spiele der Serie“ 1 and 2 (hundred-forty-second: „Bei
  den ersten drei Treffen“), „das dritte Jahr in Folge“ 3, "its first pair" 1, "in the first
  year" 1, "within her first two years" 1 and 2 years ("within" no hedge), "his first Tony
  nomination" 1. None: "the biggest", "the highest", "the steepest", "der meistbefahrenen",
  „Spitzenreiter“, „Stärkster Wert“, „erstmals seit Januar“ (forty-first: "erstmals"), „so
  viele wie nie zuvor“.
- Durations and ages (the issue: "fünfstündigen", "a two-week visit"): „Zwei Wochen vor der
  Gemeinderatswahl“ 2 weeks and „gut drei Monate vor der Landtagswahl“ 3 months "over"
  (three-hundred-and-forty-first: „Gut zwei Jahre nach Einführung“), „binnen fünf Jahren“ 5
  years ("binnen" no hedge, three-hundred-and-thirteenth), „die vergangenen zwölf Monate“ 12
  months, „für fünf Monate“ 5 months, „um bis zu 45 Minuten“ 45 minutes "up_to",
  „zehnjährige Darlehen“ 10 years (three-hundred-and-twenty-fourth: „mit zehnjähriger
  Zinsbindung“), "a two-day meeting" 2 days, "the 10-year average" 10 years
  (hundred-thirty-third: "the five-year average"), "for 16 consecutive months" 16 months
  (hundred-eighty-eighth: "for 20 consecutive months"), "about four hours between charges" 4
  hours "about", "kept her out for seven weeks" 7 weeks, "Marcus Ohene, 34," 34 years
  (three-hundred-and-twentieth: "Tilsley, 52,"). None: „heuer“, „im Vorjahr“, „in diesem
  Jahr“, „im vergangenen Jahr“, „im vergangenen Sommer“, „binnen Jahresfrist“, „seit
  Jahresbeginn“, „seit Tagen“, „in den kommenden Tagen“, „bis Ende Mai“, „Ende Mai“, „von
  Mai bis Oktober“, „bis Sonntag“, „pro Jahr“, „jährlich“, „täglich“, „im Jahr“, "this
  year", "last year", "a year earlier", "so far this year", "this week", "last week", "last
  month", "by the end of the year", "the start of the year", "through the summer", "next
  month's", "in a decade" (three-hundred-and-forty-first: "a decade"), "in annual paperwork
  costs", "months", "the whole season", "early June", "in early trade", "in afternoon
  trading", "quarterly", weekdays and months.
- Years and dates: „seit 2024“, „bis 2028“, „bis 2029“, „vom Sommer 2022“, „seit 2021“,
  „seit 2019“, "since 2023", "in 2023" the year. Dates without a year: „am 21. Juni“
  --06-21, „am 14. Juni“ --06-14, „Ab dem 3. Juli“ --07-03, "starting July 1" and "the
  fiscal year starting July 1" --07-01, "on May 31" --05-31, "on Aug. 14" --08-14, "the
  season that ended May 24" --05-24, "on Oct. 7" --10-07 and "Nov. 3" --11-03, "on July 5"
  --07-05 (three-hundredth); Reuters datelines with a day ("LONDON, June 8", "SINGAPORE,
  June 9", "WASHINGTON, June 9", "BRUSSELS, June 10", "SINGAPORE, June 11") dates without a
  year (hundred-sixtieth); dpa, dpa/lnw, dpa/mv, dpa-AFX, APA, Keystone-SDA, AP, PA, AAP and
  CP datelines none (seventy-ninth), "SAN JOSE, Calif." and "ALBUQUERQUE, N.M." none
  (three-hundred-and-twenty-seventh: "NASHVILLE, Tenn.").
- Money in the currency written (every batch): EUR („auf 2,31 Milliarden Euro“, „187
  Millionen Euro“, „149 Millionen Euro“, „auf 31,20 Euro“ 31.2 - trailing zeros no other
  value, seventy-first -, „von 24 auf 33 Euro“ both with the unit written once
  (seventy-sixth), „höchstens 40.000 Euro“ "at_most", „14,3 Milliarden Euro“, „rund 1,3
  Milliarden Euro“ and „rund 6,5 Milliarden Euro“ "about", „25 Millionen Euro“, "about 1.6
  billion euros" "about"), USD ("to $2.90 from $2.50", "about $213 million" "about", "$32.50
  instead of $27", "$1.25", "84 cents" 0.84 and "71 cents" 0.71 - cents as hundredths,
  fifty-eighth, three-hundred-and-twenty-seventh -, "$64.12 a barrel", "$61.40", "$61 a
  barrel from $67", "$1,299", "$212.30" 212.3, "$1.71 billion", "$2,940", „mehr als eine
  Million Dollar“ "over", „8,5 Millionen Dollar“, „59,2 Milliarden Dollar“, „1,1432
  US-Dollar“ and „auf 1,1418 Dollar“ - the euro's rate in the priced currency,
  three-hundred-and-twenty-fourth), GBP ("412 pence" 4.12, "to 480p from 560p" 4.8 and 5.6 -
  pence as hundredths, hundred-twenty-sixth -, "318,000 pounds", "1.9 billion pounds"), AUD
  ("a record A$842,000" with no hedge).
- Hedges, only the names in use: „rund“, "about", "About", "roughly" "about"; „knapp“
  "nearly"; „gut“, „mehr als“, "More than" "over"; "less than" "under"; „bis zu“ "up_to";
  „höchstens“ "at_most"; „mindestens“ "at_least". No hedge: „im Schnitt“,
  „durchschnittlich“, „nur“, „noch“, „zuletzt“, „zusätzliche“, „binnen“, "only", "another",
  "a further", "a record", "between", "within", "more" after a figure, "over" before "the",
  "well above the ... average" (no figure bound).
- Speakers, checked only in forms the earlier batches settled: the name with the office, the
  party and the occasion dropped („Vorstandschef Ulrich Fahrenkamp sagte“, „Spitzenkandidat
  Andreas Pichlmayr sagte“, „Bundesrätin Corinne Ammeter sagte vor den Medien in Bern“ -
  three-hundred-and-twenty-seventh -, „Pro-Bahn-Landesvorsitzender Gerd Kühlwein sagte“,
  „Bayern-Trainer Dusan Radević sagte“, „Hohenau-Marktstratege Jochen Brüggemann sagte“ -
  three-hundred-and-forty-first: „ÖGB-Chefökonomin Sabine Trattnig-Hofer sagte“ -,
  „Finanzminister Markus Wendtner (ÖVP) sagte“, „Fiskalrat-Präsidentin Ingrid Harrer-Stolz
  sagte“, „Bundesgesundheitsministerin Karin Voßberg sagte“, „Verbandschefin Sabine Kranich
  sagte“, „Messedirektorin Nadia Giacometti-Russ sagte“, „Ministerpräsidentin Antje Brüning
  (SPD) sagte beim Wahlkampfauftakt in Rostock“, „CDU-Spitzenkandidat Lars Peplow sagte“,
  „Tourismusstaatssekretärin Elisabeth Zöhrer sagte“); the surname opening the row
  („Strand-Ruiz sagte“; forty-second); the source in the nominative („Nach Angaben des
  Bundeswirtschaftsministeriums“ -> "das Bundeswirtschaftsministerium" and „nach Angaben des
  Landesverkehrsministeriums“ -> "das Landesverkehrsministerium" -
  two-hundred-and-ninety-third: „nach Angaben des Finanzministeriums“ -, „Nach Angaben der
  Bahn“ -> "die Bahn" - three-hundred-and-thirteenth); „Laut AMS“ -> "AMS" as written
  (eighty-sixth, hundred-third). English: the name with the capitalised office dropped
  ("Chief Executive Fiona Merriman said", "Chief Executive Omar Baptiste said", "EU
  Agriculture Commissioner Tomasz Wielgosz said"; thirty-fourth,
  three-hundred-and-twentieth); the surname opening the row ("Holloway said", "Ranganathan
  said", "Crowhurst said", "Wetherell said", "Mahendran said", "Ruiz-Holt said", "Kessling
  said", "Nyborg said", "Aldous said"); "..., the Met Office said on Monday.", "..., the
  Southeastern Pennsylvania Transportation Authority said.", "..., the Commerce Department
  said." and "..., the Broadway League said." with the article and the weekday dropped
  (three-hundred-and-twenty-fourth: "the Labor Department said on Tuesday"); "...,
  Ravensworth said." as written (three-hundred-and-forty-first: "Citizens Advice said").
  Left unchecked (None): all negatives, also those with a named speaker; „teilte die Behörde
  mit“ (a generic referent, three-hundred-and-twentieth), „wie das Forschungsinstitut
  gfs.bern am Dienstag mitteilte“, „teilte der EU-Klimawandeldienst Copernicus mit“ and „wie
  das Portal Zinspilot mitteilte“ (a description before the name, fortieth), „nach Angaben
  der Galerie“ (a generic referent), „nach eigenen Angaben“, „hiess es bei mehreren
  Galerien“, „hieß es am Donnerstag“, „verwies darauf“ (three-hundred-and-forty-first),
  „Nach Angaben des Deutschen Wetterdienstes“ and „nach Angaben des Statistischen
  Bundesamts“ (an adjective in the name, three-hundred-and-thirteenth), „nach Schätzungen
  des Robert Koch-Instituts“, „nach einer Umfrage des Deutschen Städtetags“, „nach Daten des
  Verbands deutscher Pfandbriefbanken (vdp)“, „Nach Berechnungen des Wifo“, „nach der
  jüngsten Prognose des Fiskalrats“, „gemäss dem Art Basel and UBS Art Market Report“, „in
  einer Umfrage des Market-Instituts“, „in einer neuen Infratest-dimap-Umfrage“, „Von
  dpa-AFX befragte Analysten“ and „Analysten der Bank Seeberg“ (plural groups, forty-first),
  „Die Bank Hohenau stufte“, „erwartet“; "British housebuilder Ravensworth Homes said on
  Monday" and "captain Harry Wetherell said" (lower-case descriptions and titles before a
  name, three-hundred-and-seventh), "SEPTA says" (the present "says",
  three-hundred-and-thirty-third), "the agency said" and "the fire centre said" (generic
  descriptions), "according to ..." (property data firm Brightline, the agency's fare
  schedule, Commission data, a new Albuquerque Journal poll, industry figures), "According
  to Verilux", "CME Group's FedWatch tool showed", "national fire centre figures show",
  "Commission figures show", "Drewry's World Container Index showed", "data from consultancy
  Alphaliner shows" and "Alphaliner data shows" (data, three-hundred-and-twenty-fourth),
  "Analysts at Hargreave Capital", "Economists at Kingsford Bank expect", "market sources
  said" and "provincial officials said" (plural groups), "has promised", and rows without
  attribution. As the three-hundred-and-seventh, three-hundred-and-twentieth,
  three-hundred-and-twenty-seventh and three-hundred-and-forty-first batches did, and to
  keep the checked speakers near 35, this batch also leaves unchecked forms it could have
  checked: "Southern Water said" and "Maersk said last month".

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_350 = [
    # --- Autozulieferer Brenntal (dpa-AFX), Montag ---
    (
        "de",
        "Stuttgart (dpa-AFX) - Der Autozulieferer Brenntal hat im ersten Quartal trotz eines Umsatzrückgangs um 4,2 Prozent auf 2,31 Milliarden Euro einen operativen Gewinn von 187 Millionen Euro erzielt.",
        True,
        [
            ("ordinal", 1, None, None),
            ("percent", 4.2, "%", None),
            ("money", 2310000000, "EUR", None),
            ("money", 187000000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Von dpa-AFX befragte Analysten hatten im Schnitt nur mit 149 Millionen Euro gerechnet.",
        True,
        [("money", 149000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Analysten werteten die Zahlen als Befreiungsschlag für den lange gebeutelten Konzern.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Aktie legte bis zum Nachmittag um 9,4 Prozent auf 31,20 Euro zu und war damit Spitzenreiter im MDax.",
        True,
        [("percent", 9.4, "%", None), ("money", 31.2, "EUR", None)],
        None,
    ),
    (
        "de",
        "Ist die Wende damit geschafft?",
        False,
        [],
        None,
    ),
    (
        "de",
        "Vorstandschef Ulrich Fahrenkamp sagte, der Auftragseingang habe im ersten Quartal um 3 Prozent unter dem Vorjahreswert gelegen.",
        True,
        [("ordinal", 1, None, None), ("percent", 3, "%", None)],
        "Ulrich Fahrenkamp",
    ),
    (
        "de",
        "„Wir sind noch lange nicht über den Berg“, sagte Fahrenkamp.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Bank Hohenau stufte die Aktie von „Verkaufen“ auf „Halten“ hoch und hob das Kursziel von 24 auf 33 Euro an.",
        True,
        [("money", 24, "EUR", None), ("money", 33, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Das Schlimmste dürfte hinter Brenntal liegen, die Luft nach oben ist aber dünn“, schrieb Hohenau-Analystin Petra Gmelin in einer Studie.",
        False,
        [],
        None,
    ),
    # --- Ravensworth Homes trading update (Reuters), Monday ---
    (
        "en",
        "LONDON, June 8 (Reuters) - British housebuilder Ravensworth Homes said on Monday it now expects completions of between 11,400 and 11,800 homes this year, against 12,450 last year, as higher mortgage rates kept buyers away.",
        True,
        [
            ("date", "--06-08", None, None),
            ("count", 11400, None, None),
            ("count", 11800, None, None),
            ("count", 12450, None, None),
        ],
        None,
    ),
    (
        "en",
        "Its shares fell 7.8% to 412 pence in early trade, the biggest faller on the FTSE 250 index.",
        True,
        [("percent", 7.8, "%", None), ("money", 4.12, "GBP", None)],
        None,
    ),
    (
        "en",
        '"It\'s a kitchen-sink update, and frankly a slightly desperate one," said Hargreave Capital analyst Tom Eldridge.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Analysts at Hargreave Capital lowered their target price for the shares to 480p from 560p.",
        True,
        [("money", 4.8, "GBP", None), ("money", 5.6, "GBP", None)],
        None,
    ),
    (
        "en",
        "Chief Executive Fiona Merriman said average selling prices were up 2.1% at 318,000 pounds over the first five months.",
        True,
        [
            ("percent", 2.1, "%", None),
            ("money", 318000, "GBP", None),
            ("ordinal", 1, None, None),
            ("duration", 5, "month", None),
        ],
        "Fiona Merriman",
    ),
    (
        "en",
        '"The market will come back, it always does," Merriman said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Some investors see the guidance cut as a sign that the sector's recovery has stalled before it really began.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Its forward order book stood at 1.9 billion pounds, 6% lower than a year earlier, Ravensworth said.",
        True,
        [("money", 1900000000, "GBP", None), ("percent", 6, "%", None)],
        "Ravensworth",
    ),
    # --- Fragen und Antworten zur Heizungsförderung (dpa), Montag ---
    (
        "de",
        "Fragen und Antworten: Was die neue Heizungsförderung für Hausbesitzer bedeutet",
        False,
        [],
        None,
    ),
    (
        "de",
        "Berlin (dpa) - Wer eine alte Öl- oder Gasheizung gegen eine Wärmepumpe tauscht, bekommt vom Staat künftig bis zu 55 Prozent der Kosten erstattet.",
        True,
        [("percent", 55, "%", "up_to")],
        None,
    ),
    (
        "de",
        "Das klingt großzügig – und ist es auf den ersten Blick auch.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Haken: Den Einkommensbonus von 30 Prozent erhalten nur Haushalte, deren zu versteuerndes Einkommen bei höchstens 40.000 Euro im Jahr liegt.",
        True,
        [("percent", 30, "%", None), ("money", 40000, "EUR", "at_most")],
        None,
    ),
    (
        "de",
        "Für Eigentümer, die selbst in ihrem Haus wohnen, kommt ein Klimageschwindigkeitsbonus von 20 Prozent hinzu.",
        True,
        [("percent", 20, "%", None)],
        None,
    ),
    (
        "de",
        "Lohnt sich der Tausch also für jeden?",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben des Bundeswirtschaftsministeriums sind für die Förderung in diesem Jahr 14,3 Milliarden Euro eingeplant.",
        True,
        [("money", 14300000000, "EUR", None)],
        "das Bundeswirtschaftsministerium",
    ),
    (
        "de",
        "Beim Bundesamt für Wirtschaft und Ausfuhrkontrolle gingen bis Ende Mai rund 148.000 Anträge ein, knapp zwei Drittel davon für Wärmepumpen, teilte die Behörde mit.",
        True,
        [("count", 148000, None, "about"), ("fraction", 0.6667, None, "nearly")],
        None,
    ),
    (
        "de",
        "Der Eigentümerverband Haus & Grund nannte die Einkommensgrenze „lebensfremd“.",
        False,
        [],
        None,
    ),
    # --- SEPTA fare increase explainer (AP), Monday ---
    (
        "en",
        "PHILADELPHIA (AP) — Riders of Philadelphia's buses, trolleys and subways face the biggest fare increase in the transit agency's history starting July 1.",
        True,
        [("date", "--07-01", None, None)],
        None,
    ),
    (
        "en",
        "Here's what to know about the changes:",
        False,
        [],
        None,
    ),
    (
        "en",
        "The base fare will rise to $2.90 from $2.50, an increase of 16%, the Southeastern Pennsylvania Transportation Authority said.",
        True,
        [("money", 2.9, "USD", None), ("money", 2.5, "USD", None), ("percent", 16, "%", None)],
        "the Southeastern Pennsylvania Transportation Authority",
    ),
    (
        "en",
        "Why now?",
        False,
        [],
        None,
    ),
    (
        "en",
        "SEPTA says it faces a budget gap of about $213 million in the fiscal year starting July 1.",
        True,
        [("money", 213000000, "USD", "about"), ("date", "--07-01", None, None)],
        None,
    ),
    (
        "en",
        "For riders who have already watched service shrink, it is a bitter pill.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Riders using the agency's weekly pass will pay $32.50 instead of $27, according to the agency's fare schedule.",
        True,
        [("money", 32.5, "USD", None), ("money", 27, "USD", None)],
        None,
    ),
    (
        "en",
        "Reduced fares for seniors and people with disabilities will stay at $1.25, the agency said.",
        True,
        [("money", 1.25, "USD", None)],
        None,
    ),
    (
        "en",
        '"This is a tax on people who have no other way to get to work," said City Council member Renée Talbot.',
        False,
        [],
        None,
    ),
    # --- Gemeinderatswahl in Innsbruck (APA), Montag ---
    (
        "de",
        "Innsbruck (APA) - Zwei Wochen vor der Gemeinderatswahl am 21. Juni liegt die Liste „Innsbruck Neu“ in einer Umfrage des Market-Instituts mit 24 Prozent vor den Grünen mit 22 Prozent.",
        True,
        [
            ("duration", 2, "week", None),
            ("date", "--06-21", None, None),
            ("percent", 24, "%", None),
            ("percent", 22, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Befragt wurden 600 Wahlberechtigte, die Schwankungsbreite liegt bei 4 Prozentpunkten.",
        True,
        [("count", 600, None, None), ("percent", 4, "pp", None)],
        None,
    ),
    (
        "de",
        "Die Liste plakatiert seit Tagen den Slogan „Mehr Stadt, weniger Stau“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Spitzenkandidat Andreas Pichlmayr sagte, er wolle im Fall eines Wahlsiegs binnen fünf Jahren 1.000 geförderte Wohnungen bauen lassen.",
        True,
        [("duration", 5, "year", None), ("count", 1000, None, None)],
        "Andreas Pichlmayr",
    ),
    (
        "de",
        "„Innsbruck kann mehr, als es sich derzeit zutraut“, sagte Pichlmayr.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wer am Ende vorne liegt, ist völlig offen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Grünen werben mit „Klima schützen, Mieten senken“ um Stimmen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Grünen-Bürgermeisterkandidatin Sonja Walch-Eberl verwies darauf, dass die Stadt seit 2024 rund 42 Kilometer Radwege gebaut habe.",
        True,
        [("year", 2024, None, None), ("count", 42, None, "about")],
        None,
    ),
    # --- Heatwave forecast (PA), Monday ---
    (
        "en",
        "LONDON (PA) - Temperatures could reach 32C in parts of south-east England on Thursday as the first heatwave of the summer builds, the Met Office said on Monday.",
        True,
        [("count", 32, None, None), ("ordinal", 1, None, None)],
        "the Met Office",
    ),
    (
        "en",
        "The UK Health Security Agency has issued a yellow heat-health alert for five regions, running until Saturday.",
        True,
        [("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "Summer has well and truly arrived.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Met Office deputy chief meteorologist Dan Holloway said the heat was likely to peak on Thursday.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Holloway said temperatures could reach 30C in London on Friday before fresher air arrived from the west.",
        True,
        [("count", 30, None, None)],
        "Holloway",
    ),
    (
        "en",
        "The highest temperature recorded so far this year was 29.4C at Heathrow on May 31.",
        True,
        [("count", 29.4, None, None), ("date", "--05-31", None, None)],
        None,
    ),
    (
        "en",
        "Southern Water said demand for water had risen by about a fifth since Friday.",
        True,
        [("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "en",
        'Southern Water urged customers to "use water wisely."',
        False,
        [],
        None,
    ),
    # --- Copernicus zum Mai (dpa), Montag ---
    (
        "de",
        "Bonn (dpa) - Der vergangene Mai war weltweit der zweitwärmste seit Beginn der Aufzeichnungen, teilte der EU-Klimawandeldienst Copernicus mit.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die globale Durchschnittstemperatur lag demnach um 1,41 Grad über dem vorindustriellen Niveau.",
        True,
        [("count", 1.41, None, None)],
        None,
    ),
    (
        "de",
        "Die Marke von 1,5 Grad wurde damit im Mai erstmals seit Januar unterschritten.",
        True,
        [("count", 1.5, None, None)],
        None,
    ),
    (
        "de",
        "Ein Grund zur Entwarnung ist das nicht.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Wir dürfen uns von einem kühleren Monat nicht täuschen lassen“, sagte Copernicus-Vizedirektorin Helena Strand-Ruiz.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Strand-Ruiz sagte, die vergangenen zwölf Monate seien im Schnitt um 1,52 Grad wärmer gewesen als das vorindustrielle Mittel.",
        True,
        [("duration", 12, "month", None), ("count", 1.52, None, None)],
        "Strand-Ruiz",
    ),
    (
        "de",
        "Die Meeresoberflächentemperatur lag im Mai bei durchschnittlich 20,79 Grad, dem zweithöchsten je für den Monat gemessenen Wert.",
        True,
        [("count", 20.79, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der Sommer dürfte nach Einschätzung vieler Meteorologen erneut überdurchschnittlich heiß werden.",
        False,
        [],
        None,
    ),
    # --- Oil prices (Reuters), Tuesday ---
    (
        "en",
        "SINGAPORE, June 9 (Reuters) - Brent crude futures dropped 84 cents, or 1.3%, to $64.12 a barrel in Asian trade on Tuesday, extending their losses into a third session.",
        True,
        [
            ("date", "--06-09", None, None),
            ("money", 0.84, "USD", None),
            ("percent", 1.3, "%", None),
            ("money", 64.12, "USD", None),
            ("ordinal", 3, None, None),
        ],
        None,
    ),
    (
        "en",
        "U.S. West Texas Intermediate crude slipped 71 cents, or 1.2%, to $61.40.",
        True,
        [("money", 0.71, "USD", None), ("percent", 1.2, "%", None), ("money", 61.4, "USD", None)],
        None,
    ),
    (
        "en",
        "OPEC+ agreed at the weekend to raise output by a further 274,000 barrels per day in July.",
        True,
        [("count", 274000, None, None)],
        None,
    ),
    (
        "en",
        '"The market is drowning in barrels and OPEC+ keeps pouring," said Kavya Ranganathan, an analyst at Pellmore Energy.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ranganathan said Pellmore had cut its Brent forecast for the third quarter to $61 a barrel from $67.",
        True,
        [("ordinal", 3, None, None), ("money", 61, "USD", None), ("money", 67, "USD", None)],
        "Ranganathan",
    ),
    (
        "en",
        "Analysts expect prices to stay under pressure through the summer.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Some traders see the weekend decision as the opening shot of a price war.",
        False,
        [],
        None,
    ),
    (
        "en",
        "U.S. crude stocks climbed by 2.4 million barrels last week, market sources said, citing figures from the American Petroleum Institute.",
        True,
        [("count", 2400000, None, None)],
        None,
    ),
    # --- Abstimmung über «Boden für alle» (Keystone-SDA), Dienstag ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Volksinitiative «Boden für alle» kommt in der zweiten SRG-Trendumfrage auf 51 Prozent Zustimmung.",
        True,
        [("ordinal", 2, None, None), ("percent", 51, "%", None)],
        None,
    ),
    (
        "de",
        "Dagegen sprachen sich 44 Prozent aus, 5 Prozent waren unentschieden, wie das Forschungsinstitut gfs.bern am Dienstag mitteilte.",
        True,
        [("percent", 44, "%", None), ("percent", 5, "%", None)],
        None,
    ),
    (
        "de",
        "Es dürfte knapp werden.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Initiative verlangt, dass Bund und Kantone jährlich höchstens 1.500 Hektaren Land neu einzonen dürfen.",
        True,
        [("count", 1500, None, "at_most")],
        None,
    ),
    (
        "de",
        "Es ist eine Vorlage, die das Land spaltet.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Ja-Lager wirbt mit dem Slogan «Heimat statt Beton».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Gegner halten mit «Wohnraum statt Verbote» dagegen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bundesrat und Parlament empfehlen die Initiative zur Ablehnung.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Bundesrätin Corinne Ammeter sagte vor den Medien in Bern, eine Annahme würde den Bau von rund 40'000 Wohnungen pro Jahr gefährden.",
        True,
        [("count", 40000, None, "about")],
        "Corinne Ammeter",
    ),
    (
        "de",
        "Abgestimmt wird am 14. Juni.",
        True,
        [("date", "--06-14", None, None)],
        None,
    ),
    # --- Australian home values (AAP), Tuesday ---
    (
        "en",
        "SYDNEY (AAP) - Australian home values rose 0.6 per cent in May, taking the national median to a record A$842,000, according to property data firm Brightline.",
        True,
        [("percent", 0.6, "%", None), ("money", 842000, "AUD", None)],
        None,
    ),
    (
        "en",
        "Sydney led the gains with a rise of 0.9 per cent, while Melbourne values edged up 0.3 per cent.",
        True,
        [("percent", 0.9, "%", None), ("percent", 0.3, "%", None)],
        None,
    ),
    (
        "en",
        "The boom, it seems, has plenty of life left in it.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"Buyers have simply stopped waiting for rate cuts that may never come," said Amelia Crowhurst, research director at Brightline.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Crowhurst said values had risen for 16 consecutive months and were now 41% above their pre-pandemic level.",
        True,
        [("duration", 16, "month", None), ("percent", 41, "%", None)],
        "Crowhurst",
    ),
    (
        "en",
        "Will young buyers ever catch up?",
        False,
        [],
        None,
    ),
    (
        "en",
        "Economists at Kingsford Bank expect national values to rise another 5 per cent by the end of the year.",
        True,
        [("percent", 5, "%", None)],
        None,
    ),
    (
        "en",
        "Others warn the market is running on fumes.",
        False,
        [],
        None,
    ),
    # --- Hintergrund: Generalsanierung Köln–Hagen (dpa/lnw), Dienstag ---
    (
        "de",
        "Hintergrund: Die Generalsanierung der Bahnstrecke Köln–Hagen",
        False,
        [],
        None,
    ),
    (
        "de",
        "Köln (dpa/lnw) - Ab dem 3. Juli wird die Bahnstrecke zwischen Köln und Hagen für fünf Monate voll gesperrt.",
        True,
        [("date", "--07-03", None, None), ("duration", 5, "month", None)],
        None,
    ),
    (
        "de",
        "Für Pendler im Bergischen Land beginnt damit eine lange Geduldsprobe.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Strecke ist nach Angaben des Landesverkehrsministeriums mit täglich rund 230 Zügen eine der meistbefahrenen in Nordrhein-Westfalen.",
        True,
        [("count", 230, None, "about")],
        "das Landesverkehrsministerium",
    ),
    (
        "de",
        "Nach Angaben der Bahn werden rund 1,3 Milliarden Euro investiert, unter anderem in 38 neue Weichen und 11 modernisierte Bahnhöfe.",
        True,
        [
            ("money", 1300000000, "EUR", "about"),
            ("count", 38, None, None),
            ("count", 11, None, None),
        ],
        "die Bahn",
    ),
    (
        "de",
        "Im Ersatzverkehr sollen täglich bis zu 160 Busse fahren.",
        True,
        [("count", 160, None, "up_to")],
        None,
    ),
    (
        "de",
        "Der Fahrgastverband Pro Bahn sprach von einer „Zumutung ohne Alternative“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Pro-Bahn-Landesvorsitzender Gerd Kühlwein sagte, die Fahrzeit zwischen Wuppertal und Köln verlängere sich im Ersatzverkehr um bis zu 45 Minuten.",
        True,
        [("duration", 45, "minute", "up_to")],
        "Gerd Kühlwein",
    ),
    (
        "de",
        "Klar ist: Ohne die Sanierung drohen auf der Strecke noch mehr Ausfälle.",
        False,
        [],
        None,
    ),
    # --- England v New Zealand preview (PA), Tuesday ---
    (
        "en",
        "LONDON (PA) - England will name an unchanged side for the second Test against New Zealand at Lord's, which starts on Thursday, captain Harry Wetherell said.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "England are 1-0 up in the three-match series after a 142-run win in the first Test at Trent Bridge.",
        True,
        [("count", 3, None, None), ("count", 142, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "On paper, this looks like a mismatch.",
        False,
        [],
        None,
    ),
    (
        "en",
        "New Zealand have won only two of their 20 Tests at Lord's.",
        True,
        [("count", 2, None, None), ("count", 20, None, None)],
        None,
    ),
    (
        "en",
        '"We\'ve got nothing to lose and everything to play for," New Zealand coach Mark Delaney said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Can the tourists bounce back?",
        False,
        [],
        None,
    ),
    (
        "en",
        "Fast bowler Jamie Ordway, who took nine wickets at Trent Bridge, has been passed fit after a scan on his ankle.",
        True,
        [("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "Wetherell said Ordway had bowled 20 overs in the nets on Monday without pain.",
        True,
        [("count", 20, None, None)],
        "Wetherell",
    ),
    (
        "en",
        "Former England captain Nick Ashdown predicted that the seamers would decide the Test.",
        False,
        [],
        None,
    ),
    # --- Finale der Basketball-Bundesliga (dpa), Dienstag ---
    (
        "de",
        "München (dpa) - Die Finalserie der Basketball-Bundesliga zwischen dem FC Bayern München und den Telekom Baskets Bonn beginnt am Mittwoch in München.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Münchner hatten die Hauptrunde mit 29 Siegen aus 34 Spielen auf Platz eins abgeschlossen.",
        True,
        [("count", 29, None, None), ("count", 34, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Die Favoritenrolle ist damit klar verteilt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bonn hat allerdings vier der vergangenen sechs Duelle gewonnen.",
        True,
        [("count", 4, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "„Im Finale zählt die Hauptrunde nichts mehr“, sagte Bonns Trainer Roland Weißgerber.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bayern-Trainer Dusan Radević sagte, Aufbauspieler Lennart Skiba falle mit einer Knieverletzung für die ersten zwei Spiele der Serie aus.",
        True,
        [("ordinal", 1, None, None), ("count", 2, None, None)],
        "Dusan Radević",
    ),
    (
        "de",
        "Gelingt den Bonnern die Sensation?",
        False,
        [],
        None,
    ),
    (
        "de",
        "Meister ist, wer zuerst drei Spiele gewinnt.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    # --- Fed preview explainer (Reuters), Tuesday ---
    (
        "en",
        "EXPLAINER-What to watch as the Fed weighs its next move",
        False,
        [],
        None,
    ),
    (
        "en",
        "WASHINGTON, June 9 (Reuters) - Federal Reserve policymakers begin a two-day meeting on Tuesday at which they are widely expected to leave their benchmark rate in the 4.00%-4.25% range.",
        True,
        [
            ("date", "--06-09", None, None),
            ("duration", 2, "day", None),
            ("percent", 4.0, "%", None),
            ("percent", 4.25, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Traders in fed funds futures put the chance of a quarter-point cut on Wednesday at about 12%, CME Group's FedWatch tool showed.",
        True,
        [("percent", 0.25, "pp", None), ("percent", 12, "%", "about")],
        None,
    ),
    (
        "en",
        "A pause, in other words, is all but certain.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Fed policymakers have held rates steady at each of their meetings this year after cutting at four meetings last year.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Policymakers will also publish new quarterly projections, including the closely watched dot plot of rate expectations.",
        True,
        [],
        None,
    ),
    (
        "en",
        "In March, the median projection showed two quarter-point cuts this year.",
        True,
        [("count", 2, None, None), ("percent", 0.25, "pp", None)],
        None,
    ),
    (
        "en",
        '"The Fed is flying blind with tariffs still in flux," said Dana Whitcombe, who heads U.S. research at Larchmont Advisors.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Inflation by the Fed's preferred measure slowed to 2.6% in April, the Commerce Department said.",
        True,
        [("percent", 2.6, "%", None)],
        "the Commerce Department",
    ),
    # --- Aktien Frankfurt Schluss (dpa-AFX), Mittwoch ---
    (
        "de",
        "Frankfurt (dpa-AFX) - Vor dem Zinsentscheid der US-Notenbank hat der Dax am Mittwoch nachgegeben und 0,6 Prozent tiefer bei 23.418 Punkten geschlossen.",
        True,
        [("percent", 0.6, "%", None), ("count", 23418, None, None)],
        None,
    ),
    (
        "de",
        "Händler sprachen von einem nervösen, richtungslosen Geschäft.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Index der mittelgroßen Werte MDax gab um 1,1 Prozent auf 29.874 Punkte nach.",
        True,
        [("percent", 1.1, "%", None), ("count", 29874, None, None)],
        None,
    ),
    (
        "de",
        "Händler führten die Verluste vor allem auf Gewinnmitnahmen nach der jüngsten Rekordjagd zurück.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Hohenau-Marktstratege Jochen Brüggemann sagte, der Dax habe seit Jahresbeginn rund 17 Prozent zugelegt.",
        True,
        [("percent", 17, "%", "about")],
        "Jochen Brüggemann",
    ),
    (
        "de",
        "Marktbeobachter rechnen auch in den kommenden Tagen mit Zurückhaltung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Stärkster Wert im Dax waren die Aktien von Siemens Energy mit einem Plus von 2,8 Prozent.",
        True,
        [("percent", 2.8, "%", None)],
        None,
    ),
    (
        "de",
        "Die Papiere des Chemiekonzerns Altwerk brachen um 8,3 Prozent ein, nachdem das Unternehmen seine Gewinnprognose gesenkt hatte.",
        True,
        [("percent", 8.3, "%", None)],
        None,
    ),
    (
        "de",
        "Für einen Euro mussten zuletzt 1,1432 US-Dollar bezahlt werden; ihren Referenzkurs hatte die Notenbank in Frankfurt mittags auf 1,1418 Dollar gesetzt.",
        True,
        [("money", 1.1432, "USD", None), ("money", 1.1418, "USD", None)],
        None,
    ),
    # --- Canada's wildfire season (CP), Wednesday ---
    (
        "en",
        "EDMONTON (CP) — More than 1.9 million hectares have burned across Canada so far this year, well above the 10-year average for early June, national fire centre figures show.",
        True,
        [("count", 1900000, None, "over"), ("duration", 10, "year", None)],
        None,
    ),
    (
        "en",
        "It is shaping up to be another brutal season.",
        False,
        [],
        None,
    ),
    (
        "en",
        "About 210 fires were burning on Wednesday, about a third of them classified as out of control.",
        True,
        [("count", 210, None, "about"), ("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "en",
        "Last year, 5.3 million hectares burned over the whole season, the fire centre said.",
        True,
        [("count", 5300000, None, None)],
        None,
    ),
    (
        "en",
        '"We are living in the era of the megafire, and this is what it looks like," said Priya Mahendran, a fire scientist at Natural Resources Canada.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Mahendran said the area burned was roughly three times the average for this point in the season.",
        True,
        [("count", 3, None, "about")],
        "Mahendran",
    ),
    (
        "en",
        "More than 28,000 people remain out of their homes in Manitoba and Saskatchewan, provincial officials said.",
        True,
        [("count", 28000, None, "over")],
        None,
    ),
    (
        "en",
        "The smoke, drifting as far as the U.S. Midwest, is a reminder that wildfire is no longer a regional problem.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Forecasters expect little relief before the weekend.",
        False,
        [],
        None,
    ),
    # --- Analyse zum Budget (APA), Mittwoch ---
    (
        "de",
        "Analyse: Das Budgetloch und die Frage nach dem Wie",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wien (APA) - Das gesamtstaatliche Defizit wird heuer nach der jüngsten Prognose des Fiskalrats 4,1 Prozent der Wirtschaftsleistung betragen.",
        True,
        [("percent", 4.1, "%", None)],
        None,
    ),
    (
        "de",
        "Die EU-Grenze von 3 Prozent wird damit das dritte Jahr in Folge deutlich überschritten.",
        True,
        [("percent", 3, "%", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Woher soll das Geld kommen?",
        False,
        [],
        None,
    ),
    (
        "de",
        "Finanzminister Markus Wendtner (ÖVP) sagte, er wolle das Defizit bis 2028 auf 2,8 Prozent senken.",
        True,
        [("year", 2028, None, None), ("percent", 2.8, "%", None)],
        "Markus Wendtner",
    ),
    (
        "de",
        "Das ist leichter gesagt als getan.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Berechnungen des Wifo fehlen für dieses Ziel rund 6,5 Milliarden Euro.",
        True,
        [("money", 6500000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Ökonomen halten weitere Einsparungen für unausweichlich.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Fiskalrat-Präsidentin Ingrid Harrer-Stolz sagte, ohne weitere Maßnahmen steige die Schuldenquote bis 2029 auf 87 Prozent.",
        True,
        [("year", 2029, None, None), ("percent", 87, "%", None)],
        "Ingrid Harrer-Stolz",
    ),
    # --- Verilux smart glasses (AP), Wednesday ---
    (
        "en",
        "SAN JOSE, Calif. (AP) — Technology company Verilux on Tuesday unveiled its first pair of augmented-reality glasses, priced at $1,299 and due in stores on Aug. 14.",
        True,
        [("ordinal", 1, None, None), ("money", 1299, "USD", None), ("date", "--08-14", None, None)],
        None,
    ),
    (
        "en",
        "According to Verilux, the glasses weigh 49 grams and last about four hours between charges.",
        True,
        [("count", 49, None, None), ("duration", 4, "hour", "about")],
        None,
    ),
    (
        "en",
        "Analysts were underwhelmed.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"It\'s a beautiful answer to a question nobody is asking," said Geraldine Ruiz-Holt, an analyst at Coverdale Research.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ruiz-Holt said Coverdale expected Verilux to ship about 400,000 units in the first year.",
        True,
        [("count", 400000, None, "about"), ("ordinal", 1, None, None)],
        "Ruiz-Holt",
    ),
    (
        "en",
        "Verilux shares fell 4.6% to $212.30 in afternoon trading.",
        True,
        [("percent", 4.6, "%", None), ("money", 212.3, "USD", None)],
        None,
    ),
    (
        "en",
        "Is the smart-glasses moment finally here?",
        False,
        [],
        None,
    ),
    (
        "en",
        "Chief Executive Omar Baptiste said the company had sold 2.3 million of its earlier audio glasses since 2023.",
        True,
        [("count", 2300000, None, None), ("year", 2023, None, None)],
        "Omar Baptiste",
    ),
    (
        "en",
        '"This is the beginning of the end of the smartphone," Baptiste told the audience.',
        False,
        [],
        None,
    ),
    # --- Hintergrund: Hitzeschutz (dpa), Mittwoch ---
    (
        "de",
        "Berlin (dpa) - Im vergangenen Sommer sind in Deutschland nach Schätzungen des Robert Koch-Instituts rund 3.100 Menschen an den Folgen von Hitze gestorben.",
        True,
        [("count", 3100, None, "about")],
        None,
    ),
    (
        "de",
        "Hitze ist längst kein Randthema mehr.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bundesgesundheitsministerin Karin Voßberg sagte, der Bund stelle für Hitzeschutz in Pflegeheimen in diesem Jahr 25 Millionen Euro bereit.",
        True,
        [("money", 25000000, "EUR", None)],
        "Karin Voßberg",
    ),
    (
        "de",
        "Reicht das?",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Sozialverband VdK bezeichnete das Geld als „Tropfen auf den heißen Stein“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben des Deutschen Wetterdienstes hat sich die Zahl der Tage mit mindestens 30 Grad seit den 1950er-Jahren etwa verdreifacht.",
        True,
        [("count", 30, None, "at_least")],
        None,
    ),
    (
        "de",
        "Hitzeschutz ist eine Aufgabe, die keine Kommune allein stemmen kann.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bislang haben nach einer Umfrage des Deutschen Städtetags 74 der 180 befragten Städte einen eigenen Hitzeaktionsplan.",
        True,
        [("count", 74, None, None), ("count", 180, None, None)],
        None,
    ),
    # --- EU farm simplification (Reuters), Wednesday ---
    (
        "en",
        "BRUSSELS, June 10 (Reuters) - The European Commission on Wednesday proposed exempting farms of less than 10 hectares from most environmental checks under the bloc's Common Agricultural Policy.",
        True,
        [("date", "--06-10", None, None), ("count", 10, None, "under")],
        None,
    ),
    (
        "en",
        "The catch: the exemption would cover about 65% of EU farms but only about 10% of farmland, Commission figures show.",
        True,
        [("percent", 65, "%", "about"), ("percent", 10, "%", "about")],
        None,
    ),
    (
        "en",
        "About 6.1 million farms received CAP payments in 2023, according to Commission data.",
        True,
        [("count", 6100000, None, "about"), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "For small farmers, it is a long-awaited reprieve.",
        False,
        [],
        None,
    ),
    (
        "en",
        'Environmental groups accused Brussels of "dismantling the green architecture piece by piece."',
        False,
        [],
        None,
    ),
    (
        "en",
        "EU Agriculture Commissioner Tomasz Wielgosz said the simplification would spare farmers about 1.6 billion euros in annual paperwork costs.",
        True,
        [("money", 1600000000, "EUR", "about")],
        "Tomasz Wielgosz",
    ),
    (
        "en",
        "The proposal needs the backing of EU governments and the European Parliament to take effect.",
        True,
        [],
        None,
    ),
    (
        "en",
        "That could take months.",
        False,
        [],
        None,
    ),
    (
        "en",
        'Farm lobby Copa-Cogeca welcomed the proposal as "overdue common sense."',
        False,
        [],
        None,
    ),
    # --- Wohnimmobilienpreise (dpa-AFX), Mittwoch ---
    (
        "de",
        "Berlin (dpa-AFX) - Wohnimmobilien in Deutschland haben sich im ersten Quartal nach Daten des Verbands deutscher Pfandbriefbanken (vdp) binnen Jahresfrist um 3,4 Prozent verteuert.",
        True,
        [("ordinal", 1, None, None), ("percent", 3.4, "%", None)],
        None,
    ),
    (
        "de",
        "Die Talsohle scheint durchschritten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Mieten für neu vermietete Wohnungen legten um 5,1 Prozent zu.",
        True,
        [("percent", 5.1, "%", None)],
        None,
    ),
    (
        "de",
        "Verbandschefin Sabine Kranich sagte, der Preisindex liege aber noch immer rund 8 Prozent unter dem Höchststand vom Sommer 2022.",
        True,
        [("percent", 8, "%", "about"), ("year", 2022, None, None)],
        "Sabine Kranich",
    ),
    (
        "de",
        "„Der Markt hat seinen Boden gefunden, aber von einem neuen Boom sind wir weit entfernt“, sagte Kranich.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ist jetzt der richtige Zeitpunkt zum Kaufen?",
        False,
        [],
        None,
    ),
    (
        "de",
        "Analysten der Bank Seeberg erwarten für das Gesamtjahr einen Preisanstieg von 4 bis 5 Prozent.",
        True,
        [("percent", 4, "%", None), ("percent", 5, "%", None)],
        None,
    ),
    (
        "de",
        "Die Bauzinsen für zehnjährige Darlehen lagen zuletzt bei durchschnittlich 3,6 Prozent, wie das Portal Zinspilot mitteilte.",
        True,
        [("duration", 10, "year", None), ("percent", 3.6, "%", None)],
        None,
    ),
    (
        "de",
        "Die Kehrseite: Für viele Normalverdiener bleibt das Eigenheim ein ferner Traum.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Zahl der genehmigten Wohnungen lag im ersten Quartal nach Angaben des Statistischen Bundesamts bei rund 48.000.",
        True,
        [("ordinal", 1, None, None), ("count", 48000, None, "about")],
        None,
    ),
    # --- Albuquerque mayoral race (AP), Thursday ---
    (
        "en",
        "ALBUQUERQUE, N.M. (AP) — City Councilor Rosa Delgado-Pierce leads the race for Albuquerque mayor with 34% support, ahead of incumbent Mayor Dan Kessling at 27%, according to a new Albuquerque Journal poll.",
        True,
        [("percent", 34, "%", None), ("percent", 27, "%", None)],
        None,
    ),
    (
        "en",
        "The survey of 612 likely voters has an error margin of 4 percentage points.",
        True,
        [("count", 612, None, None), ("percent", 4, "pp", None)],
        None,
    ),
    (
        "en",
        'Delgado-Pierce is running under the slogan "A city that works for everyone."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Delgado-Pierce has promised to hire 200 more police officers within her first two years.",
        True,
        [("count", 200, None, None), ("ordinal", 1, None, None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        '"Albuquerque is tired of excuses," she told supporters on Tuesday.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Kessling said homicides fell 19% last year, the steepest drop in a decade.",
        True,
        [("percent", 19, "%", None)],
        "Kessling",
    ),
    (
        "en",
        'His campaign\'s answer: "Results, not rhetoric."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Can an incumbent with a falling crime rate still lose?",
        False,
        [],
        None,
    ),
    (
        "en",
        "Early voting starts on Oct. 7, and Election Day is Nov. 3.",
        True,
        [("date", "--10-07", None, None), ("date", "--11-03", None, None)],
        None,
    ),
    # --- Art Basel (Keystone-SDA), Donnerstag ---
    (
        "de",
        "Basel (Keystone-SDA) - An der Art Basel stellen in diesem Jahr 289 Galerien aus 42 Ländern aus.",
        True,
        [("count", 289, None, None), ("count", 42, None, None)],
        None,
    ),
    (
        "de",
        "Die Messe ist und bleibt der Gradmesser des Kunstmarkts.",
        False,
        [],
        None,
    ),
    (
        "de",
        "An den Vorbesichtigungstagen seien mehrere Werke für mehr als eine Million Dollar verkauft worden, hiess es bei mehreren Galerien.",
        True,
        [("money", 1000000, "USD", "over")],
        None,
    ),
    (
        "de",
        "Ein grossformatiges Gemälde des Malers Anton Veltheim ging nach Angaben der Galerie für 8,5 Millionen Dollar an eine Privatsammlung.",
        True,
        [("money", 8500000, "USD", None)],
        None,
    ),
    (
        "de",
        "Von Krise keine Spur, könnte man meinen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Umsatz im weltweiten Kunstmarkt war im vergangenen Jahr gemäss dem Art Basel and UBS Art Market Report um 9 Prozent auf 59,2 Milliarden Dollar gesunken.",
        True,
        [("percent", 9, "%", None), ("money", 59200000000, "USD", None)],
        None,
    ),
    (
        "de",
        "«Die Leute kaufen wieder, aber sie kaufen vorsichtiger», sagte die Zürcher Galeristin Lea Kuonen-Marti.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Messedirektorin Nadia Giacometti-Russ sagte, man erwarte bis Sonntag rund 90'000 Besucherinnen und Besucher.",
        True,
        [("count", 90000, None, "about")],
        "Nadia Giacometti-Russ",
    ),
    (
        "de",
        "Im Vorjahr hatte die Messe nach eigenen Angaben rund 88'000 Besucher gezählt.",
        True,
        [("count", 88000, None, "about")],
        None,
    ),
    # --- Tony Awards preview (AP), Thursday ---
    (
        "en",
        'NEW YORK (AP) — The musical "Lantern Street" heads into Sunday\'s Tony Awards with a leading 11 nominations, including best musical.',
        True,
        [("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "It is, by almost any measure, the show to beat.",
        False,
        [],
        None,
    ),
    (
        "en",
        'The play "A Quiet Inheritance" follows with nine nods.',
        True,
        [("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "Broadway grossed $1.71 billion in the season that ended May 24, up 4% from the previous season, according to industry figures.",
        True,
        [
            ("money", 1710000000, "USD", None),
            ("date", "--05-24", None, None),
            ("percent", 4, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Attendance rose to 12.6 million, the Broadway League said.",
        True,
        [("count", 12600000, None, None)],
        "the Broadway League",
    ),
    (
        "en",
        'Critics have hailed the show as "a joyous, big-hearted throwback."',
        False,
        [],
        None,
    ),
    (
        "en",
        "But will joy be enough to beat a tougher, stranger rival?",
        False,
        [],
        None,
    ),
    (
        "en",
        "The ceremony will be hosted by actor Celia Brandt and broadcast live on CBS.",
        True,
        [],
        None,
    ),
    (
        "en",
        'Marcus Ohene, 34, earned his first Tony nomination for his role as a jazz pianist in "Lantern Street."',
        True,
        [("duration", 34, "year", None), ("ordinal", 1, None, None)],
        None,
    ),
    # --- Landtagswahlkampf in Mecklenburg-Vorpommern (dpa/mv), Donnerstag ---
    (
        "de",
        "Schwerin (dpa/mv) - Die AfD führt gut drei Monate vor der Landtagswahl im Nordosten in einer neuen Infratest-dimap-Umfrage mit 32 Prozent.",
        True,
        [("duration", 3, "month", "over"), ("percent", 32, "%", None)],
        None,
    ),
    (
        "de",
        "Die SPD kommt auf 24 Prozent, die CDU auf 17 Prozent.",
        True,
        [("percent", 24, "%", None), ("percent", 17, "%", None)],
        None,
    ),
    (
        "de",
        "Bei der vergangenen Landtagswahl hatte die SPD noch mit 37,2 Prozent gewonnen.",
        True,
        [("percent", 37.2, "%", None)],
        None,
    ),
    (
        "de",
        "Für die Sozialdemokraten steht viel auf dem Spiel.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ministerpräsidentin Antje Brüning (SPD) sagte beim Wahlkampfauftakt in Rostock, das Land habe seit 2021 mehr als 11.000 neue Industriearbeitsplätze gewonnen.",
        True,
        [("year", 2021, None, None), ("count", 11000, None, "over")],
        "Antje Brüning",
    ),
    (
        "de",
        "„Wir lassen uns dieses Land nicht schlechtreden“, rief Brüning ihren Anhängern zu.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Sozialdemokraten ziehen mit dem Slogan „Anpacken statt abwarten“ in den Wahlkampf.",
        False,
        [],
        None,
    ),
    (
        "de",
        "CDU-Spitzenkandidat Lars Peplow sagte, eine CDU-geführte Regierung werde 500 zusätzliche Lehrerstellen schaffen.",
        True,
        [("count", 500, None, None)],
        "Lars Peplow",
    ),
    (
        "de",
        "Ob es für eine Mehrheit ohne die AfD reicht, ist offen.",
        False,
        [],
        None,
    ),
    # --- Container freight rates (Reuters), Thursday ---
    (
        "en",
        "SINGAPORE, June 11 (Reuters) - Shipping a 40-foot box from Shanghai to Rotterdam on the spot market got 6% cheaper this week, at $2,940, Drewry's World Container Index showed.",
        True,
        [
            ("date", "--06-11", None, None),
            ("count", 40, None, None),
            ("percent", 6, "%", None),
            ("money", 2940, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Rates are now about 38% lower than at the start of the year.",
        True,
        [("percent", 38, "%", "about")],
        None,
    ),
    (
        "en",
        "The party, it appears, is over.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Carriers have ordered a record 4.6 million TEU of new capacity, equal to about 14% of the existing fleet, data from consultancy Alphaliner shows.",
        True,
        [("count", 4600000, None, None), ("percent", 14, "%", "about")],
        None,
    ),
    (
        "en",
        '"We are heading for a glut of biblical proportions," said Lars Nyborg, head of research at shipbroker Hallvik.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Nyborg said Hallvik expected average spot rates to fall a further 20% to 25% by the end of the year.",
        True,
        [("percent", 20, "%", None), ("percent", 25, "%", None)],
        "Nyborg",
    ),
    (
        "en",
        "The number of idle container ships has more than doubled since March, Alphaliner data shows.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Carriers insist they can ride out the downturn.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Maersk said last month it expected the global container market to grow by 4% this year.",
        True,
        [("percent", 4, "%", None)],
        None,
    ),
    # --- Sommertourismus (APA), Donnerstag ---
    (
        "de",
        "Wien (APA) - Das Wirtschaftsforschungsinstitut Wifo erwartet für die Sommersaison von Mai bis Oktober ein Nächtigungsplus von 1,5 Prozent.",
        True,
        [("percent", 1.5, "%", None)],
        None,
    ),
    (
        "de",
        "Die Umsätze dürften real um 0,8 Prozent steigen, hieß es am Donnerstag.",
        True,
        [("percent", 0.8, "%", None)],
        None,
    ),
    (
        "de",
        "Der Sommer wird gut, aber nicht grandios.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Tourismusstaatssekretärin Elisabeth Zöhrer sagte, im Vorjahr seien 79,4 Millionen Nächtigungen gezählt worden, so viele wie nie zuvor in einer Sommersaison.",
        True,
        [("count", 79400000, None, None)],
        "Elisabeth Zöhrer",
    ),
    (
        "de",
        "„Österreich ist und bleibt ein Sehnsuchtsland“, sagte Zöhrer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Hoteliervereinigung verwies darauf, dass die Zahl der Betriebe seit 2019 um rund 7 Prozent gesunken sei.",
        True,
        [("year", 2019, None, None), ("percent", 7, "%", "about")],
        None,
    ),
    (
        "de",
        "Laut AMS waren Ende Mai im Tourismus rund 9.800 offene Stellen gemeldet.",
        True,
        [("count", 9800, None, "about")],
        "AMS",
    ),
    (
        "de",
        "Wird das Wetter mitspielen?",
        False,
        [],
        None,
    ),
    # --- England squad for the European Championship (PA), Thursday ---
    (
        "en",
        "LONDON (PA) - England have named a 23-player squad for next month's European Championship in Switzerland, with three uncapped players included.",
        True,
        [("count", 23, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "The holders will begin their title defence against the Netherlands in Zurich on July 5.",
        True,
        [("date", "--07-05", None, None)],
        None,
    ),
    (
        "en",
        "It is a squad built for the present rather than the future.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"We are not here to defend anything, we are here to win it," head coach Kirsten Aldous said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Aldous said defender Maya Thorne had recovered from a hamstring injury that kept her out for seven weeks.",
        True,
        [("duration", 7, "week", None)],
        "Aldous",
    ),
    (
        "en",
        "Can they do it again?",
        False,
        [],
        None,
    ),
    (
        "en",
        "England have won 14 of their 17 matches since the last major tournament.",
        True,
        [("count", 14, None, None), ("count", 17, None, None)],
        None,
    ),
    (
        "en",
        "Former England striker turned pundit Gemma Lyle said she expected the squad to go deep into the tournament.",
        False,
        [],
        None,
    ),
]
