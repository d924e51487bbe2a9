"""Three-hundred-and-seventy-fourth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, banks, firms and figures are made
up (Zahlwerk, Jannik Oberländer, Privatbank Sihlquai, Balthasar Imfeld, Banca Lagunare,
Elbtal Kreditbank, Lorenzo Pittaluga, Taunusbank, Cornelius Brandhorst, Ulrike Sennewald,
Mainfranken Hypothekenbank, Heiko Trautwein, Pyhrn Bank, Gregor Aigelsreiter, Bank
Zugerland, Reto Tschudin, Regionalbank Emmental, Ueli Rothenbühler, Bank Innviertel, Salzach
Kreditbank, Hemma Stranzinger; Castlegate Private Bank, Harborview Financial Corp, Harlan
Pruett, Prairie Ridge Bank, Cottonwood National Bank, Lakeport Bancshares, Seneca Valley
Financial, Wendell Strock, Priscilla Arneson, Ravenhurst Securities, Kingsmere Banking
Group, Graham Tullett, Kisoji Financial Group, Takuya Ishizawa, Banco Meseta, Banco del
Duero, Ana Beltrán-Sotelo, Norrvik Bank, Magnus Ekdahl, Laurentide Bank of Commerce, Sophie
Lachance-Bélair, Seaboard Trust, Lionel Haverford, Ardmore Bank Group, Niamh Cullinane;
every unnamed spokesperson, analyst, trader, finance chief, schoolteacher, banker and
investor); holders of real offices appear under made-up names that stand for no real holder
(the Fed's Vice Chair for Supervision Miriam Castellanos, the PRA's chief executive Rosalind
Verity, the ECB's chief supervisor Dagmar Wolfsteller, a Bundesbank vice-president
Friedemann Eckstädt) or by their role only ("Der Finanzminister" in Vienna, "the
Chancellor", Ireland's "finance minister", "A Democratic senator"). Real states, bodies,
markets, indices, laws and places (Bafin, Finma, Eidgenössische Finanzmarktaufsicht,
Transparency International Schweiz, Bundesverwaltungsgericht, Xetra, Dax, Bundesregierung,
EZB, EZB-Bankenaufsicht, SREP, Wiener Börse, Stabilitätsabgabe, Sonderabgabe, Ministerrat,
Budgetbegleitgesetz, Oesterreichische Nationalbank (OeNB), Wirtschaftskammer, Bundessparte
Bank und Versicherung, Verfassungsgerichtshof, SIX, Berner Börse BX, Einlagensicherung,
Bundesbank, Deutsche Kreditwirtschaft, FMA; the Federal Reserve, the KBW Nasdaq Bank Index,
the KBW Regional Banking Index, the Prudential Regulation Authority, LSEG, the Federal
Deposit Insurance Corporation and its Deposit Insurance Fund, Sweden's Financial Supervisory
Authority, the Treasury, UK Finance, the European Central Bank, the OCC, and the datelines'
cities) stand for the way wire copy names them; every result, ratio, provision, fine, levy,
outflow, stress-test loss, offer price, premium, exchange ratio, stake, date and quote here
is invented, and where a real figure came to mind (a real stress-test drawdown, a real count
of supervised banks, a real fine, a real levy or surcharge rate, a real bailout sum) it was
changed (the 100'000-franc and $250,000 deposit guarantees kept).

Its weight: BANKS AND FINANCIAL STABILITY (the hundred-thirtieth batch weighed banks,
fintech and crypto, the hundred-eighty-sixth banks' and insurers' quarterly results and
takeovers, the two-hundred-and-fifty-fourth banks, insurers and financial regulation and the
three-hundred-and-twenty-fourth central banks and rates; their decisions are kept) over
about three months of one year, June 27 to September 25, as 26 short stories in story order,
the German and English stories interleaved by date, each told as wire copy runs it (a
dateline lead with the result, the fine, the bid or the test, the figures, attributed
claims, the other side, quotes, the share price, the reaction). Half German (dpa, dpa-AFX,
Reuters German, APA, awp, Keystone-SDA; Austrian "Mio."/"Mrd.", "heuer", "im Vorjahr",
"Jänner", "Generaldirektor", "Periodenergebnis", Swiss "Geldwäschereibestimmungen",
"unrechtmässig", "Weiterzug", "Reingewinn", "Neugelder", "Mio. CHF", "1400", "100'000",
"innert", «» quotes, German „“ quotes): a Bafin fine against a Berlin smartphone bank, the
Finma against a Zurich private bank, an Italian bid for a Hamburg lender with price per
share, premiums and acceptance period, a Frankfurt bank's second quarter, the European
stress test in Reuters German copy ("u.a." inside the sentence), an Upper Austrian bank's
half-year with the bank levies, a Zug wealth manager's half-year, a Würzburg mortgage bank's
provisions for commercial property, Austria's higher bank levy, deposit outflows at an
Emmental regional bank, the Bundesbank's countercyclical buffer and an Innviertel bank
merger. Half English (Reuters, AP, PA, Bloomberg): the Fed's stress test, a PRA fine, a U.S.
bank's second quarter, a Kansas bank run and failure, a regional bank merger with an
exchange ratio, a UK bank's half-year with levy and surcharge, a Japanese bank's first
quarter in yen, a hostile bid in Spain, a Swedish money-laundering fine in crowns, a
Canadian bank's third quarter, the UK bank surcharge, euro zone bad loans and ECB
supervision, U.S. penalties and an asset cap, and the sale of a state stake in an Irish
bank. Figures as such copy has them: profits, interest income, provisions, charge-offs,
dividends, buybacks, consensus and levies in euros, dollars, pounds and pence, francs, yen,
crowns and Canadian dollars and cents (converted figures in brackets); CET1, "harte
Kernkapitalquote", NPE, NPL, liquidity, cost-income and payout ratios in percent, moves in
percentage points and basis points; stress-test drawdowns, scenario shocks and buffers;
fines, confiscated profits, caps and deadlines; outflows and deposit limits; offer prices
per share, premiums and discounts, exchange ratios, stakes and deal values; number words and
compounds ("Neun-Punkte-Plan", "sechsstündigen", "dreijährige", "dreimal", "während dreier
Jahre", "a two-day run", "two dozen", "twice"), fractions ("um fast ein Drittel", "knapp
einem Achtel", "gut die Hälfte", "rund ein Viertel", "um ein Fünftel", "about two-thirds",
"about a third"), ordinals and rankings ("im zweiten Quartal", "die fünftgrößte", "the
second U.S. bank failure", "Japan's fourth-largest", "Canada's fifth-biggest", "for a fifth
straight quarter"), spans, years, dates and hedges. About 55 negatives as such copy has
them, none carrying a figure: executives', supervisors' and ministers' quoted rhetoric,
reassurance and creed, labels („nannten“, „bezeichnete ... als“, „sprach von“, „kritisierte
... als“, "called"), analysts' verdicts, an institution's assessment with „halten ... für“,
advice, a warning and criticism without a measure, forecasts without a figure, a doubt,
evasions and open questions, a vox pop and scene colour, each near a check-worthy
look-alike: the same speaker's figure, the measure taken, the figure behind the label.

244 rows (120 German, 124 English), 55 negatives (28 German, 27 English), 189 check-worthy
rows of which 13 carry no figure (10 German, 3 English), 337 expected quantities (115
amounts of money - 42 EUR, 32 USD, 15 GBP, 11 CHF, 7 CAD, 6 JPY, 2 SEK -, 95 percentages -
86 in "%", 7 in percentage points "pp", 2 in basis points "bp" -, 41 counts, 25 years, 23
ordinals, 17 durations - 8 in years, 5 in months, 2 in days, 1 in weeks, 1 in hours -, 14
dates, 7 fractions; none of them in a negative), 38 checked speakers (18 German, 20
English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, reassurance, label, piece of rhetoric, advice, forecast without a figure,
  doubt or open question is a negative with speaker None, also with a named speaker and an
  office (seventh, ninety-eighth, hundred-thirtieth, hundred-eighty-sixth,
  two-hundred-and-fifty-fourth); a quoted or reported figure, step, rule, plan, pledge or
  position is check-worthy with its speaker, also in Konjunktiv I (hundred-thirtieth: „Das
  Institut habe ..., teilte die Bafin mit.“; here the same form and the Finma's). Pairs from
  one speaker: Castellanos's two years beside her statement on the banking system,
  Oberländer's 45 specialists beside „Wir haben verstanden ...“, Verity's 11 investigations
  beside "not a box-ticking exercise", Imfeld's 1400 client relationships beside «Die Bank
  von heute ...», Pruett's buyback beside "Our clients are in good shape ..." (a
  reassurance, hundred-eighty-sixth: "We are not seeing any deterioration ..."), Pittaluga's
  synergies beside „einen echten europäischen Champion“, Brandhorst's buyback beside „Wir
  liefern Quartal für Quartal ...“, Tullett's £150m beside "remarkably resilient",
  Wolfsteller's three banks and her one point beside her two quotes, Ishizawa's 0.3% beside
  "that changes everything", Aigelsreiter's quarter of profit beside „Die Sonderabgabe
  trifft die Falschen ...“ and his evasion, Beltrán-Sotelo's 70% beside "We will not be
  rushed ...", Tschudin's 120 advisers beside «sicherer Hafen», Ekdahl's 1,100 staff beside
  "We have turned the page ...", Trautwein's 13 percent beside „Wir räumen jetzt konsequent
  auf ...“, Lachance-Bélair's two-thirds beside "rather be early than late", Rothenbühler's
  25 million francs beside «Die Einlagen ... sind sicher ...» (a reassurance about the
  present, while a statement of what happened to deposits stays a claim,
  two-hundred-and-fifty-fourth), Eckstädt's 17 percent beside his advice „Die Banken sollten
  ...“, Haverford's 2,000 hires beside "We accept these findings ...", and Stranzinger's
  pledge („betriebsbedingte Kündigungen seien ausgeschlossen“; hundred-thirtieth: a pledge
  with a checkable content) beside „die stärkste Bank zwischen Inn und Salzach“.
- Stress tests and supervision (eighty-seventh: „für 96 Großbanken“ with its points;
  two-hundred-and-fifty-fourth): the tested banks are counts ("All 22 large banks" - "All"
  no hedge, three-hundredth -, "the 22 lenders", „der 64 ... geprüften Institute“, „drei
  Institute“, "12 of the 109 banks"), the drawdown is percentage points and the ratio a
  percentage ("by 2.4 percentage points to a low of 10.9%", „im Schnitt um 4,3 Prozentpunkte
  auf 11,8 Prozent“ - „im Schnitt“ no hedge -, „noch 4,9 Prozentpunkte“, „von 7,1
  Prozentpunkten“, "up to 1 percentage point" "up_to"), the scenario's shocks are
  percentages and fractions ("to 10%", "a 38% slide", „um 6,2 Prozent“, „um fast ein
  Drittel“ 0.3333 "nearly"), the losses money ("$612 billion, including $187 billion", „457
  Milliarden Euro“), and „eine schwere dreijährige Rezession“ 3 years (the issue's
  „dreitägige Reise“). „unter einer harten Kernkapitalquote von 8 Prozent“ has no hedge,
  „unter“ standing before the noun (two-hundred-and-fifty-fourth: „unter der
  Mindestanforderung ... von 10,25 Prozent“). New: "to a low of 10.9%" carries no hedge - "a
  low of" names the trough the ratio reaches, as "a peak of 6.9% in 2022" names a peak
  (three-hundred-and-twenty-fourth) and "a record 38.1 billion tonnes" a record
  (two-hundred-and-seventy-sixth). New: "which is floored at 2.5%" carries no hedge - a
  floor set by a verb bounds the buffer as "cap its total assets at $310 billion" caps the
  assets (two-hundred-and-fifty-fourth), and so does "may not exceed $180 billion"
  ("exceeded" a verb, two-hundred-and-fifty-fourth). New: "over nine quarters" is count 9
  and "over the next four quarters" count 4 - a quarter is no unit of the duration list and
  is counted as "three straight quarters" (two-hundred-and-fifty-fourth), "over" before a
  span no hedge; "for a fifth straight quarter" ranks it (ordinal 5, as "for a sixth
  consecutive day", two-hundred-and-seventy-sixth). "CET1", "common equity tier 1" ("1"
  none, hundred-thirtieth), "SREP", „SREP-Prozess“, "stress capital buffer", "Deposit
  Insurance Fund", „Stabilitätsabgabe“, „Sonderabgabe“ and "surcharge" carry none.
- Fines and supervisory measures (hundred-thirtieth, two-hundred-and-fifty-fourth): fines,
  penalties and confiscated profits are money in the currency written („ein Bußgeld von 3,4
  Millionen Euro“, "14.2 million pounds", „9,6 Millionen Franken an unrechtmässig erzielten
  Gewinnen“, "1.2 billion Swedish crowns ($118 million)" SEK and USD, "$210 million in
  penalties", "a $135 million civil penalty, while the Federal Reserve levied a further $75
  million" - "a further" no hedge), „Vermögenswerte von über 640 Millionen Franken“ "over"
  (hundred-thirtieth: „Gelder von über 420 Millionen Franken“), "a 30% discount"; caps and
  bans („höchstens 8.000 Neukunden pro Monat“ "at_most" - „pro Monat“ none,
  hundred-thirtieth -, „Während dreier Jahre“ 3 years as „während zweier Jahre“, „einen
  Neun-Punkte-Plan“ 9 as the issue's "28-Punkte-Entwurf", "within 60 days", „binnen 18
  Monaten“); ranks of actions („die zweite Maßnahme“ 2, "the PRA's third enforcement action"
  3, "the second against a Swedish bank in two years" 2 and 2 years); repeats („seit 2022
  dreimal“ 3 as the issue's "viermal", "twice since 2022" 2); "The OCC first raised concerns
  ... in 2022" the year only ("first" an adverb, two-hundred-and-fifty-fourth: "examiners
  first flagged in 2021"); "The orders list two dozen deficiencies" 24 (the issue's "two
  dozen"). Check-worthy without a figure: the Finma's finding of „schwere Verstösse“, the
  waiver of an appeal („Gegen den Bescheid will die Bank keinen Einspruch einlegen.“, „Die
  Bank verzichtet auf einen Weiterzug ...“; hundred-thirtieth), Castlegate's account of its
  remedies and the Finma's appointed auditor. In the PRA story "showing it above 100%" is
  "over" - "above" right before the figure, as "above $90,000" (hundred-thirtieth) - while
  "comfortably above its regulatory minimum of 10.1%", "well above the 11.5% floor" and "sat
  above the $250,000 cap" carry none, the word standing before "its" or "the"
  (two-hundred-and-fifty-fourth: "comfortably above the 11.5% minimum";
  hundred-thirty-fifth: "well above its").
- Bank runs, deposit outflows and deposit protection (hundred-thirtieth,
  two-hundred-and-fifty-fourth): outflows are money with their hedges („Kundengelder von
  rund 380 Millionen Franken“ "about", "depositors pulled about $1.4 billion"), shares of
  deposits fractions or percentages („knapp einem Achtel der gesamten Kundeneinlagen“ 0.125
  "nearly" - the dative, hundred-thirtieth: „ein knappes Achtel“ -, "roughly 41% of its
  deposits" "about"), "a two-day run" 2 days (the issue's "a two-week visit"), „innert
  weniger Tage“ none (hundred-thirtieth: "within days"); the liquidity ratio „bei über 140
  Prozent“ "over" and „über dem gesetzlichen Minimum von 100 Prozent“ none; „bis zu 100'000
  Franken pro Kunde und Bank“ "up_to" (Swiss apostrophe, tenth; „pro Kunde und Bank“ none);
  "the second U.S. bank failure this year" ordinal 2 (two-hundred-and-fifty-fourth: "the
  first U.S. bank failure this year"); "an estimated $390 million" "about"; "all 38 of
  Prairie Ridge's branches" 38 ("all" no hedge). The queues before the branches („Vor den
  Filialen ... bildeten sich am Montag lange Schlangen.“) are scene colour and a negative,
  as the queue outside the closed bank (hundred-thirtieth), and "People saw the line ... and
  panicked" a vox pop without a figure.
- Results (hundred-thirtieth, hundred-eighty-sixth, two-hundred-and-fifty-fourth): profits,
  income, provisions, charge-offs, dividends, buybacks and consensus are money in the
  currency written ("$4.37 billion, or $1.62 per share", „812 Millionen Euro“, „286 Mio.
  Euro“, „187,4 Mio. CHF“, "398 billion yen ($2.7 billion)", "C$1.18 billion ($860
  million)", "3.2p per share" 0.032 GBP and "612.8 pence" 6.128 GBP - pence as hundredths -,
  "3 Canadian cents" 0.03 CAD, "£437m", "£13.5bn"; "per share", "a share", „je Aktie“ none);
  „auf 164 Millionen Euro nach 238 Millionen“ both in EUR (the currency written once serving
  both, three-hundred-and-fifty-sixth); ranges keep both ends („zwischen 380 und 440
  Millionen Euro“, „180 bis 220 Millionen Euro“, "a target range of 13% to 14%"); consensus
  figures are check-worthy with the speaker unchecked ("according to LSEG data", "according
  to a company-compiled consensus", „Analysten hatten im Schnitt mit ... gerechnet“). Ratios
  are percentages (CET1, „Die harte Kernkapitalquote“, „Die NPE-Quote“, „Die NPL-Quote ...
  von 2,4 auf 2,8 Prozent“ both, „Die Cost-Income-Ratio“, „die Kernkapitalquote“, "Impaired
  loans ... 0.84%"); moves in points as written („um 4 Basispunkte“ and "up 19 basis points"
  bp, „um 0,3 Prozentpunkte“ pp). Quarters and halves rank ("second-quarter", „im zweiten
  Quartal“, "first-half", „im ersten Halbjahr“, „im zweiten Halbjahr“, "first-quarter",
  "third-quarter", "in the first quarter of next year"); "April-June quarter", "full-year",
  „für das Gesamtjahr“, „Unter dem Strich“, „im Jahresvergleich“, „per Ende Juni“,
  „Rekordwert“ none. "the highest in more than three years" 3 years "over" and "their
  highest in four years" 4 years (hundred-thirtieth: "the highest in three years"). "Japan's
  fourth-largest bank", "Canada's fifth-biggest lender" ("-biggest" as "-largest"), "the
  Nordic region's sixth-largest lender", "Spain's third-largest lender", "the fifth-largest
  regional lender" and „die fünftgrößte Regionalbankengruppe“ are ordinals (the issue's „die
  drittgrößte Stadt“); "the largest bank failure", "the largest penalty", "the strongest",
  „größter Gewinner im Dax“ none.
- Takeovers and stakes (hundred-thirtieth, hundred-eighty-sixth): prices per share,
  premiums, discounts, values, stakes and acceptance thresholds are each a quantity („31,80
  Euro je Aktie in bar“, „einem Aufschlag von 27 Prozent ... und von 34 Prozent“, „mit rund
  4,9 Milliarden Euro“, „9,8 Prozent der Anteile“, „mindestens 50 Prozent“ "at_least",
  "$48.15 a share, a premium of 31%", "a hostile 7.4 billion euro ($8.6 billion) bid" - the
  adjectival "euro" the unit, two-hundred-and-fifty-fourth -, "owns 4.6%", "more than 50% of
  the shares" "over", "a 4.9% stake", "to 12.3%", "at 13.40 euros each, a discount of 2.8%"
  - a discount as "a 30% discount", two-hundred-and-fifty-fourth); the averaging periods are
  durations and trading days counts („der letzten drei Monate“ 3 months as "Cascade's 30-day
  volume-weighted average" 30 days, hundred-eighty-sixth; „der vergangenen 30 Handelstage“
  30, hundred-thirtieth), „Die Annahmefrist soll vier Wochen betragen“ 4 weeks, "could take
  up to six months" 6 months "up_to", „ab dem dritten Jahr nach Abschluss“ 3. Exchange
  ratios given as one figure are counts ("0.742 Lakeport shares per share held", "0.55 new
  Meseta shares plus 1.15 euros in cash" 0.55 and 1.15 EUR - "plus" no hedge,
  two-hundred-and-forty-fourth; hundred-thirtieth: "0.84 new Northgate shares"). New: „für
  je fünf Aktien drei Aktien der Bank Innviertel“ gives counts 5 and 3 - a ratio written as
  two whole numbers of shares counts each number word as "By six votes to three" gives 6 and
  3 (two-hundred-and-fifty-fourth), and „je“ carries none. A board's rejection paired with a
  label is check-worthy without a figure and keeps the length of its sitting („lehnte das
  Angebot nach einer sechsstündigen Sitzung als „opportunistisch ...“ ab“ 6 hours;
  hundred-eighty-sixth, and the issue's „fünfstündigen Treffen“), "Duero's board rejected
  the approach, saying ..." and a stated plan for the combined bank's leadership without a
  figure ("Strock will run ..."); the approvals a merger still needs are check-worthy
  (hundred-thirtieth). The works council's warning naming a figure stays check-worthy
  („warnte vor dem Verlust von bis zu 1.500 Arbeitsplätzen“ "up_to"; two-hundred-and-fourth:
  Kälin's „bis zu 2.000 Arbeitsplätze“).
- Bank levies (hundred-eighty-eighth: Austria's special levy extended "until 2029" at "500
  million euros a year"; two-hundred-and-fifty-fourth): levies and surcharges are money and
  rates as written („um 150 Mio. Euro auf insgesamt 450 Mio. Euro jährlich“ - „insgesamt“ no
  hedge, „jährlich“ none -, „heuer bereits 38 Mio. Euro, nach 21 Mio. Euro im Vorjahr“, "an
  extra 1.8 billion pounds a year" - "extra" no hedge, as an earlier batch's "an extra A$36
  million" -, "profits above £100m" "over" - the hedge right before the figure,
  two-hundred-and-fifty-fourth: „Für Guthaben über 500'000 Franken“ -, "from 3% to 5%", "to
  30%", "about £390m this year"); "about 30 lenders, including the four biggest high-street
  banks" 30 "about" and 4 (a definite group, forty-first: "the two most common compounds");
  the law's years („nur für 2025 und 2026 ... bis 2029“). New: „Das sieht das
  Budgetbegleitgesetz vor, das der Ministerrat am Mittwoch beschlossen hat.“ is check-worthy
  without a figure - the source line names the law that holds the measure, as „Das geht aus
  ... hervor“ names its document (hundred-eighty-sixth, two-hundred-and-forty-fourth); so is
  the Bundessparte's announced challenge at the Verfassungsgerichtshof („kündigte an“ no
  verb of saying, speaker None; two-hundred-and-forty-fourth: an announced challenge in
  court).
- Other fractions, durations, years and dates as every batch: „rund ein Viertel des Gewinns“
  0.25 "about", „gut die Hälfte“ 0.5 "over" (two-hundred-and-fifty-fourth: „gut ein Drittel
  des Gewinns“; „davon“ no hedge), „um ein Fünftel“ 0.2 (three-hundred-and-fifty-sixth:
  „bricht um ein Fünftel ein“), "about two-thirds" 0.6667 and "about a third" 0.3333
  "about"; "over almost three years" 3 years "nearly" (two-hundred-and-seventy-sixth: "over
  almost four years"), "average the results over two years" 2 years, "three months earlier"
  3 months (two-hundred-and-fifty-fourth), "in the next 12 months" 12 months, "some 15 years
  after a state bailout" 15 years "about" ("some" "about"; two-hundred-and-seventy-sixth:
  "two years after the previous scheme collapsed"); none: "this year", "a year earlier",
  „ein Jahr zuvor“, „im Vorjahr“, „im kommenden Jahr“, „heuer“, „seit dem Herbst“, „im
  Frühjahr“, „Ende Juni“, „Ende Dezember“, „Ende Oktober“, „im Jänner bis Juni“, "since
  April", "in April", "at the end of March", "next year", "years ago", "in the coming
  weeks". Years: „zwischen 2022 und 2024“, „zwischen 2019 und 2023“, „seit 2021“, "since
  2022", "since 2023", "since 1989", "by the end of 2028", "by March 2028", „bis Ende 2027“,
  „seit 2020“, „zuletzt 2009“ („zuletzt“ no hedge), "between 2020 and 2023", "since 2020",
  "in 2022". Dates without a year: "on Oct. 1" --10-01, "from Aug. 18" --08-18, „zum 30.
  Juni“ --06-30, „zum 1. Februar“ --02-01, and the Reuters datelines with a day
  ("WASHINGTON, June 27", "LONDON, July 8", "CHARLOTTE, North Carolina, July 15" - the state
  between city and day, three-hundredth -, "LONDON, July 29", "TOKYO, July 31", "MADRID, Aug
  7", "STOCKHOLM, Aug 14", "TORONTO, Aug 26", "FRANKFURT, Sept 11", "DUBLIN, Sept 25"); dpa
  ("Berlin (dpa) -", "Frankfurt/Main (dpa) -"), dpa-AFX ("HAMBURG (dpa-AFX) -", "FRANKFURT
  (dpa-AFX) -", "WÜRZBURG (dpa-AFX) -"), Reuters German ("Frankfurt (Reuters) -"), APA
  ("Linz (APA) -", "Wien (APA) -", "Ried im Innkreis (APA) -"), awp ("Zürich (awp) -", "Zug
  (awp) -"), AP ("TOPEKA, Kan. (AP) —", "WASHINGTON (AP) —"), PA ("LONDON (PA) -") and
  Bloomberg ("(Bloomberg) --") datelines none (seventy-ninth). New: the Keystone-SDA
  dateline with the canton's tag, "Burgdorf BE (Keystone-SDA) -", carries none - "BE"
  belongs to the place as "Kan." does in "TOPEKA, Kan. (AP) —". Clock times ("by 0810 GMT",
  "by 0930 GMT", „bis Mittag“) none.
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "roughly", "some", "an
  estimated" "about"; „knapp“, „fast“, "almost", "Nearly" "nearly"; „mehr als“, „gut“,
  „über“ right before the figure, "more than", "above" right before the figure "over"; „bis
  zu“, "up to" "up_to"; „mindestens“ "at_least"; „höchstens“ "at_most". No hedge: „im
  Schnitt“, "on average", „insgesamt“, „zusammen“, „bereits“, „noch“, „zuletzt“, „davon“,
  „zusätzliche“, "extra", "a further", "All", "all", "plus", "within", „binnen“, „zwischen“,
  "over" before a span, "to" and „bis“ in a range, "above its", "above the" and „über dem“
  before a noun, „unter einer“ before a noun, "a low of", "floored at", "may not exceed".
- Speakers, checked only in forms the earlier batches settled: „teilte die Bafin am
  Donnerstag mit“ -> "die Bafin", „teilte die Finma am Freitag mit“ -> "die Finma", „teilte
  die EZB am Freitag mit“ -> "die EZB" (the weekday dropped, hundred-thirtieth,
  two-hundred-and-fifty-fourth), „wie das Institut am Donnerstag in Frankfurt mitteilte“ ->
  "das Institut" (weekday and place dropped, hundred-eighty-sixth), „teilte das Unternehmen
  am Mittwochabend mit“ -> "das Unternehmen" (hundred-eighty-sixth: "Mittwochabend" none),
  „Nach Angaben der Oesterreichischen Nationalbank (OeNB)“ -> "die Oesterreichische
  Nationalbank" (the nominative, the abbreviation dropped, two-hundred-and-fifty-fourth); „X
  sagte, ...“ with the office dropped („Zahlwerk-Gründer Jannik Oberländer“, „Lagunare-Chef
  Lorenzo Pittaluga“, „Vorstandschef Cornelius Brandhorst“, „Finanzchefin Ulrike Sennewald“,
  „EZB-Chefaufseherin Dagmar Wolfsteller“, „Generaldirektor Gregor Aigelsreiter“, „CEO Reto
  Tschudin“, „Vorstandschef Heiko Trautwein“, „Bankpräsident Ueli Rothenbühler“,
  „Bundesbank-Vizepräsident Friedemann Eckstädt“, „Innviertel-Generaldirektorin Hemma
  Stranzinger“; hundred-eightieth, two-hundred-and-fifty-fourth) and „Imfeld sagte, ...“
  opening the row (forty-second). English: "the Fed said on Friday" -> "the Fed"
  (three-hundred-and-twenty-fourth), "the PRA said" -> "the PRA" (fifty-ninth), "the FDIC
  said" -> "the FDIC" and "the OCC said" -> "the OCC" (two-hundred-and-fifty-fourth), "the
  companies said in a statement Monday" -> "the companies" (hundred-eighty-sixth), "the
  Treasury said" and "UK Finance said" as earlier batches have them, "Castlegate said" and
  "Meseta said" as written (two-hundred-and-fifty-fourth: "Brookline Harris said"), the name
  with the role and the occasion dropped ("Chief Executive Harlan Pruett said", "Chief
  Executive Graham Tullett said", "President Takuya Ishizawa said at a news conference",
  "Chief Risk Officer Sophie Lachance-Bélair said", "ECB supervisory chief Dagmar
  Wolfsteller said", "Ardmore Chief Executive Niamh Cullinane said";
  three-hundred-and-fifty-sixth: "ECB board member ... said"), and the surname opening the
  row ("Castellanos said", "Verity said", "Beltrán-Sotelo said", "Ekdahl said", "Haverford
  said"; two-hundred-and-forty-fourth). Left unchecked (None): all negatives, also those
  with a named speaker; "Norrvik, the Nordic region's sixth-largest lender, said" (a
  description between, three-hundredth: "Unite, Britain's second-largest union, said"), "the
  finance ministry said" (a ministry's "said", two-hundred-and-seventy-sixth), "the bank's
  finance chief said", „Der Finanzminister sagte“, "a spokesperson for the bank said"
  (roles), "He said" and "She said" (pronouns, hundred-eighty-sixth), „Die Finma teilte mit,
  ...“ (three-hundredth: „Die Bahn teilte mit, ...“ no form settled), „teilten beide
  Institute am Dienstag mit“ (a plural naming no firm, hundred-eighty-sixth), „nach eigenen
  Angaben“, „nach Berechnungen der Bundesbank“, „nach Reuters-Berechnungen“, „heißt es im
  Finanzstabilitätsbericht“, „kündigte an“, "according to LSEG data", "according to a
  company-compiled consensus", "according to FDIC records", "according to the order",
  "European Central Bank data showed", "Treasury documents show", "The authority found" (a
  finding, as "the study found", two-hundred-and-forty-fourth), "Lakeport expects" (an
  estimating verb, hundred-eighty-sixth) and rows without attribution.
- Negatives (ninety-eighth, hundred-thirtieth, hundred-eighty-sixth,
  two-hundred-and-fifty-fourth), none of them carrying a figure: quotes of rhetoric, creed
  and reassurance from executives, supervisors and ministers (the pairs above, "The banking
  system remains well capitalized ...", "We deeply regret these failings ...", "This is
  about building a bank big enough ...", "Banks have enjoyed a windfall ...", "This is a
  good day for taxpayers ...", „Wer in der Krise vom Staat profitiert hat ...“); labels
  („nannten die Strafe einen „Warnschuss ...““, „bezeichnete die Massnahmen als «Schlag ins
  Wasser»“, „bezeichneten die Pläne als „Gift für den Standort““, „sprach von einem
  «soliden, wenn auch wenig spektakulären Semester»“, „Händler sprachen von ...“ twice,
  „lobten die Zahlen als „rundum solide““, „kritisierte die Entscheidung als „zur Unzeit““,
  "called the penalty "pocket change ...""); analysts' verdicts and forecasts without a
  figure ("left room for bigger buybacks", "made it an outlier", "paying a rich price",
  "finally buckling", "Analysts expect the other megabanks to follow ..."); criticism and a
  warning naming no measure ("Some investors have argued ...", „Kritiker bemängeln seit
  Langem ...“, "Industry figures warned ..."); a doubt ("privately doubt"); evasions and
  open questions („ließ Aigelsreiter offen“, „blieb zunächst offen“, „ist offen“, „ist noch
  nicht entschieden“, „wagte ... niemand vorherzusagen“, "Some analysts questioned whether
  ...", "It remains unclear whether ...", "Whether the government will sell ... is
  unclear."); the vox pop and the queues (above). New: „Die Bundesbank hält die Risiken für
  das deutsche Finanzsystem ... weiterhin für erhöht.“ is a negative - an institution's
  assessment with „halten ... für“ is a verdict as „Andere Ratsmitglieder halten eine
  längere Pause für klüger.“ (three-hundred-and-twenty-fourth), also as the lead of its
  story (three-hundred-and-twenty-fourth: a lead made only of a warning), while the measure
  that follows (the Bafin raising the buffer „zum 1. Februar von 0,75 auf 1,0 Prozent“) and
  the Bundesbank's figures carry the claims.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_374 = [
    # --- Fed stress test (Reuters), June 27 ---
    (
        "en",
        "WASHINGTON, June 27 (Reuters) - All 22 large banks tested by the Federal Reserve this year stayed above their minimum capital requirements under a severe hypothetical recession, the Fed said on Friday.",
        True,
        [("date", "--06-27", None, None), ("count", 22, None, None)],
        "the Fed",
    ),
    (
        "en",
        "Under the scenario, the group's aggregate common equity tier 1 ratio would fall by 2.4 percentage points to a low of 10.9%.",
        True,
        [("percent", 2.4, "pp", None), ("percent", 10.9, "%", None)],
        None,
    ),
    (
        "en",
        "The hypothetical downturn featured a jump in unemployment to 10% and a 38% slide in commercial real estate prices over nine quarters.",
        True,
        [("percent", 10, "%", None), ("percent", 38, "%", None), ("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "Projected losses across the 22 lenders totaled $612 billion, including $187 billion on credit cards.",
        True,
        [("count", 22, None, None), ("money", 612000000000, "USD", None), ("money", 187000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Each bank's stress capital buffer, which is floored at 2.5%, will be reset based on the results and take effect on Oct. 1.",
        True,
        [("percent", 2.5, "%", None), ("date", "--10-01", None, None)],
        None,
    ),
    (
        "en",
        '"The banking system remains well capitalized and resilient to a wide range of outcomes," Fed Vice Chair for Supervision Miriam Castellanos said in a statement.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Castellanos said the Fed would average the results over two years to damp swings in the buffers, a change it first proposed in April.",
        True,
        [("duration", 2, "year", None)],
        "Castellanos",
    ),
    (
        "en",
        "Analysts said the outcome left room for bigger buybacks, though few expected lenders to rush.",
        False,
        [],
        None,
    ),
    ("en", "The KBW Nasdaq Bank Index rose 1.1% in after-hours trading.", True, [("percent", 1.1, "%", None)], None),
    # --- Bafin-Bußgeld gegen Zahlwerk (dpa), Anfang Juli ---
    (
        "de",
        "Berlin (dpa) - Wegen Mängeln bei der Geldwäscheprävention muss die Berliner Smartphone-Bank Zahlwerk ein Bußgeld von 3,4 Millionen Euro an die Finanzaufsicht Bafin zahlen.",
        True,
        [("money", 3400000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das Institut habe zwischen 2022 und 2024 in 1.270 Fällen Verdachtsmeldungen verspätet abgegeben, teilte die Bafin am Donnerstag mit.",
        True,
        [("year", 2022, None, None), ("year", 2024, None, None), ("count", 1270, None, None)],
        "die Bafin",
    ),
    (
        "de",
        "Zudem darf Zahlwerk bis auf Weiteres höchstens 8.000 Neukunden pro Monat aufnehmen.",
        True,
        [("count", 8000, None, "at_most")],
        None,
    ),
    (
        "de",
        "Bis Ende Oktober muss das Start-up der Aufsicht einen Neun-Punkte-Plan zur Behebung der Mängel vorlegen.",
        True,
        [("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "Es ist bereits die zweite Maßnahme der Behörde gegen die Smartphone-Bank binnen 18 Monaten.",
        True,
        [("ordinal", 2, None, None), ("duration", 18, "month", None)],
        None,
    ),
    (
        "de",
        "Zahlwerk-Gründer Jannik Oberländer sagte, man habe seit dem Herbst 45 zusätzliche Compliance-Fachleute eingestellt.",
        True,
        [("count", 45, None, None)],
        "Jannik Oberländer",
    ),
    ("de", "„Wir haben verstanden und nehmen das sehr ernst“, sagte Oberländer.", False, [], None),
    ("de", "Gegen den Bescheid will die Bank keinen Einspruch einlegen.", True, [], None),
    (
        "de",
        "Verbraucherschützer nannten die Strafe einen „Warnschuss für die ganze Fintech-Branche“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Zahlwerk zählt nach eigenen Angaben rund 610.000 Kundinnen und Kunden.",
        True,
        [("count", 610000, None, "about")],
        None,
    ),
    # --- PRA fines Castlegate (Reuters), July 8 ---
    (
        "en",
        "LONDON, July 8 (Reuters) - Britain's Prudential Regulation Authority fined Castlegate Private Bank 14.2 million pounds on Tuesday for misreporting its liquidity position over almost three years.",
        True,
        [("date", "--07-08", None, None), ("money", 14200000, "GBP", None), ("duration", 3, "year", "nearly")],
        None,
    ),
    (
        "en",
        "The bank overstated its liquidity coverage ratio in 31 monthly returns, showing it above 100% when it had in fact dropped to 87%, the PRA said.",
        True,
        [("count", 31, None, None), ("percent", 100, "%", "over"), ("percent", 87, "%", None)],
        "the PRA",
    ),
    (
        "en",
        "The penalty reflects a 30% discount for settling at an early stage.",
        True,
        [("percent", 30, "%", None)],
        None,
    ),
    ("en", "It is the PRA's third enforcement action against a lender this year.", True, [("ordinal", 3, None, None)], None),
    (
        "en",
        "Castlegate had restated its regulatory returns twice since 2022.",
        True,
        [("count", 2, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        '"Accurate regulatory reporting is not a box-ticking exercise," PRA Chief Executive Rosalind Verity said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Verity said the regulator had opened 11 investigations into reporting failures at banks and insurers since 2023.",
        True,
        [("count", 11, None, None), ("year", 2023, None, None)],
        "Verity",
    ),
    (
        "en",
        "Castlegate said it had replaced its chief financial officer and overhauled its controls.",
        True,
        [],
        "Castlegate",
    ),
    (
        "en",
        '"We deeply regret these failings and have learned from them," a spokesperson for the bank said.',
        False,
        [],
        None,
    ),
    # --- Finma gegen Privatbank Sihlquai (awp), Juli ---
    (
        "de",
        "Zürich (awp) - Die Eidgenössische Finanzmarktaufsicht Finma hat bei der Privatbank Sihlquai schwere Verstösse gegen die Geldwäschereibestimmungen festgestellt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Bank habe zwischen 2019 und 2023 Vermögenswerte von über 640 Millionen Franken aus Venezuela und Angola ohne ausreichende Abklärungen entgegengenommen, teilte die Finma am Freitag mit.",
        True,
        [("year", 2019, None, None), ("year", 2023, None, None), ("money", 640000000, "CHF", "over")],
        "die Finma",
    ),
    (
        "de",
        "Die Finma zieht zudem 9,6 Millionen Franken an unrechtmässig erzielten Gewinnen ein.",
        True,
        [("money", 9600000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Während dreier Jahre darf Sihlquai keine Kundinnen und Kunden aufnehmen, die als politisch exponierte Personen gelten.",
        True,
        [("duration", 3, "year", None)],
        None,
    ),
    (
        "de",
        "Gegen zwei ehemalige Geschäftsleitungsmitglieder eröffnete die Finma Enforcementverfahren.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "«Die Bank von heute ist eine andere als jene von damals», sagte Verwaltungsratspräsident Balthasar Imfeld.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Imfeld sagte, die Bank habe seit 2021 rund 1400 Kundenbeziehungen beendet.",
        True,
        [("year", 2021, None, None), ("count", 1400, None, "about")],
        "Imfeld",
    ),
    ("de", "Die Bank verzichtet auf einen Weiterzug des Entscheids ans Bundesverwaltungsgericht.", True, [], None),
    (
        "de",
        "Transparency International Schweiz bezeichnete die Massnahmen als «Schlag ins Wasser».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Sihlquai verwaltete Ende Juni Kundenvermögen von 21,3 Milliarden Franken.",
        True,
        [("money", 21300000000, "CHF", None)],
        None,
    ),
    # --- Harborview second quarter (Reuters), July 15 ---
    (
        "en",
        "CHARLOTTE, North Carolina, July 15 (Reuters) - Harborview Financial Corp's second-quarter profit rose 9% as higher trading revenue and cheaper funding offset a bigger provision for soured commercial property loans.",
        True,
        [("date", "--07-15", None, None), ("ordinal", 2, None, None), ("percent", 9, "%", None)],
        None,
    ),
    (
        "en",
        "Net income climbed to $4.37 billion, or $1.62 per share, from $4.01 billion, or $1.44 per share, a year earlier.",
        True,
        [("money", 4370000000, "USD", None), ("money", 1.62, "USD", None), ("money", 4010000000, "USD", None), ("money", 1.44, "USD", None)],
        None,
    ),
    (
        "en",
        "Analysts had on average expected $1.51 per share, according to LSEG data.",
        True,
        [("money", 1.51, "USD", None)],
        None,
    ),
    (
        "en",
        "Net interest income rose 4% to $11.8 billion, while the provision for credit losses increased to $1.93 billion from $1.38 billion.",
        True,
        [("percent", 4, "%", None), ("money", 11800000000, "USD", None), ("money", 1930000000, "USD", None), ("money", 1380000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Net charge-offs on office loans reached $446 million, the highest in more than three years.",
        True,
        [("money", 446000000, "USD", None), ("duration", 3, "year", "over")],
        None,
    ),
    (
        "en",
        "The bank's CET1 ratio stood at 11.6% at the end of June, comfortably above its regulatory minimum of 10.1%.",
        True,
        [("percent", 11.6, "%", None), ("percent", 10.1, "%", None)],
        None,
    ),
    (
        "en",
        "Chief Executive Harlan Pruett said the bank would buy back up to $6 billion of its shares over the next four quarters.",
        True,
        [("money", 6000000000, "USD", "up_to"), ("count", 4, None, None)],
        "Harlan Pruett",
    ),
    (
        "en",
        '"Our clients are in good shape, and we are not seeing stress spread beyond the office segment," Pruett told analysts on a conference call.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Office loans made up about 3% of the bank's $1.1 trillion loan book, the bank's finance chief said.",
        True,
        [("percent", 3, "%", "about"), ("money", 1100000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Some analysts questioned whether the bank had set aside enough for further office losses.",
        False,
        [],
        None,
    ),
    ("en", "Harborview shares rose 2.3% in premarket trading.", True, [("percent", 2.3, "%", None)], None),
    # --- Übernahmeangebot für die Elbtal Kreditbank (dpa-AFX), Juli ---
    (
        "de",
        "HAMBURG (dpa-AFX) - Die italienische Banca Lagunare will die Hamburger Elbtal Kreditbank übernehmen und bietet den Aktionären 31,80 Euro je Aktie in bar.",
        True,
        [("money", 31.8, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das entspricht einem Aufschlag von 27 Prozent auf den Schlusskurs vom Dienstag und von 34 Prozent auf den volumengewichteten Durchschnittskurs der letzten drei Monate.",
        True,
        [("percent", 27, "%", None), ("percent", 34, "%", None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "de",
        "Insgesamt bewertet die Offerte das Hamburger Institut mit rund 4,9 Milliarden Euro.",
        True,
        [("money", 4900000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Italiener halten bereits 9,8 Prozent der Anteile und streben eine Mehrheit von mindestens 50 Prozent an.",
        True,
        [("percent", 9.8, "%", None), ("percent", 50, "%", "at_least")],
        None,
    ),
    (
        "de",
        "Die Annahmefrist soll vier Wochen betragen und nach Billigung der Angebotsunterlage durch die Bafin beginnen.",
        True,
        [("duration", 4, "week", None)],
        None,
    ),
    (
        "de",
        "Lagunare-Chef Lorenzo Pittaluga sagte, man rechne ab dem dritten Jahr nach Abschluss mit Kostensynergien von 310 Millionen Euro jährlich.",
        True,
        [("ordinal", 3, None, None), ("money", 310000000, "EUR", None)],
        "Lorenzo Pittaluga",
    ),
    (
        "de",
        "„Zusammen schaffen wir einen echten europäischen Champion im Mittelstandsgeschäft“, sagte Pittaluga.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Vorstand der Elbtal Kreditbank lehnte das Angebot nach einer sechsstündigen Sitzung als „opportunistisch und klar unzureichend“ ab.",
        True,
        [("duration", 6, "hour", None)],
        None,
    ),
    (
        "de",
        "Der Betriebsrat warnte vor dem Verlust von bis zu 1.500 Arbeitsplätzen in Norddeutschland.",
        True,
        [("count", 1500, None, "up_to")],
        None,
    ),
    ("de", "Händler sprachen von einem „sportlichen, aber nicht überzogenen Preis“.", False, [], None),
    (
        "de",
        "Die Elbtal-Aktie sprang im Xetra-Handel um 22 Prozent auf 30,95 Euro.",
        True,
        [("percent", 22, "%", None), ("money", 30.95, "EUR", None)],
        None,
    ),
    (
        "de",
        "Ob die Bundesregierung das Vorhaben politisch bremsen will, blieb zunächst offen.",
        False,
        [],
        None,
    ),
    # --- Prairie Ridge Bank fails (AP), July 18 ---
    (
        "en",
        "TOPEKA, Kan. (AP) — State regulators closed Prairie Ridge Bank on Friday after a two-day run in which depositors pulled about $1.4 billion, making it the second U.S. bank failure this year.",
        True,
        [("duration", 2, "day", None), ("money", 1400000000, "USD", "about"), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Cottonwood National Bank agreed to take over all 38 of Prairie Ridge's branches and about $5.2 billion of its deposits from the Federal Deposit Insurance Corporation.",
        True,
        [("count", 38, None, None), ("money", 5200000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "The failure will cost the agency's Deposit Insurance Fund an estimated $390 million, the FDIC said.",
        True,
        [("money", 390000000, "USD", "about")],
        "the FDIC",
    ),
    (
        "en",
        "Prairie Ridge had total assets of $7.3 billion at the end of March, and roughly 41% of its deposits sat above the $250,000 cap on federal deposit insurance.",
        True,
        [("money", 7300000000, "USD", None), ("percent", 41, "%", "about"), ("money", 250000, "USD", None)],
        None,
    ),
    (
        "en",
        "The run began after the bank disclosed on Tuesday that it expected a second-quarter loss tied to loans for farmland and grain elevators.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        '"People saw the line outside the main branch and panicked," said a retired schoolteacher waiting to withdraw her savings.',
        False,
        [],
        None,
    ),
    (
        "en",
        "It is the largest bank failure in Kansas since 1989, according to FDIC records.",
        True,
        [("year", 1989, None, None)],
        None,
    ),
    (
        "en",
        "Analysts said Prairie Ridge's heavy reliance on farm lending made it an outlier among regional lenders.",
        False,
        [],
        None,
    ),
    ("en", "The KBW Regional Banking Index fell 1.8% on Friday.", True, [("percent", 1.8, "%", None)], None),
    # --- Lakeport buys Seneca Valley (Bloomberg), July 21 ---
    (
        "en",
        "(Bloomberg) -- Lakeport Bancshares Inc. agreed to acquire Seneca Valley Financial Corp. for stock worth about $3.6 billion, forming the fifth-largest regional lender in the Great Lakes states.",
        True,
        [("money", 3600000000, "USD", "about"), ("ordinal", 5, None, None)],
        None,
    ),
    (
        "en",
        "Seneca Valley investors will get 0.742 Lakeport shares per share held, the companies said in a statement Monday.",
        True,
        [("count", 0.742, None, None)],
        "the companies",
    ),
    (
        "en",
        "The offer values Seneca Valley at $48.15 a share, a premium of 31% to its closing price on Friday.",
        True,
        [("money", 48.15, "USD", None), ("percent", 31, "%", None)],
        None,
    ),
    (
        "en",
        "The combined bank will have about $58 billion in assets and 388 branches across six states.",
        True,
        [("money", 58000000000, "USD", "about"), ("count", 388, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "en",
        "Lakeport expects to close about 70 overlapping branches and cut annual costs by 14%, or roughly $210 million, by the end of 2028.",
        True,
        [("count", 70, None, "about"), ("percent", 14, "%", None), ("money", 210000000, "USD", "about"), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "The deal, which needs approval from the Federal Reserve and both companies' shareholders, should be completed in the first quarter of next year.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        '"This is about building a bank big enough to compete and small enough to know our customers," Lakeport Chief Executive Wendell Strock said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Strock will run the combined company, while Seneca Valley's chief executive, Priscilla Arneson, will become chair.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Analysts at Ravenhurst Securities said Lakeport was paying a rich price for a lender heavy in commercial property.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Seneca Valley's shares jumped 24% to $44.90 in early trading, while Lakeport fell 3.8%.",
        True,
        [("percent", 24, "%", None), ("money", 44.9, "USD", None), ("percent", 3.8, "%", None)],
        None,
    ),
    # --- Taunusbank, zweites Quartal (dpa-AFX), Juli ---
    (
        "de",
        "FRANKFURT (dpa-AFX) - Die Taunusbank hat im zweiten Quartal dank eines stabilen Zinsgeschäfts und geringerer Risikovorsorge mehr verdient als erwartet.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Unter dem Strich stieg der den Aktionären zurechenbare Gewinn im Jahresvergleich um 14 Prozent auf 812 Millionen Euro, wie das Institut am Donnerstag in Frankfurt mitteilte.",
        True,
        [("percent", 14, "%", None), ("money", 812000000, "EUR", None)],
        "das Institut",
    ),
    ("de", "Analysten hatten im Schnitt mit 745 Millionen Euro gerechnet.", True, [("money", 745000000, "EUR", None)], None),
    (
        "de",
        "Der Zinsüberschuss legte leicht auf 2,31 Milliarden Euro zu, der Provisionsüberschuss um 6 Prozent auf 1,08 Milliarden Euro.",
        True,
        [("money", 2310000000, "EUR", None), ("percent", 6, "%", None), ("money", 1080000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Nettozinsmarge sank um 4 Basispunkte auf 1,62 Prozent.",
        True,
        [("percent", 4, "bp", None), ("percent", 1.62, "%", None)],
        None,
    ),
    (
        "de",
        "Die Risikovorsorge sank auf 164 Millionen Euro nach 238 Millionen ein Jahr zuvor.",
        True,
        [("money", 164000000, "EUR", None), ("money", 238000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die harte Kernkapitalquote verbesserte sich zum Quartalsende um 0,3 Prozentpunkte auf 14,2 Prozent.",
        True,
        [("percent", 0.3, "pp", None), ("percent", 14.2, "%", None)],
        None,
    ),
    ("de", "Die NPE-Quote blieb mit 1,9 Prozent unverändert.", True, [("percent", 1.9, "%", None)], None),
    (
        "de",
        "Vorstandschef Cornelius Brandhorst sagte, die Bank wolle im zweiten Halbjahr eigene Aktien für bis zu 600 Millionen Euro zurückkaufen.",
        True,
        [("ordinal", 2, None, None), ("money", 600000000, "EUR", "up_to")],
        "Cornelius Brandhorst",
    ),
    (
        "de",
        "„Wir liefern Quartal für Quartal, und das wird sich auch im Kurs widerspiegeln“, sagte Brandhorst.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für das Gesamtjahr peilt die Bank nun einen Vorsteuergewinn von mehr als 4,2 Milliarden Euro an, bisher waren es 3,9 Milliarden Euro.",
        True,
        [("money", 4200000000, "EUR", "over"), ("money", 3900000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Finanzchefin Ulrike Sennewald sagte, der Anteil der Büroimmobilien am Kreditbuch liege bei knapp 4 Prozent.",
        True,
        [("percent", 4, "%", "nearly")],
        "Ulrike Sennewald",
    ),
    (
        "de",
        "Analysten lobten die Zahlen als „rundum solide“, bemängelten aber die hartnäckig hohen Kosten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Taunusbank-Aktie gewann am Vormittag 4,1 Prozent und war damit größter Gewinner im Dax.",
        True,
        [("percent", 4.1, "%", None)],
        None,
    ),
    # --- Kingsmere half-year (Reuters), July 29 ---
    (
        "en",
        "LONDON, July 29 (Reuters) - Kingsmere Banking Group raised its full-year income guidance on Tuesday after first-half pretax profit rose 11% to 3.84 billion pounds, beating forecasts.",
        True,
        [("date", "--07-29", None, None), ("ordinal", 1, None, None), ("percent", 11, "%", None), ("money", 3840000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Analysts had expected 3.61 billion pounds, according to a company-compiled consensus.",
        True,
        [("money", 3610000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Impairment charges rose to £437m from £298m, reflecting higher defaults on credit cards and unsecured loans.",
        True,
        [("money", 437000000, "GBP", None), ("money", 298000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "The lender now expects net interest income of about £13.5bn this year, above its earlier forecast of £13.1bn.",
        True,
        [("money", 13500000000, "GBP", "about"), ("money", 13100000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Kingsmere will pay an interim dividend of 3.2p per share and launch a fresh buyback of up to £1.25bn.",
        True,
        [("money", 0.032, "GBP", None), ("money", 1250000000, "GBP", "up_to")],
        None,
    ),
    (
        "en",
        "Its CET1 ratio was 13.9% at the end of June, against a target range of 13% to 14%.",
        True,
        [("percent", 13.9, "%", None), ("percent", 13, "%", None), ("percent", 14, "%", None)],
        None,
    ),
    (
        "en",
        "Chief Executive Graham Tullett said the bank had set aside a further £150m for motor finance compensation, taking the total to £1.1bn.",
        True,
        [("money", 150000000, "GBP", None), ("money", 1100000000, "GBP", None)],
        "Graham Tullett",
    ),
    (
        "en",
        '"The British consumer is proving remarkably resilient, and so is this bank," Tullett told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "He said the bank's surcharge and levy payments would come to about £390m this year.",
        True,
        [("money", 390000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Some investors have argued that Britain's bank taxes punish lenders for a rate cycle they did not choose.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Shares in Kingsmere were up 3.4% at 612.8 pence by 0810 GMT.",
        True,
        [("percent", 3.4, "%", None), ("money", 6.128, "GBP", None)],
        None,
    ),
    # --- EZB-Stresstest (Reuters German), Ende Juli ---
    (
        "de",
        "Frankfurt (Reuters) - Die großen Banken im Euroraum würden nach dem jüngsten Stresstest der europäischen Aufsicht auch eine schwere dreijährige Rezession überstehen.",
        True,
        [("duration", 3, "year", None)],
        None,
    ),
    (
        "de",
        "Im adversen Szenario fiele die harte Kernkapitalquote der 64 direkt von der EZB-Bankenaufsicht geprüften Institute im Schnitt um 4,3 Prozentpunkte auf 11,8 Prozent, teilte die EZB am Freitag mit.",
        True,
        [("count", 64, None, None), ("percent", 4.3, "pp", None), ("percent", 11.8, "%", None)],
        "die EZB",
    ),
    (
        "de",
        "Das Szenario unterstellt u.a. einen Einbruch der Wirtschaftsleistung um 6,2 Prozent und um fast ein Drittel fallende Preise für Gewerbeimmobilien.",
        True,
        [("percent", 6.2, "%", None), ("fraction", 0.3333, None, "nearly")],
        None,
    ),
    ("de", "Im Vorjahrestest hatte der Kapitalabbau noch 4,9 Prozentpunkte betragen.", True, [("percent", 4.9, "pp", None)], None),
    (
        "de",
        "Die Kreditverluste summierten sich im Krisenszenario auf 457 Milliarden Euro.",
        True,
        [("money", 457000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "EZB-Chefaufseherin Dagmar Wolfsteller sagte, drei Institute lägen im Stressfall unter einer harten Kernkapitalquote von 8 Prozent und müssten ihre Kapitalplanung überarbeiten.",
        True,
        [("count", 3, None, None), ("percent", 8, "%", None)],
        "Dagmar Wolfsteller",
    ),
    (
        "de",
        "„Der Sektor ist heute deutlich widerstandsfähiger als zur Zeit der Schuldenkrise“, sagte Wolfsteller.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Ergebnisse fließen in die Festlegung der individuellen Kapitalanforderungen im sogenannten SREP-Prozess ein.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Kritiker bemängeln seit Langem, dass der Test Zinsrisiken und Cyberangriffe nur unzureichend abbilde.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Von den deutschen Teilnehmern schnitt nach Reuters-Berechnungen die Mainfranken Hypothekenbank mit einem Kapitalabbau von 7,1 Prozentpunkten am schlechtesten ab.",
        True,
        [("percent", 7.1, "pp", None)],
        None,
    ),
    # --- Kisoji first quarter (Reuters), July 31 ---
    (
        "en",
        "TOKYO, July 31 (Reuters) - Kisoji Financial Group, Japan's fourth-largest bank by assets, posted a 23% rise in first-quarter net profit on Thursday as higher domestic interest rates lifted lending margins.",
        True,
        [("date", "--07-31", None, None), ("ordinal", 4, None, None), ("percent", 23, "%", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Net profit for the April-June quarter rose to 398 billion yen ($2.7 billion) from 324 billion yen a year earlier.",
        True,
        [("money", 398000000000, "JPY", None), ("money", 2700000000, "USD", None), ("money", 324000000000, "JPY", None)],
        None,
    ),
    (
        "en",
        "That leaves the lender on course for its full-year target of 1.35 trillion yen, of which it has now reached about 29%.",
        True,
        [("money", 1350000000000, "JPY", None), ("percent", 29, "%", "about")],
        None,
    ),
    (
        "en",
        "Credit costs rose to 41 billion yen, partly due to provisions for a failed Osaka property developer.",
        True,
        [("money", 41000000000, "JPY", None)],
        None,
    ),
    (
        "en",
        "President Takuya Ishizawa said at a news conference that the bank would raise its rate on ordinary deposits to 0.3% from Aug. 18.",
        True,
        [("percent", 0.3, "%", None), ("date", "--08-18", None, None)],
        "Takuya Ishizawa",
    ),
    (
        "en",
        '"Japanese savers are finally being paid to keep money in a bank, and that changes everything," Ishizawa said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Kisoji has cut its strategic shareholdings by 180 billion yen since April and plans to shed a further 400 billion yen by March 2028.",
        True,
        [("money", 180000000000, "JPY", None), ("money", 400000000000, "JPY", None), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "Analysts expect the other megabanks to follow with deposit rate increases in the coming weeks.",
        False,
        [],
        None,
    ),
    # --- Pyhrn Bank, Halbjahr (APA), August ---
    (
        "de",
        "Linz (APA) - Die oberösterreichische Pyhrn Bank hat im ersten Halbjahr trotz höherer Bankenabgaben mehr verdient.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Das Periodenergebnis nach Steuern stieg um 8,7 Prozent auf 286 Mio. Euro.",
        True,
        [("percent", 8.7, "%", None), ("money", 286000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Für die Stabilitätsabgabe und die Sonderabgabe, die die Regierung bis 2029 verlängert hat, zahlte die Bank heuer bereits 38 Mio. Euro, nach 21 Mio. Euro im Vorjahr.",
        True,
        [("year", 2029, None, None), ("money", 38000000, "EUR", None), ("money", 21000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die NPL-Quote erhöhte sich von 2,4 auf 2,8 Prozent, vor allem wegen Ausfällen bei Firmenkunden in Tschechien und der Slowakei.",
        True,
        [("percent", 2.4, "%", None), ("percent", 2.8, "%", None)],
        None,
    ),
    (
        "de",
        "Generaldirektor Gregor Aigelsreiter sagte, rund ein Viertel des Gewinns stamme inzwischen aus dem Osteuropageschäft.",
        True,
        [("fraction", 0.25, None, "about")],
        "Gregor Aigelsreiter",
    ),
    (
        "de",
        "„Die Sonderabgabe trifft die Falschen, nämlich jene Banken, die ihre Kredite in Österreich vergeben“, sagte Aigelsreiter.",
        False,
        [],
        None,
    ),
    ("de", "Die harte Kernkapitalquote lag Ende Juni bei 16,4 Prozent.", True, [("percent", 16.4, "%", None)], None),
    (
        "de",
        "Die Dividende für das laufende Geschäftsjahr soll wie angekündigt auf 2,10 Euro je Aktie steigen.",
        True,
        [("money", 2.1, "EUR", None)],
        None,
    ),
    ("de", "Ob die Bank ihr Jahresziel anheben wird, ließ Aigelsreiter offen.", False, [], None),
    (
        "de",
        "An der Wiener Börse legten Pyhrn-Aktien bis Mittag um 2,6 Prozent auf 58,40 Euro zu.",
        True,
        [("percent", 2.6, "%", None), ("money", 58.4, "EUR", None)],
        None,
    ),
    # --- Meseta bids for Duero (Reuters), Aug 7 ---
    (
        "en",
        "MADRID, Aug 7 (Reuters) - Banco Meseta launched a hostile 7.4 billion euro ($8.6 billion) bid for smaller rival Banco del Duero on Thursday, offering 0.55 new Meseta shares plus 1.15 euros in cash for each Duero share.",
        True,
        [("date", "--08-07", None, None), ("money", 7400000000, "EUR", None), ("money", 8600000000, "USD", None), ("count", 0.55, None, None), ("money", 1.15, "EUR", None)],
        None,
    ),
    (
        "en",
        "The offer represents a premium of 18% to Duero's closing price on Wednesday, Meseta said.",
        True,
        [("percent", 18, "%", None)],
        "Meseta",
    ),
    (
        "en",
        "Duero's board rejected the approach, saying it undervalued the bank and its growth prospects.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Meseta, which already owns 4.6% of Duero, needs acceptances from holders of more than 50% of the shares for the offer to succeed.",
        True,
        [("percent", 4.6, "%", None), ("percent", 50, "%", "over")],
        None,
    ),
    (
        "en",
        "The combined group would be Spain's third-largest lender by market value, with about 1,900 branches.",
        True,
        [("ordinal", 3, None, None), ("count", 1900, None, "about")],
        None,
    ),
    (
        "en",
        "Spain's government has the power to block or impose conditions on the deal, and its review could take up to six months.",
        True,
        [("duration", 6, "month", "up_to")],
        None,
    ),
    (
        "en",
        '"We will not be rushed into a decision that shareholders would regret," Duero Chief Executive Ana Beltrán-Sotelo told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Beltrán-Sotelo said Duero would pay out 70% of this year's profit to shareholders, up from 60%.",
        True,
        [("percent", 70, "%", None), ("percent", 60, "%", None)],
        "Beltrán-Sotelo",
    ),
    (
        "en",
        "It remains unclear whether Meseta will sweeten its offer if Duero shareholders balk.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Duero shares rose 9.3% to 11.62 euros, above the implied offer value.",
        True,
        [("percent", 9.3, "%", None), ("money", 11.62, "EUR", None)],
        None,
    ),
    # --- Bank Zugerland, Halbjahr (awp), August ---
    (
        "de",
        "Zug (awp) - Die Bank Zugerland hat im ersten Halbjahr 2,9 Milliarden Franken an Neugeldern angezogen und den Reingewinn gesteigert.",
        True,
        [("ordinal", 1, None, None), ("money", 2900000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Der Reingewinn stieg um 6 Prozent auf 187,4 Mio. CHF.",
        True,
        [("percent", 6, "%", None), ("money", 187400000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Die verwalteten Vermögen erreichten per Ende Juni einen Rekordwert von 54,8 Milliarden Franken.",
        True,
        [("money", 54800000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Die Cost-Income-Ratio verbesserte sich auf 61,2 Prozent, die Kernkapitalquote lag bei 19,8 Prozent.",
        True,
        [("percent", 61.2, "%", None), ("percent", 19.8, "%", None)],
        None,
    ),
    (
        "de",
        "CEO Reto Tschudin sagte, die Bank wolle bis Ende 2027 rund 120 zusätzliche Kundenberater einstellen, davon gut die Hälfte in Asien.",
        True,
        [("year", 2027, None, None), ("count", 120, None, "about"), ("fraction", 0.5, None, "over")],
        "Reto Tschudin",
    ),
    (
        "de",
        "«Die Schweiz bleibt für vermögende Kundinnen und Kunden ein sicherer Hafen», sagte Tschudin.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Finma hatte die Bank im Frühjahr verpflichtet, für Lombardkredite zusätzliche Eigenmittel von 150 Mio. Franken vorzuhalten.",
        True,
        [("money", 150000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Ein Zürcher Analyst sprach von einem «soliden, wenn auch wenig spektakulären Semester».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Zugerland-Aktie notierte am Mittag an der SIX 1,8 Prozent höher bei 96,45 Franken.",
        True,
        [("percent", 1.8, "%", None), ("money", 96.45, "CHF", None)],
        None,
    ),
    # --- Norrvik fined (Reuters), Aug 14 ---
    (
        "en",
        "STOCKHOLM, Aug 14 (Reuters) - Sweden's Financial Supervisory Authority fined Norrvik Bank 1.2 billion Swedish crowns ($118 million) on Thursday over failings in its anti-money laundering controls in the Baltics.",
        True,
        [("date", "--08-14", None, None), ("money", 1200000000, "SEK", None), ("money", 118000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The authority found that Norrvik had failed between 2020 and 2023 to properly monitor about 4,300 high-risk customers, mostly at its Latvian and Lithuanian units.",
        True,
        [("year", 2020, None, None), ("year", 2023, None, None), ("count", 4300, None, "about")],
        None,
    ),
    (
        "en",
        "It is the largest penalty the authority has imposed since 2020 and the second against a Swedish bank in two years.",
        True,
        [("year", 2020, None, None), ("ordinal", 2, None, None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "Norrvik, the Nordic region's sixth-largest lender, said it had already booked 900 million crowns for the fine in the second quarter and would not appeal.",
        True,
        [("ordinal", 6, None, None), ("money", 900000000, "SEK", None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        '"We have turned the page on this chapter, and today our compliance function is among the strongest in the industry," Chief Executive Magnus Ekdahl said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ekdahl said the bank had tripled its compliance staff to about 1,100 since 2021.",
        True,
        [("count", 1100, None, "about"), ("year", 2021, None, None)],
        "Ekdahl",
    ),
    ("en", "Norrvik's shares were down 0.7% in Stockholm by 0930 GMT.", True, [("percent", 0.7, "%", None)], None),
    # --- Mainfranken Hypothekenbank (dpa-AFX), August ---
    (
        "de",
        "WÜRZBURG (dpa-AFX) - Die Mainfranken Hypothekenbank stockt wegen der Krise am Gewerbeimmobilienmarkt ihre Risikovorsorge kräftig auf und streicht die Dividende.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Für das laufende Jahr rechne man nun mit einer Risikovorsorge zwischen 380 und 440 Millionen Euro, teilte das Unternehmen am Mittwochabend mit.",
        True,
        [("money", 380000000, "EUR", None), ("money", 440000000, "EUR", None)],
        "das Unternehmen",
    ),
    (
        "de",
        "Bisher hatte der Immobilienfinanzierer 180 bis 220 Millionen Euro veranschlagt.",
        True,
        [("money", 180000000, "EUR", None), ("money", 220000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Rund 60 Prozent der neuen Vorsorge entfallen auf Büroimmobilien in den USA.",
        True,
        [("percent", 60, "%", "about")],
        None,
    ),
    (
        "de",
        "Der Anteil notleidender Kredite am Gesamtportfolio stieg zum 30. Juni auf 6,8 Prozent, nach 4,1 Prozent Ende Dezember.",
        True,
        [("date", "--06-30", None, None), ("percent", 6.8, "%", None), ("percent", 4.1, "%", None)],
        None,
    ),
    (
        "de",
        "Vorstandschef Heiko Trautwein sagte, die harte Kernkapitalquote werde auch nach den Belastungen bei mindestens 13 Prozent liegen.",
        True,
        [("percent", 13, "%", "at_least")],
        "Heiko Trautwein",
    ),
    (
        "de",
        "„Wir räumen jetzt konsequent auf, damit das Thema im kommenden Jahr hinter uns liegt“, sagte Trautwein.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Aktie brach im frühen Handel um ein Fünftel auf 9,12 Euro ein, so tief notierte sie zuletzt 2009.",
        True,
        [("fraction", 0.2, None, None), ("money", 9.12, "EUR", None), ("year", 2009, None, None)],
        None,
    ),
    ("de", "Händler sprachen von einem „Befreiungsschlag mit Ansage“.", False, [], None),
    (
        "de",
        "Die Bafin hatte das Institut seit 2022 dreimal zu Sonderprüfungen seiner US-Kredite verpflichtet.",
        True,
        [("year", 2022, None, None), ("count", 3, None, None)],
        None,
    ),
    # --- Laurentide third quarter (Reuters), Aug 26 ---
    (
        "en",
        "TORONTO, Aug 26 (Reuters) - Laurentide Bank of Commerce, Canada's fifth-biggest lender, reported a 7% drop in third-quarter profit on Tuesday as provisions for bad loans climbed to their highest in four years.",
        True,
        [("date", "--08-26", None, None), ("ordinal", 5, None, None), ("percent", 7, "%", None), ("ordinal", 3, None, None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "en",
        "Adjusted earnings fell to C$2.04 per share from C$2.21 a year earlier, missing analysts' average estimate of C$2.12, according to LSEG data.",
        True,
        [("money", 2.04, "CAD", None), ("money", 2.21, "CAD", None), ("money", 2.12, "CAD", None)],
        None,
    ),
    (
        "en",
        "Loan-loss provisions climbed to C$1.18 billion ($860 million) from C$794 million.",
        True,
        [("money", 1180000000, "CAD", None), ("money", 860000000, "USD", None), ("money", 794000000, "CAD", None)],
        None,
    ),
    (
        "en",
        "Impaired loans now make up 0.84% of the loan book, up 19 basis points from the previous quarter.",
        True,
        [("percent", 0.84, "%", None), ("percent", 19, "bp", None)],
        None,
    ),
    (
        "en",
        "Chief Risk Officer Sophie Lachance-Bélair said about two-thirds of the increase came from consumer loans in Ontario and British Columbia.",
        True,
        [("fraction", 0.6667, None, "about")],
        "Sophie Lachance-Bélair",
    ),
    (
        "en",
        '"We are provisioning for a downturn that may or may not come, and we would rather be early than late," Lachance-Bélair said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The bank's CET1 ratio was 13.1%, well above the 11.5% floor required by Canada's banking regulator.",
        True,
        [("percent", 13.1, "%", None), ("percent", 11.5, "%", None)],
        None,
    ),
    (
        "en",
        "Laurentide lifted its quarterly payout by 3 Canadian cents to C$1.52 a share.",
        True,
        [("money", 0.03, "CAD", None), ("money", 1.52, "CAD", None)],
        None,
    ),
    (
        "en",
        "Analysts said the numbers suggested Canadian households were finally buckling under higher mortgage payments.",
        False,
        [],
        None,
    ),
    # --- Sonderabgabe der Banken (APA), Ende August ---
    (
        "de",
        "Wien (APA) - Die Regierung will die Sonderabgabe der Banken ab dem kommenden Jahr um 150 Mio. Euro auf insgesamt 450 Mio. Euro jährlich anheben.",
        True,
        [("money", 150000000, "EUR", None), ("money", 450000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das sieht das Budgetbegleitgesetz vor, das der Ministerrat am Mittwoch beschlossen hat.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Abgabe war ursprünglich nur für 2025 und 2026 beschlossen worden und soll nun bis 2029 gelten.",
        True,
        [("year", 2025, None, None), ("year", 2026, None, None), ("year", 2029, None, None)],
        None,
    ),
    (
        "de",
        "Der Finanzminister sagte, die heimischen Banken hätten im Vorjahr Rekordgewinne von zusammen rund 12,9 Mrd. Euro erzielt.",
        True,
        [("money", 12900000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "„Wer in der Krise vom Staat profitiert hat, muss jetzt auch seinen Beitrag leisten“, sagte der Finanzminister.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben der Oesterreichischen Nationalbank (OeNB) lag der Konzerngewinn der österreichischen Banken im Jänner bis Juni bei 6,3 Mrd. Euro.",
        True,
        [("money", 6300000000, "EUR", None)],
        "die Oesterreichische Nationalbank",
    ),
    (
        "de",
        "Die Bankenvertreter in der Wirtschaftskammer bezeichneten die Pläne als „Gift für den Standort“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Bundessparte Bank und Versicherung kündigte an, die Abgabe vom Verfassungsgerichtshof prüfen zu lassen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ob die Institute die höhere Abgabe an ihre Kundinnen und Kunden weitergeben, ist offen.",
        False,
        [],
        None,
    ),
    # --- UK bank surcharge (PA), early September ---
    (
        "en",
        "LONDON (PA) - Banks will pay an extra 1.8 billion pounds a year under a higher bank surcharge announced by the Chancellor, Treasury documents show.",
        True,
        [("money", 1800000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "The surcharge on bank profits above £100m will rise from 3% to 5% from April, the Treasury said.",
        True,
        [("money", 100000000, "GBP", "over"), ("percent", 3, "%", None), ("percent", 5, "%", None)],
        "the Treasury",
    ),
    (
        "en",
        "The change will hit about 30 lenders, including the four biggest high-street banks.",
        True,
        [("count", 30, None, "about"), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        '"Banks have enjoyed a windfall from higher rates and it is right that they pay their fair share," the Chancellor told MPs.',
        False,
        [],
        None,
    ),
    (
        "en",
        "UK Finance said the change would lift the combined tax rate on bank profits to 30%, higher than in New York, Frankfurt or Paris.",
        True,
        [("percent", 30, "%", None)],
        "UK Finance",
    ),
    (
        "en",
        "Industry figures warned that the move would make London less attractive for international banks.",
        False,
        [],
        None,
    ),
    # --- Abflüsse bei der Regionalbank Emmental (Keystone-SDA), September ---
    (
        "de",
        "Burgdorf BE (Keystone-SDA) - Bei der Regionalbank Emmental sind nach Gerüchten über Verluste im Hypothekargeschäft innert weniger Tage Kundengelder von rund 380 Millionen Franken abgeflossen.",
        True,
        [("money", 380000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Das entspricht knapp einem Achtel der gesamten Kundeneinlagen.",
        True,
        [("fraction", 0.125, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die Liquiditätsquote liege trotz der Abflüsse weiterhin bei über 140 Prozent und damit deutlich über dem gesetzlichen Minimum von 100 Prozent.",
        True,
        [("percent", 140, "%", "over"), ("percent", 100, "%", None)],
        None,
    ),
    (
        "de",
        "Die Finma teilte mit, sie stehe in engem Kontakt mit der Bank und habe einen Prüfbeauftragten eingesetzt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Bankpräsident Ueli Rothenbühler sagte, die Verluste aus einem einzelnen Baukredit beliefen sich auf höchstens 25 Millionen Franken.",
        True,
        [("money", 25000000, "CHF", "at_most")],
        "Ueli Rothenbühler",
    ),
    (
        "de",
        "«Die Einlagen unserer Kundinnen und Kunden sind sicher, daran gibt es nichts zu rütteln», sagte Rothenbühler.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Einlagen sind in der Schweiz bis zu 100'000 Franken pro Kunde und Bank über die Einlagensicherung geschützt.",
        True,
        [("money", 100000, "CHF", "up_to")],
        None,
    ),
    (
        "de",
        "Vor den Filialen in Burgdorf und Langnau bildeten sich am Montag lange Schlangen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob sich die Lage bis Ende Woche beruhigt, wagte am Dienstag niemand vorherzusagen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Aktie der Regionalbank verlor an der Berner Börse BX 17 Prozent.",
        True,
        [("percent", 17, "%", None)],
        None,
    ),
    # --- Euro zone bad loans and ECB supervision (Reuters), Sept 11 ---
    (
        "en",
        "FRANKFURT, Sept 11 (Reuters) - Non-performing loans at euro zone banks rose for a fifth straight quarter to 2.1% of total loans at the end of June, European Central Bank data showed on Thursday.",
        True,
        [("date", "--09-11", None, None), ("ordinal", 5, None, None), ("percent", 2.1, "%", None)],
        None,
    ),
    (
        "en",
        "Bad loans totalled 386 billion euros, up from 371 billion euros three months earlier.",
        True,
        [("money", 386000000000, "EUR", None), ("money", 371000000000, "EUR", None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "en",
        "Commercial real estate loans accounted for about a third of the increase.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "en",
        "ECB supervisory chief Dagmar Wolfsteller said the bank would ask lenders with high exposure to office property to hold extra capital of up to 1 percentage point next year.",
        True,
        [("percent", 1, "pp", "up_to")],
        "Dagmar Wolfsteller",
    ),
    (
        "en",
        '"We are not in a crisis, but complacency would be a mistake," Wolfsteller told a conference in Frankfurt.',
        False,
        [],
        None,
    ),
    (
        "en",
        "She said 12 of the 109 banks the ECB supervises directly had been told to trim their dividend payouts this year.",
        True,
        [("count", 12, None, None), ("count", 109, None, None)],
        None,
    ),
    (
        "en",
        "Average capital requirements under the annual review, known as SREP, will rise to 11.2% of risk-weighted assets from 11.0%.",
        True,
        [("percent", 11.2, "%", None), ("percent", 11.0, "%", None)],
        None,
    ),
    (
        "en",
        "Some bankers privately doubt the ECB will follow through on the capital add-ons.",
        False,
        [],
        None,
    ),
    # --- Antizyklischer Kapitalpuffer (dpa), September ---
    (
        "de",
        "Frankfurt/Main (dpa) - Die Bundesbank hält die Risiken für das deutsche Finanzsystem trotz gesunkener Zinsen weiterhin für erhöht.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Finanzaufsicht Bafin folgt ihrer Empfehlung und erhöht den antizyklischen Kapitalpuffer zum 1. Februar von 0,75 auf 1,0 Prozent der inländischen Risikopositionen.",
        True,
        [("date", "--02-01", None, None), ("percent", 0.75, "%", None), ("percent", 1.0, "%", None)],
        None,
    ),
    (
        "de",
        "Für die Institute bedeutet das nach Berechnungen der Bundesbank einen zusätzlichen Kapitalbedarf von etwa 6,5 Milliarden Euro.",
        True,
        [("money", 6500000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Bundesbank-Vizepräsident Friedemann Eckstädt sagte, rund 17 Prozent der Kredite an Gewerbeimmobilienunternehmen seien inzwischen als ausfallgefährdet eingestuft.",
        True,
        [("percent", 17, "%", "about")],
        "Friedemann Eckstädt",
    ),
    (
        "de",
        "„Die Banken sollten die ruhigen Zeiten nutzen, um ihre Polster aufzufüllen“, sagte Eckstädt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die deutschen Banken hätten ihre harte Kernkapitalquote seit 2020 im Schnitt um 1,6 Prozentpunkte auf 16,3 Prozent erhöht, heißt es im Finanzstabilitätsbericht.",
        True,
        [("year", 2020, None, None), ("percent", 1.6, "pp", None), ("percent", 16.3, "%", None)],
        None,
    ),
    (
        "de",
        "Die Deutsche Kreditwirtschaft kritisierte die Entscheidung als „zur Unzeit“.",
        False,
        [],
        None,
    ),
    # --- Seaboard Trust penalties (AP), Sept 18 ---
    (
        "en",
        "WASHINGTON (AP) — Federal regulators on Thursday ordered Seaboard Trust to pay $210 million in penalties and cap its growth for failing to fix risk-management problems flagged years ago.",
        True,
        [("money", 210000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The OCC imposed a $135 million civil penalty, while the Federal Reserve levied a further $75 million.",
        True,
        [("money", 135000000, "USD", None), ("money", 75000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Under the orders, the bank's total assets may not exceed $180 billion until regulators are satisfied with its fixes.",
        True,
        [("money", 180000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The orders list two dozen deficiencies in how the bank measures and reports risk.",
        True,
        [("count", 24, None, None)],
        None,
    ),
    (
        "en",
        "Seaboard must also submit a remediation plan within 60 days, the OCC said.",
        True,
        [("duration", 60, "day", None)],
        "the OCC",
    ),
    (
        "en",
        "The OCC first raised concerns about the bank's data controls in 2022, according to the order.",
        True,
        [("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        '"We accept these findings and are committed to getting this right," Seaboard Chief Executive Lionel Haverford said in a statement.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Haverford said the bank had hired more than 2,000 people for risk and compliance since 2022 and spent about $1.7 billion on the effort.",
        True,
        [("count", 2000, None, "over"), ("year", 2022, None, None), ("money", 1700000000, "USD", "about")],
        "Haverford",
    ),
    (
        "en",
        'A Democratic senator called the penalty "pocket change for a bank of this size."',
        False,
        [],
        None,
    ),
    ("en", "Seaboard's shares fell 2.9% in afternoon trading.", True, [("percent", 2.9, "%", None)], None),
    # --- Fusion im Innviertel (APA), September ---
    (
        "de",
        "Ried im Innkreis (APA) - Die Bank Innviertel und die Salzburger Salzach Kreditbank wollen fusionieren und damit die fünftgrößte Regionalbankengruppe Österreichs bilden.",
        True,
        [("ordinal", 5, None, None)],
        None,
    ),
    (
        "de",
        "Die Aktionäre der Salzach Kreditbank sollen für je fünf Aktien drei Aktien der Bank Innviertel erhalten, teilten beide Institute am Dienstag mit.",
        True,
        [("count", 5, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Damit wird die Salzach Kreditbank mit rund 840 Mio. Euro bewertet, was einem Aufschlag von 19 Prozent auf den Durchschnittskurs der vergangenen 30 Handelstage entspricht.",
        True,
        [("money", 840000000, "EUR", "about"), ("percent", 19, "%", None), ("count", 30, None, None)],
        None,
    ),
    (
        "de",
        "Das fusionierte Institut käme auf eine Bilanzsumme von rund 21 Mrd. Euro, 96 Filialen und knapp 2.300 Beschäftigte.",
        True,
        [("money", 21000000000, "EUR", "about"), ("count", 96, None, None), ("count", 2300, None, "nearly")],
        None,
    ),
    (
        "de",
        "Bis 2028 sollen 14 Filialen zusammengelegt und rund 180 Stellen über natürliche Abgänge abgebaut werden.",
        True,
        [("year", 2028, None, None), ("count", 14, None, None), ("count", 180, None, "about")],
        None,
    ),
    (
        "de",
        "Innviertel-Generaldirektorin Hemma Stranzinger sagte, betriebsbedingte Kündigungen seien ausgeschlossen.",
        True,
        [],
        "Hemma Stranzinger",
    ),
    (
        "de",
        "„Gemeinsam werden wir die stärkste Bank zwischen Inn und Salzach“, sagte Stranzinger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Fusion braucht noch die Zustimmung der Hauptversammlungen, der FMA und der EZB-Bankenaufsicht.",
        True,
        [],
        None,
    ),
    ("de", "Ob die Marke Salzach Kreditbank erhalten bleibt, ist noch nicht entschieden.", False, [], None),
    # --- Ireland sells Ardmore stake (Reuters), Sept 25 ---
    (
        "en",
        "DUBLIN, Sept 25 (Reuters) - Ireland's government sold a 4.9% stake in Ardmore Bank Group for about 980 million euros on Thursday, cutting its holding to 12.3% some 15 years after a state bailout.",
        True,
        [("date", "--09-25", None, None), ("percent", 4.9, "%", None), ("money", 980000000, "EUR", "about"), ("percent", 12.3, "%", None), ("duration", 15, "year", "about")],
        None,
    ),
    (
        "en",
        "The shares were sold at 13.40 euros each, a discount of 2.8% to Wednesday's closing price, the finance ministry said.",
        True,
        [("money", 13.4, "EUR", None), ("percent", 2.8, "%", None)],
        None,
    ),
    (
        "en",
        "The state has now recouped about 19.6 billion euros of the 21 billion euros it injected into the bank during the financial crisis.",
        True,
        [("money", 19600000000, "EUR", "about"), ("money", 21000000000, "EUR", None)],
        None,
    ),
    (
        "en",
        '"This is a good day for taxpayers and a sign of how far Irish banking has come," the finance minister said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ardmore Chief Executive Niamh Cullinane said the bank planned to return 1.5 billion euros to shareholders through dividends and buybacks in the next 12 months.",
        True,
        [("money", 1500000000, "EUR", None), ("duration", 12, "month", None)],
        "Niamh Cullinane",
    ),
    (
        "en",
        "Whether the government will sell its remaining shares before the next general election is unclear.",
        False,
        [],
        None,
    ),
    ("en", "Ardmore's shares fell 1.6% in early Dublin trading.", True, [("percent", 1.6, "%", None)], None),
]
