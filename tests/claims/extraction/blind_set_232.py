"""Two-hundred-and-thirty-second blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People and figures are made up (Henrik
Wallmeroth, Mareike Tiedjen, Dirk Schwerdtfeger, Jana Pölitz, Ronny Kessling, Jens
Hallerstede, Rüdiger Schallenberg, Nele Brandhorst, Claudia Wendeler-Pohl, Malte
Siebeneicher, Gerold Aichinger, Hubert Kranebitter, Verena Pichlmayr, Albert Strohmaier,
Tanja Höllrigl, Inka Sörensen, Torge Hansen-Lüth, Thomas Reinhardswald, Ole Brandstätter,
Edith Lamprechter, Peter Gratzl, Clemens Hafner-Rauch, Renate Obwexer, Elisabeth
Mayrhofer-Klien, Frank Ruhnau, Sven Kühlewind, Dennis Kaltwasser, Patrick Ossenkamp, Mats
Heidbrink, Sandra Voigtländer, Arne Wöbbeking, Martina Gisler-Arnold, Mattea Caviezel, Kai
Overbeck, Jochen Meffert, Kathrin Meusel, Lutz Bergemann, Hanna Oestreich, Werner
Pachernegg, Barbara Novotny-Reisinger, Sabine Dettweiler; Tessa Morrow, Miriam Halloway,
Edward Pryor, Daniel Okafor, Martin Coulthard, Priya Raman, Angus Tremlett, Malcolm
Trevithick, Harriet Vowles, Graham Tolland, Andrew Pellow, Alistair Greenhalgh, Lucy
Farrant, Sarah Tremayne, Kirsty Balfour, Duncan Arbuthnott, Daniel Whitfield, Sarah
Kenward); ministers, presiding officers, auditors and office holders of real governments,
parliaments and bodies appear under made-up names that stand for no real holder, or by
their role only ("der Kanzler", "die amtierende Vizepräsidentin", "der Minister", "die
Ministerin", "der Nationalratspräsident", "the Leader of the House", "the head of Britain's
budget watchdog", "a deputy secretary of the defence department", "the Speaker", "the
Treasurer"). Real bodies, parties, places and procedures (Bundestag, Haushaltsausschuss,
Bereinigungssitzung, Generaldebatte, Einzelplan 14, Sondervermögen, Bundesrat,
Länderkammer, Finanzministerium, Arbeitsministerium, Bundesagentur für Arbeit,
Rentenversicherung, Technisches Hilfswerk, Bundeswehr, Nato, Hammelsprung, Ordnungsruf,
Bundesrechnungshof, SPD, CDU, CSU, AfD, Grüne, Linke, Union, SSW; Nationalrat,
Budgetausschuss, Parlamentskorrespondenz, Fiskalrat, Budgetbegleitgesetz,
Bundesfinanzgesetz, Eurofighter, ÖVP, SPÖ, FPÖ, NEOS, Wiener Gemeinderat, steiermärkischer
Landtag; Swiss Nationalrat, Ständerat, Finanzkommission, SP; the Landtage of Bavaria,
Schleswig-Holstein, Hesse, North Rhine-Westphalia, Saxony and Lower Saxony,
Landesrechnungshof, Staatsgerichtshof in Bückeburg, Berliner Abgeordnetenhaus,
Senatsverwaltung, Polizei; House of Commons, Office for Budget Responsibility, OBR,
Institute for Fiscal Studies, IFS, Treasury, House of Commons Library, Finance Bill,
Labour, Conservatives, Liberal Democrats, Scottish Parliament, Scottish Government, Scottish
Fiscal Commission, Scottish Conservatives; the Australian Senate and its estimates
hearings, House of Representatives, Labor, Greens; Alternative for Germany, and the
datelines' cities) stand for the way wire copy names them; every budget, deficit, debt
ratio, vote, tally, amendment, cost, speech length and quote here is invented, and where a
real figure came to mind (a real single budget, a real troop count, a real prison-place
target) it was changed.

Its weight: BUDGET DEBATES IN PARLIAMENT, German-heavy (about 70 percent German) - one
budget season (a Bundestag budget week in September to the Australian mid-year update on
December 17), 34 short stories in story order as the parliamentary desks file them, each
told as wire copy runs it (a dateline lead, the totals, the tally, attributed figures, the
other side, quotes, interjections, the next step). German (dpa with its regional slugs
"dpa/lby", "dpa/lno", "dpa/lhe", "dpa/lnw", "dpa/sn", "dpa/bb", "dpa/lni", Reuters German,
AFP German, APA, Keystone-SDA; German "Haushaltswoche", "Generaldebatte",
"Nettokreditaufnahme", "Einzelplan", "Bereinigungssitzung", "Hammelsprung",
"Zwischenruf", "Ordnungsruf", "namentliche Abstimmung", "Notsituation",
"Haushaltssperre", "Haushaltsstrukturgesetz", Austrian "Budgetrede", "Auszahlungen",
"Einzahlungen", "Abgang", "Mandatarinnen und Mandatare", "Abänderungsanträge", "heuer",
"mit 1. Jänner", Swiss "Voranschlag", "grosse Kammer", "kleine Kammer", "gutgeheissen",
«» quotes, German „“ quotes): the Bundestag's first reading and general debate, the
defence and social single budgets, Austria's budget speech, Bavaria's double budget in
first reading, Kiel's first reading with a heckle, Hesse's spending freeze, the
Bereinigungssitzung, Austria's budget committee, the Nationalrat's budget vote, the
Bundestag's final vote, a Hammelsprung, the transport budget, Lower Saxony's emergency
declaration, the Austrian Bundesrat, the Swiss Nationalrat's budget, North Rhine-Westphalia,
Saxony's minority government, Berlin's cuts, Styria, Vienna's double budget and the
Bundesrechnungshof's warning. English (Reuters, PA, AAP): Senate estimates on frigates in
Canberra, the UK budget with the OBR and the IFS, the Commons' budget votes and a
rebellion, Australia's Senate passing spending bills, Reuters on the Bundestag vote, the
OBR's forecasting error before MPs, a Commons estimates day, an opposition day defeat,
Holyrood's stage 1 vote and the Australian mid-year update with question time. Figures as
such copy has them: totals, borrowing and gaps in euros (Milliarden, Mrd., Mio., Billionen),
francs, pounds and Australian dollars, debt ratios and deficits in percent of GDP, a
percentage point and basis points, tallies with and without abstentions ("mit 121 zu 68
Stimmen und 5 Enthaltungen", "324 Abgeordnete ..., 258 dagegen, es gab zwei
Enthaltungen", "by 339 votes to 221, majority 118", "failed 31-37"), amendments and
interjections counted, number words and compounds ("viertägige", "achttägigen",
"dreieinhalb Stunden", "mehr als 14-stündigen", "knapp elfstündigen", "fünfstündige",
"75-minütigen", "16-Punkte-Plan", "Dreierkoalition", "zwölfmal", "zweimal", "the
two-child limit", "a three-hour estimates day debate", "the 76-seat chamber"), readings
and stages ("in erster Lesung", "in zweiter und dritter Lesung", "at stage 1", "its second
reading"), shares in words ("mehr als ein Viertel", "rund zwei Drittel", "Jeder dritte
Euro", "mehr als jeder zehnte Euro", "um ein Fünftel", "Knapp die Hälfte", "About half",
"roughly a tenth"), fiscal years ("2027/28", "2026-27", "by 2029-30"), years, dates and
hedges. Negatives as such copy has them: ministers' and MPs' rhetoric and resolve,
opposition labels and accusations without a checkable claim, heckles that state no fact,
reported questions, chamber colour, an audit office's label, open questions and doubts,
and economists' verdicts - seven of them carrying figures, labelled.

238 rows (169 German, 69 English), 57 negatives (40 German, 17 English), 181 check-worthy
rows of which 9 carry no figure (9 German, 0 English), 355 expected quantities (89 amounts
of money - 64 EUR, 14 GBP, 6 AUD, 4 CHF, 1 USD -, 85 counts, 71 years, 38 percentages - 36
in "%", 1 in percentage points "pp", 1 in basis points "bp" -, 26 durations - 10 in hours,
6 in days, 5 in years, 4 in minutes, 1 in months -, 21 ordinals, 13 fractions, 12 dates; 8
of them in seven negatives, as the seventeenth batch labels a figure in a negative), 39
checked speakers (22 German, 17 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, creed, vow or piece of rhetoric is a negative with speaker None, also
  with a named speaker and an office (seventh, ninety-eighth, hundred-thirty-first,
  hundred-eighty-eighth, two-hundred-fourth); a reported fact, figure, step or plan is
  check-worthy with its speaker. The pairs from one speaker: Wallmeroth's 524.3 billion
  euros beside „Dieser Haushalt ist eine Einladung ...“; Hallerstede's 212,000 troops beside
  „Wer Frieden will, ...“; Wendeler-Pohl's 86,000 beside „Der Sozialstaat ist kein
  Selbstbedienungsladen ...“; Aichinger's 87.3 percent beside „Wir sanieren, ...“;
  Strohmaier's 166 billion beside „Bayern bleibt ...“; Kranebitter's pension figures beside
  his label and his retort; Schwerdtfeger's 52 billion beside his label; Tiedjen's 3.2
  billion beside her „Verschiebebahnhof“; Ruhnau's share beside his „auf die Beine bringt“;
  Meusel's 4.3 billion beside „Kompromiss ist kein Schimpfwort ...“; Dettweiler's quarter
  beside „Die Lage ist ernst ...“; Gisler-Arnold's compliance with the debt brake beside
  «Wer heute mehr ausgibt, ...»; Reinhardswald's freeze beside „Wir ziehen die Notbremse
  ...“; Halloway's headroom beside "a budget for the people who get up early ..."; Pryor's
  38.4% beside his "smash-and-grab raid"; Coulthard's 131 billion pounds beside his verdict;
  Trevithick's 48 hours beside "Our credibility rests ..."; Whitfield's 36.9% beside "We are
  cleaning up a mess ..."; Tremlett's A$180 billion beside his "photo opportunity".
  Compliance with a fiscal rule is check-worthy without a figure ("die Schuldenbremse werde
  ... knapp eingehalten"; hundred-sixty-third: "Die Schuldenbremse werde eingehalten" -
  "knapp" with no figure carries nothing, hundred-eighty-eighth).
- Parliamentary acts of record are check-worthy with or without a figure (sixty-fifth,
  hundred-eighty-eighth): readings opened and scheduled, budgets and laws passed, tallies, a
  spending freeze imposed, an emergency declared "zum zweiten Mal in Folge", the Bundesrat
  raising no objection, a budget sent on to the Ständerat, a Hammelsprung held, the CDU's
  announced court challenge (hundred-fifty-first: steps announced), the close of the
  Bereinigungssitzung "gegen 4.30 Uhr" (a clock time carries none, sixty-fifth), the
  Ordnungsruf given to a named member and the chair's count of Ordnungsrufe
  (hundred-eighty-eighth). New: a sitting suspended for a stated time ("Die Sitzung wurde
  für 23 Minuten unterbrochen.") is an act of the chair in the record and check-worthy with
  its duration, unlike the chair calling for quiet ("The Speaker twice called the House to
  order ..." a negative with its count 2; hundred-seventy-fifth, hundred-eighty-eighth) and
  a debate "mehrfach von lautstarken Zwischenrufen unterbrochen" (chamber colour, a
  negative; hundred-eighty-eighth).
- Interjections and retorts (thirty-seventh, hundred-seventy-fifth, hundred-eighty-eighth):
  a heckle or retort that states no fact is a negative („Wer hat's denn erfunden?“, „Sie
  plündern ...“, „Sie verteilen Beton ...“, „... für den Airbag gelobt werden“, „Sie sparen
  an der Seele ...“, and Okafor's "... roughly five minutes after leaving office" with 5
  minutes "about" labelled). New: a heckle that states a checkable figure is check-worthy
  with its figure and speaker None („Mit 800 Millionen Euro neuen Schulden!“ shouted at a
  minister's label - the thirty-seventh batch's heckle that states a fact and the
  hundred-eighty-eighth's retort that states a checkable fact, here with an amount; the
  minister's own label in the same row does not turn it into a negative, as a label paired
  with a checkable figure stays check-worthy, hundred-fifty-first).
- Reported questions are negatives with any figure of their premise labelled
  (hundred-seventy-fifth, hundred-eighty-eighth): Brandhorst's "um ein Viertel" 0.25,
  Gratzl's Eurofighter, Heidbrink's "nur jedes fünfte" 0.2, Vowles's question, Kenward's
  "than two years ago" 2 years. The answer with a figure is check-worthy ("Whitfield replied
  that average power bills were 4% lower ..."; hundred-eighty-eighth: the answers with a
  figure).
- Accusations: one that names a checkable record is check-worthy with speaker None
  (ninety-eighth, hundred-eighty-eighth): Schallenberg's "bei 14 der 23 größten
  Rüstungsprojekte", Meffert's "fast 9.000 Lehrerstellen", the Greens' "1,2 Milliarden Euro
  ... gestrichen", the SSW's "zum dritten Mal in Folge nicht ... angepasst"; one without a
  checkable claim is a negative (hundred-sixty-third: "warf der Regierung vor, die
  Schuldenbremse mit Buchungstricks zu umgehen"): Tiedjen's „Verschiebebahnhof“, the
  Linke's "Armut zu verwalten", „auf Verschleiß zu fahren“, „Abzocke ohne Ende“,
  Tremayne's and Kenward's quotes. Labels are negatives ("nannte", "sprach von",
  "verteidigte ... als „alternativlos“", "called", "dismissed ... as", "described ... as";
  ninety-eighth, hundred-eighty-ninth, two-hundred-fourth), and so is the Landesrechnungshof
  having called the step "verfassungsrechtlich riskant" (two-hundred-fourth: condemnations
  are labels); a denial stays check-worthy without a figure ("Ossenkamp wies den Vorwurf
  zurück."; hundred-sixty-second, two-hundred-fourth); a label paired with a checkable
  figure stays check-worthy (hundred-fifty-first): Farrant's "simply wrong" with 2.7% in
  2028.
- Warnings, forecasts and demands (seventh, hundred-sixty-third, hundred-eighty-ninth,
  two-hundred-fourth): with a figure they are check-worthy (the Bundesrechnungshof's lead
  warning of 172 billion euros, the auditors' interest forecast, Obwexer's "frühestens
  2029", the Fiskalrat's 4.3 percent, Siebeneicher's "zu 100 Prozent", the AfD's "um eine
  Milliarde Euro", the Greens' five percent cap); verdicts of economists are negatives with
  their figures labelled ("Economists at two of the four major banks said the forecast was
  too optimistic ..." 2 and 4; hundred-ninety-sixth), as are open questions and doubts
  („ließ die Ministerin offen“, „gilt als offen“, „bezweifeln“; two-hundred-fourth). New: a
  speaker's idiom with a number word is rhetoric and a negative, its figure labelled as
  written („Wir haben jeden Euro zweimal umgedreht“ count 2 - the issue's "viermal", and
  the seventeenth batch labels every figure in a negative).
- Identifiers: New: "Einzelplan 14" carries no count - the number names a section of the
  federal budget as "Paragraf 218", "Standing Order No. 24" and "Amendment 47" name a
  document (sixty-fifth); the row's "in zweiter Lesung" is ordinal 2.
- Counts (every batch): tallies one count per figure (sixty-fifth, hundred-sixty-third,
  hundred-eighty-eighth): "Mit 121 zu 68 Stimmen und 5 Enthaltungen", "mit 98 zu 95
  Stimmen", "mit 86 zu 71 Stimmen", "324 Abgeordnete ..., 258 dagegen, es gab zwei
  Enthaltungen", "108 Mandatarinnen und Mandatare, 71 ...", "104 Abgeordnete, 85 ...", "62
  der 120 Abgeordneten, 51 ..., sieben enthielten sich", "35 der 60 Mitglieder", "mit 97
  Stimmen", "voted 324 to 258 in favour, with two abstentions", "by 339 votes to 221,
  majority 118" (hundred-eighty-eighth New: PA's "majority 137"), "by 318 votes to 187",
  "by 301 votes to 176", "by 67 votes to 55", "38 votes to 30 in the 76-seat chamber" and
  "failed 31-37" (hundred-sixty-third: "55-45"); a quorum count "341 Abgeordnete, die
  erforderliche Zahl von 316" (sixty-fifth: "a quorum of 50 members"); "Dreierkoalition" 3
  (ninety-fifth); "16-Punkte-Plan" 16 (the issue's "28-Punkte-Entwurf"); "bereits zwölfmal"
  12 (the issue's "viermal"; "bereits" no hedge); "the two-child limit" 2 (hundred-eightieth);
  "Fourteen Labour MPs", "two independent senators", "Germany's 16 states"; amendments and
  papers ("412 Änderungsanträge, davon 389" - "davon" no hedge -, "264 Änderungsanträge
  ..., angenommen wurde keiner", "23 Abänderungsanträge ..., keiner davon" - "keiner" none
  -, "41 Änderungen", "1.146 schriftliche Fragen"; sixty-fifth), Ordnungsrufe ("vier
  Ordnungsrufe, drei davon"), speakers ("23 Rednerinnen und Redner", "insgesamt ... 58
  Rednerinnen und Redner" - "insgesamt" no hedge), "drei Sitzungstage" 3 (a sitting day is
  counted, sixty-fifth, hundred-eighty-eighth), "117 Rüstungsvorhaben", "14 der 23",
  "35 Autobahnbrücken", "nine frigates", "3,400 of the navy's 15,600", "1,200 new aged care
  places", "12,500 new prison places ..., about 2,500", "89 of the 150 seats", "212.000
  ..., rund 184.500", "um 86.000 auf knapp 3,7 Millionen", "2,87 Millionen ..., 142.000
  mehr als ein Jahr zuvor" (the "mehr als" after the figure compares, hundred-first), "fast
  9.000", "rund 1.200 Projekte", "rund 2.500 Menschen", "rund 4.000 Brücken". None: "den
  beiden Sondervermögen", "für beide Jahre" (eighty-first), "einen Ordnungsruf", "keinen
  Einspruch", "without a division" (sixty-fifth), "a decade" (an article).
- Money in the currency written (every batch): EUR with "Milliarden", "Mrd.", "Mio." and
  "Billionen" ("rund 1,9 Billionen Euro" 1.9e12, twenty-second; "412 Mio. Euro" and "166
  Mrd. Euro", hundred-twenty-second, hundred-thirtieth), "um eine Milliarde Euro" and "mehr als eine Milliarde Euro pro
  Jahr" 1e9 (twenty-ninth; "pro Jahr" none), "gut 60 Milliarden Euro" "over" (ninety-fifth:
  "gut 11 Milliarden Euro"), "knapp vier Milliarden Euro" "nearly", "von 10,1 auf rund 4,6
  Milliarden Euro" both EUR with "rund" on the second only (the unit written once,
  hundred-twenty-fourth), "um 1,9 Milliarden Euro auf 526,2 Milliarden Euro" ("um" before a
  difference no hedge), "180 Millionen Euro mehr" ("mehr" after the figure no hedge), "von
  jeweils mehr als 25 Millionen Euro" "over" ("jeweils" no hedge, sixty-fifth), "zusammen
  rund 166 Mrd. Euro" "about" and "von zusammen 4,6 Milliarden Euro" no hedge, "insgesamt
  rund 172 Milliarden Euro" "about", "rund 390 Millionen Euro im Jahr" ("im Jahr" none),
  "Allein ... 138,9 Milliarden Euro" and "erst 3,2 Milliarden Euro" no hedge; CHF ("90,8
  Milliarden Franken", "um 150 Millionen Franken ... um 110 Millionen Franken"); GBP ("24
  billion pounds a year", "21.7 billion pounds, up from 9.9 billion pounds" - "up from" no
  hedge -, "up to 3 million pounds" "up_to", "about 640 pounds a year" "about"); AUD
  ("A$1.3 billion", "A$21.4 billion", "A$480 million", "A$38.6 billion ..., A$4.1 billion
  more", "A$180 billion"; forty-ninth); a euro figure with its dollar conversion gives both
  ("151.8 billion euros ($175.9 billion)"; eightieth, ninety-fifth).
- Percentages as written (every batch): shares of GDP ("3,2 Prozent der
  Wirtschaftsleistung", "4,1 Prozent des BIP", "87,3 Prozent des BIP", "0,9 Prozent des
  BIP", "3.9% of GDP ... from 4.6%", "38.4% of national income", "2.7% of GDP", "36.9% of
  GDP"), "von 63,8 auf 65,4 Prozent" and "von 6 auf 6,5 Prozent" (the unit written once,
  seventy-sixth), "nur um 2,3 Prozent" ("nur" no hedge), "die Defizitgrenze von drei
  Prozent" 3 and "der Drei-Prozent-Grenze" 3 (hundred-thirty-eighth), "0,35 Prozent der
  Wirtschaftsleistung", "zu 100 Prozent", "um rund 12 Prozent" "about", "0,2
  Prozentpunkten mehr als die Regierung" 0.2 pp (hundred-sixty-third: "um drei
  Prozentpunkte"; the "mehr als" after the figure compares), "fell 6 basis points" 6 bp
  (hundred-thirty-ninth), "88% ... the top 10% of earners", "by 6.2% to", "or 17%", "4%
  lower", "2.5% a year" ("a year" none), "a 10% pay rise".
- Durations (the issue: "fünfstündigen", "zehn Minuten"; every batch): "viertägige
  Haushaltswoche" and "nach viertägigen Beratungen" 4 days (hundred-sixty-third),
  "achttägigen Beratungen" 8 days, "nach einer dreitägigen Debatte" 3 days, "dauerte zwei
  Tage" 2 days, "knapp fünf Stunden" 5 hours "nearly", "dreieinhalb Stunden" 3.5 hours
  (hundred-fifty-second: "fünfeinhalb"), "mehr als 14-stündigen" 14 hours "over"
  (hundred-sixty-third New: "mehr als 15-stündigen"), "knapp elfstündigen" 11 hours
  "nearly", "eine fünfstündige Debatte" 5 hours, "insgesamt rund 14 Stunden" "about", "rund
  75-minütigen Rede" 75 minutes "about" (ninety-fifth: "70-minütigen Rede"), "für 23
  Minuten", "a three-hour estimates day debate" 3 hours, "more than 11 hours" "over", "for
  14 hours", "At 71 minutes", "within 48 hours" ("within" no hedge), "five days", "about 14
  months", "for a further two years" ("a further" no hedge, hundred-fifty-sixth), "over two
  years" ("over" before a span no hedge, hundred-fiftieth), "the second time in three years"
  ordinal 2 and 3 years (hundred-sixty-third: "the second time in 12 months"), "the 10-year
  gilt yield" 10 years (twentieth: "the 10-year Treasury"); labelled in negatives "roughly
  five minutes" and "than two years ago" (ninety-fifth: "two years ago"). None: "binnen
  eines Jahres" (an article, hundred-forty-eighth: "binnen eines Monats"), "im kommenden
  Jahr", "heuer", "jährlich", "im Jahr", "pro Jahr", "a year", "this year", "next year",
  "next April", months ("im Oktober", "im November", "in May", "in March", "in February"),
  "Ende März", "in der letzten Novemberwoche", "Haushaltswoche", "Sitzungswoche",
  "Wahlperiode", "estimates day", "a decade", weekdays ("am Dienstag", "am
  Donnerstagabend", "in der Nacht zum Freitag", "on Thursday"), "gegen 4.30 Uhr", "shortly
  before midnight".
- Ordinals and fractions (the issue; every batch): "Mit der ersten Lesung" and "in erster
  Lesung" 1 (two-hundred-fourth), "Die erste Lesung" 1 (hundred-twenty-eighth), "in zweiter
  Lesung" 2, "in zweiter und dritter Lesung" 2 and 3 (twenty-ninth, ninety-fifth), "In
  seiner ersten Budgetrede" 1 (hundred-sixty-third), "der zweitgrößte Einzelplan" 2 (the
  issue's "die drittgrößte Stadt"), "im ersten Jahr" 1 (two-hundred-fourth), "zum dritten
  Mal in Folge" 3 and "zum zweiten Mal in Folge" 2 (the issue's "zum zweiten Mal"; "in
  Folge" no hedge), "der dritte Hammelsprung" 3, "die erste Haushaltssperre in Hessen seit
  2010" 1 and 2010, "her second budget", "its second reading", "for a second year" 2, "The
  first of nine frigates" 1 and 9, "at stage 1" 1 and "stage 3" 3 (sixty-fifth New: "at
  Stage 3"); "erstmals" none (forty-first), "the final year of the forecast" and "the final
  forecast" none (hundred-sixty-third: "final" no ordinal), "a post-war record" none.
  Fractions: "mehr als ein Viertel" 0.25 "over", "rund zwei Drittel" 0.6667 "about", "Jeder
  dritte Euro" 0.3333, "mehr als jeder zehnte Euro" 0.1 "over" (hundred-sixty-third: "Mehr
  als jeder vierte Euro"), "eine Mehrheit von zwei Dritteln" 0.6667 (sixty-fifth:
  "Zweidrittelmehrheit"), "Rund ein Drittel" 0.3333 "about", "um ein Fünftel" 0.2 ("um" no
  hedge), "Knapp die Hälfte" 0.5 "nearly", "rund ein Viertel" 0.25 "about", "About half" 0.5
  "about", "roughly a tenth" 0.1 "about" (hundred-sixty-third: "roughly one-tenth").
- Years and dates: a budget or law named by its year gives the year ("des Haushalts 2027",
  "den Bundeshaushalt 2027", "den Voranschlag 2027", "den Bundesvoranschlag 2027", "das
  Budgetbegleitgesetz 2027", "das Gemeindefinanzierungsgesetz 2027", "den Finanzausgleich
  2027"; sixty-fifth, hundred-eighty-fourth, hundred-eighty-eighth); double and fiscal years
  give both ("Doppelhaushalts 2027/28", "the 2026-27 financial year", "the Scottish
  Government's 2027-28 budget", "by 2029-30", "in 2026-27"; fortieth, ninety-fifth,
  hundred-fifty-sixth); "in den Jahren 2028 bis 2030" both; "frühestens 2029" 2029 with no
  hedge (fortieth: "frühestens Ende 2026"); "ab 2027" and "ab 2029" ("ab" no hedge), "bis
  Ende 2031", "Ende 2027", "seit 2019", "seit 2010", "until April 2030", "in June 2028",
  "in June 2024", "in late 2029", "by 2032", "by 2030", "in 2022" the years. Dates without a
  year: "am 20. November" --11-20, "am 19. Dezember" and "on Dec. 19" --12-19, "am 8.
  Dezember" --12-08, "mit 1. Jänner" --01-01 (tenth), "on Dec. 9" --12-09; datelines with a
  day ("CANBERRA, Oct 29 (AAP)", "LONDON, Nov 26 (Reuters)", "CANBERRA, Nov 27 (Reuters)",
  "BERLIN, Nov 28 (Reuters)", "LONDON, Dec 2 (Reuters)", "CANBERRA, Dec 17 (Reuters)";
  sixty-fifth, hundred-fifty-first); dpa with its slugs, Reuters German, AFP German, APA and
  Keystone-SDA datelines none (seventy-ninth).
- Hedges, only the names in use: "rund", "Rund", "about", "About", "roughly" "about";
  "knapp", "Knapp", "fast" "nearly"; "mehr als", "gut", "more than" "over"; "up to"
  "up_to". No hedge: "nur", "erst", "allein", "Allein", "bereits", "insgesamt", "Insgesamt",
  "zusammen", "jeweils", "davon", "tatsächlich", "ab", "um" before a difference, "up from",
  "within", "a further", "over" before a span, "frühestens", and "mehr", "mehr als" after
  a figure.
- Speakers, checked only in forms the earlier batches settled: "sagte Finanzminister Henrik
  Wallmeroth (SPD) zum Auftakt der Beratungen" and "sagte Finanzminister Albert Strohmaier
  (CSU) im Plenum" the name with the title, the party and the occasion dropped
  (ninety-fifth: "sagte Finanzminister Torsten Uhlig (SPD) im Plenum"); "X sagte, ..."
  opening the row with the title and the party dropped ("Finanzministerin Inka Sörensen
  (CDU) sagte", "Fiskalratspräsidentin Renate Obwexer sagte", "Verkehrsminister Patrick
  Ossenkamp (CDU) sagte", "Finanzministerin Sandra Voigtländer (SPD) sagte",
  "Finanzministerin Martina Gisler-Arnold sagte", "Finanzminister Kai Overbeck (CDU) sagte",
  "Finanzministerin Kathrin Meusel (CDU) sagte", "Finanzlandesrat Werner Pachernegg sagte",
  "Verteidigungsministerin Edith Lamprechter sagte im Ausschuss" - "im Ausschuss" dropped,
  hundred-eighty-eighth -, "Rechnungshofpräsidentin Sabine Dettweiler sagte in Bonn" -
  ninety-fifth: "in Berlin"; hundred-sixty-third, hundred-eighty-eighth) and the surname as
  written ("Hallerstede sagte", "Wendeler-Pohl sagte im Bundestag" - twenty-ninth: "sagte
  Merz im Bundestag" -, "Kranebitter sagte", "Ruhnau sagte", "sagte Aichinger in seiner ...
  Rede" - hundred-sixty-third: "sagte Oberhauser in seiner ... Rede"); "nach Angaben des
  Finanzministeriums" -> "das Finanzministerium", "Nach Angaben der Bundesagentur für
  Arbeit" -> "die Bundesagentur für Arbeit", "nach Angaben der Parlamentskorrespondenz" ->
  "die Parlamentskorrespondenz" and "nach Angaben der Polizei" -> "die Polizei" (the source
  in the nominative; seventieth, hundred-eighty-eighth, two-hundred-fourth); "Das
  Finanzministerium teilte mit, ..." opening the row -> "das Finanzministerium" (the article
  lowered; tenth, hundred-thirty-sixth: "Die Polizei Köln teilte mit, ..."). English:
  "Halloway told MPs", "Okafor told MPs", "Justice minister Graham Tolland told MPs" and
  "Shadow defence secretary Alistair Greenhalgh told MPs" (hundred-sixty-third,
  hundred-eighty-eighth), "Finance Secretary Kirsty Balfour told MSPs" (hundred-eightieth,
  two-hundred-eighth), "Tremlett told parliament" (hundred-forty-first); "Pryor said",
  "Coulthard said", "Trevithick said" and "Tolland said" as written; "OBR chair Malcolm
  Trevithick said" (hundred-sixty-third: "OBR chair Rupert Haldane said"), "Defence minister
  Lucy Farrant said", "Treasurer Daniel Whitfield said" and "Finance Minister Henrik
  Wallmeroth said" the name with the office dropped; "The Office for Budget Responsibility
  said", "The Institute for Fiscal Studies said" and "The Scottish Fiscal Commission said"
  opening the row, the article lowered (hundred-fourteenth, hundred-sixty-third). Left
  unchecked (None): all negatives, also with a named speaker; "wie Verteidigungsminister
  ... im Plenum sagte" (as "wie ... mitteilte", two-hundred-fourth); verbs no batch settled
  as verbs of saying ("verwies darauf", "hielt ... vor", "verlangte", "forderte", "kündigte
  an", "kritisierte(n)", "rechnete vor"; hundred-seventy-fifth, hundred-eighty-eighth);
  plural groups ("nach Angaben von Ausschussmitgliedern", "nach Angaben der
  Fraktionsführungen", "The Greens said", "Economists at ..."; forty-first); estimates
  ("nach Berechnungen des Finanzministeriums", "nach Schätzungen des Finanzministeriums",
  "nach Berechnungen der Senatsverwaltung", "Der Fiskalrat geht ... aus", "Die Prüfer
  rechnen damit", "the OBR estimated"; hundred-tenth); documents and data ("Laut Entwurf",
  "demnach", "according to Treasury documents", "according to the OBR's forecast", "figures
  from the House of Commons Library showed", "the division list showed";
  hundred-twentieth, hundred-eighty-eighth); "hieß es aus dem Ministerium" (two-hundred-
  fourth: "hieß es"); roles without a name ("the Leader of the House said", "A deputy
  secretary ... told the hearing", "The head of Britain's budget watchdog told lawmakers",
  "the government said in its mid-year update"; hundred-fifteenth); "Whitfield replied that"
  ("replied" is settled only in evasions, hundred-fourteenth). New, left unchecked until
  settled: "Nach Schwerdtfegers Rechnung" and "nach Strohmaiers Worten" (a name in the
  genitive before a noun of saying), "Nach Darstellung von Finanzsenator ..." and "Laut
  Finanzstadträtin ..." ("laut" with a person - settled only with bodies, forty-first,
  hundred-eighty-eighth), "Finance Minister Priya Raman told the Senate" (the
  hundred-eightieth settled "told senators", not the chamber's name) and "telling
  parliament" (a participle).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_232 = [
    # --- Bundestag beginnt Haushaltswoche (dpa) ---
    (
        "de",
        "Berlin (dpa) - Mit der ersten Lesung des Haushalts 2027 hat der Bundestag am Dienstag seine viertägige Haushaltswoche begonnen.",
        True,
        [("ordinal", 1, None, None), ("year", 2027, None, None), ("duration", 4, "day", None)],
        None,
    ),
    (
        "de",
        "Der Entwurf sieht Ausgaben von 524,3 Milliarden Euro und eine Nettokreditaufnahme von 89,6 Milliarden Euro vor, sagte Finanzminister Henrik Wallmeroth (SPD) zum Auftakt der Beratungen.",
        True,
        [("money", 524300000000, "EUR", None), ("money", 89600000000, "EUR", None)],
        "Henrik Wallmeroth",
    ),
    (
        "de",
        "Hinzu kommen gut 60 Milliarden Euro an Krediten, die der Bund über seine beiden Sondervermögen aufnimmt.",
        True,
        [("money", 60000000000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "„Dieser Haushalt ist eine Einladung an alle, die in diesem Land etwas anpacken wollen“, sagte Wallmeroth.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Investitionen steigen nach Angaben des Finanzministeriums auf 126,8 Milliarden Euro, ein Plus von 9,4 Prozent gegenüber dem laufenden Jahr.",
        True,
        [("money", 126800000000, "EUR", None), ("percent", 9.4, "%", None)],
        "das Finanzministerium",
    ),
    (
        "de",
        "Die Zinslast des Bundes klettert auf rund 34,1 Milliarden Euro, 2021 waren es noch knapp vier Milliarden Euro.",
        True,
        [("money", 34100000000, "EUR", "about"), ("year", 2021, None, None), ("money", 4000000000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "Grünen-Fraktionschefin Mareike Tiedjen warf der Koalition vor, die Sondervermögen als „Verschiebebahnhof“ für Ausgaben zu missbrauchen, die eigentlich in den Kernhaushalt gehörten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Tiedjen rechnete vor, von den 100 Milliarden Euro für den Klimaschutz aus dem Infrastruktur-Sondervermögen seien bisher erst 3,2 Milliarden Euro abgeflossen.",
        True,
        [("money", 100000000000, "EUR", None), ("money", 3200000000, "EUR", None)],
        None,
    ),
    ("de", "Von der Unionsbank tönte es dazwischen: „Wer hat's denn erfunden?“", False, [], None),
    (
        "de",
        "AfD-Fraktionsvize Dirk Schwerdtfeger nannte den Etat einen „Schuldenhaushalt ohne Beispiel“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Schwerdtfegers Rechnung gibt der Bund 2027 für Grundsicherung und Unterkunftskosten mehr als 52 Milliarden Euro aus.",
        True,
        [("year", 2027, None, None), ("money", 52000000000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Der Kanzler sprach von einem „Haushalt der Zuversicht“ und verteidigte die hohe Neuverschuldung als Investition in die Sicherheit des Landes.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Generaldebatte dauerte knapp fünf Stunden, 23 Rednerinnen und Redner kamen zu Wort.",
        True,
        [("duration", 5, "hour", "nearly"), ("count", 23, None, None)],
        None,
    ),
    ("de", "Angesetzt waren ursprünglich dreieinhalb Stunden.", True, [("duration", 3.5, "hour", None)], None),
    (
        "de",
        "„Sie plündern die Zukunft unserer Kinder“, rief Linken-Haushälterin Jana Pölitz in Richtung der Regierungsbank.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die amtierende Vizepräsidentin erteilte dem AfD-Abgeordneten Ronny Kessling einen Ordnungsruf, nachdem er den Finanzminister einen „Bilanzfälscher“ genannt hatte.",
        True,
        [],
        None,
    ),
    # --- Verteidigungsetat in erster Lesung (Reuters) ---
    (
        "de",
        "Berlin (Reuters) - Der Verteidigungsetat soll im kommenden Jahr auf 88,4 Milliarden Euro steigen und ist damit nach dem Etat des Arbeitsministeriums der zweitgrößte Einzelplan des Bundeshaushalts.",
        True,
        [("money", 88400000000, "EUR", None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Zusammen mit den Mitteln aus dem Sondervermögen Bundeswehr erreicht Deutschland damit nach Nato-Kriterien Verteidigungsausgaben von 3,2 Prozent der Wirtschaftsleistung, wie Verteidigungsminister Jens Hallerstede im Plenum sagte.",
        True,
        [("percent", 3.2, "%", None)],
        None,
    ),
    (
        "de",
        "Hallerstede sagte, bis Ende 2031 sollten 212.000 Soldatinnen und Soldaten in der Truppe dienen, derzeit seien es rund 184.500.",
        True,
        [("year", 2031, None, None), ("count", 212000, None, None), ("count", 184500, None, "about")],
        "Hallerstede",
    ),
    ("de", "„Wer Frieden will, muss abschrecken können“, sagte Hallerstede.", False, [], None),
    (
        "de",
        "Der Minister verwies darauf, dass das Parlament allein in diesem Jahr 117 Rüstungsvorhaben mit einem Volumen von jeweils mehr als 25 Millionen Euro gebilligt habe.",
        True,
        [("count", 117, None, None), ("money", 25000000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "AfD-Verteidigungspolitiker Rüdiger Schallenberg hielt dem Minister vor, bei 14 der 23 größten Rüstungsprojekte würden die Zeitpläne nicht eingehalten.",
        True,
        [("count", 14, None, None), ("count", 23, None, None)],
        None,
    ),
    (
        "de",
        "Die Grünen-Abgeordnete Nele Brandhorst fragte, warum die Mittel für zivile Krisenprävention um ein Viertel gekürzt würden.",
        False,
        [("fraction", 0.25, None, None)],
        None,
    ),
    (
        "de",
        "Über den Einzelplan 14 stimmt das Parlament nach den Ausschussberatungen im November in zweiter Lesung ab.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    # --- Sozialetat bleibt größter Posten (AFP) ---
    (
        "de",
        "Berlin (AFP) - Mit 203,6 Milliarden Euro bleibt der Etat von Arbeitsministerin Claudia Wendeler-Pohl (SPD) der mit Abstand größte Posten im Bundeshaushalt.",
        True,
        [("money", 203600000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Allein der Zuschuss an die Rentenversicherung beläuft sich auf 138,9 Milliarden Euro, mehr als ein Viertel aller Ausgaben des Bundes.",
        True,
        [("money", 138900000000, "EUR", None), ("fraction", 0.25, None, "over")],
        None,
    ),
    (
        "de",
        "Wendeler-Pohl sagte im Bundestag, die Zahl der erwerbsfähigen Leistungsberechtigten in der Grundsicherung sei binnen eines Jahres um 86.000 auf knapp 3,7 Millionen gesunken.",
        True,
        [("count", 86000, None, None), ("count", 3700000, None, "nearly")],
        "Wendeler-Pohl",
    ),
    (
        "de",
        "„Der Sozialstaat ist kein Selbstbedienungsladen, aber er lässt auch niemanden fallen“, sagte Wendeler-Pohl.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der CDU-Sozialpolitiker Malte Siebeneicher verlangte, bei Totalverweigerern den Regelsatz künftig zu 100 Prozent zu streichen.",
        True,
        [("percent", 100, "%", None)],
        None,
    ),
    ("de", "Die Linke warf der Ministerin vor, Armut zu verwalten, statt sie zu bekämpfen.", False, [], None),
    (
        "de",
        "Nach Angaben der Bundesagentur für Arbeit waren im Oktober 2,87 Millionen Menschen arbeitslos gemeldet, 142.000 mehr als ein Jahr zuvor.",
        True,
        [("count", 2870000, None, None), ("count", 142000, None, None)],
        "die Bundesagentur für Arbeit",
    ),
    (
        "de",
        "Ob die geplante Rentenreform im Etat schon ausreichend abgebildet ist, ließ die Ministerin offen.",
        False,
        [],
        None,
    ),
    # --- Erste Budgetrede des Finanzministers (APA) ---
    (
        "de",
        "Wien (APA) - In seiner ersten Budgetrede vor dem Nationalrat hat Finanzminister Gerold Aichinger für 2027 ein gesamtstaatliches Minus in Höhe von 4,1 Prozent des BIP angekündigt.",
        True,
        [("ordinal", 1, None, None), ("year", 2027, None, None), ("percent", 4.1, "%", None)],
        None,
    ),
    (
        "de",
        "Die Auszahlungen des Bundes sollen 2027 bei 128,4 Milliarden Euro liegen, die Einzahlungen bei 109,7 Milliarden Euro.",
        True,
        [("year", 2027, None, None), ("money", 128400000000, "EUR", None), ("money", 109700000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Schuldenquote werde bis 2028 auf 87,3 Prozent des BIP steigen und ab 2029 wieder sinken, sagte Aichinger in seiner rund 75-minütigen Rede.",
        True,
        [
            ("year", 2028, None, None),
            ("percent", 87.3, "%", None),
            ("year", 2029, None, None),
            ("duration", 75, "minute", "about"),
        ],
        "Aichinger",
    ),
    ("de", "„Wir sanieren, ohne das Land kaputtzusparen“, sagte Aichinger.", False, [], None),
    (
        "de",
        "Das Sparpaket umfasst für heuer und das kommende Jahr zusammen rund 16,8 Milliarden Euro, wovon rund zwei Drittel ausgabenseitig wirken sollen.",
        True,
        [("money", 16800000000, "EUR", "about"), ("fraction", 0.6667, None, "about")],
        None,
    ),
    (
        "de",
        "Bis 2029 soll das Defizit schrittweise auf 2,8 Prozent sinken und damit wieder unter der Drei-Prozent-Grenze liegen.",
        True,
        [("year", 2029, None, None), ("percent", 2.8, "%", None), ("percent", 3, "%", None)],
        None,
    ),
    (
        "de",
        "Aichinger legte zudem einen 16-Punkte-Plan gegen Steuerbetrug vor, der ab 2027 jährlich 270 Millionen Euro bringen soll.",
        True,
        [("count", 16, None, None), ("year", 2027, None, None), ("money", 270000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "FPÖ-Budgetsprecher Hubert Kranebitter nannte die Rede eine „Märchenstunde aus dem Elfenbeinturm“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Kranebitter sagte, die Pensionen würden 2027 nur um 2,3 Prozent und damit unter der Inflationsrate von 2,9 Prozent erhöht.",
        True,
        [("year", 2027, None, None), ("percent", 2.3, "%", None), ("percent", 2.9, "%", None)],
        "Kranebitter",
    ),
    ("de", "NEOS-Klubobfrau Verena Pichlmayr verteidigte die Sparvorgaben als „alternativlos“.", False, [], None),
    (
        "de",
        "Die erste Lesung ist für Donnerstag angesetzt, beschlossen werden soll das Budget nach den Ausschussberatungen am 20. November.",
        True,
        [("ordinal", 1, None, None), ("date", "--11-20", None, None)],
        None,
    ),
    # --- Bayerns Doppelhaushalt in erster Lesung (dpa/lby) ---
    (
        "de",
        "München (dpa/lby) - Der bayerische Landtag hat mit der ersten Lesung des Doppelhaushalts 2027/28 begonnen.",
        True,
        [("ordinal", 1, None, None), ("year", 2027, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "Der Entwurf sieht für beide Jahre Ausgaben von zusammen rund 166 Mrd. Euro vor, sagte Finanzminister Albert Strohmaier (CSU) im Plenum.",
        True,
        [("money", 166000000000, "EUR", "about")],
        "Albert Strohmaier",
    ),
    (
        "de",
        "Neue Schulden will der Freistaat nach Strohmaiers Worten auch diesmal nicht machen, stattdessen sollen 1,4 Milliarden Euro aus der Rücklage entnommen werden.",
        True,
        [("money", 1400000000, "EUR", None)],
        None,
    ),
    ("de", "„Bayern bleibt das Land der soliden Finanzen“, sagte Strohmaier.", False, [], None),
    (
        "de",
        "Die Rücklage sei seit 2019 von 10,1 auf rund 4,6 Milliarden Euro geschrumpft, rechnete Grünen-Haushaltsexpertin Tanja Höllrigl vor.",
        True,
        [("year", 2019, None, None), ("money", 10100000000, "EUR", None), ("money", 4600000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Jeder dritte Euro im Etat fließt in Personalausgaben, die im ersten Jahr auf 27,9 Milliarden Euro steigen.",
        True,
        [("fraction", 0.3333, None, None), ("ordinal", 1, None, None), ("money", 27900000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die AfD forderte, die Ausgaben für Asyl und Integration um eine Milliarde Euro zu kürzen.",
        True,
        [("money", 1000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Kommunen sollen über den Finanzausgleich 2027 rund 13,1 Milliarden Euro erhalten.",
        True,
        [("year", 2027, None, None), ("money", 13100000000, "EUR", "about")],
        None,
    ),
    ("de", "Die Schlussabstimmung über den Doppelhaushalt ist für Ende März geplant.", True, [], None),
    # --- Senate estimates on frigates (AAP) ---
    (
        "en",
        "CANBERRA, Oct 29 (AAP) - Defence officials have told a Senate estimates hearing that the cost of the navy's new general-purpose frigates has risen by A$1.3 billion.",
        True,
        [("date", "--10-29", None, None), ("money", 1300000000, "AUD", None)],
        None,
    ),
    (
        "en",
        "The first of nine frigates is now due to be delivered in late 2029, about 14 months later than planned.",
        True,
        [
            ("ordinal", 1, None, None),
            ("count", 9, None, None),
            ("year", 2029, None, None),
            ("duration", 14, "month", "about"),
        ],
        None,
    ),
    (
        "en",
        'Independent senator Tessa Morrow said the program had "all the hallmarks of another submarine fiasco."',
        False,
        [],
        None,
    ),
    (
        "en",
        "A deputy secretary of the defence department told the hearing that 3,400 of the navy's 15,600 uniformed positions were vacant.",
        True,
        [("count", 3400, None, None), ("count", 15600, None, None)],
        None,
    ),
    (
        "en",
        "The hearing ran for more than 11 hours, finishing shortly before midnight.",
        True,
        [("duration", 11, "hour", "over")],
        None,
    ),
    # --- Kiel: Etat knackt 17-Milliarden-Marke (dpa/lno) ---
    (
        "de",
        "Kiel (dpa/lno) - Der Kieler Landtag hat in erster Lesung über den Haushaltsentwurf für 2027 debattiert, der erstmals die Marke von 17 Milliarden Euro überschreitet.",
        True,
        [("ordinal", 1, None, None), ("year", 2027, None, None), ("money", 17000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Finanzministerin Inka Sörensen (CDU) sagte, die Zinsausgaben des Landes würden sich bis 2030 auf mehr als eine Milliarde Euro pro Jahr verdoppeln.",
        True,
        [("year", 2030, None, None), ("money", 1000000000, "EUR", "over")],
        "Inka Sörensen",
    ),
    (
        "de",
        "Als Sörensen von einem „grundsoliden Haushalt“ sprach, rief der SPD-Abgeordnete Torge Hansen-Lüth dazwischen: „Mit 800 Millionen Euro neuen Schulden!“",
        True,
        [("money", 800000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Laut Entwurf will das Land 2027 tatsächlich rund 780 Millionen Euro an neuen Krediten aufnehmen.",
        True,
        [("year", 2027, None, None), ("money", 780000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Der SSW kritisierte, dass die Zuschüsse für die dänische Minderheit zum dritten Mal in Folge nicht an die Tarifsteigerungen angepasst würden.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    # --- Haushaltssperre in Hessen (dpa/lhe) ---
    (
        "de",
        "Wiesbaden (dpa/lhe) - Hessens Finanzminister Thomas Reinhardswald hat für den Rest des Jahres eine Haushaltssperre verhängt und sie am Mittwoch im Landtag verteidigt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Sperre betrifft Ausgaben von rund 430 Millionen Euro, Personalkosten sind davon ausgenommen.",
        True,
        [("money", 430000000, "EUR", "about")],
        None,
    ),
    ("de", "„Wir ziehen die Notbremse, bevor der Zug entgleist“, sagte Reinhardswald.", False, [], None),
    (
        "de",
        "Die Steuereinnahmen des Landes bleiben nach der jüngsten Steuerschätzung um 620 Millionen Euro hinter den Erwartungen zurück.",
        True,
        [("money", 620000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Es ist die erste Haushaltssperre in Hessen seit 2010.",
        True,
        [("ordinal", 1, None, None), ("year", 2010, None, None)],
        None,
    ),
    # --- Bereinigungssitzung (dpa) ---
    (
        "de",
        "Berlin (dpa) - Der Haushaltsausschuss des Bundestags hat in einer mehr als 14-stündigen Bereinigungssitzung den Etatentwurf für 2027 an zahlreichen Stellen geändert.",
        True,
        [("duration", 14, "hour", "over"), ("year", 2027, None, None)],
        None,
    ),
    ("de", "Die Sitzung endete in der Nacht zum Freitag gegen 4.30 Uhr.", True, [], None),
    (
        "de",
        "Insgesamt beschlossen die Haushälter 412 Änderungsanträge, davon 389 aus den Reihen der Koalitionsfraktionen.",
        True,
        [("count", 412, None, None), ("count", 389, None, None)],
        None,
    ),
    (
        "de",
        "Die Ausgaben steigen damit um 1,9 Milliarden Euro auf 526,2 Milliarden Euro, die Neuverschuldung im Kernhaushalt bleibt nach Angaben von Ausschussmitgliedern unverändert.",
        True,
        [("money", 1900000000, "EUR", None), ("money", 526200000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Zusätzliches Geld gibt es unter anderem für das Technische Hilfswerk, das 180 Millionen Euro mehr erhält, und für die Sanierung von 35 Autobahnbrücken.",
        True,
        [("money", 180000000, "EUR", None), ("count", 35, None, None)],
        None,
    ),
    (
        "de",
        "„Wir haben jeden Euro zweimal umgedreht“, sagte SPD-Haushälter Ole Brandstätter.",
        False,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Grünen kritisierten, die Koalition habe in der Nacht 1,2 Milliarden Euro bei der internationalen Klimafinanzierung gestrichen.",
        True,
        [("money", 1200000000, "EUR", None)],
        None,
    ),
    ("de", "Die Linke sprach von einer „Nacht der Wahlkreisgeschenke“.", False, [], None),
    (
        "de",
        "Der Bundestag soll den Haushalt in der letzten Novemberwoche in zweiter und dritter Lesung verabschieden.",
        True,
        [("ordinal", 2, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    # --- Budgetausschuss abgeschlossen (APA) ---
    (
        "de",
        "Wien (APA) - Der Budgetausschuss des Nationalrats hat seine achttägigen Beratungen über den Bundesvoranschlag 2027 abgeschlossen.",
        True,
        [("duration", 8, "day", None), ("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Die Abgeordneten richteten nach Angaben der Parlamentskorrespondenz insgesamt 1.146 schriftliche Fragen an die Ministerien.",
        True,
        [("count", 1146, None, None)],
        "die Parlamentskorrespondenz",
    ),
    (
        "de",
        "Verteidigungsministerin Edith Lamprechter sagte im Ausschuss, das Heeresbudget steige 2027 auf 4,8 Milliarden Euro, das entspreche 0,9 Prozent des BIP.",
        True,
        [("year", 2027, None, None), ("money", 4800000000, "EUR", None), ("percent", 0.9, "%", None)],
        "Edith Lamprechter",
    ),
    (
        "de",
        "Der FPÖ-Abgeordnete Peter Gratzl wollte wissen, wie viele Eurofighter derzeit einsatzbereit seien.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bildungsminister Clemens Hafner-Rauch kündigte an, für den Ausbau ganztägiger Schulformen im kommenden Jahr 160 Millionen Euro bereitzustellen.",
        True,
        [("money", 160000000, "EUR", None)],
        None,
    ),
    # --- Nationalrat beschließt Budget (APA) ---
    (
        "de",
        "Wien (APA) - Nach einer dreitägigen Debatte hat der Nationalrat das Budget für 2027 samt Budgetbegleitgesetz beschlossen, die Dreierkoalition stimmte geschlossen dafür.",
        True,
        [("duration", 3, "day", None), ("year", 2027, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Für das Bundesfinanzgesetz stimmten 108 Mandatarinnen und Mandatare, 71 stimmten dagegen.",
        True,
        [("count", 108, None, None), ("count", 71, None, None)],
        None,
    ),
    (
        "de",
        "Der Fiskalrat geht für 2027 von einem Defizit von 4,3 Prozent aus und damit von 0,2 Prozentpunkten mehr als die Regierung.",
        True,
        [("year", 2027, None, None), ("percent", 4.3, "%", None), ("percent", 0.2, "pp", None)],
        None,
    ),
    (
        "de",
        "Fiskalratspräsidentin Renate Obwexer sagte, ohne weitere Maßnahmen werde Österreich die Defizitgrenze von drei Prozent frühestens 2029 wieder unterschreiten.",
        True,
        [("percent", 3, "%", None), ("year", 2029, None, None)],
        "Renate Obwexer",
    ),
    (
        "de",
        "Grünen-Budgetsprecherin Elisabeth Mayrhofer-Klien sprach von einem „Budget der verpassten Chancen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Grünen brachten 23 Abänderungsanträge ein, keiner davon fand eine Mehrheit.",
        True,
        [("count", 23, None, None)],
        None,
    ),
    (
        "de",
        "Der Nationalratspräsident erteilte im Laufe der Debatte vier Ordnungsrufe, drei davon an Abgeordnete der FPÖ.",
        True,
        [("count", 4, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "„Sie haben das Land an die Wand gefahren und wollen jetzt für den Airbag gelobt werden“, rief Kranebitter in Richtung Regierungsbank.",
        False,
        [],
        None,
    ),
    # --- UK budget (Reuters) ---
    (
        "en",
        "LONDON, Nov 26 (Reuters) - British finance minister Miriam Halloway raised taxes by 24 billion pounds a year in her second budget on Wednesday, telling parliament the money was needed to repair the public finances.",
        True,
        [("date", "--11-26", None, None), ("money", 24000000000, "GBP", None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "The Office for Budget Responsibility said public sector net borrowing would fall to 3.9% of GDP in the 2026-27 financial year from 4.6% this year.",
        True,
        [
            ("percent", 3.9, "%", None),
            ("year", 2026, None, None),
            ("year", 2027, None, None),
            ("percent", 4.6, "%", None),
        ],
        "the Office for Budget Responsibility",
    ),
    (
        "en",
        "Halloway told MPs the government would meet its fiscal rules with headroom of 21.7 billion pounds, up from 9.9 billion pounds in March.",
        True,
        [("money", 21700000000, "GBP", None), ("money", 9900000000, "GBP", None)],
        "Halloway",
    ),
    (
        "en",
        '"This is a budget for the people who get up early and keep this country running," Halloway said.',
        False,
        [],
        None,
    ),
    ("en", 'Shadow chancellor Edward Pryor called it "a smash-and-grab raid on family budgets."', False, [], None),
    (
        "en",
        "Pryor said the budget pushed Britain's tax take to 38.4% of national income by 2029-30, a post-war record.",
        True,
        [("percent", 38.4, "%", None), ("year", 2029, None, None), ("year", 2030, None, None)],
        "Pryor",
    ),
    (
        "en",
        "Halloway kept personal tax allowances frozen for a further two years until April 2030, which the OBR estimated would bring in 7.6 billion pounds.",
        True,
        [("duration", 2, "year", None), ("year", 2030, None, None), ("money", 7600000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "About half of the extra revenue will come from higher taxes on property and pensions, according to the OBR's forecast.",
        True,
        [("fraction", 0.5, None, "about")],
        None,
    ),
    (
        "en",
        "Labour backbenchers cheered as Halloway announced the two-child limit on benefits would be scrapped from next April at a cost of 3.1 billion pounds by 2029-30.",
        True,
        [
            ("count", 2, None, None),
            ("money", 3100000000, "GBP", None),
            ("year", 2029, None, None),
            ("year", 2030, None, None),
        ],
        None,
    ),
    (
        "en",
        "At 71 minutes it was the longest budget speech since 2010, figures from the House of Commons Library showed.",
        True,
        [("duration", 71, "minute", None), ("year", 2010, None, None)],
        None,
    ),
    (
        "en",
        "Britain's 10-year gilt yield fell 6 basis points after the speech, while sterling was little changed.",
        True,
        [("duration", 10, "year", None), ("percent", 6, "bp", None)],
        None,
    ),
    (
        "en",
        "The package will raise 26.1 billion pounds in 2029-30, the final year of the forecast, according to Treasury documents.",
        True,
        [("money", 26100000000, "GBP", None), ("year", 2029, None, None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "The OBR cut its growth forecast for 2027 to 1.3% from 1.7%.",
        True,
        [("year", 2027, None, None), ("percent", 1.3, "%", None), ("percent", 1.7, "%", None)],
        None,
    ),
    # --- Budget votes in the Commons (PA) ---
    (
        "en",
        "MPs approved the budget resolution raising the dividend tax rate by 339 votes to 221, majority 118.",
        True,
        [("count", 339, None, None), ("count", 221, None, None), ("count", 118, None, None)],
        None,
    ),
    (
        "en",
        "A Conservative amendment to exempt family farms worth up to 3 million pounds from inheritance tax was defeated by 318 votes to 187.",
        True,
        [("money", 3000000, "GBP", "up_to"), ("count", 318, None, None), ("count", 187, None, None)],
        None,
    ),
    (
        "en",
        "Fourteen Labour MPs rebelled to back the amendment, the division list showed.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "en",
        '"The honourable gentleman discovered fiscal responsibility roughly five minutes after leaving office," the Chief Secretary to the Treasury, Daniel Okafor, told the Commons.',
        False,
        [("duration", 5, "minute", "about")],
        None,
    ),
    (
        "en",
        "Okafor told MPs that 88% of the revenue raised by the package would come from the top 10% of earners.",
        True,
        [("percent", 88, "%", None), ("percent", 10, "%", None)],
        "Okafor",
    ),
    (
        "en",
        "The Finance Bill will receive its second reading on Dec. 9, the Leader of the House said.",
        True,
        [("ordinal", 2, None, None), ("date", "--12-09", None, None)],
        None,
    ),
    # --- Think tank verdict (Reuters) ---
    (
        "en",
        "The Institute for Fiscal Studies said the average household would lose about 640 pounds a year by 2030 as a result of the budget.",
        True,
        [("money", 640, "GBP", "about"), ("year", 2030, None, None)],
        "the Institute for Fiscal Studies",
    ),
    (
        "en",
        '"This was a budget that asks a lot of the middle and promises a lot to the future," IFS director Martin Coulthard said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Coulthard said debt interest would cost 131 billion pounds in 2026-27, or roughly a tenth of total public spending.",
        True,
        [
            ("money", 131000000000, "GBP", None),
            ("year", 2026, None, None),
            ("year", 2027, None, None),
            ("fraction", 0.1, None, "about"),
        ],
        "Coulthard",
    ),
    # --- Canberra Senate passes spending bills (Reuters) ---
    (
        "en",
        "CANBERRA, Nov 27 (Reuters) - Australia's Senate passed A$21.4 billion in additional spending bills late on Thursday after the government secured the votes of the Greens and two independent senators.",
        True,
        [("date", "--11-27", None, None), ("money", 21400000000, "AUD", None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The bills passed 38 votes to 30 in the 76-seat chamber.",
        True,
        [("count", 38, None, None), ("count", 30, None, None), ("count", 76, None, None)],
        None,
    ),
    (
        "en",
        "The Senate sat for 14 hours on Thursday, its longest sitting this year.",
        True,
        [("duration", 14, "hour", None)],
        None,
    ),
    (
        "en",
        "Finance Minister Priya Raman told the Senate the money would fund 1,200 new aged care places and a 10% pay rise for aged care nurses over two years.",
        True,
        [("count", 1200, None, None), ("percent", 10, "%", None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "The Greens said they had won a commitment to spend A$480 million on children's dental care as the price of their support.",
        True,
        [("money", 480000000, "AUD", None)],
        None,
    ),
    (
        "en",
        '"The Greens have sold their principles for a photo opportunity," Shadow Finance Minister Angus Tremlett said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The opposition had tried to amend the bills to cap spending growth at 2.5% a year, but the amendment failed 31-37.",
        True,
        [("percent", 2.5, "%", None), ("count", 31, None, None), ("count", 37, None, None)],
        None,
    ),
    # --- Schlussabstimmung im Bundestag (dpa) ---
    (
        "de",
        "Berlin (dpa) - Der Bundestag hat den Bundeshaushalt 2027 nach viertägigen Beratungen beschlossen.",
        True,
        [("year", 2027, None, None), ("duration", 4, "day", None)],
        None,
    ),
    (
        "de",
        "In namentlicher Abstimmung stimmten 324 Abgeordnete für den Etat, 258 dagegen, es gab zwei Enthaltungen.",
        True,
        [("count", 324, None, None), ("count", 258, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Vier Abgeordnete der Koalition stimmten nach Angaben der Fraktionsführungen gegen den Haushalt.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Die Ausgaben summieren sich auf 526,2 Milliarden Euro, die Nettokreditaufnahme im Kernhaushalt liegt bei 89,6 Milliarden Euro.",
        True,
        [("money", 526200000000, "EUR", None), ("money", 89600000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Rechnet man die Sondervermögen hinzu, nimmt der Bund 2027 knapp 152 Milliarden Euro an neuen Krediten auf.",
        True,
        [("year", 2027, None, None), ("money", 152000000000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "Die Schuldenquote steigt nach Berechnungen des Finanzministeriums von 63,8 auf 65,4 Prozent der Wirtschaftsleistung.",
        True,
        [("percent", 63.8, "%", None), ("percent", 65.4, "%", None)],
        None,
    ),
    (
        "de",
        "„Das ist ein Haushalt, der Deutschland wieder auf die Beine bringt“, sagte Unions-Chefhaushälter Frank Ruhnau.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ruhnau sagte, 2027 werde erstmals seit 2019 wieder mehr als jeder zehnte Euro des Bundes investiert.",
        True,
        [("year", 2027, None, None), ("year", 2019, None, None), ("fraction", 0.1, None, "over")],
        "Ruhnau",
    ),
    ("de", "Grünen-Haushälter Sven Kühlewind sprach von einem „Rekord auf Pump“.", False, [], None),
    (
        "de",
        "Die Länderkammer soll am 19. Dezember abschließend über das Haushaltsgesetz beraten.",
        True,
        [("date", "--12-19", None, None)],
        None,
    ),
    # --- Hammelsprung in der Haushaltswoche (dpa) ---
    (
        "de",
        "Berlin (dpa) - Auf Antrag der AfD hat der Bundestag während der Haushaltsberatungen am Donnerstagabend seine Beschlussfähigkeit per Hammelsprung überprüft.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Gezählt wurden 341 Abgeordnete, die erforderliche Zahl von 316 war damit erreicht.",
        True,
        [("count", 341, None, None), ("count", 316, None, None)],
        None,
    ),
    ("de", "Die Sitzung wurde für 23 Minuten unterbrochen.", True, [("duration", 23, "minute", None)], None),
    (
        "de",
        "Der Parlamentarische Geschäftsführer der SPD, Dennis Kaltwasser, sprach von „parlamentarischer Obstruktion“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Es war der dritte Hammelsprung in dieser Sitzungswoche, in der laufenden Wahlperiode hat die AfD das Verfahren bereits zwölfmal beantragt.",
        True,
        [("ordinal", 3, None, None), ("count", 12, None, None)],
        None,
    ),
    # --- Verkehrsetat (dpa) ---
    (
        "de",
        "Berlin (dpa) - Der Verkehrsetat steigt 2027 einschließlich der Mittel aus dem Sondervermögen auf 56,3 Milliarden Euro.",
        True,
        [("year", 2027, None, None), ("money", 56300000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Für die Schiene sind davon 24,6 Milliarden Euro vorgesehen und damit mehr als für die Straße, hieß es aus dem Ministerium.",
        True,
        [("money", 24600000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Verkehrsminister Patrick Ossenkamp (CDU) sagte, bis 2030 sollten rund 4.000 Brücken an Autobahnen und Bundesstraßen saniert werden.",
        True,
        [("year", 2030, None, None), ("count", 4000, None, "about")],
        "Patrick Ossenkamp",
    ),
    (
        "de",
        "Grünen-Verkehrspolitiker Mats Heidbrink fragte, warum von den geplanten Bahnprojekten nur jedes fünfte im Zeitplan liege.",
        False,
        [("fraction", 0.2, None, None)],
        None,
    ),
    ("de", "„Sie verteilen Beton nach Wahlkreisen statt nach Bedarf“, rief Heidbrink.", False, [], None),
    ("de", "Ossenkamp wies den Vorwurf zurück.", True, [], None),
    # --- Germany's budget passed (Reuters) ---
    (
        "en",
        "BERLIN, Nov 28 (Reuters) - Germany's lower house of parliament approved a 2027 budget on Friday that includes record investment of 126.8 billion euros, financed partly by borrowing from special funds.",
        True,
        [("date", "--11-28", None, None), ("year", 2027, None, None), ("money", 126800000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Lawmakers voted 324 to 258 in favour, with two abstentions.",
        True,
        [("count", 324, None, None), ("count", 258, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Finance Minister Henrik Wallmeroth said net borrowing in the core budget would be 89.6 billion euros.",
        True,
        [("money", 89600000000, "EUR", None)],
        "Henrik Wallmeroth",
    ),
    (
        "en",
        "Including the special funds, new borrowing will total 151.8 billion euros ($175.9 billion).",
        True,
        [("money", 151800000000, "EUR", None), ("money", 175900000000, "USD", None)],
        None,
    ),
    ("en", 'The far-right AfD dismissed the budget as "a declaration of bankruptcy."', False, [], None),
    (
        "en",
        "The budget still needs the approval of the Bundesrat, the upper house representing Germany's 16 states, which is due to vote on Dec. 19.",
        True,
        [("count", 16, None, None), ("date", "--12-19", None, None)],
        None,
    ),
    # --- Niedersachsen: Notlage zum zweiten Mal (dpa/lni) ---
    (
        "de",
        "Hannover (dpa/lni) - Der niedersächsische Landtag hat zum zweiten Mal in Folge eine außergewöhnliche Notsituation festgestellt, um 2027 Kredite über die Grenzen der Schuldenbremse hinaus aufnehmen zu können.",
        True,
        [("ordinal", 2, None, None), ("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Nötig war eine Mehrheit von zwei Dritteln der anwesenden Abgeordneten, sie kam mit 97 Stimmen zustande.",
        True,
        [("fraction", 0.6667, None, None), ("count", 97, None, None)],
        None,
    ),
    (
        "de",
        "Finanzministerin Sandra Voigtländer (SPD) sagte, das Land wolle auf diesem Weg 1,1 Milliarden Euro für die Sanierung von Krankenhäusern bereitstellen.",
        True,
        [("money", 1100000000, "EUR", None)],
        "Sandra Voigtländer",
    ),
    (
        "de",
        "Der Landesrechnungshof hatte das Vorgehen zuvor als verfassungsrechtlich riskant bezeichnet.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die CDU kündigte an, gegen den Beschluss vor den Staatsgerichtshof in Bückeburg zu ziehen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Eine Notlage, die jedes Jahr wiederkommt, ist keine Notlage, sondern Politik“, sagte CDU-Fraktionschef Arne Wöbbeking.",
        False,
        [],
        None,
    ),
    # --- Bundesrat ohne Einspruch (APA) ---
    (
        "de",
        "Wien (APA) - Der Bundesrat hat gegen das Budgetbegleitgesetz 2027 keinen Einspruch erhoben.",
        True,
        [("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "In der Länderkammer stimmten 35 der 60 Mitglieder gegen einen Einspruch.",
        True,
        [("count", 35, None, None), ("count", 60, None, None)],
        None,
    ),
    (
        "de",
        "Das Gesetz sieht unter anderem vor, den Krankenversicherungsbeitrag für Pensionistinnen und Pensionisten von 6 auf 6,5 Prozent anzuheben.",
        True,
        [("percent", 6, "%", None), ("percent", 6.5, "%", None)],
        None,
    ),
    (
        "de",
        "Die Maßnahme bringt dem Budget nach Schätzungen des Finanzministeriums rund 390 Millionen Euro im Jahr.",
        True,
        [("money", 390000000, "EUR", "about")],
        None,
    ),
    # --- Budget watchdog's error (Reuters) ---
    (
        "en",
        "LONDON, Dec 2 (Reuters) - The head of Britain's budget watchdog told lawmakers on Tuesday that a forecasting error had overstated the government's headroom by 1.8 billion pounds.",
        True,
        [("date", "--12-02", None, None), ("money", 1800000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "OBR chair Malcolm Trevithick said the mistake had been corrected within 48 hours of being spotted.",
        True,
        [("duration", 48, "hour", None)],
        "Malcolm Trevithick",
    ),
    ("en", '"Our credibility rests on being open about our mistakes," Trevithick said.', False, [], None),
    (
        "en",
        "Committee chair Harriet Vowles asked whether the Treasury had seen the corrected figures before the budget.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Trevithick said the Treasury had received a draft of the final forecast five days before the budget speech.",
        True,
        [("duration", 5, "day", None)],
        "Trevithick",
    ),
    (
        "en",
        "The watchdog has now had to correct a budget forecast for the second time in three years.",
        True,
        [("ordinal", 2, None, None), ("duration", 3, "year", None)],
        None,
    ),
    # --- Voranschlag im Nationalrat (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Mit 121 zu 68 Stimmen und 5 Enthaltungen hat der Nationalrat den Voranschlag 2027 des Bundes gutgeheissen.",
        True,
        [("count", 121, None, None), ("count", 68, None, None), ("count", 5, None, None), ("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Das Budget sieht bei Ausgaben von 90,8 Milliarden Franken ein Defizit von 770 Millionen Franken vor.",
        True,
        [("money", 90800000000, "CHF", None), ("money", 770000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Die grosse Kammer stockte die Mittel für die Armee um 150 Millionen Franken auf und kürzte im Gegenzug bei der Entwicklungszusammenarbeit um 110 Millionen Franken.",
        True,
        [("money", 150000000, "CHF", None), ("money", 110000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Rund ein Drittel der Ausgaben entfällt auf die soziale Wohlfahrt.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "de",
        "Die Beratung des Voranschlags dauerte insgesamt rund 14 Stunden, verteilt auf drei Sitzungstage.",
        True,
        [("duration", 14, "hour", "about"), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Finanzministerin Martina Gisler-Arnold sagte, die Schuldenbremse werde mit dem Voranschlag knapp eingehalten.",
        True,
        [],
        "Martina Gisler-Arnold",
    ),
    (
        "de",
        "«Wer heute mehr ausgibt, schickt die Rechnung an unsere Kinder», sagte Gisler-Arnold im Rat.",
        False,
        [],
        None,
    ),
    ("de", "SP-Nationalrätin Mattea Caviezel sprach von einem «Kahlschlag bei den Ärmsten».", False, [], None),
    (
        "de",
        "Die Finanzkommission hatte eine Kürzung von 2 Prozent bei den Personalausgaben beantragt, der Rat lehnte diese mit 98 zu 95 Stimmen ab.",
        True,
        [("percent", 2, "%", None), ("count", 98, None, None), ("count", 95, None, None)],
        None,
    ),
    (
        "de",
        "Das Geschäft geht nun an den Ständerat, der sich am 8. Dezember damit befasst.",
        True,
        [("date", "--12-08", None, None)],
        None,
    ),
    ("de", "Ob die kleine Kammer die Aufstockung für die Armee mitträgt, gilt als offen.", False, [], None),
    # --- Prisons spending on estimates day (PA) ---
    (
        "en",
        "MPs approved the government's supplementary estimates without a division after a three-hour estimates day debate on prisons and courts spending.",
        True,
        [("duration", 3, "hour", None)],
        None,
    ),
    (
        "en",
        "Justice minister Graham Tolland told MPs that the prisons budget would rise by 6.2% to 6.9 billion pounds next year.",
        True,
        [("percent", 6.2, "%", None), ("money", 6900000000, "GBP", None)],
        "Graham Tolland",
    ),
    (
        "en",
        '"Throwing money at a broken system is not a strategy," said Conservative MP Andrew Pellow.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Tolland said 12,500 new prison places would be built by 2032, of which about 2,500 were already open.",
        True,
        [("count", 12500, None, None), ("year", 2032, None, None), ("count", 2500, None, "about")],
        "Tolland",
    ),
    # --- Defence research cuts (PA) ---
    (
        "en",
        "A Conservative motion calling on the government to reverse its cut to defence research spending was defeated by 301 votes to 176.",
        True,
        [("count", 301, None, None), ("count", 176, None, None)],
        None,
    ),
    (
        "en",
        "Shadow defence secretary Alistair Greenhalgh told MPs the research budget had been cut by 410 million pounds, or 17%.",
        True,
        [("money", 410000000, "GBP", None), ("percent", 17, "%", None)],
        "Alistair Greenhalgh",
    ),
    (
        "en",
        'Defence minister Lucy Farrant said the figure was "simply wrong" and that overall defence spending would reach 2.7% of GDP in 2028.',
        True,
        [("percent", 2.7, "%", None), ("year", 2028, None, None)],
        "Lucy Farrant",
    ),
    (
        "en",
        "The Speaker twice called the House to order during the exchanges.",
        False,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        'Liberal Democrat Treasury spokesperson Sarah Tremayne accused ministers of "making carers pay for the Treasury\'s blunders."',
        False,
        [],
        None,
    ),
    # --- NRW-Landtag beschließt Etat (dpa/lnw) ---
    (
        "de",
        "Düsseldorf (dpa/lnw) - Der nordrhein-westfälische Landtag hat den Haushalt für 2027 mit den Stimmen der schwarz-grünen Koalition verabschiedet.",
        True,
        [("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Für den Etat stimmten 104 Abgeordnete, 85 votierten dagegen.",
        True,
        [("count", 104, None, None), ("count", 85, None, None)],
        None,
    ),
    (
        "de",
        "Insgesamt lagen 264 Änderungsanträge der Opposition vor, angenommen wurde keiner.",
        True,
        [("count", 264, None, None)],
        None,
    ),
    (
        "de",
        "Der Haushalt hat ein Volumen von 111,6 Milliarden Euro und sieht neue Kredite von rund 2,8 Milliarden Euro vor.",
        True,
        [("money", 111600000000, "EUR", None), ("money", 2800000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Finanzminister Kai Overbeck (CDU) sagte, das Land schöpfe den Spielraum von 0,35 Prozent der Wirtschaftsleistung, den die reformierte Schuldenbremse den Ländern zusammen einräume, nur zum Teil aus.",
        True,
        [("percent", 0.35, "%", None)],
        "Kai Overbeck",
    ),
    (
        "de",
        "Die SPD-Opposition warf der Landesregierung vor, bei Kitas und Schulen „auf Verschleiß zu fahren“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "SPD-Fraktionschef Jochen Meffert hielt der Regierung vor, im Landeshaushalt seien fast 9.000 Lehrerstellen unbesetzt.",
        True,
        [("count", 9000, None, "nearly")],
        None,
    ),
    ("de", "Die Debatte wurde mehrfach von lautstarken Zwischenrufen unterbrochen.", False, [], None),
    (
        "de",
        "Die Kommunen erhalten über das Gemeindefinanzierungsgesetz 2027 rund 16,4 Milliarden Euro, ein Plus von 3,1 Prozent.",
        True,
        [("year", 2027, None, None), ("money", 16400000000, "EUR", "about"), ("percent", 3.1, "%", None)],
        None,
    ),
    # --- Sachsens Minderheitsregierung bringt Etat durch (dpa/sn) ---
    (
        "de",
        "Dresden (dpa/sn) - Sachsens Minderheitsregierung hat ihren Doppelhaushalt mit Stimmen aus der Opposition durch den Landtag gebracht.",
        True,
        [],
        None,
    ),
    ("de", "Der Abstimmung war eine fünfstündige Debatte vorausgegangen.", True, [("duration", 5, "hour", None)], None),
    (
        "de",
        "Für das Zahlenwerk stimmten 62 der 120 Abgeordneten, 51 stimmten dagegen, sieben enthielten sich.",
        True,
        [("count", 62, None, None), ("count", 120, None, None), ("count", 51, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "CDU und SPD hatten sich zuvor mit Grünen und Linken auf 41 Änderungen verständigt, die zusammen rund 290 Millionen Euro kosten.",
        True,
        [("count", 41, None, None), ("money", 290000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Grünen und Linken sicherte die Koalition im Gegenzug unter anderem 60 Millionen Euro für den Nahverkehr zu.",
        True,
        [("money", 60000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Finanzministerin Kathrin Meusel (CDU) sagte, der Freistaat müsse für die Jahre 2027 und 2028 eine Lücke von 4,3 Milliarden Euro schließen.",
        True,
        [("year", 2027, None, None), ("year", 2028, None, None), ("money", 4300000000, "EUR", None)],
        "Kathrin Meusel",
    ),
    ("de", "„Kompromiss ist kein Schimpfwort, sondern die Grundlage der Demokratie“, sagte Meusel.", False, [], None),
    (
        "de",
        "Die AfD, stärkste Oppositionsfraktion, sprach von einem „Kuhhandel hinter verschlossenen Türen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Doppelhaushalt hat ein Volumen von knapp 51 Milliarden Euro.",
        True,
        [("money", 51000000000, "EUR", "nearly")],
        None,
    ),
    # --- Berlin beschließt Kürzungen (dpa/bb) ---
    (
        "de",
        "Berlin (dpa/bb) - Das Berliner Abgeordnetenhaus hat nach einer knapp elfstündigen Sitzung Kürzungen von drei Milliarden Euro im Landeshaushalt beschlossen.",
        True,
        [("duration", 11, "hour", "nearly"), ("money", 3000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das Haushaltsstrukturgesetz wurde mit 86 zu 71 Stimmen angenommen.",
        True,
        [("count", 86, None, None), ("count", 71, None, None)],
        None,
    ),
    (
        "de",
        "Am stärksten betroffen ist die Kultur, deren Etat um rund 12 Prozent sinkt, die Zuschüsse für freie Träger sinken um ein Fünftel.",
        True,
        [("percent", 12, "%", "about"), ("fraction", 0.2, None, None)],
        None,
    ),
    (
        "de",
        "Die Kürzungen treffen nach Berechnungen der Senatsverwaltung rund 1.200 Projekte freier Träger.",
        True,
        [("count", 1200, None, "about")],
        None,
    ),
    (
        "de",
        "Nach Darstellung von Finanzsenator Lutz Bergemann (CDU) hätte Berlin ohne die Einsparungen 2027 mehr als 5 Milliarden Euro neue Schulden aufnehmen müssen.",
        True,
        [("year", 2027, None, None), ("money", 5000000000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Vor dem Abgeordnetenhaus protestierten nach Angaben der Polizei rund 2.500 Menschen gegen die Kürzungen.",
        True,
        [("count", 2500, None, "about")],
        "die Polizei",
    ),
    ("de", "„Sie sparen an der Seele dieser Stadt“, rief die Grünen-Abgeordnete Hanna Oestreich.", False, [], None),
    (
        "de",
        "Ob die Bühnen die Kürzungen ohne Schließungen verkraften, bezweifeln die Intendanten mehrerer Häuser.",
        False,
        [],
        None,
    ),
    # --- Steiermark beschließt Landesbudget (APA) ---
    (
        "de",
        "Graz (APA) - Der steiermärkische Landtag hat das Landesbudget für 2027 mit den Stimmen von FPÖ und ÖVP beschlossen.",
        True,
        [("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Der Voranschlag sieht Ausgaben von 8,1 Milliarden Euro und einen Abgang von 412 Mio. Euro vor.",
        True,
        [("money", 8100000000, "EUR", None), ("money", 412000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Finanzlandesrat Werner Pachernegg sagte, der Schuldenstand des Landes werde damit Ende 2027 rund 7,9 Milliarden Euro erreichen.",
        True,
        [("year", 2027, None, None), ("money", 7900000000, "EUR", "about")],
        "Werner Pachernegg",
    ),
    (
        "de",
        "Die SPÖ sprach von einem „Budget des Stillstands“, die Grünen von „Kürzungen mit dem Rasenmäher“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Knapp die Hälfte der Mittel entfällt auf Gesundheit und Pflege.",
        True,
        [("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die Debatte dauerte zwei Tage, insgesamt meldeten sich 58 Rednerinnen und Redner zu Wort.",
        True,
        [("duration", 2, "day", None), ("count", 58, None, None)],
        None,
    ),
    # --- Wiener Doppelbudget (APA) ---
    (
        "de",
        "Wien (APA) - Der Wiener Gemeinderat hat ein Doppelbudget für 2027 und 2028 beschlossen, das ein Defizit von zusammen 4,6 Milliarden Euro vorsieht.",
        True,
        [("year", 2027, None, None), ("year", 2028, None, None), ("money", 4600000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Laut Finanzstadträtin Barbara Novotny-Reisinger wäre der Abgang ohne Gegensteuern um 1,3 Milliarden Euro höher ausgefallen.",
        True,
        [("money", 1300000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Gebühren für Wasser, Kanal und Müll steigen mit 1. Jänner um 13 Prozent.",
        True,
        [("date", "--01-01", None, None), ("percent", 13, "%", None)],
        None,
    ),
    ("de", "Die ÖVP warf der Stadtregierung „Abzocke ohne Ende“ vor.", False, [], None),
    (
        "de",
        "Die Grünen hatten beantragt, die Erhöhung auf fünf Prozent zu begrenzen, der Antrag fand keine Mehrheit.",
        True,
        [("percent", 5, "%", None)],
        None,
    ),
    # --- Holyrood budget (PA) ---
    (
        "en",
        "The Scottish Parliament backed the Scottish Government's 2027-28 budget at stage 1 by 67 votes to 55 on Tuesday.",
        True,
        [
            ("year", 2027, None, None),
            ("year", 2028, None, None),
            ("ordinal", 1, None, None),
            ("count", 67, None, None),
            ("count", 55, None, None),
        ],
        None,
    ),
    (
        "en",
        "Finance Secretary Kirsty Balfour told MSPs that 1.4 billion pounds would go to councils to freeze council tax for a second year.",
        True,
        [("money", 1400000000, "GBP", None), ("ordinal", 2, None, None)],
        "Kirsty Balfour",
    ),
    (
        "en",
        "The Scottish Fiscal Commission said income tax receipts would be 312 million pounds lower than it had forecast in May.",
        True,
        [("money", 312000000, "GBP", None)],
        "the Scottish Fiscal Commission",
    ),
    (
        "en",
        'Scottish Conservative finance spokesperson Duncan Arbuthnott described the budget as "a tax-and-spend plan without a growth plan."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The budget still needs to pass stage 3, which is expected in February.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    # --- Rechnungshof warnt vor Lücke (dpa) ---
    (
        "de",
        "Bonn (dpa) - Der Bundesrechnungshof hat vor einer Finanzierungslücke von insgesamt rund 172 Milliarden Euro in den Jahren 2028 bis 2030 gewarnt.",
        True,
        [("money", 172000000000, "EUR", "about"), ("year", 2028, None, None), ("year", 2030, None, None)],
        None,
    ),
    (
        "de",
        "Die Prüfer rechnen damit, dass die Zinsausgaben bis 2030 auf mehr als 60 Milliarden Euro im Jahr steigen.",
        True,
        [("year", 2030, None, None), ("money", 60000000000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Die Schulden des Bundes einschließlich der Sondervermögen belaufen sich demnach auf rund 1,9 Billionen Euro.",
        True,
        [("money", 1900000000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Rechnungshofpräsidentin Sabine Dettweiler sagte in Bonn, der Bund finanziere inzwischen rund ein Viertel seiner Ausgaben über Kredite.",
        True,
        [("fraction", 0.25, None, "about")],
        "Sabine Dettweiler",
    ),
    ("de", "„Die Lage ist ernst, aber noch beherrschbar“, sagte Dettweiler.", False, [], None),
    (
        "de",
        "Das Finanzministerium teilte mit, die Zahlen des Rechnungshofs berücksichtigten bereits beschlossene Einsparungen von 13 Milliarden Euro nicht.",
        True,
        [("money", 13000000000, "EUR", None)],
        "das Finanzministerium",
    ),
    # --- Mid-year budget update (Reuters) ---
    (
        "en",
        "CANBERRA, Dec 17 (Reuters) - Australia now expects to run a deficit of A$38.6 billion in the 2026-27 fiscal year, A$4.1 billion more than it projected in May, the government said in its mid-year update.",
        True,
        [
            ("date", "--12-17", None, None),
            ("money", 38600000000, "AUD", None),
            ("year", 2026, None, None),
            ("year", 2027, None, None),
            ("money", 4100000000, "AUD", None),
        ],
        None,
    ),
    (
        "en",
        "Treasurer Daniel Whitfield said gross debt would peak at 36.9% of GDP in June 2028.",
        True,
        [("percent", 36.9, "%", None), ("year", 2028, None, None)],
        "Daniel Whitfield",
    ),
    ("en", '"We are cleaning up a mess that took a decade to make," Whitfield said.', False, [], None),
    (
        "en",
        "Tremlett told parliament the government had added A$180 billion to net debt since taking office in 2022.",
        True,
        [("money", 180000000000, "AUD", None), ("year", 2022, None, None)],
        "Tremlett",
    ),
    (
        "en",
        "Economists at two of the four major banks said the forecast was too optimistic about iron ore prices.",
        False,
        [("count", 2, None, None), ("count", 4, None, None)],
        None,
    ),
    # --- Question time in Canberra (AAP) ---
    (
        "en",
        "In question time, Opposition Leader Sarah Kenward asked the Treasurer how many households were paying more for electricity than two years ago.",
        False,
        [("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "Whitfield replied that average power bills were 4% lower than in June 2024 after rebates.",
        True,
        [("percent", 4, "%", None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "Labor holds 89 of the 150 seats in the House of Representatives.",
        True,
        [("count", 89, None, None), ("count", 150, None, None)],
        None,
    ),
    ("en", 'Kenward accused the government of "spending like there is no tomorrow."', False, [], None),
]
