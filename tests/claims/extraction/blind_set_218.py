"""Two-hundred-and-eighteenth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, minor councils, groups and firms
and all figures are made up (Jens Hallbauer, Frank Thielges, Markus Eibensteiner, Karin
Meierhans, Nadine Arslan-Wiegand, Ulrike Segebarth, Roland Käppeli, Anke Weyhausen, the
initiative „Bücher bleiben“, Sabine Wernig, Esther Lindenmann, Petra Hofstetter-Lang,
Claudia Hörtnagl-Pichler, Stefan Breithaupt, Kerstin Wohlfahrt, Marion Kuhlenkamp, Ursula
Bisig, Elisabeth Raidl-Hofer, Dirk Lehnhardt, Tobias Mauersberger, Henning Lorenzen;
Haverleigh and its borough council, Sarah Okonjo, Graham Tuffnell, Rolanda Pruitt, Marcus
Bell, Darnell Hughes, Northwold County Council, Bethany Rourke, Neil Hargreaves, Libraries
Matter, Carla Winfield, Teresa Quiñones, Janelle Ortega, Eli Brandt, Cascade Ridge
Builders, Rhian Pugh, Dai Lewis, Priya Sandhu, Martin Greaves, Hollis Weatherby, Denise
Holloway, Tom Featherstone, Teodoro Baca, Ruth Anaya, Ana Lucero; every unnamed mother,
pensioner, trainer, shopkeeper, councillor, fire chief and spokesperson); mayors,
councillors and officials of real towns appear under made-up names that stand for no real
holder, or by their role only. Real towns, councils, parties, bodies and places
(Mülheim an der Ruhr, Neunkirchen, Wiebelskirchen, DLRG, Linz, Land Oberösterreich, SPÖ,
ÖVP, FPÖ, Winterthur, SVP, SP, FDP, Alternative Liste, Frankfurt, Bockenheim, Magistrat,
Stadtelternbeirat, Oldenburg, Wohlen AG, Bremen, Stadtbibliothek Bremen, Lesum, Huchting,
Osterholz, Kulturbehörde, Villach, Volksschule Lind, Land Kärnten, Basel, Grosser Rat,
Junge SVP, Regensburg, Freistaat, St. Pölten, Niederösterreich, Weinviertel,
Arbeiterkammer, Freiburg, Zähringen, Haus & Grund, Dresden, Freie Wähler,
Hannover, Luzern, Hagen, Cottbus, Spree, Wiener Neustadt, Darmstadt, Potsdam, Drewitz,
Kiel; the Dayton City Commission, Rochester's school board, Tacoma, Seattle,
Carmarthenshire Council, Llanelli, Swim Wales, Kent County Council, Maidstone, Dartford,
Montpelier, Bristol City Council, Bedminster, Albuquerque, and the datelines' cities) stand
for the way wire copy names them; every budget, rate, fee, tax, vote, tally, cost,
delay, place, closure, quote and complaint here is invented, and where a real figure came
to mind it was changed (the year the German right to a childcare place took effect kept).

Its weight: LOCAL AND MUNICIPAL NEWS (the thirtieth, fifty-eighth, hundred-fifth,
hundred-twenty-ninth and hundred-seventy-second batches weighed local and city hall copy
before, and their decisions are kept) over about six weeks of one budget season, early
November to mid-December of one year, as 32 short stories in story order, the German and
English stories interleaved by date, each told as local copy runs it (a dateline lead, the
figures, the vote, attributed claims, the other side, quotes, residents' voices). About 70
percent German, as the brief's topic asks (so the German rows outnumber the English ones
rather than splitting them in half): the dpa regional services (dpa/lnw, dpa/lrs, dpa/lhe,
dpa/lni, dpa/lby, dpa/sn, dpa/lsw, dpa/bb, dpa/lno), APA and Keystone-SDA, with Austrian
"Voranschlag", "heuer", "mit 1. Jänner", "Gemeinderat", Swiss "gutgeheissen",
"Stimmbeteiligung", "Gemeindeammann", "Steuerfuss", "3'184 Nein zu 2'906 Ja", "2.40
Franken", «» quotes and German „“ quotes: a budget and the Grundsteuer B in Mülheim, an
indoor pool closing in Neunkirchen, the Linz Voranschlag with its fees, the Winterthur
budget and Steuerfuss, missing crèche places in Frankfurt, the town hall refurbishment in
Oldenburg, a pool credit rejected at the ballot box in Wohlen, branch libraries closing in
Bremen, a primary school in containers in Villach, refuse sacks in Basel, the school repair
backlog in Regensburg, kindergarten groups in Lower Austria, Grundsteuer bills in Freiburg,
new schools in Dresden, two pools closing in Hannover, school space in Lucerne, the dog tax
in Hagen, a bridge closure in Cottbus, a mayor's first-year balance in Wiener Neustadt, a
fire station over budget in Darmstadt, residents' protest against a housing estate in
Potsdam and a spending freeze in Kiel. About 30 percent English from PA local democracy
copy and AP US city news: a council tax rise above the referendum limit in a borough, a
city budget closing fire stations in Dayton, library closures in a county, school closures
in Rochester, a police headquarters over budget in Tacoma, a pool closing in Llanelli,
secondary school places in Kent, a pool bond in Montpelier, four-weekly bins in Bristol and
library hours cut in Albuquerque. Figures as such copy has them: council and ballot
tallies, Hebesätze and a Steuerfuss in percent, council tax bands in pounds and pence,
fees per sack, bin, dog and household, deficits, debts per head, cost overruns and delays
in months and years, places, classes, pupils, signatures and objections, shares of
budgets and users, rates per $100 of assessed value, ordinals of estimates, postponements
and budgets in a row. Negatives as such copy has them: mayors', treasurers' and
councillors' rhetoric in quotes, most beside a check-worthy figure from the same speaker;
residents', parents' and pensioners' complaints and vox pops with their ages and other
figures labelled; opposition and lobby labels, accusations without a checkable claim, a
demand without a measure, evasions, doubts, open questions and scene colour at council
meetings.

239 rows (165 German, 74 English), 54 negatives (35 German, 19 English), 185 check-worthy
rows of which 20 carry no figure (18 German, 2 English), 317 expected quantities (108
counts, 70 amounts of money - 37 EUR, 12 USD, 11 CHF, 10 GBP -, 38 years, 37 durations - 23
in years, 6 in months, 3 in hours, 2 in weeks, 1 in minutes, 1 in seconds, 1 in days -, 30
percentages - 29 in %, 1 in pp -, 17 fractions, 11 ordinals, 6 dates; 18 of them in 13
negatives, as the seventeenth batch labels a figure in a negative), 35 checked speakers (24
German, 11 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, complaint, feeling, fear, doubt or piece of rhetoric is a negative with
  speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  hundred-twenty-ninth, two-hundred-fourth, two-hundred-seventh); a quoted or reported
  statement of fact, figure, step, plan or position is check-worthy with its speaker. Pairs
  from one speaker: Hallbauer's 96 euros beside „Wir sparen uns seit Jahren kaputt ...“;
  Okonjo's 220 posts beside "demand for care has gone through the roof"; Eibensteiner's 212
  million euros beside „ausgepresst wie Zitronen“; Bisig's five Schulanlagen beside «Wir
  planen nicht auf Vorrat ...»; Raidl-Hofer's 148 places and 6.2 million euros beside „die
  Stadt mit der größten Dynamik“; Lehnhardt's container beside „das ist beschämend“;
  Lorenzen's 42 million euros beside „Wir fahren auf Sicht ...“; Pugh's £38 million beside
  "heartbroken"; Weatherby's 14 months beside "not going to be a city without a pool".
  Konjunktiv I paraphrases of a figure or a fact are check-worthy with the speaker their
  own attribution gives (hundred-twenty-ninth: "..., sagte Stadtkämmerin Sandra Wielgoß."):
  Hallbauer's 96 euros, Arslan-Wiegand's sixth, Raidl-Hofer's places and debt, Thielges's
  joint pool, Wernig's eight months. A reported figure with a quoted phrase of rhetoric
  appended stays check-worthy (hundred-twenty-ninth: Deane's repayment with "never intended
  to mislead anyone"): Okonjo's 220 posts with "nothing left to sell ...".
- Check-worthy without a figure (20 rows; hundred-twenty-ninth, two-hundredth,
  two-hundred-seventh): leads reporting a step or a fact of record (Oldenburg's rising cost,
  Villach's delay, Wohlen's rejection at the ballot box, Freiburg's higher bills, Hagen's
  dog tax, Cottbus's longer works, Kiel's Haushaltssperre, the mayor's balance before
  journalists - two-hundredth: a festival opened, an event of record), the Oldenburg costs
  "mehr als verdoppelt" (a verb, hundred-fifty-second: "more than doubled" none), a party's
  label paired with its vote ("Die Grünen sprachen von ... und stimmten geschlossen
  dagegen."; hundred-twenty-ninth), Haus & Grund's announced test case, the presentation of
  Lucerne's school space plan, a comparison stated by an official (Kuhlenkamp's water area;
  hundred-twenty-ninth: „Die Stadt verwies darauf, dass ...“), Lehnhardt's container, the
  damage named as the cause of the Cottbus delay (hundred-twenty-ninth: a stated reason for
  a fee rise), the Kiel offices' spending restriction, the Freie Wähler voting against,
  Ortega's stated plan, Featherstone's weekly food waste ("every week" none, as "weekly",
  hundred-twenty-ninth), and the Linz Nullrunde (below). New: "Die Fraktion der Freien
  Wähler stimmte als einzige dagegen." and "Commissioner Darnell Hughes, the lone no vote,
  ..." carry no count - "als einzige" and "lone" are words of uniqueness, not number words,
  as "ein weiterer" (two-hundred-twelfth).
- New: "eine Nullrunde bei den Subventionen" carries no quantity - the compound names a
  freeze, and the "Null" inside it counts nothing, as "Doppelhaushalt" carries none (tenth,
  sixteenth); the row is check-worthy without a figure, a decided freeze being a fact of
  record. New: "darunter 300 Halbtagsplätze" is count 300 and no fraction - "Halbtags-"
  names a kind of place (half-day care), not a share, as "Achtelfinal-Hinspiel" and "im
  zweiten Drittel" carry no fraction (two-hundredth). New: "verzögert sich um ein weiteres
  Schuljahr" carries no duration - a school year named with an article is a calendar period,
  as "für ein Jahr" (hundred-twenty-ninth) and "im vergangenen Jahrzehnt" (two-hundredth);
  the row is check-worthy without a figure. New: "Save Station 14" on the residents' signs
  carries none - the number names a fire station, as "Straßenbahnlinie 6" and "im Kreis 12"
  (hundred-twenty-ninth) and "In Ward 6" (fifty-eighth) name a line, a district and a ward;
  the row is scene colour, a negative with its "more than three hours" labelled.
- Negatives (hundred-twenty-ninth, two-hundred-fourth, two-hundred-seventh): residents',
  parents' and pensioners' complaints and vox pops with their figures labelled
  (seventeenth, hundred-twenty-ninth, two-hundred-twelfth): „eine 68-jährige Anwohnerin“ 68
  years, the Bockenheim mother's „Seit 14 Monaten“ 14 months, „ein 71 Jahre alter Rentner“
  71 years, „Eine 39-jährige Mutter“ with her fear 39 years, "Bethany Rourke, 42," 42 years,
  "Marcus Bell, 58," with "in four minutes" and "two blocks" (4 minutes, 58 years, count 2),
  the father's "6-year-olds" and "two closed schools" with "one father told the board"
  (6 years, count 2, count 1 - hundred-twenty-ninth: "one parent told councillors"), Priya
  Sandhu's "two bus rides" count 2, "Denise Holloway, 61," with "by the second week of
  August" (ordinal 2, 61 years), "Ruth Anaya, 74," 74 years, Dai Lewis's "Three years" 3
  years; quotes of pride, rhetoric and verdict from mayors, treasurers, councillors, a
  fire chief, a parents' association, a trainer, a shopkeeper and a campaign group; labels
  ("lobte ... als «solide und sozial»", "sprach von «Abzocke beim Abfall»", "called the rise
  "a punishment ..."", Hughes's "asking the neighborhoods ...", "nannten die Kürzungen einen
  „Kahlschlag auf Raten“", "heartbroken"); accusations without a checkable claim ("warf dem
  Magistrat vor, die Lage „schönzurechnen“", "warf der Bürgermeisterin vor, sich mit fremden
  Federn zu schmücken"; hundred-twenty-ninth); a demand without a measure ("Die FPÖ
  verlangte eine „Gebührenbremse“, nannte aber keine Zahlen."; two-hundred-fourth); a
  doubt ("bezweifeln viele Eltern"); evasions ("ließ Baudezernentin Ulrike Segebarth
  offen", "ließ Mauersberger offen"; two-hundred-fourth); open questions („Wie es mit den
  Gebäuden weitergeht, ist noch offen.“, „Ob sich für die Gebäude ... findet, ist offen.“,
  „Ob das Landesmodell ... umstritten.“, "It was not immediately clear ...", "Whether the
  new places ...", "Whether the measure ...", "Whether any of the volunteer-run libraries
  will still be open in five years ..." with 5 years labelled); scene colour (the Dayton
  chambers, the man shouting at the Potsdam meeting).
- Votes and tallies are counts, one per figure (sixty-fifth, hundred-fifth,
  hundred-twenty-ninth): "Für den Etat stimmten 31 ..., 22 votierten dagegen, drei
  enthielten sich" three counts, "mit 27 zu 16 Stimmen", "mit 34 zu 22 Stimmen", "mit 52 zu
  41 Stimmen bei zwei Enthaltungen" three counts, "mit 29 zu 27 Stimmen", "mit 38 zu 17
  Stimmen", "mit 3'184 Nein zu 2'906 Ja" two counts (hundred-twenty-ninth: the bare "Ja" and
  "Nein"; Swiss apostrophe, tenth), "voted 4-1", "voted 6-2", "voted 5-2", "2,214 to 1,187".
  Turnout is a percentage ("Die Stimmbeteiligung lag bei 47,3 Prozent", "Turnout was 38%").
  "nearly double that of last year's city election" is count 2 "nearly"
  (hundred-twenty-ninth: "almost twice the usual limit"; two-hundred-twelfth: "das
  Doppelte"); "have more than tripled" carries none (a verb, hundred-fifty-second).
- Local taxes and fees (fifty-third, hundred-fifth, hundred-twenty-ninth): Hebesätze are
  percentages as written ("von 890 auf 960 Prozent", "von 600 auf 420 Prozent"), as is the
  Swiss Steuerfuss given in percent ("bleibt bei 125 Prozent"), and "eine ... Senkung um
  zwei Prozentpunkte" is 2 pp; "Grundsteuer B" and "Band D" carry none. Council tax in
  pounds and pence ("by £174.60 to £2,116.82 a year"), "a rise above 4.99 per cent" 4.99
  "over" (hundred-ninety-sixth: "above 50" "over"; PA's "per cent" in %, two-hundred-
  seventh). Fees: "von 168 auf 204 Euro im Jahr, ... von 204 auf 240 Euro" four amounts
  with the currency written once (forty-eighth), "für den ersten Hund" ordinal 1 and "für
  jeden weiteren Hund" none (fifty-eighth), "900 Euro", "2.40 Franken statt wie bisher 2
  Franken" (Swiss decimal point, hundred-seventy-third; "statt wie bisher" no hedge), "£65
  a year ..., up from £48", "about 4 cents per $100 of assessed value" 0.04 USD "about" and
  100 USD (hundred-twenty-ninth: cents per $100), "roughly $120 a year for a median home"
  "about". Compounds and households: "der 35-Liter-Sack" 35 and "a 180-litre bin" 180
  (hundred-twenty-ninth: "eine 120-Liter-Tonne"), "Ein Zweipersonenhaushalt" 2
  (hundred-twenty-ninth: "Ein Vierpersonenhaushalt"), "eine vierköpfige Familie" 4
  (two-hundredth), "families of five or more" 5 "at_least" (hundred-twenty-ninth: "five or
  more apartments"). None: "pro Kopf", "pro Einwohner", "Pro-Kopf-Verschuldung" (hundred-
  fifth), "im Jahr", "a year", "a day", "jährlich", "pro Woche", "pro Jahr".
- Budgets, costs and overruns are money in the currency written (every batch): EUR ("rund
  96 Euro", "knapp 1,1 Milliarden Euro ..., rund 6.400 Euro pro Einwohner", "mindestens 14,5
  Millionen Euro" "at_least", "etwa 820.000 Euro", "1,08 Milliarden Euro ... 41,6 Millionen
  Euro", "bereits 212 Millionen Euro" - "bereits" no hedge -, "63,8 Millionen Euro statt der
  2021 veranschlagten 29 Millionen Euro", "von ursprünglich 19 auf nunmehr 27,4 Millionen
  Euro" both - the scale word written once serves the earlier figure (forty-eighth,
  hundredth) -, "höchstens 35 Millionen Euro" "at_most" (two-hundred-seventh follows the
  majority for "höchstens"), "für zusammen 212 Millionen Euro" - "zusammen" no hedge -, "um
  2,3 Millionen Euro auf 11,9 Millionen Euro", "mindestens 23 Millionen Euro mehr als
  geplant" "at_least" with the "mehr als" after the figure comparing (hundred-first), "im
  Schnitt 9,40 Euro" - "im Schnitt" no hedge -, "im Schnitt rund 19 Franken" "about" from
  "rund" (hundred-thirteenth: "im Schnitt rund 430 Euro")), CHF ("18,7 Millionen Franken",
  "1,32 Milliarden Franken", "Der Kredit über 32,5 Millionen Franken" with no hedge - "über"
  governed by the noun, two-hundred-seventh -, "höchstens 20 Millionen Franken" "at_most",
  "auf über 5'000 Franken" "over", "rund 410 Millionen Franken"), GBP ("a £31.4m gap" -
  PA's "m", hundred-fifth: "£410m" -, "£2.6 million", "an estimated £7.8 million"
  "about" - hundred-twenty-ninth: "an estimated" -, "£38 million", "about £1.9 million a
  year"), USD ("a $218 million general fund budget", "nearly $60 million more than" "nearly"
  with the "more than" after the figure comparing, "$9.6 million bond", "$600,000 from a
  reserve fund"). Vague magnitudes carry none ("eines drohenden Millionenlochs";
  two-hundred-twelfth: „einen Millionenschaden“).
- Shares (the issue; hundred-twenty-ninth, two-hundred-seventh): "Ein Fünftel der Ausgaben"
  0.2, "jedes fünfte Kind" 0.2, "jede sechste Erzieherstelle" 0.1667 (hundred-twenty-ninth:
  "jede siebte Erzieherstelle" 0.1429), "Rund ein Drittel" 0.3333 "about", "knapp drei
  Viertel der Mehrkosten" 0.75 "nearly", "um rund einen Viertel" 0.25 "about" (the Swiss
  masculine quarter, hundred-fifteenth), "Fast jedes zweite" 0.5 "nearly", "gut jedes
  dritte davon" 0.3333 "over", "um durchschnittlich ein Fünftel" 0.2 with no hedge, "rund
  ein Drittel mehr" 0.3333 "about" (the "mehr" after a share compares,
  hundred-nineteenth), "ein Drittel davon mietpreisgebunden" 0.3333, "um fast ein Viertel"
  0.25 "nearly", "almost three-quarters" 0.75 "nearly", "Around two-thirds" 0.6667 "about",
  "about one in three" 0.3333 "about", "more than one in five" 0.2 "over", "by nearly a
  fifth" 0.2 "nearly". Percentages otherwise as written ("um 9 Prozent mehr als im
  Vorjahr", "um durchschnittlich 4,8 Prozent", "um 6,2 Prozent", "um 8 Prozent", "bis zu 60
  Prozent" "up_to", "im Schnitt um 38 Prozent", "um 31 Prozent", "um fast 15 Prozent"
  "nearly", "bis zu 30 Prozent" "up_to", "um 3,5 Prozent", "um zunächst 15 Prozent" -
  "zunächst" no hedge -, "about 6% below", "about 68%", "by 37 per cent", "81.4 per cent
  ..., down from 84.2 per cent", "about 31%", "from 46 per cent to 52 per cent", "4.2%
  below projections").
- Ordinals (the issue: "das sechste Treffen", "die drittgrößte Stadt", "zum zweiten Mal"):
  "der sechste Haushalt in Folge" 6, "der sechstgrössten Schweizer Stadt" 6 (the Swiss
  "ss"), "Nach der inzwischen vierten Kostenschätzung" 4 (hundred-fifth: "die vierte
  Kostenschätzung"), "zum dritten Mal seit Baubeginn" 3, "im dritten Quartal" 3
  (hundred-ninety-sixth), "ab dem vollendeten ersten Lebensjahr" 1, "Über das erste
  Projekt" 1, "the fourth council this year" 4, "the first major city" 1, "by the second
  week of August" 2 (in a negative, labelled). "top-choice school" carries none (no number
  word).
- Durations and ages (the issue: "fünfstündigen", "a two-week visit"; every batch): "nach
  einer fünfstündigen Debatte" 5 hours, "nach einer siebenstündigen Debatte" 7 hours, "nach
  51 Jahren Betrieb" 51 years (hundred-twenty-ninth: "nach 14 Jahren im Amt"), "um weitere
  18 Monate" ("weitere" no hedge), "für ein halbes Jahr" 0.5 years (eleventh: "um
  mindestens ein halbes Jahr"), "zweieinhalb Jahre später als geplant" 2.5 years
  (hundred-fifth: "fünfeinhalb Jahren"), "um acht Monate", "um sieben Monate", "für
  sechs Monate", "für zwei Jahre", "in den kommenden vier Jahren" 4 years with no hedge,
  "fast 14 Jahre" "nearly", "vor fünf Jahren" 5 years (forty-sixth), "about two years late"
  "about" (hundred-fifth: "two years late"), "a 14-week strike" 14 weeks, "about 14
  months" "about", "only 19 days before the vote" ("only" no hedge), "by up to 90 seconds"
  90 seconds "up_to" (two-hundredth: seconds), "four-weekly collections" 4 weeks
  (hundred-twenty-ninth: "three-weekly collections"), "more than three hours" "over" and
  "in four minutes" and "Three years" and "Seit 14 Monaten" and "in five years" in
  negatives, labelled. Ages are durations in years: "Kinder über drei Jahren" 3 years
  "over" (twenty-first: "Menschen über 50 Jahren"), "jünger als 14 Jahre" 14 years "under"
  (hundred-fourteenth), "für Zweijährige" 2 years (hundred-eleventh: "bei den
  Zweijährigen"), "6-year-olds" 6 years, "A 50-year-old swimming pool" 50 years and "more
  than 90 years old" "over" (fifty-eighth: ages of things), and the vox pops' ages above.
  None: "im Jahr", "jährlich", "jedes Jahr", "heuer", "im Vorjahr", "in diesem Jahr", "im
  kommenden Jahr", "vom kommenden Jahr an", "Ein Jahr nach ihrer Wahl" (an article), "seit
  Jahren", "seit langem", "bis auf Weiteres", "a decade ago", "last year", "next year",
  "this year", "next month", "last summer", "every week", "all week", months, seasons and
  weekdays ("Ende Dezember", "Ende Juni", "im Januar", "im Juni", "im
  Oktober", "im März", "Ab dem kommenden Herbst", "from April", "from June", "on Sundays",
  "late Tuesday", "am Donnerstagabend").
- Counts otherwise (every batch): definite groups ("drei ihrer acht Zweigstellen", "zwei
  ihrer zwölf Bäder", "14 seiner 22 Trainingszeiten", "90 der 148 Plätze", "11 of its 34
  libraries", "eight of its 18 branches", "four of the buildings"; forty-first), "zwölf
  neue Kitas mit zusammen 1.100 Plätzen" ("zusammen" no hedge), "weitere 240
  Kindergartengruppen" ("weitere" no hedge), "von 25 auf 22", "gut 180.000 Ausleihen"
  "over", "mehr als 5.200 Unterschriften" and "mehr als 3.700 Widersprüche" "over", "bis zu
  1.500 Kindergartenpädagoginnen" "up_to", "um gut 1'900 auf rund 9'300" each with its own
  hedge, "Die 14 Klassen mit rund 310 Kindern", "rund 17.000 Fahrzeuge", "11.240 Hunde", "ein
  12-Punkte-Sparprogramm" 12 (the issue's "28-Punkte-Entwurf"), "einer 4,2 Hektar großen
  Brachfläche" 4.2 (areas are counts, fourth), "23 times" 23 (hundred-fifth: "37
  times"), "more than 30,000 gallons of water a day" "over" (a volume, as "Rund 8'000
  Kubikmeter", two-hundredth), "swim 25 metres" 25 (a distance), "two blocks" 2, "about 2.9
  million visits" "about", "More than 600 children" "over", "3,212 appeals", "about 121,000
  pupils" "about". None: "einer Oberschule", "einen Bücherbus", "eine Grundschule", "eine
  Musterklage", "a larger one", "Every one of those change orders" (pronouns and
  articles).
- Years and dates (every batch): "für 2027", "Budget 2027", "Für 2027", "seit 2013", "seit
  2015", "seit 2019", "seit 2022", "seit 2012", "since 2023", "since 2015", "bis 2028", "bis
  2030", "bis 2035", "bis Ende 2027", "Ende 2029", "frühestens 2031" (fortieth: "frühestens
  Ende 2026"), "spätestens Ende 2027" with no hedge (hundred-fifth: "no later than
  2031"), "aus dem Jahr 1972", "aus dem Jahr 1961", "built in 1956", "in 2021", "in 2027",
  "in 2029", "between 2021 and 2024" both; seasons and month-year pairs give the year
  (fifty-third: "Herbst 2029", "Sommer 2028", "September 2028", "summer 2028", "spring
  2027", "September 2028"); "its 2027-28 budget" and "bis zum Schuljahr 2030/31" both years
  (fortieth, fifty-eighth). Dates without a year: "zum 1. Januar" and "mit 1. Jänner"
  --01-01, "Ab 1. April" --04-01 ("Ab" no hedge), "am 10. Dezember" --12-10, "takes effect
  Jan. 1" --01-01, "starting Jan. 5" --01-05. The dpa datelines with their regional slugs
  ("Mülheim an der Ruhr (dpa/lnw) -", "Neunkirchen (dpa/lrs) -", "Kiel (dpa/lno) -" and the
  others), APA, Keystone-SDA ("Wohlen AG (Keystone-SDA) -" with the canton code none), PA
  ("CARDIFF (PA) -", "MAIDSTONE (PA) -", "BRISTOL (PA) -") and AP ("DAYTON, Ohio (AP) —",
  "ROCHESTER, N.Y. (AP) —" and the others) carry none (seventy-ninth); no Reuters English
  dateline is used.
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "About", "Around",
  "roughly", "an estimated" "about"; "knapp", "fast", "Fast", "almost", "nearly" "nearly";
  "mehr als", "Mehr als", "gut", "über" before a figure or an age, "more than", "More than",
  "above" before a figure "over"; "jünger als" "under"; "mindestens" "at_least", "or more"
  after a figure "at_least"; "bis zu", "up to" "up_to"; "höchstens" "at_most". No hedge:
  "im Schnitt", "durchschnittlich", "zusammen", "weitere", "bereits", "zuletzt", "zunächst",
  "derzeit", "inzwischen", "nunmehr", "ursprünglich", "statt", "statt wie bisher", "only",
  "frühestens", "spätestens", "über" governed by a noun, "mehr als" and "more than" after a
  figure.
- Speakers, checked only in forms the earlier batches settled: "sagte X" with the title
  dropped ("Stadtkämmerer Jens Hallbauer", "Finanzvorsteherin Karin Meierhans",
  "Bildungsdezernentin Nadine Arslan-Wiegand", "Bildungslandesrätin Claudia
  Hörtnagl-Pichler nach der Regierungssitzung" with the occasion dropped (fifty-eighth),
  "Oberbürgermeister Henning Lorenzen") and "sagte Raidl-Hofer" as written; "X sagte, ..."
  opening the row with the title dropped ("Finanzstadtrat", "Gemeindeammann",
  "Kultursenatorin", "Bildungsreferentin", "Schulbürgermeisterin", "Finanzbürgermeister",
  "Bildungsbürgermeisterin", "Sportdezernentin", "Bildungsdirektorin", "Feuerwehrchef",
  "Baubeigeordneter") and "Oberbürgermeister Frank Thielges (SPD) sagte, ..." with the party
  dropped (hundred-ninety-sixth, two-hundred-seventh); "nach Angaben der Stadt" -> "die
  Stadt" (hundred-twenty-ninth) and "Nach Angaben der Stadtkämmerei" -> "die Stadtkämmerei"
  (the source in the nominative, hundred-ninety-sixth); "teilte die Kulturbehörde mit",
  "teilte die Stadt mit", "teilte die Stadtverwaltung mit" (fifty-eighth); "Laut SPÖ" ->
  "SPÖ" (thirtieth: "laut Polizei" -> "Polizei"; hundred-twenty-ninth: "Laut Gemeinderat").
  English: the name with the title dropped ("Council leader Sarah Okonjo said", "City
  Manager Rolanda Pruitt said", "Cabinet member for culture Neil Hargreaves said" -
  hundred-twenty-ninth: "Cabinet member for waste Dominic Furness said" -, "Superintendent
  Carla Winfield said", "Mayor Janelle Ortega said", "Education cabinet member Martin
  Greaves said", "Cabinet member for environment Tom Featherstone said", "Mayor Teodoro
  Baca said", "City Councilor Ana Lucero said"), "Pugh said" and "Weatherby said" opening
  the row as written (hundred-ninety-sixth, two-hundred-seventh). Left unchecked (None): to
  keep the checked speakers near the brief's number, as the two-hundred-twelfth did, some
  forms this batch could have checked: "nach Angaben des Bildungsdezernats", "Nach Angaben
  des Sportdezernats", "nach Angaben des Baudezernats", "Nach Angaben der DLRG", "nach
  Angaben des Bildungsressorts", the Regensburg and Potsdam "nach Angaben der Stadt" and
  "laut Stadt"; estimates, documents and data ("Nach Berechnungen der Arbeiterkammer" -
  hundred-tenth -, "laut Rechnungsabschluss", "Gemäss Budget", "nach einem Gutachten",
  "nach einer Befragung der Bibliothek", "nach einer Prognose der Stadtverwaltung", "wie aus
  einer Vorlage ... hervorgeht", "a city audit found", "figures show", "according to a
  report to the cabinet", "according to an industry index"), "nach eigenen Angaben", verbs
  not of saying ("kündigte an", "nannte", "rechnet", "begründet", "erwartet", "forderte",
  "berichten", "has blamed"), English bodies' "said" and "says" ("Carmarthenshire Council
  said", "Kent County Council said", "The council said", "the city said", "Swim Wales says"
  - the hundred-eighty-ninth, hundred-ninety-sixth, two-hundred-fourth and
  two-hundred-seventh leave bodies' "said" unchecked where the fifty-eighth and
  hundred-twenty-ninth checked "the council said"; leaving them unchecked takes no side),
  plural groups ("Auditors said", "city officials said"; forty-first), a role without a
  name ("The fire chief told commissioners"; hundred-twenty-ninth: "the city clerk said"),
  "Board member Teresa Quiñones, who voted no, said" (a subject parted from its verb by a
  relative clause, hundred-twenty-ninth), rows without attribution and all negatives, also
  those with a named speaker.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_218 = [
    # --- Mülheim beschließt Haushalt und höhere Grundsteuer (dpa/lnw) ---
    (
        "de",
        "Mülheim an der Ruhr (dpa/lnw) - Der Rat der Stadt Mülheim an der Ruhr hat am Donnerstagabend nach einer fünfstündigen Debatte den Haushalt für 2027 verabschiedet.",
        True,
        [("duration", 5, "hour", None), ("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Für den Etat stimmten 31 Ratsmitglieder, 22 votierten dagegen, drei enthielten sich.",
        True,
        [("count", 31, None, None), ("count", 22, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Der Hebesatz der Grundsteuer B steigt zum 1. Januar von 890 auf 960 Prozent.",
        True,
        [("date", "--01-01", None, None), ("percent", 890, "%", None), ("percent", 960, "%", None)],
        None,
    ),
    (
        "de",
        "Für ein durchschnittliches Einfamilienhaus bedeute das Mehrkosten von rund 96 Euro im Jahr, sagte Stadtkämmerer Jens Hallbauer.",
        True,
        [("money", 96, "EUR", "about")],
        "Jens Hallbauer",
    ),
    (
        "de",
        "Es ist der sechste Haushalt in Folge, den die Stadt nur mit einem Haushaltssicherungskonzept aufstellen kann.",
        True,
        [("ordinal", 6, None, None)],
        None,
    ),
    (
        "de",
        "Die Kassenkredite summieren sich nach Angaben der Stadt inzwischen auf knapp 1,1 Milliarden Euro, das sind rund 6.400 Euro pro Einwohner.",
        True,
        [("money", 1100000000, "EUR", "nearly"), ("money", 6400, "EUR", "about")],
        "die Stadt",
    ),
    (
        "de",
        "„Wir sparen uns seit Jahren kaputt und bekommen dafür vom Land nur gute Ratschläge“, sagte Hallbauer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ein Fünftel der Ausgaben entfällt inzwischen auf Sozialleistungen, deren Höhe der Bund festlegt.",
        True,
        [("fraction", 0.2, None, None)],
        None,
    ),
    # --- Haverleigh council tax (PA) ---
    (
        "en",
        "Households in Haverleigh will face a council tax rise of 8.99 per cent from April after ministers allowed the borough to exceed the usual referendum limit.",
        True,
        [("percent", 8.99, "%", None)],
        None,
    ),
    (
        "en",
        "A Band D bill will go up by £174.60 to £2,116.82 a year.",
        True,
        [("money", 174.6, "GBP", None), ("money", 2116.82, "GBP", None)],
        None,
    ),
    (
        "en",
        "The council faces a £31.4m gap in its 2027-28 budget and has already sold 14 buildings, including its former town hall, to stay afloat.",
        True,
        [
            ("money", 31400000, "GBP", None),
            ("year", 2027, None, None),
            ("year", 2028, None, None),
            ("count", 14, None, None),
        ],
        None,
    ),
    (
        "en",
        'Council leader Sarah Okonjo said the authority had cut 220 posts since 2023 and had "nothing left to sell that anybody wants to buy."',
        True,
        [("count", 220, None, None), ("year", 2023, None, None)],
        "Sarah Okonjo",
    ),
    (
        "en",
        '"We did not get here through reckless spending, we got here because demand for care has gone through the roof," Okonjo said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Adult and children's social care now swallow almost three-quarters of the council's net spending.",
        True,
        [("fraction", 0.75, None, "nearly")],
        None,
    ),
    (
        "en",
        'Opposition councillor Graham Tuffnell called the rise "a punishment for residents who have done nothing wrong."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Residents will also pay £65 a year for garden waste collections, up from £48.",
        True,
        [("money", 65, "GBP", None), ("money", 48, "GBP", None)],
        None,
    ),
    (
        "en",
        "Haverleigh is the fourth council this year to be allowed a rise above 4.99 per cent.",
        True,
        [("ordinal", 4, None, None), ("percent", 4.99, "%", "over")],
        None,
    ),
    # --- Hallenbad in Wiebelskirchen schließt (dpa/lrs) ---
    (
        "de",
        "Neunkirchen (dpa/lrs) - Das Hallenbad im Neunkircher Stadtteil Wiebelskirchen schließt Ende Dezember nach 51 Jahren Betrieb endgültig.",
        True,
        [("duration", 51, "year", None)],
        None,
    ),
    (
        "de",
        "Der Stadtrat fasste den Beschluss am Dienstag mit 27 zu 16 Stimmen.",
        True,
        [("count", 27, None, None), ("count", 16, None, None)],
        None,
    ),
    (
        "de",
        "Eine Sanierung des maroden Bads würde nach einem Gutachten mindestens 14,5 Millionen Euro kosten, der Betrieb kostet die Stadt jährlich etwa 820.000 Euro.",
        True,
        [("money", 14500000, "EUR", "at_least"), ("money", 820000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "„Ich habe hier meinen Kindern das Schwimmen beigebracht, und jetzt sollen meine Enkel in die Pfalz fahren“, sagte eine 68-jährige Anwohnerin.",
        False,
        [("duration", 68, "year", None)],
        None,
    ),
    (
        "de",
        "Eine Bürgerinitiative hatte mehr als 5.200 Unterschriften für den Erhalt des Bads gesammelt.",
        True,
        [("count", 5200, None, "over")],
        None,
    ),
    (
        "de",
        "Oberbürgermeister Frank Thielges (SPD) sagte, die Stadt wolle mit zwei Nachbargemeinden ein gemeinsames Bad bauen, das frühestens 2031 öffnen könne.",
        True,
        [("count", 2, None, None), ("year", 2031, None, None)],
        "Frank Thielges",
    ),
    (
        "de",
        "Nach Angaben der DLRG kann inzwischen jedes fünfte Kind am Ende der Grundschulzeit nicht sicher schwimmen.",
        True,
        [("fraction", 0.2, None, None)],
        None,
    ),
    # --- Linz beschließt Voranschlag (APA) ---
    (
        "de",
        "Linz (APA) - Der Gemeinderat der Stadt Linz hat den Voranschlag für 2027 am Donnerstag beschlossen, SPÖ und ÖVP stimmten dafür.",
        True,
        [("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Bei Auszahlungen von 1,08 Milliarden Euro klafft im Budget eine Lücke von 41,6 Millionen Euro.",
        True,
        [("money", 1080000000, "EUR", None), ("money", 41600000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Finanzstadtrat Markus Eibensteiner sagte, die Stadt müsse heuer bereits 212 Millionen Euro an Umlagen an das Land Oberösterreich überweisen, um 9 Prozent mehr als im Vorjahr.",
        True,
        [("money", 212000000, "EUR", None), ("percent", 9, "%", None)],
        "Markus Eibensteiner",
    ),
    ("de", "„Die Gemeinden werden vom Land ausgepresst wie Zitronen“, sagte Eibensteiner.", False, [], None),
    (
        "de",
        "Die Grünen sprachen von einem „Budget der verpassten Chancen“ und stimmten geschlossen dagegen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Tarife für Kanal und Müllabfuhr steigen mit 1. Jänner um durchschnittlich 4,8 Prozent.",
        True,
        [("date", "--01-01", None, None), ("percent", 4.8, "%", None)],
        None,
    ),
    (
        "de",
        "Für eine vierköpfige Familie in einer Mietwohnung bedeutet das laut Stadt rund 31 Euro mehr im Jahr.",
        True,
        [("count", 4, None, None), ("money", 31, "EUR", "about")],
        None,
    ),
    ("de", "Für die Kultur- und Sportvereine gibt es heuer eine Nullrunde bei den Subventionen.", True, [], None),
    ("de", "Die FPÖ verlangte eine „Gebührenbremse“, nannte aber keine Zahlen.", False, [], None),
    # --- Dayton budget closes fire stations (AP) ---
    (
        "en",
        "DAYTON, Ohio (AP) — The Dayton City Commission voted 4-1 on Wednesday to approve a $218 million general fund budget that closes two fire stations and leaves 46 police positions unfilled.",
        True,
        [
            ("count", 4, None, None),
            ("count", 1, None, None),
            ("money", 218000000, "USD", None),
            ("count", 2, None, None),
            ("count", 46, None, None),
        ],
        None,
    ),
    (
        "en",
        "City Manager Rolanda Pruitt said income tax receipts were running about 6% below last year's pace.",
        True,
        [("percent", 6, "%", "about")],
        "Rolanda Pruitt",
    ),
    (
        "en",
        "The city's income tax brings in about 68% of general fund revenue.",
        True,
        [("percent", 68, "%", "about")],
        None,
    ),
    (
        "en",
        'Residents packed the commission chambers for more than three hours of public comment, many of them holding signs that read "Save Station 14."',
        False,
        [("duration", 3, "hour", "over")],
        None,
    ),
    (
        "en",
        '"When my house caught fire, the truck came in four minutes, and now you want to take that away," said Marcus Bell, 58, who lives two blocks from the station.',
        False,
        [("duration", 4, "minute", None), ("duration", 58, "year", None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The fire chief told commissioners that response times in the affected neighborhoods could rise by up to 90 seconds.",
        True,
        [("duration", 90, "second", "up_to")],
        None,
    ),
    (
        "en",
        'Commissioner Darnell Hughes, the lone no vote, said the city was "asking the neighborhoods with the least to give up the most."',
        False,
        [],
        None,
    ),
    ("en", "The budget takes effect Jan. 1.", True, [("date", "--01-01", None, None)], None),
    # --- Winterthur genehmigt Budget (Keystone-SDA) ---
    (
        "de",
        "Winterthur (Keystone-SDA) - Das Parlament der sechstgrössten Schweizer Stadt hat das Budget 2027 mit einem Defizit von 18,7 Millionen Franken gutgeheissen.",
        True,
        [("ordinal", 6, None, None), ("year", 2027, None, None), ("money", 18700000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Der Entscheid fiel nach einer siebenstündigen Debatte mit 34 zu 22 Stimmen.",
        True,
        [("duration", 7, "hour", None), ("count", 34, None, None), ("count", 22, None, None)],
        None,
    ),
    (
        "de",
        "Der Steuerfuss bleibt bei 125 Prozent, eine von der SVP beantragte Senkung um zwei Prozentpunkte scheiterte.",
        True,
        [("percent", 125, "%", None), ("percent", 2, "pp", None)],
        None,
    ),
    (
        "de",
        "Die Nettoschulden steigen bis Ende 2027 auf 1,32 Milliarden Franken, sagte Finanzvorsteherin Karin Meierhans.",
        True,
        [("year", 2027, None, None), ("money", 1320000000, "CHF", None)],
        "Karin Meierhans",
    ),
    (
        "de",
        "«Wir leben über unsere Verhältnisse, und zwar nicht erst seit gestern», sagte ein FDP-Gemeinderat.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Gemäss Budget wachsen die Ausgaben für die Sozialhilfe um 6,2 Prozent auf 142 Millionen Franken.",
        True,
        [("percent", 6.2, "%", None), ("money", 142000000, "CHF", None)],
        None,
    ),
    ("de", "Die SP lobte den Voranschlag als «solide und sozial».", False, [], None),
    (
        "de",
        "Gegen die geplante Erhöhung der Elterntarife für die Tagesbetreuung um 8 Prozent hat die Alternative Liste das Referendum angekündigt.",
        True,
        [("percent", 8, "%", None)],
        None,
    ),
    # --- Frankfurt fehlen Krippenplätze (dpa/lhe) ---
    (
        "de",
        "Frankfurt/Main (dpa/lhe) - In Frankfurt warten nach Angaben des Bildungsdezernats derzeit rund 2.300 Familien auf einen Krippenplatz für ihr Kind.",
        True,
        [("count", 2300, None, "about")],
        None,
    ),
    (
        "de",
        "Hinzu kommen etwa 900 Kinder über drei Jahren, für die es keinen Kindergartenplatz gibt.",
        True,
        [("count", 900, None, "about"), ("duration", 3, "year", "over")],
        None,
    ),
    (
        "de",
        "Grund sei vor allem der Fachkräftemangel, jede sechste Erzieherstelle in den städtischen Kitas sei unbesetzt, sagte Bildungsdezernentin Nadine Arslan-Wiegand.",
        True,
        [("fraction", 0.1667, None, None)],
        "Nadine Arslan-Wiegand",
    ),
    (
        "de",
        "Die Stadt will bis 2028 zwölf neue Kitas mit zusammen 1.100 Plätzen eröffnen, darunter 300 Halbtagsplätze.",
        True,
        [
            ("year", 2028, None, None),
            ("count", 12, None, None),
            ("count", 1100, None, None),
            ("count", 300, None, None),
        ],
        None,
    ),
    (
        "de",
        "„Seit 14 Monaten stehen wir auf der Warteliste, und niemand kann uns sagen, wie lange es noch dauert“, sagte eine Mutter aus Bockenheim.",
        False,
        [("duration", 14, "month", None)],
        None,
    ),
    ("de", "Der Stadtelternbeirat warf dem Magistrat vor, die Lage „schönzurechnen“.", False, [], None),
    (
        "de",
        "Der Rechtsanspruch auf einen Betreuungsplatz ab dem vollendeten ersten Lebensjahr gilt bundesweit seit 2013.",
        True,
        [("ordinal", 1, None, None), ("year", 2013, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der Stadt haben in diesem Jahr 46 Familien eine Klage auf einen Platz angekündigt oder eingereicht.",
        True,
        [("count", 46, None, None)],
        None,
    ),
    # --- Northwold library closures (PA) ---
    (
        "en",
        "Northwold County Council will close 11 of its 34 libraries next year to save £2.6 million, under plans approved by its cabinet on Tuesday.",
        True,
        [("count", 11, None, None), ("count", 34, None, None), ("money", 2600000, "GBP", None)],
        None,
    ),
    (
        "en",
        "The cabinet voted 6-2 in favour after a consultation drew more than 9,000 responses, the most in the council's history.",
        True,
        [("count", 6, None, None), ("count", 2, None, None), ("count", 9000, None, "over")],
        None,
    ),
    (
        "en",
        "Around two-thirds of respondents opposed any closures, according to a report to the cabinet.",
        True,
        [("fraction", 0.6667, None, "about")],
        None,
    ),
    (
        "en",
        '"This library is the only warm place my mum goes to all week," said Bethany Rourke, 42, who cried as councillors voted.',
        False,
        [("duration", 42, "year", None)],
        None,
    ),
    (
        "en",
        "Cabinet member for culture Neil Hargreaves said four of the buildings would be handed to community groups to run with volunteers.",
        True,
        [("count", 4, None, None)],
        "Neil Hargreaves",
    ),
    (
        "en",
        "Visits to the county's libraries have fallen by 37 per cent since 2015, while e-book loans have more than tripled.",
        True,
        [("percent", 37, "%", None), ("year", 2015, None, None)],
        None,
    ),
    (
        "en",
        '"Closing libraries is the easiest cut to make and the hardest to undo," said a spokesperson for the campaign group Libraries Matter.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Whether any of the volunteer-run libraries will still be open in five years is far from certain.",
        False,
        [("duration", 5, "year", None)],
        None,
    ),
    # --- Rathaussanierung in Oldenburg wird teurer (dpa/lni) ---
    (
        "de",
        "Oldenburg (dpa/lni) - Die Sanierung des Oldenburger Rathauses wird erneut teurer und dauert länger als geplant.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Nach der inzwischen vierten Kostenschätzung rechnet die Stadt nun mit 63,8 Millionen Euro statt der 2021 veranschlagten 29 Millionen Euro.",
        True,
        [
            ("ordinal", 4, None, None),
            ("money", 63800000, "EUR", None),
            ("year", 2021, None, None),
            ("money", 29000000, "EUR", None),
        ],
        None,
    ),
    ("de", "Die Kosten für das Projekt haben sich damit mehr als verdoppelt.", True, [], None),
    (
        "de",
        "Die Fertigstellung verschiebt sich um weitere 18 Monate auf Herbst 2029.",
        True,
        [("duration", 18, "month", None), ("year", 2029, None, None)],
        None,
    ),
    (
        "de",
        "„Das ist ein Fass ohne Boden, und am Ende zahlen die Bürger die Zeche“, sagte der Fraktionschef der FDP.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Verwaltung arbeitet seit 2022 in angemieteten Büros, für die jährlich rund 1,9 Millionen Euro Miete anfallen.",
        True,
        [("year", 2022, None, None), ("money", 1900000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Ein Antrag der Grünen, die Arbeiten für ein halbes Jahr zu stoppen und die Planung zu überprüfen, fand keine Mehrheit.",
        True,
        [("duration", 0.5, "year", None)],
        None,
    ),
    ("de", "Ob der neue Termin hält, ließ Baudezernentin Ulrike Segebarth offen.", False, [], None),
    # --- Wohlen lehnt Hallenbad ab (Keystone-SDA) ---
    (
        "de",
        "Wohlen AG (Keystone-SDA) - Die Stimmberechtigten von Wohlen haben den Kredit für ein neues Hallenbad an der Urne abgelehnt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Kredit über 32,5 Millionen Franken scheiterte mit 3'184 Nein zu 2'906 Ja.",
        True,
        [("money", 32500000, "CHF", None), ("count", 3184, None, None), ("count", 2906, None, None)],
        None,
    ),
    ("de", "Die Stimmbeteiligung lag bei 47,3 Prozent.", True, [("percent", 47.3, "%", None)], None),
    (
        "de",
        "Das bestehende Bad aus dem Jahr 1972 muss damit spätestens Ende 2027 schliessen, weil die Technik nicht mehr den Vorschriften entspricht.",
        True,
        [("year", 1972, None, None), ("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "«Das ist ein schwarzer Tag für alle Schwimmvereine in der Region», sagte der Präsident des Schwimmclubs.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Gemeindeammann Roland Käppeli sagte, der Gemeinderat werde nun eine günstigere Variante für höchstens 20 Millionen Franken prüfen.",
        True,
        [("money", 20000000, "CHF", "at_most")],
        "Roland Käppeli",
    ),
    (
        "de",
        "Die Gegner hatten vor allem mit der Verschuldung argumentiert, die pro Kopf auf über 5'000 Franken gestiegen wäre.",
        True,
        [("money", 5000, "CHF", "over")],
        None,
    ),
    # --- Bremen schließt Stadtteilbibliotheken (dpa/lni) ---
    (
        "de",
        "Bremen (dpa/lni) - Die Stadtbibliothek Bremen schließt im kommenden Jahr drei ihrer acht Zweigstellen.",
        True,
        [("count", 3, None, None), ("count", 8, None, None)],
        None,
    ),
    (
        "de",
        "Damit sollen jährlich rund 1,2 Millionen Euro eingespart werden, teilte die Kulturbehörde mit.",
        True,
        [("money", 1200000, "EUR", "about")],
        "die Kulturbehörde",
    ),
    (
        "de",
        "Betroffen sind die Zweigstellen in Lesum, Huchting und Osterholz, die zusammen gut 180.000 Ausleihen im Jahr verzeichneten.",
        True,
        [("count", 180000, None, "over")],
        None,
    ),
    (
        "de",
        "„Eine Bibliothek ist oft der letzte öffentliche Ort im Stadtteil, an dem niemand etwas kaufen muss“, sagte eine Sprecherin der Initiative „Bücher bleiben“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Kultursenatorin Anke Weyhausen sagte, die Bestände würden auf die übrigen fünf Standorte und einen Bücherbus verteilt.",
        True,
        [("count", 5, None, None)],
        "Anke Weyhausen",
    ),
    (
        "de",
        "Rund ein Drittel der Nutzerinnen und Nutzer der Zweigstellen ist nach einer Befragung der Bibliothek jünger als 14 Jahre.",
        True,
        [("fraction", 0.3333, None, "about"), ("duration", 14, "year", "under")],
        None,
    ),
    ("de", "Wie es mit den Gebäuden weitergeht, ist noch offen.", False, [], None),
    # --- Rochester school closures (AP) ---
    (
        "en",
        "ROCHESTER, N.Y. (AP) — Rochester's school board voted 5-2 late Tuesday to shut seven elementary schools when classes end in June, citing falling enrollment and a $41 million deficit.",
        True,
        [
            ("count", 5, None, None),
            ("count", 2, None, None),
            ("count", 7, None, None),
            ("money", 41000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "The district now enrolls about 21,500 students, down from 32,000 a decade ago.",
        True,
        [("count", 21500, None, "about"), ("count", 32000, None, None)],
        None,
    ),
    (
        "en",
        "About 2,300 students will have to change schools, and the district expects to save $14.8 million a year.",
        True,
        [("count", 2300, None, "about"), ("money", 14800000, "USD", None)],
        None,
    ),
    (
        "en",
        "Superintendent Carla Winfield said about one in three classrooms in the district sat empty.",
        True,
        [("fraction", 0.3333, None, "about")],
        "Carla Winfield",
    ),
    (
        "en",
        '"You\'re asking 6-year-olds to walk past two closed schools to get to class," one father told the board.',
        False,
        [("duration", 6, "year", None), ("count", 2, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "en",
        "Board member Teresa Quiñones, who voted no, said the plan had been made public only 19 days before the vote.",
        True,
        [("duration", 19, "day", None)],
        None,
    ),
    ("en", "Several of the buildings are more than 90 years old.", True, [("duration", 90, "year", "over")], None),
    ("en", "It was not immediately clear what will happen to the empty buildings.", False, [], None),
    # --- Volksschule in Villach weiter im Container (APA) ---
    (
        "de",
        "Villach (APA) - Der Neubau der Volksschule Lind in Villach verzögert sich um ein weiteres Schuljahr.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die 14 Klassen mit rund 310 Kindern bleiben damit bis Sommer 2028 in Containern am Stadtrand untergebracht.",
        True,
        [("count", 14, None, None), ("count", 310, None, "about"), ("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "Die Kosten sind von ursprünglich 19 auf nunmehr 27,4 Millionen Euro gestiegen, teilte die Stadt mit.",
        True,
        [("money", 19000000, "EUR", None), ("money", 27400000, "EUR", None)],
        "die Stadt",
    ),
    (
        "de",
        "Bildungsreferentin Sabine Wernig sagte, ein Einspruch im Vergabeverfahren habe das Projekt um acht Monate zurückgeworfen.",
        True,
        [("duration", 8, "month", None)],
        "Sabine Wernig",
    ),
    (
        "de",
        "„Unsere Kinder sind die Leidtragenden eines Planungschaos“, sagte der Obmann des Elternvereins.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Land Kärnten übernimmt nach Angaben des Bildungsressorts knapp drei Viertel der Mehrkosten.",
        True,
        [("fraction", 0.75, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die Eröffnung ist nun für September 2028 geplant, zum dritten Mal seit Baubeginn wurde der Termin damit verschoben.",
        True,
        [("year", 2028, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    ("de", "Ob die Container bis dahin durchhalten, bezweifeln viele Eltern.", False, [], None),
    # --- Basler Abfallsack wird teurer (Keystone-SDA) ---
    (
        "de",
        "Basel (Keystone-SDA) - Der offizielle Basler Abfallsack wird teurer: Ab 1. April kostet der 35-Liter-Sack 2.40 Franken statt wie bisher 2 Franken.",
        True,
        [
            ("date", "--04-01", None, None),
            ("count", 35, None, None),
            ("money", 2.4, "CHF", None),
            ("money", 2, "CHF", None),
        ],
        None,
    ),
    (
        "de",
        "Der Grosse Rat stimmte der Vorlage am Mittwoch mit 52 zu 41 Stimmen bei zwei Enthaltungen zu.",
        True,
        [("count", 52, None, None), ("count", 41, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Gebühr war seit 2012 nicht mehr angepasst worden, obwohl die Entsorgungskosten seither um rund einen Viertel gestiegen sind.",
        True,
        [("year", 2012, None, None), ("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "de",
        "Ein Zweipersonenhaushalt zahlt damit im Schnitt rund 19 Franken mehr im Jahr.",
        True,
        [("count", 2, None, None), ("money", 19, "CHF", "about")],
        None,
    ),
    (
        "de",
        "«Wer sauber trennt, zahlt weniger, das ist das Prinzip, und dabei bleibt es», sagte Regierungsrätin Esther Lindenmann.",
        False,
        [],
        None,
    ),
    ("de", "Die Junge SVP sprach von «Abzocke beim Abfall».", False, [], None),
    # --- Regensburger Schulen: Sanierungsstau (dpa/lby) ---
    (
        "de",
        "Regensburg (dpa/lby) - Der Sanierungsstau an den Regensburger Schulen ist nach einem Gutachten auf rund 480 Millionen Euro angewachsen.",
        True,
        [("money", 480000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Fast jedes zweite der 52 städtischen Schulgebäude gilt demnach als dringend sanierungsbedürftig.",
        True,
        [("fraction", 0.5, None, "nearly"), ("count", 52, None, None)],
        None,
    ),
    (
        "de",
        "Schulbürgermeisterin Petra Hofstetter-Lang sagte, die Stadt könne pro Jahr höchstens 35 Millionen Euro in die Schulen investieren.",
        True,
        [("money", 35000000, "EUR", "at_most")],
        "Petra Hofstetter-Lang",
    ),
    (
        "de",
        "Bei diesem Tempo würde die Sanierung aller Gebäude fast 14 Jahre dauern.",
        True,
        [("duration", 14, "year", "nearly")],
        None,
    ),
    (
        "de",
        "An zwei Grundschulen mussten nach Angaben der Stadt im Oktober die Turnhallen wegen undichter Dächer gesperrt werden.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "„Man schämt sich, seine Kinder morgens in dieses Gebäude zu schicken“, sagte eine Elternvertreterin im Bildungsausschuss.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Freistaat fördert Schulsanierungen in der Regel mit bis zu 60 Prozent der förderfähigen Kosten.",
        True,
        [("percent", 60, "%", "up_to")],
        None,
    ),
    (
        "de",
        "Die Opposition im Stadtrat forderte ein Sonderprogramm von 100 Millionen Euro.",
        True,
        [("money", 100000000, "EUR", None)],
        None,
    ),
    # --- Tacoma police headquarters over budget (AP) ---
    (
        "en",
        "TACOMA, Wash. (AP) — A new police headquarters in Tacoma will cost $187 million, nearly $60 million more than voters were told when they approved a bond in 2021, a city audit found.",
        True,
        [("money", 187000000, "USD", None), ("money", 60000000, "USD", "nearly"), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "The building is now expected to open in summer 2028, about two years late.",
        True,
        [("year", 2028, None, None), ("duration", 2, "year", "about")],
        None,
    ),
    (
        "en",
        "Auditors said the city changed the building's design 23 times after construction began.",
        True,
        [("count", 23, None, None)],
        None,
    ),
    (
        "en",
        "Mayor Janelle Ortega said the city would not ask voters for more money and would cover the gap from its reserves.",
        True,
        [],
        "Janelle Ortega",
    ),
    (
        "en",
        '"Every one of those change orders was signed off by someone, and the public deserves to know who," Council member Eli Brandt said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The contractor, Cascade Ridge Builders, has blamed supply delays and a 14-week strike by concrete workers.",
        True,
        [("duration", 14, "week", None)],
        None,
    ),
    (
        "en",
        "Construction costs in the Seattle region rose about 31% between 2021 and 2024, according to an industry index.",
        True,
        [("percent", 31, "%", "about"), ("year", 2021, None, None), ("year", 2024, None, None)],
        None,
    ),
    # --- Niederösterreich baut Kindergärten aus (APA) ---
    (
        "de",
        "St. Pölten (APA) - Niederösterreich will bis 2030 weitere 240 Kindergartengruppen schaffen.",
        True,
        [("year", 2030, None, None), ("count", 240, None, None)],
        None,
    ),
    (
        "de",
        "Das Land stellt den Gemeinden dafür in den kommenden vier Jahren 180 Millionen Euro zur Verfügung, sagte Bildungslandesrätin Claudia Hörtnagl-Pichler nach der Regierungssitzung.",
        True,
        [("duration", 4, "year", None), ("money", 180000000, "EUR", None)],
        "Claudia Hörtnagl-Pichler",
    ),
    (
        "de",
        "Derzeit besuchen rund 58.000 Kinder einen Landeskindergarten, gut jedes dritte davon auch am Nachmittag.",
        True,
        [("count", 58000, None, "about"), ("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "de",
        "Ab dem kommenden Herbst soll der Besuch für Zweijährige am Vormittag kostenlos sein.",
        True,
        [("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "„Wir brauchen nicht nur Räume, sondern vor allem Menschen, die darin arbeiten“, sagte ein Bürgermeister aus dem Weinviertel.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Berechnungen der Arbeiterkammer fehlen landesweit bis zu 1.500 Kindergartenpädagoginnen und -pädagogen.",
        True,
        [("count", 1500, None, "up_to")],
        None,
    ),
    (
        "de",
        "Die Höchstzahl der Kinder pro Gruppe soll schrittweise von 25 auf 22 sinken.",
        True,
        [("count", 25, None, None), ("count", 22, None, None)],
        None,
    ),
    # --- Freiburg: Ärger über Grundsteuerbescheide (dpa/lsw) ---
    (
        "de",
        "Freiburg (dpa/lsw) - Nach der Grundsteuerreform müssen viele Eigentümer von Einfamilienhäusern in Freiburg deutlich mehr zahlen als bisher.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Stadt hat ihren Hebesatz zwar von 600 auf 420 Prozent gesenkt, wegen der neuen Bodenrichtwerte steigt die Steuer für Einfamilienhäuser aber im Schnitt um 38 Prozent.",
        True,
        [("percent", 600, "%", None), ("percent", 420, "%", None), ("percent", 38, "%", None)],
        None,
    ),
    (
        "de",
        "Für Mehrfamilienhäuser in der Innenstadt sinkt sie dagegen um durchschnittlich ein Fünftel.",
        True,
        [("fraction", 0.2, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der Stadtkämmerei gingen seit dem Versand der Bescheide mehr als 3.700 Widersprüche ein.",
        True,
        [("count", 3700, None, "over")],
        "die Stadtkämmerei",
    ),
    (
        "de",
        "„Ich zahle jetzt für mein kleines Häuschen mehr als für das Auto, das ist doch absurd“, sagte ein 71 Jahre alter Rentner aus Zähringen.",
        False,
        [("duration", 71, "year", None)],
        None,
    ),
    (
        "de",
        "Finanzbürgermeister Stefan Breithaupt sagte, das Aufkommen bleibe mit rund 61 Millionen Euro im Jahr insgesamt gleich.",
        True,
        [("money", 61000000, "EUR", "about")],
        "Stefan Breithaupt",
    ),
    ("de", "Der Eigentümerverband Haus & Grund kündigte eine Musterklage an.", True, [], None),
    ("de", "Ob das Landesmodell vor Gericht Bestand hat, ist unter Juristen umstritten.", False, [], None),
    # --- Llanelli pool to close (PA) ---
    (
        "en",
        "CARDIFF (PA) - A 50-year-old swimming pool in Llanelli will close permanently next month after engineers found corroded steel in its roof, Carmarthenshire Council said.",
        True,
        [("duration", 50, "year", None)],
        None,
    ),
    (
        "en",
        "Repairs would have cost an estimated £7.8 million, against a council budget for leisure of £4.1 million a year.",
        True,
        [("money", 7800000, "GBP", "about"), ("money", 4100000, "GBP", None)],
        None,
    ),
    (
        "en",
        "The pool had about 96,000 visits last year, including swimming lessons for 1,400 schoolchildren.",
        True,
        [("count", 96000, None, "about"), ("count", 1400, None, None)],
        None,
    ),
    (
        "en",
        'Cabinet member for leisure Rhian Pugh said the council was "heartbroken" by the decision.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Pugh said a new pool was part of a £38 million wellbeing centre due to open in 2029.",
        True,
        [("money", 38000000, "GBP", None), ("year", 2029, None, None)],
        "Pugh",
    ),
    (
        "en",
        '"Three years without a pool means a generation of kids who never learn to swim," said swimming club coach Dai Lewis.',
        False,
        [("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "Swim Wales says more than one in five children in Wales leave primary school unable to swim 25 metres.",
        True,
        [("fraction", 0.2, None, "over"), ("count", 25, None, None)],
        None,
    ),
    # --- Dresden baut Schulen (dpa/sn) ---
    (
        "de",
        "Dresden (dpa/sn) - Dresden braucht bis zum Schuljahr 2030/31 nach einer Prognose der Stadtverwaltung rund 4.800 zusätzliche Plätze an Oberschulen und Gymnasien.",
        True,
        [("year", 2030, None, None), ("year", 2031, None, None), ("count", 4800, None, "about")],
        None,
    ),
    (
        "de",
        "Der Stadtrat hat deshalb am Donnerstag den Bau von zwei Gymnasien und einer Oberschule für zusammen 212 Millionen Euro beschlossen.",
        True,
        [("count", 2, None, None), ("money", 212000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Bis die Neubauten stehen, sollen an sechs Standorten Schulcontainer aufgestellt werden.",
        True,
        [("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "Bildungsbürgermeisterin Kerstin Wohlfahrt sagte, jede neue Schule koste inzwischen rund ein Drittel mehr als noch vor fünf Jahren.",
        True,
        [("fraction", 0.3333, None, "about"), ("duration", 5, "year", None)],
        "Kerstin Wohlfahrt",
    ),
    ("de", "Die Fraktion der Freien Wähler stimmte als einzige dagegen.", True, [], None),
    (
        "de",
        "„Container sind keine Schule, sondern eine Notlösung auf Dauer“, sagte der Vorsitzende des Stadtschülerrats.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Schülerzahl an den weiterführenden Schulen ist seit 2015 um 31 Prozent gestiegen.",
        True,
        [("year", 2015, None, None), ("percent", 31, "%", None)],
        None,
    ),
    # --- Hannover will zwei Bäder schließen (dpa/lni) ---
    (
        "de",
        "Hannover (dpa/lni) - Die Stadt Hannover will zwei ihrer zwölf Bäder dauerhaft schließen.",
        True,
        [("count", 2, None, None), ("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Die Stadt begründet den Schritt mit einem jährlichen Zuschussbedarf von zuletzt 23,6 Millionen Euro.",
        True,
        [("money", 23600000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Sportdezernats kostet jeder Badbesuch die Stadt im Schnitt 9,40 Euro an Zuschuss.",
        True,
        [("money", 9.4, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der größte Schwimmverein der Stadt verlöre dadurch nach eigenen Angaben 14 seiner 22 Trainingszeiten pro Woche.",
        True,
        [("count", 14, None, None), ("count", 22, None, None)],
        None,
    ),
    (
        "de",
        "„Erst schließt man die Bäder, dann wundert man sich, dass keiner mehr schwimmen kann“, sagte ein Trainer des Vereins.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Sportdezernentin Marion Kuhlenkamp sagte, die Wasserfläche pro Einwohner liege auch nach den Schließungen über dem Schnitt vergleichbarer Großstädte.",
        True,
        [],
        "Marion Kuhlenkamp",
    ),
    ("de", "Ob sich für die Gebäude ein privater Betreiber findet, ist offen.", False, [], None),
    # --- Luzern braucht Schulraum (Keystone-SDA) ---
    (
        "de",
        "Luzern (Keystone-SDA) - Die Stadt Luzern muss bis 2035 für rund 410 Millionen Franken neuen Schulraum bauen.",
        True,
        [("year", 2035, None, None), ("money", 410000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Das geht aus der Schulraumplanung hervor, die der Stadtrat am Dienstag vorgestellt hat.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Zahl der Volksschülerinnen und -schüler dürfte bis dahin um gut 1'900 auf rund 9'300 steigen.",
        True,
        [("count", 1900, None, "over"), ("count", 9300, None, "about")],
        None,
    ),
    (
        "de",
        "Bildungsdirektorin Ursula Bisig sagte, an fünf Schulanlagen reiche der Platz schon heute nicht mehr.",
        True,
        [("count", 5, None, None)],
        "Ursula Bisig",
    ),
    (
        "de",
        "Drei Schulhäuser sollen aufgestockt, zwei ganz neu gebaut werden.",
        True,
        [("count", 3, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "«Wir planen nicht auf Vorrat, sondern für Kinder, die bereits geboren sind», sagte Bisig.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Über das erste Projekt mit Kosten von 58 Millionen Franken stimmt die Bevölkerung voraussichtlich im Juni ab.",
        True,
        [("ordinal", 1, None, None), ("money", 58000000, "CHF", None)],
        None,
    ),
    # --- Kent secondary school places (PA) ---
    (
        "en",
        "MAIDSTONE (PA) - More than 600 children in Kent did not get a place at any of their preferred secondary schools this year, figures show.",
        True,
        [("count", 600, None, "over")],
        None,
    ),
    (
        "en",
        "Kent County Council said 81.4 per cent of pupils were offered a place at their top-choice school, down from 84.2 per cent last year.",
        True,
        [("percent", 81.4, "%", None), ("percent", 84.2, "%", None)],
        None,
    ),
    (
        "en",
        "The council plans to add 1,050 secondary places across 12 schools by September 2028.",
        True,
        [("count", 1050, None, None), ("count", 12, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        '"My daughter has been offered a school two bus rides away, and nobody can tell me why," said Priya Sandhu, whose family lives in Dartford.',
        False,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Education cabinet member Martin Greaves said the county's secondary population would peak at about 121,000 pupils in 2027.",
        True,
        [("count", 121000, None, "about"), ("year", 2027, None, None)],
        "Martin Greaves",
    ),
    (
        "en",
        "Parents have lodged 3,212 appeals, up by nearly a fifth on last year.",
        True,
        [("count", 3212, None, None), ("fraction", 0.2, None, "nearly")],
        None,
    ),
    ("en", "Whether the new places will arrive in time for the peak is unclear.", False, [], None),
    # --- Hagen erhöht Hundesteuer (dpa/lnw) ---
    ("de", "Hagen (dpa/lnw) - Hundehalter in Hagen müssen vom kommenden Jahr an mehr Steuern zahlen.", True, [], None),
    (
        "de",
        "Die Hundesteuer für den ersten Hund steigt von 168 auf 204 Euro im Jahr, für jeden weiteren Hund von 204 auf 240 Euro.",
        True,
        [
            ("ordinal", 1, None, None),
            ("money", 168, "EUR", None),
            ("money", 204, "EUR", None),
            ("money", 204, "EUR", None),
            ("money", 240, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Für einen als gefährlich eingestuften Hund werden künftig 900 Euro fällig.",
        True,
        [("money", 900, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Stadt erwartet dadurch Mehreinnahmen von etwa 410.000 Euro im Jahr.",
        True,
        [("money", 410000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "In Hagen sind derzeit 11.240 Hunde angemeldet, die Zahl ist seit 2019 um fast 15 Prozent gestiegen.",
        True,
        [("count", 11240, None, None), ("year", 2019, None, None), ("percent", 15, "%", "nearly")],
        None,
    ),
    (
        "de",
        "„Der Hund ist für viele ältere Menschen das einzige Familienmitglied, das ihnen geblieben ist“, sagte eine Sprecherin des Tierschutzvereins.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ein Antrag, Hunde aus dem Tierheim für zwei Jahre von der Steuer zu befreien, wurde mit 29 zu 27 Stimmen angenommen.",
        True,
        [("duration", 2, "year", None), ("count", 29, None, None), ("count", 27, None, None)],
        None,
    ),
    # --- Cottbus: Brückensperrung dauert länger (dpa/bb) ---
    (
        "de",
        "Cottbus (dpa/bb) - Die Sanierung einer Spreebrücke in der Cottbuser Innenstadt dauert deutlich länger als geplant.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Vollsperrung für Autos wird um sieben Monate bis Ende Juni verlängert, teilte die Stadtverwaltung mit.",
        True,
        [("duration", 7, "month", None)],
        "die Stadtverwaltung",
    ),
    (
        "de",
        "Grund sind nach Angaben des Baudezernats Schäden an den Spannstählen, die erst nach dem Abriss der Fahrbahn entdeckt wurden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Kosten steigen damit um 2,3 Millionen Euro auf 11,9 Millionen Euro.",
        True,
        [("money", 2300000, "EUR", None), ("money", 11900000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Vor der Sperrung fuhren täglich rund 17.000 Fahrzeuge über die Brücke.",
        True,
        [("count", 17000, None, "about")],
        None,
    ),
    (
        "de",
        "Geschäftsleute in der Innenstadt berichten von Umsatzeinbußen von bis zu 30 Prozent.",
        True,
        [("percent", 30, "%", "up_to")],
        None,
    ),
    (
        "de",
        "„Hier kommt kein Kunde mehr hin, und die Stadt lässt uns einfach hängen“, sagte der Inhaber eines Schuhgeschäfts.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Stadt will betroffenen Händlern für sechs Monate die Sondernutzungsgebühren erlassen.",
        True,
        [("duration", 6, "month", None)],
        None,
    ),
    # --- Montpelier pool bond (AP) ---
    (
        "en",
        "MONTPELIER, Vt. (AP) — Montpelier voters on Tuesday approved a $9.6 million bond to replace the city's outdoor pool, 2,214 to 1,187, city officials said.",
        True,
        [("money", 9600000, "USD", None), ("count", 2214, None, None), ("count", 1187, None, None)],
        None,
    ),
    (
        "en",
        "The bond will add about 4 cents per $100 of assessed value to the property tax rate, or roughly $120 a year for a median home.",
        True,
        [("money", 0.04, "USD", "about"), ("money", 100, "USD", None), ("money", 120, "USD", "about")],
        None,
    ),
    (
        "en",
        "The old pool, built in 1956, closed last summer after it began losing more than 30,000 gallons of water a day through cracks.",
        True,
        [("year", 1956, None, None), ("count", 30000, None, "over")],
        None,
    ),
    (
        "en",
        "\"We're a small city, but we're not going to be a city without a pool,\" Mayor Hollis Weatherby said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Weatherby said construction could begin in spring 2027 and take about 14 months.",
        True,
        [("year", 2027, None, None), ("duration", 14, "month", "about")],
        "Weatherby",
    ),
    (
        "en",
        "Turnout was 38%, nearly double that of last year's city election.",
        True,
        [("percent", 38, "%", None), ("count", 2, None, "nearly")],
        None,
    ),
    # --- Bürgermeisterin zieht Bilanz (APA) ---
    (
        "de",
        "Wiener Neustadt (APA) - Ein Jahr nach ihrer Wahl hat Bürgermeisterin Elisabeth Raidl-Hofer (ÖVP) am Montag vor Journalisten Bilanz gezogen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Stadt habe in diesem Jahr 148 neue Kinderbetreuungsplätze geschaffen und die Schulden um 6,2 Millionen Euro reduziert, sagte Raidl-Hofer.",
        True,
        [("count", 148, None, None), ("money", 6200000, "EUR", None)],
        "Raidl-Hofer",
    ),
    (
        "de",
        "„Wiener Neustadt ist die Stadt mit der größten Dynamik in ganz Niederösterreich“, sagte Raidl-Hofer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Pro-Kopf-Verschuldung liegt laut Rechnungsabschluss bei rund 3.150 Euro und damit über dem Landesschnitt.",
        True,
        [("money", 3150, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die SPÖ warf der Bürgermeisterin vor, sich mit fremden Federn zu schmücken.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Laut SPÖ waren 90 der 148 Plätze bereits vom früheren Gemeinderat beschlossen worden.",
        True,
        [("count", 90, None, None), ("count", 148, None, None)],
        "SPÖ",
    ),
    (
        "de",
        "Für 2027 kündigte Raidl-Hofer eine Erhöhung der Kanalgebühren um 3,5 Prozent an.",
        True,
        [("year", 2027, None, None), ("percent", 3.5, "%", None)],
        None,
    ),
    # --- Neue Feuerwache in Darmstadt wird teurer (dpa/lhe) ---
    (
        "de",
        "Darmstadt (dpa/lhe) - Der Neubau der Darmstädter Hauptfeuerwache kostet mindestens 23 Millionen Euro mehr als geplant.",
        True,
        [("money", 23000000, "EUR", "at_least")],
        None,
    ),
    (
        "de",
        "Statt 71 Millionen Euro werden nun 94,5 Millionen Euro veranschlagt, wie aus einer Vorlage für die Stadtverordnetenversammlung hervorgeht.",
        True,
        [("money", 71000000, "EUR", None), ("money", 94500000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Wache soll nun Ende 2029 und damit zweieinhalb Jahre später als geplant in Betrieb gehen.",
        True,
        [("year", 2029, None, None), ("duration", 2.5, "year", None)],
        None,
    ),
    (
        "de",
        "Die alte Wache aus dem Jahr 1961 entspricht seit langem nicht mehr den Vorschriften für Atemschutz und Hygiene.",
        True,
        [("year", 1961, None, None)],
        None,
    ),
    (
        "de",
        "Feuerwehrchef Dirk Lehnhardt sagte, die Einsatzkräfte müssten sich derzeit in einem Container umziehen.",
        True,
        [],
        "Dirk Lehnhardt",
    ),
    (
        "de",
        "„Unsere Leute retten Leben und ziehen sich in einer Blechbude um, das ist beschämend“, sagte Lehnhardt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Stadtverordneten sollen am 10. Dezember über die Mehrkosten abstimmen.",
        True,
        [("date", "--12-10", None, None)],
        None,
    ),
    # --- Bristol four-weekly bins (PA) ---
    (
        "en",
        "BRISTOL (PA) - Bristol City Council will move to four-weekly collections of general waste from June, the first major city in England to do so.",
        True,
        [("duration", 4, "week", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The council said the change would save about £1.9 million a year and lift the recycling rate from 46 per cent to 52 per cent.",
        True,
        [("money", 1900000, "GBP", "about"), ("percent", 46, "%", None), ("percent", 52, "%", None)],
        None,
    ),
    (
        "en",
        "Households will get a 180-litre bin, and families of five or more can apply for a larger one.",
        True,
        [("count", 180, None, None), ("count", 5, None, "at_least")],
        None,
    ),
    (
        "en",
        '"We\'ll have maggots in the bins by the second week of August," said Denise Holloway, 61, who lives in Bedminster.',
        False,
        [("ordinal", 2, None, None), ("duration", 61, "year", None)],
        None,
    ),
    (
        "en",
        "Cabinet member for environment Tom Featherstone said food waste would still be collected every week.",
        True,
        [],
        "Tom Featherstone",
    ),
    (
        "en",
        "About 14,000 residents have signed a petition against the plan.",
        True,
        [("count", 14000, None, "about")],
        None,
    ),
    (
        "en",
        "Under the council's rules, any petition with more than 3,500 signatures triggers a debate of the full council.",
        True,
        [("count", 3500, None, "over")],
        None,
    ),
    # --- Potsdam: Protest gegen Wohnquartier (dpa/bb) ---
    (
        "de",
        "Potsdam (dpa/bb) - Mehr als 400 Anwohnerinnen und Anwohner haben bei einer Einwohnerversammlung in Potsdam-Drewitz gegen ein geplantes Wohnquartier protestiert.",
        True,
        [("count", 400, None, "over")],
        None,
    ),
    (
        "de",
        "Auf einer 4,2 Hektar großen Brachfläche sollen bis 2030 rund 650 Wohnungen entstehen, ein Drittel davon mietpreisgebunden.",
        True,
        [
            ("count", 4.2, None, None),
            ("year", 2030, None, None),
            ("count", 650, None, "about"),
            ("fraction", 0.3333, None, None),
        ],
        None,
    ),
    (
        "de",
        "„Hier wird jeder Baum und jede Wiese zugepflastert, nur damit Investoren verdienen“, rief ein Mann unter dem Beifall vieler Zuhörer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Eine 39-jährige Mutter sagte, sie habe Angst, dass die Kinder im Viertel bald keinen Platz mehr zum Spielen hätten.",
        False,
        [("duration", 39, "year", None)],
        None,
    ),
    (
        "de",
        "Baubeigeordneter Tobias Mauersberger sagte, das Quartier werde eine eigene Kita mit 120 Plätzen und eine Grundschule erhalten.",
        True,
        [("count", 120, None, None)],
        "Tobias Mauersberger",
    ),
    (
        "de",
        "Die Stadtverordneten hatten den Aufstellungsbeschluss für den Bebauungsplan im März mit 38 zu 17 Stimmen gefasst.",
        True,
        [("count", 38, None, None), ("count", 17, None, None)],
        None,
    ),
    (
        "de",
        "Potsdam wächst nach Angaben der Stadt jedes Jahr um etwa 2.000 Einwohnerinnen und Einwohner.",
        True,
        [("count", 2000, None, "about")],
        None,
    ),
    ("de", "Ob der Zeitplan zu halten ist, ließ Mauersberger offen.", False, [], None),
    # --- Kiel verhängt Haushaltssperre (dpa/lno) ---
    (
        "de",
        "Kiel (dpa/lno) - Die Landeshauptstadt Kiel hat wegen eines drohenden Millionenlochs eine Haushaltssperre verhängt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Steuereinnahmen liegen nach der jüngsten Prognose um 42 Millionen Euro unter den Erwartungen, sagte Oberbürgermeister Henning Lorenzen.",
        True,
        [("money", 42000000, "EUR", None)],
        "Henning Lorenzen",
    ),
    (
        "de",
        "Bis auf Weiteres dürfen die Ämter nur noch Ausgaben tätigen, zu denen die Stadt rechtlich verpflichtet ist.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Zuschüsse für Vereine und Kultur sind um zunächst 15 Prozent gekürzt worden.",
        True,
        [("percent", 15, "%", None)],
        None,
    ),
    ("de", "„Wir fahren auf Sicht, und die Sicht ist schlecht“, sagte Lorenzen.", False, [], None),
    (
        "de",
        "Die Gewerbesteuer, die wichtigste Einnahmequelle der Stadt, brach im dritten Quartal um fast ein Viertel ein.",
        True,
        [("ordinal", 3, None, None), ("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die Verwaltung will der Ratsversammlung im Januar ein 12-Punkte-Sparprogramm vorlegen.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    ("de", "Kulturverbände nannten die Kürzungen einen „Kahlschlag auf Raten“.", False, [], None),
    # --- Albuquerque library cuts (AP) ---
    (
        "en",
        "ALBUQUERQUE, N.M. (AP) — Albuquerque will close its libraries on Sundays and cut evening hours at eight of its 18 branches starting Jan. 5 to save $2.1 million, the city said.",
        True,
        [
            ("count", 8, None, None),
            ("count", 18, None, None),
            ("date", "--01-05", None, None),
            ("money", 2100000, "USD", None),
        ],
        None,
    ),
    ("en", "The cuts will eliminate 37 part-time positions.", True, [("count", 37, None, None)], None),
    (
        "en",
        "Mayor Teodoro Baca said the city faced a $46 million shortfall after sales tax revenue came in 4.2% below projections.",
        True,
        [("money", 46000000, "USD", None), ("percent", 4.2, "%", None)],
        "Teodoro Baca",
    ),
    (
        "en",
        '"Libraries are where kids do their homework when there\'s no internet at home," said library volunteer Ruth Anaya, 74.',
        False,
        [("duration", 74, "year", None)],
        None,
    ),
    (
        "en",
        "The library system recorded about 2.9 million visits last year.",
        True,
        [("count", 2900000, None, "about")],
        None,
    ),
    (
        "en",
        "City Councilor Ana Lucero said she would introduce a measure to restore Sunday hours at four branches using $600,000 from a reserve fund.",
        True,
        [("count", 4, None, None), ("money", 600000, "USD", None)],
        "Ana Lucero",
    ),
    ("en", "Whether the measure has enough votes to pass is unclear.", False, [], None),
]
