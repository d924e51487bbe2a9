"""Four-hundred-and-thirty-third blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: ministers, commissioners, agency heads, lawmakers,
police chiefs, prosecutors, club experts and spokespeople of real governments, forces,
clubs and bodies appear under made-up names that stand for no real holder, or by their role
only („ein ADAC-Sprecher“, „ein Sprecher der Stadt“, „Ein Sprecher der Kantonspolizei“,
"the transport minister", "The state's roads minister", "A government spokesperson", "A
spokesman for UK Road Offender Education").

Names: Sabine Krautheimer-Lenz, Ferdinand Hollerwöger, Annika Vossberg-Thiel, Timo
Rautenstrauch, Dörte Willenbrock-Saal, Verena Holzleitner-Prax, Quirin Aschenbrenner,
Corinna Hellweg-Stroot, Seraina Caduff-Imboden, Jens-Uwe Marbach, Beat Zwahlen-Rüegg and
Florian Haidinger-Koller; Anneliese Korvink, Rhodri Pennant-Evans, Deborah Ashcombe-Reyes,
Gideon Faulkbridge, Wade Kittredge, Bérénice Lafargue-Morel, Jonathan Threlkeld, Corinne
Hallowell, Bronwyn Castellari, Lorraine Pettigrew-Vance, Rory Penhaligon, Yvette
Marchetti-Cole, Declan Moriarty-Quinn, Aoife Brennan-Lacey and Hamish Lindores-Baird; no
made-up firm; every unnamed minister, spokesperson, lawmaker, officer, analyst, dealer and
campaigner. Real states, bodies, clubs, parties, roads and places (ADAC, Autobahn GmbH, A 8,
A 9, A 3, A 92, B 2, Irschenberg, Statistisches Bundesamt (Destatis), Deutscher
Verkehrssicherheitsrat, Innenministerium, ÖAMTC, Kuratorium für Verkehrssicherheit (KFV),
Landespolizeidirektion Tirol, Straßenverkehrsordnung and its 2024 reform, CDU-Fraktion,
Handwerkskammer, Stadt Frankfurt, Miquelallee, Bund der Steuerzahler, Flensburg,
Gewerkschaft der Polizei, Grüne, CSU, Kraftfahrt-Bundesamt (KBA), VDA, VDIK, Forsa,
Umweltbundesamt, Deutsche Umwelthilfe, Koalitionsvertrag, Touring Club Schweiz (TCS),
Gotthard-Strassentunnel, San Bernardino, Erstfeld, Göschenen, Bundesamt für Strassen
(Astra), Bundesamt für Statistik (BFS), Kantonspolizei Zürich, Kantonspolizei Uri, SVP,
Beelitz; the European Union, the European Commission, the European Transport Safety
Council, the Welsh Government, the Welsh Conservatives, the Senedd, the National Highway
Traffic Safety Administration (NHTSA), the Department for Transport, Brake, the Kansas
House, the Insurance Institute for Highway Safety, the Kansas Highway Patrol, the PA news
agency, UK Road Offender Education, the AA, ONISR, Bison Futé, the SMMT and the
zero-emission vehicle mandate, the American Beverage Institute, NSW Police, Transport for
NSW, the Governors Highway Safety Association, the DVLA, the Royal College of
Ophthalmologists, Silver Voice, Inrix, the M5, National Highways, the RAC, the West Coast
Main Line, New York City's Department of Transportation and City Council, the Gardaí, the
Road Safety Authority, Police Scotland, and the datelines' cities) stand for the way wire
copy names them; every death toll, casualty count, rate, share, speed reading, alcohol
reading, jam length, waiting time, traffic count, registration, fine total, revenue, poll,
age, date and quote here is invented, and where a real figure came to mind (a real national
or EU death toll, a real registration total or electric share, a real congestion tally, a
real camera count or fine revenue, a real petition count, a real study result, a real CO2
saving or network length) it was changed; only legal limits, penalty rules and the years of
laws stand roughly as the rules have them (the 0,0, 0,1, 0,5 and 1,1 Promille limits, 800
Euro, two points and three months for gross speeding in town, points from 60 Euro, the
phone fines of 100 and 150 Euro, the Swiss thresholds for speeders and their one to four
years, the 80, 50 and 20 milligram and the 22 and 35 microgramme limits, the 0.08% and 0.05%
limits and Utah's 2018 switch, France's 80 km/h of 2018, the £100 fine with three points,
the Irish fixed charge, New York's $50 camera fine, the DVLA's renewal every three years from
70, the 33% mandate target, the recommended 130 km/h and NSW's double demerits).

Its weight: ROAD TRAFFIC AND ROAD SAFETY STATISTICS, second round under that name (the
three-hundred-and-twelfth batch weighed road traffic and road safety statistics over one
year, after the eighty-first's police reports and traffic accidents, the
hundred-seventy-eighth's car industry, transport and mobility with traffic deaths and speed
limit debates, the two-hundred-and-forty-third's and two-hundred-and-ninety-eighth's police
reports with blood alcohol and speeds, the two-hundred-and-fiftieth's carmakers and
electric vehicles and the two-hundred-and-sixty-first's transport policy with tolls and
speed limits; the four-hundred-and-first weighed railways, public transport and roads with
road deaths, congestion and the Easter getaway, and the four-hundred-and-thirteenth police
reports and crime statistics with blood alcohol, speeds, fines and bans; their decisions
are kept) - one wire week, the week before and of Easter, Monday, March 30, to Easter
Sunday, April 5, of one year, as 33 short stories in story order, the German and English
ones interleaved by day, half in each language. German (dpa with its slugs "dpa/lnw",
"dpa/lhe", "dpa/lni", "dpa/lby", "dpa/bb", APA, Keystone-SDA; Austrian „Lenker“,
„Freilandstraßen“, „Probeführerschein“, „Alkotests“, „im Vorjahr“, Swiss „Strassen“,
„Führerausweis“, „Bussen“, „hiess“, „1'912“, «» quotes, German „“ quotes): the ADAC's
Easter jam forecast, Germany's road deaths in January, Austria's first quarter, Tempo 30 in
Cologne, Frankfurt's speed camera income, a phone check day in Lower Saxony, the start of
the motorcycle season, Bavaria's 24-hour speed-check marathon, the KBA's March
registrations, the TCS's Gotthard forecast, a poll on a motorway speed limit, Good Friday's
jams, Swiss speeders, the Gotthard jam on Easter Saturday, a drunk driver's head-on crash in
Brandenburg and the Austrian police's Easter balance. English (Reuters with dated
datelines, AP, PA, AAP): EU road deaths, Wales's 20mph default, NHTSA's early estimate,
Britain's reported road casualties, a Kansas vote for 80 mph, speed awareness courses,
French road deaths, the SMMT's March registrations with the "26" plates, a 0.05% limit in
Washington state, NSW double demerits, pedestrian deaths from the GHSA, older drivers'
licences, the RAC's Easter getaway, New York's speed cameras, Germany's Easter jams in
English, Irish Easter checkpoints and Police Scotland's Easter campaign. Figures as such
copy has them: road deaths and injuries per month, quarter and year, rates per million
inhabitants and per 100 million vehicle miles, speeds and limits in km/h and mph („Tempo
30“, „Tempo-30-Zonen“, „Tempo 130“, „bei erlaubten 50 km/h mit 127 km/h“, "from 30mph to
20mph", "to 80 mph, up from 75 mph", "at least 20 mph over the limit"), blood and breath
alcohol („2,14 Promille“, „Ab 1,1 Promille“, „die 0,0-Promille-Grenze“, „über 1,2
Promille“, "1.9 per mille", "80 milligrams of alcohol in 100 millilitres of blood", "22
microgrammes per 100 millilitres", "from 0.08% to 0.05%"), fines, points and bans („800
Euro, zwei Punkte und ein dreimonatiges Fahrverbot“, „ab 60 Euro Bußgeld“, "a £100 fine and
three points", "a fixed charge of 200 euros", "a minimum one-year ban"), camera income in
euros, francs and dollars, jams in kilometres and waits in hours („2.614 Staus mit einer
Gesamtlänge von 4.870 Kilometern“, „bis zu zweieinhalb Stunden“, "queues of up to 90
minutes"), holiday trips, registrations and shares in percent and points, number words and
compounds („24-Stunden-Blitzmarathon“, „siebenmal“, „zweitstärkste“, "Forty-four",
"four-day", "one-year"), fractions („gut jedem siebten“, „jeder vierte“, „um ein Fünftel“,
„knapp zwei Drittel“, "about one in three", "one in 10", "More than three-quarters"),
ordinals („Im ersten Quartal“, „der dritte Anstieg in Folge“, "a fourth consecutive yearly
drop", "for a third year", "the second in the nation"), ages, hedges, ranges, years and
dates. Negatives as such copy has them - 56 rows, none with a figure: ministers', club
experts', police chiefs' and prosecutors' creeds and rhetoric in quotes beside their
figures, labels („sprach von“, „nannte“, „kritisierte ... als“, "called"), verdicts with „hält
... für“, a warning naming no measure, appeals and travel advice, forecasts without a
figure, an accusation naming no act, fears, worries, concern and an argument, each near a
check-worthy look-alike from the same story.

236 rows (119 German, 117 English), 56 negatives (29 German, 27 English), 180 check-worthy
rows of which 20 carry no figure (12 German, 8 English), 317 expected quantities (176
counts, 45 percentages - 44 in "%", 1 in percentage points "pp" -, 33 durations - 18 in
years, 5 in hours, 4 in days, 3 in months, 2 in minutes, 1 in seconds -, 16 fractions, 16
amounts of money - 8 EUR, 4 USD, 3 GBP, 1 CHF -, 15 years, 11 ordinals, 5 dates; none of
them in a negative), 36 checked speakers (18 German, 18 English). These counts were
computed by a script over the list.

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, verdict, creed, feeling, fear, worry, forecast without a figure or
  piece of rhetoric is a negative with speaker None, also with a named speaker and an office
  (seventh, ninety-eighth, two-hundred-and-fourth, three-hundred-and-twelfth,
  four-hundred-and-first); a quoted or reported statement of fact, figure, rule, step, plan,
  demand naming a measure or position is check-worthy with its speaker, also in Konjunktiv I
  (hundred-seventy-eighth, three-hundred-and-twelfth). Pairs from one speaker:
  Krautheimer-Lenz's 142 roadworks beside her advice; Korvink's four member states beside
  "somebody's child"; Pennant-Evans's 3.4mph beside "speak for themselves"; Hollerwöger's
  one in four beside „der billigste Lebensretter“; Ashcombe-Reyes's third year beside
  "nobody ... is satisfied"; Vossberg-Thiel's 60 percent beside „eine lebenswerte Stadt“;
  Faulkbridge's strategy beside "Behind every one of those statistics"; Rautenstrauch's
  budget rule beside „keinen Cent“; Kittredge's 480 miles beside "matching the law";
  Willenbrock-Saal's one in ten beside „Ein Blick aufs Handy ...“; Holzleitner-Prax's half
  beside „als wäre nie eine Pause gewesen“; Lafargue-Morel's 30% beside "a failure we all
  share"; Aschenbrenner's 1.2 million vehicles beside „kein Kavaliersdelikt“; Threlkeld's
  105,000 beside "dragged along by discounts"; Hellweg-Stroot's two thirds beside „keine
  Rede“; Hallowell's 231 beside "a gamble"; Caduff-Imboden's 98,000 vehicles beside her
  forecast without a figure; Castellari's eleven deaths beside "knocking on a door";
  Marbach's position beside „Die Bürger wissen selbst ...“; Pettigrew-Vance's 56% beside
  "designed to move cars"; Penhaligon's 21,500 breakdowns beside his advice;
  Zwahlen-Rüegg's one in five beside «Das Auto wird zur Waffe ...»; Marchetti-Cole's 73%
  beside "not about money"; Moriarty-Quinn's one in 10 beside "no safe amount";
  Lindores-Baird's four times the limit beside his advice; Haidinger-Koller's 6,800
  call-outs beside „einer „zähen, aber ruhigen Fahrt““.
- Negatives, the weight's own (hundred-seventy-eighth, two-hundred-and-fourth,
  three-hundred-and-twelfth, four-hundred-and-first, four-hundred-and-thirteenth): labels
  („sprach von“ - the Deutscher Verkehrssicherheitsrat, the VDIK, the Landespolizeidirektion
  Tirol -, „nannte“ - the Bund der Steuerzahler, the Gewerkschaft der Polizei, the Grünen
  im Landtag, the Deutsche Umwelthilfe -, „kritisierte ... als“ - the CDU-Fraktion -,
  "called" - the European Transport Safety Council, the Welsh Conservatives, the American
  Beverage Institute, Silver Voice - and "said the figures were "a national disgrace""),
  verdicts with „hält ... für“ (the ÖAMTC with a demand naming no measure, the SVP with „will
  sie lockern“; three-hundred-and-twelfth), a warning naming no measure (the KFV's lead;
  two-hundred-and-fourth), appeals and advice („bat die Reisenden um Geduld“, „appellierte
  an die Reisenden“, „Die Polizei rief dazu auf“, „Das Bundesamt für Strassen (Astra)
  empfiehlt“, Krautheimer-Lenz's and Penhaligon's advice, Lindores-Baird's "leave the car
  keys at home"; four-hundred-and-first, four-hundred-and-thirteenth), forecasts and
  expectations without a figure (the ADAC's „Für Karsamstag erwartet ...“, Caduff-Imboden's
  „mit ähnlichen Verhältnissen zu rechnen“, Bison Futé's "heavy traffic", "Dealers said they
  expected a quieter spring", Haidinger-Koller's „rechne er mit“; four-hundred-and-first:
  „nicht in Sicht“), an accusation naming no act ("a nice little earner";
  three-hundred-and-twelfth: "cash cows"), fears, worries and concern ("said they worried",
  "said they feared", "said it was "deeply concerned""), an argument ("have long argued";
  three-hundred-and-twelfth), and the Good Friday picture-book quote of an ADAC spokesman.
  The look-alikes beside them stay check-worthy: rules of law stated as fact (limits,
  fines, points, bans, thresholds, renewals; thirty-third, fortieth,
  three-hundred-and-twelfth), announced steps and positions with or without a figure (the
  Autobahn GmbH's 74 roadworks - „kündigte an“ no verb of saying -, Faulkbridge's strategy,
  the DfT's and a government spokesperson's "no plans", Marbach's „werde daher nicht kommen“
  and its English twin, Brennan-Lacey's 24 cameras, the Gardaí's checkpoints), demands
  naming a measure ("called on states to lower speed limits ... and to add lighting",
  "called for compulsory eyesight tests at every renewal"; three-hundred-and-twelfth: the
  BFU's helmet duty), polls' shares, bodies' calculations, the stated accident causes, the
  agency's caution that its estimate is preliminary (four-hundred-and-thirteenth: the
  statistics' cautions) and the police's facts of record.
- Check-worthy without a figure (20 rows; hundred-seventy-eighth, three-hundred-and-twelfth,
  four-hundred-and-thirteenth): the attribution rows „Das teilte das Statistische Bundesamt
  (Destatis) am Montag in Wiesbaden mit.“ and „Das teilte das Kraftfahrt-Bundesamt (KBA) in
  Flensburg mit.“ with their speakers, the documents „Das geht aus der vorläufigen
  Unfallstatistik des Innenministeriums hervor, ...“ and „Das geht aus der
  Strassenverkehrsunfallstatistik des Bundesamts für Statistik (BFS) hervor.“ without one,
  the ADAC's peak hours („zwischen 14 und 19 Uhr“ clock times none), its roads at risk of
  jams, the stated accident causes, the marathon's hours („von Mittwoch, 6.00 Uhr, bis
  Donnerstag, 6.00 Uhr“ none), the crash on the B 2 and the licence seized, Rautenstrauch's
  budget rule, Marbach's position in both languages, Faulkbridge's strategy, the agency's
  caution, the NSW double demerits, the GHSA's call, the ophthalmologists' call, the "no
  plans" on age tests and the Garda checkpoints.
- Speeds and limits are counts (eighty-first, hundred-seventy-eighth,
  two-hundred-and-forty-third, three-hundred-and-twelfth, four-hundred-and-thirteenth):
  „Tempo 30“ (twice), „Tempo-30-Zonen“, „Tempo-30-Strecken“ and „einer Tempo-30-Zone“ 30,
  „Tempo 130“, „Tempo 120“ and „Tempo 100“, „von 41 auf 33 km/h“, „bei erlaubten 50 km/h mit
  127 km/h“, „mit 213 km/h ..., erlaubt waren dort 120 km/h“, „71 km/h“, „Zum Raser wird, wer
  auf der Autobahn 80 km/h oder mehr zu schnell fährt, innerorts reichen 50 km/h“ 80 and 50
  („oder mehr“ after the figure no hedge, four-hundred-and-first), „mehr als 50 km/h zu
  schnell“ "over"; "from 30mph to 20mph", "the 30mph limit", "by 3.4mph" ("by" no hedge),
  "to 80 mph, up from 75 mph", "at 80 mph or more" 80 with no hedge, "each 5 mph rise" 5
  ("each" no hedge), "at least 20 mph over the limit" "at_least", "less than 10km/h"
  "under", "from 90 km/h to 80 km/h", "a recommended maximum of 130 km/h" ("maximum" no
  hedge), "at 246 km/h ... limited to 120 km/h", "up to 10% plus 9mph" 10 % "up_to" and 9
  with no hedge (the hedge on the first of two joined figures, four-hundred-and-first).
  Lengths, distances and measures are counts with the unit unchecked (forty-second,
  three-hundred-and-twelfth): „mehr als 80 Meter“ "over", „mehr als 100 PS“ "over", „rund
  5,9 Millionen Tonnen CO2“ "about" („CO2“ none), „des 13.180 Kilometer langen
  Autobahnnetzes“, "about 700 miles", "about 480 miles", "1,240 miles of roadworks", "3.29
  trillion miles" "about" (three-hundred-and-twelfth: "about 3.2 trillion miles"). Road
  identifiers carry none („A 8“, „A 9“, „A 3“, „A 92“, „B 2“, "A8", "A9", "M5";
  three-hundred-and-twelfth, four-hundred-and-thirteenth).
- Blood and breath alcohol (eighty-first, two-hundred-and-forty-third,
  three-hundred-and-twelfth, four-hundred-and-thirteenth): Promille readings and limits are
  counts („2,14 Promille“, „bei 0,1 Promille, ... bei 0,5 Promille“), „Ab 1,1 Promille“ 1.1
  "at_least" (three-hundred-and-twelfth: „Ab 1,6 Promille“), „über 1,2 Promille“ 1.2
  "over", „mit 0,8 Promille oder mehr“ 0.8 with no hedge (four-hundred-and-first: „oder
  mehr“ after a figure); milligrams and microgrammes per 100 millilitres two counts ("80
  milligrams of alcohol in 100 millilitres of blood" - "in" read as "per",
  four-hundred-and-thirteenth: "141 microgrammes in 100 millilitres of breath" -, "50
  milligrams per 100 millilitres of blood, and 20 milligrams" 50, 100 and 20, "22
  microgrammes per 100 millilitres, compared with 35" 22, 100 and 35), "between 50 and 80
  milligrams" both with no hedge ("between" no hedge); multiples of a limit are counts
  ("more than four times the legal limit" 4 "over", "almost four times the 0.5 limit" 4
  "nearly" and 0.5; four-hundred-and-thirteenth: "nearly three times over the drink-drive
  limit"); concentrations in percent are percentages ("from 0.08% to 0.05%", "to 0.05% in
  2018"; two-hundred-and-forty-third, three-hundred-and-twelfth). New: „die
  0,0-Promille-Grenze“ is count 0 - the figure inside the compound is read as in „die
  0,5-Promille-Grenze“ 0.5 (eighty-first, four-hundred-and-thirteenth), and a zero limit
  is a value like any other, not an absence of one. New: "a blood alcohol level of 1.9 per
  mille" in English copy is count 1.9 - "per mille" is the English name of „Promille“, a
  unit the rules do not name and count (first batch: "Promille" is a count), and it reads the
  same in either language.
- Fines, points and bans (eighty-first, three-hundred-and-twelfth,
  four-hundred-and-thirteenth): fines are money in the currency written („ein Bußgeld von
  800 Euro“, „ab 60 Euro Bußgeld“ "at_least" - „ab“ right before a threshold figure,
  three-hundred-and-twelfth -, „ein Bußgeld von 100 Euro“, „auf 150 Euro“, „mindestens 800
  Euro“ "at_least", "a £100 fine", "up to £115 each" "up_to" - "each" no hedge -, "a $50
  fine", "more than $350" "over", "up to $1,000" "up_to", "a fixed charge of 200 euros" EUR
  in Irish copy); points are counts („zwei Punkte“ twice, "three penalty points" twice,
  "three points on the licence"), while „ein Punkt in Flensburg“ carries none (an article,
  three-hundred-and-twelfth: „erhält einen Punkt“) and neither does "no points on the
  driver's license" (three-hundred-and-twelfth: "no license points"); bans and prison terms
  are durations („ein dreimonatiges Fahrverbot“ 3 months, „einer Freiheitsstrafe von einem
  bis vier Jahren“ 1 and 4 years - four-hundred-and-thirteenth: „mit einem bis vier Jahren
  Freiheitsstrafe“ -, „für mindestens zwei Jahre“ "at_least", "a license suspension of 90
  days", "a minimum one-year ban" 1 year - "minimum" no hedge, four-hundred-and-thirteenth:
  "a minimum 12-month ban" -), while „einen Monat Fahrverbot“ carries none (an article,
  ninety-third: „eine Stunde“). New: "Double demerit points will apply" carries none - a
  multiplier word naming no figure, as "tripled" (four-hundred-and-twentieth) and „mehr als
  halbiert“ (two-hundred-and-forty-fourth); the row is check-worthy as a rule in force.
  New: "will cost drivers two points instead of one" is 2 and 1 - "one" after "instead of"
  stands for the number, as its pair "two" shows, as „einem“ opening a range of years does
  (four-hundred-and-thirteenth), while "one driver" and "One driver in Queens" carry none
  (an article-like "one" before a noun, three-hundred-and-fifty-second: „Einer der
  Roller“).
- Jams, waits and holiday traffic (thirty-eighth, three-hundred-and-twelfth,
  four-hundred-and-first): jams and their lengths are counts („bis zu 3.000 Staus“
  "up_to", „rund 400 mehr“ "about" - „mehr“ after the figure compares -, „2.614 Staus mit
  einer Gesamtlänge von 4.870 Kilometern“, „von mehr als 1.100 Kilometern“ "over", „über 23
  Kilometer“ "over" - „über“ right before the figure -, „auf bis zu 18 Kilometern“ and „auf
  bis zu sechs Kilometern“ "up_to", „ein Stau von 16 Kilometern“, "more than 1,100 km" and
  "for more than 23 km" "over"); waits and time lost are durations („mit Wartezeiten von bis
  zu drei Stunden“ "up_to", „bis zu zweieinhalb Stunden“ 2.5 hours "up_to" -
  four-hundred-and-first -, „zeitweise knapp drei Stunden“ "nearly" - „zeitweise“ no hedge,
  hundred-thirty-fifth -, "queues of up to 90 minutes" "up_to", „im Schnitt um sieben
  Minuten pro Auftrag“ 7 minutes - „im Schnitt“ no hedge, „pro Auftrag“ none -); the
  dosing „auf rund 1000 Fahrzeuge pro Stunde und Richtung“ count 1000 "about" („pro Stunde“
  none, four-hundred-and-first: "two trains an hour"), „gut 98'000 Fahrzeuge“ "over" (the
  Swiss apostrophe, tenth), trips counted ("About 14.2 million leisure trips" "about",
  "with 2.9 million trips"), "over the four-day Easter weekend" 4 days
  (four-hundred-and-first: "over the four-day weekend"), "for four days of engineering work"
  4 days; „Der Karsamstag gilt als der zweitstärkste Reisetag“ ordinal 2 (the issue's „die
  drittgrößte Stadt“). Holidays, weekdays and clock times carry none („über die
  Osterfeiertage“ - „über“ before an article no hedge -, „über Ostern“, „am Gründonnerstag“,
  „am Karsamstagvormittag“, „bis Ostermontag“, „am Karfreitag“, „in der Nacht zum
  Ostersonntag“, „seit Gründonnerstag“, „bis Sonntagmittag“, „zwischen 14 und 19 Uhr“, „von
  Mittwoch, 6.00 Uhr, bis Donnerstag, 6.00 Uhr“, "on Good Friday", "until the end of Easter
  Monday", "throughout the Easter weekend", "on Friday afternoon", "on Thursday night", "at
  8.40am on Saturday", "between Thursday and Saturday"; four-hundred-and-first,
  four-hundred-and-thirteenth). „Beim 24-Stunden-Blitzmarathon“ is 24 hours
  (three-hundred-and-twelfth: „Bei einem 24-stündigen Blitzmarathon“; four-hundred-and-first:
  „eine 35-Stunden-Woche“), „binnen vier Stunden siebenmal“ 4 hours and 7 („binnen“ no
  hedge; the issue's „viermal“).
- Road deaths, casualties and rates (hundred-seventy-eighth, three-hundred-and-twelfth,
  four-hundred-and-first): counts as written („174 Menschen ..., 21 weniger“, „um neun mehr“
  9 - three-hundred-and-twelfth: „um 46 weniger“ -, „48 der 71 Opfer, ... acht“, „rund
  23.400“ "about", „knapp 191.000 Unfälle“ "nearly", „2.771 Verkehrstote“, "an estimated
  19,310" and "An estimated 38,120" "about", "Some 28,650" "about", "A total of 1,598" ("A
  total of" no hedge), "Romania recorded 77 and Bulgaria 74", "compared with 92 a year
  earlier", "Forty-four people ..., 11 fewer", "about 3,240 pedestrians" "about", "to about
  7,420"); rates with their base counted (three-hundred-and-twelfth New: "with 19 and 23
  deaths per million inhabitants" 19, 23 and 1,000,000 once; "1.19 deaths per 100 million
  vehicle miles traveled" 1.19 and 100,000,000); the NSW "road toll" counts deaths
  (hundred-seventy-eighth). Other counts: "four member states", "Five states", "by 71 votes
  to 52" both, "433,208 signatures", „142 Autobahnbaustellen ..., an 38 davon“, „74
  Tagesbaustellen“, „Die 47 stationären und neun mobilen Anlagen“, „mehr als 9.400
  Temposünder“ "over", „An rund 2.100 Messstellen ... knapp 1,2 Millionen Fahrzeuge“, „1.286
  Autofahrer“, „347 Autofahrer“, „214 alkoholisierte Lenker“, „Bei 17.830 Alkotests ... 61
  Lenker“, „2.390 Temposünder ..., 36 von ihnen“, „mehr als 6.800 Einsätzen“ "over", „zwei
  Auffahrunfällen“, „14 Menschen, drei von ihnen“, "More than 1.6 million drivers" "over",
  "41,300 speeding citations", "7.9 million tickets", "About 2,100 cameras ... in 750 school
  zones", "412 speed camera tickets", "24 new speed cameras", "1.3 million drivers", "96
  drink- and drug-drivers", "4,215 roadside tests", "about 21,500" "about", "about 105,000
  more electric cars" "about" ("more" after the figure compares). None: "the most ever", "the
  safest roads", „Die meisten Todesopfer“, „Der schnellste Raser“, „Spitzenreiter“, „Der
  längste Stau“, "The longest tailback", "the busiest day", "the most in the city", „Als
  häufigste Unfallursachen“, "halving", „ein Auto“, „einem Dosiersystem“.
- Registrations (hundred-seventy-eighth, two-hundred-and-fiftieth,
  three-hundred-and-twelfth): counts („271.480 Autos“, „58.920 Neuzulassungen“, „684.300
  Pkw“, „bei 49,6 Millionen, darunter rund 1,9 Millionen“, "318,460"), shares in percent
  with the change in points („einen Marktanteil von 21,7 Prozent, 3,2 Prozentpunkte mehr“
  3.2 "pp"; three-hundred-and-twelfth: „um 4,9 Prozentpunkte“), „ein Plus von 4,6 Prozent“,
  „ein Plus von 2,1 Prozent“, "19.6% of sales, against 15.8%", "only about 37%" ("only" no
  hedge), "the 33% target". New: "the new "26" number plates" carry none - a registration
  plate's age identifier is a label, as "c2c" (four-hundred-and-first), "HS2" (eleventh) and
  road names are, not a count of plates.
- Fractions (the issue's "ein Fünftel", "jeder vierte", "one-fifth"; three-hundred-and-
  twelfth, four-hundred-and-first, four-hundred-and-thirteenth): „bei gut jedem siebten
  Unfall“ 0.1429 "over" (four places), „jeder vierte Getötete“ 0.25, „um ein Fünftel“ 0.2,
  „etwa jedem zehnten“ 0.1 "about", „fast die Hälfte“ 0.5 "nearly", „jeder dritte“ 0.3333,
  „knapp zwei Drittel“ 0.6667 "nearly", „fast jeder fünfte Raser“ 0.2 "nearly"; "more than a
  quarter" 0.25 "over", "about a fifth" 0.2 "about", "about a quarter of them" 0.25
  "about", "about one in three" 0.3333 "about", "nearly half" (twice) 0.5 "nearly", "More
  than three-quarters" 0.75 "over", "one in 10 drivers" 0.1 (digits and words mixed,
  four-hundred-and-twentieth: "nearly nine in 10").
- Ordinals (the issue's "das sechste Treffen", "the 12th round"): „Im ersten Quartal“ (twice)
  1 (four-hundred-and-thirteenth), „der dritte Anstieg in Folge“ 3, „der zweitstärkste
  Reisetag“ 2; "a fourth consecutive yearly drop" 4 (hundred-seventy-eighth: "the fourth
  straight annual decline"), "for a third year" 3, "the second in the nation" 2, "a first
  offense" 1, "in the first year after" 1 and no duration ("year" without a figure), "in
  the first half of last year" 1 and no fraction ("half" names a period, as „im ersten
  Halbjahr“ 1 alone, first batch), "over the first three days" 1 and 3 days
  (three-hundred-and-twelfth: "In the first three years").
- Durations and ages (the issue's "fünfstündigen", "zehn Minuten", "a two-week visit"):
  "in the two years after the change" 2 years, "on the previous 12 months" 12 months, "five
  years earlier" 5 years (four-hundred-and-twentieth: "two years ago"), "within six
  months" 6 months ("within" no hedge, three-hundred-and-twelfth), "every three years" 3
  years ("every" no hedge), „in drei Sekunden“ 3 seconds, "a license suspension of 90
  days"; ages are durations in years („dem 41-Jährigen“, „Die 58 Jahre alte Fahrerin“, „ihr
  16-jähriger Enkel“, "a 34-year-old driver", „Wiedereinsteiger über 50 Jahre“ "over" -
  two-hundred-and-fifty-fifth: „über 60 Jahre“ -, „jünger als 25 Jahre“ "under" and „alle
  unter 21 Jahren“ "under" - four-hundred-and-thirteenth -, "aged 70 or over", "aged 90 or
  older", "aged 100 or above" and "aged 70 and over" with no hedge - the bound after the
  figure, four-hundred-and-first: „75 Jahre oder älter“). None: „im vergangenen Jahr“, „im
  Vorjahr“, „im Jahr davor“, „im Vorjahresmonat“, „im Vorjahreszeitraum“, „vor einem
  Jahr“, „Für das laufende Jahr“, „jährlich“, „seit Donnerstag“, „bislang“, "last year", "a
  year earlier", "the year before", "this year", "so far this year", "for the year to
  date", "in the year to June", "over the same period", "in a single year", "in March last
  year", "by the end of June", "within weeks", "around the clock", "the morning after", "the
  mornings after".
- Years and dates: years as written („Für das Gesamtjahr 2025“, „weniger als 2024“, „der
  Straßenverkehrsordnung von 2024“, „seit 2013“, „2025 hätten“, "below its 2019 level", "by
  2030", "since 2019" (twice), "than in 2024", "the 2021 peak", "A 2022 federal study", "in
  2018" (twice), "since their rollout began in 2019"); „zum 1. Januar“ --01-01 (tenth).
  Reuters English datelines with a day are dates without a year ("BRUSSELS, March 30"
  --03-30, "PARIS, April 1" --04-01, "LONDON, April 2" --04-02, "BERLIN, April 4" --04-04;
  hundred-sixtieth, three-hundredth); dpa with its slugs, APA, Keystone-SDA, PA ("CARDIFF
  (PA) -", "LONDON (PA) -", "DUBLIN (PA) -", "EDINBURGH (PA) -"), AP ("WASHINGTON (AP) —",
  "TOPEKA, Kan. (AP) —", "OLYMPIA, Wash. (AP) —", "NEW YORK (AP) —") and AAP ("SYDNEY (AAP)
  -") datelines none (seventy-ninth).
- Money in the currency written (every batch): EUR („21,4 Millionen Euro“, „23 Millionen
  Euro“, „800 Euro“, „60 Euro“ "at_least", „100 Euro“, „150 Euro“, „mindestens 800 Euro“
  "at_least", "200 euros" in Irish copy), GBP ("up to £115 each" "up_to", "an estimated
  £148 million" "about", "a £100 fine"), USD ("up to $1,000" "up_to", "a $50 fine", "more
  than $350" "over", "about $395 million" "about"), CHF („rund 48 Millionen Franken“
  "about").
- Hedges, only the names in use: „rund“, „etwa“, "about", "About", "roughly", "Some", "an
  estimated", "An estimated" "about"; „knapp“, „fast“, "nearly", "almost" "nearly"; „mehr
  als“, „gut“, „über“ right before a figure, "more than", "More than" "over"; „jünger als“,
  „unter“ before an age, "less than" "under"; „bis zu“, "up to" "up_to"; „mindestens“, „Ab“
  and „ab“ right before a threshold figure, "at least" "at_least". No hedge: „im Schnitt“,
  „insgesamt“, „zusammen“, „derzeit“, „allein“, „weiteren“, „zeitweise“, „erst“, „binnen“,
  „davon“, „von ihnen“, „oder mehr“, „mehr“ and „weniger“ after a figure, "only", "A total
  of", "each", "every", "by" before a change, "within", "minimum", "maximum", "between",
  "from ... to", "up from", "more" and "fewer" after a figure, "or over", "or older", "or
  above", "and over".
- Speakers, checked only in forms the earlier batches settled (and the New forms below).
  German: „teilte der ADAC am Montag mit“ -> "der ADAC", „Das teilte das Statistische
  Bundesamt (Destatis) am Montag in Wiesbaden mit.“ -> "das Statistische Bundesamt", „Das
  teilte das Kraftfahrt-Bundesamt (KBA) in Flensburg mit.“ -> "das Kraftfahrt-Bundesamt"
  and „teilte das Innenministerium am Sonntag mit“ -> "das Innenministerium" (abbreviation,
  weekday and place dropped; hundred-seventeenth, three-hundred-and-twelfth), „wie der TCS
  am Donnerstag mitteilte“ -> "der TCS" (four-hundred-and-first), „Nach Angaben der
  Kantonspolizei Uri“ -> "die Kantonspolizei Uri" (three-hundred-and-fifty-sixth: „Nach
  Angaben der Feuerwehr“; hundred-twenty-first: the town as part of the name); „X sagte,
  ...“ with the title, the weekday and the addressee dropped („ADAC-Verkehrsexpertin Sabine
  Krautheimer-Lenz“, „Innenminister Ferdinand Hollerwöger“, „Verkehrsdezernentin Annika
  Vossberg-Thiel sagte am Dienstag“, „Ordnungsdezernent Timo Rautenstrauch“,
  „Innenministerin Dörte Willenbrock-Saal“, „KFV-Verkehrspsychologin Verena
  Holzleitner-Prax“, „VDA-Präsidentin Corinna Hellweg-Stroot“, „TCS-Sprecherin Seraina
  Caduff-Imboden“, „Bundesverkehrsminister Jens-Uwe Marbach sagte der Nachrichtenagentur
  dpa“, „Staatsanwalt Beat Zwahlen-Rüegg“, „ÖAMTC-Verkehrsexperte Florian
  Haidinger-Koller“; three-hundred-and-twelfth, four-hundred-and-twentieth), „sagte
  Innenminister Quirin Aschenbrenner (CSU) am Donnerstag in München“ with title, party,
  weekday and place dropped (four-hundred-and-thirteenth: „Bundesinnenminister Falk
  Wedemeyer (CDU) sagte am Dienstag in Berlin“). English: the name with the title dropped
  ("EU transport commissioner Anneliese Korvink said", "Transport Secretary Rhodri
  Pennant-Evans said", "NHTSA Administrator Deborah Ashcombe-Reyes said", "Roads Minister
  Gideon Faulkbridge said", "Road safety delegate Bérénice Lafargue-Morel said", "SMMT chief
  executive Jonathan Threlkeld said", "NSW Police Assistant Commissioner Bronwyn Castellari
  said", "RAC spokesman Rory Penhaligon said", "Transportation Commissioner Yvette
  Marchetti-Cole said", "Chief Superintendent Declan Moriarty-Quinn said", "Minister of
  State for road safety Aoife Brennan-Lacey said", "Chief Superintendent Hamish
  Lindores-Baird said"; three-hundred-and-twelfth, four-hundred-and-thirteenth), the name in
  apposition ("The association's executive director, Lorraine Pettigrew-Vance, said";
  four-hundred-and-first), "the RAC said" -> "the RAC" and "The Department for Transport
  said there were no current plans ..." -> "the Department for Transport"
  (three-hundred-and-twelfth). New: "Sen. Corinne Hallowell, D-Bellingham, said" ->
  "Corinne Hallowell" - in state-legislature copy the party and home town follow the name
  where congressional copy has party and state, and both are dropped alike
  (four-hundred-and-twentieth: "Rep. Lyle Brannaman, R-Wash., said"; hundred-forty-first).
  New: "..., said the National Highway Traffic Safety Administration." -> "the National
  Highway Traffic Safety Administration" - "said" before a body with its article names the
  body as "said tournament director Paola Ricciardelli-Neri" names a person
  (four-hundred-and-twentieth; hundred-thirty-ninth) and as "the National Highway Traffic
  Safety Administration said" did (three-hundred-and-twelfth). Left unchecked (None): all
  negatives, also those with a named speaker; roles („ein Sprecher der Stadt“, „wie ein
  ADAC-Sprecher sagte“, "A spokesman for UK Road Offender Education said", "The state's
  roads minister said", "The transport minister said in a Reuters interview", "A government
  spokesperson said"), compounds („nach ADAC-Angaben“, „nach Polizeiangaben“ twice),
  masculine and neuter genitives („nach Angaben des Ministeriums“, „nach Angaben des
  Innenministeriums“, „nach Angaben des Automobilclubs“; three-hundredth), a plural group
  („nach Angaben der Statistiker“), calculations, documents and polls („Nach Berechnungen
  der Handwerkskammer“, „Nach Berechnungen des Umweltbundesamts“, „Das geht aus ...
  hervor“ twice, „einer Umfrage zufolge“, „In der Forsa-Umfrage“; three-hundred-and-
  twelfth), „hiess es beim TCS“ (four-hundred-and-first: „hieß es beim Automobilclub“),
  verbs that are not of saying („rechnet“, „kündigte an“, „nannte das Ministerium“, „maßen
  die Beamten“, „registrierte die Polizei“, „nahm ... ein“; hundred-seventy-eighth,
  two-hundred-and-forty-third); "the Commission said", "the agency said", "The agency
  cautioned", "the department said", "the motoring group said", "the force said" (bodies'
  and descriptions' "said", three-hundred-and-twelfth), a description heading or parting the
  source ("the national road safety observatory ONISR said", "the industry body SMMT said",
  "the ADAC motoring club said", "National Highways, the government-owned company that
  runs England's motorways, said"; four-hundred-and-first, four-hundred-and-twentieth),
  national and regional adjectives and places before the police ("Bavarian police said",
  "Police in Hesse said"; three-hundred-and-twenty-fourth), "Traffic analysts at Inrix
  forecast", "data showed", "figures showed", "figures show", "the report found", "an
  analysis by the AA found", "a government-commissioned evaluation found", "A 2022 federal
  study found" and every "according to" (preliminary European Commission data, provisional
  Department for Transport figures, the Kansas Highway Patrol, Transport for NSW, a report
  by the Governors Highway Safety Association, Garda figures; two-hundred-and-fourth,
  four-hundred-and-thirteenth).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_433 = [
    # --- ADAC-Stauprognose für Ostern (dpa), Montag, 30. März ---
    (
        "de",
        "München (dpa) - Der ADAC rechnet über die Osterfeiertage mit bis zu 3.000 Staus auf deutschen Autobahnen, rund 400 mehr als im vergangenen Jahr.",
        True,
        [("count", 3000, None, "up_to"), ("count", 400, None, "about")],
        None,
    ),
    (
        "de",
        "Besonders voll werde es am Gründonnerstag zwischen 14 und 19 Uhr sowie am Karsamstagvormittag, teilte der ADAC am Montag mit.",
        True,
        [],
        "der ADAC",
    ),
    (
        "de",
        "Im vergangenen Jahr hatte der Automobilclub über Ostern 2.614 Staus mit einer Gesamtlänge von 4.870 Kilometern gezählt.",
        True,
        [("count", 2614, None, None), ("count", 4870, None, None)],
        None,
    ),
    (
        "de",
        "ADAC-Verkehrsexpertin Sabine Krautheimer-Lenz sagte, allein in Bayern seien derzeit 142 Autobahnbaustellen eingerichtet, an 38 davon sei die Fahrbahn verengt.",
        True,
        [("count", 142, None, None), ("count", 38, None, None)],
        "Sabine Krautheimer-Lenz",
    ),
    ("de", "„Wer flexibel ist, sollte die Hauptreisezeiten meiden und lieber früh am Morgen starten“, sagte Krautheimer-Lenz.", False, [], None),
    (
        "de",
        "Staugefährdet sind nach ADAC-Angaben vor allem die A 8 zwischen München und Salzburg, die A 9 Richtung Nürnberg und die A 3 bei Würzburg.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Autobahn GmbH kündigte an, bis Ostermontag 74 Tagesbaustellen zu räumen.",
        True,
        [("count", 74, None, None)],
        None,
    ),
    ("de", "Der Automobilclub bat die Reisenden um Geduld und gute Nerven.", False, [], None),
    # --- EU road deaths (Reuters), Monday, March 30 ---
    (
        "en",
        "BRUSSELS, March 30 (Reuters) - Road deaths in the European Union fell 3% last year to an estimated 19,310, according to preliminary European Commission data released on Monday.",
        True,
        [("date", "--03-30", None, None), ("percent", 3, "%", None), ("count", 19310, None, "about")],
        None,
    ),
    (
        "en",
        "That puts the bloc about 18% below its 2019 level, well short of the goal of halving deaths by 2030.",
        True,
        [("percent", 18, "%", "about"), ("year", 2019, None, None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "Sweden and Denmark again had the safest roads, with 19 and 23 deaths per million inhabitants, while Romania recorded 77 and Bulgaria 74.",
        True,
        [
            ("count", 19, None, None),
            ("count", 23, None, None),
            ("count", 1000000, None, None),
            ("count", 77, None, None),
            ("count", 74, None, None),
        ],
        None,
    ),
    (
        "en",
        "EU transport commissioner Anneliese Korvink said four member states, Poland among them, had cut deaths by more than a quarter since 2019.",
        True,
        [("count", 4, None, None), ("fraction", 0.25, None, "over"), ("year", 2019, None, None)],
        "Anneliese Korvink",
    ),
    ("en", '"Every one of these numbers was somebody\'s child, parent or colleague," Korvink said.', False, [], None),
    (
        "en",
        "Car occupants made up 44% of those killed, pedestrians 18% and motorcyclists 19%, the Commission said.",
        True,
        [("percent", 44, "%", None), ("percent", 18, "%", None), ("percent", 19, "%", None)],
        None,
    ),
    ("en", 'The European Transport Safety Council called the pace of progress "painfully slow".', False, [], None),
    # --- Verkehrstote im Januar (dpa), Montag, 30. März ---
    (
        "de",
        "Wiesbaden (dpa) - Im Januar sind auf Deutschlands Straßen 174 Menschen ums Leben gekommen, 21 weniger als im Vorjahresmonat.",
        True,
        [("count", 174, None, None), ("count", 21, None, None)],
        None,
    ),
    (
        "de",
        "Das teilte das Statistische Bundesamt (Destatis) am Montag in Wiesbaden mit.",
        True,
        [],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Die Zahl der Verletzten sank um 6 Prozent auf rund 23.400, die Polizei nahm insgesamt knapp 191.000 Unfälle auf.",
        True,
        [("percent", 6, "%", None), ("count", 23400, None, "about"), ("count", 191000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Glätte spielte nach Angaben der Statistiker bei gut jedem siebten Unfall mit Personenschaden eine Rolle.",
        True,
        [("fraction", 0.1429, None, "over")],
        None,
    ),
    (
        "de",
        "Für das Gesamtjahr 2025 bestätigten die Statistiker 2.771 Verkehrstote, das waren 1,4 Prozent weniger als 2024.",
        True,
        [("year", 2025, None, None), ("count", 2771, None, None), ("percent", 1.4, "%", None), ("year", 2024, None, None)],
        None,
    ),
    (
        "de",
        "Von den Getöteten saßen 62 Prozent in einem Auto, 27 fuhren Motorrad und 19 waren zu Fuß unterwegs.",
        True,
        [("percent", 62, "%", None), ("count", 27, None, None), ("count", 19, None, None)],
        None,
    ),
    ("de", "Der Deutsche Verkehrssicherheitsrat sprach von einer „Stagnation auf viel zu hohem Niveau“.", False, [], None),
    # --- Wales 20mph limit (PA), Monday, March 30 ---
    (
        "en",
        "CARDIFF (PA) - Casualties on roads where Wales lowered the default speed limit from 30mph to 20mph fell by 28% in the two years after the change, Welsh Government figures showed.",
        True,
        [("count", 30, None, None), ("count", 20, None, None), ("percent", 28, "%", None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "There were 1,946 casualties on those roads last year, compared with 2,702 in the last full year before the switch.",
        True,
        [("count", 1946, None, None), ("count", 2702, None, None)],
        None,
    ),
    (
        "en",
        "Transport Secretary Rhodri Pennant-Evans said average speeds on the affected roads had dropped by 3.4mph.",
        True,
        [("count", 3.4, None, None)],
        "Rhodri Pennant-Evans",
    ),
    ("en", '"The figures speak for themselves," Pennant-Evans said.', False, [], None),
    (
        "en",
        "Councils have since restored the 30mph limit on about 700 miles of road after public consultations.",
        True,
        [("count", 30, None, None), ("count", 700, None, "about")],
        None,
    ),
    ("en", 'The Welsh Conservatives called the lower default "an attack on every driver in Wales".', False, [], None),
    (
        "en",
        "A petition against the change drew 433,208 signatures, the most ever for a petition to the Senedd.",
        True,
        [("count", 433208, None, None)],
        None,
    ),
    # --- Verkehrstote im ersten Quartal in Österreich (APA), Dienstag, 31. März ---
    (
        "de",
        "Wien (APA) - Im ersten Quartal sind auf Österreichs Straßen 71 Menschen tödlich verunglückt, um neun mehr als im Vorjahreszeitraum.",
        True,
        [("ordinal", 1, None, None), ("count", 71, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "Das geht aus der vorläufigen Unfallstatistik des Innenministeriums hervor, die am Dienstag veröffentlicht wurde.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die meisten Todesopfer gab es in Niederösterreich mit 17, gefolgt von der Steiermark mit 13.",
        True,
        [("count", 17, None, None), ("count", 13, None, None)],
        None,
    ),
    (
        "de",
        "Innenminister Ferdinand Hollerwöger sagte, jeder vierte Getötete sei nicht angegurtet gewesen.",
        True,
        [("fraction", 0.25, None, None)],
        "Ferdinand Hollerwöger",
    ),
    ("de", "„Der Gurt ist der billigste Lebensretter, den es gibt“, sagte Hollerwöger.", False, [], None),
    (
        "de",
        "Als häufigste Unfallursachen nannte das Ministerium Unachtsamkeit und Ablenkung sowie nicht angepasste Geschwindigkeit.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Auf Freilandstraßen starben 48 der 71 Opfer, auf Autobahnen und Schnellstraßen acht.",
        True,
        [("count", 48, None, None), ("count", 71, None, None), ("count", 8, None, None)],
        None,
    ),
    ("de", "Der ÖAMTC hält die Entwicklung für „alarmierend“ und forderte mehr Kontrollen auf dem Land.", False, [], None),
    # --- NHTSA early estimate (AP), Tuesday, March 31 ---
    (
        "en",
        "WASHINGTON (AP) — An estimated 38,120 people lost their lives in traffic crashes nationwide last year, about 4% fewer than in 2024, said the National Highway Traffic Safety Administration.",
        True,
        [("count", 38120, None, "about"), ("percent", 4, "%", "about"), ("year", 2024, None, None)],
        "the National Highway Traffic Safety Administration",
    ),
    (
        "en",
        "If confirmed, it would mark a fourth consecutive yearly drop after the 2021 peak.",
        True,
        [("ordinal", 4, None, None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "The fatality rate fell to 1.19 deaths per 100 million vehicle miles traveled, the agency said.",
        True,
        [("count", 1.19, None, None), ("count", 100000000, None, None)],
        None,
    ),
    (
        "en",
        "NHTSA Administrator Deborah Ashcombe-Reyes said deaths among pedestrians rose for a third year, to about 7,420.",
        True,
        [("ordinal", 3, None, None), ("count", 7420, None, "about")],
        "Deborah Ashcombe-Reyes",
    ),
    (
        "en",
        '"The trend is good, but nobody at this agency is satisfied with these numbers," Ashcombe-Reyes said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Vehicle miles traveled rose about 1% to roughly 3.29 trillion miles.",
        True,
        [("percent", 1, "%", "about"), ("count", 3290000000000, None, "about")],
        None,
    ),
    (
        "en",
        "The agency cautioned that the estimate is preliminary and may be revised when final data are released.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Safety advocates said they worried the gains could stall as more people drive large pickup trucks and SUVs.",
        False,
        [],
        None,
    ),
    # --- Tempo 30 in Köln (dpa/lnw), Dienstag, 31. März ---
    (
        "de",
        "Köln (dpa/lnw) - Köln will auf weiteren 86 Hauptstraßen Tempo 30 einführen, tagsüber und nachts.",
        True,
        [("count", 86, None, None), ("count", 30, None, None)],
        None,
    ),
    (
        "de",
        "Verkehrsdezernentin Annika Vossberg-Thiel sagte am Dienstag, bislang gelte auf rund 60 Prozent des Kölner Straßennetzes Tempo 30.",
        True,
        [("percent", 60, "%", "about"), ("count", 30, None, None)],
        "Annika Vossberg-Thiel",
    ),
    (
        "de",
        "„Eine Stadt, in der Kinder allein zur Schule gehen können, ist eine lebenswerte Stadt“, sagte Vossberg-Thiel.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Möglich wird das durch die Reform der Straßenverkehrsordnung von 2024, die Kommunen mehr Spielraum für Tempo-30-Zonen vor Schulen, Kitas und Spielplätzen gibt.",
        True,
        [("year", 2024, None, None), ("count", 30, None, None)],
        None,
    ),
    (
        "de",
        "An Messstellen auf Tempo-30-Strecken sank die Durchschnittsgeschwindigkeit im Pilotversuch von 41 auf 33 km/h, die Zahl der Unfälle mit Verletzten um ein Fünftel.",
        True,
        [("count", 30, None, None), ("count", 41, None, None), ("count", 33, None, None), ("fraction", 0.2, None, None)],
        None,
    ),
    ("de", "Die CDU-Fraktion im Rat kritisierte die Pläne als „Schikane für Pendler und Handwerker“.", False, [], None),
    (
        "de",
        "Nach Berechnungen der Handwerkskammer verlängern sich die Fahrzeiten ihrer Betriebe dadurch im Schnitt um sieben Minuten pro Auftrag.",
        True,
        [("duration", 7, "minute", None)],
        None,
    ),
    # --- Reported road casualties (PA), Tuesday, March 31 ---
    (
        "en",
        "LONDON (PA) - A total of 1,598 people died on British roads in the year to June, down 2% on the previous 12 months, according to provisional Department for Transport figures.",
        True,
        [("count", 1598, None, None), ("percent", 2, "%", None), ("duration", 12, "month", None)],
        None,
    ),
    (
        "en",
        "Some 28,650 people were killed or seriously injured over the same period, the department said.",
        True,
        [("count", 28650, None, "about")],
        None,
    ),
    (
        "en",
        "Roads Minister Gideon Faulkbridge said the government would publish a new road safety strategy, including a consultation on penalty points for not wearing a seatbelt, within weeks.",
        True,
        [],
        "Gideon Faulkbridge",
    ),
    (
        "en",
        '"Behind every one of those statistics is a family whose life has been turned upside down," Faulkbridge said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Motorcyclists accounted for about a fifth of deaths despite making up less than 1% of traffic.",
        True,
        [("fraction", 0.2, None, "about"), ("percent", 1, "%", "under")],
        None,
    ),
    (
        "en",
        "The Department for Transport said there were no current plans to change the drink-drive limit in England and Wales, which stands at 80 milligrams of alcohol in 100 millilitres of blood.",
        True,
        [("count", 80, None, None), ("count", 100, None, None)],
        "the Department for Transport",
    ),
    ("en", 'The charity Brake said the figures were "a national disgrace".', False, [], None),
    # --- Blitzer-Einnahmen in Frankfurt (dpa/lhe), Mittwoch, 1. April ---
    (
        "de",
        "Frankfurt/Main (dpa/lhe) - Die Stadt Frankfurt hat im vergangenen Jahr mit ihren Blitzern 21,4 Millionen Euro an Bußgeldern eingenommen, knapp 12 Prozent mehr als im Jahr davor.",
        True,
        [("money", 21400000, "EUR", None), ("percent", 12, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Die 47 stationären und neun mobilen Anlagen erfassten zusammen rund 612.000 Verstöße, teilte ein Sprecher der Stadt am Mittwoch mit.",
        True,
        [("count", 47, None, None), ("count", 9, None, None), ("count", 612000, None, "about")],
        None,
    ),
    (
        "de",
        "Spitzenreiter war ein Autofahrer, der auf der Miquelallee bei erlaubten 50 km/h mit 127 km/h geblitzt wurde.",
        True,
        [("count", 50, None, None), ("count", 127, None, None)],
        None,
    ),
    (
        "de",
        "Ihn erwarten ein Bußgeld von 800 Euro, zwei Punkte und ein dreimonatiges Fahrverbot.",
        True,
        [("money", 800, "EUR", None), ("count", 2, None, None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "de",
        "Punkte in Flensburg gibt es erst ab 60 Euro Bußgeld.",
        True,
        [("money", 60, "EUR", "at_least")],
        None,
    ),
    (
        "de",
        "Ordnungsdezernent Timo Rautenstrauch sagte, die Einnahmen flössen in den allgemeinen Haushalt und nicht in die Verkehrsüberwachung.",
        True,
        [],
        "Timo Rautenstrauch",
    ),
    ("de", "„Wer sich an die Regeln hält, zahlt keinen Cent“, sagte Rautenstrauch.", False, [], None),
    (
        "de",
        "Für das laufende Jahr plant die Stadt mit Bußgeldeinnahmen von 23 Millionen Euro.",
        True,
        [("money", 23000000, "EUR", None)],
        None,
    ),
    ("de", "Der Bund der Steuerzahler nannte die Blitzer an der Stadtgrenze „reine Abzocke“.", False, [], None),
    # --- Kansas speed limit (AP), Wednesday, April 1 ---
    (
        "en",
        "TOPEKA, Kan. (AP) — Kansas lawmakers voted Wednesday to raise the speed limit on parts of the state's interstates and turnpike to 80 mph, up from 75 mph.",
        True,
        [("count", 80, None, None), ("count", 75, None, None)],
        None,
    ),
    (
        "en",
        "The House passed the bill by 71 votes to 52, sending it to the governor.",
        True,
        [("count", 71, None, None), ("count", 52, None, None)],
        None,
    ),
    (
        "en",
        "Sen. Wade Kittredge, R-Hays, said the higher limit would apply to about 480 miles of rural interstate where traffic already flows at 80 mph or more.",
        True,
        [("count", 480, None, "about"), ("count", 80, None, None)],
        "Wade Kittredge",
    ),
    ("en", '"This is about matching the law to how Kansans actually drive," Kittredge said.', False, [], None),
    (
        "en",
        "Research from the Insurance Institute for Highway Safety has tied each 5 mph rise in maximum limits to an 8% increase in deaths on interstates and freeways.",
        True,
        [("count", 5, None, None), ("percent", 8, "%", None)],
        None,
    ),
    (
        "en",
        "Troopers issued 41,300 speeding citations last year, about a quarter of them to drivers going at least 20 mph over the limit, according to the Kansas Highway Patrol.",
        True,
        [("count", 41300, None, None), ("fraction", 0.25, None, "about"), ("count", 20, None, "at_least")],
        None,
    ),
    (
        "en",
        "Highway safety groups said they feared the change would cost lives on the state's long rural stretches.",
        False,
        [],
        None,
    ),
    # --- Handy-Kontrolltag in Niedersachsen (dpa/lni), Mittwoch, 1. April ---
    (
        "de",
        "Hannover (dpa/lni) - Bei einem landesweiten Kontrolltag gegen Ablenkung am Steuer hat die Polizei in Niedersachsen 1.286 Autofahrer mit dem Handy in der Hand erwischt.",
        True,
        [("count", 1286, None, None)],
        None,
    ),
    (
        "de",
        "Ihnen drohen nach Angaben des Innenministeriums ein Bußgeld von 100 Euro und ein Punkt in Flensburg.",
        True,
        [("money", 100, "EUR", None)],
        None,
    ),
    (
        "de",
        "Bei Gefährdung anderer steigt die Strafe auf 150 Euro, zwei Punkte und einen Monat Fahrverbot.",
        True,
        [("money", 150, "EUR", None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Innenministerin Dörte Willenbrock-Saal sagte, Ablenkung sei inzwischen bei etwa jedem zehnten schweren Unfall im Land eine Ursache.",
        True,
        [("fraction", 0.1, None, "about")],
        "Dörte Willenbrock-Saal",
    ),
    ("de", "„Ein Blick aufs Handy kann ein Leben kosten“, sagte Willenbrock-Saal.", False, [], None),
    (
        "de",
        "Bei Tempo 100 legt ein Auto in drei Sekunden mehr als 80 Meter zurück.",
        True,
        [("count", 100, None, None), ("duration", 3, "second", None), ("count", 80, None, "over")],
        None,
    ),
    (
        "de",
        "Erwischt wurden außerdem 347 Autofahrer, die nicht angeschnallt waren.",
        True,
        [("count", 347, None, None)],
        None,
    ),
    ("de", "Die Gewerkschaft der Polizei nannte den Kontrolltag einen „Tropfen auf den heißen Stein“.", False, [], None),
    # --- Speed awareness courses (PA), Wednesday, April 1 ---
    (
        "en",
        "LONDON (PA) - More than 1.6 million drivers in England and Wales took a speed awareness course last year instead of accepting three penalty points, figures obtained by the PA news agency show.",
        True,
        [("count", 1600000, None, "over"), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "That was about one in three of the drivers caught speeding by cameras or police, up from 27% five years earlier.",
        True,
        [("fraction", 0.3333, None, "about"), ("percent", 27, "%", None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "The courses cost drivers up to £115 each, and providers collected an estimated £148 million in fees.",
        True,
        [("money", 115, "GBP", "up_to"), ("money", 148000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "A spokesman for UK Road Offender Education said courses were offered to drivers caught at up to 10% plus 9mph over the limit.",
        True,
        [("percent", 10, "%", "up_to"), ("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "Drivers who attended were less likely to be caught speeding again within six months, an analysis by the AA found.",
        True,
        [("duration", 6, "month", None)],
        None,
    ),
    (
        "en",
        "The minimum penalty for speeding in England and Wales is a £100 fine and three points on the licence.",
        True,
        [("money", 100, "GBP", None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Reoffending rates were 23% lower among course attendees than among those who took the points, a government-commissioned evaluation found.",
        True,
        [("percent", 23, "%", None)],
        None,
    ),
    (
        "en",
        'Some drivers\' groups accused police forces of treating the courses as "a nice little earner".',
        False,
        [],
        None,
    ),
    # --- Start der Motorradsaison (APA), Mittwoch, 1. April ---
    (
        "de",
        "Wien (APA) - Mit dem Start der Motorradsaison warnt das Kuratorium für Verkehrssicherheit (KFV) vor einem Anstieg schwerer Unfälle.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Im Vorjahr kamen in Österreich 92 Motorradlenker ums Leben, so viele wie seit 2013 nicht mehr.",
        True,
        [("count", 92, None, None), ("year", 2013, None, None)],
        None,
    ),
    (
        "de",
        "KFV-Verkehrspsychologin Verena Holzleitner-Prax sagte, fast die Hälfte der tödlichen Motorradunfälle seien Alleinunfälle ohne Fremdbeteiligung gewesen.",
        True,
        [("fraction", 0.5, None, "nearly")],
        "Verena Holzleitner-Prax",
    ),
    (
        "de",
        "„Viele steigen nach dem Winter auf und fahren, als wäre nie eine Pause gewesen“, sagte Holzleitner-Prax.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Besonders gefährdet seien Wiedereinsteiger über 50 Jahre, von denen jeder dritte ein Motorrad mit mehr als 100 PS fahre.",
        True,
        [("duration", 50, "year", "over"), ("fraction", 0.3333, None, None), ("count", 100, None, "over")],
        None,
    ),
    (
        "de",
        "Die meisten Motorradunfälle ereigneten sich an Wochenenden, 61 Prozent davon auf Freilandstraßen.",
        True,
        [("percent", 61, "%", None)],
        None,
    ),
    # --- French road deaths (Reuters), Wednesday, April 1 ---
    (
        "en",
        "PARIS, April 1 (Reuters) - Road deaths in mainland France fell to 198 in March, 14 fewer than a year earlier, the national road safety observatory ONISR said on Wednesday.",
        True,
        [("date", "--04-01", None, None), ("count", 198, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "Motorcyclists accounted for 41 of the dead and cyclists for 13.",
        True,
        [("count", 41, None, None), ("count", 13, None, None)],
        None,
    ),
    (
        "en",
        "France lowered the limit on secondary roads without a central barrier from 90 km/h to 80 km/h in 2018, though many departments have since raised it again.",
        True,
        [("count", 90, None, None), ("count", 80, None, None), ("year", 2018, None, None)],
        None,
    ),
    (
        "en",
        "Road safety delegate Bérénice Lafargue-Morel said speed was a factor in about 30% of fatal crashes last year.",
        True,
        [("percent", 30, "%", "about")],
        "Bérénice Lafargue-Morel",
    ),
    ("en", '"Each death on our roads is a failure we all share," Lafargue-Morel said.', False, [], None),
    (
        "en",
        "For the Easter holiday, the Bison Futé traffic service forecast heavy traffic on routes to the Alps and the Atlantic coast.",
        False,
        [],
        None,
    ),
    # --- Blitzmarathon in Bayern (dpa/lby), Donnerstag, 2. April ---
    (
        "de",
        "München (dpa/lby) - Beim 24-Stunden-Blitzmarathon in Bayern hat die Polizei mehr als 9.400 Temposünder erwischt.",
        True,
        [("duration", 24, "hour", None), ("count", 9400, None, "over")],
        None,
    ),
    (
        "de",
        "An rund 2.100 Messstellen seien knapp 1,2 Millionen Fahrzeuge kontrolliert worden, sagte Innenminister Quirin Aschenbrenner (CSU) am Donnerstag in München.",
        True,
        [("count", 2100, None, "about"), ("count", 1200000, None, "nearly")],
        "Quirin Aschenbrenner",
    ),
    (
        "de",
        "Geblitzt wurde von Mittwoch, 6.00 Uhr, bis Donnerstag, 6.00 Uhr, auch auf Landstraßen und vor Schulen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der schnellste Raser war auf der A 92 bei Landshut mit 213 km/h unterwegs, erlaubt waren dort 120 km/h.",
        True,
        [("count", 213, None, None), ("count", 120, None, None)],
        None,
    ),
    (
        "de",
        "In einer Tempo-30-Zone vor einer Grundschule in Augsburg maßen die Beamten 71 km/h.",
        True,
        [("count", 30, None, None), ("count", 71, None, None)],
        None,
    ),
    ("de", "„Raserei ist kein Kavaliersdelikt, sondern lebensgefährlich“, sagte Aschenbrenner.", False, [], None),
    (
        "de",
        "Die Quote der Beanstandungen lag nach Angaben des Ministeriums bei 0,8 Prozent, nach 1,1 Prozent beim letzten Aktionstag.",
        True,
        [("percent", 0.8, "%", None), ("percent", 1.1, "%", None)],
        None,
    ),
    ("de", "Die Grünen im Landtag nannten den Aktionstag eine „PR-Show ohne nachhaltige Wirkung“.", False, [], None),
    # --- SMMT March registrations (Reuters), Thursday, April 2 ---
    (
        "en",
        'LONDON, April 2 (Reuters) - British new car registrations rose 5.2% in March to 318,460 as buyers picked up cars with the new "26" number plates, the industry body SMMT said.',
        True,
        [("date", "--04-02", None, None), ("percent", 5.2, "%", None), ("count", 318460, None, None)],
        None,
    ),
    (
        "en",
        "Battery electric models took 19.6% of sales, against 15.8% in March last year.",
        True,
        [("percent", 19.6, "%", None), ("percent", 15.8, "%", None)],
        None,
    ),
    (
        "en",
        "SMMT chief executive Jonathan Threlkeld said carmakers would need to sell about 105,000 more electric cars this year to meet the 33% target under the zero-emission vehicle mandate.",
        True,
        [("count", 105000, None, "about"), ("percent", 33, "%", None)],
        "Jonathan Threlkeld",
    ),
    ("en", '"Demand is being dragged along by discounts rather than pulled by buyers," Threlkeld said.', False, [], None),
    (
        "en",
        "Private buyers accounted for only about 37% of registrations, with fleets taking most of the rest.",
        True,
        [("percent", 37, "%", "about")],
        None,
    ),
    (
        "en",
        "Dealers said they expected a quieter spring once the plate-change rush had passed.",
        False,
        [],
        None,
    ),
    # --- Pkw-Neuzulassungen im März (dpa), Donnerstag, 2. April ---
    (
        "de",
        "Flensburg (dpa) - Im März sind in Deutschland 271.480 Autos neu zugelassen worden, ein Plus von 4,6 Prozent und der dritte Anstieg in Folge.",
        True,
        [("count", 271480, None, None), ("percent", 4.6, "%", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Das teilte das Kraftfahrt-Bundesamt (KBA) in Flensburg mit.",
        True,
        [],
        "das Kraftfahrt-Bundesamt",
    ),
    (
        "de",
        "Reine Elektroautos kamen auf 58.920 Neuzulassungen und einen Marktanteil von 21,7 Prozent, 3,2 Prozentpunkte mehr als vor einem Jahr.",
        True,
        [("count", 58920, None, None), ("percent", 21.7, "%", None), ("percent", 3.2, "pp", None)],
        None,
    ),
    (
        "de",
        "Im ersten Quartal wurden insgesamt 684.300 Pkw neu zugelassen, ein Plus von 2,1 Prozent.",
        True,
        [("ordinal", 1, None, None), ("count", 684300, None, None), ("percent", 2.1, "%", None)],
        None,
    ),
    (
        "de",
        "VDA-Präsidentin Corinna Hellweg-Stroot sagte, das Wachstum gehe fast ganz auf gewerbliche Halter zurück, die knapp zwei Drittel der Neuwagen kauften.",
        True,
        [("fraction", 0.6667, None, "nearly")],
        "Corinna Hellweg-Stroot",
    ),
    ("de", "„Von einer Trendwende kann keine Rede sein“, sagte Hellweg-Stroot.", False, [], None),
    (
        "de",
        "Der Bestand an Pkw lag zum 1. Januar bei 49,6 Millionen, darunter rund 1,9 Millionen reine E-Autos.",
        True,
        [("date", "--01-01", None, None), ("count", 49600000, None, None), ("count", 1900000, None, "about")],
        None,
    ),
    ("de", "Der Importeursverband VDIK sprach von einem „verhaltenen Frühjahr“.", False, [], None),
    # --- Washington drunk driving limit (AP), Thursday, April 2 ---
    (
        "en",
        "OLYMPIA, Wash. (AP) — Washington state senators voted Thursday to lower the legal blood alcohol limit for drivers from 0.08% to 0.05%, which would make the state the second in the nation after Utah to adopt the stricter threshold.",
        True,
        [("percent", 0.08, "%", None), ("percent", 0.05, "%", None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Sen. Corinne Hallowell, D-Bellingham, said 231 people died in crashes involving an impaired driver in Washington last year, nearly half of all traffic deaths.",
        True,
        [("count", 231, None, None), ("fraction", 0.5, None, "nearly")],
        "Corinne Hallowell",
    ),
    (
        "en",
        '"A drink or two should not be a gamble with someone else\'s life," Hallowell said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Under the bill, a first offense at the new limit would carry a fine of up to $1,000 and a license suspension of 90 days.",
        True,
        [("ordinal", 1, None, None), ("money", 1000, "USD", "up_to"), ("duration", 90, "day", None)],
        None,
    ),
    (
        "en",
        "A 2022 federal study found Utah's fatal crash rate fell 17.4% in the first year after it lowered its limit to 0.05% in 2018.",
        True,
        [
            ("year", 2022, None, None),
            ("percent", 17.4, "%", None),
            ("ordinal", 1, None, None),
            ("percent", 0.05, "%", None),
            ("year", 2018, None, None),
        ],
        None,
    ),
    (
        "en",
        'The American Beverage Institute called the bill "an attack on responsible adults who enjoy a glass of wine with dinner".',
        False,
        [],
        None,
    ),
    # --- TCS-Prognose für den Gotthard (Keystone-SDA), Donnerstag, 2. April ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Touring Club Schweiz rechnet über Ostern am Gotthard-Nordportal mit Wartezeiten von bis zu drei Stunden.",
        True,
        [("duration", 3, "hour", "up_to")],
        None,
    ),
    (
        "de",
        "Im Vorjahr staute sich der Verkehr am Karsamstag auf bis zu 18 Kilometern, wie der TCS am Donnerstag mitteilte.",
        True,
        [("count", 18, None, "up_to")],
        "der TCS",
    ),
    (
        "de",
        "Der Karsamstag gilt als der zweitstärkste Reisetag des Jahres am Gotthard.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Bei starkem Andrang wird der Verkehr vor dem Gotthard-Strassentunnel mit einem Dosiersystem auf rund 1000 Fahrzeuge pro Stunde und Richtung begrenzt.",
        True,
        [("count", 1000, None, "about")],
        None,
    ),
    (
        "de",
        "TCS-Sprecherin Seraina Caduff-Imboden sagte, 2025 hätten während der Ostertage gut 98'000 Fahrzeuge den Tunnel in Richtung Süden passiert.",
        True,
        [("year", 2025, None, None), ("count", 98000, None, "over")],
        "Seraina Caduff-Imboden",
    ),
    (
        "de",
        "Caduff-Imboden sagte, für die Rückreise am Ostermontag sei mit ähnlichen Verhältnissen zu rechnen.",
        False,
        [],
        None,
    ),
    ("de", "Das Bundesamt für Strassen (Astra) empfiehlt, auf die Route über den San Bernardino auszuweichen.", False, [], None),
    # --- NSW Easter double demerits (AAP), Thursday, April 2 ---
    (
        "en",
        "SYDNEY (AAP) - Double demerit points will apply across NSW from Thursday until the end of Easter Monday, with police promising a highly visible presence on major routes.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Speeding by less than 10km/h will cost drivers two points instead of one during the period.",
        True,
        [("count", 10, None, "under"), ("count", 2, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "en",
        "Eleven people died on NSW roads over last year's Easter long weekend, NSW Police Assistant Commissioner Bronwyn Castellari said.",
        True,
        [("count", 11, None, None)],
        "Bronwyn Castellari",
    ),
    (
        "en",
        '"Nobody wants to be the officer knocking on a door on Easter Sunday," Castellari said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The state's road toll for the year to date stood at 84, compared with 92 a year earlier, according to Transport for NSW.",
        True,
        [("count", 84, None, None), ("count", 92, None, None)],
        None,
    ),
    (
        "en",
        "The state's roads minister said mobile phone detection cameras had caught 1.3 million drivers since their rollout began in 2019.",
        True,
        [("count", 1300000, None, None), ("year", 2019, None, None)],
        None,
    ),
    # --- Forsa-Umfrage zum Tempolimit (dpa), Donnerstag, 2. April ---
    (
        "de",
        "Berlin (dpa) - Eine Mehrheit der Deutschen ist einer Umfrage zufolge für Tempo 130 als Obergrenze auf allen Autobahnen.",
        True,
        [("count", 130, None, None)],
        None,
    ),
    (
        "de",
        "In der Forsa-Umfrage im Auftrag des Umweltbundesamts sprachen sich 57 Prozent dafür aus, 39 Prozent dagegen.",
        True,
        [("percent", 57, "%", None), ("percent", 39, "%", None)],
        None,
    ),
    (
        "de",
        "Bundesverkehrsminister Jens-Uwe Marbach sagte der Nachrichtenagentur dpa, ein Tempolimit stehe nicht im Koalitionsvertrag und werde daher nicht kommen.",
        True,
        [],
        "Jens-Uwe Marbach",
    ),
    ("de", "„Die Bürger wissen selbst, wie schnell sie fahren können“, sagte Marbach.", False, [], None),
    (
        "de",
        "Nach Berechnungen des Umweltbundesamts ließen sich mit Tempo 120 jährlich rund 5,9 Millionen Tonnen CO2 einsparen.",
        True,
        [("count", 120, None, None), ("count", 5900000, None, "about")],
        None,
    ),
    (
        "de",
        "Auf rund 68 Prozent des 13.180 Kilometer langen Autobahnnetzes gilt bislang kein festes Tempolimit.",
        True,
        [("percent", 68, "%", "about"), ("count", 13180, None, None)],
        None,
    ),
    ("de", "Die Deutsche Umwelthilfe nannte die Haltung des Ministers „ideologisch und verantwortungslos“.", False, [], None),
    # --- GHSA pedestrian deaths (AP), Thursday, April 2 ---
    (
        "en",
        "WASHINGTON (AP) — Drivers struck and killed about 3,240 pedestrians in the first half of last year, a 5% decline, according to a report released Thursday by the Governors Highway Safety Association.",
        True,
        [("count", 3240, None, "about"), ("ordinal", 1, None, None), ("percent", 5, "%", None)],
        None,
    ),
    (
        "en",
        "More than three-quarters of the deaths happened after dark, the report found.",
        True,
        [("fraction", 0.75, None, "over")],
        None,
    ),
    (
        "en",
        "Five states — California, Florida, Texas, Arizona and Georgia — accounted for nearly half of the total.",
        True,
        [("count", 5, None, None), ("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "en",
        "The association's executive director, Lorraine Pettigrew-Vance, said SUVs and pickups were involved in 56% of the deaths where the vehicle type was known.",
        True,
        [("percent", 56, "%", None)],
        "Lorraine Pettigrew-Vance",
    ),
    (
        "en",
        '"Our streets were designed to move cars quickly, not to keep people alive," Pettigrew-Vance said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The group called on states to lower speed limits in urban areas and to add lighting at crossings.",
        True,
        [],
        None,
    ),
    # --- Older drivers (PA), Thursday, April 2 ---
    (
        "en",
        "LONDON (PA) - More than 6.1 million people aged 70 or over now hold a full driving licence in Great Britain, DVLA figures show.",
        True,
        [("count", 6100000, None, "over"), ("duration", 70, "year", None)],
        None,
    ),
    (
        "en",
        "That includes about 142,000 drivers aged 90 or older and 480 aged 100 or above.",
        True,
        [("count", 142000, None, "about"), ("duration", 90, "year", None), ("count", 480, None, None), ("duration", 100, "year", None)],
        None,
    ),
    (
        "en",
        "Drivers aged 70 and over must renew their licence every three years by declaring that they are fit to drive.",
        True,
        [("duration", 70, "year", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "The Royal College of Ophthalmologists has called for compulsory eyesight tests at every renewal.",
        True,
        [],
        None,
    ),
    ("en", 'The campaign group Silver Voice called the idea "ageism dressed up as safety".', False, [], None),
    (
        "en",
        "A government spokesperson said there were no plans to bring in mandatory driving tests based on age.",
        True,
        [],
        None,
    ),
    # --- Staus am Karfreitag (dpa), Freitag, 3. April ---
    (
        "de",
        "München (dpa) - Am Karfreitag haben sich auf Deutschlands Autobahnen Staus mit einer Gesamtlänge von mehr als 1.100 Kilometern gebildet.",
        True,
        [("count", 1100, None, "over")],
        None,
    ),
    (
        "de",
        "Der längste Stau reichte am Vormittag auf der A 8 vor dem Irschenberg über 23 Kilometer, wie ein ADAC-Sprecher sagte.",
        True,
        [("count", 23, None, "over")],
        None,
    ),
    (
        "de",
        "Autofahrer verloren dort nach Angaben des Automobilclubs bis zu zweieinhalb Stunden.",
        True,
        [("duration", 2.5, "hour", "up_to")],
        None,
    ),
    (
        "de",
        "Auf der A 9 zwischen Nürnberg und München krachte es nach Polizeiangaben binnen vier Stunden siebenmal.",
        True,
        [("duration", 4, "hour", None), ("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "Verletzt wurden dabei 14 Menschen, drei von ihnen schwer.",
        True,
        [("count", 14, None, None), ("count", 3, None, None)],
        None,
    ),
    ("de", "„Das war ein Karfreitag wie aus dem Bilderbuch, leider auch für den Stau“, sagte ein ADAC-Sprecher.", False, [], None),
    (
        "de",
        "Für Karsamstag erwartet der ADAC eine leichte Entspannung, der Rückreiseverkehr dürfte am Ostermontag ab dem Mittag einsetzen.",
        False,
        [],
        None,
    ),
    # --- Easter getaway (PA), Friday, April 3 ---
    (
        "en",
        "LONDON (PA) - About 14.2 million leisure trips by car are expected over the four-day Easter weekend, the RAC said.",
        True,
        [("count", 14200000, None, "about"), ("duration", 4, "day", None)],
        "the RAC",
    ),
    (
        "en",
        "Good Friday was set to be the busiest day, with 2.9 million trips, the motoring group said.",
        True,
        [("count", 2900000, None, None)],
        None,
    ),
    (
        "en",
        "Traffic analysts at Inrix forecast queues of up to 90 minutes on the M5 southbound near Bristol on Friday afternoon.",
        True,
        [("duration", 90, "minute", "up_to")],
        None,
    ),
    (
        "en",
        "National Highways, the government-owned company that runs England's motorways, said it had lifted 1,240 miles of roadworks, almost 98% of its network, for the holiday.",
        True,
        [("count", 1240, None, None), ("percent", 98, "%", "nearly")],
        None,
    ),
    (
        "en",
        "RAC spokesman Rory Penhaligon said breakdowns over Easter last year had reached about 21,500, the highest since 2019.",
        True,
        [("count", 21500, None, "about"), ("year", 2019, None, None)],
        "Rory Penhaligon",
    ),
    ("en", "Penhaligon said drivers should check their tyres, oil and water before setting off.", False, [], None),
    (
        "en",
        "Rail passengers face disruption, with the West Coast Main Line closed between London Euston and Milton Keynes for four days of engineering work.",
        True,
        [("duration", 4, "day", None)],
        None,
    ),
    # --- Raserdelikte in der Schweiz (Keystone-SDA), Freitag, 3. April ---
    (
        "de",
        "Neuenburg (Keystone-SDA) - Schweizweit registrierte die Polizei im vergangenen Jahr 1'912 Raserdelikte, 7 Prozent mehr als im Jahr davor.",
        True,
        [("count", 1912, None, None), ("percent", 7, "%", None)],
        None,
    ),
    (
        "de",
        "Das geht aus der Strassenverkehrsunfallstatistik des Bundesamts für Statistik (BFS) hervor.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Zum Raser wird, wer auf der Autobahn 80 km/h oder mehr zu schnell fährt, innerorts reichen 50 km/h.",
        True,
        [("count", 80, None, None), ("count", 50, None, None)],
        None,
    ),
    (
        "de",
        "Raser müssen mit einer Freiheitsstrafe von einem bis vier Jahren und dem Entzug des Führerausweises für mindestens zwei Jahre rechnen.",
        True,
        [("duration", 1, "year", None), ("duration", 4, "year", None), ("duration", 2, "year", "at_least")],
        None,
    ),
    (
        "de",
        "Staatsanwalt Beat Zwahlen-Rüegg sagte, fast jeder fünfte Raser sei jünger als 25 Jahre.",
        True,
        [("fraction", 0.2, None, "nearly"), ("duration", 25, "year", "under")],
        "Beat Zwahlen-Rüegg",
    ),
    ("de", "«Das Auto wird zur Waffe, und das muss Konsequenzen haben», sagte Zwahlen-Rüegg.", False, [], None),
    ("de", "Die SVP hält die Strafen für unverhältnismässig und will sie lockern.", False, [], None),
    (
        "de",
        "Allein die Kantonspolizei Zürich nahm mit ihren Radaranlagen im vergangenen Jahr rund 48 Millionen Franken an Bussen ein.",
        True,
        [("money", 48000000, "CHF", "about")],
        None,
    ),
    # --- Speed cameras in New York (AP), Friday, April 3 ---
    (
        "en",
        "NEW YORK (AP) — The city's school-zone speed cameras generated 7.9 million tickets last year, 11% more than in the year before, city Department of Transportation data showed.",
        True,
        [("count", 7900000, None, None), ("percent", 11, "%", None)],
        None,
    ),
    (
        "en",
        "Each violation carries a $50 fine but no points on the driver's license.",
        True,
        [("money", 50, "USD", None)],
        None,
    ),
    (
        "en",
        "Transportation Commissioner Yvette Marchetti-Cole said speeding at camera locations had dropped by about 73% since the cameras went up.",
        True,
        [("percent", 73, "%", "about")],
        "Yvette Marchetti-Cole",
    ),
    ("en", '"The cameras are not about money, they are about saving lives," Marchetti-Cole said.', False, [], None),
    (
        "en",
        "Cars can be booted or towed once their owners owe more than $350 in unpaid camera and parking fines.",
        True,
        [("money", 350, "USD", "over")],
        None,
    ),
    (
        "en",
        "The city collected about $395 million in camera fines, most of it from repeat offenders.",
        True,
        [("money", 395000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "About 2,100 cameras now operate in 750 school zones around the clock.",
        True,
        [("count", 2100, None, "about"), ("count", 750, None, None)],
        None,
    ),
    (
        "en",
        "One driver in Queens received 412 speed camera tickets in a single year, the most in the city.",
        True,
        [("count", 412, None, None)],
        None,
    ),
    (
        "en",
        'Some City Council members said the program had turned into "a tax on working people" in the outer boroughs.',
        False,
        [],
        None,
    ),
    # --- Stau am Gotthard (Keystone-SDA), Samstag, 4. April ---
    (
        "de",
        "Göschenen (Keystone-SDA) - Am Karsamstag hat sich vor dem Nordportal des Gotthard-Strassentunnels ein Stau von 16 Kilometern gebildet.",
        True,
        [("count", 16, None, None)],
        None,
    ),
    (
        "de",
        "Die Wartezeit zwischen Erstfeld und Göschenen betrug zeitweise knapp drei Stunden, hiess es beim TCS.",
        True,
        [("duration", 3, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "Auch auf der Ausweichroute über den San Bernardino staute sich der Verkehr auf bis zu sechs Kilometern.",
        True,
        [("count", 6, None, "up_to")],
        None,
    ),
    (
        "de",
        "Nach Angaben der Kantonspolizei Uri kam es im Stau zu zwei Auffahrunfällen mit Sachschaden.",
        True,
        [("count", 2, None, None)],
        "die Kantonspolizei Uri",
    ),
    (
        "de",
        "Ein Sprecher der Kantonspolizei appellierte an die Reisenden, im Stau die Rettungsgasse freizuhalten.",
        False,
        [],
        None,
    ),
    # --- German Easter traffic (Reuters), Saturday, April 4 ---
    (
        "en",
        "BERLIN, April 4 (Reuters) - German drivers sat in more than 1,100 km of traffic jams on Good Friday as the Easter getaway began, the ADAC motoring club said.",
        True,
        [("date", "--04-04", None, None), ("count", 1100, None, "over")],
        None,
    ),
    (
        "en",
        "The longest tailback, on the A8 motorway south of Munich, stretched for more than 23 km.",
        True,
        [("count", 23, None, "over")],
        None,
    ),
    (
        "en",
        "Germany has no general speed limit on most of its autobahn network, though a recommended maximum of 130 km/h applies.",
        True,
        [("count", 130, None, None)],
        None,
    ),
    (
        "en",
        "Bavarian police said a 34-year-old driver was caught at 246 km/h on the A9 on Thursday night in a section limited to 120 km/h.",
        True,
        [("duration", 34, "year", None), ("count", 246, None, None), ("count", 120, None, None)],
        None,
    ),
    (
        "en",
        "Police in Hesse said a van driver who caused a pile-up near Frankfurt on Friday had a blood alcohol level of 1.9 per mille, almost four times the 0.5 limit.",
        True,
        [("count", 1.9, None, None), ("count", 4, None, "nearly"), ("count", 0.5, None, None)],
        None,
    ),
    (
        "en",
        "The transport minister said in a Reuters interview on Friday that the government had no intention of introducing a general limit.",
        True,
        [],
        None,
    ),
    ("en", "Environmental groups have long argued that a limit would save lives and cut emissions.", False, [], None),
    # --- Easter checkpoints in Ireland (PA), Saturday, April 4 ---
    (
        "en",
        "DUBLIN (PA) - Gardaí will run drink and drug checkpoints throughout the Easter weekend, including on the mornings after the holidays' busiest nights.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Forty-four people have died on Irish roads so far this year, 11 fewer than by the same date last year, according to Garda figures.",
        True,
        [("count", 44, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "Chief Superintendent Declan Moriarty-Quinn said one in 10 drivers arrested for drink-driving last year was caught the morning after.",
        True,
        [("fraction", 0.1, None, None)],
        "Declan Moriarty-Quinn",
    ),
    ("en", '"There is no safe amount of alcohol when you are behind the wheel," Moriarty-Quinn said.', False, [], None),
    (
        "en",
        "The limit in Ireland is 50 milligrams per 100 millilitres of blood, and 20 milligrams for learner, novice and professional drivers.",
        True,
        [("count", 50, None, None), ("count", 100, None, None), ("count", 20, None, None)],
        None,
    ),
    (
        "en",
        "Drivers found with between 50 and 80 milligrams face a fixed charge of 200 euros and three penalty points.",
        True,
        [("count", 50, None, None), ("count", 80, None, None), ("money", 200, "EUR", None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Minister of State for road safety Aoife Brennan-Lacey said 24 new speed cameras would be switched on by the end of June.",
        True,
        [("count", 24, None, None)],
        "Aoife Brennan-Lacey",
    ),
    ("en", 'The Road Safety Authority said it was "deeply concerned" by the rise in pedestrian deaths.', False, [], None),
    # --- Betrunkener Autofahrer in Brandenburg (dpa/bb), Sonntag, 5. April ---
    (
        "de",
        "Potsdam (dpa/bb) - Ein betrunkener Autofahrer ist in der Nacht zum Ostersonntag auf der B 2 bei Beelitz frontal mit einem entgegenkommenden Wagen zusammengestoßen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ein Atemalkoholtest bei dem 41-Jährigen ergab nach Polizeiangaben 2,14 Promille.",
        True,
        [("duration", 41, "year", None), ("count", 2.14, None, None)],
        None,
    ),
    (
        "de",
        "Die 58 Jahre alte Fahrerin des anderen Wagens und ihr 16-jähriger Enkel kamen mit schweren Verletzungen in Krankenhäuser.",
        True,
        [("duration", 58, "year", None), ("duration", 16, "year", None)],
        None,
    ),
    (
        "de",
        "Der Führerschein des Mannes wurde sichergestellt, gegen ihn wird wegen Gefährdung des Straßenverkehrs ermittelt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ab 1,1 Promille gilt ein Autofahrer in Deutschland als absolut fahruntüchtig.",
        True,
        [("count", 1.1, None, "at_least")],
        None,
    ),
    (
        "de",
        "Für Fahranfänger in der Probezeit und alle unter 21 Jahren gilt die 0,0-Promille-Grenze.",
        True,
        [("duration", 21, "year", "under"), ("count", 0, None, None)],
        None,
    ),
    ("de", "Die Polizei rief dazu auf, nach Osterfeiern das Auto stehen zu lassen.", False, [], None),
    # --- Easter drink-drive campaign (PA), Sunday, April 5 ---
    (
        "en",
        "EDINBURGH (PA) - Police Scotland detected 96 drink- and drug-drivers over the first three days of its Easter campaign, the force said.",
        True,
        [("count", 96, None, None), ("ordinal", 1, None, None), ("duration", 3, "day", None)],
        None,
    ),
    (
        "en",
        "Officers carried out 4,215 roadside tests between Thursday and Saturday.",
        True,
        [("count", 4215, None, None)],
        None,
    ),
    (
        "en",
        "The legal breath limit in Scotland is 22 microgrammes per 100 millilitres, compared with 35 in England and Wales.",
        True,
        [("count", 22, None, None), ("count", 100, None, None), ("count", 35, None, None)],
        None,
    ),
    (
        "en",
        "Chief Superintendent Hamish Lindores-Baird said one driver had been stopped at 8.40am on Saturday with more than four times the legal limit.",
        True,
        [("count", 4, None, "over")],
        "Hamish Lindores-Baird",
    ),
    (
        "en",
        '"If you drink, leave the car keys at home," Lindores-Baird said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Anyone convicted faces a minimum one-year ban, an unlimited fine and a criminal record.",
        True,
        [("duration", 1, "year", None)],
        None,
    ),
    # --- Osterbilanz der Polizei in Österreich (APA), Sonntag, 5. April ---
    (
        "de",
        "Wien (APA) - Bei Schwerpunktkontrollen über das Osterwochenende hat die Polizei in Österreich bis Sonntagmittag 214 alkoholisierte Lenker aus dem Verkehr gezogen.",
        True,
        [("count", 214, None, None)],
        None,
    ),
    (
        "de",
        "Bei 17.830 Alkotests lagen 61 Lenker über 1,2 Promille, teilte das Innenministerium am Sonntag mit.",
        True,
        [("count", 17830, None, None), ("count", 61, None, None), ("count", 1.2, None, "over")],
        "das Innenministerium",
    ),
    (
        "de",
        "Für Lenker mit Probeführerschein liegt das Limit bei 0,1 Promille, für alle anderen bei 0,5 Promille.",
        True,
        [("count", 0.1, None, None), ("count", 0.5, None, None)],
        None,
    ),
    (
        "de",
        "Wer mit 0,8 Promille oder mehr erwischt wird, muss mit einer Strafe von mindestens 800 Euro rechnen.",
        True,
        [("count", 0.8, None, None), ("money", 800, "EUR", "at_least")],
        None,
    ),
    (
        "de",
        "Außerdem wurden 2.390 Temposünder angezeigt, 36 von ihnen waren mehr als 50 km/h zu schnell.",
        True,
        [("count", 2390, None, None), ("count", 36, None, None), ("count", 50, None, "over")],
        None,
    ),
    (
        "de",
        "Auf Österreichs Straßen starben seit Gründonnerstag sechs Menschen, im Vorjahr waren es über die Osterfeiertage neun gewesen.",
        True,
        [("count", 6, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "ÖAMTC-Verkehrsexperte Florian Haidinger-Koller sagte, die Pannenhilfe des Clubs sei seit Donnerstag zu mehr als 6.800 Einsätzen ausgerückt, meist wegen leerer Batterien.",
        True,
        [("count", 6800, None, "over")],
        "Florian Haidinger-Koller",
    ),
    (
        "de",
        "Für die Heimreise rechne er mit einer „zähen, aber ruhigen Fahrt“, sagte Haidinger-Koller.",
        False,
        [],
        None,
    ),
    ("de", "Die Landespolizeidirektion Tirol sprach von einer „insgesamt disziplinierten Fahrweise“.", False, [], None),
]
