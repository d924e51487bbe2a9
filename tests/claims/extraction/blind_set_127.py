"""Hundred-and-twenty-seventh blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms and figures are made up
(Johanna Pilgerstorfer, Katharina Albersmeyer, Lorenz Aschbacher, Monika Ruchti, Ralf
Hennemann, Jana Vollmer, Gernot Aichhorn, Susanne Kerschbaumer, Jörg Wallbrecht, Reto
Zumstein, Sabine Dreßler, Thomas Gradwohl, Marco Gianola, Georg Pfurtscheller, Torsten
Kubitzki, Jannik Oltmanns, Ulrike Brandhorst, Hildegard Rautenbach; Elin Haraldsson, Tom
Ellingham, Dana Hargrove, Callum Brierley, Stefan Lindgren, Dean Hanley, Kallsen Line, Mette
Brandstrup, Luisa Ferrandi, Rob Haskins, Gary Fenwick, Ingrid Solheim-Aas, Colin Maddox, Ben
Hartigan, Severnside Water, Andrew Pellow, Alistair Renfrew, Joanne Tully, Aldermoor Motors,
Anjali Kandola, Denise Varga); where a real office speaks (a finance, building, defence,
economy, education, health or justice minister, a Landeshauptmann, the head of the Federal
Employment Agency, Sweden's central bank governor, a White House press secretary, a
governor of Kentucky, the mayor of Portland, the RMT's general secretary, an ECB board
member, Norway's finance minister, the chief of Swiss), the holder is invented and stands
for no real person. Real papers, broadcasters, programmes, bodies, clubs and places
("Ö1-Morgenjournal", "Fiskalrat", "Ministerrat", "Nationalrat", "Süddeutsche Zeitung",
"Statistisches Bundesamt", "ZIA", "NZZ am Sonntag", "VBS", "Finanzkommission", "F-35",
"Deutsche Presse-Agentur", "ORF-„Pressestunde“", "Statistik Austria", "Deutschlandfunk",
"Interview der Woche", "Bundesnetzagentur", "VCI", "Swiss", "Schweiz am Wochenende",
"Flughafen Zürich", "Aeropers", "Bundesagentur für Arbeit", "profil", "Ärztekammer", "Wiener
Gesundheitsverbund", "Staatssekretariat für Migration", "SEM", "Wirtschaftskammer", "AMS",
"Werder Bremen", "Hamburger SV", "Volksparkstadion", "Funke-Mediengruppe", "Verband der
Ersatzkassen", "VdK"; "Riksbank", "Statistics Sweden", "BBC", "Sky News", "NHS England",
"British Medical Association", "Royal College of GPs", "FEMA", "Disaster Relief Fund", "X",
"Crystal Palace", "Fulham", "Selhurst Park", "World Economic Forum", "Alphaliner", "European
Central Bank", "Il Sole 24 Ore", "LSEG", "Eurostat", "Bank of Italy", "National Weather
Service", "Kentucky Utilities", "Kentucky Emergency Management", "RMT", "Times Radio", "Rail
Delivery Group", "Network Rail", "Department for Transport", "Norges Bank Investment
Management", "Council on Ethics", "New York Mets", "Environment, Food and Rural Affairs
Committee", "Environment Agency", "Financial Times", "Unite", "City Budget Office") stand for
the way wire copy names them; every budget, rate, count, poll, waiting time, salary, toll,
correction, question and quote here is invented, and where a real figure came to mind it was
changed.

Its weight: INTERVIEWS, PRESS CONFERENCES AND TRANSCRIPTS as agencies file them, over six
weeks of one winter (early January to late February) in story order, each story told as
wire copy runs it (a dateline lead with the attribution to the paper, the programme or the
news conference, the figures in quotes and in Konjunktiv I, the pronoun continuations, the
interviewer's questions, the evasions and the jokes, the figures set against the speaker's
and the corrections that followed), the German and English stories interleaved by date.
Half German (APA, dpa, Keystone-SDA; Austrian "heuer", "Jänner", "Grüß Gott", Swiss
"147'300", "schliesse", "Gesuchstellende", «» quotes, German „“ quotes): a finance minister
in the Ö1-Morgenjournal with the consolidation, the interest bill and a pension figure the
ministry corrected the same afternoon; a building minister to the „Süddeutsche Zeitung“
("(Samstag)") with completions, permits and a quote split over two sentences; a defence
minister to the «NZZ am Sonntag» with the one-percent goal in francs; a dpa interview with
the fire brigades' association in "Frage: ... / Hennemann: ..." form; an education minister
in the ORF-„Pressestunde“ with the moderator's question, an evasion, a joke about himself
and a greeting; an economy minister in the Deutschlandfunk with a Konjunktiv I chain and
the regulator's figure set against his; the chief of Swiss to the «Schweiz am Wochenende»;
the Federal Employment Agency's January press conference with a journalist's question; a
„profil“ interview with Vienna's health councillor in "profil: ... / Gradwohl: ..." form;
a Swiss justice minister before the media in Bern; a Tyrolean press conference with an
avalanche toll corrected in the evening; a Bundesliga coach's pre-match press conference;
a health minister to the Funke papers with a second quote split over two sentences. Half
English (Reuters, AP, PA): a Riksbank governor's Reuters interview in "Q: ... / A: ..."
form; a health secretary on the BBC and Sky News with a figure his department corrected; a
White House briefing from the transcript ("Q: ..." and "Hargrove: ...") with a greeting, an
evasion and a correction posted later; a football manager's news conference; a shipping
chief at Davos; an ECB board member to an Italian daily; a governor's news conference after
an ice storm with a toll lowered by his office and a quote split over two sentences; a rail
union leader on Times Radio with his turnout corrected by his union; Norway's finance
minister to Reuters; a pitcher's introductory news conference; a water company chief before
a Commons committee who later corrected his evidence; a carmaker's chief to the Financial
Times with a spokesperson's clarification; a mayor's news conference with a gap her office
revised. Figures as interviews have them: budgets, deficits, gaps and subsidies ("gut
dreieinhalb Milliarden Euro", "rund dreieinhalb Milliarden Euro", "ein Prozent des
Bruttoinlandprodukts, rund 10,8 Milliarden Franken", "$4.2 billion", "about 480 billion
Norwegian crowns ($43 billion)"), rates and shares ("bei 0,76 Prozent", "um 0,6 Punkte",
"um 0,3 Prozentpunkte", "one more 25-basis-point cut", "fast jeder zweiten Gemeinde",
"Jeder dritte Euro", "jedes fünfte Volksschulkind", "knapp drei Viertel davon", "by a
fifth", "more than a third", "less than half", "Fewer than half"), counts of people, jobs,
homes, call-outs and asylum claims ("1,4 Millionen Mal", "30 oder 40 Kilometer", "Drei-Millionen-
Marke", "22'000 bis 26'000 Gesuchen"), waiting times, strikes, seasons and contracts in
days, weeks, months, hours and years ("19 Tage, bei Akutfällen 48 Stunden", "fünfstündigen",
"16-hour shifts", "94,000 hours", "a seven-year, $218 million contract"), dates and
datelines, and the corrections that set a second figure beside the first ("Gemeint seien
Mehrkosten von 1,3 Milliarden Euro gewesen", "69%, not 96%", "68%, not 63%", "97,400
hours, not 94,000", "lowered the toll to eight", "korrigierte die Zahl am Abend auf acht").
Negatives as interview copy has them: the interviewers' and moderators' questions ("Frage:",
"profil:", "Q:", "wollte wissen", "A reporter asked", "Committee chair ... asked"), five of
them with a figure labelled; evasions and no-comment lines ("Da greife ich den
Verhandlungen nicht vor.", "Das prüfen wir.", "You'll have to ask the chairman.", "We never
comment on market rumours."); greetings ("Grüß Gott, und danke für die Einladung", "Good
afternoon, everybody, and happy new year."); jokes (one with the speaker's 18 years as a
teacher labelled); feelings and creeds; rhetorical questions (two with a figure labelled);
a minister's jab at the opposition (its 3 years labelled); a first half of a split quote
that only judges; a pitcher's anecdote about his home town (its 40 minutes labelled); an
appeal to neighbours; a credit line ("Die Fragen stellte Jana Vollmer.").

244 rows (123 German, 121 English), 59 negatives (31 German, 28 English), 185 check-worthy
rows of which 5 carry no figure (1 German, 4 English), 332 expected quantities (101 counts,
65 percentages - 2 of them in percentage points and 1 in basis points -, 51 amounts of
money - 25 EUR, 12 USD, 6 CHF, 6 GBP, 2 NOK -, 41 durations, 31 years, 19 fractions, 13
ordinals, 11 dates; 13 of them in eleven negatives, as the seventeenth batch labels a
figure in a negative), 97 checked speakers (49 German, 48 English; 13 of them transcript
labels). Sentences sharing a run of eight or more words with any file under tests/ (checked
by a script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Konjunktiv I paraphrases of
  a figure or a fact are check-worthy with the speaker their own attribution gives ("Die
  durchschnittliche Verfahrensdauer sei auf 134 Tage gesunken, fügte Gianola hinzu." ->
  "Gianola", as "fügte Gorbunow hinzu", hundred-first; "Saisonbereinigt sei die Zahl um 11.000 gestiegen,
  sagte BA-Vorstandschefin Sabine Dreßler ..." -> "Sabine Dreßler"), and with the speaker
  unchecked after a pronoun or a role ("fügte sie hinzu", "Sie fügte hinzu, ...", "Er fügte
  hinzu, ...", "sagte sie weiter", "sagte er weiter", "sagte die SPD-Politikerin", "sagte der
  CDU-Politiker im „Interview der Woche“", "sagte der SPÖ-Politiker dem Nachrichtenmagazin
  „profil“"; thirty-seventh) or where the chain goes on without an attribution of its own
  ("Allein der Zinsaufwand des Bundes liege heuer bei 6,2 Milliarden Euro, nach 4,7
  Milliarden im Jahr 2023.", "Die Gasspeicher seien derzeit zu 61 Prozent gefüllt, ...", "Die
  Zahl der Lawinentoten liege heuer mit sieben ...", "Die Zahl der Pflegebedürftigen habe
  sich seit 2015 ..."; ninety-fifth). English pronoun continuations likewise stay unchecked
  ("he said", "she said", "He said ...", "She said ...", "he added", "he joked").
- Interviews given to papers and broadcasters give the speaker's name, the paper, programme
  or audience dropped (thirty-seventh, ninety-fifth, hundred-seventeenth): "sagte ... der
  „Süddeutschen Zeitung“ (Samstag)", "im Interview mit der «NZZ am Sonntag»", "der
  Deutschen Presse-Agentur" (as "der APA"), "in der ORF-„Pressestunde“", "im
  Deutschlandfunk", "im Interview mit der «Schweiz am Wochenende»", "bei der Pressekonferenz
  in Nürnberg", "auf Nachfrage", "vor den Medien in Bern", "bei einer Pressekonferenz in
  Innsbruck", "den Zeitungen der Funke-Mediengruppe", "im Ö1-Morgenjournal"; "told Reuters in
  an interview", "has told the BBC", "told Sky News", "told his pre-match news conference"
  (as "told a news conference"), "told Reuters on the sidelines of the World Economic Forum",
  "told Italian daily Il Sole 24 Ore", "told a news conference", "told Times Radio", "has
  told MPs", "told the Environment, Food and Rural Affairs Committee", "told the committee"
  (twenty-fifth), "told the Financial Times in an interview published on Monday" and "told
  the newspaper" (eleventh: "told the Financial Times"). Titles are dropped
  ("Finanzministerin", "Bundesbauministerin", "Verteidigungsministerin",
  "Feuerwehrverbandspräsident", "Bildungsminister", "Bundeswirtschaftsminister", "Swiss-Chef"
  as "Wifo-Chef", "BA-Vorstandschefin", "Gesundheitsstadtrat", "Justizminister",
  "Landeshauptmann", "Trainer", "Bundesgesundheitsministerin"; "Riksbank Governor", "Health
  Secretary", "White House press secretary", "manager", "Chief Executive", "European Central
  Bank board member", "Gov.", "Finance Minister", "Mets general manager", "Severnside Water
  chief executive", "Mayor"), surnames are given as written, the name in apposition is the
  speaker ("the RMT union's general secretary, Gary Fenwick, told" -> "Gary Fenwick";
  hundred-sixteenth, hundred-twentieth), "laut Gesundheitsstadtrat Thomas Gradwohl" gives the
  name (second and fourteenth: "laut Wifo-Chef ..."), "so Aichhorn" and "Dreßler zufolge" the
  surname (fourteenth: "Selenskyj zufolge").
- Transcripts (thirty-seventh): the interviewer's line is a negative whatever its label
  ("Frage:", "profil:", "Q:") and keeps its figure when it carries a premise ("Q: Inflation
  was 1.9% in December - is the job done?" 1.9 percent, "Q: Governors say that is less than
  half of what is needed - are they wrong?" 0.5 "under", "profil: Die Ärztekammer spricht von
  600 unbesetzten Dienstposten ... - hat sie recht?" 600); the answer is judged on what it
  states. A surname label ("Hennemann:", "Gradwohl:", "Hargrove:") names the speaker and is
  checked (13 rows); "A:" names nobody (unchecked). A label carries no quantity. The
  credit line "Die Fragen stellte Jana Vollmer." is a negative (thirty-seventh: "Das
  Interview führte ..."); so are the greetings of a guest and of a press secretary
  („Grüß Gott, und danke für die Einladung“, "Hargrove: Good afternoon, everybody, and happy
  new year."; thirty-seventh: pleasantries).
- Questions reported in the narrative are negatives (hundred-twentieth): "Moderatorin
  Susanne Kerschbaumer wollte wissen, ob ... der Zehn- bis 14-Jährigen ..." (with 10 and 14
  years labelled - the suspended hyphen gives the number word "Zehn-" the unit of
  "14-Jährigen", as "der 12- bis 49-Jährigen", hundred-twentieth), "Auf die Frage eines
  Journalisten, ob die Drei-Millionen-Marke ... unterschritten werde, sagte Dreßler, das sei
  „nicht ausgemacht“." (with 3,000,000 labelled), "A reporter asked Haskins why ...",
  "Committee chair Alistair Renfrew asked him whether ...". Evasions and no-comment lines are
  negatives, also after "Auf die Frage ..." or "Asked ..." (thirty-seventh): "Da greife ich
  den Verhandlungen nicht vor.", "antwortete Ruchti ausweichend", "„Das prüfen wir.“" (a
  review names no step, hundred-nineteenth), "„Ich beschäftige mich nur mit Samstag.“",
  "man prüfe «alle Optionen»", "wollte Pfurtscheller nicht beantworten", "I won't do the pay
  talks live on air." (with its 4 percent "over" labelled), "I'm not going to get into a
  back-and-forth ...", "You'll have to ask the chairman.", "We never comment on market
  rumours.", "not be rushed by anyone", "a question for the Council on Ethics", "meet
  ministers "anywhere, any time."", "I can't promise that, and I won't". New: a row that
  opens with "Asked about X," and goes on "Y said" with a checkable fact is check-worthy
  and gives Y ("Asked about emissions, Brandstrup said the fleet's carbon intensity had
  fallen 27% since 2019." -> "Brandstrup") - the participle names the question, not a
  second speaker, and the attribution is "X said" as the thirty-seventh batch settled it.
  New: "X added that ..." gives X as "X said" does ("Brandstrup added that ...",
  "Ferrandi added that ..."), the English twin of "fügte Gorbunow hinzu" (hundred-first).
- New: a quote that runs over two sentences is split where the engine splits it, and each
  half is a row: the half with only the opening mark has no attribution of its own and
  keeps its speaker unchecked (as a quote continued in the next sentence, sixteenth) - a
  verdict there is a negative („Die Talsohle liegt hinter uns.“, „Das ist für viele Familien
  schlicht nicht mehr bezahlbar.“), a figure check-worthy (""We have 6,200 line workers in the
  field." count 6200) - and the half with the closing mark and "sagte X" / "X said" takes X
  ("Im Dezember hatten wir 21.300 genehmigte Wohnungen, ...“, sagte Albersmeyer." ->
  "Albersmeyer"; "Deshalb wollen wir den Eigenanteil ... bei 1.000 Euro deckeln“, sagte
  Brandhorst."; "They come from 14 other states, ...," Haskins said." -> "Haskins").
- Quoted facts are check-worthy with their speaker, also with a verdict or resolve appended
  (hundred-seventeenth, hundred-nineteenth): „Wir müssen heuer gut dreieinhalb Milliarden
  Euro an Konsolidierung schaffen, und das wird man spüren“, «Jeder vierte Flug hatte mehr
  als 15 Minuten Verspätung, und das ist zu viel», „Wir haben aus den letzten sechs Spielen
  nur einen Punkt geholt, das ist die Wahrheit“, ""Freight rates ... have fallen by roughly
  40% since October, and I don't think we have seen the bottom yet,"", ""The fund owns about
  1.5% of every listed company in the world, and that is a responsibility, not a weapon,""
  (speaker unchecked, "she said"), "Gradwohl: Wir investieren bis 2030 rund 3,3 Milliarden
  Euro ..., das ist das größte Bauprogramm in der Geschichte der Stadt." A forecast or a plan
  with a figure by a named speaker is check-worthy (thirty-seventh): "rechnet ... mit
  durchschnittlich knapp 3 Millionen Arbeitslosen", "will fall below 7 million by the
  spring", "We expect the economy to grow by about 2% this year", "will cut about 1,100
  jobs". Check-worthy without a figure: a zweistellig guidance ("stellte Zumstein ein
  zweistelliges Wachstum ... in Aussicht", twenty-third and hundred-twenty-second:
  "zweistellig" none), a fixture ("Palace host Fulham at Selhurst Park on Saturday, with
  kick-off at 3pm." - a clock time none), a shirt number ("Maddox will wear No. 34, ..." - none, hundred-ninth:
  "the No. 8 shirt"), a stated deadline for a decision and an exemption from a freeze.
- Corrections and revisions keep every figure the row gives, the one taken back and the one
  that stands (thirty-seventh: self-corrections; ninety-ninth and hundred-sixteenth:
  revisions): "Gemeint seien Mehrkosten von 1,3 Milliarden Euro gewesen" (the 1,8 Milliarden
  of the minister's own row labelled there), "a figure his department later corrected to
  12,400" (21,000 and 12,400), "the share of claims paid within 10 days was 69%, not 96%",
  "the turnout had been 68%, not 63%", "97,400 hours, not 94,000" (the unit written once
  serves both, seventy-sixth), "lowered the toll to eight, saying one death had been counted
  twice" (8, 1 and 2 - "one" before a noun is count 1 as "including one intermission",
  hundred-twenty-first, and "twice" count 2 as "hung up twice"), "korrigierte die Zahl am
  Abend auf acht" (8), "the gap was $118 million". The corrector is checked only in forms
  already settled: "The union later said" -> "the union" and "Varga's office later said" ->
  "Varga's office" (hundred-twentieth: "Reform later said"; hundred-sixteenth: "the
  premier's office", "her office"); "korrigierte" (ninety-ninth), "later corrected
  herself in a post on X, saying", "later wrote to the committee ..., saying", "A company
  spokesperson later clarified" (a role without a name, hundred-fifteenth) and "The governor's
  office later lowered" (no verb of saying) stay unchecked. "X" as the platform's name
  carries none.
- Names with figures carry none (eighty-ninth, hundred-twentieth: "ORF 2", "Puls 24"): "im
  Ö1-Morgenjournal" (eleventh), "F-35" (an identifier, as "737 MAX", forty-third). New: the
  paper "Il Sole 24 Ore" carries none, a title as "Puls 24" is a channel; "(Samstag)" after
  a paper's name is its publication day and carries none, as a weekday does.
- Counts (every batch): "1,4 Millionen Mal" 1,400,000 "about" (the issue's "100 Mal"),
  "seven times" 7 (thirty-seventh: "cut five times"), "won two of their last nine" 2 and 9
  (thirty-seventh: "four of our last five"), "nur einen Punkt" 1 (the number word, as
  hundred-twentieth's "verliert aber einen Punkt"), "one more rate cut" and "one more
  25-basis-point cut" count 1 and 25 bp (twenty-seventh: "a 25 basis point cut"), "mit drei
  Punkten mehr" 3 (the "mehr" after the figure compares), "gut 80.000 weniger als die
  310.000" 80,000 "over" and 310,000, "255.000 mehr als im Dezember" (no hedge), "22'000 bis
  26'000 Gesuchen" both, "up to 1.2 inches of ice" 1.2 "up_to" (a physical measure, fourth),
  "Of our 1,100 staff, about 40" two counts, "the four states" 4. New: "30 oder 40
  Kilometer" gives 30 and 40 - a spoken range joined by "oder" is read as the thirty-seventh
  batch reads "dreißig, vierzig". New: "outside the top six" is count 6, the number word of
  a league's group as "the quickest in six quarters" (thirty-seventh). New: "der
  vergangenen zehn Winter" is count 10 - a winter is no unit of the issue's duration list,
  as "an elf Abenden" (hundred-twenty-first) and "zwei Nächte lang" (hundred-fifteenth). New:
  "die Drei-Millionen-Marke" is count 3,000,000, a number word heading a hyphenated compound
  read as "Zehn-Kilometer-Sperrzone" (hundred-fifteenth) with its magnitude word.
- Ordinals: "in the first half of the year" 1 (eighty-ninth: "in the year's first half"),
  "in der ersten Hälfte der Wintersaison" 1 and no fraction (thirty-seventh: "in the second
  half of 2026" ordinal 2 only), "das erste davon" 1 (eighty-ninth: the elliptic "den
  ersten"), "im ersten Jahr" 1, "in the third quarter" and "third-quarter" 3, "his second
  visit" 2, "sit 16th" 16, "auf Rang 13" 13, "nach dem siebten Spieltag" 7, "the union's
  sixth national rail strike" 6, "in einer vierten Klasse" 4 (in a joke, labelled). New:
  "der HSV ist ... Zehnter" is ordinal 10 - an ordinal written as a noun is read as "das
  sechste Treffen" (the issue) and "Rang sechs" (hundred-nineteenth).
- Fractions (the issue; hundred-sixteenth to hundred-twenty-first): "Rund zwei Drittel davon"
  0.6667 "about" and "das restliche Drittel" 0.3333 (hundred-twentieth: "das verbleibende
  Drittel"), "um bis zu ein Fünftel" 0.2 "up_to", "fast jeder zweiten Gemeinde" 0.5
  "nearly", "etwa ein Zehntel" 0.1 "about", "jedes fünfte Volksschulkind", "Jeder fünfte
  Arbeitslose" and "Jeder fünfte Patient" 0.2, "knapp drei Viertel davon" 0.75 "nearly",
  "knapp ein Drittel" 0.3333 "nearly", "Jeder vierte Flug" 0.25, "rund ein Viertel weniger"
  0.25 "about", "Jeder dritte Euro" 0.3333, "die Hälfte davon" 0.5, "gut die Hälfte" 0.5
  "over", "by a fifth" 0.2, "less than half" and "Fewer than half" 0.5 "under", "by more than
  a third" 0.3333 "over".
- Percentages, points and money: "um 0,6 Punkte" 0.6 pp (ninety-fifth: "Punkte"), "um 0,3
  Prozentpunkte" 0.3 pp, "ein Prozent des Bruttoinlandprodukts" 1 (thirty-seventh), "more
  than 4%" and "more than 5%" "over", "below 2%" "under" (fourteenth: "below 10.5%"), "roughly
  180%" "about", "by an average of 29%" (no hedge, hundred-fifteenth); EUR ("gut dreieinhalb
  Milliarden Euro" 3.5e9 "over", "rund dreieinhalb Milliarden Euro" "about", "nach 4,7
  Milliarden" EUR - the currency written once serves the later figure, hundred-seventeenth -,
  "um durchschnittlich 3 Cent je Kilowattstunde" 0.03 - Cent the euro's hundredth, twelfth,
  "durchschnittlich" no hedge -, "600.000 Euro, vor zehn Jahren waren es 280.000" both EUR,
  "insgesamt mehr als 90 Milliarden Euro" "over", "zwischen 2.400 und 3.700 Euro" both, "bis zu
  79 Euro" and "bis zu sechs Milliarden Euro" "up_to", "about 2.3 trillion euros" "about"),
  CHF ("knapp 6,6 Milliarden Franken" "nearly", "684 Millionen Franken", "142 Franken pro
  Tag"), USD, GBP ("a lump sum of £500", "about £47,000 a year" - "a year" none), NOK ("about
  480 billion Norwegian crowns ($43 billion)" NOK "about" and USD with no hedge - the
  converted figure in brackets, eightieth -, "about 2.2 trillion Norwegian crowns"; the code
  of the currency the copy names, as "zlotys" PLN, hundred-fifth). New: "would exceed $320
  million" is 320,000,000 USD with no hedge - the verb carries the comparison, as "topped"
  (ninety-ninth); "that team will double by 2027" carries no count (a verb, nineteenth).
- Durations and ages (every batch): spans ("for 48 hours", "16-hour shifts" 16 hours, "Nach einer fünfstündigen Sitzung" 5 hours - the issue), "six to eight
  weeks" and "10 to 14 days" both (the unit written once), "for five months", "in 20 years of
  coaching", "a two-year contract extension", "a seven-year, $218 million contract" 7 years
  (hundred-ninth: "a four-year, $18.4 million contract"), "seit mehr als zwei Jahren" 2 years
  "over", "seit zwei Jahren", "vor zehn Jahren", "im Schnitt 14 Wochen" (no hedge), "19 Tage,
  bei Akutfällen 48 Stunden", "134 Tage", "rund vier Wochen" "about", "within 10 days",
  "three days after", "94,000 hours", "spread over two years" and "over the next five years"
  (no hedge before a span, forty-first), "mehr als 15 Minuten Verspätung" "over", "18 months"
  "over" after "more than"; ages "Ferrandi, 57,", "Maddox, 25,", "Kubitzki, 49,". None:
  "heuer", "im Vorjahr", "Im Jänner des Vorjahres", "vor einem Jahr", "im Jahr", "im Monat",
  "pro Jahr", "pro Tag", "a year earlier", "last year", "this year", "later this month",
  "monatelang", "over the past year".
- Years and dates: "im Jahr 2023", "seit 2021", "bis 2029", "bis 2032", "bis 2030", "ab 2026",
  "im Schuljahr 2023/24" both years (hundred-eleventh: "Saison 2020/21"), "seit 2022", "seit
  2020", "seit 2015", "bis 2027", "Die Swiss hatte 2024", "since the spring of 2024", "by
  2027", "since 2008", "since 2019", "from its 2022 peak", "since June 2024", "in 2023",
  "since 2021", "since the summer of 2022", "after the 2028 season", "since 1986", "in 2024",
  "by 2030", "than in 2023" the years; "am 12. März", "für den 19. März", "am 3. Februar",
  "zum 1. Januar", "on Jan. 29", "by June 30" dates without a year; Reuters datelines with a
  day ("STOCKHOLM, Jan 9", "DAVOS, Switzerland, Jan 21" with the country between city and
  day, hundred-fourteenth, "FRANKFURT, Jan 24", "OSLO, Feb 5", "LONDON, Feb 17") dates
  without a year; APA, dpa, Keystone-SDA, AP ("WASHINGTON (AP) —", "FRANKFORT, Ky. (AP) —",
  "NEW YORK (AP) —", "PORTLAND, Ore. (AP) —") and PA datelines none (seventy-ninth).
  Weekdays, months, "Ende Februar", "im Frühling", "by the spring", "18.30 Uhr" and "3pm"
  none.
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "About", "around",
  "roughly" "about"; "knapp", "fast", "almost" "nearly"; "gut", "mehr als", "more than"
  "over"; "below", "Fewer than", "less than" "under"; "bis zu", "up to" "up_to". No hedge:
  "insgesamt" (with "mehr als" the hedge), "davon", "im Schnitt", "durchschnittlich", "an
  average of", "on average", "nur", "only", "zusätzlich", "jährlich", "zwischen", "bis"
  between two figures, the "to" of a range, "mehr", "weniger" and "fewer" after a figure,
  "over" before a span, "exceed".
- Speakers otherwise, checked only in forms the earlier batches settled: "teilte die
  Bundesagentur für Arbeit mit", "teilte das VBS später mit" -> "das VBS" (the adverb dropped
  as a weekday is, hundred-fourteenth), "Nach Angaben des Statistischen Bundesamts" -> "das
  Statistische Bundesamt" (the capitalised adjective in the nominative, hundred-fifteenth),
  "Nach Angaben der Bundesnetzagentur" -> "die Bundesnetzagentur"; "Laut VBS", "Laut
  Statistik Austria", "Laut SEM", "Laut Wirtschaftskammer", "laut AMS" as written
  (hundred-twentieth); "Dreßler sagte, ...", "Wallbrecht sagte, ..." the surname. English:
  "the British Medical Association said", "The Royal College of GPs said ...", "The National
  Weather Service said ...", "The Rail Delivery Group said ...", "The Environment Agency said
  ..." opening the row with the article in lower case (hundred-fourteenth), "Statistics Sweden
  said", "Eurostat said", "Norges Bank Investment Management said", "Kentucky Utilities
  said", "Kentucky Emergency Management said", "Network Rail said" as written
  (hundred-seventeenth: "Euroclear said"; hundred-eighteenth: "Police Scotland said"),
  "according to the City Budget Office" with its article. Left unchecked (None): "korrigierte",
  "kündigte an", "bezifferte", "rechnet", "stellte ... in Aussicht", "nach eigenen Angaben",
  "nach Vereinsangaben", "Lindgren confirmed" (a verb no batch settled, hundred-twentieth:
  "ITV confirmed"), "she was quoted as saying" (in a negative), "according to consultancy
  Alphaliner" (a description before the name, fortieth), "according to LSEG data", "FEMA data
  show", "NHS England figures show", "according to its website", "according to its latest
  annual report" (data and documents), "A Department for Transport spokesperson said" (a role
  without a name, hundred-fifteenth), rows without attribution and all negatives, also those
  with a named speaker.
- Negatives besides questions and evasions (ninety-eighth, hundred-fourteenth,
  hundred-nineteenth): feelings and creeds with a named speaker („Ich bin überzeugt, dass die
  Bevölkerung eine glaubwürdige Armee will ...“, „Die Energiekrise liegt hinter uns, ...“,
  «Fliegen ist und bleibt ein Stück Freiheit, ...», «Die Schweiz bleibt ein Land, das Schutz
  gewährt, ...», „Wer bei uns Urlaub macht, bekommt Weltklasse, ...“, "Gradwohl: Ich sage
  Ihnen ganz ehrlich, deswegen schlafe ich nicht schlechter.", ""Patients are sick of
  excuses, ..."", ""We are not on autopilot, ..."", ""Nobody likes this, least of all
  me,""); a forecast without a figure («Die Ticketpreise werden eher steigen als sinken»,
  forty-seventh); jokes (""If anyone has a spare left-back, ..."", ""Davos is always a good
  place ..."", ""I sleep well at night, ..."", "Buy my mom a house, and maybe a boat", „Ich
  bin keine Hellseherin, ...“, „Wenn einer von Ihnen noch Fußballschuhe im Kofferraum hat:
  ...“ - "einer von Ihnen" none, hundred-eighteenth); New: a minister's joke about his own
  career („Ich war selbst 18 Jahre lang Lehrer, ... in einer vierten Klasse ...“, with 18
  years and ordinal 4 labelled) is a negative as the laureate's anecdote of the
  hundred-twenty-first, and so is a pitcher's line about where he grew up (its 40 minutes
  labelled); rhetorical questions („Wer soll bei Bauzinsen von vier Prozent noch ...?“ with
  its 4 percent, „Wie soll eine Rentnerin mit 1.400 Euro Rente das stemmen?“ with its 1,400
  EUR labelled, "How is a nurse supposed to get to a night shift ...?", "Can you look a single
  customer in the eye ...?"; fourteenth: a figure in a rhetorical question is labelled); a
  jab at the opposition („Wer jetzt nach neuen Schulden ruft, hat die letzten drei Jahre
  verschlafen“ with its 3 years); a resolve of a union ("would fight "every single one" of
  the job losses", "a single" and "every single one" none); an appeal to neighbours.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_127 = [
    # --- Finanzministerin im Ö1-Morgenjournal (APA) ---
    (
        "de",
        "Wien (APA) - Das Budgetdefizit wird heuer bei rund 3,9 Prozent der Wirtschaftsleistung liegen, sagte Finanzministerin Johanna Pilgerstorfer am Mittwoch im Ö1-Morgenjournal.",
        True,
        [("percent", 3.9, "%", "about")],
        "Johanna Pilgerstorfer",
    ),
    (
        "de",
        "„Wir müssen heuer gut dreieinhalb Milliarden Euro an Konsolidierung schaffen, und das wird man spüren“, sagte Pilgerstorfer.",
        True,
        [("money", 3500000000, "EUR", "over")],
        "Pilgerstorfer",
    ),
    (
        "de",
        "Rund zwei Drittel davon kämen aus Einsparungen in den Ministerien, das restliche Drittel aus neuen Einnahmen, fügte sie hinzu.",
        True,
        [("fraction", 0.6667, None, "about"), ("fraction", 0.3333, None, None)],
        None,
    ),
    (
        "de",
        "Allein der Zinsaufwand des Bundes liege heuer bei 6,2 Milliarden Euro, nach 4,7 Milliarden im Jahr 2023.",
        True,
        [("money", 6200000000, "EUR", None), ("money", 4700000000, "EUR", None), ("year", 2023, None, None)],
        None,
    ),
    (
        "de",
        "„Die Pensionen kosten das Budget heuer zusätzlich 1,8 Milliarden Euro“, sagte Pilgerstorfer.",
        True,
        [("money", 1800000000, "EUR", None)],
        "Pilgerstorfer",
    ),
    (
        "de",
        "Das Finanzministerium korrigierte die Zahl am Nachmittag: Gemeint seien Mehrkosten von 1,3 Milliarden Euro gewesen, die Ministerin habe sich versprochen.",
        True,
        [("money", 1300000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Auf die Frage, ob auch die Pensionsanpassung unter der Inflationsrate bleiben werde, sagte Pilgerstorfer: „Da greife ich den Verhandlungen nicht vor.“",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Fiskalrat geht in seiner Prognose vom Dezember von einem Defizit von 4,1 Prozent aus.",
        True,
        [("percent", 4.1, "%", None)],
        None,
    ),
    (
        "de",
        "„Wer jetzt nach neuen Schulden ruft, hat die letzten drei Jahre verschlafen“, sagte Pilgerstorfer in Richtung Opposition.",
        False,
        [("duration", 3, "year", None)],
        None,
    ),
    (
        "de",
        "Der Ministerrat soll den Budgetentwurf am 12. März beschließen, die Budgetrede im Nationalrat ist für den 19. März geplant.",
        True,
        [("date", "--03-12", None, None), ("date", "--03-19", None, None)],
        None,
    ),
    # --- Riksbank governor interviewed by Reuters ---
    (
        "en",
        "STOCKHOLM, Jan 9 (Reuters) - Sweden's central bank will probably cut its policy rate again in the first half of the year, Riksbank Governor Elin Haraldsson told Reuters in an interview on Thursday.",
        True,
        [("date", "--01-09", None, None), ("ordinal", 1, None, None)],
        "Elin Haraldsson",
    ),
    ("en", "Q: Inflation was 1.9% in December - is the job done?", False, [("percent", 1.9, "%", None)], None),
    (
        "en",
        "A: Underlying inflation has been below 2% for five months now, so we are close, but I would not declare victory.",
        True,
        [("percent", 2, "%", "under"), ("duration", 5, "month", None)],
        None,
    ),
    (
        "en",
        "A: We have cut seven times since the spring of 2024, from 4% to 2.5%, and we are now close to what we see as neutral.",
        True,
        [("count", 7, None, None), ("year", 2024, None, None), ("percent", 4, "%", None), ("percent", 2.5, "%", None)],
        None,
    ),
    ("en", "Q: What does the strong krona mean for you?", False, [], None),
    (
        "en",
        "A: The krona has gained about 9% against the euro over the past year, which does part of our work for us.",
        True,
        [("percent", 9, "%", "about")],
        None,
    ),
    (
        "en",
        "A: House prices are up about 3% from their low, and household debt is still roughly 180% of disposable income.",
        True,
        [("percent", 3, "%", "about"), ("percent", 180, "%", "about")],
        None,
    ),
    (
        "en",
        "A: We expect the economy to grow by about 2% this year after 0.9% last year.",
        True,
        [("percent", 2, "%", "about"), ("percent", 0.9, "%", None)],
        None,
    ),
    (
        "en",
        "A: Of our 1,100 staff, about 40 work on payments and the e-krona, and that team will double by 2027.",
        True,
        [("count", 1100, None, None), ("count", 40, None, "about"), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "Statistics Sweden said on Wednesday that CPIF inflation, the Riksbank's target measure, was 1.9% in December.",
        True,
        [("percent", 1.9, "%", None)],
        "Statistics Sweden",
    ),
    (
        "en",
        "The Riksbank's next rate decision is scheduled for Jan. 29, with the policy rate now at 2.5%.",
        True,
        [("date", "--01-29", None, None), ("percent", 2.5, "%", None)],
        None,
    ),
    # --- Bauministerin in der „Süddeutschen Zeitung“ (dpa) ---
    (
        "de",
        "Berlin (dpa) - In Deutschland werden in diesem Jahr voraussichtlich nur rund 230.000 neue Wohnungen fertig, sagte Bundesbauministerin Katharina Albersmeyer der „Süddeutschen Zeitung“ (Samstag).",
        True,
        [("count", 230000, None, "about")],
        "Katharina Albersmeyer",
    ),
    (
        "de",
        "Das wären gut 80.000 weniger als die 310.000, die sich die Koalition jährlich zum Ziel gesetzt hat.",
        True,
        [("count", 80000, None, "over"), ("count", 310000, None, None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Baugenehmigungen sei im Herbst erstmals seit 2021 wieder gestiegen, im November um 11,4 Prozent, sagte die SPD-Politikerin.",
        True,
        [("year", 2021, None, None), ("percent", 11.4, "%", None)],
        None,
    ),
    (
        "de",
        "Sie fügte hinzu, der Bund stelle bis 2029 insgesamt 23,5 Milliarden Euro für den sozialen Wohnungsbau bereit.",
        True,
        [("year", 2029, None, None), ("money", 23500000000, "EUR", None)],
        None,
    ),
    ("de", "„Die Talsohle liegt hinter uns.", False, [], None),
    (
        "de",
        "Im Dezember hatten wir 21.300 genehmigte Wohnungen, so viele wie seit zwei Jahren nicht“, sagte Albersmeyer.",
        True,
        [("count", 21300, None, None), ("duration", 2, "year", None)],
        "Albersmeyer",
    ),
    (
        "de",
        "Nach Angaben des Statistischen Bundesamts wurden von Januar bis November 198.400 Wohnungen genehmigt, 3,1 Prozent weniger als ein Jahr zuvor.",
        True,
        [("count", 198400, None, None), ("percent", 3.1, "%", None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "„Wer soll bei Bauzinsen von vier Prozent noch ein Mehrfamilienhaus finanzieren?“, fragte ZIA-Präsident Lorenz Aschbacher.",
        False,
        [("percent", 4, "%", None)],
        None,
    ),
    (
        "de",
        "Albersmeyer kündigte an, im März einen Gesetzentwurf vorzulegen, der den Bau von Mehrfamilienhäusern um bis zu ein Fünftel billiger machen soll.",
        True,
        [("fraction", 0.2, None, "up_to")],
        None,
    ),
    # --- Health secretary on the BBC (PA) ---
    (
        "en",
        "LONDON (PA) - The NHS waiting list in England will fall below 7 million by the spring, Health Secretary Tom Ellingham has told the BBC.",
        True,
        [("count", 7000000, None, "under")],
        "Tom Ellingham",
    ),
    (
        "en",
        '"We have taken almost 400,000 people off the list since July, and we are not stopping there," Ellingham said.',
        True,
        [("count", 400000, None, "nearly")],
        "Ellingham",
    ),
    (
        "en",
        "He also said 21,000 people had been on the list for more than 18 months, a figure his department later corrected to 12,400.",
        True,
        [("count", 21000, None, None), ("duration", 18, "month", "over"), ("count", 12400, None, None)],
        None,
    ),
    (
        "en",
        "NHS England figures show the waiting list stood at 7.28 million at the end of November, with 59% of patients seen within 18 weeks.",
        True,
        [("count", 7280000, None, None), ("percent", 59, "%", None), ("duration", 18, "week", None)],
        None,
    ),
    (
        "en",
        'Asked whether resident doctors would be offered more than 4%, Ellingham said: "I won\'t do the pay talks live on air."',
        False,
        [("percent", 4, "%", "over")],
        None,
    ),
    (
        "en",
        "The British Medical Association said resident doctors' pay had fallen by a fifth in real terms since 2008.",
        True,
        [("fraction", 0.2, None, None), ("year", 2008, None, None)],
        "the British Medical Association",
    ),
    (
        "en",
        "Ellingham told Sky News later in the day that the government had recruited 1,900 extra GPs since October.",
        True,
        [("count", 1900, None, None)],
        "Ellingham",
    ),
    ("en", '"Patients are sick of excuses, and frankly so am I," he said.', False, [], None),
    (
        "en",
        "The Royal College of GPs said the fully qualified GP workforce in England had grown by only 1.2% in the past year.",
        True,
        [("percent", 1.2, "%", None)],
        "the Royal College of GPs",
    ),
    # --- Verteidigungsministerin in der «NZZ am Sonntag» (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Armee soll bis 2032 jährlich ein Prozent des Bruttoinlandprodukts erhalten, rund 10,8 Milliarden Franken, sagte Verteidigungsministerin Monika Ruchti im Interview mit der «NZZ am Sonntag».",
        True,
        [("year", 2032, None, None), ("percent", 1, "%", None), ("money", 10800000000, "CHF", "about")],
        "Monika Ruchti",
    ),
    (
        "de",
        "«Heute sind wir bei 0,76 Prozent, das sind knapp 6,6 Milliarden Franken», sagte Ruchti.",
        True,
        [("percent", 0.76, "%", None), ("money", 6600000000, "CHF", "nearly")],
        "Ruchti",
    ),
    (
        "de",
        "Für die bodengestützte Luftverteidigung fehlten bis 2030 rund 2,5 Milliarden Franken, sagte sie weiter.",
        True,
        [("year", 2030, None, None), ("money", 2500000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Auf die Frage der Zeitung, ob die Schweiz enger mit der Nato zusammenarbeiten müsse, antwortete Ruchti ausweichend.",
        False,
        [],
        None,
    ),
    (
        "de",
        "«Ich bin überzeugt, dass die Bevölkerung eine glaubwürdige Armee will und dafür auch zahlt», sagte Ruchti.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Bundesrat hatte im Dezember beschlossen, die Armeeausgaben ab 2026 um real 3 Prozent pro Jahr wachsen zu lassen.",
        True,
        [("year", 2026, None, None), ("percent", 3, "%", None)],
        None,
    ),
    (
        "de",
        "Laut VBS zählt die Armee derzeit 147'300 Angehörige, davon 21'400 in Rekrutenschulen.",
        True,
        [("count", 147300, None, None), ("count", 21400, None, None)],
        "VBS",
    ),
    (
        "de",
        "Die 36 neuen Kampfjets vom Typ F-35 kosten rund 6,1 Milliarden Franken, teilte das VBS später mit.",
        True,
        [("count", 36, None, None), ("money", 6100000000, "CHF", "about")],
        "das VBS",
    ),
    (
        "de",
        "Die Finanzkommission des Nationalrats berät die Vorlage am 3. Februar, der Nationalrat in der Frühjahrssession.",
        True,
        [("date", "--02-03", None, None)],
        None,
    ),
    # --- White House briefing, from the transcript (AP) ---
    (
        "en",
        "WASHINGTON (AP) — The administration has approved $4.2 billion in disaster aid for the four states hit by last month's floods, White House press secretary Dana Hargrove said Tuesday.",
        True,
        [("money", 4200000000, "USD", None), ("count", 4, None, None)],
        "Dana Hargrove",
    ),
    ("en", "Hargrove: Good afternoon, everybody, and happy new year.", False, [], None),
    ("en", "Q: Can you tell us how many families are still in temporary housing?", False, [], None),
    (
        "en",
        "Hargrove: As of this morning, FEMA is housing about 11,300 households in hotels and rental units.",
        True,
        [("count", 11300, None, "about")],
        "Hargrove",
    ),
    (
        "en",
        "Q: Governors say that is less than half of what is needed - are they wrong?",
        False,
        [("fraction", 0.5, None, "under")],
        None,
    ),
    ("en", "Hargrove: I'm not going to get into a back-and-forth with governors from this podium.", False, [], None),
    (
        "en",
        "Hargrove: What I can say is that 96% of approved claims have been paid within 10 days.",
        True,
        [("percent", 96, "%", None), ("duration", 10, "day", None)],
        "Hargrove",
    ),
    (
        "en",
        "Hargrove: The president will be in Missouri on Friday, his second visit to the flood zone, and he will meet families in Hannibal.",
        True,
        [("ordinal", 2, None, None)],
        "Hargrove",
    ),
    (
        "en",
        "FEMA data show 38,600 households had registered for assistance by Monday, and 27,900 had received payments.",
        True,
        [("count", 38600, None, None), ("count", 27900, None, None)],
        None,
    ),
    (
        "en",
        "Hargrove said Congress had so far appropriated $29 billion for the Disaster Relief Fund this fiscal year.",
        True,
        [("money", 29000000000, "USD", None)],
        "Hargrove",
    ),
    (
        "en",
        "Hargrove later corrected herself in a post on X, saying the share of claims paid within 10 days was 69%, not 96%.",
        True,
        [("duration", 10, "day", None), ("percent", 69, "%", None), ("percent", 96, "%", None)],
        None,
    ),
    # --- dpa-Interview mit dem Feuerwehrverband ---
    (
        "de",
        "Berlin (dpa) - Die Freiwilligen Feuerwehren in Deutschland haben im vergangenen Jahr rund 6.000 Mitglieder verloren und zählen nun knapp 1,02 Millionen Aktive, sagte Feuerwehrverbandspräsident Ralf Hennemann der Deutschen Presse-Agentur.",
        True,
        [("count", 6000, None, "about"), ("count", 1020000, None, "nearly")],
        "Ralf Hennemann",
    ),
    ("de", "Frage: Herr Hennemann, brennt es bei der Feuerwehr?", False, [], None),
    (
        "de",
        "Hennemann: Tagsüber ja, denn in fast jeder zweiten Gemeinde bekommen wir werktags keine vollständige Löschgruppe mehr zusammen.",
        True,
        [("fraction", 0.5, None, "nearly")],
        "Hennemann",
    ),
    (
        "de",
        "Hennemann: Die meisten Kameradinnen und Kameraden arbeiten heute 30 oder 40 Kilometer von ihrem Wohnort entfernt.",
        True,
        [("count", 30, None, None), ("count", 40, None, None)],
        "Hennemann",
    ),
    ("de", "Frage: Wie oft mussten die Wehren im vergangenen Jahr ausrücken?", False, [], None),
    (
        "de",
        "Hennemann: Rund 1,4 Millionen Mal, davon war etwa ein Zehntel ein Brand, der Rest technische Hilfe und Fehlalarme.",
        True,
        [("count", 1400000, None, "about"), ("fraction", 0.1, None, "about")],
        "Hennemann",
    ),
    ("de", "Frage: Was brauchen Sie vom Bund?", False, [], None),
    (
        "de",
        "Hennemann: Der Investitionsstau bei Fahrzeugen und Gerätehäusern liegt nach unseren Berechnungen bei rund sieben Milliarden Euro.",
        True,
        [("money", 7000000000, "EUR", "about")],
        "Hennemann",
    ),
    (
        "de",
        "Hennemann: Ein neues Löschfahrzeug kostet heute 600.000 Euro, vor zehn Jahren waren es 280.000.",
        True,
        [("money", 600000, "EUR", None), ("duration", 10, "year", None), ("money", 280000, "EUR", None)],
        "Hennemann",
    ),
    (
        "de",
        "Hennemann: Wo das Geld fehlt, schließen Wachen, in Niedersachsen waren es seit 2020 schon 37.",
        True,
        [("year", 2020, None, None), ("count", 37, None, None)],
        "Hennemann",
    ),
    ("de", "Die Fragen stellte Jana Vollmer.", False, [], None),
    # --- Palace manager's news conference (PA) ---
    (
        "en",
        "LONDON (PA) - Crystal Palace captain Callum Brierley faces six to eight weeks out after hamstring surgery, manager Stefan Lindgren said on Friday.",
        True,
        [("duration", 6, "week", None), ("duration", 8, "week", None)],
        "Stefan Lindgren",
    ),
    (
        "en",
        '"We have eight senior players injured, which is the most I\'ve had in 20 years of coaching," Lindgren told his pre-match news conference.',
        True,
        [("count", 8, None, None), ("duration", 20, "year", None)],
        "Lindgren",
    ),
    ("en", '"If anyone has a spare left-back, my number is in the book," he joked.', False, [], None),
    (
        "en",
        "Palace have won two of their last nine league games and sit 16th, four points above the relegation zone.",
        True,
        [("count", 2, None, None), ("count", 9, None, None), ("ordinal", 16, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        'Asked whether the club would spend in the January window, Lindgren said: "You\'ll have to ask the chairman."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Lindgren confirmed that goalkeeper Dean Hanley had signed a two-year contract extension until 2027.",
        True,
        [("duration", 2, "year", None), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "Palace spent about £95 million on new players last summer, more than any club outside the top six.",
        True,
        [("money", 95000000, "GBP", "about"), ("count", 6, None, None)],
        None,
    ),
    ("en", "Palace host Fulham at Selhurst Park on Saturday, with kick-off at 3pm.", True, [], None),
    # --- Bildungsminister in der ORF-„Pressestunde“ (APA) ---
    (
        "de",
        "Wien (APA) - An Österreichs Schulen fehlen derzeit rund 1.300 Lehrerinnen und Lehrer, sagte Bildungsminister Gernot Aichhorn am Sonntag in der ORF-„Pressestunde“.",
        True,
        [("count", 1300, None, "about")],
        "Gernot Aichhorn",
    ),
    ("de", "„Grüß Gott, und danke für die Einladung“, begann Aichhorn das Gespräch.", False, [], None),
    (
        "de",
        "„Vor einem Jahr waren es noch mehr als 2.000, wir haben also deutlich aufgeholt“, sagte Aichhorn.",
        True,
        [("count", 2000, None, "over")],
        "Aichhorn",
    ),
    (
        "de",
        "In Wien besuche heuer jedes fünfte Volksschulkind eine Deutschförderklasse oder einen Deutschförderkurs, so Aichhorn.",
        True,
        [("fraction", 0.2, None, None)],
        "Aichhorn",
    ),
    (
        "de",
        "Moderatorin Susanne Kerschbaumer wollte wissen, ob die Regierung eine gemeinsame Schule der Zehn- bis 14-Jährigen einführen werde.",
        False,
        [("duration", 10, "year", None), ("duration", 14, "year", None)],
        None,
    ),
    ("de", "„Wir führen keine Strukturdebatte, wir lösen Probleme“, antwortete Aichhorn.", False, [], None),
    (
        "de",
        "Das Budget des Bildungsministeriums steigt heuer um 4,3 Prozent auf 12,9 Milliarden Euro.",
        True,
        [("percent", 4.3, "%", None), ("money", 12900000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Ich war selbst 18 Jahre lang Lehrer, mir muss niemand erklären, wie sich ein Montag in einer vierten Klasse anfühlt“, sagte Aichhorn unter dem Gelächter der Runde.",
        False,
        [("duration", 18, "year", None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Laut Statistik Austria unterrichteten im Schuljahr 2023/24 rund 129.000 Lehrkräfte an Österreichs Schulen, knapp drei Viertel davon Frauen.",
        True,
        [
            ("year", 2023, None, None),
            ("year", 2024, None, None),
            ("count", 129000, None, "about"),
            ("fraction", 0.75, None, "nearly"),
        ],
        "Statistik Austria",
    ),
    (
        "de",
        "Aichhorn kündigte an, ab Herbst 500 zusätzliche Planstellen für Schulsozialarbeit zu schaffen.",
        True,
        [("count", 500, None, None)],
        None,
    ),
    # --- Shipping chief at Davos (Reuters) ---
    (
        "en",
        "DAVOS, Switzerland, Jan 21 (Reuters) - Danish shipping group Kallsen Line plans to order up to 12 dual-fuel container ships worth about $2.6 billion this year, Chief Executive Mette Brandstrup told Reuters on the sidelines of the World Economic Forum.",
        True,
        [("date", "--01-21", None, None), ("count", 12, None, "up_to"), ("money", 2600000000, "USD", "about")],
        "Mette Brandstrup",
    ),
    (
        "en",
        '"Freight rates between Asia and Europe have fallen by roughly 40% since October, and I don\'t think we have seen the bottom yet," Brandstrup said.',
        True,
        [("percent", 40, "%", "about")],
        "Brandstrup",
    ),
    (
        "en",
        "She said diversions around the Cape of Good Hope still added 10 to 14 days to the average voyage between Shanghai and Rotterdam.",
        True,
        [("duration", 10, "day", None), ("duration", 14, "day", None)],
        None,
    ),
    (
        "en",
        "Brandstrup added that the company would not cut any of its 21,000 jobs this year.",
        True,
        [("count", 21000, None, None)],
        "Brandstrup",
    ),
    (
        "en",
        '"Davos is always a good place to find out what everybody else is worried about," she joked.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Asked about emissions, Brandstrup said the fleet's carbon intensity had fallen 27% since 2019.",
        True,
        [("percent", 27, "%", None), ("year", 2019, None, None)],
        "Brandstrup",
    ),
    (
        "en",
        "Kallsen Line reported a third-quarter net profit of $412 million in November, down 58% from a year earlier.",
        True,
        [("ordinal", 3, None, None), ("money", 412000000, "USD", None), ("percent", 58, "%", None)],
        None,
    ),
    (
        "en",
        'Asked about a possible tie-up with a rival, Brandstrup said: "We never comment on market rumours."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The company operates 310 vessels and controls about 4.5% of global container capacity, according to consultancy Alphaliner.",
        True,
        [("count", 310, None, None), ("percent", 4.5, "%", "about")],
        None,
    ),
    # --- Wirtschaftsminister im Deutschlandfunk (dpa) ---
    (
        "de",
        "Berlin (dpa) - Der Strompreis für energieintensive Betriebe soll ab Juli um durchschnittlich 3 Cent je Kilowattstunde sinken, sagte Bundeswirtschaftsminister Jörg Wallbrecht im Deutschlandfunk.",
        True,
        [("money", 0.03, "EUR", None)],
        "Jörg Wallbrecht",
    ),
    (
        "de",
        "Die Entlastung koste den Bund rund 4,5 Milliarden Euro im Jahr, sagte der CDU-Politiker im „Interview der Woche“.",
        True,
        [("money", 4500000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Er fügte hinzu, davon profitiere vor allem die Chemie, auf die knapp ein Drittel des industriellen Stromverbrauchs entfalle.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die Gasspeicher seien derzeit zu 61 Prozent gefüllt, mehr als zu dieser Jahreszeit üblich.",
        True,
        [("percent", 61, "%", None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der Bundesnetzagentur lag der Füllstand am Mittwoch allerdings bei 58,7 Prozent.",
        True,
        [("percent", 58.7, "%", None)],
        "die Bundesnetzagentur",
    ),
    (
        "de",
        "Auf die Frage, ob die Gasspeicherumlage ganz abgeschafft werde, sagte Wallbrecht nur: „Das prüfen wir.“",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Die Energiekrise liegt hinter uns, jetzt geht es um unsere Wettbewerbsfähigkeit“, sagte Wallbrecht.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wallbrecht sagte, die Bundesregierung habe seit 2022 Entlastungen von insgesamt mehr als 90 Milliarden Euro beschlossen.",
        True,
        [("year", 2022, None, None), ("money", 90000000000, "EUR", "over")],
        "Wallbrecht",
    ),
    (
        "de",
        "Der Chemieverband VCI bezifferte die Zahl der seit 2021 in der Branche abgebauten Stellen auf rund 13.000.",
        True,
        [("year", 2021, None, None), ("count", 13000, None, "about")],
        None,
    ),
    # --- ECB policymaker in a newspaper interview (Reuters) ---
    (
        "en",
        "FRANKFURT, Jan 24 (Reuters) - Euro zone inflation will settle at around 2% by the middle of the year, leaving room for one more rate cut, European Central Bank board member Luisa Ferrandi told Italian daily Il Sole 24 Ore.",
        True,
        [("date", "--01-24", None, None), ("percent", 2, "%", "about"), ("count", 1, None, None)],
        "Luisa Ferrandi",
    ),
    (
        "en",
        '"We are not on autopilot, but the direction of travel is clear," Ferrandi said in the interview, published on Friday.',
        False,
        [],
        None,
    ),
    (
        "en",
        "She said wage growth had slowed to 3.4% in the third quarter from more than 5% a year earlier.",
        True,
        [("percent", 3.4, "%", None), ("ordinal", 3, None, None), ("percent", 5, "%", "over")],
        None,
    ),
    (
        "en",
        "Ferrandi added that the ECB's balance sheet had shrunk by about 2.3 trillion euros from its 2022 peak.",
        True,
        [("money", 2300000000000, "EUR", "about"), ("year", 2022, None, None)],
        "Ferrandi",
    ),
    (
        "en",
        "Markets are fully pricing one more 25-basis-point cut by June, according to LSEG data.",
        True,
        [("count", 1, None, None), ("percent", 25, "bp", None)],
        None,
    ),
    (
        "en",
        "Euro zone inflation was 2.4% in December, Eurostat said earlier this month.",
        True,
        [("percent", 2.4, "%", None)],
        "Eurostat",
    ),
    (
        "en",
        'Asked about calls from some governors for faster cuts, she said the ECB would "not be rushed by anyone."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The ECB's deposit rate stands at 2.75% after four cuts since June 2024.",
        True,
        [("percent", 2.75, "%", None), ("count", 4, None, None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "Ferrandi, 57, joined the Executive Board in 2023 after six years at the Bank of Italy.",
        True,
        [("duration", 57, "year", None), ("year", 2023, None, None), ("duration", 6, "year", None)],
        None,
    ),
    # --- Swiss-Chef im Interview (Keystone-SDA) ---
    (
        "de",
        "Zürich (Keystone-SDA) - Die Fluggesellschaft Swiss hat im vergangenen Jahr 18,6 Millionen Passagiere befördert, so viele wie noch nie, sagte Swiss-Chef Reto Zumstein im Interview mit der «Schweiz am Wochenende».",
        True,
        [("count", 18600000, None, None)],
        "Reto Zumstein",
    ),
    (
        "de",
        "«Jeder vierte Flug hatte mehr als 15 Minuten Verspätung, und das ist zu viel», sagte Zumstein.",
        True,
        [("fraction", 0.25, None, None), ("duration", 15, "minute", "over")],
        "Zumstein",
    ),
    (
        "de",
        "Bis 2027 erhalte die Swiss fünf neue Langstreckenflugzeuge, das erste davon im Frühling, sagte er weiter.",
        True,
        [("year", 2027, None, None), ("count", 5, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    ("de", "«Die Ticketpreise werden eher steigen als sinken», sagte Zumstein.", False, [], None),
    (
        "de",
        "Für dieses Jahr stellte Zumstein ein zweistelliges Wachstum bei den Buchungen nach Nordamerika in Aussicht.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Swiss hatte 2024 einen operativen Gewinn von 684 Millionen Franken erzielt, rund ein Viertel weniger als im Rekordjahr davor.",
        True,
        [("year", 2024, None, None), ("money", 684000000, "CHF", None), ("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "de",
        "Der Flughafen Zürich zählte nach eigenen Angaben im vergangenen Jahr 31,2 Millionen Passagiere, 8 Prozent mehr als im Jahr davor.",
        True,
        [("count", 31200000, None, None), ("percent", 8, "%", None)],
        None,
    ),
    (
        "de",
        "Die Swiss beschäftigt rund 9'300 Mitarbeitende, davon 1'450 Pilotinnen und Piloten.",
        True,
        [("count", 9300, None, "about"), ("count", 1450, None, None)],
        None,
    ),
    (
        "de",
        "Die Pilotengewerkschaft Aeropers verlangt eine Lohnerhöhung von 4,5 Prozent und kündigte für Ende Februar eine Urabstimmung an.",
        True,
        [("percent", 4.5, "%", None)],
        None,
    ),
    (
        "de",
        "«Fliegen ist und bleibt ein Stück Freiheit, das lasse ich mir nicht schlechtreden», sagte Zumstein.",
        False,
        [],
        None,
    ),
    # --- Kentucky ice storm, governor's news conference (AP) ---
    (
        "en",
        "FRANKFORT, Ky. (AP) — About 140,000 homes and businesses in Kentucky were still without power Tuesday, three days after an ice storm, Gov. Rob Haskins told a news conference.",
        True,
        [("count", 140000, None, "about"), ("duration", 3, "day", None)],
        "Rob Haskins",
    ),
    ("en", '"We have 6,200 line workers in the field.', True, [("count", 6200, None, None)], None),
    (
        "en",
        'They come from 14 other states, and most of them are working 16-hour shifts," Haskins said.',
        True,
        [("count", 14, None, None), ("duration", 16, "hour", None)],
        "Haskins",
    ),
    (
        "en",
        "He said nine deaths had been linked to the storm, most of them from carbon monoxide poisoning or falls on ice.",
        True,
        [("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "The governor's office later lowered the toll to eight, saying one death had been counted twice.",
        True,
        [("count", 8, None, None), ("count", 1, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "A reporter asked Haskins why the state had not moved more generators into place before the storm.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The National Weather Service said up to 1.2 inches of ice had coated trees and power lines across central Kentucky.",
        True,
        [("count", 1.2, None, "up_to")],
        "the National Weather Service",
    ),
    (
        "en",
        "Kentucky Utilities said it expected to restore power to 95% of affected customers by Friday night.",
        True,
        [("percent", 95, "%", None)],
        "Kentucky Utilities",
    ),
    (
        "en",
        "About 260 warming centers remained open across the state, Kentucky Emergency Management said.",
        True,
        [("count", 260, None, "about")],
        "Kentucky Emergency Management",
    ),
    (
        "en",
        '"Y\'all check on your neighbors, and please stay off the roads," Haskins said at the end of the briefing.',
        False,
        [],
        None,
    ),
    # --- Arbeitsmarkt: Pressekonferenz der Bundesagentur (dpa) ---
    (
        "de",
        "Nürnberg (dpa) - Die Arbeitslosigkeit in Deutschland ist im Januar saisonüblich kräftig gestiegen: 3,08 Millionen Menschen waren ohne Job, 255.000 mehr als im Dezember.",
        True,
        [("count", 3080000, None, None), ("count", 255000, None, None)],
        None,
    ),
    (
        "de",
        "Das sind 152.000 mehr als vor einem Jahr, die Quote stieg um 0,6 Punkte auf 6,6 Prozent, teilte die Bundesagentur für Arbeit mit.",
        True,
        [("count", 152000, None, None), ("percent", 0.6, "pp", None), ("percent", 6.6, "%", None)],
        "die Bundesagentur für Arbeit",
    ),
    (
        "de",
        "Saisonbereinigt sei die Zahl um 11.000 gestiegen, sagte BA-Vorstandschefin Sabine Dreßler bei der Pressekonferenz in Nürnberg.",
        True,
        [("count", 11000, None, None)],
        "Sabine Dreßler",
    ),
    (
        "de",
        "Auf die Frage eines Journalisten, ob die Drei-Millionen-Marke bis zum Sommer wieder unterschritten werde, sagte Dreßler, das sei „nicht ausgemacht“.",
        False,
        [("count", 3000000, None, None)],
        None,
    ),
    (
        "de",
        "Die Zahl der gemeldeten offenen Stellen sank auf 632.000, rund 70.000 weniger als vor einem Jahr.",
        True,
        [("count", 632000, None, None), ("count", 70000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Unterbeschäftigung, die auch Menschen in Weiterbildung erfasst, lag bei 3,72 Millionen.",
        True,
        [("count", 3720000, None, None)],
        None,
    ),
    (
        "de",
        "In Kurzarbeit waren nach den jüngsten hochgerechneten Daten vom November 248.000 Menschen, vor allem in der Metall- und Elektroindustrie.",
        True,
        [("count", 248000, None, None)],
        None,
    ),
    (
        "de",
        "Dreßler sagte, die Bundesagentur rechne für das Gesamtjahr mit durchschnittlich knapp 3 Millionen Arbeitslosen.",
        True,
        [("count", 3000000, None, "nearly")],
        "Dreßler",
    ),
    (
        "de",
        "„Ich bin keine Hellseherin, aber auch keine Schwarzmalerin“, sagte Dreßler unter dem Gelächter der Journalisten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Jeder fünfte Arbeitslose ist seit mehr als zwei Jahren ohne Job, sagte Dreßler auf Nachfrage.",
        True,
        [("fraction", 0.2, None, None), ("duration", 2, "year", "over")],
        "Dreßler",
    ),
    (
        "de",
        "Dreßler zufolge gibt die Bundesagentur für aktive Arbeitsmarktpolitik in diesem Jahr rund 13,7 Milliarden Euro aus.",
        True,
        [("money", 13700000000, "EUR", "about")],
        "Dreßler",
    ),
    # --- Rail union leader on Times Radio (PA) ---
    (
        "en",
        "LONDON (PA) - Rail workers will walk out for 48 hours later this month after rejecting a 3.6% pay offer, the RMT union's general secretary, Gary Fenwick, told Times Radio on Sunday.",
        True,
        [("duration", 48, "hour", None), ("percent", 3.6, "%", None)],
        "Gary Fenwick",
    ),
    (
        "en",
        '"Our members have taken a real-terms pay cut of 11% since 2021, and they have had enough," Fenwick said.',
        True,
        [("percent", 11, "%", None), ("year", 2021, None, None)],
        "Fenwick",
    ),
    (
        "en",
        "He said about 40,000 members had been balloted and 86% had backed strikes on a 63% turnout.",
        True,
        [("count", 40000, None, "about"), ("percent", 86, "%", None), ("percent", 63, "%", None)],
        None,
    ),
    (
        "en",
        "The union later said the turnout had been 68%, not 63% as Fenwick had told listeners.",
        True,
        [("percent", 68, "%", None), ("percent", 63, "%", None)],
        "the union",
    ),
    (
        "en",
        "The Rail Delivery Group said the offer was worth 4.5% over two years once a lump sum of £500 was included.",
        True,
        [("percent", 4.5, "%", None), ("duration", 2, "year", None), ("money", 500, "GBP", None)],
        "the Rail Delivery Group",
    ),
    (
        "en",
        '"How is a nurse supposed to get to a night shift when there are no trains?" Fenwick asked.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Network Rail said about 20% of services would run on strike days, mostly on main lines.",
        True,
        [("percent", 20, "%", "about")],
        "Network Rail",
    ),
    (
        "en",
        'Asked by the presenter whether he would call off the action for talks, Fenwick said he would meet ministers "anywhere, any time."',
        False,
        [],
        None,
    ),
    (
        "en",
        "It will be the union's sixth national rail strike since the summer of 2022.",
        True,
        [("ordinal", 6, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "A Department for Transport spokesperson said average pay for the workers covered by the offer was about £47,000 a year.",
        True,
        [("money", 47000, "GBP", "about")],
        None,
    ),
    # --- profil-Interview mit dem Wiener Gesundheitsstadtrat (APA) ---
    (
        "de",
        "Wien (APA) - Auf eine planbare Hüftoperation warten Patientinnen und Patienten in Wiener Gemeindespitälern laut Gesundheitsstadtrat Thomas Gradwohl im Schnitt 14 Wochen.",
        True,
        [("duration", 14, "week", None)],
        "Thomas Gradwohl",
    ),
    (
        "de",
        "Im Jänner des Vorjahres seien es noch 23 Wochen gewesen, sagte der SPÖ-Politiker dem Nachrichtenmagazin „profil“.",
        True,
        [("duration", 23, "week", None)],
        None,
    ),
    ("de", "profil: Herr Gradwohl, in Wien wartet man monatelang auf einen MRT-Termin - warum?", False, [], None),
    (
        "de",
        "Gradwohl: Das stimmt so nicht, im Schnitt sind es bei uns 19 Tage, bei Akutfällen 48 Stunden.",
        True,
        [("duration", 19, "day", None), ("duration", 48, "hour", None)],
        "Gradwohl",
    ),
    (
        "de",
        "profil: Die Ärztekammer spricht von 600 unbesetzten Dienstposten in den Spitälern - hat sie recht?",
        False,
        [("count", 600, None, None)],
        None,
    ),
    (
        "de",
        "Gradwohl: Es sind 412, und die Hälfte davon betrifft die Pflege, nicht die Ärzteschaft.",
        True,
        [("count", 412, None, None), ("fraction", 0.5, None, None)],
        "Gradwohl",
    ),
    (
        "de",
        "Gradwohl: Jeder fünfte Patient in unseren Spitälern kommt aus einem anderen Bundesland, und ersetzt bekommen wir dafür nur einen Bruchteil.",
        True,
        [("fraction", 0.2, None, None)],
        "Gradwohl",
    ),
    (
        "de",
        "Gradwohl: Wir investieren bis 2030 rund 3,3 Milliarden Euro in den Umbau der Spitäler, das ist das größte Bauprogramm in der Geschichte der Stadt.",
        True,
        [("year", 2030, None, None), ("money", 3300000000, "EUR", "about")],
        "Gradwohl",
    ),
    ("de", "Gradwohl: Ich sage Ihnen ganz ehrlich, deswegen schlafe ich nicht schlechter.", False, [], None),
    (
        "de",
        "Der Wiener Gesundheitsverbund betreibt sieben Kliniken mit rund 30.000 Beschäftigten.",
        True,
        [("count", 7, None, None), ("count", 30000, None, "about")],
        None,
    ),
    # --- Norway's finance minister interviewed by Reuters ---
    (
        "en",
        "OSLO, Feb 5 (Reuters) - Norway's $1.9 trillion sovereign wealth fund will not be told to sell its U.S. assets, Finance Minister Ingrid Solheim-Aas told Reuters in an interview on Wednesday.",
        True,
        [("date", "--02-05", None, None), ("money", 1900000000000, "USD", None)],
        "Ingrid Solheim-Aas",
    ),
    (
        "en",
        '"The fund owns about 1.5% of every listed company in the world, and that is a responsibility, not a weapon," she said.',
        True,
        [("percent", 1.5, "%", "about")],
        None,
    ),
    (
        "en",
        "Solheim-Aas said the government would draw about 480 billion Norwegian crowns ($43 billion) from the fund this year, or 2.6% of its value.",
        True,
        [("money", 480000000000, "NOK", "about"), ("money", 43000000000, "USD", None), ("percent", 2.6, "%", None)],
        "Solheim-Aas",
    ),
    (
        "en",
        "The fund returned 13.2% last year, or about 2.2 trillion Norwegian crowns, Norges Bank Investment Management said last week.",
        True,
        [("percent", 13.2, "%", None), ("money", 2200000000000, "NOK", "about")],
        "Norges Bank Investment Management",
    ),
    ("en", '"I sleep well at night, even when the markets don\'t," Solheim-Aas joked.', False, [], None),
    (
        "en",
        'Asked whether more companies should be excluded on ethical grounds, she said that was "a question for the Council on Ethics."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The fund currently excludes around 190 companies, according to its website.",
        True,
        [("count", 190, None, "about")],
        None,
    ),
    (
        "en",
        "Under Norway's fiscal rule, the government may spend on average 3% of the fund's value a year.",
        True,
        [("percent", 3, "%", None)],
        None,
    ),
    # --- Asylbilanz des Justizministers (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Schweiz hat im vergangenen Jahr 24'100 Asylgesuche registriert, ein Rückgang um 9 Prozent, sagte Justizminister Marco Gianola am Freitag vor den Medien in Bern.",
        True,
        [("count", 24100, None, None), ("percent", 9, "%", None)],
        "Marco Gianola",
    ),
    (
        "de",
        "«Rund 40 Prozent der Gesuchstellenden waren bereits in einem anderen Dublin-Staat registriert», sagte Gianola.",
        True,
        [("percent", 40, "%", "about")],
        "Gianola",
    ),
    (
        "de",
        "Die durchschnittliche Verfahrensdauer sei auf 134 Tage gesunken, fügte Gianola hinzu.",
        True,
        [("duration", 134, "day", None)],
        "Gianola",
    ),
    (
        "de",
        "Auf die Frage, ob der Bund weitere Bundesasylzentren schliesse, sagte Gianola, man prüfe «alle Optionen».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Staatssekretariat für Migration rechnet für dieses Jahr mit 22'000 bis 26'000 Gesuchen.",
        True,
        [("count", 22000, None, None), ("count", 26000, None, None)],
        None,
    ),
    (
        "de",
        "Laut SEM kostet ein Platz in einem Bundesasylzentrum im Schnitt 142 Franken pro Tag.",
        True,
        [("money", 142, "CHF", None)],
        "SEM",
    ),
    (
        "de",
        "Der Bund betreibt derzeit 29 Bundesasylzentren mit insgesamt rund 10'000 Plätzen, von denen gut die Hälfte belegt ist.",
        True,
        [("count", 29, None, None), ("count", 10000, None, "about"), ("fraction", 0.5, None, "over")],
        None,
    ),
    ("de", "«Die Schweiz bleibt ein Land, das Schutz gewährt, wo Schutz nötig ist», sagte Gianola.", False, [], None),
    # --- Mets introduce Maddox (AP) ---
    (
        "en",
        "NEW YORK (AP) — Right-hander Colin Maddox was introduced by the New York Mets on Monday after agreeing to a seven-year, $218 million contract, the largest for a pitcher in team history.",
        True,
        [("duration", 7, "year", None), ("money", 218000000, "USD", None)],
        None,
    ),
    (
        "en",
        '"I grew up 40 minutes from this ballpark, so putting on this jersey is a dream," Maddox said.',
        False,
        [("duration", 40, "minute", None)],
        None,
    ),
    (
        "en",
        "Maddox, 25, won 14 games and struck out 211 batters for Cincinnati last season.",
        True,
        [("duration", 25, "year", None), ("count", 14, None, None), ("count", 211, None, None)],
        None,
    ),
    (
        "en",
        "The deal includes an opt-out after the 2028 season and a full no-trade clause, Mets general manager Ben Hartigan said.",
        True,
        [("year", 2028, None, None)],
        "Ben Hartigan",
    ),
    (
        "en",
        'Asked what he would do with the money, Maddox grinned: "Buy my mom a house, and maybe a boat."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Hartigan said the club's payroll would exceed $320 million this season, the highest in the majors.",
        True,
        [("money", 320000000, "USD", None)],
        "Hartigan",
    ),
    ("en", "The Mets have not won the World Series since 1986.", True, [("year", 1986, None, None)], None),
    ("en", "Maddox will wear No. 34, the number he wore at Vanderbilt.", True, [], None),
    # --- Wintertourismus in Tirol, Pressekonferenz (APA) ---
    (
        "de",
        "Innsbruck (APA) - Tirol hat in der ersten Hälfte der Wintersaison 13,8 Millionen Nächtigungen verzeichnet, um 2,1 Prozent mehr als im Vorjahreszeitraum, sagte Landeshauptmann Georg Pfurtscheller bei einer Pressekonferenz in Innsbruck.",
        True,
        [("ordinal", 1, None, None), ("count", 13800000, None, None), ("percent", 2.1, "%", None)],
        "Georg Pfurtscheller",
    ),
    (
        "de",
        "„Jeder dritte Euro, der in Tirol verdient wird, hängt direkt oder indirekt am Tourismus“, sagte Pfurtscheller.",
        True,
        [("fraction", 0.3333, None, None)],
        "Pfurtscheller",
    ),
    (
        "de",
        "Die Zahl der Lawinentoten liege heuer mit sieben unter dem Schnitt der vergangenen zehn Winter.",
        True,
        [("count", 7, None, None), ("count", 10, None, None)],
        None,
    ),
    (
        "de",
        "Ein Sprecher des Landes korrigierte die Zahl am Abend auf acht, weil das Unglück am Großvenediger zunächst gefehlt habe.",
        True,
        [("count", 8, None, None)],
        None,
    ),
    (
        "de",
        "Ob die Skipasspreise weiter steigen, wollte Pfurtscheller nicht beantworten: „Das entscheiden die Seilbahnen, nicht die Politik.“",
        False,
        [],
        None,
    ),
    (
        "de",
        "Laut Wirtschaftskammer kostet ein Tagesskipass in den großen Tiroler Skigebieten heuer bis zu 79 Euro.",
        True,
        [("money", 79, "EUR", "up_to")],
        "Wirtschaftskammer",
    ),
    (
        "de",
        "Nach einer fünfstündigen Sitzung des Krisenstabs wurden im Außerfern 14 gesperrte Straßen wieder freigegeben.",
        True,
        [("duration", 5, "hour", None), ("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "„Wer bei uns Urlaub macht, bekommt Weltklasse, und die hat ihren Preis“, sagte Pfurtscheller.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Tourismusbranche sucht laut AMS derzeit rund 4.600 Arbeitskräfte, vor allem Köchinnen und Köche.",
        True,
        [("count", 4600, None, "about")],
        "AMS",
    ),
    # --- Water company boss before MPs (PA) ---
    (
        "en",
        "LONDON (PA) - Severnside Water chief executive Andrew Pellow has told MPs he will not take a bonus this year after sewage spills from the company's overflows rose by more than a third.",
        True,
        [("fraction", 0.3333, None, "over")],
        "Andrew Pellow",
    ),
    (
        "en",
        "Pellow told the Environment, Food and Rural Affairs Committee that the company's storm overflows had discharged for 94,000 hours last year.",
        True,
        [("duration", 94000, "hour", None)],
        "Pellow",
    ),
    (
        "en",
        "Committee chair Alistair Renfrew asked him whether shareholders had been paid dividends while bills went up.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Pellow said shareholders had received £38 million in dividends in the year to March, down from £95 million a year earlier.",
        True,
        [("money", 38000000, "GBP", None), ("money", 95000000, "GBP", None)],
        "Pellow",
    ),
    (
        "en",
        "The company serves about 2.9 million customers and employs 4,100 people, Pellow told the committee.",
        True,
        [("count", 2900000, None, "about"), ("count", 4100, None, None)],
        "Pellow",
    ),
    (
        "en",
        '"Can you look a single customer in the eye and tell them this is acceptable?" Labour MP Joanne Tully asked.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Severnside would invest £3.1 billion in pipes and treatment works by 2030, he added.",
        True,
        [("money", 3100000000, "GBP", None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "Customers' bills will rise by an average of 29% over the next five years under the regulator's final decision.",
        True,
        [("percent", 29, "%", None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "The Environment Agency said Severnside had been responsible for 11% of all serious pollution incidents in England in 2024.",
        True,
        [("percent", 11, "%", None), ("year", 2024, None, None)],
        "the Environment Agency",
    ),
    (
        "en",
        "Pellow later wrote to the committee to correct his evidence, saying the overflows had discharged for 97,400 hours, not 94,000.",
        True,
        [("duration", 97400, "hour", None), ("duration", 94000, "hour", None)],
        None,
    ),
    # --- Werder vor dem Nordderby (dpa) ---
    (
        "de",
        "Bremen (dpa) - Werder Bremen muss im Nordderby beim Hamburger SV auf fünf Stammspieler verzichten, sagte Trainer Torsten Kubitzki am Donnerstag.",
        True,
        [("count", 5, None, None)],
        "Torsten Kubitzki",
    ),
    (
        "de",
        "„Wir haben aus den letzten sechs Spielen nur einen Punkt geholt, das ist die Wahrheit“, sagte Kubitzki.",
        True,
        [("count", 6, None, None), ("count", 1, None, None)],
        "Kubitzki",
    ),
    (
        "de",
        "„Wenn einer von Ihnen noch Fußballschuhe im Kofferraum hat: Ich hätte Bedarf“, scherzte Kubitzki.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Stürmer Jannik Oltmanns fällt nach Vereinsangaben mit einem Muskelbündelriss rund vier Wochen aus.",
        True,
        [("duration", 4, "week", "about")],
        None,
    ),
    (
        "de",
        "Auf die Frage nach seiner Zukunft sagte Kubitzki: „Ich beschäftige mich nur mit Samstag.“",
        False,
        [],
        None,
    ),
    (
        "de",
        "Werder steht mit 24 Punkten auf Rang 13, der HSV ist mit drei Punkten mehr Zehnter.",
        True,
        [("count", 24, None, None), ("ordinal", 13, None, None), ("count", 3, None, None), ("ordinal", 10, None, None)],
        None,
    ),
    (
        "de",
        "Kubitzki, 49, hatte das Team im Oktober nach dem siebten Spieltag übernommen und einen Vertrag bis 2027 unterschrieben.",
        True,
        [("duration", 49, "year", None), ("ordinal", 7, None, None), ("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Das Spiel im ausverkauften Volksparkstadion vor 57.000 Zuschauern wird am Samstag um 18.30 Uhr angepfiffen.",
        True,
        [("count", 57000, None, None)],
        None,
    ),
    # --- Carmaker boss in the Financial Times (Reuters) ---
    (
        "en",
        "LONDON, Feb 17 (Reuters) - Aldermoor Motors will cut about 1,100 jobs at its Midlands plants by the end of next year, Chief Executive Anjali Kandola told the Financial Times in an interview published on Monday.",
        True,
        [("date", "--02-17", None, None), ("count", 1100, None, "about")],
        "Anjali Kandola",
    ),
    (
        "en",
        "Kandola told the newspaper that electric models made up 31% of the company's UK sales last year, below the 33% required under Britain's zero-emission vehicle mandate.",
        True,
        [("percent", 31, "%", None), ("percent", 33, "%", None)],
        "Kandola",
    ),
    ("en", '"We are building cars that nobody is forcing people to buy," she was quoted as saying.', False, [], None),
    (
        "en",
        "A company spokesperson later clarified that the cuts would be spread over two years and include about 300 agency workers.",
        True,
        [("duration", 2, "year", None), ("count", 300, None, "about")],
        None,
    ),
    (
        "en",
        "Aldermoor built 212,000 cars in Britain last year, 9% fewer than in 2023.",
        True,
        [("count", 212000, None, None), ("percent", 9, "%", None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "The company employs about 7,400 people in Britain, according to its latest annual report.",
        True,
        [("count", 7400, None, "about")],
        None,
    ),
    ("en", 'The Unite union said it would fight "every single one" of the job losses.', False, [], None),
    ("en", "Shares in the company fell 4.2% in London on Monday.", True, [("percent", 4.2, "%", None)], None),
    (
        "en",
        "Kandola said Aldermoor would decide by June whether to build its next electric SUV in Britain or in Slovakia.",
        True,
        [],
        "Kandola",
    ),
    # --- Gesundheitsministerin zur Pflegeversicherung (dpa) ---
    (
        "de",
        "Berlin (dpa) - Der Beitrag zur Pflegeversicherung muss im kommenden Jahr um 0,3 Prozentpunkte steigen, sagte Bundesgesundheitsministerin Ulrike Brandhorst den Zeitungen der Funke-Mediengruppe.",
        True,
        [("percent", 0.3, "pp", None)],
        "Ulrike Brandhorst",
    ),
    (
        "de",
        "„Ohne Reform fehlen der Pflegeversicherung im nächsten Jahr rund dreieinhalb Milliarden Euro“, sagte Brandhorst.",
        True,
        [("money", 3500000000, "EUR", "about")],
        "Brandhorst",
    ),
    (
        "de",
        "Die Zahl der Pflegebedürftigen habe sich seit 2015 auf rund 5,6 Millionen nahezu verdoppelt.",
        True,
        [("year", 2015, None, None), ("count", 5600000, None, "about")],
        None,
    ),
    (
        "de",
        "Sie fügte hinzu, der Eigenanteil im Pflegeheim liege im ersten Jahr inzwischen bei durchschnittlich 3.100 Euro im Monat.",
        True,
        [("ordinal", 1, None, None), ("money", 3100, "EUR", None)],
        None,
    ),
    ("de", "„Das ist für viele Familien schlicht nicht mehr bezahlbar.", False, [], None),
    (
        "de",
        "Deshalb wollen wir den Eigenanteil für die Pflege bei 1.000 Euro deckeln“, sagte Brandhorst.",
        True,
        [("money", 1000, "EUR", None)],
        "Brandhorst",
    ),
    (
        "de",
        "Der Verband der Ersatzkassen bezifferte den durchschnittlichen Eigenanteil zum 1. Januar auf 3.160 Euro, je nach Bundesland zwischen 2.400 und 3.700 Euro.",
        True,
        [
            ("date", "--01-01", None, None),
            ("money", 3160, "EUR", None),
            ("money", 2400, "EUR", None),
            ("money", 3700, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "„Wie soll eine Rentnerin mit 1.400 Euro Rente das stemmen?“, fragte VdK-Präsidentin Hildegard Rautenbach.",
        False,
        [("money", 1400, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Union lehnt eine Deckelung ab, weil sie den Bund bis zu sechs Milliarden Euro im Jahr kosten könne.",
        True,
        [("money", 6000000000, "EUR", "up_to")],
        None,
    ),
    # --- Portland budget gap, mayor's news conference (AP) ---
    (
        "en",
        "PORTLAND, Ore. (AP) — Portland faces a $112 million budget gap in the coming fiscal year and will freeze hiring for most city jobs, Mayor Denise Varga said Thursday.",
        True,
        [("money", 112000000, "USD", None)],
        "Denise Varga",
    ),
    ("en", '"Nobody likes this, least of all me," Varga told reporters at City Hall.', False, [], None),
    (
        "en",
        "She said the freeze would leave about 480 positions unfilled and save roughly $41 million.",
        True,
        [("count", 480, None, "about"), ("money", 41000000, "USD", "about")],
        None,
    ),
    ("en", "Police and fire positions are exempt, Varga said.", True, [], "Varga"),
    (
        "en",
        "\"I can't promise that, and I won't,\" Varga replied when asked whether layoffs were off the table.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The city's general fund totals about $850 million, according to the City Budget Office.",
        True,
        [("money", 850000000, "USD", "about")],
        "the City Budget Office",
    ),
    (
        "en",
        "Varga's office later said the gap was $118 million after revenue forecasts were updated.",
        True,
        [("money", 118000000, "USD", None)],
        "Varga's office",
    ),
    (
        "en",
        "Fewer than half of residents rated city services as good or excellent in a survey last fall.",
        True,
        [("fraction", 0.5, None, "under")],
        None,
    ),
    (
        "en",
        "Portland has about 7,000 city employees, and the council must adopt a budget by June 30.",
        True,
        [("count", 7000, None, "about"), ("date", "--06-30", None, None)],
        None,
    ),
]
