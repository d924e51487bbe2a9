"""Forty-first blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Candidates, officials, analysts, clergy
and all figures are made up or used only as sample data (real parties, institutes,
broadcasters, statistics offices, churches, constituencies and places such as "FPÖ", "AfD",
"SVP", "Foresight", "Infratest dimap", "gfs.bern", "Forschungsgruppe Wahlen", "ORF", "ARD",
"ZDF", "Ipsos", "RTE", "Statistik Austria", "Bundesamt für Statistik", "the Electoral
Commission", "the AEC", "Elections Canada", "the Census Bureau", "the Pew Research Center",
"OpenSecrets", "TRAC", "the CSO", "Houghton and Sunderland South", "Dublin Bay South" or
"Maricopa County" stand for the way wire copy names them; every result, share, seat count,
speaker and quote here is invented).

Its weight: ELECTIONS IN DEPTH AND SOCIETY STATISTICS. Election nights and results as the
wires file them - projections and exit polls ("erste Hochrechnung", "ARD-Prognose um 18.00
Uhr", "ZDF-Hochrechnung", "Mandatsprognose", "Wahltagsbefragung", "An exit poll published as
polls closed at 10pm"), vote shares and swings in points and percentage points, seat counts
("holt die FPÖ 57 der 183 Mandate", "48 seats in the 174-seat Dail", "169 of the 343
seats"), majorities and coalition arithmetic ("für die 92 Sitze nötig sind", "ein
Dreierbündnis 111 Mandate", "47 von 97 Sitzen", "a Commons majority of 170", "the
government's working majority is 181", "working majority fell to 12", "a 53-47 majority",
"the majority mark of 145", "two short of the 88 needed"), turnout ("Wahlbeteiligung",
"Stimmbeteiligung", "Turnout was ...", "registered electors"), runoffs and second rounds
("Bürgermeister-Stichwahl", "im zweiten Wahlgang der Ständeratswahl", "a Dec. 13 runoff"),
preference votes ("48.206 Vorzugsstimmen", "first-preference votes", the quota and the
counts of an Irish STV constituency, Australian preference flows and "two-party preferred"),
direct mandates and second votes ("38 der 41 Direktmandate", "Zweitstimmen", "Grundmandat"),
electoral votes, early and postal voting, recounts, and the electoral hurdles
("Vier-Prozent-Hürde", "Fünf-Prozent-Hürde"); a Swiss referendum with "Volksmehr", "Ja-Anteil"
and "Ständemehr"; polls with their samples and margins of error. Society statistics: church
membership, exits, baptisms and church tax (Germany, Austria), religious affiliation
(Switzerland, the England and Wales and Irish censuses, a Pew survey, an Austrian survey on
belief), asylum applications, protection rates, deportations and naturalisations (Germany,
Austria, Switzerland), net migration and Channel crossings (UK), population, births,
deaths, fertility rates, life expectancy and mothers' ages (Austria, Switzerland, England
and Wales, the U.S., Australia, Ireland, India, Canada), households and living alone
(Germany). Half German: Austria (APA; "Angelobung", "Wahlkarten", "Mandatare", "Jänner",
"Außerlandesbringungen", German „“ quotes), Germany (dpa, KNA; "Politbarometer", "Union"),
Switzerland (Keystone-SDA, sda; "ss", «» quotes, "Franken", "Stimmvolk", "186'402", "2104
Asylgesuche" without a separator). Half English: the UK (PA, Reuters), the U.S. (AP),
Ireland (Reuters; "per cent", "Dail", "taoiseach", "Co Mayo"), Australia (AAP), India
(Reuters, PTI; "crore", "lakh", "Lok Sabha", "NEW DELHI:") and Canada (CP; "ridings",
"OTTAWA —"). 16 German stories: the Austrian general election night, a state election in
Saxony-Anhalt, a Swiss referendum day, a Council of States runoff in Zurich, the Innsbruck
mayoral runoff, Catholic and Protestant exits and church tax in Germany, church exits in
Austria, religious affiliation in Switzerland, asylum and naturalisations in Germany, asylum
and naturalisations in Austria, asylum in Switzerland, Austria's population and births,
households in Germany, Switzerland's population, an Austrian survey on belief and a
Politbarometer poll. 13 English stories: a UK general election night, Westminster
arithmetic after defections, the U.S. presidential, Senate and House elections with
campaign spending, the Irish general election, the Australian federal election, a
Maharashtra assembly election, India's general election in figures, the Canadian federal
election, UK migration figures, births in England and Wales, religion in England and Wales
with Church of England attendance, the U.S. population, religion and immigration courts,
and the populations of Australia, Ireland, India and Canada.

232 rows (116 German, 116 English), 46 negatives (23 German, 23 English), 186 check-worthy
rows of which 5 carry no figure (3 German, 2 English), 378 expected quantities (170
counts, 101 percentages, 42 years, 22 ordinals, 21 durations, 10 fractions, 9 dates, 3
amounts of money; 3 of them in negatives), 41 checked speakers (20 German, 21 English).
Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences) were reworded before the commit; none
remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "new" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch); a Konjunktiv I paraphrase
  reporting a fact or a figure is check-worthy with the speaker its own attribution gives
  ("Die Zahl der Taufen sei 2024 auf rund 116.000 gesunken, sagte
  Bischofskonferenz-Sekretärin Martina Kessler." -> "Martina Kessler"; "Die Auszählung der
  Briefwahlstimmen werde bis Donnerstag abgeschlossen sein, sagte Innenminister Gerhard
  Pfeiler." -> "Gerhard Pfeiler", a scheduled step without a figure).
- Seats and mandates are counts: "57 der 183 Mandate", "38 der 41 Direktmandate" two counts
  each (as "110 der 183 Mandate", nineteenth batch, and "31 der 56 Sitze", seventeenth);
  "47 von 97 Sitzen", "22 of Quebec's 78 ridings", "30 of the state's 48 Lok Sabha seats",
  "161 of the 288 seats", "169 of the 343 seats" two counts each (a definite group, as "112
  von 183 Stimmen", thirty-fourth); "die übrigen drei" count 3; "in keinem der neun
  Bundesländer" count 9 ("keinem" none). Majorities are counts as written: "für die 92
  Sitze nötig sind", "a Commons majority of 170", "the government's working majority is
  181", "The government's working majority fell to 12", "the majority mark of 145", "the 326
  seats needed for an overall majority", "two short of the 88 needed", "three short of the
  172 needed" (as "a majority of only 12 seats", nineteenth, and "Für eine absolute Mehrheit
  sind 19 Mandate nötig", thirty-second); "a 53-47 majority" two counts (a tally, as "a
  219-213 majority", eleventh); "absolute Mehrheit", "hauchdünne", "komfortable", "knappste"
  and "working" carry none. Seat arithmetic is check-worthy (twenty-third batch: "Rechnerisch
  hätte eine Koalition ... mit 46 Sitzen eine knappe Mehrheit.").
- Compounds with a number word counting parts: "ein Dreierbündnis" count 3 (as
  "Dreierkoalition", tenth and seventeenth batches); "Im 40-köpfigen Gemeinderat" count 40
  (as "fünfköpfige Familie", twenty-second); "the 174-seat Dail", "the 150-seat House of
  Representatives" counts 174 and 150 (as "its own 31-seat assembly", thirty-fourth); "The
  seven-phase poll" count 7 (as "the five-match series", twentieth and thirty-fifth); "a
  53-seat majority" (in a negative) count 53. New: "Einpersonenhaushalte" is count 1, as
  "Vier-Personen-Haushalt" is count 4 (twenty-ninth) - the number word counts the members
  inside the compound noun - while "ein Singlehaushalt" carries none (an article, fourteenth).
- New: terms of an electoral system that hold a number word name a kind of vote and carry
  no quantity: "first-preference votes" and "Zweitstimmen" give no ordinal, as "first-degree"
  in the name of an offence (thirty-ninth batch) and "first-class" (thirty-fourth), and as
  "on a two-party preferred basis" carried no count in the twenty-fifth batch (followed
  here: "Labor led 55.2% to 44.8% on a two-party preferred basis" gives only the two
  percentages and the swing). A numbered count or ballot is an ordinal: "was elected on the
  first count" 1, "until the 11th count" 11 (as "in Runde 44", thirty-fifth), "im zweiten
  Wahlgang", "Im ersten Wahlgang", "gegenüber dem ersten Wahlgang" (tenth and thirty-fourth
  batches); "Stichwahl", "runoff", "Direktmandate", "Grundmandat", "Volksmehr", "Ständemehr"
  carry none.
- Points: a party's or a poll's "Punkte" and "points" are percentage points (fourth,
  sixteenth, twenty-third and twenty-seventh batches): "gut fünf Punkte" 5 pp "over", "ein
  Minus von 10,1 Punkten" 10.1 pp as written (eleventh: only a sign on the figure is
  negative), "um einen Punkt" 1 pp (as "one point ahead", nineteenth), "zwei Punkte weniger",
  "within two points of each other" 2 pp ("within" no hedge, as "within 18 weeks"), "up 0.7
  points", "a swing of 3.1 points", "was 4.8 points"; "Prozentpunkte", "percentage points" pp;
  "die Schwankungsbreite liegt bei 2,2 Prozentpunkten" and "its margin of error is 0.8
  percentage points" pp with no qualifier (nineteenth and twenty-third).
- "Vier-Prozent-Hürde" percent 4 and "Fünf-Prozent-Hürde" percent 5 (twenty-third and
  thirty-first batches); "nur knapp über der Fünf-Prozent-Hürde" gives 5 no qualifier (the
  hedge stands before a noun, as "knapp über dem Maastricht-Grenzwert", thirty-fourth).
- Projections and polls: "laut der ersten ORF-Hochrechnung" ordinal 1 (an article, as "Laut
  der ersten Hochrechnung", thirty-second); "nach der ersten Hochrechnung" and "vor der
  ersten Prognose" in negatives are labelled ordinal 1; "erstmals" none; "ARD-Prognose um
  18.00 Uhr" none (a clock time); the institutes, programmes and polls ("Foresight", "ZDF-
  Politbarometer", "Infratest dimap", "Ipsos", "exit poll") carry none. "Laut
  Mandatsprognose", "laut Wahltagsbefragung", "laut ZDF-Hochrechnung", "Infratest dimap
  zufolge", "Laut der Nachbefragung von gfs.bern", "wie eine Umfrage ... ergab" leave the
  speaker unchecked (polls, eleventh, nineteenth and thirty-second batches). A poll's
  figures, sample and fieldwork dates are check-worthy (twenty-third batch); a general caveat
  ("Umfragen sind keine Wahlergebnisse, mahnte Institutschef Klaus Wendt.") is a negative.
- Rates of society statistics: "1,31 Kinder pro Frau", "1.41 children per woman", "total
  fertility rate has dropped to 2.0, below the replacement level of 2.1" counts (fifth
  batch: "1,35 Kinder je Frau" count 1.35; "pro Frau", "per woman" none); "durchschnittliche
  Haushaltsgröße ... von 2,27 auf 2,02 Personen" counts 2.27 and 2.02; "929 girls for every
  1,000 boys" two counts (as "je 100.000 Einwohner"); life expectancy and the mothers' ages
  are durations in years ("bei Frauen 86,0 und bei Männern 82,4 Jahre" two, the unit written
  once; "stieg auf 31,2 Jahre"; "rose to 31.0 years"; ninth, eleventh and thirty-fourth
  batches); "des ersten Kindes" ordinal 1.
- Shares and fractions: "weniger als die Hälfte" 0.5 "under", "Mehr als die Hälfte" 0.5
  "over", "fast jeder zweite Haushalt" 0.5 "nearly", "fast jeder dritte Antrag" 0.3333
  "nearly", "Gut ein Drittel" 0.3333 "over", "gut jeder fünfte Einwohner" 0.2 "over", "Jede
  vierte befragte Person" 0.25, "rund ein Fünftel mehr" 0.2 "about" (a share before a
  comparative, twenty-fourth), "Just over a third" 0.3333 "over", "just under a fifth" 0.2
  "under" (as "just under nine hours", thirty-second); "einer der zwei großen Konfessionen"
  count 2 ("einer" a pronoun); "the two leading candidates", "two of its MPs", "three of its
  four lower house seats", "the three largest parties", "all seven battleground states"
  ("all" no hedge), "Twelve members", "at each of the last five general elections" counts.
- Magnitudes: "mehr als eine halbe Million" 500,000 "over" (fifteenth and thirty-fourth);
  "about half a dozen independents" 6 "about" (seventeenth); "6.4 crore" 64,000,000, "9.7
  crore" 97,000,000, "96.8 crore" 968,000,000, "1.5 crore" 15,000,000 and "10.5 lakh"
  1,050,000 (twelfth, fifteenth and thirtieth); "2.012 Personen" is count 2012 by German
  grouping, not a year; Swiss "2104 Asylgesuche" (no separator, as "5000 Franken",
  thirty-fifth), "186'402", "171'955", "24'000", "83'400" as written.
- Dates and years: "Mit 1. Jänner 2025" is the full date 2025-01-01 (thirtieth batch: "mit
  1. Jänner" --01-01, here with its year); "vom 14. bis 16. Oktober" two dates; "a Dec. 13
  runoff" and "to June 30" dates; datelines with a day ("DUBLIN, Dec 2 (Reuters)", "SYDNEY,
  May 4 (AAP)", "MUMBAI, Nov 23 (Reuters)", "CANBERRA, Dec 18 (AAP)") dates without a year;
  APA, dpa, KNA, Keystone-SDA, sda, PA, AP, Reuters without a day, "NEW DELHI:" and "OTTAWA
  —" none; "seit 1848", "im Rekordjahr 2022", "ÖVP-Wähler von 2019", "Nach der Wahl 2019",
  "seit Beginn der Statistik im Jahr 2000", "the 2020 election", "In the 2021 census", "in
  2011", "from July 2023 to March 2024", "since 1867" the years; clock times ("18.00 Uhr",
  "10pm", "11.15pm", "4am", "5:30 a.m.") and weekdays and months alone none.
- Durations: "vor fünf Jahren", "vor zwei Wochen", "Vor zehn Jahren", "97 Tage", "six months
  earlier", "six years earlier" (as "five years ago", thirtieth), "over four days" and "over
  44 days" (no hedge, twenty-fifth), "in the 12 months to April", "over the 12 months to June
  30" (no hedge: "over" stands before "the"), "an average of about 18 months" 18 months
  "about" ("an average of" no hedge, thirtieth); "im vergangenen Jahr", "ein Jahr zuvor",
  "last year", "in the year to December", "more than a century", "weeks", "seit Jahren"
  none. Ages: "Bei den unter 30-Jährigen" 30 years "under" (thirty-second), "in allen
  Altersgruppen unter 60 Jahren" and "Person unter 30 Jahren" "under", "jünger als 18 Jahre"
  "under" (eighteenth and thirty-ninth), "der über 65-Jährigen" 65 years "over" (sixteenth:
  "allen über 60-Jährigen").
- Hedges: "rund", "etwa", "about", "around", "an estimated" "about"; "knapp", "fast",
  "nearly" "nearly"; "gut", "mehr als", "More than", "more than", "just over" "over";
  "fewer than", "just under", "weniger als" "under"; "at least" "at_least"; "lediglich",
  "nur", "Nur noch", "jeweils", "just", "alone", "allein" (living alone), "A record", "a
  record low of", "Only" no hedge; "cleared 50%" no hedge (a verb, as "could exceed",
  thirty-first).
- Check-worthy without a figure: a party's coalition refusal ("Die CDU hat eine Koalition
  mit der AfD vor der Wahl ausgeschlossen."), the main countries of origin, a scheduled count,
  a race called by the AP, the states that lost population. Claims of a measurable record
  are check-worthy ("so viele wie nie zuvor", "so viele wie seit 2004 nicht mehr", "a state
  record", twenty-ninth batch).
- Negatives, as election nights and statistics copy have them: quoted feelings, victory and
  defeat lines of candidates and leaders (an Austrian lead candidate, a German state lead
  candidate, a defeated state party chief, a tenants' association president, a new member
  of the Council of States, an incoming British prime minister, a U.S. president-elect, the
  Australian, Indian and Canadian prime ministers on election night, an opposition leader
  in the Commons), a president's unanswered question on election night ("Ob der
  Bundespräsident ..., ließ er am Wahlabend offen."), catchwords of a minister and a lobby („Die Zahlen zeigen, dass unser Kurs
  wirkt“, "Politik der geschlossenen Türen", ""finally getting a grip"", "eine tickende
  Zeitbombe"), a congratulation with a catchword, clergy's and a sociologist's reflections,
  election-night colour (a silent marquee, flags waved before the first projection,
  tallymen, dancing supporters), commentary ("Der Graben zwischen Stadt und Land ...", "Die
  Gesellschaft wird älter, bunter und einsamer ...", "Für viele ist der Austritt ...", "a
  night of humiliation", "Few analysts had predicted ...", "... is anyone's guess."),
  predictions without a figure ("It could be weeks before a new taoiseach is elected."),
  analysts', campaigners' and economists' assessments without a figure (eighteenth,
  twenty-third and thirty-eighth batches), open questions ("Ob ...", "Wie lange ...", "Wie
  es ... weitergeht, ist völlig offen.", "Wie viele ... lässt sich kaum beziffern.",
  "Whether ...", "What a 53-seat majority will mean ... is hard to say." with its count
  labelled), rhetorical questions ("Kann die Union ...?", "Can the party ever recover ...?")
  and the pollsters' embarrassment.
- Speakers, checked only in forms the earlier batches settled, and in a few decided here: a
  title before a name is dropped ("Innenminister", "Wahlforscher" with "in der ARD" after
  the name dropped, as "im ORF"; "Politologin" with "von gfs.bern" after the name dropped, as
  "von der Geosphere Austria", thirty-eighth; "Bischofskonferenz-Sekretärin", "BFS-Demograf",
  "Georgia Secretary of State", as "California Gov."; "Chief Election Commissioner", "Chief
  Electoral Officer"); "said Helen Marsh, a professor of politics at ..." the name (as "said
  Kunal Mehta, chief economist at ...", thirty-fourth); "X told reporters" X; "nach Angaben
  des Innenministeriums" -> "das Innenministerium" and "Nach Angaben der
  Landeswahlleiterin" -> "die Landeswahlleiterin" (twenty-third and thirty-fourth); "teilte
  die Bundeswahlbehörde / die Stadtwahlbehörde / das Innenministerium / die Statistik Austria
  / das Staatssekretariat für Migration mit", "teilte das Bundesamt für Migration und
  Flüchtlinge in Nürnberg mit" (the place dropped, twenty-sixth), "wie die
  Bischofskonferenz / das Bundesamt für Statistik / das Statistische Bundesamt mitteilte",
  "so die Bischofskonferenz" the source with its article in the nominative; "Laut
  Bundeskanzlei" -> "Bundeskanzlei" as written (as "laut Polizei", "Laut Statistik Austria");
  "the Electoral Commission said", "the Election Commission said", "the Election Commission
  of India said", "the Office for National Statistics said on Thursday", "the ONS said",
  "the Census Bureau said", "the Australian Bureau of Statistics said" (twelfth) and
  "according to the University of Florida Election Lab / the Pew Research Center" with the
  article in lower case (as "according to the Brennan Center for Justice", thirty-second);
  "the AEC said" and "the CSO said" the abbreviation with its article (as "the ONS said");
  "Elections Canada said ..." opening the sentence and "Statistics Canada said ..." as
  written (as "Statistics Canada said" and "Eurostat said ...", twenty-second and
  thirty-third); "according to OpenSecrets" and "according to TRAC" as written (as "according
  to Comscore"). New: "the church said" at the end -> "the church", a body's common noun with
  its article in lower case after its name earlier in the sentence, as "the council said",
  "the company said" and "the union said" (thirtieth batch). Left unchecked (None): the
  polls above, "nach eigenen Angaben", "rechnet das SEM" (no verb of saying), "final results
  showed", "Election Commission data showed", "Home Office figures show", "according to
  provisional figures", "according to the latest National Family Health Survey" (a
  document), "according to the state's chief electoral officer" (a description, no name),
  "Election officials in Maricopa County said" (a plural group), rows without attribution
  and all negatives.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_41 = [
    # === German =================================================================================
    # --- Nationalratswahl, Wahlabend (APA, live) ------------------------------------------------
    ("de", "Wien (APA) - Bei der Nationalratswahl am Sonntag ist die FPÖ laut der ersten ORF-Hochrechnung des Instituts Foresight mit 29,1 Prozent erstmals auf Platz eins gelandet.", True,
     [("ordinal", 1, None, None), ("percent", 29.1, "%", None), ("ordinal", 1, None, None)], None),
    ("de", "Die ÖVP stürzt um 11,2 Prozentpunkte auf 26,3 Prozent ab, die SPÖ hält mit 20,8 Prozent ihr Ergebnis von 2019.", True,
     [("percent", 11.2, "pp", None), ("percent", 26.3, "%", None), ("percent", 20.8, "%", None), ("year", 2019, None, None)], None),
    ("de", "Die NEOS kommen auf 9,0 Prozent, die Grünen verlieren gut fünf Punkte und landen bei 8,3 Prozent.", True,
     [("percent", 9.0, "%", None), ("percent", 5, "pp", "over"), ("percent", 8.3, "%", None)], None),
    ("de", "Die KPÖ scheitert mit 2,4 Prozent an der Vier-Prozent-Hürde.", True,
     [("percent", 2.4, "%", None), ("percent", 4, "%", None)], None),
    ("de", "Laut Mandatsprognose holt die FPÖ 57 der 183 Mandate, die ÖVP 52 und die SPÖ 41.", True,
     [("count", 57, None, None), ("count", 183, None, None), ("count", 52, None, None), ("count", 41, None, None)], None),
    ("de", "ÖVP und SPÖ kämen gemeinsam auf 93 Mandate und damit auf eine hauchdünne Mehrheit, für die 92 Sitze nötig sind.", True,
     [("count", 93, None, None), ("count", 92, None, None)], None),
    ("de", "Mit den NEOS hätte ein Dreierbündnis 111 Mandate und damit eine komfortable Mehrheit.", True,
     [("count", 3, None, None), ("count", 111, None, None)], None),
    ("de", "Die Grünen schafften in keinem der neun Bundesländer ein Grundmandat.", True,
     [("count", 9, None, None)], None),
    ("de", "Die Wahlbeteiligung lag nach Angaben des Innenministeriums bei 77,3 Prozent, nach 75,6 Prozent vor fünf Jahren.", True,
     [("percent", 77.3, "%", None), ("percent", 75.6, "%", None), ("duration", 5, "year", None)], "das Innenministerium"),
    ("de", "Rund 1,4 Millionen Wahlkarten wurden ausgestellt, so viele wie nie zuvor.", True,
     [("count", 1400000, None, "about")], None),
    ("de", "Die Auszählung der Briefwahlstimmen werde bis Donnerstag abgeschlossen sein, sagte Innenminister Gerhard Pfeiler.", True,
     [], "Gerhard Pfeiler"),
    ("de", "Laut Wählerstromanalyse gaben rund 443.000 ÖVP-Wähler von 2019 diesmal der FPÖ ihre Stimme.", True,
     [("count", 443000, None, "about"), ("year", 2019, None, None)], None),
    ("de", "Bei den unter 30-Jährigen lag die FPÖ laut Wahltagsbefragung mit 27 Prozent knapp vor den Grünen.", True,
     [("duration", 30, "year", "under"), ("percent", 27, "%", None)], None),
    ("de", "ÖVP-Spitzenkandidatin Maria Edlinger erhielt 48.206 Vorzugsstimmen, so viele wie keine andere Kandidatin, teilte die Bundeswahlbehörde mit.", True,
     [("count", 48206, None, None)], "die Bundeswahlbehörde"),
    ("de", "„Das ist ein historischer Abend für unsere Bewegung“, rief FPÖ-Spitzenkandidat Bernhard Leitgeb seinen jubelnden Anhängern zu.", False, [], None),
    ("de", "Im ÖVP-Festzelt in der Wiener Innenstadt herrschte nach der ersten Hochrechnung betretenes Schweigen.", False,
     [("ordinal", 1, None, None)], None),
    ("de", "Ob der Bundespräsident den Wahlsieger mit der Regierungsbildung beauftragt, ließ er am Wahlabend offen.", False, [], None),
    ("de", "Nach der Wahl 2019 hatte es 97 Tage bis zur Angelobung der neuen Regierung gedauert.", True,
     [("year", 2019, None, None), ("duration", 97, "day", None)], None),
    ("de", "Wie lange die Regierungsbildung diesmal dauert, wagt in Wien niemand vorherzusagen.", False, [], None),
    # --- Landtagswahl in Sachsen-Anhalt (dpa) -----------------------------------------------------
    ("de", "Magdeburg (dpa) - Die AfD ist bei der Landtagswahl in Sachsen-Anhalt nach der ARD-Prognose um 18.00 Uhr mit 38,5 Prozent stärkste Kraft geworden.", True,
     [("percent", 38.5, "%", None)], None),
    ("de", "Die CDU kommt demnach auf 27,0 Prozent, ein Minus von 10,1 Punkten gegenüber 2021.", True,
     [("percent", 27.0, "%", None), ("percent", 10.1, "pp", None), ("year", 2021, None, None)], None),
    ("de", "SPD und Grüne liegen mit jeweils 5,5 Prozent nur knapp über der Fünf-Prozent-Hürde.", True,
     [("percent", 5.5, "%", None), ("percent", 5, "%", None)], None),
    ("de", "Das BSW zieht mit 8,8 Prozent erstmals in den Landtag ein, die FDP scheitert mit 2,1 Prozent deutlich.", True,
     [("percent", 8.8, "%", None), ("percent", 2.1, "%", None)], None),
    ("de", "Nach Angaben der Landeswahlleiterin gaben 70,2 Prozent der rund 1,8 Millionen Wahlberechtigten ihre Stimme ab.", True,
     [("percent", 70.2, "%", None), ("count", 1800000, None, "about")], "die Landeswahlleiterin"),
    ("de", "Im neuen Landtag mit 97 Sitzen käme die AfD laut ZDF-Hochrechnung auf 44 Mandate und verfehlte die absolute Mehrheit damit um fünf Sitze.", True,
     [("count", 97, None, None), ("count", 44, None, None), ("count", 5, None, None)], None),
    ("de", "Ein Bündnis aus CDU, BSW und SPD käme rechnerisch auf 47 von 97 Sitzen und hätte damit keine Mehrheit.", True,
     [("count", 47, None, None), ("count", 97, None, None)], None),
    ("de", "Erst mit den Grünen als viertem Partner reichte es für 53 Sitze.", True,
     [("ordinal", 4, None, None), ("count", 53, None, None)], None),
    ("de", "Die CDU hat eine Koalition mit der AfD vor der Wahl ausgeschlossen.", True, [], None),
    ("de", "Die AfD gewann 38 der 41 Direktmandate, die übrigen drei gingen an die CDU.", True,
     [("count", 38, None, None), ("count", 41, None, None), ("count", 3, None, None)], None),
    ("de", "Bei den Zweitstimmen lag die AfD in allen 14 Landkreisen und kreisfreien Städten vorn.", True,
     [("count", 14, None, None)], None),
    ("de", "Die AfD habe in allen Altersgruppen unter 60 Jahren vorn gelegen, sagte Wahlforscher Jonas Reiter in der ARD.", True,
     [("duration", 60, "year", "under")], "Jonas Reiter"),
    ("de", "Infratest dimap zufolge nannten 44 Prozent der AfD-Wähler die Migration als wichtigstes Thema.", True,
     [("percent", 44, "%", None)], None),
    ("de", "Auf der Wahlparty der AfD wurden schon vor der ersten Prognose Fahnen geschwenkt.", False,
     [("ordinal", 1, None, None)], None),
    ("de", "„Die Menschen in diesem Land haben heute Geschichte geschrieben“, sagte AfD-Spitzenkandidat Jan Bredow am Wahlabend.", False, [], None),
    ("de", "„Wir haben die Botschaft verstanden“, sagte CDU-Landeschef Holger Brandes sichtlich bewegt.", False, [], None),
    ("de", "Wie es in Magdeburg nun weitergeht, ist völlig offen.", False, [], None),
    # --- Abstimmungssonntag (Keystone-SDA) --------------------------------------------------------
    ("de", "Bern (Keystone-SDA) - Die Volksinitiative «Für bezahlbare Mieten» hat am Sonntag zwar das Volksmehr erreicht, mit einem Ja-Anteil von 50,9 Prozent.", True,
     [("percent", 50.9, "%", None)], None),
    ("de", "Weil aber nur 10 der 26 Kantone zustimmten, ist die Vorlage am Ständemehr gescheitert.", True,
     [("count", 10, None, None), ("count", 26, None, None)], None),
    ("de", "Es ist erst das zweite Mal seit 1848, dass eine Volksinitiative trotz Ja des Volkes an den Kantonen scheitert.", True,
     [("ordinal", 2, None, None), ("year", 1848, None, None)], None),
    ("de", "Laut Bundeskanzlei gingen 49,6 Prozent der Stimmberechtigten an die Urne.", True,
     [("percent", 49.6, "%", None)], "Bundeskanzlei"),
    ("de", "Am deutlichsten Ja sagte der Kanton Genf mit 68,3 Prozent, am deutlichsten Nein Appenzell Innerrhoden mit 71,9 Prozent.", True,
     [("percent", 68.3, "%", None), ("percent", 71.9, "%", None)], None),
    ("de", "Die zweite Vorlage, die Erhöhung der Autobahnvignette auf 60 Franken, lehnten 57,4 Prozent der Stimmenden ab.", True,
     [("ordinal", 2, None, None), ("money", 60, "CHF", None), ("percent", 57.4, "%", None)], None),
    ("de", "Laut der Nachbefragung von gfs.bern stimmten Mieterinnen und Mieter zu 64 Prozent Ja, Wohneigentümer nur zu 31 Prozent.", True,
     [("percent", 64, "%", None), ("percent", 31, "%", None)], None),
    ("de", "In den Städten habe die Zustimmung im Schnitt bei 62 Prozent gelegen, sagte Politologin Cloé Jacquemet von gfs.bern.", True,
     [("percent", 62, "%", None)], "Cloé Jacquemet"),
    ("de", "«Das ist ein bitterer Abend, aber auch ein Weckruf für das Parlament», sagte Mieterverbands-Präsident Reto Gubler.", False, [], None),
    ("de", "Der Graben zwischen Stadt und Land ist an diesem Sonntag wieder tiefer geworden.", False, [], None),
    # --- Ständeratswahl, zweiter Wahlgang (sda) ---------------------------------------------------
    ("de", "Zürich (sda) - Im zweiten Wahlgang der Zürcher Ständeratswahl hat sich FDP-Kandidatin Regula Sutter mit 186'402 Stimmen durchgesetzt.", True,
     [("ordinal", 2, None, None), ("count", 186402, None, None)], None),
    ("de", "Ihr Herausforderer von der SVP kam auf 171'955 Stimmen, ein absolutes Mehr war nicht mehr erforderlich.", True,
     [("count", 171955, None, None)], None),
    ("de", "Die Stimmbeteiligung sank gegenüber dem ersten Wahlgang um 8,7 Prozentpunkte auf 37,1 Prozent.", True,
     [("ordinal", 1, None, None), ("percent", 8.7, "pp", None), ("percent", 37.1, "%", None)], None),
    ("de", "«Ich freue mich riesig und bin dankbar für das Vertrauen», sagte Sutter vor den Medien.", False, [], None),
    # --- Bürgermeister-Stichwahl in Innsbruck (APA) -----------------------------------------------
    ("de", "Innsbruck (APA) - Bei der Bürgermeister-Stichwahl in Innsbruck hat sich Amtsinhaber Florian Nagl mit 59,6 Prozent gegen Herausforderin Sabine Ortner durchgesetzt.", True,
     [("percent", 59.6, "%", None)], None),
    ("de", "Im ersten Wahlgang vor zwei Wochen war Nagl mit 26,9 Prozent nur knapp vorne gelegen.", True,
     [("ordinal", 1, None, None), ("duration", 2, "week", None), ("percent", 26.9, "%", None)], None),
    ("de", "An der Stichwahl beteiligten sich lediglich 41,8 Prozent der rund 102.000 Wahlberechtigten, teilte die Stadtwahlbehörde mit.", True,
     [("percent", 41.8, "%", None), ("count", 102000, None, "about")], "die Stadtwahlbehörde"),
    ("de", "Im 40-köpfigen Gemeinderat stellt Nagls Liste künftig zehn Mandatare.", True,
     [("count", 40, None, None), ("count", 10, None, None)], None),
    ("de", "Ortner gratulierte dem Wahlsieger noch am Abend und sprach von einem „fairen Wahlkampf“.", False, [], None),
    # --- Kirchenaustritte in Deutschland (KNA, epd) -----------------------------------------------
    ("de", "Bonn (KNA) - Die katholische Kirche in Deutschland hat im vergangenen Jahr 321.611 Mitglieder durch Austritt verloren, wie die Bischofskonferenz mitteilte.", True,
     [("count", 321611, None, None)], "die Bischofskonferenz"),
    ("de", "Das sind rund 200.000 weniger als im Rekordjahr 2022, als mehr als eine halbe Million Katholiken austraten.", True,
     [("count", 200000, None, "about"), ("year", 2022, None, None), ("count", 500000, None, "over")], None),
    ("de", "Der katholischen Kirche gehören damit noch 19,8 Millionen Menschen an, das entspricht 23,7 Prozent der Bevölkerung.", True,
     [("count", 19800000, None, None), ("percent", 23.7, "%", None)], None),
    ("de", "Die Zahl der Taufen sei 2024 auf rund 116.000 gesunken, sagte Bischofskonferenz-Sekretärin Martina Kessler.", True,
     [("year", 2024, None, None), ("count", 116000, None, "about")], "Martina Kessler"),
    ("de", "Die evangelische Kirche verzeichnete nach eigenen Angaben rund 345.000 Austritte und zählt nun 17,98 Millionen Mitglieder.", True,
     [("count", 345000, None, "about"), ("count", 17980000, None, None)], None),
    ("de", "Erstmals gehört damit weniger als die Hälfte der Menschen in Deutschland noch einer der zwei großen Konfessionen an.", True,
     [("fraction", 0.5, None, "under"), ("count", 2, None, None)], None),
    ("de", "Die Kirchensteuer brachte der katholischen Kirche 2024 rund 6,6 Milliarden Euro ein, etwa 2,4 Prozent weniger als im Vorjahr.", True,
     [("year", 2024, None, None), ("money", 6600000000, "EUR", "about"), ("percent", 2.4, "%", "about")], None),
    ("de", "Für viele ist der Austritt längst keine Glaubensfrage mehr, sondern eine Frage des Geldes.", False, [], None),
    ("de", "„Jeder Austritt schmerzt, und hinter jedem steht eine persönliche Geschichte“, sagte der Vorsitzende der Bischofskonferenz.", False, [], None),
    # --- Kirchenaustritte in Österreich (APA) -----------------------------------------------------
    ("de", "Wien (APA) - In Österreich haben im Vorjahr 85.012 Menschen der katholischen Kirche den Rücken gekehrt, um 6,8 Prozent weniger als 2023.", True,
     [("count", 85012, None, None), ("percent", 6.8, "%", None), ("year", 2023, None, None)], None),
    ("de", "Die meisten Austritte verzeichnete die Erzdiözese Wien mit rund 22.400, die wenigsten die Diözese Eisenstadt mit knapp 1.900.", True,
     [("count", 22400, None, "about"), ("count", 1900, None, "nearly")], None),
    ("de", "Der Anteil der Katholiken an der Bevölkerung sank damit auf 50,6 Prozent, so die Bischofskonferenz.", True,
     [("percent", 50.6, "%", None)], "die Bischofskonferenz"),
    ("de", "Der Kirchenbeitrag beträgt in Österreich 1,1 Prozent des steuerpflichtigen Jahreseinkommens.", True,
     [("percent", 1.1, "%", None)], None),
    ("de", "Gleichzeitig ließen sich 5.212 Menschen neu oder wieder in die Kirche aufnehmen.", True,
     [("count", 5212, None, None)], None),
    ("de", "Ob die Kirche den Trend je umkehren kann, bezweifeln selbst viele Gläubige.", False, [], None),
    # --- Religionszugehörigkeit in der Schweiz (Keystone-SDA) -------------------------------------
    ("de", "Neuenburg (Keystone-SDA) - Der Anteil der Menschen ohne Religionszugehörigkeit ist in der Schweiz auf 35,6 Prozent gestiegen, wie das Bundesamt für Statistik mitteilte.", True,
     [("percent", 35.6, "%", None)], "das Bundesamt für Statistik"),
    ("de", "Vor zehn Jahren waren es noch 23,9 Prozent gewesen.", True,
     [("duration", 10, "year", None), ("percent", 23.9, "%", None)], None),
    ("de", "Die römisch-katholische Kirche bleibt mit 31,4 Prozent die grösste Glaubensgemeinschaft, gefolgt von der evangelisch-reformierten mit 19,5 Prozent.", True,
     [("percent", 31.4, "%", None), ("percent", 19.5, "%", None)], None),
    ("de", "Muslimische Gemeinschaften machen 6,1 Prozent der ständigen Wohnbevölkerung aus.", True,
     [("percent", 6.1, "%", None)], None),
    # --- Asyl in Deutschland (dpa) ----------------------------------------------------------------
    ("de", "Nürnberg (dpa) - Im ersten Halbjahr haben in Deutschland 61.336 Menschen erstmals Asyl beantragt, teilte das Bundesamt für Migration und Flüchtlinge in Nürnberg mit.", True,
     [("ordinal", 1, None, None), ("count", 61336, None, None)], "das Bundesamt für Migration und Flüchtlinge"),
    ("de", "Das entspricht einem Rückgang um 43 Prozent gegenüber dem Vorjahreszeitraum.", True,
     [("percent", 43, "%", None)], None),
    ("de", "Hauptherkunftsländer waren Afghanistan, Syrien und die Türkei.", True, [], None),
    ("de", "Die Gesamtschutzquote lag bei 44,2 Prozent, fast jeder dritte Antrag wurde aus formalen Gründen erledigt.", True,
     [("percent", 44.2, "%", None), ("fraction", 0.3333, None, "nearly")], None),
    ("de", "Im gleichen Zeitraum wurden 11.807 Menschen abgeschoben, rund ein Fünftel mehr als im ersten Halbjahr 2024.", True,
     [("count", 11807, None, None), ("fraction", 0.2, None, "about"), ("ordinal", 1, None, None), ("year", 2024, None, None)], None),
    ("de", "„Die Zahlen zeigen, dass unser Kurs wirkt“, sagte Bundesinnenminister Tobias Rehm.", False, [], None),
    ("de", "Pro Asyl sprach von einer „Politik der geschlossenen Türen“.", False, [], None),
    ("de", "Wiesbaden (dpa) - 2024 sind in Deutschland 291.955 Menschen eingebürgert worden, so viele wie nie seit Beginn der Statistik im Jahr 2000.", True,
     [("year", 2024, None, None), ("count", 291955, None, None), ("year", 2000, None, None)], None),
    # --- Asyl und Einbürgerungen in Österreich (APA) ----------------------------------------------
    ("de", "Wien (APA) - In Österreich wurden bis Ende September 12.940 Asylanträge gestellt, ein Rückgang um 31 Prozent, teilte das Innenministerium mit.", True,
     [("count", 12940, None, None), ("percent", 31, "%", None)], "das Innenministerium"),
    ("de", "Mehr als die Hälfte der Außerlandesbringungen erfolgte freiwillig.", True,
     [("fraction", 0.5, None, "over")], None),
    ("de", "Zugleich erhielten 2024 rund 21.900 Menschen die österreichische Staatsbürgerschaft, so viele wie seit 2004 nicht mehr, teilte die Statistik Austria mit.", True,
     [("year", 2024, None, None), ("count", 21900, None, "about"), ("year", 2004, None, None)], "die Statistik Austria"),
    ("de", "Gut ein Drittel der Eingebürgerten war jünger als 18 Jahre.", True,
     [("fraction", 0.3333, None, "over"), ("duration", 18, "year", "under")], None),
    # --- Asyl in der Schweiz (Keystone-SDA) -------------------------------------------------------
    ("de", "Bern (Keystone-SDA) - Im Oktober sind in der Schweiz 2104 Asylgesuche eingereicht worden, 318 weniger als im September, teilte das Staatssekretariat für Migration mit.", True,
     [("count", 2104, None, None), ("count", 318, None, None)], "das Staatssekretariat für Migration"),
    ("de", "Für das ganze Jahr rechnet das SEM mit rund 24'000 Gesuchen.", True,
     [("count", 24000, None, "about")], None),
    ("de", "Wie viele der abgewiesenen Asylsuchenden das Land tatsächlich verlassen, lässt sich kaum beziffern.", False, [], None),
    # --- Bevölkerung und Geburten in Österreich (APA) ---------------------------------------------
    ("de", "Wien (APA) - Mit 1. Jänner 2025 haben 9.197.213 Menschen in Österreich gelebt, teilte die Statistik Austria mit.", True,
     [("date", "2025-01-01", None, None), ("count", 9197213, None, None)], "die Statistik Austria"),
    ("de", "Das sind um 38.000 Personen oder 0,4 Prozent mehr als ein Jahr zuvor.", True,
     [("count", 38000, None, None), ("percent", 0.4, "%", None)], None),
    ("de", "Das Wachstum geht ausschließlich auf Zuwanderung zurück, denn die Sterbefälle übertrafen die Geburten um rund 11.000.", True,
     [("count", 11000, None, "about")], None),
    ("de", "2024 kamen in Österreich 77.238 Kinder zur Welt, so wenige wie zuletzt 2001.", True,
     [("year", 2024, None, None), ("count", 77238, None, None), ("year", 2001, None, None)], None),
    ("de", "Die Gesamtfertilitätsrate sank auf 1,31 Kinder pro Frau und damit auf den tiefsten Wert seit Beginn der Aufzeichnungen.", True,
     [("count", 1.31, None, None)], None),
    ("de", "Das Durchschnittsalter der Frauen bei der Geburt ihres ersten Kindes stieg auf 31,2 Jahre.", True,
     [("ordinal", 1, None, None), ("duration", 31.2, "year", None)], None),
    ("de", "Demografen sprechen seit Jahren von einer tickenden Zeitbombe für das Pensionssystem.", False, [], None),
    # --- Haushalte in Deutschland (dpa) -----------------------------------------------------------
    ("de", "Wiesbaden (dpa) - In Deutschland leben inzwischen 17 Millionen Menschen allein, das ist gut jeder fünfte Einwohner.", True,
     [("count", 17000000, None, None), ("fraction", 0.2, None, "over")], None),
    ("de", "41 Prozent aller Haushalte sind Einpersonenhaushalte, wie das Statistische Bundesamt mitteilte.", True,
     [("percent", 41, "%", None), ("count", 1, None, None)], "das Statistische Bundesamt"),
    ("de", "Die durchschnittliche Haushaltsgröße ist seit 1991 von 2,27 auf 2,02 Personen gesunken.", True,
     [("year", 1991, None, None), ("count", 2.27, None, None), ("count", 2.02, None, None)], None),
    ("de", "In Großstädten mit mehr als 100.000 Einwohnern ist fast jeder zweite Haushalt ein Singlehaushalt.", True,
     [("count", 100000, None, "over"), ("fraction", 0.5, None, "nearly")], None),
    ("de", "Die Gesellschaft wird älter, bunter und einsamer – so viel steht fest.", False, [], None),
    # --- Bevölkerung der Schweiz (Keystone-SDA) ---------------------------------------------------
    ("de", "Neuenburg (Keystone-SDA) - Die ständige Wohnbevölkerung der Schweiz ist 2024 um 1,0 Prozent auf 9,05 Millionen Personen gewachsen.", True,
     [("year", 2024, None, None), ("percent", 1.0, "%", None), ("count", 9050000, None, None)], None),
    ("de", "Der Wanderungssaldo lag bei 83'400 Personen, wie das Bundesamt für Statistik am Donnerstag mitteilte.", True,
     [("count", 83400, None, None)], "das Bundesamt für Statistik"),
    ("de", "Die Lebenserwartung bei Geburt erreichte bei Frauen 86,0 und bei Männern 82,4 Jahre.", True,
     [("duration", 86.0, "year", None), ("duration", 82.4, "year", None)], None),
    ("de", "Erstmals zählte die Schweiz mehr als 1,7 Millionen Personen im Rentenalter.", True,
     [("count", 1700000, None, "over")], None),
    ("de", "Der Anteil der über 65-Jährigen werde bis 2050 auf 26 Prozent steigen, sagte BFS-Demograf Marc Dubois.", True,
     [("duration", 65, "year", "over"), ("year", 2050, None, None), ("percent", 26, "%", None)], "Marc Dubois"),
    # --- Glaubensumfrage (APA) --------------------------------------------------------------------
    ("de", "Wien (APA) - Nur noch 38 Prozent der Österreicherinnen und Österreicher glauben an einen Gott, wie eine Umfrage im Auftrag der Universität Wien ergab.", True,
     [("percent", 38, "%", None)], None),
    ("de", "1990 waren es noch 61 Prozent gewesen.", True,
     [("year", 1990, None, None), ("percent", 61, "%", None)], None),
    ("de", "Befragt wurden 2.012 Personen, die Schwankungsbreite liegt bei 2,2 Prozentpunkten.", True,
     [("count", 2012, None, None), ("percent", 2.2, "pp", None)], None),
    ("de", "Jede vierte befragte Person unter 30 Jahren gab an, nie zu beten.", True,
     [("fraction", 0.25, None, None), ("duration", 30, "year", "under")], None),
    ("de", "„Religion wird zur Privatsache, aber sie verschwindet nicht“, sagte die Religionssoziologin Anna Pichler.", False, [], None),
    # --- Politbarometer (dpa) ---------------------------------------------------------------------
    ("de", "Berlin (dpa) - Im neuen ZDF-Politbarometer kommt die Union auf 26 Prozent, zwei Punkte weniger als vor zwei Wochen.", True,
     [("percent", 26, "%", None), ("percent", 2, "pp", None), ("duration", 2, "week", None)], None),
    ("de", "Die AfD legt um einen Punkt auf 25 Prozent zu, die SPD verharrt bei 15 Prozent.", True,
     [("percent", 1, "pp", None), ("percent", 25, "%", None), ("percent", 15, "%", None)], None),
    ("de", "Für die Umfrage befragte die Forschungsgruppe Wahlen vom 14. bis 16. Oktober 1.318 zufällig ausgewählte Wahlberechtigte.", True,
     [("date", "--10-14", None, None), ("date", "--10-16", None, None), ("count", 1318, None, None)], None),
    ("de", "Umfragen sind keine Wahlergebnisse, mahnte Institutschef Klaus Wendt.", False, [], None),
    ("de", "Kann die Union den Abstand zur AfD überhaupt noch halten?", False, [], None),
    # === English ================================================================================
    # --- UK general election night (PA) --------------------------------------------------------
    ("en", "LONDON (PA) - An exit poll published as polls closed at 10pm on Thursday projected Labour to win 410 seats, a Commons majority of 170.", True,
     [("count", 410, None, None), ("count", 170, None, None)], None),
    ("en", "The Conservatives were forecast to fall to 131 seats, the lowest total in the party's history.", True,
     [("count", 131, None, None)], None),
    ("en", "The Liberal Democrats were projected to win 61 seats and Reform UK 13.", True,
     [("count", 61, None, None), ("count", 13, None, None)], None),
    ("en", "The poll, carried out by Ipsos for the BBC, ITV News and Sky News, questioned more than 20,000 voters as they left 133 polling stations.", True,
     [("count", 20000, None, "over"), ("count", 133, None, None)], None),
    ("en", "The exit poll has come within 10 seats of the final result at each of the last five general elections, said Helen Marsh, a professor of politics at the University of Essex.", True,
     [("count", 10, None, None), ("count", 5, None, None)], "Helen Marsh"),
    ("en", "Houghton and Sunderland South was the first constituency to declare, at 11.15pm, with Labour holding it by 7,169 votes.", True,
     [("ordinal", 1, None, None), ("count", 7169, None, None)], None),
    ("en", "The swing from the Conservatives to Labour in the seat was 4.8 points, below the national figure suggested by the exit poll.", True,
     [("percent", 4.8, "pp", None)], None),
    ("en", "Shortly after 4am, Labour passed the 326 seats needed for an overall majority.", True,
     [("count", 326, None, None)], None),
    ("en", "With all 650 constituencies declared, Labour had 412 seats and the Conservatives 121.", True,
     [("count", 650, None, None), ("count", 412, None, None), ("count", 121, None, None)], None),
    ("en", "Because Sinn Fein's seven MPs do not take their seats, the government's working majority is 181.", True,
     [("count", 7, None, None), ("count", 181, None, None)], None),
    ("en", "Turnout was 59.7%, down from 67.3% in 2019, the Electoral Commission said.", True,
     [("percent", 59.7, "%", None), ("percent", 67.3, "%", None), ("year", 2019, None, None)], "the Electoral Commission"),
    ("en", "Twelve members of the outgoing Cabinet lost their seats, among them the defence secretary.", True,
     [("count", 12, None, None)], None),
    ("en", "In Leicester East, a recount was ordered after the two leading candidates finished fewer than 50 votes apart.", True,
     [("count", 2, None, None), ("count", 50, None, "under")], None),
    ("en", "\"Change begins now,\" the incoming prime minister told supporters at a victory rally in central London.", False, [], None),
    ("en", "For the Conservatives, it was a night of humiliation on a scale few had imagined.", False, [], None),
    ("en", "Can the party ever recover from a defeat like this?", False, [], None),
    # --- Westminster arithmetic (Reuters) ------------------------------------------------------
    ("en", "LONDON (Reuters) - The government's working majority fell to 12 on Tuesday after two of its MPs defected to Reform UK.", True,
     [("count", 12, None, None), ("count", 2, None, None)], None),
    ("en", "The defections leave the governing party with 320 MPs, against 308 for all other parties combined.", True,
     [("count", 320, None, None), ("count", 308, None, None)], None),
    ("en", "\"This government is running out of road,\" the opposition leader told the Commons.", False, [], None),
    ("en", "Whether the whips can hold such a slim majority together through a budget is another matter.", False, [], None),
    # --- U.S. election (AP) --------------------------------------------------------------------
    ("en", "WASHINGTON (AP) — Republicans will control the Senate next year after flipping four seats on Tuesday, giving the party a 53-47 majority.", True,
     [("count", 4, None, None), ("count", 53, None, None), ("count", 47, None, None)], None),
    ("en", "The Associated Press called the presidential race shortly before 5:30 a.m. Eastern time on Wednesday.", True, [], None),
    ("en", "Harlan Pierce won 312 electoral votes to 226, well clear of the 270 needed to win.", True,
     [("count", 312, None, None), ("count", 226, None, None), ("count", 270, None, None)], None),
    ("en", "He carried all seven battleground states, the first Republican to do so since 1988.", True,
     [("count", 7, None, None), ("ordinal", 1, None, None), ("year", 1988, None, None)], None),
    ("en", "Pierce's lead in the national popular vote stood at about 2.4 million votes, or 1.6 percentage points, with most ballots counted.", True,
     [("count", 2400000, None, "about"), ("percent", 1.6, "pp", None)], None),
    ("en", "Turnout was 64.1% of eligible voters, the second-highest rate in more than a century, according to the University of Florida Election Lab.", True,
     [("percent", 64.1, "%", None), ("ordinal", 2, None, None)], "the University of Florida Election Lab"),
    ("en", "More than 82 million people voted early, either in person or by mail.", True,
     [("count", 82000000, None, "over")], None),
    ("en", "Georgia Secretary of State Ellen Drake told reporters that more than 5.1 million Georgians had voted, a state record.", True,
     [("count", 5100000, None, "over")], "Ellen Drake"),
    ("en", "Election officials in Maricopa County said about 310,000 ballots were still to be counted on Thursday.", True,
     [("count", 310000, None, "about")], None),
    ("en", "Republicans are on track to keep the House, where 218 seats are needed for a majority, though 14 races remained uncalled on Friday.", True,
     [("count", 218, None, None), ("count", 14, None, None)], None),
    ("en", "In Louisiana, neither candidate for an open House seat cleared 50%, sending the race to a Dec. 13 runoff.", True,
     [("percent", 50, "%", None), ("date", "--12-13", None, None)], None),
    ("en", "Candidates, parties and outside groups spent about $15.9 billion on federal races this cycle, according to OpenSecrets.", True,
     [("money", 15900000000, "USD", "about")], "OpenSecrets"),
    ("en", "\"The people of this country have given us a mandate, and we intend to use it,\" Pierce told supporters in Columbus, Ohio.", False, [], None),
    ("en", "What a 53-seat majority will mean for the president's nominees is hard to say.", False,
     [("count", 53, None, None)], None),
    # --- Irish general election (Reuters) ------------------------------------------------------
    ("en", "DUBLIN, Dec 2 (Reuters) - Fianna Fail won 48 seats in the 174-seat Dail to remain the largest party in Ireland's parliament, final results showed on Monday.", True,
     [("date", "--12-02", None, None), ("count", 48, None, None), ("count", 174, None, None)], None),
    ("en", "Fine Gael took 38 seats and Sinn Fein 39, with the rest shared among smaller parties and 16 independents.", True,
     [("count", 38, None, None), ("count", 39, None, None), ("count", 16, None, None)], None),
    ("en", "An exit poll for RTE and the Irish Times had put the three largest parties within two points of each other.", True,
     [("count", 3, None, None), ("percent", 2, "pp", None)], None),
    ("en", "Fianna Fail won 21.9% of first-preference votes, up 0.7 points from the 2020 election.", True,
     [("percent", 21.9, "%", None), ("percent", 0.7, "pp", None), ("year", 2020, None, None)], None),
    ("en", "Turnout fell to 59.4 per cent, the lowest at a general election since 1923, according to provisional figures.", True,
     [("percent", 59.4, "%", None), ("year", 1923, None, None)], None),
    ("en", "In Dublin Bay South, the quota stood at 9,412 and the last seat was not filled until the 11th count.", True,
     [("count", 9412, None, None), ("ordinal", 11, None, None)], None),
    ("en", "Social Democrats candidate Aoife Brennan topped the poll in Cork South West and was elected on the first count.", True,
     [("ordinal", 1, None, None)], None),
    ("en", "Fianna Fail and Fine Gael together have 86 seats, two short of the 88 needed for a majority once a speaker is chosen.", True,
     [("count", 86, None, None), ("count", 2, None, None), ("count", 88, None, None)], None),
    ("en", "The outgoing coalition is expected to seek the support of about half a dozen independents.", True,
     [("count", 6, None, "about")], None),
    ("en", "Count centres across the country were packed with tallymen clutching clipboards late into the night.", False, [], None),
    ("en", "It could be weeks before a new taoiseach is elected.", False, [], None),
    # --- Australian federal election (AAP) -----------------------------------------------------
    ("en", "SYDNEY, May 4 (AAP) - Labor has been re-elected with an increased majority, winning at least 86 seats in the 150-seat House of Representatives.", True,
     [("date", "--05-04", None, None), ("count", 86, None, "at_least"), ("count", 150, None, None)], None),
    ("en", "The coalition was on track for 41 seats, its lowest tally since the Liberal Party was founded in 1944.", True,
     [("count", 41, None, None), ("year", 1944, None, None)], None),
    ("en", "Labor led 55.2% to 44.8% on a two-party preferred basis, a swing of 3.1 points in its favour, the AEC said.", True,
     [("percent", 55.2, "%", None), ("percent", 44.8, "%", None), ("percent", 3.1, "pp", None)], "the AEC"),
    ("en", "Opposition leader Graham Tully lost his own seat, the first major party leader to do so since 2007.", True,
     [("ordinal", 1, None, None), ("year", 2007, None, None)], None),
    ("en", "Voting is compulsory, and about 90% of the 18.1 million enrolled voters cast a ballot, the AEC said.", True,
     [("percent", 90, "%", "about"), ("count", 18100000, None, None)], "the AEC"),
    ("en", "Counting of postal and pre-poll votes continued on Sunday in 11 seats still considered too close to call.", True,
     [("count", 11, None, None)], None),
    ("en", "The Greens' primary vote held steady at 12.2%, but the party lost three of its four lower house seats.", True,
     [("percent", 12.2, "%", None), ("count", 3, None, None), ("count", 4, None, None)], None),
    ("en", "Preference flows from Greens voters favoured Labor by about 85% to 15%.", True,
     [("percent", 85, "%", "about"), ("percent", 15, "%", None)], None),
    ("en", "Pollsters, who had forecast a close race, now face awkward questions about their methods.", False, [], None),
    ("en", "\"Tonight Australians chose hope over fear,\" the prime minister told the party faithful in Sydney.", False, [], None),
    ("en", "Few analysts had predicted a result this lopsided.", False, [], None),
    # --- Maharashtra assembly election (Reuters, PTI) ------------------------------------------
    ("en", "MUMBAI, Nov 23 (Reuters) - The ruling alliance won 161 of the 288 seats in the Maharashtra assembly, comfortably above the majority mark of 145, Election Commission data showed.", True,
     [("date", "--11-23", None, None), ("count", 161, None, None), ("count", 288, None, None), ("count", 145, None, None)], None),
    ("en", "The BJP alone won 89 seats, its best showing in the state, with a vote share of 26.8%.", True,
     [("count", 89, None, None), ("percent", 26.8, "%", None)], None),
    ("en", "Turnout was 66.05%, the highest in a Maharashtra assembly election since 1995, the Election Commission said.", True,
     [("percent", 66.05, "%", None), ("year", 1995, None, None)], "the Election Commission"),
    ("en", "Nearly 6.4 crore of the state's 9.7 crore registered voters cast their ballots.", True,
     [("count", 64000000, None, "nearly"), ("count", 97000000, None, None)], None),
    ("en", "The opposition alliance, which had won 30 of the state's 48 Lok Sabha seats six months earlier, was reduced to 52 assembly seats.", True,
     [("count", 30, None, None), ("count", 48, None, None), ("duration", 6, "month", None), ("count", 52, None, None)], None),
    ("en", "Women outvoted men in 119 constituencies, according to the state's chief electoral officer.", True,
     [("count", 119, None, None)], None),
    ("en", "Supporters danced outside the party headquarters in Mumbai as the results trickled in.", False, [], None),
    ("en", "Analysts said the result would embolden the BJP ahead of next year's state polls.", False, [], None),
    # --- India's general election in figures (PTI) ---------------------------------------------
    ("en", "NEW DELHI: About 96.8 crore people were registered to vote in the general election, the largest electorate in the world, the Election Commission of India said.", True,
     [("count", 968000000, None, "about")], "the Election Commission of India"),
    ("en", "The seven-phase poll was held over 44 days, with voting at more than 10.5 lakh polling stations.", True,
     [("count", 7, None, None), ("duration", 44, "day", None), ("count", 1050000, None, "over")], None),
    ("en", "Chief Election Commissioner Arun Mehra told reporters that 1.5 crore polling and security staff had been deployed.", True,
     [("count", 15000000, None, None)], "Arun Mehra"),
    ("en", "Overall turnout was 65.79%, slightly below the 67.40% recorded in 2019.", True,
     [("percent", 65.79, "%", None), ("percent", 67.4, "%", None), ("year", 2019, None, None)], None),
    ("en", "Women's turnout exceeded men's for the second consecutive general election.", True,
     [("ordinal", 2, None, None)], None),
    ("en", "\"This is a victory for every citizen of this country,\" the prime minister told party workers in New Delhi.", False, [], None),
    # --- Canadian federal election (CP) --------------------------------------------------------
    ("en", "OTTAWA — The Liberals will form a minority government after winning 169 of the 343 seats in the House of Commons, three short of the 172 needed for a majority.", True,
     [("count", 169, None, None), ("count", 343, None, None), ("count", 3, None, None), ("count", 172, None, None)], None),
    ("en", "The Conservatives won 144 seats and 41.3% of the popular vote, their highest share since 1988.", True,
     [("count", 144, None, None), ("percent", 41.3, "%", None), ("year", 1988, None, None)], None),
    ("en", "Elections Canada said 68.7% of registered electors voted, up from 62.6% in 2021.", True,
     [("percent", 68.7, "%", None), ("percent", 62.6, "%", None), ("year", 2021, None, None)], "Elections Canada"),
    ("en", "A record 7.3 million Canadians cast ballots at advance polls over four days.", True,
     [("count", 7300000, None, None), ("duration", 4, "day", None)], None),
    ("en", "More than 2.3 million people voted by special ballot, said Chief Electoral Officer Denise Lavoie.", True,
     [("count", 2300000, None, "over")], "Denise Lavoie"),
    ("en", "The NDP was reduced to seven seats, below the 12 needed for official party status in the House.", True,
     [("count", 7, None, None), ("count", 12, None, None)], None),
    ("en", "The Bloc Quebecois won 22 of Quebec's 78 ridings.", True,
     [("count", 22, None, None), ("count", 78, None, None)], None),
    ("en", "Minority governments in Canada have lasted an average of about 18 months since 1867.", True,
     [("duration", 18, "month", "about"), ("year", 1867, None, None)], None),
    ("en", "\"Canadians have asked us to work together, and that is exactly what we will do,\" the prime minister said in Ottawa.", False, [], None),
    ("en", "How long this Parliament survives is anyone's guess.", False, [], None),
    # --- UK migration figures (Reuters) --------------------------------------------------------
    ("en", "LONDON (Reuters) - Net migration to Britain more than halved to 298,000 in the year to December, the Office for National Statistics said on Thursday.", True,
     [("count", 298000, None, None)], "the Office for National Statistics"),
    ("en", "Immigration was estimated at 948,000, while 650,000 people left the country.", True,
     [("count", 948000, None, None), ("count", 650000, None, None)], None),
    ("en", "Visas granted to care workers and their dependants fell by 77% over the period.", True,
     [("percent", 77, "%", None)], None),
    ("en", "More than 36,800 people crossed the Channel in small boats last year, up 25% on 2023, Home Office figures show.", True,
     [("count", 36800, None, "over"), ("percent", 25, "%", None), ("year", 2023, None, None)], None),
    ("en", "\"These figures show we are finally getting a grip,\" the home secretary said.", False, [], None),
    ("en", "Migration campaigners said the headline number told only part of the story.", False, [], None),
    # --- Births in England and Wales (PA) ------------------------------------------------------
    ("en", "LONDON (PA) - There were 594,677 live births in England and Wales last year, up 0.6% and the first annual rise since 2021, the ONS said.", True,
     [("count", 594677, None, None), ("percent", 0.6, "%", None), ("ordinal", 1, None, None), ("year", 2021, None, None)], "the ONS"),
    ("en", "The total fertility rate fell to a record low of 1.41 children per woman.", True,
     [("count", 1.41, None, None)], None),
    ("en", "Just over a third of babies were born to mothers who were themselves born outside the UK.", True,
     [("fraction", 0.3333, None, "over")], None),
    ("en", "Deaths fell 2.5% to 569,000, meaning births outnumbered deaths by about 25,700.", True,
     [("percent", 2.5, "%", None), ("count", 569000, None, None), ("count", 25700, None, "about")], None),
    ("en", "The average age of mothers at childbirth rose to 31.0 years.", True,
     [("duration", 31.0, "year", None)], None),
    # --- Religion in England and Wales (PA) ----------------------------------------------------
    ("en", "In the 2021 census, 37.2% of people in England and Wales said they had no religion, up from 25.2% in 2011.", True,
     [("year", 2021, None, None), ("percent", 37.2, "%", None), ("percent", 25.2, "%", None), ("year", 2011, None, None)], None),
    ("en", "Average weekly attendance at Church of England services rose to 1.02 million last year, the church said.", True,
     [("count", 1020000, None, None)], "the church"),
    ("en", "Attendance is still around 12% below its level in 2019, before the pandemic.", True,
     [("percent", 12, "%", "about"), ("year", 2019, None, None)], None),
    ("en", "\"There are green shoots, and we should give thanks for them,\" said the Bishop of Dorking.", False, [], None),
    # --- U.S. population and religion (AP) -----------------------------------------------------
    ("en", "WASHINGTON (AP) — The U.S. population grew by nearly 1% last year to 340.1 million, driven mostly by immigration, the Census Bureau said.", True,
     [("percent", 1, "%", "nearly"), ("count", 340100000, None, None)], "the Census Bureau"),
    ("en", "Net international migration added 2.8 million residents, while births outpaced deaths by 519,000.", True,
     [("count", 2800000, None, None), ("count", 519000, None, None)], None),
    ("en", "Texas gained about 562,000 people, more than any other state, and Florida added nearly 467,000.", True,
     [("count", 562000, None, "about"), ("count", 467000, None, "nearly")], None),
    ("en", "Only West Virginia, Vermont and Mississippi lost population.", True, [], None),
    ("en", "About 62% of U.S. adults describe themselves as Christian, down from 78% in 2007, according to the Pew Research Center.", True,
     [("percent", 62, "%", "about"), ("percent", 78, "%", None), ("year", 2007, None, None)], "the Pew Research Center"),
    ("en", "The share of religiously unaffiliated Americans rose from 16% to 29% over the same period.", True,
     [("percent", 16, "%", None), ("percent", 29, "%", None)], None),
    ("en", "The survey of 36,908 adults was conducted from July 2023 to March 2024, and its margin of error is 0.8 percentage points.", True,
     [("count", 36908, None, None), ("year", 2023, None, None), ("year", 2024, None, None), ("percent", 0.8, "pp", None)], None),
    ("en", "Whether the decline in Christian identity has bottomed out remains an open question.", False, [], None),
    ("en", "The backlog in U.S. immigration courts stood at more than 3.7 million cases at the end of September, according to TRAC.", True,
     [("count", 3700000, None, "over")], "TRAC"),
    # --- Australia, Ireland, India and Canada: population (AAP, Reuters) -----------------------
    ("en", "CANBERRA, Dec 18 (AAP) - Australia's population rose 1.7% to 27.4 million over the 12 months to June 30, the Australian Bureau of Statistics said.", True,
     [("date", "--12-18", None, None), ("percent", 1.7, "%", None), ("count", 27400000, None, None), ("duration", 12, "month", None), ("date", "--06-30", None, None)], "the Australian Bureau of Statistics"),
    ("en", "Net overseas migration contributed about 62% of the growth, with natural increase making up the rest.", True,
     [("percent", 62, "%", "about")], None),
    ("en", "DUBLIN (Reuters) - Ireland's population rose to an estimated 5.46 million in April, its highest since 1841, the CSO said.", True,
     [("count", 5460000, None, "about"), ("year", 1841, None, None)], "the CSO"),
    ("en", "Immigration reached 149,200 in the 12 months to April, the highest level since 2007, while 69,900 people emigrated.", True,
     [("count", 149200, None, None), ("duration", 12, "month", None), ("year", 2007, None, None), ("count", 69900, None, None)], None),
    ("en", "Returning Irish citizens accounted for just under a fifth of arrivals.", True,
     [("fraction", 0.2, None, "under")], None),
    ("en", "In the 2022 census, 69% of people in Ireland identified as Catholic, down from 79% six years earlier.", True,
     [("year", 2022, None, None), ("percent", 69, "%", None), ("percent", 79, "%", None), ("duration", 6, "year", None)], None),
    ("en", "\"Ireland is a very different country from the one I grew up in,\" said Father Brendan Kielty, a parish priest in Co Mayo.", False, [], None),
    ("en", "NEW DELHI (Reuters) - India's sex ratio at birth improved to 929 girls for every 1,000 boys, according to the latest National Family Health Survey.", True,
     [("count", 929, None, None), ("count", 1000, None, None)], None),
    ("en", "The country's total fertility rate has dropped to 2.0, below the replacement level of 2.1.", True,
     [("count", 2.0, None, None), ("count", 2.1, None, None)], None),
    ("en", "Statistics Canada said the population grew by just 0.1% in the third quarter, its weakest gain since the pandemic.", True,
     [("percent", 0.1, "%", None), ("ordinal", 3, None, None)], "Statistics Canada"),
    ("en", "The number of non-permanent residents fell by about 176,000 as Ottawa tightened caps on student and worker permits.", True,
     [("count", 176000, None, "about")], None),
    ("en", "Economists warned that slower population growth could weigh on consumer spending.", False, [], None),
]
