"""Hundred-and-sixteenth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, parties, towns, firms, groups and
figures are made up (Gernot Haslinger, the institute Marktblick, Roland
Wiesinger, Martina Eibl, Ulrike Pfandl, Florian Reisinger, the Bürgerallianz, Konrad
Ebeling, Heike Sandrock, Jens Marold, the Verein Offene Kassen, Wendelstadt, Matthias
Krollmann, Tobias Rennert, Sabine Wernecke, Seewilen, Reto Gubler, Nadja Imhof, Andrea
Lüthi, Carmen Rüegg, Urs Hänggi, Markus Tschallener, Theresa Kofler, Elisabeth
Kranebitter, Holger Brenske, Dirk Lammers, Ernst Laimer, Lars Vöhringer; Daniel Ashcombe,
Halvergate Diagnostics, Wexcombe and Marsh, Miriam Lyle, the Citizens' Alliance, Paolo
Ferrante, Joanne Zarb, Anneke Vos, Dwight Harlan, Vincent Dorsey, Craig Pettigrew, Lena
Kouris, Conor Mulqueen, Carl Brandvold, Maria Ostrander, the National Renewal party,
Gillian Moss, Clean Politics UK, "Marginal Seats Inc.", the reporters and editors in the
credits); real bodies, courts, pollsters and places ("Wirtschafts- und
Korruptionsstaatsanwaltschaft", "WKStA", "ORF", "Nationalrat", "Immunitätsausschuss",
"Bundeskanzleramt", "Bundespräsident", "Parlamentsdirektion", "Bundestagsverwaltung",
"Parteiengesetz", "Verwaltungsgericht Berlin", "Forsa", "Landesrechnungshof",
"Staatsanwaltschaft Kassel", "Kommunalaufsicht", "Geschäftsprüfungskommission",
"SonntagsZeitung", "Immunitätskommission des Nationalrats", "Bundesanwaltschaft",
"Rechtskommission des Ständerats", "Register der Interessenbindungen", "Land Tirol",
"Landtag von Sachsen-Anhalt", "Unabhängiger Parteien-Transparenz-Senat", "UPTS",
"Bundesverwaltungsgericht", "Reichstagsgebäude"; "Downing Street", "Parliamentary
Commissioner for Standards", "European Parliament", "FBI", "Ohio Senate", "Independent
Commission Against Corruption", "Standards in Public Office Commission", "House Ethics
Committee", "Justice Department", "Electoral Commission", "Opinium", "Resolve") stand for
the way wire copy names them; every chat, claim, sum, vote, session, poll, charge,
resignation, successor and quote here is invented.

Its weight: POLITICAL SCANDALS, RESIGNATIONS AND CORRUPTION PROBES over about fourteen weeks
(late February to early June) in story order, each story told as wire copy runs it: a
dateline lead with the allegation or the probe, the sums and the counts, the prosecutors'
and watchdogs' statements, the denial, the labels and the rhetoric of both sides, the
resignation and the successor, the immunity vote or the inquiry with its sessions, the
poll after the scandal, the follow-up. Half German (APA, dpa, Keystone-SDA; Austrian
"Jänner", "Angelobung", "sich der Aussage entschlagen", "Inserate um 2,3 Millionen Euro",
Swiss "184'000 Franken", "per sofort", "Ende Jahr", «» quotes, German „“ quotes): leaked
chats of an Austrian state secretary with poll contracts, house searches, the WKStA's
suspects, a denial and a "Hexenjagd", his resignation after two days and his successor, a
poll with the Sonntagsfrage and its margin of error, an immunity vote in the Nationalrat, a
two-day special session with a "Zehn-Punkte-Plan" and an inquiry committee; a German
party's donations split below the disclosure threshold, the fine of three times the sum, a
treasurer's resignation and a Forsa poll; a mayor's expenses in a Hessian town with the
audit's figure revised upwards, a recall vote overtaken by his resignation; a Swiss town
president's expenses, a PUK with its first sessions and a by-election date; a Swiss
immunity vote; a Tyrolean minister's advertising affair; the former state secretary before
the inquiry committee; an immunity vote in a German state parliament; a fine for
overspending on an Austrian election campaign; an MP's late-declared speaking fees. Half
English (Reuters, AP, AAP, PA): the Austrian affair in English; a British minister's
leaked WhatsApp messages, his resignation, successor and the standards commissioner; the
German party's fine in English; the European Parliament lifting two members' immunity and
one of them charged in Brussels; an Ohio Senate leader indicted for bribery with the
amount revised, his plea, a "witch hunt" and his resignation; a New South Wales minister
resigning over grants, a successor and the hearings of the corruption commission; an Irish
junior minister's travel expenses; the House Ethics Committee on a congressman's campaign
funds; an Electoral Commission fine for late-reported donations; the British minister's
suspension, the recall petition and its result. Figures as such copy has them: sums in
euros, francs, pounds, dollars and Australian dollars, hedged and revised ("rund 212.000
Euro" after "168.000 Euro" in the draft report, "more than $410,000" after "$260,000" in
the complaint); chats, messages, searches, suspects, transfers, trips, grants, witnesses,
pages and signatures; tallies of immunity votes ("mit 171 von 178 abgegebenen Stimmen",
"mit 5 zu 4 Stimmen", "by 561 votes to 37, with 22 abstentions", "ohne Gegenstimmen bei
vier Enthaltungen"); sessions, hearing days and answers refused ("in ihren ersten sechs
Sitzungen", "an höchstens 30 Befragungstagen", "in 31 von 44 Fragen", "for 21 sitting
days", "On the seventh day of public hearings"); shares ("knapp jeder dritten", "weniger
als ein Fünftel", "fast doppelt so viel", "das Dreifache", "About one in seven", "roughly
an eighth", "nearly two-thirds"); polls with points and margins; ages, terms and the
lengths of probes and hearings; ordinals of resignations ("der dritte Staatssekretär",
"the fourth minister to leave the government"). Negatives as such copy has them: a "witch
hunt" and a "Hexenjagd", "a dark day for European democracy" and «ein schwarzer Tag für
die direkte Demokratie», labels of opposition and campaigners ("a textbook case of
cronyism", "a kangaroo court", "the tip of the iceberg", „Sittenbild der Landespolitik“),
calls to resign and appeals without a figure, rhetorical questions, protestations of
innocence, an apology, no-comment lines, a forecast and a hope, open questions, scene
colour, placards, boilerplate and two Reuters credits.

242 rows (121 German, 121 English), 58 negatives (29 German, 29 English), 184 check-worthy
rows of which 33 carry no figure (21 German, 12 English), 278 expected quantities (84
counts, 48 amounts of money - 27 EUR, 8 USD, 7 GBP, 5 CHF, 1 AUD -, 40 durations, 37
years, 20 percentages - 5 of them in percentage points -, 19 dates, 17 ordinals, 13
fractions; 2 of them in two negatives, as the seventeenth batch labels a figure in a
negative), 38 checked speakers (19 German, 19 English). Sentences sharing a run of eight or
more words with any file under tests/ (checked by a script that printed only this batch's
sentences, case and punctuation normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence (or one headline) and is judged alone (sixteenth and thirty-second
  batches); the headlines "Chat-Affäre: Staatssekretär Haslinger tritt zurück" (no figure)
  and "Spendenaffäre: Bürgerallianz soll 1,47 Millionen Euro zahlen" are check-worthy
  (eighty-third, hundred-fourteenth). Konjunktiv I paraphrases of a figure, a fact or a
  cause are check-worthy with the speaker their own attribution gives ("Insgesamt führe man
  acht Beschuldigte und zwei Verbände, teilte die WKStA am Mittwoch mit." -> "die WKStA";
  "Die Verluste gingen vor allem auf das Konto früherer Stammwähler, ..., sagte
  Studienleiter Roland Wiesinger." -> "Roland Wiesinger", a stated cause as in the
  ninety-eighth; "Die Honorare seien für Gutachten geflossen, ..., sagte sein Anwalt Dirk
  Lammers." -> "Dirk Lammers", one side's account as in the hundred-second; "Er habe
  inzwischen 61'500 Franken zurückbezahlt, teilte die Stadtkanzlei mit."), a Konjunktiv I
  verdict or demand without a figure is a negative ("Die Vorwürfe seien „konstruiert und
  haltlos“, erklärte sein Anwalt.", "Die Regierung müsse nun „alle Karten auf den Tisch
  legen“, verlangte Eibl.", "Gesetze gegen Überschreitungen gebe es genug, ..., sagte der
  Politologe Ernst Laimer.", "Umfragen seien immer nur Momentaufnahmen, ..." as the
  pollster's caveat of the forty-first; hundred-twelfth).
- Allegations stated as the prosecutors' or the press's are check-worthy, attributed or in
  "soll ... haben" (hundred-second: "laut Anklage"; twenty-fifth: blame with a checkable
  claim): "Darin soll Haslinger ... Studienaufträge über insgesamt 486.000 Euro in Aussicht
  gestellt haben", "Die WKStA wirft ihm vor, ... zwei Inseratenkampagnen über zusammen
  215.000 Euro ... vergeben zu haben.", "Brenske soll ... erhalten haben", "Hänggi soll ...
  erhalten haben", "Prosecutors say the money was routed through two consulting firms ...",
  "Prosecutors suspect the payments were made over a period of at least 18 months."; so are
  the probes and searches themselves ("ermittelt gegen", "prüft einen Anfangsverdacht",
  "has opened an investigation", "was indicted", "charged ... with corruption"; twenty-
  seventh: an investigation under way), admissions ("räumte über seinen Anwalt ein, dass
  ... drei Umfragen ... „nachgeschärft“ worden seien", "after admitting he had claimed about
  26,000 euros") and the revised figures beside the final ones ("Im Rohbericht war der
  Schaden noch mit 168.000 Euro angegeben worden", "Prosecutors had put the bribes at
  $260,000 in a criminal complaint filed in January."; ninety-ninth and hundred-
  eleventh: a revision keeps every figure it gives). An accusation without a checkable
  claim stays a negative (eighty-fourth); this batch has none in the narrator's voice.
- Denials are check-worthy, quoted or reported, with or without a figure (seventh,
  twentieth, ninety-eighth, hundred-second): "Haslinger wies die Vorwürfe zurück: Er habe zu
  keinem Zeitpunkt Einfluss ... genommen.", "Krollmann bestreitet, sich persönlich
  bereichert zu haben.", "Gernot Haslinger, 47, denies any wrongdoing.", "Both lawmakers
  deny any wrongdoing.", "Pettigrew, ..., denied any wrongdoing.", "Ashcombe said he had
  never knowingly broken the ministerial code and had declared ... in 2023." ->
  "Ashcombe", "His attorney, Vincent Dorsey, said Harlan had "never taken a dime in exchange
  for an official act."" -> "Vincent Dorsey", "Brandvold said every expense had been
  approved by his campaign's outside accountants." -> "Brandvold", "„Ich habe jeden
  strittigen Betrag längst aus eigener Tasche an die Stadt zurücküberwiesen“, sagte der
  parteilose Politiker." (a checkable act in the perfect, ninety-eighth; the speaker a role,
  unchecked). A protestation of innocence made of self-praise, resolve or feeling is a
  negative (hundred-second): „Ich habe mir nichts vorzuwerfen, aber meiner Familie will ich
  diesen Druck nicht länger zumuten“ (the age 47 labelled), „Ich gehe erhobenen Hauptes“
  (55 labelled), ""I have always acted in what I believed to be the public interest,"",
  ""I look forward to clearing my name,"", ""I have nothing to hide and never have,"", and
  a refusal to answer is a no-comment line („Dazu sage ich nichts, solange die Justiz
  ermittelt“, twenty-ninth). New: a row that pairs a denial or a checkable act with a label
  stays check-worthy, as the offer and the label of the hundred-fourteenth: "Hänggi
  bestreitet jedes Fehlverhalten und sprach von einer «Kampagne aus dem Bundeshaus».", "Die
  Partei bezeichnete die Berechnung als „fehlerhaft und politisch motiviert“ und kündigte
  eine Beschwerde beim Bundesverwaltungsgericht an." (hundred-second: an appeal announced),
  "Ferrante's party suspended his membership ..., a step it described as "painful but
  necessary.""; the label alone is a negative ("Schatzmeister Konrad Ebeling sprach von
  einem „bedauerlichen Versehen in der Buchhaltung“.", "Ashcombe called the process "a
  kangaroo court ..."", ninety-eighth).
- Labels, verdicts and rhetoric are negatives, also with a named speaker (ninety-eighth,
  hundred-second, hundred-third): "witch hunt" and „Hexenjagd“ (seventy-sixth), ""Today is
  a dark day for European democracy,"" and «Das ist ein schwarzer Tag für die direkte
  Demokratie ...» (hundred-second: „ein schwarzer Tag“), "called the affair "a textbook case
  of cronyism."", "called it "the tip of the iceberg."", "said the penalty was "a rounding
  error"", "said the case showed the rules ... were "not worth the paper ..."", "nannte den
  Fall ein „Lehrstück ...“", "sprach von einem „Sittenbild der Landespolitik“", "The premier
  said Pettigrew's resignation was "the right thing to do."", "Payday lending reform
  advocates said the indictment confirmed what they had suspected for years." (a reaction),
  "Supporters in his electorate say he was one of the hardest-working ministers ..." (praise
  without a measure), „Das ist ein Schlag ins Gesicht ...“, «Hier wird ein Exempel
  statuiert ...», ""The American people deserve better than this,"", „Am Ende regiert eben
  doch das Geld“ (a vox pop). Rhetorical questions are negatives in quotes and in the
  writer's voice („Wer soll dieser Regierung jetzt noch ein einziges Wort glauben?“, ""What
  did the prime minister know, and when did he know it?"", ""Is there anyone left in this
  government who has not had a hand in the till?"", "Ist das der Anfang vom Ende einer
  politischen Kultur, ...?"; ninety-eighth). New: calls to resign and appeals that name no
  figure are negatives, as the appeals of the ninety-third ("forderten Moskau auf") and the
  hundred-eighth ("forderte die Eigentümerfamilie auf"): "Die Opposition forderte Haslinger
  auf, „endlich reinen Tisch zu machen und den Hut zu nehmen“.", "Der Bundespräsident rief
  alle Beteiligten zu „Anstand und Mäßigung“ auf.", "Leaders of both parties in the Senate
  called on Harlan to step aside.", "Campaigners urged lawmakers to ban gifts from
  lobbyists altogether."; a party's formal position such as "forderte Neuwahlen"
  (ninety-fifth) stays check-worthy, and this batch has none.
- Other negatives (ninety-eighth, hundred-second, hundred-third): an apology as a gesture
  („Ich habe einen Fehler gemacht, und dafür entschuldige ich mich“, hundred-fourteenth),
  no-comment lines ("Die Kanzlerpartei wollte sich auf Anfrage nicht ... äußern.", "The
  company, Halvergate Diagnostics, did not respond to requests for comment.", "A spokesman
  for Brandvold declined to discuss the referral."; twenty-first and twenty-ninth), a
  forecast without a figure ("Mit einer Niederlegung des Mandats ist nach Einschätzung von
  Beobachtern vorerst nicht zu rechnen.", "Analysts said the affair could cost the
  government its majority ...", forty-seventh), hopes ("In der Landespartei hofft man, ...",
  "Party officials privately hope ...", thirtieth), open questions ("Welche Rolle der
  frühere Generalsekretär ... spielte, ist weiterhin unklar.", "Ob der Rücktritt ..., ließ
  die Kommunalaufsicht zunächst offen.", "Ob der Ausschuss ...", "Whether the scandal will
  change ...", "Whether other lawmakers ...", "Whether the commission will make findings
  ..."), scene colour (placards „Spesenritter raus“ and „Wir zahlen, ihr kassiert“, reporters
  camped outside an office, protesters with cardboard cheques; seventy-fourth and
  hundredth), boilerplate ("Für alle Genannten gilt die Unschuldsvermutung.", fifty-fifth)
  and two Reuters credits (seventieth).
- Votes on immunity, on inquiries and on suspensions are acts and check-worthy with or
  without a tally (sixty-fifth, seventy-sixth): a committee's unanimous recommendation, a
  parliament lifting an immunity, a committee that voted unanimously to refer a matter, a
  party suspending a member ("einstimmig", "ohne Gegenstimmen", "unanimously" carry none).
  Tallies are counts, one per figure (eleventh, sixty-fifth, hundred-third): "mit 5 zu 4
  Stimmen", "mit 38 zu 14 Stimmen bei 3 Enthaltungen", "bei vier Enthaltungen", "by 561
  votes to 37, with 22 abstentions", "by 548 to 51, with 29 abstentions", "by 312 votes to
  14"; "mit 171 von 178 abgegebenen Stimmen", "Auf Verlangen von 46 Abgeordneten", "14 of
  its 720 members" counts (a definite group, forty-first). Inquiries: "in ihren ersten sechs
  Sitzungen 19 Personen" ordinal 1 and counts 6 and 19 (eighty-fourth: "in den ersten acht
  Monaten" ordinal 1 and its figure); "in bisher sechs Sitzungen elf Auskunftspersonen" two
  counts ("bisher" no hedge); "an höchstens 30 Befragungstagen" count 30 "at_most" (a day of
  a calendar of business is counted, sixty-fifth; "höchstens" "at_most", sixty-fifth);
  "for 21 sitting days" count 21 (sixty-fifth: "153 sitting days"); "in 31 von 44 Fragen"
  two counts; "On the seventh day of public hearings" ordinal 7 (hundred-second: "On the
  14th day of the trial"); "41 of the 112 grant decisions" two counts; "The commission has
  called 27 witnesses so far and expects to sit for a further two weeks" 27 and 2 weeks
  ("further" no hedge, as "weitere", eighty-fourth). The recall petition (sixty-fifth):
  "If at least 10% of the 74,310 registered voters sign" 10 "at_least" and 74,310, "closed
  with 11,982 signatures, or 16.1% of the electorate", "with a majority of 2,871".
- Polls after the scandal (forty-first, seventy-sixth, hundred-third): shares, samples and
  margins are check-worthy with the speaker unchecked ("Laut einer Forsa-Umfrage", "ergab
  eine weitere Umfrage von Marktblick", "An Opinium poll published on Sunday put ...", "A
  Resolve poll published on Monday showed ..."); poll points are percentage points ("vier
  Prozentpunkte", "zwei Punkte weniger", "down five points", "falling three points to 33%"),
  "plus/minus 3,4 Prozentpunkten" 3.4 pp with no hedge; "auf Platz drei" ordinal 3
  (hundred-thirteenth: "Auf Platz zwei"). New: a poll's share of respondents holding a view
  is a measured fact and check-worthy, whatever the view - "Mehr als die Hälfte der
  Befragten hält die Partei nach der Affäre für nicht mehr glaubwürdig." 0.5 "over", "Mehr
  als zwei Drittel der Befragten halten die Arbeit des Ausschusses für wichtig, ..." 0.6667
  "over", "71% of likely voters said the legislature needed stricter ethics rules", "Only
  18% of respondents said they trusted the government ..., the lowest share Opinium has
  recorded." - while "hält ... für" said of a body is a verdict and a negative
  (ninety-eighth: "Das Wasserwirtschaftsamt hält ... für ausreichend.").
- Resignations and successors are check-worthy without a figure (eighty-third and
  hundred-fourteenth: a resignation accepted, a successor named): "Nachfolgerin wird
  Sektionschefin Ulrike Pfandl, ..., teilte das Bundeskanzleramt mit." -> "das
  Bundeskanzleramt", "Former trade official Miriam Lyle will replace him, Downing Street
  announced on Wednesday." -> "Downing Street" (sixty-third: "Downing Street announced"),
  "Brenske legte sein Amt als stellvertretender Fraktionsvorsitzender nieder, ...", "Harlan
  gave up his leadership post on Monday but kept his seat.", "Ashcombe said on Friday he
  would not stand in the by-election." -> "Ashcombe" (a stated next step, hundred-second);
  "Eine Rückgabe der Honorare lehnte er ab." is a stated decision and check-worthy, as
  "wies Rücktrittsforderungen ... zurück" (ninety-eighth). Ordinals of resignations and
  probes (seventy-sixth, hundred-third): "der dritte Staatssekretär dieser Regierung",
  "the third state secretary", "the third corruption investigation", "the fourth minister to
  leave the government", "the second member of the government to resign this year", "der
  zweite Oberbürgermeister in Hessen binnen drei Jahren" (2 and 3 years, ninety-ninth: "the
  third time in five years"), "der zweite Abgeordnete in dieser Wahlperiode", "It is the
  second time in three years" (2 and 3 years), "Es ist erst das dritte Mal seit 2010" 3 and
  the year ("erst" no hedge, hundred-third), "the third sitting Ohio lawmaker", "his fifth
  term" 5, "the first woman" 1, "the first vote" 1, "im ersten Wahlgang" 1. Records without a
  figure: "Die knapp fünfstündige Befragung war die bisher längste in diesem Ausschuss." (5
  hours "nearly", sixty-fifth: "knapp neunstündigen") and "Es ist die höchste Strafe, die der
  Senat seit seiner Einrichtung 2013 ausgesprochen hat" (twenty-ninth: a measurable record).
- Money in the currency written, with its hedge (every batch): EUR ("rund 212.000 Euro",
  "38.500 Euro", "1,47 Millionen Euro", "490.000 Euro", "11,3 Millionen Euro", "2,8
  Millionen Euro", "monatlich 4.500 Euro, insgesamt rund 126.000 Euro" - "monatlich" none,
  "insgesamt rund" "about" -, "knapp 9,2 Millionen Euro" "nearly", "um rund 1,9 Millionen
  Euro" "about" with "um" no hedge, "21.600 Euro", "insgesamt 187.000 Euro", "about 740,000
  euros", "about 26,000 euros", "more than 10,000 euros a year" "over", "11.3 million
  euros"); CHF in Swiss copy ("rund 184'000 Franken", "über 23'000 Franken" "over" - "über"
  right before the figure, the issue's "über 3.000" -, "weitere 41'800 Franken" with
  "weitere" no hedge, "insgesamt 120'000 Franken", "61'500 Franken"; tenth); GBP
  ("£120,000", "£43 million", "£64,500", "more than £1.3 million" "over", "totalling
  £96,000" with no hedge, "£8.7 million"); USD ("more than $410,000" "over", "$260,000", "a
  $50,000 unsecured bond", "about $1.2 million", "about $2.3 million", "more than $137,000",
  "about $58,000"); AUD ("A$252 million", ninety-ninth: "A$1,000"); "about 486,000 euros
  ($510,000)" EUR "about" and USD with no hedge (the converted figure in brackets,
  eightieth and ninety-ninth). "Studienaufträge über insgesamt 486.000 Euro" and
  "Inseratenkampagnen über zusammen 215.000 Euro" carry no hedge (hundred-second: the
  preposition the noun governs). New: the Austrian "Inserate um 2,3 Millionen Euro" (ads
  for a price) carries no hedge - "um" names the price, as "um 40.000 Euro zu senken"
  (hundred-second) names a difference. New: "knapp unter der Grenze von 10.000 Euro" gives
  10,000 EUR with no hedge - "knapp unter" bounds "der Grenze", standing before the article,
  as "knapp an der Fünf-Prozent-Hürde" (hundred-third) and "well above the 92 per cent
  level" (hundred-eleventh); "zwischen 9.000 und 9.900 Euro" two amounts in EUR (the unit
  written once serves both, forty-sixth; "zwischen" no hedge, forty-first).
- Multiples and shares: "fast doppelt so viel" count 2 "nearly" (hundred-eleventh: "fast
  doppelt so viele"). New: "Die Strafe beträgt das Dreifache der ... Summe" is count 3 and
  "must pay three times the amount received" is count 3 - a multiple of a sum, as "more than
  three times as much as Harwell" 3 "over" (hundred-third) and "2,4-mal so hoch"
  (hundred-eleventh). Fractions (the issue; hundred-second, hundred-eleventh): "knapp jeder
  dritten Bewirtungsrechnung" 0.3333 "nearly", "weniger als ein Fünftel" 0.2 "under", "Rund
  ein Viertel" 0.25 "about", "Rund ein Drittel" 0.3333 "about", "eine Zweidrittelmehrheit"
  0.6667 (hundred-fourteenth: "Zweidrittelmehrheit"), "Mehr als die Hälfte" 0.5 "over",
  "Mehr als zwei Drittel" 0.6667 "over", "nearly two-thirds of it" 0.6667 "nearly", "About
  two-thirds" 0.6667 "about", "Roughly a quarter of the 96 councils" 0.25 "about" and 96,
  "about one-fifth of its income" 0.2 "about" (the issue's "one-fifth"), "roughly an
  eighth" 0.125 "about" (hundred-eleventh: "nearly one in eight"). New: "About one in seven
  members" is 0.1429 "about", the decimal of one seventh to four places as "ein Drittel" is
  0.3333 (the issue). Percentages: "gut 40 Prozent" "over" (seventy-first: "gut"), "About
  78%" "about", "at 36%", "won 3.1%", "54,8 Prozent".
- Counts otherwise: "rund 1.400 Chatnachrichten" "about", "sieben Adressen", "acht
  Beschuldigte und zwei Verbände", "drei Umfragen", "52 Einzelüberweisungen", "nur zwölf
  Personen" ("nur" no hedge), "47 Dienstreisen, darunter neun Flüge" ("darunter" among, no
  hedge, hundred-fourteenth: "unter ihnen"), "der 59 Stadtverordneten", "sieben Mitglieder",
  "für zwei Beratungsmandate", "zwei Bezirksblättern", "Bei 118 von 260 geprüften
  Inseraten", "18.600 Seiten an Akten aus vier Ministerien", "sein Wahlkreisbüro und zwei
  Wohnungen", "für 14 Vorträge", "812 Wahlberechtigte"; "The 214 messages", "at least nine
  times" 9 "at_least" (hundred-second: "at least three times"), "three times between 2021
  and 2024" 3 (hundred-second: "four times"), "on six occasions", "on four occasions", "38
  conversations", "two consulting firms", "two lawmakers", "the two members'" 2 (eighth: "The
  two leaders"), "Three donations", "37 donations", "just four donors" 4 ("just" no hedge),
  "12 MPs", "two compliance officers", "112 journeys", "96 councils", "23 witnesses", "more
  than 9,000 pages" "over", "The 11-count indictment" 11 (seventy-sixth: "a 38-page
  dissent"), "einem 64-seitigen Prüfbericht", "dem 96 Seiten starken Bericht", "The
  committee's 58-page report" (hundred-fourteenth: "890 Seiten", "The 94-page review"),
  "einen Zehn-Punkte-Plan" 10 (twenty-ninth: "28-Punkte-Plan"; sixty-fifth:
  "Zehn-Prozent-Hürde").
- Durations and ages (every batch): "über fünf Jahre hinweg" 5 years with no hedge
  (hundred-second: "über sieben Jahre hinweg"), "in vier Jahren", "Zwei Tage nach", "two
  days after", "Zwei Wochen nach", "binnen 14 Monaten", "binnen drei Jahren", "binnen sechs
  Wochen", "nach elf Jahren im Amt", "mit bis zu elf Monaten Verspätung" "up_to", "Die knapp
  fünfstündige Befragung" 5 hours "nearly", "einer zweitägigen Sondersitzung" 2 days (the
  issue: "fünfstündigen", "dreitägige"), "for 23 years", "over a period of at least 18
  months" "at_least", "a penalty of up to 20 years" "up_to", "three weeks after", "have 30
  days", "the remaining 20 months", "for four weeks from May 5", "within 10 days", "for 18
  months", "over two years" and "over 14 months" with no hedge (the preposition of time,
  eighty-fourth: "over five years"), "for nearly nine hours" "nearly", "for six weeks", "a
  debate lasting 90 minutes". None: "Eine Woche vor der Abstimmung" and "binnen eines
  Monats" (an article, seventy-sixth: "eine Woche zuvor"), "tags darauf", "am selben Tag",
  "bis zum Sommer", "Ende Jahr", "for years", "this year", "last year", "for most of the
  day", "by more than a year" (an article, eighty-fourth: "for another year"). Ages are
  durations in years ("der 47-Jährige" and "der 55-Jährige" in negatives, labelled, "Der
  61-Jährige", "den 58-Jährigen", "Theresa Kofler, 39,", "Gernot Haslinger, 47,", "Ulrike
  Pfandl, 52,", "The 44-year-old", "Harlan, 63,", "Lena Kouris, 41,", "Conor Mulqueen, 49,",
  "Ferrante, 55,").
- Years and dates: "aus den Jahren 2021 bis 2023", "im Jahr 2022", "seit Jänner 2024" (the
  year; tenth: "Jänner"), "erstmals seit 2017", "2023 und 2024", "für 2024", "seit 2014",
  "die Wahl 2020", "2024" in Swiss copy, "zwischen 2021 und 2024", "zwischen 2022 und 2024",
  "seit seiner Einrichtung 2013", "seit 2010", "between June 2023 and January 2025", "in
  2023", "in July 2024", "since 2017", "since 2019", "the coalition took office in 2024",
  "since the 2024 European elections", "in 2022", "between 2019 and 2024", "a 2024 audit",
  "since 2011", "since 2016", "since 2020", "at the 2024 election" years; "am 5. März", "am
  14. März", "zum 31. März", "am 8. Juni", "für den 14. Juni", "am 22. April", "für den 3.
  April", "from May 5", "on April 9" dates without a year; Reuters datelines with a day
  ("VIENNA, Feb 26", "VIENNA, Feb 27", "LONDON, March 3", "BERLIN, March 6", "STRASBOURG,
  March 11", "DUBLIN, March 20", "BRUSSELS, March 27", "WASHINGTON, April 8") and AAP
  datelines with a day ("SYDNEY, March 18 (AAP)", "SYDNEY, May 13 (AAP)"; sixty-fifth:
  "CANBERRA, Nov 27 (AAP)") dates without a year; APA, dpa, Keystone-SDA, AP ("COLUMBUS,
  Ohio (AP) —") and PA ("LONDON (PA) -", "WEXCOMBE (PA) -") datelines none (seventy-ninth).
  Months alone ("im Januar", "in January", "in December"), weekdays and "Ende Jahr" none.
- Hedges, only the names in use: "rund", "Rund", "about", "About", "roughly", "Roughly"
  "about"; "knapp", "fast", "nearly" "nearly"; "mehr als", "Mehr als", "gut", "über" (right
  before the figure), "more than" "over"; "weniger als" "under"; "at least"
  "at_least"; "bis zu", "up to" "up_to"; "höchstens" "at_most". No hedge:
  "insgesamt", "zusammen", "weitere", "further", "nur", "just", "Only", "erst", "bisher",
  "darunter", "Allein", "monatlich", "zwischen", "between", "totalling", "über" and "um"
  after a noun that governs them, "knapp unter der", "over" before a span of time.
- Speakers, checked only in forms the earlier batches settled: "teilte die WKStA am Mittwoch
  mit" -> "die WKStA" (hundred-second), "teilte das Bundeskanzleramt mit", "teilte der
  Landesrechnungshof mit", "teilte die Stadtkanzlei mit", "teilte das Land Tirol mit",
  "teilte die Staatsanwaltschaft mit", "teilte der Senat mit", "wie die Parlamentsdirektion
  mitteilte", "Nach Angaben der Stadt" -> "die Stadt", "nach Angaben der
  Bundestagsverwaltung" -> "die Bundestagsverwaltung" the source with its article in the
  nominative (forty-first, ninety-ninth, hundred-second); "laut Landesrechnungshof" as
  written (hundred-third: "laut Landeswahlbehörde"); "sagte Ebeling", "so Sandrock" and
  "Gubler sagte, ..." the surname as written (ninety-fifth, hundred-third); titles and roles
  before a name dropped ("Studienleiter Roland Wiesinger", "Parteichefin Heike Sandrock
  sagte, ...", "Verfahrensrichterin Elisabeth Kranebitter sagte, ...", "sein Anwalt Dirk
  Lammers" as "deren Vorsitzende Ana Lucía Berrocal", eighty-fourth). New: "wie
  PUK-Präsidentin Andrea Lüthi mitteilte" -> "Andrea Lüthi", the "wie ... mitteilte" form of
  the ninety-ninth with a person, her title dropped as in "sagte". English: "Ashcombe said"
  and "Ashcombe said on Friday" (the weekday dropped), "Downing Street said", "Downing
  Street announced on Wednesday" -> "Downing Street" (sixty-third), "her office said" (as
  "her campaign said", seventy-sixth), "His attorney, Vincent Dorsey, said" -> the name in
  apposition (eighty-fourth), "The FBI said ..." opening the sentence -> "the FBI"
  (ninety-ninth: "The FAA said"), "the federal prosecutor's office said" (as "the
  secretary of state's office said", seventy-sixth), "the premier's office said" (as "the
  president's office", seventeenth), "his lawyer said" (fifty-ninth), "Pettigrew's barrister
  said" (hundred-second: "Whitlow's lawyer said"), "Minister of State Conor Mulqueen, 49,
  said" -> "Conor Mulqueen" (the title and the age dropped, seventy-sixth), "The Standards
  in Public Office Commission said ..." -> "the Standards in Public Office Commission", "The
  House Ethics Committee said on Tuesday ..." -> "the House Ethics Committee", "the
  commission said" (thirty-seventh and eighty-ninth) and, new, "the committee said" ->
  "the committee" in the same way, "In a statement, Brandvold said" -> "Brandvold", "Party
  treasurer Gillian Moss said" -> "Gillian Moss", "the returning officer said"
  (sixty-fifth). Left unchecked (None): "wies ... zurück", "räumte über seinen Anwalt ein",
  "wirft ihm vor", "bestreitet", "kündigte an", "kritisierte sie" (a pronoun), "wie ein
  Sprecher bestätigte", "heißt es in dem Bericht", "laut dem 96 Seiten starken Bericht" and
  "Laut Rechenschaftsbericht" (documents, hundred-second: "laut Anklage"), "Nach
  Medienberichten", "Laut einer Forsa-Umfrage", "ergab eine weitere Umfrage von Marktblick";
  "The anti-corruption prosecutors' office WKStA said" (a description before a name,
  fortieth and forty-fourth), "a spokesperson said", "Prosecutors say", "counsel assisting
  told the commission", "the report said", "according to campaign finance records",
  "according to an AP tally", "state filings show", "parliamentary records show", "Electoral
  Commission figures show", "a 2024 audit found", "The party, which won 3.1% ..., said ..."
  (new: a subject parted from its verb by a relative clause is left unchecked, not yet
  settled), rows without attribution and all negatives, also those with a named speaker.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_116 = [
    # --- Chat-Affäre um Staatssekretär Haslinger (APA) ---
    ("de", "Wien (APA) - Die Wirtschafts- und Korruptionsstaatsanwaltschaft (WKStA) ermittelt gegen Finanzstaatssekretär Gernot Haslinger wegen des Verdachts der Untreue und der Bestechlichkeit.", True, [], None),
    ("de", "Auslöser sind rund 1.400 Chatnachrichten aus den Jahren 2021 bis 2023, die mehreren Redaktionen zugespielt wurden.", True, [("count", 1400, None, "about"), ("year", 2021, None, None), ("year", 2023, None, None)], None),
    ("de", "Darin soll Haslinger einem Linzer Meinungsforschungsinstitut Studienaufträge über insgesamt 486.000 Euro in Aussicht gestellt haben, im Gegenzug für geschönte Umfragen.", True, [("money", 486000, "EUR", None)], None),
    ("de", "Ermittler durchsuchten am Dienstag sieben Adressen in Wien und Niederösterreich, darunter das Büro des Staatssekretärs.", True, [("count", 7, None, None)], None),
    ("de", "Insgesamt führe man acht Beschuldigte und zwei Verbände, teilte die WKStA am Mittwoch mit.", True, [("count", 8, None, None), ("count", 2, None, None)], "die WKStA"),
    ("de", "Haslinger wies die Vorwürfe zurück: Er habe zu keinem Zeitpunkt Einfluss auf die Vergabe von Studien genommen.", True, [], None),
    ("de", "„Was hier abläuft, ist eine Hexenjagd auf meine Person, befeuert von anonymen Leaks“, sagte Haslinger am Abend im ORF-Fernsehen.", False, [], None),
    ("de", "Für alle Genannten gilt die Unschuldsvermutung.", False, [], None),
    ("de", "Die Opposition forderte Haslinger auf, „endlich reinen Tisch zu machen und den Hut zu nehmen“.", False, [], None),
    ("de", "Der Geschäftsführer des Instituts räumte über seinen Anwalt ein, dass im Jahr 2022 drei Umfragen vor der Veröffentlichung „nachgeschärft“ worden seien.", True, [("year", 2022, None, None), ("count", 3, None, None)], None),
    ("de", "Chat-Affäre: Staatssekretär Haslinger tritt zurück", True, [], None),
    ("de", "Zwei Tage nach dem Bekanntwerden der Chats hat Haslinger am Donnerstag seinen Rücktritt erklärt.", True, [("duration", 2, "day", None)], None),
    ("de", "„Ich habe mir nichts vorzuwerfen, aber meiner Familie will ich diesen Druck nicht länger zumuten“, sagte der 47-Jährige.", False, [("duration", 47, "year", None)], None),
    ("de", "Haslinger war seit Jänner 2024 im Amt und ist bereits der dritte Staatssekretär dieser Regierung, der vorzeitig geht.", True, [("year", 2024, None, None), ("ordinal", 3, None, None)], None),
    ("de", "Nachfolgerin wird Sektionschefin Ulrike Pfandl, die Angelobung ist für Montag geplant, teilte das Bundeskanzleramt mit.", True, [], "das Bundeskanzleramt"),
    ("de", "„Wer soll dieser Regierung jetzt noch ein einziges Wort glauben?“, fragte Oppositionschefin Martina Eibl.", False, [], None),
    ("de", "Die Regierung müsse nun „alle Karten auf den Tisch legen“, verlangte Eibl.", False, [], None),
    ("de", "Die Kanzlerpartei wollte sich auf Anfrage nicht zu den Inhalten der Chats äußern.", False, [], None),
    # --- Umfrage nach der Chat-Affäre (APA) ---
    ("de", "Wien (APA) - In einer Umfrage des Instituts Marktblick für eine Wiener Tageszeitung sprachen sich 64 Prozent für eine vorgezogene Neuwahl aus, 29 Prozent waren dagegen.", True, [("percent", 64, "%", None), ("percent", 29, "%", None)], None),
    ("de", "Die Kanzlerpartei verlor in der Sonntagsfrage vier Prozentpunkte und liegt mit 21 Prozent erstmals seit 2017 nur auf Platz drei.", True, [("percent", 4, "pp", None), ("percent", 21, "%", None), ("year", 2017, None, None), ("ordinal", 3, None, None)], None),
    ("de", "Die Verluste gingen vor allem auf das Konto früherer Stammwähler, die nun ins Lager der Nichtwähler wechselten, sagte Studienleiter Roland Wiesinger.", True, [], "Roland Wiesinger"),
    ("de", "Befragt wurden 812 Wahlberechtigte, die Schwankungsbreite liegt bei plus/minus 3,4 Prozentpunkten.", True, [("count", 812, None, None), ("percent", 3.4, "pp", None)], None),
    ("de", "Umfragen seien immer nur Momentaufnahmen, betonte ein Sprecher der Kanzlerpartei.", False, [], None),
    # --- Immunität und Sondersitzung im Nationalrat (APA) ---
    ("de", "Wien (APA) - Der Immunitätsausschuss des Nationalrats hat am Mittwoch einstimmig empfohlen, die Immunität des Abgeordneten Florian Reisinger aufzuheben, der in den Chats mehrfach vorkommt.", True, [], None),
    ("de", "Die WKStA wirft ihm vor, als Kabinettschef im Jahr 2022 zwei Inseratenkampagnen über zusammen 215.000 Euro an ein befreundetes Gratisblatt vergeben zu haben.", True, [("year", 2022, None, None), ("count", 2, None, None), ("money", 215000, "EUR", None)], None),
    ("de", "Die Vorwürfe seien „konstruiert und haltlos“, erklärte sein Anwalt.", False, [], None),
    ("de", "Das Plenum folgte der Empfehlung tags darauf mit 171 von 178 abgegebenen Stimmen.", True, [("count", 171, None, None), ("count", 178, None, None)], None),
    ("de", "Zuvor war der Nationalrat am 5. März zu einer zweitägigen Sondersitzung zur Chat-Affäre zusammengetreten.", True, [("date", "--03-05", None, None), ("duration", 2, "day", None)], None),
    ("de", "Die Regierung legte dort einen Zehn-Punkte-Plan für mehr Transparenz bei der Vergabe von Studien und Inseraten vor.", True, [("count", 10, None, None)], None),
    ("de", "Auf Verlangen von 46 Abgeordneten setzte das Parlament zudem einen Untersuchungsausschuss ein.", True, [("count", 46, None, None)], None),
    ("de", "Das Gremium soll binnen 14 Monaten arbeiten und an höchstens 30 Befragungstagen Auskunftspersonen laden.", True, [("duration", 14, "month", None), ("count", 30, None, "at_most")], None),
    ("de", "Der Bundespräsident rief alle Beteiligten zu „Anstand und Mäßigung“ auf.", False, [], None),
    # --- Spendenaffäre der Bürgerallianz (dpa) ---
    ("de", "Spendenaffäre: Bürgerallianz soll 1,47 Millionen Euro zahlen", True, [("money", 1470000, "EUR", None)], None),
    ("de", "Berlin (dpa) - Die Bundestagsverwaltung hat gegen die Bürgerallianz eine Strafzahlung von 1,47 Millionen Euro wegen rechtswidrig angenommener Spenden verhängt.", True, [("money", 1470000, "EUR", None)], None),
    ("de", "Die Partei hatte 2023 und 2024 zusammen 490.000 Euro aus der Schweiz erhalten, verteilt auf 52 Einzelüberweisungen.", True, [("year", 2023, None, None), ("year", 2024, None, None), ("money", 490000, "EUR", None), ("count", 52, None, None)], None),
    ("de", "Die Strafe beträgt das Dreifache der rechtswidrig erlangten Summe, wie es das Parteiengesetz vorsieht.", True, [("count", 3, None, None)], None),
    ("de", "Die einzelnen Beträge lagen zwischen 9.000 und 9.900 Euro und damit knapp unter der Grenze von 10.000 Euro, ab der Spender im Rechenschaftsbericht namentlich genannt werden müssen.", True, [("money", 9000, "EUR", None), ("money", 9900, "EUR", None), ("money", 10000, "EUR", None)], None),
    ("de", "Schatzmeister Konrad Ebeling sprach von einem „bedauerlichen Versehen in der Buchhaltung“.", False, [], None),
    ("de", "Die Partei werde binnen eines Monats Klage beim Verwaltungsgericht Berlin einreichen, sagte Ebeling.", True, [], "Ebeling"),
    ("de", "Nach Medienberichten stammt das Geld von einem Zürcher Immobilienunternehmer, der über seinen Anwalt bestreiten ließ, die Zahlungen an Bedingungen geknüpft zu haben.", True, [], None),
    ("de", "Parteichefin Heike Sandrock sagte, sie habe von der Stückelung erst im Januar durch den Wirtschaftsprüfer erfahren.", True, [], "Heike Sandrock"),
    ("de", "Der Verein Offene Kassen nannte den Fall ein „Lehrstück darüber, wie leicht sich die Transparenzregeln umgehen lassen“.", False, [], None),
    ("de", "Im Rechenschaftsbericht für 2024 weist die Partei Einnahmen von 11,3 Millionen Euro aus, 2,8 Millionen Euro davon aus Spenden.", True, [("year", 2024, None, None), ("money", 11300000, "EUR", None), ("money", 2800000, "EUR", None)], None),
    ("de", "Rund ein Viertel aller Spenden kam von nur zwölf Personen, so Sandrock.", True, [("fraction", 0.25, None, "about"), ("count", 12, None, None)], "Sandrock"),
    ("de", "Welche Rolle der frühere Generalsekretär bei den Zahlungen spielte, ist weiterhin unklar.", False, [], None),
    ("de", "Zwei Wochen nach dem Bescheid trat Ebeling als Schatzmeister zurück, Nachfolger wird der Bundestagsabgeordnete Jens Marold.", True, [("duration", 2, "week", None)], None),
    ("de", "Laut einer Forsa-Umfrage kommt die Bürgerallianz bundesweit nur noch auf 6 Prozent, zwei Punkte weniger als vor Bekanntwerden der Spenden.", True, [("percent", 6, "%", None), ("percent", 2, "pp", None)], None),
    ("de", "Mehr als die Hälfte der Befragten hält die Partei nach der Affäre für nicht mehr glaubwürdig.", True, [("fraction", 0.5, None, "over")], None),
    ("de", "„Am Ende regiert eben doch das Geld“, sagte ein Rentner vor der Parteizentrale in Berlin-Mitte.", False, [], None),
    # --- Spesenaffäre in Wendelstadt (dpa) ---
    ("de", "Wendelstadt (dpa) - Der Oberbürgermeister von Wendelstadt, Matthias Krollmann, soll über fünf Jahre hinweg private Reisen und Restaurantbesuche über die Stadtkasse abgerechnet haben.", True, [("duration", 5, "year", None)], None),
    ("de", "Der Landesrechnungshof beziffert den Schaden in einem 64-seitigen Prüfbericht auf rund 212.000 Euro.", True, [("count", 64, None, None), ("money", 212000, "EUR", "about")], None),
    ("de", "Im Rohbericht war der Schaden noch mit 168.000 Euro angegeben worden, teilte der Landesrechnungshof mit.", True, [("money", 168000, "EUR", None)], "der Landesrechnungshof"),
    ("de", "Beanstandet werden 47 Dienstreisen, darunter neun Flüge in der Businessklasse nach Asien und Südamerika.", True, [("count", 47, None, None), ("count", 9, None, None)], None),
    ("de", "Bei knapp jeder dritten Bewirtungsrechnung fehlten Angaben zu Anlass und Gästen, heißt es in dem Bericht.", True, [("fraction", 0.3333, None, "nearly")], None),
    ("de", "Krollmann bestreitet, sich persönlich bereichert zu haben.", True, [], None),
    ("de", "„Ich habe jeden strittigen Betrag längst aus eigener Tasche an die Stadt zurücküberwiesen“, sagte der parteilose Politiker.", True, [], None),
    ("de", "Nach Angaben der Stadt hat Krollmann bisher 38.500 Euro erstattet, also weniger als ein Fünftel der beanstandeten Summe.", True, [("money", 38500, "EUR", None), ("fraction", 0.2, None, "under")], "die Stadt"),
    ("de", "Die Staatsanwaltschaft Kassel prüft einen Anfangsverdacht der Untreue, wie ein Sprecher bestätigte.", True, [], None),
    ("de", "„Das ist ein Schlag ins Gesicht aller, die in dieser Stadt ehrlich ihre Steuern zahlen“, sagte Fraktionschef Tobias Rennert.", False, [], None),
    ("de", "Vor dem Rathaus hielten Demonstrierende Schilder mit der Aufschrift „Spesenritter raus“ in die Höhe.", False, [], None),
    ("de", "Die Stadtverordnetenversammlung will am 14. März über ein Abwahlverfahren entscheiden, nötig ist eine Zweidrittelmehrheit der 59 Stadtverordneten.", True, [("date", "--03-14", None, None), ("fraction", 0.6667, None, None), ("count", 59, None, None)], None),
    ("de", "Eine Woche vor der Abstimmung kündigte Krollmann seinen Rücktritt zum 31. März an.", True, [("date", "--03-31", None, None)], None),
    ("de", "Der 61-Jährige war seit 2014 im Amt und hatte die Wahl 2020 im ersten Wahlgang mit 54,8 Prozent gewonnen.", True, [("duration", 61, "year", None), ("year", 2014, None, None), ("year", 2020, None, None), ("ordinal", 1, None, None), ("percent", 54.8, "%", None)], None),
    ("de", "Bis zur Neuwahl am 8. Juni führt Bürgermeisterin Sabine Wernecke die Amtsgeschäfte.", True, [("date", "--06-08", None, None)], None),
    ("de", "Krollmann ist der zweite Oberbürgermeister in Hessen binnen drei Jahren, der über eine Spesenaffäre stürzt.", True, [("ordinal", 2, None, None), ("duration", 3, "year", None)], None),
    ("de", "Ob der Rücktritt das Abwahlverfahren überflüssig macht, ließ die Kommunalaufsicht zunächst offen.", False, [], None),
    # --- Spesen des Stadtpräsidenten von Seewilen (Keystone-SDA) ---
    ("de", "Seewilen (Keystone-SDA) - Der Stadtpräsident von Seewilen, Reto Gubler, hat in vier Jahren Spesen von rund 184'000 Franken abgerechnet, fast doppelt so viel wie seine Vorgängerin in ihrer gesamten Amtszeit.", True, [("duration", 4, "year", None), ("money", 184000, "CHF", "about"), ("count", 2, None, "nearly")], None),
    ("de", "Das geht aus dem Bericht der Geschäftsprüfungskommission (GPK) des Stadtparlaments hervor, der am Montag publiziert wurde.", True, [], None),
    ("de", "Allein für Taxifahrten wies Gubler 2024 über 23'000 Franken aus, für Repräsentationsessen weitere 41'800 Franken.", True, [("year", 2024, None, None), ("money", 23000, "CHF", "over"), ("money", 41800, "CHF", None)], None),
    ("de", "Gubler sagte, sämtliche Auslagen seien dienstlich begründet und vom Finanzdepartement jeweils bewilligt worden.", True, [], "Gubler"),
    ("de", "«Hier wird ein Exempel statuiert, und zwar am Falschen», sagte Gubler der «SonntagsZeitung».", False, [], None),
    ("de", "Das Stadtparlament setzte mit 38 zu 14 Stimmen bei 3 Enthaltungen eine Parlamentarische Untersuchungskommission (PUK) ein.", True, [("count", 38, None, None), ("count", 14, None, None), ("count", 3, None, None)], None),
    ("de", "Die PUK zählt sieben Mitglieder und soll bis Ende Jahr Bericht erstatten.", True, [("count", 7, None, None)], None),
    ("de", "«Das ist ein schwarzer Tag für die direkte Demokratie in unserer Stadt», sagte die Parlamentarierin Nadja Imhof.", False, [], None),
    ("de", "Ist das der Anfang vom Ende einer politischen Kultur, in der niemand dem anderen auf die Finger schaut?", False, [], None),
    ("de", "Die PUK hat in ihren ersten sechs Sitzungen 19 Personen befragt, wie PUK-Präsidentin Andrea Lüthi mitteilte.", True, [("ordinal", 1, None, None), ("count", 6, None, None), ("count", 19, None, None)], "Andrea Lüthi"),
    ("de", "Gubler trat am Mittwoch nach elf Jahren im Amt per sofort zurück.", True, [("duration", 11, "year", None)], None),
    ("de", "Er habe inzwischen 61'500 Franken zurückbezahlt, teilte die Stadtkanzlei mit.", True, [("money", 61500, "CHF", None)], "die Stadtkanzlei"),
    ("de", "Die Ersatzwahl ist für den 14. Juni angesetzt, bis dahin führt Vizepräsidentin Carmen Rüegg die Stadt.", True, [("date", "--06-14", None, None)], None),
    # --- Immunität von Nationalrat Hänggi (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Die Immunitätskommission des Nationalrats hat sich mit 5 zu 4 Stimmen dafür ausgesprochen, die Immunität von Nationalrat Urs Hänggi aufzuheben.", True, [("count", 5, None, None), ("count", 4, None, None)], None),
    ("de", "Hänggi soll von einem Rüstungszulieferer für zwei Beratungsmandate insgesamt 120'000 Franken erhalten haben, ohne sie im Register der Interessenbindungen offenzulegen.", True, [("count", 2, None, None), ("money", 120000, "CHF", None)], None),
    ("de", "Die Bundesanwaltschaft will gegen den 58-Jährigen wegen Verdachts auf Vorteilsannahme ermitteln.", True, [("duration", 58, "year", None)], None),
    ("de", "Die Rechtskommission des Ständerats muss dem Entscheid noch zustimmen, sie tagt am 22. April.", True, [("date", "--04-22", None, None)], None),
    ("de", "Hänggi bestreitet jedes Fehlverhalten und sprach von einer «Kampagne aus dem Bundeshaus».", True, [], None),
    ("de", "Es ist erst das dritte Mal seit 2010, dass die Kommission einem solchen Gesuch der Bundesanwaltschaft stattgibt.", True, [("ordinal", 3, None, None), ("year", 2010, None, None)], None),
    # --- Inseratenaffäre in Tirol (APA) ---
    ("de", "Innsbruck (APA) - Tirols Verkehrslandesrat Markus Tschallener ist am Freitag wegen der sogenannten Inseratenaffäre zurückgetreten.", True, [], None),
    ("de", "Sein Ressort hatte laut Landesrechnungshof zwischen 2021 und 2024 Inserate um 2,3 Millionen Euro geschaltet, gut 40 Prozent davon in zwei Bezirksblättern eines Parteifreundes.", True, [("year", 2021, None, None), ("year", 2024, None, None), ("money", 2300000, "EUR", None), ("percent", 40, "%", "over"), ("count", 2, None, None)], "Landesrechnungshof"),
    ("de", "Bei 118 von 260 geprüften Inseraten fehlte laut dem 96 Seiten starken Bericht jede Begründung.", True, [("count", 118, None, None), ("count", 260, None, None), ("count", 96, None, None)], None),
    ("de", "„Ich gehe erhobenen Hauptes“, sagte der 55-Jährige bei einer kurzen Pressekonferenz im Landhaus.", False, [("duration", 55, "year", None)], None),
    ("de", "Die Opposition sprach von einem „Sittenbild der Landespolitik“.", False, [], None),
    ("de", "Nachfolgerin wird die Landtagsabgeordnete Theresa Kofler, 39, teilte das Land Tirol mit.", True, [("duration", 39, "year", None)], "das Land Tirol"),
    ("de", "Ihre Angelobung im Landtag ist für den 3. April geplant.", True, [("date", "--04-03", None, None)], None),
    ("de", "Der Landeshauptmann kündigte an, die Richtlinien für die Vergabe von Inseraten binnen sechs Wochen zu überarbeiten.", True, [("duration", 6, "week", None)], None),
    ("de", "In der Landespartei hofft man, dass sich die Wogen bis zum Sommer glätten.", False, [], None),
    # --- Untersuchungsausschuss: Befragung Haslingers (APA) ---
    ("de", "Wien (APA) - Ex-Staatssekretär Gernot Haslinger hat sich bei seiner Befragung im Untersuchungsausschuss in 31 von 44 Fragen der Aussage entschlagen.", True, [("count", 31, None, None), ("count", 44, None, None)], None),
    ("de", "Die knapp fünfstündige Befragung war die bisher längste in diesem Ausschuss.", True, [("duration", 5, "hour", "nearly")], None),
    ("de", "„Dazu sage ich nichts, solange die Justiz ermittelt“, sagte Haslinger.", False, [], None),
    ("de", "Verfahrensrichterin Elisabeth Kranebitter sagte, der Ausschuss habe bisher 18.600 Seiten an Akten aus vier Ministerien erhalten.", True, [("count", 18600, None, None), ("count", 4, None, None)], "Elisabeth Kranebitter"),
    ("de", "Rund ein Drittel davon sei geschwärzt geliefert worden, kritisierte sie.", True, [("fraction", 0.3333, None, "about")], None),
    ("de", "Der Ausschuss hat in bisher sechs Sitzungen elf Auskunftspersonen gehört, wie die Parlamentsdirektion mitteilte.", True, [("count", 6, None, None), ("count", 11, None, None)], "die Parlamentsdirektion"),
    ("de", "Mehr als zwei Drittel der Befragten halten die Arbeit des Ausschusses für wichtig, ergab eine weitere Umfrage von Marktblick.", True, [("fraction", 0.6667, None, "over")], None),
    ("de", "Ob der Ausschuss seine Arbeit vor der nächsten Wahl abschließen kann, ist offen.", False, [], None),
    # --- Immunität im Landtag von Sachsen-Anhalt (dpa) ---
    ("de", "Magdeburg (dpa) - Der Landtag von Sachsen-Anhalt hat die Immunität des Abgeordneten Holger Brenske aufgehoben.", True, [], None),
    ("de", "Die Entscheidung fiel ohne Gegenstimmen bei vier Enthaltungen.", True, [("count", 4, None, None)], None),
    ("de", "Brenske soll von einem Windparkentwickler zwischen 2022 und 2024 Beraterhonorare von monatlich 4.500 Euro, insgesamt rund 126.000 Euro, erhalten haben.", True, [("year", 2022, None, None), ("year", 2024, None, None), ("money", 4500, "EUR", None), ("money", 126000, "EUR", "about")], None),
    ("de", "Ermittler durchsuchten noch am selben Tag sein Wahlkreisbüro und zwei Wohnungen, teilte die Staatsanwaltschaft mit.", True, [("count", 2, None, None)], "die Staatsanwaltschaft"),
    ("de", "Die Honorare seien für Gutachten geflossen, die sein Mandant tatsächlich erstellt habe, sagte sein Anwalt Dirk Lammers.", True, [], "Dirk Lammers"),
    ("de", "Brenske legte sein Amt als stellvertretender Fraktionsvorsitzender nieder, sein Mandat will er aber behalten.", True, [], None),
    ("de", "Er ist der zweite Abgeordnete in dieser Wahlperiode, dessen Immunität das Parlament aufhebt.", True, [("ordinal", 2, None, None)], None),
    ("de", "Mit einer Niederlegung des Mandats ist nach Einschätzung von Beobachtern vorerst nicht zu rechnen.", False, [], None),
    # --- Parteienfinanzen: Geldbuße des UPTS (APA) ---
    ("de", "Wien (APA) - Der Unabhängige Parteien-Transparenz-Senat (UPTS) hat gegen eine Parlamentspartei eine Geldbuße von 380.000 Euro verhängt, weil sie im Wahlkampf die gesetzliche Kostengrenze um rund 1,9 Millionen Euro überschritten hat.", True, [("money", 380000, "EUR", None), ("money", 1900000, "EUR", "about")], None),
    ("de", "Es ist die höchste Strafe, die der Senat seit seiner Einrichtung 2013 ausgesprochen hat, teilte der Senat mit.", True, [("year", 2013, None, None)], "der Senat"),
    ("de", "Laut Rechenschaftsbericht gab die Partei im Wahljahr knapp 9,2 Millionen Euro für Plakate, Inserate und Veranstaltungen aus.", True, [("money", 9200000, "EUR", "nearly")], None),
    ("de", "Die Partei bezeichnete die Berechnung als „fehlerhaft und politisch motiviert“ und kündigte eine Beschwerde beim Bundesverwaltungsgericht an.", True, [], None),
    ("de", "Gesetze gegen Überschreitungen gebe es genug, es fehle am politischen Willen, sie durchzusetzen, sagte der Politologe Ernst Laimer.", False, [], None),
    # --- Nebeneinkünfte im Bundestag (dpa) ---
    ("de", "Berlin (dpa) - Die Bundestagsverwaltung hat gegen den Abgeordneten Lars Vöhringer ein Ordnungsgeld von 21.600 Euro verhängt, weil er Nebeneinkünfte verspätet angezeigt hatte.", True, [("money", 21600, "EUR", None)], None),
    ("de", "Vöhringer hatte für 14 Vorträge vor Bankenverbänden Honorare von insgesamt 187.000 Euro erhalten.", True, [("count", 14, None, None), ("money", 187000, "EUR", None)], None),
    ("de", "Die Einkünfte meldete er nach Angaben der Bundestagsverwaltung mit bis zu elf Monaten Verspätung.", True, [("duration", 11, "month", "up_to")], "die Bundestagsverwaltung"),
    ("de", "„Ich habe einen Fehler gemacht, und dafür entschuldige ich mich“, sagte Vöhringer.", False, [], None),
    ("de", "Eine Rückgabe der Honorare lehnte er ab.", True, [], None),
    ("de", "Auf Plakaten vor dem Reichstagsgebäude stand „Wir zahlen, ihr kassiert“.", False, [], None),
    # --- Austria's chat affair (Reuters) ---
    ("en", "VIENNA, Feb 26 (Reuters) - Austrian prosecutors are investigating a deputy finance minister over leaked chat messages suggesting he offered a polling firm state contracts worth about 486,000 euros ($510,000) in return for favourable surveys.", True, [("date", "--02-26", None, None), ("money", 486000, "EUR", "about"), ("money", 510000, "USD", None)], None),
    ("en", "Gernot Haslinger, 47, denies any wrongdoing.", True, [("duration", 47, "year", None)], None),
    ("en", "The anti-corruption prosecutors' office WKStA said it was treating eight people and two companies as suspects.", True, [("count", 8, None, None), ("count", 2, None, None)], None),
    ("en", "It is the third corruption investigation to touch a member of the government since the coalition took office in 2024.", True, [("ordinal", 3, None, None), ("year", 2024, None, None)], None),
    ("en", "VIENNA, Feb 27 (Reuters) - Haslinger resigned on Thursday, two days after the chats were published, becoming the third state secretary to leave the government early.", True, [("date", "--02-27", None, None), ("duration", 2, "day", None), ("ordinal", 3, None, None)], None),
    ("en", "Haslinger's successor, Ulrike Pfandl, 52, is a career civil servant who has worked in the finance ministry for 23 years.", True, [("duration", 52, "year", None), ("duration", 23, "year", None)], None),
    ("en", "Austria has been shaken by a string of affairs involving leaked phone messages since 2019, when a secretly filmed video brought down the then coalition.", True, [("year", 2019, None, None)], None),
    ("en", "Analysts said the affair could cost the government its majority at the next election.", False, [], None),
    # --- Ashcombe resigns over WhatsApp messages (Reuters) ---
    ("en", "LONDON, March 3 (Reuters) - British junior health minister Daniel Ashcombe resigned on Tuesday after leaked WhatsApp messages showed he had pressed officials to favour a company that paid his wife's consultancy £120,000.", True, [("date", "--03-03", None, None), ("money", 120000, "GBP", None)], None),
    ("en", "The 214 messages, sent between June 2023 and January 2025, show Ashcombe urging civil servants at least nine times to speed up the firm's bid for a £43 million contract.", True, [("count", 214, None, None), ("year", 2023, None, None), ("year", 2025, None, None), ("count", 9, None, "at_least"), ("money", 43000000, "GBP", None)], None),
    ("en", "Ashcombe said he had never knowingly broken the ministerial code and had declared his wife's business interests to his permanent secretary in 2023.", True, [("year", 2023, None, None)], "Ashcombe"),
    ("en", "\"I have always acted in what I believed to be the public interest,\" he wrote in his resignation letter.", False, [], None),
    ("en", "Downing Street said the prime minister had accepted the resignation and asked his independent adviser on ministers' interests to review the case.", True, [], "Downing Street"),
    ("en", "Opposition MPs called the affair \"a textbook case of cronyism.\"", False, [], None),
    ("en", "\"What did the prime minister know, and when did he know it?\" the leader of the opposition asked in the Commons.", False, [], None),
    ("en", "Ashcombe is the fourth minister to leave the government since the general election in July 2024.", True, [("ordinal", 4, None, None), ("year", 2024, None, None)], None),
    ("en", "The 44-year-old has represented Wexcombe and Marsh since 2017.", True, [("duration", 44, "year", None), ("year", 2017, None, None)], None),
    ("en", "Former trade official Miriam Lyle will replace him, Downing Street announced on Wednesday.", True, [], "Downing Street"),
    ("en", "The company, Halvergate Diagnostics, did not respond to requests for comment.", False, [], None),
    ("en", "Reporters camped outside Ashcombe's constituency office for most of the day.", False, [], None),
    ("en", "The Parliamentary Commissioner for Standards has opened an investigation into whether Ashcombe failed to register the payments, her office said.", True, [], "her office"),
    ("en", "(Reporting by Hannah Welby; Editing by Mark Trevithick)", False, [], None),
    # --- German party fined over Swiss donations (Reuters) ---
    ("en", "BERLIN, March 6 (Reuters) - Germany's parliament has fined the small Citizens' Alliance party 1.47 million euros for accepting donations from Switzerland that were split into 52 transfers to get round disclosure rules.", True, [("date", "--03-06", None, None), ("money", 1470000, "EUR", None), ("count", 52, None, None)], None),
    ("en", "Under German law, a party that accepts an illegal donation must pay three times the amount received.", True, [("count", 3, None, None)], None),
    ("en", "The fine amounts to roughly an eighth of the party's annual income of 11.3 million euros.", True, [("fraction", 0.125, None, "about"), ("money", 11300000, "EUR", None)], None),
    ("en", "Donations of more than 10,000 euros a year must be published with the donor's name in a party's annual accounts.", True, [("money", 10000, "EUR", "over")], None),
    ("en", "The party, which won 3.1% in the last federal election, said it would challenge the fine in court.", True, [("percent", 3.1, "%", None)], None),
    # --- European Parliament lifts immunity (Reuters) ---
    ("en", "STRASBOURG, March 11 (Reuters) - The European Parliament voted on Tuesday to lift the immunity of two lawmakers suspected of taking cash from a foreign government to soften debates on trade, clearing the way for Belgian prosecutors to question them.", True, [("date", "--03-11", None, None), ("count", 2, None, None)], None),
    ("en", "Lawmakers waived the immunity of Italian member Paolo Ferrante by 561 votes to 37, with 22 abstentions.", True, [("count", 561, None, None), ("count", 37, None, None), ("count", 22, None, None)], None),
    ("en", "The vote on Maltese member Joanne Zarb passed by 548 to 51, with 29 abstentions.", True, [("count", 548, None, None), ("count", 51, None, None), ("count", 29, None, None)], None),
    ("en", "Investigators seized about 740,000 euros in cash during raids in Brussels and Milan in December, the federal prosecutor's office said.", True, [("money", 740000, "EUR", "about")], "the federal prosecutor's office"),
    ("en", "Prosecutors suspect the payments were made over a period of at least 18 months.", True, [("duration", 18, "month", "at_least")], None),
    ("en", "Both lawmakers deny any wrongdoing.", True, [], None),
    ("en", "\"Today is a dark day for European democracy,\" said Dutch lawmaker Anneke Vos, who sits on the parliament's legal affairs committee.", False, [], None),
    ("en", "Parliament has since frozen the two members' staff allowances and removed them from all rapporteur roles, a spokesperson said.", True, [("count", 2, None, None)], None),
    ("en", "The assembly has lifted the immunity of 14 of its 720 members since the 2024 European elections.", True, [("count", 14, None, None), ("count", 720, None, None), ("year", 2024, None, None)], None),
    ("en", "About one in seven members did not take part in the first vote.", True, [("fraction", 0.1429, None, "about"), ("ordinal", 1, None, None)], None),
    ("en", "Whether the scandal will change how lobbyists are policed in Brussels remains to be seen.", False, [], None),
    # --- Ohio Senate leader indicted (AP) ---
    ("en", "COLUMBUS, Ohio (AP) — Ohio Senate Majority Leader Dwight Harlan was indicted Thursday on federal charges that he took more than $410,000 in bribes from a payday lending company in exchange for blocking a bill that would have capped interest rates.", True, [("money", 410000, "USD", "over")], None),
    ("en", "The 11-count indictment charges Harlan, 63, with bribery, honest services wire fraud and money laundering.", True, [("count", 11, None, None), ("duration", 63, "year", None)], None),
    ("en", "Prosecutors had put the bribes at $260,000 in a criminal complaint filed in January.", True, [("money", 260000, "USD", None)], None),
    ("en", "Prosecutors say the money was routed through two consulting firms and a nonprofit that Harlan secretly controlled.", True, [("count", 2, None, None)], None),
    ("en", "The bill, which would have capped annual interest rates at 36%, died in a Senate committee three times between 2021 and 2024.", True, [("percent", 36, "%", None), ("count", 3, None, None), ("year", 2021, None, None), ("year", 2024, None, None)], None),
    ("en", "Each of the most serious counts carries a penalty of up to 20 years behind bars.", True, [("duration", 20, "year", "up_to")], None),
    ("en", "Harlan pleaded not guilty on Friday and was released on a $50,000 unsecured bond.", True, [("money", 50000, "USD", None)], None),
    ("en", "His attorney, Vincent Dorsey, said Harlan had \"never taken a dime in exchange for an official act.\"", True, [], "Vincent Dorsey"),
    ("en", "\"This is a political witch hunt, plain and simple, and I will beat it,\" Harlan told supporters outside the federal courthouse.", False, [], None),
    ("en", "The FBI said agents had secretly recorded 38 conversations between Harlan and a company executive who began cooperating with investigators in 2022.", True, [("count", 38, None, None), ("year", 2022, None, None)], "the FBI"),
    ("en", "The company and its executives gave about $1.2 million to state political campaigns between 2019 and 2024, according to campaign finance records.", True, [("money", 1200000, "USD", "about"), ("year", 2019, None, None), ("year", 2024, None, None)], None),
    ("en", "Leaders of both parties in the Senate called on Harlan to step aside.", False, [], None),
    ("en", "Harlan gave up his leadership post on Monday but kept his seat.", True, [], None),
    ("en", "His campaign account held about $2.3 million at the end of last year, state filings show.", True, [("money", 2300000, "USD", "about")], None),
    ("en", "Payday lending reform advocates said the indictment confirmed what they had suspected for years.", False, [], None),
    ("en", "Whether other lawmakers received money from the company is unclear.", False, [], None),
    # --- New South Wales minister resigns (AAP) ---
    ("en", "SYDNEY, March 18 (AAP) - New South Wales Local Government Minister Craig Pettigrew has resigned after the state's corruption watchdog announced public hearings into grants his office awarded before the last election.", True, [("date", "--03-18", None, None)], None),
    ("en", "The Independent Commission Against Corruption will examine how A$252 million in community grants was shared among 96 councils.", True, [("money", 252000000, "AUD", None), ("count", 96, None, None)], None),
    ("en", "About 78% of the money went to councils in seats held or targeted by the government, a 2024 audit found.", True, [("percent", 78, "%", "about"), ("year", 2024, None, None)], None),
    ("en", "Roughly a quarter of the 96 councils received nothing at all.", True, [("fraction", 0.25, None, "about"), ("count", 96, None, None)], None),
    ("en", "The hearings are scheduled to run for four weeks from May 5.", True, [("duration", 4, "week", None), ("date", "--05-05", None, None)], None),
    ("en", "Pettigrew, who has held his seat since 2011, denied any wrongdoing.", True, [("year", 2011, None, None)], None),
    ("en", "\"I look forward to clearing my name,\" he said in a statement.", False, [], None),
    ("en", "The premier said Pettigrew's resignation was \"the right thing to do.\"", False, [], None),
    ("en", "Parliamentary Secretary Lena Kouris, 41, will be sworn in as minister on Friday, the premier's office said.", True, [("duration", 41, "year", None)], "the premier's office"),
    ("en", "Kouris becomes the first woman to run the state's local government portfolio.", True, [("ordinal", 1, None, None)], None),
    ("en", "Supporters in his electorate say he was one of the hardest-working ministers the state has had.", False, [], None),
    # --- Irish junior minister quits over expenses (Reuters) ---
    ("en", "DUBLIN, March 20 (Reuters) - An Irish junior minister resigned on Friday after admitting he had claimed about 26,000 euros in travel expenses for trips that were not on parliamentary business.", True, [("date", "--03-20", None, None), ("money", 26000, "EUR", "about")], None),
    ("en", "Minister of State Conor Mulqueen, 49, said he had repaid the full amount and written to each of the constituents whose events he had listed.", True, [("duration", 49, "year", None)], "Conor Mulqueen"),
    ("en", "The claims covered 112 journeys between County Clare and Dublin over two years, parliamentary records show.", True, [("count", 112, None, None), ("duration", 2, "year", None)], None),
    ("en", "Mulqueen had been a minister of state for 18 months and a member of parliament since 2016.", True, [("duration", 18, "month", None), ("year", 2016, None, None)], None),
    ("en", "Opposition parties called it \"the tip of the iceberg.\"", False, [], None),
    ("en", "Mulqueen is the second member of the government to resign this year.", True, [("ordinal", 2, None, None)], None),
    ("en", "The Standards in Public Office Commission said it would decide within 10 days whether to open a formal inquiry.", True, [("duration", 10, "day", None)], "the Standards in Public Office Commission"),
    ("en", "\"Is there anyone left in this government who has not had a hand in the till?\" one opposition TD asked.", False, [], None),
    # --- Ferrante charged in Brussels (Reuters) ---
    ("en", "BRUSSELS, March 27 (Reuters) - Belgian prosecutors charged European lawmaker Paolo Ferrante with corruption and money laundering on Thursday after questioning him for nearly nine hours.", True, [("date", "--03-27", None, None), ("duration", 9, "hour", "nearly")], None),
    ("en", "Ferrante, 55, was released under electronic monitoring, his lawyer said.", True, [("duration", 55, "year", None)], "his lawyer"),
    ("en", "Zarb is due to be questioned on April 9.", True, [("date", "--04-09", None, None)], None),
    ("en", "Ferrante's party suspended his membership pending the outcome of the case, a step it described as \"painful but necessary.\"", True, [], None),
    ("en", "(Reporting by Liam Carmody; Editing by Jane Oduya)", False, [], None),
    # --- Harlan resigns (AP) ---
    ("en", "COLUMBUS, Ohio (AP) — Dwight Harlan resigned from the Ohio Senate on Thursday, three weeks after his indictment, saying he needed to focus on his defense.", True, [("duration", 3, "week", None)], None),
    ("en", "Under state law, Senate members of his party have 30 days to appoint a successor to serve out the remaining 20 months of his term.", True, [("duration", 30, "day", None), ("duration", 20, "month", None)], None),
    ("en", "Harlan is the third sitting Ohio lawmaker charged with a corruption offense since 2020, according to an AP tally.", True, [("ordinal", 3, None, None), ("year", 2020, None, None)], None),
    ("en", "In a statewide poll released this week, 71% of likely voters said the legislature needed stricter ethics rules.", True, [("percent", 71, "%", None)], None),
    ("en", "Campaigners urged lawmakers to ban gifts from lobbyists altogether.", False, [], None),
    # --- House Ethics Committee (Reuters) ---
    ("en", "WASHINGTON, April 8 (Reuters) - The House Ethics Committee said on Tuesday it had found substantial evidence that Representative Carl Brandvold used more than $137,000 in campaign funds for personal expenses, including family holidays and a country club membership.", True, [("date", "--04-08", None, None), ("money", 137000, "USD", "over")], "the House Ethics Committee"),
    ("en", "Its investigative subcommittee reviewed more than 9,000 pages of records and interviewed 23 witnesses over 14 months.", True, [("count", 9000, None, "over"), ("count", 23, None, None), ("duration", 14, "month", None)], None),
    ("en", "About two-thirds of the improper spending went on travel, the committee said.", True, [("fraction", 0.6667, None, "about")], "the committee"),
    ("en", "Brandvold, who is serving his fifth term, has repaid about $58,000, the report said.", True, [("ordinal", 5, None, None), ("money", 58000, "USD", "about")], None),
    ("en", "In a statement, Brandvold said every expense had been approved by his campaign's outside accountants.", True, [], "Brandvold"),
    ("en", "\"I have nothing to hide and never have,\" Brandvold told reporters at the Capitol.", False, [], None),
    ("en", "The committee voted unanimously to refer the matter to the Justice Department.", True, [], None),
    ("en", "\"The American people deserve better than this,\" said Rep. Maria Ostrander, the panel's top Democrat.", False, [], None),
    ("en", "A spokesman for Brandvold declined to discuss the referral.", False, [], None),
    # --- Electoral Commission fine (PA) ---
    ("en", "LONDON (PA) - The Electoral Commission has fined the National Renewal party £64,500 for failing to report donations worth more than £1.3 million on time.", True, [("money", 64500, "GBP", None), ("money", 1300000, "GBP", "over")], None),
    ("en", "The watchdog found that 37 donations had been reported late, some of them by more than a year.", True, [("count", 37, None, None)], None),
    ("en", "Three donations totalling £96,000 came from a company that was not carrying on business in the UK and was therefore not a permissible donor.", True, [("count", 3, None, None), ("money", 96000, "GBP", None)], None),
    ("en", "The party has been ordered to forfeit the £96,000, the commission said.", True, [("money", 96000, "GBP", None)], "the commission"),
    ("en", "The party has 12 MPs and relied on donations for about one-fifth of its income last year.", True, [("count", 12, None, None), ("fraction", 0.2, None, "about")], None),
    ("en", "Party treasurer Gillian Moss said all outstanding reports had since been filed and two compliance officers hired.", True, [("count", 2, None, None)], "Gillian Moss"),
    ("en", "It is the second time in three years that the party has been fined by the regulator.", True, [("ordinal", 2, None, None), ("duration", 3, "year", None)], None),
    ("en", "The party received £8.7 million in donations in 2024, nearly two-thirds of it from just four donors, Electoral Commission figures show.", True, [("money", 8700000, "GBP", None), ("year", 2024, None, None), ("fraction", 0.6667, None, "nearly"), ("count", 4, None, None)], None),
    ("en", "Transparency campaigners said the penalty was \"a rounding error\" for a party of its size.", False, [], None),
    ("en", "Clean Politics UK said the case showed the rules on company donations were \"not worth the paper they are written on.\"", False, [], None),
    # --- Ashcombe suspended, recall petition (PA) ---
    ("en", "LONDON (PA) - MPs have voted to suspend former minister Daniel Ashcombe from the Commons for 21 sitting days after the standards committee found he had breached lobbying rules on six occasions.", True, [("count", 21, None, None), ("count", 6, None, None)], None),
    ("en", "The motion passed by 312 votes to 14 after a debate lasting 90 minutes.", True, [("count", 312, None, None), ("count", 14, None, None), ("duration", 90, "minute", None)], None),
    ("en", "The committee's 58-page report found that he had also failed to declare the payments to his wife's firm on four occasions.", True, [("count", 58, None, None), ("count", 4, None, None)], None),
    ("en", "Ashcombe called the process \"a kangaroo court run by my political enemies.\"", False, [], None),
    ("en", "The suspension triggers a recall petition in his constituency, which will stay open for six weeks.", True, [("duration", 6, "week", None)], None),
    ("en", "If at least 10% of the 74,310 registered voters sign, a by-election must be held.", True, [("percent", 10, "%", "at_least"), ("count", 74310, None, None)], None),
    ("en", "Ashcombe held the seat at the 2024 election with a majority of 2,871.", True, [("year", 2024, None, None), ("count", 2871, None, None)], None),
    ("en", "Party officials privately hope the by-election can be delayed until after the summer.", False, [], None),
    ("en", "An Opinium poll published on Sunday put the governing party on 24%, down five points since the messages emerged.", True, [("percent", 24, "%", None), ("percent", 5, "pp", None)], None),
    ("en", "Only 18% of respondents said they trusted the government to uphold standards in public life, the lowest share Opinium has recorded.", True, [("percent", 18, "%", None)], None),
    # --- ICAC hearings (AAP) ---
    ("en", "SYDNEY, May 13 (AAP) - On the seventh day of public hearings, counsel assisting told the commission that Pettigrew's office had overruled departmental advice on 41 of the 112 grant decisions it examined.", True, [("date", "--05-13", None, None), ("ordinal", 7, None, None), ("count", 41, None, None), ("count", 112, None, None)], None),
    ("en", "A former senior adviser testified that she had been told to delete a spreadsheet ranking projects by their electoral benefit.", True, [], None),
    ("en", "The commission has called 27 witnesses so far and expects to sit for a further two weeks.", True, [("count", 27, None, None), ("duration", 2, "week", None)], None),
    ("en", "Pettigrew's barrister said his client had followed the guidelines in force at the time.", True, [], "Pettigrew's barrister"),
    ("en", "A Resolve poll published on Monday showed the government's primary vote falling three points to 33%.", True, [("percent", 3, "pp", None), ("percent", 33, "%", None)], None),
    ("en", "Protesters outside the commission's offices held up cardboard cheques made out to \"Marginal Seats Inc.\"", False, [], None),
    ("en", "Whether the commission will make findings before the next state election is unclear.", False, [], None),
    # --- Recall petition closes (PA) ---
    ("en", "WEXCOMBE (PA) - The recall petition against Daniel Ashcombe closed with 11,982 signatures, or 16.1% of the electorate, the returning officer said.", True, [("count", 11982, None, None), ("percent", 16.1, "%", None)], "the returning officer"),
    ("en", "Ashcombe said on Friday he would not stand in the by-election.", True, [], "Ashcombe"),
]
