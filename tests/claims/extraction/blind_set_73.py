"""Seventy-third blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Companies, people and figures are made up
(Rhenalon, Matthias Kerber, Donaubau, Lukas Hammerschmid, the Alpenländische Landesbank,
Elisabeth Moosbrugger, Jakob Rieder, Kettler Automotive, Anja Thielmann, Uwe Brandner,
Brackwell Partners, Sensorik Albrecht, the Seeland Gruppe, Weserstrom, Tobias Lehnert,
Murtaler Papier, Florian Gruber, Brenninger, Konrad Weil, the Privatbank Lauenstein,
Quantiva, Hanna Lindqvist, the Mainzer Kreditbank, Ralf Osterkamp, Hurtig, Jonas Beckmann;
Calverton Semiconductor, Lena Marchetti, Hollis & Main, Martin Alvarez, Thornbury's, Priya
Rao, Graham Oakes, Ostrander Pharmaceuticals, Greyling Therapeutics, Daniel Hirsch,
Vallenor, Katrin Weidmann, Pacific Crest Airlines, Nora Whitfield, Kisaragi Electronics,
Ashcombe Bank, Oliver Penrose, Sahyadri Technologies, Meera Subramanian, Clara Denholm,
Bellambi Resources, Hamilton Trust, Robert Kessler, Albis Holding, Brightline Systems,
Brentmoor, Fiona Stratton, Tillbrook Homes); real exchanges, indices, banks, unions, data
providers and places ("Xetra", "Dax", "MDax", "SDax", "Tradegate", "SIX", "Wiener Börse",
"IG Metall", "Verdi", "Zürcher Kantonalbank", "Bloomberg", "LSEG", "FactSet", "Visible
Alpha", "Peel Hunt", "Jefferies", "Goldman Sachs", "Morgan Stanley", "FTSE 100", "Accord",
"Knittelfeld", "Judenburg") stand for the way wire copy names them; every result, forecast,
offer and verdict here is invented.

Its weight: COMPANY EARNINGS AND CORPORATE NEWS as dpa-AFX, APA (with APA-OTS releases),
awp, Reuters and AP business copy and PA City copy write it. Half German (dpa-AFX,
APA, OTS, awp, Reuters German; Austrian "zu Buche gestanden war", "Aussendung",
"Rückfragehinweis", Swiss "Mitarbeitende", "Valoren", "Rappen", "Mrd. Fr.", "27'480", «»
quotes, German „“ quotes): a chemicals group's third quarter against the Bloomberg
consensus, a builder's half-year, a regional bank's annual result released over OTS with
its boilerplate and contact line, job cuts at a car supplier, a private-equity bid per
share, a Swiss industrial's year with dividend and buyback, a utility's nine months, a
paper maker's quarterly loss, a fashion retailer's profit warning, a software group's
quarter with headline, buyback and raised guidance, a bank's quarter and job cuts, a
delivery start-up's first operating profit. Half English (Reuters, AP, PA; US, UK,
Japanese, Indian and Australian usage: "$1.21 per share", "8-cent loss", "4.35p", "£1.25bn",
"per cent", "150 billion yen ($1 billion)", "6,342 crore rupees", "74 U.S. cents", "6
bps"): a chipmaker's quarter and guidance "plus or minus", a department store's loss and
store closures, a supermarket's half-year, a cash takeover with premium, enterprise value
and break fee, a carmaker's margin cut, an airline's quarter, a Japanese year-end forecast
and buyback, a UK bank's year with CET1, dividend and branch closures, an Indian IT
quarter, an Australian miner's year, a U.S. bank's quarter, a Swiss packaging group, tech
layoffs, an oil major's buyback cut and a housebuilder's warning. Forms: results with their
prior-year figures ("nach ... im Vorjahresquartal", "(Vorjahr: minus 0,11 Euro)", "(2023:
47,2 Prozent)", "compared with ..., a year earlier"), EBIT/EBITDA and margins in percent,
percentage points and basis points, earnings per share in euros, cents, pence and yen,
quarters and halves as words and "Q3", fiscal years ("Geschäftsjahr 2025/26", "fiscal
2026", "the year ending March 31, 2026"), guidance ranges ("zwischen 7,0 und 7,4 Milliarden
Euro", "von 40 bis 60 Millionen Euro", "5% to 6%", "3%-4%", "in the range of $1.2 billion
to $1.4 billion", "plus or minus $150 million"), consensus ("Von Bloomberg befragte
Analysten", "Der Analystenkonsens", "according to LSEG data", "a company-compiled
consensus", "a Visible Alpha consensus"), dividends, buybacks with "bis zu"/"up to", job
cuts in counts, fractions and percent, takeover prices per share, premiums, thresholds and
acceptance periods, share moves with hedges ("um bis zu 4,8 Prozent", "gut 6 Prozent",
"knapp 14 Prozent", "as much as 5.3%", "nearly 14%", "more than 11 per cent"). Negatives as
such copy has them: executives' quoted optimism and thanks, analysts' and traders'
verdicts, a works council's and a union's outrage, forward-looking-statement and no-offer
boilerplate, an "Über ...:"/"About ...:" blurb without figures, a contact line, a web
link, a no-comment line, an open question, market colour and a reporting credit.

236 rows (118 German, 118 English), 45 negatives (23 German, 22 English), 191 check-worthy
rows of which 10 carry no figure (7 German, 3 English), 410 expected quantities (173
amounts of money - 73 EUR, 59 USD, 18 GBP, 11 CHF, 8 JPY, 4 INR -, 115 percentages - 5 of
them in basis points and 1 in percentage points -, 32 counts, 29 ordinals, 28 years, 17
dates, 9 durations, 7 fractions; none of them in negatives), 26 checked speakers (12
German, 14 English). Sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences) were reworded before
the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "New:" marks what this batch decides):
- A row is one sentence (or one headline) and is judged alone (sixteenth and thirty-second
  batches); the dpa-AFX headline "Quantiva mit starkem Q3 - Cloud-Erlöse steigen um 27
  Prozent" is check-worthy (ordinal 3, percent 27). A Konjunktiv I paraphrase reporting a
  figure is check-worthy with its own attribution ("Das entspreche etwa jedem neunten
  Arbeitsplatz ..., sagte Personalvorständin Anja Thielmann" -> "Anja Thielmann"; "Das
  bereinigte Ebitda solle weiterhin zwischen ... liegen, sagte Finanzvorstand Tobias
  Lehnert ..." -> "Tobias Lehnert"), as in the thirty-sixth and seventieth batches; a
  Konjunktiv I verdict is a negative ("Die Zahlen zeigten, dass die Strategie aufgehe,
  betonte Lindqvist."). Check-worthy without a figure: a profit warning that sent a share
  down, a union's announced resistance, a board's support or recommendation of an offer
  (thirty-sixth and sixty-second), the reasons a company names, a dividend to be
  suspended, a one-off charge "in niedriger zweistelliger Millionenhöhe" (a vague
  magnitude, as "einen zweistelligen Millionenbetrag", fifty-first), the prior year's cause
  of a result, guidance "im niedrigen einstelligen Prozentbereich" (no quantity, as "im
  hohen/mittleren einstelligen Prozentbereich", twenty-third and thirty-sixth - the row
  keeps its year), a unit sold "for an undisclosed sum", the advisers on a deal.
- A quote that states a measurable record stays check-worthy with its speaker: "„2024 war
  das beste Jahr in der 150-jährigen Geschichte unseres Hauses“, sagte Generaldirektorin
  Elisabeth Moosbrugger." (year 2024, 150 years as "in the company's 104-year history",
  sixty-third; a record that can be checked, thirty-sixth). Quotes of optimism, resolve,
  thanks and vision are negatives (thirty-sixth: "We are proud of our record." in the
  issue): "Hausaufgaben gemacht", "Die Energiewende ist und bleibt unser Wachstumsmotor",
  "echten Mehrwert", "at the very beginning of a multi-year investment cycle" ("multi-year"
  carries none), "firing on all cylinders", "We remain confident in our long-term
  strategy", "absolutely committed to delivering for our shareholders". So are analysts'
  and traders' verdicts ("«leicht enttäuschend»", "„soliden Vorlage ...“", "„Das Vertrauen
  der Anleger ist nachhaltig beschädigt“", "a clean beat", "overdue", "already priced
  in"), a union's and a works council's outrage, a company's assessment of its market
  without a figure ("The housing market remains fragile, ..., the company said."), market
  colour ("An der Börse kamen die Zahlen gut an.", "Händler verwiesen auf die insgesamt
  robuste Entwicklung ..."), an open question, a no-comment line and an outlook for
  watchers ("Investors will be watching closely ...").
- Boilerplate is negative (thirty-sixth): the forward-looking-statement lines in both
  languages, the no-offer line, the "Über die Alpenländische Landesbank: ..." and "About
  Greyling Therapeutics: ..." blurbs that only describe themselves (the label before the
  colon carries nothing), the "Rückfragehinweis" contact line (a telephone number carries
  no quantity), a web link, and a Reuters reporting credit.
- Quarters and halves are ordinals (eleventh, twelfth, fifteenth, thirty-sixth): "im
  dritten Quartal", "im vierten Quartal", "im ersten Quartal", "das zweite Quartal 2026"
  (ordinal 2 and the year), "Q3" ordinal 3 (thirty-sixth), "im ersten Halbjahr 2025",
  "fourth-quarter", "Third-quarter", "second-quarter", "First-half", "a first-quarter
  record", "in the third" after "in the fourth quarter" (ordinal 3, sixth and twentieth),
  "the first half of 2026", "the second half of the year"; "in den ersten neun Monaten des
  Jahres" ordinal 1 and 9 months (twenty-fifth); "the three months ended Feb. 1" 3 months
  and the date; "the 26 weeks to August 30" 26 weeks and the date (thirty-third: "the 24
  weeks to Aug. 23"). None: "half-year", "full-year", "Gesamtjahr", "Vorjahresquartal",
  "Vorjahreszeitraum", "im Jahresvergleich", "im Jahresabstand", "im Jahr davor", "ein Jahr
  zuvor", "a year earlier", "a year ago", "the year before", "year on year", "the current
  quarter", "the fiscal year just ended", "next year", "this year", "quarterly", "annual".
- Fiscal years (thirty-fifth, fortieth, fiftieth): "das Geschäftsjahr 2025/26" the years
  2025 and 2026, "das Geschäftsjahr 2024" and "fiscal 2026" the year (twenty-fifth); "the
  year ending March 31, 2026" the date 2026-03-31; "for the year ended June 30" and "the
  quarter ended Sept. 30" dates without a year (thirty-sixth: "the quarter ended Sept.
  30"); "zum 30. Juni" --06-30 and "am 14. Mai" --05-14; Reuters datelines with a day
  ("MUNICH, Oct 30 (Reuters)", "TOKYO, May 13 (Reuters)") dates without a year, and new by
  the same rule the city-less form "Oct 29 (Reuters)", "Nov 17 (Reuters)", "Oct 14
  (Reuters)" that Reuters uses for U.S. company copy; dpa-AFX, APA, OTS, awp, Reuters German
  and AP datelines carry none; "0920 GMT", months alone ("since March", "seit April", "seit
  Ende Dezember"), weekdays none.
- New: a prior-year figure in brackets with a label, "(Vorjahr: minus 0,11 Euro)", is an
  amount as written, -0.11 EUR (the label "Vorjahr" carries none; "minus" a sign, as "minus
  0,4 Prozent" in the third batch); "(2023: 47,2 Prozent)" gives the year 2023 and the
  percentage (a year as a label, as "Das Jahr 2025" in the thirty-third batch). "drehte von
  minus 38,6 Mio. Euro auf plus 21,4 Mio. Euro" is -38,600,000 and 21,400,000 EUR ("plus" a
  sign, no hedge, thirty-third). "nach einem Minus von 71 Millionen Euro" is 71,000,000 EUR
  as written - the noun "Minus" is no sign on the figure (thirty-eighth: "mit einem Minus
  von 0,8 Prozent" 0.8); so are a "Verlust", "Fehlbetrag", "Periodenverlust", "net loss of
  $212 million" and "lost $318 million" (every earlier batch: losses are amounts as written).
- Earnings per share and dividends are money (twenty-seventh, thirty-third): "0,46 Euro",
  "1,38 Euro", "Der Analystenkonsens hatte bei 1,29 Euro je Aktie gelegen", "3,20 Euro je
  Aktie", "1,10 Euro je Aktie"; "$1.37 per share", "$1.21 per share", "61 cents per share"
  0.61 USD and "22 cents per share" 0.22 USD (cents, twentieth and seventy-first), "between
  75 cents and $1.25 per share" both USD; new: "the 8-cent loss" is 0.08 USD - a figure in
  a hyphenated compound read as written, as "$38-a-share proposal" (sixty-second); "8.32
  cents a share" 0.0832 USD; "74 U.S. cents per share" 0.74 USD (sixty-second: "62.85 U.S.
  cents"); "4.35p per share" 0.0435 GBP, "2.1p" and "3.15p" (fourth and twenty-eighth:
  "285p"); "428.6p" 4.286 GBP as a share price; "11 rupees per share" 11 INR; "90 yen per
  share from 75 yen" both JPY; "eine um 50 Rappen erhöhte Dividende von 11,50 Franken" 0.50
  and 11.50 CHF (eighteenth: "eine um 40 Cent höhere Dividende von 5,60 Euro"); "3.40 Swiss
  francs per share, up from 3.10 francs" both CHF (the currency written once serves the
  sentence, fourth). "je Aktie", "je Titel", "per share", "a share", "per gallon", "pro
  Jahr", "jährliche", "jährlich" carry none.
- Amounts: "Mio.", "Mrd.", "Millionen", "Milliarden", "Mrd. Fr." (CHF, thirty-sixth),
  "£612 million", "£250m", "£1.25bn", "£7.9bn", "$4.45 billion", "1.05 trillion yen",
  "150 billion yen ($1 billion)" (both: JPY "up_to" and USD with no hedge, the hedge
  standing before the first figure only, forty-seventh), "1.74 billion euros ($2.02
  billion)", "842 million Swiss francs ($952 million)", "6,342 crore rupees ($755 million)"
  6.342e10 INR and USD (fifteenth and twentieth: crore); "um 3,2 Milliarden auf 24,8
  Milliarden Euro" both EUR (the unit written once serves the list, forty-sixth); "von einer
  Milliarde Euro" 1e9 EUR and "rund eine halbe Milliarde Euro" 5e8 EUR "about"
  (twenty-ninth: "eine Milliarde Euro"; thirty-fourth: "eine halbe Million"); "£331,000"
  GBP. Exchange-rate assumptions are money in the priced currency: "145 yen to the dollar",
  "an average of 152 yen" JPY (twenty-sixth and seventy-first); "an average of" no hedge.
- Guidance ranges give both ends in the unit written once (thirty-third, thirty-sixth,
  sixty-second): "zwischen 7,0 und 7,4 Milliarden Euro", "von 40 bis 60 Millionen Euro",
  "zwischen 110 und 140 Mio. Euro, bisher waren 180 bis 220 Mio. Euro" four amounts, "um 4
  bis 6 Prozent", "um 9 bis 10 Prozent ... statt ... um 8 bis 10 Prozent" four percentages
  (the repeated 10 labelled twice), "der angestrebten Spanne von 12 bis 14 Prozent",
  "zwischen 4 und 5 Prozent", "5% to 6% ..., down from 6.5% to 8%", "55.5% to 56.5%",
  "3%-4% ..., from 2%-4%", "between 2% and 4%", "$1.10 to $1.40 per share", "in the range
  of $1.2 billion to $1.4 billion", "$190 million to $230 million", "between £1.6bn and
  £1.7bn", "between 10,800 and 11,000 homes" counts. "plus or minus $150 million" is
  150,000,000 USD with no qualifier (seventieth: "plus or minus 2%" in guidance, a
  tolerance around the figure before it, no hedge of its own).
- Margins and points (sixty-second and earlier): margins are percentages ("EBIT-Marge von
  mindestens 3,5 Prozent" "at_least", "Ebitda-Marge ... auf 10,7 Prozent", "gross margin of
  55.5% to 56.5%", "a mid-term margin target of 15% to 17%", "operating return on sales of
  5% to 6%", "gearing ratio to 23.1% from 21.4%", "return on tangible equity of more than
  15 per cent" "over"); "um 1,1 Prozentpunkte" pp; "180 Basispunkte", "23 Basispunkten des
  Kreditvolumens", "11 basis points", "140 basis points" and "6 bps" bp (thirty-sixth:
  "bps"). New: "CET1" in "Die harte Kernkapitalquote (CET1)" and "Its CET1 capital ratio"
  carries no quantity - the "1" names a class of capital (common equity tier 1), as
  "Typ-2-Diabetes" and "CO2-Äquivalent" name a disease and a gas (thirty-third); the ratio
  is the percentage. "EBIT", "EBITDA", "Ebita", "Ebitda", "IFRS", "GMV" carry none
  (thirty-sixth).
- New: a book-to-bill ratio ("die Book-to-Bill-Ratio lag bei 1,05") is count 1.05 - a ratio
  without a unit of the rules' lists, as a bid-to-cover ratio (seventy-first).
- Consensus figures are check-worthy with their figures and no checked speaker (thirty-
  eighth and sixty-second: "Analysten hatten im Schnitt ... erwartet", "A Reuters poll of
  analysts had pointed to ..."): "Von Bloomberg befragte Analysten hatten im Schnitt
  lediglich mit 1,54 Milliarden Euro gerechnet" (new: "lediglich" is no hedge, as "nur";
  "im Schnitt" none, fifty-fifth), "Von der Bank selbst befragte Analysten", "analysts'
  average estimate of $4.21 billion, according to LSEG data", "beat estimates of $1.09",
  "the 8-cent loss analysts surveyed by FactSet had expected", "a company-compiled
  consensus of 2.05 billion euros", "988 billion yen from 21 analysts polled by LSEG" (count
  21), "a Visible Alpha consensus of $10.1 billion", "$4.4 billion expected by analysts in
  a company-provided survey", "the 3.8% expected in a company-compiled poll".
- Takeovers (sixty-second): the price per share, premiums, value, threshold, stake and
  period are each a quantity: "38,50 Euro je Aktie in bar", "einem Aufschlag von 41 Prozent
  ... und von 47 Prozent auf den Durchschnittskurs der letzten drei Monate" (two
  percentages and 3 months), "Die Annahmefrist soll vier Wochen betragen" 4 weeks, "bei 60
  Prozent", "knapp 28 Prozent der Anteile" "nearly", "$62 per share in cash", "a premium of
  48%", "an enterprise value of roughly $8.1 billion" "about", "a termination fee of $265
  million". Buybacks: "über bis zu 750 Mio. Franken" "up_to" ("über" names the programme's
  sum, twenty-first), "das auf drei Jahre angelegt ist" 3 years, "im Wert von bis zu 2
  Milliarden Euro" "up_to", "up to 4.5% of its outstanding shares" "up_to", "an additional
  $10 billion share repurchase program", "a new £1.5bn share buyback".
- Job cuts and headcount are counts, shares of a workforce fractions or percentages:
  "rund 4.700 Stellen, davon 2.900 in Deutschland", "rund 3.500 Vollzeitstellen", "rund
  2.600 Stellen ..., knapp die Hälfte davon" 0.5 "nearly", "etwa jedem neunten Arbeitsplatz"
  1/9 (labelled 0.1111) "about" (issue: "jeder vierte"; the dative form, seventieth), "Zwei
  Werke ... mit zusammen rund 1.300 Beschäftigten" count 2 and 1300 "about" ("zusammen" no
  hedge, as "insgesamt"), "für insgesamt rund 640 Beschäftigte" 640 "about", "um rund 1.100
  auf 73.850", "27'480 Mitarbeitende" (tenth: the Swiss apostrophe), "about 9% of its
  workforce, or roughly 1,800 workers", "about 1,400 corporate jobs", "85 stores", "a
  further 93 branches" ("a further" no hedge, seventieth), "around 750 jobs", "6,000
  administrative jobs ... 4,000 positions", "412 stores in 38 states", "2,140 employees
  ... to 318,260".
- Share moves (sixty-second): "um bis zu 4,8 Prozent" and "as much as 5.3%" "up_to",
  "gut 6 Prozent" and "mehr als 40 Prozent" "over", "knapp 14 Prozent", "nearly 14%"
  "nearly", "zeitweise um 23 Prozent" no hedge (seventy-first: "zeitweise"), "more than 11
  per cent" "over", "about 80%" "about"; the price reached is money ("auf 44,37 Euro", "bei
  212,40 Franken", "to $18.62", "to $60.85"); "den tiefsten Stand seit Oktober 2020" and
  "their lowest level since 2009" the year; index names ("Dax", "MDax", "SDax", "FTSE 100")
  none.
- Other fractions: "um fast ein Viertel" 0.25 "nearly", "gut zwei Drittel davon" 0.6667
  "over", "over half of total sales" 0.5 "over", "by almost a fifth" 0.2 "nearly",
  "roughly a quarter of total revenue" 0.25 "about" (thirty-third and seventieth). Ordinals
  beyond quarters: "die zweite Senkung der Prognose binnen fünf Monaten" ordinal 2 and 5
  months, "for the second time in three months" ordinal 2 and 3 months, "the second round
  of layoffs ... in less than a year" ordinal 2 only ("less than a year": an article, no
  figure, sixty-third), "for the 11th consecutive period" ordinal 11; "erstmals" none
  (fourth).
- Hedges, only the names in use: "rund", "etwa", "about", "around", "roughly" "about";
  "knapp", "fast", "nearly", "almost" "nearly"; "mehr als", "gut", "more than", "over"
  "over"; "mindestens" "at_least"; "bis zu", "up to", "as much as" "up_to"; "lediglich",
  "nur noch", "bereits", "insgesamt", "zusammen", "zeitweise", "unverändert", "weiterhin",
  "im Schnitt", "an average of", "a further", "an additional", "a record", "just below"
  (of a price with no figure) no hedge.
- Speakers, checked only in forms the earlier batches settled: "wie das Unternehmen am
  Mittwoch mitteilte", "teilte das Unternehmen am Donnerstag in einer Aussendung mit",
  "teilte das Unternehmen am Donnerstagabend in einer Ad-hoc-Mitteilung mit" -> "das
  Unternehmen", "teilte der Konzern am Dienstag mit" -> "der Konzern", "wie das Institut am
  Donnerstag mitteilte" -> "das Institut" (the source with its article, weekday and place
  dropped, seventieth and seventy-first); "teilte Brackwell am Montagabend mit" ->
  "Brackwell" and "teilte Quantiva am Mittwochabend mit" -> "Quantiva" (a name as written);
  a title before a name dropped ("Generaldirektorin", "Personalvorständin",
  "Finanzvorstand", "Finanzchef", "Konzernchef", "Chief executive", "Chief Financial
  Officer"; seventieth and seventy-first). English: "the company said" (three times) ->
  "the company", "The company said it would ..." -> "the company" (lower case, twenty-sixth
  and seventy-first), "The airline said" -> "the airline" and "The miner said" -> "the
  miner" (a role with the definite article for the company of the story, as "the bank
  said", thirty-sixth, and "the forecaster", seventy-first), "Hollis & Main said Tuesday it
  will ...", "Thornbury's said", "Ostrander said on Monday", "Vallenor said", "Albis also
  said", "Tillbrook said" the names as written, "Chief executive Priya Rao said", "Chief
  Financial Officer Katrin Weidmann told reporters" and "Chief executive Oliver Penrose
  said" the names. Left unchecked (None): "Von Bloomberg befragte Analysten ...", "wie aus
  dem ... Zwischenbericht hervorgeht", "hieß es", "according to LSEG data", "analysts
  surveyed by FactSet", "21 analysts polled by LSEG", "according to a regulatory filing",
  "according to its most recent annual report", "The company disclosed the cuts in a
  regulatory filing" (no verb of saying), "a spokesperson confirmed" (a verb no batch
  settled), rows without attribution and all negatives.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_73 = [
    # === German =================================================================================
    # --- Chemiekonzern Rhenalon, drittes Quartal (dpa-AFX) ---
    ("de", "LUDWIGSHAFEN (dpa-AFX) - Der Chemiekonzern Rhenalon hat im dritten Quartal trotz der schwachen Nachfrage aus der Autoindustrie mehr verdient als von Analysten erwartet.", True, [("ordinal", 3, None, None)], None),
    ("de", "Das um Sondereinflüsse bereinigte Ergebnis vor Zinsen, Steuern und Abschreibungen (Ebitda) stieg im Jahresvergleich um 7,4 Prozent auf 1,63 Milliarden Euro, wie das Unternehmen am Mittwoch mitteilte.", True, [("percent", 7.4, "%", None), ("money", 1630000000, "EUR", None)], "das Unternehmen"),
    ("de", "Von Bloomberg befragte Analysten hatten im Schnitt lediglich mit 1,54 Milliarden Euro gerechnet.", True, [("money", 1540000000, "EUR", None)], None),
    ("de", "Der Umsatz sank hingegen um 3,1 Prozent auf 15,2 Milliarden Euro, vor allem wegen niedrigerer Verkaufspreise.", True, [("percent", 3.1, "%", None), ("money", 15200000000, "EUR", None)], None),
    ("de", "Die bereinigte Ebitda-Marge verbesserte sich damit um 1,1 Prozentpunkte auf 10,7 Prozent.", True, [("percent", 1.1, "pp", None), ("percent", 10.7, "%", None)], None),
    ("de", "Unter dem Strich blieb ein Konzernergebnis von 412 Millionen Euro nach einem Verlust von 96 Millionen Euro im Vorjahresquartal.", True, [("money", 412000000, "EUR", None), ("money", 96000000, "EUR", None)], None),
    ("de", "Je Aktie verdiente Rhenalon 0,46 Euro (Vorjahr: minus 0,11 Euro).", True, [("money", 0.46, "EUR", None), ("money", -0.11, "EUR", None)], None),
    ("de", "Für das Gesamtjahr bestätigte der Vorstand die Prognose eines bereinigten Ebitda zwischen 7,0 und 7,4 Milliarden Euro.", True, [("money", 7000000000, "EUR", None), ("money", 7400000000, "EUR", None)], None),
    ("de", "Der freie Mittelzufluss soll 2025 bei mindestens 500 Millionen Euro liegen.", True, [("year", 2025, None, None), ("money", 500000000, "EUR", "at_least")], None),
    ("de", "„Wir haben unsere Hausaufgaben gemacht und sind für eine Erholung der Märkte bestens gerüstet“, sagte Vorstandschef Matthias Kerber.", False, [], None),
    ("de", "Die Rhenalon-Aktie legte im frühen Xetra-Handel um bis zu 4,8 Prozent auf 44,37 Euro zu und war damit Spitzenreiter im Dax.", True, [("percent", 4.8, "%", "up_to"), ("money", 44.37, "EUR", None)], None),
    ("de", "Ein Händler sprach von einer „soliden Vorlage in einem schwierigen Umfeld“.", False, [], None),
    ("de", "Das im Frühjahr gestartete Sparprogramm soll bis Ende 2026 jährliche Kosten von einer Milliarde Euro einsparen.", True, [("year", 2026, None, None), ("money", 1000000000, "EUR", None)], None),
    ("de", "Weltweit fallen dabei rund 2.600 Stellen weg, knapp die Hälfte davon am Stammsitz.", True, [("count", 2600, None, "about"), ("fraction", 0.5, None, "nearly")], None),
    # --- Baukonzern Donaubau, Halbjahr (APA) ---
    ("de", "Wien (APA) - Der börsennotierte Baukonzern Donaubau hat im ersten Halbjahr 2025 eine Bauleistung von 8,94 Mrd. Euro erwirtschaftet, ein Plus von 2,3 Prozent.", True, [("ordinal", 1, None, None), ("year", 2025, None, None), ("money", 8940000000, "EUR", None), ("percent", 2.3, "%", None)], None),
    ("de", "Das Ergebnis vor Zinsen und Steuern (EBIT) drehte von minus 38,6 Mio. Euro auf plus 21,4 Mio. Euro, teilte das Unternehmen am Donnerstag in einer Aussendung mit.", True, [("money", -38600000, "EUR", None), ("money", 21400000, "EUR", None)], "das Unternehmen"),
    ("de", "Das Periodenergebnis belief sich auf 4,2 Mio. Euro, nachdem im Vorjahreszeitraum noch ein Fehlbetrag von 61,9 Mio. Euro zu Buche gestanden war.", True, [("money", 4200000, "EUR", None), ("money", 61900000, "EUR", None)], None),
    ("de", "Der Auftragsbestand erreichte zum 30. Juni mit 26,1 Mrd. Euro einen neuen Höchststand.", True, [("date", "--06-30", None, None), ("money", 26100000000, "EUR", None)], None),
    ("de", "Die Zahl der Beschäftigten stieg im Jahresabstand um rund 1.100 auf 73.850.", True, [("count", 1100, None, "about"), ("count", 73850, None, None)], None),
    ("de", "Für das Gesamtjahr peilt Donaubau unverändert eine Bauleistung von rund 18,5 Mrd. Euro und eine EBIT-Marge von mindestens 3,5 Prozent an.", True, [("money", 18500000000, "EUR", "about"), ("percent", 3.5, "%", "at_least")], None),
    ("de", "„Die Talsohle im Wohnbau ist erreicht, aber von einer echten Trendwende kann noch keine Rede sein“, sagte Konzernchef Lukas Hammerschmid bei der Präsentation der Zahlen.", False, [], None),
    ("de", "An der Wiener Börse gaben die Donaubau-Aktien bis zum Nachmittag um 1,9 Prozent auf 27,15 Euro nach.", True, [("percent", 1.9, "%", None), ("money", 27.15, "EUR", None)], None),
    # --- Landesbank, Jahresergebnis (APA-OTS) ---
    ("de", "Linz (OTS) - Die Alpenländische Landesbank hat das Geschäftsjahr 2024 mit einem Konzernergebnis vor Steuern von 412,7 Mio. Euro abgeschlossen, nach 388,1 Mio. Euro im Jahr davor.", True, [("year", 2024, None, None), ("money", 412700000, "EUR", None), ("money", 388100000, "EUR", None)], None),
    ("de", "Der Zinsüberschuss ging leicht um 2,4 Prozent auf 698 Mio. Euro zurück, der Provisionsüberschuss wuchs dagegen um 9,1 Prozent auf 211 Mio. Euro.", True, [("percent", 2.4, "%", None), ("money", 698000000, "EUR", None), ("percent", 9.1, "%", None), ("money", 211000000, "EUR", None)], None),
    ("de", "Die Cost-Income-Ratio verbesserte sich auf 44,8 Prozent (2023: 47,2 Prozent).", True, [("percent", 44.8, "%", None), ("year", 2023, None, None), ("percent", 47.2, "%", None)], None),
    ("de", "Die harte Kernkapitalquote (CET1) lag zum Jahresende bei 16,9 Prozent und damit deutlich über den aufsichtsrechtlichen Anforderungen.", True, [("percent", 16.9, "%", None)], None),
    ("de", "Die Risikokosten stiegen auf 74 Mio. Euro, das entspricht 23 Basispunkten des Kreditvolumens.", True, [("money", 74000000, "EUR", None), ("percent", 23, "bp", None)], None),
    ("de", "Der Hauptversammlung am 14. Mai wird eine Dividende von 3,20 Euro je Aktie vorgeschlagen.", True, [("date", "--05-14", None, None), ("money", 3.2, "EUR", None)], None),
    ("de", "„2024 war das beste Jahr in der 150-jährigen Geschichte unseres Hauses“, sagte Generaldirektorin Elisabeth Moosbrugger.", True, [("year", 2024, None, None), ("duration", 150, "year", None)], "Elisabeth Moosbrugger"),
    ("de", "„Unser Dank gilt unseren Kundinnen und Kunden sowie allen Mitarbeiterinnen und Mitarbeitern für ihr Vertrauen und ihren Einsatz“, so Moosbrugger.", False, [], None),
    ("de", "Über die Alpenländische Landesbank: Die Alpenländische ist eine der führenden Regionalbanken Österreichs und steht für Nähe, Verlässlichkeit und nachhaltiges Wirtschaften.", False, [], None),
    ("de", "Diese Presseaussendung enthält zukunftsgerichtete Aussagen, die auf gegenwärtigen Einschätzungen des Managements beruhen und bekannten wie unbekannten Risiken unterliegen.", False, [], None),
    ("de", "Rückfragehinweis: Alpenländische Landesbank AG, Konzernkommunikation, Mag. Jakob Rieder, Tel.: +43 732 6190 4411", False, [], None),
    # --- Autozulieferer streicht Stellen (dpa-AFX) ---
    ("de", "SCHWEINFURT (dpa-AFX) - Der kriselnde Autozulieferer Kettler Automotive streicht bis Ende 2028 weltweit rund 4.700 Stellen, davon 2.900 in Deutschland.", True, [("year", 2028, None, None), ("count", 4700, None, "about"), ("count", 2900, None, None)], None),
    ("de", "Das entspreche etwa jedem neunten Arbeitsplatz im Konzern, sagte Personalvorständin Anja Thielmann am Dienstag.", True, [("fraction", 0.1111, None, "about")], "Anja Thielmann"),
    ("de", "Mit dem Abbau will Kettler die jährlichen Kosten bis 2028 um 650 Millionen Euro senken.", True, [("year", 2028, None, None), ("money", 650000000, "EUR", None)], None),
    ("de", "Zwei Werke in Thüringen und Sachsen mit zusammen rund 1.300 Beschäftigten sollen geschlossen werden.", True, [("count", 2, None, None), ("count", 1300, None, "about")], None),
    ("de", "Im dritten Quartal war der Umsatz des Zulieferers um 8,6 Prozent auf 3,48 Milliarden Euro gefallen, die bereinigte EBIT-Marge schrumpfte auf 1,9 Prozent von 4,2 Prozent.", True, [("ordinal", 3, None, None), ("percent", 8.6, "%", None), ("money", 3480000000, "EUR", None), ("percent", 1.9, "%", None), ("percent", 4.2, "%", None)], None),
    ("de", "Für die Restrukturierung rechnet Kettler mit einmaligen Aufwendungen in Höhe von 300 bis 350 Millionen Euro.", True, [("money", 300000000, "EUR", None), ("money", 350000000, "EUR", None)], None),
    ("de", "Die Einsparungen aus dem bereits laufenden Effizienzprogramm beziffert Kettler auf rund eine halbe Milliarde Euro.", True, [("money", 500000000, "EUR", "about")], None),
    ("de", "„Das ist ein rabenschwarzer Tag für die Beschäftigten und für die ganze Region“, sagte der Gesamtbetriebsratsvorsitzende Uwe Brandner.", False, [], None),
    ("de", "Die IG Metall kündigte Widerstand gegen die geplanten Werksschließungen an.", True, [], None),
    ("de", "Die Kettler-Aktie verlor im SDax gut 6 Prozent und notiert damit seit Jahresbeginn um mehr als 40 Prozent tiefer.", True, [("percent", 6, "%", "over"), ("percent", 40, "%", "over")], None),
    ("de", "Die Branche steht nach Einschätzung von Experten erst am Anfang eines tiefgreifenden Umbruchs.", False, [], None),
    # --- Übernahmeangebot für Sensorik Albrecht (Reuters) ---
    ("de", "Frankfurt (Reuters) - Der US-Finanzinvestor Brackwell Partners will den Münchner Messtechnikspezialisten Sensorik Albrecht für 1,9 Milliarden Euro übernehmen.", True, [("money", 1900000000, "EUR", None)], None),
    ("de", "Den Aktionären werden 38,50 Euro je Aktie in bar geboten, teilte Brackwell am Montagabend mit.", True, [("money", 38.5, "EUR", None)], "Brackwell"),
    ("de", "Das entspricht einem Aufschlag von 41 Prozent auf den Schlusskurs vom Freitag und von 47 Prozent auf den Durchschnittskurs der letzten drei Monate.", True, [("percent", 41, "%", None), ("percent", 47, "%", None), ("duration", 3, "month", None)], None),
    ("de", "Die Annahmefrist soll vier Wochen betragen, die Mindestannahmeschwelle liegt bei 60 Prozent.", True, [("duration", 4, "week", None), ("percent", 60, "%", None)], None),
    ("de", "Die Gründerfamilie Albrecht, die knapp 28 Prozent der Anteile hält, hat sich bereits unwiderruflich verpflichtet, ihre Aktien anzudienen.", True, [("percent", 28, "%", "nearly")], None),
    ("de", "Vorstand und Aufsichtsrat von Sensorik Albrecht unterstützen das Angebot.", True, [], None),
    ("de", "Die Aktie von Sensorik Albrecht sprang am Dienstag um 36 Prozent auf 37,80 Euro.", True, [("percent", 36, "%", None), ("money", 37.8, "EUR", None)], None),
    ("de", "Der Abschluss der Transaktion wird für das zweite Quartal 2026 erwartet.", True, [("ordinal", 2, None, None), ("year", 2026, None, None)], None),
    ("de", "Dieses Dokument stellt weder ein Angebot zum Kauf noch eine Aufforderung zur Abgabe eines Angebots zum Verkauf von Aktien der Sensorik Albrecht SE dar.", False, [], None),
    ("de", "Weitere Informationen zum Angebot sind unter www.brackwell-angebot.de abrufbar.", False, [], None),
    # --- Industriekonzern Seeland, Jahreszahlen (awp) ---
    ("de", "Winterthur (awp) - Der Industriekonzern Seeland Gruppe hat 2024 bei einem Umsatz von 6,42 Mrd. Franken einen Reingewinn von 581 Mio. Franken erzielt.", True, [("year", 2024, None, None), ("money", 6420000000, "CHF", None), ("money", 581000000, "CHF", None)], None),
    ("de", "Organisch, also bereinigt um Zukäufe und Währungseffekte, wuchs der Umsatz um 3,8 Prozent, teilte der Konzern am Dienstag mit.", True, [("percent", 3.8, "%", None)], "der Konzern"),
    ("de", "Der Auftragseingang nahm um 5,5 Prozent auf 6,71 Mrd. Fr. zu, die Book-to-Bill-Ratio lag bei 1,05.", True, [("percent", 5.5, "%", None), ("money", 6710000000, "CHF", None), ("count", 1.05, None, None)], None),
    ("de", "Die operative Marge (Ebita) erreichte 13,6 Prozent und lag damit am oberen Ende der angestrebten Spanne von 12 bis 14 Prozent.", True, [("percent", 13.6, "%", None), ("percent", 12, "%", None), ("percent", 14, "%", None)], None),
    ("de", "Die Aktionärinnen und Aktionäre sollen eine um 50 Rappen erhöhte Dividende von 11,50 Franken je Titel erhalten.", True, [("money", 0.5, "CHF", None), ("money", 11.5, "CHF", None)], None),
    ("de", "Zudem kündigte Seeland ein Aktienrückkaufprogramm über bis zu 750 Mio. Franken an, das auf drei Jahre angelegt ist.", True, [("money", 750000000, "CHF", "up_to"), ("duration", 3, "year", None)], None),
    ("de", "Für 2025 stellt das Management ein organisches Wachstum im niedrigen einstelligen Prozentbereich in Aussicht.", True, [("year", 2025, None, None)], None),
    ("de", "Analysten der Zürcher Kantonalbank stuften die Zahlen als «leicht enttäuschend» ein.", False, [], None),
    ("de", "Die Seeland-Valoren schlossen an der SIX 2,7 Prozent tiefer bei 212,40 Franken.", True, [("percent", 2.7, "%", None), ("money", 212.4, "CHF", None)], None),
    ("de", "Ende Jahr beschäftigte der Konzern weltweit 27'480 Mitarbeitende.", True, [("count", 27480, None, None)], None),
    # --- Energiekonzern Weserstrom, neun Monate (dpa-AFX) ---
    ("de", "ESSEN (dpa-AFX) - Der Energiekonzern Weserstrom hat in den ersten neun Monaten des Jahres operativ deutlich weniger verdient.", True, [("ordinal", 1, None, None), ("duration", 9, "month", None)], None),
    ("de", "Das bereinigte Ebitda fiel um 18 Prozent auf 4,1 Milliarden Euro, der bereinigte Konzernüberschuss sank um fast ein Viertel auf 1,7 Milliarden Euro.", True, [("percent", 18, "%", None), ("money", 4100000000, "EUR", None), ("fraction", 0.25, None, "nearly"), ("money", 1700000000, "EUR", None)], None),
    ("de", "Im Vorjahr hatten außergewöhnlich hohe Margen im Stromhandel die Ergebnisse beflügelt.", True, [], None),
    ("de", "Das bereinigte Ebitda solle weiterhin zwischen 5,4 und 5,9 Milliarden Euro liegen, sagte Finanzvorstand Tobias Lehnert in einer Telefonkonferenz.", True, [("money", 5400000000, "EUR", None), ("money", 5900000000, "EUR", None)], "Tobias Lehnert"),
    ("de", "Die Investitionen sollen sich 2025 auf rund 11 Milliarden Euro belaufen, gut zwei Drittel davon fließen in den Netzausbau.", True, [("year", 2025, None, None), ("money", 11000000000, "EUR", "about"), ("fraction", 0.6667, None, "over")], None),
    ("de", "Die Nettoverschuldung stieg seit Ende Dezember um 3,2 Milliarden auf 24,8 Milliarden Euro.", True, [("money", 3200000000, "EUR", None), ("money", 24800000000, "EUR", None)], None),
    ("de", "Für das Geschäftsjahr 2024 hatte Weserstrom eine Dividende von 1,10 Euro je Aktie gezahlt, künftig soll sie jährlich um 5 bis 10 Prozent steigen.", True, [("year", 2024, None, None), ("money", 1.1, "EUR", None), ("percent", 5, "%", None), ("percent", 10, "%", None)], None),
    ("de", "„Die Energiewende ist und bleibt unser Wachstumsmotor“, sagte Lehnert.", False, [], None),
    ("de", "Analysten hatten den Zahlen im Vorfeld mit einiger Skepsis entgegengesehen.", False, [], None),
    # --- Papierhersteller Murtaler Papier, erstes Quartal (APA) ---
    ("de", "Graz (APA) - Der steirische Papier- und Zellstoffhersteller Murtaler Papier ist im ersten Quartal in die Verlustzone gerutscht.", True, [("ordinal", 1, None, None)], None),
    ("de", "Nach einem Gewinn von 12,3 Mio. Euro im Vorjahresquartal stand nun ein Periodenverlust von 17,8 Mio. Euro, wie aus dem am Mittwoch veröffentlichten Zwischenbericht hervorgeht.", True, [("money", 12300000, "EUR", None), ("money", 17800000, "EUR", None)], None),
    ("de", "Die Umsatzerlöse gingen um 11,2 Prozent auf 436 Mio. Euro zurück, das EBITDA halbierte sich nahezu auf 29 Mio. Euro.", True, [("percent", 11.2, "%", None), ("money", 436000000, "EUR", None), ("money", 29000000, "EUR", None)], None),
    ("de", "An den Standorten Knittelfeld und Judenburg gilt seit April Kurzarbeit für insgesamt rund 640 Beschäftigte.", True, [("count", 640, None, "about")], None),
    ("de", "Eine Papiermaschine mit einer Jahreskapazität von 180.000 Tonnen wird bis auf Weiteres stillgelegt.", True, [("count", 180000, None, None)], None),
    ("de", "Für die Stilllegung verbucht Murtaler eine Sonderbelastung in niedriger zweistelliger Millionenhöhe.", True, [], None),
    ("de", "Das Management rechnet für das Gesamtjahr nun mit einem EBITDA zwischen 110 und 140 Mio. Euro, bisher waren 180 bis 220 Mio. Euro in Aussicht gestellt worden.", True, [("money", 110000000, "EUR", None), ("money", 140000000, "EUR", None), ("money", 180000000, "EUR", None), ("money", 220000000, "EUR", None)], None),
    ("de", "„Die Nachfrage nach grafischen Papieren bricht strukturell weg, darauf müssen wir reagieren“, sagte Vorstandsvorsitzender Florian Gruber.", False, [], None),
    # --- Modehändler Brenninger, Gewinnwarnung (dpa-AFX) ---
    ("de", "HAMBURG (dpa-AFX) - Eine Gewinnwarnung hat die Aktie des Modehändlers Brenninger am Freitag auf Talfahrt geschickt.", True, [], None),
    ("de", "Das Papier brach zeitweise um 23 Prozent auf 8,94 Euro ein und markierte den tiefsten Stand seit Oktober 2020.", True, [("percent", 23, "%", None), ("money", 8.94, "EUR", None), ("year", 2020, None, None)], None),
    ("de", "Brenninger erwartet für das Geschäftsjahr 2025/26 nur noch ein bereinigtes EBIT von 40 bis 60 Millionen Euro statt der bislang angepeilten 95 Millionen Euro.", True, [("year", 2025, None, None), ("year", 2026, None, None), ("money", 40000000, "EUR", None), ("money", 60000000, "EUR", None), ("money", 95000000, "EUR", None)], None),
    ("de", "Der Umsatz werde voraussichtlich um 4 bis 6 Prozent unter dem Vorjahr liegen, teilte das Unternehmen am Donnerstagabend in einer Ad-hoc-Mitteilung mit.", True, [("percent", 4, "%", None), ("percent", 6, "%", None)], "das Unternehmen"),
    ("de", "Als Gründe nannte Brenninger das ungewöhnlich warme Herbstwetter und eine anhaltende Kaufzurückhaltung.", True, [], None),
    ("de", "Die Dividende für das laufende Jahr werde voraussichtlich ausgesetzt, hieß es.", True, [], None),
    ("de", "Es ist bereits die zweite Senkung der Prognose binnen fünf Monaten.", True, [("ordinal", 2, None, None), ("duration", 5, "month", None)], None),
    ("de", "„Das Vertrauen der Anleger ist nachhaltig beschädigt“, schrieb Analyst Konrad Weil von der Privatbank Lauenstein.", False, [], None),
    # --- Softwarehersteller Quantiva, drittes Quartal (dpa-AFX) ---
    ("de", "Quantiva mit starkem Q3 - Cloud-Erlöse steigen um 27 Prozent", True, [("ordinal", 3, None, None), ("percent", 27, "%", None)], None),
    ("de", "WALLDORF (dpa-AFX) - Der Softwarehersteller Quantiva hat im dritten Quartal dank seines Cloudgeschäfts den Umsatz um 11 Prozent auf 2,86 Milliarden Euro gesteigert.", True, [("ordinal", 3, None, None), ("percent", 11, "%", None), ("money", 2860000000, "EUR", None)], None),
    ("de", "Die Cloud-Erlöse legten um 27 Prozent auf 1,12 Milliarden Euro zu und machen damit erstmals mehr als 39 Prozent des Gesamtumsatzes aus.", True, [("percent", 27, "%", None), ("money", 1120000000, "EUR", None), ("percent", 39, "%", "over")], None),
    ("de", "Das Betriebsergebnis nach IFRS verdoppelte sich auf 604 Millionen Euro, das Ergebnis je Aktie lag bei 1,38 Euro, teilte Quantiva am Mittwochabend mit.", True, [("money", 604000000, "EUR", None), ("money", 1.38, "EUR", None)], "Quantiva"),
    ("de", "Der Analystenkonsens hatte bei 1,29 Euro je Aktie gelegen.", True, [("money", 1.29, "EUR", None)], None),
    ("de", "Die operative Marge verbesserte sich um 180 Basispunkte auf 21,1 Prozent.", True, [("percent", 180, "bp", None), ("percent", 21.1, "%", None)], None),
    ("de", "Quantiva will eigene Aktien im Wert von bis zu 2 Milliarden Euro zurückkaufen, das Programm soll bis Ende 2026 laufen.", True, [("money", 2000000000, "EUR", "up_to"), ("year", 2026, None, None)], None),
    ("de", "Den Ausblick für das Gesamtjahr hob der Konzern an: Der Umsatz soll nun um 9 bis 10 Prozent wachsen statt wie bisher um 8 bis 10 Prozent.", True, [("percent", 9, "%", None), ("percent", 10, "%", None), ("percent", 8, "%", None), ("percent", 10, "%", None)], None),
    ("de", "Die Aktie gewann nachbörslich auf der Plattform Tradegate 5,2 Prozent.", True, [("percent", 5.2, "%", None)], None),
    ("de", "„Die Kunden kommen zu uns, weil wir ihnen echten Mehrwert liefern“, sagte Vorstandschefin Hanna Lindqvist.", False, [], None),
    ("de", "Die Zahlen zeigten, dass die Strategie aufgehe, betonte Lindqvist.", False, [], None),
    # --- Mainzer Kreditbank, drittes Quartal (Reuters) ---
    ("de", "Frankfurt (Reuters) - Die Mainzer Kreditbank hat im dritten Quartal dank geringerer Risikovorsorge ihren Gewinn kräftig gesteigert.", True, [("ordinal", 3, None, None)], None),
    ("de", "Der Nettogewinn kletterte um 31 Prozent auf 684 Millionen Euro, wie das Institut am Donnerstag mitteilte.", True, [("percent", 31, "%", None), ("money", 684000000, "EUR", None)], "das Institut"),
    ("de", "Von der Bank selbst befragte Analysten hatten im Schnitt 612 Millionen Euro erwartet.", True, [("money", 612000000, "EUR", None)], None),
    ("de", "Die Risikovorsorge für faule Kredite halbierte sich auf 142 Millionen Euro.", True, [("money", 142000000, "EUR", None)], None),
    ("de", "Die Eigenkapitalrendite nach Steuern stieg auf 10,4 Prozent, nach 8,1 Prozent ein Jahr zuvor.", True, [("percent", 10.4, "%", None), ("percent", 8.1, "%", None)], None),
    ("de", "Für 2025 rechnet die Bank nun mit einem Anstieg der Erträge zwischen 4 und 5 Prozent.", True, [("year", 2025, None, None), ("percent", 4, "%", None), ("percent", 5, "%", None)], None),
    ("de", "Die Bank will bis 2027 rund 3.500 Vollzeitstellen abbauen, ein Großteil davon in Deutschland, sagte Finanzchef Ralf Osterkamp.", True, [("year", 2027, None, None), ("count", 3500, None, "about")], "Ralf Osterkamp"),
    ("de", "Zusammen mit der Dividende sollen für das laufende Jahr 2,4 Milliarden Euro an die Aktionäre zurückfließen.", True, [("money", 2400000000, "EUR", None)], None),
    ("de", "Ein Sprecher der Gewerkschaft Verdi nannte den Stellenabbau „maßlos und völlig unnötig“.", False, [], None),
    ("de", "Händler verwiesen auf die insgesamt robuste Entwicklung im Kerngeschäft.", False, [], None),
    # --- Lieferdienst Hurtig, viertes Quartal (dpa-AFX) ---
    ("de", "BERLIN (dpa-AFX) - Der Essenslieferdienst Hurtig hat im vierten Quartal erstmals einen operativen Gewinn ausgewiesen.", True, [("ordinal", 4, None, None)], None),
    ("de", "Das bereinigte Ebitda lag bei 38 Millionen Euro nach einem Minus von 71 Millionen Euro ein Jahr zuvor, sagte Konzernchef Jonas Beckmann.", True, [("money", 38000000, "EUR", None), ("money", 71000000, "EUR", None)], "Jonas Beckmann"),
    ("de", "Das Bruttowarenvolumen (GMV) wuchs um 22 Prozent auf 3,9 Milliarden Euro, die Zahl der Bestellungen um 17 Prozent auf 118 Millionen.", True, [("percent", 22, "%", None), ("money", 3900000000, "EUR", None), ("percent", 17, "%", None), ("count", 118000000, None, None)], None),
    ("de", "Für 2026 stellte Hurtig ein bereinigtes Ebitda von 200 bis 250 Millionen Euro in Aussicht.", True, [("year", 2026, None, None), ("money", 200000000, "EUR", None), ("money", 250000000, "EUR", None)], None),
    ("de", "Die im MDax notierte Aktie schoss um knapp 14 Prozent nach oben.", True, [("percent", 14, "%", "nearly")], None),
    ("de", "Ob der Lieferdienst auch unter dem Strich die Gewinnschwelle erreicht, ließ Beckmann offen.", False, [], None),
    ("de", "Eine Stellungnahme zu Berichten über einen möglichen Verkauf des Österreich-Geschäfts lehnte das Unternehmen ab.", False, [], None),
    ("de", "An der Börse kamen die Zahlen gut an.", False, [], None),
    # === English ================================================================================
    # --- Calverton Semiconductor, third quarter (Reuters) ---
    ("en", "Oct 29 (Reuters) - Calverton Semiconductor's fourth-quarter revenue outlook topped Wall Street expectations on Wednesday, as cloud customers kept buying its data-center chips.", True, [("date", "--10-29", None, None), ("ordinal", 4, None, None)], None),
    ("en", "The company expects revenue of $4.45 billion, plus or minus $150 million, for the current quarter, compared with analysts' average estimate of $4.21 billion, according to LSEG data.", True, [("money", 4450000000, "USD", None), ("money", 150000000, "USD", None), ("money", 4210000000, "USD", None)], None),
    ("en", "Shares of the Santa Clara, California-based company rose 7% in extended trading.", True, [("percent", 7, "%", None)], None),
    ("en", "Third-quarter revenue rose 34% to $3.92 billion, while adjusted earnings of $1.21 per share beat estimates of $1.09.", True, [("ordinal", 3, None, None), ("percent", 34, "%", None), ("money", 3920000000, "USD", None), ("money", 1.21, "USD", None), ("money", 1.09, "USD", None)], None),
    ("en", "Data-center revenue more than doubled to $2.18 billion and now accounts for over half of total sales.", True, [("money", 2180000000, "USD", None), ("fraction", 0.5, None, "over")], None),
    ("en", "Calverton expects an adjusted gross margin of 55.5% to 56.5% in the fourth quarter, up from 54.1% in the third.", True, [("percent", 55.5, "%", None), ("percent", 56.5, "%", None), ("ordinal", 4, None, None), ("percent", 54.1, "%", None), ("ordinal", 3, None, None)], None),
    ("en", "The chipmaker also authorized an additional $10 billion share repurchase program.", True, [("money", 10000000000, "USD", None)], None),
    ("en", "\"We are at the very beginning of a multi-year investment cycle in AI infrastructure,\" Chief Executive Lena Marchetti said on a call with analysts.", False, [], None),
    ("en", "Some analysts cautioned that much of the good news was already priced in.", False, [], None),
    ("en", "The stock has gained about 80% so far this year.", True, [("percent", 80, "%", "about")], None),
    # --- Hollis & Main, holiday quarter (AP) ---
    ("en", "NEW YORK (AP) - Hollis & Main said Tuesday it will close 85 stores and cut about 1,400 corporate jobs after a disappointing holiday quarter.", True, [("count", 85, None, None), ("count", 1400, None, "about")], "Hollis & Main"),
    ("en", "The department store chain reported a net loss of $212 million, or $1.37 per share, for the three months ended Feb. 1.", True, [("money", 212000000, "USD", None), ("money", 1.37, "USD", None), ("duration", 3, "month", None), ("date", "--02-01", None, None)], None),
    ("en", "A year earlier, it earned $96 million, or 61 cents per share.", True, [("money", 96000000, "USD", None), ("money", 0.61, "USD", None)], None),
    ("en", "Excluding one-time items, the company lost 22 cents per share, worse than the 8-cent loss analysts surveyed by FactSet had expected.", True, [("money", 0.22, "USD", None), ("money", 0.08, "USD", None)], None),
    ("en", "Sales at stores open at least a year fell 5.8%, while online sales slipped 2.1%.", True, [("percent", 5.8, "%", None), ("percent", 2.1, "%", None)], None),
    ("en", "For the full year, Hollis & Main expects comparable sales to decline between 2% and 4% and adjusted earnings of $1.10 to $1.40 per share.", True, [("percent", 2, "%", None), ("percent", 4, "%", None), ("money", 1.1, "USD", None), ("money", 1.4, "USD", None)], None),
    ("en", "Its shares tumbled nearly 14% in morning trading to $18.62, their lowest level since 2009.", True, [("percent", 14, "%", "nearly"), ("money", 18.62, "USD", None), ("year", 2009, None, None)], None),
    ("en", "\"We know we have disappointed our customers and our shareholders, and we are taking decisive action,\" CEO Martin Alvarez said in a statement.", False, [], None),
    ("en", "The company has about 31,000 employees and operates 412 stores in 38 states.", True, [("count", 31000, None, "about"), ("count", 412, None, None), ("count", 38, None, None)], None),
    # --- Thornbury's, half-year (PA) ---
    ("en", "Supermarket chain Thornbury's has reported a 9% rise in half-year profits and raised its interim dividend as shoppers returned to its stores.", True, [("percent", 9, "%", None)], None),
    ("en", "First-half pre-tax profits rose to £612 million in the 26 weeks to August 30, up from £561 million a year earlier, the company said.", True, [("ordinal", 1, None, None), ("money", 612000000, "GBP", None), ("duration", 26, "week", None), ("date", "--08-30", None, None), ("money", 561000000, "GBP", None)], "the company"),
    ("en", "Like-for-like sales, excluding fuel, grew 4.2 per cent, with the grocer gaining market share for the 11th consecutive period.", True, [("percent", 4.2, "%", None), ("ordinal", 11, None, None)], None),
    ("en", "The interim dividend will rise to 4.35p per share, and the group will extend its share buyback programme by £250m to £1.25bn.", True, [("money", 0.0435, "GBP", None), ("money", 250000000, "GBP", None), ("money", 1250000000, "GBP", None)], None),
    ("en", "Thornbury's said it continued to expect full-year retail adjusted operating profit of between £1.6bn and £1.7bn.", True, [("money", 1600000000, "GBP", None), ("money", 1700000000, "GBP", None)], "Thornbury's"),
    ("en", "Chief executive Priya Rao said the company had invested more than £300m in lowering prices since March.", True, [("money", 300000000, "GBP", "over")], "Priya Rao"),
    ("en", "\"Our customers tell us we are getting the basics right, and that gives me real confidence,\" she said.", False, [], None),
    ("en", "Shares in the FTSE 100 company were up 3.1 per cent at 428.6p by mid-morning.", True, [("percent", 3.1, "%", None), ("money", 4.286, "GBP", None)], None),
    ("en", "Retail analyst Graham Oakes of Peel Hunt described the results as \"a clean beat, with little to pick holes in\".", False, [], None),
    # --- Ostrander buys Greyling (Reuters) ---
    ("en", "Nov 17 (Reuters) - Drugmaker Ostrander Pharmaceuticals will buy Greyling Therapeutics for $62 per share in cash in a deal valuing the biotech at about $7.4 billion, Ostrander said on Monday.", True, [("date", "--11-17", None, None), ("money", 62, "USD", None), ("money", 7400000000, "USD", "about")], "Ostrander"),
    ("en", "The offer represents a premium of 48% to Greyling's closing price on Friday.", True, [("percent", 48, "%", None)], None),
    ("en", "Including debt, the transaction has an enterprise value of roughly $8.1 billion.", True, [("money", 8100000000, "USD", "about")], None),
    ("en", "The company said it would fund the deal with cash on hand and about $5 billion in new debt, and expects it to add to adjusted earnings per share from 2027.", True, [("money", 5000000000, "USD", "about"), ("year", 2027, None, None)], "the company"),
    ("en", "Both companies expect the transaction to be completed in the first half of 2026, pending regulatory and shareholder approvals.", True, [("ordinal", 1, None, None), ("year", 2026, None, None)], None),
    ("en", "Greyling would have to pay a termination fee of $265 million if it walks away from the agreement, according to a regulatory filing.", True, [("money", 265000000, "USD", None)], None),
    ("en", "Greyling's board has unanimously recommended that shareholders vote in favor of the transaction.", True, [], None),
    ("en", "Greyling shares jumped 44% to $60.85 in premarket trading, just below the offer price.", True, [("percent", 44, "%", None), ("money", 60.85, "USD", None)], None),
    ("en", "\"This is a compelling combination that creates a leader in immunology,\" Ostrander CEO Daniel Hirsch said.", False, [], None),
    ("en", "Goldman Sachs is acting as financial adviser to Ostrander, while Morgan Stanley is advising Greyling.", True, [], None),
    ("en", "About Greyling Therapeutics: Greyling is a clinical-stage biotechnology company dedicated to transforming the lives of patients with immune-mediated diseases.", False, [], None),
    # --- Vallenor cuts margin target (Reuters) ---
    ("en", "MUNICH, Oct 30 (Reuters) - German carmaker Vallenor cut its full-year margin target for the second time in three months on Thursday, as tariffs and weak demand in China weighed on profits.", True, [("date", "--10-30", None, None), ("ordinal", 2, None, None), ("duration", 3, "month", None)], None),
    ("en", "The company now expects an operating return on sales of 5% to 6% for its automotive division, down from 6.5% to 8% previously.", True, [("percent", 5, "%", None), ("percent", 6, "%", None), ("percent", 6.5, "%", None), ("percent", 8, "%", None)], None),
    ("en", "Third-quarter operating profit fell 41% to 1.74 billion euros ($2.02 billion), missing a company-compiled consensus of 2.05 billion euros.", True, [("ordinal", 3, None, None), ("percent", 41, "%", None), ("money", 1740000000, "EUR", None), ("money", 2020000000, "USD", None), ("money", 2050000000, "EUR", None)], None),
    ("en", "Revenue dropped 7.2% to 31.6 billion euros as deliveries in China slumped by almost a fifth.", True, [("percent", 7.2, "%", None), ("money", 31600000000, "EUR", None), ("fraction", 0.2, None, "nearly")], None),
    ("en", "U.S. import tariffs cost the group around 600 million euros in the quarter, Chief Financial Officer Katrin Weidmann told reporters.", True, [("money", 600000000, "EUR", "about")], "Katrin Weidmann"),
    ("en", "Vallenor said it would cut 6,000 administrative jobs worldwide by 2029 on top of an earlier plan to eliminate 4,000 positions.", True, [("count", 6000, None, None), ("year", 2029, None, None), ("count", 4000, None, None)], "Vallenor"),
    ("en", "Its shares were down 4.6% at 0920 GMT, making them the worst performer on Germany's blue-chip index.", True, [("percent", 4.6, "%", None)], None),
    ("en", "Analysts at Jefferies said the cut was \"overdue\" and that investors had largely anticipated it.", False, [], None),
    # --- Pacific Crest Airlines, first quarter (AP) ---
    ("en", "DALLAS (AP) - Pacific Crest Airlines lost $318 million in the first quarter as higher labor costs and a weaker travel season offset record revenue.", True, [("money", 318000000, "USD", None), ("ordinal", 1, None, None)], None),
    ("en", "Revenue rose 6% to a first-quarter record of $5.84 billion.", True, [("percent", 6, "%", None), ("ordinal", 1, None, None), ("money", 5840000000, "USD", None)], None),
    ("en", "The airline said it expects to earn between 75 cents and $1.25 per share in the second quarter, while analysts had forecast $1.32.", True, [("money", 0.75, "USD", None), ("money", 1.25, "USD", None), ("ordinal", 2, None, None), ("money", 1.32, "USD", None)], "the airline"),
    ("en", "Pacific Crest will trim capacity growth to about 2% in the second half of the year and defer delivery of 14 new planes.", True, [("percent", 2, "%", "about"), ("ordinal", 2, None, None), ("count", 14, None, None)], None),
    ("en", "Fuel cost the carrier an average of $2.41 per gallon, down 9 cents from a year ago.", True, [("money", 2.41, "USD", None), ("money", 0.09, "USD", None)], None),
    ("en", "\"Demand for premium seats remains incredibly strong,\" President Nora Whitfield told analysts.", False, [], None),
    # --- Kisaragi Electronics, annual results and buyback (Reuters) ---
    ("en", "TOKYO, May 13 (Reuters) - Kisaragi Electronics forecast a 12% rise in operating profit for the current financial year and announced a share buyback of up to 150 billion yen ($1 billion).", True, [("date", "--05-13", None, None), ("percent", 12, "%", None), ("money", 150000000000, "JPY", "up_to"), ("money", 1000000000, "USD", None)], None),
    ("en", "The electronics maker expects operating profit of 1.05 trillion yen for the year ending March 31, 2026, above an average estimate of 988 billion yen from 21 analysts polled by LSEG.", True, [("money", 1050000000000, "JPY", None), ("date", "2026-03-31", None, None), ("money", 988000000000, "JPY", None), ("count", 21, None, None)], None),
    ("en", "For the fiscal year just ended, operating profit rose 8.3% to 937.4 billion yen, the company said.", True, [("percent", 8.3, "%", None), ("money", 937400000000, "JPY", None)], "the company"),
    ("en", "The buyback covers up to 4.5% of its outstanding shares and will run until March next year.", True, [("percent", 4.5, "%", "up_to")], None),
    ("en", "Kisaragi assumes an exchange rate of 145 yen to the dollar for the year, compared with an average of 152 yen in the previous year.", True, [("money", 145, "JPY", None), ("money", 152, "JPY", None)], None),
    ("en", "It also raised its annual dividend forecast to 90 yen per share from 75 yen.", True, [("money", 90, "JPY", None), ("money", 75, "JPY", None)], None),
    # --- Ashcombe Bank, annual results (PA) ---
    ("en", "Ashcombe Bank has reported annual pre-tax profits of £7.9bn, up 14 per cent, and unveiled a new £1.5bn share buyback.", True, [("money", 7900000000, "GBP", None), ("percent", 14, "%", None), ("money", 1500000000, "GBP", None)], None),
    ("en", "The lender's net interest margin widened by 11 basis points to 3.08 per cent.", True, [("percent", 11, "bp", None), ("percent", 3.08, "%", None)], None),
    ("en", "Its CET1 capital ratio, a key measure of financial strength, stood at 13.9 per cent at the end of December.", True, [("percent", 13.9, "%", None)], None),
    ("en", "Shareholders will receive a final dividend of 2.1p, bringing the total for the year to 3.15p.", True, [("money", 0.021, "GBP", None), ("money", 0.0315, "GBP", None)], None),
    ("en", "The bank set aside £432m for bad loans in 2024, less than the £510m it had put aside the year before.", True, [("money", 432000000, "GBP", None), ("year", 2024, None, None), ("money", 510000000, "GBP", None)], None),
    ("en", "Ashcombe will close a further 93 branches next year, affecting about 240 staff, a spokesperson confirmed.", True, [("count", 93, None, None), ("count", 240, None, "about")], None),
    ("en", "Chief executive Oliver Penrose said the bank was targeting a return on tangible equity of more than 15 per cent in 2026.", True, [("percent", 15, "%", "over"), ("year", 2026, None, None)], "Oliver Penrose"),
    ("en", "\"This is a business that is firing on all cylinders,\" Mr Penrose told journalists.", False, [], None),
    ("en", "The Accord union called the closures \"a betrayal of loyal customers\".", False, [], None),
    # --- Sahyadri Technologies, second quarter (Reuters) ---
    ("en", "BENGALURU, Oct 16 (Reuters) - Sahyadri Technologies reported a 9.6% rise in second-quarter net profit on Thursday, beating estimates on steady demand from U.S. banks.", True, [("date", "--10-16", None, None), ("percent", 9.6, "%", None), ("ordinal", 2, None, None)], None),
    ("en", "Consolidated net profit rose to 6,342 crore rupees ($755 million) in the quarter ended Sept. 30, from 5,787 crore rupees a year earlier.", True, [("money", 63420000000, "INR", None), ("money", 755000000, "USD", None), ("date", "--09-30", None, None), ("money", 57870000000, "INR", None)], None),
    ("en", "Analysts had on average expected a profit of 6,120 crore rupees, according to LSEG data.", True, [("money", 61200000000, "INR", None)], None),
    ("en", "The company narrowed its fiscal 2026 revenue growth forecast to 3%-4% in constant currency terms, from 2%-4% earlier.", True, [("year", 2026, None, None), ("percent", 3, "%", None), ("percent", 4, "%", None), ("percent", 2, "%", None), ("percent", 4, "%", None)], None),
    ("en", "It added 2,140 employees during the quarter, taking its total headcount to 318,260.", True, [("count", 2140, None, None), ("count", 318260, None, None)], None),
    ("en", "The board declared an interim dividend of 11 rupees per share.", True, [("money", 11, "INR", None)], None),
    ("en", "(Reporting by Meera Subramanian in Bengaluru; Editing by Clara Denholm)", False, [], None),
    # --- Bellambi Resources, annual results (Reuters) ---
    ("en", "SYDNEY, Aug 20 (Reuters) - Miner Bellambi Resources posted a 17% fall in annual underlying profit on Wednesday, hit by lower iron ore and coal prices.", True, [("date", "--08-20", None, None), ("percent", 17, "%", None)], None),
    ("en", "Underlying attributable profit for the year ended June 30 came in at $9.82 billion, slightly below a Visible Alpha consensus of $10.1 billion.", True, [("date", "--06-30", None, None), ("money", 9820000000, "USD", None), ("money", 10100000000, "USD", None)], None),
    ("en", "The company declared a final dividend of 74 U.S. cents per share, taking the full-year payout to $1.40, its lowest since 2017.", True, [("money", 0.74, "USD", None), ("money", 1.4, "USD", None), ("year", 2017, None, None)], None),
    ("en", "Net debt rose to $11.3 billion from $9.1 billion a year earlier.", True, [("money", 11300000000, "USD", None), ("money", 9100000000, "USD", None)], None),
    ("en", "The miner said it would cut around 750 jobs at its Queensland coal operations.", True, [("count", 750, None, "about")], "the miner"),
    # --- Hamilton Trust, third quarter (Reuters) ---
    ("en", "Oct 14 (Reuters) - Hamilton Trust's third-quarter profit jumped 22% as investment banking fees surged 41% and trading revenue hit a record.", True, [("date", "--10-14", None, None), ("ordinal", 3, None, None), ("percent", 22, "%", None), ("percent", 41, "%", None)], None),
    ("en", "The bank earned $4.9 billion, or $1.58 per share, compared with $4.0 billion, or $1.29 per share, a year earlier.", True, [("money", 4900000000, "USD", None), ("money", 1.58, "USD", None), ("money", 4000000000, "USD", None), ("money", 1.29, "USD", None)], None),
    ("en", "Net interest income, the difference between what a bank earns on loans and pays out on deposits, rose 3% to $14.2 billion.", True, [("percent", 3, "%", None), ("money", 14200000000, "USD", None)], None),
    ("en", "Its net interest margin narrowed 6 bps to 2.71%.", True, [("percent", 6, "bp", None), ("percent", 2.71, "%", None)], None),
    ("en", "Hamilton Trust now expects full-year net interest income of about $57 billion, up from its earlier forecast of roughly $56 billion.", True, [("money", 57000000000, "USD", "about"), ("money", 56000000000, "USD", "about")], None),
    ("en", "Wealth management accounted for roughly a quarter of total revenue.", True, [("fraction", 0.25, None, "about")], None),
    ("en", "The lender bought back $3.5 billion of its own stock during the quarter.", True, [("money", 3500000000, "USD", None)], None),
    ("en", "Hamilton Trust shares rose 2.3% in premarket trading.", True, [("percent", 2.3, "%", None)], None),
    ("en", "\"The U.S. economy remains resilient, although we are watching the consumer very closely,\" Chief Executive Robert Kessler said in a statement.", False, [], None),
    # --- Albis Holding, annual results (Reuters) ---
    ("en", "ZURICH, Feb 12 (Reuters) - Swiss packaging group Albis Holding proposed a higher dividend on Thursday after full-year profit rose 6%, and set a mid-term margin target of 15% to 17%.", True, [("date", "--02-12", None, None), ("percent", 6, "%", None), ("percent", 15, "%", None), ("percent", 17, "%", None)], None),
    ("en", "Net profit reached 842 million Swiss francs ($952 million), while organic sales grew 4.1%, slightly ahead of the 3.8% expected in a company-compiled poll.", True, [("money", 842000000, "CHF", None), ("money", 952000000, "USD", None), ("percent", 4.1, "%", None), ("percent", 3.8, "%", None)], None),
    ("en", "Adjusted EBITDA rose 5% to 1.51 billion Swiss francs, and the operating margin widened by 140 basis points to 18.7%.", True, [("percent", 5, "%", None), ("money", 1510000000, "CHF", None), ("percent", 140, "bp", None), ("percent", 18.7, "%", None)], None),
    ("en", "The board proposed a dividend of 3.40 Swiss francs per share, up from 3.10 francs.", True, [("money", 3.4, "CHF", None), ("money", 3.1, "CHF", None)], None),
    ("en", "Albis also said it would sell its Brazilian unit to a local rival for an undisclosed sum.", True, [], "Albis"),
    # --- Brightline Systems, layoffs (AP) ---
    ("en", "SAN FRANCISCO (AP) - Software maker Brightline Systems is laying off about 9% of its workforce, or roughly 1,800 workers, as it shifts spending toward artificial intelligence.", True, [("percent", 9, "%", "about"), ("count", 1800, None, "about")], None),
    ("en", "The company disclosed the cuts in a regulatory filing Monday, saying it expects to record charges of $190 million to $230 million, mostly in the fourth quarter.", True, [("money", 190000000, "USD", None), ("money", 230000000, "USD", None), ("ordinal", 4, None, None)], None),
    ("en", "It is the second round of layoffs at Brightline in less than a year.", True, [("ordinal", 2, None, None)], None),
    ("en", "Brightline had about 20,000 employees at the end of January, according to its most recent annual report.", True, [("count", 20000, None, "about")], None),
    ("en", "For the full fiscal year, Brightline expects free cash flow in the range of $1.2 billion to $1.4 billion.", True, [("money", 1200000000, "USD", None), ("money", 1400000000, "USD", None)], None),
    ("en", "A Brightline spokesperson declined to comment beyond the filing.", False, [], None),
    ("en", "It was not immediately clear how many of the job cuts would fall in the United States.", False, [], None),
    # --- Brentmoor, third quarter (Reuters) ---
    ("en", "LONDON, Nov 4 (Reuters) - Oil major Brentmoor cut its quarterly share buyback to $2 billion from $3.5 billion on Tuesday after third-quarter profit fell short of forecasts.", True, [("date", "--11-04", None, None), ("money", 2000000000, "USD", None), ("money", 3500000000, "USD", None), ("ordinal", 3, None, None)], None),
    ("en", "Adjusted earnings, the company's definition of net profit, came in at $4.1 billion, versus $4.4 billion expected by analysts in a company-provided survey.", True, [("money", 4100000000, "USD", None), ("money", 4400000000, "USD", None)], None),
    ("en", "Net debt rose by $1.9 billion in the quarter to $43.6 billion, pushing the group's gearing ratio to 23.1% from 21.4%.", True, [("money", 1900000000, "USD", None), ("money", 43600000000, "USD", None), ("percent", 23.1, "%", None), ("percent", 21.4, "%", None)], None),
    ("en", "Brentmoor kept its quarterly dividend unchanged at 8.32 cents a share.", True, [("money", 0.0832, "USD", None)], None),
    ("en", "Shares in Brentmoor fell as much as 5.3% in early London trading.", True, [("percent", 5.3, "%", "up_to")], None),
    ("en", "\"We are absolutely committed to delivering for our shareholders through the cycle,\" CEO Fiona Stratton said.", False, [], None),
    ("en", "This press release contains forward-looking statements that involve risks and uncertainties, and actual results may differ materially from those projected.", False, [], None),
    ("en", "Readers are cautioned not to place undue reliance on these statements, which speak only as of the date hereof.", False, [], None),
    # --- Tillbrook Homes, trading update (PA) ---
    ("en", "Housebuilder Tillbrook Homes has warned that annual profits will be lower than expected after a slowdown in sales over the summer, sending its shares down more than 11 per cent.", True, [("percent", 11, "%", "over")], None),
    ("en", "The firm now expects to complete between 10,800 and 11,000 homes this year, compared with previous guidance of about 11,500.", True, [("count", 10800, None, None), ("count", 11000, None, None), ("count", 11500, None, "about")], None),
    ("en", "Its average selling price dipped to £331,000 from £338,500 a year ago.", True, [("money", 331000, "GBP", None), ("money", 338500, "GBP", None)], None),
    ("en", "Tillbrook said its forward order book was worth £2.1bn, down 6 per cent year on year.", True, [("money", 2100000000, "GBP", None), ("percent", 6, "%", None)], "Tillbrook"),
    ("en", "The housing market remains fragile, and buyers are understandably cautious, the company said.", False, [], None),
    ("en", "\"We remain confident in our long-term strategy,\" a company spokesperson said.", False, [], None),
    ("en", "Tillbrook will publish its full-year results on Feb. 24.", True, [("date", "--02-24", None, None)], None),
    ("en", "Investors will be watching closely for any signs that the slowdown in consumer spending is spreading.", False, [], None),
    ("en", "Market watchers say the company's turnaround story is far from over.", False, [], None),
]
