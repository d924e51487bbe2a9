"""Hundred-and-fifty-eighth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, funds, initiatives and
figures are made up (Verena Hollaus, Rüdiger Kallenbach - "Ruediger Kallenbach" in English
copy -, Sandra Oberhuber, Velmora, Henrike Lassahn, Georg Pfurtscheller, Astrid Weinhold,
Lea Kranewitter, Britta Kielmann, Markus Zbinden, Corinne Aebischer, the Kita-Initiative,
Claire Dutronc, Nele Brandes, Herbert Gstöttner, Jonas Wendling, Leon Maurer, Tobias
Engelhardt, Ernst Kollmann, Lukas Hartlieb, Ulrike Harms; Garrett Voight, Fiona Marchbank,
Tom Aldridge, Fernleigh, Chloe Marsh, Marcus Tillery, Rick Santangelo, Darius Vaughn,
Wendell Ames, Paul Whiteley, Gemma Rudd, Halvern Capital, Nordvale Semiconductor, Dale
Hutchins, Maria Escalante, Henrik Saltvik, Joel Amankwah, Owen Ridgway, Brunnwald, Layla
Osei, the Patients Alliance, Corvane, Nadia Ferraro; every unnamed commuter, farmer, trader,
spokesman and campaigner); ministers, senators, chief executives of real bodies, coaches of
real clubs and office holders of real places appear under made-up names that stand for no
real holder, or by their role only ("die Wirtschaftssenatorin", "ein FDP-Sprecher", "the
Treasurer", "the Energy Secretary", "the Education Secretary", "the Health Secretary", "The
WMO's secretary-general", "An IMF deputy managing director", "Kenya's finance minister",
"the agriculture minister", "The union's president", "The opposition's housing spokesman",
"A Hutchins spokesman"). Real bodies, parties, clubs, indexes, places and things ("Statistik
Austria", "Wifo", "Wirtschaftskammer", "Hoteliervereinigung", "Champions League",
"Wiesbaden", "Statistisches Bundesamt", "Federal Statistical Office", "dpa-AFX", "BGA",
"Münchner Verkehrsgesellschaft", "MVG", "Verdi", "Kommunaler Arbeitgeberverband Bayern",
"Hauptbahnhof", "Commerzbank", "Berenberg", "Ebitda", "Tirol", "Tiroler Unterland",
"Schwaz", "Patscherkofel", "GeoSphere Austria", "Leipziger Buchmesse", "Börsenverein",
"Hamburger Hafen", "Hafen Hamburg Marketing", "HPA", "Rotterdam", "Antwerpen-Brügge", "TEU",
"Homegate", "Mieterinnen- und Mieterverband", "Hauseigentümerverband", "SRG", "GFS Bern",
"SP", "SVP", "FDP", "Bundesrat", "Louvre", "Mona Lisa", "Bundestag", "Grüne", "Union",
"ADAC", "Umweltbundesamt", "Patientenanwaltschaft", "Vorarlberg", "Österreichische
Gesundheitskasse", "EU-Kommission", "VDA", "Europaparlament", "VfB Stuttgart", "Werder
Bremen", "FPÖ", "Fachagentur Wind und Solar", "Bundesverband Windenergie", "Bonn"; "Senate",
"House", "Congressional Budget Office", "Wyoming", "World Meteorological Organization",
"WMO", "Geneva", "British Retail Consortium", "BRC", "Barclays", "CoreLogic", "Perth",
"Melbourne", "Brisbane", "Sky News", "Chicago Bulls", "Milwaukee Bucks", "Ofgem", "National
Energy Action", "Department for Education", "NAHT", "Wall Street", "S&P 500", "Nasdaq
Composite", "Treasury", "Arizona", "Tucson", "Citizens Clean Elections Commission",
"Tottenham", "Newcastle", "Premier League", "Ivory Coast", "International Cocoa
Organization", "International Monetary Fund", "IMF", "Kenya", "Nairobi", "FNSEA", "NHS
England", "Department of Health", "Royal College of Nursing", "San Francisco") stand for the
way wire copy names them; every figure, vote, forecast, target, price, quote, label and
reaction here is invented, and where a real figure came to mind it was changed.

Its weight: OPINION VERSUS CLAIM, seventh round (the ninety-eighth, hundred-nineteenth,
hundred-twenty-fourth, hundred-thirty-first, hundred-thirty-eighth and hundred-forty-sixth
batches were the first six, and their decisions are kept), spread over three ordinary wire
days instead of one story - Monday to Wednesday, March 9 to 11, of one year - as 32 short
stories in story order, the German and English stories interleaved by day, each with a
dateline lead, the figures, attributed claims, the other side, quotes and reactions. About
100 rows are negatives that look like claims - rhetoric with figures (idioms and hyperbole
with a number, a figure restated for effect, a figure disputed without a counter-figure,
slogans and banners with a figure), quoted verdicts (labels, also built on a number word,
"hält ... für", a jury's praise, an analyst's call, critics), hopes with and without a
figure, predictions framed as conviction, certainty, belief or a gut feeling (with a
figure), forecasts, fears and doubts without a figure, open questions, advice, scene colour
and vox pops - and each kind stands beside a check-worthy look-alike that carries the same
words around a verifiable core (a forecast, guidance or target stated as an expectation or
an act, a figure from the same speaker in the next row, a record with a point of reference,
a quoted fact with a feeling appended, a label paired with a stated step). Half German (APA,
dpa with its regional slugs, Keystone-SDA, Reuters German, AFP German; Austrian "Jänner",
"heuer", "Landeshauptmann-Stellvertreter", "Supermarktkassa", Swiss "Stimmberechtigte",
"Urnengang", "Abstimmungssonntag", "41'000", «» quotes, German „“ quotes): winter tourism in
Austria, German exports, a transport warning strike in Munich, a chemicals group's results,
a föhn storm in Tyrol, the Leipzig book fair, the port of Hamburg, Swiss asking rents, a
Swiss poll on a daycare initiative, the Louvre's year, a speed-limit vote in the Bundestag,
waiting times for MRI scans, EU fleet limits for carmakers, VfB Stuttgart's injured captain,
Austrian inflation and record onshore wind permits. Half English (Reuters, AP, AFP, PA):
German exports, a U.S. highway bill, the WMO's climate report, British retail sales,
Australian home prices, an NBA game, Britain's energy price cap, school absence in England,
Wall Street, an Arizona governor's poll, Tottenham's injuries, cocoa prices, an IMF loan for
Kenya, farmers' tractors in Paris, the NHS waiting list and an AI startup's funding round.
Figures as such copy has them: percentages, percentage points and basis points, money in
euros, dollars, Australian dollars, pounds and francs with their hedges, a dividend and a
share price, index points, counts of people, votes, tractors, tonnes, homes and permits,
speeds and gigawatts, shares in words ("gut die Hälfte", "Fast drei Viertel", "Nearly one in
five", "about a fifth", "roughly a third"), multiples ("more than three times"), compounds
and number words ("sechsstündigen", "vier Messetagen", "Der 27-Jährige", "der 29-jährigen
Wienerin", "a 40-month, $2.3 billion loan", "a 10-minute phone call", "hundertmal", "a
hundred times over", "elf Löwen", "Zwei-Klassen-Medizin"), ordinals and ranks ("in den
ersten drei Monaten", "Platz drei", "Rang 15", "the second-warmest", "for the eighth year in
a row", "fifth straight win", "sit 14th"), durations, ages, years, a season ("2025/26"),
dates in datelines and in the text. Negatives as such copy has them - 43 of them carrying
figures, labelled.

242 rows (122 German, 120 English), 100 negatives (50 German, 50 English), 142 check-worthy
rows of which 12 carry no figure (8 German, 4 English), 298 expected quantities (86 counts,
66 percentages - 62 in %, 3 in percentage points, 1 in basis points -, 45 amounts of money -
22 EUR, 17 USD, 3 GBP, 2 CHF, 1 AUD -, 39 durations - 12 in years, 10 in months, 6 in days,
6 in weeks, 3 in minutes, 1 in hours, 1 in seconds -, 19 ordinals, 19 dates, 19 years, 5
fractions; 48 of them in 43 negatives, as the seventeenth batch labels a figure in a
negative), 39 checked speakers (24 German, 15 English). Sentences sharing a run of eight or
more words with any file under tests/ (checked by a script that printed only this batch's
sentences, case and punctuation normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, creed, feeling, hope or piece of rhetoric is a negative with speaker
  None, also with a named speaker and an office (seventh, eighteenth, ninety-eighth,
  hundred-nineteenth, hundred-twenty-fourth, hundred-thirty-first, hundred-thirty-eighth,
  hundred-forty-sixth); a quoted or reported statement of fact, figure, step or position is
  check-worthy with its speaker. The pairs from one speaker: Hollaus's four billion euros
  ("Hollaus sagte, ..." -> "Hollaus") beside her „Saison, um die uns ganz Europa beneidet“
  and „Champions League, ... auf Platz eins“; Kallenbach's 11 percent ("BGA-Präsident
  Rüdiger Kallenbach sagte, ..." -> "Rüdiger Kallenbach") and his 1.5% ("Kallenbach said the
  association now expected ..." -> "Kallenbach") beside his „hundertmal“ and "a hundred
  times"; Voight's $340 billion beside "a hundred times over"; Oberhuber's 2,100 strikers
  beside her „hundert Tage“; Lassahn's dividend beside „Nummer eins“ and her ten billion
  euros of 2027; Marchbank's 3.2% beside "a reality check"; Kielmann's throughput beside her
  label and her hope; Zbinden's 41'000 homes beside his creed; Dutronc's ticket price beside
  the Mona Lisa's hall; Brandes's 5.4 million tonnes beside „Tempo 130 rettet Leben“;
  Gstöttner's survey beside „Zwei-Klassen-Medizin“ and his „einen Monat“; Engelhardt's six
  weeks beside „elf Löwen“ and his 35 points; Kollmann's 0.3 percentage points beside his
  „auf einem guten Weg“; Harms's 23 months beside „Jedes einzelne dieser 612 Windräder“;
  Tillery's 14-point deficit beside his "110 percent"; Saltvik's four players and six to
  eight weeks beside "90 minutes" and "one player"; Whiteley's 2,000 schools beside "a
  10-minute phone call"; Ferraro's revenue beside "the next hundred years" and her belief.
- New: a prediction or target framed as the speaker's conviction, certainty, belief or gut
  feeling is a negative also with a figure, the figure labelled - «Wir holen am 14. Juni
  über 60 Prozent, davon bin ich überzeugt», „Ich bin fest davon überzeugt, dass wir 2027
  die Marke von zehn Milliarden Euro Umsatz knacken“, „Ich glaube, dass uns 35 Punkte zum
  Klassenerhalt reichen werden“, ""I am convinced we will be back to growth of 3% by the
  summer,"", ""I'm confident we will hit 1.1 million new homes, ..."", "Hutchins said he was
  "100% sure" ...", ""My gut tells me we'll see 7,000 before Christmas,"", ""I wouldn't be
  surprised to see $5,000 by the summer,"" and "Ferraro said she believed AI agents would do
  ... within five years." - it states the speaker's confidence, not a forecast a reader
  could hold a body to, as hopes with a figure (hundred-twenty-fourth, hundred-forty-sixth)
  and executives' confidence (hundred-thirty-eighth). Its look-alikes stay check-worthy: a
  forecast, guidance, estimate or target stated as an expectation of an institution or as an
  act (seventh, hundred-nineteenth, hundred-thirty-eighth: Corrigan "expected";
  hundred-forty-sixth): the SRG poll beside Aebischer's 60 percent, Velmora's outlook
  "stellt ... in Aussicht" beside Lassahn's ten billion, the table beside Engelhardt's 35
  points, "Fernleigh said it expected like-for-like sales to rise by between 2% and 3% ..."
  -> "Fernleigh" beside Aldridge's 3%, the government's figures of 938,000 homes beside the
  Treasurer's 1.1 million, "Halvern Capital last month raised its year-end target for the
  S&P 500 to 7,000 from 6,600." beside Rudd's gut, the International Cocoa Organization's
  surplus beside the trader's $5,000, the poll beside Hutchins's certainty, and Kallenbach's
  "now expected exports to shrink by 1.5%" beside the forecasts without a figure.
- Hopes and expectations (hundred-twenty-fourth, hundred-forty-sixth): hopes are negatives
  with their figures labelled ("Die Hoteliervereinigung hofft für Ostern auf ein
  Buchungsplus von bis zu fünf Prozent.", "Messedirektorin Astrid Weinhold hofft, den
  Besucherrekord von 2024 zu übertreffen.", "Kielmann hofft, ... bis 2030 ... zehn Millionen
  TEU ...", "Die Kasse hofft, die durchschnittliche Wartezeit ... auf unter 20 Tage zu
  drücken.", "Small island states hope ... $1 trillion a year ...", "Officials in Nairobi
  hope ... below 10% within two years.", "Retailers are pinning their hopes on a late Easter
  ...", "Chocolate makers hope ..."); the look-alike stated as an expectation with a figure
  is check-worthy ("Das Wirtschaftsforschungsinstitut Wifo rechnet ... mit einem
  Nächtigungsplus von 2,1 Prozent.", "Die Veranstalter rechnen an den vier Messetagen mit
  etwa 280.000 ...", "Für Mittwoch erwartet GeoSphere Austria ... Böen von bis zu 120
  km/h.", "Das Wifo erwartet für das Gesamtjahr eine Inflationsrate von 2,5 Prozent.", "Der
  Verband rechnet für das Gesamtjahr mit einem Rückgang der Exporte um 1,5 Prozent."), as
  are a stated investment, a commitment and a pledge ("Die Hafenbehörde HPA investiert ...
  410 Millionen Euro ...", "Kenya has committed to cutting its budget deficit to 3.8% ...",
  "Donor governments pledged last year to provide at least $280 billion a year ...";
  hundred-thirty-first: pledges with a checkable content) and a government's target ("The
  government has set a target of cutting persistent absence to 12% by 2028.";
  hundred-thirty-eighth: targets in a piece are claims). Forecasts, fears and doubts without
  a figure are negatives (thirty-eighth, forty-seventh, hundred-twenty-fourth): "Ökonomen
  erwarten, dass sich der Außenhandel im Frühjahr nur zögerlich erholt.", "Fachleute gehen
  davon aus, ...", "Economists said the data raised the risk that the economy would contract
  in the first quarter." (ordinal 1 labelled), "Political analysts expect the race to remain
  a toss-up ...", "Parents' groups fear ...", "Anwohnerinitiativen fürchten ...".
- Rhetoric with figures (seventeenth: a figure in a negative is labelled;
  hundred-thirty-first: rhetorical figures; hundred-fortieth: „schon tausendmal gehört“
  count 1000). Idioms and hyperbole: „Wir haben es hundertmal gesagt: Zölle kennen am Ende
  nur Verlierer“ and ""We have said it a hundred times: in a tariff war there are only
  losers,"" count 100 - the repetition frames a creed, not a position, unlike the
  hundred-fortieth's „Wir haben hundert Mal gesagt: Ein Treffen ... erst, wenn ...“, a
  condition stated as a position and check-worthy -, ""I would vote for this bill a hundred
  times over,"" 100, „... hundert Tage vor den Depots“ 100 days (a threat of resolve,
  hundred-thirty-first), ""He plays like he's got three lungs,"" 3, ""I gave 110 percent
  tonight, ..."" 110%, „elf Löwen“ 11, ""... for 90 minutes, like it is a cup final,"" 90
  minutes, ""... I would not swap one player,"" 1 ("one" before a noun,
  hundred-twenty-first), ""... the next hundred years of work,"" 100 years, „Wer jetzt auf
  die Bremse tritt, wirft uns ... um zehn Jahre zurück“ 10 years, „auf Platz eins“ ordinal
  1, ""... a 10-minute phone call home,"" 10 minutes. New: „Wir sind die Nummer eins im
  Herzen unserer Kunden“ carries ordinal 1 - "die Nummer eins" ranks as "Platz eins" and
  "world No. 1" do (thirty-fifth, hundred-forty-seventh). New: rhetoric that restates a
  figure already reported adds no checkable claim and is a negative with the figure labelled
  - ""Families will feel every one of those 108 pounds,"" 108 GBP, ""Behind every one of
  those 7 million is a person in pain,"" 7,000,000, „Jedes einzelne dieser 612 Windräder ist
  ein Stück Unabhängigkeit“ 612 -; so is a figure disputed without a counter-figure („Jeder
  Pensionist an der Supermarktkassa weiß, dass das niemals nur 2,9 Prozent sind“ 2.9%;
  hundred-thirty-first: blame without a checkable claim). Slogans and banners are negatives
  with their figures labelled (fifty-seventh, seventy-fourth, hundred-forty-sixth: "Care,
  not cannons."): „Tempo 130 rettet Leben, jeden einzelnen Tag“ count 130 ("rief ... ins
  Plenum" no verb of saying, hundred-thirty-eighth), "One banner read: "We feed 68 million
  people - who feeds us?"" 68,000,000. New: a label built on a hyphenated number compound
  carries its count - "sprach von einer „Zwei-Klassen-Medizin mit Ansage“" count 2, read as
  the issue reads "28-Punkte-Entwurf"; "Die Union sprach von „Bevormundung auf vier
  Rädern“." count 4.
- Quoted verdicts (ninety-eighth, hundred-sixteenth, hundred-thirty-eighth,
  hundred-forty-sixth): labels with "sprach von", "nannte", "called", "hailed ... as",
  "praised", "describe ... as" are negatives (Hollaus, BGA, the employers' association,
  Börsenverein, Kielmann, the Mieterverband, SVP, Dutronc, Union, VDA, Gstöttner, FPÖ,
  Bundesverband Windenergie; Marchbank, Democrats, the WMO chief, the housing spokesman, the
  Energy Secretary, the charity, the Education Secretary, the Health Secretary, the Royal
  College of Nursing, the IMF deputy managing director, "Some investors privately describe
  ..."); so are a jury's praise ("Die Jury nannte das Buch „ein schwebendes, zärtliches und
  zugleich gnadenloses Debüt“."), verdicts with "hält ... für" ("Die Analysten von Berenberg
  halten die Aktie ... für ausgereizt.", "Der ADAC hält ein Tempolimit für
  „verkehrspolitisch unnötig“.", "Kritiker halten die Summe für deutlich zu niedrig
  angesetzt."), a coach's verdict ("... his team had looked "tired and a step slow all
  night.""), traders' and analysts' moods ("Traders said the market had "finally come back
  down to earth."", "Traders said sentiment remained fragile ...", "Analysts said consumers
  remained nervous ...", "Trucking industry lobbyists said they were "cautiously
  optimistic.""), an accusation without a checkable claim ("Protesters in Nairobi have
  accused the government of bowing to foreign lenders."; eighty-fourth) and a demand that
  names no measure ("Supporters' groups have demanded "a clear plan" from the board.";
  hundred-thirty-eighth). New: an analyst's change of a price target or an index target is
  an act of record and check-worthy - "Die Analysten der Commerzbank hoben ihr Kursziel für
  Velmora von 58 auf 70 Euro an." and "Halvern Capital last month raised its year-end target
  ..." - the change happened and can be checked, while the same analysts' reading of the
  share ("halten ... für ausgereizt") stays a verdict. A label paired with a stated step is
  check-worthy (hundred-sixteenth, hundred-forty-first, hundred-forty-sixth: "Die AfD sprach
  von einer „Enteignung mit Ansage“ und kündigte an, ... zu stimmen."): "Die Grünen im
  Europaparlament sprachen von einem „Kniefall vor der Autolobby“ und kündigten an, gegen
  den Entwurf zu stimmen.", "A Hutchins spokesman called the haul "..." and said the
  campaign would file a complaint with the Citizens Clean Elections Commission.", "The
  union's president called the deal "..." and said farmers would block the main roads around
  Paris until Friday." ("until Friday" none).
- Records and superlatives (twenty-ninth, hundred-twenty-fourth, hundred-thirty-eighth): a
  superlative with a point of reference is check-worthy ("die stärkste in Tirol seit 2008",
  "so viele Windräder an Land ... wie nie zuvor in einem Monat", "so wenige wie seit 2013
  nicht mehr", "a record A$862,000" - "a record" no hedge, twenty-third -, "its longest
  streak since 2022", "the weakest growth in five months", "its lowest in almost three
  years", "their lowest in 14 months", "more than any candidate for governor in state
  history at this stage"); one without a measure or reference is a negative („So einen Sturm
  hat es hier seit Menschengedenken nicht gegeben“ - "seit Menschengedenken" names no time a
  reader could check, as "Our balance sheet has never been stronger", hundred-thirty-eighth
  -, ""I have the best squad in this league ...""). A quoted fact with a feeling appended is
  check-worthy with its speaker (hundred-nineteenth, hundred-thirty-first): ""We were down
  14 in the third quarter and we never stopped believing," Tillery said." -> "Tillery".
- Other negatives (ninety-eighth to hundred-forty-sixth): open questions, one with its
  figure labelled ("Whether the bill can win the 60 votes needed to overcome a filibuster is
  far from clear." count 60; hundred-forty-sixth: "the coalition's two partners"; "Ob der
  Vorsprung bis zum Abstimmungssonntag hält, ist offen.", "Ob das Thema ... gilt als
  fraglich.", "Ob das Parlament den Plänen zustimmt, ist ungewiss.", "It is unclear whether
  France can muster ..."), advice with its figure labelled ("Die Behörden rieten, Wälder in
  den kommenden zwei Tagen zu meiden." 2 days; hundred-thirty-eighth, hundred-fifty-second),
  a pollster's creed with a date («Umfragen sind Momentaufnahmen, abgerechnet wird am 14.
  Juni» --06-14) and its English twin without one (""The only poll that counts is the one in
  November,""), officials' and executives' rhetoric („Wir haben unglaubliches Glück gehabt“,
  „Hamburg ist und bleibt das Tor zur Welt“, „Die Mona Lisa verdient einen Saal, ...“, ""We
  are running out of road, ..."", ""This is the beginning of a new chapter ..."", ""We will
  not sacrifice our farmers ..."", ""The market was looking for an excuse ...""), a generic
  appeal („Kein Mensch sollte einen Monat auf eine Diagnose warten müssen“ - "einen Monat"
  an article, none), scene colour ("Die Fans quittierten die Niederlage am Samstag mit einem
  gellenden Pfeifkonzert."; hundred-fifty-second), and vox pops with their figures labelled
  („Ich bin heute 40 Minuten zu Fuß ins Büro gelaufen, ...“ 40 minutes; "... saving for
  eight years ...," said Chloe Marsh, 31, ..." 8 and 31 years; hundred-twenty-fourth,
  hundred-forty-sixth).
- Check-worthy without a figure (seventy-first, hundred-fourteenth to
  hundred-forty-seventh): results and events stated in a lead ("Die deutschen Exporte sind
  im Januar überraschend deutlich gesunken.", "Ein Warnstreik ... hat am Montag ...
  weitgehend lahmgelegt.", "Velmora hat ... mehr verdient als von Analysten erwartet.", "Die
  Angebotsmieten in der Schweiz sind im Februar erneut gestiegen."), a record lead (the wind
  permits), a plan ("Die EU-Kommission will den Autoherstellern beim Klimaschutz mehr Zeit
  geben."; hundred-forty-seventh: a chamber's stated aim), an injury ("Der VfB Stuttgart
  muss ... mehrere Wochen auf Kapitän Leon Maurer verzichten." - "mehrere Wochen" none), a
  poll lead ("Republican Dale Hutchins leads Democrat Maria Escalante ..."), a stated
  position ("The agriculture minister told lawmakers that France would vote against the deal
  in its current form."; ninety-eighth) and the two labels with a stated step above.
- Counts (every batch): definite groups and tallies ("nur 4 von 104 U-Bahn-Zügen", "168
  Abgeordnete, 412 ..., 9 enthielten sich", "by 221 votes to 209", "two of their last nine
  Premier League games", "five of his 16 games"; forty-first, sixty-fifth), "unter 96
  Instituten" 96 with no hedge (the survey's base, hundred-forty-sixth), "an den vier
  Messetagen" 4 (hundred-fifty-second: "14 Verhandlungstage" 14), "in drei Kategorien" 3,
  "fünf Titel", "four first-team players", "mindestens fünf Ligaspiele" "at_least", "nach 25
  Spieltagen mit 24 Punkten ..., zwei Zähler" 25, 24 and 2, "14 zusätzliche MRT-Geräte",
  "2.1 million extra appointments" ("extra" no hedge), "an extra 85,000 tonnes"
  (hundred-thirty-eighth: "an extra" no hedge), "more than three times what it was worth a
  year ago" 3 "over" (hundred-forty-seventh: "more than three times as many"), populations
  with their hedges ("rund 9.500", "rund 3.800", "mehr als 2.100", "mehr als 340", "Rund
  12.000", "rund 2.100 Ausstellern aus 40 Ländern", "etwa 280.000", "insgesamt 12.406" -
  "insgesamt" no hedge -, "rund 41'000" - the Swiss apostrophe, tenth; "nur" no hedge -,
  "rund 450.000 weniger als 2024" - "weniger als" after the figure compares, hundred-first
  -, "41,3 Millionen Nächtigungen", "8,2 Millionen Standardcontainer", "about 1,100", "more
  than 2,000", "443,000", "1,012 likely voters", "6.1 million households", "7.19 million",
  "Some 172,400" "about" - hundred-fifty-second: "some" -, "198,100", "41,000", "938,000
  ..., about 162,000", "412 tractors ...; ... more than 1,000" the hedge on the second
  only), points and rebounds ("38 points", "27 points and 12 rebounds", "down 14";
  hundred-forty-seventh), index points ("6,587.31 points" and the targets 7,000 and 6,600).
  Physical measures are counts (fourth, hundred-forty-seventh): speeds ("bis zu 178 km/h",
  "bis zu 120 km/h" "up_to", "130 km/h"), "1.48 degrees Celsius" (hundred-forty-seventh:
  "1.54C"), "an average of 1.3 metres" ("an average of" no hedge), tonnes ("rund 5,4
  Millionen Tonnen Kohlendioxid" - written out, no glued "CO2" -, "1.38 million tonnes",
  "142,000 tonnes", "85,000 tonnes"), "zehn Millionen TEU" 10,000,000 ("TEU" none), "3,4
  Gigawatt" ("zusammen" no hedge, hundred-second) and "rund 66 Gigawatt". None: "Dutzende
  Bäume", "Hundreds of farmers", "double digits", "to double its headcount" (a verb,
  hundred-forty-eighth), "mehrere Wochen", scores ("beim 1:2", "118-116";
  hundred-forty-seventh), "S&P 500", "U-Bahn", "Ebitda", "MRT".
- Ordinals and fractions (the issue; hundred-twentieth, hundred-thirty-first): "in den
  ersten drei Monaten der Wintersaison" ordinal 1 with 3 months and "in the year's first two
  months" ordinal 1 with 2 months (hundred-fifty-second: "in den ersten zehn Monaten"), "in
  der zweiten Verhandlungsrunde" 2, "Die dritte Verhandlungsrunde" 3, "In der ersten
  SRG-Trendumfrage" 1, "zwischen der ersten Umfrage und dem Urnengang" 1, "auf Platz drei" 3
  and "auf Rang 15" 15 (ranks, thirty-fifth), "the second-warmest on record" 2 (the issue's
  "die drittgrößte Stadt"), "for the eighth year in a row" 8 (hundred-thirty-eighth: "for
  the sixth month in a row"), "a third straight annual decline" 3, "fifth straight win" 5,
  "in the third quarter" 3, "playing for the first time in three weeks" 1 with 3 weeks,
  "second-quarter" 2, "are 14th in the table" 14, and in negatives "Platz eins", "Nummer
  eins" and "the first quarter" 1. Fractions: "gut die Hälfte der Belegschaft" 0.5 "over"
  (hundred-thirty-eighth: "gut die Hälfte der Kosten"), "Fast drei Viertel der Gäste" 0.75
  "nearly", "Nearly one in five pupils" 0.2 "nearly" (hundred-fifty-second: "Almost one in
  four"), "by about a fifth" 0.2 "about", "roughly a third of them" 0.3333 "about".
- Percentages: as written with their hedges ("ein Plus von 2,8 Prozent", "bis zu fünf
  Prozent" "up_to", "um 11 Prozent", "8 Prozent mehr Geld" - "mehr" after the figure
  compares -, "5,5 Prozent mehr Geld", "um 9 Prozent", "um 4,2 Prozent", "1,1 Prozent mehr
  als im Vormonat und 5,3 Prozent mehr als ein Jahr zuvor" ("im Schnitt" no hedge), "54
  Prozent ..., 43 Prozent", "über 60 Prozent" "over" in the negative (the issue's "über
  3.000 Soldaten"), "rund 28 Prozent" "about", "auf 2,9 Prozent ..., nach 3,3 Prozent", "um
  4,6 Prozent", "2,5 Prozent", "at least 15% of that" "at_least", "at least 10% of sessions"
  "at_least", "about 68%" "about", "below 10%" "under" (fourteenth: "below 10.5%"), "between
  2% and 3%" both with no hedge (forty-first), "an average of 12%" with no hedge
  (hundred-forty-seventh), "Only 59.8%" ("Only" no hedge), "100% sure" and "110 percent" in
  negatives). Percentage points in pp ("um sieben Prozentpunkte", "um rund 0,3
  Prozentpunkte" "about", "a sampling error of 3.1 percentage points";
  hundred-thirty-fourth: "a margin of error"), basis points in bp ("4 basis points").
- Durations and ages (the issue: "fünfstündigen"; every batch): "nach sechsstündigen
  Gesprächen" 6 hours, "über eine Laufzeit von 27 Monaten" 27 months ("über" before a span
  no hedge, hundred-sixteenth), "Gut drei Monate vor der Abstimmung" 3 months "over", "over
  the five years ending mid-2029" 5 years ("over" before a span no hedge), "for five years"
  5 years, "a 40-month, $2.3 billion loan program" 40 months (the issue's "a two-week
  visit"), "im Schnitt 34 Tage" 34 days, "bis zu 61 Tage" "up_to", "rund drei Wochen"
  "about", "binnen vier Tagen" 4 days, "sechs Wochen", "six to eight weeks" both (the unit
  written once; "to" no hedge), "the 18-week target" 18 weeks, "after 18 months in the
  role", "in five months", "over the three months to February", "their lowest in 14 months",
  "its lowest in almost three years" 3 years "nearly", "in the year's first two months" 2
  months, "23 Monate", "with 4.2 seconds left" 4.2 seconds (hundred-forty-seventh: race
  seconds), "the benchmark 10-year Treasury yield" 10 years (hundred-forty-sixth: "10-year
  Bunds"), and in negatives "hundert Tage", "40 Minuten", "in den kommenden zwei Tagen", "um
  zehn Jahre", "auf unter 20 Tage" "under", "within two years", "within five years", "the
  next hundred years", "90 minutes", "a 10-minute phone call", "for eight years". Ages are
  durations in years ("Der 27-Jährige", "der 29-jährigen Wienerin", and "Chloe Marsh, 31,"
  in a negative). None: "im vergangenen Jahr", "im Jahr zuvor", "ein Jahr zuvor", "im
  Vorjahreszeitraum", "binnen Jahresfrist", "im Gesamtjahr", "heuer", "jährlich",
  "monatlich", "bis Jahresende", "in diesem Jahr", "in dieser Wahlperiode", "auf absehbare
  Zeit", "in einem Monat" and "einen Monat" (articles), "im Frühjahr", "seit dem Morgen",
  "bis zum Mittag", "in der Nacht auf Dienstag", "last year", "this year", "next year", "a
  year ago", "a year earlier", "a month earlier", "a year", "longer than a year" (an
  article), "year on year", "over a decade", "during the year", "the last academic year",
  "the autumn term", "by the summer", "before Christmas", "by Christmas", "in the fall",
  "well into the fall", "by midday", "until Friday", "Monday night", weekdays and months.
- Money in the currency written (every batch): EUR ("die Marke von vier Milliarden Euro
  überschritten" with no hedge - a mark passed by a verb, as a cap set by a verb,
  hundred-forty-sixth -, "auf 124,6 Milliarden Euro" and "124.6 billion euros", "monatlich
  mindestens 350 Euro" "at_least" ("monatlich" none), "auf 1,42 Milliarden Euro", "mit 8,9
  Milliarden Euro", "von 1,85 Euro auf 2,10 Euro je Aktie" - "je Aktie" none -, "zwischen
  1,45 und 1,55 Milliarden Euro" both with no hedge (the currency written once serves the
  earlier figure, hundred-twenty-fourth), "auf 61,80 Euro", "von 58 auf 70 Euro" both EUR,
  "insgesamt 45.000 Euro" ("insgesamt" no hedge), "auf 9,6 Milliarden Euro", "410 Millionen
  Euro", "ab 1. Juni auf 29 Euro", "rund 650 Millionen Euro" "about", "bis zu 15 Milliarden
  Euro" "up_to", "14.9 billion euros from 20.3 billion euros", and in a negative "zehn
  Milliarden Euro Umsatz"), USD ("($135.2 billion)" in brackets with no hedge - eightieth -,
  "a $1.2 trillion highway and bridge bill", "$340 billion", "about $410 billion", "$1
  trillion a year" in a hope ("a year" none), "at least $280 billion a year" "at_least",
  "$2.1 billion", "$6.8 million", "$4.1 million", "$6,240 a tonne" ("a tonne" none,
  hundred-forty-seventh: "$71.40 a barrel"), "$5,000" in a negative, "$2.3 billion ... about
  $410 million", "$1.5 billion", "an $18 billion valuation", "$400 million, up from $90
  million"), AUD ("a record A$862,000"), GBP ("about 108 pounds" "about", "£1,641 a year",
  "those 108 pounds" in a negative), CHF ("rund 10 Milliarden Franken" ("Jahr für Jahr"
  none) and "jährlich rund 1,9 Milliarden Franken" "about"; "jährlich" none).
- Years and dates: "2027" and "2030" in negatives, "von 2024" in a hope, "2025 ... seit
  2013", "seit 2008", "rund 450.000 weniger als 2024" the year (the comparison before the
  year, hundred-thirty-eighth: "mehr als 2024"), "bis 2032", "Die für 2030 geplanten
  Flottengrenzwerte ... im Schnitt der Jahre 2030 bis 2032" all three (a year named twice is
  counted twice), "since 2022", "since its launch in 2024", "mid-2029", "by 2028", "by
  2034", "by June 2027" its year (hundred-forty-sixth: "bis Juni 2027"), "the 2025/26
  season" both years (hundred-thirty-third: "the 2025/26 season"); "vom 14. Juni" --06-14
  (also twice in negatives), "zwischen dem 25. Februar und dem 4. März" --02-25 and --03-04,
  "für den 19. März" --03-19, "ab 1. Juni" --06-01 ("ab" no hedge, ninety-eighth), "from
  April 1" --04-01, "on Oct. 1" --10-01 dates without a year; Reuters and AFP English
  datelines with a day ("BERLIN, March 9 (Reuters)", "GENEVA, March 9 (AFP)", "LONDON, March
  10 (Reuters)", "SYDNEY, March 10 (Reuters)", "NEW YORK, March 10 (Reuters)", "LONDON,
  March 11 (Reuters)", "WASHINGTON, March 11 (Reuters)", "PARIS, March 11 (AFP)", "SAN
  FRANCISCO, March 11 (Reuters)") dates without a year (hundred-thirty-eighth,
  hundred-fifty-second); APA, dpa with its slugs ("dpa/lby", "dpa/lno", "dpa/lsw"),
  Keystone-SDA, Reuters German ("Frankfurt (Reuters) -", "Brüssel (Reuters) -"), AFP German
  ("Paris (AFP) -"), AP ("WASHINGTON (AP) —", "CHICAGO (AP) —", "PHOENIX (AP) —") and PA
  ("LONDON (PA) -") datelines none (seventy-ninth).
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "roughly", "Some" "about";
  "Fast", "Nearly", "almost" "nearly"; "mehr als", "gut", "Gut", "über", "more than" "over";
  "unter", "below" "under"; "bis zu", "up to" "up_to"; "mindestens", "at least" "at_least".
  No hedge: "nur", "Only", "only", "insgesamt", "Insgesamt", "zusammen", "im Schnitt", "an
  average of", "a record", "an extra", "extra", "ab", "zwischen", "between", "to" in a
  range, "über" and "over" before a span, "unter" before a survey's base, "mehr", "mehr als"
  and "weniger als" after a figure, "voraussichtlich", "erstmals", "überschritten",
  "reached", "lediglich" (hundred-forty-sixth).
- Speakers, checked only in forms the earlier batches settled: "wie die Statistik Austria am
  Montag mitteilte" -> "die Statistik Austria" (ninety-ninth: "wie die Stadt mitteilte"; the
  weekday dropped) and "nach Angaben der Statistik Austria" -> "die Statistik Austria" (New:
  the body with the article the sentence gives it, in the nominative, as "teilte die
  Landeswahlbehörde mit" in the first batch - after "laut" without an article the name stays
  as written, hundred-thirty-eighth: "laut Statistik Austria"), "Laut Wirtschaftskammer",
  "laut GeoSphere Austria" and "Laut GFS Bern" as written (hundred-twentieth,
  hundred-thirty-eighth: "Laut AMS"), "teilte das Statistische Bundesamt am Montag mit" ->
  "das Statistische Bundesamt", "teilte der Konzern am Montag mit" -> "der Konzern", "teilte
  der Netzbetreiber mit" -> "der Netzbetreiber", "teilte der Verein am Mittwoch mit" -> "der
  Verein" (hundred-fourteenth, hundred-thirty-eighth), "teilte Hafen Hamburg Marketing am
  Dienstag mit" -> "Hafen Hamburg Marketing" (a name without an article as written), "Nach
  Angaben der MVG" -> "die MVG", "nach Angaben des Börsenvereins" -> "der Börsenverein",
  "nach Angaben des Verbands" -> "der Verband" (twice), "nach Angaben des Museums" -> "das
  Museum", "nach Angaben der Fachagentur Wind und Solar" -> "die Fachagentur Wind und Solar"
  (hundred-fifteenth, hundred-forty-sixth, hundred-fifty-second), "BGA-Präsident Rüdiger
  Kallenbach sagte, ..." the name with the title dropped (hundred-forty-sixth: "DIW-Ökonom
  Konstantin Wehrhahn sagte"), "Hollaus sagte, ...", "Oberhuber sagte, ...", "Dutronc sagte,
  ...", "Brandes sagte, ...", "Engelhardt sagte, ...", "Kollmann sagte, ..." and "Harms
  sagte, ..." opening the row (forty-second, hundred-thirty-first). English: "the Federal
  Statistical Office said", "the British Retail Consortium said on Tuesday" and "the World
  Meteorological Organization said Monday" with the weekday dropped (fortieth), "according
  to Ofgem" as written (ninety-eighth), "Kallenbach said", "Voight said", "Marchbank said",
  "Fernleigh said", "Ferraro said" as written, "Tillery said" after a quote, "manager Henrik
  Saltvik said" and "NAHT general secretary Paul Whiteley said" the name with the role
  dropped (hundred-thirty-eighth: "RCN general secretary Bethany Greer said";
  hundred-fifty-second: "Detective Inspector Lauren Fitzsimmons said"), "Saltvik said",
  "Escalante's campaign said" (hundred-thirty-eighth: "Castellanos's office said"), "A
  Department of Health spokesperson said" -> "a Department of Health spokesperson"
  (hundred-thirty-eighth: "A government spokesperson said"). Left unchecked (None): rows
  without attribution and all negatives, also those with a named speaker; "regulator Ofgem
  said", "property data firm CoreLogic said", "Fuel poverty charity National Energy Action
  said", "Swiss chocolate maker Brunnwald said", "Ivory Coast's cocoa regulator said" (a
  description before the name, fortieth), "Corvane, an artificial intelligence startup,
  said" (a description after the name, hundred-twenty-fourth), "The Treasurer said" and "The
  agriculture minister told lawmakers" (a role without a name, hundred-fifteenth), "Police
  counted ...; the FNSEA farmers' union said ..." (two sources, hundred-twenty-fourth),
  "Economists polled by Reuters" and "Von dpa-AFX befragte Fachleute" (hundred-forty-first),
  "The Congressional Budget Office estimated" (an estimating verb, hundred-tenth),
  "forecasts", "rechnet", "erwartet", "stellt ... in Aussicht" (hundred-twenty-seventh),
  "kündigte an" and "kündigten an", "verwies darauf", "will ... durchsetzen", "Nach
  Berechnungen des Bundesrats" (hundred-twentieth), "Nach ADAC-Angaben" and "Nach
  VDA-Angaben" (hundred-forty-sixth: "Nach DIHK-Angaben"), "nach eigenen Angaben", "laut
  Erhebung", "laut Schnellschätzung der Statistik Austria" (a release, a document), "wie aus
  dem Mietindex des Portals Homegate hervorgeht" and "Das geht aus einer Erhebung ...
  hervor", "data showed", "Separate data from Barclays showed", "Department for Education
  figures show", "NHS England figures show", "Government figures show", "Campaign finance
  filings show", "according to IMF data", "according to the agency's annual ... report",
  "the report said" (documents, hundred-second, hundred-twentieth, hundred-thirty-eighth).
  New, left unchecked until settled: "The club confirmed on Wednesday that ..." ("confirmed"
  not yet settled as a verb of saying for a club). New: "Brandes sagte, ein Tempolimit würde
  nach Berechnungen des Umweltbundesamts ..." is checked as "Brandes" - her own "sagte"
  carries the row, and the calculation she cites is her source, not the row's speaker
  (hundred-forty-sixth: Saalfeld's Ifo study named no speaker of its own).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_158 = [
    # --- Winterbilanz des Tourismus (APA) ---
    (
        "de",
        "Wien (APA) - Österreichs Beherbergungsbetriebe haben in den ersten drei Monaten der Wintersaison 41,3 Millionen Nächtigungen verbucht, ein Plus von 2,8 Prozent gegenüber dem Vorjahreszeitraum, wie die Statistik Austria am Montag mitteilte.",
        True,
        [
            ("ordinal", 1, None, None),
            ("duration", 3, "month", None),
            ("count", 41300000, None, None),
            ("percent", 2.8, "%", None),
        ],
        "die Statistik Austria",
    ),
    (
        "de",
        "Tourismusstaatssekretärin Verena Hollaus sprach von einer „Saison, um die uns ganz Europa beneidet“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Hollaus sagte, die Einnahmen der Branche hätten im Jänner erstmals die Marke von vier Milliarden Euro überschritten.",
        True,
        [("money", 4000000000, "EUR", None)],
        "Hollaus",
    ),
    (
        "de",
        "„Wir spielen in der Champions League, und zwar auf Platz eins“, sagte Hollaus.",
        False,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Die Hoteliervereinigung hofft für Ostern auf ein Buchungsplus von bis zu fünf Prozent.",
        False,
        [("percent", 5, "%", "up_to")],
        None,
    ),
    (
        "de",
        "Das Wirtschaftsforschungsinstitut Wifo rechnet für die gesamte Wintersaison mit einem Nächtigungsplus von 2,1 Prozent.",
        True,
        [("percent", 2.1, "%", None)],
        None,
    ),
    (
        "de",
        "Laut Wirtschaftskammer sind in Hotellerie und Gastronomie derzeit rund 9.500 Stellen unbesetzt.",
        True,
        [("count", 9500, None, "about")],
        "Wirtschaftskammer",
    ),
    # --- German exports (Reuters) ---
    (
        "en",
        "BERLIN, March 9 (Reuters) - German exports fell far more than expected in January, dragged down by a slump in shipments to the United States, data showed on Monday.",
        True,
        [("date", "--03-09", None, None)],
        None,
    ),
    (
        "en",
        "Exports dropped 3.4% on the month to 124.6 billion euros ($135.2 billion), the Federal Statistical Office said.",
        True,
        [("percent", 3.4, "%", None), ("money", 124600000000, "EUR", None), ("money", 135200000000, "USD", None)],
        "the Federal Statistical Office",
    ),
    ("en", "Economists polled by Reuters had forecast a decline of 0.8%.", True, [("percent", 0.8, "%", None)], None),
    (
        "en",
        "Exports to the United States slumped 11% year on year, while those to China slipped 2.7%.",
        True,
        [("percent", 11, "%", None), ("percent", 2.7, "%", None)],
        None,
    ),
    (
        "en",
        '"We have said it a hundred times: in a tariff war there are only losers," BGA President Ruediger Kallenbach said.',
        False,
        [("count", 100, None, None)],
        None,
    ),
    (
        "en",
        "Kallenbach said the association now expected exports to shrink by 1.5% this year, which would be a third straight annual decline.",
        True,
        [("percent", 1.5, "%", None), ("ordinal", 3, None, None)],
        "Kallenbach",
    ),
    (
        "en",
        "Economists said the data raised the risk that the economy would contract in the first quarter.",
        False,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Imports rose 1.1%, narrowing the trade surplus to 14.9 billion euros from 20.3 billion euros in December.",
        True,
        [("percent", 1.1, "%", None), ("money", 14900000000, "EUR", None), ("money", 20300000000, "EUR", None)],
        None,
    ),
    # --- Exporte brechen ein (dpa) ---
    ("de", "Wiesbaden (dpa) - Die deutschen Exporte sind im Januar überraschend deutlich gesunken.", True, [], None),
    (
        "de",
        "Die Ausfuhren gingen um 3,4 Prozent gegenüber dem Vormonat auf 124,6 Milliarden Euro zurück, teilte das Statistische Bundesamt am Montag mit.",
        True,
        [("percent", 3.4, "%", None), ("money", 124600000000, "EUR", None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Von dpa-AFX befragte Fachleute hatten nur ein Minus von 0,8 Prozent vorhergesagt.",
        True,
        [("percent", 0.8, "%", None)],
        None,
    ),
    ("de", "Der Außenhandelsverband BGA sprach von einem „Warnschuss, den niemand überhören darf“.", False, [], None),
    (
        "de",
        "BGA-Präsident Rüdiger Kallenbach sagte, die Ausfuhren in die USA seien binnen Jahresfrist um 11 Prozent eingebrochen.",
        True,
        [("percent", 11, "%", None)],
        "Rüdiger Kallenbach",
    ),
    (
        "de",
        "„Wir haben es hundertmal gesagt: Zölle kennen am Ende nur Verlierer“, sagte Kallenbach.",
        False,
        [("count", 100, None, None)],
        None,
    ),
    ("de", "Ökonomen erwarten, dass sich der Außenhandel im Frühjahr nur zögerlich erholt.", False, [], None),
    (
        "de",
        "Der Verband rechnet für das Gesamtjahr mit einem Rückgang der Exporte um 1,5 Prozent.",
        True,
        [("percent", 1.5, "%", None)],
        None,
    ),
    # --- Highway bill (AP) ---
    (
        "en",
        "WASHINGTON (AP) — Senate Republicans on Monday unveiled a $1.2 trillion highway and bridge bill that would run for five years, setting up a fight with Democrats over how to pay for it.",
        True,
        [("money", 1200000000000, "USD", None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        '"I would vote for this bill a hundred times over," Sen. Garrett Voight of Wyoming told reporters.',
        False,
        [("count", 100, None, None)],
        None,
    ),
    (
        "en",
        "Voight said the bill would direct $340 billion to bridge repairs, with at least 15% of that set aside for rural states.",
        True,
        [("money", 340000000000, "USD", None), ("percent", 15, "%", "at_least")],
        "Voight",
    ),
    (
        "en",
        "The Congressional Budget Office estimated in a preliminary analysis that the bill would add about $410 billion to federal deficits over a decade.",
        True,
        [("money", 410000000000, "USD", "about")],
        None,
    ),
    (
        "en",
        'Democrats called the plan "a bridge to nowhere paid for with our grandchildren\'s credit card."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The House passed its own, smaller version of the bill in January by 221 votes to 209.",
        True,
        [("count", 221, None, None), ("count", 209, None, None)],
        None,
    ),
    (
        "en",
        "Whether the bill can win the 60 votes needed to overcome a filibuster is far from clear.",
        False,
        [("count", 60, None, None)],
        None,
    ),
    ("en", 'Trucking industry lobbyists said they were "cautiously optimistic."', False, [], None),
    # --- Warnstreik in München (dpa/lby) ---
    (
        "de",
        "München (dpa/lby) - Ein Warnstreik bei der Münchner Verkehrsgesellschaft (MVG) hat am Montag U-Bahn, Tram und Busse in der Landeshauptstadt weitgehend lahmgelegt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben der MVG fuhren bis zum Mittag nur 4 von 104 U-Bahn-Zügen.",
        True,
        [("count", 4, None, None), ("count", 104, None, None)],
        "die MVG",
    ),
    (
        "de",
        "Verdi will für die rund 3.800 MVG-Beschäftigten 8 Prozent mehr Geld durchsetzen, monatlich mindestens 350 Euro.",
        True,
        [("count", 3800, None, "about"), ("percent", 8, "%", None), ("money", 350, "EUR", "at_least")],
        None,
    ),
    (
        "de",
        "„Wenn es sein muss, stehen wir auch hundert Tage vor den Depots“, sagte Verdi-Verhandlungsführerin Sandra Oberhuber.",
        False,
        [("duration", 100, "day", None)],
        None,
    ),
    (
        "de",
        "Oberhuber sagte, seit dem Morgen hätten sich mehr als 2.100 Beschäftigte an dem Ausstand beteiligt, gut die Hälfte der Belegschaft.",
        True,
        [("count", 2100, None, "over"), ("fraction", 0.5, None, "over")],
        "Oberhuber",
    ),
    (
        "de",
        "Der Kommunale Arbeitgeberverband Bayern nannte den Streik „unverhältnismäßig und rücksichtslos gegenüber den Fahrgästen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Arbeitgeber hatten in der zweiten Verhandlungsrunde nach sechsstündigen Gesprächen 5,5 Prozent mehr Geld über eine Laufzeit von 27 Monaten angeboten.",
        True,
        [
            ("ordinal", 2, None, None),
            ("duration", 6, "hour", None),
            ("percent", 5.5, "%", None),
            ("duration", 27, "month", None),
        ],
        None,
    ),
    (
        "de",
        "„Ich bin heute 40 Minuten zu Fuß ins Büro gelaufen, aber ich verstehe die Leute“, sagte eine Pendlerin am Hauptbahnhof.",
        False,
        [("duration", 40, "minute", None)],
        None,
    ),
    (
        "de",
        "Die dritte Verhandlungsrunde ist für den 19. März angesetzt.",
        True,
        [("ordinal", 3, None, None), ("date", "--03-19", None, None)],
        None,
    ),
    # --- Climate report (AFP) ---
    (
        "en",
        "GENEVA, March 9 (AFP) - Last year was the second-warmest on record, with the global mean temperature running 1.48 degrees Celsius higher than in the pre-industrial era, the World Meteorological Organization said Monday.",
        True,
        [("date", "--03-09", None, None), ("ordinal", 2, None, None), ("count", 1.48, None, None)],
        "the World Meteorological Organization",
    ),
    (
        "en",
        "Ocean heat content hit a new high for the eighth year in a row, according to the agency's annual State of the Global Climate report.",
        True,
        [("ordinal", 8, None, None)],
        None,
    ),
    (
        "en",
        'The WMO\'s secretary-general called the report "a red alert for the planet, written in numbers."',
        False,
        [],
        None,
    ),
    (
        "en",
        '"We are running out of road, and we are running out of time," she told reporters in Geneva.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Reference glaciers lost an average of 1.3 metres of ice thickness during the year, the report said.",
        True,
        [("count", 1.3, None, None)],
        None,
    ),
    (
        "en",
        "Small island states hope the next climate summit will agree to mobilise $1 trillion a year for adaptation.",
        False,
        [("money", 1000000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Donor governments pledged last year to provide at least $280 billion a year in adaptation finance by 2034.",
        True,
        [("money", 280000000000, "USD", "at_least"), ("year", 2034, None, None)],
        None,
    ),
    # --- Velmora nach Rekordjahr (Reuters) ---
    (
        "de",
        "Frankfurt (Reuters) - Der Spezialchemiekonzern Velmora hat im vergangenen Jahr dank höherer Verkaufspreise mehr verdient als von Analysten erwartet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der bereinigte Betriebsgewinn (Ebitda) stieg um 9 Prozent auf 1,42 Milliarden Euro, der Umsatz lag mit 8,9 Milliarden Euro leicht unter dem Vorjahr, teilte der Konzern am Montag mit.",
        True,
        [("percent", 9, "%", None), ("money", 1420000000, "EUR", None), ("money", 8900000000, "EUR", None)],
        "der Konzern",
    ),
    (
        "de",
        "„Wir sind die Nummer eins im Herzen unserer Kunden“, sagte Vorstandschefin Henrike Lassahn.",
        False,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Lassahn kündigte an, die Dividende von 1,85 Euro auf 2,10 Euro je Aktie anzuheben.",
        True,
        [("money", 1.85, "EUR", None), ("money", 2.1, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Ich bin fest davon überzeugt, dass wir 2027 die Marke von zehn Milliarden Euro Umsatz knacken“, sagte Lassahn.",
        False,
        [("year", 2027, None, None), ("money", 10000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Für das laufende Jahr stellt der Vorstand ein bereinigtes Ebitda zwischen 1,45 und 1,55 Milliarden Euro in Aussicht.",
        True,
        [("money", 1450000000, "EUR", None), ("money", 1550000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Aktie legte am Vormittag um 4,2 Prozent auf 61,80 Euro zu.",
        True,
        [("percent", 4.2, "%", None), ("money", 61.8, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Analysten der Commerzbank hoben ihr Kursziel für Velmora von 58 auf 70 Euro an.",
        True,
        [("money", 58, "EUR", None), ("money", 70, "EUR", None)],
        None,
    ),
    ("de", "Die Analysten von Berenberg halten die Aktie nach dem Kurssprung dagegen für ausgereizt.", False, [], None),
    # --- UK retail sales (Reuters) ---
    (
        "en",
        "LONDON, March 10 (Reuters) - British retail sales rose 1.4% in February from a year earlier, the weakest growth in five months, as shoppers cut back on clothing and furniture, the British Retail Consortium said on Tuesday.",
        True,
        [("date", "--03-10", None, None), ("percent", 1.4, "%", None), ("duration", 5, "month", None)],
        "the British Retail Consortium",
    ),
    (
        "en",
        'BRC Chief Executive Fiona Marchbank called the figures "a reality check for anyone who thought the high street was out of the woods."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Marchbank said food sales were up 3.2% over the three months to February, while non-food sales fell 0.6%.",
        True,
        [("percent", 3.2, "%", None), ("duration", 3, "month", None), ("percent", 0.6, "%", None)],
        "Marchbank",
    ),
    ("en", "Retailers are pinning their hopes on a late Easter to lift spending in April.", False, [], None),
    (
        "en",
        '"I am convinced we will be back to growth of 3% by the summer," said Tom Aldridge, chief executive of homewares chain Fernleigh.',
        False,
        [("percent", 3, "%", None)],
        None,
    ),
    (
        "en",
        "Fernleigh said it expected like-for-like sales to rise by between 2% and 3% in the year to January.",
        True,
        [("percent", 2, "%", None), ("percent", 3, "%", None)],
        "Fernleigh",
    ),
    (
        "en",
        "Separate data from Barclays showed card spending fell 0.8% year on year in February.",
        True,
        [("percent", 0.8, "%", None)],
        None,
    ),
    ("en", "Analysts said consumers remained nervous about their jobs.", False, [], None),
    # --- Föhnsturm in Tirol (APA) ---
    (
        "de",
        "Innsbruck (APA) - Ein Föhnsturm mit Spitzen von bis zu 178 km/h hat in der Nacht auf Dienstag in Tirol Dutzende Bäume entwurzelt und Dächer abgedeckt.",
        True,
        [("count", 178, None, "up_to")],
        None,
    ),
    (
        "de",
        "Die Feuerwehren rückten zu mehr als 340 Einsätzen aus, verletzt wurde nach ersten Erkenntnissen niemand.",
        True,
        [("count", 340, None, "over")],
        None,
    ),
    (
        "de",
        "Rund 12.000 Haushalte im Tiroler Unterland waren zeitweise ohne Strom, teilte der Netzbetreiber mit.",
        True,
        [("count", 12000, None, "about")],
        "der Netzbetreiber",
    ),
    (
        "de",
        "„Wir haben unglaubliches Glück gehabt“, sagte Landeshauptmann-Stellvertreter Georg Pfurtscheller.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„So einen Sturm hat es hier seit Menschengedenken nicht gegeben“, sagte ein Landwirt aus Schwaz.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die am Patscherkofel gemessene Spitzenböe war laut GeoSphere Austria die stärkste in Tirol seit 2008.",
        True,
        [("year", 2008, None, None)],
        "GeoSphere Austria",
    ),
    (
        "de",
        "Die Behörden rieten, Wälder in den kommenden zwei Tagen zu meiden.",
        False,
        [("duration", 2, "day", None)],
        None,
    ),
    (
        "de",
        "Für Mittwoch erwartet GeoSphere Austria in exponierten Lagen noch Böen von bis zu 120 km/h.",
        True,
        [("count", 120, None, "up_to")],
        None,
    ),
    # --- Australian home prices (Reuters) ---
    (
        "en",
        "SYDNEY, March 10 (Reuters) - Australian home prices rose 0.7% in February, lifting the national median to a record A$862,000, property data firm CoreLogic said on Tuesday.",
        True,
        [("date", "--03-10", None, None), ("percent", 0.7, "%", None), ("money", 862000, "AUD", None)],
        None,
    ),
    (
        "en",
        "Prices in Perth jumped 1.9% in the month, while Melbourne was flat.",
        True,
        [("percent", 1.9, "%", None)],
        None,
    ),
    (
        "en",
        'The opposition\'s housing spokesman called the figures "a monument to a decade of failure."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Treasurer said 41,000 first-home buyers had used the government's shared-equity scheme since its launch in 2024.",
        True,
        [("count", 41000, None, None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        '"I\'m confident we will hit 1.1 million new homes, no ifs, no buts," the Treasurer told Sky News.',
        False,
        [("count", 1100000, None, None)],
        None,
    ),
    (
        "en",
        "Government figures show 938,000 homes on track for completion over the five years ending mid-2029, about 162,000 short of the target.",
        True,
        [
            ("count", 938000, None, None),
            ("duration", 5, "year", None),
            ("year", 2029, None, None),
            ("count", 162000, None, "about"),
        ],
        None,
    ),
    (
        "en",
        '"We\'ve been saving for eight years and the goalposts keep moving," said Chloe Marsh, 31, a teacher in Brisbane.',
        False,
        [("duration", 8, "year", None), ("duration", 31, "year", None)],
        None,
    ),
    # --- Leipziger Buchmesse (dpa) ---
    (
        "de",
        "Leipzig (dpa) - Mit rund 2.100 Ausstellern aus 40 Ländern beginnt am Donnerstag die Leipziger Buchmesse.",
        True,
        [("count", 2100, None, "about"), ("count", 40, None, None)],
        None,
    ),
    (
        "de",
        "Die Veranstalter rechnen an den vier Messetagen mit etwa 280.000 Besucherinnen und Besuchern.",
        True,
        [("count", 4, None, None), ("count", 280000, None, "about")],
        None,
    ),
    (
        "de",
        "Messedirektorin Astrid Weinhold hofft, den Besucherrekord von 2024 zu übertreffen.",
        False,
        [("year", 2024, None, None)],
        None,
    ),
    (
        "de",
        "Der mit insgesamt 45.000 Euro dotierte Preis der Leipziger Buchmesse wird am Donnerstag in drei Kategorien vergeben.",
        True,
        [("money", 45000, "EUR", None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Börsenvereins sank der Umsatz des Buchhandels im vergangenen Jahr um 1,2 Prozent auf 9,6 Milliarden Euro.",
        True,
        [("percent", 1.2, "%", None), ("money", 9600000000, "EUR", None)],
        "der Börsenverein",
    ),
    ("de", "Der Börsenverein sprach von einem „Jahr, in dem sich die Branche tapfer behauptet hat“.", False, [], None),
    (
        "de",
        "In der Kategorie Belletristik stehen fünf Titel auf der Shortlist, darunter der Debütroman der 29-jährigen Wienerin Lea Kranewitter.",
        True,
        [("count", 5, None, None), ("duration", 29, "year", None)],
        None,
    ),
    ("de", "Die Jury nannte das Buch „ein schwebendes, zärtliches und zugleich gnadenloses Debüt“.", False, [], None),
    # --- Bulls beat Bucks (AP) ---
    (
        "en",
        "CHICAGO (AP) — Marcus Tillery scored 38 points, including the go-ahead free throws with 4.2 seconds left, and the Chicago Bulls beat the Milwaukee Bucks 118-116 on Monday night.",
        True,
        [("count", 38, None, None), ("duration", 4.2, "second", None)],
        None,
    ),
    (
        "en",
        "It was Chicago's fifth straight win, its longest streak since 2022.",
        True,
        [("ordinal", 5, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        '"He plays like he\'s got three lungs," Bulls coach Rick Santangelo said.',
        False,
        [("count", 3, None, None)],
        None,
    ),
    (
        "en",
        '"We were down 14 in the third quarter and we never stopped believing," Tillery said.',
        True,
        [("count", 14, None, None), ("ordinal", 3, None, None)],
        "Tillery",
    ),
    (
        "en",
        '"I gave 110 percent tonight, and so did every guy in this locker room," Tillery said.',
        False,
        [("percent", 110, "%", None)],
        None,
    ),
    (
        "en",
        "Milwaukee's Darius Vaughn had 27 points and 12 rebounds playing for the first time in three weeks after spraining an ankle.",
        True,
        [
            ("count", 27, None, None),
            ("count", 12, None, None),
            ("ordinal", 1, None, None),
            ("duration", 3, "week", None),
        ],
        None,
    ),
    ("en", 'Bucks coach Wendell Ames said his team had looked "tired and a step slow all night."', False, [], None),
    # --- Hamburger Hafen (dpa/lno) ---
    (
        "de",
        "Hamburg (dpa/lno) - Der Hamburger Hafen hat im vergangenen Jahr 8,2 Millionen Standardcontainer (TEU) umgeschlagen, 2,6 Prozent mehr als im Jahr zuvor.",
        True,
        [("count", 8200000, None, None), ("percent", 2.6, "%", None)],
        None,
    ),
    (
        "de",
        "Damit liegt Hamburg unter den europäischen Containerhäfen weiter auf Platz drei hinter Rotterdam und Antwerpen-Brügge, teilte Hafen Hamburg Marketing am Dienstag mit.",
        True,
        [("ordinal", 3, None, None)],
        "Hafen Hamburg Marketing",
    ),
    (
        "de",
        "Vorständin Britta Kielmann sprach von einer „Rückkehr auf den Wachstumskurs, die niemand mehr für möglich gehalten hat“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Kielmann hofft, dass der Umschlag bis 2030 wieder die Marke von zehn Millionen TEU erreicht.",
        False,
        [("year", 2030, None, None), ("count", 10000000, None, None)],
        None,
    ),
    (
        "de",
        "Die Hafenbehörde HPA investiert nach eigenen Angaben in diesem Jahr 410 Millionen Euro in Kaimauern, Brücken und Bahnanlagen.",
        True,
        [("money", 410000000, "EUR", None)],
        None,
    ),
    ("de", "„Hamburg ist und bleibt das Tor zur Welt“, sagte die Wirtschaftssenatorin.", False, [], None),
    # --- Ofgem price cap (Reuters) ---
    (
        "en",
        "LONDON, March 10 (Reuters) - Britain's energy price cap will fall by 6.2% from April 1, cutting a typical household's annual bill by about 108 pounds, regulator Ofgem said on Tuesday.",
        True,
        [
            ("date", "--03-10", None, None),
            ("percent", 6.2, "%", None),
            ("date", "--04-01", None, None),
            ("money", 108, "GBP", "about"),
        ],
        None,
    ),
    (
        "en",
        "Under the new cap, a typical home using both gas and electricity will be charged £1,641 a year.",
        True,
        [("money", 1641, "GBP", None)],
        None,
    ),
    ("en", 'The Energy Secretary hailed the cut as "proof that our plan is working."', False, [], None),
    (
        "en",
        '"Families will feel every one of those 108 pounds," the Energy Secretary said.',
        False,
        [("money", 108, "GBP", None)],
        None,
    ),
    (
        "en",
        "Fuel poverty charity National Energy Action said 6.1 million households would still be unable to heat their homes adequately after the cut.",
        True,
        [("count", 6100000, None, None)],
        None,
    ),
    ("en", 'The charity called the cut "a drop in a very deep ocean."', False, [], None),
    (
        "en",
        "Wholesale gas costs are down by about a fifth since October, according to Ofgem.",
        True,
        [("fraction", 0.2, None, "about")],
        "Ofgem",
    ),
    # --- Mieten steigen weiter (Keystone-SDA) ---
    (
        "de",
        "Zürich (Keystone-SDA) - Die Angebotsmieten in der Schweiz sind im Februar erneut gestiegen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Inserierte Wohnungen kosteten im Schnitt 1,1 Prozent mehr als im Vormonat und 5,3 Prozent mehr als ein Jahr zuvor, wie aus dem Mietindex des Portals Homegate hervorgeht.",
        True,
        [("percent", 1.1, "%", None), ("percent", 5.3, "%", None)],
        None,
    ),
    ("de", "Der Mieterinnen- und Mieterverband sprach von «Mietwucher mit Ansage».", False, [], None),
    (
        "de",
        "Nach Angaben des Verbands überweisen Schweizer Mieterhaushalte Jahr für Jahr rund 10 Milliarden Franken mehr, als das Mietrecht erlaubt.",
        True,
        [("money", 10000000000, "CHF", "about")],
        "der Verband",
    ),
    (
        "de",
        "«Wer mehr Wohnungen will, muss mehr bauen lassen und nicht mehr regulieren», sagte Markus Zbinden, Direktor des Hauseigentümerverbands.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Zbinden verwies darauf, dass 2025 in der Schweiz nur rund 41'000 neue Wohnungen gebaut wurden, so wenige wie seit 2013 nicht mehr.",
        True,
        [("year", 2025, None, None), ("count", 41000, None, "about"), ("year", 2013, None, None)],
        None,
    ),
    (
        "de",
        "Fachleute gehen davon aus, dass sich der Wohnungsmarkt auf absehbare Zeit nicht entspannt.",
        False,
        [],
        None,
    ),
    # --- School absence (PA) ---
    (
        "en",
        "LONDON (PA) - Nearly one in five pupils in England was persistently absent from school in the autumn term, Department for Education figures show.",
        True,
        [("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "en",
        "Persistent absence, defined as missing at least 10% of sessions, stood at 18.7%, down from 20.9% a year earlier.",
        True,
        [("percent", 10, "%", "at_least"), ("percent", 18.7, "%", None), ("percent", 20.9, "%", None)],
        None,
    ),
    (
        "en",
        'The Education Secretary said the figures showed schools were "winning the battle for attendance."',
        False,
        [],
        None,
    ),
    (
        "en",
        "NAHT general secretary Paul Whiteley said more than 2,000 schools had no attendance officer at all.",
        True,
        [("count", 2000, None, "over")],
        "Paul Whiteley",
    ),
    (
        "en",
        '"You cannot fix attendance with a 10-minute phone call home," Whiteley said.',
        False,
        [("duration", 10, "minute", None)],
        None,
    ),
    ("en", "Parents' groups fear fines will hit the poorest families hardest.", False, [], None),
    (
        "en",
        "Fines issued to parents for term-time holidays rose 23% to 443,000 in the last academic year.",
        True,
        [("percent", 23, "%", None), ("count", 443000, None, None)],
        None,
    ),
    (
        "en",
        "The government has set a target of cutting persistent absence to 12% by 2028.",
        True,
        [("percent", 12, "%", None), ("year", 2028, None, None)],
        None,
    ),
    # --- Kita-Initiative vorne (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Gut drei Monate vor der Abstimmung vom 14. Juni hätte die Kita-Initiative an der Urne eine Mehrheit.",
        True,
        [("duration", 3, "month", "over"), ("date", "--06-14", None, None)],
        None,
    ),
    (
        "de",
        "In der ersten SRG-Trendumfrage sprachen sich 54 Prozent der Stimmberechtigten für die Vorlage aus, 43 Prozent waren dagegen.",
        True,
        [("ordinal", 1, None, None), ("percent", 54, "%", None), ("percent", 43, "%", None)],
        None,
    ),
    (
        "de",
        "Das Institut GFS Bern befragte dafür zwischen dem 25. Februar und dem 4. März insgesamt 12.406 Stimmberechtigte.",
        True,
        [("date", "--02-25", None, None), ("date", "--03-04", None, None), ("count", 12406, None, None)],
        None,
    ),
    (
        "de",
        "«Wir holen am 14. Juni über 60 Prozent, davon bin ich überzeugt», sagte SP-Nationalrätin Corinne Aebischer.",
        False,
        [("date", "--06-14", None, None), ("percent", 60, "%", "over")],
        None,
    ),
    ("de", "Die SVP nannte die Vorlage einen «Blankoscheck für die Verstaatlichung der Familie».", False, [], None),
    (
        "de",
        "Nach Berechnungen des Bundesrats würde die Initiative Bund und Kantone jährlich rund 1,9 Milliarden Franken kosten.",
        True,
        [("money", 1900000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "«Umfragen sind Momentaufnahmen, abgerechnet wird am 14. Juni», sagte ein FDP-Sprecher.",
        False,
        [("date", "--06-14", None, None)],
        None,
    ),
    ("de", "Ob der Vorsprung bis zum Abstimmungssonntag hält, ist offen.", False, [], None),
    (
        "de",
        "Laut GFS Bern sinkt die Zustimmung zu Initiativen zwischen der ersten Umfrage und dem Urnengang im Schnitt um sieben Prozentpunkte.",
        True,
        [("ordinal", 1, None, None), ("percent", 7, "pp", None)],
        "GFS Bern",
    ),
    # --- Wall Street (Reuters) ---
    (
        "en",
        "NEW YORK, March 10 (Reuters) - Wall Street's main indexes closed lower on Tuesday as a slide in chip stocks outweighed gains in bank shares.",
        True,
        [("date", "--03-10", None, None)],
        None,
    ),
    (
        "en",
        "The S&P 500 lost 0.9% to end at 6,587.31 points, while the Nasdaq Composite fell 1.6%.",
        True,
        [("percent", 0.9, "%", None), ("count", 6587.31, None, None), ("percent", 1.6, "%", None)],
        None,
    ),
    (
        "en",
        '"The market was looking for an excuse to take profits, and it found one," said Gemma Rudd, chief market strategist at Halvern Capital.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"My gut tells me we\'ll see 7,000 before Christmas," Rudd said.',
        False,
        [("count", 7000, None, None)],
        None,
    ),
    (
        "en",
        "Halvern Capital last month raised its year-end target for the S&P 500 to 7,000 from 6,600.",
        True,
        [("count", 7000, None, None), ("count", 6600, None, None)],
        None,
    ),
    (
        "en",
        "Shares of Nordvale Semiconductor tumbled 8.3% after the company cut its second-quarter revenue forecast to $2.1 billion.",
        True,
        [("percent", 8.3, "%", None), ("ordinal", 2, None, None), ("money", 2100000000, "USD", None)],
        None,
    ),
    ("en", "Traders said sentiment remained fragile ahead of next week's inflation data.", False, [], None),
    (
        "en",
        "The benchmark 10-year Treasury yield slipped 4 basis points to 4.12%.",
        True,
        [("duration", 10, "year", None), ("percent", 4, "bp", None), ("percent", 4.12, "%", None)],
        None,
    ),
    # --- Louvre-Bilanz (AFP) ---
    (
        "de",
        "Paris (AFP) - Der Louvre hat im vergangenen Jahr 7,9 Millionen Besucherinnen und Besucher gezählt, rund 450.000 weniger als 2024.",
        True,
        [("count", 7900000, None, None), ("count", 450000, None, "about"), ("year", 2024, None, None)],
        None,
    ),
    (
        "de",
        "Fast drei Viertel der Gäste kamen nach Angaben des Museums aus dem Ausland.",
        True,
        [("fraction", 0.75, None, "nearly")],
        "das Museum",
    ),
    ("de", "Museumsdirektorin Claire Dutronc sprach von einem „Erfolg in einem schwierigen Jahr“.", False, [], None),
    (
        "de",
        "Dutronc sagte, der Eintrittspreis für Besucher aus Nicht-EU-Ländern werde ab 1. Juni auf 29 Euro angehoben.",
        True,
        [("date", "--06-01", None, None), ("money", 29, "EUR", None)],
        "Dutronc",
    ),
    ("de", "„Die Mona Lisa verdient einen Saal, der ihrer würdig ist“, sagte Dutronc.", False, [], None),
    (
        "de",
        "Der geplante Umbau soll bis 2032 abgeschlossen sein und rund 650 Millionen Euro kosten.",
        True,
        [("year", 2032, None, None), ("money", 650000000, "EUR", "about")],
        None,
    ),
    ("de", "Kritiker halten die Summe für deutlich zu niedrig angesetzt.", False, [], None),
    # --- Arizona governor poll (AP) ---
    (
        "en",
        "PHOENIX (AP) — Republican Dale Hutchins leads Democrat Maria Escalante in Arizona's race for governor, according to a poll released Wednesday.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The survey of 1,012 likely voters put Hutchins at 47% and Escalante at 43%, with a sampling error of 3.1 percentage points.",
        True,
        [
            ("count", 1012, None, None),
            ("percent", 47, "%", None),
            ("percent", 43, "%", None),
            ("percent", 3.1, "pp", None),
        ],
        None,
    ),
    (
        "en",
        '"The only poll that counts is the one in November," Escalante told supporters at a rally in Tucson.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Hutchins said he was "100% sure" he would win by double digits.',
        False,
        [("percent", 100, "%", None)],
        None,
    ),
    (
        "en",
        "Escalante's campaign said it had raised $6.8 million in the year's first two months, more than any candidate for governor in state history at this stage.",
        True,
        [("money", 6800000, "USD", None), ("ordinal", 1, None, None), ("duration", 2, "month", None)],
        "Escalante's campaign",
    ),
    (
        "en",
        'A Hutchins spokesman called the haul "money bought from out-of-state billionaires" and said the campaign would file a complaint with the Citizens Clean Elections Commission.',
        True,
        [],
        None,
    ),
    (
        "en",
        "Campaign finance filings show Hutchins had $4.1 million in cash on hand at the end of February.",
        True,
        [("money", 4100000, "USD", None)],
        None,
    ),
    ("en", "Political analysts expect the race to remain a toss-up well into the fall.", False, [], None),
    # --- Tempolimit abgelehnt (dpa) ---
    (
        "de",
        "Berlin (dpa) - Der Bundestag hat am Mittwoch einen Antrag der Grünen für ein generelles Tempolimit von 130 km/h auf Autobahnen abgelehnt.",
        True,
        [("count", 130, None, None)],
        None,
    ),
    (
        "de",
        "Für den Antrag stimmten 168 Abgeordnete, 412 votierten dagegen, 9 enthielten sich.",
        True,
        [("count", 168, None, None), ("count", 412, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "„Tempo 130 rettet Leben, jeden einzelnen Tag“, rief die Grünen-Verkehrspolitikerin Nele Brandes ins Plenum.",
        False,
        [("count", 130, None, None)],
        None,
    ),
    (
        "de",
        "Brandes sagte, ein Tempolimit würde nach Berechnungen des Umweltbundesamts jährlich rund 5,4 Millionen Tonnen Kohlendioxid einsparen.",
        True,
        [("count", 5400000, None, "about")],
        "Brandes",
    ),
    ("de", "Die Union sprach von „Bevormundung auf vier Rädern“.", False, [("count", 4, None, None)], None),
    ("de", "Der ADAC hält ein Tempolimit für „verkehrspolitisch unnötig“.", False, [], None),
    (
        "de",
        "Nach ADAC-Angaben gilt schon heute auf rund 28 Prozent des Autobahnnetzes eine dauerhafte Geschwindigkeitsbegrenzung.",
        True,
        [("percent", 28, "%", "about")],
        None,
    ),
    (
        "de",
        "Ob das Thema in dieser Wahlperiode noch einmal auf die Tagesordnung kommt, gilt als fraglich.",
        False,
        [],
        None,
    ),
    # --- Spurs injuries (PA) ---
    (
        "en",
        "LONDON (PA) - Tottenham will be without four first-team players for Saturday's trip to Newcastle, manager Henrik Saltvik said.",
        True,
        [("count", 4, None, None)],
        "Henrik Saltvik",
    ),
    (
        "en",
        "Saltvik said striker Joel Amankwah had torn a hamstring and would be out for six to eight weeks.",
        True,
        [("duration", 6, "week", None), ("duration", 8, "week", None)],
        "Saltvik",
    ),
    (
        "en",
        '"We will fight for every ball for 90 minutes, like it is a cup final," Saltvik said.',
        False,
        [("duration", 90, "minute", None)],
        None,
    ),
    (
        "en",
        '"I have the best squad in this league and I would not swap one player," he said.',
        False,
        [("count", 1, None, None)],
        None,
    ),
    (
        "en",
        "Spurs have won only two of their last nine Premier League games and are 14th in the table.",
        True,
        [("count", 2, None, None), ("count", 9, None, None), ("ordinal", 14, None, None)],
        None,
    ),
    (
        "en",
        "Saltvik, who took over in November, has won five of his 16 games in charge.",
        True,
        [("count", 5, None, None), ("count", 16, None, None)],
        None,
    ),
    ("en", 'Supporters\' groups have demanded "a clear plan" from the board.', False, [], None),
    (
        "en",
        "The club confirmed on Wednesday that sporting director Owen Ridgway had left after 18 months in the role.",
        True,
        [("duration", 18, "month", None)],
        None,
    ),
    # --- Wartezeit auf MRT (APA) ---
    (
        "de",
        "Wien (APA) - Kassenpatientinnen und -patienten warten in Österreich im Schnitt 34 Tage auf einen MRT-Termin.",
        True,
        [("duration", 34, "day", None)],
        None,
    ),
    (
        "de",
        "Das geht aus einer Erhebung der Patientenanwaltschaft unter 96 Instituten hervor, die am Mittwoch präsentiert wurde.",
        True,
        [("count", 96, None, None)],
        None,
    ),
    (
        "de",
        "In Vorarlberg beträgt die Wartezeit demnach bis zu 61 Tage, in Wien rund drei Wochen.",
        True,
        [("duration", 61, "day", "up_to"), ("duration", 3, "week", "about")],
        None,
    ),
    (
        "de",
        "Patientenanwalt Herbert Gstöttner sprach von einer „Zwei-Klassen-Medizin mit Ansage“.",
        False,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Wer privat zahlt, bekommt laut Erhebung in der Regel binnen vier Tagen einen Termin.",
        True,
        [("duration", 4, "day", None)],
        None,
    ),
    ("de", "„Kein Mensch sollte einen Monat auf eine Diagnose warten müssen“, sagte Gstöttner.", False, [], None),
    (
        "de",
        "Die Österreichische Gesundheitskasse kündigte an, heuer 14 zusätzliche MRT-Geräte unter Vertrag zu nehmen.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Die Kasse hofft, die durchschnittliche Wartezeit damit bis Jahresende auf unter 20 Tage zu drücken.",
        False,
        [("duration", 20, "day", "under")],
        None,
    ),
    # --- Cocoa slides (Reuters) ---
    (
        "en",
        "LONDON, March 11 (Reuters) - Cocoa futures fell to their lowest in 14 months on Wednesday as better weather in West Africa eased fears of another short crop.",
        True,
        [("date", "--03-11", None, None), ("duration", 14, "month", None)],
        None,
    ),
    (
        "en",
        "The May contract in New York settled down 5.1% at $6,240 a tonne.",
        True,
        [("percent", 5.1, "%", None), ("money", 6240, "USD", None)],
        None,
    ),
    ("en", 'Traders said the market had "finally come back down to earth."', False, [], None),
    (
        "en",
        "Ivory Coast's cocoa regulator said arrivals at ports had reached 1.38 million tonnes since the season began on Oct. 1, up 9% from a year earlier.",
        True,
        [("count", 1380000, None, None), ("date", "--10-01", None, None), ("percent", 9, "%", None)],
        None,
    ),
    ("en", "Chocolate makers hope lower bean prices will reach store shelves by Christmas.", False, [], None),
    (
        "en",
        "Swiss chocolate maker Brunnwald said in February it had raised prices by an average of 12% this year.",
        True,
        [("percent", 12, "%", None)],
        None,
    ),
    (
        "en",
        '"I wouldn\'t be surprised to see $5,000 by the summer," said a London-based cocoa trader.',
        False,
        [("money", 5000, "USD", None)],
        None,
    ),
    (
        "en",
        "The International Cocoa Organization forecasts a global surplus of 142,000 tonnes in the 2025/26 season.",
        True,
        [("count", 142000, None, None), ("year", 2025, None, None), ("year", 2026, None, None)],
        None,
    ),
    # --- EU-Flottengrenzwerte (Reuters) ---
    (
        "de",
        "Brüssel (Reuters) - Die EU-Kommission will den Autoherstellern beim Klimaschutz mehr Zeit geben.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die für 2030 geplanten Flottengrenzwerte sollen nach einem am Mittwoch vorgelegten Entwurf im Schnitt der Jahre 2030 bis 2032 erreicht werden dürfen.",
        True,
        [("year", 2030, None, None), ("year", 2030, None, None), ("year", 2032, None, None)],
        None,
    ),
    (
        "de",
        "Der Verband der Automobilindustrie (VDA) sprach von einem „richtigen Signal, aber keinem großen Wurf“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach VDA-Angaben hätten den Herstellern ohne die Änderung Strafzahlungen von bis zu 15 Milliarden Euro gedroht.",
        True,
        [("money", 15000000000, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "„Wer jetzt auf die Bremse tritt, wirft uns im Rennen mit China um zehn Jahre zurück“, sagte der Grünen-Europaabgeordnete Jonas Wendling.",
        False,
        [("duration", 10, "year", None)],
        None,
    ),
    (
        "de",
        "Die Grünen im Europaparlament sprachen von einem „Kniefall vor der Autolobby“ und kündigten an, gegen den Entwurf zu stimmen.",
        True,
        [],
        None,
    ),
    ("de", "Ob das Parlament den Plänen zustimmt, ist ungewiss.", False, [], None),
    # --- IMF loan for Kenya (Reuters) ---
    (
        "en",
        "WASHINGTON, March 11 (Reuters) - The International Monetary Fund's executive board approved a 40-month, $2.3 billion loan program for Kenya on Wednesday, allowing an immediate disbursement of about $410 million.",
        True,
        [
            ("date", "--03-11", None, None),
            ("duration", 40, "month", None),
            ("money", 2300000000, "USD", None),
            ("money", 410000000, "USD", "about"),
        ],
        None,
    ),
    (
        "en",
        'An IMF deputy managing director praised the government\'s "bold and courageous" reform agenda.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Under the program, Kenya has committed to cutting its budget deficit to 3.8% of gross domestic product by June 2027.",
        True,
        [("percent", 3.8, "%", None), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        '"This is the beginning of a new chapter for our people," Kenya\'s finance minister said in a statement.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Officials in Nairobi hope the deal will help push Kenya's borrowing costs below 10% within two years.",
        False,
        [("percent", 10, "%", "under"), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "Kenya's public debt stood at about 68% of economic output at the end of last year, according to IMF data.",
        True,
        [("percent", 68, "%", "about")],
        None,
    ),
    ("en", "Protesters in Nairobi have accused the government of bowing to foreign lenders.", False, [], None),
    # --- VfB ohne Kapitän (dpa/lsw) ---
    (
        "de",
        "Stuttgart (dpa/lsw) - Der VfB Stuttgart muss im Abstiegskampf mehrere Wochen auf Kapitän Leon Maurer verzichten.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der 27-Jährige zog sich beim 1:2 gegen Werder Bremen einen Innenbandriss im linken Knie zu, teilte der Verein am Mittwoch mit.",
        True,
        [("duration", 27, "year", None)],
        "der Verein",
    ),
    (
        "de",
        "„Wir werden jetzt elf Löwen auf dem Platz brauchen“, sagte Trainer Tobias Engelhardt.",
        False,
        [("count", 11, None, None)],
        None,
    ),
    (
        "de",
        "Engelhardt sagte, Maurer werde voraussichtlich sechs Wochen ausfallen und damit mindestens fünf Ligaspiele verpassen.",
        True,
        [("duration", 6, "week", None), ("count", 5, None, "at_least")],
        "Engelhardt",
    ),
    (
        "de",
        "„Ich glaube, dass uns 35 Punkte zum Klassenerhalt reichen werden“, sagte Engelhardt.",
        False,
        [("count", 35, None, None)],
        None,
    ),
    (
        "de",
        "Der VfB liegt nach 25 Spieltagen mit 24 Punkten auf Rang 15, zwei Zähler vor dem Relegationsplatz.",
        True,
        [("count", 25, None, None), ("count", 24, None, None), ("ordinal", 15, None, None), ("count", 2, None, None)],
        None,
    ),
    ("de", "Die Fans quittierten die Niederlage am Samstag mit einem gellenden Pfeifkonzert.", False, [], None),
    # --- Farmers in Paris (AFP) ---
    (
        "en",
        "PARIS, March 11 (AFP) - Hundreds of farmers drove tractors into central Paris on Wednesday to protest against an EU trade deal with South American countries.",
        True,
        [("date", "--03-11", None, None)],
        None,
    ),
    (
        "en",
        "Police counted 412 tractors in the city by midday; the FNSEA farmers' union said more than 1,000 had joined.",
        True,
        [("count", 412, None, None), ("count", 1000, None, "over")],
        None,
    ),
    (
        "en",
        'One banner read: "We feed 68 million people - who feeds us?"',
        False,
        [("count", 68000000, None, None)],
        None,
    ),
    (
        "en",
        'The union\'s president called the deal "a death sentence for French livestock farming" and said farmers would block the main roads around Paris until Friday.',
        True,
        [],
        None,
    ),
    (
        "en",
        "The deal would open the EU market to an extra 85,000 tonnes of beef from South America a year at a reduced tariff of 6.5%.",
        True,
        [("count", 85000, None, None), ("percent", 6.5, "%", None)],
        None,
    ),
    (
        "en",
        "The agriculture minister told lawmakers that France would vote against the deal in its current form.",
        True,
        [],
        None,
    ),
    ("en", '"We will not sacrifice our farmers on the altar of free trade," she said.', False, [], None),
    ("en", "It is unclear whether France can muster a blocking minority among EU governments.", False, [], None),
    # --- Inflation sinkt (APA) ---
    (
        "de",
        "Wien (APA) - Österreichs Inflationsrate ist im Februar laut Schnellschätzung der Statistik Austria auf 2,9 Prozent zurückgegangen, nach 3,3 Prozent im Jänner.",
        True,
        [("percent", 2.9, "%", None), ("percent", 3.3, "%", None)],
        None,
    ),
    (
        "de",
        "„Wir sind auf einem guten Weg, das Ziel haben wir aber noch nicht erreicht“, sagte Finanzminister Ernst Kollmann.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Kollmann sagte, die Mietpreisbremse habe die Teuerung seit ihrem Inkrafttreten um rund 0,3 Prozentpunkte gedämpft.",
        True,
        [("percent", 0.3, "pp", "about")],
        "Kollmann",
    ),
    ("de", "Die FPÖ sprach von einer „Teuerungslüge der Regierung“.", False, [], None),
    (
        "de",
        "„Jeder Pensionist an der Supermarktkassa weiß, dass das niemals nur 2,9 Prozent sind“, sagte FPÖ-Generalsekretär Lukas Hartlieb.",
        False,
        [("percent", 2.9, "%", None)],
        None,
    ),
    (
        "de",
        "Lebensmittel verteuerten sich nach Angaben der Statistik Austria um 4,6 Prozent und damit deutlich stärker als der Durchschnitt.",
        True,
        [("percent", 4.6, "%", None)],
        "die Statistik Austria",
    ),
    (
        "de",
        "Das Wifo erwartet für das Gesamtjahr eine Inflationsrate von 2,5 Prozent.",
        True,
        [("percent", 2.5, "%", None)],
        None,
    ),
    # --- NHS waiting list (PA) ---
    (
        "en",
        "LONDON (PA) - The number of people in England waiting for planned hospital care fell to 7.19 million in January, its lowest in almost three years, NHS England figures show.",
        True,
        [("count", 7190000, None, None), ("duration", 3, "year", "nearly")],
        None,
    ),
    (
        "en",
        "Some 172,400 people had waited longer than a year, down from 198,100 a month earlier.",
        True,
        [("count", 172400, None, "about"), ("count", 198100, None, None)],
        None,
    ),
    ("en", 'The Health Secretary said the NHS was "turning the tide, brick by brick."', False, [], None),
    (
        "en",
        "A Department of Health spokesperson said 2.1 million extra appointments had been delivered since July.",
        True,
        [("count", 2100000, None, None)],
        "a Department of Health spokesperson",
    ),
    ("en", 'The Royal College of Nursing called the progress "painfully slow."', False, [], None),
    (
        "en",
        '"Behind every one of those 7 million is a person in pain," said Layla Osei of the Patients Alliance.',
        False,
        [("count", 7000000, None, None)],
        None,
    ),
    (
        "en",
        "Only 59.8% of patients had been waiting within the 18-week target in January.",
        True,
        [("percent", 59.8, "%", None), ("duration", 18, "week", None)],
        None,
    ),
    # --- Windkraft-Rekord (dpa) ---
    (
        "de",
        "Bonn (dpa) - In Deutschland sind im Februar so viele Windräder an Land genehmigt worden wie nie zuvor in einem Monat.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Behörden genehmigten nach Angaben der Fachagentur Wind und Solar 612 Anlagen mit zusammen 3,4 Gigawatt Leistung.",
        True,
        [("count", 612, None, None), ("count", 3.4, None, None)],
        "die Fachagentur Wind und Solar",
    ),
    (
        "de",
        "Der Bundesverband Windenergie sprach von einem „Rückenwind, der endlich auch vor Ort ankommt“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Jedes einzelne dieser 612 Windräder ist ein Stück Unabhängigkeit“, sagte Verbandspräsidentin Ulrike Harms.",
        False,
        [("count", 612, None, None)],
        None,
    ),
    (
        "de",
        "Harms sagte, zwischen Genehmigung und Inbetriebnahme vergingen im Schnitt aber noch immer 23 Monate.",
        True,
        [("duration", 23, "month", None)],
        "Harms",
    ),
    ("de", "Anwohnerinitiativen fürchten eine „Verspargelung der Landschaft“.", False, [], None),
    (
        "de",
        "Insgesamt sind nach Angaben des Verbands an Land derzeit Windräder mit rund 66 Gigawatt Leistung installiert.",
        True,
        [("count", 66, None, "about")],
        "der Verband",
    ),
    # --- Corvane raises $1.5 billion (Reuters) ---
    (
        "en",
        "SAN FRANCISCO, March 11 (Reuters) - Corvane, an artificial intelligence startup, said on Wednesday it had raised $1.5 billion in new funding at an $18 billion valuation, more than three times what it was worth a year ago.",
        True,
        [
            ("date", "--03-11", None, None),
            ("money", 1500000000, "USD", None),
            ("money", 18000000000, "USD", None),
            ("count", 3, None, "over"),
        ],
        None,
    ),
    (
        "en",
        '"We are building the operating system for the next hundred years of work," Chief Executive Nadia Ferraro said in an interview.',
        False,
        [("duration", 100, "year", None)],
        None,
    ),
    (
        "en",
        "Ferraro said annualized revenue had reached $400 million in February, up from $90 million a year earlier.",
        True,
        [("money", 400000000, "USD", None), ("money", 90000000, "USD", None)],
        "Ferraro",
    ),
    ("en", 'Some investors privately describe the valuation as "priced for perfection."', False, [], None),
    (
        "en",
        "Corvane employs about 1,100 people, roughly a third of them in Europe, and plans to double its headcount by the end of next year.",
        True,
        [("count", 1100, None, "about"), ("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "en",
        'Ferraro said she believed AI agents would do "most of the boring work in most offices" within five years.',
        False,
        [("duration", 5, "year", None)],
        None,
    ),
]
