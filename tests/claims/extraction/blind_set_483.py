"""Four-hundred-and-eighty-third blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
executive, politician or office-holder is named: every company, bidder, administrator's firm
and accountancy here is invented, the holders of real offices appear only by their role
(„Der bayerische Wirtschaftsminister“, „der Essener Oberbürgermeister“, „Der
Wirtschaftslandesrat“, „Der Solothurner Volkswirtschaftsdirektor“, "Ohio's governor", "the
state's housing minister", "Canada's industry minister", "The local MP"), and the judges,
administrators, union officials, researchers and managers who appear by name are invented
and stand for no real holder.

Names: the firms Halvard Capital, Kaltenbrunn, Brightmoor Capital, Tennant Hollis, Wohnwerk
Pramtaler, Harrowgate Home, Brackley Thorne, Calloway Street, Bodmer & Stäheli, Westray Home
Products, Mainfeld Komponenten, Calder Ridge Energy Services, Jurafels, Lorzag, Granton
Homes, Sellick Hume, Farrowdale, Kessington Industries, Ennswerk Fahrzeugtechnik, Harlan
Foods, Northvale Provisions, Rhenavia, Sauerthal Spezialchemie, Moorgate Lisle, Kersting &
Loh, Carrow Medical, Pinewell Health, Vuilleret & Amsler, Vantorix, Förde Schiffbau,
Brackenfield Steel, Ravensar Group, Huaxing Powertrain, Murtaler Antriebstechnik, Maplecrest
Home, Dunmore Advisory, Varenholt Beteiligungen, Isartec Sensorik, Kestrel Ridge Resources,
Ashburton Minerals, Albtal Systems, Dunhollow, Crestline Sporting Goods and Pelling & Cole
are invented, and so are Kaltenbrunn's works council chair Sevgi Arslan-Kroll, Tennant
Hollis' chief executive Marisol Quintero-Blake, the Masseverwalterin Gudrun Haslinger-Eder,
Wohnwerk's managing director Rupert Aigner-Stadlmayr, the joint administrators Oonagh
Pemberton-Reid and Bronwyn Achterberg-Lowe, Bodmer & Stäheli's chief executive Annina
Rüegsegger-Lutz, the union local president Darlene Kowalczyk-Ames, Mainfeld's chief
executive Dirk Hallmeier-Stenz, the bankruptcy judges Renata Falkenrath-Ochoa and Harriet
Okonjo-Frey, Calder Ridge's chief executive Grant Ellsworth-Tate, Jurafels' chairman Urs
Wyssbrod-Kälin, Lorzag's chief executive Bettina Zwyssig-Amrein, the IWH insolvency
researcher Lorenz Brettschneider-Yilmaz, Farrowdale's chair Imogen Ashcroft-Vale, Ennswerk's
managing director Herwig Lindmayr-Pölzl, Northvale's chief executive Geneviève
Tremblay-Okafor, Sauerthal's chief executive Katrin Uhlenbruck-Sahin, Rhenavia's chief
executive Matthias Zeilhofer-Brink, the accountant Richard Fenwick-Osei, the
Insolvenzverwalter Frederik Dahlhaus-Meyer and Henrike Sönnichsen-Pahl, Vuilleret & Amsler's
chairman Laurent Vuilleret-Hofer, Vantorix's chief executive Daniel Okonkwo-Stahl, the
Community official Gareth Llewellyn-Price, Murtaler's managing director Theresia
Gruber-Maierhofer, Maplecrest's finance chief Priya Ramanathan-Hale, Kestrel Ridge's
managing director Callum Pryor-Ngata, Albtal's works council chair Miriam Okafor-Lenz and
finance chief Bernhard Löwenthal-Graf, Pelling & Cole's chief executive Nathan
Okereke-Wilde, and every unnamed partner, spokesperson, analyst, investor, bondholder,
lawyer, supplier, landlord, employee and market participant. Real bodies, courts, unions,
laws, exchanges, parties, media and places (dpa, dpa-AFX, dpa/lnw, APA, Keystone-SDA, awp,
Reuters, AP, PA, AAP, Bafin, Xetra, SIX, IG Metall, IG Metall Küste, GPA, PRO-GE, Unia,
Verdi, AKV, KSV1870, AMS/Arbeitsmarktservice, Land Oberösterreich, Landesgericht Linz,
Statistisches Bundesamt, Amtsgerichte, Leibniz-Institut für Wirtschaftsforschung Halle
(IWH), Bundesagentur für Arbeit, EU-Kommission, Land Schleswig-Holstein, Landesrechnungshof,
Die Grünen, Investitionskontrollgesetz, Wirtschaftsministerium, SdK, Landgericht München I;
Chapter 11, the WARN Act, HM Revenue and Customs, Usdaw, the Insolvency Service, the
Redundancy Payments Service, the U.S. Federal Trade Commission (FTC), the Toronto Stock
Exchange, the Investment Canada Act, the Competition Bureau, the Ontario Superior Court of
Justice, the Foreign Investment Review Board, the Australian Competition and Consumer
Commission, the Community union; Nürnberg, Linz, Wels, Innviertel, Frauenfeld, Sirnach,
Polen, Schweinfurt, Bamberg, Hof, Franken, Zürich, Schweiz, Wiesbaden, Steyr, Frankfurt,
Essen, Grenchen, Delémont, Kiel, Graz, Steiermark, München, Karlsruhe, Bayern, Minneapolis,
Leeds, Mansfield, Ohio, Monterrey, Mexico, Houston, the Gulf of Mexico, West Africa,
Melbourne, London, Toronto, Mississauga, Washington, San Francisco, Rotherham, Perth,
Western Australia, Kwinana, Wilmington and the datelines' cities) stand for the way wire
copy names them; every bid, premium, valuation, stake, acceptance level, exchange ratio,
fee, filing, debt, claim, quota, job cut, closure, severance term, guarantee, state aid,
court date, statistic, share price and quote here is invented for an autumn of 2031 that has
not happened, and where a real figure came to mind (a real takeover price or premium, a real
insolvency tally, a real statutory notice period, a real redundancy or insolvency-pay rule,
a real break fee) it was changed or left out.

Its weight: MERGERS, LAYOFFS AND INSOLVENCIES, the fourth round for company insolvencies and
job cuts (the hundred-eighth batch weighed corporate insolvencies, bankruptcies and
restructurings, the two-hundred-and-twenty-fourth industry results and job cuts and the
three-hundred-and-second company insolvencies, job cuts and restructuring; they were the
first three) and the first under this heading to set takeovers and mergers beside them (the
sixty-second batch weighed takeover offers per share with premiums in market copy, the
hundred-eighty-sixth banks' and insurers' quarterly results and takeovers, the
two-hundred-and-fortieth a snack-food takeover with its break-up fee and the
three-hundred-and-seventy-fourth bank bids; the seventy-third,
three-hundred-and-twenty-ninth and four-hundred-and-fifty-fourth weighed results seasons
with job cuts among them; their decisions are kept) - over eleven weeks of one autumn,
Monday, September 8, to Wednesday, November 26, 2031, as 30 short stories in story order
with the German and English ones interleaved by date, each told as wire copy runs it (a
dateline lead with the bid, the cut or the filing, the price per share and the premium, the
value, stakes, thresholds and periods, the debts, creditors and quota, the jobs and sites,
the court's, the administrator's, the regulator's and the state's steps, the management's,
the works council's and the union's statements, quotes and the share price; two stories come
back weeks later with the creditors' vote and the buyer). Half German (dpa-AFX with
"NÜRNBERG (dpa-AFX) -", „je Aktie“, „Mindestannahmeschwelle“, „Angebotsunterlage“,
„Barabfindung“, „Squeeze-out“, „Spruchverfahren“; Reuters German with „Annahmefrist“ and
„Pflichtmitteilung“; dpa and dpa/lnw with „Zukunftstarifvertrag“, „Gesamtbetriebsrat“,
„Insolvenzgeld“, „Transfergesellschaft“, „Gläubigerversammlung“, „Bürgschaft“, „Beihilfe“;
APA with Austrian „Passiva“, „Dienstnehmer“, „Sanierungsverfahren ohne Eigenverwaltung“,
„Masseverwalterin“, „Prüfungstagsatzung“, „Sanierungsplanquote“, „Frühwarnsystem“,
„Arbeitsstiftung“, „einvernehmliche Auflösung“, „Jänner“, „heuer“, „um ... weniger“,
„übernimmt um rund 310 Mio. Euro“; Keystone-SDA and awp with Swiss „Konsultationsverfahren“,
„bis am“, „Mitarbeitende“, „Monatslöhne“, „provisorische Nachlassstundung“, „Sachwalter“,
„innert“, „gemäss“, „hierzulande“, „Mrd Fr.“, „Mio Fr.“, „71,35 Fr.“, „2'150“, «» quotes;
German „“ quotes): a financial investor's bid for a Franconian drive maker, an Austrian
furniture chain's restructuring proceedings and, eleven weeks later, its creditors' vote, a
Swiss machine maker's job cuts, a car supplier's cuts and two plant closures, a Swiss merger
by share exchange, Germany's monthly insolvency figures, an Austrian truck supplier's
layoffs in the AMS early-warning system with a state-funded Arbeitsstiftung, a hostile bid
raised with its threshold cut, a fashion chain's closures in insolvency, a Swiss watch
supplier's debt moratorium, a state guarantee for an insolvent shipyard, a Chinese takeover
under Austrian investment screening, a squeeze-out and a software maker's job cuts agreed
with the works council. Half English (Reuters with dated datelines, AP, PA with "per cent"
and "£212m", AAP with dated datelines, "per cent" and "$" for Australian dollars; US, UK,
Canadian and Australian usage: "C$38.75", "Sept. 30", "defence", "centres", "labor", "stood
down"): a take-private with a go-shop and a termination fee, a homeware chain in
administration and, nine weeks later, its buyer, a WARN notice and a plant closure, a
Chapter 11 filing with DIP financing and a first-day hearing, a builder in voluntary
administration, a rejected approach under Britain's takeover rules with pence and a
deadline, a Canadian takeover under the Investment Canada Act, England and Wales insolvency
figures, an FTC suit to block a merger, a software maker's layoffs with severance, a
steelworks closure with a government grant and a strike ballot, a Canadian creditor
protection filing, an all-scrip miners' merger and a bankruptcy court's sale approval.
Speakers as such copy has them: companies with „teilte ... mit“, "said" and "said Tuesday";
chief executives, chairs, finance chiefs, works council chairs, administrators, judges,
union officials and researchers by name with their title before it („Betriebsratschefin“,
„Gesamtbetriebsratschefin“, „Konzernchefin“, „Vorstandschef“, „Insolvenzverwalter“,
„Insolvenzverwalterin“, „Masseverwalterin“, „Verwaltungsratspräsident“, „Geschäftsführer“,
„Geschäftsführerin“, "Chief Executive", "Chair", "Joint administrator", "Judge", "Union
local president", "national officer", "managing director"), "told Reuters", "told
reporters", the statistics offices; beside them the forms left unchecked (compounds like
„nach AKV-Angaben“, „hieß es vom Gesamtbetriebsrat“, „laut Betriebsrat“, „gemäss“, documents
and filings, "according to", roles, plural groups, pronouns, verbs of calculating, pledging,
blaming and announcing). Figures as such copy has them: prices per share, values, fees,
debts, claims, financing, grants, guarantees, savings and charges in euros, francs, dollars,
Canadian and Australian dollars, pounds and pence; premiums, stakes, thresholds, acceptance
levels, quotas, shares of votes and market shares in percent; exchange ratios, salaries
counted in months of pay, jobs, stores, sites, creditors, rigs and cases as counts with
their hedges; shares of workforces and votes as fractions; acceptance, go-shop, notice,
moratorium, guarantee and severance periods as durations; court and hearing dates and
datelines as dates; quarters, halves, periods and meetings as ordinals; years. Negatives as
such copy has them - 55 rows, none with a figure: managers', chairs' and administrators'
rhetoric, regret, promises and confidence in quotes, labels of unions, works councils,
shareholder advocates, a party and a minister, warnings naming no measure, hopes, a
governor's and a ministry's reassurance, feelings and complaints of suppliers, employees and
landlords, analysts', investors', lawyers' and market participants' views and speculation,
each near a check-worthy look-alike from the same story (often the same speaker's figure).

243 rows (125 German, 118 English), 55 negatives (28 German, 27 English), 188 check-worthy
rows of which 23 carry no figure (14 German, 9 English), 290 expected quantities (90 counts,
66 amounts of money - 22 USD, 18 EUR, 12 GBP, 5 AUD, 5 CAD, 4 CHF -, 46 percentages, all in
%, 27 dates, all without a year, 24 years, 23 durations - 6 in months, 6 in weeks, 6 in
years, 4 in days, 1 in hours -, 8 ordinals, 6 fractions; none of them in a negative), 35
checked speakers (19 German, 16 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, regret, promise, confidence, hope, warning naming no measure,
  reassurance, feeling, complaint, speculation or piece of rhetoric is a negative with
  speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  hundred-eighth, hundred-eighty-sixth, two-hundred-and-twenty-fourth,
  three-hundred-and-second); a quoted or reported statement of fact, figure, step, plan,
  position, cause or account is check-worthy with its speaker, also in Konjunktiv I
  (hundred-eighth, hundred-sixtieth). Pairs from one speaker: Quintero-Blake's 9,400
  employees beside "Brightmoor shares our conviction ..."; Haslinger-Eder's seven branches
  and, in the follow-up, her investor's 60 percent beside „Heute hat die Vernunft gesiegt“;
  Pemberton-Reid's six weeks beside "Today is a sad moment ..."; Rüegsegger-Lutz's 23
  percent beside «Wir bedauern diesen Schritt zutiefst» (a regret alone,
  three-hundred-and-second); Kowalczyk-Ames's $38 million beside "These are people who gave
  this company their whole lives"; Brettschneider-Yilmaz's third beside „Die Welle hat den
  Mittelstand mit voller Wucht erreicht“; Ashcroft-Vale's order book beside "Our
  shareholders deserve better ..."; Tremblay-Okafor's recommendation beside "This is a good
  day ..."; Llewellyn-Price's rejected plan beside "an act of industrial vandalism ..."
  (two-hundred-and-twenty-fourth: a local MP's "industrial vandalism"); Gruber-Maierhofer's
  five-year guarantee beside „Wir haben den besten Partner ... gefunden“; Pryor-Ngata's four
  mines beside "built for the next upswing, not for the last downturn" ("next", "last"
  none); Okafor-Lenz's 1,600 jobs beside „kein schöner Tag, aber ein fairer Kompromiss“;
  Okereke-Wilde's rebranding beside "We see real potential ...". Chief executives' and a
  finance chief's lines that promise or label without a checkable fact are negatives:
  Ellsworth-Tate's "leaner and ready for the next cycle", Okonkwo-Stahl's "the company's
  last major restructuring for the foreseeable future" (a promise, as "said it hoped",
  three-hundred-and-second; "last" none, three-hundredth), Löwenthal-Graf's „schlanker und
  schneller“, Aigner-Stadlmayr's „um jeden Standort gekämpft“, Zwyssig-Amrein's «Zusammen
  sind wir stärker ...», a Halvard partner's „ein Juwel“.
- Labels, warnings, hopes and reassurances (hundred-eighth, two-hundred-and-twenty-fourth,
  three-hundred-and-second): „nannte ... „ein Spiel mit dem Feuer““, „sprach von einem
  „bitteren Tag ...““, «Kahlschlag mit Ansage» with „Affront“, „nannte die Entscheidung „ein
  fatales Signal für Franken““ (the region; „Franken“ carries no money - there is no
  figure), „eine Kriegserklärung an die Belegschaft“, „auf Verschleiß gefahren“ after „warf
  ... vor“, «Alarmsignal», „Lichtblick“, „Zumutung“, "let down yet again" and Usdaw's
  "relieved ... but heartbroken" are negatives; warnings naming no measure („Der
  Landesrechnungshof warnte vor einem „Fass ohne Boden““, „Die Grünen warnten vor einem
  „Ausverkauf ...““, „Der AKV mahnte ...“), hopes and confidence („Der Solothurner
  Volkswirtschaftsdirektor hofft ...“, „Der Wirtschaftslandesrat zeigte sich zuversichtlich
  ...“), a governor's promise ("Ohio's governor promised that the state would help ...";
  three-hundred-and-second: "promised state help"), a minister's spokesperson's vow to
  examine a deal "very carefully", a forecast without a figure („Ökonomen erwarten erst für
  das kommende Frühjahr eine Trendwende.“), a demand naming no measure ("called on the
  administrators to treat staff with dignity"), feelings and complaints ("said they feared
  they would never see their money", "bracing for steep losses", "morale had been low for
  months" - "for months" none -, "complained that they had been treated unfairly"),
  analysts', investors', bondholders', lawyers' and market participants' views and
  speculation ("the price looked light", "expected Kessington to come back with a sweeter
  offer", "were weighing their options", "could become a test ...", „Marktteilnehmer
  spekulieren darauf, dass doch noch ein weiterer Bieter auftauchen könnte“ - „ein weiterer“
  none -, "questioned whether the timing was right"; hundred-eighty-sixth) and a company's
  vow ("Pinewell said it remained committed to the transaction."; three-hundred-and-second:
  "remained committed to Toledo") are negatives.
- Check-worthy without a figure (23 rows; hundred-eighth, hundred-eighty-sixth,
  two-hundred-and-twenty-fourth, three-hundred-and-second): the filings and the proceedings
  opened („ein Sanierungsverfahren ohne Eigenverwaltung beantragt“, "has fallen into
  administration" with the administrators appointed, „Zur Masseverwalterin wurde ...
  bestellt“, the Insolvenzgeld paid „Für die Monate Juli bis September“ - months none -, the
  creditors' acceptance of the plan), the approvals a deal still needs („Die EU-Kommission
  muss die Beihilfe noch genehmigen.“, "subject to a net benefit review under the Investment
  Canada Act and clearance from the Competition Bureau", "needs approval from the Foreign
  Investment Review Board ..."; hundred-eighty-sixth: „Die Übernahmekommission muss den
  Angebotsprospekt noch prüfen.“), the squeeze-out demand and the SdK's announced review
  (announced steps), the closures' deadline, a buyer to be found „Innert der Stundung“, the
  source line of a count („Das geht aus dem Frühwarnsystem des Arbeitsmarktservice hervor
  ...“), the works councils' accounts (Arslan-Kroll's „erst am Sonntagabend“; „Der
  Betriebsrat kritisierte, das Management habe die Pläne zuerst den Analysten ...
  vorgestellt“ with „zuerst“ none - two-hundred-and-twenty-fourth: „erst am Vormittag und
  nur per E-Mail“), Usdaw's account of the email, the boards' positions (Tremblay-Okafor's
  unanimous recommendation, Uhlenbruck-Sahin's advice to reject; three-hundred-and-eleventh:
  „Der Verwaltungsrat von Rhonetel empfiehlt das Angebot zur Annahme.“), a finance chief's
  account of supplier payments, an accountant's stated cause of the rise (Fenwick-Osei;
  three-hundred-and-second: a company's stated cause), a rebranding date by month ("by the
  end of March" none) and the statutory route to redundancy pay. New: a bidder's declaration
  that its offer is final („Rhenavia-Chef Matthias Zeilhofer-Brink sagte, das Angebot sei
  endgültig und werde nicht mehr erhöht.“) is check-worthy with its speaker - a statement of
  record that binds the bidder under takeover law, unlike a hope or a vow, and the
  counterpart of the board's advice to reject beside it.
- Takeovers and mergers (hundred-thirtieth, hundred-eighty-sixth, two-hundred-and-fortieth,
  three-hundred-and-seventy-fourth): prices per share, values, premiums, stakes, thresholds,
  acceptance levels and fees are each a quantity - „38,50 Euro je Aktie in bar“, „52 Euro
  statt 46 Euro je Aktie“ both, „eine Barabfindung von 61,20 Euro je Aktie“, „58 Euro je
  Aktie“, "$47.25 per share in cash", "$54 a share", "C$38.75 per share" CAD ("per share",
  "a share", „je Aktie“ none), "a 520 pence-per-share takeover proposal" 5.2 GBP, "at 465
  pence" 4.65 GBP and "at 498p" 4.98 GBP (pence hundredths of the pound,
  hundred-eighty-sixth), "about $6.8 billion including debt", „rund 2,9 Milliarden Euro“,
  "about 2.4 billion pounds", "about C$4.1 billion ($2.98 billion)" with the bracketed
  conversion in USD unhedged (eightieth), "about $14.6 billion" in AAP copy AUD
  (four-hundred-and-seventy-ninth: "$" in Australian copy is the Australian dollar), "a
  termination fee of $204 million", "a $610 million reverse termination fee"
  (two-hundred-and-fortieth: "a $290 million break-up fee"); premiums as written („34
  Prozent über dem Schlusskurs vom Freitag und 41 Prozent über dem ... Durchschnittskurs der
  vergangenen drei Monate“ 34, 41 and 3 months - „über“ after the figure none -, "a premium
  of 31% to ... on Aug. 28", "a premium of 42% to its closing price on Sept. 30", "29% above
  Northvale's 30-day volume-weighted average" 29 and 30 days (the English compound a
  duration, hundred-eighty-sixth), „gemessen am Mittel der letzten 60 Handelstage ... einer
  Prämie von 19 Prozent“ 60 as a count (a German trading-day noun, hundred-thirtieth,
  three-hundred-and-seventy-fourth) and 19, "a premium of 26.5 per cent to Monday's close",
  „liegt 3,4 Prozent unter dem Schlusskurs“ with „unter“ after the figure none); stakes,
  thresholds and acceptance levels („bereits 27,4 Prozent der Anteile“ - „bereits“ no hedge
  -, „die Mindestannahmeschwelle von 60 auf 50 Prozent“ both with the unit written once,
  „nur 31,7 Prozent“ - „nur“ no hedge -, „95,8 Prozent der Anteile“, "a 6.1% stake", "about
  19% of Farrowdale's shares", "about 72% of its secured notes", „75 Prozent am ...
  Motorenentwickler“ and „Die restlichen 25 Prozent“, the merged group's 58 and 42 percent
  and "about 61 per cent"); exchange ratios are counts („0,84 neue Jurafels-Titel“, "0.412
  Kestrel Ridge shares for each share"; hundred-thirtieth); "two-thirds of the votes cast"
  0.6667 (four-hundred-and-eighty-first: „Knapp zwei Drittel“); periods are durations („vier
  Wochen lang“, „um zwei Wochen bis zum 6. November“ 2 weeks and the date - „um“ before a
  difference no hedge -, "a 35-day go-shop period", „bis zu zwei Monate“ "up_to", "for at
  least five years" "at_least", „für fünf Jahre“); closings are ordinals and years ("in the
  first quarter of 2032", „im zweiten Halbjahr 2032“); "three earlier approaches" 3; "until
  5 p.m. on Oct. 30" the date only (clock times none, two-hundred-and-twenty-fourth,
  four-hundred-and-fifty-first); "only two major suppliers" 2 ("only" no hedge); "about 64%
  of the U.S. market" "about"; "a record 3.7 billion pounds" with "a record" none; „um rund
  310 Mio. Euro“ 310 million EUR "about" - the Austrian „um“ before a price names the price
  (hundred-eighty-sixth) and „rund“ hedges it. New: „eine Mindestannahmeschwelle von 50
  Prozent plus eine Aktie“ gives 50 percent and count 1 - „eine“ after „plus“ is the numeral
  of one share, as "one" before a noun is count 1 (hundred-sixty-eighth,
  two-hundred-and-thirty-sixth), not an article; "the day before", "the most recent", "first
  reported" (four-hundred-and-seventy-third: "first posted") and "Britain's takeover rules"
  carry none.
- Insolvencies and proceedings (hundred-eighth, three-hundred-and-second): debts, claims,
  Passiva, DIP and interim financing are money in the currency written („rund 148 Mio.
  Euro“, "about £212m, including £31m ... and £18.5m" the hedge on the first only, "in the
  $1 billion to $10 billion range" both with no hedge, "roughly $1.9 billion of debt", "$425
  million in debtor-in-possession financing", "$150 million of the loan", "about $96
  million" AUD, "about C$620 million", "C$75 million", "a C$48 million tax reassessment",
  „rund 86 Mio. Franken“ CHF, "about $1.4 billion in debt"); recoveries are money ("about 9
  cents on the dollar" 0.09 USD "about" and "between 4 and 7 cents on the dollar" 0.04 and
  0.07 USD with the unit written once; three-hundred-and-second: "12 cents on the dollar");
  creditors are counts („Rund 410 Gläubiger“, "about 1,900 subcontractors and suppliers");
  quotas are percentages with their instalments as counts and their spans as durations
  („eine Sanierungsplanquote von 20 Prozent, die in vier Raten über zwei Jahre verteilt
  gezahlt werden soll“ 20, 4 and 2 years - „über“ before a span no hedge,
  four-hundred-and-seventy-third -, „eine Quote von 22 Prozent, zahlbar in vier Raten binnen
  zwei Jahren“; three-hundred-and-second: „in zwei Raten“); the creditors' vote („mehr als
  80 Prozent der anwesenden Gläubiger, die knapp 74 Prozent der Forderungen vertraten“
  "over" and "nearly"); a moratorium is a duration („eine provisorische Nachlassstundung von
  vier Monaten“). Court and meeting dates without a year are dates („am 26. November ..., am
  12. November“, „für den 20. November“, „am 15. Dezember“, "at a hearing on Oct. 20", "is
  set for Jan. 12", "runs until Nov. 28", "scheduled for Oct. 9", "closing on Nov. 24",
  "begin Nov. 17" as "start on Nov. 17"); "A first creditors' meeting ... and a second
  meeting ... within 25 business days" ordinals 1 and 2 and 25 days (hundred-eighth: "A
  first meeting of creditors ... within eight business days"); "its second bankruptcy since
  2022" 2 and the year (hundred-eighth: "its second trip through bankruptcy court"). New:
  "At a first-day hearing" is ordinal 1 - the hearing on the first day of the case, ranked
  as "first-lien" ranks a claim (three-hundred-and-second), not a name like "Chapter 11".
  New: „vor dem Landgericht München I“ carries no quantity - the Roman numeral names the
  court, as "Solvency II" names a regime and "CET1" a class (hundred-eighty-sixth);
  "KSV1870" (three-hundred-and-second), "Chapter 11" (fifty-ninth, hundred-eighth), "the
  WARN Act" and the "Investment Canada Act" carry none either.
- Job cuts, closures, severance and state aid (hundred-eighth,
  two-hundred-and-twenty-fourth, three-hundred-and-second): jobs, stores, sites, plants,
  rigs and ships are counts with their hedges („bis zu 480 seiner 2'150 Stellen“ the hedge
  on the first only with the Swiss apostrophe - tenth -, „38 ihrer 71 Filialen“, „Rund 1.450
  der etwa 3.900“ each hedged, "27 of its 112 stores ... about 1,600 of its 6,800 jobs",
  "118 of its stores", "Dunhollow's remaining 147 stores", "The remaining 53 shops", "41
  stores", „mit 740 und ... mit 410 Beschäftigten“ with the noun once
  (hundred-seventy-eighth), „Von den ursprünglich 23 Filialen werden 17“ - „ursprünglich“ no
  hedge -, „die fünf deutschen Standorte“, „zwei Werke“, "the older of its two electric arc
  furnaces" 2 (two-hundred-and-twenty-fourth: "the older of its two steam crackers"), „zwei
  Fähren“, „drei Marineversorgern“, "four mines", "14 rigs", "310 staff, 260 of whom", „um
  180 weniger als zu Jahresbeginn“ 180 with the Austrian „um“ before a difference no hedge
  (hundred-eighty-sixth), „um ein Viertel unter dem Plan“ 0.25); shares of a workforce are
  fractions or percentages („knapp jede achte Stelle“ 0.125 "nearly" -
  three-hundred-and-second: "roughly one in eight" -, "roughly 6% of its staff"); severance
  and social plans as the earlier batches read them („Abfindungen von bis zu zwölf
  Monatslöhnen“ 12 "up_to" and „mindestens acht Monatslöhne“ 8 "at_least" as counts -
  hundred-thirty-first: „mindestens sechs Monatslöhnen“ -, „1,1 Bruttomonatsgehälter je
  Beschäftigungsjahr, höchstens aber 240.000 Euro“ count 1.1 and 240,000 EUR "at_most" -
  three-hundred-and-second: „0,9 Bruttomonatsgehälter“ -, „ab 60 Jahren“ 60 years
  "at_least", "at least 14 weeks of base pay plus two weeks for each year of service" 14
  weeks "at_least" and 2 weeks, „eine Transfergesellschaft ..., die sechs Monate läuft“,
  „nach einem 14-stündigen Verhandlungsmarathon“ 14 hours - three-hundred-and-second:
  „elfstündigen“); notice rules ("employers with 100 or more workers" 100 with "or more" no
  hedge - four-hundred-and-fifty-first: „oder mehr“ -, "60 days' notice" 60 days,
  two-hundred-and-twenty-fourth); state aid and grants are money with their terms („eine
  Bürgschaft über 120 Millionen Euro“ with „über“ governed by the noun no hedge,
  two-hundred-and-twenty-fourth; „deckt 80 Prozent eines Bankkredits ab und ist bis Ende
  2033 befristet“, „3,6 Mio. Euro“ for an Arbeitsstiftung - four-hundred-and-sixty-fifth:
  „4,2 Mio. Euro“ -, "a grant of up to 140 million pounds" "up_to", „eine Vertragsstrafe von
  40 Mio. Euro“); savings and charges („ab 2034 um jährlich 480 Millionen Euro“, „130 Mio
  Fr. jährlich ab 2034“, "$180 million to $220 million a year by the end of the 2034
  financial year" both and the year, "charges of $310 million to $360 million"; „jährlich“,
  "a year", "a week" none), "labor costs by $38 million over three years" ("over" before a
  span no hedge), "about 2.6 million pounds a week". New: "once employed more than 4,000
  people" carries no count for "once" - the adverb means formerly, not one time, as "one of
  the largest" carries none for its pronoun (three-hundred-and-second); 4,000 "over" and the
  year stay.
- Statistics (hundred-eighth, three-hundred-and-second): „um 11,4 Prozent gegenüber dem
  Vorjahresmonat“, „2.187 Anträge ..., ein Plus von 9,2 Prozent zum Vorjahresmonat“, „rund
  5,3 Milliarden Euro; ein Jahr davor waren es 3,1 Milliarden Euro“ („ein Jahr davor“ none),
  „Auf je 10.000 Unternehmen kamen im Juni rechnerisch 5,8 Insolvenzanträge“ two counts (a
  rate per head, twenty-ninth), „knapp 16.000 Jobs“, „um gut ein Drittel über dem Mittel der
  Vor-Corona-Jahre 2016 bis 2019“ 0.3333 "over" and both years, "rose 7 per cent ..., to
  2,214", "1,611 ..., 402 ... and 176", "over the 12 months to September, at 17 per cent" 12
  months and 17, "Roughly one in 250 active companies" 0.004 "about"
  (three-hundred-and-second: "about one in 200" 0.005); "the largest share" none.
- Other figures: results and share moves as written („um 31 Prozent auf 37,80 Euro“, "jumped
  24.6% to $46.10", „um 14,2 Prozent auf 71,35 Fr.“ CHF - „Fr.“ after the figure,
  four-hundred-and-fifty-fourth -, "closed up 17.3% at 498p", „um 8,9 Prozent auf 51,20
  Euro“, "rose 2.8%", "Sales fell 14 per cent to £486m", „einen Umsatzeinbruch von 18
  Prozent“, „um 23 Prozent“, „um 38 Prozent“, „um fast 40 Prozent“ "nearly", "by almost 30
  per cent" "nearly", „214 Mio. Euro“, „einem Umsatz von rund 4,6 Mrd Fr.“), staff ("roughly
  9,400 employees", "about 3,100 people", "about 70,000 people", "roughly 3,000 roles",
  „rund 21.000 Menschen, davon knapp 8.700“, „1.320 Mitarbeiter, davon rund 1.100“, „1.240
  Dienstnehmer an 23 Standorten“, „310 Mitarbeitende“, „Rund 120 Mitarbeitende“, „rund 90
  Beschäftigte“, „Rund 900 Beschäftigte“, „mit 1.180 Beschäftigten“, „rund 1.050“, "1,140
  workers", "780 jobs", "about 2,300 jobs ... its 94 stores", "640 houses", "About 240 of
  the unfinished homes", "about 5,200 jobs", "about 1,100 jobs", "around 1,200 roles",
  "within four weeks"); "about a third of those in Ohio" 0.3333 "about"; "up to $300,000 per
  claim" AUD "up_to" ("per claim" none); "The deal is worth £27.5m".
- Years and dates: Reuters and AAP datelines with a day are dates without a year ("NEW YORK,
  Sept 9 (Reuters)", "HOUSTON, Sept 22", "LONDON, Oct 2", "TORONTO, Oct 7", "WASHINGTON, Oct
  16", "SAN FRANCISCO, Oct 21", "LONDON, Oct 27", "TORONTO, Oct 30", "WILMINGTON, Del., Nov
  10" with the state between, "MELBOURNE, Sept 29 (AAP)", "PERTH, Nov 4 (AAP)";
  hundred-eighth, hundred-eighty-sixth, four-hundred-and-eighty-first); dpa-AFX ("NÜRNBERG
  (dpa-AFX) -", "MÜNCHEN (dpa-AFX) -"), dpa, dpa/lnw, Reuters German, APA, Keystone-SDA,
  awp, AP ("MANSFIELD, Ohio (AP) —") and PA datelines none (seventy-ninth). Dates in the
  text without a year („am 17. Oktober“ after the Swiss „bis am“, „für den 2. Oktober“, the
  court dates above, "on Aug. 28", "on Sept. 30"). Years: „seit dem Frühjahr 2030“, „bis
  Ende 2032“, „bis Ende 2033“, „bis Ende 2034“, „bis 2034“, „ab 2034“, „Ein 2028
  geschlossener Zukunftstarifvertrag“, „bis Ende 2031“, "founded in 1987", "in 2019", "which
  opened in 1956", "in January 2030", "until 2033", "the 2034 financial year", "since 2022"
  and the others as written. Months alone, seasons and weekdays („bis Mitte Oktober“, „bis
  Ende Januar“, „per Ende Jänner“ - tenth: „Jänner“ -, „seit Juni“, „im Frühjahr“, „im
  August“, „heuer bis September“, „seit Jahresbeginn“, „am Sonntagabend“, "by the end of
  January", "since July", "in February", "in July", "at the end of July", "through the end
  of December", "before February", "in the year to the end of February", "in the current
  quarter", "last week", "mostly in the current quarter"), „im abgelaufenen Geschäftsjahr“
  and „zu Jahresbeginn“ carry none.
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "around",
  "roughly", "Roughly" "about"; „knapp“, „fast“, "almost" "nearly"; „gut“, „mehr als“, "more
  than" "over"; „bis zu“, "up to" "up_to"; „mindestens“, „ab“ before an age, "at least"
  "at_least"; „höchstens“ "at_most". No hedge: „bereits“, „nur“, „ursprünglich“,
  „insgesamt“, „davon“, „jährlich“, „statt“, „um“ before a difference or a price, „über“ and
  „unter“ after a figure, „über“ before a span and governed by a noun, „binnen“, "only", "or
  more" after a figure, "within", "over" before a span, "between ... and", "to" in a range.
- Speakers, checked only in forms the earlier batches settled. German: the name with the
  title dropped („Betriebsratschefin Sevgi Arslan-Kroll sagte“, „sagte Konzernchefin Annina
  Rüegsegger-Lutz an einer Medienkonferenz“ with the occasion dropped -
  four-hundred-and-fifty-fourth: „an einer Telefonkonferenz“ -, „Vorstandschef Dirk
  Hallmeier-Stenz sagte“, „Jurafels-Präsident Urs Wyssbrod-Kälin sagte“,
  „IWH-Insolvenzforscher Lorenz Brettschneider-Yilmaz sagte“ - three-hundred-and-second:
  „IWH-Insolvenzforscherin Mareike Steinbrecher sagte“ -, „Geschäftsführer Herwig
  Lindmayr-Pölzl sagte“, „Sauerthal-Vorstandschefin Katrin Uhlenbruck-Sahin sagte“,
  „Rhenavia-Chef Matthias Zeilhofer-Brink sagte“, „sagte Insolvenzverwalter Frederik
  Dahlhaus-Meyer am Dienstag in Essen“ with weekday and place dropped, „sagte
  Verwaltungsratspräsident Laurent Vuilleret-Hofer“, „Insolvenzverwalterin Henrike
  Sönnichsen-Pahl sagte“, „Geschäftsführerin Theresia Gruber-Maierhofer sagte“,
  „Gesamtbetriebsratschefin Miriam Okafor-Lenz sagte“, „Masseverwalterin Gudrun
  Haslinger-Eder sagte“; hundred-eighth, two-hundred-and-twenty-fourth,
  three-hundred-and-second), „Haslinger-Eder sagte, ...“ as written
  (two-hundred-and-twenty-fourth: „Grauert sagte“), „teilte das Unternehmen am Donnerstag
  mit“ -> "das Unternehmen", „teilte der Konzern am Donnerstag mit“ -> "der Konzern",
  „teilte das Statistische Bundesamt am Mittwoch mit“ -> "das Statistische Bundesamt"
  (hundred-eighth, two-hundred-and-twenty-fourth, three-hundred-and-second), „teilte Isartec
  am Montag mit“ -> "Isartec" (hundred-eighty-sixth: „teilte Tauernland am Freitag mit“).
  English: the name with the office dropped ("Chief Executive Marisol Quintero-Blake said",
  "Joint administrator Oonagh Pemberton-Reid said", "Union local president Darlene
  Kowalczyk-Ames said", "Joint administrator Bronwyn Achterberg-Lowe said", "Northvale Chief
  Executive Geneviève Tremblay-Okafor said", "Community national officer Gareth
  Llewellyn-Price said", "Chief Financial Officer Priya Ramanathan-Hale said", "Judge
  Harriet Okonjo-Frey said", "Pelling & Cole chief executive Nathan Okereke-Wilde said";
  two-hundred-and-twenty-fourth, three-hundred-and-second), "Kestrel Ridge managing director
  Callum Pryor-Ngata told reporters" (two-hundred-and-twenty-fourth: "told reporters") and
  "Chair Imogen Ashcroft-Vale told Reuters" the name (the audience dropped,
  four-hundred-and-thirty-first, four-hundred-and-seventy-third: „sagte der dpa“),
  "Falkenrath-Ochoa said" as written, "the company said Tuesday" -> "the company", "The
  companies said ..." opening the row -> "the companies" (hundred-eighty-sixth), "the
  Insolvency Service said" -> "the Insolvency Service" (three-hundred-and-second), "the FTC
  said in its complaint" -> "the FTC" (hundred-eighty-sixth: "The Fed said in its order").
  Left unchecked (None): all negatives, also those with a named speaker; compounds („nach
  AKV-Angaben“, „Nach Verdi-Angaben“; three-hundred-and-seventy-first,
  four-hundred-and-twentieth); „teilte der KSV1870 mit“ (three-hundred-and-second); „hieß es
  vom Gesamtbetriebsrat“ (two-hundred-and-twenty-fourth); „Nach Angaben des Betriebsrats“ (a
  masculine genitive, four-hundred-and-fifty-first) and „Laut Betriebsrat“ (a body named
  only by its role; four-hundred-and-fifty-first: roles unchecked); „laut den Amtsgerichten“
  and „wie die beiden Firmen ... mitteilten“ (plural groups, hundred-eighty-sixth,
  four-hundred-and-twentieth); „gemäss dem vom Gericht eingesetzten Sachwalter“
  (four-hundred-and-fourth: „gemäss“ left open); „wie eine AMS-Sprecherin auf APA-Anfrage
  bestätigte“ (a role; "bestätigte" not of saying, hundred-eighty-sixth); „Das
  Leibniz-Institut ... errechnete“ and „beziffern die Unternehmen“ (verbs of calculating and
  estimating, four-hundred-and-seventy-third); „wie aus einer Pflichtmitteilung hervorgeht“
  (a document); „kündigte ... an“, „verpflichtet sich“, "has pledged", "blamed",
  "announced", "expect" (verbs not of saying; hundred-eighty-sixth,
  two-hundred-and-twenty-fourth); "the administrators said", "according to the
  administrators" and "Administrators from Sellick Hume ... said" (hundred-eighth,
  three-hundred-and-second), "the business department said" and "a lawyer for the unsecured
  creditors' committee said" (roles), "The Community union said" (a name joined to a
  description, two-hundred-and-twenty-fourth), "Brackenfield, which is owned by ..., said"
  (a description between, two-hundred-and-thirty-third), "It said" (a pronoun), "Richard
  Fenwick-Osei, a partner at accountants Moorgate Lisle, said" (as the
  four-hundred-and-seventy-second left "Todd Harrigan, a budget analyst at ..., said" and
  the four-hundred-and-thirteenth "Rowena Stackpole, a statistician at the ONS, said"),
  every "according to" (a regulatory filing, its latest accounts, court papers, Usdaw, its
  annual filing, a source close to the bidder; two-hundred-and-fourth,
  four-hundred-and-twentieth), documents and data ("the memo said", "an internal memo seen
  by Reuters showed", "a WARN Act notice ... shows", "official figures show"), and rows
  without attribution. As the three-hundredth and three-hundred-and-second batches did, and
  to keep the checked speakers near 35, this batch also leaves unchecked a form it could
  have checked: the second row of a speaker („..., sagte Dahlhaus-Meyer.“).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_483 = [
    # --- Finanzinvestor bietet für Antriebshersteller Kaltenbrunn (dpa-AFX), 8. September ---
    (
        "de",
        "NÜRNBERG (dpa-AFX) - Der Finanzinvestor Halvard Capital will den fränkischen Antriebshersteller Kaltenbrunn übernehmen und bietet den Aktionären 38,50 Euro je Aktie in bar.",
        True,
        [("money", 38.5, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Offerte liegt 34 Prozent über dem Schlusskurs vom Freitag und 41 Prozent über dem volumengewichteten Durchschnittskurs der vergangenen drei Monate.",
        True,
        [("percent", 34, "%", None), ("percent", 41, "%", None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "de",
        "Einschließlich der Schulden bewertet das Angebot Kaltenbrunn mit rund 2,9 Milliarden Euro.",
        True,
        [("money", 2900000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Halvard hat sich bereits 27,4 Prozent der Anteile von der Gründerfamilie gesichert und setzt eine Mindestannahmeschwelle von 50 Prozent plus eine Aktie.",
        True,
        [("percent", 27.4, "%", None), ("percent", 50, "%", None), ("count", 1, None, None)],
        None,
    ),
    (
        "de",
        "Nach Billigung der Angebotsunterlage durch die Bafin können die Aktionäre das Angebot vier Wochen lang annehmen.",
        True,
        [("duration", 4, "week", None)],
        None,
    ),
    (
        "de",
        "In einer Investorenvereinbarung verpflichtet sich Halvard, die fünf deutschen Standorte bis Ende 2034 zu erhalten und auf betriebsbedingte Kündigungen zu verzichten.",
        True,
        [("count", 5, None, None), ("year", 2034, None, None)],
        None,
    ),
    (
        "de",
        "Betriebsratschefin Sevgi Arslan-Kroll sagte, die Belegschaft sei über die Gespräche erst am Sonntagabend informiert worden.",
        True,
        [],
        "Sevgi Arslan-Kroll",
    ),
    ("de", "Die IG Metall nannte den Einstieg des Finanzinvestors „ein Spiel mit dem Feuer“.", False, [], None),
    (
        "de",
        "„Kaltenbrunn ist ein Juwel, und wir wollen es polieren, nicht zerlegen“, sagte ein Halvard-Partner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Kaltenbrunn-Aktie sprang im Xetra-Handel um 31 Prozent auf 37,80 Euro.",
        True,
        [("percent", 31, "%", None), ("money", 37.8, "EUR", None)],
        None,
    ),
    # --- Take-private of Tennant Hollis (Reuters), Sept 9 ---
    (
        "en",
        "NEW YORK, Sept 9 (Reuters) - Private equity firm Brightmoor Capital agreed on Tuesday to buy medical-device maker Tennant Hollis for $47.25 per share in cash, valuing the company at about $6.8 billion including debt.",
        True,
        [("date", "--09-09", None, None), ("money", 47.25, "USD", None), ("money", 6800000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "The price represents a premium of 31% to Tennant Hollis' unaffected closing price on Aug. 28, the day before Reuters first reported the talks.",
        True,
        [("percent", 31, "%", None), ("date", "--08-28", None, None)],
        None,
    ),
    (
        "en",
        "The deal includes a 35-day go-shop period, during which Tennant Hollis can solicit rival offers.",
        True,
        [("duration", 35, "day", None)],
        None,
    ),
    (
        "en",
        "Tennant Hollis would owe a termination fee of $204 million if it accepted a superior proposal, according to a regulatory filing.",
        True,
        [("money", 204000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The companies expect the transaction to close in the first quarter of 2032, subject to shareholder and regulatory approvals.",
        True,
        [("ordinal", 1, None, None), ("year", 2032, None, None)],
        None,
    ),
    (
        "en",
        "Chief Executive Marisol Quintero-Blake said the company would remain based in Minneapolis and keep its roughly 9,400 employees.",
        True,
        [("count", 9400, None, "about")],
        "Marisol Quintero-Blake",
    ),
    (
        "en",
        '"Brightmoor shares our conviction that this business can do even more good for patients," Quintero-Blake said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Some analysts said the price looked light given the strength of the company's product pipeline.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Tennant Hollis shares jumped 24.6% to $46.10 in morning trading.",
        True,
        [("percent", 24.6, "%", None), ("money", 46.1, "USD", None)],
        None,
    ),
    # --- Möbelkette Wohnwerk Pramtaler insolvent (APA), 10. September ---
    (
        "de",
        "Linz (APA) - Die oberösterreichische Möbelhandelskette Wohnwerk Pramtaler hat am Landesgericht Linz ein Sanierungsverfahren ohne Eigenverwaltung beantragt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Passiva belaufen sich nach AKV-Angaben auf rund 148 Mio. Euro, betroffen sind 1.240 Dienstnehmer an 23 Standorten.",
        True,
        [("money", 148000000, "EUR", "about"), ("count", 1240, None, None), ("count", 23, None, None)],
        None,
    ),
    (
        "de",
        "Rund 410 Gläubiger sind von der Pleite betroffen, teilte der KSV1870 mit.",
        True,
        [("count", 410, None, "about")],
        None,
    ),
    (
        "de",
        "Als Ursachen nannte das Unternehmen die Kaufzurückhaltung seit dem Frühjahr 2030, gestiegene Mieten und einen Umsatzeinbruch von 18 Prozent im abgelaufenen Geschäftsjahr.",
        True,
        [("year", 2030, None, None), ("percent", 18, "%", None)],
        None,
    ),
    (
        "de",
        "Angeboten wird eine Sanierungsplanquote von 20 Prozent, die in vier Raten über zwei Jahre verteilt gezahlt werden soll.",
        True,
        [("percent", 20, "%", None), ("count", 4, None, None), ("duration", 2, "year", None)],
        None,
    ),
    ("de", "Zur Masseverwalterin wurde die Welser Anwältin Gudrun Haslinger-Eder bestellt.", True, [], None),
    (
        "de",
        "Haslinger-Eder sagte, der Betrieb in allen Filialen laufe vorerst weiter, über die Schließung von bis zu sieben Häusern werde bis Mitte Oktober entschieden.",
        True,
        [("count", 7, None, "up_to")],
        "Haslinger-Eder",
    ),
    (
        "de",
        "Über den Sanierungsplan sollen die Gläubiger am 26. November abstimmen, die Prüfungstagsatzung findet am 12. November statt.",
        True,
        [("date", "--11-26", None, None), ("date", "--11-12", None, None)],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft GPA sprach von einem „bitteren Tag für die Beschäftigten im Innviertel“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Wir haben bis zuletzt um jeden Standort gekämpft“, sagte Geschäftsführer Rupert Aigner-Stadlmayr.",
        False,
        [],
        None,
    ),
    # --- Harrowgate Home in administration (PA), Sept 11 ---
    (
        "en",
        "LONDON (PA) - Homeware retailer Harrowgate Home has fallen into administration, putting about 2,300 jobs at risk across its 94 stores.",
        True,
        [("count", 2300, None, "about"), ("count", 94, None, None)],
        None,
    ),
    (
        "en",
        "Insolvency specialists at Brackley Thorne were appointed joint administrators on Wednesday after a rescue deal with the chain's lenders collapsed.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The chain owes about £212m, including £31m to landlords and £18.5m to HM Revenue and Customs, the administrators said.",
        True,
        [("money", 212000000, "GBP", "about"), ("money", 31000000, "GBP", None), ("money", 18500000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Joint administrator Oonagh Pemberton-Reid said all stores would keep trading for at least six weeks while a buyer was sought.",
        True,
        [("duration", 6, "week", "at_least")],
        "Oonagh Pemberton-Reid",
    ),
    (
        "en",
        "Harrowgate, founded in 1987 in Leeds, was bought by private equity firm Calloway Street in 2019.",
        True,
        [("year", 1987, None, None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "Sales fell 14 per cent to £486m in the year to the end of February, according to its latest accounts.",
        True,
        [("percent", 14, "%", None), ("money", 486000000, "GBP", None)],
        None,
    ),
    (
        "en",
        '"Today is a sad moment for a brand that shoppers have trusted for generations," said Pemberton-Reid.',
        False,
        [],
        None,
    ),
    ("en", "The shopworkers' union Usdaw called on the administrators to treat staff with dignity.", False, [], None),
    (
        "en",
        "Staff were told about the appointment by email shortly before it was made public, according to Usdaw.",
        True,
        [],
        None,
    ),
    # --- Bodmer & Stäheli baut Stellen ab (Keystone-SDA), 15. September ---
    (
        "de",
        "Frauenfeld (Keystone-SDA) - Der Thurgauer Maschinenbauer Bodmer & Stäheli streicht hierzulande bis zu 480 seiner 2'150 Stellen.",
        True,
        [("count", 480, None, "up_to"), ("count", 2150, None, None)],
        None,
    ),
    (
        "de",
        "Das Werk in Sirnach mit 190 Mitarbeitenden wird bis Ende 2032 geschlossen, die Montage nach Polen verlagert.",
        True,
        [("count", 190, None, None), ("year", 2032, None, None)],
        None,
    ),
    (
        "de",
        "Das gesetzlich vorgeschriebene Konsultationsverfahren mit der Personalvertretung läuft bis am 17. Oktober.",
        True,
        [("date", "--10-17", None, None)],
        None,
    ),
    (
        "de",
        "Der Bestellungseingang sei in den ersten acht Monaten um 23 Prozent eingebrochen, sagte Konzernchefin Annina Rüegsegger-Lutz an einer Medienkonferenz.",
        True,
        [("ordinal", 1, None, None), ("duration", 8, "month", None), ("percent", 23, "%", None)],
        "Annina Rüegsegger-Lutz",
    ),
    (
        "de",
        "Der Sozialplan sieht Abfindungen von bis zu zwölf Monatslöhnen und Frühpensionierungen ab 60 Jahren vor.",
        True,
        [("count", 12, None, "up_to"), ("duration", 60, "year", "at_least")],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft fordert, dass bis Ende 2032 niemand entlassen wird und jede betroffene Person mindestens acht Monatslöhne erhält.",
        True,
        [("year", 2032, None, None), ("count", 8, None, "at_least")],
        None,
    ),
    ("de", "«Wir bedauern diesen Schritt zutiefst», sagte Rüegsegger-Lutz.", False, [], None),
    (
        "de",
        "Unia sprach von einem «Kahlschlag mit Ansage» und einem Affront gegenüber der Belegschaft.",
        False,
        [],
        None,
    ),
    # --- Westray closes Ohio plant (AP), Sept 16 ---
    (
        "en",
        "MANSFIELD, Ohio (AP) — Appliance maker Westray Home Products will lay off 1,140 workers and close its dishwasher plant in Mansfield by the end of January, the company said Tuesday.",
        True,
        [("count", 1140, None, None)],
        "the company",
    ),
    (
        "en",
        "Job losses start on Nov. 17, a WARN Act notice filed with Ohio officials shows.",
        True,
        [("date", "--11-17", None, None)],
        None,
    ),
    (
        "en",
        "The law generally requires employers with 100 or more workers to give 60 days' notice of a plant closing.",
        True,
        [("count", 100, None, None), ("duration", 60, "day", None)],
        None,
    ),
    (
        "en",
        "Westray plans to move production to an existing plant in Monterrey, Mexico, where labor costs are about a third of those in Ohio.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "en",
        "The plant, which opened in 1956, once employed more than 4,000 people.",
        True,
        [("year", 1956, None, None), ("count", 4000, None, "over")],
        None,
    ),
    (
        "en",
        "Union local president Darlene Kowalczyk-Ames said the company had rejected a proposal to cut labor costs by $38 million over three years.",
        True,
        [("money", 38000000, "USD", None), ("duration", 3, "year", None)],
        "Darlene Kowalczyk-Ames",
    ),
    ("en", '"These are people who gave this company their whole lives," Kowalczyk-Ames said.', False, [], None),
    (
        "en",
        "Ohio's governor promised that the state would help laid-off workers retrain and find new work.",
        False,
        [],
        None,
    ),
    # --- Autozulieferer Mainfeld streicht Stellen (dpa), 18. September ---
    (
        "de",
        "Schweinfurt (dpa) - Der Autozulieferer Mainfeld Komponenten streicht bis Ende 2033 in Deutschland rund 3.200 Stellen und schließt zwei Werke.",
        True,
        [("year", 2033, None, None), ("count", 3200, None, "about"), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Betroffen sind die Standorte in Bamberg mit 740 und in Hof mit 410 Beschäftigten, teilte das Unternehmen am Donnerstag mit.",
        True,
        [("count", 740, None, None), ("count", 410, None, None)],
        "das Unternehmen",
    ),
    (
        "de",
        "Vorstandschef Dirk Hallmeier-Stenz sagte, der Umsatz mit Teilen für Verbrennungsmotoren werde bis 2034 um fast 40 Prozent schrumpfen.",
        True,
        [("year", 2034, None, None), ("percent", 40, "%", "nearly")],
        "Dirk Hallmeier-Stenz",
    ),
    (
        "de",
        "Das Sparprogramm soll die Kosten ab 2034 um jährlich 480 Millionen Euro senken.",
        True,
        [("year", 2034, None, None), ("money", 480000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Betriebsrat kritisierte, das Management habe die Pläne zuerst den Analysten und erst danach der Belegschaft vorgestellt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ein 2028 geschlossener Zukunftstarifvertrag schließe betriebsbedingte Kündigungen bis Ende 2031 aus, hieß es vom Gesamtbetriebsrat.",
        True,
        [("year", 2028, None, None), ("year", 2031, None, None)],
        None,
    ),
    (
        "de",
        "Die IG Metall kündigte für den 2. Oktober eine Kundgebung vor der Zentrale an.",
        True,
        [("date", "--10-02", None, None)],
        None,
    ),
    ("de", "„Wir lassen uns nicht in Raten abwickeln“, sagte eine IG-Metall-Sprecherin.", False, [], None),
    (
        "de",
        "Der bayerische Wirtschaftsminister nannte die Entscheidung „ein fatales Signal für Franken“.",
        False,
        [],
        None,
    ),
    # --- Calder Ridge files for Chapter 11 (Reuters), Sept 22 ---
    (
        "en",
        "HOUSTON, Sept 22 (Reuters) - Offshore drilling contractor Calder Ridge Energy Services filed for Chapter 11 bankruptcy protection on Monday, with its petition putting both assets and liabilities in the $1 billion to $10 billion range.",
        True,
        [("date", "--09-22", None, None), ("money", 1000000000, "USD", None), ("money", 10000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "According to court papers, the company has reached a restructuring support agreement with holders of about 72% of its secured notes that would cut roughly $1.9 billion of debt.",
        True,
        [("percent", 72, "%", "about"), ("money", 1900000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "It has secured $425 million in debtor-in-possession financing to keep operating during the case.",
        True,
        [("money", 425000000, "USD", None)],
        None,
    ),
    (
        "en",
        "At a first-day hearing on Tuesday, U.S. Bankruptcy Judge Renata Falkenrath-Ochoa gave interim approval for the company to draw $150 million of the loan.",
        True,
        [("ordinal", 1, None, None), ("money", 150000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Falkenrath-Ochoa said she would consider final approval at a hearing on Oct. 20.",
        True,
        [("date", "--10-20", None, None)],
        "Falkenrath-Ochoa",
    ),
    (
        "en",
        "Calder Ridge, which operates 14 rigs in the Gulf of Mexico and off West Africa, employs about 3,100 people.",
        True,
        [("count", 14, None, None), ("count", 3100, None, "about")],
        None,
    ),
    (
        "en",
        "Under the plan, unsecured creditors would recover about 9 cents on the dollar.",
        True,
        [("money", 0.09, "USD", "about")],
        None,
    ),
    (
        "en",
        'Chief Executive Grant Ellsworth-Tate said the company would come out of the process "leaner and ready for the next cycle."',
        False,
        [],
        None,
    ),
    ("en", "Bondholders outside the agreement said they were weighing their options.", False, [], None),
    # --- Jurafels und Lorzag fusionieren (awp), 24. September ---
    (
        "de",
        "Zürich (awp) - Der Baustoffkonzern Jurafels und der Dämmstoffhersteller Lorzag wollen fusionieren und einen Konzern mit einem Umsatz von rund 4,6 Mrd Fr. bilden.",
        True,
        [("money", 4600000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Die Lorzag-Aktionäre sollen für jede Aktie 0,84 neue Jurafels-Titel bekommen; gemessen am Mittel der letzten 60 Handelstage entspricht das einer Prämie von 19 Prozent.",
        True,
        [("count", 0.84, None, None), ("count", 60, None, None), ("percent", 19, "%", None)],
        None,
    ),
    (
        "de",
        "Die Jurafels-Aktionäre halten am neuen Unternehmen künftig 58 Prozent, die Lorzag-Aktionäre 42 Prozent.",
        True,
        [("percent", 58, "%", None), ("percent", 42, "%", None)],
        None,
    ),
    (
        "de",
        "Die Synergien beziffern die Unternehmen auf 130 Mio Fr. jährlich ab 2034.",
        True,
        [("money", 130000000, "CHF", None), ("year", 2034, None, None)],
        None,
    ),
    (
        "de",
        "Dabei sollen weltweit rund 650 Stellen wegfallen, davon rund 140 in der Schweiz, wie die beiden Firmen an einer Medienkonferenz in Zürich mitteilten.",
        True,
        [("count", 650, None, "about"), ("count", 140, None, "about")],
        None,
    ),
    (
        "de",
        "Jurafels-Präsident Urs Wyssbrod-Kälin sagte, die Transaktion solle im zweiten Halbjahr 2032 abgeschlossen werden.",
        True,
        [("ordinal", 2, None, None), ("year", 2032, None, None)],
        "Urs Wyssbrod-Kälin",
    ),
    (
        "de",
        "«Zusammen sind wir stärker, als es jeder für sich je sein könnte», sagte Lorzag-Chefin Bettina Zwyssig-Amrein.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Lorzag-Aktie stieg an der SIX um 14,2 Prozent auf 71,35 Fr.",
        True,
        [("percent", 14.2, "%", None), ("money", 71.35, "CHF", None)],
        None,
    ),
    # --- Granton Homes enters voluntary administration (AAP), Sept 29 ---
    (
        "en",
        "MELBOURNE, Sept 29 (AAP) - Victorian home builder Granton Homes has entered voluntary administration, leaving 640 houses unfinished and about 1,900 subcontractors and suppliers owed money.",
        True,
        [("date", "--09-29", None, None), ("count", 640, None, None), ("count", 1900, None, "about")],
        None,
    ),
    (
        "en",
        "Administrators from Sellick Hume were appointed on Monday and said the company owed creditors about $96 million.",
        True,
        [("money", 96000000, "AUD", "about")],
        None,
    ),
    (
        "en",
        "Joint administrator Bronwyn Achterberg-Lowe said the builder had signed fixed-price contracts before construction costs rose by almost 30 per cent.",
        True,
        [("percent", 30, "%", "nearly")],
        "Bronwyn Achterberg-Lowe",
    ),
    (
        "en",
        "A first creditors' meeting is scheduled for Oct. 9, and a second meeting must follow within 25 business days of the appointment.",
        True,
        [
            ("ordinal", 1, None, None),
            ("date", "--10-09", None, None),
            ("ordinal", 2, None, None),
            ("duration", 25, "day", None),
        ],
        None,
    ),
    (
        "en",
        "About 240 of the unfinished homes are covered by the state's domestic building insurance scheme, which pays up to $300,000 per claim.",
        True,
        [("count", 240, None, "about"), ("money", 300000, "AUD", "up_to")],
        None,
    ),
    (
        "en",
        "Granton employed 310 staff, 260 of whom were stood down on Monday.",
        True,
        [("count", 310, None, None), ("count", 260, None, None)],
        None,
    ),
    (
        "en",
        '"Families have been left in limbo, and that is simply unacceptable," the state\'s housing minister said.',
        False,
        [],
        None,
    ),
    ("en", "Some subcontractors said they feared they would never see their money.", False, [], None),
    # --- Firmenpleiten in Deutschland (dpa), 1. Oktober ---
    (
        "de",
        "Wiesbaden (dpa) - Die Zahl der beantragten Regelinsolvenzen ist im September nach vorläufigen Angaben um 11,4 Prozent gegenüber dem Vorjahresmonat gestiegen.",
        True,
        [("percent", 11.4, "%", None)],
        None,
    ),
    (
        "de",
        "Im Juni gingen bei den Amtsgerichten 2.187 Anträge auf Unternehmensinsolvenz ein, ein Plus von 9,2 Prozent zum Vorjahresmonat, teilte das Statistische Bundesamt am Mittwoch mit.",
        True,
        [("count", 2187, None, None), ("percent", 9.2, "%", None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Die offenen Forderungen summierten sich laut den Amtsgerichten auf rund 5,3 Milliarden Euro; ein Jahr davor waren es 3,1 Milliarden Euro gewesen.",
        True,
        [("money", 5300000000, "EUR", "about"), ("money", 3100000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Auf je 10.000 Unternehmen kamen im Juni rechnerisch 5,8 Insolvenzanträge.",
        True,
        [("count", 10000, None, None), ("count", 5.8, None, None)],
        None,
    ),
    (
        "de",
        "Das Leibniz-Institut für Wirtschaftsforschung Halle (IWH) errechnete, dass in den im August insolvent gewordenen Firmen knapp 16.000 Jobs betroffen waren.",
        True,
        [("count", 16000, None, "nearly")],
        None,
    ),
    (
        "de",
        "IWH-Insolvenzforscher Lorenz Brettschneider-Yilmaz sagte, die Zahl liege um gut ein Drittel über dem Mittel der Vor-Corona-Jahre 2016 bis 2019.",
        True,
        [("fraction", 0.3333, None, "over"), ("year", 2016, None, None), ("year", 2019, None, None)],
        "Lorenz Brettschneider-Yilmaz",
    ),
    ("de", "Ökonomen erwarten erst für das kommende Frühjahr eine Trendwende.", False, [], None),
    ("de", "„Die Welle hat den Mittelstand mit voller Wucht erreicht“, sagte Brettschneider-Yilmaz.", False, [], None),
    # --- Farrowdale rejects Kessington approach (Reuters), Oct 2 ---
    (
        "en",
        "LONDON, Oct 2 (Reuters) - British engineering group Farrowdale rejected a 520 pence-per-share takeover proposal from U.S. rival Kessington Industries on Thursday, saying it significantly undervalued the company.",
        True,
        [("date", "--10-02", None, None), ("money", 5.2, "GBP", None)],
        None,
    ),
    (
        "en",
        "The cash-and-shares proposal values Farrowdale at about 2.4 billion pounds, a premium of 42% to its closing price on Sept. 30.",
        True,
        [("money", 2400000000, "GBP", "about"), ("percent", 42, "%", None), ("date", "--09-30", None, None)],
        None,
    ),
    (
        "en",
        "Kessington, which already holds a 6.1% stake, has until 5 p.m. on Oct. 30 to announce a firm intention to make an offer or walk away under Britain's takeover rules.",
        True,
        [("percent", 6.1, "%", None), ("date", "--10-30", None, None)],
        None,
    ),
    (
        "en",
        "It said it had rejected three earlier approaches since July, the most recent at 465 pence.",
        True,
        [("count", 3, None, None), ("money", 4.65, "GBP", None)],
        None,
    ),
    (
        "en",
        "Chair Imogen Ashcroft-Vale told Reuters the board would only engage with a proposal that reflected the value of its defence order book, which stands at a record 3.7 billion pounds.",
        True,
        [("money", 3700000000, "GBP", None)],
        "Imogen Ashcroft-Vale",
    ),
    (
        "en",
        "Kessington has the backing of holders of about 19% of Farrowdale's shares, according to a source close to the bidder.",
        True,
        [("percent", 19, "%", "about")],
        None,
    ),
    ("en", "Some investors said they expected Kessington to come back with a sweeter offer.", False, [], None),
    (
        "en",
        '"Our shareholders deserve better than an opportunistic approach at the bottom of the cycle," Ashcroft-Vale said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Farrowdale shares closed up 17.3% at 498p.",
        True,
        [("percent", 17.3, "%", None), ("money", 4.98, "GBP", None)],
        None,
    ),
    # --- Kündigungen beim Lkw-Zulieferer Ennswerk (APA), 6. Oktober ---
    (
        "de",
        "Steyr (APA) - Der Lkw-Zulieferer Ennswerk Fahrzeugtechnik hat 260 Dienstnehmer beim AMS zur Kündigung angemeldet.",
        True,
        [("count", 260, None, None)],
        None,
    ),
    (
        "de",
        "Das geht aus dem Frühwarnsystem des Arbeitsmarktservice hervor, wie eine AMS-Sprecherin auf APA-Anfrage bestätigte.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Insgesamt beschäftigt das Unternehmen am Standort rund 1.050 Mitarbeiterinnen und Mitarbeiter, um 180 weniger als zu Jahresbeginn.",
        True,
        [("count", 1050, None, "about"), ("count", 180, None, None)],
        None,
    ),
    (
        "de",
        "Geschäftsführer Herwig Lindmayr-Pölzl sagte, die Abrufe der Lkw-Hersteller lägen um ein Viertel unter dem Plan.",
        True,
        [("fraction", 0.25, None, None)],
        "Herwig Lindmayr-Pölzl",
    ),
    (
        "de",
        "Das Land Oberösterreich stellt für eine Arbeitsstiftung, die gemeinsam mit dem AMS eingerichtet wird, 3,6 Mio. Euro bereit.",
        True,
        [("money", 3600000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Betriebsrats haben rund 90 Beschäftigte bereits eine einvernehmliche Auflösung ihres Dienstverhältnisses per Ende Jänner unterschrieben.",
        True,
        [("count", 90, None, "about")],
        None,
    ),
    ("de", "Die PRO-GE warf der Konzernmutter vor, den Standort „ausbluten zu lassen“.", False, [], None),
    (
        "de",
        "Der Wirtschaftslandesrat zeigte sich zuversichtlich, dass viele Betroffene rasch wieder Arbeit finden.",
        False,
        [],
        None,
    ),
    # --- Harlan Foods to buy Northvale (Reuters), Oct 7 ---
    (
        "en",
        "TORONTO, Oct 7 (Reuters) - U.S. grocery distributor Harlan Foods agreed on Tuesday to buy Canadian rival Northvale Provisions for C$38.75 per share in cash, valuing the company at about C$4.1 billion ($2.98 billion).",
        True,
        [
            ("date", "--10-07", None, None),
            ("money", 38.75, "CAD", None),
            ("money", 4100000000, "CAD", "about"),
            ("money", 2980000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "The price is 29% above Northvale's 30-day volume-weighted average on the Toronto Stock Exchange.",
        True,
        [("percent", 29, "%", None), ("duration", 30, "day", None)],
        None,
    ),
    (
        "en",
        "The deal needs the backing of two-thirds of the votes cast by Northvale shareholders at a meeting expected in December.",
        True,
        [("fraction", 0.6667, None, None)],
        None,
    ),
    (
        "en",
        "It is also subject to a net benefit review under the Investment Canada Act and clearance from the Competition Bureau.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Harlan has pledged to keep Northvale's head office in Mississauga, Ontario, for at least five years and to maintain its 11 distribution centres.",
        True,
        [("duration", 5, "year", "at_least"), ("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "Northvale Chief Executive Geneviève Tremblay-Okafor said the board had unanimously recommended the offer.",
        True,
        [],
        "Geneviève Tremblay-Okafor",
    ),
    (
        "en",
        'A spokesperson for Canada\'s industry minister said the government would examine the deal "very carefully."',
        False,
        [],
        None,
    ),
    (
        "en",
        '"This is a good day for our shareholders, our employees and the farmers we buy from," Tremblay-Okafor said.',
        False,
        [],
        None,
    ),
    # --- Rhenavia bessert Angebot für Sauerthal nach (Reuters), 9. Oktober ---
    (
        "de",
        "Frankfurt (Reuters) - Der Chemiekonzern Rhenavia bessert sein feindliches Übernahmeangebot für den Konkurrenten Sauerthal Spezialchemie nach und bietet nun 52 Euro statt 46 Euro je Aktie.",
        True,
        [("money", 52, "EUR", None), ("money", 46, "EUR", None)],
        None,
    ),
    (
        "de",
        "Zugleich senkt Rhenavia die Mindestannahmeschwelle von 60 auf 50 Prozent.",
        True,
        [("percent", 60, "%", None), ("percent", 50, "%", None)],
        None,
    ),
    (
        "de",
        "Bis zum Ablauf der ersten Frist hatten nur 31,7 Prozent der Sauerthal-Aktionäre ihre Papiere angedient, wie aus einer Pflichtmitteilung hervorgeht.",
        True,
        [("ordinal", 1, None, None), ("percent", 31.7, "%", None)],
        None,
    ),
    (
        "de",
        "Die Annahmefrist verlängert sich damit um zwei Wochen bis zum 6. November.",
        True,
        [("duration", 2, "week", None), ("date", "--11-06", None, None)],
        None,
    ),
    (
        "de",
        "Sauerthal-Vorstandschefin Katrin Uhlenbruck-Sahin sagte, der Vorstand rate den Aktionären weiterhin, das Angebot abzulehnen.",
        True,
        [],
        "Katrin Uhlenbruck-Sahin",
    ),
    (
        "de",
        "Rhenavia-Chef Matthias Zeilhofer-Brink sagte, das Angebot sei endgültig und werde nicht mehr erhöht.",
        True,
        [],
        "Matthias Zeilhofer-Brink",
    ),
    (
        "de",
        "Der Sauerthal-Betriebsrat nannte das Vorgehen des Bieters „eine Kriegserklärung an die Belegschaft“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Marktteilnehmer spekulieren darauf, dass doch noch ein weiterer Bieter auftauchen könnte.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Sauerthal-Aktie legte um 8,9 Prozent auf 51,20 Euro zu.",
        True,
        [("percent", 8.9, "%", None), ("money", 51.2, "EUR", None)],
        None,
    ),
    # --- Company insolvencies in England and Wales (PA), Oct 13 ---
    (
        "en",
        "LONDON (PA) - The number of companies going bust in England and Wales rose 7 per cent in September compared with the same month last year, to 2,214, official figures show.",
        True,
        [("percent", 7, "%", None), ("count", 2214, None, None)],
        None,
    ),
    (
        "en",
        "Creditors' voluntary liquidations made up 1,611 of the cases, while there were 402 compulsory liquidations and 176 administrations, the Insolvency Service said.",
        True,
        [("count", 1611, None, None), ("count", 402, None, None), ("count", 176, None, None)],
        "the Insolvency Service",
    ),
    (
        "en",
        "Construction accounted for the largest share of insolvencies over the 12 months to September, at 17 per cent.",
        True,
        [("duration", 12, "month", None), ("percent", 17, "%", None)],
        None,
    ),
    (
        "en",
        "Roughly one in 250 active companies entered insolvency in that period.",
        True,
        [("fraction", 0.004, None, "about")],
        None,
    ),
    (
        "en",
        "Richard Fenwick-Osei, a partner at accountants Moorgate Lisle, said the rise was driven by small hospitality and retail firms that had run down their savings.",
        True,
        [],
        None,
    ),
    ("en", '"Many directors are simply running out of road," Fenwick-Osei said.', False, [], None),
    # --- Modehauskette Kersting & Loh schließt Filialen (dpa/lnw), 14. Oktober ---
    (
        "de",
        "Essen (dpa/lnw) - Die insolvente Modehauskette Kersting & Loh schließt 38 ihrer 71 Filialen.",
        True,
        [("count", 38, None, None), ("count", 71, None, None)],
        None,
    ),
    (
        "de",
        "Rund 1.450 der etwa 3.900 Beschäftigten verlieren ihren Arbeitsplatz, sagte Insolvenzverwalter Frederik Dahlhaus-Meyer am Dienstag in Essen.",
        True,
        [("count", 1450, None, "about"), ("count", 3900, None, "about")],
        "Frederik Dahlhaus-Meyer",
    ),
    ("de", "Die Schließungen sollen bis Ende Januar abgeschlossen sein.", True, [], None),
    (
        "de",
        "Für die Monate Juli bis September hatten die Beschäftigten Insolvenzgeld von der Bundesagentur für Arbeit erhalten.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Für die verbleibenden 33 Häuser gebe es zwei ernsthafte Interessenten, sagte Dahlhaus-Meyer.",
        True,
        [("count", 33, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Gläubigerversammlung, die über einen Verkauf entscheiden soll, ist für den 20. November angesetzt.",
        True,
        [("date", "--11-20", None, None)],
        None,
    ),
    (
        "de",
        "Nach Verdi-Angaben sollen die Gekündigten in eine Transfergesellschaft wechseln können, die sechs Monate läuft.",
        True,
        [("duration", 6, "month", None)],
        None,
    ),
    ("de", "Verdi warf den früheren Eigentümern vor, die Kette „auf Verschleiß gefahren“ zu haben.", False, [], None),
    (
        "de",
        "„Für viele Innenstädte ist das ein weiterer schwerer Schlag“, sagte der Essener Oberbürgermeister.",
        False,
        [],
        None,
    ),
    # --- FTC sues to block Carrow-Pinewell deal (Reuters), Oct 16 ---
    (
        "en",
        "WASHINGTON, Oct 16 (Reuters) - The U.S. Federal Trade Commission sued on Thursday to block medical supplies distributor Carrow Medical's $8.9 billion acquisition of rival Pinewell Health, saying the deal would leave hospitals with only two major suppliers of surgical kits.",
        True,
        [("date", "--10-16", None, None), ("money", 8900000000, "USD", None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The combined company would control about 64% of the U.S. market for the kits, the FTC said in its complaint.",
        True,
        [("percent", 64, "%", "about")],
        "the FTC",
    ),
    (
        "en",
        "A hearing on the agency's request for a preliminary injunction is set for Jan. 12 in federal court in Washington.",
        True,
        [("date", "--01-12", None, None)],
        None,
    ),
    (
        "en",
        "Carrow, which has vowed to fight the lawsuit, has offered to sell 11 distribution centers to an outside buyer to address the agency's concerns.",
        True,
        [("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "Under the merger agreement, Carrow must pay Pinewell a $610 million reverse termination fee if the deal is blocked on antitrust grounds.",
        True,
        [("money", 610000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The companies agreed to the deal in February, when Carrow offered $54 a share in cash.",
        True,
        [("money", 54, "USD", None)],
        None,
    ),
    ("en", "Pinewell said it remained committed to the transaction.", False, [], None),
    (
        "en",
        "Antitrust lawyers said the case could become a test of the agency's tougher stance on health care deals.",
        False,
        [],
        None,
    ),
    # --- Nachlassstundung für Zifferblatthersteller (Keystone-SDA), 20. Oktober ---
    (
        "de",
        "Grenchen (Keystone-SDA) - Der Zifferblatthersteller Vuilleret & Amsler hat vom zuständigen Gericht eine provisorische Nachlassstundung von vier Monaten erhalten.",
        True,
        [("duration", 4, "month", None)],
        None,
    ),
    (
        "de",
        "Das Unternehmen beschäftigt 310 Mitarbeitende in Grenchen und im jurassischen Delémont.",
        True,
        [("count", 310, None, None)],
        None,
    ),
    (
        "de",
        "Die Forderungen der Gläubiger belaufen sich gemäss dem vom Gericht eingesetzten Sachwalter auf rund 86 Mio. Franken.",
        True,
        [("money", 86000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Die Bestellungen der Uhrenmarken seien seit Jahresbeginn um 38 Prozent eingebrochen, sagte Verwaltungsratspräsident Laurent Vuilleret-Hofer.",
        True,
        [("percent", 38, "%", None)],
        "Laurent Vuilleret-Hofer",
    ),
    (
        "de",
        "Rund 120 Mitarbeitende wurden bereits entlassen, die übrigen arbeiten seit Juni kurz.",
        True,
        [("count", 120, None, "about")],
        None,
    ),
    ("de", "Innert der Stundung soll ein Käufer für das Kerngeschäft gefunden werden.", True, [], None),
    ("de", "Die Gewerkschaft Unia sprach von einem «Alarmsignal für die ganze Uhrenregion».", False, [], None),
    (
        "de",
        "Der Solothurner Volkswirtschaftsdirektor hofft auf eine Lösung für möglichst viele Arbeitsplätze.",
        False,
        [],
        None,
    ),
    # --- Vantorix cuts jobs (Reuters), Oct 21 ---
    (
        "en",
        "SAN FRANCISCO, Oct 21 (Reuters) - Cloud software company Vantorix plans to eliminate about 4,200 positions, roughly 6% of its staff, as it steers more money into artificial intelligence, an internal memo seen by Reuters showed.",
        True,
        [("date", "--10-21", None, None), ("count", 4200, None, "about"), ("percent", 6, "%", "about")],
        None,
    ),
    (
        "en",
        "The company expects to record charges of $310 million to $360 million, mostly in the current quarter.",
        True,
        [("money", 310000000, "USD", None), ("money", 360000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Affected U.S. employees will get at least 14 weeks of base pay plus two weeks for each year of service, the memo said.",
        True,
        [("duration", 14, "week", "at_least"), ("duration", 2, "week", None)],
        None,
    ),
    (
        "en",
        "Chief Executive Daniel Okonkwo-Stahl told staff the cuts would be the company's last major restructuring for the foreseeable future.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Vantorix employed about 70,000 people at the end of July, according to its annual filing.",
        True,
        [("count", 70000, None, "about")],
        None,
    ),
    (
        "en",
        "The company cut roughly 3,000 roles in January 2030.",
        True,
        [("count", 3000, None, "about"), ("year", 2030, None, None)],
        None,
    ),
    ("en", "Vantorix shares rose 2.8% in premarket trading.", True, [("percent", 2.8, "%", None)], None),
    ("en", "Employees on internal forums said morale had been low for months.", False, [], None),
    # --- Landesbürgschaft für Werft Förde Schiffbau (dpa), 23. Oktober ---
    (
        "de",
        "Kiel (dpa) - Das Land Schleswig-Holstein will der insolventen Werft Förde Schiffbau mit einer Bürgschaft über 120 Millionen Euro den Weiterbetrieb ermöglichen.",
        True,
        [("money", 120000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Bürgschaft deckt 80 Prozent eines Bankkredits ab und ist bis Ende 2033 befristet.",
        True,
        [("percent", 80, "%", None), ("year", 2033, None, None)],
        None,
    ),
    ("de", "Die EU-Kommission muss die Beihilfe noch genehmigen.", True, [], None),
    (
        "de",
        "Die Werft hatte im August mit 1.180 Beschäftigten Insolvenz angemeldet, nachdem ein Auftraggeber zwei Fähren storniert hatte.",
        True,
        [("count", 1180, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Insolvenzverwalterin Henrike Sönnichsen-Pahl sagte, mit der Bürgschaft könne der Bau von drei Marineversorgern fortgesetzt werden, die bis 2034 ausgeliefert werden sollen.",
        True,
        [("count", 3, None, None), ("year", 2034, None, None)],
        "Henrike Sönnichsen-Pahl",
    ),
    (
        "de",
        "Rund 900 Beschäftigte sollen übernommen werden, für die übrigen gibt es eine Transfergesellschaft.",
        True,
        [("count", 900, None, "about")],
        None,
    ),
    ("de", "Der Landesrechnungshof warnte vor einem „Fass ohne Boden“.", False, [], None),
    ("de", "Die IG Metall Küste sprach von einem „Lichtblick für die ganze Region“.", False, [], None),
    # --- Brackenfield Steel to shut furnace (Reuters), Oct 27 ---
    (
        "en",
        "LONDON, Oct 27 (Reuters) - Specialty steelmaker Brackenfield Steel will shut the older of its two electric arc furnaces in Rotherham and cut 780 jobs, the company announced on Monday.",
        True,
        [("date", "--10-27", None, None), ("count", 2, None, None), ("count", 780, None, None)],
        None,
    ),
    (
        "en",
        "The government will provide a grant of up to 140 million pounds to modernise the remaining furnace, the business department said.",
        True,
        [("money", 140000000, "GBP", "up_to")],
        None,
    ),
    (
        "en",
        "Brackenfield, which is owned by Indian conglomerate Ravensar Group, said it had been losing about 2.6 million pounds a week.",
        True,
        [("money", 2600000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "The Community union said it would ballot members on industrial action, with the vote closing on Nov. 24.",
        True,
        [("date", "--11-24", None, None)],
        None,
    ),
    (
        "en",
        "Community national officer Gareth Llewellyn-Price said the company had rejected a union plan that would have kept both furnaces running until 2033.",
        True,
        [("year", 2033, None, None)],
        "Gareth Llewellyn-Price",
    ),
    (
        "en",
        '"This is an act of industrial vandalism against a town that has given everything to steel," Llewellyn-Price said.',
        False,
        [],
        None,
    ),
    ("en", 'The local MP said Rotherham had been "let down yet again."', False, [], None),
    # --- Chinesischer Konzern kauft Murtaler Antriebstechnik (APA), 28. Oktober ---
    (
        "de",
        "Graz (APA) - Der chinesische Antriebskonzern Huaxing Powertrain übernimmt um rund 310 Mio. Euro 75 Prozent am steirischen Motorenentwickler Murtaler Antriebstechnik.",
        True,
        [("money", 310000000, "EUR", "about"), ("percent", 75, "%", None)],
        None,
    ),
    ("de", "Die restlichen 25 Prozent bleiben bei der Gründerfamilie.", True, [("percent", 25, "%", None)], None),
    (
        "de",
        "Der Kauf muss nach dem Investitionskontrollgesetz vom Wirtschaftsministerium genehmigt werden, die Prüfung kann bis zu zwei Monate dauern.",
        True,
        [("duration", 2, "month", "up_to")],
        None,
    ),
    (
        "de",
        "Murtaler beschäftigt 1.320 Mitarbeiter, davon rund 1.100 in der Steiermark, und setzte heuer bis September 214 Mio. Euro um.",
        True,
        [("count", 1320, None, None), ("count", 1100, None, "about"), ("money", 214000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Geschäftsführerin Theresia Gruber-Maierhofer sagte, der Käufer habe eine Standort- und Beschäftigungsgarantie für fünf Jahre abgegeben.",
        True,
        [("duration", 5, "year", None)],
        "Theresia Gruber-Maierhofer",
    ),
    (
        "de",
        "Laut Betriebsrat ist die Garantie im Kaufvertrag mit einer Vertragsstrafe von 40 Mio. Euro abgesichert.",
        True,
        [("money", 40000000, "EUR", None)],
        None,
    ),
    ("de", "Die Grünen warnten vor einem „Ausverkauf von Schlüsseltechnologie“.", False, [], None),
    (
        "de",
        "„Wir haben den besten Partner für die nächste Wachstumsphase gefunden“, sagte Gruber-Maierhofer.",
        False,
        [],
        None,
    ),
    # --- Maplecrest Home obtains creditor protection (Reuters), Oct 30 ---
    (
        "en",
        "TORONTO, Oct 30 (Reuters) - Canadian furniture retailer Maplecrest Home obtained creditor protection from the Ontario Superior Court of Justice on Thursday, listing debts of about C$620 million.",
        True,
        [("date", "--10-30", None, None), ("money", 620000000, "CAD", "about")],
        None,
    ),
    (
        "en",
        "The court appointed Dunmore Advisory as monitor and approved interim financing of C$75 million from the company's lenders.",
        True,
        [("money", 75000000, "CAD", None)],
        None,
    ),
    (
        "en",
        "The retailer plans to shut 27 of its 112 stores before February and eliminate about 1,600 of its 6,800 jobs.",
        True,
        [
            ("count", 27, None, None),
            ("count", 112, None, None),
            ("count", 1600, None, "about"),
            ("count", 6800, None, None),
        ],
        None,
    ),
    (
        "en",
        "A stay of proceedings shielding the company from creditors runs until Nov. 28, when a comeback hearing is scheduled.",
        True,
        [("date", "--11-28", None, None)],
        None,
    ),
    (
        "en",
        "The retailer blamed a slump in big-ticket purchases, high rents and a C$48 million tax reassessment.",
        True,
        [("money", 48000000, "CAD", None)],
        None,
    ),
    (
        "en",
        "Chief Financial Officer Priya Ramanathan-Hale said suppliers would be paid for goods delivered after the filing.",
        True,
        [],
        "Priya Ramanathan-Hale",
    ),
    ("en", "Many suppliers said they were bracing for steep losses on unpaid invoices.", False, [], None),
    # --- Squeeze-out bei Isartec Sensorik (dpa-AFX), 3. November ---
    (
        "de",
        "MÜNCHEN (dpa-AFX) - Der Großaktionär Varenholt Beteiligungen will die verbliebenen Minderheitsaktionäre des Messtechnikspezialisten Isartec Sensorik aus dem Unternehmen drängen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Varenholt hält inzwischen 95,8 Prozent der Anteile und verlangt einen Squeeze-out gegen eine Barabfindung von 61,20 Euro je Aktie.",
        True,
        [("percent", 95.8, "%", None), ("money", 61.2, "EUR", None)],
        None,
    ),
    (
        "de",
        "Über den Ausschluss soll eine außerordentliche Hauptversammlung am 15. Dezember entscheiden, teilte Isartec am Montag mit.",
        True,
        [("date", "--12-15", None, None)],
        "Isartec",
    ),
    (
        "de",
        "Die Abfindung liegt 3,4 Prozent unter dem Schlusskurs vom Freitag.",
        True,
        [("percent", 3.4, "%", None)],
        None,
    ),
    (
        "de",
        "Varenholt hatte im Frühjahr im Zuge eines Übernahmeangebots 58 Euro je Aktie gezahlt.",
        True,
        [("money", 58, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Aktionärsschützer der SdK kündigten an, die Höhe der Abfindung in einem Spruchverfahren vor dem Landgericht München I überprüfen zu lassen.",
        True,
        [],
        None,
    ),
    ("de", "Ein SdK-Sprecher nannte das Angebot „eine Zumutung für die Kleinaktionäre“.", False, [], None),
    # --- Kestrel Ridge and Ashburton to merge (AAP), Nov 4 ---
    (
        "en",
        "PERTH, Nov 4 (AAP) - Lithium miners Kestrel Ridge Resources and Ashburton Minerals have agreed to an all-scrip merger that will create a company worth about $14.6 billion.",
        True,
        [("date", "--11-04", None, None), ("money", 14600000000, "AUD", "about")],
        None,
    ),
    (
        "en",
        "Ashburton shareholders will receive 0.412 Kestrel Ridge shares for each share they own, a premium of 26.5 per cent to Monday's close.",
        True,
        [("count", 0.412, None, None), ("percent", 26.5, "%", None)],
        None,
    ),
    (
        "en",
        "Kestrel Ridge investors will own about 61 per cent of the combined group.",
        True,
        [("percent", 61, "%", "about")],
        None,
    ),
    (
        "en",
        "The companies said the merger would deliver cost savings of $180 million to $220 million a year by the end of the 2034 financial year.",
        True,
        [("money", 180000000, "AUD", None), ("money", 220000000, "AUD", None), ("year", 2034, None, None)],
        "the companies",
    ),
    (
        "en",
        "The deal needs approval from the Foreign Investment Review Board and must be cleared by the Australian Competition and Consumer Commission.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Kestrel Ridge managing director Callum Pryor-Ngata told reporters the combined group would run four mines in Western Australia and a refinery in Kwinana.",
        True,
        [("count", 4, None, None)],
        "Callum Pryor-Ngata",
    ),
    (
        "en",
        '"This merger is built for the next upswing, not for the last downturn," Pryor-Ngata said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Some analysts questioned whether the timing was right with lithium prices still near cycle lows.",
        False,
        [],
        None,
    ),
    # --- Albtal Systems baut Stellen ab (dpa), 6. November ---
    (
        "de",
        "Karlsruhe (dpa) - Der Softwarekonzern Albtal Systems baut in Deutschland rund 1.100 Stellen ab, knapp jede achte Stelle im Inland.",
        True,
        [("count", 1100, None, "about"), ("fraction", 0.125, None, "nearly")],
        None,
    ),
    (
        "de",
        "Darauf haben sich Vorstand und Gesamtbetriebsrat nach einem 14-stündigen Verhandlungsmarathon geeinigt, teilte der Konzern am Donnerstag mit.",
        True,
        [("duration", 14, "hour", None)],
        "der Konzern",
    ),
    (
        "de",
        "Betriebsbedingte Kündigungen sind bis Ende 2032 ausgeschlossen, der Abbau läuft über Abfindungen und Altersteilzeit.",
        True,
        [("year", 2032, None, None)],
        None,
    ),
    (
        "de",
        "Wer freiwillig geht, erhält 1,1 Bruttomonatsgehälter je Beschäftigungsjahr, höchstens aber 240.000 Euro.",
        True,
        [("count", 1.1, None, None), ("money", 240000, "EUR", "at_most")],
        None,
    ),
    (
        "de",
        "Gesamtbetriebsratschefin Miriam Okafor-Lenz sagte, ohne die Einigung wären bis zu 1.600 Stellen weggefallen.",
        True,
        [("count", 1600, None, "up_to")],
        "Miriam Okafor-Lenz",
    ),
    (
        "de",
        "Albtal beschäftigt weltweit rund 21.000 Menschen, davon knapp 8.700 in Deutschland.",
        True,
        [("count", 21000, None, "about"), ("count", 8700, None, "nearly")],
        None,
    ),
    ("de", "„Das ist kein schöner Tag, aber ein fairer Kompromiss“, sagte Okafor-Lenz.", False, [], None),
    (
        "de",
        "Finanzchef Bernhard Löwenthal-Graf sagte, der Konzern müsse „schlanker und schneller“ werden.",
        False,
        [],
        None,
    ),
    # --- Judge approves Dunhollow sale (Reuters), Nov 10 ---
    (
        "en",
        "WILMINGTON, Del., Nov 10 (Reuters) - Outdoor retailer Dunhollow won court approval on Monday to sell its brand and 118 of its stores to rival Crestline Sporting Goods for $312 million.",
        True,
        [("date", "--11-10", None, None), ("count", 118, None, None), ("money", 312000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Crestline emerged as the winning bidder at an auction last week, beating a stalking-horse offer of $265 million.",
        True,
        [("money", 265000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Judge Harriet Okonjo-Frey said the sale would preserve about 5,200 jobs.",
        True,
        [("count", 5200, None, "about")],
        "Harriet Okonjo-Frey",
    ),
    (
        "en",
        "Dunhollow's remaining 147 stores will be liquidated, with closing sales running through the end of December.",
        True,
        [("count", 147, None, None)],
        None,
    ),
    (
        "en",
        "Dunhollow filed for Chapter 11 in July with about $1.4 billion in debt, its second bankruptcy since 2022.",
        True,
        [("money", 1400000000, "USD", "about"), ("ordinal", 2, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "A lawyer for the unsecured creditors' committee said its members expected to recover between 4 and 7 cents on the dollar.",
        True,
        [("money", 0.04, "USD", None), ("money", 0.07, "USD", None)],
        None,
    ),
    ("en", "Landlords complained that they had been treated unfairly in the auction.", False, [], None),
    # --- Pelling & Cole buys Harrowgate stores (PA), Nov 14 ---
    (
        "en",
        "LONDON (PA) - Discount chain Pelling & Cole has bought the brand and 41 stores of collapsed homeware retailer Harrowgate Home, saving about 1,100 jobs.",
        True,
        [("count", 41, None, None), ("count", 1100, None, "about")],
        None,
    ),
    (
        "en",
        "The remaining 53 shops will close within four weeks, with the loss of around 1,200 roles, the administrators said.",
        True,
        [("count", 53, None, None), ("duration", 4, "week", None), ("count", 1200, None, "about")],
        None,
    ),
    (
        "en",
        "The deal is worth £27.5m, according to the administrators.",
        True,
        [("money", 27500000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Pelling & Cole chief executive Nathan Okereke-Wilde said the stores would be rebranded by the end of March.",
        True,
        [],
        "Nathan Okereke-Wilde",
    ),
    (
        "en",
        "Workers who are made redundant may apply to the state-run Redundancy Payments Service for their statutory payouts.",
        True,
        [],
        None,
    ),
    ("en", '"We see real potential in these stores and the people who run them," Okereke-Wilde said.', False, [], None),
    ("en", 'Usdaw said it was "relieved for those staying but heartbroken for those leaving."', False, [], None),
    # --- Gläubiger nehmen Sanierungsplan für Wohnwerk an (APA), 26. November ---
    (
        "de",
        "Linz (APA) - Die Gläubiger der Möbelkette Wohnwerk Pramtaler haben am Mittwoch am Landesgericht Linz den Sanierungsplan angenommen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Sie erhalten eine Quote von 22 Prozent, zahlbar in vier Raten binnen zwei Jahren.",
        True,
        [("percent", 22, "%", None), ("count", 4, None, None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "Für den Plan stimmten mehr als 80 Prozent der anwesenden Gläubiger, die knapp 74 Prozent der Forderungen vertraten.",
        True,
        [("percent", 80, "%", "over"), ("percent", 74, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Von den ursprünglich 23 Filialen werden 17 weitergeführt, rund 890 Arbeitsplätze bleiben erhalten.",
        True,
        [("count", 23, None, None), ("count", 17, None, None), ("count", 890, None, "about")],
        None,
    ),
    (
        "de",
        "Masseverwalterin Gudrun Haslinger-Eder sagte, die Quote werde von einem Investor aus Bayern finanziert, der 60 Prozent der Anteile übernimmt.",
        True,
        [("percent", 60, "%", None)],
        "Gudrun Haslinger-Eder",
    ),
    ("de", "„Heute hat die Vernunft gesiegt“, sagte Haslinger-Eder.", False, [], None),
    (
        "de",
        "Der AKV mahnte, das Unternehmen müsse nun rasch das Vertrauen der Lieferanten zurückgewinnen.",
        False,
        [],
        None,
    ),
]
