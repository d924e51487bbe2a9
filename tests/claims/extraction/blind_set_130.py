"""Hundred-and-thirtieth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, banks, firms, portals and figures
are made up (Kestrel Bancorp, Graham Pell, Manfred Lohninger, Harcourt Bank, Margaret
Hollins, Weserland Bank, Katja Rehberg, Henning Falkenrath, Coinvale, Ilya Brandt, Owen
Lasker, Priya Holm, Bank Lindenhof, Beat Imfeld, Nadia Feld, Marcia Oyelaran, Fiona
Ratcliffe, Tauernbank, Bettina Hufnagl, Wolfgang Reischl, Northgate Banking Group, Fairhaven
Bank, Simon Lathbury, Aarwald Bank, Philippe Gauchat, Nerova, Lea Brandstätter, Quillpay,
Therese Okonkwo, Scam Watch UK, Bankhaus Pergler, Stefan Ruiz, Laurel Whitaker,
Zinskompass, Ralf Dörnberg, Loanscope, Carla Benning, Hypolupe, Fenwick Prime, Mei
Tanaka-Ross, Privatbank Helmreich, Sieglinde Prattes, Ben Corliss, Volksbank Ulstertal,
Raiffeisenbank Fuldaer Land, Tobias Gerlach). Real regulators, bodies, exchanges, data
providers, unions and places ("Bundeskriminalamt", "Cybercrime-Competence-Center", "Verdi",
"Xetra", "Bitstamp", "Coinglass", "Finanzmarktaufsicht Finma", "Bundesverwaltungsgericht",
"Bloomberg", "Landesbank Baden-Württemberg", "EZB", "Europäische Zentralbank", "Wiener
Börse", "SIX", "Wettbewerbskommission", "Bafin", "Finanzmarktaufsicht (FMA)",
"Einlagensicherung Austria (ESA)", "Wirtschafts- und Korruptionsstaatsanwaltschaft",
"Joanneumring", "Bundesrat", "Eidgenössisches Finanzdepartement", "Bankiervereinigung",
"Saron", "Bundesverband der Volks- und Raiffeisenbanken"; "LSEG", "Accord", "Which?", "X",
"Gibraltar Financial Services Commission", "City", "Financial Conduct Authority", "FCA",
"Securities and Exchange Commission", "SEC", "Bank of England", "UK Finance", "Solana")
stand for the way wire copy names them; every result, ratio, rate, fine, offer, premium,
loss, price, count, date and quote here is invented, and where a real figure came to mind it
was changed - the one exception being the statutory deposit protection limits of 100.000
Euro and 100'000 Franken, written as the law sets them.

Its weight: BANKS, FINTECH AND CRYPTO over about ten weeks (mid-January to late March of one
year) in story order, each story told as wire copy runs it (a dateline lead, the figures,
attributed claims and the other side's reply, quotes, follow-ups), the German and English
stories interleaved by date. Half German (dpa-AFX, dpa, APA, AWP, Keystone-SDA, Reuters
German; Austrian "heuer", "im Vorjahr", "um 6,3 Prozent weniger", "Mio."/"Mrd.",
"Konsumentenschützer", "Pensionistin", "Aussendung", Swiss "150'000 Franken", "Mio. Fr.",
"unrechtmässig", "Bussen", "Kadermitarbeitende", "Mitarbeitende", "Weiterzug",
"Vernehmlassung", «» quotes, German „“ quotes): online fraud in Austria with the
Bundeskriminalamt's cases, losses and clear-up rate, a German bank's job cuts and branch
closures and its annual results (Zinsüberschuss, Provisionsüberschuss, Cost-Income-Ratio,
Risikovorsorge in Basispunkten, CET1, AT1 bonds, dividend and buyback, a record quote),
bitcoin below 75.000 Dollar after a crypto exchange froze withdrawals, the Finma against a
Zurich private bank with confiscated profits in francs, an Austrian bank's year with NPL
ratio and Stufe-3 loans, the takeover of the private bank per share in francs with premium,
trading days and acceptance period, a Bafin fine against a smartphone bank with a cap on new
customers, an Austrian bank closed by the FMA with the deposit guarantee paying out, the
ECB's rate cut with savings and mortgage rates, the Swiss plan to raise deposit protection
with mortgage rates, an FMA fine against a Viennese private bank and the merger of two
cooperative banks with branch closures. Half English (Reuters, AP, PA, Bloomberg): a U.S.
regional bank's fourth quarter (EPS against the LSEG consensus, net interest income and
margin, provisions, a spelt-out tier 1 ratio, a buyback), a UK bank's branch closures and
its annual results, the crypto exchange from frozen withdrawals through its bankruptcy
filing, the SEC's and prosecutors' charges against its founder to an interim payout in cents
on the dollar, a takeover bid in pence per share with premium and exchange ratio and the
raised offer with the board's backing, an FCA fine against a payments firm, UK mortgage and
savings rates, a bitcoin rebound in Bloomberg's style and UK Finance's annual fraud figures.
Figures as such copy has them: profits, income, provisions, impairments, EPS, dividends,
buybacks and consensus in euros, dollars, pounds, pence and francs; ratios and margins in
percent, moves in basis points and percentage points ("um einen Viertelprozentpunkt", "a
quarter of a percentage point"); job cuts, branches, customers, cases and coins as counts;
shares of workforce, losses, market value and households as fractions ("jede vierte ihrer
412 Filialen", "knapp einem Sechstel", "ein knappes Achtel", "Knapp zwei Fünftel", "etwa
jeder achte", "almost nine in 10", "a hole of roughly two-thirds", "Three-quarters");
multiples in words ("fast dreieinhalbmal so viel"); takeover prices per share, premiums and
periods ("der letzten 60 Handelstage", "zehn Börsentage", "nach einer fünfstündigen
Sitzung"); fines and confiscated profits in euros, francs and pounds; coin prices, coin
holdings ("roughly 41,000 bitcoin", "about 26,000 BTC") and recoveries ("about 31 cents on
the dollar"); deposit limits, payout periods ("binnen zehn Arbeitstagen") and rates for
savings, fixed mortgages and policy ("zehnjährigen Baukrediten", "two-year fixed",
"five-year fix"); ordinals of quarters, cuts, fines and firsts; datelines, dates and ages.
Negatives as such copy has them: executives' confidence and caution without a figure (also a
founder's reassurance), analysts' and traders' labels and market views, unions', lobbies',
consumer groups' and a fined bank's labels, regulators' warnings, a police officer's
rhetoric, a portal's advice, customers' anger and fear (vox pops with an age and spans of
saving, a pensioner's rhetorical question, a queue outside a closed bank, members' worries),
criticism without a figure, an accusation, forecasts without a figure (one with a vague
magnitude), open questions and a Reuters credit.

244 rows (124 German, 120 English), 57 negatives (28 German, 29 English), 187 check-worthy
rows of which 19 carry no figure (9 German, 10 English), 315 expected quantities (99 amounts
of money - 33 EUR, 31 USD, 25 GBP, 10 CHF -, 67 percentages - 4 of them in basis points and
4 in percentage points -, 62 counts, 27 durations, 19 fractions, 17 years, 13 ordinals, 11
dates; 4 of them in four negatives, as the seventeenth batch labels a figure in a negative),
37 checked speakers (19 German, 18 English). Sentences sharing a run of eight or more words
with any file under tests/ (checked by a script that printed only this batch's sentences,
case and punctuation normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Konjunktiv I paraphrases of a
  figure, a fact or a pledge with a checkable content are check-worthy with the speaker
  their own attribution gives ("Betriebsbedingte Kündigungen seien nicht geplant, ...,
  sagte Personalvorständin Katja Rehberg." -> "Katja Rehberg", hundred-fifth and
  hundred-nineteenth: pledges; "Die Bank habe zwischen 2019 und 2023 Gelder ..., teilte die
  Finma mit." -> "die Finma"; "Das Institut habe Verdachtsmeldungen ..., teilte die Bafin
  mit." -> "die Bafin"; "Die Bank habe bei 214 Kunden ..., teilte die FMA am Dienstag mit."
  -> "die FMA"; hundred-fourteenth to hundred-eighteenth). A quote that states a measurable
  record stays check-worthy with its speaker („Ein besseres Jahr hatten wir in unserer
  170-jährigen Geschichte noch nie“, sagte Falkenrath. -> "Falkenrath" with 170 years, as
  the seventy-third's „2024 war das beste Jahr in der 150-jährigen Geschichte ...“).
- Check-worthy without a figure (seventy-third, hundred-fourteenth to hundred-seventeenth):
  a regulator's finding ("Die Finanzmarktaufsicht Finma hat ... schwere Mängel ...
  vorgeworfen."), a banking licence withdrawn ("Die Finanzmarktaufsicht (FMA) hat dem
  Grazer Bankhaus Pergler ... den Geschäftsbetrieb untersagt."), a regulator's powers given
  as unquoted background ("Bussen verhängen darf die Finma nicht; ..." and the reimbursement
  rules for scam victims; hundred-fifteenth: background on a disease), the modus operandi of
  phishing (hundred-twenty-first: a theft's modus operandi), an appeal waived and an appeal
  announced (ninety-eighth), approvals a deal still needs (hundred-seventeenth), an
  inspector appointed by the Gibraltar regulator, staff offered roles elsewhere (a stated
  commitment, "the bank"), the account of people familiar with the matter of coins lent to
  an affiliate (an allegation, hundred-sixteenth), an arrest reported by the founder's
  lawyer ("his lawyer", hundred-sixteenth), the SEC's requested remedies, a lawyer's denial
  ("Brandt's lawyer, Stefan Ruiz, said his client "never took a cent ..."" -> "Stefan Ruiz",
  hundred-sixteenth: "His attorney, Vincent Dorsey, said ..."; "a cent" none), the directors'
  recommendation of an offer (seventy-third: a board's recommendation), guidance without a
  quantity ("Kreditwachstum im niedrigen einstelligen Prozentbereich", seventy-third; "im
  zweistelligen Prozentbereich" none, the row keeping its year). A row that pairs a
  checkable act with a label stays check-worthy (hundred-sixteenth): "Fairhaven's board
  rejected the approach, saying it "significantly undervalues" ...", "The Accord union said
  it would seek urgent talks, warning that staff had been "treated as a cost line ..."".
- Bank results (seventy-third, hundred-nineteenth): profits, income, provisions,
  impairments, pay, EPS and dividends are money in the currency written ("$1.48 per share,
  against $537 million, or $1.29 a share", "1,15 Euro je Aktie ..., nach 0,85 Euro", "Die
  Dividende soll auf 2,40 Euro je Aktie sinken, nach 2,75 Euro", "a final dividend of 2.14p
  per share" 0.0214 GBP; "je Aktie", "per share", "a share" none); pence are GBP hundredths
  ("61.48p" 0.6148, "412 pence" 4.12, "150 pence" 1.5, "393p" 3.93, "455 pence a share"
  4.55, "441p" 4.41; seventy-third: "428.6p"); "£11.3bn", "£702m", "£5.9m", "£1.2bn",
  "428,6 Mio. Euro", "1,07 Mrd. Euro", "rund 540 Mio. Fr." CHF (thirty-sixth). Ratios and
  margins are percentages ("Die Cost-Income-Ratio ... auf 56,8 Prozent", "NPL-Quote ... von
  2,1 auf 2,6 Prozent" both, "13.8 per cent", "return on tangible equity to be above 14%"
  "over"), moves in points as written ("by 6 basis points", "widening 11 basis points", "29
  Basispunkten ... (Vorjahr: 22 Basispunkte)" both in bp, the label "Vorjahr" none -
  seventy-third -, "um 2,7 Prozentpunkte" pp). "CET1", "(CET1)" and "The bank's CET1 ratio"
  carry none (seventy-third). New: "common equity tier 1 ratio" written out carries none
  either, nor do "AT1-Anleihen" (additional tier 1) and "Kredite der Stufe 3" (the IFRS 9
  stage) - each "1" and "3" names a class of capital or of loans, as "CET1" and
  "Typ-2-Diabetes" (thirty-third) do; the amounts beside them are labelled ("AT1-Anleihen
  über 750 Millionen Euro", "gut 1,9 Mrd. Euro" "over"). Consensus figures are check-worthy
  with the speaker unchecked ("Analysts polled by LSEG had on average forecast ...",
  "Analysten hatten dem Finanzdienst Bloomberg zufolge im Schnitt 1,05 Milliarden Euro
  erwartet."; "on average", "im Schnitt" no hedge). Quarters: "fourth-quarter" 4, "im
  dritten Quartal" 3; "in the final quarter of the previous year" none ("final" none,
  forty-first). Buybacks: "up to $2 billion ... over the next 12 months" "up_to" and 12
  months ("over" before "the" no hedge), "Aktienrückkäufe über bis zu 400 Millionen Euro"
  "up_to" (seventy-third: "über bis zu 750 Mio. Franken"). "über" after a noun that governs
  it names the amount and is no hedge ("AT1-Anleihen über 750 Millionen Euro", "Bei einem
  Darlehen über 300.000 Euro"; hundred-sixteenth: "Studienaufträge über insgesamt 486.000
  Euro"), while "Gelder von über 420 Millionen Franken" is "over" - "von" belongs to the
  noun and "über" stands right before the figure, the issue's "über 3.000" (hundred-
  twenty-first: "von mehr als 10 Millionen Dollar").
- Job cuts, branches and customers are counts, shares of them fractions (seventy-third,
  hundred-eighteenth): "rund 1.850 Vollzeitstellen ... jede vierte ihrer 412 Filialen"
  (0.25 and 412), "knapp einem Sechstel der Belegschaft" 0.1667 "nearly" (the dative,
  hundred-eighteenth: "etwa ein Sechstel"), "87 more branches" 87 (the "more" after the
  figure compares, hundred-first), "312 branches, down from 1,090", "more than 5,870" "over",
  "24 shared banking hubs", "around 40 overlapping branches and ... up to 1,100 jobs over
  three years" ("over" before a span no hedge), "Von den 38 Geschäftsstellen sollen binnen
  zweier Jahre elf" 38, 2 years and 11 (hundred-fifteenth: "binnen zweier Tage"), "Von den
  286 Stellen ... rund 70" (a definite group, forty-first), "rund 14.800 Kundinnen und
  Kunden", "About 1.9 million customers ..., including some 48,000" ("some" "about"), "rund
  96.000 Mitglieder", "almost nine in 10 of its customers' transactions" 0.9 "nearly"
  (hundred-twentieth: "Three in 10" 0.3), "Rückstellungen zwischen 220 und 260 Millionen
  Euro" two amounts with no hedge (the unit written once serves both, forty-sixth).
- Takeovers (sixty-second, seventy-third): the price per share, the premium, the value and
  the stakes are each a quantity ("68 Franken je Aktie in bar", "a premium of 38% to
  Friday's closing price", "about £3.1 billion", "Die Gründerfamilie, die 52,4 Prozent der
  Aktien hält", "Fairhaven's two largest investors, holding a combined 17.6%" 2 and 17.6 -
  "combined" no hedge -, "roughly 10% more than the initial proposal" 10 "about"); "der
  letzten 60 Handelstage" count 60 and "Die Angebotsfrist soll zehn Börsentage betragen"
  count 10 - a day inside a compound noun is counted (thirty-sixth: "60 Handelstage";
  fifty-first: "60 Arbeitstage"); "nach einer fünfstündigen Sitzung" 5 hours (the issue);
  "Britain's sixth-largest lender" 6 (the issue's "die drittgrößte Stadt"), "by the end of
  the third year" 3. New: "0.84 new Northgate shares for each share" is count 0.84 - an
  exchange ratio is a ratio without a unit of the rules' lists, as a book-to-bill ratio
  (seventy-third) and a bid-to-cover ratio (seventy-first).
- Fines and regulators: money in the currency written (every batch) - "ein Bußgeld von 4,25
  Millionen Euro", "eine Geldstrafe von 1,38 Mio. Euro", "43 Strafen ..., zusammen rund 9,7
  Mio. Euro" ("zusammen" no hedge), "11.4 million pounds" and "16.3 million pounds" GBP (the
  issue: "300 million pounds"), "losing a combined 43 million pounds"; the Finma's
  confiscated profits are an amount as a fine is ("Gewinne von 14,6 Millionen Franken",
  "zusammen rund 212 Millionen Franken"). Caps and plans: "auf höchstens 12.000 pro Monat
  begrenzt" "at_most" (sixty-fifth; "pro Monat" none), "einen Zwölf-Punkte-Plan" 12
  (hundred-sixteenth: "einen Zehn-Punkte-Plan"), "in mehr als 2.000 Fällen ..., teils um
  über ein Jahr" 2,000 "over" and no duration ("ein Jahr" an article, eighty-fourth: "by
  more than a year"), "seit 14 Monaten", "für drei Jahre"; "das dritthöchste Bußgeld" 3 and
  "the FCA's fourth fine ... in 12 months" 4 and 12 months; "a maximum sentence of 20 years"
  with no hedge (hundred-second), "eight counts", "The two most serious counts" 2 (eighth:
  "The two leaders").
- Crypto (fifty-first, ninety-sixth, hundred-eighth): coins are counts ("roughly 41,000
  bitcoin and about 380,000 ether" both "about", "about 11,500 of the missing 26,000
  bitcoin" - "the missing" no hedge); New: "about 26,000 BTC" is count 26,000 "about" - the
  ticker names the coin as "bitcoin" does, and no ISO 4217 code stands behind it, so it makes
  no money. Prices are money in the currency written ("unter die Marke von 75.000 Dollar"
  with no hedge, thirty-eighth; "73.920 Dollar, gut 9 Prozent weniger" - the "weniger" after
  the figure compares -, "Rekordhoch von 118.600 Dollar", "2.180 Dollar", "to $78,450",
  "above $90,000" "over" as "rose above $100,000" (thirty-eighth), "as much as 4.2% to
  $91,380" "up_to", "$2,640", "at about $76,800", "about 23% below its record of $118,600");
  "about 31 cents on the dollar" 0.31 USD "about" (hundred-eighth), and the vox pop's
  "Thirty-one cents" 0.31 USD labelled in a negative. "a 46-meter yacht" is count 46 (a
  length, hundred-eighteenth). "Binnen 24 Stunden" 24 hours, "in three days", "for the
  first time in seven weeks" ordinal 1 and 7 weeks, "within 60 days".
- Online fraud: "um 11,6 Prozent auf 38.412", "Jede fünfte Anzeige" 0.2 (the issue's
  "jeder vierte"), "im Schnitt 41.300 Euro" ("im Schnitt" no hedge), "Romance scams rose by
  nearly a third to 4,830 cases", "Three-quarters of APP scams" 0.75, "nearly nine in 10 of
  them" 0.9 "nearly", "a further £1.45 billion" with no hedge (seventy-third: "a further"),
  "in the first full year" 1 (hundred-seventeenth: "the first full month"), "about one in
  five applications" 0.2 "about". New: "fast dreieinhalbmal so viel wie vor fünf Jahren" is
  count 3.5 "nearly" and 5 years - the issue's "viermal" with the half read as the
  hundred-twenty-first reads "dreieinhalbstündiges". New: "ein knappes Achtel der
  Gesamtsumme" is 0.125 "nearly" - the inflected adjective "knappes" is the hedge "knapp",
  as "gut einem Drittel" keeps "gut" in the dative (hundred-fifteenth).
- Deposit protection and rates: "bis zu 100.000 Euro pro Person und Bank" and "bis zu
  100'000 Franken" "up_to" (Swiss apostrophe, tenth), "auf 150'000 Franken", "die Hälfte
  der Garantiesumme von derzeit 7,5 Milliarden Franken" 0.5 and the amount ("derzeit" no
  hedge), "binnen zehn Arbeitstagen" count 10 (fifty-first: "60 Arbeitstage"), "gut 96
  Prozent davon" "over", "Das 1923 gegründete Institut" the year. Rates are percentages:
  "um einen Viertelprozentpunkt auf 1,75 Prozent" 0.25 pp (eighty-seventh: "um jeweils
  einen Viertelprozentpunkt"); New: "a cut of a quarter of a percentage point" is 0.25 pp
  and no fraction - "a quarter of" a stated unit is that share of it, as "a quarter of a
  million" is count 250,000 (hundred-eighteenth). "zehnjährigen Baukrediten" and
  "Festhypotheken mit einer Laufzeit von zehn Jahren" 10 years, "The average two-year fixed
  mortgage rate", "The typical two-year deal" and "the average five-year fix" 2 and 5 years
  (eleventh: "der zehnjährigen Bundesanleihe"; twentieth: "10-year Treasury"); "fallen
  below 4.5%" "under" (fourteenth: "below 10.5%"); "von 3,41 auf 3,68 Prozent", "um 0,14
  Prozentpunkte auf 1,62 Prozent", "an average of 2.91%" ("an average of" no hedge),
  "nearly one in three" 0.3333 "nearly" ("less than inflation" none), "a £200,000 mortgage
  over 25 years" 25 years, "about £78 a month" ("a month" none), "knapp 2,5 Prozent"
  "nearly", "rund 1,1 Prozent" "about"; "Saron" none. "Knapp zwei Fünftel der Haushalte"
  0.4 "nearly" (hundred-fourteenth: "gut zwei Fünftel") and "nur etwa jeder achte" 0.125
  "about" ("nur" no hedge).
- Other fractions: "rund ein Drittel ihres Werts" and "um gut ein Zehntel" (0.3333 "about",
  0.1 "over"), "by almost a quarter" 0.25 "nearly", "a hole of roughly two-thirds" 0.6667
  "about", "Rund ein Viertel des Kreditbuchs" 0.25 "about", "Mehr als ein Drittel davon"
  0.3333 "over" ("davon" no hedge).
- Ordinals (the issue; seventy-third, hundred-seventeenth): "fourth-quarter" 4, "im dritten
  Quartal" 3, "die neunte Senkung seit Juni 2024" 9 and the year, "A first hearing" 1
  (thirty-second: "nach einer ersten Schätzung"), "The first distribution" 1, "for the first
  time since September 2022" 1 and the year, "die erste Schließung ... seit fünf Jahren" 1
  and 5 years. None: "erstmals seit Oktober", "so viel ... wie nie zuvor", "its lowest level
  since October", "the most since November", "the highest since March 2008" (the year
  only), "Rekordhoch", "its record", "final".
- Durations and ages (every batch): "in three years", "vor fünf Jahren", "over the next 12
  months", "binnen drei Monaten", "binnen zweier Jahre", "170-jährigen Geschichte" 170
  years (sixty-third: "104-year history"), "Founder Ilya Brandt, 34," 34 years; in
  negatives the vox pop's "My mother is 84" (an age, seventy-sixth), "14 years of work" and
  „40 Jahre lang“ labelled (hundred-fourteenth: vox pops keep their figures). None: "im
  Vorjahr", "im Rekordjahr davor", "im Jahr davor", "heuer", "a decade ago", "last year",
  "this year", "the year before", "a year ago", "last month", "Vor einem Jahr", "seit
  Jahresbeginn", "um über ein Jahr", "for a generation", "within days", "Ende Dezember",
  "im Juni", "through the spring".
- Years and dates: "bis Ende 2028", "seit 2020", "2025", "Für 2026", "zwischen 2019 und
  2023", "seit Juni 2024", "bis Ende 2029", "seit 2015", "since January 2015", "between
  2021 and 2023", "since September 2022", "since March 2008" years; "zum 1. Juli" --07-01,
  "bis zum 19. Juni" --06-19, "for Feb. 10", "by March 17", "for April 9" dates without a
  year; Reuters datelines with a day ("NEW YORK, Jan 13", "GIBRALTAR, Jan 26", "LONDON, Feb
  17", "LONDON, Feb 26", "LONDON, March 17", "WILMINGTON, Del., March 24" with the state
  between city and day, hundred-eighth) dates without a year; APA, dpa, dpa-AFX ("BREMEN
  (dpa-AFX) -", "FRANKFURT (dpa-AFX) -"), AWP ("Zürich (awp) -"), Keystone-SDA, Reuters
  German ("Frankfurt (Reuters) -"), AP, PA and Bloomberg ("(Bloomberg) --") datelines none
  (seventy-ninth, hundred-sixth). Weekdays, months alone and "Ende Dezember" none.
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "About", "around",
  "roughly", "some" "about"; "knapp", "Knapp", "knappes", "fast", "nearly", "almost"
  "nearly"; "mehr als", "Mehr als", "gut", "über" (right before the figure), "more than",
  "More than", "above" "over"; "below" "under"; "bis zu", "up to", "as much as" "up_to";
  "at least" "at_least"; "höchstens" "at_most". No hedge: "im Schnitt", "on average", "an
  average of", "zusammen", "combined", "jeweils", "zeitweise", "nur", "nur noch", "just",
  "derzeit", "a further", "initial", "the missing", "zwischen", "über" after a noun that
  governs it, "unter die Marke von", "over" before a span of time, "more" and "weniger"
  after a figure.
- Speakers, checked only in forms the earlier batches settled: "wie das Bundeskriminalamt am
  Donnerstag mitteilte" -> "das Bundeskriminalamt", "wie das Institut am Dienstag
  mitteilte" and "wie das Institut am Donnerstag mitteilte" -> "das Institut" (the weekday
  dropped, seventy-third), "teilte das Institut am Mittwoch mit", "teilte die Finma mit",
  "teilte die Bafin mit", "teilte die FMA am Montag mit", "teilte die FMA am Dienstag mit",
  "wie die EZB am Donnerstag mitteilte", "wie das Eidgenössische Finanzdepartement
  mitteilte" (the capitalised adjective in the nominative, hundred-fifteenth), "teilte der
  Bundesverband der Volks- und Raiffeisenbanken mit", "nach Angaben der ESA" -> "die ESA"
  (seventieth), "wie Aarwald am Mittwoch mitteilte" -> "Aarwald" (a name as written,
  seventy-third: "teilte Brackwell ... mit"), "laut Bundeskriminalamt" -> "Bundeskriminalamt"
  as written (hundred-sixteenth: "laut Landesrechnungshof"), "so Chefinspektor Manfred
  Lohninger vom Cybercrime-Competence-Center" -> "Manfred Lohninger" (the title and the
  phrase after the name dropped, hundred-fifteenth), "sagte Personalvorständin Katja
  Rehberg", "sagte Finanzvorständin Bettina Hufnagl", "sagte der künftige Vorstandssprecher
  Tobias Gerlach" the name (the title dropped with its article, as "sagte deren Intendant
  Fabian Korte", hundred-twenty-first), "sagte Falkenrath" as written. English: "the bank
  said on Tuesday", "the bank said" and "The bank said ..." opening the row -> "the bank"
  (thirty-sixth and seventy-third), "Harcourt said", "Northgate said" (twice), "Coinvale
  said", "Quillpay said" as written (seventy-third: "Vallenor said"), "The Gibraltar
  Financial Services Commission said ..." -> the article in lower case (hundred-fourteenth),
  "the FCA said", "his lawyer said" (hundred-sixteenth), "Brandt's lawyer, Stefan Ruiz,
  said" and "Restructuring chief Nadia Feld said" the name, "according to UK Finance" twice
  as written (hundred-seventeenth: "according to Statistics Canada"); "The regulator said
  ..." -> "the regulator" and "the trade body said" -> "the trade body", a role with the
  definite article for the body of the story, as "the airline", "the miner" (seventy-third)
  and "the forecaster" (seventy-first). Left unchecked (None): "Analysts polled by LSEG" (a
  consensus, seventy-third), "dem Finanzdienst Bloomberg zufolge", "according to
  data compiled by Bloomberg", "wie der Datendienst Coinglass meldete", "according to
  consumer group Which?" and "according to financial information service Loanscope" (a
  description before the name, fortieth), "wie eine Auswertung des Vergleichsportals
  Zinskompass zeigt", "wie ein Vergleich des Portals Hypolupe ergab", "according to its last
  published proof-of-reserves report", "according to the filing", "The filing shows",
  "According to the SEC's complaint", "court papers show", "the annual report showed"
  (documents, hundred-second), "wie sie am Montag mitteilte", "stellte er ... in Aussicht",
  "it said in a statement" (pronouns), "The Gibraltar-based platform says" (a description),
  "People familiar with the matter said" (hundred-twenty-first), "Ein Sprecher der Bank
  sagte" (a role without a name), "nach eigenen Angaben" (twice), "Fairhaven's directors
  said" (a possessive heading the source, eighty-third), "The Accord union said" (a name
  after the article, not yet settled), rows without attribution and all negatives, also
  those with a named speaker.
- Negatives (seventy-third, ninety-eighth, hundred-fourteenth to hundred-nineteenth):
  executives' quoted confidence, resolve and caution without a figure (""We enter the new
  year with real momentum ...,"", „Unsere Kundinnen und Kunden stimmen mit den Füßen ab,
  ...“, «Wir haben die Lehren gezogen ...», „Was die Konjunktur angeht, bleiben wir
  vorsichtig“, ""We are a simpler, stronger ... bank ...,"", „Das Umfeld bleibt
  herausfordernd, ...“, ""We believe this combination makes compelling sense ...,"",
  «Die beiden Häuser passen kulturell perfekt zusammen», „Wir nehmen die Entscheidung an
  ...“, ""Today is about scale, ...,"", „Größe ist kein Selbstzweck, ...“), also with a
  named speaker; a founder's reassurance ("wrote on X that customer funds were "safe" and
  that withdrawals would resume "within days.""; hundred-nineteenth: reassurance); analysts'
  and traders' labels and market views ("called the quarter "a clean beat ..."", „überfälligen
  Schritt“, „rundum überzeugenden Vorlage“, "called the offer "an opening gambit ..."",
  „Das Vertrauen in die ganze Branche hat heute einen Riss bekommen“, "Traders said the worst
  ... appeared to be priced in.", ""The market has simply moved on,""); labels of unions,
  lobbies, consumer and victims' groups and a fined bank ("another kick in the teeth ...",
  „Kahlschlag ...“, „Weckruf für die ganze Branche“, "a fraction of the misery caused.",
  «unnötigen Belastung ...», „überschießenden Auslegung der Sorgfaltspflichten“ - "sprach
  von" with an evaluation, hundred-eighteenth); regulators' and an officer's warnings and
  rhetoric (""Firms that open the door to fraudsters will pay for it,"", „Wer Geldwäsche auf
  die leichte Schulter nimmt, ...“, ""This was not a crypto problem, ..."", „Gegen diese
  Banden kämpfen wir mit einer Hand auf dem Rücken“); a portal's and a lobbyist's advice and
  demands in quotes („Wer sein Erspartes jetzt noch ..., verschenkt Geld“, ""Borrowers who
  have been sitting on the fence ...,"", ""Tech companies are the front door ...,"");
  criticism and an accusation without a checkable claim ("Konsumentenschützer kritisieren,
  ...", "Shareholder groups have criticised ...", ""Customers were lied to, plain and
  simple,""; eighty-fourth); customers' anger and fear (vox pops with the age "84", "14
  years of work" and „40 Jahre lang“ labelled, the pensioner's rhetorical question, the
  payout called "an insult" with its 0.31 USD labelled, "Customers vented their anger on
  social media, ...", "Customer groups fear ...", "Victims' groups say many scams are never
  reported because people feel ashamed.", "Viele Mitglieder in den Dörfern sehen die
  Schließungen mit Sorge."); scene colour (a queue outside the closed bank); forecasts
  without a figure ("Ökonomen rechnen bis zum Sommer mit einer weiteren Senkung.", "Brokers
  expect lenders to keep trimming rates ...", "Few customers expect to recover their losses
  in full."; forty-seventh); new: "Der Schaden für die übrigen Banken ... dürfte sich auf
  einen zweistelligen Millionenbetrag belaufen." is a negative - the writer's estimate in
  "dürfte" is a forecast, and a vague magnitude gives it no figure (fifty-first: "einen
  zweistelligen Millionenbetrag" none), unlike a company's own stated charge of that size,
  which the seventy-third kept check-worthy; open questions ("Wie viele Fälle gar nicht
  angezeigt werden, ...", "Ob auch die Standorte ...", "Ob die Talfahrt anhält, ...", "Ob
  die Zinsen im Sommer weiter steigen, ...", "Ob weitere Zusammenschlüsse ...", "Whether
  Coinvale can cover ...", "It is unclear how long ...", "Whether customers will see more
  than a fraction ..." - "a fraction" none) and a Reuters credit (seventieth).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_130 = [
    # --- Kestrel Bancorp, fourth quarter (Reuters) ---
    (
        "en",
        "NEW YORK, Jan 13 (Reuters) - Kestrel Bancorp's fourth-quarter profit rose 14% as higher fees from wealth management offset a dip in lending income, the bank said on Tuesday.",
        True,
        [("date", "--01-13", None, None), ("ordinal", 4, None, None), ("percent", 14, "%", None)],
        "the bank",
    ),
    (
        "en",
        "Net income came to $612 million, or $1.48 per share, against $537 million, or $1.29 a share, in the final quarter of the previous year.",
        True,
        [
            ("money", 612000000, "USD", None),
            ("money", 1.48, "USD", None),
            ("money", 537000000, "USD", None),
            ("money", 1.29, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Analysts polled by LSEG had on average forecast earnings of $1.41 per share.",
        True,
        [("money", 1.41, "USD", None)],
        None,
    ),
    (
        "en",
        "Net interest income, the difference between what the bank earns on loans and pays on deposits, slipped 2% to $1.73 billion.",
        True,
        [("percent", 2, "%", None), ("money", 1730000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Its net interest margin narrowed by 6 basis points to 3.08%.",
        True,
        [("percent", 6, "bp", None), ("percent", 3.08, "%", None)],
        None,
    ),
    (
        "en",
        "Kestrel set aside $188 million for potential credit losses, up from $141 million, mostly to cover soured commercial property loans.",
        True,
        [("money", 188000000, "USD", None), ("money", 141000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Its common equity tier 1 ratio, a key gauge of capital strength, stood at 11.2% at the end of December.",
        True,
        [("percent", 11.2, "%", None)],
        None,
    ),
    (
        "en",
        '"We enter the new year with real momentum in all of our businesses," Chief Executive Graham Pell said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The bank said it would buy back up to $2 billion of its shares over the next 12 months.",
        True,
        [("money", 2000000000, "USD", "up_to"), ("duration", 12, "month", None)],
        "the bank",
    ),
    (
        "en",
        "Kestrel shares rose 3.4% to $71.26 in morning trading.",
        True,
        [("percent", 3.4, "%", None), ("money", 71.26, "USD", None)],
        None,
    ),
    (
        "en",
        'A banking analyst at a New York brokerage called the quarter "a clean beat with nothing to pick at."',
        False,
        [],
        None,
    ),
    # --- Internetbetrug in Österreich (APA) ---
    (
        "de",
        "Wien (APA) - Die Zahl der angezeigten Betrugsfälle im Internet ist im Vorjahr um 11,6 Prozent auf 38.412 gestiegen, wie das Bundeskriminalamt am Donnerstag mitteilte.",
        True,
        [("percent", 11.6, "%", None), ("count", 38412, None, None)],
        "das Bundeskriminalamt",
    ),
    (
        "de",
        "Der gemeldete Schaden summierte sich auf rund 96 Millionen Euro, fast dreieinhalbmal so viel wie vor fünf Jahren.",
        True,
        [("money", 96000000, "EUR", "about"), ("count", 3.5, None, "nearly"), ("duration", 5, "year", None)],
        None,
    ),
    (
        "de",
        "Jede fünfte Anzeige betraf laut Bundeskriminalamt Anlagebetrug mit angeblichen Krypto-Plattformen, bei dem die Opfer im Schnitt 41.300 Euro verloren.",
        True,
        [("fraction", 0.2, None, None), ("money", 41300, "EUR", None)],
        "Bundeskriminalamt",
    ),
    (
        "de",
        "Beim Phishing geben sich die Täter meist als Hausbank aus und locken Kundinnen und Kunden per SMS auf gefälschte Anmeldeseiten.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Aufklärungsquote lag bei 31,8 Prozent, so Chefinspektor Manfred Lohninger vom Cybercrime-Competence-Center.",
        True,
        [("percent", 31.8, "%", None)],
        "Manfred Lohninger",
    ),
    ("de", "„Gegen diese Banden kämpfen wir mit einer Hand auf dem Rücken“, sagte Lohninger.", False, [], None),
    (
        "de",
        "Die Banken ersetzten ihren Kundinnen und Kunden im Vorjahr Schäden von 12,4 Millionen Euro, ein knappes Achtel der Gesamtsumme.",
        True,
        [("money", 12400000, "EUR", None), ("fraction", 0.125, None, "nearly")],
        None,
    ),
    (
        "de",
        "Konsumentenschützer kritisieren, dass Banken Betrugsopfer zu oft mit dem Hinweis auf grobe Fahrlässigkeit abweisen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wie viele Fälle gar nicht angezeigt werden, lässt sich laut Bundeskriminalamt nicht seriös schätzen.",
        False,
        [],
        None,
    ),
    # --- Harcourt Bank branch closures (PA) ---
    (
        "en",
        "LONDON (PA) - Harcourt Bank is to close 87 more branches across England and Wales this year, putting about 640 jobs at risk.",
        True,
        [("count", 87, None, None), ("count", 640, None, "about")],
        None,
    ),
    (
        "en",
        "The closures will leave the bank with 312 branches, down from 1,090 a decade ago.",
        True,
        [("count", 312, None, None), ("count", 1090, None, None)],
        None,
    ),
    (
        "en",
        "Harcourt said branch visits had fallen by 38% in three years, while almost nine in 10 of its customers' transactions are now made on phones.",
        True,
        [("percent", 38, "%", None), ("duration", 3, "year", None), ("fraction", 0.9, None, "nearly")],
        "Harcourt",
    ),
    (
        "en",
        "Staff in affected branches will be offered roles elsewhere in the group where possible, the bank said.",
        True,
        [],
        "the bank",
    ),
    (
        "en",
        'The Accord union said the cuts were "another kick in the teeth for loyal staff and for towns left without a single bank."',
        False,
        [],
        None,
    ),
    (
        "en",
        '"My mother is 84 and she has never used online banking in her life," said Margaret Hollins, a customer in Bideford.',
        False,
        [("duration", 84, "year", None)],
        None,
    ),
    (
        "en",
        "According to consumer group Which?, more than 5,870 bank branches have shut in the UK since January 2015.",
        True,
        [("count", 5870, None, "over"), ("year", 2015, None, None)],
        None,
    ),
    (
        "en",
        "Harcourt will open 24 shared banking hubs with other lenders in towns that lose their last branch.",
        True,
        [("count", 24, None, None)],
        None,
    ),
    (
        "en",
        "Customer groups fear older people will be pushed towards scams or a life paid for in cash.",
        False,
        [],
        None,
    ),
    # --- Weserland Bank: Stellenabbau und Filialschließungen (dpa-AFX) ---
    (
        "de",
        "BREMEN (dpa-AFX) - Die Weserland Bank will bis Ende 2028 rund 1.850 Vollzeitstellen abbauen und jede vierte ihrer 412 Filialen schließen.",
        True,
        [
            ("year", 2028, None, None),
            ("count", 1850, None, "about"),
            ("fraction", 0.25, None, None),
            ("count", 412, None, None),
        ],
        None,
    ),
    (
        "de",
        "Das entspricht knapp einem Sechstel der Belegschaft, wie das Institut am Dienstag mitteilte.",
        True,
        [("fraction", 0.1667, None, "nearly")],
        "das Institut",
    ),
    (
        "de",
        "Die Kosten sollen dadurch um 310 Millionen Euro jährlich sinken, für Abfindungen plant die Bank Rückstellungen zwischen 220 und 260 Millionen Euro.",
        True,
        [("money", 310000000, "EUR", None), ("money", 220000000, "EUR", None), ("money", 260000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Betriebsbedingte Kündigungen seien nicht geplant, der Abbau solle über Altersteilzeit und natürliche Fluktuation erfolgen, sagte Personalvorständin Katja Rehberg.",
        True,
        [],
        "Katja Rehberg",
    ),
    (
        "de",
        "Verdi nannte die Pläne einen „Kahlschlag auf dem Rücken der Beschäftigten und der Kundschaft auf dem Land“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bereits seit 2020 hat die Bank mehr als 2.300 Stellen gestrichen und 190 Filialen geschlossen.",
        True,
        [("year", 2020, None, None), ("count", 2300, None, "over"), ("count", 190, None, None)],
        None,
    ),
    (
        "de",
        "„Unsere Kundinnen und Kunden stimmen mit den Füßen ab, und sie gehen ins Digitale“, sagte Vorstandschef Henning Falkenrath.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Aktie legte im Xetra-Handel zeitweise um 4,1 Prozent auf 23,18 Euro zu.",
        True,
        [("percent", 4.1, "%", None), ("money", 23.18, "EUR", None)],
        None,
    ),
    ("de", "Ein Händler sprach von einem „überfälligen Schritt“.", False, [], None),
    ("de", "Ob auch die Standorte in Bremen und Oldenburg betroffen sind, ließ die Bank offen.", False, [], None),
    # --- Coinvale halts withdrawals (Reuters) ---
    (
        "en",
        'GIBRALTAR, Jan 26 (Reuters) - Crypto exchange Coinvale halted all customer withdrawals on Monday, saying it faced a "liquidity shortfall" after users pulled about $1.2 billion in three days.',
        True,
        [("date", "--01-26", None, None), ("money", 1200000000, "USD", "about"), ("duration", 3, "day", None)],
        None,
    ),
    (
        "en",
        "The Gibraltar-based platform says it has about 2.3 million registered customers in more than 140 countries.",
        True,
        [("count", 2300000, None, "about"), ("count", 140, None, "over")],
        None,
    ),
    (
        "en",
        "Coinvale held roughly 41,000 bitcoin and about 380,000 ether on behalf of customers at the end of December, according to its last published proof-of-reserves report.",
        True,
        [("count", 41000, None, "about"), ("count", 380000, None, "about")],
        None,
    ),
    (
        "en",
        "People familiar with the matter said the exchange had lent a large part of the customer coins to an affiliated trading firm.",
        True,
        [],
        None,
    ),
    (
        "en",
        'Coinvale founder Ilya Brandt wrote on X that customer funds were "safe" and that withdrawals would resume "within days."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Bitcoin fell 7.8% to $78,450 on the news, its lowest level since October.",
        True,
        [("percent", 7.8, "%", None), ("money", 78450, "USD", None)],
        None,
    ),
    (
        "en",
        "The Gibraltar Financial Services Commission said it was in contact with the company and had appointed an inspector.",
        True,
        [],
        "the Gibraltar Financial Services Commission",
    ),
    (
        "en",
        '"I have my entire savings on there, 14 years of work," said a customer in Manchester who asked not to be named.',
        False,
        [("duration", 14, "year", None)],
        None,
    ),
    ("en", "Whether Coinvale can cover all customer balances is unclear.", False, [], None),
    ("en", "(Reporting by Owen Lasker; Editing by Priya Holm)", False, [], None),
    # --- Bitcoin fällt unter 75.000 Dollar (dpa-AFX) ---
    (
        "de",
        "FRANKFURT (dpa-AFX) - Der Bitcoin ist nach dem Auszahlungsstopp bei der Kryptobörse Coinvale erstmals seit Oktober unter die Marke von 75.000 Dollar gefallen.",
        True,
        [("money", 75000, "USD", None)],
        None,
    ),
    (
        "de",
        "Zeitweise kostete die älteste Kryptowährung auf der Handelsplattform Bitstamp 73.920 Dollar, gut 9 Prozent weniger als am Freitag.",
        True,
        [("money", 73920, "USD", None), ("percent", 9, "%", "over")],
        None,
    ),
    (
        "de",
        "Seit ihrem Rekordhoch von 118.600 Dollar hat die Digitalwährung damit rund ein Drittel ihres Werts verloren.",
        True,
        [("money", 118600, "USD", None), ("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "de",
        "Binnen 24 Stunden wurden Positionen im Wert von mehr als 1,4 Milliarden Dollar zwangsweise aufgelöst, wie der Datendienst Coinglass meldete.",
        True,
        [("duration", 24, "hour", None), ("money", 1400000000, "USD", "over")],
        None,
    ),
    (
        "de",
        "Ether verbilligte sich um 11,2 Prozent auf 2.180 Dollar.",
        True,
        [("percent", 11.2, "%", None), ("money", 2180, "USD", None)],
        None,
    ),
    (
        "de",
        "„Das Vertrauen in die ganze Branche hat heute einen Riss bekommen“, sagte ein Frankfurter Devisenhändler.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob die Talfahrt anhält, hängt nach Einschätzung von Marktbeobachtern vor allem an weiteren Nachrichten aus Gibraltar.",
        False,
        [],
        None,
    ),
    # --- Finma rügt Privatbank Lindenhof (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Finanzmarktaufsicht Finma hat der Zürcher Privatbank Lindenhof schwere Mängel bei der Geldwäschereibekämpfung vorgeworfen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Bank habe zwischen 2019 und 2023 Gelder von über 420 Millionen Franken aus Venezuela und Russland entgegengenommen, ohne deren Herkunft ausreichend abzuklären, teilte die Finma mit.",
        True,
        [("year", 2019, None, None), ("year", 2023, None, None), ("money", 420000000, "CHF", "over")],
        "die Finma",
    ),
    (
        "de",
        "Die Behörde zieht unrechtmässig erzielte Gewinne von 14,6 Millionen Franken ein und verbietet der Bank für drei Jahre, neue Kundschaft mit politischem Risiko anzunehmen.",
        True,
        [("money", 14600000, "CHF", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "de",
        "Bussen verhängen darf die Finma nicht; sie kann aber Gewinne einziehen und Berufsverbote aussprechen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Gegen zwei frühere Kadermitarbeitende eröffnete sie Enforcementverfahren.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Bank verzichtet auf einen Weiterzug ans Bundesverwaltungsgericht, wie sie am Montag mitteilte.",
        True,
        [],
        None,
    ),
    (
        "de",
        "«Wir haben die Lehren gezogen und unsere Kontrollen von Grund auf erneuert», sagte Verwaltungsratspräsident Beat Imfeld.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Lindenhof verwaltet Kundenvermögen von rund 9,8 Milliarden Franken und beschäftigt 286 Mitarbeitende.",
        True,
        [("money", 9800000000, "CHF", "about"), ("count", 286, None, None)],
        None,
    ),
    (
        "de",
        "Die Finma hat seit 2020 in elf Fällen Gewinne eingezogen, zusammen rund 212 Millionen Franken.",
        True,
        [("year", 2020, None, None), ("count", 11, None, None), ("money", 212000000, "CHF", "about")],
        None,
    ),
    # --- Coinvale files for bankruptcy (AP) ---
    (
        "en",
        "NEW YORK (AP) — Crypto exchange Coinvale filed for bankruptcy protection in Delaware on Wednesday, listing liabilities to customers of about $3.4 billion.",
        True,
        [("money", 3400000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "The filing shows the company holds assets worth just $1.1 billion, leaving a hole of roughly two-thirds.",
        True,
        [("money", 1100000000, "USD", None), ("fraction", 0.6667, None, "about")],
        None,
    ),
    (
        "en",
        "About 1.9 million customers are owed money, including some 48,000 in the United States, according to the filing.",
        True,
        [("count", 1900000, None, "about"), ("count", 48000, None, "about")],
        None,
    ),
    (
        "en",
        "The 50 largest unsecured creditors alone are owed more than $620 million.",
        True,
        [("count", 50, None, None), ("money", 620000000, "USD", "over")],
        None,
    ),
    (
        "en",
        "Coinvale said about 26,000 BTC owed to customers could not be located.",
        True,
        [("count", 26000, None, "about")],
        "Coinvale",
    ),
    (
        "en",
        "Founder Ilya Brandt, 34, resigned as chief executive and was replaced by restructuring specialist Nadia Feld.",
        True,
        [("duration", 34, "year", None)],
        None,
    ),
    ("en", '"Customers were lied to, plain and simple," Feld said in a court declaration.', False, [], None),
    (
        "en",
        "A first hearing is scheduled for Feb. 10 before Judge Marcia Oyelaran.",
        True,
        [("ordinal", 1, None, None), ("date", "--02-10", None, None)],
        None,
    ),
    (
        "en",
        "Customers vented their anger on social media, some posting screenshots of frozen balances.",
        False,
        [],
        None,
    ),
    ("en", "It is unclear how long the bankruptcy process will take.", False, [], None),
    # --- Weserland Bank, Jahreszahlen (dpa-AFX) ---
    (
        "de",
        "BREMEN (dpa-AFX) - Die Weserland Bank hat 2025 dank höherer Provisionserträge so viel verdient wie nie zuvor.",
        True,
        [("year", 2025, None, None)],
        None,
    ),
    (
        "de",
        "Der Überschuss stieg um 18 Prozent auf 1,12 Milliarden Euro, wie das Institut am Donnerstag mitteilte.",
        True,
        [("percent", 18, "%", None), ("money", 1120000000, "EUR", None)],
        "das Institut",
    ),
    (
        "de",
        "Analysten hatten dem Finanzdienst Bloomberg zufolge im Schnitt 1,05 Milliarden Euro erwartet.",
        True,
        [("money", 1050000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Zinsüberschuss ging um 3,2 Prozent auf 2,46 Milliarden Euro zurück, der Provisionsüberschuss legte um gut ein Zehntel auf 1,31 Milliarden Euro zu.",
        True,
        [
            ("percent", 3.2, "%", None),
            ("money", 2460000000, "EUR", None),
            ("fraction", 0.1, None, "over"),
            ("money", 1310000000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Die Cost-Income-Ratio verbesserte sich um 2,7 Prozentpunkte auf 56,8 Prozent.",
        True,
        [("percent", 2.7, "pp", None), ("percent", 56.8, "%", None)],
        None,
    ),
    (
        "de",
        "Für faule Kredite legte die Bank 384 Millionen Euro zur Seite, das entspricht 29 Basispunkten des Kreditvolumens (Vorjahr: 22 Basispunkte).",
        True,
        [("money", 384000000, "EUR", None), ("percent", 29, "bp", None), ("percent", 22, "bp", None)],
        None,
    ),
    (
        "de",
        "Ende Dezember erreichte die harte Kernkapitalquote (CET1) 14,6 Prozent.",
        True,
        [("percent", 14.6, "%", None)],
        None,
    ),
    (
        "de",
        "Zudem will die Bank im Juni AT1-Anleihen über 750 Millionen Euro vorzeitig kündigen.",
        True,
        [("money", 750000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Aktionäre sollen eine Dividende von 1,15 Euro je Aktie erhalten, nach 0,85 Euro im Vorjahr; zudem sind Aktienrückkäufe über bis zu 400 Millionen Euro geplant.",
        True,
        [("money", 1.15, "EUR", None), ("money", 0.85, "EUR", None), ("money", 400000000, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "„Ein besseres Jahr hatten wir in unserer 170-jährigen Geschichte noch nie“, sagte Falkenrath.",
        True,
        [("duration", 170, "year", None)],
        "Falkenrath",
    ),
    (
        "de",
        "Für 2026 stellte er eine Eigenkapitalrendite im zweistelligen Prozentbereich in Aussicht.",
        True,
        [("year", 2026, None, None)],
        None,
    ),
    ("de", "„Was die Konjunktur angeht, bleiben wir vorsichtig“, fügte der Vorstandschef hinzu.", False, [], None),
    (
        "de",
        "Analysten der Landesbank Baden-Württemberg sprachen von einer „rundum überzeugenden Vorlage“.",
        False,
        [],
        None,
    ),
    # --- Harcourt Bank annual results (PA) ---
    (
        "en",
        "LONDON (PA) - Harcourt Bank has reported a pre-tax profit of £4.86 billion for last year, up 9% and ahead of City forecasts.",
        True,
        [("money", 4860000000, "GBP", None), ("percent", 9, "%", None)],
        None,
    ),
    (
        "en",
        "Net interest income rose to £11.3bn, with the margin between lending and deposit rates widening 11 basis points to 3.02%.",
        True,
        [("money", 11300000000, "GBP", None), ("percent", 11, "bp", None), ("percent", 3.02, "%", None)],
        None,
    ),
    (
        "en",
        "Impairment charges fell by almost a quarter to £702m, with fewer households falling behind on mortgage payments.",
        True,
        [("fraction", 0.25, None, "nearly"), ("money", 702000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "The bank's CET1 ratio was 13.8 per cent at the end of December.",
        True,
        [("percent", 13.8, "%", None)],
        None,
    ),
    (
        "en",
        "Harcourt will pay a final dividend of 2.14p per share and launch a £1.2bn share buyback.",
        True,
        [("money", 0.0214, "GBP", None), ("money", 1200000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Chief executive Fiona Ratcliffe's pay rose to £5.9m, including a bonus of £2.6m, the annual report showed.",
        True,
        [("money", 5900000, "GBP", None), ("money", 2600000, "GBP", None)],
        None,
    ),
    (
        "en",
        '"We are a simpler, stronger and more focused bank than we have been for a generation," Ms Ratcliffe said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The bank said it expected its return on tangible equity to be above 14% this year.",
        True,
        [("percent", 14, "%", "over")],
        "the bank",
    ),
    (
        "en",
        "Shares closed 2.3% lower at 61.48p as investors focused on rising costs.",
        True,
        [("percent", 2.3, "%", None), ("money", 0.6148, "GBP", None)],
        None,
    ),
    (
        "en",
        "Shareholder groups have criticised the size of executive bonuses at a time of branch closures.",
        False,
        [],
        None,
    ),
    # --- Tauernbank, Jahresergebnis (APA) ---
    (
        "de",
        "Salzburg (APA) - Die Tauernbank hat im Vorjahr einen Nettogewinn von 428,6 Mio. Euro erzielt, um 6,3 Prozent weniger als im Rekordjahr davor.",
        True,
        [("money", 428600000, "EUR", None), ("percent", 6.3, "%", None)],
        None,
    ),
    (
        "de",
        "Grund war vor allem der um 9 Prozent auf 1,07 Mrd. Euro gesunkene Zinsüberschuss nach den Leitzinssenkungen der EZB.",
        True,
        [("percent", 9, "%", None), ("money", 1070000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Risikokosten stiegen auf 118 Mio. Euro, teilte das Institut am Mittwoch mit.",
        True,
        [("money", 118000000, "EUR", None)],
        "das Institut",
    ),
    (
        "de",
        "Rund ein Viertel des Kreditbuchs von 31,4 Mrd. Euro entfällt auf Gewerbeimmobilien.",
        True,
        [("fraction", 0.25, None, "about"), ("money", 31400000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Quote notleidender Kredite (NPL-Quote) erhöhte sich von 2,1 auf 2,6 Prozent, vor allem wegen Problemen bei Büro- und Handelsimmobilien.",
        True,
        [("percent", 2.1, "%", None), ("percent", 2.6, "%", None)],
        None,
    ),
    (
        "de",
        "Kredite der Stufe 3 machten Ende Dezember gut 1,9 Mrd. Euro aus.",
        True,
        [("money", 1900000000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Die Cost-Income-Ratio lag bei 47,9 Prozent, die harte Kernkapitalquote bei 16,2 Prozent.",
        True,
        [("percent", 47.9, "%", None), ("percent", 16.2, "%", None)],
        None,
    ),
    (
        "de",
        "Die Dividende soll auf 2,40 Euro je Aktie sinken, nach 2,75 Euro im Jahr davor, sagte Finanzvorständin Bettina Hufnagl.",
        True,
        [("money", 2.4, "EUR", None), ("money", 2.75, "EUR", None)],
        "Bettina Hufnagl",
    ),
    (
        "de",
        "Heuer rechnet die Bank mit einem Zinsüberschuss auf Vorjahresniveau und einem Kreditwachstum im niedrigen einstelligen Prozentbereich.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Das Umfeld bleibt herausfordernd, aber wir sind bestens aufgestellt“, sagte Generaldirektor Wolfgang Reischl.",
        False,
        [],
        None,
    ),
    (
        "de",
        "An der Wiener Börse gab die Aktie bis Mittag um 1,8 Prozent auf 44,10 Euro nach.",
        True,
        [("percent", 1.8, "%", None), ("money", 44.1, "EUR", None)],
        None,
    ),
    # --- Northgate bids for Fairhaven (Reuters) ---
    (
        "en",
        "LONDON, Feb 17 (Reuters) - Northgate Banking Group has offered to buy smaller rival Fairhaven Bank for about £3.1 billion, a deal that would create Britain's sixth-largest lender by deposits.",
        True,
        [("date", "--02-17", None, None), ("money", 3100000000, "GBP", "about"), ("ordinal", 6, None, None)],
        None,
    ),
    (
        "en",
        "The cash-and-shares offer values each Fairhaven share at 412 pence, a premium of 38% to Friday's closing price, Northgate said.",
        True,
        [("money", 4.12, "GBP", None), ("percent", 38, "%", None)],
        "Northgate",
    ),
    (
        "en",
        "Fairhaven shareholders would receive 150 pence in cash and 0.84 new Northgate shares for each share they own.",
        True,
        [("money", 1.5, "GBP", None), ("count", 0.84, None, None)],
        None,
    ),
    (
        "en",
        'Fairhaven\'s board rejected the approach, saying it "significantly undervalues" the bank and its prospects.',
        True,
        [],
        None,
    ),
    (
        "en",
        "Fairhaven has about 1.4 million customers and 96 branches, mostly in the north of England and Scotland.",
        True,
        [("count", 1400000, None, "about"), ("count", 96, None, None)],
        None,
    ),
    (
        "en",
        "Northgate said the deal would deliver annual cost savings of around £190 million by the end of the third year, partly through branch closures.",
        True,
        [("money", 190000000, "GBP", "about"), ("ordinal", 3, None, None)],
        "Northgate",
    ),
    (
        "en",
        "Under UK takeover rules, Northgate must either table a firm bid or step back by March 17.",
        True,
        [("date", "--03-17", None, None)],
        None,
    ),
    (
        "en",
        "Fairhaven shares jumped 31% to 393p, suggesting investors expect a higher bid.",
        True,
        [("percent", 31, "%", None), ("money", 3.93, "GBP", None)],
        None,
    ),
    (
        "en",
        '"We believe this combination makes compelling sense for both sets of shareholders," Northgate Chief Executive Simon Lathbury said.',
        False,
        [],
        None,
    ),
    ("en", 'A top investor in Fairhaven called the offer "an opening gambit, and a cheeky one."', False, [], None),
    # --- Aarwald übernimmt Lindenhof (AWP) ---
    (
        "de",
        "Zürich (awp) - Die Aarwald Bank will die von der Finma gerügte Privatbank Lindenhof übernehmen und bietet den Aktionären 68 Franken je Aktie in bar.",
        True,
        [("money", 68, "CHF", None)],
        None,
    ),
    (
        "de",
        "Der Aufschlag auf den volumengewichteten Durchschnittskurs der letzten 60 Handelstage beträgt damit 31 Prozent.",
        True,
        [("count", 60, None, None), ("percent", 31, "%", None)],
        None,
    ),
    (
        "de",
        "Insgesamt bewertet das Angebot Lindenhof mit rund 540 Mio. Fr., wie Aarwald am Mittwoch mitteilte.",
        True,
        [("money", 540000000, "CHF", "about")],
        "Aarwald",
    ),
    (
        "de",
        "Die Gründerfamilie, die 52,4 Prozent der Aktien hält, hat das Angebot bereits angenommen.",
        True,
        [("percent", 52.4, "%", None)],
        None,
    ),
    (
        "de",
        "Der Verwaltungsrat empfiehlt das Angebot nach einer fünfstündigen Sitzung einstimmig zur Annahme.",
        True,
        [("duration", 5, "hour", None)],
        None,
    ),
    (
        "de",
        "Die Angebotsfrist soll zehn Börsentage betragen, der Vollzug wird im dritten Quartal erwartet.",
        True,
        [("count", 10, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Von den 286 Stellen bei Lindenhof sollen rund 70 wegfallen, vor allem in der Informatik und im Backoffice.",
        True,
        [("count", 286, None, None), ("count", 70, None, "about")],
        None,
    ),
    (
        "de",
        "«Die beiden Häuser passen kulturell perfekt zusammen», sagte Aarwald-Chef Philippe Gauchat.",
        False,
        [],
        None,
    ),
    (
        "de",
        "An der SIX schnellten die Lindenhof-Titel um 27,5 Prozent auf 66,40 Franken hoch.",
        True,
        [("percent", 27.5, "%", None), ("money", 66.4, "CHF", None)],
        None,
    ),
    ("de", "Die Wettbewerbskommission und die Finma müssen der Transaktion noch zustimmen.", True, [], None),
    # --- Bafin-Bußgeld gegen Nerova (dpa) ---
    (
        "de",
        "Frankfurt/Main (dpa) - Die Finanzaufsicht Bafin hat gegen die Berliner Smartphone-Bank Nerova ein Bußgeld von 4,25 Millionen Euro verhängt.",
        True,
        [("money", 4250000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das Institut habe Verdachtsmeldungen zu Geldwäsche in mehr als 2.000 Fällen verspätet abgegeben, teils um über ein Jahr, teilte die Bafin mit.",
        True,
        [("count", 2000, None, "over")],
        "die Bafin",
    ),
    (
        "de",
        "Bereits im Vorjahr hatte die Behörde die Zahl der Neukundinnen und Neukunden der Bank auf höchstens 12.000 pro Monat begrenzt.",
        True,
        [("count", 12000, None, "at_most")],
        None,
    ),
    (
        "de",
        "Diese Beschränkung gilt weiter, bis Nerova einen Zwölf-Punkte-Plan zur Behebung der Mängel vollständig umgesetzt hat.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Ein Sonderbeauftragter der Aufsicht überwacht die Bank bereits seit 14 Monaten.",
        True,
        [("duration", 14, "month", None)],
        None,
    ),
    (
        "de",
        "Nerova hat nach eigenen Angaben rund 1,6 Millionen Kundinnen und Kunden in 17 Ländern.",
        True,
        [("count", 1600000, None, "about"), ("count", 17, None, None)],
        None,
    ),
    (
        "de",
        "Ein Sprecher der Bank sagte, man habe seit 2024 mehr als 300 zusätzliche Fachkräfte für die Compliance eingestellt.",
        True,
        [("year", 2024, None, None), ("count", 300, None, "over")],
        None,
    ),
    (
        "de",
        "„Wir nehmen die Entscheidung an und schauen nach vorne“, sagte Mitgründerin Lea Brandstätter.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Es ist das dritthöchste Bußgeld, das die Bafin je gegen eine Digitalbank verhängt hat.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    ("de", "Verbraucherschützer sprachen von einem „Weckruf für die ganze Branche“.", False, [], None),
    # --- FCA fines Quillpay (Reuters) ---
    (
        "en",
        "LONDON, Feb 26 (Reuters) - Britain's Financial Conduct Authority fined payments firm Quillpay 11.4 million pounds on Thursday for failing to stop criminals using its accounts to launder the proceeds of scams.",
        True,
        [("date", "--02-26", None, None), ("money", 11400000, "GBP", None)],
        None,
    ),
    (
        "en",
        'The regulator said Quillpay had opened more than 60,000 accounts between 2021 and 2023 with checks that were "little more than a formality."',
        True,
        [("count", 60000, None, "over"), ("year", 2021, None, None), ("year", 2023, None, None)],
        "the regulator",
    ),
    (
        "en",
        "The fine would have been 16.3 million pounds had the firm not agreed to settle early.",
        True,
        [("money", 16300000, "GBP", None)],
        None,
    ),
    (
        "en",
        "About 7,800 victims of authorised push payment fraud sent money to Quillpay accounts, losing a combined 43 million pounds, the FCA said.",
        True,
        [("count", 7800, None, "about"), ("money", 43000000, "GBP", None)],
        "the FCA",
    ),
    (
        "en",
        "Quillpay said it had overhauled its controls and now turns down about one in five applications.",
        True,
        [("fraction", 0.2, None, "about")],
        "Quillpay",
    ),
    (
        "en",
        "Under reimbursement rules introduced last year, banks and payment firms share the cost of refunding most scam victims.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"Firms that open the door to fraudsters will pay for it," said Therese Okonkwo, the FCA\'s executive director of enforcement.',
        False,
        [],
        None,
    ),
    ("en", 'Victims\' group Scam Watch UK said the penalty was "a fraction of the misery caused."', False, [], None),
    (
        "en",
        "It is the FCA's fourth fine against a payments firm in 12 months.",
        True,
        [("ordinal", 4, None, None), ("duration", 12, "month", None)],
        None,
    ),
    # --- Bankhaus Pergler geschlossen (APA) ---
    (
        "de",
        "Graz (APA) - Die Finanzmarktaufsicht (FMA) hat dem Grazer Bankhaus Pergler wegen drohender Überschuldung mit sofortiger Wirkung den Geschäftsbetrieb untersagt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Für die rund 14.800 Kundinnen und Kunden springt die Einlagensicherung Austria (ESA) ein, teilte die FMA am Montag mit.",
        True,
        [("count", 14800, None, "about")],
        "die FMA",
    ),
    (
        "de",
        "Geschützt sind Guthaben bis zu 100.000 Euro pro Person und Bank, darüber hinausgehende Beträge müssen im Konkursverfahren angemeldet werden.",
        True,
        [("money", 100000, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "Die Auszahlung soll binnen zehn Arbeitstagen erfolgen, einen Antrag müssen die Betroffenen dafür nicht stellen.",
        True,
        [("count", 10, None, None)],
        None,
    ),
    (
        "de",
        "Das 1923 gegründete Institut verwaltet Einlagen von knapp 610 Mio. Euro, gut 96 Prozent davon sind nach Angaben der ESA gedeckt.",
        True,
        [("year", 1923, None, None), ("money", 610000000, "EUR", "nearly"), ("percent", 96, "%", "over")],
        "die ESA",
    ),
    (
        "de",
        "Der Schaden für die übrigen Banken, die den Sicherungsfonds speisen, dürfte sich auf einen zweistelligen Millionenbetrag belaufen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Vor der Filiale am Joanneumring bildete sich am Vormittag eine lange Schlange besorgter Sparerinnen und Sparer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Ich habe 40 Jahre lang gespart, und jetzt soll ich zittern?“, fragte eine Pensionistin vor dem Eingang.",
        False,
        [("duration", 40, "year", None)],
        None,
    ),
    (
        "de",
        "Gegen zwei ehemalige Vorstände ermittelt die Wirtschafts- und Korruptionsstaatsanwaltschaft wegen des Verdachts der Bilanzfälschung.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Es ist die erste Schließung einer österreichischen Bank durch die FMA seit fünf Jahren.",
        True,
        [("ordinal", 1, None, None), ("duration", 5, "year", None)],
        None,
    ),
    # --- SEC charges Coinvale founder (AP) ---
    (
        "en",
        "NEW YORK (AP) — The Securities and Exchange Commission on Thursday charged Coinvale founder Ilya Brandt with defrauding investors, saying he secretly moved at least $1.6 billion in customer assets to a trading firm he controlled.",
        True,
        [("money", 1600000000, "USD", "at_least")],
        None,
    ),
    (
        "en",
        "Federal prosecutors in Manhattan unsealed a separate indictment charging Brandt with eight counts, including wire fraud and money laundering.",
        True,
        [("count", 8, None, None)],
        None,
    ),
    (
        "en",
        "Brandt was arrested in Lisbon on Wednesday and is fighting extradition, his lawyer said.",
        True,
        [],
        "his lawyer",
    ),
    (
        "en",
        "The two most serious counts are each punishable by a maximum sentence of 20 years.",
        True,
        [("count", 2, None, None), ("duration", 20, "year", None)],
        None,
    ),
    (
        "en",
        "According to the SEC's complaint, Brandt spent about $140 million of customer money on property in Portugal and Dubai and a 46-meter yacht.",
        True,
        [("money", 140000000, "USD", "about"), ("count", 46, None, None)],
        None,
    ),
    (
        "en",
        "The SEC is seeking disgorgement, civil penalties and a permanent ban on Brandt serving as an officer of a public company.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"This was not a crypto problem, it was a theft problem," SEC Enforcement Director Laurel Whitaker told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Brandt\'s lawyer, Stefan Ruiz, said his client "never took a cent that did not belong to him" and would fight the charges.',
        True,
        [],
        "Stefan Ruiz",
    ),
    (
        "en",
        "More than 3,000 Coinvale customers have joined a class action filed in California.",
        True,
        [("count", 3000, None, "over")],
        None,
    ),
    ("en", "Whether customers will see more than a fraction of their money remains an open question.", False, [], None),
    # --- EZB senkt, Sparer und Bauherren (Reuters) ---
    (
        "de",
        "Frankfurt (Reuters) - Die Europäische Zentralbank hat den Einlagensatz um einen Viertelprozentpunkt auf 1,75 Prozent gesenkt.",
        True,
        [("percent", 0.25, "pp", None), ("percent", 1.75, "%", None)],
        None,
    ),
    (
        "de",
        "Es ist die neunte Senkung seit Juni 2024, wie die EZB am Donnerstag mitteilte.",
        True,
        [("ordinal", 9, None, None), ("year", 2024, None, None)],
        "die EZB",
    ),
    (
        "de",
        "Für Tagesgeld zahlen die Banken im Schnitt nur noch 1,38 Prozent, wie eine Auswertung des Vergleichsportals Zinskompass zeigt.",
        True,
        [("percent", 1.38, "%", None)],
        None,
    ),
    (
        "de",
        "Vor einem Jahr waren es noch 1,94 Prozent gewesen, die besten Angebote liegen derzeit bei knapp 2,5 Prozent.",
        True,
        [("percent", 1.94, "%", None), ("percent", 2.5, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Bei zehnjährigen Baukrediten stiegen die Zinsen dagegen binnen drei Monaten von 3,41 auf 3,68 Prozent.",
        True,
        [
            ("duration", 10, "year", None),
            ("duration", 3, "month", None),
            ("percent", 3.41, "%", None),
            ("percent", 3.68, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Bei einem Darlehen über 300.000 Euro steigt die Monatsrate damit um rund 65 Euro.",
        True,
        [("money", 300000, "EUR", None), ("money", 65, "EUR", "about")],
        None,
    ),
    (
        "de",
        "„Wer sein Erspartes jetzt noch auf dem Girokonto liegen lässt, verschenkt Geld“, sagte Zinskompass-Geschäftsführer Ralf Dörnberg.",
        False,
        [],
        None,
    ),
    ("de", "Ökonomen rechnen bis zum Sommer mit einer weiteren Senkung.", False, [], None),
    ("de", "Die Inflationsrate im Euroraum lag im Februar bei 2,3 Prozent.", True, [("percent", 2.3, "%", None)], None),
    # --- UK mortgage and savings rates (PA) ---
    (
        "en",
        "LONDON (PA) - The average two-year fixed mortgage rate has fallen below 4.5% for the first time since September 2022, according to financial information service Loanscope.",
        True,
        [
            ("duration", 2, "year", None),
            ("percent", 4.5, "%", "under"),
            ("ordinal", 1, None, None),
            ("year", 2022, None, None),
        ],
        None,
    ),
    (
        "en",
        "The typical two-year deal now costs 4.46%, down from 5.12% a year ago, while the average five-year fix is 4.58%.",
        True,
        [
            ("duration", 2, "year", None),
            ("percent", 4.46, "%", None),
            ("percent", 5.12, "%", None),
            ("duration", 5, "year", None),
            ("percent", 4.58, "%", None),
        ],
        None,
    ),
    (
        "en",
        "A borrower with a £200,000 mortgage over 25 years would pay about £78 a month less than a year ago.",
        True,
        [("money", 200000, "GBP", None), ("duration", 25, "year", None), ("money", 78, "GBP", "about")],
        None,
    ),
    (
        "en",
        "The number of mortgage products on offer rose to 7,214, the highest since March 2008.",
        True,
        [("count", 7214, None, None), ("year", 2008, None, None)],
        None,
    ),
    (
        "en",
        "Easy-access savings accounts pay an average of 2.91%, and nearly one in three now pays less than inflation.",
        True,
        [("percent", 2.91, "%", None), ("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "en",
        '"Borrowers who have been sitting on the fence have every reason to start shopping around," said Loanscope spokeswoman Carla Benning.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Last month the Bank of England lowered Bank Rate to 3.5%, a cut of a quarter of a percentage point.",
        True,
        [("percent", 3.5, "%", None), ("percent", 0.25, "pp", None)],
        None,
    ),
    ("en", "Brokers expect lenders to keep trimming rates through the spring.", False, [], None),
    (
        "en",
        "About 1.6 million homeowners will come off fixed-rate deals this year, according to UK Finance.",
        True,
        [("count", 1600000, None, "about")],
        "UK Finance",
    ),
    # --- Einlagensicherung und Hypothekarzinsen (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Bundesrat will die Einlagensicherung stärken und den geschützten Betrag pro Kundin und Kunde auf 150'000 Franken anheben.",
        True,
        [("money", 150000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Heute sind Guthaben bis zu 100'000 Franken pro Person und Bank gesichert.",
        True,
        [("money", 100000, "CHF", "up_to")],
        None,
    ),
    (
        "de",
        "Zudem sollen die Banken künftig die Hälfte der Garantiesumme von derzeit 7,5 Milliarden Franken in bar hinterlegen, wie das Eidgenössische Finanzdepartement mitteilte.",
        True,
        [("fraction", 0.5, None, None), ("money", 7500000000, "CHF", None)],
        "das Eidgenössische Finanzdepartement",
    ),
    ("de", "Die Vernehmlassung dauert bis zum 19. Juni.", True, [("date", "--06-19", None, None)], None),
    (
        "de",
        "Die Bankiervereinigung sprach von einer «unnötigen Belastung für gut kapitalisierte Institute».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Zinsen für Festhypotheken mit einer Laufzeit von zehn Jahren sind seit Jahresbeginn um 0,14 Prozentpunkte auf 1,62 Prozent gestiegen.",
        True,
        [("duration", 10, "year", None), ("percent", 0.14, "pp", None), ("percent", 1.62, "%", None)],
        None,
    ),
    (
        "de",
        "Wer sein Eigenheim mit einer Saron-Hypothek finanziert, zahlt derzeit rund 1,1 Prozent, wie ein Vergleich des Portals Hypolupe ergab.",
        True,
        [("percent", 1.1, "%", "about")],
        None,
    ),
    (
        "de",
        "Knapp zwei Fünftel der Haushalte leben im Eigentum, in der Stadt Zürich ist es nur etwa jeder achte.",
        True,
        [("fraction", 0.4, None, "nearly"), ("fraction", 0.125, None, "about")],
        None,
    ),
    ("de", "Ob die Zinsen im Sommer weiter steigen, wagen die Banken nicht vorherzusagen.", False, [], None),
    # --- Bitcoin rebounds (Bloomberg) ---
    (
        "en",
        "(Bloomberg) -- Bitcoin climbed back above $90,000 for the first time in seven weeks as investors poured money into exchange-traded funds, shrugging off the collapse of Coinvale.",
        True,
        [("money", 90000, "USD", "over"), ("ordinal", 1, None, None), ("duration", 7, "week", None)],
        None,
    ),
    (
        "en",
        "The largest cryptocurrency rose as much as 4.2% to $91,380 on Friday in Asian trading.",
        True,
        [("percent", 4.2, "%", "up_to"), ("money", 91380, "USD", None)],
        None,
    ),
    (
        "en",
        "US-listed spot bitcoin ETFs took in about $2.7 billion this week, the most since November, according to data compiled by Bloomberg.",
        True,
        [("money", 2700000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Ether gained 3.1% to $2,640, while smaller tokens such as Solana lagged.",
        True,
        [("percent", 3.1, "%", None), ("money", 2640, "USD", None)],
        None,
    ),
    ("en", "Traders said the worst of the Coinvale fallout now appeared to be priced in.", False, [], None),
    (
        "en",
        '"The market has simply moved on," said Mei Tanaka-Ross, a strategist at digital-asset broker Fenwick Prime.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Bitcoin is still about 23% below its record of $118,600 set in October.",
        True,
        [("percent", 23, "%", "about"), ("money", 118600, "USD", None)],
        None,
    ),
    # --- Northgate raises its offer (Reuters) ---
    (
        "en",
        "LONDON, March 17 (Reuters) - Northgate Banking Group raised its offer for Fairhaven Bank to 455 pence a share on Tuesday, hours before a takeover deadline, and won the backing of Fairhaven's board.",
        True,
        [("date", "--03-17", None, None), ("money", 4.55, "GBP", None)],
        None,
    ),
    (
        "en",
        "The improved bid values Fairhaven at about £3.4 billion, roughly 10% more than the initial proposal.",
        True,
        [("money", 3400000000, "GBP", "about"), ("percent", 10, "%", "about")],
        None,
    ),
    (
        "en",
        "Fairhaven's directors said they would unanimously recommend that shareholders accept the offer.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Northgate expects to close around 40 overlapping branches and cut up to 1,100 jobs over three years, it said in a statement.",
        True,
        [("count", 40, None, "about"), ("count", 1100, None, "up_to"), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "Fairhaven's two largest investors, holding a combined 17.6% of its shares, have pledged to back the deal.",
        True,
        [("count", 2, None, None), ("percent", 17.6, "%", None)],
        None,
    ),
    (
        "en",
        "Fairhaven shares rose 8.6% to 441p.",
        True,
        [("percent", 8.6, "%", None), ("money", 4.41, "GBP", None)],
        None,
    ),
    (
        "en",
        'The Accord union said it would seek urgent talks, warning that staff had been "treated as a cost line on a spreadsheet."',
        True,
        [],
        None,
    ),
    (
        "en",
        '"Today is about scale, and scale is what this industry rewards," Lathbury told analysts on a call.',
        False,
        [],
        None,
    ),
    # --- FMA straft Privatbank Helmreich (APA) ---
    (
        "de",
        "Wien (APA) - Die Finanzmarktaufsicht (FMA) hat gegen die Wiener Privatbank Helmreich eine Geldstrafe von 1,38 Mio. Euro verhängt.",
        True,
        [("money", 1380000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Bank habe bei 214 Kunden aus Hochrisikoländern die Herkunft der Gelder nicht ausreichend geprüft, teilte die FMA am Dienstag mit.",
        True,
        [("count", 214, None, None)],
        "die FMA",
    ),
    (
        "de",
        "Auf den betroffenen Konten lagen zeitweise mehr als 86 Mio. Euro.",
        True,
        [("money", 86000000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Die Strafe ist noch nicht rechtskräftig, die Bank hat eine Beschwerde beim Bundesverwaltungsgericht angekündigt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "In einer Aussendung sprach Helmreich von einer „überschießenden Auslegung der Sorgfaltspflichten“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die FMA hat im Vorjahr nach eigenen Angaben 43 Strafen gegen Finanzunternehmen verhängt, zusammen rund 9,7 Mio. Euro.",
        True,
        [("count", 43, None, None), ("money", 9700000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Mehr als ein Drittel davon entfiel auf Verstöße gegen die Geldwäschebestimmungen.",
        True,
        [("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "de",
        "„Wer Geldwäsche auf die leichte Schulter nimmt, wird das bei uns teuer bezahlen“, sagte FMA-Vorständin Sieglinde Prattes.",
        False,
        [],
        None,
    ),
    # --- UK Finance annual fraud report (PA) ---
    (
        "en",
        "LONDON (PA) - Criminals stole £1.21 billion through fraud last year, a 4% rise on the year before, according to UK Finance.",
        True,
        [("money", 1210000000, "GBP", None), ("percent", 4, "%", None)],
        "UK Finance",
    ),
    (
        "en",
        "Authorised push payment scams, in which victims are tricked into sending money themselves, accounted for £463 million of the losses.",
        True,
        [("money", 463000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Romance scams rose by nearly a third to 4,830 cases, with an average loss of £11,900.",
        True,
        [("fraction", 0.3333, None, "nearly"), ("count", 4830, None, None), ("money", 11900, "GBP", None)],
        None,
    ),
    (
        "en",
        "Three-quarters of APP scams started online, most of them on social media and marketplace sites, the trade body said.",
        True,
        [("fraction", 0.75, None, None)],
        "the trade body",
    ),
    (
        "en",
        "Banks prevented a further £1.45 billion of unauthorised fraud through their security systems.",
        True,
        [("money", 1450000000, "GBP", None)],
        None,
    ),
    (
        "en",
        '"Tech companies are the front door for these criminals, and they need to pay their share," said Ben Corliss, UK Finance\'s director of economic crime.',
        False,
        [],
        None,
    ),
    ("en", "Victims' groups say many scams are never reported because people feel ashamed.", False, [], None),
    (
        "en",
        "About 58% of APP losses were refunded to victims in the first full year of the new rules, up from 44%.",
        True,
        [("percent", 58, "%", "about"), ("ordinal", 1, None, None), ("percent", 44, "%", None)],
        None,
    ),
    (
        "en",
        "The report counted 3.31 million cases of fraud in total, nearly nine in 10 of them involving cards.",
        True,
        [("count", 3310000, None, None), ("fraction", 0.9, None, "nearly")],
        None,
    ),
    # --- Coinvale interim payout (Reuters) ---
    (
        "en",
        "WILMINGTON, Del., March 24 (Reuters) - A U.S. bankruptcy judge on Tuesday approved an interim payout to Coinvale customers that will return about 31 cents on the dollar within 60 days.",
        True,
        [("date", "--03-24", None, None), ("money", 0.31, "USD", "about"), ("duration", 60, "day", None)],
        None,
    ),
    (
        "en",
        "The first distribution totals about $1.05 billion and will be paid in U.S. dollars, not in the coins customers originally held, court papers show.",
        True,
        [("ordinal", 1, None, None), ("money", 1050000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Claims will be valued at coin prices on the day of the bankruptcy filing, when bitcoin traded at about $76,800.",
        True,
        [("money", 76800, "USD", "about")],
        None,
    ),
    (
        "en",
        "Lawyers for a group of 4,200 customers argued that the valuation date would leave them worse off now that bitcoin has recovered.",
        True,
        [("count", 4200, None, None)],
        None,
    ),
    (
        "en",
        "Restructuring chief Nadia Feld said investigators had so far traced about 11,500 of the missing 26,000 bitcoin to wallets linked to Brandt's trading firm.",
        True,
        [("count", 11500, None, "about"), ("count", 26000, None, None)],
        "Nadia Feld",
    ),
    (
        "en",
        '"Thirty-one cents is an insult after what we were promised," said a customer who followed the hearing by video.',
        False,
        [("money", 0.31, "USD", None)],
        None,
    ),
    (
        "en",
        "Brandt remains in custody in Portugal pending an extradition hearing set for April 9.",
        True,
        [("date", "--04-09", None, None)],
        None,
    ),
    ("en", "Few customers expect to recover their losses in full.", False, [], None),
    # --- Genossenschaftsbanken fusionieren (dpa) ---
    (
        "de",
        "Fulda (dpa) - Die Volksbank Ulstertal und die Raiffeisenbank Fuldaer Land wollen sich zum 1. Juli zusammenschließen.",
        True,
        [("date", "--07-01", None, None)],
        None,
    ),
    (
        "de",
        "Die Vertreterversammlungen beider Häuser stimmten am Dienstag mit jeweils mehr als 90 Prozent für die Fusion.",
        True,
        [("percent", 90, "%", "over")],
        None,
    ),
    (
        "de",
        "Das neue Institut kommt auf eine Bilanzsumme von gut 4,2 Milliarden Euro und rund 96.000 Mitglieder.",
        True,
        [("money", 4200000000, "EUR", "over"), ("count", 96000, None, "about")],
        None,
    ),
    (
        "de",
        "Von den 38 Geschäftsstellen sollen binnen zweier Jahre elf geschlossen werden, sagte der künftige Vorstandssprecher Tobias Gerlach.",
        True,
        [("count", 38, None, None), ("duration", 2, "year", None), ("count", 11, None, None)],
        "Tobias Gerlach",
    ),
    (
        "de",
        "Betriebsbedingte Kündigungen schließt die Fusionsvereinbarung bis Ende 2029 aus.",
        True,
        [("year", 2029, None, None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Genossenschaftsbanken in Deutschland ist seit 2015 von rund 1.050 auf 689 gesunken, teilte der Bundesverband der Volks- und Raiffeisenbanken mit.",
        True,
        [("year", 2015, None, None), ("count", 1050, None, "about"), ("count", 689, None, None)],
        "der Bundesverband der Volks- und Raiffeisenbanken",
    ),
    (
        "de",
        "„Größe ist kein Selbstzweck, aber ohne sie können wir die Regulierung nicht mehr stemmen“, sagte Gerlach.",
        False,
        [],
        None,
    ),
    ("de", "Viele Mitglieder in den Dörfern sehen die Schließungen mit Sorge.", False, [], None),
    ("de", "Ob weitere Zusammenschlüsse in der Region folgen, ließen beide Vorstände offen.", False, [], None),
]
