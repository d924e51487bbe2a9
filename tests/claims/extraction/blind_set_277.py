"""Two-hundred-and-seventy-seventh blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, groups and figures are made
up (Roswitha Kernbach-Fiedler, Gerlinde Pachernegg, Hiltrud Scharnweber, Corinne
Aebischer-Wyss, Marlene Quast, Eberhard Lindqvist, Tobias Lenzkirch, the credit broker
Hausbrief, Friederike Ahlgrimm, Quirin Oberhauser, Brigitte Hadrawa, Helmut Dörrenbach, Jost
Wiechering, the initiative „Mietenwende jetzt“, Laurent Berthoud-Favre, Sabine
Rothfuß-Keller, Dietmar Holzapfel; the lender Harbourline, Nadia Feltham, Gareth Penhallow,
Ramona Ellery, the data firm Domicile, Tegan Ashworth, Lachlan Greer, Brendan Voss, Aurélien
Gagnon-Tremblay, Marisol Echeverría, Denise Okafor-Hill, Carl Brodsky, Martin Ruelas,
Ezequiel Barraza, Gloria Pettway, the landlord Heimstatt, Reinhard Falkenau, Eilidh Rennick,
Winnie Chau Ka-yan, Marta Ibarzábal, Ciarán Mulcahy, Rowan Pettifer, Ben Carraway, Latrice
Mumford; every unnamed spokesperson, developer, pensioner, tenant, economist and banner);
ministers, senators, councillors and association chiefs of real governments and bodies
appear under made-up names that stand for no real holder, or by their role only („eine
Sprecherin des Studierendenwerks“, „ein Projektentwickler aus Leipzig“, "A HUD
spokesperson", "A housing ministry official"). Real states, bodies, courts, places and
things (Bundestag, Mietpreisbremse, Haus & Grund, Deutscher Mieterbund, Nationalrat,
Richtwertmieten, Statistik Austria, Österreichischer Verband der Immobilienwirtschaft, FPÖ,
ÖVP Wien, Statistisches Bundesamt, Zentralverband des Deutschen Baugewerbes, Bundesamt für
Wohnungswesen, Mieterinnen- und Mieterverband, Hauseigentümerverband, Bundesamt für
Statistik, Bundesarbeitsgemeinschaft Wohnungslosenhilfe, Bundesbank, Europäische
Zentralbank, Hamburger Stadtentwicklungsbehörde, Mieterverein zu Hamburg, Moses Mendelssohn
Institut, Wiener Wohnen, Favoriten, Mieterbund NRW, Berliner Senat, Volksentscheid 2021,
Verband Berlin-Brandenburgischer Wohnungsunternehmen, Bundesverfassungsgericht, Genf, Waadt,
Statistisches Landesamt, IVD; the Bank of England, the Home Builders Federation, the
Mortgage Bankers Association, the National Association of Realtors, the Tenants' Union,
Canada Mortgage and Housing Corp, the Canadian Home Builders' Association, the National
Bureau of Statistics, the University of Southern California, the Apartment Association of
Greater Los Angeles, the Commerce Department, the National Association of Home Builders,
HUD, the Rent Guidelines Board, the Rent Stabilization Association, Holyrood, the Scottish
Association of Landlords, the Hong Kong Housing Authority, the Popular Party, INE, Ireland's
Department of Housing, Focus Ireland, Sinn Féin, the Ministry of Justice, Shelter, the
National Residential Landlords Association, Congress, and the datelines' cities) stand for
the way wire copy names them; every rent, price, rate, count, share, sum, vote, age, date
and quote here is invented, and where a real figure came to mind (the Berlin referendum's
share, Britain's housebuilding pledge, the start of England's ban on no-fault evictions,
HUD's point-in-time count, a real rent index, a real vacancy rate) it was changed (the
years of referendums and ordinances kept).

Its weight: OPINION VERSUS CLAIM, twenty-third round (the ninety-eighth,
hundred-nineteenth, hundred-twenty-fourth, hundred-thirty-first, hundred-thirty-eighth,
hundred-forty-sixth, hundred-fifty-eighth, hundred-sixty-fifth, hundred-seventy-fifth,
hundred-eighty-first, hundred-eighty-ninth, hundred-ninety-sixth, two-hundred-and-fourth,
two-hundred-and-eighth, two-hundred-and-fifteenth, two-hundred-and-twenty-second,
two-hundred-and-twenty-ninth, two-hundred-and-forty-first, two-hundred-and-forty-fifth,
two-hundred-and-fifty-third, two-hundred-and-sixty-first and two-hundred-and-sixty-ninth
batches were the first twenty-two, and their decisions are kept; the
two-hundred-and-sixty-ninth's decisions were read closely), this time in housing, rents and
property copy, whose figures follow the housing rounds - the fifty-second, the
hundred-fifty-seventh, the two-hundred-and-twenty-sixth (its decisions read closely) and the
two-hundred-and-sixty-fourth on construction and real estate, and their decisions are kept:
rent caps and rent brakes in Germany, Austria, Scotland, New York and Catalonia, social and
council housing in Hamburg, Vienna, Geneva, New South Wales and Hong Kong, building permits,
starts and completions in Germany, Canada, Britain and the United States, mortgage and
building-loan rates, the Swiss reference rate, house prices in Britain, the United States,
China and Baden-Württemberg, evictions in North Rhine-Westphalia, Los Angeles and England,
homelessness counts in Germany, Ireland and the United States, index leases, a Berlin
socialisation bill, student rooms in Munich, a listed landlord's half year and a Madrid
protest - over one year in story order (January to December), 29 short stories with the
German and English ones interleaved by month, each told as wire copy runs it (a dateline
lead, the figures, attributed claims, the other side, quotes, reactions). About 100 rows are
negatives that look like claims: ministers', senators' and mayors' creeds, pride and
resolve („Wohnen ist kein Luxusgut, sondern ein Grundrecht“, „Der Gemeindebau ist die Seele
dieser Stadt“, "We are getting Britain building again", "Today this Parliament has put
tenants first"), a result read as proof („Die Bremse wirkt, das spüren die Menschen ...“),
landlords', builders' and tenants' groups' labels („ein Misstrauensvotum gegen jeden
privaten Vermieter“, „enteignungsgleicher Eingriff“, „Planwirtschaft durch die Kellertür“,
"a maze drawn by people who have never laid a brick", "the final nail in the coffin of the
private rented sector", "profiteering from scarcity", "a scare story for the cameras"),
verdicts with „halten ... für“, accusations that name no act, counterfactual rhetoric, blame
without a figure, warnings without a measure, fears, hopes, doubts, perceptions, market
views, arguments, open questions, a banner's slogan, an agency's caveat and vox pops with
their ages - each beside a check-worthy look-alike around a verifiable core: the same
speaker's figure, plan or comparison, a statistic office's count, a vote's tally, a rule's
cap, an announced bill, lawsuit or action plan, a survey's share, a pledge with its figure,
a source line. Half German (dpa with its slugs "dpa/lno", "dpa/lby", "dpa/lnw", "dpa/lsw",
dpa-AFX, APA, Keystone-SDA; Austrian "heuer", "Gemeindebau", "Pensionistin",
"Hauptmietwohnungen", Swiss "Mietzins", "Leerwohnungsziffer", "innert", "Stimmbeteiligung",
«» quotes, German „“ quotes) and half English (Reuters, AP, AFP, PA, AAP; British
"favour", "organisers", "stabilising", Australian "per cent", "A$", Canadian "C$", American
"organizer", "program").

245 rows (123 German, 122 English), 102 negatives (52 German, 50 English), 143 check-worthy
rows of which 10 carry no figure (9 German, 1 English), 225 expected quantities (66 counts, 54
percentages - 52 in %, 2 in basis points "bp" -, 25 durations - 20 in years, 4 in months, 1 in
days -, 24 amounts of money - 16 EUR, 4 USD, 2 CAD, 1 each AUD, GBP -, 23 years, 11 dates, 11
fractions, 11 ordinals; 9 of them in eight negatives, as the seventeenth batch labels a figure in a
negative), 53 checked speakers (30 German, 23 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, creed, vow, reassurance, feeling, perception, hope, fear, doubt, belief
  or piece of rhetoric is a negative with speaker None, also with a named speaker and an
  office (seventh, ninety-eighth, hundred-thirty-first, hundred-fifty-seventh,
  two-hundred-and-fourth, two-hundred-and-twenty-sixth, two-hundred-and-sixty-first,
  two-hundred-and-sixty-ninth); a quoted or reported statement of fact, figure, step, plan,
  pledge, demand or position is check-worthy with its speaker, also in Konjunktiv I
  (hundred-sixtieth, two-hundred-and-forty-fifth). Pairs from one speaker:
  Kernbach-Fiedler's 410 towns and 3.5 percent beside „ein Grundrecht“ and „Die Bremse
  wirkt“ (a result read as proof, two-hundred-and-eighth, two-hundred-and-sixty-ninth);
  Pachernegg's 240 euros beside „endlich einmal gewonnen“; Scharnweber's 23.5 billion euros
  beside her reported „Trendwende ... geschafft“ (a reported evaluation with a named speaker,
  two-hundred-and-fourth); Aebischer-Wyss's 25 percent and half beside «das Geld aus der
  Tasche gezogen» (an accusation that names no act); Quast's 50,000 beside „Jede dieser
  Zahlen ist ein Mensch“ (two-hundred-and-twenty-sixth: "Behind every one of those figures");
  Lenzkirch's 35 euros and his share of long fixed terms beside „Schnäppchenzinsen“;
  Ahlgrimm's comparison beside „Wir lassen uns von niemandem erzählen“; Oberhauser's 2,000
  places beside „alles, was in unserer Macht steht“; Hadrawa's 6,000 and 1,150 flats beside
  „die Seele dieser Stadt“; Dörrenbach's stated practice beside „Niemand in diesem Land“;
  Wiechering's 8 billion euros beside „keine einzige neue Wohnung“ (counterfactual rhetoric,
  two-hundred-and-twenty-sixth; „keine einzige“ none); Berthoud-Favre's two years beside
  «kein Spekulationsobjekt»; Rothfuß-Keller's 100,000 euros beside „kein Traum bleiben“;
  Holzapfel's third beside „eine Wette gegen den Mieter“; Penhallow's 1.4 million homes beside
  "nobody is going to stand in our way"; Ashworth's 8,400 homes beside "deserves a safe
  place"; Greer's third and 30 per cent beside his "bucket of water on a bushfire";
  Gagnon-Tremblay's C$6 billion beside "you build"; Barraza's three board members beside "a
  betrayal"; Falkenau's 1.6 billion euros and 6,300 flats beside "a building problem" ("told
  reporters" in a negative, unchecked); Rennick's 31% beside "put tenants first"; Mulcahy's
  1,200 people and his plan beside "Nobody in this Government is comfortable"; Chau's 30,000
  flats beside the concern groups' "cages".
- Comparisons and practices stated as fact are check-worthy without a figure
  (two-hundred-and-sixty-ninth: Borgward's tax comparison): „Senatorin Friederike Ahlgrimm
  (SPD) sagte, Hamburg baue pro Kopf mehr Sozialwohnungen als jede andere deutsche
  Großstadt.“ -> "Friederike Ahlgrimm" - a claim that the cities' figures settle. New: „Justizminister
  Helmut Dörrenbach (CDU) sagte, die Amtsgerichte verwiesen betroffene Mieter
  inzwischen in jedem Verfahren an die Schuldnerberatung.“ is check-worthy without a figure
  -> "Helmut Dörrenbach" - a stated practice of the courts that their files can confirm, as
  what a statistic includes and excludes (two-hundred-and-twenty-sixth; here „erfasst die
  Statistik ausdrücklich nicht“); „in jedem Verfahren“ none.
- New: an agency's caveat about its own statistic without a figure is a negative - "A HUD
  spokesperson said the count was only a snapshot and could not capture the full scale of
  the crisis." - an evaluation of the figure's reach, naming no group left out and no
  number, unlike the German row on the people the count leaves out, which names them and is
  check-worthy (two-hundred-and-twenty-sixth).
- New: a banner's slogan is a negative with speaker None - the row in which "Housing is a
  right, not a business" is read on one banner outside the ministry - a creed carried in a
  march, as a vox pop is a negative (two-hundred-and-sixty-ninth), while the police's
  and organisers' turnout figures in the next row are check-worthy (one side's figure in a
  dispute, hundred-fifty-second).
- Counterfactual rhetoric, blame without a figure and market views are negatives
  (two-hundred-and-twenty-sixth, hundred-fifty-seventh): „Wer jetzt nicht baut, hat in drei
  Jahren nichts mehr zu vermieten“ with 3 years labelled, „Mit Enteignungen entsteht keine
  einzige neue Wohnung“, "Builders blamed high mortgage rates and tariffs on lumber for the
  slowdown.", „Viele Kaufinteressenten warten nach Einschätzung von Maklern lieber ab ...“,
  „Makler berichten, dass Käufer wieder spürbar härter verhandeln ...“ („vor einem Jahr“
  none), "Realtors say the market feels more balanced ..." with "the past five years" 5
  years labelled, "Economists expect the housing slump to weigh on growth ..." (a forecast
  without a figure, hundred-sixty-third); arguments ("Landlords argue", "Landlord groups
  argue", "Conservatives argue", "Some conservative lawmakers argue", „Vermieterverbände
  halten dagegen“; two-hundred-and-sixty-ninth: "Welfare groups argue", "Critics say"),
  perceptions („haben das Gefühl“, „nach eigener Aussage ... vergeblich“;
  two-hundred-and-sixty-ninth), fears, hopes and doubts („fürchten“ twice, „hoffen“,
  „bezweifeln“ with 2030 labelled, "fear" three times, "hope", "doubt" twice), warnings that
  name no measure (the Wohnungswirtschaft), evasions and open questions („ließ die Regierung
  offen“, „gilt unter Fachleuten als fraglich“, „ist offen“, "Whether ... is unclear",
  "Whether ... remains unclear" with 2027 labelled), verdicts with „halten ... für“ (the
  Mieterbund, the Hauseigentümerverband, the BBU's „verfassungswidrig“ - a party's legal
  verdict, while its announced suit in the next row is check-worthy as the
  two-hundred-and-sixty-ninth's Staatsregierung's lawsuit -, the Wohnungswirtschaft,
  economists with „unter zwei Prozent“ 2 "under" labelled), labels („nannte“, „nannten“,
  „bezeichnete ... als“, „sprach von“, "called" ten times, "described ... as", "dismissed ...
  as"), accusations that name no act („warf ... vor“, „warfen ... vor“, "accused" three
  times) and vow ("Organisers vowed to keep marching ..."). Vox pops are negatives with their
  ages and spans labelled (two-hundred-and-sixty-ninth): „Eine Pensionistin aus Favoriten,
  78,“ 78 years and „seit 51 Jahren“ 51 years, "71-year-old Gloria Pettway" 71 years, "for
  12 years" 12 years.
- Steps, demands and pledges (two-hundred-and-fourth, two-hundred-and-twenty-sixth,
  two-hundred-and-sixty-ninth): announced steps are check-worthy without a figure (the
  Senat's bill, Lindqvist's action plan with „kündigte an“ unchecked, the BBU's suit at the
  Bundesverfassungsgericht, Ruelas's federal land, Mulcahy's plan with 2030); demands with
  and without a figure are check-worthy (the Mieterbund's extension to furnished flats, the
  Mieterverein's 50 years); pledges and targets with a figure (Penhallow's 1.4 million homes
  by 2029, Ashworth's 8,400, Hadrawa's 6,000 by 2030, Oberhauser's 2,000 places, the Irish
  Government's 41,000 homes, CMHC's 3.5 million by 2030, Chau's 30,000 flats); rules with
  their caps (the Mietpreisbremse's ten percent "at_most", the Richtwert cap of 1 percent
  "at_most", Geneva's third "at_least", Scotland's "inflation plus 1%, up to a maximum of
  6%" - 1 with no hedge and 6 "up_to" as the two-hundred-and-twenty-sixth's "CPI plus 1.5%,
  up to 7%" -, Hong Kong's ban on units "smaller than 8 square metres" 8 "under"
  (two-hundred-and-twenty-sixth: "smaller than 100 square feet"), the 2022 ordinance's 30
  days' notice) and a rule stated without a figure („keinen Anspruch auf eine Senkung ihres
  Mietzinses“; hundred-fifty-seventh: a rule on pets).
- Rents and prices per area and per period are money in the currency written, the rate
  words none (hundred-fifty-seventh, two-hundred-and-twenty-sixth): „9,80 Euro pro
  Quadratmeter“, „7,10 Euro pro Quadratmeter“, „4.850 Euro pro Quadratmeter“ („im Mittel“ no
  hedge), „790 Euro im Monat“, „505 Euro, 16 Euro mehr“ both („mehr“ after the figure
  compares), „rund 240 Euro im Jahr“ "about", „eine um rund 35 Euro höhere Monatsrate“
  "about", „für einen Kredit über 300.000 Euro“ with no hedge („über“ after a noun that
  governs it, two-hundred-and-twenty-sixth), „bis zu 100.000 Euro“ "up_to", „mindestens 8
  Milliarden Euro“ "at_least", „insgesamt 1,1 Milliarden Euro“ and „insgesamt 23,5
  Milliarden Euro“ („insgesamt“ no hedge), „bei 17,2 Milliarden Euro“; "271,400 pounds",
  "$402,600", "less than $5,000" "under", "$38 million", "$4.1 billion", "a record A$795"
  ("a record" no hedge, "in the March quarter" none), "C$6 billion", "to C$2,580", "2.9
  billion euros", "1.6 billion euros".
- Rates (hundred-fifty-seventh, two-hundred-and-twenty-sixth): levels and moves in % as
  written („bei 1,25 Prozent“, „auf 3,41 Prozent“, „bei 2,25 Prozent“, „auf 1,02 Prozent“,
  „bei 0,48 Prozent“, "to an average of 6.21%", "held at 1.1 per cent", "2.75% ... 4.5%", "up to 7.75%"
  "up_to", "to 15%"); moves in basis points "bp" („um 14 Basispunkte“, "fell 8 basis
  points"); maturities and fixed terms are durations („mit zehnjähriger Zinsbindung“ 10
  years, "a 30-year fixed mortgage" 30 years, "one-year leases" 1 year twice, "two-year
  leases" 2 years, „eine Zinsbindung von 15 Jahren oder länger“ 15 years "at_least",
  two-hundred-and-twenty-sixth). Votes and turnouts: „mit 54,3 Prozent Ja-Stimmen“, „Die
  Stimmbeteiligung lag bei 41 Prozent“, „57,6 Prozent der Abstimmenden“ with the
  referendum's 2021.
- Counts (every batch): flats, homes, households, people and filings as written („rund
  420.000 Hauptmietwohnungen“, „rund 112.300“, „205.000 ... 400.000“ - „nur“ no hedge -,
  „nur noch 163 Wohnungen“, „rund 531.600 Menschen“, „rund 50.000“, „3.214“, „3.500“, „rund
  19.000“, „rund 2.000 zusätzliche Wohnheimplätze“, „6.000“, „rund 500.000“, „knapp 12.000
  Haushalte“ "nearly", „1.150“, „11.842“, „6.120“, „mehr als 3.000 Wohnungen“ "over", „rund
  240.000“, „Rund 1,9 Millionen Haushalte“ "about", "1.4 million homes", "207,900", "61,200",
  "1.24 million homes", "8,400 social homes", "58,300 households", "244,700",
  "228,000 units", "about 3.5 million more homes" ("more" after the figure no hedge),
  "58,190", "927,000", "1.39 million", "about 1 million rent-stabilized apartments",
  "26,000 of the apartments", "about 480,000 flats", "6,300 flats", "about 30,000 public
  flats", "About 214,000 people", "about 3.8 million empty homes", "15,912 ..., 4,870 of them
  children", "1,200 people", "41,000 homes", "10,870", "309,000 people", "10.8
  million private renters", "About 748,000 people"); tallies („389 Abgeordnete ..., 251
  dagegen“, "voted 5-4", "voted 67 to 54"; two-hundred-and-sixty-ninth), turnout figures
  ("22,000 ... 150,000"), definite groups ("61 of the 70 cities", „in 410 Städten und
  Gemeinden“, „unter 88 untersuchten Hochschulstädten“ - New: „der höchste Wert unter 88
  ...“ carries no hedge: „unter“ before a figure here means "among", as „unter 3.150
  Betrieben“ before a survey's base (two-hundred-and-sixty-ninth) -, "1,140 of the group's
  members"), „zwölf Bewerbungen“ 12, "three new board members" 3, "at least one property" 1
  "at_least" twice (two-hundred-and-twenty-sixth), index levels ("slipping to 34",
  two-hundred-and-twenty-sixth: "confidence stuck at 36"), "smaller than 8 square metres" 8
  "under". None: „jede andere deutsche Großstadt“, „in jedem Verfahren“, „Jede dieser
  Zahlen“, „keine einzige“, „Erstsemester“, "Tens of thousands", "thousands of apartments",
  "a single night", "every American", "Every family", "first-time buyers".
- Fractions (the issue; two-hundred-and-twenty-sixth): „gut ein Drittel“ 0.3333 "over",
  „um mehr als die Hälfte“ 0.5 "over", „Gut ein Viertel“ 0.25 "over", „In gut zwei
  Dritteln“ 0.6667 "over", „mindestens ein Drittel“ 0.3333 "at_least", „fast jeder dritte“
  0.3333 "nearly", „fast jeder zweite Kunde“ 0.5 "nearly"; "about one in three" 0.3333
  "about", "Nearly half" 0.5 "nearly", "one in four" 0.25, "Roughly 4 in 10" 0.4 "about"
  (two-hundred-and-seventy-sixth: "about nine in ten" 0.9).
- Ordinals (the issue): „im ersten Halbjahr“ 1, „zum zweiten Mal in Folge“ 2, „im dritten
  Quartal“ 3, „im zweiten Quartal 2022“ 2 and the year, "a 16th straight month" 16, "their 23rd
  straight decline" 23, "over the first four months" 1 and 4 months ("over" before "the" no hedge)
  (two-hundred-and-twenty-sixth: "in the first nine months"), "in the first half" 1, "in the
  third quarter" 3, "the 14th monthly record in a row" 14, "in its first year" 1. None: "a
  record", "the lowest", "the highest", „der höchste Wert“, „dem Höchststand“, "among the
  latest", "first-time buyers".
- Durations and ages (the issue; every batch): „innert zwei Jahren“ 2 years („innert“ no
  hedge), „auf 50 Jahre“, „knapp neun Monate“ 9 months "nearly", „jünger als 18 Jahre“ 18
  years "under" (twenty-third), "over four years" and "over five years" ("over" before a
  span no hedge), "the lowest in six months" 6 months, "the lowest in almost five years" 5
  years "nearly", "a 3.5-month supply" 3.5 months, "30 days' notice" 30 days, "fell to 5.1
  years" 5.1 years. New: "at an average age of 30.4 years" is duration 30.4 years with no
  hedge - an age with a decimal is a duration as any age, "an average of" no hedge
  (two-hundred-and-twenty-sixth: "an average of 11 years"). None: „heuer“, „im Vorjahr“, „im
  vergangenen Jahr“, „im Jahr davor“, „ein Jahr zuvor“, „im kommenden Jahr“, „im Jahr“, „pro
  Jahr“, „im Monat“, „jeden Monat“, „im Vorjahresmonat“, „im Vorjahressemester“, „zu
  Semesterbeginn“, „seit Wochen“, „über Jahre“, „jahrelang“, „vor einem Jahr“, „bis zum
  Herbst“, "last week", "the prior week", "a year earlier", "the year before", "last year",
  "next year", "this year", "the past year", "the current fiscal year", "the rest of the
  year", "over the past decade", "years of failed policy", "the same quarter", "the quarter to June", "the
  March quarter", "the end of June", "between April and June", "since January", "before the
  summer", "before Christmas", months and weekdays.
- Years and dates: „bis Ende 2029“, „bis 2028“ (twice), „bis 2029“, „von 2021“, „seit 2008“,
  „bis 2030“ (three times, once in a doubt), „Beim Volksentscheid 2021“, „seit 2022“, „2022“
  after a quarter; "by 2029", "in 2024-25" both years (two-hundred-and-twenty-sixth), "by
  2030", "from 2023", "a 2022 ordinance" (a year before a noun), "since 2021", "before 2027"
  in an open question, "from March 2027" the year only, "to 2030", "in 2009". Dates: „zum
  Stichtag 1. Juni“ --06-01 and „zum Stichtag 31. Januar“ --01-31
  (two-hundred-and-twenty-sixth), "on June 1, 2026" 2026-06-01; Reuters and AFP datelines
  with a day ("LONDON, Feb 3", "NEW YORK, March 12", "OTTAWA, April 15", "BEIJING, May 19",
  "WASHINGTON, June 18", "FRANKFURT, Aug 6", "HONG KONG, Sept 9", "MADRID, Oct 5 (AFP)")
  dates without a year; dpa with its slugs, dpa-AFX, APA, Keystone-SDA, AP, PA and AAP
  datelines none (seventy-ninth).
- Hedges, only the names in use: „rund“, „Rund“, "about", "About", "Roughly" "about";
  „knapp“, „fast“, "Nearly", "almost" "nearly"; „gut“, „Gut“, „mehr als“, "more than"
  "over"; „jünger als“, „unter“ before a rate, "less than", "smaller than" "under"; „bis
  zu“, "up to", "up to a maximum of" "up_to"; „mindestens“, "at least", „oder länger“
  "at_least"; „höchstens“ "at_most". No hedge: „im Schnitt“, „durchschnittlich“, „im
  Mittel“, „insgesamt“, „nur“, „nur noch“, „zuletzt“, „derzeit“, „inzwischen“, „innert“,
  „unter“ meaning "among", „über“ after a noun that governs it, „mehr“ after a figure, "a
  record", "an average age of", "an average of", "over" before a span, "more" after a figure, "from" and "to"
  around a move.
- Speakers, checked only in forms the earlier batches settled: „Bundesjustizministerin
  Roswitha Kernbach-Fiedler (SPD) sagte, ...“, „Wohnbaustaatssekretärin Gerlinde Pachernegg
  (SPÖ) sagte, ...“, „Verbandspräsidentin Corinne Aebischer-Wyss sagte, ...“,
  „Geschäftsführerin Marlene Quast sagte, ...“, „Hausbrief-Vorstand Tobias Lenzkirch sagte,
  ...“, „Senatorin Friederike Ahlgrimm (SPD) sagte, ...“, „Bayerns Wissenschaftsminister
  Quirin Oberhauser (CSU) sagte, ...“, „Justizminister Helmut Dörrenbach (CDU) sagte, ...“,
  „Stadtentwicklungssenator Jost Wiechering (CDU) sagte, ...“, „Staatsrat Laurent
  Berthoud-Favre sagte, ...“ and „Landesbauministerin Sabine Rothfuß-Keller (Grüne) sagte,
  ...“ the name (two-hundred-and-twenty-sixth, two-hundred-and-sixty-ninth);
  „Bundesjustizministerin Kernbach-Fiedler sagte“ the surname as written; „sagte
  Wohnbaustadträtin Brigitte Hadrawa am Dienstag“ the name with the weekday dropped;
  „Scharnweber sagte“, „Lenzkirch sagte“, „Hadrawa sagte“ and „Holzapfel sagte“ opening the
  row (forty-second); „teilte die Stadtentwicklungsbehörde mit“, „teilte das
  Justizministerium mit“, „teilte das Statistische Landesamt mit“ (the source with its
  article; two-hundred-and-twenty-sixth); „nach Angaben des Wohnbauministeriums“, „Nach
  Angaben des Statistischen Bundesamts“ and „nach Angaben des Statistischen Bundesamts“ ->
  "das Statistische Bundesamt", „nach Angaben der Bundesbank“, „Nach Angaben des
  Mietervereins zu Hamburg“ -> "der Mieterverein zu Hamburg", „nach Angaben der Stadt“ ->
  "die Stadt" and „nach Angaben des Ministeriums“ (the source in the nominative,
  hundred-forty-sixth, hundred-sixty-third); „Laut Statistik Austria“, „laut Bundesamt für
  Statistik“ and „laut Wiener Wohnen“ as written (two-hundred-and-twenty-sixth: „Laut
  Mietervereinigung“). English: the name with the role dropped ("Housing Secretary Gareth
  Penhallow said", "NSW Housing Minister Tegan Ashworth said", "Housing Minister Aurélien
  Gagnon-Tremblay said", "County Supervisor Denise Okafor-Hill said", "Housing and Urban
  Development Secretary Martin Ruelas said", "Chief Executive Reinhard Falkenau said",
  "Housing Minister Marta Ibarzábal said", "Housing Minister Ciarán Mulcahy said", "Housing
  Minister Rowan Pettifer said"); "Housing Minister Eilidh Rennick told MSPs that" and
  "Housing Secretary Winnie Chau Ka-yan told lawmakers" (hundred-ninety-sixth,
  two-hundred-and-sixty-ninth); "Greer said", "Barraza said", "Falkenau said" and "Mulcahy
  said" opening the row; "Harbourline said", "Shelter said" and "Canada Mortgage and Housing
  Corp said" as written (hundred-fifty-seventh); "the Mortgage Bankers Association said on
  Wednesday", "the Commerce Department said on Wednesday", "The Rent Stabilization
  Association said" and "the Housing Authority said on Tuesday" with the article lowered and
  the weekday dropped; "according to the National Association of Realtors" with the article
  (two-hundred-and-sixty-ninth). Left unchecked (None): rows without attribution and all
  negatives, also those with a named speaker; „Nach Angaben von Haus & Grund“ (a name without
  an article after „von“, not yet settled), „wie das Bundesamt für Wohnungswesen am Montag
  mitteilte“ (two-hundred-and-fourth), „rechnete der Verband vor“, „Der Verband rechnet“,
  „nach Berechnungen des Senats“, „nach einer Schätzung des Deutschen Mieterbunds“, „nach
  einer Auswertung des Moses Mendelssohn Instituts“, „Das geht aus Daten ... hervor“, „kündigte
  an“, „fordert“; descriptions before a name ("mortgage lender Harbourline said", "property
  data firm Domicile said", "German residential landlord Heimstatt said") and after one ("Ben
  Carraway, the association's chief executive, said"; hundred-twenty-fourth), "Bank of
  England data showed", "Analysts in a Reuters poll", "CMHC estimates", "according to
  Reuters calculations", "surveyed by the National Bureau of Statistics", "according to a
  report by researchers", "A survey by the National Association of Home Builders showed",
  "according to the INE statistics institute", "according to government census data",
  "Department of Housing figures show", "Ministry of Justice figures show",
  "according to the Department of Housing and Urban Development's annual count", "the
  government has confirmed" (data, documents and verbs no batch settled for these sources).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_277 = [
    # --- Bundestag verlängert Mietpreisbremse (dpa), Januar ---
    (
        "de",
        "Berlin (dpa) - Mit 389 zu 251 Stimmen hat der Bundestag am Donnerstag die Mietpreisbremse bis Ende 2029 verlängert.",
        True,
        [("count", 389, None, None), ("count", 251, None, None), ("year", 2029, None, None)],
        None,
    ),
    (
        "de",
        "Bundesjustizministerin Roswitha Kernbach-Fiedler (SPD) sagte, die Regel gelte derzeit in 410 Städten und Gemeinden mit angespanntem Wohnungsmarkt.",
        True,
        [("count", 410, None, None)],
        "Roswitha Kernbach-Fiedler",
    ),
    ("de", "„Wohnen ist kein Luxusgut, sondern ein Grundrecht, und dieses Haus hat das heute verstanden“, sagte Kernbach-Fiedler im Plenum.", False, [], None),
    ("de", "„Die Bremse wirkt, das spüren die Menschen jeden Monat an ihrem Kontoauszug“, sagte die Ministerin.", False, [], None),
    (
        "de",
        "Bei einer Wiedervermietung darf die Miete in diesen Gebieten die ortsübliche Vergleichsmiete um höchstens zehn Prozent übersteigen.",
        True,
        [("percent", 10, "%", "at_most")],
        None,
    ),
    ("de", "Der Eigentümerverband Haus & Grund nannte die Verlängerung „ein Misstrauensvotum gegen jeden privaten Vermieter“.", False, [], None),
    (
        "de",
        "Nach Angaben von Haus & Grund gehören rund 60 Prozent aller Mietwohnungen in Deutschland privaten Kleinvermietern.",
        True,
        [("percent", 60, "%", "about")],
        None,
    ),
    ("de", "Die Union warf der Koalition vor, mit Symbolpolitik vom eigenen Versagen beim Wohnungsbau abzulenken.", False, [], None),
    ("de", "Der Deutsche Mieterbund hält die Bremse in ihrer jetzigen Form für ein stumpfes Schwert.", False, [], None),
    ("de", "Der Mieterbund fordert, dass die Bremse künftig auch für möblierte Wohnungen und Kurzzeitverträge gilt.", True, [], None),
    # --- Richtwertmieten-Deckel im Nationalrat (APA), Februar ---
    (
        "de",
        "Wien (APA) - Die Richtwertmieten in Österreich dürfen heuer um höchstens 1 Prozent steigen, das hat der Nationalrat am Mittwoch mit den Stimmen der Regierungsparteien beschlossen.",
        True,
        [("percent", 1, "%", "at_most")],
        None,
    ),
    (
        "de",
        "Betroffen sind nach Angaben des Wohnbauministeriums rund 420.000 Hauptmietwohnungen.",
        True,
        [("count", 420000, None, "about")],
        "das Wohnbauministerium",
    ),
    (
        "de",
        "Wohnbaustaatssekretärin Gerlinde Pachernegg (SPÖ) sagte, ein durchschnittlicher Haushalt spare damit rund 240 Euro im Jahr.",
        True,
        [("money", 240, "EUR", "about")],
        "Gerlinde Pachernegg",
    ),
    ("de", "„Das ist ein Tag, an dem die Mieterinnen und Mieter endlich einmal gewonnen haben“, sagte Pachernegg.", False, [], None),
    ("de", "Der Österreichische Verband der Immobilienwirtschaft sprach von einem „enteignungsgleichen Eingriff in bestehende Verträge“.", False, [], None),
    (
        "de",
        "Die Vermieter müssten dadurch bis 2028 auf insgesamt 1,1 Milliarden Euro an Einnahmen verzichten, rechnete der Verband vor.",
        True,
        [("year", 2028, None, None), ("money", 1100000000, "EUR", None)],
        None,
    ),
    ("de", "Die FPÖ bezeichnete den Deckel als „Pflaster für eine Schusswunde“.", False, [], None),
    ("de", "Ob ein ähnlicher Deckel auch für frei vereinbarte Mieten kommt, ließ die Regierung offen.", False, [], None),
    (
        "de",
        "Laut Statistik Austria lagen die Mieten inklusive Betriebskosten im Vorjahr im Schnitt bei 9,80 Euro pro Quadratmeter.",
        True,
        [("money", 9.8, "EUR", None)],
        "Statistik Austria",
    ),
    # --- Geförderter Wohnungsbau in Hamburg (dpa/lno), Februar ---
    (
        "de",
        "Hamburg (dpa/lno) - Hamburg hat im vergangenen Jahr den Bau von 3.214 geförderten Wohnungen bewilligt, teilte die Stadtentwicklungsbehörde mit.",
        True,
        [("count", 3214, None, None)],
        "die Stadtentwicklungsbehörde",
    ),
    (
        "de",
        "Das Ziel von 3.500 Sozialwohnungen pro Jahr wurde damit zum zweiten Mal in Folge verfehlt.",
        True,
        [("count", 3500, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    ("de", "Senatorin Friederike Ahlgrimm (SPD) sagte, Hamburg baue pro Kopf mehr Sozialwohnungen als jede andere deutsche Großstadt.", True, [], "Friederike Ahlgrimm"),
    ("de", "„Wir lassen uns von niemandem erzählen, dass Hamburg beim Wohnen versagt“, sagte Ahlgrimm.", False, [], None),
    ("de", "Die CDU-Fraktion in der Bürgerschaft sprach von „geschönten Erfolgsmeldungen aus dem Rathaus“.", False, [], None),
    (
        "de",
        "Nach Angaben des Mietervereins zu Hamburg fallen bis 2030 rund 19.000 Wohnungen aus der Sozialbindung.",
        True,
        [("year", 2030, None, None), ("count", 19000, None, "about")],
        "der Mieterverein zu Hamburg",
    ),
    (
        "de",
        "Der Verein fordert, die Bindungsfrist für neue Sozialwohnungen auf 50 Jahre zu verlängern.",
        True,
        [("duration", 50, "year", None)],
        None,
    ),
    ("de", "Die Wohnungswirtschaft warnte, noch strengere Auflagen würden die letzten Investoren aus der Stadt vertreiben.", False, [], None),
    # --- UK house prices and the building target (Reuters), February ---
    (
        "en",
        "LONDON, Feb 3 (Reuters) - British house prices rose 0.6% in January, taking annual growth to 3.1%, mortgage lender Harbourline said on Tuesday.",
        True,
        [("date", "--02-03", None, None), ("percent", 0.6, "%", None), ("percent", 3.1, "%", None)],
        None,
    ),
    (
        "en",
        "The average home cost 271,400 pounds, Harbourline said.",
        True,
        [("money", 271400, "GBP", None)],
        "Harbourline",
    ),
    ("en", "Harbourline chief economist Nadia Feltham said the market was showing \"remarkable resilience in the face of everything thrown at it\".", False, [], None),
    (
        "en",
        "Mortgage approvals fell to 61,200 in December, the lowest in six months, Bank of England data showed.",
        True,
        [("count", 61200, None, None), ("duration", 6, "month", None)],
        None,
    ),
    (
        "en",
        "Housing Secretary Gareth Penhallow said the government was on course to build 1.4 million homes in England by 2029.",
        True,
        [("count", 1400000, None, None), ("year", 2029, None, None)],
        "Gareth Penhallow",
    ),
    ("en", "\"We are getting Britain building again, and nobody is going to stand in our way,\" Penhallow said.", False, [], None),
    ("en", "The Home Builders Federation called the planning system \"a maze drawn by people who have never laid a brick\".", False, [], None),
    (
        "en",
        "England's housing stock grew by a net 207,900 homes in 2024-25.",
        True,
        [("count", 207900, None, None), ("year", 2024, None, None), ("year", 2025, None, None)],
        None,
    ),
    ("en", "Many first-time buyers fear they will never get a foot on the ladder.", False, [], None),
    # --- Referenzzinssatz bleibt (Keystone-SDA), März ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Referenzzinssatz für Mietverhältnisse verharrt bei 1,25 Prozent, wie das Bundesamt für Wohnungswesen am Montag mitteilte.",
        True,
        [("percent", 1.25, "%", None)],
        None,
    ),
    ("de", "Mieterinnen und Mieter haben damit weiterhin keinen Anspruch auf eine Senkung ihres Mietzinses.", True, [], None),
    ("de", "Der Mieterinnen- und Mieterverband sprach von einem «schwarzen Tag für alle, die jeden Monat zu viel überweisen».", False, [], None),
    (
        "de",
        "Verbandspräsidentin Corinne Aebischer-Wyss sagte, die Mieten seien seit 2008 um gut 25 Prozent gestiegen, obwohl der Referenzzins in dieser Zeit um mehr als die Hälfte gesunken sei.",
        True,
        [("year", 2008, None, None), ("percent", 25, "%", "over"), ("fraction", 0.5, None, "over")],
        "Corinne Aebischer-Wyss",
    ),
    ("de", "«Hier wird den Mietern systematisch das Geld aus der Tasche gezogen», sagte Aebischer-Wyss.", False, [], None),
    ("de", "Der Hauseigentümerverband hält die Vorwürfe für «populistisch und faktenfrei».", False, [], None),
    (
        "de",
        "Die Leerwohnungsziffer sank laut Bundesamt für Statistik zum Stichtag 1. Juni auf 1,02 Prozent.",
        True,
        [("date", "--06-01", None, None), ("percent", 1.02, "%", None)],
        "Bundesamt für Statistik",
    ),
    (
        "de",
        "In der Stadt Zürich standen damit nur noch 163 Wohnungen leer.",
        True,
        [("count", 163, None, None)],
        None,
    ),
    ("de", "Viele Zürcherinnen und Zürcher haben das Gefühl, dass sie sich ihre eigene Stadt nicht mehr leisten können.", False, [], None),
    # --- US mortgage rates (Reuters), March ---
    (
        "en",
        "NEW YORK, March 12 (Reuters) - Rates on 30-year fixed mortgages fell 8 basis points to an average of 6.21% last week, the Mortgage Bankers Association said on Wednesday.",
        True,
        [
            ("date", "--03-12", None, None),
            ("duration", 30, "year", None),
            ("percent", 8, "bp", None),
            ("percent", 6.21, "%", None),
        ],
        "the Mortgage Bankers Association",
    ),
    (
        "en",
        "Applications for loans to buy a home rose 5% from the prior week.",
        True,
        [("percent", 5, "%", None)],
        None,
    ),
    ("en", "\"Buyers are finally starting to come off the sidelines,\" said Ramona Ellery, an economist at the group.", False, [], None),
    (
        "en",
        "Refinancing activity was 41% higher than a year earlier.",
        True,
        [("percent", 41, "%", None)],
        None,
    ),
    ("en", "Some economists doubt rates will drop much further while inflation stays sticky.", False, [], None),
    (
        "en",
        "Existing homes sold for a median $402,600 in February, up 2.4% on the year, according to the National Association of Realtors.",
        True,
        [("money", 402600, "USD", None), ("percent", 2.4, "%", None)],
        "the National Association of Realtors",
    ),
    (
        "en",
        "Realtors say the market feels more balanced than at any time in the past five years.",
        False,
        [("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "Inventory stood at 1.24 million homes, a 3.5-month supply at the current sales pace.",
        True,
        [("count", 1240000, None, None), ("duration", 3.5, "month", None)],
        None,
    ),
    # --- Bauzinsen steigen (dpa-AFX), April ---
    (
        "de",
        "Frankfurt (dpa-AFX) - Die Zinsen für Baukredite mit zehnjähriger Zinsbindung sind im März um 14 Basispunkte auf 3,41 Prozent gestiegen.",
        True,
        [("duration", 10, "year", None), ("percent", 14, "bp", None), ("percent", 3.41, "%", None)],
        None,
    ),
    ("de", "Das geht aus Daten des Kreditvermittlers Hausbrief hervor.", True, [], None),
    (
        "de",
        "Hausbrief-Vorstand Tobias Lenzkirch sagte, für einen Kredit über 300.000 Euro bedeute das eine um rund 35 Euro höhere Monatsrate.",
        True,
        [("money", 300000, "EUR", None), ("money", 35, "EUR", "about")],
        "Tobias Lenzkirch",
    ),
    ("de", "„Die Zeit der Schnäppchenzinsen ist vorbei, und so schnell kommt sie auch nicht wieder“, sagte Lenzkirch.", False, [], None),
    (
        "de",
        "Lenzkirch sagte, fast jeder zweite Kunde entscheide sich inzwischen für eine Zinsbindung von 15 Jahren oder länger.",
        True,
        [("fraction", 0.5, None, "nearly"), ("duration", 15, "year", "at_least")],
        "Lenzkirch",
    ),
    ("de", "Viele Kaufinteressenten warten nach Einschätzung von Maklern lieber ab, bis sich der Markt beruhigt hat.", False, [], None),
    (
        "de",
        "Das Neugeschäft mit Wohnungsbaukrediten lag im Februar nach Angaben der Bundesbank bei 17,2 Milliarden Euro.",
        True,
        [("money", 17200000000, "EUR", None)],
        "die Bundesbank",
    ),
    (
        "de",
        "Ökonomen halten eine Rückkehr zu Bauzinsen unter zwei Prozent für ausgeschlossen.",
        False,
        [("percent", 2, "%", "under")],
        None,
    ),
    (
        "de",
        "Die Europäische Zentralbank hatte den Einlagensatz zuletzt bei 2,25 Prozent belassen.",
        True,
        [("percent", 2.25, "%", None)],
        None,
    ),
    # --- Sydney rents and social housing (AAP), April ---
    (
        "en",
        "SYDNEY (AAP) - Weekly asking rents in Sydney hit a record A$795 in the March quarter, property data firm Domicile said.",
        True,
        [("money", 795, "AUD", None)],
        None,
    ),
    (
        "en",
        "Vacancy rates across the capital cities held at 1.1 per cent.",
        True,
        [("percent", 1.1, "%", None)],
        None,
    ),
    (
        "en",
        "NSW Housing Minister Tegan Ashworth said the state would add 8,400 social homes over four years.",
        True,
        [("count", 8400, None, None), ("duration", 4, "year", None)],
        "Tegan Ashworth",
    ),
    ("en", "\"Every family in this state deserves a safe place to call home,\" Ashworth said.", False, [], None),
    ("en", "Tenants' Union chief executive Lachlan Greer called the plan \"a bucket of water on a bushfire\".", False, [], None),
    (
        "en",
        "The social housing waiting list in NSW stood at 58,300 households at the end of June.",
        True,
        [("count", 58300, None, None)],
        None,
    ),
    ("en", "Landlords argue that rising land taxes are pushing small investors out of the market.", False, [], None),
    (
        "en",
        "Greer said about one in three renters spent more than 30 per cent of their income on rent.",
        True,
        [("fraction", 0.3333, None, "about"), ("percent", 30, "%", "over")],
        "Greer",
    ),
    ("en", "Opposition housing spokesman Brendan Voss accused the government of \"sleepwalking through a crisis it was warned about\".", False, [], None),
    # --- Canadian housing starts (Reuters), April ---
    (
        "en",
        "OTTAWA, April 15 (Reuters) - Groundbreaking on new Canadian homes climbed 9% in March to a seasonally adjusted annual pace of 244,700, Canada Mortgage and Housing Corp said on Tuesday.",
        True,
        [("date", "--04-15", None, None), ("percent", 9, "%", None), ("count", 244700, None, None)],
        "Canada Mortgage and Housing Corp",
    ),
    (
        "en",
        "Analysts in a Reuters poll had expected 228,000 units.",
        True,
        [("count", 228000, None, None)],
        None,
    ),
    (
        "en",
        "Housing Minister Aurélien Gagnon-Tremblay said the federal government would spend C$6 billion on factory-built homes over five years.",
        True,
        [("money", 6000000000, "CAD", None), ("duration", 5, "year", None)],
        "Aurélien Gagnon-Tremblay",
    ),
    ("en", "\"This is how you fix a housing crisis: you build, and then you build some more,\" Gagnon-Tremblay said.", False, [], None),
    ("en", "The Canadian Home Builders' Association described the figures as \"nowhere near enough\".", False, [], None),
    (
        "en",
        "CMHC estimates Canada needs about 3.5 million more homes by 2030 to restore affordability.",
        True,
        [("count", 3500000, None, "about"), ("year", 2030, None, None)],
        None,
    ),
    ("en", "Critics say the target has become a slogan rather than a plan.", False, [], None),
    (
        "en",
        "Average asking rents in Toronto fell for a 16th straight month to C$2,580.",
        True,
        [("ordinal", 16, None, None), ("money", 2580, "CAD", None)],
        None,
    ),
    # --- Gemeindebau-Offensive (APA), Mai ---
    (
        "de",
        "Wien (APA) - Die Stadt Wien will bis 2030 insgesamt 6.000 neue Gemeindewohnungen errichten, sagte Wohnbaustadträtin Brigitte Hadrawa am Dienstag.",
        True,
        [("year", 2030, None, None), ("count", 6000, None, None)],
        "Brigitte Hadrawa",
    ),
    ("de", "„Der Gemeindebau ist die Seele dieser Stadt, und wir lassen sie nicht verkaufen“, sagte Hadrawa.", False, [], None),
    (
        "de",
        "Hadrawa sagte, im Vorjahr seien 1.150 Gemeindewohnungen fertiggestellt worden.",
        True,
        [("count", 1150, None, None)],
        "Hadrawa",
    ),
    (
        "de",
        "Derzeit leben laut Wiener Wohnen rund 500.000 Menschen in den städtischen Wohnhausanlagen.",
        True,
        [("count", 500000, None, "about")],
        "Wiener Wohnen",
    ),
    (
        "de",
        "Auf der Warteliste für eine Gemeindewohnung stehen knapp 12.000 Haushalte.",
        True,
        [("count", 12000, None, "nearly")],
        None,
    ),
    ("de", "Die ÖVP Wien bezeichnete die Pläne als „Ankündigungspolitik ohne Bagger“.", False, [], None),
    (
        "de",
        "Eine Pensionistin aus Favoriten, 78, sagte, sie wohne seit 51 Jahren im selben Gemeindebau und wolle nirgendwo anders hin.",
        False,
        [("duration", 78, "year", None), ("duration", 51, "year", None)],
        None,
    ),
    (
        "de",
        "Die Durchschnittsmiete im Gemeindebau liegt nach Angaben der Stadt bei 7,10 Euro pro Quadratmeter.",
        True,
        [("money", 7.1, "EUR", None)],
        "die Stadt",
    ),
    ("de", "Ob die Stadt dieses Bautempo über Jahre halten kann, gilt unter Fachleuten als fraglich.", False, [], None),
    # --- China home prices (Reuters), May ---
    (
        "en",
        "BEIJING, May 19 (Reuters) - Prices of new homes in China slipped 0.4% month on month in April, their 23rd straight decline, according to Reuters calculations from official data.",
        True,
        [("date", "--05-19", None, None), ("percent", 0.4, "%", None), ("ordinal", 23, None, None)],
        None,
    ),
    (
        "en",
        "Prices fell in 61 of the 70 cities surveyed by the National Bureau of Statistics.",
        True,
        [("count", 61, None, None), ("count", 70, None, None)],
        None,
    ),
    ("en", "A housing ministry official told state media that the market was \"stabilising step by step\".", False, [], None),
    (
        "en",
        "Sales of homes by floor area were down 7.8% over the first four months.",
        True,
        [("percent", 7.8, "%", None), ("ordinal", 1, None, None), ("duration", 4, "month", None)],
        None,
    ),
    ("en", "Analysts at one Shanghai brokerage called the data \"a floor that keeps moving lower\".", False, [], None),
    (
        "en",
        "Beijing has cut the minimum down payment for first-time buyers to 15%.",
        True,
        [("percent", 15, "%", None)],
        None,
    ),
    ("en", "Many homebuyers remain wary after developers left thousands of apartments unfinished.", False, [], None),
    ("en", "Investors hope a fresh round of stimulus will arrive before the summer.", False, [], None),
    # --- Räumungsklagen in NRW (dpa/lnw), Juni ---
    (
        "de",
        "Düsseldorf (dpa/lnw) - In Nordrhein-Westfalen sind im vergangenen Jahr 11.842 Räumungsklagen bei den Amtsgerichten eingegangen, teilte das Justizministerium mit.",
        True,
        [("count", 11842, None, None)],
        "das Justizministerium",
    ),
    (
        "de",
        "In 6.120 Fällen wurde eine Wohnung tatsächlich zwangsgeräumt, das waren 7 Prozent mehr als im Jahr davor.",
        True,
        [("count", 6120, None, None), ("percent", 7, "%", None)],
        None,
    ),
    (
        "de",
        "In gut zwei Dritteln der Fälle ging es um Mietschulden.",
        True,
        [("fraction", 0.6667, None, "over")],
        None,
    ),
    ("de", "Der Mieterbund NRW nannte jede einzelne Räumung „ein soziales Erdbeben für die betroffene Familie“.", False, [], None),
    ("de", "„Das ist keine Statistik mehr, das ist ein Hilferuf“, sagte eine Sprecherin des Mieterbunds.", False, [], None),
    ("de", "Justizminister Helmut Dörrenbach (CDU) sagte, die Amtsgerichte verwiesen betroffene Mieter inzwischen in jedem Verfahren an die Schuldnerberatung.", True, [], "Helmut Dörrenbach"),
    ("de", "„Niemand in diesem Land soll seine Wohnung verlieren, nur weil er einmal eine Rechnung nicht bezahlen konnte“, sagte Dörrenbach.", False, [], None),
    ("de", "Vermieterverbände halten dagegen, dass Mietausfälle gerade kleine Eigentümer oft selbst in Not bringen.", False, [], None),
    (
        "de",
        "Im Schnitt dauerte ein Räumungsverfahren nach Angaben des Ministeriums knapp neun Monate.",
        True,
        [("duration", 9, "month", "nearly")],
        "das Ministerium",
    ),
    # --- Los Angeles evictions (AP), June ---
    (
        "en",
        "LOS ANGELES (AP) — Eviction filings in Los Angeles County rose to 58,190 last year, up 12% from 2023, according to a report by researchers at the University of Southern California.",
        True,
        [("count", 58190, None, None), ("percent", 12, "%", None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "Nearly half of the cases involved unpaid rent of less than $5,000.",
        True,
        [("fraction", 0.5, None, "nearly"), ("money", 5000, "USD", "under")],
        None,
    ),
    ("en", "\"These are not deadbeats, these are working families one paycheck away from the street,\" said tenant organizer Marisol Echeverría.", False, [], None),
    ("en", "The Apartment Association of Greater Los Angeles called the report \"one-sided advocacy dressed up as research\".", False, [], None),
    (
        "en",
        "County Supervisor Denise Okafor-Hill said the county would spend $38 million on legal aid for tenants facing eviction.",
        True,
        [("money", 38000000, "USD", None)],
        "Denise Okafor-Hill",
    ),
    (
        "en",
        "Under a 2022 ordinance, landlords must give tenants 30 days' notice before filing.",
        True,
        [("year", 2022, None, None), ("duration", 30, "day", None)],
        None,
    ),
    ("en", "Landlord groups argue that the rules make it almost impossible to remove problem tenants.", False, [], None),
    ("en", "Whether the legal aid program can keep pace with demand is unclear.", False, [], None),
    # --- US housing starts (Reuters), June ---
    (
        "en",
        "WASHINGTON, June 18 (Reuters) - Starts of U.S. single-family homes dropped 4.6% in May to a seasonally adjusted annual pace of 927,000, the Commerce Department said on Wednesday.",
        True,
        [
            ("date", "--06-18", None, None),
            ("percent", 4.6, "%", None),
            ("count", 927000, None, None),
        ],
        "the Commerce Department",
    ),
    (
        "en",
        "Building permits for future construction dropped to a rate of 1.39 million, the lowest in almost five years.",
        True,
        [("count", 1390000, None, None), ("duration", 5, "year", "nearly")],
        None,
    ),
    ("en", "Builders blamed high mortgage rates and tariffs on lumber for the slowdown.", False, [], None),
    (
        "en",
        "A survey by the National Association of Home Builders showed builder confidence slipping to 34 in June.",
        True,
        [("count", 34, None, None)],
        None,
    ),
    (
        "en",
        "About 37% of builders said they had cut prices this month.",
        True,
        [("percent", 37, "%", "about")],
        None,
    ),
    ("en", "\"We are building into a headwind and praying it turns,\" said Carl Brodsky, a homebuilder in Ohio.", False, [], None),
    ("en", "Housing and Urban Development Secretary Martin Ruelas said the administration would open some federal land in Nevada and Utah for home construction.", True, [], "Martin Ruelas"),
    ("en", "Economists expect the housing slump to weigh on growth through the rest of the year.", False, [], None),
    # --- New York rent-stabilized leases (AP), June ---
    (
        "en",
        "NEW YORK (AP) — The panel that sets rents for about 1 million rent-stabilized apartments in New York City voted 5-4 on Thursday to allow increases of 2.75% on one-year leases.",
        True,
        [
            ("count", 1000000, None, "about"),
            ("count", 5, None, None),
            ("count", 4, None, None),
            ("percent", 2.75, "%", None),
            ("duration", 1, "year", None),
        ],
        None,
    ),
    (
        "en",
        "Increases on two-year leases were set at 4.5%.",
        True,
        [("duration", 2, "year", None), ("percent", 4.5, "%", None)],
        None,
    ),
    (
        "en",
        "Landlords had sought up to 7.75% for one-year leases.",
        True,
        [("percent", 7.75, "%", "up_to"), ("duration", 1, "year", None)],
        None,
    ),
    ("en", "Mayor Ezequiel Barraza said the increase was \"a betrayal of everything this city stands for\".", False, [], None),
    (
        "en",
        "Barraza said he would appoint three new board members before next year's vote.",
        True,
        [("count", 3, None, None)],
        "Barraza",
    ),
    (
        "en",
        "The Rent Stabilization Association said 26,000 of the apartments were vacant because owners could not afford repairs.",
        True,
        [("count", 26000, None, None)],
        "the Rent Stabilization Association",
    ),
    ("en", "Tenant advocates dismissed that claim as \"a scare story for the cameras\".", False, [], None),
    (
        "en",
        "One tenant in the Bronx, 71-year-old Gloria Pettway, said she had already cut back on her medication to pay the rent.",
        False,
        [("duration", 71, "year", None)],
        None,
    ),
    # --- Wohnungslosenstatistik (dpa), Juli ---
    (
        "de",
        "Berlin (dpa) - In Deutschland sind nach Angaben des Statistischen Bundesamts zum Stichtag 31. Januar rund 531.600 Menschen in Notunterkünften und Einrichtungen untergebracht gewesen.",
        True,
        [("date", "--01-31", None, None), ("count", 531600, None, "about")],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Das waren knapp 14 Prozent mehr als ein Jahr zuvor.",
        True,
        [("percent", 14, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Gut ein Viertel der Untergebrachten war jünger als 18 Jahre.",
        True,
        [("fraction", 0.25, None, "over"), ("duration", 18, "year", "under")],
        None,
    ),
    ("de", "Die Bundesarbeitsgemeinschaft Wohnungslosenhilfe nannte die Zahlen „ein beschämendes Zeugnis für ein wohlhabendes Land“.", False, [], None),
    ("de", "Menschen, die auf der Straße oder bei Bekannten leben, erfasst die Statistik ausdrücklich nicht.", True, [], None),
    (
        "de",
        "Geschäftsführerin Marlene Quast sagte, nach Schätzung ihres Verbands lebten zusätzlich rund 50.000 Menschen ohne jede Unterkunft.",
        True,
        [("count", 50000, None, "about")],
        "Marlene Quast",
    ),
    ("de", "„Jede dieser Zahlen ist ein Mensch, der seine Würde nicht an der Haustür abgegeben hat“, sagte Quast.", False, [], None),
    ("de", "Bundessozialminister Eberhard Lindqvist (SPD) kündigte an, bis zum Herbst einen Nationalen Aktionsplan gegen Wohnungslosigkeit vorzulegen.", True, [], None),
    (
        "de",
        "Sozialverbände bezweifeln, dass das Ziel, die Wohnungslosigkeit bis 2030 zu überwinden, noch erreichbar ist.",
        False,
        [("year", 2030, None, None)],
        None,
    ),
    # --- Baugenehmigungen im ersten Halbjahr (dpa), August ---
    (
        "de",
        "Wiesbaden (dpa) - Nach Angaben des Statistischen Bundesamts haben die Behörden im ersten Halbjahr den Bau von rund 112.300 Wohnungen genehmigt, ein Plus von 11,4 Prozent.",
        True,
        [
            ("ordinal", 1, None, None),
            ("count", 112300, None, "about"),
            ("percent", 11.4, "%", None),
        ],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Damit lag die Zahl aber noch immer gut ein Drittel unter dem Niveau von 2021.",
        True,
        [("fraction", 0.3333, None, "over"), ("year", 2021, None, None)],
        None,
    ),
    ("de", "Bauministerin Hiltrud Scharnweber (SPD) sagte, die Trendwende am Bau sei geschafft und nun nicht mehr aufzuhalten.", False, [], None),
    (
        "de",
        "Scharnweber sagte, für den sozialen Wohnungsbau stünden bis 2029 vom Bund insgesamt 23,5 Milliarden Euro bereit.",
        True,
        [("year", 2029, None, None), ("money", 23500000000, "EUR", None)],
        "Scharnweber",
    ),
    ("de", "Der Zentralverband des Deutschen Baugewerbes nannte die Zahlen „ein zartes Pflänzchen, das jeder Frost wieder knicken kann“.", False, [], None),
    (
        "de",
        "Der Verband rechnet für das Gesamtjahr mit nur 205.000 fertiggestellten Wohnungen, weit unter dem Ziel der Regierung von 400.000.",
        True,
        [("count", 205000, None, None), ("count", 400000, None, None)],
        None,
    ),
    ("de", "Viele Bauträger fürchten, dass die steigenden Baukosten die zarte Erholung wieder abwürgen.", False, [], None),
    (
        "de",
        "Die Preise für den Neubau von Wohngebäuden lagen im Mai um 3,2 Prozent über dem Vorjahresmonat.",
        True,
        [("percent", 3.2, "%", None)],
        None,
    ),
    (
        "de",
        "„Wer jetzt nicht baut, hat in drei Jahren nichts mehr zu vermieten“, sagte ein Projektentwickler aus Leipzig.",
        False,
        [("duration", 3, "year", None)],
        None,
    ),
    # --- German landlord's results (Reuters), August ---
    (
        "en",
        "FRANKFURT, Aug 6 (Reuters) - German residential landlord Heimstatt said on Wednesday its like-for-like rents rose 4.1% in the first half, while vacancy in its portfolio fell to 1.9%.",
        True,
        [
            ("date", "--08-06", None, None),
            ("percent", 4.1, "%", None),
            ("ordinal", 1, None, None),
            ("percent", 1.9, "%", None),
        ],
        None,
    ),
    (
        "en",
        "The company, which owns about 480,000 flats, raised its full-year core profit forecast to 2.9 billion euros.",
        True,
        [("count", 480000, None, "about"), ("money", 2900000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Chief Executive Reinhard Falkenau said Heimstatt would invest 1.6 billion euros in new construction next year.",
        True,
        [("money", 1600000000, "EUR", None)],
        "Reinhard Falkenau",
    ),
    ("en", "\"Germany does not have a rent problem, it has a building problem,\" Falkenau told reporters.", False, [], None),
    ("en", "Tenant groups called the rent increases \"profiteering from scarcity\".", False, [], None),
    (
        "en",
        "Shares in Heimstatt rose 3.2% in morning trade.",
        True,
        [("percent", 3.2, "%", None)],
        None,
    ),
    ("en", "Analysts doubt the company can keep lifting rents at that pace once Berlin tightens its rules.", False, [], None),
    (
        "en",
        "Falkenau said the group had sold 6,300 flats to municipal landlords since January.",
        True,
        [("count", 6300, None, None)],
        "Falkenau",
    ),
    # --- WG-Zimmer in München (dpa/lby), September ---
    (
        "de",
        "München (dpa/lby) - Ein WG-Zimmer kostet Studierende in München inzwischen im Schnitt 790 Euro im Monat.",
        True,
        [("money", 790, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das ist nach einer Auswertung des Moses Mendelssohn Instituts der höchste Wert unter 88 untersuchten Hochschulstädten.",
        True,
        [("count", 88, None, None)],
        None,
    ),
    (
        "de",
        "Bundesweit zahlen Studierende für ein Zimmer durchschnittlich 505 Euro, 16 Euro mehr als im Vorjahressemester.",
        True,
        [("money", 505, "EUR", None), ("money", 16, "EUR", None)],
        None,
    ),
    ("de", "„Studieren wird wieder zu einem Privileg für Kinder reicher Eltern“, sagte eine Sprecherin des Studierendenwerks.", False, [], None),
    (
        "de",
        "Bayerns Wissenschaftsminister Quirin Oberhauser (CSU) sagte, der Freistaat schaffe bis 2028 rund 2.000 zusätzliche Wohnheimplätze.",
        True,
        [("year", 2028, None, None), ("count", 2000, None, "about")],
        "Quirin Oberhauser",
    ),
    ("de", "„Wir tun alles, was in unserer Macht steht, und das wissen die Studierenden auch“, sagte Oberhauser.", False, [], None),
    ("de", "Viele Erstsemester suchen nach eigener Aussage seit Wochen vergeblich nach einer Bleibe.", False, [], None),
    ("de", "Die Grünen im Landtag warfen der Staatsregierung vor, das Problem jahrelang verschlafen zu haben.", False, [], None),
    (
        "de",
        "Auf einen freien Wohnheimplatz in München kamen zu Semesterbeginn zwölf Bewerbungen.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    # --- Scottish rent control (PA), September ---
    (
        "en",
        "EDINBURGH (PA) - Holyrood has passed legislation allowing councils to cap rent increases in designated areas at inflation plus 1%, up to a maximum of 6%.",
        True,
        [("percent", 1, "%", None), ("percent", 6, "%", "up_to")],
        None,
    ),
    (
        "en",
        "MSPs voted 67 to 54 in favour of the Housing (Scotland) Bill.",
        True,
        [("count", 67, None, None), ("count", 54, None, None)],
        None,
    ),
    (
        "en",
        "Housing Minister Eilidh Rennick told MSPs that rents for new lets had risen by 31% since 2021.",
        True,
        [("percent", 31, "%", None), ("year", 2021, None, None)],
        "Eilidh Rennick",
    ),
    ("en", "\"Today this Parliament has put tenants first,\" Rennick said.", False, [], None),
    ("en", "The Scottish Association of Landlords called the bill \"the final nail in the coffin of the private rented sector\".", False, [], None),
    (
        "en",
        "A survey of 1,140 of the group's members found one in four planned to sell at least one property.",
        True,
        [
            ("count", 1140, None, None),
            ("fraction", 0.25, None, None),
            ("count", 1, None, "at_least"),
        ],
        None,
    ),
    ("en", "Conservatives argue the cap will simply shrink the supply of homes to let.", False, [], None),
    (
        "en",
        "Whether any council will actually use the new powers before 2027 remains unclear.",
        False,
        [("year", 2027, None, None)],
        None,
    ),
    # --- Hong Kong public housing queue (Reuters), September ---
    (
        "en",
        "HONG KONG, Sept 9 (Reuters) - The average wait for a public rental flat in Hong Kong fell to 5.1 years in the quarter to June, the Housing Authority said on Tuesday.",
        True,
        [("date", "--09-09", None, None), ("duration", 5.1, "year", None)],
        "the Housing Authority",
    ),
    (
        "en",
        "Housing Secretary Winnie Chau Ka-yan told lawmakers the government would complete about 30,000 public flats this year.",
        True,
        [("count", 30000, None, "about")],
        "Winnie Chau Ka-yan",
    ),
    (
        "en",
        "About 214,000 people live in subdivided flats, according to government census data.",
        True,
        [("count", 214000, None, "about")],
        None,
    ),
    ("en", "Concern groups called the units \"cages with a door and a rent bill\".", False, [], None),
    (
        "en",
        "The government will ban subdivided units smaller than 8 square metres from March 2027.",
        True,
        [("count", 8, None, "under"), ("year", 2027, None, None)],
        None,
    ),
    ("en", "Residents fear the ban will push them onto the street rather than into better homes.", False, [], None),
    # --- Vergesellschaftungsgesetz in Berlin (dpa), Oktober ---
    ("de", "Berlin (dpa) - Der Berliner Senat hat am Dienstag den Entwurf eines Vergesellschaftungsrahmengesetzes beschlossen.", True, [], None),
    (
        "de",
        "Es soll für Unternehmen gelten, die in Berlin mehr als 3.000 Wohnungen besitzen.",
        True,
        [("count", 3000, None, "over")],
        None,
    ),
    (
        "de",
        "Betroffen wären nach Berechnungen des Senats rund 240.000 Wohnungen.",
        True,
        [("count", 240000, None, "about")],
        None,
    ),
    ("de", "Die Initiative „Mietenwende jetzt“ sprach von einem „Gesetz, das den Willen der Berlinerinnen und Berliner verhöhnt“.", False, [], None),
    (
        "de",
        "Beim Volksentscheid 2021 hatten 57,6 Prozent der Abstimmenden für die Vergesellschaftung großer Wohnungskonzerne gestimmt.",
        True,
        [("year", 2021, None, None), ("percent", 57.6, "%", None)],
        None,
    ),
    ("de", "Der Verband Berlin-Brandenburgischer Wohnungsunternehmen hält das Vorhaben für verfassungswidrig und investitionsfeindlich.", False, [], None),
    ("de", "Der Verband kündigte an, gegen ein solches Gesetz vor das Bundesverfassungsgericht zu ziehen.", True, [], None),
    (
        "de",
        "Stadtentwicklungssenator Jost Wiechering (CDU) sagte, eine Entschädigung würde das Land mindestens 8 Milliarden Euro kosten.",
        True,
        [("money", 8000000000, "EUR", "at_least")],
        "Jost Wiechering",
    ),
    ("de", "„Mit Enteignungen entsteht keine einzige neue Wohnung“, sagte Wiechering.", False, [], None),
    # --- Madrid rent protest (AFP), October ---
    (
        "en",
        "MADRID, Oct 5 (AFP) - Tens of thousands of people marched in Madrid on Sunday against soaring rents, which have risen 48% in the capital over the past decade.",
        True,
        [("date", "--10-05", None, None), ("percent", 48, "%", None)],
        None,
    ),
    (
        "en",
        "Police put the turnout at 22,000, while organisers said 150,000 people had taken part.",
        True,
        [("count", 22000, None, None), ("count", 150000, None, None)],
        None,
    ),
    ("en", "\"Housing is a right, not a business,\" read one banner outside the ministry.", False, [], None),
    (
        "en",
        "Housing Minister Marta Ibarzábal said a cap on rents in stressed areas had cut prices in Catalonia by 6.4% in its first year.",
        True,
        [("percent", 6.4, "%", None), ("ordinal", 1, None, None)],
        "Marta Ibarzábal",
    ),
    ("en", "The Popular Party called the cap \"a recipe for empty flats and black-market leases\".", False, [], None),
    (
        "en",
        "Spain has about 3.8 million empty homes, according to the INE statistics institute.",
        True,
        [("count", 3800000, None, "about")],
        None,
    ),
    (
        "en",
        "Young Spaniards leave their parents' home at an average age of 30.4 years, among the latest in Europe.",
        True,
        [("duration", 30.4, "year", None)],
        None,
    ),
    ("en", "Organisers vowed to keep marching until the government listens.", False, [], None),
    # --- Genfer Wohninitiative (Keystone-SDA), November ---
    (
        "de",
        "Genf (Keystone-SDA) - Die Genfer Stimmberechtigten haben eine Initiative für mehr gemeinnützige Wohnungen mit 54,3 Prozent Ja-Stimmen angenommen.",
        True,
        [("percent", 54.3, "%", None)],
        None,
    ),
    (
        "de",
        "Die Stimmbeteiligung lag bei 41 Prozent.",
        True,
        [("percent", 41, "%", None)],
        None,
    ),
    (
        "de",
        "Künftig muss in jedem neuen Quartier mindestens ein Drittel der Wohnungen gemeinnützig sein.",
        True,
        [("fraction", 0.3333, None, "at_least")],
        None,
    ),
    ("de", "Der Hauseigentümerverband bezeichnete das Resultat als «Sieg der Ideologie über die Vernunft».", False, [], None),
    (
        "de",
        "Staatsrat Laurent Berthoud-Favre sagte, der Kanton werde die Vorgabe innert zwei Jahren umsetzen.",
        True,
        [("duration", 2, "year", None)],
        "Laurent Berthoud-Favre",
    ),
    ("de", "«Genf hat heute gezeigt, dass ein Dach über dem Kopf kein Spekulationsobjekt ist», sagte Berthoud-Favre.", False, [], None),
    (
        "de",
        "Im Kanton Genf lag die Leerwohnungsziffer zuletzt bei 0,48 Prozent.",
        True,
        [("percent", 0.48, "%", None)],
        None,
    ),
    ("de", "Die Gegner fürchten, dass private Investoren nun in die Waadt ausweichen.", False, [], None),
    # --- Wohnungspreise in Baden-Württemberg (dpa/lsw), November ---
    (
        "de",
        "Stuttgart (dpa/lsw) - Eigentumswohnungen in Baden-Württemberg haben sich im dritten Quartal um durchschnittlich 2,9 Prozent verteuert, teilte das Statistische Landesamt mit.",
        True,
        [("ordinal", 3, None, None), ("percent", 2.9, "%", None)],
        "das Statistische Landesamt",
    ),
    (
        "de",
        "Für eine Bestandswohnung in Stuttgart wurden im Mittel 4.850 Euro pro Quadratmeter gezahlt.",
        True,
        [("money", 4850, "EUR", None)],
        None,
    ),
    ("de", "Der Immobilienverband IVD sprach von einer „gesunden Normalisierung nach Jahren der Übertreibung“.", False, [], None),
    (
        "de",
        "Landesbauministerin Sabine Rothfuß-Keller (Grüne) sagte, das Land fördere den Ersterwerb von Wohneigentum mit zinsverbilligten Darlehen von bis zu 100.000 Euro.",
        True,
        [("money", 100000, "EUR", "up_to")],
        "Sabine Rothfuß-Keller",
    ),
    ("de", "„Der Traum vom Eigenheim darf für junge Familien kein Traum bleiben“, sagte Rothfuß-Keller.", False, [], None),
    ("de", "Makler berichten, dass Käufer wieder spürbar härter verhandeln als noch vor einem Jahr.", False, [], None),
    ("de", "Junge Familien hoffen auf sinkende Zinsen im kommenden Jahr.", False, [], None),
    (
        "de",
        "Gegenüber dem Höchststand im zweiten Quartal 2022 liegen die Preise noch rund 8 Prozent niedriger.",
        True,
        [("ordinal", 2, None, None), ("year", 2022, None, None), ("percent", 8, "%", "about")],
        None,
    ),
    # --- Irish homelessness (PA), November ---
    (
        "en",
        "DUBLIN (PA) - Ireland had 15,912 people in emergency accommodation in October, 4,870 of them children, Department of Housing figures show.",
        True,
        [("count", 15912, None, None), ("count", 4870, None, None)],
        None,
    ),
    (
        "en",
        "It was the 14th monthly record in a row.",
        True,
        [("ordinal", 14, None, None)],
        None,
    ),
    (
        "en",
        "Housing Minister Ciarán Mulcahy said 1,200 people had moved out of emergency accommodation into tenancies in the third quarter.",
        True,
        [("count", 1200, None, None), ("ordinal", 3, None, None)],
        "Ciarán Mulcahy",
    ),
    ("en", "\"Nobody in this Government is comfortable with these numbers,\" Mulcahy said.", False, [], None),
    (
        "en",
        "Mulcahy said the Government would publish a new housing plan with targets running to 2030 before Christmas.",
        True,
        [("year", 2030, None, None)],
        "Mulcahy",
    ),
    ("en", "Focus Ireland called the numbers \"a monument to years of failed policy\".", False, [], None),
    ("en", "Sinn Féin accused the Government of treating homelessness \"as a communications problem\".", False, [], None),
    (
        "en",
        "The Government has pledged to deliver 41,000 homes this year.",
        True,
        [("count", 41000, None, None)],
        None,
    ),
    ("en", "Charities fear the winter will push the numbers higher still.", False, [], None),
    # --- England's no-fault evictions (PA), November ---
    (
        "en",
        "LONDON (PA) - Landlords in England issued 10,870 no-fault eviction claims in the courts between April and June, Ministry of Justice figures show.",
        True,
        [("count", 10870, None, None)],
        None,
    ),
    (
        "en",
        "That was 9% more than in the same quarter last year.",
        True,
        [("percent", 9, "%", None)],
        None,
    ),
    ("en", "Housing charity Shelter called the figures \"a countdown to catastrophe\" for renters.", False, [], None),
    (
        "en",
        "Housing Minister Rowan Pettifer said the new rules would give 10.8 million private renters in England more security.",
        True,
        [("count", 10800000, None, None)],
        "Rowan Pettifer",
    ),
    (
        "en",
        "Shelter said 309,000 people in England were homeless and living in temporary accommodation.",
        True,
        [("count", 309000, None, None)],
        "Shelter",
    ),
    ("en", "The National Residential Landlords Association accused ministers of \"treating every landlord as a villain\".", False, [], None),
    (
        "en",
        "Ben Carraway, the association's chief executive, said 18% of its members had sold at least one property in the past year.",
        True,
        [("percent", 18, "%", None), ("count", 1, None, "at_least")],
        None,
    ),
    (
        "en",
        "The ban on no-fault evictions will take effect on June 1, 2026, the government has confirmed.",
        True,
        [("date", "2026-06-01", None, None)],
        None,
    ),
    (
        "en",
        "\"I have lived here for 12 years and I have never once missed a payment,\" said one tenant facing eviction in Bristol.",
        False,
        [("duration", 12, "year", None)],
        None,
    ),
    # --- Indexmieten (dpa), Dezember ---
    (
        "de",
        "Berlin (dpa) - Rund 1,9 Millionen Haushalte in Deutschland haben nach einer Schätzung des Deutschen Mieterbunds einen Indexmietvertrag.",
        True,
        [("count", 1900000, None, "about")],
        None,
    ),
    (
        "de",
        "Bei diesen Verträgen steigt die Miete mit der Inflation, seit 2022 im Schnitt um 17 Prozent.",
        True,
        [("year", 2022, None, None), ("percent", 17, "%", None)],
        None,
    ),
    (
        "de",
        "Bundesjustizministerin Kernbach-Fiedler sagte, Indexmieten sollten künftig um höchstens 3,5 Prozent im Jahr steigen dürfen.",
        True,
        [("percent", 3.5, "%", "at_most")],
        "Kernbach-Fiedler",
    ),
    ("de", "Die FDP nannte den Vorschlag „Planwirtschaft durch die Kellertür“.", False, [], None),
    ("de", "„Eine Indexmiete ist eine Wette gegen den Mieter, und der Mieter verliert sie immer“, sagte Mieterbund-Präsident Dietmar Holzapfel.", False, [], None),
    (
        "de",
        "Holzapfel sagte, in Großstädten werde inzwischen fast jeder dritte neue Mietvertrag als Indexmiete abgeschlossen.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        "Holzapfel",
    ),
    ("de", "Die Wohnungswirtschaft hält eine Kappung für überflüssig, weil die Inflation längst wieder gesunken sei.", False, [], None),
    ("de", "Ob der Koalitionspartner dabei mitzieht, ist offen.", False, [], None),
    # --- US homelessness count (AP), December ---
    (
        "en",
        "WASHINGTON (AP) — About 748,000 people experienced homelessness on a single night in January, an 11% increase from the year before, according to the Department of Housing and Urban Development's annual count.",
        True,
        [("count", 748000, None, "about"), ("percent", 11, "%", None)],
        None,
    ),
    (
        "en",
        "Family homelessness rose 27%, driven in part by the arrival of migrants in cities such as Chicago and Denver.",
        True,
        [("percent", 27, "%", None)],
        None,
    ),
    (
        "en",
        "Roughly 4 in 10 of those counted were sleeping outside or in cars.",
        True,
        [("fraction", 0.4, None, "about")],
        None,
    ),
    ("en", "\"These numbers should shock the conscience of every American,\" said Latrice Mumford, head of a national advocacy coalition.", False, [], None),
    ("en", "A HUD spokesperson said the count was only a snapshot and could not capture the full scale of the crisis.", False, [], None),
    ("en", "Some conservative lawmakers argue that housing-first programs have failed.", False, [], None),
    (
        "en",
        "Congress approved $4.1 billion for homelessness assistance grants in the current fiscal year.",
        True,
        [("money", 4100000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Veteran homelessness fell 6% to the lowest level since tracking began in 2009.",
        True,
        [("percent", 6, "%", None), ("year", 2009, None, None)],
        None,
    ),
]
