"""Four-hundred-and-ninety-fourth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: heads of state and government appear nowhere, and the
holders of real offices appear only by their role („der Stadtrat“, „die Landesregierung“,
„die Stadt“, "the state government", "the opposition", "the Bank") or under made-up names
that stand for no real holder (a railway's, an airport's, a motoring club's, a port's, a
postal service's and a transport operator's spokespeople, a tourism researcher, project
leaders, a finance chief of a made-up firm, a construction economist, a bank economist, a
transport planner; analysts, economists and researchers at made-up firms and at
universities, a transit agency's spokesperson and a campaigner).

Names: Henrike Dallmann-Osei, Waltraud Kößlbacher-Ampofo, Reto Gadient-Sialm, Korbinian
Stöckl-Amponsah, Konstantin Wallmeroth-Adu, Sieglinde Aichhorn-Wlasak, Gesine
Thorbecke-Amoako, Lambert Huwiler-Tschopp, Friedgard Ostermann-Kyei, Gisbert
Renneberg-Ofori, Ilse Brandstätter-Nuamah, Dagmar Wöllenstein-Agyeman, Urs Nyffeler-Gyger,
Irmengard Pröbstl-Asamoah and Hannelore Gasteiger-Owusu; Marguerite Tolland-Ekwueme, Tegan
Ravensworth-Iro, Aurelio Castaneda-Fry, Cosmo Wetherall-Banda, Wilhelmina Okoro-Pentreath,
Fintan Mulqueen-Adjaye, Lachlan Merriweather-Tau, Hester Pomfrey-Achterberg, Philippa
Tremlett-Gyasi, Dolores Ybarra-Kinsella, Sorcha Delahunt-Ibe, Imogen Sallis-Oyewole, Tahnee
Coldstream-Afolabi, Desmond Farraday-Quist and Ravindra Okafor-Lightbody are invented, and
so are the firms and the campaign group (the car parts maker Rottenegger, the Regnitz-Bank,
Fellcroft Economics, Yarrabend Research, Thistlebrook Research, Pennard Hill Capital,
Sturtevant Analytics, Coorong Advisory, Ardcashel Economics, Corrib Bay Securities, Quandong
Partners, Halyard Street Advisors, Tenterden Associates, Save Cardiff Libraries), with every
unnamed economist, trader, analyst, resident, commuter, rider, councillor, union, operator
and official. Real states, bodies, firms, parties, lines, bridges, places and media (Berlin,
the Deutsche Bahn, Pro Bahn, Bayern, Wien, the Statistik Austria, the Wifo, Deutschland, the
Niederlande, the USA, China, the Österreichische Hoteliervereinigung, Bern, the SBB, the
Verband öffentlicher Verkehr, München, its airport, Freising, Vietnam, Lufthansa, Stuttgart,
Xetra, the MDax, Linz, the Land Oberösterreich, the Steyregger Brücke, the Voestbrücke, the
Grünen, Hannover, Niedersachsen, Göttingen, the A7, the ADAC, Basel, Rheinfelden, the
Schweizerische Rheinhäfen, Rotterdam, Düsseldorf, Nordrhein-Westfalen, IT.NRW, Köln,
Münster, the Mieterbund NRW, the Architektenkammer, Wiesbaden, the Statistisches Bundesamt,
the BGA, the ÖBB, their Nightjet, Hamburg, the Brenner-Basistunnel, the Koralmbahn, Probahn
Österreich, the Klimaticket, the Stuttgarter S-Bahn, Böblingen, Esslingen, the Post,
Syndicom, Nürnberg, the U3, the VAG, the Bund, the Bund der Steuerzahler, Innsbruck, the
Brenner, the Land Tirol, Schönberg, Kufstein, the Wipptal, the Brennerautobahngesellschaft;
London, Britain, the SMMT, the Midlands, Reuters, Sydney, Transport for NSW, the CBD,
Washington, the Transportation Security Administration, Airlines for America, the Northeast,
the Bureau of Transportation Statistics, the Bank of England, its Monetary Policy Committee,
Moneyfacts, the Labor Department, the Fed, CME FedWatch, Dublin, the National Transport
Authority, Dublin Bus, Trinity College Dublin, Melbourne, Victoria, the Frankston,
Cranbourne and Pakenham lines, Cardiff, Cardiff Council, the Office for National Statistics,
Chicago, the Chicago Transit Authority, the Blue Line, O'Hare, the Regional Transportation
Authority, Ireland, the Central Statistics Office, Greater Manchester, the University of
Manchester, Canberra, the Australian Bureau of Statistics, the Reserve Bank, the Commerce
Department, Freddie Mac, the Office of Rail and Road, the Elizabeth line, and the datelines'
cities) stand for the way wire copy names them; every count, rate, share, sum, multiple,
span, date, vote and quote here is invented, and where a real figure came to mind (a real
passenger count, a real half-year result, a real policy rate, a real fare, a real stamp
price, a real export figure, a real jobs figure, a real count of level crossings removed, a
real construction cost) it was changed. Kept as the facts they are: the Bank of England's
and the Fed's 2% goals, the opening of Nürnberg's first U-Bahn line in 1972 and the 71 seats
of its city council with the mayor, the Brenner Base Tunnel's planned opening in 2032 (the
span back to the first date named is rounded), and the Office of Rail and Road's series
reaching back to the mid-1990s. The dates of central bank meetings and of every release in
August 2027 are invented.

Its weight: HARD NUMBER FORMS, twenty-fourth round (the hundred-ninety-ninth,
two-hundred-and-tenth, two-hundred-and-forty-ninth, two-hundred-and-sixty-fifth,
two-hundred-and-eighty-first, two-hundred-and-eighty-ninth, two-hundred-and-ninety-seventh,
three-hundred-and-eighth, three-hundred-and-twenty-first, three-hundred-and-twenty-eighth,
three-hundred-and-forty-second, three-hundred-and-sixtieth, three-hundred-and-seventy-sixth,
three-hundred-and-eighty-second, three-hundred-and-ninety-fifth, four-hundred-and-fifth,
four-hundred-and-twenty-sixth, four-hundred-and-forty-fifth, four-hundred-and-fifty-second,
four-hundred-and-sixtieth, four-hundred-and-seventy-fourth, four-hundred-and-eighty-second
and four-hundred-and-ninety-third batches were the first twenty-three rounds, as the
docstrings of the four-hundred-and-eighty-second and the four-hundred-and-ninety-third list
them, and the seventeenth weighed the same forms long before them; their decisions are kept,
those of the three-hundred-and-eighth, three-hundred-and-twenty-first and
three-hundred-and-twenty-eighth - which weighed dozens, scores, halves and quarters of units
and scale words - and of the four-hundred-and-sixtieth, four-hundred-and-seventy-fourth,
four-hundred-and-eighty-second and four-hundred-and-ninety-third first of all) - three
ordinary wire weeks, Monday, August 2, to Friday, August 20, 2027, as 30 short stories in
date order with the German and English desks interleaved, each told as wire copy runs it (a
dateline lead, the figures, attributed claims, quotes, the other side), this time weighing
number words and mixed forms over ordinary economy, transport and local news: the Deutsche
Bahn's half year, British car output, Austrian tourism, Sydney's metro, the SBB's half year,
U.S. summer air travel, Munich airport in July, a Bank of England cut, a car parts maker's
half year, U.S. jobs, a bridge repair near Linz, Dublin's buses, holiday jams in Lower
Saxony, Victoria's level crossings, low water on the Rhine, Cardiff's branch libraries,
building permits in North Rhine-Westphalia, British GDP, German exports, Chicago's transit
ridership, the ÖBB's half year, Irish housing completions, a closure of Stuttgart's S-Bahn
trunk line, Manchester's buses, Swiss Post's half year, Australian wages, a subway extension
in Nuremberg, U.S. housing starts, lorry transit over the Brenner and Britain's rail
journeys. Half German (dpa with its regional slugs "dpa/lby", "dpa/lno", "dpa/lnw" and
"dpa/lsw", dpa-AFX, APA, Keystone-SDA; Austrian „Jänner“, „Nächtigungen“, „um ein Viertel
mehr“, „Aussendung“, „Frächter“, Swiss „dreissig“, „Service public“, „Mia.“, „Fr. 1.30“,
„Rappen“, „2'500“ and „1'800“ with the apostrophe, «» quotes, German „“ quotes), half
English (Reuters with dated datelines, AP, PA, AAP; British "£", "pencilled", "councillors",
"centres", "travellers", "Bank Rate", Irish "euros", Australian "per cent", "A$", "the June
quarter", "patronage", "program", U.S. "percent", "travelers", "canceled", "annualized").
Its weight is the forms the topic names, in shapes the twenty-three earlier rounds used only
thinly or not at all: German compound number words with halves and quarters („knapp
zweieinhalb Millionen“, „um zweieinhalb Prozent“, „eineinhalb Prozent“, „fast viereinhalb“,
„zwischen fünfeinhalb und sechs Prozent“, „zwölfeinhalb Minuten“, „zwölfeinhalb Jahre“, „bis
zu zwölfeinhalb Kilometern“, „mehr als zweieinhalb Stunden“, „gut zweieinhalb Meter“, „knapp
zweieinhalb Kilometer“, „sechseinhalb Wochen“, „seit anderthalb Jahren“, „anderthalb
Dutzend“, „ein dreiviertel Jahr“, „bis zu einer Dreiviertelstunde“, „eine Dreiviertelstunde
kürzer“, „alle dreiviertel Stunde“, „dreiviertel der Abgase“, „eine gute halbe Stunde“, „ein
halbes Jahrhundert“, „seit mehr als einem halben Jahr“, „ein Vierteljahrhundert“ three
times, „eineinhalb Jahrzehnte“, „vor drei Jahrzehnten“); multiples in words („fast
eineinhalbmal so viele“, „gut eineinhalbmal so viele“, „fast zweieinhalbmal so viele“,
„eineinhalbfach überzeichnet“, „etwa das Zweieinhalbfache“, „mehr als doppelt so viele“,
„gut doppelt so viele“); dozens and their hedges („ein knappes Dutzend“, „rund ein Dutzend“,
„ein gutes Dutzend“ twice, „an gut einem Dutzend Brücken“, „an einem Dutzend Ampeln“, „zwei
Dutzend“, „ein halbes Dutzend“) beside the vague „Dutzende“ and „Hunderte“ (eight times
between them); English number words ("one and a half million", "one and a half times", "one
and a half percent", "two and three-quarter times", "almost two and a half times", "one and
a quarter per cent", "two and a half years", "two and a quarter years", "a year and a half"
three times, "a decade and a half", "a quarter-century", "2¾%", "3¼ per cent", "half a
cent", "a tenth of a percentage point", "a quarter of a point", "a quarter-point cut", "a
score of" four times, "Another score", "Around a score", "a dozen or so", "a dozen-odd",
"150-odd", "six or seven thousand", "voted six to three") beside "a couple of" in six
shapes, "hundreds of", "dozens of", "the thousands of" and "a handful of", which count
nothing; figures with scale words and signs („1,2 Mrd. Euro“ twice, „3,84 Mrd. Euro“, „128,4
Mrd. Euro“, „21 Mrd. Euro“, „knapp 79 Mio.“, „um 3,1 Mio. mehr“, „2,9 Mio. Tonnen“, „96,3
Mio. Paketen“, „Rund 3 Mio. Haushalte“, „knapp 2,5 Mio. Lkw“, „rund 3 Tsd.“, „187 Mio.
Franken“, „1,2 Mia. Franken“, „rund 3 Mrd. Franken“, "£2.3m", "£38.6m", "£75m", "£2.3bn",
"£4.5bn", "£1.07bn", "£11.9bn", "£2.6bn", "A$3.8bn", "A$18.2bn", "A$4.5bn", "1.2m extra
journeys", "1.68bn journeys", "the 1.6bn of 2019-20", "3.1 billion euros", "$770 million");
ordinals in words and digits („im ersten Halbjahr“, „im zweiten Halbjahr“, „an zweiter
Stelle“, „zum dritten Mal in Folge“ twice, „der drittstärkste Wert“, „auf Platz vier“, „die
dritte Sperrung“, „zum vierten Mal“, „der 14. Ausbauschritt“, „für eine erste Jahreshälfte“,
"the fifth time this summer", "the fifth quarter in a row", "its third of the year", "a
fourth straight month", "its 125th level crossing", "the third above-inflation rise in a
row", "a second straight quarter", "the ninth straight quarter", "the third month running",
"a third year running"); and hedges around each („knapp“, „fast“, „gut“, „ein gutes“, „eine
gute“, „ein knappes“, „rund“, „etwa“, „an die“, „bis zu“, „mehr als“, „weniger als“, "just
over", "just under", "a little over", "well over", "close to", "almost", "maybe", "or so",
"-odd", "at least", "or more", beside words that bound nothing: „zusammen“, „insgesamt“, „im
Schnitt“, „durchschnittlich“, „zeitweise“, „allein“, "a combined", "a further", "another",
"nowhere near the", "a hair above the", "roughly in line with"). Speakers as such copy has
them: statistics offices, a railway, a firm, a transit agency, a security agency and
government departments with "said", „mitteilte“ and „teilte ... mit“, named spokespeople,
economists, analysts, researchers, planners and a campaigner with their titles dropped, and
beside them the forms left unchecked (roles, descriptions before a name, data, figures,
reports, surveys, statements, „laut“, „nach Angaben der“, „wie aus ... hervorgeht“, „heißt
es in“, "according to"). Negatives stand beside them - 55 rows, none with a figure: rhetoric
and feelings in quotes from two railway spokeswomen, a railway spokesman, a car analyst, a
tourism researcher, a transport economist, an aviation analyst, an airport spokesman, a
markets economist, a finance chief, a U.S. economist, two project leaders, two transport
researchers, an infrastructure analyst, a port spokesman, a library campaigner, a
construction economist, a UK economist, a bank economist, a transit spokesperson, two
housing economists, a postal spokesman, a wage economist, a transit planner, a transport
planner and a rail analyst, labels („sprach von“, „sprachen von“, "called"), verdicts with
„hielt ... für“ and „hielten ... für“, advice naming no measure („riet“), a complaint
(„klagten“), a fear („fürchten“), and views told as reports ("Pilots' unions said ...",
"Some economists said ...", "Some riders said ...", "Housing charities said ...", "Operators
said ...", "Employer groups said ...", "Homebuilders said ...", "Passenger groups said
..."); idioms and look-alikes among them count nothing („ein gutes Halbjahr“, "the
nine-to-five", "a couple more reports", "the thousands of families").

240 rows (120 German, 120 English), 55 negatives (27 German, 28 English), 185 check-worthy
rows of which 4 carry no figure (3 German, 1 English), 395 expected quantities (120 counts,
53 fractions, 51 percentages - 46 in "%", 5 in percentage points "pp" -, 49 durations - 28
in years, 7 in hours, 5 in minutes, 4 in months, 3 in weeks, 2 in days -, 41 amounts of
money - 17 EUR, 10 GBP, 7 CHF, 4 USD, 3 AUD -, 41 ordinals, 31 years, 9 dates - 0 with a
year, 9 without -; none of them in a negative), 37 checked speakers (18 German, 19 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains. The made-up names and firms were
checked against the earlier batches; a spokeswoman's name and a postal spokesman's name
close to names already in use, and three firm names that matched words already in use there
(a research firm's, a capital firm's, an analytics firm's), were replaced by fresh ones
before the commit.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):

- A row is one sentence and is judged alone (sixteenth batch), its semicolons included. A
  quoted or reported evaluation, label, feeling, fear, complaint, view, verdict, piece of
  advice or piece of rhetoric is a negative with speaker None, also with a named speaker
  (seventh, ninety-eighth, four-hundred-and-fifth, four-hundred-and-fifty-second,
  four-hundred-and-sixtieth, four-hundred-and-seventy-fourth,
  four-hundred-and-eighty-second, four-hundred-and-ninety-third); a reported fact, figure,
  step, plan or forecast with a figure is check-worthy with its speaker, also in a quote
  (Dallmann-Osei's corridors, Kößlbacher-Ampofo's nights, Gadient-Sialm's multiple,
  Stöckl-Amponsah's waits, Wallmeroth-Adu's margin, Aichhorn-Wlasak's bearings,
  Thorbecke-Amoako's three-quarters of an hour, Huwiler-Tschopp's loads, Ostermann-Kyei's
  shares, Renneberg-Ofori's year and a half, Wöllenstein-Agyeman's points, Pröbstl-Asamoah's
  riders, Gasteiger-Owusu's share; Tolland-Ekwueme's multiple, Ravensworth-Iro's two and
  three-quarter times, Castaneda-Fry's capacity, Wetherall-Banda's one more cut,
  Okoro-Pentreath's hiring, Mulqueen-Adjaye's ridership, Pomfrey-Achterberg's hours,
  Tremlett-Gyasi's forecast, Ybarra-Kinsella's wait times, Delahunt-Ibe's shortfall,
  Sallis-Oyewole's punctuality, Coldstream-Afolabi's real wages, Farraday-Quist's supply).
  Each of them but Thorbecke-Amoako stands beside a negative of the same speaker, as the
  pairs of the four-hundred-and-ninety-third did. Brandstätter-Nuamah, Nyffeler-Gyger,
  Merriweather-Tau and Okafor-Lightbody speak only in negatives, and the figures of their
  stories are told without them (the ÖBB's investment plan, the Post's parcel centres, the
  Frankston line's travel times, the share of leisure trips) - a speaker whose only sentence
  is rhetoric is no speaker to check, as every named negative of the earlier rounds was left
  unchecked (four-hundred-and-sixtieth: results "told without them"). Negatives otherwise:
  labels („Der Fahrgastverband Pro Bahn sprach von ...“, „Die Hoteliervereinigung sprach von
  ...“, „Analysten sprachen von ...“, „Die Grünen im Landtag sprachen von ...“, „Die Polizei
  sprach von ...“, „Der Mieterbund NRW sprach von ...“, „Der Außenhandelsverband BGA sprach
  von ...“, "Commuter groups called ...", "Savers' groups called ...", "Residents ... called
  ...", "The opposition called ...", "Opposition councillors called ..."), verdicts with
  „hielt ... für“ and „hielten ... für“ (the Verband öffentlicher Verkehr, the Bund der
  Steuerzahler, the hauliers; hundred-ninety-ninth), advice naming no measure („Der ADAC
  riet ...“; three-hundred-and-sixtieth), a complaint („Anwohner in Freising klagten ...“),
  a fear („Die Verlader fürchten ...“; three-hundred-and-twenty-eighth) and views told as
  reports (three-hundred-and-ninety-fifth: "Pilots' unions said ...", "Some economists said
  ...", "Some riders said ...", "Housing charities said ...", "Operators said ...",
  "Employer groups said ...", "Homebuilders said ...", "Passenger groups said ...").
  Check-worthy without a figure (two-hundred-and-eighty-first, four-hundred-and-sixtieth,
  four-hundred-and-ninety-third), each a reported fact whose only number words count
  nothing: „Wegen Bauarbeiten an Hunderten Stellen im Netz fielen an manchen Tagen Dutzende
  Verbindungen aus.“, „Hunderte Baustellen und Dutzende Unfälle hätten die Lage verschärft,
  hieß es.“ (indirect speech with „hieß es“, the speaker unchecked), „Die Frachtraten ...
  haben sich seit Anfang Juli mehr als verdreifacht.“ (a verb of tripling, below) and
  "Hundreds of homes were acquired along the way, and dozens of small businesses had to
  relocate."
- German compound number words with halves (seventeenth, two-hundred-and-forty-ninth,
  three-hundred-and-twenty-eighth, four-hundred-and-seventy-fourth; the weight of this
  round). „-einhalb“ glued to a number word adds the half to it, and „eineinhalb“ is
  „anderthalb“ (hundred-twenty-sixth): „knapp zweieinhalb Millionen Fahrgäste mehr“
  2,500,000 "nearly" (two-hundred-and-eighty-first: „eineinhalb Millionen“;
  four-hundred-and-seventy-fourth: „Rund anderthalb Millionen“; „mehr“ after the figure
  compares, hundred-first), „um zweieinhalb Prozent mehr“ 2.5 "%" and „ein Plus von
  eineinhalb Prozent“ 1.5 "%" (three-hundred-and-twenty-eighth: „zweieinhalb Prozent“;
  four-hundred-and-seventy-fourth: „anderthalb Prozent“), „zwischen fünfeinhalb und sechs
  Prozent“ 5.5 and 6 (the unit written once serving both, seventy-sixth), „zwölfeinhalb
  Minuten“ 12.5 minutes, „zwölfeinhalb Jahre nach“ 12.5 years and „von bis zu zwölfeinhalb
  Kilometern“ 12.5 "up_to" (three-hundred-and-twenty-eighth: „zwölfeinhalb Prozent“;
  four-hundred-and-seventy-fourth: „achtzehneinhalb Meter“ as a count), „mehr als
  zweieinhalb Stunden“ 2.5 hours "over", „gut zweieinhalb Meter“ 2.5 "over" and „um knapp
  zweieinhalb Kilometer“ 2.5 "nearly" (lengths are counts, fourth), „für sechseinhalb
  Wochen“ 6.5 weeks (two-hundred-and-forty-ninth: „sechseinhalb Jahren“), „Seit anderthalb
  Jahren“ 1.5 years (three-hundred-and-twenty-eighth). New: „vor einem Vierteljahrhundert
  waren es fast viereinhalb“ gives 4.5 "nearly" for the bare number word - the elliptic
  figure keeps the noun of the figure before it („3,1 Nächte“), as „an der Küste von knapp
  120“ kept its km/h (three-hundred-and-seventy-sixth), and a night is counted, no unit of
  the duration list (hundred-tenth: "nine consecutive nights"; hundred-twelfth); „an zwölf
  von 14 Nächten“ 12 and 14 likewise.
- Quarters and shares of units (fourteenth, fifty-ninth, three-hundred-and-twenty-eighth,
  four-hundred-and-seventy-fourth). „um ein dreiviertel Jahr länger“ 0.75 years
  (three-hundred-and-twenty-eighth: „um ein dreiviertel Jahr verzögert“), „bis zu einer
  Dreiviertelstunde“ 0.75 hours "up_to" (two-hundred-and-forty-ninth), „eine
  Dreiviertelstunde kürzer“ 0.75 hours („kürzer“ after the figure compares,
  three-hundred-and-eighty-second: "three hours longer"), „um eine gute halbe Stunde“ 0.5
  hours "over" (the inflected „gut“, two-hundred-and-sixty-fifth: „ein gutes Zehntel“;
  three-hundred-and-seventy-sixth: „eine gute“), „ein halbes Jahrhundert alt“ 50 years and
  „vor knapp einem halben Jahrhundert“ 50 years "nearly" (fifty-ninth: "half a century";
  hundred-twenty-second: „noch rund ein halbes Jahrhundert“), „seit mehr als einem halben
  Jahr“ 0.5 years "over" (eleventh: „ein halbes Jahr“), „vor einem Vierteljahrhundert“
  (twice) and „seit einem Vierteljahrhundert“ 25 years (fifty-ninth,
  three-hundred-and-twenty-eighth, three-hundred-and-sixty-ninth), „eineinhalb Jahrzehnte
  später“ 15 years (three-hundred-and-twenty-first: „seit anderthalb Jahrzehnten“), „vor
  drei Jahrzehnten“ 30 years (two-hundred-and-forty-fourth: "two decades" 20 years). New:
  „pendeln ... alle dreiviertel Stunde“ is 0.75 hours - an interval after „alle“ as „alle
  zwei Stunden“ (hundred-seventh) and „alle zweieinhalb Minuten“
  (four-hundred-and-sixtieth), „dreiviertel Stunde“ written apart as „ein dreiviertel Jahr“
  (three-hundred-and-twenty-eighth); unlike „um dreiviertel zwölf“
  (four-hundred-and-seventy-fourth) no clock hour follows the share, so it names a span, not
  a time of day. New: „stammen inzwischen dreiviertel der Abgase auf der Autobahn von Lkw“
  is fraction 0.75 - the share word written apart and uninflected before a genitive is „drei
  Viertel der“, as „bis zu drei Viertel der förderfähigen Kosten“ 0.75 "up_to" here and
  „dreiviertel volle Waben“ (four-hundred-and-seventy-fourth; four-hundred-and-forty-fifth:
  „dreiviertelvoll“). English: "one and a half million more trips" 1,500,000
  (three-hundred-and-twenty-eighth: "one and a half million fewer"), "in a year and a half",
  "a year and a half ahead of schedule" and "the biggest monthly gain in a year and a half"
  1.5 years (three-hundred-and-twenty-eighth), "the lowest in two and a half years" and
  "Over two and a half years" 2.5 years (fourteenth), "their lowest level in two and a
  quarter years" 2.25 years (three-hundred-and-eighth: "three and a quarter hours"), "the
  most in a decade and a half" 15 years (three-hundred-and-twenty-eighth), "in more than a
  quarter-century" 25 years "over" (three-hundred-and-twenty-eighth: "in a
  quarter-century"). New: "Growth of around one and a quarter per cent" is 1.25 "%" "about"
  and "roughly one and a half percent" 1.5 "%" "about" - "and a quarter" and "and a half"
  after a spelled-out whole add their share before a unit of percent as before hours
  (three-hundred-and-eighth) or years (three-hundred-and-twenty-first: "two and
  three-quarter years"), the English twins of „eineinhalb Prozent“. "which stood at 2¾% in
  June" is 2.75 "%" and "at around 3¼ per cent" 3.25 "%" "about" - the vulgar fraction glued
  to the whole reads as the decimal (three-hundred-and-twenty-first: "6⅔ innings";
  four-hundred-and-ninety-third: "more than 2½ times").
- Multiples in words are counts with their hedge (sixteenth, hundred-twenty-second,
  two-hundred-and-eighty-first and every round): „fast eineinhalbmal so viele“ (three times)
  1.5 "nearly" and „gut eineinhalbmal so viele“ 1.5 "over" (two-hundred-and-eighty-first:
  „fast anderthalbmal so viele“; four-hundred-and-sixtieth: „das Eineinhalbfache“), „fast
  zweieinhalbmal so viele“ (twice) 2.5 "nearly" (hundred-thirtieth: „fast dreieinhalbmal so
  viel“), „etwa das Zweieinhalbfache“ 2.5 "about" (hundred-forty-fifth), „mehr als doppelt
  so viele“ 2 "over", „gut doppelt so viele“ 2 "over" (three-hundred-and-seventy-sixth:
  „reichlich doppelt so viele“), "about one and a half times" and "roughly one and a half
  times" 1.5 "about" (two-hundred-and-forty-ninth), "about two and three-quarter times
  faster" 2.75 "about" (three-hundred-and-twenty-eighth: "three and a quarter times";
  three-hundred-and-twenty-first: "two and three-quarter years"), "almost two and a half
  times" 2.5 "nearly" (two-hundred-and-eighty-first: "roughly two-and-a-half times"), "more
  than twice that" 2 "over", "well over twice the original estimate" 2 "over" ("well over",
  three-hundred-and-seventy-sixth). New: „Die ... Anleihe ... war ... eineinhalbfach
  überzeichnet“ is count 1.5 - the adverb in „-fach“ with the fused half reads as „fast
  dreifach überzeichnet“ 3 (fifty-seventh) and „mehr als dreifach überzeichnet“
  (two-hundred-and-seventy-first), „eineinhalb“ as in „das Eineinhalbfache“
  (four-hundred-and-sixtieth). Verbs of multiplying carry none: "has more than doubled" and
  „haben sich ... mehr als verdreifacht“ (first batch, four-hundred-and-ninety-third).
- Dozens and scores (the issue's "two dozen"; seventeenth, three-hundred-and-eighth,
  three-hundred-and-twenty-eighth, three-hundred-and-sixtieth): „ein knappes Dutzend
  Korridore“ 12 "nearly" (four-hundred-and-fifty-second, four-hundred-and-seventy-fourth),
  „rund ein Dutzend Bahnhöfe“ 12 "about" (hundred-seventieth), „ein gutes Dutzend Staus“ and
  „ein gutes Dutzend neue Paketzentren“ 12 "over" (three-hundred-and-twenty-eighth: „ein
  gutes halbes Dutzend“), „an gut einem Dutzend Brücken“ 12 "over"
  (three-hundred-and-sixtieth: „gut ein Dutzend Ausfälle“), „an einem Dutzend Ampeln“ 12
  (seventeenth: „ein Dutzend“), „an zwei Dutzend Kreuzungen“ 24 (the issue), „anderthalb
  Dutzend neue Ziele“ and „an anderthalb Dutzend Lagern“ 18
  (three-hundred-and-twenty-eighth), „um ein halbes Dutzend Maschinen“ 6 (hundred-fortieth);
  "a dozen or so stations" 12 "about" (three-hundred-and-twenty-eighth: "or so"); "a score
  of extra trains", "A score of the 150-odd routes", "a score of community centres" and "a
  score of stalled sites" 20, "Another score of crossings" 20 ("another" no hedge,
  four-hundred-and-sixtieth) and "Around a score of routes" 20 "about"
  (three-hundred-and-eighth: "a score of" 20; three-hundred-and-sixtieth: "a score or
  more"), "the 150-odd routes" 150 "about" (three-hundred-and-twenty-eighth: "40-odd"). New:
  "folding a dozen-odd branch libraries" is 12 "about" - "-odd" glued to the number word
  marks it approximate as it does after digits ("40-odd", "20,000-odd";
  three-hundred-and-twenty-eighth) and after "a million" ("a million-plus" for "-plus",
  four-hundred-and-sixtieth), and "a dozen" stays 12 (third batch).
- Vague magnitudes carry none (seventeenth and every round since): „an Hunderten Stellen“,
  „Dutzende Verbindungen“, „Hunderte Baustellen und Dutzende Unfälle“, „Hunderte
  Bauanträge“, „Dutzende Mittelständler“, „Hunderte Beschwerden“, „mit Hunderten
  zusätzlichen Autos“, "hundreds of agency workers", "hundreds of flights", "Hundreds of
  homes ... and dozens of small businesses", "hundreds of council posts", "hundreds of
  operators", "the thousands of families" (in a negative), "a handful of the 127 bus routes"
  (the definite 127 counted; four-hundred-and-ninety-third: "a handful of companies"),
  "several days". New: "a couple of" names no figure in any of its shapes here - "A couple
  of plants", "a couple of hundred thousand more", "within a couple of years", "a couple
  more next year", "a couple of hundred drivers", "a couple of tenths below" (and "a couple
  more reports" in a negative) carry none: "a couple of" is the loose English "a few", as "a
  couple of days" carried none (hundred-forty-seventh) and „ein paar“ carries none
  (seventeenth, hundred-fifty-seventh, four-hundred-and-fifty-first), and before a scale
  word it stays vague as "a few hundred controllers" did (two-hundred-and-sixth); "one more
  cut" beside it is count 1 ("one" before a noun a numeral, nineteenth).
- Figures with scale words and signs (every round): „1,2 Mrd. Euro“ (twice), „3,84 Mrd.
  Euro“, „128,4 Mrd. Euro“, „14,6 Mrd. Euro“, „21 Mrd. Euro“ "over", „212 Mio. Euro“, „141
  Mio. Euro“, „750 Mio. Euro“, „84 Mio. Euro“, „19,8 Milliarden Euro“ "about", „12,9
  Milliarden Euro“, „knapp 52 Millionen Euro“ after „von 38“ (the scale and currency written
  once serving both, forty-eighth), „187 Mio. Franken“, „23 Mio. Franken“, „143 Mio.
  Franken“, „rund 3 Mrd. Franken“, „1,2 Mia. Franken“ (two-hundred-and-tenth: „Mia.“);
  counts „knapp 79 Mio.“ (the noun before it, „Nächtigungen“, counted), „um 3,1 Mio. mehr“,
  „2,9 Mio. Tonnen“, „96,3 Mio. Paketen“, „Rund 3 Mio. Haushalte“, „knapp 2,5 Mio. Lkw“
  (three-hundred-and-twenty-eighth: „0,62 Mio. TEU“) and „rund 3 Tsd.“ 3,000 "about"
  (seventeenth: „450 Tsd. Euro“); "£2.3m", "£38.6m", "£75m", "£2.3bn", "£4.5bn", "£1.07bn",
  "£11.9bn", "£2.6bn", "A$3.8bn", "A$18.2bn" and "A$4.5bn" ("bn" and "m" glued to a sum,
  four-hundred-and-fifty-second), "1.2m extra journeys", "1.68bn journeys" and "the 1.6bn of
  2019-20" (four-hundred-and-twenty-sixth: "bn" glued to a count;
  three-hundred-and-sixty-second: "1.1m people"). New: "six or seven thousand short of need"
  is 6,000 and 7,000 - the scale word written once after two number words joined by "or"
  serves both, as after a range (forty-eighth) and in „zehn- bis zwölftausend“
  (three-hundred-and-twenty-eighth), and the figures keep no hedge.
- Shares as fractions (the issue's „jeder vierte“; every round): „gut drei von fünf
  Fernzügen“ 0.6 "over" (tenth: „Drei von vier“; three-hundred-and-twenty-eighth: „Vier von
  fünf“), „weniger als zwei Drittel“ 0.6667 "under", „gut ein Drittel“ 0.3333 "over", „um
  ein Viertel mehr“ 0.25 (the Austrian „um“, four-hundred-and-ninety-third: „um 3,1 Prozent
  weniger“), „fast ein Zehntel“ 0.1 "nearly", „gut ein Achtel“ 0.125 "over", „knapp ein
  Zwanzigstel mehr“ 0.05 "nearly" (four-hundred-and-sixtieth: „rund ein Zwanzigstel“), „gut
  ein Zwölftel“ 0.0833 "over" (four-hundred-and-sixtieth: „jeder Zwölfte“), „rund ein
  Viertel mehr“ 0.25 "about", „um mehr als ein Drittel“ 0.3333 "over", „knapp ein Sechstel
  mehr“ 0.1667 "nearly", „zu knapp drei Vierteln“ 0.75 "nearly" (sixty-sixth: „zu drei
  Vierteln“), „rund ein Zehntel weniger“ 0.1 "about", „fast ein Fünftel mehr“ 0.2 "nearly",
  „fehlt aber noch gut ein Drittel“ 0.3333 "over", „Zwei Drittel“ 0.6667, „knapp die Hälfte“
  0.5 "nearly", „knapp ein Zehntel weniger“ 0.1 "nearly", „jedes achte befragte Unternehmen“
  0.125, „zu gut vier Fünfteln“ 0.8 "over", „ein knappes Drittel davon“ 0.3333 "nearly" (the
  inflected „knapp“, three-hundred-and-seventy-sixth: „eine knappe“), „gut ein Fünftel
  weniger“ 0.2 "over", „etwa halb so lang“ 0.5 "about" (four-hundred-and-ninety-third: „etwa
  halb so viel Regen“); "roughly three-quarters" 0.75 "about", "by about a tenth" 0.1
  "about", "just over one in five" 0.2 "over" and "one in seven" 0.1429
  (hundred-forty-first: "just over"), "one in five departures" 0.2, "well over a third"
  0.3333 "over", "roughly two in three" 0.6667 "about" (four-hundred-and-seventy-fourth:
  "roughly a one-in-four chance"), "nearly a fifth more" 0.2 "nearly", "by a fifth" 0.2,
  "roughly one in six" 0.1667 "about", "by about a quarter" 0.25 "about", "roughly one in
  three" 0.3333 "about", "around four-fifths" 0.8 "about", "about three-quarters" 0.75
  "about", "by nearly a fifth" 0.2 "nearly", "by about a third" 0.3333 "about", "just under
  two in five" 0.4 "under" (three-hundred-and-twenty-eighth: "just under two-fifths"),
  "around a quarter" 0.25 "about", "a little over half" 0.5 "over"
  (four-hundred-and-seventy-fourth: "a little over 4%"), "a fifth more passengers" 0.2,
  "roughly four buses in five" 0.8 "about", "almost nine in 10" 0.9 "nearly", "roughly a
  third below" 0.3333 "about", "About one in six" 0.1667 "about", "about half of what was
  lost" 0.5 "about", "roughly two-thirds" 0.6667 "about", "More than a third" 0.3333 "over",
  "about a fifth" 0.2 "about".
- Percent against points (the issue's „4,7 Prozent“; twenty-seventh and every round):
  „Prozent“, "%", "percent" and "per cent" in "%"; „0,2 Prozentpunkte tiefer“ 0.2 "pp"
  (Swiss „tiefer“ after the figure compares); "a tenth of a percentage point stronger" 0.1
  "pp" - a fraction of a written unit is the value in that unit (four-hundred-and-sixtieth:
  "roughly a tenth of a percent" 0.1 "%"; three-hundred-and-eighth: "two-tenths of a
  percentage point"); "a quarter-point cut" 0.25 "pp" (four-hundred-and-fifty-second),
  "trims rates by a quarter point" 0.25 "pp" and "down about a quarter of a point" 0.25 "pp"
  "about" (the points of a rate in percent are percentage points,
  four-hundred-and-ninety-third: "slipped 0.2 points to 66.8 per cent"); "the 2% target" 2
  "%" (a target as written).
- Ordinals in words and digits (the issue's „das sechste Treffen“ and „die drittgrößte
  Stadt“; every round): „im ersten Halbjahr“ 1 (ten times), „im zweiten Halbjahr“ 2, „zum
  ersten Mal“ 1 (three times), „an zweiter Stelle“ 2 (eighty-sixth: „auf Platz zwei“), „zum
  dritten Mal in Folge“ 3 (twice; three-hundred-and-eighth: „vierzehnmal in Folge“ a count,
  the ordinal before „Mal“ a rank), „in einem ersten Halbjahr“ 1 (twice), „in den ersten
  fünf Wochen der Sommerferien“ 1 and 5 weeks (three-hundred-and-twenty-eighth: „in den
  ersten neun Monaten“), „Am ersten Ferienwochenende“ 1 (hundred-sixty-fourth: „am ersten
  Skiwochenende“), „der drittstärkste Wert im MDax“ 3, „auf Platz vier“ 4, „die dritte
  Sperrung“ 3, „zum vierten Mal“ 4, „nach dem ersten Spatenstich“ 1, „der 14. Ausbauschritt
  seit der Eröffnung der ersten ... U-Bahn-Strecke 1972“ 14, 1 and the year, „ein Rekord für
  eine erste Jahreshälfte“ 1 beside „im ersten Halbjahr“ 1; "in the first half of the year"
  1, "the fifth time this summer" 5, "the fifth quarter in a row" 5, "its third of the year"
  3 (the ordinal standing for "its third cut", three-hundred-and-twenty-eighth: "its third
  cut in as many months"), "a fourth straight month" 4, "its 125th level crossing" 125, "the
  third above-inflation rise in a row" 3, "in the first quarter" 1, "a second straight
  quarter" 2, "the ninth straight quarter" 9, "for the third month running" 3, "for a third
  year running" 3. None: "the busiest day", "the weakest six months", "the most", "the
  lowest", "the biggest monthly gain", "the highest total", "the last full year", „den
  wichtigsten Abnehmer“, „dem schwächsten Wert“, „so viele wie noch nie“, "a record", "Bank
  Rate".
- Hedges, mapped to the names in use: „rund“, „Rund“, „etwa“, „an die“ (tenth,
  thirty-seventh), "about", "About", "roughly", "around", "Around", "some", "maybe"
  (four-hundred-and-seventy-fourth: "maybe a dozen times"), "or so", "-odd" "about";
  „knapp“, „fast“, „ein knappes“, "nearly", "almost", "close to"
  (three-hundred-and-seventy-sixth) "nearly"; „gut“, „ein gutes“, „eine gute“, „mehr als“,
  "more than", "just over", "a little over", "well over" "over"; „weniger als“, "just under"
  "under"; „bis zu“ "up_to"; "at least twice a week" 2 "at_least" and "five units or more" 5
  "at_least" (hundred-seventy-second: "or more"). No hedge: „zusammen“, „insgesamt“, „im
  Schnitt“, „durchschnittlich“, „zeitweise“, „allein“, „bereits“, „nur noch“, „noch einmal“,
  „weitere“, "a combined" (four-hundred-and-seventy-fourth), "a further", "another",
  "alone", "only", "still", "passed" (four-hundred-and-seventy-fourth), "roughly in line
  with" (four-hundred-and-ninety-third), and words before an article
  (four-hundred-and-fifty-second, four-hundred-and-sixtieth, four-hundred-and-ninety-third:
  "a shade above the"): "nowhere near the 41,000" and "a hair above the 1.6bn"; „mehr“,
  „weniger“, „tiefer“, „kürzer“, "more", "fewer", "below" and "larger" after a figure
  compare (hundred-first).
- Counts otherwise (every round): tallies („gut 68 Millionen“ "over", „12,4 Millionen
  Nächtigungen“, „2,1 Millionen Nächtigungen“, „3,1 Nächte“, „gut 1,38 Millionen Menschen“
  "over", „rund 4,3 Millionen Passagiere“ "about", „gut 31.000“ "over", „an die 150.000
  Fluggäste“ "about", „knapp 41.000 Menschen“ "nearly", „rund 24.000 Fahrzeuge“ "about",
  „gut 21.000 Kilometern“ "over", „auf bis zu 38 Kilometern“ "up_to", „rund 90 Zentimeter
  weniger“ "about", „2'500 Tonnen ..., knapp 1'800“ - the Swiss apostrophe, tenth -, „knapp
  19.400 Wohnungen“ "nearly", „gut 3.000 Wohnungen“ "over", „46.000 ... rund 31.000“, „rund
  254 Millionen Fahrgäste“ "about", „rund 380.000 Fahrgäste“ "about", „mit bis zu 180
  Bussen“ "up_to", „allein 38 Weichen“, „knapp 740 Millionen“ "nearly", „rund 170 Filialen“
  "about", „bis zu 400 Vollzeitstellen“ "up_to", „gut 30.000 Fahrgästen“ "over", „52 der 71
  Mitglieder ..., 19 dagegen“, „Die zwei neuen Bahnhöfe“ 2 (eighth: "The two leaders"),
  „rund 1,27 Millionen Lkw“ "about", „mehr als 14.000 Schwerfahrzeuge“ "over", „drei weitere
  Korridore“ 3; "412,300 vehicles", "835,000 vehicles, from the 870,000", "27.4 million",
  "roughly 310,000 trips" "about", "more than 3 million travelers" "over", "about 3.14
  million people" "about", "some 271 million passengers" "about", "164,000 jobs ..., more
  than the 125,000" (the second "more than" compares two figures and stands before an
  article, no hedge), "a combined 38,000", "maybe 60,000 a month" "about", "84.6 million
  people", "120 electric buses", "the 127 bus routes", "about 24.3 million rides" "about",
  "16,240 new homes", "41,000 a year", "about 34,000 homes" "about", "more than 19,000
  homes" "over", "an annualized pace of 912,000", "1.31 million", "1.36 million", "about
  498,000" "about", "280 million"); votes („52 der 71“; "voted six to three ..., with the
  three dissenters" 6, 3 and 3 - four-hundred-and-seventy-fourth: "voted 7-2" 7 and 2 -, the
  number words read as the digits).
- Durations (the issue's „fünfstündigen“ and "a two-week visit"; every round): "a four-day
  week" 4 days (sixteenth: "32-hour, four-day week"; seventeenth: „Vier-Tage-Woche“), „an
  vier Tagen pro Woche“ 4 days (four-hundred-and-eighty-second: „an drei Tagen“; „pro Woche“
  none), "every four minutes" 4 minutes and "every 10 minutes" 10 minutes (an interval,
  hundred-seventh), "a 90-minute ticket" 90 minutes, "more than five minutes late" 5 minutes
  "over", "from 38 hours a week to 24" 38 and 24 hours (the unit written once serving the
  elliptic figure, three-hundred-and-seventy-sixth; "a week" none), "Residents have 12
  weeks" 12 weeks, "the average two-year deal" 2 years (a tenor, eleventh), "than two years
  ago" 2 years, "five years ago" 5 years, "in the past 12 months" and "in the 12 months to
  March" 12 months (four-hundred-and-ninety-third: "over the twelve months to May"), "in
  more than six years" 6 years "over", "the weakest six months" 6 months, "close to nine
  months' supply" 9 months "nearly" (four-hundred-and-fifty-seventh: "8.0 months' supply"),
  „vor zehn Jahren“, „vor 20 Jahren“, „vor dreissig Jahren“ (Swiss spelling), „binnen zwei
  Jahren“, „für die kommenden zwei Jahre“ 2 years. None: „ein Jahr zuvor“, „ein Jahr davor“,
  „im Vorjahr“, „im Vorjahresmonat“, „im Vorjahreszeitraum“, „in der Vorjahresperiode“,
  „seit einem Jahrzehnt“ (two-hundred-and-sixty-fifth: "a decade" none), "Over the past
  decade", „seit Anfang Juli“, „Von Jänner bis Juni“, "between January and June", "from
  January to June", "a year earlier", "this year", "last year", "next year", "last week",
  "since the spring", "since last summer", "since January", "since May", "within hours",
  "over the year", "the June quarter" and "the March quarter"
  (two-hundred-and-seventy-seventh), „pro Tag“, „am Tag“, „jährlich“, „Tag für Tag“, "a
  week", "a year", "a month", weekdays, months and the clock time „vor sechs Uhr“ (tenth).
- Money in the currency written (every round): EUR (above, „48,15 Euro“, "2.10 euros", "3.1
  billion euros"), CHF (above; „um 10 Rappen auf Fr. 1.30“ 0.1 and 1.3 - Rappen as
  hundredths, hundred-fifteenth; the Swiss decimal point after „Fr.“, fortieth), GBP (above,
  "£2.20", "£23"), AUD (above), USD ("$412", "roughly $770 million" "about"). A fraction of
  a cent is the value in the currency the row quotes (four-hundred-and-seventy-fourth:
  "Sterling fell half a cent" 0.005 USD): "Sterling fell by about half a cent against the
  dollar to $1.3215" 0.005 USD "about" and 1.3215 USD. "a year", „pro Tag“ and "a week"
  after a sum carry none.
- Dates and years: Reuters datelines with a day ("LONDON, Aug 2", "WASHINGTON, Aug 6",
  "DUBLIN, Aug 9", "LONDON, Aug 12", "DUBLIN, Aug 16", "WASHINGTON, Aug 19") are dates
  without a year (three-hundred-and-twenty-eighth: "LONDON, Nov 9";
  four-hundred-and-ninety-third); dpa, dpa/lby, dpa/lno, dpa/lnw, dpa/lsw, dpa-AFX, APA,
  Keystone-SDA, AP, PA and AAP datelines without a day none (seventy-ninth). "Sunday, July
  25" --07-25 (the weekday none, four-hundred-and-eighty-second), „Zum Ferienende am 25.
  August“ --08-25, „Zum 1. Oktober“ --10-01. Years as written („als 2026“, „im Juni 2026“
  twice, „im ersten Halbjahr 2026“, „Bis 2035“, „im Frühjahr 2029“, „von 2019“, „mit 2021“,
  „bis 2030“ twice, „von 2023“, „Bis Ende 2028“, „bis 2028“, „2033“, „1972“, „für 2032“, "of
  2026", "by 2029", "by 2028", "in 2015", "by 2030", "in 2024", "at the end of 2019", "July
  2019", "in 2022", "after 2021", "since 2008", "by mid-2028" - sixty-sixth: "in mid-2024"
  -, "since 2007", "2019-20" both years - fortieth); "the mid-1990s" none (thirty-fourth).
- Names and look-alikes that count nothing: „U3“, „A7“ (two-hundred-and-forty-ninth: "A8"),
  „(Ebit)“, „MDax“, „Xetra-Handel“, „Nightjet“, „Klimaticket“, "Bank Rate", "the Blue Line",
  "the Elizabeth line", "Transport for NSW", "Airlines for America"; "a single day"
  (hundred-fifteenth: "a single"), "the same Sunday", "all but a handful". New: „Ein gutes
  Halbjahr macht noch keinen Bauboom“ (in a negative) carries none - „ein gutes Halbjahr“
  names a good half year, a verdict on its quality, not "more than half a year" („seit mehr
  als einem halben Jahr“ here), as "in two minds" names a manner
  (four-hundred-and-ninety-third); "not the nine-to-five" (in a negative) names office hours
  and carries no clock time or span (tenth: clock times none).
- Speakers, checked only in forms the earlier batches settled. German: „teilte die Deutsche
  Bahn am Montag mit“ -> "die Deutsche Bahn", „teilte die Statistik Austria am Dienstag mit“
  -> "die Statistik Austria", „wie das Statistische Bundesamt am Freitag mitteilte“ -> "das
  Statistische Bundesamt" and „teilte das Unternehmen am Montag mit“ -> "das Unternehmen"
  (the source with its article, the weekday dropped; four-hundred-and-sixty-fifth,
  four-hundred-and-eighty-third, four-hundred-and-ninety-third); „wie IT.NRW am Donnerstag
  mitteilte“ -> "IT.NRW" (the name as written, without an article;
  four-hundred-and-ninety-third: „wie Hafen Hamburg Marketing am Donnerstag mitteilte“); a
  quote or a figure followed by „sagte Bahnsprecherin Henrike Dallmann-Osei“, „sagte
  Wifo-Tourismusforscherin Waltraud Kößlbacher-Ampofo“, „sagte SBB-Sprecher Reto
  Gadient-Sialm“, „sagte Flughafensprecher Korbinian Stöckl-Amponsah“, „sagte Finanzchef
  Konstantin Wallmeroth-Adu“, „sagte Projektleiterin Sieglinde Aichhorn-Wlasak“, „sagte
  ADAC-Sprecherin Gesine Thorbecke-Amoako“, „sagte Hafensprecher Lambert Huwiler-Tschopp“,
  „sagte Bauökonomin Friedgard Ostermann-Kyei“, „sagte Regnitz-Bank-Ökonom Gisbert
  Renneberg-Ofori“, „sagte Projektleiterin Dagmar Wöllenstein-Agyeman“, „sagte VAG-Planerin
  Irmengard Pröbstl-Asamoah“ and „sagte Verkehrsplanerin Hannelore Gasteiger-Owusu“ the name
  with the title dropped (hundred-ninety-ninth, four-hundred-and-sixtieth,
  four-hundred-and-ninety-third). English: "the Transportation Security Administration said
  Wednesday", "the Labor Department said in its monthly report on Friday", "the Office for
  National Statistics said", "the Chicago Transit Authority said Friday", "the Central
  Statistics Office said on Monday" and "the Commerce Department said on Thursday" with
  their article (three-hundred-and-seventy-sixth, four-hundred-and-seventy-fourth,
  four-hundred-and-ninety-third); "said CTA spokesperson Dolores Ybarra-Kinsella" the name
  with the role dropped (hundred-thirty-ninth, four-hundred-and-ninety-third); a quote
  followed by "said Marguerite Tolland-Ekwueme, automotive analyst at ...", "said Tegan
  Ravensworth-Iro, a transport economist at ...", "said Aurelio Castaneda-Fry, an aviation
  analyst at ...", "said Cosmo Wetherall-Banda, UK economist at ...", "said Wilhelmina
  Okoro-Pentreath, chief U.S. economist at ...", "said Fintan Mulqueen-Adjaye, a transport
  researcher at ...", "said Philippa Tremlett-Gyasi, chief UK economist at ...", "said
  Sorcha Delahunt-Ibe, chief economist at ...", "said Imogen Sallis-Oyewole, a transport
  researcher at ...", "said Tahnee Coldstream-Afolabi, senior economist at ...", "said
  Desmond Farraday-Quist, senior economist at ..." the name (three-hundred-and-fifty-sixth),
  and "said Hester Pomfrey-Achterberg, who chairs the campaign group ..." the name likewise,
  the relative clause an apposition in other words. Each row's diacritics and hyphens are
  its speaker's („Kößlbacher-Ampofo“, „Stöckl-Amponsah“, „Wöllenstein-Agyeman“). Left
  unchecked (None): all negatives, also those with a named speaker; roles ("the group said",
  "the Bank said", "the bureau said", "the regulator said", "the state government says",
  "The combined authority says"; four-hundred-and-fifty-second,
  four-hundred-and-ninety-third); a description before a name ("industry body SMMT said";
  fortieth, four-hundred-and-sixtieth); every "according to" (Airlines for America, the
  Bureau of Transportation Statistics, Moneyfacts, the National Transport Authority, the
  Regional Transportation Authority, Freddie Mac; four-hundred-and-ninety-third); data,
  figures and documents ("Transport for NSW figures show", "CME FedWatch showed", "Figures
  from Dublin Bus showed", "a cabinet report ... shows", "ONS figures showed", "separate
  figures showed", "separate data showed", "figures from the combined authority show",
  "Australian Bureau of Statistics figures show", "Office of Rail and Road figures show",
  "the regulator's figures show", „wie aus der Verkehrsstatistik ... hervorgeht“, „wie aus
  der Ferienbilanz des ADAC hervorgeht“, „wie aus der Verkehrszählung des Landes Tirol
  hervorgeht“, „heißt es in einer Aussendung des Landes Oberösterreich“, „laut einer Umfrage
  des Verbands“); „laut Deutscher Bahn“ and „nach Angaben der Architektenkammer“
  (four-hundred-and-eighty-second: „laut“ and „nach Angaben des“ unchecked); „nach eigenen
  Angaben“, „nach Unternehmensangaben“, „nach jüngsten Angaben“, „hieß es“; verbs that are
  no saying („beziffert die Bahn“, „rechnet die Stadt“, „schätzt die Stadt“, „erwartet der
  Club“, „rechnet mit“, „zählte“, „kündigte ... an“, "expects"; four-hundred-and-fifth,
  four-hundred-and-ninety-third); and plural sources (the SBB's and the ÖBB's plural verbs,
  "Futures traders", "economists polled by Reuters"; forty-first). To keep the checked
  speakers near 35, the figures of four stories with a named speaker are given without
  attribution (above).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_494 = [
    # --- Bahn-Halbjahr (dpa), Montag, 2. August ---
    (
        "de",
        "Berlin (dpa) - Im Fernverkehr hat die Bahn im ersten Halbjahr knapp zweieinhalb Millionen Fahrgäste mehr gezählt als ein Jahr zuvor, insgesamt gut 68 Millionen, teilte die Deutsche Bahn am Montag mit.",
        True,
        [("ordinal", 1, None, None), ("count", 2500000, None, "nearly"), ("count", 68000000, None, "over")],
        "die Deutsche Bahn",
    ),
    (
        "de",
        "Pünktlich im Sinne der Statistik waren nur gut drei von fünf Fernzügen, also weniger als zwei Drittel.",
        True,
        [("fraction", 0.6, None, "over"), ("fraction", 0.6667, None, "under")],
        None,
    ),
    (
        "de",
        "Wegen Bauarbeiten an Hunderten Stellen im Netz fielen an manchen Tagen Dutzende Verbindungen aus.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Konzern investiert nach eigenen Angaben in diesem Jahr 1,2 Mrd. Euro mehr in die Schiene als 2026, zusammen rund 19,8 Milliarden Euro.",
        True,
        [("money", 1200000000, "EUR", None), ("year", 2026, None, None), ("money", 19800000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "„Wir sanieren in diesem Sommer ein knappes Dutzend Korridore gleichzeitig, so viele wie nie“, sagte Bahnsprecherin Henrike Dallmann-Osei.",
        True,
        [("count", 12, None, "nearly")],
        "Henrike Dallmann-Osei",
    ),
    (
        "de",
        "„Die Geduld unserer Fahrgäste ist nicht grenzenlos, das wissen wir“, sagte Dallmann-Osei.",
        False,
        [],
        None,
    ),
    ("de", "Der Fahrgastverband Pro Bahn sprach von einem „Sommer der Umleitungen“.", False, [], None),
    (
        "de",
        "Im zweiten Halbjahr sollen drei weitere Korridore folgen, darunter zum ersten Mal eine Strecke in Bayern.",
        True,
        [("ordinal", 2, None, None), ("count", 3, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    # --- British car output (Reuters), August 2 ---
    (
        "en",
        "LONDON, Aug 2 (Reuters) - British car factories built 412,300 vehicles in the first half of the year, 6.1% fewer than a year earlier and the weakest six months in more than a quarter-century, industry body SMMT said on Monday.",
        True,
        [
            ("date", "--08-02", None, None),
            ("count", 412300, None, None),
            ("ordinal", 1, None, None),
            ("percent", 6.1, "%", None),
            ("duration", 6, "month", None),
            ("duration", 25, "year", "over"),
        ],
        None,
    ),
    (
        "en",
        "Output for export, which takes roughly three-quarters of production, fell by about a tenth, while builds for the home market slipped 1.2%.",
        True,
        [("fraction", 0.75, None, "about"), ("fraction", 0.1, None, "about"), ("percent", 1.2, "%", None)],
        None,
    ),
    (
        "en",
        "Electric models made up just over one in five cars built, up from one in seven a year earlier.",
        True,
        [("fraction", 0.2, None, "over"), ("fraction", 0.1429, None, None)],
        None,
    ),
    (
        "en",
        "Manufacturers have committed £2.3bn to new model lines since January, against the £4.5bn pledged over the whole of 2026, the group said.",
        True,
        [("money", 2300000000, "GBP", None), ("money", 4500000000, "GBP", None), ("year", 2026, None, None)],
        None,
    ),
    (
        "en",
        '"We would need about one and a half times today\'s volumes to keep every plant busy," said Marguerite Tolland-Ekwueme, automotive analyst at Fellcroft Economics.',
        True,
        [("count", 1.5, None, "about")],
        "Marguerite Tolland-Ekwueme",
    ),
    ("en", '"The industry is running on fumes and goodwill," Tolland-Ekwueme said.', False, [], None),
    (
        "en",
        "The SMMT cut its full-year forecast to 835,000 vehicles, from the 870,000 it had pencilled in back in January.",
        True,
        [("count", 835000, None, None), ("count", 870000, None, None)],
        None,
    ),
    (
        "en",
        "A couple of plants in the Midlands have already moved to a four-day week, and hundreds of agency workers have been let go since the spring.",
        True,
        [("duration", 4, "day", None)],
        None,
    ),
    # --- Tourismus in Österreich (APA), Dienstag, 3. August ---
    (
        "de",
        "Wien (APA) - Österreichs Beherbergungsbetriebe haben im Juni 12,4 Millionen Nächtigungen gezählt, um zweieinhalb Prozent mehr als ein Jahr davor, teilte die Statistik Austria am Dienstag mit.",
        True,
        [("count", 12400000, None, None), ("percent", 2.5, "%", None)],
        "die Statistik Austria",
    ),
    (
        "de",
        "Von Jänner bis Juni summierten sich die Nächtigungen auf knapp 79 Mio., ein Plus von eineinhalb Prozent.",
        True,
        [("count", 79000000, None, "nearly"), ("percent", 1.5, "%", None)],
        None,
    ),
    (
        "de",
        "Gäste aus Deutschland stellten gut ein Drittel aller Nächtigungen, jene aus den Niederlanden lagen an zweiter Stelle.",
        True,
        [("fraction", 0.3333, None, "over"), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Aus den USA kamen um ein Viertel mehr Gäste, aus China fast eineinhalbmal so viele wie im Juni 2026.",
        True,
        [("fraction", 0.25, None, None), ("count", 1.5, None, "nearly"), ("year", 2026, None, None)],
        None,
    ),
    (
        "de",
        "Wien verbuchte mit 2,1 Millionen Nächtigungen zum dritten Mal in Folge einen Juni-Rekord.",
        True,
        [("count", 2100000, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "„Die Gäste bleiben im Schnitt nur noch 3,1 Nächte, vor einem Vierteljahrhundert waren es fast viereinhalb“, sagte Wifo-Tourismusforscherin Waltraud Kößlbacher-Ampofo.",
        True,
        [("count", 3.1, None, None), ("duration", 25, "year", None), ("count", 4.5, None, "nearly")],
        "Waltraud Kößlbacher-Ampofo",
    ),
    (
        "de",
        "„Der Städtetourismus trägt die Branche, das Land muss erst nachziehen“, sagte Kößlbacher-Ampofo.",
        False,
        [],
        None,
    ),
    ("de", "Die Hoteliervereinigung sprach von einem Sommer „mit angezogener Handbremse“.", False, [], None),
    # --- Sydney Metro's busiest quarter (AAP), August 3 ---
    (
        "en",
        "SYDNEY (AAP) - Sydney's driverless metro carried one and a half million more trips in the June quarter than in the March quarter, for a total of 27.4 million, Transport for NSW figures show.",
        True,
        [("count", 1500000, None, None), ("count", 27400000, None, None)],
        None,
    ),
    (
        "en",
        "Weekday patronage through the CBD has more than doubled in a year and a half, to roughly 310,000 trips.",
        True,
        [("duration", 1.5, "year", None), ("count", 310000, None, "about")],
        None,
    ),
    (
        "en",
        "Trains run every four minutes at peak times, yet a dozen or so stations report crowding beyond safe limits at least twice a week.",
        True,
        [("duration", 4, "minute", None), ("count", 12, None, "about"), ("count", 2, None, "at_least")],
        None,
    ),
    (
        "en",
        "It was the fifth quarter in a row in which patronage set a record.",
        True,
        [("ordinal", 5, None, None)],
        None,
    ),
    (
        "en",
        "The state plans to buy a score of extra trains by 2029 for about A$3.8bn.",
        True,
        [("count", 20, None, None), ("year", 2029, None, None), ("money", 3800000000, "AUD", "about")],
        None,
    ),
    (
        "en",
        '"Demand has run about two and three-quarter times faster than the business case assumed," said Tegan Ravensworth-Iro, a transport economist at Yarrabend Research.',
        True,
        [("count", 2.75, None, "about")],
        "Tegan Ravensworth-Iro",
    ),
    ("en", '"It\'s a nice problem to have, but it is still a problem," Ravensworth-Iro said.', False, [], None),
    ("en", "Commuter groups called the crowding a victim of the line's own success.", False, [], None),
    # --- SBB-Halbjahr (Keystone-SDA), Mittwoch, 4. August ---
    (
        "de",
        "Bern (Keystone-SDA) - Die SBB haben im ersten Halbjahr einen Gewinn von 187 Mio. Franken erzielt, nach einem Verlust von 23 Mio. Franken ein Jahr zuvor.",
        True,
        [("ordinal", 1, None, None), ("money", 187000000, "CHF", None), ("money", 23000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Pro Tag reisten durchschnittlich gut 1,38 Millionen Menschen mit der Bahn, so viele wie noch nie in einem ersten Halbjahr.",
        True,
        [("count", 1380000, None, "over"), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Die Pünktlichkeit lag bei 92,6 Prozent, 0,2 Prozentpunkte tiefer als im Vorjahr.",
        True,
        [("percent", 92.6, "%", None), ("percent", 0.2, "pp", None)],
        None,
    ),
    (
        "de",
        "Für den Ausbau des Netzes gab das Unternehmen im Halbjahr 1,2 Mia. Franken aus, rund ein Viertel mehr als budgetiert.",
        True,
        [("money", 1200000000, "CHF", None), ("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "de",
        "«Auf denselben Gleisen fahren wir heute fast zweieinhalbmal so viele Reisende wie vor dreissig Jahren», sagte SBB-Sprecher Reto Gadient-Sialm.",
        True,
        [("count", 2.5, None, "nearly"), ("duration", 30, "year", None)],
        "Reto Gadient-Sialm",
    ),
    (
        "de",
        "«Das Netz ist am Anschlag, und das spüren die Kundinnen und Kunden jeden Tag», sagte Gadient-Sialm.",
        False,
        [],
        None,
    ),
    ("de", "Der Verband öffentlicher Verkehr hielt die Zahlen für ein gutes Zeichen.", False, [], None),
    (
        "de",
        "Bis 2035 wollen die SBB rund ein Dutzend Bahnhöfe für längere Züge umbauen, Kostenpunkt: rund 3 Mrd. Franken.",
        True,
        [("year", 2035, None, None), ("count", 12, None, "about"), ("money", 3000000000, "CHF", "about")],
        None,
    ),
    # --- U.S. summer air travel (AP), August 4 ---
    (
        "en",
        "WASHINGTON (AP) — Airport checkpoints screened more than 3 million travelers in a single day for the fifth time this summer, the Transportation Security Administration said Wednesday.",
        True,
        [("count", 3000000, None, "over"), ("ordinal", 5, None, None)],
        "the Transportation Security Administration",
    ),
    (
        "en",
        "The busiest day was Sunday, July 25, when officers screened about 3.14 million people, a couple of hundred thousand more than on the same Sunday last year.",
        True,
        [("date", "--07-25", None, None), ("count", 3140000, None, "about")],
        None,
    ),
    (
        "en",
        "U.S. carriers are on course to fly some 271 million passengers between June and August, a record, according to the industry group Airlines for America.",
        True,
        [("count", 271000000, None, "about")],
        None,
    ),
    (
        "en",
        "Still, hundreds of flights were canceled on several days in July as thunderstorms snarled the Northeast, and one in five departures ran late.",
        True,
        [("fraction", 0.2, None, None)],
        None,
    ),
    (
        "en",
        '"Seat capacity is up by roughly one and a half percent, but demand grew by more than twice that," said Aurelio Castaneda-Fry, an aviation analyst at Thistlebrook Research.',
        True,
        [("percent", 1.5, "%", "about"), ("count", 2, None, "over")],
        "Aurelio Castaneda-Fry",
    ),
    ("en", '"Nobody wants to hear it, but the system is at its limits," Castaneda-Fry said.', False, [], None),
    (
        "en",
        "Pilots' unions said the summer showed that staffing had not kept pace with the schedules.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Average domestic airfares in June were $412, down 3.8% from a year earlier, according to the Bureau of Transportation Statistics.",
        True,
        [("money", 412, "USD", None), ("percent", 3.8, "%", None)],
        None,
    ),
    # --- Flughafen München im Juli (dpa/lby), Donnerstag, 5. August ---
    (
        "de",
        "München (dpa/lby) - Rund 4,3 Millionen Passagiere hat der Münchner Flughafen im Juli abgefertigt, fast ein Zehntel mehr als im Vorjahresmonat, wie aus seiner Verkehrsstatistik hervorgeht.",
        True,
        [("count", 4300000, None, "about"), ("fraction", 0.1, None, "nearly")],
        None,
    ),
    (
        "de",
        "Damit fehlt zum Niveau von 2019 nur noch gut ein Achtel.",
        True,
        [("year", 2019, None, None), ("fraction", 0.125, None, "over")],
        None,
    ),
    (
        "de",
        "Starts und Landungen gab es knapp ein Zwanzigstel mehr, insgesamt gut 31.000.",
        True,
        [("fraction", 0.05, None, "nearly"), ("count", 31000, None, "over")],
        None,
    ),
    (
        "de",
        "Zum Winterflugplan kommen anderthalb Dutzend neue Ziele hinzu, darunter zum ersten Mal eine Direktverbindung nach Vietnam.",
        True,
        [("count", 18, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "„An Spitzentagen fertigen wir an die 150.000 Fluggäste ab, an der Sicherheitskontrolle warteten sie im Juli im Schnitt zwölfeinhalb Minuten“, sagte Flughafensprecher Korbinian Stöckl-Amponsah.",
        True,
        [("count", 150000, None, "about"), ("duration", 12.5, "minute", None)],
        "Korbinian Stöckl-Amponsah",
    ),
    (
        "de",
        "„Der Sommer zeigt, dass München wieder ein Drehkreuz von Rang ist“, sagte Stöckl-Amponsah.",
        False,
        [],
        None,
    ),
    ("de", "Anwohner in Freising klagten über Fluglärm bis spät in die Nacht.", False, [], None),
    (
        "de",
        "Die Lufthansa stockte ihre in München stationierte Flotte um ein halbes Dutzend Maschinen auf.",
        True,
        [("count", 6, None, None)],
        None,
    ),
    # --- Bank of England cuts (PA), August 5 ---
    (
        "en",
        "LONDON (PA) - The Bank of England has trimmed Bank Rate to 3%, a quarter-point cut and its third of the year.",
        True,
        [("percent", 3, "%", None), ("percent", 0.25, "pp", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "The Monetary Policy Committee voted six to three for the move, with the three dissenters preferring to hold.",
        True,
        [("count", 6, None, None), ("count", 3, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Inflation, which stood at 2¾% in June, should return to the 2% target within a couple of years, the Bank said.",
        True,
        [("percent", 2.75, "%", None), ("percent", 2, "%", None)],
        None,
    ),
    (
        "en",
        '"Markets now price one more cut before Christmas and a couple more next year," said Cosmo Wetherall-Banda, UK economist at Pennard Hill Capital.',
        True,
        [("count", 1, None, None)],
        "Cosmo Wetherall-Banda",
    ),
    (
        "en",
        "Lenders trimmed fixed rates within hours, and the average two-year deal now costs 4.61%, the lowest in two and a half years, according to Moneyfacts.",
        True,
        [("duration", 2, "year", None), ("percent", 4.61, "%", None), ("duration", 2.5, "year", None)],
        None,
    ),
    (
        "en",
        "Sterling fell by about half a cent against the dollar to $1.3215 after the announcement.",
        True,
        [("money", 0.005, "USD", "about"), ("money", 1.3215, "USD", None)],
        None,
    ),
    ("en", '"This is a cut for the cautious, not a turning point," Wetherall-Banda said.', False, [], None),
    ("en", "Savers' groups called the decision another blow for pensioners living on their deposits.", False, [], None),
    # --- Rottenegger hebt Ziele (dpa-AFX), Freitag, 6. August ---
    (
        "de",
        "Stuttgart (dpa-AFX) - Der Autozulieferer Rottenegger hat im ersten Halbjahr den Umsatz um gut ein Zwölftel auf 3,84 Mrd. Euro gesteigert.",
        True,
        [("ordinal", 1, None, None), ("fraction", 0.0833, None, "over"), ("money", 3840000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das operative Ergebnis (Ebit) kletterte auf 212 Mio. Euro, nach 141 Mio. Euro im Vorjahreszeitraum.",
        True,
        [("money", 212000000, "EUR", None), ("money", 141000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die im Frühjahr begebene Anleihe über 750 Mio. Euro war nach Unternehmensangaben eineinhalbfach überzeichnet.",
        True,
        [("money", 750000000, "EUR", None), ("count", 1.5, None, None)],
        None,
    ),
    (
        "de",
        "Rottenegger beschäftigt weltweit knapp 41.000 Menschen, davon rund 3 Tsd. in der Forschung.",
        True,
        [("count", 41000, None, "nearly"), ("count", 3000, None, "about")],
        None,
    ),
    (
        "de",
        "„Wir haben das Ziel für das Gesamtjahr angehoben und rechnen jetzt mit einer Marge zwischen fünfeinhalb und sechs Prozent“, sagte Finanzchef Konstantin Wallmeroth-Adu.",
        True,
        [("percent", 5.5, "%", None), ("percent", 6, "%", None)],
        "Konstantin Wallmeroth-Adu",
    ),
    ("de", "„Die Elektromobilität ist für uns kein Strohfeuer“, sagte Wallmeroth-Adu.", False, [], None),
    (
        "de",
        "Im Xetra-Handel gewann das Papier zeitweise 7,4 Prozent auf 48,15 Euro und war damit der drittstärkste Wert im MDax.",
        True,
        [("percent", 7.4, "%", None), ("money", 48.15, "EUR", None), ("ordinal", 3, None, None)],
        None,
    ),
    ("de", "Analysten sprachen von einem „Befreiungsschlag“.", False, [], None),
    # --- U.S. jobs in July (Reuters), August 6 ---
    (
        "en",
        "WASHINGTON, Aug 6 (Reuters) - U.S. employers added 164,000 jobs in July, more than the 125,000 economists polled by Reuters had expected, and the jobless rate dipped to 4.2%, the Labor Department said in its monthly report on Friday.",
        True,
        [
            ("date", "--08-06", None, None),
            ("count", 164000, None, None),
            ("count", 125000, None, None),
            ("percent", 4.2, "%", None),
        ],
        "the Labor Department",
    ),
    (
        "en",
        "Revisions trimmed a combined 38,000 from the May and June payroll counts.",
        True,
        [("count", 38000, None, None)],
        None,
    ),
    (
        "en",
        "Pay per hour climbed 0.3% from June and was 3.6% higher than in July last year.",
        True,
        [("percent", 0.3, "%", None), ("percent", 3.6, "%", None)],
        None,
    ),
    (
        "en",
        "Health care and social assistance accounted for well over a third of the gains, while manufacturing shed jobs for a fourth straight month.",
        True,
        [("fraction", 0.3333, None, "over"), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        '"Strip out health care and government and you\'re left with hiring of maybe 60,000 a month since May," said Wilhelmina Okoro-Pentreath, chief U.S. economist at Sturtevant Analytics.',
        True,
        [("count", 60000, None, "about")],
        "Wilhelmina Okoro-Pentreath",
    ),
    ("en", '"It is a slow leak, not a burst pipe," Okoro-Pentreath said.', False, [], None),
    (
        "en",
        "Futures traders now see odds of roughly two in three that the Fed trims rates by a quarter point in September, CME FedWatch showed.",
        True,
        [("fraction", 0.6667, None, "about"), ("percent", 0.25, "pp", None)],
        None,
    ),
    ("en", "Some economists said the Fed would want to see a couple more reports before moving.", False, [], None),
    # --- Steyregger Brücke (APA), Montag, 9. August ---
    (
        "de",
        "Linz (APA) - Die Generalsanierung der Steyregger Brücke dauert um ein dreiviertel Jahr länger als geplant und soll erst im Frühjahr 2029 abgeschlossen sein, heißt es in einer Aussendung des Landes Oberösterreich.",
        True,
        [("duration", 0.75, "year", None), ("year", 2029, None, None)],
        None,
    ),
    (
        "de",
        "Die Kosten steigen damit von 38 auf knapp 52 Millionen Euro, um mehr als ein Drittel.",
        True,
        [("money", 38000000, "EUR", None), ("money", 52000000, "EUR", "nearly"), ("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "de",
        "Täglich queren rund 24.000 Fahrzeuge die Brücke, die vor knapp einem halben Jahrhundert eröffnet wurde.",
        True,
        [("count", 24000, None, "about"), ("duration", 50, "year", "nearly")],
        None,
    ),
    (
        "de",
        "Während der Bauarbeiten verlieren Pendler zu Spitzenzeiten bis zu einer Dreiviertelstunde.",
        True,
        [("duration", 0.75, "hour", "up_to")],
        None,
    ),
    (
        "de",
        "„Wir haben unter dem Belag Schäden an anderthalb Dutzend Lagern gefunden, mit denen niemand rechnen konnte“, sagte Projektleiterin Sieglinde Aichhorn-Wlasak.",
        True,
        [("count", 18, None, None)],
        "Sieglinde Aichhorn-Wlasak",
    ),
    ("de", "„Eine Brücke lässt sich eben nicht nach dem Kalender sanieren“, sagte Aichhorn-Wlasak.", False, [], None),
    ("de", "Die Grünen im Landtag sprachen von einem „Planungsdesaster mit Ansage“.", False, [], None),
    (
        "de",
        "Für den Ausweichverkehr über die Voestbrücke hat die Stadt Linz die Grünphasen an einem Dutzend Ampeln verlängert.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    # --- Dublin's buses (Reuters), August 9 ---
    (
        "en",
        "DUBLIN, Aug 9 (Reuters) - Dublin's buses carried 84.6 million people from January to June, nearly a fifth more than before the city's routes were redrawn, according to the National Transport Authority.",
        True,
        [("date", "--08-09", None, None), ("count", 84600000, None, None), ("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "en",
        "A score of the 150-odd routes now run every 10 minutes for most of the day.",
        True,
        [("count", 20, None, None), ("count", 150, None, "about"), ("duration", 10, "minute", None)],
        None,
    ),
    (
        "en",
        "Fares were cut by a fifth in 2024, and a 90-minute ticket now costs 2.10 euros for adults.",
        True,
        [
            ("fraction", 0.2, None, None),
            ("year", 2024, None, None),
            ("duration", 90, "minute", None),
            ("money", 2.1, "EUR", None),
        ],
        None,
    ),
    (
        "en",
        '"Ridership on the orbital routes is up almost two and a half times on what they replaced," said Fintan Mulqueen-Adjaye, a transport researcher at Trinity College Dublin.',
        True,
        [("count", 2.5, None, "nearly")],
        "Fintan Mulqueen-Adjaye",
    ),
    ("en", '"People will use a bus if it turns up when it says it will," Mulqueen-Adjaye said.', False, [], None),
    (
        "en",
        "The authority plans to hire a couple of hundred drivers before the end of the year and to add 120 electric buses by 2028.",
        True,
        [("count", 120, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "Residents along several routes in the north of the city called the changes a step backwards.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Figures from Dublin Bus showed roughly one in six services in July ran more than five minutes late.",
        True,
        [("fraction", 0.1667, None, "about"), ("duration", 5, "minute", "over")],
        None,
    ),
    # --- Ferienstaus in Niedersachsen (dpa/lno), Dienstag, 10. August ---
    (
        "de",
        "Hannover (dpa/lno) - Auf den Autobahnen in Niedersachsen haben sich in den ersten fünf Wochen der Sommerferien Staus von zusammen gut 21.000 Kilometern gebildet, wie aus der Ferienbilanz des ADAC hervorgeht.",
        True,
        [("ordinal", 1, None, None), ("duration", 5, "week", None), ("count", 21000, None, "over")],
        None,
    ),
    (
        "de",
        "Das ist knapp ein Sechstel mehr als im Vorjahr; am schlimmsten war es auf der A7 zwischen Hannover und Göttingen.",
        True,
        [("fraction", 0.1667, None, "nearly")],
        None,
    ),
    (
        "de",
        "Am ersten Ferienwochenende standen Autofahrer dort auf bis zu 38 Kilometern, viele von ihnen mehr als zweieinhalb Stunden.",
        True,
        [("ordinal", 1, None, None), ("count", 38, None, "up_to"), ("duration", 2.5, "hour", "over")],
        None,
    ),
    ("de", "Hunderte Baustellen und Dutzende Unfälle hätten die Lage verschärft, hieß es.", True, [], None),
    (
        "de",
        "„Wer am Samstag vor sechs Uhr losfuhr, stand im Schnitt eine Dreiviertelstunde kürzer im Stau, also etwa halb so lang“, sagte ADAC-Sprecherin Gesine Thorbecke-Amoako.",
        True,
        [("duration", 0.75, "hour", None), ("fraction", 0.5, None, "about")],
        "Gesine Thorbecke-Amoako",
    ),
    ("de", "Der ADAC riet, Fahrten möglichst unter der Woche anzutreten.", False, [], None),
    ("de", "Die Polizei sprach von einem „insgesamt ruhigen Reiseverkehr“.", False, [], None),
    (
        "de",
        "Zum Ferienende am 25. August erwartet der Club noch einmal ein gutes Dutzend Staus am Tag allein auf der A7.",
        True,
        [("date", "--08-25", None, None), ("count", 12, None, "over")],
        None,
    ),
    # --- Victoria's level crossings (AAP), August 10 ---
    (
        "en",
        "MELBOURNE (AAP) - Victoria has removed its 125th level crossing, a year and a half ahead of schedule, the state government says.",
        True,
        [("ordinal", 125, None, None), ("duration", 1.5, "year", None)],
        None,
    ),
    (
        "en",
        "The program, which began in 2015, has cost about A$18.2bn so far, well over twice the original estimate.",
        True,
        [("year", 2015, None, None), ("money", 18200000000, "AUD", "about"), ("count", 2, None, "over")],
        None,
    ),
    (
        "en",
        "Another score of crossings are due to go by 2030 at a cost of a further A$4.5bn.",
        True,
        [("count", 20, None, None), ("year", 2030, None, None), ("money", 4500000000, "AUD", None)],
        None,
    ),
    (
        "en",
        "Travel times on the Frankston line have fallen by about a quarter since the boom gates came out.",
        True,
        [("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "en",
        "Crossings on the Cranbourne and Pakenham lines account for roughly one in three of those removed.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "en",
        '"Nobody misses sitting at a boom gate, and nobody will miss the traffic it caused," said Lachlan Merriweather-Tau, an infrastructure analyst at Coorong Advisory.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Hundreds of homes were acquired along the way, and dozens of small businesses had to relocate.",
        True,
        [],
        None,
    ),
    ("en", "The opposition called the program a cost blowout dressed up as a success story.", False, [], None),
    # --- Niedrigwasser am Rhein (Keystone-SDA), Mittwoch, 11. August ---
    (
        "de",
        "Basel (Keystone-SDA) - Wegen des tiefen Rheinpegels können Frachtschiffe ab Basel derzeit nur noch zu knapp drei Vierteln beladen werden.",
        True,
        [("fraction", 0.75, None, "nearly")],
        None,
    ),
    (
        "de",
        "Am Pegel Rheinfelden wurden am Mittwoch gut zweieinhalb Meter gemessen, rund 90 Zentimeter weniger als im August üblich.",
        True,
        [("count", 2.5, None, "over"), ("count", 90, None, "about")],
        None,
    ),
    (
        "de",
        "Die Schweizerischen Rheinhäfen schlugen im ersten Halbjahr 2,9 Mio. Tonnen Güter um, rund ein Zehntel weniger als ein Jahr zuvor.",
        True,
        [("ordinal", 1, None, None), ("count", 2900000, None, None), ("fraction", 0.1, None, "about")],
        None,
    ),
    (
        "de",
        "«Ein Schiff, das sonst 2'500 Tonnen lädt, fährt jetzt mit knapp 1'800, wir brauchen also fast eineinhalbmal so viele Fahrten», sagte Hafensprecher Lambert Huwiler-Tschopp.",
        True,
        [("count", 2500, None, None), ("count", 1800, None, "nearly"), ("count", 1.5, None, "nearly")],
        "Lambert Huwiler-Tschopp",
    ),
    (
        "de",
        "«Der Rhein ist unsere Autobahn, und die hat gerade eine Baustelle», sagte Huwiler-Tschopp.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Frachtraten für Fahrten nach Rotterdam haben sich seit Anfang Juli mehr als verdreifacht.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Seit Anfang Juli haben die Reedereien ihre Kleinwasserzuschläge bereits zum vierten Mal erhöht.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    ("de", "Die Verlader fürchten im Herbst Engpässe bei Heizöl und Baustoffen.", False, [], None),
    # --- Cardiff's libraries (PA), August 11 ---
    (
        "en",
        "CARDIFF (PA) - Cardiff Council wants to save £2.3m a year by folding a dozen-odd branch libraries into community hubs, a cabinet report published on Wednesday shows.",
        True,
        [("money", 2300000, "GBP", None), ("count", 12, None, "about")],
        None,
    ),
    (
        "en",
        "The authority faces a budget gap of £38.6m next year, roughly one and a half times the shortfall it closed this year.",
        True,
        [("money", 38600000, "GBP", None), ("count", 1.5, None, "about")],
        None,
    ),
    (
        "en",
        "Council tax rose 4.95% in April, the third above-inflation rise in a row.",
        True,
        [("percent", 4.95, "%", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        '"Under these plans some branches would go from 38 hours a week to 24," said Hester Pomfrey-Achterberg, who chairs the campaign group Save Cardiff Libraries.',
        True,
        [("duration", 38, "hour", None), ("duration", 24, "hour", None)],
        "Hester Pomfrey-Achterberg",
    ),
    ("en", '"A library is not a line in a spreadsheet," Pomfrey-Achterberg said.', False, [], None),
    (
        "en",
        "Over the past decade the city has shed hundreds of council posts, and a score of community centres have passed to volunteers.",
        True,
        [("count", 20, None, None)],
        None,
    ),
    ("en", "Opposition councillors called the plan closure by the back door.", False, [], None),
    (
        "en",
        "Residents have 12 weeks from next Monday to comment on the proposals.",
        True,
        [("duration", 12, "week", None)],
        None,
    ),
    # --- Baugenehmigungen in NRW (dpa/lnw), Donnerstag, 12. August ---
    (
        "de",
        "Düsseldorf (dpa/lnw) - Die Bauämter in Nordrhein-Westfalen haben im ersten Halbjahr den Bau von knapp 19.400 Wohnungen genehmigt, fast ein Fünftel mehr als ein Jahr zuvor, wie IT.NRW am Donnerstag mitteilte.",
        True,
        [("ordinal", 1, None, None), ("count", 19400, None, "nearly"), ("fraction", 0.2, None, "nearly")],
        "IT.NRW",
    ),
    (
        "de",
        "Verglichen mit 2021 fehlt aber noch gut ein Drittel.",
        True,
        [("year", 2021, None, None), ("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "de",
        "In Köln und Düsseldorf wurden zusammen gut 3.000 Wohnungen genehmigt, in Münster fast zweieinhalbmal so viele wie im Vorjahreszeitraum.",
        True,
        [("count", 3000, None, "over"), ("count", 2.5, None, "nearly")],
        None,
    ),
    (
        "de",
        "„Zwei Drittel der genehmigten Wohnungen entstehen in Mehrfamilienhäusern, vor zehn Jahren war es knapp die Hälfte“, sagte Bauökonomin Friedgard Ostermann-Kyei.",
        True,
        [("fraction", 0.6667, None, None), ("duration", 10, "year", None), ("fraction", 0.5, None, "nearly")],
        "Friedgard Ostermann-Kyei",
    ),
    ("de", "„Ein gutes Halbjahr macht noch keinen Bauboom“, sagte Ostermann-Kyei.", False, [], None),
    (
        "de",
        "Die Landesregierung will bis 2030 jährlich 46.000 neue Wohnungen fördern, bislang sind es im Schnitt rund 31.000.",
        True,
        [("year", 2030, None, None), ("count", 46000, None, None), ("count", 31000, None, "about")],
        None,
    ),
    ("de", "Der Mieterbund NRW sprach von einer „Trendwende auf dem Papier“.", False, [], None),
    (
        "de",
        "Hunderte Bauanträge liegen nach Angaben der Architektenkammer seit mehr als einem halben Jahr unbearbeitet bei den Kommunen.",
        True,
        [("duration", 0.5, "year", "over")],
        None,
    ),
    # --- UK second-quarter GDP (Reuters), August 12 ---
    (
        "en",
        "LONDON, Aug 12 (Reuters) - British output expanded 0.3% between April and June after 0.6% in the first quarter, the Office for National Statistics said.",
        True,
        [
            ("date", "--08-12", None, None),
            ("percent", 0.3, "%", None),
            ("percent", 0.6, "%", None),
            ("ordinal", 1, None, None),
        ],
        "the Office for National Statistics",
    ),
    (
        "en",
        "That was a tenth of a percentage point stronger than economists polled by Reuters had expected.",
        True,
        [("percent", 0.1, "pp", None)],
        None,
    ),
    (
        "en",
        "Output in June alone rose 0.4%, the biggest monthly gain in a year and a half.",
        True,
        [("percent", 0.4, "%", None), ("duration", 1.5, "year", None)],
        None,
    ),
    (
        "en",
        "Services, which make up around four-fifths of the economy, expanded 0.4%, while construction shrank for a second straight quarter.",
        True,
        [("fraction", 0.8, None, "about"), ("percent", 0.4, "%", None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        '"Growth of around one and a quarter per cent this year now looks within reach," said Philippa Tremlett-Gyasi, chief UK economist at Ardcashel Economics.',
        True,
        [("percent", 1.25, "%", "about")],
        "Philippa Tremlett-Gyasi",
    ),
    ("en", '"It is steady rather than spectacular," Tremlett-Gyasi said.', False, [], None),
    (
        "en",
        "Output per head was still around 0.5% below its level at the end of 2019, ONS figures showed.",
        True,
        [("percent", 0.5, "%", "about"), ("year", 2019, None, None)],
        None,
    ),
    ("en", "The economy was about 1.1% larger than a year earlier.", True, [("percent", 1.1, "%", "about")], None),
    # --- Exporte im Juni (dpa), Freitag, 13. August ---
    (
        "de",
        "Wiesbaden (dpa) - Die deutschen Exporte sind im Juni zum dritten Mal in Folge gesunken, um 1,2 Prozent auf 128,4 Mrd. Euro, wie das Statistische Bundesamt am Freitag mitteilte.",
        True,
        [("ordinal", 3, None, None), ("percent", 1.2, "%", None), ("money", 128400000000, "EUR", None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Die Einfuhren legten dagegen um 0,8 Prozent zu, der Überschuss in der Handelsbilanz schrumpfte auf 14,6 Mrd. Euro.",
        True,
        [("percent", 0.8, "%", None), ("money", 14600000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "In die USA, den wichtigsten Abnehmer, gingen Waren für 12,9 Milliarden Euro, knapp ein Zehntel weniger als im Juni 2026.",
        True,
        [("money", 12900000000, "EUR", None), ("fraction", 0.1, None, "nearly"), ("year", 2026, None, None)],
        None,
    ),
    (
        "de",
        "China fiel als Handelspartner hinter die Niederlande auf Platz vier zurück, zum ersten Mal seit einem Vierteljahrhundert.",
        True,
        [("ordinal", 4, None, None), ("ordinal", 1, None, None), ("duration", 25, "year", None)],
        None,
    ),
    (
        "de",
        "„Seit anderthalb Jahren tritt der Export auf der Stelle, im ersten Halbjahr lag er gut 3 Prozent unter dem Stand von 2023“, sagte Regnitz-Bank-Ökonom Gisbert Renneberg-Ofori.",
        True,
        [
            ("duration", 1.5, "year", None),
            ("ordinal", 1, None, None),
            ("percent", 3, "%", "over"),
            ("year", 2023, None, None),
        ],
        "Gisbert Renneberg-Ofori",
    ),
    ("de", "„Die Zollschranken wirken wie Sand im Getriebe“, sagte Renneberg-Ofori.", False, [], None),
    ("de", "Der Außenhandelsverband BGA sprach von „bitteren Monaten“ für den Mittelstand.", False, [], None),
    (
        "de",
        "Dutzende Mittelständler haben laut einer Umfrage des Verbands ihr US-Geschäft eingeschränkt, jedes achte befragte Unternehmen erwägt eine Fertigung vor Ort.",
        True,
        [("fraction", 0.125, None, None)],
        None,
    ),
    # --- Chicago transit ridership (AP), August 13 ---
    (
        "en",
        "CHICAGO (AP) — Ridership on Chicago's buses and trains climbed to about 24.3 million rides in July, the most for any month in more than six years, the Chicago Transit Authority said Friday.",
        True,
        [("count", 24300000, None, "about"), ("duration", 6, "year", "over")],
        "the Chicago Transit Authority",
    ),
    (
        "en",
        "That is still only about three-quarters of what the system carried in July 2019.",
        True,
        [("fraction", 0.75, None, "about"), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "The agency has restored service on all but a handful of the 127 bus routes it trimmed during the pandemic.",
        True,
        [("count", 127, None, None)],
        None,
    ),
    (
        "en",
        "Trips on the Blue Line, which serves O'Hare, rose by nearly a fifth, and weekend ridership systemwide was up 11%.",
        True,
        [("fraction", 0.2, None, "nearly"), ("percent", 11, "%", None)],
        None,
    ),
    (
        "en",
        '"We\'ve hired back hundreds of operators and cut wait times by about a third since last summer," said CTA spokesperson Dolores Ybarra-Kinsella.',
        True,
        [("fraction", 0.3333, None, "about")],
        "Dolores Ybarra-Kinsella",
    ),
    (
        "en",
        '"Reliability is what brings people back, and we\'re finally delivering it," Ybarra-Kinsella said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The agency still faces a budget hole of roughly $770 million next year as federal pandemic money runs out, according to the Regional Transportation Authority.",
        True,
        [("money", 770000000, "USD", "about")],
        None,
    ),
    ("en", "Some riders said the trains still felt unsafe late at night.", False, [], None),
    # --- ÖBB-Halbjahr (APA), Montag, 16. August ---
    (
        "de",
        "Wien (APA) - Die ÖBB haben im ersten Halbjahr rund 254 Millionen Fahrgäste befördert, so viele wie noch nie, teilte das Unternehmen am Montag mit.",
        True,
        [("ordinal", 1, None, None), ("count", 254000000, None, "about")],
        "das Unternehmen",
    ),
    (
        "de",
        "Das sind um 3,1 Mio. mehr als im ersten Halbjahr 2026 und fast eineinhalbmal so viele wie vor 20 Jahren.",
        True,
        [
            ("count", 3100000, None, None),
            ("ordinal", 1, None, None),
            ("year", 2026, None, None),
            ("count", 1.5, None, "nearly"),
            ("duration", 20, "year", None),
        ],
        None,
    ),
    (
        "de",
        "Die Nightjet-Züge waren im Schnitt zu gut vier Fünfteln ausgelastet, jene nach Hamburg waren an zwölf von 14 Nächten ausgebucht.",
        True,
        [("fraction", 0.8, None, "over"), ("count", 12, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Bis 2030 wollen die ÖBB mehr als 21 Mrd. Euro in die Schiene investieren, ein knappes Drittel davon in den Brenner-Basistunnel und die Koralmbahn.",
        True,
        [("year", 2030, None, None), ("money", 21000000000, "EUR", "over"), ("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "„Die Bahn ist in Österreich kein Nischenprodukt mehr, sie ist das Rückgrat“, sagte ÖBB-Sprecherin Ilse Brandstätter-Nuamah.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Pünktlichkeit lag im Nahverkehr bei 95,3 Prozent, im Fernverkehr bei knapp 80 Prozent, dem schwächsten Wert seit einem Jahrzehnt.",
        True,
        [("percent", 95.3, "%", None), ("percent", 80, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Der Fahrgastverband Probahn Österreich zählte im Halbjahr Hunderte Beschwerden über ausgefallene Klimaanlagen, gut doppelt so viele wie im Vorjahr.",
        True,
        [("count", 2, None, "over")],
        None,
    ),
    (
        "de",
        "Zum 1. Oktober steigen die Ticketpreise im Schnitt um 2,9 Prozent, das Klimaticket kostet weiter gleich viel.",
        True,
        [("date", "--10-01", None, None), ("percent", 2.9, "%", None)],
        None,
    ),
    # --- Irish housing completions (Reuters), August 16 ---
    (
        "en",
        "DUBLIN, Aug 16 (Reuters) - Ireland completed 16,240 new homes between January and June, 8% more than a year earlier but nowhere near the 41,000 a year the government is aiming for, the Central Statistics Office said on Monday.",
        True,
        [
            ("date", "--08-16", None, None),
            ("count", 16240, None, None),
            ("percent", 8, "%", None),
            ("count", 41000, None, None),
        ],
        "the Central Statistics Office",
    ),
    (
        "en",
        "Apartments made up just under two in five completions, up from around a quarter in 2022.",
        True,
        [("fraction", 0.4, None, "under"), ("fraction", 0.25, None, "about"), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "Dublin and its commuter counties took a little over half of all new homes.",
        True,
        [("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "en",
        '"At this pace the country will deliver about 34,000 homes this year, six or seven thousand short of need," said Sorcha Delahunt-Ibe, chief economist at Corrib Bay Securities.',
        True,
        [("count", 34000, None, "about"), ("count", 6000, None, None), ("count", 7000, None, None)],
        "Sorcha Delahunt-Ibe",
    ),
    ("en", '"Every year we fall short, the backlog compounds," Delahunt-Ibe said.', False, [], None),
    (
        "en",
        "Builders started work on more than 19,000 homes in the past 12 months, the most in a decade and a half, separate figures showed.",
        True,
        [("count", 19000, None, "over"), ("duration", 12, "month", None), ("duration", 15, "year", None)],
        None,
    ),
    (
        "en",
        "The government has set aside 3.1 billion euros for water and power connections to unlock a score of stalled sites.",
        True,
        [("money", 3100000000, "EUR", None), ("count", 20, None, None)],
        None,
    ),
    (
        "en",
        "Housing charities said the numbers would offer little comfort to the thousands of families in emergency accommodation.",
        False,
        [],
        None,
    ),
    # --- Sperrung der S-Bahn-Stammstrecke (dpa/lsw), Dienstag, 17. August ---
    (
        "de",
        "Stuttgart (dpa/lsw) - Die Stammstrecke der Stuttgarter S-Bahn ist ab Samstag für sechseinhalb Wochen gesperrt, laut Deutscher Bahn wegen der Erneuerung von Weichen und Stellwerkstechnik.",
        True,
        [("duration", 6.5, "week", None)],
        None,
    ),
    (
        "de",
        "Betroffen sind an einem normalen Werktag rund 380.000 Fahrgäste, für die ein Ersatzverkehr mit bis zu 180 Bussen eingerichtet wird.",
        True,
        [("count", 380000, None, "about"), ("count", 180, None, "up_to")],
        None,
    ),
    (
        "de",
        "Die Fahrzeit zwischen Hauptbahnhof und Flughafen verlängert sich dadurch um eine gute halbe Stunde.",
        True,
        [("duration", 0.5, "hour", "over")],
        None,
    ),
    (
        "de",
        "Es ist bereits die dritte Sperrung der Strecke binnen zwei Jahren, die Kosten der Arbeiten beziffert die Bahn auf 84 Mio. Euro.",
        True,
        [("ordinal", 3, None, None), ("duration", 2, "year", None), ("money", 84000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Ein Teil der Signaltechnik ist ein halbes Jahrhundert alt, wir tauschen in diesen Wochen allein 38 Weichen“, sagte Projektleiterin Dagmar Wöllenstein-Agyeman.",
        True,
        [("duration", 50, "year", None), ("count", 38, None, None)],
        "Dagmar Wöllenstein-Agyeman",
    ),
    ("de", "„Wir wissen, was wir den Pendlerinnen und Pendlern zumuten“, sagte Wöllenstein-Agyeman.", False, [], None),
    (
        "de",
        "Zusätzliche Regionalzüge pendeln während der Sperrung alle dreiviertel Stunde zwischen Böblingen und Esslingen.",
        True,
        [("duration", 0.75, "hour", None)],
        None,
    ),
    (
        "de",
        "Die Stadt Stuttgart rechnet mit Hunderten zusätzlichen Autos in der Innenstadt und hat an zwei Dutzend Kreuzungen die Ampeln neu geschaltet.",
        True,
        [("count", 24, None, None)],
        None,
    ),
    # --- Manchester's buses (PA), August 17 ---
    (
        "en",
        "MANCHESTER (PA) - Greater Manchester's franchised buses are carrying a fifth more passengers than two years ago, some 1.2m extra journeys a week, figures from the combined authority show.",
        True,
        [("fraction", 0.2, None, None), ("duration", 2, "year", None), ("count", 1200000, None, "about")],
        None,
    ),
    (
        "en",
        "Single adult fares have been held at £2.20 since the start of last year, and a weekly ticket costs £23.",
        True,
        [("money", 2.2, "GBP", None), ("money", 23, "GBP", None)],
        None,
    ),
    (
        "en",
        "Around a score of routes now run through the night at weekends.",
        True,
        [("count", 20, None, "about")],
        None,
    ),
    (
        "en",
        '"Punctuality has gone from roughly four buses in five to almost nine in 10," said Imogen Sallis-Oyewole, a transport researcher at the University of Manchester.',
        True,
        [("fraction", 0.8, None, "about"), ("fraction", 0.9, None, "nearly")],
        "Imogen Sallis-Oyewole",
    ),
    (
        "en",
        '"The bus finally feels like a public service again, not an afterthought," Sallis-Oyewole said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The combined authority says it needs a further £75m a year to hold fares down, on top of the £1.07bn already committed.",
        True,
        [("money", 75000000, "GBP", None), ("money", 1070000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Bus use in the region is at its highest since 2008, though still roughly a third below its level in the mid-1990s.",
        True,
        [("year", 2008, None, None), ("fraction", 0.3333, None, "about")],
        None,
    ),
    ("en", "Operators said the model would be hard to copy outside the big cities.", False, [], None),
    # --- Halbjahr der Post (Keystone-SDA), Mittwoch, 18. August ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Post hat im ersten Halbjahr einen Konzerngewinn von 143 Mio. Franken erzielt, gut ein Fünftel weniger als in der Vorjahresperiode.",
        True,
        [("ordinal", 1, None, None), ("money", 143000000, "CHF", None), ("fraction", 0.2, None, "over")],
        None,
    ),
    (
        "de",
        "Die Zahl der adressierten Briefe sank um 5,8 Prozent auf knapp 740 Millionen; vor einem Vierteljahrhundert waren es noch mehr als doppelt so viele.",
        True,
        [
            ("percent", 5.8, "%", None),
            ("count", 740000000, None, "nearly"),
            ("duration", 25, "year", None),
            ("count", 2, None, "over"),
        ],
        None,
    ),
    (
        "de",
        "Dagegen stellte die Post mit 96,3 Mio. Paketen so viele zu wie nie in einem ersten Halbjahr, ein Plus von 2,4 Prozent.",
        True,
        [("count", 96300000, None, None), ("ordinal", 1, None, None), ("percent", 2.4, "%", None)],
        None,
    ),
    (
        "de",
        "Bis Ende 2028 will die Post ein gutes Dutzend neue Paketzentren bauen und rund 170 Filialen in Partnerlösungen umwandeln.",
        True,
        [("year", 2028, None, None), ("count", 12, None, "over"), ("count", 170, None, "about")],
        None,
    ),
    (
        "de",
        "«Die Post bleibt ein Service public, auch wenn er künftig anders aussieht», sagte Post-Sprecher Urs Nyffeler-Gyger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft Syndicom rechnet mit dem Abbau von bis zu 400 Vollzeitstellen bis 2028.",
        True,
        [("count", 400, None, "up_to"), ("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "Der Preis für einen A-Post-Brief steigt ab Januar um 10 Rappen auf Fr. 1.30.",
        True,
        [("money", 0.1, "CHF", None), ("money", 1.3, "CHF", None)],
        None,
    ),
    (
        "de",
        "Rund 3 Mio. Haushalte erhalten zudem künftig nur noch an vier Tagen pro Woche Post.",
        True,
        [("count", 3000000, None, "about"), ("duration", 4, "day", None)],
        None,
    ),
    # --- Australian wages (AAP), August 18 ---
    (
        "en",
        "CANBERRA (AAP) - Australian wages grew 0.8 per cent in the June quarter and 3.3 per cent over the year, Australian Bureau of Statistics figures show.",
        True,
        [("percent", 0.8, "%", None), ("percent", 3.3, "%", None)],
        None,
    ),
    (
        "en",
        "It was the ninth straight quarter in which pay outpaced consumer prices, which rose 2.6 per cent over the same period.",
        True,
        [("ordinal", 9, None, None), ("percent", 2.6, "%", None)],
        None,
    ),
    (
        "en",
        "Private sector pay rose 0.7 per cent, a couple of tenths below the public sector, where new enterprise deals lifted wages 1.0 per cent.",
        True,
        [("percent", 0.7, "%", None), ("percent", 1.0, "%", None)],
        None,
    ),
    (
        "en",
        '"Over two and a half years, real wages have clawed back about half of what was lost after 2021," said Tahnee Coldstream-Afolabi, senior economist at Quandong Partners.',
        True,
        [("duration", 2.5, "year", None), ("fraction", 0.5, None, "about"), ("year", 2021, None, None)],
        "Tahnee Coldstream-Afolabi",
    ),
    ("en", '"Workers are finally getting their heads above water," Coldstream-Afolabi said.', False, [], None),
    (
        "en",
        "About one in six jobs in the index got a rise of more than 4 per cent, the bureau said.",
        True,
        [("fraction", 0.1667, None, "about"), ("percent", 4, "%", "over")],
        None,
    ),
    (
        "en",
        "Employer groups said pay growth at this pace was not sustainable without better productivity.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The Reserve Bank expects wage growth to settle at around 3¼ per cent by mid-2028.",
        True,
        [("percent", 3.25, "%", "about"), ("year", 2028, None, None)],
        None,
    ),
    # --- U-Bahn-Verlängerung in Nürnberg (dpa/lby), Donnerstag, 19. August ---
    (
        "de",
        "Nürnberg (dpa/lby) - Der Stadtrat hat die Verlängerung der U-Bahn-Linie U3 um knapp zweieinhalb Kilometer beschlossen, die Kosten schätzt die Stadt auf 1,2 Mrd. Euro.",
        True,
        [("count", 2.5, None, "nearly"), ("money", 1200000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Bund soll nach den Plänen der Stadt bis zu drei Viertel der förderfähigen Kosten übernehmen.",
        True,
        [("fraction", 0.75, None, "up_to")],
        None,
    ),
    (
        "de",
        "Die zwei neuen Bahnhöfe sollen 2033 in Betrieb gehen, zwölfeinhalb Jahre nach dem ersten Spatenstich für den vorangegangenen Abschnitt.",
        True,
        [
            ("count", 2, None, None),
            ("year", 2033, None, None),
            ("duration", 12.5, "year", None),
            ("ordinal", 1, None, None),
        ],
        None,
    ),
    (
        "de",
        "„Wir rechnen mit gut 30.000 Fahrgästen pro Tag auf dem neuen Abschnitt, das ist etwa das Zweieinhalbfache der heutigen Buslinien“, sagte VAG-Planerin Irmengard Pröbstl-Asamoah.",
        True,
        [("count", 30000, None, "over"), ("count", 2.5, None, "about")],
        "Irmengard Pröbstl-Asamoah",
    ),
    ("de", "„Nürnberg wächst, und die U-Bahn muss mitwachsen“, sagte Pröbstl-Asamoah.", False, [], None),
    ("de", "Der Bund der Steuerzahler hielt das Projekt für überdimensioniert.", False, [], None),
    (
        "de",
        "Im Stadtrat stimmten 52 der 71 Mitglieder für das Vorhaben, 19 dagegen.",
        True,
        [("count", 52, None, None), ("count", 71, None, None), ("count", 19, None, None)],
        None,
    ),
    (
        "de",
        "Der Abschnitt ist der 14. Ausbauschritt seit der Eröffnung der ersten Nürnberger U-Bahn-Strecke 1972.",
        True,
        [("ordinal", 14, None, None), ("ordinal", 1, None, None), ("year", 1972, None, None)],
        None,
    ),
    # --- U.S. housing starts (Reuters), August 19 ---
    (
        "en",
        "WASHINGTON, Aug 19 (Reuters) - Construction of new U.S. single-family homes declined for the third month running in July, sliding 2.7% to an annualized pace of 912,000, the Commerce Department said on Thursday.",
        True,
        [
            ("date", "--08-19", None, None),
            ("ordinal", 3, None, None),
            ("percent", 2.7, "%", None),
            ("count", 912000, None, None),
        ],
        "the Commerce Department",
    ),
    (
        "en",
        "Starts of buildings with five units or more jumped 14%, leaving total housing starts at 1.31 million, roughly in line with forecasts.",
        True,
        [("count", 5, None, "at_least"), ("percent", 14, "%", None), ("count", 1310000, None, None)],
        None,
    ),
    (
        "en",
        "Building permits, a pointer to future construction, slipped to 1.36 million, their lowest level in two and a quarter years.",
        True,
        [("count", 1360000, None, None), ("duration", 2.25, "year", None)],
        None,
    ),
    (
        "en",
        "The stock of unsold new homes stood at about 498,000 in June, the most since 2007, separate data showed.",
        True,
        [("count", 498000, None, "about"), ("year", 2007, None, None)],
        None,
    ),
    (
        "en",
        '"Inventories are running at close to nine months\' supply, so a pullback in starts was only a matter of time," said Desmond Farraday-Quist, senior economist at Halyard Street Advisors.',
        True,
        [("duration", 9, "month", "nearly")],
        "Desmond Farraday-Quist",
    ),
    ("en", '"The builders are doing the sensible thing," Farraday-Quist said.', False, [], None),
    (
        "en",
        "Mortgage rates averaged 6.05% last week, according to Freddie Mac, down about a quarter of a point since the spring.",
        True,
        [("percent", 6.05, "%", None), ("percent", 0.25, "pp", "about")],
        None,
    ),
    ("en", "Homebuilders said buyers were waiting on the sidelines for cheaper money.", False, [], None),
    # --- Transit über den Brenner (APA), Freitag, 20. August ---
    (
        "de",
        "Innsbruck (APA) - Rund 1,27 Millionen Lkw haben im ersten Halbjahr den Brenner überquert, ein Rekord für eine erste Jahreshälfte, wie aus der Verkehrszählung des Landes Tirol hervorgeht.",
        True,
        [("count", 1270000, None, "about"), ("ordinal", 1, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Aufs ganze Jahr gerechnet steuert der Transit damit auf knapp 2,5 Mio. Lkw zu, gut eineinhalbmal so viele wie vor drei Jahrzehnten.",
        True,
        [("count", 2500000, None, "nearly"), ("count", 1.5, None, "over"), ("duration", 30, "year", None)],
        None,
    ),
    (
        "de",
        "An Spitzentagen zählte die Mautstelle Schönberg mehr als 14.000 Schwerfahrzeuge, die Blockabfertigung bei Kufstein führte zu Staus von bis zu zwölfeinhalb Kilometern.",
        True,
        [("count", 14000, None, "over"), ("count", 12.5, None, "up_to")],
        None,
    ),
    (
        "de",
        "„Im Wipptal stammen inzwischen dreiviertel der Abgase auf der Autobahn von Lkw, und das Tag für Tag“, sagte Verkehrsplanerin Hannelore Gasteiger-Owusu.",
        True,
        [("fraction", 0.75, None, None)],
        "Hannelore Gasteiger-Owusu",
    ),
    ("de", "„Tirol ist nicht der Parkplatz Europas“, sagte Gasteiger-Owusu.", False, [], None),
    (
        "de",
        "Die Eröffnung des Brenner-Basistunnels ist nach jüngsten Angaben für 2032 geplant, eineinhalb Jahrzehnte später als einst genannt.",
        True,
        [("year", 2032, None, None), ("duration", 15, "year", None)],
        None,
    ),
    ("de", "Die Frächter hielten die Fahrverbote für reine Schikane.", False, [], None),
    (
        "de",
        "Die Brennerautobahngesellschaft kündigte für die kommenden zwei Jahre Sanierungen an gut einem Dutzend Brücken südlich der Grenze an.",
        True,
        [("duration", 2, "year", None), ("count", 12, None, "over")],
        None,
    ),
    # --- Britain's rail journeys (PA), August 20 ---
    (
        "en",
        "LONDON (PA) - Rail passengers in Britain made 1.68bn journeys in the 12 months to March, the highest total since records began in the mid-1990s, Office of Rail and Road figures show.",
        True,
        [("count", 1680000000, None, None), ("duration", 12, "month", None)],
        None,
    ),
    (
        "en",
        "That is about 4% more than a year earlier and a hair above the 1.6bn of 2019-20, the last full year before the pandemic.",
        True,
        [
            ("percent", 4, "%", "about"),
            ("count", 1600000000, None, None),
            ("year", 2019, None, None),
            ("year", 2020, None, None),
        ],
        None,
    ),
    (
        "en",
        "Season ticket journeys, however, remain at roughly two-thirds of their pre-pandemic level.",
        True,
        [("fraction", 0.6667, None, "about")],
        None,
    ),
    (
        "en",
        "Journeys on the Elizabeth line passed 280 million, making it the country's busiest line for a third year running.",
        True,
        [("count", 280000000, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "More than a third of all rail trips are now made for leisure, against about a fifth five years ago, the regulator's figures show.",
        True,
        [("fraction", 0.3333, None, "over"), ("fraction", 0.2, None, "about"), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        '"The railway has found a new job for itself, and it is not the nine-to-five," said Ravindra Okafor-Lightbody, a rail analyst at Tenterden Associates.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Fare income rose to £11.9bn, still around £2.6bn short of what it costs to run the network, the regulator said.",
        True,
        [("money", 11900000000, "GBP", None), ("money", 2600000000, "GBP", "about")],
        None,
    ),
    ("en", "Passenger groups said fares remained far too complicated for occasional travellers.", False, [], None),
]
