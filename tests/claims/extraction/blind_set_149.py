"""Hundred-and-forty-ninth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, places of minor note, works
and figures are made up (Gerlinde Hofstätter, Katrin Wessendorf, Beat Zumstein, Lukas
Brenneis, Vantrex, Jannik Oberle, Bank Hollmer, Amélie Rouvier, Annette Brüggemann, Theresa
Koller, Damian Imboden, Fabian Kröll, Noah Rüegg, Sindre Haugland, Lia Wenger, Hanna
Vogtländer and her comedy „Onkel Bernds Erbe“, Ulrike Strasser; Alan Pennock, Dana
Whitcombe, Luis Ortega, Halloway & Crane, Fiona Mallory, Tomas Vaikla, Typhoon Dalisay,
Rosario Dumlao, Hana Okoro, Deborah Leyland, Niall Ferris, Caroline Marsh, QuickCart, Marcus
Dell, Katja Lindqvist, Tom Kessling, Brenda Kowalczyk, Redbridge Rovers, Gary Holcombe, Lee
Varney, Millbrook, Ian Fensome, Castleford Town, Jalen Brooks, Darnell Pike, Marco
Villeneuve, Cinevue, Lauren Beck, Lucien Marchal, Sophie Darrieux, Harbour Lights, the
Ashcroft Theatre, Nicola Brand, Holly Renwick); ministers, coaches and office holders of real
places appear under made-up names that stand for no real holder, or by their role only ("der
Verteidigungsminister", "die Arbeiterkammer-Präsidentin", "der Verkehrsminister", "der
Cheftrainer", "die Nationaltrainerin", "The shadow housing secretary"). Real bodies, teams,
events and places ("Ministerrat", "Seniorenrat", "Bundestag", "Bundesrat", "Deutsche
Krankenhausgesellschaft", "Nationalrat", "Ständerat", "SP", "Ifo-Institut", "Dax",
"Arbeitsmarktservice", "AMS", "Wifo", "Arbeiterkammer", "SNCF", "TGV", "Landgericht
Hamburg", "Bundesgerichtshof", "Agentur für Gesundheit und Ernährungssicherheit", "AGES",
"Deutscher Wetterdienst", "DWD", "Zermatt", "Visp", "Kantonspolizei Wallis", "SLF",
"Gurgl", "ORF", "Val d’Isère", "Letzigrund", "Schweizerischer Fussballverband",
"Hauptverband Deutscher Filmtheater", "Salzburger Festspiele", "Idomeneo"; "National
Housing Federation", "Senate", "House", "European Central Bank", "ECB", "Tallinn", "Office
of Civil Defense", "Isabela", "World Food Programme", "WFP", "Manchester Crown Court",
"Greater Manchester Police", "Stockport", "World Health Organization", "WHO", "UNICEF",
"National Weather Service", "Lackawanna", "New York State Thruway", "Orchard Park",
"Championship", "Indiana Pacers", "Charlotte Hornets", "NBA", "LSEG", "Grand Palais",
"Ostend", "West End") stand for the way wire copy names them; every rate, tally, vote, sum,
toll, sentence, score, date and quote here is invented, and where a real figure came to mind
it was changed.

Its weight: AN ORDINARY MIXED WIRE DAY, half German and half English - one Wednesday in
mid-November, 30 short stories in story order across politics, economy, world news, courts,
health, weather, sport and culture, each told as wire copy runs it (a dateline lead, the
figures, attributed claims, the other side, quotes, a reaction), German and English desks
alternating. Half German (APA, dpa, Keystone-SDA, Reuters German, AFP German; Austrian
"Pensionistinnen und Pensionisten", "heuer", "Spitälern", "Kuratorium", German
"Notaufnahme", "Bauhauptgewerbe", Swiss "Entscheid", "fliessen", "Innert", "Spital", "Zermatt
VS", "3'100 Metern über Meer", "8'412 Zuschauern", «» quotes, German „“ quotes): Austria's
pension rise, Germany's emergency-care reform, the Swiss army budget, the Ifo index,
Austrian unemployment, the Dax and a chip supplier's warning, a French rail strike, a
solar-fraud verdict in Hamburg, the flu season in Austria, the first snow in Germany, an
avalanche near Zermatt, a slalom in Gurgl, Switzerland's women's team, a German comedy's
record start and the Salzburg Festival's budget. Half English (Reuters, AP, AFP, PA): a
British social-housing plan, a US disaster-aid bill, a retailer's profit warning, euro zone
wages, a typhoon in the Philippines, food-aid cuts for refugees, a care-home fraud, a jury
award against a delivery app, measles in Europe, lake-effect snow in New York, a football
manager sacked, an NBA game, a streaming price rise, a retrospective in Paris and a West End
musical closing. Figures as such copy has them: number words and compounds ("zum zweiten Mal
in Folge", "zum 29. Mal in Folge", "jeder dritte Besuch", "jedes fünfte Unternehmen", "etwa
jeder zweite Zug", "fünfeinhalb Jahre", "zwölf enthielten sich", "Siebenter", "Dritter",
"das 17. Tor", "a 132-mile stretch", "a two-week absence", "four meetings in a row", "the
ninth Championship manager", "twice"), shares in words ("Knapp ein Viertel", "ein Drittel
davon", "a third of the money", "roughly a third", "About one in five", "about a quarter",
"Half of the term", "about a fifth"), tallies and definite groups ("392 ..., 241 ...,
zwölf", "Mit 112 zu 79 Stimmen", "by a vote of 68 to 31", "Only 11 of the 53 countries",
"19 of his 27 shots", "seven of their last nine", "19 davon"), hedges and ranges, index
points, degrees with "minus", speeds with a converted figure, ages, sentences and spans,
money in euros, francs, dollars and pounds, years, dates with and without a year, AP-style
abbreviated months and Swiss apostrophes. Negatives as such copy has them: ministers',
executives', judges', coaches', curators' and officials' quotes of feeling, verdict and
resolve, labels of parties, lobbies and a shadow minister, an appeal and a warning, forecasts
without a figure, traders' and analysts' views, open questions, a vox pop, scene colour and a
reaction of fans - four of them carrying figures, labelled.

240 rows (120 German, 120 English), 57 negatives (28 German, 29 English), 183 check-worthy
rows of which 17 carry no figure (10 German, 7 English), 293 expected quantities (108
counts, 39 durations - 21 in years, 6 in months, 4 in weeks, 3 in days, 2 in hours, 2 in
seconds, 1 in minutes -, 38 amounts of money - 17 USD, 12 EUR, 7 GBP, 2 CHF -, 35
percentages (all in %), 26 ordinals, 19 years, 16 dates, 12 fractions; 6 of them in four
negatives, as the seventeenth batch labels a figure in a negative), 35 checked speakers (17
German, 18 English). Sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, feeling or piece of rhetoric is a negative with speaker None, also with a
  named speaker and an office (seventh, eighteenth, ninety-eighth, hundred-nineteenth,
  hundred-thirty-first, hundred-forty-eighth); a quoted or reported statement of fact or
  figure is check-worthy with its speaker. The pairs from one speaker: "Der Staatshaushalt
  wird dadurch 2026 mit rund 1,9 Milliarden Euro belastet, sagte Sozialministerin Gerlinde
  Hofstätter ..." ->
  "Gerlinde Hofstätter" beside „Niemand in diesem Land wird im Alter im Stich gelassen“;
  Wessendorf's "jeder dritte Besuch" beside her „Meilenstein“; "Whitcombe said more than 300
  counties ..." beside her "lifeline"; Mallory's warm October beside "We are disappointed
  ..."; Koller's vaccination tally beside her appeal; Strasser's 75 per cent beside „Die
  Festspiele gehören allen ...“; Darrieux's loans beside her "light ... fog"; Dell's 11
  surgeries beside "No amount of money ...". Konjunktiv I paraphrases of a figure or a fact
  are check-worthy with the speaker their own attribution gives (Wessendorf, Hofstätter,
  Koller; hundred-nineteenth, hundred-forty-eighth).
- Check-worthy without a figure (ninety-eighth, hundred-fourteenth to hundred-forty-eighth):
  a mood index falling, a rail strike halting traffic, a flu season starting early, free
  vaccination, a confession, an appeal announced and "Rechtskräftig ist die Entscheidung
  damit noch nicht." (hundred-nineteenth, hundred-forty-eighth: "Das Urteil ist noch nicht
  rechtskräftig."), a defence's argument, "QuickCart said in a statement it would appeal.",
  a danger level in the avalanche bulletin, a test match lost ("mit 1:2" none), the
  commission's plan for the money, the ECB policymaker's stated position, a chief
  executive's reason for weak sales, a prosecutor's account, a caretaker coach named, a
  sold-out final week and a measles toll that "nearly halved" ("halved" a verb and no
  fraction, hundred-thirty-seventh; hundred-forty-eighth: "fast verdoppelt"). New: "Die
  Opposition hielt der Regierung vor, damit zum zweiten Mal in Folge unter der Inflationsrate
  abzuschließen." is check-worthy with ordinal 2 - the reproach states a record a reader can
  check, unlike a label ("sprach von ...").
- Forecasts, plans and estimates with a figure are check-worthy (seventh, eightieth,
  hundred-nineteenth, hundred-twenty-fourth, hundred-forty-eighth): the government's growth
  forecast for 2026, Vantrex's sales range, the retailer's profit range, the Ifo poll of
  economists ("Experten hatten in einer Reuters-Umfrage ... vorhergesagt"), snow "bis zu 25
  Zentimeter" by Friday, the frost "auf bis zu minus 12 Grad", the DWD meteorologist's
  warning for "Lagen ab 400 Metern", the army spending "bis 2030 auf rund 1 Prozent", the
  festival's 2026 budget, the tour "in September 2026", the strike "zunächst 48 Stunden",
  ration cuts "by up to 40% from January" and donors meeting "on Dec. 3" (sixty-fifth:
  scheduled sittings). New: "Money markets see roughly a 25% chance of a further rate cut by
  June." is check-worthy - a probability the market prices is a figure read off the market,
  unlike "Traders now see another Bank of England rate cut before Christmas as likely."
  (hundred-forty-eighth, negative without a figure). Forecasts without a figure are
  negatives (forty-seventh, hundred-nineteenth, hundred-forty-eighth): "Vom Wochenende an
  soll es laut DWD wieder milder werden.", "Forecasters said the typhoon would weaken ...",
  "Forecasters expect the band of snow ...", "Economists polled by Reuters expect wage growth
  to ease further ...", "Health officials fear a resurgence ...". "Das Wifo erwartet eine
  Trendwende am Arbeitsmarkt erst in der zweiten Jahreshälfte 2026." is a negative with
  ordinal 2 and year 2026 labelled (hundred-twenty-fourth: "... in der zweiten Jahreshälfte
  nachlässt." with its ordinal 2 labelled). New: the year beside the half-year does not make
  the outlook a figure forecast - it only dates the turn and measures nothing.
- Other negatives (ninety-eighth to hundred-forty-eighth): labels ("Der Seniorenrat sprach
  von ...", "Die Deutsche Krankenhausgesellschaft sprach von ...", "Die SP warf der
  bürgerlichen Mehrheit vor, «auf dem Buckel der Ärmsten» aufzurüsten.", "The shadow
  housing secretary called the plan ...", "Der Verkehrsminister nannte den Streik ...",
  "Der Cheftrainer sprach von ...", "Kritiker hatten den Film ... verrissen."); appeals
  („Wer nicht fahren muss, ...“, riet ein Polizeisprecher; „Eine Impfung schützt ...“,
  appellierte Koller; hundred-sixteenth); open questions ("Whether builders can find ...",
  "It was not immediately clear when ...", "Ob die Welle ...", "Ob der Bund ...";
  hundred-nineteenth); warnings without a figure ("Aid groups warned ..."); doubt and
  questioning ("Viele Ökonomen bezweifeln, ...", "Analysts questioned whether ...");
  "Investors will be watching whether ..." (hundred-forty-eighth: "Investors will look to
  ..."); vox pops (Ortega, Dumlao with her age 54 and "three grandchildren" labelled,
  Kowalczyk with "40 years" labelled; seventeenth: a figure in a negative labelled); scene
  colour and fans (the queue that "snaked twice around the courtyard" with count 2 labelled,
  fans chanting, fans celebrating, fans mourning a closure; hundred-nineteenth). New:
  "Händler verwiesen auf Gewinnmitnahmen nach der jüngsten Rekordjagd." is a negative -
  dealers' explanation of a market move is a market view, as "Dealers said the result
  showed ..." (hundred-forty-eighth), not an attributed fact.
- Counts (every batch): tallies ("stimmten 392 Abgeordnete, 241 votierten dagegen, zwölf
  enthielten sich", "Mit 112 zu 79 Stimmen ..., 3 Ratsmitglieder", "by a vote of 68 to 31" -
  hundred-nineteenth: "by a vote of 41 to 15"), definite groups ("Only 11 of the 53
  countries", "19 of his 27 shots", "won 19 of his 61 matches", "seven of their last nine",
  "Nine of the dead", "184 works, 40 of them", "212 Grippekranke ..., 19 davon" - "davon" no
  hedge; forty-first), "three annual instalments" 3, "in 14 states" 14, "in the 20 countries
  that share the euro" 20, "for four meetings in a row" 4, "have lost four straight" 4,
  "after a run of eight games" 8, "two points above" 2, "nach zwei Durchgängen" 2
  (hundred-thirty-third: "nach zwei Läufen"), "mit zwei Toren" 2, "aus den letzten fünf
  Länderspielen" 5, "a career-high 51 points" 51 (hundred-twenty-fourth: "a career-high 52
  points"), "is averaging 27.3 points" with no hedge, index points ("86,9 Punkte nach 87,6
  Zählern" both, "auf 88,0 Punkte", "um 2,3 Punkte", "bei 23.412 Punkten"; hundred-forty-
  eighth), degrees ("bis zu minus 12 Grad" -12 "up_to", "minus sieben Grad" -7 - "Grad" a
  count, tenth; "minus" a sign, eighty-eighth), lengths, heights and snow ("bis zu 25
  Zentimeter" and "bis zu 80 Zentimeter" "up_to", "ab 400 Metern" with "ab" no hedge, "rund
  300 Metern", "etwa 3'100 Metern über Meer" "about" - Swiss apostrophe, tenth -, "more than
  4 feet" "over", "3 inches an hour" - "an hour" none -, "A 132-mile stretch" 132 - a figure
  heading a compound, the issue's "28-Punkte-Entwurf"; hundred-seventh: "at about 2,100
  meters (6,900 feet)"), speeds ("185 kph (115 mph)" both, the converted figure in brackets
  no hedge - eightieth -, "gusts of up to 230 kph" "up_to"), "at least 17", "At least 14"
  "at_least", "more than 240,000", "More than 3,000", "more than 600", "mehr als 130", "mehr
  als 140.000" "over", "at least 90,000 ... a year" "at_least" ("a year" none), "Nearly
  30,000" "nearly", "about 60", "about 9,400", "Around 1.3 million", "around 25,000", "rund
  730", "Rund 90.000", "Rund 11.000" "about". None: "Zermatt VS" (a canton's abbreviation),
  "Ifo", "A UK tour", "ein paar Eingeweihten", "Tickets for the final week", "the daughter of
  one resident", "ein Meteorologe", scores ("mit 1:2", "131-124", "38-22"; hundred-twenty-
  fourth: "128-119").
- Ordinals and fractions (the issue; every batch): "zum zweiten Mal in Folge" 2, "zum 29.
  Mal in Folge" 29 (hundred-forty-eighth: "zum fünften Mal in Folge"), "Der erste
  Wintereinbruch der Saison" 1, "Es ist der dritte tödliche Lawinenunfall" 3, "seinen ersten
  Weltcupsieg" 1, "Dritter wurde" 3 and "nur Siebenter" 7 (hundred-thirty-third: "finished
  third"), "nach dem ersten Durchgang" 1 (hundred-forty-eighth: "Start des ersten
  Durchgangs"), "in der 34. Minute" 34, "das 17. Tor" 17, "die vierte Niederlage" 4, "am
  ersten Wochenende" 1, "In den ersten zehn Monaten" ordinal 1 with the span
  (hundred-forty-eighth: "in den ersten neun Monaten"), "the group's second profit warning"
  2, "in the third quarter" 3, "the 21st tropical cyclone" 21, "22nd in the Championship"
  22, "the ninth Championship manager" 9, "in his fourth NBA season" 4, "the second price
  increase" 2, "in its first eight weeks" 1 with the span, "in its first year" 1,
  "Coverage with the first dose" 1 (ninety-ninth: "the first week of July"). Fractions:
  "jeder dritte Besuch" 0.3333, "etwa jeder zweite Zug" 0.5 "about", "bei den
  TGV-Schnellzügen jeder dritte" 0.3333 (the elliptic share), "jedes fünfte Unternehmen" 0.2
  (the issue's "jeder vierte"), "Knapp ein Viertel" 0.25 "nearly", "ein Drittel davon"
  0.3333 ("davon" no hedge), "a third of the money" 0.3333, "roughly a third" 0.3333
  "about", "About one in five" 0.2 "about" (hundred-second), "about a quarter" 0.25
  "about", "Half of the term" 0.5 (hundred-forty-eighth: "half of whom"), "by about a fifth"
  0.2 "about" ("by" before a difference no hedge).
- Percentages: "um 2,7 Prozent", "bei 2,9 Prozent", "ein Plus von 6,8 Prozent zum Vorjahr",
  "um 17 Prozent auf 71.300", "0,8 Prozent tiefer" ("tiefer" after the figure no hedge,
  hundred-first), "um 11,5 Prozent", "auf 2,1 Prozent", "4 Prozent weniger" ("weniger" after
  the figure no hedge, hundred-forty-eighth), "um 15 Prozent mehr", "knapp 28 Prozent"
  "nearly", "Rund 75 Prozent" "about", "im Schnitt um 3 Prozent" ("im Schnitt" no hedge),
  "lag bei 97 Prozent", "auf rund 1 Prozent des Bruttoinlandprodukts" "about"; "down 14%",
  "fell 4.2%", "slowed to 2.3% ... from 3.6%" both, "rose 1.7%", "at 2.25%", "at 2.4%",
  "roughly a 25% chance" "about", "by up to 40%" "up_to", "the 95% vaccination coverage",
  "fell to 91% in 2024 from 93%", "70% responsible", "rose 12%", "rose 6%", "gained about
  40%" "about".
- Durations and ages (the issue; every batch): "der zwölf Monate bis Juli" 12 months
  (hundred-forty-eighth: "der letzten zwölf Monate"), "in den kommenden vier Jahren" 4
  years, "zunächst 48 Stunden", "Innert 48 Stunden" (ninety-ninth: "innert 60 Tagen"),
  "innert sechs Minuten" 6 minutes, "0,14 Sekunden" and "mit 0,38 Sekunden Rückstand"
  seconds, "in 38 Tagen" 38 days, "in 44 Tagen" 44 days, "In den ersten zehn Monaten" 10
  months, "zu vier Jahren und drei Monaten Haft" both units (hundred-forty-eighth: "zu einer
  Haftstrafe von fünf Jahren und neun Monaten"), "fünfeinhalb Jahre" 5.5 years (twentieth:
  "siebeneinhalb"); "over the next four years" 4 years with no hedge ("over" before an
  article, forty-first), "to a three-year low" 3 years (eighty-seventh), "in the 13 weeks to
  Nov. 15" 13 weeks, "in the previous three months" 3 months (ninety-first), "over three
  years" 3 years, "jailed for six years", "about two days" "about", "a two-week absence" 2
  weeks (the issue's "a two-week visit"), "two years earlier" 2 years, "in 18 months", "a run
  of 14 months", "in its first eight weeks" 8 weeks, "extended by two weeks" 2 weeks ("by"
  before a difference no hedge). Ages are durations in years ("einen 47-jährigen
  Geschäftsmann", "Ein 38-jähriger Deutscher", "Sein 41-jähriger Begleiter", "Der
  26-jährige Tiroler", "Bei den über 65-Jährigen" 65 "over" - hundred-forty-eighth: "adults
  over 75" -, "Deborah Leyland, 52,", "Holcombe, 49,", "his 34-year-old client", "A
  71-year-old man", "at the age of 81", "visitors under 26" 26 "under" - fifty-fifth:
  "aged under 25" "under" -, the vox pop's "54" labelled). None: "im kommenden Jahr",
  "heuer", "in diesem Winter", "monatlich" (as "täglich", hundred-forty-eighth), "jährlich",
  "im Vorjahr", "im Vormonat", "this year", "next year", "last year", "this season", "a
  month", "an hour", "a year", "around the clock", "later in the week", weekdays ("am
  Mittwoch", "In der Nacht auf Donnerstag", "on Wednesday night", "Saturday's"), months and
  seasons ("im November", "bis Juli", "from January", "by June", "since July", "in
  October", "since March", "since the summer", "in March 2024" and "in September 2026" their
  years only - hundred-forty-eighth: "im Sommer 2026" its year only) and "shortly after
  midnight".
- Money in the currency written (every batch): EUR ("mehr als 2.600 Euro brutto monatlich"
  "over", "pauschal 70 Euro", "rund 1,9 Milliarden Euro", "um rund 1,2 Milliarden Euro"
  "about" - "um" before a difference no hedge -, "zwischen 1,35 und 1,4 Milliarden Euro"
  both - "zwischen" no hedge, the currency written once, hundred-seventeenth -, "rund 8,4 Millionen
  Euro", "knapp 4,1 Millionen Euro" "nearly", "6,2 Millionen Euro", "68,4 Millionen Euro",
  "495 Euro", "19 euros"), CHF ("1,1 Milliarden Franken mehr" - "mehr" after the figure no
  hedge -, "250 Millionen Franken pro Jahr" - "pro Jahr" none), USD ("$98 billion", "$41
  billion", "about $12 billion", "$6 billion", "about $87 billion", "$4.1 billion of the $9.7
  billion" both, "$38.5 million", "$8.5 million ... $30 million", "by $2 to $17.99 a month"
  both - "a month" none -, "to $5.6 billion, slightly above the average analyst estimate of
  $5.5 billion" both - "above" before an article no hedge -, "at $1.1590" and "bei 1,1586
  Dollar" exchange rates in USD - eleventh: "Sterling climbed ... to $1.3418" -, "auf 4.071
  Dollar"), GBP ("£3.4 billion", "62 million to 68 million pounds" both - the "to" of a range
  no hedge, hundred-nineteenth -, "about 80 million pounds", "more than £180,000" "over",
  "about £40,000" "about", "£7.5 million").
- Years and dates: "für 2026", "dadurch 2026", "ab 2028" ("ab" no hedge), "bis 2030", "zwischen 2019 und
  2023" both, "Für 2026", "2026" beside the half-year (labelled, above), "in 2023", "the
  2022 crash", "in 2024 ... in 2023", "in 2024", "in 2025", "since 2019", "in 1958";
  "vom 1. Januar 2027 an" the full date 2027-01-01 (hundred-forty-eighth: "ab dem 1. Januar
  2027"), "am 12. Dezember" --12-12, "am 9. Dezember" --12-09, "am 14. Dezember" --12-14,
  "am 27. Februar" --02-27, "am 20. Juli" --07-20, AP-style abbreviated months ("to Nov. 15"
  --11-15, "on Dec. 3" --12-03, "until Jan. 25" --01-25, "on Jan. 10" --01-10;
  hundred-thirty-fourth: "Jan. 5-6"; "until" before a date no hedge, as "bis",
  hundred-thirty-fifth); Reuters and AFP datelines with a day ("LONDON, Nov 19 (Reuters)",
  "FRANKFURT, Nov 19", "GENEVA, Nov 19", "COPENHAGEN, Nov 19", "LOS ANGELES, Nov 19 (Reuters)",
  "PARIS, Nov 19 (AFP)"; hundred-fifteenth) --11-19; APA, dpa, Keystone-SDA, Reuters German,
  AFP German, AP and PA datelines none (seventy-ninth).
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "About", "around",
  "Around", "roughly" "about"; "knapp", "Knapp", "Nearly" "nearly"; "mehr als", "more
  than", "More than", "über" before an age and "over" before an age "over"; "at least", "At
  least" "at_least"; "bis zu", "up to" "up_to"; "under" before an age "under". No hedge:
  "davon", "im Schnitt", "zunächst", "bislang", "bisher", "derzeit", "inzwischen",
  "zwischen", "ab", "um" and "by" before a difference, "over" before an article, "until",
  "averaging", "slightly above" before an article, "mehr", "weniger", "tiefer" after a
  figure. New: "Wer mehr als 2.600 Euro brutto monatlich bezieht" is 2600 EUR "over" - the
  threshold of a rule takes its hedge as any other figure does, the rule's wording is not a
  separate category.
- Speakers, checked only in forms the earlier batches settled: "sagte X" and "X sagte, ..."
  and "X said" with the title dropped ("Sozialministerin", "Gesundheitsministerin",
  "Kommissionssprecher", "die kaufmännische Direktorin" - hundred-thirty-first: "sagte der
  Vorsitzende Richter Hendrik Leuschner" -, "Housing Secretary", "Chief Executive",
  "Prosecutor", "Erie County Executive", "Curator", "Producer"; fifteenth,
  hundred-eighteenth, hundred-forty-eighth), "ECB policymaker Tomas Vaikla said in a speech
  in Tallinn" -> "Tomas Vaikla" (the occasion dropped, hundred-thirty-ninth: "said in a
  speech in Glasgow"), the surname as written when the full name came earlier
  ("Hofstätter sagte, ...", "Whitcombe said"; hundred-forty-eighth: "Ashcombe said"),
  "wie das Ifo-Institut am Mittwoch mitteilte" -> "das Ifo-Institut", "teilte das
  Arbeitsmarktservice (AMS) mit" -> "das Arbeitsmarktservice" and "nach Angaben der Agentur
  für Gesundheit und Ernährungssicherheit (AGES)" -> "die Agentur für Gesundheit und
  Ernährungssicherheit" (the abbreviation in brackets dropped, the source in the
  nominative; eighty-fifth, ninety-second, hundred-forty-eighth), "Nach Angaben der SNCF" ->
  "die SNCF", "Nach Angaben des Verleihs" -> "der Verleih", "teilte die Regionalverwaltung
  mit", "teilte das Gericht mit", "teilte die Polizei mit", "teilte der Schweizerische
  Fussballverband mit", "wie die Kantonspolizei Wallis mitteilte" and "wie der Hauptverband
  Deutscher Filmtheater mitteilte" (hundred-forty-eighth). English: "the National Housing
  Federation said", "the Office of Civil Defense said", "the World Food Programme said on
  Wednesday" (the weekday dropped), "the National Weather Service said" with the article
  (eightieth), "the WHO said" -> "the WHO" (sixty-ninth), "police said" -> "police"
  (hundred-second), "Greater Manchester Police said" as written (hundred-nineteenth), "the
  club said" (hundred-ninth), "the theatre said", "QuickCart said in a statement" ->
  "QuickCart" (tenth, eleventh). Left unchecked (None): "ein Meteorologe des Deutschen
  Wetterdienstes", "ein Polizeisprecher", "a spokesperson" and "der Verteidigungsminister"
  (roles without a name, hundred-fifteenth), "laut DWD" in a negative, "Experten hatten in
  einer Reuters-Umfrage", "Economists polled by Reuters", "Forecasters said", "officials
  said" and "organisers said" (groups, forty-first, hundred-tenth), "its producers
  announced" (a plural group with a possessive), "nach Überzeugung der Richter" and "the
  court heard" (the court's findings, as the earlier batches leave them), "according to
  official figures", "according to a WFP survey", "the report showed", "according to LSEG
  data", "European Central Bank data showed" (data and documents, hundred-forty-eighth),
  "it said" (a pronoun, seventy-seventh; hundred-thirtieth: "it said in a statement"), "Streaming service Cinevue said" (a description
  before the name, fortieth), "laut dem Lawinenbulletin des SLF", rows without attribution
  and all negatives, also those with a named speaker. New: "the WHO and UNICEF said" is left
  unchecked - two bodies speak jointly and no single string is the speaker. New: "Attorney
  Marcus Dell, who represented the cyclist, said ..." is left unchecked - a relative clause
  between the name and the verb is a form no earlier batch settled.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_149 = [
    # --- Ministerrat beschließt Pensionsanpassung (APA) ---
    (
        "de",
        "Wien (APA) - Der Ministerrat hat am Mittwoch die Pensionsanpassung für 2026 beschlossen, die Bezüge steigen um 2,7 Prozent.",
        True,
        [("year", 2026, None, None), ("percent", 2.7, "%", None)],
        None,
    ),
    (
        "de",
        "Wer mehr als 2.600 Euro brutto monatlich bezieht, erhält anstelle des Prozentsatzes pauschal 70 Euro.",
        True,
        [("money", 2600, "EUR", "over"), ("money", 70, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Staatshaushalt wird dadurch 2026 mit rund 1,9 Milliarden Euro belastet, sagte Sozialministerin Gerlinde Hofstätter nach der Regierungssitzung.",
        True,
        [("year", 2026, None, None), ("money", 1900000000, "EUR", "about")],
        "Gerlinde Hofstätter",
    ),
    (
        "de",
        "Von der Erhöhung profitieren rund 2,5 Millionen Pensionistinnen und Pensionisten.",
        True,
        [("count", 2500000, None, "about")],
        None,
    ),
    (
        "de",
        "Maßgeblich ist die durchschnittliche Teuerung der zwölf Monate bis Juli, sie lag bei 2,9 Prozent.",
        True,
        [("duration", 12, "month", None), ("percent", 2.9, "%", None)],
        None,
    ),
    ("de", "„Niemand in diesem Land wird im Alter im Stich gelassen“, sagte Hofstätter.", False, [], None),
    ("de", "Der Seniorenrat sprach von einem „schmerzhaften Realverlust für die Älteren“.", False, [], None),
    (
        "de",
        "Die Opposition hielt der Regierung vor, damit zum zweiten Mal in Folge unter der Inflationsrate abzuschließen.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    # --- Government unveils social housing plan (PA) ---
    (
        "en",
        "LONDON (PA) - The Government will fund 18,000 new social rent homes over the next four years under a plan unveiled on Wednesday.",
        True,
        [("count", 18000, None, None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "en",
        "Housing Secretary Alan Pennock said the programme would cost £3.4 billion and create around 25,000 construction jobs.",
        True,
        [("money", 3400000000, "GBP", None), ("count", 25000, None, "about")],
        "Alan Pennock",
    ),
    (
        "en",
        "Councils will receive a third of the money up front, with the rest paid in three annual instalments.",
        True,
        [("fraction", 0.3333, None, None), ("count", 3, None, None)],
        None,
    ),
    ("en", '"Families in temporary accommodation have waited far too long for this," Pennock said.', False, [], None),
    (
        "en",
        "Around 1.3 million households are on council waiting lists in England, according to official figures.",
        True,
        [("count", 1300000, None, "about")],
        None,
    ),
    (
        "en",
        'The shadow housing secretary called the plan "a drop in the ocean dressed up as a revolution".',
        False,
        [],
        None,
    ),
    (
        "en",
        "The sector needs at least 90,000 new social homes a year to keep up with demand, the National Housing Federation said.",
        True,
        [("count", 90000, None, "at_least")],
        "the National Housing Federation",
    ),
    (
        "en",
        "Whether builders can find enough bricklayers and electricians to deliver the homes remains an open question.",
        False,
        [],
        None,
    ),
    # --- Bundestag beschließt Reform der Notfallversorgung (dpa) ---
    (
        "de",
        "Berlin (dpa) - Der Bundestag hat am Mittwoch eine Reform der Notfallversorgung verabschiedet, die vom 1. Januar 2027 an greifen soll.",
        True,
        [("date", "2027-01-01", None, None)],
        None,
    ),
    (
        "de",
        "Für das Gesetz stimmten 392 Abgeordnete, 241 votierten dagegen, zwölf enthielten sich.",
        True,
        [("count", 392, None, None), ("count", 241, None, None), ("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Patientinnen und Patienten sollen künftig in rund 730 Integrierten Notfallzentren zunächst eine Ersteinschätzung erhalten.",
        True,
        [("count", 730, None, "about")],
        None,
    ),
    (
        "de",
        "Gesundheitsministerin Katrin Wessendorf sagte, jeder dritte Besuch in einer Notaufnahme sei medizinisch nicht notwendig.",
        True,
        [("fraction", 0.3333, None, None)],
        "Katrin Wessendorf",
    ),
    (
        "de",
        "Die Reform soll die Krankenkassen ab 2028 jährlich um rund 1,2 Milliarden Euro entlasten.",
        True,
        [("year", 2028, None, None), ("money", 1200000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "„Das ist ein Meilenstein für alle, die nachts mit Fieber vor einer überfüllten Ambulanz stehen“, sagte Wessendorf.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Deutsche Krankenhausgesellschaft sprach von einem „Bürokratiemonster ohne Finanzierung“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Bundesrat muss noch zustimmen, er berät das Gesetz am 12. Dezember.",
        True,
        [("date", "--12-12", None, None)],
        None,
    ),
    # --- Senate passes disaster aid package (AP) ---
    (
        "en",
        "WASHINGTON (AP) — The Senate on Wednesday passed a $98 billion disaster aid package by a vote of 68 to 31, sending it to the House.",
        True,
        [("money", 98000000000, "USD", None), ("count", 68, None, None), ("count", 31, None, None)],
        None,
    ),
    (
        "en",
        "The measure includes $41 billion for farmers hit by drought and about $12 billion to rebuild roads and bridges.",
        True,
        [("money", 41000000000, "USD", None), ("money", 12000000000, "USD", "about")],
        None,
    ),
    (
        "en",
        'Republican Sen. Dana Whitcombe of Kansas, the lead sponsor, called the vote "a lifeline for rural America."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Whitcombe said more than 300 counties in 14 states had applied for emergency help since July.",
        True,
        [("count", 300, None, "over"), ("count", 14, None, None)],
        "Whitcombe",
    ),
    (
        "en",
        "Democrats had sought an additional $6 billion for wildfire recovery in California and Oregon but dropped the demand last week.",
        True,
        [("money", 6000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The last comparable package, approved in 2023, totaled about $87 billion.",
        True,
        [("year", 2023, None, None), ("money", 87000000000, "USD", "about")],
        None,
    ),
    ("en", "It was not immediately clear when the House would take up the bill.", False, [], None),
    (
        "en",
        '"It\'s about time somebody in Washington remembered us," said Luis Ortega, who grows sorghum near Dodge City.',
        False,
        [],
        None,
    ),
    # --- Nationalrat stockt Armeebudget auf (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Nationalrat hat beschlossen, der Armee in den kommenden vier Jahren 1,1 Milliarden Franken mehr zur Verfügung zu stellen.",
        True,
        [("duration", 4, "year", None), ("money", 1100000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Mit 112 zu 79 Stimmen fiel der Entscheid, 3 Ratsmitglieder enthielten sich.",
        True,
        [("count", 112, None, None), ("count", 79, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Der Grossteil der Mittel ist für Radaranlagen und Flugabwehr-Systeme vorgesehen, sagte Kommissionssprecher Beat Zumstein.",
        True,
        [],
        "Beat Zumstein",
    ),
    (
        "de",
        "Damit steigen die Armeeausgaben bis 2030 auf rund 1 Prozent des Bruttoinlandprodukts.",
        True,
        [("year", 2030, None, None), ("percent", 1, "%", "about")],
        None,
    ),
    (
        "de",
        "Im Gegenzug wird die internationale Zusammenarbeit um 250 Millionen Franken pro Jahr gekürzt.",
        True,
        [("money", 250000000, "CHF", None)],
        None,
    ),
    ("de", "Die SP warf der bürgerlichen Mehrheit vor, «auf dem Buckel der Ärmsten» aufzurüsten.", False, [], None),
    (
        "de",
        "Als Nächstes ist der Ständerat am Zug, er behandelt das Geschäft am 9. Dezember.",
        True,
        [("date", "--12-09", None, None)],
        None,
    ),
    (
        "de",
        "«Die Sicherheitslage in Europa lässt uns schlicht keine andere Wahl», sagte der Verteidigungsminister.",
        False,
        [],
        None,
    ),
    # --- Ifo-Index fällt überraschend (Reuters) ---
    (
        "de",
        "München (Reuters) - In den Chefetagen der deutschen Firmen ist die Laune im November überraschend gesunken.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Das Barometer für das Geschäftsklima sank auf 86,9 Punkte nach 87,6 Zählern im Vormonat, wie das Ifo-Institut am Mittwoch mitteilte.",
        True,
        [("count", 86.9, None, None), ("count", 87.6, None, None)],
        "das Ifo-Institut",
    ),
    (
        "de",
        "Experten hatten in einer Reuters-Umfrage ein Plus auf 88,0 Punkte vorhergesagt.",
        True,
        [("count", 88.0, None, None)],
        None,
    ),
    (
        "de",
        "„Die Unternehmen sehen noch kein Licht am Ende des Tunnels“, sagte Ifo-Konjunkturexperte Lukas Brenneis.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Am deutlichsten trübte sich das Bild bei den Industriefirmen ein, deren Teilindex um 2,3 Punkte nachgab.",
        True,
        [("count", 2.3, None, None)],
        None,
    ),
    (
        "de",
        "Im Bauhauptgewerbe klagt inzwischen jedes fünfte Unternehmen über stornierte Aufträge.",
        True,
        [("fraction", 0.2, None, None)],
        None,
    ),
    (
        "de",
        "Für 2026 geht die Bundesregierung von einem Plus der Wirtschaftsleistung um 1,1 Prozent aus.",
        True,
        [("year", 2026, None, None), ("percent", 1.1, "%", None)],
        None,
    ),
    (
        "de",
        "Viele Ökonomen bezweifeln, dass die geplanten Entlastungen rasch bei den Betrieben ankommen.",
        False,
        [],
        None,
    ),
    # --- Halloway & Crane cuts forecast (Reuters) ---
    (
        "en",
        "LONDON, Nov 19 (Reuters) - British fashion retailer Halloway & Crane cut its annual profit forecast on Wednesday, sending its shares down 14% to a three-year low.",
        True,
        [("date", "--11-19", None, None), ("percent", 14, "%", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "The company now expects pretax profit of 62 million to 68 million pounds for the year to January, down from about 80 million pounds previously.",
        True,
        [("money", 62000000, "GBP", None), ("money", 68000000, "GBP", None), ("money", 80000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Like-for-like sales fell 4.2% in the 13 weeks to Nov. 15, it said.",
        True,
        [("percent", 4.2, "%", None), ("duration", 13, "week", None), ("date", "--11-15", None, None)],
        None,
    ),
    (
        "en",
        "Chief Executive Fiona Mallory said unusually warm weather in October had hurt sales of coats and knitwear.",
        True,
        [],
        "Fiona Mallory",
    ),
    (
        "en",
        '"We are disappointed, but we remain confident in the strength of our brand," Mallory said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The retailer, which has 212 stores in Britain and Ireland, employs about 9,400 people.",
        True,
        [("count", 212, None, None), ("count", 9400, None, "about")],
        None,
    ),
    ("en", "It was the group's second profit warning since March.", True, [("ordinal", 2, None, None)], None),
    ("en", "Investors will be watching whether Christmas trading brings any relief.", False, [], None),
    # --- Arbeitslosigkeit steigt weiter (APA) ---
    (
        "de",
        "Wien (APA) - Die Zahl der Jobsuchenden in Österreich hat im Oktober zum 29. Mal in Folge zugenommen.",
        True,
        [("ordinal", 29, None, None)],
        None,
    ),
    (
        "de",
        "Zum Monatsende waren 372.415 Menschen ohne Job oder in einer Schulungsmaßnahme, ein Plus von 6,8 Prozent zum Vorjahr, teilte das Arbeitsmarktservice (AMS) mit.",
        True,
        [("count", 372415, None, None), ("percent", 6.8, "%", None)],
        "das Arbeitsmarktservice",
    ),
    ("de", "Nach nationaler Berechnung erreichte die Quote 7,1 Prozent.", True, [("percent", 7.1, "%", None)], None),
    (
        "de",
        "Knapp ein Viertel der Arbeitslosen gilt als langzeitarbeitslos.",
        True,
        [("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "de",
        "Hofstätter sagte, allein in Wien seien inzwischen mehr als 140.000 Menschen ohne Arbeit.",
        True,
        [("count", 140000, None, "over")],
        "Hofstätter",
    ),
    (
        "de",
        "Die Zahl der offenen Stellen sank um 17 Prozent auf 71.300.",
        True,
        [("percent", 17, "%", None), ("count", 71300, None, None)],
        None,
    ),
    (
        "de",
        "Das Wifo erwartet eine Trendwende am Arbeitsmarkt erst in der zweiten Jahreshälfte 2026.",
        False,
        [("ordinal", 2, None, None), ("year", 2026, None, None)],
        None,
    ),
    ("de", "„Hinter jeder dieser Zahlen steht ein Schicksal“, sagte die Arbeiterkammer-Präsidentin.", False, [], None),
    # --- Euro zone wage growth slows (Reuters) ---
    (
        "en",
        "FRANKFURT, Nov 19 (Reuters) - Growth in euro zone negotiated wages slowed to 2.3% in the third quarter from 3.6% in the previous three months, European Central Bank data showed on Wednesday.",
        True,
        [
            ("date", "--11-19", None, None),
            ("percent", 2.3, "%", None),
            ("ordinal", 3, None, None),
            ("percent", 3.6, "%", None),
            ("duration", 3, "month", None),
        ],
        None,
    ),
    (
        "en",
        "Pay agreements in Germany, the bloc's biggest economy, rose 1.7% over the same period.",
        True,
        [("percent", 1.7, "%", None)],
        None,
    ),
    (
        "en",
        "The ECB has kept its deposit rate unchanged at 2.25% for four meetings in a row.",
        True,
        [("percent", 2.25, "%", None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        'ECB policymaker Tomas Vaikla said in a speech in Tallinn that inflation was "broadly at target" and that markets should not bet on a cut in December.',
        True,
        [],
        "Tomas Vaikla",
    ),
    (
        "en",
        "Inflation in the 20 countries that share the euro stood at 2.4% in October.",
        True,
        [("count", 20, None, None), ("percent", 2.4, "%", None)],
        None,
    ),
    (
        "en",
        "Money markets see roughly a 25% chance of a further rate cut by June.",
        True,
        [("percent", 25, "%", "about")],
        None,
    ),
    (
        "en",
        "Economists polled by Reuters expect wage growth to ease further next year as labour markets cool.",
        False,
        [],
        None,
    ),
    ("en", "The euro was little changed at $1.1590.", True, [("money", 1.159, "USD", None)], None),
    # --- Dax gibt nach (Reuters) ---
    (
        "de",
        "Frankfurt (Reuters) - Der Dax hat am Mittwoch nachgegeben und 0,8 Prozent tiefer bei 23.412 Punkten geschlossen.",
        True,
        [("percent", 0.8, "%", None), ("count", 23412, None, None)],
        None,
    ),
    ("de", "Händler verwiesen auf Gewinnmitnahmen nach der jüngsten Rekordjagd.", False, [], None),
    (
        "de",
        "Die Aktien des Chipzulieferers Vantrex brachen um 11,5 Prozent ein, nachdem das Unternehmen seine Umsatzprognose gesenkt hatte.",
        True,
        [("percent", 11.5, "%", None)],
        None,
    ),
    (
        "de",
        "Vantrex erwartet für das laufende Jahr nur noch Erlöse zwischen 1,35 und 1,4 Milliarden Euro.",
        True,
        [("money", 1350000000, "EUR", None), ("money", 1400000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Der Markt hat sich zu weit aus dem Fenster gelehnt“, sagte Aktienstratege Jannik Oberle von der Bank Hollmer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Im Wochenverlauf summiert sich das Minus des Leitindex auf 2,1 Prozent.",
        True,
        [("percent", 2.1, "%", None)],
        None,
    ),
    ("de", "Der Euro notierte bei 1,1586 Dollar.", True, [("money", 1.1586, "USD", None)], None),
    (
        "de",
        "Die Feinunze Gold verteuerte sich um 1,2 Prozent auf 4.071 Dollar.",
        True,
        [("percent", 1.2, "%", None), ("money", 4071, "USD", None)],
        None,
    ),
    # --- Typhoon hits northern Philippines (AP) ---
    (
        "en",
        "MANILA, Philippines (AP) — A powerful typhoon slammed into the northern Philippines on Wednesday, killing at least 17 people and forcing more than 240,000 to flee their homes, officials said.",
        True,
        [("count", 17, None, "at_least"), ("count", 240000, None, "over")],
        None,
    ),
    (
        "en",
        "Typhoon Dalisay made landfall shortly after midnight in Isabela province with sustained winds of 185 kph (115 mph) and gusts of up to 230 kph.",
        True,
        [("count", 185, None, None), ("count", 115, None, None), ("count", 230, None, "up_to")],
        None,
    ),
    (
        "en",
        "Nine of the dead were in a village buried by a landslide, the Office of Civil Defense said.",
        True,
        [("count", 9, None, None)],
        "the Office of Civil Defense",
    ),
    (
        "en",
        "More than 3,000 villages lost power, and about 60 domestic flights were canceled.",
        True,
        [("count", 3000, None, "over"), ("count", 60, None, "about")],
        None,
    ),
    (
        "en",
        '"We heard the roof go, and then the water came," said Rosario Dumlao, 54, who sheltered in a school with her three grandchildren.',
        False,
        [("duration", 54, "year", None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Dalisay is the 21st tropical cyclone to strike the archipelago in 2025.",
        True,
        [("ordinal", 21, None, None), ("year", 2025, None, None)],
        None,
    ),
    (
        "en",
        "The Philippines is hit by about 20 tropical storms in an average year.",
        True,
        [("count", 20, None, "about")],
        None,
    ),
    (
        "en",
        "Forecasters said the typhoon would weaken as it moved toward southern China later in the week.",
        False,
        [],
        None,
    ),
    # --- Bahnstreik legt Frankreich lahm (AFP) ---
    (
        "de",
        "Paris (AFP) - Ein Streik bei der französischen Staatsbahn SNCF hat am Mittwoch den Zugverkehr in weiten Teilen des Landes lahmgelegt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben der SNCF fiel im Regionalverkehr etwa jeder zweite Zug aus, bei den TGV-Schnellzügen jeder dritte.",
        True,
        [("fraction", 0.5, None, "about"), ("fraction", 0.3333, None, None)],
        "die SNCF",
    ),
    (
        "de",
        "Die Gewerkschaften fordern eine Lohnerhöhung von 4 Prozent und 1.500 zusätzliche Stellen im Fahrdienst.",
        True,
        [("percent", 4, "%", None), ("count", 1500, None, None)],
        None,
    ),
    ("de", "Die Bahn bietet bislang 1,8 Prozent an.", True, [("percent", 1.8, "%", None)], None),
    ("de", "Der Ausstand soll zunächst 48 Stunden dauern.", True, [("duration", 48, "hour", None)], None),
    ("de", "Der Verkehrsminister nannte den Streik kurz vor den Feiertagen „unverantwortlich“.", False, [], None),
    (
        "de",
        "Rund 90.000 Pendler im Großraum Paris waren betroffen, teilte die Regionalverwaltung mit.",
        True,
        [("count", 90000, None, "about")],
        "die Regionalverwaltung",
    ),
    (
        "de",
        "„Wir sind wütend, und wir werden nicht nachgeben“, sagte Gewerkschafterin Amélie Rouvier auf einer Kundgebung.",
        False,
        [],
        None,
    ),
    # --- WFP to cut refugee rations (Reuters) ---
    (
        "en",
        "GENEVA, Nov 19 (Reuters) - Food aid to 6 million refugees will be cut next year because of a funding shortfall, the World Food Programme said on Wednesday.",
        True,
        [("date", "--11-19", None, None), ("count", 6000000, None, None)],
        "the World Food Programme",
    ),
    (
        "en",
        "The agency has received $4.1 billion of the $9.7 billion it needs for this year, a spokesperson said.",
        True,
        [("money", 4100000000, "USD", None), ("money", 9700000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Rations in camps in Bangladesh and Kenya will be reduced by up to 40% from January.",
        True,
        [("percent", 40, "%", "up_to")],
        None,
    ),
    (
        "en",
        "About one in five refugees supported by the agency already skips meals regularly, according to a WFP survey.",
        True,
        [("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "en",
        '"Hungry children do not understand budget cycles," WFP regional director Hana Okoro told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The agency has already cut about a quarter of its staff this year.",
        True,
        [("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "en",
        "Donors are due to meet in Brussels on Dec. 3 to discuss new pledges.",
        True,
        [("date", "--12-03", None, None)],
        None,
    ),
    (
        "en",
        "Aid groups warned that the cuts could fuel malnutrition and push more families to move on.",
        False,
        [],
        None,
    ),
    # --- Haft für Solar-Betrüger (dpa) ---
    (
        "de",
        "Hamburg (dpa) - Wegen gewerbsmäßigen Betrugs mit Solaranlagen hat das Landgericht Hamburg einen 47-jährigen Geschäftsmann zu vier Jahren und drei Monaten Haft verurteilt.",
        True,
        [("duration", 47, "year", None), ("duration", 4, "year", None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "de",
        "Zwischen 2019 und 2023 verkaufte er nach Überzeugung der Richter mehr als 600 Kunden Anlagen, die nie geliefert wurden.",
        True,
        [("year", 2019, None, None), ("year", 2023, None, None), ("count", 600, None, "over")],
        None,
    ),
    (
        "de",
        "Der Schaden beläuft sich auf rund 8,4 Millionen Euro, teilte das Gericht mit.",
        True,
        [("money", 8400000, "EUR", "about")],
        "das Gericht",
    ),
    ("de", "Die Staatsanwaltschaft hatte fünfeinhalb Jahre gefordert.", True, [("duration", 5.5, "year", None)], None),
    (
        "de",
        "„Sie haben das Vertrauen von Menschen ausgenutzt, die ihre Ersparnisse in die Energiewende stecken wollten“, sagte die Vorsitzende Richterin Annette Brüggemann.",
        False,
        [],
        None,
    ),
    ("de", "Der Angeklagte hatte zum Prozessauftakt ein umfassendes Geständnis abgelegt.", True, [], None),
    ("de", "Sein Verteidiger kündigte an, Revision beim Bundesgerichtshof einzulegen.", True, [], None),
    ("de", "Rechtskräftig ist die Entscheidung damit noch nicht.", True, [], None),
    # --- Care home manager jailed (PA) ---
    (
        "en",
        "MANCHESTER (PA) - A woman who ran a nursing home and took more than £180,000 from the elderly people in her care has been jailed for six years.",
        True,
        [("money", 180000, "GBP", "over"), ("duration", 6, "year", None)],
        None,
    ),
    (
        "en",
        "Deborah Leyland, 52, of Stockport, took cash and bank cards from 14 residents over three years, the court heard.",
        True,
        [("duration", 52, "year", None), ("count", 14, None, None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "Prosecutor Niall Ferris said Leyland spent the money on holidays, a car and online gambling.",
        True,
        [],
        "Niall Ferris",
    ),
    ("en", "Leyland had admitted 23 fraud charges at a previous hearing.", True, [("count", 23, None, None)], None),
    ("en", 'Judge Caroline Marsh told her: "You betrayed people who had nobody else to rely on."', False, [], None),
    (
        "en",
        'In a victim impact statement, the daughter of one resident said her mother had "stopped trusting anyone".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Greater Manchester Police said about £40,000 had so far been recovered.",
        True,
        [("money", 40000, "GBP", "about")],
        "Greater Manchester Police",
    ),
    (
        "en",
        "Half of the term will be served behind bars, with the rest on licence.",
        True,
        [("fraction", 0.5, None, None)],
        None,
    ),
    # --- Jury awards cyclist $38.5 million (AP) ---
    (
        "en",
        "LOS ANGELES (AP) — A jury on Wednesday ordered delivery app QuickCart to pay $38.5 million to a cyclist who was left paralyzed after being struck by a driver working for the app.",
        True,
        [("money", 38500000, "USD", None)],
        None,
    ),
    (
        "en",
        "The award includes $8.5 million for past and future medical costs and $30 million for pain and suffering.",
        True,
        [("money", 8500000, "USD", None), ("money", 30000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Jurors found the company 70% responsible for the 2022 crash, with the driver bearing the rest.",
        True,
        [("percent", 70, "%", None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "Attorney Marcus Dell, who represented the cyclist, said his 34-year-old client had undergone 11 surgeries.",
        True,
        [("duration", 34, "year", None), ("count", 11, None, None)],
        None,
    ),
    ("en", '"No amount of money gives him back his legs," Dell said.', False, [], None),
    ("en", "The company's lawyers had argued that the driver was an independent contractor.", True, [], None),
    ("en", "QuickCart said in a statement it would appeal.", True, [], "QuickCart"),
    ("en", "Deliberations lasted about two days.", True, [("duration", 2, "day", "about")], None),
    # --- Grippesaison beginnt früh (APA) ---
    (
        "de",
        "Wien (APA) - Die Grippesaison hat in Österreich heuer früher begonnen als in den Vorjahren.",
        True,
        [],
        None,
    ),
    (
        "de",
        "In der vergangenen Woche wurden nach Angaben der Agentur für Gesundheit und Ernährungssicherheit (AGES) 1.240 laborbestätigte Influenza-Fälle gemeldet, nach 690 in der Vorwoche.",
        True,
        [("count", 1240, None, None), ("count", 690, None, None)],
        "die Agentur für Gesundheit und Ernährungssicherheit",
    ),
    (
        "de",
        "Gesundheitsministerin Theresa Koller sagte, bisher hätten sich rund 610.000 Menschen impfen lassen, um 15 Prozent mehr als im Vorjahr.",
        True,
        [("count", 610000, None, "about"), ("percent", 15, "%", None)],
        "Theresa Koller",
    ),
    ("de", "Die Impfung ist in diesem Winter für alle Altersgruppen kostenlos.", True, [], None),
    (
        "de",
        "Unter den über 65-Jährigen sind bisher knapp 28 Prozent geimpft.",
        True,
        [("duration", 65, "year", "over"), ("percent", 28, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Derzeit werden 212 Grippekranke in Spitälern behandelt, 19 davon intensivmedizinisch.",
        True,
        [("count", 212, None, None), ("count", 19, None, None)],
        None,
    ),
    (
        "de",
        "„Eine Impfung schützt nicht nur einen selbst, sondern auch die Großeltern“, appellierte Koller.",
        False,
        [],
        None,
    ),
    ("de", "Ob die Welle ihren Höhepunkt schon vor Weihnachten erreicht, ist offen.", False, [], None),
    # --- Measles cases in Europe fall (Reuters) ---
    (
        "en",
        "COPENHAGEN, Nov 19 (Reuters) - Reported measles cases across the World Health Organization's European region nearly halved last year, though they remained far higher than before the pandemic, the WHO and UNICEF said on Wednesday.",
        True,
        [("date", "--11-19", None, None)],
        None,
    ),
    (
        "en",
        "The region recorded 61,870 cases in 2024, down from about 118,000 in 2023, the report showed.",
        True,
        [
            ("count", 61870, None, None),
            ("year", 2024, None, None),
            ("count", 118000, None, "about"),
            ("year", 2023, None, None),
        ],
        None,
    ),
    (
        "en",
        "Romania accounted for roughly a third of all cases, the WHO said.",
        True,
        [("fraction", 0.3333, None, "about")],
        "the WHO",
    ),
    (
        "en",
        "Only 11 of the 53 countries in the region reached the 95% vaccination coverage needed to stop outbreaks.",
        True,
        [("count", 11, None, None), ("count", 53, None, None), ("percent", 95, "%", None)],
        None,
    ),
    ("en", "At least 14 children died of the disease last year.", True, [("count", 14, None, "at_least")], None),
    (
        "en",
        "Coverage with the first dose fell to 91% in 2024 from 93% two years earlier.",
        True,
        [
            ("ordinal", 1, None, None),
            ("percent", 91, "%", None),
            ("year", 2024, None, None),
            ("percent", 93, "%", None),
            ("duration", 2, "year", None),
        ],
        None,
    ),
    ("en", '"Every single measles death is preventable," WHO regional official Katja Lindqvist said.', False, [], None),
    ("en", "Health officials fear a resurgence as families travel over the winter holidays.", False, [], None),
    # --- Erster Wintereinbruch (dpa) ---
    (
        "de",
        "Offenbach (dpa) - Der erste Wintereinbruch der Saison bringt Teilen Deutschlands bis Freitag bis zu 25 Zentimeter Neuschnee.",
        True,
        [("ordinal", 1, None, None), ("count", 25, None, "up_to")],
        None,
    ),
    (
        "de",
        "In Lagen ab 400 Metern müsse mit Glätte gerechnet werden, sagte ein Meteorologe des Deutschen Wetterdienstes.",
        True,
        [("count", 400, None, None)],
        None,
    ),
    (
        "de",
        "In der Nacht auf Donnerstag sinken die Temperaturen in Teilen Bayerns auf bis zu minus 12 Grad.",
        True,
        [("count", -12, None, "up_to")],
        None,
    ),
    (
        "de",
        "Auf den Autobahnen in Baden-Württemberg kam es bis zum Mittag zu mehr als 130 Unfällen, teilte die Polizei mit.",
        True,
        [("count", 130, None, "over")],
        "die Polizei",
    ),
    ("de", "Drei Menschen wurden dabei schwer verletzt.", True, [("count", 3, None, None)], None),
    (
        "de",
        "Am Münchner Flughafen fielen am Mittwoch 84 Starts und Landungen aus.",
        True,
        [("count", 84, None, None)],
        None,
    ),
    ("de", "„Wer nicht fahren muss, sollte das Auto besser stehen lassen“, riet ein Polizeisprecher.", False, [], None),
    ("de", "Vom Wochenende an soll es laut DWD wieder milder werden.", False, [], None),
    # --- Lake-effect snow buries western New York (AP) ---
    (
        "en",
        "BUFFALO, N.Y. (AP) — A lake-effect snowstorm dumped more than 4 feet of snow on parts of western New York by Wednesday afternoon.",
        True,
        [("count", 4, None, "over")],
        None,
    ),
    (
        "en",
        "Snow was falling at rates of 3 inches an hour in the heaviest bands, the National Weather Service said.",
        True,
        [("count", 3, None, None)],
        "the National Weather Service",
    ),
    (
        "en",
        "Erie County Executive Tom Kessling said more than 900 plows and trucks were working around the clock.",
        True,
        [("count", 900, None, "over")],
        "Tom Kessling",
    ),
    (
        "en",
        "A 71-year-old man died of a heart attack while shoveling snow in Lackawanna, police said.",
        True,
        [("duration", 71, "year", None)],
        "police",
    ),
    (
        "en",
        "A 132-mile stretch of the New York State Thruway was closed to commercial trucks.",
        True,
        [("count", 132, None, None)],
        None,
    ),
    (
        "en",
        "Nearly 30,000 homes and businesses were without power on Wednesday evening.",
        True,
        [("count", 30000, None, "nearly")],
        None,
    ),
    (
        "en",
        "\"I've lived here 40 years and I've never seen it come down this fast,\" said Brenda Kowalczyk of Orchard Park.",
        False,
        [("duration", 40, "year", None)],
        None,
    ),
    ("en", "Forecasters expect the band of snow to drift south on Thursday.", False, [], None),
    # --- Lawine bei Zermatt (Keystone-SDA) ---
    (
        "de",
        "Sitten (Keystone-SDA) - Eine Lawine hat am Mittwoch oberhalb von Zermatt VS zwei Skitourengänger verschüttet.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Ein 38-jähriger Deutscher konnte nur noch tot geborgen werden, wie die Kantonspolizei Wallis mitteilte.",
        True,
        [("duration", 38, "year", None)],
        "die Kantonspolizei Wallis",
    ),
    (
        "de",
        "Sein 41-jähriger Begleiter wurde mit mittelschweren Verletzungen ins Spital nach Visp geflogen.",
        True,
        [("duration", 41, "year", None)],
        None,
    ),
    (
        "de",
        "Das Schneebrett hatte eine Breite von rund 300 Metern und löste sich auf etwa 3'100 Metern über Meer.",
        True,
        [("count", 300, None, "about"), ("count", 3100, None, "about")],
        None,
    ),
    (
        "de",
        "Innert 48 Stunden waren in der Region bis zu 80 Zentimeter Neuschnee gefallen.",
        True,
        [("duration", 48, "hour", None), ("count", 80, None, "up_to")],
        None,
    ),
    ("de", "Für das Oberwallis galt laut dem Lawinenbulletin des SLF erhebliche Gefahr.", True, [], None),
    (
        "de",
        "Es ist der dritte tödliche Lawinenunfall in der Schweiz in diesem Winter.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "«Die Verhältnisse sind heimtückisch, auch für erfahrene Tourengänger», sagte Bergführer Damian Imboden.",
        False,
        [],
        None,
    ),
    # --- Kröll gewinnt Slalom in Gurgl (APA) ---
    (
        "de",
        "Gurgl (APA) - Fabian Kröll hat den Weltcup-Slalom in Gurgl gewonnen und seinen ersten Weltcupsieg gefeiert.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Der 26-jährige Tiroler lag nach zwei Durchgängen 0,14 Sekunden vor dem Schweizer Noah Rüegg.",
        True,
        [("duration", 26, "year", None), ("count", 2, None, None), ("duration", 0.14, "second", None)],
        None,
    ),
    (
        "de",
        "Dritter wurde der Norweger Sindre Haugland mit 0,38 Sekunden Rückstand.",
        True,
        [("ordinal", 3, None, None), ("duration", 0.38, "second", None)],
        None,
    ),
    (
        "de",
        "Kröll war nach dem ersten Durchgang nur Siebenter gewesen.",
        True,
        [("ordinal", 1, None, None), ("ordinal", 7, None, None)],
        None,
    ),
    (
        "de",
        "„Ich muss das erst einmal realisieren, das ist wie im Traum“, sagte Kröll im ORF-Interview.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Rund 11.000 Zuschauer verfolgten das Rennen bei Schneefall und minus sieben Grad.",
        True,
        [("count", 11000, None, "about"), ("count", -7, None, None)],
        None,
    ),
    ("de", "Der Cheftrainer sprach von einem „Befreiungsschlag für die ganze Mannschaft“.", False, [], None),
    (
        "de",
        "Das nächste Rennen steht am 14. Dezember in Val d’Isère auf dem Programm.",
        True,
        [("date", "--12-14", None, None)],
        None,
    ),
    # --- Redbridge sack Holcombe (PA) ---
    (
        "en",
        "LONDON (PA) - Redbridge Rovers have sacked manager Gary Holcombe after a run of eight games without a win left them 22nd in the Championship.",
        True,
        [("count", 8, None, None), ("ordinal", 22, None, None)],
        None,
    ),
    (
        "en",
        "Holcombe, 49, was appointed in March 2024 and leaves with the club two points above the relegation zone.",
        True,
        [("duration", 49, "year", None), ("year", 2024, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Assistant coach Lee Varney will lead the team when Millbrook visit on Saturday, the club said.",
        True,
        [],
        "the club",
    ),
    (
        "en",
        "Holcombe won 19 of his 61 matches in charge.",
        True,
        [("count", 19, None, None), ("count", 61, None, None)],
        None,
    ),
    (
        "en",
        '"Gary gave everything to this club and we thank him for that," chairman Ian Fensome said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Rovers have conceded 31 goals in 17 league games this season, the most in the division.",
        True,
        [("count", 31, None, None), ("count", 17, None, None)],
        None,
    ),
    (
        "en",
        "Holcombe is the ninth Championship manager to lose his job this season.",
        True,
        [("ordinal", 9, None, None)],
        None,
    ),
    ("en", "Fans had chanted for his departure during Tuesday's home defeat by Castleford Town.", False, [], None),
    # --- Schweizerinnen verlieren gegen Schweden (Keystone-SDA) ---
    (
        "de",
        "Zürich (Keystone-SDA) - Die Schweizer Frauen-Nationalmannschaft hat ihr letztes Testspiel des Jahres gegen Schweden mit 1:2 verloren.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Vor 8'412 Zuschauern im Letzigrund brachte Captain Lia Wenger die Schweizerinnen in der 34. Minute in Führung.",
        True,
        [("count", 8412, None, None), ("ordinal", 34, None, None)],
        None,
    ),
    (
        "de",
        "Für Wenger war es das 17. Tor im Nationaldress, teilte der Schweizerische Fussballverband mit.",
        True,
        [("ordinal", 17, None, None)],
        "der Schweizerische Fussballverband",
    ),
    (
        "de",
        "Die Schwedinnen drehten die Partie mit zwei Toren innert sechs Minuten.",
        True,
        [("count", 2, None, None), ("duration", 6, "minute", None)],
        None,
    ),
    (
        "de",
        "Für die Schweiz war es die vierte Niederlage aus den letzten fünf Länderspielen.",
        True,
        [("ordinal", 4, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "«Wir haben eine Halbzeit lang gut gespielt, dann hat uns die Kraft gefehlt», sagte die Nationaltrainerin.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die WM-Qualifikation beginnt am 27. Februar mit einem Heimspiel gegen Irland.",
        True,
        [("date", "--02-27", None, None)],
        None,
    ),
    ("de", "Die Fans feierten die Mannschaft trotz der Niederlage lautstark.", False, [], None),
    # --- Brooks scores 51 as Pacers beat Hornets (AP) ---
    (
        "en",
        "INDIANAPOLIS (AP) — Jalen Brooks poured in a career-high 51 points as the Indiana Pacers held off the Charlotte Hornets 131-124 on Wednesday night.",
        True,
        [("count", 51, None, None)],
        None,
    ),
    (
        "en",
        "Brooks made 19 of his 27 shots and added eight rebounds.",
        True,
        [("count", 19, None, None), ("count", 27, None, None), ("count", 8, None, None)],
        None,
    ),
    ("en", "Indiana outscored Charlotte 38-22 in the third quarter.", True, [("ordinal", 3, None, None)], None),
    (
        "en",
        '"He was just in a zone tonight, you could feel it on the bench," Pacers coach Darnell Pike said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Charlotte's Marco Villeneuve had 28 points and 11 assists in his return from a two-week absence with a sprained ankle.",
        True,
        [("count", 28, None, None), ("count", 11, None, None), ("duration", 2, "week", None)],
        None,
    ),
    (
        "en",
        "The Pacers have won seven of their last nine games.",
        True,
        [("count", 7, None, None), ("count", 9, None, None)],
        None,
    ),
    ("en", "The Hornets have lost four straight.", True, [("count", 4, None, None)], None),
    (
        "en",
        "Brooks, in his fourth NBA season, is averaging 27.3 points.",
        True,
        [("ordinal", 4, None, None), ("count", 27.3, None, None)],
        None,
    ),
    # --- Komödie mit Rekordstart (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die Komödie „Onkel Bernds Erbe“ ist mit rund 410.000 Besucherinnen und Besuchern am ersten Wochenende der erfolgreichste deutsche Kinostart des Jahres.",
        True,
        [("count", 410000, None, "about"), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Verleihs spielte der Film knapp 4,1 Millionen Euro ein.",
        True,
        [("money", 4100000, "EUR", "nearly")],
        "der Verleih",
    ),
    ("de", "Der Film läuft derzeit in 780 Kinos.", True, [("count", 780, None, None)], None),
    (
        "de",
        "Regisseurin Hanna Vogtländer drehte ihn in 38 Tagen in Brandenburg und an der Ostsee.",
        True,
        [("duration", 38, "day", None)],
        None,
    ),
    (
        "de",
        "Die Produktion kostete 6,2 Millionen Euro, ein Drittel davon stammte aus der Filmförderung.",
        True,
        [("money", 6200000, "EUR", None), ("fraction", 0.3333, None, None)],
        None,
    ),
    ("de", "Kritiker hatten den Film als „klamaukig und überlang“ verrissen.", False, [], None),
    ("de", "„Das Publikum hat ein feineres Gespür als jede Jury“, sagte Vogtländer.", False, [], None),
    (
        "de",
        "In den ersten zehn Monaten des Jahres kamen 71,3 Millionen Menschen in deutsche Kinos, 4 Prozent weniger als im Vorjahreszeitraum, wie der Hauptverband Deutscher Filmtheater mitteilte.",
        True,
        [
            ("ordinal", 1, None, None),
            ("duration", 10, "month", None),
            ("count", 71300000, None, None),
            ("percent", 4, "%", None),
        ],
        "der Hauptverband Deutscher Filmtheater",
    ),
    # --- Cinevue raises prices (Reuters) ---
    (
        "en",
        "LOS ANGELES, Nov 19 (Reuters) - Streaming service Cinevue said on Wednesday it would raise the price of its ad-free plan in the United States by $2 to $17.99 a month from January.",
        True,
        [("date", "--11-19", None, None), ("money", 2, "USD", None), ("money", 17.99, "USD", None)],
        None,
    ),
    (
        "en",
        "The company added 3.8 million subscribers in the third quarter, bringing its global total to 141 million.",
        True,
        [("count", 3800000, None, None), ("ordinal", 3, None, None), ("count", 141000000, None, None)],
        None,
    ),
    (
        "en",
        "Revenue rose 12% to $5.6 billion, slightly above the average analyst estimate of $5.5 billion, according to LSEG data.",
        True,
        [("percent", 12, "%", None), ("money", 5600000000, "USD", None), ("money", 5500000000, "USD", None)],
        None,
    ),
    ("en", "Shares rose 6% in extended trading.", True, [("percent", 6, "%", None)], None),
    (
        "en",
        "It was the second price increase in 18 months.",
        True,
        [("ordinal", 2, None, None), ("duration", 18, "month", None)],
        None,
    ),
    (
        "en",
        "Cinevue's shares have gained about 40% since the start of the year.",
        True,
        [("percent", 40, "%", "about")],
        None,
    ),
    (
        "en",
        '"Our slate next year is the strongest we have ever had," Chief Executive Lauren Beck told analysts on a call.',
        False,
        [],
        None,
    ),
    ("en", "Analysts questioned whether subscribers would tolerate further hikes.", False, [], None),
    # --- Festspiele beschließen Budget (APA) ---
    (
        "de",
        "Salzburg (APA) - Das Kuratorium der Salzburger Festspiele hat für den Sommer 2026 ein Budget von 68,4 Millionen Euro genehmigt.",
        True,
        [("year", 2026, None, None), ("money", 68400000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Geplant sind 171 Aufführungen an 16 Spielstätten in 44 Tagen.",
        True,
        [("count", 171, None, None), ("count", 16, None, None), ("duration", 44, "day", None)],
        None,
    ),
    (
        "de",
        "Rund 75 Prozent des Budgets erwirtschaften die Festspiele selbst, sagte die kaufmännische Direktorin Ulrike Strasser.",
        True,
        [("percent", 75, "%", "about")],
        "Ulrike Strasser",
    ),
    (
        "de",
        "Die Kartenpreise steigen im Schnitt um 3 Prozent, die teuerste Karte kostet 495 Euro.",
        True,
        [("percent", 3, "%", None), ("money", 495, "EUR", None)],
        None,
    ),
    (
        "de",
        "Eröffnet wird der Festspielsommer am 20. Juli mit einer Neuinszenierung von Mozarts „Idomeneo“.",
        True,
        [("date", "--07-20", None, None)],
        None,
    ),
    (
        "de",
        "Im vergangenen Sommer verkauften die Festspiele 221.500 Karten, die Auslastung lag bei 97 Prozent.",
        True,
        [("count", 221500, None, None), ("percent", 97, "%", None)],
        None,
    ),
    ("de", "„Die Festspiele gehören allen, nicht nur ein paar Eingeweihten“, sagte Strasser.", False, [], None),
    ("de", "Ob der Bund seine Subventionen im kommenden Jahr erhöht, ist noch offen.", False, [], None),
    # --- Marchal retrospective draws crowds (AFP) ---
    (
        "en",
        "PARIS, Nov 19 (AFP) - A retrospective of Belgian painter Lucien Marchal has drawn more than 420,000 visitors in its first eight weeks, making it the Grand Palais' most visited show since 2019, organisers said.",
        True,
        [
            ("date", "--11-19", None, None),
            ("count", 420000, None, "over"),
            ("ordinal", 1, None, None),
            ("duration", 8, "week", None),
            ("year", 2019, None, None),
        ],
        None,
    ),
    (
        "en",
        "The exhibition brings together 184 works, 40 of them never shown in France before.",
        True,
        [("count", 184, None, None), ("count", 40, None, None)],
        None,
    ),
    (
        "en",
        "Curator Sophie Darrieux said loans had come from 23 museums in nine countries.",
        True,
        [("count", 23, None, None), ("count", 9, None, None)],
        "Sophie Darrieux",
    ),
    ("en", '"Marchal saw light where everyone else saw only fog," Darrieux said.', False, [], None),
    (
        "en",
        "The show has been extended by two weeks until Jan. 25.",
        True,
        [("duration", 2, "week", None), ("date", "--01-25", None, None)],
        None,
    ),
    (
        "en",
        "Tickets cost 19 euros, with free entry for visitors under 26.",
        True,
        [("money", 19, "EUR", None), ("duration", 26, "year", "under")],
        None,
    ),
    (
        "en",
        "Marchal, who died in 1958 at the age of 81, spent most of his life in Ostend.",
        True,
        [("year", 1958, None, None), ("duration", 81, "year", None)],
        None,
    ),
    (
        "en",
        "On a grey Wednesday morning, the queue snaked twice around the courtyard.",
        False,
        [("count", 2, None, None)],
        None,
    ),
    # --- Harbour Lights to close (PA) ---
    (
        "en",
        "LONDON (PA) - The musical Harbour Lights will close in the West End on Jan. 10 after a run of 14 months, its producers announced.",
        True,
        [("date", "--01-10", None, None), ("duration", 14, "month", None)],
        None,
    ),
    (
        "en",
        "The show will have played 486 performances at the Ashcroft Theatre by the time the curtain falls.",
        True,
        [("count", 486, None, None)],
        None,
    ),
    (
        "en",
        "It cost £7.5 million to stage and recouped its investment in its first year.",
        True,
        [("money", 7500000, "GBP", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Producer Nicola Brand said ticket sales had dropped by about a fifth since the summer.",
        True,
        [("fraction", 0.2, None, "about")],
        "Nicola Brand",
    ),
    ("en", '"It has been the most joyful chapter of my career," said lead actress Holly Renwick.', False, [], None),
    ("en", "A UK tour is planned to open in Manchester in September 2026.", True, [("year", 2026, None, None)], None),
    ("en", "Tickets for the final week are already sold out, the theatre said.", True, [], "the theatre"),
    ("en", "Fans took to social media to mourn the closure.", False, [], None),
]
