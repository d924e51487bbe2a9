"""Four-hundred-and-thirty-second blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: no head of state or government appears, and ministers,
heads and spokespeople of statistics offices, statisticians and demographers of real
governments and bodies appear under made-up names that stand for no real holder, or by their
role only („die Familienministerin“, „die Destatis-Expertin“, „die Präsidentin des
Landesamts“, „die Demografin“, „die Soziologin“, „die Sprecherin“, "the chief cabinet
secretary", "a Census Bureau demographer", "A White House spokesperson", "a Scottish
Government spokesperson").

Names: Dorothee Wälischmiller, Kilian Oberhuemer, Ruth Tschannen-Zbinden, Manuela
Steinkellner, Verena Hollerbach-Demir, Falk Rothermund-Seibold, Jana Kettelhut-Brenner,
Benedikt Ostermaier, Beat Zwahlen-Caflisch, Ilka Brandstätter-Yıldız, Hannes Achleitner,
Noémie Rappaz-Ineichen, Ansgar Pfefferkorn and Sönke Harmsen-Ebel; Gwen Pritchard-Obi, Yoon
Hae-rin, Lucien Dufresne-Amadi, Brenda Castellanos-Fry, Darius Whitcombe, Lakshmi
Raghunathan-Webb, Maarten Verbruggen-Lis, Nathaniel Ashdown, Fiona Cartwright-Lamb, Jolene
Marchetti-Banks and Alasdair Munro-Kerr; every unnamed minister, spokesperson, statistician,
demographer, sociologist, economist, official, mayor and campaigner. Real states, bodies,
parties, lobbies, media and places (Statistisches Bundesamt, Destatis, Statistik Austria,
Bundesamt für Statistik, BFS, Statistisches Landesamt in Kamenz, Landesamt für Statistik in
Fürth, Mikrozensus, Sterbetafeln, Registerzählung, Bevölkerungsszenarien, AfD, FPÖ, SVP,
CSU, CDU, Die Linke, Staatsregierung, Sozialverband VdK, Deutsche Stiftung Patientenschutz,
Sozialverband Deutschland, Pro Asyl, Pro Senectute, Volkshilfe, Mieterinnen- und
Mieterverband, Bayerischer Gemeindetag, Universität Leipzig, APA, dpa, Keystone-SDA; the
Office for National Statistics, the ONS, Reform UK, the Conservatives, Japan's health
ministry, Statistics Korea, Statistics Canada, the Centers for Disease Control and
Prevention, the CDC, the Census Bureau, Congress, AARP, Medicare, Social Security, Eurostat,
the Netherlands Interdisciplinary Demographic Institute, the Central Statistics Office, the
CSO, the Australian Bureau of Statistics, the Resolution Foundation, Age UK, National
Records of Scotland, NRS, the Scottish Conservatives, the Scottish Government, the White
House, and the datelines' cities, the Länder, cantons, states, districts and towns named)
stand for the way wire copy names them; every figure, tally, rate, age, share, projection,
date, quote and statement here is invented, and where a real figure came to mind (a real
population total, birth or death count, fertility rate, life expectancy, median age,
household size or migration balance) it was changed (the number of Bavaria's districts, the
years in which series begin and the census records' first year kept).

Its weight: POPULATION, CENSUS AND DEMOGRAPHICS, third round (the hundred-thirty-second
batch weighed population, census and demographics and the three-hundred-and-fourth
demography, census and population; the forty-first weighed society statistics beside
elections, the hundred-fourth, hundred-seventy-seventh, two-hundred-and-seventy-ninth,
three-hundred-and-thirty-first and three-hundred-and-ninety-first migration and asylum, and
the hundred-eightieth pensions and an ageing welfare state; their decisions are kept) over
one year of statistics releases, January to December, as 32 short stories in story order,
the German and English ones interleaved by month, each told as wire copy runs it (a dateline
lead with the office's headline figure, the figures behind it, the office's and its
statisticians' attributed lines, the reactions, the quotes). German (Destatis via dpa, the
Länder offices via dpa/sn and dpa/lby, Statistik Austria via APA, the BFS via Keystone-SDA;
Austrian „mit 1. Jänner“, „heuer“, „Buben“, „Pensionsalter“, Swiss „9'084'700“, „4'110'000“,
„Haushaltsgrösse“, «» quotes; German „“ quotes): Germany's population at the year end,
Austria's on 1 January, Switzerland's with its migration balance, births in Austria with the
fertility rate and the mothers' age in years and months, households in Germany, deaths in
Germany with the death rate per 1,000, Germany's migration balance, births in Germany, life
expectancy in Germany, the Swiss scenarios to 2060 with the old-age ratio, Saxony's
projection to 2040, life expectancy in Austria in years and months, Austria's projection to
2080, Swiss households, the very old in Germany and Bavaria's projection to 2044. English
(Reuters with dated datelines, AP, PA): the UK projections to 2033, Japan's births, South
Korea's fertility rate, Canada's population, U.S. births with the rate per 1,000 women, U.S.
city estimates, older Americans and the median age, the EU's population on Jan. 1, the
mid-year estimates for England and Wales, Ireland's population, births in England and Wales,
Australia's population, the UK life tables in years and months, U.S. households and living
alone, the U.S. national estimates and Scotland's births and deaths. Speakers as such copy
has them: German „teilte X am Freitag mit“, „wie X ... mitteilte“, „Das Statistische
Bundesamt teilte am Dienstag mit, ...“, „laut Statistik Austria“, „nach Angaben des Amtes“,
„X sagte, ...“ and „sagte X“ with title, occasion and place; English "X said on Wednesday",
"the ONS said", "said ONS statistician X", "X said ...", "Ms X said"; beside them the forms
left unchecked - roles, pronouns, plural groups, documents and data, „laut BFS“, a
description between a name and its verb, and every "according to". Figures as such copy has
them: population totals and changes in counts and percent, migration balances, births,
deaths and the gap between them; rates per woman, per 1,000 and per 100 („1,27 Kindern pro
Frau“, „im Schnitt 1,29 Kinder“, "0.77", "4.8 births per 1,000 people", „Auf 1.000
Einwohnerinnen und Einwohner kamen damit 12,2 Sterbefälle“, „Auf 100 Personen im
Erwerbsalter kämen 2060 rund 51 Personen im Rentenalter“); life expectancy and remaining
years in years and in years and months („von 84 Jahren und zehn Monaten“, "79 years and 2
months", "another 18 years and 7 months", „um gut fünfeinhalb Jahre“, „rund ein halbes
Jahr“); median, average and mothers' ages; age groups and their bounds („jeder Fünfte über
65“, „ab 80 Jahren“, „75 Jahre oder älter“, „älter als 67 Jahre“, „jünger als 30 Jahre“,
„Mindestens 100 Jahre alt“, „der über 100-Jährigen“, "aged 85 and over", "65 or older",
"children under 18", "aged 15 to 44"); shares in words; households and their size
(„Einpersonenhaushalte“, „Zweipersonenhaushalte“, „fünf und mehr Personen“, „1,99 Personen“,
"one-person households", "2.48 people"); projections to 2033, 2040, 2044, 2045, 2060 and
2080 with scenarios; consecutive records as ordinals; dates and years. Negatives as such
copy has them, none with a figure: parties' and lobbies' labels, vague boasts, demands
without a measure, interpretations, warnings naming no figure, caveats on projections, open
questions and evasions, and quotes of creed and verdict from the same statisticians who give
the figures, each near a check-worthy look-alike from the same story.

241 rows (121 German, 120 English), 56 negatives (27 German, 29 English), 185 check-worthy
rows of which 16 carry no figure (10 German, 6 English), 401 expected quantities (146
counts, 98 durations - 84 in years, 14 in months -, 48 years, 45 percentages - 43 in "%", 2
in percentage points "pp" -, 27 fractions, 20 ordinals, 15 dates, 2 amounts of money - 1
each EUR and JPY -; none of them in a negative), 37 checked speakers (19 German, 18
English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported fact,
  figure, projection, plan or pledge is check-worthy with the speaker its own attribution
  gives, also in Konjunktiv I; a quoted or reported label, creed, verdict, interpretation,
  caveat, worry, demand without a measure, evasion or vague boast is a negative with speaker
  None, also with a named speaker (seventh, ninety-eighth, hundred-thirty-second,
  two-hundred-and-fourth, three-hundred-and-fourth, four-hundred-and-twentieth). Pairs from
  one speaker: Wälischmiller's twelve million beside „kein Grund zur Panik“; Oberhuemer's
  account of the growth beside his refusal to forecast; Tschannen-Zbinden's quarter beside
  «Zuwanderung ist kein Naturereignis ...»; Steinkellner's ages beside „Der Kinderwunsch ist
  da ...“ and „Prognosen sind keine Schicksale ...“; Rothermund-Seibold's 41 percent beside
  „Die Migrationswende ist eingeleitet ...“; Zwahlen-Caflisch's old-age ratio beside «Die
  Alterung ist keine Prognose ...»; Achleitner's half beside his refusal to forecast;
  Harmsen-Ebel's quarter beside „darauf können wir stolz sein“; Pritchard-Obi's 1.45 and 9.9
  years beside her caveat on projections; Yoon's 14.9% beside "One good year does not make a
  trend"; Castellanos-Fry's 4% beside "People are waiting longer ..."; Whitcombe's 2022 and
  0.15% beside "The suburbs of the Sun Belt ..." and "Immigration is carrying ...";
  Cartwright-Lamb's first time beside "simply the norm"; Marchetti-Banks's 19.8% beside
  "from a life stage to a lifestyle". Rows where the figures come by role and the creed by
  name stay apart the same way: the Familienministerin's 150 euros beside
  Kettelhut-Brenner's „Land, in dem man gern Kinder bekommt“, the Landesamt president's
  150,000 beside Brandstätter-Yıldız's „weniger, älter und auf dem Land einsamer“, the
  sociologist's 70 percent beside Rappaz-Ineichen's «nur kleiner geworden», Ostermaier's
  richest fifth („Nach seinen Angaben“) beside his „Frage des Geldbeutels“, Verbruggen-Lis's
  3 million beside "written at its borders" and Ashdown's 48% ("He said") beside his
  declined forecast.
- Counterfactuals that take migration out of the measured figures are arithmetic on those
  figures and check-worthy (hundred-thirty-second, three-hundred-and-fourth): „ohne den
  Zuzug aus dem Ausland hätte Deutschland heute gut zwölf Millionen Einwohner weniger“ ->
  "Dorothee Wälischmiller" (12,000,000 "over"), „Ohne Zuwanderung würde die Einwohnerzahl
  bis 2080 auf rund 6,9 Millionen sinken, sagte die Demografin.“ (speaker unchecked),
  "without immigration, the population would have grown by only 0.15% last year" -> "Darius
  Whitcombe" ("only" no hedge). Projections with a figure are check-worthy (forty-first,
  hundred-thirty-second, three-hundred-and-fourth): the UK to 2033, Saxony to 2040, Bavaria
  to 2044, Scotland to 2045, the Swiss scenarios to 2060 (reference, low and high), Austria
  to 2080, Hollerbach-Demir's rising deaths „in den kommenden 15 Jahren“ and Pfefferkorn's
  7.9 million by 2040; so are pledges and caps with a figure (hundred-third,
  two-hundred-and-twentieth): Ottawa's "less than 5% by late 2027", the Elterngeld „ab 2027
  um 150 Euro im Monat“, Japan's 3.6 trillion yen "through fiscal 2028" and Australia's cap
  of 295,000 student enrolments.
- Check-worthy without a figure (forty-first, hundred-fourteenth, hundred-thirty-second,
  three-hundred-and-fourth), 16 rows: „Zugelegt haben nur noch Berlin, Hamburg und Bayern,
  ...“, „Das Wachstum gehe fast zur Gänze auf Zuwanderung zurück, sagte ... Kilian
  Oberhuemer ...“ -> "Kilian Oberhuemer" („fast“ before „zur Gänze“ hedges no figure), the
  scheduled release of Austria's results for the municipalities (hundred-thirty-second: a
  scheduled release; „im Mai“ none), „In keinem Kanton ging die Bevölkerung zurück.“
  („keinem“ none), „Eine Übersterblichkeit wie in den Pandemiejahren gab es nach Angaben des
  Amtes nicht.“ -> "das Amt", „Die meisten Fortzüge deutscher Staatsangehöriger gingen
  erneut in die Schweiz ...“, „Den Rückschlag aus den Pandemiejahren hat Deutschland ...
  vollständig aufgeholt.“, „Die Prognose berücksichtigt erstmals auch die Daten aus der
  Registerzählung.“ („erstmals“ none), „Den höchsten Anteil Hochbetagter verzeichnete
  Sachsen, den niedrigsten Hamburg.“, „Das Wachstum speist sich ausschließlich aus Zuzügen,
  ...“ („seit Jahren“ none); "The government lowered its permanent resident targets last
  October.", "Most of the growth in Southern cities came from people moving from other parts
  of the country ...", "The statistics office also revised up its earlier estimates of net
  migration.", "Life expectancy for women in Wales fell slightly, the only group to see a
  decline.", "Every region except the Northeast gained population." and "The Highlands, the
  Western Isles and Argyll and Bute recorded more deaths than births in every month of the
  year." ("every month of the year" none).
- Negatives otherwise as the hundred-thirty-second and three-hundred-and-fourth batches have
  them: labels („Politik des Ausverkaufs“, „Zuwanderung ohne Maß und Ziel“, «aus allen
  Nähten», „stillen Vereinsamung mitten in den Städten“, „ein Zeugnis der Abschottung“,
  „Ausbluten der Dörfer“, „Lebenserwartung nach Postleitzahl“, „Pflegenotstand mit Ansage“,
  "a betrayal of every promise made on immigration", "a quiet crisis", "national emergency",
  "a serious undercount", "lost its grip on the borders", "being squeezed out of their own
  suburbs", "a damning verdict on years of drift"), vague boasts without a measure ("We are
  finally getting the numbers back to where they should be", "the border is closed";
  hundred-thirty-second: "The White House said the figures showed its border policies were
  working."), demands and appeals naming no measure („nannte aber keine Zahlen“, „nannte
  aber keine Zielgrösse“, the call for an „ehrliche Debatte“, Pro Senectute's appeal, the
  Gemeindetag's demand, "Advocates urged Congress ...", "AARP urged Congress ...";
  hundred-thirty-second: „nannten aber keine Summe“), interpretations that name no measure
  of their own (three-hundred-and-fourth: Steinkellner's „Kinderwunsch“, Tschannen-Zbinden's
  «Nachfrage der Wirtschaft», Castellanos-Fry's "waiting longer", the Resolution
  Foundation's costs, the economists' rents, the housing advocates' "wrong kind of homes",
  Whitcombe's Sun Belt), warnings naming no figure ("Business groups warned ..."), caveats
  on projections (hundred-thirty-second: „Vorausberechnungen sind keine Prognosen“; here
  "Projections are not predictions ..." and „Prognosen sind keine Schicksale ...“ - with
  „betonte“, which does not turn a creed into a claim, four-hundred-and-twentieth), open
  questions and evasions („Ob der Zuzug heuer nachlassen werde, wollte Oberhuemer nicht
  vorhersagen.“, „Ob sich der Anstieg fortsetzt, wollte Achleitner nicht abschätzen.“, „Ob
  es genug Pflegekräfte ... geben wird, ließ die Sprecherin offen.“, "Whether the uptick in
  weddings ...", "Asked whether migration had now peaked, ... declined to make a
  forecast."), and quotes of creed and verdict. No negative carries a figure.
- Demographic rates are counts (fifth, forty-first, hundred-thirty-second,
  three-hundred-and-fourth): „1,27 Kindern pro Frau“, „mit 1,41, ... mit 1,12“, „im Schnitt
  1,29 Kinder, nach 1,35“, „mit 1,08, ... mit 1,40“, "1.45 children per woman", "0.77 ...
  from 0.74", "0.58 ... 1.02", "stayed below 1.0" ("below" "under"; hundred-thirty-second:
  "fall below 1.3 billion"), "1.60 children per woman, well below the replacement level of
  2.1" ("below" before "the" no hedge), "had 1.37 children on average" ("on average" no
  hedge), "1.23 children per woman"; rates per 1,000 give both counts („Auf 1.000
  Einwohnerinnen und Einwohner kamen damit 12,2 Sterbefälle“, "4.8 births per 1,000 people",
  "53.4 births for each 1,000 women"; sixty-ninth, three-hundred-and-fourth); household
  sizes „1,99 Personen“, „2,17 Personen“ and "2.48 people" (forty-first). "pro Frau", "per
  woman", „pro Tag“, „im Monat“, "a year" and "annually" carry none. New: an old-age ratio
  per 100 gives both counts as a rate per 1,000 does - „Auf 100 Personen im Erwerbsalter
  kämen 2060 rund 51 Personen im Rentenalter, heute sind es 33“ 100, 51 "about" and 33.
- Ages are durations in years (every batch): life expectancy („mit 83,7 Jahren ..., Jungen
  mit 79,2 Jahren“, „76,4 Jahre alt“, "at 76.9 years"), remaining years („mit weiteren 18,6
  Lebensjahren“; hundred-thirty-second: „Lebensjahren“), median and average ages („von 42,6
  auf 47,3 Jahre“ and „von derzeit 47,1 auf 48,6 Jahre“ both - the unit written once serves
  both, seventy-sixth -, "a record 39.6 years ..., up from 39.3", "32.1 years ... at 45.5",
  "44.9 years ... at 49.1 ... at 39.2", "rose to 33.8 years", "31.2 years"), ages at first
  birth and first marriage each with ordinal 1 („ihr erstes Kind ... 30 Jahre und elf
  Monate“, „Beim ersten Kind ... 30,6 Jahre“, "married for the first time at a median age of
  30.7, women at 28.9"), gaps („um gut fünfeinhalb Jahre länger“ 5.5 "over", „rund acht
  Jahre länger“ 8 "about", "widened to 9.9 years") and ages of persons („einer 65-jährigen
  Frau“, „Ein 65-jähriger Mann“, "A 65-year-old man"). Years and months are two durations,
  each in its unit (fifteenth, hundred-second, hundred-thirty-second): „30 Jahre und elf
  Monate“, „21 Jahre und vier Monate, ... 18 Jahre und acht Monate“, „von 84 Jahren und zehn
  Monaten, ... von 79 Jahren und drei Monaten“, „85 Jahre und elf Monate ..., 83 Jahre und
  sechs Monate“, "79 years and 2 months ... 82 years and 11 months", "another 18 years and 7
  months, and ... another 21 years" ("another" no hedge, hundred-thirty-second). New: „rund
  ein halbes Jahr“ is 0.5 years "about" - the half is read as in „fünfeinhalb“ (4.5 in
  „viereinhalb Jahre“, hundred-thirty-second) and „eine halbe Million“ (thirty-fourth). New:
  „auf gut ein Jahr“ is 1 year "over" - a hedge before the article makes it a number, as
  „gut ein Fünftel“ 0.2 "over" (three-hundred-and-fourth), while a bare "ein Jahr zuvor" or
  "a year" stays none.
- Age bounds (forty-ninth, hundred-thirty-second, three-hundred-and-fourth): „ab 80 Jahren“,
  „ab 65 Jahren“, „der Menschen ab 80“, „75 Jahre oder älter“, „65 Jahre oder älter“, „80
  Jahre oder älter“, „Mindestens 100 Jahre alt“, "aged 85 and over", "aged 65 and over",
  "aged 40 and over", "aged 65 and older", "65 or older" "at_least"; „über 65“, „über
  80-Jährigen“, „über 100-Jährigen“, „älter als 70 Jahre“ and „älter als 67 Jahre“ "over"
  (tenth: „älter als 60 Jahre“); „unter 25 Jahren“, "children under 18", "women under 20"
  "under"; „zwischen 25 und 35 Jahren“, „zwischen 20 und 64 Jahren“, "aged 15 to 44", "aged
  25 to 34", "aged 18 to 34" and "those aged 20 to 64" two ages with no hedge. New: „jünger
  als 30 Jahre“ is 30 years "under" - the mirror of „älter als“ "over" (tenth), as "less
  than" is "under". "in their 20s" carries none (hundred-thirty-second: "in their 80s").
- Shares (the issue; hundred-thirty-second, three-hundred-and-fourth): „jeder Fünfte über
  65“ 0.2, „mehr als jeder Vierte“ 0.25 "over", „mehr als jede fünfte Person“ 0.2 "over",
  „Rund jede vierte Person“ 0.25 "about", „um knapp ein Viertel“ 0.25 "nearly", „rund ein
  Drittel“ 0.3333 "about", „mehr als die Hälfte“, „gut die Hälfte“ 0.5 "over", „Jeder vierte
  Alleinlebende“, „jeder vierte Bayer“ 0.25, „Mehr als drei Viertel“ 0.75 "over", „Fast drei
  Viertel“ 0.75 "nearly", „Jeder dritte Sachse“ 0.3333, „fast jeder Dritte“ 0.3333 "nearly",
  „nur etwa die Hälfte“ 0.5 "about" ("nur" no hedge; hundred-thirty-second: „nur etwa jeder
  vierte Mann“), „Mehr als ein Drittel“ 0.3333 "over", „fast die Hälfte“ 0.5 "nearly", „in
  gut jedem zehnten Haushalt“ 0.1 "over"; "nearly a third", "almost a third" 0.3333
  "nearly", "roughly one in five" 0.2 "about", "More than one in five" 0.2 "over", "nearly a
  fifth" 0.2 "nearly", "More than half of babies, 51.3%" 0.5 "over" and the percentage
  (hundred-thirty-second: "Just under half of babies, 49.6%"), "about four in five" 0.8
  "about", "a quarter" 0.25. New: „aus dem reichsten Fünftel der Bevölkerung“ is 0.2 - a
  share named by its noun reads as „ein Fünftel“ (the issue), with or without the article.
- Counts otherwise (forty-first, hundred-thirty-second, three-hundred-and-fourth): definite
  groups give both counts ("Fifteen of the 20", „In 24 der 71 Landkreise“), "the lowest of
  Japan's 47 prefectures" 47, "of the four UK nations" 4, "in 14 states, up from five" 14
  and 5, "Two dozen states" 24 (the issue: "two dozen"), "three — West Virginia, Vermont and
  Mississippi —" 3; „Einpersonenhaushalte“, „Einpersonenhaushalt“ and "one-person
  households" count 1 (forty-first); „fünf und mehr Personen“ and „fünf oder mehr Personen“
  5 "at_least" (hundred-thirty-second: „im Alter von 80 Jahren und mehr“,
  three-hundred-and-fourth: „fünf oder mehr Personen“). New: „Zweipersonenhaushalte“ is
  count 2, read as „Einpersonenhaushalt“ count 1 (forty-first). „jemand allein“ and "a
  single person living alone" carry none (neither is a number word), nor do „die einzige
  Region“, „als einziges Bundesland“ and "the only group".
- Magnitudes and hedges: „rund 83,1 Millionen“, „etwa 90.000“, „rund 76.800“, „rund 11'000“,
  „Rund jede vierte“, „rund 2.790“, „Rund 1,41 Millionen“, „rund 1,1 Millionen“, „rund 51“,
  „etwa 150.000“, „rund 6,9 Millionen“, „rund 4'110'000“, „rund 70 Prozent“, „rund 17.900“,
  „rund 7,9 Millionen“, „rund 460.000“, „etwa 13,9 Millionen“, "about 246,000", "roughly
  351,000", "some 105,000", "some 934,000", "about 494,000", "about 61,000", "Some 104,000",
  "about 1%", "roughly 3.58 million", "about 142,000", "about 8.4 million", "about 1.2
  million", "about 3 million", "about 48%", "about 932,000", "about 81,000", "about 343.9
  million", "about 519,000" "about"; „knapp 230.000“, „knapp 88.300“, „knapp 1,18
  Millionen“, „knapp 3,8 Millionen“, „knapp 10,3 Millionen“, „knapp 6,4 Millionen“, "Nearly
  30%" "nearly"; „gut 410.000“, „gut zwölf Millionen“, „gut 41 Prozent“, „gut 3 Prozent“,
  „gut 10,4 Millionen“, „mehr als 2,03 Millionen“, „um mehr als ein Prozent“ (1 percent),
  „jeweils mehr als 13 Prozent“ "over"; "just under 2.9 million", "less than 5%" "under";
  „um bis zu 280.000“ "up_to"; "at least 20,000" "at_least". „Die Marke von zehn Millionen“
  is 10,000,000 with no hedge (three-hundred-and-fourth: „über der Marke von einer
  Million“). No hedge: „insgesamt“, „Insgesamt“, „im Schnitt“, „im Mittel“,
  „durchschnittlich“, „derzeit“, „jeweils“, „per Saldo“, „nur“, „nur noch“, „inzwischen“,
  „bereits“, „erneut“, "just" ("by just 20,100", "added just 38,000"), "only", "a record",
  "on average", "another", "up from", "down from", "more than any other city". „mehr als
  verdoppeln“, „fast zur Gänze“, "roughly doubled" and "more than offset" carry none
  (hundred-seventeenth: "mehr als" before a verb).
- Ordinals (fifty-fourth, hundred-fourteenth, hundred-thirty-second,
  three-hundred-and-fourth): „nach einer ersten Schätzung“ 1 (eleventh), „das zweite Jahr in
  Folge“ 2, „im vierten Jahr hintereinander“ 4, „ihr erstes Kind“ and „Beim ersten Kind“ 1,
  „in den ersten sechs Monaten des Jahres“ 1 with 6 months (forty-second: „in den ersten
  neun Monaten“), „der achten regionalisierten Vorausberechnung“ 8 (hundred-thirty-second:
  „der 16. koordinierten Bevölkerungsvorausberechnung“); "for a 10th consecutive year" 10,
  "the first increase in three years" 1 and 3 years (hundred-thirty-second: "its first
  decline in three years"), "for a third year" 3, "the second annual rise in a row" 2, "in
  the fourth quarter" 4, "for the first time" 1 (five rows, one of them "Men married for the
  first time" beside the ages), "for a 13th consecutive year" 13, "the fourth consecutive
  annual decline" 4, "for the 12th year running" 12. "the lowest", "a record low", "a new
  low", "the most populous", "the fastest-growing", "the youngest", "the oldest", "the
  smallest", "the slowest", „erstmals“, „so alt wie nie zuvor“, „wie nie zuvor“, „am
  stärksten“, „am höchsten“, „den tiefsten Wert“ and „den höchsten Anteil“ carry none
  (forty-first).
- Durations otherwise: "the smallest increase in three years" 3 years, "the slowest pace in
  two years" 2 years, „in den kommenden 15 Jahren“ 15 years, "one to two years later" 1 and
  2 years (four-hundred-and-twentieth: "three to four weeks"), „um zwei Monate älter“ 2
  months, „einem Plus von jeweils etwa drei Monaten“ 3 months "about", „0,8 Prozent mehr als
  zwölf Monate davor“ 12 months (three-hundred-and-fourth: „vier Jahre zuvor“). None: „im
  vergangenen Jahr“, „im Vorjahr“, „im Jahr davor“, „gegenüber dem Vorjahr“, „zum Jahresende
  davor“, „Ende des vergangenen Jahres“, „ein Jahr zuvor“, „heuer“, „seit Jahren“, „bis
  dahin“, „heute“, „Schon heute“, "last year", "a year earlier", "a decade earlier", "in
  decades", "next year", "last October", "annually", "the previous year".
- Years and dates (every batch): „seit 2011“, „im Jahr 2024“, „sind 2025“, „als 2024“ (four
  rows), „seit 1918“, „seit 2005“, „ab 2027“, „bis 2060“, „2060“ (twice), „bis 2040“ (three
  rows), „bis 2030“, „bis 2080“ (twice), „im Jahr 2080“, „2080“, „bereits 2041“, „ab 2028“,
  „Ende 2024“ (twice), „Seit 1990“, „als 1995“, „bis 2044“, „2044“, "by mid-2033", "from
  mid-2029 onward", "By 2033", "in 2025" (twice), "through fiscal 2028", "in 2024", "since
  2020", "by late 2027", "began in 2007", "since 2022", "in 2020", "since 2015", "in the
  year to mid-2025" (hundred-twelfth: "by mid-2026"), "the highest since 2007", "in 2000",
  "since records began in 1850", "in 1995", "by 2045" years; „Zum 31. Dezember 2025“ is the
  full date 2025-12-31 (three-hundred-and-fourth: „Zum Stichtag 15. Mai 2022“); „mit 1.
  Jänner“ and "on Jan. 1" --01-01 (hundred-thirty-second), "in the year ending July 1"
  --07-01, "in the year to March 31" --03-31 (eighty-fifth: "in the year to July 1"); "in
  the year to April" none (a month alone). Reuters datelines with a day ("LONDON, Jan 28",
  "TOKYO, Feb 24", "SEOUL, Feb 26", "OTTAWA, March 18", "BRUSSELS, July 9", "LONDON, Aug
  12", "DUBLIN, Aug 25", "LONDON, Sept 2", "SYDNEY, Sept 18", "LONDON, Oct 14") dates
  without a year; dpa, dpa/sn, dpa/lby, APA, Keystone-SDA, AP ("ATLANTA (AP) —", "WASHINGTON
  (AP) —") and PA ("EDINBURGH (PA) -") datelines none (seventy-ninth). Months, weekdays, "in
  their 20s" and „Pandemiejahren“ none.
- Money in the currency written: "3.6 trillion yen annually" JPY (three-hundred-and-fourth:
  "3.9 trillion yen a year"; "annually" none), „um 150 Euro im Monat“ EUR („im Monat“ none).
  Percentages: „3,7 Prozentpunkte mehr“ and "up 2.8 percentage points" "pp" (tenth); "22.0%"
  and "7.0%" as 22.0 and 7.0.
- Speakers, checked only in forms the earlier batches settled (and the New forms below).
  German: „teilte das Statistische Bundesamt am Freitag mit“ -> "das Statistische Bundesamt"
  (hundred-fourteenth, three-hundred-and-fourth), „teilte die Statistik Austria am Dienstag
  mit“ -> "die Statistik Austria" (forty-first), „laut Statistik Austria“ -> "Statistik
  Austria" (hundredth), „wie das Bundesamt für Statistik am Mittwoch in Neuenburg mitteilte“
  -> "das Bundesamt für Statistik" (the place dropped, hundred-fourteenth), „teilte das BFS
  am Dienstag mit“ -> "das BFS" (eighty-fifth), „teilte das Statistische Landesamt am Montag
  in Kamenz mit“ -> "das Statistische Landesamt" (three-hundred-and-fourth), „wie Destatis
  mitteilte“ -> "Destatis" (eighty-fifth), „nach Angaben des Amtes“ -> "das Amt"
  (hundred-fifteenth); „X sagte, ...“ opening the row with the title dropped
  („Destatis-Expertin Dorothee Wälischmiller“, „Statistik-Austria-Demografin Manuela
  Steinkellner“, „Destatis-Sprecherin Verena Hollerbach-Demir“, „Innenminister Falk
  Rothermund-Seibold (CSU)“ with the party dropped, „Destatis-Experte Ansgar Pfefferkorn“,
  „Landesamtspräsident Sönke Harmsen-Ebel“; three-hundred-and-fourth,
  four-hundred-and-twentieth), „Statistik-Austria-Experte Hannes Achleitner sagte im
  Gespräch mit der APA“ with the addressee dropped (four-hundred-and-twentieth: „sagte ...
  der Nachrichtenagentur dpa“), „sagte Statistik-Austria-Generaldirektor Kilian Oberhuemer
  bei der Präsentation in Wien“ with the occasion and place dropped, „sagte BFS-Demografin
  Ruth Tschannen-Zbinden“ and „sagte BFS-Demograf Beat Zwahlen-Caflisch“
  (hundred-thirty-second). English: "Statistics Korea said on Thursday", "Statistics Canada
  said on Wednesday" and "Eurostat said on Thursday" as written (hundred-seventeenth,
  three-hundred-and-fourth), "the Central Statistics Office said on Tuesday", "the
  Australian Bureau of Statistics said Thursday" and "the Census Bureau said Thursday" with
  the article and without the weekday (hundred-fourteenth, three-hundred-and-fourth), "the
  ONS said on Wednesday" and "the ONS said" -> "the ONS" (hundred-thirty-second); the name
  with the title dropped ("said CDC statistician Brenda Castellanos-Fry", "said ONS
  statistician Fiona Cartwright-Lamb", "Census Bureau demographer Darius Whitcombe said"
  twice, "Census Bureau statistician Jolene Marchetti-Banks said", "NRS statistician
  Alasdair Munro-Kerr said"; hundred-thirty-second, three-hundred-and-fourth), the surname
  as written ("Pritchard-Obi said ...", "Yoon said ..." - the family name, written first in
  "Yoon Hae-rin"), "Ms Pritchard-Obi said" -> "Pritchard-Obi" (four-hundred-and-twentieth).
  Each row's diacritics and hyphens are its speaker's („Dorothee Wälischmiller“, „Sönke
  Harmsen-Ebel“, „Beat Zwahlen-Caflisch“). New: „Das Statistische Bundesamt teilte am
  Dienstag mit, ...“ opening the row -> "das Statistische Bundesamt" with the article in
  lower case, as "The Department for Education said ..." opening the row gave "the
  Department for Education" (hundred-thirty-second) and „teilte das Statistische Bundesamt
  ... mit“ gives the body with its article. New: "the Office for National Statistics said in
  projections published Wednesday" -> "the Office for National Statistics" - the document
  named after "said" is dropped as "said in a statement" is (tenth,
  four-hundred-and-twentieth).
- Left unchecked (None): all negatives, also those with a named speaker; roles and pronouns
  („sagte die Destatis-Expertin“, „Die Familienministerin sagte“, „Nach seinen Angaben“,
  „sagte die Präsidentin des Landesamts“, „sagte die Demografin“, „so die Soziologin“, „ließ
  die Sprecherin offen“, "The chief cabinet secretary told reporters", "a Census Bureau
  demographer said", "He said"; three-hundred-and-eighty-sixth, four-hundred-and-twentieth),
  plural groups („nach Angaben der Statistiker“ twice, „nach Angaben der Wiesbadener
  Statistiker“, „zählten die Statistiker“; forty-first), "the agency said" twice (earlier
  batches split on it; three-hundred-and-fourth), „laut BFS“ twice and „laut Landesamt“
  (short forms no batch settled; three-hundred-and-fourth), „hieß es“, documents and data
  („wie aus vorläufigen Zahlen der Statistik Austria hervorgeht“, „zeigen vorläufige Daten
  des Statistischen Bundesamts“, „nach den neuen Sterbetafeln des Statistischen Bundesamts“,
  „wie aus den neuen Bevölkerungsszenarien des Bundesamts für Statistik hervorgeht“, „den
  Szenarien zufolge“, „der Vorausberechnung zufolge“, „laut den Sterbetafeln“, „wie aus der
  am Mittwoch veröffentlichten Prognose der Statistik Austria hervorgeht“, „wie aus Zahlen
  des Statistischen Bundesamts hervorgeht“, „nach einer Vorausberechnung des Landesamts für
  Statistik“, „den Berechnungen zufolge“, "preliminary health ministry data showed", "the
  report showed", "National Records of Scotland figures showed"; hundred-second,
  hundred-thirty-second, three-hundred-and-fourth), a description between a name and its
  verb ("Maarten Verbruggen-Lis, a demographer at the Netherlands Interdisciplinary
  Demographic Institute, said"; two-hundred-and-thirty-third, four-hundred-and-twentieth)
  and every "according to" (the projections, provisional CDC figures, Census Bureau
  estimates, the CSO, Office for National Statistics figures, national life tables published
  by the Office for National Statistics, new Census Bureau survey data, population estimates
  the Census Bureau released; two-hundred-and-fourth, four-hundred-and-twentieth). As the
  three-hundred-and-fourth batch did, and to keep the checked speakers near 35, some leads
  carry their source in an unchecked form („nach Angaben der Wiesbadener Statistiker“ on
  German births, "according to Office for National Statistics figures" on births in England
  and Wales, "according to Census Bureau estimates released Thursday" on the cities).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_432 = [
    # --- Bevölkerungsstand Deutschland (dpa), Januar ---
    (
        "de",
        "Wiesbaden (dpa) - Zum 31. Dezember 2025 haben in Deutschland nach einer ersten Schätzung rund 83,1 Millionen Menschen gelebt und damit etwa 90.000 weniger als zum Jahresende davor, teilte das Statistische Bundesamt am Freitag mit.",
        True,
        [
            ("date", "2025-12-31", None, None),
            ("ordinal", 1, None, None),
            ("count", 83100000, None, "about"),
            ("count", 90000, None, "about"),
        ],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Es war das zweite Jahr in Folge mit einem Rückgang, nachdem die Bevölkerung zuvor seit 2011 stetig gewachsen war.",
        True,
        [("ordinal", 2, None, None), ("year", 2011, None, None)],
        None,
    ),
    (
        "de",
        "Der Wanderungssaldo sank nach Angaben der Statistiker auf knapp 230.000 Personen, nach gut 410.000 im Jahr 2024.",
        True,
        [("count", 230000, None, "nearly"), ("count", 410000, None, "over"), ("year", 2024, None, None)],
        None,
    ),
    (
        "de",
        "Destatis-Expertin Dorothee Wälischmiller sagte, ohne den Zuzug aus dem Ausland hätte Deutschland heute gut zwölf Millionen Einwohner weniger.",
        True,
        [("count", 12000000, None, "over")],
        "Dorothee Wälischmiller",
    ),
    (
        "de",
        "„Die Zahlen sind kein Grund zur Panik, aber ein Auftrag an die Politik“, sagte Wälischmiller.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Zugelegt haben nur noch Berlin, Hamburg und Bayern, alle übrigen Länder verloren Einwohner.",
        True,
        [],
        None,
    ),
    ("de", "Die AfD sprach von einer „Politik des Ausverkaufs“.", False, [], None),
    # --- UK population projections (Reuters), LONDON, Jan 28 ---
    (
        "en",
        "LONDON, Jan 28 (Reuters) - The UK population is projected to grow by 4.6 million to 73.1 million by mid-2033, driven almost entirely by migration, the Office for National Statistics said in projections published Wednesday.",
        True,
        [
            ("date", "--01-28", None, None),
            ("count", 4600000, None, None),
            ("count", 73100000, None, None),
            ("year", 2033, None, None),
        ],
        "the Office for National Statistics",
    ),
    (
        "en",
        "Net international migration is assumed to settle at 340,000 a year from mid-2029 onward.",
        True,
        [("count", 340000, None, None), ("year", 2029, None, None)],
        None,
    ),
    (
        "en",
        "The number of people aged 85 and over is projected to rise by nearly a third, to 2.3 million.",
        True,
        [("duration", 85, "year", "at_least"), ("fraction", 0.3333, None, "nearly"), ("count", 2300000, None, None)],
        None,
    ),
    (
        "en",
        "By 2033, roughly one in five people in the UK will be 65 or older, according to the projections.",
        True,
        [("year", 2033, None, None), ("fraction", 0.2, None, "about"), ("duration", 65, "year", "at_least")],
        None,
    ),
    (
        "en",
        '"Projections are not predictions; they show what happens if recent trends continue," said ONS demographer Gwen Pritchard-Obi.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Pritchard-Obi said the main projection assumed a long-term fertility rate of 1.45 children per woman.",
        True,
        [("count", 1.45, None, None)],
        "Pritchard-Obi",
    ),
    ("en", 'Reform UK called the figures "a betrayal of every promise made on immigration."', False, [], None),
    # --- Bevölkerung Österreichs mit 1. Jänner (APA), Februar ---
    (
        "de",
        "Wien (APA) - In Österreich haben mit 1. Jänner 9.236.400 Menschen gelebt, ein Plus von 0,4 Prozent gegenüber dem Vorjahr, teilte die Statistik Austria am Dienstag mit.",
        True,
        [("date", "--01-01", None, None), ("count", 9236400, None, None), ("percent", 0.4, "%", None)],
        "die Statistik Austria",
    ),
    (
        "de",
        "Das Wachstum gehe fast zur Gänze auf Zuwanderung zurück, sagte Statistik-Austria-Generaldirektor Kilian Oberhuemer bei der Präsentation in Wien.",
        True,
        [],
        "Kilian Oberhuemer",
    ),
    (
        "de",
        "Die Zahl der Geburten lag mit rund 76.800 erneut unter jener der Sterbefälle, die sich auf knapp 88.300 beliefen.",
        True,
        [("count", 76800, None, "about"), ("count", 88300, None, "nearly")],
        None,
    ),
    (
        "de",
        "Wien zählte erstmals mehr als 2,03 Millionen Einwohnerinnen und Einwohner und wuchs als einziges Bundesland um mehr als ein Prozent.",
        True,
        [("count", 2030000, None, "over"), ("percent", 1, "%", "over")],
        None,
    ),
    (
        "de",
        "Der Anteil der Menschen ohne österreichische Staatsbürgerschaft stieg auf 20,6 Prozent, damit hat mehr als jede fünfte Person im Land einen ausländischen Pass.",
        True,
        [("percent", 20.6, "%", None), ("fraction", 0.2, None, "over")],
        None,
    ),
    (
        "de",
        "Die Ergebnisse für die einzelnen Gemeinden will die Statistik Austria im Mai veröffentlichen.",
        True,
        [],
        None,
    ),
    ("de", "Die FPÖ sprach von einer „Zuwanderung ohne Maß und Ziel“.", False, [], None),
    ("de", "Ob der Zuzug heuer nachlassen werde, wollte Oberhuemer nicht vorhersagen.", False, [], None),
    # --- Japan's births (Reuters), TOKYO, Feb 24 ---
    (
        "en",
        "TOKYO, Feb 24 (Reuters) - Japan's births slid for a 10th consecutive year in 2025 to 705,800, preliminary health ministry data showed on Tuesday.",
        True,
        [
            ("date", "--02-24", None, None),
            ("ordinal", 10, None, None),
            ("year", 2025, None, None),
            ("count", 705800, None, None),
        ],
        None,
    ),
    (
        "en",
        "Deaths climbed to a record 1.64 million, so the population shrank naturally by some 934,000.",
        True,
        [("count", 1640000, None, None), ("count", 934000, None, "about")],
        None,
    ),
    (
        "en",
        "Marriages rose 1.2% to about 494,000, the first increase in three years.",
        True,
        [
            ("percent", 1.2, "%", None),
            ("count", 494000, None, "about"),
            ("ordinal", 1, None, None),
            ("duration", 3, "year", None),
        ],
        None,
    ),
    (
        "en",
        "The chief cabinet secretary told reporters that spending on child-rearing support, budgeted at 3.6 trillion yen annually, would be maintained through fiscal 2028.",
        True,
        [("money", 3600000000000, "JPY", None), ("year", 2028, None, None)],
        None,
    ),
    ("en", 'He described the decline as "a quiet crisis" for regional communities.', False, [], None),
    (
        "en",
        "Tokyo's fertility rate, the lowest of Japan's 47 prefectures, stayed below 1.0 for a third year.",
        True,
        [("count", 47, None, None), ("count", 1.0, None, "under"), ("ordinal", 3, None, None)],
        None,
    ),
    ("en", "Whether the uptick in weddings will carry through to births remains unclear.", False, [], None),
    # --- South Korea's fertility rate (Reuters), SEOUL, Feb 26 ---
    (
        "en",
        "SEOUL, Feb 26 (Reuters) - The total fertility rate in South Korea edged up to 0.77 last year from 0.74, the second annual rise in a row, Statistics Korea said on Thursday.",
        True,
        [
            ("date", "--02-26", None, None),
            ("count", 0.77, None, None),
            ("count", 0.74, None, None),
            ("ordinal", 2, None, None),
        ],
        "Statistics Korea",
    ),
    (
        "en",
        "Births rose 4.1% to about 246,000, while deaths fell to roughly 351,000, leaving a natural decline of some 105,000 people.",
        True,
        [
            ("percent", 4.1, "%", None),
            ("count", 246000, None, "about"),
            ("count", 351000, None, "about"),
            ("count", 105000, None, "about"),
        ],
        None,
    ),
    (
        "en",
        "The crude birth rate stood at 4.8 births per 1,000 people.",
        True,
        [("count", 4.8, None, None), ("count", 1000, None, None)],
        None,
    ),
    (
        "en",
        "Seoul remained at the bottom of the table with a fertility rate of 0.58, while Sejong, the administrative capital, led at 1.02.",
        True,
        [("count", 0.58, None, None), ("count", 1.02, None, None)],
        None,
    ),
    (
        "en",
        "The average age of mothers giving birth rose to 33.8 years, the agency said.",
        True,
        [("duration", 33.8, "year", None)],
        None,
    ),
    ("en", '"One good year does not make a trend," said Statistics Korea official Yoon Hae-rin.', False, [], None),
    (
        "en",
        "Yoon said marriages had jumped 14.9% in 2024, which tends to lift births one to two years later.",
        True,
        [
            ("percent", 14.9, "%", None),
            ("year", 2024, None, None),
            ("duration", 1, "year", None),
            ("duration", 2, "year", None),
        ],
        "Yoon",
    ),
    ("en", 'The government has called the low birth rate a "national emergency."', False, [], None),
    # --- Bevölkerung der Schweiz (Keystone-SDA), März ---
    (
        "de",
        "Neuenburg (Keystone-SDA) - Ende des vergangenen Jahres lebten 9'084'700 Menschen ständig in der Schweiz, 0,8 Prozent mehr als zwölf Monate davor, wie das Bundesamt für Statistik am Mittwoch in Neuenburg mitteilte.",
        True,
        [("count", 9084700, None, None), ("percent", 0.8, "%", None), ("duration", 12, "month", None)],
        "das Bundesamt für Statistik",
    ),
    (
        "de",
        "Der Wanderungssaldo betrug laut BFS 78'600 Personen, rund 11'000 weniger als im Jahr davor.",
        True,
        [("count", 78600, None, None), ("count", 11000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Zahl der Geburten sank auf 77'900, jene der Todesfälle stieg auf 73'400.",
        True,
        [("count", 77900, None, None), ("count", 73400, None, None)],
        None,
    ),
    (
        "de",
        "Der Geburtenüberschuss schrumpfte damit auf 4'500 Personen, den tiefsten Wert seit 1918.",
        True,
        [("count", 4500, None, None), ("year", 1918, None, None)],
        None,
    ),
    ("de", "In keinem Kanton ging die Bevölkerung zurück.", True, [], None),
    ("de", "Die SVP warnte, die Schweiz platze «aus allen Nähten».", False, [], None),
    (
        "de",
        "Rund jede vierte Person in der Schweiz besitzt keinen Schweizer Pass, sagte BFS-Demografin Ruth Tschannen-Zbinden.",
        True,
        [("fraction", 0.25, None, "about")],
        "Ruth Tschannen-Zbinden",
    ),
    (
        "de",
        "«Zuwanderung ist kein Naturereignis, sie folgt der Nachfrage der Wirtschaft», sagte Tschannen-Zbinden.",
        False,
        [],
        None,
    ),
    # --- Canada's population (Reuters), OTTAWA, March 18 ---
    (
        "en",
        "OTTAWA, March 18 (Reuters) - Canada's population grew by just 20,100 people in the fourth quarter, the slowest pace since 2020, as the government cut the number of temporary residents, Statistics Canada said on Wednesday.",
        True,
        [
            ("date", "--03-18", None, None),
            ("count", 20100, None, None),
            ("ordinal", 4, None, None),
            ("year", 2020, None, None),
        ],
        "Statistics Canada",
    ),
    (
        "en",
        "Non-permanent residents declined by about 61,000 to just under 2.9 million, or 7.0% of the population.",
        True,
        [("count", 61000, None, "about"), ("count", 2900000, None, "under"), ("percent", 7.0, "%", None)],
        None,
    ),
    (
        "en",
        "Ottawa has pledged to cut that share to less than 5% by late 2027.",
        True,
        [("percent", 5, "%", "under"), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "Some 104,000 new permanent residents were admitted during the quarter.",
        True,
        [("count", 104000, None, "about")],
        None,
    ),
    (
        "en",
        "Deaths exceeded births in the quarter for the first time outside the pandemic, the agency said.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    ("en", "The government lowered its permanent resident targets last October.", True, [], None),
    (
        "en",
        '"We are finally getting the numbers back to where they should be," Immigration Minister Lucien Dufresne-Amadi said.',
        False,
        [],
        None,
    ),
    ("en", "Business groups warned the slowdown would leave employers scrambling for workers.", False, [], None),
    # --- Geburten in Österreich (APA), April ---
    (
        "de",
        "Wien (APA) - Im Vorjahr sind in Österreich 75.240 Kinder geboren worden, um 1,9 Prozent weniger als 2024, wie aus vorläufigen Zahlen der Statistik Austria hervorgeht.",
        True,
        [("count", 75240, None, None), ("percent", 1.9, "%", None), ("year", 2024, None, None)],
        None,
    ),
    (
        "de",
        "Die Gesamtfertilitätsrate sank auf den historischen Tiefstwert von 1,27 Kindern pro Frau.",
        True,
        [("count", 1.27, None, None)],
        None,
    ),
    (
        "de",
        "Am höchsten war sie in Vorarlberg mit 1,41, am niedrigsten in Wien mit 1,12.",
        True,
        [("count", 1.41, None, None), ("count", 1.12, None, None)],
        None,
    ),
    (
        "de",
        "Frauen, die ihr erstes Kind bekamen, waren im Schnitt 30 Jahre und elf Monate alt, um zwei Monate älter als im Jahr davor.",
        True,
        [
            ("ordinal", 1, None, None),
            ("duration", 30, "year", None),
            ("duration", 11, "month", None),
            ("duration", 2, "month", None),
        ],
        None,
    ),
    (
        "de",
        "Statistik-Austria-Demografin Manuela Steinkellner sagte, die Zahl der Frauen zwischen 25 und 35 Jahren sei zuletzt gestiegen, sie bekämen aber weniger Kinder.",
        True,
        [("duration", 25, "year", None), ("duration", 35, "year", None)],
        "Manuela Steinkellner",
    ),
    ("de", "„Der Kinderwunsch ist da, aber er wird immer öfter aufgeschoben“, sagte Steinkellner.", False, [], None),
    (
        "de",
        "Die Familienministerin kündigte einen weiteren Ausbau der Kinderbetreuung an, nannte aber keine Zahlen.",
        False,
        [],
        None,
    ),
    # --- U.S. births (AP), April ---
    (
        "en",
        "ATLANTA (AP) — U.S. births fell about 1% last year to roughly 3.58 million, according to provisional CDC figures released Thursday.",
        True,
        [("percent", 1, "%", "about"), ("count", 3580000, None, "about")],
        None,
    ),
    (
        "en",
        "The general fertility rate dropped to a record low of 53.4 births for each 1,000 women aged 15 to 44.",
        True,
        [
            ("count", 53.4, None, None),
            ("count", 1000, None, None),
            ("duration", 15, "year", None),
            ("duration", 44, "year", None),
        ],
        None,
    ),
    (
        "en",
        "The total fertility rate slid to 1.60 children per woman, well below the replacement level of 2.1.",
        True,
        [("count", 1.6, None, None), ("count", 2.1, None, None)],
        None,
    ),
    (
        "en",
        "Birth rates fell for women in their 20s and rose for women aged 40 and over, the report showed.",
        True,
        [("duration", 40, "year", "at_least")],
        None,
    ),
    (
        "en",
        "Teen births dropped 4% to a new low, extending a decline that began in 2007, said CDC statistician Brenda Castellanos-Fry.",
        True,
        [("percent", 4, "%", None), ("year", 2007, None, None)],
        "Brenda Castellanos-Fry",
    ),
    (
        "en",
        '"People are waiting longer, and some are deciding not to have children at all," Castellanos-Fry said.',
        False,
        [],
        None,
    ),
    ("en", "Advocates urged Congress to expand paid family leave and child care.", False, [], None),
    ("en", "Cesarean deliveries held steady at 32.4% of all births.", True, [("percent", 32.4, "%", None)], None),
    # --- Haushalte in Deutschland (dpa), Mai ---
    (
        "de",
        "Wiesbaden (dpa) - Das Statistische Bundesamt teilte am Dienstag mit, in gut 41 Prozent aller Haushalte in Deutschland lebe inzwischen jemand allein.",
        True,
        [("percent", 41, "%", "over")],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Insgesamt zählten die Statistiker im Mikrozensus 41,3 Millionen Privathaushalte, in denen im Schnitt 1,99 Personen lebten.",
        True,
        [("count", 41300000, None, None), ("count", 1.99, None, None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Einpersonenhaushalte stieg seit 2005 um knapp ein Viertel auf 17,1 Millionen.",
        True,
        [
            ("count", 1, None, None),
            ("year", 2005, None, None),
            ("fraction", 0.25, None, "nearly"),
            ("count", 17100000, None, None),
        ],
        None,
    ),
    (
        "de",
        "Zweipersonenhaushalte machten rund ein Drittel aus, Haushalte mit fünf und mehr Personen nur noch 3,2 Prozent.",
        True,
        [
            ("count", 2, None, None),
            ("fraction", 0.3333, None, "about"),
            ("count", 5, None, "at_least"),
            ("percent", 3.2, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Am häufigsten allein lebten Menschen ab 80 Jahren: Von ihnen wohnte mehr als die Hälfte in einem Einpersonenhaushalt.",
        True,
        [("duration", 80, "year", "at_least"), ("fraction", 0.5, None, "over"), ("count", 1, None, None)],
        None,
    ),
    ("de", "Der Sozialverband VdK warnte vor einer „stillen Vereinsamung mitten in den Städten“.", False, [], None),
    (
        "de",
        "Jeder vierte Alleinlebende sei inzwischen älter als 70 Jahre, sagte die Destatis-Expertin.",
        True,
        [("fraction", 0.25, None, None), ("duration", 70, "year", "over")],
        None,
    ),
    # --- U.S. city estimates (AP), May ---
    (
        "en",
        "WASHINGTON (AP) — Fifteen of the 20 fastest-growing large U.S. cities last year were in the South, according to Census Bureau estimates released Thursday.",
        True,
        [("count", 15, None, None), ("count", 20, None, None)],
        None,
    ),
    (
        "en",
        "Buckeye, Arizona, grew fastest among cities with at least 20,000 residents, adding 18.9% to reach about 142,000 people.",
        True,
        [("count", 20000, None, "at_least"), ("percent", 18.9, "%", None), ("count", 142000, None, "about")],
        None,
    ),
    (
        "en",
        "New York remained the most populous city at about 8.4 million, followed by Los Angeles at 3.8 million.",
        True,
        [("count", 8400000, None, "about"), ("count", 3800000, None, None)],
        None,
    ),
    ("en", "San Antonio added 19,400 people, more than any other city.", True, [("count", 19400, None, None)], None),
    (
        "en",
        "Census Bureau demographer Darius Whitcombe said growth in the largest cities had roughly doubled since 2022.",
        True,
        [("year", 2022, None, None)],
        "Darius Whitcombe",
    ),
    (
        "en",
        "Most of the growth in Southern cities came from people moving from other parts of the country rather than from abroad.",
        True,
        [],
        None,
    ),
    ("en", '"The suburbs of the Sun Belt keep pulling people in," Whitcombe said.', False, [], None),
    ("en", 'Several Northeastern mayors called the estimates "a serious undercount."', False, [], None),
    # --- Sterbefälle in Deutschland (dpa), Juni ---
    (
        "de",
        "Wiesbaden (dpa) - In Deutschland sind 2025 insgesamt 1,02 Millionen Menschen gestorben, 0,8 Prozent mehr als 2024, zeigen vorläufige Daten des Statistischen Bundesamts.",
        True,
        [
            ("year", 2025, None, None),
            ("count", 1020000, None, None),
            ("percent", 0.8, "%", None),
            ("year", 2024, None, None),
        ],
        None,
    ),
    (
        "de",
        "Auf 1.000 Einwohnerinnen und Einwohner kamen damit 12,2 Sterbefälle.",
        True,
        [("count", 1000, None, None), ("count", 12.2, None, None)],
        None,
    ),
    (
        "de",
        "Das entsprach durchschnittlich rund 2.790 Todesfällen pro Tag.",
        True,
        [("count", 2790, None, "about")],
        None,
    ),
    (
        "de",
        "Mehr als drei Viertel der Verstorbenen waren 75 Jahre oder älter.",
        True,
        [("fraction", 0.75, None, "over"), ("duration", 75, "year", "at_least")],
        None,
    ),
    (
        "de",
        "Eine Übersterblichkeit wie in den Pandemiejahren gab es nach Angaben des Amtes nicht.",
        True,
        [],
        "das Amt",
    ),
    (
        "de",
        "Die Deutsche Stiftung Patientenschutz forderte eine „ehrliche Debatte über das Sterben in Pflegeheimen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Destatis-Sprecherin Verena Hollerbach-Demir sagte, die Zahl der Sterbefälle werde wegen der alternden Babyboomer in den kommenden 15 Jahren weiter steigen.",
        True,
        [("duration", 15, "year", None)],
        "Verena Hollerbach-Demir",
    ),
    # --- Wanderungsbilanz Deutschland (dpa), Juni ---
    (
        "de",
        "Wiesbaden (dpa) - Deutschland hat im vergangenen Jahr per Saldo 228.600 Menschen durch Zuwanderung hinzugewonnen, deutlich weniger als 2024, wie Destatis mitteilte.",
        True,
        [("count", 228600, None, None), ("year", 2024, None, None)],
        "Destatis",
    ),
    (
        "de",
        "Rund 1,41 Millionen Zuzügen standen knapp 1,18 Millionen Fortzüge gegenüber.",
        True,
        [("count", 1410000, None, "about"), ("count", 1180000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die meisten Fortzüge deutscher Staatsangehöriger gingen erneut in die Schweiz, gefolgt von Österreich.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Unter den Zugezogenen war gut die Hälfte jünger als 30 Jahre.",
        True,
        [("fraction", 0.5, None, "over"), ("duration", 30, "year", "under")],
        None,
    ),
    (
        "de",
        "Innenminister Falk Rothermund-Seibold (CSU) sagte, in den ersten sechs Monaten des Jahres seien 41 Prozent weniger Erstanträge auf Asyl gestellt worden als ein Jahr zuvor.",
        True,
        [("ordinal", 1, None, None), ("duration", 6, "month", None), ("percent", 41, "%", None)],
        "Falk Rothermund-Seibold",
    ),
    ("de", "„Die Migrationswende ist eingeleitet, und sie wirkt“, sagte Rothermund-Seibold.", False, [], None),
    ("de", "Pro Asyl nannte die Bilanz „ein Zeugnis der Abschottung“.", False, [], None),
    # --- Older Americans and the median age (AP), June ---
    (
        "en",
        "WASHINGTON (AP) — The nation's median age climbed to a record 39.6 years in 2025, up from 39.3 a year earlier, the Census Bureau said Thursday.",
        True,
        [("duration", 39.6, "year", None), ("year", 2025, None, None), ("duration", 39.3, "year", None)],
        "the Census Bureau",
    ),
    (
        "en",
        "Americans aged 65 and older numbered 63.2 million, up 3.1%, while children under 18 slipped to 72.9 million.",
        True,
        [
            ("duration", 65, "year", "at_least"),
            ("count", 63200000, None, None),
            ("percent", 3.1, "%", None),
            ("duration", 18, "year", "under"),
            ("count", 72900000, None, None),
        ],
        None,
    ),
    (
        "en",
        "Older adults now outnumber children in 14 states, up from five in 2020.",
        True,
        [("count", 14, None, None), ("count", 5, None, None), ("year", 2020, None, None)],
        None,
    ),
    (
        "en",
        "Utah remained the youngest state, with a median age of 32.1 years, while Maine stayed the oldest at 45.5.",
        True,
        [("duration", 32.1, "year", None), ("duration", 45.5, "year", None)],
        None,
    ),
    (
        "en",
        "More than one in five residents of Florida is now 65 or older, a Census Bureau demographer said.",
        True,
        [("fraction", 0.2, None, "over"), ("duration", 65, "year", "at_least")],
        None,
    ),
    (
        "en",
        '"We are watching the country grey in real time," said Lakshmi Raghunathan-Webb, a demographer at the bureau.',
        False,
        [],
        None,
    ),
    ("en", 'AARP urged Congress to prepare Medicare and Social Security for "the silver wave."', False, [], None),
    # --- Geburten in Deutschland (dpa), Juli ---
    (
        "de",
        "Wiesbaden (dpa) - Die Geburtenrate ist in Deutschland erneut gesunken: Frauen bekamen im vergangenen Jahr nach Angaben der Wiesbadener Statistiker im Schnitt 1,29 Kinder, nach 1,35 im Jahr davor.",
        True,
        [("count", 1.29, None, None), ("count", 1.35, None, None)],
        None,
    ),
    (
        "de",
        "Insgesamt kamen 654.300 Babys zur Welt, gut 3 Prozent weniger als 2024.",
        True,
        [("count", 654300, None, None), ("percent", 3, "%", "over"), ("year", 2024, None, None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Neugeborenen sinkt damit bereits im vierten Jahr hintereinander.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Beim ersten Kind waren Mütter im Mittel 30,6 Jahre alt und damit so alt wie nie zuvor.",
        True,
        [("ordinal", 1, None, None), ("duration", 30.6, "year", None)],
        None,
    ),
    (
        "de",
        "Am niedrigsten war die Geburtenrate in Berlin mit 1,08, am höchsten in Niedersachsen mit 1,40.",
        True,
        [("count", 1.08, None, None), ("count", 1.4, None, None)],
        None,
    ),
    (
        "de",
        "Die Familienministerin sagte, der Bund werde das Elterngeld ab 2027 um 150 Euro im Monat anheben.",
        True,
        [("year", 2027, None, None), ("money", 150, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Wir müssen wieder ein Land werden, in dem man gern Kinder bekommt“, sagte Familienministerin Jana Kettelhut-Brenner (CDU).",
        False,
        [],
        None,
    ),
    # --- EU population on Jan. 1 (Reuters), BRUSSELS, July 9 ---
    (
        "en",
        "BRUSSELS, July 9 (Reuters) - The European Union's population rose by 1.3 million to 451.3 million on Jan. 1, Eurostat said on Thursday, as migration more than offset a natural decline.",
        True,
        [
            ("date", "--07-09", None, None),
            ("count", 1300000, None, None),
            ("count", 451300000, None, None),
            ("date", "--01-01", None, None),
        ],
        "Eurostat",
    ),
    (
        "en",
        "Deaths outnumbered births by about 1.2 million for a 13th consecutive year.",
        True,
        [("count", 1200000, None, "about"), ("ordinal", 13, None, None)],
        None,
    ),
    (
        "en",
        "The median age across the bloc edged up to 44.9 years, with Italy the oldest at 49.1 and Ireland the youngest at 39.2.",
        True,
        [("duration", 44.9, "year", None), ("duration", 49.1, "year", None), ("duration", 39.2, "year", None)],
        None,
    ),
    (
        "en",
        "People aged 65 and over made up 22.0% of the population, up 2.8 percentage points from a decade earlier.",
        True,
        [("duration", 65, "year", "at_least"), ("percent", 22.0, "%", None), ("percent", 2.8, "pp", None)],
        None,
    ),
    (
        "en",
        "Malta recorded the fastest growth, at 2.6%, while Latvia's population shrank the most.",
        True,
        [("percent", 2.6, "%", None)],
        None,
    ),
    (
        "en",
        "Maarten Verbruggen-Lis, a demographer at the Netherlands Interdisciplinary Demographic Institute, said the bloc's working-age population, those aged 20 to 64, had shrunk by about 3 million since 2015.",
        True,
        [
            ("duration", 20, "year", None),
            ("duration", 64, "year", None),
            ("count", 3000000, None, "about"),
            ("year", 2015, None, None),
        ],
        None,
    ),
    ("en", "\"Europe's demographic future is being written at its borders,\" Verbruggen-Lis said.", False, [], None),
    # --- Lebenserwartung in Deutschland (dpa), August ---
    (
        "de",
        "Wiesbaden (dpa) - Die Lebenserwartung in Deutschland ist erneut gestiegen: Neugeborene Mädchen können nach den neuen Sterbetafeln des Statistischen Bundesamts mit 83,7 Jahren rechnen, Jungen mit 79,2 Jahren.",
        True,
        [("duration", 83.7, "year", None), ("duration", 79.2, "year", None)],
        None,
    ),
    (
        "de",
        "Gegenüber dem Vorjahr entsprach das bei beiden Geschlechtern einem Plus von jeweils etwa drei Monaten.",
        True,
        [("duration", 3, "month", "about")],
        None,
    ),
    (
        "de",
        "Statistisch bleiben einer 65-jährigen Frau noch 21 Jahre und vier Monate, einem gleichaltrigen Mann 18 Jahre und acht Monate.",
        True,
        [
            ("duration", 65, "year", None),
            ("duration", 21, "year", None),
            ("duration", 4, "month", None),
            ("duration", 18, "year", None),
            ("duration", 8, "month", None),
        ],
        None,
    ),
    (
        "de",
        "Der Abstand zwischen Ost und West ist bei den Männern auf gut ein Jahr geschrumpft.",
        True,
        [("duration", 1, "year", "over")],
        None,
    ),
    (
        "de",
        "Am höchsten ist die Lebenserwartung in Baden-Württemberg, am niedrigsten in Sachsen-Anhalt, wo Männer im Schnitt 76,4 Jahre alt werden.",
        True,
        [("duration", 76.4, "year", None)],
        None,
    ),
    (
        "de",
        "„Ein langes Leben ist in Deutschland noch immer eine Frage des Geldbeutels“, sagte Sozialmediziner Prof. Dr. Benedikt Ostermaier von der Universität Leipzig.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach seinen Angaben leben Männer aus dem reichsten Fünftel der Bevölkerung im Mittel rund acht Jahre länger als Männer aus dem ärmsten.",
        True,
        [("fraction", 0.2, None, None), ("duration", 8, "year", "about")],
        None,
    ),
    (
        "de",
        "Den Rückschlag aus den Pandemiejahren hat Deutschland damit nach Angaben der Statistiker vollständig aufgeholt.",
        True,
        [],
        None,
    ),
    # --- Mid-year estimates for England and Wales (Reuters), LONDON, Aug 12 ---
    (
        "en",
        "LONDON, Aug 12 (Reuters) - England and Wales added 612,000 residents in the year to mid-2025, taking the population to 61.6 million, the smallest increase in three years, the ONS said on Wednesday.",
        True,
        [
            ("date", "--08-12", None, None),
            ("count", 612000, None, None),
            ("year", 2025, None, None),
            ("count", 61600000, None, None),
            ("duration", 3, "year", None),
        ],
        "the ONS",
    ),
    (
        "en",
        "Net international migration accounted for 574,000 of the increase, down from 690,000 a year earlier.",
        True,
        [("count", 574000, None, None), ("count", 690000, None, None)],
        None,
    ),
    (
        "en",
        "Natural change — births minus deaths — added just 38,000 people.",
        True,
        [("count", 38000, None, None)],
        None,
    ),
    (
        "en",
        "The number of people aged 85 and over reached 1.7 million for the first time.",
        True,
        [("duration", 85, "year", "at_least"), ("count", 1700000, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Tower Hamlets in east London remained the fastest-growing local authority, expanding by 3.9%.",
        True,
        [("percent", 3.9, "%", None)],
        None,
    ),
    ("en", "The statistics office also revised up its earlier estimates of net migration.", True, [], None),
    (
        "en",
        "Asked whether migration had now peaked, Nathaniel Ashdown, who leads the ONS population team, declined to make a forecast.",
        False,
        [],
        None,
    ),
    (
        "en",
        "He said about 48% of the increase was in London and the South East.",
        True,
        [("percent", 48, "%", "about")],
        None,
    ),
    (
        "en",
        'The Conservatives said the figures proved the government had "lost its grip on the borders."',
        False,
        [],
        None,
    ),
    # --- Ireland's population (Reuters), DUBLIN, Aug 25 ---
    (
        "en",
        "DUBLIN, Aug 25 (Reuters) - Ireland's population rose by 87,400 to 5.49 million in the year to April, the Central Statistics Office said on Tuesday.",
        True,
        [("date", "--08-25", None, None), ("count", 87400, None, None), ("count", 5490000, None, None)],
        "the Central Statistics Office",
    ),
    (
        "en",
        "Immigration reached 142,800, the highest since 2007, while emigration fell to 64,900.",
        True,
        [("count", 142800, None, None), ("year", 2007, None, None), ("count", 64900, None, None)],
        None,
    ),
    (
        "en",
        "Returning Irish citizens made up nearly a fifth of arrivals.",
        True,
        [("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "en",
        "Those aged 65 and over numbered about 932,000, according to the CSO.",
        True,
        [("duration", 65, "year", "at_least"), ("count", 932000, None, "about")],
        None,
    ),
    ("en", 'Housing charities said the figures underlined "a crisis that is only getting worse."', False, [], None),
    (
        "en",
        "Dublin's population grew by 2.1%, faster than any other region.",
        True,
        [("percent", 2.1, "%", None)],
        None,
    ),
    # --- Bevölkerungsszenarien bis 2060 (Keystone-SDA), September ---
    (
        "de",
        "Neuenburg (Keystone-SDA) - Die Schweiz dürfte bis 2060 auf gut 10,4 Millionen Einwohnerinnen und Einwohner wachsen, wie aus den neuen Bevölkerungsszenarien des Bundesamts für Statistik hervorgeht.",
        True,
        [("year", 2060, None, None), ("count", 10400000, None, "over")],
        None,
    ),
    (
        "de",
        "Im tiefen Szenario wären es 9,3 Millionen, im hohen 11,6 Millionen.",
        True,
        [("count", 9300000, None, None), ("count", 11600000, None, None)],
        None,
    ),
    (
        "de",
        "Schon heute ist jeder Fünfte über 65, 2060 wird es laut BFS mehr als jeder Vierte sein.",
        True,
        [
            ("fraction", 0.2, None, None),
            ("duration", 65, "year", "over"),
            ("year", 2060, None, None),
            ("fraction", 0.25, None, "over"),
        ],
        None,
    ),
    (
        "de",
        "Die Zahl der über 80-Jährigen dürfte sich bis dahin mehr als verdoppeln, auf rund 1,1 Millionen.",
        True,
        [("duration", 80, "year", "over"), ("count", 1100000, None, "about")],
        None,
    ),
    (
        "de",
        "Das Medianalter steigt den Szenarien zufolge von 42,6 auf 47,3 Jahre.",
        True,
        [("duration", 42.6, "year", None), ("duration", 47.3, "year", None)],
        None,
    ),
    (
        "de",
        "Auf 100 Personen im Erwerbsalter kämen 2060 rund 51 Personen im Rentenalter, heute sind es 33, sagte BFS-Demograf Beat Zwahlen-Caflisch.",
        True,
        [
            ("count", 100, None, None),
            ("year", 2060, None, None),
            ("count", 51, None, "about"),
            ("count", 33, None, None),
        ],
        "Beat Zwahlen-Caflisch",
    ),
    ("de", "«Die Alterung ist keine Prognose, sie ist längst im Gang», sagte Zwahlen-Caflisch.", False, [], None),
    (
        "de",
        "Pro Senectute forderte, die Pflege «endlich als Aufgabe aller Generationen» zu begreifen.",
        False,
        [],
        None,
    ),
    # --- Births in England and Wales (Reuters), LONDON, Sept 2 ---
    (
        "en",
        "LONDON, Sept 2 (Reuters) - Women in England and Wales had 1.37 children on average last year, a record low, according to Office for National Statistics figures.",
        True,
        [("date", "--09-02", None, None), ("count", 1.37, None, None)],
        None,
    ),
    (
        "en",
        "It was the fourth consecutive annual decline, the ONS said.",
        True,
        [("ordinal", 4, None, None)],
        "the ONS",
    ),
    (
        "en",
        "There were 589,800 live births, down 1.3% on the previous year, while deaths rose to 573,100.",
        True,
        [("count", 589800, None, None), ("percent", 1.3, "%", None), ("count", 573100, None, None)],
        None,
    ),
    (
        "en",
        "Mothers' average age rose to 31.2 years, and almost a third of births were to mothers born outside the UK.",
        True,
        [("duration", 31.2, "year", None), ("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "en",
        "More than half of babies, 51.3%, were born outside marriage or civil partnership.",
        True,
        [("fraction", 0.5, None, "over"), ("percent", 51.3, "%", None)],
        None,
    ),
    (
        "en",
        "Births to women aged 40 and over outnumbered those to women under 20 for the first time, said ONS statistician Fiona Cartwright-Lamb.",
        True,
        [("duration", 40, "year", "at_least"), ("duration", 20, "year", "under"), ("ordinal", 1, None, None)],
        "Fiona Cartwright-Lamb",
    ),
    ("en", '"Having children later is now simply the norm," Cartwright-Lamb said.', False, [], None),
    (
        "en",
        "The Resolution Foundation said the cost of childcare and housing was deterring young couples from starting families.",
        False,
        [],
        None,
    ),
    # --- Australia's population (Reuters), SYDNEY, Sept 18 ---
    (
        "en",
        "SYDNEY, Sept 18 (Reuters) - Australia's population grew 1.5% to 27.9 million in the year to March 31, the slowest pace in two years as net overseas migration eased, the Australian Bureau of Statistics said Thursday.",
        True,
        [
            ("date", "--09-18", None, None),
            ("percent", 1.5, "%", None),
            ("count", 27900000, None, None),
            ("date", "--03-31", None, None),
            ("duration", 2, "year", None),
        ],
        "the Australian Bureau of Statistics",
    ),
    (
        "en",
        "Net overseas migration fell to 331,000 from 398,000 a year earlier, while natural increase added about 81,000 people.",
        True,
        [("count", 331000, None, None), ("count", 398000, None, None), ("count", 81000, None, "about")],
        None,
    ),
    ("en", 'The opposition said Australians were "being squeezed out of their own suburbs."', False, [], None),
    (
        "en",
        "The government has capped new international student enrolments at 295,000 for next year.",
        True,
        [("count", 295000, None, None)],
        None,
    ),
    (
        "en",
        "Economists said slower population growth could ease pressure on rents, though not quickly.",
        False,
        [],
        None,
    ),
    # --- Vorausberechnung für Sachsen (dpa/sn), Oktober ---
    (
        "de",
        "Kamenz (dpa/sn) - Sachsens Bevölkerung wird laut der achten regionalisierten Vorausberechnung bis 2040 um bis zu 280.000 Menschen auf dann knapp 3,8 Millionen schrumpfen, teilte das Statistische Landesamt am Montag in Kamenz mit.",
        True,
        [
            ("ordinal", 8, None, None),
            ("year", 2040, None, None),
            ("count", 280000, None, "up_to"),
            ("count", 3800000, None, "nearly"),
        ],
        "das Statistische Landesamt",
    ),
    (
        "de",
        "Jeder dritte Sachse wäre dann 65 Jahre oder älter.",
        True,
        [("fraction", 0.3333, None, None), ("duration", 65, "year", "at_least")],
        None,
    ),
    (
        "de",
        "Das Durchschnittsalter steigt laut Landesamt von derzeit 47,1 auf 48,6 Jahre.",
        True,
        [("duration", 47.1, "year", None), ("duration", 48.6, "year", None)],
        None,
    ),
    (
        "de",
        "Am stärksten trifft es den Landkreis Görlitz und den Erzgebirgskreis mit einem Minus von jeweils mehr als 13 Prozent.",
        True,
        [("percent", 13, "%", "over")],
        None,
    ),
    (
        "de",
        "Leipzig ist der Vorausberechnung zufolge die einzige Region, die bis 2040 wächst, und zwar um 4,1 Prozent.",
        True,
        [("year", 2040, None, None), ("percent", 4.1, "%", None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Menschen im Erwerbsalter werde schon bis 2030 um etwa 150.000 zurückgehen, sagte die Präsidentin des Landesamts.",
        True,
        [("year", 2030, None, None), ("count", 150000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Linke sprach von einem „Ausbluten der Dörfer“, das die Staatsregierung tatenlos hinnehme.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Wir werden weniger, älter und auf dem Land einsamer“, sagte Landesamtspräsidentin Ilka Brandstätter-Yıldız.",
        False,
        [],
        None,
    ),
    # --- Lebenserwartung in Österreich (APA), Oktober ---
    (
        "de",
        "Wien (APA) - Neugeborene Mädchen haben in Österreich laut Statistik Austria inzwischen eine Lebenserwartung von 84 Jahren und zehn Monaten, Buben von 79 Jahren und drei Monaten.",
        True,
        [
            ("duration", 84, "year", None),
            ("duration", 10, "month", None),
            ("duration", 79, "year", None),
            ("duration", 3, "month", None),
        ],
        "Statistik Austria",
    ),
    (
        "de",
        "Frauen leben damit im Schnitt um gut fünfeinhalb Jahre länger als Männer.",
        True,
        [("duration", 5.5, "year", "over")],
        None,
    ),
    (
        "de",
        "Der Zuwachs gegenüber dem Jahr davor betrug bei beiden Geschlechtern rund ein halbes Jahr.",
        True,
        [("duration", 0.5, "year", "about")],
        None,
    ),
    (
        "de",
        "In Vorarlberg werden Frauen im Schnitt 85 Jahre und elf Monate alt, in Wien nur 83 Jahre und sechs Monate.",
        True,
        [
            ("duration", 85, "year", None),
            ("duration", 11, "month", None),
            ("duration", 83, "year", None),
            ("duration", 6, "month", None),
        ],
        None,
    ),
    (
        "de",
        "Ein 65-jähriger Mann kann laut den Sterbetafeln mit weiteren 18,6 Lebensjahren rechnen.",
        True,
        [("duration", 65, "year", None), ("duration", 18.6, "year", None)],
        None,
    ),
    (
        "de",
        "Statistik-Austria-Experte Hannes Achleitner sagte im Gespräch mit der APA, nur etwa die Hälfte dieser zusätzlichen Jahre werde in guter Gesundheit verbracht.",
        True,
        [("fraction", 0.5, None, "about")],
        "Hannes Achleitner",
    ),
    ("de", "Die Volkshilfe sprach von einer „Lebenserwartung nach Postleitzahl“.", False, [], None),
    ("de", "Ob sich der Anstieg fortsetzt, wollte Achleitner nicht abschätzen.", False, [], None),
    # --- UK life tables (Reuters), LONDON, Oct 14 ---
    (
        "en",
        "LONDON, Oct 14 (Reuters) - Life expectancy at birth in the UK has risen to 79 years and 2 months for men and 82 years and 11 months for women, according to national life tables published by the Office for National Statistics on Tuesday.",
        True,
        [
            ("date", "--10-14", None, None),
            ("duration", 79, "year", None),
            ("duration", 2, "month", None),
            ("duration", 82, "year", None),
            ("duration", 11, "month", None),
        ],
        None,
    ),
    (
        "en",
        "That takes both sexes back above their pre-pandemic levels for the first time.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "A 65-year-old man can now expect to live another 18 years and 7 months, and a woman of the same age another 21 years.",
        True,
        [
            ("duration", 65, "year", None),
            ("duration", 18, "year", None),
            ("duration", 7, "month", None),
            ("duration", 21, "year", None),
        ],
        None,
    ),
    (
        "en",
        "Among the four UK nations, Scotland still had the shortest life expectancy, at 76.9 years for men.",
        True,
        [("count", 4, None, None), ("duration", 76.9, "year", None)],
        None,
    ),
    (
        "en",
        "For men, the life expectancy gap between England's richest and poorest areas widened to 9.9 years, Ms Pritchard-Obi said.",
        True,
        [("duration", 9.9, "year", None)],
        "Pritchard-Obi",
    ),
    ("en", 'Age UK said the figures showed that "where you live still decides how long you live."', False, [], None),
    ("en", "Life expectancy for women in Wales fell slightly, the only group to see a decline.", True, [], None),
    # --- Bevölkerungsprognose bis 2080 (APA), November ---
    (
        "de",
        "Wien (APA) - Österreichs Bevölkerung wird bis 2080 auf knapp 10,3 Millionen Menschen wachsen, wie aus der am Mittwoch veröffentlichten Prognose der Statistik Austria hervorgeht.",
        True,
        [("year", 2080, None, None), ("count", 10300000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die Marke von zehn Millionen dürfte bereits 2041 überschritten werden.",
        True,
        [("count", 10000000, None, None), ("year", 2041, None, None)],
        None,
    ),
    (
        "de",
        "Der Bevölkerungsanteil der Menschen ab 65 Jahren klettert von derzeit 20 auf 29 Prozent im Jahr 2080.",
        True,
        [
            ("duration", 65, "year", "at_least"),
            ("percent", 20, "%", None),
            ("percent", 29, "%", None),
            ("year", 2080, None, None),
        ],
        None,
    ),
    (
        "de",
        "Damit wird 2080 fast jeder Dritte im Pensionsalter sein.",
        True,
        [("year", 2080, None, None), ("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Ohne Zuwanderung würde die Einwohnerzahl bis 2080 auf rund 6,9 Millionen sinken, sagte die Demografin.",
        True,
        [("year", 2080, None, None), ("count", 6900000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Zahl der Menschen im Erwerbsalter zwischen 20 und 64 Jahren werde hingegen schon ab 2028 sinken, hieß es.",
        True,
        [("duration", 20, "year", None), ("duration", 64, "year", None), ("year", 2028, None, None)],
        None,
    ),
    ("de", "Die Prognose berücksichtigt erstmals auch die Daten aus der Registerzählung.", True, [], None),
    (
        "de",
        "„Prognosen sind keine Schicksale, sondern Wegweiser“, betonte Statistik-Austria-Demografin Manuela Steinkellner.",
        False,
        [],
        None,
    ),
    # --- Haushalte in der Schweiz (Keystone-SDA), November ---
    (
        "de",
        "Neuenburg (Keystone-SDA) - In der Schweiz gab es Ende 2024 rund 4'110'000 Privathaushalte, teilte das BFS am Dienstag mit.",
        True,
        [("year", 2024, None, None), ("count", 4110000, None, "about")],
        "das BFS",
    ),
    ("de", "Die durchschnittliche Haushaltsgrösse lag bei 2,17 Personen.", True, [("count", 2.17, None, None)], None),
    (
        "de",
        "Mehr als ein Drittel aller Haushalte waren Einpersonenhaushalte, in Basel-Stadt sogar fast die Hälfte.",
        True,
        [("fraction", 0.3333, None, "over"), ("count", 1, None, None), ("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "de",
        "Im Kanton Appenzell Innerrhoden lebten dagegen in gut jedem zehnten Haushalt fünf oder mehr Personen.",
        True,
        [("fraction", 0.1, None, "over"), ("count", 5, None, "at_least")],
        None,
    ),
    (
        "de",
        "Paare mit Kindern unter 25 Jahren machten 27,4 Prozent der Haushalte aus.",
        True,
        [("duration", 25, "year", "under"), ("percent", 27.4, "%", None)],
        None,
    ),
    (
        "de",
        "«Die klassische Familie ist nicht verschwunden, sie ist nur kleiner geworden», sagte BFS-Soziologin Noémie Rappaz-Ineichen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Seit 1990 sei die Zahl der Einpersonenhaushalte um rund 70 Prozent gestiegen, so die Soziologin.",
        True,
        [("year", 1990, None, None), ("count", 1, None, None), ("percent", 70, "%", "about")],
        None,
    ),
    (
        "de",
        "Der Mieterinnen- und Mieterverband forderte mehr kleine, bezahlbare Wohnungen, nannte aber keine Zielgrösse.",
        False,
        [],
        None,
    ),
    # --- U.S. households and living alone (AP), November ---
    (
        "en",
        "WASHINGTON (AP) — Nearly 30% of American households are now made up of a single person living alone, according to new Census Bureau survey data released Tuesday.",
        True,
        [("percent", 30, "%", "nearly")],
        None,
    ),
    (
        "en",
        "There were 38.9 million one-person households, up from 27.2 million in 2000.",
        True,
        [
            ("count", 38900000, None, None),
            ("count", 1, None, None),
            ("count", 27200000, None, None),
            ("year", 2000, None, None),
        ],
        None,
    ),
    (
        "en",
        "The average household size fell to 2.48 people, the lowest since records began in 1850.",
        True,
        [("count", 2.48, None, None), ("year", 1850, None, None)],
        None,
    ),
    (
        "en",
        "Among adults aged 25 to 34, 37% lived with a spouse, compared with 56% in 1995.",
        True,
        [
            ("duration", 25, "year", None),
            ("duration", 34, "year", None),
            ("percent", 37, "%", None),
            ("percent", 56, "%", None),
            ("year", 1995, None, None),
        ],
        None,
    ),
    (
        "en",
        "Census Bureau statistician Jolene Marchetti-Banks said the share of men aged 18 to 34 living with their parents had risen to 19.8%.",
        True,
        [("duration", 18, "year", None), ("duration", 34, "year", None), ("percent", 19.8, "%", None)],
        "Jolene Marchetti-Banks",
    ),
    ("en", '"Living alone has gone from a life stage to a lifestyle," Marchetti-Banks said.', False, [], None),
    (
        "en",
        "Housing advocates argued that the country was building the wrong kind of homes for the way Americans now live.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Men married for the first time at a median age of 30.7, women at 28.9.",
        True,
        [("ordinal", 1, None, None), ("duration", 30.7, "year", None), ("duration", 28.9, "year", None)],
        None,
    ),
    # --- Hochbetagte in Deutschland (dpa), Dezember ---
    (
        "de",
        "Wiesbaden (dpa) - In Deutschland leben so viele hochbetagte Menschen wie nie zuvor: Ende 2024 waren knapp 6,4 Millionen Menschen 80 Jahre oder älter, wie aus Zahlen des Statistischen Bundesamts hervorgeht.",
        True,
        [("year", 2024, None, None), ("count", 6400000, None, "nearly"), ("duration", 80, "year", "at_least")],
        None,
    ),
    (
        "de",
        "Das waren 7,6 Prozent der Bevölkerung und damit 3,7 Prozentpunkte mehr als 1995.",
        True,
        [("percent", 7.6, "%", None), ("percent", 3.7, "pp", None), ("year", 1995, None, None)],
        None,
    ),
    (
        "de",
        "Mindestens 100 Jahre alt waren rund 17.900 Menschen.",
        True,
        [("duration", 100, "year", "at_least"), ("count", 17900, None, "about")],
        None,
    ),
    (
        "de",
        "Fast drei Viertel der über 100-Jährigen sind Frauen.",
        True,
        [("fraction", 0.75, None, "nearly"), ("duration", 100, "year", "over")],
        None,
    ),
    (
        "de",
        "Destatis-Experte Ansgar Pfefferkorn sagte, bis 2040 dürfte die Zahl der Menschen ab 80 auf rund 7,9 Millionen steigen.",
        True,
        [("year", 2040, None, None), ("duration", 80, "year", "at_least"), ("count", 7900000, None, "about")],
        "Ansgar Pfefferkorn",
    ),
    ("de", "Der Sozialverband Deutschland sprach von einem „Pflegenotstand mit Ansage“.", False, [], None),
    ("de", "Den höchsten Anteil Hochbetagter verzeichnete Sachsen, den niedrigsten Hamburg.", True, [], None),
    ("de", "Ob es genug Pflegekräfte für diese Entwicklung geben wird, ließ die Sprecherin offen.", False, [], None),
    # --- Vorausberechnung für Bayern (dpa/lby), Dezember ---
    (
        "de",
        "Fürth (dpa/lby) - Bayerns Bevölkerung wird nach einer Vorausberechnung des Landesamts für Statistik bis 2044 um rund 460.000 auf dann etwa 13,9 Millionen Menschen wachsen.",
        True,
        [("year", 2044, None, None), ("count", 460000, None, "about"), ("count", 13900000, None, "about")],
        None,
    ),
    (
        "de",
        "Das Wachstum speist sich ausschließlich aus Zuzügen, denn in Bayern sterben seit Jahren mehr Menschen, als geboren werden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Oberbayern legt mit 5,8 Prozent am stärksten zu, Oberfranken verliert 3,1 Prozent.",
        True,
        [("percent", 5.8, "%", None), ("percent", 3.1, "%", None)],
        None,
    ),
    (
        "de",
        "Landesamtspräsident Sönke Harmsen-Ebel sagte, jeder vierte Bayer werde 2044 älter als 67 Jahre sein.",
        True,
        [("fraction", 0.25, None, None), ("year", 2044, None, None), ("duration", 67, "year", "over")],
        "Sönke Harmsen-Ebel",
    ),
    ("de", "„Bayern bleibt ein Zuzugsland, und darauf können wir stolz sein“, sagte Harmsen-Ebel.", False, [], None),
    (
        "de",
        "In 24 der 71 Landkreise wird die Einwohnerzahl den Berechnungen zufolge sinken.",
        True,
        [("count", 24, None, None), ("count", 71, None, None)],
        None,
    ),
    (
        "de",
        "Der Bayerische Gemeindetag forderte, die Kommunen auf dem Land bei Kitas und Schulen nicht zu vergessen.",
        False,
        [],
        None,
    ),
    # --- U.S. population estimates (AP), December ---
    (
        "en",
        "WASHINGTON (AP) — The United States added 2.6 million residents in the year ending July 1, reaching about 343.9 million, with immigration accounting for about four in five of them, according to population estimates the Census Bureau released Tuesday.",
        True,
        [
            ("count", 2600000, None, None),
            ("date", "--07-01", None, None),
            ("count", 343900000, None, "about"),
            ("fraction", 0.8, None, "about"),
        ],
        None,
    ),
    (
        "en",
        "Net international migration totaled 2.1 million, down from 2.8 million a year earlier.",
        True,
        [("count", 2100000, None, None), ("count", 2800000, None, None)],
        None,
    ),
    (
        "en",
        "Births outnumbered deaths by about 519,000, the smallest natural increase in decades outside the pandemic.",
        True,
        [("count", 519000, None, "about")],
        None,
    ),
    (
        "en",
        "Texas gained 512,000 people, the most of any state, followed by Florida with 448,000.",
        True,
        [("count", 512000, None, None), ("count", 448000, None, None)],
        None,
    ),
    (
        "en",
        "Two dozen states grew faster than the national rate of 0.8%, while three — West Virginia, Vermont and Mississippi — lost population.",
        True,
        [("count", 24, None, None), ("percent", 0.8, "%", None), ("count", 3, None, None)],
        None,
    ),
    ("en", "Every region except the Northeast gained population.", True, [], None),
    (
        "en",
        "Census Bureau demographer Darius Whitcombe said that without immigration, the population would have grown by only 0.15% last year.",
        True,
        [("percent", 0.15, "%", None)],
        "Darius Whitcombe",
    ),
    ("en", '"Immigration is carrying the demographic weight of this country," Whitcombe said.', False, [], None),
    (
        "en",
        'A White House spokesperson hailed the lower migration figure as proof that "the border is closed."',
        False,
        [],
        None,
    ),
    # --- Scotland's births and deaths (PA), December ---
    (
        "en",
        "EDINBURGH (PA) - Deaths outnumbered births in Scotland for the 12th year running, National Records of Scotland figures showed.",
        True,
        [("ordinal", 12, None, None)],
        None,
    ),
    (
        "en",
        "There were 44,600 births and 61,200 deaths last year, a natural decrease of 16,600.",
        True,
        [("count", 44600, None, None), ("count", 61200, None, None), ("count", 16600, None, None)],
        None,
    ),
    (
        "en",
        "Scotland's fertility rate fell to 1.23 children per woman, the lowest of any UK nation.",
        True,
        [("count", 1.23, None, None)],
        None,
    ),
    (
        "en",
        "Net migration of 41,700 meant the population still rose, to 5.58 million.",
        True,
        [("count", 41700, None, None), ("count", 5580000, None, None)],
        None,
    ),
    (
        "en",
        "NRS statistician Alasdair Munro-Kerr said a quarter of Scotland's people would be 65 or older by 2045.",
        True,
        [("fraction", 0.25, None, None), ("duration", 65, "year", "at_least"), ("year", 2045, None, None)],
        "Alasdair Munro-Kerr",
    ),
    ("en", 'The Scottish Conservatives said the numbers were "a damning verdict on years of drift."', False, [], None),
    (
        "en",
        '"Scotland needs people, and it needs them in every part of the country," a Scottish Government spokesperson said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Highlands, the Western Isles and Argyll and Bute recorded more deaths than births in every month of the year.",
        True,
        [],
        None,
    ),
]
