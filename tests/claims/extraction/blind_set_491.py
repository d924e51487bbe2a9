"""Four-hundred-and-ninety-first blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: government offices appear only by role („Die
Sozialministerin“, "The Treasury", "the government", "the consumer watchdog"), and the
heads, statisticians, economists, experts and spokespeople of real bodies appear under
made-up names that stand for no real holder.

Names: Moira Castlebeck (StepChange's chief executive), Gerlinde Haidvogl (a consumer
protection expert of the Arbeiterkammer), Wilbur Hennessey-Vance (an economist at the New
York Fed), Corinne Zbinden-Tschopp (a BFS statistician), Harriet Okonjo-Leigh (Which?'s
retail editor), Jonas Lemberger (a Verivox finance expert), Orla Kinsella-Byrne (a MABS
spokeswoman), Friederike Aschenbrenner (an economist of the Bankenverband), Celine
Abernethy-Pratt (Finder's money expert), Ernst Pichlmayr-Wendl (director of the Volkshilfe),
Henriette Kaltenbrunner (director general of Statistik Austria), Lorcan Fairbairn-Hale (a
policy analyst at the Resolution Foundation), Reinhold Bachhuber (a consumer expert of the
NIM), Gregoire Lachance-Whitby (president of MNP), Seraina Caflisch-Mettler (Comparis's
health insurance expert), Priya Ramaswamy-Cole (chief U.S. economist at Harborline
Securities, a made-up firm), Ursula Feldhaus-Brink (president of the Mieterbund), Marisol
Everhart-Quinn (a vice president of the NRF), Veronika Strohmaier (an education expert of
the AK), Alistair Pennington-Rowe (the FCA's director of consumer policy), Annegret
Hollmichel (a consumer advocate in Hamburg), Declan Moriarty-Shiels (bonkers.ie's head of
communications), Brigitte Hochleitner-Sauer (managing director of the ASB), Bronwyn
Hatherley-Moss (Canstar Blue's editor-at-large), Mirjam Stäubli-Rüegg (managing director of
Schuldenberatung Schweiz), Raymond Tolliver-Banks (the AFBF's chief economist), Matthias
Quernheim (a retail expert of EY), Gwendolyn Ashcroft-Pryce (a deputy director of the ONS)
and Ellis Marchbanks-Tate (Which?'s consumer champion); the supermarket chains Frugalmart
and Whitcombe's; every unnamed counsellor in Kassel, cantonal budget adviser, spokesman of
the Mietervereinigung, shopper and economist. Real bodies, firms, surveys, media and places
("dpa", "APA", "Keystone-SDA", "sda", "Reuters", "Statistisches Bundesamt", "Destatis",
"Verbraucherzentralen", „Verbraucherzentrale Hamburg“, „Verbraucherzentrale Bundesverband“,
"vzbv", "Arbeiterkammer", "AK", "Handelsverband", "Handelsverband HDE", "Bundesamt für
Statistik", "BFS", „Budgetberatung Schweiz“, "Verivox", „Deutsche Kreditwirtschaft“,
"Bundesbank", "Bankenverband", "Statistik Austria", "EU-SILC", "Volkshilfe", "GfK", "NIM",
"Comparis", „Bundesamt für Gesundheit“, „Deutscher Mieterbund“, „Haus & Grund“,
"Lebensmittelverband", "ASB", „Dachverband Schuldenberatung Schweiz“, "Nationalrat", "EY",
"Mietervereinigung", Wiesbaden, Kassel, Wien, München, Neuenburg, Frankfurt/Main, Nürnberg,
Zürich, Berlin, Hamburg, Bern, Düsseldorf; PA, AP, AAP, CP, StepChange, YouGov, Which?,
Worldpanel, the Federal Reserve Bank of New York, the New York Fed, the Central Statistics
Office, the CSO, the Money Advice and Budgeting Service, MABS, Finder, Roy Morgan, the
Reserve Bank, the Office for National Statistics, the ONS, the Resolution Foundation, the
Treasury, Statistics Canada, Ipsos, MNP, the Bank of Canada, the Commerce Department, the
National Retail Federation, the NRF, the Financial Conduct Authority, the FCA, Central Bank
of Ireland, bonkers.ie, the European Central Bank, Canstar Blue, the American Farm Bureau
Federation, the AFBF, the Labor Department, the Money and Pensions Service, Ontario,
Arlington, Puerto Rico, and the datelines' cities) stand for the way wire copy names them;
every price, bill, debt, rate, share, sample, ranking and quote here is invented, and where
a real figure came to mind (a real saving ratio, a real overdraft rate, a real average debt
of counselled people, a real poverty threshold and deprivation rate, a real back-to-school
budget, a real debt-to-income ratio, a real total of Irish deposits, a real number of adults
in financial difficulty, a real Christmas sales forecast, a real fuel allowance payment, a
real cash rate) it was changed.

Its weight: HOUSEHOLD FINANCES, PRICES AND CONSUMER SURVEYS - the first round under this
heading (the fifty-fourth, hundred-seventy-third, two-hundred-and-forty-second,
two-hundred-and-eightieth, three-hundred-and-eighty-third and four-hundred-and-seventeenth
batches weighed consumer prices, food prices, retail and inflation data, the
three-hundred-and-seventeenth and four-hundred-and-forty-eighth energy prices and household
bills, the hundred-thirty-fourth opinion polls and surveys, the hundred-thirteenth,
three-hundred-and-nineteenth and four-hundred-and-fortieth consumer protection, and the
hundred-eightieth pensions, social benefits and the welfare state; their decisions are kept)
- over one made-up year in story order, January to December, as 30 short stories with the
German and English ones interleaved by month, each told as wire copy runs it (a dateline
lead with the headline figure, the source or the survey, the figures behind it, the
advisers', statisticians' and economists' attributed lines, quotes, advice and the other
side). Half German (dpa, APA, Keystone-SDA, Reuters German; Austrian „Jänner“, „heuer“,
„Geldbörsls“, „Pensionistenhaushalte“, „Schulstufe“, Swiss „7384 Franken“, „10'418 Franken“,
„78'600 Franken“, „1'046 Personen“, „gemäss“, „innert Jahresfrist“, „tiefem“, «» quotes,
German „“ quotes): debt counselling in Germany, the AK's price monitor in Vienna („kostet
... nun 2,49 statt 1,99 Euro“), the Swiss household budget survey, overdraft rates with
Verivox, the German saving ratio with a Bankenverband survey, EU-SILC in Austria, the
GfK/NIM Konsumklima with the Sparneigung, a Comparis survey on health premiums, the
Mieterbund's Betriebskostenspiegel, the AK's back-to-school costs, shrunken packs at the
Verbraucherzentrale Hamburg, the Austrian debt counsellors' report, Schuldenberatung Schweiz
on tax debts, a Christmas budget survey and Austria's Konsumerhebung. Half English (Reuters
with dated datelines, PA, AP, AAP, CP; US, UK, Irish, Australian and Canadian usage: "per
cent", "A$", "€9,840", "79p", "centerpiece", "stabilised", "the fall"): Christmas borrowing
with StepChange ("Two in five adults"), the New York Fed's household debt report, Which?'s
supermarket comparison, deprivation and debt advice in Ireland, mortgage stress in
Australia, the ONS cost of living survey, Canada's debt-to-income ratio and an Ipsos poll,
U.S. spending and the saving rate, back-to-school budgets, the FCA's Financial Lives survey,
Irish deposits and switching, grocery budgets in Australia, the cost of a Thanksgiving
dinner, a Christmas dinner comparison and the UK saving ratio. Speakers as such copy has
them: „X sagte, ...“ and „sagte X“ with the title dropped, the surname opening a later row,
„teilte ... mit“, „wie ... mitteilte“, „laut AK“; "X said", "said X", "Which? said",
"Statistics Canada said Friday", "the Commerce Department said on Friday"; beside them the
forms left unchecked (surveys, polls and reports as sources, data and figures, descriptions
before a name, compounds, masculine genitives, plural groups, roles, estimating and
demanding verbs, „gemäss“ and every "according to"). Figures as such copy has them: bills,
budgets and spending per week, month, year, child and household, prices and price
comparisons with „statt“, "against" and "up from", pence, Swiss francs with and without the
apostrophe, Irish euros, Canadian dollars after a bare "$", A$, debts and deposits in
billions and trillions, saving ratios and rates in percent and a move in percentage points,
a cap in percentage points, index levels in „Zähler“ and „Punkte“ with "minus", survey
samples, fieldwork dates, shares in words („jeder Dritte“, „Gut jeder vierte Haushalt“,
„jede siebte Familie“, "Two in five adults", "one in 12", "fewer than one in 10", "almost
two-thirds"), ages and age bands, pack sizes, multiples („dem 28-Fachen“, "more than
double"), ranks and runs, hedges, years and dates. Negatives as such copy has them - 58
rows, none with a figure: advice of consumer advice centres, debt counsellors, charities and
comparison portals, labels, a denial, a verdict with „hält ... für“, hopes, warnings and
group views without a measure, blame, vows and spin, a demand naming no measure, open
questions, advisers', economists' and statisticians' rhetoric in quotes, and two vox pops
without a figure, each near a check-worthy look-alike from the same story (most often from
the same speaker).

244 rows (121 German, 123 English), 58 negatives (28 German, 30 English), 186 check-worthy
rows of which 13 carry no figure (9 German, 4 English), 311 expected quantities (87
percentages - 85 in "%", 2 in percentage points "pp" -, 70 amounts of money - 31 EUR, 13
USD, 12 GBP, 5 CHF, 5 AUD, 4 CAD -, 64 counts, 30 durations - 17 in years, 9 in months, 3 in
weeks, 1 in days -, 24 fractions, 17 dates - none with a year, 17 without -, 13 ordinals, 6
years; none of them in a negative), 36 checked speakers (17 German, 19 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised, punctuation both dropped and read as a space) were reworded before the commit;
none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported fact,
  figure, finding, stated cause, forecast with a figure or demand naming its measure is
  check-worthy with the speaker its own attribution gives, also in Konjunktiv I; quoted or
  reported labels, rhetoric, advice, appeals, hopes, warnings and views without a measure,
  blame naming no act, vows, spin, a denial, a verdict, open questions and vox pops without
  a figure are negatives with speaker None, also with a named speaker and an office
  (seventh, ninety-eighth, hundred-seventy-third, two-hundred-and-eightieth,
  three-hundred-and-eighty-third, four-hundred-and-seventeenth,
  four-hundred-and-forty-eighth). Pairs from one speaker: Castlebeck's 9,400 calls beside
  "Nobody should have to choose ..."; Haidvogl's 17 Prozent beside „... zur Zitterpartie“;
  Hennessey-Vance's 2.3 million beside "the cushion is getting thinner"; Okonjo-Leigh's
  £14.02 beside "a maze of member-only deals"; Lemberger's 225 Euro beside „... eine
  Notlösung“; Aschenbrenner's 17 and 26 Prozent beside „aus Angst, nicht aus Zuversicht“;
  Abernethy-Pratt's one in four beside "cutting back on everything ..."; Bachhuber's 5,3
  Punkte beside „... bleibt das Geld auf dem Konto“; Lachance-Whitby's 11 per cent beside
  "running out of room ..."; Caflisch-Mettler's 412 Franken beside «... schlicht am Limit»;
  Ramaswamy-Cole's 4% beside "not a recipe for a durable expansion"; Feldhaus-Brink's „fast
  jeder dritte Mieterhaushalt“ beside „... Kostenfalle“; Everhart-Quinn's 58% beside "every
  dollar they spend"; Strohmaier's „jede siebte Familie“ beside „... Geldbörsls“;
  Pennington-Rowe's three months beside "impossible choices"; Hollmichel's finding beside
  „Verbrauchertäuschung mit System“; Moriarty-Shiels's one in 10 beside "famously loyal";
  Hochleitner-Sauer's 1.900 beside „... Schuldenspirale ...“; Stäubli-Rüegg's 9 Prozent
  beside «Das System bestraft ...»; Tolliver-Banks's 7% beside "a real bargain"; Quernheim's
  „fast jeder Zweite“ beside „Der Gabentisch wird kleiner ...“. Kinsella-Byrne,
  Pichlmayr-Wendl, Fairbairn-Hale, Hatherley-Moss and Marchbanks-Tate are heard only in
  negatives.
- The weight's negatives. Advice of consumer advice centres, debt counsellors, charities,
  comparison portals and associations names no checkable fact (hundred-thirteenth,
  two-hundred-and-forty-second, three-hundred-and-eighty-third,
  four-hundred-and-seventeenth): „Die Verbraucherzentralen raten ...“, „Die Budgetberatung
  Schweiz rät ...“, „Der Mieterbund rät ...“, „Comparis rät ...“, „Die Schuldenberatungen
  raten ...“, "The charity urged ...", "Which? urged ...", "Consumer advocates urged ..."
  (twice), "The service urged ...". Beside them: a label („wies die Kritik als
  „Milchmädchenrechnung“ zurück“), a denial without a reason („Der Lebensmittelverband wies
  den Vorwurf der Täuschung zurück.“; hundred-seventy-third), a verdict with „hält ... für“
  („Die Deutsche Kreditwirtschaft hält einen solchen Deckel für unnötig.“; ninety-eighth),
  hopes („Der Handel hofft ...“, "Retailers hope ..."), a warning and group views without a
  measure ("Some economists warned ...", "Economists said the figures suggested ...", "Some
  economists said households were likely to remain cautious ...", "Consumer groups said
  supermarket loyalty schemes made it hard ..."; four-hundred-and-seventeenth: "Consumer
  groups said the weekly shop still felt ..."), blame naming no act ("Opposition parties
  accused the government of leaving ..."; four-hundred-and-forty-eighth), a vow naming no
  step („kündigte an, die Sozialhilfe „treffsicherer“ machen zu wollen“, "The Treasury said
  it remained focused on ..."; two-hundred-and-eightieth), spin ("The Treasury said the
  figures showed its plan ... was working"; hundred-thirty-fourth), a demand naming no
  measure ("said the regulator should go further"; three-hundred-and-eighty-third), open
  questions („Ob der Nationalrat ...“, „Ob die Haushalte ...“, "It was not immediately clear
  whether ..."), and two vox pops without a figure (a shopper in Düsseldorf, shoppers in
  Arlington; two-hundred-and-eightieth). Their look-alikes are check-worthy: demands naming
  a measure, the speaker None where the verb is no verb of saying („Der Verbraucherzentrale
  Bundesverband (vzbv) fordert, den Dispozins ... auf höchstens acht Prozentpunkte über dem
  Leitzins zu begrenzen“ 8 "pp" "at_most", „Die Verbraucherzentrale fordert, dass Hersteller
  ... mindestens sechs Monate lang ... kennzeichnen müssen“, „Die AK fordert einen
  Schulstartbonus von 150 Euro ...“, and without a figure „Der Verband fordert, dass die
  Steuern ... direkt vom Lohn abgezogen werden“; three-hundred-and-eighty-third,
  four-hundred-and-forty-eighth) and a stated cause from the side that sets the price („Der
  Eigentümerverband Haus & Grund verwies darauf, dass die Vermieter die gestiegenen Kosten
  ... lediglich weitergäben.“; four-hundred-and-forty-eighth).
- Check-worthy without a figure (13 rows; hundred-thirty-fourth,
  three-hundred-and-eighty-third, four-hundred-and-seventeenth,
  four-hundred-and-forty-eighth): stated sources („Das zeigt die jüngste
  Haushaltsbudgeterhebung des Bundesamts für Statistik (BFS).“, „Das geht aus der Erhebung
  EU-SILC der Statistik Austria hervor, ...“, „Das zeigt die Jahresstatistik des
  Dachverbands Schuldenberatung Schweiz, ...“; „heuer“ and „am Dienstag“ none), leads
  stating a move or a fact („Die Kauflust der Deutschen hat im Mai überraschend spürbar
  nachgelassen.“, „Steuerschulden sind in der Schweiz der häufigste Grund, ...“ -
  „häufigste“ none), stated causes and findings (the statisticians' „Hauptauslöser der
  Überschuldung ...“ with the plural source unchecked, Hollmichel's discount own-labels,
  "Card balances typically climb at the end of the year, ..."), method lines ("The Opinions
  and Lifestyle Survey is run online and by telephone ...", "The survey's menu covers
  turkey, stuffing, ..."; "a vegetable tray" none), a market fact ("The pound hardly reacted
  to the data in early London trading."; three-hundred-and-eighty-third: "The pound barely
  moved ..."), the Verband's demand and Haus & Grund's cause (above).
- Surveys (forty-first, hundred-thirty-fourth, four-hundred-and-seventeenth): a share of
  respondents is a measured fact and check-worthy, the speaker unchecked where the survey is
  the source ("a survey for debt charity StepChange has found", "The poll of 2,047 adults,
  carried out by YouGov ..., found", „Einer Umfrage des Bankenverbands zufolge“, „Laut einer
  Umfrage der Bundesbank“, "a survey by comparison site Finder has found", "The survey of
  1,064 respondents found", "The survey found", "A separate Ipsos poll for insolvency firm
  MNP found", „Das zeigt eine repräsentative Umfrage des Vergleichsdienstes Comparis“,
  „gemäss der Umfrage“ - four-hundred-and-fourth: „gemäss“ before a source left open -,
  "according to the National Retail Federation's annual survey", „Das ergab eine Erhebung
  der Arbeiterkammer“, "the Financial Conduct Authority's Financial Lives study has found",
  "according to a survey by comparison site Canstar Blue", „Das ergab eine repräsentative
  Umfrage der Beratungsgesellschaft EY“, "Separate research by the Money and Pensions
  Service found"); samples are counts („unter 1'046 Personen“ with the Swiss apostrophe,
  tenth; „1.018 Erwachsene“ - „insgesamt“ no hedge -, „rund 2.000 Personen“ "about", „unter
  3.750 Eltern“ and „unter 1.004 Erwachsenen“ - „unter“ a preposition,
  two-hundred-and-eightieth -, „rund 7.100 Haushalte“ "about", "2,047 adults", "1,064
  respondents", "8,112 consumers", "17,950 adults", "2,980 adults", "212 volunteer
  shoppers"); fieldwork dates are dates without a year, the month written once serving the
  later day („vom 3. bis 14. März“, „vom 1. bis 12. Mai“, "between January 6 and 9",
  "between March 26 and April 6", "between Oct. 28 and Nov. 7"; hundred-thirty-fourth: "from
  April 7 to 13"). New: „Die Erhebung findet alle fünf Jahre statt.“ is check-worthy with 5
  years - a survey's cycle is a method line as the hundred-thirty-fourth batch's method
  lines are, and its interval a duration as "every three months"
  (four-hundred-and-forty-eighth) and „alle drei Minuten“ (eleventh) are.
- Money in the currency written, the unit priced or the period carrying none (every batch):
  EUR („kostet ... nun 2,49 statt 1,99 Euro“ both with the currency written once and „statt“
  none - the weight's own example; four-hundred-and-seventeenth: „2,79 Euro statt 2,99 Euro“
  -, „118,73 Euro“, „34.760 Euro“, „1.241 Euro“, „rund 225 Euro“ "about", „1.560 Euro“,
  „1.742 Euro netto im Monat“ - „netto“ no hedge -, „2,71 Euro je Quadratmeter Wohnfläche
  und Monat“, „gut 2.600 Euro im Jahr“ "over", „1,09 Euro pro Quadratmeter“, „mehr als 500
  Euro“ "over", „342 Euro pro Kind“, „1.870 Euro“, „489 Euro“, „150 Euro“, „2,99 Euro“,
  „63.700 Euro“, „297 Euro ..., 14 Euro weniger“ - „weniger“ after it compares -, „341
  Euro“, „126,8 Milliarden Euro“, „3.930 Euro im Monat“, „2.640 Euro“; in English copy
  "€9,840", "€275", "a record €171.6 billion" - "a record" no hedge -, "€1.1 billion",
  "€20,000", "about €540 more a year"; twelfth), CHF („7384 Franken pro Monat“ with four
  digits and no separator, „10'418 Franken im Monat“ and „78'600 Franken“ with the
  apostrophe, tenth; „unter 4000 Franken“ "under", „412 Franken pro Monat“), GBP ("£612",
  "£128.41", "£21.46", "79p ..., against £1.15" 0.79 and 1.15, "£14.02", "£340 a year",
  "less than £100" "under", "£36.12", "£52.89", "falling 4p to 61p" 0.04 and 0.61; pence as
  GBP hundredths, four-hundred-and-seventeenth), USD ("$184 billion", "a record $18.9
  trillion", "$1.31 trillion", "$52 billion", "$96 billion to $13.4 trillion", "$1.71
  trillion", "a record $903.25 per household", "$862.15", "$41.7 billion", "$56.72",
  "$24.19, or about $1.51 per pound"), AUD ("A$641,000", "about A$1,150 more a month", "an
  average of A$327 a week, up A$18" - "an average of" no hedge -, "about A$465 a week") and
  CAD - CP's bare dollars are Canadian (eighty-ninth: "$150 million" in a CP story):
  "$1.79", "$3.12 trillion", "less than $200 a month" "under". New: "Canadians owed $1.81 in
  credit market debt for every dollar of household disposable income" gives 1.81 CAD and
  nothing else - a debt ratio written as dollars owed per dollar earned is money in the
  story's currency, and "every dollar" carries none, as "every" names no figure
  (four-hundred-and-fifty-first: "every service"). None: "a week", "a month", "more a
  month", "a year", "per household", "per pound", „pro Monat“, „im Monat“, „im Jahr“, „pro
  Kind“, „pro Quadratmeter“, „je Quadratmeter Wohnfläche und Monat“.
- Percentages as written, a change of a rate and a cap in points "pp" (every batch): „gut 4
  Prozent mehr“ "over" („mehr“ after it compares), „um 6,2 Prozent mehr“, „mit einem Plus
  von 31 Prozent“ (a word of direction, four-hundred-and-forty-eighth), „im Schnitt 17
  Prozent“, „um knapp 40 Prozent“ "nearly", „gut 15 Prozent ..., ... rund 7 Prozent“, „im
  Schnitt 12,06 Prozent Zinsen im Jahr“, „mindestens 14 Prozent“ "at_least", „lediglich 5,9
  Prozent“ („lediglich“ no hedge), „rund 18 Prozent“, „11,9 Prozent ihres verfügbaren
  Einkommens“, „um 0,5 Prozentpunkte“ 0.5 "pp", „im langjährigen Mittel bei rund 10 Prozent“
  10 "about" („im langjährigen Mittel“ no hedge and no span, as „im Mittel“,
  four-hundred-and-fifty-first), „von 17 auf 26 Prozent“, „14,9 Prozent“, „Etwa 3,1 Prozent“
  "about", „von 3,9 auf 4,3 Prozent“, „sogar 46 Prozent“ („sogar“ no hedge), „um
  durchschnittlich 4 bis 5 Prozent“ both, „um gut 11 Prozent“ "over", „um mehr als 150
  Prozent“ "over", „um 7 Prozent mehr“, „Bei 68 Prozent ..., ... mit 53 Prozent“, „um 9
  Prozent“, „Rund 38 Prozent ..., nur 9 Prozent mehr“ („nur“ no hedge), „mit 26 Prozent ...
  mit 14 Prozent“, „11,8 Prozent“; "38%", "57%", "About 7.4%", "about 11.2%", "4.3%", "rose
  to 17.9% from 16.4%", "44.1%", "39 per cent", "30.2%", "9 per cent", "3.35 per cent", "48%
  ..., down from 53%", "31%", "92% ... 71%", "1.1%", "4.8% from 6.1%", "47 per cent", "11
  per cent", "0.2%", "3.9% from 4.4%", "0.3%", "0.1%", "around 4%" "about", "61%", "19%",
  "58%", "12%", "1.84%", "Around 60%" "about", "1.75%", "37 per cent ..., up from 29 per
  cent", "3.4 per cent", "a 2.6% drop", "more than 5%" "over", "about 7%", "2.1% higher",
  "up 6%", "26%", "10.4% ..., compared with 10.9%", "10.9%", "fell 0.3%", "averaged about
  8%" "about" ("averaged" no hedge); "per cent" is "%" (eighty-seventh).
- Fractions (the issue: "jeder vierte", "ein Drittel"): „Gut jede fünfte“ 0.2 "over", „Knapp
  jeder fünfte Haushalt“ 0.2 "nearly", „Rund jeder fünfte Haushalt“ 0.2 "about", „mehr als
  ein Drittel des Budgets“ 0.3333 "over", „jeder Dritte“ 0.3333 (the weight's "jeder dritte
  Haushalt"; four-hundred-and-forty-eighth: „Jeder dritte Haushalt“), „Gut jeder vierte
  Haushalt“ 0.25 "over", „fast jeder dritte Mieterhaushalt“ and „Fast jeder dritte Klient“
  0.3333 "nearly", „Knapp die Hälfte“ 0.5 "nearly", „jede siebte Familie“ 0.1429, „fast
  jeder Zweite“ 0.5 "nearly"; "Two in five adults" 0.4 (the weight's own example;
  three-hundred-and-fourth: „zwei von fünf Ehen“), "Almost two in five" 0.4 "nearly", "About
  one in eight" 0.125 "about", "one in 12" 0.0833 (four-hundred-and-forty-eighth: "around
  one in 12"), "Almost one in six" 0.1667 "nearly", "about a quarter of them" 0.25 "about",
  "one in four" 0.25, "About one in four" 0.25 "about", "Around half of adults" 0.5 "about",
  "About one in 20" 0.05 "about", "fewer than one in 10" 0.1 "under" (hundred-eleventh:
  "fewer than three in four"), "almost two-thirds" 0.6667 "nearly", "almost half of the
  total" 0.5 "nearly".
- Counts with their hedges (every batch): people, cases and filings („Rund 612.000 Menschen“
  "about", „31.480 Menschen“, „auf 6.912“, „rund 1.900 Betroffene“ "about", „auf gut 7100“
  "over" - Swiss four digits without a separator -, „87 neue Beschwerden“, "more than 9,400
  calls" "over", "roughly 2.3 million consumers" "about", "21,300 new cases", "about 1.41
  million mortgage holders" "about", „1,34 Millionen Menschen“, "Some 8.1 million UK adults"
  "about" - "Some" "about", four-hundred-and-forty-eighth -, "up from 6.9 million", "About
  4.2 million people" "about"), groups and stores („in sieben Supermärkten“, „von 1.206
  Kreditinstituten“, „Bei 84 Instituten“, "of the eight chains", "a basket of 68 groceries",
  „Der günstigste Warenkorb mit 40 Lebensmitteln“, "22 items across nine supermarkets", „in
  allen neun Bundesländern“ 9 and "in all 50 states" 50 - "all" no hedge, forty-first),
  meals and households ("for 10 people", "for eight people", "Households of four people" 4 -
  hundred-eightieth: "a family of four" -, „für einen Einpersonenhaushalt“ 1 -
  hundred-thirty-second, three-hundred-and-fourth), sizes („Ein 250-Gramm-Stück“ 250, „Ein
  Schokoriegel-Sechserpack“ 6 - two-hundred-and-forty-second: „Ein Sechserpack“ -, „270
  statt 300 Gramm“ both - two-hundred-and-forty-second: „175 statt 200 Gramm“ -, „Für eine
  80-Quadratmeter-Wohnung“ 80 - four-hundred-and-forty-eighth: „70-Quadratmeter-Wohnung“ -,
  "A 500g pack", "a 500g bag", "A 16-pound turkey" 16 - pounds of a good are weight, not
  money, four-hundred-and-seventy-third -, "a 14-ounce package", "a 30-ounce can", "A 5kg
  turkey"; three-hundred-and-eighty-third), "at least one payment" 1 "at_least" and "at
  least three bill or loan payments" 3 "at_least" (four-hundred-and-forty-eighth: "at least
  one deal"), "in three of the past five months" 3 with 5 months
  (four-hundred-and-fifty-first: „In 36 der vergangenen 40 Jahre“), „zwölfmal im Jahr“ 12
  (the issue's "viermal"; hundred-thirty-fourth: „bereits zweimal“), multiples („dem
  28-Fachen“ 28 - hundred-sixtieth: „um das 90-Fache“, hundred-seventieth: „das 230-Fache“
  -, "more than double the national figure" 2 "over" - hundred-sixth: "more than double the
  previous record"), and index levels and moves with "minus" as their sign
  (hundred-thirty-fourth, three-hundred-and-eighty-third: „um 2,4 Zähler auf minus 22,7
  Punkte“, „auf minus 19,8 Zähler“, „um 4,1 Punkte auf 17,9 Zähler“, „um 5,3 Punkte auf
  minus 3,6 Zähler“). None: "several states", „in vielen Städten“, "a lot of families" (in a
  negative), "every supermarket", "every week" (in a negative).
- Durations and ages (the issue: "fünfstündigen Treffen", "a two-week visit"): „bis zu zwölf
  Wochen“ 12 weeks "up_to", „zwölf Monate lang“ 12 months (eleventh: „zwei Tage lang“),
  „zwei Wochen lang“ 2 weeks, „in den letzten zwei Jahren“ and „binnen zwei Jahren“ 2 years
  („binnen“ no hedge), „mindestens sechs Monate lang“ 6 months "at_least", „in den ersten
  neun Monaten“ ordinal 1 with 9 months (three-hundred-and-ninety-fourth), „alle fünf Jahre“
  5 years (above), "in the four weeks to January 26" 4 weeks, "three years ago" 3 years,
  "over the past six months" 6 months ("over" before a span no hedge), "two years ago" and
  "two years earlier" 2 years, "the best available 12-month deposit" 12 months
  (three-hundred-and-eighty-third: "12-month inflation expectations"), "in the past five
  years" 5 years, "in the past 12 months" and "in the 12 months to September" 12 months,
  "payment holidays of up to three months" 3 months "up_to" (four-hundred-and-forty-eighth:
  "payment plans of up to 18 months"), "in the five years before the pandemic" 5 years. New:
  "at least 90 days delinquent" is 90 days "at_least" - a delinquency bucket is a span of
  days past due, hedged as "waiting more than 18 weeks" is (four-hundred-and-seventy-third).
  Ages are durations in years: „jünger als 25 Jahre“ and „jünger als 30 Jahre“ "under"
  (hundred-thirty-first: „jünger als 25 Jahre“), „ab 18 Jahren“ 18 "at_least"
  (two-hundred-and-twenty-fifth: „ab 75 Jahren“), „Bei den 18- bis 29-Jährigen“ both
  (hundred-seventy-third: „der 16- bis 74-Jährigen“), "aged 18 to 34" and "aged 18 to 24"
  both (two-hundred-and-twenty-fifth). New: „eine mehrtägige Schulveranstaltung“ carries
  none - "of several days" names no number, as „wochenlang“ (four-hundred-and-fifty-first)
  and „mehrere“ (twelfth) carry none. None besides: „im vergangenen Jahr“, „im Jahr davor“,
  „vor einem Jahr“, „im Vorjahr“, „im Vorjahreszeitraum“, „gegenüber dem Vorjahr“, „seit
  Jahresbeginn“, „seit dem Vorjahr“, „innert Jahresfrist“, „in diesem Jahr“, „im kommenden
  Jahr“, „heuer“, „am Monatsende“, "a year earlier", "a year ago", "last year", "this year",
  "the previous year", "the past year", "in the past month", "over the past month", "in the
  month", "in the quarter", "on the quarter", "well into the spring", "later in the year",
  "by the end of the year", "by early July", "between January and April", "between July and
  September", "buy now, pay later" (thirty-sixth, hundred-seventy-third), months, seasons
  and weekdays.
- Ordinals (the issue: "die drittgrößte Stadt", „zum dritten Mal“): "in the fourth quarter"
  and "In the fourth quarter of last year" 4, "in the first quarter" 1, "in the second
  quarter" 2, "for the 11th month in a row" 11 (hundred-seventy-third: "for the eighth month
  running"), "in the first week of January" and "in the first week of December" 1 ("alone"
  no hedge), "a third lump-sum fuel allowance payment" 3 (an ordinal before the noun it
  ranks, fourteenth: "a third day"; "lump-sum" none), „im ersten Halbjahr“ 1, „in der
  fünften Schulstufe“ 5 (fifty-eighth: „Ab der 5. Schulstufe“), „an erster Stelle“ 1
  (four-hundred-and-seventy-third: „an fünfter Stelle“), "for a fourth consecutive quarter"
  4. None: "the cheapest", "the priciest", "the most expensive", "the highest share", "the
  highest bills", "the most likely", "the only item", "its lowest level", „Am stärksten“,
  „am meisten“, „am höchsten“, „Der größte Posten“, „der häufigste Grund“, „den höchsten
  Wert“, „Der günstigste Anbieter“.
- Years and dates: „seit Jänner 2029“ and „seit Juni 2023“ the years (the month before the
  year none, four-hundred-and-seventeenth), „aus dem Jahr 2029“, „seit 2019“, "since 2011",
  "since late 2022" the years; dates without a year: "on November 14", the fieldwork dates
  (above); Reuters English datelines with a day ("NEW YORK, Feb 11", "DUBLIN, March 5",
  "WASHINGTON, June 27", "DUBLIN, Sept 18", "LONDON, Dec 19") dates without a year
  (hundred-sixtieth, four-hundred-and-seventeenth); dpa, APA, Keystone-SDA („Neuenburg
  (sda)“, „Zürich (sda)“, „Bern (sda)“), Reuters German („Nürnberg (Reuters)“), PA, AP, AAP
  and CP datelines none (seventy-ninth).
- Hedges, only the names in use: „rund“, „Rund“, „Etwa“, "about", "About", "roughly",
  "around", "Around", "Some" "about"; „knapp“, „Knapp“, „fast“, „Fast“, "Almost", "almost"
  "nearly"; „gut“, „Gut“, „mehr als“, "more than" "over"; „jünger als“, „unter“ right before
  a figure, "less than", "fewer than" "under"; „bis zu“, "up to" "up_to"; „mindestens“, "at
  least", „ab“ before an age "at_least"; „höchstens“ "at_most". No hedge: „im Schnitt“,
  „durchschnittlich“, „im langjährigen Mittel“, „netto“, „insgesamt“, „lediglich“, „nur“,
  „sogar“, „allein“, „zuletzt“, „binnen“, „statt“, „unter“ as a preposition, "an average
  of", "averaged", "a record", "alone", "all", "over" before a span, the „bis“ and "to" of a
  range, and „mehr“, „weniger“, "more", "up from", "down from", "against", "compared with"
  beside a figure.
- Speakers, checked only in forms the earlier batches settled (36, as near the usual 35 as
  the stories allowed). German: „wie das Statistische Bundesamt mitteilte“ -> "das
  Statistische Bundesamt" and „wie Destatis mitteilte“ -> "Destatis"
  (four-hundred-and-seventeenth); „laut AK“ -> "AK" as written (hundred-thirty-fourth: „laut
  HDE“ -> "HDE"); the name with the title dropped („sagte BFS-Statistikerin Corinne
  Zbinden-Tschopp“, „sagte Verivox-Finanzexperte Jonas Lemberger“,
  „Statistik-Austria-Generaldirektorin Henriette Kaltenbrunner sagte, ...“,
  „NIM-Konsumexperte Reinhold Bachhuber sagte, ...“, „wie Comparis-Krankenkassenexpertin
  Seraina Caflisch-Mettler sagte“, „Mieterbund-Präsidentin Ursula Feldhaus-Brink sagte,
  ...“, „Verbraucherschützerin Annegret Hollmichel sagte, ...“, „ASB-Geschäftsführerin
  Brigitte Hochleitner-Sauer sagte, ...“, „Geschäftsleiterin Mirjam Stäubli-Rüegg sagte,
  ...“, „EY-Handelsexperte Matthias Quernheim sagte, ...“; hundred-thirty-fourth,
  four-hundred-and-seventeenth, four-hundred-and-forty-eighth), „wie
  Statistik-Austria-Generaldirektorin Kaltenbrunner sagte“ -> "Kaltenbrunner" (the title
  before a surname dropped, four-hundred-and-forty-eighth: „erklärte Behördenpräsident
  Sternkopf“), the surname opening the row as written („Haidvogl sagte“, „Aschenbrenner
  sagte“, „Strohmaier sagte“; four-hundred-and-seventeenth). English: "the Central
  Statistics Office said on Thursday", "the Commerce Department said on Friday", "the
  American Farm Bureau Federation said Wednesday" with the article and without the weekday
  (four-hundred-and-seventeenth, four-hundred-and-seventy-sixth), "The Money Advice and
  Budgeting Service said ..." opening the row with the article lowered
  (four-hundred-and-seventy-third), "Statistics Canada said Friday", "Which? said" (twice;
  hundred-seventy-third) and "Canstar Blue said" as written (four-hundred-and-seventy-sixth:
  "Moneyfacts said"), "ONS deputy director Gwendolyn Ashcroft-Pryce said" with the role
  dropped, and the surname as written ("Castlebeck said", "Hennessey-Vance said",
  "Okonjo-Leigh said", "Abernethy-Pratt said", "Lachance-Whitby said", "Ramaswamy-Cole said
  she expected", "Everhart-Quinn said", "Pennington-Rowe said", "Moriarty-Shiels said",
  "Tolliver-Banks said"; four-hundred-and-seventeenth, four-hundred-and-forty-eighth). Left
  unchecked (None): all negatives, also those with a named speaker; the surveys, polls and
  reports as sources (above) and data and figures ("a quarterly report from the Federal
  Reserve Bank of New York showed", "the report showed", "the CSO's Survey on Income and
  Living Conditions showed" - a possessive -, "figures from the Office for National
  Statistics show", "Central Bank of Ireland figures showed", "Official data showed", "Labor
  Department data showed", "official data showed on Friday"; hundred-thirty-ninth);
  descriptions before a name ("consumer group Which? said", "Comparison site bonkers.ie
  said"; fortieth); every "according to" (StepChange, market researcher Worldpanel, MABS,
  the National Retail Federation's annual survey, a survey by comparison site Canstar Blue;
  two-hundred-and-fourth, four-hundred-and-twentieth); compounds („nach Verbandsangaben“;
  three-hundred-and-seventy-first); masculine genitives and plural sources („Nach Angaben
  des Handelsverbands“, „Nach Angaben des Verbands“, „nach Angaben der Statistiker“, „wie
  die Marktforscher von GfK und NIM ... mitteilten“, „laut Ökonomen“, "Economists polled by
  Reuters", „Ökonomen hatten in einer Reuters-Umfrage ...“; forty-first, three-hundredth);
  „Gemäss Bundesamt für Gesundheit“ (four-hundred-and-fourth); estimating, demanding and
  pointing verbs („fordert“, „rechnet der Handelsverband HDE“, „verwies darauf“, "Roy Morgan
  estimates", "The think tank estimates"; four-hundred-and-forty-eighth); roles and bodies
  named by a common noun ("The government has said", "The consumer watchdog", "Economists
  had expected"); and rows without attribution. To keep the checked speakers near 35, as the
  four-hundred-and-thirty-first and four-hundred-and-seventy-third batches did, several
  official figures are given as data, as reports or with "according to".

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_491 = [
    # --- Schuldnerberatung in Deutschland (dpa), Januar ---
    (
        "de",
        "Wiesbaden (dpa) - Rund 612.000 Menschen in Deutschland haben im vergangenen Jahr Hilfe bei einer Schuldnerberatungsstelle gesucht, gut 4 Prozent mehr als im Jahr davor.",
        True,
        [("count", 612000, None, "about"), ("percent", 4, "%", "over")],
        None,
    ),
    (
        "de",
        "Die beratenen Personen standen im Schnitt mit 34.760 Euro in der Kreide, wie das Statistische Bundesamt mitteilte.",
        True,
        [("money", 34760, "EUR", None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Die Schulden entsprachen damit dem 28-Fachen des durchschnittlichen monatlichen Nettoeinkommens der Betroffenen von 1.241 Euro.",
        True,
        [("count", 28, None, None), ("money", 1241, "EUR", None)],
        None,
    ),
    (
        "de",
        "Hauptauslöser der Überschuldung blieb nach Angaben der Statistiker der Verlust des Arbeitsplatzes, gefolgt von Krankheit und einer gescheiterten Selbstständigkeit.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Gut jede fünfte beratene Person war jünger als 25 Jahre.",
        True,
        [("fraction", 0.2, None, "over"), ("duration", 25, "year", "under")],
        None,
    ),
    (
        "de",
        "„Schulden sind kein persönliches Versagen, sondern oft die Folge von Schicksalsschlägen“, sagte die Leiterin einer Beratungsstelle in Kassel.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Verbraucherzentralen raten Betroffenen, sich möglichst früh beraten zu lassen und keine neuen Kredite zum Stopfen alter Löcher aufzunehmen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Wartezeit auf einen Ersttermin beträgt nach Verbandsangaben in vielen Städten inzwischen bis zu zwölf Wochen.",
        True,
        [("duration", 12, "week", "up_to")],
        None,
    ),
    # --- Christmas borrowing survey (PA), January ---
    (
        "en",
        "LONDON (PA) - Two in five adults in the UK borrowed money to pay for Christmas, with many still paying off the debt well into the spring, a survey for debt charity StepChange has found.",
        True,
        [("fraction", 0.4, None, None)],
        None,
    ),
    (
        "en",
        "The poll of 2,047 adults, carried out by YouGov between January 6 and 9, found that the average amount borrowed was £612.",
        True,
        [
            ("count", 2047, None, None),
            ("date", "--01-06", None, None),
            ("date", "--01-09", None, None),
            ("money", 612, "GBP", None),
        ],
        None,
    ),
    (
        "en",
        "About one in eight said they had used a buy now, pay later scheme for gifts, up from one in 12 a year earlier.",
        True,
        [("fraction", 0.125, None, "about"), ("fraction", 0.0833, None, None)],
        None,
    ),
    (
        "en",
        "According to StepChange, 38% of the people who contacted it in January cited festive spending as a factor in their debt problems.",
        True,
        [("percent", 38, "%", None)],
        None,
    ),
    (
        "en",
        '"Nobody should have to choose between a present for their child and keeping the lights on," StepChange chief executive Moira Castlebeck said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Younger adults were the most likely to borrow, with 57% of those aged 18 to 34 taking on some form of credit.",
        True,
        [("percent", 57, "%", None), ("duration", 18, "year", None), ("duration", 34, "year", None)],
        None,
    ),
    (
        "en",
        "The charity urged anyone worried about repayments to seek free advice early rather than turn to high-cost lenders.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Castlebeck said the charity's helpline had taken more than 9,400 calls in the first week of January alone.",
        True,
        [("count", 9400, None, "over"), ("ordinal", 1, None, None)],
        "Castlebeck",
    ),
    # --- AK-Preismonitor in Wien (APA), Jänner ---
    (
        "de",
        "Wien (APA) - Der günstigste Warenkorb mit 40 Lebensmitteln und Drogeriewaren hat im Jänner in Wien 118,73 Euro gekostet, um 6,2 Prozent mehr als vor einem Jahr.",
        True,
        [("count", 40, None, None), ("money", 118.73, "EUR", None), ("percent", 6.2, "%", None)],
        None,
    ),
    (
        "de",
        "Das geht aus dem aktuellen Preismonitor der Arbeiterkammer (AK) hervor, für den in sieben Supermärkten und Diskontern Preise erhoben wurden.",
        True,
        [("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "Ein 250-Gramm-Stück Markenbutter kostet in der günstigsten Filiale nun 2,49 statt 1,99 Euro.",
        True,
        [("count", 250, None, None), ("money", 2.49, "EUR", None), ("money", 1.99, "EUR", None)],
        None,
    ),
    (
        "de",
        "Am stärksten verteuerten sich Olivenöl mit einem Plus von 31 Prozent und Kaffee mit 24 Prozent.",
        True,
        [("percent", 31, "%", None), ("percent", 24, "%", None)],
        None,
    ),
    (
        "de",
        "„Für viele Familien wird der Wocheneinkauf zur Zitterpartie“, sagte AK-Konsumentenschützerin Gerlinde Haidvogl.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Haidvogl sagte, der Preisabstand zu vergleichbaren Filialen in München betrage bei Markenartikeln im Schnitt 17 Prozent.",
        True,
        [("percent", 17, "%", None)],
        "Haidvogl",
    ),
    ("de", "Der Handelsverband wies die Kritik als „Milchmädchenrechnung“ zurück.", False, [], None),
    (
        "de",
        "Nach Angaben des Handelsverbands sind die Einkaufspreise für Molkereiprodukte seit Jänner 2029 um knapp 40 Prozent gestiegen.",
        True,
        [("year", 2029, None, None), ("percent", 40, "%", "nearly")],
        None,
    ),
    # --- U.S. household debt (Reuters), February 11 ---
    (
        "en",
        "NEW YORK, Feb 11 (Reuters) - U.S. household debt rose by $184 billion in the fourth quarter to a record $18.9 trillion, a quarterly report from the Federal Reserve Bank of New York showed on Tuesday.",
        True,
        [
            ("date", "--02-11", None, None),
            ("money", 184000000000, "USD", None),
            ("ordinal", 4, None, None),
            ("money", 18900000000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Credit card balances climbed to $1.31 trillion, up $52 billion from the previous quarter.",
        True,
        [("money", 1310000000000, "USD", None), ("money", 52000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "About 7.4% of card balances were at least 90 days delinquent at the end of the year, the highest share since 2011.",
        True,
        [("percent", 7.4, "%", "about"), ("duration", 90, "day", "at_least"), ("year", 2011, None, None)],
        None,
    ),
    (
        "en",
        '"The consumer is still spending, but the cushion is getting thinner," said Wilbur Hennessey-Vance, an economist at the New York Fed.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Student loan delinquencies jumped after reporting resumed, with about 11.2% of balances seriously delinquent, the report showed.",
        True,
        [("percent", 11.2, "%", "about")],
        None,
    ),
    (
        "en",
        "Mortgage balances rose $96 billion to $13.4 trillion, while auto loans held steady at $1.71 trillion.",
        True,
        [
            ("money", 96000000000, "USD", None),
            ("money", 13400000000000, "USD", None),
            ("money", 1710000000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Card balances typically climb at the end of the year, when holiday purchases are charged and not yet paid off.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Some economists warned that rising delinquencies among younger borrowers could weigh on spending later in the year.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Hennessey-Vance said roughly 2.3 million consumers had a new collections notation on their credit report in the quarter.",
        True,
        [("count", 2300000, None, "about")],
        "Hennessey-Vance",
    ),
    # --- Haushaltsbudgeterhebung des BFS (Keystone-SDA), Februar ---
    (
        "de",
        "Neuenburg (sda) - Die Haushalte in der Schweiz haben im Schnitt 7384 Franken pro Monat für Konsum, Steuern und Versicherungen ausgegeben.",
        True,
        [("money", 7384, "CHF", None)],
        None,
    ),
    ("de", "Das zeigt die jüngste Haushaltsbudgeterhebung des Bundesamts für Statistik (BFS).", True, [], None),
    (
        "de",
        "Das Bruttoeinkommen eines durchschnittlichen Haushalts lag bei 10'418 Franken im Monat.",
        True,
        [("money", 10418, "CHF", None)],
        None,
    ),
    (
        "de",
        "Für Wohnen und Energie gingen gut 15 Prozent des Bruttoeinkommens weg, für die obligatorische Krankenversicherung rund 7 Prozent.",
        True,
        [("percent", 15, "%", "over"), ("percent", 7, "%", "about")],
        None,
    ),
    (
        "de",
        "Knapp jeder fünfte Haushalt gab an, am Monatsende kein Geld zum Sparen übrig zu haben.",
        True,
        [("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Bei Haushalten mit tiefem Einkommen floss mehr als ein Drittel des Budgets in die Miete, sagte BFS-Statistikerin Corinne Zbinden-Tschopp.",
        True,
        [("fraction", 0.3333, None, "over")],
        "Corinne Zbinden-Tschopp",
    ),
    (
        "de",
        "«Die Prämien und Mieten nehmen dem Mittelstand die Luft zum Atmen», sagte die Präsidentin einer kantonalen Budgetberatungsstelle.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Budgetberatung Schweiz rät, fixe Ausgaben gleich nach dem Zahltag auf ein separates Konto zu überweisen.",
        False,
        [],
        None,
    ),
    # --- Which? supermarket comparison (PA), February ---
    (
        "en",
        "LONDON (PA) - Discounter Frugalmart was the cheapest supermarket in January, with a basket of 68 groceries costing £128.41, consumer group Which? said.",
        True,
        [("count", 68, None, None), ("money", 128.41, "GBP", None)],
        None,
    ),
    (
        "en",
        "Shoppers paid £21.46 more for the same items at Whitcombe's, the priciest of the eight chains compared, Which? said.",
        True,
        [("money", 21.46, "GBP", None), ("count", 8, None, None)],
        "Which?",
    ),
    (
        "en",
        "Frugalmart has now topped the monthly comparison for the 11th month in a row.",
        True,
        [("ordinal", 11, None, None)],
        None,
    ),
    (
        "en",
        "A 500g pack of own-brand pasta cost 79p at the cheapest store, against £1.15 at the most expensive.",
        True,
        [("count", 500, None, None), ("money", 0.79, "GBP", None), ("money", 1.15, "GBP", None)],
        None,
    ),
    (
        "en",
        '"Shoppers deserve clear, honest pricing, not a maze of member-only deals," said Which? retail editor Harriet Okonjo-Leigh.',
        False,
        [],
        None,
    ),
    (
        "en",
        "When loyalty card prices were included, the gap between the cheapest and the priciest chain narrowed to £14.02, Okonjo-Leigh said.",
        True,
        [("money", 14.02, "GBP", None)],
        "Okonjo-Leigh",
    ),
    (
        "en",
        "Which? urged shoppers to check the unit price on shelf labels rather than rely on promotions.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Grocery price inflation stood at 4.3% in the four weeks to January 26, according to market researcher Worldpanel.",
        True,
        [("percent", 4.3, "%", None), ("duration", 4, "week", None), ("date", "--01-26", None, None)],
        None,
    ),
    # --- Dispozinsen (dpa), März ---
    (
        "de",
        "Frankfurt/Main (dpa) - Banken und Sparkassen verlangen für einen Dispokredit im Schnitt 12,06 Prozent Zinsen im Jahr.",
        True,
        [("percent", 12.06, "%", None)],
        None,
    ),
    (
        "de",
        "Das ergab eine Auswertung des Vergleichsportals Verivox, das die Konditionen von 1.206 Kreditinstituten erfasst hat.",
        True,
        [("count", 1206, None, None)],
        None,
    ),
    (
        "de",
        "Bei 84 Instituten lag der Zins sogar bei mindestens 14 Prozent.",
        True,
        [("count", 84, None, None), ("percent", 14, "%", "at_least")],
        None,
    ),
    ("de", "Der günstigste Anbieter berechnete lediglich 5,9 Prozent.", True, [("percent", 5.9, "%", None)], None),
    (
        "de",
        "Wer sein Konto zwölf Monate lang um 2.000 Euro überzieht, zahlt beim Durchschnittszins rund 225 Euro an Zinsen, sagte Verivox-Finanzexperte Jonas Lemberger.",
        True,
        [("duration", 12, "month", None), ("money", 2000, "EUR", None), ("money", 225, "EUR", "about")],
        "Jonas Lemberger",
    ),
    ("de", "„Der Dispo ist kein Kredit für den Alltag, sondern eine Notlösung“, sagte Lemberger.", False, [], None),
    (
        "de",
        "Der Verbraucherzentrale Bundesverband (vzbv) fordert, den Dispozins gesetzlich auf höchstens acht Prozentpunkte über dem Leitzins zu begrenzen.",
        True,
        [("percent", 8, "pp", "at_most")],
        None,
    ),
    ("de", "Die Deutsche Kreditwirtschaft hält einen solchen Deckel für unnötig.", False, [], None),
    (
        "de",
        "Laut einer Umfrage der Bundesbank nutzen rund 18 Prozent der Haushalte regelmäßig ihren Dispo.",
        True,
        [("percent", 18, "%", "about")],
        None,
    ),
    # --- Deprivation and debt advice in Ireland (Reuters), March 5 ---
    (
        "en",
        "DUBLIN, March 5 (Reuters) - Almost one in six people in Ireland could not afford to keep their home adequately warm last year, the Central Statistics Office said on Thursday.",
        True,
        [("date", "--03-05", None, None), ("fraction", 0.1667, None, "nearly")],
        "the Central Statistics Office",
    ),
    (
        "en",
        "The enforced deprivation rate rose to 17.9% from 16.4% a year earlier, the CSO's Survey on Income and Living Conditions showed.",
        True,
        [("percent", 17.9, "%", None), ("percent", 16.4, "%", None)],
        None,
    ),
    (
        "en",
        "Among lone-parent households the rate was 44.1%, more than double the national figure.",
        True,
        [("percent", 44.1, "%", None), ("count", 2, None, "over")],
        None,
    ),
    (
        "en",
        "The Money Advice and Budgeting Service said it had opened 21,300 new cases in the past year, about a quarter of them involving energy arrears.",
        True,
        [("count", 21300, None, None), ("fraction", 0.25, None, "about")],
        "the Money Advice and Budgeting Service",
    ),
    (
        "en",
        "The average client owed €9,840 to non-mortgage creditors, according to MABS.",
        True,
        [("money", 9840, "EUR", None)],
        None,
    ),
    (
        "en",
        '"These are working families who did everything right and still cannot make the sums add up," said MABS spokeswoman Orla Kinsella-Byrne.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Opposition parties accused the government of leaving low-income households to fend for themselves.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The government has said a third lump-sum fuel allowance payment of €275 will be paid in April.",
        True,
        [("ordinal", 3, None, None), ("money", 275, "EUR", None)],
        None,
    ),
    # --- Sparquote und Sparverhalten (dpa), März ---
    (
        "de",
        "Wiesbaden (dpa) - Die privaten Haushalte in Deutschland haben im vergangenen Jahr 11,9 Prozent ihres verfügbaren Einkommens auf die hohe Kante gelegt.",
        True,
        [("percent", 11.9, "%", None)],
        None,
    ),
    (
        "de",
        "Die Sparquote lag damit um 0,5 Prozentpunkte über dem Wert des Vorjahres, wie Destatis mitteilte.",
        True,
        [("percent", 0.5, "pp", None)],
        "Destatis",
    ),
    (
        "de",
        "Vor der Pandemie hatte die Quote im langjährigen Mittel bei rund 10 Prozent gelegen.",
        True,
        [("percent", 10, "%", "about")],
        None,
    ),
    (
        "de",
        "Einer Umfrage des Bankenverbands zufolge spart jeder Dritte gar nichts oder nur unregelmäßig.",
        True,
        [("fraction", 0.3333, None, None)],
        None,
    ),
    (
        "de",
        "Befragt wurden vom 3. bis 14. März insgesamt 1.018 Erwachsene ab 18 Jahren.",
        True,
        [
            ("date", "--03-03", None, None),
            ("date", "--03-14", None, None),
            ("count", 1018, None, None),
            ("duration", 18, "year", "at_least"),
        ],
        None,
    ),
    (
        "de",
        "Von den Sparern legen 42 Prozent ihr Geld noch immer auf dem Sparbuch oder dem Girokonto an.",
        True,
        [("percent", 42, "%", None)],
        None,
    ),
    (
        "de",
        "„Viele Menschen sparen aus Angst, nicht aus Zuversicht“, sagte Bankenverband-Ökonomin Friederike Aschenbrenner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Aschenbrenner sagte, der Anteil der Befragten mit einem Wertpapierdepot sei seit 2019 von 17 auf 26 Prozent gestiegen.",
        True,
        [("year", 2019, None, None), ("percent", 17, "%", None), ("percent", 26, "%", None)],
        "Aschenbrenner",
    ),
    # --- Mortgage stress in Australia (AAP), April ---
    (
        "en",
        "SYDNEY (AAP) - Almost two in five Australians with a home loan are struggling to meet their repayments, a survey by comparison site Finder has found.",
        True,
        [("fraction", 0.4, None, "nearly")],
        None,
    ),
    (
        "en",
        "The survey of 1,064 respondents found 39 per cent of mortgage holders had found it hard to pay their mortgage in the past month.",
        True,
        [("count", 1064, None, None), ("percent", 39, "%", None)],
        None,
    ),
    (
        "en",
        "Borrowers with an average loan of A$641,000 are paying about A$1,150 more a month than they were three years ago.",
        True,
        [("money", 641000, "AUD", None), ("money", 1150, "AUD", "about"), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "Roy Morgan estimates that about 1.41 million mortgage holders, or 30.2% of the total, are at risk of mortgage stress.",
        True,
        [("count", 1410000, None, "about"), ("percent", 30.2, "%", None)],
        None,
    ),
    (
        "en",
        '"People are cutting back on everything from the weekly shop to their kids\' sport just to hang on to the house," Finder money expert Celine Abernethy-Pratt said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Abernethy-Pratt said one in four respondents had dipped into savings to cover repayments, while 9 per cent had missed at least one payment.",
        True,
        [("fraction", 0.25, None, None), ("percent", 9, "%", None), ("count", 1, None, "at_least")],
        "Abernethy-Pratt",
    ),
    (
        "en",
        "Consumer advocates urged borrowers in trouble to contact their lender early and ask about hardship arrangements.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The Reserve Bank has left the cash rate at 3.35 per cent since its last cut in February.",
        True,
        [("percent", 3.35, "%", None)],
        None,
    ),
    # --- EU-SILC: Armutsgefährdung in Österreich (APA), April ---
    (
        "de",
        "Wien (APA) - Rund jeder fünfte Haushalt in Österreich kann eine unerwartete Ausgabe von 1.560 Euro nicht aus eigenen Mitteln bezahlen.",
        True,
        [("fraction", 0.2, None, "about"), ("money", 1560, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das geht aus der Erhebung EU-SILC der Statistik Austria hervor, deren Ergebnisse heuer veröffentlicht wurden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Als armutsgefährdet gelten demnach 1,34 Millionen Menschen oder 14,9 Prozent der Bevölkerung.",
        True,
        [("count", 1340000, None, None), ("percent", 14.9, "%", None)],
        None,
    ),
    (
        "de",
        "Die Armutsgefährdungsschwelle liegt für einen Einpersonenhaushalt bei 1.742 Euro netto im Monat, zwölfmal im Jahr.",
        True,
        [("count", 1, None, None), ("money", 1742, "EUR", None), ("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Etwa 3,1 Prozent der Haushalte waren mit Zahlungen für Miete, Kredite oder Energie zuletzt im Rückstand.",
        True,
        [("percent", 3.1, "%", "about")],
        None,
    ),
    (
        "de",
        "„Die Not reicht längst bis weit in den Mittelstand hinein“, sagte Volkshilfe-Direktor Ernst Pichlmayr-Wendl.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Statistik-Austria-Generaldirektorin Henriette Kaltenbrunner sagte, der Anteil der erheblich materiell und sozial benachteiligten Menschen sei gegenüber dem Vorjahr von 3,9 auf 4,3 Prozent gestiegen.",
        True,
        [("percent", 3.9, "%", None), ("percent", 4.3, "%", None)],
        "Henriette Kaltenbrunner",
    ),
    ("de", "Die Sozialministerin kündigte an, die Sozialhilfe „treffsicherer“ machen zu wollen.", False, [], None),
    # --- Cost of living survey (PA), April ---
    (
        "en",
        "LONDON (PA) - Around half of adults in Great Britain said their cost of living had gone up over the past month, figures from the Office for National Statistics show.",
        True,
        [("fraction", 0.5, None, "about")],
        None,
    ),
    (
        "en",
        "In the survey, carried out between March 26 and April 6, 48% reported an increase, down from 53% in the previous wave.",
        True,
        [
            ("date", "--03-26", None, None),
            ("date", "--04-06", None, None),
            ("percent", 48, "%", None),
            ("percent", 53, "%", None),
        ],
        None,
    ),
    (
        "en",
        "About one in 20 adults said they had fallen behind on rent or mortgage payments.",
        True,
        [("fraction", 0.05, None, "about")],
        None,
    ),
    (
        "en",
        "The survey found 31% of adults who pay energy bills found it very or somewhat difficult to afford them.",
        True,
        [("percent", 31, "%", None)],
        None,
    ),
    (
        "en",
        "The Opinions and Lifestyle Survey is run online and by telephone among adults across Great Britain.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Among those who reported rising costs, 92% pointed to food shopping and 71% to gas or electricity bills.",
        True,
        [("percent", 92, "%", None), ("percent", 71, "%", None)],
        None,
    ),
    (
        "en",
        '"The squeeze has eased a little, but it hasn\'t gone away for a lot of families," said Lorcan Fairbairn-Hale, a policy analyst at the Resolution Foundation.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The think tank estimates that a typical low-income household will be £340 a year worse off than before the energy crisis.",
        True,
        [("money", 340, "GBP", None)],
        None,
    ),
    (
        "en",
        "The Treasury said it remained focused on bringing down inflation and easing pressure on family finances.",
        False,
        [],
        None,
    ),
    # --- Konsumklima und Sparneigung (Reuters), Mai ---
    (
        "de",
        "Nürnberg (Reuters) - Die Kauflust der Deutschen hat im Mai überraschend spürbar nachgelassen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Das Konsumklima sank für Juni um 2,4 Zähler auf minus 22,7 Punkte, wie die Marktforscher von GfK und NIM am Mittwoch mitteilten.",
        True,
        [("count", 2.4, None, None), ("count", -22.7, None, None)],
        None,
    ),
    (
        "de",
        "Ökonomen hatten in einer Reuters-Umfrage dagegen eine leichte Verbesserung auf minus 19,8 Zähler vorhergesagt.",
        True,
        [("count", -19.8, None, None)],
        None,
    ),
    (
        "de",
        "Die Sparneigung stieg um 4,1 Punkte auf 17,9 Zähler und erreichte damit den höchsten Wert seit Juni 2023.",
        True,
        [("count", 4.1, None, None), ("count", 17.9, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "de",
        "NIM-Konsumexperte Reinhold Bachhuber sagte, die Einkommenserwartung sei um 5,3 Punkte auf minus 3,6 Zähler gefallen.",
        True,
        [("count", 5.3, None, None), ("count", -3.6, None, None)],
        "Reinhold Bachhuber",
    ),
    (
        "de",
        "„Solange die Menschen um ihre Jobs bangen, bleibt das Geld auf dem Konto“, sagte Bachhuber.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für die Studie wurden vom 1. bis 12. Mai rund 2.000 Personen befragt.",
        True,
        [("date", "--05-01", None, None), ("date", "--05-12", None, None), ("count", 2000, None, "about")],
        None,
    ),
    ("de", "Der Handel hofft dennoch auf ein stabiles Sommergeschäft.", False, [], None),
    # --- Canadian household debt (CP), May ---
    (
        "en",
        "OTTAWA (CP) — Canadians owed $1.81 in credit market debt for every dollar of household disposable income in the first quarter, Statistics Canada said Friday.",
        True,
        [("money", 1.81, "CAD", None), ("ordinal", 1, None, None)],
        "Statistics Canada",
    ),
    (
        "en",
        "In the fourth quarter of last year the ratio had stood at $1.79.",
        True,
        [("ordinal", 4, None, None), ("money", 1.79, "CAD", None)],
        None,
    ),
    (
        "en",
        "Total household credit market debt rose 1.1% to $3.12 trillion.",
        True,
        [("percent", 1.1, "%", None), ("money", 3120000000000, "CAD", None)],
        None,
    ),
    (
        "en",
        "The household saving rate fell to 4.8% from 6.1%.",
        True,
        [("percent", 4.8, "%", None), ("percent", 6.1, "%", None)],
        None,
    ),
    (
        "en",
        "A separate Ipsos poll for insolvency firm MNP found that 47 per cent of Canadians were less than $200 a month away from being unable to cover their bills.",
        True,
        [("percent", 47, "%", None), ("money", 200, "CAD", "under")],
        None,
    ),
    (
        "en",
        '"Canadians are running out of room to absorb another shock," MNP president Gregoire Lachance-Whitby said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Lachance-Whitby said personal insolvency filings in Ontario were up 11 per cent between January and April from a year earlier.",
        True,
        [("percent", 11, "%", None)],
        "Lachance-Whitby",
    ),
    (
        "en",
        "It was not immediately clear whether the Bank of Canada would see the figures as a reason to cut rates again in June.",
        False,
        [],
        None,
    ),
    # --- Comparis-Umfrage zu Krankenkassenprämien (Keystone-SDA), Juni ---
    (
        "de",
        "Zürich (sda) - Gut jeder vierte Haushalt in der Schweiz hat Mühe, die Krankenkassenprämien zu bezahlen.",
        True,
        [("fraction", 0.25, None, "over")],
        None,
    ),
    (
        "de",
        "Das zeigt eine repräsentative Umfrage des Vergleichsdienstes Comparis unter 1'046 Personen.",
        True,
        [("count", 1046, None, None)],
        None,
    ),
    (
        "de",
        "Bei Haushalten mit einem Bruttoeinkommen von unter 4000 Franken im Monat sind es gemäss der Umfrage sogar 46 Prozent.",
        True,
        [("money", 4000, "CHF", "under"), ("percent", 46, "%", None)],
        None,
    ),
    (
        "de",
        "Eine erwachsene Person zahlt im Schnitt 412 Franken pro Monat für die Grundversicherung, wie Comparis-Krankenkassenexpertin Seraina Caflisch-Mettler sagte.",
        True,
        [("money", 412, "CHF", None)],
        "Seraina Caflisch-Mettler",
    ),
    (
        "de",
        "Rund 14 Prozent der Befragten gaben an, ihre Franchise in den letzten zwei Jahren erhöht zu haben, um Prämien zu sparen.",
        True,
        [("percent", 14, "%", "about"), ("duration", 2, "year", None)],
        None,
    ),
    ("de", "«Viele Familien leben bei den Prämien schlicht am Limit», sagte Caflisch-Mettler.", False, [], None),
    (
        "de",
        "Comparis rät Versicherten, vor einem Wechsel der Franchise die eigenen Gesundheitskosten genau anzuschauen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Gemäss Bundesamt für Gesundheit dürften die Prämien im kommenden Jahr erneut um durchschnittlich 4 bis 5 Prozent steigen.",
        True,
        [("percent", 4, "%", None), ("percent", 5, "%", None)],
        None,
    ),
    # --- U.S. spending and saving rate (Reuters), June 27 ---
    (
        "en",
        "WASHINGTON, June 27 (Reuters) - U.S. consumer spending rose 0.2% in May as households dipped into savings to cover higher prices, the Commerce Department said on Friday.",
        True,
        [("date", "--06-27", None, None), ("percent", 0.2, "%", None)],
        "the Commerce Department",
    ),
    (
        "en",
        "The saving rate fell to 3.9% from 4.4% in April, its lowest level since late 2022.",
        True,
        [("percent", 3.9, "%", None), ("percent", 4.4, "%", None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "Economists polled by Reuters had forecast spending would rise 0.3%.",
        True,
        [("percent", 0.3, "%", None)],
        None,
    ),
    (
        "en",
        "Personal income edged up 0.1%, held back by a drop in dividend payments.",
        True,
        [("percent", 0.1, "%", None)],
        None,
    ),
    (
        "en",
        "Economists said the figures suggested households were running out of room to keep spending at the same pace.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Real disposable income has fallen in three of the past five months.",
        True,
        [("count", 3, None, None), ("duration", 5, "month", None)],
        None,
    ),
    (
        "en",
        '"That is not a recipe for a durable expansion," said Priya Ramaswamy-Cole, chief U.S. economist at Harborline Securities.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ramaswamy-Cole said she expected the saving rate to settle around 4% by the end of the year.",
        True,
        [("percent", 4, "%", "about")],
        "Ramaswamy-Cole",
    ),
    # --- Betriebskostenspiegel des Mieterbunds (dpa), Juli ---
    (
        "de",
        "Berlin (dpa) - Für Nebenkosten werden in Deutschland durchschnittlich 2,71 Euro je Quadratmeter Wohnfläche und Monat fällig.",
        True,
        [("money", 2.71, "EUR", None)],
        None,
    ),
    (
        "de",
        "Für eine 80-Quadratmeter-Wohnung summieren sich die Betriebskosten damit auf gut 2.600 Euro im Jahr.",
        True,
        [("count", 80, None, None), ("money", 2600, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Das geht aus dem neuen Betriebskostenspiegel des Deutschen Mieterbunds hervor, der auf Abrechnungsdaten aus dem Jahr 2029 beruht.",
        True,
        [("year", 2029, None, None)],
        None,
    ),
    (
        "de",
        "Am stärksten stiegen die Kosten für Heizung und Warmwasser, die allein 1,09 Euro pro Quadratmeter ausmachen.",
        True,
        [("money", 1.09, "EUR", None)],
        None,
    ),
    (
        "de",
        "Mieterbund-Präsidentin Ursula Feldhaus-Brink sagte, fast jeder dritte Mieterhaushalt müsse inzwischen mit einer Nachzahlung von mehr als 500 Euro rechnen.",
        True,
        [("fraction", 0.3333, None, "nearly"), ("money", 500, "EUR", "over")],
        "Ursula Feldhaus-Brink",
    ),
    (
        "de",
        "„Die Nebenkosten sind für viele Haushalte zur eigentlichen Kostenfalle geworden“, sagte Feldhaus-Brink.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Mieterbund rät, jede Abrechnung genau zu prüfen und bei Zweifeln Belege beim Vermieter anzufordern.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Eigentümerverband Haus & Grund verwies darauf, dass die Vermieter die gestiegenen Kosten für Energie und Versicherungen lediglich weitergäben.",
        True,
        [],
        None,
    ),
    # --- Back-to-school spending (AP), July ---
    (
        "en",
        "NEW YORK (AP) — Families with children in elementary through high school plan to spend a record $903.25 per household on back-to-school items this year, according to the National Retail Federation's annual survey.",
        True,
        [("money", 903.25, "USD", None)],
        None,
    ),
    ("en", "That is up from $862.15 last year.", True, [("money", 862.15, "USD", None)], None),
    (
        "en",
        "Total spending on school supplies, clothes and electronics is expected to reach $41.7 billion.",
        True,
        [("money", 41700000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The survey of 8,112 consumers found that 61% of parents planned to buy more store-brand items to save money.",
        True,
        [("count", 8112, None, None), ("percent", 61, "%", None)],
        None,
    ),
    (
        "en",
        "About one in four said they would use buy now, pay later plans for school purchases, up from 19% a year ago.",
        True,
        [("fraction", 0.25, None, "about"), ("percent", 19, "%", None)],
        None,
    ),
    (
        "en",
        '"Parents are being very deliberate about every dollar they spend," said NRF vice president Marisol Everhart-Quinn.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Everhart-Quinn said 58% of shoppers had already started buying by early July.",
        True,
        [("percent", 58, "%", None)],
        "Everhart-Quinn",
    ),
    ("en", "Retailers hope that a strong school season will carry momentum into the fall.", False, [], None),
    # --- Schulstartkosten (APA), August ---
    (
        "de",
        "Wien (APA) - Eltern in Österreich geben heuer für den Schulstart im Schnitt 342 Euro pro Kind aus.",
        True,
        [("money", 342, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das ergab eine Erhebung der Arbeiterkammer unter 3.750 Eltern von Pflichtschülerinnen und -schülern.",
        True,
        [("count", 3750, None, None)],
        None,
    ),
    (
        "de",
        "Über das ganze Schuljahr gerechnet kommen laut AK 1.870 Euro pro Kind zusammen, Skikurse und Sprachreisen nicht eingerechnet.",
        True,
        [("money", 1870, "EUR", None)],
        "AK",
    ),
    (
        "de",
        "Für Kinder in der fünften Schulstufe sind es mit 489 Euro am meisten.",
        True,
        [("ordinal", 5, None, None), ("money", 489, "EUR", None)],
        None,
    ),
    (
        "de",
        "Knapp die Hälfte der befragten Eltern gab an, für die Schulsachen auf Erspartes zurückgreifen zu müssen.",
        True,
        [("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "de",
        "„Bildung darf keine Frage des Geldbörsls sein“, sagte AK-Bildungsexpertin Veronika Strohmaier.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Strohmaier sagte, jede siebte Familie habe wegen der Kosten auf eine mehrtägige Schulveranstaltung verzichtet.",
        True,
        [("fraction", 0.1429, None, None)],
        "Strohmaier",
    ),
    (
        "de",
        "Die AK fordert einen Schulstartbonus von 150 Euro für Familien mit geringem Einkommen.",
        True,
        [("money", 150, "EUR", None)],
        None,
    ),
    # --- Financial Lives survey (PA), August ---
    (
        "en",
        "LONDON (PA) - Some 8.1 million UK adults have fallen behind on at least three bill or loan payments over the past six months, the Financial Conduct Authority's Financial Lives study has found.",
        True,
        [("count", 8100000, None, "about"), ("count", 3, None, "at_least"), ("duration", 6, "month", None)],
        None,
    ),
    (
        "en",
        "The figure is up from 6.9 million in the regulator's previous survey two years ago.",
        True,
        [("count", 6900000, None, None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "The survey, based on interviews with 17,950 adults, found 12% had less than £100 in savings.",
        True,
        [("count", 17950, None, None), ("percent", 12, "%", None), ("money", 100, "GBP", "under")],
        None,
    ),
    (
        "en",
        "Women, renters and people aged 18 to 24 were the most likely to struggle.",
        True,
        [("duration", 18, "year", None), ("duration", 24, "year", None)],
        None,
    ),
    (
        "en",
        "About 4.2 million people said they had used credit to pay for food or bills in the previous year.",
        True,
        [("count", 4200000, None, "about")],
        None,
    ),
    (
        "en",
        '"Behind these numbers are people making impossible choices every week," said FCA director of consumer policy Alistair Pennington-Rowe.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Pennington-Rowe said firms were expected to offer help such as payment holidays of up to three months to customers in difficulty.",
        True,
        [("duration", 3, "month", "up_to")],
        "Pennington-Rowe",
    ),
    ("en", "Debt charities welcomed the findings but said the regulator should go further.", False, [], None),
    # --- Versteckte Preiserhöhungen (dpa), September ---
    (
        "de",
        "Hamburg (dpa) - Bei der Verbraucherzentrale Hamburg sind seit Jahresbeginn 87 neue Beschwerden über versteckte Preiserhöhungen durch kleinere Packungen eingegangen.",
        True,
        [("count", 87, None, None)],
        None,
    ),
    (
        "de",
        "Ein Schokoriegel-Sechserpack enthält demnach nur noch 270 statt 300 Gramm, kostet aber weiterhin 2,99 Euro.",
        True,
        [
            ("count", 6, None, None),
            ("count", 270, None, None),
            ("count", 300, None, None),
            ("money", 2.99, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Umgerechnet auf den Kilopreis ist das ein Aufschlag von gut 11 Prozent.",
        True,
        [("percent", 11, "%", "over")],
        None,
    ),
    (
        "de",
        "Verbraucherschützerin Annegret Hollmichel sagte, bei Eigenmarken der Discounter habe die Zahl solcher Fälle zuletzt besonders stark zugenommen.",
        True,
        [],
        "Annegret Hollmichel",
    ),
    ("de", "„Das ist Verbrauchertäuschung mit System“, sagte Hollmichel.", False, [], None),
    (
        "de",
        "Die Verbraucherzentrale fordert, dass Hersteller eine kleinere Füllmenge mindestens sechs Monate lang auf der Vorderseite der Packung kennzeichnen müssen.",
        True,
        [("duration", 6, "month", "at_least")],
        None,
    ),
    ("de", "Der Lebensmittelverband wies den Vorwurf der Täuschung zurück.", False, [], None),
    (
        "de",
        "Nach Angaben des Verbands sind die Kosten für Kakao binnen zwei Jahren um mehr als 150 Prozent gestiegen.",
        True,
        [("duration", 2, "year", None), ("percent", 150, "%", "over")],
        None,
    ),
    # --- Irish deposits and switching (Reuters), September 18 ---
    (
        "en",
        "DUBLIN, Sept 18 (Reuters) - Irish households held a record €171.6 billion in bank deposits at the end of August, Central Bank of Ireland figures showed on Thursday.",
        True,
        [("date", "--09-18", None, None), ("money", 171600000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Deposits grew by €1.1 billion in the month, while the average interest rate on new household term deposits slipped to 1.84%.",
        True,
        [("money", 1100000000, "EUR", None), ("percent", 1.84, "%", None)],
        None,
    ),
    (
        "en",
        "Around 60% of household savings are still held in overnight accounts that pay little or no interest.",
        True,
        [("percent", 60, "%", "about")],
        None,
    ),
    (
        "en",
        "Comparison site bonkers.ie said a saver moving €20,000 from a typical current account to the best available 12-month deposit would earn about €540 more a year.",
        True,
        [("money", 20000, "EUR", None), ("duration", 12, "month", None), ("money", 540, "EUR", "about")],
        None,
    ),
    (
        "en",
        '"Irish savers are famously loyal, and the banks know it," said bonkers.ie head of communications Declan Moriarty-Shiels.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Moriarty-Shiels said fewer than one in 10 customers had switched bank account in the past five years.",
        True,
        [("fraction", 0.1, None, "under"), ("duration", 5, "year", None)],
        "Moriarty-Shiels",
    ),
    ("en", "Consumer advocates urged savers to shop around before interest rates fall any further.", False, [], None),
    (
        "en",
        "The European Central Bank has left its deposit rate unchanged at 1.75% since March.",
        True,
        [("percent", 1.75, "%", None)],
        None,
    ),
    # --- Schuldenreport der Schuldenberatungen (APA), Oktober ---
    (
        "de",
        "Wien (APA) - Die staatlich anerkannten Schuldenberatungen in Österreich haben im ersten Halbjahr 31.480 Menschen betreut, um 7 Prozent mehr als im Vorjahreszeitraum.",
        True,
        [("ordinal", 1, None, None), ("count", 31480, None, None), ("percent", 7, "%", None)],
        None,
    ),
    (
        "de",
        "Die durchschnittliche Verschuldung der Klientinnen und Klienten lag bei 63.700 Euro, wie aus dem Schuldenreport des Dachverbands ASB hervorgeht.",
        True,
        [("money", 63700, "EUR", None)],
        None,
    ),
    (
        "de",
        "Fast jeder dritte Klient ist jünger als 30 Jahre.",
        True,
        [("fraction", 0.3333, None, "nearly"), ("duration", 30, "year", "under")],
        None,
    ),
    (
        "de",
        "Die Zahl der eröffneten Privatkonkurse stieg in den ersten neun Monaten auf 6.912.",
        True,
        [("ordinal", 1, None, None), ("duration", 9, "month", None), ("count", 6912, None, None)],
        None,
    ),
    (
        "de",
        "ASB-Geschäftsführerin Brigitte Hochleitner-Sauer sagte, rund 1.900 Betroffene hätten ihre Schulden vor allem bei Online-Händlern und Ratenkauf-Anbietern gemacht.",
        True,
        [("count", 1900, None, "about")],
        "Brigitte Hochleitner-Sauer",
    ),
    (
        "de",
        "„Wer in der Schuldenspirale steckt, kommt allein kaum mehr heraus“, sagte Hochleitner-Sauer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Schuldenberatungen raten, bei Zahlungsschwierigkeiten sofort mit den Gläubigern Kontakt aufzunehmen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Seit dem Vorjahr bieten die Beratungsstellen in allen neun Bundesländern auch Termine per Video an.",
        True,
        [("count", 9, None, None)],
        None,
    ),
    # --- Grocery budgets in Australia (AAP), October ---
    (
        "en",
        "MELBOURNE (AAP) - Australian households are spending an average of A$327 a week on groceries, up A$18 on a year ago, according to a survey by comparison site Canstar Blue.",
        True,
        [("money", 327, "AUD", None), ("money", 18, "AUD", None)],
        None,
    ),
    (
        "en",
        "Households of four people reported the highest bills, at about A$465 a week.",
        True,
        [("count", 4, None, None), ("money", 465, "AUD", "about")],
        None,
    ),
    (
        "en",
        "The survey of 2,980 adults found that almost two-thirds had switched to cheaper brands in the past 12 months.",
        True,
        [("count", 2980, None, None), ("fraction", 0.6667, None, "nearly"), ("duration", 12, "month", None)],
        None,
    ),
    (
        "en",
        "Canstar Blue said 37 per cent of shoppers now bought most of their groceries at a discounter, up from 29 per cent two years earlier.",
        True,
        [("percent", 37, "%", None), ("percent", 29, "%", None), ("duration", 2, "year", None)],
        "Canstar Blue",
    ),
    (
        "en",
        '"Australians have become ruthless bargain hunters at the checkout," Canstar Blue editor-at-large Bronwyn Hatherley-Moss said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Official data showed food prices rose 3.4 per cent in the 12 months to September.",
        True,
        [("percent", 3.4, "%", None), ("duration", 12, "month", None)],
        None,
    ),
    (
        "en",
        "Consumer groups said supermarket loyalty schemes made it hard for shoppers to compare prices.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The consumer watchdog is due to publish its final report on supermarket pricing on November 14.",
        True,
        [("date", "--11-14", None, None)],
        None,
    ),
    # --- Schuldenberatung Schweiz (Keystone-SDA), Oktober ---
    (
        "de",
        "Bern (sda) - Steuerschulden sind in der Schweiz der häufigste Grund, weshalb sich Menschen an eine Schuldenberatung wenden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Bei 68 Prozent der Ratsuchenden stehen offene Steuerrechnungen an erster Stelle, gefolgt von unbezahlten Krankenkassenprämien mit 53 Prozent.",
        True,
        [("percent", 68, "%", None), ("ordinal", 1, None, None), ("percent", 53, "%", None)],
        None,
    ),
    (
        "de",
        "Das zeigt die Jahresstatistik des Dachverbands Schuldenberatung Schweiz, die am Dienstag in Bern vorgestellt wurde.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Im Schnitt hatten die beratenen Haushalte Schulden von 78'600 Franken.",
        True,
        [("money", 78600, "CHF", None)],
        None,
    ),
    (
        "de",
        "Geschäftsleiterin Mirjam Stäubli-Rüegg sagte, die Zahl der Erstberatungen sei innert Jahresfrist um 9 Prozent auf gut 7100 gestiegen.",
        True,
        [("percent", 9, "%", None), ("count", 7100, None, "over")],
        "Mirjam Stäubli-Rüegg",
    ),
    ("de", "«Das System bestraft jene, die ohnehin am wenigsten haben», sagte Stäubli-Rüegg.", False, [], None),
    (
        "de",
        "Der Verband fordert, dass die Steuern wie in anderen Ländern direkt vom Lohn abgezogen werden.",
        True,
        [],
        None,
    ),
    ("de", "Ob der Nationalrat auf die Forderung eingeht, ist offen.", False, [], None),
    # --- Thanksgiving dinner cost (AP), November ---
    (
        "en",
        "WASHINGTON (AP) — The cost of a classic Thanksgiving dinner for 10 people fell to $56.72 this year, a 2.6% drop from last year, the American Farm Bureau Federation said Wednesday.",
        True,
        [("count", 10, None, None), ("money", 56.72, "USD", None), ("percent", 2.6, "%", None)],
        "the American Farm Bureau Federation",
    ),
    (
        "en",
        "A 16-pound turkey, the centerpiece of the meal, cost $24.19, or about $1.51 per pound.",
        True,
        [("count", 16, None, None), ("money", 24.19, "USD", None), ("money", 1.51, "USD", "about")],
        None,
    ),
    (
        "en",
        "The informal survey was carried out by 212 volunteer shoppers in all 50 states and Puerto Rico between Oct. 28 and Nov. 7.",
        True,
        [
            ("count", 212, None, None),
            ("count", 50, None, None),
            ("date", "--10-28", None, None),
            ("date", "--11-07", None, None),
        ],
        None,
    ),
    (
        "en",
        "Prices for a 14-ounce package of cubed stuffing and a 30-ounce can of pumpkin pie mix both rose by more than 5%.",
        True,
        [("count", 14, None, None), ("count", 30, None, None), ("percent", 5, "%", "over")],
        None,
    ),
    (
        "en",
        '"There is a real bargain to be had this year if you shop around," AFBF chief economist Raymond Tolliver-Banks said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Tolliver-Banks said turkey production had been cut by about 7% because of bird flu outbreaks on farms in several states.",
        True,
        [("percent", 7, "%", "about")],
        "Tolliver-Banks",
    ),
    (
        "en",
        "The survey's menu covers turkey, stuffing, sweet potatoes, rolls, peas, cranberries, a vegetable tray and pumpkin pie with whipped cream.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Shoppers interviewed at a grocery store in Arlington, Virginia, said the savings were hard to notice.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Labor Department data showed food-at-home prices were 2.1% higher in October than a year earlier.",
        True,
        [("percent", 2.1, "%", None)],
        None,
    ),
    # --- Weihnachtsbudget (dpa), November ---
    (
        "de",
        "Düsseldorf (dpa) - Die Menschen in Deutschland wollen in diesem Jahr im Schnitt 297 Euro für Weihnachtsgeschenke ausgeben, 14 Euro weniger als im Vorjahr.",
        True,
        [("money", 297, "EUR", None), ("money", 14, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das ergab eine repräsentative Umfrage der Beratungsgesellschaft EY unter 1.004 Erwachsenen.",
        True,
        [("count", 1004, None, None)],
        None,
    ),
    (
        "de",
        "Rund 38 Prozent der Befragten wollen demnach weniger ausgeben als im vergangenen Jahr, nur 9 Prozent mehr.",
        True,
        [("percent", 38, "%", "about"), ("percent", 9, "%", None)],
        None,
    ),
    (
        "de",
        "Bei den 18- bis 29-Jährigen liegt das geplante Budget mit 341 Euro am höchsten.",
        True,
        [("duration", 18, "year", None), ("duration", 29, "year", None), ("money", 341, "EUR", None)],
        None,
    ),
    (
        "de",
        "EY-Handelsexperte Matthias Quernheim sagte, fast jeder Zweite wolle Geschenke vor allem online kaufen.",
        True,
        [("fraction", 0.5, None, "nearly")],
        "Matthias Quernheim",
    ),
    ("de", "„Der Gabentisch wird kleiner, aber er bleibt gedeckt“, sagte Quernheim.", False, [], None),
    (
        "de",
        "„Ich schaue inzwischen bei jedem Geschenk genau auf den Preis“, sagte eine Kundin in der Düsseldorfer Innenstadt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für das gesamte November- und Dezembergeschäft rechnet der Handelsverband HDE mit einem Umsatz von 126,8 Milliarden Euro.",
        True,
        [("money", 126800000000, "EUR", None)],
        None,
    ),
    # --- Christmas dinner comparison (PA), December ---
    (
        "en",
        "LONDON (PA) - A traditional Christmas dinner for eight people will cost £36.12 at the cheapest supermarket this year, up 6% on last year.",
        True,
        [("count", 8, None, None), ("money", 36.12, "GBP", None), ("percent", 6, "%", None)],
        None,
    ),
    (
        "en",
        "The figures come from a comparison of 22 items across nine supermarkets carried out by consumer group Which? in the first week of December.",
        True,
        [("count", 22, None, None), ("count", 9, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "At the most expensive chain the same meal came to £52.89, Which? said.",
        True,
        [("money", 52.89, "GBP", None)],
        "Which?",
    ),
    (
        "en",
        "A 5kg turkey accounted for almost half of the total at every supermarket.",
        True,
        [("count", 5, None, None), ("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "en",
        "Sprouts were the only item that got cheaper, falling 4p to 61p for a 500g bag.",
        True,
        [("money", 0.04, "GBP", None), ("money", 0.61, "GBP", None), ("count", 500, None, None)],
        None,
    ),
    (
        "en",
        '"With a bit of planning, families can still put on a proper spread without breaking the bank," said Which? consumer champion Ellis Marchbanks-Tate.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Separate research by the Money and Pensions Service found that 26% of adults expected to go into their overdraft in January.",
        True,
        [("percent", 26, "%", None)],
        None,
    ),
    ("en", "The service urged people to set a spending limit for the holidays and stick to it.", False, [], None),
    # --- Konsumerhebung in Österreich (APA), Dezember ---
    (
        "de",
        "Wien (APA) - Ein durchschnittlicher Haushalt in Österreich gibt 3.930 Euro im Monat für den Konsum aus.",
        True,
        [("money", 3930, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das zeigt die neue Konsumerhebung, für die rund 7.100 Haushalte zwei Wochen lang ein Haushaltsbuch führten.",
        True,
        [("count", 7100, None, "about"), ("duration", 2, "week", None)],
        None,
    ),
    (
        "de",
        "Der größte Posten ist mit 26 Prozent das Wohnen samt Energie, gefolgt vom Verkehr mit 14 Prozent.",
        True,
        [("percent", 26, "%", None), ("percent", 14, "%", None)],
        None,
    ),
    (
        "de",
        "Für Lebensmittel und alkoholfreie Getränke wenden die Haushalte im Schnitt 11,8 Prozent ihres Budgets auf.",
        True,
        [("percent", 11.8, "%", None)],
        None,
    ),
    (
        "de",
        "Pensionistenhaushalte geben mit 2.640 Euro deutlich weniger aus, wie Statistik-Austria-Generaldirektorin Kaltenbrunner sagte.",
        True,
        [("money", 2640, "EUR", None)],
        "Kaltenbrunner",
    ),
    (
        "de",
        "„Beim Wohnen wird den Menschen das Geld aus der Tasche gezogen“, sagte ein Sprecher der Mietervereinigung.",
        False,
        [],
        None,
    ),
    ("de", "Die Erhebung findet alle fünf Jahre statt.", True, [("duration", 5, "year", None)], None),
    (
        "de",
        "Ob die Haushalte im kommenden Jahr wieder mehr Spielraum haben, hängt laut Ökonomen vor allem von den Mieten ab.",
        False,
        [],
        None,
    ),
    # --- UK household saving ratio (Reuters), December 19 ---
    (
        "en",
        "LONDON, Dec 19 (Reuters) - British households put aside 10.4% of disposable income between July and September, compared with 10.9% in the second quarter, official data showed on Friday.",
        True,
        [
            ("date", "--12-19", None, None),
            ("percent", 10.4, "%", None),
            ("percent", 10.9, "%", None),
            ("ordinal", 2, None, None),
        ],
        None,
    ),
    ("en", "Economists had expected the ratio to hold at 10.9%.", True, [("percent", 10.9, "%", None)], None),
    (
        "en",
        "Real household disposable income per head fell 0.3% on the quarter.",
        True,
        [("percent", 0.3, "%", None)],
        None,
    ),
    (
        "en",
        "The ratio averaged about 8% in the five years before the pandemic.",
        True,
        [("percent", 8, "%", "about"), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "Some economists said households were likely to remain cautious until there were clearer signs that prices had stabilised.",
        False,
        [],
        None,
    ),
    (
        "en",
        "ONS deputy director Gwendolyn Ashcroft-Pryce said spending on services had risen for a fourth consecutive quarter.",
        True,
        [("ordinal", 4, None, None)],
        "Gwendolyn Ashcroft-Pryce",
    ),
    ("en", "The pound hardly reacted to the data in early London trading.", True, [], None),
    ("en", "The Treasury said the figures showed its plan to rebuild family finances was working.", False, [], None),
]
