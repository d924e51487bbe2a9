"""Three-hundred-and-seventh blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms and figures are made up
(Henrike Lautenschläger, Malte Brinkhege, Frank Oberthür, Arnulf Kessendorf, Sevim
Kara-Holtmann, Raimund Hollersbacher, Andrea Moosbrugger-Lenz, Claudine Perret-Gentil, Beat
Zwyssig, Leonie Aebischer, Torsten Wehlau, Gottfried Zirknitzer, Sophie Lechthaler-Ruß,
Ulrike Hassenkamp, Ansgar Tiedemeyer, the car-parts supplier Kessler-Brandt and its chief
executive Detlef Ambrosius, Benedikt Sommerhalder, Lasse Ohrtmann, Clemens Hafenscher,
Harald Eggenreiter, Ferdinand Strohmeier-Auer, Corinne Imhasly, Ruedi Baumgartner-Sigg,
Adrian Rüegsegger, Katrin Wohlleber-Faisst, Rüdiger Stammler, Marlies Obendorfer; Gwendolyn
Ashby-Kerr, Corliss Vandermeer, Ruth Caldicott-Ames, Idris Penhaligon, Damian Kellaway,
Tegan Moloney, Priyanka Rathore, Anselm Whitlock, Lorna Brightwater, the Pacific Insurers
Council, Royce Dunleavy, Anita Solberg-Price, Josée Lafrenière-Boyd, Marcus Dellacroix,
Saskia Marlowe, Fergal Hinchcliffe, Harriet Quenby, Rupert Calloway-Finch, Oliver
Brackenridge, Siân Trevelyan, the software maker Quellwright and its chief executive Dorian
Akintola, Maren Oyelaran, Tobias Renwick, Cathal Brennock, Orla Keaveney, Desmond
Achterberg, Nicky Scavullo; every unnamed talk-show host, caller, audience member, shadow
minister, spokesman, critic, works councillor, teacher and commuters' group); ministers,
central bankers, mayors and heads of agencies and associations of real governments and
bodies appear under made-up names that stand for no real holder, or by their role only ("der
CDU-Sozialpolitiker", "Die Moderatorin", "The shadow chancellor", "The Home Secretary", "the
Liberal Democrats' home affairs spokesman", "the council's president"). Real broadcasters,
programmes, papers, parties, bodies, laws and places (ARD, „Maischberger“, ZDF, „Markus
Lanz“, ORF, „Pressestunde“, „Im Zentrum“, SRF, «Arena», Deutschlandfunk, „Bild am Sonntag“,
„Handelsblatt“, «NZZ am Sonntag», „Stuttgarter Nachrichten“, „Berlin direkt“, „Süddeutsche
Zeitung“, „Frankfurter Allgemeine Zeitung“, „taz“, „Rheinische Post“, „Stuttgarter Zeitung“,
„Münchner Merkur“, „Presse“, SPD, CDU, CSU, Union, Linke, Grüne, AfD, ÖVP, SPÖ, FPÖ, NEOS,
SVP, SP, Deutsche Rentenversicherung, Bundeswehr, Sondervermögen, Fiskalrat, Statistik
Austria, Bundesamt für Statistik, Bundesrat, Bundesagentur für Arbeit, VdK, Bundestag,
E-Control, Arbeiterkammer, Deutsche Krankenhausgesellschaft, IG Metall, MDax,
Deutschlandticket, Verband Deutscher Verkehrsunternehmen, Verkehrsministerkonferenz,
Schweizerische Nationalbank, Swissmem, Landtag, Schwarzwald, SoVD, Favoriten, Schweinfurt;
the BBC, BBC Verify, Question Time, NBC's "Meet the Press", LBC, ABC's Insiders, CNN's
"State of the Union", "Fox News Sunday", CBC, Sky News, Times Radio, RTÉ's Morning Ireland,
ABC's "This Week", The Guardian, The Times, The Daily Telegraph, the Financial Times, the
Daily Mirror, the i, the Daily Mail, the Office for Budget Responsibility, HM Revenue and
Customs, the Agriculture Department, the White House, the Office for National Statistics,
the Police Federation, the Home Office, the Australian Bureau of Statistics, the FAIR Plan,
the House Budget Committee, the Treasury, the Congressional Budget Office, Statistics
Canada, the WTO, NHS England, the Royal College of Emergency Medicine, the Bank of England
and its Monetary Policy Committee, LSEG, the Green Party, Sinn Féin, the Department of
Housing, the Metropolitan Transportation Authority, Canal Street, and the datelines' cities)
stand for the way wire copy names them; every quote, verdict, figure, pledge, rate, tally,
price, poll and date here is invented, and where a real figure came to mind (a real troop
target, a real count of hospitals, a real ticket price and subsidy, a real housing target, a
real pension rate, a real toll, a real VAT cut) it was changed (the years of laws and the
start of a threshold freeze kept).

Its weight: OPINION VERSUS CLAIM, twenty-sixth round (the ninety-eighth, hundred-nineteenth,
hundred-twenty-fourth, hundred-thirty-first, hundred-thirty-eighth, hundred-forty-sixth,
hundred-fifty-eighth, hundred-sixty-fifth, hundred-seventy-fifth, hundred-eighty-first,
hundred-eighty-ninth, hundred-ninety-sixth, two-hundred-and-fourth, two-hundred-and-eighth,
two-hundred-and-fifteenth, two-hundred-and-twenty-second, two-hundred-and-twenty-ninth,
two-hundred-and-forty-first, two-hundred-and-forty-fifth, two-hundred-and-fifty-third,
two-hundred-and-sixty-first, two-hundred-and-sixty-ninth, two-hundred-and-seventy-seventh,
two-hundred-and-eighty-fifth and two-hundred-and-ninety-third batches were the first
twenty-five, and their decisions are kept; the hundred-seventy-fifth's interview and
talk-show forms and the hundred-thirty-eighth's press reviews and guest articles were read
closely), this time in commentary, interviews and talk-show reports - Sunday talk shows and
political programmes (ARD, ZDF, ORF, SRF, the BBC, NBC, CNN, Fox, CBC, ABC in Australia and
in the United States), radio interviews and phone-ins (Deutschlandfunk, LBC, Times Radio,
RTÉ), newspaper interviews, a podcast, a guest article and two press reviews - over one
winter in story order (January to March), 28 short stories with the German and English ones
interleaved by month, each told as wire copy runs it (a dateline lead with the guest's
figure, the figures in indirect speech, the guest's verdict in quotes, the other guest's or
the opposition's reply, an attributed figure from a statistics office, a desk's or
broadcaster's check). About 100 rows are negatives that look like claims: columnists',
guests', politicians' and experts' verdicts, predictions, moral judgements, creeds, sarcasm
and irony, rhetorical questions, slogans and labels - and, the round's fresh forms,
conditional verdicts („Wenn das die große Rentenreform sein soll, dann gute Nacht ...“, "If
this is what winning a trade war looks like, I'd hate to see losing"), insinuations („Es ist
kein Zufall, dass ...“, "It is no coincidence that ..."), emphatic frames around a verdict
("Make no mistake, ...", „Fakt ist: ...“, „Mit Verlaub, ...“), appeals to what everyone
knows („Jeder weiß doch, dass ...“, „Man muss kein Mediziner sein, um zu sehen, dass ...“),
comparisons used as judgement („verglich ... mit“, „vergleicht ... mit“, "likened ... to",
"likens ... to", "is like ...") and mock praise („Großartig, ...“, «Bravo, ...», „Schön,
dass ...“, "Wonderful news", "Congratulations to ministers for discovering ...", "Lovely to
see ...") - each beside a check-worthy look-alike around a verifiable core: the same
speaker's figure, plan, pledge or ruling-out, the same emphatic frame before a checkable
figure, a statistics office's figure, a paper's fact, a vote's tally, a broadcaster's
fact-check. Half German (dpa with its slug "dpa/lsw", dpa-AFX, APA, Keystone-SDA; Austrian
"heuer", "Jänner", Swiss "schliesst", "gemäss", "900'000", «» quotes, German „“ quotes) and
half English (Reuters, AP, PA, AAP; British "programme", "neighbourhood", "labour",
Australian "A$", Canadian dollars, Irish euros). Figures as such copy has them: percentages
and a move in percentage points, a cut in basis points, money in euros, dollars, pounds,
francs, Australian and Canadian dollars, counts of people, homes, jobs, clinics, turbines,
votes and hectares, a multiple („rund doppelt so hoch“), shares („mehr als die Hälfte“,
„fast jedes zweite Haus“, "about two-fifths"), ordinals, spans, years and dates; no negative
carries a figure.

240 rows (120 German, 120 English), 100 negatives (50 German, 50 English), 140 check-worthy
rows of which 12 carry no figure (7 German, 5 English), 187 expected quantities (54 counts,
46 percentages - 44 in %, 1 in basis points, 1 in percentage points -, 40 amounts of money -
20 EUR, 10 USD, 6 GBP, 2 CHF, 1 AUD, 1 CAD -, 15 years, 12 durations - 7 in years, 3 in
hours, 1 in months, 1 in weeks -, 11 dates, 6 ordinals, 3 fractions; none of them in a
negative), 37 checked speakers (19 German, 18 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, creed, verdict, prediction framed as the speaker's view, feeling, hope,
  fear, doubt or piece of rhetoric is a negative with speaker None, also with a named
  speaker and an office (seventh, ninety-eighth, hundred-seventy-fifth,
  two-hundred-and-fourth, two-hundred-and-ninety-third); a quoted or reported statement of
  fact, figure, step, plan, pledge, ruling-out or position is check-worthy with its speaker,
  also in Konjunktiv I (hundred-sixtieth, two-hundred-and-eighty-fifth). Pairs from one
  speaker: Lautenschläger's 4.2 billion euros beside her „Almosen“; Brinkhege's 2.1 million
  pensioners beside his „gute Nacht“ and his „kein Zufall“; Ashby-Kerr's 50 million pounds
  and her 4.1% beside "the fairest budget" and "a Sunday sofa"; Kessendorf's 24,000
  volunteers beside his prophecy and his question; Vandermeer's $14 billion and 38% beside
  "didn't start this fight"; Caldicott-Ames's 61 bankruptcies beside "I'd hate to see
  losing" and "How many more bailouts"; Hollersbacher's 6.1 and 5.6 billion euros and his
  ruling-out beside „kein Einnahmenproblem“; Penhaligon's 1,140 officers and 480 million
  pounds beside "a bobby on the beat"; Perret-Gentil's 250 million francs beside „kein
  Luxusgut“; Zwyssig's 900'000 beside his thermometer; Aebischer's 38 percent beside her
  question and her «Bravo»; Kellaway's 168,000 homes and his ruling-out; Moloney's A$1.62
  million beside her conditional verdict and her prediction; Rathore's 30% beside her
  belief; Wehlau's 1.7 million and 30 percent beside „Jeder weiß doch“ and his evasion;
  Whitlock's 85% beside "the fine print"; Dunleavy's date, $1.9 trillion and $1.5 trillion
  beside "a spending addiction" and "call me an extremist"; Solberg-Price's $2.3 trillion
  beside her question; Zirknitzer's 3.8 billion euros beside „Gießkanne mit Loch“ and „kein
  Zufall“; Lechthaler-Ruß's 20 percent beside her conviction; Lafrenière-Boyd's 9,000 jobs
  and 24 billion Canadian dollars beside "give up baseball"; Dellacroix's 14 complaints
  beside "back down"; Hassenkamp's 120 clinics, 1,640 hospitals and 1.8 billion euros beside
  „Nicht jedes Dorf“ and „Mit Verlaub“; Tiedemeyer's 24 insolvencies beside his Brexit
  verdict and „kein Mediziner“; Marlowe's 71.3% and 12-hour waits beside "working miracles"
  and "Make no mistake"; Hinchcliffe's 11,400 deaths beside "Congratulations" and "How many
  more corridors"; Ambrosius's 6 percent and his double energy costs beside „sondern
  Mathematik“; Quenby's four cuts beside "Personally, I think"; Sommerhalder's 1.7 billion
  euros beside „eine Hypothek“; Ohrtmann's 14.2 million beside his conditional irony and his
  question; Brackenridge's 11% beside "the reward for hard work"; Trevelyan's 1.41 million
  beside "a pony" and her question; Hafenscher's 600 teachers beside „der Schlüssel“;
  Eggenreiter's half beside „kein Zufall“; Strohmeier-Auer's 43 percent beside his
  scepticism; Akintola's 1,800 jobs and two-fifths beside "Within a few years" and "freeing
  them"; Renwick's 112,000 beside "Make no mistake"; Imhasly's 0.1 percent beside „eine
  Last“ and her evasion; Baumgartner-Sigg's 4.6 percent beside his marathon runner;
  Brennock's 33,600 homes and 2.9 billion euros beside "the defining issue"; Keaveney's
  1,980 euros beside her conditional verdict and "no coincidence"; Wohlleber-Faisst's 310
  turbines beside „Schön, dass ...“; Stammler's 240 hectares beside his „Kolonialisierung“;
  Obendorfer's 34,000 posts beside her conditional verdict; Achterberg's $612 million and
  11% beside "The streets belong to people".
- New: conditional verdicts. A verdict hung on an "if" or „wenn“ that sets up no case and
  names no measure is a negative - „Wenn das die große Rentenreform sein soll, dann gute
  Nacht, Generationengerechtigkeit“, „Wenn das eine Reform für die Patienten ist, dann war
  der Brexit eine Reform für die Exporteure“, „Wenn der Minister so weitermacht, fährt am
  Ende nur noch der Preis mit der Bahn“, „Wenn man die Pflege so finanziert, braucht man
  sich über leere Stellen nicht zu wundern“, "If this is what winning a trade war looks
  like, I'd hate to see losing", "If cutting waste is extremism, then call me an extremist",
  "If the Treasurer thinks that's a housing policy, ...", "If falling this far short counts
  as progress, ..." - as the hypothetical premise (hundred-eighty-ninth) and the
  counterfactual boast (two-hundred-and-twenty-ninth) are; a condition attached to a stated
  plan, position or rule stays check-worthy with its figure: "would not raise the limit
  unless it was paired with $1.5 trillion in spending cuts over ten years", "would impose
  matching tariffs on 24 billion Canadian dollars' worth of U.S. goods if the talks failed"
  (two-hundred-and-ninety-third: a threat of tariffs naming a figure), „wer ein zumutbares
  Jobangebot ablehne, solle ... künftig 30 Prozent weniger Regelsatz erhalten“ (a party's
  plan, hundred-eighty-ninth: pledges hanging on an election), "would exhaust its borrowing
  authority by Aug. 15 unless Congress acts" (a dated projection), „Laut Fiskalrat wird das
  Defizit ohne weitere Maßnahmen ... bei 4,2 Prozent liegen“ (a body's forecast under a
  condition of policy, hundred-thirty-first).
- New: emphatic frames. "Make no mistake", „Fakt ist“ and „Mit Verlaub“ neither make nor
  unmake a claim: the row is judged by what follows the frame. "Make no mistake: borrowing
  fell to 4.1% of GDP last year, the lowest since 2019" and „Fakt ist, dass die
  Zinszahlungen des Bundes heuer auf 5,6 Milliarden Euro steigen“ are check-worthy with
  their figures and speakers, while "Make no mistake, this is the fairest budget ... in a
  generation", "Make no mistake, the insurance industry is holding this state hostage",
  "Make no mistake, this winter has been the hardest our emergency departments have ever
  faced" (a superlative of quality, hundred-twenty-fourth, beside the superlatives with a
  point of reference "the lowest since 2019" and "their highest level since 2008"), "Make no
  mistake, the AI layoffs are only getting started" (a prediction), „Fakt ist: Dieses Land
  hat kein Einnahmenproblem, sondern ein Ausgabenproblem“ (a slogan) and „Mit Verlaub, wer
  jetzt nach Steuergeld ruft, ...“ (a maxim) are negatives.
- New: insinuations. „Es ist kein Zufall, dass ...“ and "It is no coincidence that ..."
  assert a hidden motive or cause, not the clause after them, which is presupposed: „...
  dass die Regierung diese Zahl ausgerechnet vor den Landtagswahlen verkündet“, „... dass
  diese Regierung immer zuerst bei den Kleinen spart ...“, „... dass ausgerechnet jetzt die
  Landesversorger ihre Rekordgewinne feiern“, „... dass gerade jene Parteien jetzt Lösungen
  versprechen, die das Problem geschaffen haben“ and "... that the same developers keep
  turning up at the minister's fundraisers" are negatives, as an accusation that names no
  act (two-hundred-and-ninety-third); the fact they lean on stays check-worthy where it is
  stated on its own (the Landesenergieversorger's 3.4 billion euros „wie aus einer
  Auswertung der Arbeiterkammer hervorgeht“).
- New: appeals to what everyone knows. „Jeder weiß doch, dass sich Arbeit in diesem Land für
  viele nicht mehr lohnt“ and „Man muss kein Mediziner sein, um zu sehen, dass längere Wege
  Leben kosten“ are negatives - the frame claims that a verdict is obvious and names no
  fact, as a figure disputed without a counter-figure („Jeder Pensionist ... weiß“,
  hundred-fifty-eighth) is a negative.
- New: comparisons used as judgement. A simile or analogy that labels a policy is a negative
  with or without a verb of comparing - „verglich die geplante Mietpreisregulierung mit
  «einem Fieberthermometer, ...»“, „verglich die Pläne mit einer „Kürzung per Rasenmäher““,
  „vergleicht die Reform mit „einer Diät, ...““, „verglich die Industrie mit «einem
  Marathonläufer, ...»“, „verglich den Ausbau ... mit „einer Kolonialisierung des
  Schwarzwalds““, "likened the government's housing target to "promising everyone a pony"",
  "likens the Chancellor to "a magician ..."", "is like watching someone rearrange the
  deckchairs on the Titanic", "is like asking the Americans to give up baseball", "like
  charging people to breathe", "about as clear as a London fog", „wie eine Dolmetscherin
  ohne Wörterbuch“ - as labels with „nannte“ and "called" (ninety-eighth) and the trade-off
  comparisons (two-hundred-and-fifty-third); a comparison of two measures stays check-worthy
  („die Energiekosten in den deutschen Werken lägen rund doppelt so hoch wie in den USA“ 2
  "about"; „38 Prozent teurer inseriert als bestehende Mietverhältnisse“;
  two-hundred-and-twenty-second, two-hundred-and-sixty-ninth).
- Irony and mock praise are negatives (two-hundred-and-sixty-first: sarcasm), with
  „spottete“ or without it: „Großartig, dann gründen wir eben noch ein paar Arbeitskreise
  statt Kasernen“, «Bravo, der Bundesrat hat die Wohnungsnot entdeckt», „Pünktlich zur
  Hauptversammlung entdeckt der Vorstand die Sparsamkeit“, „Schön, dass die Opposition jetzt
  auch Windräder mag ...“, "Wonderful news - perhaps the new officers can go looking for
  those the last government promised", "Congratulations to ministers for discovering that
  winter happens every year", "Lovely to see Ottawa discover its spine ...", a columnist's
  "Freeing them straight into the unemployment line, apparently" and a shopkeeper's "Sure,
  traffic is down - so are the shops" (a vox pop, hundred-twenty-fourth; its concession
  states no figure). New: mock praise without a verb of mocking is read as irony by its
  words alone - praise for discovering what is plain, or a welcome that ends in a jab -
  since its literal content asserts nothing anyone would hold the speaker to.
- Predictions, creeds and moral judgements (hundred-thirty-eighth, hundred-fifty-eighth,
  hundred-seventy-fifth, hundred-ninety-sixth, two-hundred-and-ninety-third): a pundit's, a
  paper's or a party's prediction without a figure is a negative also when it is stated
  flatly in the future tense or with „prophezeite“, „sagte voraus“, "predicted" („ohne
  Pflichtdienst werde die Bundeswehr ihre Ziele nie erreichen“, „Die Opposition prophezeite,
  ...“, "Moloney predicted ...", "Within a few years, nobody will remember ...", "he
  expected Ottawa to "back down""), as are group expectations ("Farm economists expect ...",
  "Leaders of both parties privately expect ...", „Branchenvertreter erwarten ...“), the
  speaker's own view ("Personally, I think ...", «Ich persönlich glaube nicht ...», "said
  she believed ...", „zeigte sich überzeugt“, „zeigte sich skeptisch“), creeds and maxims
  („Wohnen darf in diesem Land kein Luxusgut werden“, "Home ownership should be the reward
  for hard work, ...", "The streets belong to people, ...", "Housing is the defining issue
  of this generation, ..."), moral judgements („das ist keine Drohung, sondern Mathematik“,
  „kein Geschenk, sondern eine Hypothek“) and superlatives of quality. Forecasts with a
  figure from a minister, a central banker or a body stay check-worthy (hundred-sixty-fifth,
  hundred-seventy-fifth): Hassenkamp „rechnet ... mit der Schließung von bis zu 120 Kliniken
  in den kommenden fünf Jahren“, "she expected inflation to fall back to the 2% target by
  the end of next year", "The Office for Budget Responsibility forecast ... 1.2%", "Treasury
  officials expect the freeze to bring in 8.2 billion pounds a year by 2030", "The Times
  notes that the freeze ... will pull an estimated 1.1 million more people ...".
- Rhetorical questions are negatives in quotes and from papers (hundred-sixteenth,
  hundred-nineteenth, two-hundred-and-twenty-second): „Wie will man eine Armee vergrößern,
  ...?“, «Wer soll sich in Zürich eine Familienwohnung überhaupt noch leisten können?», „Wer
  glaubt eigentlich noch, ...?“, fragt der „Münchner Merkur“, „Wer steigt denn vom Auto um,
  ...?“, "How many more bailouts ...?", "Who in their right mind writes a policy in a canyon
  ...?", "Where was all this concern about deficits ...?", "How many more corridors ...?",
  "Who exactly are these homes for, ...?", "What exactly was the point of promising not to
  raise taxes?" asks the Daily Mail. New: a talk-show host's question reported in indirect
  speech („Die Moderatorin fragte, ob die Ministerin auch das Krankenhaus in ihrem eigenen
  Wahlkreis schließen würde.“) is a negative, as a reported question in a chamber
  (hundred-seventy-fifth).
- Interview forms (hundred-seventy-fifth): evasions and refusals are negatives ("Asked
  whether income tax would rise ..., Ashby-Kerr said she would "not write budgets on a
  Sunday sofa."", „konnte Wehlau nicht sagen“, „wollte Imhasly nicht sagen“, "remains an
  open question"); a ruling-out stated as a position is check-worthy without a figure („Eine
  Erhöhung der Mehrwertsteuer schloss Hollersbacher aus.“, "Kellaway said the government
  would not change the tax treatment of investment properties before the election.", "Canada
  will not offer the United States any new access to its dairy market ...", „Die
  Schweizerische Nationalbank schliesst eine Rückkehr zu Negativzinsen weiterhin nicht aus.“
  - a central bank's stated policy, eighty-seventh). So are other steps and positions
  without a figure (hundred-seventieth, two-hundred-and-ninety-third): „teilte die E-Control
  mit“ with its stated cause, the cabinet's scheduled decision, the Bundesrat's vote still
  needed, the Länder's rejection, the plant's closure, the White House's condition, the Home
  Office's grant, NHS England's instruction, the appeals court's hearing. Callers, audience
  members, a teacher and commuters are vox pops and negatives (hundred-twenty-fourth,
  two-hundred-and-sixty-ninth); labels with „nannte“, "called", „sprach von“ (ninety-eighth)
  and an accusation that names no act („warfen Wehlau vor, mit dem Feuer der Neiddebatte zu
  spielen“; two-hundred-and-ninety-third) are negatives.
- Press reviews and guest articles (hundred-twenty-fourth, hundred-thirty-eighth): the
  opening line of a press review that names the day's theme is a negative („Die Einigung der
  Koalition ... beschäftigt am Freitag die Kommentatoren ...“, "The Chancellor's spring
  statement dominates Thursday's front pages, ..."), as are the papers' commentaries
  („schreibt, die Koalition habe den Mut zur Ehrlichkeit ...“, „Die „taz“ kommentiert, ...“)
  and a front-page headline ("The Daily Mirror's front page reads simply: "Thanks for
  nothing.""); a paper's checkable fact is check-worthy with the speaker unchecked
  („erinnert daran, dass ...“, „weist darauf hin, dass ...“, „merkt an, dass ...“, "points
  out that", "notes that", "reports that"). A guest article's figure is its writer's own
  claim and check-worthy („Zirknitzer schrieb, die Bremse habe den Bund in zwei Jahren rund
  3,8 Milliarden Euro gekostet.“; „schrieb“ unchecked), while its label and its insinuation
  stay negatives. New: a broadcaster's or a desk's fact-check of a guest's claim is
  check-worthy with its figure and the speaker unchecked („Ein Faktencheck des Senders
  ergab, dass das Rentenniveau derzeit bei 48,1 Prozent liegt.“, "A BBC Verify check after
  the programme found that the number of homes completed had in fact fallen by 4% on the
  year before.") - a finding of record, as a study's finding (two-hundred-and-forty-fourth).
- Counts (every batch): people, homes, jobs, posts, clinics, turbines, policies and
  complaints with their hedges („rund 183.200“, „rund 24.000“, „rund 900'000“, „rund 1,7
  Millionen“, „rund 5,5 Millionen“, „rund 21,6 Millionen“, „rund 1.640“, „rund 14,2
  Millionen“, „rund 41.000“, „rund 34.000“, "about 41,000", "about 9,000", "about 11,400",
  "about 1,800", "about 112,000", "More than 590,000" "over", "an estimated 1.1 million more
  people" "about" - "more" after the figure no hedge, hundred-first), hectares as counts
  („rund 240 Hektar“, „rund 260 Hektar“; two-hundred-and-forty-fourth), tallies ("voted 6-3"
  6 and 3, hundred-seventy-fifth: "voted 306-118"; „mit 498 zu 181 Stimmen bei 12
  Enthaltungen“), "four times" 4 (the issue's "viermal"), "Two of the state's largest
  insurers" 2, „rund doppelt so hoch wie“ 2 "about" (two-hundred-and-ninety-third: „fast
  doppelt so viel“), "3,000 additional", „weitere 310 Anlagen“ and „600 zusätzliche“ with no
  hedge, "two more cuts" 2 ("more" after the figure no hedge). None: "dozens", „Tausende“,
  "both parties", „die Kleinen“.
- Percentages, fractions and ordinals: „um 0,3 Prozentpunkte ... von dann 3,9 Prozent“ 0.3
  pp and 3.9 % (fifty-seventh); "two more cuts of 25 basis points each" 25 bp ("each" none);
  „bis zu 0,5 Prozent“ "up_to", „mindestens 15 Prozent“ "at_least", "at least 85%"
  "at_least", „etwa 8 Prozent mehr“ and „rund 20 Prozent“ "about", „um durchschnittlich 3,1
  Prozent“ and „im Schnitt 38 Prozent“ with no hedge, "to 7% from 13.5%" both. New: „auf 0
  Prozent gesenkt“ is percent 0 - a rate of zero written as a figure is a percentage like
  any other, as „0,1 Prozent“ is. Fractions (the issue): „mehr als die Hälfte“ 0.5 "over",
  „fast jedes zweite Haus“ 0.5 "nearly" (the issue's "jeder vierte"), "about two-fifths" 0.4
  "about" (the issue's "two-fifths"). Ordinals: „im zweiten Halbjahr“ 2, "in the fourth
  quarter" 4, "its first full year" 1 (two-hundred-and-ninety-third), "in the first two
  months" 1 and 2 months (three-hundredth: "in the first six months"), „im ersten Jahr“ 1
  (two-hundred-and-fourth), „zum dritten Mal in dieser Woche“ 3. None: "the final quarter",
  "the lowest", "their highest level", "the hardest", "the fairest", „schwächster Wert“.
- Durations and spans (the issue: "a two-week visit"): "within two weeks" 2 weeks, "over
  three years", "over the past three years" and "over ten years" with no hedge ("over"
  before a span, hundred-sixteenth, three-hundredth), "in each of the past two years" 2
  years (two-hundred-and-seventy-sixth: "in three of the past five years"), „in zwei Jahren“
  2 years, „in den kommenden fünf Jahren“ 5 years, „nach zwei Jahren in einer Förderklasse“
  2 years, "longer than four hours" 4 hours "over" (hundred-thirty-eighth: "longer than 12
  hours"), "within four hours" 4 hours, "12-hour waits" 12 hours. None: "last year", "this
  year", "next year", "the year before", "a year earlier", "the year to September", "the
  last fiscal year", "the last financial year", "over a decade", "in a generation", "a
  month", "a year", "at peak hours", "since April", "since March", "since last August",
  "last month", „im vergangenen Jahr“, „im Jahr davor“, „im kommenden Jahr“, „in diesem
  Jahr“, „heuer“, „Ende des Vorjahres“, „im vergangenen Schuljahr“, „bis Ende des kommenden
  Jahres“, „im Jahr“, „im Monat“, „jährlich“, „jahrelang“, „Jahrzehnte“, „am Sonntagabend“,
  „ab Herbst“, „im Frühjahr“.
- Years and dates: "since 2019", "since 2020", "since 2021", "since 1995", "since 2008", "to
  2031", "by 2030", "in 2020", „seit 2010“, „seit 2015“, „seit 2022“, „bis 2032“, „bis Ende
  2028“ the year; "by mid-2030" 2030 (two-hundred-and-ninety-third: "until mid-2028"); "the
  2017 tax law" 2017 (two-hundred-and-ninety-third: "a 2023 law"). Dates: „zum 1. Juli“
  --07-01 (twice) and „zum 1. Januar“ --01-01 (three-hundredth: „ab 1. November“), "by Aug.
  15" --08-15 and "on Jan. 21" --01-21 (two-hundred-and-ninety-third: "on Jan. 1"); Reuters
  datelines with a day ("LONDON, Jan 10", "SACRAMENTO, Feb 1", "OTTAWA, Feb 8", "LONDON,
  March 2", "SAN FRANCISCO, March 9", "DUBLIN, March 16") dates without a year
  (hundred-sixtieth); dpa, dpa-AFX, dpa/lsw, APA, Keystone-SDA, AP, PA and AAP datelines
  none (seventy-ninth). Months named without a day ("in December", "in January", "in May",
  „im Dezember“, „im Jänner“, „Ende Februar“) none.
- Money in the currency written (every batch): EUR („rund 4,2 Milliarden Euro“, „rund 3,8
  Milliarden Euro“, „rund 3,4 Milliarden Euro“ and „rund 9 Milliarden Euro“ "about", „6,1
  Milliarden Euro“, „5,6 Milliarden Euro“, „62,4 Milliarden Euro“, „4,5 Milliarden Euro“,
  „571 Euro“, „34 Milliarden Euro“, „11,4 Milliarden Euro“, „1,20 Euro pro Papier“ 1.2, „von
  63 auf 69 Euro im Monat“ both, „jeweils 1,7 Milliarden Euro im Jahr“ - „jeweils“ no hedge
  -, „bei einem Preis von über 69 Euro“ "over", „1,8 Milliarden Euro“, „3.180 Euro im
  Monat“, "2.9 billion euros", "1,980 euros a month"), GBP ("6.5 billion pounds a year",
  "above 50 million pounds" "over" - two-hundred-and-ninety-third: "above" before a sum -,
  "about 3.1 billion pounds", "480 million pounds", "£297,500", "8.2 billion pounds a
  year"), USD ("$14 billion", "$11.2 billion", "$19.6 billion", "$1.9 trillion", "$1.5
  trillion", "$962 billion", "about $2.3 trillion", "$4.7 billion", "$612 million", "$11"),
  CHF („zusätzlich 250 Millionen Franken“ - „zusätzlich“ no hedge -, „rund 712 Milliarden
  Franken“), AUD ("A$1.62 million"), CAD ("24 billion Canadian dollars' worth").
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "an estimated" "about";
  „fast“ "nearly"; „mehr als“, „über“, "More than", "above", "longer than" "over"; „bis zu“
  "up_to"; „mindestens“, "at least" "at_least". No hedge: „durchschnittlich“, „im Schnitt“,
  „derzeit“, „zuletzt“, „nur“, „allein“, „jeweils“, „zusätzlich“, „zusätzliche“, „weitere“,
  „unverändert“, "additional", "now", "within", "over" before a span, "more" after a figure.
- Speakers, checked only in forms the earlier batches settled: the surname after a quote or
  a Konjunktiv I paraphrase („sagte Lautenschläger“, „sagte Oberthür“, „sagte Hollersbacher“
  twice, „sagte Wehlau“; hundred-eightieth, three-hundredth); the surname opening the row
  („Brinkhege sagte“, „Aebischer sagte“, „Lechthaler-Ruß sagte“; forty-second); the name
  with the office, the party and the programme or paper dropped („Bundesrätin Claudine
  Perret-Gentil sagte in der SRF-Sendung «Arena»“, „Vorstandschef Detlef Ambrosius sagte dem
  „Handelsblatt““, „Verkehrsminister Benedikt Sommerhalder (CSU) sagte der „Bild am
  Sonntag““, „Bildungsminister Clemens Hafenscher (NEOS) sagte in der ORF-Diskussionssendung
  „Im Zentrum““, „SNB-Direktoriumsmitglied Corinne Imhasly sagte der «NZZ am Sonntag»“,
  „Umweltministerin Katrin Wohlleber-Faisst sagte im Podcast der „Stuttgarter Nachrichten““;
  hundred-seventy-fifth: „sagte Zurbriggen der «SonntagsZeitung»“ and „Bundesinnenminister
  Ralf Eichhorn (CSU) sagte der „Bild am Sonntag““), „In einer ARD-Talkshow sagte Hassenkamp
  am Sonntagabend“ and „Gesundheitsministerin Hassenkamp sagte im ZDF“ -> "Hassenkamp";
  „teilte die E-Control mit“ -> "die E-Control"; „Nach Angaben der Bundesagentur für Arbeit“
  -> "die Bundesagentur für Arbeit" and „Nach Angaben des Umweltministeriums“ -> "das
  Umweltministerium" (the source in the nominative, hundred-twenty-fourth, three-hundredth).
  English: "Ashby-Kerr told the BBC that" and "..., Ashby-Kerr said." -> "Ashby-Kerr"; "Sen.
  Corliss Vandermeer said Sunday that" -> "Corliss Vandermeer" (hundred-seventy-fifth: "Sen.
  Dale Overstreet told CBS's ..."); "Home Secretary Idris Penhaligon told LBC that", "NHS
  England chief executive Saskia Marlowe told Sky News that", "House Budget Committee
  Chairman Royce Dunleavy said Sunday that", "..., International Trade Minister Josée
  Lafrenière-Boyd said on Sunday.", "..., Housing Minister Cathal Brennock said on Monday."
  and "..., Mayor Desmond Achterberg said Sunday." the name with the office, the broadcaster
  and the weekday dropped; "Kellaway told ABC's Insiders that", "Whitlock told CNN's "State
  of the Union" that", "Dunleavy told "Fox News Sunday" that", "Lafrenière-Boyd told CBC
  television that", "Quenby told Times Radio that", "Appearing on the BBC's Question Time,
  Brackenridge said" and "Akintola said" the surname; "..., the Office for National
  Statistics said last month." and "..., the Metropolitan Transportation Authority said."
  with the article. Left unchecked (None): all negatives, also those with a named speaker;
  rows without attribution; lower-case descriptions before a name ("finance minister
  Gwendolyn Ashby-Kerr said", "state Insurance Commissioner Anselm Whitlock said", "Bank of
  England policymaker Harriet Quenby said", "chief executive Dorian Akintola said in a
  podcast interview"), "Treasurer Damian Kellaway says" (the present tense of a lead), "The
  industry group Pacific Insurers Council said" (a description before the name, fortieth),
  bodies' "said" opening a row ("The White House said", "The Home Office said", "NHS England
  said", "The Treasury Department said in a letter to lawmakers"), "according to ..." (HM
  Revenue and Customs, department figures, the Office for National Statistics, the
  Australian Bureau of Statistics, the Congressional Budget Office, NHS England figures,
  LSEG data, Department of Housing figures), "Statistics Canada data show", "citing ...",
  the papers' "notes", "reports", "points out", „erinnert daran“, „weist darauf hin“, „merkt
  an“, „schrieb“, „verwies darauf“, „verwies auf“, „bezifferte“, „schloss ... aus“, „nach
  Angaben der Deutschen Rentenversicherung“ (an adjective in the name), „nach Angaben des
  Ministeriums“ and „nach Angaben des Unternehmens“ (generic referents), „nach Angaben der
  Regulierungsbehörde E-Control“ (a description before the name), „Nach eigenen Angaben“,
  „Laut Fiskalrat“, „Laut Statistik Austria“, „gemäss Bundesamt für Statistik“, „wie aus
  Daten der Statistik Austria hervorgeht“, „wie aus einer Auswertung der Arbeiterkammer
  hervorgeht“, „Laut einer Umfrage des Verbands Deutscher Verkehrsunternehmen“, "A BBC
  Verify check ... found", „Ein Faktencheck des Senders ergab“. As the two-hundred-and-sixth
  and three-hundredth batches did, and to keep the checked speakers near 35, this batch also
  leaves unchecked forms it could have checked: „teilte die Verkehrsministerkonferenz mit“,
  „Wehlau sagte“ (his plan), „Zwyssig sagte“, „Tiedemeyer sagte“, „Ambrosius sagte“,
  „Ohrtmann sagte“, „Eggenreiter sagte“, „Baumgartner-Sigg sagte“, „Stammler sagte“,
  „Obendorfer sagte“; "Vandermeer told NBC's "Meet the Press"", "Caldicott-Ames said",
  "Penhaligon said", "Kellaway said", "Moloney said", "Rathore said", "Dunleavy said",
  "Solberg-Price said", "Lafrenière-Boyd said", "Dellacroix said", "Marlowe said",
  "Hinchcliffe said", "Trevelyan said", "Renwick said", "Brennock told RTÉ radio's Morning
  Ireland", "Keaveney said", "Achterberg told ABC's "This Week"".

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_307 = [
    # --- Rentenniveau bei „Maischberger“ (dpa), Januar ---
    (
        "de",
        "Berlin (dpa) - Bundesarbeitsministerin Henrike Lautenschläger (SPD) hat in der ARD-Sendung „Maischberger“ eine Anhebung der Renten zum 1. Juli um 3,4 Prozent angekündigt.",
        True,
        [("date", "--07-01", None, None), ("percent", 3.4, "%", None)],
        None,
    ),
    (
        "de",
        "Die Anhebung koste die Rentenversicherung im zweiten Halbjahr rund 4,2 Milliarden Euro, sagte Lautenschläger.",
        True,
        [("ordinal", 2, None, None), ("money", 4200000000, "EUR", "about")],
        "Lautenschläger",
    ),
    (
        "de",
        "„Wer Jahrzehnte in die Kasse eingezahlt hat, soll im Ruhestand nicht um Almosen bitten müssen“, sagte die Ministerin.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Wenn das die große Rentenreform sein soll, dann gute Nacht, Generationengerechtigkeit“, sagte der CDU-Sozialpolitiker Malte Brinkhege in der Sendung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Brinkhege sagte, die Zahl der Rentnerinnen und Rentner sei seit 2010 um 2,1 Millionen gestiegen.",
        True,
        [("year", 2010, None, None), ("count", 2100000, None, None)],
        "Brinkhege",
    ),
    (
        "de",
        "„Es ist kein Zufall, dass die Regierung diese Zahl ausgerechnet vor den Landtagswahlen verkündet“, sagte Brinkhege.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Eine Rente beziehen nach Angaben der Deutschen Rentenversicherung derzeit rund 21,6 Millionen Menschen.",
        True,
        [("count", 21600000, None, "about")],
        None,
    ),
    (
        "de",
        "Das Kabinett soll das Rentenpaket nach Angaben des Ministeriums am kommenden Mittwoch beschließen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ein Faktencheck des Senders ergab, dass das Rentenniveau derzeit bei 48,1 Prozent liegt.",
        True,
        [("percent", 48.1, "%", None)],
        None,
    ),
    # --- Glücksspielabgabe im BBC-Interview (Reuters), January ---
    (
        "en",
        "LONDON, Jan 10 (Reuters) - Britain will raise 6.5 billion pounds a year from a new levy on online gambling firms, finance minister Gwendolyn Ashby-Kerr said on Sunday.",
        True,
        [("date", "--01-10", None, None), ("money", 6500000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Ashby-Kerr told the BBC that the levy would apply to firms with annual profits above 50 million pounds.",
        True,
        [("money", 50000000, "GBP", "over")],
        "Ashby-Kerr",
    ),
    (
        "en",
        '"Make no mistake, this is the fairest budget working families have seen in a generation," she said.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"Make no mistake: borrowing fell to 4.1% of GDP last year, the lowest since 2019," Ashby-Kerr said.',
        True,
        [("percent", 4.1, "%", None), ("year", 2019, None, None)],
        "Ashby-Kerr",
    ),
    (
        "en",
        'The shadow chancellor called the levy "a tax on the few dressed up as help for the many."',
        False,
        [],
        None,
    ),
    (
        "en",
        '"Watching this government run the economy is like watching someone rearrange the deckchairs on the Titanic," he said later.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Office for Budget Responsibility forecast in November that the economy would grow by 1.2% this year.",
        True,
        [("percent", 1.2, "%", None)],
        None,
    ),
    (
        "en",
        'Asked whether income tax would rise before the next election, Ashby-Kerr said she would "not write budgets on a Sunday sofa."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Gambling operators paid about 3.1 billion pounds in duties in the last financial year, according to HM Revenue and Customs.",
        True,
        [("money", 3100000000, "GBP", "about")],
        None,
    ),
    # --- Wehrdienst bei „Markus Lanz“ (dpa), Januar ---
    (
        "de",
        "Hamburg (dpa) - Verteidigungsminister Frank Oberthür (SPD) hat in der ZDF-Sendung „Markus Lanz“ das Ziel bekräftigt, die Bundeswehr bis 2032 auf 207.000 Soldatinnen und Soldaten zu vergrößern.",
        True,
        [("year", 2032, None, None), ("count", 207000, None, None)],
        None,
    ),
    (
        "de",
        "Derzeit dienten rund 183.200 Männer und Frauen in der Truppe, sagte Oberthür.",
        True,
        [("count", 183200, None, "about")],
        "Oberthür",
    ),
    (
        "de",
        "Der Militärhistoriker Arnulf Kessendorf prophezeite, ohne Pflichtdienst werde die Bundeswehr ihre Ziele nie erreichen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Kessendorf verwies darauf, dass sich im vergangenen Jahr nur rund 24.000 Freiwillige zum neuen Wehrdienst gemeldet hätten.",
        True,
        [("count", 24000, None, "about")],
        None,
    ),
    (
        "de",
        "„Wie will man eine Armee vergrößern, in der schon heute die Kasernen bröckeln?“, fragte Kessendorf.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Im Haushalt sind für die Bundeswehr in diesem Jahr 62,4 Milliarden Euro vorgesehen, hinzu kommen Mittel aus dem Sondervermögen.",
        True,
        [("money", 62400000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Großartig, dann gründen wir eben noch ein paar Arbeitskreise statt Kasernen“, spottete die Linken-Abgeordnete Sevim Kara-Holtmann.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach eigenen Angaben hat die Bundeswehr im vergangenen Jahr 18.700 Soldatinnen und Soldaten neu eingestellt, etwa 8 Prozent mehr als im Jahr davor.",
        True,
        [("count", 18700, None, None), ("percent", 8, "%", "about")],
        None,
    ),
    # --- Farm aid on "Meet the Press" (AP), January ---
    (
        "en",
        "WASHINGTON (AP) — Sen. Corliss Vandermeer said Sunday that Congress would vote within two weeks on a $14 billion aid package for farmers hit by retaliatory tariffs.",
        True,
        [("duration", 2, "week", None), ("money", 14000000000, "USD", None)],
        "Corliss Vandermeer",
    ),
    (
        "en",
        'Vandermeer told NBC\'s "Meet the Press" that soybean exports to China had fallen by 38% in the fourth quarter.',
        True,
        [("percent", 38, "%", None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "\"Our farmers didn't start this fight, and they shouldn't have to pay for it,\" Vandermeer said.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"If this is what winning a trade war looks like, I\'d hate to see losing," said Sen. Ruth Caldicott-Ames, a Democrat.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Caldicott-Ames said farm bankruptcies in her state had risen to 61 last year from 37 the year before.",
        True,
        [("count", 61, None, None), ("count", 37, None, None)],
        None,
    ),
    ("en", '"How many more bailouts before somebody admits the tariffs aren\'t working?" she asked.', False, [], None),
    (
        "en",
        "The Agriculture Department paid out $11.2 billion in trade aid in the previous round, according to department figures.",
        True,
        [("money", 11200000000, "USD", None)],
        None,
    ),
    ("en", "Farm economists expect more family operations to sell up before spring planting.", False, [], None),
    (
        "en",
        "The White House said the tariffs would stay in place until China resumed purchases of U.S. soybeans.",
        True,
        [],
        None,
    ),
    # --- Budget in der „Pressestunde“ (APA), Jänner ---
    (
        "de",
        "Wien (APA) - Finanzminister Raimund Hollersbacher (ÖVP) hat in der ORF-„Pressestunde“ am Sonntag ein Budgetdefizit von 3,9 Prozent der Wirtschaftsleistung für heuer bestätigt.",
        True,
        [("percent", 3.9, "%", None)],
        None,
    ),
    (
        "de",
        "Das Konsolidierungspaket bringe heuer 6,1 Milliarden Euro, sagte Hollersbacher.",
        True,
        [("money", 6100000000, "EUR", None)],
        "Hollersbacher",
    ),
    ("de", "Eine Erhöhung der Mehrwertsteuer schloss Hollersbacher aus.", True, [], None),
    (
        "de",
        "„Fakt ist: Dieses Land hat kein Einnahmenproblem, sondern ein Ausgabenproblem“, sagte Hollersbacher.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Fakt ist, dass die Zinszahlungen des Bundes heuer auf 5,6 Milliarden Euro steigen“, sagte Hollersbacher.",
        True,
        [("money", 5600000000, "EUR", None)],
        "Hollersbacher",
    ),
    (
        "de",
        "SPÖ-Budgetsprecherin Andrea Moosbrugger-Lenz nannte das Paket „sozial blind und ökonomisch kurzsichtig“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Es ist kein Zufall, dass diese Regierung immer zuerst bei den Kleinen spart und nie bei den Stiftungen“, sagte Moosbrugger-Lenz.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Laut Fiskalrat wird das Defizit ohne weitere Maßnahmen im kommenden Jahr bei 4,2 Prozent liegen.",
        True,
        [("percent", 4.2, "%", None)],
        None,
    ),
    (
        "de",
        "Die Staatsschuldenquote lag Ende des Vorjahres bei 82,7 Prozent, wie aus Daten der Statistik Austria hervorgeht.",
        True,
        [("percent", 82.7, "%", None)],
        None,
    ),
    # --- Neighbourhood police on LBC (PA), January ---
    (
        "en",
        "LONDON (PA) - The Home Secretary has pledged to put 3,000 additional neighbourhood officers on the streets of England and Wales by the end of next year.",
        True,
        [("count", 3000, None, None)],
        None,
    ),
    (
        "en",
        "Home Secretary Idris Penhaligon told LBC that forces had recruited 1,140 of them since April.",
        True,
        [("count", 1140, None, None)],
        "Idris Penhaligon",
    ),
    (
        "en",
        '"Every community deserves to see a bobby on the beat, not a squad car speeding past," Penhaligon said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'A caller from Rotherham told the minister she had "given up" reporting shoplifting because nobody ever came.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Police recorded 516,000 shoplifting offences in England and Wales in the year to September, up 13%, according to the Office for National Statistics.",
        True,
        [("count", 516000, None, None), ("percent", 13, "%", None)],
        None,
    ),
    (
        "en",
        '"Wonderful news - perhaps the new officers can go looking for those the last government promised," the Liberal Democrats\' home affairs spokesman said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Penhaligon said the government would spend 480 million pounds on the scheme over three years.",
        True,
        [("money", 480000000, "GBP", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        'The Police Federation said officers felt "taken for granted" by successive governments.',
        False,
        [],
        None,
    ),
    ("en", "The Home Office said the money would be paid to forces as a ring-fenced grant.", True, [], None),
    # --- Mieten in der «Arena» (Keystone-SDA), Januar ---
    (
        "de",
        "Bern (Keystone-SDA) - Inserierte Wohnungen sind in der Schweiz im vergangenen Jahr um durchschnittlich 3,1 Prozent teurer geworden.",
        True,
        [("percent", 3.1, "%", None)],
        None,
    ),
    (
        "de",
        "Bundesrätin Claudine Perret-Gentil sagte in der SRF-Sendung «Arena», der Bund wolle den gemeinnützigen Wohnungsbau mit zusätzlich 250 Millionen Franken fördern.",
        True,
        [("money", 250000000, "CHF", None)],
        "Claudine Perret-Gentil",
    ),
    ("de", "«Wohnen darf in diesem Land kein Luxusgut werden», sagte die Bundesrätin.", False, [], None),
    (
        "de",
        "SVP-Nationalrat Beat Zwyssig verglich die geplante Mietpreisregulierung mit «einem Fieberthermometer, das man in Eiswasser taucht».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Zwyssig sagte, die Bevölkerung sei seit 2015 um rund 900'000 Personen gewachsen.",
        True,
        [("year", 2015, None, None), ("count", 900000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Leerwohnungsziffer lag gemäss Bundesamt für Statistik zuletzt bei 1,08 Prozent.",
        True,
        [("percent", 1.08, "%", None)],
        None,
    ),
    (
        "de",
        "«Wer soll sich in Zürich eine Familienwohnung überhaupt noch leisten können?», fragte die SP-Nationalrätin Leonie Aebischer.",
        False,
        [],
        None,
    ),
    ("de", "«Bravo, der Bundesrat hat die Wohnungsnot entdeckt», spottete Aebischer.", False, [], None),
    (
        "de",
        "Aebischer sagte, in Zürich würden freie Wohnungen im Schnitt 38 Prozent teurer inseriert als bestehende Mietverhältnisse.",
        True,
        [("percent", 38, "%", None)],
        "Aebischer",
    ),
    # --- Housing target on "Insiders" (AAP), January ---
    (
        "en",
        "SYDNEY (AAP) - Treasurer Damian Kellaway says the government will still build 1.1 million homes by mid-2030 despite missing its targets in each of the past two years.",
        True,
        [("count", 1100000, None, None), ("year", 2030, None, None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "Kellaway told ABC's Insiders that 168,000 homes had been completed in the year to September.",
        True,
        [("count", 168000, None, None)],
        "Kellaway",
    ),
    (
        "en",
        "Kellaway said the government would not change the tax treatment of investment properties before the election.",
        True,
        [],
        None,
    ),
    (
        "en",
        "\"If the Treasurer thinks that's a housing policy, he's been reading too many of his own press releases,\" opposition housing spokeswoman Tegan Moloney said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Moloney said the median house price in Sydney had reached A$1.62 million.",
        True,
        [("money", 1620000, "AUD", None)],
        None,
    ),
    ("en", 'Moloney predicted the target would be "quietly dropped" before the next election.', False, [], None),
    (
        "en",
        "Building approvals fell 4.2% in December, according to the Australian Bureau of Statistics.",
        True,
        [("percent", 4.2, "%", None)],
        None,
    ),
    (
        "en",
        "Housing economist Priyanka Rathore said she believed the target had always been more slogan than plan.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Rathore said construction costs had risen by about 30% since 2020.",
        True,
        [("percent", 30, "%", "about"), ("year", 2020, None, None)],
        None,
    ),
    # --- Bürgergeld im Deutschlandfunk (dpa), Februar ---
    (
        "de",
        "Berlin (dpa) - CDU-Generalsekretär Torsten Wehlau hat im Deutschlandfunk Einsparungen von 4,5 Milliarden Euro beim Bürgergeld gefordert.",
        True,
        [("money", 4500000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Rund 1,7 Millionen erwerbsfähige Leistungsberechtigte seien grundsätzlich in der Lage zu arbeiten, sagte Wehlau.",
        True,
        [("count", 1700000, None, "about")],
        "Wehlau",
    ),
    (
        "de",
        "„Jeder weiß doch, dass sich Arbeit in diesem Land für viele nicht mehr lohnt“, sagte der CDU-Politiker.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wehlau sagte, wer ein zumutbares Jobangebot ablehne, solle nach den Plänen seiner Partei künftig 30 Prozent weniger Regelsatz erhalten.",
        True,
        [("percent", 30, "%", None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der Bundesagentur für Arbeit erhielten im Dezember rund 5,5 Millionen Menschen Bürgergeld.",
        True,
        [("count", 5500000, None, "about")],
        "die Bundesagentur für Arbeit",
    ),
    ("de", "Die Grünen warfen Wehlau vor, mit dem Feuer der Neiddebatte zu spielen.", False, [], None),
    ("de", "Der Sozialverband VdK verglich die Pläne mit einer „Kürzung per Rasenmäher“.", False, [], None),
    (
        "de",
        "Der VdK verwies darauf, dass der Regelsatz für Alleinstehende in diesem Jahr unverändert bei 571 Euro liegt.",
        True,
        [("money", 571, "EUR", None)],
        None,
    ),
    (
        "de",
        "Wie viel die geplanten Sanktionen tatsächlich einsparen würden, konnte Wehlau nicht sagen.",
        False,
        [],
        None,
    ),
    # --- Wildfire insurance on CNN (Reuters), February ---
    (
        "en",
        "SACRAMENTO, Feb 1 (Reuters) - Insurers dropped about 41,000 home policies in California's fire-prone counties last year, state Insurance Commissioner Anselm Whitlock said on Sunday.",
        True,
        [("date", "--02-01", None, None), ("count", 41000, None, "about")],
        None,
    ),
    (
        "en",
        'Whitlock told CNN\'s "State of the Union" that a new rule would require insurers to write policies in high-risk areas equal to at least 85% of their statewide market share.',
        True,
        [("percent", 85, "%", "at_least")],
        "Whitlock",
    ),
    (
        "en",
        '"Nobody should lose their home to a fire and then lose their insurance to the fine print," Whitlock said.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"Make no mistake, the insurance industry is holding this state hostage," said state Sen. Lorna Brightwater.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The industry group Pacific Insurers Council said its members had paid out $19.6 billion in wildfire claims over the past three years.",
        True,
        [("money", 19600000000, "USD", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        '"Who in their right mind writes a policy in a canyon that burns every summer?" the council\'s president asked.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Two of the state's largest insurers have stopped writing new home policies in California altogether.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The state's FAIR Plan, the insurer of last resort, covered 437,000 homes at the end of December, up from 198,000 in 2020.",
        True,
        [("count", 437000, None, None), ("count", 198000, None, None), ("year", 2020, None, None)],
        None,
    ),
    # --- Presseschau zur Schuldenbremse (dpa), Februar ---
    (
        "de",
        "Berlin (dpa) - Die Einigung der Koalition auf eine Reform der Schuldenbremse beschäftigt am Freitag die Kommentatoren der deutschen Tageszeitungen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die „Süddeutsche Zeitung“ schreibt, die Koalition habe den Mut zur Ehrlichkeit „erst gefunden, als das Geld ausging“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die „Frankfurter Allgemeine Zeitung“ erinnert daran, dass der Bund für Zinsen in diesem Jahr 34 Milliarden Euro ausgeben muss.",
        True,
        [("money", 34000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das „Handelsblatt“ vergleicht die Reform mit „einer Diät, bei der man nur noch nachts isst“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die „taz“ kommentiert, nun sei die Schuldenbremse endlich so biegsam wie die Versprechen der Koalition.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die „Rheinische Post“ weist darauf hin, dass die Reform Investitionen von bis zu 0,5 Prozent der Wirtschaftsleistung jährlich von der Regel ausnimmt.",
        True,
        [("percent", 0.5, "%", "up_to")],
        None,
    ),
    (
        "de",
        "Die „Stuttgarter Zeitung“ merkt an, dass auch der Bundesrat der Grundgesetzänderung noch zustimmen muss.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Bundestag hatte die Grundgesetzänderung am Donnerstag mit 498 zu 181 Stimmen bei 12 Enthaltungen beschlossen.",
        True,
        [("count", 498, None, None), ("count", 181, None, None), ("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "„Wer glaubt eigentlich noch, dass diese Schulden je zurückgezahlt werden?“, fragt der „Münchner Merkur“.",
        False,
        [],
        None,
    ),
    # --- Debt limit on "Fox News Sunday" (AP), February ---
    (
        "en",
        "WASHINGTON (AP) — House Budget Committee Chairman Royce Dunleavy said Sunday that the Treasury would exhaust its borrowing authority by Aug. 15 unless Congress acts.",
        True,
        [("date", "--08-15", None, None)],
        "Royce Dunleavy",
    ),
    (
        "en",
        'Dunleavy told "Fox News Sunday" that the deficit had reached $1.9 trillion in the last fiscal year.',
        True,
        [("money", 1900000000000, "USD", None)],
        "Dunleavy",
    ),
    (
        "en",
        '"Washington doesn\'t have a revenue problem, it has a spending addiction," Dunleavy said.',
        False,
        [],
        None,
    ),
    ("en", '"If cutting waste is extremism, then call me an extremist," he added.', False, [], None),
    (
        "en",
        "Dunleavy said House Republicans would not raise the limit unless it was paired with $1.5 trillion in spending cuts over ten years.",
        True,
        [("money", 1500000000000, "USD", None), ("duration", 10, "year", None)],
        None,
    ),
    (
        "en",
        "Interest payments on the debt came to $962 billion last year, according to the Congressional Budget Office.",
        True,
        [("money", 962000000000, "USD", None)],
        None,
    ),
    (
        "en",
        '"Where was all this concern about deficits when they were handing tax cuts to billionaires?" asked Rep. Anita Solberg-Price of Minnesota.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Solberg-Price said the 2017 tax law had added about $2.3 trillion to deficits over a decade, citing budget office estimates.",
        True,
        [("year", 2017, None, None), ("money", 2300000000000, "USD", "about")],
        None,
    ),
    ("en", "Leaders of both parties privately expect a last-minute deal, as in past standoffs.", False, [], None),
    (
        "en",
        "The Treasury Department said in a letter to lawmakers that it had begun using extraordinary measures on Jan. 21.",
        True,
        [("date", "--01-21", None, None)],
        None,
    ),
    # --- Strompreise und ein Gastkommentar (APA), Februar ---
    (
        "de",
        "Wien (APA) - Die Strompreise für Haushalte in Österreich sind im Jänner nach Angaben der Regulierungsbehörde E-Control um 7 Prozent gestiegen.",
        True,
        [("percent", 7, "%", None)],
        None,
    ),
    (
        "de",
        "Grund sei vor allem das Auslaufen der Strompreisbremse Ende Dezember, teilte die E-Control mit.",
        True,
        [],
        "die E-Control",
    ),
    (
        "de",
        "In einem Gastkommentar in der „Presse“ nannte der Ökonom Gottfried Zirknitzer die Strompreisbremse „eine Gießkanne mit Loch“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Zirknitzer schrieb, die Bremse habe den Bund in zwei Jahren rund 3,8 Milliarden Euro gekostet.",
        True,
        [("duration", 2, "year", None), ("money", 3800000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "„Es ist kein Zufall, dass ausgerechnet jetzt die Landesversorger ihre Rekordgewinne feiern“, schrieb Zirknitzer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Landesenergieversorger meldeten für das vergangene Jahr zusammen Gewinne von rund 3,4 Milliarden Euro, wie aus einer Auswertung der Arbeiterkammer hervorgeht.",
        True,
        [("money", 3400000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Arbeiterkammer verlangte eine Senkung der Netzgebühren um mindestens 15 Prozent.",
        True,
        [("percent", 15, "%", "at_least")],
        None,
    ),
    (
        "de",
        "Energieministerin Sophie Lechthaler-Ruß zeigte sich überzeugt, dass die Preise im Frühjahr wieder sinken werden.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Lechthaler-Ruß sagte, der Großhandelspreis für Strom liege derzeit rund 20 Prozent unter dem Vorjahresniveau.",
        True,
        [("percent", 20, "%", "about")],
        "Lechthaler-Ruß",
    ),
    # --- Dairy and tariffs on CBC (Reuters), February ---
    (
        "en",
        "OTTAWA, Feb 8 (Reuters) - Canada will not offer the United States any new access to its dairy market in the trade talks, International Trade Minister Josée Lafrenière-Boyd said on Sunday.",
        True,
        [("date", "--02-08", None, None)],
        "Josée Lafrenière-Boyd",
    ),
    (
        "en",
        "Lafrenière-Boyd told CBC television that U.S. tariffs on Canadian steel had cost about 9,000 jobs since March.",
        True,
        [("count", 9000, None, "about")],
        "Lafrenière-Boyd",
    ),
    (
        "en",
        "Lafrenière-Boyd said Canada would impose matching tariffs on 24 billion Canadian dollars' worth of U.S. goods if the talks failed.",
        True,
        [("money", 24000000000, "CAD", None)],
        None,
    ),
    (
        "en",
        '"Asking us to give up supply management is like asking the Americans to give up baseball," Lafrenière-Boyd said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Statistics Canada data show dairy made up about 2% of the farm goods Canada bought from its southern neighbour last year.",
        True,
        [("percent", 2, "%", "about")],
        None,
    ),
    (
        "en",
        'Trade lawyer Marcus Dellacroix said he expected Ottawa to "back down" before the summer.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Dellacroix said Canada had filed 14 trade complaints against the United States at the WTO since 1995.",
        True,
        [("count", 14, None, None), ("year", 1995, None, None)],
        None,
    ),
    (
        "en",
        '"Lovely to see Ottawa discover its spine, just in time for the cameras," a Conservative trade critic posted on social media.',
        False,
        [],
        None,
    ),
    # --- Krankenhausreform in einer ARD-Talkshow (dpa), Februar ---
    (
        "de",
        "Berlin (dpa) - Bundesgesundheitsministerin Ulrike Hassenkamp (CDU) rechnet infolge der Krankenhausreform mit der Schließung von bis zu 120 Kliniken in den kommenden fünf Jahren.",
        True,
        [("count", 120, None, "up_to"), ("duration", 5, "year", None)],
        None,
    ),
    (
        "de",
        "In einer ARD-Talkshow sagte Hassenkamp am Sonntagabend, derzeit gebe es in Deutschland rund 1.640 Krankenhäuser.",
        True,
        [("count", 1640, None, "about")],
        "Hassenkamp",
    ),
    (
        "de",
        "„Nicht jedes Dorf braucht eine eigene Klinik, aber jeder Patient braucht eine gute Behandlung“, sagte Hassenkamp.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Wenn das eine Reform für die Patienten ist, dann war der Brexit eine Reform für die Exporteure“, sagte der Linken-Gesundheitspolitiker Ansgar Tiedemeyer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Tiedemeyer sagte, allein im vergangenen Jahr hätten 24 Krankenhäuser Insolvenz angemeldet.",
        True,
        [("count", 24, None, None)],
        None,
    ),
    (
        "de",
        "„Man muss kein Mediziner sein, um zu sehen, dass längere Wege Leben kosten“, sagte Tiedemeyer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Deutsche Krankenhausgesellschaft bezifferte das Defizit der Kliniken im vergangenen Jahr auf rund 9 Milliarden Euro, fast jedes zweite Haus schreibe rote Zahlen.",
        True,
        [("money", 9000000000, "EUR", "about"), ("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die Moderatorin fragte, ob die Ministerin auch das Krankenhaus in ihrem eigenen Wahlkreis schließen würde.",
        False,
        [],
        None,
    ),
    # --- A&E waits on Sky News (PA), February ---
    (
        "en",
        "LONDON (PA) - More than 590,000 patients waited longer than four hours in A&E departments in England last month, according to NHS England figures.",
        True,
        [("count", 590000, None, "over"), ("duration", 4, "hour", "over")],
        None,
    ),
    (
        "en",
        "NHS England chief executive Saskia Marlowe told Sky News that 71.3% of patients had been seen within four hours in January.",
        True,
        [("percent", 71.3, "%", None), ("duration", 4, "hour", None)],
        "Saskia Marlowe",
    ),
    ("en", '"Our staff are working miracles day after day in impossible conditions," Marlowe said.', False, [], None),
    (
        "en",
        '"Make no mistake, this winter has been the hardest our emergency departments have ever faced," she said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Marlowe said 12-hour waits from decision to admission had fallen by 18% compared with the same month a year earlier.",
        True,
        [("duration", 12, "hour", None), ("percent", 18, "%", None)],
        None,
    ),
    (
        "en",
        '"Congratulations to ministers for discovering that winter happens every year," said Dr. Fergal Hinchcliffe, president of the Royal College of Emergency Medicine.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Hinchcliffe said about 11,400 excess deaths last year were linked to long A&E waits, citing the college's own analysis.",
        True,
        [("count", 11400, None, "about")],
        None,
    ),
    (
        "en",
        '"How many more corridors do we have to turn into wards before someone takes this seriously?" he asked.',
        False,
        [],
        None,
    ),
    (
        "en",
        "NHS England said all hospital trusts had been told to end the use of corridor care by the end of the year.",
        True,
        [],
        None,
    ),
    # --- Zulieferer-Chef im „Handelsblatt“ (dpa-AFX), Februar ---
    (
        "de",
        "Frankfurt (dpa-AFX) - Der Autozulieferer Kessler-Brandt will bis Ende 2028 weltweit 4.300 Stellen streichen, davon 1.900 in Deutschland.",
        True,
        [("year", 2028, None, None), ("count", 4300, None, None), ("count", 1900, None, None)],
        None,
    ),
    (
        "de",
        "Vorstandschef Detlef Ambrosius sagte dem „Handelsblatt“, der Umsatz sei im vergangenen Jahr um 6 Prozent auf 11,4 Milliarden Euro gesunken.",
        True,
        [("percent", 6, "%", None), ("money", 11400000000, "EUR", None)],
        "Detlef Ambrosius",
    ),
    (
        "de",
        "„Der Standort Deutschland ist für uns zu teuer geworden, das ist keine Drohung, sondern Mathematik“, sagte Ambrosius.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Werk in Schweinfurt soll nach Angaben des Unternehmens bis Ende des kommenden Jahres geschlossen werden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ambrosius sagte, die Energiekosten in den deutschen Werken lägen rund doppelt so hoch wie in den USA.",
        True,
        [("count", 2, None, "about")],
        None,
    ),
    ("de", "Die IG Metall nannte die Streichpläne „eine Ohrfeige für eine ganze Belegschaft“.", False, [], None),
    (
        "de",
        "Die Gewerkschaft verwies darauf, dass die Aktionäre für das vergangene Geschäftsjahr noch 1,20 Euro pro Papier erhalten hatten.",
        True,
        [("money", 1.2, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Pünktlich zur Hauptversammlung entdeckt der Vorstand die Sparsamkeit“, spottete ein Betriebsrat aus dem Werk in Schweinfurt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Aktie von Kessler-Brandt gab am Vormittag um 3,8 Prozent nach und war damit zum dritten Mal in dieser Woche schwächster Wert im MDax.",
        True,
        [("percent", 3.8, "%", None), ("ordinal", 3, None, None)],
        None,
    ),
    # --- A rate-setter on Times Radio (Reuters), March ---
    (
        "en",
        "LONDON, March 2 (Reuters) - Bank of England policymaker Harriet Quenby said on Monday she expected inflation to fall back to the 2% target by the end of next year.",
        True,
        [("date", "--03-02", None, None), ("percent", 2, "%", None)],
        None,
    ),
    (
        "en",
        "Quenby told Times Radio that the Bank had cut its main interest rate four times since last August, to 3.75%.",
        True,
        [("count", 4, None, None), ("percent", 3.75, "%", None)],
        "Quenby",
    ),
    (
        "en",
        '"Personally, I think markets are getting ahead of themselves on further cuts," Quenby said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Bank's Monetary Policy Committee voted 6-3 to hold rates at its February meeting.",
        True,
        [("count", 6, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Consumer price inflation stood at 3.2% in January, the Office for National Statistics said last month.",
        True,
        [("percent", 3.2, "%", None)],
        "the Office for National Statistics",
    ),
    (
        "en",
        'City economist Rupert Calloway-Finch called the Bank\'s guidance "about as clear as a London fog."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Financial markets are pricing in two more cuts of 25 basis points each this year, according to LSEG data.",
        True,
        [("count", 2, None, None), ("percent", 25, "bp", None)],
        None,
    ),
    ("en", "Whether the Bank will move again in May remains an open question.", False, [], None),
    # --- Deutschlandticket in der „Bild am Sonntag“ (dpa), März ---
    (
        "de",
        "Berlin (dpa) - Der Preis für das Deutschlandticket soll zum 1. Januar von 63 auf 69 Euro im Monat steigen.",
        True,
        [("date", "--01-01", None, None), ("money", 63, "EUR", None), ("money", 69, "EUR", None)],
        None,
    ),
    (
        "de",
        "Verkehrsminister Benedikt Sommerhalder (CSU) sagte der „Bild am Sonntag“, Bund und Länder zahlten derzeit jeweils 1,7 Milliarden Euro im Jahr für das Ticket.",
        True,
        [("money", 1700000000, "EUR", None)],
        "Benedikt Sommerhalder",
    ),
    (
        "de",
        "„Ein Ticket, das sich nicht selbst trägt, ist kein Geschenk, sondern eine Hypothek“, sagte Sommerhalder.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Wenn der Minister so weitermacht, fährt am Ende nur noch der Preis mit der Bahn“, sagte der Grünen-Verkehrspolitiker Lasse Ohrtmann.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ohrtmann sagte, das Ticket habe derzeit rund 14,2 Millionen Abonnenten.",
        True,
        [("count", 14200000, None, "about")],
        None,
    ),
    ("de", "„Wer steigt denn vom Auto um, wenn der Preis jedes Jahr steigt?“, fragte Ohrtmann.", False, [], None),
    (
        "de",
        "Laut einer Umfrage des Verbands Deutscher Verkehrsunternehmen würden 18 Prozent der Abonnenten bei einem Preis von über 69 Euro kündigen.",
        True,
        [("percent", 18, "%", None), ("money", 69, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Die Länder lehnen eine weitere Erhöhung ihres Zuschusses ab, teilte die Verkehrsministerkonferenz mit.",
        True,
        [],
        None,
    ),
    # --- Planning reforms on Question Time (PA), March ---
    (
        "en",
        "LONDON (PA) - Housing Minister Oliver Brackenridge has defended the government's planning reforms, saying 208,000 new homes were completed in England last year.",
        True,
        [("count", 208000, None, None)],
        None,
    ),
    (
        "en",
        "Appearing on the BBC's Question Time, Brackenridge said the number of planning approvals had risen by 11% in the final quarter.",
        True,
        [("percent", 11, "%", None)],
        "Brackenridge",
    ),
    (
        "en",
        'An audience member in Stoke-on-Trent told the panel that young people had "been priced out of the dream."',
        False,
        [],
        None,
    ),
    (
        "en",
        '"Home ownership should be the reward for hard work, not an accident of inheritance," Brackenridge said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Green Party co-leader Siân Trevelyan likened the government\'s housing target to "promising everyone a pony."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Trevelyan said 1.41 million households were on council housing waiting lists in England.",
        True,
        [("count", 1410000, None, None)],
        None,
    ),
    (
        "en",
        '"Who exactly are these homes for, if nobody on a nurse\'s salary can afford them?" she asked.',
        False,
        [],
        None,
    ),
    (
        "en",
        "A BBC Verify check after the programme found that the number of homes completed had in fact fallen by 4% on the year before.",
        True,
        [("percent", 4, "%", None)],
        None,
    ),
    (
        "en",
        "The average house price in England was £297,500 in December, according to the Office for National Statistics.",
        True,
        [("money", 297500, "GBP", None)],
        None,
    ),
    # --- Deutschförderung „Im Zentrum“ (APA), März ---
    (
        "de",
        "Wien (APA) - An Österreichs Volksschulen werden heuer rund 41.000 Kinder als außerordentliche Schüler geführt, weil ihr Deutsch für den Unterricht nicht reicht.",
        True,
        [("count", 41000, None, "about")],
        None,
    ),
    (
        "de",
        "Bildungsminister Clemens Hafenscher (NEOS) sagte in der ORF-Diskussionssendung „Im Zentrum“, ab Herbst würden 600 zusätzliche Sprachförderlehrkräfte eingesetzt.",
        True,
        [("count", 600, None, None)],
        "Clemens Hafenscher",
    ),
    (
        "de",
        "„Deutsch ist der Schlüssel, ohne den in diesem Land keine Tür aufgeht“, sagte der Minister.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Es ist kein Zufall, dass gerade jene Parteien jetzt Lösungen versprechen, die das Problem geschaffen haben“, sagte FPÖ-Bildungssprecher Harald Eggenreiter.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Eggenreiter sagte, in Wien spreche bereits mehr als die Hälfte der Volksschüler im Alltag nicht Deutsch.",
        True,
        [("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "de",
        "Eine Volksschullehrerin aus Favoriten sagte in der Sendung, sie fühle sich „wie eine Dolmetscherin ohne Wörterbuch“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Laut Statistik Austria wurden im vergangenen Schuljahr österreichweit 1.280 Deutschförderklassen geführt.",
        True,
        [("count", 1280, None, None)],
        None,
    ),
    (
        "de",
        "Der Bildungsforscher Ferdinand Strohmeier-Auer zeigte sich skeptisch, dass zusätzliche Lehrkräfte allein etwas ändern würden.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Strohmeier-Auer verwies auf eine Studie, wonach nur 43 Prozent der Kinder nach zwei Jahren in einer Förderklasse in den Regelunterricht wechseln.",
        True,
        [("percent", 43, "%", None), ("duration", 2, "year", None)],
        None,
    ),
    # --- AI job cuts in a podcast (Reuters), March ---
    (
        "en",
        "SAN FRANCISCO, March 9 (Reuters) - Software maker Quellwright plans to shed about 1,800 jobs, equal to 9% of its staff, chief executive Dorian Akintola said in a podcast interview released on Monday.",
        True,
        [("date", "--03-09", None, None), ("count", 1800, None, "about"), ("percent", 9, "%", None)],
        None,
    ),
    (
        "en",
        "Akintola said AI tools now wrote about two-fifths of the company's new code.",
        True,
        [("fraction", 0.4, None, "about")],
        "Akintola",
    ),
    (
        "en",
        '"Within a few years, nobody will remember what it was like to write software by hand," Akintola said.',
        False,
        [],
        None,
    ),
    ("en", '"We are not replacing people, we are freeing them," he said.', False, [], None),
    (
        "en",
        '"Freeing them straight into the unemployment line, apparently," tech columnist Maren Oyelaran wrote in response.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Quellwright reported revenue of $4.7 billion for its last fiscal year, up 14%.",
        True,
        [("money", 4700000000, "USD", None), ("percent", 14, "%", None)],
        None,
    ),
    (
        "en",
        '"Make no mistake, the AI layoffs are only getting started," labour economist Tobias Renwick said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Renwick said U.S. tech companies had announced about 112,000 job cuts in the first two months, citing a tally kept by an outplacement firm.",
        True,
        [("count", 112000, None, "about"), ("ordinal", 1, None, None), ("duration", 2, "month", None)],
        None,
    ),
    # --- SNB-Direktorium in der «NZZ am Sonntag» (Keystone-SDA), März ---
    (
        "de",
        "Zürich (Keystone-SDA) - Die Schweizerische Nationalbank schliesst eine Rückkehr zu Negativzinsen weiterhin nicht aus.",
        True,
        [],
        None,
    ),
    (
        "de",
        "SNB-Direktoriumsmitglied Corinne Imhasly sagte der «NZZ am Sonntag», die Teuerung sei im Februar auf 0,1 Prozent gefallen.",
        True,
        [("percent", 0.1, "%", None)],
        "Corinne Imhasly",
    ),
    ("de", "«Der starke Franken ist ein Zeichen des Vertrauens, aber auch eine Last», sagte Imhasly.", False, [], None),
    ("de", "Die SNB hatte den Leitzins im Dezember auf 0 Prozent gesenkt.", True, [("percent", 0, "%", None)], None),
    (
        "de",
        "Swissmem-Präsident Ruedi Baumgartner-Sigg verglich die Industrie mit «einem Marathonläufer, dem man laufend einen schwereren Rucksack umhängt».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Baumgartner-Sigg sagte, die Exporte der Maschinenindustrie seien im vergangenen Jahr um 4,6 Prozent geschrumpft.",
        True,
        [("percent", 4.6, "%", None)],
        None,
    ),
    (
        "de",
        "«Ich persönlich glaube nicht, dass wir in diesem Jahr noch eine Zinssenkung sehen», sagte der Bankökonom Adrian Rüegsegger.",
        False,
        [],
        None,
    ),
    ("de", "Ob die SNB zuletzt am Devisenmarkt interveniert habe, wollte Imhasly nicht sagen.", False, [], None),
    (
        "de",
        "Die Devisenreserven der SNB beliefen sich Ende Februar auf rund 712 Milliarden Franken.",
        True,
        [("money", 712000000000, "CHF", "about")],
        None,
    ),
    # --- Housing on "Morning Ireland" (Reuters), March ---
    (
        "en",
        "DUBLIN, March 16 (Reuters) - Builders in Ireland finished 33,600 homes last year, well below the official goal of 41,000, Housing Minister Cathal Brennock said on Monday.",
        True,
        [("date", "--03-16", None, None), ("count", 33600, None, None), ("count", 41000, None, None)],
        "Cathal Brennock",
    ),
    (
        "en",
        "Brennock told RTÉ radio's Morning Ireland that the government would spend 2.9 billion euros on social housing this year.",
        True,
        [("money", 2900000000, "EUR", None)],
        None,
    ),
    (
        "en",
        '"Housing is the defining issue of this generation, and we will be judged on it," Brennock said.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"If falling this far short counts as progress, then the minister is doing a wonderful job," Sinn Féin housing spokeswoman Orla Keaveney said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Keaveney said average rents for new tenancies had reached 1,980 euros a month.",
        True,
        [("money", 1980, "EUR", None)],
        None,
    ),
    (
        "en",
        '"It is no coincidence that the same developers keep turning up at the minister\'s fundraisers," Keaveney said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The number of people in emergency accommodation rose to 16,240 in February, according to Department of Housing figures.",
        True,
        [("count", 16240, None, None)],
        None,
    ),
    (
        "en",
        "The government cut VAT on new apartments to 7% from 13.5% in January.",
        True,
        [("percent", 7, "%", None), ("percent", 13.5, "%", None)],
        None,
    ),
    # --- Windkraft im Zeitungspodcast (dpa/lsw), März ---
    (
        "de",
        "Stuttgart (dpa/lsw) - In Baden-Württemberg sind im vergangenen Jahr 94 neue Windräder in Betrieb gegangen.",
        True,
        [("count", 94, None, None)],
        None,
    ),
    (
        "de",
        "Umweltministerin Katrin Wohlleber-Faisst sagte im Podcast der „Stuttgarter Nachrichten“, für weitere 310 Anlagen lägen bereits Genehmigungen vor.",
        True,
        [("count", 310, None, None)],
        "Katrin Wohlleber-Faisst",
    ),
    (
        "de",
        "„Schön, dass die Opposition jetzt auch Windräder mag – solange sie woanders stehen“, sagte Wohlleber-Faisst.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der AfD-Abgeordnete Rüdiger Stammler verglich den Ausbau im Landtag mit „einer Kolonialisierung des Schwarzwalds“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Stammler sagte, für den Ausbau seien seit 2022 rund 240 Hektar Wald gerodet worden.",
        True,
        [("year", 2022, None, None), ("count", 240, None, "about")],
        None,
    ),
    (
        "de",
        "Nach Angaben des Umweltministeriums wurden für die Rodungen rund 260 Hektar Ausgleichsflächen aufgeforstet.",
        True,
        [("count", 260, None, "about")],
        "das Umweltministerium",
    ),
    (
        "de",
        "Branchenvertreter erwarten, dass sich der Ausbau wegen voller Auftragsbücher der Hersteller verlangsamt.",
        False,
        [],
        None,
    ),
    # --- What the papers say on the spring statement (PA), March ---
    (
        "en",
        "LONDON (PA) - The Chancellor's spring statement dominates Thursday's front pages, with most papers focusing on the freeze in income tax thresholds.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The Guardian points out that the thresholds have been frozen since 2021.",
        True,
        [("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "The Times notes that the freeze, now extended to 2031, will pull an estimated 1.1 million more people into the higher rate of income tax.",
        True,
        [("year", 2031, None, None), ("count", 1100000, None, "about")],
        None,
    ),
    (
        "en",
        'The Daily Telegraph likens the Chancellor to "a magician who keeps pulling the same rabbit out of the taxpayer\'s hat."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Financial Times reports that gilt yields rose to 4.9% after the statement, their highest level since 2008.",
        True,
        [("percent", 4.9, "%", None), ("year", 2008, None, None)],
        None,
    ),
    ("en", 'The Daily Mirror\'s front page reads simply: "Thanks for nothing."', False, [], None),
    (
        "en",
        "The i newspaper reports that Treasury officials expect the freeze to bring in 8.2 billion pounds a year by 2030.",
        True,
        [("money", 8200000000, "GBP", None), ("year", 2030, None, None)],
        None,
    ),
    ("en", '"What exactly was the point of promising not to raise taxes?" asks the Daily Mail.', False, [], None),
    # --- Pflegebeitrag bei „Berlin direkt“ (dpa), März ---
    (
        "de",
        "Berlin (dpa) - Versicherte sollen für die Pflege zum 1. Juli einen um 0,3 Prozentpunkte höheren Beitragssatz von dann 3,9 Prozent zahlen.",
        True,
        [("date", "--07-01", None, None), ("percent", 0.3, "pp", None), ("percent", 3.9, "%", None)],
        None,
    ),
    (
        "de",
        "Gesundheitsministerin Hassenkamp sagte im ZDF, den Pflegekassen hätten im vergangenen Jahr 1,8 Milliarden Euro gefehlt.",
        True,
        [("money", 1800000000, "EUR", None)],
        "Hassenkamp",
    ),
    (
        "de",
        "„Mit Verlaub, wer jetzt nach Steuergeld ruft, hat die Rechnung ohne die Steuerzahler gemacht“, sagte Hassenkamp.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Sozialverband SoVD nannte die Erhöhung „einen Griff in die Taschen der Kleinverdiener“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der SoVD verwies darauf, dass der Eigenanteil im Pflegeheim im ersten Jahr inzwischen im Schnitt bei 3.180 Euro im Monat liegt.",
        True,
        [("ordinal", 1, None, None), ("money", 3180, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Wenn man die Pflege so finanziert, braucht man sich über leere Stellen nicht zu wundern“, sagte die Pflegewissenschaftlerin Marlies Obendorfer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Obendorfer sagte, in der Altenpflege seien derzeit rund 34.000 Stellen unbesetzt.",
        True,
        [("count", 34000, None, "about")],
        None,
    ),
    ("de", "Die Opposition prophezeite, der Beitrag werde nicht zum letzten Mal steigen.", False, [], None),
    # --- Congestion toll on "This Week" (AP), March ---
    (
        "en",
        "NEW YORK (AP) — The charge on drivers entering lower Manhattan brought in $612 million in its first full year, Mayor Desmond Achterberg said Sunday.",
        True,
        [("money", 612000000, "USD", None), ("ordinal", 1, None, None)],
        "Desmond Achterberg",
    ),
    (
        "en",
        'Achterberg told ABC\'s "This Week" that traffic entering the zone had fallen by about 11%.',
        True,
        [("percent", 11, "%", "about")],
        None,
    ),
    ("en", '"The streets belong to people, not to parked cars," Achterberg said.', False, [], None),
    (
        "en",
        '"Sure, traffic is down - so are the shops," said Nicky Scavullo, who runs a deli on Canal Street.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Subway ridership rose 6.8% over the same period, the Metropolitan Transportation Authority said.",
        True,
        [("percent", 6.8, "%", None)],
        "the Metropolitan Transportation Authority",
    ),
    (
        "en",
        'A New Jersey commuters\' group said charging drivers to enter Manhattan was "like charging people to breathe."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Drivers of most passenger cars pay $11 to enter the zone at peak hours.",
        True,
        [("money", 11, "USD", None)],
        None,
    ),
    (
        "en",
        "The administration's challenge to the toll is due to be heard by a federal appeals court in May.",
        True,
        [],
        None,
    ),
]
