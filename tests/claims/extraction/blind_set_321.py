"""Three-hundred-and-twenty-first blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms and figures are made up
(Ingrid Scheuchenpflug-Moll, the property portal Quartierfinder, Aled Gwynant-Dean, Cody
Pengarth, Luis Arroyo-Baptiste, Dale Prendergrass, Katja Zschiedrich-Voigt, Chateau
Pelletan-Roux, Nadine Abderhalden-Rüegg, Fothergate Energy, Lorna Prowse-Whitlam, Lennart
Wöhlermann, Mateo Zubizarreta, Corelane, Philippa Greythorn-Lodge, Henning Ostendorf-Raith,
Brackenfield & Co, Rathmore College, Miriam Fairweather-Nkosi, the Talbrücke Nahmertal,
Keisuke Amagawa, Jorge Valdemoro, Eleni Voutsaki-Marr, Reto Gadmer-Bühler, Isobel
Penwithick, Jannik Wedekind, Femke Oosterwijk, Gideon Hartnell, the defence supplier
Kessbohm, Torsten Lüdtke-Marx, Glenmalure Air, Ciaran Tuohig, Jochen Kleefisch-Brandt, the
chipmaker Veridax, Ravi Kallidaikurichi-Stone, Tilly Moorcastle, Rohan Kyffin, Harriet
Ainsworth-Leigh, Finn Lüdemann, Marit Velthuis-Koch; every unnamed landlord, lorry driver,
shop owner, buyer's agent, mayor, manager, spokesperson, economist, analyst, fund manager,
official, forecaster and critic); ministers, chancellors, supervisors and heads of real
governments and bodies appear under made-up names that stand for no real holder, or by their
role only ("die Kulturstadträtin", "the agency's acting administrator", "Kyoto's mayor",
"the Liberal Democrats' health spokesperson"). Real bodies, firms, clubs, events and places
(Mieterverein, Environment Agency, Met Office, River Calder, Hebden Bridge, Mytholmroyd,
Mühlkreisautobahn, New York Mets, Philadelphia Phillies, Sozialministerium in Dresden,
Weltgesundheitsorganisation, Bordeaux's wine council, Bundesamt für Statistik, Schweiz
Tourismus, Network Rail, Avanti West Coast, Office of Rail and Road, Transport Focus, Wiener
Philharmoniker, Schönbrunn, ORF, Bundesverband Solarwirtschaft, Labor Department,
Hochwassernachrichtendienst, Landesamt für Umwelt, THW, Autobahn GmbH, IHK, Japan National
Tourism Organization, Land Tirol, Aston Villa, Brentford, Statistisches Bundesamt, Greece's
culture ministry, Glamos, Aletschgletscher, Bank of England, Götzis, NHS England, Boeing,
Dublin Airport, Bundeswehr, Verteidigungsministerium, Die Linke, NOAA, the Innenministerium
of North Rhine-Westphalia, World Gold Council, Wiener Linien, Agrarmarkt
Informations-Gesellschaft, ADAC, Royal Horticultural Society, Chelsea Flower Show, Bayer
Leverkusen, 1. FC Kaiserslautern, DFB, European Central Bank, French Open, and the
datelines' cities) stand for the way wire copy names them; every rent, rainfall, count,
price, share, score, time, tally, forecast, sum, age, date and quote here is invented, and
where a real figure came to mind (a real data-centre power share and its forecast band, a
real home-storage total, a real visitor count, lodging tax and visitor target, a real
central-bank gold purchase, a real troop strength and target, a real hurricane climatology)
it was changed (the founding years of a concert and a flower show, the start of a
supervision and the years of statistical series kept).

Its weight: HARD NUMBER FORMS, ninth round (the hundred-ninety-ninth,
two-hundred-and-tenth, two-hundred-and-forty-ninth, two-hundred-and-sixty-fifth,
two-hundred-and-eighty-first, two-hundred-and-eighty-ninth, two-hundred-and-ninety-seventh
and three-hundred-and-eighth batches were the first eight rounds, and the seventeenth
weighed the same forms long before them; their decisions are kept) - one ordinary wire week,
Saturday, May 16, to Friday, May 22, as 40 short stories with the German and English desks
interleaved (not strictly in date order), each told as wire copy runs it (a dateline lead,
the figures, attributed claims, quotes, the other side): Munich rents, floods in Yorkshire,
a wrong-way driver in Upper Austria, a Mets game, measles in Saxony, Bordeaux en primeur,
Swiss hotel nights, a wire failure on the West Coast Main Line, the Schönbrunn summer night
concert, data-centre power demand, a tennis upset in Geneva, Sydney house prices, home
batteries, U.S. jobless claims, a flood on the Danube and the Inn, free tuition at a
college, a motorway bridge closed in the Sauerland, Japan's visitors, second homes in Tyrol,
a Premier League game, Germany's centenarians, a Bronze Age wreck, Swiss glaciers, British
inflation, the Götzis combined events, NHS England's figures, a defence supplier's quarter,
an Irish airline's delivery delays, the new German military service, the Atlantic
hurricane outlook, a speed-camera marathon, gold at a record, Vienna's new metro line,
Australian swimming trials, strawberries, a chipmaker's quarter, Whitsun traffic, the
Chelsea Flower Show, the German cup final and euro zone banks. Half German (dpa with its
regional slugs "dpa/lby" and "dpa/lnw", dpa-AFX, APA, Keystone-SDA; Austrian „Pkw-Lenker“,
„Jänner“, „Freizeitwohnsitze“, Swiss „Logiernächte“, „Grosse“, «» quotes, German „“ quotes),
half English (Reuters with dated datelines, AP, PA, AAP). Its weight is the forms numbers
take, in shapes the earlier rounds did not use: German number words fused into long nouns
(„Zweieinhalbzimmerwohnung“, „Anderthalbzimmerwohnung“, „Siebentagesinzidenz“,
„Zehnjahresvergleich“, „Fünf-Sterne-Segment“, „Fünf-Sterne-Hotel“, „Sechsundzwanzigfache“,
„Zweieinhalbfache“, „Zweieinhalb-Minuten-Takt“, „Hundertjährige“) beside look-alikes that
count nothing („Dreivierteltakt“, „Doppelzimmer“, „Zweitwohnsitz“, „Zehnkampf“,
„Siebenkampf“, „Elfmeterschießen“, „Elfmeter“, „Doppel“, „Zweitligist“); fractions of units
and of scale words („eine knappe Dreiviertelstunde“, „eine knappe Viertelstunde“, „ein
Vierteljahr Fahrverbot“, „seit anderthalb Jahrzehnten“, „mehr als ein halbes Jahrhundert
alt“, „eine Dreiviertelmilliarde Euro“, "two and three-quarter years", "two and a half
years"); English hyphenated chains ("a 12-year-old", "a three-to-four-week clean-up", "a
one-in-200-year event", "a once-in-a-century downpour", "a four-bedroom, two-bathroom
house", "a 38-game league season", "a 3,400-year-old merchant ship", "the 113-year-old
event", "a four-for-one stock split", "the third-fastest 200m freestyle", "third-inning");
ranges with words („zwischen 25.000 und 30.000“, „zwischen 30 und 50 Liter“, „zwei bis drei
Stunden“, "between five and eight hours", "between seven and nine of which", "Four to six",
"two to three summers", "anywhere from 9 to 11 years", "anywhere from 218,000 to 225,000",
"anywhere from 8% to 13%", "somewhere between 200,000 and 240,000"); multipliers as nouns,
adverbs and adjectives („mehr als das Vierfache“, „gut das Vierfache“, „auf das
Sechsfache“, „gut das Dreifache“, „fast das Dreifache“, „fast dreimal so viele“, "nearly
sixfold", "a more than fourfold increase", "a nearly fourfold jump", "an eightfold
increase", "roughly double", "by a factor of about 1.8") beside verbs that carry none
(„vervierfacht“, „versiebenfachen“, „verzwölffacht“, „verdoppelt“, „verdreifachen“,
"quadrupled", "more than quadrupled", "roughly tripled", "double again"); numbers with
superscripts and unusual marks („68 m²“, „4.200 m³“, „760 km²“, „0,9 ‰“, „Fast ¾“, „2¼
Stunden“, "6⅔ innings", "25⅓ innings", "2⅓ innings", "1½ games", "3½ hours", "a ¼-point
rate cut", "24/7"); years abbreviated („Jg. 1958“, „(Jg. 1913)“, „Saison 25/26“, "the '24
vintage", "the '23", "the class of '27", "the crash of '08") and a German date without a
year („am 26.5.“); ordinals and ranks („die Nr. 1 der Weltrangliste“, „von Platz 38 unter
die Top 30“, „einen Top-10-Spieler“, „des 21. Jahrhunderts“, „die 22. Ausgabe“, "the No. 2
carrier", "the 21st century", "his 30th and 31st league goals", "the 28th monthly rise in
29 months"); and mixes of them all, with hedges before the figure. Negatives stand beside
them - about a fifth of the rows: rhetoric in quotes from ministers, managers, officials,
winners and a rookie's manager, labels („sprach von“, „nannte“), verdicts with „halten ...
für“, fears, worries, doubts, hopes, beliefs, thoughts and confidence, a warning, an appeal
and advice that name no measure, an evasion, an open question, vox pops and scene colour;
none of them carries a figure.

242 rows (121 German, 121 English), 55 negatives (27 German, 28 English), 187 check-worthy
rows of which 2 carry no figure (1 German, 1 English), 431 expected quantities (151 counts,
82 durations - 36 in years, 14 in hours, 14 in months, 8 in minutes, 4 in weeks, 3 in days,
3 in seconds -, 42 years, 41 percentages - 38 in %, 2 in basis points, 1 in percentage
points -, 39 amounts of money - 15 USD, 14 EUR, 3 AUD, 3 GBP, 3 JPY, 1 CHF -, 34 ordinals,
25 fractions, 17 dates; none of them in a negative), 34 checked speakers (20 German, 14
English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains. Made-up names that turned out to be in use in
earlier batches were replaced by fresh ones before the commit.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, feeling, hope, fear, worry, doubt, belief, thought, confidence or piece
  of rhetoric is a negative with speaker None, also with a named speaker (seventh,
  ninety-eighth, hundred-ninety-ninth, two-hundred-and-ninety-seventh,
  three-hundred-and-eighth); a reported fact, figure, step, plan or forecast is
  check-worthy with its speaker, also in Konjunktiv I. Pairs from one speaker:
  Scheuchenpflug-Moll's 25,000 to 30,000 flats, Zschiedrich-Voigt's 89 percent,
  Abderhalden-Rüegg's 43 Mio. Logiernächte, Prowse-Whitlam's $720 billion,
  Fairweather-Nkosi's $64 million, Gadmer-Bühler's losses, Lüdtke-Marx's 2,500 to 3,000
  hires, Voutsaki-Marr's 700 kilometers, Tuohig's guidance, Ainsworth-Leigh's years and
  Wöhlermann's withdrawal beside their quotes; Penwithick's 23 months and Hartnell's 2.4
  million appointments beside their confidence ("said she was confident", "said he was
  sure"; two-hundred-and-eighty-ninth). Negatives otherwise: labels („sprach von einem
  „Albtraum ...““, „sprach von einer „Wehrpflicht durch die Hintertür““, „nannte das
  Ergebnis“), verdicts with „halten ... für“ (three times; hundred-ninety-ninth), fears and
  worries („Viele Anwohner ... fürchten“, „Viele Betriebe fürchten“, „blicken ... mit Sorge“,
  "Many residents fear", "privately fear", "Critics ... worry"), doubts ("said they
  doubted", "Most economists doubt", „Kritiker bezweifeln“), hopes („Die Branche hofft“,
  "Archaeologists hope"), beliefs and thoughts ("said they believed", "said they thought";
  two-hundred-and-fourth), „Demografen sehen darin“ (two-hundred-and-tenth), a warning that
  names no measure („Kinderärzte warnen ... vor wachsenden Impflücken“, "Supervisors warned
  that lenders should not grow complacent"; two-hundred-and-fourth), an appeal and advice
  that name no measure ("Emergency managers urged", „Der ADAC rät“; three-hundred-and-eighth),
  an evasion („ließ der Minister offen“), an open question („Ob Wöhlermann ... antreten kann,
  ist noch offen“), vox pops ("said one shop owner", "said one buyer's agent", „sagte ein
  Lkw-Fahrer“) and scene colour ("Visitors queued in steady drizzle"). Check-worthy without
  a figure: „Wöhlermann sagte, er verzichte ... auf das Doppel“ (an announced step,
  two-hundred-and-forty-ninth) and Tuohig's guidance that fares "would rise by "low single
  digits"" - a vague magnitude carries none and the guidance stays a claim
  (two-hundred-and-forty-ninth: „im zweistelligen Prozentbereich“; three-hundred-and-eighth:
  "in the mid-teens").
- German number words fused into long nouns (the issue's "fünfstündigen", "28-Punkte-Entwurf";
  every round): "eine Dreizimmerwohnung" count 3 (hundred-fifty-seventh), "Eine
  4,5-Zimmer-Wohnung" 4.5 (two-hundred-and-twenty-sixth), „4½-Zimmer-Wohnung“ 4.5
  (three-hundred-and-eighth), „Im Fünfsternesegment“ 5 (two-hundred-and-sixty-fifth), "die
  Sieben-Tage-Inzidenz" 7 days (fourth, hundred-eleventh), „Zehnjahreshoch“ (fifteenth) and
  „ein Dreimonatshoch“ 3 months (two-hundred-and-sixty-fifth), „der Hundertjährigen“ 100
  years (hundred-thirty-second), „im Siebeneinhalb-Minuten-Takt“ 7.5 minutes
  (hundred-twenty-ninth). New: „eine Zweieinhalbzimmerwohnung“ is count 2.5 and „eine
  Anderthalbzimmerwohnung“ count 1.5 - „-einhalb“ and „anderthalb“ fused before „-zimmer-“
  give the rooms as „zweieinhalbstündigen“ gives the hours (two-hundred-and-eighty-first).
  New: „Die Siebentagesinzidenz“ written as one word is 7 days as the hyphenated form is.
  New: „Im Zehnjahresvergleich“ is 10 years - „-jahres-“ closing the number word gives the
  span as in „Zehnjahreshoch“, whatever noun follows. „Im Fünf-Sterne-Segment“ and „in
  einem Zürcher Fünf-Sterne-Hotel“ are count 5 (two-hundred-and-sixty-fifth, fifty-fourth:
  „in den Fünf-Sterne-Häusern“), „im Zweieinhalb-Minuten-Takt“ 2.5 minutes, „Hundertjährige“
  and „der Hundertjährigen“ 100 years, „der über 100-Jährigen“ 100 years "over"
  (forty-first: „über 80-Jährige“). New: „etwa das Sechsundzwanzigfache“ is count 26 "about"
  - a two-part number word fused before „-fache“ is read whole, as „zweiunddreißigtausend“
  (two-hundred-and-ninety-seventh) and „um das Zweieinhalbfache“ (two-hundred-and-eighty-ninth).
- New: number words inside names of things count nothing. „im Dreivierteltakt“ carries no
  fraction - a waltz's metre names no share of anything and no unit of the issue's list,
  unlike „im Viertelstundentakt“ 0.25 hours (hundred-twenty-fifth); „Ein Doppelzimmer“,
  „ein Zweitwohnsitz“, „Zehnkampf-Leistung“, „Im Siebenkampf“, „im Elfmeterschießen“ and
  „auf das Doppel“ carry none - a kind of room, home, event or competition, as
  „Einfamilienhäusern“ (fifty-second), „Zweitstimmen“ (forty-first), „Zweitligist“
  (two-hundred-and-forty-first, here again „Für den Zweitligisten“), „Viertelfinale“
  (two-hundred-and-fifty-sixth) and „Sechser im Lotto“ (hundred-ninety-ninth); while „hielt
  zwei Elfmeter“ is count 2, the penalties counted by „zwei“.
- Fractions of units and of scale words (twelfth, fourteenth, two-hundred-and-forty-ninth,
  two-hundred-and-ninety-seventh): „eine knappe Viertelstunde“ 0.25 hours "nearly" and „für
  eine knappe Dreiviertelstunde“ 0.75 hours "nearly" - the inflected „knapp“ is the hedge, as
  in „eine knappe Million“ (two-hundred-and-forty-ninth). New: „ein Vierteljahr
  Fahrverbot“ is 0.25 years, as „seit einem Dreivierteljahr“ is 0.75 years
  (two-hundred-and-forty-ninth). New: „seit anderthalb Jahrzehnten“ is 15 years - decades
  read in years as "more than six decades" 60 years (twenty-fourth) and "in three decades"
  30 years (two-hundred-and-forty-ninth), „anderthalb“ their number word (hundred-ninety-ninth);
  "the first in more than two decades" 1 and 20 years "over". „mehr als ein halbes
  Jahrhundert alte Talbrücke“ is 50 years "over" (hundred-twenty-second: „noch rund ein
  halbes Jahrhundert“ 50 years). New: „rund eine Dreiviertelmilliarde Euro“ is 7.5e8 EUR
  "about" - „Dreiviertel-“ fused to „-milliarde“ multiplies as „gut eine
  Viertelmilliarde Euro“ (two-hundred-and-forty-ninth) and „eine dreiviertel Million“
  (two-hundred-and-ninety-seventh). New: "two and three-quarter years" is 2.75 years - "and
  three-quarter" adds its share to the whole as "and a half" does ("12 and a half years",
  two-hundred-and-tenth; "three and a quarter hours", three-hundred-and-eighth); "its
  lowest in two and a half years" 2.5 years (fourteenth).
- English hyphenated chains (every round): ages before "-year-old" ("A 12-year-old fan", "a
  12-year-old girl", "The 23-year-old", "The 24-year-old", "A 16-year-old schoolgirl") and
  the age of things ("a roughly 3,400-year-old merchant ship" 3,400 years "about", "a
  400-year-old olive tree" 400 years, "the 113-year-old event" 113 years; hundred-forty-fourth:
  "marked 100 years") are durations in years; figures heading compounds are counts ("a
  four-bedroom, two-bathroom house" 4 and 2 - hundred-fifty-seventh: "a two-bedroom
  apartment" -, "a 14-tonne container" 14, "a 38-game league season" 38, "the 200m
  freestyle" 200); "a 41-minute rain delay" 41 minutes, "the four-hour target" 4 hours, "a
  three-year low" 3 years (the issue's "a two-week visit"); "a one-in-200-year event" 200
  years (hundred-thirty-fifth: "a one-in-100-year event"). New: "a three-to-four-week
  clean-up" is 3 and 4 weeks - the first figure of a hyphenated range takes the unit of the
  second, as „drei- bis vierstündige Sperrungen“ and "18- to 29-year-olds" do
  (two-hundred-and-tenth). New: "a once-in-a-century downpour" carries none - "once" in a
  frequency carries none (seventy-fourth, hundred-eighty-fifth) and the century is no unit
  of the issue's list, as „Jahrhunderthochwasser“ (hundred-thirty-fifth); "a
  once-in-a-generation finisher" in a negative the same (two-hundred-and-thirty-ninth). "a
  four-for-one stock split" is counts 4 and 1 (two-hundred-and-fortieth: "a 4-for-1 stock
  split"); "third-inning" ordinal 3 (fifteenth: "third-quarter"), "the third-fastest" 3.
- Ranges with words, each end its own figure and no hedge (seventeenth, two-hundred-and-tenth,
  two-hundred-and-eighty-ninth): „zwischen 25.000 und 30.000 bezahlbare Wohnungen“,
  „zwischen 30 und 50 Liter“, „zwischen 2.500 und 3.000 Menschen“, „15 bis 17 Prozent“, „um
  25 bis 40 Minuten“, „zwei bis drei Stunden“, "between five and eight hours" 5 and 8
  hours, "15 to 20 named storms, between seven and nine of which" 15, 20, 7 and 9, "Four to
  six of those" 4 and 6, "two to three summers" 2 and 3 (a summer is no unit,
  two-hundred-and-eighty-first: "for three winters"), "three to four months" 3 and 4
  months, "between $11.4 billion and $11.9 billion", "anywhere from 9 to 11 years" 9 and 11
  years, "anywhere from 218,000 to 225,000", "anywhere from 8% to 13%", "anywhere from 3% to
  5%" (hundred-thirty-third: "anywhere from 39 to 99 francs" with no hedge). New: "somewhere
  between 200,000 and 240,000" carries no hedge either - "somewhere" marks the span as
  "anywhere from" does and bounds neither end.
- Multiples (the issue's „viermal“; hundred-ninety-ninth, two-hundred-and-eighty-ninth,
  three-hundred-and-eighth): „mehr als das Vierfache“ 4 "over", „gut das Vierfache“ 4
  "over", „auf das Sechsfache“ 6 („sogar“ no hedge), „gut das Dreifache“ 3 "over", „fast das
  Dreifache“ 3 "nearly", „fast dreimal so viele“ 3 "nearly", „fast doppelt so viel“ 2
  "nearly", „das Zweieinhalbfache“ 2.5, "about 1.4 times" 1.4 "about", "nearly sixfold" 6
  "nearly" (three-hundred-and-eighth: "jumped sevenfold"), "a more than fourfold increase" 4
  "over", "a nearly fourfold jump" 4 "nearly" and "an eightfold increase" 8
  (hundred-ninety-ninth: "a fivefold jump"), "roughly double the 2019 level" 2 "about"
  (two-hundred-and-tenth), "twice" 2. New: "by a factor of about 1.8" is count 1.8 "about"
  - a factor is a multiple as "1.4 times" is. The verbs carry none (seventeenth,
  hundred-seventy-third, two-hundred-and-thirty-fourth, two-hundred-and-eighty-ninth):
  „vervierfacht“ (twice), „versiebenfachen“, „verzwölffacht“, „mehr als verdoppelt“, „fast
  verdreifachen“, "quadrupled" (twice), "more than quadrupled", "roughly tripled", "could
  double again"; „fast“ before such a verb bounds no figure.
- Superscripts and unusual marks (forty-seventh: "260 l/m²"; fifty-second: „€/m²“;
  fifty-seventh: „µg/m³“; two-hundred-and-sixty-fifth: "2 1/2 games";
  three-hundred-and-eighth: "12½ years", „4½-Zimmer-Wohnung“). New: „mit 68 m²“, „rund 4.200
  m³ Wasser pro Sekunde“ and „rund 760 km², 2016 ... gut 960 km²“ are counts 68, 4,200
  "about", 760 "about" and 960 "over" - the unit written with its superscript is a measure
  as „Quadratmeter“ is ("pro Sekunde" none). New: „0,9 ‰“ is count 0.9 - the per-mille sign
  reads as „Promille“ (three-hundred-and-eighth: „1,4 Promille“). New: vulgar-fraction
  characters add to the whole before them and stand alone as the share: „Fast ¾ der
  zusätzlichen Nächte“ fraction 0.75 "nearly" (a share of nights, as „drei Viertel“), „nach
  2¼ Stunden“ 2.25 hours, "6⅔ scoreless innings" 6.6667, "his last 25⅓ innings" 25.3333,
  "only 2⅓ innings" 2.3333 (innings pitched are counts; "only" and "just" no hedge), "1½
  games behind" 1.5, "delays of up to 3½ hours" 3.5 hours "up_to", and "a ¼-point rate
  cut" 0.25 pp as "a quarter-point rate cut" (two-hundred-and-forty-ninth). New: "struck out
  11 over 6⅔ scoreless innings" carries no hedge - "over" names the stretch pitched, as
  "over" before a span (two-hundred-and-seventy-sixth) and „über 7,5 Kilometer“ naming a
  distance (two-hundred-and-tenth). "24/7" carries none (two-hundred-and-seventh); the
  scores „7:6 (7:4), 3:6, 6:4“, „5:4 im Elfmeterschießen“, „1:1“, "4-1" and "3-1" none
  (hundred-thirty-third); "Boeing 737 MAX 10 jets" none (a type name,
  two-hundred-and-eighty-first: "787s"); „A7“, „A45“, „A8“ none (road names,
  two-hundred-and-forty-ninth).
- Years abbreviated (thirty-ninth: "Hellweg, Jahrgang 1925," the year; hundred-twenty-second:
  „des Jahrgangs 2009“; sixty-seventh: "Der Jahrgang 1960"): „des Jahrgangs 2008“ 2008.
  New: „Ein Pkw-Lenker (Jg. 1958)“ and „eine Frau aus Sachsen (Jg. 1913)“ are the years
  1958 and 1913 - „Jg.“ abbreviates „Jahrgang“ and names a birth year as the word does. New:
  „für die Saison 25/26“ is the years 2025 and 2026 - a season span written with two digits
  names both years as „Wintersaison 2025/26“ does (fortieth, two-hundred-and-eighty-first).
  New: "the '24 vintage", "The '24 harvest", "down 22% from the '23", "the class of '27" and
  "since the crash of '08" are the years 2024, 2023, 2027 and 2008 - an apostrophe before
  two digits stands for the century's first two, and the story places the century; while
  "the 1970s and '80s" (seventy-ninth) names a decade and carries none, as "since the 1970s"
  and "since the early 1990s" here.
- Dates (hundred-sixtieth, two-hundred-and-sixty-fifth): Reuters datelines with a day
  ("LONDON, May 18", "BORDEAUX, France, May 19", "SAN FRANCISCO, May 19", "WASHINGTON, May
  21", "TOKYO, May 20", "BIRMINGHAM, England, May 18", "LONDON, May 20", "DUBLIN, May 21",
  "LONDON, May 22", "SAN FRANCISCO, May 20", "FRANKFURT, May 19") as dates without a year;
  dpa, dpa/lby, dpa/lnw, dpa-AFX, APA, Keystone-SDA, AP, PA and AAP datelines none
  (seventy-ninth); „mit 1. Jänner“ --01-01 (two-hundred-and-forty-ninth), "in the week
  through May 16" --05-16 (two-hundred-and-sixty-fifth: "the week ended June 6"), "at the
  Bank's June 18 meeting" --06-18, "from June 1 to Nov. 30" both. New: „am 26.5.“ is
  --05-26 - the German numeric date without a year reads as „am 18.5.2024“ (fifty-ninth)
  does with its year left out, as „am 9. Oktober“ is --10-09 (hundred-ninety-ninth).
  Weekdays, months and seasons none („am Montag“, „Ende April“, „seit Januar“, „ab Herbst
  2028“ its year, "in April", "from April", "in early August", "in March").
- Ordinals and ranks (the issue's „die drittgrößte Stadt“; every round): „die drittbeste
  Zehnkampf-Leistung“ 3, „ihr dritter Sieg“ 3, „zum dritten Mal“ 3, „die 22. Ausgabe“ 22,
  „seit der ersten Ausgabe 2004“ 1 and the year, „im ersten Quartal“ 1, „im ersten Jahr“ 1,
  „die erste Finalteilnahme seit 23 Jahren“ 1 and 23 years, „bei der zweiten
  Masernimpfung“ 2, „sein erster Sieg ... im neunten Versuch“ 1 and 9, „von Platz 38“ 38
  (hundred-ninety-ninth: „auf Rang drei“), „Bis zum Ende des 21. Jahrhunderts“ 21 and "the
  21st century" 21 (centuries are ordinals, hundred-twenty-first: "20th- and 21st-century
  art"), "the 28th monthly rise in 29 months" 28 and 29 months, "his 30th and 31st league
  goals" 30 and 31, "his ninth of the season" 9, "in fourth place" 4, "the fourth major
  wire failure" 4, "the third Bronze Age wreck ... and the first" 3 and 1, "her third gold
  medal ... her first best-in-show title" 3 and 1, "first-quarter" and "in the first
  quarter" 1, "second-quarter revenue" 2, "the No. 2 carrier" 2 (two-hundred-and-forty-ninth:
  "the world No. 6"); „unter die Top 30“ and „einen Top-10-Spieler“ counts 30 and 10
  (hundred-thirty-second: "the top 100", "a top-10 fixture"). New: „die Nr. 1 der
  Weltrangliste“ is ordinal 1 - „Nr.“ abbreviates „Nummer“ and a place in a ranking is a
  rank, as „die Nummer 31 der Weltrangliste“ (two-hundred-and-twenty-seventh) and „die
  Nummer eins“ (hundred-fifty-eighth), while a work's or a line's number names a thing
  („Sinfonie Nr. 5“, twenty-first; "U5" here). None: „erstmals“, "the largest group", "the
  oldest living plant", "a record", „so viele wie nie“, „so teuer wie nie“, „Der
  Spitzenreiter“ (two-hundred-and-forty-ninth).
- Durations (the issue's „fünfstündigen Treffen“; every round): „Beim 24-stündigen
  Blitzmarathon“ 24 hours, „binnen drei Jahren“, „vor zehn Jahren“, „vor fünf Jahren“, „seit
  23 Jahren“, „für mindestens sechs Monate“ 6 months "at_least", „beträgt sechs Monate“,
  „für knapp 17 Monate“ "nearly", „einmal in 20 Jahren“ 20 years („einmal“ none), „Nach 120
  Minuten“, „in 4:21,37 Minuten“ 4 minutes and 21.37 seconds (three-hundred-and-eighth:
  „1:32,18 Minuten“), "one minute 52.84 seconds" each part (hundred-ninety-ninth: "1 minute
  12 seconds"), "1.31 seconds", "in 24 hours", "within 48 hours", "12 hours or more" 12
  hours "at_least" (hundred-eighteenth: "or more"), "almost 31 hours" "nearly", "the final
  10 minutes" 10 minutes (two-hundred-and-eighty-first: „in den letzten zehn Minuten“),
  "over 12 months", "in the 12 months to March", "in the 12 months to April", "for 23 months
  in a row", "for 31 straight weeks", "for four straight weeks", "the first four months" 1
  and 4 months, "about two months into the six-month season" 2 months "about" and 6
  months, "over the next three years", "over the show's five days" 5 days, "run over eight
  days" 8 days ("over" before a span no hedge), "the four-year liberal arts college" 4 years
  (two-hundred-and-ninety-seventh: "a private four-year college"). Ages: „Der 21-Jährige“, „Der
  26-Jährige“, „Der 19 Jahre alte Torwart“ 19 years (two-hundred-and-tenth: „eine 61 Jahre
  alte“), „ist 112 Jahre alt“, „Kinder unter fünf Jahren“ 5 years "under"
  (two-hundred-and-eighty-ninth: „unter fünf Jahren“), "who only turned 16 in March" 16
  years. None: „im Monat“, „pro Jahr“, „jedes Jahr“, „Täglich“, „in diesem Jahr“, „im
  vergangenen Jahr“, „gegenüber dem April des Vorjahres“, „seit Monaten“ (in a negative),
  "a year", "annually", "a night", "a week", "last year", "a year earlier", "a year ago",
  "this year", "the end of the decade", "since the start of the year", "two seasons ago"
  (count 2, a season no unit, two-hundred-and-sixty-fifth), "in living memory", clock times
  ("at 7pm local time", tenth).
- Counts otherwise (every round): „14 der 22 Pfeiler“ and "46 of its 118 scheduled
  services" and "19 of his 34 appearances" and "11 of the 112 banks" definite groups
  (forty-first), „bis zu 3 Millimetern“ "up_to", „9,12 Metern“, „rund vier Kilometer“
  "about", „1.500 Meter“, „mit 109 km/h“ and „einer Tempo-40-Strecke“ 40
  (hundred-fifty-second: „Tempo-30-Zone“), „zwei Punkte in Flensburg“ 2
  (two-hundred-and-forty-ninth), „mit 8.612 Punkten“, „mit 6.644 Punkten“, „knapp 23
  Gigawattstunden“ "nearly", „von 0,4 auf 2,5 Gigawatt“, „100 Gigawattstunden“, „3,8 Fälle
  je 100.000 Einwohner“ 3.8 and 100,000 (two-hundred-and-eighty-ninth: a base written with
  a figure), „3,2 Mio. Logiernächte“ and „über 43 Mio. Logiernächten“ "over", „rund 2,3
  Millionen Passagiere“, „über die vier Feiertage“ 4 („über“ before the article no hedge),
  „Ein 500-Gramm-Schälchen“ 500, "112 mm", "about 183 terawatt-hours", "to about 133
  gigawatts", "about 3.1 million hectolitres", "some 700
  kilometers away" "about", "about 14 meters long", "at least 60 copper ingots" "at_least",
  "some 27 kilograms each", "at least 111 mph" "at_least", "a net 261 tonnes", "A crowd of
  42,318", "two points clear" 2, "with one game remaining" 1 (two-hundred-and-sixty-fifth:
  "one wire fraud count" 1), "scored twice" 2, "struck out 11", "two earned runs" 2, "nine of
  their last 12 games" 9 and 12, "a team of 41 swimmers, 23 of them women" 41 and 23, "14
  severe flood warnings", "About 1,300 homes" "about", "some 40 million passengers a year"
  "about", "21.6 million passengers", "his 31 goals" 31. „einmal rund 125.000 Fahrgäste“ is
  125,000 "about" - „einmal“ there means some day and counts nothing (thirty-seventh:
  „einmal“ a filler). None: „an beiden Tagen“, "Thousands of passengers"
  (two-hundred-and-eighty-first: vague magnitudes), "the U5".
- Fractions (the issue; every round): „etwa jedes siebte erkrankte Kind“ 0.1429 "about",
  „fast jede dritte Wohnung“ 0.3333 "nearly", „knapp jedes vierte davon“ 0.25 "nearly", „um
  ein Sechstel mehr“ 0.1667, „Gut vier Fünftel“ 0.8 "over", „gut ein Drittel“ 0.3333
  "over", „weniger als ein Zehntel“ 0.1 "under", „um knapp zwei Drittel“ 0.6667 "nearly",
  „mehr als neun Zehntel“ 0.9 "over", „etwa ein Zehntel unter dem Vorjahr“ 0.1 "about",
  „gut ein Viertel mehr“ 0.25 "over" (the „mehr“ compares, hundred-fifty-second), „Rund vier
  von zehn“ 0.4 "about" (tenth: „Drei von vier“); "about two in five" 0.4 "about", "roughly
  a third below" 0.3333 "about", "by nearly a quarter" 0.25 "nearly", "About 1 in 5" 0.2
  "about" (fifty-seventh: "About 1 in 5"), "roughly two-fifths" 0.4 "about", "about a
  quarter more" 0.25 "about", "less than a third" 0.3333 "under", "Nearly three in 10" 0.3
  "nearly", "up a fifth" 0.2, "nearly a quarter" 0.25 "nearly", "a roughly two-in-three
  chance" 0.6667 "about" (two-hundred-and-forty-ninth). New: „Bund und Stadt tragen sie je
  zur Hälfte“ is fraction 0.5 - each side's half is a share as "half of those"
  (hundred-ninety-ninth), „je“ no hedge (hundred-forty-second).
- Percentages: „Prozent“ and "%" in %, basis points in bp, points in pp (twenty-seventh,
  three-hundred-and-eighth): "31 basis points" and "94 bp" bp (three-hundred-and-eighth: "a
  25bp rate cut"), "a 0.5% chance" 0.5 %, "by as much as 30%" and "as much as 1.8%"
  "up_to" (sixth), "roughly 12%" "about", „knapp 89 Prozent“ and „um knapp 60 Prozent“
  "nearly", „mindestens 95 Prozent“ "at_least", "averaged 10.4%" ("averaged" no hedge),
  "U.S. tariffs of 15%", "a 20% deposit", "a 37% share".
- Money in the currency written (every round): EUR („1.590 Euro kalt im Monat“, „rund 1,9
  Mio. Euro“ "about", „im Schnitt 520 Euro“, „rund 14.800 Euro pro Quadratmeter“ "about",
  „auf bis zu 2.200 Euro pro Jahr“ "up_to", „1,47 Mrd. Euro“, „mit 38,9 Mrd. Euro“, „auf 2,9
  Mrd. Euro“, „ein Bußgeld von 800 Euro“, „im Schnitt 4,29 Euro“, „rund 4,5 Mio. Euro“
  "about", "96 euros a bottle", "up to 1.8 million euros" "up_to"), CHF („Fr. 845 pro
  Nacht“; hundred-ninety-ninth: „Fr. 12,50“), GBP ("£18.5m", "a club-record £96m" - "a
  club-record" no hedge, as "a record" -, "up to £137.50" "up_to"), USD ("up to $200,000 a
  year" "up_to", "$85,000", "$91,400", "about $64 million" "about", "$7.9 billion", "at least
  $720 billion" "at_least", "a record $4,212.60 an ounce", "at about $1,070" "about", "$3.8
  billion, or $2.41 a share, from $1.02 billion", "up to $15 billion" "up_to", "above
  $1.1tn" 1.1e12 "over" - "tn" the scale word, two-hundred-and-eighty-ninth -), AUD
  ("A$3.85 million", "about A$400,000" "about", "A$1.21m"), JPY ("¥2.4tn" 2.4e12 JPY -
  three-hundred-and-eighth: "¥1.2tn" -, "about ¥232,000 per visitor" "about", "as much as
  ¥8,000 a night" "up_to"). "a bottle", "a share", "an ounce", "a night", "per visitor",
  „pro Nacht“, „im Monat“, „pro Quadratmeter“, „pro Jahr“ none.
- Years: „seit 2019“, „wie 2016“, „Ende 2025“, „Bis 2050“, „bis 2030“, „bis 2035“, „2031“,
  „nach 2022 und 2024“, „2022 und 2023“, „seit 2000“, „2016“, „seit Anfang 2022“, „seit 2015“,
  „seit dem Baubeschluss 2014“, „ab Herbst 2028“, „des Jahrgangs 2008“; "since 2019", "by
  2030", "in 2018", "by 2035", "since 1991", "its 2022 price", "from April 2023", "the 2019
  level", "the same stretch of 2025", "since late 2015", "in 2009", "their 2015 level",
  "began in 2014".
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "roughly",
  "some", "Some" "about"; „knapp“, „eine knappe“, „fast“, „Fast“, "nearly", "Nearly",
  "almost" "nearly"; „gut“, „Gut“, „mehr als“, „über“ before a figure, "more than", "above"
  "over"; „unter“ before an age, „weniger als“, "less than" "under"; „bis zu“, "up to", "as
  much as" "up_to"; „mindestens“, "at least", "or more" "at_least". No hedge: „im Schnitt“,
  „im Mittel“, „durchschnittliche“, „zusammen“, „zeitweise“, „sogar“, „weitere“, „bereits“,
  „zunächst“, „derzeit“, „allein“, „alle“, „einmal“, „über“ before an article, „zwischen ...
  und“, „bis“, "between ... and", "to", "anywhere from", "somewhere between", "just",
  "only", "a record", "a club-record", "topped", "averaged", "within", "over" before a span
  or a stretch, "longer than the four-hour target" (the article before the figure, as
  „mehr als die Zielmarke“, three-hundred-and-eighth).
- Speakers, checked only in forms the earlier batches settled: „Mietervereinschefin Ingrid
  Scheuchenpflug-Moll sagte, ...“, „Gesundheitsministerin Katja Zschiedrich-Voigt sagte,
  ...“, „Schweiz-Tourismus-Direktorin Nadine Abderhalden-Rüegg sagte, ...“,
  „BSW-Hauptgeschäftsführer Henning Ostendorf-Raith sagte, ...“, „Glaziologe Reto
  Gadmer-Bühler sagte, ...“ and „Vorstandschef Torsten Lüdtke-Marx sagte, ...“ the name with
  the office dropped (hundred-eightieth, three-hundred-and-eighth); „Wöhlermann sagte, ...“
  opening the row (forty-second); „teilte das Sozialministerium in Dresden mit“ -> "das
  Sozialministerium" (the place dropped, two-hundred-and-sixty-fifth: „nach Angaben des
  Innenministeriums in München“ -> "das Innenministerium"), „teilte das Bundesamt für
  Statistik (BFS) mit“ with the abbreviation dropped (two-hundred-and-forty-ninth), „teilte
  der Bundesverband Solarwirtschaft am Mittwoch mit“, „teilte der Hochwassernachrichtendienst
  mit“, „teilte die Autobahn GmbH mit“, „teilte das Land Tirol am Donnerstag mit“, „teilte
  das Statistische Bundesamt am Donnerstag mit“, „teilte das Verteidigungsministerium am
  Freitag mit“ and „teilte das Innenministerium mit“ the source with its article, the weekday
  dropped (two-hundred-and-tenth, three-hundred-and-eighth); „Nach Angaben der Polizei“,
  „nach Angaben der Weltgesundheitsorganisation“ and „nach Angaben der IHK“ the source in the
  nominative (two-hundred-and-sixty-fifth, three-hundredth); „wie die Agrarmarkt
  Informations-Gesellschaft (AMI) mitteilte“ the source in the nominative with the
  abbreviation dropped (two-hundred-and-sixty-fifth: „wie die Bundesanstalt für
  Landwirtschaft und Ernährung (BLE) am Donnerstag mitteilte“). English: the name with the
  role dropped ("Floods Minister Aled Gwynant-Dean said", "Fothergate partner Lorna
  Prowse-Whitlam said", "Housing Minister Philippa Greythorn-Lodge said", "President Miriam
  Fairweather-Nkosi said", "Lead diver Eleni Voutsaki-Marr said", "Chancellor Isobel
  Penwithick said", "Health Secretary Gideon Hartnell said", "Head coach Rohan Kyffin said",
  "Designer Harriet Ainsworth-Leigh said", "ECB supervisor Marit Velthuis-Koch said";
  hundred-forty-fifth, three-hundred-and-eighth); "Transport Minister Keisuke Amagawa told
  reporters" and "Chief executive Ciaran Tuohig told reporters" ("told reporters" names the
  speaker, two-hundred-and-fourth); "Network Rail said" as written (a firm's "said",
  three-hundred-and-eighth: "LNER said", "National Grid said"); "The company said ..." ->
  "the company" (hundred-second). Left unchecked (None): all negatives, also those with a
  named speaker; „teilten die Veranstalter mit“ and „teilten die Wiener Linien am Dienstag
  mit“ (a plural verb, two-hundred-and-eighty-first: „wie die SBB am Donnerstag
  mitteilten“), „wie das Gletschermessnetz Glamos mitteilte“ (a description before the name,
  two-hundred-and-eighty-first: „nach Angaben des Branchenverbands BDEW“), „Nach Angaben des
  Landes“ (a neuter genitive, three-hundred-and-eighth: „nach Angaben des Hauses“), „sagte
  ein Sprecher des Landesamts für Umwelt“ (a role), „geht aus einer Auswertung ... hervor“
  (a document), „nach Schätzungen des Vereins“ inside a checked row, „rechnet der ADAC“,
  „Meteorologen erwarten“, „erwarten die Betreiber“ and "Corelane estimates" (estimating
  verbs, hundred-tenth); bodies' "said" in English copy ("the Met Office said", "the Office
  of Rail and Road said", "the college said", "Greece's culture ministry said", "the
  ministry said", "the Japan National Tourism Organization said", "the World Gold Council
  said", "the Royal Horticultural Society said"; two-hundred-and-eighty-first,
  three-hundred-and-eighth), descriptions ("merchants said", "local officials said", "her
  family said", "consultancy Fothergate Energy said", "outplacement firm Brackenfield & Co
  said", "Irish budget carrier Glenmalure Air said", "U.S. government forecasters said";
  forty-first, two-hundred-and-ninety-seventh), documents ("according to the region's wine
  council", "customs data show", "data from property analyst Corelane showed", "Labor
  Department figures showed", "official data showed", "NHS England figures show", "European
  Central Bank data showed") and "Economists polled by Reuters" (two-hundred-and-tenth).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_321 = [
    # --- Mieten in München (dpa), Montag, 18. Mai ---
    (
        'de',
        'München (dpa) - Für eine Zweieinhalbzimmerwohnung mit 68 m² verlangen Vermieter in München bei einer Neuvermietung inzwischen im Schnitt 1.590 Euro kalt im Monat.',
        True,
        [('count', 2.5, None, None), ('count', 68, None, None), ('money', 1590, 'EUR', None)],
        None,
    ),
    (
        'de',
        'Im Zehnjahresvergleich stiegen die Angebotsmieten in der Landeshauptstadt um 41 Prozent, geht aus einer Auswertung des Immobilienportals Quartierfinder hervor.',
        True,
        [('duration', 10, 'year', None), ('percent', 41, '%', None)],
        None,
    ),
    (
        'de',
        'Noch stärker zogen die Preise für kleine Einheiten an: Eine Anderthalbzimmerwohnung kostet heute fast doppelt so viel wie 2016.',
        True,
        [('count', 1.5, None, None), ('count', 2, None, 'nearly'), ('year', 2016, None, None)],
        None,
    ),
    (
        'de',
        'Mietervereinschefin Ingrid Scheuchenpflug-Moll sagte, in der Stadt fehlten nach Schätzungen des Vereins zwischen 25.000 und 30.000 bezahlbare Wohnungen.',
        True,
        [('count', 25000, None, None), ('count', 30000, None, None)],
        'Ingrid Scheuchenpflug-Moll',
    ),
    ('de', '„Wer hier als Krankenpfleger eine Familie gründen will, braucht inzwischen schlicht Glück“, sagte Scheuchenpflug-Moll.', False, [], None),
    ('de', 'Die Vermieterverbände halten die Zahlen des Portals für deutlich überzeichnet.', False, [], None),
    # --- Floods in Yorkshire (Reuters), Monday, May 18 ---
    (
        'en',
        "LONDON, May 18 (Reuters) - Britain's Environment Agency issued 14 severe flood warnings on Monday after what forecasters called a once-in-a-century downpour swept across West Yorkshire.",
        True,
        [('date', '--05-18', None, None), ('count', 14, None, None)],
        None,
    ),
    (
        'en',
        'Some gauges on the River Calder recorded 112 mm of rain in 24 hours, about 1.4 times the usual May total, the Met Office said.',
        True,
        [('count', 112, None, None), ('duration', 24, 'hour', None), ('count', 1.4, None, 'about')],
        None,
    ),
    (
        'en',
        'Engineers classed the surge at Hebden Bridge as a one-in-200-year event, meaning a 0.5% chance of it being exceeded in any given year.',
        True,
        [('duration', 200, 'year', None), ('percent', 0.5, '%', None)],
        None,
    ),
    (
        'en',
        'About 1,300 homes were flooded and a three-to-four-week clean-up is expected in the worst-hit towns, local officials said.',
        True,
        [('count', 1300, None, 'about'), ('duration', 3, 'week', None), ('duration', 4, 'week', None)],
        None,
    ),
    (
        'en',
        'Floods Minister Aled Gwynant-Dean said the government would release £18.5m in emergency funding to councils within 48 hours.',
        True,
        [('money', 18500000, 'GBP', None), ('duration', 48, 'hour', None)],
        'Aled Gwynant-Dean',
    ),
    ('en', '"We have seen nothing like this in living memory," said one shop owner in Mytholmroyd, sweeping mud from her doorway.', False, [], None),
    ('en', 'Many residents fear their insurers will now refuse to renew their cover.', False, [], None),
    # --- Geisterfahrer auf der A7 (APA), Montag, 18. Mai ---
    (
        'de',
        'Linz (APA) - Ein Pkw-Lenker (Jg. 1958) ist am Montag auf der Mühlkreisautobahn (A7) rund vier Kilometer weit gegen die Fahrtrichtung unterwegs gewesen, ehe ihn die Polizei stoppen konnte.',
        True,
        [('year', 1958, None, None), ('count', 4, None, 'about')],
        None,
    ),
    (
        'de',
        'Nach Angaben der Polizei streifte der Wagen zwei entgegenkommende Autos, verletzt wurde niemand.',
        True,
        [('count', 2, None, None)],
        'die Polizei',
    ),
    (
        'de',
        'Der Alkotest ergab 0,9 ‰, den Führerschein ist der Mann für mindestens sechs Monate los.',
        True,
        [('count', 0.9, None, None), ('duration', 6, 'month', 'at_least')],
        None,
    ),
    ('de', '„So etwas will man nie wieder sehen“, sagte ein Lkw-Fahrer, der den Wagen zuerst gemeldet hatte.', False, [], None),
    # --- Mets beat Phillies (AP), Monday, May 18 ---
    (
        'en',
        'NEW YORK (AP) — Rookie left-hander Cody Pengarth struck out 11 over 6⅔ scoreless innings, and the New York Mets beat the Philadelphia Phillies 4-1 on Monday night.',
        True,
        [('count', 11, None, None), ('count', 6.6667, None, None)],
        None,
    ),
    (
        'en',
        'The 23-year-old has allowed just two earned runs in his last 25⅓ innings.',
        True,
        [('duration', 23, 'year', None), ('count', 2, None, None), ('count', 25.3333, None, None)],
        None,
    ),
    (
        'en',
        'His previous start lasted only 2⅓ innings after a 41-minute rain delay in Miami.',
        True,
        [('count', 2.3333, None, None), ('duration', 41, 'minute', None)],
        None,
    ),
    (
        'en',
        'A 12-year-old fan from Queens caught the third-inning homer by Luis Arroyo-Baptiste, his ninth of the season.',
        True,
        [('duration', 12, 'year', None), ('ordinal', 3, None, None), ('ordinal', 9, None, None)],
        None,
    ),
    (
        'en',
        'The Mets have won nine of their last 12 games and sit 1½ games behind Atlanta in the NL East.',
        True,
        [('count', 9, None, None), ('count', 12, None, None), ('count', 1.5, None, None)],
        None,
    ),
    ('en', '"He carries himself like a veteran out there," manager Dale Prendergrass said of his rookie.', False, [], None),
    # --- Masern in Sachsen (dpa), Montag, 18. Mai ---
    (
        'de',
        'Dresden (dpa) - Die Siebentagesinzidenz der gemeldeten Masernfälle ist in Sachsen auf 3,8 Fälle je 100.000 Einwohner gestiegen, teilte das Sozialministerium in Dresden mit.',
        True,
        [('duration', 7, 'day', None), ('count', 3.8, None, None), ('count', 100000, None, None)],
        'das Sozialministerium',
    ),
    (
        'de',
        'Das ist der höchste Wert seit 2019 und mehr als das Vierfache des Bundesdurchschnitts.',
        True,
        [('year', 2019, None, None), ('count', 4, None, 'over')],
        None,
    ),
    (
        'de',
        'Betroffen sind vor allem Kinder unter fünf Jahren; etwa jedes siebte erkrankte Kind musste stationär behandelt werden.',
        True,
        [('duration', 5, 'year', 'under'), ('fraction', 0.1429, None, 'about')],
        None,
    ),
    (
        'de',
        'Gesundheitsministerin Katja Zschiedrich-Voigt sagte, die Quote bei der zweiten Masernimpfung liege im Freistaat bei knapp 89 Prozent.',
        True,
        [('ordinal', 2, None, None), ('percent', 89, '%', 'nearly')],
        'Katja Zschiedrich-Voigt',
    ),
    (
        'de',
        'Für einen sicheren Gemeinschaftsschutz sind nach Angaben der Weltgesundheitsorganisation mindestens 95 Prozent nötig.',
        True,
        [('percent', 95, '%', 'at_least')],
        'die Weltgesundheitsorganisation',
    ),
    ('de', 'Kinderärzte warnen seit Monaten vor wachsenden Impflücken in den Kitas.', False, [], None),
    (
        'de',
        '„Masern sind keine harmlose Kinderkrankheit, und wer das behauptet, spielt mit dem Leben anderer“, sagte Zschiedrich-Voigt.',
        False,
        [],
        None,
    ),
    # --- Bordeaux en primeur (Reuters), Tuesday, May 19 ---
    (
        'en',
        "BORDEAUX, France, May 19 (Reuters) - Bordeaux chateaux are cutting release prices for the '24 vintage by as much as 30%, merchants said, as a glut of unsold wine weighs on the region.",
        True,
        [('date', '--05-19', None, None), ('year', 2024, None, None), ('percent', 30, '%', 'up_to')],
        None,
    ),
    (
        'en',
        "The '24 harvest came in at about 3.1 million hectolitres, the smallest since 1991, according to the region's wine council.",
        True,
        [('year', 2024, None, None), ('count', 3100000, None, 'about'), ('year', 1991, None, None)],
        None,
    ),
    (
        'en',
        "Chateau Pelletan-Roux released its grand vin at 96 euros a bottle, down 22% from the '23 and roughly a third below its 2022 price.",
        True,
        [
            ('money', 96, 'EUR', None),
            ('percent', 22, '%', None),
            ('year', 2023, None, None),
            ('fraction', 0.3333, None, 'about'),
            ('year', 2022, None, None),
        ],
        None,
    ),
    (
        'en',
        "U.S. tariffs of 15% on EU wine have cut Bordeaux's American sales by nearly a quarter since last year, customs data show.",
        True,
        [('percent', 15, '%', None), ('fraction', 0.25, None, 'nearly')],
        None,
    ),
    ('en', 'Several London merchants said they doubted the cuts went far enough to tempt collectors back.', False, [], None),
    # --- Schweizer Hotellerie (Keystone-SDA), Dienstag, 19. Mai ---
    (
        'de',
        'Neuenburg (Keystone-SDA) - Im April haben Schweizer Beherbergungsbetriebe 3,2 Mio. Logiernächte verbucht, ein Plus von 4,6 Prozent gegenüber dem April des Vorjahres, teilte das Bundesamt für Statistik (BFS) mit.',
        True,
        [('count', 3200000, None, None), ('percent', 4.6, '%', None)],
        'das Bundesamt für Statistik',
    ),
    (
        'de',
        'Im Fünf-Sterne-Segment stieg die durchschnittliche Zimmerauslastung auf 71,4 Prozent.',
        True,
        [('count', 5, None, None), ('percent', 71.4, '%', None)],
        None,
    ),
    (
        'de',
        'Ein Doppelzimmer in einem Zürcher Fünf-Sterne-Hotel kostet in der Hochsaison im Mittel Fr. 845 pro Nacht.',
        True,
        [('count', 5, None, None), ('money', 845, 'CHF', None)],
        None,
    ),
    (
        'de',
        'Fast ¾ der zusätzlichen Nächte gingen auf Gäste aus den USA und den Golfstaaten zurück.',
        True,
        [('fraction', 0.75, None, 'nearly')],
        None,
    ),
    (
        'de',
        'Schweiz-Tourismus-Direktorin Nadine Abderhalden-Rüegg sagte, für die Saison 25/26 rechne man mit einem neuen Rekord von über 43 Mio. Logiernächten.',
        True,
        [('year', 2025, None, None), ('year', 2026, None, None), ('count', 43000000, None, 'over')],
        'Nadine Abderhalden-Rüegg',
    ),
    ('de', '«Die Schweiz ist wieder ein Sehnsuchtsort geworden, und das spürt man in jedem Tal», sagte Abderhalden-Rüegg.', False, [], None),
    ('de', 'Viele Hoteliers in den Bergregionen blicken dennoch mit Sorge auf den Sommer.', False, [], None),
    # --- Wire failure on the West Coast Main Line (PA), Tuesday, May 19 ---
    (
        'en',
        'LONDON (PA) - Thousands of passengers on the West Coast Main Line faced delays of up to 3½ hours on Tuesday after overhead wires were brought down near Rugby.',
        True,
        [('duration', 3.5, 'hour', 'up_to')],
        None,
    ),
    (
        'en',
        'Network Rail said repairs would take between five and eight hours and told people not to travel north of Milton Keynes.',
        True,
        [('duration', 5, 'hour', None), ('duration', 8, 'hour', None)],
        'Network Rail',
    ),
    (
        'en',
        'Avanti West Coast cancelled 46 of its 118 scheduled services, about two in five.',
        True,
        [('count', 46, None, None), ('count', 118, None, None), ('fraction', 0.4, None, 'about')],
        None,
    ),
    (
        'en',
        'Engineers have been working 24/7 on the route, which carries some 40 million passengers a year.',
        True,
        [('count', 40000000, None, 'about')],
        None,
    ),
    (
        'en',
        'It was the fourth major wire failure on the line since January, the Office of Rail and Road said.',
        True,
        [('ordinal', 4, None, None)],
        None,
    ),
    ('en', '"This is a shambles and passengers deserve far better," said a spokesperson for the watchdog Transport Focus.', False, [], None),
    # --- Sommernachtskonzert in Schönbrunn (APA), Dienstag, 19. Mai ---
    (
        'de',
        'Wien (APA) - Rund 85.000 Menschen haben das Sommernachtskonzert der Wiener Philharmoniker im Schlosspark Schönbrunn besucht, teilten die Veranstalter mit.',
        True,
        [('count', 85000, None, 'about')],
        None,
    ),
    (
        'de',
        'Zum Abschluss spielte das Orchester im Dreivierteltakt den Donauwalzer, es war die 22. Ausgabe des Open-Air-Konzerts.',
        True,
        [('ordinal', 22, None, None)],
        None,
    ),
    (
        'de',
        'Wegen eines Gewitters musste das Konzert für eine knappe Dreiviertelstunde unterbrochen werden.',
        True,
        [('duration', 0.75, 'hour', 'nearly')],
        None,
    ),
    (
        'de',
        'Der ORF übertrug die Aufzeichnung in mehr als 90 Länder, in Österreich sahen im Schnitt 742.000 Menschen zu.',
        True,
        [('count', 90, None, 'over'), ('count', 742000, None, None)],
        None,
    ),
    (
        'de',
        'Der Eintritt ist seit der ersten Ausgabe 2004 frei, die Kosten von rund 1,9 Mio. Euro tragen Sponsoren und die Stadt.',
        True,
        [('ordinal', 1, None, None), ('year', 2004, None, None), ('money', 1900000, 'EUR', 'about')],
        None,
    ),
    ('de', '„Ein Abend, wie ihn nur Wien zustande bringt“, schwärmte die Kulturstadträtin nach dem letzten Ton.', False, [], None),
    # --- Data centre power demand (Reuters), Tuesday, May 19 ---
    (
        'en',
        'SAN FRANCISCO, May 19 (Reuters) - Power demand from U.S. data centres has quadrupled since 2019 and could double again by 2030, consultancy Fothergate Energy said in a report on Tuesday.',
        True,
        [('date', '--05-19', None, None), ('year', 2019, None, None), ('year', 2030, None, None)],
        None,
    ),
    (
        'en',
        'Data centres used about 183 terawatt-hours last year, or 4.6% of U.S. electricity, up from 1.7% in 2018.',
        True,
        [
            ('count', 183, None, 'about'),
            ('percent', 4.6, '%', None),
            ('percent', 1.7, '%', None),
            ('year', 2018, None, None),
        ],
        None,
    ),
    (
        'en',
        'Under its high-growth scenario, that share would reach anywhere from 8% to 13% by the end of the decade.',
        True,
        [('percent', 8, '%', None), ('percent', 13, '%', None)],
        None,
    ),
    (
        'en',
        'Utilities have announced a more than fourfold increase in planned gas-fired capacity, to about 133 gigawatts.',
        True,
        [('count', 4, None, 'over'), ('count', 133, None, 'about')],
        None,
    ),
    (
        'en',
        'Fothergate partner Lorna Prowse-Whitlam said utilities would need to spend at least $720 billion on transmission lines by 2035.',
        True,
        [('money', 720000000000, 'USD', 'at_least'), ('year', 2035, None, None)],
        'Lorna Prowse-Whitlam',
    ),
    ('en', '"The grid simply was not built for this kind of appetite," Prowse-Whitlam said.', False, [], None),
    ('en', 'Critics of the build-out worry that households will end up footing the bill.', False, [], None),
    # --- Tennis in Genf (dpa), Dienstag, 19. Mai ---
    (
        'de',
        'Genf (dpa) - Tennisprofi Lennart Wöhlermann hat beim Sandplatzturnier in Genf die Nr. 1 der Weltrangliste geschlagen und erstmals ein Halbfinale auf Sand erreicht.',
        True,
        [('ordinal', 1, None, None)],
        None,
    ),
    (
        'de',
        'Der 21-Jährige gewann gegen den Spanier Mateo Zubizarreta nach 2¼ Stunden mit 7:6 (7:4), 3:6, 6:4.',
        True,
        [('duration', 21, 'year', None), ('duration', 2.25, 'hour', None)],
        None,
    ),
    (
        'de',
        'In der Weltrangliste dürfte Wöhlermann damit von Platz 38 unter die Top 30 vorrücken.',
        True,
        [('ordinal', 38, None, None), ('count', 30, None, None)],
        None,
    ),
    (
        'de',
        'Es war sein erster Sieg gegen einen Top-10-Spieler im neunten Versuch.',
        True,
        [('ordinal', 1, None, None), ('count', 10, None, None), ('ordinal', 9, None, None)],
        None,
    ),
    ('de', 'Wöhlermann sagte, er verzichte wegen einer Oberschenkelzerrung auf das Doppel.', True, [], 'Wöhlermann'),
    ('de', 'Ob Wöhlermann Ende Mai bei den French Open antreten kann, ist noch offen.', False, [], None),
    ('de', '„Ich habe heute einfach an mich geglaubt, egal wie es stand“, sagte Wöhlermann.', False, [], None),
    # --- Sydney house prices (AAP), Wednesday, May 20 ---
    (
        'en',
        "SYDNEY (AAP) - A four-bedroom, two-bathroom house in Sydney's inner west has sold for A$3.85 million at auction, about A$400,000 above the reserve.",
        True,
        [
            ('count', 4, None, None),
            ('count', 2, None, None),
            ('money', 3850000, 'AUD', None),
            ('money', 400000, 'AUD', 'about'),
        ],
        None,
    ),
    (
        'en',
        "Sydney's median dwelling value rose 0.6% in May to A$1.21m, the 28th monthly rise in 29 months, data from property analyst Corelane showed.",
        True,
        [
            ('percent', 0.6, '%', None),
            ('money', 1210000, 'AUD', None),
            ('ordinal', 28, None, None),
            ('duration', 29, 'month', None),
        ],
        None,
    ),
    (
        'en',
        'First-home buyers now need anywhere from 9 to 11 years to save a 20% deposit, Corelane estimates.',
        True,
        [('duration', 9, 'year', None), ('duration', 11, 'year', None), ('percent', 20, '%', None)],
        None,
    ),
    (
        'en',
        'Housing Minister Philippa Greythorn-Lodge said 178,000 homes had been completed nationally in the 12 months to March.',
        True,
        [('count', 178000, None, None), ('duration', 12, 'month', None)],
        'Philippa Greythorn-Lodge',
    ),
    ('en', '"It is a market that has simply left a generation behind," said one buyer\'s agent in Leichhardt.', False, [], None),
    ('en', 'Most economists doubt the national building target can be met.', False, [], None),
    # --- Batteriespeicher (dpa), Mittwoch, 20. Mai ---
    (
        'de',
        'Berlin (dpa) - Die Zahl der in Deutschland installierten Batteriespeicher hat sich binnen drei Jahren vervierfacht, teilte der Bundesverband Solarwirtschaft am Mittwoch mit.',
        True,
        [('duration', 3, 'year', None)],
        'der Bundesverband Solarwirtschaft',
    ),
    (
        'de',
        'Ende April waren rund 2,4 Millionen Heimspeicher am Netz, ihre Kapazität summierte sich auf knapp 23 Gigawattstunden.',
        True,
        [('count', 2400000, None, 'about'), ('count', 23, None, 'nearly')],
        None,
    ),
    (
        'de',
        'Die Großspeicher legten sogar auf das Sechsfache zu, von 0,4 auf 2,5 Gigawatt.',
        True,
        [('count', 6, None, None), ('count', 0.4, None, None), ('count', 2.5, None, None)],
        None,
    ),
    (
        'de',
        'Eine Kilowattstunde Speicherkapazität kostet heute im Schnitt 520 Euro, vor zehn Jahren war es noch gut das Dreifache.',
        True,
        [('money', 520, 'EUR', None), ('duration', 10, 'year', None), ('count', 3, None, 'over')],
        None,
    ),
    (
        'de',
        'BSW-Hauptgeschäftsführer Henning Ostendorf-Raith sagte, für das Ausbauziel von 100 Gigawattstunden bis 2030 müsse sich der jährliche Zubau noch versiebenfachen.',
        True,
        [('count', 100, None, None), ('year', 2030, None, None)],
        'Henning Ostendorf-Raith',
    ),
    ('de', 'Die Branche hofft vor allem auf weniger Bürokratie beim Netzanschluss.', False, [], None),
    # --- U.S. jobless claims (Reuters), Thursday, May 21 ---
    (
        'en',
        'WASHINGTON, May 21 (Reuters) - Initial applications for U.S. state jobless benefits dropped by 9,000 to 214,000 in the week through May 16, Labor Department figures showed on Thursday.',
        True,
        [
            ('date', '--05-21', None, None),
            ('count', 9000, None, None),
            ('count', 214000, None, None),
            ('date', '--05-16', None, None),
        ],
        None,
    ),
    (
        'en',
        'Economists polled by Reuters had forecast anywhere from 218,000 to 225,000 claims.',
        True,
        [('count', 218000, None, None), ('count', 225000, None, None)],
        None,
    ),
    (
        'en',
        'Initial claims have stayed somewhere between 200,000 and 240,000 for 31 straight weeks.',
        True,
        [('count', 200000, None, None), ('count', 240000, None, None), ('duration', 31, 'week', None)],
        None,
    ),
    (
        'en',
        'Layoffs announced by U.S. employers quadrupled in the first four months of this year versus the same stretch of 2025, outplacement firm Brackenfield & Co said.',
        True,
        [('ordinal', 1, None, None), ('duration', 4, 'month', None), ('year', 2025, None, None)],
        None,
    ),
    ('en', 'Some economists said they believed hiring was merely pausing for breath.', False, [], None),
    # --- Hochwasser an Donau und Inn (dpa/lby), Mittwoch, 20. Mai ---
    (
        'de',
        'Passau (dpa/lby) - Nach drei Tagen Dauerregen hat die Donau in Passau am Mittwochmorgen einen Pegelstand von 9,12 Metern erreicht, teilte der Hochwassernachrichtendienst mit.',
        True,
        [('count', 9.12, None, None)],
        'der Hochwassernachrichtendienst',
    ),
    (
        'de',
        'Am Inn flossen zeitweise rund 4.200 m³ Wasser pro Sekunde ab, gut das Vierfache der üblichen Menge.',
        True,
        [('count', 4200, None, 'about'), ('count', 4, None, 'over')],
        None,
    ),
    (
        'de',
        'Meteorologen erwarten bis Freitag noch zwischen 30 und 50 Liter Regen pro Quadratmeter.',
        True,
        [('count', 30, None, None), ('count', 50, None, None)],
        None,
    ),
    (
        'de',
        'Ein solches Hochwasser trete statistisch einmal in 20 Jahren auf, sagte ein Sprecher des Landesamts für Umwelt.',
        True,
        [('duration', 20, 'year', None)],
        None,
    ),
    (
        'de',
        'Rund 1.400 Helfer von Feuerwehr und THW waren im Einsatz, im Landkreis Passau blieben drei Schulen geschlossen.',
        True,
        [('count', 1400, None, 'about'), ('count', 3, None, None)],
        None,
    ),
    ('de', 'Viele Anwohner in der Altstadt fürchten, dass die mobilen Schutzwände erneut nicht ausreichen.', False, [], None),
    # --- Free tuition at Rathmore College (AP), Wednesday, May 20 ---
    (
        'en',
        "BOSTON (AP) — Rathmore College will cover full tuition for students from families earning up to $200,000 a year, starting with the class of '27, the college said Wednesday.",
        True,
        [('money', 200000, 'USD', 'up_to'), ('year', 2027, None, None)],
        None,
    ),
    (
        'en',
        'About 1 in 5 of its undergraduates would qualify, up from roughly 12% under the old income threshold of $85,000.',
        True,
        [('fraction', 0.2, None, 'about'), ('percent', 12, '%', 'about'), ('money', 85000, 'USD', None)],
        None,
    ),
    (
        'en',
        'A year at the four-year liberal arts college now costs $91,400 including room and board.',
        True,
        [('duration', 4, 'year', None), ('money', 91400, 'USD', None)],
        None,
    ),
    (
        'en',
        'Tuition there has roughly tripled since the early 1990s, outpacing consumer prices by a factor of about 1.8.',
        True,
        [('count', 1.8, None, 'about')],
        None,
    ),
    (
        'en',
        "President Miriam Fairweather-Nkosi said the plan would cost about $64 million a year, paid from the college's $7.9 billion endowment.",
        True,
        [('money', 64000000, 'USD', 'about'), ('money', 7900000000, 'USD', None)],
        'Miriam Fairweather-Nkosi',
    ),
    ('en', '"No talented kid should look at our price tag and walk away," Fairweather-Nkosi said.', False, [], None),
    # --- Brücke an der A45 gesperrt (dpa/lnw), Mittwoch, 20. Mai ---
    (
        'de',
        'Hagen (dpa/lnw) - Die mehr als ein halbes Jahrhundert alte Talbrücke Nahmertal an der A45 wird ab Montag für Lastwagen gesperrt, teilte die Autobahn GmbH mit.',
        True,
        [('duration', 50, 'year', 'over')],
        'die Autobahn GmbH',
    ),
    (
        'de',
        'Bei einer Sonderprüfung waren an 14 der 22 Pfeiler Risse von bis zu 3 Millimetern entdeckt worden.',
        True,
        [('count', 14, None, None), ('count', 22, None, None), ('count', 3, None, 'up_to')],
        None,
    ),
    (
        'de',
        'Täglich überqueren rund 64.000 Fahrzeuge die Brücke, knapp jedes vierte davon ist ein Lkw.',
        True,
        [('count', 64000, None, 'about'), ('fraction', 0.25, None, 'nearly')],
        None,
    ),
    (
        'de',
        'Der Ersatzneubau soll 2031 fertig sein und rund eine Dreiviertelmilliarde Euro kosten.',
        True,
        [('year', 2031, None, None), ('money', 750000000, 'EUR', 'about')],
        None,
    ),
    ('de', 'Geplant wird er bereits seit anderthalb Jahrzehnten.', True, [('duration', 15, 'year', None)], None),
    (
        'de',
        'Umleitungen über Lüdenscheid verlängern die Fahrt für Lkw nach Angaben der IHK um 25 bis 40 Minuten.',
        True,
        [('duration', 25, 'minute', None), ('duration', 40, 'minute', None)],
        'die IHK',
    ),
    ('de', 'Die Industrie- und Handelskammer sprach von einem „Albtraum für den Mittelstand im Sauerland“.', False, [], None),
    # --- Japan's visitors (Reuters), Wednesday, May 20 ---
    (
        'en',
        'TOKYO, May 20 (Reuters) - Foreign visitors to Japan topped 4.1 million in April, a record for the month and a 12% rise from a year earlier, the Japan National Tourism Organization said.',
        True,
        [('date', '--05-20', None, None), ('count', 4100000, None, None), ('percent', 12, '%', None)],
        None,
    ),
    (
        'en',
        'Visitors from mainland China rose nearly sixfold from April 2023 to 812,000, while South Koreans, the largest group, numbered 845,000.',
        True,
        [
            ('count', 6, None, 'nearly'),
            ('year', 2023, None, None),
            ('count', 812000, None, None),
            ('count', 845000, None, None),
        ],
        None,
    ),
    (
        'en',
        'Spending by tourists reached ¥2.4tn in the January-March quarter, about ¥232,000 per visitor.',
        True,
        [('money', 2400000000000, 'JPY', None), ('money', 232000, 'JPY', 'about')],
        None,
    ),
    (
        'en',
        'Kyoto will raise its lodging tax to as much as ¥8,000 a night from April, an eightfold increase on the current cap.',
        True,
        [('money', 8000, 'JPY', 'up_to'), ('count', 8, None, None)],
        None,
    ),
    (
        'en',
        'Transport Minister Keisuke Amagawa told reporters the government was aiming for 65 million foreign visitors annually by 2030, roughly double the 2019 level.',
        True,
        [
            ('count', 65000000, None, None),
            ('year', 2030, None, None),
            ('count', 2, None, 'about'),
            ('year', 2019, None, None),
        ],
        'Keisuke Amagawa',
    ),
    ('en', '"The city belongs to the people who live in it first," Kyoto\'s mayor told reporters.', False, [], None),
    # --- Freizeitwohnsitze in Tirol (APA), Donnerstag, 21. Mai ---
    (
        'de',
        'Innsbruck (APA) - In Tirol sind derzeit rund 18.400 Freizeitwohnsitze gemeldet, um ein Sechstel mehr als vor zehn Jahren, teilte das Land Tirol am Donnerstag mit.',
        True,
        [('count', 18400, None, 'about'), ('fraction', 0.1667, None, None), ('duration', 10, 'year', None)],
        'das Land Tirol',
    ),
    ('de', 'In Kitzbühel ist mittlerweile fast jede dritte Wohnung ein Zweitwohnsitz.', True, [('fraction', 0.3333, None, 'nearly')], None),
    (
        'de',
        'Neue Wohnungen kosten dort rund 14.800 Euro pro Quadratmeter, das Zweieinhalbfache des Landesschnitts.',
        True,
        [('money', 14800, 'EUR', 'about'), ('count', 2.5, None, None)],
        None,
    ),
    (
        'de',
        'Der Landtag hat die Abgabe für Freizeitwohnsitze mit 1. Jänner auf bis zu 2.200 Euro pro Jahr vervierfacht.',
        True,
        [('date', '--01-01', None, None), ('money', 2200, 'EUR', 'up_to')],
        None,
    ),
    ('de', 'Nach Angaben des Landes stehen zugleich rund 9.000 Wohnungen ganzjährig leer.', True, [('count', 9000, None, 'about')], None),
    ('de', 'Bürgermeister mehrerer Tourismusgemeinden halten die Abgabe für „viel zu zahm“.', False, [], None),
    # --- Aston Villa beat Brentford (Reuters), Monday, May 18 ---
    (
        'en',
        "BIRMINGHAM, England, May 18 (Reuters) - Aston Villa's Jorge Valdemoro scored twice in the final 10 minutes to seal a 3-1 win over Brentford on Sunday, his 30th and 31st league goals of the season.",
        True,
        [
            ('date', '--05-18', None, None),
            ('count', 2, None, None),
            ('duration', 10, 'minute', None),
            ('ordinal', 30, None, None),
            ('ordinal', 31, None, None),
        ],
        None,
    ),
    (
        'en',
        'His 31 goals are the most by a Villa player in a 38-game league season in the 21st century.',
        True,
        [('count', 31, None, None), ('count', 38, None, None), ('ordinal', 21, None, None)],
        None,
    ),
    (
        'en',
        'The 24-year-old, signed for a club-record £96m two seasons ago, has scored in 19 of his 34 appearances.',
        True,
        [
            ('duration', 24, 'year', None),
            ('money', 96000000, 'GBP', None),
            ('count', 2, None, None),
            ('count', 19, None, None),
            ('count', 34, None, None),
        ],
        None,
    ),
    (
        'en',
        'A crowd of 42,318 saw Villa move two points clear in fourth place with one game remaining.',
        True,
        [
            ('count', 42318, None, None),
            ('count', 2, None, None),
            ('ordinal', 4, None, None),
            ('count', 1, None, None),
        ],
        None,
    ),
    ('en', '"He is a once-in-a-generation finisher and we are lucky to have him," his manager said.', False, [], None),
    # --- Hundertjährige (dpa), Donnerstag, 21. Mai ---
    (
        'de',
        'Wiesbaden (dpa) - In Deutschland leben so viele Hundertjährige wie nie: Ende 2025 waren es rund 27.600, teilte das Statistische Bundesamt am Donnerstag mit.',
        True,
        [('duration', 100, 'year', None), ('year', 2025, None, None), ('count', 27600, None, 'about')],
        'das Statistische Bundesamt',
    ),
    ('de', 'Das sind fast dreimal so viele wie zur Jahrtausendwende.', True, [('count', 3, None, 'nearly')], None),
    ('de', 'Gut vier Fünftel der Hundertjährigen sind Frauen.', True, [('fraction', 0.8, None, 'over'), ('duration', 100, 'year', None)], None),
    (
        'de',
        'Die älteste gemeldete Person, eine Frau aus Sachsen (Jg. 1913), ist 112 Jahre alt.',
        True,
        [('year', 1913, None, None), ('duration', 112, 'year', None)],
        None,
    ),
    (
        'de',
        'Bis 2050 dürfte sich die Zahl der über 100-Jährigen nach der mittleren Variante der Vorausberechnung auf etwa 75.000 fast verdreifachen.',
        True,
        [('year', 2050, None, None), ('duration', 100, 'year', 'over'), ('count', 75000, None, 'about')],
        None,
    ),
    ('de', 'Demografen sehen darin vor allem einen Erfolg der modernen Medizin.', False, [], None),
    # --- Bronze Age wreck off Kythira (AP), Tuesday, May 19 ---
    (
        'en',
        "ATHENS, Greece (AP) — Divers off the island of Kythira have found the wreck of a roughly 3,400-year-old merchant ship, Greece's culture ministry said Tuesday.",
        True,
        [('duration', 3400, 'year', 'about')],
        None,
    ),
    (
        'en',
        'The vessel, about 14 meters long, carried at least 60 copper ingots weighing some 27 kilograms each.',
        True,
        [('count', 14, None, 'about'), ('count', 60, None, 'at_least'), ('count', 27, None, 'about')],
        None,
    ),
    (
        'en',
        'It is the third Bronze Age wreck found in Greek waters since the 1970s and the first in more than two decades.',
        True,
        [('ordinal', 3, None, None), ('ordinal', 1, None, None), ('duration', 20, 'year', 'over')],
        None,
    ),
    (
        'en',
        'Excavation will take two to three summers and cost up to 1.8 million euros, the ministry said.',
        True,
        [('count', 2, None, None), ('count', 3, None, None), ('money', 1800000, 'EUR', 'up_to')],
        None,
    ),
    (
        'en',
        'Lead diver Eleni Voutsaki-Marr said the ingots had been traced to mines on Cyprus, some 700 kilometers away.',
        True,
        [('count', 700, None, 'about')],
        'Eleni Voutsaki-Marr',
    ),
    ('en', 'Archaeologists hope the cargo will shed new light on early Mediterranean trade.', False, [], None),
    ('en', '"This is the find of a lifetime, and I still cannot quite believe it," Voutsaki-Marr said.', False, [], None),
    # --- Gletscherschwund (Keystone-SDA), Donnerstag, 21. Mai ---
    (
        'de',
        'Zürich (Keystone-SDA) - Die Schweizer Gletscher haben seit 2000 gut ein Drittel ihres Eisvolumens verloren, wie das Gletschermessnetz Glamos mitteilte.',
        True,
        [('year', 2000, None, None), ('fraction', 0.3333, None, 'over')],
        None,
    ),
    (
        'de',
        'Die vergletscherte Fläche schrumpfte auf rund 760 km², 2016 waren es noch gut 960 km².',
        True,
        [('count', 760, None, 'about'), ('year', 2016, None, None), ('count', 960, None, 'over')],
        None,
    ),
    ('de', 'Allein der Grosse Aletschgletscher verliert derzeit jedes Jahr bis zu 50 Meter an Länge.', True, [('count', 50, None, 'up_to')], None),
    (
        'de',
        'Bis zum Ende des 21. Jahrhunderts dürfte ohne wirksamen Klimaschutz weniger als ein Zehntel des heutigen Eises übrig bleiben.',
        True,
        [('ordinal', 21, None, None), ('fraction', 0.1, None, 'under')],
        None,
    ),
    (
        'de',
        'Glaziologe Reto Gadmer-Bühler sagte, 2022 und 2023 seien mit Verlusten von 5,7 und 4,1 Prozent die schlimmsten Jahre seit Messbeginn gewesen.',
        True,
        [
            ('year', 2022, None, None),
            ('year', 2023, None, None),
            ('percent', 5.7, '%', None),
            ('percent', 4.1, '%', None),
        ],
        'Reto Gadmer-Bühler',
    ),
    ('de', '«Wir schauen einem Patienten beim Sterben zu», sagte Gadmer-Bühler.', False, [], None),
    # --- British inflation (Reuters), Wednesday, May 20 ---
    (
        'en',
        'LONDON, May 20 (Reuters) - British consumer price inflation eased to 3.1% in April from 3.4% in March, official data showed on Wednesday.',
        True,
        [('date', '--05-20', None, None), ('percent', 3.1, '%', None), ('percent', 3.4, '%', None)],
        None,
    ),
    (
        'en',
        'Economists polled by Reuters had expected 3.2%, while services inflation, which Bank of England policymakers track closely, fell to a three-year low of 4.6%.',
        True,
        [('percent', 3.2, '%', None), ('duration', 3, 'year', None), ('percent', 4.6, '%', None)],
        None,
    ),
    (
        'en',
        "Traders now see a roughly two-in-three chance of a ¼-point rate cut at the Bank's June 18 meeting.",
        True,
        [
            ('fraction', 0.6667, None, 'about'),
            ('percent', 0.25, 'pp', None),
            ('date', '--06-18', None, None),
        ],
        None,
    ),
    (
        'en',
        'Food inflation was 4.9%, with butter prices up nearly a quarter over 12 months.',
        True,
        [('percent', 4.9, '%', None), ('fraction', 0.25, None, 'nearly'), ('duration', 12, 'month', None)],
        None,
    ),
    (
        'en',
        'Chancellor Isobel Penwithick said real wages had now risen for 23 months in a row.',
        True,
        [('duration', 23, 'month', None)],
        'Isobel Penwithick',
    ),
    ('en', 'Some rate-setters privately fear the fall in inflation will prove short-lived.', False, [], None),
    ('en', 'Penwithick said she was confident the worst of the cost-of-living crisis was over.', False, [], None),
    # --- Mehrkampf-Meeting in Götzis (APA), Montag, 18. Mai ---
    (
        'de',
        'Götzis (APA) - Der Deutsche Jannik Wedekind hat das Mehrkampf-Meeting in Götzis mit 8.612 Punkten gewonnen und die drittbeste Zehnkampf-Leistung des Jahres aufgestellt.',
        True,
        [('count', 8612, None, None), ('ordinal', 3, None, None)],
        None,
    ),
    (
        'de',
        'Der 26-Jährige lief die abschließenden 1.500 Meter in 4:21,37 Minuten.',
        True,
        [
            ('duration', 26, 'year', None),
            ('count', 1500, None, None),
            ('duration', 4, 'minute', None),
            ('duration', 21.37, 'second', None),
        ],
        None,
    ),
    (
        'de',
        'Im Siebenkampf siegte die Niederländerin Femke Oosterwijk mit 6.644 Punkten, es war ihr dritter Sieg in Götzis nach 2022 und 2024.',
        True,
        [
            ('count', 6644, None, None),
            ('ordinal', 3, None, None),
            ('year', 2022, None, None),
            ('year', 2024, None, None),
        ],
        None,
    ),
    ('de', 'Die Veranstalter zählten an beiden Tagen zusammen gut 9.000 Zuschauer.', True, [('count', 9000, None, 'over')], None),
    ('de', '„Das war der schönste Tag meiner Karriere, ganz ehrlich“, sagte Wedekind.', False, [], None),
    # --- NHS England performance (PA), Thursday, May 21 ---
    (
        'en',
        'LONDON (PA) - Nearly three in 10 patients at A&E departments in England waited longer than the four-hour target in April, NHS England figures show.',
        True,
        [('fraction', 0.3, None, 'nearly'), ('duration', 4, 'hour', None)],
        None,
    ),
    (
        'en',
        'Some 148,000 people spent 12 hours or more in emergency departments from arrival, up a fifth on a year earlier.',
        True,
        [
            ('count', 148000, None, 'about'),
            ('duration', 12, 'hour', 'at_least'),
            ('fraction', 0.2, None, None),
        ],
        None,
    ),
    (
        'en',
        'Among them was a 12-year-old girl in Stoke who waited almost 31 hours for a mental health bed, her family said.',
        True,
        [('duration', 12, 'year', None), ('duration', 31, 'hour', 'nearly')],
        None,
    ),
    (
        'en',
        'The waiting list for planned treatment fell by 41,000 to 7.36 million, its lowest in two and a half years.',
        True,
        [('count', 41000, None, None), ('count', 7360000, None, None), ('duration', 2.5, 'year', None)],
        None,
    ),
    (
        'en',
        'Health Secretary Gideon Hartnell said 2.4 million extra appointments had been delivered in the 12 months to March.',
        True,
        [('count', 2400000, None, None), ('duration', 12, 'month', None)],
        'Gideon Hartnell',
    ),
    ('en', '"These figures are a national disgrace," said the Liberal Democrats\' health spokesperson.', False, [], None),
    ('en', 'Hartnell said he was sure the corner had finally been turned.', False, [], None),
    # --- Kessbohm-Quartal (dpa-AFX), Mittwoch, 20. Mai ---
    (
        'de',
        'Düsseldorf (dpa-AFX) - Der Rüstungszulieferer Kessbohm hat im ersten Quartal seinen Umsatz um knapp zwei Drittel auf 1,47 Mrd. Euro gesteigert.',
        True,
        [
            ('ordinal', 1, None, None),
            ('fraction', 0.6667, None, 'nearly'),
            ('money', 1470000000, 'EUR', None),
        ],
        None,
    ),
    (
        'de',
        'Der Auftragsbestand erreichte mit 38,9 Mrd. Euro etwa das Sechsundzwanzigfache des Quartalsumsatzes.',
        True,
        [('money', 38900000000, 'EUR', None), ('count', 26, None, 'about')],
        None,
    ),
    (
        'de',
        'Die Aktie hat sich seit Anfang 2022 mehr als verzwölffacht und legte am Mittwoch um weitere 4,8 Prozent zu.',
        True,
        [('year', 2022, None, None), ('percent', 4.8, '%', None)],
        None,
    ),
    (
        'de',
        'Vorstandschef Torsten Lüdtke-Marx sagte, der Konzern werde in diesem Jahr zwischen 2.500 und 3.000 Menschen einstellen.',
        True,
        [('count', 2500, None, None), ('count', 3000, None, None)],
        'Torsten Lüdtke-Marx',
    ),
    (
        'de',
        'Für das Gesamtjahr peilt das Unternehmen eine operative Marge von 15 bis 17 Prozent an.',
        True,
        [('percent', 15, '%', None), ('percent', 17, '%', None)],
        None,
    ),
    ('de', '„Wir erleben eine Zeitenwende in der Beschaffung, und wir sind bereit“, sagte Lüdtke-Marx.', False, [], None),
    ('de', 'Ein Frankfurter Fondsmanager hält die Bewertung der Aktie inzwischen für „sportlich“.', False, [], None),
    # --- Glenmalure Air and the MAX delays (Reuters), Thursday, May 21 ---
    (
        'en',
        'DUBLIN, May 21 (Reuters) - Irish budget carrier Glenmalure Air said on Thursday it expected delivery delays of three to four months for its remaining 29 Boeing 737 MAX 10 jets.',
        True,
        [
            ('date', '--05-21', None, None),
            ('duration', 3, 'month', None),
            ('duration', 4, 'month', None),
            ('count', 29, None, None),
        ],
        None,
    ),
    (
        'en',
        'The airline carried 21.6 million passengers in the 12 months to April, an 8% rise, with a load factor of 93%.',
        True,
        [
            ('count', 21600000, None, None),
            ('duration', 12, 'month', None),
            ('percent', 8, '%', None),
            ('percent', 93, '%', None),
        ],
        None,
    ),
    ('en', 'Chief executive Ciaran Tuohig told reporters that summer fares would rise by "low single digits".', True, [], 'Ciaran Tuohig'),
    (
        'en',
        'Glenmalure Air is the No. 2 carrier at Dublin Airport, with a 37% share of seats.',
        True,
        [('ordinal', 2, None, None), ('percent', 37, '%', None)],
        None,
    ),
    ('en', '"Boeing has let its customers down, again and again," Tuohig said.', False, [], None),
    # --- Neuer Wehrdienst (dpa), Freitag, 22. Mai ---
    (
        'de',
        'Berlin (dpa) - Die Bundeswehr hat im ersten Jahr des neuen Wehrdienstes gut 14.300 Freiwillige eingestellt, teilte das Verteidigungsministerium am Freitag mit.',
        True,
        [('ordinal', 1, None, None), ('count', 14300, None, 'over')],
        'das Verteidigungsministerium',
    ),
    (
        'de',
        'Angeschrieben wurden alle rund 340.000 jungen Männer des Jahrgangs 2008, mehr als neun Zehntel schickten den Fragebogen zurück.',
        True,
        [('count', 340000, None, 'about'), ('year', 2008, None, None), ('fraction', 0.9, None, 'over')],
        None,
    ),
    (
        'de',
        'Die Mindestverpflichtung beträgt sechs Monate, im Schnitt verpflichteten sich die Rekruten für knapp 17 Monate.',
        True,
        [('duration', 6, 'month', None), ('duration', 17, 'month', 'nearly')],
        None,
    ),
    (
        'de',
        'Die Truppe zählt damit rund 187.300 aktive Soldatinnen und Soldaten, bis 2035 sollen es 265.000 sein.',
        True,
        [('count', 187300, None, 'about'), ('year', 2035, None, None), ('count', 265000, None, None)],
        None,
    ),
    ('de', 'Die Linke sprach von einer „Wehrpflicht durch die Hintertür“.', False, [], None),
    ('de', 'Ob die Freiwilligkeit auf Dauer reicht, ließ der Minister offen.', False, [], None),
    # --- Atlantic hurricane outlook (AP), Thursday, May 21 ---
    (
        'en',
        "MIAMI (AP) — This year's Atlantic hurricane season is likely to be busier than normal, with 15 to 20 named storms, between seven and nine of which could become hurricanes, U.S. government forecasters said Thursday.",
        True,
        [
            ('count', 15, None, None),
            ('count', 20, None, None),
            ('count', 7, None, None),
            ('count', 9, None, None),
        ],
        None,
    ),
    (
        'en',
        'Four to six of those could become major hurricanes, with sustained winds of at least 111 mph.',
        True,
        [('count', 4, None, None), ('count', 6, None, None), ('count', 111, None, 'at_least')],
        None,
    ),
    (
        'en',
        'NOAA will update the outlook in early August, about two months into the six-month season.',
        True,
        [('duration', 2, 'month', 'about'), ('duration', 6, 'month', None)],
        None,
    ),
    ('en', 'The season runs from June 1 to Nov. 30.', True, [('date', '--06-01', None, None), ('date', '--11-30', None, None)], None),
    ('en', '"All it takes is a single storm to change your life," the agency\'s acting administrator said.', False, [], None),
    ('en', 'Emergency managers urged coastal residents to get ready now rather than later.', False, [], None),
    # --- Blitzmarathon in NRW (dpa/lnw), Freitag, 22. Mai ---
    (
        'de',
        'Düsseldorf (dpa/lnw) - Beim 24-stündigen Blitzmarathon hat die Polizei in Nordrhein-Westfalen rund 31.800 Temposünder erwischt, teilte das Innenministerium mit.',
        True,
        [('duration', 24, 'hour', None), ('count', 31800, None, 'about')],
        'das Innenministerium',
    ),
    (
        'de',
        'Der Spitzenreiter fuhr auf einer Tempo-40-Strecke in Bochum mit 109 km/h, fast das Dreifache des Erlaubten.',
        True,
        [('count', 40, None, None), ('count', 109, None, None), ('count', 3, None, 'nearly')],
        None,
    ),
    (
        'de',
        'Ihm drohen zwei Punkte in Flensburg, ein Bußgeld von 800 Euro und ein Vierteljahr Fahrverbot.',
        True,
        [('count', 2, None, None), ('money', 800, 'EUR', None), ('duration', 0.25, 'year', None)],
        None,
    ),
    (
        'de',
        'An 2.140 Messstellen waren gut 3.600 Beamtinnen und Beamte im Einsatz.',
        True,
        [('count', 2140, None, None), ('count', 3600, None, 'over')],
        None,
    ),
    (
        'de',
        'Die Quote der Verstöße lag bei 2,7 Prozent und damit etwa ein Zehntel unter dem Vorjahr.',
        True,
        [('percent', 2.7, '%', None), ('fraction', 0.1, None, 'about')],
        None,
    ),
    ('de', 'Ein kleinerer Automobilclub hält solche Aktionstage für reine Symbolpolitik.', False, [], None),
    ('de', 'Innenminister Jochen Kleefisch-Brandt nannte das Ergebnis „erschreckend und uneinsichtig“.', False, [], None),
    # --- Gold at a record (Reuters), Friday, May 22 ---
    (
        'en',
        'LONDON, May 22 (Reuters) - Gold rose as much as 1.8% to a record $4,212.60 an ounce on Friday, having gained roughly two-fifths since the start of the year.',
        True,
        [
            ('date', '--05-22', None, None),
            ('percent', 1.8, '%', 'up_to'),
            ('money', 4212.6, 'USD', None),
            ('fraction', 0.4, None, 'about'),
        ],
        None,
    ),
    (
        'en',
        'Central banks bought a net 261 tonnes in the first quarter, about a quarter more than a year earlier, the World Gold Council said.',
        True,
        [('count', 261, None, None), ('ordinal', 1, None, None), ('fraction', 0.25, None, 'about')],
        None,
    ),
    (
        'en',
        'Silver has climbed anywhere from 3% to 5% a week for four straight weeks.',
        True,
        [('percent', 3, '%', None), ('percent', 5, '%', None), ('duration', 4, 'week', None)],
        None,
    ),
    (
        'en',
        'Spot gold has more than quadrupled since late 2015, when it traded at about $1,070.',
        True,
        [('year', 2015, None, None), ('money', 1070, 'USD', 'about')],
        None,
    ),
    ('en', 'Several analysts said they thought the rally still had further to run.', False, [], None),
    # --- U5 in Wien (APA), Dienstag, 19. Mai ---
    (
        'de',
        'Wien (APA) - Die künftige U5 soll ab Herbst 2028 im Zweieinhalb-Minuten-Takt fahren, teilten die Wiener Linien am Dienstag mit.',
        True,
        [('year', 2028, None, None), ('duration', 2.5, 'minute', None)],
        None,
    ),
    (
        'de',
        'Die vollautomatische Strecke ist zunächst 5,3 Kilometer lang und hat acht Stationen.',
        True,
        [('count', 5.3, None, None), ('count', 8, None, None)],
        None,
    ),
    (
        'de',
        'Die Kosten sind seit dem Baubeschluss 2014 um knapp 60 Prozent auf 2,9 Mrd. Euro gestiegen, Bund und Stadt tragen sie je zur Hälfte.',
        True,
        [
            ('year', 2014, None, None),
            ('percent', 60, '%', 'nearly'),
            ('money', 2900000000, 'EUR', None),
            ('fraction', 0.5, None, None),
        ],
        None,
    ),
    ('de', 'Täglich sollen auf der U5 einmal rund 125.000 Fahrgäste unterwegs sein.', True, [('count', 125000, None, 'about')], None),
    ('de', 'Die Fahrt vom Frankhplatz zum Karlsplatz dauert dann eine knappe Viertelstunde.', True, [('duration', 0.25, 'hour', 'nearly')], None),
    ('de', 'Kritiker bezweifeln, dass der Zeitplan diesmal hält.', False, [], None),
    # --- Swimming trials in Adelaide (AAP), Friday, May 22 ---
    (
        'en',
        'ADELAIDE (AAP) - A 16-year-old schoolgirl from Brisbane has swum the third-fastest 200m freestyle in history at the Australian trials, clocking one minute 52.84 seconds.',
        True,
        [
            ('duration', 16, 'year', None),
            ('ordinal', 3, None, None),
            ('count', 200, None, None),
            ('duration', 1, 'minute', None),
            ('duration', 52.84, 'second', None),
        ],
        None,
    ),
    (
        'en',
        'Tilly Moorcastle, who only turned 16 in March, finished 1.31 seconds inside the Olympic qualifying time.',
        True,
        [('duration', 16, 'year', None), ('duration', 1.31, 'second', None)],
        None,
    ),
    ('en', 'Her time would have won gold at every Olympics of the 21st century.', True, [('ordinal', 21, None, None)], None),
    (
        'en',
        'Head coach Rohan Kyffin said a team of 41 swimmers, 23 of them women, would be named on Sunday.',
        True,
        [('count', 41, None, None), ('count', 23, None, None)],
        'Rohan Kyffin',
    ),
    ('en', 'The trials run over eight days, with finals sessions starting at 7pm local time.', True, [('duration', 8, 'day', None)], None),
    ('en', '"I honestly did not look at the clock until I touched the wall," Moorcastle said.', False, [], None),
    # --- Erdbeeren (dpa), Freitag, 22. Mai ---
    (
        'de',
        'Bonn (dpa) - Deutsche Erdbeeren sind zum Saisonstart so teuer wie nie: Ein 500-Gramm-Schälchen kostet im Handel derzeit im Schnitt 4,29 Euro, wie die Agrarmarkt Informations-Gesellschaft (AMI) mitteilte.',
        True,
        [('count', 500, None, None), ('money', 4.29, 'EUR', None)],
        'die Agrarmarkt Informations-Gesellschaft',
    ),
    ('de', 'Das ist gut ein Viertel mehr als vor fünf Jahren.', True, [('fraction', 0.25, None, 'over'), ('duration', 5, 'year', None)], None),
    (
        'de',
        'Die Anbaufläche unter Folientunneln hat sich seit 2015 mehr als verdoppelt, auf rund 5.900 Hektar.',
        True,
        [('year', 2015, None, None), ('count', 5900, None, 'about')],
        None,
    ),
    ('de', 'Rund vier von zehn in Deutschland verkauften Erdbeeren stammen aus heimischem Anbau.', True, [('fraction', 0.4, None, 'about')], None),
    ('de', 'Viele Betriebe fürchten, dass die Kundschaft zu billigerer Ware aus Spanien greift.', False, [], None),
    # --- Veridax's quarter (Reuters), Wednesday, May 20 ---
    (
        'en',
        'SAN FRANCISCO, May 20 (Reuters) - Chipmaker Veridax reported a nearly fourfold jump in first-quarter profit on Wednesday and announced a four-for-one stock split.',
        True,
        [
            ('date', '--05-20', None, None),
            ('count', 4, None, 'nearly'),
            ('ordinal', 1, None, None),
            ('count', 4, None, None),
            ('count', 1, None, None),
        ],
        None,
    ),
    (
        'en',
        'Net income rose to $3.8 billion, or $2.41 a share, from $1.02 billion a year earlier.',
        True,
        [
            ('money', 3800000000, 'USD', None),
            ('money', 2.41, 'USD', None),
            ('money', 1020000000, 'USD', None),
        ],
        None,
    ),
    (
        'en',
        'The company forecast second-quarter revenue of between $11.4 billion and $11.9 billion.',
        True,
        [
            ('ordinal', 2, None, None),
            ('money', 11400000000, 'USD', None),
            ('money', 11900000000, 'USD', None),
        ],
        None,
    ),
    (
        'en',
        "Shares jumped 9.6% in extended trading, taking the company's market value above $1.1tn.",
        True,
        [('percent', 9.6, '%', None), ('money', 1100000000000, 'USD', 'over')],
        None,
    ),
    (
        'en',
        'The company said it planned share repurchases of up to $15 billion over the next three years.',
        True,
        [('money', 15000000000, 'USD', 'up_to'), ('duration', 3, 'year', None)],
        'the company',
    ),
    ('en', '"We are only at the start of a build-out that will run for decades," chief executive Ravi Kallidaikurichi-Stone said.', False, [], None),
    # --- Pfingstreiseverkehr (dpa), Freitag, 22. Mai ---
    (
        'de',
        'München (dpa) - Zum Pfingstwochenende rechnet der ADAC auf Deutschlands Autobahnen mit Staus von zusammen mehr als 1.200 Kilometern.',
        True,
        [('count', 1200, None, 'over')],
        None,
    ),
    (
        'de',
        'Auf der A8 zwischen Salzburg und München kann die Fahrt am Samstag zwei bis drei Stunden länger dauern.',
        True,
        [('duration', 2, 'hour', None), ('duration', 3, 'hour', None)],
        None,
    ),
    (
        'de',
        'An den Flughäfen erwarten die Betreiber über die vier Feiertage zusammen rund 2,3 Millionen Passagiere.',
        True,
        [('count', 4, None, None), ('count', 2300000, None, 'about')],
        None,
    ),
    (
        'de',
        'Der Ferienbeginn in Bayern und Baden-Württemberg am 26.5. verschärft die Lage zusätzlich.',
        True,
        [('date', '--05-26', None, None)],
        None,
    ),
    ('de', 'Der ADAC rät, die Reise wenn möglich auf den Pfingstmontag zu verschieben.', False, [], None),
    # --- Chelsea Flower Show (PA), Tuesday, May 19 ---
    (
        'en',
        'LONDON (PA) - A garden built around a 400-year-old olive tree has won best in show at the Chelsea Flower Show, the Royal Horticultural Society said on Tuesday.',
        True,
        [('duration', 400, 'year', None)],
        None,
    ),
    (
        'en',
        'The tree, shipped from Puglia in a 14-tonne container, is the oldest living plant ever shown at the 113-year-old event.',
        True,
        [('count', 14, None, None), ('duration', 113, 'year', None)],
        None,
    ),
    (
        'en',
        "Some 168,000 visitors are expected over the show's five days, with tickets costing up to £137.50.",
        True,
        [('count', 168000, None, 'about'), ('duration', 5, 'day', None), ('money', 137.5, 'GBP', 'up_to')],
        None,
    ),
    (
        'en',
        'Designer Harriet Ainsworth-Leigh said the garden had taken two and three-quarter years to plan.',
        True,
        [('duration', 2.75, 'year', None)],
        'Harriet Ainsworth-Leigh',
    ),
    (
        'en',
        'It is her third gold medal at Chelsea and her first best-in-show title.',
        True,
        [('ordinal', 3, None, None), ('ordinal', 1, None, None)],
        None,
    ),
    ('en', 'Visitors queued in steady drizzle on Tuesday morning to catch a glimpse of the tree.', False, [], None),
    ('en', '"It is a living sculpture and a love letter to patience," Ainsworth-Leigh said.', False, [], None),
    # --- DFB-Pokalfinale (dpa), Samstag, 16. Mai ---
    (
        'de',
        'Berlin (dpa) - Bayer Leverkusen hat das DFB-Pokalfinale gegen den 1. FC Kaiserslautern mit 5:4 im Elfmeterschießen gewonnen und den Pokal zum dritten Mal geholt.',
        True,
        [('ordinal', 3, None, None)],
        None,
    ),
    (
        'de',
        'Nach 120 Minuten hatte es vor 74.322 Zuschauern im ausverkauften Olympiastadion 1:1 gestanden.',
        True,
        [('duration', 120, 'minute', None), ('count', 74322, None, None)],
        None,
    ),
    (
        'de',
        'Der 19 Jahre alte Torwart Finn Lüdemann hielt zwei Elfmeter und wurde zum Spieler des Spiels gewählt.',
        True,
        [('duration', 19, 'year', None), ('count', 2, None, None)],
        None,
    ),
    (
        'de',
        'Für den Zweitligisten war es die erste Finalteilnahme seit 23 Jahren.',
        True,
        [('ordinal', 1, None, None), ('duration', 23, 'year', None)],
        None,
    ),
    ('de', 'Der Sieger erhält neben dem Pokal eine Prämie von rund 4,5 Mio. Euro.', True, [('money', 4500000, 'EUR', 'about')], None),
    ('de', '„Dieses Team hat ein Herz aus Stahl“, sagte der Leverkusener Trainer.', False, [], None),
    # --- Euro zone banks (Reuters), Tuesday, May 19 ---
    (
        'en',
        "FRANKFURT, May 19 (Reuters) - Euro zone banks set aside the least money for bad loans since the crash of '08 in the first quarter, European Central Bank data showed on Tuesday.",
        True,
        [('date', '--05-19', None, None), ('year', 2008, None, None), ('ordinal', 1, None, None)],
        None,
    ),
    (
        'en',
        'Loan-loss provisions fell to 31 basis points of total loans, down from a peak of 94 bp in 2009.',
        True,
        [('percent', 31, 'bp', None), ('percent', 94, 'bp', None), ('year', 2009, None, None)],
        None,
    ),
    (
        'en',
        'Non-performing loans stood at 2.1% of the total, less than a third of their 2015 level.',
        True,
        [('percent', 2.1, '%', None), ('fraction', 0.3333, None, 'under'), ('year', 2015, None, None)],
        None,
    ),
    (
        'en',
        'ECB supervisor Marit Velthuis-Koch said 11 of the 112 banks it oversees directly still fell short of its capital guidance.',
        True,
        [('count', 11, None, None), ('count', 112, None, None)],
        'Marit Velthuis-Koch',
    ),
    (
        'en',
        'Return on equity averaged 10.4%, the highest since euro zone bank supervision began in 2014.',
        True,
        [('percent', 10.4, '%', None), ('year', 2014, None, None)],
        None,
    ),
    ('en', 'Supervisors warned that lenders should not grow complacent.', False, [], None),
]
