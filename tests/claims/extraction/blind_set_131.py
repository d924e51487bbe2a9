"""Hundred-and-thirty-first blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, fires, operations and
figures are made up (Herbert Zauner, Karin Obermaier, Ulrike Sendler, Regula Imboden,
Traunfeld, Bernhard Aumayr, Manfred Hinterleitner, Thomas Pramböck, Matthias Reindl, Beatrix
Zellner, Andrea Wechselberger, Klaus Pirchner, Beat Leuenberger, Daniela Häberli, Andrea
Kulessa, Jens Overbeck, Rupert Hasenhüttl, Ingrid Wallner-Koch, Tobias Wendling, Jorat
Microtechnique, Laurent Guignard, Nathalie Berthoud, Georg Stöckl, Anton Thaler, Hendrik
Leuschner, Rudolf Kapferer, Hannes Tollinger, Taunus Bank, Miriam Ostendorf; Darius
Whitlock, Renee Odum, Eastmoor Water, Gareth Penhallow, Alison Treharne, Marcus Ellery, Dawn
Pryor, Valcourt, Hélène Marchetti, Karim Belhadj, Olivier Castagnède, the Mayacamas Fire,
Linda Ostrander, Marcy Dalton, Ruth Calloway, Daniel Aubertin, Shauna Pelletier, Raymond
Kessler, Eleanor Hartwell, Michael Dunphy, Paul Griswold, Northway Buses, Carla Benning, Tom
Askwith, Sophie Lambertin, Jean-Marc Villeneuve, Karrawong Resources, Angus McLeary, Teresa
Lindahl, Jorge Medina, Anil Rangan, Skellig Air, Conor Madigan, Vincent Marraccini, Keisha
Broadnax, Garden Port Logistics); ministers, governors, mayors and chairs of real places
appear under made-up names or by their role only ("der Innenminister", "The governor",
"Greater Manchester's mayor", "West Yorkshire's mayor", "The Health Secretary"). Real
bodies, places and firms ("Wiener Polizei", "Landespolizeidirektion", "Favoriten",
"Bundesagentur für Arbeit", "Verrechnungssteuer", "Schuldenbremse", "SP", "Steyr", "CSU",
"Landesgericht Innsbruck", "Schwaz", "Stadtpolizei", "Fanarbeit Zürich", "Verdi",
"Kommunaler Arbeitgeberverband", "KAV", "Energie Graz", "ÖVP", "Arbeiterkammer", "SPD",
"Unia", "Kanton Waadt", "Vallée de Joux", "Le Sentier", "Yverdon-les-Bains",
"Ö1-Morgenjournal", "Landgericht Duisburg", "Bergrettung", "Nordtirol"; "Ofwat", "Birmingham
City Council", "Unison", "Library of Birmingham", "CGT", "Douai", "Sonoma County",
"California Department of Insurance", "Moss Side", "Bank of Canada", "Quincy", "Unite",
"Acas", "FNSEA", "Charolais", "Macquarie", "Australian Workers' Union", "Pilbara", "Denver
International Airport", "Xcel Energy", "Montbello", "NHS England", "Royal College of
Emergency Medicine", "Boeing", "Department of Transport", "Davy", "Ironbound", "Passaic
River") stand for the way wire copy names them; every figure, vote, sentence, quote and
reaction here is invented, and where a real figure came to mind it was changed.

Its weight: OPINION VERSUS CLAIM, fourth round (the ninety-eighth, hundred-nineteenth and
hundred-twenty-fourth batches were the first three, and their decisions are kept), centred
on what officials say - 30 short stories from New Year's Day to late March of one year in
story order (a dateline lead, the figures, the official quoted at length, the other side's
reply, the reactions, sometimes a closing line), the German and English stories interleaved
by date, in which police chiefs, ministers, mayors, company heads, union leaders,
prosecutors and judges give statements of record (figures, decisions, dates, steps taken,
refusals) beside their evaluations, reassurances, promises, appeals, blame, praise and
rhetorical figures, mostly the same speaker in the next row and often in Konjunktiv I or
English indirect speech. Half German (APA, dpa, dpa/lby, dpa/lni, dpa/lsw, dpa/lnw,
Keystone-SDA; Austrian "mit 1. April", "mit Stichtag", "Landeshauptmann", "Landesrat",
"Tourengeher", "heuer", Swiss "ss" ("Gegenmassnahmen", "schliessen", "Strasse"), "1'150",
"400'000 Franken", "Staatsrätin", "Arbeitnehmende", «» quotes, German „“ quotes): a police
chief's New Year's Eve balance in Vienna, the German jobless figures with the Labour
Agency's head and the minister, the Swiss federal accounts with the finance minister's cause
and projection, job cuts at an Upper Austrian steel processor with the chief executive, the
works council and the Landeshauptmann, Munich's housing record with the mayor's pledge, a
fraud verdict in Innsbruck with the judge's findings and remarks, riots after the Zurich
derby with the police commander and the city's security head, a transport warning strike in
Lower Saxony with both sides' accounts, a district-heating price cut in Graz,
Baden-Württemberg's crime statistics with the interior minister, job cuts at a Vaud watch
supplier, the teacher shortage with the education minister and a union, a bribery verdict
against a former mayor in Duisburg, an avalanche winter in Tyrol and a bank's record profit.
Half English (AP, Reuters, PA, AFP): Chicago's homicide figures with the police
superintendent and the mayor, a water company's chief executive before a parliamentary
committee, Birmingham's budget with the council leader, a carmaker closing a plant in Douai
with the chief executive, a union delegate and the industry minister, rebuilding after a
California fire, knife crime in Greater Manchester with the chief constable, Canada's tariff
relief with the finance minister and the opposition critic, a Boston housing official
sentenced with the judge's findings, a bus strike in West Yorkshire, bluetongue aid at the
Paris farm show, a miner's half-year, a Denver snowstorm with the mayor, flu and A&E in
England, an airline against the Dublin passenger cap and a warehouse fire in Newark.
Negatives as such copy has them: officials' verdicts, reassurances, resolve, rhetoric,
rhetorical figures and promises without a checkable content, in quotes, in Konjunktiv I and
in English indirect speech, also with a named speaker; labels, blame and accusations without
a checkable claim; praise and thanks; appeals; conditional threats; a committee chair's
question; open questions; doubts, fears and outlooks without a figure; an evasive answer, a
review and a no-comment line; vox pops and scene colour - ten of them carrying figures,
labelled. Check-worthy look-alikes: the same officials' figures, decisions, dates, steps
taken, refusals and rulings-out, a judge's findings of fact, stated causes and reasons,
pledges with a checkable content, quoted facts with praise or a verdict appended, a label
paired with a checkable claim, claims of a measurable record, forecasts and projections with
a figure, and plain statements of record without a figure.

240 rows (120 German, 120 English), 109 negatives (52 German, 57 English), 131 check-worthy
rows of which 13 carry no figure (9 German, 4 English), 227 expected quantities (76 counts,
40 durations, 37 amounts of money - 12 EUR, 7 CHF, 6 USD, 5 AUD, 4 GBP, 3 CAD -, 27
percentages, 24 years, 12 dates, 6 fractions, 5 ordinals; 13 of them in ten negatives, as
the seventeenth batch labels a figure in a negative), 66 checked speakers (24 German, 42
English). Sentences sharing a run of eight or more words with any file under tests/ (checked
by a script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, feeling, reassurance or piece of rhetoric is a negative with speaker None,
  also with a named speaker and an official's title (seventh, eighteenth, ninety-eighth,
  hundred-nineteenth, hundred-twenty-fourth); a quoted or reported statement of fact or
  figure is check-worthy with its speaker. The pairs from one official: „Insgesamt war es
  eine ruhige Nacht, ...“ beside "Zauner sagte, in Favoriten sei eine Gruppe von rund 60
  Jugendlichen ... losgegangen, ..." -> "Zauner" ("X sagte, ..." opening the row,
  forty-second and hundred-twentieth) and "Das sei „inakzeptabel und feige“, fügte er
  hinzu."; „Der Arbeitsmarkt steht unter Druck, ...“ beside "Im Jahresschnitt seien 2,89
  Millionen Menschen ohne Job gewesen, ..., sagte Obermaier."; «Von Entwarnung kann keine
  Rede sein» and "Die Schuldenbremse habe sich einmal mehr bewährt, sagte sie." beside the
  cause "Grund für das bessere Ergebnis seien vor allem höhere Einnahmen aus der
  Verrechnungssteuer, sagte Finanzministerin Regula Imboden vor den Medien." -> "Regula
  Imboden" (a stated cause, ninety-eighth; the audience dropped, hundred-seventeenth);
  „Diese Entscheidung ist mir nicht leichtgefallen“ and "Österreich sei als
  Industriestandort „auf dem besten Weg, sich abzuschaffen“, ..." beside "Die Energiekosten
  lägen ... um rund 40 Prozent über jenen der US-Konkurrenz, sagte Aumayr."; «Was wir am
  Samstag gesehen haben, hat mit Fussball nichts zu tun» beside "Die Täter hätten die
  Einsatzkräfte gezielt ... angegriffen, sagte Leuenberger."; "Bildungsminister Georg Stöckl
  sagte im Ö1-Morgenjournal, die Lage sei „angespannt, aber beherrschbar“." (a Konjunktiv I
  verdict, hundred-eleventh) beside "Seit 2023 seien ... 3.850 Personen in den Schuldienst
  gewechselt, sagte Stöckl."; "He said the bonuses were "a fair reward ..."" beside
  Penhallow's spill hours and bills; "He called the deficit "the responsible price ...""
  beside Aubertin's deficit; "He said he remained "very optimistic" ..." beside McLeary's
  unit costs; "He called the cap "economic vandalism" ..." beside Madigan's 22 routes; "He
  said the city was "finally turning the page" ..." beside Whitlock's guns; ""It's a miracle
  nobody was killed in there,"" beside Marraccini's 150 firefighters.
- Quoted facts are check-worthy with their speaker also with praise or a verdict appended
  (hundred-nineteenth, hundred-twenty-seventh): „Die Belegschaft hat 2023 auf die
  Lohnerhöhung verzichtet, und das ist jetzt der Dank dafür“ -> "Manfred Hinterleitner" (a
  checkable act in the perfect, ninety-eighth), ""Our crews were out there for 36 hours
  straight, and they were heroes,"" -> "Lindahl". A quoted claim of a measurable record is
  check-worthy (twenty-ninth, ninety-eighth, hundred-twenty-fourth): „Wir verdienen so viel
  wie nie in unserer 150-jährigen Geschichte“ -> "Miriam Ostendorf" (150 years, as "its
  56-year history", hundred-ninth); so are "a record for the department", "the fewest since
  2014", "so viele wie seit 1999 nicht mehr" and "so hoch wie seit 2014 nicht mehr". Their
  twins are negatives: „Wir sind die Bank des Mittelstands, und das bleiben wir auch“, ""We
  are a leaner, stronger business than we were a year ago,"" ("a year ago" none), «Wir haben
  alles versucht, um diesen Schritt zu vermeiden» (an evaluation in the perfect,
  ninety-eighth), ""Boeing's management has let its customers down badly,"" (blame in the
  perfect), ""I am not going to apologise for paying people properly,"".
- New: a police force's "no ongoing threat to the wider public" is a reassurance and a
  negative - "Detectives said there was "no ongoing threat to the wider public."" - an
  assessment of risk that names no state a reader could check, as "Für Touristen ist das
  Risiko sehr gering" (hundred-eleventh) and "There is no reason for alarm"
  (hundred-twelfth); the facts around it are check-worthy: "A 17-year-old boy was stabbed
  ... and is being treated in hospital ..., police said." -> "police" and "Two boys, aged 15
  and 16, have been arrested on suspicion of attempted murder." (hundred-nineteenth: "The
  suspect is in custody").
- New: a minister's projection with a figure under a condition of policy is a forecast with
  a figure and check-worthy - "Imboden zufolge drohen ab 2027 ohne Gegenmassnahmen jährliche
  Fehlbeträge von bis zu drei Milliarden Franken." -> "Imboden" (hundred-twenty-seventh:
  "Dreßler zufolge") - unlike a union's conditional threat, which is leverage and a negative
  with its figures labelled (hundred-twenty-fourth): "Sollte es in der dritten Runde am 4.
  März keine Einigung geben, seien auch mehrtägige Streiks denkbar, drohte Kulessa."
  (ordinal 3 and --03-04), "Farmers' groups have threatened to block motorways around Paris
  if the money has not arrived by April.". Other forecasts with a figure are claims
  (seventh, hundred-twenty-fourth): "Ökonomen erwarten, dass die Zahl der Arbeitslosen im
  Februar die Drei-Millionen-Marke übersteigt." (count 3,000,000, hundred-twenty-seventh),
  "Skellig Air expects to carry 41 million passengers ..., the airline said on Wednesday."
  -> "the airline", "Analysts at Macquarie had expected a profit of about A$455 million."
  (eightieth); outlooks, fears and doubts without a figure are negatives ("Economists expect
  the Bank of Canada to cut rates again in March.", "Für das laufende Jahr stellte Ostendorf
  einen „soliden, aber etwas geringeren“ Gewinn in Aussicht.", "Patients' groups fear ...",
  "Kritiker bezweifeln, ...", "Ob die gesunkenen Zinsen ..., wollte Reindl nicht
  prognostizieren."; thirty-eighth, ninety-eighth, hundred-twenty-fourth).
- Judges (hundred-nineteenth, hundred-twenty-fourth): the verdict, the sentence, the appeal
  and the findings of fact are claims, the judge's moral remarks labels. New: a judge's
  finding of fact in Konjunktiv I or in English indirect speech is check-worthy with the
  judge's name, the title and the occasion dropped - "Der Angeklagte habe das Geld
  „planmäßig und von Beginn an“ für seinen Lebensstil verwendet, sagte Richterin Andrea
  Wechselberger in der Urteilsbegründung." -> "Andrea Wechselberger" (the judicial title
  dropped, hundred-eighteenth; the occasion as the programme in "im Ö1-Morgenjournal",
  hundred-twenty-fourth, and "bei der Pressekonferenz", hundred-twenty-seventh), "Im
  Gegenzug habe er dem Unternehmen Aufträge über rund 9 Millionen Euro zugeschanzt, sagte
  der Vorsitzende Richter Hendrik Leuschner." -> "Hendrik Leuschner" (an evaluative verb in
  a checkable sentence, hundred-twenty-fourth: "lahmgelegt"), "U.S. District Judge Eleanor
  Hartwell said Raymond Kessler had taken at least $640,000 in kickbacks over five years."
  -> "Eleanor Hartwell"; their remarks are negatives („Sie haben Menschen um ihre
  Altersvorsorge gebracht und dabei noch gelächelt“, "Der Angeklagte habe ein „System der
  Gefälligkeiten“ aufgebaut und das Vertrauen ... „mit Füßen getreten“, sagte Leuschner.",
  "She said his conduct was "a betrayal of every family ..."") as the prosecutor's label in
  his closing speech and the defendants' words („Mein Mandant ist ein gebrochener Mann“,
  „Ich habe immer zum Wohl meiner Gemeinde gehandelt“, ""I am ashamed, and I accept full
  responsibility,"" with Kessler's 58 years labelled; hundred-sixteenth). "Kessler must also
  repay $1.9 million ..., the judge ordered." keeps its speaker unchecked (a role,
  hundred-fifteenth); the demands for a sentence are check-worthy with the speaker unchecked
  ("Die Staatsanwaltschaft hatte viereinhalb Jahre Haft gefordert.", "His attorney, Michael
  Dunphy, had asked for a sentence of no more than 30 months, ..." - "forderte" and "had
  asked" are no verbs of saying, hundred-twentieth); "Pirchner meldete umgehend Berufung an,
  das Urteil ist damit nicht rechtskräftig." is an act (hundred-nineteenth), "Die
  Verteidigung will nach eigenen Angaben prüfen, ob sie Revision einlegt." a review that
  commits to no step and a negative (hundred-nineteenth, hundred-twenty-seventh: "„Das
  prüfen wir.“"). "Der Angeklagte hatte die Zahlungen eingeräumt, aber bestritten, ..." is
  an admission and a denial (hundred-sixteenth).
- New: a stated motive is no checkable fact and stays a negative with its figure labelled -
  ""We are doing this to save our other eleven plants, not to please shareholders,"
  Marchetti told reporters." (count 11) - as a verdict in quotes with a figure
  (hundred-seventeenth, hundred-twenty-first); so is blame that names a span - "He blamed
  "fourteen years of austerity" for the state of the council's finances." (14 years) -, as
  an accusation without a checkable claim is a negative (eighty-fourth). New: an idiom with
  a number word is rhetoric and keeps its figure labelled - „Wir wissen, dass viele Menschen
  derzeit jeden Euro zweimal umdrehen müssen“ (count 2, as "hung up twice" in an anecdote,
  hundred-twenty-first; "jeden Euro" none). Blame with a checkable claim is check-worthy
  (twenty-fifth, ninety-eighth): "Madigan said the airline had cut 22 routes from Dublin ...
  because of the government's passenger cap ..." -> "Madigan", "Belhadj said the company had
  received 310 million euros in state aid since 2020." -> "Belhadj", and a label paired with
  a checkable claim stays check-worthy ("Die CSU-Fraktion sprach von „Schönfärberei“: Die
  Zahl der Baugenehmigungen sei 2024 um 22 Prozent eingebrochen."; hundred-sixteenth), while
  "Die SP warf der Finanzministerin vor, mit «Schwarzmalerei» ...", "Die ÖVP warf der
  Stadtregierung vor, ...", "Die SPD warf dem Minister vor, mit „Symbolpolitik“ ...",
  "Residents have accused insurers of "stalling until people give up."" are negatives.
- Promises (hundred-third, hundred-fifth, hundred-nineteenth, hundred-twenty-third): a
  pledge with a checkable content is check-worthy - "Reindl versprach, die Stadt werde
  „keinen Quadratmeter städtischen Grund mehr an Investoren verkaufen“." ("keinen" no count,
  as "kein einziger", hundred-fifteenth), "Die Stadt werde bis 2030 jedes Jahr mindestens
  8.500 Wohnungen genehmigen, kündigte Reindl an.", "Odum said the city would hire 300 more
  detectives this year, ..." -> "Odum", "Lambertin said vaccination would remain free for
  all cattle and sheep until the end of the year." -> "Lambertin"; a promise as rhetoric is
  a negative - "„Wir lassen niemanden zurück, der arbeiten will“, versprach Sendler.",
  "Mayor Renee Odum promised residents that "every block in this city will feel safer by
  summer."", "The governor promised survivors they "will not be forgotten in Sacramento."",
  "Wendling versprach, jede Polizistin und jeden Polizisten, „den wir brauchen“, auch auf
  die Straße zu bringen.", ""France will never abandon those who feed it,"", ""Canadians can
  be confident that their government has their back,"". New: an official's promise to talk
  names no step and is a negative - "Staatsrätin Nathalie Berthoud sagte, der Kanton werde
  mit der Firmenleitung über «jede mögliche Alternative» reden." - as "would review the
  legislation" (hundred-nineteenth); a stated step with a checkable content is a claim
  ("Industry Minister Olivier Castagnède said the government would demand that Valcourt
  repay any subsidies tied to jobs at Douai." -> "Olivier Castagnède", "Broadnax said the
  city would ask the state to bar the owner, ..." -> "Broadnax"; ninety-eighth: "Villa said
  they had written to ...", hundred-nineteenth: "Fulham said they would ask ..."), and so
  are announcements of money and closures with "kündigte ... an" (speaker unchecked): "Das
  Land stelle für eine Arbeitsstiftung einen zweistelligen Millionenbetrag bereit, ..."
  ("zweistellig" none, hundred-sixth), "die Gästesektoren für die nächsten drei Heimspiele
  zu schliessen", "die Mittel für Lawinenverbauungen heuer auf 31 Millionen Euro
  aufzustocken".
- Refusals (ninety-eighth, hundred-sixteenth, hundred-twentieth): a rejected demand and a
  step ruled out are positions of record and check-worthy without a figure - "Ein generelles
  Böllerverbot lehnte Zauner erneut ab, die Verbotszonen in der Innenstadt bleiben aber
  bestehen.", "Betriebsbedingte Kündigungen schloss Ostendorf aus." (speakers unchecked: no
  verbs of saying); so is a refusal reported by the other side ("Die Arbeitgeber hätten in
  zwei Verhandlungsrunden kein Angebot vorgelegt, sagte Kulessa." -> "Kulessa") and its
  denial with the counter-figure ("Der Kommunale Arbeitgeberverband wies das zurück: Man
  habe in der zweiten Runde ein Plus von 5,5 Prozent ... angeboten." speaker unchecked,
  hundred-twentieth: "wies ... zurück"); a refusal to comment is a no-comment line and a
  negative ("Garden Port Logistics did not respond to requests for comment.", twenty-first),
  and so is an evasive answer ("Asked whether fares would rise next winter, Madigan said
  only that "the market will decide."", hundred-fourteenth and hundred-twenty-seventh).
- Other negatives (ninety-eighth, hundred-nineteenth, hundred-twenty-fourth): praise and
  thanks ("Die Landespolizeidirektion dankte den ... Beamten ...", "Greater Manchester's
  mayor praised the "quiet, relentless work" ...", "Mayor Keisha Broadnax praised
  firefighters ..."; hundred-eighteenth); appeals ("Landeshauptmann Thomas Pramböck rief das
  Management auf, ...", "Landesrat Hannes Tollinger appellierte an Tourengeher, ...",
  "Calloway urged parents ...", "He urged the union ...", "NHS England's national medical
  director, ..., urged anyone eligible to get a flu jab.", "Lindahl urged residents ...",
  "... called on both sides to go back to talks"); resolve and creed in quotes («Wir werden
  diese Gewalt nicht hinnehmen, ...», „Wer auf Polizisten schießt, ...“, „Messer haben in
  unseren Innenstädten nichts verloren“, „München baut, und München baut für alle“, „Jeder
  Lawinentote ist einer zu viel“ - "einer" a pronoun, none -, ""The state will not stand by
  with its arms folded,"", ""Every one of those blades is a funeral that didn't happen,"",
  ""Nobody went into public service to close libraries,"", ""We are not going to let red
  tape finish what the fire started,""); a superlative of quality („..., hat einen der
  sichersten Jobs im Land“, "the best in the region"; hundred-twenty-fourth); labels of
  unions, lobbies, critics, analysts and a committee chair ("sprach von einem „Weckruf
  ...“", "sprach von einer „guten Nachricht ...“", "nannte die Zahlen „die Spitze des
  Eisbergs“", "nannte den Stellenabbau bei einem Rekordgewinn „zynisch“", «Kahlschlag auf
  dem Rücken der Arbeitnehmenden», "called the plans "a slow-motion demolition ..."",
  "called the closure "a crime against a whole region."", "called the package "a bandage on
  a bullet wound."", "called the job cuts "corporate cowardice ..."", "called corridor care
  "a national scandal ..."", "Davy analysts said the update was "better than feared."",
  "Treharne later called the session "a masterclass ..."", "Kollektivstrafen träfen die
  Falschen, kritisierte die Fanarbeit Zürich."); a feeling ("said she was "deeply
  disappointed""); the committee chair's question with its premise labelled ("... "how this
  looks to a family whose bill has gone up by a third."" 0.3333; hundred-twentieth,
  hundred-twenty-seventh); open questions ("Ob das Parlament im Sommer ...", "Ob die für
  Herbst geplante Gehaltsreform ..."); vox pops with their figures labelled ("Marcy Dalton,
  61, who lost the house she had lived in for 27 years, ..." 61 and 27 years, "Eine
  78-jährige Anlegerin aus Schwaz ...", ""We've been shoveling ourselves out for three days
  and nobody came," said Jorge Medina, 44, ..." 3 days and 44 years; hundred-twenty-fourth),
  the reaction of victims' relatives, and scene colour (picture books on library steps,
  smoke from burning pallets, cowbells at the farm show, black smoke over the Passaic).
- Check-worthy without a figure besides (ninety-eighth, hundred-nineteenth,
  hundred-twenty-fourth): Ofwat's enforcement case ("Ofwat said ..." -> "Ofwat" as written,
  eighteenth), the finance minister's stated cause, the police commander's account, the
  judge's finding in Innsbruck, the appeal, the admission and denial in Duisburg, the
  refusals above, the pledges and stated steps above.
- Counts (every batch): "Elf Menschen ..., drei davon schwer" ("davon" no hedge), "mehr als
  1.300 Anzeigen" "over", "rund 60 Jugendlichen" "about", "2,98 Millionen Menschen" and
  "2,89 Millionen", "rund 650 seiner 4.100 Stellen" and "240 seiner 1'150 Stellen" (a
  definite group, forty-first; Swiss apostrophe, tenth), "Only 212 of the roughly 1,240
  homes" ("Only" no hedge), "19 davon", "300 more detectives" (the "more" after the figure
  compares), "seized more than 11,000 illegal guns" "over", "about 1,900 jobs", "three times
  the aid on offer" 3 (a multiple, hundred-twenty-first), "70 city plows and 45 contracted
  ones", "up to 28 inches of snow" 28 "up_to" (a physical measure, hundred-twenty-seventh),
  "about 38,000 customers ..., down from 112,000", "the 32 million passenger cap"
  32,000,000, "41 million passengers", "Zwölf der Opfer", "mehr als 2.300 Einsätzen" "over",
  "die nächsten drei Heimspiele" 3, "cited the owner over it twice" 2 (the issue's
  "viermal"), "two of Kessler's relatives" 2, "Two boys" 2. "die Lawinenwarnstufe 3 auf der
  fünfstufigen Skala" gives counts 3 and 5 (twenty-seventh, thirty-second, thirty-eighth: a
  level on a scale is a count). New: "eine Abfindung von mindestens sechs Monatslöhnen" is
  count 6 "at_least" - a month inside a compound noun is counted, not a duration, as "an
  ihren sechs Publikumstagen" (hundred-twenty-first) and "60 Arbeitstage" (eighty-ninth).
  None: "mehrere Hundert Beschäftigte", "hundreds of schools" (seventeenth), "einen
  zweistelligen Millionenbetrag", "keinen Quadratmeter", "Every one of those blades", "jeden
  Euro", "einer zu viel", "in den Schuldienst", "half-year profit" and "interim dividend"
  (no fraction, no ordinal, as "half-year profits" in an earlier batch).
- Ordinals and fractions: "the second annual fall in a row" 2, "the second in two weeks" 2
  and 2 weeks, "zum dritten Mal in Folge" 3 (the issue's "zum zweiten Mal"), "in der zweiten
  Runde" 2, "in der dritten Runde" 3 (in the threat, labelled); "fell by nearly a quarter"
  0.25 "nearly", "Jeder fünfte Arbeitslose" 0.2, "Knapp ein Drittel davon" 0.3333 "nearly",
  "jede vierte neu angestellte Lehrkraft" 0.25, "um rund ein Drittel über dem Niveau von
  2021" 0.3333 "about" (the "über" after the share compares, hundred-first), "by a third"
  0.3333 (in the chair's question).
- Percentages: "18% fewer than the year before" and "knapp 2 Prozent weniger" ("nearly" from
  "knapp"; the "weniger" after the figure compares), "um rund 40 Prozent über jenen der
  US-Konkurrenz" "about", "less than 40% of capacity" "under", "About 30% of claims"
  "about", "acht Prozent mehr Geld" (no hedge), "ein Plus von 5,5 Prozent", "um 9,4
  Prozent", "mit 63,1 Prozent", "at 71.2%, below the 75% target" (no hedge), "above the
  usual 5% cap", "fallen 11% behind inflation", "a 4.2% pay offer", "up 8%", "fell 3.4%".
- Durations and ages (the issue: "fünfstündigen"; every batch): "for about 184,000 hours
  ..., down from 236,000 hours" (the first "about"), "for three years", "over three years"
  and "over five years" ("over" before a span no hedge, hundred-sixteenth), "three years in
  a row" 3 years (hundred-twentieth: "for nine months in a row"), "from 94 days to 41" both
  in days (the unit written once, seventy-sixth), "Dreieinhalb Jahre lang" 3.5 years, "zu
  fünf Jahren Haft", "six years in federal prison", "zu drei Jahren und neun Monaten Haft"
  both units, "viereinhalb Jahre Haft" 4.5 years, "no more than 30 months" 30 months
  "at_most" (hundred-eighteenth), "bei einer Laufzeit von 27 Monaten", "länger als zwei
  Jahre" 2 years "over" (hundred-twentieth: "longer than"), "bis zu 18 Stunden pro Woche" 18
  hours "up_to" ("pro Woche" none), "for 10 days from March 3", "after six hours", "more
  than 12 hours in A&E" 12 hours "over", "for 36 hours straight", "for nearly nine hours"
  "nearly", "in unserer 150-jährigen Geschichte" 150 years (hundred-ninth: "its 56-year
  history"), "seit 300 Jahren" (in a negative, labelled); "fourteen years of austerity" (in
  a negative, labelled). Ages are durations in years ("einen 52-jährigen Finanzberater",
  "der 61-Jährige", "A 17-year-old boy", "aged 15 and 16" both, "jünger als 25 Jahre" 25
  "under" (eighty-third: "jünger als 14 Jahre"), "among over-65s" 65 "over" (twenty-third,
  hundred-eleventh), and in negatives "Marcy Dalton, 61,", "Kessler, 58,", "Jorge Medina,
  44,", "Eine 78-jährige Anlegerin"). None: "ganztägigen" (twelfth, forty-eighth,
  hundredth), "mehrtägige", "bei einer Laufzeit von einem Jahr" (an article, seventy-sixth),
  "ein Jahr zuvor", "im Jahr davor", "vor einem Jahr", "im Vorjahr", "im Jahresschnitt",
  "heuer", "in diesem Winter", "seit Jahren", "im Jahr", "a year", "a year ago", "a year
  earlier", "last year", "this year", "this summer", "in the past year", "a brutal decade",
  "in the year to March", "a day", "an hour", "bis Mitte nächsten Jahres", "by summer",
  weekdays, months, seasons and clock times.
- Money in the currency written (every batch): EUR ("insgesamt 3,2 Millionen Euro",
  "zwischen 150 und 220 Euro" both with no hedge - "zwischen" no hedge, forty-first -, "auf
  450 Euro", "mindestens 350 Euro im Monat" "at_least", "insgesamt 186.000 Euro", "Aufträge
  über rund 9 Millionen Euro" "about" - "über" the preposition the noun governs,
  hundred-sixteenth, "rund" the hedge -, "31 Millionen Euro", "1,36 Milliarden Euro", "310
  million euros", "400 million euros", "1.2 billion euros"), CHF ("von 1,4 Milliarden
  Franken ..., budgetiert waren 2,6 Milliarden" both CHF - the currency written once serves
  the later figure, hundred-seventeenth and hundred-nineteenth -, "um 1,1 Milliarden auf
  139,8 Milliarden Franken" both CHF - and the earlier one, hundred-twenty-fourth -, "bis zu
  drei Milliarden Franken" "up_to", "mehr als 400'000 Franken" "over", "insgesamt 22
  Millionen Franken"), GBP ("2.1 million pounds", "612 pounds a year", "a 250 million pound
  fund" - the compound read as written, hundred-twenty-fourth: "The 15-cent increase" -,
  "15.10 pounds an hour"), USD ("a $68 million public safety fund", "$318 million", "$4.7
  million", "at least $640,000" "at_least", "$1.9 million", "70.1 U.S. cents" 0.701 - cents
  are USD hundredths, hundred-nineteenth: "64.8 US cents"), CAD ("C$6.5 billion", "C$48.2
  billion, about C$6 billion more" the second "about"), AUD ("A$412 million", "18 Australian
  cents a share" 0.18 - the hundredths of the currency the copy names, as "60 cents a share"
  after "A$5.7bn", fifteenth -, "A$19.80 a tonne", "about A$455 million" "about", "A$6.12").
  "a share", "a tonne", "an hour", "a year", "im Jahr", "im Monat" carry none.
- Years and dates: "seit 2015", "seit 1999", "seit 2014", "since 2014", "bis Ende 2027" and
  "by mid-2027", "since 2023", "since 2020", "since 2021", "seit 2023", "ab 2027", "bis
  2030", "2024", "in 2024", "seit der Saison 2017/18" both years (hundred-eleventh: "Saison
  2020/21"), "since records began in 2017", "2023" in a quote, "bis Ende 2028", "von 2021",
  "zwischen 2018 und 2022" both ("zwischen" no hedge), "twice since 2022" the years; "mit 1.
  April" --04-01 (tenth: "mit 1. Jänner"), "mit Stichtag 1. März" --03-01, "am 4. März"
  --03-04 (in the threat, labelled), "due on March 4" --03-04, "from March 3" --03-03,
  "ending March 31" --03-31 dates without a year; Reuters and AFP datelines with a day
  ("LONDON, Jan 13", "PARIS, Jan 27", "OTTAWA, Feb 13", "PARIS, Feb 27 (AFP)", "MELBOURNE,
  March 4", "DUBLIN, March 18"; hundred-fifteenth: "PARIS, Aug 12 (AFP)") dates without a
  year; APA, dpa, dpa/lby, dpa/lni, dpa/lsw, dpa/lnw, Keystone-SDA, AP ("CHICAGO (AP) —",
  "SANTA ROSA, Calif. (AP) —", "BOSTON (AP) —", "DENVER (AP) —", "NEWARK, N.J. (AP) —") and
  PA datelines none (seventy-ninth).
- Hedges, only the names in use: "rund", "about", "About", "roughly" "about"; "knapp",
  "Knapp", "nearly" "nearly"; "mehr als", "more than", "More than", "länger als", "over-65s"
  "over"; "less than", "jünger als" "under"; "mindestens", "at least" "at_least"; "bis zu",
  "up to" "up_to"; "no more than" "at_most". No hedge: "insgesamt", "davon", "Only",
  "zwischen", "an average of", "bereits", "more" and "weniger", "fewer" after a figure,
  "over" before a span, "über" before an article or after a share.
- Speakers, checked only in forms the earlier batches settled: "teilte die Polizei mit" ->
  "die Polizei", "teilte die Bundesagentur für Arbeit mit", "teilte das Unternehmen am
  Donnerstag mit" -> "das Unternehmen" and "teilte das Institut am Mittwoch mit" -> "das
  Institut" (the weekday dropped, hundred-fourteenth; hundred-fifteenth: "das Institut"),
  "teilte der Landesverband mit" -> "der Landesverband" (hundred-twenty-fourth: "teilte der
  Landkreis mit"), "Nach Angaben der Gewerkschaft" -> "die Gewerkschaft"
  (hundred-nineteenth); "sagte X" with the title dropped ("Finanzministerin ... vor den
  Medien" with the audience dropped, "Betriebsratschef", "Oberbürgermeister ... am Freitag"
  with the weekday dropped, "Richterin ... in der Urteilsbegründung" above,
  "Geschäftsführer", "CEO", "der Vorsitzende Richter" - article and title dropped, as "sagte
  deren Intendant Fabian Korte", hundred-twenty-first), surnames as written ("sagte
  Obermaier", "sagte Aumayr", "sagte Leuenberger", "sagte Kulessa", "sagte Wendling", "sagte
  Stöckl"; ninety-fifth), "Zauner sagte, ..." opening the row -> "Zauner", "Imboden zufolge"
  -> "Imboden" and "Laut Thaler" -> "Thaler" (hundred-twenty-seventh: "Dreßler zufolge",
  "laut Gesundheitsstadtrat Thomas Gradwohl"), "so Lawinenwarndienst-Leiter Rudolf Kapferer"
  -> "Rudolf Kapferer" (hundred-twenty-fourth: "so IHS-Chef Holger Bamberger"). English:
  "police said Monday" -> "police" (the weekday dropped, forty-second) and "police said"
  (seventeenth), "Whitlock said", "Odum said", "Penhallow said", "Ellery said", "Belhadj
  said", "Aubertin said", "Pelletier said", "Griswold said", "Askwith said", "Lambertin
  said" (twice), "McLeary said", "Madigan said", "Broadnax said", "Rangan said" the surname
  as written; the name with the title or rank dropped ("Gareth Penhallow said" after the
  role in the row before, "Council leader", "Chief Executive" twice, "Industry Minister",
  "Board of Supervisors Chair", "Chief Constable" - hundred-eighteenth: a police rank -,
  "Finance Minister ... said on Thursday", "U.S. District Judge" - hundred-eighteenth: the
  judicial title -, "Unite regional officer", "Agriculture Minister ... said on Thursday at
  the Paris farm show" - the occasion dropped as "at a news conference", hundred-nineteenth
  -, "FNSEA vice-president", "Mayor", "Fire Chief"), ""...," Lindahl said." after a quote
  (eighteenth); "the company said on Tuesday" -> "the company" and "the airline said on
  Wednesday" -> "the airline" (the weekday dropped, hundred-nineteenth), "Ofwat said",
  "Unite said", "Xcel Energy said" and "NHS England said" as written (eighteenth), "The
  Department of Transport said ..." opening the row -> "the Department of Transport"
  (hundred-fourteenth), "according to the California Department of Insurance" and "according
  to the airport" with the article (ninety-eighth; the state's name is part of the
  department's proper name, as "the Swedish Academy", hundred-twenty-first). Left unchecked
  (None): "fügte er hinzu", "fügte sie hinzu", "sagte sie", "He said", "She said"
  (pronouns), "wie sie am Sonntag mitteilte" (a pronoun), "fügte der Minister hinzu", "sagte
  die Bürgermeisterin", "sagte die Richterin", "the judge ordered", "its chief executive
  told", "the force's chief constable said" (roles, a possessive heading the source,
  eighty-third), "The governor's office said", "Sonoma County officials said", "officials
  said", "Detectives said", "Analysts at Macquarie" (plural groups, forty-first), "according
  to department figures" and "under budget plans" (documents), "kündigte ... an", "rechnete
  die Arbeiterkammer vor" (hundredth), "registrierte die Polizei", "lehnte ... ab", "schloss
  ... aus", "wies ... zurück", "meldete ... an", "hatte ... gefordert", "had asked", rows
  without attribution and all negatives, also those with a named speaker.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_131 = [
    # --- Silvesterbilanz der Wiener Polizei (APA) ---
    (
        "de",
        "Wien (APA) - Die Wiener Polizei hat in der Silvesternacht 47 Personen festgenommen und mehr als 1.300 Anzeigen nach dem Pyrotechnikgesetz erstattet.",
        True,
        [("count", 47, None, None), ("count", 1300, None, "over")],
        None,
    ),
    (
        "de",
        "Elf Menschen wurden durch Feuerwerkskörper verletzt, drei davon schwer, teilte die Polizei mit.",
        True,
        [("count", 11, None, None), ("count", 3, None, None)],
        "die Polizei",
    ),
    (
        "de",
        "„Insgesamt war es eine ruhige Nacht, die Wienerinnen und Wiener haben friedlich gefeiert“, sagte Landespolizeipräsident Herbert Zauner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Zauner sagte, in Favoriten sei eine Gruppe von rund 60 Jugendlichen mit Raketen auf eine Streife losgegangen, zwei Beamte seien leicht verletzt worden.",
        True,
        [("count", 60, None, "about"), ("count", 2, None, None)],
        "Zauner",
    ),
    ("de", "Das sei „inakzeptabel und feige“, fügte er hinzu.", False, [], None),
    (
        "de",
        "„Wer auf Polizisten schießt, der feiert nicht, der begeht eine Straftat“, sagte der Innenminister.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Landespolizeidirektion dankte den eingesetzten Beamtinnen und Beamten für ihren „unermüdlichen Einsatz“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ein generelles Böllerverbot lehnte Zauner erneut ab, die Verbotszonen in der Innenstadt bleiben aber bestehen.",
        True,
        [],
        None,
    ),
    # --- Chicago homicides (AP) ---
    (
        "en",
        "CHICAGO (AP) — Chicago recorded 431 homicides last year, the fewest since 2014 and 18% fewer than the year before, police said Monday.",
        True,
        [("count", 431, None, None), ("year", 2014, None, None), ("percent", 18, "%", None)],
        "police",
    ),
    (
        "en",
        "Shootings fell by nearly a quarter, to 1,893, according to department figures.",
        True,
        [("fraction", 0.25, None, "nearly"), ("count", 1893, None, None)],
        None,
    ),
    (
        "en",
        '"This is what happens when officers, pastors, coaches and families pull in the same direction," Police Superintendent Darius Whitlock said at a news conference.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Whitlock said officers had seized more than 11,000 illegal guns in the past year, a record for the department.",
        True,
        [("count", 11000, None, "over")],
        "Whitlock",
    ),
    ("en", 'He said the city was "finally turning the page" on a brutal decade.', False, [], None),
    (
        "en",
        'Mayor Renee Odum promised residents that "every block in this city will feel safer by summer."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Odum said the city would hire 300 more detectives this year, paid for from a $68 million public safety fund.",
        True,
        [("count", 300, None, None), ("money", 68000000, "USD", None)],
        "Odum",
    ),
    (
        "en",
        "Relatives of victims who stood at the back of the room said the figures offered them little comfort.",
        False,
        [],
        None,
    ),
    # --- Arbeitsmarkt im Dezember (dpa) ---
    (
        "de",
        "Nürnberg (dpa) - Im Dezember waren in Deutschland 2,98 Millionen Menschen arbeitslos gemeldet, 91.000 mehr als ein Jahr zuvor.",
        True,
        [("count", 2980000, None, None), ("count", 91000, None, None)],
        None,
    ),
    (
        "de",
        "Die Arbeitslosenquote lag bei 6,3 Prozent, teilte die Bundesagentur für Arbeit mit.",
        True,
        [("percent", 6.3, "%", None)],
        "die Bundesagentur für Arbeit",
    ),
    (
        "de",
        "„Der Arbeitsmarkt steht unter Druck, aber er ist nicht gebrochen“, sagte BA-Chefin Karin Obermaier.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Im Jahresschnitt seien 2,89 Millionen Menschen ohne Job gewesen, so viele wie seit 2015 nicht mehr, sagte Obermaier.",
        True,
        [("count", 2890000, None, None), ("year", 2015, None, None)],
        "Obermaier",
    ),
    (
        "de",
        "Jeder fünfte Arbeitslose sei länger als zwei Jahre ohne Beschäftigung, fügte sie hinzu.",
        True,
        [("fraction", 0.2, None, None), ("duration", 2, "year", "over")],
        None,
    ),
    (
        "de",
        "Bundesarbeitsministerin Ulrike Sendler sprach von einem „Weckruf für alle, die glauben, der Fachkräftemangel löse das Problem von allein“.",
        False,
        [],
        None,
    ),
    ("de", "„Wir lassen niemanden zurück, der arbeiten will“, versprach Sendler.", False, [], None),
    (
        "de",
        "Ökonomen erwarten, dass die Zahl der Arbeitslosen im Februar die Drei-Millionen-Marke übersteigt.",
        True,
        [("count", 3000000, None, None)],
        None,
    ),
    # --- Water company bonuses (Reuters) ---
    (
        "en",
        "LONDON, Jan 13 (Reuters) - Eastmoor Water paid 2.1 million pounds in bonuses to its senior managers last year, its chief executive told a parliamentary committee on Tuesday.",
        True,
        [("date", "--01-13", None, None), ("money", 2100000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Gareth Penhallow said Eastmoor's storm overflows had spilled sewage for about 184,000 hours in 2024, down from 236,000 hours a year earlier.",
        True,
        [("duration", 184000, "hour", "about"), ("year", 2024, None, None), ("duration", 236000, "hour", None)],
        "Gareth Penhallow",
    ),
    ("en", 'He said the bonuses were "a fair reward for a team that has worked incredibly hard."', False, [], None),
    ("en", '"I am not going to apologise for paying people properly," Penhallow said.', False, [], None),
    (
        "en",
        'Committee chair Alison Treharne asked him whether he understood "how this looks to a family whose bill has gone up by a third."',
        False,
        [("fraction", 0.3333, None, None)],
        None,
    ),
    (
        "en",
        "Penhallow said average household bills would rise 26% in April, to 612 pounds a year, under the price settlement approved by the regulator Ofwat.",
        True,
        [("percent", 26, "%", None), ("money", 612, "GBP", None)],
        "Penhallow",
    ),
    ("en", 'Treharne later called the session "a masterclass in not answering the question."', False, [], None),
    (
        "en",
        "Ofwat said it had opened an enforcement case against Eastmoor in November over how it reported spills.",
        True,
        [],
        "Ofwat",
    ),
    # --- Bundesrechnung (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Bund hat das vergangene Jahr mit einem Defizit von 1,4 Milliarden Franken abgeschlossen, budgetiert waren 2,6 Milliarden.",
        True,
        [("money", 1400000000, "CHF", None), ("money", 2600000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Grund für das bessere Ergebnis seien vor allem höhere Einnahmen aus der Verrechnungssteuer, sagte Finanzministerin Regula Imboden vor den Medien.",
        True,
        [],
        "Regula Imboden",
    ),
    ("de", "«Von Entwarnung kann keine Rede sein», sagte Imboden.", False, [], None),
    (
        "de",
        "Imboden zufolge drohen ab 2027 ohne Gegenmassnahmen jährliche Fehlbeträge von bis zu drei Milliarden Franken.",
        True,
        [("year", 2027, None, None), ("money", 3000000000, "CHF", "up_to")],
        "Imboden",
    ),
    ("de", "Die Schuldenbremse habe sich einmal mehr bewährt, sagte sie.", False, [], None),
    (
        "de",
        "Die Bruttoschulden sanken um 1,1 Milliarden auf 139,8 Milliarden Franken.",
        True,
        [("money", 1100000000, "CHF", None), ("money", 139800000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Die SP warf der Finanzministerin vor, mit «Schwarzmalerei» einen Sparkurs bei der Bildung vorzubereiten.",
        False,
        [],
        None,
    ),
    ("de", "Ob das Parlament im Sommer das Entlastungspaket durchbringt, ist offen.", False, [], None),
    # --- Birmingham budget (PA) ---
    (
        "en",
        "BIRMINGHAM (PA) - Council tax in Birmingham will go up by 7.5% from April and 14 of the city's 35 libraries will close, under budget plans published on Monday.",
        True,
        [("percent", 7.5, "%", None), ("count", 14, None, None), ("count", 35, None, None)],
        None,
    ),
    (
        "en",
        "Council leader Marcus Ellery said the authority had already cut 1,100 posts since 2023.",
        True,
        [("count", 1100, None, None), ("year", 2023, None, None)],
        "Marcus Ellery",
    ),
    ("en", '"Nobody went into public service to close libraries," Ellery said.', False, [], None),
    (
        "en",
        'He blamed "fourteen years of austerity" for the state of the council\'s finances.',
        False,
        [("duration", 14, "year", None)],
        None,
    ),
    (
        "en",
        "Ellery said the government had allowed the council to raise bills above the usual 5% cap, as it did last year.",
        True,
        [("percent", 5, "%", None)],
        "Ellery",
    ),
    (
        "en",
        'Unison branch secretary Dawn Pryor called the plans "a slow-motion demolition of local services."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Parents piled children's picture books on the steps of the Library of Birmingham as volunteers handed out leaflets.",
        False,
        [],
        None,
    ),
    ("en", "A final vote on the budget is due on March 4.", True, [("date", "--03-04", None, None)], None),
    # --- Stellenabbau bei Traunfeld (APA) ---
    (
        "de",
        "Linz (APA) - Der oberösterreichische Stahlverarbeiter Traunfeld baut bis Ende 2027 rund 650 seiner 4.100 Stellen ab.",
        True,
        [("year", 2027, None, None), ("count", 650, None, "about"), ("count", 4100, None, None)],
        None,
    ),
    (
        "de",
        "Das Werk in Steyr mit derzeit 380 Beschäftigten wird bis Mitte nächsten Jahres geschlossen, teilte das Unternehmen am Donnerstag mit.",
        True,
        [("count", 380, None, None)],
        "das Unternehmen",
    ),
    ("de", "„Diese Entscheidung ist mir nicht leichtgefallen“, sagte Vorstandschef Bernhard Aumayr.", False, [], None),
    (
        "de",
        "Die Energiekosten lägen in Österreich um rund 40 Prozent über jenen der US-Konkurrenz, sagte Aumayr.",
        True,
        [("percent", 40, "%", "about")],
        "Aumayr",
    ),
    (
        "de",
        "Österreich sei als Industriestandort „auf dem besten Weg, sich abzuschaffen“, fügte er hinzu.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Die Belegschaft hat 2023 auf die Lohnerhöhung verzichtet, und das ist jetzt der Dank dafür“, sagte Betriebsratschef Manfred Hinterleitner.",
        True,
        [("year", 2023, None, None)],
        "Manfred Hinterleitner",
    ),
    (
        "de",
        "Landeshauptmann Thomas Pramböck rief das Management auf, „um jeden einzelnen Arbeitsplatz zu kämpfen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Land stelle für eine Arbeitsstiftung einen zweistelligen Millionenbetrag bereit, kündigte Pramböck an.",
        True,
        [],
        None,
    ),
    # --- Valcourt plant closure (Reuters) ---
    (
        "en",
        "PARIS, Jan 27 (Reuters) - French carmaker Valcourt will close its plant in Douai by mid-2027, cutting about 1,900 jobs, the company said on Tuesday.",
        True,
        [("date", "--01-27", None, None), ("year", 2027, None, None), ("count", 1900, None, "about")],
        "the company",
    ),
    (
        "en",
        "Chief Executive Hélène Marchetti said the factory had run at less than 40% of capacity for three years.",
        True,
        [("percent", 40, "%", "under"), ("duration", 3, "year", None)],
        "Hélène Marchetti",
    ),
    (
        "en",
        '"We are doing this to save our other eleven plants, not to please shareholders," Marchetti told reporters.',
        False,
        [("count", 11, None, None)],
        None,
    ),
    (
        "en",
        'The CGT union\'s delegate at the plant, Karim Belhadj, called the closure "a crime against a whole region."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Belhadj said the company had received 310 million euros in state aid since 2020.",
        True,
        [("money", 310000000, "EUR", None), ("year", 2020, None, None)],
        "Belhadj",
    ),
    (
        "en",
        "Industry Minister Olivier Castagnède said the government would demand that Valcourt repay any subsidies tied to jobs at Douai.",
        True,
        [],
        "Olivier Castagnède",
    ),
    ("en", '"The state will not stand by with its arms folded," Castagnède said.', False, [], None),
    (
        "en",
        "Smoke from burning pallets drifted over the factory gate as workers gathered in the rain.",
        False,
        [],
        None,
    ),
    # --- Wohnungsbau in München (dpa/lby) ---
    (
        "de",
        "München (dpa/lby) - In München sind im vergangenen Jahr 7.420 neue Wohnungen fertiggestellt worden, so viele wie seit 1999 nicht mehr.",
        True,
        [("count", 7420, None, None), ("year", 1999, None, None)],
        None,
    ),
    (
        "de",
        "Knapp ein Drittel davon seien geförderte Wohnungen gewesen, sagte Oberbürgermeister Matthias Reindl am Freitag.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        "Matthias Reindl",
    ),
    ("de", "„München baut, und München baut für alle“, sagte Reindl.", False, [], None),
    (
        "de",
        "Die Stadt werde bis 2030 jedes Jahr mindestens 8.500 Wohnungen genehmigen, kündigte Reindl an.",
        True,
        [("year", 2030, None, None), ("count", 8500, None, "at_least")],
        None,
    ),
    (
        "de",
        "Die CSU-Fraktion sprach von „Schönfärberei“: Die Zahl der Baugenehmigungen sei 2024 um 22 Prozent eingebrochen.",
        True,
        [("year", 2024, None, None), ("percent", 22, "%", None)],
        None,
    ),
    (
        "de",
        "„Wer hier eine Wohnung sucht, braucht Glück und ein dickes Konto“, sagte Mietervereinschefin Beatrix Zellner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Reindl versprach, die Stadt werde „keinen Quadratmeter städtischen Grund mehr an Investoren verkaufen“.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ob die gesunkenen Zinsen den Wohnungsbau wieder beleben, wollte Reindl nicht prognostizieren.",
        False,
        [],
        None,
    ),
    # --- Rebuilding after the Mayacamas Fire (AP) ---
    (
        "en",
        "SANTA ROSA, Calif. (AP) — Only 212 of the roughly 1,240 homes destroyed in last summer's Mayacamas Fire have been issued rebuilding permits, Sonoma County officials said Monday.",
        True,
        [("count", 212, None, None), ("count", 1240, None, "about")],
        None,
    ),
    (
        "en",
        "Board of Supervisors Chair Linda Ostrander said the county had cut the average wait for a permit from 94 days to 41.",
        True,
        [("duration", 94, "day", None), ("duration", 41, "day", None)],
        "Linda Ostrander",
    ),
    ("en", '"We are not going to let red tape finish what the fire started," Ostrander said.', False, [], None),
    (
        "en",
        "The governor's office said the state had spent $318 million on debris removal and temporary housing in the county.",
        True,
        [("money", 318000000, "USD", None)],
        None,
    ),
    ("en", 'The governor promised survivors they "will not be forgotten in Sacramento."', False, [], None),
    (
        "en",
        "About 30% of claims filed after the fire have been rejected or remain unsettled, according to the California Department of Insurance.",
        True,
        [("percent", 30, "%", "about")],
        "the California Department of Insurance",
    ),
    ("en", 'Residents have accused insurers of "stalling until people give up."', False, [], None),
    (
        "en",
        'Marcy Dalton, 61, who lost the house she had lived in for 27 years, said she was "living out of a suitcase and a prayer."',
        False,
        [("duration", 61, "year", None), ("duration", 27, "year", None)],
        None,
    ),
    # --- Anlagebetrug vor dem Landesgericht Innsbruck (APA) ---
    (
        "de",
        "Innsbruck (APA) - Wegen schweren gewerbsmäßigen Betrugs hat das Landesgericht Innsbruck einen 52-jährigen Finanzberater aus dem Unterland zu fünf Jahren Haft verurteilt.",
        True,
        [("duration", 52, "year", None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "de",
        "Dreieinhalb Jahre lang hatte er 73 Anlegerinnen und Anlegern eine Rendite von zwölf Prozent im Jahr versprochen und dafür insgesamt 3,2 Millionen Euro eingesammelt.",
        True,
        [
            ("duration", 3.5, "year", None),
            ("count", 73, None, None),
            ("percent", 12, "%", None),
            ("money", 3200000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Der Angeklagte habe das Geld „planmäßig und von Beginn an“ für seinen Lebensstil verwendet, sagte Richterin Andrea Wechselberger in der Urteilsbegründung.",
        True,
        [],
        "Andrea Wechselberger",
    ),
    (
        "de",
        "„Sie haben Menschen um ihre Altersvorsorge gebracht und dabei noch gelächelt“, sagte die Richterin.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Staatsanwalt hatte in seinem Schlussvortrag von einem „Schneeballsystem wie aus dem Lehrbuch“ gesprochen.",
        False,
        [],
        None,
    ),
    ("de", "„Mein Mandant ist ein gebrochener Mann“, sagte Verteidiger Klaus Pirchner.", False, [], None),
    ("de", "Pirchner meldete umgehend Berufung an, das Urteil ist damit nicht rechtskräftig.", True, [], None),
    (
        "de",
        "Eine 78-jährige Anlegerin aus Schwaz sagte vor dem Saal, sie habe „ein ganzes Leben Arbeit“ verloren.",
        False,
        [("duration", 78, "year", None)],
        None,
    ),
    # --- Knife crime in Greater Manchester (PA) ---
    (
        "en",
        "MANCHESTER (PA) - Knife crime in Greater Manchester fell by 14% last year to 3,870 offences, the second annual fall in a row, the force's chief constable said on Monday.",
        True,
        [("percent", 14, "%", None), ("count", 3870, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Chief Constable Ruth Calloway said officers had seized 2,310 knives through stop and search and amnesty bins.",
        True,
        [("count", 2310, None, None)],
        "Ruth Calloway",
    ),
    ("en", '"Every one of those blades is a funeral that didn\'t happen," Calloway said.', False, [], None),
    (
        "en",
        "A 17-year-old boy was stabbed in Moss Side on Sunday evening and is being treated in hospital for injuries that are not thought to be life-threatening, police said.",
        True,
        [("duration", 17, "year", None)],
        "police",
    ),
    ("en", 'Detectives said there was "no ongoing threat to the wider public."', False, [], None),
    (
        "en",
        "Two boys, aged 15 and 16, have been arrested on suspicion of attempted murder.",
        True,
        [("count", 2, None, None), ("duration", 15, "year", None), ("duration", 16, "year", None)],
        None,
    ),
    (
        "en",
        'Greater Manchester\'s mayor praised the "quiet, relentless work" of neighbourhood officers and youth workers.',
        False,
        [],
        None,
    ),
    ("en", "Calloway urged parents to talk to their children about the risks of carrying a knife.", False, [], None),
    # --- Ausschreitungen nach dem Zürcher Derby (Keystone-SDA) ---
    (
        "de",
        "Zürich (Keystone-SDA) - Bei Ausschreitungen nach dem Zürcher Derby sind am Samstagabend 14 Polizistinnen und Polizisten verletzt worden.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Die Stadtpolizei nahm 23 Personen fest, 19 davon sind jünger als 25 Jahre, wie sie am Sonntag mitteilte.",
        True,
        [("count", 23, None, None), ("count", 19, None, None), ("duration", 25, "year", "under")],
        None,
    ),
    (
        "de",
        "Der Sachschaden an Tramhaltestellen und Geschäften wird auf mehr als 400'000 Franken geschätzt.",
        True,
        [("money", 400000, "CHF", "over")],
        None,
    ),
    (
        "de",
        "«Was wir am Samstag gesehen haben, hat mit Fussball nichts zu tun», sagte Polizeikommandant Beat Leuenberger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Täter hätten die Einsatzkräfte gezielt mit Pyros und Pflastersteinen angegriffen, sagte Leuenberger.",
        True,
        [],
        "Leuenberger",
    ),
    (
        "de",
        "Sicherheitsvorsteherin Daniela Häberli kündigte an, die Gästesektoren für die nächsten drei Heimspiele zu schliessen.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    ("de", "Kollektivstrafen träfen die Falschen, kritisierte die Fanarbeit Zürich.", False, [], None),
    (
        "de",
        "«Wir werden diese Gewalt nicht hinnehmen, weder im Stadion noch auf der Strasse», sagte Häberli.",
        False,
        [],
        None,
    ),
    # --- Canada tariff relief (Reuters) ---
    (
        "en",
        "OTTAWA, Feb 13 (Reuters) - Canada will spend C$6.5 billion over three years to support industries hit by U.S. tariffs, Finance Minister Daniel Aubertin said on Thursday.",
        True,
        [("date", "--02-13", None, None), ("money", 6500000000, "CAD", None), ("duration", 3, "year", None)],
        "Daniel Aubertin",
    ),
    (
        "en",
        '"Canadians can be confident that their government has their back," Aubertin told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Aubertin said the deficit for the fiscal year ending March 31 would come in at C$48.2 billion, about C$6 billion more than forecast in the fall.",
        True,
        [("date", "--03-31", None, None), ("money", 48200000000, "CAD", None), ("money", 6000000000, "CAD", "about")],
        "Aubertin",
    ),
    ("en", 'He called the deficit "the responsible price of standing up for Canadian workers."', False, [], None),
    (
        "en",
        'Conservative finance critic Shauna Pelletier called the package "a bandage on a bullet wound."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Pelletier said the government had now missed its own deficit target three years in a row.",
        True,
        [("duration", 3, "year", None)],
        "Pelletier",
    ),
    (
        "en",
        "The Canadian dollar was little changed at 70.1 U.S. cents after the announcement.",
        True,
        [("money", 0.701, "USD", None)],
        None,
    ),
    ("en", "Economists expect the Bank of Canada to cut rates again in March.", False, [], None),
    # --- Warnstreik im Nahverkehr (dpa/lni) ---
    (
        "de",
        "Hannover (dpa/lni) - Mit einem ganztägigen Warnstreik hat Verdi am Montag den Nahverkehr in elf niedersächsischen Städten weitgehend lahmgelegt.",
        True,
        [("count", 11, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der Gewerkschaft legten rund 4.600 Beschäftigte die Arbeit nieder.",
        True,
        [("count", 4600, None, "about")],
        "die Gewerkschaft",
    ),
    (
        "de",
        "Verdi fordert für die Beschäftigten acht Prozent mehr Geld, mindestens 350 Euro im Monat, bei einer Laufzeit von einem Jahr.",
        True,
        [("percent", 8, "%", None), ("money", 350, "EUR", "at_least")],
        None,
    ),
    (
        "de",
        "„Die Kolleginnen und Kollegen fahren seit Jahren am Limit, und die Arbeitgeber tun so, als ginge sie das nichts an“, sagte Verdi-Landesbezirksleiterin Andrea Kulessa.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Arbeitgeber hätten in zwei Verhandlungsrunden kein Angebot vorgelegt, sagte Kulessa.",
        True,
        [("count", 2, None, None)],
        "Kulessa",
    ),
    (
        "de",
        "Der Kommunale Arbeitgeberverband wies das zurück: Man habe in der zweiten Runde ein Plus von 5,5 Prozent bei einer Laufzeit von 27 Monaten angeboten.",
        True,
        [("ordinal", 2, None, None), ("percent", 5.5, "%", None), ("duration", 27, "month", None)],
        None,
    ),
    (
        "de",
        "Die Forderung sei „für die Kommunen schlicht nicht bezahlbar“, sagte KAV-Hauptgeschäftsführer Jens Overbeck.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Sollte es in der dritten Runde am 4. März keine Einigung geben, seien auch mehrtägige Streiks denkbar, drohte Kulessa.",
        False,
        [("ordinal", 3, None, None), ("date", "--03-04", None, None)],
        None,
    ),
    # --- Boston housing official sentenced (AP) ---
    (
        "en",
        "BOSTON (AP) — A former Boston housing official was sentenced Wednesday to six years in federal prison for steering $4.7 million in city repair contracts to companies run by his relatives.",
        True,
        [("duration", 6, "year", None), ("money", 4700000, "USD", None)],
        None,
    ),
    (
        "en",
        "U.S. District Judge Eleanor Hartwell said Raymond Kessler had taken at least $640,000 in kickbacks over five years.",
        True,
        [("money", 640000, "USD", "at_least"), ("duration", 5, "year", None)],
        "Eleanor Hartwell",
    ),
    (
        "en",
        'She said his conduct was "a betrayal of every family that waited in a cold apartment for a repair that never came."',
        False,
        [],
        None,
    ),
    (
        "en",
        '"I am ashamed, and I accept full responsibility," Kessler, 58, told the court.',
        False,
        [("duration", 58, "year", None)],
        None,
    ),
    (
        "en",
        "His attorney, Michael Dunphy, had asked for a sentence of no more than 30 months, citing Kessler's cooperation with investigators.",
        True,
        [("duration", 30, "month", "at_most")],
        None,
    ),
    (
        "en",
        "Kessler must also repay $1.9 million and forfeit his house in Quincy, the judge ordered.",
        True,
        [("money", 1900000, "USD", None)],
        None,
    ),
    (
        "en",
        'Acting U.S. Attorney Paul Griswold said the case showed that "no one is above the law in this city."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Griswold said two of Kessler's relatives are awaiting trial on related charges.",
        True,
        [("count", 2, None, None)],
        "Griswold",
    ),
    # --- Fernwärme in Graz (APA) ---
    (
        "de",
        "Graz (APA) - Die Energie Graz senkt mit 1. April den Fernwärmepreis für Haushalte um 12 Prozent.",
        True,
        [("date", "--04-01", None, None), ("percent", 12, "%", None)],
        None,
    ),
    (
        "de",
        "Für einen durchschnittlichen Haushalt bedeute das eine Ersparnis zwischen 150 und 220 Euro im Jahr, sagte Geschäftsführer Rupert Hasenhüttl.",
        True,
        [("money", 150, "EUR", None), ("money", 220, "EUR", None)],
        "Rupert Hasenhüttl",
    ),
    (
        "de",
        "Bürgermeisterin Ingrid Wallner-Koch sprach von einer „guten Nachricht für alle Grazerinnen und Grazer“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Niemand in dieser Stadt soll sich zwischen Heizen und Essen entscheiden müssen“, sagte Wallner-Koch.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Stadt verdopple dennoch den Heizkostenzuschuss für Bezieherinnen und Bezieher der Sozialunterstützung auf 450 Euro, sagte die Bürgermeisterin.",
        True,
        [("money", 450, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Wir wissen, dass viele Menschen derzeit jeden Euro zweimal umdrehen müssen“, sagte Hasenhüttl.",
        False,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die ÖVP warf der Stadtregierung vor, die Senkung „viel zu spät und viel zu zaghaft“ umzusetzen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Selbst nach der Senkung liege der Preis um rund ein Drittel über dem Niveau von 2021, rechnete die Arbeiterkammer vor.",
        True,
        [("fraction", 0.3333, None, "about"), ("year", 2021, None, None)],
        None,
    ),
    # --- West Yorkshire bus strike (PA) ---
    (
        "en",
        "LEEDS (PA) - Bus drivers at Northway Buses in West Yorkshire will strike for 10 days from March 3 after rejecting a 4.2% pay offer, Unite said.",
        True,
        [("duration", 10, "day", None), ("date", "--03-03", None, None), ("percent", 4.2, "%", None)],
        "Unite",
    ),
    (
        "en",
        "Unite regional officer Carla Benning said drivers' pay had fallen 11% behind inflation since 2021.",
        True,
        [("percent", 11, "%", None), ("year", 2021, None, None)],
        "Carla Benning",
    ),
    (
        "en",
        '"Our members are sick of being treated like something the company trod in," Benning said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Northway managing director Tom Askwith said the offer was "fair, generous and the best in the region."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Askwith said the offer would raise a driver's basic pay to 15.10 pounds an hour.",
        True,
        [("money", 15.1, "GBP", None)],
        "Askwith",
    ),
    ("en", "He urged the union to put the offer to its members in a fresh ballot.", False, [], None),
    (
        "en",
        'West Yorkshire\'s mayor said she was "deeply disappointed" and called on both sides to go back to talks.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Talks at the conciliation service Acas broke down on Friday after six hours.",
        True,
        [("duration", 6, "hour", None)],
        None,
    ),
    # --- Kriminalstatistik Baden-Württemberg (dpa/lsw) ---
    (
        "de",
        "Stuttgart (dpa/lsw) - Die Zahl der Messerangriffe in Baden-Württemberg ist im vergangenen Jahr zum dritten Mal in Folge gestiegen, um 9,4 Prozent auf 2.187 Fälle.",
        True,
        [("ordinal", 3, None, None), ("percent", 9.4, "%", None), ("count", 2187, None, None)],
        None,
    ),
    (
        "de",
        "Insgesamt registrierte die Polizei rund 541.000 Straftaten, knapp 2 Prozent weniger als im Jahr davor.",
        True,
        [("count", 541000, None, "about"), ("percent", 2, "%", "nearly")],
        None,
    ),
    (
        "de",
        "„Messer haben in unseren Innenstädten nichts verloren“, sagte Innenminister Tobias Wendling bei der Vorstellung der Kriminalstatistik.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Aufklärungsquote liege mit 63,1 Prozent so hoch wie seit 2014 nicht mehr, sagte Wendling.",
        True,
        [("percent", 63.1, "%", None), ("year", 2014, None, None)],
        "Wendling",
    ),
    (
        "de",
        "Seit Einführung der Waffenverbotszonen in Stuttgart und Mannheim habe die Polizei dort 412 Messer sichergestellt, fügte der Minister hinzu.",
        True,
        [("count", 412, None, None)],
        None,
    ),
    ("de", "Die SPD warf dem Minister vor, mit „Symbolpolitik“ von fehlendem Personal abzulenken.", False, [], None),
    (
        "de",
        "Wendling versprach, jede Polizistin und jeden Polizisten, „den wir brauchen“, auch auf die Straße zu bringen.",
        False,
        [],
        None,
    ),
    ("de", "Kritiker bezweifeln, dass die Verbotszonen mehr sind als ein Signal.", False, [], None),
    # --- Bluetongue aid at the Paris farm show (AFP) ---
    (
        "en",
        "PARIS, Feb 27 (AFP) - France will release 400 million euros in emergency aid for livestock farmers hit by bluetongue disease, Agriculture Minister Sophie Lambertin said on Thursday at the Paris farm show.",
        True,
        [("date", "--02-27", None, None), ("money", 400000000, "EUR", None)],
        "Sophie Lambertin",
    ),
    (
        "en",
        "Lambertin said more than 6,800 farms had reported outbreaks since July.",
        True,
        [("count", 6800, None, "over")],
        "Lambertin",
    ),
    (
        "en",
        '"France will never abandon those who feed it," she told reporters as she toured the cattle halls.',
        False,
        [],
        None,
    ),
    ("en", "Cowbells clanged and a few whistles went up as she walked past the Charolais pens.", False, [], None),
    (
        "en",
        "FNSEA vice-president Jean-Marc Villeneuve said the union put losses from the disease at 1.2 billion euros, three times the aid on offer.",
        True,
        [("money", 1200000000, "EUR", None), ("count", 3, None, None)],
        "Jean-Marc Villeneuve",
    ),
    ("en", '"This is a sticking plaster, and the minister knows it," Villeneuve said.', False, [], None),
    (
        "en",
        "Lambertin said vaccination would remain free for all cattle and sheep until the end of the year.",
        True,
        [],
        "Lambertin",
    ),
    (
        "en",
        "Farmers' groups have threatened to block motorways around Paris if the money has not arrived by April.",
        False,
        [],
        None,
    ),
    # --- Stellenabbau bei Jorat Microtechnique (Keystone-SDA) ---
    (
        "de",
        "Lausanne (Keystone-SDA) - Der Waadtländer Uhrenzulieferer Jorat Microtechnique streicht 240 seiner 1'150 Stellen, vor allem in Le Sentier und Yverdon-les-Bains.",
        True,
        [("count", 240, None, None), ("count", 1150, None, None)],
        None,
    ),
    (
        "de",
        "Die Bestellungen aus China seien im vergangenen Jahr um 38 Prozent eingebrochen, sagte CEO Laurent Guignard.",
        True,
        [("percent", 38, "%", None)],
        "Laurent Guignard",
    ),
    ("de", "«Wir haben alles versucht, um diesen Schritt zu vermeiden», sagte Guignard.", False, [], None),
    ("de", "Die Gewerkschaft Unia sprach von einem «Kahlschlag auf dem Rücken der Arbeitnehmenden».", False, [], None),
    (
        "de",
        "Unia verlangt einen Sozialplan mit einer Abfindung von mindestens sechs Monatslöhnen für alle Betroffenen.",
        True,
        [("count", 6, None, "at_least")],
        None,
    ),
    (
        "de",
        "Staatsrätin Nathalie Berthoud sagte, der Kanton werde mit der Firmenleitung über «jede mögliche Alternative» reden.",
        False,
        [],
        None,
    ),
    (
        "de",
        "«Das Vallée de Joux lebt seit 300 Jahren von der Uhr, und es wird auch diese Krise überstehen», sagte Berthoud.",
        False,
        [("duration", 300, "year", None)],
        None,
    ),
    (
        "de",
        "Der Kanton Waadt hat der Uhrenindustrie seit 2023 Hilfen von insgesamt 22 Millionen Franken zugesprochen.",
        True,
        [("year", 2023, None, None), ("money", 22000000, "CHF", None)],
        None,
    ),
    # --- Karrawong Resources results (Reuters) ---
    (
        "en",
        "MELBOURNE, March 4 (Reuters) - Karrawong Resources posted a 31% fall in half-year profit to A$412 million on Wednesday, hurt by lower iron ore prices, and cut its interim dividend to 18 Australian cents a share.",
        True,
        [
            ("date", "--03-04", None, None),
            ("percent", 31, "%", None),
            ("money", 412000000, "AUD", None),
            ("money", 0.18, "AUD", None),
        ],
        None,
    ),
    (
        "en",
        "Chief Executive Angus McLeary said the company would cut about 700 contractor roles at its Pilbara operations by June.",
        True,
        [("count", 700, None, "about")],
        "Angus McLeary",
    ),
    (
        "en",
        '"We are a leaner, stronger business than we were a year ago," McLeary told analysts on a call.',
        False,
        [],
        None,
    ),
    (
        "en",
        "McLeary said unit costs had fallen 6% to A$19.80 a tonne.",
        True,
        [("percent", 6, "%", None), ("money", 19.8, "AUD", None)],
        "McLeary",
    ),
    ("en", 'He said he remained "very optimistic" about Chinese demand.', False, [], None),
    (
        "en",
        "Analysts at Macquarie had expected a profit of about A$455 million.",
        True,
        [("money", 455000000, "AUD", "about")],
        None,
    ),
    (
        "en",
        'The Australian Workers\' Union called the job cuts "corporate cowardice dressed up as efficiency."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Karrawong shares fell 3.4% to A$6.12 in Sydney.",
        True,
        [("percent", 3.4, "%", None), ("money", 6.12, "AUD", None)],
        None,
    ),
    # --- Lehrermangel (APA) ---
    (
        "de",
        "Wien (APA) - An Österreichs Pflichtschulen waren mit Stichtag 1. März 587 Lehrerstellen unbesetzt, um 140 mehr als vor einem Jahr.",
        True,
        [("date", "--03-01", None, None), ("count", 587, None, None), ("count", 140, None, None)],
        None,
    ),
    (
        "de",
        "Bildungsminister Georg Stöckl sagte im Ö1-Morgenjournal, die Lage sei „angespannt, aber beherrschbar“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Seit 2023 seien über die Quereinsteiger-Initiative 3.850 Personen in den Schuldienst gewechselt, sagte Stöckl.",
        True,
        [("year", 2023, None, None), ("count", 3850, None, None)],
        "Stöckl",
    ),
    (
        "de",
        "In Wien sei bereits jede vierte neu angestellte Lehrkraft eine Quereinsteigerin oder ein Quereinsteiger, fügte er hinzu.",
        True,
        [("fraction", 0.25, None, None)],
        None,
    ),
    ("de", "Lehrergewerkschafter Anton Thaler nannte die Zahlen „die Spitze des Eisbergs“.", False, [], None),
    (
        "de",
        "Laut Thaler müssen an vielen Volksschulen Direktorinnen und Direktoren selbst bis zu 18 Stunden pro Woche unterrichten.",
        True,
        [("duration", 18, "hour", "up_to")],
        "Thaler",
    ),
    (
        "de",
        "„Wer heute Lehrerin oder Lehrer wird, hat einen der sichersten Jobs im Land“, warb Stöckl um Nachwuchs.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob die für Herbst geplante Gehaltsreform den Mangel lindert, ist unter Fachleuten umstritten.",
        False,
        [],
        None,
    ),
    # --- Denver snowstorm (AP) ---
    (
        "en",
        "DENVER (AP) — A late-winter storm, the second in two weeks, dropped up to 28 inches of snow on the Denver area over the weekend, closing hundreds of schools and stranding travelers at Denver International Airport.",
        True,
        [("ordinal", 2, None, None), ("duration", 2, "week", None), ("count", 28, None, "up_to")],
        None,
    ),
    (
        "en",
        "More than 1,100 flights were canceled on Saturday and Sunday, according to the airport.",
        True,
        [("count", 1100, None, "over")],
        "the airport",
    ),
    (
        "en",
        "Mayor Teresa Lindahl said 70 city plows and 45 contracted ones had cleared all major routes by Sunday night.",
        True,
        [("count", 70, None, None), ("count", 45, None, None)],
        "Teresa Lindahl",
    ),
    (
        "en",
        '"Our crews were out there for 36 hours straight, and they were heroes," Lindahl said.',
        True,
        [("duration", 36, "hour", None)],
        "Lindahl",
    ),
    ("en", 'She said the city was "doing everything humanly possible" to reach side streets.', False, [], None),
    (
        "en",
        '"We\'ve been shoveling ourselves out for three days and nobody came," said Jorge Medina, 44, of the Montbello neighborhood.',
        False,
        [("duration", 3, "day", None), ("duration", 44, "year", None)],
        None,
    ),
    (
        "en",
        "Xcel Energy said about 38,000 customers were still without power on Monday, down from 112,000 at the height of the storm.",
        True,
        [("count", 38000, None, "about"), ("count", 112000, None, None)],
        "Xcel Energy",
    ),
    ("en", "Lindahl urged residents to stay off the roads and check on elderly neighbors.", False, [], None),
    # --- Bestechlichkeit: Ex-Bürgermeister verurteilt (dpa/lnw) ---
    (
        "de",
        "Duisburg (dpa/lnw) - Der frühere Bürgermeister einer Gemeinde am Niederrhein ist wegen Bestechlichkeit zu drei Jahren und neun Monaten Haft verurteilt worden.",
        True,
        [("duration", 3, "year", None), ("duration", 9, "month", None)],
        None,
    ),
    (
        "de",
        "Das Landgericht Duisburg sah es als erwiesen an, dass der 61-Jährige zwischen 2018 und 2022 von einem Bauunternehmer insgesamt 186.000 Euro angenommen hatte.",
        True,
        [
            ("duration", 61, "year", None),
            ("year", 2018, None, None),
            ("year", 2022, None, None),
            ("money", 186000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Im Gegenzug habe er dem Unternehmen Aufträge über rund 9 Millionen Euro zugeschanzt, sagte der Vorsitzende Richter Hendrik Leuschner.",
        True,
        [("money", 9000000, "EUR", "about")],
        "Hendrik Leuschner",
    ),
    (
        "de",
        "Der Angeklagte habe ein „System der Gefälligkeiten“ aufgebaut und das Vertrauen der Bürgerinnen und Bürger „mit Füßen getreten“, sagte Leuschner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Angeklagte hatte die Zahlungen eingeräumt, aber bestritten, dafür Gegenleistungen erbracht zu haben.",
        True,
        [],
        None,
    ),
    ("de", "„Ich habe immer zum Wohl meiner Gemeinde gehandelt“, sagte er in seinem letzten Wort.", False, [], None),
    (
        "de",
        "Die Staatsanwaltschaft hatte viereinhalb Jahre Haft gefordert.",
        True,
        [("duration", 4.5, "year", None)],
        None,
    ),
    ("de", "Die Verteidigung will nach eigenen Angaben prüfen, ob sie Revision einlegt.", False, [], None),
    # --- Flu and A&E in England (PA) ---
    (
        "en",
        "LONDON (PA) - Hospitals in England treated an average of 5,120 flu patients a day last week, the highest figure for March since records began in 2017, NHS England said.",
        True,
        [("count", 5120, None, None), ("year", 2017, None, None)],
        "NHS England",
    ),
    (
        "en",
        "More than 61,000 people waited more than 12 hours in A&E in February, up from 54,300 a year earlier.",
        True,
        [("count", 61000, None, "over"), ("duration", 12, "hour", "over"), ("count", 54300, None, None)],
        None,
    ),
    ("en", 'The Health Secretary said the NHS had "held firm under enormous pressure."', False, [], None),
    (
        "en",
        "He said 1,800 extra hospital beds had been opened over the winter, paid for from a 250 million pound fund.",
        True,
        [("count", 1800, None, None), ("money", 250000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "NHS England's national medical director, Professor Anil Rangan, urged anyone eligible to get a flu jab.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Rangan said uptake among over-65s stood at 71.2%, below the 75% target.",
        True,
        [("duration", 65, "year", "over"), ("percent", 71.2, "%", None), ("percent", 75, "%", None)],
        "Rangan",
    ),
    (
        "en",
        'The Royal College of Emergency Medicine called corridor care "a national scandal hiding in plain sight."',
        False,
        [],
        None,
    ),
    ("en", "Patients' groups fear the pressure will last well into the spring.", False, [], None),
    # --- Lawinenwinter in Tirol (APA) ---
    (
        "de",
        "Innsbruck (APA) - In Tirol sind in diesem Winter bisher 14 Menschen bei Lawinenabgängen ums Leben gekommen, so viele wie seit der Saison 2017/18 nicht mehr.",
        True,
        [("count", 14, None, None), ("year", 2017, None, None), ("year", 2018, None, None)],
        None,
    ),
    (
        "de",
        "Zwölf der Opfer waren abseits gesicherter Pisten unterwegs, so Lawinenwarndienst-Leiter Rudolf Kapferer.",
        True,
        [("count", 12, None, None)],
        "Rudolf Kapferer",
    ),
    (
        "de",
        "„Viele unterschätzen die Lage, weil die Sonne scheint und der Schnee perfekt aussieht“, sagte Kapferer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Bergrettung rückte seit Dezember zu mehr als 2.300 Einsätzen aus, teilte der Landesverband mit.",
        True,
        [("count", 2300, None, "over")],
        "der Landesverband",
    ),
    (
        "de",
        "Landesrat Hannes Tollinger appellierte an Tourengeher, den Lawinenlagebericht „so ernst zu nehmen wie eine Unwetterwarnung“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Tollinger kündigte an, die Mittel für Lawinenverbauungen heuer auf 31 Millionen Euro aufzustocken.",
        True,
        [("money", 31000000, "EUR", None)],
        None,
    ),
    ("de", "„Jeder Lawinentote ist einer zu viel“, sagte Tollinger.", False, [], None),
    (
        "de",
        "Derzeit gilt in weiten Teilen Nordtirols die Lawinenwarnstufe 3 auf der fünfstufigen Skala.",
        True,
        [("count", 3, None, None), ("count", 5, None, None)],
        None,
    ),
    # --- Skellig Air and the Dublin cap (Reuters) ---
    (
        "en",
        "DUBLIN, March 18 (Reuters) - Skellig Air expects to carry 41 million passengers in the year to March, up 8%, the airline said on Wednesday.",
        True,
        [("date", "--03-18", None, None), ("count", 41000000, None, None), ("percent", 8, "%", None)],
        "the airline",
    ),
    (
        "en",
        "Chief Executive Conor Madigan said delays in aircraft deliveries from Boeing would leave the airline 12 planes short this summer.",
        True,
        [("count", 12, None, None)],
        "Conor Madigan",
    ),
    ("en", '"Boeing\'s management has let its customers down badly," Madigan told a news conference.', False, [], None),
    (
        "en",
        "Madigan said the airline had cut 22 routes from Dublin for the summer because of the government's passenger cap at the airport.",
        True,
        [("count", 22, None, None)],
        "Madigan",
    ),
    ("en", 'He called the cap "economic vandalism" and said ministers were "asleep at the wheel."', False, [], None),
    (
        "en",
        "The Department of Transport said legislation to lift the 32 million passenger cap would go to cabinet before the summer recess.",
        True,
        [("count", 32000000, None, None)],
        "the Department of Transport",
    ),
    (
        "en",
        'Asked whether fares would rise next winter, Madigan said only that "the market will decide."',
        False,
        [],
        None,
    ),
    ("en", 'Davy analysts said the update was "better than feared."', False, [], None),
    # --- Bilanz der Taunus Bank (dpa) ---
    (
        "de",
        "Frankfurt/Main (dpa) - Die Taunus Bank hat im vergangenen Jahr dank hoher Zinserträge einen Rekordgewinn von 1,36 Milliarden Euro erzielt.",
        True,
        [("money", 1360000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das waren 17 Prozent mehr als im Vorjahr, teilte das Institut am Mittwoch mit.",
        True,
        [("percent", 17, "%", None)],
        "das Institut",
    ),
    (
        "de",
        "„Wir verdienen so viel wie nie in unserer 150-jährigen Geschichte“, sagte Vorstandschefin Miriam Ostendorf.",
        True,
        [("duration", 150, "year", None)],
        "Miriam Ostendorf",
    ),
    ("de", "„Wir sind die Bank des Mittelstands, und das bleiben wir auch“, sagte Ostendorf.", False, [], None),
    (
        "de",
        "Bis Ende 2028 will die Bank rund 800 Stellen abbauen, vor allem in der Verwaltung.",
        True,
        [("year", 2028, None, None), ("count", 800, None, "about")],
        None,
    ),
    ("de", "Betriebsbedingte Kündigungen schloss Ostendorf aus.", True, [], None),
    ("de", "Verdi nannte den Stellenabbau bei einem Rekordgewinn „zynisch“.", False, [], None),
    (
        "de",
        "Für das laufende Jahr stellte Ostendorf einen „soliden, aber etwas geringeren“ Gewinn in Aussicht.",
        False,
        [],
        None,
    ),
    # --- Warehouse fire in Newark (AP) ---
    (
        "en",
        "NEWARK, N.J. (AP) — A fire that tore through a warehouse in Newark's Ironbound section early Thursday injured six firefighters and forced the evacuation of about 40 homes, officials said.",
        True,
        [("count", 6, None, None), ("count", 40, None, "about")],
        None,
    ),
    (
        "en",
        "Fire Chief Vincent Marraccini said more than 150 firefighters from 11 towns fought the blaze for nearly nine hours.",
        True,
        [("count", 150, None, "over"), ("count", 11, None, None), ("duration", 9, "hour", "nearly")],
        "Vincent Marraccini",
    ),
    ("en", '"It\'s a miracle nobody was killed in there," Marraccini said.', False, [], None),
    (
        "en",
        "He said the building's sprinkler system had been shut off and that the city had cited the owner over it twice since 2022.",
        True,
        [("count", 2, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        'Mayor Keisha Broadnax praised firefighters for "running toward danger when everyone else was running away."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Broadnax said the city would ask the state to bar the owner, Garden Port Logistics, from operating any other site until the investigation is complete.",
        True,
        [],
        "Broadnax",
    ),
    ("en", "Garden Port Logistics did not respond to requests for comment.", False, [], None),
    ("en", "Residents watched from behind police tape as black smoke rolled over the Passaic River.", False, [], None),
]
