"""Hundred-and-third blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, a constituency, an initiative and
all figures are made up (Markus Lechleitner, Ferdinand Gapp, Wolfgang Prantl, Andrea
Haselwanter, Katrin Wendhausen, Holger Brandtstätter, Karsten Rüdiger, the initiative
«Gratis-ÖV für Junge», Lara Bühlmann, Urs Kälin, Nadia Pfister, Mette Lindgaard, Stefan
Hanreich, Jens Kühnemund, Roland Seibt, Carola Wendt, Tobias Rehfeldt, Peter Bodenstedt,
Miriam Kaltofen, Henning Strothmann; the Ashworth and Dale constituency, Gary Pellow,
Hannah Kerrigan, Aaron Tremaine, Mere Hohaia, Lucy Brannan, Neil Forsyth, Luis Aguiar,
Renee Castellanos, Doug Harwell, Wade Curtis, Tom Kessler, Mark Dillard, Lisa Ferraro,
Moira Calder, Rina Basu, Joost Verhaegen); real parties, broadcasters, pollsters, offices
and parliaments ("ÖVP", "FPÖ", "SPÖ", "NEOS", "Liste Fritz", "SPD", "AfD", "CDU", "BSW",
"FDP", "Landeswahlbehörde", "Verfassungsgerichtshof", "ORF", "Foresight", "ARD", "ZDF",
"Statistik Austria", "Bundeskanzlei", "gfs.bern", "Nationalrat", "Folketing",
"Rechnungshof", "Forsa", "Bundestag", "WDR"; "Reform UK", "Labour", "National Party", "ACT",
"NZ First", "the Electoral Commission", "Democratic Alliance", "Chega", "RTP", "AdImpact",
"The Associated Press", "the Federal Election Commission", "the Congressional Budget
Office", "FBI", "SNP", "Holyrood", "Bharatiya Janata Party", "the Election Commission", "the
Australian Electoral Commission") stand for the way wire copy names them; every share,
seat, tally, margin, sum, claim and quote here is invented.

Its weight: ELECTIONS AND PARLIAMENTARY VOTES over one election week, each story told in
story order (a dateline lead on the night, shares and seats, turnout, the arithmetic of
majorities, quotes of winners and losers, the postal count, recounts and challenges, then
coalition talks, votes in parliament and claims checked against figures). Half German (APA,
dpa, dpa/lnw, Keystone-SDA; Austrian "Wahlkarten", "Wahlsprengeln", "Kundmachung", "Mandate",
Swiss "Stimmbeteiligung", "Standesstimmen", "Gemäss", "Augenmass", "Franken", «» quotes,
German „“ quotes): a state election in Tyrol from the first projection to the postal ballots,
a seat moved by them and a challenge at the Verfassungsgerichtshof, the APA's check of a
lead candidate's rent claim; a state election in Mecklenburg-Vorpommern from the ARD
forecast to the provisional final result, a party 214 votes above the hurdle and a recount;
a mayoral runoff in Dortmund with its recount; a Swiss popular initiative that wins the
popular vote and fails the Ständemehr; an election in Denmark; the Rechnungshof on campaign
spending above the legal cap; a coalition treaty in Brandenburg after 61 days and a
Ministerpräsident elected in the second ballot; campaign promises in Berlin set against
completions; the Bundestag's budget vote with a contested claim on interest costs. Half
English (Reuters, AP, AAP, PA): a UK by-election with its recount and a lost deposit, New
Zealand's election night and its official count after special votes, Portugal's snap
election with an exit poll and votes from abroad, a Pennsylvania Senate race too close to
call, its fundraising, early voting in Georgia and a claim about dead voters, a House
stopgap vote, an AP check of an Ohio governor's debate, the Holyrood budget, a Commons
rebellion, a state election in West Bengal, an Australian referendum that needs a majority
of states, and a Dutch coalition deal. Figures as such copy has them: shares and swings
("36,2 Prozent", "ein Minus von 2,3 Prozentpunkten", "ein Plus von 3,2 Prozentpunkten",
"knapp einen Prozentpunkt", "17.2 percentage points", "up 2.9 points", "a margin of 0.46
percentage point"), turnout ("Wahlbeteiligung ... 67,4 Prozent", "Stimmbeteiligung", "Zur
Urne gingen ... 84,2 Prozent", "just over half", "89.7% of enrolled voters"), seats and
majorities ("14 auf die ÖVP, zehn auf die FPÖ und sechs auf die SPÖ", "die absolute Mehrheit
von 40 der 79 Sitze", "Ein Zweierbündnis ... 37 Sitze, drei weniger als nötig", "SPD (25),
AfD (24) ...", "two seats short of a majority", "the 230-seat parliament, where 116 seats
are needed", "three more than the 76 needed"), terms ("ihre dritte Amtszeit", "seine
zweite Amtszeit, die fünf Jahre dauert", "a third consecutive term", "a fourth consecutive
term"), postal and special votes, margins and recounts ("gerade einmal 417 Stimmen", "in 14
Stimmbezirken", "a recount requested by Labour", "0.5 percentage point or less triggers an
automatic statewide recount"), tallies ("mit 46 Ja-Stimmen bei 40 Nein-Stimmen und zwei
Enthaltungen", "324 Ja-Stimmen, 255 Nein-Stimmen und vier Enthaltungen", "voting 216-214",
"by 68 votes to 57, with one abstention", "by 335 to 260 ..., a majority of 75"), cantons
and states counted ("9,5 zu 13,5 Standesstimmen", "alle sechs Kantone", "only two of the
six states", "at least four states"), the length of talks ("Nach 61 Tagen Verhandlungen",
"sechs Wochen lang", "186 days of negotiations", "took 299 days"), campaign money
("Obergrenze für Wahlkampfkosten von 8,7 Millionen Euro", "$28.4 million", "cash on
hand"), budgets, and candidates' claims with the figures set against them. Negatives as such
copy has them: victory and defeat lines, resolve, rhetoric and catchwords of candidates and
ministers, an appeal to vote, a slogan on a poster, labels and accusations without a
checkable claim, a fact-check's verdict and process lines, a no-comment line, election-night
colour, commentary, forecasts without a figure, open questions and a reporting credit.

243 rows (124 German, 119 English), 55 negatives (27 German, 28 English), 188 check-worthy
rows of which 12 carry no figure (6 German, 6 English), 359 expected quantities (142 counts,
85 percentages, 29 amounts of money, 28 durations, 27 ordinals, 27 years, 11 dates, 10
fractions; 1 of them in one negative, as the seventeenth batch labels a figure in a quoted
opinion), 40 checked speakers (20 German, 20 English). Sentences sharing a run of eight or
more words with any file under tests/ (checked by a script that printed only this batch's
sentences, case and punctuation normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Results, projections and
  exit polls are check-worthy with their figures, the speaker unchecked when a poll or a
  projection is the source ("laut der ersten Hochrechnung", "laut Prognose", "Laut
  Wahltagsbefragung", "Gemäss der Nachbefragung von gfs.bern", "Laut einer Forsa-Umfrage",
  "according to an exit poll by public broadcaster RTP", "preliminary results showed",
  "Election Commission data showed"; forty-first). Check-worthy without a figure: the
  provisional final result available, a coalition ruled out in the campaign (forty-first),
  a candidate's account of what he meant ("Gapp sagte auf Anfrage, ..."), a scheduled
  finding of the result and talks to open on Monday (forty-first and sixty-fifth: a
  scheduled step), a recount requested and under review, a campaign's claim of "thousands"
  of ineligible ballots (a vague magnitude carries none, fifth and twenty-second), an
  election board's denial (twentieth), a state's rule on processing mail ballots (its clock
  time "7 a.m." none), a minority government's support secured and a challenger's tax plan
  as published. A quoted claim of a measurable record is check-worthy („Dieser Haushalt
  investiert so viel wie nie zuvor ...“, twenty-ninth), as is "so viele wie nie zuvor".
- Seats and majorities are counts as written (forty-first, sixty-fifth): "36 Sitzen ...
  14 ..., zehn ... und sechs", "auf 20 Mandate", "79 Sitzen ... 25 Mandate, die AfD auf 24",
  "von 40 der 79 Sitze", "19 der 36 Direktmandate", "90 der 179 Sitze", "Vier der Mandate",
  "46 der 88 Sitze", "verfehlte die nötige Mehrheit von 45", "328 der 630 Sitze", "50 of the
  120 seats", "two seats short of a majority" 2 (forty-first: "two short of the 88 needed"),
  "the two parties" 2 (eighth: "The two leaders"), "NZ First's eight" 8, "the 230-seat
  parliament" 230, "201 of the 294 seats", "requires 148 seats", "79 of the 150 seats ...,
  three more than the 76 needed", "a majority of 75", "a working majority of 165", "a 51-49
  majority" and "a 219-213 majority" two counts each (eleventh); "Ein Zweierbündnis" count 2
  and "a four-party coalition" count 4 (forty-first: "ein Dreierbündnis", "The seven-phase
  poll"); "absolute Mehrheit", "knappe Mehrheit", "Volksmehr", "Ständemehr", "Stichwahl",
  "Direktmandate", "majority", "working" carry none. New: a single seat that changes hands
  is count 1, in German and English ("wandert ein Mandat von der FPÖ zu den Grünen, die nun
  über drei Sitze verfügen" 1 and 3; "cost ... National Party one seat" 1), as "with one
  abstention" (sixty-fifth) - a number word among seat figures, not an article; "picked up
  the extra seat" none. New: seat figures in brackets after party names ("SPD (25), AfD
  (24), CDU (12), Linke (7), BSW (7) und Grüne (4)") are counts, one each, beside the total
  "die 79 Sitze". New: Swiss cantonal votes with the half cantons as halves are counts as
  written ("auf 9,5 zu 13,5 Standesstimmen" 9.5 and 13.5, decimal comma), as "mit 14 zu 9
  Kantonen" (tenth); "alle sechs Kantone" 6 ("alle" no hedge, forty-first).
- Shares, swings and turnout (third, tenth, eleventh, forty-first): "Prozentpunkte",
  "percentage points" and a party's or a turnout's "points" are pp ("ein Minus von 2,3
  Prozentpunkten", "ein Plus von 3,2 Prozentpunkten", "um 6,8 Prozentpunkte", "nur 0,9
  Prozentpunkte", "knapp einen Prozentpunkt" 1 pp "nearly" (forty-first: "um einen Punkt"),
  "17.2 percentage points", "up 2.9 points"); the singular "a margin of 0.46 percentage
  point", "0.61 percentage point" and "0.5 percentage point or less" pp (twenty-sixth: "0.1
  percentage point"), "or less" after the figure no hedge (forty-seventh: "or greater");
  "Fünf-Prozent-Hürde" percent 5 and "knapp an der" and "nur 214 Stimmen über der" before it
  no hedge (forty-first: "nur knapp über der Fünf-Prozent-Hürde"); "less than 5% of the vote"
  5 "under"; exit-poll ranges "32% to 36%" two percentages each; "just over half" 0.5 "over"
  (eleventh), "just under half" 0.5 "under" (forty-first: "just under a fifth").
- Terms, rounds and ranks are ordinals (tenth, twenty-second, forty-first, sixty-fifth):
  "seiner zweiten Amtszeit", "ihre dritte Amtszeit", "eine dritte Amtszeit", "seine zweite
  Amtszeit", "a third consecutive term", "a fourth consecutive term", "a third term"
  ("consecutive" none); "laut der ersten Hochrechnung" 1 and "auf Platz eins" 1; "klar
  zweitstärkste Kraft" 2 and "the second-largest party" 2 (issue: "die drittgrößte
  Stadt"); "im ersten Wahlgang", "im zweiten Wahlgang"; "finished second on 31.7%" 2 and
  "came fourth with 9.6%" 4 (the noun left out, ninety-eighth); "Reform's fifth by-election
  gain", "the country's third in just over three years" (3 and 3 years "over"), "der vierte
  Ministerpräsident Brandenburgs seit 1990", "erst das dritte Mal seit 1848" ("erst" no
  hedge), "the 45th referendum", "the first woman", "a second reading" (sixty-fifth: "at
  second reading"), "for a second year", "for the fourth time since 2017", "das erste selbst
  genutzte Eigenheim". A negative keeps its figure labelled (seventeenth): „Wer im ersten
  Wahlgang ...“ ordinal 1.
- The length of terms, talks and counts are durations (fourteenth, forty-first,
  sixty-fifth): "die fünf Jahre dauert", "to four years", "Nach 61 Tagen Verhandlungen",
  "sechs Wochen lang", "186 days of negotiations", "took 299 days", "took 40 days", "about
  three weeks" "about" (a forecast with a figure, seventh and thirteenth), "in about 10 days"
  "about", "took about 14 hours" "about", "vier Wochen Zeit", "vor zwei Wochen", "after 11
  months in office", "for 19 years until 2010", "over 10 years", "der letzten zehn Jahre";
  compounds "zweistündigen", "viertägigen", "three-week" (issue: "fünfstündigen"); "Gut drei
  Wochen vor der Abgeordnetenhauswahl" 3 weeks "over" (eighty-sixth). Ages are durations in
  years: "Der 54-Jährige", "Harwell, 67,", "der unter 30-Jährigen" and "alle unter
  18-Jährigen" "under", "Die über 65-Jährigen" "over" (sixteenth, forty-first). New: "was 65
  or older" is 65 years with no hedge, the bound standing after the figure (forty-seventh:
  "or greater"). "seit Montagabend", "in der Wahlnacht", "early Wednesday", "next week",
  "the final weeks", "weeks of talks", "mid-term", "a full term" none.
- Tallies are counts, one per figure (thirteenth, sixty-fifth): "mit 121 zu 68 Stimmen bei
  sieben Enthaltungen", "mit 46 Ja-Stimmen bei 40 Nein-Stimmen und zwei Enthaltungen", "324
  Ja-Stimmen, 255 Nein-Stimmen und vier Enthaltungen", "voting 216-214", "Three Republicans
  ... two Democrats ... one member voted present" (one a number word, sixty-fifth), "by 68
  votes to 57, with one abstention", "by 335 to 260", "60 senators"; "mindestens vier ihrer
  Abgeordneten" 4 "at_least". Margins and recounts: "gerade einmal 417 Stimmen", "auf 389
  Stimmen", "lediglich 312 Stimmen" ("lediglich" no hedge, forty-first), "was 2,106", "by
  31,482 votes out of more than 6.8 million" ("over" on the second), "a Labour majority of
  more than 14,000" "over", "under 1,000 votes" "under", "in 14 Stimmbezirken", "in drei
  Wahlkreisen", "in zwei Innsbrucker Wahlsprengeln", "11 of the constituency's 14 wards",
  "zweimal kontrolliert" count 2 (issue: "viermal"). New: "gerade einmal" ("just") is no
  hedge, and its "einmal" is no count. "In einem der Sprengel" and "the outgoing one" carry
  none (pronouns, forty-first: "einer der zwei"), so "five fewer than the outgoing one"
  gives only 5.
- Postal votes, electorates and voters are counts with their hedges (forty-first): "rund
  58.000 Wahlkarten", "73.412 Wahlkarten", "Rund 2.100 Wahlkarten", "der rund 1,3 Millionen
  Wahlberechtigten", "rund 2,4 Millionen Berlinerinnen und Berliner", "About 604,000 special
  votes", "about 180,000 mail ballots", "More than 2.4 million Georgians", "more than 90,000
  dead people", "about 112,000 inactive or deceased voters", "more than 5.8 crore voters"
  58,000,000 "over" (forty-first: "6.4 crore"), "over eight phases" 8 with no hedge (the
  preposition of time, twenty-fifth: "over four days"), "More than two dozen others" 24
  "over" (issue: "two dozen"), "Twenty-nine Labour MPs" 29, "more than three times as much as
  Harwell" 3 "over" (forty-fourth: "about 20 times as much as"); "Zwei Parteien", "72 pages",
  "148 Seiten", "sechs ... vier Ministerinnen und Minister", "15 ministers", "eight have
  succeeded". Fractions (issue; fourteenth, thirty-first, eighty-sixth): "jeder vierte"
  0.25, "mehr als ein Drittel" 0.3333 "over", "fast zwei Drittel" 0.6667 "nearly", "zu drei
  Vierteln" 0.75 (fourteenth), "etwa ein Sechstel" 0.1667 "about", "roughly one-fifth"
  0.2 "about", "Roughly one in four" 0.25 "about", "by a third" 0.3333.
- Money in the currency written: "8,7 Millionen Euro", "11,2 Millionen Euro", "um 640.000
  Euro", "531,8 Milliarden Euro", "rund 60 Milliarden Euro" "about", "115,7 Milliarden Euro",
  "von 3,9 Milliarden Euro ... auf 34 Milliarden Euro", "jährlich etwa 400 Millionen Euro"
  "about", "jährlich rund 1,1 Milliarden Franken" CHF "about", "£500 deposit", "£70 billion",
  "£25 billion a year", "£63.2 billion", "more than $310 million" "over", "$28.4 million",
  "$1.6 trillion", "$12 billion", "$94 billion", "$2,000", "$4.1 billion" ("a year",
  "jährlich", "in cash on hand" none). Percentages of a sum: "um rund 29 Prozent mehr als
  erlaubt" "about", "bis zu 20 Prozent des Mehrbetrags" and "bis zu 150 Prozent" "up_to",
  "über 25 Prozent" "over" (issue: "über" a hedge), "0,35 Prozent des
  Bruttoinlandsprodukts".
- Dates and years: Reuters and AAP datelines with a day ("WELLINGTON, Oct 11", "WELLINGTON,
  Nov 1", "LISBON, May 18", "LISBON, May 19", "KOLKATA, May 4", "CANBERRA, Oct 18", "THE
  HAGUE, Oct 30") dates without a year (forty-first); APA, dpa, dpa/lnw, Keystone-SDA, PA and
  AP datelines none (seventy-ninth); "am 20. September", "on Nov. 1", "a Sept. 30 deadline",
  "through Jan. 30" dates; "der Wahl 2022", "seit 2022", "zwischen 2020 und 2025", "seit
  1848", "seit 1903", "seit 1990", "Im Jahr 2024", "den Etat für 2027", "seit 2021", "im Jahr
  2021", "In 2020", "the 2023 election", "in 2024", "in 2022", "between 2021 and 2024", "in
  2023", "since 2017", "in 2021", "in 1977" years; "in 2021-22" both years (fortieth). Clock
  times ("um 18.00 Uhr", "von 21.30 Uhr", "shortly after 4am", "at 8 p.m. local time (1900
  GMT)", "at 4 p.m.", "7 a.m.") carry none (sixteenth: "at 1230 GMT"), nor weekdays and
  months ("im Juli", "in March", "since January").
- Hedges, only the names in use: "rund", "etwa", "about", "About", "roughly", "Roughly"
  "about"; "knapp", "fast" "nearly"; "mehr als", "über", "Gut", "more than", "More than",
  "just over" "over"; "less than", "under", "just under" "under"; "mindestens", "at least"
  "at_least"; "bis zu" "up_to"; "nur", "lediglich", "erst", "gerade einmal", "weitere",
  "alle", "im Schnitt", "only", "or less", "or older" no hedge.
- Claims and their checks (twenty-ninth, eighty-sixth): a candidate's or a campaign's claim
  with a figure is check-worthy ("hat Ferdinand Gapp behauptet, ...", "Peter Bodenstedt
  behauptete ..., ... seit 2021 verzehnfacht" - the verb carries no multiplier, nineteenth;
  "Labour leaflets claimed ...", "Mark Dillard claimed ...", "Dillard also claimed ...",
  "Wade Curtis claimed on social media ..."), and so are the figures set against it
  ("Laut Statistik Austria ...", "Tatsächlich stiegen sie ...", "In fact, FBI data show
  ...", "That figure is accurate, but ...") and the arithmetic that sets them against it
  ("Das liegt zwar über der allgemeinen Teuerung, ist aber weit von den genannten 40 Prozent
  entfernt."), a rebuttal with a figure or an act ("Die FPÖ bestreitet die Berechnung: ...",
  "Die Landeswahlbehörde wies den Vorwurf zurück, ...", "Reform said its plans were fully
  costed ...", "Lechleitner hielt dagegen, ..."). The verdict and the process lines are
  negatives ("Fazit: Die Behauptung Gapps ist stark überzeichnet.", "Verdict: False.", "Die
  APA hat ... nach den Zahlen gefragt.", "AP reached out to ...", eighty-sixth), as is the
  no-comment line ("Curtis's office did not answer ...", "Die Landesregierung wollte sich
  ... nicht äußern.", twenty-first).
- Promises: a promise or pledge with a checkable content is check-worthy, quoted or not
  („Wir werden jedes Jahr 20.000 neue Wohnungen bauen“, sixth: „Wir werden 2026 keine neuen
  Schulden aufnehmen“; "Die SPD verspricht ... einen kostenlosen Nahverkehr für alle unter
  18-Jährigen.", "Die CDU will die Grunderwerbsteuer ... senken.", twenty-fifth: "has
  pledged to hire 1,500 ..."); a promise as rhetoric is a negative („Wir machen Berlin
  wieder zu einer Stadt, die funktioniert“, lautet das zentrale Versprechen ...;
  twenty-ninth: „Wir werden dieses Land wieder nach vorne bringen“, versprach ...), as are a
  poster slogan („Miete runter, Löhne rauf“, fifty-seventh) and an accusation of unaffordable
  promises without a checkable claim (eighty-fourth).
- Negatives besides: victory, defeat and resolve lines in quotes with a named speaker
  („Die Tirolerinnen und Tiroler haben uns erneut ihr Vertrauen geschenkt“, „Das ist ein
  historischer Tag für unsere Bewegung“, „Dänemark hat sich für Stabilität entschieden“,
  ""New Zealanders have chosen stability over chaos,"", ""We will be back, and we will be
  stronger,"", ""We're going to make sure every legal vote is counted,"", ""Bengal has
  rejected the politics of hate,""; forty-first and hundredth); catchwords and rhetoric of
  ministers and MPs („Sie verfrühstücken die Zukunft unserer Kinder“, „Schuldenmachen ist
  keine Wirtschaftspolitik“, ""You can't buy a Senate seat, ..."", ""My opponent has never
  met a tax she didn't like,"", ""This bill will get Britain building again,""); an appeal
  to vote („Gehen Sie wählen, jede Stimme zählt“) and advice to voters ("Voters who still
  hold an absentee ballot are urged ..."); labels and evaluations attributed to a body ("Die
  Grünen sprachen von einem bitteren Abend ...", "Die Opposition sprach von einem Fehlstart
  ...", "Democrats called the bill a giveaway ...", "called the budget "a missed
  opportunity"", "A Labour spokesperson said the result was disappointing ...", "Campaign
  finance watchdogs said ...", "Analysts said the slim majority would ...", "Yes campaigners
  blamed a scare campaign ..."; ninety-eighth); commentary and colour ("Die politische
  Landkarte im Nordosten hat sich ... verschoben.", "Im Rathaus wurde bis weit nach
  Mitternacht gezählt, ...", "Pellow, a former scaffolder, punched the air ...", "Opposition
  MPs jeered ..."); forecasts without a figure ("Beobachter rechnen dennoch mit zähen
  Verhandlungen ...", "It may take several days before the outcome is clear.", forty-first);
  open questions ("Ob Lechleitner ...", "Wie lange die Regierungsbildung ...", "Ob der Etat
  ...", "Whether Reform can repeat ...", "Whether any coalition can last ..."); a reporting
  credit.
- Speakers, checked only in forms the earlier batches settled: "sagte X" with the title
  dropped ("Landeswahlleiter", "Listenchefin", "SPD-Spitzenkandidatin", "Finanzminister")
  and surname-only as written ("sagte Rehfeldt", ninety-fifth); a Konjunktiv I paraphrase
  with its own attribution ("..., sagte Landeswahlleiter Wolfgang Prantl.", "..., so
  Politologin Nadia Pfister."; forty-first and hundredth); "hat Ferdinand Gapp behauptet"
  and "Peter Bodenstedt behauptete" the name (eighty-sixth); "Gapp sagte auf Anfrage, ..."
  -> "Gapp" (fiftieth: "X sagte im ORF, ..."); "laut Landeswahlbehörde", "Laut Statistik
  Austria" and "Laut Landesstatistik" as written (hundredth: "laut Statistik Austria";
  forty-first: "Laut Bundeskanzlei"); "teilte die Landeswahlbehörde / der Rechnungshof / die
  Landtagsverwaltung / die Stadt mit", "wie die Bundeskanzlei mitteilte", "Nach Angaben der
  Landeswahlleiterin", "nach Angaben des Innenministeriums" and "nach Angaben des
  Statistikamts" the source with its article in the nominative (forty-first, sixty-fifth).
  English: "the returning officer said" (sixty-fifth), "the Electoral Commission said" and
  "... said on Friday" (forty-first), "the interior ministry said", "the Election Commission
  said", "the Australian Electoral Commission said" with the article in lower case; "the
  secretary of state's office said" and "The secretary of state's office said ..." -> "the
  secretary of state's office" (sixty-fifth: "the Ceann Comhairle's office said"); "The
  Scottish Conservatives said ..." and "The BJP said ..." opening the sentence -> "the
  Scottish Conservatives", "the BJP" (ninety-eighth: "The Royal College of Nursing said");
  "Reform said" and "according to AdImpact" as written (forty-first: "according to
  OpenSecrets"); "Kerrigan said", "Ferraro said", "Finance Secretary Moira Calder said" the
  name; "Tremaine told reporters" and "Incoming prime minister Joost Verhaegen told
  reporters" the name (forty-first); "Mark Dillard claimed", "Dillard also claimed", "Wade
  Curtis claimed on social media" the name with title and occasion dropped (eighty-sixth).
  Left unchecked (None): polls, projections and data ("laut der ersten Hochrechnung",
  "Gemäss der Nachbefragung", "preliminary results showed", "FBI data show", "Election
  Commission data showed", "according to the division list", "according to filings with the
  Federal Election Commission", "nach eigenen Angaben", "nach einer Schätzung der
  Senatsfinanzverwaltung", "nach Zahlen des Finanzministeriums"); "hielt dagegen" and "wies
  den Vorwurf zurück" (eighty-sixth); plural groups ("Election officials said", forty-first);
  "Labour leaflets claimed", "Harwell's campaign claimed", "Dillard's campaign later said",
  "Philadelphia's election board said" (not settled); "The Congressional Budget Office
  estimated" (an estimate, eighty-sixth); rows without attribution and all negatives, also
  those with a named speaker.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_103 = [
    # --- Landtagswahl in Tirol: Wahlabend (APA) ---
    ("de", "Innsbruck (APA) - Bei der Tiroler Landtagswahl am Sonntag ist die ÖVP von Landeshauptmann Markus Lechleitner laut der ersten Hochrechnung mit 36,2 Prozent erneut auf Platz eins gekommen.", True, [("ordinal", 1, None, None), ("percent", 36.2, "%", None), ("ordinal", 1, None, None)], None),
    ("de", "Das ist ein Minus von 2,3 Prozentpunkten gegenüber der Wahl 2022.", True, [("percent", 2.3, "pp", None), ("year", 2022, None, None)], None),
    ("de", "Die FPÖ legte um 6,8 Prozentpunkte auf 25,4 Prozent zu und ist damit klar zweitstärkste Kraft.", True, [("percent", 6.8, "pp", None), ("percent", 25.4, "%", None), ("ordinal", 2, None, None)], None),
    ("de", "Die SPÖ kam auf 15,1 Prozent, die Grünen auf 8,9 Prozent und die NEOS auf 6,3 Prozent.", True, [("percent", 15.1, "%", None), ("percent", 8.9, "%", None), ("percent", 6.3, "%", None)], None),
    ("de", "Die Liste Fritz scheiterte mit 4,7 Prozent knapp an der Fünf-Prozent-Hürde und ist nicht mehr im Landtag vertreten.", True, [("percent", 4.7, "%", None), ("percent", 5, "%", None)], None),
    ("de", "Die Wahlbeteiligung lag laut Landeswahlbehörde bei 67,4 Prozent, ein Plus von 3,2 Prozentpunkten.", True, [("percent", 67.4, "%", None), ("percent", 3.2, "pp", None)], "Landeswahlbehörde"),
    ("de", "Von den 36 Sitzen im Landtag entfallen nach der Hochrechnung 14 auf die ÖVP, zehn auf die FPÖ und sechs auf die SPÖ.", True, [("count", 36, None, None), ("count", 14, None, None), ("count", 10, None, None), ("count", 6, None, None)], None),
    ("de", "Die bisherige Koalition aus ÖVP und SPÖ käme damit auf 20 Mandate und hätte weiterhin eine knappe Mehrheit.", True, [("count", 20, None, None)], None),
    ("de", "Der 54-Jährige führt die Landesregierung seit 2022 und steht nun vor seiner zweiten Amtszeit.", True, [("duration", 54, "year", None), ("year", 2022, None, None), ("ordinal", 2, None, None)], None),
    ("de", "„Gehen Sie wählen, jede Stimme zählt“, hatte Lechleitner noch am Vormittag in sozialen Medien appelliert.", False, [], None),
    ("de", "„Die Tirolerinnen und Tiroler haben uns erneut ihr Vertrauen geschenkt“, sagte Lechleitner vor jubelnden Anhängern im Landhaus.", False, [], None),
    ("de", "„Das ist ein historischer Tag für unsere Bewegung“, sagte FPÖ-Spitzenkandidat Ferdinand Gapp.", False, [], None),
    ("de", "Die Grünen sprachen von einem bitteren Abend für den Klimaschutz.", False, [], None),
    ("de", "Noch nicht ausgezählt sind rund 58.000 Wahlkarten, sie werden am Montag ausgewertet.", True, [("count", 58000, None, "about")], None),
    ("de", "Laut Wahltagsbefragung des Instituts Foresight gab für 41 Prozent der FPÖ-Wählerinnen und -Wähler die Teuerung den Ausschlag, jeder vierte nannte die Migration.", True, [("percent", 41, "%", None), ("fraction", 0.25, None, None)], None),
    ("de", "Ob Lechleitner die Zusammenarbeit mit der SPÖ fortsetzen will, wollte er am Wahlabend nicht sagen.", False, [], None),
    # --- Tirol: Wahlkarten und Anfechtung (APA) ---
    ("de", "Innsbruck (APA) - Nach Auszählung der Wahlkarten liegt seit Montagabend das vorläufige Endergebnis der Tiroler Landtagswahl vor.", True, [], None),
    ("de", "Die ÖVP kommt demnach auf 35,8 Prozent, die FPÖ auf 25,9 Prozent.", True, [("percent", 35.8, "%", None), ("percent", 25.9, "%", None)], None),
    ("de", "Durch die Briefwahlstimmen wandert ein Mandat von der FPÖ zu den Grünen, die nun über drei Sitze verfügen.", True, [("count", 1, None, None), ("count", 3, None, None)], None),
    ("de", "Insgesamt waren 73.412 Wahlkarten ausgestellt worden, so viele wie nie zuvor bei einer Tiroler Landtagswahl, teilte die Landeswahlbehörde mit.", True, [("count", 73412, None, None)], "die Landeswahlbehörde"),
    ("de", "Rund 2.100 Wahlkarten seien ungültig gewesen, weil die Unterschrift auf der eidesstattlichen Erklärung fehlte, sagte Landeswahlleiter Wolfgang Prantl.", True, [("count", 2100, None, "about")], "Wolfgang Prantl"),
    ("de", "Die Liste Fritz kündigte an, das Ergebnis in zwei Innsbrucker Wahlsprengeln beim Verfassungsgerichtshof anzufechten.", True, [("count", 2, None, None)], None),
    ("de", "In einem der Sprengel seien 112 Stimmen für die Liste falsch zugeordnet worden, sagte Listenchefin Andrea Haselwanter.", True, [("count", 112, None, None)], "Andrea Haselwanter"),
    ("de", "Für die Anfechtung bleiben der Liste ab der Kundmachung des Ergebnisses vier Wochen Zeit.", True, [("duration", 4, "week", None)], None),
    ("de", "Die Landeswahlbehörde wies den Vorwurf zurück, die betroffenen Stimmzettel seien zweimal kontrolliert worden.", True, [("count", 2, None, None)], None),
    ("de", "Die Landesregierung wollte sich zum Zeitplan für Koalitionsgespräche vorerst nicht äußern.", False, [], None),
    # --- Tirol: APA-Faktencheck zur Elefantenrunde ---
    ("de", "Innsbruck (APA) - In der ORF-Elefantenrunde am Wahlabend hat Ferdinand Gapp behauptet, die Mieten in Tirol seien in den vergangenen fünf Jahren um 40 Prozent gestiegen.", True, [("duration", 5, "year", None), ("percent", 40, "%", None)], "Ferdinand Gapp"),
    ("de", "Laut Statistik Austria stiegen die Hauptmietzinse in Tirol zwischen 2020 und 2025 im Schnitt um 24,6 Prozent.", True, [("year", 2020, None, None), ("year", 2025, None, None), ("percent", 24.6, "%", None)], "Statistik Austria"),
    ("de", "Das liegt zwar über der allgemeinen Teuerung, ist aber weit von den genannten 40 Prozent entfernt.", True, [("percent", 40, "%", None)], None),
    ("de", "Lechleitner hielt dagegen, das Land habe seit 2022 mehr als 4.000 geförderte Mietwohnungen gebaut.", True, [("year", 2022, None, None), ("count", 4000, None, "over")], None),
    ("de", "Laut Landesstatistik wurden in diesem Zeitraum 3.180 geförderte Mietwohnungen fertiggestellt, weitere rund 900 sind im Bau.", True, [("count", 3180, None, None), ("count", 900, None, "about")], "Landesstatistik"),
    ("de", "Gapp sagte auf Anfrage, er habe sich auf die Preise bei Neuvermietungen bezogen.", True, [], "Gapp"),
    ("de", "Die APA hat beim Amt der Tiroler Landesregierung nach den Zahlen gefragt.", False, [], None),
    ("de", "Fazit: Die Behauptung Gapps ist stark überzeichnet.", False, [], None),
    # --- Landtagswahl in Mecklenburg-Vorpommern: Wahlabend (dpa) ---
    ("de", "Schwerin (dpa) - Die SPD hat die Landtagswahl in Mecklenburg-Vorpommern laut der Prognose der ARD von 18.00 Uhr knapp vor der AfD gewonnen und kommt auf 29,5 Prozent.", True, [("percent", 29.5, "%", None)], None),
    ("de", "Die AfD kam laut Prognose auf 28,1 Prozent, ein Plus von 11,4 Prozentpunkten.", True, [("percent", 28.1, "%", None), ("percent", 11.4, "pp", None)], None),
    ("de", "Die CDU erreichte 14,6 Prozent, die Linke 8,2 Prozent.", True, [("percent", 14.6, "%", None), ("percent", 8.2, "%", None)], None),
    ("de", "Nach der ZDF-Hochrechnung von 21.30 Uhr liegen die Grünen bei 5,1 Prozent, die FDP mit 3,9 Prozent deutlich unter der Fünf-Prozent-Hürde.", True, [("percent", 5.1, "%", None), ("percent", 3.9, "%", None), ("percent", 5, "%", None)], None),
    ("de", "Nach Angaben der Landeswahlleiterin gaben 73,6 Prozent der rund 1,3 Millionen Wahlberechtigten ihre Stimme ab.", True, [("percent", 73.6, "%", None), ("count", 1300000, None, "about")], "die Landeswahlleiterin"),
    ("de", "Die Briefwahlstimmen machten mehr als ein Drittel aller abgegebenen Stimmen aus, ihre Auszählung dauerte bis nach Mitternacht.", True, [("fraction", 0.3333, None, "over")], None),
    ("de", "Ministerpräsidentin Katrin Wendhausen strebt damit ihre dritte Amtszeit an.", True, [("ordinal", 3, None, None)], None),
    ("de", "Im neuen Landtag mit 79 Sitzen käme die SPD nach der Hochrechnung auf 25 Mandate, die AfD auf 24.", True, [("count", 79, None, None), ("count", 25, None, None), ("count", 24, None, None)], None),
    ("de", "Für die absolute Mehrheit von 40 der 79 Sitze bräuchte die SPD einen Koalitionspartner.", True, [("count", 40, None, None), ("count", 79, None, None)], None),
    ("de", "Ein Zweierbündnis aus SPD und CDU käme rechnerisch nur auf 37 Sitze, drei weniger als nötig.", True, [("count", 2, None, None), ("count", 37, None, None), ("count", 3, None, None)], None),
    ("de", "Die AfD gewann nach vorläufigen Zahlen 19 der 36 Direktmandate.", True, [("count", 19, None, None), ("count", 36, None, None)], None),
    ("de", "Die CDU-Landeschefin hatte jede Zusammenarbeit mit der AfD bereits im Wahlkampf ausgeschlossen.", True, [], None),
    ("de", "„Wir sind und bleiben die Partei für dieses Land“, rief Wendhausen auf der Wahlparty in Schwerin.", False, [], None),
    ("de", "„Die Wählerinnen und Wähler haben dieser Regierung heute die Rote Karte gezeigt“, sagte AfD-Spitzenkandidat Holger Brandtstätter.", False, [], None),
    ("de", "Die politische Landkarte im Nordosten hat sich an diesem Abend spürbar verschoben.", False, [], None),
    ("de", "Wie lange die Regierungsbildung in Schwerin dauern wird, ist völlig offen.", False, [], None),
    # --- Mecklenburg-Vorpommern: Endergebnis und Nachzählung (dpa) ---
    ("de", "Schwerin (dpa) - Nach dem vorläufigen amtlichen Endergebnis liegt die SPD mit 29,2 Prozent nur 0,9 Prozentpunkte vor der AfD.", True, [("percent", 29.2, "%", None), ("percent", 0.9, "pp", None)], None),
    ("de", "Die Grünen kamen auf 5,02 Prozent und lagen damit nur 214 Stimmen über der Fünf-Prozent-Hürde.", True, [("percent", 5.02, "%", None), ("count", 214, None, None), ("percent", 5, "%", None)], None),
    ("de", "Die Landeswahlleiterin ordnete daraufhin in drei Wahlkreisen eine Nachzählung an.", True, [("count", 3, None, None)], None),
    ("de", "Im Landtag verteilen sich die 79 Sitze nun auf SPD (25), AfD (24), CDU (12), Linke (7), BSW (7) und Grüne (4).", True, [("count", 79, None, None), ("count", 25, None, None), ("count", 24, None, None), ("count", 12, None, None), ("count", 7, None, None), ("count", 7, None, None), ("count", 4, None, None)], None),
    # --- Bürgermeister-Stichwahl in Dortmund (dpa/lnw) ---
    ("de", "Dortmund (dpa/lnw) - In der Stichwahl um das Oberbürgermeisteramt hat sich Amtsinhaber Karsten Rüdiger (SPD) mit 50,3 Prozent der Stimmen gegen seinen CDU-Herausforderer durchgesetzt.", True, [("percent", 50.3, "%", None)], None),
    ("de", "Sein Vorsprung beträgt nach dem vorläufigen Ergebnis gerade einmal 417 Stimmen.", True, [("count", 417, None, None)], None),
    ("de", "Die Wahlbeteiligung lag bei nur 32,8 Prozent, im ersten Wahlgang vor zwei Wochen waren es noch 49,1 Prozent gewesen.", True, [("percent", 32.8, "%", None), ("ordinal", 1, None, None), ("duration", 2, "week", None), ("percent", 49.1, "%", None)], None),
    ("de", "Rüdiger geht damit in seine zweite Amtszeit, die fünf Jahre dauert.", True, [("ordinal", 2, None, None), ("duration", 5, "year", None)], None),
    ("de", "Die CDU beantragte noch in der Wahlnacht eine Neuauszählung in 14 Stimmbezirken.", True, [("count", 14, None, None)], None),
    ("de", "Nach der Neuauszählung schrumpfte Rüdigers Vorsprung am Mittwoch auf 389 Stimmen, teilte die Stadt mit.", True, [("count", 389, None, None)], "die Stadt"),
    ("de", "Der Wahlausschuss will das Endergebnis am Freitag feststellen.", True, [], None),
    ("de", "„Demokratie ist manchmal eine Frage von ein paar Hundert Stimmen“, sagte Rüdiger im WDR.", False, [], None),
    ("de", "Im Rathaus wurde bis weit nach Mitternacht gezählt, die Stimmung auf den Fluren war gereizt.", False, [], None),
    # --- Volksabstimmung: Ständemehr verfehlt (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Die Volksinitiative «Gratis-ÖV für Junge» ist am Sonntag am Ständemehr gescheitert, obwohl ihr 50,9 Prozent der Stimmenden zustimmten.", True, [("percent", 50.9, "%", None)], None),
    ("de", "Die Vorlage kam nur auf 9,5 zu 13,5 Standesstimmen, wie die Bundeskanzlei mitteilte.", True, [("count", 9.5, None, None), ("count", 13.5, None, None)], "die Bundeskanzlei"),
    ("de", "Die Stimmbeteiligung erreichte 47,3 Prozent und lag damit leicht über dem Schnitt der letzten zehn Jahre.", True, [("percent", 47.3, "%", None), ("duration", 10, "year", None)], None),
    ("de", "Die höchste Zustimmung verzeichnete Genf mit 64,2 Prozent, die stärkste Ablehnung Appenzell Innerrhoden mit 71,8 Prozent Nein.", True, [("percent", 64.2, "%", None), ("percent", 71.8, "%", None)], None),
    ("de", "In der Romandie stimmten alle sechs Kantone zu, in der Deutschschweiz nur Basel-Stadt und Zürich.", True, [("count", 6, None, None)], None),
    ("de", "Im Kanton Bern fehlten den Befürwortern lediglich 312 Stimmen, das Ja lag dort bei 49,96 Prozent.", True, [("count", 312, None, None), ("percent", 49.96, "%", None)], None),
    ("de", "Es ist erst das dritte Mal seit 1848, dass eine Vorlage das Volksmehr erreicht und am Ständemehr scheitert.", True, [("ordinal", 3, None, None), ("year", 1848, None, None)], None),
    ("de", "Bundesrat und Parlament hatten die Initiative zur Ablehnung empfohlen, der Nationalrat mit 121 zu 68 Stimmen bei sieben Enthaltungen.", True, [("count", 121, None, None), ("count", 68, None, None), ("count", 7, None, None)], None),
    ("de", "Die Initiative hätte Bund und Kantone nach Berechnungen des Bundesrats jährlich rund 1,1 Milliarden Franken gekostet.", True, [("money", 1100000000, "CHF", "about")], None),
    ("de", "Gemäss der Nachbefragung von gfs.bern sagten fast zwei Drittel der unter 30-Jährigen Ja.", True, [("fraction", 0.6667, None, "nearly"), ("duration", 30, "year", "under")], None),
    ("de", "Die über 65-Jährigen hätten die Vorlage dagegen zu drei Vierteln abgelehnt, so Politologin Nadia Pfister.", True, [("duration", 65, "year", "over"), ("fraction", 0.75, None, None)], "Nadia Pfister"),
    ("de", "«Das ist ein bitterer Sieg der kleinen Kantone über die Mehrheit», sagte Co-Präsidentin Lara Bühlmann vom Initiativkomitee.", False, [], None),
    ("de", "«Das Stimmvolk hat Augenmass bewiesen», sagte Bundesrat Urs Kälin vor den Medien in Bern.", False, [], None),
    ("de", "Klar durch kam am selben Sonntag die Teilrevision des Tierschutzgesetzes, mit 61,4 Prozent Ja-Stimmen.", True, [("percent", 61.4, "%", None)], None),
    ("de", "Das Initiativkomitee verlangt im Kanton Bern eine Nachzählung, die Staatskanzlei prüft das Gesuch.", True, [], None),
    # --- Parlamentswahl in Dänemark (dpa) ---
    ("de", "Kopenhagen (dpa) - Bei der Parlamentswahl in Dänemark haben die Sozialdemokraten von Regierungschefin Mette Lindgaard mit 24,1 Prozent ihr schwächstes Ergebnis seit 1903 erzielt.", True, [("percent", 24.1, "%", None), ("year", 1903, None, None)], None),
    ("de", "Das Mitte-links-Lager kommt nach Auszählung aller Stimmen dennoch auf 90 der 179 Sitze im Folketing.", True, [("count", 90, None, None), ("count", 179, None, None)], None),
    ("de", "Vier der Mandate werden in Grönland und auf den Färöern vergeben.", True, [("count", 4, None, None)], None),
    ("de", "Zur Urne gingen nach Angaben des Innenministeriums 84,2 Prozent der Wahlberechtigten, knapp einen Prozentpunkt weniger als 2022.", True, [("percent", 84.2, "%", None), ("percent", 1, "pp", "nearly"), ("year", 2022, None, None)], "das Innenministerium"),
    ("de", "Lindgaard will sich im Folketing für eine dritte Amtszeit zur Wahl stellen.", True, [("ordinal", 3, None, None)], None),
    ("de", "„Dänemark hat sich für Stabilität entschieden“, sagte Lindgaard in der Wahlnacht.", False, [], None),
    ("de", "Beobachter rechnen dennoch mit zähen Verhandlungen über den Haushalt.", False, [], None),
    # --- Wahlkampfkosten: Bericht des Rechnungshofs (APA) ---
    ("de", "Wien (APA) - Zwei Parteien haben bei der Nationalratswahl die gesetzliche Obergrenze für Wahlkampfkosten von 8,7 Millionen Euro überschritten, teilte der Rechnungshof mit.", True, [("count", 2, None, None), ("money", 8700000, "EUR", None)], "der Rechnungshof"),
    ("de", "Die FPÖ gab nach eigenen Angaben 11,2 Millionen Euro aus, also um rund 29 Prozent mehr als erlaubt.", True, [("money", 11200000, "EUR", None), ("percent", 29, "%", "about")], None),
    ("de", "Die ÖVP überzog die Grenze um 640.000 Euro.", True, [("money", 640000, "EUR", None)], None),
    ("de", "Die Grünen blieben mit 4,1 Millionen Euro deutlich darunter, die SPÖ gab 7,9 Millionen Euro aus.", True, [("money", 4100000, "EUR", None), ("money", 7900000, "EUR", None)], None),
    ("de", "Bei einer Überschreitung drohen Geldbußen von bis zu 20 Prozent des Mehrbetrags, liegt sie über 25 Prozent, von bis zu 150 Prozent.", True, [("percent", 20, "%", "up_to"), ("percent", 25, "%", "over"), ("percent", 150, "%", "up_to")], None),
    ("de", "Die FPÖ bestreitet die Berechnung: Rund 1,9 Millionen Euro und damit etwa ein Sechstel der Ausgaben seien den Landesparteien und nicht der Bundespartei zuzurechnen.", True, [("money", 1900000, "EUR", "about"), ("fraction", 0.1667, None, "about")], None),
    ("de", "„Wer sich an die Regeln hält, ist am Ende der Dumme“, kritisierte NEOS-Generalsekretär Stefan Hanreich.", False, [], None),
    # --- Koalitionsvertrag und Ministerpräsidentenwahl in Brandenburg (dpa) ---
    ("de", "Potsdam (dpa) - Nach 61 Tagen Verhandlungen haben SPD und CDU in Brandenburg ihren Koalitionsvertrag unterzeichnet.", True, [("duration", 61, "day", None)], None),
    ("de", "Zuvor hatten die Parteien bereits sechs Wochen lang sondiert.", True, [("duration", 6, "week", None)], None),
    ("de", "Das Papier umfasst 148 Seiten, die SPD stellt sechs, die CDU vier Ministerinnen und Minister.", True, [("count", 148, None, None), ("count", 6, None, None), ("count", 4, None, None)], None),
    ("de", "SPD und CDU verfügen im Landtag zusammen über 46 der 88 Sitze.", True, [("count", 46, None, None), ("count", 88, None, None)], None),
    ("de", "Bei der Wahl zum Ministerpräsidenten erhielt Jens Kühnemund am Mittwoch im ersten Wahlgang nur 44 Stimmen und verfehlte die nötige Mehrheit von 45.", True, [("ordinal", 1, None, None), ("count", 44, None, None), ("count", 45, None, None)], None),
    ("de", "Nach einer zweistündigen Unterbrechung wurde er im zweiten Wahlgang mit 46 Ja-Stimmen bei 40 Nein-Stimmen und zwei Enthaltungen gewählt, teilte die Landtagsverwaltung mit.", True, [("duration", 2, "hour", None), ("ordinal", 2, None, None), ("count", 46, None, None), ("count", 40, None, None), ("count", 2, None, None)], "die Landtagsverwaltung"),
    ("de", "Kühnemund ist der vierte Ministerpräsident Brandenburgs seit 1990.", True, [("ordinal", 4, None, None), ("year", 1990, None, None)], None),
    ("de", "„Wer im ersten Wahlgang die eigenen Leute nicht zusammenbringt, hat ein Führungsproblem“, spottete AfD-Fraktionschef Roland Seibt.", False, [("ordinal", 1, None, None)], None),
    ("de", "Die Opposition sprach von einem Fehlstart der neuen Regierung.", False, [], None),
    # --- Wahlversprechen im Berliner Wahlkampf (dpa) ---
    ("de", "Berlin (dpa) - Gut drei Wochen vor der Abgeordnetenhauswahl haben SPD und CDU ihre zentralen Wahlversprechen vorgestellt.", True, [("duration", 3, "week", "over")], None),
    ("de", "„Wir werden jedes Jahr 20.000 neue Wohnungen bauen“, sagte SPD-Spitzenkandidatin Carola Wendt.", True, [("count", 20000, None, None)], "Carola Wendt"),
    ("de", "Im Jahr 2024 wurden in Berlin nach Angaben des Statistikamts rund 15.400 Wohnungen fertiggestellt.", True, [("year", 2024, None, None), ("count", 15400, None, "about")], "das Statistikamt"),
    ("de", "Die SPD verspricht außerdem einen kostenlosen Nahverkehr für alle unter 18-Jährigen.", True, [("duration", 18, "year", "under")], None),
    ("de", "Die CDU will die Grunderwerbsteuer für das erste selbst genutzte Eigenheim von 6 auf 3,5 Prozent senken.", True, [("ordinal", 1, None, None), ("percent", 6, "%", None), ("percent", 3.5, "%", None)], None),
    ("de", "Das würde das Land nach einer Schätzung der Senatsfinanzverwaltung jährlich etwa 400 Millionen Euro kosten.", True, [("money", 400000000, "EUR", "about")], None),
    ("de", "„Wir machen Berlin wieder zu einer Stadt, die funktioniert“, lautet das zentrale Versprechen des CDU-Spitzenkandidaten.", False, [], None),
    ("de", "Die Linke plakatiert „Miete runter, Löhne rauf“.", False, [], None),
    ("de", "Die Grünen warfen SPD und CDU vor, den Wählern unbezahlbare Geschenke zu versprechen.", False, [], None),
    ("de", "Laut einer Forsa-Umfrage halten 62 Prozent der Befragten den Wohnungsbau für das wichtigste Thema der Wahl.", True, [("percent", 62, "%", None)], None),
    ("de", "Gewählt wird am 20. September, rund 2,4 Millionen Berlinerinnen und Berliner sind wahlberechtigt.", True, [("date", "--09-20", None, None), ("count", 2400000, None, "about")], None),
    # --- Bundestag beschließt den Etat (dpa) ---
    ("de", "Berlin (dpa) - Am Ende einer viertägigen Haushaltswoche hat der Bundestag am Freitag den Etat für 2027 mit 324 Ja-Stimmen, 255 Nein-Stimmen und vier Enthaltungen verabschiedet.", True, [("duration", 4, "day", None), ("year", 2027, None, None), ("count", 324, None, None), ("count", 255, None, None), ("count", 4, None, None)], None),
    ("de", "Die Koalition verfügt über 328 der 630 Sitze, mindestens vier ihrer Abgeordneten stimmten also nicht mit Ja.", True, [("count", 328, None, None), ("count", 630, None, None), ("count", 4, None, "at_least")], None),
    ("de", "Geplant sind Ausgaben in Höhe von 531,8 Milliarden Euro, im Kernetat nimmt der Bund 89,3 Milliarden Euro neue Schulden auf.", True, [("money", 531800000000, "EUR", None), ("money", 89300000000, "EUR", None)], None),
    ("de", "Hinzu kommen Kredite von rund 60 Milliarden Euro aus dem Sondervermögen für Infrastruktur.", True, [("money", 60000000000, "EUR", "about")], None),
    ("de", "„Dieser Haushalt investiert so viel wie nie zuvor in Schiene, Straße und Schulen“, sagte Finanzminister Tobias Rehfeldt.", True, [], "Tobias Rehfeldt"),
    ("de", "Die Investitionen erreichten mit 115,7 Milliarden Euro einen Rekordwert, sagte Rehfeldt.", True, [("money", 115700000000, "EUR", None)], "Rehfeldt"),
    ("de", "AfD-Haushälter Peter Bodenstedt behauptete in der Debatte, die Zinsausgaben des Bundes hätten sich seit 2021 verzehnfacht.", True, [("year", 2021, None, None)], "Peter Bodenstedt"),
    ("de", "Tatsächlich stiegen sie nach Zahlen des Finanzministeriums von 3,9 Milliarden Euro im Jahr 2021 auf 34 Milliarden Euro im laufenden Jahr.", True, [("money", 3900000000, "EUR", None), ("year", 2021, None, None), ("money", 34000000000, "EUR", None)], None),
    ("de", "Die Schuldenbremse erlaubt dem Bund eine strukturelle Neuverschuldung von 0,35 Prozent des Bruttoinlandsprodukts.", True, [("percent", 0.35, "%", None)], None),
    ("de", "„Sie verfrühstücken die Zukunft unserer Kinder“, rief die Grünen-Haushälterin Miriam Kaltofen in Richtung Regierungsbank.", False, [], None),
    ("de", "„Schuldenmachen ist keine Wirtschaftspolitik“, sagte FDP-Vize Henning Strothmann vor dem Reichstag.", False, [], None),
    ("de", "Ob der Etat die Konjunktur tatsächlich anschiebt, ist unter Ökonomen umstritten.", False, [], None),
    # --- Ashworth and Dale by-election (PA) ---
    ("en", "LONDON (PA) - Reform UK has won the Ashworth and Dale by-election, overturning a Labour majority of more than 14,000 at last year's general election.", True, [("count", 14000, None, "over")], None),
    ("en", "Reform's Gary Pellow won 38.4% of the vote, while Labour's Hannah Kerrigan finished second on 31.7%.", True, [("percent", 38.4, "%", None), ("ordinal", 2, None, None), ("percent", 31.7, "%", None)], None),
    ("en", "Turnout slumped to 41.3% from 63.8% in July, the returning officer said.", True, [("percent", 41.3, "%", None), ("percent", 63.8, "%", None)], "the returning officer"),
    ("en", "Pellow's majority was 2,106 after a recount requested by Labour.", True, [("count", 2106, None, None)], None),
    ("en", "The swing from Labour to Reform was 17.2 percentage points.", True, [("percent", 17.2, "pp", None)], None),
    ("en", "The Conservatives, who held the seat for 19 years until 2010, came fourth with 9.6%.", True, [("duration", 19, "year", None), ("year", 2010, None, None), ("ordinal", 4, None, None), ("percent", 9.6, "%", None)], None),
    ("en", "Candidates who win less than 5% of the vote forfeit their £500 deposit.", True, [("percent", 5, "%", "under"), ("money", 500, "GBP", None)], None),
    ("en", "It is Reform's fifth by-election gain since the general election.", True, [("ordinal", 5, None, None)], None),
    ("en", "Kerrigan said Labour had increased its vote in 11 of the constituency's 14 wards.", True, [("count", 11, None, None), ("count", 14, None, None)], "Kerrigan"),
    ("en", "During the campaign, Labour leaflets claimed Reform's spending plans contained a £70 billion black hole.", True, [("money", 70000000000, "GBP", None)], None),
    ("en", "Reform said its plans were fully costed and would be paid for by scrapping green subsidies worth £25 billion a year.", True, [("money", 25000000000, "GBP", None)], "Reform"),
    ("en", "\"Tonight the people of Ashworth and Dale have sent a message that nobody in Westminster can ignore,\" Pellow said in his victory speech.", False, [], None),
    ("en", "A Labour spokesperson said the result was disappointing but typical of mid-term contests.", False, [], None),
    ("en", "Pellow, a former scaffolder, punched the air as the result was declared shortly after 4am.", False, [], None),
    ("en", "Whether Reform can repeat the feat at a general election is another matter.", False, [], None),
    # --- New Zealand election night (Reuters) ---
    ("en", "WELLINGTON, Oct 11 (Reuters) - New Zealand Prime Minister Aaron Tremaine won a third consecutive term on Saturday, with his National Party taking 41.2% of the vote, preliminary results showed.", True, [("date", "--10-11", None, None), ("ordinal", 3, None, None), ("percent", 41.2, "%", None)], None),
    ("en", "On the election-night count, National would hold 50 of the 120 seats in parliament, and its partner ACT won 9.", True, [("count", 50, None, None), ("count", 120, None, None), ("count", 9, None, None)], None),
    ("en", "That would give the two parties 59 seats, two seats short of a majority, leaving them dependent on NZ First's eight.", True, [("count", 2, None, None), ("count", 59, None, None), ("count", 2, None, None), ("count", 8, None, None)], None),
    ("en", "Turnout in some inner-city Auckland electorates was just over half, well below the national figure of 78.2%, the Electoral Commission said.", True, [("fraction", 0.5, None, "over"), ("percent", 78.2, "%", None)], "the Electoral Commission"),
    ("en", "About 604,000 special votes, or roughly one-fifth of the total, are yet to be counted, and official results are due on Nov. 1.", True, [("count", 604000, None, "about"), ("fraction", 0.2, None, "about"), ("date", "--11-01", None, None)], None),
    ("en", "In 2020, special votes cost National two seats once the official count was released.", True, [("year", 2020, None, None), ("count", 2, None, None)], None),
    ("en", "Tremaine told reporters he would open talks with ACT and NZ First on Monday.", True, [], "Tremaine"),
    ("en", "\"New Zealanders have chosen stability over chaos,\" Tremaine told cheering supporters in Auckland.", False, [], None),
    ("en", "\"We will be back, and we will be stronger,\" Labour leader Mere Hohaia said.", False, [], None),
    ("en", "(Reporting by Lucy Brannan in Wellington; Editing by Neil Forsyth)", False, [], None),
    # --- New Zealand official count (Reuters) ---
    ("en", "WELLINGTON, Nov 1 (Reuters) - The official count cost New Zealand's ruling National Party one seat, the Electoral Commission said on Friday.", True, [("date", "--11-01", None, None), ("count", 1, None, None)], "the Electoral Commission"),
    ("en", "National's share fell to 40.6% once special votes were included, leaving it with 49 seats.", True, [("percent", 40.6, "%", None), ("count", 49, None, None)], None),
    ("en", "The Green Party picked up the extra seat, taking its total to 15.", True, [("count", 15, None, None)], None),
    ("en", "Coalition talks between National, ACT and NZ First are expected to take about three weeks.", True, [("duration", 3, "week", "about")], None),
    ("en", "The talks after the 2023 election took 40 days.", True, [("year", 2023, None, None), ("duration", 40, "day", None)], None),
    # --- Portugal snap election (Reuters) ---
    ("en", "LISBON, May 18 (Reuters) - Portugal's centre-right Democratic Alliance was leading in Sunday's snap election, the country's third in just over three years, according to an exit poll by public broadcaster RTP.", True, [("date", "--05-18", None, None), ("ordinal", 3, None, None), ("duration", 3, "year", "over")], None),
    ("en", "The exit poll put the alliance on 32% to 36%, ahead of the Socialists on 23% to 27% and the far-right Chega on 20% to 24%.", True, [("percent", 32, "%", None), ("percent", 36, "%", None), ("percent", 23, "%", None), ("percent", 27, "%", None), ("percent", 20, "%", None), ("percent", 24, "%", None)], None),
    ("en", "Polls closed at 8 p.m. local time (1900 GMT), and turnout at 4 p.m. stood at 48.3%, up 2.9 points from the last election, the interior ministry said.", True, [("percent", 48.3, "%", None), ("percent", 2.9, "pp", None)], "the interior ministry"),
    ("en", "No party is expected to win a majority in the 230-seat parliament, where 116 seats are needed to govern alone.", True, [("count", 230, None, None), ("count", 116, None, None)], None),
    ("en", "Prime Minister Luis Aguiar lost a confidence vote in March after 11 months in office.", True, [("duration", 11, "month", None)], None),
    ("en", "\"Today the Portuguese will choose between stability and adventure,\" Aguiar said after casting his ballot in Lisbon.", False, [], None),
    ("en", "LISBON, May 19 (Reuters) - With all domestic votes counted, the Democratic Alliance won 32.7% and 89 seats, the Socialists 23.4% and 58, and Chega 22.8% and 58.", True, [("date", "--05-19", None, None), ("percent", 32.7, "%", None), ("count", 89, None, None), ("percent", 23.4, "%", None), ("count", 58, None, None), ("percent", 22.8, "%", None), ("count", 58, None, None)], None),
    ("en", "Four seats elected by Portuguese voters abroad will be allocated once their postal votes are counted in about 10 days.", True, [("count", 4, None, None), ("duration", 10, "day", "about")], None),
    ("en", "Chega could still overtake the Socialists as the second-largest party, having won two of the four overseas seats in 2024.", True, [("ordinal", 2, None, None), ("count", 2, None, None), ("count", 4, None, None), ("year", 2024, None, None)], None),
    ("en", "Whether any coalition can last a full term is far from certain.", False, [], None),
    # --- Pennsylvania Senate race (AP) ---
    ("en", "PHILADELPHIA (AP) — Democrat Renee Castellanos narrowly led Republican Sen. Doug Harwell early Wednesday in Pennsylvania's Senate race, with about 96% of the expected vote counted.", True, [("percent", 96, "%", "about")], None),
    ("en", "Castellanos was ahead by 31,482 votes out of more than 6.8 million cast, a margin of 0.46 percentage point.", True, [("count", 31482, None, None), ("count", 6800000, None, "over"), ("percent", 0.46, "pp", None)], None),
    ("en", "Under state law, a margin of 0.5 percentage point or less triggers an automatic statewide recount.", True, [("percent", 0.5, "pp", None)], None),
    ("en", "Election officials said about 180,000 mail ballots remained to be counted, most of them in Philadelphia and its suburbs.", True, [("count", 180000, None, "about")], None),
    ("en", "Pennsylvania does not allow election workers to begin processing mail ballots until 7 a.m. on Election Day.", True, [], None),
    ("en", "Harwell, 67, was seeking a third term.", True, [("duration", 67, "year", None), ("ordinal", 3, None, None)], None),
    ("en", "The race has drawn more than $310 million in spending by the campaigns and outside groups, according to AdImpact.", True, [("money", 310000000, "USD", "over")], "AdImpact"),
    ("en", "Harwell's campaign claimed without evidence that thousands of ballots in Philadelphia had been cast by ineligible voters.", True, [], None),
    ("en", "Philadelphia's election board said it had received no reports of irregularities.", True, [], None),
    ("en", "\"We're going to make sure every legal vote is counted,\" Harwell told supporters in Harrisburg shortly after midnight.", False, [], None),
    ("en", "It may take several days before the outcome is clear.", False, [], None),
    ("en", "PHILADELPHIA (AP) — The Associated Press declared Castellanos the winner on Friday after the last mail ballots widened her lead to 0.61 percentage point, above the recount threshold.", True, [("percent", 0.61, "pp", None)], None),
    ("en", "She will be the first woman to represent Pennsylvania in the Senate.", True, [("ordinal", 1, None, None)], None),
    ("en", "The result leaves Republicans with a 51-49 majority in the chamber.", True, [("count", 51, None, None), ("count", 49, None, None)], None),
    # --- Campaign finance (AP) ---
    ("en", "WASHINGTON (AP) — Castellanos raised $28.4 million in the final weeks of the campaign, more than three times as much as Harwell, according to filings with the Federal Election Commission.", True, [("money", 28400000, "USD", None), ("count", 3, None, "over")], None),
    ("en", "Harwell's campaign reported raising $8.9 million over the same period and spending $14.2 million.", True, [("money", 8900000, "USD", None), ("money", 14200000, "USD", None)], None),
    ("en", "Outside groups spent an additional $96 million on advertising in the race, most of it attacking Castellanos.", True, [("money", 96000000, "USD", None)], None),
    ("en", "Castellanos ended the race with $1.3 million in cash on hand.", True, [("money", 1300000, "USD", None)], None),
    ("en", "\"You can't buy a Senate seat, but apparently you can rent one,\" Harwell said in a statement.", False, [], None),
    ("en", "Campaign finance watchdogs said the figures showed how thoroughly money had come to dominate Senate races.", False, [], None),
    # --- Georgia early voting and a claim on the rolls (AP) ---
    ("en", "ATLANTA (AP) — More than 2.4 million Georgians cast ballots during the three-week early voting period, a record for a midterm election, the secretary of state's office said.", True, [("count", 2400000, None, "over"), ("duration", 3, "week", None)], "the secretary of state's office"),
    ("en", "That is about 30% more than in 2022.", True, [("percent", 30, "%", "about"), ("year", 2022, None, None)], None),
    ("en", "Roughly one in four early voters was 65 or older.", True, [("fraction", 0.25, None, "about"), ("duration", 65, "year", None)], None),
    ("en", "Republican state Sen. Wade Curtis claimed on social media that more than 90,000 dead people were on Georgia's voter rolls.", True, [("count", 90000, None, "over")], "Wade Curtis"),
    ("en", "The secretary of state's office said it had removed about 112,000 inactive or deceased voters from the rolls since January and found no ballots cast in the names of dead people.", True, [("count", 112000, None, "about")], "the secretary of state's office"),
    ("en", "Curtis's office did not answer emailed questions about the source of his figure.", False, [], None),
    ("en", "Voters who still hold an absentee ballot are urged to return it in person rather than by mail.", False, [], None),
    # --- House stopgap vote (AP) ---
    ("en", "WASHINGTON (AP) — The House narrowly passed a $1.6 trillion spending package on Thursday, voting 216-214 to avert a government shutdown days before a Sept. 30 deadline.", True, [("money", 1600000000000, "USD", None), ("count", 216, None, None), ("count", 214, None, None), ("date", "--09-30", None, None)], None),
    ("en", "Three Republicans voted against the bill and two Democrats voted for it, while one member voted present.", True, [("count", 3, None, None), ("count", 2, None, None), ("count", 1, None, None)], None),
    ("en", "Republicans hold a 219-213 majority in the chamber, with three vacancies.", True, [("count", 219, None, None), ("count", 213, None, None), ("count", 3, None, None)], None),
    ("en", "The package funds the government through Jan. 30 and includes $12 billion in disaster aid.", True, [("date", "--01-30", None, None), ("money", 12000000000, "USD", None)], None),
    ("en", "The Congressional Budget Office estimated the package would add $94 billion to deficits over 10 years.", True, [("money", 94000000000, "USD", None), ("duration", 10, "year", None)], None),
    ("en", "In the Senate, Democrats can block the package unless 60 senators vote to end debate.", True, [("count", 60, None, None)], None),
    ("en", "\"The American people deserve a Congress that works, and today we delivered,\" House Speaker Tom Kessler said.", False, [], None),
    ("en", "Democrats called the bill a giveaway to defense contractors.", False, [], None),
    # --- Ohio governor's debate fact check (AP) ---
    ("en", "COLUMBUS, Ohio (AP) — Republican gubernatorial candidate Mark Dillard claimed in Tuesday's televised debate that violent crime in Ohio had risen 30% under the current administration.", True, [("percent", 30, "%", None)], "Mark Dillard"),
    ("en", "In fact, FBI data show Ohio's violent crime rate fell 8% between 2021 and 2024.", True, [("percent", 8, "%", None), ("year", 2021, None, None), ("year", 2024, None, None)], None),
    ("en", "Dillard's campaign later said he had been referring to carjackings in Columbus, which city police data show rose 31% in 2023.", True, [("percent", 31, "%", None), ("year", 2023, None, None)], None),
    ("en", "Dillard also claimed Democrat Lisa Ferraro would raise income taxes by $2,000 for a typical family.", True, [("money", 2000, "USD", None)], "Dillard"),
    ("en", "Ferraro's tax plan, as published on her campaign website, does not include an income tax increase.", True, [], None),
    ("en", "Verdict: False.", False, [], None),
    ("en", "Ferraro said the state's rainy day fund had grown to $4.1 billion on her watch as lieutenant governor.", True, [("money", 4100000000, "USD", None)], "Ferraro"),
    ("en", "That figure is accurate, but the fund reached that level in 2022, before Ferraro took office.", True, [("year", 2022, None, None)], None),
    ("en", "\"My opponent has never met a tax she didn't like,\" Dillard said to applause.", False, [], None),
    ("en", "AP reached out to the Dillard campaign for the source of its crime figure.", False, [], None),
    # --- Holyrood budget (PA) ---
    ("en", "EDINBURGH (PA) - The Scottish Government's £63.2 billion budget has passed its final stage at Holyrood by 68 votes to 57, with one abstention.", True, [("money", 63200000000, "GBP", None), ("count", 68, None, None), ("count", 57, None, None), ("count", 1, None, None)], None),
    ("en", "The SNP minority government secured the support of the Scottish Greens and the Liberal Democrats after weeks of talks.", True, [], None),
    ("en", "Finance Secretary Moira Calder said the budget would fund 1,200 extra teachers and freeze council tax for a second year.", True, [("count", 1200, None, None), ("ordinal", 2, None, None)], "Moira Calder"),
    ("en", "The Scottish Conservatives said the Government had raised income tax for the fourth time since 2017.", True, [("ordinal", 4, None, None), ("year", 2017, None, None)], "the Scottish Conservatives"),
    ("en", "\"This is a budget for the whole of Scotland,\" Calder told MSPs.", False, [], None),
    ("en", "Labour's finance spokesman called the budget \"a missed opportunity\".", False, [], None),
    # --- Commons second reading (PA) ---
    ("en", "LONDON (PA) - MPs have voted by 335 to 260 to give the Government's planning bill a second reading, a majority of 75.", True, [("count", 335, None, None), ("count", 260, None, None), ("ordinal", 2, None, None), ("count", 75, None, None)], None),
    ("en", "Twenty-nine Labour MPs voted against the Government, the biggest rebellion of this Parliament.", True, [("count", 29, None, None)], None),
    ("en", "More than two dozen others did not vote, according to the division list.", True, [("count", 24, None, "over")], None),
    ("en", "On paper, ministers command a working majority of 165 in the Commons.", True, [("count", 165, None, None)], None),
    ("en", "\"This bill will get Britain building again,\" the Housing Secretary told the Commons.", False, [], None),
    ("en", "Opposition MPs jeered as the result was read out.", False, [], None),
    # --- West Bengal assembly election (Reuters) ---
    ("en", "KOLKATA, May 4 (Reuters) - West Bengal Chief Minister Rina Basu's party won a fourth consecutive term in the state assembly election, taking 201 of the 294 seats, Election Commission data showed.", True, [("date", "--05-04", None, None), ("ordinal", 4, None, None), ("count", 201, None, None), ("count", 294, None, None)], None),
    ("en", "The Bharatiya Janata Party won 81 seats, up from 77 in 2021.", True, [("count", 81, None, None), ("count", 77, None, None), ("year", 2021, None, None)], None),
    ("en", "A majority in the assembly requires 148 seats.", True, [("count", 148, None, None)], None),
    ("en", "Turnout was 79.3%, with more than 5.8 crore voters casting ballots over eight phases, the Election Commission said.", True, [("percent", 79.3, "%", None), ("count", 58000000, None, "over"), ("count", 8, None, None)], "the Election Commission"),
    ("en", "Women made up just under half of the electorate, and counting took about 14 hours.", True, [("fraction", 0.5, None, "under"), ("duration", 14, "hour", "about")], None),
    ("en", "The BJP said it would challenge the results in 11 constituencies where the margin was under 1,000 votes.", True, [("count", 11, None, None), ("count", 1000, None, "under")], "the BJP"),
    ("en", "\"Bengal has rejected the politics of hate,\" Basu told reporters in Kolkata.", False, [], None),
    # --- Australian referendum (AAP) ---
    ("en", "CANBERRA, Oct 18 (AAP) - Australians have rejected a proposal to extend federal parliamentary terms to four years, with the referendum carried in only two of the six states.", True, [("date", "--10-18", None, None), ("duration", 4, "year", None), ("count", 2, None, None), ("count", 6, None, None)], None),
    ("en", "A referendum needs a national majority as well as majorities in at least four states to pass.", True, [("count", 4, None, "at_least")], None),
    ("en", "Nationally, the Yes vote stood at 47.8% with 81% of votes counted, the Australian Electoral Commission said.", True, [("percent", 47.8, "%", None), ("percent", 81, "%", None)], "the Australian Electoral Commission"),
    ("en", "Victoria recorded the strongest Yes vote at 54.1%, while Queensland was the most opposed, with 61.3% voting No.", True, [("percent", 54.1, "%", None), ("percent", 61.3, "%", None)], None),
    ("en", "It was the 45th referendum since Federation, and only eight have succeeded.", True, [("ordinal", 45, None, None), ("count", 8, None, None)], None),
    ("en", "The last successful referendum was held in 1977.", True, [("year", 1977, None, None)], None),
    ("en", "Voting is compulsory in Australia, and turnout was 89.7% of enrolled voters.", True, [("percent", 89.7, "%", None)], None),
    ("en", "\"The Australian people have spoken, and we respect their verdict,\" the prime minister said.", False, [], None),
    ("en", "Yes campaigners blamed a scare campaign for the defeat.", False, [], None),
    # --- Dutch coalition deal (Reuters) ---
    ("en", "THE HAGUE, Oct 30 (Reuters) - Dutch parties agreed on Thursday to form a four-party coalition, ending 186 days of negotiations after the March election.", True, [("date", "--10-30", None, None), ("count", 4, None, None), ("duration", 186, "day", None)], None),
    ("en", "The coalition will control 79 of the 150 seats in the lower house, three more than the 76 needed for a majority.", True, [("count", 79, None, None), ("count", 150, None, None), ("count", 3, None, None), ("count", 76, None, None)], None),
    ("en", "The longest formation in Dutch history, in 2021-22, took 299 days.", True, [("year", 2021, None, None), ("year", 2022, None, None), ("duration", 299, "day", None)], None),
    ("en", "The agreement runs to 72 pages and includes plans to cut asylum applications by a third.", True, [("count", 72, None, None), ("fraction", 0.3333, None, None)], None),
    ("en", "Incoming prime minister Joost Verhaegen told reporters the cabinet would have 15 ministers, five fewer than the outgoing one.", True, [("count", 15, None, None), ("count", 5, None, None)], "Joost Verhaegen"),
    ("en", "Analysts said the slim majority would leave the coalition vulnerable to defections.", False, [], None),
]
