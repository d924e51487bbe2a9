"""Two-hundred-and-eighty-eighth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, products and figures are
made up (Taliqo, Ilka Brüggemeier, Ruprecht Albersmeyer, Sensolith, Veronika Gruber-Lanz,
Hannes Moosbrugger, Calvenor, Séverine Aebischer, Travanti, Reto Gubler, Ardentix, Desmond
Achterberg, Bestlinq, Malte Oberhollenzer, Siltrava, Uwe Kämmerling, Fernwerk, Jochen
Wittkämper, Pixelhain, „Nebelreich“, Bendix Holtorf, Kursmeister, Quirin Aschenbrenner,
Optrion, Annegret Voigtländer, Paynetix, Lejla Hadžić, Kolibra, Ferdinand Stachowiak,
Tollvia, Gernot Pichlmayr; Sarvatek Consultancy, Ananya Kulkarni, Northvale Systems, Marisa
Okonkwo, Rohan Vasquez-Lind, Quillon Semiconductor, Imogen Farraday, Daeyang Semicon, Park
Ji-hoon, Murmurly, Talia Brennagh, Lumeo, Dario Pellegrin, Hoshimura Electronics, Keiko
Amamiya, Cartwheel, Noor Castellanos, Altaris, Hollis Kearney, Pinecrest Wealth,
Harbourline Software, Gideon Ashworth, Layoffix, Tandrel, Wesley Harrowgate, Lintai
Semiconductor, Lo Wei-chen, TrendWise, Ashgrove Digital, Fenella Strudwick, Kookabyte, Bronte
McAllister, Zippa, Lucien Okafor-Rees; every unnamed trader, analyst, minister,
spokesperson, executive and fund manager); office holders of real bodies appear by their
role only („Sachsens Wirtschaftsminister“). Real bodies, indices, exchanges, brokers and
places (Bloomberg, PRO-GE, Wiener Börse, SIX, Zürcher Kantonalbank, Dax, SDax, TecDax,
Berenberg, Erste Group, EU, Weiz, Jena, Linkedin; LSEG, FactSet, the Pew Research Center,
Wall Street, the Nasdaq Composite, the S&P 500, Bloomberg News, Peel Hunt, the London Stock
Exchange, and the datelines' cities) stand for the way wire copy names them; every result,
forecast, user number, cut, buyback, dividend, price, index level, estimate, market value
and quote here is invented, and where a real figure came to mind (a real company's
quarter, a real index close, a real market value) it was changed.

Its weight: TECH COMPANIES AND QUARTERLY RESULTS (the fifty-first batch weighed technology,
cybersecurity and telecoms copy, the seventy-third company earnings and corporate news, the
hundred-sixth and hundred-twenty-eighth technology companies, chips, data centres and
telecoms, the hundred-eighty-sixth banks' and insurers' quarterly results, the
two-hundred-and-eleventh technology companies and telecoms in a third-quarter reporting
season, the two-hundred-and-twenty-fourth industry results and job cuts and the
two-hundred-and-fortieth U.S. business and markets, and their decisions are kept) over one
fourth-quarter reporting season, Tuesday January 27 to Thursday February 12 of one year, as
30 short stories in story order with the German and English ones interleaved by day, each
told as wire copy runs it (a dateline lead, the figures, the estimates, attributed claims,
quotes, reactions). Half German (dpa, dpa-AFX, dpa/th, APA, awp, Keystone-SDA, Reuters
German; Austrian „heuer“, „im Jahr davor“, Swiss „innert“, „24'300“, «» quotes, German „“
quotes): a software group's fourth quarter with cloud revenue, consensus and a guidance
range, an Austrian sensor maker's half year of its 2025/26 fiscal year with job cuts, a
Swiss IT services group's year in francs with dividend and buyback, a Swiss peripherals
maker's fiscal third quarter in dollars, a U.S. group passing four trillion dollars in
market value, a tech sell-off on the Dax, an online retailer's Christmas quarter with active
customers and cuts, a chipmaker's short-time work, a telecom group's customers, dividend and
buyback, a games developer's profit warning with a cut price target, a neobroker's
customers, an optics supplier's order intake, an Austrian fintech's users, a Berlin
start-up's layoffs and a toll-systems group's nine months. Half English (Reuters, AP,
Bloomberg, PA, AAP): an Indian IT services quarter in crore rupees, a cloud group's fiscal
second quarter with capital spending, a chipmaker's weak forecast and layoffs, a Korean
memory maker's record in won, a social app's daily users, ARPU and per-share earnings, a
streamer's subscribers and price rise, a Japanese electronics group's raised forecast and
buyback in yen, an online retailer's holiday quarter and buyback, a Nasdaq sell-off with
market value wiped off, software layoffs with severance, a PC maker's guidance cut and job
cuts, a Taiwanese foundry's monthly sales, a UK marketplace's half year in pence, an
Australian software firm's half year in Australian dollars and a ride-hailing group's first
profitable year. Negatives as such copy has them: executives' rhetoric, visions, boasts and
resolve in quotes, labels of traders, analysts, unions, a minister and critics, investors'
mood and hopes (one with a year labelled), doubts, open questions, no-comment lines and an
evasion, each near a check-worthy look-alike from the same story.

243 rows (120 German, 123 English), 54 negatives (27 German, 27 English), 189 check-worthy
rows of which 12 carry no figure (8 German, 4 English), 390 expected quantities (143 amounts
of money - 65 USD, 41 EUR, 8 GBP, 7 each AUD and JPY, 6 CHF, 5 KRW, 3 INR, 1 TWD -, 88
percentages - 86 in %, 2 in percentage points -, 48 counts, 35 years, 30 ordinals, 16
durations - 10 in months, 4 in years, 2 in weeks -, 16 dates, 14 fractions; 1 of them in
one negative, as the seventeenth batch labels a figure in a negative), 36 checked speakers
(18 German, 18 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, vision, boast, vow or piece of rhetoric is a negative with speaker None,
  also with a named speaker and an office (seventh, ninety-eighth, hundred-sixth,
  two-hundred-and-fourth, two-hundred-and-eleventh); a quoted or reported statement of fact,
  figure, forecast, step or plan is check-worthy with its speaker, also in Konjunktiv I.
  Pairs from one speaker: Brüggemeier's backlog beside Albersmeyer's „kein Trend“, Gubler's
  0.8 points beside «bereit, dafür zu zahlen», Aebischer's 24'300 beside «hervorragend
  aufgestellt», Oberhollenzer's cuts beside „schlanker, schneller und profitabler“,
  Kämmerling's 2027 beside „noch lange nicht vorbei“, Wittkämper's dividend beside „das
  Rückgrat der digitalen Gesellschaft“, Aschenbrenner's 2028 beside „Wir demokratisieren die
  Geldanlage“, Voigtländer's 600 hires beside „läuft in keiner modernen Chipfabrik“ (a boast
  without a benchmark, two-hundred-and-eleventh), Hadžić's round beside „Österreich kann
  Fintech“, Pichlmayr's Chile order beside „Licht am Ende des Tunnels“, Kulkarni's deal wins
  beside "never been better positioned", Farraday's demand beside "hard choices", Park's
  third beside "supercycle", Brennagh's spending beside "where the world comes to talk",
  Pellegrin's margin beside "Great stories", Castellanos's packages beside "Nobody in the
  world moves packages", Strudwick's 9 million beside "real resilience", McAllister's one in
  five beside "just getting started" and Okafor-Rees's 10 cities beside "the future of how
  people move". Achterberg's reported „historischen Quartal“ stays a negative with a named
  speaker (two-hundred-and-fourth).
- Results and guidance (seventy-third, hundred-eighty-sixth, two-hundred-and-eleventh):
  revenue, profit, loss, margins, orders, users and per-share figures are check-worthy with
  or without a figure; guidance without a figure is check-worthy („mit einem
  Umsatzrückgang im niedrigen zweistelligen Prozentbereich“ - no quantity in
  „zweistelligen“, as "zweistellig" in „zum siebten Mal in Folge zweistellig“ carries none),
  and so are a lead with no figure, a share's position („nur knapp unter ihrem Rekordhoch“),
  a no-dividend line and the scope of a cut. Consensus figures are check-worthy with their
  source unchecked (two-hundred-and-eleventh: "according to LSEG data"; here also „Von der
  Nachrichtenagentur Bloomberg befragte Analysten“, "Analysts surveyed by FactSet", "22
  analysts polled by LSEG" count 22). Ranges give both ends with no hedge: „zwischen 25 und
  26,5 Milliarden Euro“, „von 4 bis 6 Prozent“, „auf 880 bis 900 Millionen Dollar“, „von 180
  bis 200 Millionen Euro statt bisher 260 bis 290 Millionen Euro“, „von 28 auf 19 Euro“ (the
  unit written once, seventy-sixth), "$73 billion to $74.2 billion", "3.5%-4% ... 3%-4.5%"
  (the twentieth's "2%-6%"), "between £186 million and £192 million", "59% to 61%", "by 4,000 to
  6,000 people"; "plus or minus $150 million" money with no hedge (two-hundred-and-eleventh:
  "plus or minus 2%"). Multiples are counts: „dem 2,6-Fachen des bereinigten Ebitda“ 2.6,
  "more than double the level" 2 "over" and "nearly twice what analysts had expected" 2
  "nearly" (two-hundred-and-seventy-sixth: "more than double the 35 days"); verbs of
  multiplying carry none („verdoppelte sich nahezu“ - „nahezu“ on the verb no hedge -, "more
  than tripled", "more than doubled"). Index levels are counts („bei 21.486 Punkten“, "at
  6,388.15 points"; the tenth's "6,512.6 points"), index names ("S&P
  500", „Dax“, „SDax“, „TecDax“) and "Ebit", "Ebitda", "DRAM" carry none.
- Money in the currency written (every batch): „Milliarden Franken“, „Franken je Aktie“,
  „287,60 Franken“ CHF; „1,41 Milliarden Dollar“, „318,40 Dollar“, „2,31 Dollar“ USD and
  „mehr als 4 Billionen US-Dollar“ 4,000,000,000,000 USD "over" („Billionen“ the German
  trillion); „um 5 Cent auf 0,85 Euro je Aktie“ 0.05 and 0.85 EUR (Cent hundredths of the
  euro, hundred-thirty-eighth); "62 cents per share", "71 cents per share" and "had expected
  64 cents" 0.62, 0.71, 0.64 USD (cents in U.S. copy hundredths of the dollar, as the hundred-sixth's "26 cents
  per share"); "3.1p per share" 0.031 GBP and "412p" 4.12 GBP (pence, fifty-first); "7,412
  crore rupees ($856 million)" 74,120,000,000 INR with the bracketed USD, "7,180 crore
  rupees", "11 rupees a share"; "1.46 trillion yen ($9.5 billion)", "up to 250 billion yen"
  "up_to"; "150 yen to the dollar" 150 JPY (an exchange rate is money in the currency
  written, twentieth); "11.8 trillion won ($8.1 billion)", "about 190 trillion won", "1,500
  won per share" KRW; "A$61.4 million", "A$38.75", "roughly A$21 billion" AUD. New: "298.6
  billion Taiwan dollars ($9.1 billion)" is TWD - a currency named in words takes its ISO
  code, as "Swiss francs" CHF and "Australian dollars" AUD. Market values are money („gut 11
  Milliarden Euro an Börsenwert“ "over", "about $150 billion off the company's market
  value", "About $640 billion was wiped off", "a market value of about $2.4 trillion", "a
  market capitalisation of about 190 trillion won"). Buybacks and dividends: „bis zu 750
  Millionen Franken“, „für bis zu 2 Milliarden Euro“, "up to $25 billion", "a new $7 billion
  share repurchase program", "a £75 million share buyback"; "per share", "a share", „je
  Aktie“, "a month", "a year" carry none.
- Fiscal periods (fifty-first, hundred-sixth, two-hundred-and-eleventh): quarters are
  ordinals („im vierten Quartal“, „im dritten Quartal seines Geschäftsjahres 2025/26“,
  „Im abgelaufenen Quartal, dem zweiten des Geschäftsjahres“ 2 - the noun left out, as "the
  Irish regulator's fourth" -, "third-quarter", "Fourth-quarter", "First-quarter", "the
  first quarter of fiscal 2026", "its fiscal third quarter"), halves too („Im ersten
  Halbjahr“ 1; fifteenth: "a first-half profit"); „Geschäftsjahr 2025/26“ both years
  (hundred-sixth: „Geschäftsjahr 2024/25“), „im Geschäftsjahr 2025“ 2025, "fiscal
  2026" and "by the end of fiscal 2028" the year (hundred-sixty-third). Spans with a
  figure are durations: „nach neun Monaten des Geschäftsjahres“ 9 months (fifty-first: „in
  den ersten neun Monaten“), "in the three months ended Dec. 31" 3 months with the date,
  "in the six months to December 31" 6 months with the date (two-hundred-and-eleventh),
  "13.4% three months before" 3 months (hundred-sixth: „vor zwei Monaten“), "over the past
  12 months", "over the past six months", „binnen sieben Monaten“, „für sechs Monate“, „seit
  zwei Jahren“, „seit vier Jahren“, „innert zwei Jahren“, „für mehr als 18 Monate
  Produktion“ "over". "the highest in 10 quarters" is count 10 - a quarter is no duration
  unit of the issue. None: „Im Weihnachtsquartal“ and „im Schlussquartal“ (a season names
  the quarter, two-hundred-and-eleventh: „Im Sommerquartal“), "the October-December
  quarter", "the October-December period", "the December quarter", "holiday-quarter",
  "half-year", "full-year", „im Gesamtjahr“, „im Vorjahr“, „im Vorjahreszeitraum“, „ein Jahr
  zuvor“, „im Jahresvergleich“, „binnen eines Jahres“ (the article, fifth), „seit
  Jahresbeginn“, „heuer“, "a year earlier", "a year ago", "year on year", "this year", "last
  year", "so far this year", "since January", "the year ending in March", "the rest of the
  fiscal year", "for every year of service", "for each year they worked there", "a year-end
  dividend". Ages as durations: „jünger als 30 Jahre“ 30 years "under" (twenty-third:
  „jünger als 15 Jahre“).
- Layoffs and staff: jobs, employees and headcounts are counts with their hedges („rund 350
  seiner 2.900 Stellen“ the hedge on its own figure, „rund 1.100 Beschäftigte“, „190 der
  zuletzt 810“ - „zuletzt“ no hedge -, „insgesamt etwa 420 Jobs“ "about", „um rund 150 auf
  etwa 620“, "roughly 1,900 employees", "a net 2,140" with no hedge, "318,560", "about 1,200
  positions", "about 700 roles", "more than 52,000"); shares of the staff are fractions or
  percentages („jede achte Stelle“ 0.125 - the issue's „jeder vierte“ -, „fast jeden
  dritten Beschäftigten“ 0.3333 "nearly", „knapp ein Viertel“ 0.25 "nearly", "about 7% of
  its workforce", "nearly 8% of the staff"). Severance is duration ("at least 16 weeks'
  salary" 16 weeks "at_least", "two extra weeks" 2 weeks; two-hundred-and-eleventh: "at
  least 14 weeks' pay"). Ordinals of rounds and records: „die zweite Prognosesenkung“,
  „die dritte größere Entlassungswelle“, "second wave of layoffs", „zum siebten Mal in
  Folge“, „zum dritten Mal in Folge“, "its fourth straight daily decline", „als drittes
  Unternehmen der Welt“, "India's third-largest" (the issue's „drittgrößte“), "for the first
  time" and "its first full year of profit" 1; „erstmals“, "record", "the highest in the
  company's history", "the world's largest" none.
- Fractions and shares (the issue: "ein Fünftel", "jeder vierte"): „um ein Viertel“ 0.25,
  „um ein Fünftel“ 0.2, „rund vier Fünftel“ 0.8 "about", „um gut ein Drittel“ 0.3333 "over"
  („gut“ "over", two-hundred-and-eleventh), „Rund zwei Drittel“ 0.6667 "about", "roughly a
  third" 0.3333 "about", "Nearly one in three" 0.3333 "nearly", "more than half" 0.5 "over",
  "about one in five" 0.2 "about", "Roughly two-thirds" 0.6667 "about", "around a fifth
  more" 0.2 "about" ("more" after the fraction no hedge).
- Years and dates: Reuters and AAP datelines with a day are dates without a year
  ("BENGALURU, Jan 27" --01-27, "SEATTLE, Jan 28", "SAN JOSE, California, Jan 29", "SEOUL,
  Jan 29", "LOS ANGELES, Feb 2", "TOKYO, Feb 4", "NEW YORK, Feb 5", "PALO ALTO, California,
  Feb 10", "TAIPEI, Feb 10", "SYDNEY, Feb 11 (AAP)", "SAN FRANCISCO, Feb 11"); dpa,
  dpa-AFX, dpa/th, APA, awp, Keystone-SDA, Reuters German ("Düsseldorf (Reuters) -"), AP
  ("SEATTLE (AP) —"), PA and Bloomberg ("(Bloomberg) --") datelines none (seventy-ninth,
  two-hundred-and-eleventh). "the quarter ended Dec. 31" and "to December 31" --12-31; „seit
  März 2020“, "since March 2024" the year; „bis Ende 2027“, „vor 2028“, „Ab Juli 2026“, „im
  Frühjahr 2027“, „seit dem Börsengang 2021“, „Für 2026“, „2025“, "for 2026, up from 28% in
  2025", "from 2027", "by the end of 2026", "into 2027" (labelled in a negative) the years.
  Months, weekdays and seasons alone („bis Ende September“, „per Ende Dezember“, „im Mai“,
  „bis Ende März“, „vom Januar“, "from March", "since April", "last August", "January
  revenue") none.
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "roughly",
  "Roughly", "around" "about"; „knapp“, „fast“, "nearly", "Nearly" "nearly"; „mehr als“,
  „gut“, "more than", "More than" "over"; „weniger als“, „jünger als“ "under"; „bis zu“, "up
  to" "up_to"; „mindestens“, "at least" "at_least". No hedge: „netto“, "a net", „im Schnitt“,
  „im Mittel“, "on average", „zwischen“, "between", „insgesamt“, „zuletzt“, „nur noch“,
  „nahezu“ on a verb, „derzeit“, „bereits“, „erst“, „zunächst“, „rechnerisch“, "plus or
  minus", "passed" ("passed 9 million", "passed 47 million"; two-hundred-and-eleventh:
  "crossed 390 million"), "surpassed", "more" after a figure ("10 more U.S. cities").
- Speakers, checked only in forms the earlier batches settled. German: „teilte das
  Unternehmen am Dienstagabend mit“, „... am Mittwoch mit“, „... am Freitag mit“, „...
  am Dienstag mit“ and „teilte das Unternehmen mit“ -> "das Unternehmen" (the day dropped,
  two-hundred-and-eleventh); „teilte Tollvia am Donnerstag mit“ -> "Tollvia"; „Finanzchefin
  Ilka Brüggemeier sagte, ...“, „Konzernchefin Séverine Aebischer sagte, ...“, „Finanzchef
  Reto Gubler sagte, ...“, „Vorstandschef Malte Oberhollenzer sagte, ...“, „Betriebsratschef
  Uwe Kämmerling sagte, ...“, „Gründer und Co-Chef Quirin Aschenbrenner sagte, ...“,
  „Vorstandschefin Annegret Voigtländer sagte, ...“, „Mitgründerin Lejla Hadžić sagte, ...“
  and „Finanzvorstand Gernot Pichlmayr sagte, ...“ the name (hundred-eightieth); „...,
  sagte Personalchefin Veronika Gruber-Lanz.“ and „..., sagte Finanzvorstand Jochen
  Wittkämper.“ the name with the title dropped. English: the name with role and occasion
  dropped ("Chief Executive Ananya Kulkarni said", "..., finance chief Marisa Okonkwo said.",
  "Chief Executive Imogen Farraday said", "..., Chief Financial Officer Park Ji-hoon said on
  an earnings call.", "Co-Chief Executive Dario Pellegrin said", "Chief Financial Officer
  Keiko Amamiya said", "Chief Executive Noor Castellanos said", "..., Chief Operating Officer
  Wesley Harrowgate said.", "Chief Executive Fenella Strudwick said", "Co-founder Bronte
  McAllister said", "Chief Executive Lucien Okafor-Rees said"); "Co-founder and CEO Talia
  Brennagh told analysts" -> "Talia Brennagh" (hundred-thirty-third: "told analysts"
  as "told reporters"); "Northvale said" and "Lumeo said" as written (a company at the head
  of reported speech, two-hundred-and-eleventh); "the company said" -> "the company" (also
  "the company said in a filing", the occasion dropped); "The chipmaker said" -> "the
  chipmaker" (the article lowered, ninety-eighth). Left unchecked (None): all negatives,
  also those with a named speaker; „Nach Angaben von Vorstandschef Bendix Holtorf“ (a form no
  batch settled for a person), „wie Mitgründer Ferdinand Stachowiak in einem Beitrag ...
  schrieb“, „Als Grund nannte Stachowiak“, „nach Unternehmensangaben“, „wie aus dem
  Quartalsbericht hervorgeht“, „Analysten der Privatbank Berenberg senkten“; "according to
  LSEG data", "according to a survey by the Pew Research Center", "according to research
  firm TrendWise", "according to an internal memo seen by Bloomberg News", "the memo
  showed", "Layoff tracker Layoffix counts", "Social media company Murmurly said" and
  "Taiwan's Lintai Semiconductor said" (a description before the name, fifty-first,
  two-hundred-and-eleventh), and rows without attribution.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_288 = [
    # --- Taliqo-Quartalszahlen (dpa-AFX) ---
    ("de", "Mannheim (dpa-AFX) - Der Softwarekonzern Taliqo hat im vierten Quartal dank seines Cloudgeschäfts mehr umgesetzt als von Analysten erwartet.", True, [("ordinal", 4, None, None)], None),
    ("de", "Der Umsatz kletterte um 11 Prozent auf 9,42 Milliarden Euro, die Cloud-Erlöse legten sogar um 27 Prozent auf 4,86 Milliarden Euro zu, teilte das Unternehmen am Dienstagabend mit.", True, [("percent", 11, "%", None), ("money", 9420000000, "EUR", None), ("percent", 27, "%", None), ("money", 4860000000, "EUR", None)], "das Unternehmen"),
    ("de", "Von der Nachrichtenagentur Bloomberg befragte Analysten hatten im Schnitt mit 9,31 Milliarden Euro gerechnet.", True, [("money", 9310000000, "EUR", None)], None),
    ("de", "Das bereinigte Betriebsergebnis stieg im Gesamtjahr um 19 Prozent auf 10,7 Milliarden Euro.", True, [("percent", 19, "%", None), ("money", 10700000000, "EUR", None)], None),
    ("de", "Für 2026 peilt Taliqo Cloud-Erlöse zwischen 25 und 26,5 Milliarden Euro an.", True, [("year", 2026, None, None), ("money", 25000000000, "EUR", None), ("money", 26500000000, "EUR", None)], None),
    ("de", "Finanzchefin Ilka Brüggemeier sagte, der vertraglich gesicherte Cloud-Auftragsbestand sei binnen eines Jahres um ein Viertel auf 18,2 Milliarden Euro gewachsen.", True, [("fraction", 0.25, None, None), ("money", 18200000000, "EUR", None)], "Ilka Brüggemeier"),
    ("de", "„Die Cloud ist für uns kein Trend, sondern unsere Zukunft“, sagte Vorstandschef Ruprecht Albersmeyer.", False, [], None),
    ("de", "Die Aktie sprang im nachbörslichen Handel um mehr als 6 Prozent nach oben.", True, [("percent", 6, "%", "over")], None),
    ("de", "Ein Händler sprach von einem „Befreiungsschlag nach einem schwierigen Jahr“.", False, [], None),
    # --- Sarvatek results (Reuters) ---
    ("en", "BENGALURU, Jan 27 (Reuters) - Sarvatek Consultancy, India's third-largest IT services company, reported a 6.8% rise in third-quarter profit on Tuesday, beating estimates as banking clients stepped up technology spending.", True, [("date", "--01-27", None, None), ("ordinal", 3, None, None), ("percent", 6.8, "%", None), ("ordinal", 3, None, None)], None),
    ("en", "Consolidated net profit rose to 7,412 crore rupees ($856 million) in the quarter ended Dec. 31.", True, [("money", 74120000000, "INR", None), ("money", 856000000, "USD", None), ("date", "--12-31", None, None)], None),
    ("en", "Analysts on average had expected a profit of 7,180 crore rupees, according to LSEG data.", True, [("money", 71800000000, "INR", None)], None),
    ("en", "Sarvatek now sees revenue in fiscal 2026 growing 3.5%-4% in constant currency, a narrower band than the 3%-4.5% it gave earlier.", True, [("year", 2026, None, None), ("percent", 3.5, "%", None), ("percent", 4, "%", None), ("percent", 3, "%", None), ("percent", 4.5, "%", None)], None),
    ("en", "Its workforce grew by a net 2,140 over the quarter to 318,560.", True, [("count", 2140, None, None), ("count", 318560, None, None)], None),
    ("en", "Attrition, the share of staff who quit, slipped to 12.9% in the December quarter, versus 13.4% three months before.", True, [("percent", 12.9, "%", None), ("percent", 13.4, "%", None), ("duration", 3, "month", None)], None),
    ("en", "Chief Executive Ananya Kulkarni said large deal wins totalled $3.9 billion, the highest in 10 quarters.", True, [("money", 3900000000, "USD", None), ("count", 10, None, None)], "Ananya Kulkarni"),
    ("en", '"We have never been better positioned for what comes next," Kulkarni said.', False, [], None),
    ("en", "Some analysts remain sceptical that generative AI will lift revenue for Indian outsourcers any time soon.", False, [], None),
    ("en", "Sarvatek will pay shareholders an interim payout of 11 rupees a share.", True, [("money", 11, "INR", None)], None),
    # --- Sensolith streicht Stellen (APA) ---
    ("de", "Graz (APA) - Der steirische Sensorhersteller Sensolith streicht wegen der anhaltenden Flaute in der Autoindustrie rund 350 seiner 2.900 Stellen in Österreich.", True, [("count", 350, None, "about"), ("count", 2900, None, None)], None),
    ("de", "Im ersten Halbjahr des Geschäftsjahres 2025/26 sei der Umsatz um 14,6 Prozent auf 412 Millionen Euro gesunken, teilte das Unternehmen am Mittwoch mit.", True, [("ordinal", 1, None, None), ("year", 2025, None, None), ("year", 2026, None, None), ("percent", 14.6, "%", None), ("money", 412000000, "EUR", None)], "das Unternehmen"),
    ("de", "Unterm Strich stand ein Verlust von 38,2 Millionen Euro nach einem Gewinn von 21,5 Millionen Euro im Vorjahreszeitraum.", True, [("money", 38200000, "EUR", None), ("money", 21500000, "EUR", None)], None),
    ("de", "Der Abbau soll bis Ende September großteils über auslaufende Zeitverträge und ein Altersteilzeitmodell erfolgen, sagte Personalchefin Veronika Gruber-Lanz.", True, [], "Veronika Gruber-Lanz"),
    ("de", "„Das ist ein bitterer, aber notwendiger Schritt“, sagte Vorstandschef Hannes Moosbrugger.", False, [], None),
    ("de", "Die Gewerkschaft PRO-GE warf dem Management einen „Kahlschlag ohne jede Perspektive für die Region“ vor.", False, [], None),
    ("de", "Für das Gesamtjahr rechnet Sensolith nun mit einem Umsatzrückgang im niedrigen zweistelligen Prozentbereich.", True, [], None),
    ("de", "Bereits im Vorjahr hatte der Konzern 180 Stellen am Standort Weiz abgebaut.", True, [("count", 180, None, None)], None),
    ("de", "Bis zum Nachmittag rutschte das Papier in Wien um 9,3 Prozent ab.", True, [("percent", 9.3, "%", None)], None),
    # --- Northvale Systems results (Reuters) ---
    ("en", "SEATTLE, Jan 28 (Reuters) - Northvale Systems beat Wall Street estimates for second-quarter revenue on Wednesday, as businesses spent more on its cloud and AI services.", True, [("date", "--01-28", None, None), ("ordinal", 2, None, None)], None),
    ("en", "Revenue rose 17% to $71.4 billion in the quarter ended Dec. 31, compared with analysts' average estimate of $69.8 billion, according to LSEG data.", True, [("percent", 17, "%", None), ("money", 71400000000, "USD", None), ("date", "--12-31", None, None), ("money", 69800000000, "USD", None)], None),
    ("en", "Its cloud unit grew 34%, a touch slower than the 35% growth it reported in the first quarter of fiscal 2026.", True, [("percent", 34, "%", None), ("percent", 35, "%", None), ("ordinal", 1, None, None), ("year", 2026, None, None)], None),
    ("en", "Capital spending jumped to $27.6 billion, more than double the level of a year earlier.", True, [("money", 27600000000, "USD", None), ("count", 2, None, "over")], None),
    ("en", "Northvale expects third-quarter revenue of $73 billion to $74.2 billion, finance chief Marisa Okonkwo said.", True, [("ordinal", 3, None, None), ("money", 73000000000, "USD", None), ("money", 74200000000, "USD", None)], "Marisa Okonkwo"),
    ("en", '"Every company on earth is going to become an AI company, and we intend to power all of them," Chief Executive Rohan Vasquez-Lind said.', False, [], None),
    ("en", "Northvale said its AI business had surpassed an annual revenue run rate of $20 billion.", True, [("money", 20000000000, "USD", None)], "Northvale"),
    ("en", "Shares fell 4.1% in extended trading, wiping about $150 billion off the company's market value.", True, [("percent", 4.1, "%", None), ("money", 150000000000, "USD", "about")], None),
    ("en", "Some investors have questioned whether the spending will ever pay off.", False, [], None),
    # --- Calvenor-Jahreszahlen (awp) ---
    ("de", "Zürich (awp) - Der IT-Dienstleister Calvenor hat im Geschäftsjahr 2025 einen Reingewinn von 612 Millionen Franken erzielt, knapp 8 Prozent mehr als im Vorjahr.", True, [("year", 2025, None, None), ("money", 612000000, "CHF", None), ("percent", 8, "%", "nearly")], None),
    ("de", "Der Umsatz stieg um 4,1 Prozent auf 5,83 Milliarden Franken, organisch betrug das Wachstum 5,6 Prozent.", True, [("percent", 4.1, "%", None), ("money", 5830000000, "CHF", None), ("percent", 5.6, "%", None)], None),
    ("de", "Je Aktie will Calvenor 3,40 Franken ausschütten, nach 3,10 Franken im Vorjahr.", True, [("money", 3.4, "CHF", None), ("money", 3.1, "CHF", None)], None),
    ("de", "Zudem kündigte Calvenor ein Aktienrückkaufprogramm von bis zu 750 Millionen Franken an, das innert zwei Jahren umgesetzt werden soll.", True, [("money", 750000000, "CHF", "up_to"), ("duration", 2, "year", None)], None),
    ("de", "Konzernchefin Séverine Aebischer sagte, die Zahl der Mitarbeitenden sei per Ende Dezember auf 24'300 gestiegen.", True, [("count", 24300, None, None)], "Séverine Aebischer"),
    ("de", "«Wir sind für die kommenden Jahre hervorragend aufgestellt», sagte Aebischer.", False, [], None),
    ("de", "Für 2026 stellt das Unternehmen ein organisches Wachstum von 4 bis 6 Prozent in Aussicht.", True, [("year", 2026, None, None), ("percent", 4, "%", None), ("percent", 6, "%", None)], None),
    ("de", "Ein Analyst der Zürcher Kantonalbank nannte die Zahlen „solide, aber wenig spektakulär“.", False, [], None),
    ("de", "Calvenor-Titel beendeten den Handel mit einem Plus von 3,2 Prozent bei 287,60 Franken.", True, [("percent", 3.2, "%", None), ("money", 287.6, "CHF", None)], None),
    # --- Quillon Semiconductor (Reuters) ---
    ("en", "SAN JOSE, California, Jan 29 (Reuters) - Quillon Semiconductor forecast first-quarter revenue below estimates on Thursday and said it would cut about 7% of its workforce, sending its shares down 11% after the bell.", True, [("date", "--01-29", None, None), ("ordinal", 1, None, None), ("percent", 7, "%", "about"), ("percent", 11, "%", None)], None),
    ("en", "The chipmaker expects revenue of $3.05 billion, plus or minus $150 million, while analysts had expected $3.42 billion.", True, [("money", 3050000000, "USD", None), ("money", 150000000, "USD", None), ("money", 3420000000, "USD", None)], None),
    ("en", "Fourth-quarter revenue fell 9% to $3.31 billion, and adjusted earnings came in at 62 cents per share.", True, [("ordinal", 4, None, None), ("percent", 9, "%", None), ("money", 3310000000, "USD", None), ("money", 0.62, "USD", None)], None),
    ("en", "The job cuts will affect roughly 1,900 employees and cost $220 million to $260 million in severance and related charges, the company said in a filing.", True, [("count", 1900, None, "about"), ("money", 220000000, "USD", None), ("money", 260000000, "USD", None)], "the company"),
    ("en", "Chief Executive Imogen Farraday said demand from industrial and automotive customers had not yet recovered.", True, [], "Imogen Farraday"),
    ("en", '"We are making hard choices today so that Quillon comes out of this cycle stronger," Farraday said.', False, [], None),
    ("en", 'Analysts at one brokerage described the outlook as "ugly but not catastrophic".', False, [], None),
    ("en", "Quillon has lost more than 40% of its market value over the past 12 months.", True, [("percent", 40, "%", "over"), ("duration", 12, "month", None)], None),
    ("en", "The cuts mark Quillon's second wave of layoffs since March 2024.", True, [("ordinal", 2, None, None), ("year", 2024, None, None)], None),
    # --- Travanti (Keystone-SDA) ---
    ("de", "Lausanne (Keystone-SDA) - Der Computerzubehör-Hersteller Travanti hat im dritten Quartal seines Geschäftsjahres 2025/26 den Umsatz um 6 Prozent auf 1,41 Milliarden Dollar gesteigert.", True, [("ordinal", 3, None, None), ("year", 2025, None, None), ("year", 2026, None, None), ("percent", 6, "%", None), ("money", 1410000000, "USD", None)], None),
    ("de", "Der Betriebsgewinn nach US-Rechnungslegung stieg um 11 Prozent auf 262 Millionen Dollar.", True, [("percent", 11, "%", None), ("money", 262000000, "USD", None)], None),
    ("de", "Das Unternehmen hob seine Jahresprognose für den Betriebsgewinn auf 880 bis 900 Millionen Dollar an.", True, [("money", 880000000, "USD", None), ("money", 900000000, "USD", None)], None),
    ("de", "Das Gaming-Segment wuchs dabei zum siebten Mal in Folge zweistellig.", True, [("ordinal", 7, None, None)], None),
    ("de", "Finanzchef Reto Gubler sagte, die US-Zölle hätten die Bruttomarge um rund 0,8 Prozentpunkte belastet.", True, [("percent", 0.8, "pp", "about")], "Reto Gubler"),
    ("de", "«Unsere Kundschaft will Qualität, und sie ist bereit, dafür zu zahlen», sagte Gubler.", False, [], None),
    ("de", "Händler zeigten sich von der Prognoseanhebung positiv überrascht.", False, [], None),
    ("de", "An der Börse gewannen die Aktien bis Mittag 5,1 Prozent.", True, [("percent", 5.1, "%", None)], None),
    # --- Daeyang Semicon (Reuters) ---
    ("en", "SEOUL, Jan 29 (Reuters) - South Korea's Daeyang Semicon posted record quarterly operating profit on Thursday as prices for high-bandwidth memory chips used in AI servers soared.", True, [("date", "--01-29", None, None)], None),
    ("en", "Operating profit for the October-December period more than tripled to 11.8 trillion won ($8.1 billion) from 3.6 trillion won a year earlier.", True, [("money", 11800000000000, "KRW", None), ("money", 8100000000, "USD", None), ("money", 3600000000000, "KRW", None)], None),
    ("en", "Revenue rose 52% to 31.7 trillion won.", True, [("percent", 52, "%", None), ("money", 31700000000000, "KRW", None)], None),
    ("en", "The chipmaker said high-bandwidth memory accounted for about 40% of its DRAM sales and that its supply for 2026 was already sold out.", True, [("percent", 40, "%", "about"), ("year", 2026, None, None)], "the chipmaker"),
    ("en", "Daeyang plans to lift capital spending by roughly a third this year, Chief Financial Officer Park Ji-hoon said on an earnings call.", True, [("fraction", 0.3333, None, "about")], "Park Ji-hoon"),
    ("en", '"The memory supercycle has only just begun," Park said.', False, [], None),
    ("en", "Daeyang's shares have more than doubled over the past six months, giving it a market capitalisation of about 190 trillion won.", True, [("duration", 6, "month", None), ("money", 190000000000000, "KRW", "about")], None),
    ("en", "Investors hope the boom will last well into 2027.", False, [("year", 2027, None, None)], None),
    ("en", "It will pay a year-end dividend of 1,500 won per share.", True, [("money", 1500, "KRW", None)], None),
    # --- Ardentix-Börsenwert (dpa-AFX) ---
    ("de", "New York (dpa-AFX) - Der US-Technologiekonzern Ardentix ist als drittes Unternehmen der Welt an der Börse mehr als 4 Billionen US-Dollar wert.", True, [("ordinal", 3, None, None), ("money", 4000000000000, "USD", "over")], None),
    ("de", "Die Aktie stieg nach überraschend starken Quartalszahlen um 7,8 Prozent auf 318,40 Dollar.", True, [("percent", 7.8, "%", None), ("money", 318.4, "USD", None)], None),
    ("de", "Im abgelaufenen Quartal, dem zweiten des Geschäftsjahres, setzte Ardentix 104,6 Milliarden Dollar um, ein Plus von 13 Prozent.", True, [("ordinal", 2, None, None), ("money", 104600000000, "USD", None), ("percent", 13, "%", None)], None),
    ("de", "Der Gewinn je Aktie lag mit 2,31 Dollar deutlich über den Erwartungen der Analysten von 2,09 Dollar.", True, [("money", 2.31, "USD", None), ("money", 2.09, "USD", None)], None),
    ("de", "Seit Jahresbeginn hat das Papier damit rund 22 Prozent zugelegt.", True, [("percent", 22, "%", "about")], None),
    ("de", "Ardentix-Chef Desmond Achterberg sprach von einem „historischen Quartal“.", False, [], None),
    ("de", "Marktbeobachter fragen sich, ob die hohen Investitionen in Rechenzentren sich jemals rechnen werden.", False, [], None),
    # --- Kursrutsch bei Techwerten (dpa-AFX) ---
    ("de", "Frankfurt (dpa-AFX) - Mit Kursverlusten von bis zu 8 Prozent haben Technologiewerte am Montag den Dax belastet.", True, [("percent", 8, "%", "up_to")], None),
    ("de", "Der Softwarekonzern Taliqo büßte als schwächster Wert im Leitindex 5,4 Prozent ein und verlor damit gut 11 Milliarden Euro an Börsenwert.", True, [("percent", 5.4, "%", None), ("money", 11000000000, "EUR", "over")], None),
    ("de", "Auslöser war ein Bericht, wonach ein großer US-Konkurrent seine Preise für Cloud-Software um 15 Prozent senken will.", True, [("percent", 15, "%", None)], None),
    ("de", "Der Dax schloss 1,2 Prozent tiefer bei 21.486 Punkten.", True, [("percent", 1.2, "%", None), ("count", 21486, None, None)], None),
    ("de", "„Die Nervosität im Techsektor ist mit Händen zu greifen“, sagte ein Händler.", False, [], None),
    ("de", "Der Technologieindex TecDax gab um 2,3 Prozent nach und fiel damit zum dritten Mal in Folge.", True, [("percent", 2.3, "%", None), ("ordinal", 3, None, None)], None),
    ("de", "Ob sich die Kurse rasch wieder erholen, ist unter Marktbeobachtern umstritten.", False, [], None),
    # --- Lumeo subscribers (Reuters) ---
    ("en", "LOS ANGELES, Feb 2 (Reuters) - Streaming service Lumeo added 7.4 million paid subscribers in the fourth quarter, nearly twice what analysts had expected, helped by a hit crime drama and a cheaper ad-supported plan.", True, [("date", "--02-02", None, None), ("count", 7400000, None, None), ("ordinal", 4, None, None), ("count", 2, None, "nearly")], None),
    ("en", "It ended the year with 214 million paying members worldwide.", True, [("count", 214000000, None, None)], None),
    ("en", "Revenue for the quarter grew 14% to $10.9 billion.", True, [("percent", 14, "%", None), ("money", 10900000000, "USD", None)], None),
    ("en", "From March, U.S. customers on Lumeo's standard plan will pay $1.50 more, or $17.49 a month, the company said.", True, [("money", 1.5, "USD", None), ("money", 17.49, "USD", None)], "the company"),
    ("en", "The ad-supported tier now accounts for more than half of new sign-ups in the 12 markets where it is offered.", True, [("fraction", 0.5, None, "over"), ("count", 12, None, None)], None),
    ("en", "Co-Chief Executive Dario Pellegrin said Lumeo expected an operating margin of 31% for 2026, up from 28% in 2025.", True, [("percent", 31, "%", None), ("year", 2026, None, None), ("percent", 28, "%", None), ("year", 2025, None, None)], "Dario Pellegrin"),
    ("en", '"Great stories will always find an audience," Pellegrin said.', False, [], None),
    ("en", "Lumeo said it would stop reporting quarterly subscriber numbers from 2027.", True, [("year", 2027, None, None)], "Lumeo"),
    ("en", "Whether the price increase will slow subscriber growth is an open question.", False, [], None),
    ("en", "Shares jumped 12% to $1,024.50 in extended trading.", True, [("percent", 12, "%", None), ("money", 1024.5, "USD", None)], None),
    # --- Bestlinq (dpa) ---
    ("de", "Berlin (dpa) - Der Onlinehändler Bestlinq hat im Weihnachtsquartal erstmals seit zwei Jahren wieder einen operativen Gewinn geschrieben.", True, [("duration", 2, "year", None)], None),
    ("de", "Das bereinigte Ebit lag bei 46 Millionen Euro, nach einem Verlust von 12 Millionen Euro ein Jahr zuvor.", True, [("money", 46000000, "EUR", None), ("money", 12000000, "EUR", None)], None),
    ("de", "Die Zahl der aktiven Kundinnen und Kunden sank jedoch um 3 Prozent auf 11,2 Millionen.", True, [("percent", 3, "%", None), ("count", 11200000, None, None)], None),
    ("de", "Bestlinq will deshalb jede achte Stelle in der Verwaltung streichen, insgesamt etwa 420 Jobs.", True, [("fraction", 0.125, None, None), ("count", 420, None, "about")], None),
    ("de", "Vorstandschef Malte Oberhollenzer sagte, betroffen seien vor allem das Marketing und die Zentrale in Berlin-Friedrichshain.", True, [], "Malte Oberhollenzer"),
    ("de", "„Wir werden schlanker, schneller und profitabler“, sagte Oberhollenzer.", False, [], None),
    ("de", "Für 2026 erwartet das Management ein Umsatzplus von 2 bis 5 Prozent und ein bereinigtes Ebit von 110 bis 150 Millionen Euro.", True, [("year", 2026, None, None), ("percent", 2, "%", None), ("percent", 5, "%", None), ("money", 110000000, "EUR", None), ("money", 150000000, "EUR", None)], None),
    ("de", "Die Aktie, die seit dem Börsengang 2021 rund vier Fünftel ihres Werts verloren hat, stieg am Vormittag um 12,4 Prozent.", True, [("year", 2021, None, None), ("fraction", 0.8, None, "about"), ("percent", 12.4, "%", None)], None),
    ("de", "Ob der Turnaround nachhaltig ist, bleibt abzuwarten.", False, [], None),
    # --- Murmurly results (AP) ---
    ("en", "MENLO PARK, Calif. (AP) — Social media company Murmurly said Tuesday that its daily active users climbed to 512 million in the fourth quarter, up from 468 million a year earlier.", True, [("count", 512000000, None, None), ("ordinal", 4, None, None), ("count", 468000000, None, None)], None),
    ("en", "Average revenue per user in North America rose to $14.82, the highest in the company's history.", True, [("money", 14.82, "USD", None)], None),
    ("en", "Murmurly posted net income of $1.08 billion, or 71 cents per share, for the October-December quarter.", True, [("money", 1080000000, "USD", None), ("money", 0.71, "USD", None)], None),
    ("en", "Analysts surveyed by FactSet had expected 64 cents.", True, [("money", 0.64, "USD", None)], None),
    ("en", "Co-founder and CEO Talia Brennagh told analysts the company would spend between $38 billion and $42 billion on infrastructure this year.", True, [("money", 38000000000, "USD", None), ("money", 42000000000, "USD", None)], "Talia Brennagh"),
    ("en", '"Murmurly is where the world comes to talk," Brennagh said.', False, [], None),
    ("en", "Nearly one in three U.S. teenagers uses the app every day, according to a survey by the Pew Research Center.", True, [("fraction", 0.3333, None, "nearly")], None),
    ("en", "Critics say the platform still does far too little to protect its youngest users.", False, [], None),
    # --- Siltrava Kurzarbeit (dpa) ---
    ("de", "Dresden (dpa) - Der Chiphersteller Siltrava schickt wegen schwacher Nachfrage aus der Autoindustrie rund 1.100 Beschäftigte in Kurzarbeit.", True, [("count", 1100, None, "about")], None),
    ("de", "Im vierten Quartal sei der Umsatz im Vergleich zum Vorjahreszeitraum um ein Fünftel auf 530 Millionen Euro eingebrochen, teilte das Unternehmen am Mittwoch mit.", True, [("ordinal", 4, None, None), ("fraction", 0.2, None, None), ("money", 530000000, "EUR", None)], "das Unternehmen"),
    ("de", "Die Kurzarbeit soll zunächst für sechs Monate gelten und betrifft fast jeden dritten Beschäftigten am Standort.", True, [("duration", 6, "month", None), ("fraction", 0.3333, None, "nearly")], None),
    ("de", "Betriebsratschef Uwe Kämmerling sagte, Kündigungen seien bis Ende 2027 ausgeschlossen.", True, [("year", 2027, None, None)], "Uwe Kämmerling"),
    ("de", "„Die Halbleiterkrise ist noch lange nicht vorbei“, sagte Kämmerling.", False, [], None),
    ("de", "Sachsens Wirtschaftsminister sprach von einem „Warnsignal für den gesamten Standort“.", False, [], None),
    ("de", "Die Auslastung der Fertigung liegt derzeit bei weniger als 60 Prozent.", True, [("percent", 60, "%", "under")], None),
    # --- Hoshimura Electronics (Reuters) ---
    ("en", "TOKYO, Feb 4 (Reuters) - Hoshimura Electronics raised its annual operating profit forecast by 12% on Wednesday, citing strong sales of image sensors and a weaker yen.", True, [("date", "--02-04", None, None), ("percent", 12, "%", None)], None),
    ("en", "The company now expects operating profit of 1.46 trillion yen ($9.5 billion) for the year ending in March, up from 1.3 trillion yen previously.", True, [("money", 1460000000000, "JPY", None), ("money", 9500000000, "USD", None), ("money", 1300000000000, "JPY", None)], None),
    ("en", "That compares with an average forecast of 1.41 trillion yen from 22 analysts polled by LSEG.", True, [("money", 1410000000000, "JPY", None), ("count", 22, None, None)], None),
    ("en", "Operating profit for the October-December quarter rose 18% to 498.2 billion yen.", True, [("percent", 18, "%", None), ("money", 498200000000, "JPY", None)], None),
    ("en", "Hoshimura will also buy back shares worth up to 250 billion yen, equal to about 2.4% of those outstanding.", True, [("money", 250000000000, "JPY", "up_to"), ("percent", 2.4, "%", "about")], None),
    ("en", "Chief Financial Officer Keiko Amamiya said the firm assumed an exchange rate of 150 yen to the dollar for the rest of the fiscal year.", True, [("money", 150, "JPY", None)], "Keiko Amamiya"),
    ("en", "Sales at the gaming division were flat year on year at 1.02 trillion yen.", True, [("money", 1020000000000, "JPY", None)], None),
    ("en", "Hoshimura declined to comment on reports that it was weighing a sale of its chemicals unit.", False, [], None),
    # --- Fernwerk (Reuters) ---
    ("de", "Düsseldorf (Reuters) - Der Telekomkonzern Fernwerk hat im Schlussquartal mehr Mobilfunkkunden gewonnen als erwartet und hebt die Dividende an.", True, [], None),
    ("de", "Netto kamen 286.000 Vertragskunden hinzu, Analysten hatten im Mittel mit 240.000 gerechnet.", True, [("count", 286000, None, None), ("count", 240000, None, None)], None),
    ("de", "Der Service-Umsatz wuchs im vierten Quartal um 2,3 Prozent auf 3,18 Milliarden Euro.", True, [("ordinal", 4, None, None), ("percent", 2.3, "%", None), ("money", 3180000000, "EUR", None)], None),
    ("de", "Die Ausschüttung werde um 5 Cent auf 0,85 Euro je Aktie angehoben, sagte Finanzvorstand Jochen Wittkämper.", True, [("money", 0.05, "EUR", None), ("money", 0.85, "EUR", None)], "Jochen Wittkämper"),
    ("de", "Zudem will Fernwerk bis Ende 2027 für bis zu 2 Milliarden Euro eigene Papiere zurückkaufen.", True, [("year", 2027, None, None), ("money", 2000000000, "EUR", "up_to")], None),
    ("de", "Im Festnetz schrumpfte die Zahl der DSL-Anschlüsse um 61.000, während 94.000 neue Glasfaserkunden dazukamen.", True, [("count", 61000, None, None), ("count", 94000, None, None)], None),
    ("de", "„Glasfaser ist das Rückgrat der digitalen Gesellschaft“, sagte Wittkämper.", False, [], None),
    ("de", "Die Nettoverschuldung lag zum Jahresende bei 31,4 Milliarden Euro, dem 2,6-Fachen des bereinigten Ebitda.", True, [("money", 31400000000, "EUR", None), ("count", 2.6, None, None)], None),
    ("de", "An der Börse kam die Vorlage gut an: Die Aktie legte um 4,7 Prozent auf 17,92 Euro zu.", True, [("percent", 4.7, "%", None), ("money", 17.92, "EUR", None)], None),
    # --- Cartwheel buyback (AP) ---
    ("en", "SEATTLE (AP) — Online retailer Cartwheel unveiled a stock repurchase of up to $25 billion on Thursday after its holiday-quarter profit topped Wall Street forecasts.", True, [("money", 25000000000, "USD", "up_to")], None),
    ("en", "Net income rose to $19.2 billion, or $1.83 per share, from $14.6 billion, or $1.40 per share, a year earlier.", True, [("money", 19200000000, "USD", None), ("money", 1.83, "USD", None), ("money", 14600000000, "USD", None), ("money", 1.40, "USD", None)], None),
    ("en", "Sales climbed 11% to $204.3 billion in the three months ended Dec. 31.", True, [("percent", 11, "%", None), ("money", 204300000000, "USD", None), ("duration", 3, "month", None), ("date", "--12-31", None, None)], None),
    ("en", "The company forecast first-quarter sales of $168 billion to $173.5 billion, the midpoint of which was below the $172.4 billion analysts had expected.", True, [("ordinal", 1, None, None), ("money", 168000000000, "USD", None), ("money", 173500000000, "USD", None), ("money", 172400000000, "USD", None)], None),
    ("en", "Operating income at its cloud division rose 24% to $12.1 billion.", True, [("percent", 24, "%", None), ("money", 12100000000, "USD", None)], None),
    ("en", "Chief Executive Noor Castellanos said Cartwheel had delivered more than 9 billion packages the same or next day worldwide last year.", True, [("count", 9000000000, None, "over")], "Noor Castellanos"),
    ("en", '"Nobody in the world moves packages the way we do," Castellanos said.', False, [], None),
    ("en", "Cartwheel's shares fell 3% after hours, trimming a market value of about $2.4 trillion.", True, [("percent", 3, "%", None), ("money", 2400000000000, "USD", "about")], None),
    # --- Nasdaq sell-off (Reuters) ---
    ("en", "NEW YORK, Feb 5 (Reuters) - The Nasdaq Composite fell 2.7% on Thursday, its steepest daily drop since April, as disappointing forecasts from two large cloud companies revived doubts about AI spending.", True, [("date", "--02-05", None, None), ("percent", 2.7, "%", None), ("count", 2, None, None)], None),
    ("en", "About $640 billion was wiped off the combined market value of the seven largest U.S. technology companies.", True, [("money", 640000000000, "USD", "about"), ("count", 7, None, None)], None),
    ("en", "The S&P 500 lost 1.4% to end at 6,388.15 points.", True, [("percent", 1.4, "%", None), ("count", 6388.15, None, None)], None),
    ("en", "Chipmaker Altaris fell 6.8%, its fourth straight daily decline.", True, [("percent", 6.8, "%", None), ("ordinal", 4, None, None)], None),
    ("en", '"The market is punishing anyone who cannot yet show a return on AI," said Hollis Kearney, chief market strategist at Pinecrest Wealth.', False, [], None),
    ("en", "Roughly two-thirds of the S&P 500 companies that have reported so far beat profit estimates, according to LSEG data.", True, [("fraction", 0.6667, None, "about")], None),
    ("en", "Traders are now wondering whether the rally in tech stocks has run its course.", False, [], None),
    # --- Pixelhain Prognosesenkung (dpa-AFX) ---
    ("de", "Hamburg (dpa-AFX) - Der Spieleentwickler Pixelhain hat nach der Verschiebung seines wichtigsten Titels die Jahresprognose gesenkt und damit die Aktie auf Talfahrt geschickt.", True, [], None),
    ("de", "Das im SDax notierte Papier brach um 23 Prozent auf 14,35 Euro ein und fiel damit auf den tiefsten Stand seit März 2020.", True, [("percent", 23, "%", None), ("money", 14.35, "EUR", None), ("year", 2020, None, None)], None),
    ("de", "Pixelhain erwartet für das Geschäftsjahr nun nur noch einen Umsatz von 180 bis 200 Millionen Euro statt bisher 260 bis 290 Millionen Euro.", True, [("money", 180000000, "EUR", None), ("money", 200000000, "EUR", None), ("money", 260000000, "EUR", None), ("money", 290000000, "EUR", None)], None),
    ("de", "Das Rollenspiel „Nebelreich“ soll nun erst im Frühjahr 2027 erscheinen, teilte das Unternehmen am Freitag mit.", True, [("year", 2027, None, None)], "das Unternehmen"),
    ("de", "Nach Angaben von Vorstandschef Bendix Holtorf arbeiten rund 240 Entwicklerinnen und Entwickler seit vier Jahren an dem Spiel.", True, [("count", 240, None, "about"), ("duration", 4, "year", None)], None),
    ("de", "„Qualität geht bei uns vor Geschwindigkeit“, sagte Holtorf.", False, [], None),
    ("de", "Analysten der Privatbank Berenberg senkten ihr Kursziel von 28 auf 19 Euro.", True, [("money", 28, "EUR", None), ("money", 19, "EUR", None)], None),
    ("de", "Es ist bereits die zweite Prognosesenkung binnen sieben Monaten.", True, [("ordinal", 2, None, None), ("duration", 7, "month", None)], None),
    ("de", "Viele Anleger fühlen sich von der Kommunikation des Managements getäuscht.", False, [], None),
    # --- Harbourline layoffs (Bloomberg) ---
    ("en", "(Bloomberg) -- Harbourline Software Inc. is cutting about 1,200 positions, nearly 8% of the staff, to free up money for artificial intelligence, according to an internal memo seen by Bloomberg News.", True, [("count", 1200, None, "about"), ("percent", 8, "%", "nearly")], None),
    ("en", "The cuts will mostly hit sales and customer support teams in the U.S. and Ireland, the memo showed.", True, [], None),
    ("en", "Departing staff are to get at least 16 weeks' salary, with two extra weeks added for each year they worked there.", True, [("duration", 16, "week", "at_least"), ("duration", 2, "week", None)], None),
    ("en", '"This is not about cost, it is about focus," Chief Executive Gideon Ashworth wrote in the memo.', False, [], None),
    ("en", "Harbourline reported revenue of $4.12 billion for its fiscal third quarter ended in December, up 10% from a year earlier.", True, [("money", 4120000000, "USD", None), ("ordinal", 3, None, None), ("percent", 10, "%", None)], None),
    ("en", "The company had already cut about 700 roles in a round of layoffs last August.", True, [("count", 700, None, "about")], None),
    ("en", "Layoff tracker Layoffix counts more than 52,000 tech job losses since January.", True, [("count", 52000, None, "over")], None),
    ("en", "A Harbourline spokesperson declined to comment beyond the memo.", False, [], None),
    # --- Kursmeister (dpa) ---
    ("de", "München (dpa) - Der Neobroker Kursmeister hat die Zahl seiner Kundinnen und Kunden im vergangenen Jahr um gut ein Drittel auf 3,7 Millionen gesteigert.", True, [("fraction", 0.3333, None, "over"), ("count", 3700000, None, None)], None),
    ("de", "Das verwaltete Vermögen verdoppelte sich nahezu auf 48 Milliarden Euro, teilte das Unternehmen mit.", True, [("money", 48000000000, "EUR", None)], "das Unternehmen"),
    ("de", "Der Umsatz stieg um 61 Prozent auf 318 Millionen Euro, der Nettogewinn auf 74 Millionen Euro.", True, [("percent", 61, "%", None), ("money", 318000000, "EUR", None), ("money", 74000000, "EUR", None)], None),
    ("de", "Rund 60 Prozent der Neukundinnen und -kunden sind jünger als 30 Jahre.", True, [("percent", 60, "%", "about"), ("duration", 30, "year", "under")], None),
    ("de", "Gründer und Co-Chef Quirin Aschenbrenner sagte, ein Börsengang sei vor 2028 kein Thema.", True, [("year", 2028, None, None)], "Quirin Aschenbrenner"),
    ("de", "„Wir demokratisieren die Geldanlage“, sagte Aschenbrenner.", False, [], None),
    ("de", "Verbraucherschützer halten das Geschäftsmodell der Neobroker für „problematisch für Kleinanleger“.", False, [], None),
    ("de", "Ab Juli 2026 sind Rückvergütungen von Handelsplätzen an Broker in der EU verboten.", True, [("year", 2026, None, None)], None),
    # --- Optrion (dpa/th) ---
    ("de", "Jena (dpa/th) - Der Halbleiterausrüster Optrion hat im ersten Quartal des Geschäftsjahres 2025/26 einen Rekord beim Auftragseingang verbucht.", True, [("ordinal", 1, None, None), ("year", 2025, None, None), ("year", 2026, None, None)], None),
    ("de", "Die Bestellungen stiegen im Jahresvergleich um 38 Prozent auf 1,26 Milliarden Euro, wie aus dem Quartalsbericht hervorgeht.", True, [("percent", 38, "%", None), ("money", 1260000000, "EUR", None)], None),
    ("de", "Der Auftragsbestand reicht damit rechnerisch für mehr als 18 Monate Produktion.", True, [("duration", 18, "month", "over")], None),
    ("de", "Rund zwei Drittel der Aufträge stammen von Chipherstellern aus Taiwan und Südkorea.", True, [("fraction", 0.6667, None, "about")], None),
    ("de", "Vorstandschefin Annegret Voigtländer sagte, Optrion wolle in Jena bis 2028 rund 600 zusätzliche Fachkräfte einstellen.", True, [("year", 2028, None, None), ("count", 600, None, "about")], "Annegret Voigtländer"),
    ("de", "„Ohne unsere Optiken läuft in keiner modernen Chipfabrik der Welt etwas“, sagte Voigtländer.", False, [], None),
    ("de", "Die Ebit-Marge verbesserte sich um 2,1 Prozentpunkte auf 17,8 Prozent.", True, [("percent", 2.1, "pp", None), ("percent", 17.8, "%", None)], None),
    ("de", "Die Aktie notiert damit nur knapp unter ihrem Rekordhoch vom Januar.", True, [], None),
    # --- Tandrel guidance cut (Reuters) ---
    ("en", "PALO ALTO, California, Feb 10 (Reuters) - Personal computer maker Tandrel cut its annual profit forecast on Tuesday, blaming rising memory chip costs, and said it would reduce its workforce by 4,000 to 6,000 people by the end of fiscal 2028.", True, [("date", "--02-10", None, None), ("count", 4000, None, None), ("count", 6000, None, None), ("year", 2028, None, None)], None),
    ("en", "Tandrel now expects adjusted earnings per share of $3.05 to $3.25 for fiscal 2026, down from its previous range of $3.40 to $3.60.", True, [("money", 3.05, "USD", None), ("money", 3.25, "USD", None), ("year", 2026, None, None), ("money", 3.40, "USD", None), ("money", 3.60, "USD", None)], None),
    ("en", "First-quarter revenue slipped 2% to $13.4 billion.", True, [("ordinal", 1, None, None), ("percent", 2, "%", None), ("money", 13400000000, "USD", None)], None),
    ("en", "Memory now makes up between 15% and 18% of the cost of a typical laptop, up from about 10% a year ago, Chief Operating Officer Wesley Harrowgate said.", True, [("percent", 15, "%", None), ("percent", 18, "%", None), ("percent", 10, "%", "about")], "Wesley Harrowgate"),
    ("en", "The restructuring is expected to save about $1 billion a year by fiscal 2028.", True, [("money", 1000000000, "USD", "about"), ("year", 2028, None, None)], None),
    ("en", '"Frankly, nobody in this industry saw the memory squeeze coming," one Tandrel executive said on condition of anonymity.', False, [], None),
    ("en", "Shares fell 8.6% in extended trading.", True, [("percent", 8.6, "%", None)], None),
    ("en", "It remains unclear which countries will bear the brunt of the job cuts.", False, [], None),
    # --- Paynetix (APA) ---
    ("de", "Wien (APA) - Der Wiener Zahlungsdienstleister Paynetix hat 2025 erstmals schwarze Zahlen geschrieben.", True, [("year", 2025, None, None)], None),
    ("de", "Vor Steuern verdiente Paynetix 8,9 Millionen Euro, nach einem Verlust von 27,3 Millionen Euro ein Jahr zuvor, teilte das Unternehmen am Dienstag mit.", True, [("money", 8900000, "EUR", None), ("money", 27300000, "EUR", None)], "das Unternehmen"),
    ("de", "Die App zählt mittlerweile 1,9 Millionen aktive Nutzerinnen und Nutzer in 14 Ländern, knapp 40 Prozent davon in Österreich.", True, [("count", 1900000, None, None), ("count", 14, None, None), ("percent", 40, "%", "nearly")], None),
    ("de", "Das Transaktionsvolumen wuchs um 44 Prozent auf 12,8 Milliarden Euro.", True, [("percent", 44, "%", None), ("money", 12800000000, "EUR", None)], None),
    ("de", "Mitgründerin Lejla Hadžić sagte, man plane für heuer eine Finanzierungsrunde von mindestens 100 Millionen Euro.", True, [("money", 100000000, "EUR", "at_least")], "Lejla Hadžić"),
    ("de", "„Österreich kann Fintech, das haben wir bewiesen“, sagte Hadžić.", False, [], None),
    ("de", "Ob Paynetix später den Sprung an die Börse wagt, ließ Hadžić offen.", False, [], None),
    ("de", "Die Belegschaft soll um rund 150 auf etwa 620 Beschäftigte wachsen.", True, [("count", 150, None, "about"), ("count", 620, None, "about")], None),
    # --- Lintai monthly sales (Reuters) ---
    ("en", "TAIPEI, Feb 10 (Reuters) - Taiwan's Lintai Semiconductor said January revenue rose 31.4% from a year earlier to 298.6 billion Taiwan dollars ($9.1 billion).", True, [("date", "--02-10", None, None), ("percent", 31.4, "%", None), ("money", 298600000000, "TWD", None), ("money", 9100000000, "USD", None)], None),
    ("en", "The company expects first-quarter revenue of $28.4 billion to $29.2 billion, with a gross margin of 59% to 61%.", True, [("ordinal", 1, None, None), ("money", 28400000000, "USD", None), ("money", 29200000000, "USD", None), ("percent", 59, "%", None), ("percent", 61, "%", None)], None),
    ("en", "Lintai plans to invest up to $48 billion this year, around a fifth more than in 2025.", True, [("money", 48000000000, "USD", "up_to"), ("fraction", 0.2, None, "about"), ("year", 2025, None, None)], None),
    ("en", '"Demand for our most advanced chips remains extraordinarily strong," Chairman Lo Wei-chen told reporters.', False, [], None),
    ("en", "It is the world's largest contract chipmaker, with about 67% of the foundry market, according to research firm TrendWise.", True, [("percent", 67, "%", "about")], None),
    # --- Kolibra-Entlassungen (dpa) ---
    ("de", "Berlin (dpa) - Das Berliner Softwareunternehmen Kolibra entlässt knapp ein Viertel seiner Belegschaft.", True, [("fraction", 0.25, None, "nearly")], None),
    ("de", "Betroffen sind 190 der zuletzt 810 Beschäftigten, wie Mitgründer Ferdinand Stachowiak in einem Beitrag auf der Plattform Linkedin schrieb.", True, [("count", 190, None, None), ("count", 810, None, None)], None),
    ("de", "Das Unternehmen hatte erst im Mai eine Finanzierungsrunde über 140 Millionen Dollar bei einer Bewertung von 1,2 Milliarden Dollar abgeschlossen.", True, [("money", 140000000, "USD", None), ("money", 1200000000, "USD", None)], None),
    ("de", "Als Grund nannte Stachowiak ein langsameres Wachstum bei Großkunden in den USA.", True, [], None),
    ("de", "Die Betroffenen sollen nach Unternehmensangaben bis Ende März freigestellt und weiter bezahlt werden.", True, [], None),
    ("de", "„Das war die schwerste Entscheidung meines Lebens“, schrieb Stachowiak.", False, [], None),
    ("de", "In der Berliner Start-up-Szene ist es bereits die dritte größere Entlassungswelle seit Jahresbeginn.", True, [("ordinal", 3, None, None)], None),
    # --- Ashgrove Digital (PA) ---
    ("en", "LONDON (PA) - Online marketplace Ashgrove Digital has lifted its full-year profit guidance after a stronger-than-expected Christmas trading period.", True, [], None),
    ("en", "The group now expects adjusted pre-tax profit of between £186 million and £192 million, up from a previous range of £170 million to £180 million.", True, [("money", 186000000, "GBP", None), ("money", 192000000, "GBP", None), ("money", 170000000, "GBP", None), ("money", 180000000, "GBP", None)], None),
    ("en", "Revenue in the six months to December 31 rose 9.2% to £642.3 million.", True, [("duration", 6, "month", None), ("date", "--12-31", None, None), ("percent", 9.2, "%", None), ("money", 642300000, "GBP", None)], None),
    ("en", "Chief Executive Fenella Strudwick said the number of active buyers on the platform had passed 9 million for the first time.", True, [("count", 9000000, None, None), ("ordinal", 1, None, None)], "Fenella Strudwick"),
    ("en", "The board declared an interim dividend of 3.1p per share and announced a £75 million share buyback.", True, [("money", 0.031, "GBP", None), ("money", 75000000, "GBP", None)], None),
    ("en", '"Britain\'s shoppers have shown real resilience this winter," Strudwick said.', False, [], None),
    ("en", "Shares in Ashgrove rose 7.3% to 412p in morning trading on the London Stock Exchange.", True, [("percent", 7.3, "%", None), ("money", 4.12, "GBP", None)], None),
    ("en", 'Analysts at Peel Hunt called the update "a clean beat".', False, [], None),
    # --- Kookabyte half year (AAP) ---
    ("en", "SYDNEY, Feb 11 (AAP) - Design software company Kookabyte has swung to a half-year profit and lifted its annual revenue guidance, sending its shares to a record high.", True, [("date", "--02-11", None, None)], None),
    ("en", "Net profit for the six months to December 31 was A$61.4 million, compared with a loss of A$18.9 million a year earlier.", True, [("duration", 6, "month", None), ("date", "--12-31", None, None), ("money", 61400000, "AUD", None), ("money", 18900000, "AUD", None)], None),
    ("en", "Revenue rose 29% to A$512 million, while monthly active users passed 47 million.", True, [("percent", 29, "%", None), ("money", 512000000, "AUD", None), ("count", 47000000, None, None)], None),
    ("en", "Kookabyte now expects full-year revenue of A$1.02 billion to A$1.06 billion.", True, [("money", 1020000000, "AUD", None), ("money", 1060000000, "AUD", None)], None),
    ("en", "Co-founder Bronte McAllister said about one in five paying customers was now a business rather than an individual.", True, [("fraction", 0.2, None, "about")], "Bronte McAllister"),
    ("en", '"We are only just getting started," McAllister said.', False, [], None),
    ("en", "Shares closed 14.2% higher at A$38.75, valuing the company at roughly A$21 billion.", True, [("percent", 14.2, "%", None), ("money", 38.75, "AUD", None), ("money", 21000000000, "AUD", "about")], None),
    ("en", "Kookabyte does not pay a dividend.", True, [], None),
    ('en', '"Investors have simply fallen in love with the story," a Sydney-based fund manager said.', False, [], None),
    # --- Zippa results (Reuters) ---
    ("en", "SAN FRANCISCO, Feb 11 (Reuters) - Ride-hailing and delivery company Zippa reported its first full year of profit on Wednesday, posting net income of $2.9 billion for 2025.", True, [("date", "--02-11", None, None), ("ordinal", 1, None, None), ("money", 2900000000, "USD", None), ("year", 2025, None, None)], None),
    ("en", "Gross bookings rose 19% to $46.3 billion in the fourth quarter, just short of estimates.", True, [("percent", 19, "%", None), ("money", 46300000000, "USD", None), ("ordinal", 4, None, None)], None),
    ("en", "Monthly active platform consumers grew 14% to 181 million, and trips totalled 3.4 billion, the company said.", True, [("percent", 14, "%", None), ("count", 181000000, None, None), ("count", 3400000000, None, None)], "the company"),
    ("en", "Zippa's board authorized a new $7 billion share repurchase program.", True, [("money", 7000000000, "USD", None)], None),
    ("en", "Chief Executive Lucien Okafor-Rees said Zippa would launch fully driverless rides in 10 more U.S. cities by the end of 2026.", True, [("count", 10, None, None), ("year", 2026, None, None)], "Lucien Okafor-Rees"),
    ("en", '"Autonomy is the future of how people move," Okafor-Rees said.', False, [], None),
    ("en", 'Drivers\' groups called the robotaxi plans "a threat to hundreds of thousands of livelihoods".', False, [], None),
    # --- Tollvia (APA) ---
    ("de", "Wien (APA) - Der Mautsystemanbieter Tollvia hat nach neun Monaten des Geschäftsjahres 2025/26 einen Verlust von 6,4 Millionen Euro ausgewiesen.", True, [("duration", 9, "month", None), ("year", 2025, None, None), ("year", 2026, None, None), ("money", 6400000, "EUR", None)], None),
    ("de", "Der Umsatz ging um 7,9 Prozent auf 386,5 Millionen Euro zurück, teilte Tollvia am Donnerstag mit.", True, [("percent", 7.9, "%", None), ("money", 386500000, "EUR", None)], "Tollvia"),
    ("de", "Finanzvorstand Gernot Pichlmayr sagte, ein Großauftrag aus Chile über rund 95 Millionen Euro werde erst im kommenden Geschäftsjahr umsatzwirksam.", True, [("money", 95000000, "EUR", "about")], "Gernot Pichlmayr"),
    ("de", "„Wir sehen Licht am Ende des Tunnels“, sagte Pichlmayr.", False, [], None),
    ("de", "Die Aktie fiel an der Wiener Börse um 3,6 Prozent auf 11,80 Euro.", True, [("percent", 3.6, "%", None), ("money", 11.8, "EUR", None)], None),
    ("de", "Ein Analyst der Erste Group bezeichnete die Zahlen als „enttäuschend, aber nicht überraschend“.", False, [], None),
]
