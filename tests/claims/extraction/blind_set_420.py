"""Four-hundred-and-twentieth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: heads of state and government appear only by office
("the president"), and ministers, spokespeople, governors, police chiefs, agency heads and
coaches of real governments, forces, bodies and clubs appear under made-up names that stand
for no real holder, or by their role only („die Ministerin“, „der Finanzvorstand“, „ein
Feuerwehrsprecher“, "the superintendent", "the manager", "the quarterback").

Names: Henrike Matthiesen-Voß, Claudia Ebersberger-Lahm, Birte Lüdemann-Koç, Miriam
Szymanski-Roth, Gregor Annenkamp, Annette Kühn-Lessing and her finance chief von der Wehl,
Florian Hartlmaier, Wolfram Eichelsdörfer, Lea Brückner-Obst, Johanna Feddersen-Kılıç, Sibel
Karakaş-Weber, Matthias Ortlepp, Bernhard Kogelnig, Katrin Pichlmayr-Strobl, Corinne
Aebischer-Grand, Ulrike Wendt-Sarholz, Malte Reinhardsen, Friederike von der Aue, Marlene
Trautwein-Osei, Andreas Pfeifenberger-Moll, Lukas Schattleitner, Konrad Eschweiler-Brandt,
Marco Schwendtner, Lukas Brandhuber, Jonas Achterberg, Uwe Kranzbühler and Gereon
Hülsbusch-Amann; Corinne Ashby-Lund, Marcus Tillinghast, Helena Adeyemi-Ross, Darnell
Whitfield-Ames, Teresa Quiñones-Hart, Curtis Mabry-Vance, Rowena Blakiston, Søren
Kjærgaard-Holm, Ingrid Lykke Sørensen, Zdeňka Horáková-Lind, Matthijs Verhoeven-Daalen,
Colleen Marsh-Okafor, Bridget Haldane-Ortiz, Travis Underhill-Boyd, Matías
Echeverría-Solís, Henrik Valstad, Paola Ricciardelli-Neri, Theresa Kowalczyk-Dunn, Jerome
Hatfield, Marisol Etxeberria-Lund, Lyle Brannaman, Henrik Ødegaard-Lunde, Ana Lucía
Ferreyra, Priyanka Venkataraman, Tobias Lindqvist-Hale, Kjersti Bråthen-Aas, Pål
Ingebrigtsen-Moe, Kylie Maroney-Tait, Nadia Okonjo-Barrett, Rafael Ibáñez-Quiroga, Tomás
Ruiz-Abascal, Declan Ashworth-Pryce, Haruki Tominaga-Seki, Devonte Pruitt-Greer, Raymond
Okonkwo-Ellis, Garrett Lindahl and Mike Delacroix-Baines; the firms Brenntaler, Nordvik
Post, Veridane and Halcyon Shield; every unnamed minister, spokesperson, lawmaker, officer,
official and statistician. Real states, bodies, parties, forces, clubs, media and places
(Bundesregierung, Bauministerium, Finanzministerium, Bundestag, SPD, CDU, CSU, ÖVP, Grüne,
SP, Niedersächsische Krankenhausgesellschaft, Transformationsfonds, Staatsanwaltschaft
Köln, Polizeipräsidium, Balkanroute, Statistisches Bundesamt, Destatis, ZDF,
„Morgenmagazin“, Potsdam-Institut für Klimafolgenforschung, Deutscher Wetterdienst, Verdi,
Kommunaler Arbeitgeberverband, Pressefoyer, Ministerrat, Budgetdienst des Parlaments,
Eidgenössische Finanzverwaltung, Robert Koch-Institut, RKI, Charité, Deutschlandfunk,
Verband der Automobilindustrie, Bundesagentur für Arbeit, BA, DGB-Jugend, DIHK, dpa,
Österreichischer Skiverband, ÖSV, Deutsche Bahn, SC Freiburg, VfB Stuttgart, „Welt am
Sonntag“, Bundeswehr, Verteidigungsministerium, Kriminalpolizei; the White House, the
National Guard, the Pentagon, Homeland Security, Customs and Border Protection, the
Treasury, Downing Street, Transport for London, the BBC, the Metropolitan Police, New
Scotland Yard, Westminster Magistrates' Court, LSEG, the European Commission, the European
Parliament, BusinessEurope, the Federal Aviation Administration, the Senate Commerce
Committee, the ATP Finals, the Minnesota Nurses Association, the Skagit County Sheriff's
Office, the National Weather Service, the WHO, UNICEF, the University of Edinburgh, King's
College London, Nature Medicine, Norway's central bank, NSW Police, Port Botany, the
Australian Federal Police, Border Force, CNBC, Crystal Palace, Brentford, Kyodo News,
China's foreign ministry, the Chiefs, the Raiders, and the datelines' cities) stand for the
way wire copy names them; every figure, tally, date, quote and statement here is invented,
and where a real figure came to mind (a real birth count or birth rate, a real number of
hospitals, districts or federal troops, a real punctuality rate, a real strike demand) it
was changed.

Its weight: PRESS CONFERENCES, INTERVIEWS AND ATTRIBUTION, fifth round for the press
conference (the eighty-fourth batch weighed attributed political and diplomatic reporting,
the hundred-twenty-seventh interviews, press conferences and transcripts, the
two-hundred-and-twentieth interviews and press conferences in reported speech, the
three-hundred-and-fortieth interviews, press conferences and reported speech and the
three-hundred-and-eighty-sixth press conferences and interview transcripts; their
decisions are kept) - this time weighing speakers: 65 checked speakers instead of the usual
35 or so, in every attribution form the earlier batches settled and a few this batch
settles, beside as many forms left unchecked. One wire week, Monday, November 9, to Sunday,
November 15, as 36 short stories in story order, the German and English ones interleaved by
day, about half in each language, topics mixed. German (dpa with "dpa/lni", "dpa/lnw",
"dpa/lby", "dpa/lsw", dpa-AFX, Reuters German, APA, Keystone-SDA with «» quotes; German „“
quotes): the government press conference on housing benefit, a hospital plan in Lower
Saxony, a raid on a smuggling ring in Cologne, a car supplier's results press conference,
Bavaria's crime figures, Germany's birth statistics, a heat-deaths study, a transit warning
strike, the Austrian cabinet's press foyer, the Swiss government's media conference on army
spending, a warehouse fire in Mannheim, the flu season at the RKI, a Deutschlandfunk
interview on truck charging parks, the training-places balance, Austria's slalom squad,
rail punctuality, a Bundesliga coach's press conference and a Sunday-paper interview on the
Bundeswehr. English (Reuters with dated datelines, AP, AFP, PA, AAP): a White House
briefing, rail fares on the radio, a Chicago police news conference, phone-scam raids in
London, a parcel carrier's job cuts, an EU red-tape plan, the FAA before senators, the ATP
Finals, a nurses' strike notice, river floods and a governor, a WHO measles briefing, a
walking-and-dementia study, a Reuters interview with a central bank governor, a cocaine
seizure in Sydney, a software takeover, a manager's pre-match news conference, a missile
deployment in Japan and an NFL postgame. Speakers as such copy has them: German „sagte X“
with title, weekday, occasion, place and programme, „X sagte, ...“ and „X sagte: „...““,
„X (Partei) sagte“, „Das teilte X ... mit.“, „teilte ... mit“, „wie ... mitteilte“, „so X“,
„X zufolge“ and „Dem ÖSV zufolge“, „laut X“ with and without a title, „nach Angaben von
X“, „nach Angaben der Feuerwehr“, „erklärte X“, „betonte X“, „sagte X der
Nachrichtenagentur dpa“, „Im Interview mit dem Deutschlandfunk sagte X“, „Die „Welt am
Sonntag“ zitierte X mit den Worten“, names with „von der“, hyphenated names and the titles
„Dr.“ and „Prof. Dr.“; English "X said", "said X", "X told reporters", "told Reuters in an
interview", "told CNBC", "told BBC radio", "told a briefing", "told senators", "told his
pre-match news conference", "said in a statement", "said X, who ...", "Asked ..., X said",
"Ms X said", "Kyodo News quoted X as saying", "Gov.", "Sen.", "Rep. X, R-Wash.,", "Dr.",
names with diacritics, and a body's "said" with and without its article; beside them the
forms left unchecked - pronouns and roles in the sentence after a named speaker, plural and
anonymous sources, compounds („nach BA-Angaben“), masculine genitives, descriptions between
a name and its verb ("X, the chief financial officer, said", "X, who chairs ..., said") and
every "according to". Figures as such copy has them: counts, sums in euros, francs, pounds,
dollars, Australian dollars and Danish crowns, percentages and a quarter point, shares in
words („um ein Drittel“, „gut ein Fünftel“, „Jeder vierte“, "nearly nine in 10", "about four
in five", "a quarter fewer"), ordinals („in der zweiten Runde“, „den drittwärmsten“, "for
the third time", "fifth straight win"), ages, spans („24-stündigen“, „binnen 30 Minuten“,
„fast zwölf Stunden lang“, "three to four weeks", "the eight-day event"), years and dates.
Negatives as such copy has them - 58 rows, none with a figure: slogans, rhetoric and creeds
in quotes from the same speakers who give the figures, labels from parties, lobbies and
associations, a demand without a measure, evasions, no-comment lines and dodges after a
question, each near a check-worthy look-alike from the same story.

235 rows (122 German, 113 English), 58 negatives (30 German, 28 English), 177 check-worthy
rows of which 18 carry no figure (11 German, 7 English), 264 expected quantities (103
counts, 30 percentages - 29 in "%", 1 in percentage points "pp" -, 29 durations - 14 in
years, 5 in months, 4 in weeks, 3 in hours, 2 in days, 1 in minutes -, 27 years, 26 amounts
of money - 14 EUR, 5 USD, 4 GBP, 1 each AUD, CHF, DKK -, 19 ordinals, 17 fractions, 13
dates; none of them in a negative), 65 checked speakers (33 German, 32 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported fact,
  figure, plan, pledge, position or demand with a figure is check-worthy with the speaker
  its own attribution gives, also in Konjunktiv I; quoted or reported slogans, rhetoric,
  creeds, labels, a demand without a measure, evasions and dodges are negatives with speaker
  None, also with a named speaker (seventh, ninety-eighth, two-hundred-and-fourth,
  two-hundred-and-twentieth, three-hundred-and-eighty-sixth). Pairs from one speaker:
  Matthiesen-Voß's 12 percent beside „Wer arbeitet, soll ...“; Lüdemann-Koç's eleven of
  152 and her 30 minutes beside „Wir schließen keine Häuser ...“; Annenkamp's 212,000
  euros beside „Diese Leute machen ...“ and his silence on Belgium; Kühn-Lessing's nine
  months and her 640 of 1,900 beside „Wir stellen uns neu auf ...“ and her silence on other
  sites; Hartlmaier's statistics beside „das sicherste Bundesland“ (a superlative creed,
  two-hundred-and-fourth) and his silence on posts; Feddersen-Kılıç's 40 percent beside
  „der stille Killer“; Karakaş-Weber's second round beside „Die Geduld ... ist
  aufgebraucht“; Ortlepp's third round beside his label; Kogelnig's third beside „ein Paket
  mit Hausverstand“; Aebischer-Grand's one percent beside «Sicherheit gibt es nicht zum
  Nulltarif»; Wendt-Sarholz's third beside „der beste Schutz“; Reinhardsen's subtype beside
  his refusal to forecast; von der Aue's 86 charging points beside „ein teures
  Experiment“; Eschweiler-Brandt's 1,150 building sites beside „bei laufendem Betrieb“;
  Schwendtner's injury and line-up beside „Ausreden gibt es bei uns keine“; Schattleitner's
  60 days on snow (told by role) beside „das Ziel, aber kein Muss“; Hülsbusch-Amann's
  183,400 beside „Wir müssen schneller werden“; Ashby-Lund's 1,200 troops beside "get ahead
  of the president"; Adeyemi-Ross's £310 million beside "a break at the ticket barrier";
  Whitfield-Ames's 412 homicides and 9,850 guns beside "a victory lap"; Blakiston's 3,000
  beside "cowards"; Kjærgaard-Holm's 1,900 jobs beside "already gone" and his dodge on
  centres; Horáková-Lind's 23 million beside "a paperwork problem"; Marsh-Okafor's 3,300
  beside "cut corners"; Echeverría-Solís's third semi-final beside "survive out there";
  Kowalczyk-Dunn's 22% beside "not asking for the moon"; Etxeberria-Lund's 3,400 beside
  "never come up this fast"; Ødegaard-Lunde's 94,000 beside "could have been prevented" and
  his dodge; Venkataraman's 9,000 steps beside "run marathons"; Bråthen-Aas's quarter point
  beside "not on autopilot"; Maroney-Tait's A$120 million beside "a massive blow";
  Okonjo-Barrett's $900 million beside "the product" and her no-comment line;
  Ashworth-Pryce's injury news beside "the heartbeat of this team"; Okonkwo-Ellis's two
  weeks beside "just special today".
- Speakers, checked only in forms the earlier batches settled (and the New forms below).
  German: „sagte X“ with the title, the weekday, the occasion, the place and the programme
  dropped („sagte Regierungssprecherin Henrike Matthiesen-Voß am Montag in der
  Regierungspressekonferenz in Berlin“, „sagte Oberstaatsanwältin Dr. Miriam Szymanski-Roth
  auf einer Pressekonferenz im Polizeipräsidium“, „sagte Finanzminister Bernhard Kogelnig
  (ÖVP) beim Pressefoyer nach dem Ministerrat am Mittwoch“, „sagte Verteidigungsministerin
  Corinne Aebischer-Grand an einer Medienkonferenz in Bern“, „sagte RKI-Präsidentin Dr.
  Ulrike Wendt-Sarholz“, „sagte Trainer Marco Schwendtner am Freitag“; hundred-twenty-seventh,
  two-hundred-and-twentieth, three-hundred-and-twenty-fourth, three-hundred-and-eighty-sixth),
  „Dr.“ dropped as a title (twenty-first: „so Staatsanwältin Dr. Sabine Eder“;
  three-hundred-and-thirty-fourth: „Chefarzt Dr. Anselm Rottenkolber sagte“), the party in
  brackets dropped („Bauministerin Claudia Ebersberger-Lahm (SPD) sagte“, „Familienministerin
  Lea Brückner-Obst (Grüne) sagte im ZDF-„Morgenmagazin““, „Das teilte Innenminister Florian
  Hartlmaier (CSU) am Dienstag in München mit.“; hundred-fifty-first, hundred-seventy-seventh,
  hundred-eighty-seventh), „X sagte, ...“ opening the row with the office dropped
  („Vorstandschefin Annette Kühn-Lessing sagte auf der Bilanzpressekonferenz“,
  „Verdi-Verhandlungsführerin Sibel Karakaş-Weber sagte“, „Herren-Cheftrainer Andreas
  Pfeifenberger-Moll sagte bei einer Pressekonferenz in Obergurgl“, „DIHK-Bildungsexpertin
  Marlene Trautwein-Osei sagte der Nachrichtenagentur dpa“ - the addressee dropped as „sagte
  ... der Agentur Interfax“; hundred-eightieth, two-hundred-and-twentieth,
  three-hundredth), „Kühn-Lessing sagte: „...““ (three-hundred-and-fortieth: „Steinbrecher
  sagte: „...““), a quote stating figures followed by „sagte Polizeipräsident Gregor
  Annenkamp“ (eighteenth, three-hundred-and-eighty-eighth), „sagte Studienleiterin Johanna
  Feddersen-Kılıç, die am Potsdam-Institut ... forscht“ the name without the relative
  clause (three-hundred-and-eighty-eighth: „sagte Koltschin, der ...“), „Im Interview mit
  dem Deutschlandfunk sagte Verkehrsstaatssekretärin Friederike von der Aue am Donnerstag“
  (three-hundred-and-fortieth), „Die „Welt am Sonntag“ zitierte Verteidigungsstaatssekretär
  Gereon Hülsbusch-Amann mit den Worten“ (three-hundred-and-fortieth), „erklärte Ortlepp“
  (eighty-fourth: „erklärte Kallonen“), „nach Angaben von Staatssekretärin Katrin
  Pichlmayr-Strobl“ (hundred-forty-third: „nach Angaben von EDA-Sprecherin Nadine Imboden“),
  „Laut Schwendtner“ (three-hundred-and-eighty-eighth), „wie die Staatsanwaltschaft Köln am
  Dienstag mitteilte“ with the town as part of the name (hundred-twenty-first: „wie die
  Staatsanwaltschaft Magdeburg mitteilte“), „wie die Bundesagentur für Arbeit zum Abschluss
  des Berufsberatungsjahres mitteilte“ with the occasion dropped (three-hundred-and-twenty-
  fourth: „zum Wochenschluss“), „teilte das Statistische Bundesamt (Destatis) in Wiesbaden
  mit“ -> "das Statistische Bundesamt" with the abbreviation and the place dropped
  (hundred-seventeenth, two-hundred-and-forty-fourth), „Nach Angaben der Feuerwehr“ -> "die
  Feuerwehr" (three-hundred-and-fifty-sixth), „Dem ÖSV zufolge“ -> "der ÖSV" (fourteenth:
  „Dem Generalstab in Kiew zufolge“ -> "der Generalstab"). English: the name with the title,
  the weekday, the outlet and the audience dropped ("White House press secretary Corinne
  Ashby-Lund told reporters on Monday", "Transport Secretary Helena Adeyemi-Ross told BBC
  radio on Monday", "Police Superintendent Darnell Whitfield-Ames said Monday", "Detective
  Chief Superintendent Rowena Blakiston told a news conference at New Scotland Yard",
  "Chief Executive Søren Kjærgaard-Holm said on Tuesday", "Commissioner Zdeňka
  Horáková-Lind told a news conference", "FAA Administrator Colleen Marsh-Okafor told
  senators on Tuesday", "Union president Theresa Kowalczyk-Dunn said", "Mayor Teresa
  Quiñones-Hart said", "UNICEF spokesperson Ana Lucía Ferreyra told the same briefing" as
  "told a briefing", "Governor Kjersti Bråthen-Aas told Reuters in an interview on
  Thursday", "Detective Superintendent Kylie Maroney-Tait told reporters", "Veridane Chief
  Executive Nadia Okonjo-Barrett told CNBC", "manager Declan Ashworth-Pryce told his
  pre-match news conference", "Defence Minister Haruki Tominaga-Seki told a news conference
  on Friday", "Chiefs coach Raymond Okonkwo-Ellis said after the game"; eighty-fourth,
  hundred-twenty-seventh, hundred-fortieth, hundred-eighty-seventh, two-hundred-and-
  twentieth, three-hundredth, three-hundred-and-fortieth, three-hundred-and-eighty-sixth),
  "Homeland Security Secretary Marcus Tillinghast said in a statement" (tenth: "the company
  said in a statement"), "Gov. Marisol Etxeberria-Lund said Wednesday" and "Sen. Travis
  Underhill-Boyd said" with "Gov." and "Sen." dropped (hundred-seventy-fifth,
  three-hundred-and-eighty-sixth), "Rep. Lyle Brannaman, R-Wash., said" (hundred-forty-first:
  "Sen. Garrett Voss, R-Okla., said"), "said Dr. Priyanka Venkataraman, who led the research
  at the University of Edinburgh" the name (tenth: "said Dr. Amina Clarke, who led the
  study"), "said tournament director Paola Ricciardelli-Neri" (hundred-thirty-ninth: "said
  ONS chief economist Bronwen Hale"), "the head of immunization at the WHO's European office,
  Dr. Henrik Ødegaard-Lunde, told a briefing" the name in apposition
  (three-hundred-and-fortieth), "Asked about the crown's slide, Bråthen-Aas said"
  (hundred-twenty-seventh), "Ms Adeyemi-Ross said" -> "Adeyemi-Ross" (two-hundred-and-
  twentieth), a quote with a figure followed by "Whitfield-Ames said"
  (three-hundred-and-eighty-eighth), "the Metropolitan Police said" and "the Minnesota Nurses
  Association said Wednesday" with their article (three-hundredth, three-hundred-and-fifty-
  sixth), "NSW Police said" and "Veridane said it expected ..." as written (three-hundredth:
  "Lufthansa said"), "The company said in a statement" -> "the company" (tenth,
  three-hundredth). Each row's diacritics and hyphens are its speaker's ("Søren
  Kjærgaard-Holm", "Zdeňka Horáková-Lind", "Ana Lucía Ferreyra", "Henrik Ødegaard-Lunde",
  "Kjersti Bråthen-Aas", „Sibel Karakaş-Weber“, „Johanna Feddersen-Kılıç“, „Birte
  Lüdemann-Koç“, „Henrike Matthiesen-Voß“; three-hundred-and-twenty-fourth: "Élodie
  Fauconnet").
- New: „betonte X“ before a stated fact, plan or pledge names the speaker as „erklärte X“
  does (eleventh, fourteenth, eighty-fourth): „Die nächste Notaufnahme solle ... binnen 30
  Minuten erreichbar bleiben, betonte Lüdemann-Koç.“ -> "Lüdemann-Koç" - a pledge with a
  figure and check-worthy (two-hundred-and-twentieth: a pledge that says what happens is a
  plan); every earlier row with „betonte“ and a name was a negative, and so are this
  batch's „„Wir schließen keine Häuser ...“, betonte Lüdemann-Koç.“ and „„Das ist ein Paket
  mit Hausverstand“, betonte Kogelnig.“ - the verb does not turn a slogan into a claim, nor
  a claim into a slogan.
- New: a surname with a particle keeps it, written as the row writes it - „sagte
  Verkehrsstaatssekretärin Friederike von der Aue“ -> "Friederike von der Aue", „so von der
  Aue“ -> "von der Aue" with the particle in lower case, and „Von der Wehl zufolge“ at the
  head of a row -> "Von der Wehl" with the capital the sentence start gives it - as "Femke
  de Wolde", "Ilse van Doorn" and "Babiker al-Tajjib" kept theirs (hundred-sixth,
  hundred-fortieth, hundred-seventy-seventh); an affiliation after the name is no particle
  and is dropped („Virologe Prof. Dr. Malte Reinhardsen von der Charité sagte“ -> "Malte
  Reinhardsen", as „Primar Dr. Wolfgang Lechner von der Klinik Ottakring“, twenty-first, and
  „Chefinspektor Manfred Lohninger vom Cybercrime-Competence-Center“, hundred-thirtieth).
  New: „Prof. Dr.“ is dropped with the rest of the title, as „Dr.“ is (twenty-first,
  three-hundred-and-thirty-fourth).
- New: „Laut Landespolizeipräsident Wolfram Eichelsdörfer“ and „Laut
  Bahn-Infrastrukturvorstand Konrad Eschweiler-Brandt“ give the name with the title dropped -
  „laut“ before a person reads as „Laut Brjanzew“ (three-hundred-and-eighty-eighth), and the
  title drops as after „nach Angaben von Gouverneur X“ (hundred-first) and „so Bürgermeister
  X“ (tenth).
- New: „wie Gesundheitsministerin Birte Lüdemann-Koç am Montag mitteilte“ -> "Birte
  Lüdemann-Koç" - the twenty-fifth, sixty-third and hundred-sixteenth batches checked a
  person after „wie ... mitteilte“, the two-hundred-and-fourth and
  three-hundred-and-seventy-first left it unchecked; this batch follows the checking ones,
  since a body after „wie ... mitteilte“ has been checked in batch after batch from the
  hundred-second on („wie die Staatsanwaltschaft Köln ... mitteilte“ here) and „wie Pachinger
  ... sagte“ gave the person (three-hundred-and-eighty-sixth).
- New: "Kyodo News quoted Tominaga-Seki as saying ..." -> "Tominaga-Seki" - the agency
  relays, the minister speaks, as "Interfax quoted Deputy Foreign Minister ... as saying"
  (eighty-fourth, two-hundred-and-twentieth), and the surname is taken as written as after
  "said".
- Left unchecked (None): all negatives, also those with a named speaker; pronouns and roles,
  most of them in the sentence after a named speaker (the row is judged alone: „sagte die
  Ministerin“, „ließ die Ministerin offen“, „bezifferte die Sprecherin“, „Ein Sprecher des
  Finanzministeriums ergänzte“, „erklärte die Ministerin“, „Ein CDU-Abgeordneter sagte“, „so
  die Oberstaatsanwältin“, „Nach seinen Angaben“, „so der Finanzvorstand“, „Der
  Betriebsratschef sagte“, „sagte der Minister“, „so der Minister“, „Die Sozialministerin
  ergänzte“, „so die Verteidigungsministerin“, „Der Finanzminister sagte“, „Die
  Destatis-Präsidentin sagte“, „sagte sie“, „so die Forscherin“, „Ein Feuerwehrsprecher
  sagte“, „sagte der Sprecher“, „ein Sprecher der Kriminalpolizei“, „fügte er hinzu“, „nach
  ihren Worten“, „Eine BA-Sprecherin sagte“, „sagte die Sprecherin“, „sagte der
  Cheftrainer“, „sagte der 29-Jährige“, „so der Trainer“, „sagte er dem Blatt“, "she said",
  "She told a news conference", "He told a news conference", "he said", "she added", "He told
  analysts", "She said", "She told reporters", "He said", "The manager said", "The Norwegian
  said", "The 24-year-old Argentine told reporters", "The quarterback told reporters", "A
  Downing Street spokesman said", "The superintendent did not say"; three-hundred-and-
  eighty-sixth, three-hundred-and-eighty-eighth), plural and anonymous sources („nach
  Angaben aus dem Bauministerium“, „teilten die Ermittler mit“, „nach Angaben der
  Statistiker“, „hieß es bei Verdi“, „hieß es bei der Polizei“, "Pentagon officials said",
  "prosecutors said", "Union officials said", "Border Force officers said", "the companies
  said"; forty-first, three-hundred-and-eighty-eighth), compounds („Nach RKI-Angaben“, „nach
  BA-Angaben“, „Nach Vereinsangaben“; three-hundred-and-seventy-first: „nach DWD-Angaben“),
  masculine genitives („Nach Angaben des Verbands“, „nach Angaben des Betreibers“, „nach
  Angaben des Konzerns“; hundredth, three-hundredth), data, estimates and documents („Laut
  Budgetdienst des Parlaments“, „Gemäss Eidgenössischer Finanzverwaltung“, „Nach Zahlen des
  Verteidigungsministeriums“, „nach einer neuen Auswertung“, „Das Amt zählte“, „hatte ...
  eingestuft“; hundred-forty-fifth, three-hundred-and-seventy-first), verbs that are not of
  saying („kündigte der Konzern ... an“, „kündigte an“, „bezifferte“, „fordert“,
  „forderte“; two-hundred-and-fourth, three-hundred-and-eighty-sixth), descriptions between
  a name and its verb ("Ingrid Lykke Sørensen, the chief financial officer, said", "Matthijs
  Verhoeven-Daalen, a Dutch Green lawmaker, said", "Sen. Bridget Haldane-Ortiz, the
  committee's chair, said", "Jerome Hatfield, a spokesman for the hospital group, said",
  "Rafael Ibáñez-Quiroga, Halcyon's co-founder, said in a statement"; two-hundred-and-
  thirty-third, three-hundredth) and relative clauses that part a subject from its verb
  ("Blakiston, who has led the inquiry since it began, said", "Alderman Curtis Mabry-Vance,
  who chairs ..., said", "Deputy Governor Pål Ingebrigtsen-Moe, who sat in on the interview,
  said"; hundred-sixteenth, three-hundred-and-eighty-sixth), "the Skagit County Sheriff's
  Office said" (three-hundred-and-eighty-sixth left "the sheriff's office said" unchecked),
  "department data" and every "according to" (Customs and Border Protection data, figures
  from the rail regulator, LSEG data twice, FAA data, the ATP, a bargaining update, the
  National Weather Service, WHO figures, the paper, the Australian Federal Police, Reuters
  calculations, the defence ministry; two-hundred-and-fourth, three-hundred-and-eighty-
  eighth).
- Quantities as the earlier batches read them. Datelines: Reuters and AFP English datelines
  with a day ("WASHINGTON, Nov 9 (Reuters)", "COPENHAGEN, Nov 10", "BRUSSELS, Nov 10",
  "WASHINGTON, Nov 10", "TURIN, Nov 10", "GENEVA, Nov 11", "LONDON, Nov 11", "OSLO, Nov 12",
  "SAN FRANCISCO, Nov 12", "TOKYO, Nov 13 (AFP)") dates without a year; dpa, dpa-AFX,
  Reuters German, APA, Keystone-SDA, AP ("CHICAGO (AP) —", "MINNEAPOLIS (AP) —", "MOUNT
  VERNON, Wash. (AP) —", "KANSAS CITY, Mo. (AP) —"), PA and AAP datelines none
  (seventy-ninth). Dates: „zum 1. Januar“, „ab 1. Jänner“ --01-01 (tenth), „für den 19.
  November“. Years: „für 2027“, „bis 2030“ (four times), „seit 2023“, „bis Ende 2028“,
  „Mitte 2027“, „seit 2015“, „zuletzt 2013“ (the „so“ of „so wenige wie“ is no „so X“),
  „seit 2020“, „der Jahre 2015 bis 2024“ both, „bis Ende 2027“, „bis Ende 2029“, „bis
  2032“, „bis 2029“ (twice), „bis Ende 2026“, "since March 2024", "by the end of 2027",
  "since 2021" (twice), "since 2022", "set in 1990", "since 2020", "by March 2028".
  Shares: „um ein
  Drittel“ 0.3333, „etwa zwei Drittel“ 0.6667 "about", „gut ein Fünftel“ 0.2 "over", „um
  die Hälfte“ and „zur Hälfte“ 0.5, „Mehr als drei Viertel“ 0.75 "over", „knapp jeder
  dritte“ 0.3333 "nearly", „Jeder vierte“ 0.25, „Jeder fünfte“ 0.2, "more than a quarter"
  0.25 "over", "nearly a third" 0.3333 "nearly", "a quarter fewer" 0.25 (three-hundred-and-
  thirty-first), "nearly nine in 10" 0.9 "nearly", "about four in five" 0.8 "about"
  ("only" no hedge), "nearly half" 0.5 "nearly", "About one in eight" 0.125 "about", "about
  one in five" 0.2 "about". Ordinals: „im ersten Halbjahr“ 1 alone (first batch), „in den
  ersten neun Monaten“ and "in the year's first nine months" 1 with 9 months, „Die ersten
  120 Standorte“ and "the first 12 launchers" 1 with the count (three-hundred-and-fortieth:
  "the first four months"), „des ersten Kindes“ 1, „in der zweiten Runde“ 2, „Die dritte
  Verhandlungsrunde“ 3, „den drittwärmsten“ 3 (the issue: „die drittgrößte Stadt“), „auf
  Rang sieben“ 7, "for a second year" 2, "in the fourth quarter" 4, "for the third time" 3,
  "the third strike" 3, "a second base" 2, "14th in the table" 14, "the second quarter" 2
  (twice), "fifth straight win" 5; „nach ersten Daten“ none (sixteenth: "ersten" before a
  plural without an article), "Top seed", "A record" and "the previous record" none.
  Durations and ages: „24-stündigen“ 24 hours (the issue: "fünfstündigen"), „fast zwölf
  Stunden lang“ 12 hours "nearly", „binnen 30 Minuten“ 30 minutes, „nach zehn Monaten Pause“
  10 months, „bei einer Laufzeit von zwölf Monaten“ 12 months, „in den vergangenen fünf
  Jahren“ 5 years, „rund drei Wochen“ 3 weeks "about", "three to four weeks" both (three-
  hundred-and-eighty-sixth: "10 to 14 days"), "at least two weeks" "at_least", "for three
  days" 3 days, "the eight-day event" 8 days, "over three years" twice and "over nine years"
  ("over" before a span no hedge), "over the 12 months to September" 12 months, "two years
  ago" 2 years, "more than 41,000 hours of flight delays" 41,000 hours "over"; ages „im Alter
  von 23 bis 58 Jahren“ both (seventy-eighth, hundred-fifty-second), „Der 27-Jährige“, „der
  29-Jährige“, "The 24-year-old", „auf 30,6 Jahre“ (the mothers' average age), „über 60
  Jahre“ and „über 75 Jahre alt“ "over" (two-hundred-and-fifty-fifth), „unter 21 Jahre alt“
  "under" (forty-fourth). None: „im Jahr“, „monatlich“, „pro Jahr“, „Pro Person“, „je
  Frau“, „im vergangenen Jahr“, „im vergangenen Sommer“, „in der vergangenen Woche“, „Mitte
  Oktober“, „seit August“, „seit Januar“, „im kommenden Jahr“, „bis zum Jahresende“,
  „ein Jahr zuvor“, „im Vorjahreszeitraum“, „vor Weihnachten“, "a year", "a day", "a
  share", "last month", "this year", "next year", "next week", "next Tuesday", "last year's
  full-year total", "in the past year", "since January", "since the start of the week",
  "over the holidays", "in early October", "in the spring", weekdays and the BBC's radio.
  Counts: number words and digits („fünf Bundesländern 37 Wohnungen“, „Elf Verdächtige“,
  „drei Luxusautos“, „aus drei Ländern“, „in vier Stadtteilen“, „elf der derzeit 152“,
  "seven counties", "Two people", "two containers", "Nine of those arrested", "three
  touchdowns", "four goals", "three above", "just one of eight" 1 and 8 - "just", "only",
  „erst“, „derzeit“ no hedge), „dreimal so viele“ 3
  (two-hundred-and-twentieth: „etwa dreimal so hoch“), „einem 22-köpfigen
  Aufgebot“ 22 (three-hundred-and-eighty-eighth: „18-köpfigen“), „mehr als 60
  Trainingstage“ 60 "over" (three-hundred-and-twenty-second: „mehr als 100 Trainingstage“),
  „1,31 Kindern je Frau“ 1.31 (hundred-thirty-second), measures with the unit unchecked
  ("more than 400 kilograms" "over", "38.7 feet" and "about 2 feet" "about", "about 1,000
  kilometres" "about", „rund 2.300 Tonnen“ "about"; forty-second), "312 yards", "200 more
  officers" and „gut 4.000 mehr“ ("more" after the figure compares; „gut“ before it
  "over"). None: „mehr als halbiert“ (two-hundred-and-forty-fourth), "tripled", scores
  ("7-6(4) 6-3", "31-17"), „Subtyp H3N2“ (hundred-fifteenth: „Subtyp H5N1“), "both doses",
  "Radio". Percentages and money: „um durchschnittlich 12 Prozent“ and „um durchschnittlich
  2,8 Prozent“ ("durchschnittlich" no hedge), "by a quarter point" 0.25 pp (tenth), „ein
  Prozent“ 1, „nur gut 61 Prozent“ and "Just 67.4%" („nur“, "Just" no hedge), „knapp 9
  Prozent mehr“ "nearly"; EUR („mindestens jedoch 375 Euro monatlich“ "at_least" -
  three-hundredth -, „bis zu 8.000 Euro“ "up_to", „höchstens 3,5 Milliarden Euro“
  "at_most", „schätzungsweise 15 Millionen Euro“ "about" (hundred-tenth), „knapp 270
  Millionen Euro“ "nearly", „insgesamt 2,6 Milliarden Euro“ and „zusammen 1,4 Milliarden
  Euro“ with no hedge, "an estimated 6.3 billion euros" "about"), CHF („rund 4,2 Milliarden
  Franken“), GBP ("about £2.3 million", "£11,400", "about £190", "£310 million"), USD
  ("$150 million", "$7.4 billion", "about $900 million", "$61 a share"), AUD ("an estimated
  A$120 million" "about"), DKK with the converted dollars in brackets ("1.2 billion Danish
  crowns ($186 million)"; hundred-twenty-fifth).
- Hedges, only the names in use: „rund“, „etwa“, „schätzungsweise“, "about", "About",
  "around", "roughly", "an estimated" "about"; „knapp“, „fast“, "nearly" "nearly"; „gut“,
  „mehr als“, „Mehr als“, "more than" "over"; „unter“ right before the figure, "fewer than"
  "under"; „bis zu“ "up_to"; „mindestens“, "at least" "at_least"; „höchstens“ "at_most".
  No hedge: „zusammen“, „insgesamt“, „zusätzlich“, „durchschnittlich“, „derzeit“, „erst“,
  „Nur“, „nur“, „Nur noch“, „noch“, „weitere“, „binnen“, "additional", "only", "Only", "just",
  "Just", "all", "more" after a figure, "over" before a span, the „bis“ and "to" of a range.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_420 = [
    # --- Regierungspressekonferenz in Berlin (dpa), Montag, 9. November ---
    (
        "de",
        "Berlin (dpa) - Die Bundesregierung will das Wohngeld zum 1. Januar um durchschnittlich 12 Prozent erhöhen, sagte Regierungssprecherin Henrike Matthiesen-Voß am Montag in der Regierungspressekonferenz in Berlin.",
        True,
        [("date", "--01-01", None, None), ("percent", 12, "%", None)],
        "Henrike Matthiesen-Voß",
    ),
    (
        "de",
        "Davon profitierten nach Angaben aus dem Bauministerium rund 1,9 Millionen Haushalte, gut 300.000 mehr als bisher.",
        True,
        [("count", 1900000, None, "about"), ("count", 300000, None, "over")],
        None,
    ),
    (
        "de",
        "Die Mehrkosten für Bund und Länder bezifferte die Sprecherin auf zusammen 1,4 Milliarden Euro im Jahr.",
        True,
        [("money", 1400000000, "EUR", None)],
        None,
    ),
    ("de", "„Wer arbeitet, soll sich seine Wohnung auch leisten können“, sagte Matthiesen-Voß.", False, [], None),
    (
        "de",
        "Bauministerin Claudia Ebersberger-Lahm (SPD) sagte, die Reform solle noch vor Weihnachten im Bundestag verabschiedet werden.",
        True,
        [],
        "Claudia Ebersberger-Lahm",
    ),
    (
        "de",
        "Auf die Frage, wie viele Anträge derzeit unbearbeitet seien, sagte die Ministerin, bundesweit stauten sich etwa 240.000 Fälle bei den Wohngeldstellen.",
        True,
        [("count", 240000, None, "about")],
        None,
    ),
    ("de", "Ob auch die Heizkostenkomponente steigt, ließ die Ministerin offen.", False, [], None),
    (
        "de",
        "Ein Sprecher des Finanzministeriums ergänzte, die Mittel seien im Haushaltsentwurf für 2027 bereits eingeplant.",
        True,
        [("year", 2027, None, None)],
        None,
    ),
    # --- White House briefing (Reuters), Monday Nov 9 ---
    (
        "en",
        "WASHINGTON, Nov 9 (Reuters) - The United States will send an additional 1,200 National Guard troops to the southern border by the end of the month, White House press secretary Corinne Ashby-Lund told reporters on Monday.",
        True,
        [("date", "--11-09", None, None), ("count", 1200, None, None)],
        "Corinne Ashby-Lund",
    ),
    (
        "en",
        "The deployment would bring the total there to about 8,700, she said.",
        True,
        [("count", 8700, None, "about")],
        None,
    ),
    (
        "en",
        "The troops would come from National Guard units in 14 states, Pentagon officials said.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "en",
        '"We are not going to get ahead of the president on this," Ashby-Lund said when asked about the cost.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Asked whether the troops would be armed, she said they would carry sidearms but would not take part in arrests.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Homeland Security Secretary Marcus Tillinghast said in a statement that border apprehensions had fallen 18% in October from September.",
        True,
        [("percent", 18, "%", None)],
        "Marcus Tillinghast",
    ),
    (
        "en",
        "According to Customs and Border Protection data, agents recorded 41,300 encounters at the southern border last month.",
        True,
        [("count", 41300, None, None)],
        None,
    ),
    # --- Rail fares frozen (PA), Monday Nov 9 ---
    (
        "en",
        "LONDON (PA) - Regulated rail fares in England will be frozen for a second year from March, Transport Secretary Helena Adeyemi-Ross told BBC radio on Monday.",
        True,
        [("ordinal", 2, None, None)],
        "Helena Adeyemi-Ross",
    ),
    (
        "en",
        "The freeze would save a typical season-ticket holder about £190 a year, she said.",
        True,
        [("money", 190, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Ms Adeyemi-Ross said the Treasury had set aside £310 million to cover the lost revenue.",
        True,
        [("money", 310000000, "GBP", None)],
        "Adeyemi-Ross",
    ),
    ("en", '"Working people deserve a break at the ticket barrier," she added.', False, [], None),
    (
        "en",
        "A Downing Street spokesman said the freeze would also cover regulated fares on routes run by Transport for London.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Just 67.4% of British trains ran on time over the 12 months to September, according to figures from the rail regulator.",
        True,
        [("percent", 67.4, "%", None), ("duration", 12, "month", None)],
        None,
    ),
    # --- Krankenhausplan für Niedersachsen (dpa/lni), Montag, 9. November ---
    (
        "de",
        "Hannover (dpa/lni) - In Niedersachsen sollen bis 2030 elf der derzeit 152 Krankenhäuser geschlossen oder zu ambulanten Zentren umgebaut werden, wie Gesundheitsministerin Birte Lüdemann-Koç am Montag mitteilte.",
        True,
        [("year", 2030, None, None), ("count", 11, None, None), ("count", 152, None, None)],
        "Birte Lüdemann-Koç",
    ),
    (
        "de",
        "Die nächste Notaufnahme solle für jeden Einwohner binnen 30 Minuten erreichbar bleiben, betonte Lüdemann-Koç.",
        True,
        [("duration", 30, "minute", None)],
        "Lüdemann-Koç",
    ),
    (
        "de",
        "Für den Umbau stünden bis 2030 rund 1,1 Milliarden Euro aus dem Transformationsfonds bereit, erklärte die Ministerin.",
        True,
        [("year", 2030, None, None), ("money", 1100000000, "EUR", "about")],
        None,
    ),
    ("de", "„Wir schließen keine Häuser, wir bauen sie für die Zukunft um“, betonte Lüdemann-Koç.", False, [], None),
    (
        "de",
        "Die Niedersächsische Krankenhausgesellschaft nannte die Pläne „einen Blindflug ohne Finanzierung“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben des Verbands schreiben derzeit etwa zwei Drittel der Kliniken im Land rote Zahlen.",
        True,
        [("fraction", 0.6667, None, "about")],
        None,
    ),
    (
        "de",
        "Ein CDU-Abgeordneter sagte, betroffen seien vor allem Häuser im ländlichen Raum zwischen Ems und Elbe.",
        True,
        [],
        None,
    ),
    # --- Chicago police news conference (AP), Monday Nov 9 ---
    (
        "en",
        "CHICAGO (AP) — Chicago recorded 412 homicides through the end of October, down 19% from the same period last year, Police Superintendent Darnell Whitfield-Ames said Monday.",
        True,
        [("count", 412, None, None), ("percent", 19, "%", None)],
        "Darnell Whitfield-Ames",
    ),
    (
        "en",
        "He told a news conference that shootings had fallen by more than a quarter over the same stretch.",
        True,
        [("fraction", 0.25, None, "over")],
        None,
    ),
    ("en", '"Nobody here is taking a victory lap," he said.', False, [], None),
    (
        "en",
        "Mayor Teresa Quiñones-Hart said the city would put 200 more officers on patrol over the holidays.",
        True,
        [("count", 200, None, None)],
        "Teresa Quiñones-Hart",
    ),
    (
        "en",
        '"We have taken 9,850 illegal guns off the streets since January," Whitfield-Ames said.',
        True,
        [("count", 9850, None, None)],
        "Whitfield-Ames",
    ),
    (
        "en",
        "Alderman Curtis Mabry-Vance, who chairs the council's public safety committee, said the department still had about 1,100 vacancies.",
        True,
        [("count", 1100, None, "about")],
        None,
    ),
    ("en", "The superintendent did not say how many of this year's cases had been solved.", False, [], None),
    # --- Razzia gegen Schleuser (dpa/lnw), Dienstag, 10. November ---
    (
        "de",
        "Köln (dpa/lnw) - Bei einer Razzia gegen eine mutmaßliche Schleuserbande haben Ermittler in fünf Bundesländern 37 Wohnungen und Büros durchsucht, wie die Staatsanwaltschaft Köln am Dienstag mitteilte.",
        True,
        [("count", 5, None, None), ("count", 37, None, None)],
        "die Staatsanwaltschaft Köln",
    ),
    (
        "de",
        "Elf Verdächtige im Alter von 23 bis 58 Jahren wurden festgenommen, teilten die Ermittler mit.",
        True,
        [("count", 11, None, None), ("duration", 23, "year", None), ("duration", 58, "year", None)],
        None,
    ),
    (
        "de",
        "Die Bande soll seit 2023 mehr als 900 Migranten auf der Balkanroute nach Deutschland geschleust haben, sagte Oberstaatsanwältin Dr. Miriam Szymanski-Roth auf einer Pressekonferenz im Polizeipräsidium.",
        True,
        [("year", 2023, None, None), ("count", 900, None, "over")],
        "Miriam Szymanski-Roth",
    ),
    (
        "de",
        "Pro Person hätten die Schleuser bis zu 8.000 Euro verlangt, so die Oberstaatsanwältin.",
        True,
        [("money", 8000, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "„Wir haben bei den Durchsuchungen 212.000 Euro Bargeld, 19 Schusswaffen und drei Luxusautos sichergestellt“, sagte Polizeipräsident Gregor Annenkamp.",
        True,
        [("money", 212000, "EUR", None), ("count", 19, None, None), ("count", 3, None, None)],
        "Gregor Annenkamp",
    ),
    ("de", "„Diese Leute machen mit der Not anderer Menschen ein Geschäft“, sagte Annenkamp.", False, [], None),
    (
        "de",
        "Nach seinen Angaben waren an dem Einsatz rund 650 Beamtinnen und Beamte beteiligt, darunter Spezialkräfte aus drei Ländern.",
        True,
        [("count", 650, None, "about"), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Zu möglichen Verbindungen nach Belgien wollte sich Annenkamp mit Verweis auf die laufenden Ermittlungen nicht äußern.",
        False,
        [],
        None,
    ),
    # --- Phone-scam raids (PA), Tuesday Nov 10 ---
    (
        "en",
        "LONDON (PA) - Detectives have arrested 14 people and seized about £2.3 million in cash in raids on a phone-scam network that targeted pensioners, the Metropolitan Police said.",
        True,
        [("count", 14, None, None), ("money", 2300000, "GBP", "about")],
        "the Metropolitan Police",
    ),
    (
        "en",
        "Detective Chief Superintendent Rowena Blakiston told a news conference at New Scotland Yard that the gang had contacted more than 3,000 people since March 2024.",
        True,
        [("count", 3000, None, "over"), ("year", 2024, None, None)],
        "Rowena Blakiston",
    ),
    ("en", "The average loss per victim was £11,400, she said.", True, [("money", 11400, "GBP", None)], None),
    (
        "en",
        '"These criminals are cowards who prey on the loneliest people in our communities," Blakiston said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Nine of those arrested have been charged with conspiracy to commit fraud and will appear at Westminster Magistrates' Court on Thursday, prosecutors said.",
        True,
        [("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "Blakiston, who has led the inquiry since it began, said officers were still trying to trace about 400 victims.",
        True,
        [("count", 400, None, "about")],
        None,
    ),
    ("en", "She declined to say whether any bank staff were under investigation.", False, [], None),
    # --- Bilanzpressekonferenz eines Autozulieferers (dpa-AFX), Dienstag, 10. November ---
    (
        "de",
        "Stuttgart (dpa-AFX) - Der Autozulieferer Brenntaler will bis Ende 2028 weltweit rund 4.800 Stellen streichen, davon etwa 2.100 in Deutschland, kündigte der Konzern am Dienstag an.",
        True,
        [("year", 2028, None, None), ("count", 4800, None, "about"), ("count", 2100, None, "about")],
        None,
    ),
    (
        "de",
        "Vorstandschefin Annette Kühn-Lessing sagte auf der Bilanzpressekonferenz, der Umsatz sei in den ersten neun Monaten um 6,4 Prozent auf 11,2 Milliarden Euro gesunken.",
        True,
        [
            ("ordinal", 1, None, None),
            ("duration", 9, "month", None),
            ("percent", 6.4, "%", None),
            ("money", 11200000000, "EUR", None),
        ],
        "Annette Kühn-Lessing",
    ),
    ("de", "„Wir stellen uns neu auf, und das tut weh“, sagte Kühn-Lessing.", False, [], None),
    ("de", "Das operative Ergebnis habe sich mehr als halbiert, so der Finanzvorstand.", True, [], None),
    (
        "de",
        "Von der Wehl zufolge soll die Nettoverschuldung bis zum Jahresende auf höchstens 3,5 Milliarden Euro sinken.",
        True,
        [("money", 3500000000, "EUR", "at_most")],
        "Von der Wehl",
    ),
    (
        "de",
        "Kühn-Lessing sagte: „Im Werk Schweinfurt fallen 640 von 1.900 Stellen weg, geschlossen wird es nicht.“",
        True,
        [("count", 640, None, None), ("count", 1900, None, None)],
        "Kühn-Lessing",
    ),
    (
        "de",
        "Ob weitere Standorte in Deutschland zur Disposition stehen, wollte Kühn-Lessing nicht sagen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Betriebsratschef sagte, an den deutschen Standorten gelte bis Mitte 2027 ein Verzicht auf betriebsbedingte Kündigungen.",
        True,
        [("year", 2027, None, None)],
        None,
    ),
    # --- Parcel carrier cuts jobs (Reuters), Nov 10 ---
    (
        "en",
        "COPENHAGEN, Nov 10 (Reuters) - Danish parcel carrier Nordvik Post will cut about 1,900 jobs, or roughly 8% of staff, by the end of 2027, Chief Executive Søren Kjærgaard-Holm said on Tuesday.",
        True,
        [
            ("date", "--11-10", None, None),
            ("count", 1900, None, "about"),
            ("percent", 8, "%", "about"),
            ("year", 2027, None, None),
        ],
        "Søren Kjærgaard-Holm",
    ),
    (
        "en",
        "He told analysts on a conference call that letter volumes had fallen by nearly a third since 2021.",
        True,
        [("fraction", 0.3333, None, "nearly"), ("year", 2021, None, None)],
        None,
    ),
    ("en", '"The letter is not dying, it is already gone," Kjærgaard-Holm said.', False, [], None),
    (
        "en",
        "The company said in a statement it expected restructuring costs of 1.2 billion Danish crowns ($186 million) in the fourth quarter.",
        True,
        [("money", 1200000000, "DKK", None), ("money", 186000000, "USD", None), ("ordinal", 4, None, None)],
        "the company",
    ),
    (
        "en",
        "Shares in Nordvik Post rose 4.6% in early trading, according to LSEG data.",
        True,
        [("percent", 4.6, "%", None)],
        None,
    ),
    (
        "en",
        "Ingrid Lykke Sørensen, the chief financial officer, said the carrier now handled about 410,000 parcels a day, up from 290,000 two years ago.",
        True,
        [("count", 410000, None, "about"), ("count", 290000, None, None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "Asked whether more distribution centres would close, Kjærgaard-Holm said no decision had been taken yet.",
        False,
        [],
        None,
    ),
    # --- Kriminalstatistik Bayern (dpa/lby), Dienstag, 10. November ---
    (
        "de",
        "München (dpa/lby) - Die Zahl der registrierten Straftaten in Bayern ist im ersten Halbjahr um 3,1 Prozent auf rund 287.000 gesunken.",
        True,
        [("ordinal", 1, None, None), ("percent", 3.1, "%", None), ("count", 287000, None, "about")],
        None,
    ),
    (
        "de",
        "Das teilte Innenminister Florian Hartlmaier (CSU) am Dienstag in München mit.",
        True,
        [],
        "Florian Hartlmaier",
    ),
    ("de", "„Bayern bleibt das sicherste Bundesland, und das ist kein Zufall“, sagte Hartlmaier.", False, [], None),
    (
        "de",
        "Die Aufklärungsquote stieg nach seinen Angaben auf 66,8 Prozent, den höchsten Wert seit 2015.",
        True,
        [("percent", 66.8, "%", None), ("year", 2015, None, None)],
        None,
    ),
    (
        "de",
        "Deutlich zugenommen hätten dagegen Messerangriffe, nämlich um gut ein Fünftel auf 3.140 Fälle, sagte der Minister.",
        True,
        [("fraction", 0.2, None, "over"), ("count", 3140, None, None)],
        None,
    ),
    (
        "de",
        "Laut Landespolizeipräsident Wolfram Eichelsdörfer waren 41 Prozent der Tatverdächtigen bei Messerangriffen unter 21 Jahre alt.",
        True,
        [("percent", 41, "%", None), ("duration", 21, "year", "under")],
        "Wolfram Eichelsdörfer",
    ),
    (
        "de",
        "Wie viele zusätzliche Stellen die Polizei im kommenden Jahr erhält, wollte Hartlmaier noch nicht sagen.",
        False,
        [],
        None,
    ),
    # --- EU red tape proposal (Reuters), Nov 10 ---
    (
        "en",
        "BRUSSELS, Nov 10 (Reuters) - Small companies in the European Union would file a quarter fewer reports under a plan unveiled by the European Commission on Tuesday, saving them an estimated 6.3 billion euros a year.",
        True,
        [("date", "--11-10", None, None), ("fraction", 0.25, None, None), ("money", 6300000000, "EUR", "about")],
        None,
    ),
    (
        "en",
        "Commissioner Zdeňka Horáková-Lind told a news conference the plan would cover about 23 million businesses across the bloc.",
        True,
        [("count", 23000000, None, "about")],
        "Zdeňka Horáková-Lind",
    ),
    (
        "en",
        '"Europe does not have a regulation problem, it has a paperwork problem," Horáková-Lind said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "She said the proposal still needed the approval of EU governments and the European Parliament.",
        True,
        [],
        None,
    ),
    (
        "en",
        'BusinessEurope, the employers\' lobby, said the savings were "a start, but far from enough."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Matthijs Verhoeven-Daalen, a Dutch Green lawmaker, said the plan would exempt nearly nine in 10 companies from the bloc's supply-chain rules.",
        True,
        [("fraction", 0.9, None, "nearly")],
        None,
    ),
    # --- Air traffic controllers before the Senate (Reuters), Nov 10 ---
    (
        "en",
        "WASHINGTON, Nov 10 (Reuters) - The Federal Aviation Administration is about 3,300 certified controllers short of what it needs, FAA Administrator Colleen Marsh-Okafor told senators on Tuesday.",
        True,
        [("date", "--11-10", None, None), ("count", 3300, None, "about")],
        "Colleen Marsh-Okafor",
    ),
    (
        "en",
        "She said the agency planned to hire 2,000 trainees next year, up from 1,800 this year.",
        True,
        [("count", 2000, None, None), ("count", 1800, None, None)],
        None,
    ),
    (
        "en",
        '"We will not cut corners on safety to fill seats," she told the Senate Commerce Committee.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Sen. Bridget Haldane-Ortiz, the committee's chair, said staffing shortages had caused more than 41,000 hours of flight delays in the past year.",
        True,
        [("duration", 41000, "hour", "over")],
        None,
    ),
    (
        "en",
        "Sen. Travis Underhill-Boyd said the Senate would vote next week on a bill to raise controllers' starting pay by 15%.",
        True,
        [("percent", 15, "%", None)],
        "Travis Underhill-Boyd",
    ),
    (
        "en",
        "According to FAA data, about one in five controllers regularly works mandatory overtime.",
        True,
        [("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "en",
        "Underhill-Boyd pressed Marsh-Okafor on whether the agency would accept controllers trained by the military, but she did not answer directly.",
        False,
        [],
        None,
    ),
    # --- ATP Finals (Reuters), Nov 10 ---
    (
        "en",
        "TURIN, Nov 10 (Reuters) - Top seed Matías Echeverría-Solís beat Norway's Henrik Valstad 7-6(4) 6-3 on Tuesday to clinch a place in the semi-finals of the ATP Finals for the third time.",
        True,
        [("date", "--11-10", None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "The 24-year-old Argentine told reporters he had been struggling with a blister on his right foot since the start of the week.",
        True,
        [("duration", 24, "year", None)],
        None,
    ),
    ("en", '"Honestly, I just tried to survive out there," Echeverría-Solís said.', False, [], None),
    (
        "en",
        "Echeverría-Solís has won 61 matches this season, more than any other player on the tour, according to the ATP.",
        True,
        [("count", 61, None, None)],
        None,
    ),
    (
        "en",
        "The Norwegian said he had made only 19 unforced errors but converted just one of eight break points.",
        True,
        [("count", 19, None, None), ("count", 1, None, None), ("count", 8, None, None)],
        None,
    ),
    (
        "en",
        "A record 198,000 tickets have been sold for the eight-day event, said tournament director Paola Ricciardelli-Neri.",
        True,
        [("count", 198000, None, None), ("duration", 8, "day", None)],
        "Paola Ricciardelli-Neri",
    ),
    # --- Geburtenstatistik (dpa), Dienstag, 10. November ---
    (
        "de",
        "Wiesbaden (dpa) - Nur noch rund 652.000 Babys kamen im vergangenen Jahr in Deutschland zur Welt, so wenige wie zuletzt 2013.",
        True,
        [("count", 652000, None, "about"), ("year", 2013, None, None)],
        None,
    ),
    (
        "de",
        "Die Geburtenrate lag bei 1,31 Kindern je Frau, teilte das Statistische Bundesamt (Destatis) in Wiesbaden mit.",
        True,
        [("count", 1.31, None, None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Die Destatis-Präsidentin sagte, das Durchschnittsalter der Mütter bei der Geburt des ersten Kindes sei auf 30,6 Jahre gestiegen.",
        True,
        [("ordinal", 1, None, None), ("duration", 30.6, "year", None)],
        None,
    ),
    ("de", "„Das ist kein kurzfristiger Knick, sondern ein Trend“, sagte sie.", False, [], None),
    (
        "de",
        "Besonders stark gingen die Geburten nach Angaben der Statistiker in Ostdeutschland zurück, nämlich um 6,2 Prozent.",
        True,
        [("percent", 6.2, "%", None)],
        None,
    ),
    (
        "de",
        "Das Amt zählte zudem 1,03 Millionen Sterbefälle, ohne Zuwanderung wäre die Bevölkerung damit um 378.000 Menschen geschrumpft.",
        True,
        [("count", 1030000, None, None), ("count", 378000, None, None)],
        None,
    ),
    (
        "de",
        "Familienministerin Lea Brückner-Obst (Grüne) sagte im ZDF-„Morgenmagazin“, seit 2020 seien bundesweit 94.000 neue Kitaplätze entstanden.",
        True,
        [("year", 2020, None, None), ("count", 94000, None, None)],
        "Lea Brückner-Obst",
    ),
    # --- Hitzetote im Sommer (dpa), Dienstag, 10. November ---
    (
        "de",
        "Potsdam (dpa) - Hitzewellen haben in Deutschland im vergangenen Sommer nach einer neuen Auswertung rund 3.900 Todesfälle verursacht.",
        True,
        [("count", 3900, None, "about")],
        None,
    ),
    (
        "de",
        "Das seien etwa 40 Prozent mehr als im Schnitt der Jahre 2015 bis 2024, sagte Studienleiterin Johanna Feddersen-Kılıç, die am Potsdam-Institut für Klimafolgenforschung forscht.",
        True,
        [("percent", 40, "%", "about"), ("year", 2015, None, None), ("year", 2024, None, None)],
        "Johanna Feddersen-Kılıç",
    ),
    (
        "de",
        "Mehr als drei Viertel der Toten seien über 75 Jahre alt gewesen, so die Forscherin.",
        True,
        [("fraction", 0.75, None, "over"), ("duration", 75, "year", "over")],
        None,
    ),
    ("de", "„Hitze ist der stille Killer unter den Extremwetterereignissen“, sagte Feddersen-Kılıç.", False, [], None),
    (
        "de",
        "Die Forschenden werteten Sterbedaten aus 380 Landkreisen und kreisfreien Städten aus.",
        True,
        [("count", 380, None, None)],
        None,
    ),
    (
        "de",
        "Der Deutsche Wetterdienst hatte den Sommer als den drittwärmsten seit Beginn der Aufzeichnungen eingestuft.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    # --- Warnstreik im Nahverkehr (Reuters), Mittwoch, 11. November ---
    (
        "de",
        "Düsseldorf (Reuters) - Im Tarifkonflikt des kommunalen Nahverkehrs in Nordrhein-Westfalen hat die Gewerkschaft Verdi für Donnerstag zu einem 24-stündigen Warnstreik aufgerufen.",
        True,
        [("duration", 24, "hour", None)],
        None,
    ),
    (
        "de",
        "Betroffen seien Busse und Bahnen in 31 Städten und Kreisen, hieß es bei Verdi.",
        True,
        [("count", 31, None, None)],
        None,
    ),
    (
        "de",
        "Verdi-Verhandlungsführerin Sibel Karakaş-Weber sagte, die Arbeitgeber hätten auch in der zweiten Runde kein Angebot vorgelegt.",
        True,
        [("ordinal", 2, None, None)],
        "Sibel Karakaş-Weber",
    ),
    (
        "de",
        "Verlangt werden 8,5 Prozent mehr Gehalt, mindestens jedoch 375 Euro monatlich, bei einer Laufzeit von zwölf Monaten.",
        True,
        [("percent", 8.5, "%", None), ("money", 375, "EUR", "at_least"), ("duration", 12, "month", None)],
        None,
    ),
    ("de", "„Die Geduld der Beschäftigten ist aufgebraucht“, sagte Karakaş-Weber.", False, [], None),
    (
        "de",
        "Der Kommunale Arbeitgeberverband bezifferte die Kosten der Forderung auf rund 610 Millionen Euro im Jahr.",
        True,
        [("money", 610000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Dessen Hauptgeschäftsführer Matthias Ortlepp nannte den Streik „unverhältnismäßig und unnötig“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die dritte Verhandlungsrunde ist für den 19. November angesetzt, erklärte Ortlepp.",
        True,
        [("ordinal", 3, None, None), ("date", "--11-19", None, None)],
        "Ortlepp",
    ),
    # --- Nurses set strike (AP), Wednesday Nov 11 ---
    (
        "en",
        "MINNEAPOLIS (AP) — About 6,500 nurses at 11 hospitals in the Twin Cities will walk off the job next Tuesday for three days, the Minnesota Nurses Association said Wednesday.",
        True,
        [("count", 6500, None, "about"), ("count", 11, None, None), ("duration", 3, "day", None)],
        "the Minnesota Nurses Association",
    ),
    (
        "en",
        "Union president Theresa Kowalczyk-Dunn said the nurses wanted pay rises totalling 22% over three years as well as caps on how many patients each nurse looks after.",
        True,
        [("percent", 22, "%", None), ("duration", 3, "year", None)],
        "Theresa Kowalczyk-Dunn",
    ),
    ("en", '"We are not asking for the moon, we are asking for safe staffing," Kowalczyk-Dunn said.', False, [], None),
    (
        "en",
        "The hospitals have offered 12% over three years, according to a bargaining update posted by the employers.",
        True,
        [("percent", 12, "%", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "Jerome Hatfield, a spokesman for the hospital group, said replacement nurses had been hired and all emergency departments would stay open.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Union officials said it would be the third strike at the hospitals since 2022.",
        True,
        [("ordinal", 3, None, None), ("year", 2022, None, None)],
        None,
    ),
    # --- Pressefoyer nach dem Ministerrat (APA), Mittwoch, 11. November ---
    (
        "de",
        "Wien (APA) - Die Regierung will die Pendlerpauschale ab 1. Jänner um ein Drittel anheben, sagte Finanzminister Bernhard Kogelnig (ÖVP) beim Pressefoyer nach dem Ministerrat am Mittwoch.",
        True,
        [("date", "--01-01", None, None), ("fraction", 0.3333, None, None)],
        "Bernhard Kogelnig",
    ),
    (
        "de",
        "Die Maßnahme koste rund 180 Millionen Euro im Jahr, so der Minister.",
        True,
        [("money", 180000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Sozialministerin ergänzte, zudem werde der Heizkostenzuschuss für rund 230.000 Haushalte bis Ende 2027 verlängert.",
        True,
        [("count", 230000, None, "about"), ("year", 2027, None, None)],
        None,
    ),
    ("de", "„Das ist ein Paket mit Hausverstand“, betonte Kogelnig.", False, [], None),
    (
        "de",
        "Laut Budgetdienst des Parlaments würde eine Anhebung um die Hälfte knapp 270 Millionen Euro kosten.",
        True,
        [("fraction", 0.5, None, None), ("money", 270000000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "Die Regelung soll nach Angaben von Staatssekretärin Katrin Pichlmayr-Strobl bis Ende 2029 gelten und dann evaluiert werden.",
        True,
        [("year", 2029, None, None)],
        "Katrin Pichlmayr-Strobl",
    ),
    # --- Skagit River flooding (AP), Wednesday Nov 11 ---
    (
        "en",
        "MOUNT VERNON, Wash. (AP) — Flooding along the Skagit River has forced about 3,400 people from their homes and damaged at least 260 buildings, Gov. Marisol Etxeberria-Lund said Wednesday.",
        True,
        [("count", 3400, None, "about"), ("count", 260, None, "at_least")],
        "Marisol Etxeberria-Lund",
    ),
    (
        "en",
        "She told a news conference that she had asked the federal government for an emergency declaration covering seven counties.",
        True,
        [("count", 7, None, None)],
        None,
    ),
    ("en", '"This river has never come up this fast," Etxeberria-Lund said.', False, [], None),
    (
        "en",
        "Two people died when their car was swept off a road near Sedro-Woolley, the Skagit County Sheriff's Office said.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Rep. Lyle Brannaman, R-Wash., said the state's congressional delegation would seek $150 million in federal flood-control money.",
        True,
        [("money", 150000000, "USD", None)],
        "Lyle Brannaman",
    ),
    (
        "en",
        "The river crested at 38.7 feet early Wednesday, about 2 feet above the previous record set in 1990, according to the National Weather Service.",
        True,
        [("count", 38.7, None, None), ("count", 2, None, "about"), ("year", 1990, None, None)],
        None,
    ),
    # --- Medienkonferenz des Bundesrats (Keystone-SDA), Mittwoch, 11. November ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Armeeausgaben der Schweiz sollen bis 2032 auf ein Prozent der Wirtschaftsleistung wachsen, sagte Verteidigungsministerin Corinne Aebischer-Grand an einer Medienkonferenz in Bern.",
        True,
        [("year", 2032, None, None), ("percent", 1, "%", None)],
        "Corinne Aebischer-Grand",
    ),
    (
        "de",
        "Dafür seien zusätzlich rund 4,2 Milliarden Franken nötig, so die Verteidigungsministerin.",
        True,
        [("money", 4200000000, "CHF", "about")],
        None,
    ),
    ("de", "«Sicherheit gibt es nicht zum Nulltarif», sagte Aebischer-Grand.", False, [], None),
    (
        "de",
        "Der Finanzminister sagte, die Mehrausgaben sollten zur Hälfte über Einsparungen in anderen Departementen finanziert werden.",
        True,
        [("fraction", 0.5, None, None)],
        None,
    ),
    ("de", "Wie die Schuldenbremse dabei eingehalten werden soll, liess er offen.", False, [], None),
    ("de", "Die SP kündigte das Referendum an, falls das Parlament der Vorlage zustimmt.", True, [], None),
    (
        "de",
        "Gemäss Eidgenössischer Finanzverwaltung wuchsen die Bundesausgaben in den vergangenen fünf Jahren um durchschnittlich 2,8 Prozent pro Jahr.",
        True,
        [("duration", 5, "year", None), ("percent", 2.8, "%", None)],
        None,
    ),
    # --- WHO briefing on measles (Reuters), Nov 11 ---
    (
        "en",
        "GENEVA, Nov 11 (Reuters) - Measles cases in Europe rose to about 94,000 in the year's first nine months, already above last year's full-year total, the head of immunization at the WHO's European office, Dr. Henrik Ødegaard-Lunde, told a briefing on Wednesday.",
        True,
        [
            ("date", "--11-11", None, None),
            ("count", 94000, None, "about"),
            ("ordinal", 1, None, None),
            ("duration", 9, "month", None),
        ],
        "Henrik Ødegaard-Lunde",
    ),
    (
        "en",
        "He said only about four in five children in the region had received both doses of the vaccine.",
        True,
        [("fraction", 0.8, None, "about")],
        None,
    ),
    ("en", '"Each of these cases could have been prevented," Ødegaard-Lunde said.', False, [], None),
    (
        "en",
        "Romania and Kazakhstan accounted for nearly half of all cases, according to WHO figures.",
        True,
        [("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "en",
        "UNICEF spokesperson Ana Lucía Ferreyra told the same briefing that 1.3 million children in the region had missed routine vaccinations since 2020.",
        True,
        [("count", 1300000, None, None), ("year", 2020, None, None)],
        "Ana Lucía Ferreyra",
    ),
    (
        "en",
        'Asked whether the region could still eliminate measles, Ødegaard-Lunde said that "depends entirely on what governments do now."',
        False,
        [],
        None,
    ),
    # --- Walking and dementia study (Reuters), Nov 11 ---
    (
        "en",
        "LONDON, Nov 11 (Reuters) - A study of about 78,000 British adults published on Wednesday found a 31% lower risk of dementia over nine years among those logging at least 7,000 steps a day than among those logging fewer than 3,000.",
        True,
        [
            ("date", "--11-11", None, None),
            ("count", 78000, None, "about"),
            ("percent", 31, "%", None),
            ("duration", 9, "year", None),
            ("count", 7000, None, "at_least"),
            ("count", 3000, None, "under"),
        ],
        None,
    ),
    (
        "en",
        "The protective effect flattened out at around 9,000 steps, said Dr. Priyanka Venkataraman, who led the research at the University of Edinburgh.",
        True,
        [("count", 9000, None, "about")],
        "Priyanka Venkataraman",
    ),
    ("en", '"You don\'t need to run marathons to protect your brain," Venkataraman said.', False, [], None),
    (
        "en",
        "She told reporters the team had adjusted for age, smoking, income and existing heart disease.",
        True,
        [],
        None,
    ),
    (
        "en",
        'Professor Tobias Lindqvist-Hale, a neurologist at King\'s College London who had no role in the research, said the link was "plausible but not proof of cause."',
        False,
        [],
        None,
    ),
    (
        "en",
        "About one in eight participants developed dementia during the study period, according to the paper in Nature Medicine.",
        True,
        [("fraction", 0.125, None, "about")],
        None,
    ),
    # --- Großbrand im Hafen (dpa/lsw), Mittwoch, 11. November ---
    (
        "de",
        "Mannheim (dpa/lsw) - Bei einem Großbrand in einer Lagerhalle im Mannheimer Hafen ist ein Schaden von schätzungsweise 15 Millionen Euro entstanden.",
        True,
        [("money", 15000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Nach Angaben der Feuerwehr waren mehr als 180 Einsatzkräfte fast zwölf Stunden lang im Einsatz.",
        True,
        [("count", 180, None, "over"), ("duration", 12, "hour", "nearly")],
        "die Feuerwehr",
    ),
    ("de", "Verletzt wurde niemand, hieß es bei der Polizei.", True, [], None),
    (
        "de",
        "Ein Feuerwehrsprecher sagte, wegen der starken Rauchentwicklung seien Anwohner in vier Stadtteilen per Warn-App aufgefordert worden, Fenster und Türen zu schließen.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    ("de", "„So etwas haben wir hier lange nicht erlebt“, sagte der Sprecher.", False, [], None),
    ("de", "Zur Brandursache konnte ein Sprecher der Kriminalpolizei noch nichts sagen.", False, [], None),
    (
        "de",
        "In der Halle lagerten nach Angaben des Betreibers rund 2.300 Tonnen Dämmstoffe und Kunststoffgranulat.",
        True,
        [("count", 2300, None, "about")],
        None,
    ),
    # --- Grippewelle (dpa), Donnerstag, 12. November ---
    (
        "de",
        "Berlin (dpa) - Die Grippesaison hat in Deutschland früher begonnen als in den Vorjahren: In der vergangenen Woche wurden bundesweit 8.412 Influenza-Fälle gemeldet, dreimal so viele wie Mitte Oktober.",
        True,
        [("count", 8412, None, None), ("count", 3, None, None)],
        None,
    ),
    ("de", "Nach RKI-Angaben sind vor allem Kleinkinder und ältere Menschen betroffen.", True, [], None),
    (
        "de",
        "Nur knapp jeder dritte Mensch über 60 Jahre sei bisher gegen Grippe geimpft, sagte RKI-Präsidentin Dr. Ulrike Wendt-Sarholz.",
        True,
        [("fraction", 0.3333, None, "nearly"), ("duration", 60, "year", "over")],
        "Ulrike Wendt-Sarholz",
    ),
    ("de", "„Die Impfung ist der beste Schutz, den wir haben“, sagte Wendt-Sarholz.", False, [], None),
    (
        "de",
        "Virologe Prof. Dr. Malte Reinhardsen von der Charité sagte, der vorherrschende Subtyp H3N2 habe sich gegenüber dem Impfstamm leicht verändert.",
        True,
        [],
        "Malte Reinhardsen",
    ),
    (
        "de",
        "Die Wirksamkeit der Impfung liege nach ersten Daten dennoch bei rund 45 Prozent, fügte er hinzu.",
        True,
        [("percent", 45, "%", "about")],
        None,
    ),
    (
        "de",
        "Ob die Welle ihren Höhepunkt noch vor Weihnachten erreicht, wollte Reinhardsen nicht vorhersagen.",
        False,
        [],
        None,
    ),
    # --- Reuters interview with Norway's central bank governor, Nov 12 ---
    (
        "en",
        "OSLO, Nov 12 (Reuters) - Norway's central bank is likely to cut its policy rate by a quarter point in December, Governor Kjersti Bråthen-Aas told Reuters in an interview on Thursday.",
        True,
        [("date", "--11-12", None, None), ("percent", 0.25, "pp", None)],
        "Kjersti Bråthen-Aas",
    ),
    (
        "en",
        "She said underlying inflation eased to 2.9% in October, still above the bank's 2% target.",
        True,
        [("percent", 2.9, "%", None), ("percent", 2, "%", None)],
        None,
    ),
    ("en", '"We are not on autopilot," Bråthen-Aas said.', False, [], None),
    (
        "en",
        "The crown has weakened about 6% against the euro since January, according to LSEG data.",
        True,
        [("percent", 6, "%", "about")],
        None,
    ),
    (
        "en",
        "Deputy Governor Pål Ingebrigtsen-Moe, who sat in on the interview, said the bank's own surveys pointed to wage growth of 4.4% next year.",
        True,
        [("percent", 4.4, "%", None)],
        None,
    ),
    (
        "en",
        "Asked about the crown's slide, Bråthen-Aas said the bank saw no need to intervene in the currency market.",
        True,
        [],
        "Bråthen-Aas",
    ),
    # --- Deutschlandfunk-Interview zu Lkw-Ladeparks (dpa), Donnerstag, 12. November ---
    (
        "de",
        "Berlin (dpa) - Die Bundesregierung will bis 2030 rund 1.000 zusätzliche Ladeparks für Elektro-Lastwagen an Autobahnen fördern.",
        True,
        [("year", 2030, None, None), ("count", 1000, None, "about")],
        None,
    ),
    (
        "de",
        "Im Interview mit dem Deutschlandfunk sagte Verkehrsstaatssekretärin Friederike von der Aue am Donnerstag, dafür stünden bis 2029 insgesamt 2,6 Milliarden Euro bereit.",
        True,
        [("year", 2029, None, None), ("money", 2600000000, "EUR", None)],
        "Friederike von der Aue",
    ),
    (
        "de",
        "Die ersten 120 Standorte sollen nach ihren Worten bereits im kommenden Jahr in Betrieb gehen.",
        True,
        [("ordinal", 1, None, None), ("count", 120, None, None)],
        None,
    ),
    ("de", "„Ohne Ladesäulen bleibt jeder E-Lkw ein teures Experiment“, sagte von der Aue.", False, [], None),
    (
        "de",
        "Bislang gebe es bundesweit erst 86 öffentliche Schnellladepunkte für schwere Lkw, so von der Aue.",
        True,
        [("count", 86, None, None)],
        "von der Aue",
    ),
    (
        "de",
        "Der Verband der Automobilindustrie fordert bis 2030 mindestens 4.000 solcher Ladepunkte.",
        True,
        [("year", 2030, None, None), ("count", 4000, None, "at_least")],
        None,
    ),
    # --- Ausbildungsmarkt (dpa), Donnerstag, 12. November ---
    (
        "de",
        "Nürnberg (dpa) - Zum Ende des Ausbildungsjahres waren bundesweit noch 38.600 Bewerberinnen und Bewerber ohne Lehrstelle, wie die Bundesagentur für Arbeit zum Abschluss des Berufsberatungsjahres mitteilte.",
        True,
        [("count", 38600, None, None)],
        "die Bundesagentur für Arbeit",
    ),
    (
        "de",
        "Gleichzeitig blieben nach BA-Angaben 61.200 Ausbildungsplätze unbesetzt, gut 4.000 mehr als ein Jahr zuvor.",
        True,
        [("count", 61200, None, None), ("count", 4000, None, "over")],
        None,
    ),
    ("de", "Eine BA-Sprecherin sagte, vor allem im Handwerk und in der Gastronomie fehlten Bewerber.", True, [], None),
    ("de", "„Viele junge Leute wissen gar nicht, welche Chancen sie haben“, sagte die Sprecherin.", False, [], None),
    (
        "de",
        "Jeder vierte unbesetzte Platz entfiel auf Bau- und Ausbauberufe.",
        True,
        [("fraction", 0.25, None, None)],
        None,
    ),
    ("de", "Die DGB-Jugend forderte erneut eine gesetzliche Ausbildungsgarantie.", False, [], None),
    (
        "de",
        "DIHK-Bildungsexpertin Marlene Trautwein-Osei sagte der Nachrichtenagentur dpa, die Zahl der neuen Ausbildungsverträge sei um 1,8 Prozent gestiegen.",
        True,
        [("percent", 1.8, "%", None)],
        "Marlene Trautwein-Osei",
    ),
    # --- Cocaine in frozen fish (AAP), Thursday Nov 12 ---
    (
        "en",
        "SYDNEY (AAP) - Police have charged 27 people and seized more than 400 kilograms of cocaine hidden in a shipment of frozen fish at Port Botany, NSW Police said.",
        True,
        [("count", 27, None, None), ("count", 400, None, "over")],
        "NSW Police",
    ),
    (
        "en",
        "Detective Superintendent Kylie Maroney-Tait told reporters the cocaine would have sold for an estimated A$120 million on the street.",
        True,
        [("money", 120000000, "AUD", "about")],
        "Kylie Maroney-Tait",
    ),
    ("en", '"This is a massive blow to the syndicate behind it," Maroney-Tait said.', False, [], None),
    (
        "en",
        "Of those charged, 19 were arrested in raids across Sydney on Wednesday morning and the rest in Brisbane and Melbourne, she said.",
        True,
        [("count", 19, None, None)],
        None,
    ),
    (
        "en",
        "Border Force officers said the shipment had arrived from Ecuador in two containers in early October.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "According to the Australian Federal Police, cocaine seizures at the border have tripled since 2021.",
        True,
        [("year", 2021, None, None)],
        None,
    ),
    # --- Software takeover (Reuters), Nov 12 ---
    (
        "en",
        "SAN FRANCISCO, Nov 12 (Reuters) - Cloud software maker Veridane will buy cybersecurity firm Halcyon Shield for $7.4 billion in cash, the companies said on Thursday.",
        True,
        [("date", "--11-12", None, None), ("money", 7400000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Veridane Chief Executive Nadia Okonjo-Barrett told CNBC the deal would add about $900 million to annual revenue from next year.",
        True,
        [("money", 900000000, "USD", "about")],
        "Nadia Okonjo-Barrett",
    ),
    (
        "en",
        '"Security is no longer a feature, it is the product," Okonjo-Barrett said in a statement.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Rafael Ibáñez-Quiroga, Halcyon's co-founder, said in a statement that all of its 2,100 employees would be offered jobs at the combined company.",
        True,
        [("count", 2100, None, None)],
        None,
    ),
    (
        "en",
        "The offer of $61 a share is a premium of about 38% to Halcyon's closing price on Wednesday, according to Reuters calculations.",
        True,
        [("money", 61, "USD", None), ("percent", 38, "%", "about")],
        None,
    ),
    (
        "en",
        "Veridane said it expected to complete the purchase in the second quarter of next year, pending regulatory approval.",
        True,
        [("ordinal", 2, None, None)],
        "Veridane",
    ),
    ("en", "Okonjo-Barrett declined to comment on whether other bidders had approached Halcyon.", False, [], None),
    # --- Pressekonferenz vor dem Slalom in Gurgl (APA), Donnerstag, 12. November ---
    (
        "de",
        "Gurgl (APA) - Der Österreichische Skiverband geht mit einem 22-köpfigen Aufgebot in den Slalom-Weltcup am Sonntag.",
        True,
        [("count", 22, None, None)],
        None,
    ),
    (
        "de",
        "Herren-Cheftrainer Andreas Pfeifenberger-Moll sagte bei einer Pressekonferenz in Obergurgl, der zuletzt verletzte Lukas Schattleitner kehre nach zehn Monaten Pause in den Weltcup zurück.",
        True,
        [("duration", 10, "month", None)],
        "Andreas Pfeifenberger-Moll",
    ),
    ("de", "„Der Lukas fährt im Training wieder richtig frech“, sagte der Cheftrainer.", False, [], None),
    (
        "de",
        "Dem ÖSV zufolge wurde das Budget für die Olympiasaison auf rund 61 Millionen Euro aufgestockt.",
        True,
        [("money", 61000000, "EUR", "about")],
        "der ÖSV",
    ),
    (
        "de",
        "Er habe seit August mehr als 60 Trainingstage auf Schnee absolviert, sagte der 29-Jährige.",
        True,
        [("count", 60, None, "over"), ("duration", 29, "year", None)],
        None,
    ),
    ("de", "Ein Podestplatz sei „das Ziel, aber kein Muss“, sagte Schattleitner.", False, [], None),
    # --- Pünktlichkeit der Bahn (Reuters), Donnerstag, 12. November ---
    (
        "de",
        "Berlin (Reuters) - Im Oktober kamen nur gut 61 Prozent der Fernverkehrszüge der Deutschen Bahn pünktlich ans Ziel.",
        True,
        [("percent", 61, "%", "over")],
        None,
    ),
    (
        "de",
        "Laut Bahn-Infrastrukturvorstand Konrad Eschweiler-Brandt waren rund 1.150 Baustellen im Netz der Hauptgrund.",
        True,
        [("count", 1150, None, "about")],
        "Konrad Eschweiler-Brandt",
    ),
    (
        "de",
        "Im September hatte die Quote nach Angaben des Konzerns noch bei 64,3 Prozent gelegen.",
        True,
        [("percent", 64.3, "%", None)],
        None,
    ),
    (
        "de",
        "„Wir sanieren bei laufendem Betrieb, und das spüren unsere Kunden“, sagte Eschweiler-Brandt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Eschweiler-Brandt kündigte an, bis Ende 2026 weitere 42 Streckenabschnitte zu sanieren.",
        True,
        [("year", 2026, None, None), ("count", 42, None, None)],
        None,
    ),
    # --- Bundesliga: Pressekonferenz in Freiburg (dpa), Freitag, 13. November ---
    (
        "de",
        "Freiburg (dpa) - Der SC Freiburg muss im Heimspiel gegen den VfB Stuttgart auf Abwehrchef Lukas Brandhuber verzichten, sagte Trainer Marco Schwendtner am Freitag.",
        True,
        [],
        "Marco Schwendtner",
    ),
    (
        "de",
        "Der 27-Jährige habe sich im Training einen Muskelfaserriss zugezogen und falle rund drei Wochen aus, so der Trainer.",
        True,
        [("duration", 27, "year", None), ("duration", 3, "week", "about")],
        None,
    ),
    ("de", "„Ausreden gibt es bei uns keine“, sagte Schwendtner.", False, [], None),
    (
        "de",
        "Laut Schwendtner kehrt dafür Mittelfeldspieler Jonas Achterberg nach seiner Gelbsperre in die Startelf zurück.",
        True,
        [],
        "Schwendtner",
    ),
    (
        "de",
        "Freiburg liegt nach elf Spieltagen mit 17 Punkten auf Rang sieben.",
        True,
        [("count", 11, None, None), ("count", 17, None, None), ("ordinal", 7, None, None)],
        None,
    ),
    (
        "de",
        "Auf die Frage nach einem möglichen Wintertransfer sagte Sportvorstand Uwe Kranzbühler, der Verein werde „sicher nicht in Panik verfallen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Vereinsangaben ist das Stadion mit 34.700 Zuschauern bereits ausverkauft.",
        True,
        [("count", 34700, None, None)],
        None,
    ),
    # --- Premier League: Palace pre-match news conference (PA), Friday Nov 13 ---
    (
        "en",
        "LONDON (PA) - Crystal Palace captain Tomás Ruiz-Abascal will miss Saturday's game against Brentford with a hamstring injury, manager Declan Ashworth-Pryce told his pre-match news conference.",
        True,
        [],
        "Declan Ashworth-Pryce",
    ),
    ("en", "\"He's the heartbeat of this team, so of course we'll miss him,\" Ashworth-Pryce said.", False, [], None),
    (
        "en",
        "The Spaniard has started 11 of the club's 12 league games this season and scored four goals.",
        True,
        [("count", 11, None, None), ("count", 12, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "The manager said Ruiz-Abascal was expected to be out for three to four weeks.",
        True,
        [("duration", 3, "week", None), ("duration", 4, "week", None)],
        None,
    ),
    (
        "en",
        "Palace are 14th in the table with 13 points, three above the relegation zone.",
        True,
        [("ordinal", 14, None, None), ("count", 13, None, None), ("count", 3, None, None)],
        None,
    ),
    # --- Missile deployment (AFP), Nov 13 ---
    (
        "en",
        "TOKYO, Nov 13 (AFP) - Japan will deploy long-range missiles to a second base on the southern island of Kyushu by March 2028, Defence Minister Haruki Tominaga-Seki told a news conference on Friday.",
        True,
        [("date", "--11-13", None, None), ("ordinal", 2, None, None), ("year", 2028, None, None)],
        "Haruki Tominaga-Seki",
    ),
    (
        "en",
        "Kyodo News quoted Tominaga-Seki as saying the first 12 launchers would arrive at a base in Kumamoto in the spring.",
        True,
        [("ordinal", 1, None, None), ("count", 12, None, None)],
        "Tominaga-Seki",
    ),
    (
        "en",
        'China\'s foreign ministry said the plan was "a dangerous step that undermines regional stability."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The missiles have a range of about 1,000 kilometres, according to the defence ministry.",
        True,
        [("count", 1000, None, "about")],
        None,
    ),
    (
        "en",
        "He said the deployment had been agreed with local officials after 14 public meetings since January.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    ("en", "He did not say how much the deployment would cost.", False, [], None),
    # --- Interview in der „Welt am Sonntag“ (dpa), Samstag, 14. November ---
    (
        "de",
        "Berlin (dpa) - Die Bundeswehr soll bis 2029 rund 20.000 zusätzliche Soldatinnen und Soldaten gewinnen.",
        True,
        [("year", 2029, None, None), ("count", 20000, None, "about")],
        None,
    ),
    (
        "de",
        "Die „Welt am Sonntag“ zitierte Verteidigungsstaatssekretär Gereon Hülsbusch-Amann mit den Worten, derzeit dienten 183.400 Männer und Frauen in der Truppe.",
        True,
        [("count", 183400, None, None)],
        "Gereon Hülsbusch-Amann",
    ),
    ("de", "Jeder fünfte Dienstposten sei unbesetzt, sagte er dem Blatt.", True, [("fraction", 0.2, None, None)], None),
    (
        "de",
        "„Wir müssen schneller werden, bei der Ausrüstung wie beim Personal“, sagte Hülsbusch-Amann.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Zahlen des Verteidigungsministeriums haben sich seit Januar 14.600 Freiwillige beworben, knapp 9 Prozent mehr als im Vorjahreszeitraum.",
        True,
        [("count", 14600, None, None), ("percent", 9, "%", "nearly")],
        None,
    ),
    # --- NFL: Chiefs beat Raiders (AP), Sunday Nov 15 ---
    (
        "en",
        "KANSAS CITY, Mo. (AP) — Quarterback Devonte Pruitt-Greer threw for 312 yards and three touchdowns as the Chiefs beat the Raiders 31-17 on Sunday.",
        True,
        [("count", 312, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Chiefs coach Raymond Okonkwo-Ellis said after the game that left tackle Garrett Lindahl had a high ankle sprain and would miss at least two weeks.",
        True,
        [("duration", 2, "week", "at_least")],
        "Raymond Okonkwo-Ellis",
    ),
    ("en", '"Devonte was just special today," Okonkwo-Ellis said.', False, [], None),
    ("en", "It was Kansas City's fifth straight win.", True, [("ordinal", 5, None, None)], None),
    (
        "en",
        "The quarterback told reporters he had played through a bruised thumb on his throwing hand since the second quarter.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        'Asked about the officiating, Raiders coach Mike Delacroix-Baines said he would "let the league handle that."',
        False,
        [],
        None,
    ),
]
