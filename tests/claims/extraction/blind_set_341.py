"""Three-hundred-and-forty-first blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, products and figures are
made up (Renate Hollwöger, Katrin Oberwelland, Clemens Perndorfer, Sabine Trattnig-Hofer,
Holger Wiesmann-Brandt, Ulrike Dönninghaus, Hannah Zirngast, Verena Hochstätter, Herbert
Kirchschlager, Stefan Brockhagen, Markus Tauchner, the food maker Hellwig Foods and its
fruit bar „Obstwunder“, Luisa Brenninkamp, Martina Schwaighofer, Jürgen Sattelberger,
Wolfram Eschenbach, Adrian Hügli, Eberhard Rinklage; Shevaun Whitlock, Dominic Fairclough,
Lucien Verhaegen, the train operator Westmarch Rail, Colm Dunleavy, Marcia Kettering, Dwight
Halloran, Harriet Pennycook, Simon Gagnier, Lorraine Bissonnette, Imogen Varley-Shaw,
Lorenzo Whitcombe, Bronagh Keast, Ingrid Solheim-Barre, the seabed miner Abyssal Metals,
Tina McCorquodale, Bradley Okonjo-Ruiz, Siobhán Magennis, Eoin Ruddock; every unnamed
spokesperson, delegate, activist and critic); presidents, general secretaries, chief
economists, spokespeople and campaigners of real lobby groups, unions, charities, NGOs and
parties appear under made-up names that stand for no real holder, or by their role only
(„ein Sprecher“, "an LGA spokesperson", "a Westmarch spokesperson", "A spokesperson for the
finance minister"). Real bodies, parties, schemes, prizes and places (Arbeiterkammer, AK,
Österreichischer Haus- und Grundbesitzerbund, ÖHGB, Deutsche Umwelthilfe, DUH,
Mehrwegangebotspflicht, Zentralverband des Deutschen Bäckerhandwerks, Bundesregierung,
Wirtschaftskammer Österreich, WKÖ, ÖGB, Familienlastenausgleichsfonds, Verdi, KAV,
Nordrhein-Westfalen, Greenpeace, Umweltbundesamt, Gemeindebund, Landtags-Grüne,
Kultusministerium, CSU-Fraktion, Landtag, Pensionistenverband Österreichs, PVÖ,
ÖVP-Seniorenbund, Sozialministerium, Handelsverband Deutschland, HDE, Institut für
Handelsforschung, FPÖ, Innenministerium, Grüne, NEOS, Rechnungshof, Foodwatch, Goldener
Windbeutel, Caritas, Statistik Austria, Deutscher Mieterbund, Haus & Grund, Schweizerischer
Gewerkschaftsbund, SGB, Arbeitgeberverband, Unia, Verband der Ersatzkassen, Deutsche
Stiftung Patientenschutz, Bundesgesundheitsministerium; the British Chambers of Commerce,
the BCC, the Treasury, the RAC, the Local Government Association, the LGA, Transport &
Environment, T&E, the European Union, the European Automobile Manufacturers' Association,
ACEA, the European Commission, the RMT, the National Retail Federation, the NRF, the Liberal
Democrats, NHS England, the Department of Health, the Canadian Federation of Independent
Business, the CFIB, Citizens Advice, the Warm Home Discount, Energy UK, the National
Association of Realtors, the NAR, the National Education Union, the NEU, the Department for
Education, the International Seabed Authority, the Clarion-Clipperton Zone, the Federation
of Small Businesses, the FSB, the U.S. Chamber of Commerce, the Labor Department, the Fair
Labor Standards Act, the AFL-CIO, the Irish Congress of Trade Unions, the ICTU, Sinn Féin,
Ibec, and the datelines' cities) stand for the way wire copy names them; every analysis,
survey, demand, offer, tally, rent, cost, ballot, poll, quote, label and reaction here is
invented, and where a real figure came to mind (a real daily land take, a real pension
adjustment, a real care-home co-payment, a real grant scheme's rate, a real overtime
threshold, a real emissions limit) it was changed (the year of the Fair Labor Standards Act
kept).

Its weight: OPINION VERSUS CLAIM, thirtieth round (the ninety-eighth, hundred-nineteenth,
hundred-twenty-fourth, hundred-thirty-first, hundred-thirty-eighth, hundred-forty-sixth,
hundred-fifty-eighth, hundred-sixty-fifth, hundred-seventy-fifth, hundred-eighty-first,
hundred-eighty-ninth, hundred-ninety-sixth, two-hundred-and-fourth, two-hundred-and-eighth,
two-hundred-and-fifteenth, two-hundred-and-twenty-second, two-hundred-and-twenty-ninth,
two-hundred-and-forty-first, two-hundred-and-forty-fifth, two-hundred-and-fifty-third,
two-hundred-and-sixty-first, two-hundred-and-sixty-ninth, two-hundred-and-seventy-seventh,
two-hundred-and-eighty-fifth, two-hundred-and-ninety-third, three-hundred-and-seventh,
three-hundred-and-thirteenth, three-hundred-and-twentieth and
three-hundred-and-twenty-seventh batches were the first twenty-nine, and their decisions are
kept; the three-hundred-and-thirteenth's calls to act and frames, the
three-hundred-and-twentieth's advice and disclaimers and the
three-hundred-and-twenty-seventh's praise and blame were read closely, and the press-release
forms follow the hundred-thirty-eighth - parties, NGOs, unions and lobbies in releases -,
the hundredth - strikes and their threats -, the thirty-sixth and
three-hundred-and-twenty-ninth - APA-OTS releases and their boilerplate), this time back on
ordinary wire days and weighted on STATEMENTS BY LOBBY GROUPS, UNIONS, NGOS AND OPPOSITION
PARTIES IN PRESS RELEASES AS THE WIRES QUOTE THEM - four days, Monday to Thursday, October 5
to 8, of one year, as 28 short stories in story order, the German and English ones
interleaved by day, each told as such copy runs (a dateline lead with the release's finding
or demand, the sender's figure in indirect speech, the sender's verdict in quotes, the label
or the appeal, the other side's rejection and its own figure, the ministry's or the
statistics office's figure, sometimes the release's boilerplate and contact line). Half
German (APA-OTS releases run as sent ("Wien (OTS) -"), APA, dpa with its slugs "dpa/lnw" and
"dpa/lby", Keystone-SDA; Austrian „Aussendung“, „Gegenaussendung“, „ortete“, „heuer“,
„Jänner“, „Asylwerber“, „Anfragebeantwortung“, „Rückfragehinweis“, Swiss „hiess“, „grosse“,
„börsenkotierten“, „Arbeitnehmenden“, „KMU“, «» quotes, German „“ quotes): the
Arbeiterkammer on Vienna's old-building rents and the landlords' reply, the DUH's test of
reusable cups, the Wirtschaftskammer and the ÖGB on payroll taxes, Verdi's warning strikes
in North Rhine-Westphalia, Greenpeace on land take, the Bavarian Greens on cancelled
lessons, the pensioners' association on the pension rise, the retail federation's shop
closures, an FPÖ release on asylum costs and the ministry's answer, Foodwatch's „Goldener
Windbeutel“, the Caritas on energy poverty, tenants and landlords on service charges, the
Swiss union federation's wage demand and the patients' advocates on care-home costs. Half
English (Reuters, PA; British "motoring organisation", "centre", "annualised", Canadian
dollars, Irish euros): the BCC's quarterly survey, the RAC on potholes and the councils'
reply, T&E on car emissions and the carmakers' reply, an RMT strike ballot, the NRF's
holiday forecast, Liberal Democrat analysis of A&E waits, the CFIB's barometer, Citizens
Advice on energy debt, existing home sales from the NAR, the NEU's workload survey,
Greenpeace at the Seabed Authority, the FSB on late payment, the U.S. Chamber's overtime
lawsuit and the Irish unions and Sinn Féin on the budget. About 100 rows are negatives that
look like claims: the senders' labels and verdicts (also with „ortete“), accusations that
name no act, creeds and slogans, metaphors, warnings without a measure, threats as rhetoric
(„heißer Herbst“), resolve, appeals without a measure, blame, praise of staff, reassurances,
advice to passengers, a banner, doubts, predictions without a figure, open questions and a
contact line - and, the round's fresh forms, the sender's claim to speak for a group („als
Stimme jener, die sonst niemand hört“, "the voice of small business", "the voice for real
estate") and the sender's praise of its own study („belastbares Frühwarnsystem“) - each
beside a check-worthy look-alike around a verifiable core: the same sender's figure, its
demand naming a measure, its count of members, the stated commissioner and method of its
survey, the other side's rejection and figure, an announced strike, ballot, rally or
lawsuit, a distinction conferred, an official figure. Figures as such copy has them: rents,
charges, levies, grants, pensions, wages, costs and budgets in euros, pounds, dollars,
Canadian dollars and francs (euro cents as hundredths), rates, shares, ballots and turnouts
in percent and percentage points, counts of listings, shops, cups, hours of lessons, staff,
members, households, homes, beds, workers, passengers, patients, hectares, grams, index
points and countries, shares („knapp die Hälfte“, „rund ein Drittel“, „mehr als jeder
dritte“, "nearly two-thirds", "about one in five", "one in three"), a multiple ("about 1.6
times"), ordinals, spans, years and dates; no negative carries a figure.

239 rows (120 German, 119 English), 100 negatives (50 German, 50 English), 139 check-worthy
rows of which 14 carry no figure (8 German, 6 English), 209 expected quantities (62 counts,
47 percentages - 45 in %, 2 in percentage points "pp" -, 38 amounts of money - 23 EUR, 8
GBP, 5 USD, 1 CAD, 1 CHF -, 19 durations - 7 in years, 6 in months, 4 in hours, 1 in weeks,
1 in days -, 16 dates, 14 years, 7 ordinals, 6 fractions; none of them in a negative), 35
checked speakers (18 German, 17 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, creed, slogan, metaphor, accusation that names no act, warning without
  a measure, threat as rhetoric, resolve, appeal without a measure, blame, praise,
  reassurance, prediction without a figure, doubt or open question is a negative with
  speaker None, also with a named speaker and an office and also when it comes from a press
  release (seventh, ninety-eighth, hundred-thirty-eighth, two-hundred-and-fourth,
  three-hundred-and-thirteenth, three-hundred-and-twentieth,
  three-hundred-and-twenty-seventh); a quoted or reported statement of fact, figure, step,
  plan, demand naming a measure, rejection or position is check-worthy with its speaker,
  also in Konjunktiv I (hundred-sixtieth). Pairs from one speaker: Hollwöger's 1,148 euros
  beside her creed; Oberwelland's 7.4 million cups beside „Offenbarungseid“ and her
  accusation; Perndorfer's 26.8 percent beside his verdict and his warning; Trattnig-Hofer's
  1.9 billion euros beside her metaphor; Dönninghaus's 310 million euros beside her label;
  Zirngast's 19 football pitches beside her slogan; Hochstätter's week beside
  „Bildungsnotstand“; Kirchschlager's 2.3 percent beside his creed and „nicht erpressbar“;
  Brockhagen's 840 traders beside his warning and his appeal; Tauchner's 612 million euros
  beside his label and his accusation; Brenninkamp's 41 percent beside „Zuckerbombe“;
  Schwaighofer's 23,700 requests beside her creed; Sattelberger's 9 percent beside „fressen
  die Haushalte auf“; Eschenbach's 40 percent beside his blame and his resolve; Hügli's 2.1
  and 18 percent beside his slogan; Rinklage's third beside his slogan and his accusation;
  Whitlock's two-thirds beside "wake-up call" and her creed; Fairclough's 1.6 times beside
  "a national embarrassment" and his blame; Verhaegen's 16.1% beside his metaphor;
  Dunleavy's 48 hours beside his accusation and his resolve; Kettering's seasonal hires
  beside her creed; Halloran's 1.8 percentage points beside his prediction; Pennycook's
  8,000 beds beside her label; Gagnier's 47% beside his metaphor; Varley-Shaw's one in five
  beside her rhetoric; Whitcombe's 1.48 million homes beside his verdict and his prediction;
  Keast's ballot beside her accusation and "We are done asking nicely"; Solheim-Barre's
  three governments beside her slogan; McCorquodale's 30 days beside her label and her
  accusation; Okonjo-Ruiz's $2.7 billion beside "a job killer"; Magennis's 900 million euros
  beside her label.
- Press releases relayed by the wire (hundred-thirty-eighth, hundred-seventy-fifth,
  two-hundred-and-thirty-sixth, three-hundred-and-twenty-ninth): the channel changes nothing
  („in der Aussendung“, „in einer Aussendung“, „in einer Gegenaussendung“, „hieß es in der
  Aussendung“, "said in a statement"), and the release's figures, findings, demands and
  stated sources are claims whoever sends them; a party's figure is check-worthy whether or
  not it holds, and so is the ministry's figure that answers it (hundred-fourth: „hat in
  einer Aussendung behauptet, ... mehr als 1,4 Milliarden Euro“, the FPÖ's 612 million
  euros, the Innenministerium's 58,400; two-hundred-and-thirty-sixth: „hat in einer
  Aussendung behauptet“). An account of how the sender computed its figure is check-worthy
  without a figure („Daraus habe die FPÖ auf das ganze Jahr hochgerechnet, hieß es aus der
  Partei.“; hundred-thirty-eighth: an office's account of what a figure included), as is the
  stated source of a figure („Die Zahl stammt aus der Antwort des Kultusministeriums auf
  eine Anfrage der Fraktion vom 12. Juli, ...“, "The party said its analysis used NHS
  England's monthly performance statistics for September."; hundred-thirty-eighth: "Oxfam's
  calculations draw on ...") and what a forecast leaves out ("The forecast excludes sales at
  automobile dealers, ..."; two-hundred-and-twenty-sixth, three-hundred-and-thirteenth: what
  a statistic leaves out). The "About" boilerplate is check-worthy when it states figures of
  record („Über die Caritas: Die Caritas betreibt in Österreich mehr als 1.600 Einrichtungen
  ...“; thirty-sixth) - the label before the colon carrying nothing -, and the contact line
  („Rückfragehinweis: Caritas Österreich, Pressestelle, ...“) is a service line and a
  negative (two-hundred-and-eighty-second, three-hundred-and-twenty-ninth).
- New: „ortete“ and „ortet“, the verb of Austrian releases for what a sender finds in a
  state of affairs, make a label like „sprach von“ and „nannte“ (ninety-eighth,
  hundred-thirty-eighth) when a label follows - „Die AK ortete in der Aussendung ein
  „Totalversagen der Wohnpolitik“.“, „Die Umweltschutzorganisation ortete in den Gemeinden
  eine „Betonpolitik ohne Plan und Gewissen“.“ - and „ortet „dringenden Handlungsbedarf““
  beside „sieht die Regierung in der Pflicht“ is an appeal that names no measure
  (two-hundred-and-fourth); the same sender's demand naming a measure with its figure stays
  check-worthy (the AK's cap of „höchstens 2 Prozent jährlich“ - hundred-thirty-ninth: „auf
  höchstens 2 Prozent“ -, Greenpeace's limit of 3 hectares a day by 2030).
- New: a sender's claim to speak for a group is a negative - „Die Caritas versteht sich als
  Anwältin der Armen und als Stimme jener, die sonst niemand hört.“, 'The FSB describes
  itself as "the voice of small business" in the UK.', 'The NAR bills itself as "the voice
  for real estate" in America.' - a self-description that names no fact, as the boilerplate
  that only describes itself (thirty-sixth, three-hundred-and-twenty-ninth) and a boast
  without a measure (hundred-thirty-eighth: "never been stronger"), while the members, firms
  and facilities it counts are check-worthy with their hedges („Der Mieterbund vertritt nach
  eigenen Angaben rund 1,2 Millionen Mitgliedshaushalte in gut 300 örtlichen
  Mietervereinen.“, "The federation, which represents about 100,000 small and medium-sized
  businesses, called for ...", "The FSB, which has about 150,000 members, said ...", the
  Caritas blurb with its 1,600 facilities and 17,000 staff).
- New: a disclosure of who commissioned, ran or paid for a study, survey or poll, or of how
  it was done, is check-worthy with or without a figure - „Die Umfrage hatte der HDE selbst
  in Auftrag gegeben und vom Kölner Institut für Handelsforschung durchführen lassen.“, "The
  survey was carried out online by the union itself, and its results were not weighted to
  reflect the wider workforce.", "Greenpeace said a poll it had commissioned in 12 countries
  found 71% ..." - a fact of record about the source, as the stated source of a report
  (hundred-thirty-eighth) and a study's finding (hundred-sixty-fifth: "A study commissioned
  by ... found"); the sender's praise of its own study is a label („Der Verband bezeichnete
  die Studie als „belastbares Frühwarnsystem“ für die Politik.“;
  three-hundred-and-twenty-seventh: praise whose object is only a quality), and so is a
  rival's dismissal ('The Department for Education dismissed the survey as
  "unrepresentative."'; three-hundred-and-thirteenth: "dismissed ... as").
- Rejections, replies and reactions (ninety-eighth, hundredth, two-hundred-and-fourth,
  three-hundred-and-twenty-seventh): a rejection stays check-worthy without a figure, also
  with a label („Der Österreichische Haus- und Grundbesitzerbund (ÖHGB) wies die Zahlen in
  einer Gegenaussendung als „irreführend“ zurück.“, „Das Kultusministerium wies die
  Darstellung zurück.“, „Hellwig Foods wies die Vorwürfe zurück und teilte mit, ...“;
  hundred-sixty-second: „wies dies als „Propaganda“ zurück“), and so does the other side's
  figure („Der Gemeindebund wies die Kritik zurück und verwies darauf, dass seit 2022 mehr
  als 1.200 Hektar ...“, the Bäckerhandwerk's 38 million cups, the ÖHGB's 15 percent, the
  KAV's 310 million euros, the employers' survey with 1.6 percent, ACEA's 250 billion euros,
  Energy UK's 350 million pounds, the Department for Education's 2,600 teachers); labels for
  the other side's act and verdicts on its figures are negatives („nannte die Stichprobe
  „nicht repräsentativ““, „nannte den Warnstreik „völlig unverhältnismäßig““, „Die
  Hochrechnung der FPÖ sei daher „unseriös“, ...“, „bezeichnete die Forderungen als
  «realitätsfern»“, „nannte die Zahlen „Panikmache zur Unzeit““, 'said the figures showed
  the targets were "disconnected from market reality."', 'called Greenpeace's campaign
  "fear-mongering dressed up as science."', 'called the lawsuit "a cynical attack on working
  families."'), as is a welcome whose object is a verdict ('Employers' group Ibec welcomed
  the budget as "broadly sensible."'; three-hundred-and-twenty-seventh: „Die Mitte begrüsste
  den Entscheid als «überfällig».“) and a company's reassurance („Wir nehmen die Kritik
  ernst und prüfen ...“; hundred-nineteenth).
- Unions (forty-eighth, hundredth): a strike called, a ballot's result, a ballot opened on a
  date and a rally announced are check-worthy („zu ganztägigen Warnstreiks ... in 23
  Städten“, „von 29 kommunalen Verkehrsbetrieben“, "have voted for strike action" without a
  figure, "81% of those voting ... on a turnout of 67%", "walk out for 48 hours from Oct.
  19", "would open a formal strike ballot on Nov. 2", „für den 14. November eine nationale
  Kundgebung in Bern“); the demands and offers keep their figures („ein Plus von 8 Prozent,
  monatlich mindestens aber 350 Euro, bei zwölf Monaten Laufzeit“, „5,5 Prozent bei 27
  Monaten Laufzeit“, „von 3 bis 4 Prozent, mindestens aber 200 Franken pro Monat“, "a 4.2%
  pay rise"); threats as rhetoric are negatives (hundredth) - „kündigte einen „heißen
  Herbst“ an, sollte sich ... nichts bewegen“, „kündigte an, sich „mit allen Mitteln“ gegen
  eine Kürzung zu wehren“, „werde sich „mit aller Kraft“ ... stemmen“ - as are resolve ('"We
  will not be bullied into accepting inferior terms,"', '"We are done asking nicely,"') and
  the advice to passengers and commuters („Pendlerinnen und Pendler sollten sich auf massive
  Einschränkungen einstellen, hieß es.“, "Passengers were advised to check before they
  travel."; three-hundred-and-twentieth: advice).
- Demands and appeals (hundred-thirty-eighth, two-hundred-and-fourth): a demand naming a
  measure is check-worthy with or without a figure (the AK's cap, the DUH's 20-cent levy,
  the WKÖ's point a year to 2029, Greenpeace's limit, the Greens' 1,500 posts, the PVÖ's 2.9
  percent, the HDE's 500 million euros, Foodwatch's traffic light and advertising ban for
  children under 14, the Caritas's 500 euros, the Stiftung's 1,000 euros, the RAC's 1.5
  billion pounds, the CFIB's 7% from 9%, Citizens Advice's 250 pounds, the Lib Dems' 8,000
  beds, the FSB's 30 days); an appeal that names no measure is a negative („Die
  Bundesregierung müsse endlich aufwachen, mahnte ...“, „Die Regierung dürfe die Ärmsten
  nicht im Stich lassen, ...“, „Wir appellieren an alle Bürgermeisterinnen und
  Bürgermeister, ...“, 'The BCC urged ministers to "get behind the wealth creators."', "T&E
  urged Brussels to hold its nerve ...", 'urged policymakers to "keep families front and
  centre."', 'called on the government to "act before the cold sets in."').
- Other negatives (ninety-eighth, hundred-seventy-fifth, two-hundred-and-fourth,
  three-hundred-and-seventh, three-hundred-and-thirteenth,
  three-hundred-and-twenty-seventh): labels („sprach ... von“, „nannte“, „bezeichnete ...
  als“, "called", "dismissed ... as"), accusations that name no act („kritisierte sie“ after
  „schaue ... tatenlos zu“, „warf ... vor“, "accused ministers of ...", "accused the
  coalition of ...", "Our members have been treated with contempt ...", "Big business has
  been getting away with this ...", "Critics say ministers have talked tough ..."), creeds
  and slogans („Wohnen ist ein Grundrecht ...“, „Pflege darf nicht arm machen“, „Österreich
  betoniert seine Zukunft zu“, «Die Arbeitnehmenden haben die Teuerung bezahlt, ...»,
  "Retail is the beating heart ...", "Workers deserve to be paid ...", "Small businesses are
  the backbone ..."), metaphors („sägt an dem Ast“, „Zuckerbombe im Obstkostüm“, "like a
  menu", "coming up for air", "not a warehouse"), warnings without a measure („Der Standort
  verliere laufend an Boden“, „Wenn die Läden sterben, ...“, „Eine Abgabe treffe am Ende nur
  die Kundschaft, ...“; two-hundred-and-fourth), blame without a figure („Eigentümer seien
  nicht die Preistreiber, ...“, „die falsche Adresse für Schuldzuweisungen“, "left to pick
  up the bill", "has long blamed high borrowing costs"; three-hundred-and-twenty-seventh),
  praise of staff ("working incredibly hard under huge pressure"), reassurances and boasts
  ("always listens to small businesses", "doing everything they can ...", "Suppliers are
  doing their bit, and more"), predictions without a figure ("remarkable resilience, and we
  expect that to continue", "slowly but surely", "finally getting back in the game"), a
  critics' verdict ("the group's forecasts lean optimistic"), a banner ("Hands off the
  abyss"; three-hundred-and-thirteenth: placards), a doubt ("said privately they doubted
  ...") and open questions („Ob der Landtag ...“, „Ob die Vorschläge ...“, "Whether the
  recovery holds ... remains unclear.").
- Check-worthy without a figure (hundred-seventieth, two-hundred-and-ninety-third,
  three-hundred-and-seventh): the ÖHGB's, the Kultusministerium's and Hellwig Foods'
  rejections, the ÖGB's statement of what payroll taxes fund, the statement that Austria has
  no binding cap on land take, the FPÖ's method, the HDE's commissioning of its survey,
  Foodwatch's „Goldener Windbeutel“ conferred (three-hundred-and-twenty-seventh: a
  distinction whose name is itself a verdict stays a fact of record), the RMT's ballot won,
  the NRF's exclusions, the Lib Dems' source, the NEU's method, the government's stated plan
  to legislate and the lawsuit's court.
- Counts (every batch): listings, branches, towns, cups, transport firms, employees,
  members, households, local associations, shops, traders, posts, people in care, requests,
  facilities, staff, businesses, properties, call-outs, services, passengers, seasonal
  workers, patients, beds, emergency care spaces, teachers, homes, governments, countries
  and groups with their hedges („rund 3.100“, „rund 7,4 Millionen“, „rund 38 Millionen“,
  „rund 30.000“, „etwa 600“, „etwa 58.400“, „rund 46.000“, „rund 310.000“, „um etwa 40.000
  mehr“ - „um“ before a difference no hedge -, „mehr als 1.600“ and „rund 17.000“, „rund 1,2
  Millionen ... in gut 300“ - „gut“ "over" -, „rund 412.000“, "more than 4,600", "about
  1,150", "More than 48,000", "about 100,000", "about 150,000", "about 3.1 million"); „412
  Filialen in 18 Städten ..., in 241 davon“; "between 320,000 and 380,000 ..., down from
  410,000" with no hedge ("between"); "Thirty-eight countries" 38, "three more governments"
  3 and "2,600 more secondary school teachers" 2,600 ("more" after a figure no hedge), "four
  other business groups" 4, "in 12 countries" 12, "a family with two children" 2
  (hundred-eightieth: "a family of four" 4), "The authority's 36-member council" 36 (a
  figure heading a compound, three-hundred-and-twenty-seventh: "a 15-man squad"), „Eine
  durchschnittliche 70-Quadratmeter-Wohnung“ 70 (hundred-fifty-seventh: „Eine
  75-Quadratmeter-Wohnung“ 75); physical measures are counts of the figure written
  (three-hundred-and-thirteenth: „38 Kilometer“): „13,7 Hektar“, „3 Hektar pro Tag“, „mehr
  als 1.200 Hektar“ "over", „rund 19 Fußballfeldern“ "about" (forty-seventh: „etwa 740
  Fußballfeldern“), "106.8 grams of CO2 per kilometre" and "the 91.4 grams" ("CO2" none,
  fifty-seventh; "per kilometre", „pro Tag“ none); index levels are counts
  (three-hundred-and-twenty-fourth: "to 98.12"): "climbing to 58.4 from 55.9", "edged up to
  51.2"; sales at a rate are counts (hundred-fifty-seventh: "a seasonally adjusted annual
  rate of 912,000 units"): "an annualised, seasonally adjusted pace of 4.12 million units",
  "1.48 million homes", "at a rate of 4.05 million"; the multiple "about 1.6 times more
  likely" 1.6 "about" (hundred-eighty-seventh: "3.4 times more likely"). None:
  „Nonfood-Handel“, "A&E", "CO2", "AFL-CIO", "same-day", "decades of neglect", "more than a
  decade".
- Percentages, fractions and ordinals: rates, shares, ballots and turnouts as written („um
  27 Prozent“ after „im Schnitt“ - no hedge, hundred-thirty-eighth -, „um rund 15 Prozent“,
  „26,8 Prozent ... von 22,1 Prozent“ - „über dem EU-Schnitt von“ no hedge,
  three-hundred-and-twenty-fourth: „über dem Ziel von 2 Prozent“ -, „2,3 Prozent“ twice,
  „2,9 Prozent“, „38 Prozent“, „41 Prozent“, „9 Prozent“, „mehr als 40 Prozent“ "over", „um
  rund 11 Prozent“, „2,1 Prozent“, „rund 18 Prozent“, „1,6 Prozent“ after „im Mittel“ with
  no hedge, „von 3 bis 4 Prozent“ both with the unit written once (hundred-seventy-fifth:
  „bei 6 bis 7 Prozent“), „mit höchstens 2 Prozent jährlich“ "at_most"
  (hundred-thirty-ninth: „auf höchstens 2 Prozent“), "31%", "22% ... from 17%", "1.1%",
  "14%", "2.3% below" ("below" after a figure compares), "16.1% ... from 13.4%", "81% ...
  67%", "4.2%", "between 2.7% and 3.4%" both, "3.9%", "19%", "74.8%", "47% ... 39%", "7%
  from 9%", "11%", "1.9%", "2.8%", "58%", "71%"); percentage points in "pp" ("um einen
  Prozentpunkt" 1 - the number word before the singular unit is one,
  three-hundred-and-twenty-fourth: „um einen Basispunkt“ -, "an estimated 1.8 percentage
  points" 1.8 "about" - three-hundred-and-seventh: "an estimated"). Fractions (the issue):
  „knapp die Hälfte“ 0.5 "nearly" (three-hundred-and-thirteenth), „rund ein Drittel“ 0.3333
  "about", „mehr als jeder dritte Heimbewohner“ 0.3333 "over" (the issue's „jeder vierte“),
  "nearly two-thirds" 0.6667 "nearly", "about one in five" 0.2 "about"
  (three-hundred-and-twentieth: "about one in nine"), "one in three" 0.3333. Ordinals: "in
  the third quarter" 3, "for a third straight month" 3 (three-hundred-and-thirteenth: "for a
  fifth straight year"), "in the first half of the year" 1 with no fraction
  (three-hundred-and-thirteenth), „in der zweiten Verhandlungsrunde“ 2 (hundredth), „im
  ersten Halbjahr“ 1 (hundred-eighty-ninth), „im ersten Aufenthaltsjahr“ 1
  (two-hundred-and-fourth: „im ersten Jahr“), "entered their second week" 2 (hundredth: "in
  its sixth week"). None: „so viele wie nie zuvor“, "a record", "the lowest since", "the
  best performance", "in der nächsten Runde", "another round".
- Durations and ages (the issue: "fünfstündigen", "a two-week visit"): „Gut zwei Jahre nach
  Einführung“ 2 years "over", „für die kommenden drei Jahre“ 3 years, „vor zwei Jahren“ and
  "two years ago" 2 years (hundred-thirty-eighth: „vor fünf Jahren“;
  three-hundred-and-thirteenth: "two years ago"), „bei zwölf Monaten Laufzeit“ 12 months and
  „bei 27 Monaten Laufzeit“ 27 months (hundredth), „mehr als eine Woche Unterricht“ 1 week
  "over" (the number word before the singular unit is one, as above), „Kinder unter 14
  Jahren“ 14 years "under" (hundred-twenty-third: „Kinder unter 16 Jahren“), "over the next
  three months", "for the next three months" and "in the three months to September" 3
  months, "over the next five years" 5 years ("over" before a span no hedge), "for 48 hours"
  48 hours (hundredth: "for 72 hours"), "longer than 12 hours" 12 hours "over"
  (hundred-thirty-eighth), "inside four hours" 4 hours, "an average of 51 hours a week" 51
  hours (hundredth: "21 hours a week"; "an average of" no hedge, "a week" none), "within
  five years" 5 years and "within 30 days" 30 days ("within" no hedge,
  three-hundred-and-thirteenth). New: "4.3 months of supply" is a duration of 4.3 months - a
  span with a figure whatever it measures, the decimal kept as written
  (three-hundred-and-twenty-seventh: „um 23 Hundertstel“ 0.23 seconds). None: „im Schnitt“,
  „im Monat“, „im Jahr“, „pro Jahr“, „jährlich“, „monatlich“, „pro Monat“, „pro Tag“,
  „täglich“, „jeden Tag“, „heuer“, „im Vorjahr“, „im Jahr davor“, „im vergangenen Jahr“, „im
  vergangenen Schuljahr“, „für das kommende Jahr“, „in diesem Jahr“, „im gleichen Zeitraum“,
  „seit Jahren“, „das ganze Jahr“, „bis dahin“, „vor Weihnachten“, „von Jänner bis
  September“, „zwischen Juni und August“, „seit Jänner“, "a day", "a year", "this year",
  "last year", "next year", "a year earlier", "the same period last year", "last month",
  "since January", "since July", "since the spring", "during term time", "this winter",
  "before the end of the year", "decades", "a decade", weekdays and months.
- Years and dates: „seit 2021“ (three times), „bis 2029“, „bis 2030“, „seit 2022“, „zuletzt
  2023“, "since 2020" (twice), "than in 2019", "by 2028" (twice), "since 2021" and "the 1938
  Fair Labor Standards Act" the year. Dates without a year: „vom 12. Juli“ --07-12, „am 14.
  Oktober“ --10-14, „für den 14. November“ --11-14, „bis zum 31. März“ --03-31, "from Oct.
  19" --10-19, "on Dec. 10" --12-10, "on Nov. 2" --11-02, "on Jan. 1" --01-01
  (three-hundred-and-thirteenth: "on Oct. 8"); Reuters datelines with a day ("LONDON, Oct
  5", "BRUSSELS, Oct 5", "WASHINGTON, Oct 6", "OTTAWA, Oct 7", "WASHINGTON, Oct 7",
  "KINGSTON, Jamaica, Oct 8" - the country between city and day, hundred-thirty-eighth -,
  "WASHINGTON, Oct 8", "DUBLIN, Oct 8") dates without a year (hundred-sixtieth); OTS („Wien
  (OTS) -“; thirty-sixth, three-hundred-and-twenty-ninth), APA, dpa, dpa/lnw, dpa/lby,
  Keystone-SDA and PA datelines none (seventy-ninth).
- Money in the currency written (every batch): EUR („1.148 Euro brutto im Monat“, „20 Cent“
  0.2 - hundred-seventy-fifth: „eine Abgabe von 20 Cent“ 0.20 EUR -, „rund 4,6 Milliarden
  Euro“, „rund 1,9 Milliarden Euro“, „monatlich mindestens aber 350 Euro“ "at_least", „rund
  310 Millionen Euro im Jahr“, „ab 2.500 Euro brutto“ - „ab“ no hedge, ninety-eighth -, „mit
  1.600 Euro Pension ... rund 134 Euro“, „500 Millionen Euro pro Jahr“, „mehr als 1,4
  Milliarden Euro“ "over", „612 Millionen Euro“, „500 Euro pro Haushalt und Winter“, „2,71
  Euro pro Quadratmeter und Monat“, „3.417 Euro im Monat“, „268 Euro mehr“ - „mehr“ after a
  figure no hedge -, „auf 1.000 Euro im Monat“, "more than 250 billion euros" "over", "about
  640 euros a year" "about", "the 900 million euros ... the 1.4 billion euros", "9.4 billion
  euros, including 1.6 billion euros" - "including" no hedge, hundred-thirty-eighth), GBP
  ("460 pounds", "at least 1.5 billion pounds a year" "at_least", "16.3 billion pounds",
  "1,742 pounds", "250 pounds", "more than 350 million pounds" "over", "22,400 pounds ...,
  up from 17,900 pounds"), USD ("as much as $1.01 trillion" "up_to" -
  three-hundred-and-twenty-ninth: "as much as" -, "$976.1 billion", "$418,600", "up to
  $63,400 a year" "up_to", "about $2.7 billion a year" "about"), CAD ("about C$2.3 billion a
  year" "about"), CHF („mindestens aber 200 Franken pro Monat“ "at_least"; hundredth:
  „mindestens aber 300 Euro im Monat“).
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "an estimated" "about";
  „knapp“, "nearly" "nearly"; „gut“, „Gut“, „mehr als“, "more than", "More than", "longer
  than" "over"; „unter“ before an age "under"; „höchstens“ "at_most"; „mindestens aber“, "at
  least" "at_least"; "up to", "as much as" "up_to". No hedge: „im Schnitt“, „im Mittel“,
  „nur“, „allein“, „zusätzlichen“, „inzwischen“, „zuletzt“, „ab“, „um“ before a difference,
  „mehr“ after a figure, "an average of", "a record", "extra", "other", "including",
  "between", "within", "inside", "more" after a figure, "below" after a figure, "over"
  before a span.
- Speakers, checked only in forms the earlier batches settled: the surname after a
  Konjunktiv I paraphrase („..., sagte Hollwöger.“; hundred-eightieth) or opening the row
  („Oberwelland sagte“, „Perndorfer sagte“, „Dönninghaus sagte“, „Hochstätter sagte“,
  „Kirchschlager sagte“, „Brockhagen sagte“, „Brenninkamp sagte“, „Rinklage sagte“;
  forty-second); the name with the office dropped („ÖGB-Chefökonomin Sabine Trattnig-Hofer
  sagte“ - three-hundred-and-twenty-seventh: „NEOS-Sozialsprecher Florian Leitgeb sagte“ -,
  „sagte Mieterbund-Präsident Jürgen Sattelberger“ - hundred-thirty-eighth: „sagte
  Caritas-Präsidentin Ursula Feichtinger“ -, „sagte SGB-Chefökonom Adrian Hügli vor den
  Medien in Bern“ with the occasion dropped - three-hundred-and-twenty-seventh: „sagte vor
  den Medien in Bern“), „so Greenpeace-Bodenexpertin Hannah Zirngast“ -> "Hannah Zirngast"
  (the "so X" form with the title dropped, hundred-thirty-fourth: „so INSA-Meinungsforscher
  Kai Tresselt“); the source with its article in the nominative („teilte das
  Kultusministerium mit“, „teilte das Sozialministerium mit“, „teilte das Innenministerium
  mit“ - three-hundred-and-thirteenth -, „teilte der Verband am Mittwoch mit“ -> "der
  Verband" with the weekday dropped - hundred-ninety-sixth -, „teilte die Caritas am
  Donnerstag in einer Aussendung mit“ -> "die Caritas" with the weekday and the channel
  dropped - hundred-seventy-fifth: „teilte die Hilfsorganisation am Montag in einer
  Aussendung mit“). English: the surname opening the row ("Whitlock said", "Fairclough
  said", "Verhaegen said", "Kettering said", "Pennycook said", "Gagnier said", "Varley-Shaw
  said", "Keast said", "Solheim-Barre said", "McCorquodale said", "Okonjo-Ruiz said",
  "Magennis said"); "..., the British Chambers of Commerce said on Monday." and "..., the
  National Association of Realtors said on Wednesday." with the article and the weekday
  dropped (three-hundred-and-thirteenth: "..., the Office for National Statistics said.");
  "The Local Government Association said" -> "the Local Government Association"
  (hundred-thirty-eighth: the article in lower case); "The union said" -> "the union"
  (hundredth); "Citizens Advice said" as written (two-hundred-and-fourteenth). Left
  unchecked (None): all negatives, also those with a named speaker; „zeigt eine Auswertung
  der Arbeiterkammer“ (a document), „nach Tests der Deutschen Umwelthilfe“ and „nach Angaben
  der Landtags-Grünen“ (forms no batch settled), „nach Berechnungen der DUH“, „Nach
  Berechnungen der Kammer“ and „nach Berechnungen des Deutschen Mieterbunds“
  (three-hundred-and-twenty-seventh: „nach Berechnungen des Fiskalrats“), „nach Daten der
  Statistik Austria“ and „nach Daten des Verbands der Ersatzkassen“
  (three-hundred-and-twentieth: „nach Daten des ...“), „Nach dem Betriebskostenspiegel des
  Verbands“, „nach eigenen Angaben“, „teilten die Grünen am Dienstag mit“ (a party in the
  plural), „Hellwig Foods wies ... zurück und teilte mit, ...“ (a body opening the row,
  three-hundredth: „Die Bahn teilte mit, ...“), „hat in einer Aussendung behauptet“
  (twenty-ninth, hundred-fourth), „berief sich auf“, „hieß es beim ÖGB“, „hieß es aus der
  Partei“, „hiess es beim Verband“, „fordert“, „fordern“, „verlangt“, „verwies darauf“,
  „verwiesen darauf“, „verwies auf“, „wies ... zurück“, „rechnete der Verband vor“,
  „rechnet“, „kündigte ... an“; "according to ..." (Liberal Democrat analysis, a survey by
  the National Education Union, the NRF), "the National Retail Federation forecast" (no verb
  of saying), descriptions before a name or in apposition ("campaign group Transport &
  Environment said", "the motoring organisation said", "RMT general secretary Colm Dunleavy
  said" - three-hundred-and-seventh -, "Energy UK, the suppliers' trade body, said", "The
  FSB, which has about 150,000 members, said" - hundred-fifty-first -, "Opposition party
  Sinn Féin said"), "The federation, which represents ..., called for", "Economists polled
  by Reuters" and "Economists in a Reuters poll" (plural groups, forty-first), "the group
  said", "It said", "The groups argue", "The RAC called for", "It called for". As the
  three-hundred-and-seventh, three-hundred-and-twentieth and
  three-hundred-and-twenty-seventh batches did, and to keep the checked speakers near 35,
  this batch also leaves unchecked forms it could have checked: „teilte die DUH am Montag
  mit“, „teilte Verdi mit“, „teilte Foodwatch mit“, „teilte der Verband mit“ (the ÖHGB),
  „teilte die Deutsche Stiftung Patientenschutz am Donnerstag mit“, „Schwaighofer sagte“,
  „Eschenbach sagte“ and the second „Hügli sagte“; "A Treasury spokesperson said", "The RAC
  said", "ACEA said", "the union said" in the RMT lead, "Westmarch Rail said", "Halloran
  said", "The party said" and "the party said", "An NHS England spokesperson said", "The
  Department of Health said", "The charity said", "Whitcombe said", "The union said" (the
  NEU), "Greenpeace said" (twice), "the Federation of Small Businesses said", "The
  government said", "The Labor Department said", "The Irish Congress of Trade Unions said on
  Thursday that" and "The finance ministry said".

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_341 = [
    # --- Arbeiterkammer zu den Altbaumieten (APA-OTS), Montag ---
    (
        "de",
        "Wien (OTS) - Die Mieten für private Altbauwohnungen in Wien sind seit 2021 im Schnitt um 27 Prozent gestiegen, zeigt eine Auswertung der Arbeiterkammer (AK) von rund 3.100 Wohnungsinseraten.",
        True,
        [('year', 2021, None, None), ('percent', 27, '%', None), ('count', 3100, None, 'about')],
        None,
    ),
    (
        "de",
        "„Wohnen ist ein Grundrecht und keine Ware für Spekulanten“, sagte AK-Präsidentin Renate Hollwöger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Eine durchschnittliche 70-Quadratmeter-Wohnung koste damit inzwischen 1.148 Euro brutto im Monat, sagte Hollwöger.",
        True,
        [('count', 70, None, None), ('money', 1148, 'EUR', None)],
        'Hollwöger',
    ),
    (
        "de",
        "Die AK ortete in der Aussendung ein „Totalversagen der Wohnpolitik“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Arbeiterkammer fordert, die Erhöhung der Richtwertmieten für die kommenden drei Jahre mit höchstens 2 Prozent jährlich zu deckeln.",
        True,
        [('duration', 3, 'year', None), ('percent', 2, '%', 'at_most')],
        None,
    ),
    (
        "de",
        "Die Interessenvertretung sieht die Regierung in der Pflicht und ortet „dringenden Handlungsbedarf“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Österreichische Haus- und Grundbesitzerbund (ÖHGB) wies die Zahlen in einer Gegenaussendung als „irreführend“ zurück.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Auswertung vermische Neuvermietungen mit Bestandsmieten, die seit 2021 nur um rund 15 Prozent gestiegen seien, teilte der Verband mit.",
        True,
        [('year', 2021, None, None), ('percent', 15, '%', 'about')],
        None,
    ),
    # --- British Chambers of Commerce survey (Reuters), Monday ---
    (
        "en",
        "LONDON, Oct 5 (Reuters) - The share of British firms reporting higher domestic sales fell to 31% in the third quarter, the lowest since 2020, the British Chambers of Commerce said on Monday.",
        True,
        [
            ('date', '--10-05', None, None),
            ('percent', 31, '%', None),
            ('ordinal', 3, None, None),
            ('year', 2020, None, None),
        ],
        'the British Chambers of Commerce',
    ),
    (
        "en",
        "The survey of more than 4,600 businesses found 22% planned to cut staff over the next three months, up from 17% in the previous quarter.",
        True,
        [
            ('count', 4600, None, 'over'),
            ('percent', 22, '%', None),
            ('duration', 3, 'month', None),
            ('percent', 17, '%', None),
        ],
        None,
    ),
    (
        "en",
        '"This is a wake-up call that the government cannot afford to sleep through," BCC Director General Shevaun Whitlock said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Whitlock said nearly two-thirds of firms cited higher employer national insurance contributions as a major pressure.",
        True,
        [('fraction', 0.6667, None, 'nearly')],
        'Whitlock',
    ),
    (
        "en",
        '"Businesses need certainty, not another round of tinkering," she said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'The BCC urged ministers to "get behind the wealth creators."',
        False,
        [],
        None,
    ),
    (
        "en",
        "A Treasury spokesperson said the government had cut business rates for 230,000 retail, hospitality and leisure properties.",
        True,
        [('count', 230000, None, None)],
        None,
    ),
    (
        "en",
        "Economists in a Reuters poll see British output growing 1.1% this year.",
        True,
        [('percent', 1.1, '%', None)],
        None,
    ),
    # --- Mehrweg-Test der Deutschen Umwelthilfe (dpa), Montag ---
    (
        "de",
        "Berlin (dpa) - Gut zwei Jahre nach Einführung der Mehrwegangebotspflicht halten sich nach Tests der Deutschen Umwelthilfe (DUH) viele Bäckereien und Imbisse nicht an die Regeln.",
        True,
        [('duration', 2, 'year', 'over')],
        None,
    ),
    (
        "de",
        "Die Umweltorganisation habe zwischen Juni und August 412 Filialen in 18 Städten überprüft, in 241 davon sei kein Mehrwegbecher angeboten worden, teilte die DUH am Montag mit.",
        True,
        [('count', 412, None, None), ('count', 18, None, None), ('count', 241, None, None)],
        None,
    ),
    (
        "de",
        "„Das ist ein Offenbarungseid für den Umweltschutz im Alltag“, sagte DUH-Bundesgeschäftsführerin Katrin Oberwelland.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Oberwelland sagte, in Deutschland würden nach Berechnungen der DUH jeden Tag rund 7,4 Millionen Einwegbecher weggeworfen.",
        True,
        [('count', 7400000, None, 'about')],
        'Oberwelland',
    ),
    (
        "de",
        "Die Bundesregierung schaue dem Treiben seit Jahren tatenlos zu, kritisierte sie.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die DUH fordert eine Abgabe von 20 Cent auf jeden Einwegbecher und jede Einwegbox.",
        True,
        [('money', 0.2, 'EUR', None)],
        None,
    ),
    (
        "de",
        "Der Zentralverband des Deutschen Bäckerhandwerks nannte die Stichprobe „nicht repräsentativ“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Verband verwies darauf, dass seine Mitgliedsbetriebe im vergangenen Jahr rund 38 Millionen Mehrwegbecher ausgegeben hätten.",
        True,
        [('count', 38000000, None, 'about')],
        None,
    ),
    (
        "de",
        "Eine Abgabe treffe am Ende nur die Kundschaft, die ohnehin unter hohen Preisen leide, warnte der Verband.",
        False,
        [],
        None,
    ),
    # --- RAC on pothole breakdowns (PA), Monday ---
    (
        "en",
        "LONDON (PA) - Breakdowns caused by potholes rose 14% in the three months to September, with RAC patrols attending 7,240 such call-outs, the motoring organisation said.",
        True,
        [('percent', 14, '%', None), ('duration', 3, 'month', None), ('count', 7240, None, None)],
        None,
    ),
    (
        "en",
        "\"Britain's roads are a national embarrassment,\" said RAC head of policy Dominic Fairclough.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Fairclough said a driver was now about 1.6 times more likely to break down because of a pothole than in 2019.",
        True,
        [('count', 1.6, None, 'about'), ('year', 2019, None, None)],
        'Fairclough',
    ),
    (
        "en",
        'Drivers have been "left to pick up the bill" for decades of neglect, he said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The RAC said the average repair bill for pothole damage was 460 pounds.",
        True,
        [('money', 460, 'GBP', None)],
        None,
    ),
    (
        "en",
        "The RAC called for a ring-fenced road maintenance budget of at least 1.5 billion pounds a year over the next five years.",
        True,
        [('money', 1500000000, 'GBP', 'at_least'), ('duration', 5, 'year', None)],
        None,
    ),
    (
        "en",
        "The Local Government Association said the repair backlog on local roads across England and Wales now stood at 16.3 billion pounds.",
        True,
        [('money', 16300000000, 'GBP', None)],
        'the Local Government Association',
    ),
    (
        "en",
        'Councils were "doing everything they can with the money they have," an LGA spokesperson said.',
        False,
        [],
        None,
    ),
    # --- Wirtschaftskammer und ÖGB zu den Lohnnebenkosten (APA), Montag ---
    (
        "de",
        "Wien (APA) - Die Wirtschaftskammer Österreich (WKÖ) hat am Montag eine Senkung der Lohnnebenkosten um einen Prozentpunkt pro Jahr bis 2029 gefordert.",
        True,
        [('percent', 1, 'pp', None), ('year', 2029, None, None)],
        None,
    ),
    (
        "de",
        "Nach Berechnungen der Kammer würde das die Betriebe bis dahin um rund 4,6 Milliarden Euro entlasten.",
        True,
        [('money', 4600000000, 'EUR', 'about')],
        None,
    ),
    (
        "de",
        "„Arbeit ist in diesem Land schlicht zu teuer geworden“, sagte WKÖ-Generalsekretär Clemens Perndorfer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Perndorfer sagte, die Lohnnebenkosten lägen in Österreich bei 26,8 Prozent der Lohnsumme und damit über dem EU-Schnitt von 22,1 Prozent.",
        True,
        [('percent', 26.8, '%', None), ('percent', 22.1, '%', None)],
        'Perndorfer',
    ),
    (
        "de",
        "Der Standort verliere laufend an Boden, warnte er.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Gewerkschaftsbund ÖGB sprach in einer Aussendung von einem „Angriff auf den Sozialstaat“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Aus den Lohnnebenkosten würden unter anderem der Familienlastenausgleichsfonds und die Unfallversicherung finanziert, hieß es beim ÖGB.",
        True,
        [],
        None,
    ),
    (
        "de",
        "ÖGB-Chefökonomin Sabine Trattnig-Hofer sagte, eine solche Senkung risse allein in den Familienlastenausgleichsfonds jährlich ein Loch von rund 1,9 Milliarden Euro.",
        True,
        [('money', 1900000000, 'EUR', 'about')],
        'Sabine Trattnig-Hofer',
    ),
    (
        "de",
        "„Wer die Lohnnebenkosten kappt, sägt an dem Ast, auf dem die Familien sitzen“, so Trattnig-Hofer.",
        False,
        [],
        None,
    ),
    # --- Transport & Environment on car emissions (Reuters), Monday ---
    (
        "en",
        "BRUSSELS, Oct 5 (Reuters) - New cars sold in the European Union emitted an average of 106.8 grams of CO2 per kilometre in the first half of the year, campaign group Transport & Environment said on Monday.",
        True,
        [('date', '--10-05', None, None), ('count', 106.8, None, None), ('ordinal', 1, None, None)],
        None,
    ),
    (
        "en",
        "That was 2.3% below the level a year earlier but still above the 91.4 grams the EU's rules require from this year, the group said.",
        True,
        [('percent', 2.3, '%', None), ('count', 91.4, None, None)],
        None,
    ),
    (
        "en",
        '"Carmakers are treating climate targets like a menu they can order from," T&E analyst Lucien Verhaegen said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Verhaegen said battery-electric cars made up 16.1% of sales in the period, up from 13.4%.",
        True,
        [('percent', 16.1, '%', None), ('percent', 13.4, '%', None)],
        'Verhaegen',
    ),
    (
        "en",
        "T&E urged Brussels to hold its nerve against industry lobbying.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The European Automobile Manufacturers' Association (ACEA) said the figures showed the targets were \"disconnected from market reality.\"",
        False,
        [],
        None,
    ),
    (
        "en",
        "ACEA said its members had invested more than 250 billion euros in electrification since 2020.",
        True,
        [('money', 250000000000, 'EUR', 'over'), ('year', 2020, None, None)],
        None,
    ),
    (
        "en",
        "The European Commission is due to present a review of the rules on Dec. 10.",
        True,
        [('date', '--12-10', None, None)],
        None,
    ),
    # --- Verdi-Warnstreiks im Nahverkehr (dpa/lnw), Dienstag ---
    (
        "de",
        "Düsseldorf (dpa/lnw) - Die Gewerkschaft Verdi hat für Donnerstag zu ganztägigen Warnstreiks im Nahverkehr in 23 Städten Nordrhein-Westfalens aufgerufen.",
        True,
        [('count', 23, None, None)],
        None,
    ),
    (
        "de",
        "Betroffen seien Busse und Bahnen von 29 kommunalen Verkehrsbetrieben, teilte Verdi mit.",
        True,
        [('count', 29, None, None)],
        None,
    ),
    (
        "de",
        "„Die Arbeitgeber spielen auf Zeit, und diese Hinhaltetaktik nehmen wir nicht mehr hin“, sagte Verdi-Verhandlungsführer Holger Wiesmann-Brandt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Verdi verlangt für die rund 30.000 Beschäftigten ein Plus von 8 Prozent, monatlich mindestens aber 350 Euro, bei zwölf Monaten Laufzeit.",
        True,
        [
            ('count', 30000, None, 'about'),
            ('percent', 8, '%', None),
            ('money', 350, 'EUR', 'at_least'),
            ('duration', 12, 'month', None),
        ],
        None,
    ),
    (
        "de",
        "Wiesmann-Brandt kündigte einen „heißen Herbst“ an, sollte sich in der nächsten Runde nichts bewegen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "In der zweiten Verhandlungsrunde hatten die Arbeitgeber 5,5 Prozent bei 27 Monaten Laufzeit vorgelegt.",
        True,
        [('ordinal', 2, None, None), ('percent', 5.5, '%', None), ('duration', 27, 'month', None)],
        None,
    ),
    (
        "de",
        "KAV-Hauptgeschäftsführerin Ulrike Dönninghaus nannte den Warnstreik „völlig unverhältnismäßig“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Dönninghaus sagte, die Forderung würde die Verkehrsbetriebe rund 310 Millionen Euro im Jahr kosten.",
        True,
        [('money', 310000000, 'EUR', 'about')],
        'Dönninghaus',
    ),
    (
        "de",
        "Pendlerinnen und Pendler sollten sich auf massive Einschränkungen einstellen, hieß es.",
        False,
        [],
        None,
    ),
    # --- RMT strike ballot at Westmarch Rail (PA), Tuesday ---
    (
        "en",
        "LONDON (PA) - Members of the RMT union at Westmarch Rail have voted for strike action in a dispute over pay and rosters, the union said.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The union said 81% of those voting backed strikes on a turnout of 67%.",
        True,
        [('percent', 81, '%', None), ('percent', 67, '%', None)],
        'the union',
    ),
    (
        "en",
        "RMT general secretary Colm Dunleavy said members would walk out for 48 hours from Oct. 19.",
        True,
        [('duration', 48, 'hour', None), ('date', '--10-19', None, None)],
        None,
    ),
    (
        "en",
        '"Our members have been treated with contempt by a company that puts profits before people," Dunleavy said.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"We will not be bullied into accepting inferior terms," he said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Westmarch Rail said it had offered a 4.2% pay rise backdated to April.",
        True,
        [('percent', 4.2, '%', None)],
        None,
    ),
    (
        "en",
        '"This is a fair and affordable offer," a Westmarch spokesperson said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The operator runs about 1,150 services a day and carried 61 million passengers last year.",
        True,
        [('count', 1150, None, 'about'), ('count', 61000000, None, None)],
        None,
    ),
    (
        "en",
        "Passengers were advised to check before they travel.",
        False,
        [],
        None,
    ),
    # --- Greenpeace zur Bodenversiegelung (APA-OTS), Dienstag ---
    (
        "de",
        "Wien (OTS) - In Österreich werden nach einer Greenpeace-Analyse von Daten des Umweltbundesamts täglich im Schnitt 13,7 Hektar Boden neu verbaut.",
        True,
        [('count', 13.7, None, None)],
        None,
    ),
    (
        "de",
        "Das entspreche der Fläche von rund 19 Fußballfeldern pro Tag, so Greenpeace-Bodenexpertin Hannah Zirngast.",
        True,
        [('count', 19, None, 'about')],
        'Hannah Zirngast',
    ),
    (
        "de",
        "„Österreich betoniert seine Zukunft zu“, sagte Zirngast.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Umweltschutzorganisation ortete in den Gemeinden eine „Betonpolitik ohne Plan und Gewissen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Greenpeace fordert ein verbindliches Limit von 3 Hektar pro Tag bis 2030, festgeschrieben in einem Bodenschutzgesetz.",
        True,
        [('count', 3, None, None), ('year', 2030, None, None)],
        None,
    ),
    (
        "de",
        "Eine verbindliche Obergrenze für den Bodenverbrauch gibt es in Österreich bisher nicht.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Wir appellieren an alle Bürgermeisterinnen und Bürgermeister, den Boden als das zu behandeln, was er ist: unsere Lebensgrundlage“, hieß es in der Aussendung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Gemeindebund wies die Kritik zurück und verwies darauf, dass seit 2022 mehr als 1.200 Hektar an Brachflächen wieder genutzt worden seien.",
        True,
        [('year', 2022, None, None), ('count', 1200, None, 'over')],
        None,
    ),
    (
        "de",
        "Die Gemeinden seien die falsche Adresse für Schuldzuweisungen, sagte ein Sprecher.",
        False,
        [],
        None,
    ),
    # --- National Retail Federation holiday forecast (Reuters), Tuesday ---
    (
        "en",
        "WASHINGTON, Oct 6 (Reuters) - U.S. holiday sales will grow between 2.7% and 3.4% this year to as much as $1.01 trillion, the National Retail Federation forecast on Tuesday.",
        True,
        [
            ('date', '--10-06', None, None),
            ('percent', 2.7, '%', None),
            ('percent', 3.4, '%', None),
            ('money', 1010000000000, 'USD', 'up_to'),
        ],
        None,
    ),
    (
        "en",
        '"Retail is the beating heart of every community in America," NRF President Marcia Kettering said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Kettering said retailers planned to hire between 320,000 and 380,000 seasonal workers, down from 410,000 last year.",
        True,
        [('count', 320000, None, None), ('count', 380000, None, None), ('count', 410000, None, None)],
        'Kettering',
    ),
    (
        "en",
        "Last year holiday sales rose 3.9% to $976.1 billion, according to the NRF.",
        True,
        [('percent', 3.9, '%', None), ('money', 976100000000, 'USD', None)],
        None,
    ),
    (
        "en",
        '"Consumers have shown remarkable resilience, and we expect that to continue," NRF chief economist Dwight Halloran said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Halloran said tariffs had added an estimated 1.8 percentage points to prices of imported goods in stores since January.",
        True,
        [('percent', 1.8, 'pp', 'about')],
        None,
    ),
    (
        "en",
        'The trade group urged policymakers to "keep families front and centre."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The forecast excludes sales at automobile dealers, gas stations and restaurants.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Critics have long said the group's forecasts lean optimistic.",
        False,
        [],
        None,
    ),
    # --- Grüne zum Unterrichtsausfall in Bayern (dpa/lby), Dienstag ---
    (
        "de",
        "München (dpa/lby) - An Bayerns Grund- und Mittelschulen sind im vergangenen Schuljahr nach Angaben der Landtags-Grünen rund 412.000 Unterrichtsstunden ausgefallen.",
        True,
        [('count', 412000, None, 'about')],
        None,
    ),
    (
        "de",
        "Die Zahl stammt aus der Antwort des Kultusministeriums auf eine Anfrage der Fraktion vom 12. Juli, teilten die Grünen am Dienstag mit.",
        True,
        [('date', '--07-12', None, None)],
        None,
    ),
    (
        "de",
        "„In Bayern herrscht Bildungsnotstand, und die Staatsregierung schaut zu“, sagte die Grünen-Bildungspolitikerin Verena Hochstätter.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Hochstätter sagte, rechnerisch sei damit an jeder Schule mehr als eine Woche Unterricht ersatzlos ausgefallen.",
        True,
        [('duration', 1, 'week', 'over')],
        'Hochstätter',
    ),
    (
        "de",
        "Die Grünen fordern eine Lehrerreserve mit 1.500 zusätzlichen Stellen.",
        True,
        [('count', 1500, None, None)],
        None,
    ),
    (
        "de",
        "Das Kultusministerium wies die Darstellung zurück.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Anteil des ausgefallenen Unterrichts liege bei 2,3 Prozent und damit unter dem Wert des Vorjahres, teilte das Kultusministerium mit.",
        True,
        [('percent', 2.3, '%', None)],
        'das Kultusministerium',
    ),
    (
        "de",
        "Die CSU-Fraktion warf den Grünen „Panikmache auf dem Rücken der Lehrkräfte“ vor.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob der Landtag den Antrag der Grünen noch vor Weihnachten berät, ist offen.",
        False,
        [],
        None,
    ),
    # --- Liberal Democrat analysis of A&E waits (PA), Tuesday ---
    (
        "en",
        "LONDON (PA) - More than 48,000 A&E patients in England had to wait longer than 12 hours for a bed or a decision last month, according to Liberal Democrat analysis of NHS figures.",
        True,
        [('count', 48000, None, 'over'), ('duration', 12, 'hour', 'over')],
        None,
    ),
    (
        "en",
        "The party said its analysis used NHS England's monthly performance statistics for September.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The total was 19% higher than in September last year, the party said.",
        True,
        [('percent', 19, '%', None)],
        None,
    ),
    (
        "en",
        '"Patients are being failed on a shocking scale," Lib Dem health spokesperson Harriet Pennycook said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Pennycook said the party wanted 8,000 extra hospital beds in England by 2028.",
        True,
        [('count', 8000, None, None), ('year', 2028, None, None)],
        'Pennycook',
    ),
    (
        "en",
        'The Liberal Democrats accused ministers of "drifting blindly towards another winter of chaos."',
        False,
        [],
        None,
    ),
    (
        "en",
        "An NHS England spokesperson said 74.8% of A&E attendances in September were dealt with inside four hours, the best performance for the month since 2021.",
        True,
        [('percent', 74.8, '%', None), ('duration', 4, 'hour', None), ('year', 2021, None, None)],
        None,
    ),
    (
        "en",
        'Staff were "working incredibly hard under huge pressure," the spokesperson said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Department of Health said it had opened 1,400 new same-day emergency care spaces since the spring.",
        True,
        [('count', 1400, None, None)],
        None,
    ),
    # --- Pensionistenverband zur Pensionsanpassung (APA-OTS), Mittwoch ---
    (
        "de",
        "Wien (OTS) - Der Pensionistenverband Österreichs (PVÖ) verlangt für das kommende Jahr eine Erhöhung aller Pensionen um 2,9 Prozent.",
        True,
        [('percent', 2.9, '%', None)],
        None,
    ),
    (
        "de",
        "„Die Pensionistinnen und Pensionisten sind keine Bittsteller, sie haben sich jeden Euro hart erarbeitet“, sagte PVÖ-Präsident Herbert Kirchschlager.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Kirchschlager sagte, die Regierung plane nach Medienberichten nur 2,3 Prozent und für Pensionen ab 2.500 Euro brutto einen Fixbetrag.",
        True,
        [('percent', 2.3, '%', None), ('money', 2500, 'EUR', None)],
        'Kirchschlager',
    ),
    (
        "de",
        "Eine Pensionistin mit 1.600 Euro Pension verliere dadurch im Jahr rund 134 Euro, rechnete der Verband vor.",
        True,
        [('money', 1600, 'EUR', None), ('money', 134, 'EUR', 'about')],
        None,
    ),
    (
        "de",
        "Der PVÖ kündigte an, sich „mit allen Mitteln“ gegen eine Kürzung zu wehren.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der ÖVP-Seniorenbund sprach von einer „roten Linie“, die nicht überschritten werden dürfe.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Gespräche mit den Seniorenvertretern würden am 14. Oktober fortgesetzt, teilte das Sozialministerium mit.",
        True,
        [('date', '--10-14', None, None)],
        'das Sozialministerium',
    ),
    (
        "de",
        "„Wir sind gesprächsbereit, aber nicht erpressbar“, sagte Kirchschlager.",
        False,
        [],
        None,
    ),
    # --- CFIB business barometer (Reuters), Wednesday ---
    (
        "en",
        "OTTAWA, Oct 7 (Reuters) - Small business confidence in Canada rose for a third straight month in September, with the Canadian Federation of Independent Business' long-term index climbing to 58.4 from 55.9.",
        True,
        [
            ('date', '--10-07', None, None),
            ('ordinal', 3, None, None),
            ('count', 58.4, None, None),
            ('count', 55.9, None, None),
        ],
        None,
    ),
    (
        "en",
        "A separate short-term gauge, covering owners' outlook for the next three months, edged up to 51.2.",
        True,
        [('duration', 3, 'month', None), ('count', 51.2, None, None)],
        None,
    ),
    (
        "en",
        '"Owners are cautiously coming up for air, but the water is still choppy," CFIB chief economist Simon Gagnier said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Gagnier said 47% of owners named insufficient demand as their main constraint, while 39% cited tax and regulatory costs.",
        True,
        [('percent', 47, '%', None), ('percent', 39, '%', None)],
        'Gagnier',
    ),
    (
        "en",
        '"Ottawa keeps piling on paperwork and calling it support," CFIB President Lorraine Bissonnette said in a statement.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The federation, which represents about 100,000 small and medium-sized businesses, called for the small business tax rate to be cut to 7% from 9%.",
        True,
        [('count', 100000, None, 'about'), ('percent', 7, '%', None), ('percent', 9, '%', None)],
        None,
    ),
    (
        "en",
        "It said the cut would leave about C$2.3 billion a year in owners' hands.",
        True,
        [('money', 2300000000, 'CAD', 'about')],
        None,
    ),
    (
        "en",
        'A spokesperson for the finance minister said the government "always listens to small businesses."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Small businesses are the backbone of Canada's economy, the federation said.",
        False,
        [],
        None,
    ),
    # --- Handelsverband zu Geschäftsschließungen (dpa), Mittwoch ---
    (
        "de",
        "Berlin (dpa) - Der Handelsverband Deutschland (HDE) rechnet in diesem Jahr mit rund 4.800 Geschäftsschließungen im Nonfood-Handel.",
        True,
        [('count', 4800, None, 'about')],
        None,
    ),
    (
        "de",
        "Das wären etwa 600 mehr als im Vorjahr, teilte der Verband am Mittwoch mit.",
        True,
        [('count', 600, None, 'about')],
        'der Verband',
    ),
    (
        "de",
        "„Wenn die Läden sterben, sterben die Innenstädte gleich mit“, sagte HDE-Hauptgeschäftsführer Stefan Brockhagen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Brockhagen sagte, nach einer Umfrage des Verbands unter 840 Händlern erwarte knapp die Hälfte ein schwächeres Weihnachtsgeschäft als im Vorjahr.",
        True,
        [('count', 840, None, None), ('fraction', 0.5, None, 'nearly')],
        'Brockhagen',
    ),
    (
        "de",
        "Die Umfrage hatte der HDE selbst in Auftrag gegeben und vom Kölner Institut für Handelsforschung durchführen lassen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Verband bezeichnete die Studie als „belastbares Frühwarnsystem“ für die Politik.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der HDE fordert einen Innenstadtfonds des Bundes mit 500 Millionen Euro pro Jahr.",
        True,
        [('money', 500000000, 'EUR', None)],
        None,
    ),
    (
        "de",
        "Die Bundesregierung müsse endlich aufwachen, mahnte Brockhagen.",
        False,
        [],
        None,
    ),
    # --- Citizens Advice on energy debt (PA), Wednesday ---
    (
        "en",
        "LONDON (PA) - Citizens Advice said it helped a record 41,800 people with energy debt between January and August.",
        True,
        [('count', 41800, None, None)],
        'Citizens Advice',
    ),
    (
        "en",
        "The charity said the average energy debt among those it helped had risen to 1,742 pounds, up 11% on the same period last year.",
        True,
        [('money', 1742, 'GBP', None), ('percent', 11, '%', None)],
        None,
    ),
    (
        "en",
        '"Behind each of these figures is a family forced to choose between heating and eating," Citizens Advice chief executive Imogen Varley-Shaw said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Varley-Shaw said about one in five people it helped with energy debt had a prepayment meter.",
        True,
        [('fraction', 0.2, None, 'about')],
        'Varley-Shaw',
    ),
    (
        "en",
        'The charity called on the government to "act before the cold sets in."',
        False,
        [],
        None,
    ),
    (
        "en",
        "It called for the Warm Home Discount to be raised to 250 pounds and extended to all households on means-tested benefits.",
        True,
        [('money', 250, 'GBP', None)],
        None,
    ),
    (
        "en",
        "Energy UK, the suppliers' trade body, said its members had earmarked more than 350 million pounds for customer support this winter.",
        True,
        [('money', 350000000, 'GBP', 'over')],
        None,
    ),
    (
        "en",
        '"Suppliers are doing their bit, and more," an Energy UK spokesperson said.',
        False,
        [],
        None,
    ),
    # --- FPÖ-Aussendung zu den Asylkosten (APA), Mittwoch ---
    (
        "de",
        "Wien (APA) - Die FPÖ hat in einer Aussendung behauptet, die Grundversorgung von Asylwerbern koste den Staat heuer mehr als 1,4 Milliarden Euro.",
        True,
        [('money', 1400000000, 'EUR', 'over')],
        None,
    ),
    (
        "de",
        "FPÖ-Sicherheitssprecher Markus Tauchner sprach von einem „Asylchaos ohne Ende“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Tauchner berief sich auf eine Anfragebeantwortung des Innenministeriums, wonach im ersten Halbjahr 612 Millionen Euro ausgegeben worden seien.",
        True,
        [('ordinal', 1, None, None), ('money', 612000000, 'EUR', None)],
        None,
    ),
    (
        "de",
        "Daraus habe die FPÖ auf das ganze Jahr hochgerechnet, hieß es aus der Partei.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Die Regierung hat die Kontrolle über unsere Grenzen längst verloren“, sagte Tauchner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Zahl der Personen in der Grundversorgung sei seit Jänner um rund 11 Prozent auf etwa 58.400 gesunken, teilte das Innenministerium mit.",
        True,
        [('percent', 11, '%', 'about'), ('count', 58400, None, 'about')],
        'das Innenministerium',
    ),
    (
        "de",
        "Die Hochrechnung der FPÖ sei daher „unseriös“, hieß es aus dem Ministerium.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Grünen warfen den Freiheitlichen vor, „mit Zahlen Stimmung zu machen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die NEOS verwiesen darauf, dass der Rechnungshof die Kosten der Grundversorgung zuletzt 2023 geprüft hatte.",
        True,
        [('year', 2023, None, None)],
        None,
    ),
    # --- Existing home sales from the National Association of Realtors (Reuters), Wednesday ---
    (
        "en",
        "WASHINGTON, Oct 7 (Reuters) - U.S. existing home sales rose 1.9% in September to an annualised, seasonally adjusted pace of 4.12 million units, the National Association of Realtors said on Wednesday.",
        True,
        [('date', '--10-07', None, None), ('percent', 1.9, '%', None), ('count', 4120000, None, None)],
        'the National Association of Realtors',
    ),
    (
        "en",
        "The median existing-home price climbed 2.8% from a year earlier to $418,600.",
        True,
        [('percent', 2.8, '%', None), ('money', 418600, 'USD', None)],
        None,
    ),
    (
        "en",
        '"The market is thawing, slowly but surely," NAR chief economist Lorenzo Whitcombe said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Whitcombe said inventory stood at 1.48 million homes as September ended, equal to 4.3 months of supply at the current sales pace.",
        True,
        [('count', 1480000, None, None), ('duration', 4.3, 'month', None)],
        None,
    ),
    (
        "en",
        '"Buyers who have waited on the sidelines are finally getting back in the game," he said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The trade group has long blamed high borrowing costs for the slump in sales.",
        False,
        [],
        None,
    ),
    (
        "en",
        'The NAR bills itself as "the voice for real estate" in America.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Economists polled by Reuters had forecast sales at a rate of 4.05 million.",
        True,
        [('count', 4050000, None, None)],
        None,
    ),
    (
        "en",
        "Whether the recovery holds into the spring remains unclear.",
        False,
        [],
        None,
    ),
    # --- Foodwatch vergibt den „Goldenen Windbeutel“ (dpa), Donnerstag ---
    (
        "de",
        "Berlin (dpa) - Die Verbraucherorganisation Foodwatch hat den Fruchtriegel „Obstwunder“ des Herstellers Hellwig Foods mit dem „Goldenen Windbeutel“ ausgezeichnet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "An der Online-Abstimmung hätten sich rund 46.000 Menschen beteiligt, der Riegel habe 38 Prozent der Stimmen erhalten, teilte Foodwatch mit.",
        True,
        [('count', 46000, None, 'about'), ('percent', 38, '%', None)],
        None,
    ),
    (
        "de",
        "„Dieser Riegel ist eine Zuckerbombe im Obstkostüm“, sagte Foodwatch-Sprecherin Luisa Brenninkamp.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Brenninkamp sagte, der Riegel bestehe zu 41 Prozent aus Zucker, obwohl auf der Verpackung „ohne Zuckerzusatz“ stehe.",
        True,
        [('percent', 41, '%', None)],
        'Brenninkamp',
    ),
    (
        "de",
        "Foodwatch warf der Lebensmittelbranche vor, Eltern „systematisch hinters Licht zu führen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Hellwig Foods wies die Vorwürfe zurück und teilte mit, das Produkt erfülle alle gesetzlichen Vorgaben.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Wir nehmen die Kritik ernst und prüfen unsere Verpackungsgestaltung“, hieß es in einer Stellungnahme des Unternehmens.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Foodwatch fordert eine verpflichtende Nährwertampel und ein Werbeverbot für Süßigkeiten, die sich an Kinder unter 14 Jahren richten.",
        True,
        [('duration', 14, 'year', 'under')],
        None,
    ),
    # --- National Education Union workload survey (PA), Thursday ---
    (
        "en",
        "LONDON (PA) - Teachers in England work an average of 51 hours a week during term time, according to a survey of 9,300 members by the National Education Union.",
        True,
        [('duration', 51, 'hour', None), ('count', 9300, None, None)],
        None,
    ),
    (
        "en",
        "The union said 58% of those who answered expected to quit teaching within five years.",
        True,
        [('percent', 58, '%', None), ('duration', 5, 'year', None)],
        None,
    ),
    (
        "en",
        '"Teaching is a wonderful job being made impossible by a government that refuses to listen," NEU general secretary Bronagh Keast said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Keast said the union would open a formal strike ballot on Nov. 2.",
        True,
        [('date', '--11-02', None, None)],
        'Keast',
    ),
    (
        "en",
        '"We are done asking nicely," she said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The survey was carried out online by the union itself, and its results were not weighted to reflect the wider workforce.",
        True,
        [],
        None,
    ),
    (
        "en",
        'The Department for Education dismissed the survey as "unrepresentative."',
        False,
        [],
        None,
    ),
    (
        "en",
        "It said the government had recruited 2,600 more secondary school teachers this year than last.",
        True,
        [('count', 2600, None, None)],
        None,
    ),
    # --- Caritas zur Energiearmut (APA-OTS), Donnerstag ---
    (
        "de",
        "Wien (OTS) - Rund 310.000 Menschen in Österreich können ihre Wohnung nach Daten der Statistik Austria nicht angemessen warm halten.",
        True,
        [('count', 310000, None, 'about')],
        None,
    ),
    (
        "de",
        "Das seien um etwa 40.000 mehr als vor zwei Jahren, teilte die Caritas am Donnerstag in einer Aussendung mit.",
        True,
        [('count', 40000, None, 'about'), ('duration', 2, 'year', None)],
        'die Caritas',
    ),
    (
        "de",
        "„Niemand in einem reichen Land sollte im Winter frieren müssen“, sagte Caritas-Generalsekretärin Martina Schwaighofer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Schwaighofer sagte, die Sozialberatungsstellen der Caritas hätten von Jänner bis September 23.700 Anfragen zu Energiekosten bearbeitet, so viele wie nie zuvor.",
        True,
        [('count', 23700, None, None)],
        None,
    ),
    (
        "de",
        "Die Hilfsorganisation fordert einen bundesweiten Heizkostenzuschuss von 500 Euro pro Haushalt und Winter.",
        True,
        [('money', 500, 'EUR', None)],
        None,
    ),
    (
        "de",
        "Die Regierung dürfe die Ärmsten nicht im Stich lassen, mahnte die Caritas.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Über die Caritas: Die Caritas betreibt in Österreich mehr als 1.600 Einrichtungen und beschäftigt rund 17.000 Mitarbeiterinnen und Mitarbeiter.",
        True,
        [('count', 1600, None, 'over'), ('count', 17000, None, 'about')],
        None,
    ),
    (
        "de",
        "Die Caritas versteht sich als Anwältin der Armen und als Stimme jener, die sonst niemand hört.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Rückfragehinweis: Caritas Österreich, Pressestelle, Kontakt über die Website der Organisation",
        False,
        [],
        None,
    ),
    # --- Greenpeace at the International Seabed Authority (Reuters), Thursday ---
    (
        "en",
        "KINGSTON, Jamaica, Oct 8 (Reuters) - Thirty-eight countries now back a moratorium on deep-sea mining, Greenpeace said on Thursday as talks at the International Seabed Authority entered their second week.",
        True,
        [('date', '--10-08', None, None), ('count', 38, None, None), ('ordinal', 2, None, None)],
        None,
    ),
    (
        "en",
        '"The deep ocean is not a warehouse for the battery industry," Greenpeace campaigner Ingrid Solheim-Barre said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Solheim-Barre said three more governments had joined the call since July.",
        True,
        [('count', 3, None, None)],
        'Solheim-Barre',
    ),
    (
        "en",
        "Greenpeace said a poll it had commissioned in 12 countries found 71% of respondents supported a pause on deep-sea mining.",
        True,
        [('count', 12, None, None), ('percent', 71, '%', None)],
        None,
    ),
    (
        "en",
        'Activists unfurled a banner reading "Hands off the abyss" outside the meeting hall.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Abyssal Metals, which hopes to start commercial mining in the Pacific's Clarion-Clipperton Zone by 2028, said its environmental studies showed the impact on seabed life would be limited.",
        True,
        [('year', 2028, None, None)],
        None,
    ),
    (
        "en",
        "The company called Greenpeace's campaign \"fear-mongering dressed up as science.\"",
        False,
        [],
        None,
    ),
    (
        "en",
        "The authority's 36-member council has yet to agree a mining code after more than a decade of talks.",
        True,
        [('count', 36, None, None)],
        None,
    ),
    (
        "en",
        "Several delegates said privately they doubted the session would close with an agreement.",
        False,
        [],
        None,
    ),
    # --- Mieterbund und Haus & Grund zu den Nebenkosten (dpa), Donnerstag ---
    (
        "de",
        "Berlin (dpa) - Mieterinnen und Mieter in Deutschland haben im vergangenen Jahr nach Berechnungen des Deutschen Mieterbunds im Schnitt 2,71 Euro pro Quadratmeter und Monat an Nebenkosten gezahlt.",
        True,
        [('money', 2.71, 'EUR', None)],
        None,
    ),
    (
        "de",
        "Das seien 9 Prozent mehr als im Jahr davor, sagte Mieterbund-Präsident Jürgen Sattelberger.",
        True,
        [('percent', 9, '%', None)],
        'Jürgen Sattelberger',
    ),
    (
        "de",
        "„Die Nebenkosten fressen die Haushalte auf“, sagte Sattelberger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach dem Betriebskostenspiegel des Verbands entfiel rund ein Drittel der Kosten auf Heizung und Warmwasser.",
        True,
        [('fraction', 0.3333, None, 'about')],
        None,
    ),
    (
        "de",
        "Der Mieterbund vertritt nach eigenen Angaben rund 1,2 Millionen Mitgliedshaushalte in gut 300 örtlichen Mietervereinen.",
        True,
        [('count', 1200000, None, 'about'), ('count', 300, None, 'over')],
        None,
    ),
    (
        "de",
        "Der Eigentümerverband Haus & Grund nannte die Zahlen „Panikmache zur Unzeit“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Eigentümer seien nicht die Preistreiber, sondern selbst Opfer steigender Abgaben, sagte Verbandspräsident Wolfram Eschenbach.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Eschenbach sagte, die Grundsteuer sei seit der Reform in mehr als 40 Prozent der Gemeinden gestiegen.",
        True,
        [('percent', 40, '%', 'over')],
        None,
    ),
    (
        "de",
        "Der Verband werde sich „mit aller Kraft“ gegen höhere Abgaben stemmen, kündigte er an.",
        False,
        [],
        None,
    ),
    # --- Federation of Small Businesses on late payment (PA), Thursday ---
    (
        "en",
        "LONDON (PA) - Small firms in the UK are owed an average of 22,400 pounds in late payments, up from 17,900 pounds two years ago, the Federation of Small Businesses said.",
        True,
        [('money', 22400, 'GBP', None), ('money', 17900, 'GBP', None), ('duration', 2, 'year', None)],
        None,
    ),
    (
        "en",
        "The FSB, which has about 150,000 members, said its survey found one in three small firms had considered closing because of late payment.",
        True,
        [('count', 150000, None, 'about'), ('fraction', 0.3333, None, None)],
        None,
    ),
    (
        "en",
        'The FSB describes itself as "the voice of small business" in the UK.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"Late payment is a scourge that kills good businesses," FSB policy chair Tina McCorquodale said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "McCorquodale said the FSB wanted large companies to be legally required to pay suppliers within 30 days.",
        True,
        [('duration', 30, 'day', None)],
        'McCorquodale',
    ),
    (
        "en",
        '"Big business has been getting away with this for far too long," she said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The government said it would publish legislation on payment times before the end of the year.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Critics say ministers have talked tough on late payment without ever delivering.",
        False,
        [],
        None,
    ),
    # --- Gewerkschaftsbund zur Lohnrunde (Keystone-SDA), Donnerstag ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Schweizerische Gewerkschaftsbund (SGB) fordert für das kommende Jahr Lohnerhöhungen von 3 bis 4 Prozent, mindestens aber 200 Franken pro Monat.",
        True,
        [('percent', 3, '%', None), ('percent', 4, '%', None), ('money', 200, 'CHF', 'at_least')],
        None,
    ),
    (
        "de",
        "Die Reallöhne seien seit 2021 um 2,1 Prozent gesunken, sagte SGB-Chefökonom Adrian Hügli vor den Medien in Bern.",
        True,
        [('year', 2021, None, None), ('percent', 2.1, '%', None)],
        'Adrian Hügli',
    ),
    (
        "de",
        "«Die Arbeitnehmenden haben die Teuerung bezahlt, jetzt sind die Firmen an der Reihe», sagte Hügli.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Hügli sagte, die Gewinne der börsenkotierten Unternehmen seien im gleichen Zeitraum um rund 18 Prozent gestiegen.",
        True,
        [('percent', 18, '%', 'about')],
        None,
    ),
    (
        "de",
        "Der Arbeitgeberverband bezeichnete die Forderungen als «realitätsfern».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für viele KMU sei die Lage schlicht zu angespannt, um grosse Sprünge zu machen, hiess es beim Verband.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Verband verwies auf eine eigene Umfrage, wonach die Unternehmen im Mittel mit Lohnerhöhungen von 1,6 Prozent rechnen.",
        True,
        [('percent', 1.6, '%', None)],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft Unia kündigte für den 14. November eine nationale Kundgebung in Bern an.",
        True,
        [('date', '--11-14', None, None)],
        None,
    ),
    # --- U.S. Chamber of Commerce sues over overtime rule (Reuters), Thursday ---
    (
        "en",
        "WASHINGTON, Oct 8 (Reuters) - The U.S. Chamber of Commerce and four other business groups sued the Labor Department on Thursday over a rule that would extend overtime pay to salaried workers earning up to $63,400 a year.",
        True,
        [('date', '--10-08', None, None), ('count', 4, None, None), ('money', 63400, 'USD', 'up_to')],
        None,
    ),
    (
        "en",
        "The lawsuit was filed in federal court in Sherman, Texas.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"This rule is a job killer dressed up as a pay raise," Chamber executive vice president Bradley Okonjo-Ruiz said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Okonjo-Ruiz said the rule would cost employers about $2.7 billion a year in compliance costs and higher wages.",
        True,
        [('money', 2700000000, 'USD', 'about')],
        'Okonjo-Ruiz',
    ),
    (
        "en",
        "The groups argue the department overstepped its authority under the 1938 Fair Labor Standards Act.",
        True,
        [('year', 1938, None, None)],
        None,
    ),
    (
        "en",
        "The Labor Department said the rule would give about 3.1 million workers new overtime protections.",
        True,
        [('count', 3100000, None, 'about')],
        None,
    ),
    (
        "en",
        "The rule is due to take effect on Jan. 1.",
        True,
        [('date', '--01-01', None, None)],
        None,
    ),
    (
        "en",
        '"Workers deserve to be paid for every hour they work," a department spokesperson said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'The AFL-CIO called the lawsuit "a cynical attack on working families."',
        False,
        [],
        None,
    ),
    # --- Patientenschützer zu den Heimkosten (dpa), Donnerstag ---
    (
        "de",
        "Dortmund (dpa) - Pflegebedürftige in Heimen müssen nach Daten des Verbands der Ersatzkassen im ersten Aufenthaltsjahr im Schnitt 3.417 Euro im Monat aus eigener Tasche zahlen.",
        True,
        [('ordinal', 1, None, None), ('money', 3417, 'EUR', None)],
        None,
    ),
    (
        "de",
        "Das seien 268 Euro mehr als im Vorjahr, teilte die Deutsche Stiftung Patientenschutz am Donnerstag mit.",
        True,
        [('money', 268, 'EUR', None)],
        None,
    ),
    (
        "de",
        "„Pflege darf nicht arm machen“, sagte Stiftungsvorstand Eberhard Rinklage.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Rinklage sagte, inzwischen sei mehr als jeder dritte Heimbewohner auf Sozialhilfe angewiesen.",
        True,
        [('fraction', 0.3333, None, 'over')],
        'Rinklage',
    ),
    (
        "de",
        "Die Stiftung fordert, den Eigenanteil für die Pflege auf 1.000 Euro im Monat zu deckeln.",
        True,
        [('money', 1000, 'EUR', None)],
        None,
    ),
    (
        "de",
        "Die Bundesregierung verschließe seit Jahren die Augen vor der Lage in den Heimen, kritisierte Rinklage.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Bundesgesundheitsministerium verwies darauf, dass eine Reformkommission bis zum 31. März Vorschläge vorlegen soll.",
        True,
        [('date', '--03-31', None, None)],
        None,
    ),
    (
        "de",
        "Ob die Vorschläge einen Deckel für den Eigenanteil enthalten werden, ist offen.",
        False,
        [],
        None,
    ),
    # --- Irish unions and Sinn Féin on the budget (Reuters), Thursday ---
    (
        "en",
        "DUBLIN, Oct 8 (Reuters) - The Irish Congress of Trade Unions said on Thursday that the government's budget would leave a family with two children about 640 euros a year worse off once inflation was taken into account.",
        True,
        [('date', '--10-08', None, None), ('count', 2, None, None), ('money', 640, 'EUR', 'about')],
        None,
    ),
    (
        "en",
        '"This is a budget for the comfortable, not for the struggling," ICTU general secretary Siobhán Magennis said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Magennis said the 900 million euros set aside for childcare fell well short of the 1.4 billion euros the unions had sought.",
        True,
        [('money', 900000000, 'EUR', None), ('money', 1400000000, 'EUR', None)],
        'Magennis',
    ),
    (
        "en",
        "Opposition party Sinn Féin said the budget would deliver 11,200 social homes next year, 3,800 fewer than the government's own target.",
        True,
        [('count', 11200, None, None), ('count', 3800, None, None)],
        None,
    ),
    (
        "en",
        '"The government has run out of ideas and out of road," Sinn Féin finance spokesperson Eoin Ruddock said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Ruddock accused the coalition of "dressing up cuts as giveaways."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The finance ministry said the budget package was worth 9.4 billion euros, including 1.6 billion euros in tax cuts.",
        True,
        [('money', 9400000000, 'EUR', None), ('money', 1600000000, 'EUR', None)],
        None,
    ),
    (
        "en",
        "Employers' group Ibec welcomed the budget as \"broadly sensible.\"",
        False,
        [],
        None,
    ),
]
