"""Four-hundred-and-seventy-first blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: heads of government and regional governments appear
only by office („Der Landeshauptmann“, „Die Landeshauptfrau“, „Die Bundesregierung“, "The
governor"), insurance regulators by their role only ("California's insurance commissioner",
"Louisiana's insurance commissioner", "Florida's insurance consumer advocate"), and the
board members, chief executives, economists, presidents, directors and spokespeople of real
insurers, reinsurers and insurance bodies (Munich Re, Swiss Re, Hannover Rück, the GDV, the
VVO, the VKG, the Österreichische Hagelversicherung, die Mobiliar, Flood Re, the ABI, the
Insurance Bureau of Canada, the Insurance Council of Texas) appear under made-up names that
stand for no real holder.

Names: Alastair Penhallow, Cordula Haberstroh-Lenz, Jonas Feldbausch, Hannah
Gilchrist-Moore, Harald Kreuzbichler, Dagmar Vielhauer-Brinck, Laurent Perrenoud-Haldi,
Thomas Rüegsegger-Moll, Mirjam Eggenschwiler-Tan, Ray Villarreal-Prentiss, Rüdiger
Haselmeyer-Kern, Leopold Grabenhofer, Ortwin Scheffelmann, Gareth Pemberton-Oakes, Urs
Käppeli-Vogt, Sylvie Marchessault-Grey, Matthias Quellhorst, Benedikt Ochsenfarth, Tobias
Renwick, Svenja Oltmanns-Ruh and Imani Fairweather-Cole; the firms Carrick Halden Re,
Prairie Harbor, Sargasso Re, Bramcote Securities, the Privatbank Lohmeyer & Cie and the
Landesbank Weserkontor; the storms Storm Isolde, Sturm „Vitus“, Sturmtief „Quirin“,
Hurricane Delphine, Typhoon Kanrei and Storm Bryher, the November wildfire above Santa
Barbara and the fires around Kamloops; every unnamed broker, underwriter, analyst, trader,
teacher, shrimper, pensioner, resident, evacuee, roofer and official. Real bodies, firms,
indexes, schemes, storms and places (Munich Re, Swiss Re, the Swiss Re Institute, Hannover
Rück, Gesamtverband der Deutschen Versicherungswirtschaft, GDV, Versicherungsverband VVO,
Vereinigung Kantonaler Gebäudeversicherungen, VKG, Gebäudeversicherung Luzern, die Mobiliar,
Österreichische Hagelversicherung, Landesfeuerwehrverband, MeteoSchweiz, SIX, Solvency II,
Katastrophenfonds, Finanzministerium, Freistaat, „Kyrill“, Flutjahr 2021, Donau, Isar, Inn,
Kamp, Traisen, Ybbs, Melk, St. Pölten, Niederösterreich, Oberösterreich, Salzburg, Süd- und
Oststeiermark, Kapfenstein, Graz, Luzern, Sursee, Emmen, Zentralschweiz, Bern, Zürich,
Hannover, München, Frankfurt, Berlin; the Association of British Insurers, ABI, Flood Re,
the Met Office, the Environment Agency, Natural Resources Wales, the California Department
of Insurance, the FAIR Plan, Verisk, Citizens Property Insurance Corp, Colorado State
University, Florida's Office of Insurance Regulation, the Insurance Council of Texas, the
National Weather Service, the National Hurricane Center, the National Flood Insurance
Program, FEMA, PowerOutage.us, Katrina, the Insurance Bureau of Canada, the BC Wildfire
Service, the General Insurance Association of Japan, the Japan Meteorological Agency,
Japan's Financial Services Agency, AM Best, the Isles of Scilly, Wales, the South West,
Calderdale, Kirklees, Hebden Bridge, West Yorkshire, Mumbles Head, the rivers Taff and Ely,
Santa Barbara, Dallas-Fort Worth, Plano, Frisco, Morgan City, Terrebonne Parish, Houma,
Louisiana, Mississippi, Iowa, Colorado, Kamloops, the Thompson-Nicola region, British
Columbia, the Kanto region, Yokosuka, Tokyo Bay, Bermuda, and the datelines' cities) stand
for the way wire copy names them; every loss, claim count, price change, ratio, premium,
budget, profit, share price, reading, share, rank and quote here is invented, and where a
real figure came to mind (a real share of German homes insured against natural hazards, a
real peak of Florida's insurer of last resort, a real seasonal hurricane forecast, a real
Austrian figure for land built over each day, a real count of Swiss cantons with a cantonal
building insurer, a real end date of Flood Re or its real levy) it was changed or the row
dropped (the years of real past storms and record years kept).

Its weight: INSURERS AND NATURAL CATASTROPHE LOSSES, the first round under this name (the
sixty-seventh batch weighed insurance, pensions and social security with insured storm and
hail losses and renewals, the hundred-thirty-fifth natural disasters abroad with Munich Re's
and Swiss Re's years, the hundred-eighty-sixth banks' and insurers' quarterly results with
reinsurers' hurricane bills, the two-hundred-and-twelfth storms, floods and earthquakes with
insurers' figures and Swiss Re's estimate, the two-hundred-and-fifty-fourth banks, insurers
and financial regulation with the insurers' natural-hazard balance and hail claims, the
three-hundred-and-sixty-third natural disasters with the insurers' annual tally and the
reinsurer's year, and the four-hundred-and-fifty-first weather records with the ABI's
estimate; their decisions are kept) over one made-up year in story order, January 2 to
December 29, 2030, as 31 short stories with the German and English ones interleaved by date,
each told as wire copy runs it (a dateline lead with the loss, the claims or the price
change, the figures behind it, the estimate's source, the insurer's or the association's
executive with a figure, a quote, advice, the share price). Half German (dpa with "dpa/lby",
dpa-AFX, APA, Keystone-SDA; Austrian "heuer", "eingelangt", "Pensionist",
"Lokalaugenschein", "Landeshauptfrau", "Eigenheimversicherungen", Swiss "innert", "Gemäss",
"58'000", "11'500", "9300" without a separator, "Reingewinn", «» quotes, German „“ quotes,
"Schaden-Kosten-Quote", "Großschadenbudget", "Solvenzquote", "Versicherungslücke",
"Elementarschäden", "Prozentpunkte"): Munich Re's January renewal, Munich Re's natural
catastrophe year, a storm in Austria, a winter storm's bill in Germany, the Swiss cantonal
building insurers' year, Munich Re's first quarter, hail in Styria, floods in Bavaria with
the GDV's first estimate, hail in central Switzerland, Hannover Rück's half year, the
hurricane's bill for the German reinsurers, floods in Lower Austria, the GDV's year so far,
Swiss Re's nine months, Swiss Re's first estimate of the year and the Austrian insurers'
year. Half English (Reuters with dated datelines, AP, PA): the January 1 renewals, wildfire
claims in California, Storm Isolde's claims, Swiss Re's annual results, the Swiss Re
Institute's insured losses and protection gap, hail in Dallas-Fort Worth, Florida's June 1
renewals, flash floods in West Yorkshire with Flood Re, wildfires around Kamloops, a U.S.
insurer's July catastrophe losses, Hurricane Delphine with a modeller's range, a typhoon's
claims in Japan, a Bermuda reinsurer's third quarter, Storm Bryher in Wales and the outlook
for the next January renewals. Speakers as such copy has them: insurers and associations
with „teilte ... mit“, „wie ... mitteilte“, "said", "said on Monday"; executives, economists
and analysts with the title before the name („Munich-Re-Vorständin“, „GDV-Präsident“,
„Hagelversicherungs-Vorstand“, „Finanzchef“, „Analyst ... von der Privatbank ...“, "Chief
Financial Officer", "Swiss Re chief economist", "Flood Re chief executive", "Spokesman"),
the name in apposition after its role, a surname opening the row; beside them the forms left
unchecked (estimating, counting, reporting and forecasting verbs, „nach Angaben des
Verbands“, compounds, "according to", documents and data, plural groups, roles, descriptions
before a name or between a name and its verb, possessives). Figures as such copy has them:
insured and economic losses in billions and millions of dollars, euros, pounds, francs,
Canadian dollars and yen with converted figures in brackets, protection gaps as amounts,
shares and fractions, modellers' and associations' ranges, budgets, profits, consensus
figures, dividends and share prices; reinsurance price changes in percent with ranges („im
Schnitt um 1,9 Prozent“, "7.5% to 15%", "no more than 5%", "up to 20%"), combined and
solvency ratios in percent above and below 100, moves and catastrophe loads in percentage
points; claims, homes, policies, adjusters, acres, hectares and call-outs as counts; hail
sizes, gusts, surges and rain as counts; storm categories, ranks, renewal dates („zum 1.1.“,
"the 1/1 renewals", "the Jan. 1 renewals", "the June 1 renewals"), return periods, spans,
years, dates and datelines. Negatives as such copy has them - 55 rows, none with a figure:
executives', economists', analysts' and officials' verdicts, labels, resolve and rhetoric in
quotes, advice and appeals naming no measure, warnings and forecasts without a figure, an
accusation without a checkable act, evasions and open questions, and vox pops without ages,
each near a check-worthy look-alike from the same story (often the same speaker's figure).

245 rows (122 German, 123 English), 55 negatives (25 German, 30 English), 190 check-worthy
rows of which 11 carry no figure (7 German, 4 English), 308 expected quantities (111 amounts
of money - 55 USD, 39 EUR, 7 GBP, 6 CHF, 2 CAD, 2 JPY -, 60 percentages - 57 in "%", 3 in
"pp" -, 56 counts, 25 years, 19 ordinals, 15 dates, 12 durations - 5 in years, 3 in months,
3 in hours, 1 in days -, 10 fractions; none of them in a negative), 36 checked speakers (19
German, 17 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported verdict,
  label, piece of resolve or rhetoric, advice, appeal, warning naming no measure, forecast
  without a figure, accusation without a checkable act, evasion or open question is a
  negative with speaker None, also with a named speaker and an office (seventh,
  ninety-eighth, hundred-eighty-sixth, two-hundred-and-twelfth,
  two-hundred-and-fifty-fourth, three-hundred-and-sixty-third,
  four-hundred-and-fifty-first); a quoted or reported loss, claim count, price change,
  ratio, estimate, target or step with a figure is check-worthy with its speaker, also in
  Konjunktiv I (hundred-eighty-sixth). Pairs from one speaker: Penhallow's capital at the
  end of 2029 beside "Buyers finally have the upper hand ..." and his capital growth beside
  "Delphine bruised some balance sheets ..."; Haberstroh-Lenz's 1.2 billion euros beside
  „Wir jagen keinem Volumen hinterher ...“; Feldbausch's 60 percent beside „... rechnet sich
  die Welt schön“; Gilchrist-Moore's 400 adjusters beside her advice and "Behind those
  claims are families ..."; Kreuzbichler's 148 km/h and his share of insured homes (told by
  role, „so der VVO-Präsident“) beside „... keine Jahrhundertereignisse mehr“ and „Der
  Katastrophenfonds ist kein Ersatz ...“; Vielhauer-Brinck's 54 percent beside „... spielen
  viele Hausbesitzer Lotto“; Perrenoud-Haldi's budget and profit target beside "We are not
  going to chase the market down" and «Wir sind für genau solche Ereignisse da»;
  Eggenschwiler-Tan's 5-7% and 53 percent beside "The trend is not a cycle ..." and „Die
  Versicherungslücke schließt sich nicht von allein“; Villarreal-Prentiss's third storm
  beside "not a question of if but when"; Haselmeyer-Kern's profit goal beside „Ein ruhiger
  Jahresstart ist noch kein gutes Jahr ...“; Grabenhofer's 90 percent and 13 hectares beside
  „der nächste Tiefschlag“ and „Wir betonieren uns die nächste Katastrophe selbst“;
  Scheffelmann's return period and 7 percent beside „... so tun, als hätte das niemand
  kommen sehen“ and „Die Rechnung für den Klimawandel ...“; Pemberton-Oakes's 310,000
  policies beside "a bridge, not a permanent crutch"; Käppeli-Vogt's 800 cars a day beside
  «Wer jetzt etwas Geduld aufbringt ...»; Marchessault-Grey's 1,150 homes beside "rebuilding
  will take years" ("years" none); Quellhorst's profit goal beside „Wir feiern kein
  Halbzeitergebnis“; Ochsenfarth's 4 percent beside „... wie ein Uhrwerk“; Renwick's 11.2%
  beside "Weather is now the biggest swing factor ..."; Oltmanns-Ruh's budgets beside her
  forecast without a figure for the January renewal; Fairweather-Cole's quarter beside "a
  painful reminder of why we get paid". Rüegsegger-Moll appears only in a negative, a
  forecast without a figure («Die Hagelsaison wird länger und heftiger ...»), the reserves
  beside it unattributed. Other negatives: advice and appeals ("Homeowners were urged",
  "Residents were urged", "Insurers urged customers", „Die Versicherer rieten Geschädigten“,
  „Die Behörden riefen die Bevölkerung auf“, "The institute urged governments";
  two-hundred-and-ninety-first, three-hundred-and-sixty-third); warnings and forecasts
  without a figure ("Some underwriters warned ...", "Some reinsurers warned ...", "Analysts
  said the losses were unlikely to move ..." - "April" a month, none -, the governor's "help
  ... on a scale not seen since Katrina"); labels and verdicts („Händler sprachen von einer
  „ordentlichen, aber wenig aufregenden“ Erneuerungsrunde“, "Analysts said the result was
  better than they had feared", the consumer advocate's "Nobody should mistake cheaper
  reinsurance ...", the underwriter's "grown too comfortable"); an accusation without a
  checkable act ("Consumer advocates accused insurers of dragging their feet ...";
  hundred-thirty-fifth, three-hundred-and-sixty-third); a feeling („zeigte sich ... „tief
  betroffen““); evasions and open questions ("Some analysts questioned whether ...",
  "Whether the price cuts will reach homeowners' bills remains unclear.", „Ob die
  Schätzungen halten, ...“, „Ob ein Pflichtmodell ... ist unter Fachleuten umstritten“, „Ob
  die Prämien ... leistbar bleiben, ist offen“); vox pops and scene colour without a figure
  (the retired teacher, the retired shrimper, the pensioner in Melk, the residents of Hebden
  Bridge - "every few years" none -, the evacuees around Kamloops, roofing crews "within
  hours" - none).
- Check-worthy without a figure (hundred-eighty-sixth, two-hundred-and-twelfth,
  two-hundred-and-fifty-fourth, three-hundred-and-sixty-third): the source line of Munich
  Re's balance („Das geht aus der Jahresbilanz ... hervor“, hundred-eighty-sixth: „Das geht
  aus Daten der OeNB hervor“), the building insurers' reserves („von mehreren Milliarden
  Franken“ none), the Länder's demand for compulsory cover with the industry's own model
  (two-hundred-and-fifty-fourth: a demand naming a measure), the estimate's exclusion of
  federal flood cover, the province's state of emergency, the Financial Services Agency's
  request to insurers, the reinsurer's suspended buyback, Oltmanns-Ruh's finding that the
  loss sits in the budgets („beider“ none), and the governments' announced drafts („hieß es
  am Sonntag aus dem Finanzministerium“, „nach dpa-Informationen“; both unchecked, the first
  as „hieß es ... aus dem Finanzministerium“ in the two-hundred-and-fifty-fourth; „im
  Frühjahr“, „vor Jahresende“ none). New: „Hannover Rück rechnet mit einer Nettobelastung im
  mittleren dreistelligen Millionen-Euro-Bereich.“ is check-worthy and carries no quantity -
  a vague range carries none as „im mittleren einstelligen Prozentbereich“ (thirty-sixth,
  hundred-fifty-fourth) and „einen dreistelligen Millionenbetrag“ (ninety-ninth,
  hundred-tenth) do, and the number word inside „dreistelligen“ names the digits of an
  unknown sum, not a figure.
- Losses, claims and protection gaps (sixty-seventh, hundred-eighty-sixth,
  two-hundred-and-twelfth, two-hundred-and-fifty-fourth, three-hundred-and-sixty-third):
  losses are money in the currency written, with their hedges ("about £520 million", „rund
  1,3 Milliarden Euro“, „schätzungsweise 190 Millionen Franken“ "about" -
  hundred-fifty-seventh, four-hundred-and-twentieth -, "an estimated C$1.4 billion ($1
  billion)" CAD "about" and USD with no hedge - the converted figure in brackets, eightieth
  -, "between $11 billion and $14 billion" and "between $16 billion and $23 billion" both
  with no hedge, „von 8 bis 9 Milliarden Euro“ both - the scale word written once serves the
  earlier figure, hundred-forty-ninth -, „zusammen mehr als eine Milliarde Euro“
  1,000,000,000 EUR "over" - „eine Milliarde“ a figure, sixty-seventh; „zusammen“ no hedge
  -, „davon entfielen rund 1,1 Milliarden“ USD "about" and „davon 140 Millionen“ EUR - the
  currency written once serves the later figure, sixty-sixth -, „bislang rund 7,8 Milliarden
  Euro“ ("bislang" no hedge), "to top $1 billion" and "have topped C$3 billion" with no
  hedge (a verb, four-hundred-and-fifty-first), "to exceed £1.1 billion" with no hedge
  (two-hundred-and-fifty-fourth: "exceeded"), "less than £25 million" "under", "the sixth
  consecutive year above $100 billion" 6 and 100,000,000,000 USD "over"
  (three-hundred-and-sixty-third: "the sixth straight year above $100 billion")); "net of
  reinsurance", "before tax", „vorläufig“ and „Allein“ carry no hedge. Protection gaps are
  amounts, shares and fractions as written („177 Milliarden Dollar oder knapp 56 Prozent“,
  "a global protection gap of $163 billion", „rund 53 Prozent ... nicht versichert“, „etwa
  zwei Fünftel“ 0.4 "about", "Only about a third" 0.3333 "about" - "Only" no hedge -, "more
  than 70%" "over", „nur 54 Prozent“, „nur 44 Prozent“, "Only about 16%" "about", „nur etwa
  jedes vierte Haus“ 0.25 "about" - three-hundred-and-sixty-third: „nur etwa jedes zweite
  Wohngebäude“ -, "About one in five" 0.2 and "About one in eight" 0.125 "about"). Claims
  and reports are counts with their hedges ("more than 41,000 claims", "Some 61,000 claims"
  "about" - hundred-eighty-sixth: "some" -, „mehr als 14.000 Schadensmeldungen“, „rund
  390.000 Schäden“, „über 58'000 Schadenmeldungen“ and „über 11'500 Schäden“ "over" - Swiss
  apostrophe -, „rund 9300 Schadenmeldungen“ - Swiss four digits -, „knapp 21.000“ "nearly",
  "about 95,000 auto claims and 70,000 homeowners claims" the hedge on the first only,
  "around 9,800", "around 23,000", "about 284,000"), and so are homes, policies, adjusters,
  acres, hectares and call-outs ("about 6,800 homes", "about 310,000 policies", "more than
  400 loss adjusters", "about 38,000 acres", „rund 7.500 Hektar“ and „rund 13 Hektar“
  "about" - areas are counts, two-hundred-and-forty-fourth, „täglich“ none -, „mehr als 600
  Einsätzen“, "Some 340 properties" "about"). Multiples and counts otherwise: "almost three
  times the national average" 3 "nearly" ("almost", hundred-second), "11 events", "in 14
  states", "Seven property insurers", "18 named storms ..., including eight hurricanes,
  three of them major", "Japan's three largest non-life insurers" 3, „zwei
  Drive-in-Schadenzentren“ 2 and „bis zu 800 Autos“ "up_to", "at 29 locations", "at least 14
  counties" "at_least"; "more than doubled" none (a verb, hundred-eighty-sixth).
- Reinsurance renewals and prices: price changes are percentages as written, with their
  ranges and hedges ("by an average of 9%" and „im Schnitt um 1,9 Prozent“ with no hedge -
  two-hundred-and-fifty-fourth: "an average of", „im Schnitt“ -, „sogar um 4,5 Prozent“ -
  „sogar“ no hedge, four-hundred-and-fifty-first -, "of 10% to 17.5%", "7.5% to 15% lower",
  "by 5% to 12.5%" both ends, "by 5-7% a year" both ends with the hyphen as the "to" of a
  range - hundred-forty-fifth: "by 8-12%", two-hundred-and-ninety-fourth: "the SNB's 0-2%
  target band" -, "no more than 5%" "at_most" - hundred-seventh, hundred-fifteenth -,
  "increases of up to 20%" "up_to"); an index in points is counted ("dropped to 214.6 points
  from 235.8"); "rate-on-line", "loss-free", "mid-year" and "risk transfer" none; "the third
  straight round of cuts" 3. Renewal dates are dates without a year: "the June 1 renewals"
  --06-01, "the Jan. 1 renewals" and "The Jan. 1 date" --01-01 (hundred-eighty-sixth: "the
  Jan. 1 renewals"; the sixty-seventh: "the January 1 renewals"); "the April reinsurance
  renewals" none (a month alone). New: "the 1/1 renewals" is the date --01-01 - the market's
  numeric shorthand for January 1 is a date written in figures with a slash, as "after
  1/4/2026" was the full date 2026-04-01 in PA copy, here without a year; it carries neither
  a fraction nor a count. New: „bei der Vertragserneuerung zum 1.1.“ is --01-01 - the German
  numeric date without a year, read as „zum 1.1.2027“ was the full date 2027-01-01
  (three-hundred-and-forty-second) and as „zum 1. Januar“ is --01-01 (hundred-eighty-sixth);
  the two full stops end no sentence.
- Results and ratios (hundred-eighty-sixth, two-hundred-and-fifty-fourth): profits,
  consensus figures, budgets, targets, dividends and share prices are money in the currency
  written („2,14 Milliarden Euro“, „im Schnitt mit einem Überschuss von 1,95 Milliarden
  Euro“, "on average expected $3.6 billion" with no hedge, „ein Großschadenbudget von 2,1
  Milliarden Euro“, „von mindestens 2,6 Milliarden Euro für 2030“ "at_least" with the year,
  „von mehr als 4 Milliarden Dollar“ "over", „einen Reingewinn von 2,87 Milliarden Dollar“
  USD in Swiss copy, „um rund 250 Millionen Dollar“ "about" - „um“ before a difference no
  hedge, the hedge after it stands -, "$7.40 per share from $6.80" - "per share" none -,
  "$61.75", "$88.10", „512,80 Euro“, „128,40 Franken“); ratios are percentages also above
  100 ("The combined ratio ... to 85.7% from 91.2%", "rose to 112.6% from 88.9%", „Die
  Schaden-Kosten-Quote ... auf 76,8 Prozent, nach 82,3 Prozent“, „auf 86,4 Prozent“, „auf
  92,4 Prozent“, „Die Solvenzquote nach Solvency II ... 261 Prozent“ - "Solvency II" none,
  hundred-eighty-sixth -, "about 87%" "about"), moves and catastrophe loads in percentage
  points („um 1,9 Prozentpunkte“, "8.1 percentage points of the combined ratio", "added 27.4
  percentage points to the ratio"); quarters and halves rank („im ersten Quartal“, „im
  ersten Halbjahr“ 1 alone, "a third-quarter net loss" 3), „in den ersten neun Monaten“
  ordinal 1 and 9 months and "for the first seven months of the year" ordinal 1 and 7 months
  (hundred-eighty-sixth), "its best result since 2013" the year; "return on equity of more
  than 14% in 2030" 14 "over" and the year; "full-year", „für das Gesamtjahr“, „im
  Vorjahreszeitraum“, „ein Jahr zuvor“, "a year earlier", "in the quarter", "in early
  trading", "after-hours" none. New: „Die Aktie schloss an der SIX ...“ carries only the
  change and the price - "SIX", the Swiss exchange's name in capitals in German copy, is no
  number word, as "Nikkei 225" names an index and not a figure of the row
  (hundred-eighty-second).
- Readings and sizes are counts of the figure as written (two-hundred-and-twelfth,
  two-hundred-and-fifty-fourth, four-hundred-and-fifty-first): "stones up to 4 inches
  across" 4 "up_to" (two-hundred-and-fifty-fourth: "Hailstones up to 4.5 inches across"),
  „bis zu fünf Zentimetern“ and „bis zu sieben Zentimetern“ "up_to", „Böen von bis zu 148
  km/h“, "gusts of up to 94mph" and "gusts of up to 198 km/h" "up_to", "Gusts of 87mph",
  "71mm of rain in three hours" 71 and 3 hours, "14 feet above ground level" 14 ("above"
  after the figure no hedge), „ein Hurrikan der Kategorie 4“ 4. New: "a Category 4 hurricane
  packing top sustained winds of 140 mph" gives 4 and 140 with no hedge - "top" before the
  winds names the peak as "maximum" and "peak" do (two-hundred-and-twelfth), not a bound on
  the figure.
- Ordinals (the issue's "die drittgrößte Stadt"; every batch): "the fourth-costliest" 4,
  "the third-costliest typhoon" 3, „das vierthöchste Jahr“ 4, "the second-highest total" 2,
  "the third hailstorm ... in three years" 3 and 3 years, "the ninth named storm ... and the
  first to prompt a red wind warning" 9 and 1, "for the first time" 1, "in the first 48
  hours after landfall" 1 and 48 hours (three-hundred-and-sixty-third: "in the first 24
  hours"), „nach einer ersten Schätzung“ 1 (three times; hundred-tenth: „nach einer ersten
  Auswertung“). "costliest", „teuerste“, „Teuerstes“, "largest", "a record", "a red wind
  warning", „so viel wie nie zuvor“ carry none.
- Durations, return periods and spans (the issue; every batch): „der vergangenen zehn Jahre“
  and „der vorangegangenen zehn Jahre“ 10 years („im Mittel“ no hedge), „etwa alle 100
  Jahre“ 100 years "about" (four-hundred-and-fifty-first), "at least four months of living
  expenses" 4 months "at_least", "over 12 days" 12 days ("over" before a span no hedge),
  „innert 24 Stunden“ 24 hours (no hedge), "in each of the last five years" 5 years ("each"
  none). None: "last year", "a year ago", "a year earlier", "this year", "so far this year",
  "this season", "last week", "every few years", "within hours", "will take years", „im
  vergangenen Jahr“, „im Vorjahr“, „Im Jahr davor“, „ein Jahr zuvor“, „in diesem Jahr“,
  „heuer“, „seit Jahren“, „zum Jahresbeginn“, „im kommenden Jahr“, „täglich“, "a year",
  weekdays and parts of days („bis Montagabend“, „am Montagabend“, „Bis Dienstag“, „am
  Vormittag“, "by Monday evening", "on Monday morning", "on Sunday"), months alone ("in
  November", "the November wildfire", "this month", "last month", "since October 2028" the
  year only, „im Januar“, „im Frühjahr“, „Juni-Hochwasser“).
- Years and dates: "at the end of 2029", "in 2029", "for 2029", "a quiet 2029 hurricane
  season", "since the start of 2029", "for 2030" (twice), "in 2030" (three times), "as soon
  as 2030", „für 2030“, "since 2014", "since 2015", "since 2013", "since 2028", "since
  October 2028", "in 2024", „seit „Kyrill“ im Jahr 2007“, „seit dem Sommer 2021“, „seit dem
  Flutjahr 2021“, „aus dem Jahr 2024“, „nach 2017, 2022 und 2011“ (three years); „vom 28.
  Juni“ --06-28. Reuters datelines with a day are dates without a year ("LONDON, Jan 2",
  "ZURICH, Feb 28", "ZURICH, April 8", "MIAMI, June 3", "VANCOUVER, July 23", "CHICAGO, Aug
  15", "TOKYO, Oct 7", "HAMILTON, Bermuda, Oct 29" with the territory between city and day -
  hundred-eighty-sixth -, "LONDON, Dec 16"); dpa („München (dpa) -“, „Berlin (dpa) -“,
  „Zürich (dpa) -“, „München (dpa/lby) -“), dpa-AFX, APA, Keystone-SDA, AP ("LOS ANGELES
  (AP) —", "DALLAS (AP) —", "NEW ORLEANS (AP) —") and PA ("LONDON (PA) -", "LEEDS (PA) -",
  "CARDIFF (PA) -") datelines none (seventy-ninth). Storm names none.
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, „schätzungsweise“, "about",
  "About", "around", "roughly", "Some", "an estimated" "about"; „knapp“, "nearly", "almost"
  "nearly"; „mehr als“, „gut“, „Gut“, „über“ before the figure, "more than", "More than",
  "above" before a figure "over"; "less than" "under"; „bis zu“, "up to" "up_to"; "at least"
  "at_least"; "no more than" "at_most". No hedge: „im Schnitt“, „durchschnittlich“, "an
  average of", "on average", "averaged", „sogar“, „nur“, "Only", „Allein“, „bislang“,
  „bisher“, „vorläufig“, „insgesamt“, „zusammen“, "combined", „davon“, „innert“, „um“ before
  a difference, "top", "topped", "to top", "exceed", "over" before a span, "above" after a
  figure, „mehr als“ after a figure, and "to", „bis“ and the hyphen of a range.
- Speakers, checked only in forms the earlier batches settled. German: „teilte Munich Re am
  Dienstag in München mit“ -> "Munich Re" and „wie Swiss Re am Freitag mitteilte“ -> "Swiss
  Re" (the firm's name as written, weekday and place dropped; hundred-eighty-sixth: „teilte
  Tauernland am Freitag mit“), „teilte der Gesamtverband der Deutschen
  Versicherungswirtschaft (GDV) in seiner Sturmbilanz mit“ -> "der Gesamtverband der
  Deutschen Versicherungswirtschaft" (the abbreviation in brackets and the occasion dropped;
  hundred-sixty-ninth, two-hundred-and-twelfth, four-hundred-and-twentieth), „teilte die
  Österreichische Hagelversicherung am Dienstag mit“ (two-hundred-and-fifty-fourth); the
  name with the title dropped („Munich-Re-Vorständin Cordula Haberstroh-Lenz sagte, ...“,
  „Munich-Re-Klimaexperte Jonas Feldbausch sagte, ...“, „VVO-Präsident Harald Kreuzbichler
  sagte, ...“, „GDV-Hauptgeschäftsführerin Dagmar Vielhauer-Brinck sagte, ...“,
  „Finanzvorstand Rüdiger Haselmeyer-Kern sagte, ...“, „Hagelversicherungs-Vorstand Leopold
  Grabenhofer sagte, ...“ twice, „GDV-Präsident Ortwin Scheffelmann sagte, ...“ twice,
  „Mobiliar-Schadenchef Urs Käppeli-Vogt sagte, ...“, „Hannover-Rück-Chef Matthias
  Quellhorst sagte, ...“, „Finanzchef Laurent Perrenoud-Haldi sagte, ...“,
  „Swiss-Re-Chefökonomin Mirjam Eggenschwiler-Tan sagte, ...“; hundred-eightieth,
  two-hundred-and-fifty-fourth, three-hundred-and-sixty-third), and with the affiliation
  after the name dropped („Analyst Benedikt Ochsenfarth von der Privatbank Lohmeyer & Cie
  sagte“, „Analystin Svenja Oltmanns-Ruh von der Landesbank Weserkontor sagte“;
  four-hundred-and-twentieth). English: "the Association of British Insurers said" and "the
  ABI said" (twice) with the article (sixty-seventh), "the Insurance Bureau of Canada said
  on Tuesday" and "the General Insurance Association of Japan said on Monday" with the
  weekday dropped (sixty-seventh: "the Insurance Council of Australia said"), "The
  California Department of Insurance said ..." and "The National Hurricane Center said ..."
  and "The National Weather Service said ..." opening the row with the article lowered
  (two-hundred-and-twelfth, three-hundred-and-sixty-third, four-hundred-and-fifty-first),
  the name with the role dropped ("Chief Financial Officer Laurent Perrenoud-Haldi said",
  "Swiss Re chief economist Mirjam Eggenschwiler-Tan said", "Spokesman Ray
  Villarreal-Prentiss said", "Flood Re chief executive Gareth Pemberton-Oakes said", "Chief
  Executive Tobias Renwick said", "Chief Executive Imani Fairweather-Cole told analysts on a
  conference call" with the audience dropped; hundred-eighty-sixth,
  four-hundred-and-twentieth), "The bureau's vice-president for the Pacific region, Sylvie
  Marchessault-Grey, said" the name in apposition after its role
  (two-hundred-and-fifty-fourth, four-hundred-and-twentieth), and "Penhallow said ..."
  opening the row the surname (three-hundred-and-sixty-third). New: "the Swiss Re Institute
  said on Monday" -> "the Swiss Re Institute" - the research arm is named as a body with its
  article, as "the National Hurricane Center said" and "the Association of British Insurers
  said" are, while the reinsurer's own name stays without one ("Swiss Re said",
  two-hundred-and-twelfth, three-hundred-and-sixty-third). Left unchecked (None): all
  negatives, also those with a named speaker (Rüegsegger-Moll's among them); descriptions
  before a name ("broker Carrick Halden Re said" twice, "catastrophe modeler Verisk said",
  "Rating agency AM Best said", "U.S. home and auto insurer Prairie Harbor said", „teilte
  der Versicherungsverband VVO mit“ twice; fortieth, two-hundred-and-twelfth) and between a
  name and its verb ("Alastair Penhallow, head of ..., said", "Hannah Gilchrist-Moore, the
  ABI's director ..., said", "Citizens Property Insurance Corp, the state-backed insurer of
  last resort, said"; four-hundred-and-twentieth); possessives ("the state's insurance
  department said", "the state's Office of Insurance Regulation said", "Japan's three
  largest non-life insurers said", "Louisiana's insurance commissioner said";
  hundred-eighty-sixth); roles and pronouns ("the Zurich-based group said", "the
  Hamilton-based company said", "It said", „so der VVO-Präsident“; two-hundred-and-twelfth,
  four-hundred-and-twentieth); plural groups ("brokers said", "Analysts at Bramcote
  Securities said", "Colorado State University forecasters predict", „nach Schätzungen von
  Analysten“; forty-first); every "according to" (the report, the ABI, ABI figures, the Met
  Office, a survey, a company-compiled consensus, the council, the Insurance Council of
  Texas, an industry study, the bureau, the BC Wildfire Service, PowerOutage.us, FEMA data,
  the Japan Meteorological Agency, Natural Resources Wales, the agency, the broker;
  four-hundred-and-twentieth, four-hundred-and-fifty-first); documents and data ("the report
  said" twice, "Environment Agency figures showed", „wie aus der Jahresstatistik der
  Vereinigung Kantonaler Gebäudeversicherungen (VKG) hervorgeht“, „wie aus der
  Quartalsmitteilung hervorgeht“, „Nach Zahlen der Hagelversicherung“, „Nach Zahlen des
  VVO“, „nach neuen Zahlen des Verbands“, „nach Messungen von MeteoSchweiz“, „nach einer
  ersten Schätzung des GDV“, „nach einer ersten Schätzung des Rückversicherers Swiss Re“,
  „nach Schätzungen des Landes“; hundred-eighty-sixth, three-hundred-and-sixty-third);
  compounds („nach Unternehmensangaben“, „nach Verbandsangaben“, „Nach VVO-Angaben“, „nach
  GDV-Angaben“, „nach GDV-Zahlen“; three-hundred-and-seventy-first,
  four-hundred-and-twentieth), masculine genitives („nach Angaben des Verbands“, „nach
  Angaben des Landesfeuerwehrverbands“; hundredth, four-hundred-and-twentieth), „nach
  eigenen Angaben“, „Gemäss VKG“ (four-hundred-and-fourth), „hieß es ... aus dem
  Finanzministerium“ (two-hundred-and-fifty-fourth); verbs of estimating, counting,
  reporting, forecasting and announcing („bezifferte“ three times, „schätzt Swiss Re“,
  „rechnet“ twice, „meldete“ twice, „zählten die Versicherer“, „kündigte an“, „stellt ... in
  Aussicht“, "Verisk estimated", "The council estimated", "The trade body put the likely
  bill at", "predict"; hundred-eighty-sixth, two-hundred-and-twelfth) and rows without
  attribution. As the two-hundred-and-twelfth, three-hundred-and-sixty-third and
  four-hundred-and-fifty-first batches did, and to keep the checked speakers near 35,
  several figures are given one of these unchecked forms.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_471 = [
    # --- Reinsurance renewals at January 1 (Reuters), January 2 ---
    (
        "en",
        "LONDON, Jan 2 (Reuters) - Prices for property catastrophe reinsurance fell by an average of 9% at the 1/1 renewals, the third straight round of cuts, broker Carrick Halden Re said in a report on Wednesday.",
        True,
        [
            ("date", "--01-02", None, None),
            ("percent", 9, "%", None),
            ("date", "--01-01", None, None),
            ("ordinal", 3, None, None),
        ],
        None,
    ),
    (
        "en",
        "Its global property catastrophe rate-on-line index dropped to 214.6 points from 235.8 a year earlier.",
        True,
        [
            ("count", 214.6, None, None),
            ("count", 235.8, None, None),
        ],
        None,
    ),
    (
        "en",
        "Loss-free programmes renewed at reductions of 10% to 17.5%, while layers hit by last year's hurricanes saw cuts of no more than 5%.",
        True,
        [
            ("percent", 10, "%", None),
            ("percent", 17.5, "%", None),
            ("percent", 5, "%", "at_most"),
        ],
        None,
    ),
    (
        "en",
        "Alastair Penhallow, head of reinsurance analytics at Carrick Halden Re, said dedicated reinsurance capital had reached a record $812 billion at the end of 2029.",
        True,
        [
            ("money", 812000000000, "USD", None),
            ("year", 2029, None, None),
        ],
        None,
    ),
    (
        "en",
        '"Buyers finally have the upper hand, and they know it," Penhallow said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Cedents bought about $14 billion of additional catastrophe limit, the report said.",
        True,
        [("money", 14000000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Some underwriters warned that the softening could go too far if another active hurricane season followed.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Catastrophe bond issuance reached $21.7 billion in 2029, a record for a single year, according to the report.",
        True,
        [
            ("money", 21700000000, "USD", None),
            ("year", 2029, None, None),
        ],
        None,
    ),
    # --- Munich Re's January renewal (dpa-AFX), January 8 ---
    (
        "de",
        "München (dpa-AFX) - Der Rückversicherer Munich Re hat bei der Vertragserneuerung zum 1.1. trotz sinkender Marktpreise Geschäft mit einem Prämienvolumen von rund 10,3 Milliarden Euro erneuert.",
        True,
        [
            ("date", "--01-01", None, None),
            ("money", 10300000000, "EUR", "about"),
        ],
        None,
    ),
    (
        "de",
        "Die Preise seien im Schnitt um 1,9 Prozent gesunken, teilte Munich Re am Dienstag in München mit.",
        True,
        [("percent", 1.9, "%", None)],
        "Munich Re",
    ),
    (
        "de",
        "Bei Deckungen gegen Naturkatastrophen gaben die Preise nach Unternehmensangaben sogar um 4,5 Prozent nach.",
        True,
        [("percent", 4.5, "%", None)],
        None,
    ),
    (
        "de",
        "Munich-Re-Vorständin Cordula Haberstroh-Lenz sagte, der Konzern habe rund 1,2 Milliarden Euro an Prämien bewusst nicht erneuert, weil die Preise nicht mehr ausgereicht hätten.",
        True,
        [("money", 1200000000, "EUR", "about")],
        "Cordula Haberstroh-Lenz",
    ),
    (
        "de",
        "„Wir jagen keinem Volumen hinterher, wir jagen Margen“, sagte Haberstroh-Lenz.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die zum Jahresbeginn erneuerten Verträge machen knapp die Hälfte des gesamten Rückversicherungsgeschäfts des Konzerns mit Schaden- und Unfallversicherern aus.",
        True,
        [("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "de",
        "Händler sprachen von einer „ordentlichen, aber wenig aufregenden“ Erneuerungsrunde.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Aktie legte am Vormittag um 1,4 Prozent auf 512,80 Euro zu.",
        True,
        [
            ("percent", 1.4, "%", None),
            ("money", 512.8, "EUR", None),
        ],
        None,
    ),
    # --- Munich Re's natural catastrophe year 2029 (dpa), January 15 ---
    (
        "de",
        "München (dpa) - Naturkatastrophen haben im vergangenen Jahr weltweit Schäden von 318 Milliarden Dollar verursacht, nur 141 Milliarden Dollar davon waren versichert.",
        True,
        [
            ("money", 318000000000, "USD", None),
            ("money", 141000000000, "USD", None),
        ],
        None,
    ),
    (
        "de",
        "Das geht aus der Jahresbilanz des Rückversicherers Munich Re hervor, die am Dienstag in München vorgestellt wurde.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Versicherungslücke, also der nicht versicherte Teil der Schäden, lag damit bei 177 Milliarden Dollar oder knapp 56 Prozent.",
        True,
        [
            ("money", 177000000000, "USD", None),
            ("percent", 56, "%", "nearly"),
        ],
        None,
    ),
    (
        "de",
        "Die Gesamtschäden lagen inflationsbereinigt um gut ein Zehntel über dem Durchschnitt der vergangenen zehn Jahre von 287 Milliarden Dollar.",
        True,
        [
            ("fraction", 0.1, None, "over"),
            ("duration", 10, "year", None),
            ("money", 287000000000, "USD", None),
        ],
        None,
    ),
    (
        "de",
        "Teuerstes Einzelereignis war ein Hurrikan der Kategorie 4 an der US-Golfküste mit versicherten Schäden von rund 38 Milliarden Dollar.",
        True,
        [
            ("count", 4, None, None),
            ("money", 38000000000, "USD", "about"),
        ],
        None,
    ),
    (
        "de",
        "Munich-Re-Klimaexperte Jonas Feldbausch sagte, mehr als 60 Prozent der versicherten Schäden gingen auf Gewitter, Hagel und Überschwemmungen zurück und nicht auf tropische Wirbelstürme.",
        True,
        [("percent", 60, "%", "over")],
        "Jonas Feldbausch",
    ),
    (
        "de",
        "„Wer die sogenannten Nebengefahren noch als Nebensache behandelt, rechnet sich die Welt schön“, sagte Feldbausch.",
        False,
        [],
        None,
    ),
    (
        "de",
        "In Europa summierten sich die Schäden auf 41 Milliarden Euro, von denen etwa zwei Fünftel versichert waren.",
        True,
        [
            ("money", 41000000000, "EUR", None),
            ("fraction", 0.4, None, "about"),
        ],
        None,
    ),
    # --- Wildfire claims in California (AP), January 23 ---
    (
        "en",
        "LOS ANGELES (AP) — Insurers have received more than 41,000 claims and paid out $9.3 billion so far for the November wildfire that destroyed about 6,800 homes in the foothills above Santa Barbara, the state's insurance department said Wednesday.",
        True,
        [
            ("count", 41000, None, "over"),
            ("money", 9300000000, "USD", None),
            ("count", 6800, None, "about"),
        ],
        None,
    ),
    (
        "en",
        "The California Department of Insurance said about 82% of the claims involved homes that were total losses.",
        True,
        [("percent", 82, "%", "about")],
        "the California Department of Insurance",
    ),
    (
        "en",
        "The FAIR Plan, the state's insurer of last resort, faces claims of about $1.6 billion from the fire.",
        True,
        [("money", 1600000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "The fire burned about 38,000 acres over 12 days before it was fully contained.",
        True,
        [
            ("count", 38000, None, "about"),
            ("duration", 12, "day", None),
        ],
        None,
    ),
    (
        "en",
        "California's insurance commissioner ordered insurers to advance at least four months of living expenses to displaced policyholders without demanding receipts.",
        True,
        [("duration", 4, "month", "at_least")],
        None,
    ),
    (
        "en",
        '"We were told we had enough coverage, and we had nowhere near enough," said a retired teacher whose house burned.',
        False,
        [],
        None,
    ),
    (
        "en",
        "About one in five of the destroyed homes had no homeowners policy at all, according to a survey by a local recovery group.",
        True,
        [("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "en",
        "Consumer advocates accused insurers of dragging their feet on smoke damage claims.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Verisk estimated insured losses from the fire at between $11 billion and $14 billion.",
        True,
        [
            ("money", 11000000000, "USD", None),
            ("money", 14000000000, "USD", None),
        ],
        None,
    ),
    # --- Storm Isolde's claims in Britain (PA), February 4 ---
    (
        "en",
        "LONDON (PA) - Insurers expect to pay out about £520 million to households and businesses hit by Storm Isolde, the Association of British Insurers said.",
        True,
        [("money", 520000000, "GBP", "about")],
        "the Association of British Insurers",
    ),
    (
        "en",
        "That would make Isolde the costliest storm to hit Britain since 2014.",
        True,
        [("year", 2014, None, None)],
        None,
    ),
    (
        "en",
        "Isolde was the ninth named storm of the season and the first to prompt a red wind warning in England.",
        True,
        [
            ("ordinal", 9, None, None),
            ("ordinal", 1, None, None),
        ],
        None,
    ),
    (
        "en",
        "Some 61,000 claims had been lodged by the end of last week, most of them for damaged roofs, fences and fallen trees.",
        True,
        [("count", 61000, None, "about")],
        None,
    ),
    (
        "en",
        "The average property claim stood at £3,400, according to the ABI.",
        True,
        [("money", 3400, "GBP", None)],
        None,
    ),
    (
        "en",
        "Hannah Gilchrist-Moore, the ABI's director of general insurance policy, said insurers had sent more than 400 loss adjusters to the worst-hit parts of Wales and the South West.",
        True,
        [("count", 400, None, "over")],
        None,
    ),
    (
        "en",
        '"Our message to anyone affected is simple: call your insurer as soon as you can," Gilchrist-Moore said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Isolde brought gusts of up to 94mph to the Isles of Scilly, according to the Met Office.",
        True,
        [("count", 94, None, "up_to")],
        None,
    ),
    (
        "en",
        "Homeowners were urged to photograph damage before starting any repairs.",
        False,
        [],
        None,
    ),
    # --- Storm „Vitus“ in Austria (APA), February 12 ---
    (
        "de",
        "Wien (APA) - Der Sturm „Vitus“ hat in Österreich nach einer ersten Schätzung der Versicherungswirtschaft Schäden von rund 85 Millionen Euro verursacht.",
        True,
        [
            ("ordinal", 1, None, None),
            ("money", 85000000, "EUR", "about"),
        ],
        None,
    ),
    (
        "de",
        "Bei den Versicherern seien bis Montagabend mehr als 14.000 Schadensmeldungen eingelangt, teilte der Versicherungsverband VVO mit.",
        True,
        [("count", 14000, None, "over")],
        None,
    ),
    (
        "de",
        "VVO-Präsident Harald Kreuzbichler sagte, am stärksten betroffen seien Oberösterreich und Salzburg, wo Böen von bis zu 148 km/h gemessen worden seien.",
        True,
        [("count", 148, None, "up_to")],
        "Harald Kreuzbichler",
    ),
    (
        "de",
        "„Solche Stürme sind längst keine Jahrhundertereignisse mehr“, sagte Kreuzbichler.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach VVO-Angaben betrug der durchschnittliche Schaden je Meldung rund 6.000 Euro.",
        True,
        [("money", 6000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Versicherer rieten Geschädigten, Schäden zu fotografieren und beschädigte Gegenstände nicht vorschnell zu entsorgen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "In der Landwirtschaft meldete die Österreichische Hagelversicherung Sturmschäden an Glashäusern und Folientunneln von etwa 4 Millionen Euro.",
        True,
        [("money", 4000000, "EUR", "about")],
        None,
    ),
    # --- Winter storm „Quirin“ in Germany (dpa), February 27 ---
    (
        "de",
        "Berlin (dpa) - Das Sturmtief „Quirin“ hat Schäden von rund 1,3 Milliarden Euro an Häusern, Hausrat, Betrieben und Autos verursacht, teilte der Gesamtverband der Deutschen Versicherungswirtschaft (GDV) in seiner Sturmbilanz mit.",
        True,
        [("money", 1300000000, "EUR", "about")],
        "der Gesamtverband der Deutschen Versicherungswirtschaft",
    ),
    (
        "de",
        "Es war damit der teuerste Wintersturm seit „Kyrill“ im Jahr 2007.",
        True,
        [("year", 2007, None, None)],
        None,
    ),
    (
        "de",
        "Rund 1,05 Milliarden Euro entfielen auf die Sachversicherung, etwa 250 Millionen Euro auf die Kfz-Versicherung.",
        True,
        [
            ("money", 1050000000, "EUR", "about"),
            ("money", 250000000, "EUR", "about"),
        ],
        None,
    ),
    (
        "de",
        "Insgesamt zählten die Versicherer nach Verbandsangaben rund 390.000 Schäden.",
        True,
        [("count", 390000, None, "about")],
        None,
    ),
    (
        "de",
        "GDV-Hauptgeschäftsführerin Dagmar Vielhauer-Brinck sagte, nach wie vor seien nur 54 Prozent der Wohngebäude in Deutschland gegen Elementarschäden wie Hochwasser und Starkregen versichert.",
        True,
        [("percent", 54, "%", None)],
        "Dagmar Vielhauer-Brinck",
    ),
    (
        "de",
        "„Beim Sturm sind die Menschen abgesichert, beim Wasser spielen viele Hausbesitzer Lotto“, sagte Vielhauer-Brinck.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Im Jahr davor hatten Sturm, Hagel und Starkregen die Versicherer nach GDV-Angaben insgesamt 5,4 Milliarden Euro gekostet.",
        True,
        [("money", 5400000000, "EUR", None)],
        None,
    ),
    # --- Swiss Re's annual results (Reuters), February 28 ---
    (
        "en",
        "ZURICH, Feb 28 (Reuters) - Swiss Re posted a net profit of $3.9 billion for 2029, beating analysts' expectations, as lower-than-expected natural catastrophe claims offset higher reserves in its U.S. liability business.",
        True,
        [
            ("date", "--02-28", None, None),
            ("money", 3900000000, "USD", None),
            ("year", 2029, None, None),
        ],
        None,
    ),
    (
        "en",
        "Analysts had on average expected $3.6 billion, according to a company-compiled consensus.",
        True,
        [("money", 3600000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The combined ratio of its property and casualty reinsurance unit improved to 85.7% from 91.2%, the Zurich-based group said.",
        True,
        [
            ("percent", 85.7, "%", None),
            ("percent", 91.2, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Natural catastrophe claims came to $2.4 billion, or 8.1 percentage points of the combined ratio, below a budget of $2.9 billion.",
        True,
        [
            ("money", 2400000000, "USD", None),
            ("percent", 8.1, "pp", None),
            ("money", 2900000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Chief Financial Officer Laurent Perrenoud-Haldi said Swiss Re would raise its natural catastrophe budget for 2030 by 6% to $3.1 billion.",
        True,
        [
            ("year", 2030, None, None),
            ("percent", 6, "%", None),
            ("money", 3100000000, "USD", None),
        ],
        "Laurent Perrenoud-Haldi",
    ),
    (
        "en",
        '"We are not going to chase the market down," Perrenoud-Haldi told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Swiss Re proposed raising its dividend to $7.40 per share from $6.80 and is targeting a return on equity of more than 14% in 2030.",
        True,
        [
            ("money", 7.4, "USD", None),
            ("money", 6.8, "USD", None),
            ("percent", 14, "%", "over"),
            ("year", 2030, None, None),
        ],
        None,
    ),
    (
        "en",
        "Its shares rose 2.3% in early trading.",
        True,
        [("percent", 2.3, "%", None)],
        None,
    ),
    (
        "en",
        "Some analysts questioned whether the reinsurer could hold its prices at the mid-year renewals.",
        False,
        [],
        None,
    ),
    # --- Swiss cantonal building insurers' natural hazard year (Keystone-SDA), March 12 ---
    (
        "de",
        "Bern (Keystone-SDA) - Die kantonalen Gebäudeversicherungen haben im vergangenen Jahr Elementarschäden von 486 Millionen Franken vergütet.",
        True,
        [("money", 486000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Das sind rund 40 Prozent mehr als im Mittel der vorangegangenen zehn Jahre, wie aus der Jahresstatistik der Vereinigung Kantonaler Gebäudeversicherungen (VKG) hervorgeht.",
        True,
        [
            ("percent", 40, "%", "about"),
            ("duration", 10, "year", None),
        ],
        None,
    ),
    (
        "de",
        "Gut zwei Drittel der Schadensumme gingen auf das Konto von Hagel.",
        True,
        [("fraction", 0.6667, None, "over")],
        None,
    ),
    (
        "de",
        "Allein der Hagelzug vom 28. Juni verursachte im Kanton Luzern Gebäudeschäden von rund 120 Millionen Franken.",
        True,
        [
            ("date", "--06-28", None, None),
            ("money", 120000000, "CHF", "about"),
        ],
        None,
    ),
    (
        "de",
        "Gemäss VKG gingen landesweit über 58'000 Schadenmeldungen ein.",
        True,
        [("count", 58000, None, "over")],
        None,
    ),
    (
        "de",
        "Die Prämien bleiben trotz der hohen Schäden in den meisten Kantonen stabil, weil die Gebäudeversicherungen über Reserven von mehreren Milliarden Franken verfügen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "«Die Hagelsaison wird länger und heftiger, darauf müssen sich Hauseigentümer einstellen», sagte VKG-Direktor Thomas Rüegsegger-Moll.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Im Vorjahr hatten die Elementarschäden 312 Millionen Franken betragen.",
        True,
        [("money", 312000000, "CHF", None)],
        None,
    ),
    # --- Swiss Re Institute's insured catastrophe losses (Reuters), April 8 ---
    (
        "en",
        "ZURICH, April 8 (Reuters) - Insured losses from natural catastrophes reached $139 billion worldwide last year, the sixth consecutive year above $100 billion, the Swiss Re Institute said on Monday.",
        True,
        [
            ("date", "--04-08", None, None),
            ("money", 139000000000, "USD", None),
            ("ordinal", 6, None, None),
            ("money", 100000000000, "USD", "over"),
        ],
        "the Swiss Re Institute",
    ),
    (
        "en",
        "Thunderstorms with hail, tornadoes and straight-line winds caused $58 billion of that, or about 42% of the total.",
        True,
        [
            ("money", 58000000000, "USD", None),
            ("percent", 42, "%", "about"),
        ],
        None,
    ),
    (
        "en",
        "Floods caused insured losses of $24 billion, the second-highest total for the peril on record.",
        True,
        [
            ("money", 24000000000, "USD", None),
            ("ordinal", 2, None, None),
        ],
        None,
    ),
    (
        "en",
        "Swiss Re chief economist Mirjam Eggenschwiler-Tan said insured losses were likely to keep growing by 5-7% a year in real terms, driven mainly by more homes and assets in exposed areas.",
        True,
        [
            ("percent", 5, "%", None),
            ("percent", 7, "%", None),
        ],
        "Mirjam Eggenschwiler-Tan",
    ),
    (
        "en",
        '"The trend is not a cycle, and nobody should wait for it to turn," Eggenschwiler-Tan said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "At that pace, annual insured losses could reach $150 billion as soon as 2030, the report said.",
        True,
        [
            ("money", 150000000000, "USD", None),
            ("year", 2030, None, None),
        ],
        None,
    ),
    (
        "en",
        "Economic losses totalled $302 billion, leaving a global protection gap of $163 billion.",
        True,
        [
            ("money", 302000000000, "USD", None),
            ("money", 163000000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Only about a third of economic losses in Europe were insured, compared with more than 70% in the United States.",
        True,
        [
            ("fraction", 0.3333, None, "about"),
            ("percent", 70, "%", "over"),
        ],
        None,
    ),
    (
        "en",
        "The institute urged governments to work with insurers on public-private schemes to narrow the gap.",
        False,
        [],
        None,
    ),
    # --- Hail in Dallas-Fort Worth (AP), April 16 ---
    (
        "en",
        "DALLAS (AP) — A hailstorm that pelted the Dallas-Fort Worth area with stones up to 4 inches across on Sunday will likely cost insurers more than $2 billion, according to the Insurance Council of Texas.",
        True,
        [
            ("count", 4, None, "up_to"),
            ("money", 2000000000, "USD", "over"),
        ],
        None,
    ),
    (
        "en",
        "The council estimated that about 95,000 auto claims and 70,000 homeowners claims would be filed.",
        True,
        [
            ("count", 95000, None, "about"),
            ("count", 70000, None, None),
        ],
        None,
    ),
    (
        "en",
        "Spokesman Ray Villarreal-Prentiss said it was the third hailstorm in the metro area to top $1 billion in insured losses in three years.",
        True,
        [
            ("ordinal", 3, None, None),
            ("money", 1000000000, "USD", None),
            ("duration", 3, "year", None),
        ],
        "Ray Villarreal-Prentiss",
    ),
    (
        "en",
        '"If you live in North Texas, hail is not a question of if but when," Villarreal-Prentiss said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Hail claims in Texas have more than doubled since 2015, according to the council.",
        True,
        [("year", 2015, None, None)],
        None,
    ),
    (
        "en",
        "The National Weather Service said hail fell in at least 14 counties.",
        True,
        [("count", 14, None, "at_least")],
        "the National Weather Service",
    ),
    (
        "en",
        "Roofing crews from across the state descended on Plano and Frisco within hours of the storm.",
        False,
        [],
        None,
    ),
    # --- Munich Re's first quarter (dpa-AFX), May 13 ---
    (
        "de",
        "München (dpa-AFX) - Der Rückversicherer Munich Re hat im ersten Quartal dank geringer Großschäden 2,14 Milliarden Euro verdient, rund 9 Prozent mehr als ein Jahr zuvor.",
        True,
        [
            ("ordinal", 1, None, None),
            ("money", 2140000000, "EUR", None),
            ("percent", 9, "%", "about"),
        ],
        None,
    ),
    (
        "de",
        "Analysten hatten im Schnitt mit einem Überschuss von 1,95 Milliarden Euro gerechnet.",
        True,
        [("money", 1950000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Schaden-Kosten-Quote in der Rückversicherung sank auf 76,8 Prozent, nach 82,3 Prozent im Vorjahreszeitraum, wie aus der Quartalsmitteilung hervorgeht.",
        True,
        [
            ("percent", 76.8, "%", None),
            ("percent", 82.3, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Die Belastungen aus Naturkatastrophen bezifferte Munich Re auf 610 Millionen Euro, nach 1,3 Milliarden Euro ein Jahr zuvor, als Waldbrände in Kalifornien zu Buche geschlagen hatten.",
        True,
        [
            ("money", 610000000, "EUR", None),
            ("money", 1300000000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Finanzvorstand Rüdiger Haselmeyer-Kern sagte, das Gewinnziel von 6,5 Milliarden Euro für das Gesamtjahr sei „gut erreichbar“.",
        True,
        [("money", 6500000000, "EUR", None)],
        "Rüdiger Haselmeyer-Kern",
    ),
    (
        "de",
        "„Ein ruhiger Jahresstart ist noch kein gutes Jahr, die Hurrikansaison liegt noch vor uns“, sagte Haselmeyer-Kern.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Aktie verlor im frühen Handel 0,8 Prozent.",
        True,
        [("percent", 0.8, "%", None)],
        None,
    ),
    # --- Hail in south-eastern Styria (APA), May 28 ---
    (
        "de",
        "Graz (APA) - Ein schweres Hagelunwetter hat am Montagabend in der Süd- und Oststeiermark Schäden in der Landwirtschaft von rund 14 Millionen Euro angerichtet.",
        True,
        [("money", 14000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Betroffen seien rund 7.500 Hektar Agrarfläche, vor allem Obst-, Wein- und Maiskulturen, teilte die Österreichische Hagelversicherung am Dienstag mit.",
        True,
        [("count", 7500, None, "about")],
        "die Österreichische Hagelversicherung",
    ),
    (
        "de",
        "Hagelkörner mit einem Durchmesser von bis zu fünf Zentimetern zerschlugen in den Apfelanlagen auch Hagelnetze.",
        True,
        [("count", 5, None, "up_to")],
        None,
    ),
    (
        "de",
        "Hagelversicherungs-Vorstand Leopold Grabenhofer sagte, in manchen Anlagen seien bis zu 90 Prozent der Ernte vernichtet worden.",
        True,
        [("percent", 90, "%", "up_to")],
        "Leopold Grabenhofer",
    ),
    (
        "de",
        "„Für viele Obstbauern ist das nach dem Frost im Vorjahr der nächste Tiefschlag“, sagte Grabenhofer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Feuerwehren rückten nach Angaben des Landesfeuerwehrverbands zu mehr als 600 Einsätzen aus.",
        True,
        [("count", 600, None, "over")],
        None,
    ),
    (
        "de",
        "Nach Zahlen der Hagelversicherung sind in der Steiermark rund 85 Prozent der Obstflächen gegen Hagel versichert.",
        True,
        [("percent", 85, "%", "about")],
        None,
    ),
    (
        "de",
        "Der Landeshauptmann zeigte sich bei einem Lokalaugenschein in Kapfenstein „tief betroffen“.",
        False,
        [],
        None,
    ),
    # --- Florida's June 1 renewals (Reuters), June 3 ---
    (
        "en",
        "MIAMI, June 3 (Reuters) - Florida insurers secured property catastrophe reinsurance at rates 7.5% to 15% lower than a year ago at the June 1 renewals, brokers said, as ample capital and a quiet 2029 hurricane season in the state pushed prices down.",
        True,
        [
            ("date", "--06-03", None, None),
            ("percent", 7.5, "%", None),
            ("percent", 15, "%", None),
            ("date", "--06-01", None, None),
            ("year", 2029, None, None),
        ],
        None,
    ),
    (
        "en",
        "Citizens Property Insurance Corp, the state-backed insurer of last resort, said its policy count had fallen to about 760,000 from a peak of 1.37 million in 2024.",
        True,
        [
            ("count", 760000, None, "about"),
            ("count", 1370000, None, None),
            ("year", 2024, None, None),
        ],
        None,
    ),
    (
        "en",
        "It also bought $4.6 billion of risk transfer for the season, including $1.9 billion in catastrophe bonds.",
        True,
        [
            ("money", 4600000000, "USD", None),
            ("money", 1900000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Colorado State University forecasters predict 18 named storms this season, including eight hurricanes, three of them major.",
        True,
        [
            ("count", 18, None, None),
            ("count", 8, None, None),
            ("count", 3, None, None),
        ],
        None,
    ),
    (
        "en",
        '"Nobody should mistake cheaper reinsurance for a safer coastline," said Florida\'s insurance consumer advocate.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Homeowners insurance premiums in Florida averaged $5,420 last year, almost three times the national average, according to an industry study.",
        True,
        [
            ("money", 5420, "USD", None),
            ("count", 3, None, "nearly"),
        ],
        None,
    ),
    (
        "en",
        "Seven property insurers have entered the Florida market since the start of 2029, the state's Office of Insurance Regulation said.",
        True,
        [
            ("count", 7, None, None),
            ("year", 2029, None, None),
        ],
        None,
    ),
    (
        "en",
        "Whether the price cuts will reach homeowners' bills remains unclear.",
        False,
        [],
        None,
    ),
    # --- Floods on the Danube, Isar and Inn (dpa/lby), June 12 ---
    (
        "de",
        "München (dpa/lby) - Das Hochwasser an Donau, Isar und Inn nach tagelangem Starkregen kostet die Versicherer nach einer ersten Schätzung des GDV rund 2,2 Milliarden Euro.",
        True,
        [
            ("ordinal", 1, None, None),
            ("money", 2200000000, "EUR", "about"),
        ],
        None,
    ),
    (
        "de",
        "Bis Dienstag seien nach Angaben des Verbands mehr als 86.000 Schadensmeldungen eingegangen.",
        True,
        [("count", 86000, None, "over")],
        None,
    ),
    (
        "de",
        "Der volkswirtschaftliche Gesamtschaden dürfte nach Einschätzung von Fachleuten bei mehr als fünf Milliarden Euro liegen.",
        True,
        [("money", 5000000000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "In Bayern sind nach GDV-Zahlen nur 44 Prozent der Wohngebäude gegen Elementarschäden versichert, bundesweit sind es 54 Prozent.",
        True,
        [
            ("percent", 44, "%", None),
            ("percent", 54, "%", None),
        ],
        None,
    ),
    (
        "de",
        "GDV-Präsident Ortwin Scheffelmann sagte, ein Hochwasser dieser Größenordnung trete an der Donau statistisch etwa alle 100 Jahre auf.",
        True,
        [("duration", 100, "year", "about")],
        "Ortwin Scheffelmann",
    ),
    (
        "de",
        "„Wir können nicht nach jeder Flut so tun, als hätte das niemand kommen sehen“, sagte Scheffelmann.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Seit Jahren verlangen die Länder eine Pflichtversicherung für Elementarschäden, die Versicherungswirtschaft setzt dagegen auf ein Opt-out-Modell.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Freistaat stellt geschädigten Haushalten Soforthilfen von bis zu 5.000 Euro in Aussicht.",
        True,
        [("money", 5000, "EUR", "up_to")],
        None,
    ),
    # --- Flash floods in West Yorkshire (PA), June 25 ---
    (
        "en",
        "LEEDS (PA) - Insurers have received around 9,800 claims after flash floods swept through parts of West Yorkshire last week, the ABI said.",
        True,
        [("count", 9800, None, "about")],
        "the ABI",
    ),
    (
        "en",
        "The trade body put the likely bill at £210 million, with the average household flood claim expected to reach about £38,000.",
        True,
        [
            ("money", 210000000, "GBP", None),
            ("money", 38000, "GBP", "about"),
        ],
        None,
    ),
    (
        "en",
        "Parts of Calderdale had 71mm of rain in three hours, according to the Met Office.",
        True,
        [
            ("count", 71, None, None),
            ("duration", 3, "hour", None),
        ],
        None,
    ),
    (
        "en",
        "About 4,100 of the affected homes are insured through Flood Re, the joint scheme of government and insurers that caps flood premiums for high-risk households.",
        True,
        [("count", 4100, None, "about")],
        None,
    ),
    (
        "en",
        "Flood Re chief executive Gareth Pemberton-Oakes said the scheme now supports about 310,000 policies, funded by a levy of £155 million a year on insurers.",
        True,
        [
            ("count", 310000, None, "about"),
            ("money", 155000000, "GBP", None),
        ],
        "Gareth Pemberton-Oakes",
    ),
    (
        "en",
        '"Flood Re was always meant to be a bridge, not a permanent crutch," Pemberton-Oakes said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Environment Agency figures showed that more than 1,200 properties had flooded in Calderdale and Kirklees.",
        True,
        [("count", 1200, None, "over")],
        None,
    ),
    (
        "en",
        "Residents in Hebden Bridge said they were tired of shovelling mud out of their homes every few years.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Analysts at Bramcote Securities said listed home insurers would each absorb less than £25 million after reinsurance.",
        True,
        [("money", 25000000, "GBP", "under")],
        None,
    ),
    # --- Hail in central Switzerland (Keystone-SDA), July 9 ---
    (
        "de",
        "Luzern (Keystone-SDA) - Ein Hagelzug hat am Montagabend in der Zentralschweiz Schäden an Gebäuden und Fahrzeugen von schätzungsweise 190 Millionen Franken verursacht.",
        True,
        [("money", 190000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Allein bei der Gebäudeversicherung Luzern gingen innert 24 Stunden rund 9300 Schadenmeldungen ein.",
        True,
        [
            ("duration", 24, "hour", None),
            ("count", 9300, None, "about"),
        ],
        None,
    ),
    (
        "de",
        "Nach Messungen von MeteoSchweiz erreichten die Hagelkörner einen Durchmesser von bis zu sieben Zentimetern.",
        True,
        [("count", 7, None, "up_to")],
        None,
    ),
    (
        "de",
        "Die Mobiliar meldete über 11'500 Schäden an Autos, Hausrat und Gebäuden im Umfang von rund 70 Millionen Franken.",
        True,
        [
            ("count", 11500, None, "over"),
            ("money", 70000000, "CHF", "about"),
        ],
        None,
    ),
    (
        "de",
        "Mobiliar-Schadenchef Urs Käppeli-Vogt sagte, die Versicherung habe in Sursee und Emmen zwei Drive-in-Schadenzentren eröffnet, in denen täglich bis zu 800 Autos begutachtet werden könnten.",
        True,
        [
            ("count", 2, None, None),
            ("count", 800, None, "up_to"),
        ],
        "Urs Käppeli-Vogt",
    ),
    (
        "de",
        "«Wer jetzt etwas Geduld aufbringt, kommt nicht zu kurz», sagte Käppeli-Vogt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Es war der teuerste Hagelzug in der Region seit dem Sommer 2021.",
        True,
        [("year", 2021, None, None)],
        None,
    ),
    (
        "de",
        "Die Behörden riefen die Bevölkerung auf, beschädigte Dächer nicht selbst zu besteigen.",
        False,
        [],
        None,
    ),
    # --- Wildfires around Kamloops (Reuters), July 23 ---
    (
        "en",
        "VANCOUVER, July 23 (Reuters) - Wildfires that forced about 30,000 people from their homes around Kamloops this month caused an estimated C$1.4 billion ($1 billion) in insured damage, the Insurance Bureau of Canada said on Tuesday.",
        True,
        [
            ("date", "--07-23", None, None),
            ("count", 30000, None, "about"),
            ("money", 1400000000, "CAD", "about"),
            ("money", 1000000000, "USD", None),
        ],
        "the Insurance Bureau of Canada",
    ),
    (
        "en",
        "It was the costliest wildfire in British Columbia's history and the fourth-costliest in Canada.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "The province has declared a state of emergency for the Thompson-Nicola region, which remains in force.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The bureau's vice-president for the Pacific region, Sylvie Marchessault-Grey, said about 1,150 homes had been destroyed or badly damaged.",
        True,
        [("count", 1150, None, "about")],
        "Sylvie Marchessault-Grey",
    ),
    (
        "en",
        '"Communities are still in shock, and rebuilding will take years," Marchessault-Grey said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Insured catastrophe losses in Canada have topped C$3 billion in each of the last five years, according to the bureau.",
        True,
        [
            ("money", 3000000000, "CAD", None),
            ("duration", 5, "year", None),
        ],
        None,
    ),
    (
        "en",
        "Many evacuees said they still did not know when they would be allowed to return.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Firefighters had contained about 70% of the largest blaze by Monday evening, according to the BC Wildfire Service.",
        True,
        [("percent", 70, "%", "about")],
        None,
    ),
    # --- Hannover Re's first half (dpa-AFX), August 7 ---
    (
        "de",
        "Hannover (dpa-AFX) - Der Rückversicherer Hannover Rück hat im ersten Halbjahr trotz hoher Schäden aus Unwettern in Europa und Nordamerika 1,36 Milliarden Euro verdient.",
        True,
        [
            ("ordinal", 1, None, None),
            ("money", 1360000000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Das waren nach eigenen Angaben knapp 6 Prozent mehr als ein Jahr zuvor.",
        True,
        [("percent", 6, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Die Großschäden summierten sich auf 847 Millionen Euro und blieben damit unter dem anteiligen Budget von 960 Millionen Euro.",
        True,
        [
            ("money", 847000000, "EUR", None),
            ("money", 960000000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Für das Gesamtjahr hat der Konzern ein Großschadenbudget von 2,1 Milliarden Euro eingeplant.",
        True,
        [("money", 2100000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Schaden-Kosten-Quote in der Schaden-Rückversicherung verbesserte sich um 1,9 Prozentpunkte auf 86,4 Prozent, die Solvenzquote nach Solvency II lag bei 261 Prozent.",
        True,
        [
            ("percent", 1.9, "pp", None),
            ("percent", 86.4, "%", None),
            ("percent", 261, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Hannover-Rück-Chef Matthias Quellhorst sagte, das Ziel eines Konzerngewinns von mindestens 2,6 Milliarden Euro für 2030 bleibe bestehen.",
        True,
        [
            ("money", 2600000000, "EUR", "at_least"),
            ("year", 2030, None, None),
        ],
        "Matthias Quellhorst",
    ),
    (
        "de",
        "„Wir feiern kein Halbzeitergebnis“, sagte Quellhorst.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Analyst Benedikt Ochsenfarth von der Privatbank Lohmeyer & Cie sagte, der Gewinn liege rund 4 Prozent über der durchschnittlichen Erwartung.",
        True,
        [("percent", 4, "%", "about")],
        "Benedikt Ochsenfarth",
    ),
    (
        "de",
        "„Die Hannoveraner liefern wie ein Uhrwerk“, sagte Ochsenfarth.",
        False,
        [],
        None,
    ),
    # --- A U.S. insurer's July catastrophe losses (Reuters), August 15 ---
    (
        "en",
        "CHICAGO, Aug 15 (Reuters) - U.S. home and auto insurer Prairie Harbor said on Thursday its catastrophe losses for July came to $612 million before tax, driven by 11 events including hailstorms in Colorado and flooding in Iowa.",
        True,
        [
            ("date", "--08-15", None, None),
            ("money", 612000000, "USD", None),
            ("count", 11, None, None),
        ],
        None,
    ),
    (
        "en",
        "That brought catastrophe losses for the first seven months of the year to $3.94 billion, up from $3.1 billion a year earlier.",
        True,
        [
            ("ordinal", 1, None, None),
            ("duration", 7, "month", None),
            ("money", 3940000000, "USD", None),
            ("money", 3100000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "It said about 68% of the July total came from severe convective storms.",
        True,
        [("percent", 68, "%", "about")],
        None,
    ),
    (
        "en",
        "Chief Executive Tobias Renwick said the company had raised homeowners rates by an average of 11.2% in 14 states so far this year.",
        True,
        [
            ("percent", 11.2, "%", None),
            ("count", 14, None, None),
        ],
        "Tobias Renwick",
    ),
    (
        "en",
        '"Weather is now the biggest swing factor in our earnings, and we price for that," Renwick said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Its shares fell 1.9% in after-hours trading.",
        True,
        [("percent", 1.9, "%", None)],
        None,
    ),
    # --- Hurricane Delphine in Louisiana (AP), August 29 ---
    (
        "en",
        "NEW ORLEANS (AP) — Hurricane Delphine, which came ashore near Morgan City as a Category 4 hurricane packing top sustained winds of 140 mph, caused between $16 billion and $23 billion in insured losses onshore, catastrophe modeler Verisk said Thursday.",
        True,
        [
            ("count", 4, None, None),
            ("count", 140, None, None),
            ("money", 16000000000, "USD", None),
            ("money", 23000000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "The estimate excludes losses covered by the National Flood Insurance Program.",
        True,
        [],
        None,
    ),
    (
        "en",
        "More than 780,000 homes and businesses in Louisiana and Mississippi were still without power on Thursday, according to PowerOutage.us.",
        True,
        [("count", 780000, None, "over")],
        None,
    ),
    (
        "en",
        "Louisiana's insurance commissioner said insurers had received more than 150,000 claims in the first 48 hours after landfall.",
        True,
        [
            ("count", 150000, None, "over"),
            ("ordinal", 1, None, None),
            ("duration", 48, "hour", None),
        ],
        None,
    ),
    (
        "en",
        "The National Hurricane Center said Delphine's storm surge reached 14 feet above ground level in parts of Terrebonne Parish.",
        True,
        [("count", 14, None, None)],
        "the National Hurricane Center",
    ),
    (
        "en",
        '"Everything we owned is in that pile on the curb," said a retired shrimper in Houma.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Only about 16% of homes in the state's coastal parishes carry flood insurance through the federal program, according to FEMA data.",
        True,
        [("percent", 16, "%", "about")],
        None,
    ),
    (
        "en",
        "Residents were urged to document damage and keep receipts for temporary repairs.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The governor said the state would need help from Washington on a scale not seen since Katrina.",
        False,
        [],
        None,
    ),
    # --- Delphine's bill for the German reinsurers (dpa-AFX), September 2 ---
    (
        "de",
        "Frankfurt (dpa-AFX) - Hurrikan „Delphine“ dürfte die deutschen Rückversicherer nach Schätzungen von Analysten zusammen mehr als eine Milliarde Euro kosten.",
        True,
        [("money", 1000000000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Munich Re bezifferte seine eigene Belastung vorläufig auf rund 700 Millionen Euro.",
        True,
        [("money", 700000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Hannover Rück rechnet mit einer Nettobelastung im mittleren dreistelligen Millionen-Euro-Bereich.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Aktien von Munich Re und Hannover Rück gaben am Vormittag um 2,1 und 2,8 Prozent nach.",
        True,
        [
            ("percent", 2.1, "%", None),
            ("percent", 2.8, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Analystin Svenja Oltmanns-Ruh von der Landesbank Weserkontor sagte, ein Schaden dieser Größe sei in den Katastrophenbudgets beider Konzerne bereits einkalkuliert.",
        True,
        [],
        "Svenja Oltmanns-Ruh",
    ),
    (
        "de",
        "„Für die Erneuerung im Januar spricht das eher für stabile Preise“, sagte Oltmanns-Ruh.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob die Schätzungen halten, dürfte laut Branchenkennern vor allem an den Überschwemmungsschäden liegen.",
        False,
        [],
        None,
    ),
    # --- Floods in Lower Austria (APA), September 17 ---
    (
        "de",
        "St. Pölten (APA) - Das Hochwasser an Kamp, Traisen und Ybbs hat in Niederösterreich versicherte Schäden von rund 310 Millionen Euro verursacht.",
        True,
        [("money", 310000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Bei den Versicherern seien bisher knapp 21.000 Schadensmeldungen eingelangt, teilte der Versicherungsverband VVO am Dienstag mit.",
        True,
        [("count", 21000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Der volkswirtschaftliche Schaden liegt nach Schätzungen des Landes bei mehr als 900 Millionen Euro.",
        True,
        [("money", 900000000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Viele Eigenheimversicherungen decken Hochwasserschäden nur bis zu 10.000 Euro ab.",
        True,
        [("money", 10000, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "Nur etwa jedes vierte Haus im Land sei ausreichend gegen Hochwasser versichert, so der VVO-Präsident.",
        True,
        [("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "de",
        "„Der Katastrophenfonds ist kein Ersatz für eine Versicherung“, sagte Kreuzbichler.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Landeshauptfrau kündigte an, den Katastrophenfonds des Landes um 100 Millionen Euro aufzustocken.",
        True,
        [("money", 100000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Ein Pensionist in Melk sagte, er habe das Wasser noch nie so schnell steigen sehen.",
        False,
        [],
        None,
    ),
    # --- Typhoon Kanrei's claims in Japan (Reuters), October 7 ---
    (
        "en",
        "TOKYO, Oct 7 (Reuters) - Typhoon Kanrei, which struck the Kanto region last month, has generated about 284,000 insurance claims, the General Insurance Association of Japan said on Monday.",
        True,
        [
            ("date", "--10-07", None, None),
            ("count", 284000, None, "about"),
        ],
        "the General Insurance Association of Japan",
    ),
    (
        "en",
        "Payouts are expected to reach 465 billion yen ($3.1 billion), making it the third-costliest typhoon on record for Japanese insurers.",
        True,
        [
            ("money", 465000000000, "JPY", None),
            ("money", 3100000000, "USD", None),
            ("ordinal", 3, None, None),
        ],
        None,
    ),
    (
        "en",
        "Japan's three largest non-life insurers said they expected combined net losses of about 160 billion yen after reinsurance.",
        True,
        [
            ("count", 3, None, None),
            ("money", 160000000000, "JPY", "about"),
        ],
        None,
    ),
    (
        "en",
        "Japan's Financial Services Agency has asked insurers to speed up payouts by accepting photographs in place of on-site inspections for damaged homes.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The typhoon made landfall near Yokosuka with gusts of up to 198 km/h, according to the Japan Meteorological Agency.",
        True,
        [("count", 198, None, "up_to")],
        None,
    ),
    (
        "en",
        '"The industry has grown too comfortable with typhoon risk around Tokyo Bay," a senior underwriter at a large insurer said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Japanese insurers have raised fire insurance premiums for homes by an average of 13% since October 2028.",
        True,
        [
            ("percent", 13, "%", None),
            ("year", 2028, None, None),
        ],
        None,
    ),
    (
        "en",
        "Analysts said the losses were unlikely to move the April reinsurance renewals in Japan much.",
        False,
        [],
        None,
    ),
    # --- The German insurers' natural hazard year so far (dpa), October 22 ---
    (
        "de",
        "Berlin (dpa) - Naturgefahren haben die deutschen Versicherer in diesem Jahr bislang rund 7,8 Milliarden Euro gekostet, so viel wie seit dem Flutjahr 2021 nicht mehr.",
        True,
        [
            ("money", 7800000000, "EUR", "about"),
            ("year", 2021, None, None),
        ],
        None,
    ),
    (
        "de",
        "Allein das Juni-Hochwasser in Bayern schlägt nach neuen Zahlen des Verbands mit 2,6 Milliarden Euro zu Buche.",
        True,
        [("money", 2600000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der GDV rechnet für das Gesamtjahr mit Schäden von 8 bis 9 Milliarden Euro, sofern kein schwerer Herbststurm mehr hinzukommt.",
        True,
        [
            ("money", 8000000000, "EUR", None),
            ("money", 9000000000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "GDV-Präsident Ortwin Scheffelmann sagte, die Beiträge für Wohngebäudeversicherungen würden im kommenden Jahr voraussichtlich um durchschnittlich 7 Prozent steigen.",
        True,
        [("percent", 7, "%", None)],
        "Ortwin Scheffelmann",
    ),
    (
        "de",
        "„Die Rechnung für den Klimawandel landet am Ende bei jedem Hausbesitzer“, sagte Scheffelmann.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Bundesregierung will nach dpa-Informationen noch vor Jahresende einen Gesetzentwurf zur Elementarschaden-Pflichtversicherung vorlegen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ob ein Pflichtmodell die Beiträge für alle Hausbesitzer verteuert, ist unter Fachleuten umstritten.",
        False,
        [],
        None,
    ),
    # --- A Bermuda reinsurer's third quarter (Reuters), October 29 ---
    (
        "en",
        "HAMILTON, Bermuda, Oct 29 (Reuters) - Reinsurer Sargasso Re swung to a third-quarter net loss of $184 million as Hurricane Delphine cost it $455 million net of reinsurance and reinstatement premiums.",
        True,
        [
            ("date", "--10-29", None, None),
            ("ordinal", 3, None, None),
            ("money", 184000000, "USD", None),
            ("money", 455000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Its combined ratio rose to 112.6% from 88.9% a year earlier.",
        True,
        [
            ("percent", 112.6, "%", None),
            ("percent", 88.9, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Catastrophe losses added 27.4 percentage points to the ratio, the Hamilton-based company said.",
        True,
        [("percent", 27.4, "pp", None)],
        None,
    ),
    (
        "en",
        "The company also suspended its share buyback programme.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Chief Executive Imani Fairweather-Cole told analysts on a conference call that the company had cut its Florida exposure by about a quarter since 2028.",
        True,
        [
            ("fraction", 0.25, None, "about"),
            ("year", 2028, None, None),
        ],
        "Imani Fairweather-Cole",
    ),
    (
        "en",
        '"Delphine was a painful reminder of why we get paid," Fairweather-Cole said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Book value per share fell 3.2% in the quarter to $61.75.",
        True,
        [
            ("percent", 3.2, "%", None),
            ("money", 61.75, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Its shares were down 4.6% at $88.10 in New York.",
        True,
        [
            ("percent", 4.6, "%", None),
            ("money", 88.1, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Analysts said the result was better than they had feared.",
        False,
        [],
        None,
    ),
    # --- Swiss Re's nine months (Keystone-SDA), November 8 ---
    (
        "de",
        "Zürich (Keystone-SDA) - Der Rückversicherer Swiss Re hat in den ersten neun Monaten trotz des Hurrikans «Delphine» einen Reingewinn von 2,87 Milliarden Dollar erzielt.",
        True,
        [
            ("ordinal", 1, None, None),
            ("duration", 9, "month", None),
            ("money", 2870000000, "USD", None),
        ],
        None,
    ),
    (
        "de",
        "Im Vorjahreszeitraum waren es 2,61 Milliarden Dollar gewesen, wie Swiss Re am Freitag mitteilte.",
        True,
        [("money", 2610000000, "USD", None)],
        "Swiss Re",
    ),
    (
        "de",
        "Die Schäden aus Naturkatastrophen beliefen sich auf 3,05 Milliarden Dollar, davon entfielen rund 1,1 Milliarden auf «Delphine».",
        True,
        [
            ("money", 3050000000, "USD", None),
            ("money", 1100000000, "USD", "about"),
        ],
        None,
    ),
    (
        "de",
        "Damit überschritt der Konzern sein Katastrophenbudget für die Periode um rund 250 Millionen Dollar.",
        True,
        [("money", 250000000, "USD", "about")],
        None,
    ),
    (
        "de",
        "Die Schaden-Kosten-Quote im Schaden- und Unfallrückversicherungsgeschäft stieg auf 92,4 Prozent.",
        True,
        [("percent", 92.4, "%", None)],
        None,
    ),
    (
        "de",
        "Finanzchef Laurent Perrenoud-Haldi sagte, das Ziel eines Reingewinns von mehr als 4 Milliarden Dollar für das Gesamtjahr bleibe erreichbar.",
        True,
        [("money", 4000000000, "USD", "over")],
        "Laurent Perrenoud-Haldi",
    ),
    (
        "de",
        "«Wir sind für genau solche Ereignisse da», sagte Perrenoud-Haldi.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Aktie schloss an der SIX um 1,2 Prozent höher bei 128,40 Franken.",
        True,
        [
            ("percent", 1.2, "%", None),
            ("money", 128.4, "CHF", None),
        ],
        None,
    ),
    # --- Storm Bryher in Wales (PA), November 18 ---
    (
        "en",
        "CARDIFF (PA) - Storm Bryher has left insurers facing around 23,000 claims from homes and businesses in Wales and the west of England, the ABI said.",
        True,
        [("count", 23000, None, "about")],
        "the ABI",
    ),
    (
        "en",
        "Weather-related property claims in 2030 are on course to exceed £1.1 billion for the first time, according to ABI figures.",
        True,
        [
            ("year", 2030, None, None),
            ("money", 1100000000, "GBP", None),
            ("ordinal", 1, None, None),
        ],
        None,
    ),
    (
        "en",
        "Gusts of 87mph were recorded at Mumbles Head as the storm passed on Sunday.",
        True,
        [("count", 87, None, None)],
        None,
    ),
    (
        "en",
        "Some 340 properties had flooded, most of them along the rivers Taff and Ely, according to Natural Resources Wales.",
        True,
        [("count", 340, None, "about")],
        None,
    ),
    (
        "en",
        "Flood warnings remained in force at 29 locations on Monday morning.",
        True,
        [("count", 29, None, None)],
        None,
    ),
    (
        "en",
        '"Behind those claims are families whose Christmas has just been turned upside down," Gilchrist-Moore said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "About one in eight homes in Wales is in an area at risk of flooding, according to the agency.",
        True,
        [("fraction", 0.125, None, "about")],
        None,
    ),
    (
        "en",
        "Insurers urged customers not to throw away damaged belongings until a loss adjuster had seen them.",
        False,
        [],
        None,
    ),
    # --- Swiss Re's first estimate of the year's catastrophe losses (dpa), December 10 ---
    (
        "de",
        "Zürich (dpa) - Naturkatastrophen haben die Versicherer weltweit in diesem Jahr nach einer ersten Schätzung des Rückversicherers Swiss Re rund 146 Milliarden Dollar gekostet.",
        True,
        [
            ("ordinal", 1, None, None),
            ("money", 146000000000, "USD", "about"),
        ],
        None,
    ),
    (
        "de",
        "Das wäre nach 2017, 2022 und 2011 das vierthöchste Jahr seit Beginn der Aufzeichnungen.",
        True,
        [
            ("year", 2017, None, None),
            ("year", 2022, None, None),
            ("year", 2011, None, None),
            ("ordinal", 4, None, None),
        ],
        None,
    ),
    (
        "de",
        "Die wirtschaftlichen Gesamtschäden schätzt Swiss Re auf 310 Milliarden Dollar.",
        True,
        [("money", 310000000000, "USD", None)],
        None,
    ),
    (
        "de",
        "Teuerstes Ereignis war Hurrikan „Delphine“ mit versicherten Schäden von etwa 21 Milliarden Dollar, gefolgt vom Juni-Hochwasser in Süddeutschland mit rund 3 Milliarden Dollar.",
        True,
        [
            ("money", 21000000000, "USD", "about"),
            ("money", 3000000000, "USD", "about"),
        ],
        None,
    ),
    (
        "de",
        "Swiss-Re-Chefökonomin Mirjam Eggenschwiler-Tan sagte, rund 53 Prozent der weltweiten Katastrophenschäden seien in diesem Jahr nicht versichert gewesen.",
        True,
        [("percent", 53, "%", "about")],
        "Mirjam Eggenschwiler-Tan",
    ),
    (
        "de",
        "„Die Versicherungslücke schließt sich nicht von allein“, sagte Eggenschwiler-Tan.",
        False,
        [],
        None,
    ),
    # --- Renewals outlook for January 1 (Reuters), December 16 ---
    (
        "en",
        "LONDON, Dec 16 (Reuters) - Property catastrophe reinsurance prices are set to fall by 5% to 12.5% at the Jan. 1 renewals, broker Carrick Halden Re said, though programmes hit by Hurricane Delphine face increases of up to 20%.",
        True,
        [
            ("date", "--12-16", None, None),
            ("percent", 5, "%", None),
            ("percent", 12.5, "%", None),
            ("date", "--01-01", None, None),
            ("percent", 20, "%", "up_to"),
        ],
        None,
    ),
    (
        "en",
        "Penhallow said reinsurers' capital had grown about 7% this year to roughly $870 billion.",
        True,
        [
            ("percent", 7, "%", "about"),
            ("money", 870000000000, "USD", "about"),
        ],
        "Penhallow",
    ),
    (
        "en",
        '"Delphine bruised some balance sheets, but it did not turn the market," Penhallow said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Rating agency AM Best said it expected the sector's combined ratio to come in at about 87% for 2030, its best result since 2013.",
        True,
        [
            ("percent", 87, "%", "about"),
            ("year", 2030, None, None),
            ("year", 2013, None, None),
        ],
        None,
    ),
    (
        "en",
        "Catastrophe bond issuance hit a record $24.6 billion in 2030, up from $21.7 billion a year earlier, according to the broker.",
        True,
        [
            ("money", 24600000000, "USD", None),
            ("year", 2030, None, None),
            ("money", 21700000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Some reinsurers warned that prices in several lines were falling toward levels they considered inadequate.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The Jan. 1 date is the industry's largest renewal, covering nearly two-thirds of European reinsurance treaties.",
        True,
        [
            ("date", "--01-01", None, None),
            ("fraction", 0.6667, None, "nearly"),
        ],
        None,
    ),
    # --- The Austrian insurers' year of storms and floods (APA), December 29 ---
    (
        "de",
        "Wien (APA) - Unwetter, Hagel und das Hochwasser in Niederösterreich haben die österreichischen Versicherer heuer rund 1,4 Milliarden Euro gekostet, so viel wie nie zuvor.",
        True,
        [("money", 1400000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Der bisherige Höchstwert von 1,1 Milliarden Euro stammte aus dem Jahr 2024.",
        True,
        [
            ("money", 1100000000, "EUR", None),
            ("year", 2024, None, None),
        ],
        None,
    ),
    (
        "de",
        "Nach Zahlen des VVO entfielen knapp 60 Prozent der Schadensumme auf Hochwasser und Überflutungen.",
        True,
        [("percent", 60, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Die Österreichische Hagelversicherung bezifferte die Schäden in der Landwirtschaft auf 230 Millionen Euro, davon 140 Millionen durch Dürre.",
        True,
        [
            ("money", 230000000, "EUR", None),
            ("money", 140000000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Hagelversicherungs-Vorstand Leopold Grabenhofer sagte, in Österreich würden täglich rund 13 Hektar Boden verbaut, was die Hochwassergefahr weiter erhöhe.",
        True,
        [("count", 13, None, "about")],
        "Leopold Grabenhofer",
    ),
    (
        "de",
        "„Wir betonieren uns die nächste Katastrophe selbst“, sagte Grabenhofer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Bundesregierung will im Frühjahr einen Entwurf für eine verpflichtende Naturkatastrophenversicherung vorlegen, hieß es am Sonntag aus dem Finanzministerium.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ob die Prämien dafür für alle Haushalte leistbar bleiben, ist offen.",
        False,
        [],
        None,
    ),
]
