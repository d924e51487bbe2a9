"""Three-hundred-and-ninth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, minor places and figures are made
up (Dirk Vennebusch, Harald Mühlenkamp, Veronika Strasshofer, Anton Reischenböck, Corinne
Balmelli, Ilka Brandtner, Falk Wiemeyer, Matthias Grünewaldt, Theresia Lechenauer, Birte
Oelkers, Kerstin Hafemeister, Gregor Wielandt, Nathalie Tschudin-Gerber, Lukas Brenneisen,
Manfred Eibiswalder, Jasmin Okafor-Reitz; Kettlewick and its borough council, Amira Pellowe,
Tom Ridgewell, Renata Solís, Gregory Akintola, Daria Fenwick, Marisol Dunleavy, Moira
Halcrow, Colleen Abernathy, Brent Szalai, Ingrid Zollhöfer, Gareth Brantingham, Rhodri
Bancroft, Hakeem Oyewole, Sharonda Biggs, Hannah Everdell, Adaeze Okoroafor, Dervla
Ashbrook, Rosalind Teague, Josiah Trevethan, Meryn Polglase, Annemarie Kostelny, Julian
Esparza; every unnamed mayor, councillor, parent, grandmother, resident, investor, union
leader and official); mayors, treasurers, councillors, ministers and officials of real
towns, counties, utilities, associations and governments appear under made-up names that
stand for no real holder, or by their role only ("the city administrator", "a grandmother",
„Mehrere Bürgermeister“). Real towns, councils, parties, bodies, firms and places
(Oberhausen, Bezirksregierung Düsseldorf, Nordrhein-Westfalen, CDU, Nürnberg, Klagenfurt,
Schaffhausen, SVP, Mannheim, DLRG, Stadtwerke Osnabrück, Pro Bahn, Leipzig, ADAC Sachsen,
Salzburg, FPÖ, Landkreis Göttingen, Niedersächsischer Landkreistag, Frankfurt (Oder), Essen,
Ruhrgebiet, Bund der Steuerzahler, Scope, Zürich, FDP, Saarbrücken, Saarland, IHK, Graz,
Eishalle Liebenau, Stadtrechnungshof, Offenbach, Stadtelternbeirat, Magistrat; Oakland,
Houston, Moody's Ratings, LSEG, Fife Council, Kirkcaldy, Cowdenbeath, Des Moines, VKU, the
Querverbund, the Asphalt Industry Alliance, the Local Government Association, Toledo, the
Department of Public Utilities, the Institute for Fiscal Studies, Milwaukee Public Schools,
Brighton and Hove City Council, the Lanes, San Antonio, Cornwall Council, S&P Global
Ratings, Chicago, Fitch, Denver, and the datelines' cities) stand for the way wire copy
names them; every budget, deficit, debt, Hebesatz, Steuerfuss, Kreisumlage, council tax
bill, property tax rate, fee, fare, charge, vote, tally, turnout, bond sale, yield, coupon,
grade, post, closure, backlog, quote and label here is invented, and where a real figure
came to mind (a real Hebesatz or Steuerfuss, a real property tax rate, a real average Band D
bill, a real number of municipal utilities or districts, a real road-repair backlog, a real
childcare rule) it was changed or left out.

Its weight: LOCAL GOVERNMENT AND MUNICIPAL BUDGETS (the thirtieth, fifty-eighth,
hundred-fifth, hundred-twenty-ninth and two-hundred-and-eighteenth batches weighed local,
city hall and municipal copy, the fifty-third and hundred-sixty-third public finances,
budgets, debt and taxes, and their decisions are kept) over one spring budget season,
mid-January to late March of one year (German and Austrian budgets, fees and accounts, Swiss
ballots and accounts, English and Scottish council tax setting, U.S. budgets for the fiscal
year from July 1), 30 short stories with the German and English ones interleaved by date,
each told as local and wire copy runs it (a dateline lead, the figures, the vote, attributed
claims, the other side, quotes, reactions). Half German (dpa regional services "dpa/lnw",
"dpa/lby", "dpa/lsw", "dpa/lni", "dpa/sn", "dpa/bb", "dpa/lrs", "dpa/lhe", APA,
Keystone-SDA; Austrian "Voranschlag", "Budgetprovisorium", "Rechnungsabschluss", "Abgang",
"Planposten", "mit 1. April", "Finanzstadträtin"; Swiss "Steuerfuss", "Stimmbeteiligung",
"6'412 Nein zu 5'187 Ja", "23'900", "heisst", «» quotes; German „“ quotes): the Oberhausen
budget and its Grundsteuer B, a Gewerbesteuer slump and spending freeze in Nuremberg, a
Klagenfurt budget without a majority, a Steuerfuss rise rejected at the ballot box in
Schaffhausen, two indoor pools closing in Mannheim, the Stadtwerke Osnabrück and their bus
and pool losses, Leipzig's road repair backlog, water, sewage, waste and parking fees in
Salzburg, the Kreisumlage in the Göttingen district, two primary schools closing in
Frankfurt (Oder), Essen's first bond of its own, the Zurich accounts and staff numbers,
split Grundsteuer rates in Saarbrücken, posts cut and accounts in Graz, and crèche fees in
Offenbach. Half English (PA local democracy copy, AP U.S. city news, Reuters municipal bond
and council finance copy): a council tax rise above the referendum cap in a borough,
Oakland's deficit, a Houston bond sale, pool closures in Fife, the Des Moines property tax
rate, Germany's municipal utilities, the pothole backlog in England and Wales, Toledo's
water rates, the LGA's council finance survey, school closures in Milwaukee, Brighton's
parking charges, a San Antonio bond election, Cornwall's bin charges, a Chicago downgrade
and Denver's furloughs. Figures as such copy has them: budgets, deficits, gaps, cash-advance
loans, debt per head, reserves and overruns in euros, francs, pounds and dollars; Hebesätze,
a Steuerfuss and a Kreisumlage in percent and points; council tax bills in pounds and pence;
property tax rates per $1,000 and per $100 of value; water prices per cubic metre, fares,
crèche fees, parking charges per half hour and per hour, permits and bin charges; council
and ballot tallies and turnout; bond sales, yields, coupons, basis points and maturities;
posts, staff, pupils, schools, pools, potholes, kilometres and miles of road; number words
and compounds („sechs Monate lang“, „in den kommenden zehn Jahren“, „Laufzeit von zehn
Jahren“, „Ein Vierpersonenhaushalt“, "a six-hour meeting", "The 30-year bonds",
"three-weekly collections", "four unpaid furlough days"), fractions („ein Zwölftel“, „fast
jedes fünfte Kind“, „um fast ein Drittel“, „um fast ein Viertel“, „fast ein Fünftel“, „mehr
als die Hälfte“, "Nearly one in ten", "almost two-thirds", "Around one in four", "only about
a third", "less than half full", "about half"), ordinals („als erste Kommune“, „Der zweite
Anlauf“, „dem dritthöchsten Wert“, „zum vierten Mal in Folge“, "the second-highest rate",
"the third of four scheduled annual increases", "the third increase in three years", "for a
fifth consecutive year", "its second downgrade of the city in 18 months"), hedges, years and
dates. Negatives as such copy has them - 56 rows, close to a quarter: mayors', treasurers'
and councillors' rhetoric in quotes, each beside a check-worthy figure from the same
speaker; blame and accusations naming no act; hopes, fears, feelings and confidence; labels
(„nannte“, „sprach von“, „wertete ... als“, "called", "described ... as"); warnings and a
demand naming no measure; an evasion and an open question; each near a check-worthy
look-alike from the same story.

240 rows (120 German, 120 English), 56 negatives (28 German, 28 English), 184 check-worthy
rows of which 12 carry no figure (8 German, 4 English), 326 expected quantities (104 amounts
of money - 42 EUR, 32 USD, 22 GBP, 8 CHF -, 79 counts, 47 percentages - 43 in %, 2 in basis
points, 2 in percentage points -, 39 years, 20 durations - 11 in years, 3 in months, 2 in
hours, 2 in days, 1 in seconds, 1 in weeks -, 16 dates, 12 fractions, 9 ordinals; none of
them in a negative), 36 checked speakers (20 German, 16 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains. Made-up names that turned out to be in use in
earlier batches were replaced by fresh ones before the commit.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, complaint, accusation, feeling, hope, fear, doubt, warning or piece of
  rhetoric is a negative with speaker None, also with a named speaker and an office
  (seventh, ninety-eighth, hundred-twenty-ninth, two-hundred-and-fourth,
  two-hundred-and-eighteenth); a quoted or reported statement of fact, figure, step, rule,
  plan, demand or position is check-worthy with its speaker, also in Konjunktiv I
  (hundred-twenty-ninth, hundred-sixtieth). Pairs from one speaker: Vennebusch's 1.6 billion
  euros beside „Wir verwalten seit Jahrzehnten den Mangel ...“, Mühlenkamp's 70 million
  euros beside „Wir fahren nicht gegen die Wand ...“ and his evasion, Pellowe's £27.6
  million beside "Nobody comes into local government ...", Akintola's 612 officers beside
  "We are not going to balance this budget ...", Balmelli's 4 million francs beside «Das
  Volk hat uns einen klaren Auftrag gegeben ...», Halcrow's three pools beside "These are
  decisions ...", Brandtner's 19 euros beside „Wir schließen keine Bäder ...“, Wiemeyer's
  1.1 billion euros beside „Ohne starke Stadtwerke ...“, Zollhöfer's third beside "The
  energy transition will be won or lost ...", Grünewaldt's 41 road sections beside „Jedes
  Schlagloch ist ein Ärgernis ...“, Lechenauer's 91 percent beside „Sauberes Wasser ist ein
  Wert ...“, Oelkers's 38 percent beside „Bund und Land bestellen ...“, Everdell's
  two-thirds beside her reported "running on fumes" (a reported evaluation with a named
  speaker stays a negative, two-hundred-and-fourth), Wielandt's 3.6 percent beside his hope,
  Ashbrook's frozen charges beside "We know nobody likes paying more to park",
  Tschudin-Gerber's 11 percent beside «Wir wachsen mit der Stadt ...», Teague's 1,400 miles
  beside "This is about whether your kids ...", Trevethan's £2.3 million beside his
  confidence, Eibiswalder's quarter beside „Eine schlanke Verwaltung ...“, Kostelny's $2.6
  billion beside "deeply frustrated", Okafor-Reitz's 148 million euros beside „Niemand im
  Magistrat ...“ and Esparza's 3.7% beside "Nobody wanted to do this ...".
- Check-worthy without a figure (12 rows; hundred-twenty-ninth, hundred-sixty-third,
  two-hundred-and-eighteenth): a spending freeze imposed (Nuremberg's Haushaltssperre;
  hundred-sixty-third: "a spending freeze decided"), a budget still to be approved by the
  Bezirksregierung and Klagenfurt's Budgetprovisorium (procedural facts of record),
  investments put on hold, the Osnabrück utilities' offset of losses by energy profits
  (hundred-twenty-ninth: a stated arrangement), the Querverbund explained, Scope's grade for
  Essen and Moody's affirmation with its outlook (hundred-sixty-third: a rating confirmed, a
  grade held), the IHK's announced support of a test case (two-hundred-and-eighteenth: Haus
  & Grund's announced test case), the housing ministry's stated timetable, Offenbach's fee
  waiver for low incomes and Denver's exemption of police and firefighters (rules of record;
  thirty-third and fortieth: a checkable rule). New: a counterfactual computed from a stated
  measure is check-worthy with its figure („Mit der Erhöhung hätte die Stadt jährlich rund
  7,5 Millionen Franken mehr eingenommen.“, „Ohne die Aufteilung wären die Bescheide ... im
  Schnitt um rund 30 Prozent gestiegen, sagte Finanzdezernent Lukas Brenneisen.“) - it is
  the arithmetic of a rejected or avoided measure that the budget papers settle, unlike the
  two-hundred-and-forty-fourth's counterfactual boast („Ohne die Jägerschaft hätten wir
  ...“), which stays a negative.
- Negatives, the weight's own (hundred-twenty-ninth, hundred-sixty-third,
  two-hundred-and-fourth, two-hundred-and-eighteenth): rhetoric and creed in quotes from
  mayors, treasurers, councillors, a utility chief, an association head, an industry
  alliance's chair and a grandmother; blame and accusations naming no act („Mehrere
  Bürgermeister kritisierten, der Landkreis reiche seine Probleme einfach an die Gemeinden
  weiter.“, „Eltern warfen der Stadt vor, ...“, "accused the administration of "kicking the
  can down the road again."", "Teachers union leaders accused the board of ...";
  eighty-fourth); labels („nannte die Steuererhöhung ...“, „sprach von einem
  „Offenbarungseid ...““, „wertete das Resultat als ...“, „sprachen von einem „schwarzen Tag
  ...““, „nannte die Preiserhöhung ...“, „nannte die Anleihe ...“, „sprach von einem
  «Zufallsüberschuss ...»“, „nannte die Entscheidung ...“, „sprach von einer „Strafgebühr
  ...““, "called the request", "described the closures as", "called the increase" twice,
  "called the package", "called the furloughs"); warnings naming no measure („Der ADAC
  Sachsen warnte vor ...“, „Die Personalvertretung warnte vor ...“, "Consumer groups warned
  that households could face steeper heating bills ..."; two-hundred-and-fourth); a demand
  naming no measure ("councils wanted "long-term certainty, not one-off pots of money"" -
  "one-off" carries none, three-hundredth: "a one-off payment"; two-hundred-and-eighteenth:
  „eine „Gebührenbremse““); hopes („Wielandt hofft, dass weitere Städte ...“, "City
  officials hope ..."), fears and feelings ("said they feared being priced out", "said they
  were wary", "Trevethan said he was confident", "deeply frustrated";
  two-hundred-and-forty-fourth: "said they were worried"), a doubt ("have questioned
  whether"), an evasion („ließ Mühlenkamp offen“; two-hundred-and-fourth) and an open
  question („Ob die gespaltenen Hebesätze vor Gericht Bestand haben, ist ... umstritten.“).
  None of the 56 carries a figure.
- Local taxes and their rates (fifty-third, hundred-fifth, hundred-twenty-ninth,
  hundred-sixty-third, two-hundred-and-eighteenth): Hebesätze and a Steuerfuss are
  percentages as written, also above 100 („von 670 auf 745 Prozent“, „bei 462 Prozent“, „von
  545 Prozent, ... von 960 Prozent“, „von 93 auf 97 Prozent“; hundred-sixty-third), the
  Kreisumlage likewise („auf 53 Prozent“), and a change in „Punkte“ or „Prozentpunkte“ of a
  rate is "pp" („um 2,5 Punkte auf 53 Prozent“ 2.5 pp - hundred-twenty-seventh: „um 0,6
  Punkte auf 6,6 Prozent“ -, „um drei Prozentpunkte“ 3 pp); "Grundsteuer B", "Band D",
  „Pro-Kopf-Verschuldung“, „pro Badegast“ and "per resident" carry none (hundred-fifth).
  Council tax: "by 8.99 per cent ..., above the 4.99 per cent cap" 8.99 and 4.99 with no
  hedge ("above" before the article, as "just over the 5% threshold", hundred-twenty-ninth),
  "by £172.40 to £2,090.15 a year", "to £1,612.44", "rose 5.3% to £2,317". Property tax per
  value: "$18.42 per $1,000 of taxable value" 18.42 and 1,000 USD (hundred-fifth: "$9.87 per
  $1,000 of assessed value") and "52.3 cents per $100 of assessed value" 0.523 and 100 USD
  (hundred-twenty-ninth). "less than 200% of the federal poverty level" 200 "under" (a share
  above 100 stays a percent, hundred-sixty-third).
- Fees and charges are money in the currency written, rate bases none (twelfth,
  fifty-eighth, hundred-twenty-ninth, two-hundred-and-eighteenth): „von 1,86 auf 1,98 Euro
  pro Kubikmeter“ both (fifty-eighth: „von 1,74 auf 1,92 Euro pro Kubikmeter“), „2,40 statt
  2,10 Euro pro halbe Stunde“ both and 0.5 hours (twelfth: „pro halbe Stunde“), „380 Euro im
  Monat statt bisher 310 Euro“ („statt bisher“ no hedge), „von 2,90 auf 3,20 Euro“, „rund 61
  Euro mehr im Jahr“ "about", „Ein Vierpersonenhaushalt“ count 4 (hundred-twenty-ninth),
  "£5.40, up from £4.50" (fifty-eighth: "from £1.20 to £1.50 an hour"; "An hour's parking"
  none, as "an hour", three-hundredth), "by £38 to £268 a year", "from £55 to £69 a year",
  "about $87 a month, up from $79.40", "about $96 a year", "a 25% discount". None: „im
  Jahr“, „im Monat“, „jährlich“, „monatlich“, „pro Kubikmeter“, "a year", "a month".
- Budgets, deficits, debt and reserves are money in the currency written (every batch): EUR
  („rund 1,24 Milliarden Euro“, „knapp 1,6 Milliarden Euro“ "nearly", „gut 7.400 Euro“
  "over", „rund 118 Millionen Euro“, „um zusammen knapp 70 Millionen Euro“ - „zusammen“ no
  hedge -, „von 214 auf 389 Millionen Euro“ both - the scale word written once serves the
  earlier figure, two-hundred-and-eighteenth -, „nur noch 8 Millionen Euro“ - „nur noch“ no
  hedge -, „mindestens 55 Millionen Euro“ "at_least", „im Schnitt 118 Euro“ - „im Schnitt“
  and „inzwischen“ no hedge -, „einen Abgang von 61,8 Millionen Euro ..., um 14 Millionen
  Euro weniger als veranschlagt“ - the "weniger als" after the figure compares,
  hundred-first -, „Überstunden im Wert von 9,2 Millionen Euro“), CHF („rund 7,5 Millionen
  Franken“, „ein Sparpaket über mindestens 4 Millionen Franken“ "at_least" - „über“ governed
  by the noun, two-hundred-and-eighteenth -, „um 180 Millionen auf 1,43 Milliarden Franken“
  both with the currency written once, forty-eighth), GBP ("a £27.6 million gap", "£31.8
  million of savings", "an estimated £17.9 billion" "about", "6.8 billion pounds", "the
  council's £1.1 billion gross budget"), USD ("a $129 million deficit", "$845 million of
  general obligation bonds", "about $41.2 billion ..., 18% more than in the same month last
  year" - the "more than" after the figure compares -, "$1.35 billion", "roughly $37
  billion" "about"). Municipal bonds (hundred-fifth, hundred-sixty-third,
  two-hundred-and-seventeenth): maturities are durations („Laufzeit von zehn Jahren“ 10
  years, "The 30-year bonds" 30 years), coupons and yields percentages („einem Kupon von
  3,125 Prozent“ 3.125 as written, "to yield 4.41%"), spreads and moves in basis points
  ("about 32 basis points above" 32 bp "about", "rose 12 basis points"), grades none
  („„A-““, "Aa3", "BBB-minus" - the sign spelled as a word is part of the grade,
  hundred-sixty-third: "to "A-" from "BBB+""). New: "Chicago's debt is rated two notches
  higher by Moody's and Fitch." is count 2 - notches of a rating are steps counted as the
  three-hundredth's „in zwei Stufen“ and "in three steps", while the grades themselves carry
  none.
- Votes and tallies are counts, one per figure (sixty-fifth, hundred-twenty-ninth,
  two-hundred-and-eighteenth): „Für den Etat stimmten 34 ..., 27 votierten dagegen, zwei
  enthielten sich“ three counts, „mit 21 zu 24 Stimmen“, „mit 28 zu 19 Stimmen“, „mit 41 zu
  22 Stimmen bei drei Enthaltungen“ three counts, „mit 24 zu 17 Stimmen“, „mit 6'412 Nein zu
  5'187 Ja“ two counts (hundred-twenty-ninth: the bare "Ja" and "Nein"; Swiss apostrophe,
  tenth), "voted 5-2", "approved the increase 8-4", "voted 6-3", "by a vote of 29-21", "by
  39 votes to 34"; turnout is a percentage („Die Stimmbeteiligung lag bei 44,8 Prozent“);
  "unanimously" carries none.
- Counts otherwise (every batch): definite groups („zwei ihrer fünf Hallenbäder“, „zwei
  ihrer elf Grundschulen“, „etwa 640 der rund 12.300 Planstellen“ each with its own hedge,
  "two of the city's 18 branch libraries", "59% of the 204 highway authorities", "Of the
  nine schools, seven", "the third of four scheduled annual increases" ordinal 3 and count 4
  with "annual" none (hundred-ninetieth); forty-first), „Die 15 Städte und Gemeinden“, „die
  verbleibenden drei Bäder“, „auf drei benachbarte Schulen“, „allein drei große
  Industriebetriebe“ („allein“ no hedge), „41 Straßenabschnitte“, „rund 250 Planposten“, „um
  412 auf rund 23'900“, „Rund 68.000 Grundsteuerbescheide“, „mehr als 3.800 Schlaglöcher“
  "over", „zusammen 212 Kindern ..., ... für mehr als 700“, "410 posts ... 38 buildings",
  "160 vacant positions", "to 612 from 740", "42 additional firefighter positions", "about
  28,000 lead service lines", "31 councils ..., up from 19", "about 2,700 students", "about
  64,000 students from more than 77,000", "about 62,000 households", "350 vacant jobs",
  "roughly 1,470 Stadtwerke" "about", "in four other council areas", "fewer than 90,000
  visits" "under" (two-hundred-and-seventy-sixth: "fewer than one in 20"). Lengths are
  counts as written („gut 290 Kilometer des rund 1.750 Kilometer langen Straßennetzes“,
  "more than 1,400 miles of streets"; hundred-twenty-ninth), and so is "swim 25 metres" 25
  (two-hundred-and-eighteenth). Multiples (eleventh, twenty-third,
  two-hundred-and-forty-fourth): „mehr als dreimal so hoch“ 3 "over", „fast doppelt so viel
  wie 2019“ 2 "nearly" and the year. "the equivalent of one pothole every 17 seconds" is
  count 1 and 17 seconds (a number word before a noun, hundred-twenty-ninth: "with one
  borough collecting"; an interval, hundred-fifth: "every 15 minutes"). None: "a fire
  station", "a home", „eines Quadratmeters“, „Beide Bäder“ and „Die beiden Schulen“
  („beiden“ no number word, three-hundredth), "Many cities", "Several utilities", "most city
  employees".
- Shares (the issue; hundred-twenty-ninth, hundred-sixty-third, hundred-eightieth,
  two-hundred-and-eighteenth): „nur ein Zwölftel der Ausgaben“ 0.0833 (hundred-eightieth:
  „von einem Zwölftel“; „nur“ no hedge), „fast jedes fünfte Kind“ 0.2 "nearly", „um fast ein
  Drittel“ 0.3333 "nearly", „um fast ein Viertel“ 0.25 "nearly", „fast ein Fünftel ihres
  Haushalts“ 0.2 "nearly", „mehr als die Hälfte der Landkreise“ 0.5 "over", "Nearly one in
  ten" 0.1 "nearly", "almost two-thirds" 0.6667 "nearly", "Around one in four pupils" 0.25
  "about", "only about a third" 0.3333 "about" ("only" no hedge), "less than half full" 0.5
  "under" (hundred-fourteenth: "less than half the level"), "about half of the general fund"
  0.5 "about". Percentages otherwise as written („um durchschnittlich 6,4 Prozent“ -
  „durchschnittlich“ no hedge -, „nur 91 Prozent“, „nur noch knapp 12 Prozent“ "nearly", „um
  38 Prozent“, „um 23 Prozent“, „um 11 Prozent höher“, „rund 3,6 Prozent“ "about", „im
  Schnitt um rund 30 Prozent“ "about", "about 13%", "about 55%", "more than 20%" "over",
  "Only 47% ..., down from 52%", "a rise of 9%", "9.5% more", "of up to 20 per cent"
  "up_to", "about 7%", "about 64% support", "by an average of 17%" - "an average of" no
  hedge -, "38.6% ..., below the national average of 42.1%", "only about 24%" "about", "3.7%
  below forecast").
- Ordinals (the issue: "das sechste Treffen", "die drittgrößte Stadt", "zum zweiten Mal"):
  „als erste Kommune im Saarland“ 1 (hundred-twenty-ninth: „als erste Frau“), „Der zweite
  Anlauf“ 2, „dem dritthöchsten Wert“ 3 (two-hundred-and-seventy-sixth: „die dritthöchste
  Menge“), „zum vierten Mal in Folge“ 4 (two-hundred-and-forty-fourth), "the second-highest
  rate" 2 (hundred-sixty-third), "the third increase in three years" 3 and 3 years
  (three-hundredth: „der dritte Ausstand binnen vier Wochen“), "for a fifth consecutive
  year" 5 (two-hundred-and-seventy-sixth: "for a sixth consecutive day"), "its second
  downgrade of the city in 18 months" 2 and 18 months (hundred-sixty-third: "the second time
  in 12 months"). None: „erstmals“, „der höchsten aller kreisfreien Städte“, "the largest in
  the city's history", "its largest deal", "its lowest investment-grade level", "the busiest
  zones".
- Durations (the issue: "fünfstündigen", "a two-week visit"; every batch): „sechs Monate
  lang“ 6 months (two-hundred-and-forty-fourth: „acht Wochen lang“), „in den kommenden zehn
  Jahren“ 10 years (two-hundred-and-eighteenth: „in den kommenden vier Jahren“), „liegt vier
  Jahre zurück“ 4 years, „für die Betreuung von Kindern unter drei Jahren“ 3 years "under"
  (hundred-twenty-ninth: „für Kinder unter drei Jahren“), „an fünf Tagen pro Woche“ 5 days
  (hundred-sixtieth: „an 19 Tagen“; „pro Woche“ none), "over the past three years" and "over
  the next two years" with no hedge ("over" before a span), "five years ago" 5 years
  (two-hundred-and-forty-fourth: "four years ago"), "It would take 11 years", "a six-hour
  meeting" 6 hours (hundred-twenty-ninth: "a three-hour meeting"), "three-weekly
  collections" 3 weeks (hundred-twenty-ninth) with "fortnightly" none (hundred-ninetieth)
  and "every week" none (two-hundred-and-eighteenth), "in the last three months of 2026" 3
  months and the year. New: "four unpaid furlough days" is 4 days - days off work imposed by
  a budget are counted as a span, as the three-hundredth counted strike days ("on the first
  of five days of action" 5 days; two-hundred-and-sixth: "on six days in March"). None: „im
  vergangenen Jahr“, „im Vorjahr“, „in den Vorjahren“, „in diesem Jahr“, „im laufenden
  Jahr“, „seit Jahrzehnten“, „zum Ende des Schuljahres“, „ab Herbst“, „ab August“, „ab
  September“, „bis Ende Februar“, „bis Ende April“, „im Januar“, „im Dezember“, "last year",
  "next year", "this year", "a year earlier", "a decade ago", "for decades", "at the end of
  the school year", "in the last financial year", "in January", "in February", "in April",
  "in May", "in October", "in December".
- Years and dates (every batch): „für 2027“ (three times), „seit 2009“, „seit 2020“, „seit
  2016“, „seit 2022“ (twice), „bis 2030“ (twice), „wie 2019“, „zuletzt 2023“ and „zuletzt
  2024“ („zuletzt“ no hedge), „mit einem Gesetz im Jahr 2024“, „im Doppelhaushalt 2027/28“
  both years (hundred-fifty-sixth), "its 2027-28 budget" both (two-hundred-and-eighteenth),
  "since 2021", "in 2022" (twice), "in 2020" (twice), "since 2014", "in fiscal 2028"
  (hundred-sixty-third: "fiscal 2026"), "a November 2022 bond election" (fifty-third:
  month-year pairs give the year), "a 2002 consent decree" (two-hundred-and-fourth: "a 2022
  strategy"), "by 2045", "maturing in 2045", "since 2023", "in 2019", "in 2023", "by 2035",
  "from 2028", "for 2028", "in 2024 and 2025" two years, "for 2027". Reuters datelines with
  a day are dates without a year ("NEW YORK, Feb 9" --02-09, "BERLIN, Feb 17" --02-17,
  "LONDON, March 4" --03-04, "CHICAGO, March 12" --03-12; hundred-sixtieth); „zum 1. April“
  and „mit 1. April“ --04-01, „zum 1. März“ --03-01, „zum 1. August“ --08-01, „für den 18.
  Februar“ --02-18, "July 1" (three times) --07-01, "by June 30" --06-30, "from August 31"
  --08-31, "from April 1" --04-01, "April 20" --04-20 (two-hundred-and-eighteenth: "takes
  effect Jan. 1"). The dpa datelines with their regional slugs ("Oberhausen (dpa/lnw) -",
  "Frankfurt (Oder) (dpa/bb) -" and the others), APA, Keystone-SDA, PA ("KETTLEWICK (PA) -",
  "LONDON (PA) -") and AP ("OAKLAND, Calif. (AP) —", "DES MOINES, Iowa (AP) —" and the
  others) carry none (seventy-ninth); „aus den 1970er-Jahren“ none
  (two-hundred-and-forty-fourth: „in den 1970er-Jahren“).
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "Around",
  "around", "roughly", "an estimated" "about"; „knapp“, „fast“, "Nearly", "almost" "nearly";
  „gut“, „mehr als“, "more than" "over"; „unter“ before an age, "less than", "fewer than"
  "under"; „mindestens“, "at least" "at_least"; "up to" "up_to". No hedge: „im Schnitt“,
  „durchschnittlich“, „zusammen“, „allein“, "alone", „nur“, „nur noch“, "only", "Only",
  „noch“, „derzeit“, „inzwischen“, „unverändert“, „zuletzt“, „statt“, „statt bisher“, "an
  average of", "above the" and "below the" before an article, "over" before a span, and
  "more than" and „weniger als“ after a figure.
- Speakers, checked only in forms the earlier batches settled: „teilte die Stadt mit“ and
  „nach Angaben der Stadt“ (four times) -> "die Stadt" (hundred-twenty-ninth,
  two-hundred-and-eighteenth); „X sagte, ...“ opening the row with the title dropped
  („Stadtkämmerer“ twice, „Finanzreferent“, „Finanzstadträtin“, „Finanzreferentin“,
  „Sportbürgermeisterin“, „Stadtwerke-Chef“ - three-hundredth: „DGB-Chefin Annegret
  Vollrath“ -, „Baubürgermeister“, „Vizebürgermeisterin“, „Landrätin“,
  „Bildungsbeigeordnete“, „Finanzstadtrat“, „Sozialdezernentin“; hundred-eightieth,
  two-hundred-and-eighteenth) and „..., sagte Finanzvorsteherin Nathalie Tschudin-Gerber.“
  and „..., sagte Finanzdezernent Lukas Brenneisen.“ the name. English: the name with the
  title dropped ("Council leader Amira Pellowe said", "City Administrator Renata Solís
  said", "Mayor Gregory Akintola said", "Finance convener Moira Halcrow said", "Finance
  Director Colleen Abernathy said", "Local Transport Minister Gareth Brantingham said",
  "Public Utilities Director Hakeem Oyewole said", "LGA finance spokesperson Councillor
  Hannah Everdell said", "Superintendent Adaeze Okoroafor said", "Mayor Rosalind Teague
  said", "Cabinet member for environment Josiah Trevethan said", "Budget director Annemarie
  Kostelny said"; two-hundred-and-eighteenth), "Houston's finance director, Marisol
  Dunleavy, said" (the name in apposition, hundred-twenty-ninth: "its finance director,
  Helen Crabtree, told ..."), "VKU chief executive Ingrid Zollhöfer told reporters" ("told
  reporters" names the speaker, two-hundred-and-fourth), "Ashbrook said" and "Esparza said"
  opening the row as written (two-hundred-and-eighteenth: "Pugh said"). Left unchecked
  (None): all negatives, also those with a named speaker; „Nach Angaben der DLRG“ (as the
  two-hundred-and-eighteenth did, to keep the checked speakers near 35), „Nach Angaben des
  Verkehrs- und Tiefbauamts“ and „Nach Angaben des Niedersächsischen Landkreistags“
  (masculine and neuter genitives, hundredth, three-hundredth), „teilten die Stadtwerke mit“
  (a plural verb, a form no batch settled), „laut Stadt“ (two-hundred-and-eighteenth), „laut
  Rechnungsabschluss“, „Laut Stadtrechnungshof“, „nach einem Gutachten“ (twice), „nach
  eigenen Berechnungen“, „heisst es in der Abstimmungsbotschaft“ (documents and estimates,
  hundred-twenty-ninth); "the city administrator told the City Council" (a role without a
  name), "Mayor Julian Esparza announced" (no verb of saying, two-hundred-and-eighteenth:
  „kündigte an“), "She said" and "She called on" (pronouns), bodies' "said" (the housing
  ministry, the alliance, the association, "The government said", the agency;
  two-hundred-and-fourth, two-hundred-and-eighteenth), "city staff estimated", "City
  officials say", "District officials expect", "the survey found", "the survey estimated",
  "a survey by the Local Government Association showed", "the council says", "it says",
  "according to ..." (budget papers, a finance department report, pricing data, LSEG data, a
  council survey, the association, the Department of Public Utilities, official figures,
  council papers, the council, the mayor's office, trading data, the city's budget office)
  and rows without attribution.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_309 = [
    # --- Haushalt und Grundsteuer in Oberhausen (dpa/lnw), Januar ---
    (
        "de",
        "Oberhausen (dpa/lnw) - Der Rat der Stadt Oberhausen hat den Haushalt für 2027 mit einem Volumen von rund 1,24 Milliarden Euro beschlossen.",
        True,
        [("year", 2027, None, None), ("money", 1240000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Für den Etat stimmten 34 Ratsmitglieder, 27 votierten dagegen, zwei enthielten sich.",
        True,
        [("count", 34, None, None), ("count", 27, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Zum 1. April klettert der Hebesatz für die Grundsteuer B von 670 auf 745 Prozent, Eigentümer eines Einfamilienhauses zahlen dann im Schnitt rund 84 Euro mehr im Jahr.",
        True,
        [
            ("date", "--04-01", None, None),
            ("percent", 670, "%", None),
            ("percent", 745, "%", None),
            ("money", 84, "EUR", "about"),
        ],
        None,
    ),
    (
        "de",
        "Stadtkämmerer Dirk Vennebusch sagte, die Kassenkredite der Stadt lägen trotz der Altschuldenhilfe des Landes noch bei knapp 1,6 Milliarden Euro.",
        True,
        [("money", 1600000000, "EUR", "nearly")],
        "Dirk Vennebusch",
    ),
    (
        "de",
        "Das entspricht einer Pro-Kopf-Verschuldung von gut 7.400 Euro, der höchsten aller kreisfreien Städte in Nordrhein-Westfalen.",
        True,
        [("money", 7400, "EUR", "over")],
        None,
    ),
    (
        "de",
        "„Wir verwalten seit Jahrzehnten den Mangel, und Düsseldorf schaut dabei seelenruhig zu“, sagte Vennebusch.",
        False,
        [],
        None,
    ),
    ("de", "Die CDU-Fraktion nannte die Steuererhöhung „einen Griff in die Taschen der Häuslebauer“.", False, [], None),
    ("de", "Der Haushalt muss noch von der Bezirksregierung Düsseldorf genehmigt werden.", True, [], None),
    # --- Council tax in Kettlewick (PA), January ---
    (
        "en",
        "KETTLEWICK (PA) - Kettlewick Borough Council has applied to ministers to lift council tax by 8.99 per cent in April, above the 4.99 per cent cap that would normally trigger a referendum.",
        True,
        [("percent", 8.99, "%", None), ("percent", 4.99, "%", None)],
        None,
    ),
    (
        "en",
        "A Band D bill would rise by £172.40 to £2,090.15 a year under the plans.",
        True,
        [("money", 172.4, "GBP", None), ("money", 2090.15, "GBP", None)],
        None,
    ),
    (
        "en",
        "Council leader Amira Pellowe said the authority faced a £27.6 million gap in its 2027-28 budget, driven largely by the cost of adult social care and temporary accommodation.",
        True,
        [("money", 27600000, "GBP", None), ("year", 2027, None, None), ("year", 2028, None, None)],
        "Amira Pellowe",
    ),
    (
        "en",
        "She said the council had already cut 410 posts since 2021 and sold 38 buildings.",
        True,
        [("count", 410, None, None), ("year", 2021, None, None), ("count", 38, None, None)],
        None,
    ),
    (
        "en",
        '"Nobody comes into local government to put up bills like this, but the alternative is a council that cannot pay its staff," Pellowe said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Opposition Liberal Democrat leader Tom Ridgewell called the request "an admission of years of mismanagement".',
        False,
        [],
        None,
    ),
    (
        "en",
        "The housing ministry said it would decide on all requests for exceptional financial support in February.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Temporary accommodation alone now costs the council about £9.3 million a year, up from £2.1 million in 2022, according to budget papers.",
        True,
        [("money", 9300000, "GBP", "about"), ("money", 2100000, "GBP", None), ("year", 2022, None, None)],
        None,
    ),
    # --- Gewerbesteuer-Einbruch in Nürnberg (dpa/lby), Januar ---
    (
        "de",
        "Nürnberg (dpa/lby) - Nach einem Einbruch bei der Gewerbesteuer hat die Stadt Nürnberg eine Haushaltssperre verhängt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Einnahmen aus der Gewerbesteuer lagen im vergangenen Jahr bei 512 Millionen Euro und damit rund 118 Millionen Euro unter dem Ansatz, teilte die Stadt mit.",
        True,
        [("money", 512000000, "EUR", None), ("money", 118000000, "EUR", "about")],
        "die Stadt",
    ),
    (
        "de",
        "Frei werdende Stellen in der Verwaltung dürfen vorerst sechs Monate lang nicht nachbesetzt werden, ausgenommen sind Kitas, Feuerwehr und Schulen.",
        True,
        [("duration", 6, "month", None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der Stadt sind derzeit etwa 640 der rund 12.300 Planstellen unbesetzt.",
        True,
        [("count", 640, None, "about"), ("count", 12300, None, "about")],
        "die Stadt",
    ),
    (
        "de",
        "Finanzreferent Harald Mühlenkamp sagte, allein drei große Industriebetriebe hätten ihre Vorauszahlungen um zusammen knapp 70 Millionen Euro gesenkt.",
        True,
        [("count", 3, None, None), ("money", 70000000, "EUR", "nearly")],
        "Harald Mühlenkamp",
    ),
    (
        "de",
        "„Wir fahren nicht gegen die Wand, aber wir müssen jetzt kräftig auf die Bremse treten“, sagte Mühlenkamp.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Hebesatz der Gewerbesteuer liegt in Nürnberg seit 2009 unverändert bei 462 Prozent, dem dritthöchsten Wert unter den bayerischen Großstädten.",
        True,
        [("year", 2009, None, None), ("percent", 462, "%", None), ("ordinal", 3, None, None)],
        None,
    ),
    ("de", "Ob die Stadt im laufenden Jahr neue Kredite aufnehmen muss, ließ Mühlenkamp offen.", False, [], None),
    # --- Oakland budget deficit (AP), January ---
    (
        "en",
        "OAKLAND, Calif. (AP) — Oakland faces a $129 million deficit in the fiscal year that begins July 1, the city administrator told the City Council on Tuesday.",
        True,
        [("money", 129000000, "USD", None), ("date", "--07-01", None, None)],
        None,
    ),
    (
        "en",
        "The shortfall is about 13% of the city's $980 million general fund.",
        True,
        [("percent", 13, "%", "about"), ("money", 980000000, "USD", None)],
        None,
    ),
    (
        "en",
        "City Administrator Renata Solís said she would propose leaving 160 vacant positions unfilled and closing two of the city's 18 branch libraries on Mondays.",
        True,
        [("count", 160, None, None), ("count", 2, None, None), ("count", 18, None, None)],
        "Renata Solís",
    ),
    (
        "en",
        "Mayor Gregory Akintola said he would not support layoffs of sworn police officers, whose ranks have fallen to 612 from 740 in 2020.",
        True,
        [("count", 612, None, None), ("count", 740, None, None), ("year", 2020, None, None)],
        "Gregory Akintola",
    ),
    (
        "en",
        '"We are not going to balance this budget on the backs of the people who keep this city safe," Akintola said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Council member Daria Fenwick accused the administration of "kicking the can down the road again."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The city has drawn down its rainy-day reserve from $74 million to $18 million over the past three years, according to a finance department report.",
        True,
        [("money", 74000000, "USD", None), ("money", 18000000, "USD", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "The council must adopt a balanced budget by June 30 under the city charter.",
        True,
        [("date", "--06-30", None, None)],
        None,
    ),
    # --- Budgetprovisorium in Klagenfurt (APA), Januar ---
    (
        "de",
        "Klagenfurt (APA) - Die Stadt Klagenfurt startet ohne beschlossenes Budget ins neue Jahr und muss vorerst mit einem Budgetprovisorium arbeiten.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Voranschlag für 2027 hatte im Gemeinderat mit 21 zu 24 Stimmen keine Mehrheit gefunden.",
        True,
        [("year", 2027, None, None), ("count", 21, None, None), ("count", 24, None, None)],
        None,
    ),
    (
        "de",
        "Im Provisorium darf die Stadt monatlich nur ein Zwölftel der Ausgaben des Vorjahres tätigen.",
        True,
        [("fraction", 0.0833, None, None)],
        None,
    ),
    (
        "de",
        "Finanzstadträtin Veronika Strasshofer sagte, der Stadt fehlten für 2027 rund 38 Millionen Euro, um den Haushalt auszugleichen.",
        True,
        [("year", 2027, None, None), ("money", 38000000, "EUR", "about")],
        "Veronika Strasshofer",
    ),
    (
        "de",
        "Der Schuldenstand der Stadt ist laut Rechnungsabschluss seit 2020 von 214 auf 389 Millionen Euro gestiegen.",
        True,
        [("year", 2020, None, None), ("money", 214000000, "EUR", None), ("money", 389000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Wer jetzt blockiert, spielt mit der Zukunft dieser Stadt“, sagte Bürgermeister Anton Reischenböck.",
        False,
        [],
        None,
    ),
    ("de", "Die Opposition sprach von einem „Offenbarungseid der Stadtregierung“.", False, [], None),
    (
        "de",
        "Investitionen wie die geplante Sanierung des Hallenbads in der Innenstadt liegen damit vorerst auf Eis.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der zweite Anlauf für den Voranschlag ist für den 18. Februar angesetzt.",
        True,
        [("ordinal", 2, None, None), ("date", "--02-18", None, None)],
        None,
    ),
    # --- Houston bond sale (Reuters), February ---
    (
        "en",
        "NEW YORK, Feb 9 (Reuters) - Houston sold $845 million of general obligation bonds on Tuesday, its largest deal since 2014, to fund street, drainage and park projects.",
        True,
        [("date", "--02-09", None, None), ("money", 845000000, "USD", None), ("year", 2014, None, None)],
        None,
    ),
    (
        "en",
        "The 30-year bonds were priced to yield 4.41%, about 32 basis points above a benchmark index of top-rated municipal debt, according to pricing data.",
        True,
        [("duration", 30, "year", None), ("percent", 4.41, "%", None), ("percent", 32, "bp", "about")],
        None,
    ),
    (
        "en",
        "Moody's Ratings affirmed the city's Aa3 rating but kept a negative outlook, citing pension costs and a structural deficit.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Houston's finance director, Marisol Dunleavy, said the city expected a $212 million gap in fiscal 2028 and would not use bond proceeds to cover operating costs.",
        True,
        [("money", 212000000, "USD", None), ("year", 2028, None, None)],
        "Marisol Dunleavy",
    ),
    (
        "en",
        "Municipal issuers sold about $41.2 billion of long-term debt in January, 18% more than in the same month last year, according to LSEG data.",
        True,
        [("money", 41200000000, "USD", "about"), ("percent", 18, "%", None)],
        None,
    ),
    (
        "en",
        "Some investors said they were wary of cities leaning on debt while their operating budgets remain out of balance.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The debt was authorized by voters in a November 2022 bond election.",
        True,
        [("year", 2022, None, None)],
        None,
    ),
    # --- Steuerfuss in Schaffhausen (Keystone-SDA), Februar ---
    (
        "de",
        "Schaffhausen (Keystone-SDA) - Die Stimmberechtigten der Stadt Schaffhausen haben eine Erhöhung des Steuerfusses von 93 auf 97 Prozent abgelehnt.",
        True,
        [("percent", 93, "%", None), ("percent", 97, "%", None)],
        None,
    ),
    (
        "de",
        "Die Vorlage scheiterte mit 6'412 Nein zu 5'187 Ja, die Stimmbeteiligung lag bei 44,8 Prozent.",
        True,
        [("count", 6412, None, None), ("count", 5187, None, None), ("percent", 44.8, "%", None)],
        None,
    ),
    (
        "de",
        "Mit der Erhöhung hätte die Stadt jährlich rund 7,5 Millionen Franken mehr eingenommen.",
        True,
        [("money", 7500000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Finanzreferentin Corinne Balmelli sagte, der Stadtrat werde nun ein Sparpaket über mindestens 4 Millionen Franken vorlegen.",
        True,
        [("money", 4000000, "CHF", "at_least")],
        "Corinne Balmelli",
    ),
    (
        "de",
        "Für das laufende Jahr budgetiert die Stadt ein Defizit von 11,3 Millionen Franken.",
        True,
        [("money", 11300000, "CHF", None)],
        None,
    ),
    (
        "de",
        "«Das Volk hat uns einen klaren Auftrag gegeben, und den nehmen wir ernst», sagte Balmelli.",
        False,
        [],
        None,
    ),
    ("de", "Die SVP wertete das Resultat als «Ohrfeige für die Ausgabenpolitik des Stadtrats».", False, [], None),
    (
        "de",
        "Das Eigenkapital der Stadt wäre bei unverändertem Kurs bis 2030 aufgebraucht, heisst es in der Abstimmungsbotschaft.",
        True,
        [("year", 2030, None, None)],
        None,
    ),
    # --- Fife pool closures (PA), February ---
    (
        "en",
        "GLENROTHES (PA) - Fife Council has voted to close three swimming pools and two community centres as part of £31.8 million of savings over the next two years.",
        True,
        [
            ("count", 3, None, None),
            ("count", 2, None, None),
            ("money", 31800000, "GBP", None),
            ("duration", 2, "year", None),
        ],
        None,
    ),
    (
        "en",
        "The budget was approved by 39 votes to 34 after a six-hour meeting.",
        True,
        [("count", 39, None, None), ("count", 34, None, None), ("duration", 6, "hour", None)],
        None,
    ),
    (
        "en",
        "Council tax will rise by 8.5 per cent, taking a Band D bill to £1,612.44.",
        True,
        [("percent", 8.5, "%", None), ("money", 1612.44, "GBP", None)],
        None,
    ),
    (
        "en",
        "Finance convener Moira Halcrow said the three pools needed combined repairs of about £14 million and drew fewer than 90,000 visits a year between them.",
        True,
        [("count", 3, None, None), ("money", 14000000, "GBP", "about"), ("count", 90000, None, "under")],
        "Moira Halcrow",
    ),
    ("en", '"These are decisions none of us came into politics to make," Halcrow said.', False, [], None),
    (
        "en",
        'Swimming clubs in Kirkcaldy and Cowdenbeath described the closures as "a hammer blow for children\'s safety in the water".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Around one in four pupils in Fife cannot swim 25 metres by the time they leave primary school, according to a council survey.",
        True,
        [("fraction", 0.25, None, "about"), ("count", 25, None, None)],
        None,
    ),
    ("en", "The closures are due to take effect from August 31.", True, [("date", "--08-31", None, None)], None),
    # --- Hallenbäder in Mannheim (dpa/lsw), Februar ---
    (
        "de",
        "Mannheim (dpa/lsw) - Die Stadt Mannheim schließt zwei ihrer fünf Hallenbäder dauerhaft.",
        True,
        [("count", 2, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Der Gemeinderat stimmte am Dienstagabend mit 28 zu 19 Stimmen für den Vorschlag der Verwaltung.",
        True,
        [("count", 28, None, None), ("count", 19, None, None)],
        None,
    ),
    (
        "de",
        "Beide Bäder stammen aus den 1970er-Jahren, eine Sanierung hätte nach einem Gutachten zusammen rund 46 Millionen Euro gekostet.",
        True,
        [("money", 46000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Sportbürgermeisterin Ilka Brandtner sagte, der Zuschuss der Stadt pro Badegast liege in den beiden Bädern bei gut 19 Euro.",
        True,
        [("money", 19, "EUR", "over")],
        "Ilka Brandtner",
    ),
    (
        "de",
        "Nach Angaben der DLRG kann fast jedes fünfte Kind am Ende der Grundschule nicht sicher schwimmen.",
        True,
        [("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "de",
        "„Wir schließen keine Bäder, weil wir es wollen, sondern weil wir es müssen“, sagte Brandtner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Schwimmvereine und Elternbeiräte sprachen von einem „schwarzen Tag für den Schwimmunterricht“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Schulklassen und Vereine sollen ab September auf die verbleibenden drei Bäder verteilt werden.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    # --- Des Moines property tax (AP), February ---
    (
        "en",
        "DES MOINES, Iowa (AP) — The Des Moines City Council voted 5-2 on Monday to raise the city's property tax rate to $18.42 per $1,000 of taxable value, the second-highest rate among Iowa's large cities.",
        True,
        [
            ("count", 5, None, None),
            ("count", 2, None, None),
            ("money", 18.42, "USD", None),
            ("money", 1000, "USD", None),
            ("ordinal", 2, None, None),
        ],
        None,
    ),
    (
        "en",
        "For the owner of a home assessed at $250,000, the increase works out to about $96 a year, city staff estimated.",
        True,
        [("money", 250000, "USD", None), ("money", 96, "USD", "about")],
        None,
    ),
    (
        "en",
        "The levy will fund 42 additional firefighter positions and the reopening of a fire station closed in 2019.",
        True,
        [("count", 42, None, None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "Finance Director Colleen Abernathy said the city's general fund would otherwise have faced a $23.5 million shortfall next year.",
        True,
        [("money", 23500000, "USD", None)],
        "Colleen Abernathy",
    ),
    (
        "en",
        'Council member Brent Szalai, who voted no, called the increase "a tax on staying in your own home."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Several residents at the meeting said they feared being priced out of neighborhoods where they had lived for decades.",
        False,
        [],
        None,
    ),
    (
        "en",
        "A state law passed in 2023 limits how much cities can raise their total levy without a public hearing.",
        True,
        [("year", 2023, None, None)],
        None,
    ),
    ("en", "The new rate takes effect July 1.", True, [("date", "--07-01", None, None)], None),
    # --- Stadtwerke Osnabrück (dpa/lni), Februar ---
    (
        "de",
        "Osnabrück (dpa/lni) - Die Stadtwerke Osnabrück haben im vergangenen Jahr einen Verlust von 14,2 Millionen Euro im Bäder- und Busbetrieb verbucht.",
        True,
        [("money", 14200000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das Defizit wird wie in den Vorjahren über die Gewinne aus dem Energiegeschäft ausgeglichen, teilten die Stadtwerke mit.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Gewinn der Energiesparte sank um 23 Prozent auf 31,6 Millionen Euro.",
        True,
        [("percent", 23, "%", None), ("money", 31600000, "EUR", None)],
        None,
    ),
    (
        "de",
        "An die Stadt sollen in diesem Jahr nur noch 8 Millionen Euro ausgeschüttet werden, nach 12,5 Millionen Euro im Vorjahr.",
        True,
        [("money", 8000000, "EUR", None), ("money", 12500000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Stadtwerke-Chef Falk Wiemeyer sagte, in den kommenden zehn Jahren müssten rund 1,1 Milliarden Euro in Wärmenetze und Stromleitungen investiert werden.",
        True,
        [("duration", 10, "year", None), ("money", 1100000000, "EUR", "about")],
        "Falk Wiemeyer",
    ),
    ("de", "„Ohne starke Stadtwerke gibt es keine Wärmewende vor Ort“, sagte Wiemeyer.", False, [], None),
    (
        "de",
        "Der Preis für eine Einzelfahrt im Stadtbus steigt zum 1. März von 2,90 auf 3,20 Euro.",
        True,
        [("date", "--03-01", None, None), ("money", 2.9, "EUR", None), ("money", 3.2, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Fahrgastverband Pro Bahn nannte die Preiserhöhung „das falsche Signal zur falschen Zeit“.",
        False,
        [],
        None,
    ),
    # --- German municipal utilities (Reuters), February ---
    (
        "en",
        "BERLIN, Feb 17 (Reuters) - Germany's municipal utilities will need to invest around 170 billion euros by 2045 to rebuild heating networks and power grids, their industry association VKU said on Wednesday.",
        True,
        [("date", "--02-17", None, None), ("money", 170000000000, "EUR", "about"), ("year", 2045, None, None)],
        None,
    ),
    (
        "en",
        "The roughly 1,470 Stadtwerke supply about 55% of German households with electricity, according to the association.",
        True,
        [("count", 1470, None, "about"), ("percent", 55, "%", "about")],
        None,
    ),
    (
        "en",
        "VKU chief executive Ingrid Zollhöfer told reporters that only about a third of the sum could be financed from the utilities' own profits.",
        True,
        [("fraction", 0.3333, None, "about")],
        "Ingrid Zollhöfer",
    ),
    (
        "en",
        "She called on the federal government to set up a guarantee fund of at least 10 billion euros.",
        True,
        [("money", 10000000000, "EUR", "at_least")],
        None,
    ),
    ("en", '"The energy transition will be won or lost in the town halls," Zollhöfer said.', False, [], None),
    (
        "en",
        "Several utilities have raised district heating prices by more than 20% since 2023, the association said.",
        True,
        [("percent", 20, "%", "over"), ("year", 2023, None, None)],
        None,
    ),
    ("en", "Consumer groups warned that households could face steeper heating bills as a result.", False, [], None),
    (
        "en",
        "Many cities use utility profits to subsidise loss-making bus services and swimming pools, an arrangement known as the Querverbund.",
        True,
        [],
        None,
    ),
    # --- Straßensanierung in Leipzig (dpa/sn), Februar ---
    (
        "de",
        "Leipzig (dpa/sn) - Die Stadt Leipzig schiebt bei ihren Straßen einen Sanierungsstau von rund 640 Millionen Euro vor sich her.",
        True,
        [("money", 640000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Nach Angaben des Verkehrs- und Tiefbauamts sind gut 290 Kilometer des rund 1.750 Kilometer langen Straßennetzes in schlechtem oder sehr schlechtem Zustand.",
        True,
        [("count", 290, None, "over"), ("count", 1750, None, "about")],
        None,
    ),
    (
        "de",
        "Bis Ende Februar meldeten Bürgerinnen und Bürger mehr als 3.800 Schlaglöcher über die Online-Plattform der Stadt.",
        True,
        [("count", 3800, None, "over")],
        None,
    ),
    (
        "de",
        "Für die Straßenunterhaltung stehen im Doppelhaushalt 2027/28 jährlich 24 Millionen Euro bereit, nötig wären nach einem Gutachten mindestens 55 Millionen Euro.",
        True,
        [
            ("year", 2027, None, None),
            ("year", 2028, None, None),
            ("money", 24000000, "EUR", None),
            ("money", 55000000, "EUR", "at_least"),
        ],
        None,
    ),
    (
        "de",
        "Baubürgermeister Matthias Grünewaldt sagte, in diesem Jahr sollten 41 Straßenabschnitte grundhaft saniert werden.",
        True,
        [("count", 41, None, None)],
        "Matthias Grünewaldt",
    ),
    (
        "de",
        "„Jedes Schlagloch ist ein Ärgernis, aber auch wir können nicht zaubern“, sagte Grünewaldt.",
        False,
        [],
        None,
    ),
    ("de", "Der ADAC Sachsen warnte vor einem weiteren Verfall der kommunalen Infrastruktur.", False, [], None),
    (
        "de",
        "Die Instandsetzung eines Quadratmeters Fahrbahn kostet die Stadt inzwischen im Schnitt 118 Euro, fast doppelt so viel wie 2019.",
        True,
        [("money", 118, "EUR", None), ("count", 2, None, "nearly"), ("year", 2019, None, None)],
        None,
    ),
    # --- Pothole backlog (PA), March ---
    (
        "en",
        "LONDON (PA) - The backlog of road repairs in England and Wales has risen for a fifth consecutive year to an estimated £17.9 billion, according to an annual survey of local authorities by the Asphalt Industry Alliance.",
        True,
        [("ordinal", 5, None, None), ("money", 17900000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Councils filled about 1.9 million potholes in the last financial year, the equivalent of one pothole every 17 seconds, the survey found.",
        True,
        [("count", 1900000, None, "about"), ("count", 1, None, None), ("duration", 17, "second", None)],
        None,
    ),
    (
        "en",
        "It would take 11 years to clear the backlog at current funding levels, the alliance said.",
        True,
        [("duration", 11, "year", None)],
        None,
    ),
    (
        "en",
        "Only 47% of local roads were rated in good condition, down from 52% five years ago.",
        True,
        [("percent", 47, "%", None), ("percent", 52, "%", None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "Local Transport Minister Gareth Brantingham said councils would receive £1.6 billion for road maintenance next year, a rise of 9%.",
        True,
        [("money", 1600000000, "GBP", None), ("percent", 9, "%", None)],
        "Gareth Brantingham",
    ),
    (
        "en",
        '"Drivers are sick and tired of dodging craters on their way to work," said the alliance\'s chair, Rhodri Bancroft.',
        False,
        [],
        None,
    ),
    (
        "en",
        'The Local Government Association said councils wanted "long-term certainty, not one-off pots of money".',
        False,
        [],
        None,
    ),
    (
        "en",
        "The survey received responses from 59% of the 204 highway authorities approached.",
        True,
        [("percent", 59, "%", None), ("count", 204, None, None)],
        None,
    ),
    # --- Gebühren in Salzburg (APA), März ---
    (
        "de",
        "Salzburg (APA) - Die Stadt Salzburg erhöht mit 1. April die Gebühren für Wasser, Kanal und Müllabfuhr um durchschnittlich 6,4 Prozent.",
        True,
        [("date", "--04-01", None, None), ("percent", 6.4, "%", None)],
        None,
    ),
    (
        "de",
        "Der Wasserpreis steigt damit von 1,86 auf 1,98 Euro pro Kubikmeter.",
        True,
        [("money", 1.86, "EUR", None), ("money", 1.98, "EUR", None)],
        None,
    ),
    (
        "de",
        "Ein Vierpersonenhaushalt zahlt laut Stadt künftig rund 61 Euro mehr im Jahr.",
        True,
        [("count", 4, None, None), ("money", 61, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Auch das Kurzparken in der Altstadt wird teurer und kostet künftig 2,40 statt 2,10 Euro pro halbe Stunde.",
        True,
        [("money", 2.4, "EUR", None), ("money", 2.1, "EUR", None), ("duration", 0.5, "hour", None)],
        None,
    ),
    (
        "de",
        "Vizebürgermeisterin Theresia Lechenauer sagte, die Gebühren deckten derzeit nur 91 Prozent der tatsächlichen Kosten.",
        True,
        [("percent", 91, "%", None)],
        "Theresia Lechenauer",
    ),
    ("de", "„Sauberes Wasser ist ein Wert, den wir nicht verramschen“, sagte Lechenauer.", False, [], None),
    ("de", "Die Stadt Salzburg hat ihre Gebühren zuletzt 2024 angepasst.", True, [("year", 2024, None, None)], None),
    # --- Toledo water rates (AP), March ---
    (
        "en",
        "TOLEDO, Ohio (AP) — Toledo residents will pay 9.5% more for water and sewer service starting in April after the City Council approved the third of four scheduled annual increases.",
        True,
        [("percent", 9.5, "%", None), ("ordinal", 3, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "The average household bill will rise to about $87 a month, up from $79.40, according to the Department of Public Utilities.",
        True,
        [("money", 87, "USD", "about"), ("money", 79.4, "USD", None)],
        None,
    ),
    (
        "en",
        "The increases will help pay for a $1.4 billion overhaul of the city's water treatment plant and sewer system ordered under a 2002 consent decree.",
        True,
        [("money", 1400000000, "USD", None), ("year", 2002, None, None)],
        None,
    ),
    (
        "en",
        "Public Utilities Director Hakeem Oyewole said the city still had about 28,000 lead service lines and aimed to replace them all by 2035.",
        True,
        [("count", 28000, None, "about"), ("year", 2035, None, None)],
        "Hakeem Oyewole",
    ),
    ("en", "The council approved the increase 8-4.", True, [("count", 8, None, None), ("count", 4, None, None)], None),
    (
        "en",
        '"People on fixed incomes simply cannot keep absorbing these bills," said Councilwoman Sharonda Biggs.',
        False,
        [],
        None,
    ),
    ("en", "City officials hope federal infrastructure grants will soften future increases.", False, [], None),
    (
        "en",
        "Households earning less than 200% of the federal poverty level can apply for a 25% discount.",
        True,
        [("percent", 200, "%", "under"), ("percent", 25, "%", None)],
        None,
    ),
    # --- Kreisumlage im Landkreis Göttingen (dpa/lni), März ---
    (
        "de",
        "Göttingen (dpa/lni) - Der Kreistag des Landkreises Göttingen hat die Kreisumlage um 2,5 Punkte auf 53 Prozent angehoben.",
        True,
        [("percent", 2.5, "pp", None), ("percent", 53, "%", None)],
        None,
    ),
    (
        "de",
        "Die 15 Städte und Gemeinden im Kreis müssen damit in diesem Jahr zusammen rund 19 Millionen Euro mehr an den Landkreis überweisen.",
        True,
        [("count", 15, None, None), ("money", 19000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Landrätin Birte Oelkers sagte, allein die Kosten der Eingliederungshilfe und der Jugendhilfe seien seit 2022 um 38 Prozent gestiegen.",
        True,
        [("year", 2022, None, None), ("percent", 38, "%", None)],
        "Birte Oelkers",
    ),
    (
        "de",
        "Das Defizit im Kreishaushalt beträgt trotz der Erhöhung noch 27,4 Millionen Euro.",
        True,
        [("money", 27400000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Mehrere Bürgermeister kritisierten, der Landkreis reiche seine Probleme einfach an die Gemeinden weiter.",
        False,
        [],
        None,
    ),
    ("de", "„Bund und Land bestellen, und am Ende zahlen die Kommunen die Zeche“, sagte Oelkers.", False, [], None),
    (
        "de",
        "Der Beschluss fiel mit 41 zu 22 Stimmen bei drei Enthaltungen.",
        True,
        [("count", 41, None, None), ("count", 22, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Niedersächsischen Landkreistags hat mehr als die Hälfte der Landkreise im Land die Umlage für dieses Jahr erhöht.",
        True,
        [("fraction", 0.5, None, "over")],
        None,
    ),
    # --- Council finances survey (Reuters), March ---
    (
        "en",
        "LONDON, March 4 (Reuters) - Nearly one in ten English councils could be unable to balance their budgets next year without emergency government support, a survey by the Local Government Association showed on Wednesday.",
        True,
        [("date", "--03-04", None, None), ("fraction", 0.1, None, "nearly")],
        None,
    ),
    (
        "en",
        "Councils face a combined funding gap of 6.8 billion pounds over the next two years, the survey estimated.",
        True,
        [("money", 6800000000, "GBP", None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "The government said in February that 31 councils had been granted permission to borrow or sell assets to cover day-to-day spending this year, up from 19 a year earlier.",
        True,
        [("count", 31, None, None), ("count", 19, None, None)],
        None,
    ),
    (
        "en",
        "LGA finance spokesperson Councillor Hannah Everdell said adult social care and children's services now took up almost two-thirds of councils' budgets.",
        True,
        [("fraction", 0.6667, None, "nearly")],
        "Hannah Everdell",
    ),
    ("en", 'Everdell said councils had been "running on fumes" for far too long.', False, [], None),
    (
        "en",
        "Average Band D council tax in England rose 5.3% to £2,317 this year, according to official figures.",
        True,
        [("percent", 5.3, "%", None), ("money", 2317, "GBP", None)],
        None,
    ),
    (
        "en",
        "Analysts at the Institute for Fiscal Studies have questioned whether the current system of local funding is sustainable.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The government plans to introduce multi-year funding settlements for councils from 2028.",
        True,
        [("year", 2028, None, None)],
        None,
    ),
    # --- Schulschließungen in Frankfurt (Oder) (dpa/bb), März ---
    (
        "de",
        "Frankfurt (Oder) (dpa/bb) - Wegen sinkender Schülerzahlen schließt die Stadt Frankfurt (Oder) zum Ende des Schuljahres zwei ihrer elf Grundschulen.",
        True,
        [("count", 2, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "de",
        "Die Stadtverordneten stimmten am Donnerstag mit 24 zu 17 Stimmen für die Schließungen.",
        True,
        [("count", 24, None, None), ("count", 17, None, None)],
        None,
    ),
    (
        "de",
        "Die beiden Schulen werden derzeit von zusammen 212 Kindern besucht, gebaut wurden sie für mehr als 700.",
        True,
        [("count", 212, None, None), ("count", 700, None, "over")],
        None,
    ),
    (
        "de",
        "Bildungsbeigeordnete Kerstin Hafemeister sagte, die Zahl der Geburten in der Stadt sei seit 2016 um fast ein Drittel zurückgegangen.",
        True,
        [("year", 2016, None, None), ("fraction", 0.3333, None, "nearly")],
        "Kerstin Hafemeister",
    ),
    (
        "de",
        "Durch die Schließungen spart die Stadt nach eigenen Berechnungen jährlich rund 1,3 Millionen Euro an Betriebs- und Sanierungskosten.",
        True,
        [("money", 1300000, "EUR", "about")],
        None,
    ),
    ("de", "Eltern warfen der Stadt vor, die Kinder für den Haushalt zu opfern.", False, [], None),
    (
        "de",
        "Die Schülerinnen und Schüler sollen ab August auf drei benachbarte Schulen verteilt werden.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    # --- Milwaukee school closures (AP), March ---
    (
        "en",
        "MILWAUKEE (AP) — Milwaukee Public Schools will close nine buildings at the end of the school year as enrollment keeps falling, the school board decided Thursday night.",
        True,
        [("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "The board voted 6-3 for the plan, which will move about 2,700 students to other schools.",
        True,
        [("count", 6, None, None), ("count", 3, None, None), ("count", 2700, None, "about")],
        None,
    ),
    (
        "en",
        "Enrollment has dropped to about 64,000 students from more than 77,000 a decade ago.",
        True,
        [("count", 64000, None, "about"), ("count", 77000, None, "over")],
        None,
    ),
    (
        "en",
        "Superintendent Adaeze Okoroafor said the district was spending roughly $14 million a year to heat, staff and maintain buildings that were less than half full.",
        True,
        [("money", 14000000, "USD", "about"), ("fraction", 0.5, None, "under")],
        "Adaeze Okoroafor",
    ),
    (
        "en",
        '"You are taking away the only stable place these kids have," a grandmother told the board.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Teachers union leaders accused the board of balancing its books on the backs of the city's poorest neighborhoods.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Of the nine schools, seven are on the city's north side.",
        True,
        [("count", 9, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "en",
        "District officials expect the closures to save about $11 million a year.",
        True,
        [("money", 11000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "The district faces a $46 million deficit in the budget year that begins July 1.",
        True,
        [("money", 46000000, "USD", None), ("date", "--07-01", None, None)],
        None,
    ),
    # --- Anleihe der Stadt Essen (dpa/lnw), März ---
    (
        "de",
        "Essen (dpa/lnw) - Die Stadt Essen hat erstmals eine eigene Anleihe am Kapitalmarkt platziert und damit 300 Millionen Euro eingesammelt.",
        True,
        [("money", 300000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das Papier hat eine Laufzeit von zehn Jahren und ist mit einem Kupon von 3,125 Prozent ausgestattet.",
        True,
        [("duration", 10, "year", None), ("percent", 3.125, "%", None)],
        None,
    ),
    (
        "de",
        "Die Nachfrage war nach Angaben der Stadt mehr als dreimal so hoch wie das angebotene Volumen.",
        True,
        [("count", 3, None, "over")],
        "die Stadt",
    ),
    (
        "de",
        "Stadtkämmerer Gregor Wielandt sagte, mit dem Erlös sollten teurere Kassenkredite abgelöst werden, die derzeit mit rund 3,6 Prozent verzinst würden.",
        True,
        [("percent", 3.6, "%", "about")],
        "Gregor Wielandt",
    ),
    (
        "de",
        "Die Stadt hatte sich bislang vor allem über Gemeinschaftsanleihen mit anderen nordrhein-westfälischen Kommunen finanziert, zuletzt 2023.",
        True,
        [("year", 2023, None, None)],
        None,
    ),
    ("de", "Wielandt hofft, dass weitere Städte im Ruhrgebiet dem Essener Beispiel folgen.", False, [], None),
    (
        "de",
        "Der Bund der Steuerzahler nannte die Anleihe „einen teuren Weg, alte Löcher mit neuen Schulden zu stopfen“.",
        False,
        [],
        None,
    ),
    ("de", "Die Ratingagentur Scope hatte die Stadt im Januar mit der Note „A-“ bewertet.", True, [], None),
    # --- Brighton parking charges (PA), March ---
    (
        "en",
        "BRIGHTON (PA) - Brighton and Hove City Council has approved a rise in on-street parking charges of up to 20 per cent from April 1.",
        True,
        [("percent", 20, "%", "up_to"), ("date", "--04-01", None, None)],
        None,
    ),
    (
        "en",
        "An hour's parking in the city centre will cost £5.40, up from £4.50.",
        True,
        [("money", 5.4, "GBP", None), ("money", 4.5, "GBP", None)],
        None,
    ),
    (
        "en",
        "Residents' permits in the busiest zones will rise by £38 to £268 a year.",
        True,
        [("money", 38, "GBP", None), ("money", 268, "GBP", None)],
        None,
    ),
    (
        "en",
        "The council expects the changes to raise an extra £4.2 million a year, which it says will be spent on bus subsidies and road repairs.",
        True,
        [("money", 4200000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Parking income made up about 7% of the council's £1.1 billion gross budget last year, according to council papers.",
        True,
        [("percent", 7, "%", "about"), ("money", 1100000000, "GBP", None)],
        None,
    ),
    (
        "en",
        'Business leaders in the Lanes called the increase "another nail in the coffin of the high street".',
        False,
        [],
        None,
    ),
    (
        "en",
        '"We know nobody likes paying more to park," said cabinet member for transport Dervla Ashbrook.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ashbrook said the council had frozen parking charges in 2024 and 2025.",
        True,
        [("year", 2024, None, None), ("year", 2025, None, None)],
        "Ashbrook",
    ),
    # --- Rechnung der Stadt Zürich (Keystone-SDA), März ---
    (
        "de",
        "Zürich (Keystone-SDA) - Die Stadt Zürich hat das vergangene Jahr zum vierten Mal in Folge mit einem Überschuss von 214 Millionen Franken abgeschlossen, budgetiert war ein Defizit von 96 Millionen Franken.",
        True,
        [("ordinal", 4, None, None), ("money", 214000000, "CHF", None), ("money", 96000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Grund seien vor allem die Steuereinnahmen von Unternehmen, die um 11 Prozent höher ausfielen als erwartet, sagte Finanzvorsteherin Nathalie Tschudin-Gerber.",
        True,
        [("percent", 11, "%", None)],
        "Nathalie Tschudin-Gerber",
    ),
    (
        "de",
        "Die Zahl der Vollzeitstellen in der Stadtverwaltung stieg im vergangenen Jahr um 412 auf rund 23'900.",
        True,
        [("count", 412, None, None), ("count", 23900, None, "about")],
        None,
    ),
    (
        "de",
        "Die Nettoschulden der Stadt sanken um 180 Millionen auf 1,43 Milliarden Franken.",
        True,
        [("money", 180000000, "CHF", None), ("money", 1430000000, "CHF", None)],
        None,
    ),
    ("de", "Die FDP sprach von einem «Zufallsüberschuss, der die strukturellen Probleme überdeckt».", False, [], None),
    (
        "de",
        "«Wir wachsen mit der Stadt, nicht über sie hinaus», sagte Tschudin-Gerber zum Stellenzuwachs.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Eine Senkung des Steuerfusses um drei Prozentpunkte hatte der Gemeinderat im Dezember abgelehnt.",
        True,
        [("percent", 3, "pp", None)],
        None,
    ),
    (
        "de",
        "Für das laufende Jahr rechnet die Stadt mit Investitionen von 1,2 Milliarden Franken, so viel wie nie zuvor.",
        True,
        [("money", 1200000000, "CHF", None)],
        None,
    ),
    # --- San Antonio bond election (AP), March ---
    (
        "en",
        "SAN ANTONIO (AP) — City Council members in San Antonio voted unanimously Thursday to put a $1.35 billion bond package before voters in May, the largest in the city's history.",
        True,
        [("money", 1350000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The package includes $610 million for streets and sidewalks, $240 million for drainage and $185 million for parks.",
        True,
        [("money", 610000000, "USD", None), ("money", 240000000, "USD", None), ("money", 185000000, "USD", None)],
        None,
    ),
    (
        "en",
        "City officials say the bonds can be repaid without raising the property tax rate of 52.3 cents per $100 of assessed value.",
        True,
        [("money", 0.523, "USD", None), ("money", 100, "USD", None)],
        None,
    ),
    (
        "en",
        "Mayor Rosalind Teague said the city had a backlog of more than 1,400 miles of streets rated in poor condition.",
        True,
        [("count", 1400, None, "over")],
        "Rosalind Teague",
    ),
    ("en", '"This is about whether your kids can walk to school on a sidewalk," Teague said.', False, [], None),
    (
        "en",
        'A local taxpayers\' group called the package "a wish list dressed up as infrastructure."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The city's last bond election, in 2022, passed with about 64% support.",
        True,
        [("year", 2022, None, None), ("percent", 64, "%", "about")],
        None,
    ),
    ("en", "Early voting begins April 20.", True, [("date", "--04-20", None, None)], None),
    # --- Grundsteuer in Saarbrücken (dpa/lrs), März ---
    (
        "de",
        "Saarbrücken (dpa/lrs) - Die Landeshauptstadt Saarbrücken führt als erste Kommune im Saarland getrennte Hebesätze für Wohn- und Geschäftsgrundstücke ein.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Für Wohngrundstücke gilt künftig ein Hebesatz von 545 Prozent, für Gewerbegrundstücke von 960 Prozent.",
        True,
        [("percent", 545, "%", None), ("percent", 960, "%", None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der Stadt sollen die Einnahmen aus der Grundsteuer bei rund 52 Millionen Euro im Jahr bleiben.",
        True,
        [("money", 52000000, "EUR", "about")],
        "die Stadt",
    ),
    (
        "de",
        "Ohne die Aufteilung wären die Bescheide für viele Einfamilienhäuser nach der Reform im Schnitt um rund 30 Prozent gestiegen, sagte Finanzdezernent Lukas Brenneisen.",
        True,
        [("percent", 30, "%", "about")],
        "Lukas Brenneisen",
    ),
    (
        "de",
        "Die Industrie- und Handelskammer nannte die Entscheidung „ein Signal gegen den Wirtschaftsstandort“.",
        False,
        [],
        None,
    ),
    ("de", "Die IHK kündigte an, ein Musterverfahren gegen die gespaltenen Hebesätze zu unterstützen.", True, [], None),
    ("de", "Ob die gespaltenen Hebesätze vor Gericht Bestand haben, ist unter Juristen umstritten.", False, [], None),
    (
        "de",
        "Rund 68.000 Grundsteuerbescheide sollen bis Ende April verschickt werden.",
        True,
        [("count", 68000, None, "about")],
        None,
    ),
    (
        "de",
        "Das Land hatte den Gemeinden die Möglichkeit getrennter Hebesätze mit einem Gesetz im Jahr 2024 eröffnet.",
        True,
        [("year", 2024, None, None)],
        None,
    ),
    # --- Cornwall bin charges (PA), March ---
    (
        "en",
        "TRURO (PA) - Cornwall Council will raise its garden waste collection charge from £55 to £69 a year from April, the third increase in three years.",
        True,
        [
            ("money", 55, "GBP", None),
            ("money", 69, "GBP", None),
            ("ordinal", 3, None, None),
            ("duration", 3, "year", None),
        ],
        None,
    ),
    (
        "en",
        "About 62,000 households subscribe to the service, which the council says costs £5.1 million a year to run.",
        True,
        [("count", 62000, None, "about"), ("money", 5100000, "GBP", None)],
        None,
    ),
    (
        "en",
        "General waste will move from fortnightly to three-weekly collections in October, while food waste will still be collected every week.",
        True,
        [("duration", 3, "week", None)],
        None,
    ),
    (
        "en",
        "Cabinet member for environment Josiah Trevethan said the change would save about £2.3 million a year.",
        True,
        [("money", 2300000, "GBP", "about")],
        "Josiah Trevethan",
    ),
    (
        "en",
        '"Once again people here get a worse service and a bigger bill," said opposition councillor Meryn Polglase.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Trevethan said he was confident residents would "rise to the challenge" of recycling more.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Trials in four other council areas cut general waste by an average of 17%, according to the council.",
        True,
        [("count", 4, None, None), ("percent", 17, "%", None)],
        None,
    ),
    (
        "en",
        "The council's recycling rate was 38.6% last year, below the national average of 42.1%.",
        True,
        [("percent", 38.6, "%", None), ("percent", 42.1, "%", None)],
        None,
    ),
    # --- Personal und Rechnungsabschluss in Graz (APA), März ---
    (
        "de",
        "Graz (APA) - Die Stadt Graz will bis 2030 rund 250 Planposten im Magistrat einsparen, vor allem durch nicht nachbesetzte Pensionierungen.",
        True,
        [("year", 2030, None, None), ("count", 250, None, "about")],
        None,
    ),
    (
        "de",
        "Der Rechnungsabschluss für das vergangene Jahr weist einen Abgang von 61,8 Millionen Euro aus, um 14 Millionen Euro weniger als veranschlagt.",
        True,
        [("money", 61800000, "EUR", None), ("money", 14000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Finanzschulden der Stadt samt ihrer Beteiligungen belaufen sich auf knapp 1,9 Milliarden Euro.",
        True,
        [("money", 1900000000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "Finanzstadtrat Manfred Eibiswalder sagte, die Personalkosten seien seit 2022 um fast ein Viertel gestiegen und machten inzwischen 41 Prozent der laufenden Ausgaben aus.",
        True,
        [("year", 2022, None, None), ("fraction", 0.25, None, "nearly"), ("percent", 41, "%", None)],
        "Manfred Eibiswalder",
    ),
    (
        "de",
        "„Eine schlanke Verwaltung ist kein Selbstzweck, sondern unsere Pflicht gegenüber den Steuerzahlern“, sagte Eibiswalder.",
        False,
        [],
        None,
    ),
    ("de", "Die Personalvertretung warnte vor einer „Arbeitsverdichtung ohne Ende“.", False, [], None),
    (
        "de",
        "Die Eishalle Liebenau soll ab Herbst nur noch an fünf Tagen pro Woche geöffnet sein.",
        True,
        [("duration", 5, "day", None)],
        None,
    ),
    (
        "de",
        "Laut Stadtrechnungshof wurden im Vorjahr Überstunden im Wert von 9,2 Millionen Euro ausbezahlt.",
        True,
        [("money", 9200000, "EUR", None)],
        None,
    ),
    # --- Chicago downgrade (Reuters), March ---
    (
        "en",
        "CHICAGO, March 12 (Reuters) - S&P Global Ratings cut Chicago's general obligation rating to BBB-minus, its lowest investment-grade level, citing pension costs and a reliance on reserves, its second downgrade of the city in 18 months.",
        True,
        [("date", "--03-12", None, None), ("ordinal", 2, None, None), ("duration", 18, "month", None)],
        None,
    ),
    (
        "en",
        "Chicago's municipal and police pension plans held only about 24% of the assets needed to pay promised benefits, with unfunded liabilities of roughly $37 billion, the agency said.",
        True,
        [("percent", 24, "%", "about"), ("money", 37000000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "The City Council passed a $17.8 billion budget for 2027 in December by a vote of 29-21.",
        True,
        [
            ("money", 17800000000, "USD", None),
            ("year", 2027, None, None),
            ("count", 29, None, None),
            ("count", 21, None, None),
        ],
        None,
    ),
    (
        "en",
        "Budget director Annemarie Kostelny said the city would contribute $2.6 billion to its pension funds this year, up from $2.3 billion.",
        True,
        [("money", 2600000000, "USD", None), ("money", 2300000000, "USD", None)],
        "Annemarie Kostelny",
    ),
    ("en", 'Kostelny said City Hall was "deeply frustrated" with the agency\'s verdict.', False, [], None),
    (
        "en",
        "Yields on Chicago bonds maturing in 2045 rose 12 basis points after the announcement, according to trading data.",
        True,
        [("year", 2045, None, None), ("percent", 12, "bp", None)],
        None,
    ),
    (
        "en",
        "The city's budget gap for 2028 is projected at $1.1 billion, according to the mayor's office.",
        True,
        [("year", 2028, None, None), ("money", 1100000000, "USD", None)],
        None,
    ),
    ("en", "Chicago's debt is rated two notches higher by Moody's and Fitch.", True, [("count", 2, None, None)], None),
    # --- Kita-Gebühren in Offenbach (dpa/lhe), März ---
    (
        "de",
        "Offenbach (dpa/lhe) - Die Stadt Offenbach erhöht zum 1. August die Gebühren für die Betreuung von Kindern unter drei Jahren.",
        True,
        [("date", "--08-01", None, None), ("duration", 3, "year", "under")],
        None,
    ),
    (
        "de",
        "Für einen Ganztagsplatz in der Krippe zahlen Eltern dann 380 Euro im Monat statt bisher 310 Euro.",
        True,
        [("money", 380, "EUR", None), ("money", 310, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Kita-Gebühren decken nach Angaben der Stadt nur noch knapp 12 Prozent der Betriebskosten.",
        True,
        [("percent", 12, "%", "nearly")],
        "die Stadt",
    ),
    (
        "de",
        "Sozialdezernentin Jasmin Okafor-Reitz sagte, die Stadt gebe in diesem Jahr rund 148 Millionen Euro für die Kinderbetreuung aus, fast ein Fünftel ihres Haushalts.",
        True,
        [("money", 148000000, "EUR", "about"), ("fraction", 0.2, None, "nearly")],
        "Jasmin Okafor-Reitz",
    ),
    ("de", "Der Stadtelternbeirat sprach von einer „Strafgebühr für berufstätige Eltern“.", False, [], None),
    ("de", "„Niemand im Magistrat hat sich diese Entscheidung leicht gemacht“, sagte Okafor-Reitz.", False, [], None),
    ("de", "Für Familien mit geringem Einkommen bleibt die Betreuung weiterhin beitragsfrei.", True, [], None),
    (
        "de",
        "Die letzte Erhöhung der Krippengebühren liegt vier Jahre zurück.",
        True,
        [("duration", 4, "year", None)],
        None,
    ),
    # --- Denver furloughs (AP), March ---
    (
        "en",
        "DENVER (AP) — Denver will require most city employees to take four unpaid furlough days this year and leave 350 vacant jobs unfilled to close a $62 million gap, Mayor Julian Esparza announced Monday.",
        True,
        [("duration", 4, "day", None), ("count", 350, None, None), ("money", 62000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The furloughs alone will save about $18 million, according to the city's budget office.",
        True,
        [("money", 18000000, "USD", "about")],
        None,
    ),
    ("en", "Police officers and firefighters are exempt under their union contracts.", True, [], None),
    (
        "en",
        "Esparza said sales tax revenue, which funds about half of the general fund, had come in 3.7% below forecast in the last three months of 2026.",
        True,
        [
            ("fraction", 0.5, None, "about"),
            ("percent", 3.7, "%", None),
            ("duration", 3, "month", None),
            ("year", 2026, None, None),
        ],
        "Esparza",
    ),
    ("en", '"Nobody wanted to do this, but it beats laying people off," Esparza said.', False, [], None),
    ("en", 'The union representing city workers called the furloughs "a pay cut by another name."', False, [], None),
    (
        "en",
        "Denver's general fund budget for the year is $1.76 billion.",
        True,
        [("money", 1760000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The city last imposed furloughs in 2020, during the coronavirus pandemic.",
        True,
        [("year", 2020, None, None)],
        None,
    ),
]
