"""Two-hundred-and-twenty-second blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People and figures are made up (Hartwig
Lembcke, Christa Pöllabauer, Andrea Birsfelder, Ueli Brönnimann, Nadine Falkenhagen,
Florian Würzbacher, Ulrike Tressler, Korbinian Zettlmeier, Wolfgang Steinbichl, Sören
Kalthoff, Franziska Kobelt, Merle Ostendarp, Achim Fleddermann; Aurelio Cassar, Joanna
Pellew, Gareth Penwarden, Marissa Fennelly, Beatriz Olmedo, Gesine Marquardsen, Bertrand
Vaudrey, Rasmus Holmgaard, Bronwyn Tregear, Keiran Oldfield, Callum Rendell, Tamsin
Wheelock, Nathaniel Quarshie, Lucía Orbegozo, Anjali Mistry-Roy, Anders Vikström; every
unnamed official, spokesperson, social worker, course leader, lawmaker, diplomat, economist
and refugee); ministers, directors and spokespeople of real governments, agencies and
groups appear under made-up names that stand for no real holder ("Bundesinnenminister
Hartwig Lembcke", "Integrationsministerin Christa Pöllabauer", "SEM-Direktorin Andrea
Birsfelder", "Bamf-Präsidentin Ulrike Tressler", "Home Secretary Joanna Pellew", "Interior
Minister Bertrand Vaudrey", "Migration Minister Lucía Orbegozo") or by their role only ("der
Wiener Sozialstadtrat", "die Vorsitzende eines Volkshochschulverbands", "ein
AfD-Abgeordneter", "ein Sprecher der Unionsfraktion", "a senior EU official", "the
charity's chief executive", "The EU's migration commissioner", "A spokesperson for U.S.
Citizenship and Immigration Services", "the Coalition's immigration spokesman", "a senior
UNHCR official"). Real states, bodies, parties, programmes, laws and places (Bundesamt für
Migration und Flüchtlinge / Bamf, Pro Asyl, Volkshilfe, Caritas, Nationalrat,
Staatssekretariat für Migration / SEM, Bundesrat, SVP, Bundeskabinett, Bürgergeld,
Asylbewerberleistungsgesetz, Grundsicherung, Deutscher Landkreistag, Bundesagentur für
Arbeit, CSU, IAB, AfD, Die Linke, Jobcenter, Sachverständigenrat für Integration und
Migration, Bezahlkarte, Bundesamt für Fremdenwesen und Asyl / BFA, Asylkoordination
Österreich, Volksanwaltschaft, Job-Turbo, Ständerat, Schweizerische Flüchtlingshilfe,
Auswärtiges Amt, Grüne, UNHCR, Städte- und Gemeindebund, Österreichischer Integrationsfonds /
ÖIF, Integrationsbarometer, Bundesinnenministerium, Bundespolizei, Taliban, Flughafen
Leipzig/Halle, Lüdenscheid, Nordrhein-Westfalen, Wien-Favoriten; the EU's asylum agency,
Home Office, Refugee Council, Immigration and Customs Enforcement, DHS, Syracuse University,
Congress, Federal Office for Migration and Refugees, German Adult Education Association,
Court of Auditors, La Cimade, Danish Refugee Council, Statistics Denmark, Australian Bureau
of Statistics, Universities Australia, CoreLogic, National Union of Students, Coalition,
Liberal Democrats, British Chambers of Commerce, U.S. Citizenship and Immigration Services,
Cato Institute, People's Party, Bank of Spain, Amnesty International, Migration Observatory
at the University of Oxford, Unison, NHS, Universal Credit, Statistics Canada, Business
Council of Canada, and the datelines' cities) stand for the way wire copy names them; every
application, rate, return, detention, deportation, benefit rate, course, budget, poll,
vote, quote, label and reaction here is invented, and where a real figure came to mind it
was changed (a benefit rate, a cash limit, a cut-off date, a course length, a cap, a target,
a detention limit, a list of countries).

Its weight: OPINION VERSUS CLAIM, sixteenth round (the ninety-eighth, hundred-nineteenth,
hundred-twenty-fourth, hundred-thirty-first, hundred-thirty-eighth, hundred-forty-sixth,
hundred-fifty-eighth, hundred-sixty-fifth, hundred-seventy-fifth, hundred-eighty-first,
hundred-eighty-ninth, hundred-ninety-sixth, two-hundred-and-fourth, two-hundred-and-eighth
and two-hundred-and-fifteenth batches were the first fifteen, and their decisions are
kept), this time in migration and social policy copy - asylum applications and protection
rates, returns, deportation flights and removal orders, detention, benefit rates for
refugees and the cost to the state, integration and language courses, labour market access
and work bans, family reunion, settlement rules, resettlement places, politicians' and NGOs'
statements - over four ordinary wire days, Monday to Thursday, September 14 to 17, of one
year, as 27 short stories in story order, the German and English stories interleaved by
day, each with a dateline lead, the figures, attributed claims, the other side, quotes and
reactions. About 100 rows are negatives that look like claims - ministers' slogans and
resolve („Die Migrationswende wirkt“, "The chaos we inherited ..."), convictions and
certainty with a figure (unter 85.000 Erstanträgen, über 24.000 Abschiebungen, "I'd be
surprised if we got back to 100,000 places"), results read as proof of one's own policy
(«Die Zahlen zeigen, dass unsere Arbeitsmarktoffensive greift»), images of a cause („wie ein
Magnet“, „Einladungsschreiben an die ganze Welt“, "a gift to the smuggling gangs"), creeds
and maxims („Integration ist eine Bringschuld“, "Every euro we spend must lead to a job"),
labels of parties, lobbies, NGOs and churches („Schikanekarte“, „Asylindustrie“, "a shell
game", "a dark day for refugee protection"), accusations without a checkable claim, a
rhetorical question with the speaker's own figure, appeals without a measure, hopes, fears,
doubts, arguments, evasions, open questions and vox pops of refugees with their ages - each
beside a check-worthy look-alike around a verifiable core: the same speaker's figure in the
next row, the agency's monthly count and protection rate, the rule and its amount, the
bill's cut-off date and the vote, the institute's employment rate, a poll's share holding a
view, a politician's comparison of two benefit rates and the desk's rebuttal with both
rates, a demand naming a measure, a denial, a minister's "no plans", an announced target on
record. Half German (dpa, dpa/lnw, APA, Keystone-SDA; Austrian "Jänner", "heuer", "außer
Landes gebracht", "mit 1. Juli", Swiss "1'968", "3'140", "47'800", "19'800", "per 1.
November", "bis Ende Jahr", "begrüsste", «» quotes, German „“ quotes) and half English
(Reuters, AFP, AP, PA, AAP; British "regularisation", "labour", "stigmatisation",
"neighbours", "honours", American "center", "analyzed", Australian "per cent").

243 rows (121 German, 122 English), 102 negatives (51 German, 51 English), 141 check-worthy
rows of which 12 carry no figure (7 German, 5 English), 239 expected quantities (98 counts,
34 percentages - all in % -, 30 durations - 13 in years, 7 in months, 4 in days, 3 in weeks,
3 in hours -, 24 amounts of money - 14 EUR, 4 GBP, 2 USD, 2 CHF, 1 DKK, 1 AUD -, 15 dates,
14 years, 13 ordinals, 11 fractions; 14 of them in 11 negatives, as the seventeenth batch
labels a figure in a negative), 41 checked speakers (22 German, 19 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, creed, vow, resolve, feeling, hope, fear, conviction or piece of
  rhetoric is a negative with speaker None, also with a named speaker and an office
  (seventh, ninety-eighth, hundred-thirty-first, hundred-eighty-ninth,
  two-hundred-and-fourth, two-hundred-and-eighth, two-hundred-and-fifteenth); a quoted or
  reported statement of fact, figure, step, rule, plan or position is check-worthy with its
  speaker, also in Konjunktiv I (hundred-fourth, hundred-seventy-seventh, hundred-eightieth),
  and a Konjunktiv I verdict stays a negative („Der Kurs sei für viele Frauen ... „die
  einzige Tür nach draußen““; hundred-fourth). Pairs from one speaker: Lembcke's 21,870
  rejections and his 10,940 deportations beside „Die Migrationswende wirkt“, his conviction
  with 85,000, „Wir holen uns die Kontrolle ... zurück“, „Wer hier schwere Verbrechen
  begeht“ and "finally protecting its borders"; Cassar's 512,000 beside "people with names
  and stories"; Pöllabauer's 780 euros, 41,600 and 25 percent beside „Bringschuld“ and
  „Deutsch ist der Schlüssel“; Pellew's 61,300 and 29,000 pounds beside "The chaos we
  inherited" and "a privilege that must be earned"; Penwarden's 9,200 beside "a shell game";
  Birsfelder's 3,140 beside «Die Zahlen zeigen ...»; Brönnimann's demand beside
  «Schönfärberei»; Fennelly's 58% beside "keeping our promise"; Falkenhagen's 1.3 billion
  euros, 48,000 places and 287,000 beside „Solidarität muss fair sein“ and "Every euro we
  spend"; Würzbacher's 23,600 beside „wie ein Magnet“ and „Einladungsschreiben“;
  Marquardsen's 19 weeks beside "the most expensive way to save money"; Tressler's 11.4
  weeks beside her conviction with „doppelt“ and her evasion; Vaudrey's 1,500 places beside
  "A country that cannot enforce its own laws"; Zettlmeier's 71,900 cards beside
  „Geschäftsmodell der Schlepper“; Holmgaard's 30 hours and 20,000 people beside "parked on
  benefits" and his refusal; Steinbichl's four men and his announced 16,000 beside „nichts
  verloren“; Tregear's 285,000 beside "turned the corner"; Kalthoff's half beside
  „Erfolgsgeschichte“; Rendell's "no plans" beside "a gift to the smuggling gangs";
  Wheelock's 34,700 beside "bus fares and nappies"; Kobelt's two thirds beside «Nulltarif»;
  Quarshie's 140 families beside "cruelty by design"; Ostendarp's 11,000 beside
  „unbarmherzig“; Orbegozo's five months beside "dignity over fear"; Fleddermann's 214 beside
  „am Limit“, his rhetorical question and his evasion; Mistry-Roy's 5.5% beside "welcoming
  means planning" and her refusal; Vikström's 125,000 and 8,000 beside "a lifeline".
- New: images of a cause. A thesis about why people migrate put as an image and naming no
  measure is a negative, a label for a cause - „Das Bürgergeld wirkt wie ein Magnet auf
  Menschen aus aller Welt“, „Die Bezahlkarte beendet das Geschäftsmodell der Schlepper“,
  "Opening the labour market would be a gift to the smuggling gangs", „Eine
  Arbeitserlaubnis ab dem ersten Tag wäre ein Einladungsschreiben an die ganze Welt“
  (ordinal 1 labelled, a hypothetical premise as the hundred-eighty-ninth's) - as labels
  are (ninety-eighth, two-hundred-and-fourth: „Asylindustrie“, „Schikanekarte“ here); the
  measured finding on the same cause is check-worthy without a figure ("Eine Auswertung des
  IAB fand dagegen keinen messbaren Zusammenhang ...", the Sachverständigenrat's study on
  transfers abroad, "A Cato Institute study last year found no link ..."; hundred-fifty-fifth
  and two-hundred-and-fifteenth: a study's finding with or without a figure), while
  arguments about a cause with no study behind them stay negatives ("Republicans in Congress
  argue that faster work permits would encourage ...", "Critics argue the test is too hard
  ..."; hundred-eightieth: an argument).
- New: comparisons of two payments. A politician's claim that one group receives more than
  another is check-worthy also without a figure ("Ein AfD-Abgeordneter hatte in der Debatte
  behauptet, ein alleinstehender Asylbewerber bekomme mehr Geld als eine Rentnerin in der
  Grundsicherung.") - the two amounts are fixed by law and can be set side by side, as a
  superlative of quantity (hundred-eighty-ninth) and a politician's contested figure
  (hundred-fourth) can; the desk's rebuttal with both rates is check-worthy ("Tatsächlich
  liegt der Regelsatz ... mit 571 Euro über dem Satz von 448 Euro ..."; hundred-eighty-ninth:
  a politician's figure and the official figure both), while fairness put as a creed
  („Solidarität muss fair sein, für die Geflüchteten wie für die Menschen, die das alles
  bezahlen“) and a label of two classes („Geflüchtete erster und zweiter Klasse“, ordinals 1
  and 2 labelled as the hundred-eighty-first's „Nie mehr zweite Liga“) stay negatives.
- New: an announced target on record. "Im Jänner hatte Steinbichl angekündigt, die Zahl der
  Abschiebungen heuer auf 16.000 steigern zu wollen." is check-worthy - the announcement is
  a matter of record, as a standing commitment with a year (two-hundred-and-fifteenth) and a
  target a government has set ("Der Bundesrat hatte als Ziel eine Quote von 45 Prozent bis
  Ende Jahr vorgegeben."; "brought down to 5.5% of the population by the end of 2027") -
  while a speaker's first-person certainty about the outcome stays a negative with its
  figure labelled (Lembcke's „Ich bin fest davon überzeugt, dass wir ... unter 85.000
  Erstanträgen bleiben“ 85,000 "under", the Union spokesman's „über 24.000 Abschiebungen“
  "over", "I'd be surprised if we got back to 100,000 places within the next five years";
  hundred-eighty-ninth, hundred-ninety-sixth, two-hundred-and-fifteenth). Tressler's „Ich
  bin überzeugt, dass jeder Euro in diesen Kursen doppelt zurückkommt“ is a conviction with
  „doppelt“ labelled count 2 (hundred-eightieth: "rund doppelt so viele" 2).
- New: a rhetorical question that repeats the speaker's own figure is a negative with the
  figure labelled („Wie soll eine Stadt mit leeren Kassen 214 weiteren Menschen eine Wohnung
  und einen Kitaplatz bieten?“, fragte Fleddermann. 214) - the hundred-sixteenth's
  rhetorical questions and the hundred-twentieth's question with a premise figure; the
  figure itself is claimed in his row before, which is check-worthy.
- New: a protest's size with its motto. "Vor der Halle demonstrierten am Abend rund 80
  Anwohner unter dem Motto „Unsere Halle für unsere Kinder“." is check-worthy with 80
  "about" - a demonstration and its size are an event (hundred-fourth: "Mehrere Tausend";
  hundred-eighty-ninth: the size of a rally), and the motto is quoted, not claimed (slogans
  alone are negatives, hundred-fourth).
- Rules, steps and positions without or with a figure are check-worthy (hundred-eightieth:
  the rules of a means test; hundred-seventy-seventh: spans allowed): the integration phase
  and its caps, the 14-point package's start, the cut-off date and the cabinet's decision,
  French detention limits, Denmark's hours, the work ban the employers want scrapped (a
  demand naming a measure, two-hundred-and-fourth), Brönnimann's demand with its date, the
  course sanction of up to 25 percent, the settlement wait, the vote in Madrid, "Hungary
  voted against the agreement and Poland abstained.", Rendell's "no plans"
  (two-hundred-and-eighth), denials and rejections ("Die Bundesregierung bestreitet, ...",
  "rejected the report's findings as "a campaign of stigmatisation.""; two-hundred-and-
  fourth), the Migration Observatory's statement of what the change delays, the lead in
  Lüdenscheid and the attribution row "Das teilte das Staatssekretariat für Migration (SEM)
  am Montag mit." (hundred-seventy-seventh). Competing figures are each check-worthy with
  their own source (hundred-fourth, hundred-eighty-ninth): the Home Office's hotels and the
  opposition's 9,200 at military sites, ICE's 58% with convictions and the research
  center's 64% without, the Bamf's count and Pro Asyl's 47.9 percent ("verwies darauf"
  unchecked, hundred-thirty-eighth). A course leader's stated class size is check-worthy
  with the speaker unchecked; his complaint in the next row is a negative.
- Negatives besides those above (hundred-fourth, hundred-seventy-fifth, hundred-eightieth,
  two-hundred-and-fourth, two-hundred-and-eighth): labels ("sprach von", "nannte",
  "bezeichnete ... als", "beklagte eine „Politik der verschlossenen Tür ...“", "called"),
  accusations without a checkable claim („warf ... vor, „Symbolpolitik ...“ zu betreiben“,
  "Rights groups accused governments of chasing headlines ...", "Aid groups accused wealthy
  nations of ..."), a welcome with a verdict ("begrüsste den Entscheid, hält die Pauschale
  aber weiterhin für zu tief"), appeals without a measure („riefen die Regierung auf, ...
  „großzügig und menschlich“ anzuwenden“), hopes, fears and doubts ("privately worry", "fear
  staff will leave", „Ich hoffe, ...“, "Some senators doubt ..." with 2027 labelled, "Several
  diplomats doubt ...", "Some economists question ..."), evasions and open questions („ließ
  ... offen“, „wollte ... nicht sagen“, „konnte Fleddermann nicht sagen“, „kann das
  Ministerium nach eigenen Angaben nicht sagen“, "declined to say", "did not say how many",
  „ist unter Fachleuten umstritten“, „gilt als ungewiss“, „ist offen“, „ist noch nicht
  entschieden“, „dürfte sich erst im Herbst entscheiden“, "is anybody's guess", "remains
  unclear", "It remains to be seen", "is far from certain", "have yet to say whether"), and
  vox pops of refugees with their figures labelled (hundred-twenty-fourth,
  hundred-eighty-ninth: vox pops with ages labelled): „ein 34-jähriger Syrer“ 34 years, „ein
  41-jähriger Syrer ..., dessen Frau und drei Kinder ...“ 41 years and count 3. Quarshie's
  "Making people wait seven months ..." carries 7 months labelled.
- Quantities as earlier batches. Ordinals: "den siebten Monat in Folge" 7
  (hundred-seventy-seventh: "den fünften Monat hintereinander"), "im ersten Halbjahr", "in
  the first half of the year" and "for first decisions" 1 (hundred-seventy-seventh), "in
  den ersten drei Jahren" ordinal 1 and 3 years (hundred-seventy-seventh: "in the first nine
  months"), "der dritte Flug dieser Art" 3, "in the second quarter" 2 (hundred-ninety-sixth).
  Fractions: "fast jeder zweite" and "Knapp die Hälfte" 0.5 "nearly", "by almost half" 0.5
  "nearly" (hundred-eightieth), "rund die Hälfte" 0.5 "about", "nearly three in five" 0.6
  "nearly" (two-hundred-and-eighth), "knapp zwei Drittel davon" 0.6667 "nearly" and "rund
  zwei Drittel" 0.6667 "about" (hundred-eightieth), "gut ein Fünftel" 0.2 "over", "about one
  in five" 0.2 "about", "two in five" 0.4 (seventy-first), "ein Drittel mehr" 0.3333 (a
  share before a comparative, twenty-fourth). Counts: nationalities in brackets
  ("Afghanistan (1.482), Syrien (1.107) und der Türkei (693)"; hundred-seventy-seventh),
  "darunter 1.306", "darunter 96 Syrer und 41 Afghanen" ("darunter" no hedge), "auf 1'968
  gesunken, 212 weniger" and "214 ..., 61 mehr als" (the comparison after the figure no
  hedge), "14 von 16", "in 3.912 von 24.600 Fällen", "120 Feldbetten, ... 87 davon", "27
  Teilnehmende aus elf Ländern", "660 lessons, 560 of them ... and 100", "mit 29 zu 14
  Stimmen bei 2 Enthaltungen" and "by 178 votes to 168 with three abstentions"
  (hundred-eightieth), "Das 14-Punkte-Paket" 14 (the issue's "28-Punkte-Entwurf"), "vier
  Männer" 4, "nine countries" 9, "Some 28,460" "about" (hundred-seventy-seventh: "Some"),
  "unter 85.000" and "fewer than 14,100", "fewer than 8,000" "under" (hundred-fourth,
  hundred-seventy-seventh), "more than 360", "mehr als 11.000" "over", "about 19 million"
  19,000,000 and "2.3 million" 2,300,000 (the issue's "2,4 Millionen"), "214 weiteren
  Menschen" ("weiteren" no hedge). Percentages, all in %: "38,2 Prozent weniger", "um 9
  Prozent mehr", "19% fewer", "28% lower than in 2024", "by 28%", "by 18%" (the comparison
  after the figure and "by" no hedge), "just over 14%" and "in gut 60 Prozent der Fälle"
  "over" (hundred-first: "just over"), "um bis zu 25 Prozent" "up_to", "nur etwa 60
  Prozent" "about" ("im Schnitt" and "nur" no hedge), "6.8 per cent", "Only 47%". Durations:
  "in the 12 months to Aug. 31" 12 months and a date (two-hundred-and-eighth: "in the 12
  months to May 1"), "over four years" 4 years with no hedge (hundred-seventy-seventh), "a
  median of 211 days" ("a median of" no hedge, two-hundred-and-fifteenth: "im Median"), "up
  from 97 days two years earlier" 97 days and 2 years (hundred-eightieth: "seven years
  earlier"), "an average of 14 months", "an average of 19 weeks" and "im Schnitt ... 11,4
  Wochen" with no hedge (hundred-seventy-seventh), "Acht Jahre nach ihrer Ankunft" and "fünf
  Jahre nach der Ankunft" 8 and 5 years (two-hundred-and-eighth: "acht Tage vor ihrem
  Start"), "at least 30 hours a week" 30 hours "at_least" (hundred-eightieth: "at least 80
  hours a month"), "aged 30 to 59" two ages with no hedge (hundred-eightieth), "for up to
  120 days, and up to 240 days" both "up_to", "nach dreistündiger Debatte" 3 hours and "after
  a seven-hour meeting" 7 hours (the issue's "fünfstündigen"), "within 12 weeks" with no
  hedge, "zunächst für zwei Jahre" ("zunächst" no hedge), "von derzeit sechs Monaten", "for
  at least five months" "at_least", "after three months instead of the current 12 months"
  and "a 12-year wait instead of the current five years" both spans (the unit written each
  time), and in negatives "34-jähriger", "41-jähriger", "seven months" and "within the next
  five years". None: "seit Mai", "seit Juli", "seit Jahresbeginn", "Ende Juli", "Bis Ende
  Juni", "bis Ende Jahr", "bis Jahresende", "im Vorjahreszeitraum", "im gleichen Zeitraum",
  "im gesamten Vorjahr", "ein Jahr zuvor", "a year earlier", "a decade earlier", "in more
  than a decade", "more than a year", "for years", "seit Jahren", "next year", "this year",
  "last year", "for the year", "im kommenden Jahr", "in diesem Jahr", "heuer", "Im Jänner",
  "im Herbst", "bis zu den Herbstferien", "between January and June", "in the year to
  March", "in the year to June", "since January", "since August", "by the end of June",
  "before winter", "im Monat", "im Jahr", "pro Person und Monat", "a week", "a month", "a
  year", weekdays and months.
- Money in the currency written (every batch): "höchstens 780 Euro im Monat" and
  "höchstens 60 Euro im Monat" "at_most", "bis zu 1.184 Euro" "up_to" (hundred-eightieth),
  "von 571 auf 448 Euro" both EUR (the unit written once serves both, hundred-eightieth:
  "von 40,79 Euro auf 42,31 Euro"), "mit 571 Euro über dem Satz von 448 Euro", "rund 1,3
  Milliarden Euro" and "etwa 900 Millionen Euro mehr" "about" ("mehr" after the figure
  compares), "1.718 Euro im Monat", "rund 4,8 Millionen Euro im Jahr" "about", "880 million
  euros", "eine Pauschale von 1.125 Euro pro Person und Monat", "ein Handgeld von 650 Euro"
  (hundred-seventy-seventh), "19'800 Franken statt wie bisher 16'500 Franken" both CHF;
  "$39 billion", "about $7.2 billion" USD; "1.1 billion pounds a year", "about 480 million
  pounds", "51.30 pounds a week" 51.3, "more than 29,000 pounds a year" "over" GBP; "about
  A$4.1 billion a year" AUD; "up to 2,800 Danish crowns a month" DKK "up_to" (the country
  named with the crowns, hundred-seventy-seventh: "Swedish crowns" SEK).
- Years and dates: "seit 2011", "seit August 2024", "seit Herbst 2023", "der 2015
  eingereisten Geflüchteten", "since 2020", "at the peak in 2023", "since 2021", "by 2028",
  "by 2050", "by the end of 2027", "since the spring of 2022", "in 2024" the year, "before
  the 2027 presidential election" labelled in a negative; "mit 1. Juli" --07-01 (Austrian
  "mit"), "nach dem 1. Mai" --05-01, "per 1. November" --11-01 (Swiss "per"), "on Sept. 6"
  --09-06, "to Aug. 31" --08-31, "before Jan. 1" --01-01; Reuters and AFP English datelines
  with a day ("VALLETTA, Sept 14 (Reuters)", "BERLIN, Sept 15", "PARIS, Sept 15 (AFP)",
  "COPENHAGEN, Sept 15", "LONDON, Sept 16", "MADRID, Sept 16", "BRUSSELS, Sept 17", "OTTAWA,
  Sept 17 (AFP)", "GENEVA, Sept 17") dates without a year (two-hundred-and-eighth); dpa,
  dpa/lnw, APA, Keystone-SDA, AP ("WASHINGTON (AP) —", "NEW YORK (AP) —"), PA and AAP
  datelines none (seventy-ninth).
- No quantity (names, identifiers, articles): "the B1 level" - New: a language level is an
  identifier, as the roads "B1" and "A2" (twentieth, thirtieth, seventieth) and the test
  "VERA-8" (two-hundred-and-eighth) -, "Schutzstatus S" and "Status S", "a one-off
  regularisation" (hundredth: "one-off payment"), "Job-Turbo", "Dublin-Überstellungen",
  "Leipzig/Halle", "Wien-Favoriten", "dpa/lnw", "(SEM)", "(IAB)", "(ÖIF)", "Jeder der Männer"
  (hundred-seventy-seventh), "die beiden übrigen Länder" (hundred-fourth: "beide"), "eine
  Rentnerin", "ein Kind", "the most claims", "the largest resettlement countries", "the
  lowest level", "the main obstacle".
- Hedges, only the names in use: "rund", "etwa", "about", "About", "Some" "about"; "knapp",
  "Knapp", "fast", "nearly", "almost" "nearly"; "gut", "mehr als", "more than", "just over",
  "über" right before the figure "over"; "unter", "fewer than" "under"; "at least"
  "at_least"; "bis zu", "up to" "up_to"; "höchstens" "at_most". No hedge:
  "darunter", "davon", "nur", "Only", "only", "bislang", "bisher", "zunächst", "derzeit",
  "inzwischen", "together", "im Schnitt", "an average of", "a median of", "weiteren",
  "statt wie bisher", "instead of the current", "within", "over" before a span, "by", and
  "mehr", "weniger", "fewer", "lower" after a figure.
- Speakers, checked only in forms the earlier batches settled: "teilte das Bamf am Montag
  mit" and "nach Angaben des Bamf" -> "das Bamf" (hundred-seventy-seventh: "Nach Schätzungen
  des BAMF" -> "das BAMF"; the weekday dropped), "Das teilte das Staatssekretariat für
  Migration (SEM) am Montag mit." -> "das Staatssekretariat für Migration" (the abbreviation
  in brackets dropped, two-hundred-and-fifteenth), "teilte das BFA am Dienstag mit" -> "das
  BFA" (fifty-fifth), "teilte das Bundesinnenministerium mit", "nach Angaben der
  Bundesagentur für Arbeit" -> "die Bundesagentur für Arbeit" and "nach Angaben der
  Bundespolizei" -> "die Bundespolizei" (the source in the nominative, hundred-fifty-first,
  hundred-eightieth); "sagte Integrationsministerin Christa Pöllabauer", "Bamf-Präsidentin
  Ulrike Tressler sagte, ..." and "IAB-Forscher Sören Kalthoff sagte, ..." the name with the
  office dropped (hundred-eightieth: "BDA-Hauptgeschäftsführer Konstantin Reibold sagte"),
  "Arbeitsministerin Falkenhagen sagte, ..." -> "Falkenhagen"; "Lembcke sagte, ...",
  "Pöllabauer sagte, ..." (twice), "Birsfelder sagte, ...", "Falkenhagen sagte, ...",
  "Zettlmeier sagte, ...", "Steinbichl sagte, ...", "Würzbacher sagte, ...", "Kobelt sagte,
  ...", "Ostendarp sagte, ..." and "Fleddermann sagte, ..." opening the row (forty-second).
  English: "Executive Director Aurelio Cassar said", "Interior Minister Bertrand Vaudrey
  said", "Integration Minister Rasmus Holmgaard said on Tuesday", "Home Affairs Minister
  Bronwyn Tregear said", "Migration Minister Callum Rendell said", "Migration Minister Lucía
  Orbegozo said" and "Immigration Minister Anjali Mistry-Roy said" the name with the office
  and the weekday dropped; "Pellew said" (twice), "Penwarden said", "Fennelly said",
  "Marquardsen said", "Wheelock said" and "Quarshie said" opening the row as written,
  "..., Holmgaard said." closing it; "Falkenhagen told reporters that", "Lembcke told
  reporters" and "Vikström told reporters that" the name (two-hundred-and-eighth: "told
  reporters"); "The Home Office said" -> "the Home Office" (hundred-fourth and
  hundred-seventy-seventh name the Home Office; the bodies no earlier batch checked are left
  unchecked as the two-hundred-and-fourth and two-hundred-and-eighth leave them). Left
  unchecked (None): rows without attribution and all negatives, also those with a named
  speaker; "verwies darauf" (hundred-thirty-eighth), "behauptet" (twenty-ninth),
  "verlangte" (two-hundred-and-eighth: "verlangt"), "hatte ... angekündigt"
  (hundred-eightieth: "kündigte an"), "beziffert das Innenministerium" (an estimating verb,
  hundred-tenth), "Nach Berechnungen der Volkshilfe", "Nach Berechnungen des Städte- und
  Gemeindebunds", "Nach einer Auswertung des ...", "nach einer neuen Studie",
  "nach eigenen Angaben", "nach Angaben aus Sicherheitskreisen", "wie aus einer Antwort des
  Auswärtigen Amts ... hervorgeht", "Laut dem aktuellen Integrationsbarometer", "Eine Studie
  ... fand", roles ("Ein Kursleiter in Wien-Favoriten sagte", "The EU's migration
  commissioner said", "A spokesperson for U.S. Citizenship and Immigration Services said"),
  bodies' "said" ("The Refugee Council said", "The British Chambers of Commerce said", "The
  Migration Observatory at the University of Oxford said", "Unison said", "The Business
  Council of Canada said"), possessives and descriptions heading the source ("the EU's
  asylum agency said on Monday", "The U.N. refugee agency said on Thursday", "the mayor's
  office says"; hundred-forty-fifth; fortieth: a description), "the Australian Bureau of
  Statistics says" (the present tense, left as the hundred-eightieth's "the government
  says"), "the government said Thursday" (hundred-eightieth: no settled form for "the
  government"), "a cross-party group of lawmakers said in a report", "the Court of Auditors
  said in a report", "The report said", "the report found", "The report estimated", "the
  agency's half-year report showed", "Home Office figures show", "figures from the Federal
  Office for Migration and Refugees show", "government data show", estimating verbs
  ("Universities Australia estimates", "UNHCR estimates", "The Bank of Spain has
  estimated"), "An analysis by ... found", "A Cato Institute study ... found" and every
  "according to ..." (agency data, the agency's latest detention statistics, a draft budget
  seen by Reuters, Statistics Denmark, property data firm CoreLogic, federal data, social
  security data, Home Office estimates, Statistics Canada) - the two-hundred-and-fourth and
  two-hundred-and-fifteenth leave "according to" unchecked, and this batch follows the
  opinion rounds there rather than the hundred-seventy-seventh and hundred-eightieth,
  which checked it.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_222 = [
    # --- Bamf: Erstanträge sinken weiter (dpa) ---
    (
        "de",
        "Nürnberg (dpa) - In Deutschland ist die Zahl der Erstanträge auf Asyl im August den siebten Monat in Folge gesunken.",
        True,
        [("ordinal", 7, None, None)],
        None,
    ),
    (
        "de",
        "Im August stellten 7.164 Menschen erstmals einen Asylantrag, das waren 38,2 Prozent weniger als ein Jahr zuvor, teilte das Bamf am Montag mit.",
        True,
        [("count", 7164, None, None), ("percent", 38.2, "%", None)],
        "das Bamf",
    ),
    (
        "de",
        "Die meisten Antragsteller kamen aus Afghanistan (1.482), Syrien (1.107) und der Türkei (693).",
        True,
        [("count", 1482, None, None), ("count", 1107, None, None), ("count", 693, None, None)],
        None,
    ),
    (
        "de",
        "„Die Migrationswende wirkt, und sie ist gekommen, um zu bleiben“, sagte Bundesinnenminister Hartwig Lembcke.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Lembcke sagte, an den deutschen Landgrenzen seien seit Mai 21.870 Menschen zurückgewiesen worden, darunter 1.306 Asylsuchende.",
        True,
        [("count", 21870, None, None), ("count", 1306, None, None)],
        "Lembcke",
    ),
    (
        "de",
        "„Ich bin fest davon überzeugt, dass wir in diesem Jahr unter 85.000 Erstanträgen bleiben“, sagte Lembcke.",
        False,
        [("count", 85000, None, "under")],
        None,
    ),
    (
        "de",
        "Pro Asyl beklagte eine „Politik der verschlossenen Tür, die Schutzsuchende an der Grenze rechtlos macht“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Organisation verwies darauf, dass die Gesamtschutzquote im August bei 47,9 Prozent lag und damit fast jeder zweite Antragsteller Schutz erhielt.",
        True,
        [("percent", 47.9, "%", None), ("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "de",
        "Ob der Rückgang auf die Grenzkontrollen oder auf die Lage in den Herkunftsländern zurückgeht, ist unter Fachleuten umstritten.",
        False,
        [],
        None,
    ),
    # --- EU asylum applications fall (Reuters) ---
    (
        "en",
        "VALLETTA, Sept 14 (Reuters) - Asylum applications in the European Union, Norway and Switzerland fell 23% between January and June to about 399,000, the EU's asylum agency said on Monday.",
        True,
        [("date", "--09-14", None, None), ("percent", 23, "%", None), ("count", 399000, None, "about")],
        None,
    ),
    (
        "en",
        "Venezuelans lodged the most claims, at 41,280, followed by Afghans with 36,950 and Syrians with 25,400, the agency's half-year report showed.",
        True,
        [("count", 41280, None, None), ("count", 36950, None, None), ("count", 25400, None, None)],
        None,
    ),
    (
        "en",
        "Germany, France and Spain together received nearly three in five of all applications.",
        True,
        [("fraction", 0.6, None, "nearly")],
        None,
    ),
    (
        "en",
        '"Europe is finally taking back control of who comes in and who does not," a senior EU official told reporters in Brussels.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Executive Director Aurelio Cassar said cases still awaiting a decision had dropped to 512,000 from 620,000 a year earlier.",
        True,
        [("count", 512000, None, None), ("count", 620000, None, None)],
        "Aurelio Cassar",
    ),
    (
        "en",
        '"These are people with names and stories, not statistics to be celebrated," Cassar said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The recognition rate for first decisions rose to 44% from 41%.",
        True,
        [("ordinal", 1, None, None), ("percent", 44, "%", None), ("percent", 41, "%", None)],
        None,
    ),
    (
        "en",
        "Rights groups accused governments of chasing headlines instead of fixing a broken system.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Whether the fall will last once the bloc's new migration pact takes effect is anybody's guess.",
        False,
        [],
        None,
    ),
    # --- Sozialhilfe für Asylberechtigte (APA) ---
    (
        "de",
        "Wien (APA) - Die Regierung will Asylberechtigten in den ersten drei Jahren nach der Anerkennung nur noch eine reduzierte Sozialhilfe auszahlen.",
        True,
        [("ordinal", 1, None, None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "de",
        "Während dieser Integrationsphase sollen Alleinstehende höchstens 780 Euro im Monat erhalten, bisher sind es bis zu 1.184 Euro, sagte Integrationsministerin Christa Pöllabauer.",
        True,
        [("money", 780, "EUR", "at_most"), ("money", 1184, "EUR", "up_to")],
        "Christa Pöllabauer",
    ),
    ("de", "„Integration ist eine Bringschuld und keine Holschuld“, sagte Pöllabauer.", False, [], None),
    (
        "de",
        "Pöllabauer sagte, derzeit bezögen in Österreich rund 41.600 Asyl- und subsidiär Schutzberechtigte Sozialhilfe, knapp zwei Drittel davon in Wien.",
        True,
        [("count", 41600, None, "about"), ("fraction", 0.6667, None, "nearly")],
        "Pöllabauer",
    ),
    ("de", "Die Volkshilfe nannte die Pläne „ein Armutsprogramm mit Ansage“.", False, [], None),
    (
        "de",
        "Nach Berechnungen der Volkshilfe liegt die Armutsgefährdungsschwelle für Alleinlebende derzeit bei 1.718 Euro im Monat.",
        True,
        [("money", 1718, "EUR", None)],
        None,
    ),
    ("de", "Der Wiener Sozialstadtrat ließ offen, ob die Stadt die Kürzung mittragen wird.", False, [], None),
    (
        "de",
        "Das 14-Punkte-Paket soll mit 1. Juli in Kraft treten und bedarf noch der Zustimmung des Nationalrats.",
        True,
        [("count", 14, None, None), ("date", "--07-01", None, None)],
        None,
    ),
    (
        "de",
        "„Ich hoffe, dass wir damit niemanden in die Obdachlosigkeit treiben“, sagte eine Sozialarbeiterin der Caritas in Graz.",
        False,
        [],
        None,
    ),
    # --- Asylum hotels (PA) ---
    (
        "en",
        "LONDON (PA) - Some 28,460 asylum seekers were living in UK hotels at the end of June, 19% fewer than a year earlier, Home Office figures show.",
        True,
        [("count", 28460, None, "about"), ("percent", 19, "%", None)],
        None,
    ),
    (
        "en",
        "The Home Office said 151 hotels were still in use, compared with more than 360 at the peak in 2023.",
        True,
        [("count", 151, None, None), ("count", 360, None, "over"), ("year", 2023, None, None)],
        "the Home Office",
    ),
    (
        "en",
        '"The chaos we inherited is finally being cleaned up," Home Secretary Joanna Pellew said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Pellew said the backlog of initial asylum decisions had been cut to 61,300 cases, the lowest level since 2020.",
        True,
        [("count", 61300, None, None), ("year", 2020, None, None)],
        "Pellew",
    ),
    (
        "en",
        'Shadow Home Secretary Gareth Penwarden called the figures "a shell game that moves people from hotels into barracks."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Penwarden said about 9,200 asylum seekers were now housed at former military sites, up from 2,100 a year earlier.",
        True,
        [("count", 9200, None, "about"), ("count", 2100, None, None)],
        "Penwarden",
    ),
    (
        "en",
        "The Refugee Council said people at the sites had been waiting an average of 14 months for a decision.",
        True,
        [("duration", 14, "month", None)],
        None,
    ),
    (
        "en",
        '"Barracks are no place for people who have survived torture," the charity\'s chief executive said.',
        False,
        [],
        None,
    ),
    ("en", "Nobody could say how many of the remaining hotels would shut before winter.", False, [], None),
    # --- Asylgesuche und Status S (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Zahl der Asylgesuche in der Schweiz ist im August auf 1'968 gesunken, 212 weniger als im Juli.",
        True,
        [("count", 1968, None, None), ("count", 212, None, None)],
        None,
    ),
    (
        "de",
        "Das teilte das Staatssekretariat für Migration (SEM) am Montag mit.",
        True,
        [],
        "das Staatssekretariat für Migration",
    ),
    (
        "de",
        "Die Erwerbsquote der Geflüchteten aus der Ukraine mit Schutzstatus S lag Ende Juli bei 36,4 Prozent.",
        True,
        [("percent", 36.4, "%", None)],
        None,
    ),
    (
        "de",
        "Der Bundesrat hatte als Ziel eine Quote von 45 Prozent bis Ende Jahr vorgegeben.",
        True,
        [("percent", 45, "%", None)],
        None,
    ),
    (
        "de",
        "«Die Zahlen zeigen, dass unsere Arbeitsmarktoffensive greift», sagte SEM-Direktorin Andrea Birsfelder.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Birsfelder sagte, seit Jahresbeginn hätten 3'140 Personen mit Status S eine Stelle angetreten.",
        True,
        [("count", 3140, None, None)],
        "Birsfelder",
    ),
    (
        "de",
        "SVP-Nationalrat Ueli Brönnimann sprach von «Schönfärberei auf Kosten der Steuerzahler».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Brönnimann verlangte, den Schutzstatus S für Personen aus der Westukraine per 1. November aufzuheben.",
        True,
        [("date", "--11-01", None, None)],
        None,
    ),
    ("de", "Ob der Nationalrat einer solchen Forderung folgt, gilt als ungewiss.", False, [], None),
    # --- ICE deportations (AP) ---
    (
        "en",
        "WASHINGTON (AP) — U.S. Immigration and Customs Enforcement deported 271,400 people in the 12 months to Aug. 31, the most in more than a decade, according to agency data.",
        True,
        [("count", 271400, None, None), ("duration", 12, "month", None), ("date", "--08-31", None, None)],
        None,
    ),
    (
        "en",
        '"We are keeping our promise to the American people, and we are just getting started," DHS spokeswoman Marissa Fennelly said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Fennelly said about 58% of those removed had criminal convictions or pending charges.",
        True,
        [("percent", 58, "%", "about")],
        "Fennelly",
    ),
    (
        "en",
        "An analysis by a Syracuse University research center found that 64% of people held in ICE detention in August had no criminal conviction.",
        True,
        [("percent", 64, "%", None)],
        None,
    ),
    (
        "en",
        'Immigration lawyer Beatriz Olmedo called the administration\'s numbers "a press release dressed up as data."',
        False,
        [],
        None,
    ),
    (
        "en",
        "ICE held 58,300 people in detention on Sept. 6, according to the agency's latest detention statistics.",
        True,
        [("count", 58300, None, None), ("date", "--09-06", None, None)],
        None,
    ),
    (
        "en",
        "Some Republicans privately worry the pace cannot be sustained without more money from Congress.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Congress set aside $39 billion for detention capacity over four years in a spending law passed in July.",
        True,
        [("money", 39000000000, "USD", None), ("duration", 4, "year", None)],
        None,
    ),
    # --- Ukrainer erhalten kein Bürgergeld mehr (dpa) ---
    (
        "de",
        "Berlin (dpa) - Geflüchtete aus der Ukraine, die nach dem 1. Mai eingereist sind, erhalten künftig kein Bürgergeld mehr, sondern Leistungen nach dem Asylbewerberleistungsgesetz.",
        True,
        [("date", "--05-01", None, None)],
        None,
    ),
    (
        "de",
        "Das Bundeskabinett beschloss am Montag einen entsprechenden Gesetzentwurf von Arbeitsministerin Nadine Falkenhagen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Für Alleinstehende sinkt die monatliche Leistung damit von 571 auf 448 Euro.",
        True,
        [("money", 571, "EUR", None), ("money", 448, "EUR", None)],
        None,
    ),
    (
        "de",
        "Falkenhagen sagte, der Bund spare dadurch im kommenden Jahr rund 1,3 Milliarden Euro, die Länder müssten dafür etwa 900 Millionen Euro mehr tragen.",
        True,
        [("money", 1300000000, "EUR", "about"), ("money", 900000000, "EUR", "about")],
        "Falkenhagen",
    ),
    (
        "de",
        "„Solidarität muss fair sein, für die Geflüchteten wie für die Menschen, die das alles bezahlen“, sagte Falkenhagen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Deutsche Landkreistag nannte den Wechsel „einen Verschiebebahnhof auf Kosten der Kommunen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Im Juni erhielten nach Angaben der Bundesagentur für Arbeit rund 676.000 Ukrainerinnen und Ukrainer Bürgergeld.",
        True,
        [("count", 676000, None, "about")],
        "die Bundesagentur für Arbeit",
    ),
    (
        "de",
        "„Das Bürgergeld wirkt wie ein Magnet auf Menschen aus aller Welt“, sagte CSU-Landesgruppenchef Florian Würzbacher.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Eine Auswertung des IAB fand dagegen keinen messbaren Zusammenhang zwischen der Höhe der Sozialleistungen und der Wahl des Ziellandes.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ein AfD-Abgeordneter hatte in der Debatte behauptet, ein alleinstehender Asylbewerber bekomme mehr Geld als eine Rentnerin in der Grundsicherung.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Tatsächlich liegt der Regelsatz der Grundsicherung im Alter für Alleinstehende mit 571 Euro über dem Satz von 448 Euro nach dem Asylbewerberleistungsgesetz.",
        True,
        [("money", 571, "EUR", None), ("money", 448, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Linke warf der Regierung vor, „Geflüchtete erster und zweiter Klasse“ zu schaffen.",
        False,
        [("ordinal", 1, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    ("de", "Ob die Jobcenter die Betreuung der Betroffenen fortsetzen, ist noch nicht entschieden.", False, [], None),
    # --- Germany cuts integration courses (Reuters) ---
    (
        "en",
        "BERLIN, Sept 15 (Reuters) - Germany will cut funding for integration courses by 28% next year to 880 million euros, according to a draft budget seen by Reuters.",
        True,
        [("date", "--09-15", None, None), ("percent", 28, "%", None), ("money", 880000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "About 318,000 people started an integration course last year, figures from the Federal Office for Migration and Refugees show.",
        True,
        [("count", 318000, None, "about")],
        None,
    ),
    (
        "en",
        "The standard course runs to 660 lessons, 560 of them in German and 100 on law, history and culture.",
        True,
        [("count", 660, None, None), ("count", 560, None, None), ("count", 100, None, None)],
        None,
    ),
    (
        "en",
        '"Cutting language courses is the most expensive way to save money," said Gesine Marquardsen of the German Adult Education Association.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Marquardsen said waiting times for a place had already risen to an average of 19 weeks in some rural districts.",
        True,
        [("duration", 19, "week", None)],
        "Marquardsen",
    ),
    (
        "en",
        '"Every euro we spend must lead to a job," Labour Minister Nadine Falkenhagen told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Falkenhagen told reporters that 48,000 places in job-related language courses would be added next year.",
        True,
        [("count", 48000, None, None)],
        "Falkenhagen",
    ),
    (
        "en",
        "Only 47% of participants reached the B1 level in the final exam last year, government data show.",
        True,
        [("percent", 47, "%", None)],
        None,
    ),
    (
        "en",
        "Critics argue the test is too hard for people who never learned to read in their own language.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Whether the budget committee will restore part of the money remains unclear.",
        False,
        [],
        None,
    ),
    # --- Integrationskurse: weniger Teilnehmer (dpa) ---
    (
        "de",
        "Nürnberg (dpa) - Die Zahl der neuen Teilnehmer an Integrationskursen ist im ersten Halbjahr um gut ein Fünftel gesunken.",
        True,
        [("ordinal", 1, None, None), ("fraction", 0.2, None, "over")],
        None,
    ),
    (
        "de",
        "Bis Ende Juni begannen nach Angaben des Bamf 141.250 Menschen einen Kurs, im Vorjahreszeitraum waren es 179.800.",
        True,
        [("count", 141250, None, None), ("count", 179800, None, None)],
        "das Bamf",
    ),
    (
        "de",
        "„Sprache ist der Schlüssel zu allem, und ausgerechnet an diesem Schlüssel wird jetzt gespart“, sagte die Vorsitzende eines Volkshochschulverbands.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bamf-Präsidentin Ulrike Tressler sagte, im Schnitt dauere es derzeit 11,4 Wochen, bis ein Berechtigter nach der Anmeldung einen Kursplatz erhalte.",
        True,
        [("duration", 11.4, "week", None)],
        "Ulrike Tressler",
    ),
    (
        "de",
        "Der Kurs sei für viele Frauen mit kleinen Kindern „die einzige Tür nach draußen“, sagte eine Kursleiterin in Duisburg.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach einer Auswertung des Instituts für Arbeitsmarkt- und Berufsforschung (IAB) waren Geflüchtete mit abgeschlossenem Integrationskurs fünf Jahre nach der Ankunft zu 54 Prozent erwerbstätig, ohne Kurs zu 39 Prozent.",
        True,
        [("duration", 5, "year", None), ("percent", 54, "%", None), ("percent", 39, "%", None)],
        None,
    ),
    (
        "de",
        "Die AfD bezeichnete die Kurse als „teure Beschäftigungstherapie ohne Erfolgskontrolle“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Ich bin überzeugt, dass jeder Euro in diesen Kursen doppelt zurückkommt“, sagte Tressler.",
        False,
        [("count", 2, None, None)],
        None,
    ),
    ("de", "Ob das Bamf Kurse in ländlichen Regionen streicht, ließ Tressler offen.", False, [], None),
    # --- France's removal orders (AFP) ---
    (
        "en",
        "PARIS, Sept 15 (AFP) - France enforced only 11.6% of the orders to leave its territory that it issued last year, the Court of Auditors said in a report published Tuesday.",
        True,
        [("date", "--09-15", None, None), ("percent", 11.6, "%", None)],
        None,
    ),
    (
        "en",
        "Of about 121,000 orders issued, fewer than 14,100 were carried out, the report found.",
        True,
        [("count", 121000, None, "about"), ("count", 14100, None, "under")],
        None,
    ),
    (
        "en",
        "Interior Minister Bertrand Vaudrey said France would add 1,500 detention places by 2028, taking the total to about 3,400.",
        True,
        [("count", 1500, None, None), ("year", 2028, None, None), ("count", 3400, None, "about")],
        "Bertrand Vaudrey",
    ),
    (
        "en",
        '"A country that cannot enforce its own laws is a country that is no longer respected," Vaudrey said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The report said consular passes from countries of origin were the main obstacle, with Algeria issuing them in only 4% of the cases in which they were requested.",
        True,
        [("percent", 4, "%", None)],
        None,
    ),
    (
        "en",
        "Algeria's foreign ministry rejected the report's findings as \"a campaign of stigmatisation.\"",
        True,
        [],
        None,
    ),
    ("en", 'The rights group La Cimade called detention "a machine for breaking people."', False, [], None),
    (
        "en",
        "Some senators doubt the extra places can be built before the 2027 presidential election.",
        False,
        [("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "French law allows foreigners facing removal to be held for up to 120 days, and up to 240 days in terrorism cases.",
        True,
        [("duration", 120, "day", "up_to"), ("duration", 240, "day", "up_to")],
        None,
    ),
    # --- Bezahlkarte (dpa) ---
    (
        "de",
        "München (dpa) - Die Bezahlkarte für Asylbewerber ist inzwischen in 14 von 16 Bundesländern eingeführt.",
        True,
        [("count", 14, None, None), ("count", 16, None, None)],
        None,
    ),
    (
        "de",
        "Mit der Karte können Erwachsene in den meisten Ländern höchstens 60 Euro im Monat in bar abheben.",
        True,
        [("money", 60, "EUR", "at_most")],
        None,
    ),
    (
        "de",
        "„Die Bezahlkarte beendet das Geschäftsmodell der Schlepper“, sagte der bayerische Innenminister Korbinian Zettlmeier.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Zettlmeier sagte, in Bayern seien seit der Einführung rund 71.900 Karten ausgegeben worden.",
        True,
        [("count", 71900, None, "about")],
        "Zettlmeier",
    ),
    (
        "de",
        "Eine Studie des Sachverständigenrats für Integration und Migration fand keinen Beleg dafür, dass die Karte Überweisungen ins Ausland messbar verringert hat.",
        True,
        [],
        None,
    ),
    ("de", "Mehrere Flüchtlingsräte sprachen von einer „Schikanekarte“.", False, [], None),
    (
        "de",
        "„Ich fühle mich wie ein Kind, das Taschengeld zugeteilt bekommt“, sagte ein 34-jähriger Syrer in Augsburg.",
        False,
        [("duration", 34, "year", None)],
        None,
    ),
    (
        "de",
        "Die Kosten für das System beziffert das Innenministerium auf rund 4,8 Millionen Euro im Jahr.",
        True,
        [("money", 4800000, "EUR", "about")],
        None,
    ),
    ("de", "Ob auch die beiden übrigen Länder die Karte einführen, ist offen.", False, [], None),
    # --- Denmark's work rule for benefits (Reuters) ---
    (
        "en",
        "COPENHAGEN, Sept 15 (Reuters) - Denmark will require migrants who receive social benefits to work or train at least 30 hours a week, Integration Minister Rasmus Holmgaard said on Tuesday.",
        True,
        [("date", "--09-15", None, None), ("duration", 30, "hour", "at_least")],
        "Rasmus Holmgaard",
    ),
    (
        "en",
        "The rule will apply to about 20,000 people, most of them women from non-Western countries, Holmgaard said.",
        True,
        [("count", 20000, None, "about")],
        "Holmgaard",
    ),
    ("en", '"Nobody should be parked on benefits for years," Holmgaard said.', False, [], None),
    (
        "en",
        "Those who refuse will lose up to 2,800 Danish crowns a month in benefits.",
        True,
        [("money", 2800, "DKK", "up_to")],
        None,
    ),
    ("en", 'The Danish Refugee Council called the plan "symbolic politics with real victims."', False, [], None),
    (
        "en",
        "Employment among non-Western immigrant women aged 30 to 59 rose to 58% last year from 45% a decade earlier, according to Statistics Denmark.",
        True,
        [
            ("duration", 30, "year", None),
            ("duration", 59, "year", None),
            ("percent", 58, "%", None),
            ("percent", 45, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Some economists question whether municipalities can find enough useful work for so many people.",
        False,
        [],
        None,
    ),
    ("en", "Holmgaard declined to say how much the scheme would cost.", False, [], None),
    # --- Außerlandesbringungen (APA) ---
    (
        "de",
        "Wien (APA) - Österreich hat im ersten Halbjahr 7.412 Menschen außer Landes gebracht, um 9 Prozent mehr als im Vorjahreszeitraum.",
        True,
        [("ordinal", 1, None, None), ("count", 7412, None, None), ("percent", 9, "%", None)],
        None,
    ),
    (
        "de",
        "Knapp die Hälfte davon reiste freiwillig aus, teilte das BFA am Dienstag mit.",
        True,
        [("fraction", 0.5, None, "nearly")],
        "das BFA",
    ),
    (
        "de",
        "Unter den zwangsweise Abgeschobenen waren 2.130 Straffällige, darunter 96 Syrer und 41 Afghanen.",
        True,
        [("count", 2130, None, None), ("count", 96, None, None), ("count", 41, None, None)],
        None,
    ),
    (
        "de",
        "„Wer unseren Schutz missbraucht und straffällig wird, hat in Österreich nichts verloren“, sagte Innenminister Wolfgang Steinbichl.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Steinbichl sagte, seit Juli seien erstmals seit 2011 wieder Syrer direkt nach Damaskus abgeschoben worden, bisher vier Männer.",
        True,
        [("year", 2011, None, None), ("count", 4, None, None)],
        "Steinbichl",
    ),
    (
        "de",
        "Die Asylkoordination Österreich warf dem Minister vor, „Symbolpolitik auf dem Rücken von Menschen“ zu betreiben.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Volksanwaltschaft prüft nach eigenen Angaben 17 Beschwerden über Abschiebungen aus dem Vorjahr.",
        True,
        [("count", 17, None, None)],
        None,
    ),
    ("de", "Ob weitere Flüge nach Syrien geplant sind, wollte das Innenministerium nicht sagen.", False, [], None),
    (
        "de",
        "Im Jänner hatte Steinbichl angekündigt, die Zahl der Abschiebungen heuer auf 16.000 steigern zu wollen.",
        True,
        [("count", 16000, None, None)],
        None,
    ),
    # --- Australia's migration and student cap (AAP) ---
    (
        "en",
        "CANBERRA (AAP) - Net overseas migration to Australia fell to 298,000 in the year to March, down from 423,000 a year earlier, the Australian Bureau of Statistics says.",
        True,
        [("count", 298000, None, None), ("count", 423000, None, None)],
        None,
    ),
    (
        "en",
        "Home Affairs Minister Bronwyn Tregear said the government would cap new international student enrolments at 285,000 next year.",
        True,
        [("count", 285000, None, None)],
        "Bronwyn Tregear",
    ),
    ("en", '"Australians can see we\'ve turned the corner on migration," Tregear said.', False, [], None),
    ("en", 'The Coalition\'s immigration spokesman called the cap "a figure plucked from thin air."', False, [], None),
    (
        "en",
        "Universities Australia estimates the cap will cost the sector about A$4.1 billion a year in lost fees.",
        True,
        [("money", 4100000000, "AUD", "about")],
        None,
    ),
    (
        "en",
        "Rents in Sydney rose 6.8 per cent in the year to June, according to property data firm CoreLogic.",
        True,
        [("percent", 6.8, "%", None)],
        None,
    ),
    (
        "en",
        '"Blaming students for the housing crisis is lazy politics," said Keiran Oldfield of the National Union of Students.',
        False,
        [],
        None,
    ),
    ("en", "Whether the cap will survive a Senate vote is far from certain.", False, [], None),
    # --- Geflüchtete auf dem Arbeitsmarkt (dpa) ---
    (
        "de",
        "Nürnberg (dpa) - Acht Jahre nach ihrer Ankunft sind nach einer neuen Studie des Instituts für Arbeitsmarkt- und Berufsforschung (IAB) 61 Prozent der 2015 eingereisten Geflüchteten erwerbstätig.",
        True,
        [("duration", 8, "year", None), ("percent", 61, "%", None), ("year", 2015, None, None)],
        None,
    ),
    (
        "de",
        "Bei den Männern liegt die Quote bei 75 Prozent, bei den Frauen nur bei 31 Prozent.",
        True,
        [("percent", 75, "%", None), ("percent", 31, "%", None)],
        None,
    ),
    (
        "de",
        "IAB-Forscher Sören Kalthoff sagte, rund die Hälfte der Beschäftigten arbeite inzwischen als Fachkraft.",
        True,
        [("fraction", 0.5, None, "about")],
        "Sören Kalthoff",
    ),
    (
        "de",
        "„Das ist eine Erfolgsgeschichte, die in der aufgeregten Debatte viel zu selten erzählt wird“, sagte Kalthoff.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Arbeitsministerin Falkenhagen sagte, über das Programm Job-Turbo seien seit Herbst 2023 rund 287.000 Geflüchtete in Arbeit vermittelt worden.",
        True,
        [("year", 2023, None, None), ("count", 287000, None, "about")],
        "Falkenhagen",
    ),
    (
        "de",
        "Die Arbeitgeber forderten, das Beschäftigungsverbot für Asylbewerber von derzeit sechs Monaten ganz abzuschaffen.",
        True,
        [("duration", 6, "month", None)],
        None,
    ),
    (
        "de",
        "„Eine Arbeitserlaubnis ab dem ersten Tag wäre ein Einladungsschreiben an die ganze Welt“, sagte Würzbacher.",
        False,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Würzbacher sagte, in Bayern seien derzeit 23.600 ausreisepflichtige Menschen mit einer Arbeitserlaubnis beschäftigt.",
        True,
        [("count", 23600, None, None)],
        "Würzbacher",
    ),
    ("de", "Ob die Koalition das Arbeitsverbot lockert, dürfte sich erst im Herbst entscheiden.", False, [], None),
    # --- Asylum seekers' right to work (Reuters) ---
    (
        "en",
        "LONDON, Sept 16 (Reuters) - Asylum seekers in Britain should be allowed to work after three months instead of the current 12 months, a cross-party group of lawmakers said in a report on Wednesday.",
        True,
        [("date", "--09-16", None, None), ("duration", 3, "month", None), ("duration", 12, "month", None)],
        None,
    ),
    (
        "en",
        "The report estimated that the change would add 1.1 billion pounds a year to the economy and save the Home Office about 480 million pounds in support payments.",
        True,
        [("money", 1100000000, "GBP", None), ("money", 480000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        'Migration Minister Callum Rendell said the government had "no plans" to change the rule.',
        True,
        [],
        "Callum Rendell",
    ),
    (
        "en",
        '"Opening the labour market would be a gift to the smuggling gangs," Rendell said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Asylum seekers in self-catered accommodation currently receive 51.30 pounds a week in support.",
        True,
        [("money", 51.3, "GBP", None)],
        None,
    ),
    (
        "en",
        'Liberal Democrat home affairs spokesperson Tamsin Wheelock said the sum left families "choosing between bus fares and nappies."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Wheelock said 34,700 people had waited more than a year for an initial decision by the end of June.",
        True,
        [("count", 34700, None, None)],
        "Wheelock",
    ),
    (
        "en",
        "The British Chambers of Commerce said two in five of its members reported vacancies they could not fill.",
        True,
        [("fraction", 0.4, None, None)],
        None,
    ),
    (
        "en",
        "Some Conservative MPs fear the proposal would make Britain more attractive to smugglers' customers.",
        False,
        [],
        None,
    ),
    # --- Integrationspauschale (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Bund soll den Kantonen für jede vorläufig aufgenommene Person künftig eine Integrationspauschale von 19'800 Franken zahlen statt wie bisher 16'500 Franken.",
        True,
        [("money", 19800, "CHF", None), ("money", 16500, "CHF", None)],
        None,
    ),
    (
        "de",
        "Das beschloss der Ständerat am Mittwoch nach dreistündiger Debatte mit 29 zu 14 Stimmen bei 2 Enthaltungen.",
        True,
        [("duration", 3, "hour", None), ("count", 29, None, None), ("count", 14, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "«Integration gibt es nicht zum Nulltarif», sagte die Berner Regierungsrätin Franziska Kobelt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Kobelt sagte, die Kantone trügen heute rund zwei Drittel der Integrationskosten selbst.",
        True,
        [("fraction", 0.6667, None, "about")],
        "Kobelt",
    ),
    ("de", "Die SVP sprach von einer «Asylindustrie, die sich selbst füttert».", False, [], None),
    (
        "de",
        "Ende Juli lebten rund 47'800 vorläufig aufgenommene Personen in der Schweiz.",
        True,
        [("count", 47800, None, "about")],
        None,
    ),
    (
        "de",
        "Die Schweizerische Flüchtlingshilfe begrüsste den Entscheid, hält die Pauschale aber weiterhin für zu tief.",
        False,
        [],
        None,
    ),
    ("de", "Ob der Nationalrat der kleinen Kammer folgt, ist offen.", False, [], None),
    # --- Work permit waits in New York (AP) ---
    (
        "en",
        "NEW YORK (AP) — Asylum seekers in the United States waited a median of 211 days for a work permit in the year to June, up from 97 days two years earlier, according to federal data analyzed by a legal aid group.",
        True,
        [("duration", 211, "day", None), ("duration", 97, "day", None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "A spokesperson for U.S. Citizenship and Immigration Services said the agency had cut its backlog of work permit applications by 18% since January.",
        True,
        [("percent", 18, "%", None)],
        None,
    ),
    (
        "en",
        '"Making people wait seven months and then calling them a burden is cruelty by design," said Nathaniel Quarshie, who runs a shelter in the Bronx.',
        False,
        [("duration", 7, "month", None)],
        None,
    ),
    (
        "en",
        "Quarshie said his shelter had turned away 140 families since August because it had no beds.",
        True,
        [("count", 140, None, None)],
        "Quarshie",
    ),
    (
        "en",
        "New York City has spent about $7.2 billion on housing migrants since the spring of 2022, the mayor's office says.",
        True,
        [("money", 7200000000, "USD", "about"), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "Republicans in Congress argue that faster work permits would encourage more people to cross the border illegally.",
        False,
        [],
        None,
    ),
    (
        "en",
        "A Cato Institute study last year found no link between work permit wait times and border crossings.",
        True,
        [],
        None,
    ),
    (
        "en",
        "It was unclear whether the administration would comply with a court order to speed up decisions.",
        False,
        [],
        None,
    ),
    # --- Familiennachzug ausgesetzt (dpa) ---
    (
        "de",
        "Berlin (dpa) - Seit der Aussetzung des Familiennachzugs zu subsidiär Schutzberechtigten im Juli haben deutsche Auslandsvertretungen nur noch 312 Visa in Härtefällen erteilt.",
        True,
        [("count", 312, None, None)],
        None,
    ),
    (
        "de",
        "Im Vorjahreszeitraum waren es rund 3.900 Visa gewesen, wie aus einer Antwort des Auswärtigen Amts auf eine Anfrage der Grünen hervorgeht.",
        True,
        [("count", 3900, None, "about")],
        None,
    ),
    (
        "de",
        "„Wir holen uns die Kontrolle über die Migration zurück, Schritt für Schritt“, sagte Lembcke.",
        False,
        [],
        None,
    ),
    ("de", "Die Aussetzung gilt zunächst für zwei Jahre.", True, [("duration", 2, "year", None)], None),
    (
        "de",
        "Die Grünen-Innenpolitikerin Merle Ostendarp nannte die Regelung „unbarmherzig gegenüber Kindern, die ihre Eltern seit Jahren nicht gesehen haben“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ostendarp sagte, unter den Wartenden seien nach Schätzungen des UNHCR mehr als 11.000 Minderjährige.",
        True,
        [("count", 11000, None, "over")],
        "Ostendarp",
    ),
    (
        "de",
        "„Ich kann meinen Kindern nicht mehr erklären, warum wir getrennt sind“, sagte ein 41-jähriger Syrer in Hannover, dessen Frau und drei Kinder in der Türkei warten.",
        False,
        [("duration", 41, "year", None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Kirchen und Sozialverbände riefen die Regierung auf, die Härtefallregelung „großzügig und menschlich“ anzuwenden.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob der Nachzug nach Ablauf der Frist wieder aufgenommen wird, ließ das Innenministerium offen.",
        False,
        [],
        None,
    ),
    # --- Spain's regularisation (Reuters) ---
    (
        "en",
        "MADRID, Sept 16 (Reuters) - Spain's parliament on Wednesday approved a one-off regularisation that could give legal status to about 470,000 undocumented migrants.",
        True,
        [("date", "--09-16", None, None), ("count", 470000, None, "about")],
        None,
    ),
    (
        "en",
        "The measure passed by 178 votes to 168 with three abstentions.",
        True,
        [("count", 178, None, None), ("count", 168, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Migration Minister Lucía Orbegozo said applicants must prove they had lived in Spain for at least five months before Jan. 1 and had no criminal record.",
        True,
        [("duration", 5, "month", "at_least"), ("date", "--01-01", None, None)],
        "Lucía Orbegozo",
    ),
    ("en", '"Today Spain has chosen dignity over fear," Orbegozo said.', False, [], None),
    (
        "en",
        'The conservative People\'s Party called the vote "an open invitation to the mafias."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Bank of Spain has estimated that the country will need about 19 million working-age immigrants by 2050 to keep the ratio of workers to pensioners steady.",
        True,
        [("count", 19000000, None, "about"), ("year", 2050, None, None)],
        None,
    ),
    (
        "en",
        'The Catholic bishops\' conference said the decision "honours the dignity of every person."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Spain's economy grew 2.9% last year, with foreign workers filling about 45% of new jobs, according to social security data.",
        True,
        [("percent", 2.9, "%", None), ("percent", 45, "%", "about")],
        None,
    ),
    (
        "en",
        "It remains to be seen how quickly overstretched immigration offices can process the applications.",
        False,
        [],
        None,
    ),
    # --- Turnhalle wird wieder Notunterkunft (dpa/lnw) ---
    (
        "de",
        "Lüdenscheid (dpa/lnw) - Die Stadt Lüdenscheid bringt seit Montag wieder Geflüchtete in einer Turnhalle unter.",
        True,
        [],
        None,
    ),
    (
        "de",
        "In der Halle stehen 120 Feldbetten, derzeit sind 87 davon belegt.",
        True,
        [("count", 120, None, None), ("count", 87, None, None)],
        None,
    ),
    (
        "de",
        "„Wir sind am Limit, und zwar nicht seit gestern, sondern seit Jahren“, sagte Bürgermeister Achim Fleddermann.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Fleddermann sagte, die Stadt habe in diesem Jahr bislang 214 Geflüchtete zugewiesen bekommen, 61 mehr als im gesamten Vorjahr.",
        True,
        [("count", 214, None, None), ("count", 61, None, None)],
        "Fleddermann",
    ),
    (
        "de",
        "„Wie soll eine Stadt mit leeren Kassen 214 weiteren Menschen eine Wohnung und einen Kitaplatz bieten?“, fragte Fleddermann.",
        False,
        [("count", 214, None, None)],
        None,
    ),
    (
        "de",
        "Das Land Nordrhein-Westfalen zahlt den Kommunen eine Pauschale von 1.125 Euro pro Person und Monat.",
        True,
        [("money", 1125, "EUR", None)],
        None,
    ),
    (
        "de",
        "Nach Berechnungen des Städte- und Gemeindebunds decken diese Pauschalen im Schnitt nur etwa 60 Prozent der tatsächlichen Kosten.",
        True,
        [("percent", 60, "%", "about")],
        None,
    ),
    (
        "de",
        "Vor der Halle demonstrierten am Abend rund 80 Anwohner unter dem Motto „Unsere Halle für unsere Kinder“.",
        True,
        [("count", 80, None, "about")],
        None,
    ),
    (
        "de",
        "Ob die Sporthalle bis zu den Herbstferien wieder frei wird, konnte Fleddermann nicht sagen.",
        False,
        [],
        None,
    ),
    # --- EU agrees list of safe countries (Reuters) ---
    (
        "en",
        "BRUSSELS, Sept 17 (Reuters) - European Union interior ministers agreed on Thursday after a seven-hour meeting on a common list of safe countries of origin, a step meant to speed up the rejection of asylum claims.",
        True,
        [("date", "--09-17", None, None), ("duration", 7, "hour", None)],
        None,
    ),
    (
        "en",
        "The list names nine countries, among them Egypt, Morocco and Bangladesh.",
        True,
        [("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "Claims from nationals of those countries are to be decided within 12 weeks.",
        True,
        [("duration", 12, "week", None)],
        None,
    ),
    (
        "en",
        '"Europe is finally protecting its borders instead of just talking about it," German Interior Minister Hartwig Lembcke told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Lembcke told reporters Germany had deported 10,940 people in the first half of the year, just over 14% more than a year earlier.",
        True,
        [("count", 10940, None, None), ("ordinal", 1, None, None), ("percent", 14, "%", "over")],
        "Lembcke",
    ),
    ("en", 'Amnesty International called the deal "a dark day for refugee protection."', False, [], None),
    (
        "en",
        "The EU's migration commissioner said only about one in five return decisions in the bloc was actually enforced.",
        True,
        [("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "en",
        "Several diplomats doubt that countries of origin will cooperate on taking their nationals back.",
        False,
        [],
        None,
    ),
    ("en", "Hungary voted against the agreement and Poland abstained.", True, [], None),
    # --- Deutschkurse des ÖIF (APA) ---
    (
        "de",
        "Wien (APA) - Beim Österreichischen Integrationsfonds (ÖIF) warten derzeit rund 9.300 Menschen auf einen Platz in einem Deutschkurs.",
        True,
        [("count", 9300, None, "about")],
        None,
    ),
    (
        "de",
        "Im ersten Halbjahr hat der ÖIF nach eigenen Angaben 61.500 Kursplätze vergeben, ein Drittel mehr als im Vorjahreszeitraum.",
        True,
        [("ordinal", 1, None, None), ("count", 61500, None, None), ("fraction", 0.3333, None, None)],
        None,
    ),
    (
        "de",
        "„Deutsch ist der Schlüssel, und wer den Schlüssel nicht nimmt, bleibt draußen“, sagte Integrationsministerin Pöllabauer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Pöllabauer sagte, wer einen Pflichtkurs ohne triftigen Grund versäume, dem werde die Sozialhilfe künftig um bis zu 25 Prozent gekürzt.",
        True,
        [("percent", 25, "%", "up_to")],
        "Pöllabauer",
    ),
    (
        "de",
        "Laut dem aktuellen Integrationsbarometer halten 63 Prozent der Befragten das Zusammenleben mit Zuwanderern für „eher schlecht“ oder „sehr schlecht“.",
        True,
        [("percent", 63, "%", None)],
        None,
    ),
    ("de", "Die Grünen sprachen von „Integration per Strafzettel“.", False, [], None),
    (
        "de",
        "Ein Kursleiter in Wien-Favoriten sagte, in seiner Klasse säßen 27 Teilnehmende aus elf Ländern.",
        True,
        [("count", 27, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "de",
        "„Viele arbeiten nachts und kommen morgens müde in den Kurs, das sieht in der Politik keiner“, sagte er.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wie viele Kürzungen es bisher wegen versäumter Kurse gab, kann das Ministerium nach eigenen Angaben nicht sagen.",
        False,
        [],
        None,
    ),
    # --- Permanent settlement rules (PA) ---
    (
        "en",
        "LONDON (PA) - Most migrants will face a 12-year wait instead of the current five years before they can apply for permanent settlement in the UK under rules published on Thursday.",
        True,
        [("duration", 12, "year", None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "About 1.6 million people who arrived since 2021 could be affected, according to Home Office estimates.",
        True,
        [("count", 1600000, None, "about"), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        '"Settlement in this country is a privilege that must be earned, not a right," Home Secretary Joanna Pellew said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Pellew said care workers recruited abroad would be exempt if they earned more than 29,000 pounds a year.",
        True,
        [("money", 29000, "GBP", "over")],
        "Pellew",
    ),
    (
        "en",
        "The Migration Observatory at the University of Oxford said the change would also delay access to benefits such as Universal Credit for those affected.",
        True,
        [],
        None,
    ),
    (
        "en",
        'Unison called the rules "a betrayal of the people who kept the NHS going through the pandemic."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Unison said about 41,000 of its members held visas that could be affected.",
        True,
        [("count", 41000, None, "about")],
        None,
    ),
    ("en", "Some employers in social care fear staff will leave for Ireland or Australia.", False, [], None),
    ("en", "The Home Office did not say how many of them would be exempt.", False, [], None),
    # --- Abschiebeflug nach Kabul (dpa) ---
    (
        "de",
        "Leipzig (dpa) - Ein Abschiebeflug mit 81 verurteilten Afghanen an Bord ist am Donnerstag vom Flughafen Leipzig/Halle nach Kabul gestartet.",
        True,
        [("count", 81, None, None)],
        None,
    ),
    (
        "de",
        "Es ist der dritte Flug dieser Art seit August 2024, teilte das Bundesinnenministerium mit.",
        True,
        [("ordinal", 3, None, None), ("year", 2024, None, None)],
        "das Bundesinnenministerium",
    ),
    (
        "de",
        "Jeder der Männer erhielt nach Angaben aus Sicherheitskreisen ein Handgeld von 650 Euro.",
        True,
        [("money", 650, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Wer hier schwere Verbrechen begeht, muss gehen, ganz egal, woher er kommt“, sagte Lembcke.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Pro Asyl nannte den Flug einen „Deal mit den Taliban auf dem Rücken der Menschenrechte“.",
        False,
        [],
        None,
    ),
    ("de", "Die Bundesregierung bestreitet, für die Flüge direkt mit den Taliban verhandelt zu haben.", True, [], None),
    (
        "de",
        "Im ersten Halbjahr scheiterten nach Angaben der Bundespolizei 18.240 geplante Abschiebungen, in gut 60 Prozent der Fälle, weil die Betroffenen nicht angetroffen wurden.",
        True,
        [("ordinal", 1, None, None), ("count", 18240, None, None), ("percent", 60, "%", "over")],
        "die Bundespolizei",
    ),
    (
        "de",
        "Dublin-Überstellungen in andere EU-Staaten gelangen im gleichen Zeitraum nur in 3.912 von 24.600 Fällen.",
        True,
        [("count", 3912, None, None), ("count", 24600, None, None)],
        None,
    ),
    (
        "de",
        "„Ich bin sicher, dass wir bis Jahresende auf über 24.000 Abschiebungen kommen“, sagte ein Sprecher der Unionsfraktion.",
        False,
        [("count", 24000, None, "over")],
        None,
    ),
    ("de", "Ob weitere Flüge nach Syrien folgen, ließ das Ministerium offen.", False, [], None),
    # --- Canada's immigration levels (AFP) ---
    (
        "en",
        "OTTAWA, Sept 17 (AFP) - Canada will cut its target for new permanent residents to 345,000 next year from 385,000 this year, the government said Thursday.",
        True,
        [("date", "--09-17", None, None), ("count", 345000, None, None), ("count", 385000, None, None)],
        None,
    ),
    (
        "en",
        "Immigration Minister Anjali Mistry-Roy said temporary residents would be brought down to 5.5% of the population by the end of 2027.",
        True,
        [("percent", 5.5, "%", None), ("year", 2027, None, None)],
        "Anjali Mistry-Roy",
    ),
    (
        "en",
        '"Canada remains a welcoming country, but welcoming means planning," Mistry-Roy told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Temporary residents made up 7.1% of Canada's population in July, according to Statistics Canada.",
        True,
        [("percent", 7.1, "%", None)],
        None,
    ),
    (
        "en",
        'A business lobby called the cuts "a self-inflicted wound for an economy short of workers."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Business Council of Canada said the country had about 512,000 unfilled jobs in the second quarter.",
        True,
        [("count", 512000, None, "about"), ("ordinal", 2, None, None)],
        None,
    ),
    ("en", "Critics on the right say the cuts do not go nearly far enough.", False, [], None),
    ("en", "Mistry-Roy declined to say how many study permits would be issued next year.", False, [], None),
    # --- UNHCR: resettlement places halve (Reuters) ---
    (
        "en",
        "GENEVA, Sept 17 (Reuters) - The U.N. refugee agency said on Thursday that resettlement places offered by governments had fallen by almost half this year, to about 61,000.",
        True,
        [("date", "--09-17", None, None), ("fraction", 0.5, None, "nearly"), ("count", 61000, None, "about")],
        None,
    ),
    (
        "en",
        "UNHCR estimates that 2.3 million refugees will be in urgent need of resettlement next year.",
        True,
        [("count", 2300000, None, None)],
        None,
    ),
    (
        "en",
        '"Resettlement is a lifeline, and the world is letting go of it," the agency\'s head of resettlement, Anders Vikström, told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Vikström told reporters that the United States, which had pledged 125,000 places last year, had admitted fewer than 8,000 refugees since January.",
        True,
        [("count", 125000, None, None), ("count", 8000, None, "under")],
        "Vikström",
    ),
    (
        "en",
        "The agency's budget for the year is 28% lower than in 2024, forcing it to cut about 3,500 jobs.",
        True,
        [("percent", 28, "%", None), ("year", 2024, None, None), ("count", 3500, None, "about")],
        None,
    ),
    (
        "en",
        'Aid groups accused wealthy nations of "outsourcing their responsibilities to poorer neighbours."',
        False,
        [],
        None,
    ),
    (
        "en",
        '"I\'d be surprised if we got back to 100,000 places within the next five years," a senior UNHCR official said.',
        False,
        [("count", 100000, None, None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "Germany, Canada and Sweden were the largest resettlement countries after the United States in 2024.",
        True,
        [("year", 2024, None, None)],
        None,
    ),
    ("en", "Several donors have yet to say whether they will renew their pledges for next year.", False, [], None),
]
