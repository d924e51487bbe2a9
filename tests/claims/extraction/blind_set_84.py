"""Eighty-fourth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician is named: heads of state and government appear only by office ("der
Bundeskanzler", "der US-Präsident", "the Prime Minister", "the French president",
"Vanuatu's prime minister", "the secretary of state"), and the ministers, envoys, officials,
spokespeople, MPs and senators are invented, two of them in the German and the English
transliteration as the agencies write them (Wladlen Sacharkin / Vladlen Zakharkin, Andrij
Kowaltschuk / Andriy Kovalchuk); further Helga Raffelsberger, Jörg Wittstock, Corinne Waeber,
Maarit Kallonen, Matthias Brennecke, Gernot Scheibelreiter, Ihor Danylenko, Wadym Ostapenko,
Kerem Aydınlı, Lena Hartwich, Tobias Sternberg, Ana Lucía Berrocal, Sabine Pölzleitner, Klaus
Hörmann, Annegret Vollrath, Maciej Kordasz; Rebecca Thornhill, Marcia Delaney-Ruiz, Oleh
Synytsia, Irena Vukmirović, Luc Verhaegen, Kaarel Riisalu, Alison Pardoe, Greg Ellison, Lin
Haoran, Philippa Rowcliffe, Vadim Korsunov, Daniel Thibodeau, Priya Raghunathan, Sunil
Bhardwaj, Sabine Reichelt, Yegor Lomakin, Henrik Solvang, Ray Dunmore, Alma Herrera. Real
countries, parties, agencies and institutions ("OSZE", "ORF", "Ö1", "„Bild“", "Interfax",
"Tass", "PAP", "Deutschlandfunk", "EDA", "Bundesrat", "Auswärtiges Amt", "Institut für
Weltwirtschaft", "Statistisches Bundesamt", "UNHCR", "Sky Shield", "SVP", "FPÖ", "Euroclear",
"the Foreign Office", "the State Department", "the Lowy Institute", "Statistics Canada", "the
Home Office", "the Refugee Council", "RIA Novosti", "the IAEA", "the Congressional Budget
Office", "BBC Radio 4", "ABC Radio") stand for the way wire copy names them; every meeting,
figure, vote, sum, deadline and quote here is invented.

Its weight: ATTRIBUTED POLITICAL AND DIPLOMATIC REPORTING - the way German and English wires
chain reported speech over several sentences, so that one row names its speaker and the next
carries on in the Konjunktiv I, with a pronoun or with nothing. Half German (APA, dpa,
Reuters German, AFP German, Keystone-SDA; Austrian "Jänner", "heuer", "Asylwerber", Swiss
"fliessen", "gutgeheissen", "Spitäler", «» quotes; German „“ quotes): an OSCE ministerial in
the Hofburg, German military aid to Ukraine, Russia expelling German diplomats, Swiss
reconstruction money for Ukraine, the EU's 20th sanctions package, a call between the
chancellor and the US president on tariffs, an Austrian return agreement with Morocco, a night
of strikes on Ukraine's grid, Black Sea shipping talks in Istanbul, a Bundestag vote on the
Iraq mandate, a UN commission's Sudan report in Geneva, Austria's Sky Shield purchase, a German
foreign minister in Beijing and Poland's closed border to Belarus. Half English (Reuters, AP,
AFP, PA, AAP, CP): British shadow-fleet sanctions, a U.S.-China call and its two readouts,
strikes on Ukrainian gas facilities, frozen Russian assets in Brussels, an Australia-Vanuatu
security pact, Chinese drills around Taiwan, a South Sudan mandate at the Security Council,
Canadian steel counter-tariffs, Downing Street on small boats, Gaza talks in Cairo, India-EU
trade talks, a Russian offer of talks relayed by Interfax, the IAEA on Iran and a Senate aid
vote. Forms of attribution: German "Man sei bereit ...", "Er fügte hinzu, ...", "fügte sie
hinzu", "fügte Pölzleitner hinzu", "betonte sie", "so der Minister", "so die Ministerin", "so
Waeber", "erklärte Kallonen", "erklärte ein Sprecher des Wirtschaftsministeriums", "sagte ...
im ORF-Radio", "sagte ... im Ö1-Morgenjournal", "sagte ... der „Bild“-Zeitung", "sagte ... der
Nachrichtenagentur PAP", "sagte ... dem Deutschlandfunk", "zitierte die Agentur Interfax
...", "Die Agentur Tass meldete unter Berufung auf ...", "schrieb ... auf Telegram", "schrieb
auf der Plattform X", "hieß es aus dem Kanzleramt", "hieß es aus Diplomatenkreisen", "nach
Angaben des/der/von ...", "laut einer Mitteilung des ...", "wie aus ... hervorgeht", "nach
Berechnungen/Schätzungen ...", "X sagte, ..."; English "X said on Tuesday", "X said in a
statement", "X told the BBC", "told BBC Radio 4's Today programme", "told ABC Radio", "told
reporters", "told a news conference", "told the council", "X wrote on X", "Kovalchuk wrote",
"said on Telegram", "according to a State Department readout", "said in its own readout", "a
senior official, who briefed reporters on condition of anonymity, said", "X's office said",
"said X, who ...", "said Sen. X, R-Idaho, who ...", "Britain's U.N. ambassador, X, said", "a
spokesperson for ... said", "Interfax quoted X as saying", "RIA Novosti cited a source ... as
saying", "according to ...", "... says", "she said", "He added", "it said". Figures as such
copy has them: aid sums, budgets and price caps, tariffs and shares of GDP, votes and
abstentions, diplomats, soldiers, drones and missiles, rounds, packages and waves with their
ordinals, lengths of calls, visits and deadlines, dates of sessions and summits, hedges
("rund", "knapp", "etwa", "mehr als", "mindestens", "bis zu", "about", "around", "an
estimated", "Some", "more than", "at least", "up to", "almost", "less than"). Negatives as
such copy has them: quoted and reported rhetoric, resolve and threats ("Moskau behalte sich
weitere Schritte vor, ...", "Man werde keinen Schritt zurückweichen, ...", ""We will not be
pushed around,"", farm unions "have threatened nationwide protests"), quoted and reported
evaluations ("nannte die Entscheidung „ungerechtfertigt ...“", "Es sei „ein gutes und sehr
konstruktives Gespräch“ gewesen", "sprach von einem „PR-Abkommen ...“", "the sanctions were
illegal", "called the Canadian response regrettable ...", "the government was trying to buy
friendship"), accusations and condemnations ("warf der Regierung vor", "strongly condemned"),
appeals ("urged Beijing", "called on the council"), doctrine ("Taiwan was an internal
affair"), an open question and the caveat that neither side's figures can be verified.

232 rows (116 German, 116 English), 52 negatives (27 German, 25 English), 180 check-worthy
rows of which 25 carry no figure (10 German, 15 English), 232 expected quantities (92 counts,
34 amounts of money, 29 durations, 24 percentages, 18 dates, 16 years, 16 ordinals, 3
fractions; none of them in negatives), 78 checked speakers (29 German, 49 English). Sentences
sharing a run of eight or more words with any file under tests/ (checked by a script that
printed only this batch's sentences, once with whitespace and case and once with punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A Konjunktiv I paraphrase
  reporting a fact, a figure, an offer or a position is check-worthy with the speaker its own
  attribution gives ("Man sei bereit, die Zahl der zivilen Beobachter ... um bis zu 200
  aufzustocken, sagte Außenministerin Helga Raffelsberger ... im ORF-Radio." -> "Helga
  Raffelsberger"); the rows that carry the chain on without a name ("Dafür seien ... rund 14
  Millionen Euro zusätzlich veranschlagt.", "Ein Großteil davon sei ...", "Er fügte hinzu,
  ...", "..., fügte sie hinzu.", "..., betonte sie.", "She said ...", "He added that ...",
  "..., it said.") are check-worthy with the speaker unchecked (None): only the sentence
  before names the speaker (sixteenth, thirty-first, sixty-eighth). A Konjunktiv I paraphrase
  of rhetoric, resolve or a threat is a negative even with a named speaker ("Das sei ein
  Versprechen, auf das sich Kiew verlassen könne, betonte Wittstock.", "Die Neutralität sei
  und bleibe das Fundament ...", "Es gehe um nicht weniger als die Glaubwürdigkeit
  Deutschlands ...", as "Russland sei jederzeit zu einem gerechten Frieden bereit",
  sixty-eighth). New: a threat reported in indirect speech or in the narrator's words is a
  negative as a quoted one is ("Moskau behalte sich weitere Schritte vor, falls ...",
  "Indian farm unions have threatened nationwide protests if ..."), as appeals are
  ("urged both sides", sixty-eighth); an accusation ("Die Opposition warf der Regierung vor,
  ... viel zu zögerlich zu liefern.") and a condemnation ("said in a statement that it
  strongly condemned the drills") are evaluations, negatives; "The Kremlin said the
  sanctions were illegal and would not change Russia's course." is a verdict plus resolve, a
  negative. A stated reason for a vote ("Korsunov said Moscow abstained because the text
  interfered in South Sudan's internal affairs.") is a checkable position, while "Taiwan was
  an internal affair in which no foreign country had the right to interfere" is doctrine, a
  negative. A claim of one side is check-worthy, attributed to it (sixty-eighth): "Das
  russische Verteidigungsministerium erklärte, man habe Anlagen ... getroffen.", "Russia's
  Defence Ministry said its forces had struck ...", "Israel says it has only responded to
  repeated violations of the truce."
- Speakers, in forms the earlier batches settled: a title or role before a name is dropped
  ("Außenministerin", "Verteidigungsminister", "Vizeaußenminister", "Staatssekretärin",
  "die EU-Außenbeauftragte", "Regierungssprecher", "Innenminister", "Luftwaffensprecher",
  "Bürgermeister" after "nach Angaben von", "Außenamtssprecher", "Verteidigungsministerin",
  "Vizeinnenminister", "Foreign Secretary", "Foreign Minister", "Kharkiv regional governor",
  "Trade Secretary", "Deputy Foreign Minister", "Kremlin spokesman", "Finance Minister",
  "Russia's deputy ambassador"; thirty-first, sixty-eighth); "sagte deren Vorsitzende Ana
  Lucía Berrocal" -> the name (the possessive role dropped as a title is); the programme,
  paper or agency spoken to is dropped ("im ORF-Radio", "im Ö1-Morgenjournal" as "im
  ORF-Interview" and "im Ö1-Morgenjournal", thirty-seventh; "der „Bild“-Zeitung", "der
  Nachrichtenagentur PAP", "dem Deutschlandfunk" as "sagte Uschakow der Agentur Interfax",
  eleventh; "told the BBC", "told BBC Radio 4's Today programme", "told ABC Radio", "told
  reporters", "told a news conference", thirty-seventh); "so Waeber", "so Kordasz", "so
  Aydınlı", "so Scheibelreiter", "erklärte Kallonen", "Sternberg sagte, ..." the name as
  written; "hieß es aus dem Kanzleramt" -> "das Kanzleramt" (sixth and eleventh: "hieß es
  aus dem Ratssekretariat"); "nach Angaben des Instituts für Weltwirtschaft in Kiel" -> "das
  Institut für Weltwirtschaft" (the place dropped, fourteenth), "nach Angaben des Auswärtigen
  Amts", "des Infrastrukturministeriums in Kiew", "des Statistischen Bundesamts", "der
  Bundeswehr", "der Armee" the source with its article in the nominative; "Britain's U.N.
  ambassador, Philippa Rowcliffe, said" and "The IAEA's director general, Henrik Solvang,
  told reporters" the name in apposition (sixty-eighth); "said Sen. Ray Dunmore, R-Idaho, who
  chairs ..." -> "Ray Dunmore" (seventy-sixth: the party label dropped; seventy-ninth: the
  relative clause dropped), and so "said Marcia Delaney-Ruiz, who led ..." and "said Irena
  Vukmirović, who chaired the meeting"; "Ukraine's air force said", "China's foreign ministry
  said in its own readout", "Russia's Defence Ministry said", "Taiwan's defence ministry
  said", "China's Eastern Theatre Command said", "Ukraine's foreign ministry said", "...,
  Gaza's health ministry says" the possessive form as written (sixty-eighth); "the ministry
  said", "the cabinet said", "according to the foreign ministry", "the State Department
  said", "according to the Foreign Office / the Lowy Institute / the European Commission /
  the International Monetary Fund", "The Home Office said ..." opening the sentence, "the
  U.N. says" (fifty-eighth: "the UN says") with the article in lower case; "Downing Street
  said", "Hamas said in a statement", "according to Statistics Canada" as written; "a
  spokesperson for the European Council said", "a spokeswoman for the speaker said", "a U.N.
  spokesperson said" the whole phrase in lower case (tenth: "a NATO spokeswoman";
  seventy-ninth: "A spokesman for the Metropolitan Police said").
- New, for forms no earlier batch settled: "zitierte die Agentur Interfax Vizeaußenminister
  Wladlen Sacharkin" and "Interfax quoted Deputy Foreign Minister Vladlen Zakharkin as
  saying" give the person quoted (the agency relays, the official speaks, as in "sagte
  Uschakow der Agentur Interfax", eleventh); a report relayed from an unnamed or collective
  source stays unchecked ("Die Agentur Tass meldete unter Berufung auf das
  Außenministerium", "RIA Novosti cited a source in the Russian delegation as saying", as
  "berichtete ... unter Berufung auf", tenth). New: a post is a statement - "schrieb
  Luftwaffensprecher Ihor Danylenko auf Telegram", "Außenminister Andrij Kowaltschuk schrieb
  auf der Plattform X, ...", "Foreign Minister Andriy Kovalchuk wrote on X that ...",
  "Kovalchuk wrote." give the name, a form the eighteenth, thirty-first and sixty-eighth
  batches had left unchecked as not yet settled ("said on Telegram" is "said" and gives the
  name in any case). New: "fügte Pölzleitner hinzu" gives the name, as "sagte Moser weiter"
  does (sixteenth); with a pronoun ("fügte sie hinzu", "Er fügte hinzu") it stays unchecked.
  New: "Finance Minister Luc Verhaegen's office said", "Foreign Minister Alison Pardoe's
  office said" and "Industry Minister Priya Raghunathan's office said" give "X's office" -
  the title dropped, the possessive kept, as "the president's office" (seventeenth) and
  "Harker's lawyers said" (sixteenth). New: "The Prime Minister's official spokesman said
  ..." opening the sentence -> "the Prime Minister's official spokesman" and "the bloc's
  foreign policy chief told a news conference" -> "the bloc's foreign policy chief", a role
  with its possessive and the article in lower case, as "the premier said" (sixty-third) and
  "Malaysia's foreign minister said" (sixteenth). New: a readout is a document -
  "According to a State Department readout, ..." and "According to a Downing Street
  readout, ..." leave the speaker unchecked, as "according to a regulatory filing"
  (sixty-third) and "the order said" (seventy-sixth); a source that "said in its own readout"
  speaks.
- Left unchecked (None): pronouns ("fügte sie hinzu", "betonte sie", "Er fügte hinzu", "she
  told ...", "She said", "He said", "He added", "it said"); a role without a name in German
  ("so der Minister", "so die Ministerin", as "sagte der Minister", thirty-seventh, and "so
  die Ministerin", twenty-fifth); an unnamed spokesman in German ("erklärte ein Sprecher des
  Wirtschaftsministeriums", sixteenth: "ein Sprecher des ..."); anonymous and plural sources
  ("A government official, speaking on condition of anonymity, said", "A senior State
  Department official, who briefed reporters on condition of anonymity, said", "An Egyptian
  official, who spoke on condition of anonymity ..., said", "A senior diplomat, speaking on
  condition of anonymity, said", "A senior Taiwanese security official ... said", "two
  Egyptian security sources said", "two people familiar with the talks said", "officials on
  both sides said", "diplomats said", "hieß es aus Diplomatenkreisen"; thirty-first and
  sixty-eighth); documents, statistics and polls ("laut einer Mitteilung des Bundesrats",
  "Laut einer Mitteilung des Auswärtigen Amts", "wie aus einer Mitteilung des ... EDA / dem
  Beschlussentwurf / dem 19-seitigen Bericht hervorgeht", thirty-seventh, and "heißt es in
  einer Aussendung des Landes", fifty-eighth; "Laut Asylstatistik des Innenministeriums",
  "Laut einer ... Umfrage", "Nach Berechnungen der Kommission", "Nach Schätzungen des
  UNO-Flüchtlingshilfswerks UNHCR", "Commerce Department data show", "according to its
  latest quarterly report", "according to a confidential IAEA report seen by Reuters");
  sources with an adjective ("Das russische Verteidigungsministerium erklärte", "Nach Angaben
  des chinesischen Zolls", "The Israeli prime minister's office said"; fourteenth and
  twentieth); a country as the source ("Israel says", fourteenth); verbs that are not of
  saying ("bezifferte das Verteidigungsministerium", "Polnische Spediteure beziffern", "The
  Refugee Council estimates", "The Congressional Budget Office estimates"); rows without
  attribution and all negatives, also those with a named speaker.
- Ordinals (thirty-first and sixty-eighth): "das 20. Sanktionspaket" 20, "der zweitgrößte
  Unterstützer" 2 (issue: "die drittgrößte Stadt"), "die dritte Welle" 3, "der fünfte
  großangelegte Angriff" 5, "zum zweiten Mal in diesem Jahr" 2, "bei einem dritten Treffen"
  3, "ihre erste Reise ... seit ihrem Amtsantritt vor 14 Monaten" 1 and 14 months, "a 14th
  round" 14, "a third round" 3, "the third large-scale Chinese exercise ... in 12 months" 3
  and 12 months, "the second round of Canadian counter-tariffs" 2. "im ersten Halbjahr" and
  "in the first half of the year" ordinal 1; "in den ersten acht Monaten", "in den ersten
  neun Monaten", "in the first eight months" ordinal 1 and a duration in months (as "in the
  first six months", an earlier batch).
- Durations: "zu ihrem zweitägigen Jahrestreffen" 2 days, "zu einem dreitägigen Besuch" 3
  days (issue: "dreitägige Reise"), "rund 45 Minuten lang" 45 minutes "about", "für etwa 20
  Minuten" "about", "für 40 Minuten", "knapp vier Stunden" "nearly", "binnen 14 Tagen",
  "binnen zwei Wochen", "binnen 30 Tagen", "um zwölf Monate", "für weitere zwölf Monate" and
  "weitere 60 Tage" ("weitere" no hedge), "mehr als ein halbes Jahr" 0.5 years "over"
  (eleventh: "ein halbes Jahr"), "for around 40 minutes" "about", "the two-day exercise",
  "in the 24 hours to 6 a.m." 24 hours (an earlier batch: "in the 24 hours to"), "a 48-hour
  truce", "less than two hours" 2 hours "under", "over 10 years" and "over five years" (no
  hedge, as "over the next 10 years", fiftieth), "a break of almost nine years" "nearly".
  Ages are durations in years: "ein sieben Jahre altes Mädchen" (sixty-eighth: "ein drei
  Monate alter Säugling"), "a 12-year-old boy". Vague spans carry none: "seit Jahren",
  "for nearly an hour" and "for another year" (an article is no figure, sixty-eighth: "in
  nearly a year", "for less than an hour"), "seit Jahresbeginn", "this year", "a year", "a
  day".
- Counts: votes and tallies as written ("mit 121 zu 63 Stimmen" 121 and 63; "441
  Abgeordnete, 187 ..., 12 enthielten sich" three counts; "voted 71-28" 71 and 28, as "voted
  68-31", sixteenth; "with two abstentions and 13 members voting in favour" 2 and 13;
  "Twelve Democrats and 16 Republicans"); groups ("der 57 OSZE-Teilnehmerstaaten", "seinen 47
  Mitgliedstaaten", "the agency's 35-nation Board of Governors" 35, "Vanuatu's 52-member
  parliament" 52, "a committee of 15 Palestinian technocrats"); "the two discussed", "the
  two sides", "the two leaders", "the two ministers", "two Egyptian security sources", "two
  people familiar with the talks" count 2 (sixty-eighth: "the two presidents", "two
  sources close to the negotiations"); "a memorandum of 11 points" 11 (sixty-eighth: "ein
  Memorandum mit 31 Punkten"); "four times this week" 4; "dem 19-seitigen Bericht" 19 (as "a
  34-page ruling", an earlier batch); physical measures are counts (fourth and
  sixty-eighth): "einen zwölf Seemeilen breiten Korridor" 12, "der 186 Kilometer langen
  Landgrenze" 186, "71 Millionen Tonnen" 71,000,000, "a 1.2-kilometre buffer zone" 1.2,
  "grew by 32.4 kg to 408.6 kg" 32.4 and 408.6. "118 weitere Schiffe", "insgesamt 675
  Tanker", "lediglich 41", "only 11 inspections", "1,000 prisoners each" carry no hedge
  (sixty-eighth). "an estimated 3.4 million barrels" "about" (an earlier batch: "an
  estimated" "about"), "Some 600 aid trucks" "about", "the daily average ... was 212" no
  hedge (an average is no hedge, sixty-eighth). "Dutzende", "beide Seiten", "both sides",
  "einen Vizeaußenminister" (an article) none.
- Money and shares: "9,2 Milliarden Euro", "um 1,2 Milliarden Euro", "knapp 140 Millionen
  Euro" "nearly", "2,5 Millionen Euro jährlich" ("jährlich" none), "1,5 Milliarden Franken"
  and "rund 500 Millionen Franken" CHF, "von 47,60 Dollar auf 44,10 Dollar pro Barrel" USD,
  "rund 250 Millionen Złoty" PLN, "$63.40 a barrel", "up to $20 billion a year" "up_to",
  "A$328 million" and "about A$2.1 billion a year" AUD, "about C$12.6 billion", "C$31
  billion", "C$1.5 billion" CAD (as "C$1.8 billion", an earlier batch), "185 billion euros",
  "about 192 billion euros", "120 billion euros" EUR, "78.35 per dollar" RUB (an exchange
  rate is money in the priced currency, fourteenth and thirty-first). "knapp ein Zehntel
  aller Ausfuhren" fraction 0.1 "nearly" and "about two-thirds" 0.6667 "about" (sixty-eighth:
  "about two-thirds of which"); "Zölle von 15 Prozent", "knapp 0,2 Prozent der jährlichen
  Wirtschaftsleistung" "nearly", "rund 1 Prozent des BIP" "about", "auf 2 Prozent", "58
  Prozent der Befragten", "25 per cent" and "50 per cent", "tariffs of up to 50%" and "of up
  to 12%" "up_to", "with a purity of up to 60%" "up_to", "from 110% to 10%" two percentages,
  "3.3% of gross domestic product", "14% more than in the same period", "firmed 0.8%".
- Years and dates: "seit Jänner 2025" (Austrian "Jänner", tenth), "seit Februar 2022",
  "Anfang 2022", "seit April 2023", "bis 2029", "bis 2030", "Bis 2032", "since February
  2022", "since 2006", "in 2013", "for 2026 and 2027" both, "since 2007 ... between 2013 and
  2022" the years; "für den 12. November" --11-12, "starting Nov. 1" --11-01, "on Oct. 10",
  "held on May 16", "in the week of March 16" --03-16, "in the quarter to Aug. 16" --08-16
  ("the quarter" none); "on Dec. 18-19" two dates (as "Dec. 9-10", an earlier batch), "from
  Sept. 9 to 12" two dates, the month carried to the second day (as "von 3. bis 6. März", an
  earlier batch); Reuters and AFP datelines with a day ("LONDON, Oct 14 (Reuters)", "KYIV,
  Nov 3 (Reuters)", "BRUSSELS, Dec 15 (AFP)", "TAIPEI, April 2 (Reuters)", "CAIRO, Jan 21
  (Reuters)", "NEW DELHI, Feb 9 (Reuters)", "MOSCOW, June 5 (Reuters)", "VIENNA, Sept 8
  (Reuters)") dates without a year; APA, dpa, AFP German, Keystone-SDA, AP, PA, AAP and CP
  datelines none. Clock times ("by 1100 GMT", "to 6 a.m."), months alone ("im September",
  "since August", "in July", "Anfang Dezember", "bis Ende März"), weekdays, "zum
  Jahresende", "next year" none.
- Names with a figure carry none (sixty-eighth: "the G8"; an earlier batch: "Ö1"):
  "Ö1-Morgenjournal", new by the same rule "BBC Radio 4's Today programme" (a station's
  name); "Patriot-Systeme", "Patriot systems", "Sky Shield", "R-Idaho", "D-N.M." none.
- Hedges, only the names in use: "rund", "etwa", "about", "around", "an estimated", "Some"
  "about"; "knapp", "almost" "nearly"; "mehr als", "Mehr als", "more than", "More than"
  "over"; "mindestens", "at least" "at_least"; "bis zu", "up to" "up_to"; "less than"
  "under"; "weitere", "insgesamt", "lediglich", "bereits", "only", "each", "more" (in "90
  more vessels", "10 more Patriot systems") no hedge.
- Check-worthy without a figure: the level of the Russian and Ukrainian delegations, the
  minister's aim for schools and hospitals, the conditions tied to Swiss payments, the
  chancellor's plea for pharmaceutical exemptions, help for small firms under review, the
  Morocco return agreement, Russia's claim of strikes on arms plants, the UN commission's
  accusation, the opt-out from Sky Shield, the talks planned in Beijing; the length of a
  U.S.-China call ("for nearly an hour", no figure), further listings being prepared,
  Kovalchuk's post on gas facilities, the Russian claim of strikes on energy sites, Belgium
  blocking the plan and its legal-risk position, the Vanuatu deal leaving room for other
  partners, the reason for Russia's abstention, unpaid U.S. dues, the Israeli delegation's
  return, Israel's account of its strikes, no date set for talks, no formal proposal
  received, the IAEA losing track of centrifuges, the House vote planned.
- Negatives, none with a figure: quoted rhetoric, resolve and threats; Konjunktiv I
  rhetoric, resolve and threats with "betonte" and "sagte"; reported threats, accusations
  and condemnations; quoted and reported evaluations of decisions, talks, deals and
  governments; appeals; doctrine; an open question ("Ob Moskau einer Kontrolle ...
  zustimmt, blieb offen."); the caveat that the accounts of either side cannot be verified
  ("Die Darstellungen beider Seiten sind unabhängig nicht überprüfbar.", "Reuters could not
  independently verify the claims of either side.").

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_84 = [
    # === German =================================================================================
    # --- Wien: OSZE-Ministerrat (APA) ---
    ("de", "Wien (APA) - Die Außenminister der 57 OSZE-Teilnehmerstaaten sind am Donnerstag in der Wiener Hofburg zu ihrem zweitägigen Jahrestreffen zusammengekommen.", True, [("count", 57, None, None), ("duration", 2, "day", None)], None),
    ("de", "Man sei bereit, die Zahl der zivilen Beobachter in der Region um bis zu 200 aufzustocken, sagte Außenministerin Helga Raffelsberger zum Auftakt im ORF-Radio.", True, [("count", 200, None, "up_to")], "Helga Raffelsberger"),
    ("de", "Dafür seien im kommenden Jahr rund 14 Millionen Euro zusätzlich veranschlagt.", True, [("money", 14000000, "EUR", "about")], None),
    ("de", "Österreich führe den Vorsitz des Ständigen Rates seit Jänner 2025 und werde ihn zum Jahresende an Finnland übergeben, fügte sie hinzu.", True, [("year", 2025, None, None)], None),
    ("de", "Das Gesamtbudget der Organisation stagniert seit Jahren bei knapp 140 Millionen Euro, weil eine Erhöhung am Einspruch einzelner Staaten scheitert.", True, [("money", 140000000, "EUR", "nearly")], None),
    ("de", "„Dialog ist kein Zeichen von Schwäche, sondern von Stärke“, betonte Raffelsberger.", False, [], None),
    ("de", "Russland war lediglich durch einen Vizeaußenminister vertreten, die Ukraine durch ihren Chefdiplomaten.", True, [], None),
    ("de", "Der russische Vertreter habe den Saal während der Rede des ukrainischen Ministers für etwa 20 Minuten verlassen, hieß es aus Diplomatenkreisen.", True, [("duration", 20, "minute", "about")], None),
    # --- Berlin: Militärhilfe für die Ukraine (dpa) ---
    ("de", "Berlin (dpa) - Deutschland will der Ukraine im kommenden Jahr Militärhilfe im Umfang von 9,2 Milliarden Euro bereitstellen.", True, [("money", 9200000000, "EUR", None)], None),
    ("de", "Die Summe liege um 1,2 Milliarden Euro über dem Ansatz des laufenden Jahres, sagte Verteidigungsminister Jörg Wittstock der „Bild“-Zeitung.", True, [("money", 1200000000, "EUR", None)], "Jörg Wittstock"),
    ("de", "Ein Großteil davon sei für die Luftverteidigung vorgesehen, darunter zwei weitere Patriot-Systeme.", True, [("count", 2, None, None)], None),
    ("de", "Er fügte hinzu, die Bundeswehr werde bis Ende März zudem 40 Schützenpanzer aus eigenen Beständen abgeben.", True, [("count", 40, None, None)], None),
    ("de", "Deutschland sei damit nach den USA der zweitgrößte Unterstützer der Ukraine, so der Minister.", True, [("ordinal", 2, None, None)], None),
    ("de", "„Wir lassen uns von Drohungen aus Moskau nicht einschüchtern“, sagte Wittstock.", False, [], None),
    ("de", "Nach Angaben des Instituts für Weltwirtschaft in Kiel hat Deutschland seit Februar 2022 militärische Hilfe im Wert von rund 38 Milliarden Euro zugesagt.", True, [("year", 2022, None, None), ("money", 38000000000, "EUR", "about")], "das Institut für Weltwirtschaft"),
    ("de", "Die Opposition warf der Regierung vor, die zugesagten Waffen viel zu zögerlich zu liefern.", False, [], None),
    ("de", "Der Haushaltsausschuss des Bundestags muss der Summe noch zustimmen, die Sitzung ist für den 12. November angesetzt.", True, [("date", "--11-12", None, None)], None),
    ("de", "Das sei ein Versprechen, auf das sich Kiew verlassen könne, betonte Wittstock.", False, [], None),
    # --- Moskau: Ausweisung deutscher Diplomaten (dpa) ---
    ("de", "Moskau (dpa) - Russland hat die Ausweisung von vier deutschen Diplomaten angeordnet.", True, [("count", 4, None, None)], None),
    ("de", "Sie müssten das Land binnen 14 Tagen verlassen, zitierte die Agentur Interfax Vizeaußenminister Wladlen Sacharkin.", True, [("duration", 14, "day", None)], "Wladlen Sacharkin"),
    ("de", "Es handle sich um eine Antwort auf die Ausweisung von zwei Mitarbeitern der russischen Botschaft aus Berlin im September.", True, [("count", 2, None, None)], None),
    ("de", "Moskau behalte sich weitere Schritte vor, falls Berlin den Konflikt weiter anheize, sagte Sacharkin.", False, [], None),
    ("de", "Ein Sprecher des Auswärtigen Amts nannte die Entscheidung „ungerechtfertigt und völlig unverhältnismäßig“.", False, [], None),
    ("de", "An der deutschen Botschaft in Moskau arbeiten derzeit noch rund 90 entsandte Beschäftigte.", True, [("count", 90, None, "about")], None),
    ("de", "Anfang 2022 waren es nach Angaben des Auswärtigen Amts noch mehr als 200 gewesen.", True, [("year", 2022, None, None), ("count", 200, None, "over")], "das Auswärtige Amt"),
    ("de", "Es ist bereits die dritte Welle gegenseitiger Ausweisungen in diesem Jahr.", True, [("ordinal", 3, None, None)], None),
    ("de", "Die Agentur Tass meldete unter Berufung auf das Außenministerium, der deutsche Botschafter sei am Vormittag für 40 Minuten einbestellt worden.", True, [("duration", 40, "minute", None)], None),
    # --- Bern: Wiederaufbauhilfe für die Ukraine (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Die Schweiz stellt für den Wiederaufbau der Ukraine bis 2030 weitere 1,5 Milliarden Franken bereit.", True, [("year", 2030, None, None), ("money", 1500000000, "CHF", None)], None),
    ("de", "Davon sollen rund 500 Millionen Franken über Schweizer Unternehmen fliessen, wie aus einer Mitteilung des Eidgenössischen Departements für auswärtige Angelegenheiten hervorgeht.", True, [("money", 500000000, "CHF", "about")], None),
    ("de", "Laut einer Mitteilung des Bundesrats sind für das laufende Jahr 22 Projekte in sechs Regionen bewilligt.", True, [("count", 22, None, None), ("count", 6, None, None)], None),
    ("de", "Es gehe vor allem darum, Schulen, Spitäler und die Wasserversorgung rasch instand zu setzen, sagte Staatssekretärin Corinne Waeber am Mittwoch vor den Medien in Bern.", True, [], "Corinne Waeber"),
    ("de", "Man wolle bis Ende Jahr mindestens 30 Schulen wieder in Betrieb nehmen, so Waeber.", True, [("count", 30, None, "at_least")], "Waeber"),
    ("de", "Jede Zahlung sei an Auflagen zur Korruptionsbekämpfung und an unabhängige Prüfungen vor Ort geknüpft, betonte sie.", True, [], None),
    ("de", "Die SVP kritisierte den Entscheid als «Blankocheck auf Kosten der Steuerzahlenden».", False, [], None),
    ("de", "Der Gesamtbetrag entspricht knapp 0,2 Prozent der jährlichen Wirtschaftsleistung der Schweiz.", True, [("percent", 0.2, "%", "nearly")], None),
    ("de", "Das Parlament hatte den Rahmenkredit im Juni mit 121 zu 63 Stimmen gutgeheissen.", True, [("count", 121, None, None), ("count", 63, None, None)], None),
    # --- Brüssel: 20. Sanktionspaket (dpa) ---
    ("de", "Brüssel (dpa) - Nach wochenlangem Streit haben die Botschafter der EU-Staaten das 20. Sanktionspaket gegen Russland beschlossen.", True, [("ordinal", 20, None, None)], None),
    ("de", "Es umfasse Strafmaßnahmen gegen 118 weitere Schiffe der sogenannten Schattenflotte, sagte die EU-Außenbeauftragte Maarit Kallonen.", True, [("count", 118, None, None)], "Maarit Kallonen"),
    ("de", "Damit stünden dann insgesamt 675 Tanker auf der Liste.", True, [("count", 675, None, None)], None),
    ("de", "Zudem sinke die Preisobergrenze für russisches Rohöl von 47,60 Dollar auf 44,10 Dollar pro Barrel, erklärte Kallonen.", True, [("money", 47.6, "USD", None), ("money", 44.1, "USD", None)], "Kallonen"),
    ("de", "Wie aus dem Beschlussentwurf hervorgeht, sollen auch 45 Unternehmen aus Drittstaaten gelistet werden, darunter zwölf aus China.", True, [("count", 45, None, None), ("count", 12, None, None)], None),
    ("de", "„Jedes Paket trifft die Kriegswirtschaft des Kremls ins Mark“, sagte Kallonen.", False, [], None),
    ("de", "Ein Sprecher der russischen Vertretung bei der EU sprach von „illegalen einseitigen Maßnahmen“, die Europa selbst am meisten schadeten.", False, [], None),
    ("de", "Nach Berechnungen der Kommission sind die russischen Öl- und Gaseinnahmen im ersten Halbjahr um 24 Prozent gesunken.", True, [("ordinal", 1, None, None), ("percent", 24, "%", None)], None),
    # --- Berlin: Telefonat über Zölle (Reuters) ---
    ("de", "Berlin (Reuters) - Der Bundeskanzler und der US-Präsident haben am Sonntagabend rund 45 Minuten lang miteinander telefoniert.", True, [("duration", 45, "minute", "about")], None),
    ("de", "Dabei sei es vor allem um die angekündigten Zölle von 15 Prozent auf Industriegüter aus der EU gegangen, sagte Regierungssprecher Matthias Brennecke.", True, [("percent", 15, "%", None)], "Matthias Brennecke"),
    ("de", "Beide hätten vereinbart, dass sich ihre Handelsbeauftragten binnen zwei Wochen in Washington treffen.", True, [("duration", 2, "week", None)], None),
    ("de", "Der Kanzler habe zudem für eine Verlängerung der Ausnahmen für Arzneimittel geworben, hieß es aus dem Kanzleramt.", True, [], "das Kanzleramt"),
    ("de", "Deutsche Exporte in die USA waren im vergangenen Jahr rund 161 Milliarden Euro wert, knapp ein Zehntel aller Ausfuhren.", True, [("money", 161000000000, "EUR", "about"), ("fraction", 0.1, None, "nearly")], None),
    ("de", "Die Bundesregierung prüfe derzeit Hilfen für besonders betroffene Mittelständler, erklärte ein Sprecher des Wirtschaftsministeriums.", True, [], None),
    ("de", "Es sei „ein gutes und sehr konstruktives Gespräch“ gewesen, so Brennecke.", False, [], None),
    ("de", "„Wir wollen keinen Handelskrieg, aber wir sind darauf vorbereitet“, sagte der Kanzler am Montag bei einem Termin in Hannover.", False, [], None),
    ("de", "Nach Angaben des Statistischen Bundesamts gingen die Exporte in die USA in den ersten acht Monaten des Jahres um 7,4 Prozent zurück.", True, [("ordinal", 1, None, None), ("duration", 8, "month", None), ("percent", 7.4, "%", None)], "das Statistische Bundesamt"),
    # --- Wien: Rückführungsabkommen (APA) ---
    ("de", "Wien (APA) - Österreich und Marokko haben ein Abkommen über die Rückführung abgelehnter Asylwerber unterzeichnet.", True, [], None),
    ("de", "Derzeit seien rund 1.300 marokkanische Staatsbürger in Österreich ausreisepflichtig, sagte Innenminister Gernot Scheibelreiter im Ö1-Morgenjournal.", True, [("count", 1300, None, "about")], "Gernot Scheibelreiter"),
    ("de", "Im Vorjahr seien lediglich 41 von ihnen tatsächlich abgeschoben worden.", True, [("count", 41, None, None)], None),
    ("de", "Künftig sollen Heimreisezertifikate binnen 30 Tagen ausgestellt werden, bisher habe das oft mehr als ein halbes Jahr gedauert.", True, [("duration", 30, "day", None), ("duration", 0.5, "year", "over")], None),
    ("de", "Im Gegenzug unterstütze Österreich Ausbildungsprogramme in Marokko mit 2,5 Millionen Euro jährlich, so Scheibelreiter.", True, [("money", 2500000, "EUR", None)], "Scheibelreiter"),
    ("de", "„Wer kein Bleiberecht hat, muss das Land verlassen, so einfach ist das“, sagte der Minister.", False, [], None),
    ("de", "Die Grünen sprachen von einem „PR-Abkommen ohne jede Substanz“.", False, [], None),
    ("de", "Laut Asylstatistik des Innenministeriums wurden heuer bis Ende September 12.480 Asylanträge gestellt, um 31 Prozent weniger als im Vorjahreszeitraum.", True, [("count", 12480, None, None), ("percent", 31, "%", None)], None),
    # --- Kiew: Angriffe auf das Energienetz (dpa) ---
    ("de", "Kiew (dpa) - Mit 312 Drohnen und 18 Marschflugkörpern hat Russland in der Nacht zum Dienstag erneut die ukrainische Energieinfrastruktur angegriffen.", True, [("count", 312, None, None), ("count", 18, None, None)], None),
    ("de", "Die Flugabwehr habe 279 Drohnen und 15 Marschflugkörper abgefangen, schrieb Luftwaffensprecher Ihor Danylenko auf Telegram.", True, [("count", 279, None, None), ("count", 15, None, None)], "Ihor Danylenko"),
    ("de", "Außenminister Andrij Kowaltschuk schrieb auf der Plattform X, Russland habe gezielt Umspannwerke in sechs Gebieten getroffen.", True, [("count", 6, None, None)], "Andrij Kowaltschuk"),
    ("de", "Mehr als 400.000 Haushalte seien zeitweise ohne Strom gewesen, fügte er hinzu.", True, [("count", 400000, None, "over")], None),
    ("de", "„Jeder Tag ohne zusätzliche Flugabwehr kostet Menschenleben“, schrieb Kowaltschuk.", False, [], None),
    ("de", "In Charkiw wurden nach Angaben von Bürgermeister Wadym Ostapenko mindestens drei Menschen verletzt, darunter ein sieben Jahre altes Mädchen.", True, [("count", 3, None, "at_least"), ("duration", 7, "year", None)], "Wadym Ostapenko"),
    ("de", "Das russische Verteidigungsministerium erklärte, man habe Anlagen der ukrainischen Rüstungsindustrie mit Präzisionswaffen getroffen.", True, [], None),
    ("de", "Die Darstellungen beider Seiten sind unabhängig nicht überprüfbar.", False, [], None),
    ("de", "Es war bereits der fünfte großangelegte Angriff auf das Energienetz seit Anfang Oktober.", True, [("ordinal", 5, None, None)], None),
    # --- Istanbul: Schwarzmeer-Gespräche (AFP) ---
    ("de", "Istanbul (AFP) - Vertreter Russlands und der Ukraine haben in Istanbul zum zweiten Mal in diesem Jahr über die Sicherheit der Handelsschifffahrt im Schwarzen Meer gesprochen.", True, [("ordinal", 2, None, None)], None),
    ("de", "Die Gespräche unter türkischer Vermittlung dauerten knapp vier Stunden, sagte Außenamtssprecher Kerem Aydınlı am Abend.", True, [("duration", 4, "hour", "nearly")], "Kerem Aydınlı"),
    ("de", "Beide Seiten hätten sich grundsätzlich auf einen zwölf Seemeilen breiten Korridor entlang der Küste verständigt.", True, [("count", 12, None, None)], None),
    ("de", "Einzelheiten sollten bei einem dritten Treffen Anfang Dezember geklärt werden, so Aydınlı.", True, [("ordinal", 3, None, None)], "Aydınlı"),
    ("de", "Über die ukrainischen Häfen wurden nach Angaben des Infrastrukturministeriums in Kiew seit Jahresbeginn 71 Millionen Tonnen Fracht verschifft.", True, [("count", 71000000, None, None)], "das Infrastrukturministerium"),
    ("de", "„Das Schwarze Meer darf nicht zum Schlachtfeld werden“, sagte Aydınlı.", False, [], None),
    ("de", "Ob Moskau einer Kontrolle seiner Frachter durch Dritte zustimmt, blieb offen.", False, [], None),
    # --- Berlin: Bundestag verlängert Irak-Mandat (dpa) ---
    ("de", "Berlin (dpa) - Das Bundeswehrmandat für den Irak gilt für weitere zwölf Monate, der Bundestag stimmte am Donnerstag der Verlängerung zu.", True, [("duration", 12, "month", None)], None),
    ("de", "Für das Mandat stimmten 441 Abgeordnete, 187 votierten dagegen, 12 enthielten sich.", True, [("count", 441, None, None), ("count", 187, None, None), ("count", 12, None, None)], None),
    ("de", "Die Kosten bezifferte das Verteidigungsministerium auf rund 68 Millionen Euro.", True, [("money", 68000000, "EUR", "about")], None),
    ("de", "Der Einsatz sei ein unverzichtbarer Beitrag zur Stabilität der gesamten Region, sagte die SPD-Abgeordnete Lena Hartwich in der Debatte.", False, [], None),
    ("de", "Der Linken-Abgeordnete Tobias Sternberg nannte das Mandat „ein Abenteuer ohne Ausstiegsplan“.", False, [], None),
    ("de", "Sternberg sagte, seit Beginn des Einsatzes 2015 seien mehr als 900 Millionen Euro ausgegeben worden.", True, [("year", 2015, None, None), ("money", 900000000, "EUR", "over")], "Sternberg"),
    ("de", "Es gehe um nicht weniger als die Glaubwürdigkeit Deutschlands als Partner, betonte der Parlamentarische Staatssekretär.", False, [], None),
    ("de", "Derzeit sind nach Angaben der Bundeswehr rund 310 deutsche Soldaten im Irak und in Jordanien stationiert.", True, [("count", 310, None, "about")], "die Bundeswehr"),
    # --- Genf: UNO-Bericht zum Sudan (Keystone-SDA) ---
    ("de", "Genf (Keystone-SDA) - Eine Untersuchungskommission des UNO-Menschenrechtsrats wirft beiden Konfliktparteien im Sudan systematische Angriffe auf Zivilisten vor.", True, [], None),
    ("de", "Die Kommission habe seit April 2023 mehr als 560 Zeuginnen und Zeugen befragt, sagte deren Vorsitzende Ana Lucía Berrocal in Genf.", True, [("year", 2023, None, None), ("count", 560, None, "over")], "Ana Lucía Berrocal"),
    ("de", "In mindestens 14 Fällen habe man Belege für Massenhinrichtungen gefunden.", True, [("count", 14, None, "at_least")], None),
    ("de", "Wie aus dem 19-seitigen Bericht hervorgeht, wurden allein in Nord-Darfur mehr als 3200 Zivilisten getötet.", True, [("count", 19, None, None), ("count", 3200, None, "over")], None),
    ("de", "«Die Welt darf nicht länger wegschauen», sagte Berrocal.", False, [], None),
    ("de", "Der Rat mit seinen 47 Mitgliedstaaten soll im März über eine Verlängerung des Mandats um zwölf Monate abstimmen.", True, [("count", 47, None, None), ("duration", 12, "month", None)], None),
    ("de", "Nach Schätzungen des UNO-Flüchtlingshilfswerks UNHCR sind innerhalb des Landes rund 8,8 Millionen Menschen vertrieben.", True, [("count", 8800000, None, "about")], None),
    # --- Wien: Sky Shield (APA) ---
    ("de", "Wien (APA) - Österreich beschafft im Rahmen der europäischen Luftverteidigungsinitiative Sky Shield vier weitere Flugabwehrsysteme.", True, [("count", 4, None, None)], None),
    ("de", "Die Anschaffung koste rund 1,1 Milliarden Euro und solle bis 2029 abgeschlossen sein, sagte Verteidigungsministerin Sabine Pölzleitner am Mittwoch nach dem Ministerrat.", True, [("money", 1100000000, "EUR", "about"), ("year", 2029, None, None)], "Sabine Pölzleitner"),
    ("de", "Die Neutralität sei und bleibe das Fundament der österreichischen Sicherheitspolitik, betonte sie.", False, [], None),
    ("de", "Ein Ausstieg aus dem Projekt sei jederzeit möglich, eine Beistandspflicht bestehe nicht, fügte Pölzleitner hinzu.", True, [], "Pölzleitner"),
    ("de", "Das Verteidigungsbudget steigt heuer auf 4,9 Milliarden Euro, das entspricht rund 1 Prozent des BIP.", True, [("money", 4900000000, "EUR", None), ("percent", 1, "%", "about")], None),
    ("de", "Bis 2032 solle der Anteil schrittweise auf 2 Prozent steigen, so die Ministerin.", True, [("year", 2032, None, None), ("percent", 2, "%", None)], None),
    ("de", "FPÖ-Wehrsprecher Klaus Hörmann sprach von einem „schleichenden Nato-Beitritt durch die Hintertür“.", False, [], None),
    ("de", "Laut einer im Auftrag des Ministeriums durchgeführten Umfrage befürworten 58 Prozent der Befragten eine Teilnahme an Sky Shield.", True, [("percent", 58, "%", None)], None),
    # --- Peking: Besuch der Außenministerin (AFP) ---
    ("de", "Peking (AFP) - Bundesaußenministerin Annegret Vollrath ist zu einem dreitägigen Besuch in China eingetroffen.", True, [("duration", 3, "day", None)], None),
    ("de", "Es ist ihre erste Reise nach Peking seit ihrem Amtsantritt vor 14 Monaten.", True, [("ordinal", 1, None, None), ("duration", 14, "month", None)], None),
    ("de", "China sei mit einem Handelsvolumen von zuletzt 246 Milliarden Euro erneut Deutschlands wichtigster Handelspartner, sagte Vollrath vor dem Abflug dem Deutschlandfunk.", True, [("money", 246000000000, "EUR", None)], "Vollrath"),
    ("de", "Zugleich sei die Abhängigkeit bei Seltenen Erden viel zu hoch, rund 90 Prozent der Einfuhren kämen aus China.", True, [("percent", 90, "%", "about")], None),
    ("de", "Laut einer Mitteilung des Auswärtigen Amts sind Gespräche mit dem chinesischen Außenminister und dem Vizepräsidenten geplant.", True, [], None),
    ("de", "Ein Sprecher des chinesischen Außenministeriums sagte, Peking hoffe auf „mehr Pragmatismus und weniger Belehrungen“ aus Berlin.", False, [], None),
    ("de", "„Wir suchen den Dialog, aber nicht um jeden Preis“, sagte Vollrath.", False, [], None),
    ("de", "Nach Angaben des chinesischen Zolls stiegen die Ausfuhren nach Deutschland in den ersten neun Monaten um 6,1 Prozent.", True, [("ordinal", 1, None, None), ("duration", 9, "month", None), ("percent", 6.1, "%", None)], None),
    # --- Warschau: Grenze zu Belarus (dpa) ---
    ("de", "Warschau (dpa) - Polen hält seine Grenzübergänge zu Belarus weitere 60 Tage geschlossen.", True, [("duration", 60, "day", None)], None),
    ("de", "Seit Jahresbeginn hätten Grenzschützer mehr als 11.000 Versuche illegaler Grenzübertritte registriert, sagte Vizeinnenminister Maciej Kordasz der Nachrichtenagentur PAP.", True, [("count", 11000, None, "over")], "Maciej Kordasz"),
    ("de", "Das seien etwa 40 Prozent weniger als im selben Zeitraum des Vorjahres.", True, [("percent", 40, "%", "about")], None),
    ("de", "Der Zaun entlang der 186 Kilometer langen Landgrenze werde bis zum Sommer mit zusätzlichen Wärmebildkameras ausgerüstet, so Kordasz.", True, [("count", 186, None, None)], "Kordasz"),
    ("de", "Die Regierung in Minsk sprach von einer „feindseligen Blockadepolitik“.", False, [], None),
    ("de", "Polnische Spediteure beziffern ihre Verluste durch die Schließung auf bislang rund 250 Millionen Złoty.", True, [("money", 250000000, "PLN", "about")], None),
    ("de", "Man werde keinen Schritt zurückweichen, solange Minsk Migranten als Waffe einsetze, betonte Kordasz.", False, [], None),
    ("de", "An der Grenze sind derzeit nach Angaben der Armee rund 6.000 Soldaten im Einsatz.", True, [("count", 6000, None, "about")], "die Armee"),
    # === English ================================================================================
    # --- London: shadow fleet sanctions (Reuters) ---
    ("en", "LONDON, Oct 14 (Reuters) - Britain will impose sanctions on 90 more vessels in Russia's shadow fleet, Foreign Secretary Rebecca Thornhill said on Tuesday.", True, [("date", "--10-14", None, None), ("count", 90, None, None)], "Rebecca Thornhill"),
    ("en", "The measures bring the number of tankers sanctioned by Britain to more than 500, she told BBC Radio 4's Today programme.", True, [("count", 500, None, "over")], None),
    ("en", "Thornhill told the BBC the fleet had carried an estimated 3.4 million barrels of oil a day in the first half of the year.", True, [("count", 3400000, None, "about"), ("ordinal", 1, None, None)], "Thornhill"),
    ("en", "In a separate move, Thornhill said in a statement that two Dubai-based ship managers would face asset freezes.", True, [("count", 2, None, None)], "Thornhill"),
    ("en", "\"Every barrel we stop is a barrel that cannot pay for drones,\" Thornhill said.", False, [], None),
    ("en", "The Kremlin said the sanctions were illegal and would not change Russia's course.", False, [], None),
    ("en", "Britain has sanctioned more than 2,800 individuals and entities since February 2022, according to the Foreign Office.", True, [("count", 2800, None, "over"), ("year", 2022, None, None)], "the Foreign Office"),
    ("en", "A government official, speaking on condition of anonymity, said further listings aimed at insurers in the United Arab Emirates were being prepared.", True, [], None),
    ("en", "Brent crude was little changed at $63.40 a barrel by 1100 GMT.", True, [("money", 63.4, "USD", None)], None),
    ("en", "Opposition lawmakers said the government had been far too slow to act.", False, [], None),
    # --- Washington: U.S.-China call (AP) ---
    ("en", "WASHINGTON (AP) — The secretary of state spoke by phone with China's foreign minister for nearly an hour on Monday, the State Department said.", True, [], "the State Department"),
    ("en", "According to a State Department readout, the two discussed export controls on rare earth minerals and fentanyl trafficking.", True, [("count", 2, None, None)], None),
    ("en", "China's foreign ministry said in its own readout that the minister had urged Washington to lift tariffs of up to 50% on Chinese steel.", True, [("percent", 50, "%", "up_to")], "China's foreign ministry"),
    ("en", "A senior State Department official, who briefed reporters on condition of anonymity, said the two sides had agreed to meet in person before the end of the year.", True, [("count", 2, None, None)], None),
    ("en", "U.S. imports from China fell 21% in the first eight months of the year, Commerce Department data show.", True, [("percent", 21, "%", None), ("ordinal", 1, None, None), ("duration", 8, "month", None)], None),
    ("en", "\"We are not going to be lectured on trade by a country that floods the world with subsidized steel,\" the official said.", False, [], None),
    ("en", "U.S. tariffs on Chinese goods currently average about 55%, said Marcia Delaney-Ruiz, who led trade talks with Beijing under the previous administration.", True, [("percent", 55, "%", "about")], "Marcia Delaney-Ruiz"),
    ("en", "She said a deal on soybeans could be worth up to $20 billion a year to American farmers.", True, [("money", 20000000000, "USD", "up_to")], None),
    ("en", "The last in-person meeting between the two ministers took place in Kuala Lumpur in July.", True, [("count", 2, None, None)], None),
    # --- Kyiv: strikes on gas facilities (Reuters) ---
    ("en", "KYIV, Nov 3 (Reuters) - Russia fired 145 attack drones and four ballistic missiles during the night, Ukraine's air force said on Monday.", True, [("date", "--11-03", None, None), ("count", 145, None, None), ("count", 4, None, None)], "Ukraine's air force"),
    ("en", "Air defences shot down or jammed 127 of the drones, it said.", True, [("count", 127, None, None)], None),
    ("en", "Foreign Minister Andriy Kovalchuk wrote on X that Russia had targeted gas production facilities in the Poltava and Kharkiv regions.", True, [], "Andriy Kovalchuk"),
    ("en", "Gas output has fallen by about 40% since the start of October as a result of the strikes, Kovalchuk wrote.", True, [("percent", 40, "%", "about")], "Kovalchuk"),
    ("en", "\"Russia wants to freeze Ukrainian families into submission,\" Kovalchuk wrote.", False, [], None),
    ("en", "Kharkiv regional governor Oleh Synytsia said on Telegram that three people, including a 12-year-old boy, were wounded.", True, [("count", 3, None, None), ("duration", 12, "year", None)], "Oleh Synytsia"),
    ("en", "Russia's Defence Ministry said its forces had struck energy facilities used by the Ukrainian military.", True, [], "Russia's Defence Ministry"),
    ("en", "Reuters could not independently verify the claims of either side.", False, [], None),
    ("en", "Ukraine has asked its Western partners for at least 10 more Patriot systems, according to the foreign ministry.", True, [("count", 10, None, "at_least")], "the foreign ministry"),
    # --- Brussels: frozen Russian assets (AFP) ---
    ("en", "BRUSSELS, Dec 15 (AFP) - EU foreign ministers could not agree on Monday on a plan to tap 185 billion euros in immobilised Russian central bank assets for a loan to Ukraine.", True, [("date", "--12-15", None, None), ("money", 185000000000, "EUR", None)], None),
    ("en", "Belgium, where most of the assets are held at the Euroclear depository, again blocked the plan, diplomats said.", True, [], None),
    ("en", "The loan would cover about two-thirds of Ukraine's budget needs for 2026 and 2027, said Irena Vukmirović, who chaired the meeting.", True, [("fraction", 0.6667, None, "about"), ("year", 2026, None, None), ("year", 2027, None, None)], "Irena Vukmirović"),
    ("en", "Finance Minister Luc Verhaegen's office said in a statement that Belgium could not carry the legal risks alone.", True, [], "Luc Verhaegen's office"),
    ("en", "Euroclear holds about 192 billion euros of Russian assets, most of it now in cash, according to its latest quarterly report.", True, [("money", 192000000000, "EUR", "about")], None),
    ("en", "\"Time is running out for Ukraine, and we are still talking,\" said Kaarel Riisalu, Estonia's foreign minister.", False, [], None),
    ("en", "EU leaders will return to the issue at a summit on Dec. 18-19, a spokesperson for the European Council said.", True, [("date", "--12-18", None, None), ("date", "--12-19", None, None)], "a spokesperson for the European Council"),
    ("en", "Ukraine's financing gap for next year is put at $60 billion, according to the International Monetary Fund.", True, [("money", 60000000000, "USD", None)], "the International Monetary Fund"),
    ("en", "The ministers also agreed to add 17 people to the EU's human rights sanctions list, the bloc's foreign policy chief told a news conference.", True, [("count", 17, None, None)], "the bloc's foreign policy chief"),
    # --- Canberra: Vanuatu security pact (AAP) ---
    ("en", "CANBERRA (AAP) - Australia will give Vanuatu A$328 million over 10 years under a security and policing agreement signed on Wednesday.", True, [("money", 328000000, "AUD", None), ("duration", 10, "year", None)], None),
    ("en", "The money will pay for 240 additional police officers and a new training academy in Port Vila, Foreign Minister Alison Pardoe's office said.", True, [("count", 240, None, None)], "Alison Pardoe's office"),
    ("en", "Pardoe told ABC Radio the agreement did not prevent Vanuatu from working with other partners, including China.", True, [], "Pardoe"),
    ("en", "\"This is a partnership between equals,\" Vanuatu's prime minister said in a statement.", False, [], None),
    ("en", "China has funded more than 20 infrastructure projects in Vanuatu since 2006, according to the Lowy Institute.", True, [("count", 20, None, "over"), ("year", 2006, None, None)], "the Lowy Institute"),
    ("en", "Opposition foreign affairs spokesman Greg Ellison said the government was trying to buy friendship in the Pacific.", False, [], None),
    ("en", "The agreement must still be ratified by Vanuatu's 52-member parliament.", True, [("count", 52, None, None)], None),
    ("en", "Australia's development assistance to the Pacific totals about A$2.1 billion a year.", True, [("money", 2100000000, "AUD", "about")], None),
    # --- Taipei: Chinese drills (Reuters) ---
    ("en", "TAIPEI, April 2 (Reuters) - Taiwan's defence ministry said it had detected 71 Chinese military aircraft and 21 navy ships around the island in the 24 hours to 6 a.m. on Wednesday.", True, [("date", "--04-02", None, None), ("count", 71, None, None), ("count", 21, None, None), ("duration", 24, "hour", None)], "Taiwan's defence ministry"),
    ("en", "Of the aircraft, 45 crossed the median line of the Taiwan Strait, the ministry said.", True, [("count", 45, None, None)], "the ministry"),
    ("en", "China's Eastern Theatre Command said the two-day exercise tested its ability to blockade the island's main ports.", True, [("duration", 2, "day", None)], "China's Eastern Theatre Command"),
    ("en", "Chinese foreign ministry spokesperson Lin Haoran told a regular news briefing that Taiwan was an internal affair in which no foreign country had the right to interfere.", False, [], None),
    ("en", "It was the third large-scale Chinese exercise around Taiwan in 12 months.", True, [("ordinal", 3, None, None), ("duration", 12, "month", None)], None),
    ("en", "Taiwan's presidential office said in a statement that it strongly condemned the drills.", False, [], None),
    ("en", "A senior Taiwanese security official, speaking on condition of anonymity, said Chinese coast guard vessels had entered restricted waters off Kinmen four times this week.", True, [("count", 4, None, None)], None),
    ("en", "The U.S. State Department urged Beijing to exercise restraint and refrain from coercion.", False, [], None),
    ("en", "Taipei intends to lift defence spending to 3.3% of gross domestic product next year, the cabinet said in August.", True, [("percent", 3.3, "%", None)], "the cabinet"),
    # --- United Nations: South Sudan mandate (AP) ---
    ("en", "UNITED NATIONS (AP) — The U.N. Security Council on Friday extended the peacekeeping mission in South Sudan for another year, with two abstentions and 13 members voting in favour.", True, [("count", 13, None, None), ("count", 2, None, None)], None),
    ("en", "The mission has about 17,000 troops and police on the ground and an annual budget of $1.2 billion.", True, [("count", 17000, None, "about"), ("money", 1200000000, "USD", None)], None),
    ("en", "Britain's U.N. ambassador, Philippa Rowcliffe, said the mission had sheltered more than 180,000 civilians at its bases since the civil war erupted in 2013.", True, [("count", 180000, None, "over"), ("year", 2013, None, None)], "Philippa Rowcliffe"),
    ("en", "Russia's deputy ambassador Vadim Korsunov said Moscow abstained because the text interfered in South Sudan's internal affairs.", True, [], "Vadim Korsunov"),
    ("en", "\"Peacekeepers cannot keep a peace that the parties themselves refuse to build,\" Korsunov told the council.", False, [], None),
    ("en", "The resolution cuts the mission's authorised troop ceiling by 2,000, reflecting a cash crunch at the world body.", True, [("count", 2000, None, None)], None),
    ("en", "The United Nations is owed about $2.4 billion in unpaid peacekeeping contributions, a U.N. spokesperson said.", True, [("money", 2400000000, "USD", "about")], "a U.N. spokesperson"),
    ("en", "The United States, the largest contributor, has not paid its share since January, diplomats said.", True, [], None),
    ("en", "Human rights groups called on the council to impose an arms embargo on all parties to the conflict.", False, [], None),
    # --- Ottawa: steel counter-tariffs (CP) ---
    ("en", "OTTAWA — Canada will impose a 25 per cent counter-tariff on U.S. steel products worth about C$12.6 billion starting Nov. 1, Finance Minister Daniel Thibodeau said Thursday.", True, [("percent", 25, "%", None), ("money", 12600000000, "CAD", "about"), ("date", "--11-01", None, None)], "Daniel Thibodeau"),
    ("en", "Thibodeau told reporters the measures would stay in place until Washington lifted its 50 per cent tariffs on Canadian steel and aluminum.", True, [("percent", 50, "%", None)], "Thibodeau"),
    ("en", "He said about 23,000 jobs in the steel sector were at risk.", True, [("count", 23000, None, "about")], None),
    ("en", "\"We will not be pushed around,\" Thibodeau said.", False, [], None),
    ("en", "Canada exported C$31 billion worth of steel and aluminum to the United States last year, according to Statistics Canada.", True, [("money", 31000000000, "CAD", None)], "Statistics Canada"),
    ("en", "Industry Minister Priya Raghunathan's office said the government would set aside C$1.5 billion in loans for affected companies.", True, [("money", 1500000000, "CAD", None)], "Priya Raghunathan's office"),
    ("en", "A White House spokesperson called the Canadian response regrettable and counterproductive.", False, [], None),
    ("en", "It is the second round of Canadian counter-tariffs this year.", True, [("ordinal", 2, None, None)], None),
    # --- London: small boats (PA) ---
    ("en", "LONDON (PA) - The Prime Minister spoke with the French president for around 40 minutes on Sunday evening, Downing Street said.", True, [("duration", 40, "minute", "about")], "Downing Street"),
    ("en", "According to a Downing Street readout, the two leaders agreed to hold a summit on migration in the spring.", True, [("count", 2, None, None)], None),
    ("en", "The Prime Minister's official spokesman said 28,450 migrants had reached Britain on small boats this year, 14% more than in the same period of last year.", True, [("count", 28450, None, None), ("percent", 14, "%", None)], "the Prime Minister's official spokesman"),
    ("en", "He added that 1,900 people had been returned to France under the pilot scheme since August.", True, [("count", 1900, None, None)], None),
    ("en", "\"The gangs are being hit harder than ever before,\" the spokesman said.", False, [], None),
    ("en", "The Home Office said 54 people-smuggling suspects had been arrested in joint operations with French police since July.", True, [("count", 54, None, None)], "the Home Office"),
    ("en", "The shadow home secretary said the figures showed the government had lost control of the country's borders.", False, [], None),
    ("en", "The Refugee Council estimates that about two-thirds of those crossing would be granted asylum if their claims were processed.", True, [("fraction", 0.6667, None, "about")], None),
    # --- Cairo: Gaza talks (Reuters) ---
    ("en", "CAIRO, Jan 21 (Reuters) - Indirect talks between Israeli and Hamas negotiators on the next stage of the Gaza truce resumed in Cairo on Tuesday, two Egyptian security sources said.", True, [("date", "--01-21", None, None), ("count", 2, None, None)], None),
    ("en", "An Egyptian official, who spoke on condition of anonymity because he was not authorised to brief the media, said the talks focused on a 1.2-kilometre buffer zone along the border.", True, [("count", 1.2, None, None)], None),
    ("en", "Hamas said in a statement that it was ready to hand over the running of the enclave to a committee of 15 Palestinian technocrats.", True, [("count", 15, None, None)], "Hamas"),
    ("en", "The Israeli prime minister's office said the delegation would return on Thursday.", True, [], None),
    ("en", "More than 420 Palestinians have died in Israeli strikes since the ceasefire began on Oct. 10, Gaza's health ministry says.", True, [("count", 420, None, "over"), ("date", "--10-10", None, None)], "Gaza's health ministry"),
    ("en", "Israel says it has only responded to repeated violations of the truce.", True, [], None),
    ("en", "Some 600 aid trucks a day are supposed to enter Gaza under the deal, but the U.N. says the daily average in December was 212.", True, [("count", 600, None, "about"), ("count", 212, None, None)], "the U.N."),
    ("en", "\"We will not accept any deal that keeps the occupation in place,\" a senior Hamas official told Reuters.", False, [], None),
    # --- New Delhi: India-EU trade talks (Reuters) ---
    ("en", "NEW DELHI, Feb 9 (Reuters) - India and the European Union ended a 14th round of free trade talks on Friday without agreement on tariffs for cars and wine, officials on both sides said.", True, [("date", "--02-09", None, None), ("ordinal", 14, None, None)], None),
    ("en", "India wants the EU to scrap tariffs of up to 12% on garments and leather goods, Trade Secretary Sunil Bhardwaj told reporters.", True, [("percent", 12, "%", "up_to")], "Sunil Bhardwaj"),
    ("en", "The EU is seeking to lower India's import duty on cars from 110% to 10% over five years, two people familiar with the talks said.", True, [("percent", 110, "%", None), ("percent", 10, "%", None), ("duration", 5, "year", None), ("count", 2, None, None)], None),
    ("en", "Bilateral trade in goods reached 120 billion euros last year, according to the European Commission.", True, [("money", 120000000000, "EUR", None)], "the European Commission"),
    ("en", "\"I can see the finish line from here,\" said Sabine Reichelt, who leads the EU negotiating team.", False, [], None),
    ("en", "The two sides have been negotiating since 2007, with a break of almost nine years between 2013 and 2022.", True, [("count", 2, None, None), ("year", 2007, None, None), ("duration", 9, "year", "nearly"), ("year", 2013, None, None), ("year", 2022, None, None)], None),
    ("en", "Bhardwaj said the next round would be held in Brussels in the week of March 16.", True, [("date", "--03-16", None, None)], "Bhardwaj"),
    ("en", "Indian farm unions have threatened nationwide protests if dairy products are included in the deal.", False, [], None),
    # --- Moscow: talks offer (Reuters) ---
    ("en", "MOSCOW, June 5 (Reuters) - Russia is ready to hold a third round of direct talks with Ukraine in Istanbul later this month, Interfax quoted Deputy Foreign Minister Vladlen Zakharkin as saying.", True, [("date", "--06-05", None, None), ("ordinal", 3, None, None)], "Vladlen Zakharkin"),
    ("en", "Zakharkin said Moscow had proposed a 48-hour truce along parts of the front to allow the bodies of fallen soldiers to be collected.", True, [("duration", 48, "hour", None)], "Zakharkin"),
    ("en", "Kremlin spokesman Yegor Lomakin told reporters no date had yet been set.", True, [], "Yegor Lomakin"),
    ("en", "The previous round, held on May 16, lasted less than two hours and produced an agreement to exchange 1,000 prisoners each.", True, [("date", "--05-16", None, None), ("duration", 2, "hour", "under"), ("count", 1000, None, None)], None),
    ("en", "\"Russia has always been open to a peaceful settlement,\" Lomakin said.", False, [], None),
    ("en", "Ukraine's foreign ministry said it had not received any formal proposal.", True, [], "Ukraine's foreign ministry"),
    ("en", "RIA Novosti cited a source in the Russian delegation as saying Moscow would table a memorandum of 11 points.", True, [("count", 11, None, None)], None),
    ("en", "The rouble firmed 0.8% to 78.35 per dollar.", True, [("percent", 0.8, "%", None), ("money", 78.35, "RUB", None)], None),
    # --- Vienna: IAEA and Iran (Reuters) ---
    ("en", "VIENNA, Sept 8 (Reuters) - Iran's stock of highly enriched uranium, with a purity of up to 60%, grew by 32.4 kg to 408.6 kg in the quarter to Aug. 16, according to a confidential IAEA report seen by Reuters.", True, [("date", "--09-08", None, None), ("percent", 60, "%", "up_to"), ("count", 32.4, None, None), ("count", 408.6, None, None), ("date", "--08-16", None, None)], None),
    ("en", "The IAEA's director general, Henrik Solvang, told reporters inspectors had carried out only 11 inspections in Iran since June.", True, [("count", 11, None, None)], "Henrik Solvang"),
    ("en", "\"Iran will not negotiate under threat,\" Iran's envoy to the IAEA said in a statement.", False, [], None),
    ("en", "A senior diplomat, speaking on condition of anonymity, said Britain, France and Germany were drafting a resolution for the agency's 35-nation Board of Governors.", True, [("count", 35, None, None)], None),
    ("en", "The board meets in Vienna from Sept. 9 to 12.", True, [("date", "--09-09", None, None), ("date", "--09-12", None, None)], None),
    ("en", "Solvang said the agency had lost track of how many centrifuges Iran had built since inspections were suspended.", True, [], "Solvang"),
    # --- Washington: Senate aid vote (AP) ---
    ("en", "WASHINGTON (AP) — The Senate voted 71-28 on Thursday to approve a $14.8 billion package of military aid for Taiwan and other partners in the Indo-Pacific.", True, [("count", 71, None, None), ("count", 28, None, None), ("money", 14800000000, "USD", None)], None),
    ("en", "The package includes $5.2 billion for air and missile defense, said Sen. Ray Dunmore, R-Idaho, who chairs the appropriations subcommittee on defense.", True, [("money", 5200000000, "USD", None)], "Ray Dunmore"),
    ("en", "\"This bill is a down payment on deterrence,\" Dunmore said.", False, [], None),
    ("en", "House leaders plan to bring the measure to a vote next week, a spokeswoman for the speaker said.", True, [], "a spokeswoman for the speaker"),
    ("en", "The Congressional Budget Office estimates the package would add $9 billion to the deficit over 10 years.", True, [("money", 9000000000, "USD", None), ("duration", 10, "year", None)], None),
    ("en", "Twelve Democrats and 16 Republicans voted against it.", True, [("count", 12, None, None), ("count", 16, None, None)], None),
    ("en", "Sen. Alma Herrera, D-N.M., said the money would be better spent at home.", False, [], None),

]
