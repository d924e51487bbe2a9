"""Five-hundred-and-eighth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
executive or office-holder is named: every company that reports here is invented, the chief
executives, finance chiefs, a managing director, a Generaldirektorin, a market strategist
and an investment strategist are made-up people who stand for no real holder, and the
officials of real bodies appear nowhere by name (a union, a works council chair and the
Arbeiterkammer only by their names or roles).

Names: the firms Wertachchemie, Skeena Forest Products, Seeland Acoustics, Prairie Table
Restaurants, Liesingtal Aluminium, Nullagine Resources, Brenztal, Fraserdale Markets Inc.,
Jurafeld, Pecos Ridge Energy, the Wachauer Kreditbank, Tasman Reach, Sonnfeld Touristik,
Ironbark Bank, Seetaler Aufzüge, Glimmerbox, Hellweg Bau, Rivermont Communications Inc.,
Pölstal Refractories, Limmat Re, Kollwitz Systems, Gellibrand & Lyle, Birsig Pharma,
Borealis Airlines Ltd., Steyrtaler Wellpappe, Saltbush Wine Estates, Stintfang, Dollarwise
Stores, the Mainkai Bank and Wyndgate Asset Management are invented, and so are Dörthe
Kallweit-Ambuhl, Marguerite Dufresne-Calloway, Ueli Aebersold-Marbach, Dana
Whitlock-Ferreira, Brigitte Haslinger-Moosbrugger, Kirrily Tasker-Woodburn, Matthias
Gundelfinger-Roos, Genevieve Beaulieu-Mensah, Sandrine Wüthrich-Delémont, Roderick
Ashcombe-Teague, Gerold Pichlmann-Weißenbach, Bronagh Fitzalan-Ruiz, Katrin
Oelschläger-Mbeki, Lachlan Mereworth-Achebe, Beat Imhasly-Ferrari, Marcus Oyelowo-Brandt,
Jörg Tiedemann-Sarpong, Stéphane Lachapelle-Njoroge, Wolfgang Stadlmayr-Okonjo, Annette
Brügger-Okafor, Ilka Mohnhaupt-Quaye, Imogen Barraclough-Nkosi, Raphael Zumstein-Okeke,
Trent Halloran-Asante, Theresia Aichberger-Nwosu, Fenella Quarrington-Diallo, Malte
Ohrtmann-Boateng, Roland Abernathy-Kwarteng, Claudia Weitershausen-Amoah and Delphine
Okonkwo-Harrington, with every unnamed trader, analyst, broker, strategist, fund manager,
investor, observer, consumer advocate, union and works council chair. Real exchanges,
indices, data providers, banks, unions, chambers, regimes, makers and places (Xetra, Dax,
MDax, SDax, SIX, Wiener Börse, Toronto Stock Exchange, Australian Securities Exchange, S&P
500, LSEG, FactSet, Visible Alpha, dpa-AFX, Reuters, the Zürcher Kantonalbank, IG Metall,
PRO-GE, Unia, Unifor, the Arbeiterkammer Oberösterreich, the Swiss Solvency Test, Boeing and
its 737 MAX, Augsburg, Toronto, Vancouver, British Columbia, the United States, North
America, Biel, Dallas, Judenburg, Perth, Heidenheim, Grenchen, the Jura, China, Houston, the
Permian Basin, Wien, Deutschland, Sydney, Hannover, Queensland, New South Wales, Emmen, the
Schweiz, Los Angeles, Canada, Essen, Montreal, Leoben, Mauthausen, Österreich, the
Obersteiermark, Zurich, Berlin, Melbourne, Basel, the Wallis, Calgary, Wels, Lambach,
Adelaide, the Riverland, Hamburg, Memphis, Frankfurt, New York and the datelines' cities)
stand for the way wire copy names them; every result, margin, range, dividend, buyback,
consensus, job cut, backlog, subscriber count, share price, renewal price, beat rate and
quote here is invented for a half year 2027 that has not been reported, and where a real
figure came to mind (a real group's quarter, a real gold or oil price, a real index level or
beat rate) it was changed.

Its weight: EARNINGS SEASON - QUARTERLY AND HALF-YEAR RESULTS, the seventh round of the
results seasons (the seventy-third batch weighed company earnings and corporate news, the
hundred-eighty-sixth banks' and insurers' quarterly results, the
two-hundred-and-eighty-eighth tech companies and quarterly results, the
three-hundred-and-twenty-ninth company earnings and outlooks, the four-hundred-and-third
corporate earnings and guidance and the four-hundred-and-fifty-fourth industry and retail
quarterly results; the two-hundred-and-twenty-fourth weighed industry results and job cuts,
the three-hundred-and-sixty-fourth automotive and industrial companies in a reporting season
and the three-hundred-and-second and four-hundred-and-eighty-third job cuts, layoffs and
restructuring; their decisions are kept, those of the four-hundred-and-third and
four-hundred-and-fifty-fourth first of all) - one half-year reporting season, Monday, July
26, to Friday, August 13, 2027, as 30 short stories in date order with the German and the
English desks interleaved by day, each told as wire copy runs it (a dateline lead, the
figures against the prior year and the consensus, the guidance, attributed claims, quotes of
chief executives and finance chiefs, the share price, the reaction of unions, analysts and
traders). Half German (dpa-AFX with its prior-year figures in brackets „(Vorjahr: ...)“,
„(Vj. ...)“ and „(...)“, „Mio. Euro“, „Mrd. Euro“, the index lines and an end-of-season
Analyse; APA with Austrian „Jänner“, „heuer“, „Unterm Strich“, „Personalstand“,
„Kurzarbeit“, „Generaldirektorin“, „im Jahresabstand“, „hieß es in einer Aussendung“;
Keystone-SDA with „Mio. Fr.“, „Mrd. Franken“, „62,30 Fr.“, „9'400“, „2'900“, „1'500“ with
the Swiss apostrophe, „Mitarbeitende“, „Bestellungseingang“, „in Lokalwährungen“, „an einer
Telefonkonferenz“, „bis am Mittag“, „hiess“, «» quotes; German „“ quotes): a chemicals
group's cut guidance and job cuts, a hearing-aid maker's half year, an Austrian aluminium
processor's loss and short-time work, a machine builder's order slump, backlog and job cuts,
a watchmaker's half year, an Austrian bank's half year with its buyback and payout, a tour
operator's fiscal third quarter, a Swiss lift maker's orders, backlog and job cuts, a
builder's record backlog, raised forecast and buyback, an Austrian refractories group's job
cuts, a software group's raised targets and buyback, a Swiss pharma supplier's raised
guidance, an Austrian packaging maker's loss, an insurer's payout policy and buyback, and
the half-time tally of the Dax. Half English (Reuters with dated datelines from Toronto,
Houston, Sydney, Zurich, Adelaide and New York, AP, AAP and Canadian Press; "C$86m",
"C$1.38bn", "A$4.87bn ($3.21bn)", "A$84m-A$92m", "$612m", "$1.1bn", "164.35 Swiss francs",
"41 Canadian cents", "4 Australian cents", "US$3,400", "US$340 million", "per cent",
"2027-28", "FY29", "fully franked", "the June quarter", "labour", "fibre", "centres"): a
Canadian lumber producer's loss with U.S. duties in dollars, a U.S. restaurant chain's
quarter, an Australian gold miner's June quarter, a Canadian grocer's quarter with its
dividend and buyback, a U.S. shale producer's slowed buybacks and job cuts, an Australian
telco's full year with job cuts and a buyback, an Australian bank's cash profit with its
dividend and buyback, a streaming service's subscribers, a Canadian telecom's job cuts, a
Swiss reinsurer's half year in dollars, an Australian department store chain's loss, a
Canadian airline's quarter, an Australian winemaker's profit warning, a U.S. discount
chain's raised forecast and the season's tally of the S&P 500. Its weight is the currency
forms by desk: the desk decides the bare dollar - Canadian in CP copy ("$312 million",
"$41.22"), Australian in AAP copy ("$2,085 an ounce", "$1.24 billion", "$750m", "$286
million"), U.S. in AP copy and in Reuters copy under any dateline ("$212 million" beside
"C$1.38bn" from Toronto, "($3.21bn)" beside "A$4.87bn" from Sydney, "$1.94 billion" from
Zurich, "$96 million" from Adelaide) - while a prefix names its own currency in every desk's
copy ("C$", "A$", "US$"), and cents follow the desk's dollar ("88 cents per share" CAD in CP
copy, "9.5 cents a share" AUD in AAP copy, "81 cents per share" USD in AP copy, "41 Canadian
cents ... the 29 cents" CAD in Reuters copy); beside them the scale words and their
abbreviations („Mio. Euro“, „Mrd. Euro“, „Mio. Fr.“, „Mrd. Franken“, „Millionen“,
„Milliarden“, "million", "billion", "m" and "bn" glued to a sum); revenue, EBITDA, EBIT, net
profit and losses, per-share figures, dividends, buybacks, order intake, order backlogs, net
interest margins, combined ratios, solvency ratios, subscriber counts and guidance ranges;
job cuts, short-time work and plant idlings as counts and spans; hedges throughout. Speakers
as such copy has them: the companies with „wie das Unternehmen ... mitteilte“, „wie der
Konzern ... mitteilte“, „teilte das Unternehmen ... mit“, "Prairie Table Restaurants said
Tuesday that", "the company said Thursday" and "the company said in a statement to ...";
chief executives, finance chiefs, a managing director, a Generaldirektorin and strategists
by name with their titles dropped; beside them the forms left unchecked (descriptions,
"says" in a lead after a description, consensus sources, data, „hieß es“, „hiess“, „nach
Unternehmensangaben“, verbs of expecting, planning and aiming, roles and pronouns).
Negatives as such copy has them - 55 rows, none with a figure: executives' quoted rhetoric,
resolve, boasts and reassurance, labels of unions, a works council, a chamber, traders,
analysts and consumer advocates, analysts', brokers', investors', observers' and
strategists' views told as reports, and the heading of an Analyse, each near a check-worthy
look-alike from the same story (often the same speaker's figure).

240 rows (121 German, 119 English), 55 negatives (27 German, 28 English), 185 check-worthy
rows of which 1 carries no figure (1 German, 0 English), 478 expected quantities (196
amounts of money - 66 EUR, 50 USD, 35 AUD, 30 CAD, 15 CHF -, 110 percentages - 105 in "%", 3
in basis points "bp", 2 in percentage points "pp" -, 61 counts, 34 ordinals, 26 years, 21
dates - 0 with a year, 21 without -, 17 durations - 10 in months, 4 in years, 2 in weeks, 1
in days -, 13 fractions; 71 of them hedged: 38 "about", 12 "over", 8 "nearly", 8 "up_to", 4
"at_least", 1 "at_most"; none of them in a negative), 36 checked speakers (18 German, 18
English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains. The made-up names and firms were
checked against the earlier batches; ten firm names already in use or too close to names in
use (an Australian bank's, a discount chain's, a bank's, a wealth manager's, a cable-car
operator's, an Austrian bank's, a steel group's, a private bank's, and two that repeated
made-up people's surnames) and one made-up person's name were replaced by fresh ones before
the commit.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported piece of
  rhetoric, resolve, boast, reassurance, label, view, doubt or verdict is a negative with
  speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  three-hundred-and-twenty-ninth, three-hundred-and-sixty-fourth, four-hundred-and-third,
  four-hundred-and-fifty-fourth); a quoted or reported figure, forecast with a figure, step,
  plan or position is check-worthy with its speaker, also in Konjunktiv I (seventy-third,
  hundred-eighty-sixth). Pairs from one speaker: Kallweit-Ambuhl's 650 jobs beside „mit
  voller Wucht“, Dufresne-Calloway's cost cut beside "lose money on every board",
  Aebersold-Marbach's 1.5 points beside „nicht zum Discountpreis“, Whitlock-Ferreira's lunch
  bundle beside "watching every dollar", Haslinger-Moosbrugger's range beside „auf Sicht“,
  Tasker-Woodburn's cash beside "straight to the balance sheet", Gundelfinger-Roos's 900
  jobs beside „keine Wahl“, Beaulieu-Mensah's 2.8 per cent beside "tired of hearing about
  grocery prices", Wüthrich-Delémont's 6 percent beside „kein Massenprodukt“,
  Ashcombe-Teague's 300 jobs beside "a cash machine", Pichlmann-Weißenbach's buyback beside
  „Kostenmeister“, Fitzalan-Ruiz's savings beside "faster fixes", Oelschläger-Mbeki's guests
  beside „nicht am Urlaub“, Mereworth-Achebe's arrears beside "stretched, but ... not
  broken", Imhasly-Ferrari's 1,500 jobs beside «Wartungsmarkt», Oyelowo-Brandt's 45% beside
  "the stories they love", Tiedemann-Sarpong's staff beside „wir bauen sie“,
  Lachapelle-Njoroge's US$340 million beside "excellent in Canada", Stadlmayr-Okonjo's
  quarter beside „Stahlkrise“, Brügger-Okafor's 265% beside "paid to take volatility",
  Mohnhaupt-Quaye's quarter beside „öffnet uns Türen“, Barraclough-Nkosi's 17 per cent
  beside "earn its floor space", Zumstein-Okeke's investment beside «Lieferant, nicht
  Erfinder», Halloran-Asante's contract beside "earned this contract", Aichberger-Nwosu's
  range beside „Frühindikator“, Quarrington-Diallo's 31% beside "a world that no longer
  exists", Ohrtmann-Boateng's 1.3 billion euros beside „Glück ist kein Geschäftsmodell“,
  Abernathy-Kwarteng's tariff bill beside "Every cent matters", Weitershausen-Amoah's 4.1
  percent beside „Die Großen verdienen im Ausland“ and Okonkwo-Harrington's 13.1% beside
  "carried this market".
- Results and guidance (seventy-third, two-hundred-and-twenty-fourth,
  three-hundred-and-twenty-ninth, three-hundred-and-sixty-fourth, four-hundred-and-third,
  four-hundred-and-fifty-fourth): revenue, EBITDA, EBIT, net profit, losses, per-share
  figures, dividends, buybacks, orders, backlogs, margins and ratios are check-worthy with
  or without a figure; so are leads whose only figure is the quarter or the half, and
  guidance told as a vague magnitude carries no quantity with the row check-worthy („einen
  Umsatzrückgang im hohen einstelligen Prozentbereich“; four-hundred-and-third). Consensus
  figures are check-worthy with their sources unchecked („die im Schnitt mit 45 Mio. Euro
  gerechnet hatten“, „von Analysten waren im Schnitt nur 1,09 Euro erwartet worden“ - „im
  Schnitt“ and „nur“ no hedge -, "the 29 cents expected on average by analysts, LSEG data
  showed", "the 88 cents that analysts polled by FactSet had expected", "the A$4.72bn
  consensus compiled by Visible Alpha", "Analysts surveyed by FactSet had expected", "the
  $1.71 billion average of analyst forecasts compiled by the company", "topping the 3.1%
  gain analysts expected, according to FactSet"; "wider than", "beat", "topping" and "above"
  before an article no hedge). A firm's expectation or plan with a figure is check-worthy
  with the speaker unchecked („rechnet der Vorstand“, „erwartet Kollwitz“, „stellt Birsig
  ... in Aussicht“, „peilt das Management ... an“, "now expects", "expects", "plans",
  "will"; three-hundred-and-sixty-fourth). Ranges keep both ends with the unit written once
  and no hedge („zwischen 700 und 760 Mio. Euro, bisher hatte er 820 bis 880 Mio. Euro“,
  „von 60 bis 75 Mio. Euro“, „auf 560 bis 600 Mio. Euro ..., nach bislang 480 bis 540 Mio.
  Euro“, „auf 250 bis 280 Mio. Euro“, „von 12 bis 14 Prozent statt 10 bis 12 Prozent“ and
  „von 15 bis 17 Prozent ..., bisher waren 12 bis 15 Prozent“ - the repeated end labelled
  twice, seventy-third -, „von 8 bis 9 Prozent“, „von 35 bis 45 Mio. Euro“, „55 bis 65
  Prozent“, "between 540,000 and 570,000 ounces", "$2,050 to $2,250 an ounce", "of 395,000
  to 410,000", "$4.7 billion to $4.8 billion", "of between $1.5 billion and $1.6 billion",
  "$5.60 to $5.80 per share, up from ... $5.30 to $5.55", "A$84m-A$92m ..., down from
  A$118m-A$128m" - the hyphenated range with the currency on each end,
  two-hundred-and-sixty-fifth -, "by A$310m to A$340m ($204m to $224m)"). "to range from a
  1% decline to flat" is 1 with no sign and no hedge, as "flat to up 1%"
  (four-hundred-and-fifty-fourth) and "flat to down 2%" (three-hundred-and-twenty-ninth).
  dpa-AFX's prior-year figures in brackets give two quantities in order, the scale word and
  unit after the bracket serving both („auf 184 (Vorjahr: 231) Mio. Euro“, „auf 13,0 (15,1)
  Prozent“, „mit 38,4 (Vj. 61,9) Mio. Euro“, „von 18,4 (Vorjahr: 46,7) Mio. Euro“, „auf 47,9
  (Vorjahr: 50,3) Prozent“, „auf 212 (Vorjahr: 164) Mio. Euro, der Konzerngewinn auf 118
  (86) Mio. Euro“, „auf 1,18 (Vorjahr: 0,94) Euro“, „auf 91,2 (Vorjahr: 95,8) Prozent“;
  three-hundred-and-twenty-ninth, three-hundred-and-sixty-fourth,
  four-hundred-and-fifty-fourth). „minus 8,9 Mio. Euro nach plus 21,4 Mio. Euro“ is
  -8,900,000 and 21,400,000 EUR („minus“ a sign, „plus“ none; seventy-third,
  four-hundred-and-third), while losses named by a noun or a verb keep their amounts as
  written („Verlust von 18,4“, „ein Minus von 23,7 Mio. Euro“, "a second-quarter net loss of
  C$86m", "it lost 41 Canadian cents a share", "a statutory net loss of $142.5 million", "a
  loss of $22.8 million"; two-hundred-and-fiftieth, three-hundred-and-sixty-fourth). Verbs
  of doubling and halving carry none and the level they reach counts with no hedge from the
  words before the verb („halbierte sich fast auf 31 Mio. Euro“, „verdoppelten sich auf 96
  Mio. Euro“, "nearly doubled to $588 million"; four-hundred-and-ninety-third).
- Money in the currency the desk writes (every batch). The bare dollar follows the desk, as
  the earlier rounds settled it desk by desk, and this batch sets the desks side by side:
  CAD in CP copy ("$312 million", "$1.02 per diluted share", "$14.6 billion", "$187
  million", "$1.5 billion", "$41.22", "$96.4 million", "$1.87 billion", "about $65 million";
  eighty-ninth, four-hundred-and-ninety-first: CP's bare dollars are Canadian), AUD in AAP
  copy ("$2,085 an ounce", "$612m", "$1.24 billion", "up to $750m", "about $310 million a
  year", "$47.20 a month", "$286 million", "$142.5 million", "$1.24";
  four-hundred-and-seventy-ninth, four-hundred-and-eighty-third,
  four-hundred-and-eighty-seventh), USD in AP copy ("$48.6 million", "$6.99", "$4.62
  billion", "$2 to $24.99 a month", "$412 million", "about $180 million") and USD in Reuters
  copy under every dateline, beside the local currency with its prefix ("$212 million" in
  the Toronto story, "($3.21bn)" in the Sydney story, "$1.94 billion", "$612m" and "$1.1bn"
  in the Zurich story - the reinsurer reporting in dollars -, "$96 million" and "($204m to
  $224m)" in the Adelaide story; ninety-sixth: "SYDNEY, Oct 14 (Reuters) ... for $1.05
  billion" USD; the bracketed conversion unhedged, eightieth). A prefix names its currency
  on every desk: "A$" AUD and "C$" CAD in Reuters copy ("A$4.87bn", "A$1.22 a share", "up to
  A$1bn", "a record A$138.50", "about A$231bn", "A$2.37", "C$18.92"), and "US$" USD in AAP
  copy ("above US$3,400 an ounce" "over"; three-hundred-and-twenty-ninth,
  four-hundred-and-ninety-third: "US$97 a tonne"). New: "US$" in CP copy is USD likewise
  ("US$340 million", "about US$380 million") - the prefix overrides the desk's bare dollar
  in Canadian copy as it does in Australian copy, and as "$US60" did (thirty-eighth,
  four-hundred-and-seventy-fourth). New: "C$86m", "C$1.38bn", "C$1.55bn", "C$140m" and "no
  more than C$250m" ("at_most", hundred-seventh: "no more than 45 people") give CAD with the
  glued scale - "m" a million and "bn" a billion after the prefix as after "A$" ("A$212m",
  "A$1.1bn"; two-hundred-and-tenth) and "$" ("$412m"; four-hundred-and-fifty-second). Cents
  are hundredths of the dollar the row writes or the desk implies: "41 Canadian cents ...
  the 29 cents" 0.41 and 0.29 CAD (the currency written once serving the later figure,
  two-hundred-and-twenty-fourth; two-hundred-and-fifty-fourth: "3 Canadian cents"), "up 4
  Australian cents" 0.04 AUD, "81 cents per share", "94 cents", "78 cents a share" USD in AP
  and Reuters U.S. copy (two-hundred-and-eighty-eighth), "9.5 cents a share ... 18.5 cents"
  and "6 cents a share" AUD in AAP copy (two-hundred-and-seventy-first: "about 43 cents per
  kilowatt hour" in AAP copy; "fully franked" none, three-hundred-and-twenty-ninth). New:
  CP's bare cents are Canadian ("by two cents to 31 cents per share" 0.02 and 0.31, "88
  cents per share", "54 cents", "68 cents", "48 cents a share", "71 cents", "17 cents" CAD)
  - the desk's dollar names its cent, as AAP's bare cents are Australian. German copy: EUR
  for „Mio. Euro“, „Mrd. Euro“, „Millionen Euro“, „Milliarden Euro“, „41,16 Euro“ and „340
  Millionen“ (the currency written once serving the later figure, four-hundred-and-third:
  „von 574 Mio im Vorjahr“), „bis zu 1 Milliarde Euro“ "up_to"; CHF for Keystone-SDA's „1,27
  Mrd. Franken“, „148,6 Mio. Fr. von 171,2 Mio.“ (both), „62,30 Fr.“, „268 Mio. Fr.“, „864
  Mio. Fr. von 702 Mio. Fr.“, „rund 1,2 Mrd. Franken“ "about" and „418,60 Franken“
  (two-hundred-and-tenth: "321 Mio. Fr."), and for "164.35 Swiss francs" in Reuters copy.
  „je Aktie“, "per share", "per diluted share", "a share", "an ounce", "a barrel", "a
  month", "a year", "per day" carry none; "an on-market buyback", "Swiss Solvency Test" and
  „Core Ebitda“ none.
- Margins, rates and moves are percentages as written, "per cent" as "%" (every batch):
  margins („auf 13,0 (15,1) Prozent“, „noch 10,4 Prozent, nach 17,9 Prozent“ - „noch“ no
  hedge -, „auf 31,5 Prozent“), ratios ("combined ratio improved to 84.6% from 89.2%",
  "about 265%", „Kosten-Ertrags-Quote“, „Schaden-Kosten-Quote“), growth in local currencies
  („in Lokalwährungen betrug das Plus 7,3 Prozent“, „in Lokalwährungen um 5,9 Prozent“, „ein
  Wachstum in Lokalwährungen von 15 bis 17 Prozent“ - „in Lokalwährungen“ no hedge,
  four-hundred-and-fifty-fourth), payout shares („mindestens 60 Prozent des Gewinns“
  "at_least"), beat rates ("78.4% have topped", "a long-term average beat rate of 67% and
  76%"), "roughly 8% of its workforce" "about", „um mehr als 7 Prozent“ "over", „gut 5
  Prozent mehr als im Vorjahr“ "over" („mehr“ after the figure no hedge), „knapp 3 Prozent
  mehr“ "nearly", "as much as 14.6%" "up_to" (three-hundred-and-sixty-fourth), „zeitweise
  9,1 Prozent“ („zeitweise“ no hedge), „um durchschnittlich 6 Prozent“ and „im Schnitt 4,1
  Prozent“ with no hedge. Changes of a margin in basis points "bp" („um 140 Basispunkte auf
  17,8 Prozent“, „um 12 Basispunkte auf 2,41 Prozent“, "narrowed 6 basis points to 1.89%")
  and of a margin or a burden in percentage points "pp" („um 1,2 Prozentpunkte auf 8,3
  Prozent“, „um rund 1,5 Prozentpunkte“ "about"; three-hundred-and-twenty-ninth,
  four-hundred-and-fifty-fourth).
- Counts (every batch): jobs, staff and workers with their hedges („rund 650 Stellen“, „rund
  220 der gut 9'400 Stellen“ 220 "about" and 9,400 "over" - four-hundred-and-fifty-fourth:
  „rund 340 der gut 1'360 Mitarbeitenden“ -, „um 210 auf 3.480 Beschäftigte“, „rund 700
  Mitarbeiter“, „etwa 900 Arbeitsplätze“, „rund 450 der 2'900 Mitarbeitenden“, „rund 1'500
  Stellen ..., davon gut 200“ („davon“ no hedge), „um rund 1.500 auf etwa 41.000
  Beschäftigte“, „rund 600 der knapp 11.400 Stellen ..., etwa 180 davon“, „rund 650
  Stellen“, „140 Beschäftigte“, "about 380 workers", "about 300 jobs", "another 1,200 jobs"
  ("another" no hedge, as „weitere“, four-hundred-and-fifty-fourth), "about 1,100 jobs",
  "about 900 jobs", "260 jobs"); stores, mills, branches and jets ("two British Columbia
  sawmills", "37 underperforming restaurants", "all of its 1,140 U.S. locations" - "all" no
  hedge -, "46 branches", "11 of its 64 stores", "eight of the 22 Boeing 737 MAX jets" 8 and
  22 with the model none, forty-third, "about 90 stores and close 45"); volumes and
  subscribers ("142,300 ounces", "418,000 barrels of oil equivalent per day", „612.000
  Tonnen“, "3.2 million subscribers", "9.41 million", "by 214,000", "41,600 ..., down from
  63,900", "7.3 million passengers", „7,8 Millionen Gäste“, „rund 18.600“, "up to 12.5
  million shares" "up_to"); tallies („Von den 40 Dax-Unternehmen haben 36 ..., 23 davon“,
  „die 36 Konzerne“, „Neun Unternehmen ..., fünf ...“ - a number word opening the row reads
  as digits would, three-hundredth -, "459 of the S&P 500 companies", "112 ..., down from
  187"). Quarters counted are counts: "over the past four quarters" 4
  (four-hundred-and-fifty-fourth). Index, exchange, model and regime names carry none ("S&P
  500", "Dax", "MDax", "SDax", "SIX", "737 MAX", "Swiss Solvency Test").
- Fractions (the issue's „jeder vierte“, "a quarter"): „knapp die Hälfte davon“ and „um fast
  die Hälfte“ 0.5 "nearly", „um knapp ein Zehntel“ 0.1 "nearly", „rund jeder achte“ 0.125
  "about" (four-hundred-and-third: „etwa jede zwölfte Stelle“ 0.0833 "about"), „um rund ein
  Drittel“ 0.3333 "about", „gut ein Fünftel über dem Vorjahreswert“ 0.2 "over", „um ein
  Viertel“ 0.25, „um gut ein Viertel“ 0.25 "over", „statt wie bisher mindestens die Hälfte“
  0.5 "at_least", „fast jedes vierte Unternehmen“ 0.25 "nearly", "almost a quarter of the
  total" 0.25 "nearly", "about one in five items" 0.2 "about"
  (four-hundred-and-ninety-third: "nearly six in 10"), "by nearly a fifth" 0.2 "nearly" (the
  fraction word after "by" no quarter of the year; three-hundred-and-twenty-ninth).
- Fiscal periods (seventy-third, three-hundred-and-twenty-ninth, four-hundred-and-third,
  four-hundred-and-fifty-fourth): quarters and halves are ordinals („im zweiten Quartal“,
  „im dritten Geschäftsquartal“ - four-hundred-and-third: „Im vierten Geschäftsquartal“ -,
  „im ersten Halbjahr“, „das erste Halbjahr“, „im ersten Halbjahr 2027“ 1 and the year,
  "second-quarter", "first-half", "in the first half", "third-quarter", "in its fiscal
  second quarter", "in the third quarter from $750 million in the second" 3 and 2 - the noun
  left out, seventy-third -, "in the first quarter"); „Geschäftsjahr 2026/27“ both years and
  "in 2027-28" both (four-hundred-and-ninety-third: "For 2027-28"). New: "by FY29" is the
  year 2029 - "FY" with two digits is the fiscal year written short, read as "fiscal 2029"
  is its year (three-hundred-and-twenty-ninth: "in fiscal 2027") and as the two-digit second
  year of "2027-28" is read whole (four-hundred-and-ninety-third). Streaks and firsts are
  ordinals: "for a third straight quarter" 3 (four-hundred-and-third: "for a fourth straight
  quarter"), "its first since listing in 2011" 1 and the year, "Australia's third-largest
  winemaker" 3 (first batch: „die zweitgrößte Stadt“). New: "a maiden dividend" carries no
  ordinal - "maiden" names a first time with no number word, as "first-time" in "First-time
  buyers" carries none (hundred-seventy-second), and the row's firstness is counted once, on
  "its first". None: „Schlusslicht“, „an die Dax-Spitze“, „Höchststand“, „Rekordwert“, "a
  record", "a record low", "the highest on record", "their lowest since 2016" (the year
  only), "the top end". "the June quarter" and "the March quarter" carry none
  (four-hundred-and-third: "the June quarter").
- Spans (the issue's „fünfstündigen“, "a two-week visit"): "in the three months to June" 3
  months, "in the three months ended June 27", "ended June 30" and "ended Aug. 1" 3 months
  and the date (four-hundred-and-third, four-hundred-and-fifty-fourth), "for the 52 weeks to
  June 27" 52 weeks and the date (three-hundred-and-twenty-ninth: "the 26 weeks to"), "in
  the 11 months to May" 11 months, "in the six months" 6 months, „für zunächst drei Monate“
  3 months („zunächst“ no hedge), „für mindestens sechs Monate“ and "for at least six weeks"
  "at_least", "over the next 12 months" 12 months and "over the next two years" 2 years
  ("over" before a span no hedge), "the pilots' new four-year contract" 4 years (the issue's
  „fünfstündigen“), "two years ago" 2 years, "more than 90 days in arrears" 90 days "over"
  (four-hundred-and-ninety-third: "more than six weeks"). New: „das entspricht gut neun
  Monaten Produktion“ is 9 months "over" - a backlog's reach measured in months of output is
  a span as "4.7 months' supply" is (four-hundred-and-ninety-third), and „gut“ keeps its
  "over". None: „im Vorjahr“, „im Vorjahreszeitraum“, „in der Vorjahresperiode“, „im
  Vorjahreshalbjahr“, „ein Jahr zuvor“, „seit Jahresbeginn“, „seit Jänner“, „Seit Mai“, „Von
  April bis Juni“, „Ende Juni“, „zum Ende des Quartals“, „Ende September“, „im
  Jahresabstand“ (APA's year-on-year, as „binnen Jahresfrist“,
  four-hundred-and-ninety-third), „Für das Gesamtjahr“, „für heuer“, „in diesem Jahr“, "a
  year earlier", "a year ago", "this year", "next year", "next month", "by year-end", "by
  the end of September", "this fiscal year", "the year ending in January", "full-year",
  "annual", "in January".
- Years and dates: Reuters datelines with a day are dates without a year ("TORONTO, July 26"
  --07-26, "HOUSTON, July 30", "SYDNEY, Aug 3", "ZURICH, Aug 6", "ADELAIDE, Aug 11", "NEW
  YORK, Aug 13"; four-hundred-and-fifty-fourth), and so is AAP's dated dateline "SYDNEY, Aug
  2 (AAP)" --08-02 (four-hundred-and-eighty-third: "PERTH, Nov 4 (AAP)"); dpa-AFX ("AUGSBURG
  (dpa-AFX) -"), APA ("Judenburg (APA) -", "Wien (APA) -", "Leoben (APA) -", "Wels (APA)
  -"), Keystone-SDA ("Biel BE", "Grenchen SO", "Emmen LU", "Basel" - the canton letters
  none, four-hundred-and-fifty-fourth), AP ("DALLAS (AP) —", "LOS ANGELES (AP) —", "MEMPHIS,
  Tenn. (AP) —"), AAP ("PERTH (AAP) -", "MELBOURNE (AAP) -") and CP ("TORONTO (CP) —",
  "MONTREAL (CP) —", "CALGARY (CP) —") datelines without a day none (seventy-ninth). "Aug.
  16", "June 27", "June 19", "June 30", "July 1", "Sept. 1", "Aug. 1", „ab 1. September“ and
  „Zum 30. Juni“ are dates without a year („ab“ and „Zum“ no hedge). „Für 2027“, „bis Ende
  2028“, „bis Mitte 2029“, „bis 2029“, „bis Ende März 2028“, „für 2027“, „den Konzerngewinn
  2027“, "since listing in 2011", "to 2029", "for 2027" and "since 2016" the years. Clock
  times ("by 0945 GMT") none.
- Hedges, only the names in use: „rund“, „etwa“, "about", "roughly" "about"; „knapp“,
  „fast“, "almost", "nearly" "nearly"; „gut“, „mehr als“, "more than", "above" "over"; „bis
  zu“, "up to", "as much as" "up_to"; „mindestens“, "at least" "at_least"; "no more than"
  "at_most". No hedge: „im Schnitt“, „durchschnittlich“, „nur“, „noch“, „bislang“, „bisher“,
  „statt“, „zunächst“, „zeitweise“, „inzwischen“, „weiterhin“, „davon“, „zusammen“,
  „zwischen“, „bis“ and "to" in a range, „in Lokalwährungen“, "another", "all", "a record",
  "wider than", "beat", "topping", "above the top end", "up from", "down from",
  "previously", „um“ and "by" before a difference or a share, "over" before a span, „mehr“
  and "more" after a figure.
- Speakers, checked only in forms the earlier batches settled. German: „wie das Unternehmen
  am Montag in Augsburg mitteilte“ and „teilte das Unternehmen am Mittwoch mit“ -> "das
  Unternehmen", „wie der Konzern am Donnerstag mitteilte“ -> "der Konzern" (the weekday and
  the place dropped; four-hundred-and-third, four-hundred-and-fifty-fourth); the name with
  the title and the occasion dropped („Finanzvorständin Dörthe Kallweit-Ambuhl sagte in
  einer Telefonkonferenz, ...“, „Konzernchef Ueli Aebersold-Marbach sagte an einer
  Telefonkonferenz, ...“, „Generaldirektorin Brigitte Haslinger-Moosbrugger sagte, ...“,
  „Vorstandschef Matthias Gundelfinger-Roos sagte in einer Telefonkonferenz, ...“,
  „Konzernchefin Sandrine Wüthrich-Delémont sagte an einer Telefonkonferenz, ...“,
  „Finanzvorstand Gerold Pichlmann-Weißenbach sagte, ...“, „..., sagte Vorstandschefin
  Katrin Oelschläger-Mbeki“, „Finanzchef Beat Imhasly-Ferrari sagte an einer
  Telefonkonferenz, ...“, „Finanzvorstand Jörg Tiedemann-Sarpong sagte, ...“, „Vorstandschef
  Wolfgang Stadlmayr-Okonjo sagte, ...“, „Konzernchefin Ilka Mohnhaupt-Quaye sagte, ...“,
  „Konzernchef Raphael Zumstein-Okeke sagte an einer Telefonkonferenz, ...“,
  „Finanzvorständin Theresia Aichberger-Nwosu sagte, ...“, „Finanzchef Malte
  Ohrtmann-Boateng sagte, ...“; four-hundred-and-fifty-fourth) and „..., sagte
  Marktstrategin Claudia Weitershausen-Amoah von der Mainkai Bank“ the name with the title
  and the bank dropped (four-hundred-and-ninetieth: „sagte Hydrologin ... vom Land
  Niederösterreich“). English: "Prairie Table Restaurants said Tuesday that ..." as written
  (four-hundred-and-fifty-fourth: "Brightway Stores said Thursday that ..."); "..., the
  company said Thursday." -> "the company" and "..., the company said in a statement to the
  Australian Securities Exchange." -> "the company" (the statement an occasion dropped,
  four-hundred-and-third: "said in its quarterly report"); the name with the office and the
  audience dropped ("Chief Executive Marguerite Dufresne-Calloway told analysts", "Chief
  Executive Dana Whitlock-Ferreira told analysts", "Managing director Kirrily
  Tasker-Woodburn said", "Chief executive Genevieve Beaulieu-Mensah said", "Chief Financial
  Officer Roderick Ashcombe-Teague told analysts", "Chief executive Bronagh Fitzalan-Ruiz
  said", "Chief Executive Lachlan Mereworth-Achebe told reporters", "Chief financial officer
  Stéphane Lachapelle-Njoroge said", "Chief Financial Officer Annette Brügger-Okafor told
  reporters", "Chief executive Imogen Barraclough-Nkosi said", "Chief Executive Fenella
  Quarrington-Diallo said", "Chief Financial Officer Roland Abernathy-Kwarteng said";
  four-hundred-and-third, four-hundred-and-fifty-fourth), and a figure followed by "said
  Delphine Okonkwo-Harrington, chief investment strategist at ..." the name
  (three-hundred-and-fifty-sixth). New: "Co-CEO Marcus Oyelowo-Brandt said" -> "Marcus
  Oyelowo-Brandt" - the English title goes with its prefix as „Co-Vorstandschefin“ did
  (four-hundred-and-fifty-fourth). New: "President and chief executive Trent Halloran-Asante
  said" -> "Trent Halloran-Asante" - two titles joined by "and" are dropped together as one
  title, as "President Zhao Minghui told analysts" dropped one
  (four-hundred-and-fifty-fourth) and „Prof. Dr.“ dropped both parts
  (four-hundred-and-twentieth). Left unchecked (None): all negatives, also those with a
  named speaker ("she said", "Ms Fitzalan-Ruiz said", "Ms Barraclough-Nkosi said" among
  them); descriptions before or instead of a name ("the Vancouver-based company said", "The
  Montreal-based telecom said"; four-hundred-and-third: "the London-based company said"),
  and "says" in a lead after a description ("Gold miner Nullagine Resources says", "Grocer
  Fraserdale Markets Inc. says"; fortieth, four-hundred-and-eighty-fifth: "Miner Kestrel
  Ridge Resources says"); „hieß es in einer Aussendung“, „wie es in einem Communiqué hiess“
  and „nach Unternehmensangaben“ (three-hundred-and-sixty-fourth: „hieß es“, „nach
  Unternehmensangaben“); „wie eine Auswertung von dpa-AFX zeigt“
  (four-hundred-and-fifty-fourth); "LSEG data showed", "according to LSEG data", "according
  to FactSet", "according to a Reuters tally", "compiled by Visible Alpha", "Analysts
  surveyed by FactSet", "analysts polled by FactSet"; verbs that are no saying („rechnet“,
  „erwartet“, „peilt ... an“, „stellt ... in Aussicht“, „kündigte ... an“, „hob ... an“,
  "expects", "plans", "will", "kept", "forecast", "declared", "unveiled", "announced",
  "reported", "posted"); roles and pronouns („der Vorstand“, „das Management“, "The
  company", "The grocer", "The chain", "It kept", "Its shares"). As the earlier results
  rounds did, and to keep the checked speakers near 35, several figures are given no
  attribution or one of the unchecked forms.
- Negatives (ninety-eighth, two-hundred-and-fourth, three-hundred-and-twenty-ninth,
  three-hundred-and-sixty-fourth, four-hundred-and-third, four-hundred-and-fifty-fourth),
  none with a figure: executives' quoted rhetoric, resolve, boasts and reassurance (the
  pairs above; "Every ounce", "every dollar", "every board" and "Every cent" count nothing,
  four-hundred-and-fifty-first: "every service"); labels of traders, unions, a works council
  chair, a chamber, analysts and consumer advocates („sprach von einer „Prognosesenkung mit
  Ansage““, „bezeichneten das Halbjahr als «durchzogen»“, „nannte die Kurzarbeit „ein
  notwendiges Übel, aber keinen Dauerzustand““, „kündigte Widerstand an und nannte die Pläne
  ...“ - the resistance announced naming no step, four-hundred-and-third -, „bezeichneten
  das Halbjahr als „solide, aber unspektakulär““, „nannte den Stellenabbau «unnötig und
  kurzsichtig»“, „sprachen von einem „Zahlenwerk ohne Schwachstelle““, „sprach von einem
  „schwarzen Freitag für die Obersteiermark““, „sprachen von einem «Ausrufezeichen»“,
  „nannte die Stilllegung „ein fatales Signal ...““, "called the results proof that ...",
  "called the cuts a betrayal ...", "called the job cuts "greed dressed up as
  efficiency.""); a verdict with „hielt ... für“ („hielt die neue Prognose für „eher
  vorsichtig kalkuliert““; hundred-ninety-ninth); views told as reports ("Analysts said
  ...", "Restaurant analysts said ...", "Brokers said ...", "Some investors had hoped ...",
  "Media analysts said ...", "Industry observers said ...", "Retail analysts said ..."
  twice, "Some fund managers said ...", "Strategists said ...";
  three-hundred-and-ninety-fifth, four-hundred-and-ninety-third); and the heading „Analyse:
  Halbzeit der Berichtssaison - ...“ (four-hundred-and-third,
  four-hundred-and-fifty-fourth). As the brief for these batches asks, negatives carry no
  expected quantities, and this batch writes no figure into them.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_508 = [
    # --- Wertachchemie senkt Prognose (dpa-AFX), Montag, 26. Juli ---
    (
        "de",
        "AUGSBURG (dpa-AFX) - Der Spezialchemiekonzern Wertachchemie hat im zweiten Quartal unter der Flaute am Bau gelitten, deutlich weniger verdient und seine Jahresprognose gesenkt.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Das bereinigte operative Ergebnis (Ebitda) fiel auf 184 (Vorjahr: 231) Mio. Euro, wie das Unternehmen am Montag in Augsburg mitteilte.",
        True,
        [("money", 184000000, "EUR", None), ("money", 231000000, "EUR", None)],
        "das Unternehmen",
    ),
    (
        "de",
        "Die Erlöse gingen um 6,2 Prozent auf 1,42 Mrd. Euro zurück, die bereinigte Ebitda-Marge auf 13,0 (15,1) Prozent.",
        True,
        [
            ("percent", 6.2, "%", None),
            ("money", 1420000000, "EUR", None),
            ("percent", 13.0, "%", None),
            ("percent", 15.1, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Für 2027 rechnet der Vorstand nun mit einem bereinigten Ebitda zwischen 700 und 760 Mio. Euro, bisher hatte er 820 bis 880 Mio. Euro in Aussicht gestellt.",
        True,
        [
            ("year", 2027, None, None),
            ("money", 700000000, "EUR", None),
            ("money", 760000000, "EUR", None),
            ("money", 820000000, "EUR", None),
            ("money", 880000000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Finanzvorständin Dörthe Kallweit-Ambuhl sagte in einer Telefonkonferenz, bis Ende 2028 sollten weltweit rund 650 Stellen wegfallen, knapp die Hälfte davon in Deutschland.",
        True,
        [("year", 2028, None, None), ("count", 650, None, "about"), ("fraction", 0.5, None, "nearly")],
        "Dörthe Kallweit-Ambuhl",
    ),
    (
        "de",
        "„Die Bauflaute trifft uns mit voller Wucht, aber wir haben unsere Kosten im Griff“, sagte Kallweit-Ambuhl.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Aktie fiel im frühen Xetra-Handel um 8,4 Prozent auf 41,16 Euro und war damit Schlusslicht im MDax.",
        True,
        [("percent", 8.4, "%", None), ("money", 41.16, "EUR", None)],
        None,
    ),
    ("de", "Ein Händler sprach von einer „Prognosesenkung mit Ansage“.", False, [], None),
    # --- Skeena Forest Products' quarter (Reuters), Monday, July 26 ---
    (
        "en",
        "TORONTO, July 26 (Reuters) - Canadian lumber producer Skeena Forest Products posted a second-quarter net loss of C$86m on Monday, hurt by higher U.S. duties on softwood and a slump in North American home building.",
        True,
        [("date", "--07-26", None, None), ("ordinal", 2, None, None), ("money", 86000000, "CAD", None)],
        None,
    ),
    (
        "en",
        "Sales fell 11% to C$1.38bn from C$1.55bn a year earlier, the Vancouver-based company said.",
        True,
        [("percent", 11, "%", None), ("money", 1380000000, "CAD", None), ("money", 1550000000, "CAD", None)],
        None,
    ),
    (
        "en",
        "Excluding one-time items, it lost 41 Canadian cents a share, wider than the 29 cents expected on average by analysts, LSEG data showed.",
        True,
        [("money", 0.41, "CAD", None), ("money", 0.29, "CAD", None)],
        None,
    ),
    (
        "en",
        "Duties on Canadian softwood shipped into the United States cost the company $212 million in the first half, up from $131 million a year earlier.",
        True,
        [("money", 212000000, "USD", None), ("ordinal", 1, None, None), ("money", 131000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Skeena will curtail output at two British Columbia sawmills for at least six weeks from Aug. 16, affecting about 380 workers.",
        True,
        [
            ("count", 2, None, None),
            ("duration", 6, "week", "at_least"),
            ("date", "--08-16", None, None),
            ("count", 380, None, "about"),
        ],
        None,
    ),
    (
        "en",
        "Chief Executive Marguerite Dufresne-Calloway told analysts the company had taken C$140m out of its annual cost base and would spend no more than C$250m on capital projects this year.",
        True,
        [("money", 140000000, "CAD", None), ("money", 250000000, "CAD", "at_most")],
        "Marguerite Dufresne-Calloway",
    ),
    (
        "en",
        '"We are not going to run mills just to lose money on every board we cut," Dufresne-Calloway said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Skeena's shares fell 4.7% to C$18.92 in Toronto.",
        True,
        [("percent", 4.7, "%", None), ("money", 18.92, "CAD", None)],
        None,
    ),
    ("en", "Analysts said a settlement of the softwood dispute still looked years away.", False, [], None),
    # --- Seeland Acoustics im Halbjahr (Keystone-SDA), Dienstag, 27. Juli ---
    (
        "de",
        "Biel BE (Keystone-SDA) - Der Hörgerätehersteller Seeland Acoustics hat im ersten Halbjahr 2027 mehr umgesetzt, aber weniger verdient.",
        True,
        [("ordinal", 1, None, None), ("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Die Verkäufe legten um 4,1 Prozent auf 1,27 Mrd. Franken zu, in Lokalwährungen betrug das Plus 7,3 Prozent.",
        True,
        [("percent", 4.1, "%", None), ("money", 1270000000, "CHF", None), ("percent", 7.3, "%", None)],
        None,
    ),
    (
        "de",
        "Der Reingewinn sank auf 148,6 Mio. Fr. von 171,2 Mio. im Vorjahr, die Ebit-Marge ging um 140 Basispunkte auf 17,8 Prozent zurück.",
        True,
        [
            ("money", 148600000, "CHF", None),
            ("money", 171200000, "CHF", None),
            ("percent", 140, "bp", None),
            ("percent", 17.8, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Konzernchef Ueli Aebersold-Marbach sagte an einer Telefonkonferenz, in den USA hätten die Zölle die Bruttomarge um rund 1,5 Prozentpunkte belastet.",
        True,
        [("percent", 1.5, "pp", "about")],
        "Ueli Aebersold-Marbach",
    ),
    (
        "de",
        "«Wir geben den Amerikanern unsere Technik nicht zum Discountpreis», sagte Aebersold-Marbach.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bis Ende 2028 will Seeland Acoustics rund 220 der gut 9'400 Stellen abbauen, vor allem in der Administration.",
        True,
        [("year", 2028, None, None), ("count", 220, None, "about"), ("count", 9400, None, "over")],
        None,
    ),
    (
        "de",
        "An der SIX verloren die Titel bis am Mittag 5,6 Prozent auf 62,30 Fr.",
        True,
        [("percent", 5.6, "%", None), ("money", 62.3, "CHF", None)],
        None,
    ),
    ("de", "Analysten der Zürcher Kantonalbank bezeichneten das Halbjahr als «durchzogen».", False, [], None),
    # --- Prairie Table Restaurants' quarter (AP), Tuesday, July 27 ---
    (
        "en",
        "DALLAS (AP) — Prairie Table Restaurants said Tuesday that sales at its established restaurants fell 2.4% in the second quarter as budget-minded diners cut back on evenings out.",
        True,
        [("percent", 2.4, "%", None), ("ordinal", 2, None, None)],
        "Prairie Table Restaurants",
    ),
    (
        "en",
        "The Dallas-based chain earned $48.6 million, or 81 cents per share, in the three months ended June 27, down from $61.2 million, or $1.01 per share, a year earlier.",
        True,
        [
            ("money", 48600000, "USD", None),
            ("money", 0.81, "USD", None),
            ("duration", 3, "month", None),
            ("date", "--06-27", None, None),
            ("money", 61200000, "USD", None),
            ("money", 1.01, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Adjusted earnings of 94 cents per share beat the 88 cents that analysts polled by FactSet had expected, while revenue slipped to $1.12 billion from $1.15 billion.",
        True,
        [
            ("money", 0.94, "USD", None),
            ("money", 0.88, "USD", None),
            ("money", 1120000000, "USD", None),
            ("money", 1150000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "The company will close 37 underperforming restaurants by the end of September and now expects full-year same-store sales to range from a 1% decline to flat.",
        True,
        [("count", 37, None, None), ("percent", 1, "%", None)],
        None,
    ),
    (
        "en",
        "Chief Executive Dana Whitlock-Ferreira told analysts the chain would add a $6.99 lunch bundle at all of its 1,140 U.S. locations next month.",
        True,
        [("money", 6.99, "USD", None), ("count", 1140, None, None)],
        "Dana Whitlock-Ferreira",
    ),
    (
        "en",
        '"Our guests are watching every dollar, and we have to earn every single visit," Whitlock-Ferreira said.',
        False,
        [],
        None,
    ),
    ("en", "Shares fell 6% in morning trading.", True, [("percent", 6, "%", None)], None),
    ("en", "Restaurant analysts said the value war among casual dining chains was far from over.", False, [], None),
    # --- Liesingtal Aluminium rutscht ins Minus (APA), Mittwoch, 28. Juli ---
    (
        "de",
        "Judenburg (APA) - Der steirische Aluminiumverarbeiter Liesingtal Aluminium hat im ersten Halbjahr einen Verlust geschrieben.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Unterm Strich stand ein Minus von 23,7 Mio. Euro, nach einem Gewinn von 14,2 Mio. Euro im Vorjahreszeitraum, hieß es in einer Aussendung.",
        True,
        [("money", 23700000, "EUR", None), ("money", 14200000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Umsatz ging um 9,8 Prozent auf 612 Mio. Euro zurück, das Ebitda halbierte sich fast auf 31 Mio. Euro.",
        True,
        [("percent", 9.8, "%", None), ("money", 612000000, "EUR", None), ("money", 31000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Personalstand sank seit Jänner um 210 auf 3.480 Beschäftigte.",
        True,
        [("count", 210, None, None), ("count", 3480, None, None)],
        None,
    ),
    (
        "de",
        "Für rund 700 Mitarbeiter im Stammwerk gilt ab 1. September für zunächst drei Monate Kurzarbeit.",
        True,
        [("count", 700, None, "about"), ("date", "--09-01", None, None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "de",
        "Generaldirektorin Brigitte Haslinger-Moosbrugger sagte, für heuer rechne sie mit einem Ebitda von 60 bis 75 Mio. Euro.",
        True,
        [("money", 60000000, "EUR", None), ("money", 75000000, "EUR", None)],
        "Brigitte Haslinger-Moosbrugger",
    ),
    ("de", "„Die Autoindustrie fährt auf Sicht, und wir fahren mit“, sagte Haslinger-Moosbrugger.", False, [], None),
    (
        "de",
        "Die Gewerkschaft PRO-GE nannte die Kurzarbeit „ein notwendiges Übel, aber keinen Dauerzustand“.",
        False,
        [],
        None,
    ),
    # --- Nullagine Resources' June quarter (AAP), Wednesday, July 28 ---
    (
        "en",
        "PERTH (AAP) - Gold miner Nullagine Resources says it lifted production for a third straight quarter in the three months to June, putting it on track for the top end of its annual guidance.",
        True,
        [("ordinal", 3, None, None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "en",
        "The miner poured 142,300 ounces in the June quarter, up 6 per cent on the March quarter.",
        True,
        [("count", 142300, None, None), ("percent", 6, "%", None)],
        None,
    ),
    (
        "en",
        "All-in sustaining costs fell to $2,085 an ounce from $2,260, while the average price it received rose to a record $5,410 an ounce.",
        True,
        [("money", 2085, "AUD", None), ("money", 2260, "AUD", None), ("money", 5410, "AUD", None)],
        None,
    ),
    (
        "en",
        "Nullagine expects to produce between 540,000 and 570,000 ounces in 2027-28 at all-in costs of $2,050 to $2,250 an ounce.",
        True,
        [
            ("count", 540000, None, None),
            ("count", 570000, None, None),
            ("year", 2027, None, None),
            ("year", 2028, None, None),
            ("money", 2050, "AUD", None),
            ("money", 2250, "AUD", None),
        ],
        None,
    ),
    (
        "en",
        "Managing director Kirrily Tasker-Woodburn said the miner had repaid the last $180 million of its debt and held $612m in cash at June 30.",
        True,
        [("money", 180000000, "AUD", None), ("money", 612000000, "AUD", None), ("date", "--06-30", None, None)],
        "Kirrily Tasker-Woodburn",
    ),
    ("en", '"Every ounce we pour at these prices goes straight to the balance sheet," she said.', False, [], None),
    (
        "en",
        "With gold trading above US$3,400 an ounce, the company is weighing a maiden dividend, which would be its first since listing in 2011.",
        True,
        [("money", 3400, "USD", "over"), ("ordinal", 1, None, None), ("year", 2011, None, None)],
        None,
    ),
    (
        "en",
        "Brokers said the result confirmed the miner's turnaround but cautioned against leaning on the gold price forever.",
        False,
        [],
        None,
    ),
    # --- Brenztal: Auftragsflaute und Stellenabbau (dpa-AFX), Donnerstag, 29. Juli ---
    (
        "de",
        "HEIDENHEIM (dpa-AFX) - Der Maschinenbauer Brenztal hat im zweiten Quartal deutlich weniger Aufträge hereingeholt als ein Jahr zuvor und streicht Stellen.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der Auftragseingang brach um 18 Prozent auf 486 Millionen Euro ein, wie der Konzern am Donnerstag mitteilte.",
        True,
        [("percent", 18, "%", None), ("money", 486000000, "EUR", None)],
        "der Konzern",
    ),
    (
        "de",
        "Der Auftragsbestand schrumpfte seit Jahresbeginn um knapp ein Zehntel auf 2,31 Milliarden Euro, das entspricht gut neun Monaten Produktion.",
        True,
        [("fraction", 0.1, None, "nearly"), ("money", 2310000000, "EUR", None), ("duration", 9, "month", "over")],
        None,
    ),
    (
        "de",
        "Das operative Ergebnis (Ebit) lag mit 38,4 (Vj. 61,9) Mio. Euro unter den Erwartungen der Analysten, die im Schnitt mit 45 Mio. Euro gerechnet hatten.",
        True,
        [("money", 38400000, "EUR", None), ("money", 61900000, "EUR", None), ("money", 45000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Vorstandschef Matthias Gundelfinger-Roos sagte in einer Telefonkonferenz, an den deutschen Standorten sollten bis Mitte 2029 etwa 900 Arbeitsplätze wegfallen, rund jeder achte.",
        True,
        [("year", 2029, None, None), ("count", 900, None, "about"), ("fraction", 0.125, None, "about")],
        "Matthias Gundelfinger-Roos",
    ),
    (
        "de",
        "„Wir bauen nicht ab, weil wir es wollen, sondern weil uns der Markt keine Wahl lässt“, sagte Gundelfinger-Roos.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die IG Metall kündigte Widerstand an und nannte die Pläne „einen Tritt gegen die eigene Stammbelegschaft“.",
        False,
        [],
        None,
    ),
    ("de", "Die Aktie sackte im SDax um mehr als 7 Prozent ab.", True, [("percent", 7, "%", "over")], None),
    # --- Fraserdale Markets' quarter (CP), Thursday, July 29 ---
    (
        "en",
        "TORONTO (CP) — Grocer Fraserdale Markets Inc. says higher meat and produce prices helped lift its second-quarter profit by 14 per cent.",
        True,
        [("ordinal", 2, None, None), ("percent", 14, "%", None)],
        None,
    ),
    (
        "en",
        "The company earned $312 million, or $1.02 per diluted share, in the quarter ended June 19, up from $274 million, or 88 cents per share, a year earlier.",
        True,
        [
            ("money", 312000000, "CAD", None),
            ("money", 1.02, "CAD", None),
            ("date", "--06-19", None, None),
            ("money", 274000000, "CAD", None),
            ("money", 0.88, "CAD", None),
        ],
        None,
    ),
    (
        "en",
        "Revenue totalled $14.6 billion, up from $14.1 billion, while same-store food sales rose 3.1 per cent.",
        True,
        [("money", 14600000000, "CAD", None), ("money", 14100000000, "CAD", None), ("percent", 3.1, "%", None)],
        None,
    ),
    (
        "en",
        "The grocer raised its quarterly dividend by two cents to 31 cents per share.",
        True,
        [("money", 0.02, "CAD", None), ("money", 0.31, "CAD", None)],
        None,
    ),
    (
        "en",
        "Fraserdale also plans to buy back up to 12.5 million shares over the next 12 months.",
        True,
        [("count", 12500000, None, "up_to"), ("duration", 12, "month", None)],
        None,
    ),
    (
        "en",
        "Chief executive Genevieve Beaulieu-Mensah said food inflation in its stores ran at 2.8 per cent in the quarter, below the national rate.",
        True,
        [("percent", 2.8, "%", None)],
        "Genevieve Beaulieu-Mensah",
    ),
    (
        "en",
        '"We know Canadians are tired of hearing about grocery prices, and frankly so are we," Beaulieu-Mensah said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Consumer advocates called the results proof that grocers were still profiting from high food prices.",
        False,
        [],
        None,
    ),
    # --- Jurafeld leidet unter China und Zöllen (Keystone-SDA), Freitag, 30. Juli ---
    (
        "de",
        "Grenchen SO (Keystone-SDA) - Der Uhrenhersteller Jurafeld hat im ersten Halbjahr unter der schwachen Nachfrage aus China und den US-Zöllen gelitten.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Der Umsatz sank um 11,4 Prozent auf 684 Mio. Franken, der Betriebsgewinn (Ebit) brach um fast die Hälfte auf 71 Mio. Franken ein.",
        True,
        [
            ("percent", 11.4, "%", None),
            ("money", 684000000, "CHF", None),
            ("fraction", 0.5, None, "nearly"),
            ("money", 71000000, "CHF", None),
        ],
        None,
    ),
    (
        "de",
        "Die Ebit-Marge erreichte noch 10,4 Prozent, nach 17,9 Prozent ein Jahr zuvor.",
        True,
        [("percent", 10.4, "%", None), ("percent", 17.9, "%", None)],
        None,
    ),
    (
        "de",
        "Seit Mai arbeiten rund 450 der 2'900 Mitarbeitenden in den Werken im Jura und in Grenchen kurz.",
        True,
        [("count", 450, None, "about"), ("count", 2900, None, None)],
        None,
    ),
    (
        "de",
        "Konzernchefin Sandrine Wüthrich-Delémont sagte an einer Telefonkonferenz, die Preise in den USA seien im Juni um durchschnittlich 6 Prozent erhöht worden.",
        True,
        [("percent", 6, "%", None)],
        "Sandrine Wüthrich-Delémont",
    ),
    (
        "de",
        "«Eine Uhr aus dem Jura ist kein Massenprodukt, und wir werden sie auch nicht so verkaufen», sagte Wüthrich-Delémont.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für das Gesamtjahr erwartet Jurafeld einen Umsatzrückgang im hohen einstelligen Prozentbereich.",
        True,
        [],
        None,
    ),
    # --- Pecos Ridge Energy's quarter (Reuters), Friday, July 30 ---
    (
        "en",
        "HOUSTON, July 30 (Reuters) - U.S. shale producer Pecos Ridge Energy on Friday reported a 22% drop in second-quarter profit as lower oil prices offset record output from its Permian Basin wells.",
        True,
        [("date", "--07-30", None, None), ("percent", 22, "%", None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Net income fell to $642 million, or $2.31 per share, from $823 million, or $2.86 per share, a year earlier.",
        True,
        [
            ("money", 642000000, "USD", None),
            ("money", 2.31, "USD", None),
            ("money", 823000000, "USD", None),
            ("money", 2.86, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Production averaged 418,000 barrels of oil equivalent per day, above the top end of its forecast range of 395,000 to 410,000.",
        True,
        [("count", 418000, None, None), ("count", 395000, None, None), ("count", 410000, None, None)],
        None,
    ),
    (
        "en",
        "The company will slow its share buybacks to $400 million in the third quarter from $750 million in the second, while holding its quarterly dividend at 78 cents a share.",
        True,
        [
            ("money", 400000000, "USD", None),
            ("ordinal", 3, None, None),
            ("money", 750000000, "USD", None),
            ("ordinal", 2, None, None),
            ("money", 0.78, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Chief Financial Officer Roderick Ashcombe-Teague told analysts Pecos Ridge would cut about 300 jobs, or roughly 8% of its workforce, by year-end.",
        True,
        [("count", 300, None, "about"), ("percent", 8, "%", "about")],
        "Roderick Ashcombe-Teague",
    ),
    (
        "en",
        '"We are a cash machine, not a growth story, and we are perfectly fine with that," Ashcombe-Teague said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "U.S. crude futures averaged about $61 a barrel in the quarter, down from about $78 a year earlier.",
        True,
        [("money", 61, "USD", "about"), ("money", 78, "USD", "about")],
        None,
    ),
    (
        "en",
        "Some investors had hoped the company would keep its buybacks steady through the downturn.",
        False,
        [],
        None,
    ),
    # --- Wachauer Kreditbank im Halbjahr (APA), Montag, 2. August ---
    (
        "de",
        "Wien (APA) - Die Wachauer Kreditbank hat im ersten Halbjahr 2027 trotz sinkender Zinsen mehr verdient.",
        True,
        [("ordinal", 1, None, None), ("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Der Nettogewinn stieg um 8,2 Prozent auf 412,6 Mio. Euro, der Zinsüberschuss ging dagegen um 3,1 Prozent auf 1,08 Mrd. Euro zurück.",
        True,
        [
            ("percent", 8.2, "%", None),
            ("money", 412600000, "EUR", None),
            ("percent", 3.1, "%", None),
            ("money", 1080000000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Die Nettozinsmarge sank um 12 Basispunkte auf 2,41 Prozent, die Kosten-Ertrags-Quote verbesserte sich auf 47,9 (Vorjahr: 50,3) Prozent.",
        True,
        [
            ("percent", 12, "bp", None),
            ("percent", 2.41, "%", None),
            ("percent", 47.9, "%", None),
            ("percent", 50.3, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Finanzvorstand Gerold Pichlmann-Weißenbach sagte, die Bank wolle heuer eigene Aktien um bis zu 150 Mio. Euro zurückkaufen und für 2027 mindestens 60 Prozent des Gewinns ausschütten.",
        True,
        [("money", 150000000, "EUR", "up_to"), ("year", 2027, None, None), ("percent", 60, "%", "at_least")],
        "Gerold Pichlmann-Weißenbach",
    ),
    (
        "de",
        "„Wir sind kein Zinsgewinner mehr, wir müssen ein Kostenmeister werden“, sagte Pichlmann-Weißenbach.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Risikokosten verdoppelten sich auf 96 Mio. Euro, vor allem wegen fauler Kredite für Gewerbeimmobilien in Deutschland.",
        True,
        [("money", 96000000, "EUR", None)],
        None,
    ),
    ("de", "Analysten bezeichneten das Halbjahr als „solide, aber unspektakulär“.", False, [], None),
    (
        "de",
        "Die Aktie legte an der Wiener Börse um 2,4 Prozent auf 58,90 Euro zu.",
        True,
        [("percent", 2.4, "%", None), ("money", 58.9, "EUR", None)],
        None,
    ),
    # --- Tasman Reach's full year (AAP), Monday, August 2 ---
    (
        "en",
        "SYDNEY, Aug 2 (AAP) - Telco Tasman Reach has posted a 9 per cent rise in full-year profit and will cut another 1,200 jobs as it leans harder on automation.",
        True,
        [("date", "--08-02", None, None), ("percent", 9, "%", None), ("count", 1200, None, None)],
        None,
    ),
    (
        "en",
        "Net profit for the year to June 30 rose to $1.24 billion from $1.14 billion, on revenue of $18.9 billion.",
        True,
        [
            ("date", "--06-30", None, None),
            ("money", 1240000000, "AUD", None),
            ("money", 1140000000, "AUD", None),
            ("money", 18900000000, "AUD", None),
        ],
        None,
    ),
    (
        "en",
        "The board declared a fully franked final dividend of 9.5 cents a share, taking the full-year payout to 18.5 cents, and unveiled an on-market buyback of up to $750m.",
        True,
        [("money", 0.095, "AUD", None), ("money", 0.185, "AUD", None), ("money", 750000000, "AUD", "up_to")],
        None,
    ),
    (
        "en",
        "Chief executive Bronagh Fitzalan-Ruiz said the job cuts, mostly in call centres and back-office roles, would save about $310 million a year by FY29.",
        True,
        [("money", 310000000, "AUD", "about"), ("year", 2029, None, None)],
        "Bronagh Fitzalan-Ruiz",
    ),
    (
        "en",
        '"Customers want fewer phone calls and faster fixes, and that is what we are building," Ms Fitzalan-Ruiz said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Mobile subscribers grew by 214,000 to 9.41 million, while average revenue per user edged up 1.8 per cent to $47.20 a month.",
        True,
        [
            ("count", 214000, None, None),
            ("count", 9410000, None, None),
            ("percent", 1.8, "%", None),
            ("money", 47.2, "AUD", None),
        ],
        None,
    ),
    (
        "en",
        "Unions called the cuts a betrayal of staff who had kept the network running through floods and fires.",
        False,
        [],
        None,
    ),
    # --- Sonnfeld Touristik hebt Ziel an (dpa-AFX), Dienstag, 3. August ---
    (
        "de",
        "HANNOVER (dpa-AFX) - Der Reisekonzern Sonnfeld Touristik hat im dritten Geschäftsquartal dank eines starken Sommergeschäfts seinen Verlust deutlich verringert.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Von April bis Juni stand nach Unternehmensangaben ein bereinigter operativer Verlust von 18,4 (Vorjahr: 46,7) Mio. Euro.",
        True,
        [("money", 18400000, "EUR", None), ("money", 46700000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Umsatz kletterte um 12,3 Prozent auf 2,96 Mrd. Euro.",
        True,
        [("percent", 12.3, "%", None), ("money", 2960000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Für das Geschäftsjahr 2026/27, das Ende September endet, hob der Vorstand das Ziel für das bereinigte Ebit auf 560 bis 600 Mio. Euro an, nach bislang 480 bis 540 Mio. Euro.",
        True,
        [
            ("year", 2026, None, None),
            ("year", 2027, None, None),
            ("money", 560000000, "EUR", None),
            ("money", 600000000, "EUR", None),
            ("money", 480000000, "EUR", None),
            ("money", 540000000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Für den Sommer seien bislang 7,8 Millionen Gäste gebucht, gut 5 Prozent mehr als im Vorjahr, sagte Vorstandschefin Katrin Oelschläger-Mbeki.",
        True,
        [("count", 7800000, None, None), ("percent", 5, "%", "over")],
        "Katrin Oelschläger-Mbeki",
    ),
    ("de", "„Die Menschen sparen an vielem, aber nicht am Urlaub“, sagte Oelschläger-Mbeki.", False, [], None),
    (
        "de",
        "Die Nettoverschuldung sank zum Ende des Quartals auf 1,12 Mrd. Euro, nach 1,64 Mrd. Euro ein Jahr zuvor.",
        True,
        [("money", 1120000000, "EUR", None), ("money", 1640000000, "EUR", None)],
        None,
    ),
    ("de", "Ein Analyst hielt die neue Prognose für „eher vorsichtig kalkuliert“.", False, [], None),
    # --- Ironbark Bank's annual profit (Reuters), Tuesday, August 3 ---
    (
        "en",
        "SYDNEY, Aug 3 (Reuters) - Australia's Ironbark Bank posted a 4% rise in annual cash profit on Tuesday, beating forecasts, as lower funding costs offset fierce competition for home loans.",
        True,
        [("date", "--08-03", None, None), ("percent", 4, "%", None)],
        None,
    ),
    (
        "en",
        "Cash earnings rose to A$4.87bn ($3.21bn) in the year to June 30 from A$4.68bn, above the A$4.72bn consensus compiled by Visible Alpha.",
        True,
        [
            ("money", 4870000000, "AUD", None),
            ("money", 3210000000, "USD", None),
            ("date", "--06-30", None, None),
            ("money", 4680000000, "AUD", None),
            ("money", 4720000000, "AUD", None),
        ],
        None,
    ),
    (
        "en",
        "The net interest margin narrowed 6 basis points to 1.89%.",
        True,
        [("percent", 6, "bp", None), ("percent", 1.89, "%", None)],
        None,
    ),
    (
        "en",
        "The lender declared a final dividend of A$1.22 a share, up 4 Australian cents, and announced an on-market buyback of up to A$1bn.",
        True,
        [("money", 1.22, "AUD", None), ("money", 0.04, "AUD", None), ("money", 1000000000, "AUD", "up_to")],
        None,
    ),
    (
        "en",
        "Chief Executive Lachlan Mereworth-Achebe told reporters that about 1.4% of its home loans were more than 90 days in arrears, up from 1.1% a year earlier.",
        True,
        [("percent", 1.4, "%", "about"), ("duration", 90, "day", "over"), ("percent", 1.1, "%", None)],
        "Lachlan Mereworth-Achebe",
    ),
    ("en", '"Australian households are stretched, but they are not broken," Mereworth-Achebe said.', False, [], None),
    (
        "en",
        "Ironbark will also close 46 branches over the next two years, mostly in regional Queensland and New South Wales.",
        True,
        [("count", 46, None, None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "Its shares rose 2.8% to a record A$138.50, giving the bank a market value of about A$231bn.",
        True,
        [("percent", 2.8, "%", None), ("money", 138.5, "AUD", None), ("money", 231000000000, "AUD", "about")],
        None,
    ),
    # --- Seetaler Aufzüge im Halbjahr (Keystone-SDA), Mittwoch, 4. August ---
    (
        "de",
        "Emmen LU (Keystone-SDA) - Der Liftbauer Seetaler Aufzüge hat im ersten Halbjahr mehr Aufträge verbucht, beim Gewinn aber nachgegeben.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Der Bestellungseingang stieg um 3,4 Prozent auf 3,12 Mrd. Franken, in Lokalwährungen um 5,9 Prozent.",
        True,
        [("percent", 3.4, "%", None), ("money", 3120000000, "CHF", None), ("percent", 5.9, "%", None)],
        None,
    ),
    (
        "de",
        "Der Auftragsbestand erreichte Ende Juni mit 9,84 Mrd. Franken einen Höchststand.",
        True,
        [("money", 9840000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Der Reingewinn sank um 6 Prozent auf 268 Mio. Fr.",
        True,
        [("percent", 6, "%", None), ("money", 268000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Im Neuanlagengeschäft in China brach der Umsatz um rund ein Drittel ein.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "de",
        "Finanzchef Beat Imhasly-Ferrari sagte an einer Telefonkonferenz, bis 2029 würden weltweit rund 1'500 Stellen abgebaut, davon gut 200 in der Schweiz.",
        True,
        [("year", 2029, None, None), ("count", 1500, None, "about"), ("count", 200, None, "over")],
        "Beat Imhasly-Ferrari",
    ),
    ("de", "«China ist kein Wachstumsmotor mehr, sondern ein Wartungsmarkt», sagte Imhasly-Ferrari.", False, [], None),
    ("de", "Die Gewerkschaft Unia nannte den Stellenabbau «unnötig und kurzsichtig».", False, [], None),
    # --- Glimmerbox's quarter (AP), Wednesday, August 4 ---
    (
        "en",
        "LOS ANGELES (AP) — Streaming service Glimmerbox added 3.2 million subscribers in the second quarter, more than analysts had forecast, as a cheaper ad-supported plan drew new customers.",
        True,
        [("count", 3200000, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Revenue rose 14% to $4.62 billion, and net income nearly doubled to $588 million, or $1.31 per share.",
        True,
        [
            ("percent", 14, "%", None),
            ("money", 4620000000, "USD", None),
            ("money", 588000000, "USD", None),
            ("money", 1.31, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Analysts surveyed by FactSet had expected earnings of $1.12 per share on revenue of $4.55 billion.",
        True,
        [("money", 1.12, "USD", None), ("money", 4550000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Glimmerbox will raise the price of its premium plan by $2 to $24.99 a month in the U.S. and Canada from Sept. 1.",
        True,
        [("money", 2, "USD", None), ("money", 24.99, "USD", None), ("date", "--09-01", None, None)],
        None,
    ),
    (
        "en",
        "Co-CEO Marcus Oyelowo-Brandt said about 45% of new customers picked the ad tier wherever it was available.",
        True,
        [("percent", 45, "%", "about")],
        "Marcus Oyelowo-Brandt",
    ),
    ("en", '"People will always find money for the stories they love," Oyelowo-Brandt said.', False, [], None),
    (
        "en",
        "The company forecast third-quarter revenue of $4.7 billion to $4.8 billion, and its shares jumped 9% in extended trading.",
        True,
        [
            ("ordinal", 3, None, None),
            ("money", 4700000000, "USD", None),
            ("money", 4800000000, "USD", None),
            ("percent", 9, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Media analysts said the price increase would test how much viewers are willing to tolerate.",
        False,
        [],
        None,
    ),
    # --- Hellweg Bau mit Rekord-Auftragsbestand (dpa-AFX), Donnerstag, 5. August ---
    (
        "de",
        "ESSEN (dpa-AFX) - Der Baukonzern Hellweg Bau profitiert vom Ausbau der Stromnetze und hat seinen Auftragsbestand im ersten Halbjahr auf einen Rekordwert gesteigert.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Zum 30. Juni lag der Auftragsbestand bei 14,7 Mrd. Euro und damit gut ein Fünftel über dem Vorjahreswert.",
        True,
        [("date", "--06-30", None, None), ("money", 14700000000, "EUR", None), ("fraction", 0.2, None, "over")],
        None,
    ),
    (
        "de",
        "Der Auftragseingang kletterte um 26 Prozent auf 6,3 Mrd. Euro, davon entfielen rund 2,1 Mrd. Euro auf Netzprojekte.",
        True,
        [("percent", 26, "%", None), ("money", 6300000000, "EUR", None), ("money", 2100000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Das operative Ergebnis verbesserte sich auf 212 (Vorjahr: 164) Mio. Euro, der Konzerngewinn auf 118 (86) Mio. Euro.",
        True,
        [
            ("money", 212000000, "EUR", None),
            ("money", 164000000, "EUR", None),
            ("money", 118000000, "EUR", None),
            ("money", 86000000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Der Vorstand hob die Prognose für den Konzerngewinn 2027 auf 250 bis 280 Mio. Euro an und kündigte einen Aktienrückkauf über bis zu 300 Mio. Euro bis Ende 2028 an.",
        True,
        [
            ("year", 2027, None, None),
            ("money", 250000000, "EUR", None),
            ("money", 280000000, "EUR", None),
            ("money", 300000000, "EUR", "up_to"),
            ("year", 2028, None, None),
        ],
        None,
    ),
    (
        "de",
        "Finanzvorstand Jörg Tiedemann-Sarpong sagte, die Belegschaft solle in diesem Jahr um rund 1.500 auf etwa 41.000 Beschäftigte wachsen.",
        True,
        [("count", 1500, None, "about"), ("count", 41000, None, "about")],
        "Jörg Tiedemann-Sarpong",
    ),
    ("de", "„Die Energiewende muss gebaut werden, und wir bauen sie“, sagte Tiedemann-Sarpong.", False, [], None),
    ("de", "Analysten sprachen von einem „Zahlenwerk ohne Schwachstelle“.", False, [], None),
    # --- Rivermont Communications' quarter (CP), Thursday, August 5 ---
    (
        "en",
        "MONTREAL (CP) — Rivermont Communications Inc. will cut about 1,100 jobs after reporting a drop in second-quarter profit, the company said Thursday.",
        True,
        [("count", 1100, None, "about"), ("ordinal", 2, None, None)],
        "the company",
    ),
    (
        "en",
        "The Montreal-based telecom said it earned $187 million, or 54 cents per share, in the quarter, down from $236 million, or 68 cents per share, a year ago.",
        True,
        [
            ("money", 187000000, "CAD", None),
            ("money", 0.54, "CAD", None),
            ("money", 236000000, "CAD", None),
            ("money", 0.68, "CAD", None),
        ],
        None,
    ),
    (
        "en",
        "Rivermont added 41,600 net new postpaid mobile phone subscribers, down from 63,900 a year earlier, as immigration slowed.",
        True,
        [("count", 41600, None, None), ("count", 63900, None, None)],
        None,
    ),
    (
        "en",
        "It kept its quarterly dividend at 48 cents a share and stuck to its outlook for free cash flow this year of between $1.5 billion and $1.6 billion.",
        True,
        [("money", 0.48, "CAD", None), ("money", 1500000000, "CAD", None), ("money", 1600000000, "CAD", None)],
        None,
    ),
    (
        "en",
        "Chief financial officer Stéphane Lachapelle-Njoroge said the company had spent US$340 million on a U.S. fibre network it bought last year and would make no further acquisitions south of the border.",
        True,
        [("money", 340000000, "USD", None)],
        "Stéphane Lachapelle-Njoroge",
    ),
    (
        "en",
        '"We would rather be excellent in Canada than average across North America," Lachapelle-Njoroge said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Unifor, the union representing many of the company's technicians, called the job cuts \"greed dressed up as efficiency.\"",
        False,
        [],
        None,
    ),
    (
        "en",
        "Rivermont shares fell 3.6 per cent to $41.22 on the Toronto Stock Exchange.",
        True,
        [("percent", 3.6, "%", None), ("money", 41.22, "CAD", None)],
        None,
    ),
    # --- Pölstal Refractories baut ab (APA), Freitag, 6. August ---
    (
        "de",
        "Leoben (APA) - Der Feuerfestkonzern Pölstal Refractories hat im ersten Halbjahr weniger umgesetzt und baut weitere Stellen ab.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Der Umsatz ging im Jahresabstand um 7,4 Prozent auf 1,06 Mrd. Euro zurück, das bereinigte Ebit um 19 Prozent auf 88,2 Mio. Euro.",
        True,
        [
            ("percent", 7.4, "%", None),
            ("money", 1060000000, "EUR", None),
            ("percent", 19, "%", None),
            ("money", 88200000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Unterm Strich verdiente der Konzern 41,5 Mio. Euro, nach 63,8 Mio. Euro im Vorjahreshalbjahr.",
        True,
        [("money", 41500000, "EUR", None), ("money", 63800000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die bereinigte Ebit-Marge sank um 1,2 Prozentpunkte auf 8,3 Prozent.",
        True,
        [("percent", 1.2, "pp", None), ("percent", 8.3, "%", None)],
        None,
    ),
    (
        "de",
        "Bis Ende 2028 sollen weltweit rund 600 der knapp 11.400 Stellen wegfallen, etwa 180 davon in Österreich.",
        True,
        [
            ("year", 2028, None, None),
            ("count", 600, None, "about"),
            ("count", 11400, None, "nearly"),
            ("count", 180, None, "about"),
        ],
        None,
    ),
    (
        "de",
        "Vorstandschef Wolfgang Stadlmayr-Okonjo sagte, das Werk in Mauthausen werde nicht geschlossen, die Produktion dort aber um ein Viertel gedrosselt.",
        True,
        [("fraction", 0.25, None, None)],
        "Wolfgang Stadlmayr-Okonjo",
    ),
    (
        "de",
        "„Wir stecken mitten in einer Stahlkrise, wie es sie in dieser Härte lange nicht gab“, sagte Stadlmayr-Okonjo.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für heuer peilt das Management weiterhin eine bereinigte Ebit-Marge von 8 bis 9 Prozent an.",
        True,
        [("percent", 8, "%", None), ("percent", 9, "%", None)],
        None,
    ),
    ("de", "Der Betriebsratsvorsitzende sprach von einem „schwarzen Freitag für die Obersteiermark“.", False, [], None),
    # --- Limmat Re's half year (Reuters), Friday, August 6 ---
    (
        "en",
        "ZURICH, Aug 6 (Reuters) - Swiss reinsurer Limmat Re posted a 31% jump in first-half net profit on Friday, helped by lighter natural catastrophe losses and higher investment income.",
        True,
        [("date", "--08-06", None, None), ("percent", 31, "%", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Net income rose to $1.94 billion, above the $1.71 billion average of analyst forecasts compiled by the company.",
        True,
        [("money", 1940000000, "USD", None), ("money", 1710000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Large natural catastrophe claims totalled $612m in the six months, against a budget of $1.1bn.",
        True,
        [("money", 612000000, "USD", None), ("duration", 6, "month", None), ("money", 1100000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The property and casualty combined ratio improved to 84.6% from 89.2%.",
        True,
        [("percent", 84.6, "%", None), ("percent", 89.2, "%", None)],
        None,
    ),
    (
        "en",
        "Chief Financial Officer Annette Brügger-Okafor told reporters the group's Swiss Solvency Test ratio stood at about 265% at the end of June.",
        True,
        [("percent", 265, "%", "about")],
        "Annette Brügger-Okafor",
    ),
    (
        "en",
        '"We are paid to take volatility, and this half year we were paid well for it," Brügger-Okafor said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Limmat Re kept its target of a net profit of more than $3.5 billion for 2027, while prices in the July renewals fell by about 4% after a 6% drop in January.",
        True,
        [
            ("money", 3500000000, "USD", "over"),
            ("year", 2027, None, None),
            ("percent", 4, "%", "about"),
            ("percent", 6, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Its shares were up 2.9% at 164.35 Swiss francs by 0945 GMT.",
        True,
        [("percent", 2.9, "%", None), ("money", 164.35, "CHF", None)],
        None,
    ),
    # --- Kollwitz Systems hebt Ziele an (dpa-AFX), Montag, 9. August ---
    (
        "de",
        "BERLIN (dpa-AFX) - Der Softwareanbieter Kollwitz Systems hat im zweiten Quartal vom Geschäft mit Cloud-Abos profitiert und seine Jahresziele erhöht.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Erlöse aus der Cloud kletterten um 31 Prozent auf 412 Millionen Euro, der Gesamtumsatz um 14 Prozent auf 1,03 Milliarden Euro.",
        True,
        [
            ("percent", 31, "%", None),
            ("money", 412000000, "EUR", None),
            ("percent", 14, "%", None),
            ("money", 1030000000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Das bereinigte Ergebnis je Aktie stieg auf 1,18 (Vorjahr: 0,94) Euro, von Analysten waren im Schnitt nur 1,09 Euro erwartet worden.",
        True,
        [("money", 1.18, "EUR", None), ("money", 0.94, "EUR", None), ("money", 1.09, "EUR", None)],
        None,
    ),
    (
        "de",
        "Für 2027 erwartet Kollwitz nun ein Umsatzplus von 12 bis 14 Prozent statt 10 bis 12 Prozent.",
        True,
        [
            ("year", 2027, None, None),
            ("percent", 12, "%", None),
            ("percent", 14, "%", None),
            ("percent", 10, "%", None),
            ("percent", 12, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Der Vorstand kündigte zudem Aktienrückkäufe über bis zu 500 Millionen Euro an, die bis Ende März 2028 laufen sollen.",
        True,
        [("money", 500000000, "EUR", "up_to"), ("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "Konzernchefin Ilka Mohnhaupt-Quaye sagte, die Zahl der Cloud-Kunden habe sich seit Jahresbeginn um gut ein Viertel auf rund 18.600 erhöht.",
        True,
        [("fraction", 0.25, None, "over"), ("count", 18600, None, "about")],
        "Ilka Mohnhaupt-Quaye",
    ),
    (
        "de",
        "„Künstliche Intelligenz verkauft sich nicht von allein, aber sie öffnet uns Türen“, sagte Mohnhaupt-Quaye.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Aktie sprang an die Dax-Spitze und gewann zeitweise 9,1 Prozent.",
        True,
        [("percent", 9.1, "%", None)],
        None,
    ),
    # --- Gellibrand & Lyle's full-year loss (AAP), Monday, August 9 ---
    (
        "en",
        "MELBOURNE (AAP) - Department store chain Gellibrand & Lyle has swung to a full-year loss after writing down the value of its stores by $286 million.",
        True,
        [("money", 286000000, "AUD", None)],
        None,
    ),
    (
        "en",
        "The retailer reported a statutory net loss of $142.5 million for the 52 weeks to June 27, compared with a profit of $58.1 million a year earlier.",
        True,
        [
            ("money", 142500000, "AUD", None),
            ("duration", 52, "week", None),
            ("date", "--06-27", None, None),
            ("money", 58100000, "AUD", None),
        ],
        None,
    ),
    (
        "en",
        "The company will close 11 of its 64 stores over the next two years and cut about 900 jobs.",
        True,
        [
            ("count", 11, None, None),
            ("count", 64, None, None),
            ("duration", 2, "year", None),
            ("count", 900, None, "about"),
        ],
        None,
    ),
    (
        "en",
        "No final dividend was declared, after an interim payout of 6 cents a share.",
        True,
        [("money", 0.06, "AUD", None)],
        None,
    ),
    (
        "en",
        "Chief executive Imogen Barraclough-Nkosi said online sales had grown 17 per cent and now made up almost a quarter of the total.",
        True,
        [("percent", 17, "%", None), ("fraction", 0.25, None, "nearly")],
        "Imogen Barraclough-Nkosi",
    ),
    (
        "en",
        '"The department store is not dead, but it has to earn its floor space," Ms Barraclough-Nkosi said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Gellibrand & Lyle shares slumped 11.4 per cent to $1.24, a record low.",
        True,
        [("percent", 11.4, "%", None), ("money", 1.24, "AUD", None)],
        None,
    ),
    ("en", "Retail analysts said the chain had clung to its big city stores for far too long.", False, [], None),
    # --- Birsig Pharma legt kräftig zu (Keystone-SDA), Dienstag, 10. August ---
    (
        "de",
        "Basel (Keystone-SDA) - Der Pharmazulieferer Birsig Pharma hat im ersten Halbjahr 2027 dank der Nachfrage nach Abnehmspritzen kräftig zugelegt.",
        True,
        [("ordinal", 1, None, None), ("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Der Umsatz stieg um 18,6 Prozent auf 2,74 Mrd. Franken, wie es in einem Communiqué hiess.",
        True,
        [("percent", 18.6, "%", None), ("money", 2740000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Der Kerngewinn (Core Ebitda) erhöhte sich auf 864 Mio. Fr. von 702 Mio. Fr. im Vorjahr, die Marge auf 31,5 Prozent.",
        True,
        [("money", 864000000, "CHF", None), ("money", 702000000, "CHF", None), ("percent", 31.5, "%", None)],
        None,
    ),
    (
        "de",
        "Für das Gesamtjahr stellt Birsig nun ein Wachstum in Lokalwährungen von 15 bis 17 Prozent in Aussicht, bisher waren 12 bis 15 Prozent genannt worden.",
        True,
        [
            ("percent", 15, "%", None),
            ("percent", 17, "%", None),
            ("percent", 12, "%", None),
            ("percent", 15, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Konzernchef Raphael Zumstein-Okeke sagte an einer Telefonkonferenz, im Wallis würden bis 2029 rund 1,2 Mrd. Franken in eine neue Abfüllanlage investiert und rund 650 Stellen geschaffen.",
        True,
        [("year", 2029, None, None), ("money", 1200000000, "CHF", "about"), ("count", 650, None, "about")],
        "Raphael Zumstein-Okeke",
    ),
    (
        "de",
        "«Wir sind Lieferant, nicht Erfinder, aber ohne uns kommt kein Medikament in die Spritze», sagte Zumstein-Okeke.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Aktie legte an der SIX um 7,2 Prozent auf 418,60 Franken zu.",
        True,
        [("percent", 7.2, "%", None), ("money", 418.6, "CHF", None)],
        None,
    ),
    ("de", "Händler sprachen von einem «Ausrufezeichen» nach dem schwachen Frühjahr.", False, [], None),
    # --- Borealis Airlines' quarter (CP), Tuesday, August 10 ---
    (
        "en",
        "CALGARY (CP) — Borealis Airlines Ltd. swung to a second-quarter profit as strong summer demand and cheaper jet fuel offset higher labour costs.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "The Calgary-based carrier earned $96.4 million, or 71 cents per diluted share, in the three months ended June 30, compared with a loss of $22.8 million, or 17 cents per share, a year earlier.",
        True,
        [
            ("money", 96400000, "CAD", None),
            ("money", 0.71, "CAD", None),
            ("duration", 3, "month", None),
            ("date", "--06-30", None, None),
            ("money", 22800000, "CAD", None),
            ("money", 0.17, "CAD", None),
        ],
        None,
    ),
    (
        "en",
        "Operating revenue climbed 9.2 per cent to $1.87 billion, and the airline filled 86.1 per cent of its seats while flying 7.3 million passengers.",
        True,
        [
            ("percent", 9.2, "%", None),
            ("money", 1870000000, "CAD", None),
            ("percent", 86.1, "%", None),
            ("count", 7300000, None, None),
        ],
        None,
    ),
    (
        "en",
        "Borealis will push back delivery of eight of the 22 Boeing 737 MAX jets due next year to 2029, saving about US$380 million in capital spending.",
        True,
        [
            ("count", 8, None, None),
            ("count", 22, None, None),
            ("year", 2029, None, None),
            ("money", 380000000, "USD", "about"),
        ],
        None,
    ),
    (
        "en",
        "President and chief executive Trent Halloran-Asante said the pilots' new four-year contract would add about $65 million to costs this year.",
        True,
        [("duration", 4, "year", None), ("money", 65000000, "CAD", "about")],
        "Trent Halloran-Asante",
    ),
    (
        "en",
        '"Our people earned this contract, and our customers will feel the difference in reliability," Halloran-Asante said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Industry observers said the carrier still faced fierce competition from ultra-low-cost rivals on western routes.",
        False,
        [],
        None,
    ),
    # --- Steyrtaler Wellpappe in den roten Zahlen (APA), Mittwoch, 11. August ---
    (
        "de",
        "Wels (APA) - Der oberösterreichische Verpackungshersteller Steyrtaler Wellpappe hat das erste Halbjahr mit einem Verlust abgeschlossen.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Das Periodenergebnis betrug minus 8,9 Mio. Euro nach plus 21,4 Mio. Euro in der Vorjahresperiode, teilte das Unternehmen am Mittwoch mit.",
        True,
        [("money", -8900000, "EUR", None), ("money", 21400000, "EUR", None)],
        "das Unternehmen",
    ),
    (
        "de",
        "Die Umsatzerlöse sanken um 5,1 Prozent auf 478,3 Mio. Euro, weil die Verkaufspreise um durchschnittlich 7 Prozent zurückgingen.",
        True,
        [("percent", 5.1, "%", None), ("money", 478300000, "EUR", None), ("percent", 7, "%", None)],
        None,
    ),
    (
        "de",
        "Die Absatzmenge stieg dagegen um 2 Prozent auf 612.000 Tonnen.",
        True,
        [("percent", 2, "%", None), ("count", 612000, None, None)],
        None,
    ),
    (
        "de",
        "Im Werk Lambach steht eine Papiermaschine ab Oktober für mindestens sechs Monate still, davon sind 140 Beschäftigte betroffen.",
        True,
        [("duration", 6, "month", "at_least"), ("count", 140, None, None)],
        None,
    ),
    (
        "de",
        "Finanzvorständin Theresia Aichberger-Nwosu sagte, heuer werde ein Ebitda von 35 bis 45 Mio. Euro erwartet, nach 96 Mio. Euro im Vorjahr.",
        True,
        [("money", 35000000, "EUR", None), ("money", 45000000, "EUR", None), ("money", 96000000, "EUR", None)],
        "Theresia Aichberger-Nwosu",
    ),
    (
        "de",
        "„Karton ist ein Frühindikator, und der zeigt gerade steil nach unten“, sagte Aichberger-Nwosu.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Arbeiterkammer Oberösterreich nannte die Stilllegung „ein fatales Signal für die ganze Region“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Aktie verlor an der Wiener Börse 6,3 Prozent auf 21,10 Euro.",
        True,
        [("percent", 6.3, "%", None), ("money", 21.1, "EUR", None)],
        None,
    ),
    # --- Saltbush Wine Estates' profit warning (Reuters), Wednesday, August 11 ---
    (
        "en",
        "ADELAIDE, Aug 11 (Reuters) - Saltbush Wine Estates, Australia's third-largest winemaker, cut its full-year profit forecast on Wednesday as U.S. tariffs and a glut of red wine hit sales.",
        True,
        [("date", "--08-11", None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "The company now expects underlying net profit of A$84m-A$92m for the year to June 30, down from A$118m-A$128m previously.",
        True,
        [
            ("money", 84000000, "AUD", None),
            ("money", 92000000, "AUD", None),
            ("date", "--06-30", None, None),
            ("money", 118000000, "AUD", None),
            ("money", 128000000, "AUD", None),
        ],
        None,
    ),
    (
        "en",
        "Its U.S. sales fell 38% to $96 million in the 11 months to May, the company said in a statement to the Australian Securities Exchange.",
        True,
        [("percent", 38, "%", None), ("money", 96000000, "USD", None), ("duration", 11, "month", None)],
        "the company",
    ),
    (
        "en",
        "Saltbush will write down its brands and vineyards by A$310m to A$340m ($204m to $224m) and close its Riverland bottling plant, cutting 260 jobs.",
        True,
        [
            ("money", 310000000, "AUD", None),
            ("money", 340000000, "AUD", None),
            ("money", 204000000, "USD", None),
            ("money", 224000000, "USD", None),
            ("count", 260, None, None),
        ],
        None,
    ),
    (
        "en",
        "Chief Executive Fenella Quarrington-Diallo said China now accounted for about 31% of group sales, up from 12% two years ago.",
        True,
        [("percent", 31, "%", "about"), ("percent", 12, "%", None), ("duration", 2, "year", None)],
        "Fenella Quarrington-Diallo",
    ),
    ("en", '"We planted for a world that no longer exists," Quarrington-Diallo said.', False, [], None),
    (
        "en",
        "The shares fell as much as 14.6% to A$2.37, their lowest since 2016.",
        True,
        [("percent", 14.6, "%", "up_to"), ("money", 2.37, "AUD", None), ("year", 2016, None, None)],
        None,
    ),
    ("en", "Some fund managers said a takeover bid for the group was now only a matter of time.", False, [], None),
    # --- Stintfang Versicherung verdient mehr (dpa-AFX), Donnerstag, 12. August ---
    (
        "de",
        "HAMBURG (dpa-AFX) - Der Versicherer Stintfang hat im ersten Halbjahr dank geringerer Unwetterschäden deutlich mehr verdient und will seine Aktionäre stärker am Gewinn beteiligen.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Der Überschuss stieg um 27 Prozent auf 684 Millionen Euro.",
        True,
        [("percent", 27, "%", None), ("money", 684000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die kombinierte Schaden-Kosten-Quote im Sachgeschäft verbesserte sich auf 91,2 (Vorjahr: 95,8) Prozent.",
        True,
        [("percent", 91.2, "%", None), ("percent", 95.8, "%", None)],
        None,
    ),
    (
        "de",
        "Die Großschäden aus Naturkatastrophen summierten sich auf 212 Millionen Euro, budgetiert waren 340 Millionen.",
        True,
        [("money", 212000000, "EUR", None), ("money", 340000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Künftig will Stintfang 55 bis 65 Prozent des Gewinns als Dividende ausschütten statt wie bisher mindestens die Hälfte.",
        True,
        [("percent", 55, "%", None), ("percent", 65, "%", None), ("fraction", 0.5, None, "at_least")],
        None,
    ),
    (
        "de",
        "Zudem sollen bis Ende 2028 eigene Aktien für bis zu 1 Milliarde Euro zurückgekauft werden.",
        True,
        [("year", 2028, None, None), ("money", 1000000000, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "Finanzchef Malte Ohrtmann-Boateng sagte, für 2027 werde nun ein Überschuss von mehr als 1,3 Milliarden Euro erwartet.",
        True,
        [("year", 2027, None, None), ("money", 1300000000, "EUR", "over")],
        "Malte Ohrtmann-Boateng",
    ),
    (
        "de",
        "„Wir hatten Glück mit dem Wetter, aber Glück ist kein Geschäftsmodell“, sagte Ohrtmann-Boateng.",
        False,
        [],
        None,
    ),
    # --- Dollarwise Stores raises forecast (AP), Thursday, August 12 ---
    (
        "en",
        "MEMPHIS, Tenn. (AP) — Discount chain Dollarwise Stores raised its annual profit forecast Thursday after shoppers hunting for bargains pushed sales up in its fiscal second quarter.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Dollarwise earned $412 million, or $1.46 per share, in the three months ended Aug. 1, up from $355 million, or $1.24 per share, a year earlier.",
        True,
        [
            ("money", 412000000, "USD", None),
            ("money", 1.46, "USD", None),
            ("duration", 3, "month", None),
            ("date", "--08-01", None, None),
            ("money", 355000000, "USD", None),
            ("money", 1.24, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Comparable-store sales rose 4.3%, topping the 3.1% gain analysts expected, according to FactSet.",
        True,
        [("percent", 4.3, "%", None), ("percent", 3.1, "%", None)],
        None,
    ),
    (
        "en",
        "The company now expects full-year earnings of $5.60 to $5.80 per share, up from its earlier forecast of $5.30 to $5.55.",
        True,
        [
            ("money", 5.6, "USD", None),
            ("money", 5.8, "USD", None),
            ("money", 5.3, "USD", None),
            ("money", 5.55, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Chief Financial Officer Roland Abernathy-Kwarteng said tariffs would cost Dollarwise about $180 million this fiscal year and that prices on about one in five items had gone up.",
        True,
        [("money", 180000000, "USD", "about"), ("fraction", 0.2, None, "about")],
        "Roland Abernathy-Kwarteng",
    ),
    (
        "en",
        '"Every cent matters to our shoppers, and we run this company like it matters to us," Abernathy-Kwarteng said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The chain also plans to open about 90 stores and close 45 in the year ending in January.",
        True,
        [("count", 90, None, "about"), ("count", 45, None, None)],
        None,
    ),
    (
        "en",
        "Retail analysts said the results showed middle-income families were still under heavy pressure.",
        False,
        [],
        None,
    ),
    # --- Analyse zur Halbzeit der Berichtssaison (dpa-AFX), Freitag, 13. August ---
    (
        "de",
        "Analyse: Halbzeit der Berichtssaison - Dax-Konzerne trotzen der Flaute, der Mittelstand leidet",
        False,
        [],
        None,
    ),
    (
        "de",
        "FRANKFURT (dpa-AFX) - Die großen deutschen Börsenkonzerne sind besser durch das erste Halbjahr gekommen als befürchtet.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Von den 40 Dax-Unternehmen haben 36 inzwischen ihre Zahlen vorgelegt, 23 davon lagen beim operativen Gewinn über den Prognosen der Analysten, wie eine Auswertung von dpa-AFX zeigt.",
        True,
        [("count", 40, None, None), ("count", 36, None, None), ("count", 23, None, None)],
        None,
    ),
    (
        "de",
        "Zusammen verdienten die 36 Konzerne im zweiten Quartal operativ rund 41,8 Milliarden Euro, knapp 3 Prozent mehr als ein Jahr zuvor.",
        True,
        [
            ("count", 36, None, None),
            ("ordinal", 2, None, None),
            ("money", 41800000000, "EUR", "about"),
            ("percent", 3, "%", "nearly"),
        ],
        None,
    ),
    (
        "de",
        "Neun Unternehmen senkten ihre Jahresprognose, fünf hoben sie an.",
        True,
        [("count", 9, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "In MDax und SDax fiel die Bilanz schwächer aus: Dort kündigte fast jedes vierte Unternehmen einen Stellenabbau an, zusammen gut 38.000 Stellen seit Jahresbeginn.",
        True,
        [("fraction", 0.25, None, "nearly"), ("count", 38000, None, "over")],
        None,
    ),
    (
        "de",
        "Die Dax-Konzerne hätten im Schnitt 4,1 Prozent mehr umgesetzt, das Ergebnis je Aktie sei aber nur um 1,2 Prozent gestiegen, sagte Marktstrategin Claudia Weitershausen-Amoah von der Mainkai Bank.",
        True,
        [("percent", 4.1, "%", None), ("percent", 1.2, "%", None)],
        "Claudia Weitershausen-Amoah",
    ),
    (
        "de",
        "„Die Großen verdienen im Ausland, die Kleinen leiden im Inland“, sagte Weitershausen-Amoah.",
        False,
        [],
        None,
    ),
    # --- S&P 500 earnings tally (Reuters), Friday, August 13 ---
    (
        "en",
        "NEW YORK, Aug 13 (Reuters) - With 459 of the S&P 500 companies having reported second-quarter results, 78.4% have topped analysts' profit estimates, according to LSEG data.",
        True,
        [
            ("date", "--08-13", None, None),
            ("count", 459, None, None),
            ("ordinal", 2, None, None),
            ("percent", 78.4, "%", None),
        ],
        None,
    ),
    (
        "en",
        "That compares with a long-term average beat rate of 67% and 76% over the past four quarters.",
        True,
        [("percent", 67, "%", None), ("percent", 76, "%", None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Aggregate earnings growth for the quarter is now estimated at 11.8%, up from 7.1% expected on July 1.",
        True,
        [("percent", 11.8, "%", None), ("percent", 7.1, "%", None), ("date", "--07-01", None, None)],
        None,
    ),
    (
        "en",
        "Technology companies are on track for a 24% rise in profit, while energy earnings are set to fall by nearly a fifth.",
        True,
        [("percent", 24, "%", None), ("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "en",
        "Of the companies that have reported, 112 cited tariffs on their earnings calls, down from 187 in the first quarter, according to a Reuters tally.",
        True,
        [("count", 112, None, None), ("count", 187, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Profit margins for the index are running at about 13.1%, the highest on record, said Delphine Okonkwo-Harrington, chief investment strategist at Wyndgate Asset Management.",
        True,
        [("percent", 13.1, "%", "about")],
        "Delphine Okonkwo-Harrington",
    ),
    (
        "en",
        '"Earnings have carried this market, and so far they have not let it down," Okonkwo-Harrington said.',
        False,
        [],
        None,
    ),
    ("en", "Strategists said expectations for the rest of the year now looked stretched.", False, [], None),
]
