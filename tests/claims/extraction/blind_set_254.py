"""Two-hundred-and-fifty-fourth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, banks, insurers, firms, portals,
storms and figures are made up (Rheinkontor, Clemens Vollrath, Harrowgate Bank, Fiona
Castellane, Fair Banking Forum, Hausruck Bank, Sieglinde Aumayr, Megan Tolhurst, Roseraie,
Olivier Desponds, Ratewise, Priya Venkatesan, Rainer Wiesenthal, Thornbury Wealth Partners,
Gregory Amsel, Dana Whitcombe, Karen Oyelaran, Zinsfuchs, Malte Brodersen, Prairie State
Trust, Lakemont Bancorp, Kestrel Securities, Landesbank Weser-Ems, Jens Ruhnau, Continental
Hudson Corp, Lorraine Whitfield, Ringstraßen Invest, Christoph Wallnöfer, Liffey Bank Group,
Aoife Brennan-Walsh, Hanseatica, the storms „Ylva“ and „Zeno“, Kerstin Albrecht-Lüdeke,
Pacific Crest Bank, Elaine Marchetti, Linthbank, Beat Hürlimann, Northway Bank, Simon
Ashworth-Lane, Josef Hirschmugl, Asahigawa Financial Group, Kenta Ishiguro, Sendai
Securities, Helmut Schierholz, Stormline Analytics, Ramona Ybarra, Jerry Pocock, Volksbank
Emsaue, Volksbank Hünteberg, Tanja Mühlenkamp, Dominion Lakes Bank, Nathalie Gagnon-Roy,
Edith Marschall, Holme Valley Building Society, Rachel Ormondroyd, Markus Casutt, Brookline
Harris Securities, Paula Renner-Kaye; every unnamed spokesman, analyst, fund manager,
lawyer, farmer and official); office holders of real governments and bodies (a Lower
Saxony finance minister, the FCA's chief executive, a Texas insurance commissioner, an
OeNB vice-governor, a U.S. senator, an SEC commissioner, the GDV's, the DSGV's and the
BVR's executives, the head of a cantonal building insurer) appear under made-up names that
stand for no real holder, or by their role only ("ein Sprecher der Verbraucherzentrale
Nordrhein-Westfalen", "ein VKI-Jurist", "ein Obstbauer aus Gleisdorf", "a banking analyst
at Kestrel Securities", "One fund manager"). Real bodies, places and things (Bafin,
Verbraucherzentrale Nordrhein-Westfalen, Finma, Bundesverwaltungsgericht, Transparency
International Schweiz, Gesamtverband der Deutschen Versicherungswirtschaft (GDV),
Bundesregierung, Europäische Zentralbank, EZB, Bankenverband, Land Niedersachsen,
Sparkassen, EU-Kommission, Steuerzahlerbund, Finanzmarktaufsicht (FMA), Verein für
Konsumenteninformation (VKI), SNB, Österreichische Hagelversicherung, Versicherungsverband
VVO, Land Steiermark, Katastrophenfonds, Deutscher Sparkassen- und Giroverband (DSGV),
Sicherungseinrichtung der Volks- und Raiffeisenbanken, Bundesverband der Volks- und
Raiffeisenbanken (BVR), Staatsanwaltschaft Münster, Oesterreichische Nationalbank (OeNB),
KIM-Verordnung, Schweizerischer Versicherungsverband (SVV), Kanton Graubünden, Prättigau,
Südoststeiermark; the Financial Conduct Authority, Reuters, the Insurance Council of
Australia, the Bureau of Meteorology, Lismore and the Northern Rivers, the Bank of
England, the Financial Lives survey, the Securities and Exchange Commission, the Federal
Deposit Insurance Corporation and its Deposit Insurance Fund, LSEG, the Office of the
Comptroller of the Currency, the Federal Reserve, the Topix banks index, the Insurance
Council of Texas, the National Weather Service, the Office of the Superintendent of
Financial Institutions, the Prudential Regulation Authority, WhatsApp, and the datelines'
cities) stand for the way wire copy names them; every fine, result, ratio, rate, claim,
loss, rescue sum, deposit, branch count, date and quote here is invented, and where a real
figure came to mind (a real fine, a real policy rate, a real tally of recordkeeping fines,
a real count of savings banks) it was changed (the expiry of the KIM-Verordnung in mid-2025,
the start of the ECB's cuts in June 2024, the 100.000-euro and $250,000 deposit
guarantees and the year of the financial crisis kept).

Its weight: BANKS, INSURERS AND FINANCIAL REGULATION (the hundred-thirtieth and
hundred-eighty-sixth batches weighed banks and insurers before, the two-hundred-and-twelfth
insurers' disaster figures, and their decisions are kept) over about three months of one
year in story order (early March to late May), 28 short stories with the German and English
desks interleaved by date, each told as wire copy runs it (a dateline lead with the fine,
the result, the rescue or the damage, the figures, attributed claims, the other side,
quotes, the reaction). Half German (dpa, dpa-AFX, APA, AWP, Keystone-SDA, Reuters German;
Austrian "heuer", "Jänner", "Generaldirektorin", "Mio."/"Mrd.", "um 8,4 Prozent weniger",
"Anlegerinnen und Anleger", Swiss "500'000 Franken", "4200", "unrechtmässig",
"Geldwäscherei", "Kadermitarbeitende", "Weiterzug", "Reingewinn", "Mio. CHF", «» quotes,
German „“ quotes): a Bafin fine against a Düsseldorf private bank, an Austrian bank's
annual results, the Finma against a Geneva private bank, the insurers' natural-hazard
balance, Tagesgeld rates after an ECB cut, the rescue of a Landesbank, an FMA fine against
a Viennese investment firm, a Hamburg insurer's first quarter, Swiss savings rates after
the SNB's move to zero, hail damage in Styria, the savings banks' annual figures, a
cooperative bank propped up by its sector's protection scheme, the OeNB's financial
stability report and storm damage in Graubünden. Half English (Reuters, AP, PA, AAP): an
FCA anti-money-laundering fine, flood claims in northern NSW, UK savings rates after a Bank
Rate cut, SEC charges against a Connecticut adviser, an Illinois bank failure and its sale
by the FDIC, a U.S. bank's first quarter, penalties by the OCC and the Fed, an Irish bank's
first-quarter update, the UK motor finance compensation scheme, a Japanese bank's annual
results, a hailstorm in North Texas, a Canadian bank's second quarter, a building society's
results and SEC recordkeeping fines. Figures as such copy has them: fines, penalties,
discounts, confiscated profits and repayments in euros, pounds, dollars and francs; profits,
interest income, provisions, dividends, buybacks and consensus in euros, dollars, pounds and
pence, francs, yen and Canadian dollars and cents (converted figures in brackets); capital,
leverage, NPE, combined and solvency ratios in percent, moves in basis points and
percentage points („um einen Viertelprozentpunkt“, "a quarter of a percentage point",
"each 0.25-percentage-point rise"); rescue sums, guarantees and deposit limits with "bis
zu" and "up to"; savings, fixed-term and mortgage rates with their terms („einjähriges
Festgeld“, „Zehnjährige Festhypotheken“, "one-year fixed-rate bond"); claims, insured
losses, rain and hail sizes, hectares, branches, staff and customers as counts, shares of
them as fractions („knapp jede sechste Bank“, „Jede vierte der verbliebenen Filialen“, „drei
Viertel der Apfelernte“, "Nearly two in five adults", "one in four first-time buyers");
number words and compounds („14-Punkte-Plans“, „siebenstündigen“, „dreitägige“, „während
zweier Jahre“, „zwölf zusätzliche“, „fast doppelt so viel“, "By six votes to three",
"two dozen", "Thirty-one years"); ordinals of quarters, fines, actions and rescues
(„die dritthöchste Geldbuße“, "the regulator's fifth ... fine", "seventh-largest",
"fourth-biggest", „die zweite Stützungsaktion“); ages, spans, years, dates and hedges.
About 55 negatives as such copy has them: executives', regulators' and officials' rhetoric,
confidence and reassurance in quotes, labels by consumer advocates, a taxpayers' lobby, a
senator and analysts, a minister's counterfactual boast, the general right to appeal, a
regulator's warning to investors, appeals, criticism and an accusation without a checkable
act, a commissioner's dissent, forecasts without a figure, fears, open questions and vox
pops, each near a check-worthy look-alike: the same speaker's figure, the measure taken,
the figure behind the label.

243 rows (122 German, 121 English), 55 negatives (27 German, 28 English), 188 check-worthy
rows of which 9 carry no figure (6 German, 3 English), 354 expected quantities (104 amounts
of money - 40 EUR, 25 USD, 15 GBP, 8 CHF, 7 JPY, 6 CAD, 3 AUD -, 80 percentages - 72 in %, 6
in percentage points, 2 in basis points -, 56 counts, 32 years, 31 durations - 17 in years,
6 in months, 2 in hours, 2 in days, 2 in weeks, 2 in minutes -, 20 ordinals, 18 fractions,
13 dates; 4 of them in three negatives, as the seventeenth batch labels a figure in a
negative), 38 checked speakers (20 German, 18 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, reassurance, piece of rhetoric, forecast without a figure, fear or
  open question is a negative with speaker None, also with a named speaker and an office
  (seventh, ninety-eighth, hundred-thirtieth, hundred-eighty-sixth, two-hundred-and-fourth,
  two-hundred-and-forty-fourth); a quoted or reported statement of fact, figure, step, rule
  or position is check-worthy with its speaker, also in Konjunktiv I (hundred-thirtieth:
  „Das Institut habe ..., teilte die Bafin mit.“ and „Die Bank habe ..., teilte die Finma
  mit.“; here the same forms and the FMA's). Pairs from one speaker: Vollrath's 14 million
  euros and 85 experts beside „Wir haben unsere Hausaufgaben gemacht ...“, Castellane's
  6,300 accounts beside "We fell short ...", Aumayr's branches beside „Das Zinsgeschenk
  ...“, Tolhurst's 2,400 homes beside "Behind each of those claims ...", Venkatesan's 15
  pounds beside "Loyalty simply does not pay ...", Wiesenthal's 7 to 9 percent beside
  „... spielt mit seinem Eigentum Roulette“, Brodersen's 300 euros beside
  „Bequemlichkeit ...“, Whitfield's buyback beside "... sitting on their hands",
  Brennan-Walsh's fifth of deposits beside "Irish households are borrowing again ...",
  Albrecht-Lüdeke's profit goal beside „Wir sind wetterfest aufgestellt ...“, Hürlimann's
  60 percent beside «Der Sparer ist der grosse Verlierer ...», Ishiguro's 80 billion yen
  beside "The era of free money ...", Schierholz's 0.9 percent beside
  „... Stabilitätsanker ...“, Mühlenkamp's first rescue case beside „Das Sicherungssystem
  hat genau so funktioniert ...“, Gagnon-Roy's 140 specialists beside "prudent, not
  pessimistic", Marschall's interest margin beside her admonition and „Die Zeit der
  Rekordgewinne ...“, Ormondroyd's one in four beside "... think in decades, not
  quarters", Casutt's reserves beside his forecast «Solche Ereignisse ...», and Pacific
  Crest's 1,500 hires beside "We take these matters seriously ...".
- Regulators' fines and measures are money in the currency written (hundred-thirtieth,
  eighty-ninth, hundred-seventieth): „ein Bußgeld von 2,85 Millionen Euro“, "27.4 million
  pounds" and "39.1 million pounds" with "a 30% discount", „eine ... Strafe von 640.000
  Euro“, "a $6.5 million civil penalty and ... $18.3 million", "a $60 million civil money
  penalty, and the Federal Reserve added $35 million", "a combined $142 million"
  ("combined" no hedge), "The largest penalty, $40 million"; the Finma's confiscated profit
  („einen unrechtmässig erzielten Gewinn von 7,8 Millionen Franken“) is an amount as a fine
  is (hundred-thirtieth). Ranks of fines and actions are ordinals („die dritthöchste
  Geldbuße“ 3 as „das dritthöchste Bußgeld“, "the regulator's fifth money-laundering fine
  ... in 14 months" 5 and 14 months, "the agency's third" 3, "the third enforcement action"
  3; hundred-thirtieth); bans, deadlines and caps are durations and amounts („während
  zweier Jahre“ 2 years, as „binnen zweier Jahre“, hundred-thirtieth; "barred ... for five
  years", "within 90 days" - "within" no hedge -, "cap its total assets at $310 billion"
  with no hedge, hundred-seventieth: "capped at"), while "barred from charging more than
  30%" keeps "more than" "over", the hedge standing right before the figure. Check-worthy
  without a figure (hundred-thirtieth, hundred-eighty-sixth): the Finma's finding of
  „schwere Mängel“, the bank's waiver of an appeal, the FMA fine not yet final with the
  appeal announced, "The firms neither admitted nor denied the findings." and the
  adviser's lawyer's account of repayments. Negatives: the right to appeal stated in
  general („Gegen den Bescheid kann die Bank binnen eines Monats Einspruch einlegen.“,
  seventy-fifth; "binnen eines Monats" none, an article), labels („nannte die Strafe
  „ein Taschengeld ...““, "called the fine "a rounding error ..."", „bezeichnete die
  Massnahmen als «zahnlos»“, "called the penalty "a slap on the wrist ..."", „nannte die
  Landesbank ein „Milliardengrab““), and the FMA's warning to investors with its 8 percent
  "over" labelled (hundred-eighty-sixth: „Die Finanzmarktaufsicht (FMA) mahnte die
  Institute, ...“; seventeenth: a figure in a negative labelled). New: "examiners first
  flagged in 2021" carries the year only - the adverb "first" says when the flaw was
  raised, as „erstmals“ carries none (two-hundred-and-forty-fourth), while "the first U.S.
  bank failure this year" and „der erste Stützungsfall“ rank a noun and are ordinal 1. New:
  "Commissioner Paula Renner-Kaye said in a dissent that the penalties bore no relation to
  any harm ..." is a negative - a dissent is the commissioner's verdict on the penalties,
  a reported evaluation as a judge's label of the evidence (hundred-nineteenth), while the
  penalties it disputes are the claims.
- Rescues and deposit protection: „mit einer Kapitalspritze von 2,4 Milliarden Euro“,
  „davon 1,5 Milliarden Euro“ („davon“ no hedge), „Garantien ... über bis zu 5 Milliarden
  Euro“ "up_to" (hundred-thirtieth: „über bis zu“), „mit bis zu 480 Millionen Euro“, „bis
  zu 100.000 Euro je Kunde“ "up_to" („je Kunde“ none; hundred-thirtieth: „pro Person und
  Bank“), "exceeded the $250,000 federal insurance limit" with no hedge ("exceeded" a verb,
  as "passed 750 million", forty-fifth), "would cost its Deposit Insurance Fund about $610
  million" "about" (an estimate, speaker unchecked); "three straight quarters" count 3
  (hundred-eighty-sixth: „in den ersten drei Quartalen“ count 3); „die zweite
  Stützungsaktion ... seit der Finanzkrise 2008“ 2 and the year; "the first U.S. bank
  failure this year" 1; „der erste Stützungsfall dieser Größenordnung seit mehr als zehn
  Jahren“ 1 and 10 years "over"; the approval the aid still needs („Die EU-Kommission muss
  die Hilfen noch beihilferechtlich genehmigen.“, check-worthy without a figure,
  hundred-thirtieth). New: „Ohne die Hilfe wäre die harte Kernkapitalquote der Bank Ende
  März auf 9,1 Prozent gefallen und hätte damit unter der Mindestanforderung der Aufsicht
  von 10,25 Prozent gelegen.“ is check-worthy with both figures - a counterfactual
  computed from the bank's own capital and a published minimum is a figure the supervisor
  and the bank can be held to, unlike the minister's counterfactual boast „Eine Pleite der
  Landesbank hätte uns am Ende ein Vielfaches gekostet“ (a negative,
  two-hundred-and-forty-fourth; „ein Vielfaches“ none); „unter der Mindestanforderung ...
  von 10,25 Prozent“ has no hedge, „unter“ standing before the noun (hundred-twentieth:
  „ab einem Nettovermögen von“). New: „Die Einlagen der rund 118.000 Kundinnen und Kunden
  seien zu jeder Zeit vollständig geschützt gewesen, hieß es.“ is check-worthy with 118,000
  "about" - it states what happened to the deposits, a matter of record, not a promise
  about the future that names no step (two-hundred-and-forty-fifth: reassurances are
  negatives); „Das Sicherungssystem hat genau so funktioniert, wie es soll“ is the
  evaluation beside it.
- Results, ratios and rates (hundred-thirtieth, hundred-eighty-sixth): profits, income,
  provisions, write-downs, dividends, buybacks and consensus are money in the currency
  written („612 Mio. Euro“, „1,34 Mrd. Euro“, „2,15 Euro ..., für 2025 waren es noch 2,40
  Euro“ - „noch“ no hedge, the year its own quantity -, "$6.2 billion, or $2.41 per
  share", "$2.18 per share", "1.42 trillion yen ($9.4 billion)", "140 yen per share from 110
  yen", "up to 200 billion yen, or about 1.5% of its outstanding shares" the hedges on their
  own figures, "C$1.12 billion ($810 million) from C$870 million", "C$1.98 ... C$2.07",
  "318.5 pence" 3.185 GBP, "£148.6m", "£21.3bn", "£94m"; "per share", "a share", „je Aktie“
  none), "3 Canadian cents" 0.03 CAD (hundredths of the currency named, as "18 Australian
  cents a share" AUD); ranges keep both ends („von 1,5 bis 1,7 Milliarden Euro“ - the
  scale written once serving both, hundred-forty-ninth -, "3.3 billion to 3.4 billion euros
  ..., ... about 3.2 billion" EUR, the currency written once serving the later figure,
  sixty-sixth; „auf 40 bis 50 Mio. Euro“, „um 7 bis 9 Prozent“). Ratios are percentages:
  „Die harte Kernkapitalquote“, "Its CET1 ratio", "The bank's CET1 ratio", "its common
  equity tier 1 ratio" ("1" and "CET1" none, hundred-thirtieth), „die NPE-Quote ... von 2,3
  auf 2,9 Prozent“ both, "Its leverage ratio", the „Combined Ratio“ and „Die Solvenzquote
  ... bei 231 Prozent“ above 100 (hundred-eighty-sixth), „von 4,1 auf 6,3 Prozent“, "0.71%
  of its loan book"; thresholds after "above the" carry no hedge ("comfortably above the
  11.5% minimum", "well above the 3.25% required"; two-hundred-and-forty-fourth: "far below
  the 6 hectares"). Moves in points: „38 Basispunkte des Kreditvolumens“ and "by 4 basis
  points" bp (hundred-thirtieth; the two-hundred-and-second's counts were yield spreads),
  „um einen Viertelprozentpunkt“, „um 0,25 Prozentpunkte“ and "a quarter of a percentage
  point" 0.25 pp (hundred-thirtieth), „knapp 0,2 Prozentpunkte weniger“ 0.2 pp "nearly",
  "0.8 percentage points above the market average" 0.8 pp with no hedge ("above" after the
  figure), "each 0.25-percentage-point rise" 0.25 pp (hundred-seventeenth: "The
  10-percentage-point increase"). Rates: „auf null Prozent“ 0 (eleventh: „bei null
  Prozent“), „0,05 Prozent, nach bisher 0,25 Prozent“, „1,12 Prozent“, "2.64%, down from
  2.79%", "Bank Rate ... 3.5%", "inflation of 3.2%"; „einjähriges Festgeld“ 1 year,
  „Festgeld mit fünf Jahren Laufzeit“ 5 years, „Zehnjährige Festhypotheken“ 10 years and
  "The typical one-year fixed-rate bond" 1 year (hundred-thirtieth: "two-year fixed",
  „zehnjährigen Baukrediten“); „eine Gebühr von 0,5 Prozent pro Jahr“ („pro Jahr“ none),
  „Für Guthaben über 500'000 Franken“ "over" (hundred-seventy-fifth: "fortunes above 10
  million pounds"); „bis zu 300 Euro im Jahr“ "up_to" („im Jahr“ none), "about 15 pounds
  less interest a year" ("a year" none); "By six votes to three" 6 and 3 (an earlier
  batch's "seven votes to two"); „die siebte Senkung seit Juni 2024“ 7 and the year, „zum
  dritten Mal in Folge“ 3. Quarters rank ("first-quarter", „im ersten Quartal“, "its second
  quarter", "the fourth quarter"); "full-year", „für das Gesamtjahr“, "the current
  financial year", "Bank Rate", „Leitzins“, „Einlagensatz“ none. New: „auf 38,6 Mio. CHF“
  is 38,600,000 CHF - the ISO code after the abbreviated scale names the currency as the
  code before it does („CHF 412 Mio.“ in an earlier batch) and as „Mio. Franken“ does
  (thirty-sixth). New: "a 100-pound loyalty payment" in PA copy is 100 GBP - a hyphenated
  "pound" compound before a payment is the currency, as the unhyphenated "a 4.6 billion
  pound takeover" (hundred-eighty-third) and "a 300 million euro share buyback" here
  (eighty-ninth: "a 480 million euro fine"), not a weight.
- Insurance claims after disasters (hundred-eighty-sixth, two-hundred-and-twelfth): claims
  and reports are counts with their hedges ("more than 46,000 claims", "more than 120,000
  claims", „mehr als 6.500 Schadensmeldungen“, „über 4200 Schadenmeldungen“ - Swiss four
  digits, hundred-sixty-ninth -, „knapp 9.000 Hektar“ "nearly" - areas are counts,
  two-hundred-and-forty-fourth); losses are money with their hedges ("at about A$1.3
  billion" AUD - AAP writes "A$", eighty-first -, "an estimated $2.1 billion" "about",
  „rund 5,7 Milliarden Euro“, „knapp 1,2 Milliarden Euro über dem langjährigen Mittel“
  "nearly" - „über“ after the figure no hedge -, „zusammen rund 210 Millionen Euro“,
  „rund 85 Millionen Franken“, „auf weitere 30 Millionen Franken“ - „weitere“ no hedge);
  readings and sizes are counts ("412 millimetres of rain in 72 hours" with 72 hours,
  „Hagelkörner mit bis zu fünf Zentimetern“ 5 "up_to", "Hailstones up to 4.5 inches across"
  4.5 "up_to"; two-hundred-and-twelfth); „vom 24. und 25. Juli“ two dates without a year,
  the month written once serving both days (hundredth, hundred-thirteenth); „Die dreitägige
  Unwetterserie“ 3 days (the issue's „dreitägige Reise“), "for about 20 minutes" 20 minutes
  "about"; „das vierte schwere Hagelereignis“ 4, "its third such declaration" 3, "the second
  in the region in five weeks" 2 and 5 weeks; „fast doppelt so viel“ count 2 "nearly"
  (two-hundred-and-forty-fourth); storm names („Ylva“, „Zeno“), "stones as big as
  softballs", „Mitte Mai“, „in der Nacht auf Sonntag“, "since Sunday's storm" none. Vox
  pops keep their figures labelled in negatives (hundred-thirtieth,
  two-hundred-and-twelfth): "Thirty-one years in this house ..." 31 years (a number word
  opening the quote) and "Jerry Pocock, 67," 67 years; „Ein Jahr Arbeit ist in zehn
  Minuten kaputtgegangen“ 10 minutes („Ein Jahr“ an article, none). Announced help is
  check-worthy without a figure („Das Land Steiermark kündigte an, ...“;
  hundred-thirtieth), and so is the agents' account that some insurers stopped writing new
  policies, and the Länder's demand for compulsory cover with the GDV's rejection („Die
  Bundesländer verlangen seit Jahren eine Pflichtversicherung ..., der Verband lehnt sie
  ab.“ - a demand naming a measure and a rejection, two-hundred-and-forty-fourth).
- Other counts, fractions and ordinals as written (every batch): „in 318 Fällen“, „eines
  14-Punkte-Plans“ 14 (the issue's "28-Punkte-Entwurf"), „auf 85“, "6,300 accounts and ...
  240 additional" ("additional" no hedge, as „zusätzlich“), „zwölf zusätzliche
  Beraterinnen und Berater“ 12, „rund 1.900 Kundinnen und Kunden“, „rund 400 Geschädigte“,
  „87 Banken und Sparkassen“, "21 of its 23 branches", „rund 1.100 ihrer 4.300 Stellen“ (a
  definite group, forty-first), "about 2,200 branches in 19 states", "all 42 of its
  branches", "more than 6,000 branches", „auf 331, nach 343“, „rund 320 Banken ..., 14
  weniger“, „14 Häuser ... 160 Menschen“, „Drei Vorstandsmitglieder ..., gegen zwei von
  ihnen“, „zwei ehemalige Kadermitarbeitende“, "14 analysts", "11 broker-dealers", "Three
  of the firms", "about 90 firms", "about 1.1 million of them", "around 14 million
  agreements", "two dozen employees" 24 (the issue's "two dozen"), "just 14 accounts"
  ("just" no hedge). Fractions: „In mehr als einem Drittel“ 0.3333 "over" (the dative),
  „Mehr als die Hälfte“ 0.5 "over", „nur etwa jedes zweite Haus“ 0.5 "about", „knapp jede
  sechste Bank“ 0.1667 "nearly", „Rund zwei Drittel“ 0.6667 "about", „um ein Viertel“ 0.25,
  „drei Viertel der Apfelernte“ 0.75, „um knapp ein Zehntel“ 0.1 "nearly", „fast einem
  Fünftel“ 0.2 "nearly", „Jede vierte der verbliebenen Filialen“ 0.25, „gut ein Drittel des
  Gewinns“ 0.3333 "over", "roughly three-quarters" 0.75 "about", "Nearly two in five
  adults" 0.4 "nearly" (hundred-thirtieth: "Three in 10"), "about a fifth" 0.2 "about",
  "less than a tenth" 0.1 "under", "Around two-thirds" 0.6667 "about", "about a third"
  0.3333 "about", "one in four first-time buyers" 0.25 ("first-time" none, as "A typical
  first-time buyer" in an earlier batch). Rankings: "the country's seventh-largest bank" 7
  and "Canada's fourth-biggest lender" 4 ("-biggest" read as "-largest"; the issue's „die
  drittgrößte Stadt“). None: "thousands", „zahlreiche“, „mehrere“, "most of the affected
  accounts", "the biggest lender", "the largest penalty", "the costliest hailstorm",
  "the highest share", „so viel wie“, „stundenweise“, „ein Vielfaches“.
- Durations and ages (the issue; every batch): „über sechs Monate“ 6 months "over", "in 14
  months", "over seven years" and "across seven years" ("over" and "across" before a span
  no hedge), "over the past three years", "over the past two years", "over the past 12
  months", "over the next 12 months", "the highest in three years", "little changed from
  three months earlier" 3 months, "compared with less than a tenth two years ago" 2 years,
  "in the three months to March" 3 months (hundred-eighty-sixth), "ending 16 years of
  public ownership", "within eight weeks", „nach einer siebenstündigen Krisensitzung“ 7
  hours (the issue's „fünfstündigen Treffen“), „seit mehr als zehn Jahren“; ages ("Its
  founder, Gregory Amsel, 61," 61 years as "Founder Ilya Brandt, 34," hundred-thirtieth;
  „über 65 Jahre alt“ 65 years "over"). None: "last week", "last year", "this year", "a
  year earlier", „im Vorjahr“, „im Jahr davor“, „im Rekordjahr davor“, „ein Jahr zuvor“,
  „im Vorjahresquartal“, „binnen Jahresfrist“, „heuer“, „in diesem Jahr“, „seit
  Jahresbeginn“, „seit Jahren“, „innerhalb einer Woche“, „vor einem Monat“, "since January", "at the end of March", „Ende März“, „bis Montagmittag“, "later in the
  year", „im Sommer“, „im Herbst“.
- Years and dates: "Between 2019 and 2023", „zwischen 2020 und 2024“, „zwischen Jänner
  2023 und Mai 2025“ (the years of month-and-year dates), „seit 2024“, "Since 2020", „2026“
  (six times), „für 2025“, "since 2022" (twice), "in 2021", "since 2015" (twice), "since
  2023", "in 2025", „seit Juni 2024“, „bis Ende 2029“, „bis Mitte 2028“, „Mitte 2025“,
  „seit der Finanzkrise 2008“, "between 2007 and 2024", "Since late 2021"; "until at least
  2029" and "from at least 2020" the year "at_least" (an earlier batch: "until at least
  2028"). Dates without a year: Reuters datelines with a day ("LONDON, March 4", "CHICAGO,
  April 4", "NEW YORK, April 14", "DUBLIN, April 21", "TOKYO, May 12", "TORONTO, May 21",
  "WASHINGTON, May 28"), "as of Dec. 31" --12-31, "the year ended March 31" --03-31 (a
  day names the date, hundred-thirteenth: "by March 31"), „ab dem 1. Juni“ --06-01, „vom 24.
  und 25. Juli“ (above); "by 30 June 2028" the full date 2028-06-30 (hundred-thirteenth).
  dpa ("Berlin (dpa) -", "Frankfurt/Main (dpa) -", "Münster (dpa) -"), dpa-AFX, APA, AWP
  ("Zürich (awp) -"), Keystone-SDA, Reuters German ("Hannover (Reuters) -"), AP ("NEW YORK
  (AP) —", "WASHINGTON (AP) —", "DALLAS (AP) —"), PA ("LONDON (PA) -", "HUDDERSFIELD (PA) -")
  and AAP ("SYDNEY (AAP) -") datelines none (seventy-ninth); weekdays and months alone
  none.
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "around", "Around",
  "roughly", "Roughly", "an estimated" "about"; „knapp“, „fast“, "Nearly" "nearly"; „mehr
  als“, „Mehr als“, „gut“, „über“ right before the figure, "more than" "over"; "less than"
  "under"; „bis zu“, "up to" "up_to"; "at least" "at_least". No hedge: „im Schnitt“, "on
  average", "an average of", „zusammen“, "a combined", "combined", "a total of", „davon“,
  „weitere“, „zusätzlich“, "additional", „Allein“, „Bereits“, „nur“, „Nur noch“, „noch“,
  „bisher“, "just", "within", "over" and "across" before a span, "above the" and „unter
  der“ before a noun, "above" and „über“ after a figure, „weniger“ and "lower" after a
  figure, "exceeded", "capped"-style verbs ("cap ... at"), „um“ before a difference, and
  "to" and „bis“ in a range.
- Speakers, checked only in forms the earlier batches settled: „teilte die Bafin am
  Dienstag mit“ -> "die Bafin", „teilte die Finma am Donnerstag mit“ -> "die Finma",
  „teilte die FMA am Montag mit“ -> "die FMA" (hundred-thirtieth), „teilte die
  Österreichische Hagelversicherung am Montag mit“ (the capitalised adjective part of the
  name, hundred-fifteenth), „wie der Konzern am Donnerstag mitteilte“ -> "der Konzern"
  (hundred-eighty-sixth), „teilte der Bundesverband der Volks- und Raiffeisenbanken (BVR)
  mit“ and „wie die Oesterreichische Nationalbank (OeNB) am Mittwoch mitteilte“ with the
  abbreviation in brackets and the weekday dropped (two-hundred-and-forty-fourth), „Nach
  Angaben des Gesamtverbands der Deutschen Versicherungswirtschaft (GDV)“ -> "der
  Gesamtverband der Deutschen Versicherungswirtschaft" (the nominative, the abbreviation
  dropped); „Rheinkontor-Vorstandschef Clemens Vollrath sagte, ...“, „Generaldirektorin
  Sieglinde Aumayr sagte, ...“, „GDV-Hauptgeschäftsführer Rainer Wiesenthal sagte, ...“,
  „Zinsfuchs-Geschäftsführer Malte Brodersen sagte, ...“, „Ringstraßen-Vorstand Christoph
  Wallnöfer sagte, ...“, „Finanzvorständin Kerstin Albrecht-Lüdeke sagte, ...“,
  „Linthbank-Chef Beat Hürlimann sagte, ...“, „Kammerpräsident Josef Hirschmugl sagte,
  ...“, „DSGV-Präsident Helmut Schierholz sagte, ...“, „BVR-Vorstand Tanja Mühlenkamp
  sagte, ...“ and „Direktor Markus Casutt sagte, ...“ the name (hundred-eightieth,
  two-hundred-and-forty-fourth: the office heading "X sagte"), „Marschall sagte, ...“
  opening the row (forty-second). English: "the FCA said" -> "the FCA" and "the OCC said"
  -> "the OCC" (hundred-thirtieth), "The SEC said ..." and "The FDIC said ..." opening the
  row -> "the SEC", "the FDIC", and "The regulator said ..." -> "the regulator" (the
  article lowered, hundred-thirtieth and hundred-eighty-sixth: "The Fed said in its order
  ..."), "the society said" -> "the society" (hundred-eighty-sixth), "according to the
  Insurance Council of Australia" with the article (hundred-eighty-sixth: "according to
  the Association of British Insurers"), "Brookline Harris said" as written; the name with
  the role dropped ("Chief Executive Fiona Castellane said", "Council chief executive
  Megan Tolhurst said", "Ratewise analyst Priya Venkatesan said", "Chief Financial Officer
  Aoife Brennan-Walsh said", "Texas Insurance Commissioner Ramona Ybarra said", "Chief Risk
  Officer Nathalie Gagnon-Roy said", "Chief executive Rachel Ormondroyd said"), with the
  occasion dropped ("Chief Executive Lorraine Whitfield said on a call with analysts",
  "President Kenta Ishiguro said at a news conference"; hundred-eighty-sixth), and "A
  lawyer for Amsel, Dana Whitcombe, said" -> "Dana Whitcombe" (the name in apposition after
  its role, hundred-thirtieth: "Brandt's lawyer, Stefan Ruiz, said"). Left unchecked
  (None): all negatives, also those with a named speaker; „Die Bank teilte mit, ...“ (a
  form no batch settled in German), „hieß es“ and „hieß es ... aus dem
  Finanzministerium“, „nach eigenen Angaben“, „Nach Zählung von dpa-AFX“, „nach einer
  Umfrage des Bankenverbands“, „wie eine Auswertung des Vergleichsportals Zinsfuchs ergab“,
  „wie aus der ... Bilanz des Deutschen Sparkassen- und Giroverbands (DSGV) hervorgeht“ (a
  document), „wie der Versicherungsverband VVO mitteilte“ (a description before the name,
  two-hundred-and-twelfth), „wie diese mitteilte“ (a pronoun), estimating verbs („schätzt
  der Verband“, „der Schweizerische Versicherungsverband (SVV) ... schätzt“, "The agency
  estimated"; hundred-tenth), "according to financial data provider Ratewise" and
  "according to catastrophe modeling firm Stormline Analytics" (a description before the
  name, fortieth), "according to a Reuters tally", "according to LSEG data", "according to
  the Financial Conduct Authority's latest Financial Lives survey", "according to the
  state's insurance department", "according to the SEC's orders" and "according to figures
  compiled by a consumer group" (possessives and documents), bodies' "said" ("the Bureau of
  Meteorology said", "The Insurance Council of Texas said", "the National Weather Service
  said"; two-hundred-and-forty-fourth), "agents said" (a plural group), "it said in a
  statement" and "the agency added" (a pronoun and a role taking up the body), and rows
  without attribution.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_254 = [
    # --- Bafin-Bußgeld gegen Privatbank (dpa-AFX), März ---
    (
        "de",
        "Frankfurt (dpa-AFX) - Die Finanzaufsicht Bafin hat gegen die Düsseldorfer Privatbank Rheinkontor ein Bußgeld von 2,85 Millionen Euro verhängt.",
        True,
        [("money", 2850000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das Institut habe in 318 Fällen Verdachtsmeldungen zu möglicher Geldwäsche verspätet abgegeben, teilte die Bafin am Dienstag mit.",
        True,
        [("count", 318, None, None)],
        "die Bafin",
    ),
    (
        "de",
        "In mehr als einem Drittel dieser Fälle vergingen zwischen Verdacht und Meldung über sechs Monate.",
        True,
        [("fraction", 0.3333, None, "over"), ("duration", 6, "month", "over")],
        None,
    ),
    (
        "de",
        "Bereits im vergangenen Herbst hatte die Aufsicht einen Sonderbeauftragten in die Bank geschickt, der die Umsetzung eines 14-Punkte-Plans überwacht.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Nach Zählung von dpa-AFX ist es die dritthöchste Geldbuße der Bonner Aufseher seit Jahresbeginn.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Rheinkontor-Vorstandschef Clemens Vollrath sagte, die Bank habe seit 2024 rund 14 Millionen Euro in ihre Kontrollsysteme gesteckt und die Zahl der Compliance-Fachleute auf 85 verdoppelt.",
        True,
        [("year", 2024, None, None), ("money", 14000000, "EUR", "about"), ("count", 85, None, None)],
        "Clemens Vollrath",
    ),
    ("de", "„Wir haben unsere Hausaufgaben gemacht und schauen nach vorn“, sagte Vollrath.", False, [], None),
    ("de", "Gegen den Bescheid kann die Bank binnen eines Monats Einspruch einlegen.", False, [], None),
    (
        "de",
        "Ein Sprecher der Verbraucherzentrale Nordrhein-Westfalen nannte die Strafe „ein Taschengeld für eine Bank dieser Größe“.",
        False,
        [],
        None,
    ),
    # --- FCA fine for Harrowgate Bank (Reuters), March ---
    (
        "en",
        "LONDON, March 4 (Reuters) - Britain's Financial Conduct Authority fined Harrowgate Bank 27.4 million pounds on Wednesday for failing to check thousands of high-risk customers for signs of money laundering.",
        True,
        [("date", "--03-04", None, None), ("money", 27400000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Between 2019 and 2023 the lender opened accounts for more than 41,000 customers whose risk flags were never reviewed, the FCA said.",
        True,
        [("year", 2019, None, None), ("year", 2023, None, None), ("count", 41000, None, "over")],
        "the FCA",
    ),
    (
        "en",
        "The penalty would have been 39.1 million pounds, but the bank qualified for a 30% discount by agreeing to settle early.",
        True,
        [("money", 39100000, "GBP", None), ("percent", 30, "%", None)],
        None,
    ),
    (
        "en",
        "It is the regulator's fifth money-laundering fine against a bank in 14 months.",
        True,
        [("ordinal", 5, None, None), ("duration", 14, "month", None)],
        None,
    ),
    (
        "en",
        "Chief Executive Fiona Castellane said the bank had closed 6,300 accounts and hired 240 additional financial crime staff since the review began.",
        True,
        [("count", 6300, None, None), ("count", 240, None, None)],
        "Fiona Castellane",
    ),
    (
        "en",
        '"We fell short of the standards that our customers and our regulators rightly expect," Castellane said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Campaign group Fair Banking Forum called the fine "a rounding error for a bank of this size."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Harrowgate shares closed 1.2% lower at 318.5 pence.",
        True,
        [("percent", 1.2, "%", None), ("money", 3.185, "GBP", None)],
        None,
    ),
    (
        "en",
        "Since 2020 the FCA has fined banks a total of more than 200 million pounds for financial crime failings, according to a Reuters tally.",
        True,
        [("year", 2020, None, None), ("money", 200000000, "GBP", "over")],
        None,
    ),
    # --- Jahresbilanz der Hausruck Bank (APA), März ---
    (
        "de",
        "Wien (APA) - Die Hausruck Bank hat 2026 einen Konzerngewinn von 612 Mio. Euro erzielt, um 8,4 Prozent weniger als im Rekordjahr davor.",
        True,
        [("year", 2026, None, None), ("money", 612000000, "EUR", None), ("percent", 8.4, "%", None)],
        None,
    ),
    (
        "de",
        "Der Zinsüberschuss sank nach den Zinsschritten der Notenbank um 6 Prozent auf 1,34 Mrd. Euro.",
        True,
        [("percent", 6, "%", None), ("money", 1340000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die harte Kernkapitalquote stieg auf 16,2 Prozent, nach 15,4 Prozent ein Jahr zuvor.",
        True,
        [("percent", 16.2, "%", None), ("percent", 15.4, "%", None)],
        None,
    ),
    (
        "de",
        "Die Risikokosten kletterten auf 38 Basispunkte des Kreditvolumens, die NPE-Quote erhöhte sich von 2,3 auf 2,9 Prozent.",
        True,
        [("percent", 38, "bp", None), ("percent", 2.3, "%", None), ("percent", 2.9, "%", None)],
        None,
    ),
    (
        "de",
        "Je Aktie will die Bank 2,15 Euro ausschütten, für 2025 waren es noch 2,40 Euro gewesen.",
        True,
        [("money", 2.15, "EUR", None), ("year", 2025, None, None), ("money", 2.4, "EUR", None)],
        None,
    ),
    (
        "de",
        "Generaldirektorin Sieglinde Aumayr sagte, die Bank werde heuer bis zu 40 ihrer 196 Filialen in Oberösterreich und Salzburg zusammenlegen.",
        True,
        [("count", 40, None, "up_to"), ("count", 196, None, None)],
        "Sieglinde Aumayr",
    ),
    (
        "de",
        "„Das Zinsgeschenk der vergangenen Jahre ist aufgebraucht, jetzt zählt jeder Euro auf der Kostenseite“, sagte Aumayr.",
        False,
        [],
        None,
    ),
    ("de", "Analysten sprachen von einem „grundsoliden, aber wenig aufregenden“ Zahlenwerk.", False, [], None),
    # --- Flood claims in northern NSW (AAP), March ---
    (
        "en",
        "SYDNEY (AAP) - Insurers have received more than 46,000 claims from last week's floods in northern NSW, according to the Insurance Council of Australia.",
        True,
        [("count", 46000, None, "over")],
        "the Insurance Council of Australia",
    ),
    (
        "en",
        "The council has declared the floods a catastrophe, its third such declaration since January.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Early estimates put insured losses at about A$1.3 billion, with home and contents claims making up roughly three-quarters of the total.",
        True,
        [("money", 1300000000, "AUD", "about"), ("fraction", 0.75, None, "about")],
        None,
    ),
    (
        "en",
        "Council chief executive Megan Tolhurst said about 2,400 homes had been assessed as uninhabitable.",
        True,
        [("count", 2400, None, "about")],
        "Megan Tolhurst",
    ),
    (
        "en",
        '"Behind each of those claims is a family that cannot sleep in its own bed tonight," Tolhurst said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Lismore recorded 412 millimetres of rain in 72 hours, the Bureau of Meteorology said.",
        True,
        [("count", 412, None, None), ("duration", 72, "hour", None)],
        None,
    ),
    (
        "en",
        "Home insurance premiums in the Northern Rivers region have risen by an average of 38% over the past three years.",
        True,
        [("percent", 38, "%", None), ("duration", 3, "year", None)],
        None,
    ),
    ("en", "Some residents accused insurers of leaving them in limbo after the last floods.", False, [], None),
    (
        "en",
        "The federal government will pay A$1,000 to each eligible adult in the flood zone and A$400 per child.",
        True,
        [("money", 1000, "AUD", None), ("money", 400, "AUD", None)],
        None,
    ),
    # --- Finma gegen Genfer Privatbank (Keystone-SDA), März ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Finanzmarktaufsicht Finma hat bei der Genfer Privatbank Roseraie schwere Mängel bei der Bekämpfung der Geldwäscherei festgestellt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Bank habe zwischen 2020 und 2024 Gelder von über 380 Millionen Franken aus dem Umfeld eines staatlichen Ölkonzerns entgegengenommen, ohne deren Herkunft genügend abzuklären, teilte die Finma am Donnerstag mit.",
        True,
        [("year", 2020, None, None), ("year", 2024, None, None), ("money", 380000000, "CHF", "over")],
        "die Finma",
    ),
    (
        "de",
        "Die Aufsicht zieht einen unrechtmässig erzielten Gewinn von 7,8 Millionen Franken ein.",
        True,
        [("money", 7800000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Zudem darf die Bank während zweier Jahre keine neuen Geschäftsbeziehungen mit politisch exponierten Personen eingehen.",
        True,
        [("duration", 2, "year", None)],
        None,
    ),
    ("de", "Das Verfahren gegen zwei ehemalige Kadermitarbeitende läuft noch.", True, [("count", 2, None, None)], None),
    (
        "de",
        "Die Bank teilte mit, sie akzeptiere die Verfügung und verzichte auf einen Weiterzug ans Bundesverwaltungsgericht.",
        True,
        [],
        None,
    ),
    (
        "de",
        "«Dieses Kapitel ist für uns abgeschlossen», sagte Verwaltungsratspräsident Olivier Desponds.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Roseraie verwaltet nach eigenen Angaben Vermögen von rund 9,4 Milliarden Franken und beschäftigt 310 Mitarbeitende.",
        True,
        [("money", 9400000000, "CHF", "about"), ("count", 310, None, None)],
        None,
    ),
    (
        "de",
        "Die Organisation Transparency International Schweiz bezeichnete die Massnahmen als «zahnlos».",
        False,
        [],
        None,
    ),
    # --- UK savings rates after the rate cut (PA), March ---
    (
        "en",
        "LONDON (PA) - Banks and building societies have cut more than 300 savings deals since the Bank of England lowered interest rates last week, according to financial data provider Ratewise.",
        True,
        [("count", 300, None, "over")],
        None,
    ),
    (
        "en",
        "The average easy-access savings account now pays 2.64%, down from 2.79% at the start of the month.",
        True,
        [("percent", 2.64, "%", None), ("percent", 2.79, "%", None)],
        None,
    ),
    (
        "en",
        "By six votes to three, the Bank's rate-setters took a quarter of a percentage point off Bank Rate last Thursday, leaving it at 3.5%.",
        True,
        [
            ("count", 6, None, None),
            ("count", 3, None, None),
            ("percent", 0.25, "pp", None),
            ("percent", 3.5, "%", None),
        ],
        None,
    ),
    (
        "en",
        "The typical one-year fixed-rate bond pays 3.91%, while just 14 accounts on the market still beat inflation of 3.2%.",
        True,
        [
            ("duration", 1, "year", None),
            ("percent", 3.91, "%", None),
            ("count", 14, None, None),
            ("percent", 3.2, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Ratewise analyst Priya Venkatesan said a saver with 10,000 pounds in an easy-access account would earn about 15 pounds less interest a year after the cut.",
        True,
        [("money", 10000, "GBP", None), ("money", 15, "GBP", "about")],
        "Priya Venkatesan",
    ),
    ("en", '"Loyalty simply does not pay in the savings market," Venkatesan said.', False, [], None),
    (
        "en",
        "Consumer groups urged savers to move their money rather than wait for their banks to offer better rates.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Nearly two in five adults have less than 1,000 pounds in savings, according to the Financial Conduct Authority's latest Financial Lives survey.",
        True,
        [("fraction", 0.4, None, "nearly"), ("money", 1000, "GBP", "under")],
        None,
    ),
    ("en", "Some economists expect further cuts later in the year.", False, [], None),
    # --- Naturgefahrenbilanz der Versicherer (dpa), März ---
    (
        "de",
        "Berlin (dpa) - Unwetter haben den Versicherern in Deutschland im vergangenen Jahr Schäden von rund 5,7 Milliarden Euro an Gebäuden, Betrieben und Fahrzeugen beschert.",
        True,
        [("money", 5700000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Nach Angaben des Gesamtverbands der Deutschen Versicherungswirtschaft (GDV) lag die Schadensumme damit knapp 1,2 Milliarden Euro über dem langjährigen Mittel.",
        True,
        [("money", 1200000000, "EUR", "nearly")],
        "der Gesamtverband der Deutschen Versicherungswirtschaft",
    ),
    (
        "de",
        "Auf Sachversicherungen für Häuser, Hausrat, Gewerbe und Industrie entfielen 4,1 Milliarden Euro, auf Kraftfahrzeuge 1,6 Milliarden Euro.",
        True,
        [("money", 4100000000, "EUR", None), ("money", 1600000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Allein die Hagelunwetter vom 24. und 25. Juli in Baden-Württemberg und Bayern kosteten die Versicherer rund 1,1 Milliarden Euro.",
        True,
        [("date", "--07-24", None, None), ("date", "--07-25", None, None), ("money", 1100000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Gegen Überschwemmung und andere Elementarschäden ist hierzulande nur etwa jedes zweite Haus abgesichert.",
        True,
        [("fraction", 0.5, None, "about")],
        None,
    ),
    (
        "de",
        "GDV-Hauptgeschäftsführer Rainer Wiesenthal sagte, die Beiträge für Wohngebäudeversicherungen würden in diesem Jahr im Schnitt um 7 bis 9 Prozent steigen.",
        True,
        [("percent", 7, "%", None), ("percent", 9, "%", None)],
        "Rainer Wiesenthal",
    ),
    (
        "de",
        "„Wer heute noch ohne Elementarschutz baut, spielt mit seinem Eigentum Roulette“, sagte Wiesenthal.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Bundesländer verlangen seit Jahren eine Pflichtversicherung gegen Elementarschäden, der Verband lehnt sie ab.",
        True,
        [],
        None,
    ),
    ("de", "Ob die Bundesregierung noch in diesem Jahr einen Gesetzentwurf vorlegt, ist offen.", False, [], None),
    # --- SEC charges a Connecticut adviser (AP), March ---
    (
        "en",
        "NEW YORK (AP) — Federal securities regulators on Tuesday accused a Connecticut wealth manager of overcharging its clients by about $18 million across seven years.",
        True,
        [("money", 18000000, "USD", "about"), ("duration", 7, "year", None)],
        None,
    ),
    (
        "en",
        "The SEC said Thornbury Wealth Partners charged more than 2,100 clients fees on assets it did not manage, including cash held at outside banks.",
        True,
        [("count", 2100, None, "over")],
        "the SEC",
    ),
    (
        "en",
        "Thornbury agreed to pay a $6.5 million civil penalty and to repay clients $18.3 million plus interest, without admitting or denying the findings.",
        True,
        [("money", 6500000, "USD", None), ("money", 18300000, "USD", None)],
        None,
    ),
    (
        "en",
        "Its founder, Gregory Amsel, 61, was barred from the industry for five years.",
        True,
        [("duration", 61, "year", None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "The case is the agency's third against an adviser over fee practices since January.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "A lawyer for Amsel, Dana Whitcombe, said her client had cooperated fully and had already repaid most of the affected accounts.",
        True,
        [],
        "Dana Whitcombe",
    ),
    (
        "en",
        '"Investors deserve to know exactly what they are paying for," said Karen Oyelaran, director of the SEC\'s New York office.',
        False,
        [],
        None,
    ),
    ("en", "How many clients have since taken their money to other firms was not known.", False, [], None),
    # --- Tagesgeldzinsen nach der EZB-Senkung (dpa), April ---
    (
        "de",
        "Frankfurt/Main (dpa) - Nach der jüngsten Zinssenkung der Europäischen Zentralbank haben innerhalb einer Woche 87 Banken und Sparkassen die Zinsen für Tagesgeld gesenkt.",
        True,
        [("count", 87, None, None)],
        None,
    ),
    (
        "de",
        "Im Schnitt zahlen die Institute für Tagesgeld nur noch 1,12 Prozent, wie eine Auswertung des Vergleichsportals Zinsfuchs ergab.",
        True,
        [("percent", 1.12, "%", None)],
        None,
    ),
    (
        "de",
        "Die EZB hatte den Einlagensatz am Donnerstag um einen Viertelprozentpunkt auf 1,5 Prozent gesenkt, die siebte Senkung seit Juni 2024.",
        True,
        [
            ("percent", 0.25, "pp", None),
            ("percent", 1.5, "%", None),
            ("ordinal", 7, None, None),
            ("year", 2024, None, None),
        ],
        None,
    ),
    (
        "de",
        "Für einjähriges Festgeld gibt es im Schnitt 1,85 Prozent, für Festgeld mit fünf Jahren Laufzeit 2,2 Prozent.",
        True,
        [
            ("duration", 1, "year", None),
            ("percent", 1.85, "%", None),
            ("duration", 5, "year", None),
            ("percent", 2.2, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Nur noch knapp jede sechste Bank bietet Neukunden mehr als 2,5 Prozent.",
        True,
        [("fraction", 0.1667, None, "nearly"), ("percent", 2.5, "%", "over")],
        None,
    ),
    (
        "de",
        "Rund zwei Drittel der Sparer lassen ihr Geld nach einer Umfrage des Bankenverbands auf dem Girokonto liegen, wo es meist gar keine Zinsen gibt.",
        True,
        [("fraction", 0.6667, None, "about")],
        None,
    ),
    (
        "de",
        "Zinsfuchs-Geschäftsführer Malte Brodersen sagte, bei 20.000 Euro Erspartem mache der Unterschied zwischen Hausbank und Spitzenangebot bis zu 300 Euro im Jahr aus.",
        True,
        [("money", 20000, "EUR", None), ("money", 300, "EUR", "up_to")],
        "Malte Brodersen",
    ),
    ("de", "„Bequemlichkeit ist beim Sparen der teuerste Fehler“, sagte Brodersen.", False, [], None),
    ("de", "Viele Volkswirte erwarten, dass die Notenbank im Sommer noch einmal nachlegt.", False, [], None),
    # --- Illinois bank failure (Reuters), April ---
    (
        "en",
        "CHICAGO, April 4 (Reuters) - Illinois regulators closed Prairie State Trust on Friday and appointed the Federal Deposit Insurance Corporation as receiver, the first U.S. bank failure this year.",
        True,
        [("date", "--04-04", None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The FDIC said Lakemont Bancorp would take over all of the failed bank's deposits and 21 of its 23 branches, which will reopen on Monday as Lakemont branches.",
        True,
        [("count", 21, None, None), ("count", 23, None, None)],
        "the FDIC",
    ),
    (
        "en",
        "Prairie State had about $4.6 billion in total assets and $3.9 billion in deposits as of Dec. 31.",
        True,
        [("money", 4600000000, "USD", "about"), ("money", 3900000000, "USD", None), ("date", "--12-31", None, None)],
        None,
    ),
    (
        "en",
        "Roughly 40% of its deposits exceeded the $250,000 federal insurance limit.",
        True,
        [("percent", 40, "%", "about"), ("money", 250000, "USD", None)],
        None,
    ),
    (
        "en",
        "The agency estimated that the failure would cost its Deposit Insurance Fund about $610 million.",
        True,
        [("money", 610000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "The bank had lost money for three straight quarters after writing down loans on office buildings in downtown Chicago.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "en",
        '"This was a well-run community bank that simply bet too heavily on one kind of property," said a banking analyst at Kestrel Securities.',
        False,
        [],
        None,
    ),
    ("en", "Lakemont shares rose 3.4% in early trading.", True, [("percent", 3.4, "%", None)], None),
    ("en", "Analysts said they did not expect the failure to spread to other lenders in the region.", False, [], None),
    # --- Rettung der Landesbank Weser-Ems (Reuters), April ---
    (
        "de",
        "Hannover (Reuters) - Nach einer siebenstündigen Krisensitzung stützen das Land Niedersachsen und die Sparkassen die angeschlagene Landesbank Weser-Ems mit einer Kapitalspritze von 2,4 Milliarden Euro.",
        True,
        [("duration", 7, "hour", None), ("money", 2400000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das Land übernimmt davon 1,5 Milliarden Euro, die Sparkassen tragen den Rest, hieß es am Donnerstag aus dem Finanzministerium.",
        True,
        [("money", 1500000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Zusätzlich gewährt das Land Garantien für Schiffs- und Gewerbeimmobilienkredite über bis zu 5 Milliarden Euro.",
        True,
        [("money", 5000000000, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "Ohne die Hilfe wäre die harte Kernkapitalquote der Bank Ende März auf 9,1 Prozent gefallen und hätte damit unter der Mindestanforderung der Aufsicht von 10,25 Prozent gelegen.",
        True,
        [("percent", 9.1, "%", None), ("percent", 10.25, "%", None)],
        None,
    ),
    ("de", "Die EU-Kommission muss die Hilfen noch beihilferechtlich genehmigen.", True, [], None),
    (
        "de",
        "Im Gegenzug baut die Bank bis Ende 2029 rund 1.100 ihrer 4.300 Stellen ab und verkleinert ihre Bilanzsumme um ein Viertel.",
        True,
        [
            ("year", 2029, None, None),
            ("count", 1100, None, "about"),
            ("count", 4300, None, None),
            ("fraction", 0.25, None, None),
        ],
        None,
    ),
    (
        "de",
        "„Eine Pleite der Landesbank hätte uns am Ende ein Vielfaches gekostet“, sagte Finanzminister Jens Ruhnau.",
        False,
        [],
        None,
    ),
    ("de", "Der Steuerzahlerbund nannte die Landesbank ein „Milliardengrab“.", False, [], None),
    (
        "de",
        "Es ist bereits die zweite Stützungsaktion für das Institut seit der Finanzkrise 2008.",
        True,
        [("ordinal", 2, None, None), ("year", 2008, None, None)],
        None,
    ),
    # --- Continental Hudson first quarter (Reuters), April ---
    (
        "en",
        "NEW YORK, April 14 (Reuters) - Continental Hudson Corp's first-quarter profit rose 11% to $6.2 billion, or $2.41 per share, as investment banking fees jumped and loan losses eased.",
        True,
        [
            ("date", "--04-14", None, None),
            ("ordinal", 1, None, None),
            ("percent", 11, "%", None),
            ("money", 6200000000, "USD", None),
            ("money", 2.41, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Analysts had on average expected $2.18 per share, according to LSEG data.",
        True,
        [("money", 2.18, "USD", None)],
        None,
    ),
    (
        "en",
        "Net interest income slipped 2% to $11.7 billion, while the bank's net interest margin narrowed by 4 basis points to 2.71%.",
        True,
        [
            ("percent", 2, "%", None),
            ("money", 11700000000, "USD", None),
            ("percent", 4, "bp", None),
            ("percent", 2.71, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Investment banking fees climbed 27% to $2.3 billion, the highest in three years.",
        True,
        [("percent", 27, "%", None), ("money", 2300000000, "USD", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "The bank set aside $1.9 billion for credit losses, down from $2.4 billion a year earlier.",
        True,
        [("money", 1900000000, "USD", None), ("money", 2400000000, "USD", None)],
        None,
    ),
    (
        "en",
        "At the end of March its common equity tier 1 ratio was 14.3%, little changed from three months earlier.",
        True,
        [("percent", 14.3, "%", None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "en",
        "Chief Executive Lorraine Whitfield said on a call with analysts that the bank planned to buy back up to $8 billion of stock over the next 12 months.",
        True,
        [("money", 8000000000, "USD", "up_to"), ("duration", 12, "month", None)],
        "Lorraine Whitfield",
    ),
    (
        "en",
        '"Our clients are still cautious, but they are no longer sitting on their hands," Whitfield said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'One fund manager described the results as "boringly strong, which is exactly what investors want."',
        False,
        [],
        None,
    ),
    # --- FMA-Strafe gegen Wiener Wertpapierfirma (APA), April ---
    (
        "de",
        "Wien (APA) - Wegen mangelhafter Anlageberatung muss die Wiener Wertpapierfirma Ringstraßen Invest eine von der Finanzmarktaufsicht (FMA) verhängte Strafe von 640.000 Euro zahlen.",
        True,
        [("money", 640000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das Unternehmen habe rund 1.900 Kundinnen und Kunden zwischen Jänner 2023 und Mai 2025 hochriskante Anleihen verkauft, ohne deren Eignung zu prüfen, teilte die FMA am Montag mit.",
        True,
        [("count", 1900, None, "about"), ("year", 2023, None, None), ("year", 2025, None, None)],
        "die FMA",
    ),
    (
        "de",
        "Der Schaden für die Anlegerinnen und Anleger wird auf etwa 23 Mio. Euro geschätzt.",
        True,
        [("money", 23000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Mehr als die Hälfte der Betroffenen ist über 65 Jahre alt.",
        True,
        [("fraction", 0.5, None, "over"), ("duration", 65, "year", "over")],
        None,
    ),
    (
        "de",
        "Die Strafe ist noch nicht rechtskräftig, die Firma hat Beschwerde beim Bundesverwaltungsgericht angekündigt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ringstraßen-Vorstand Christoph Wallnöfer sagte, die Vorwürfe beträfen einen abgeschlossenen Zeitraum, seither habe man zwölf zusätzliche Beraterinnen und Berater eingestellt.",
        True,
        [("count", 12, None, None)],
        "Christoph Wallnöfer",
    ),
    (
        "de",
        "Der Verein für Konsumenteninformation (VKI) bereitet nach eigenen Angaben eine Sammelklage für rund 400 Geschädigte vor.",
        True,
        [("count", 400, None, "about")],
        None,
    ),
    (
        "de",
        "„Das ist ein Lehrbuchbeispiel dafür, wie man Sparern Risiken unterjubelt“, sagte ein VKI-Jurist.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die FMA mahnte Anlegerinnen und Anleger, bei Renditeversprechen von mehr als 8 Prozent besonders vorsichtig zu sein.",
        False,
        [("percent", 8, "%", "over")],
        None,
    ),
    # --- Liffey Bank first-quarter update (Reuters), April ---
    (
        "en",
        "DUBLIN, April 21 (Reuters) - Liffey Bank Group on Tuesday raised its full-year income forecast and announced a 300 million euro share buyback after first-quarter lending grew faster than expected.",
        True,
        [("date", "--04-21", None, None), ("money", 300000000, "EUR", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The bank now expects net interest income of 3.3 billion to 3.4 billion euros this year, up from a previous forecast of about 3.2 billion.",
        True,
        [("money", 3300000000, "EUR", None), ("money", 3400000000, "EUR", None), ("money", 3200000000, "EUR", "about")],
        None,
    ),
    (
        "en",
        "New mortgage lending rose 14% to 1.9 billion euros in the three months to March, giving the bank a market share of about 31%.",
        True,
        [
            ("percent", 14, "%", None),
            ("money", 1900000000, "EUR", None),
            ("duration", 3, "month", None),
            ("percent", 31, "%", "about"),
        ],
        None,
    ),
    (
        "en",
        "Its CET1 ratio fell to 15.8% from 16.4% at the end of December after the bank paid out its final dividend.",
        True,
        [("percent", 15.8, "%", None), ("percent", 16.4, "%", None)],
        None,
    ),
    (
        "en",
        "Chief Financial Officer Aoife Brennan-Walsh said about a fifth of the bank's customer deposits were now in term accounts, compared with less than a tenth two years ago.",
        True,
        [("fraction", 0.2, None, "about"), ("fraction", 0.1, None, "under"), ("duration", 2, "year", None)],
        "Aoife Brennan-Walsh",
    ),
    (
        "en",
        '"Irish households are borrowing again, and they are doing it sensibly," Brennan-Walsh said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The state sold its last shares in the bank in 2025, ending 16 years of public ownership that began with a 3.5 billion euro rescue in the financial crisis.",
        True,
        [("year", 2025, None, None), ("duration", 16, "year", None), ("money", 3500000000, "EUR", None)],
        None,
    ),
    ("en", "Whether the bank will return more capital later in the year remains an open question.", False, [], None),
    # --- Hanseatica im ersten Quartal (dpa-AFX), April ---
    (
        "de",
        "HAMBURG (dpa-AFX) - Der Versicherer Hanseatica hat im ersten Quartal trotz hoher Schäden durch Winterstürme mehr verdient als von Analysten erwartet.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Der Überschuss stieg um 9 Prozent auf 418 Millionen Euro, wie der Konzern am Donnerstag mitteilte.",
        True,
        [("percent", 9, "%", None), ("money", 418000000, "EUR", None)],
        "der Konzern",
    ),
    (
        "de",
        "Analysten hatten im Schnitt mit 385 Millionen Euro gerechnet.",
        True,
        [("money", 385000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "In der Schaden- und Unfallsparte kletterte die Combined Ratio auf 96,8 Prozent, von 93,5 Prozent im Vorjahresquartal.",
        True,
        [("percent", 96.8, "%", None), ("percent", 93.5, "%", None)],
        None,
    ),
    (
        "de",
        "Die Stürme „Ylva“ und „Zeno“ kosteten das Unternehmen zusammen rund 210 Millionen Euro.",
        True,
        [("money", 210000000, "EUR", "about")],
        None,
    ),
    ("de", "Die Solvenzquote lag Ende März bei 231 Prozent.", True, [("percent", 231, "%", None)], None),
    (
        "de",
        "Finanzvorständin Kerstin Albrecht-Lüdeke sagte, Hanseatica peile für das Gesamtjahr weiterhin einen Gewinn von 1,5 bis 1,7 Milliarden Euro an.",
        True,
        [("money", 1500000000, "EUR", None), ("money", 1700000000, "EUR", None)],
        "Kerstin Albrecht-Lüdeke",
    ),
    (
        "de",
        "„Wir sind wetterfest aufgestellt, auch wenn das Frühjahr ungemütlich war“, sagte Albrecht-Lüdeke.",
        False,
        [],
        None,
    ),
    # --- Penalty for Pacific Crest Bank (AP), April ---
    (
        "en",
        "WASHINGTON (AP) — Federal regulators on Tuesday fined Pacific Crest Bank $95 million for failing to fix weaknesses in its risk controls that examiners first flagged in 2021.",
        True,
        [("money", 95000000, "USD", None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "The Office of the Comptroller of the Currency imposed a $60 million civil money penalty, and the Federal Reserve added $35 million.",
        True,
        [("money", 60000000, "USD", None), ("money", 35000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The bank must also submit a remediation plan within 90 days and cap its total assets at $310 billion until regulators lift the order, the OCC said.",
        True,
        [("duration", 90, "day", None), ("money", 310000000000, "USD", None)],
        "the OCC",
    ),
    (
        "en",
        "It is the third enforcement action against Pacific Crest since 2022.",
        True,
        [("ordinal", 3, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "The bank has hired more than 1,500 employees in risk and compliance roles over the past two years, it said in a statement.",
        True,
        [("count", 1500, None, "over"), ("duration", 2, "year", None)],
        None,
    ),
    ("en", '"We take these matters seriously and have made substantial progress," the bank said.', False, [], None),
    (
        "en",
        'Senator Elaine Marchetti, a Democrat from Massachusetts, called the penalty "a slap on the wrist for a repeat offender."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Pacific Crest is the country's seventh-largest bank by assets, with about 2,200 branches in 19 states.",
        True,
        [("ordinal", 7, None, None), ("count", 2200, None, "about"), ("count", 19, None, None)],
        None,
    ),
    # --- Sparzinsen nach dem SNB-Entscheid (AWP), April ---
    (
        "de",
        "Zürich (awp) - Nach der Senkung des SNB-Leitzinses auf null Prozent senken mehrere Kantonalbanken die Zinsen auf Sparkonten erneut.",
        True,
        [("percent", 0, "%", None)],
        None,
    ),
    (
        "de",
        "Die Linthbank zahlt auf dem klassischen Sparkonto ab dem 1. Juni noch 0,05 Prozent, nach bisher 0,25 Prozent.",
        True,
        [("date", "--06-01", None, None), ("percent", 0.05, "%", None), ("percent", 0.25, "%", None)],
        None,
    ),
    (
        "de",
        "Für Guthaben über 500'000 Franken verlangt die Bank künftig eine Gebühr von 0,5 Prozent pro Jahr.",
        True,
        [("money", 500000, "CHF", "over"), ("percent", 0.5, "%", None)],
        None,
    ),
    (
        "de",
        "Zehnjährige Festhypotheken sind im Schnitt für 1,38 Prozent zu haben, knapp 0,2 Prozentpunkte weniger als vor einem Monat.",
        True,
        [("duration", 10, "year", None), ("percent", 1.38, "%", None), ("percent", 0.2, "pp", "nearly")],
        None,
    ),
    (
        "de",
        "Die SNB hatte den Leitzins am Donnerstag um 0,25 Prozentpunkte gesenkt, zum dritten Mal in Folge.",
        True,
        [("percent", 0.25, "pp", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Linthbank-Chef Beat Hürlimann sagte, rund 60 Prozent der Kundengelder lägen auf Konten, die keinen oder fast keinen Zins abwerfen.",
        True,
        [("percent", 60, "%", "about")],
        "Beat Hürlimann",
    ),
    (
        "de",
        "Der Reingewinn der Bank sank im ersten Quartal um 4,3 Prozent auf 38,6 Mio. CHF.",
        True,
        [("ordinal", 1, None, None), ("percent", 4.3, "%", None), ("money", 38600000, "CHF", None)],
        None,
    ),
    ("de", "«Der Sparer ist der grosse Verlierer dieser Zinswende», sagte Hürlimann.", False, [], None),
    ("de", "Ob die SNB im Herbst sogar in den negativen Bereich geht, ist unter Ökonomen umstritten.", False, [], None),
    # --- Motor finance compensation scheme (PA), May ---
    (
        "en",
        "LONDON (PA) - Car buyers who were overcharged on finance deals will receive an average of about 700 pounds each under a compensation scheme confirmed by the Financial Conduct Authority on Tuesday.",
        True,
        [("money", 700, "GBP", "about")],
        None,
    ),
    (
        "en",
        "The regulator said around 14 million agreements signed between 2007 and 2024 could qualify, with total payouts expected to reach 9.7 billion pounds.",
        True,
        [
            ("count", 14000000, None, "about"),
            ("year", 2007, None, None),
            ("year", 2024, None, None),
            ("money", 9700000000, "GBP", None),
        ],
        "the regulator",
    ),
    (
        "en",
        "Around two-thirds of the agreements involved commission arrangements that let dealers set the interest rate.",
        True,
        [("fraction", 0.6667, None, "about")],
        None,
    ),
    (
        "en",
        "Lenders will have to contact eligible customers by 30 June 2028 and pay out within eight weeks of a claim being accepted.",
        True,
        [("date", "2028-06-30", None, None), ("duration", 8, "week", None)],
        None,
    ),
    (
        "en",
        "Including interest, the total cost to the industry could rise to 11.5 billion pounds.",
        True,
        [("money", 11500000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Northway Bank, the biggest lender in the market, has already set aside 1.6 billion pounds to cover claims.",
        True,
        [("money", 1600000000, "GBP", None)],
        None,
    ),
    (
        "en",
        '"This draws a line under years of uncertainty for consumers and firms alike," FCA chief executive Simon Ashworth-Lane said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Consumer campaigners said the payouts were too low to make up for years of hidden commissions.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Claims management firms will be barred from charging more than 30% of any payout.",
        True,
        [("percent", 30, "%", "over")],
        None,
    ),
    # --- Hagelschäden in der Steiermark (APA), Mai ---
    (
        "de",
        "Graz (APA) - Die dreitägige Unwetterserie hat in der Steiermark und im Burgenland landwirtschaftliche Schäden von rund 14 Mio. Euro verursacht.",
        True,
        [("duration", 3, "day", None), ("money", 14000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Betroffen seien knapp 9.000 Hektar Agrarfläche, vor allem Obst- und Weingärten, teilte die Österreichische Hagelversicherung am Montag mit.",
        True,
        [("count", 9000, None, "nearly")],
        "die Österreichische Hagelversicherung",
    ),
    (
        "de",
        "Hagelkörner mit bis zu fünf Zentimetern Durchmesser zerstörten in der Südoststeiermark in manchen Anlagen drei Viertel der Apfelernte.",
        True,
        [("count", 5, None, "up_to"), ("fraction", 0.75, None, None)],
        None,
    ),
    (
        "de",
        "Bei den Gebäude- und Kfz-Versicherern gingen bis Montagmittag mehr als 6.500 Schadensmeldungen ein, wie der Versicherungsverband VVO mitteilte.",
        True,
        [("count", 6500, None, "over")],
        None,
    ),
    (
        "de",
        "Den versicherten Gesamtschaden schätzt der Verband auf 40 bis 50 Mio. Euro.",
        True,
        [("money", 40000000, "EUR", None), ("money", 50000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Es ist bereits das vierte schwere Hagelereignis in Österreich in dieser Saison.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Kammerpräsident Josef Hirschmugl sagte, nur etwa 60 Prozent der steirischen Obstflächen seien gegen Hagel versichert.",
        True,
        [("percent", 60, "%", "about")],
        "Josef Hirschmugl",
    ),
    (
        "de",
        "„Ein Jahr Arbeit ist in zehn Minuten kaputtgegangen“, sagte ein Obstbauer aus Gleisdorf.",
        False,
        [("duration", 10, "minute", None)],
        None,
    ),
    (
        "de",
        "Das Land Steiermark kündigte an, betroffenen Betrieben mit Mitteln aus dem Katastrophenfonds zu helfen.",
        True,
        [],
        None,
    ),
    # --- Asahigawa annual results (Reuters), May ---
    (
        "en",
        "TOKYO, May 12 (Reuters) - Asahigawa Financial Group posted a record annual net profit of 1.42 trillion yen ($9.4 billion) on Monday, helped by higher domestic interest rates.",
        True,
        [("date", "--05-12", None, None), ("money", 1420000000000, "JPY", None), ("money", 9400000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Profit for the year ended March 31 rose 18% and beat the 1.36 trillion yen average estimate of 14 analysts polled by LSEG.",
        True,
        [
            ("date", "--03-31", None, None),
            ("percent", 18, "%", None),
            ("money", 1360000000000, "JPY", None),
            ("count", 14, None, None),
        ],
        None,
    ),
    (
        "en",
        "The bank forecast net profit of 1.6 trillion yen for the current financial year and raised its annual dividend to 140 yen per share from 110 yen.",
        True,
        [("money", 1600000000000, "JPY", None), ("money", 140, "JPY", None), ("money", 110, "JPY", None)],
        None,
    ),
    (
        "en",
        "It also announced a buyback of up to 200 billion yen, or about 1.5% of its outstanding shares.",
        True,
        [("money", 200000000000, "JPY", "up_to"), ("percent", 1.5, "%", "about")],
        None,
    ),
    (
        "en",
        "President Kenta Ishiguro said at a news conference that each 0.25-percentage-point rise in rates would add about 80 billion yen to annual net interest income.",
        True,
        [("percent", 0.25, "pp", None), ("money", 80000000000, "JPY", "about")],
        "Kenta Ishiguro",
    ),
    (
        "en",
        '"The era of free money in Japan is over, and our customers understand that," Ishiguro said.',
        False,
        [],
        None,
    ),
    ("en", "Whether the central bank will raise rates again before the summer remains unclear.", False, [], None),
    (
        "en",
        "Shares in Asahigawa have risen about 40% over the past 12 months, outpacing the Topix banks index.",
        True,
        [("percent", 40, "%", "about"), ("duration", 12, "month", None)],
        None,
    ),
    ("en", "Analysts at Sendai Securities said the forecast looked conservative.", False, [], None),
    # --- Sparkassen-Bilanz (dpa), Mai ---
    (
        "de",
        "Berlin (dpa) - Der Gewinn der deutschen Sparkassen vor Steuern ist 2026 um knapp ein Zehntel auf 11,8 Milliarden Euro geschrumpft.",
        True,
        [("year", 2026, None, None), ("fraction", 0.1, None, "nearly"), ("money", 11800000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Kundeneinlagen stiegen um 2,7 Prozent auf 1,26 Billionen Euro, wie aus der am Dienstag vorgelegten Bilanz des Deutschen Sparkassen- und Giroverbands (DSGV) hervorgeht.",
        True,
        [("percent", 2.7, "%", None), ("money", 1260000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Durch Fusionen sank die Zahl der Sparkassen auf 331, nach 343 im Vorjahr.",
        True,
        [("count", 331, None, None), ("count", 343, None, None)],
        None,
    ),
    (
        "de",
        "Neue Wohnungsbaukredite summierten sich auf 43 Milliarden Euro, ein Plus von fast einem Fünftel.",
        True,
        [("money", 43000000000, "EUR", None), ("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "de",
        "DSGV-Präsident Helmut Schierholz sagte, die Sparkassen zahlten ihren Kundinnen und Kunden für Einlagen im Schnitt 0,9 Prozent.",
        True,
        [("percent", 0.9, "%", None)],
        "Helmut Schierholz",
    ),
    ("de", "„Die Sparkassen sind der Stabilitätsanker der deutschen Wirtschaft“, sagte Schierholz.", False, [], None),
    (
        "de",
        "Jede vierte der verbliebenen Filialen öffnet nur noch stundenweise.",
        True,
        [("fraction", 0.25, None, None)],
        None,
    ),
    (
        "de",
        "Verbraucherschützer kritisieren, dass viele Sparkassen die Zinswende nur zögerlich an die Sparer weitergegeben hätten.",
        False,
        [],
        None,
    ),
    # --- Hailstorm in North Texas (AP), May ---
    (
        "en",
        "DALLAS (AP) — A hailstorm that pounded the Dallas-Fort Worth area with stones as big as softballs caused an estimated $2.1 billion in insured damage, according to catastrophe modeling firm Stormline Analytics.",
        True,
        [("money", 2100000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "The Insurance Council of Texas said policyholders had filed more than 120,000 claims for damaged roofs, windows and vehicles since Sunday's storm.",
        True,
        [("count", 120000, None, "over")],
        None,
    ),
    (
        "en",
        "Hailstones up to 4.5 inches across fell for about 20 minutes in Arlington, the National Weather Service said.",
        True,
        [("count", 4.5, None, "up_to"), ("duration", 20, "minute", "about")],
        None,
    ),
    (
        "en",
        "It was the costliest hailstorm in Texas since 2023 and the second in the region in five weeks.",
        True,
        [("year", 2023, None, None), ("ordinal", 2, None, None), ("duration", 5, "week", None)],
        None,
    ),
    (
        "en",
        "Texas Insurance Commissioner Ramona Ybarra said about a third of homeowners in the hardest-hit ZIP codes had deductibles of at least 2% of their home's insured value.",
        True,
        [("fraction", 0.3333, None, "about"), ("percent", 2, "%", "at_least")],
        "Ramona Ybarra",
    ),
    (
        "en",
        '"Thirty-one years in this house and I never saw hail like that," said Jerry Pocock, 67, pointing at the holes in his roof.',
        False,
        [("duration", 31, "year", None), ("duration", 67, "year", None)],
        None,
    ),
    (
        "en",
        "Average homeowners premiums in Texas have risen 43% since 2022, according to the state's insurance department.",
        True,
        [("percent", 43, "%", None), ("year", 2022, None, None)],
        None,
    ),
    ("en", "Some insurers have stopped writing new policies in parts of North Texas, agents said.", True, [], None),
    ("en", "Whether lawmakers will revisit the state's rules on roof claims this session is unclear.", False, [], None),
    # --- Sicherungseinrichtung stützt Volksbank (dpa), Mai ---
    (
        "de",
        "Münster (dpa) - Die Sicherungseinrichtung der Volks- und Raiffeisenbanken stützt die in Schieflage geratene Volksbank Emsaue mit bis zu 480 Millionen Euro.",
        True,
        [("money", 480000000, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "Die Genossenschaftsbank hatte bei Krediten an Bauträger Wertberichtigungen von rund 310 Millionen Euro vornehmen müssen, teilte der Bundesverband der Volks- und Raiffeisenbanken (BVR) mit.",
        True,
        [("money", 310000000, "EUR", "about")],
        "der Bundesverband der Volks- und Raiffeisenbanken",
    ),
    (
        "de",
        "Die Einlagen der rund 118.000 Kundinnen und Kunden seien zu jeder Zeit vollständig geschützt gewesen, hieß es.",
        True,
        [("count", 118000, None, "about")],
        None,
    ),
    (
        "de",
        "Die gesetzliche Einlagensicherung deckt Guthaben von bis zu 100.000 Euro je Kunde ab.",
        True,
        [("money", 100000, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "Drei Vorstandsmitglieder sind zurückgetreten, gegen zwei von ihnen ermittelt die Staatsanwaltschaft Münster wegen des Verdachts der Untreue.",
        True,
        [("count", 3, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Bank soll bis Mitte 2028 mit der benachbarten Volksbank Hünteberg fusionieren.",
        True,
        [("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "BVR-Vorstand Tanja Mühlenkamp sagte, es sei der erste Stützungsfall dieser Größenordnung seit mehr als zehn Jahren.",
        True,
        [("ordinal", 1, None, None), ("duration", 10, "year", "over")],
        "Tanja Mühlenkamp",
    ),
    ("de", "„Das Sicherungssystem hat genau so funktioniert, wie es soll“, sagte Mühlenkamp.", False, [], None),
    ("de", "Viele Mitglieder fürchten, dass ihre Genossenschaftsanteile deutlich an Wert verlieren.", False, [], None),
    # --- Dominion Lakes second quarter (Reuters), May ---
    (
        "en",
        "TORONTO, May 21 (Reuters) - Dominion Lakes Bank, Canada's fourth-biggest lender, set aside more money for bad loans in its second quarter as U.S. tariffs weighed on business borrowers, sending its profit down 7%.",
        True,
        [
            ("date", "--05-21", None, None),
            ("ordinal", 4, None, None),
            ("ordinal", 2, None, None),
            ("percent", 7, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Provisions for credit losses rose to C$1.12 billion ($810 million) from C$870 million a year earlier.",
        True,
        [("money", 1120000000, "CAD", None), ("money", 810000000, "USD", None), ("money", 870000000, "CAD", None)],
        None,
    ),
    (
        "en",
        "Adjusted earnings were C$1.98 per share, below analysts' average estimate of C$2.07, according to LSEG data.",
        True,
        [("money", 1.98, "CAD", None), ("money", 2.07, "CAD", None)],
        None,
    ),
    (
        "en",
        "The bank's CET1 ratio was 13.2%, comfortably above the 11.5% minimum set by the Office of the Superintendent of Financial Institutions.",
        True,
        [("percent", 13.2, "%", None), ("percent", 11.5, "%", None)],
        None,
    ),
    (
        "en",
        "Impaired loans now make up 0.71% of its loan book, the highest share since 2015.",
        True,
        [("percent", 0.71, "%", None), ("year", 2015, None, None)],
        None,
    ),
    (
        "en",
        "Chief Risk Officer Nathalie Gagnon-Roy said the bank had added 140 specialists to its loan-workout team and expected provisions to peak in the fourth quarter.",
        True,
        [("count", 140, None, None), ("ordinal", 4, None, None)],
        "Nathalie Gagnon-Roy",
    ),
    ("en", '"We are being prudent, not pessimistic," Gagnon-Roy said.', False, [], None),
    (
        "en",
        "Dominion Lakes also raised its quarterly dividend by 3 Canadian cents to C$1.55 a share.",
        True,
        [("money", 0.03, "CAD", None), ("money", 1.55, "CAD", None)],
        None,
    ),
    # --- Finanzmarktstabilitätsbericht der OeNB (APA), Mai ---
    (
        "de",
        "Wien (APA) - Österreichs Banken haben 2026 einen Nettogewinn von 12,4 Mrd. Euro erwirtschaftet, um knapp 6 Prozent weniger als im Jahr davor.",
        True,
        [("year", 2026, None, None), ("money", 12400000000, "EUR", None), ("percent", 6, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Die durchschnittliche harte Kernkapitalquote lag Ende 2026 bei 17,9 Prozent, wie die Oesterreichische Nationalbank (OeNB) am Mittwoch mitteilte.",
        True,
        [("year", 2026, None, None), ("percent", 17.9, "%", None)],
        "die Oesterreichische Nationalbank",
    ),
    (
        "de",
        "Der Anteil notleidender Kredite an Gewerbeimmobilienfirmen stieg binnen Jahresfrist von 4,1 auf 6,3 Prozent.",
        True,
        [("percent", 4.1, "%", None), ("percent", 6.3, "%", None)],
        None,
    ),
    (
        "de",
        "Die Banken schütteten für 2026 rund 4,6 Mrd. Euro an ihre Eigentümer aus, gut ein Drittel des Gewinns.",
        True,
        [("year", 2026, None, None), ("money", 4600000000, "EUR", "about"), ("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "de",
        "OeNB-Vizegouverneurin Edith Marschall mahnte die Banken, bei Dividenden Zurückhaltung zu üben.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Marschall sagte, die Zinsmarge der Institute sei im Vorjahr von 2,4 auf 2,1 Prozent geschrumpft.",
        True,
        [("percent", 2.4, "%", None), ("percent", 2.1, "%", None)],
        "Marschall",
    ),
    (
        "de",
        "Seit die KIM-Verordnung für Wohnkredite Mitte 2025 ausgelaufen ist, hat das Neugeschäft um 28 Prozent zugelegt.",
        True,
        [("year", 2025, None, None), ("percent", 28, "%", None)],
        None,
    ),
    (
        "de",
        "„Die Zeit der Rekordgewinne geht zu Ende, jetzt zeigt sich, wer vorgesorgt hat“, sagte Marschall.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ende 2026 waren in Österreich rund 320 Banken tätig, 14 weniger als ein Jahr zuvor.",
        True,
        [("year", 2026, None, None), ("count", 320, None, "about"), ("count", 14, None, None)],
        None,
    ),
    # --- Holme Valley Building Society results (PA), May ---
    (
        "en",
        "HUDDERSFIELD (PA) - Holme Valley Building Society paid its savers an average rate of 3.62% last year, 0.8 percentage points above the market average, the society said.",
        True,
        [("percent", 3.62, "%", None), ("percent", 0.8, "pp", None)],
        "the society",
    ),
    (
        "en",
        "Underlying pre-tax profit fell 12% to £148.6m, while mortgage balances grew 4.1% to £21.3bn.",
        True,
        [
            ("percent", 12, "%", None),
            ("money", 148600000, "GBP", None),
            ("percent", 4.1, "%", None),
            ("money", 21300000000, "GBP", None),
        ],
        None,
    ),
    (
        "en",
        "The mutual handed £94m back to members through better rates and a 100-pound loyalty payment to about 1.1 million of them.",
        True,
        [("money", 94000000, "GBP", None), ("money", 100, "GBP", None), ("count", 1100000, None, "about")],
        None,
    ),
    (
        "en",
        "Its leverage ratio stood at 6.4%, well above the 3.25% required by the Prudential Regulation Authority.",
        True,
        [("percent", 6.4, "%", None), ("percent", 3.25, "%", None)],
        None,
    ),
    (
        "en",
        "Chief executive Rachel Ormondroyd said one in four first-time buyers who borrowed from the society last year had a deposit of less than 10%.",
        True,
        [("fraction", 0.25, None, None), ("percent", 10, "%", "under")],
        "Rachel Ormondroyd",
    ),
    ("en", '"Being a mutual means we can think in decades, not quarters," Ormondroyd said.', False, [], None),
    (
        "en",
        "The society will keep all 42 of its branches open until at least 2029.",
        True,
        [("count", 42, None, None), ("year", 2029, None, "at_least")],
        None,
    ),
    (
        "en",
        "Banks and building societies have shut more than 6,000 branches across the UK since 2015, according to figures compiled by a consumer group.",
        True,
        [("count", 6000, None, "over"), ("year", 2015, None, None)],
        None,
    ),
    (
        "en",
        "Whether the society can hold its savings rates if the Bank of England keeps cutting is uncertain.",
        False,
        [],
        None,
    ),
    # --- Unwetterschäden in Graubünden (Keystone-SDA), Mai ---
    (
        "de",
        "Chur (Keystone-SDA) - Die Unwetter von Mitte Mai haben im Kanton Graubünden Gebäudeschäden von rund 85 Millionen Franken angerichtet.",
        True,
        [("money", 85000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Bei der kantonalen Gebäudeversicherung gingen bis Dienstag über 4200 Schadenmeldungen ein, wie diese mitteilte.",
        True,
        [("count", 4200, None, "over")],
        None,
    ),
    (
        "de",
        "Das ist fast doppelt so viel wie in einem durchschnittlichen ganzen Jahr.",
        True,
        [("count", 2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Am stärksten betroffen ist das Prättigau, wo ein Murgang in der Nacht auf Sonntag 14 Häuser zerstörte und 160 Menschen evakuiert werden mussten.",
        True,
        [("count", 14, None, None), ("count", 160, None, None)],
        None,
    ),
    (
        "de",
        "Direktor Markus Casutt sagte, die Versicherung könne die Schäden aus ihren Reserven von 1,1 Milliarden Franken decken.",
        True,
        [("money", 1100000000, "CHF", None)],
        "Markus Casutt",
    ),
    ("de", "«Solche Ereignisse werden wir künftig öfter sehen», sagte Casutt.", False, [], None),
    (
        "de",
        "Hinzu kommen Schäden an Fahrzeugen und Hausrat, die der Schweizerische Versicherungsverband (SVV) auf weitere 30 Millionen Franken schätzt.",
        True,
        [("money", 30000000, "CHF", None)],
        None,
    ),
    ("de", "Ob der Kanton die Gefahrenkarten für das Tal überarbeiten muss, wird derzeit geprüft.", False, [], None),
    # --- SEC recordkeeping fines (Reuters), May ---
    (
        "en",
        "WASHINGTON, May 28 (Reuters) - The U.S. Securities and Exchange Commission fined 11 broker-dealers and investment advisers a combined $142 million on Thursday for failing to preserve employees' text messages.",
        True,
        [("date", "--05-28", None, None), ("count", 11, None, None), ("money", 142000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The largest penalty, $40 million, went to Brookline Harris Securities.",
        True,
        [("money", 40000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Staff at the firms used WhatsApp and other messaging apps to discuss trades on personal phones from at least 2020, according to the SEC's orders.",
        True,
        [("year", 2020, None, "at_least")],
        None,
    ),
    (
        "en",
        "Three of the firms reported themselves and paid reduced penalties, the agency added.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Since late 2021 the SEC has collected more than $2.6 billion in such recordkeeping fines from about 90 firms.",
        True,
        [("year", 2021, None, None), ("money", 2600000000, "USD", "over"), ("count", 90, None, "about")],
        None,
    ),
    (
        "en",
        "Commissioner Paula Renner-Kaye said in a dissent that the penalties bore no relation to any harm suffered by investors.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Brookline Harris said it had upgraded its systems and disciplined two dozen employees.",
        True,
        [("count", 24, None, None)],
        "Brookline Harris",
    ),
    ("en", "The firms neither admitted nor denied the findings.", True, [], None),
]
