"""Three-hundred-and-eighteenth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People and figures are made up (Reinhold
Taubert, Bernd Quadflieg, Ulrich Pfannschmidt, Konrad Albersmeier, Armin Schwertfeger,
Dieter Oesterwind, Marion Schellhase, Jochen Wiedtfeld, Kai-Uwe Brandes, Alois Hintermaier,
Hartwig Mönkemeyer, Ute Pfeilsticker, Gesa Brockhoff; Marcus Heathcote, Eleanor Whitcombe,
Daniel Ashdown, Darnell Whitfield, Teresa Valdivia, Owen Trelawney, Adrian Falconer, Lorena
Quiroga, Kieran Dobbs, Jamal Osei, Tyler Marsh, Helen Carrow, Ruth Castellanos, Fiona
Lamont, Alasdair Rennick, Colleen Hargrove, Victor Salcedo, Ruth Okafor-Lane, Dwayne Keller;
every unnamed spokesperson, sheriff, judge, lawyer, mother, campaigner, alderman, council
member and union president); interior, justice and family ministers, police chiefs,
commissioners, superintendents, judges and heads of agencies of real governments, forces
and bodies appear under made-up names that stand for no real holder, or by their role only
("The county sheriff", "His lawyer", "The police union's president", "ein Sprecher"). Real
states, bodies, forces, courts, statistics and places (Bundeskriminalamt, BKA, Deutsche
Polizeigewerkschaft, Landeskriminalamt, Gewerkschaft der Polizei, GdP, Landgericht Hamburg,
Polizeiliche Kriminalstatistik, Grüne, Bundespolizei, Bundesinnenministerium, Linke,
Senatsinnenverwaltung, Deutscher Richterbund, Pakt für den Rechtsstaat,
Bundesjustizministerium, Justizministerkonferenz, Landgericht Frankfurt, Bund Deutscher
Kriminalbeamter, Zoll, Generalzolldirektion, SPD, CSU, GSG 9, Deutsche Fußball Liga,
Bundesliga, 2. Bundesliga, 3. Liga; West Midlands Police, the Ministry of Justice, the Law
Society, the Criminal Bar Association, the Chicago police department and City Council, the
Office for National Statistics, the Crime Survey for England and Wales, the Conservatives,
the NYPD, the Mayor's Management Report, the Independent Budget Office, the National Crime
Agency, Border Force, the Home Office, Southampton and Nottingham Crown Courts, the
Metropolitan Police, the Met, the London Assembly, the Police Federation, the Greater London
Authority, the DEA, Nottinghamshire Police, the Major Cities Chiefs Association, Police
Scotland, the Scottish Government, the Scottish Police Federation, the Justice Department,
the FBI, the Los Angeles Police Department, the city controller, the Tube, and the
datelines' cities) stand for the way wire copy names them; every crime count, rate,
clearance rate, seizure, street value, sentence, bail amount, headcount, overtime figure,
response time, backlog, cost, quote and label here is invented, and where a real figure
came to mind (a real PKS total, a real Crown Court backlog, real homicide and knife-crime
totals for England and Wales, real officer numbers of the Met, Police Scotland, the NYPD
and the LAPD, a real femicide count, a real Bavarian clearance rate) it was changed (the
years in which a recording series or a national force began kept as the story needs them).

Its weight: CRIME AND POLICING IN THE UK AND THE US, AND IN GERMANY (the fifty-fifth batch
weighed crime statistics, police, sentencing and prisons, the eighty-first police reports,
the hundred-second courts, trials and investigations, the hundred-fifty-second police,
courts and crime on one day, the hundred-eighty-seventh crime statistics and police annual
reports, the two-hundred-and-thirteenth criminal and civil courts at home, the
two-hundred-and-forty-third and two-hundred-and-ninety-eighth police reports and the
two-hundred-and-fifty-seventh crime statistics and courts in Austria and Switzerland, and
their decisions are kept) - police recorded crime, knife crime, homicide rates, raids and
seizures, sentences, bail, officers' numbers and overtime, response times, clearance rates
and court backlogs - over one spring and early summer, March to June, of one year (the year
2025 reported in most stories), 30 short stories of eight rows each with the German and
English ones interleaved, each told as wire copy runs it (a dateline lead with the headline
figure, the breakdown, attributed claims, the other side, quotes, reactions). Half German
(dpa with its slugs "dpa/lnw", "dpa/lno", "dpa/bb", "dpa/lhe", "dpa/lby"; police reports,
the Bundeskriminalamt's Lagebilder and the Polizeiliche Kriminalstatistik; "Aufklärungsquote",
"Häufigkeitszahl", "Tatverdächtige", "Straßenverkaufswert", "Einziehung", "Kaution",
"Überstunden", "Einsatzstunden", "Verhandlungstage", German „“ quotes): cash machines blown
up, a drug raid in North Rhine-Westphalia, a cocaine smuggling verdict in Hamburg, the
federal PKS, police overtime, knife violence at railway stations, Berlin's response times,
prosecutors' backlog, a gold dealer freed on bail, Bavaria's burglaries, the customs
service's drug haul, North Rhine-Westphalia's clan crime report, domestic violence, a raid
on people smugglers and police hours at football matches. Half English (PA, AP, Reuters with
the datelines "LONDON, April 23", "WASHINGTON, May 14", "WASHINGTON, June 4"): county lines
raids in the West Midlands, the Crown Court backlog, Chicago's homicides and clearance rate,
the ONS figures for England and Wales, NYPD response times and overtime, a cocaine seizure
at Southampton, the Met's officer numbers and overtime, a fentanyl bust and bail in Phoenix,
a knife killing sentenced in Nottingham, homicides in large U.S. cities, recorded crime and
officer numbers in Scotland, a nationwide gang operation, the LAPD's overtime and staffing,
knife crime in London and bail in a Bronx gun-trafficking case. Figures as such copy has
them: totals and their change in percent and in percentage points ("um 0,7 Prozentpunkte
auf 58,3 Prozent"), rates per 100,000 ("6.687 Fälle je 100.000 Einwohner", "15.9 per
100,000 residents"), clearance rates, drugs by weight ("186 Kilogramm", "knapp 23 Kilo",
"mehr als 2,1 Tonnen", "11 kilos", "3.4 tonnes", "26 kilograms") with street values in
euros, pounds and dollars, sentences in years and months („zwölf Jahre und neun Monate“,
„zwischen fünf Jahren und drei Monaten und neun Jahren“, "six years and eight months", "at
least 17 years"), bail („eine Kaution von 1,5 Millionen Euro“, "$500,000", "$2 million"),
officers and vacancies, overtime as counts, hours and money („rund 24 Millionen
Überstunden“, „mehr als 3,1 Millionen Stunden“, "about 5.2 million hours of overtime",
"some 3.9 million overtime hours", "$861 million"), response times in minutes and seconds
("9 minutes and 48 seconds", „11 Minuten und 20 Sekunden“, "7.4 minutes", "within 10
seconds"), backlogs and waits ("a record 81,236", "an average of 247 days", „fast 948.000
unerledigte Ermittlungsverfahren“, „im Schnitt 8,6 Monate“), ages, shares ("roughly two in
five", "nine in 10", "about one in six", „Gut zwei Drittel“, „In fast jedem zweiten Fall“,
„In mehr als jedem dritten Fall“, „Fast drei Viertel“, „nur etwa jede fünfte Tat“),
number words and compounds ("a nine-day crackdown", "the four-week operation",
"Twenty-eight of the suspects", „dreimal pro Woche“), ordinals („zum zweiten Mal in Folge“,
„der vierte Anstieg in Folge“, "for a third year running", "the second seizure", "A second
defendant", "the third of its kind"), hedges, years, fiscal years and dates. Negatives as
such copy has them - about a fifth of the rows: police chiefs', ministers' and politicians'
resolve, rhetoric and labels in quotes („sagte“, „nannte“, „sprach von“, "called",
"condemned ... as", "criticized ... as"), appeals and demands that name no measure
(„forderte ... auf“, „appellierte“, „bat ... eindringlich“, "urged", "called on", "asked
families to"), warnings, fears, doubts, hopes, accusations and advice without a measure,
each near a check-worthy look-alike from the same story, often from the same speaker.

240 rows (120 German, 120 English), 55 negatives (27 German, 28 English), 185 check-worthy
rows of which 11 carry no figure (10 German, 1 English), 359 expected quantities (147
counts, 68 durations - 36 in years, 10 in months, 7 in seconds, 6 in minutes, 4 in days, 4
in hours, 1 in weeks -, 49 years, 33 percentages - 32 in %, 1 in percentage points -, 31
amounts of money - 16 EUR, 8 USD, 7 GBP -, 13 fractions, 12 dates, 6 ordinals; none of them
in a negative), 35 checked speakers (17 German, 18 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, resolve, condemnation, feeling, fear, doubt, hope or piece of rhetoric
  is a negative with speaker None, also with a named speaker and an office (seventh,
  ninety-eighth, hundred-fifty-second, hundred-eighty-seventh, two-hundred-and-fourth,
  three-hundredth); a quoted or reported statement of fact, figure, step, plan or position
  is check-worthy with its speaker, also in Konjunktiv I (thirty-ninth,
  hundred-eighty-seventh). Pairs from one speaker: Taubert's explosives beside his „dem ist
  das Leben der Nachbarn schlicht egal“; Heathcote's 23 children beside "grooming children
  right under our noses"; Quadflieg's warrants and 19 million euros beside „Geldhahn“ and
  „keinen Zentimeter“; Ashdown's 110,000 sitting days beside "let down by a system";
  Pfannschmidt's 50,000 euros beside „Einfallstor“; Whitfield's 61% beside "not take a
  victory lap"; Albersmeier's 41 percent and 1,912 smugglers beside „mit voller Härte“ and
  „harten Schlag“; Whitcombe's 3,200 officers beside her "encouraging, but nowhere near good
  enough" (and her "hammer blow" in another story); Schwertfeger's three million and 4,800
  posts beside „auf der letzten Rille“; Valdivia's 911 calls and 6,214 guns beside "doing
  everything humanly possible" and "merchants of death"; Oesterwind's 1,384 knives beside his
  appeal; Trelawney's 19 days beside "a significant blow"; Schellhase's 1.36 million calls
  beside her plea; Falconer's £40 million beside "a police service that turns up"; Wiedtfeld's
  1,200 prosecutors beside „Stück für Stück das Vertrauen“; Quiroga's $7 million beside "a
  potential death sentence"; Brandes's denial beside „unverhältnismäßig“; Carrow's nine
  seconds beside "a lifetime of grief"; Hintermaier's share beside „gejagt, bis wir sie
  haben“; Castellanos's 70% beside her doubt; Mönkemeyer's smugglers beside his label;
  Lamont's 15,930 officers beside "stretched thinner"; Hargrove's 212 beside "an unmistakable
  message"; Pfeilsticker's 4,500 places beside „ein zerstörtes Leben“; Salcedo's hours beside
  "asking too few officers"; Okafor-Lane's nine in 10 beside "lose a son or daughter";
  Brockhoff's 46 million euros beside her demand on the clubs.
- Appeals, demands and condemnations (two-hundred-and-fourth): an appeal naming no measure
  is a negative („Oesterwind appellierte an Reisende, ...“, „Schellhase bat ... eindringlich,
  die 110 nur in echten Notfällen zu wählen“ - the emergency number none, eighty-first and
  two-hundred-and-forty-third: „Notruf 133“ -, "called on parents to watch for ...", "asked
  families to warn teenagers ...", "urged ministers not to cut youth services"); so is advice
  („Der Bund Deutscher Kriminalbeamter riet Hausbesitzern, ...“; hundred-eighty-seventh) and
  a condemnation ("condemned the shortfall as ...", "criticized the operation as ...").
  New: a demand that asks only for "more" - „forderte die Banken auf, endlich mehr für den
  Schutz ihrer Automaten zu tun“, „forderte den Bund auf, sich stärker an den Kosten der
  Justiz zu beteiligen“, „forderte die Vereine auf, „endlich Verantwortung ... zu
  übernehmen““ - names no measure and is an appeal and a negative, while a body's refusal of
  a named measure stays check-worthy without a figure („Die Deutsche Fußball Liga lehnte
  eine Beteiligung der Vereine an den Einsatzkosten erneut ab.“; hundred-eighty-seventh: a
  body's position on a draft) and so does a denial („Verteidiger Kai-Uwe Brandes sagte, sein
  Mandant bestreite sämtliche Vorwürfe.“ -> "Kai-Uwe Brandes"; two-hundred-and-thirteenth:
  "his client disputed the findings"). Fears, doubts, hopes and accusations are negatives
  („Die Deutsche Polizeigewerkschaft fürchtet, ...“, "said she doubted ...", "said she hoped
  ...", „Die Grünen warfen dem Minister vor, ...“, „Die SPD-Opposition warf dem Minister
  vor, ...“; hundred-eighty-seventh), as is a warning naming no measure ("The Law Society
  warned that without more money the backlog would "keep growing for years to come"",
  „Flüchtlingsorganisationen warnten davor, ...“; two-hundred-and-fourth).
- Check-worthy without a figure (fifty-eighth, hundred-eighty-seventh,
  two-hundred-and-forty-third): the lead naming a trend („Die Berliner Polizei braucht bei
  Notrufen immer länger, bis sie am Einsatzort ist.“), records without the figure ("Los
  Angeles, Houston and Philadelphia each recorded their fewest homicides in more than a
  decade."), sources named („Das geht aus einer Antwort des Bundesinnenministeriums ...
  hervor.“, „Die Zahlen stammen aus einer Antwort der Senatsinnenverwaltung ...“, „Das geht
  aus dem Lagebild hervor, das das Landeskriminalamt am Donnerstag vorstellte.“), warrants
  issued (Quadflieg), the smugglers' new routes (Mönkemeyer, in apposition and unchecked), a
  modus operandi (Taubert's „Festsprengstoff“) and the cautions on how a statistic counts
  („BKA-Präsident Reinhold Taubert wies darauf hin, dass ausländerrechtliche Verstöße seit
  2024 getrennt ausgewiesen werden, ...“ with its year, „Kriminologen wiesen darauf hin,
  dass das Lagebild Taten nach dem Familiennamen der Verdächtigen zuordnet, ...“;
  hundred-eighty-seventh).
- Crime statistics (hundred-eighty-seventh and the batches it cites): totals and changes as
  written („5,62 Millionen Straftaten“, "51,870 offences", "9.1 million incidents" -
  "estimated" a verb, no hedge -, "498,000", "a record 81,236" - "a record" no hedge -,
  "down from 5,718"), clearance rates in percent ("61% ..., up from 52%", "51.8% from 53.4%",
  „64,7 Prozent“) and the move in points („um 0,7 Prozentpunkte auf 58,3 Prozent“ 0.7 pp and
  58.3 %); rates per head two counts („6.687 Fälle je 100.000 Einwohner“, „4.612 Straftaten
  je 100.000 Einwohner“, "15.9 per 100,000 residents", "38.2 per 100,000 residents,
  followed by St. Louis at 35.6" three counts); multiples counts ("almost double the level"
  2 "nearly", "more than three times the national average" 3 "over"; two-hundred-and-
  forty-third); "all but three of the city's 22 police districts" 3 and 22 (seventy-ninth:
  "all but three of the patients"); "the cities reported 4,803 homicides combined"
  ("combined" no hedge, hundred-fifty-second). "the highest total in nine years" 9 years
  (three-hundredth: "in 40 years"); "the highest number in a decade", "the highest figure
  since the series began", „so viele wie nie zuvor“, „einen neuen Höchststand“, "the
  steepest annual drop on record" none.
- Raids, seizures and street values (eighty-first, hundred-fifty-second,
  two-hundred-and-forty-third): people, addresses, knives, guns, cities and officers are
  counts („rund 850 Polizistinnen und Polizisten“, „47 Wohnungen und Lagerhallen“, "64
  people", "14 knives and three firearms", "1,327 people ... in 38 cities", "614 firearms",
  „rund 640 Beamtinnen und Beamte“, "Twenty-eight of the suspects" - a number word opening
  the row as the three-hundredth's "Sixty-four percent"); weights are counts in every form
  („186 Kilogramm Cannabis, knapp 23 Kilo Kokain“, „mehr als 2,1 Tonnen Kokain“, „rund 29
  Tonnen“, „14,8 Tonnen ..., 1,2 Tonnen ... und knapp 640.000 Ecstasy-Tabletten“, "11 kilos",
  "3.4 tonnes", "21.7 tonnes", "more than 3 tonnes", "26 kilograms", "more than 480
  kilograms", "about 1.4 million fentanyl pills"); street values are money with "estimated"
  as "about" ("worth an estimated 270 million pounds at street prices" 270,000,000 GBP
  "about", "worth roughly $7 million on the street" "about", „auf mehr als 2,9 Millionen
  Euro geschätzt“ "over" - "geschätzt" a verb, hundred-fifty-second -, „auf mehr als 2,2
  Milliarden Euro“ "over"); cash seized and sums confiscated in the currency written
  („rund 410.000 Euro Bargeld“, "£212,000 in cash", "about $9.3 million in cash", „die
  Einziehung von rund 3,7 Millionen Euro“, „Vermögen im Wert von rund 19 Millionen Euro“).
  New: „darunter Spezialkräfte der GSG 9“ carries no count - the numeral belongs to the
  name of the unit, as the road identifiers "A 3" and "Interstate 35" (two-hundred-and-
  thirteenth, two-hundred-and-forty-third), „Landgericht München I“ (fifty-fifth) and the
  „Einsatzhundertschaft“ (two-hundred-and-forty-third) carry none.
- Sentences, charges and bail (thirty-ninth, hundred-second, two-hundred-and-thirteenth):
  sentences are durations as written („zwölf Jahre und neun Monate Haft“ 12 years and 9
  months, „zu Strafen zwischen fünf Jahren und drei Monaten und neun Jahren“ 5 years, 3
  months and 9 years, "six years and eight months", „14 Jahre Haft gefordert“); "jailed for
  life" none and "must spend at least 17 years behind bars" 17 years "at_least"
  (two-hundred-and-twenty-seventh: "must serve at least 24 years"); penalties a charge
  carries with their bound ("carry up to 15 years in prison", "faces up to 25 years in
  prison" "up_to"). New: "a mandatory minimum of 10 years in prison" is 10 years with no
  hedge - the rule's own figure, as „Mindeststrafe“ (hundred-eighty-seventh) and "minimum
  term" (two-hundred-and-thirteenth). Bail is money in the currency written („eine Kaution
  von 1,5 Millionen Euro“, "set bail for the older man at $500,000", "set bail at $2
  million"; fifty-fifth, hundred-second, hundred-fifty-second); "held without bail",
  "released on bail", "the older man", "the younger one" none. „dreimal pro Woche“ 3 („pro
  Woche“ none; two-hundred-and-thirteenth: „zweimal“), „zunächst 26 Verhandlungstage“ 26
  („zunächst“ no hedge), "211 counts" and "five associates" counts, "The two men" 2
  (forty-first: "the two hubs"), „Der Prozess soll am 8. September beginnen“ --09-08.
  „Das Urteil ist noch nicht rechtskräftig“ (in a row with a figure) is the legal status of
  record (fifty-fifth).
- Officers, overtime and costs: headcounts, recruits, posts and vacancies are counts ("about
  11,400 sworn members", "32,470 uniformed officers", "31,840 full-time equivalent
  officers", "15,930 officers", "about 8,420 sworn officers, down from more than 9,900",
  „rund 4.800 Stellen“, „rund 3.000 zusätzliche Stellen“, "3,200 additional neighbourhood
  officers", "the equivalent of 2,700 extra full-time posts" - "the equivalent of" no hedge
  -, "fallen by 1,140"). „Überstunden“ stay counts („rund 24 Millionen Überstunden“, „im
  Schnitt 93 Überstunden, in Berlin sind es 141“; hundred-fourth, hundred-eighty-seventh,
  two-hundred-and-twentieth), while hours are durations in hours ("about 5.2 million hours of
  overtime"; seventh: "4.3 million hours of unpaid overtime"; „rund 498.000
  Einsatzstunden“, fifty-eighth: „mehr als 9.800 Einsatzstunden“; „mehr als 3,1 Millionen
  Stunden“, forty-fifth and eighty-ninth: „Millionen Stunden“). New: "some 3.9 million
  overtime hours" is 3,900,000 hours "about" - "hours" after "overtime" carries the unit as
  "hours of overtime" does ("some" "about"). Overtime bills are money ("£227 million",
  "£184 million", "£40 million", "$861 million", "about $120 million over budget", "$352
  million", "$290 million", "a further £30 million" - "a further" no hedge), "nearly 40% more
  than the City Council had budgeted" 40 "nearly".
- Response times and calls: times are durations, minutes and seconds each their own ("9
  minutes and 48 seconds", "up 41 seconds", "6 minutes and 55 seconds", „durchschnittlich 11
  Minuten und 20 Sekunden“ - „durchschnittlich“ no hedge -, „55 Sekunden mehr als 2024“,
  „mehr als 14 Minuten“ "over", "7.4 minutes ..., up from 6.1 minutes", "within 10 seconds"
  - "within" no hedge, as "within four minutes" (twenty-sixth) -, "within 9 seconds";
  two-hundred-and-thirteenth: "eight years and four months" two durations). Emergency
  numbers carry none (eighty-first, two-hundred-and-forty-third): "999 calls", „die 110“.
  New: "1.7 million 911 calls" is count 1,700,000 only - the figure before the emergency
  number counts the calls, and "911", the name of the line, carries none as "999" does.
  „rund 1,36 Millionen Notrufe“ 1,360,000 "about"; „Etwa 38 Prozent der Anrufe“ 38 "about".
- Backlogs and waits: cases outstanding are counts ("a record 81,236", "Nearly 22,000 ...,
  up from 17,650", „fast 948.000 unerledigte Ermittlungsverfahren“ "nearly", „71
  Tatverdächtige“); "110,000 sitting days" is a count of court days as „14
  Verhandlungstage“ (two-hundred-and-thirteenth), not a span; waits and lengths are
  durations ("an average of 247 days" - "an average of" no hedge -, „im Schnitt 8,6 Monate,
  2015 lagen sie noch bei 6,9 Monaten“, „seit elf Monaten in Haft“, "at sea for 19 days",
  "over 14 months" - "over" before a span no hedge -, "over three months", "in 18 months",
  "during a nine-day crackdown", "during the four-week operation", "two days after the
  killing", "two years earlier", "reversing three years of losses"; „vor zwei Jahren“).
  "for a year or more", "in that year", „binnen eines Jahres“ none (an article,
  hundred-fifty-second).
- Shares and ordinals (the issue; hundred-eighty-seventh): „Gut zwei Drittel“ 0.6667 "over",
  "about one in five" 0.2 "about", "by about a quarter" 0.25 "about", "roughly two in five"
  0.4 "about" (hundred-twenty-eighth: "about two in five"), „In mehr als jedem dritten Fall“
  0.3333 "over", „In fast jedem zweiten Fall“ 0.5 "nearly", „Fast drei Viertel“ 0.75
  "nearly", "up by a third" 0.3333 ("by" no hedge), „knapp ein Drittel“ 0.3333 "nearly",
  „nur etwa jede fünfte Tat“ 0.2 "about" („nur“ no hedge), "almost half of the total" 0.5
  "nearly", "nine in 10" 0.9 (hundred-thirtieth), "about one in six" 0.1667 "about".
  Ordinals: „zum zweiten Mal in Folge“ 2, „der vierte Anstieg in Folge“ 4, "for a third
  year running" 3, "the second seizure" 2, "A second defendant" 2 (hundred-second), "the
  third of its kind" 3. „der 2. Bundesliga und der 3. Liga“ carry none - league names as
  „2. Bundesliga“ (hundred-ninth, two-hundred-and-seventy-fifth); "Class A", "the top count",
  "the largest", "the biggest single haul", "the most critical calls", „die geringste
  Belastung“ none.
- Ages are durations in years (every batch): "aged under 18" and "aged under 25" "under",
  "the youngest just 14" ("just" no hedge), „im Alter von 22 bis 58 Jahren“, „im Alter von 29
  bis 51 Jahren“ and „im Alter von 24 bis 53 Jahren“ both, „ein 46-jähriger
  Speditionskaufmann“, „Der 57-Jährige“, "aged 31, 38 and 44", "ages 27 and 34" (eighty-
  first: "ages" read as "aged"), "A 19-year-old", "was 17 when", "Jamal Osei, 16,", "Tyler
  Marsh, 18,", "Dwayne Keller, 49,", „jünger als 21 Jahre“ 21 "under" (hundred-fifty-second:
  „jünger als 25 Jahre“).
- Years and dates: "in 2024-25" and "in 2025-26" both years (hundred-sixty-third,
  hundred-eighty-seventh), "in the year to December 2025" and "in the year to March 2025" the
  year, "since January 2024", „seit Herbst 2023“, „zwischen Mai 2023 und Februar 2024“,
  „seit Mai 2024“, „zwischen 2021 und 2024“, „Ende 2025“, „Im Jahr 2025“, „bis 2027“, „bis
  2030“, "since 2014", "since 2007", "began in 2003", "created in 2013", "early 2019" the
  years; "the fiscal year through June 30", "the budget year that closed on June 30" and
  "the fiscal year ended Sept. 30" dates without a year (eighty-sixth: "the fiscal year that
  ended June 30"), "on May 21", "for May 12", "on June 9", "on June 17", "on July 15" dates
  without a year; Reuters datelines with a day ("LONDON, April 23", "WASHINGTON, May 14",
  "WASHINGTON, June 4") dates without a year; dpa, AP and PA datelines none (seventy-ninth).
  None: "last year", "a year earlier", "the year before", "this year", "last month", "in the
  quarter", "in the coming year", "next year's", "between January and March", "between
  January and April", "at the end of March", "by the end of December", "From September",
  "since July", „im vergangenen Jahr“, „im Jahr davor“, „in der Saison davor“, „seit
  Herbst“, „Seit Januar“, „am Freitag“.
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, „Etwa“, "about", "roughly", "some",
  "an estimated" "about"; „knapp“, „fast“, „Fast“, "Nearly", "nearly", "almost" "nearly";
  „mehr als“, „gut“, „Gut“, "more than" "over"; „jünger als“, "under" before an age
  "under"; „bis zu“, "up to" "up_to"; „mindestens“, "at least" "at_least". No hedge:
  „insgesamt“, „im Schnitt“, „durchschnittlich“, „zunächst“, „Allein“, „nur“, „weiteren“,
  "an average of", "just", "combined", "a record", "a further", "the equivalent of",
  "mandatory minimum", "within", "over" before a span, "by" and „um“ before a change,
  "zwischen" and "between" in a range.
- Speakers, checked only in forms the earlier batches settled: „teilte das
  Bundeskriminalamt am Dienstag mit“ -> "das Bundeskriminalamt" and „teilte das
  Landeskriminalamt am Mittwoch mit“ -> "das Landeskriminalamt" (the weekday dropped,
  hundred-eighty-seventh), „teilte die Bundespolizei mit“; „BKA-Präsident Reinhold Taubert
  sagte, ...“, „NRW-Innenminister Bernd Quadflieg sagte, ...“, „Innenminister Bernd
  Quadflieg sagte, ...“, „Bundespolizeipräsident Dieter Oesterwind sagte, ...“,
  „Polizeipräsidentin Marion Schellhase sagte, ...“, „Richterbund-Geschäftsführer Jochen
  Wiedtfeld sagte, ...“, „Verteidiger Kai-Uwe Brandes sagte, ...“,
  „Bundesfamilienministerin Ute Pfeilsticker sagte, ...“, „Innenstaatssekretärin Gesa
  Brockhoff sagte, ...“ and „Der Vorsitzende Richter Ulrich Pfannschmidt sagte, ...“ the name
  (two-hundred-and-thirteenth: „sagte die Vorsitzende Richterin Claudia Vennemann“),
  „Bundesinnenminister Konrad Albersmeier sagte bei der Vorstellung der Zahlen in Berlin,
  ...“ the name with title and occasion dropped, „sagte der GdP-Vorsitzende Armin Schwertfeger am Montag in Berlin“ and „sagte Innenminister Alois
  Hintermaier (CSU) bei der Vorstellung der Zahlen in München“ the name with article, title,
  party and occasion dropped (hundred-eighty-seventh), „Albersmeier sagte, ...“ the surname
  opening the row (two-hundred-and-fourth). English: "Detective Superintendent Marcus
  Heathcote said", "Courts Minister Daniel Ashdown said", "Policing Minister Eleanor
  Whitcombe said", "Commissioner Teresa Valdivia said", "NYPD Commissioner Teresa Valdivia
  said", "NCA Deputy Director Owen Trelawney said", "Commissioner Adrian Falconer said", "DEA
  Special Agent in Charge Lorena Quiroga said", "Judge Helen Carrow said", "Criminologist
  Ruth Castellanos said", "Chief Constable Fiona Lamont said" (hundred-thirty-first: "Chief
  Constable Ruth Calloway said"), "Justice Secretary Alasdair Rennick said", "Assistant
  Attorney General Colleen Hargrove said" and "Deputy Assistant Commissioner Ruth Okafor-Lane
  said" the name with rank, office or role dropped (hundred-eighty-seventh,
  two-hundred-and-thirteenth); "Superintendent Darnell Whitfield told reporters" the name
  (two-hundred-and-fourth: "told reporters" names the speaker) and "Chief Victor Salcedo
  told the council's budget committee on Tuesday that ..." the name (hundred-twenty-seventh:
  "Pellow told the committee", twenty-fifth: "Kessel told the committee"); "The Met said" ->
  "the Met" (hundred-eighty-seventh); "the Justice Department said on Thursday" -> "the
  Justice Department" (hundred-second). Left unchecked (None): all negatives, also those with
  a named speaker; documents and data („heißt es in dem Lagebild“, „wie aus der
  Polizeilichen Kriminalstatistik hervorgeht“, „wie aus dem Lagebild des Bundeskriminalamts
  hervorgeht“, „Laut Anklage“, „Nach einer Dunkelfeldstudie des BKA“, "Ministry of Justice
  figures showed", "the figures showed", "figures from the Office for National Statistics
  showed", "Home Office figures published on Wednesday show", "according to Home Office
  data", "according to police department figures", "the department's data showed",
  "according to the Mayor's Management Report", "according to figures obtained by the London
  Assembly", "according to a report by the Major Cities Chiefs Association", "according to
  a report by the city controller", "the controller's report found", "according to Scottish
  Government statistics", "according to the state health department", "according to the
  department", "according to figures it published"; hundred-eighty-seventh), „nach
  BKA-Angaben“ and „nach Polizeiangaben“ (hundred-fifty-second), „nach Berechnungen der
  Gewerkschaft der Polizei (GdP)“ and „nach Zählung des Verbands“ (estimates and tallies,
  hundred-eighty-seventh), „beziffert die Behörde“ and „Das Bundesjustizministerium verwies
  auf“ (verbs that are not of saying), „Das Bundesinnenministerium teilte mit, ...“ (a form
  no batch settled, three-hundredth), the Konjunktiv rows without an attribution of their
  own (ninety-third: „Allein bei der Bundespolizei stünden ...“), „Der Präsident der Generalzolldirektion,
  Hartwig Mönkemeyer, sagte“ (a name in apposition, hundred-fifty-second), "the force said"
  (two-hundred-and-ninety-eighth), "the city's Independent Budget Office said" (a
  possessive), "authorities said" and "Prosecutors say" (groups), "Nottingham Crown Court
  heard" (two-hundred-and-thirteenth: "the court heard") and rows without attribution. As
  the two-hundred-and-sixth, two-hundred-and-thirty-third and three-hundredth batches did,
  and to keep the checked speakers near 35, this batch also leaves unchecked forms it could
  have checked: „teilte der Deutsche Richterbund am Dienstag mit“, „teilte das Landgericht
  Frankfurt am Donnerstag mit“, „teilte die Generalzolldirektion am Montag mit“, „teilte das
  Innenministerium in Düsseldorf mit“, „Schwertfeger sagte, ...“, „..., sagte
  Hintermaier.“, "The Criminal Bar Association said", "the National Crime Agency said on
  Thursday", "Nottinghamshire Police said", "The association said", "the bureau said in a
  statement" and "the Metropolitan Police said".

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier
is checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_318 = [
    # --- Geldautomatensprengungen, Bundeslagebild (dpa), März ---
    (
        "de",
        "Wiesbaden (dpa) - Die Zahl der gesprengten Geldautomaten in Deutschland ist im vergangenen Jahr zum zweiten Mal in Folge gesunken, um 27 Prozent auf 298 Fälle.",
        True,
        [("ordinal", 2, None, None), ("percent", 27, "%", None), ("count", 298, None, None)],
        None,
    ),
    (
        "de",
        "In 143 Fällen blieb es beim Versuch, in den übrigen erbeuteten die Täter insgesamt rund 21,4 Millionen Euro, teilte das Bundeskriminalamt am Dienstag mit.",
        True,
        [("count", 143, None, None), ("money", 21400000, "EUR", "about")],
        "das Bundeskriminalamt",
    ),
    (
        "de",
        "Der durch die Explosionen verursachte Sachschaden lag nach BKA-Angaben mit etwa 38 Millionen Euro erneut deutlich über der Beute.",
        True,
        [("money", 38000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Gut zwei Drittel der ermittelten Tatverdächtigen stammten aus den Niederlanden, viele von ihnen aus dem Raum Utrecht.",
        True,
        [("fraction", 0.6667, None, "over")],
        None,
    ),
    (
        "de",
        "BKA-Präsident Reinhold Taubert sagte, die Banden setzten inzwischen fast ausschließlich Festsprengstoff ein, was die Gefahr für Anwohner erheblich erhöhe.",
        True,
        [],
        "Reinhold Taubert",
    ),
    (
        "de",
        "„Wer nachts unter einem Wohnhaus eine Bombe zündet, dem ist das Leben der Nachbarn schlicht egal“, sagte Taubert.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Seit 2022 haben mehr als 1.100 Banken ihre Automaten nachts verriegelt oder mit Farbpatronen ausgestattet, heißt es in dem Lagebild.",
        True,
        [("year", 2022, None, None), ("count", 1100, None, "over")],
        None,
    ),
    (
        "de",
        "Die Deutsche Polizeigewerkschaft forderte die Banken auf, endlich mehr für den Schutz ihrer Automaten zu tun.",
        False,
        [],
        None,
    ),
    # --- County lines crackdown in the West Midlands (PA), March ---
    (
        "en",
        "BIRMINGHAM (PA) - West Midlands Police arrested 64 people and seized 11 kilos of cocaine and heroin during a nine-day crackdown on county lines drug gangs.",
        True,
        [("count", 64, None, None), ("count", 11, None, None), ("duration", 9, "day", None)],
        None,
    ),
    (
        "en",
        "Officers also recovered £212,000 in cash, 14 knives and three firearms, including a converted blank-firing pistol, the force said.",
        True,
        [("money", 212000, "GBP", None), ("count", 14, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Of those arrested, 19 were aged under 18, the youngest just 14.",
        True,
        [("count", 19, None, None), ("duration", 18, "year", "under"), ("duration", 14, "year", None)],
        None,
    ),
    (
        "en",
        "Detective Superintendent Marcus Heathcote said 23 children had been referred to safeguarding teams after being found running drugs between Birmingham and towns in Shropshire.",
        True,
        [("count", 23, None, None)],
        "Marcus Heathcote",
    ),
    (
        "en",
        "Heathcote said the gangs were \"grooming children right under our noses\" and called on parents to watch for sudden cash or new phones.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Twenty-eight of the suspects have been charged and remanded in custody, with the rest released on bail pending further inquiries.",
        True,
        [("count", 28, None, None)],
        None,
    ),
    (
        "en",
        "Policing Minister Eleanor Whitcombe called the operation \"a hammer blow to the dealers who exploit our young people\".",
        False,
        [],
        None,
    ),
    (
        "en",
        "The force has run 11 such operations since January 2024, making more than 1,900 arrests in total, according to figures it published on Friday.",
        True,
        [("count", 11, None, None), ("year", 2024, None, None), ("count", 1900, None, "over")],
        None,
    ),
    # --- Drogenrazzia in Nordrhein-Westfalen (dpa/lnw), März ---
    (
        "de",
        "Düsseldorf (dpa/lnw) - Bei einer Großrazzia gegen eine mutmaßliche Drogenbande haben rund 850 Polizistinnen und Polizisten in Nordrhein-Westfalen und Niedersachsen 47 Wohnungen und Lagerhallen durchsucht.",
        True,
        [("count", 850, None, "about"), ("count", 47, None, None)],
        None,
    ),
    (
        "de",
        "Dabei wurden 14 Männer im Alter von 22 bis 58 Jahren festgenommen, teilte das Landeskriminalamt am Mittwoch mit.",
        True,
        [("count", 14, None, None), ("duration", 22, "year", None), ("duration", 58, "year", None)],
        "das Landeskriminalamt",
    ),
    (
        "de",
        "Die Ermittler stellten 186 Kilogramm Cannabis, knapp 23 Kilo Kokain und rund 410.000 Euro Bargeld sicher.",
        True,
        [("count", 186, None, None), ("count", 23, None, "nearly"), ("money", 410000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Der Straßenverkaufswert der Drogen wird auf mehr als 2,9 Millionen Euro geschätzt.",
        True,
        [("money", 2900000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Die Bande soll seit Herbst 2023 über einen Messengerdienst Kundschaft in mindestens zwölf Städten beliefert haben.",
        True,
        [("year", 2023, None, None), ("count", 12, None, "at_least")],
        None,
    ),
    (
        "de",
        "NRW-Innenminister Bernd Quadflieg sagte, gegen alle Festgenommenen seien Haftbefehle wegen bandenmäßigen Handels mit Betäubungsmitteln erlassen worden.",
        True,
        [],
        "Bernd Quadflieg",
    ),
    (
        "de",
        "„Wir drehen diesen Leuten den Geldhahn zu, und zwar so lange, bis nichts mehr übrig ist“, sagte Quadflieg.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft der Polizei lobte den Einsatz als „Beweis dafür, was mit genug Personal möglich ist“.",
        False,
        [],
        None,
    ),
    # --- Crown Court backlog (PA), March ---
    (
        "en",
        "LONDON (PA) - The number of criminal cases awaiting trial at Crown Courts in England and Wales climbed to a record 81,236 by the end of December, Ministry of Justice figures showed.",
        True,
        [("count", 81236, None, None)],
        None,
    ),
    (
        "en",
        "That was 6% higher than a year earlier and almost double the level of early 2019.",
        True,
        [("percent", 6, "%", None), ("count", 2, None, "nearly"), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "Nearly 22,000 of the outstanding cases had been open for a year or more, up from 17,650.",
        True,
        [("count", 22000, None, "nearly"), ("count", 17650, None, None)],
        None,
    ),
    (
        "en",
        "Defendants held on remand waited an average of 247 days for their trial to begin, the figures showed.",
        True,
        [("duration", 247, "day", None)],
        None,
    ),
    (
        "en",
        "Courts Minister Daniel Ashdown said the government had funded 110,000 sitting days for the current financial year, the highest number in a decade.",
        True,
        [("count", 110000, None, None)],
        "Daniel Ashdown",
    ),
    (
        "en",
        "Ashdown said victims were being \"let down by a system that was broken long before we arrived\".",
        False,
        [],
        None,
    ),
    (
        "en",
        "The Law Society warned that without more money the backlog would \"keep growing for years to come\".",
        False,
        [],
        None,
    ),
    (
        "en",
        "The Criminal Bar Association said about one in five barristers who prosecuted rape cases in 2023 had since left criminal work.",
        True,
        [("fraction", 0.2, None, "about"), ("year", 2023, None, None)],
        None,
    ),
    # --- Urteil gegen Kokainschmuggler am Landgericht Hamburg (dpa/lno), März ---
    (
        "de",
        "Hamburg (dpa/lno) - Das Landgericht Hamburg hat fünf Männer zu langen Haftstrafen verurteilt, die mehr als 2,1 Tonnen Kokain über den Hafen der Stadt geschmuggelt haben sollen.",
        True,
        [("count", 5, None, None), ("count", 2.1, None, "over")],
        None,
    ),
    (
        "de",
        "Der mutmaßliche Kopf der Gruppe, ein 46-jähriger Speditionskaufmann, erhielt zwölf Jahre und neun Monate Haft.",
        True,
        [("duration", 46, "year", None), ("duration", 12, "year", None), ("duration", 9, "month", None)],
        None,
    ),
    (
        "de",
        "Seine vier Komplizen im Alter von 29 bis 51 Jahren wurden zu Strafen zwischen fünf Jahren und drei Monaten und neun Jahren verurteilt.",
        True,
        [
            ("count", 4, None, None),
            ("duration", 29, "year", None),
            ("duration", 51, "year", None),
            ("duration", 5, "year", None),
            ("duration", 3, "month", None),
            ("duration", 9, "year", None),
        ],
        None,
    ),
    (
        "de",
        "Das Gericht ordnete zudem die Einziehung von rund 3,7 Millionen Euro an, die die Männer mit dem Geschäft verdient haben sollen.",
        True,
        [("money", 3700000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Nach Überzeugung der Kammer hatten die Angeklagten das Rauschgift zwischen Mai 2023 und Februar 2024 in elf Containern mit Bananen aus Ecuador eingeführt.",
        True,
        [("year", 2023, None, None), ("year", 2024, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "de",
        "Der Vorsitzende Richter Ulrich Pfannschmidt sagte, die Männer hätten Hafenarbeiter mit bis zu 50.000 Euro pro Container bestochen.",
        True,
        [("money", 50000, "EUR", "up_to")],
        "Ulrich Pfannschmidt",
    ),
    (
        "de",
        "„Der Hafen ist das Einfallstor für eine Droge, die ganze Stadtteile zerstört“, sagte Pfannschmidt in der Urteilsbegründung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Staatsanwaltschaft hatte für den Hauptangeklagten 14 Jahre Haft gefordert; das Urteil ist noch nicht rechtskräftig.",
        True,
        [("duration", 14, "year", None)],
        None,
    ),
    # --- Chicago homicides and clearance rate (AP), March ---
    (
        "en",
        "CHICAGO (AP) — There were 431 homicides in Chicago last year, the city's fewest since 2014 and 18% fewer than in 2024, according to police department figures.",
        True,
        [("count", 431, None, None), ("year", 2014, None, None), ("percent", 18, "%", None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "Shootings fell by about a quarter, to 1,912 incidents.",
        True,
        [("fraction", 0.25, None, "about"), ("count", 1912, None, None)],
        None,
    ),
    (
        "en",
        "Police cleared 61% of homicide cases, up from 52% the year before, Superintendent Darnell Whitfield told reporters on Tuesday.",
        True,
        [("percent", 61, "%", None), ("percent", 52, "%", None)],
        "Darnell Whitfield",
    ),
    (
        "en",
        "Whitfield said the department would \"not take a victory lap while families are still burying their children\".",
        False,
        [],
        None,
    ),
    (
        "en",
        "The city's homicide rate of 15.9 per 100,000 residents remained more than three times the national average.",
        True,
        [("count", 15.9, None, None), ("count", 100000, None, None), ("count", 3, None, "over")],
        None,
    ),
    (
        "en",
        "Violent crime fell in all but three of the city's 22 police districts, the department's data showed.",
        True,
        [("count", 3, None, None), ("count", 22, None, None)],
        None,
    ),
    (
        "en",
        "The department hired 612 recruits last year but lost 701 officers to retirement and resignation, leaving it with about 11,400 sworn members.",
        True,
        [("count", 612, None, None), ("count", 701, None, None), ("count", 11400, None, "about")],
        None,
    ),
    (
        "en",
        "Aldermen from both wings of the City Council condemned the shortfall as \"a slow-motion staffing emergency\".",
        False,
        [],
        None,
    ),
    # --- Polizeiliche Kriminalstatistik 2025 (dpa), April ---
    (
        "de",
        "Berlin (dpa) - Die deutsche Polizei hat 2025 insgesamt 5,62 Millionen Straftaten erfasst, 2,4 Prozent weniger als im Jahr davor.",
        True,
        [("year", 2025, None, None), ("count", 5620000, None, None), ("percent", 2.4, "%", None)],
        None,
    ),
    (
        "de",
        "Die Aufklärungsquote stieg um 0,7 Prozentpunkte auf 58,3 Prozent, wie aus der Polizeilichen Kriminalstatistik hervorgeht.",
        True,
        [("percent", 0.7, "pp", None), ("percent", 58.3, "%", None)],
        None,
    ),
    (
        "de",
        "Die Zahl der registrierten Messerangriffe stieg dagegen um 6,8 Prozent auf 31.204.",
        True,
        [("percent", 6.8, "%", None), ("count", 31204, None, None)],
        None,
    ),
    (
        "de",
        "Bundesinnenminister Konrad Albersmeier sagte bei der Vorstellung der Zahlen in Berlin, knapp 41 Prozent der Tatverdächtigen hätten keinen deutschen Pass gehabt.",
        True,
        [("percent", 41, "%", "nearly")],
        "Konrad Albersmeier",
    ),
    (
        "de",
        "„Wer ein Messer zieht, muss wissen, dass der Staat mit voller Härte antwortet“, sagte Albersmeier.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Häufigkeitszahl sank auf 6.687 Fälle je 100.000 Einwohner.",
        True,
        [("count", 6687, None, None), ("count", 100000, None, None)],
        None,
    ),
    (
        "de",
        "BKA-Präsident Reinhold Taubert wies darauf hin, dass ausländerrechtliche Verstöße seit 2024 getrennt ausgewiesen werden, was Vergleiche mit älteren Jahrgängen erschwere.",
        True,
        [("year", 2024, None, None)],
        None,
    ),
    ("de", "Die Grünen warfen dem Minister vor, die Statistik für Stimmungsmache zu missbrauchen.", False, [], None),
    # --- Crime in England and Wales, ONS figures (PA), April ---
    (
        "en",
        "LONDON (PA) - Police in England and Wales recorded 51,870 offences in which a knife or blade was used in the year to December 2025, down 4% from a year earlier, figures from the Office for National Statistics showed.",
        True,
        [("count", 51870, None, None), ("year", 2025, None, None), ("percent", 4, "%", None)],
        None,
    ),
    (
        "en",
        "Homicides fell to 512 from 549, the lowest annual total since records in their current form began in 2003.",
        True,
        [("count", 512, None, None), ("count", 549, None, None), ("year", 2003, None, None)],
        None,
    ),
    (
        "en",
        "Of those, 208 victims were killed with a knife or sharp instrument, roughly two in five of the total.",
        True,
        [("count", 208, None, None), ("fraction", 0.4, None, "about")],
        None,
    ),
    (
        "en",
        "The Crime Survey for England and Wales estimated 9.1 million incidents of crime against adults, which statisticians said was not a significant change.",
        True,
        [("count", 9100000, None, None)],
        None,
    ),
    (
        "en",
        "Shoplifting offences recorded by police rose for a third year running, by 11% to 498,000, the highest figure since the series began.",
        True,
        [("ordinal", 3, None, None), ("percent", 11, "%", None), ("count", 498000, None, None)],
        None,
    ),
    (
        "en",
        "Policing Minister Eleanor Whitcombe said 3,200 additional neighbourhood officers had been deployed since July.",
        True,
        [("count", 3200, None, None)],
        "Eleanor Whitcombe",
    ),
    (
        "en",
        "Whitcombe said the fall in knife crime was \"encouraging, but nowhere near good enough\".",
        False,
        [],
        None,
    ),
    ("en", "The Conservatives called the shoplifting figures \"an open invitation to criminals\".", False, [], None),
    # --- Überstunden bei der Polizei (dpa), April ---
    (
        "de",
        "Berlin (dpa) - Die Polizistinnen und Polizisten von Bund und Ländern haben nach Berechnungen der Gewerkschaft der Polizei (GdP) inzwischen rund 24 Millionen Überstunden angehäuft.",
        True,
        [("count", 24000000, None, "about")],
        None,
    ),
    (
        "de",
        "Das seien knapp drei Millionen mehr als vor zwei Jahren, sagte der GdP-Vorsitzende Armin Schwertfeger am Montag in Berlin.",
        True,
        [("count", 3000000, None, "nearly"), ("duration", 2, "year", None)],
        "Armin Schwertfeger",
    ),
    (
        "de",
        "Allein bei der Bundespolizei stünden mehr als 3,1 Millionen Stunden offen, vor allem wegen der Kontrollen an den Binnengrenzen.",
        True,
        [("duration", 3100000, "hour", "over")],
        None,
    ),
    (
        "de",
        "Schwertfeger sagte, bundesweit seien derzeit rund 4.800 Stellen im Vollzugsdienst unbesetzt.",
        True,
        [("count", 4800, None, "about")],
        None,
    ),
    ("de", "„Die Kolleginnen und Kollegen laufen auf der letzten Rille“, sagte Schwertfeger.", False, [], None),
    (
        "de",
        "In Nordrhein-Westfalen entfallen auf jeden Vollzugsbeamten im Schnitt 93 Überstunden, in Berlin sind es 141.",
        True,
        [("count", 93, None, None), ("count", 141, None, None)],
        None,
    ),
    (
        "de",
        "Das Bundesinnenministerium teilte mit, der Bund habe seit 2023 rund 3.000 zusätzliche Stellen bei der Bundespolizei geschaffen.",
        True,
        [("year", 2023, None, None), ("count", 3000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Deutsche Polizeigewerkschaft fürchtet, dass immer mehr junge Beamte den Dienst vorzeitig quittieren.",
        False,
        [],
        None,
    ),
    # --- NYPD response times (AP), April ---
    (
        "en",
        "NEW YORK (AP) — The average NYPD response time to crimes in progress rose to 9 minutes and 48 seconds between January and March, up 41 seconds from a year earlier, according to the Mayor's Management Report.",
        True,
        [("duration", 9, "minute", None), ("duration", 48, "second", None), ("duration", 41, "second", None)],
        None,
    ),
    (
        "en",
        "For the most critical calls, such as shootings and robberies, officers arrived in an average of 6 minutes and 55 seconds.",
        True,
        [("duration", 6, "minute", None), ("duration", 55, "second", None)],
        None,
    ),
    (
        "en",
        "Commissioner Teresa Valdivia said the department had answered 1.7 million 911 calls in the quarter, about 90,000 more than in the same period of 2025.",
        True,
        [("count", 1700000, None, None), ("count", 90000, None, "about"), ("year", 2025, None, None)],
        "Teresa Valdivia",
    ),
    (
        "en",
        "Valdivia said officers were \"doing everything humanly possible\" with the staffing they had.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The department's headcount stood at 32,470 uniformed officers at the end of March, down from about 35,000 in 2022.",
        True,
        [("count", 32470, None, None), ("count", 35000, None, "about"), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "Overtime spending reached $861 million in the fiscal year through June 30, about $120 million over budget, the city's Independent Budget Office said.",
        True,
        [("money", 861000000, "USD", None), ("date", '--06-30', None, None), ("money", 120000000, "USD", "about")],
        None,
    ),
    ("en", "City Council members called the figures \"a warning light flashing red\".", False, [], None),
    (
        "en",
        "The council's public safety committee has scheduled a hearing on response times for May 12.",
        True,
        [("date", '--05-12', None, None)],
        None,
    ),
    # --- Messergewalt an Bahnhöfen (dpa), April ---
    (
        "de",
        "Potsdam (dpa) - Die Bundespolizei hat im vergangenen Jahr an Bahnhöfen und in Zügen 2.946 Gewaltdelikte mit Messern registriert, 14 Prozent mehr als im Jahr davor.",
        True,
        [("count", 2946, None, None), ("percent", 14, "%", None)],
        None,
    ),
    (
        "de",
        "Das geht aus einer Antwort des Bundesinnenministeriums auf eine Anfrage der Linken hervor.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die meisten Fälle gab es demnach in Nordrhein-Westfalen mit 711, gefolgt von Berlin mit 402 und Bayern mit 318.",
        True,
        [("count", 711, None, None), ("count", 402, None, None), ("count", 318, None, None)],
        None,
    ),
    (
        "de",
        "In mehr als jedem dritten Fall waren die Tatverdächtigen jünger als 21 Jahre.",
        True,
        [("fraction", 0.3333, None, "over"), ("duration", 21, "year", "under")],
        None,
    ),
    (
        "de",
        "Bundespolizeipräsident Dieter Oesterwind sagte, bei Kontrollen in den Waffenverbotszonen an 19 Bahnhöfen seien seit Herbst 1.384 Messer sichergestellt worden.",
        True,
        [("count", 19, None, None), ("count", 1384, None, None)],
        "Dieter Oesterwind",
    ),
    ("de", "Oesterwind appellierte an Reisende, Messer grundsätzlich zu Hause zu lassen.", False, [], None),
    ("de", "Die Linke sprach von einer „Symbolpolitik, die niemanden sicherer macht“.", False, [], None),
    (
        "de",
        "Verstöße gegen die Verbote können mit Bußgeldern von bis zu 10.000 Euro geahndet werden.",
        True,
        [("money", 10000, "EUR", "up_to")],
        None,
    ),
    # --- Cocaine seizure at Southampton (Reuters), April ---
    (
        "en",
        "LONDON, April 23 (Reuters) - British border officials seized 3.4 tonnes of cocaine concealed among bananas in a container at the port of Southampton, the biggest single haul in England this year, the National Crime Agency said on Thursday.",
        True,
        [("date", '--04-23', None, None), ("count", 3.4, None, None)],
        None,
    ),
    (
        "en",
        "The haul was worth an estimated 270 million pounds at street prices.",
        True,
        [("money", 270000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Three men, aged 31, 38 and 44, were arrested at addresses in Hampshire and Kent and charged with conspiracy to import Class A drugs.",
        True,
        [("count", 3, None, None), ("duration", 31, "year", None), ("duration", 38, "year", None), ("duration", 44, "year", None)],
        None,
    ),
    (
        "en",
        "They were remanded in custody to appear at Southampton Crown Court on May 21.",
        True,
        [("date", '--05-21', None, None)],
        None,
    ),
    (
        "en",
        "NCA Deputy Director Owen Trelawney said the cocaine had been loaded in Guayaquil, Ecuador, and had been at sea for 19 days.",
        True,
        [("duration", 19, "day", None)],
        "Owen Trelawney",
    ),
    ("en", "Trelawney called the seizure \"a significant blow\" to the cartels behind the shipment.", False, [], None),
    (
        "en",
        "Border Force officers seized 21.7 tonnes of cocaine at UK ports and airports in the year to March 2025, according to Home Office data.",
        True,
        [("count", 21.7, None, None), ("year", 2025, None, None)],
        None,
    ),
    (
        "en",
        "It was the second seizure of more than 3 tonnes at Southampton in 18 months.",
        True,
        [("ordinal", 2, None, None), ("count", 3, None, "over"), ("duration", 18, "month", None)],
        None,
    ),
    # --- Eintreffzeiten der Berliner Polizei (dpa/bb), April ---
    (
        "de",
        "Berlin (dpa/bb) - Die Berliner Polizei braucht bei Notrufen immer länger, bis sie am Einsatzort ist.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Bei Einsätzen mit höchster Dringlichkeit vergingen im vergangenen Jahr durchschnittlich 11 Minuten und 20 Sekunden zwischen Anruf und Eintreffen, 55 Sekunden mehr als 2024.",
        True,
        [("duration", 11, "minute", None), ("duration", 20, "second", None), ("duration", 55, "second", None), ("year", 2024, None, None)],
        None,
    ),
    (
        "de",
        "Die Zahlen stammen aus einer Antwort der Senatsinnenverwaltung auf eine schriftliche Anfrage der Grünen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "In den Außenbezirken Spandau und Marzahn-Hellersdorf lag der Wert bei mehr als 14 Minuten.",
        True,
        [("duration", 14, "minute", "over")],
        None,
    ),
    (
        "de",
        "Polizeipräsidentin Marion Schellhase sagte, die Leitstelle habe 2025 rund 1,36 Millionen Notrufe entgegengenommen, so viele wie nie zuvor.",
        True,
        [("year", 2025, None, None), ("count", 1360000, None, "about")],
        "Marion Schellhase",
    ),
    (
        "de",
        "Schellhase bat die Berlinerinnen und Berliner eindringlich, die 110 nur in echten Notfällen zu wählen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Etwa 38 Prozent der Anrufe seien nach Polizeiangaben keine Notfälle gewesen.",
        True,
        [("percent", 38, "%", "about")],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft der Polizei nannte die Entwicklung „brandgefährlich für alle, die auf schnelle Hilfe angewiesen sind“.",
        False,
        [],
        None,
    ),
    # --- Met officer numbers and overtime (PA), April ---
    (
        "en",
        "LONDON (PA) - The Metropolitan Police has 31,840 full-time equivalent officers, about 2,100 fewer than at its peak in 2023, Home Office figures published on Wednesday show.",
        True,
        [("count", 31840, None, None), ("count", 2100, None, "about"), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "The force spent £227 million on police overtime in 2024-25, up from £184 million two years earlier, according to figures obtained by the London Assembly.",
        True,
        [
            ("money", 227000000, "GBP", None),
            ("year", 2024, None, None),
            ("year", 2025, None, None),
            ("money", 184000000, "GBP", None),
            ("duration", 2, "year", None),
        ],
        None,
    ),
    (
        "en",
        "Officers worked about 5.2 million hours of overtime in that year, the equivalent of 2,700 extra full-time posts.",
        True,
        [("duration", 5200000, "hour", "about"), ("count", 2700, None, None)],
        None,
    ),
    (
        "en",
        "Commissioner Adrian Falconer said the Met would cut its overtime bill by £40 million this year by moving 650 officers from desk roles to response teams.",
        True,
        [("money", 40000000, "GBP", None), ("count", 650, None, None)],
        "Adrian Falconer",
    ),
    ("en", "Falconer said London deserved \"a police service that turns up when it is called\".", False, [], None),
    (
        "en",
        "The Met said 999 calls in the capital were answered within 10 seconds in 89% of cases last month.",
        True,
        [("duration", 10, "second", None), ("percent", 89, "%", None)],
        "the Met",
    ),
    ("en", "The Police Federation said officers were \"exhausted, underpaid and leaving in droves\".", False, [], None),
    (
        "en",
        "The Greater London Authority has set aside a further £30 million for the Met in next year's budget.",
        True,
        [("money", 30000000, "GBP", None)],
        None,
    ),
    # --- Unerledigte Verfahren bei den Staatsanwaltschaften (dpa), Mai ---
    (
        "de",
        "Berlin (dpa) - Bei den Staatsanwaltschaften in Deutschland haben sich Ende 2025 fast 948.000 unerledigte Ermittlungsverfahren gestapelt, so viele wie nie zuvor.",
        True,
        [("year", 2025, None, None), ("count", 948000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Das entspreche einem Anstieg von rund 11 Prozent binnen eines Jahres, teilte der Deutsche Richterbund am Dienstag mit.",
        True,
        [("percent", 11, "%", "about")],
        None,
    ),
    (
        "de",
        "Im vergangenen Jahr kamen nach Zählung des Verbands bundesweit 71 Tatverdächtige aus der Untersuchungshaft frei, weil die Gerichte nicht rechtzeitig verhandelten.",
        True,
        [("count", 71, None, None)],
        None,
    ),
    (
        "de",
        "Richterbund-Geschäftsführer Jochen Wiedtfeld sagte, den Ländern fehlten mindestens 1.200 Staatsanwältinnen und Staatsanwälte sowie 800 Strafrichterinnen und Strafrichter.",
        True,
        [("count", 1200, None, "at_least"), ("count", 800, None, None)],
        "Jochen Wiedtfeld",
    ),
    (
        "de",
        "„Der Rechtsstaat verliert gerade Stück für Stück das Vertrauen der Bürger“, sagte Wiedtfeld.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Strafverfahren vor den Landgerichten dauerten 2025 im Schnitt 8,6 Monate, 2015 lagen sie noch bei 6,9 Monaten.",
        True,
        [("year", 2025, None, None), ("duration", 8.6, "month", None), ("year", 2015, None, None), ("duration", 6.9, "month", None)],
        None,
    ),
    (
        "de",
        "Das Bundesjustizministerium verwies auf den Pakt für den Rechtsstaat, für den der Bund den Ländern bis 2027 insgesamt 450 Millionen Euro zugesagt habe.",
        True,
        [("year", 2027, None, None), ("money", 450000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Justizministerkonferenz forderte den Bund auf, sich stärker an den Kosten der Justiz zu beteiligen.",
        False,
        [],
        None,
    ),
    # --- Fentanyl bust in Phoenix (AP), May ---
    (
        "en",
        "PHOENIX (AP) — Federal agents seized about 1.4 million fentanyl pills and 26 kilograms of fentanyl powder from a house in west Phoenix, the largest such bust in Arizona this year, authorities said Wednesday.",
        True,
        [("count", 1400000, None, "about"), ("count", 26, None, None)],
        None,
    ),
    (
        "en",
        "Two men, ages 27 and 34, were arrested at the scene and face charges that carry a mandatory minimum of 10 years in prison.",
        True,
        [("count", 2, None, None), ("duration", 27, "year", None), ("duration", 34, "year", None), ("duration", 10, "year", None)],
        None,
    ),
    (
        "en",
        "A federal magistrate judge on Friday set bail for the older man at $500,000 and ordered the younger one held without bail as a flight risk.",
        True,
        [("money", 500000, "USD", None)],
        None,
    ),
    (
        "en",
        "DEA Special Agent in Charge Lorena Quiroga said the pills had been pressed in Sinaloa, Mexico, and were worth roughly $7 million on the street.",
        True,
        [("money", 7000000, "USD", "about")],
        "Lorena Quiroga",
    ),
    (
        "en",
        "Quiroga said every pill was \"a potential death sentence\" and asked families to warn teenagers about counterfeit tablets.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Arizona recorded 1,611 opioid overdose deaths in 2025, down from 2,004 the year before, according to the state health department.",
        True,
        [("count", 1611, None, None), ("year", 2025, None, None), ("count", 2004, None, None)],
        None,
    ),
    (
        "en",
        "The county sheriff called the cartels \"the most ruthless criminal enterprises on the planet\".",
        False,
        [],
        None,
    ),
    (
        "en",
        "The two men are due back in federal court on June 9.",
        True,
        [("count", 2, None, None), ("date", '--06-09', None, None)],
        None,
    ),
    # --- Goldhändler gegen Kaution frei (dpa/lhe), Mai ---
    (
        "de",
        "Frankfurt/Main (dpa/lhe) - Ein wegen Geldwäsche in Millionenhöhe angeklagter Goldhändler ist gegen eine Kaution von 1,5 Millionen Euro aus der Untersuchungshaft entlassen worden.",
        True,
        [("money", 1500000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der 57-Jährige saß seit elf Monaten in Haft, teilte das Landgericht Frankfurt am Donnerstag mit.",
        True,
        [("duration", 57, "year", None), ("duration", 11, "month", None)],
        None,
    ),
    (
        "de",
        "Er muss seinen Pass abgeben und sich dreimal pro Woche bei der Polizei melden.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Anklage wirft ihm vor, zwischen 2021 und 2024 rund 87 Millionen Euro aus Drogengeschäften gewaschen zu haben.",
        True,
        [("year", 2021, None, None), ("year", 2024, None, None), ("money", 87000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Laut Anklage liefen die Zahlungen über 214 Scheinrechnungen an Firmen in Dubai und Istanbul.",
        True,
        [("count", 214, None, None)],
        None,
    ),
    (
        "de",
        "Verteidiger Kai-Uwe Brandes sagte, sein Mandant bestreite sämtliche Vorwürfe.",
        True,
        [],
        "Kai-Uwe Brandes",
    ),
    ("de", "Brandes nannte die Untersuchungshaft „von Anfang an unverhältnismäßig“.", False, [], None),
    (
        "de",
        "Der Prozess soll am 8. September beginnen, das Gericht hat zunächst 26 Verhandlungstage angesetzt.",
        True,
        [("date", '--09-08', None, None), ("count", 26, None, None)],
        None,
    ),
    # --- Teenager jailed for Bulwell stabbing (PA), May ---
    (
        "en",
        "NOTTINGHAM (PA) - A 19-year-old who stabbed a teenager to death outside a fast-food restaurant has been jailed for life and must spend at least 17 years behind bars before any release on licence.",
        True,
        [("duration", 19, "year", None), ("duration", 17, "year", "at_least")],
        None,
    ),
    (
        "en",
        "Kieran Dobbs was 17 when he attacked Jamal Osei, 16, in Bulwell in August 2024, Nottingham Crown Court heard.",
        True,
        [("duration", 17, "year", None), ("duration", 16, "year", None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "A second defendant, Tyler Marsh, 18, received six years and eight months for manslaughter.",
        True,
        [("ordinal", 2, None, None), ("duration", 18, "year", None), ("duration", 6, "year", None), ("duration", 8, "month", None)],
        None,
    ),
    (
        "en",
        "Judge Helen Carrow said CCTV showed the fatal blow was struck within 9 seconds of the boys meeting.",
        True,
        [("duration", 9, "second", None)],
        "Helen Carrow",
    ),
    ("en", "Carrow said a knife had turned \"a petty quarrel into a lifetime of grief\".", False, [], None),
    (
        "en",
        "Nottinghamshire Police said officers had removed 412 knives from the streets of the county between January and April.",
        True,
        [("count", 412, None, None)],
        None,
    ),
    (
        "en",
        "The victim's mother said she hoped the sentence would \"make other boys think again before they pick up a knife\".",
        False,
        [],
        None,
    ),
    (
        "en",
        "Dobbs's family had handed him over to police two days after the killing.",
        True,
        [("duration", 2, "day", None)],
        None,
    ),
    # --- Kriminalstatistik Bayern, Wohnungseinbrüche (dpa/lby), Mai ---
    (
        "de",
        "München (dpa/lby) - Die Zahl der Wohnungseinbrüche in Bayern ist im vergangenen Jahr um 9,1 Prozent auf 4.126 Fälle gestiegen.",
        True,
        [("percent", 9.1, "%", None), ("count", 4126, None, None)],
        None,
    ),
    (
        "de",
        "In fast jedem zweiten Fall blieb es beim Versuch, sagte Innenminister Alois Hintermaier (CSU) bei der Vorstellung der Zahlen in München.",
        True,
        [("fraction", 0.5, None, "nearly")],
        "Alois Hintermaier",
    ),
    (
        "de",
        "Insgesamt zählte die Polizei im Freistaat 612.904 Straftaten, die Aufklärungsquote lag bei 64,7 Prozent.",
        True,
        [("count", 612904, None, None), ("percent", 64.7, "%", None)],
        None,
    ),
    (
        "de",
        "Mit 4.612 Straftaten je 100.000 Einwohner habe Bayern erneut die geringste Belastung aller Flächenländer, sagte Hintermaier.",
        True,
        [("count", 4612, None, None), ("count", 100000, None, None)],
        None,
    ),
    (
        "de",
        "„Einbrecher sollen wissen: In Bayern werden sie gejagt, bis wir sie haben“, sagte Hintermaier.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Von 312 festgenommenen Einbrechern hatten 187 keinen Wohnsitz in Deutschland.",
        True,
        [("count", 312, None, None), ("count", 187, None, None)],
        None,
    ),
    (
        "de",
        "Der Bund Deutscher Kriminalbeamter riet Hausbesitzern, Fenster und Terrassentüren besser zu sichern.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der durch Einbrüche entstandene Schaden summierte sich auf rund 31 Millionen Euro.",
        True,
        [("money", 31000000, "EUR", "about")],
        None,
    ),
    # --- Homicides in large U.S. cities (Reuters), May ---
    (
        "en",
        "WASHINGTON, May 14 (Reuters) - Homicides in 70 of the largest U.S. cities fell 16% last year, the steepest annual drop on record, according to a report by the Major Cities Chiefs Association.",
        True,
        [("date", '--05-14', None, None), ("count", 70, None, None), ("percent", 16, "%", None)],
        None,
    ),
    (
        "en",
        "The cities reported 4,803 homicides combined, down from 5,718 in 2024.",
        True,
        [("count", 4803, None, None), ("count", 5718, None, None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "New Orleans had the highest rate among them, at 38.2 per 100,000 residents, followed by St. Louis at 35.6.",
        True,
        [("count", 38.2, None, None), ("count", 100000, None, None), ("count", 35.6, None, None)],
        None,
    ),
    (
        "en",
        "Non-fatal shootings dropped 19%, while robberies fell 12% and aggravated assaults 4%.",
        True,
        [("percent", 19, "%", None), ("percent", 12, "%", None), ("percent", 4, "%", None)],
        None,
    ),
    (
        "en",
        "Criminologist Ruth Castellanos said about 70% of the decline came from fewer gang-related shootings.",
        True,
        [("percent", 70, "%", "about")],
        "Ruth Castellanos",
    ),
    ("en", "Castellanos said she doubted the decline could continue at the same pace.", False, [], None),
    (
        "en",
        "Los Angeles, Houston and Philadelphia each recorded their fewest homicides in more than a decade.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The association said its members had added about 2,300 officers in 2025, reversing three years of losses.",
        True,
        [("count", 2300, None, "about"), ("year", 2025, None, None), ("duration", 3, "year", None)],
        None,
    ),
    # --- Jahresbilanz des Zolls, Rauschgift (dpa), Mai ---
    (
        "de",
        "Bonn (dpa) - Der Zoll hat im vergangenen Jahr in Deutschland rund 29 Tonnen Kokain sichergestellt, deutlich weniger als im Rekordjahr 2023.",
        True,
        [("count", 29, None, "about"), ("year", 2023, None, None)],
        None,
    ),
    (
        "de",
        "Fast drei Viertel davon entdeckten die Fahnder in Containern im Hamburger Hafen, teilte die Generalzolldirektion am Montag mit.",
        True,
        [("fraction", 0.75, None, "nearly")],
        None,
    ),
    (
        "de",
        "Daneben beschlagnahmten die Beamten 14,8 Tonnen Cannabis, 1,2 Tonnen Amphetamin und knapp 640.000 Ecstasy-Tabletten.",
        True,
        [("count", 14.8, None, None), ("count", 1.2, None, None), ("count", 640000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Der Zoll leitete 2025 insgesamt 18.371 Strafverfahren wegen Rauschgiftdelikten ein.",
        True,
        [("year", 2025, None, None), ("count", 18371, None, None)],
        None,
    ),
    (
        "de",
        "Der Präsident der Generalzolldirektion, Hartwig Mönkemeyer, sagte, die Schmuggler wichen zunehmend auf kleinere Häfen in Skandinavien und im Baltikum aus.",
        True,
        [],
        None,
    ),
    ("de", "Mönkemeyer nannte die Kartelle „die am besten organisierten Unternehmen der Welt“.", False, [], None),
    (
        "de",
        "Seit Januar sind im Hamburger Hafen 40 zusätzliche Zöllnerinnen und Zöllner sowie zwei neue Containerröntgenanlagen im Einsatz.",
        True,
        [("count", 40, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Den Straßenverkaufswert des 2025 beschlagnahmten Kokains beziffert die Behörde auf mehr als 2,2 Milliarden Euro.",
        True,
        [("year", 2025, None, None), ("money", 2200000000, "EUR", "over")],
        None,
    ),
    # --- Recorded crime and officer numbers in Scotland (PA), June ---
    (
        "en",
        "EDINBURGH (PA) - Police Scotland recorded 284,150 crimes in 2025-26, the highest total in nine years, according to Scottish Government statistics published on Tuesday.",
        True,
        [("count", 284150, None, None), ("year", 2025, None, None), ("year", 2026, None, None), ("duration", 9, "year", None)],
        None,
    ),
    (
        "en",
        "Online fraud accounted for about 14,600 of the offences, up by a third on the year before.",
        True,
        [("count", 14600, None, "about"), ("fraction", 0.3333, None, None)],
        None,
    ),
    (
        "en",
        "The clearance rate for all crimes fell to 51.8% from 53.4%.",
        True,
        [("percent", 51.8, "%", None), ("percent", 53.4, "%", None)],
        None,
    ),
    (
        "en",
        "Chief Constable Fiona Lamont said the force had 15,930 officers at the end of March, its lowest number since 2007.",
        True,
        [("count", 15930, None, None), ("year", 2007, None, None)],
        "Fiona Lamont",
    ),
    (
        "en",
        "Lamont said officers were \"stretched thinner than at any point in the history of the single force\".",
        False,
        [],
        None,
    ),
    (
        "en",
        "Justice Secretary Alasdair Rennick said the Scottish Government would fund 300 extra recruits in the coming year.",
        True,
        [("count", 300, None, None)],
        "Alasdair Rennick",
    ),
    (
        "en",
        "The Scottish Police Federation called the pledge \"a sticking plaster on a gaping wound\".",
        False,
        [],
        None,
    ),
    (
        "en",
        "The number of officers has fallen by 1,140 since the national force was created in 2013.",
        True,
        [("count", 1140, None, None), ("year", 2013, None, None)],
        None,
    ),
    # --- Lagebild Clankriminalität NRW (dpa/lnw), Juni ---
    (
        "de",
        "Düsseldorf (dpa/lnw) - Die Polizei in Nordrhein-Westfalen hat im vergangenen Jahr 7.216 Straftaten der sogenannten Clankriminalität zugeordnet, gut 8 Prozent mehr als 2024 und der vierte Anstieg in Folge.",
        True,
        [("count", 7216, None, None), ("percent", 8, "%", "over"), ("year", 2024, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    ("de", "Das geht aus dem Lagebild hervor, das das Landeskriminalamt am Donnerstag vorstellte.", True, [], None),
    (
        "de",
        "Die Ermittler zählten 3.482 Tatverdächtige, knapp ein Drittel davon war jünger als 21 Jahre.",
        True,
        [("count", 3482, None, None), ("fraction", 0.3333, None, "nearly"), ("duration", 21, "year", "under")],
        None,
    ),
    (
        "de",
        "Bei Kontrollen in Shisha-Bars, Wettbüros und Autowerkstätten vollstreckte die Polizei 2025 mehr als 1.050 offene Haftbefehle.",
        True,
        [("year", 2025, None, None), ("count", 1050, None, "over")],
        None,
    ),
    (
        "de",
        "Innenminister Bernd Quadflieg sagte, die Behörden hätten Vermögen im Wert von rund 19 Millionen Euro vorläufig gesichert.",
        True,
        [("money", 19000000, "EUR", "about")],
        "Bernd Quadflieg",
    ),
    ("de", "„Der Staat weicht keinen Zentimeter zurück“, sagte Quadflieg.", False, [], None),
    (
        "de",
        "Die SPD-Opposition warf dem Minister vor, mit dem Lagebild vor allem Schlagzeilen produzieren zu wollen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Kriminologen wiesen darauf hin, dass das Lagebild Taten nach dem Familiennamen der Verdächtigen zuordnet, was die Zahlen anfällig für Verzerrungen mache.",
        True,
        [],
        None,
    ),
    # --- Nationwide gang operation (Reuters), June ---
    (
        "en",
        "WASHINGTON, June 4 (Reuters) - Federal agents arrested 1,327 people in a nationwide operation targeting violent gangs in 38 cities, the Justice Department said on Thursday.",
        True,
        [("date", '--06-04', None, None), ("count", 1327, None, None), ("count", 38, None, None)],
        "the Justice Department",
    ),
    (
        "en",
        "Agents seized 614 firearms, about $9.3 million in cash and more than 480 kilograms of methamphetamine, cocaine and fentanyl during the four-week operation.",
        True,
        [("count", 614, None, None), ("money", 9300000, "USD", "about"), ("count", 480, None, "over"), ("duration", 4, "week", None)],
        None,
    ),
    (
        "en",
        "Assistant Attorney General Colleen Hargrove said 212 of those arrested were already facing federal charges for earlier offenses.",
        True,
        [("count", 212, None, None)],
        "Colleen Hargrove",
    ),
    ("en", "Hargrove said the operation sent \"an unmistakable message to every gang in America\".", False, [], None),
    (
        "en",
        "Of those arrested, 146 were charged with federal firearms offenses that carry up to 15 years in prison.",
        True,
        [("count", 146, None, None), ("duration", 15, "year", "up_to")],
        None,
    ),
    (
        "en",
        "Civil liberties groups criticized the operation as \"a headline-driven sweep\" that did little to address the causes of violence.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The operation was the third of its kind since 2024, and the largest, according to the department.",
        True,
        [("ordinal", 3, None, None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "Violent crime arrests by the FBI rose 27% in the fiscal year ended Sept. 30, the bureau said in a statement.",
        True,
        [("percent", 27, "%", None), ("date", '--09-30', None, None)],
        None,
    ),
    # --- Bundeslagebild Häusliche Gewalt (dpa), Juni ---
    (
        "de",
        "Berlin (dpa) - Die Zahl der Opfer häuslicher Gewalt in Deutschland hat im vergangenen Jahr mit 271.846 einen neuen Höchststand erreicht.",
        True,
        [("count", 271846, None, None)],
        None,
    ),
    (
        "de",
        "Gegenüber 2024 bedeutet das ein Plus von 3,1 Prozent, wie aus dem Lagebild des Bundeskriminalamts hervorgeht.",
        True,
        [("year", 2024, None, None), ("percent", 3.1, "%", None)],
        None,
    ),
    (
        "de",
        "Rund 71 Prozent der Opfer waren Frauen, bei den Tatverdächtigen lag der Männeranteil bei 76 Prozent.",
        True,
        [("percent", 71, "%", "about"), ("percent", 76, "%", None)],
        None,
    ),
    (
        "de",
        "Im Jahr 2025 wurden 318 Frauen und Mädchen getötet, bei 1.014 weiteren blieb es beim Versuch.",
        True,
        [("year", 2025, None, None), ("count", 318, None, None), ("count", 1014, None, None)],
        None,
    ),
    (
        "de",
        "Bundesfamilienministerin Ute Pfeilsticker sagte, bis 2030 sollten mit Mitteln des Bundes rund 4.500 zusätzliche Frauenhausplätze entstehen.",
        True,
        [("year", 2030, None, None), ("count", 4500, None, "about")],
        "Ute Pfeilsticker",
    ),
    ("de", "„Jede dieser Zahlen steht für ein zerstörtes Leben“, sagte Pfeilsticker.", False, [], None),
    ("de", "Frauenverbände nannten das Vorhaben „viel zu spät und viel zu zaghaft“.", False, [], None),
    (
        "de",
        "Nach einer Dunkelfeldstudie des BKA wird nur etwa jede fünfte Tat in Partnerschaften angezeigt.",
        True,
        [("fraction", 0.2, None, "about")],
        None,
    ),
    # --- LAPD overtime and staffing (AP), June ---
    (
        "en",
        "LOS ANGELES (AP) — The Los Angeles Police Department spent $352 million on overtime in the budget year that closed on June 30, nearly 40% more than the City Council had budgeted, according to a report by the city controller.",
        True,
        [("money", 352000000, "USD", None), ("date", '--06-30', None, None), ("percent", 40, "%", "nearly")],
        None,
    ),
    (
        "en",
        "The department has about 8,420 sworn officers, down from more than 9,900 in 2019.",
        True,
        [("count", 8420, None, "about"), ("count", 9900, None, "over"), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "Chief Victor Salcedo told the council's budget committee on Tuesday that officers had worked some 3.9 million overtime hours, much of it covering protests, wildfire evacuations and major events.",
        True,
        [("duration", 3900000, "hour", "about")],
        "Victor Salcedo",
    ),
    ("en", "Salcedo said the department was \"asking too few officers to do too much\".", False, [], None),
    (
        "en",
        "The mayor's budget for the coming year includes funding to hire 480 officers and caps overtime at $290 million.",
        True,
        [("count", 480, None, None), ("money", 290000000, "USD", None)],
        None,
    ),
    ("en", "The police union's president called the overtime cap \"pure fantasy\".", False, [], None),
    (
        "en",
        "Average response time to the most urgent calls citywide was 7.4 minutes last year, up from 6.1 minutes in 2021, the controller's report found.",
        True,
        [("duration", 7.4, "minute", None), ("duration", 6.1, "minute", None), ("year", 2021, None, None)],
        None,
    ),
    ("en", "The committee will vote on the budget on June 17.", True, [("date", '--06-17', None, None)], None),
    # --- Razzia gegen Schleuserbande (dpa), Juni ---
    (
        "de",
        "Potsdam (dpa) - Die Bundespolizei hat in fünf Bundesländern 31 Objekte einer mutmaßlichen Schleuserbande durchsucht und neun Verdächtige festgenommen.",
        True,
        [("count", 5, None, None), ("count", 31, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "Die Gruppe soll seit Mai 2024 mindestens 420 Menschen, überwiegend aus Syrien, Afghanistan und der Türkei, auf der Balkanroute nach Deutschland gebracht haben.",
        True,
        [("year", 2024, None, None), ("count", 420, None, "at_least")],
        None,
    ),
    (
        "de",
        "Pro Person hätten die Schleuser zwischen 4.000 und 9.500 Euro verlangt, teilte die Bundespolizei mit.",
        True,
        [("money", 4000, "EUR", None), ("money", 9500, "EUR", None)],
        "die Bundespolizei",
    ),
    (
        "de",
        "An dem Einsatz waren rund 640 Beamtinnen und Beamte beteiligt, darunter Spezialkräfte der GSG 9.",
        True,
        [("count", 640, None, "about")],
        None,
    ),
    (
        "de",
        "Die Festgenommenen im Alter von 24 bis 53 Jahren sollen noch am Freitag dem Haftrichter vorgeführt werden.",
        True,
        [("duration", 24, "year", None), ("duration", 53, "year", None)],
        None,
    ),
    (
        "de",
        "Bundesinnenminister Konrad Albersmeier sprach von einem „harten Schlag gegen ein menschenverachtendes Geschäftsmodell“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Albersmeier sagte, die Bundespolizei habe 2025 an den Grenzen 1.912 mutmaßliche Schleuser gefasst.",
        True,
        [("year", 2025, None, None), ("count", 1912, None, None)],
        "Albersmeier",
    ),
    (
        "de",
        "Flüchtlingsorganisationen warnten davor, Schleuser und Geflüchtete in einen Topf zu werfen.",
        False,
        [],
        None,
    ),
    # --- Knife crime in London (PA), June ---
    (
        "en",
        "LONDON (PA) - Knife crime offences in London fell 7% in the 12 months to May, to 14,218, the Metropolitan Police said.",
        True,
        [("percent", 7, "%", None), ("duration", 12, "month", None), ("count", 14218, None, None)],
        None,
    ),
    (
        "en",
        "Knife-enabled robberies, which make up almost half of the total, dropped by 1,090.",
        True,
        [("fraction", 0.5, None, "nearly"), ("count", 1090, None, None)],
        None,
    ),
    (
        "en",
        "Searches using portable knife arches at 26 Tube and rail stations found 311 blades over three months.",
        True,
        [("count", 26, None, None), ("count", 311, None, None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "en",
        "Deputy Assistant Commissioner Ruth Okafor-Lane said nine in 10 of the blades had been found on people aged under 25.",
        True,
        [("fraction", 0.9, None, None), ("duration", 25, "year", "under")],
        "Ruth Okafor-Lane",
    ),
    ("en", "Okafor-Lane said no family should \"lose a son or daughter to a blade bought online\".", False, [], None),
    (
        "en",
        "From September, retailers who sell knives to children face fines of up to £15,000 under new rules.",
        True,
        [("money", 15000, "GBP", "up_to")],
        None,
    ),
    (
        "en",
        "Campaigners called the fall \"welcome but fragile\" and urged ministers not to cut youth services.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Lambeth, Southwark and Newham recorded the most knife offences, together accounting for about one in six of the city's total.",
        True,
        [("fraction", 0.1667, None, "about")],
        None,
    ),
    # --- Polizeieinsätze beim Fußball in NRW (dpa/lnw), Juni ---
    (
        "de",
        "Düsseldorf (dpa/lnw) - Die Polizei in Nordrhein-Westfalen hat in der abgelaufenen Saison bei Fußballspielen rund 498.000 Einsatzstunden geleistet.",
        True,
        [("duration", 498000, "hour", "about")],
        None,
    ),
    (
        "de",
        "Das waren knapp 6 Prozent mehr als in der Saison davor, teilte das Innenministerium in Düsseldorf mit.",
        True,
        [("percent", 6, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Bei den 306 Spielen der Bundesliga, der 2. Bundesliga und der 3. Liga mit Vereinen aus dem Land wurden 1.164 Menschen verletzt, darunter 217 Polizisten.",
        True,
        [("count", 306, None, None), ("count", 1164, None, None), ("count", 217, None, None)],
        None,
    ),
    (
        "de",
        "Die Polizei leitete 2.318 Strafverfahren ein, vor allem wegen Körperverletzung und des Abbrennens von Pyrotechnik.",
        True,
        [("count", 2318, None, None)],
        None,
    ),
    (
        "de",
        "Innenstaatssekretärin Gesa Brockhoff sagte, die Einsätze hätten das Land rund 46 Millionen Euro gekostet.",
        True,
        [("money", 46000000, "EUR", "about")],
        "Gesa Brockhoff",
    ),
    (
        "de",
        "Brockhoff forderte die Vereine auf, „endlich Verantwortung für die eigene Fanszene zu übernehmen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Deutsche Fußball Liga lehnte eine Beteiligung der Vereine an den Einsatzkosten erneut ab.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Fanvertreter sprachen von „Panikmache“ und verwiesen auf Millionen friedlicher Stadionbesucher.",
        False,
        [],
        None,
    ),
    # --- Bail in a Bronx gun-trafficking case (AP), June ---
    (
        "en",
        "NEW YORK (AP) — A judge set bail at $2 million on Monday for a former Bronx landlord charged with running an illegal gun-trafficking ring from his buildings.",
        True,
        [("money", 2000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Prosecutors say Dwayne Keller, 49, and five associates sold 87 guns, including 12 assault-style rifles, to undercover officers over 14 months.",
        True,
        [
            ("duration", 49, "year", None),
            ("count", 5, None, None),
            ("count", 87, None, None),
            ("count", 12, None, None),
            ("duration", 14, "month", None),
        ],
        None,
    ),
    (
        "en",
        "The indictment lists 211 counts, including conspiracy and criminal sale of a firearm.",
        True,
        [("count", 211, None, None)],
        None,
    ),
    (
        "en",
        "Keller, who pleaded not guilty, faces up to 25 years in prison on the top count.",
        True,
        [("duration", 25, "year", "up_to")],
        None,
    ),
    ("en", "His lawyer called the case \"a house of cards built on paid informants\".", False, [], None),
    (
        "en",
        "NYPD Commissioner Teresa Valdivia said officers had taken 6,214 illegal guns off the city's streets last year.",
        True,
        [("count", 6214, None, None)],
        "Teresa Valdivia",
    ),
    ("en", "Valdivia called gun traffickers \"merchants of death who profit from every funeral\".", False, [], None),
    ("en", "Keller is due back in court on July 15.", True, [("date", '--07-15', None, None)], None),
]
