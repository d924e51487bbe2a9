"""Three-hundred-and-second blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms and figures are made up
(Brettschneider Kunststofftechnik, Konstantin Rehberg, Ulrike Tessendorf, Renate Pachlatko,
Wesselburg, Carsten Möllenbeck, Neckertal Präzision, Reto Bärtschi, Prantlhuber and Andreas
Prantlhuber, Steinmeyer, Simone Kerkhoff, Jörg Wallbrecht, Lindemann, Matthias Quandel,
Pirker, Wolfgang Stranzl, Lukas Ammann, Mareike Steinbrecher, Kelterbach, Bernd
Rautenstrauch, Brunnbauer, Florian Eichbichler, Avelan, Sabine Hüppi, a Tyrolean cable-car
builder left unnamed; Halbrook Outfitters, Dawn Ferraro, Fenton & Rowley, Kittering
Partners, Helen Brackwell, Sarah Quilliam, Quillon Software, Nolan Pirelli, Martin Kessock,
Redfern Lyle, Larch Creek Packaging, Ray Dombrowski, Nordavia, Linnea Frisk, Parkway,
Greyfriars Capital, Imogen Tate, Mr Justice Penrose, Brightwater Bank, Rowan Achterberg,
Redhawk Freight Lines, Dale Brewster, Hollins Creek Partners, Marwick Communications,
Meadowbank Care, Priya Sandhu, Huaxin Property, Judge Lydia Chan, Pinecrest, Corvane Motors,
Keisha Barnwell; every unnamed spokesperson, lawyer, administrator, economist, analyst,
bondholder, shipper and resident's family); ministers, governors and officials of real
governments appear by their role only ("Der saarländische Wirtschaftsminister", "Ohio's
governor"). Real courts, bodies, unions, laws and places (Amtsgericht Chemnitz,
Bundesagentur für Arbeit, IG Metall, KSV1870, AKV, IG BCE, Unia, Statistisches Bundesamt,
Creditreform, Landesgericht Linz, Gewerkschaft Bau-Holz, Landesgericht für Zivilrechtssachen
Graz, Insolvenz-Entgelt-Fonds, GPA, Verdi, Handelsverband, Amtsgericht Düsseldorf,
Leibniz-Institut für Wirtschaftsforschung Halle (IWH), BVMW, Handelsgericht Wien, Verband
Angestellte Schweiz, Kanton Waadt; the Insolvency Service, HM Revenue and Customs, the
Pension Protection Fund, the GMB union, Unite, the High Court, the Companies Act, the
British Property Federation, the Teamsters, the Care Quality Commission, the UAW, Motor
Intelligence, Chapter 11 and Chapter 7, and the datelines' cities and the sites named) stand
for the way wire copy names them; every filing, debt, claim, quota, job cut, closure,
severance term, savings target, charge, court date, statistic, quote and reaction here is
invented, and where a real figure came to mind (a real insolvency tally, a real statutory
minimum quota, insolvency-pay or redundancy-pay rule, a real savings programme or job-cut
total) it was changed or left out.

Its weight: COMPANY INSOLVENCIES, JOB CUTS AND RESTRUCTURING (the hundred-eighth batch
weighed corporate insolvencies, bankruptcies and restructurings and the
two-hundred-and-twenty-fourth industry results and job cuts, and their decisions are kept)
over one year in story order (January to December), 28 short stories with the German and
English ones interleaved by month, each told as wire copy runs it (a dateline lead with the
filing, the cut or the plan, the debts and claims, the jobs and sites, the court's, the
administrator's and the management's steps and statements, the causes given, union and
political reactions, quotes). Half German (dpa, dpa/lnw, APA, Reuters German, Keystone-SDA;
Austrian "Passiva", "Dienstnehmer", "Sanierungsverfahren mit Eigenverwaltung",
"Prüfungstagsatzung", "Masseverwalter", "Sanierungsverwalter", "Quote", "geschlittert",
Swiss "Konsultationsverfahren", "Mitarbeitende", "Franken", "5'318", "37'940", «» quotes,
German „“ quotes): a car supplier's insolvency in self-administration, the KSV1870's annual
count, a chemicals group's savings programme, a Swiss machine maker's cuts, the
Statistisches Bundesamt's monthly figures, an Austrian builder's restructuring proceedings,
a conveyor maker's deal with the IG Metall, a department store chain's closures and
creditors' meeting, an Austrian sports retailer's bankruptcy, Swiss bankruptcies, the IWH's
insolvency trend, a car supplier's job cuts with a savings target, an Austrian electronics
chain's accepted restructuring plan and a Swiss pharma supplier's cuts. Half English
(Reuters, Bloomberg-style copy, PA, AP): a sporting goods chain's Chapter 11, a tableware
maker in administration, a software maker's layoffs with severance, UK insolvency figures, a
U.S. plant closure with severance, a Nordic airline's restructuring plan, a restructuring
plan sanctioned by the High Court, a bank's job cuts with a savings target, a trucking
firm's shutdown and Chapter 7, a prepackaged bankruptcy with a creditors' agreement, a care
home operator in administration, a Hong Kong winding-up hearing adjourned, a drugstore
chain's closures and a U.S. car plant's layoffs. Figures as such copy has them: liabilities,
Passiva, claims, DIP financing, charges, provisions, savings targets and equity in euros,
dollars, pounds, francs and Swedish crowns; jobs, stores, plants, homes, creditors and cases
as counts with their hedges; quotas, votes of creditors, shares of workforces and changes in
percent; shares as fractions; severance, insolvency-pay, notice and plan terms as durations;
court dates and datelines as dates; number words and compounds („drei Standorten“, „dreimal
so hoch“, „zwölf Monate“, „elfstündigen“, „in zwei Raten“, "two of its three largest
customers", "one in eight", "16 weeks of base pay plus one week"), ordinals („die dritte
Insolvenz“, „im dritten Quartal“, „im zweiten Halbjahr“, "first-quarter", "first-half",
"first-lien", "its second shift"), hedges, ranges, years and dates. Negatives as such copy
has them - about a quarter of the rows, none carrying a figure: managers' and unions'
regrets („Wir bedauern ...“, "We regret ...", "We are sorry ...", "said it regretted the
impact"), blame without a checkable act („warf ... vor“, „machte ... verantwortlich“), hopes
and confidence („hofft“, „hoffen“, „zuversichtlich“, "said it hoped"), labels („sprach von“,
„nannte“, „bezeichnete ... als“, "called", "described ... as"), warnings without a measure
(„warnte vor“, „mahnte“, "warned"), reassurances, a forecast without a figure, a no-comment
line, a private complaint, analysts' views and feelings, each near a check-worthy look-alike
from the same story: the same speaker's figure, a stated cause, a forecast or warning with a
figure, a filing, a court's step or a union's account.

240 rows (120 German, 120 English), 56 negatives (29 German, 27 English), 184 check-worthy
rows of which 22 carry no figure (12 German, 10 English), 278 expected quantities (110
counts, 46 amounts of money - 16 EUR, 15 USD, 11 GBP, 2 CHF, 2 SEK -, 42 percentages, all in
%, 25 years, 21 durations - 6 in months, 6 in weeks, 6 in years, 2 in days, 1 in hours -, 15
dates, 12 ordinals, 7 fractions; none of them in a negative), 37 checked speakers (20
German, 17 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, regret, blame, hope, confidence, warning without a measure, reassurance
  or piece of rhetoric is a negative with speaker None, also with a named speaker and an
  office (seventh, ninety-eighth, hundred-eighth, two-hundred-and-fourth,
  two-hundred-and-twenty-fourth, three-hundredth); a quoted or reported statement of fact,
  figure, step, plan, cause or position is check-worthy with its speaker, also in Konjunktiv
  I (hundred-eighth, hundred-sixtieth). Pairs from one speaker: Tessendorf's 30 million
  euros beside „Wir bedauern diesen Schritt sehr“, Pachlatko's 410 million euros beside „die
  Luft ausgegangen“, Möllenbeck's „dreimal so hoch“ beside „keine Wahl“, Bärtschi's 27
  percent beside „Wir bedauern jeden Arbeitsplatz“, Prantlhuber's 40 sites beside
  „zuversichtlich“, Kerkhoff's 1,300 jobs beside „ein bitterer Tag“ (a Konjunktiv I verdict,
  hundred-eighth), Ammann's 37,940 beside «von der Substanz», Steinbrecher's ten percent
  beside „Existenzen“, Rautenstrauch's 61 percent beside „kleiner werden“, Eichbichler's
  investor beside „ein guter Tag“; Ferraro's 11% beside "We regret the impact", Pirelli's
  $400 million beside "Saying goodbye", Dombrowski's two years beside "made up their minds",
  Frisk's base closure beside "We are sorry", Achterberg's 60% beside "understood the
  anxiety", Barnwell's account beside "deserve better than this".
- Regrets, the weight's own negatives: a regret alone is a negative (hundred-eighth: "We
  deeply regret the court's decision"; three-hundredth: „sie bedaure den Entscheid“) - „Wir
  bedauern diesen Schritt sehr, er war aber unvermeidlich“, «Wir bedauern jeden
  Arbeitsplatz, der verloren geht», "We regret the impact this will have ...", "We are sorry
  for what this means ...", "Corvane said it regretted the impact on employees and remained
  committed to Toledo." (a regret and a vow, no step), „Der Verband Angestellte Schweiz
  bedauerte den Entscheid und kritisierte die Kommunikation als ungenügend.“ New: a regret
  that carries the step it regrets with its figure, and a stated fact, is check-worthy -
  "Larch Creek said it regretted the loss of 640 jobs but that the plant had lost money for
  five straight years." (640 and 5 years, speaker unchecked) - the figure and the stated
  losses carry the row, as a fact in quotes keeps a verdict appended to it (hundred-eighth:
  „Wir haben die Kosten ... um 18 Prozent gesenkt, aber das hat nicht gereicht“).
- Blame: an accusation naming no checkable act is a negative (hundred-eighth: "Verdi warf
  der Geschäftsführung vor, ... hingehalten zu haben."; hundred-sixty-seventh:
  „Branchenvertreter machen dafür ... verantwortlich“) - „Die IG Metall warf der
  Geschäftsführung vor, die Warnsignale viel zu lange ignoriert zu haben.“, „Verdi warf den
  Eigentümern vor, die Kette über Jahre ausgeblutet zu haben.“ („über Jahre“ none), „Der
  Mittelstandsverband BVMW machte die Bundesregierung für die Entwicklung verantwortlich.“ -
  while a company's stated cause is check-worthy (hundred-eighth: „Als Gründe nannte ...“;
  hundred-eighty-third and hundred-eighty-fourth: "The company blamed weak demand ..."):
  „Als Ursachen nannte das Unternehmen den Einbruch im Wohnbau und Zahlungsausfälle bei zwei
  Bauträgern.“ (count 2), „Als Grund nannte das Unternehmen einen Umsatzeinbruch von 31
  Prozent nach zwei schneearmen Wintern.“, Tessendorf's cancelled orders, Brackwell's kilns
  and Meadowbank's fees and wage bill.
- Hopes, confidence and forecasts: a hope or confidence without a figure is a negative
  (hundred-eighth: „Die Beschäftigten in Zwickau hoffen ...“; two-hundred-and-forty-fourth):
  „Der Kanton hofft, ...“, „Viele Beschäftigte hoffen nun auf einen Investor ...“, „Der
  Handelsverband hofft, ...“, „Wir sind zuversichtlich, ...“, "The company said it hoped to
  emerge from bankruptcy as a smaller, healthier business.", and a forecast without one
  („Ökonomen rechnen erst im kommenden Jahr mit einer spürbaren Entspannung.“;
  hundred-eighth); forecasts and expectations with a figure are check-worthy with the
  speaker unchecked (hundred-eighth, two-hundred-and-twenty-fourth): the KSV1870's „6.900
  bis 7.200“, Creditreform's „rund 8'000“, Steinbrecher's „rund zehn Prozent“, the IWH's
  „mehr als 250 ... über 70“ („schätzen die Forscher“), "Marwick expects to file ... within
  two weeks and emerge within about 60 days" (2 weeks, 60 days "about"), "Quillon expects
  restructuring charges of ...".
- Warnings (two-hundred-and-fourth, two-hundred-and-twenty-fourth): a warning naming no
  measure is a negative (the KSV1870's „warnte vor einer weiteren Pleitewelle“, the
  Handelsverband's „mahnte“, the Saarland minister's „Flächenbrand“, "Business groups warned
  ...", "some warned of delays", "Public health advocates warned ...", the British Property
  Federation's "worrying precedent"); a warning naming jobs or homes at stake with a figure
  is check-worthy (two-hundred-and-fourth: Kälin's „bis zu 2.000 Arbeitsplätze“): „Der
  Betriebsrat warnte, an den beiden Standorten stünden weitere 900 Stellen bei Zulieferern
  auf dem Spiel.“ (900, „weitere“ no hedge, „beiden“ none as „Die beiden Schlichter“,
  three-hundredth) and "The administrators warned that up to 11 of the homes could close
  ..." (11 "up_to").
- Other negatives (ninety-eighth, hundred-eighth, two-hundred-and-fourth,
  two-hundred-and-twenty-fourth): labels („sprach von einem „Kahlschlag ohne Plan““,
  „„schmerzhaften, aber vertretbaren Kompromiss““, „„Totalversagen der Eigentümer““, „nannte
  die Pläne einen „Angriff auf die Belegschaft““, „bezeichnete den Abbau als «kurzsichtig
  und unnötig»“, "called the collapse", "called the plan", "described the cuts as", "said
  care workers were "yet again paying the price ...""); rhetoric and verdicts in quotes from
  managers, administrators, unions and analysts; feelings ("said she was devastated", "said
  he understood the anxiety", "said they were anxious and had been told very little");
  reassurances ("Ohio's governor promised state help ...", "The Care Quality Commission said
  it would monitor the homes closely ..."; two-hundred-and-twenty-fourth: "ready to help");
  a no-comment line („war auf APA-Anfrage nicht zu erhalten“, "declined to comment beyond
  the filing"; hundred-eighth: „auf dpa-Anfrage“); a private complaint ("privately
  complained", as "privately doubt", two-hundred-and-fourth); an analysts' view ("remained
  distant"); a demand naming no measure („forderte volle Transparenz“;
  two-hundred-and-fourth). A union's checkable account is check-worthy without a figure
  (hundred-eighth: "its members had not been told about the filing in advance";
  two-hundred-and-twenty-fourth): "UAW local president Keisha Barnwell said the union had
  not been told how long the layoff would last.", "The bank has agreed to seek volunteers
  before making any compulsory redundancies, the Unite union said.", and an announced step
  („Die IG Metall kündigte für den 27. November Protestkundgebungen ... an.“;
  two-hundred-and-twenty-fourth).
- Steps of a proceeding and court dates are facts of record and check-worthy with or without
  a figure (hundred-eighth): the filings in self-administration, in Chapter 11 and Chapter
  7, the Sachwalter set in, the Konkursverfahren opened, the administrator named, the plan
  sanctioned ("has won High Court approval"), the creditors' vote, the adjournment, a
  judge's finding ("Mr Justice Penrose said the landlords would be no worse off ..."; "Judge
  Lydia Chan said it would be the last adjournment ..." - "the last" no ordinal, as „nach
  Plan letzte“, three-hundredth), who covers the wages („Für die Monate Januar bis März
  springt die Bundesagentur für Arbeit mit Insolvenzgeld ein.“ - months none -, „kommt der
  Insolvenz-Entgelt-Fonds auf“), trading that goes on (Prantlhuber's sites, Sandhu's homes),
  a shutdown told by text message, the publication of a count („Das geht aus der
  Jahresbilanz ... hervor“, „Das geht aus dem Insolvenztrend ... hervor“;
  two-hundred-and-forty-fourth). Court and plan dates without a year („für den 2. Juni ...,
  am 16. Juni“, „für den 9. September“, „bis zum 24. März“, „für den 27. November“, "until
  Jan. 26", "is set for March 3", "on June 27", "from Feb. 2") are dates (hundred-eighth).
  New: "under Part 26A of the Companies Act" carries no quantity - a part of a law named by
  its number and letter, as "Chapter 11" and "Chapter 7" name chapters (fifty-ninth,
  hundred-eighth).
- Creditors' claims and what they get (hundred-eighth): quotas are percentages („einem
  Sanierungsplan mit 28 Prozent Quote“, „eine Quote von 30 Prozent, die innerhalb von zwei
  Jahren fließen soll“ with 2 years, „in zwei Raten ..., 10 Prozent binnen 14 Tagen und der
  Rest innerhalb eines Jahres“ count 2, 10 percent and 14 days - „innerhalb eines Jahres“
  none); claims, Passiva and debts are money („Forderungen von insgesamt rund 870 Millionen
  Euro“ "about" - „insgesamt“ no hedge -, „Forderungen von 96 Millionen Euro ..., ... 71
  Millionen Euro“, „rund 3,4 Milliarden Euro“, „rund 74 Millionen Euro“, „rund 23 Millionen
  Euro“, „Passiva von 410 Millionen Euro“, "about $2.7 billion", "about £38 million, of
  which £6.2 million", "£126 million, including £18 million", "about $480 million in
  liabilities and $190 million in assets" the hedge on the first only, "about $9.8 billion",
  "a creditor owed $86 million", "a combined $61 million" with no hedge - hundred-eighth);
  creditors are counts („etwa 610 Gläubiger“, „2.870 Gläubiger“); "12 cents on the dollar"
  0.12 USD ("on the dollar" none), "notes due 2029" the year (an earlier batch: "a Eurobond
  due in 2028"), "about 87%", "95% of the reorganized company's equity", "about 71% of its
  offshore notes". New: "first-lien term loans" is ordinal 1 - the rank of a claim, counted
  as "Fourth-tier club" ranks a club (hundred-eighth) and "first-quarter" a quarter, not a
  name like "Chapter 11".
- Jobs cut and saved, closures and severance (hundred-eighth,
  two-hundred-and-twenty-fourth): jobs, stores, plants, homes, branches and aircraft are
  counts with their hedges („bis zu 220 von 870“ the hedge on the first only, „860 seiner
  3.400“, „Rund 1.400 der etwa 5.600“ each hedged, „rund 380 der 1.120“, „Von ursprünglich
  61 Filialen bleiben 44“ - „ursprünglich“ no hedge -, „16 ihrer 47 Häuser“, "96 of its 412
  stores", "94 of its 260 stores", "all 640 workers" - "all" no hedge -, "275 more stores" -
  "more" after the figure none -, "a further 1,800" no hedge, "two of its three largest
  customers" 2 and 3, "two of its five offices", "its two factories" 2, "nearly 700"
  "nearly", "up to 11 of the homes" "up_to"); shares of a workforce are fractions or
  percentages („etwa jede vierte davon“ 0.25 "about", „ein Zehntel“ 0.1, "roughly one in
  eight of its 12,000 staff" 0.125 "about" and 12,000, "9% of its workforce"); severance and
  plan terms are durations („zwölf Monate laufen“, „nach einem elfstündigen
  Verhandlungsmarathon“ 11 hours, „ab 58 Jahren“ 58 years "at_least", "16 weeks of base pay
  plus one week for every year of service" 16 and 1 weeks, "two weeks of severance pay for
  each year of service, up to a maximum of 26 weeks" 2 weeks and 26 weeks "up_to" - an
  earlier batch: "up to a maximum of 6%" "up_to" -, "for two years", "for four months",
  "over the next six weeks"); „höchstens aber 180.000 Euro“ "at_most". New: „0,9
  Bruttomonatsgehälter pro Beschäftigungsjahr“ is count 0.9 - the figure counts monthly
  salaries, a sum of pay whose compound names the salary's period and no span, while "two
  weeks' pay" (two-hundred-and-twenty-fourth) and "16 weeks of base pay" put the figure on
  the span itself and are durations; „pro Beschäftigungsjahr“ and "for every year of
  service" carry none.
- Savings targets, provisions and charges are money in the currency written with their years
  (two-hundred-and-twenty-fourth): „Bis Ende 2028 ... um 650 Millionen Euro“, „ab 2029 um
  jährlich 1,4 Milliarden Euro“ („jährlich“ none), „Bis 2027 ... jährlich 180 Millionen
  Franken“ CHF, „Rückstellungen von 420 bis 480 Millionen Euro“ both ends (the unit written
  once), „einmaligen Kosten von 95 Millionen Franken“ („einmaligen“ none), „mit 212
  Millionen Euro in die roten Zahlen“, "3.2 billion Swedish crowns ($300 million) a year by
  2027" SEK and USD with the bracketed conversion unhedged (eightieth), "1.1 billion Swedish
  crowns", "$140 million to $165 million", "about $400 million a year from fiscal 2027" the
  year, "$350 million in debtor-in-possession financing", "about $900 million of debt", "900
  million pounds by 2028", "350 million pounds this year", "2.1 billion pounds", "£45
  million of new equity", "a £3 million fund", "about $1.6 billion", "$5.2 billion".
  Multiples are counts: „rund dreimal so hoch“ 3 "about" (two-hundred-and-twenty-fourth:
  "roughly three times as much"); "had tripled in three years" 3 years only ("tripled" a
  verb).
- Statistics (hundred-eighth): changes are the percentage as written, the comparison words
  after it no hedge („das entspricht einem Anstieg um 3,8 Prozent“, „8,7 Prozent mehr ...
  als im Vorjahresmonat“, „4,1 Prozent mehr als im Januar des Vorjahres“, „um 2,3 Prozent
  auf 5.874“, „ein Anstieg um 9 Prozent“, „22 Prozent mehr“, "dropped 6% year on year ... to
  1,893", "rose 3% to 9,946", "rose 11% to 97"); rates are counts („je 10.000 Unternehmen
  ... mit 8,9 Fällen“ 10,000 and 8.9); "about one in 200 active companies" 0.005 "about" (an
  earlier batch: "one in 125" 0.008); „Jede fünfte Firmenpleite“ 0.2, „Knapp ein Drittel“
  0.3333 "nearly", „Bei gut 40 Prozent“ 40 "over"; the Swiss apostrophe („5'318“, „1'486“,
  „37'940“, „rund 8'000“; tenth); „so viele wie seit 2009 nicht mehr“ the year
  (hundred-eighth: „so vielen wie seit 2015 nicht mehr“); „6.900 bis 7.200“ two counts; „mit
  mehr als 250 Beschäftigten auf über 70“ both "over"; "Over the 12 months to February" 12
  months ("over" before a span no hedge); "at 341, followed by retail with 287" both; "the
  largest number", „Die größte Insolvenz des Jahres“, „Die meisten Pleiten“ none.
- Ordinals (the issue; hundred-eighth, two-hundred-and-twenty-fourth): „die dritte Insolvenz
  der Kette seit 2020“ 3 and the year, „die zweite Pleite ... binnen zwölf Monaten“ 2 and 12
  months, „Im dritten Quartal“ 3, „im zweiten Halbjahr“ 2 with no fraction
  (two-hundred-and-twenty-fourth: „im ersten Halbjahr“ 1), "the third sporting goods
  retailer ... since 2023" 3 and the year, "the third major plant closure" 3,
  "first-quarter", "in the first quarter", "first-half" 1, "in the first nine months" 1 and
  9 months, "its second shift" 2 (two-hundred-and-twenty-fourth: "a third shift"). None:
  "one of the largest trucking companies" (a pronoun "one" with a superlative, as „einer der
  größten“, hundred-sixty-seventh), "the last production shifts", "the last adjournment",
  "final paychecks".
- Years, dates and clock times: "Founded in 1853", „war 1991 ... hervorgegangen“, "which
  opened in 1978", "founded in 1962", "since 2019", "in 2018", "in 2022", "in 2023", "since
  April 2024" and the others as written; „bis Mitte 2027“, „bis Ende 2027“, „bis Ende 2028“,
  „bis Ende 2030“, „ab 2029“, „bis 2030“ the years (two-hundred-and-twenty-fourth). Reuters
  datelines with a day are dates without a year ("WILMINGTON, Del., Jan 21" with the state
  between as "WILMINGTON, Del., Jan 14", "LONDON, March 18", "STOCKHOLM, May 14", "LONDON,
  July 24", "HONG KONG, Nov 10", "DETROIT, Dec 9"; hundred-eighth); dpa, dpa/lnw, APA,
  Keystone-SDA, "Frankfurt (Reuters)", "Zürich (Reuters)", AP and PA datelines and
  Bloomberg-style copy without a dateline none (seventy-ninth). None: "0915 GMT"
  (two-hundred-and-twenty-fourth: "at 1120 GMT"), months and weekdays („Ende Oktober“, „bis
  Ende August“, „Seit Oktober“, „Von Januar bis August“, „Für die Monate Januar bis März“,
  „bis Ende Jahr“, "by the end of April", "by the end of August", "by the end of January",
  "in June", "in March"), „im vergangenen Jahr“, „im abgelaufenen Jahr“, „im kommenden
  Jahr“, „Im Gesamtjahr“, „Für das laufende Jahr“, "this year", "last year", "a year",
  "early next year", "year on year", "over the past year", "at the start of the year",
  "within days", "a long time".
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "roughly"
  "about"; „knapp“, „Knapp“, "nearly" "nearly"; „gut“, „mehr als“, „über“ before a figure
  "over"; „bis zu“, "up to", "up to a maximum of" "up_to"; „ab“ before an age "at_least";
  „höchstens“ "at_most". No hedge: „insgesamt“, „zusammen“, „weitere“, „ursprünglich“,
  „Bereits“, „bereits“, „derzeit“, „nur“, „im Schnitt“, „zeitweise“, „endgültig“, „davon“,
  "all", "a combined", "a further", "more" after a figure, "between", "to" and „bis“ in a
  range, "within", "over" before a span.
- Speakers, checked only in forms the earlier batches settled. German: „teilte das
  Unternehmen am Dienstag mit“, „teilte das Unternehmen mit“ and „wie das Unternehmen am
  Dienstag mitteilte“ -> "das Unternehmen" (hundred-eighth), „teilte der Konzern am
  Donnerstag mit“ and „... am Mittwoch mit“ -> "der Konzern"
  (two-hundred-and-twenty-fourth), „teilte das Statistische Bundesamt am Freitag mit“ ->
  "das Statistische Bundesamt" (hundred-eighth), „laut AKV“ -> "AKV" (hundred-eighth); the
  name with the title dropped („Geschäftsführerin Ulrike Tessendorf sagte“,
  „KSV1870-Insolvenzexpertin Renate Pachlatko“, „Vorstandschef Carsten Möllenbeck sagte“,
  „Konzernchef Reto Bärtschi“, „Geschäftsführer Andreas Prantlhuber“, „Betriebsratschefin
  Simone Kerkhoff“, „Insolvenzverwalter Matthias Quandel“, „Masseverwalter Wolfgang
  Stranzl“, „Creditreform-Sprecher Lukas Ammann“, „IWH-Insolvenzforscherin Mareike
  Steinbrecher sagte“, „Vorstandschef Bernd Rautenstrauch sagte“, „Sanierungsverwalter
  Florian Eichbichler sagte“, „Konzernchefin Sabine Hüppi sagte“; hundred-eighth,
  two-hundred-and-twenty-fourth). English: "..., the company said." and "The company said
  ..." -> "the company" (Fenton & Rowley, Larch Creek, Corvane), "the company said on
  Wednesday" -> "the company", "the Insolvency Service said" and "..., the Unite union
  said." as written with the article lowered (hundred-eighth, three-hundredth), "The
  developer said" -> "the developer" (hundred-eighth: "The airline said", "The chain said");
  the name with the office dropped ("Chief Executive Dawn Ferraro said", "Joint
  administrator Helen Brackwell said", "Chief Executive Linnea Frisk said", "Chief Executive
  Rowan Achterberg said", "..., joint administrator Priya Sandhu said.", "Judge Lydia Chan
  said", "Union local president Ray Dombrowski said" and "UAW local president Keisha
  Barnwell said" - three-hundredth: "Union president Marcus Delgado said"), "Chief Executive
  Nolan Pirelli told analysts" -> "Nolan Pirelli" (an earlier batch: "Chief Executive
  Garrett Hollis told analysts"), "Mr Justice Penrose said" -> "Penrose" (an earlier batch:
  "Mr Justice Harwood said" -> "Harwood"). Left unchecked (None): all negatives, also those
  with a named speaker; „teilte der KSV1870 mit“ and „teilte der AKV mit“ (forms no batch
  settled; the hundred-eighth left „teilte der Kreditschutzverband AKV mit“ unchecked), „wie
  Neckertal am Montag mitteilte“ (two-hundred-and-fourth leaves „wie ... mitteilte“
  unchecked), „nach IWH-Berechnungen“, „schätzen die Forscher“, „rechnet der KSV1870“,
  „rechnet Creditreform“, „Als Ursachen nannte das Unternehmen“, „Der Betriebsrat warnte“,
  „kündigte ... an“ (no verbs of saying); "The Pittsburgh-based company said" and "Drugstore
  chain Pinecrest said Thursday" (a description before the name,
  two-hundred-and-twenty-fourth), "The lender, which employs ..., said" (a description
  between, two-hundred-and-thirty-third), "The administrators said" and "The administrators
  warned" (hundred-eighth: "Administrators from Yarran Partners said"), "The Teamsters union
  said" (two-hundred-and-twenty-fourth: "The United Steelworkers union said"), "a lawyer for
  the company said" (a role), "official figures showed", "a state filing showed", "according
  to a memo sent to staff", "according to a regulatory filing", "according to Motor
  Intelligence estimates", and rows without attribution. As the three-hundredth batch did,
  and to keep the checked speakers near 35, this batch also leaves unchecked forms it could
  have checked: the second row of a speaker („..., sagte Quandel.“), "Larch Creek said",
  "Meadowbank said", "Pinecrest said" and "About 520 jobs will go ..., the company said."
  (Parkway).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier
is checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_302 = [
    # --- Autozulieferer Brettschneider meldet Insolvenz an (dpa), Januar ---
    (
        "de",
        "Chemnitz (dpa) - Der sächsische Autozulieferer Brettschneider Kunststofftechnik hat beim Amtsgericht Chemnitz Insolvenz in Eigenverwaltung beantragt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Betroffen sind rund 1.150 Beschäftigte an drei Standorten in Sachsen und Thüringen, teilte das Unternehmen am Dienstag mit.",
        True,
        [("count", 1150, None, "about"), ("count", 3, None, None)],
        "das Unternehmen",
    ),
    (
        "de",
        "Für die Monate Januar bis März springt die Bundesagentur für Arbeit mit Insolvenzgeld ein.",
        True,
        [],
        None,
    ),
    ("de", "Als Sachwalter setzte das Gericht den Leipziger Rechtsanwalt Konstantin Rehberg ein.", True, [], None),
    (
        "de",
        "Geschäftsführerin Ulrike Tessendorf sagte, ein Großkunde habe Abrufe im Volumen von knapp 30 Millionen Euro kurzfristig gestrichen.",
        True,
        [("money", 30000000, "EUR", "nearly")],
        "Ulrike Tessendorf",
    ),
    (
        "de",
        "Der Umsatz war im vergangenen Jahr um 19 Prozent auf 214 Millionen Euro gesunken.",
        True,
        [("percent", 19, "%", None), ("money", 214000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Brettschneider war 1991 aus einem früheren Kombinatsbetrieb hervorgegangen.",
        True,
        [("year", 1991, None, None)],
        None,
    ),
    ("de", "„Wir bedauern diesen Schritt sehr, er war aber unvermeidlich“, sagte Tessendorf.", False, [], None),
    (
        "de",
        "Die IG Metall warf der Geschäftsführung vor, die Warnsignale viel zu lange ignoriert zu haben.",
        False,
        [],
        None,
    ),
    # --- Sporting goods chain Halbrook files for Chapter 11 (Reuters), January ---
    (
        "en",
        "WILMINGTON, Del., Jan 21 (Reuters) - Sporting goods chain Halbrook Outfitters sought Chapter 11 protection from its creditors on Tuesday, listing liabilities of about $2.7 billion.",
        True,
        [("date", "--01-21", None, None), ("money", 2700000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "The Pittsburgh-based company said it would close 96 of its 412 stores by the end of April and had secured $350 million in debtor-in-possession financing.",
        True,
        [("count", 96, None, None), ("count", 412, None, None), ("money", 350000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Chief Executive Dawn Ferraro said comparable-store sales had fallen 11% in the holiday quarter.",
        True,
        [("percent", 11, "%", None)],
        "Dawn Ferraro",
    ),
    (
        "en",
        "Halbrook employs about 14,500 people, most of them part-time.",
        True,
        [("count", 14500, None, "about")],
        None,
    ),
    (
        "en",
        "Unsecured creditors, led by two apparel suppliers owed a combined $61 million, are expected to form a committee within days.",
        True,
        [("count", 2, None, None), ("money", 61000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Halbrook's lenders have agreed to convert about $900 million of debt into equity under the proposed plan.",
        True,
        [("money", 900000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "It is the third sporting goods retailer to seek court protection since 2023.",
        True,
        [("ordinal", 3, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        '"We regret the impact this will have on our associates and the communities we serve," Ferraro said in a statement.',
        False,
        [],
        None,
    ),
    ("en", "The company said it hoped to emerge from bankruptcy as a smaller, healthier business.", False, [], None),
    # --- KSV1870-Jahresbilanz der Firmenpleiten (APA), Januar ---
    (
        "de",
        "Wien (APA) - In Österreich sind im abgelaufenen Jahr 6.912 Unternehmen in die Insolvenz geschlittert, das entspricht einem Anstieg um 3,8 Prozent.",
        True,
        [("count", 6912, None, None), ("percent", 3.8, "%", None)],
        None,
    ),
    (
        "de",
        "Das geht aus der Jahresbilanz des Kreditschutzverbands KSV1870 hervor, die am Dienstag veröffentlicht wurde.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die geschätzten Passiva summierten sich auf rund 3,4 Milliarden Euro, betroffen waren knapp 13.800 Dienstnehmerinnen und Dienstnehmer.",
        True,
        [("money", 3400000000, "EUR", "about"), ("count", 13800, None, "nearly")],
        None,
    ),
    (
        "de",
        "Bei gut 40 Prozent der Fälle wurde mangels kostendeckenden Vermögens kein Verfahren eröffnet.",
        True,
        [("percent", 40, "%", "over")],
        None,
    ),
    (
        "de",
        "Jede fünfte Firmenpleite entfiel auf den Bau, gefolgt vom Handel und der Gastronomie.",
        True,
        [("fraction", 0.2, None, None)],
        None,
    ),
    (
        "de",
        "Die größte Insolvenz des Jahres war jene eines Tiroler Seilbahnbauers mit Passiva von 410 Millionen Euro, sagte KSV1870-Insolvenzexpertin Renate Pachlatko.",
        True,
        [("money", 410000000, "EUR", None)],
        "Renate Pachlatko",
    ),
    (
        "de",
        "Für das laufende Jahr rechnet der KSV1870 mit 6.900 bis 7.200 Firmenpleiten.",
        True,
        [("count", 6900, None, None), ("count", 7200, None, None)],
        None,
    ),
    (
        "de",
        "Der Kreditschutzverband AKV kam in seiner Zählung auf 6.755 Unternehmensinsolvenzen.",
        True,
        [("count", 6755, None, None)],
        None,
    ),
    ("de", "„Vielen Betrieben ist schlicht die Luft ausgegangen“, sagte Pachlatko.", False, [], None),
    ("de", "Der Kreditschützer warnte vor einer weiteren Pleitewelle im Bau.", False, [], None),
    # --- Tableware maker Fenton & Rowley in administration (PA), February ---
    (
        "en",
        "STOKE-ON-TRENT (PA) - Tableware maker Fenton & Rowley has collapsed into administration, putting 480 jobs at risk at its two factories in Staffordshire.",
        True,
        [("count", 480, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Kittering Partners was named administrator on Thursday after the directors ran out of cash to pay suppliers, the company said.",
        True,
        [],
        "the company",
    ),
    (
        "en",
        "Founded in 1853, the business owes about £38 million, of which £6.2 million is due to the tax authority.",
        True,
        [("year", 1853, None, None), ("money", 38000000, "GBP", "about"), ("money", 6200000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Joint administrator Helen Brackwell said energy costs at the kilns had tripled in three years while orders from hotel chains had dried up.",
        True,
        [("duration", 3, "year", None)],
        "Helen Brackwell",
    ),
    (
        "en",
        "About 310 staff were made redundant with immediate effect, while the remaining 170 will help wind down production over the next six weeks.",
        True,
        [("count", 310, None, "about"), ("count", 170, None, None), ("duration", 6, "week", None)],
        None,
    ),
    (
        "en",
        "The company's retirement scheme is £21 million in deficit and is expected to fall into the Pension Protection Fund.",
        True,
        [("money", 21000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "The administrators said they had received interest from three potential buyers for the brand.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    ("en", 'The GMB union called the collapse "a betrayal of a proud industrial town."', False, [], None),
    ("en", "Local MP Sarah Quilliam said she was devastated for every family affected.", False, [], None),
    # --- Sparprogramm beim Chemiekonzern Wesselburg (Reuters), Februar ---
    (
        "de",
        "Frankfurt (Reuters) - Der Spezialchemiekonzern Wesselburg streicht im Zuge eines neuen Sparprogramms weltweit rund 2.400 Stellen, davon etwa 1.300 in Deutschland.",
        True,
        [("count", 2400, None, "about"), ("count", 1300, None, "about")],
        None,
    ),
    (
        "de",
        "Bis Ende 2028 sollen die jährlichen Kosten um 650 Millionen Euro sinken, teilte der Konzern am Donnerstag mit.",
        True,
        [("year", 2028, None, None), ("money", 650000000, "EUR", None)],
        "der Konzern",
    ),
    (
        "de",
        "Der Standort Marl mit zwei Anlagen für Weichmacher wird bis Mitte 2027 geschlossen.",
        True,
        [("count", 2, None, None), ("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Für den Umbau bildet Wesselburg Rückstellungen von 420 bis 480 Millionen Euro.",
        True,
        [("money", 420000000, "EUR", None), ("money", 480000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Vorstandschef Carsten Möllenbeck sagte, die Energiekosten in Europa lägen weiterhin rund dreimal so hoch wie in den USA.",
        True,
        [("count", 3, None, "about")],
        "Carsten Möllenbeck",
    ),
    (
        "de",
        "Betriebsbedingte Kündigungen schließt eine Vereinbarung mit dem Betriebsrat bis Ende 2030 aus.",
        True,
        [("year", 2030, None, None)],
        None,
    ),
    ("de", "Die Aktie verlor im Frankfurter Handel zeitweise 6,4 Prozent.", True, [("percent", 6.4, "%", None)], None),
    (
        "de",
        "„Wir nehmen diesen Schritt nicht leichtfertig, aber wir haben keine Wahl“, sagte Möllenbeck.",
        False,
        [],
        None,
    ),
    ("de", "Die IG BCE sprach von einem „Kahlschlag ohne Plan“.", False, [], None),
    # --- Quillon Software cuts jobs (Bloomberg-style), February ---
    (
        "en",
        "Quillon Software Inc. will cut about 1,800 jobs, or 9% of its workforce, as the enterprise software maker shifts spending toward artificial intelligence, according to a memo sent to staff.",
        True,
        [("count", 1800, None, "about"), ("percent", 9, "%", None)],
        None,
    ),
    (
        "en",
        "Quillon expects restructuring charges of $140 million to $165 million, mostly for severance, in the first quarter.",
        True,
        [("money", 140000000, "USD", None), ("money", 165000000, "USD", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Departing U.S. employees will receive 16 weeks of base pay plus one week for every year of service.",
        True,
        [("duration", 16, "week", None), ("duration", 1, "week", None)],
        None,
    ),
    (
        "en",
        "About 40% of the affected roles are in the United States, with most of the rest in India and Ireland.",
        True,
        [("percent", 40, "%", "about")],
        None,
    ),
    (
        "en",
        "Quillon also plans to shut two of its five offices in the San Francisco Bay Area.",
        True,
        [("count", 2, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "The cuts follow a reduction of about 1,100 roles in 2023.",
        True,
        [("count", 1100, None, "about"), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "Chief Executive Nolan Pirelli told analysts the plan would save about $400 million a year from fiscal 2027.",
        True,
        [("money", 400000000, "USD", "about"), ("year", 2027, None, None)],
        "Nolan Pirelli",
    ),
    ("en", "Quillon shares rose 3.2% in extended trading in New York.", True, [("percent", 3.2, "%", None)], None),
    (
        "en",
        '"Saying goodbye to talented colleagues is painful, and I am grateful to each of them," Pirelli wrote in the memo.',
        False,
        [],
        None,
    ),
    # --- Stellenabbau bei Neckertal Präzision (Keystone-SDA), März ---
    (
        "de",
        "St. Gallen (Keystone-SDA) - Der Ostschweizer Maschinenbauer Neckertal Präzision baut in der Schweiz bis zu 220 von 870 Stellen ab.",
        True,
        [("count", 220, None, "up_to"), ("count", 870, None, None)],
        None,
    ),
    (
        "de",
        "Für die Betroffenen hat das Unternehmen ein Konsultationsverfahren eröffnet, das bis zum 24. März dauert.",
        True,
        [("date", "--03-24", None, None)],
        None,
    ),
    (
        "de",
        "Die Fertigung von Spindeln wird bis Ende Jahr nach Tschechien verlagert, wie Neckertal am Montag mitteilte.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Auftragseingang sei im vergangenen Jahr um 27 Prozent eingebrochen, sagte Konzernchef Reto Bärtschi.",
        True,
        [("percent", 27, "%", None)],
        "Reto Bärtschi",
    ),
    ("de", "Seit Oktober arbeiten rund 400 Mitarbeitende kurz.", True, [("count", 400, None, "about")], None),
    (
        "de",
        "Der Sozialplan sieht für Mitarbeitende ab 58 Jahren eine Frühpensionierung vor.",
        True,
        [("duration", 58, "year", "at_least")],
        None,
    ),
    ("de", "Die Gewerkschaft Unia bezeichnete den Abbau als «kurzsichtig und unnötig».", False, [], None),
    ("de", "«Wir bedauern jeden Arbeitsplatz, der verloren geht», sagte Bärtschi.", False, [], None),
    ("de", "Der Kanton hofft, dass die Firma zumindest die Entwicklung in der Region behält.", False, [], None),
    # --- UK company insolvencies (Reuters), March ---
    (
        "en",
        "LONDON, March 18 (Reuters) - The number of companies going insolvent in England and Wales dropped 6% year on year in February to 1,893, official figures showed on Tuesday.",
        True,
        [("date", "--03-18", None, None), ("percent", 6, "%", None), ("count", 1893, None, None)],
        None,
    ),
    (
        "en",
        "Creditors' voluntary liquidations accounted for 1,402 cases, compulsory liquidations for 318 and administrations for 151.",
        True,
        [("count", 1402, None, None), ("count", 318, None, None), ("count", 151, None, None)],
        None,
    ),
    (
        "en",
        "Over the 12 months to February, about one in 200 active companies became insolvent, the Insolvency Service said.",
        True,
        [("duration", 12, "month", None), ("fraction", 0.005, None, "about")],
        "the Insolvency Service",
    ),
    (
        "en",
        "Construction had the largest number of cases, at 341, followed by retail with 287.",
        True,
        [("count", 341, None, None), ("count", 287, None, None)],
        None,
    ),
    (
        "en",
        "Personal insolvencies rose 3% to 9,946, driven by debt relief orders.",
        True,
        [("percent", 3, "%", None), ("count", 9946, None, None)],
        None,
    ),
    (
        "en",
        "Insolvencies in Scotland rose 11% to 97 over the same period.",
        True,
        [("percent", 11, "%", None), ("count", 97, None, None)],
        None,
    ),
    (
        "en",
        '"The headline dip hides a lot of pain among small hospitality firms," said Martin Kessock, a partner at accountants Redfern Lyle.',
        False,
        [],
        None,
    ),
    ("en", "Business groups warned that rising payroll costs could push more firms over the edge.", False, [], None),
    # --- Regelinsolvenzen im März (dpa), April ---
    (
        "de",
        "Wiesbaden (dpa) - Die Amtsgerichte haben im März 8,7 Prozent mehr beantragte Regelinsolvenzen verbucht als im Vorjahresmonat, teilte das Statistische Bundesamt am Freitag mit.",
        True,
        [("percent", 8.7, "%", None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Im Januar zählten die Gerichte endgültig 1.962 Firmenpleiten und damit 4,1 Prozent mehr als im Januar des Vorjahres.",
        True,
        [("count", 1962, None, None), ("percent", 4.1, "%", None)],
        None,
    ),
    (
        "de",
        "Die Gerichte schätzen die offenen Gläubigerforderungen auf rund 3,9 Milliarden Euro.",
        True,
        [("money", 3900000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die meisten Pleiten je 10.000 Unternehmen gab es im Bereich Verkehr und Lagerei mit 8,9 Fällen.",
        True,
        [("count", 10000, None, None), ("count", 8.9, None, None)],
        None,
    ),
    (
        "de",
        "Besonders stark stieg die Zahl der Pleiten im Gastgewerbe mit einem Plus von 14,6 Prozent.",
        True,
        [("percent", 14.6, "%", None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Verbraucherinsolvenzen sank dagegen um 2,3 Prozent auf 5.874.",
        True,
        [("percent", 2.3, "%", None), ("count", 5874, None, None)],
        None,
    ),
    ("de", "Ökonomen rechnen erst im kommenden Jahr mit einer spürbaren Entspannung.", False, [], None),
    (
        "de",
        "„Die Insolvenzwelle rollt weiter durch den Mittelstand“, sagte ein Creditreform-Sprecher.",
        False,
        [],
        None,
    ),
    # --- Larch Creek closes Dayton box plant (AP), April ---
    (
        "en",
        "DAYTON, Ohio (AP) — Larch Creek Packaging will close its cardboard box plant in Dayton in June and lay off all 640 workers there, a state filing showed.",
        True,
        [("count", 640, None, None)],
        None,
    ),
    (
        "en",
        "The company said the last production shifts would run on June 27.",
        True,
        [("date", "--06-27", None, None)],
        "the company",
    ),
    (
        "en",
        "Workers will receive two weeks of severance pay for each year of service, up to a maximum of 26 weeks.",
        True,
        [("duration", 2, "week", None), ("duration", 26, "week", "up_to")],
        None,
    ),
    (
        "en",
        "The plant, which opened in 1978, had lost two of its three largest customers over the past 18 months.",
        True,
        [
            ("year", 1978, None, None),
            ("count", 2, None, None),
            ("count", 3, None, None),
            ("duration", 18, "month", None),
        ],
        None,
    ),
    (
        "en",
        "Larch Creek said it regretted the loss of 640 jobs but that the plant had lost money for five straight years.",
        True,
        [("count", 640, None, None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "Union local president Ray Dombrowski said members had offered to freeze wages for two years to keep the plant open.",
        True,
        [("duration", 2, "year", None)],
        "Ray Dombrowski",
    ),
    (
        "en",
        "It is the third major plant closure in the Dayton area this year.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    ("en", '"It feels like they made up their minds a long time ago," Dombrowski said.', False, [], None),
    ("en", "Ohio's governor promised state help for workers looking for new jobs.", False, [], None),
    # --- Sanierungsverfahren beim Bauunternehmen Prantlhuber (APA), Mai ---
    (
        "de",
        "Linz (APA) - Das oberösterreichische Bauunternehmen Prantlhuber hat am Landesgericht Linz ein Sanierungsverfahren mit Eigenverwaltung beantragt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Passiva belaufen sich auf rund 74 Millionen Euro, betroffen sind 392 Dienstnehmer und etwa 610 Gläubiger, teilte der KSV1870 mit.",
        True,
        [("money", 74000000, "EUR", "about"), ("count", 392, None, None), ("count", 610, None, "about")],
        None,
    ),
    (
        "de",
        "Angeboten wird eine Quote von 30 Prozent, die innerhalb von zwei Jahren fließen soll.",
        True,
        [("percent", 30, "%", None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "Als Ursachen nannte das Unternehmen den Einbruch im Wohnbau und Zahlungsausfälle bei zwei Bauträgern.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Prüfungstagsatzung ist für den 2. Juni angesetzt, über den Sanierungsplan wird am 16. Juni abgestimmt.",
        True,
        [("date", "--06-02", None, None), ("date", "--06-16", None, None)],
        None,
    ),
    (
        "de",
        "Der Betrieb wird fortgeführt, rund 40 Baustellen laufen weiter, sagte Geschäftsführer Andreas Prantlhuber.",
        True,
        [("count", 40, None, "about")],
        "Andreas Prantlhuber",
    ),
    (
        "de",
        "Die Gewerkschaft Bau-Holz zeigte sich schockiert und forderte volle Transparenz gegenüber der Belegschaft.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Wir sind zuversichtlich, dass wir das Unternehmen gesund aus dem Verfahren führen“, sagte Prantlhuber.",
        False,
        [],
        None,
    ),
    # --- Nordavia restructuring plan (Reuters), May ---
    (
        "en",
        "STOCKHOLM, May 14 (Reuters) - Nordic airline Nordavia will cut about 1,500 jobs and retire 18 older aircraft under a restructuring plan aimed at saving 3.2 billion Swedish crowns ($300 million) a year by 2027.",
        True,
        [
            ("date", "--05-14", None, None),
            ("count", 1500, None, "about"),
            ("count", 18, None, None),
            ("money", 3200000000, "SEK", None),
            ("money", 300000000, "USD", None),
            ("year", 2027, None, None),
        ],
        None,
    ),
    (
        "en",
        "The cuts amount to roughly one in eight of its 12,000 staff, the company said on Wednesday.",
        True,
        [("fraction", 0.125, None, "about"), ("count", 12000, None, None)],
        "the company",
    ),
    (
        "en",
        "Nordavia posted a first-quarter operating loss of 1.1 billion Swedish crowns, wider than analysts had expected.",
        True,
        [("ordinal", 1, None, None), ("money", 1100000000, "SEK", None)],
        None,
    ),
    (
        "en",
        "Chief Executive Linnea Frisk said the airline would close its maintenance base in Gothenburg and shift heavy checks to Riga.",
        True,
        [],
        "Linnea Frisk",
    ),
    (
        "en",
        "Nordavia also plans to sell its 49% stake in a regional ground-handling company.",
        True,
        [("percent", 49, "%", None)],
        None,
    ),
    ("en", "Shares in Nordavia jumped 7.5% in Stockholm.", True, [("percent", 7.5, "%", None)], None),
    ("en", 'The pilots\' union called the plan "a race to the bottom."', False, [], None),
    (
        "en",
        '"We are sorry for what this means for colleagues who have built this airline," Frisk told reporters.',
        False,
        [],
        None,
    ),
    # --- Einigung über Stellenabbau bei Steinmeyer (dpa/lnw), Juni ---
    (
        "de",
        "Bielefeld (dpa/lnw) - Der Fördertechnik-Hersteller Steinmeyer baut in Deutschland 860 seiner 3.400 Arbeitsplätze ab.",
        True,
        [("count", 860, None, None), ("count", 3400, None, None)],
        None,
    ),
    (
        "de",
        "Darauf haben sich Geschäftsführung, Betriebsrat und IG Metall nach einem elfstündigen Verhandlungsmarathon geeinigt.",
        True,
        [("duration", 11, "hour", None)],
        None,
    ),
    (
        "de",
        "Der Abbau soll bis Ende 2027 über ein Freiwilligenprogramm, Altersteilzeit und eine Transfergesellschaft laufen.",
        True,
        [("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Als Abfindung erhalten Beschäftigte 0,9 Bruttomonatsgehälter pro Beschäftigungsjahr, höchstens aber 180.000 Euro.",
        True,
        [("count", 0.9, None, None), ("money", 180000, "EUR", "at_most")],
        None,
    ),
    (
        "de",
        "Die Transfergesellschaft soll zwölf Monate laufen, teilte das Unternehmen mit.",
        True,
        [("duration", 12, "month", None)],
        "das Unternehmen",
    ),
    (
        "de",
        "Das Werk in Gütersloh mit 290 Beschäftigten wird nicht geschlossen, sondern auf Ersatzteile umgestellt.",
        True,
        [("count", 290, None, None)],
        None,
    ),
    (
        "de",
        "Ursprünglich hatte das Management den Abbau von bis zu 1.300 Stellen geplant, sagte Betriebsratschefin Simone Kerkhoff.",
        True,
        [("count", 1300, None, "up_to")],
        "Simone Kerkhoff",
    ),
    (
        "de",
        "IG-Metall-Bezirksleiter Jörg Wallbrecht sprach von einem „schmerzhaften, aber vertretbaren Kompromiss“.",
        False,
        [],
        None,
    ),
    ("de", "Für die Belegschaft sei das ein bitterer Tag, sagte Kerkhoff.", False, [], None),
    # --- Parkway restructuring plan sanctioned (PA), June ---
    (
        "en",
        "LONDON (PA) - Homeware chain Parkway has won High Court approval for a restructuring plan that will let it cut rents at 94 of its 260 stores.",
        True,
        [("count", 94, None, None), ("count", 260, None, None)],
        None,
    ),
    (
        "en",
        "The plan, proposed under Part 26A of the Companies Act, was opposed by a group of landlords and by HM Revenue and Customs.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Rents at the affected stores will fall by between 25% and 60%, while 31 loss-making shops will close by the end of August.",
        True,
        [("percent", 25, "%", None), ("percent", 60, "%", None), ("count", 31, None, None)],
        None,
    ),
    (
        "en",
        "Mr Justice Penrose said the landlords would be no worse off under the plan than in an administration, the most likely alternative.",
        True,
        [],
        "Penrose",
    ),
    (
        "en",
        "About 520 jobs will go as a result of the closures, the company said.",
        True,
        [("count", 520, None, "about")],
        None,
    ),
    (
        "en",
        "Parkway's owner, private equity firm Greyfriars Capital, will inject £45 million of new equity.",
        True,
        [("money", 45000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Landlords will share a £3 million fund set aside for them under the plan.",
        True,
        [("money", 3000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "The British Property Federation voiced disappointment at the ruling and warned of a worrying precedent.",
        False,
        [],
        None,
    ),
    ("en", '"This gives Parkway a real future," chief executive Imogen Tate said.', False, [], None),
    # --- Warenhauskette Lindemann schließt Häuser (dpa), Juli ---
    (
        "de",
        "Düsseldorf (dpa) - Die insolvente Warenhauskette Lindemann schließt 16 ihrer 47 Häuser.",
        True,
        [("count", 16, None, None), ("count", 47, None, None)],
        None,
    ),
    (
        "de",
        "Rund 1.400 der etwa 5.600 Beschäftigten verlieren ihren Arbeitsplatz, sagte Insolvenzverwalter Matthias Quandel.",
        True,
        [("count", 1400, None, "about"), ("count", 5600, None, "about")],
        "Matthias Quandel",
    ),
    ("de", "Die Schließungen sollen Ende Oktober wirksam werden.", True, [], None),
    (
        "de",
        "Die Gläubigerversammlung ist für den 9. September am Amtsgericht Düsseldorf angesetzt.",
        True,
        [("date", "--09-09", None, None)],
        None,
    ),
    (
        "de",
        "Die Gläubiger haben Forderungen von insgesamt rund 870 Millionen Euro angemeldet.",
        True,
        [("money", 870000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Für die verbleibenden Standorte seien die Mieten im Schnitt um 28 Prozent gesenkt worden, sagte Quandel.",
        True,
        [("percent", 28, "%", None)],
        None,
    ),
    (
        "de",
        "Es ist bereits die dritte Insolvenz der Kette seit 2020.",
        True,
        [("ordinal", 3, None, None), ("year", 2020, None, None)],
        None,
    ),
    ("de", "Verdi warf den Eigentümern vor, die Kette über Jahre ausgeblutet zu haben.", False, [], None),
    ("de", "Der Handelsverband mahnte, die Innenstädte dürften nicht weiter veröden.", False, [], None),
    ("de", "Viele Beschäftigte hoffen nun auf einen Investor für die übrigen Häuser.", False, [], None),
    # --- Brightwater Bank job cuts (Reuters), July ---
    (
        "en",
        "LONDON, July 24 (Reuters) - Brightwater Bank plans to cut about 3,200 jobs over three years and close 112 branches as it seeks annual cost savings of 900 million pounds by 2028.",
        True,
        [
            ("date", "--07-24", None, None),
            ("count", 3200, None, "about"),
            ("duration", 3, "year", None),
            ("count", 112, None, None),
            ("money", 900000000, "GBP", None),
            ("year", 2028, None, None),
        ],
        None,
    ),
    (
        "en",
        "The lender, which employs about 41,000 people, said it would book restructuring costs of 350 million pounds this year.",
        True,
        [("count", 41000, None, "about"), ("money", 350000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Chief Executive Rowan Achterberg said about 60% of the savings would come from technology and property.",
        True,
        [("percent", 60, "%", "about")],
        "Rowan Achterberg",
    ),
    (
        "en",
        "Brightwater reported a first-half pretax profit of 2.1 billion pounds, up 4% on a year earlier.",
        True,
        [("ordinal", 1, None, None), ("money", 2100000000, "GBP", None), ("percent", 4, "%", None)],
        None,
    ),
    (
        "en",
        "Brightwater cut 2,500 jobs in 2023 and a further 1,800 last year.",
        True,
        [("count", 2500, None, None), ("year", 2023, None, None), ("count", 1800, None, None)],
        None,
    ),
    (
        "en",
        "The bank has agreed to seek volunteers before making any compulsory redundancies, the Unite union said.",
        True,
        [],
        "the Unite union",
    ),
    ("en", "Brightwater shares rose 2.8% by 0915 GMT.", True, [("percent", 2.8, "%", None)], None),
    ("en", 'Unite described the cuts as "a kick in the teeth for loyal staff."', False, [], None),
    ("en", "Achterberg said he understood the anxiety the announcement would cause.", False, [], None),
    # --- Konkurs der Sporthandelskette Pirker (APA), August ---
    (
        "de",
        "Graz (APA) - Über das Vermögen der steirischen Sporthandelskette Pirker ist am Landesgericht für Zivilrechtssachen Graz ein Konkursverfahren eröffnet worden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Passiva betragen laut AKV rund 23 Millionen Euro, betroffen sind 214 Beschäftigte in 19 Filialen.",
        True,
        [("money", 23000000, "EUR", "about"), ("count", 214, None, None), ("count", 19, None, None)],
        "AKV",
    ),
    (
        "de",
        "Eine Fortführung ist nicht vorgesehen, alle Filialen werden bis Ende August geschlossen, sagte Masseverwalter Wolfgang Stranzl.",
        True,
        [],
        "Wolfgang Stranzl",
    ),
    ("de", "Für ausstehende Löhne der Beschäftigten kommt der Insolvenz-Entgelt-Fonds auf.", True, [], None),
    (
        "de",
        "Es ist die zweite Pleite im steirischen Sporthandel binnen zwölf Monaten.",
        True,
        [("ordinal", 2, None, None), ("duration", 12, "month", None)],
        None,
    ),
    (
        "de",
        "Als Grund nannte das Unternehmen einen Umsatzeinbruch von 31 Prozent nach zwei schneearmen Wintern.",
        True,
        [("percent", 31, "%", None), ("count", 2, None, None)],
        None,
    ),
    ("de", "Die Gewerkschaft GPA sprach von einem „Totalversagen der Eigentümer“.", False, [], None),
    ("de", "Eine Stellungnahme der Eigentümerfamilie war auf APA-Anfrage nicht zu erhalten.", False, [], None),
    # --- Redhawk Freight Lines shuts down (AP), August ---
    (
        "en",
        "KANSAS CITY, Mo. (AP) — Redhawk Freight Lines, one of the largest trucking companies in the Midwest, abruptly shut down and filed for Chapter 7 liquidation, leaving about 2,300 drivers and office workers without jobs.",
        True,
        [("count", 2300, None, "about")],
        None,
    ),
    (
        "en",
        "The company listed about $480 million in liabilities and $190 million in assets in its filing in federal bankruptcy court in Kansas City.",
        True,
        [("money", 480000000, "USD", "about"), ("money", 190000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Drivers were told by text message on Friday evening to return their trucks to the nearest terminal.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Redhawk operated about 1,900 tractors and 5,600 trailers from 27 terminals in 11 states.",
        True,
        [
            ("count", 1900, None, "about"),
            ("count", 5600, None, None),
            ("count", 27, None, None),
            ("count", 11, None, None),
        ],
        None,
    ),
    (
        "en",
        "The Teamsters union said the company had missed payments into the drivers' pension fund for four months.",
        True,
        [("duration", 4, "month", None)],
        None,
    ),
    (
        "en",
        "Employees will not receive their final paychecks until a trustee is appointed, a lawyer for the company said.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Redhawk, founded in 1962, had been owned since 2019 by private equity firm Hollins Creek Partners.",
        True,
        [("year", 1962, None, None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        '"This is a gut punch to families who gave this company everything," Teamsters official Dale Brewster said.',
        False,
        [],
        None,
    ),
    ("en", "Shippers scrambled to find other carriers, and some warned of delays.", False, [], None),
    # --- Firmenkonkurse in der Schweiz (Keystone-SDA), September ---
    (
        "de",
        "Zürich (Keystone-SDA) - Von Januar bis August sind in der Schweiz 5'318 Unternehmen in Konkurs gegangen, ein Anstieg um 9 Prozent gegenüber dem Vorjahr.",
        True,
        [("count", 5318, None, None), ("percent", 9, "%", None)],
        None,
    ),
    (
        "de",
        "Am stärksten stiegen die Konkurse im Kanton Waadt mit einem Plus von 17 Prozent.",
        True,
        [("percent", 17, "%", None)],
        None,
    ),
    (
        "de",
        "Zusätzlich wurden 1'486 Firmen wegen Organisationsmängeln aufgelöst, meist Briefkastenfirmen ohne Geschäftstätigkeit.",
        True,
        [("count", 1486, None, None)],
        None,
    ),
    (
        "de",
        "Knapp ein Drittel der Konkurse betraf das Baugewerbe und das Handwerk.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Bei den Neugründungen wurde mit 37'940 Einträgen ein Rekord erreicht, sagte Creditreform-Sprecher Lukas Ammann.",
        True,
        [("count", 37940, None, None)],
        "Lukas Ammann",
    ),
    (
        "de",
        "Bis Ende Jahr rechnet Creditreform mit rund 8'000 Firmenkonkursen.",
        True,
        [("count", 8000, None, "about")],
        None,
    ),
    ("de", "«Viele Kleinbetriebe leben von der Substanz», sagte Ammann.", False, [], None),
    # --- Marwick Communications prepackaged bankruptcy (Bloomberg-style), September ---
    (
        "en",
        "Marwick Communications Inc. reached a deal with most of its creditors to cut its debt by about $1.6 billion through a prepackaged bankruptcy, according to a regulatory filing.",
        True,
        [("money", 1600000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Holders of about 87% of the company's first-lien term loans have signed the restructuring support agreement.",
        True,
        [("percent", 87, "%", "about"), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The plan would hand those lenders 95% of the reorganized company's equity, wiping out existing shareholders.",
        True,
        [("percent", 95, "%", None)],
        None,
    ),
    (
        "en",
        "Marwick expects to file for Chapter 11 in Texas within two weeks and emerge within about 60 days.",
        True,
        [("duration", 2, "week", None), ("duration", 60, "day", "about")],
        None,
    ),
    (
        "en",
        "The company's unsecured notes due 2029 fell to 12 cents on the dollar on Tuesday.",
        True,
        [("year", 2029, None, None), ("money", 0.12, "USD", None)],
        None,
    ),
    ("en", "Its shares have lost 94% of their value over the past year.", True, [("percent", 94, "%", None)], None),
    (
        "en",
        "Marwick provides broadband and cable television to about 1.2 million customers in nine states.",
        True,
        [("count", 1200000, None, "about"), ("count", 9, None, None)],
        None,
    ),
    ("en", "A Marwick spokesperson declined to comment beyond the filing.", False, [], None),
    ("en", "Some bondholders privately complained that the deal favored the largest lenders.", False, [], None),
    # --- IWH-Insolvenztrend (dpa), Oktober ---
    (
        "de",
        "Halle (dpa) - Im September sind in Deutschland 1.612 Personen- und Kapitalgesellschaften zahlungsunfähig geworden, so viele wie seit 2009 nicht mehr.",
        True,
        [("count", 1612, None, None), ("year", 2009, None, None)],
        None,
    ),
    (
        "de",
        "Das geht aus dem Insolvenztrend des Leibniz-Instituts für Wirtschaftsforschung Halle hervor.",
        True,
        [],
        None,
    ),
    (
        "de",
        "In den betroffenen Unternehmen waren nach IWH-Berechnungen rund 15.000 Arbeitsplätze betroffen.",
        True,
        [("count", 15000, None, "about")],
        None,
    ),
    ("de", "Das sind 22 Prozent mehr als im September des Vorjahres.", True, [("percent", 22, "%", None)], None),
    (
        "de",
        "IWH-Insolvenzforscherin Mareike Steinbrecher sagte, für Oktober und November sei mit einem weiteren Anstieg um rund zehn Prozent zu rechnen.",
        True,
        [("percent", 10, "%", "about")],
        "Mareike Steinbrecher",
    ),
    (
        "de",
        "Im Gesamtjahr dürfte die Zahl der Großinsolvenzen mit mehr als 250 Beschäftigten auf über 70 steigen, schätzen die Forscher.",
        True,
        [("count", 250, None, "over"), ("count", 70, None, "over")],
        None,
    ),
    (
        "de",
        "Der Mittelstandsverband BVMW machte die Bundesregierung für die Entwicklung verantwortlich.",
        False,
        [],
        None,
    ),
    ("de", "„Hinter jeder dieser Zahlen stehen Existenzen“, sagte Steinbrecher.", False, [], None),
    # --- Care home operator Meadowbank in administration (PA), October ---
    (
        "en",
        "LONDON (PA) - Care home operator Meadowbank Care has gone into administration, raising fears for about 2,100 residents at its 42 homes across the north of England.",
        True,
        [("count", 2100, None, "about"), ("count", 42, None, None)],
        None,
    ),
    (
        "en",
        "The homes will stay open and residents will not have to move while a new owner is found, joint administrator Priya Sandhu said.",
        True,
        [],
        "Priya Sandhu",
    ),
    (
        "en",
        "The group employs about 3,400 staff and had debts of £126 million, including £18 million owed to its landlord.",
        True,
        [("count", 3400, None, "about"), ("money", 126000000, "GBP", None), ("money", 18000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Meadowbank said local authority fees had risen by 5% this year while its wage bill had climbed by 14%.",
        True,
        [("percent", 5, "%", None), ("percent", 14, "%", None)],
        None,
    ),
    (
        "en",
        "The administrators warned that up to 11 of the homes could close if no buyer was found by the end of January.",
        True,
        [("count", 11, None, "up_to")],
        None,
    ),
    (
        "en",
        "The group's owner, a Jersey-based investment fund, bought it in 2018 for £210 million.",
        True,
        [("year", 2018, None, None), ("money", 210000000, "GBP", None)],
        None,
    ),
    ("en", 'The GMB union said care workers were "yet again paying the price for a broken system."', False, [], None),
    ("en", "Families of residents said they were anxious and had been told very little.", False, [], None),
    (
        "en",
        "The Care Quality Commission said it would monitor the homes closely during the administration.",
        False,
        [],
        None,
    ),
    # --- Zulieferer Kelterbach streicht Stellen (dpa), November ---
    (
        "de",
        "Stuttgart (dpa) - Der Autozulieferer Kelterbach will bis 2030 weltweit rund 7.000 Stellen streichen, etwa jede vierte davon in Deutschland.",
        True,
        [("year", 2030, None, None), ("count", 7000, None, "about"), ("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "de",
        "Mit dem Programm sollen die Kosten ab 2029 um jährlich 1,4 Milliarden Euro sinken, teilte der Konzern am Mittwoch mit.",
        True,
        [("year", 2029, None, None), ("money", 1400000000, "EUR", None)],
        "der Konzern",
    ),
    (
        "de",
        "Die Werke in Schweinfurt und Homburg mit zusammen 2.350 Beschäftigten sollen bis Ende 2028 schließen.",
        True,
        [("count", 2350, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "Im dritten Quartal rutschte Kelterbach mit 212 Millionen Euro in die roten Zahlen.",
        True,
        [("ordinal", 3, None, None), ("money", 212000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Vorstandschef Bernd Rautenstrauch sagte, die Auslastung der deutschen Werke liege derzeit bei nur 61 Prozent.",
        True,
        [("percent", 61, "%", None)],
        "Bernd Rautenstrauch",
    ),
    (
        "de",
        "Der Betriebsrat warnte, an den beiden Standorten stünden weitere 900 Stellen bei Zulieferern auf dem Spiel.",
        True,
        [("count", 900, None, None)],
        None,
    ),
    (
        "de",
        "Die IG Metall kündigte für den 27. November Protestkundgebungen an allen deutschen Standorten an.",
        True,
        [("date", "--11-27", None, None)],
        None,
    ),
    ("de", "„Wir müssen kleiner werden, um wettbewerbsfähig zu bleiben“, sagte Rautenstrauch.", False, [], None),
    ("de", "Die IG Metall nannte die Pläne einen „Angriff auf die Belegschaft“.", False, [], None),
    (
        "de",
        "Der saarländische Wirtschaftsminister warnte vor einem Flächenbrand in der Zulieferindustrie.",
        False,
        [],
        None,
    ),
    # --- Hong Kong court adjourns Huaxin winding-up hearing (Reuters), November ---
    (
        "en",
        "HONG KONG, Nov 10 (Reuters) - A Hong Kong court on Monday adjourned a winding-up hearing against Chinese developer Huaxin Property until Jan. 26, giving it more time to finalize an offshore debt restructuring.",
        True,
        [("date", "--11-10", None, None), ("date", "--01-26", None, None)],
        None,
    ),
    (
        "en",
        "Huaxin has about $9.8 billion of offshore debt and defaulted on a dollar bond in 2022.",
        True,
        [("money", 9800000000, "USD", "about"), ("year", 2022, None, None)],
        None,
    ),
    ("en", "The petition was filed by a creditor owed $86 million.", True, [("money", 86000000, "USD", None)], None),
    (
        "en",
        'Judge Lydia Chan said it would be the last adjournment unless the company showed "significant progress" by then.',
        True,
        [],
        "Lydia Chan",
    ),
    (
        "en",
        "The developer said holders of about 71% of its offshore notes had agreed to the restructuring terms.",
        True,
        [("percent", 71, "%", "about")],
        "the developer",
    ),
    (
        "en",
        "Huaxin's Hong Kong-listed shares have been suspended since April 2024.",
        True,
        [("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "A hearing on a separate petition against its onshore unit is set for March 3.",
        True,
        [("date", "--03-03", None, None)],
        None,
    ),
    ("en", "Analysts said a wider recovery in China's property sector remained distant.", False, [], None),
    # --- Sanierungsplan bei Brunnbauer angenommen (APA), Dezember ---
    (
        "de",
        "Wien (APA) - Die Elektrohandelskette Brunnbauer hat die Insolvenz überstanden: Die Gläubiger stimmten am Dienstag am Handelsgericht Wien einem Sanierungsplan mit 28 Prozent Quote zu.",
        True,
        [("percent", 28, "%", None)],
        None,
    ),
    (
        "de",
        "Die Quote wird in zwei Raten ausbezahlt, 10 Prozent binnen 14 Tagen und der Rest innerhalb eines Jahres.",
        True,
        [("count", 2, None, None), ("percent", 10, "%", None), ("duration", 14, "day", None)],
        None,
    ),
    (
        "de",
        "Von ursprünglich 61 Filialen bleiben 44 bestehen, rund 380 der 1.120 Arbeitsplätze gingen verloren, teilte der AKV mit.",
        True,
        [
            ("count", 61, None, None),
            ("count", 44, None, None),
            ("count", 380, None, "about"),
            ("count", 1120, None, None),
        ],
        None,
    ),
    (
        "de",
        "Insgesamt hatten 2.870 Gläubiger Forderungen von 96 Millionen Euro angemeldet, anerkannt wurden davon 71 Millionen Euro.",
        True,
        [("count", 2870, None, None), ("money", 96000000, "EUR", None), ("money", 71000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Sanierungsverwalter Florian Eichbichler sagte, die Finanzierung der Quote sei durch einen neuen Investor aus Deutschland gesichert.",
        True,
        [],
        "Florian Eichbichler",
    ),
    ("de", "„Das ist ein guter Tag für die Beschäftigten und für den Standort“, sagte Eichbichler.", False, [], None),
    ("de", "Der Handelsverband hofft, dass die Sanierung ein Signal für die gesamte Branche setzt.", False, [], None),
    # --- Pinecrest closes more drugstores (AP), December ---
    (
        "en",
        "NEW YORK (AP) — Drugstore chain Pinecrest said Thursday it will close 275 more stores early next year, bringing its closures since filing for bankruptcy in March to nearly 700.",
        True,
        [("count", 275, None, None), ("count", 700, None, "nearly")],
        None,
    ),
    (
        "en",
        "After the closures, the chain will have about 1,150 locations in 16 states.",
        True,
        [("count", 1150, None, "about"), ("count", 16, None, None)],
        None,
    ),
    (
        "en",
        "Pinecrest said about 5,800 employees would be affected and that some would be offered jobs at nearby stores.",
        True,
        [("count", 5800, None, "about")],
        None,
    ),
    (
        "en",
        "Prescriptions will be transferred to other pharmacies, in most cases within 5 miles.",
        True,
        [("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "The chain entered Chapter 11 with $5.2 billion in debt and thousands of lawsuits over opioid sales.",
        True,
        [("money", 5200000000, "USD", None)],
        None,
    ),
    ("en", '"We know how much our pharmacists mean to their neighborhoods," the company said.', False, [], None),
    ("en", "Public health advocates warned that rural areas could become pharmacy deserts.", False, [], None),
    # --- Pharmazulieferer Avelan baut Stellen ab (Reuters), Dezember ---
    (
        "de",
        "Zürich (Reuters) - Der Pharmazulieferer Avelan baut rund 650 Stellen ab, ein Zehntel seiner weltweiten Belegschaft.",
        True,
        [("count", 650, None, "about"), ("fraction", 0.1, None, None)],
        None,
    ),
    (
        "de",
        "Bis 2027 will das Zuger Unternehmen damit jährlich 180 Millionen Franken einsparen.",
        True,
        [("year", 2027, None, None), ("money", 180000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "In der Schweiz sind rund 210 Stellen betroffen, vor allem am Standort Muttenz.",
        True,
        [("count", 210, None, "about")],
        None,
    ),
    (
        "de",
        "Für den Umbau rechnet Avelan mit einmaligen Kosten von 95 Millionen Franken, wie das Unternehmen am Dienstag mitteilte.",
        True,
        [("money", 95000000, "CHF", None)],
        "das Unternehmen",
    ),
    (
        "de",
        "Konzernchefin Sabine Hüppi sagte, die Nachfrage nach Biotech-Auftragsfertigung sei im zweiten Halbjahr um ein Fünftel eingebrochen.",
        True,
        [("ordinal", 2, None, None), ("fraction", 0.2, None, None)],
        "Sabine Hüppi",
    ),
    (
        "de",
        "Bereits im Frühjahr hatte Avelan 120 Stellen in Irland gestrichen.",
        True,
        [("count", 120, None, None)],
        None,
    ),
    ("de", "Die Avelan-Aktie legte nach der Ankündigung um 4,1 Prozent zu.", True, [("percent", 4.1, "%", None)], None),
    (
        "de",
        "Der Verband Angestellte Schweiz bedauerte den Entscheid und kritisierte die Kommunikation als ungenügend.",
        False,
        [],
        None,
    ),
    # --- Corvane lays off Toledo workers (Reuters), December ---
    (
        "en",
        "DETROIT, Dec 9 (Reuters) - Corvane Motors will lay off about 1,700 workers indefinitely at its Toledo assembly plant from Feb. 2 as it ends production of a slow-selling electric pickup.",
        True,
        [("date", "--12-09", None, None), ("count", 1700, None, "about"), ("date", "--02-02", None, None)],
        None,
    ),
    (
        "en",
        "The plant will drop its second shift, the company said.",
        True,
        [("ordinal", 2, None, None)],
        "the company",
    ),
    (
        "en",
        "Laid-off workers will receive about 74% of their take-home pay through state jobless benefits and company-paid supplements under the union contract.",
        True,
        [("percent", 74, "%", "about")],
        None,
    ),
    (
        "en",
        "Sales of the pickup fell 38% in the first nine months, according to Motor Intelligence estimates.",
        True,
        [("percent", 38, "%", None), ("ordinal", 1, None, None), ("duration", 9, "month", None)],
        None,
    ),
    (
        "en",
        "The plant employed about 3,900 hourly workers at the start of the year.",
        True,
        [("count", 3900, None, "about")],
        None,
    ),
    (
        "en",
        "UAW local president Keisha Barnwell said the union had not been told how long the layoff would last.",
        True,
        [],
        "Keisha Barnwell",
    ),
    (
        "en",
        '"Our members built this truck with pride, and they deserve better than this," Barnwell said.',
        False,
        [],
        None,
    ),
    ("en", "Corvane said it regretted the impact on employees and remained committed to Toledo.", False, [], None),
]
