"""Three-hundred-and-eighth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms and figures are made up
(Ortrud Kellermann-Sieg, Sabine Aeschbacher-Lüthi, Janek Olbrich, Matthias Drögemüller,
Friederike Hollenbach-Wiese, Notburga Pfannenberger-Lang, Thilo Wendehorst, Henrike
Vielhaber-Marr, Magdalena Rastbichler, Corinne Walpen, Ingrid Skaarud, Corinne
Wyrsch-Keller, Kerstin Bollmeier-Roth, Berthold Kranefuß, Ilse Frauwallner-Kogler, the chip
supplier Halvorsil, the car supplier Sandhagen and the exhibition „Polarnacht“; Garrison
Thurlby, Harcourt Row Research, Annelies Verhoeckx and her payments firm Vantessa, Lucia
Ferrandini, Kateryna Bodnaruk, Rowena Stallard, Carys Tremethick, Orrington Partners, Kofi
Mensah-Ashby, Tobias Elmquist, Haruki Tanezawa, the budget airline Skyvern with Declan
Cheverton and Padraig Lennon-Foy, Harriet Quarrendon, Simon Tollemache, Storm Ilse, Imogen
Farthingale, the chipmaker Arvantix with Rhea Adeyemi-Burke, Lachlan Boddington, Mitchell
Dunsford, Hamish Pengelly-Vance; every unnamed trader, strategist, forecaster, driver,
passenger, firefighter, economist, analyst, judge and portfolio manager); ministers,
leaders, executives and officials of real governments, parliaments and bodies appear under
made-up names that stand for no real holder, or by their role only ("The shadow chancellor",
„ein Feuerwehrsprecher“, „der Verteidiger“). Real states, bodies, teams, markets and places
(Dax, EZB, Deutscher Wetterdienst, Bayerischer Wald, Zugspitze, Bundestag, Bundesrat,
Innenausschuss, Westautobahn, Kanton Bern, Borussia Dortmund, VfB Stuttgart, Statistisches
Bundesamt, Sozialministerium, Seniorenrat, Nationalrat, IG Metall, Hamburger Kunsthalle,
Kvitfjell, ORF, Bundesamt für Wohnungswesen, Mieterverband, Mosel, Landesamt für Umwelt,
Deutsche Bahn, Pro Bahn, CDU, AfD, SPD, Grüne, Eurojackpot, Westlotto, Polizeigewerkschaft,
Flughafen Wien, Bundesnetzagentur, Landesgericht Graz; OPEC+, Brent, Saudi Aramco, Arab
Light, PowerOutage.us, O'Hare International Airport, the U.S. Senate, LNER, the East Coast
Main Line, Transport Focus, the Bank of England, the Office for Budget Responsibility, the
ONS, the Labor Department, Indian Wells, Mildura, the Grampians, Brentford, Everton, the
Premier League, the Democratic Alliance, Chega, Boeing, Katowice, the Met Office, National
Grid, Gatwick, the Home Office, the S&P 500, the Nasdaq, the Dow, the Cboe Volatility index,
and the datelines' cities) stand for the way wire copy names them; every price, index level,
vote, tally, temperature, poll, budget, sentence, score, quote and label here is invented,
and where a real figure came to mind (a real inflation, jobs or borrowing print, a real
election or poll result, a real jackpot, a real flood level) it was changed (the years of
records and past floods kept).

Its weight: HARD NUMBER FORMS, eighth round (the hundred-ninety-ninth,
two-hundred-and-tenth, two-hundred-and-forty-ninth, two-hundred-and-sixty-fifth,
two-hundred-and-eighty-first, two-hundred-and-eighty-ninth and
two-hundred-and-ninety-seventh batches were the first seven rounds, and the seventeenth
weighed the same forms long before them; their decisions are kept) - one ordinary wire week,
Monday, March 2, to Friday, March 6, as 40 short stories with the German and English desks
interleaved, each told as wire copy runs it (a dateline lead, the figures, attributed
claims, quotes, the other side): the Dax, oil, a cold night in Bavaria, a Midwest freeze, an
electoral reform in the Bundestag, a Senate stopgap vote, a motorway pile-up in Upper
Austria, a stranded train in Scotland, a cantonal vote in Bern, a payments firm's buyback, a
Bundesliga game, Indian Wells, German and British inflation, Austrian pensions, a Victorian
heatwave, job cuts at a car supplier, U.S. jobs, an exhibition in Hamburg, British
borrowing, a World Cup downhill, a Premier League game, Zurich rents, Japanese GDP, a
Moselle flood, an airline's traffic, rail punctuality, a fraud sentence, a state election
poll, a Portuguese election, a lottery jackpot, a storm, burglaries in North
Rhine-Westphalia, a chipmaker's outlook, Vienna airport, a Test match, an onshore wind
auction, Channel crossings, an investment fraud in Graz and Wall Street. Half German (dpa,
dpa-AFX, dpa/lrs, dpa/lnw, APA, Keystone-SDA; Austrian „heuer“, „Pensionisten“, „Lenker“,
„Anrainer“, Swiss «» quotes, „gutgeheissen“, „Fr. 185'000“, „CHF 3’450“), half English
(Reuters with dated datelines, AP, PA, AAP). Its weight is the forms numbers take, most of
them in shapes the earlier rounds did not use: German number words and compounds („knapp
anderthalb Prozent“, „dreieinhalb Prozent“, „anderthalbstündigen“, „zehneinhalb Wochen“,
„zweieinhalbmal so viele“, „um das Dreieinhalbfache“, „knapp vier Dutzend“, „rund eine
Viertelmillion“, „knapp einer halben Milliarde Euro“, „gut einen halben Meter“, „vierzehnmal
in Folge“, „dritthöchste“, „Tabellenzwölfter“, „den zwanzigsten Saisonsieg“, „ihren 250.000.
Besucher“, „zum x-ten Mal“, „ein Mittzwanziger“, „um ein Vielfaches“, „im fünfstelligen
Bereich“, „Dutzende“, „Hunderttausende“); English ones ("a score of" twice, "a dozen", "two
dozen", "three-quarters of a million barrels", "half a million", "half a trillion dollars",
"three and a quarter hours", "three-quarters of an hour", "three-and-a-half times",
"sevenfold", "a three-fifths majority", "Sixty votes", "a 20-something hiker", "in the
mid-teens", "the low 80s", "in her twenties", "the umpteenth time", "its millionth
passenger", "his 214th appearance"); fractions in words („ein knappes Fünftel“, „ein gutes
Zehntel“, „ein gutes Viertel“, „ein knappes Zehntel“, „ein Sechstel“, „gut zwei Fünftel“,
„ein Zwanzigstel“, „knapp zwei Drittel“, „rund jeder dritte“, "two-tenths of a percentage
point", „drei Zehntel Prozentpunkte“, "about two-thirds", "three-fifths of the state", "a
tenth more", "nearly a fifth more"); ranges („zwischen minus 12 und minus 15 Grad“, „2,5
Mrd. bis 2,7 Mrd. Euro“, „250 bis 300 Mio. Euro“, „zwischen 1,5 und 3,2 Prozentpunkten“,
„vom 26. Februar bis 3. März“, "between $65 and $75", "between 95,000 and 230,000",
"€1.45bn-€1.55bn", "£20-25bn", "4-6%"); digits mixed with scale words and signs („CHF 2
Mio.“, „2,05 Mio. Passagiere“, „5,42 Mrd. Euro“, "€3bn", "€1.2tn", "$1.5tn", "$1.1tn",
"¥1.2tn", "1.2bn transactions", "$1.2m", "€50k", "$180k", "12½ years", „4½-Zimmer-Wohnung“);
digit grouping with points, commas, the Swiss apostrophe, its typographic form (U+2019:
„287’412“, „CHF 3’450“) and a no-break space (U+00A0: „3 412 Megawatt“); negative numbers
(„−19,6 °C“, „minus 12“, „−0,1 Prozent“ and „−18,40 Euro“ with the minus sign U+2212, "minus
41", "-14F (-26C)", "-0.4%"); temperatures („bis zu 17 Grad“, „gut zehn Grad mehr“, "45.8C",
"almost nine degrees"); decimal fractions („1,0427 US-Dollar“, „0,07 Prozent“, „6,83 Cent“,
„1,4 Promille“, „neun Hundertstel“, "4.65%", "5,812.47 points"); and ordinals in words and
digits. Negatives stand beside them - about a fifth of the rows: rhetoric in quotes from
ministers, managers, coaches, players and winners, labels („sprach von“, „nannte“,
„bezeichnete ... als“, "called"), verdicts with „halten ... für“, an appeal and advice that
name no measure, a warning that names no measure, evasions, hopes, fears, doubts, beliefs,
an open question and vox pops; none of them carries a figure.

240 rows (120 German, 120 English), 55 negatives (27 German, 28 English), 185 check-worthy
rows of which 7 carry no figure (1 German, 6 English), 362 expected quantities (119 counts,
65 percentages - 52 in %, 11 in percentage points, 2 in basis points -, 55 amounts of money
- 25 EUR, 18 USD, 6 GBP, 4 CHF, 2 JPY -, 39 durations - 17 in years, 8 in hours, 5 in weeks,
3 in minutes, 3 in seconds, 2 in months, 1 in days -, 34 ordinals, 18 dates, 17 fractions,
15 years; none of them in a negative), 34 checked speakers (21 German, 13 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains. Made-up names that turned out to be in use in
earlier batches were replaced by fresh ones before the commit.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, vow, feeling, hope, fear, doubt, belief or piece of rhetoric is a
  negative with speaker None, also with a named speaker (seventh, ninety-eighth,
  hundred-ninety-ninth, two-hundred-and-eighty-ninth, two-hundred-and-ninety-seventh); a
  reported fact, figure, step, plan or forecast is check-worthy with its speaker, also in
  Konjunktiv I. Pairs from one speaker: Kellermann-Sieg's 300 million euros,
  Aeschbacher-Lüthi's Fr. 185'000, Wendehorst's 250 to 300 Mio. Euro, Pfannenberger-Lang's
  1.307 Euro, Thurlby's 48 hours, Verhoeckx's mid-teens, Ferrandini's aces, Tremethick's
  1,400 firefighters, Farthingale's 2,740 people, Pengelly-Vance's 13-man squad and
  Kranefuß's 412 suspects beside their quotes, labels or hopes; Rastbichler's race beside
  her quote and her evasion („ließ Rastbichler offen“; hundred-ninety-ninth and later).
  Reported doubts, beliefs and thoughts ("Some traders said they doubted", "Several
  economists said they believed", "Some analysts said they thought", "Some strategists said
  they thought", "Political analysts said they doubted"; two-hundred-and-fourth), a reported
  evaluation („Ein Frankfurter Aktienstratege sagte, der Markt habe seinen Boden wohl noch
  nicht gefunden“), verdicts with „halten ... für“ (three times), advice and appeals that
  name no measure („Meteorologen rieten“, „Westlotto riet“, "Forecasters urged", "Drivers
  were urged"), a warning that names no measure ("Business groups warned that any further
  tax rises would choke investment"; two-hundred-and-fourth), „kündigte erbitterten
  Widerstand an“ with a label (no step named), an accusation naming no act ("Charities
  accused ministers of"; two-hundred-and-eighty-ninth), confidence („zeigte sich
  zuversichtlich“), fears („Anwohner fürchten“, „Anrainer fürchten“), an open question
  ("remains an open question"), a forecast without a figure („Beobachter rechnen mit einem
  der härtesten Wahlkämpfe“; two-hundred-and-forty-ninth) and vox pops ("said one delivery
  driver", "One passenger in her twenties said", "said one portfolio manager") are
  negatives. Check-worthy without a figure (two-hundred-and-eighty-first,
  two-hundred-and-forty-ninth): „Auslöser war laut Polizei ein Mittzwanziger ...“ (an
  attributed cause), "afternoon temperatures reached the low 80s" (a reading), Verhoeckx's
  guidance "in the mid-teens" (two-hundred-and-forty-ninth: guidance „im zweistelligen
  Prozentbereich“), "a 20-something hiker" who failed to return (an event), "Everton failed
  to score away from home", Tanezawa's stated cause and Tollemache's words to the court
  ("told the court" names the speaker, as "told lawmakers" does;
  two-hundred-and-sixty-fifth).
- New: "a score of" is count 20 - "score" is twenty as "dozen" is twelve (the issue's "two
  dozen"), so "Nearly a score of school districts" is 20 "nearly" and "More than a score of
  grass and bushfires" 20 "over"; the plural "scores of" stays a vague magnitude that
  carries none (two-hundred-and-eighty-first). „knapp vier Dutzend“ is 48 "nearly" and
  "about two dozen investors" 24 "about" (third: „Mehr als zwei Dutzend“;
  two-hundred-and-forty-ninth: "at least a dozen"), "a dozen of them", "a dozen flights" and
  "a first batch of two dozen" 12, 12 and 24. Vague magnitudes carry none (fifth,
  two-hundred-and-forty-ninth, two-hundred-and-eighty-first): „Dutzende Autofahrer“,
  „Dutzende Keller“, „Hunderttausende Pensionisten“, „Hunderttausende Fahrgäste“, „Schäden
  von Hunderttausenden Euro“, "hundreds of thousands of homes".
- New: a vague span of ages or levels carries none - "a 20-something hiker", „ein
  Mittzwanziger“, "One passenger in her twenties" (in a negative), "revenue growth ... in
  the mid-teens" and "the low 80s" name a band of ten and no figure, as "a man in his 30s"
  (fifty-fifth, eighty-first) and "temperatures climb into the mid-40s" (forty-seventh) do;
  the rows keep their claim. New: "For the umpteenth time" carries none, as „zum x-ten Mal“
  (hundred-fortieth, hundred-seventy-ninth; here „zum x-ten Mal im Innenausschuss vertagt
  ..., zuletzt am 12. Februar“ keeps only the date). New: „um ein Vielfaches teurer“ (in a
  negative) carries none - „Vielfaches“ names no multiple, unlike „das Zwanzigfache“
  (hundred-sixtieth).
- Number words and halves (seventeenth, hundred-ninety-ninth, two-hundred-and-tenth,
  two-hundred-and-eighty-first, two-hundred-and-ninety-seventh): „knapp anderthalb Prozent“
  1.5 % "nearly", „dreieinhalb Prozent“ 3.5 % (twice; two-hundred-and-ninety-seventh: „etwa
  zweieinhalb Prozent“), „auf anderthalb Prozent“ 1.5 %, „anderthalb Punkte“ 1.5 pp
  (two-hundred-and-eighty-ninth), „zehneinhalb Wochen“ 10.5 weeks (hundred-seventh:
  „zehneinhalb Stunden“), „zu dreieinhalb Jahren Haft“ 3.5, „über zweieinhalb Jahre hinweg“
  2.5 ("über ... hinweg" before a span no hedge) and „viereinhalb Jahre“ 4.5 years, „gut
  zweieinhalb Meter über dem mittleren Hochwasser“ 2.5 "over" (a measure is a count; „über
  dem“ after the figure compares), „gut einen halben Meter mehr“ 0.5 "over"
  (two-hundred-and-forty-ninth: „knapp anderthalb Meter“), „Ein halbes Jahr vor der
  Landtagswahl“ 0.5 years (eleventh: „ein halbes Jahr“), „vierzehnmal in Folge“ 14 (the
  issue's „viermal“), „rund eine Viertelmillion Menschen“ 250,000 "about" (fifty-third and
  two-hundred-and-forty-ninth: „Viertelmilliarde“), „knapp einer halben Milliarde Euro“ 5e8
  EUR "nearly" (two-hundred-and-eighty-ninth: „fast eine halbe Milliarde Euro“),
  „anderthalbstündigen Sperre“ 1.5 hours (two-hundred-and-eighty-first:
  „zweieinhalbstündigen“ and „anderthalb Jahre“), „bis zu zweieinhalbmal so viele“ 2.5
  "up_to" (two-hundred-and-eighty-first: „anderthalbmal so viele“), „um das
  Dreieinhalbfache“ 3.5 (two-hundred-and-eighty-ninth: „um das Zweieinhalbfache“), „gut das
  Doppelte“ 2 "over" (hundred-ninety-ninth); "Nearly half a million people" 500,000 "nearly"
  (two-hundred-and-tenth: "about half a million"), "roughly three-and-a-half times" 3.5
  "about" (two-hundred-and-eighty-first: "roughly one-and-a-half times"), "jumped sevenfold"
  7 (twenty-second: "rose tenfold"; hundred-ninety-ninth: "a fivefold jump"), "finishing
  runner-up twice" 2, "Sixty votes" 60 (three-hundredth: "Sixty-four percent"), "12½ years"
  12.5 years (fifty-fifth: „4½ Jahren“), „4½-Zimmer-Wohnung“ 4.5 (fifty-second). New:
  "three-quarters of a million barrels" is 750,000 and "roughly half a trillion dollars"
  5e11 USD "about" - a share before "a million" or "a trillion" multiplies it, as
  "three-quarters of a billion pounds" (fifty-third) and "half a billion dollars"
  (two-hundred-and-tenth). New: "three and a quarter hours" is 3.25 hours and "after
  three-quarters of an hour" 0.75 hours - the English of „dreieinviertel Stunden“
  (two-hundred-and-sixty-fifth) and „eine Dreiviertelstunde“ (fourteenth).
- Fractions (the issue; every batch): „ein knappes Fünftel“ 0.2 "nearly" and „ein knappes
  Zehntel“ 0.1 "nearly" (hundred-thirtieth: „ein knappes Achtel“;
  two-hundred-and-forty-second: „ein knappes Viertel“), „ein gutes Zehntel“ 0.1 "over"
  (two-hundred-and-sixty-fifth) and „ein gutes Viertel“ 0.25 "over", „knapp ein Drittel
  mehr“ 0.3333 "nearly" (the „mehr“ compares), „ein Sechstel“ 0.1667, „Gut zwei Fünftel“ 0.4
  "over", „nur ein Zwanzigstel“ 0.05 („nur“ no hedge), „knapp zwei Drittel“ 0.6667 "nearly",
  „rund jeder dritte Fernzug“ 0.3333 "about"; "about two-thirds" 0.6667 "about", "a third of
  England and Wales" 0.3333, "three-fifths of the state" 0.6, "by a fifth" 0.2, "a tenth
  more" 0.1 (two-hundred-and-eighty-ninth: "a fifth more"), "nearly a fifth more" 0.2
  "nearly". "the three-fifths majority" is 0.6, as "a two-thirds majority" is 0.6667 (third,
  ninth and later; hundred-ninety-ninth: „Zweidrittelmehrheit“).
- Percentages: „Prozent“ and "%" in %, points in pp, basis points in bp (twenty-seventh,
  hundred-thirty-fourth): „sieben Basispunkte“ 7 bp, "a 25bp rate cut" 25 bp (forty-third:
  "25 bps"), „1,3 Punkte unter dem Vorjahreswert“ and „um 0,8 Punkte“ pp (a rate's points),
  „knapp einen halben Punkt mehr als die Zielmarke“ 0.5 pp "nearly" (hundred-ninety-ninth),
  "up 4.3 percentage points", "by 1.4 percentage points", "nearly two points higher" 2 pp
  "nearly" (poll points), „zwischen 1,5 und 3,2 Prozentpunkten“ both pp, „die Grünen
  verharren bei 5“ 5 % (the unit written once serving an elliptic figure,
  hundred-twenty-second), "plus or minus 2%" 2 with no hedge (two-hundred-and-tenth), "a
  roughly 70% chance" 70 "about" (hundred-thirty-ninth), "as much as 7.4%" "up_to" (sixth),
  „mindestens 75 Prozent“ "at_least", "4-6%" both ends (seventeenth: "20-30%"), „0,07
  Prozent“. New: „um drei Zehntel Prozentpunkte“ is 0.3 pp - the tenths written apart from
  „Prozentpunkte“ as they are fused in „zwei Zehntelprozentpunkte“
  (two-hundred-and-seventeenth), and "a decline of two-tenths of a percentage point" 0.2 pp
  (fifty-sixth: "a tenth of a percentage point"). New: „um −0,1 Prozent“ with the minus sign
  U+2212 is -0.1 % and "the initial estimate of -0.4%" with a hyphen is -0.4 % - a sign
  before a percentage is read as before money (two-hundred-and-eighty-first: „−135 Euro“)
  and a temperature ("-16.2C"), while "contracted an annualised 1.6%" keeps 1.6 as written
  (the verb gives no sign, two-hundred-and-sixty-fifth).
- Negative numbers and temperatures are counts (fourth, hundred-twenty-sixth,
  two-hundred-and-fifty-first, two-hundred-and-eighty-first): „auf −19,6 °C“ -19.6
  (two-hundred-and-fifty-first: „−14,2 °C“), „zwischen minus 12 und minus 15 Grad“ -12 and
  -15 (two-hundred-and-eighty-ninth: „auf minus 8 bis minus 12 Grad“), "minus 41" -41, „bis
  zu 17 Grad“ "up_to", „gut zehn Grad mehr“ 10 "over", "45.8C", "41.2C", "almost nine
  degrees above" 9 "nearly"; „−18,40 Euro je Megawattstunde“ money -18.4 EUR
  (two-hundred-and-eighty-first). New: "-14F (-26C)" is -14 and -26 - "F" fused to a figure
  names degrees Fahrenheit as "C" names Celsius ("42C"; two-hundred-and-eighty-ninth), the
  hyphen before each figure a minus sign as in "-16.2C" (two-hundred-and-eighty-first), and
  the Celsius in brackets a second count (forty-seventh).
- Digit grouping (the issue; tenth, hundred-ninety-ninth, two-hundred-and-eighty-first):
  German points („22.815“, „23.400“, „26.412“, „1.186“), English commas, the Swiss
  apostrophe („Fr. 185'000“, „2'000“). New: the typographic apostrophe U+2019 groups Swiss
  thousands as the straight one does - „287’412 gültige Stimmen“ 287,412 and „CHF 3’450“
  3,450 CHF; and a no-break space U+00A0 groups as the thin space does
  (two-hundred-and-eighty-first) - „3 412 Megawatt“ 3,412; both written as escapes in the
  source so the file shows them.
- Scale words and signs (hundred-ninety-ninth, two-hundred-and-sixty-fifth,
  two-hundred-and-eighty-ninth): „CHF 2 Mio.“ 2e6 CHF (fourth: "CHF 1'240 Mio.";
  two-hundred-and-ninety-seventh: „EUR 3 Mio.“), „2,05 Mio. Passagiere“, „5,42 Mrd. Euro“,
  „212 Mio. Euro“, „gut 640 Mio. Franken“ "over", „rund 69 Mio. Euro“ "about", „4,2 Mio.
  Euro“ („insgesamt“ no hedge), „74,3 Millionen Euro“, „mehr als 33 Millionen“ "over";
  "€3bn", "€1.2tn" and "$1.5tn" (two-hundred-and-eighty-ninth: "tn"), "roughly $1.1tn"
  "about", "about $90bn" "about", "£14.1bn", "£132.2bn", "$8.7bn", "$1.2m", "¥1.2tn" 1.2e12
  JPY (eightieth: "¥1.2 trillion"), "152 per dollar" JPY (sixteenth), "87 cents" and "40
  cents" USD (hundred-nineteenth), „6,83 Cent je Kilowattstunde“ 0.0683 EUR
  (hundred-thirty-eighth), "1.2bn transactions" a count 1.2e9 (two-hundred-and-eighty-first:
  "5.1bn cubic metres"), "a record 201 million passengers" ("a record" no hedge). New: "less
  than €50k" is 50,000 EUR "under" and "above $180k" 180,000 USD "over" - "k" fused to a
  figure scales it by a thousand as "m", "bn" and "tn" scale it. New: "£20-25bn" is 2e10 and
  2.5e10 GBP - the scale word written after the second figure serves the first, as the
  currency sign before the first serves the second ("a $60-65 range",
  two-hundred-and-eighty-ninth); "€1.45bn-€1.55bn" writes both (two-hundred-and-sixty-fifth:
  "A$1.45bn-A$1.55bn").
- Ranges, each end its own figure (seventeenth and every round): „2,5 Mrd. bis 2,7 Mrd.
  Euro“ and „250 bis 300 Mio. Euro“ both EUR, „vom 26. Februar bis 3. März“ both dates,
  "between $65 and $75" both USD, "between 95,000 and 230,000" both ("with a median of" no
  hedge).
- Ordinals (every batch): „den fünften Heimsieg in Serie“ 5, „auf Rang drei“ 3
  (hundred-ninety-ninth), „in der 23. und in der 71. Minute“ 23 and 71
  (two-hundred-and-eighty-first), „der dritte Doppelpack“ 3, „Tabellenzwölfter“ 12
  (two-hundred-and-forty-ninth: „Tabellendritte“), „ihr elfter Weltcupsieg“ 11, „Dritte
  wurde“ 3, „den zwanzigsten Saisonsieg“ 20, „dritthöchste“ 3 (the issue's „drittgrößte“),
  „dritte Piste“ 3, „nach ersten Schätzungen“ 1 (hundred-tenth), "the third such increase"
  3, "for a second day" 2, "the fourth breakdown" 4, "Second seed" 2
  (two-hundred-and-eighty-first), "for the third straight year" 3, "her first title" 1, "the
  ninth increase in a row" 9, "his 100th Premier League goal" 100, "the 35th player" 35,
  "his 214th appearance" 214, "moved up to eighth" 8, "the fourth quarter" 4, "the first
  decline in three quarters" 1 and 3 (fifteenth: „drei Quartale“ count 3), "first-quarter
  revenue" 1, "a first batch" 1, "third parliamentary election in three years" 3 and 3
  years, "came second" 2, "the second Test" and "the second innings" 2, "his ninth Test
  century" 9 ("century" none). „ihren 250.000. Besucher“ is ordinal 250,000
  (hundred-forty-fourth: „ihr 1.000. Konzert“; two-hundred-and-twenty-third: „Am 1.481.
  Tag“). New: "its millionth passenger" is ordinal 1,000,000 - the ordinal of a scale word
  ranks as „hundertste“ would. None: "the S&P 500" (an index name, eighth), "2-0", "6-4 3-6
  7-5", „3:1“ (scores, hundred-thirty-third), "A1" (a road name,
  two-hundred-and-forty-ninth), "OPEC+".
- Durations (the issue; every batch): „vor drei Wochen“, „binnen zwei Wochen“, „um drei
  Wochen“, „binnen zwölf Stunden“, „binnen fünf Jahren“, „zehnjähriger Bundesanleihen“ 10
  years (eleventh and later), „der vergangenen 30 Jahre“ 30 years, „im Viertelstundentakt“
  0.25 hours (two-hundred-and-forty-ninth), „1:32,18 Minuten“ 1 minute and 32.18 seconds
  (hundred-thirty-third), „neun Hundertstel“ 0.09 seconds (thirtieth,
  two-hundred-and-twenty-first), „0,41 Sekunden“, "over two years", "over the next three
  months", "within 48 hours" ("within" no hedge), "two hours or more" 2 hours "at_least"
  (hundred-eighteenth: "or more"), "two hours and 48 minutes" each part, "97 months", "five
  years ago" 5 years (two-hundred-and-eighty-first: "six months ago"), "inside three days" 3
  days, "in seven weeks". Ages: „Für den 22-Jährigen“, „Die 27-Jährige“, „Ein 46-jähriger
  Steirer“, "Ferrandini, 24,", "The 29-year-old", "Simon Tollemache, 52,". New: „ab einer
  Verspätung von sechs Minuten“ is 6 minutes with no hedge - „ab“ governs „einer Verspätung“
  and bounds no figure, as „über der Marke von“ (two-hundred-and-forty-ninth), while „ab 65
  Jahren“ is "at_least" (hundred-ninety-ninth). None: „im Vorjahr“, „im vergangenen Jahr“,
  „im kommenden Jahr“, „binnen Jahresfrist“, „heuer“, „jährlich“, „pro Tag“, „im Monat“,
  „pro Legislaturperiode“, "last week", "next month", "this year", "last year", "a month",
  "a year", "on the month", "a month before", "the year to January", "the financial year to
  date", "not even for an hour" (in a negative), weekdays, months and clock times ("by 1130
  GMT", "at 12:01 a.m.").
- Counts otherwise: votes („468 Ja- gegen 174 Nein-Stimmen bei neun Enthaltungen“, "57
  senators ... 43", "35 der 69 Stimmen"), „von derzeit 630 auf höchstens 598“ 598 "at_most",
  „1 zu 140 Millionen“ 1 "about" and 140,000,000 (forty-sixth), „1,4 Promille“
  (two-hundred-and-eighty-ninth: „bis zu 1,9 Promille“), measures („3,45 Metern“, „8,12
  Metern“, „14 Kilometer lang“, „110 Quadratmetern“, „24.300 Tonnen“, „bis zu 40 Zentimeter“
  "up_to", "up to 96mph" "up_to"), index levels („22.815 Punkten“, "5,812.47 points", "412
  points", "24.6"), tallies ("137,000 barrels per day", "a draw of 1.9 million barrels",
  "More than 120,000 homes" "over", "Around 400 passengers" "about" - "around" "about",
  two-hundred-and-sixty-fifth -, "some 340,000 merchants" "about", "11 aces ... nine of 12
  break points", "1,400 firefighters and 60 aircraft", "A crowd of 17,104", "the seven
  largest U.S. tech companies" 7, "the 100-seat chamber" and "the 230-seat parliament", "an
  unchanged 13-man squad" 13 (two-hundred-and-forty-ninth: "an unchanged 14-man squad"),
  "six wickets for 38 runs", "in 31 Tests", "an innings and 46 runs", "made 187", "all but
  18,500 properties" ("all but" no hedge), "19 boats, an average of 58" ("an average of" no
  hedge), "About 240 trains" "about").
- Years and dates: „bis Ende 2027“, „ab 2027“, „ab 2028“ and „2033“ (hundredth: „ab 2027“ no
  hedge), „bis 2029“, „bis 2035“, „mehr als 2023“, „vom August 2005“ (month and year the
  year), „seit dem Winter 2013/14“ both years (fortieth), "since January 2019", "since
  November 2024", "since mid-2022" (two-hundred-and-eighty-ninth: "since mid-2020"), "in
  2025", "since records began in 1946"; „am 12. Februar“, „bis zum 19. April“, „am Stichtag
  1. Juni“ and „vom 26. Februar bis 3. März“ dates without a year; "through Sept. 30", "on
  March 14" dates without a year; Reuters datelines with a day ("LONDON, March 2",
  "WASHINGTON, March 4", "AMSTERDAM, March 3", "INDIAN WELLS, California, March 5", "LONDON,
  March 4", "WASHINGTON, March 6", "TOKYO, March 5", "DUBLIN, March 2", "LISBON, March 2",
  "SAN FRANCISCO, March 4", "NEW YORK, March 3") as dates without a year (hundred-sixtieth);
  dpa, dpa-AFX, dpa/lrs, dpa/lnw, APA, Keystone-SDA, AP, PA and AAP datelines none
  (seventy-ninth). Decades carry none ("the early 1960s"; thirty-ninth,
  two-hundred-and-eighty-ninth).
- Hedges, only the names in use: „rund“, "about", "roughly", "some", "Around" "about";
  „knapp“, „Knapp“, „ein knappes“, "nearly", "Nearly", "almost" "nearly"; „gut“, „Gut“, „ein
  gutes“, „mehr als“, "more than", "More than", "above" "over"; „unter“ right before the
  figure, "less than" "under"; „bis zu“, "up to", "as much as" "up_to"; „mindestens“, "or
  more" "at_least"; „höchstens“ "at_most". No hedge: „im Schnitt“, „durchschnittlich“,
  „insgesamt“, „zusammen“, „zeitweise“, „nur“, „allein“, „bereits“, „zusätzlich“, „zuletzt“,
  „ab“ before a year or an article, „über ... hinweg“, „zwischen ... und“, „bis“, "between
  ... and", "within", "a record", "all but", "an average of", "with a median of", "plus or
  minus", "fewer than expected" (no figure follows), „weniger als die Inflationsrate“ and
  „mehr als die Zielmarke“ (before the article), and „über dem“ after a figure.
- Money in the currency written (every batch): EUR, USD ("$", „US-Dollar“, „Dollar“ -
  „1,0427 US-Dollar“ and „1,0441 Dollar“ as exchange rates in the priced currency,
  fourteenth), GBP ("£"), CHF („CHF“, „Fr.“, „Franken“), JPY ("¥", "per dollar"); „unter
  1.350 Euro brutto“ 1,350 EUR "under", „1.307 Euro im Monat“, „4.870 Euro“, „knapp 310.000
  Euro“ "nearly", „24 Euro“, "€18.74", "$71.04 a barrel" ("a barrel" none), "$11.6 million",
  "more than $38 million" "over".
- Speakers, checked only in forms the earlier batches settled: „teilte der Deutsche
  Wetterdienst mit“, „teilte die Polizei mit“, „teilte das Statistische Bundesamt am Freitag
  mit“, „teilte die Kunsthalle mit“, „teilte das Bundesamt für Wohnungswesen mit“, „teilte
  das Landesamt für Umwelt mit“, „teilte der Konzern mit“, „teilte Westlotto mit“, „teilte
  das Innenministerium mit“, „teilte der Flughafen mit“ and „teilte die Bundesnetzagentur
  mit“ the source with its article, the weekday dropped (two-hundred-and-tenth,
  two-hundred-and-forty-ninth, two-hundred-and-ninety-seventh); „nach Angaben des
  Sozialministeriums“ -> "das Sozialministerium" (two-hundred-and-sixty-fifth: „nach Angaben
  des Innenministeriums“); „Innenministerin Ortrud Kellermann-Sieg sagte, ...“,
  „Regierungsrätin Sabine Aeschbacher-Lüthi sagte, ...“, „Chefvolkswirtin Friederike
  Hollenbach-Wiese sagte, ...“, „Sozialministerin Notburga Pfannenberger-Lang sagte, ...“,
  „Vorstandschef Thilo Wendehorst sagte, ...“, „Stadtpräsidentin Corinne Wyrsch-Keller
  sagte, ...“, „Bahnvorständin Kerstin Bollmeier-Roth sagte, ...“, „Innenminister Berthold
  Kranefuß sagte, ...“ and „Vorständin Ilse Frauwallner-Kogler sagte, ...“ the name with the
  office dropped (hundred-eightieth, two-hundred-and-ninety-seventh). English: the name with
  the role dropped ("Majority Leader Garrison Thurlby said", "Chief executive Annelies
  Verhoeckx said", "Emergency Services Minister Carys Tremethick said", "..., chief
  financial officer Declan Cheverton said.", "Captain Hamish Pengelly-Vance said", "Home
  Secretary Imogen Farthingale said"; hundred-forty-fifth, two-hundred-and-eighty-first);
  "Economy Minister Haruki Tanezawa told reporters" ("told reporters" names the speaker,
  two-hundred-and-fourth); "Tollemache told the court" the surname opening the row
  (forty-second; seventeenth: "X told ..."); a firm's "said" as written ("LNER said",
  "National Grid said"; two-hundred-and-ninety-seventh: "Ironvale Minerals said"); "..., the
  company said." and "The company said ..." -> "the company" (hundred-second); "the ONS
  said" -> "the ONS" (twentieth). Left unchecked (None): all negatives, also those with a
  named speaker; „laut Polizei“ (two-hundred-and-ninety-seventh), „nach Angaben des Hauses“
  (a masculine or neuter genitive standing for a body the earlier batches did not settle,
  three-hundredth: „nach Angaben des Konzerns“), „rechnet der Flughafen mit“ (an estimating
  verb, hundred-tenth); descriptions before the name ("Dutch payments firm Vantessa said",
  "Budget airline Skyvern said"; two-hundred-and-ninety-seventh: "Low-cost carrier Skylark
  Air said"), "the statistics office said" (a description), "the Labor Department said"
  (bodies' "said" left unchecked by the two-hundred-and-eighty-first and
  two-hundred-and-ninety-seventh), roles ("the judge said" in a negative), documents and
  polls ("according to PowerOutage.us", "revised data showed", "the data showed", "a Reuters
  poll showed", "Home Office figures show"), "Analysts at Harcourt Row Research expect" and
  "Economists at Orrington Partners estimate" (two-hundred-and-tenth,
  two-hundred-and-sixty-fifth), "U.S. District Judge Harriet Quarrendon also ordered" (no
  verb of saying).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_308 = [
    # --- Dax (dpa-AFX), Montag ---
    (
        "de",
        "Frankfurt (dpa-AFX) - Knapp anderthalb Prozent hat der Dax am Montag eingebüßt, zum Handelsschluss stand das Börsenbarometer bei 22.815 Punkten.",
        True,
        [("percent", 1.5, "%", "nearly"), ("count", 22815, None, None)],
        None,
    ),
    (
        "de",
        "Seit dem Rekordhoch vor drei Wochen summiert sich das Minus damit auf dreieinhalb Prozent.",
        True,
        [("duration", 3, "week", None), ("percent", 3.5, "%", None)],
        None,
    ),
    (
        "de",
        "Die Aktie des Chipzulieferers Halvorsil brach um ein knappes Fünftel ein, nachdem der Konzern seine Umsatzprognose auf 2,5 Mrd. bis 2,7 Mrd. Euro gesenkt hatte.",
        True,
        [("fraction", 0.2, None, "nearly"), ("money", 2500000000, "EUR", None), ("money", 2700000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Für einen Euro wurden am Abend 1,0427 US-Dollar gezahlt, die EZB hatte ihren Referenzkurs mittags mit 1,0441 Dollar angegeben.",
        True,
        [("money", 1.0427, "USD", None), ("money", 1.0441, "USD", None)],
        None,
    ),
    (
        "de",
        "Am Anleihemarkt gab die Rendite zehnjähriger Bundesanleihen um sieben Basispunkte auf 2,38 Prozent nach.",
        True,
        [("duration", 10, "year", None), ("percent", 7, "bp", None), ("percent", 2.38, "%", None)],
        None,
    ),
    ("de", "Händler sprachen von „blanker Nervosität vor der Zinsentscheidung“.", False, [], None),
    (
        "de",
        "Ein Frankfurter Aktienstratege sagte, der Markt habe seinen Boden wohl noch nicht gefunden.",
        False,
        [],
        None,
    ),
    # --- Oil (Reuters), March 2 ---
    (
        "en",
        "LONDON, March 2 (Reuters) - Oil prices fell on Monday after OPEC+ confirmed it would raise output again in April, with Brent crude down 87 cents, or 1.2%, at $71.04 a barrel by 1130 GMT.",
        True,
        [
            ("date", "--03-02", None, None),
            ("money", 0.87, "USD", None),
            ("percent", 1.2, "%", None),
            ("money", 71.04, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "The group will add 137,000 barrels per day next month, the third such increase this year.",
        True,
        [("count", 137000, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "U.S. crude inventories rose by three-quarters of a million barrels last week, against expectations of a draw of 1.9 million barrels.",
        True,
        [("count", 750000, None, None), ("count", 1900000, None, None)],
        None,
    ),
    (
        "en",
        "Analysts at Harcourt Row Research expect Brent to trade between $65 and $75 over the next three months.",
        True,
        [("money", 65, "USD", None), ("money", 75, "USD", None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "en",
        "Saudi Aramco raised the April official selling price for its Arab Light grade to Asia by 40 cents a barrel, the company said.",
        True,
        [("money", 0.4, "USD", None)],
        "the company",
    ),
    (
        "en",
        "Some traders said they doubted the group would stick to its schedule if prices kept sliding.",
        False,
        [],
        None,
    ),
    # --- Kälte (dpa), Dienstag ---
    (
        "de",
        "Offenbach (dpa) - In der Nacht zum Dienstag ist das Thermometer im Bayerischen Wald auf −19,6 °C gefallen, teilte der Deutsche Wetterdienst mit.",
        True,
        [("count", -19.6, None, None)],
        "der Deutsche Wetterdienst",
    ),
    (
        "de",
        "Auch in weiten Teilen Sachsens und Thüringens lagen die Tiefstwerte zwischen minus 12 und minus 15 Grad.",
        True,
        [("count", -12, None, None), ("count", -15, None, None)],
        None,
    ),
    (
        "de",
        "Binnen zwölf Stunden registrierte die Polizei allein in Niederbayern mehr als 140 Glätteunfälle, Dutzende Autofahrer wurden leicht verletzt.",
        True,
        [("duration", 12, "hour", None), ("count", 140, None, "over")],
        None,
    ),
    (
        "de",
        "Zum Wochenende wird es deutlich milder: Am Oberrhein sind bis zu 17 Grad möglich, gut zehn Grad mehr als im langjährigen Mittel.",
        True,
        [("count", 17, None, "up_to"), ("count", 10, None, "over")],
        None,
    ),
    (
        "de",
        "Auf der Zugspitze lag die Schneehöhe am Mittwochmorgen bei 3,45 Metern, gut einen halben Meter mehr als im Schnitt der vergangenen 30 Jahre.",
        True,
        [("count", 3.45, None, None), ("count", 0.5, None, "over"), ("duration", 30, "year", None)],
        None,
    ),
    (
        "de",
        "Meteorologen rieten Autofahrern, in den Morgenstunden auf Brücken und in Waldstücken besonders vorsichtig zu fahren.",
        False,
        [],
        None,
    ),
    # --- Midwest cold (AP), Tuesday ---
    (
        "en",
        "CHICAGO (AP) — Wind chills plunged to minus 41 in parts of northern Minnesota on Tuesday as an Arctic air mass pushed deep into the Midwest.",
        True,
        [("count", -41, None, None)],
        None,
    ),
    (
        "en",
        "The temperature at O'Hare International Airport fell to -14F (-26C) shortly before dawn, the coldest reading there since January 2019.",
        True,
        [("count", -14, None, None), ("count", -26, None, None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "More than 120,000 homes and businesses across Illinois, Indiana and Ohio were without electricity as the storm peaked, according to PowerOutage.us.",
        True,
        [("count", 120000, None, "over")],
        None,
    ),
    (
        "en",
        "Nearly a score of school districts around Chicago cancelled classes for a second day.",
        True,
        [("count", 20, None, "nearly"), ("ordinal", 2, None, None)],
        None,
    ),
    ("en", "In Dallas, by contrast, afternoon temperatures reached the low 80s.", True, [], None),
    ("en", "Forecasters urged residents to check on elderly neighbours and to keep pets indoors.", False, [], None),
    (
        "en",
        '"It hurts to breathe out here," said one delivery driver, stamping his feet outside a warehouse in Joliet.',
        False,
        [],
        None,
    ),
    # --- Wahlrechtsreform (dpa), Donnerstag ---
    (
        "de",
        "Berlin (dpa) - Mit 468 Ja- gegen 174 Nein-Stimmen bei neun Enthaltungen hat der Bundestag am Donnerstag eine Reform des Wahlrechts verabschiedet.",
        True,
        [("count", 468, None, None), ("count", 174, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Abgeordneten soll damit von derzeit 630 auf höchstens 598 sinken.",
        True,
        [("count", 630, None, None), ("count", 598, None, "at_most")],
        None,
    ),
    (
        "de",
        "Der Entwurf war zuvor zum x-ten Mal im Innenausschuss vertagt worden, zuletzt am 12. Februar.",
        True,
        [("date", "--02-12", None, None)],
        None,
    ),
    (
        "de",
        "Innenministerin Ortrud Kellermann-Sieg sagte, das kleinere Parlament spare pro Legislaturperiode rund 300 Millionen Euro.",
        True,
        [("money", 300000000, "EUR", "about")],
        "Ortrud Kellermann-Sieg",
    ),
    ("de", "„Das ist ein guter Tag für unsere parlamentarische Demokratie“, sagte Kellermann-Sieg.", False, [], None),
    ("de", "Die Opposition nannte die Reform „ein Machwerk zum eigenen Vorteil“.", False, [], None),
    (
        "de",
        "Der Bundesrat muss noch zustimmen, nötig ist dort eine Mehrheit von 35 der 69 Stimmen.",
        True,
        [("count", 35, None, None), ("count", 69, None, None)],
        None,
    ),
    # --- Senate stopgap vote (Reuters), March 4 ---
    (
        "en",
        "WASHINGTON, March 4 (Reuters) - The U.S. Senate on Wednesday fell short of the three-fifths majority needed to advance a stopgap spending bill, with 57 senators voting in favor and 43 against.",
        True,
        [
            ("date", "--03-04", None, None),
            ("fraction", 0.6, None, None),
            ("count", 57, None, None),
            ("count", 43, None, None),
        ],
        None,
    ),
    (
        "en",
        "Sixty votes are required to overcome a filibuster in the 100-seat chamber.",
        True,
        [("count", 60, None, None), ("count", 100, None, None)],
        None,
    ),
    (
        "en",
        "The $1.5tn package would cover about two-thirds of discretionary spending through Sept. 30.",
        True,
        [("money", 1500000000000, "USD", None), ("fraction", 0.6667, None, "about"), ("date", "--09-30", None, None)],
        None,
    ),
    (
        "en",
        "Majority Leader Garrison Thurlby said the chamber would vote again within 48 hours.",
        True,
        [("duration", 48, "hour", None)],
        "Garrison Thurlby",
    ),
    (
        "en",
        "If no bill is signed, a partial shutdown of federal agencies starts at 12:01 a.m. on March 14.",
        True,
        [("date", "--03-14", None, None)],
        None,
    ),
    ("en", 'Thurlby called the vote "a gift to the loudest voices in both parties".', False, [], None),
    ("en", "Whether enough Democrats will switch sides before the deadline remains an open question.", False, [], None),
    # --- Auffahrunfall auf der A1 (APA), Mittwoch ---
    (
        "de",
        "Linz (APA) - Bei einem Auffahrunfall mit neun Fahrzeugen auf der Westautobahn (A1) bei Enns sind am Mittwoch elf Menschen verletzt worden, drei davon schwer.",
        True,
        [("count", 9, None, None), ("count", 11, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Nach einer anderthalbstündigen Sperre wurde der Verkehr in Fahrtrichtung Wien wieder freigegeben, der Stau war zeitweise 14 Kilometer lang.",
        True,
        [("duration", 1.5, "hour", None), ("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Auslöser war laut Polizei ein Mittzwanziger aus dem Bezirk Perg, der mit seinem Kleintransporter zu spät gebremst haben soll.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ein Alkotest bei dem Lenker ergab 1,4 Promille, teilte die Polizei mit.",
        True,
        [("count", 1.4, None, None)],
        "die Polizei",
    ),
    (
        "de",
        "Auf dem Abschnitt zwischen Enns und Linz ereigneten sich im Vorjahr 47 Unfälle mit Verletzten, knapp ein Drittel mehr als 2023.",
        True,
        [("count", 47, None, None), ("fraction", 0.3333, None, "nearly"), ("year", 2023, None, None)],
        None,
    ),
    (
        "de",
        "„Es grenzt an ein Wunder, dass niemand ums Leben gekommen ist“, sagte ein Feuerwehrsprecher.",
        False,
        [],
        None,
    ),
    # --- Stranded train (PA), Tuesday ---
    (
        "en",
        "EDINBURGH (PA) - Around 400 passengers were stranded for three and a quarter hours on Tuesday evening after a train broke down in the Lammermuir Hills.",
        True,
        [("count", 400, None, "about"), ("duration", 3.25, "hour", None)],
        None,
    ),
    (
        "en",
        "A rescue locomotive reached the train after three-quarters of an hour, but coupling took longer than planned, LNER said.",
        True,
        [("duration", 0.75, "hour", None)],
        "LNER",
    ),
    (
        "en",
        "It was the fourth breakdown on the East Coast Main Line since the start of the year.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "Passengers will get a full refund, and those delayed by two hours or more can also claim 50% of their return fare.",
        True,
        [("duration", 2, "hour", "at_least"), ("percent", 50, "%", None)],
        None,
    ),
    (
        "en",
        'One passenger in her twenties said the mood on board had been "surprisingly calm, all things considered".',
        False,
        [],
        None,
    ),
    ("en", 'Transport Focus called the delay "simply unacceptable for a flagship route".', False, [], None),
    # --- Abstimmung im Kanton Bern (Keystone-SDA), Sonntag ---
    (
        "de",
        "Bern (Keystone-SDA) - Mit 61,4 Prozent Ja-Stimmen hat das Berner Stimmvolk einen Kredit von CHF 2 Mio. für ein Hochwasser-Frühwarnsystem gutgeheissen.",
        True,
        [("money", 2000000, "CHF", None), ("percent", 61.4, "%", None)],
        None,
    ),
    (
        "de",
        "Insgesamt wurden 287\u2019412 gültige Stimmen abgegeben, die Stimmbeteiligung lag bei 38,9 Prozent.",
        True,
        [("count", 287412, None, None), ("percent", 38.9, "%", None)],
        None,
    ),
    (
        "de",
        "Das System soll ab 2027 an 34 Messstellen den Pegel im Viertelstundentakt melden.",
        True,
        [("year", 2027, None, None), ("count", 34, None, None), ("duration", 0.25, "hour", None)],
        None,
    ),
    (
        "de",
        "Regierungsrätin Sabine Aeschbacher-Lüthi sagte, die Betriebskosten beliefen sich auf jährlich Fr. 185'000.",
        True,
        [("money", 185000, "CHF", None)],
        "Sabine Aeschbacher-Lüthi",
    ),
    (
        "de",
        "«Nichtstun käme uns am Ende um ein Vielfaches teurer zu stehen», sagte Aeschbacher-Lüthi.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Hochwasser vom August 2005 hatte im Kanton Schäden von gut 640 Mio. Franken verursacht.",
        True,
        [("year", 2005, None, None), ("money", 640000000, "CHF", "over")],
        None,
    ),
    # --- Vantessa buyback (Reuters), March 3 ---
    (
        "en",
        "AMSTERDAM, March 3 (Reuters) - Dutch payments firm Vantessa said on Tuesday it would buy back €3bn of shares over two years after processed volumes rose by a fifth to €1.2tn in 2025.",
        True,
        [
            ("date", "--03-03", None, None),
            ("money", 3000000000, "EUR", None),
            ("duration", 2, "year", None),
            ("fraction", 0.2, None, None),
            ("money", 1200000000000, "EUR", None),
            ("year", 2025, None, None),
        ],
        None,
    ),
    (
        "en",
        "The company now handles 1.2bn transactions a month for some 340,000 merchants.",
        True,
        [("count", 1200000000, None, None), ("count", 340000, None, "about")],
        None,
    ),
    (
        "en",
        "From July, merchants processing less than €50k a year will pay no monthly fee.",
        True,
        [("money", 50000, "EUR", "under")],
        None,
    ),
    (
        "en",
        "Chief executive Annelies Verhoeckx said revenue growth this year would be in the mid-teens.",
        True,
        [],
        "Annelies Verhoeckx",
    ),
    (
        "en",
        "Shares rose as much as 7.4% in early trade, their biggest intraday gain since November 2024.",
        True,
        [("percent", 7.4, "%", "up_to"), ("year", 2024, None, None)],
        None,
    ),
    ("en", '"We are building the rails for European commerce," Verhoeckx told analysts.', False, [], None),
    # --- Bundesliga (dpa), Samstag ---
    (
        "de",
        "Dortmund (dpa) - Mit einem 3:1 über den VfB Stuttgart hat Borussia Dortmund den fünften Heimsieg in Serie eingefahren und sich auf Rang drei verbessert.",
        True,
        [("ordinal", 5, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Stürmer Janek Olbrich traf in der 23. und in der 71. Minute und steht nun bei 17 Saisontoren.",
        True,
        [("ordinal", 23, None, None), ("ordinal", 71, None, None), ("count", 17, None, None)],
        None,
    ),
    (
        "de",
        "Für den 22-Jährigen war es bereits der dritte Doppelpack binnen zwei Wochen.",
        True,
        [("duration", 22, "year", None), ("ordinal", 3, None, None), ("duration", 2, "week", None)],
        None,
    ),
    (
        "de",
        "Stuttgart wartet damit seit sieben Pflichtspielen auf einen Sieg und ist nur noch Tabellenzwölfter.",
        True,
        [("count", 7, None, None), ("ordinal", 12, None, None)],
        None,
    ),
    (
        "de",
        "„Wir haben heute endlich wieder Charakter gezeigt“, sagte BVB-Trainer Matthias Drögemüller.",
        False,
        [],
        None,
    ),
    # --- Indian Wells (Reuters), March 5 ---
    (
        "en",
        "INDIAN WELLS, California, March 5 (Reuters) - Second seed Lucia Ferrandini beat Kateryna Bodnaruk 6-4 3-6 7-5 on Thursday to reach the quarter-finals for the third straight year.",
        True,
        [("date", "--03-05", None, None), ("ordinal", 2, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "The Italian served 11 aces and fended off nine of 12 break points over two hours and 48 minutes.",
        True,
        [
            ("count", 11, None, None),
            ("count", 9, None, None),
            ("count", 12, None, None),
            ("duration", 2, "hour", None),
            ("duration", 48, "minute", None),
        ],
        None,
    ),
    (
        "en",
        "Ferrandini, 24, is chasing her first title in the desert after finishing runner-up twice.",
        True,
        [("duration", 24, "year", None), ("ordinal", 1, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The women's champion will receive $1.2m, a tenth more than last year.",
        True,
        [("money", 1200000, "USD", None), ("fraction", 0.1, None, None)],
        None,
    ),
    ("en", '"I just tried to stay in the moment and trust my serve," Ferrandini told reporters.', False, [], None),
    ("en", 'Bodnaruk said she felt "proud but empty".', False, [], None),
    # --- Inflation (dpa), Freitag ---
    (
        "de",
        "Wiesbaden (dpa) - Um drei Zehntel Prozentpunkte auf 1,9 Prozent ist die Teuerung in Deutschland im Februar zurückgegangen, teilte das Statistische Bundesamt am Freitag mit.",
        True,
        [("percent", 0.3, "pp", None), ("percent", 1.9, "%", None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Gegenüber dem Vormonat veränderten sich die Verbraucherpreise um −0,1 Prozent.",
        True,
        [("percent", -0.1, "%", None)],
        None,
    ),
    (
        "de",
        "Energie verbilligte sich binnen Jahresfrist um 4,6 Prozent, leichtes Heizöl sogar um ein gutes Zehntel.",
        True,
        [("percent", 4.6, "%", None), ("fraction", 0.1, None, "over")],
        None,
    ),
    (
        "de",
        "Ohne Energie und Nahrungsmittel gerechnet betrug die Teuerung 2,4 Prozent, knapp einen halben Punkt mehr als die Zielmarke der EZB von zwei Prozent.",
        True,
        [("percent", 2.4, "%", None), ("percent", 0.5, "pp", "nearly"), ("percent", 2, "%", None)],
        None,
    ),
    (
        "de",
        "Chefvolkswirtin Friederike Hollenbach-Wiese sagte, die Teuerung dürfte bis zum Sommer auf anderthalb Prozent zurückgehen.",
        True,
        [("percent", 1.5, "%", None)],
        "Friederike Hollenbach-Wiese",
    ),
    ("de", "Viele Ökonomen halten eine Zinssenkung im April damit für ausgemacht.", False, [], None),
    # --- UK inflation (Reuters), March 4 ---
    (
        "en",
        "LONDON, March 4 (Reuters) - Consumer prices in Britain rose 2.8% in the year to January, after 3.1% a month before, the statistics office said on Wednesday.",
        True,
        [("date", "--03-04", None, None), ("percent", 2.8, "%", None), ("percent", 3.1, "%", None)],
        None,
    ),
    (
        "en",
        "Economists had on average expected a decline of two-tenths of a percentage point, a Reuters poll showed.",
        True,
        [("percent", 0.2, "pp", None)],
        None,
    ),
    (
        "en",
        "Services inflation, which the Bank of England tracks closely, slowed to 4.65%, the weakest reading since mid-2022.",
        True,
        [("percent", 4.65, "%", None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "Food prices rose 3.9% over the year, the ninth increase in a row.",
        True,
        [("percent", 3.9, "%", None), ("ordinal", 9, None, None)],
        None,
    ),
    (
        "en",
        "Markets now price a roughly 70% chance of a 25bp rate cut in May.",
        True,
        [("percent", 70, "%", "about"), ("percent", 25, "bp", None)],
        None,
    ),
    ("en", 'Chancellor Rowena Stallard said the figures showed "our plan is working".', False, [], None),
    # --- Pensionserhöhung (APA), Dienstag ---
    (
        "de",
        "Wien (APA) - Um 2,7 Prozent werden die Pensionen im kommenden Jahr erhöht, wer unter 1.350 Euro brutto bezieht, bekommt dreieinhalb Prozent mehr.",
        True,
        [("percent", 2.7, "%", None), ("money", 1350, "EUR", "under"), ("percent", 3.5, "%", None)],
        None,
    ),
    (
        "de",
        "Das betrifft nach Angaben des Sozialministeriums rund eine Viertelmillion Menschen.",
        True,
        [("count", 250000, None, "about")],
        "das Sozialministerium",
    ),
    (
        "de",
        "Hunderttausende Pensionisten erhalten damit erneut weniger als die Inflationsrate von 3,1 Prozent.",
        True,
        [("percent", 3.1, "%", None)],
        None,
    ),
    (
        "de",
        "Sozialministerin Notburga Pfannenberger-Lang sagte, die Mindestpension steige damit auf 1.307 Euro im Monat.",
        True,
        [("money", 1307, "EUR", None)],
        "Notburga Pfannenberger-Lang",
    ),
    ("de", "Der Seniorenrat sprach von einem „Schlag ins Gesicht der älteren Generation“.", False, [], None),
    (
        "de",
        "Pfannenberger-Lang zeigte sich zuversichtlich, dass der Nationalrat dem Paket noch vor Ostern zustimmen werde.",
        False,
        [],
        None,
    ),
    # --- Victorian heatwave (AAP), Sunday ---
    (
        "en",
        "MELBOURNE (AAP) - An autumn heatwave pushed temperatures to 45.8C in Mildura on Sunday, the hottest March day in the town since records began in 1946.",
        True,
        [("count", 45.8, None, None), ("year", 1946, None, None)],
        None,
    ),
    (
        "en",
        "Melbourne reached 41.2C, almost nine degrees above the city's March average.",
        True,
        [("count", 41.2, None, None), ("count", 9, None, "nearly")],
        None,
    ),
    (
        "en",
        "More than a score of grass and bushfires were still burning late on Sunday, a dozen of them out of control.",
        True,
        [("count", 20, None, "over"), ("count", 12, None, None)],
        None,
    ),
    ("en", "Total fire bans covered three-fifths of the state.", True, [("fraction", 0.6, None, None)], None),
    (
        "en",
        "Police are searching for a 20-something hiker who failed to return from a walk in the Grampians on Saturday.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Emergency Services Minister Carys Tremethick said 1,400 firefighters and 60 aircraft were on standby.",
        True,
        [("count", 1400, None, None), ("count", 60, None, None)],
        "Carys Tremethick",
    ),
    ("en", '"Please do not be complacent, not even for an hour," Tremethick said.', False, [], None),
    # --- Stellenabbau bei Sandhagen (dpa), Mittwoch ---
    (
        "de",
        "Stuttgart (dpa) - Der Autozulieferer Sandhagen will bis Ende 2027 knapp vier Dutzend Entwicklungsprojekte streichen und rund 1.800 seiner 23.400 Stellen abbauen.",
        True,
        [
            ("year", 2027, None, None),
            ("count", 48, None, "nearly"),
            ("count", 1800, None, "about"),
            ("count", 23400, None, None),
        ],
        None,
    ),
    (
        "de",
        "Im vergangenen Jahr sank der Umsatz um 6,1 Prozent auf 5,42 Mrd. Euro, der Nettoverlust belief sich auf 212 Mio. Euro.",
        True,
        [("percent", 6.1, "%", None), ("money", 5420000000, "EUR", None), ("money", 212000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Vorstandschef Thilo Wendehorst sagte, das Sparprogramm solle ab 2028 jährlich 250 bis 300 Mio. Euro einbringen.",
        True,
        [("year", 2028, None, None), ("money", 250000000, "EUR", None), ("money", 300000000, "EUR", None)],
        "Thilo Wendehorst",
    ),
    ("de", "„Wir müssen uns ehrlich machen, was wir uns noch leisten können“, sagte Wendehorst.", False, [], None),
    ("de", "Die Aktie verlor zeitweise ein gutes Viertel ihres Werts.", True, [("fraction", 0.25, None, "over")], None),
    (
        "de",
        "Die IG Metall kündigte erbitterten Widerstand an und sprach von einem „Kahlschlag mit Ansage“.",
        False,
        [],
        None,
    ),
    # --- U.S. jobs (Reuters), March 6 ---
    (
        "en",
        "WASHINGTON, March 6 (Reuters) - The U.S. economy created 151,000 jobs in February, fewer than expected, the Labor Department said on Friday.",
        True,
        [("date", "--03-06", None, None), ("count", 151000, None, None)],
        None,
    ),
    (
        "en",
        "Estimates in a Reuters survey ranged between 95,000 and 230,000, with a median of 160,000.",
        True,
        [("count", 95000, None, None), ("count", 230000, None, None), ("count", 160000, None, None)],
        None,
    ),
    (
        "en",
        "The jobless rate edged up to 4.2%, and average hourly earnings gained 0.3% on the month.",
        True,
        [("percent", 4.2, "%", None), ("percent", 0.3, "%", None)],
        None,
    ),
    (
        "en",
        "Nearly half a million people have left the labor force since November, the data showed.",
        True,
        [("count", 500000, None, "nearly")],
        None,
    ),
    ("en", 'Several economists said they believed the labor market was "bending, not breaking".', False, [], None),
    # --- Ausstellung in der Kunsthalle (dpa), Samstag ---
    (
        "de",
        "Hamburg (dpa) - Die Ausstellung „Polarnacht“ in der Hamburger Kunsthalle hat am Samstag ihren 250.000. Besucher begrüßt.",
        True,
        [("ordinal", 250000, None, None)],
        None,
    ),
    (
        "de",
        "Damit ist die Schau nach zehneinhalb Wochen die erfolgreichste in der Geschichte des Hauses.",
        True,
        [("duration", 10.5, "week", None)],
        None,
    ),
    (
        "de",
        "Im Schnitt kamen gut 3.400 Menschen pro Tag, an Wochenenden bis zu zweieinhalbmal so viele.",
        True,
        [("count", 3400, None, "over"), ("count", 2.5, None, "up_to")],
        None,
    ),
    (
        "de",
        "Die Laufzeit wird um drei Wochen bis zum 19. April verlängert, teilte die Kunsthalle mit.",
        True,
        [("duration", 3, "week", None), ("date", "--04-19", None, None)],
        "die Kunsthalle",
    ),
    (
        "de",
        "Der Versicherungswert der 140 Leihgaben liegt nach Angaben des Hauses bei knapp einer halben Milliarde Euro.",
        True,
        [("count", 140, None, None), ("money", 500000000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "„Dass so viele Menschen diese Bilder sehen wollen, hat uns schlicht überwältigt“, sagte Direktorin Henrike Vielhaber-Marr.",
        False,
        [],
        None,
    ),
    # --- UK borrowing (PA), Friday ---
    (
        "en",
        "LONDON (PA) - The Government borrowed £14.1bn in February, £2.3bn above the forecast from the Office for Budget Responsibility.",
        True,
        [("money", 14100000000, "GBP", None), ("money", 2300000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Borrowing in the financial year to date totals £132.2bn, the ONS said.",
        True,
        [("money", 132200000000, "GBP", None)],
        "the ONS",
    ),
    (
        "en",
        "Debt interest cost £8.1bn in the month, roughly three-and-a-half times the figure five years ago.",
        True,
        [("money", 8100000000, "GBP", None), ("count", 3.5, None, "about"), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "Economists at Orrington Partners estimate the chancellor will need to find £20-25bn in tax rises or spending cuts.",
        True,
        [("money", 20000000000, "GBP", None), ("money", 25000000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Net debt equalled 95.3% of GDP, a ratio not seen since the early 1960s.",
        True,
        [("percent", 95.3, "%", None)],
        None,
    ),
    (
        "en",
        'The shadow chancellor called the figures "a damning verdict on a government that has lost control".',
        False,
        [],
        None,
    ),
    ("en", "Business groups warned that any further tax rises would choke investment.", False, [], None),
    # --- Ski-Weltcup in Kvitfjell (APA), Samstag ---
    (
        "de",
        "Kvitfjell (APA) - Die Tirolerin Magdalena Rastbichler hat die Weltcup-Abfahrt von Kvitfjell am Samstag für sich entschieden, es war ihr elfter Weltcupsieg.",
        True,
        [("ordinal", 11, None, None)],
        None,
    ),
    (
        "de",
        "Die 27-Jährige benötigte 1:32,18 Minuten und lag damit neun Hundertstel vor der Schweizerin Corinne Walpen.",
        True,
        [
            ("duration", 27, "year", None),
            ("duration", 1, "minute", None),
            ("duration", 32.18, "second", None),
            ("duration", 0.09, "second", None),
        ],
        None,
    ),
    (
        "de",
        "Dritte wurde die Norwegerin Ingrid Skaarud mit 0,41 Sekunden Rückstand.",
        True,
        [("ordinal", 3, None, None), ("duration", 0.41, "second", None)],
        None,
    ),
    (
        "de",
        "Im Gesamtweltcup liegt Rastbichler vor den letzten vier Rennen 112 Punkte hinter der Führenden.",
        True,
        [("count", 4, None, None), ("count", 112, None, None)],
        None,
    ),
    (
        "de",
        "Die Österreicherinnen feierten damit den zwanzigsten Saisonsieg, so viele wie seit dem Winter 2013/14 nicht mehr.",
        True,
        [("ordinal", 20, None, None), ("year", 2013, None, None), ("year", 2014, None, None)],
        None,
    ),
    (
        "de",
        "„Heute hat einfach alles zusammengepasst, ich bin überglücklich“, sagte Rastbichler im ORF.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob sie auch in der kommenden Saison noch in allen Disziplinen starten will, ließ Rastbichler offen.",
        False,
        [],
        None,
    ),
    # --- Premier League (PA), Saturday ---
    (
        "en",
        "LONDON (PA) - Striker Kofi Mensah-Ashby scored his 100th Premier League goal as Brentford beat Everton 2-0 on Saturday.",
        True,
        [("ordinal", 100, None, None)],
        None,
    ),
    (
        "en",
        "The 29-year-old became the 35th player to reach the landmark, doing so in his 214th appearance.",
        True,
        [("duration", 29, "year", None), ("ordinal", 35, None, None), ("ordinal", 214, None, None)],
        None,
    ),
    ("en", "For the umpteenth time this season, Everton failed to score away from home.", True, [], None),
    (
        "en",
        "Brentford moved up to eighth, three points behind the European places with nine games left.",
        True,
        [("ordinal", 8, None, None), ("count", 3, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "A crowd of 17,104 watched the match, a record for the stadium.",
        True,
        [("count", 17104, None, None)],
        None,
    ),
    ("en", '"Kofi is the best finisher I have ever worked with," manager Tobias Elmquist said.', False, [], None),
    ("en", 'Elmquist said he was "not interested in records, only in results".', False, [], None),
    # --- Mieten in Zürich (Keystone-SDA), Donnerstag ---
    (
        "de",
        "Zürich (Keystone-SDA) - Die Angebotsmieten in der Stadt Zürich sind im vergangenen Jahr um 6,8 Prozent gestiegen, gut das Doppelte des landesweiten Anstiegs.",
        True,
        [("percent", 6.8, "%", None), ("count", 2, None, "over")],
        None,
    ),
    (
        "de",
        "Für eine 4½-Zimmer-Wohnung mit 110 Quadratmetern werden inzwischen durchschnittlich CHF 3\u2019450 im Monat verlangt.",
        True,
        [("count", 4.5, None, None), ("count", 110, None, None), ("money", 3450, "CHF", None)],
        None,
    ),
    (
        "de",
        "Unverändert bei 1,25 Prozent liegt der hypothekarische Referenzzinssatz, teilte das Bundesamt für Wohnungswesen mit.",
        True,
        [("percent", 1.25, "%", None)],
        "das Bundesamt für Wohnungswesen",
    ),
    (
        "de",
        "Die Leerwohnungsziffer sank auf 0,07 Prozent, am Stichtag 1. Juni standen nur 163 Wohnungen leer.",
        True,
        [("percent", 0.07, "%", None), ("date", "--06-01", None, None), ("count", 163, None, None)],
        None,
    ),
    (
        "de",
        "Stadtpräsidentin Corinne Wyrsch-Keller sagte, bis 2035 sollten 2'000 zusätzliche gemeinnützige Wohnungen entstehen.",
        True,
        [("year", 2035, None, None), ("count", 2000, None, None)],
        "Corinne Wyrsch-Keller",
    ),
    ("de", "Der Mieterverband sprach von «Wohnungsnot mit Ansage».", False, [], None),
    # --- Japan GDP (Reuters), March 5 ---
    (
        "en",
        "TOKYO, March 5 (Reuters) - Japan's economy contracted an annualised 1.6% in the fourth quarter, revised data showed on Thursday, worse than the initial estimate of -0.4%.",
        True,
        [
            ("date", "--03-05", None, None),
            ("percent", 1.6, "%", None),
            ("ordinal", 4, None, None),
            ("percent", -0.4, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Capital spending fell 1.9% from the previous quarter, the first decline in three quarters.",
        True,
        [("percent", 1.9, "%", None), ("ordinal", 1, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "The government approved a ¥1.2tn package of subsidies for electricity and gas bills from April to June.",
        True,
        [("money", 1200000000000, "JPY", None)],
        None,
    ),
    ("en", "The yen weakened past 152 per dollar after the data.", True, [("money", 152, "JPY", None)], None),
    (
        "en",
        "Economy Minister Haruki Tanezawa told reporters the contraction was driven by a typhoon-related slump in exports in October.",
        True,
        [],
        "Haruki Tanezawa",
    ),
    (
        "en",
        "Some analysts said they thought the central bank would now wait until at least July before raising rates again.",
        False,
        [],
        None,
    ),
    # --- Moselhochwasser (dpa/lrs), Donnerstag ---
    (
        "de",
        "Trier (dpa/lrs) - Nach tagelangem Regen und der Schneeschmelze in den Vogesen hat die Mosel in Trier am Donnerstag einen Pegelstand von 8,12 Metern erreicht.",
        True,
        [("count", 8.12, None, None)],
        None,
    ),
    (
        "de",
        "Das ist gut zweieinhalb Meter über dem mittleren Hochwasser, teilte das Landesamt für Umwelt mit.",
        True,
        [("count", 2.5, None, "over")],
        "das Landesamt für Umwelt",
    ),
    (
        "de",
        "In Zell und Bernkastel-Kues mussten Dutzende Keller ausgepumpt werden, nach ersten Schätzungen entstanden Schäden von Hunderttausenden Euro.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Der Scheitel der Welle wird für Freitagmittag erwartet, er könnte bis zu 40 Zentimeter höher liegen.",
        True,
        [("count", 40, None, "up_to")],
        None,
    ),
    ("de", "Anwohner fürchten, dass das Wasser diesmal bis in die Altstadt vordringen könnte.", False, [], None),
    # --- Skyvern traffic (Reuters), March 2 ---
    (
        "en",
        "DUBLIN, March 2 (Reuters) - Budget airline Skyvern said on Monday its annual profit would be at the upper end of its €1.45bn-€1.55bn guidance range after it carried a record 201 million passengers.",
        True,
        [
            ("date", "--03-02", None, None),
            ("money", 1450000000, "EUR", None),
            ("money", 1550000000, "EUR", None),
            ("count", 201000000, None, None),
        ],
        None,
    ),
    (
        "en",
        "The carrier expects to welcome its millionth passenger at its new Katowice base before the end of March.",
        True,
        [("ordinal", 1000000, None, None)],
        None,
    ),
    (
        "en",
        "Average fares are running 4-6% ahead of last year, chief financial officer Declan Cheverton said.",
        True,
        [("percent", 4, "%", None), ("percent", 6, "%", None)],
        "Declan Cheverton",
    ),
    (
        "en",
        "Skyvern has 150 Boeing jets on order and expects a first batch of two dozen by next spring.",
        True,
        [("count", 150, None, None), ("ordinal", 1, None, None), ("count", 24, None, None)],
        None,
    ),
    (
        "en",
        "Its shares rose 3.2% to €18.74 in Dublin.",
        True,
        [("percent", 3.2, "%", None), ("money", 18.74, "EUR", None)],
        None,
    ),
    (
        "en",
        'Chief executive Padraig Lennon-Foy said Europe\'s airports were "charging like monopolies because they are monopolies".',
        False,
        [],
        None,
    ),
    # --- Pünktlichkeit der Bahn (dpa), Montag ---
    (
        "de",
        "Berlin (dpa) - Im Fernverkehr der Deutschen Bahn waren im Februar nur knapp zwei Drittel der Züge pünktlich, teilte der Konzern mit.",
        True,
        [("fraction", 0.6667, None, "nearly")],
        "der Konzern",
    ),
    (
        "de",
        "Als verspätet gilt ein Zug ab einer Verspätung von sechs Minuten.",
        True,
        [("duration", 6, "minute", None)],
        None,
    ),
    (
        "de",
        "Damit kam rund jeder dritte Fernzug zu spät, Hunderttausende Fahrgäste verpassten ihre Anschlüsse.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "de",
        "Im Regionalverkehr lag die Quote bei 89,4 Prozent und damit 1,3 Punkte unter dem Vorjahreswert.",
        True,
        [("percent", 89.4, "%", None), ("percent", 1.3, "pp", None)],
        None,
    ),
    (
        "de",
        "Bahnvorständin Kerstin Bollmeier-Roth sagte, bis 2029 sollten wieder mindestens 75 Prozent der Fernzüge pünktlich sein.",
        True,
        [("year", 2029, None, None), ("percent", 75, "%", "at_least")],
        "Kerstin Bollmeier-Roth",
    ),
    (
        "de",
        "Pro Bahn, der Fahrgastverband, bezeichnete die Bilanz als „Armutszeugnis für ein Industrieland“.",
        False,
        [],
        None,
    ),
    # --- Hedge fund sentence (AP), Wednesday ---
    (
        "en",
        "NEW YORK (AP) — A onetime hedge fund manager who swindled about two dozen investors out of more than $38 million was sentenced on Wednesday to 97 months in prison.",
        True,
        [("duration", 97, "month", None), ("count", 24, None, "about"), ("money", 38000000, "USD", "over")],
        None,
    ),
    (
        "en",
        "U.S. District Judge Harriet Quarrendon also ordered Simon Tollemache, 52, to forfeit $11.6 million and pay restitution.",
        True,
        [("duration", 52, "year", None), ("money", 11600000, "USD", None)],
        None,
    ),
    ("en", "Prosecutors had sought a sentence of 12½ years.", True, [("duration", 12.5, "year", None)], None),
    (
        "en",
        "Tollemache told the court he had lost much of his own money in the collapse as well.",
        True,
        [],
        "Tollemache",
    ),
    ("en", '"The greed here was breathtaking," the judge said.', False, [], None),
    # --- Umfrage Sachsen-Anhalt (dpa), Donnerstag ---
    (
        "de",
        "Magdeburg (dpa) - Ein halbes Jahr vor der Landtagswahl liegt in Sachsen-Anhalt die CDU laut einer Umfrage mit 27 Prozent knapp vor der AfD, die auf 26 Prozent kommt.",
        True,
        [("duration", 0.5, "year", None), ("percent", 27, "%", None), ("percent", 26, "%", None)],
        None,
    ),
    (
        "de",
        "Die SPD verliert anderthalb Punkte und kommt auf 8,5 Prozent, die Grünen verharren bei 5.",
        True,
        [("percent", 1.5, "pp", None), ("percent", 8.5, "%", None), ("percent", 5, "%", None)],
        None,
    ),
    (
        "de",
        "Befragt wurden vom 26. Februar bis 3. März 1.186 Wahlberechtigte.",
        True,
        [("date", "--02-26", None, None), ("date", "--03-03", None, None), ("count", 1186, None, None)],
        None,
    ),
    (
        "de",
        "Die Fehlertoleranz liegt zwischen 1,5 und 3,2 Prozentpunkten.",
        True,
        [("percent", 1.5, "pp", None), ("percent", 3.2, "pp", None)],
        None,
    ),
    ("de", "Die CDU-Spitzenkandidatin gab sich trotz des knappen Vorsprungs siegessicher.", False, [], None),
    ("de", "Beobachter rechnen mit einem der härtesten Wahlkämpfe seit Jahrzehnten.", False, [], None),
    # --- Portugal election (Reuters), March 2 ---
    (
        "en",
        "LISBON, March 2 (Reuters) - The centre-right Democratic Alliance won Portugal's snap election on Sunday, taking 32.1% of the vote but falling short of the 116 seats needed for a majority in the 230-seat parliament.",
        True,
        [
            ("date", "--03-02", None, None),
            ("percent", 32.1, "%", None),
            ("count", 116, None, None),
            ("count", 230, None, None),
        ],
        None,
    ),
    (
        "en",
        "It was the country's third parliamentary election in three years.",
        True,
        [("ordinal", 3, None, None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "The far-right Chega came second with 22.8%, up 4.3 percentage points.",
        True,
        [("ordinal", 2, None, None), ("percent", 22.8, "%", None), ("percent", 4.3, "pp", None)],
        None,
    ),
    (
        "en",
        "Turnout was 61.9%, nearly two points higher than last time.",
        True,
        [("percent", 61.9, "%", None), ("percent", 2, "pp", "nearly")],
        None,
    ),
    ("en", "Political analysts said they doubted any government formed now would last long.", False, [], None),
    # --- Eurojackpot (dpa), Samstag ---
    (
        "de",
        "Münster (dpa) - Ein Lottospieler aus dem Münsterland hat den Eurojackpot geknackt und 74,3 Millionen Euro gewonnen.",
        True,
        [("money", 74300000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Jackpot war zuvor vierzehnmal in Folge nicht geknackt worden.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Die Gewinnwahrscheinlichkeit in der höchsten Klasse beträgt rund 1 zu 140 Millionen.",
        True,
        [("count", 1, None, "about"), ("count", 140000000, None, None)],
        None,
    ),
    (
        "de",
        "Der Spieler hatte seinen Schein mit sechs Feldern für 24 Euro in einer Annahmestelle abgegeben, teilte Westlotto mit.",
        True,
        [("count", 6, None, None), ("money", 24, "EUR", None)],
        "Westlotto",
    ),
    (
        "de",
        "Es ist der dritthöchste Gewinn, der je nach Nordrhein-Westfalen ging.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Westlotto riet dem Gewinner, sich Zeit zu lassen und zunächst niemandem von seinem Glück zu erzählen.",
        False,
        [],
        None,
    ),
    # --- Storm Ilse (PA), Thursday ---
    (
        "en",
        "LONDON (PA) - Storm Ilse brought gusts of up to 96mph to the Isle of Wight on Thursday, leaving hundreds of thousands of homes without power.",
        True,
        [("count", 96, None, "up_to")],
        None,
    ),
    (
        "en",
        "The Met Office's amber wind warning stretched across a third of England and Wales.",
        True,
        [("fraction", 0.3333, None, None)],
        None,
    ),
    (
        "en",
        "About 240 trains were cancelled across the south, and a dozen flights into Gatwick were diverted to Stansted and Manchester.",
        True,
        [("count", 240, None, "about"), ("count", 12, None, None)],
        None,
    ),
    (
        "en",
        "Power had been restored to all but 18,500 properties by Friday evening, National Grid said.",
        True,
        [("count", 18500, None, None)],
        "National Grid",
    ),
    ("en", "Drivers were urged to avoid all but essential journeys.", False, [], None),
    # --- Einbrüche in NRW (dpa/lnw), Montag ---
    (
        "de",
        "Düsseldorf (dpa/lnw) - Um ein knappes Zehntel auf 26.412 ist die Zahl der Wohnungseinbrüche in Nordrhein-Westfalen im vergangenen Jahr zurückgegangen.",
        True,
        [("fraction", 0.1, None, "nearly"), ("count", 26412, None, None)],
        None,
    ),
    (
        "de",
        "Die Aufklärungsquote stieg um 0,8 Punkte auf 14,6 Prozent, teilte das Innenministerium mit.",
        True,
        [("percent", 0.8, "pp", None), ("percent", 14.6, "%", None)],
        "das Innenministerium",
    ),
    (
        "de",
        "Der durchschnittliche Schaden lag bei 4.870 Euro, insgesamt summierte er sich auf rund 69 Mio. Euro.",
        True,
        [("money", 4870, "EUR", None), ("money", 69000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Innenminister Berthold Kranefuß sagte, die Polizei habe im Vorjahr 412 Tatverdächtige aus überregional agierenden Banden festgenommen.",
        True,
        [("count", 412, None, None)],
        "Berthold Kranefuß",
    ),
    ("de", "„Einbrecher sollen wissen, dass wir ihnen dicht auf den Fersen sind“, sagte Kranefuß.", False, [], None),
    (
        "de",
        "Die Polizeigewerkschaft hält die Personaldecke in den Kreispolizeibehörden weiterhin für viel zu dünn.",
        False,
        [],
        None,
    ),
    # --- Arvantix outlook (Reuters), March 4 ---
    (
        "en",
        "SAN FRANCISCO, March 4 (Reuters) - Chipmaker Arvantix guided for first-quarter revenue of $12.4bn, plus or minus 2%, beating the $11.9bn analysts had expected.",
        True,
        [
            ("date", "--03-04", None, None),
            ("ordinal", 1, None, None),
            ("money", 12400000000, "USD", None),
            ("percent", 2, "%", None),
            ("money", 11900000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Its market value rose by about $90bn to roughly $1.1tn in extended trade.",
        True,
        [("money", 90000000000, "USD", "about"), ("money", 1100000000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Data-center sales jumped sevenfold from a year earlier to $8.7bn.",
        True,
        [("count", 7, None, None), ("money", 8700000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The company said it would hire about 4,000 engineers this year, many of them on starting salaries above $180k.",
        True,
        [("count", 4000, None, "about"), ("money", 180000, "USD", "over")],
        "the company",
    ),
    (
        "en",
        "Gross margin narrowed by 1.4 percentage points to 71.2%.",
        True,
        [("percent", 1.4, "pp", None), ("percent", 71.2, "%", None)],
        None,
    ),
    ("en", '"Demand is simply insane," chief executive Rhea Adeyemi-Burke said.', False, [], None),
    # --- Flughafen Wien (APA), Mittwoch ---
    (
        "de",
        "Schwechat (APA) - Im Februar hat der Flughafen Wien 2,05 Mio. Passagiere abgefertigt, ein Plus von 4,3 Prozent gegenüber dem Februar des Vorjahres, teilte der Flughafen mit.",
        True,
        [("count", 2050000, None, None), ("percent", 4.3, "%", None)],
        "der Flughafen",
    ),
    (
        "de",
        "Das Frachtaufkommen stieg um ein Sechstel auf 24.300 Tonnen.",
        True,
        [("fraction", 0.1667, None, None), ("count", 24300, None, None)],
        None,
    ),
    (
        "de",
        "Vorständin Ilse Frauwallner-Kogler sagte, heuer würden erstmals mehr als 33 Millionen Fluggäste erwartet.",
        True,
        [("count", 33000000, None, "over")],
        "Ilse Frauwallner-Kogler",
    ),
    (
        "de",
        "Für die umstrittene dritte Piste rechnet der Flughafen mit Kosten von rund 2,3 Mrd. Euro, der Betrieb soll 2033 starten.",
        True,
        [("ordinal", 3, None, None), ("money", 2300000000, "EUR", "about"), ("year", 2033, None, None)],
        None,
    ),
    (
        "de",
        "Auf der Langstrecke stieg die Zahl der Flüge binnen fünf Jahren um das Dreieinhalbfache.",
        True,
        [("duration", 5, "year", None), ("count", 3.5, None, None)],
        None,
    ),
    ("de", "Anrainer fürchten mehr Fluglärm in den Abendstunden.", False, [], None),
    # --- Test cricket (AAP), Monday ---
    (
        "en",
        "WELLINGTON (AAP) - Australia beat New Zealand by an innings and 46 runs inside three days to win the second Test and clinch the series 2-0.",
        True,
        [("count", 46, None, None), ("duration", 3, "day", None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Fast bowler Lachlan Boddington took six wickets for 38 runs in the second innings, his best figures in 31 Tests.",
        True,
        [("count", 6, None, None), ("count", 38, None, None), ("ordinal", 2, None, None), ("count", 31, None, None)],
        None,
    ),
    (
        "en",
        "Opener Mitchell Dunsford made 187, his ninth Test century.",
        True,
        [("count", 187, None, None), ("ordinal", 9, None, None)],
        None,
    ),
    (
        "en",
        "Captain Hamish Pengelly-Vance said the side would name an unchanged 13-man squad for the tour of Sri Lanka.",
        True,
        [("count", 13, None, None)],
        "Hamish Pengelly-Vance",
    ),
    ("en", "\"That's as complete a performance as I've been part of,\" Pengelly-Vance said.", False, [], None),
    # --- Windausschreibung (dpa), Freitag ---
    (
        "de",
        "Bonn (dpa) - Die Bundesnetzagentur hat im Februar Ausschreibungen für Windparks an Land mit zusammen 3\u00a0412 Megawatt bezuschlagt.",
        True,
        [("count", 3412, None, None)],
        None,
    ),
    (
        "de",
        "Im Schnitt erhielten die Gewinner der Runde 6,83 Cent je Kilowattstunde.",
        True,
        [("money", 0.0683, "EUR", None)],
        None,
    ),
    (
        "de",
        "Gut zwei Fünftel der Zuschläge gingen nach Niedersachsen und Schleswig-Holstein, auf Bayern entfiel nur ein Zwanzigstel.",
        True,
        [("fraction", 0.4, None, "over"), ("fraction", 0.05, None, None)],
        None,
    ),
    (
        "de",
        "Im vergangenen Jahr deckten erneuerbare Energien 55,6 Prozent des Bruttostromverbrauchs, teilte die Bundesnetzagentur mit.",
        True,
        [("percent", 55.6, "%", None)],
        "die Bundesnetzagentur",
    ),
    (
        "de",
        "An der Strombörse fiel der Preis am Sonntagmittag zeitweise auf −18,40 Euro je Megawattstunde.",
        True,
        [("money", -18.4, "EUR", None)],
        None,
    ),
    ("de", "Branchenvertreter halten das Ausbautempo dennoch für viel zu gering.", False, [], None),
    # --- Channel crossings (PA), Wednesday ---
    (
        "en",
        "LONDON (PA) - More than 1,100 migrants crossed the Channel in small boats on Tuesday, the highest daily total this year, Home Office figures show.",
        True,
        [("count", 1100, None, "over")],
        None,
    ),
    (
        "en",
        "The people arrived in 19 boats, an average of 58 per boat.",
        True,
        [("count", 19, None, None), ("count", 58, None, None)],
        None,
    ),
    (
        "en",
        "So far this year 4,312 people have made the crossing, nearly a fifth more than at the same point last year.",
        True,
        [("count", 4312, None, None), ("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "en",
        "Home Secretary Imogen Farthingale said 2,740 people had been returned to France and other countries since October.",
        True,
        [("count", 2740, None, None)],
        "Imogen Farthingale",
    ),
    ("en", 'Farthingale said the government would "not rest until the boats are stopped".', False, [], None),
    ("en", "Charities accused ministers of treating desperate people as a numbers game.", False, [], None),
    # --- Anlagebetrug in Graz (APA), Freitag ---
    (
        "de",
        "Graz (APA) - Ein 46-jähriger Steirer ist am Landesgericht Graz wegen schweren gewerbsmäßigen Betrugs zu dreieinhalb Jahren Haft verurteilt worden.",
        True,
        [("duration", 46, "year", None), ("duration", 3.5, "year", None)],
        None,
    ),
    (
        "de",
        "Er soll über zweieinhalb Jahre hinweg rund 130 Anleger um insgesamt 4,2 Mio. Euro gebracht haben.",
        True,
        [("duration", 2.5, "year", None), ("count", 130, None, "about"), ("money", 4200000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Bei den meisten Opfern lag der Schaden im fünfstelligen Bereich, bei einem Pensionisten bei knapp 310.000 Euro.",
        True,
        [("money", 310000, "EUR", "nearly")],
        None,
    ),
    ("de", "Die Staatsanwaltschaft hatte viereinhalb Jahre gefordert.", True, [("duration", 4.5, "year", None)], None),
    ("de", "„Mein Mandant bereut zutiefst, was er angerichtet hat“, sagte der Verteidiger.", False, [], None),
    # --- Wall Street (Reuters), March 3 ---
    (
        "en",
        "NEW YORK, March 3 (Reuters) - Wall Street's main indexes fell sharply on Tuesday, with the Nasdaq losing 2.3% in its worst day since December.",
        True,
        [("date", "--03-03", None, None), ("percent", 2.3, "%", None)],
        None,
    ),
    (
        "en",
        "The S&P 500 shed 1.1% to 5,812.47 points and the Dow fell 412 points, or 0.9%.",
        True,
        [
            ("percent", 1.1, "%", None),
            ("count", 5812.47, None, None),
            ("count", 412, None, None),
            ("percent", 0.9, "%", None),
        ],
        None,
    ),
    (
        "en",
        "The sell-off wiped roughly half a trillion dollars off the value of the seven largest U.S. tech companies.",
        True,
        [("money", 500000000000, "USD", "about"), ("count", 7, None, None)],
        None,
    ),
    (
        "en",
        "The Cboe Volatility index jumped to 24.6, its highest level in seven weeks.",
        True,
        [("count", 24.6, None, None), ("duration", 7, "week", None)],
        None,
    ),
    (
        "en",
        "Some strategists said they thought the market was overdue a correction after a strong run.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"Nobody wants to be the last one holding these stocks," said one portfolio manager in Boston.',
        False,
        [],
        None,
    ),
]
