"""Hundred-and-thirty-eighth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, places of minor note and
figures are made up (Gregor Wallisch, Konrad Albersmeyer, Waltraud Pichler, Brenneisen,
Matthias Kreidler, Sevgi Aydın, Claudia Lechthaler, Herwig Strassl, Aurex, Andrea
Stadlhuber, Lukas Fenzl, Veltrana, Timo Kälin, Corinne Rüfenacht, Ursula Feichtinger, Katrin
Vollmers, Bernhard Eichinger, Rhenatec, Laurent Brechbühl, Sabine Kranich; Ashgrove
Financial, Linda Corrigan, Amara Koenig, Miriam Castellanos, Quillfield, Dev Anand Rao,
Nadia Farouk, Sandmere Capital, Harcastle, Oliver Kettering, Renata Salcido, Aaron
Whitcomb, Isaac Ferreira, Calder Holdings, Arthur Penwick, Marlow Vale, Gemma Thorley, Clara
Whitby, Veraline, Hannah Ridley, Bethany Greer, Priya Sandhu; every unnamed commuter,
spokesperson, analyst and party speaker); ministers, chairs and office holders of real
places appear under made-up names or by their role only ("die Bahnchefin", "the
Chancellor", "the Health Secretary", "the shadow health secretary", "the EU's trade
commissioner", "Washington's ambassador to the EU", "the Reform leader"). Real bodies,
papers and places ("Finanzministerium", "Grüne", "Fiskalrat", „Kleine Zeitung“,
„Standard“, „Kronen Zeitung“, „Oberösterreichische Nachrichten“, „Salzburger
Nachrichten“, „Tiroler Tageszeitung“, „Presse“, „Kurier“, „Frankfurter Allgemeine
Zeitung“, „Süddeutsche Zeitung“, „Handelsblatt“, „taz“, „Rheinische Post“, „Münchner
Merkur“, „Bild“, „Tagesspiegel“, „Welt“, «Berner Zeitung», «Bund», "SPD", "Bundeswehr",
"Linke", "Bundeswehrverband", "Verteidigungsministerium", "Global 2000", "EU",
"Handelsverband", "IG Metall", "Ansbach", "Weiden", "AMS", "FPÖ", "NEOS", "PRO-GE",
"Bundestag", "Gebäudeenergiegesetz", "Klima- und Transformationsfonds", "Deutsche
Umwelthilfe", "SPÖ", "Agenda Austria", "Wirtschaftskammer", "Public Eye", "SP",
"Bundesrat", "Suissenégoce", "Caritas", "Volkshilfe", "Armutskonferenz", "Statistik
Austria", "CDU", "Klimaticket Österreich", "Mobilitätsministerium", "VCÖ", "Burgenland",
"Wiener Hauptbahnhof", "SVP", "Grosser Rat", "Staatskanzlei", "GFS Bern", "Zürcher
Kantonalbank", "SIX", "Visp", "Deutsche Bahn", "Pro Bahn"; "Wall Street", "The Daily
Telegraph", "The Times", "Treasury", "Department for Transport", "The Guardian", "The
Daily Mirror", "The i", "The Financial Times", "Oxfam", "World Economic Forum", "Institute
of Economic Affairs", "Forbes", "UBS", "Census Bureau", "Shelter", "National Assembly",
"Liberation", "Le Figaro", "Les Echos", "EBAA", "Senate", "Peel Hunt", "American Civil
Liberties Union of Colorado", "ACLU", "NHS England", "Royal College of Emergency Medicine",
"S&P 500", "European Commission", "Reform UK", "Conservatives", "Labour", "Commons",
"Greens", "University of New South Wales", "Property Council of Australia", "Information
Commissioner's Office", "Which?", "Royal College of Nursing", "RCN") stand for the way wire
copy names them; every figure, vote, forecast, quote, comment and reaction here is
invented, and where a real figure came to mind it was changed.

Its weight: OPINION VERSUS CLAIM, fifth round (the ninety-eighth, hundred-nineteenth,
hundred-twenty-fourth and hundred-thirty-first batches were the first four, and their
decisions are kept), centred on opinion that reaches the wires second-hand: editorials and
commentaries quoted in press reviews ("schreibt", "kommentiert", "The Times reports", "The
Guardian's leader column argues"), party statements and press releases ("in einer
Aussendung"), NGO statements and reports, chief executives' letters to shareholders and
memos to staff, an activist investor's letter to a board, an open letter of apology, and
guest articles and op-eds by ministers, a governor and an EU commissioner - 32 short
stories from early January to late March of one year in story order (a dateline lead, the
figures, the piece or the paper quoted, the other side's reply, the reactions, sometimes a
vox pop or a closing line), the German and English stories interleaved by date, in which
nearly half the rows are evaluation, rhetoric, metaphor, creed, prediction without a
figure, appeal or demand without a measure, and each kind stands beside a check-worthy
look-alike that carries evaluative words around a verifiable core, often from the same
paper, party or writer in the next row. Half German (APA, dpa, Keystone-SDA; Austrian
"heuer", "Jänner", "Aussendung", "Ausgleichszulage", "Pensionsbezieherinnen und -bezieher",
Swiss "Vorstoss", "Grosser Rat", "lanciert", "heisst", "3.60 Franken", "25 Rappen", «»
quotes, German „“ quotes): the federal budget's outturn with the finance minister and the
Greens, the Austrian papers' press review of it, a defence minister's guest article in the
FAZ, pesticide residues found by Global 2000, a supplier's job cuts announced in a letter
to staff, January's jobless figures with the minister, three parties and a union, the
German papers on a heating-law vote, a social minister's guest commentary on pensions,
Public Eye's report on a Geneva trader's diesel, poverty figures with Caritas, Volkshilfe
and the Armutskonferenz, a Lower Saxony party conference, the Klimaticket's price rise with
the VCÖ, two papers and the FPÖ, a cantonal vote in Bern with the parties and the Bernese
papers, a Swiss industrial group's letter to shareholders, Deutsche Bahn's punctuality with
the Berlin papers, and a minister's guest article on electricity tax. Half English
(Reuters, AP, AFP, PA, AAP): a bank chief's letter to shareholders, the British papers on a
rail fare freeze, Oxfam's report at Davos, an Oregon governor's op-ed set against census
data, a software maker's memo to staff, temporary accommodation with Shelter and the
government, the French papers on a private jet levy, an activist investor's letter to a
packaging group, a civil liberties suit against Denver's cameras, the Health Secretary's
article in The Times set against NHS data, a conglomerate chairman's annual letter, an EU
commissioner's op-ed in 14 papers, a by-election, an Australian housing package with the
Greens and the industry, a mobile operator's open letter after a data breach, and a nurses'
pay offer with the RCN. Figures as such copy has them: budget sums and deficits in euros
("um 2,3 Milliarden Euro weniger", "15,8 Milliarden Euro oder 3,1 Prozent der
Wirtschaftsleistung", "die Drei-Prozent-Grenze"), shares and multiples in words ("rund ein
Drittel mehr als 2024", "knapp ein Viertel aller Ausgaben", "Jedes fünfte Kind", "gut die
Hälfte der Kosten", "um das Zwölffache", "bis zu 350-mal mehr Schwefel", "fast doppelt so
viel", "a rise of about a quarter"), compounds and number words ("einen einwöchigen
Urlaub", "einer mehr als vierstündigen Debatte", "im dritten Anlauf", "zum zweiten Mal in
Folge", "als erste Frau", "binnen zwei Jahren zweimal", "aller 18-jährigen Männer", "für
unter 25-Jährige"), tallies and definite groups ("mit 342 zu 281 Stimmen bei 12
Enthaltungen", "287 der 314 gültigen Stimmen", "14 der 40 untersuchten Proben", "voted by
301 to 247"), money in euros, dollars, pounds, francs and Australian dollars with their
hundredths ("17,8 Cent je Kilowattstunde", "25 Rappen", "412 pence"), percentages and a
swing in percentage points, ages, spans and deadlines, years, a pay year ("2026-27") and
dates in datelines and in the text. Negatives as such copy has them: papers' commentaries,
labels, a rhetorical question and a tabloid headline quoted by the agencies (four with a
figure labelled), the opening lines of two press reviews, parties' labels and accusations
in press releases, NGOs', unions' and lobbies' labels, ministers' and officials' labels,
writers' verdicts, metaphors and creeds in guest articles, letters and memos (one with a
figure), executives' confidence, predictions without a figure, boilerplate and an apology,
appeals that name no measure, hopes, fears, doubts and outlooks without a figure, open
questions (one with two years), a refusal to say (with an age), advice, and two vox pops
and a campaigner's rhetorical question with their figures labelled.

240 rows (120 German, 120 English), 106 negatives (54 German, 52 English), 134
check-worthy rows of which 12 carry no figure (7 German, 5 English), 233 expected
quantities (62 counts, 46 amounts of money - 20 EUR, 12 USD, 7 GBP, 6 CHF, 1 AUD -, 42
percentages - one of them in percentage points -, 33 years, 24 durations - 16 in years, 2
in weeks, 2 in hours, 2 in months, 1 in days, 1 in minutes -, 15 dates, 6 ordinals, 5
fractions; 13 of them in ten negatives, as the seventeenth batch labels a figure in a
negative), 38 checked speakers (16 German, 22 English). Sentences sharing a run of eight
or more words with any file under tests/ (checked by a script that printed only this
batch's sentences, case and punctuation normalised) were reworded before the commit; none
remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, feeling, reassurance or piece of rhetoric is a negative with speaker None,
  also with a named speaker and an office (seventh, eighteenth, ninety-eighth,
  hundred-nineteenth, hundred-twenty-fourth, hundred-thirty-first); a quoted or reported
  statement of fact or figure is check-worthy with its speaker. The pairs from one speaker:
  "Finanzminister Gregor Wallisch sprach ... von einem „Budget der Ehrlichkeit“." beside
  „Wir haben die Förderungen um 1,1 Milliarden Euro gekürzt, ohne eine einzige Steuer zu
  erhöhen“, sagte Wallisch. -> "Wallisch" (a checkable act in the perfect, ninety-eighth;
  "einzige" none, hundred-fifteenth); „Wer im Winter Trauben kauft, spielt russisches
  Roulette“ beside "Die belasteten Proben stammten ausnahmslos aus Ländern außerhalb der
  EU, sagte Pichler." -> "Pichler"; „Das ist ein Schlag ins Gesicht ...“ beside „Die
  Belegschaft hat seit 2023 auf rund 40 Millionen Euro an Prämien verzichtet“ -> "Sevgi
  Aydın"; „Armut ist in Österreich längst in der Mitte der Gesellschaft angekommen“ beside
  „Unsere Sozialberatungsstellen haben im Vorjahr 84.000 Menschen betreut, so viele wie nie
  zuvor“ -> "Ursula Feichtinger" (a measurable record in quotes, twenty-ninth and
  ninety-eighth); "resilient, but running on borrowed time" and her prediction beside
  "Corrigan said she expected AI tools to cut the bank's costs by about $1.5 billion a year
  by 2028." -> "Corrigan" (a forecast with a figure, seventh and hundred-twenty-fourth; "a
  year" none); Whitcomb's "publicity stunt" beside his 46 crimes -> "Aaron Whitcomb";
  Greer's goodwill beside her 20% -> "Bethany Greer".
- Press reviews (hundred-twenty-first, hundred-twenty-second, hundred-twenty-fourth). New:
  the opening line of a press review that names the day's theme is the review's heading and
  a negative - "Wien (APA) - Der Budgetvollzug des Finanzministers ist am Donnerstag Thema
  in den Kommentaren der heimischen Tageszeitungen.", "LONDON (PA) - Friday's front pages
  are dominated by the Chancellor's announcement on rail fares." - it states no fact of the
  world beyond the desk's choice of theme, as headings, editorial notes and credit lines
  (fourteenth, thirty-fourth, thirty-seventh); its dateline carries none (seventy-ninth). A
  paper's commentary quoted by the agency is a negative like any label, also with a figure,
  the figure labelled (hundred-twenty-second: an editorial with a figure): „Kleine Zeitung“
  with 15,8 Milliarden Euro, „Salzburger Nachrichten“ with 2028 and the
  "Drei-Prozent-Grenze" (a verdict with "halten ... für", ninety-eighth), "The Guardian's
  leader column argues that the £310 million ..." (GBP with no hedge), „Kronen Zeitung“,
  „Süddeutsche Zeitung“, the „FAZ“'s praise, „taz“, „Tagesspiegel“, „Kleine Zeitung“ on the
  Klimaticket, «Berner Zeitung», «Bund», "The Daily Telegraph calls", "The Daily Mirror
  says", "Left-leaning Liberation hailed", "Le Figaro's editorial called"; a paper's
  rhetorical question keeps its figures labelled ("Der „Münchner Merkur“ fragt, wer der
  Politik nach drei Kehrtwenden in vier Jahren noch glauben solle." count 3 and 4 years;
  fourteenth, hundred-twentieth). A paper's report of a figure or a fact is a claim with
  the speaker unchecked (hundred-twenty-fourth; eighty-second: media reports): "Der
  „Standard“ berichtet unter Berufung auf das Finanzministerium, ...", "Das „Handelsblatt“
  berichtet, ...", "Der „Kurier“ berichtete, ...", "Die „Welt“ berichtet, ...", "The Times
  reports ..., citing Department for Transport estimates.", "The i reports ...", "Le Figaro
  also reported ...". New: a paper's commentary that brings a checkable fact as the ground
  it argues from is check-worthy with the speaker unchecked - "Die „Oberösterreichischen
  Nachrichten“ verweisen darauf, dass die Zinsausgaben des Bundes 2025 auf 5,2 Milliarden
  Euro gestiegen sind.", "Die „Tiroler Tageszeitung“ erinnert daran, dass der Bund seit
  2019 kein einziges Jahr ohne Defizit abgeschlossen hat.", "Die „Rheinische Post“ hält
  dagegen, dass die Förderung von bis zu 65 Prozent ... erhalten bleibt.", "The Financial
  Times notes that regulated fares rose by 5.2% last March, ...", "Business daily Les Echos
  noted that private jets accounted for 0.4% ..." - "verweisen darauf", "erinnert daran",
  "hält dagegen" and "notes" introduce a fact as "verwies auf" and "hielt dagegen" do for a
  politician (hundred-twentieth), while the hundred-twenty-second's rule stands for a
  figure inside the paper's own verdict ("hielt dem Bundesrat vor, mit einem Armeebudget
  von einem Prozent ... lasse sich Neutralität ... nicht glaubwürdig verteidigen"). New: a
  paper's headline quoted by the agency is judged as a sentence - "Die „Bild“ titelte:
  „Bahn-Chaos ohne Ende“." is a label and a negative, as slogans and banners
  (fifty-seventh, seventy-fourth), while a headline stating a fact is check-worthy
  (hundred-fourteenth: the KNA headline).
- New: a guest article, an op-ed, a letter to shareholders, a memo to staff, an open letter
  or a letter to a board is its writer's own statement, not an editorial quoted by the
  agency: the figures, facts, plans and targets in it are claims and check-worthy (the
  defence minister's 45,000 soldiers and 21,400 applicants, the social minister's
  retirement age, the governor's 31,400 homes and $480 million, Corrigan's net income,
  customers and technology budget, Rao's four office days and 14 weeks of pay, Penwick's
  earnings and the annual report's buybacks, the commissioner's 511 and 78 billion euros,
  the Health Secretary's six months and 2.3 million appointments, Kranich's 17,8 Cent,
  Brechbühl's 400 million francs and the tariffs' cost, Kreidler's 1,900 workers, Sandmere's
  stake and share price figures, "Ridley wrote that no bank details or passwords had been
  accessed." - a statement of record as "No casualties have been reported",
  hundred-nineteenth), while its verdicts, metaphors, creeds and predictions without a
  figure are negatives as anywhere else („Frieden ist kein Geschenk, ...“, „Wer 45 Jahre
  gearbeitet hat, ...“ with its 45 years labelled - a creed, hundred-twenty-fourth -, „Wir
  müssen schneller, schlanker und mutiger werden, ...“, «Jahr der Bewährung in stürmischer
  See», «Wir lassen uns von Zöllen nicht aus Amerika vertreiben», „Teure Energie ist die
  Achillesferse ...“, "Ihr Fazit: „Wir müssen jetzt handeln, nicht irgendwann.“", ""Cash is
  a call option with no expiry date,"", "a casino with better lighting", ""Europe
  negotiates, but Europe does not beg,"", ""The NHS has turned the corner, ..."" -
  hundred-twenty-fourth: "We have turned the corner" -, ""Oregon is finally building its
  way out of a crisis ...,"", ""The board has run out of excuses,""). Announcements and
  positions in such a piece are check-worthy without a figure or with one ("hat in einem
  Gastbeitrag ... eine Musterung aller 18-jährigen Männer ab 2027 angekündigt", "hat sich
  in einem Gastkommentar ... gegen eine weitere Anhebung des gesetzlichen
  Pensionsantrittsalters ausgesprochen" - a position, ninety-eighth: "sprachen sich gegen
  die Vorlage aus" -, "hat in einem Gastbeitrag ... angekündigt, die Stromsteuer ab 2027
  ... zu senken"). New: a piece's publication stated with its reach and day is an act of
  record and carries the row - "The EU's trade commissioner wrote in an op-ed published in
  14 European newspapers on Wednesday that the bloc would not "bend the knee" to U.S.
  tariff threats." is check-worthy with count 14, as the public vote of confidence of the
  hundred-twenty-fourth - while the piece's line quoted alone is rhetoric. New: a reported
  apology whose clause states a checkable event is check-worthy - "The embattled chief
  executive of ... Veraline apologised to customers in an open letter on Thursday after
  hackers stole the personal data of about 2.7 million of them." - the event carries the
  row as the narrator's clause did in the hundred-twenty-fourth, while the apology quoted
  alone (""We let you down, and I am truly sorry,"") is a gesture and a negative
  (hundred-fourteenth).
- Parties, NGOs, unions and lobbies: labels in press releases and statements are negatives
  (ninety-eighth, hundred-sixteenth, hundred-eighteenth: "sprach von"; "in einer
  Aussendung" changes nothing): "Die Grünen sprachen in einer Aussendung von ...", "Die FPÖ
  nannte die Zahlen in einer Aussendung ein ...", "Die CDU-Opposition sprach von ...",
  "Global 2000 sprach von ...", "Public Eye sprach von ...", "Die IG Metall sprach von
  ...", "Die Caritas sprach von ...", "Die SVP sprach von ...", "Die SP, ..., nannte das
  Resultat einen «Achtungserfolg».", "Der VCÖ nannte ...", "Der Branchenverband
  Suissenégoce nannte ...", "Der Bundeswehrverband nannte ...", "Agenda-Austria-Ökonom
  Lukas Fenzl nannte ...", "The charity called ...", "Shelter called ...", "The free-market
  Institute of Economic Affairs called ...", "Housing advocates called ...", "Climate
  campaigners called ...", "The Greens called ...", "Consumer group Which? called ...",
  "The Royal College of Nursing called ..."; so are accusations without a checkable claim
  ("Die Linke warf dem Minister „Kriegsrhetorik ...“ vor.", "Die Grünen warfen der
  Ministerin vor, ...", "Republican lawmakers accused the governor of "cooking the
  books.""; eighty-fourth, hundred-thirty-first). Their look-alikes are check-worthy: blame
  with a checkable claim ("Public Eye wirft ... Veltrana vor, ... Diesel mit bis zu 350-mal
  mehr Schwefel verkauft zu haben, ..."; twenty-fifth, ninety-eighth), an NGO's findings
  and sample ("in 14 der 40 untersuchten Proben", "auf 62 Proben, die sie zwischen 2023 und
  2025 ... genommen habe"), the stated source of a report ("Oxfam's calculations draw on
  the Forbes billionaires list and on wealth estimates published by UBS."), the other
  side's figures ("Die NEOS verwiesen darauf, dass ...", "Der Handelsverband wies die
  Vorwürfe zurück und verwies auf mehr als 2.000 eigene Kontrollen im Vorjahr.", "Die
  Regierung verwies auf ...", "Die Bahn verwies darauf, dass ..."; hundred-twentieth), a
  denial ("Veltrana wies die Vorwürfe zurück: ..."; ninety-eighth), announced steps ("Die
  Deutsche Umwelthilfe kündigte eine Verfassungsbeschwerde ... an." - ninety-eighth: a
  constitutional complaint announced -, "kündigte einen Vorstoss ... an", "Die SP kündigte
  an, ...", "Die IG Metall hat ... Kundgebungen an allen sieben deutschen Standorten
  angekündigt.", "In ihrer Rede kündigte sie an, ..."; hundred-thirty-first), an office's
  account of what a figure contained ("Castellanos's office said her number also included
  accessory dwelling units and manufactured homes."; hundred-third and hundred-twentieth:
  "Reform later said Mottram had been referring to ...") and a scheduled step ("The bill
  now goes to the Senate, which is due to debate it in April."; hundred-twentieth).
- Demands (thirty-third, ninety-fifth, hundred-fourteenth, hundred-sixteenth): a demand
  with a figure is check-worthy - "Oxfam called for an annual wealth tax of up to 5% on
  fortunes above $5 million." ("above" before the figure "over", hundred-fourteenth), "Die
  Volkshilfe fordert eine Kindergrundsicherung von 400 Euro pro Kind und Monat.", "Die
  Gewerkschaft PRO-GE fordert eine Arbeitsstiftung für die 1.400 Beschäftigten ..." - and
  so is a party's demand to abolish a named measure, a formal position as "forderte
  Neuwahlen" (ninety-fifth), the label beside it not undoing it (hundred-sixteenth: a
  checkable act paired with a label): "Die FPÖ forderte die Abschaffung des Tickets und
  sprach von einem „Prestigeprojekt für Wiener Radfahrer“."; appeals and demands that name
  no measure are negatives (hundred-sixteenth): "Die Grünen forderten die Regierung auf,
  „endlich vom Reden ins Tun zu kommen“.", "Die Armutskonferenz appellierte an die
  Regierung, ...", "The opposition urged the government to "get out of the way ..."", "The
  Health Secretary said the offer was "fair and affordable" and urged nurses to accept
  it.".
- Superlatives, records and evaluative words (twenty-ninth, hundred-twenty-fourth): "Whitby
  called the package "the biggest single investment in social housing this century."" is a
  superlative of a measure with a point of reference and check-worthy (the speaker
  unchecked, "called" no verb of saying; "single" none, hundred-fifteenth; "this century"
  none), as "the most in its history", "its highest total since 2006", "the biggest rise in
  a decade", "so wenige wie seit 2003 nicht mehr", "so viele wie nie zuvor", "its lowest
  share in the seat since 1983" and "A record 127,800" ("A record" no hedge, twenty-third);
  "Our balance sheet has never been stronger" names no measure and is a negative
  (hundred-nineteenth: "never ... like it"). Evaluative words in a sentence that states a
  checkable event leave it check-worthy (seventh, twenty-second, seventy-first,
  hundred-twenty-fourth): "Der angeschlagene Autozulieferer", "die umstrittene Reform",
  "noch tiefer in die Unpünktlichkeit gerutscht: Nur 58,9 Prozent ...", "a controversial
  levy", "struggling British packaging group", "in a crushing defeat for the
  Conservatives", "The embattled chief executive".
- Other negatives (ninety-eighth to hundred-thirty-first): officials' labels ("sprach vor
  Journalisten von einem „Budget der Ehrlichkeit“", "sprach von einem „harten Winter“ ...",
  "sprach von einer „maßvollen und sozial verträglichen Anpassung“", "Die Bahnchefin sprach
  von einem Jahr, ..."), a Konjunktiv I verdict ("Die Zeit der Friedensdividende sei
  „endgültig vorbei“, so Albersmeyer."; hundred-nineteenth), rhetoric at a party conference
  („Niedersachsen ist kein Land der Zauderer, ...“, rief Vollmers den Delegierten zu.),
  executives' confidence and a board's boilerplate (""This is the hardest decision ...,"",
  ""We are at our best ...,"", "Harcastle said in a statement that its board "regularly
  reviews all options ..."" - a reassurance, hundred-nineteenth and hundred-thirtieth -,
  "In the letter, Sandmere called Harcastle's strategy ..."), the verdicts of analysts, an
  ambassador, a shadow minister, a police chief, a party spokesperson and employees
  ("Analysten der Zürcher Kantonalbank nannten ...", "dismissed the article as ...",
  "called the piece ...", "Whitcomb called the lawsuit ...", "A Conservative spokesperson
  said by-elections were "always tough ..."", "some employees called the memo ..."), the
  Reform leader's "earthquake", charities' and a civil liberties lawyer's creeds in quotes,
  predictions and outlooks without a figure ("Corrigan predicted that artificial
  intelligence would change ... within a decade." - "within a decade" none -, "Rao said he
  believed AI would reshape the company ...", "AMS-Vorstand Herwig Strassl rechnet erst im
  Frühjahr mit einer Entspannung ...", "Pollsters expect Reform to target dozens more ..."
  - "dozens" none, seventeenth; forty-seventh), hopes, fears, warnings and doubts ("Der
  Fahrgastverband Pro Bahn hofft auf ...", "EU officials hope ...", "Campaigners fear ...",
  "Privacy advocates fear ...", "Patient groups warned ...", "Economists doubt ...";
  thirtieth, thirty-eighth), open questions ("Ob die Koalition ...", "Ob der Bundesrat
  handeln wird, ...", "Wie die Senkung finanziert werden soll, ließ Kranich offen.",
  "Whether Corrigan, who has run the bank since 2014, will stay on beyond 2027 ..." with
  both years labelled; hundred-twenty-first, hundred-twenty-second), a refusal to say
  ("Penwick, 91, again declined to say when he would hand over the chairmanship." with its
  91 years labelled; twenty-first, hundred-twenty-second), advice ("Konsumentinnen und
  Konsumenten sollten Obst ... waschen, riet die Organisation."), a campaigner's rhetorical
  question (""How many more winters must a child spend in one room before ministers act?"
  Farouk asked." with count 1 - "one" before a noun, hundred-twenty-first; fourteenth), and
  vox pops with their ages labelled („Für mich als Pendlerin ...“, sagte eine 42-jährige
  Krankenpflegerin ...; "said Priya Sandhu, 29, a nurse in Leeds"; hundred-fourteenth,
  hundred-twenty-fourth).
- Counts (every batch): definite groups give two counts ("in 14 der 40 untersuchten
  Proben", "287 der 314 gültigen Stimmen", "von den 29 bis 2030 geplanten
  Generalsanierungen seien bislang erst sieben"; forty-first; "erst" no hedge,
  hundred-sixteenth); tallies ("mit 342 zu 281 Stimmen bei 12 Enthaltungen", "voted by 301
  to 247"; sixty-fifth, hundred-sixteenth); multiples ("um das Zwölffache" 12 and "fast
  doppelt so viel" 2 "nearly", hundred-sixteenth: "das Dreifache", "fast doppelt so viel";
  "bis zu 350-mal mehr Schwefel" 350 "up_to", the "mehr" after it comparing,
  hundred-twelfth: "rund 2.880-mal"); "binnen zwei Jahren zweimal" 2 years and count 2 (the
  issue's "viermal"); "an allen sieben deutschen Standorten" 7 ("allen" no hedge,
  forty-first); "in vier Ländern" 4; "at least 17 people, two of whom" 17 "at_least" and 2;
  "46 violent crimes, including nine homicides" ("including" no hedge); "2.3 million more
  appointments" with no hedge (the "more" after the figure compares, hundred-first); "etwa
  3.000 weniger als vor fünf Jahren" 3,000 "about" and 5 years; "published in 14 European
  newspapers" 14; populations and samples with their hedges ("rund 176.000", "mehr als
  2.000", "more than 2.4 million", "about 640,000", "about 2.7 million"). None: "kein
  einziges Jahr", "eine einzige Steuer", "dozens", "Wall Street", "S&P 500", "Class B".
- Ordinals and fractions (the issue; hundred-twentieth, hundred-thirty-first): "zum zweiten
  Mal in Folge" 2, "the second year in a row" 2, "for the sixth month in a row" 6, "als
  erste Frau" 1 (hundred-sixteenth: "the first woman"), "finished third" 3. New: "im
  dritten Anlauf" is ordinal 3, the attempt counted as the issue's "zum zweiten Mal".
  Fractions: "rund ein Drittel mehr als 2024" 0.3333 "about" (the "mehr als" after a share
  compares, hundred-first), "knapp ein Viertel aller Ausgaben" 0.25 "nearly", "a rise of
  about a quarter" 0.25 "about", "Jedes fünfte Kind" 0.2 (the issue's "jeder vierte"), "gut
  die Hälfte der Kosten" 0.5 "over" ("nur noch" no hedge; hundred-thirty-third: "Gut die
  Hälfte").
- Percentages: "3,1 Prozent der Wirtschaftsleistung", "bei 3,7 Prozent", "die
  Drei-Prozent-Grenze" 3 (hundred-third: "Fünf-Prozent-Hürde"; "unter die" before an
  article no hedge, hundred-thirty-third), "von bis zu 65 Prozent" "up_to"
  (hundred-twenty-fourth: "von bis zu 3,5 Prozent"), "up to 5%" "up_to", "about 4.2%",
  "about 32%", "about 20%", "rund 60 Prozent" "about", "Nur 58,9 Prozent" ("Nur" no hedge),
  "fell by 19 percentage points to 24.1%" 19 pp and 24.1 (hundred-twenty-fourth: "Up to
  four percentage points"), "38% over the past five years ... had gained 21%", "mit 54,7
  Prozent Nein-Stimmen", "68 Prozent der unter 30-Jährigen".
- Durations and ages (the issue: "fünfstündigen"; every batch): "nach einer mehr als
  vierstündigen Debatte" 4 hours "over" (hundred-twentieth: "einen mehr als zweistündigen
  Schlagabtausch"), "einen einwöchigen Urlaub" 1 week (hundred-first: "einer einwöchigen
  humanitären Feuerpause"), "four days a week" 4 days (seventy-second: "three days a week";
  "a week" none), "at least 14 weeks of base pay" "at_least", "12 months of free identity
  monitoring", "over two years", "over four years", "over the past five years" and "over
  the past 12 months" with no hedge ("over" before a span, hundred-sixteenth), "in vier
  Jahren", "vor fünf Jahren", "binnen zwei Jahren", "longer than 12 hours" 12 hours "over"
  (hundred-twentieth: "longer than"), "weniger als sechs Minuten" 6 minutes "under". Ages
  and age bounds are durations in years ("aller 18-jährigen Männer" 18, "um 1,6 Jahre auf
  61,2 Jahre" both - the retirement age an age like any other -, "für unter 25-Jährige" and
  "der unter 30-Jährigen" "under" - hundred-twentieth: "bei den unter 50-Jährigen" -,
  "Thorley, 34,", and in negatives "45 Jahre gearbeitet", "Penwick, 91,", "eine 42-jährige
  Krankenpflegerin", "Priya Sandhu, 29,"). None: "im Vorjahr", "ein Jahr zuvor", "heuer",
  "im Jahr", "pro Kind und Monat", "jährlich", "last year", "this year", "next year", "a
  year", "a year earlier", "in a decade", "within a decade", "this century", "the past
  year", "the last financial year", "decades in the making", weekdays, months and seasons
  ("Ende Jänner", "im Frühjahr", "im Dezember", "in April", "in January", "last March",
  "before the summer").
- Money in the currency written (every batch): EUR ("um 2,3 Milliarden Euro weniger" - "um"
  before a difference no hedge -, "15,8 Milliarden Euro" also in the negative, "um 1,1
  Milliarden Euro gekürzt", "auf 5,2 Milliarden Euro", "rund 4,5 Milliarden Euro", "von
  weiteren 2,6 Milliarden Euro" - "weitere" no hedge, hundred-twenty-fourth -, "rund 40
  Millionen Euro", "4,8 Milliarden Euro", "212 Millionen Euro", "rund 29,7 Milliarden
  Euro", "um 140 Euro teurer und kostet dann 1.390 Euro im Jahr", "400 Euro pro Kind und
  Monat", "rund 5,4 Milliarden Euro im Jahr", "up to 3,000 euros per passenger" "up_to"
  ("per passenger" none), "about 90 million euros a year", "511 billion euros", "up to 78
  billion euros" "up_to"; Cent are EUR hundredths, "17,8 Cent je Kilowattstunde" 0.178 with
  "im Schnitt" no hedge - hundred-fifteenth), CHF ("rund 96 Millionen Franken", "1,14
  Milliarden Franken", "rund 400 Millionen Franken", "rund 85 Millionen Franken", Swiss
  "3.60 Franken" 3.6 - fortieth: the decimal point in Swiss copy -, "25 Rappen mehr" 0.25 -
  Rappen are CHF hundredths, hundred-fifteenth; "mehr" after the figure compares), USD
  ("$6.2 billion", "$21.7 billion", "$19 billion ... about $2 billion", "about $1.5
  billion", "$1.6 trillion", "above $5 million" "over", "$480 million", "between $3 billion
  and $3.5 billion" both with no hedge - forty-first -, "$214 billion", "$41.3 billion"),
  GBP ("about £310 million", "£310 million" in the negative, "£2.45 billion", "an extra
  £650 million" - "an extra" no hedge, hundred-twenty-fourth -, "1.1 billion pounds",
  "about £1.1 billion"; "412 pence" 4.12 - pence are GBP hundredths, hundred-fifteenth),
  AUD ("A$3.2 billion").
- Years and dates: "2025" (four times), "2028" in the negative, "bis Ende 2028", "bis 2028"
  and "by 2028", "seit 2019", "seit 2015", "seit 2023", "zwischen 2023 und 2025" both, "ab
  2027" (twice), "bis 2030" (four times), "bis 2040", "mehr als 2024" (the "mehr als"
  before the year compares), "since 2006", "since 2014" and "beyond 2027" in the open
  question, "since 2021", "since 2024", "since 2020", "since 2010", "since 1983", "in
  2025", "seit 2003" in a record, and "for 2026-27" both years (fortieth: "by 2029-30");
  "ab 1. Juni" --06-01 ("ab" no hedge, ninety-eighth), "from April 6" --04-06, "on March
  12" --03-12, "on March 16" --03-16, "on March 11" --03-11, "from April 14" --04-14 dates
  without a year; Reuters, AFP and AAP datelines with a day ("NEW YORK, Jan 12", "DAVOS,
  Switzerland, Jan 19" with the country between city and day - ninety-ninth -, "SAN
  FRANCISCO, Feb 3", "PARIS, Feb 12 (AFP)", "LONDON, Feb 17", "MINNEAPOLIS, Feb 28",
  "BRUSSELS, March 4 (AFP)", "CANBERRA, March 17 (AAP)", "LONDON, March 19";
  hundred-fifteenth, hundred-sixteenth) dates without a year; APA, dpa, Keystone-SDA, AP
  ("SALEM, Ore. (AP) —", "DENVER (AP) —") and PA datelines none (seventy-ninth).
- Hedges, only the names in use: "rund", "etwa", "about" "about"; "knapp", "fast" "nearly";
  "mehr als", "gut", "more than", "above", "longer than" "over"; "weniger als", "unter" in
  "unter 25-Jährige" and "unter 30-Jährigen" "under"; "bis zu", "up to" "up_to";
  "mindestens", "at least" "at_least". No hedge: "weitere", "an extra", "A record", "Nur",
  "nur noch", "erst", "bislang", "im Schnitt", "allen", "including", "between", "um" before
  a difference, "ab", "over" before a span, "unter die" before an article, "more", "mehr"
  and "weniger" after a figure.
- Speakers, checked only in forms the earlier batches settled: "teilte das
  Finanzministerium am Mittwoch mit" -> "das Finanzministerium" and "teilte das Unternehmen
  am Mittwoch mit" and "teilte der Konzern am Donnerstag mit" (the weekday dropped,
  hundred-fourteenth), "teilte das Unternehmen mit", "teilte das Mobilitätsministerium mit"
  the source with its article in the nominative, "wie die Staatskanzlei mitteilte" -> "die
  Staatskanzlei" (ninety-ninth: "wie die Stadt mitteilte"), "Nach Angaben des
  Verteidigungsministeriums" -> "das Verteidigungsministerium" (hundred-twenty-fourth:
  "nach Angaben des Umweltministeriums"), "Laut Fiskalrat", "Laut AMS", "Laut VCÖ" and
  "laut Statistik Austria" as written (hundred-twentieth), "sagte Wallisch" and "sagte
  Pichler" the surname as written (ninety-fifth), "sagte Betriebsratschefin Sevgi Aydın",
  "sagte Caritas-Präsidentin Ursula Feichtinger" and "sagte Public-Eye-Sprecher Timo Kälin"
  after a quote or a Konjunktiv I paraphrase the name with the title dropped
  (hundred-fourteenth). English: "Ashgrove Financial Chief Executive Linda Corrigan said in
  her annual letter to shareholders on Monday that ..." -> "Linda Corrigan" and "Quillfield
  Chief Executive Dev Anand Rao told employees in a memo on Tuesday that ..." -> "Dev Anand
  Rao" (the firm, the title, the audience, the occasion and the weekday dropped -
  thirty-seventh: "Ofgem Chief Executive Miriam Holt told ITV's Good Morning Britain";
  tenth and eleventh: "said in a statement"; hundred-thirty-first: "at the Paris farm
  show"), "Oxfam said in a report published on Monday" -> "Oxfam" (hundred-ninth: "FIFA
  said in a report on Wednesday"), "Corrigan said" and "Sandmere said" as written,
  "Castellanos's office said" (hundred-twenty-seventh: "Varga's office later said"), "The
  charity said ..." opening the row -> "the charity" (tenth, seventy-second), "A government
  spokesperson said" and "A European Commission spokesperson said" -> the article in lower
  case (eighty-sixth and hundred-twentieth: "A Labour spokesperson said"), "The company
  said" (twice), "The Information Commissioner's Office said", "The Royal College of
  Emergency Medicine said", "The Greens said" and "The Property Council of Australia said"
  opening the row -> the article in lower case (hundred-fourteenth), "Police Chief Aaron
  Whitcomb said" (the rank dropped, hundred-eighteenth and hundred-nineteenth), "Council
  member Isaac Ferreira said", "RCN general secretary Bethany Greer said" and "Housing
  Minister Clara Whitby said on Tuesday" the name (fifteenth, hundred-thirty-first), "the
  health department said on Monday" -> "the health department" (hundred-eleventh,
  hundred-twenty-third), "The union said" and "The government said" (forty-fifth,
  hundred-fourteenth). Left unchecked (None): "schrieb X", "schreibt X", "schrieb der
  SPD-Politiker", "X wrote", "X wrote that", "he wrote" and "the commissioner wrote"
  (eighteenth: "schrieb Martschuk auf Telegram"; hundred-twenty-second: "schreibt die
  Wehrbeauftragte"; hundred-twenty-seventh: "later wrote to the committee"), "heißt es in
  dem Schreiben", "heißt es in dem Text", "heisst es im Geschäftsbericht", "the letter
  said", "the memo said", "the op-ed said", "The article said", "its annual report showed",
  "The lawsuit says", "according to a letter to the board seen by Reuters", "Census Bureau
  data show", "NHS England data show", "official figures published on Thursday show"
  (documents, hundred-second and hundred-twentieth), the papers ("berichtet", "berichtete",
  "reports", "also reported", "notes", "noted"; hundred-twenty-fourth), "wie Vorstandschef
  Matthias Kreidler in einem Brief an die Belegschaft ankündigte", "kündigte ... an", "hat
  ... angekündigt", "verwies(en) auf", "rechnete vor", "wies ... zurück", "wirft ... vor",
  "fordert", "called for", "hat sich ... ausgesprochen" (hundredth, hundred-twentieth,
  hundred-thirty-first), "nach Berechnungen der Regierung", "nach Berechnungen des
  Finanzministeriums" and "Laut einer Nachbefragung des Instituts GFS Bern"
  (hundred-twentieth), "wie ein Parteisprecher mitteilte" (a role without a name), "The
  Health Secretary has claimed in an article for The Times" (a role without a name,
  hundred-fifteenth), "It said" and "She said" (pronouns), "Business aviation group EBAA
  said" (a description before the name, fortieth), "Analysts at Peel Hunt said"
  (hundred-thirty-first: "Analysts at Macquarie"), "Whitby called" (no verb of saying),
  rows without attribution and all negatives, also those with a named speaker.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_138 = [
    # --- Budgetvollzug 2025 (APA) ---
    (
        "de",
        "Wien (APA) - Der Bund hat im Vorjahr um 2,3 Milliarden Euro weniger ausgegeben als veranschlagt, teilte das Finanzministerium am Mittwoch mit.",
        True,
        [("money", 2300000000, "EUR", None)],
        "das Finanzministerium",
    ),
    (
        "de",
        "Das Defizit des Bundes lag damit bei 15,8 Milliarden Euro oder 3,1 Prozent der Wirtschaftsleistung.",
        True,
        [("money", 15800000000, "EUR", None), ("percent", 3.1, "%", None)],
        None,
    ),
    (
        "de",
        "Finanzminister Gregor Wallisch sprach vor Journalisten von einem „Budget der Ehrlichkeit“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Wir haben die Förderungen um 1,1 Milliarden Euro gekürzt, ohne eine einzige Steuer zu erhöhen“, sagte Wallisch.",
        True,
        [("money", 1100000000, "EUR", None)],
        "Wallisch",
    ),
    ("de", "Die Grünen sprachen in einer Aussendung von „Kosmetik auf Kosten des Klimas“.", False, [], None),
    (
        "de",
        "Laut Fiskalrat dürfte das gesamtstaatliche Defizit heuer dennoch bei 3,7 Prozent der Wirtschaftsleistung liegen.",
        True,
        [("percent", 3.7, "%", None)],
        "Fiskalrat",
    ),
    # --- Presseschau zum Budget (APA) ---
    (
        "de",
        "Wien (APA) - Der Budgetvollzug des Finanzministers ist am Donnerstag Thema in den Kommentaren der heimischen Tageszeitungen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die „Kleine Zeitung“ schreibt, wer ein Defizit von 15,8 Milliarden Euro als Erfolg verkaufe, habe jedes Maß verloren.",
        False,
        [("money", 15800000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der „Standard“ berichtet unter Berufung auf das Finanzministerium, dass für heuer Einsparungen von weiteren 2,6 Milliarden Euro geplant sind.",
        True,
        [("money", 2600000000, "EUR", None)],
        None,
    ),
    ("de", "Die „Kronen Zeitung“ sieht die Regierung „auf dem Rücken der Pensionisten“ sanieren.", False, [], None),
    (
        "de",
        "Die „Oberösterreichischen Nachrichten“ verweisen darauf, dass die Zinsausgaben des Bundes 2025 auf 5,2 Milliarden Euro gestiegen sind.",
        True,
        [("year", 2025, None, None), ("money", 5200000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die „Salzburger Nachrichten“ halten das Ziel, 2028 wieder unter die Drei-Prozent-Grenze zu kommen, für „bestenfalls sportlich“.",
        False,
        [("year", 2028, None, None), ("percent", 3, "%", None)],
        None,
    ),
    (
        "de",
        "Die „Tiroler Tageszeitung“ erinnert daran, dass der Bund seit 2019 kein einziges Jahr ohne Defizit abgeschlossen hat.",
        True,
        [("year", 2019, None, None)],
        None,
    ),
    # --- Ashgrove shareholder letter (Reuters) ---
    (
        "en",
        "NEW YORK, Jan 12 (Reuters) - Ashgrove Financial Chief Executive Linda Corrigan said in her annual letter to shareholders on Monday that the bank had bought back $6.2 billion of its own stock last year, the most in its history.",
        True,
        [("date", "--01-12", None, None), ("money", 6200000000, "USD", None)],
        "Linda Corrigan",
    ),
    (
        "en",
        '"Our balance sheet has never been stronger, and we intend to put it to work," Corrigan wrote.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Corrigan wrote that net income rose 14% to $21.7 billion, while the bank added about 1.1 million retail customers.",
        True,
        [("percent", 14, "%", None), ("money", 21700000000, "USD", None), ("count", 1100000, None, "about")],
        None,
    ),
    ("en", 'She called the U.S. economy "resilient, but running on borrowed time."', False, [], None),
    (
        "en",
        "The bank plans to spend $19 billion on technology this year, including about $2 billion on artificial intelligence, the letter said.",
        True,
        [("money", 19000000000, "USD", None), ("money", 2000000000, "USD", "about")],
        None,
    ),
    (
        "en",
        'Corrigan predicted that artificial intelligence would change "every single job in this building" within a decade.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Corrigan said she expected AI tools to cut the bank's costs by about $1.5 billion a year by 2028.",
        True,
        [("money", 1500000000, "USD", "about"), ("year", 2028, None, None)],
        "Corrigan",
    ),
    (
        "en",
        "Whether Corrigan, who has run the bank since 2014, will stay on beyond 2027 remains an open question on Wall Street.",
        False,
        [("year", 2014, None, None), ("year", 2027, None, None)],
        None,
    ),
    ("en", "Ashgrove shares rose 1.2% in morning trading.", True, [("percent", 1.2, "%", None)], None),
    # --- Gastbeitrag des Verteidigungsministers (dpa) ---
    (
        "de",
        "Berlin (dpa) - Verteidigungsminister Konrad Albersmeyer hat in einem Gastbeitrag für die „Frankfurter Allgemeine Zeitung“ eine Musterung aller 18-jährigen Männer ab 2027 angekündigt.",
        True,
        [("duration", 18, "year", None), ("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Die Bundeswehr brauche bis 2030 mindestens 45.000 zusätzliche Soldatinnen und Soldaten, schrieb der SPD-Politiker.",
        True,
        [("year", 2030, None, None), ("count", 45000, None, "at_least")],
        None,
    ),
    (
        "de",
        "„Frieden ist kein Geschenk, er muss jeden Tag aufs Neue verteidigt werden“, schrieb Albersmeyer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Im vergangenen Jahr hätten sich 21.400 Menschen für den freiwilligen Wehrdienst beworben, rund ein Drittel mehr als 2024.",
        True,
        [("count", 21400, None, None), ("fraction", 0.3333, None, "about"), ("year", 2024, None, None)],
        None,
    ),
    ("de", "Die Zeit der Friedensdividende sei „endgültig vorbei“, so Albersmeyer.", False, [], None),
    ("de", "Die Linke warf dem Minister „Kriegsrhetorik auf Kosten einer ganzen Generation“ vor.", False, [], None),
    ("de", "Der Bundeswehrverband nannte den Vorstoß „überfällig, aber zu zaghaft“.", False, [], None),
    (
        "de",
        "Nach Angaben des Verteidigungsministeriums dienen derzeit rund 176.000 Soldatinnen und Soldaten in der Truppe.",
        True,
        [("count", 176000, None, "about")],
        "das Verteidigungsministerium",
    ),
    # --- The papers: rail fares (PA) ---
    (
        "en",
        "LONDON (PA) - Friday's front pages are dominated by the Chancellor's announcement on rail fares.",
        False,
        [],
        None,
    ),
    (
        "en",
        'The Daily Telegraph calls the fare freeze "a cynical sugar rush before the local elections."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Times reports that the freeze will cost the Treasury about £310 million next year, citing Department for Transport estimates.",
        True,
        [("money", 310000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "The Guardian's leader column argues that the £310 million would have been better spent on buses outside London.",
        False,
        [("money", 310000000, "GBP", None)],
        None,
    ),
    (
        "en",
        'The Daily Mirror says commuters have been "thrown a crumb" while their energy bills stay high.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The i reports that 37 backbench MPs have signed a letter urging ministers to extend the freeze to bus fares.",
        True,
        [("count", 37, None, None)],
        None,
    ),
    (
        "en",
        "The Financial Times notes that regulated fares rose by 5.2% last March, the biggest rise in a decade.",
        True,
        [("percent", 5.2, "%", None)],
        None,
    ),
    # --- Oxfam at Davos (Reuters) ---
    (
        "en",
        "DAVOS, Switzerland, Jan 19 (Reuters) - Billionaires around the world added $1.6 trillion to their fortunes last year, Oxfam said in a report published on Monday as business leaders gathered for the World Economic Forum.",
        True,
        [("date", "--01-19", None, None), ("money", 1600000000000, "USD", None)],
        "Oxfam",
    ),
    ("en", 'The charity called the figures "a monument to an economy rigged for the few."', False, [], None),
    (
        "en",
        "It said the number of billionaires rose by 162 to 2,931.",
        True,
        [("count", 162, None, None), ("count", 2931, None, None)],
        None,
    ),
    (
        "en",
        '"Extreme wealth is not a reward for hard work, it is a policy choice," Oxfam\'s interim executive director, Amara Koenig, said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Oxfam called for an annual wealth tax of up to 5% on fortunes above $5 million.",
        True,
        [("percent", 5, "%", "up_to"), ("money", 5000000, "USD", "over")],
        None,
    ),
    (
        "en",
        'The free-market Institute of Economic Affairs called Oxfam\'s method "statistical theatre."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Oxfam's calculations draw on the Forbes billionaires list and on wealth estimates published by UBS.",
        True,
        [],
        None,
    ),
    # --- Pestizide in Trauben (APA) ---
    (
        "de",
        "Wien (APA) - Die Umweltschutzorganisation Global 2000 hat in 14 der 40 untersuchten Proben importierter Tafeltrauben Rückstände von in der EU verbotenen Pestiziden gefunden.",
        True,
        [("count", 14, None, None), ("count", 40, None, None)],
        None,
    ),
    ("de", "Global 2000 sprach von einem „Giftcocktail aus dem Supermarktregal“.", False, [], None),
    (
        "de",
        "In drei Proben lagen die Werte über dem gesetzlichen Höchstwert, in einer davon um das Zwölffache.",
        True,
        [("count", 3, None, None), ("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "„Wer im Winter Trauben kauft, spielt russisches Roulette“, sagte Global-2000-Sprecherin Waltraud Pichler.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die belasteten Proben stammten ausnahmslos aus Ländern außerhalb der EU, sagte Pichler.",
        True,
        [],
        "Pichler",
    ),
    (
        "de",
        "Der Handelsverband wies die Vorwürfe zurück und verwies auf mehr als 2.000 eigene Kontrollen im Vorjahr.",
        True,
        [("count", 2000, None, "over")],
        None,
    ),
    (
        "de",
        "Konsumentinnen und Konsumenten sollten Obst vor dem Essen gründlich waschen, riet die Organisation.",
        False,
        [],
        None,
    ),
    # --- Oregon governor's op-ed (AP) ---
    (
        "en",
        "SALEM, Ore. (AP) — Oregon Gov. Miriam Castellanos wrote in an op-ed published Sunday that the state permitted 31,400 new homes last year, its highest total since 2006.",
        True,
        [("count", 31400, None, None), ("year", 2006, None, None)],
        None,
    ),
    (
        "en",
        '"Oregon is finally building its way out of a crisis decades in the making," Castellanos wrote.',
        False,
        [],
        None,
    ),
    (
        "en",
        "She said the state would spend $480 million over two years on roads, water and sewer lines for new neighborhoods.",
        True,
        [("money", 480000000, "USD", None), ("duration", 2, "year", None)],
        None,
    ),
    ("en", 'Housing advocates called the column "a victory lap on a track that is still flooded."', False, [], None),
    (
        "en",
        "Census Bureau data show Oregon issued permits for 27,900 housing units last year, fewer than the governor's figure.",
        True,
        [("count", 27900, None, None)],
        None,
    ),
    (
        "en",
        "Castellanos's office said her number also included accessory dwelling units and manufactured homes.",
        True,
        [],
        "Castellanos's office",
    ),
    ("en", 'Republican lawmakers accused the governor of "cooking the books."', False, [], None),
    # --- Stellenabbau bei Brenneisen (dpa) ---
    (
        "de",
        "Stuttgart (dpa) - Der angeschlagene Autozulieferer Brenneisen will bis Ende 2028 in Deutschland rund 3.400 Arbeitsplätze abbauen, wie Vorstandschef Matthias Kreidler in einem Brief an die Belegschaft ankündigte.",
        True,
        [("year", 2028, None, None), ("count", 3400, None, "about")],
        None,
    ),
    (
        "de",
        "„Wir müssen schneller, schlanker und mutiger werden, oder andere werden es für uns“, schrieb Kreidler.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Betroffen seien vor allem die Werke in Ansbach und Weiden, wo zusammen rund 1.900 Menschen arbeiten, heißt es in dem Schreiben.",
        True,
        [("count", 1900, None, "about")],
        None,
    ),
    (
        "de",
        "Der Umsatz sank 2025 zum zweiten Mal in Folge, um 9 Prozent auf 4,8 Milliarden Euro, der Verlust betrug 212 Millionen Euro, teilte das Unternehmen mit.",
        True,
        [
            ("year", 2025, None, None),
            ("ordinal", 2, None, None),
            ("percent", 9, "%", None),
            ("money", 4800000000, "EUR", None),
            ("money", 212000000, "EUR", None),
        ],
        "das Unternehmen",
    ),
    ("de", "Die IG Metall sprach von einem „Kahlschlag mit Ansage“.", False, [], None),
    (
        "de",
        "„Die Belegschaft hat seit 2023 auf rund 40 Millionen Euro an Prämien verzichtet“, sagte Betriebsratschefin Sevgi Aydın.",
        True,
        [("year", 2023, None, None), ("money", 40000000, "EUR", "about")],
        "Sevgi Aydın",
    ),
    (
        "de",
        "„Das ist ein Schlag ins Gesicht jeder einzelnen Kollegin und jedes einzelnen Kollegen“, sagte Aydın.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die IG Metall hat für kommenden Dienstag Kundgebungen an allen sieben deutschen Standorten angekündigt.",
        True,
        [("count", 7, None, None)],
        None,
    ),
    # --- Arbeitsmarkt im Jänner (APA) ---
    (
        "de",
        "Wien (APA) - Ende Jänner waren in Österreich 421.300 Menschen arbeitslos oder in Schulung, um 6,4 Prozent mehr als ein Jahr zuvor.",
        True,
        [("count", 421300, None, None), ("percent", 6.4, "%", None)],
        None,
    ),
    (
        "de",
        "Laut AMS stieg die Arbeitslosenquote nach nationaler Definition auf 8,9 Prozent.",
        True,
        [("percent", 8.9, "%", None)],
        "AMS",
    ),
    (
        "de",
        "Arbeitsministerin Claudia Lechthaler sprach von einem „harten Winter“, aber keinem Grund zur Panik.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die FPÖ nannte die Zahlen in einer Aussendung ein „Armutszeugnis der Verliererkoalition“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die NEOS verwiesen darauf, dass die Zahl der sofort verfügbaren offenen Stellen im selben Zeitraum um 12 Prozent auf 71.800 gesunken sei.",
        True,
        [("percent", 12, "%", None), ("count", 71800, None, None)],
        None,
    ),
    ("de", "Die Grünen forderten die Regierung auf, „endlich vom Reden ins Tun zu kommen“.", False, [], None),
    (
        "de",
        "Die Gewerkschaft PRO-GE fordert eine Arbeitsstiftung für die 1.400 Beschäftigten des Fensterherstellers Aurex, der binnen zwei Jahren zweimal Insolvenz anmelden musste.",
        True,
        [("count", 1400, None, None), ("duration", 2, "year", None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "AMS-Vorstand Herwig Strassl rechnet erst im Frühjahr mit einer Entspannung auf dem Arbeitsmarkt.",
        False,
        [],
        None,
    ),
    # --- Quillfield memo (Reuters) ---
    (
        "en",
        "SAN FRANCISCO, Feb 3 (Reuters) - Quillfield Chief Executive Dev Anand Rao told employees in a memo on Tuesday that the software maker would cut about 1,200 jobs, or 8% of its workforce.",
        True,
        [("date", "--02-03", None, None), ("count", 1200, None, "about"), ("percent", 8, "%", None)],
        "Dev Anand Rao",
    ),
    ("en", '"This is the hardest decision I have made as CEO, and I own it," Rao wrote.', False, [], None),
    (
        "en",
        "Rao wrote that remaining employees would have to work from an office four days a week from April 6.",
        True,
        [("duration", 4, "day", None), ("date", "--04-06", None, None)],
        None,
    ),
    ("en", '"We are at our best when we build together, in the same room," he wrote.', False, [], None),
    (
        "en",
        "Laid-off staff in the United States will receive at least 14 weeks of base pay, the memo said.",
        True,
        [("duration", 14, "week", "at_least")],
        None,
    ),
    ("en", 'Rao said he believed AI would reshape the company "faster than any of us can imagine."', False, [], None),
    ("en", "Quillfield shares rose 4.6% in premarket trading.", True, [("percent", 4.6, "%", None)], None),
    ("en", 'On internal message boards, some employees called the memo "corporate gaslighting."', False, [], None),
    # --- Gebäudeenergiegesetz, Presseschau (dpa) ---
    (
        "de",
        "Berlin (dpa) - Mit 342 zu 281 Stimmen bei 12 Enthaltungen hat der Bundestag am Donnerstag nach einer mehr als vierstündigen Debatte im dritten Anlauf die umstrittene Reform des Gebäudeenergiegesetzes beschlossen.",
        True,
        [
            ("count", 342, None, None),
            ("count", 281, None, None),
            ("count", 12, None, None),
            ("duration", 4, "hour", "over"),
            ("ordinal", 3, None, None),
        ],
        None,
    ),
    (
        "de",
        "Die „Süddeutsche Zeitung“ kommentiert, die Koalition habe den Klimaschutz „aus Angst vor dem Stammtisch“ im Heizungskeller beerdigt.",
        False,
        [],
        None,
    ),
    ("de", "Die „Frankfurter Allgemeine Zeitung“ lobt das Gesetz als „Rückkehr der Vernunft“.", False, [], None),
    (
        "de",
        "Das „Handelsblatt“ berichtet, dem Klima- und Transformationsfonds fehlten durch die Reform bis 2030 rund 4,5 Milliarden Euro.",
        True,
        [("year", 2030, None, None), ("money", 4500000000, "EUR", "about")],
        None,
    ),
    ("de", "Die „taz“ spricht von einem „schwarzen Donnerstag für das Klima“.", False, [], None),
    (
        "de",
        "Die „Rheinische Post“ hält dagegen, dass die Förderung von bis zu 65 Prozent für neue Wärmepumpen erhalten bleibt.",
        True,
        [("percent", 65, "%", "up_to")],
        None,
    ),
    (
        "de",
        "Der „Münchner Merkur“ fragt, wer der Politik nach drei Kehrtwenden in vier Jahren noch glauben solle.",
        False,
        [("count", 3, None, None), ("duration", 4, "year", None)],
        None,
    ),
    ("de", "Die Deutsche Umwelthilfe kündigte eine Verfassungsbeschwerde gegen das Gesetz an.", True, [], None),
    # --- Gastkommentar der Sozialministerin (APA) ---
    (
        "de",
        "Wien (APA) - Sozialministerin Andrea Stadlhuber hat sich in einem Gastkommentar in der „Presse“ gegen eine weitere Anhebung des gesetzlichen Pensionsantrittsalters ausgesprochen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Das tatsächliche Antrittsalter sei seit 2015 um 1,6 Jahre auf 61,2 Jahre gestiegen, schrieb Stadlhuber.",
        True,
        [("year", 2015, None, None), ("duration", 1.6, "year", None), ("duration", 61.2, "year", None)],
        None,
    ),
    (
        "de",
        "„Wer 45 Jahre gearbeitet hat, hat sich seine Pension verdient und kein Almosen“, schrieb die SPÖ-Politikerin.",
        False,
        [("duration", 45, "year", None)],
        None,
    ),
    (
        "de",
        "Der Bund schießt heuer rund 29,7 Milliarden Euro aus dem Budget zu den Pensionen zu, das ist knapp ein Viertel aller Ausgaben.",
        True,
        [("money", 29700000000, "EUR", "about"), ("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "de",
        "Agenda-Austria-Ökonom Lukas Fenzl nannte den Text „eine Realitätsverweigerung in Zeitungsform“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Wirtschaftskammer rechnete vor, dass die Zahl der Pensionsbezieherinnen und -bezieher bis 2040 um rund 600.000 steigen werde.",
        True,
        [("year", 2040, None, None), ("count", 600000, None, "about")],
        None,
    ),
    ("de", "Ob die Koalition das Thema noch vor dem Sommer angeht, ist offen.", False, [], None),
    # --- Temporary accommodation (PA) ---
    (
        "en",
        "LONDON (PA) - A record 127,800 households in England were living in temporary accommodation at the end of September, official figures published on Thursday show.",
        True,
        [("count", 127800, None, None)],
        None,
    ),
    (
        "en",
        "Among them were about 158,000 children, up 9% on a year earlier.",
        True,
        [("count", 158000, None, "about"), ("percent", 9, "%", None)],
        None,
    ),
    ("en", 'Shelter called the figures "a national disgrace that should shame every one of us."', False, [], None),
    (
        "en",
        '"Behind every one of those numbers is a child doing homework on a hotel bed," said Shelter\'s chief executive, Nadia Farouk.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"How many more winters must a child spend in one room before ministers act?" Farouk asked.',
        False,
        [("count", 1, None, None)],
        None,
    ),
    (
        "en",
        "The charity said councils in England spent £2.45 billion on temporary accommodation in the last financial year, a rise of about a quarter.",
        True,
        [("money", 2450000000, "GBP", None), ("fraction", 0.25, None, "about")],
        "the charity",
    ),
    (
        "en",
        "A government spokesperson said ministers were spending an extra £650 million this year on homelessness services.",
        True,
        [("money", 650000000, "GBP", None)],
        "a government spokesperson",
    ),
    ("en", "Campaigners fear the numbers will keep climbing through the rest of the winter.", False, [], None),
    # --- Private jet levy, press review (AFP) ---
    (
        "en",
        "PARIS, Feb 12 (AFP) - France's National Assembly voted by 301 to 247 on Wednesday to impose a controversial levy of up to 3,000 euros per passenger on private jet flights from French airports.",
        True,
        [
            ("date", "--02-12", None, None),
            ("count", 301, None, None),
            ("count", 247, None, None),
            ("money", 3000, "EUR", "up_to"),
        ],
        None,
    ),
    ("en", 'Left-leaning Liberation hailed "a small victory for tax justice" on its front page.', False, [], None),
    ("en", 'Le Figaro\'s editorial called the levy "a symbolic tax that will raise next to nothing."', False, [], None),
    (
        "en",
        "Le Figaro also reported that the finance ministry expects the levy to raise about 90 million euros a year.",
        True,
        [("money", 90000000, "EUR", "about")],
        None,
    ),
    (
        "en",
        "Business daily Les Echos noted that private jets accounted for 0.4% of flights from French airports last year.",
        True,
        [("percent", 0.4, "%", None)],
        None,
    ),
    (
        "en",
        "Business aviation group EBAA said the measure would cost about 2,000 jobs in France.",
        True,
        [("count", 2000, None, "about")],
        None,
    ),
    ("en", 'Climate campaigners called the vote "a crack in the wall of privilege."', False, [], None),
    ("en", "The bill now goes to the Senate, which is due to debate it in April.", True, [], None),
    # --- Public Eye gegen Veltrana (Keystone-SDA) ---
    (
        "de",
        "Lausanne (Keystone-SDA) - Die Nichtregierungsorganisation Public Eye wirft dem Genfer Rohstoffhändler Veltrana vor, in Westafrika Diesel mit bis zu 350-mal mehr Schwefel verkauft zu haben, als in Europa zulässig ist.",
        True,
        [("count", 350, None, "up_to")],
        None,
    ),
    ("de", "Public Eye sprach von «Doppelstandards, die Menschenleben kosten».", False, [], None),
    (
        "de",
        "Die Organisation stütze sich auf 62 Proben, die sie zwischen 2023 und 2025 an Tankstellen in vier Ländern genommen habe, sagte Public-Eye-Sprecher Timo Kälin.",
        True,
        [("count", 62, None, None), ("year", 2023, None, None), ("year", 2025, None, None), ("count", 4, None, None)],
        "Timo Kälin",
    ),
    (
        "de",
        "Veltrana wies die Vorwürfe zurück: Sämtliche Lieferungen hätten den Normen der Bestimmungsländer entsprochen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "SP-Nationalrätin Corinne Rüfenacht kündigte einen Vorstoss für ein Exportverbot solcher Treibstoffe an.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Branchenverband Suissenégoce nannte den Bericht «tendenziös und methodisch fragwürdig».",
        False,
        [],
        None,
    ),
    ("de", "Ob der Bundesrat handeln wird, ist ungewiss.", False, [], None),
    # --- Sandmere letter to Harcastle (Reuters) ---
    (
        "en",
        "LONDON, Feb 17 (Reuters) - Activist investor Sandmere Capital has built a stake of about 4.2% in struggling British packaging group Harcastle and is pushing for a sale of its U.S. business, according to a letter to the board seen by Reuters.",
        True,
        [("date", "--02-17", None, None), ("percent", 4.2, "%", "about")],
        None,
    ),
    (
        "en",
        'In the letter, Sandmere called Harcastle\'s strategy "a decade of drift dressed up as discipline."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Sandmere said Harcastle shares had fallen 38% over the past five years, while an index of European peers had gained 21%.",
        True,
        [("percent", 38, "%", None), ("duration", 5, "year", None), ("percent", 21, "%", None)],
        "Sandmere",
    ),
    ("en", '"The board has run out of excuses," Sandmere founder Oliver Kettering wrote.', False, [], None),
    (
        "en",
        'Harcastle said in a statement that its board "regularly reviews all options to create value for shareholders."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The company said it had returned 1.1 billion pounds to shareholders since 2021.",
        True,
        [("money", 1100000000, "GBP", None), ("year", 2021, None, None)],
        "the company",
    ),
    (
        "en",
        "Analysts at Peel Hunt said a sale of the U.S. unit could fetch between $3 billion and $3.5 billion.",
        True,
        [("money", 3000000000, "USD", None), ("money", 3500000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Harcastle shares jumped 7.9% to 412 pence.",
        True,
        [("percent", 7.9, "%", None), ("money", 4.12, "GBP", None)],
        None,
    ),
    # --- Armut in Österreich (APA) ---
    (
        "de",
        "Wien (APA) - In Österreich sind 1,32 Millionen Menschen armuts- oder ausgrenzungsgefährdet, das sind 14,6 Prozent der Bevölkerung.",
        True,
        [("count", 1320000, None, None), ("percent", 14.6, "%", None)],
        None,
    ),
    ("de", "Die Caritas sprach von einer „stillen Katastrophe mitten im Wohlstand“.", False, [], None),
    (
        "de",
        "„Unsere Sozialberatungsstellen haben im Vorjahr 84.000 Menschen betreut, so viele wie nie zuvor“, sagte Caritas-Präsidentin Ursula Feichtinger.",
        True,
        [("count", 84000, None, None)],
        "Ursula Feichtinger",
    ),
    (
        "de",
        "„Armut ist in Österreich längst in der Mitte der Gesellschaft angekommen“, sagte Feichtinger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Volkshilfe fordert eine Kindergrundsicherung von 400 Euro pro Kind und Monat.",
        True,
        [("money", 400, "EUR", None)],
        None,
    ),
    ("de", "Die Armutskonferenz appellierte an die Regierung, „nicht bei den Ärmsten zu sparen“.", False, [], None),
    (
        "de",
        "Jedes fünfte Kind lebt laut Statistik Austria in einem Haushalt, der sich keinen einwöchigen Urlaub leisten kann.",
        True,
        [("fraction", 0.2, None, None), ("duration", 1, "week", None)],
        "Statistik Austria",
    ),
    (
        "de",
        "Die Regierung verwies auf die Erhöhung der Ausgleichszulage um 4,6 Prozent mit Jahresbeginn.",
        True,
        [("percent", 4.6, "%", None)],
        None,
    ),
    # --- Facial recognition lawsuit (AP) ---
    (
        "en",
        "DENVER (AP) — The American Civil Liberties Union of Colorado sued the city of Denver on Thursday over its facial recognition cameras, saying police had scanned the faces of more than 2.4 million people since 2024.",
        True,
        [("count", 2400000, None, "over"), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        '"Denver has built a surveillance dragnet and pointed it at everyone," ACLU of Colorado legal director Renata Salcido said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The lawsuit says the system misidentified at least 17 people, two of whom were briefly detained.",
        True,
        [("count", 17, None, "at_least"), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Police Chief Aaron Whitcomb said the cameras had helped solve 46 violent crimes, including nine homicides.",
        True,
        [("count", 46, None, None), ("count", 9, None, None)],
        "Aaron Whitcomb",
    ),
    ("en", 'Whitcomb called the lawsuit "a publicity stunt that puts politics ahead of victims."', False, [], None),
    (
        "en",
        "Council member Isaac Ferreira said the council would hold a hearing on the program on March 12.",
        True,
        [("date", "--03-12", None, None)],
        "Isaac Ferreira",
    ),
    ("en", "Privacy advocates fear the technology will spread to schools and bus stations.", False, [], None),
    # --- SPD-Landesparteitag (dpa) ---
    (
        "de",
        "Hannover (dpa) - Die niedersächsische SPD hat Innenministerin Katrin Vollmers mit 91,4 Prozent der Stimmen als erste Frau an die Spitze des Landesverbands gewählt.",
        True,
        [("percent", 91.4, "%", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Auf sie entfielen 287 der 314 gültigen Stimmen, eine Gegenkandidatin oder einen Gegenkandidaten gab es nicht.",
        True,
        [("count", 287, None, None), ("count", 314, None, None)],
        None,
    ),
    (
        "de",
        "„Niedersachsen ist kein Land der Zauderer, sondern der Anpacker“, rief Vollmers den Delegierten zu.",
        False,
        [],
        None,
    ),
    (
        "de",
        "In ihrer Rede kündigte sie an, bis 2030 an allen 1.120 Grundschulen des Landes Fachkräfte für Schulsozialarbeit einzusetzen.",
        True,
        [("year", 2030, None, None), ("count", 1120, None, None)],
        None,
    ),
    ("de", "Die CDU-Opposition sprach von einer „Krönungsmesse ohne Inhalt“.", False, [], None),
    (
        "de",
        "Die Partei hat in Niedersachsen derzeit rund 41.000 Mitglieder, etwa 3.000 weniger als vor fünf Jahren, wie ein Parteisprecher mitteilte.",
        True,
        [("count", 41000, None, "about"), ("count", 3000, None, "about"), ("duration", 5, "year", None)],
        None,
    ),
    # --- Health Secretary's article (PA) ---
    (
        "en",
        "LONDON (PA) - The Health Secretary has claimed in an article for The Times that the NHS waiting list in England has fallen for the sixth month in a row.",
        True,
        [("ordinal", 6, None, None)],
        None,
    ),
    (
        "en",
        '"The NHS has turned the corner, and patients are starting to feel the difference," the Health Secretary wrote.',
        False,
        [],
        None,
    ),
    (
        "en",
        "NHS England data show the list stood at 7.21 million in December, down from 7.26 million in November.",
        True,
        [("count", 7210000, None, None), ("count", 7260000, None, None)],
        None,
    ),
    (
        "en",
        "The article said 2.3 million more appointments had been delivered in the past year than in the year before.",
        True,
        [("count", 2300000, None, None)],
        None,
    ),
    ("en", 'The shadow health secretary called the piece "a press release with a byline."', False, [], None),
    (
        "en",
        "The Royal College of Emergency Medicine said more than 61,000 patients had waited longer than 12 hours in A&E departments in England in January.",
        True,
        [("count", 61000, None, "over"), ("duration", 12, "hour", "over")],
        "the Royal College of Emergency Medicine",
    ),
    ("en", "Patient groups warned that the headline figure hid long waits for community services.", False, [], None),
    # --- Calder Holdings annual letter (Reuters) ---
    (
        "en",
        "MINNEAPOLIS, Feb 28 (Reuters) - Calder Holdings Chairman Arthur Penwick used his annual letter to shareholders on Saturday to defend the conglomerate's record cash pile of $214 billion.",
        True,
        [("date", "--02-28", None, None), ("money", 214000000000, "USD", None)],
        None,
    ),
    ("en", '"Cash is a call option with no expiry date," Penwick wrote.', False, [], None),
    (
        "en",
        "Penwick wrote that operating earnings rose 11% to $41.3 billion last year, helped by the group's insurance businesses.",
        True,
        [("percent", 11, "%", None), ("money", 41300000000, "USD", None)],
        None,
    ),
    ("en", 'He likened the current stock market to "a casino with better lighting."', False, [], None),
    (
        "en",
        "The company did not buy back any of its own shares in 2025, the second year in a row, its annual report showed.",
        True,
        [("year", 2025, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Penwick, 91, again declined to say when he would hand over the chairmanship.",
        False,
        [("duration", 91, "year", None)],
        None,
    ),
    (
        "en",
        "Calder's Class B shares have risen 16% over the past 12 months, outpacing the S&P 500's 9% gain.",
        True,
        [("percent", 16, "%", None), ("duration", 12, "month", None), ("percent", 9, "%", None)],
        None,
    ),
    # --- Klimaticket wird teurer (APA) ---
    (
        "de",
        "Wien (APA) - Das Klimaticket Österreich wird ab 1. Juni um 140 Euro teurer und kostet dann 1.390 Euro im Jahr, teilte das Mobilitätsministerium mit.",
        True,
        [("date", "--06-01", None, None), ("money", 140, "EUR", None), ("money", 1390, "EUR", None)],
        "das Mobilitätsministerium",
    ),
    (
        "de",
        "Mobilitätsminister Bernhard Eichinger sprach von einer „maßvollen und sozial verträglichen Anpassung“.",
        False,
        [],
        None,
    ),
    ("de", "Der VCÖ nannte die Erhöhung „ein falsches Signal zur falschen Zeit“.", False, [], None),
    (
        "de",
        "Laut VCÖ sind derzeit rund 287.000 Klimatickets im Umlauf.",
        True,
        [("count", 287000, None, "about")],
        "VCÖ",
    ),
    (
        "de",
        "Die „Kleine Zeitung“ kommentierte, ein Ticket für das ganze Land sei auch zu diesem Preis „ein Schnäppchen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der „Kurier“ berichtete, die Einnahmen aus dem Verkauf deckten nur noch gut die Hälfte der Kosten des Tickets.",
        True,
        [("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "de",
        "Die FPÖ forderte die Abschaffung des Tickets und sprach von einem „Prestigeprojekt für Wiener Radfahrer“.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Für mich als Pendlerin aus dem Burgenland ist das immer noch billiger als jedes Auto“, sagte eine 42-jährige Krankenpflegerin am Wiener Hauptbahnhof.",
        False,
        [("duration", 42, "year", None)],
        None,
    ),
    # --- EU trade commissioner's op-ed (AFP) ---
    (
        "en",
        'BRUSSELS, March 4 (AFP) - The EU\'s trade commissioner wrote in an op-ed published in 14 European newspapers on Wednesday that the bloc would not "bend the knee" to U.S. tariff threats.',
        True,
        [("date", "--03-04", None, None), ("count", 14, None, None)],
        None,
    ),
    ("en", '"Europe negotiates, but Europe does not beg," the commissioner wrote.', False, [], None),
    (
        "en",
        "The EU's goods exports to the U.S. totalled 511 billion euros last year, the op-ed said.",
        True,
        [("money", 511000000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "The commissioner wrote that the EU had prepared countermeasures on U.S. goods worth up to 78 billion euros.",
        True,
        [("money", 78000000000, "EUR", "up_to")],
        None,
    ),
    (
        "en",
        'Washington\'s ambassador to the EU dismissed the article as "theatre for domestic audiences."',
        False,
        [],
        None,
    ),
    (
        "en",
        "A European Commission spokesperson said talks with U.S. officials would resume in Washington on March 16.",
        True,
        [("date", "--03-16", None, None)],
        "a European Commission spokesperson",
    ),
    ("en", "EU officials hope a deal can still be struck before the summer.", False, [], None),
    # --- Marlow Vale by-election (PA) ---
    (
        "en",
        "LONDON (PA) - Reform UK has won the Marlow Vale by-election in a crushing defeat for the Conservatives, overturning a majority of 11,400.",
        True,
        [("count", 11400, None, None)],
        None,
    ),
    (
        "en",
        "Reform candidate Gemma Thorley won 39.2% of votes cast, with turnout at 34.8%.",
        True,
        [("percent", 39.2, "%", None), ("percent", 34.8, "%", None)],
        None,
    ),
    (
        "en",
        'The Reform leader called the result "an earthquake that will be felt in every Tory seat in the country."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Conservatives' share of the vote fell by 19 percentage points to 24.1%.",
        True,
        [("percent", 19, "pp", None), ("percent", 24.1, "%", None)],
        None,
    ),
    (
        "en",
        'A Conservative spokesperson said by-elections were "always tough for the main opposition party."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Labour finished third with 14.3%, its lowest share in the seat since 1983.",
        True,
        [("ordinal", 3, None, None), ("percent", 14.3, "%", None), ("year", 1983, None, None)],
        None,
    ),
    (
        "en",
        "Pollsters expect Reform to target dozens more Conservative seats at the next general election.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Thorley, 34, a former nurse, will take her seat in the Commons on Monday.",
        True,
        [("duration", 34, "year", None)],
        None,
    ),
    # --- Abstimmung im Kanton Bern (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Stimmberechtigten des Kantons Bern haben am Sonntag eine Initiative für einen Gratis-ÖV für unter 25-Jährige mit 54,7 Prozent Nein-Stimmen abgelehnt.",
        True,
        [("duration", 25, "year", "under"), ("percent", 54.7, "%", None)],
        None,
    ),
    (
        "de",
        "Die Stimmbeteiligung lag bei 41,2 Prozent, wie die Staatskanzlei mitteilte.",
        True,
        [("percent", 41.2, "%", None)],
        "die Staatskanzlei",
    ),
    ("de", "Die SVP sprach von einem «Sieg der Vernunft über das Wunschkonzert».", False, [], None),
    ("de", "Die SP, die die Initiative lanciert hatte, nannte das Resultat einen «Achtungserfolg».", False, [], None),
    (
        "de",
        "Die SP kündigte an, im Grossen Rat einen Vorstoss für ein vergünstigtes Jugendabo einzureichen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Initiative hätte den Kanton nach Berechnungen der Regierung jährlich rund 96 Millionen Franken gekostet.",
        True,
        [("money", 96000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Die «Berner Zeitung» kommentierte, das Stimmvolk habe «ein gutes Gespür für die Kantonsfinanzen» bewiesen.",
        False,
        [],
        None,
    ),
    ("de", "Der «Bund» schreibt, die Jungen seien «einmal mehr von den Alten überstimmt» worden.", False, [], None),
    (
        "de",
        "Laut einer Nachbefragung des Instituts GFS Bern stimmten 68 Prozent der unter 30-Jährigen Ja.",
        True,
        [("percent", 68, "%", None), ("duration", 30, "year", "under")],
        None,
    ),
    # --- Rhenatec-Geschäftsbericht (Keystone-SDA) ---
    (
        "de",
        "Winterthur (Keystone-SDA) - Der Industriekonzern Rhenatec hat 2025 einen Reingewinn von 1,14 Milliarden Franken erzielt, 8 Prozent mehr als im Vorjahr, teilte das Unternehmen am Mittwoch mit.",
        True,
        [("year", 2025, None, None), ("money", 1140000000, "CHF", None), ("percent", 8, "%", None)],
        "das Unternehmen",
    ),
    (
        "de",
        "Im Aktionärsbrief schreibt Konzernchef Laurent Brechbühl von einem «Jahr der Bewährung in stürmischer See».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Aktionärinnen und Aktionäre sollen eine Dividende von 3.60 Franken je Titel erhalten, 25 Rappen mehr als im Vorjahr.",
        True,
        [("money", 3.6, "CHF", None), ("money", 0.25, "CHF", None)],
        None,
    ),
    (
        "de",
        "Brechbühl schreibt weiter, der Konzern werde bis 2028 rund 400 Millionen Franken in ein neues Werk in Visp investieren.",
        True,
        [("year", 2028, None, None), ("money", 400000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Die US-Zölle hätten Rhenatec 2025 rund 85 Millionen Franken gekostet, heisst es im Geschäftsbericht.",
        True,
        [("year", 2025, None, None), ("money", 85000000, "CHF", "about")],
        None,
    ),
    ("de", "«Wir lassen uns von Zöllen nicht aus Amerika vertreiben», schreibt Brechbühl.", False, [], None),
    ("de", "Analysten der Zürcher Kantonalbank nannten den Ausblick «vorsichtig, aber glaubwürdig».", False, [], None),
    ("de", "Die Aktie schloss an der SIX um 3,4 Prozent höher.", True, [("percent", 3.4, "%", None)], None),
    # --- Bahn-Pünktlichkeit, Presseschau (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die Deutsche Bahn ist im vergangenen Jahr noch tiefer in die Unpünktlichkeit gerutscht: Nur 58,9 Prozent ihrer Fernzüge kamen pünktlich an, so wenige wie seit 2003 nicht mehr, teilte der Konzern am Donnerstag mit.",
        True,
        [("percent", 58.9, "%", None), ("year", 2003, None, None)],
        "der Konzern",
    ),
    (
        "de",
        "Pünktlich ist ein Zug nach der Definition des Konzerns, wenn er weniger als sechs Minuten nach Fahrplan ankommt.",
        True,
        [("duration", 6, "minute", "under")],
        None,
    ),
    ("de", "Die Bahnchefin sprach von einem Jahr, „das wir so nicht wiederholen wollen“.", False, [], None),
    ("de", "Die „Bild“ titelte: „Bahn-Chaos ohne Ende“.", False, [], None),
    (
        "de",
        "Der „Tagesspiegel“ kommentiert, die Bahn sei „ein Sanierungsfall, den keiner sanieren will“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die „Welt“ berichtet, von den 29 bis 2030 geplanten Generalsanierungen seien bislang erst sieben abgeschlossen.",
        True,
        [("count", 29, None, None), ("year", 2030, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "Der Fahrgastverband Pro Bahn hofft auf spürbare Verbesserungen nach dem Fahrplanwechsel im Dezember.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Bahn verwies darauf, dass rund 60 Prozent der Verspätungen auf Baustellen und Störungen in der Infrastruktur zurückgingen.",
        True,
        [("percent", 60, "%", "about")],
        None,
    ),
    # --- Social housing package (AAP) ---
    (
        "en",
        "CANBERRA, March 17 (AAP) - The federal government will spend A$3.2 billion over four years to build 18,000 social homes, Housing Minister Clara Whitby said on Tuesday.",
        True,
        [
            ("date", "--03-17", None, None),
            ("money", 3200000000, "AUD", None),
            ("duration", 4, "year", None),
            ("count", 18000, None, None),
        ],
        "Clara Whitby",
    ),
    ("en", 'Whitby called the package "the biggest single investment in social housing this century."', True, [], None),
    ("en", 'The Greens called the plan "a drop in a very large and very empty ocean."', False, [], None),
    (
        "en",
        "The Greens said the country was short of about 640,000 social homes, citing a University of New South Wales study.",
        True,
        [("count", 640000, None, "about")],
        "the Greens",
    ),
    ("en", 'The opposition urged the government to "get out of the way and let builders build."', False, [], None),
    (
        "en",
        "The Property Council of Australia said construction costs had risen about 32% since 2020.",
        True,
        [("percent", 32, "%", "about"), ("year", 2020, None, None)],
        "the Property Council of Australia",
    ),
    ("en", "Economists doubt the homes can be finished on time given a shortage of tradespeople.", False, [], None),
    # --- Veraline data breach (Reuters) ---
    (
        "en",
        "LONDON, March 19 (Reuters) - The embattled chief executive of British mobile operator Veraline apologised to customers in an open letter on Thursday after hackers stole the personal data of about 2.7 million of them.",
        True,
        [("date", "--03-19", None, None), ("count", 2700000, None, "about")],
        None,
    ),
    ("en", '"We let you down, and I am truly sorry," Chief Executive Hannah Ridley wrote.', False, [], None),
    ("en", "Ridley wrote that no bank details or passwords had been accessed.", True, [], None),
    (
        "en",
        "The company said it would offer affected customers 12 months of free identity monitoring.",
        True,
        [("duration", 12, "month", None)],
        "the company",
    ),
    (
        "en",
        "The Information Commissioner's Office said it had been told of the breach on March 11 and was making enquiries.",
        True,
        [("date", "--03-11", None, None)],
        "the Information Commissioner's Office",
    ),
    ("en", 'Consumer group Which? called the breach "a wake-up call for the whole industry."', False, [], None),
    ("en", "Veraline shares fell 5.3% in London.", True, [("percent", 5.3, "%", None)], None),
    # --- Gastbeitrag der Wirtschaftsministerin (dpa) ---
    (
        "de",
        "Berlin (dpa) - Bundeswirtschaftsministerin Sabine Kranich hat in einem Gastbeitrag für das „Handelsblatt“ angekündigt, die Stromsteuer ab 2027 auch für private Haushalte auf das europäische Mindestmaß zu senken.",
        True,
        [("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Die Industrie zahle in Deutschland im Schnitt 17,8 Cent je Kilowattstunde, fast doppelt so viel wie in Frankreich, schrieb die CDU-Politikerin.",
        True,
        [("money", 0.178, "EUR", None), ("count", 2, None, "nearly")],
        None,
    ),
    ("de", "„Teure Energie ist die Achillesferse unseres Industriestandorts“, schrieb Kranich.", False, [], None),
    ("de", "Ihr Fazit: „Wir müssen jetzt handeln, nicht irgendwann.“", False, [], None),
    ("de", "Die Grünen warfen der Ministerin vor, „Wahlkampfprosa statt Politik“ zu liefern.", False, [], None),
    (
        "de",
        "Eine Senkung auf das EU-Minimum würde den Bund nach Berechnungen des Finanzministeriums rund 5,4 Milliarden Euro im Jahr kosten.",
        True,
        [("money", 5400000000, "EUR", "about")],
        None,
    ),
    ("de", "Wie die Senkung finanziert werden soll, ließ Kranich offen.", False, [], None),
    # --- Nurses' pay offer (PA) ---
    (
        "en",
        "LONDON (PA) - Nurses in England have been offered a 3.2% pay rise for 2026-27, the health department said on Monday.",
        True,
        [("percent", 3.2, "%", None), ("year", 2026, None, None), ("year", 2027, None, None)],
        "the health department",
    ),
    ("en", 'The Royal College of Nursing called the offer "an insult dressed up as a pay rise."', False, [], None),
    (
        "en",
        "RCN general secretary Bethany Greer said nurses' pay had fallen by about 20% in real terms since 2010.",
        True,
        [("percent", 20, "%", "about"), ("year", 2010, None, None)],
        "Bethany Greer",
    ),
    ("en", '"Nursing is held together by goodwill, and the goodwill is running out," Greer said.', False, [], None),
    (
        "en",
        "The union said it would ballot its 340,000 members in England on industrial action from April 14.",
        True,
        [("count", 340000, None, None), ("date", "--04-14", None, None)],
        "the union",
    ),
    (
        "en",
        'The Health Secretary said the offer was "fair and affordable" and urged nurses to accept it.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The government said the award would cost about £1.1 billion.",
        True,
        [("money", 1100000000, "GBP", "about")],
        "the government",
    ),
    (
        "en",
        '"I love this job, but I can\'t afford to stay in it," said Priya Sandhu, 29, a nurse in Leeds.',
        False,
        [("duration", 29, "year", None)],
        None,
    ),
]
