"""Hundred-and-sixty-fifth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, funds, clubs' staff,
initiatives and figures are made up (Achim Reuttner, Markus Trattnig, Lea Gmür, Urs Blatter,
Evelyn Sander, Xaver Moosrainer, Jan Oltmanns, Aldenhoff Bank, Ramona Pietsch, Holger
Brenninkmeyer, Carola Wendt, Andrea Pfister, Kurt Dätwyler, the Verein Ruhige Nächte
Zürich-Nord, Clemens Halbwirth, Anton Leitgeb, Marco Lindqvist, Benno Krahl, Sven Ohlig,
Katrin Vollrath, Kestner, Roland Ebersberger, Sabine Holzapfel, Petra Kaltenegger, Frank
Wollweber, Beat Aeschlimann; Dominic Feld, the Wellmark Foundation, Ines Costa, Threlkeld
Securities, Ashgrove Financial, Graham Pell, Renata Ojeda, Carla Whitfield, Tanisha Greer,
Hannah Roe, Zhou Lan, Pinehurst Capital, Marlow Aerospace, Dwayne Corliss, Luis Arroyo, Van
Aalst Instruments, Maarten Sloot, Elias Forsberg, Pete Marchetti, Petr Vesely, Liam Cotter,
Ray Halloran, Margaret Dunne, Ana Ruiz, Storm Orla, Streamwell, Dana Whitlock, Derek Fong;
every unnamed trader, commuter, fund manager, mother, spokeswoman, lawmaker and onlooker);
ministers, officials and coaches of real bodies, governments, districts and clubs appear
under made-up names that stand for no real holder, or by their role only ("die Vorsitzende
des Verbraucherzentrale Bundesverbands", "die Intendantin eines großen Hauses", "Eine
Bahnsprecherin", "The Chancellor", "Japan's vice finance minister for international
affairs", "the IMF's chief economist", "The Transport Secretary", "The Mayor of London",
"the Met Office's chief meteorologist", "The MTA's chairman", "The sheriff", "a far-right
lawmaker"). Real bodies, parties, clubs, papers, indexes, places and things ("dpa-AFX",
"Leibniz-Zentrum für Europäische Wirtschaftsforschung", "ZEW", "Mannheim", "Nationalrat",
"Fiskalrat", "FPÖ", "Grüne", "Klimaticket", "Jänner", "Die Post", "Syndicom",
"Schwarzenburg", "Gemeindeverband", "Deutsche Bahn", "Pro Bahn", "Berliner Hauptbahnhof",
"Bayerischer Bauernverband", "Dax", "Rheinmetall", "DZ Bank", "Statistisches Bundesamt",
"Verbraucherzentrale Bundesverband", "Commerzbank", "Verivox", "Heidelberg", "Flughafen
Zürich AG", "Kloten", "Favoriten", "Hertha BSC", "Paderborn", "Bundesregierung",
"Herbstprojektion", "Bundesbank", "IG Metall", "Heilbronn", "Schweinfurt", "Austrian
Airlines", "AUA", "Lufthansa", "Flughafen Wien", "Schwechat", "Flugabgabe", "Berliner
Senat", "Rotes Rathaus", "Deutscher Bühnenverein", "Schuldenbremse", "Bundesrat", "VBS",
"SP"; "Office for National Statistics", "Bank of England", "Fed", "Minneapolis Federation of
Teachers", "Finance Ministry", "Nomura", "Royal Mail", "Citizens Advice", "Ofcom", "Les
Echos", "High Council of Public Finances", "Socialists", "International Association of
Machinists", "TD Cowen", "Wichita", "South Carolina", "International Monetary Fund", "IMF",
"Heathrow", "Hillingdon Council", "Harmondsworth", "Toronto Maple Leafs", "Boston Bruins",
"NHL", "Scotiabank Arena", "Ventura County Fire Department", "National Weather Service",
"Highway 126", "Met Office", "Energy Networks Association", "Network Rail", "West Coast Main
Line", "Preston", "Carlisle", "Cumbria Police", "Blackpool", "Wall Street", "Metropolitan
Transportation Authority", "MTA", "Riders Alliance", "Atlantic Avenue") stand for the way
wire copy names them; every figure, vote, forecast, target, price, quote, label and reaction
here is invented, and where a real figure came to mind it was changed.

Its weight: OPINION VERSUS CLAIM, eighth round (the ninety-eighth, hundred-nineteenth,
hundred-twenty-fourth, hundred-thirty-first, hundred-thirty-eighth, hundred-forty-sixth and
hundred-fifty-eighth batches were the first seven, and their decisions are kept), spread
over three ordinary wire days - Tuesday to Thursday, October 13 to 15, of one year - as 32
short stories in story order, the German and English stories interleaved by day, each with a
dateline lead, the figures, attributed claims, the other side, quotes and reactions. About
100 rows are negatives that look like claims - quoted verdicts and labels (also with a
figure in their frame), rhetoric with and without figures (a figure restated for effect,
hyperbole with a number word), reported hopes, fears (also with a figure) and convictions,
predictions framed as personal opinion ("Personally, I think", "In my view", „Meiner Meinung
nach“) or as a gut feeling, forecasts and doubts without a figure, open questions, a refusal
to say, advice, reactions, chants, a banner, scene colour and vox pops - and each kind
stands beside a check-worthy look-alike that carries the same words around a verifiable
core: a reported fact or figure from the same speaker, a plan or target announced, a
forecast or estimate of an institution, a warning that puts a figure on a risk, a denial of
a named report, a demand that names a measure, advice that rests on a stated saving, a label
paired with a stated fact, an order or closure stated as an act. Half German (dpa with its
regional slugs, dpa-AFX, APA, Keystone-SDA, Reuters German; Austrian "Jänner", "heuer",
Swiss "schliessen", "2'000", «» quotes, German „“ quotes): the ZEW index, Austria's budget
speech, Swiss post office closures, rail punctuality, Bavaria's potato harvest, a record
close of the Dax, German inflation, gas tariffs, Zurich airport's September, extra teachers
in Austria, Hertha BSC's coach, the government's autumn projection, job cuts at a car-parts
maker, Austrian Airlines' winter schedule, Berlin's culture budget and the Swiss army
budget. Half English (Reuters, AP, AFP, PA): British jobs data, a U.S. bank's results, a
teachers' strike vote in Minneapolis, the yen, Royal Mail's stamp price, the French budget,
Chinese exports, an aerospace strike in Kansas, a Dutch chipmaker's orders, the IMF's
outlook, Heathrow's third runway, an NHL game, a California wildfire, a storm in northern
England, a streaming service's quarter and New York's subway fare. Figures as such copy has
them: percentages and percentage points, money in euros, dollars, pounds and pence, yen and
francs with their hedges, index points, counts of people, jobs, branches, homes, flights and
acres, wind speeds in mph, decibels and kilowatt hours, shares in words ("rund zwei Drittel
davon", "two-thirds of them", "rund ein Drittel"), multiples ("nearly double", "doppelt so
hoch", "twice more"), compounds and number words ("knapp zweistündigen", "a four-year deal",
"a 140-year history", "a 12-mile stretch", "a 19-year-old", "eine 74-jährige Rentnerin",
"Four and a half percent", "Zwölf Prozent", "ein Prozent"), ordinals and ranks ("a third
runway", "the third increase in 12 months", "the sixth straight month", "its fourth straight
game", "his first six NHL games", "auf Platz 16", "im dritten Quartal", "the first
innings"), durations, ages, years and dates in datelines and in the text. Negatives as such
copy has them - 35 of them carrying figures, labelled.

240 rows (120 German, 120 English), 103 negatives (52 German, 51 English), 137 check-worthy
rows of which 18 carry no figure (11 German, 7 English), 252 expected quantities (67 counts,
64 percentages - 62 in %, 2 in percentage points -, 41 amounts of money - 20 USD, 12 EUR, 5
GBP, 3 JPY, 1 CHF -, 30 durations - 22 in years, 3 in months, 2 in hours, 1 in minutes, 1 in
days, 1 in weeks -, 20 years, 17 ordinals, 10 dates, 3 fractions; 44 of them in 35
negatives, as the seventeenth batch labels a figure in a negative), 36 checked speakers (19
German, 17 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, creed, feeling, hope, fear, conviction or piece of rhetoric is a
  negative with speaker None, also with a named speaker and an office (seventh, eighteenth,
  ninety-eighth, hundred-nineteenth, hundred-twenty-fourth, hundred-thirty-first,
  hundred-thirty-eighth, hundred-forty-sixth, hundred-fifty-eighth); a quoted or reported
  statement of fact, figure, step or position is check-worthy with its speaker. The pairs
  from one speaker: Reuttner's ten points ("Reuttner sagte, ..." -> "Reuttner") beside his
  „Talsohle“; Trattnig's 5.7 billion euros beside his „Budget der Verantwortung“, „ohne das
  Land kaputtzusparen“ and his conviction; Pell's loan-loss provision beside "one of the
  finest in our 140-year history" and "Personally, I expect ..."; Gmür's letters and
  payments beside Blatter's «Kahlschlag»; Whitfield's $110 million and her denial beside
  Ojeda's "Four and a half percent"; Moosrainer's 40 percent beside „Eine Rekordernte, und
  trotzdem ...“; Brenninkmeyer's 2.9 percent beside his „Die 2,6 Prozent sind kein Grund zur
  Panik“; Zhou's 5% beside "simply unstoppable"; Corliss's $1.9 billion beside "a slap in
  the face"; Pfister's conviction beside the airport's 33.5 million; Sloot's guidance beside
  "the gift that keeps on giving" and "I'm convinced we will double our sales by 2030";
  Halbwirth's 430 posts beside „Jede Stunde, die ausfällt, ...“; Krahl's successor beside
  his „nicht erst in fünf Jahren“; Vollrath's 0.1 percent beside „zurück auf dem
  Wachstumspfad“ and her conviction; Ebersberger's 11 percent beside „in zehn Jahren“;
  Wollweber's position beside „ins Fleisch, nicht ins Fett“; Aeschlimann's third of the
  troops beside «Sicherheit gibt es nicht zum Nulltarif»; Whitlock's price rise beside "a
  masterclass" and "In my view, ...".
- New: a prediction with a figure framed as the speaker's personal opinion - ""Personally, I
  think the Bank of England will have to take rates down to 3.25% by March,"", ""Personally,
  I expect the Fed to cut rates twice more ...,"", „Meiner Meinung nach sehen wir zum
  Jahresende eher 23.000 als 27.000 Punkte“ - is a negative with its figures labelled, as
  the hundred-fifty-eighth's convictions and gut feelings, also from a chief executive whose
  company's forecast stands beside it as a check-worthy row ("The bank raised its forecast
  for full-year net interest income ...", "Sloot said Van Aalst still expected full-year
  sales ...", "Streamwell forecast fourth-quarter revenue ..."). So are reported and quoted
  convictions („Ich bin felsenfest überzeugt, dass wir 2028 wieder unter drei Prozent liegen
  werden“, "Pfister zeigte sich überzeugt, dass ...", "Vollrath zeigte sich überzeugt, dass
  die Wirtschaft 2028 um mindestens 1,5 Prozent wachsen werde.", ""I'm convinced we will
  double our sales by 2030,"") and gut feelings („Ich würde mich nicht wundern, wenn wir im
  Frühjahr schon bei 30 Punkten stehen“, ""My gut says they'll step in before we hit
  160,""). A forecaster's expectation reported in indirect speech stays check-worthy with
  its speaker (hundred-thirty-eighth: Corrigan "expected"; hundred-forty-sixth: Wehrhahn's
  range): "Brenninkmeyer sagte, er rechne damit, dass die Rate bis Dezember auf 2,9 Prozent
  steigt." -> "Brenninkmeyer", "Zhou said she expected exports to grow about 5% ..." ->
  "Zhou"; so do an institution's forecasts and estimates stated as an expectation or an act
  ("Der Fiskalrat rechnet dagegen für 2028 mit ...", "Die Bundesregierung rechnet ...", "Der
  Flughafen rechnet ...", "Analysts at Nomura expect the yen to weaken to 158 per dollar
  ...", "Analysts at TD Cowen estimate ...", the IMF's forecasts; seventh,
  hundred-nineteenth, hundred-forty-sixth) and an analyst's change of a target ("Die
  Analysten der DZ Bank hoben ihr Dax-Ziel ... auf 26.000 Punkte an.";
  hundred-fifty-eighth).
- New: "Nach Einschätzung der Bundesbank dürfte die Wirtschaftsleistung im dritten Quartal
  um 0,1 Prozent geschrumpft sein." is check-worthy with the speaker unchecked - a named
  institution's estimate with a figure, as "Nach Berechnungen des ..." (hundred-twentieth),
  while "Nach Einschätzung vieler Ökonomen ist die Prognose der Regierung zu optimistisch."
  stays a negative (hundred-fifty-fifth: "nach Ansicht von Fachleuten"); "nach Einschätzung"
  is not yet settled as an attribution.
- New: a fear with a figure is a negative with its figure labelled, as a hope with a figure
  (hundred-twenty-fourth, hundred-fifty-eighth) - "Die Gewerkschaft Syndicom fürchtet, dass
  dadurch bis zu 800 Stellen verloren gehen.", "Elternvertreter fürchten, dass auch heuer
  wieder mehr als 10.000 Unterrichtsstunden pro Woche ausfallen.", "Viele Beschäftigte
  fürchten, dass der Abbau am Ende doppelt so hoch ausfällt." (count 2, hundred-forty-sixth:
  "fast das Doppelte"), "Campaigners fear that up to 200,000 more people ..." -, while a
  warning that states a figure as an estimate is check-worthy with the speaker unchecked
  (hundred-twenty-sixth: "Utility crews warned that some customers could be without power
  for up to five days"; hundred-thirty-fifth): "Die IG Metall warnte, ... stünden weitere
  900 Arbeitsplätze ... auf dem Spiel.", "Gewerkschaftschef Anton Leitgeb warnte, bis 2030
  gingen rund 20.000 Lehrerinnen und Lehrer in Pension.", "Der Deutsche Bühnenverein warnte,
  bis zu 400 Arbeitsplätze ... seien gefährdet.", "It warned that an escalation of trade
  tensions could shave up to 0.5 percentage points off global output by 2028."; so is a
  study's finding beside the campaigners' fear ("A study commissioned by Hillingdon Council
  found ... an extra 150,000 residents ..."). Fears, warnings, doubts and forecasts without
  a figure stay negatives (thirty-eighth, forty-seventh, hundred-twenty-fourth): "Ökonomen
  warnen allerdings, ...", "Viele Anleger fürchten eine Überhitzung.", "Parents' groups fear
  ...", "Workers fear ...", "Some analysts said the trading boom was unlikely to last.",
  "Some analysts doubt ...", "Some investors worry ...", "Bürgerliche Politiker zweifeln, ob
  ...".
- Hopes (hundred-twenty-fourth, hundred-forty-sixth, hundred-fifty-eighth) are negatives
  with their figures labelled ("Die Bauern hoffen, dass sich die Preise bis zum Frühjahr
  wieder auf 15 Euro erholen.", "The company hopes to return its letters business to profit
  within three years."; "Bahnchefin Evelyn Sander hofft, ...", "Finance officials ... hope
  to agree a joint statement on trade, ...", "Transit advocates hope ..."); a target stated
  by a body is check-worthy ("Die Bahn hat sich zum Ziel gesetzt, die Pünktlichkeit im
  Fernverkehr bis 2029 auf 70 Prozent zu steigern."; hundred-thirty-eighth: targets are
  claims).
- Denials (ninety-eighth, hundred-sixteenth, hundred-thirty-sixth, hundred-thirty-seventh,
  hundred-fortieth) are check-worthy without a figure, the speakers unchecked ("wies ...
  zurück" and "denied" no verbs of saying): "Die Post wies einen Bericht zurück, wonach
  ...", "Whitfield denied that the district planned to close schools ...", "Royal Mail
  denied that the rise was linked to ...", "The finance ministry denied a report in Les
  Echos that ...", "Kestner wies Berichte zurück, wonach ...", "The MTA denied that the
  increase was tied to congestion pricing, ..."; a refusal to say is a negative ("The
  ministry declined to say whether it had intervened on Tuesday."; hundred-thirty-eighth).
- New: advice that rests on a stated, checkable saving is check-worthy with its speaker -
  "Wer vom Grundversorger in einen günstigeren Tarif wechselt, spart laut Verivox im Schnitt
  sogar 560 Euro im Jahr." -> "Verivox" - the figure, not the advice, carries the row, as an
  estimate under a condition (hundred-forty-sixth: Gsöllpointner's hypothetical revenue);
  bare advice stays a negative (hundred-thirty-eighth, hundred-fifty-second,
  hundred-fifty-eighth): „Jetzt ist der richtige Moment, um zu vergleichen“, "Verbraucher
  sollten die Knollen kühl und dunkel lagern, riet der Verband.", "Verbraucherschützer
  rieten, ...", "Officials urged residents ...", "People were advised to stay away from
  coastal paths ...". An order or closure stated as an act is check-worthy ("The sheriff
  ordered the evacuation of two more neighborhoods and closed a 12-mile stretch of Highway
  126.", "Network Rail closed the West Coast Main Line north of Preston and imposed 50mph
  speed limits ...").
- New: a demand that names a concrete measure is a stated position and check-worthy also
  without a figure ("Die Grünen forderten die Regierung auf, die Flugabgabe nicht
  anzutasten."), as a demand with a measure and a figure ("Der Gemeindeverband forderte,
  dass jede Gemeinde mit mehr als 2'000 Einwohnern eine eigene Filiale behält.";
  thirty-third, hundred-forty-sixth), while an appeal that names no measure stays a negative
  (hundred-forty-eighth); "kritisierte(n), dass" with a checkable clause is check-worthy
  (hundred-forty-sixth): "Die Grünen kritisierten, dass das Klimaticket ab Jänner um 15
  Prozent teurer werde.", "Der Verein Ruhige Nächte Zürich-Nord kritisierte, dass die
  Nachtruhe im September an 19 Tagen verletzt worden sei."; blame with a checkable figure
  likewise ("Business groups blamed the drop on ..., which they said had added about 25
  billion pounds a year ...").
- Quoted verdicts and labels (ninety-eighth, hundred-sixteenth, hundred-thirty-eighth,
  hundred-forty-sixth, hundred-fifty-eighth): "sprach von", "nannte", "called", "described
  ... as", "said ... was "..."" are negatives (FPÖ, Pro Bahn, the teachers' union, the
  opposition, Holzapfel, the Vienna airport, SP; the Chancellor, Pell, Citizens Advice, the
  fiscal watchdog, Corliss, Marlow, Sloot, "One analyst", the Mayor of London, the customs
  spokesman, Riders Alliance, Whitlock), so are verdicts with "hält ... für"
  ("Verbraucherschützer halten die Senkungen für längst überfällig.") and the economists'
  and traders' views ("Traders said the authorities' patience was wearing thin.",
  "Economists at several banks said the fund's numbers were, if anything, too cautious.").
  New: a figure in the frame of a label is labelled as any figure in a negative
  (seventeenth) - "In seiner knapp zweistündigen Budgetrede sprach Trattnig von einem
  „Budget der Verantwortung“." carries 2 hours "nearly" (hundred-forty-sixth: "in einer
  knapp einstündigen Rede"). A label paired with a stated fact is check-worthy
  (hundred-sixteenth, hundred-forty-sixth, hundred-fifty-eighth): "Eine Bahnsprecherin
  nannte die Zahlen „nicht zufriedenstellend“ und verwies auf mehr als 1.000 Baustellen im
  Netz." A quoted fact with rhetoric appended is check-worthy (hundred-nineteenth,
  hundred-thirty-first): ""They made $1.9 billion last year and offered us crumbs," Corliss
  told strikers on the picket line." ($1.9 billion; the speaker unchecked, below).
- Rhetoric with figures (seventeenth, hundred-thirty-first, hundred-fifty-eighth): a figure
  restated for effect - ""Every one of those 187,000 jobs was somebody's livelihood,""
  187,000, ""Four and a half percent is an insult ...,"" 4.5% (number words, the issue's
  "zehn Minuten"), ""At £1.80 a stamp, ..."" 1.80 GBP, „Die 2,6 Prozent sind kein Grund zur
  Panik“ 2.6%, „Zwölf Prozent weniger – das ist das Ende ...“ 12%, ""$3.10 to stand in a
  packed car ...? ..."" 3.10 USD -; hyperbole and mottos with a number - "one of the finest
  in our 140-year history" 140 years, ""He plays like a guy who's been in this league for
  ten years,"" 10 years, „... damit es Kestner in zehn Jahren noch gibt“ 10 years, „...
  nicht erst in fünf Jahren“ 5 years, ""In my view, we are still in the first innings ...""
  ordinal 1. Rhetoric without a figure: „Die Talsohle ist durchschritten“, „Wir sanieren,
  ohne ...“, „Die Luft wird jetzt langsam dünn“, „Deutschland ist zurück auf dem
  Wachstumspfad“, «Dieser Rekord gehört unseren Mitarbeitenden», «Sicherheit gibt es nicht
  zum Nulltarif», „Wien verliert gerade den Anschluss an Europa“, ""We are watching markets
  with a high sense of urgency,"", ""We will not let the French pay ...,"", ""The global
  economy is sailing through choppy waters, ...,"", ""This is the moment Britain stops
  talking ...,"", ""This is not a storm to be taken lightly,"".
- New: scene colour with a figure is a negative with its figure labelled, as vox pops' ages
  (hundred-twenty-fourth, hundred-forty-sixth): "Vor dem Werkstor in Heilbronn verteilte
  eine 61-jährige Vertrauensfrau am Morgen Kaffee an die Frühschicht." 61 years; scene
  colour without one (hundred-fifty-second, hundred-fifty-eighth): "Ash drifted down like
  snow ...", "Waves crashed over the sea wall at Blackpool ...", "Fans at Scotiabank Arena
  chanted the rookie's name ...", the fans' chant in Berlin ("beim 0:3" a score, none;
  hundred-forty-third: a chant), the banner „Kunst ist kein Luxus“ (hundred-forty-first:
  placards) and a reaction ("Vielflieger reagierten in sozialen Netzwerken mit Spott und
  Ärger."; ninety-eighth). Vox pops with their figures labelled: the commuter's „zwei
  Stunden Puffer“ 2 hours, «Ohne Post stirbt das Dorf» with "eine 74-jährige Rentnerin" 74
  years, Tanisha Greer's 41 and "a mother of two" 2, Luis Arroyo's 22 years and 51, the
  mother's „fünf Wochen lang“ 5 weeks, Margaret Dunne's 30 years and 68, Ana Ruiz's 57 and
  "her two dogs" 2, Derek Fong's $3.10 and 29; and the coaches' verdicts ("We were sloppy
  all night ...", „Diese Entscheidung ist uns alles andere als leicht gefallen“).
- Other negatives (ninety-eighth to hundred-fifty-eighth): open questions ("It is unclear
  whether the minority government can muster a majority ...", "Ob die Preise im Winter
  weiter sinken, hängt laut Fachleuten vor allem vom Wetter ab.") and statements of mood ("A
  customs spokesman told a news conference the figures showed "the resilience and vitality"
  ...", "Marlow said in a statement that it was "deeply disappointed" by the vote.").
- Check-worthy without a figure (seventy-first, hundred-fourteenth to hundred-fifty-eighth):
  result and event leads ("Die Stimmung unter Finanzexperten ... hat sich im Oktober
  überraschend deutlich aufgehellt.", "Bayerns Landwirte haben in diesem Jahr deutlich mehr
  Kartoffeln geerntet als im Vorjahr.", "Die Inflation in Deutschland hat im September
  wieder angezogen.", "Zahlreiche Gasversorger senken zum Jahreswechsel ihre Preise."), a
  record lead with a point of reference ("Am Flughafen Zürich sind im September mehr
  Passagiere abgefertigt worden als in jedem anderen September zuvor."; twenty-ninth),
  stated facts and positions ("Betroffen seien vor allem die Werke in Heilbronn und
  Schweinfurt, ...", "Krahl sagte, ein Nachfolger solle bis zum Wochenende feststehen; ...",
  "Kultursenator Frank Wollweber sagte, ohne die Einsparungen könne Berlin die Vorgaben der
  Schuldenbremse nicht einhalten."), plans ("Regulator Ofcom said it would publish proposals
  ...", "The Socialists said they would table a motion of no confidence if ...";
  hundred-forty-sixth: a conditional step), a forecast of timing ("The Met Office said the
  strongest gusts were expected on exposed coasts between 6pm on Thursday and 9am on
  Friday." - clock times none), the demand and the six denials above.
- Counts (every batch): "um 5,3 Punkte auf 12,4 Zähler", "mit 9,0 Punkten", "um jeweils mehr
  als zehn Punkte" "over" ("jeweils" no hedge), "über 25.000 Punkten" "over" (the issue's
  "über 3.000 Soldaten"; "erstmals" no hedge), "auf 25.093 Zähler", "auf 26.000 Punkte",
  "eher 23.000 als 27.000 Punkte" both with no hedge, populations and tallies with their
  hedges ("32,000 payrolled jobs ... to 187,000", "weitere 140 Filialen", "auf rund 630
  Filialen", "mehr als 2'000 Einwohnern" - the Swiss apostrophe, tenth -, "about 3,100
  voting", "mehr als 1.000 Baustellen", "rund 2,3 Millionen Tonnen", "about 6.9 billion a
  year from a peak of 18.7 billion", "112 Grundversorger", "20.000 Kilowattstunden", "3,21
  Millionen Fluggäste", "rund 33,5 Millionen Passagieren", "1.200 zusätzliche Lehrkräfte",
  "etwa 430 Lehrerstellen", "rund 20.000 Lehrerinnen und Lehrer", "nach nur zehn Spielen"
  ("nur" no hedge), "mit neun Punkten", "die vergangenen vier Ligaspiele", "up to 90,000
  jobs and ... 640 flights a day" ("a day" none), "an extra 150,000 residents" ("an extra"
  no hedge, hundred-thirty-eighth), "rund 1.800 Stellen", "weitere 900 Arbeitsplätze"
  ("weitere" no hedge), "sieben Ziele", "about 12,000 people", "more than 4,200 acres", "At
  least 16 homes" "at_least", "bis zu 400 Arbeitsplätze", "rund 2.500 Menschen", "More than
  21,000 homes", "4.1 million subscribers"), "34 shots", "five goals", "the company's two
  Kansas plants", "two more neighborhoods", "her two dogs" and "a mother of two" 2 ("two"
  before a noun or standing for one, hundred-twenty-first), tallies ("voted 10-2" 10 and 2,
  hundred-forty-sixth: "ruled 6-2"; "4-3" and "0:3" scores none, hundred-forty-seventh),
  multiples ("scored twice" and "to cut rates twice more" 2 - the issue's "viermal" -,
  "nearly double what analysts had expected" 2 "nearly", "doppelt so hoch" 2). Physical
  measures are counts (fourth, hundred-thirty-fifth, hundred-forty-seventh): "gusts of up to
  65 mph" and "gusts of up to 80mph" "up_to" (the unit glued as wire copy glues it), "50mph
  speed limits" 50, "a 12-mile stretch" 12 (the issue's "a two-week visit"), "above 54
  decibels" 54 "over" (hundred-thirty-fifth: "above 40 degrees Celsius"), "20.000
  Kilowattstunden". New: a bare exchange-rate level without a currency word ("before we hit
  160", in a negative) is a count, while "to 154.80 per dollar" and "to 158 per dollar"
  after "The yen"/"the yen" are JPY (hundred-thirty-ninth). None: "Highway 126" (a name, as
  "S&P 500"), "double-digit declines", "double our sales" (a verb, hundred-forty-eighth),
  "Tausende", "im Schnitt" and "pro Woche" (no hedge, no unit).
- Ordinals and fractions (the issue; hundred-twentieth, hundred-thirty-first,
  hundred-fifty-eighth): "third-quarter profit", "from the second quarter", "third-quarter
  orders", "in the third quarter", "fourth-quarter revenue", "im dritten Quartal" 3, "the
  sixth straight month" 6, "its fourth straight game" 4 (hundred-fifty-eighth: "fifth
  straight win"), "his first six NHL games" ordinal 1 with count 6 (hundred-fifty-eighth:
  "in the year's first two months"), "late in the third period with his first goal of the
  season" 3 and 1, "auf Platz 16" 16 (ranks, thirty-fifth), "the first walkout in the
  district in five years" and "the first increase in two years" 1 with the span, "the third
  increase in 12 months" 3 with 12 months, and "the first innings" 1 in a negative. New: "a
  third runway" is ordinal 3 - "a third" before the noun it counts is an ordinal, not the
  fraction of "a third of" (hundred-forty-sixth: "nearly a third of them" 0.3333).
  Fractions: "rund zwei Drittel davon" 0.6667 "about" ("davon" no hedge,
  hundred-forty-sixth), "two-thirds of them" 0.6667 (hundred-fifty-ninth: "two-thirds of the
  26 points"), "rund ein Drittel ihrer Truppen" 0.3333 "about".
- Percentages as written with their hedges ("to 5.2%", "from 5.1%", "to 4.4%", "4,4 Prozent
  der Wirtschaftsleistung", "unter drei Prozent" "under" in a negative, "3,6 Prozent", "um
  15 Prozent", "a 14% rise", "up 9%", "um 64 Prozent ..., um 59 Prozent", "91%", "9% over
  two years ... 4.5%", "Nur 58,3 Prozent" ("Nur" no hedge), "bis 2029 auf 70 Prozent", "um
  fast 40 Prozent" "nearly", "ein Plus von 14 Prozent", "by 38%", "um 1,1 Prozent", "um 4,8
  Prozent", "4.7% ... from an expected 5.4%", "growth of 1.2% next year, up from 0.8%", "um
  2,6 Prozent", "um 3,4 Prozent, während Energie um 1,8 Prozent günstiger war", "2,9
  Prozent", "2,8 Prozent", "9.1%", "24% year on year", "about 5%", "im Schnitt um 7 Prozent"
  ("im Schnitt" no hedge), "64% ... raises totaling 24%" ("totaling" no hedge), "4,6 Prozent
  mehr" ("mehr" after the figure compares), "almost 60%" "nearly", "around 51%" "about",
  "3.4% from 3.3%", "0.9% from 1.2%", "1.7%", "1,1 Prozent", "0,1 Prozent statt bisher 0,4
  Prozent", "mindestens 1,5 Prozent" "at_least" in a negative, "um 11 Prozent", "um rund 5
  Prozent" "about", "um 40 Prozent", "5% contained", "im Schnitt um 12 Prozent", "auf ein
  Prozent" 1 (the number word "ein", hundred-forty-sixth: "ab einer Million Euro"), "17%",
  "about 24%", "3.25%" in a negative); percentage points in pp ("up to 0.5 percentage
  points" "up_to", "um 0,4 Prozentpunkte").
- Durations and ages (the issue: "fünfstündigen"; every batch): "in the three months through
  August" 3 months, "in more than three years" 3 years "over", "knapp zweistündigen" 2 hours
  "nearly" (in a negative), "seit mehr als zwei Jahren" 2 years "over", "ab einer Verspätung
  von sechs Minuten" 6 minutes ("ab" no hedge), "zwei Stunden Puffer" 2 hours, "its weakest
  in eight months" 8 months, "in 12 months", "within three years", "a four-year deal" 4
  years (the issue's "a two-week visit"), "over two years" 2 years ("over" before a span no
  hedge), "22 years", "an 19 Tagen" 19 days (hundred-sixtieth: days of exceedance), "fünf
  Wochen lang" 5 weeks, "a 140-year history", "ten years", "in zehn Jahren", "in fünf
  Jahren", "for 30 years". Ages are durations in years ("eine 74-jährige Rentnerin",
  "Tanisha Greer, 41,", "machinist Luis Arroyo, 51", "a 19-year-old from Sweden", "Margaret
  Dunne, 68,", "eine 61-jährige Vertrauensfrau", "Ana Ruiz, 57,", "A 73-year-old man",
  "commuter Derek Fong, 29,"). None: "im kommenden Jahr", "im laufenden Jahr", "für das
  Gesamtjahr", "jährlich", "im Jahr", "a year", "a day", "a month", "last year", "this
  year", "next year", "a year earlier", "this week", "im Vorjahr", "im Vorjahresmonat", "im
  September des Vorjahres", "seit Jahresbeginn", "zum Jahresende", "bis Jahresende", "by the
  end of the year", "bis Dezember", "im Frühjahr", "bis zum Frühjahr", "im Winter", "im
  Sommer", "heuer", "bis zum Wochenende", "seit Jahren" (no span a reader could check), "in
  the spring", "from November", "by March", "late in the third period", "in overtime", "by
  early afternoon", "through Friday", "long after sunset", "am Morgen", "am Abend", clock
  times ("6pm", "9am"), weekdays and months.
- Money in the currency written (every batch): EUR ("5,7 Milliarden Euro", "nur noch 9 Euro"
  ("für einen Doppelzentner" none), "auf 15 Euro" in a hope, "30 billion euros", "rund 140
  Euro", "im Schnitt sogar 560 Euro" ("sogar" no hedge), "6.1 billion euros from 2.9 billion
  euros", "about 29 billion euros", "rund 85 Millionen Euro jährlich", "auf 4,3 Milliarden
  Euro", "von 110 Millionen Euro"), USD ("$4.2 billion, or $1.38 per share, from $3.7
  billion" - "per share" none -, "about $26 billion from $25 billion", "$1.1 billion", "$110
  million", "$96.8 billion from $102.3 billion", "$1.9 billion", "about $50 million a day",
  "$11.2 billion", "$11.9 billion, above Wall Street estimates of $11.6 billion" ("above"
  before an article no hedge), "$2 more ..., rising to $19.99 a month", "to $3.10 from
  $2.90", "about $140 million a year", and "$3.10" in a vox pop), GBP ("by 10p to £1.80"
  0.10 and 1.80 - pence are GBP hundredths, hundred-thirtieth -, "about 25 billion pounds a
  year", "about £52 billion", "At £1.80 a stamp" in a negative), JPY ("7.4 trillion yen" and
  the two rates above), CHF ("jährlich rund 4 Milliarden Franken" "about").
- Years and dates: "since early 2021", "das Budget für 2027" and "a draft 2027 budget", "für
  2028", "bis Ende 2029", "seit 2010", "bis 2029", "in 2006", "by 2030" and "2027" in
  convictions, "bis 2030", "in 2027", "by 2028", "bis 2028", "in 2029", "bis Ende 2027",
  "seit 2019", "bis 2034", and "2028" in a negative; "from Nov. 3" --11-03 and "takes effect
  Jan. 4" --01-04 dates without a year; Reuters and AFP English datelines with a day
  ("LONDON, Oct 13 (Reuters)", "NEW YORK, Oct 13 (Reuters)", "TOKYO, Oct 13 (Reuters)",
  "PARIS, Oct 13 (AFP)", "BEIJING, Oct 14 (Reuters)", "AMSTERDAM, Oct 14 (Reuters)",
  "WASHINGTON, Oct 14 (Reuters)", "NEW YORK, Oct 15 (Reuters)") dates without a year
  (hundred-forty-sixth: "BERLIN, Sept 24"); dpa with its slugs ("dpa/lby", "dpa/bb"),
  dpa-AFX, APA, Keystone-SDA, Reuters German ("Frankfurt (Reuters) -", "Berlin (Reuters) -",
  "Stuttgart (Reuters) -"), AP ("MINNEAPOLIS (AP) —", "WICHITA, Kan. (AP) —", "TORONTO (AP)
  —", "LOS ANGELES (AP) —", "NEW YORK (AP) —") and PA ("LONDON (PA) -") datelines none
  (seventy-ninth).
- Hedges, only the names in use: "rund", "etwa", "about", "around" "about"; "knapp", "fast",
  "almost", "nearly" "nearly"; "mehr als", "über", "more than", "above" "over"; "unter"
  "under"; "bis zu", "up to" "up_to"; "mindestens", "at least", "At least" "at_least". No
  hedge: "nur", "Nur", "lediglich", "jeweils", "Insgesamt", "im Schnitt", "sogar",
  "weitere", "zusätzliche", "erstmals", "totaling", "an extra", "both", "ab", "over" before
  a span, "above" before an article, "statt bisher", "from" in "to ... from", "mehr" and
  "more" after a figure.
- Speakers, checked only in forms the earlier batches settled: "wie das Leibniz-Zentrum für
  Europäische Wirtschaftsforschung (ZEW) am Dienstag mitteilte" -> "das Leibniz-Zentrum für
  Europäische Wirtschaftsforschung" (the abbreviation in brackets and the weekday dropped,
  eighty-fifth, ninety-ninth), "wie die Flughafen Zürich AG am Mittwoch mitteilte" -> "die
  Flughafen Zürich AG", "teilte das Statistische Bundesamt am Mittwoch mit" -> "das
  Statistische Bundesamt", "teilte das Unternehmen am Dienstag mit" and "teilte das
  Unternehmen am Donnerstag mit" -> "das Unternehmen", "teilte die Lufthansa-Tochter mit" ->
  "die Lufthansa-Tochter" and "teilte das VBS am Donnerstag mit" -> "das VBS"
  (hundred-fourteenth, hundred-thirty-eighth, hundred-fifty-eighth: "teilte der Konzern am
  Montag mit", "teilte der Netzbetreiber mit"), "laut Verivox" as written
  (hundred-thirty-eighth: "laut Statistik Austria"), "Reuttner sagte, ...", "Trattnig sagte,
  ...", "Halbwirth sagte, ...", "Brenninkmeyer sagte, ...", "Krahl sagte, ..." and
  "Aeschlimann sagte, ..." opening the row (forty-second, hundred-thirty-first),
  "Kestner-Chef Roland Ebersberger sagte" and "Kultursenator Frank Wollweber sagte" the name
  with the title dropped (hundred-forty-sixth, hundred-fifty-eighth), "sagte Post-Sprecherin
  Lea Gmür", "sagte Verbandspräsident Xaver Moosrainer" and "sagte Wirtschaftsministerin
  Katrin Vollrath bei der Vorstellung der Herbstprojektion" the name with title and occasion
  dropped (hundred-thirty-first, hundred-forty-sixth). English: "the Office for National
  Statistics said", "the National Weather Service said" and "Cumbria Police said" as written
  with the article the sentence gives (fifteenth, forty-second), "The Minneapolis Federation
  of Teachers said ...", "The International Association of Machinists said ...", "The IMF
  said ...", "The Met Office said ..." and "The Ventura County Fire Department said ..."
  opening the row -> the article in lower case (hundred-fourteenth, hundred-forty-sixth),
  "Royal Mail said" and "Heathrow said" as written (eighteenth: "Unison said"), "according
  to the finance ministry", "according to the Energy Networks Association" with the article
  (ninety-eighth), "Pell said", "Zhou said", "Sloot said" and "Whitlock said" as written,
  "Superintendent Carla Whitfield said" the name with the title dropped (fifteenth,
  ninety-eighth). Left unchecked (None): rows without attribution and all negatives, also
  those with a named speaker; "official data showed", "customs data showed", "according to
  early tax data", "according to Finance Ministry data", "wie aus Zahlen des Konzerns
  hervorgeht" (documents, hundred-second, hundred-twentieth, hundred-fifty-eighth),
  "Economists in a Reuters poll" (hundred-forty-first), "Business groups ..., which they
  said" (a pronoun), "the company said on Tuesday" and "the company said on Thursday"
  (hundred-tenth: "The group said"), "Regulator Ofcom said" (a description before the name,
  fortieth), "The Transport Secretary told MPs" and "The MTA's chairman said" (a role
  without a name, hundred-fifteenth), "schätzt", "estimate", "expect", "rechnet", "forecast"
  (estimating verbs, hundred-tenth and hundred-twenty-seventh), "bezifferte das
  Ministerium", "Als Grund nannte die Fluglinie", "warnte" and "warned", "kritisierten" and
  "kritisierte", "forderte" and "forderten ... auf", "wies ... zurück" and "denied"
  (hundred-twentieth, hundred-thirty-first, hundred-fortieth), "A study commissioned by
  Hillingdon Council found" (a study), "nach Polizeiangaben" (hundred-forty-sixth: a
  compound "Nach X-Angaben"), "Nach Einschätzung der Bundesbank" (above), "It warned" (a
  pronoun). New, left unchecked until settled: "Nach Angaben des Vergleichsportals Verivox"
  (a description before the name inside "nach Angaben"), "The Socialists said" (a party
  named by its members), "fire officials said" (a plural of officials, not yet settled as
  "police said" is), "Corliss told strikers on the picket line" (an audience other than
  reporters or a rally, twenty-ninth: "told a rally").

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_165 = [
    # --- ZEW-Konjunkturerwartungen (dpa-AFX) ---
    (
        "de",
        "Mannheim (dpa-AFX) - Die Stimmung unter Finanzexperten in Deutschland hat sich im Oktober überraschend deutlich aufgehellt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Index der ZEW-Konjunkturerwartungen stieg um 5,3 Punkte auf 12,4 Zähler, wie das Leibniz-Zentrum für Europäische Wirtschaftsforschung (ZEW) am Dienstag mitteilte.",
        True,
        [("count", 5.3, None, None), ("count", 12.4, None, None)],
        "das Leibniz-Zentrum für Europäische Wirtschaftsforschung",
    ),
    (
        "de",
        "Von dpa-AFX befragte Volkswirte hatten im Schnitt lediglich mit 9,0 Punkten gerechnet.",
        True,
        [("count", 9.0, None, None)],
        None,
    ),
    ("de", "„Die Talsohle ist durchschritten“, sagte ZEW-Präsident Achim Reuttner.", False, [], None),
    (
        "de",
        "Reuttner sagte, besonders zuversichtlich seien die Experten für die Chemie- und die Exportbranche, wo der Saldo um jeweils mehr als zehn Punkte zulegte.",
        True,
        [("count", 10, None, "over")],
        "Reuttner",
    ),
    (
        "de",
        "„Ich würde mich nicht wundern, wenn wir im Frühjahr schon bei 30 Punkten stehen“, sagte ein Frankfurter Fondsmanager.",
        False,
        [("count", 30, None, None)],
        None,
    ),
    (
        "de",
        "Ökonomen warnen allerdings, dass die hohen Energiepreise die Erholung jederzeit wieder abwürgen könnten.",
        False,
        [],
        None,
    ),
    # --- UK jobs (Reuters) ---
    (
        "en",
        "LONDON, Oct 13 (Reuters) - The British jobless rate climbed to 5.2% in the three months through August, a level last seen in early 2021, official data showed on Tuesday.",
        True,
        [
            ("date", "--10-13", None, None),
            ("percent", 5.2, "%", None),
            ("duration", 3, "month", None),
            ("year", 2021, None, None),
        ],
        None,
    ),
    ("en", "Economists in a Reuters poll had expected no change from 5.1%.", True, [("percent", 5.1, "%", None)], None),
    (
        "en",
        "Growth in regular pay, which strips out bonuses, eased to 4.4%, its slowest pace in more than three years, the Office for National Statistics said.",
        True,
        [("percent", 4.4, "%", None), ("duration", 3, "year", "over")],
        "the Office for National Statistics",
    ),
    ("en", 'The Chancellor said the figures showed the economy was "turning a corner."', False, [], None),
    (
        "en",
        "Employers cut 32,000 payrolled jobs in September, according to early tax data, bringing the fall since last October to 187,000.",
        True,
        [("count", 32000, None, None), ("count", 187000, None, None)],
        None,
    ),
    (
        "en",
        "Business groups blamed the drop on higher employer national insurance contributions, which they said had added about 25 billion pounds a year to firms' costs.",
        True,
        [("money", 25000000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        '"Every one of those 187,000 jobs was somebody\'s livelihood," said Dominic Feld of the Wellmark Foundation, a think tank.',
        False,
        [("count", 187000, None, None)],
        None,
    ),
    (
        "en",
        '"Personally, I think the Bank of England will have to take rates down to 3.25% by March," said Ines Costa, an economist at Threlkeld Securities.',
        False,
        [("percent", 3.25, "%", None)],
        None,
    ),
    # --- Budgetrede (APA) ---
    (
        "de",
        "Wien (APA) - Finanzminister Markus Trattnig hat am Dienstag im Nationalrat das Budget für 2027 vorgelegt, das ein Defizit von 4,4 Prozent der Wirtschaftsleistung vorsieht.",
        True,
        [("year", 2027, None, None), ("percent", 4.4, "%", None)],
        None,
    ),
    (
        "de",
        "In seiner knapp zweistündigen Budgetrede sprach Trattnig von einem „Budget der Verantwortung“.",
        False,
        [("duration", 2, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "Trattnig sagte, die Regierung wolle im kommenden Jahr 5,7 Milliarden Euro einsparen, wovon rund zwei Drittel auf Kürzungen bei den Ausgaben entfielen.",
        True,
        [("money", 5700000000, "EUR", None), ("fraction", 0.6667, None, "about")],
        "Trattnig",
    ),
    ("de", "„Wir sanieren, ohne das Land kaputtzusparen“, sagte der Minister.", False, [], None),
    (
        "de",
        "„Ich bin felsenfest überzeugt, dass wir 2028 wieder unter drei Prozent liegen werden“, fügte Trattnig hinzu.",
        False,
        [("year", 2028, None, None), ("percent", 3, "%", "under")],
        None,
    ),
    (
        "de",
        "Der Fiskalrat rechnet dagegen für 2028 mit einem Defizit von 3,6 Prozent.",
        True,
        [("year", 2028, None, None), ("percent", 3.6, "%", None)],
        None,
    ),
    ("de", "Die FPÖ sprach von einem „Belastungspaket für die Fleißigen“.", False, [], None),
    (
        "de",
        "Die Grünen kritisierten, dass das Klimaticket ab Jänner um 15 Prozent teurer werde.",
        True,
        [("percent", 15, "%", None)],
        None,
    ),
    # --- Ashgrove results (Reuters) ---
    (
        "en",
        "NEW YORK, Oct 13 (Reuters) - Ashgrove Financial reported a 14% rise in third-quarter profit on Tuesday, helped by a surge in trading revenue as volatile markets kept its clients busy.",
        True,
        [("date", "--10-13", None, None), ("percent", 14, "%", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Net income rose to $4.2 billion, or $1.38 per share, from $3.7 billion a year earlier.",
        True,
        [("money", 4200000000, "USD", None), ("money", 1.38, "USD", None), ("money", 3700000000, "USD", None)],
        None,
    ),
    (
        "en",
        'Chief Executive Graham Pell called the quarter "one of the finest in our 140-year history."',
        False,
        [("duration", 140, "year", None)],
        None,
    ),
    (
        "en",
        "The bank raised its forecast for full-year net interest income to about $26 billion from $25 billion.",
        True,
        [("money", 26000000000, "USD", "about"), ("money", 25000000000, "USD", None)],
        None,
    ),
    (
        "en",
        '"Personally, I expect the Fed to cut rates twice more before the end of the year," Pell told analysts on a conference call.',
        False,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Pell said the bank had set aside $1.1 billion for potential loan losses, up 9% from the second quarter, mainly because of weakness in commercial real estate.",
        True,
        [("money", 1100000000, "USD", None), ("percent", 9, "%", None), ("ordinal", 2, None, None)],
        "Pell",
    ),
    ("en", "Some analysts said the trading boom was unlikely to last.", False, [], None),
    # --- Post-Filialen (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Post will bis Ende 2029 weitere 140 Filialen schliessen oder in Partnerbetriebe umwandeln.",
        True,
        [("year", 2029, None, None), ("count", 140, None, None)],
        None,
    ),
    (
        "de",
        "Das eigene Netz schrumpfe damit auf rund 630 Filialen, teilte das Unternehmen am Dienstag mit.",
        True,
        [("count", 630, None, "about")],
        "das Unternehmen",
    ),
    (
        "de",
        "Die Zahl der am Schalter aufgegebenen Briefe sei seit 2010 um 64 Prozent zurückgegangen, die der Einzahlungen um 59 Prozent, sagte Post-Sprecherin Lea Gmür.",
        True,
        [("year", 2010, None, None), ("percent", 64, "%", None), ("percent", 59, "%", None)],
        "Lea Gmür",
    ),
    (
        "de",
        "Die Gewerkschaft Syndicom fürchtet, dass dadurch bis zu 800 Stellen verloren gehen.",
        False,
        [("count", 800, None, "up_to")],
        None,
    ),
    (
        "de",
        "Die Post wies einen Bericht zurück, wonach bereits Kündigungen ausgesprochen worden seien.",
        True,
        [],
        None,
    ),
    ("de", "«Das ist ein Kahlschlag auf Raten», sagte Syndicom-Zentralsekretär Urs Blatter.", False, [], None),
    (
        "de",
        "«Ohne Post stirbt das Dorf», sagte eine 74-jährige Rentnerin im bernischen Schwarzenburg.",
        False,
        [("duration", 74, "year", None)],
        None,
    ),
    (
        "de",
        "Der Gemeindeverband forderte, dass jede Gemeinde mit mehr als 2'000 Einwohnern eine eigene Filiale behält.",
        True,
        [("count", 2000, None, "over")],
        None,
    ),
    # --- Minneapolis teachers (AP) ---
    (
        "en",
        "MINNEAPOLIS (AP) — Minneapolis teachers voted overwhelmingly Tuesday to authorize a strike, raising the prospect of the first walkout in the district in five years.",
        True,
        [("ordinal", 1, None, None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "The Minneapolis Federation of Teachers said 91% of the members who cast ballots backed the authorization, with about 3,100 voting.",
        True,
        [("percent", 91, "%", None), ("count", 3100, None, "about")],
        "the Minneapolis Federation of Teachers",
    ),
    (
        "en",
        "The union is seeking raises of 9% over two years and caps on class sizes, while the district has offered 4.5%.",
        True,
        [("percent", 9, "%", None), ("duration", 2, "year", None), ("percent", 4.5, "%", None)],
        None,
    ),
    (
        "en",
        '"Four and a half percent is an insult to every teacher in this city," union president Renata Ojeda told a rally outside district headquarters.',
        False,
        [("percent", 4.5, "%", None)],
        None,
    ),
    (
        "en",
        "Superintendent Carla Whitfield said the district faced a $110 million budget shortfall and could not afford the union's demands.",
        True,
        [("money", 110000000, "USD", None)],
        "Carla Whitfield",
    ),
    ("en", "Whitfield denied that the district planned to close schools to cover the gap.", True, [], None),
    ("en", "Parents' groups fear a long walkout would set children back again.", False, [], None),
    (
        "en",
        '"My daughter still hasn\'t caught up from the last one," said Tanisha Greer, 41, a mother of two.',
        False,
        [("duration", 41, "year", None), ("count", 2, None, None)],
        None,
    ),
    # --- Bahn-Pünktlichkeit (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die Deutsche Bahn ist im September so unpünktlich gewesen wie seit mehr als zwei Jahren nicht mehr.",
        True,
        [("duration", 2, "year", "over")],
        None,
    ),
    (
        "de",
        "Nur 58,3 Prozent der Fernzüge erreichten ihr Ziel ohne größere Verspätung, wie aus Zahlen des Konzerns hervorgeht.",
        True,
        [("percent", 58.3, "%", None)],
        None,
    ),
    (
        "de",
        "Erst ab einer Verspätung von sechs Minuten wird ein Zug in der Bahnstatistik als unpünktlich geführt.",
        True,
        [("duration", 6, "minute", None)],
        None,
    ),
    (
        "de",
        "Eine Bahnsprecherin nannte die Zahlen „nicht zufriedenstellend“ und verwies auf mehr als 1.000 Baustellen im Netz.",
        True,
        [("count", 1000, None, "over")],
        None,
    ),
    ("de", "Der Fahrgastverband Pro Bahn nannte die Bilanz einen „Offenbarungseid“.", False, [], None),
    (
        "de",
        "Die Bahn hat sich zum Ziel gesetzt, die Pünktlichkeit im Fernverkehr bis 2029 auf 70 Prozent zu steigern.",
        True,
        [("year", 2029, None, None), ("percent", 70, "%", None)],
        None,
    ),
    ("de", "Bahnchefin Evelyn Sander hofft, dass sich die Lage schon im Winter spürbar bessert.", False, [], None),
    (
        "de",
        "„Ich plane inzwischen für jede Fahrt zwei Stunden Puffer ein“, sagte ein Pendler am Berliner Hauptbahnhof.",
        False,
        [("duration", 2, "hour", None)],
        None,
    ),
    # --- Yen (Reuters) ---
    (
        "en",
        "TOKYO, Oct 13 (Reuters) - The yen slid to 154.80 per dollar on Tuesday, its weakest in eight months, prompting Japan's top currency diplomat to warn against speculative moves.",
        True,
        [("date", "--10-13", None, None), ("money", 154.80, "JPY", None), ("duration", 8, "month", None)],
        None,
    ),
    (
        "en",
        '"We are watching markets with a high sense of urgency," Japan\'s vice finance minister for international affairs told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Tokyo spent 7.4 trillion yen propping up its currency between late April and early May last year, according to Finance Ministry data.",
        True,
        [("money", 7400000000000, "JPY", None)],
        None,
    ),
    ("en", "The ministry declined to say whether it had intervened on Tuesday.", False, [], None),
    ("en", "Traders said the authorities' patience was wearing thin.", False, [], None),
    (
        "en",
        "Analysts at Nomura expect the yen to weaken to 158 per dollar by the end of the year.",
        True,
        [("money", 158, "JPY", None)],
        None,
    ),
    (
        "en",
        '"My gut says they\'ll step in before we hit 160," said a currency trader at a Japanese bank in Tokyo.',
        False,
        [("count", 160, None, None)],
        None,
    ),
    # --- Kartoffelernte (dpa/lby) ---
    (
        "de",
        "München (dpa/lby) - Bayerns Landwirte haben in diesem Jahr deutlich mehr Kartoffeln geerntet als im Vorjahr.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Bayerische Bauernverband schätzt die Erntemenge auf rund 2,3 Millionen Tonnen, ein Plus von 14 Prozent.",
        True,
        [("count", 2300000, None, "about"), ("percent", 14, "%", None)],
        None,
    ),
    (
        "de",
        "Wegen des Überangebots seien die Erzeugerpreise aber um fast 40 Prozent eingebrochen, sagte Verbandspräsident Xaver Moosrainer.",
        True,
        [("percent", 40, "%", "nearly")],
        "Xaver Moosrainer",
    ),
    (
        "de",
        "„Eine Rekordernte, und trotzdem legen viele Betriebe drauf – das versteht kein Mensch“, sagte Moosrainer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für einen Doppelzentner Speisekartoffeln bekommen die Bauern derzeit im Schnitt nur noch 9 Euro.",
        True,
        [("money", 9, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Bauern hoffen, dass sich die Preise bis zum Frühjahr wieder auf 15 Euro erholen.",
        False,
        [("money", 15, "EUR", None)],
        None,
    ),
    ("de", "Verbraucher sollten die Knollen kühl und dunkel lagern, riet der Verband.", False, [], None),
    # --- Royal Mail stamps (PA) ---
    (
        "en",
        "LONDON (PA) - Royal Mail is to raise the price of a standard stamp by 10p to £1.80 from Nov. 3, the company said on Tuesday.",
        True,
        [("money", 0.10, "GBP", None), ("money", 1.80, "GBP", None), ("date", "--11-03", None, None)],
        None,
    ),
    (
        "en",
        "It will be the third increase in 12 months and takes the cost of sending a letter up by 38% since the start of last year.",
        True,
        [("ordinal", 3, None, None), ("duration", 12, "month", None), ("percent", 38, "%", None)],
        None,
    ),
    (
        "en",
        "Royal Mail said letter volumes had fallen to about 6.9 billion a year from a peak of 18.7 billion in 2006.",
        True,
        [("count", 6900000000, None, "about"), ("count", 18700000000, None, None), ("year", 2006, None, None)],
        "Royal Mail",
    ),
    ("en", 'Citizens Advice said the rise was "yet another blow for people who depend on the post."', False, [], None),
    (
        "en",
        '"At £1.80 a stamp, a birthday card is turning into a luxury item," said Hannah Roe of the consumer group.',
        False,
        [("money", 1.80, "GBP", None)],
        None,
    ),
    (
        "en",
        "Regulator Ofcom said it would publish proposals for reforming the universal service obligation in the spring.",
        True,
        [],
        None,
    ),
    ("en", "Royal Mail denied that the rise was linked to its missed delivery targets.", True, [], None),
    (
        "en",
        "The company hopes to return its letters business to profit within three years.",
        False,
        [("duration", 3, "year", None)],
        None,
    ),
    # --- Dax-Rekord (Reuters) ---
    (
        "de",
        "Frankfurt (Reuters) - Der Dax hat am Dienstag erstmals in seiner Geschichte über 25.000 Punkten geschlossen.",
        True,
        [("count", 25000, None, "over")],
        None,
    ),
    (
        "de",
        "Der Leitindex stieg um 1,1 Prozent auf 25.093 Zähler.",
        True,
        [("percent", 1.1, "%", None), ("count", 25093, None, None)],
        None,
    ),
    ("de", "„Die Luft wird jetzt langsam dünn“, sagte ein Händler.", False, [], None),
    (
        "de",
        "Gefragt waren vor allem Rüstungswerte: Rheinmetall-Aktien legten um 4,8 Prozent zu.",
        True,
        [("percent", 4.8, "%", None)],
        None,
    ),
    (
        "de",
        "„Meiner Meinung nach sehen wir zum Jahresende eher 23.000 als 27.000 Punkte“, sagte Marktstratege Jan Oltmanns von der Aldenhoff Bank.",
        False,
        [("count", 23000, None, None), ("count", 27000, None, None)],
        None,
    ),
    (
        "de",
        "Die Analysten der DZ Bank hoben ihr Dax-Ziel für das Jahresende auf 26.000 Punkte an.",
        True,
        [("count", 26000, None, None)],
        None,
    ),
    ("de", "Viele Anleger fürchten eine Überhitzung.", False, [], None),
    # --- French budget (AFP) ---
    (
        "en",
        "PARIS, Oct 13 (AFP) - The French government unveiled a draft 2027 budget on Tuesday that aims to cut the public deficit to 4.7% of gross domestic product from an expected 5.4% this year.",
        True,
        [
            ("date", "--10-13", None, None),
            ("year", 2027, None, None),
            ("percent", 4.7, "%", None),
            ("percent", 5.4, "%", None),
        ],
        None,
    ),
    (
        "en",
        "The plan includes 30 billion euros in savings, two-thirds of them from spending cuts, according to the finance ministry.",
        True,
        [("money", 30000000000, "EUR", None), ("fraction", 0.6667, None, None)],
        "the finance ministry",
    ),
    (
        "en",
        "The budget is based on growth of 1.2% next year, up from 0.8% this year.",
        True,
        [("percent", 1.2, "%", None), ("percent", 0.8, "%", None)],
        None,
    ),
    (
        "en",
        "The High Council of Public Finances, the country's fiscal watchdog, called the government's growth forecast \"optimistic.\"",
        False,
        [],
        None,
    ),
    (
        "en",
        "The Socialists said they would table a motion of no confidence if the government forced the budget through without a vote.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"We will not let the French pay for this government\'s incompetence," a far-right lawmaker told AFP.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The finance ministry denied a report in Les Echos that it planned to raise VAT on restaurant meals.",
        True,
        [],
        None,
    ),
    ("en", "It is unclear whether the minority government can muster a majority for the text.", False, [], None),
    # --- Inflation (dpa) ---
    ("de", "Wiesbaden (dpa) - Die Inflation in Deutschland hat im September wieder angezogen.", True, [], None),
    (
        "de",
        "Die Verbraucherpreise lagen um 2,6 Prozent über dem Niveau des Vorjahresmonats, teilte das Statistische Bundesamt am Mittwoch mit.",
        True,
        [("percent", 2.6, "%", None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Lebensmittel verteuerten sich um 3,4 Prozent, während Energie um 1,8 Prozent günstiger war als im September des Vorjahres.",
        True,
        [("percent", 3.4, "%", None), ("percent", 1.8, "%", None)],
        None,
    ),
    (
        "de",
        "„Die Inflation ist zurück, und sie frisst die Lohnerhöhungen auf“, sagte die Vorsitzende des Verbraucherzentrale Bundesverbands, Ramona Pietsch.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Die 2,6 Prozent sind kein Grund zur Panik“, sagte Commerzbank-Chefvolkswirt Holger Brenninkmeyer.",
        False,
        [("percent", 2.6, "%", None)],
        None,
    ),
    (
        "de",
        "Brenninkmeyer sagte, er rechne damit, dass die Rate bis Dezember auf 2,9 Prozent steigt.",
        True,
        [("percent", 2.9, "%", None)],
        "Brenninkmeyer",
    ),
    (
        "de",
        "Ohne die schwankungsanfälligen Preise für Energie und Nahrungsmittel betrug die Teuerung 2,8 Prozent.",
        True,
        [("percent", 2.8, "%", None)],
        None,
    ),
    (
        "de",
        "Verbraucherschützer rieten, größere Anschaffungen nicht aus Angst vor weiteren Preissprüngen vorzuziehen.",
        False,
        [],
        None,
    ),
    # --- China exports (Reuters) ---
    (
        "en",
        "BEIJING, Oct 14 (Reuters) - China's exports grew 9.1% in September from a year earlier, beating forecasts, as shipments to Southeast Asia and Africa offset a slump in sales to the United States.",
        True,
        [("date", "--10-14", None, None), ("percent", 9.1, "%", None)],
        None,
    ),
    (
        "en",
        "Shipments to the United States fell 24% year on year, the sixth straight month of double-digit declines, customs data showed.",
        True,
        [("percent", 24, "%", None), ("ordinal", 6, None, None)],
        None,
    ),
    (
        "en",
        "The trade surplus narrowed to $96.8 billion from $102.3 billion in August.",
        True,
        [("money", 96800000000, "USD", None), ("money", 102300000000, "USD", None)],
        None,
    ),
    (
        "en",
        '"The export machine is simply unstoppable," said Zhou Lan, chief economist at Pinehurst Capital in Hong Kong.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Zhou said she expected exports to grow about 5% for the year as a whole.",
        True,
        [("percent", 5, "%", "about")],
        "Zhou",
    ),
    ("en", "Some analysts doubt the strength can last into next year as front-loading fades.", False, [], None),
    (
        "en",
        'A customs spokesman told a news conference the figures showed "the resilience and vitality" of China\'s foreign trade.',
        False,
        [],
        None,
    ),
    # --- Gaspreise (dpa) ---
    ("de", "Heidelberg (dpa) - Zahlreiche Gasversorger senken zum Jahreswechsel ihre Preise.", True, [], None),
    (
        "de",
        "Nach Angaben des Vergleichsportals Verivox haben bislang 112 Grundversorger Preissenkungen angekündigt, im Schnitt um 7 Prozent.",
        True,
        [("count", 112, None, None), ("percent", 7, "%", None)],
        None,
    ),
    (
        "de",
        "Ein Haushalt, der 20.000 Kilowattstunden im Jahr verbraucht, spart dadurch rund 140 Euro.",
        True,
        [("count", 20000, None, None), ("money", 140, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Wer vom Grundversorger in einen günstigeren Tarif wechselt, spart laut Verivox im Schnitt sogar 560 Euro im Jahr.",
        True,
        [("money", 560, "EUR", None)],
        "Verivox",
    ),
    ("de", "„Jetzt ist der richtige Moment, um zu vergleichen“, riet Energieexpertin Carola Wendt.", False, [], None),
    ("de", "Verbraucherschützer halten die Senkungen für längst überfällig.", False, [], None),
    ("de", "Ob die Preise im Winter weiter sinken, hängt laut Fachleuten vor allem vom Wetter ab.", False, [], None),
    # --- Marlow strike (AP) ---
    (
        "en",
        "WICHITA, Kan. (AP) — Machinists at Marlow Aerospace walked off the job Wednesday after rejecting a contract offer, halting production at the company's two Kansas plants.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The International Association of Machinists said 64% of members voted against the four-year deal, which offered raises totaling 24%.",
        True,
        [("percent", 64, "%", None), ("duration", 4, "year", None), ("percent", 24, "%", None)],
        "the International Association of Machinists",
    ),
    ("en", 'Union leader Dwayne Corliss called the offer "a slap in the face."', False, [], None),
    (
        "en",
        '"They made $1.9 billion last year and offered us crumbs," Corliss told strikers on the picket line.',
        True,
        [("money", 1900000000, "USD", None)],
        None,
    ),
    ("en", 'Marlow said in a statement that it was "deeply disappointed" by the vote.', False, [], None),
    (
        "en",
        "Analysts at TD Cowen estimate the strike will cost Marlow about $50 million a day in lost deliveries.",
        True,
        [("money", 50000000, "USD", "about")],
        None,
    ),
    ("en", "Workers fear the company will move more work to its non-union plant in South Carolina.", False, [], None),
    (
        "en",
        "\"I've been here 22 years and I've never seen people this angry,\" said machinist Luis Arroyo, 51.",
        False,
        [("duration", 22, "year", None), ("duration", 51, "year", None)],
        None,
    ),
    # --- Flughafen Zürich (Keystone-SDA) ---
    (
        "de",
        "Kloten (Keystone-SDA) - Am Flughafen Zürich sind im September mehr Passagiere abgefertigt worden als in jedem anderen September zuvor.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Insgesamt zählte der Flughafen 3,21 Millionen Fluggäste, 4,6 Prozent mehr als im Vorjahresmonat, wie die Flughafen Zürich AG am Mittwoch mitteilte.",
        True,
        [("count", 3210000, None, None), ("percent", 4.6, "%", None)],
        "die Flughafen Zürich AG",
    ),
    ("de", "«Dieser Rekord gehört unseren Mitarbeitenden», sagte Flughafen-Chefin Andrea Pfister.", False, [], None),
    (
        "de",
        "Der Verein Ruhige Nächte Zürich-Nord kritisierte, dass die Nachtruhe im September an 19 Tagen verletzt worden sei.",
        True,
        [("duration", 19, "day", None)],
        None,
    ),
    (
        "de",
        "«Wer hier wohnt, schläft seit Jahren mit Ohrstöpseln», sagte Vereinspräsident Kurt Dätwyler.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Flughafen rechnet für das Gesamtjahr mit rund 33,5 Millionen Passagieren.",
        True,
        [("count", 33500000, None, "about")],
        None,
    ),
    (
        "de",
        "Pfister zeigte sich überzeugt, dass Zürich schon 2027 die Marke von 36 Millionen knacken wird.",
        False,
        [("year", 2027, None, None), ("count", 36000000, None, None)],
        None,
    ),
    # --- Van Aalst orders (Reuters) ---
    (
        "en",
        "AMSTERDAM, Oct 14 (Reuters) - Dutch chip equipment maker Van Aalst Instruments reported third-quarter orders far above expectations on Wednesday, and its shares jumped 9% in early trade.",
        True,
        [("date", "--10-14", None, None), ("ordinal", 3, None, None), ("percent", 9, "%", None)],
        None,
    ),
    (
        "en",
        "Bookings rose to 6.1 billion euros from 2.9 billion euros a year earlier, with almost 60% coming from makers of artificial intelligence chips.",
        True,
        [("money", 6100000000, "EUR", None), ("money", 2900000000, "EUR", None), ("percent", 60, "%", "nearly")],
        None,
    ),
    ("en", 'Chief Executive Maarten Sloot said AI demand was "the gift that keeps on giving."', False, [], None),
    (
        "en",
        "Sloot said Van Aalst still expected full-year sales of about 29 billion euros and a gross margin of around 51%.",
        True,
        [("money", 29000000000, "EUR", "about"), ("percent", 51, "%", "about")],
        "Sloot",
    ),
    ("en", '"I\'m convinced we will double our sales by 2030," Sloot said.', False, [("year", 2030, None, None)], None),
    ("en", 'One analyst described the order book as "almost too good to be true."', False, [], None),
    # --- Lehrkräfte (APA) ---
    (
        "de",
        "Wien (APA) - Bildungsminister Clemens Halbwirth will an Österreichs Schulen im kommenden Schuljahr 1.200 zusätzliche Lehrkräfte einsetzen.",
        True,
        [("count", 1200, None, None)],
        None,
    ),
    (
        "de",
        "Die Kosten dafür bezifferte das Ministerium mit rund 85 Millionen Euro jährlich.",
        True,
        [("money", 85000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Halbwirth sagte, derzeit seien österreichweit etwa 430 Lehrerstellen unbesetzt, die meisten davon in Wien.",
        True,
        [("count", 430, None, "about")],
        "Halbwirth",
    ),
    ("de", "„Jede Stunde, die ausfällt, ist eine Stunde zu viel“, sagte der Minister.", False, [], None),
    ("de", "Die Lehrergewerkschaft nannte das Paket „einen Tropfen auf den heißen Stein“.", False, [], None),
    (
        "de",
        "Gewerkschaftschef Anton Leitgeb warnte, bis 2030 gingen rund 20.000 Lehrerinnen und Lehrer in Pension.",
        True,
        [("year", 2030, None, None), ("count", 20000, None, "about")],
        None,
    ),
    (
        "de",
        "Elternvertreter fürchten, dass auch heuer wieder mehr als 10.000 Unterrichtsstunden pro Woche ausfallen.",
        False,
        [("count", 10000, None, "over")],
        None,
    ),
    (
        "de",
        "„Mein Sohn hatte im September fünf Wochen lang keinen Mathelehrer“, erzählte eine Mutter aus Favoriten.",
        False,
        [("duration", 5, "week", None)],
        None,
    ),
    # --- IMF outlook (Reuters) ---
    (
        "en",
        "WASHINGTON, Oct 14 (Reuters) - The International Monetary Fund on Wednesday raised its forecast for global growth this year to 3.4% from 3.3%, saying the world economy had proved more resilient to U.S. tariffs than feared.",
        True,
        [("date", "--10-14", None, None), ("percent", 3.4, "%", None), ("percent", 3.3, "%", None)],
        None,
    ),
    (
        "en",
        "The fund cut its forecast for German growth in 2027 to 0.9% from 1.2%.",
        True,
        [("year", 2027, None, None), ("percent", 0.9, "%", None), ("percent", 1.2, "%", None)],
        None,
    ),
    (
        "en",
        '"The global economy is sailing through choppy waters, but it has not capsized," the IMF\'s chief economist said at a news conference.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The IMF said U.S. growth would slow to 1.7% next year as higher import prices weigh on consumers.",
        True,
        [("percent", 1.7, "%", None)],
        "the IMF",
    ),
    (
        "en",
        "It warned that an escalation of trade tensions could shave up to 0.5 percentage points off global output by 2028.",
        True,
        [("percent", 0.5, "pp", "up_to"), ("year", 2028, None, None)],
        None,
    ),
    ("en", "Economists at several banks said the fund's numbers were, if anything, too cautious.", False, [], None),
    (
        "en",
        "Finance officials gathering in Washington this week hope to agree a joint statement on trade, but diplomats say the odds are slim.",
        False,
        [],
        None,
    ),
    # --- Hertha (dpa) ---
    (
        "de",
        "Berlin (dpa) - Fußball-Zweitligist Hertha BSC hat sich nach nur zehn Spielen von Trainer Marco Lindqvist getrennt.",
        True,
        [("count", 10, None, None)],
        None,
    ),
    (
        "de",
        "Die Berliner liegen mit neun Punkten nur auf Platz 16 und haben die vergangenen vier Ligaspiele allesamt verloren.",
        True,
        [("count", 9, None, None), ("ordinal", 16, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "„Diese Entscheidung ist uns alles andere als leicht gefallen“, sagte Sportdirektor Benno Krahl.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Krahl sagte, ein Nachfolger solle bis zum Wochenende feststehen; bis dahin übernimmt Co-Trainer Sven Ohlig.",
        True,
        [],
        "Krahl",
    ),
    (
        "de",
        "Lindqvist war erst im Sommer mit einem Vertrag bis 2028 gekommen.",
        True,
        [("year", 2028, None, None)],
        None,
    ),
    ("de", "Die Fans hatten am Samstag nach dem 0:3 gegen Paderborn „Lindqvist raus“ skandiert.", False, [], None),
    (
        "de",
        "„Hertha gehört in die Bundesliga, und zwar nicht erst in fünf Jahren“, sagte Krahl.",
        False,
        [("duration", 5, "year", None)],
        None,
    ),
    # --- Heathrow (PA) ---
    (
        "en",
        "LONDON (PA) - The Government has given the go-ahead for detailed planning of a third runway at Heathrow, with construction expected to begin in 2029.",
        True,
        [("ordinal", 3, None, None), ("year", 2029, None, None)],
        None,
    ),
    (
        "en",
        "The Transport Secretary told MPs the expansion would create up to 90,000 jobs and add 640 flights a day.",
        True,
        [("count", 90000, None, "up_to"), ("count", 640, None, None)],
        None,
    ),
    ("en", '"This is the moment Britain stops talking and starts building," she said.', False, [], None),
    (
        "en",
        "Heathrow said the project would cost about £52 billion and be privately financed.",
        True,
        [("money", 52000000000, "GBP", "about")],
        "Heathrow",
    ),
    (
        "en",
        "Campaigners fear that up to 200,000 more people in west London will be exposed to aircraft noise.",
        False,
        [("count", 200000, None, "up_to")],
        None,
    ),
    (
        "en",
        "A study commissioned by Hillingdon Council found that the runway would expose an extra 150,000 residents to noise above 54 decibels.",
        True,
        [("count", 150000, None, None), ("count", 54, None, "over")],
        None,
    ),
    ("en", 'The Mayor of London called the plan "a climate disaster waiting to happen."', False, [], None),
    (
        "en",
        '"I\'ve lived under the flight path for 30 years, and this will finish us off," said Margaret Dunne, 68, from Harmondsworth.',
        False,
        [("duration", 30, "year", None), ("duration", 68, "year", None)],
        None,
    ),
    # --- Herbstprojektion (Reuters) ---
    (
        "de",
        "Berlin (Reuters) - Die Bundesregierung rechnet für das kommende Jahr mit einem Wirtschaftswachstum von 1,1 Prozent.",
        True,
        [("percent", 1.1, "%", None)],
        None,
    ),
    (
        "de",
        "Für das laufende Jahr erwarte die Regierung nur noch ein Plus von 0,1 Prozent statt bisher 0,4 Prozent, sagte Wirtschaftsministerin Katrin Vollrath bei der Vorstellung der Herbstprojektion.",
        True,
        [("percent", 0.1, "%", None), ("percent", 0.4, "%", None)],
        "Katrin Vollrath",
    ),
    ("de", "„Deutschland ist zurück auf dem Wachstumspfad“, sagte Vollrath.", False, [], None),
    (
        "de",
        "Vollrath zeigte sich überzeugt, dass die Wirtschaft 2028 um mindestens 1,5 Prozent wachsen werde.",
        False,
        [("year", 2028, None, None), ("percent", 1.5, "%", "at_least")],
        None,
    ),
    (
        "de",
        "Nach Einschätzung der Bundesbank dürfte die Wirtschaftsleistung im dritten Quartal um 0,1 Prozent geschrumpft sein.",
        True,
        [("ordinal", 3, None, None), ("percent", 0.1, "%", None)],
        None,
    ),
    ("de", "Nach Einschätzung vieler Ökonomen ist die Prognose der Regierung zu optimistisch.", False, [], None),
    ("de", "Die Opposition sprach von „Wachstum auf Pump“.", False, [], None),
    # --- Maple Leafs (AP) ---
    (
        "en",
        "TORONTO (AP) — Rookie Elias Forsberg scored twice, including the overtime winner, to lift the Toronto Maple Leafs past the Boston Bruins 4-3 on Wednesday night.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Forsberg, a 19-year-old from Sweden, has five goals in his first six NHL games.",
        True,
        [
            ("duration", 19, "year", None),
            ("count", 5, None, None),
            ("ordinal", 1, None, None),
            ("count", 6, None, None),
        ],
        None,
    ),
    (
        "en",
        '"He plays like a guy who\'s been in this league for ten years," coach Pete Marchetti said.',
        False,
        [("duration", 10, "year", None)],
        None,
    ),
    (
        "en",
        "Goalie Petr Vesely stopped 34 shots as Toronto won its fourth straight game.",
        True,
        [("count", 34, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "Boston's Liam Cotter tied it late in the third period with his first goal of the season.",
        True,
        [("ordinal", 3, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    ("en", '"We were sloppy all night and we gave that one away," Bruins coach Ray Halloran said.', False, [], None),
    ("en", "Fans at Scotiabank Arena chanted the rookie's name long after the final horn.", False, [], None),
    # --- Kestner Stellenabbau (Reuters) ---
    (
        "de",
        "Stuttgart (Reuters) - Der Autozulieferer Kestner will in Deutschland bis Ende 2027 rund 1.800 Stellen streichen.",
        True,
        [("year", 2027, None, None), ("count", 1800, None, "about")],
        None,
    ),
    (
        "de",
        "Betroffen seien vor allem die Werke in Heilbronn und Schweinfurt, teilte das Unternehmen am Donnerstag mit.",
        True,
        [],
        "das Unternehmen",
    ),
    (
        "de",
        "Kestner-Chef Roland Ebersberger sagte, seit Jahresbeginn sei der Umsatz um 11 Prozent auf 4,3 Milliarden Euro geschrumpft.",
        True,
        [("percent", 11, "%", None), ("money", 4300000000, "EUR", None)],
        "Roland Ebersberger",
    ),
    (
        "de",
        "„Wir müssen jetzt handeln, damit es Kestner in zehn Jahren noch gibt“, sagte Ebersberger.",
        False,
        [("duration", 10, "year", None)],
        None,
    ),
    (
        "de",
        "Die IG Metall warnte, bei einer Schließung des Werks Schweinfurt stünden weitere 900 Arbeitsplätze bei Zulieferern in der Region auf dem Spiel.",
        True,
        [("count", 900, None, None)],
        None,
    ),
    (
        "de",
        "Betriebsratschefin Sabine Holzapfel nannte die Pläne einen „Schlag ins Gesicht jedes einzelnen Beschäftigten“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Kestner wies Berichte zurück, wonach das Werk in Schweinfurt komplett geschlossen werden soll.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Viele Beschäftigte fürchten, dass der Abbau am Ende doppelt so hoch ausfällt.",
        False,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Vor dem Werkstor in Heilbronn verteilte eine 61-jährige Vertrauensfrau am Morgen Kaffee an die Frühschicht.",
        False,
        [("duration", 61, "year", None)],
        None,
    ),
    # --- AUA Winterflugplan (APA) ---
    (
        "de",
        "Schwechat (APA) - Die Austrian Airlines streichen im Winterflugplan sieben Ziele aus dem Programm.",
        True,
        [("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "Insgesamt werde die Zahl der wöchentlichen Flüge ab Wien um rund 5 Prozent reduziert, teilte die Lufthansa-Tochter mit.",
        True,
        [("percent", 5, "%", "about")],
        "die Lufthansa-Tochter",
    ),
    (
        "de",
        "Als Grund nannte die Fluglinie die hohen Standortkosten in Wien, die seit 2019 um 40 Prozent gestiegen seien.",
        True,
        [("year", 2019, None, None), ("percent", 40, "%", None)],
        None,
    ),
    ("de", "„Wien verliert gerade den Anschluss an Europa“, sagte AUA-Chefin Petra Kaltenegger.", False, [], None),
    ("de", "Der Flughafen Wien sprach von einer „bedauerlichen, aber verkraftbaren“ Entscheidung.", False, [], None),
    ("de", "Die Grünen forderten die Regierung auf, die Flugabgabe nicht anzutasten.", True, [], None),
    ("de", "Vielflieger reagierten in sozialen Netzwerken mit Spott und Ärger.", False, [], None),
    # --- Ventura wildfire (AP) ---
    (
        "en",
        "LOS ANGELES (AP) — A wind-driven wildfire tore through dry hillsides in Ventura County on Thursday, forcing about 12,000 people to flee their homes.",
        True,
        [("count", 12000, None, "about")],
        None,
    ),
    (
        "en",
        "The fire had burned more than 4,200 acres by early afternoon and was 5% contained, fire officials said.",
        True,
        [("count", 4200, None, "over"), ("percent", 5, "%", None)],
        None,
    ),
    (
        "en",
        "The Ventura County Fire Department said at least 16 homes had been destroyed.",
        True,
        [("count", 16, None, "at_least")],
        "the Ventura County Fire Department",
    ),
    (
        "en",
        "Gusts of up to 65 mph were forecast through Friday, the National Weather Service said.",
        True,
        [("count", 65, None, "up_to")],
        "the National Weather Service",
    ),
    (
        "en",
        '"It looked like the whole mountain was on fire," said Ana Ruiz, 57, who fled with her two dogs.',
        False,
        [("duration", 57, "year", None), ("count", 2, None, None)],
        None,
    ),
    ("en", "Officials urged residents in nearby canyons to be ready to leave at a moment's notice.", False, [], None),
    (
        "en",
        "The sheriff ordered the evacuation of two more neighborhoods and closed a 12-mile stretch of Highway 126.",
        True,
        [("count", 2, None, None), ("count", 12, None, None)],
        None,
    ),
    (
        "en",
        "Ash drifted down like snow onto parked cars in downtown Ventura, and the sky glowed orange long after sunset.",
        False,
        [],
        None,
    ),
    # --- Berliner Kulturetat (dpa/bb) ---
    (
        "de",
        "Berlin (dpa/bb) - Der Berliner Senat hat Kürzungen im Kulturhaushalt von 110 Millionen Euro für das kommende Jahr beschlossen.",
        True,
        [("money", 110000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Am stärksten betroffen sind die Theater, deren Zuschüsse im Schnitt um 12 Prozent sinken sollen.",
        True,
        [("percent", 12, "%", None)],
        None,
    ),
    (
        "de",
        "Kultursenator Frank Wollweber sagte, ohne die Einsparungen könne Berlin die Vorgaben der Schuldenbremse nicht einhalten.",
        True,
        [],
        "Frank Wollweber",
    ),
    ("de", "„Wir schneiden ins Fleisch, nicht ins Fett“, räumte Wollweber ein.", False, [], None),
    (
        "de",
        "„Zwölf Prozent weniger – das ist das Ende der Berliner Theaterlandschaft, wie wir sie kennen“, sagte die Intendantin eines großen Hauses.",
        False,
        [("percent", 12, "%", None)],
        None,
    ),
    (
        "de",
        "Der Deutsche Bühnenverein warnte, bis zu 400 Arbeitsplätze an Berliner Bühnen seien gefährdet.",
        True,
        [("count", 400, None, "up_to")],
        None,
    ),
    (
        "de",
        "Am Abend protestierten vor dem Roten Rathaus nach Polizeiangaben rund 2.500 Menschen gegen die Pläne.",
        True,
        [("count", 2500, None, "about")],
        None,
    ),
    ("de", "Auf einem Transparent stand: „Kunst ist kein Luxus“.", False, [], None),
    # --- Storm Orla (PA) ---
    (
        "en",
        "LONDON (PA) - Amber warnings for wind are in force across much of northern England and Scotland as Storm Orla brings gusts of up to 80mph.",
        True,
        [("count", 80, None, "up_to")],
        None,
    ),
    (
        "en",
        "The Met Office said the strongest gusts were expected on exposed coasts between 6pm on Thursday and 9am on Friday.",
        True,
        [],
        "the Met Office",
    ),
    (
        "en",
        "More than 21,000 homes were without power by Thursday evening, according to the Energy Networks Association.",
        True,
        [("count", 21000, None, "over")],
        "the Energy Networks Association",
    ),
    (
        "en",
        "People were advised to stay away from coastal paths and not to travel unless absolutely necessary.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Network Rail closed the West Coast Main Line north of Preston and imposed 50mph speed limits on several other routes.",
        True,
        [("count", 50, None, None)],
        None,
    ),
    ("en", '"This is not a storm to be taken lightly," the Met Office\'s chief meteorologist said.', False, [], None),
    (
        "en",
        "A 73-year-old man was taken to hospital when a falling tree struck his car near Carlisle, Cumbria Police said.",
        True,
        [("duration", 73, "year", None)],
        "Cumbria Police",
    ),
    (
        "en",
        "Waves crashed over the sea wall at Blackpool as a handful of onlookers filmed on their phones.",
        False,
        [],
        None,
    ),
    # --- Armeebudget (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Bundesrat schlägt vor, die Ausgaben für die Armee schrittweise bis 2034 auf ein Prozent des Bruttoinlandprodukts zu steigern.",
        True,
        [("year", 2034, None, None), ("percent", 1, "%", None)],
        None,
    ),
    (
        "de",
        "Dafür seien bis dahin jährlich rund 4 Milliarden Franken zusätzlich nötig, teilte das VBS am Donnerstag mit.",
        True,
        [("money", 4000000000, "CHF", "about")],
        "das VBS",
    ),
    (
        "de",
        "Finanziert werden soll der Ausbau unter anderem durch eine befristete Erhöhung der Mehrwertsteuer um 0,4 Prozentpunkte.",
        True,
        [("percent", 0.4, "pp", None)],
        None,
    ),
    ("de", "Die SP sprach von einem «Aufrüstungswahn auf Kosten der Bevölkerung».", False, [], None),
    ("de", "«Sicherheit gibt es nicht zum Nulltarif», sagte Verteidigungsminister Beat Aeschlimann.", False, [], None),
    (
        "de",
        "Aeschlimann sagte, die Armee könne heute nur rund ein Drittel ihrer Truppen vollständig ausrüsten.",
        True,
        [("fraction", 0.3333, None, "about")],
        "Aeschlimann",
    ),
    (
        "de",
        "Bürgerliche Politiker zweifeln, ob eine Mehrwertsteuererhöhung an der Urne eine Chance hat.",
        False,
        [],
        None,
    ),
    # --- Streamwell (Reuters) ---
    (
        "en",
        "NEW YORK, Oct 15 (Reuters) - Streamwell added 4.1 million subscribers in the third quarter, nearly double what analysts had expected, as a crackdown on password sharing and a hit fantasy series drew new customers.",
        True,
        [
            ("date", "--10-15", None, None),
            ("count", 4100000, None, None),
            ("ordinal", 3, None, None),
            ("count", 2, None, "nearly"),
        ],
        None,
    ),
    (
        "en",
        "Revenue rose 17% to $11.2 billion, the company said on Thursday.",
        True,
        [("percent", 17, "%", None), ("money", 11200000000, "USD", None)],
        None,
    ),
    (
        "en",
        'Co-Chief Executive Dana Whitlock called the quarter "a masterclass in what this company does best."',
        False,
        [],
        None,
    ),
    (
        "en",
        '"In my view, we are still in the first innings of the streaming era," Whitlock said on a call with analysts.',
        False,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Streamwell forecast fourth-quarter revenue of $11.9 billion, above Wall Street estimates of $11.6 billion.",
        True,
        [("ordinal", 4, None, None), ("money", 11900000000, "USD", None), ("money", 11600000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Whitlock said the standard plan in the United States would cost $2 more from November, rising to $19.99 a month.",
        True,
        [("money", 2, "USD", None), ("money", 19.99, "USD", None)],
        "Whitlock",
    ),
    ("en", "Some investors worry that higher prices will drive subscribers away.", False, [], None),
    # --- MTA fares (AP) ---
    (
        "en",
        "NEW YORK (AP) — The Metropolitan Transportation Authority's board voted Thursday to raise the base subway and bus fare to $3.10 from $2.90, the first increase in two years.",
        True,
        [
            ("money", 3.10, "USD", None),
            ("money", 2.90, "USD", None),
            ("ordinal", 1, None, None),
            ("duration", 2, "year", None),
        ],
        None,
    ),
    (
        "en",
        "The new fare takes effect Jan. 4 and is expected to bring in about $140 million a year.",
        True,
        [("date", "--01-04", None, None), ("money", 140000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "The board voted 10-2, with both members appointed by the city opposing the increase.",
        True,
        [("count", 10, None, None), ("count", 2, None, None)],
        None,
    ),
    ("en", 'Riders Alliance called the hike "a tax on the people who keep this city running."', False, [], None),
    (
        "en",
        '"$3.10 to stand in a packed car with no air conditioning? Give me a break," said commuter Derek Fong, 29, at the Atlantic Avenue station.',
        False,
        [("money", 3.10, "USD", None), ("duration", 29, "year", None)],
        None,
    ),
    (
        "en",
        "The MTA's chairman said fares covered only about 24% of the agency's operating costs.",
        True,
        [("percent", 24, "%", "about")],
        None,
    ),
    (
        "en",
        "The MTA denied that the increase was tied to congestion pricing, whose revenue is reserved for capital projects by law.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Transit advocates hope the city will expand its discount fare program for low-income riders.",
        False,
        [],
        None,
    ),
]
