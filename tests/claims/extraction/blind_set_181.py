"""Hundred-and-eighty-first blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Players, coaches, officials, artists,
critics' names, films, shows, series, albums, firms and figures are made up (Malte
Osterkamp, Jonas Feldkamp, Sören Bakker, Elfriede Sturmberger, Noah Rüegsegger, Dario
Fässler, Lyra Kowalczyk, „Nachtstrom“, Kofi Mensah-Berg, Matthias Vogelsang, Lukas Hämmerle,
Thomas Lindner, Kimmo Haapala, Florian Brunnthaler, Yannick Bühlmann, Silvan Kühni, Raphael
Zenklusen, Katharina Welsch, „Die Uferlosen“, Haile Tsegaw, Henrik Obermaier, Klaus
Wenzlaff, Dennis Hörmann, Ilias Benali, Lukas Gradwohl, Stefan Kornberger, Michael Dvoracek,
Adele Zollinger, Mirjam Gloor, „Nordlicht“, „Totes Rennen“, Bernd Kuhlmey, Dirk Wallmann,
Oliver Baumgart, Konrad Weinzierl, Lars Iseli, Severin Kunz, Daniele Ferrazzini; Danny
Okonkwo, Keith Ardley, Stuart Kilbride, Marcus Bellweather, Darnell Prewitt, Jalen Whitmore,
Rory Drummond, Leon Fairclough, Alan Greaves, "Ironclad Dawn", Orbis Pictures, Tom Reinholt,
Marquee Data, Gabe Marlowe, Tiago Mourão, Ramiro Castelao, Gary Moult, Dylan Whitcombe, Ron
Castellucci, Nikolai Vesterlund, Andrés Calvet, Jordan Achebe, Cole Brantley, Barry
Sandford, "Harbour Lights", Megan Doyle, Ian Castell, Caleb Hollins, Walt Haverford, Oskar
Lindqvist, Luis Echeverri, Pieter Damsgaard, Jaka Kovačič, Wout Desmet, Théo Marchal, Kelly
Brannigan, "Glass Harbor", Joseph Kiptanui, Priya Ramsden, Laia Ferrán, Hannah Brightwell,
Karen Stott, "Salt Crown", Lumora, Rita Okafor; every unnamed spokesman, analyst, pundit,
critic, fan and spectator); coaches, captains, directors and officials of real clubs, houses
and bodies appear under made-up names that stand for no real holder, or by their role only
("die Direktorin", "An ESPN analyst", "A Villa spokesman", "the Mayor of London", "The
referee"). Real clubs, leagues, bodies, events, prizes, venues, papers, broadcasters, data
firms and places ("Werder Bremen", "1. FSV Mainz 05", "Weserstadion", "Burgtheater",
"„Presse“", "FC Basel", "VfL Wolfsburg", "«Blick»", "Super League", "Champions League",
"Muttenzerkurve", "GfK Entertainment", "Offizielle Deutsche Charts", "Baden-Baden",
"„Süddeutsche Zeitung“", "Bayer Leverkusen", "Werkself", "SC Freiburg", "FC Bayern",
"Fußball-Bundesliga", "KAC", "EC Red Bull Salzburg", "Heidi-Horten-Arena", "Young Boys", "FC
Lugano", "Wankdorf", "Tessin", "Swiss Football League", "Deutscher Filmpreis", "Lola",
"Deutsche Filmakademie", "„Zeit“", "Berlinale", "Vienna City Marathon", "Fortuna
Düsseldorf", "Karlsruher SC", "Rapid", "Austria", "Allianz Stadion", "Block West",
"Kunsthaus Zürich", "«NZZ»", "Paris", "New York", "ARD", "AGF Videoforschung", "„Frankfurter
Allgemeine Zeitung“", "TSG Hoffenheim", "„Kicker“", "„Bild“", "Salzburger Festspiele",
"„Rosenkavalier“", "Grüne", "Bund", "ZSC Lions", "HC Lugano", "SRF", "Sechseläutenplatz";
"Premier League", "Brentford", "Everton", "Denver Nuggets", "Minnesota Timberwolves",
"Minneapolis", "World Snooker Championship", "Crucible", "BBC", "Variety", "Rotten
Tomatoes", "Aston Villa", "Benfica", "Braga", "PA news agency", "talkSPORT", "New York
Mets", "Atlanta Braves", "Citi Field", "Cy Young", "National League", "Madrid Open", "WBA",
"Wembley", "Olivier Awards", "The Guardian", "The Telegraph", "Broadway", "NFL", "ESPN",
"ABC", "NFL Network", "Nielsen", "Super Bowl", "Arsenal", "Tottenham Hotspur", "Emirates
Stadium", "PGMOL", "Liège-Bastogne-Liège", "Monument", "Cote de la Redoute", "Comscore",
"CinemaScore", "China", "London Marathon", "St John Ambulance", "Embankment", "Leeds",
"Chelsea", "Barcelona", "Women's Super League", "BBC Radio 5 Live", "Seoul", "The New York
Times") stand for the way wire copy names them; every result, score, goal, minute, time,
rank, point, record, crowd, audience, share, stream, take, fee, contract, prize, price,
verdict, chant and quote here is invented, and where a real figure came to mind it was
changed.

Its weight: OPINION VERSUS CLAIM, tenth round (the ninety-eighth, hundred-nineteenth,
hundred-twenty-fourth, hundred-thirty-first, hundred-thirty-eighth, hundred-forty-sixth,
hundred-fifty-eighth, hundred-sixty-fifth and hundred-seventy-fifth batches were the first
nine, and their decisions are kept), this time in sports and culture copy over one ordinary
weekend - Friday to Monday, April 24 to 27, of one year - as 32 short stories in story
order, the German and English stories interleaved by day, each with a dateline lead, the
figures, attributed claims, the other side, quotes and reactions. About 100 rows are
negatives that look like claims - coaches' and players' quotes with figures (convictions and
certainty about points still needed, a bet, a gut feeling, "I think" before a time, boasts
and promises about their own future, counterfactual verdicts on a game, hyperbole and
figures restated for effect), critics' verdicts and labels (also with a running time or a
count inside the verdict), a promoter's billing, fans' chants (one with a figure), banners
and scene colour, a club's boilerplate of thanks, refusals to name a fee, hopes, open
questions, a rhetorical question, mockery on social media, analysts' readings and vox pops -
and each kind stands beside a check-worthy look-alike that carries the same words around a
verifiable core: the same coach's or player's statistic in the next row, the table and the
record stated, a transfer fee reported with its hedge, a contract's length and value, a
distributor's expectation, box-office takings, audiences and market shares, streams and
viewing hours, a review aggregator's score, a published star rating and a polled grade, a
league's proceedings, arrests and a first-aid count. Half German (dpa, APA, Keystone-SDA;
Austrian "heuer", "Zuschauerinnen und Zuschauer", Swiss "äussern", "grösste", "Leader",
"Captain", "29'850", "214'000", "712'000", «» quotes, German „“ quotes, agate minutes
"(12./55.)", "(23.)"): Werder Bremen against Mainz, the Burgtheater's season, a Basel talent
sold to Wolfsburg, a rapper at the top of the charts, Leverkusen's lead, the KAC's title,
the Young Boys in Bern, the German film prize, the Vienna City Marathon, Düsseldorf's
promotion chase, the Vienna derby, a record show at the Kunsthaus, a crime series' Sunday
audience, a coach sacked in Hoffenheim, the Salzburg Festival's advance sales and the ZSC
Lions' title. Half English (Reuters, AP, AFP, PA): Brentford against Everton, an NBA playoff
game, a maximum at the Crucible, a superhero sequel's previews and opening, a club-record
fee at Aston Villa, a Mets pitcher's strikeouts, Madrid's longest match, a heavyweight title
at Wembley, the Olivier Awards, the NFL draft's audience, Arsenal against Tottenham,
Liège-Bastogne-Liège, the London Marathon's charity record, a world-record fee in women's
football and a streaming series' first week. Figures as such copy has them: scores, series
standings and records carrying none, minutes and ranks as ordinals, goals, points, pitches,
aces, yards and watts as counts, crowds, audiences and streams with their hedges, market
shares and percentages, race and match times in the colon form and spelled out, fees,
contracts, prizes, prices and takings in euros, dollars, pounds and francs, shares in words
("Rund ein Drittel", "Jede vierte Karte", "Nearly half", "About a quarter"), multiples
("zweimal", "dreimal", "twice"), compounds and number words ("in 43 Drehtagen", "the 17-day
tournament", "a 34-kilometre solo attack", "a five-point Premier League lead", "the fifth
40-point playoff game", "a five-year contract", "the eight-episode Korean series",
"Sixty-eight million", "zu hundert Prozent"), ordinals ("zum 34. Mal", "Das 351. Wiener
Derby", "the 14th maximum break", "a ninth-round stoppage", "the No. 1 pick", "des 20.
Jahrhunderts", "die 38. Folge"), durations, ages, years and dates in datelines and in the
text. Negatives as such copy has them - 47 of them carrying figures, labelled.

241 rows (120 German, 121 English), 101 negatives (49 German, 52 English), 140 check-worthy
rows of which 12 carry no figure (8 German, 4 English), 295 expected quantities (115 counts,
53 durations - 21 in years, 13 in minutes, 9 in hours, 7 in seconds, 3 in days -, 52
ordinals, 37 amounts of money - 12 EUR, 11 USD, 10 GBP, 4 CHF -, 14 percentages - all in %
-, 11 years, 9 dates, 4 fractions; 54 of them in 47 negatives, as the seventeenth batch
labels a figure in a negative), 43 checked speakers (22 German, 21 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):

- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, creed, feeling, hope, boast, conviction or piece of rhetoric is a
  negative with speaker None, also with a named speaker and a role (seventh, ninety-eighth,
  hundred-thirty-third, hundred-fifty-third, hundred-fifty-eighth, hundred-sixty-fifth,
  hundred-seventy-fifth); a quoted or reported statement of fact, figure, step or position
  is check-worthy with its speaker. The pairs from one speaker: Feldkamp's 16 points from
  six home games ("Feldkamp sagte, ..." -> "Feldkamp") beside his conviction with five
  points; Ardley's 11 of 14 beside "30 goals a season" and "looking at Tuesday";
  Sturmberger's subscriptions beside „der aufregendste Ort dieser Stadt“ and the director's
  312.000 set against „drei Feuilletonisten“; Prewitt's 44 minutes beside "the best player
  on the planet"; Fässler's twelve goals beside «Noah hat alles, ...»; Drummond's third
  maximum beside "since I was seven years old"; Orbis's $100 million beside an analyst's
  gut; Vogelsang's 19 goals conceded beside „alle 15 Punkte, da bin ich mir sicher“;
  Castelao's 94 chances beside "you buy a ticket to watch"; Haapala's 14 of 19 beside
  „meiner 20 Jahre im Eishockey“; Castellucci's 108 pitches beside "Give him 30 starts";
  Zenklusen's 20 minutes beside «Wir schauen nicht auf die Tabelle, ...» and «Sieben Punkte
  sind in dieser Liga gar nichts»; Vesterlund's 19 aces beside "after the first set";
  Welsch's 43 shooting days beside her thanks; Sandford's 21 million pounds beside his
  billing and "the bravest man"; Tsegaw's record beside „die schönste Marathonstadt der
  Welt“ and his promise; Castell's 11 cities beside "Broadway within two years"; Wenzlaff's
  budget beside his coach's „zu hundert Prozent sicher“; Kornberger's 23 shots beside „fünf
  Tore schießen müssen“; the club's 60,312 beside Echeverri's 60,000; Tottenham's letter
  beside Damsgaard's "a scandal" and his question; Gloor's 38 of 112 beside „des 20.
  Jahrhunderts“; Kovačič's 480 watts beside "my legs told me to"; Kuhlmey's 38th episode
  beside „noch 20 Jahre“; Brannigan's 38% beside "more, please" and his "first $1 billion
  film"; Wallmann's eleven games in the lead beside his „Elf Spiele sind keine Zeit“;
  Kiptanui's time beside "under two hours"; Weinzierl's 11.000 requests beside „der Nabel
  der Musikwelt“ and „dreimal verkaufen“; Brightwell's 91% beside "the best midfielder in
  the world"; Ferrazzini's 14 goals conceded beside „60 Minuten lang die bessere
  Mannschaft“; Okafor's second season ordered beside her confidence in a second and a third.
- Predictions framed as the speaker's conviction, certainty, a bet, a gut feeling or "I
  think" are negatives with their figures labelled (hundred-fifty-eighth,
  hundred-sixty-fifth, hundred-seventy-fifth): „..., dann ist die Sache erledigt, davon bin
  ich felsenfest überzeugt“ 5, „..., holen wir alle 15 Punkte, da bin ich mir sicher“ 15
  ("alle" no hedge, hundred-seventy-fifth), „Ich bin mir zu hundert Prozent sicher, ...“
  100% (hundred-fifty-eighth: "100% sure"; the number word "hundert", the issue's "zehn
  Minuten"), ""My gut says this thing does $150 million before Monday,"" 150,000,000 USD,
  ""This kid is going to win us three Super Bowls, I would put money on it,"" 3
  (hundred-seventy-fifth: a bet), ""I'm convinced this ends up as the first $1 billion film
  of the year,"" ordinal 1 and 1,000,000,000 USD, ""I think I can run under two hours in
  London, ...,"" 2 hours "under" (hundred-seventy-fifth: "I think" before a forecast), ""I
  am confident we will see a second and a third season,"" ordinals 2 and 3. Their
  look-alikes stay check-worthy: a distributor's expectation ("Orbis said it expected the
  film to gross about $100 million ..." -> "Orbis"; hundred-sixty-fifth: a company's
  forecast), a club's budget plan in indirect speech ("Sportvorstand Klaus Wenzlaff sagte,
  der Verein plane ... mit einem Etat von rund 45 Millionen Euro." -> "Klaus Wenzlaff"), the
  table as it stands (Bremen's nine points, Leverkusen's 71 points and four-point lead,
  Düsseldorf's eight points three matchdays from the end, Arsenal's seven points from four
  matches), the winner's time, a season ordered ("Okafor said a second season had been
  ordered ..." -> "Okafor").
- New: boasts and promises of athletes and coaches about their own future are negatives with
  their figures labelled - ""Give him 30 starts and he wins the Cy Young, write that down,""
  30, ""Give me five more fights and I will be the greatest British heavyweight of all
  time,"" 5 ("more" after the figure compares, hundred-first), „Nächstes Jahr komme ich
  wieder und laufe noch 30 Sekunden schneller“, versprach der 24-Jährige. 30 seconds and 24
  years - a resolve no desk can hold anyone to, as a wish with a figure
  (hundred-seventy-fifth) and "come back stronger" (hundred-fifty-third; here "Fairclough,
  24," with its age labelled), unlike a body's pledge (hundred-seventy-fifth: the Health
  Secretary's promise). Their look-alikes are the contract, the record and the prize money
  stated.
- New: a coach's counterfactual verdict on a game is a negative with its figure labelled -
  „Wir hätten heute fünf Tore schießen müssen“ 5, «Wir waren 60 Minuten lang die bessere
  Mannschaft» 60 minutes (hundred-fifty-third: „... zehn Minuten lang ...“ labelled) - it
  judges the game rather than reporting it, while the tally behind it stays check-worthy
  with its speaker ("Kornberger sagte, Rapid habe 23 Torschüsse abgegeben, die Austria nur
  sechs." -> "Kornberger", "Ferrazzini sagte, Lugano habe in den sieben Finalspielen nur 14
  Gegentore kassiert." -> "Ferrazzini").
- Rhetoric and hyperbole with figures (seventeenth, hundred-thirty-first,
  hundred-fifty-third, hundred-fifty-eighth, hundred-sixty-fifth, hundred-seventy-fifth),
  each figure labelled: ""Danny could score 30 goals a season in any league in the world,""
  30 ("a season" none); „Wir spielen für 312.000 Menschen und nicht für drei
  Feuilletonisten“ 312,000 and 3 - a figure restated for effect beside the house's
  check-worthy 312.000 -; ""We had 60,000 people in this stadium today and all of them
  headed that ball in with him,"" 60,000 beside the club's exact 60,312; «Sieben Punkte sind
  in dieser Liga gar nichts» 7 (hundred-fifty-third: ""Six points is nothing ...""); „Elf
  Spiele sind keine Zeit, um eine Mannschaft zu formen“ 11; „Ich hätte auch mit Platz 50
  gefeiert“ ordinal 50 with "die 26-Jährige" 26 years; „Wir könnten jede Karte dreimal
  verkaufen“ 3 (the issue's "viermal"); „Mit einem Punkt im Derby kann ich gut leben“ count
  1 (hundred-fifty-third: "bis auf einen Punkt" 1); ""Second place in a Monument feels like
  losing,"" ordinal 2; ""I made this for every kid who watched the original 20 times on a
  worn-out DVD,"" 20 (the issue's "100 Mal"); ""... the worst 26.2 miles of my life,"" 26.2
  (a distance is a count, fourth) with "Priya Ramsden, 34," 34 years; ""A million euros is
  still peanuts ...,"" 1,000,000 EUR ("A million" read as "a hundred" is 100,
  hundred-forty-second); ""Sixty-eight million for a lad who has never played a minute in
  England is a gamble, ...,"" count 68,000,000 - no currency written, so a bare figure is a
  count (hundred-sixty-fifth: "before we hit 160"), "a minute" none -; «Für 14 Millionen
  verkauft man nicht die Zukunft des Klubs» on a banner, count 14,000,000 likewise; „Das war
  die härteste Serie meiner 20 Jahre im Eishockey“ 20 years; „Solange die Leute einschalten,
  machen wir weiter, von mir aus noch 20 Jahre“ 20 years; ""I have been dreaming about that
  since I was seven years old,"" 7 years; ""... my legs were gone after the first set,""
  ordinal 1. Rhetoric, joy and cliché without a figure: „Diese Mannschaft hat ein Herz aus
  Gold“, „Wir waren heute in allen Belangen unterlegen, ...“, „Wir haben uns heute selbst
  geschlagen“, „Heute war nichts von dem zu sehen, ...“, «Das ist der schönste Tag meines
  Lebens, ...», „Wien ist die schönste Marathonstadt der Welt, ...“, „Salzburg ist und
  bleibt der Nabel der Musikwelt“, „Das Burgtheater ist wieder der aufregendste Ort dieser
  Stadt“, „Ich habe dieses Album für die Mädchen gemacht, ...“, „Dieser Preis gehört allen,
  ...“, ""We are not looking at Europe, ...,"", ""He is the best player on the planet,
  ...,"", ""We have been down 3-1 before, ...,"" (a series standing, none), ""My grandmother
  could have caught me tonight, ...,"", ""Clay is a lottery ...,"", ""This is for every
  chorus kid ...,"", ""The title is not won, ...,"", ""I attacked because my legs told me
  to, ...,"", ""Audiences have spoken, ...,"", ""Laia is the best midfielder in the world,
  ...,"", ""Great stories travel, subtitles or not,"", ""London showed the world what it is
  made of,"".
- Critics' verdicts and labels (ninety-eighth, hundred-forty-ninth: "Kritiker hatten den
  Film ... verrissen", hundred-sixty-fifth, hundred-seventy-fifth): "nannte", "sprach von",
  "called", "described ... as", "als ... kritisiert", "als ... verrissen" and "kritisierten
  ... als" are negatives (the „Presse“, the „Süddeutsche Zeitung“ - "um drei Uhr früh" a
  clock time, none -, Variety, the Guardian's theatre critic, the „Zeit“, an ESPN analyst,
  the «NZZ», the „Frankfurter Allgemeine Zeitung“, Reinholt, The New York Times, a BBC
  pundit, Kilbride, Bakker, Damsgaard, Sandford, the Greens), their figures labelled: "two
  and a half hours of noise ..." 2.5 hours (hundred-sixty-fifth: "Four and a half percent"
  4.5), "a show with three great songs and two hours of filler" 3 and 2 hours, „drei Stunden
  Selbstmitleid“ 3 hours, „90 Minuten Kalauer ohne Fall“ 90 minutes, "the purest six minutes
  of snooker ..." 6 minutes, "unacceptable from the first minute to the last" ordinal 1
  ("the last" none), „einer „viel zu braven“ ersten Halbzeit“ ordinal 1
  (hundred-fifty-third: "in the first half" 1), "the safest quarterback prospect in 20
  years" 20 years. New: "Promoter Barry Sandford had billed the bout as "the biggest night
  in 100 years of British boxing."" is a label with 100 years labelled - "had billed ... as"
  labels as "called" does. The look-alikes are check-worthy measures: the running time ("Der
  Film dauert 178 Minuten."), the break's timing, a review aggregator's score ("The film has
  a 64% score on review aggregator Rotten Tomatoes."; hundred-sixty-eighth: "a 94% positive
  score"), a published star rating ("The Telegraph gave it two stars out of five." counts 2
  and 5; hundred-twenty-first, and hundred-sixty-fourth: stars counted as written), the
  museum's survey and, New, a polled grade without a figure ("Audiences polled by
  CinemaScore gave "Ironclad Dawn" an A-minus grade." check-worthy with no quantity - a
  published measure as a star rating is, but a letter grade writes no figure).
- Fans' chants, banners and scene colour (hundred-forty-first, hundred-forty-ninth,
  hundred-fifty-third, hundred-sixty-fifth) are negatives: "M-V-P", „Deutscher Meister wird
  nur die Werkself“, „So sehen Sieger aus“ ("Minuten vor der Schlusssirene" none), the
  Tessin fans' and the Block West's Schmähgesänge ("nach dem 0:2" a score, "minutenlang"
  none), "The crowd chanted Vesterlund's name ...", supporters turning their backs ("in the
  closing minutes" none), the ovation at Citi Field with "after the eighth" ordinal 8
  labelled (the elliptic ordinal, hundred-fifty-third: "fourth"), the Sechseläutenplatz
  ("Tausende" none), the marathon course ("Zehntausende" none) and the Redoute in orange
  ("Thousands" none). New: a chant with a figure is labelled as any figure in a negative
  (seventeenth) - „Nie mehr zweite Liga“ ordinal 2 (below). New: "Spectators stood six deep
  ..." is count 6 - a number word before "deep" counts the rows of people, as a number word
  heading an adjective counts (hundred-fifty-third: "einer sechsköpfigen Spitzengruppe" 6).
  New: "Sechseläutenplatz" carries none - a place's name that holds a number word, as
  "Formel 1" and "Group A" are names (thirty-fifth, hundred-fifty-third). Their look-alikes
  are acts of record: the league's disciplinary proceedings against Lugano (check-worthy
  without a figure; hundred-fifty-third: a flare to be reviewed), the arrests ("Die Polizei
  nahm nach eigenen Angaben elf Personen fest, drei Beamte wurden leicht verletzt." 11 and
  3) and St John Ambulance's 1,240 runners treated.
- New: "zweite Liga" written in words and lower case is ordinal 2 - it counts the tier, as
  "Fourth-tier club" does (hundred-eighth) - in the chant „Nie mehr zweite Liga“ (labelled),
  in "Die Fortuna war 2022 in die zweite Liga abgestiegen." (2022 and ordinal 2) and in "die
  Torjägerliste der zweiten Liga", while the league's name "2. Bundesliga" would carry none
  (eighty-second, hundred-ninth). New: "der 1. FSV Mainz 05" carries none - both figures
  belong to the club's name (hundred-fifty-third: "Der 1. FC Heidenheim"); "BBC Radio 5
  Live" likewise ("SRF 1", hundred-thirty-third), and "die ARD-Krimireihe" none.
- Transfers and fees (hundred-fifty-third): a reported fee is check-worthy with its hedge,
  also when only a paper or the press reports it, the speaker unchecked ("nach Informationen
  des «Blick»", "Nach Informationen des „Kicker“" - hundred-fifty-third: "laut «Kicker»",
  "nach SID-Informationen" -, "British media reported" - a plural group, forty-first - and,
  New, left unchecked until settled, "the PA news agency understands" - the agency's own
  reporting line names no source): "rund 14 Millionen Franken, mit Bonuszahlungen bis zu 18
  Millionen Franken" "about" and "up_to", "a club-record fee of about £68 million"
  ("club-record" none), "add-ons that could take it to £75 million" (no hedge), "well above
  the £59.5 million" ("above" before an article no hedge, hundred-sixty-fifth), "for a
  world-record fee" none (hundred-fifty-third: "a club-record transfer fee" none), "1.4
  million euros, above the previous record of about 1.1 million euros", "eine Abfindung von
  rund 2,5 Millionen Euro". A record fee without a figure is a claim of record ("Es ist der
  höchste Transfererlös in der Geschichte des Klubs."). Refusals to say are negatives
  (hundred-thirty-eighth, hundred-seventy-fifth): "Zur Höhe der Ablöse wollte sich der Klub
  nicht äussern.", "A Villa spokesman said the club "does not comment on speculation."",
  "Barcelona declined to comment on the fee."; so are a club's boilerplate of thanks („Wir
  danken Dirk ...“, hieß es in der Mitteilung; hundred-seventy-fifth: company boilerplate)
  and a captain's blame („Wir Spieler sind schuld, nicht der Trainer“; hundred-sixty-third:
  an accusation without a checkable claim).
- Records and statistics stated are check-worthy (twenty-ninth, hundred-thirty-third,
  hundred-fifty-third): "the 14th maximum break in the history of the World Snooker
  Championship" 14, "the fifth 40-point playoff game of his career, a franchise record" 5
  and 40 ("40-point" a figure heading a compound, the issue's "28-Punkte-Entwurf"), "a
  record for a league game at the Emirates Stadium", "a record for a boxing event in
  Britain", "so viele wie nie zuvor", "so wenige wie kein anderer Bundesligist", "einen
  Rekord für eine Einzelausstellung des Hauses", "die meistbesuchte Schau seit der Eröffnung
  des Erweiterungsbaus 2021", "the longest such run in the division", "the longest of the
  tournament so far", "his most in a match on clay", "the biggest debut for a non-English
  show on the platform", "the year's strongest opening", "At 17-9, the Mets have the best
  record in the National League." (no figure - "17-9" a record, hundred-thirty-third: "fell
  to 14-18"), "a record £71.3 million" ("a record" no hedge, twenty-third), "the third
  maximum of his professional career and his first at the Crucible" 3 and 1.
- Box office, audiences, streams and ratings (thirty-fifth, hundred-thirty-third,
  hundred-forty-ninth, hundred-fifty-third, hundred-sixty-eighth): takings are money ("$21.5
  million from Thursday night previews", "$118.4 million", "$265 million, including $41
  million", "fell 52% to $14.2 million in its fourth weekend", "more than £14 million at the
  box office" "over", "It cost about $230 million to make" "about" with "two people" 2),
  audiences are counts with their shares ("Im Schnitt sahen 8,9 Millionen Menschen ..., der
  Marktanteil lag bei 31,6 Prozent" - "Im Schnitt" no hedge -, "Bei den 14- bis 49-Jährigen
  ... 24,9 Prozent" 14 and 49 years - the unit written once serves both,
  hundred-seventy-fifth -, "Im Schnitt verfolgten 712'000 Personen ..., Marktanteil von 52,3
  Prozent", "averaged 13.4 million viewers ..., up 8% from last year", "Nearly half of the
  viewers were under 35" fraction 0.5 "nearly" and 35 years "under" - hundred-seventy-fifth:
  "users under 13"), streams and viewing hours ("rund 38 Millionen Streams" "about",
  "watched for 412 million hours" 412,000,000 hours; hundred-seventy-fifth: "a total of
  412,000 hours"), chart places as ordinals ("auf Platz sieben", "auf Platz vier", and
  "Platz 50" in a negative; hundred-thirty-second: "Platz eins"), "the top 10 in 91
  countries" 10 and 91 (hundred-sixtieth: "entered the top 10"), "the eight-episode Korean
  series" 8, "in its first week" and "in der ersten Woche" ordinal 1, "sechs Lolas" 6 ("die
  Goldene Lola" none), "seven awards" 7, "24 Premieren ..., darunter neun Uraufführungen" 24
  and 9.
- Sports figures otherwise as the hundred-fifty-third batch reads them. Scores, series
  standings and records carry none ("2:1", "3-0", "118-109", "a 3-1 lead", "13-7", "3:0",
  "mit 4:2 und ... mit 4:2 Siegen", "das vorentscheidende 3:2", "2:0", "6-7(4) 7-6(9) 6-4",
  "24-0", "4:1", "2:2", "2-1", "3:2 nach Verlängerung"). Minutes are ordinals ("in der 78.
  Minute", "(12./55.)" 12 and 55, "(23.)", "(88.)", "in der 51. Minute", "in der dritten
  Minute der Nachspielzeit" 3, "in the 84th minute"). Ranks and orders are ordinals ("to
  eighth", "auf Platz 14", "auf Platz 16", "als Vierter", "Tabellenachter" 8 -
  hundred-fifty-third: "der Tabellenvierte" -, "with Frenchman Théo Marchal third", "the No.
  1 pick" 1 - hundred-fifty-third: "No. 4" -, "their fourth straight home victory", "their
  first-round series" 1 and "a ninth-round stoppage" 9 - the hyphenated adjective keeps its
  ordinal -, "in the third round", "for the second time", "zum 34. Mal", "zum zwölften Mal",
  "das sechste Finalspiel", "das siebte Finalspiel", "die dritte Niederlage hintereinander",
  "Das 351. Wiener Derby", "die 38. Folge"; "top seed" none). Goals, points and tallies are
  counts ("scored twice" and "traf zweimal" 2, "traf dreimal" 3, "nach nur elf Spielen" 11,
  "nur neun Punkte" 9, "15 of 22 shots", "11 of his last 14", "14 von 19 Spielen", "108
  pitches, 76 of them", "38 der 112" - definite groups, forty-first -, New: "erst 19
  Gegentore" with no hedge - "erst" as "nur" -, "worth 147 points", "three match points", "a
  career-high 15 batters in eight scoreless innings" 15 and 8, "19 aces", "4,212 yards and
  41 touchdowns", "a five-point Premier League lead" 5, "a 34-kilometre solo attack" 34,
  "480 watts", "31 degrees Celsius" 31 - physical measures are counts, fourth -, "About a
  quarter of the 175 starters" fraction 0.25 "about" and 175, "two starters" 2).
- Times and durations (the issue: "fünfstündigen", "zehn Minuten"; hundred-fifty-third).
  Times in the colon form read one duration per unit from the largest, the unit word naming
  the first figure: "in 2:05:48 Stunden" 2 hours, 5 minutes and 48 seconds, "bei 2:06:12
  Stunden" 2 hours, 6 minutes and 12 seconds, "nach 6:41 Minuten der Verlängerung" 6 minutes
  and 41 seconds (hundred-fifty-third: "1:46,12 Minuten"); spelled out: "three hours and 41
  minutes", "five minutes and 52 seconds", "two hours, three minutes and 11 seconds"; "52
  seconds ahead", "44 minutes", "nur 20 Minuten", "178 Minuten", "more than three minutes"
  "over", "An 43 Tagen" 43 days, "the 17-day tournament" 17 days (the issue's "a two-week
  visit"). New: "in 43 Drehtagen" is 43 days - a figure before a compound whose head is the
  unit, as "zehn Bonussekunden" (hundred-fifty-third). Ages are durations in years ("Der
  19-Jährige", "Mourão, 23,", "Whitcombe, 27,", "Achebe, 30,", "Ferrán, 25,", and in
  negatives "die 26-Jährige", "der 24-Jährige", "Fairclough, 24,", "Priya Ramsden, 34,").
  Contracts: "a five-year contract" 5 years, "a seven-year, $182 million contract" 7 years
  and 182,000,000 USD, "a four-year rookie deal worth about $48 million" 4 years and
  48,000,000 USD "about" ("worth" no hedge), "einen Vertrag bis 2031", "mit einem Vertrag
  bis 2028", "a contract until 2030" the years ("bis" and "until" no hedge). None: "am
  Freitagabend", "on Friday night", "Bis Ende März", "in der laufenden Saison", "Für die
  kommende Saison", "this season", "next week", "next year", "last year", "next spring",
  "Nächstes Jahr", "im kommenden Jahr", "für den Sommer", "Ende April des Vorjahres", "bis
  Mittwoch", "im Februar", "in December", "from February", "in September", "in October", "in
  March", "heuer", "seit Jahren", "nachts", "bis tief in die Nacht", "um drei Uhr früh",
  weekdays.
- Money in the currency written (every batch): EUR ("250.000 Euro", "3,8 Millionen Euro",
  "ein Preisgeld von 20.000 Euro, ... weitere 10.000 Euro" - "weitere" no hedge -, "rund 45
  Millionen Euro" "about", "rund 2,5 Millionen Euro" "about", "höchstens 60 Euro" "at_most"
  - hundred-sixty-fourth: "auf höchstens 50 pro Tag" -, "475 Euro", "12 million euros", "1.4
  million euros" and "about 1.1 million euros", and "A million euros" in a negative), USD
  ("$21.5 million", "about $100 million", "about $230 million", "$182 million", "about $48
  million", "$118.4 million", "$265 million", "$41 million", "$14.2 million", and "$150
  million" and "$1 billion" in negatives), GBP ("£40,000", "£500,000", "about £68 million",
  "£75 million", "£59.5 million", "21 million pounds", "more than £14 million" "over", "from
  £25 to £175" both - "from ... to" no hedge -, "a record £71.3 million"), CHF ("rund 14
  Millionen Franken" "about", "bis zu 18 Millionen Franken" "up_to", "26 Franken, für
  Studierende 15 Franken").
- Fractions and percentages: "Rund ein Drittel der Besucherinnen und Besucher" 0.3333
  "about" (the survey unchecked, below), "Jede vierte Karte" 0.25 (the issue's "jeder
  vierte"), "Nearly half" 0.5 "nearly", "About a quarter" 0.25 "about"; "87,4 Prozent", "um
  9 Prozent auf rund 14.800" 9% and 14,800 "about", "a 64% score", "up 8%", "31,6 Prozent",
  "24,9 Prozent", "52,3 Prozent", "38% of the opening", "fell 52%", "rund 6 Prozent mehr"
  "about" ("mehr" after the figure compares, hundred-first), "91% of her passes", "rose 19%
  this season to 8,420", "rose 4.2%", and "zu hundert Prozent" 100 in a negative.
- Years and dates: "2031", "2022" (twice), "2024", "seit 2011", "aus dem Jahr 2019", "des
  Erweiterungsbaus 2021", "2028", "2030"; Reuters and AFP datelines with a day ("LONDON,
  April 24 (Reuters)", "LOS ANGELES, April 24 (Reuters)", "MADRID, April 25 (Reuters)",
  "LONDON, April 25 (Reuters)", "LONDON, April 26 (Reuters)", "LIEGE, Belgium, April 26
  (AFP)" - the country between, ninety-ninth -, "LOS ANGELES, April 27 (Reuters)", "LONDON,
  April 27 (Reuters)", "NEW YORK, April 27 (Reuters)") dates without a year
  (hundred-sixty-fifth); dpa, APA, Keystone-SDA, AP ("DENVER (AP) —", "NEW YORK (AP) —") and
  PA ("SHEFFIELD (PA) -", "LONDON (PA) -") datelines none (seventy-ninth).
- Other negatives (ninety-eighth to hundred-seventy-fifth): open questions ("Ob Kowalczyk
  die Spitze auch in der kommenden Woche hält, ist offen.", "Whether Hollins will start the
  season opener remains unclear."), hopes with and without a figure ("Der Verleih hofft,
  dass der Preis dem Film weitere 100.000 Zuschauer bringt." 100,000 labelled - "weitere" no
  hedge -, "Das Museum hofft, ...", ""We would love to take it to Broadway within two
  years,"" 2 years; hundred-twenty-fourth, hundred-seventy-fifth), resolve ("Fairclough, 24,
  said he would "come back stronger next year.""), a coach's rhetorical question (""How many
  times does this have to happen before someone says sorry?" Damsgaard asked.";
  hundred-fifty-third), mockery on social media ("... als „schwächste seit Jahren“
  verspottet."; hundred-sixty-fifth: a reaction), and analysts' reading of the numbers
  ("Analysts said the numbers showed ..."; hundred-forty-ninth: dealers' explanation).
- Check-worthy without a figure (seventy-first, hundred-fourteenth to
  hundred-seventy-fifth): result and event leads (the FCB's sale, Leverkusen's 3:0, the
  Filmpreis's winner, Düsseldorf's 4:1, the ARD series' top audience), "Es ist der höchste
  Transfererlös in der Geschichte des Klubs.", the league's proceedings, a successor due
  ("Ein Nachfolger soll bis Mittwoch feststehen, teilte der Verein am Montag mit." -> "der
  Verein"), the series' next game ("The series returns to Minneapolis on Tuesday.";
  sixty-fifth: a scheduled step), "At 17-9, the Mets have the best record in the National
  League.", Tottenham's letter ("Tottenham said they had written to referees' body PGMOL to
  ask for an explanation." -> "Tottenham") and the CinemaScore grade.
- Hedges, only the names in use: "rund", "Rund", "about", "About" "about"; "Nearly"
  "nearly"; "mehr als", "more than" "over"; "under" "under"; "bis zu" "up_to"; "höchstens"
  "at_most". No hedge: "nur", "erst", "alle", "Im Schnitt", "weitere", "worth", "could take
  it to", "well above the", "above the", "a record", "a career-high", "bis", "until", "from
  ... to", "mehr" and "more" after a figure.
- Speakers, checked only in forms the earlier batches settled: "Feldkamp sagte, ...",
  "Sturmberger sagte, ...", "Fässler sagte, ...", "Vogelsang sagte, ...", "Haapala sagte,
  ...", "Zenklusen sagte, ...", "Welsch sagte, ...", "Kornberger sagte, ...", "Gloor sagte,
  ...", "Weinzierl sagte, ..." and "Ferrazzini sagte, ..." opening the row (forty-second,
  hundred-thirty-first, hundred-seventy-fifth); "Sportvorstand Klaus Wenzlaff sagte" the
  name with the title dropped (hundred-sixty-fifth); "teilte der FCB am Freitag mit" -> "der
  FCB" (hundred-fifty-third: "teilte der ÖSV am Abend mit"), "teilte GfK Entertainment am
  Freitag mit" -> "GfK Entertainment" and "teilte SRF mit" -> "SRF" (a name without an
  article, hundred-thirty-third, hundred-fifty-third), "teilte die Deutsche Filmakademie
  mit" -> "die Deutsche Filmakademie", "wie die AGF Videoforschung am Montag mitteilte" ->
  "die AGF Videoforschung" (hundred-fifty-third: "wie die Deutsche Fußball Liga mitteilte"),
  "teilte der Verein am Montag mit" -> "der Verein" and "Nach Angaben der Veranstalter" ->
  "die Veranstalter" (hundred-fifty-third), "teilte das Haus am Freitag mit" -> "das Haus",
  "teilte das Museum am Sonntag mit" -> "das Museum" and "teilte das Direktorium am Montag
  mit" -> "das Direktorium" (the institution taken up by its common noun as "das
  Unternehmen", "der Konzern", "die Kette"; hundred-fifty-eighth, hundred-seventy-fifth).
  English: "Ardley said", "Prewitt said", "Drummond said", "Castelao said", "Castellucci
  said", "Vesterlund said", "Sandford said", "Castell said", "Kovačič said", "Brannigan
  said", "Brightwell said" and "Okafor said" opening the row as written
  (hundred-sixty-fifth, hundred-seventy-fifth), "Orbis said it expected" -> "Orbis",
  "Tottenham said" as written (hundred-fifty-third), "the league said Sunday" -> "the
  league" (hundred-thirty-third, hundred-fifty-third), "the club said" and "the club said on
  Monday" -> "the club" (hundred-forty-ninth, hundred-fifty-third), "organisers said" and
  "organisers said on Monday" -> "organisers" (hundred-thirty-third, hundred-fifty-third),
  "according to Comscore" -> "Comscore" (hundred-sixty-eighth), "St John Ambulance said" as
  written (eighteenth: "Unison said"). Left unchecked (None): rows without attribution and
  all negatives, also those with a named speaker; "distributor Orbis Pictures said" and
  "streaming service Lumora said" (a description before the name, fortieth), "its producers
  said" (a possessive, eighty-third), "according to two people familiar with the production"
  and "British media reported" (plural groups, forty-first), "according to the official
  match statistics", "according to Nielsen data", "according to league figures" and "nach
  einer Umfrage des Museums" (documents, data and surveys; hundred-second,
  hundred-twentieth, hundred-seventy-fifth), "nach eigenen Angaben" (hundred-seventy-fifth),
  "nach Informationen des «Blick»" and "Nach Informationen des „Kicker“"
  (hundred-fifty-third), "the PA news agency understands" (above).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_181 = [
    # --- Werder gegen Mainz (dpa) ---
    (
        "de",
        "Bremen (dpa) - Werder Bremen hat am Freitagabend mit einem 2:1 gegen den 1. FSV Mainz 05 den Abstand auf die Abstiegsplätze auf neun Punkte vergrößert.",
        True,
        [("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "Vor 41.200 Zuschauern im ausverkauften Weserstadion erzielte Kapitän Malte Osterkamp in der 78. Minute den Siegtreffer.",
        True,
        [("count", 41200, None, None), ("ordinal", 78, None, None)],
        None,
    ),
    (
        "de",
        "„Wir brauchen noch fünf Punkte, dann ist die Sache erledigt, davon bin ich felsenfest überzeugt“, sagte Werder-Trainer Jonas Feldkamp.",
        False,
        [("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Feldkamp sagte, Werder habe aus den vergangenen sechs Heimspielen 16 Punkte geholt.",
        True,
        [("count", 6, None, None), ("count", 16, None, None)],
        "Feldkamp",
    ),
    ("de", "„Diese Mannschaft hat ein Herz aus Gold“, sagte Osterkamp nach dem Schlusspfiff.", False, [], None),
    (
        "de",
        "Der Mainzer Trainer Sören Bakker sprach von einem „gebrauchten Abend“ und einer „viel zu braven“ ersten Halbzeit.",
        False,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Mainz ist seit fünf Ligaspielen ohne Sieg und rutschte auf Platz 14 ab.",
        True,
        [("count", 5, None, None), ("ordinal", 14, None, None)],
        None,
    ),
    # --- Brentford beat Everton (Reuters) ---
    (
        "en",
        "LONDON, April 24 (Reuters) - Brentford climbed to eighth in the Premier League with a 3-0 win over Everton on Friday, their fourth straight home victory.",
        True,
        [("date", "--04-24", None, None), ("ordinal", 8, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "Striker Danny Okonkwo scored twice, taking his league tally for the season to 19.",
        True,
        [("count", 2, None, None), ("count", 19, None, None)],
        None,
    ),
    (
        "en",
        '"Danny could score 30 goals a season in any league in the world," Brentford manager Keith Ardley said.',
        False,
        [("count", 30, None, None)],
        None,
    ),
    (
        "en",
        "Ardley said Okonkwo had scored in 11 of his last 14 league appearances.",
        True,
        [("count", 11, None, None), ("count", 14, None, None)],
        "Ardley",
    ),
    ("en", '"We are not looking at Europe, we are looking at Tuesday," Ardley added.', False, [], None),
    (
        "en",
        "Everton have now gone 21 away games without a clean sheet, the longest such run in the division.",
        True,
        [("count", 21, None, None)],
        None,
    ),
    (
        "en",
        'Everton manager Stuart Kilbride called the performance "unacceptable from the first minute to the last."',
        False,
        [("ordinal", 1, None, None)],
        None,
    ),
    ("en", "Travelling Everton supporters turned their backs on the pitch in the closing minutes.", False, [], None),
    # --- Burgtheater-Bilanz (APA) ---
    (
        "de",
        "Wien (APA) - Das Wiener Burgtheater hat in der laufenden Saison bisher eine Auslastung von 87,4 Prozent erreicht.",
        True,
        [("percent", 87.4, "%", None)],
        None,
    ),
    (
        "de",
        "Bis Ende März kamen 312.000 Besucherinnen und Besucher in die vier Spielstätten, teilte das Haus am Freitag mit.",
        True,
        [("count", 312000, None, None), ("count", 4, None, None)],
        "das Haus",
    ),
    (
        "de",
        "„Das Burgtheater ist wieder der aufregendste Ort dieser Stadt“, sagte Direktorin Elfriede Sturmberger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Sturmberger sagte, die Zahl der Abonnements sei um 9 Prozent auf rund 14.800 gestiegen.",
        True,
        [("percent", 9, "%", None), ("count", 14800, None, "about")],
        "Sturmberger",
    ),
    (
        "de",
        "„Wir spielen für 312.000 Menschen und nicht für drei Feuilletonisten“, sagte die Direktorin.",
        False,
        [("count", 312000, None, None), ("count", 3, None, None)],
        None,
    ),
    ("de", "Der Kritiker der „Presse“ nannte die Saison „ein Feuerwerk mit zu vielen Blindgängern“.", False, [], None),
    (
        "de",
        "Für die kommende Saison sind 24 Premieren geplant, darunter neun Uraufführungen.",
        True,
        [("count", 24, None, None), ("count", 9, None, None)],
        None,
    ),
    # --- Nuggets take 3-1 lead (AP) ---
    (
        "en",
        "DENVER (AP) — Marcus Bellweather scored 41 points and the Denver Nuggets beat the Minnesota Timberwolves 118-109 on Friday night to take a 3-1 lead in their first-round series.",
        True,
        [("count", 41, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Bellweather made 15 of 22 shots and added 12 rebounds and nine assists.",
        True,
        [("count", 15, None, None), ("count", 22, None, None), ("count", 12, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "It was the fifth 40-point playoff game of his career, a franchise record.",
        True,
        [("ordinal", 5, None, None), ("count", 40, None, None)],
        None,
    ),
    ("en", 'Fans chanted "M-V-P" every time he stepped to the free-throw line.', False, [], None),
    (
        "en",
        '"He is the best player on the planet, and it is not close," Nuggets coach Darnell Prewitt said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Prewitt said Bellweather had played 44 minutes because two starters were in foul trouble.",
        True,
        [("duration", 44, "minute", None), ("count", 2, None, None)],
        "Prewitt",
    ),
    (
        "en",
        '"We have been down 3-1 before, and nobody in this locker room is scared," Timberwolves guard Jalen Whitmore said.',
        False,
        [],
        None,
    ),
    ("en", "The series returns to Minneapolis on Tuesday.", True, [], None),
    # --- FCB verkauft Rüegsegger (Keystone-SDA) ---
    (
        "de",
        "Basel (Keystone-SDA) - Der FC Basel verkauft sein Sturmtalent Noah Rüegsegger an den VfL Wolfsburg.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Ablöse beträgt nach Informationen des «Blick» rund 14 Millionen Franken, mit Bonuszahlungen bis zu 18 Millionen Franken.",
        True,
        [("money", 14000000, "CHF", "about"), ("money", 18000000, "CHF", "up_to")],
        None,
    ),
    ("de", "Es ist der höchste Transfererlös in der Geschichte des Klubs.", True, [], None),
    (
        "de",
        "Der 19-Jährige unterschreibt in Wolfsburg einen Vertrag bis 2031, teilte der FCB am Freitag mit.",
        True,
        [("duration", 19, "year", None), ("year", 2031, None, None)],
        "der FCB",
    ),
    ("de", "Zur Höhe der Ablöse wollte sich der Klub nicht äussern.", False, [], None),
    (
        "de",
        "«Noah hat alles, was ein Stürmer in der Champions League braucht», sagte Sportchef Dario Fässler.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Fässler sagte, Rüegsegger habe in 31 Super-League-Spielen zwölf Tore erzielt.",
        True,
        [("count", 31, None, None), ("count", 12, None, None)],
        "Fässler",
    ),
    (
        "de",
        "«Für 14 Millionen verkauft man nicht die Zukunft des Klubs», stand auf einem Transparent in der Muttenzerkurve.",
        False,
        [("count", 14000000, None, None)],
        None,
    ),
    # --- A maximum at the Crucible (PA) ---
    (
        "en",
        "SHEFFIELD (PA) - Former champion Rory Drummond made the 14th maximum break in the history of the World Snooker Championship on Friday as he beat Leon Fairclough 13-7 to reach the quarter-finals.",
        True,
        [("ordinal", 14, None, None)],
        None,
    ),
    (
        "en",
        "The maximum, worth 147 points, earns Drummond a bonus of £40,000 on top of his prize money.",
        True,
        [("count", 147, None, None), ("money", 40000, "GBP", None)],
        None,
    ),
    (
        "en",
        '"I have been dreaming about that since I was seven years old," Drummond said.',
        False,
        [("duration", 7, "year", None)],
        None,
    ),
    (
        "en",
        "Drummond said it was the third maximum of his professional career and his first at the Crucible.",
        True,
        [("ordinal", 3, None, None), ("ordinal", 1, None, None)],
        "Drummond",
    ),
    (
        "en",
        'BBC pundit Alan Greaves called it "the purest six minutes of snooker you will ever see."',
        False,
        [("duration", 6, "minute", None)],
        None,
    ),
    (
        "en",
        "The break took five minutes and 52 seconds, according to the official match statistics.",
        True,
        [("duration", 5, "minute", None), ("duration", 52, "second", None)],
        None,
    ),
    (
        "en",
        "The winner of the 17-day tournament receives £500,000.",
        True,
        [("duration", 17, "day", None), ("money", 500000, "GBP", None)],
        None,
    ),
    (
        "en",
        'Fairclough, 24, said he would "come back stronger next year."',
        False,
        [("duration", 24, "year", None)],
        None,
    ),
    # --- Kowalczyk an der Chartspitze (dpa) ---
    (
        "de",
        "Baden-Baden (dpa) - Die Berliner Rapperin Lyra Kowalczyk steht mit ihrem dritten Album „Nachtstrom“ erstmals an der Spitze der Offiziellen Deutschen Charts.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Das Album kam in der ersten Woche auf rund 38 Millionen Streams, teilte GfK Entertainment am Freitag mit.",
        True,
        [("ordinal", 1, None, None), ("count", 38000000, None, "about")],
        "GfK Entertainment",
    ),
    (
        "de",
        "„Ich habe dieses Album für die Mädchen gemacht, die nachts nicht schlafen können“, sagte Kowalczyk.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Ich hätte auch mit Platz 50 gefeiert“, sagte die 26-Jährige.",
        False,
        [("ordinal", 50, None, None), ("duration", 26, "year", None)],
        None,
    ),
    (
        "de",
        "Ihr Debüt war 2022 auf Platz sieben eingestiegen, der Nachfolger 2024 auf Platz vier.",
        True,
        [
            ("year", 2022, None, None),
            ("ordinal", 7, None, None),
            ("year", 2024, None, None),
            ("ordinal", 4, None, None),
        ],
        None,
    ),
    (
        "de",
        "Die „Süddeutsche Zeitung“ nannte die Platte „so kalt wie ein U-Bahnhof um drei Uhr früh“.",
        False,
        [],
        None,
    ),
    ("de", "Ob Kowalczyk die Spitze auch in der kommenden Woche hält, ist offen.", False, [], None),
    # --- "Ironclad Dawn" previews (Reuters) ---
    (
        "en",
        'LOS ANGELES, April 24 (Reuters) - Superhero sequel "Ironclad Dawn" took in $21.5 million from Thursday night previews in U.S. and Canadian theaters, distributor Orbis Pictures said on Friday.',
        True,
        [("date", "--04-24", None, None), ("money", 21500000, "USD", None)],
        None,
    ),
    (
        "en",
        "Orbis said it expected the film to gross about $100 million in its opening weekend in North America.",
        True,
        [("money", 100000000, "USD", "about")],
        "Orbis",
    ),
    (
        "en",
        '"My gut says this thing does $150 million before Monday," said Tom Reinholt, an analyst at Marquee Data.',
        False,
        [("money", 150000000, "USD", None)],
        None,
    ),
    (
        "en",
        'Variety called the film "two and a half hours of noise in search of a story."',
        False,
        [("duration", 2.5, "hour", None)],
        None,
    ),
    ("en", "The film has a 64% score on review aggregator Rotten Tomatoes.", True, [("percent", 64, "%", None)], None),
    (
        "en",
        "It cost about $230 million to make, according to two people familiar with the production.",
        True,
        [("money", 230000000, "USD", "about"), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        '"I made this for every kid who watched the original 20 times on a worn-out DVD," director Gabe Marlowe said.',
        False,
        [("count", 20, None, None)],
        None,
    ),
    # --- Leverkusen bleibt vorn (dpa) ---
    (
        "de",
        "Leverkusen (dpa) - Bayer Leverkusen hat mit einem 3:0 gegen den SC Freiburg die Tabellenführung in der Fußball-Bundesliga verteidigt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Werkself liegt fünf Spieltage vor Saisonende mit 71 Punkten vier Zähler vor dem FC Bayern.",
        True,
        [("count", 5, None, None), ("count", 71, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Stürmer Kofi Mensah-Berg traf zweimal (12./55.) und steht nun bei 24 Saisontoren.",
        True,
        [("count", 2, None, None), ("ordinal", 12, None, None), ("ordinal", 55, None, None), ("count", 24, None, None)],
        None,
    ),
    (
        "de",
        "„Wenn wir so weiterspielen, holen wir alle 15 Punkte, da bin ich mir sicher“, sagte Bayer-Trainer Matthias Vogelsang.",
        False,
        [("count", 15, None, None)],
        None,
    ),
    (
        "de",
        "Vogelsang sagte, seine Mannschaft habe in dieser Saison erst 19 Gegentore zugelassen, so wenige wie kein anderer Bundesligist.",
        True,
        [("count", 19, None, None)],
        "Vogelsang",
    ),
    (
        "de",
        "„Wir waren heute in allen Belangen unterlegen, das muss man neidlos anerkennen“, sagte Freiburgs Trainer Lukas Hämmerle.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Leverkusener Fans sangen nach dem Abpfiff minutenlang „Deutscher Meister wird nur die Werkself“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Freiburger kassierten die dritte Niederlage hintereinander und sind nur noch Tabellenachter.",
        True,
        [("ordinal", 3, None, None), ("ordinal", 8, None, None)],
        None,
    ),
    # --- Villa agree club-record fee (PA) ---
    (
        "en",
        "LONDON (PA) - Aston Villa have agreed a club-record fee of about £68 million with Benfica for Portuguese midfielder Tiago Mourão, the PA news agency understands.",
        True,
        [("money", 68000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "The deal includes add-ons that could take it to £75 million, well above the £59.5 million Villa paid for a striker in 2024.",
        True,
        [("money", 75000000, "GBP", None), ("money", 59500000, "GBP", None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "Mourão, 23, is expected to sign a five-year contract after a medical next week.",
        True,
        [("duration", 23, "year", None), ("duration", 5, "year", None)],
        None,
    ),
    ("en", 'A Villa spokesman said the club "does not comment on speculation."', False, [], None),
    (
        "en",
        '"Tiago is the kind of player you buy a ticket to watch," Villa manager Ramiro Castelao said on Friday.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Castelao said Mourão had created 94 chances in the Portuguese league this season, more than any other midfielder.",
        True,
        [("count", 94, None, None)],
        "Castelao",
    ),
    (
        "en",
        '"Sixty-eight million for a lad who has never played a minute in England is a gamble, whatever the numbers say," former Villa defender Gary Moult told talkSPORT.',
        False,
        [("count", 68000000, None, None)],
        None,
    ),
    (
        "en",
        "Benfica signed Mourão from Braga for 12 million euros in 2022.",
        True,
        [("money", 12000000, "EUR", None), ("year", 2022, None, None)],
        None,
    ),
    # --- KAC ist Meister (APA) ---
    (
        "de",
        "Klagenfurt (APA) - Der KAC hat am Samstagabend zum 34. Mal den österreichischen Meistertitel im Eishockey geholt.",
        True,
        [("ordinal", 34, None, None)],
        None,
    ),
    (
        "de",
        "Die Klagenfurter gewannen das sechste Finalspiel gegen den EC Red Bull Salzburg mit 4:2 und entschieden die Serie mit 4:2 Siegen für sich.",
        True,
        [("ordinal", 6, None, None)],
        None,
    ),
    (
        "de",
        "Vor 5.100 Zuschauerinnen und Zuschauern in der ausverkauften Heidi-Horten-Arena erzielte Verteidiger Thomas Lindner in der 51. Minute das vorentscheidende 3:2.",
        True,
        [("count", 5100, None, None), ("ordinal", 51, None, None)],
        None,
    ),
    ("de", "Die Fans stimmten schon Minuten vor der Schlusssirene „So sehen Sieger aus“ an.", False, [], None),
    (
        "de",
        "„Das war die härteste Serie meiner 20 Jahre im Eishockey“, sagte KAC-Trainer Kimmo Haapala.",
        False,
        [("duration", 20, "year", None)],
        None,
    ),
    (
        "de",
        "Haapala sagte, seine Mannschaft habe in den Playoffs 14 von 19 Spielen gewonnen.",
        True,
        [("count", 14, None, None), ("count", 19, None, None)],
        "Haapala",
    ),
    ("de", "„Wir haben uns heute selbst geschlagen“, sagte Salzburgs Kapitän Florian Brunnthaler.", False, [], None),
    # --- Whitcombe strikes out 15 (AP) ---
    (
        "en",
        "NEW YORK (AP) — Dylan Whitcombe struck out a career-high 15 batters in eight scoreless innings as the New York Mets beat the Atlanta Braves 3-0 on Saturday.",
        True,
        [("count", 15, None, None), ("count", 8, None, None)],
        None,
    ),
    (
        "en",
        '"My grandmother could have caught me tonight, the ball was just doing things," Whitcombe said.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"Give him 30 starts and he wins the Cy Young, write that down," Mets manager Ron Castellucci said.',
        False,
        [("count", 30, None, None)],
        None,
    ),
    (
        "en",
        "Castellucci said Whitcombe threw 108 pitches, 76 of them for strikes.",
        True,
        [("count", 108, None, None), ("count", 76, None, None)],
        "Castellucci",
    ),
    (
        "en",
        "Fans at Citi Field gave Whitcombe a standing ovation as he walked off after the eighth.",
        False,
        [("ordinal", 8, None, None)],
        None,
    ),
    ("en", "At 17-9, the Mets have the best record in the National League.", True, [], None),
    (
        "en",
        "Whitcombe, 27, signed a seven-year, $182 million contract in December.",
        True,
        [("duration", 27, "year", None), ("duration", 7, "year", None), ("money", 182000000, "USD", None)],
        None,
    ),
    # --- YB baut Vorsprung aus (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Young Boys haben am Samstag das Spitzenspiel der Super League gegen den FC Lugano 2:0 gewonnen und ihren Vorsprung als Leader auf sieben Punkte ausgebaut.",
        True,
        [("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "Vor 29'850 Zuschauern im Wankdorf trafen Yannick Bühlmann (23.) und Silvan Kühni (88.).",
        True,
        [("count", 29850, None, None), ("ordinal", 23, None, None), ("ordinal", 88, None, None)],
        None,
    ),
    (
        "de",
        "«Wir schauen nicht auf die Tabelle, wir schauen auf den nächsten Gegner», sagte YB-Trainer Raphael Zenklusen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "«Sieben Punkte sind in dieser Liga gar nichts», fügte Zenklusen an.",
        False,
        [("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "Zenklusen sagte, Kühni habe wegen einer Oberschenkelzerrung nur 20 Minuten spielen können.",
        True,
        [("duration", 20, "minute", None)],
        "Zenklusen",
    ),
    (
        "de",
        "Die mitgereisten Fans aus dem Tessin skandierten nach dem 0:2 minutenlang Schmähgesänge gegen den Verband.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Swiss Football League eröffnete wegen Pyrotechnik im Gästesektor ein Disziplinarverfahren gegen den FC Lugano.",
        True,
        [],
        None,
    ),
    # --- Vesterlund saves three match points (Reuters) ---
    (
        "en",
        "MADRID, April 25 (Reuters) - Norway's Nikolai Vesterlund saved three match points to beat top seed Andrés Calvet 6-7(4) 7-6(9) 6-4 in the third round of the Madrid Open on Saturday.",
        True,
        [("date", "--04-25", None, None), ("count", 3, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "The match lasted three hours and 41 minutes, the longest of the tournament so far.",
        True,
        [("duration", 3, "hour", None), ("duration", 41, "minute", None)],
        None,
    ),
    (
        "en",
        '"I have no idea how I won that, my legs were gone after the first set," Vesterlund said.',
        False,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Vesterlund said he had hit 19 aces, his most in a match on clay.",
        True,
        [("count", 19, None, None)],
        "Vesterlund",
    ),
    ("en", '"Clay is a lottery when it gets this hot," Calvet told reporters.', False, [], None),
    (
        "en",
        "Temperatures on the centre court reached 31 degrees Celsius, organisers said.",
        True,
        [("count", 31, None, None)],
        "organisers",
    ),
    ("en", "The crowd chanted Vesterlund's name as he lay on his back on the clay.", False, [], None),
    # --- Deutscher Filmpreis (dpa) ---
    (
        "de",
        "Berlin (dpa) - Das Drama „Die Uferlosen“ ist der große Gewinner des Deutschen Filmpreises.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Film von Regisseurin Katharina Welsch erhielt am Freitagabend sechs Lolas, darunter die Goldene Lola für den besten Spielfilm.",
        True,
        [("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "Die Auszeichnung ist mit 250.000 Euro dotiert, teilte die Deutsche Filmakademie mit.",
        True,
        [("money", 250000, "EUR", None)],
        "die Deutsche Filmakademie",
    ),
    (
        "de",
        "„Dieser Preis gehört allen, die nachts mit uns im Schlamm gestanden haben“, sagte Welsch.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Welsch sagte, der Film sei in 43 Drehtagen mit einem Budget von 3,8 Millionen Euro entstanden.",
        True,
        [("duration", 43, "day", None), ("money", 3800000, "EUR", None)],
        "Welsch",
    ),
    (
        "de",
        "Der Kritiker der „Zeit“ hatte den Film nach der Berlinale-Premiere als „drei Stunden Selbstmitleid“ verrissen.",
        False,
        [("duration", 3, "hour", None)],
        None,
    ),
    ("de", "Der Film dauert 178 Minuten.", True, [("duration", 178, "minute", None)], None),
    (
        "de",
        "Der Verleih hofft, dass der Preis dem Film weitere 100.000 Zuschauer bringt.",
        False,
        [("count", 100000, None, None)],
        None,
    ),
    # --- Achebe stops Brantley (Reuters) ---
    (
        "en",
        "LONDON, April 25 (Reuters) - Britain's Jordan Achebe retained his WBA heavyweight title with a ninth-round stoppage of American Cole Brantley in front of 88,000 fans at Wembley on Saturday.",
        True,
        [("date", "--04-25", None, None), ("ordinal", 9, None, None), ("count", 88000, None, None)],
        None,
    ),
    ("en", "Achebe, 30, improved his professional record to 24-0.", True, [("duration", 30, "year", None)], None),
    (
        "en",
        'Promoter Barry Sandford had billed the bout as "the biggest night in 100 years of British boxing."',
        False,
        [("duration", 100, "year", None)],
        None,
    ),
    (
        "en",
        "Sandford said ticket sales had reached 21 million pounds, a record for a boxing event in Britain.",
        True,
        [("money", 21000000, "GBP", None)],
        "Sandford",
    ),
    (
        "en",
        '"Give me five more fights and I will be the greatest British heavyweight of all time," Achebe said.',
        False,
        [("count", 5, None, None)],
        None,
    ),
    ("en", 'Sandford called Brantley "the bravest man I have ever put in a ring."', False, [], None),
    # --- Vienna City Marathon (APA) ---
    (
        "de",
        "Wien (APA) - Der Äthiopier Haile Tsegaw hat am Sonntag den Vienna City Marathon in 2:05:48 Stunden gewonnen und einen Streckenrekord aufgestellt.",
        True,
        [("duration", 2, "hour", None), ("duration", 5, "minute", None), ("duration", 48, "second", None)],
        None,
    ),
    (
        "de",
        "Die alte Bestmarke aus dem Jahr 2019 hatte bei 2:06:12 Stunden gelegen.",
        True,
        [
            ("year", 2019, None, None),
            ("duration", 2, "hour", None),
            ("duration", 6, "minute", None),
            ("duration", 12, "second", None),
        ],
        None,
    ),
    (
        "de",
        "Nach Angaben der Veranstalter gingen rund 42.000 Läuferinnen und Läufer aus 131 Nationen an den Start, so viele wie nie zuvor.",
        True,
        [("count", 42000, None, "about"), ("count", 131, None, None)],
        "die Veranstalter",
    ),
    ("de", "„Wien ist die schönste Marathonstadt der Welt, hier fliegt man“, sagte Tsegaw.", False, [], None),
    (
        "de",
        "„Nächstes Jahr komme ich wieder und laufe noch 30 Sekunden schneller“, versprach der 24-Jährige.",
        False,
        [("duration", 30, "second", None), ("duration", 24, "year", None)],
        None,
    ),
    (
        "de",
        "Der Sieger erhält ein Preisgeld von 20.000 Euro, für den Streckenrekord gibt es weitere 10.000 Euro.",
        True,
        [("money", 20000, "EUR", None), ("money", 10000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Entlang der Strecke feuerten Zehntausende die Läuferinnen und Läufer bei Sonnenschein an.",
        False,
        [],
        None,
    ),
    # --- Olivier Awards (PA) ---
    (
        "en",
        'LONDON (PA) - The musical "Harbour Lights" won seven awards at the Olivier Awards on Sunday, including best new musical.',
        True,
        [("count", 7, None, None)],
        None,
    ),
    (
        "en",
        "The show has taken more than £14 million at the box office since opening in October, its producers said.",
        True,
        [("money", 14000000, "GBP", "over")],
        None,
    ),
    (
        "en",
        '"This is for every chorus kid who was ever told they were too short, too loud or too northern," said lead actress Megan Doyle.',
        False,
        [],
        None,
    ),
    (
        "en",
        'The Guardian\'s theatre critic had called it "a show with three great songs and two hours of filler."',
        False,
        [("count", 3, None, None), ("duration", 2, "hour", None)],
        None,
    ),
    (
        "en",
        "The Telegraph gave it two stars out of five.",
        True,
        [("count", 2, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        '"We would love to take it to Broadway within two years," producer Ian Castell said.',
        False,
        [("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "Castell said the show would tour 11 British cities from February.",
        True,
        [("count", 11, None, None)],
        "Castell",
    ),
    (
        "en",
        "Ticket prices range from £25 to £175.",
        True,
        [("money", 25, "GBP", None), ("money", 175, "GBP", None)],
        None,
    ),
    # --- Fortuna vor der Rückkehr (dpa) ---
    (
        "de",
        "Düsseldorf (dpa) - Fortuna Düsseldorf steht nach einem 4:1 gegen den Karlsruher SC kurz vor der Rückkehr in die Fußball-Bundesliga.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Drei Spieltage vor Schluss beträgt der Vorsprung auf den Relegationsplatz acht Punkte.",
        True,
        [("count", 3, None, None), ("count", 8, None, None)],
        None,
    ),
    ("de", "Schon zur Halbzeit sangen die Fans „Nie mehr zweite Liga“.", False, [("ordinal", 2, None, None)], None),
    (
        "de",
        "Die Fortuna war 2022 in die zweite Liga abgestiegen.",
        True,
        [("year", 2022, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "„Ich bin mir zu hundert Prozent sicher, dass wir das jetzt nach Hause bringen“, sagte Trainer Henrik Obermaier.",
        False,
        [("percent", 100, "%", None)],
        None,
    ),
    (
        "de",
        "Sportvorstand Klaus Wenzlaff sagte, der Verein plane für die Bundesliga mit einem Etat von rund 45 Millionen Euro.",
        True,
        [("money", 45000000, "EUR", "about")],
        "Klaus Wenzlaff",
    ),
    (
        "de",
        "„Heute war nichts von dem zu sehen, was wir uns vorgenommen hatten“, sagte KSC-Kapitän Dennis Hörmann.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Stürmer Ilias Benali traf dreimal und führt mit 21 Treffern die Torjägerliste der zweiten Liga an.",
        True,
        [("count", 3, None, None), ("count", 21, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    # --- NFL draft audience (AP) ---
    (
        "en",
        "NEW YORK (AP) — The first round of the NFL draft averaged 13.4 million viewers across ESPN, ABC and NFL Network, up 8% from last year, the league said Sunday.",
        True,
        [("ordinal", 1, None, None), ("count", 13400000, None, None), ("percent", 8, "%", None)],
        "the league",
    ),
    (
        "en",
        "Nearly half of the viewers were under 35, according to Nielsen data.",
        True,
        [("fraction", 0.5, None, "nearly"), ("duration", 35, "year", "under")],
        None,
    ),
    (
        "en",
        "Quarterback Caleb Hollins, the No. 1 pick, is due to sign a four-year rookie deal worth about $48 million.",
        True,
        [("ordinal", 1, None, None), ("duration", 4, "year", None), ("money", 48000000, "USD", "about")],
        None,
    ),
    (
        "en",
        '"This kid is going to win us three Super Bowls, I would put money on it," team owner Walt Haverford said.',
        False,
        [("count", 3, None, None)],
        None,
    ),
    (
        "en",
        'An ESPN analyst called Hollins "the safest quarterback prospect in 20 years."',
        False,
        [("duration", 20, "year", None)],
        None,
    ),
    (
        "en",
        "Hollins threw for 4,212 yards and 41 touchdowns in his final college season.",
        True,
        [("count", 4212, None, None), ("count", 41, None, None)],
        None,
    ),
    ("en", "Whether Hollins will start the season opener remains unclear.", False, [], None),
    # --- Wiener Derby (APA) ---
    (
        "de",
        "Wien (APA) - Das 351. Wiener Derby zwischen Rapid und der Austria hat am Sonntag mit einem 2:2 geendet.",
        True,
        [("ordinal", 351, None, None)],
        None,
    ),
    (
        "de",
        "Vor 26.000 Zuschauerinnen und Zuschauern im Allianz Stadion glich Rapid-Stürmer Lukas Gradwohl in der dritten Minute der Nachspielzeit aus.",
        True,
        [("count", 26000, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "„Wir hätten heute fünf Tore schießen müssen“, sagte Rapid-Trainer Stefan Kornberger.",
        False,
        [("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Kornberger sagte, Rapid habe 23 Torschüsse abgegeben, die Austria nur sechs.",
        True,
        [("count", 23, None, None), ("count", 6, None, None)],
        "Kornberger",
    ),
    (
        "de",
        "„Mit einem Punkt im Derby kann ich gut leben“, sagte Austria-Trainer Michael Dvoracek.",
        False,
        [("count", 1, None, None)],
        None,
    ),
    (
        "de",
        "In der Tabelle liegt Rapid als Vierter zwei Punkte hinter der Austria.",
        True,
        [("ordinal", 4, None, None), ("count", 2, None, None)],
        None,
    ),
    ("de", "Die Fans im Block West skandierten minutenlang Schmähgesänge gegen den Schiedsrichter.", False, [], None),
    (
        "de",
        "Die Polizei nahm nach eigenen Angaben elf Personen fest, drei Beamte wurden leicht verletzt.",
        True,
        [("count", 11, None, None), ("count", 3, None, None)],
        None,
    ),
    # --- Arsenal beat Spurs (Reuters) ---
    (
        "en",
        "LONDON, April 26 (Reuters) - Arsenal opened up a five-point Premier League lead by beating Tottenham Hotspur 2-1 on Sunday, and seven points from their final four matches will clinch the title.",
        True,
        [("date", "--04-26", None, None), ("count", 5, None, None), ("count", 7, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Defender Oskar Lindqvist headed the winner from a corner in the 84th minute.",
        True,
        [("ordinal", 84, None, None)],
        None,
    ),
    (
        "en",
        '"We had 60,000 people in this stadium today and all of them headed that ball in with him," Arsenal manager Luis Echeverri said.',
        False,
        [("count", 60000, None, None)],
        None,
    ),
    (
        "en",
        "The attendance of 60,312 was a record for a league game at the Emirates Stadium, the club said.",
        True,
        [("count", 60312, None, None)],
        "the club",
    ),
    (
        "en",
        '"The title is not won, and I promise you nobody in that dressing room thinks it is," Echeverri said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Tottenham manager Pieter Damsgaard described the decision not to award his side a penalty as "a scandal."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The referee waved play on after a video review lasting more than three minutes.",
        True,
        [("duration", 3, "minute", "over")],
        None,
    ),
    ("en", "Tottenham said they had written to referees' body PGMOL to ask for an explanation.", True, [], "Tottenham"),
    ("en", '"How many times does this have to happen before someone says sorry?" Damsgaard asked.', False, [], None),
    # --- Rekord im Kunsthaus (Keystone-SDA) ---
    (
        "de",
        "Zürich (Keystone-SDA) - Die Ausstellung über die Malerin Adele Zollinger im Kunsthaus Zürich hat mit 214'000 Besucherinnen und Besuchern einen Rekord für eine Einzelausstellung des Hauses aufgestellt.",
        True,
        [("count", 214000, None, None)],
        None,
    ),
    (
        "de",
        "Es ist die meistbesuchte Schau seit der Eröffnung des Erweiterungsbaus 2021, teilte das Museum am Sonntag mit.",
        True,
        [("year", 2021, None, None)],
        "das Museum",
    ),
    (
        "de",
        "«Zollinger war die grösste Schweizer Malerin des 20. Jahrhunderts, das wissen jetzt alle», sagte Kuratorin Mirjam Gloor.",
        False,
        [("ordinal", 20, None, None)],
        None,
    ),
    (
        "de",
        "Gloor sagte, 38 der 112 gezeigten Werke stammten aus Privatbesitz und seien erstmals öffentlich zu sehen gewesen.",
        True,
        [("count", 38, None, None), ("count", 112, None, None)],
        "Gloor",
    ),
    ("de", "Die «NZZ» hatte die Schau als «brav gehängt und hoffnungslos überfüllt» kritisiert.", False, [], None),
    (
        "de",
        "Der Eintritt kostete 26 Franken, für Studierende 15 Franken.",
        True,
        [("money", 26, "CHF", None), ("money", 15, "CHF", None)],
        None,
    ),
    (
        "de",
        "Rund ein Drittel der Besucherinnen und Besucher kam nach einer Umfrage des Museums aus dem Ausland.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    ("de", "Das Museum hofft, die Schau im kommenden Jahr in Paris und New York zeigen zu können.", False, [], None),
    # --- Kovacic wins in Liege (AFP) ---
    (
        "en",
        "LIEGE, Belgium, April 26 (AFP) - Slovenia's Jaka Kovačič won Liège-Bastogne-Liège for the second time on Sunday after a 34-kilometre solo attack.",
        True,
        [("date", "--04-26", None, None), ("ordinal", 2, None, None), ("count", 34, None, None)],
        None,
    ),
    (
        "en",
        "Kovačič finished 52 seconds ahead of Belgium's Wout Desmet, with Frenchman Théo Marchal third.",
        True,
        [("duration", 52, "second", None), ("ordinal", 3, None, None)],
        None,
    ),
    ("en", '"I attacked because my legs told me to, there was no plan," Kovačič said.', False, [], None),
    (
        "en",
        "Kovačič said he had ridden the final climb at an average of 480 watts.",
        True,
        [("count", 480, None, None)],
        "Kovačič",
    ),
    ("en", '"Second place in a Monument feels like losing," Desmet said.', False, [("ordinal", 2, None, None)], None),
    (
        "en",
        "About a quarter of the 175 starters failed to finish in the rain.",
        True,
        [("fraction", 0.25, None, "about"), ("count", 175, None, None)],
        None,
    ),
    ("en", "Thousands of fans lined the Cote de la Redoute, many of them dressed in orange.", False, [], None),
    # --- Krimi-Quote am Sonntag (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die ARD-Krimireihe „Nordlicht“ hat am Sonntagabend die meisten Zuschauerinnen und Zuschauer des Tages angelockt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Im Schnitt sahen 8,9 Millionen Menschen die Folge „Totes Rennen“, der Marktanteil lag bei 31,6 Prozent, wie die AGF Videoforschung am Montag mitteilte.",
        True,
        [("count", 8900000, None, None), ("percent", 31.6, "%", None)],
        "die AGF Videoforschung",
    ),
    (
        "de",
        "Bei den 14- bis 49-Jährigen erreichte der Krimi einen Marktanteil von 24,9 Prozent.",
        True,
        [("duration", 14, "year", None), ("duration", 49, "year", None), ("percent", 24.9, "%", None)],
        None,
    ),
    ("de", "In den sozialen Netzwerken wurde die Folge als „schwächste seit Jahren“ verspottet.", False, [], None),
    (
        "de",
        "Die „Frankfurter Allgemeine Zeitung“ nannte den Krimi „90 Minuten Kalauer ohne Fall“.",
        False,
        [("duration", 90, "minute", None)],
        None,
    ),
    (
        "de",
        "„Solange die Leute einschalten, machen wir weiter, von mir aus noch 20 Jahre“, sagte Hauptdarsteller Bernd Kuhlmey.",
        False,
        [("duration", 20, "year", None)],
        None,
    ),
    (
        "de",
        "Kuhlmey spielt den Kommissar seit 2011, „Totes Rennen“ war die 38. Folge mit ihm.",
        True,
        [("year", 2011, None, None), ("ordinal", 38, None, None)],
        None,
    ),
    # --- "Ironclad Dawn" opens (Reuters) ---
    (
        "en",
        'LOS ANGELES, April 27 (Reuters) - "Ironclad Dawn" took $118.4 million at North American box offices in its debut weekend, the year\'s strongest opening, according to Comscore.',
        True,
        [("date", "--04-27", None, None), ("money", 118400000, "USD", None)],
        "Comscore",
    ),
    (
        "en",
        "Worldwide, the film took in $265 million, including $41 million from China.",
        True,
        [("money", 265000000, "USD", None), ("money", 41000000, "USD", None)],
        None,
    ),
    (
        "en",
        '"Audiences have spoken, and what they said was: more, please," Orbis distribution chief Kelly Brannigan said.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"I\'m convinced this ends up as the first $1 billion film of the year," Brannigan added.',
        False,
        [("ordinal", 1, None, None), ("money", 1000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Brannigan said premium large-format screens accounted for 38% of the opening.",
        True,
        [("percent", 38, "%", None)],
        "Brannigan",
    ),
    ("en", 'Analyst Tom Reinholt called the opening "a sigh of relief for an entire industry."', False, [], None),
    (
        "en",
        '"Glass Harbor" fell 52% to $14.2 million in its fourth weekend.',
        True,
        [("percent", 52, "%", None), ("money", 14200000, "USD", None), ("ordinal", 4, None, None)],
        None,
    ),
    ("en", 'Audiences polled by CinemaScore gave "Ironclad Dawn" an A-minus grade.', True, [], None),
    # --- Hoffenheim trennt sich von Wallmann (dpa) ---
    (
        "de",
        "Sinsheim (dpa) - Die TSG Hoffenheim hat sich nach nur elf Spielen von Trainer Dirk Wallmann getrennt.",
        True,
        [("count", 11, None, None)],
        None,
    ),
    ("de", "Ein Nachfolger soll bis Mittwoch feststehen, teilte der Verein am Montag mit.", True, [], "der Verein"),
    (
        "de",
        "Nach Informationen des „Kicker“ erhält Wallmann eine Abfindung von rund 2,5 Millionen Euro.",
        True,
        [("money", 2500000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "„Wir danken Dirk für seinen unermüdlichen Einsatz und wünschen ihm alles Gute“, hieß es in der Mitteilung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Unter Wallmann holte Hoffenheim nur neun Punkte und rutschte auf Platz 16 ab.",
        True,
        [("count", 9, None, None), ("ordinal", 16, None, None)],
        None,
    ),
    ("de", "„Wir Spieler sind schuld, nicht der Trainer“, sagte Kapitän Oliver Baumgart.", False, [], None),
    (
        "de",
        "„Elf Spiele sind keine Zeit, um eine Mannschaft zu formen“, sagte Wallmann der „Bild“.",
        False,
        [("count", 11, None, None)],
        None,
    ),
    (
        "de",
        "Wallmann war erst im Februar mit einem Vertrag bis 2028 gekommen.",
        True,
        [("year", 2028, None, None)],
        None,
    ),
    # --- London Marathon (PA) ---
    (
        "en",
        "LONDON (PA) - Runners in Sunday's London Marathon raised a record £71.3 million for charity, organisers said on Monday.",
        True,
        [("money", 71300000, "GBP", None)],
        "organisers",
    ),
    (
        "en",
        "Kenya's Joseph Kiptanui won the men's race in two hours, three minutes and 11 seconds.",
        True,
        [("duration", 2, "hour", None), ("duration", 3, "minute", None), ("duration", 11, "second", None)],
        None,
    ),
    (
        "en",
        '"I think I can run under two hours in London, maybe as soon as next spring," Kiptanui said.',
        False,
        [("duration", 2, "hour", "under")],
        None,
    ),
    (
        "en",
        '"It was the best day of my life and the worst 26.2 miles of my life," said Priya Ramsden, 34, from Leeds.',
        False,
        [("count", 26.2, None, None), ("duration", 34, "year", None)],
        None,
    ),
    (
        "en",
        "St John Ambulance said its volunteers treated 1,240 runners, 37 of whom were taken to hospital.",
        True,
        [("count", 1240, None, None), ("count", 37, None, None)],
        "St John Ambulance",
    ),
    ("en", '"London showed the world what it is made of," the Mayor of London said.', False, [], None),
    (
        "en",
        "Spectators stood six deep along the Embankment to cheer the runners home.",
        False,
        [("count", 6, None, None)],
        None,
    ),
    # --- Festspiele-Vorverkauf (APA) ---
    (
        "de",
        "Salzburg (APA) - Für den Festspielsommer sind in Salzburg schon 187.000 Karten abgesetzt, das sind rund 6 Prozent mehr als Ende April des Vorjahres.",
        True,
        [("count", 187000, None, None), ("percent", 6, "%", "about")],
        None,
    ),
    (
        "de",
        "An 43 Tagen werden 174 Vorstellungen an 16 Spielstätten angeboten, teilte das Direktorium am Montag mit.",
        True,
        [("duration", 43, "day", None), ("count", 174, None, None), ("count", 16, None, None)],
        "das Direktorium",
    ),
    ("de", "„Salzburg ist und bleibt der Nabel der Musikwelt“, sagte Intendant Konrad Weinzierl.", False, [], None),
    ("de", "„Wir könnten jede Karte dreimal verkaufen“, sagte Weinzierl.", False, [("count", 3, None, None)], None),
    (
        "de",
        "Weinzierl sagte, für die Neuinszenierung des „Rosenkavalier“ seien mehr als 11.000 Kartenwünsche für 4.800 Plätze eingegangen.",
        True,
        [("count", 11000, None, "over"), ("count", 4800, None, None)],
        "Weinzierl",
    ),
    (
        "de",
        "Jede vierte Karte kostet heuer höchstens 60 Euro, die teuerste 475 Euro.",
        True,
        [("fraction", 0.25, None, None), ("money", 60, "EUR", "at_most"), ("money", 475, "EUR", None)],
        None,
    ),
    ("de", "Die Grünen kritisierten die Preise als „Festspiele für Oligarchen“.", False, [], None),
    # --- Chelsea sign Ferran (Reuters) ---
    (
        "en",
        "LONDON, April 27 (Reuters) - Chelsea have signed Spain midfielder Laia Ferrán from Barcelona for a world-record fee in women's football, the club said on Monday.",
        True,
        [("date", "--04-27", None, None)],
        "the club",
    ),
    (
        "en",
        "British media reported the fee at 1.4 million euros, above the previous record of about 1.1 million euros.",
        True,
        [("money", 1400000, "EUR", None), ("money", 1100000, "EUR", "about")],
        None,
    ),
    (
        "en",
        "Ferrán, 25, has signed a contract until 2030.",
        True,
        [("duration", 25, "year", None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        '"Laia is the best midfielder in the world, and now she is ours," Chelsea head coach Hannah Brightwell said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Brightwell said Ferrán had completed 91% of her passes in the Champions League this season.",
        True,
        [("percent", 91, "%", None)],
        "Brightwell",
    ),
    ("en", "Barcelona declined to comment on the fee.", False, [], None),
    (
        "en",
        '"A million euros is still peanuts next to what the men\'s game pays," former England captain Karen Stott told BBC Radio 5 Live.',
        False,
        [("money", 1000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Average attendances in the Women's Super League rose 19% this season to 8,420, according to league figures.",
        True,
        [("percent", 19, "%", None), ("count", 8420, None, None)],
        None,
    ),
    # --- ZSC Lions Meister (Keystone-SDA) ---
    (
        "de",
        "Zürich (Keystone-SDA) - Die ZSC Lions sind zum zwölften Mal Schweizer Meister im Eishockey.",
        True,
        [("ordinal", 12, None, None)],
        None,
    ),
    (
        "de",
        "Die Zürcher gewannen am Montagabend das siebte Finalspiel gegen den HC Lugano 3:2 nach Verlängerung.",
        True,
        [("ordinal", 7, None, None)],
        None,
    ),
    (
        "de",
        "Das Siegtor erzielte Stürmer Lars Iseli nach 6:41 Minuten der Verlängerung.",
        True,
        [("duration", 6, "minute", None), ("duration", 41, "second", None)],
        None,
    ),
    (
        "de",
        "Im Schnitt verfolgten 712'000 Personen das Spiel am Fernsehen, was einem Marktanteil von 52,3 Prozent entspricht, teilte SRF mit.",
        True,
        [("count", 712000, None, None), ("percent", 52.3, "%", None)],
        "SRF",
    ),
    (
        "de",
        "«Das ist der schönste Tag meines Lebens, gleich nach der Geburt meiner Kinder», sagte Captain Severin Kunz.",
        False,
        [],
        None,
    ),
    (
        "de",
        "«Wir waren 60 Minuten lang die bessere Mannschaft», sagte Lugano-Trainer Daniele Ferrazzini.",
        False,
        [("duration", 60, "minute", None)],
        None,
    ),
    (
        "de",
        "Ferrazzini sagte, Lugano habe in den sieben Finalspielen nur 14 Gegentore kassiert.",
        True,
        [("count", 7, None, None), ("count", 14, None, None)],
        "Ferrazzini",
    ),
    ("de", "Auf dem Sechseläutenplatz feierten Tausende Fans bis tief in die Nacht.", False, [], None),
    # --- "Salt Crown" viewing (Reuters) ---
    (
        "en",
        'NEW YORK, April 27 (Reuters) - Fantasy series "Salt Crown" was watched for 412 million hours in its first week, streaming service Lumora said on Monday, the biggest debut for a non-English show on the platform.',
        True,
        [("date", "--04-27", None, None), ("duration", 412000000, "hour", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The eight-episode Korean series reached the top 10 in 91 countries.",
        True,
        [("count", 8, None, None), ("count", 10, None, None), ("count", 91, None, None)],
        None,
    ),
    ("en", '"Great stories travel, subtitles or not," Lumora content chief Rita Okafor said.', False, [], None),
    (
        "en",
        '"I am confident we will see a second and a third season," Okafor said.',
        False,
        [("ordinal", 2, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Okafor said a second season had been ordered and would start filming in Seoul in September.",
        True,
        [("ordinal", 2, None, None)],
        "Okafor",
    ),
    ("en", 'The New York Times called it "a soap opera in armor, and all the better for it."', False, [], None),
    ("en", "Lumora's shares rose 4.2% in premarket trading.", True, [("percent", 4.2, "%", None)], None),
    (
        "en",
        "Analysts said the numbers showed the company's bet on international content was paying off.",
        False,
        [],
        None,
    ),
]
