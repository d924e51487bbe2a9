"""Three-hundred-and-fifty-seventh blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, a portal and figures are
made up (Annick Dewaele, Rui Sardinha, Eckhart Wohlfeil, Gebhard Pfannhauser, Matthias
Inderbitzin, Séverine Chappuis, Jörn Stapelfeldt and the Bankhaus Kettelsen, Marlies
Oberkofler and the Alpenbank Salzach, Wiebke Harmsen and Förde Capital, Konstanze
Reichenbach and the Landesbank Mittelrhein, the portal Zinskompass; Eleanor Whitfield,
Harold Brinkerhoff, Celia Vantongeren, Lionel Abernathy, Brett Yarborough and Ellsworth
Hill Advisors, Dolores Whitacre, Magnus Ekwall, Sanna Lindqvist and Norrviken Bank, Torunn
Haldorsen, Erik Solbakken and Fjellheim Markets, Rupert Ashenden, Catherine Ellery, Anand
Sethuraman, Nadia Okwuosa and Greyfriars Capital, Harriet Combes, Hanne Vestergaard and
Skagen Markets, Oliver Kempthorne and Marchmont Securities, Priyanka Raman and Halden
Street Capital, Ingrid Solheim, Johan Lindquist, Ruth Pemberton, Colm Ashby; every unnamed
economist, strategist, trader, saver, lawmaker, spokesperson and consumer advocate); the
chairs, presidents, governors, deputy governors, chief economists and committee members of
real central banks appear under made-up names that stand for no real holder, or by their
role only ("The Chancellor", "ein Sprecher des Industrieverbands Swissmem"). Real central
banks, offices, bodies, parties, papers, markets and places (Europäische Zentralbank, EZB,
EZB-Rat, Eurosystem, APP, PEPP, Deutsche Bundesbank, Oesterreichische Nationalbank (OeNB),
Statistik Austria, Arbeiterkammer, Industriellenvereinigung, FPÖ, Schweizerische
Nationalbank (SNB), Bundesamt für Statistik (BFS), Hauseigentümerverband, Swissmem, Norges
Bank, Reichsbank, Bank of England, US-Notenbank Fed, Offenmarktausschuss, Dax, MDax,
„Börsen-Zeitung“; the Federal Reserve, the Kansas City and Dallas Feds, CME Group's FedWatch
tool, the S&P 500, the Dow Jones Industrial Average, the Nasdaq, MSCI, the Nikkei, LSEG, the
Riksbank, the CPIF, the Swiss National Bank, Norges Bank, the Bank of England, the Monetary
Policy Committee, the Office for National Statistics, Moneyfacts, UK Finance, the
Conservatives, the ECB, Eurostat, Bloomberg, Toledo, Leeds, and the datelines' cities)
stand for the way wire copy names them; every rate, vote, projection, path, price, yield,
exchange rate, balance sheet, purchase pace, poll, probability, quote, label and reaction
here is invented, and where a real figure came to mind (a real policy rate or vote, a real
dot plot, a real balance sheet or reserve level, a real currency purchase, a real peak) it
was changed.

Its weight: CENTRAL BANKS AND MONETARY POLICY, fifth round (the eighty-seventh,
hundred-thirty-ninth, two-hundred-and-seventeenth and three-hundred-and-twenty-fourth
batches weighed central banks, inflation and rates, the two-hundred-and-ninety-fourth and
three-hundred-and-fifty-first financial markets; their decisions are kept), this time as
one news day of rate decisions - the Fed's decision on the evening of Wednesday, December
17, 2031, and the European "Notenbank-Donnerstag" that follows, December 18 - as 30 short
stories in story order, from the Fed's cut and Wall Street's close through the morning
agenda, Asia, the Riksbank, the SNB, Norges Bank, the OeNB's forecast, the Bank of England
and the ECB to the reactions, the currencies, the Fed's balance sheet, savers and the
Frankfurt close, the German and English stories interleaved. German (dpa, dpa-AFX with its
"TAGESVORSCHAU:" agenda lines, reaction lines, "Aktien Frankfurt Schluss:" and a
"Pressestimme:", a Reuters German all-capitals flash, Reuters German, APA with Austrian
"heuer", awp with "Mrd. Fr.", Keystone-SDA with Swiss "Grossbanken", "begrüsste", «»
quotes, German „“ quotes): the Fed's cut with its dissents and dots, Thursday's agenda,
the Fed chair on bill purchases, the Reichsbank, the SNB's assessment with its conditional
forecast, its currency purchases and its next date, Norway's cut, the OeNB's forecast for
Austria, the Bank of England's 5:4 cut, the ECB's fifth hold with its staff projections
in the "(September-Prognose: ...)" form and the Eurosystem's balance sheet in "Bio. Euro",
the ECB president's press conference, economists' reaction lines, the Bundesbank
president's warning, Austrian and Swiss reactions, savers and borrowers, and the Frankfurt
close with a press voice. English (Reuters with its flashes, "US STOCKS-", "FOREX-",
"TREASURIES-", "FACTBOX-", an economic calendar and a credit line, AP, PA and
Bloomberg-style "(Bloomberg) --" copy): the Fed's 9-3 cut with its dot plot, its bill
purchases and market pricing, Wall Street and Treasuries, AP's dissents and a vox pop,
Asia's morning, the Riksbank's hold with its rate path, the SNB at zero, Norges Bank's
cut with its path, the Bank of England's two-round "4-4-1" and "5-4" vote with its
forecasts, gilt sales, sterling and mortgages, the ECB's hold with staff projections and
run-off, Bloomberg-style pricing, economists' reactions, currencies and the Fed's balance
sheet. Figures as such copy has them: policy rates and ranges, moves in basis points and
percentage points, votes and committee sizes ("9-3", "4-4-1", "mit 5:4 Stimmen",
"neunköpfigen", "dreiköpfige", "five-member"), median projections over the years 2031 to
2034 and rate paths by quarter, market odds in percent and as fractions, balance sheets and
purchase paces in billions and trillions of dollars, euros, pounds and francs, exchange
rates in dollars, yen, francs and Swedish and Norwegian crowns, yields with their
maturities; number words and compounds ("zweitägigen", "anderthalb", "Dreimonatshoch",
"Viertelprozentpunkt", "half-point", "quarter-point", "25-basis-point", "11-week low",
"one or two more", „ein bis zwei“), fractions ("Knapp zwei Drittel", „zu gut einem
Drittel“, "About a third", "Two-thirds", „Jeder vierte“, „knapp die Hälfte“, "roughly a
fifth"), ordinals (straight holds and cuts, rounds of voting, quarters), hedges and ranges.
About a quarter of the rows are negatives as such copy has them, none with a figure:
central bankers' quoted and reported guidance and assessments, a warning lead, labels,
economists' and strategists' verdicts and expectations held as verdicts, a stance told by
anonymous sources, complaints, an appeal, a reproach, advice, a vox pop, open questions,
refusals to say, market colour, headings, teasers, a press voice, a service note and a
credit line, each near a check-worthy look-alike from the same story (often the same
speaker's figure, step or readiness).

236 rows (119 German, 117 English), 57 negatives (30 German, 27 English), 179 check-worthy
rows of which 10 carry no figure (7 German, 3 English), 387 expected quantities (169
percentages - 144 in "%", 15 in percentage points "pp", 10 in basis points "bp" -, 53
years, 52 counts, 43 amounts of money - 17 USD, 8 EUR, 6 CHF, 5 GBP, 3 SEK, 2 JPY, 2 NOK -,
24 durations - 15 in years, 5 in months, 2 in days, 2 in weeks -, 24 ordinals, 14 dates, 8
fractions; none of them in a negative), 35 checked speakers (17 German, 18 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "New:" marks what this batch decides):
- A row is one sentence or one line as sent and is judged alone (sixteenth; thirty-second
  and the flash rounds). A quoted or reported assessment, reassurance, label, hope,
  warning, verdict or piece of rhetoric is a negative with speaker None, also with a named
  speaker and an office (seventh, ninety-eighth, hundred-thirty-ninth,
  two-hundred-and-seventeenth, three-hundred-and-twenty-fourth); a quoted or reported
  figure, step, forecast, estimate, tally, plan or position is check-worthy with its
  speaker, also in Konjunktiv I (hundred-thirty-ninth). Pairs from one speaker:
  Whitfield's projections, her 38,000 jobs and her bill purchases beside "we can afford
  some patience", „könne sich nun Zeit lassen“, „nicht auf einem vorgezeichneten Pfad“ and
  her refusal to say; Ekwall's unanimous five-member board beside "We need to be patient"
  and „Phase der Geduld“; Inderbitzin's 2.4 billion francs, his readiness to intervene and
  his option kept open beside "The franc remains highly valued"; Haldorsen's 2.9% and 2.5%
  beside "The krone's weakness"; Ashenden's gilt review beside "The path for Bank Rate is
  still downward"; Pfannhauser's half point and his 1.75 percent beside „Die letzte Meile“
  and „gut begründet“; Dewaele's two members and her 2032 review beside "Policy is where it
  should be", „in einer guten Position“, „von Sitzung zu Sitzung“ and her refusal to say;
  Raman's 1.75% beside "a comfortable corner"; Wohlfeil's 2.2 and 2.0 percent beside his
  warning lead and „Wer jetzt schon ...“; Swissmem's 3.4 percent beside its spokesman's
  «Belastungsprobe» (a role, and a negative).
- Forward guidance that names neither a figure nor a committed step is a negative, quoted,
  reported or in Konjunktiv I and whoever gives it (hundred-thirty-ninth,
  two-hundred-and-seventeenth, three-hundred-and-twenty-fourth): the lines above, "The
  path for Bank Rate is still downward, but the case for each further cut is becoming
  more finely balanced", „Über den nächsten Schritt werde der Rat von Sitzung zu Sitzung
  ... entscheiden“; so is a story's lead made only of a warning that names no measure
  („Bundesbankpräsident Eckhart Wohlfeil hat vor verfrühten Hoffnungen auf weitere
  Zinssenkungen gewarnt.“; three-hundred-and-twenty-fourth). New: a stance told through
  anonymous sources ("Officials are comfortable with market pricing, according to people
  familiar with their thinking, ...") is a negative as the same stance quoted would be -
  the sources add no figure or step, and "according to" names no speaker
  (two-hundred-and-seventeenth). Check-worthy without a figure (eighty-fifth,
  eighty-seventh, hundred-thirty-ninth, three-hundred-and-twenty-fourth): a stated
  readiness to use a named instrument («Wo nötig, intervenieren wir weiterhin am
  Devisenmarkt»), an option kept open („Einen erneuten Schritt in den negativen Bereich
  schloss Inderbitzin nicht aus, ...“), a review or release scheduled ("the committee
  would review the pace of its gilt sales in September as planned", „Ihre vollständige
  Prognose ... legt die Bundesbank am Freitag vor.“), a plan announced („Die Schweizer
  Grossbanken wollen die Zinsen auf Sparkonten vorerst nicht weiter senken.“;
  hundred-thirty-ninth: „Die Grossbanken kündigten an, ...“), a consensus stated as what
  economists had expected („Sämtliche von dpa-AFX befragten Ökonomen hatten die Zinspause
  erwartet.“, "Economists surveyed by Bloomberg had unanimously expected the ECB to stand
  pat."), the agenda line of a press conference and the headlines "FOREX-Sterling slips
  after BoE cut, Swiss franc steady" and „Aktien Frankfurt Schluss: Dax schließt nach
  Notenbank-Marathon mit Gewinnen“ (three-hundred-and-fifty-sixth).
- Forecasts, projections, rate paths and market pricing with a figure are check-worthy
  (eighty-seventh, hundred-thirty-ninth, two-hundred-and-seventeenth,
  three-hundred-and-twenty-fourth): the Fed's median projections and dot plot, the
  Riksbank's, Norges Bank's, the SNB's, the OeNB's, the Bank of England's, the ECB staff's
  and the Bundesbank's figures, and the odds in futures, swaps and money markets; so is an
  individual economist's or strategist's forecast with a figure (two-hundred-and-
  seventeenth: Kempthorne's "just one more cut ... to 3.00%", Raman's 1.75%, Lindqvist's
  first hike in the fourth quarter of 2032). Verdicts and expectations held as verdicts
  without a figure are negatives (ninety-eighth, three-hundred-and-fourteenth): „Ökonomen
  halten es für wahrscheinlich, dass ...“, „Einige Notenbanker halten weitere Senkungen im
  Frühjahr dennoch für gut möglich.“, "Several strategists said the SNB would be forced
  back into negative territory sooner or later.", "Some analysts said the new forecasts
  left the door to further easing only slightly ajar.", the quoted verdicts of Yarborough,
  Okwuosa, Raman, Solbakken and Vestergaard, and "Analysten werteten das
  Abstimmungsergebnis als Zeichen wachsender Uneinigkeit ..." (a reading of the vote as a
  label, hundred-thirty-ninth).
- New: dpa-AFX's reaction lines that head a quote with the economist's name, role and
  firm and a colon („Jörn Stapelfeldt, Chefvolkswirt Bankhaus Kettelsen: „...““) are
  judged on the quote, the name unchecked - a source before a colon, as the
  three-hundred-and-fifty-sixth leaves the policymaker's name heading a flash ("ECB'S
  KOWALEWSKA: ...") unchecked. Stapelfeldt's forecast (2032 and 1.75 percent),
  Reichenbach's 2033 and Harmsen's market pricing (30 percent "about"; the verdict joined
  to it does not undo the checkable figure, as a checkable act paired with a label keeps a
  row, hundred-sixteenth and hundred-sixtieth) are check-worthy; Oberkofler's „Die EZB
  wirkt zufrieden mit sich selbst“ is a negative, and so is the heading „Ökonomen zur
  Zinsentscheidung der EZB – die Stimmen im Überblick“, as "FACTBOX-Economists react to
  ..." (three-hundred-and-fifty-sixth).
- Votes and boards are counts, one per figure (sixth, tenth, eighty-seventh,
  hundred-thirty-ninth, two-hundred-and-seventeenth, three-hundred-and-twenty-fourth):
  "The vote was 9-3", "VOTE 5-4" in a flash, "a 5-4 majority", „mit 5:4 Stimmen“, "three
  policymakers", "three officials", „Drei der zwölf stimmberechtigten Mitglieder“ 3 and 12,
  "Seven of the 19 officials" and „sieben der 19 Notenbanker“ 7 and 19, "seven of its last
  10 meetings" 7 and 10, "as forecast by all 14 economists" 14 ("all" no hedge), "41 of 58
  economists", "Eleven of the 16 economists", "two members" (twice), "Deputy Governor
  Catherine Ellery and three other members" 3, "the nine-member Monetary Policy
  Committee", „Im neunköpfigen geldpolitischen Ausschuss“ 9, „Das dreiköpfige
  Direktorium“ 3, „Das fünfköpfige geldpolitische Komitee“ and "the five-member board's"
  5; "the rest", "a broad consensus", "die große Mehrheit", "einstimmig" and "unanimous"
  none. New: the Bank of England's first round "split three ways, 4-4-1" gives count 3 and
  the three counts 4, 4 and 1 - a three-way tally is read one count per figure, as "7-2"
  gives two and "9-0" gives its zero (two-hundred-and-seventeenth) -, "In a first round of
  voting" ordinal 1 and "a second ballot" ordinal 2 (two-hundred-and-fourth: „in erster
  Lesung“ 1; hundred-thirty-ninth: "for a second consecutive meeting" 2).
- Cuts counted and ordered (eighty-seventh, hundred-thirty-ninth,
  two-hundred-and-seventeenth, three-hundred-and-twenty-fourth): "one quarter-point cut in
  2032 and one more in 2033" counts 1 and 1 with 0.25 pp, "one or two more reductions" 1
  and 2, "after nine cuts" 9, "has since been cut four times" 4 (the issue's "viermal"),
  "just one more cut" 1 ("just" no hedge), "at least one more ECB cut" 1 "at_least"; New:
  „ein bis zwei weitere Schritte“ gives counts 1 and 2 - „ein“ heading the range „bis zwei“
  is the number word, as "one or two further reductions" (eighty-seventh,
  hundred-thirty-ninth), while „eine weitere Zinssenkung“, "another cut" and "a further ECB
  cut" carry none (three-hundred-and-twenty-fourth: „eine weitere Senkung um einen
  Viertelprozentpunkt“ the 0.25 pp only). Ordinals: "their third in a row", "for the third
  time in a row", „zum dritten Mal in Folge“ (twice), "for a third straight meeting",
  „zum fünften Mal in Folge“, "for a fifth straight meeting", "for a fifth meeting", "its
  fifth quarter-point cut", „die fünfte Zinssenkung“, "a second cut this year", „die
  zweite Senkung“, "the first time since 2019" 1 and the year, "the first hike in the
  fourth quarter of 2032" 1, 4 and the year; quarters ("until the third quarter of 2032",
  „bis ins dritte Quartal 2032“, "in the second quarter of next year", "in the third
  quarter" twice, „Im dritten Quartal“) and „in den ersten neun Monaten“ (1 and 9 months;
  forty-second). „keinem weiteren Zinsschritt“, „gar keiner Zinssenkung“ and "no
  reductions at all" carry none.
- Rates and moves (eleventh, sixty-second, eighty-seventh, hundred-thirty-ninth,
  two-hundred-and-seventeenth, three-hundred-and-twenty-fourth): levels in percent as
  written (trailing zeros no other value, seventy-first; "0,00 %" 0.0, „bei 0 Prozent“ and
  "at 0%" 0, „auf null Prozent“ 0 - eleventh and fourteenth); ranges both ends ("a
  3.00%-3.25% range", „3,00 bis 3,25 Prozent“). New: "the SNB's target range of 0-2%"
  gives 0 and 2 - a range with zero at one end is read as any range, as "voted 9-0" gives
  its zero (two-hundred-and-seventeenth), and "well below the" before the range bounds
  neither figure (hundredth: a hedge before "the" none). Moves in basis points in "bp" ("a
  25-basis-point rate cut" 25, "5 basis points", "8 basis points", "3 basis points", "6
  basis points", "4 basis points", „4 Basispunkte mehr“ - the "mehr" after the figure
  compares -, "about 35 basis points ... 50 basis points", "about 12 basis points") and in
  percentage points in "pp" ("a larger half-point cut", "a half-point move", "a bigger
  half-point cut" 0.5, "one quarter-point cut" and "its fifth quarter-point cut" 0.25, „um
  einen Viertelprozentpunkt“, „um 0,25 Prozentpunkte“ twice, „um insgesamt 2,25
  Prozentpunkte“, „summieren sich die Senkungen auf 2,25 Prozentpunkte“, "totalling 2.25
  percentage points" with no hedge, „um rund einen halben Prozentpunkt“ 0.5 "about", "about
  one percentage point" 1 "about" - hundred-twenty-fifth: "one percentage point";
  two-hundred-and-seventeenth: „um rund einen Prozentpunkt“ -, „rund 0,4 Prozentpunkte
  weniger“ 0.4 "about"). Targets keep their figure with no hedge when a word stands
  between the hedge and the target ("slightly above the Riksbank's 2% target", "above the
  2% target", "its 2% goal", „unter der Zwei-Prozent-Marke“ 2 - two-hundred-and-
  seventeenth: „die Vier-Prozent-Marke“), while "below 1%" bounds its figure ("under").
  "Leitzins", "Einlagensatz", "Hauptrefinanzierungssatz", "Spitzenrefinanzierungssatz",
  "Bank Rate", "Nullzins", "neutral", "core", "Kernrate", "PCE", "CPIF", "dot plot",
  "APP", "PEPP", "S&P 500", "Dow Jones Industrial Average", "MDax" and "Nikkei" carry
  none.
- Market pricing: "a 22% chance ..., down from 35%", "a roughly 30% chance" and "about a
  25% chance" "about", "down from 40%", „zu etwa 30 Prozent“ "about". New: odds written as
  a fraction stay a fraction („Eine Senkung im März ist am Geldmarkt nur noch zu gut einem
  Drittel eingepreist.“ 0.3333 "over", „nur noch“ no hedge) - the form written decides the
  kind, as "about 47% of all outstanding government bonds" stays a percentage
  (three-hundred-and-twenty-fourth).
- Calendar lines, flashes and headlines (three-hundred-and-thirty-third,
  three-hundred-and-fifty-sixth): dpa-AFX's agenda lines ("09:30 CHE: SNB, Zinsentscheid,
  Leitzins Prognose: 0,00 %, zuvor: 0,00 %" and the others) give both figures, the clock,
  the country code, "Prognose:" and "zuvor:" none; "14:45 EUR: EZB, Pressekonferenz mit
  Präsidentin Annick Dewaele" is check-worthy without a figure; Reuters' calendar lines
  "0830 GMT - Sweden - Riksbank policy decision (prior 1.75%)" 1.75 and "(Reuters poll
  3.25%, prior 3.50%)" both; the headings "TAGESVORSCHAU: Der Notenbank-Donnerstag im
  Überblick" and "Reuters economic calendar: Thursday's central bank decisions (times
  GMT)" are negatives. The flashes "BANK OF ENGLAND CUTS BANK RATE TO 3.25% FROM 3.50%,
  VOTE 5-4", "SNB KEEPS POLICY RATE AT 0%, SEES 2032 INFLATION AT 0.3%" and „EZB BELÄSST
  EINLAGENSATZ BEI 1,75 PROZENT“ (read as the same words in lower case) carry their
  figures; the slugs "US STOCKS-", "FOREX-", "TREASURIES-" and "Aktien Frankfurt Schluss:"
  carry nothing ("TREASURIES-Two-year yields hit 11-week low as Fed cut sinks in" 2 years
  and 11 weeks). Headings, teasers, the press voice and service lines are negatives ("What
  the Fed's latest cut means for your mortgage, ...", „Was bedeutet die Zinspause für
  Sparer und Häuslebauer?“, "FACTBOX-...", „Pressestimme: „Börsen-Zeitung“ zur Zinspause
  der EZB“ and the paper's commentary, „Hinweis an die Redaktionen: ...“, the credit
  line).
- Inflation prints and projections (eighty-fifth, hundred-thirty-ninth,
  two-hundred-and-seventeenth): rates as written; "1,8 (September-Prognose: 1,7) Prozent"
  gives both in % - the bracketed label carries nothing and the unit written once serves
  the earlier figure (three-hundred-and-fifty-sixth: „auf 1,1873 (Donnerstag: 1,1807)
  Dollar“; hundred-thirty-ninth: a month inside a compound none); "from 3.0% in
  September", "from 3.6%", „nach bisher 2,4 Prozent“, „nach zuvor 0,5 Prozent“ the second
  figures; comparison tags none („über dem Niveau des Vorjahres“, „vor einem Jahr“, "a
  year later", „am Vortag“).
- Bonds, currencies and indices (eleventh, sixty-second, hundred-thirty-ninth,
  two-hundred-and-seventeenth, three-hundred-and-twenty-fourth, three-hundred-and-fifty-
  sixth): maturities are durations ("10-year" twice, "two-year yields", "the 30-year
  bond", "Two-year gilt yields", "the average two-year fixed deal", "a one-year fixed-rate
  bond" 1 year, „zehnjährige Baukredite“, „Zehnjährige Bundesanleihen“); records keep
  their span ("its weakest in three weeks" 3 weeks, "11-week low", „ein Dreimonatshoch“ 3
  months - the number word fused with the unit, as „Dreimonatsfrist“ and "two-month low",
  "its sharpest one-day slide since mid-October" 1 day, "its lowest level in more than four
  years" 4 years "over"). Exchange rates are money in the priced currency: „auf 1,1876
  Dollar“, „bei 1,1812 Dollar“, "$1.1831", "$1.1835", "$1.3187" and „1,3187 Dollar“,
  "$1.3152", „1,1829 Dollar“, „1,1838 Dollar“ and „1,1842 Dollar“ USD; "153.10 yen" JPY
  (the currency named) and "153.85 per dollar" after "The yen" JPY; "10.87 per euro from
  10.93" after "The crown" in the Stockholm story SEK, both, and „auf 10,87 Kronen“ in the
  Stockholm story SEK (hundred-first: the bare „Kronen“ takes its country from the row);
  "11.62 per euro" and „11,62 Kronen“ in the Oslo stories NOK; „0,9287 je Euro“ after „Der
  Franken“, "0.9281 per euro" and "0.9291 per euro" after the franc CHF. Index levels are
  counts ("7,412.36", „26.418 Punkten“, „33.562 Punkte“, "down 0.3% at 96.84" with "its
  index against six peers" 6).
- Balance sheets, purchases and money (eleventh, eighty-seventh, hundred-thirty-ninth,
  three-hundred-and-twenty-fourth): "roughly $35 billion a month" and „rund 35 Milliarden
  Dollar im Monat“ USD "about" ("a month", „im Monat“, „pro Monat“ none), "up to $15
  billion a month" "up_to", "$6.52 trillion", "about $2.9 trillion", "about $2.4 trillion
  from a 2022 peak of nearly $9 trillion" ("a 2022 peak" the year, two-hundred-and-seventy-
  sixth: "a 2024 Supreme Court ruling"), "70 billion pounds ... 100 billion pounds" and
  „70 Milliarden Pfund“ GBP, „um gut 3 Billionen Euro“ "over", „um 18 Milliarden auf 2,16
  Billionen Euro“ both EUR (the currency written once serving the earlier figure), „um
  durchschnittlich 42 Milliarden Euro pro Monat“ with no hedge and "around 42 billion euros
  a month" "about", „für 2,4 Mrd. Fr. Devisen“ and "2.4 billion Swiss francs" CHF, „rund
  752 Milliarden Franken“ "about", "£250,000" and "about £32" GBP, „400.000 Euro“ and „etwa
  85 Euro weniger im Monat“ EUR. New: „5,7 Bio. Euro“ is 5.7e12 EUR - "Bio." abbreviates
  „Billionen“ as "Mrd." abbreviates „Milliarden“ (three-hundred-and-fifty-sixth: "18,5 Mrd
  Euro"), and „Billionen Euro“ are 1e12 (eleventh, three-hundred-and-twenty-fourth).
- Fractions (the issue; hundred-thirty-ninth, three-hundred-and-twenty-fourth): „Knapp zwei
  Drittel der von Reuters befragten Ökonomen“ 0.6667 "nearly", „zu gut einem Drittel“
  0.3333 "over", „noch knapp die Hälfte“ 0.5 "nearly" („noch“ no hedge), „Rund ein Fünftel
  davon“ 0.2 "about", „Jeder vierte Sparer“ 0.25 (the issue's "jeder vierte"), "About a
  third of respondents" 0.3333 "about", "Two-thirds of economists" 0.6667, "roughly a fifth
  of the Fed's securities portfolio" 0.2 "about".
- Durations (the issue: "fünfstündigen"; every batch): „nach ihrer zweitägigen Sitzung“ 2
  days, "over the past three months" 3 months and "over the 12 months to September" 12
  months ("over" before a span no hedge), „in den zwölf Monaten bis September“ 12 months,
  „Seit gut anderthalb Jahren“ 1.5 years "over" (fiftieth: „anderthalb“), "for more than
  four years" 4 years "over", "three years ago" 3 years, „über zehn Jahre“ 10 years („über“
  before a span no hedge). None: "this year", "next year", "a year later", "a day earlier",
  "last week", "last week's", "by June", "until at least April", "since June", "since
  mid-October", "since early November", „im kommenden Jahr“, „heuer“, „im laufenden Jahr“,
  „in diesem Jahr“, „vor einem Jahr“, „am Vortag“, „am Mittwochabend“, „am Abend“, „im
  Frühjahr“, months, weekdays and clock times.
- Years and dates: projection years 2031 to 2034 ("in 2032", "at the end of 2032", "at
  end-2033" - eighty-seventh -, "by the end of 2034", "by the middle of 2032", "in early
  2033", „für 2032“, „bis Ende 2032“, „bis Ende 2033“, „erst 2033“), "since 2019", „seit
  2019“, „Seit September 2024“, "since June 2024", „seit Juni 2024“, "in 2024", „im Sommer
  2022“. New: "until at least the middle of 2033" gives the year with no qualifier - "at
  least" stands before "the middle" and bounds no figure, as a hedge before the article
  bounds none (hundredth: "just below the 50% threshold"; two-hundred-and-forty-fourth:
  "far more than the 600 to 800") -, while "at least one more ECB cut" bounds its count 1.
  Dates without a year: "on Jan. 2" and „ab dem 2. Januar“ --01-02, "on Dec. 1" --12-01,
  „am 18. März“ --03-18, „am 5. Februar“ --02-05; Reuters English datelines with a day
  ("WASHINGTON, Dec 17" --12-17; "TOKYO, Dec 18", "STOCKHOLM, Dec 18", "ZURICH, Dec 18",
  "OSLO, Dec 18", "LONDON, Dec 18", "FRANKFURT, Dec 18", "NEW YORK, Dec 18", "WASHINGTON,
  Dec 18" --12-18); dpa, dpa-AFX, Reuters German, APA, awp, Keystone-SDA, AP ("WASHINGTON
  (AP) —"), PA ("LONDON (PA) -") and Bloomberg ("(Bloomberg) --") datelines none
  (seventy-ninth, hundred-thirtieth).
- Hedges, only the names in use: "about", "roughly", "around", „rund“, „Rund“, „etwa“
  "about"; "nearly", „knapp“, „Knapp“ "nearly"; "more than", „gut“ "over"; "below"
  "under"; "up to" "up_to"; "at least" before a figure "at_least". No hedge: "just",
  "only", "all", "totalling", "an average of", "currently", „insgesamt“, „im Schnitt“, „Im
  Schnitt“, „im Mittel“, „durchschnittlich“, „zeitweise“, „bereits“, „nur noch“, „noch“,
  „derzeit“, „zuletzt“, "well below the", "slightly above the", "above the", „unter der“,
  "at least the middle of", the "-", "to" and „bis“ of a range, and „mehr“, „weniger“
  after a figure.
- Speakers, checked only in forms the earlier batches settled: „wie die Fed am Mittwoch
  nach ihrer zweitägigen Sitzung in Washington mitteilte“ -> "die Fed" and „wie die EZB
  nach ihrer Ratssitzung mitteilte“ -> "die EZB" (two-hundred-and-seventeenth: "wie die EZB
  nach der zweitägigen Ratssitzung mitteilte"), „nach Angaben der EZB“ -> "die EZB"
  (hundred-fifty-first: „Nach Angaben der Bundesbank“), „teilte die Bundesbank mit“,
  „teilte die Statistik Austria in einer Schnellschätzung mit“ -> "die Statistik Austria"
  (three-hundred-and-twenty-fourth: "auf Basis einer Schnellschätzung"), „laut Statistik
  Austria“ -> "Statistik Austria" and „laut OeNB“ -> "OeNB" twice (as written,
  hundred-thirty-ninth: „laut Bundesamt für Statistik“), „teilte das BFS mit“ -> "das BFS"
  (the abbreviation standing as the name, as „teilte die GDL am Mittwoch mit“ -> "die GDL",
  three-hundredth), „teilte Swissmem mit“ as written (forty-seventh: „teilte MeteoSchweiz
  mit“); „Fed-Chefin Eleanor Whitfield sagte“, „OeNB-Gouverneur Gebhard Pfannhauser
  sagte“, „Dewaele sagte“, „Wohlfeil sagte“, „sagte SNB-Präsident Matthias Inderbitzin an
  der Medienkonferenz in Bern“, „sagte EZB-Chefvolkswirt Rui Sardinha in einem Interview“
  and „Pfannhauser sagte vor Journalisten“ the name with the title, the occasion and the
  audience dropped (eighty-seventh, hundred-thirty-ninth, three-hundred-and-twenty-fourth).
  English: "The Fed said in a statement" -> "the Fed" (hundred-thirty-ninth), "The
  Riksbank said" -> "the Riksbank" and "The BoE said" -> "the BoE" (the article lowered,
  hundred-fourteenth), "Norges Bank said" as written (hundred-thirty-ninth), "the Office for
  National Statistics said a day earlier" with the time phrase dropped as a weekday is
  (hundred-thirty-ninth: "the Office for National Statistics said"), "according to
  Moneyfacts" as written (two-hundred-and-seventeenth), "Whitfield said" twice (once "at a
  news conference"), "Abernathy said in a statement released after the meeting",
  "Haldorsen said", "Dewaele said", "Raman said", "Governor Magnus Ekwall said", "SNB
  Chairman Matthias Inderbitzin said", "ECB President Annick Dewaele told a news
  conference", "Ashenden told reporters" and quotes followed by "said Sanna Lindqvist,
  chief economist at Norrviken Bank" and "said Oliver Kempthorne, chief UK economist at
  Marchmont Securities" the name (hundred-thirty-ninth, two-hundred-and-seventeenth,
  three-hundred-and-twenty-fourth). Left unchecked (None): all negatives, also those with
  a named speaker; the names heading dpa-AFX's reaction lines (new, above); "In his own
  statement, Brinkerhoff said" (an opening phrase before the name, two-hundred-and-
  seventeenth: "In a statement, board member Keiko Hanazawa said"); "Norges Bank on
  Thursday trimmed ... and signaled" and „schloss ... nicht aus“ (no verbs of saying);
  "according to CME Group's FedWatch tool", "according to LSEG data", "according to
  weekly data", "the so-called dot plot showed", "New projections showed", "the
  projections showed", "Moneyfacts figures show", "data compiled by Bloomberg show",
  "Eurostat data show", "Data published earlier this month showed" (data and documents,
  hundred-thirty-ninth), "according to trade body UK Finance" (a description heading the
  name, two-hundred-and-sixty-sixth), "Economists surveyed by Bloomberg", "economists
  polled by Reuters" and other plural groups (forty-first); „wie aus den am Donnerstag
  veröffentlichten Daten hervorgeht“, „nach eigenen Angaben“, „Laut den neuen
  Projektionen“, „nach den Projektionen der Fed“, „erwartet die OeNB“, „erwartet die SNB“,
  „rechnet die Bundesbank“ (estimating verbs), „wie das Vergleichsportal Zinskompass
  ermittelte“ (a description before the name and no verb of saying), „nach einer Umfrage
  des Portals“, and rows without attribution.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier
is checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_357 = [
    # --- Fed cuts, dot plot (Reuters), Wednesday evening ---
    (
        "en",
        "WASHINGTON, Dec 17 (Reuters) - Federal Reserve policymakers delivered a 25-basis-point rate cut on Wednesday, their third in a row, setting the policy rate in a 3.00%-3.25% range while signaling a slower pace of easing next year.",
        True,
        [
            ("date", "--12-17", None, None),
            ("percent", 25, "bp", None),
            ("ordinal", 3, None, None),
            ("percent", 3.0, "%", None),
            ("percent", 3.25, "%", None),
        ],
        None,
    ),
    (
        "en",
        "The vote was 9-3, with Kansas City Fed President Harold Brinkerhoff and Dallas Fed President Celia Vantongeren preferring to hold rates steady and Governor Lionel Abernathy favoring a larger half-point cut.",
        True,
        [("count", 9, None, None), ("count", 3, None, None), ("percent", 0.5, "pp", None)],
        None,
    ),
    (
        "en",
        "It was the first time since 2019 that three policymakers had dissented at a single meeting.",
        True,
        [("ordinal", 1, None, None), ("year", 2019, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "New projections showed the median policymaker expecting one quarter-point cut in 2032 and one more in 2033, which would leave the federal funds rate at 2.9% at the end of 2032 and at 2.6% a year later.",
        True,
        [
            ("count", 1, None, None),
            ("percent", 0.25, "pp", None),
            ("year", 2032, None, None),
            ("count", 1, None, None),
            ("year", 2033, None, None),
            ("percent", 2.9, "%", None),
            ("year", 2032, None, None),
            ("percent", 2.6, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Seven of the 19 officials penciled in no reductions at all next year, the so-called dot plot showed.",
        True,
        [("count", 7, None, None), ("count", 19, None, None)],
        None,
    ),
    (
        "en",
        "Policymakers lifted their median view of where rates will settle in the long run to 3.1%, from 3.0% in September.",
        True,
        [("percent", 3.1, "%", None), ("percent", 3.0, "%", None)],
        None,
    ),
    (
        "en",
        "Officials' median forecast for economic growth next year was raised to 2.1% from 1.8% in September.",
        True,
        [("percent", 2.1, "%", None), ("percent", 1.8, "%", None)],
        None,
    ),
    (
        "en",
        "The Fed has now lowered rates at seven of its last 10 meetings.",
        True,
        [("count", 7, None, None), ("count", 10, None, None)],
        None,
    ),
    (
        "en",
        "The Fed said in a statement it would start purchasing Treasury bills at roughly $35 billion a month from Jan. 2 to keep bank reserves ample.",
        True,
        [("money", 35000000000, "USD", "about"), ("date", "--01-02", None, None)],
        "the Fed",
    ),
    (
        "en",
        '"Policy is now close to where it needs to be, and we can afford some patience," Fed Chair Eleanor Whitfield told reporters after the decision.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Whitfield said officials now saw core PCE inflation ending this year at 2.8% and easing to 2.4% in 2032 and 2.1% in 2033.",
        True,
        [
            ("percent", 2.8, "%", None),
            ("percent", 2.4, "%", None),
            ("year", 2032, None, None),
            ("percent", 2.1, "%", None),
            ("year", 2033, None, None),
        ],
        "Whitfield",
    ),
    (
        "en",
        "Whitfield declined to say whether the central bank would move again at its January meeting.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The median projection has the unemployment rate peaking at 4.6% next year.",
        True,
        [("percent", 4.6, "%", None)],
        None,
    ),
    (
        "en",
        "Fed funds futures priced a 22% chance of another cut in January, down from 35% before the statement, according to CME Group's FedWatch tool.",
        True,
        [("percent", 22, "%", None), ("percent", 35, "%", None)],
        None,
    ),
    # --- US-Notenbank senkt erneut (dpa-AFX), in der Nacht ---
    (
        "de",
        "Washington (dpa-AFX) - Die US-Notenbank hat den Leitzins erneut gesenkt, zum dritten Mal in Folge, zugleich aber Zurückhaltung für das kommende Jahr signalisiert.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Spanne für den Leitzins beträgt nun 3,00 bis 3,25 Prozent, wie die Fed am Mittwoch nach ihrer zweitägigen Sitzung in Washington mitteilte.",
        True,
        [("percent", 3.0, "%", None), ("percent", 3.25, "%", None), ("duration", 2, "day", None)],
        "die Fed",
    ),
    (
        "de",
        "Seit September 2024 hat die Notenbank ihren Leitzins damit um insgesamt 2,25 Prozentpunkte gesenkt.",
        True,
        [("year", 2024, None, None), ("percent", 2.25, "pp", None)],
        None,
    ),
    (
        "de",
        "Drei der zwölf stimmberechtigten Mitglieder des Offenmarktausschusses votierten gegen den Beschluss, so viele wie seit 2019 nicht mehr.",
        True,
        [("count", 3, None, None), ("count", 12, None, None), ("year", 2019, None, None)],
        None,
    ),
    (
        "de",
        "Für 2032 und 2033 sehen die Währungshüter im Mittel Senkungen um jeweils einen Viertelprozentpunkt vor.",
        True,
        [("year", 2032, None, None), ("year", 2033, None, None), ("percent", 0.25, "pp", None)],
        None,
    ),
    (
        "de",
        "Laut den neuen Projektionen rechnen sieben der 19 Notenbanker für 2032 mit gar keiner Zinssenkung mehr.",
        True,
        [("count", 7, None, None), ("count", 19, None, None), ("year", 2032, None, None)],
        None,
    ),
    (
        "de",
        "Fed-Chefin Eleanor Whitfield betonte, die Notenbank könne sich nun Zeit lassen, um die Wirkung der bisherigen Schritte abzuwarten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Euro stieg im asiatischen Handel auf 1,1876 Dollar, nachdem er am Mittwochabend noch bei 1,1812 Dollar notiert hatte.",
        True,
        [("money", 1.1876, "USD", None), ("money", 1.1812, "USD", None)],
        None,
    ),
    # --- Wall Street after the Fed (Reuters), Wednesday evening ---
    ("en", "US STOCKS-Wall Street climbs after Fed cut, Nasdaq jumps 1.1%", True, [("percent", 1.1, "%", None)], None),
    (
        "en",
        "The S&P 500 gained 0.7% to end at 7,412.36, while the Dow Jones Industrial Average added 0.5%.",
        True,
        [("percent", 0.7, "%", None), ("count", 7412.36, None, None), ("percent", 0.5, "%", None)],
        None,
    ),
    (
        "en",
        "Benchmark 10-year Treasury yields fell 5 basis points to 3.87%, and two-year yields dropped 8 basis points to 3.31%.",
        True,
        [
            ("duration", 10, "year", None),
            ("percent", 5, "bp", None),
            ("percent", 3.87, "%", None),
            ("duration", 2, "year", None),
            ("percent", 8, "bp", None),
            ("percent", 3.31, "%", None),
        ],
        None,
    ),
    (
        "en",
        "The yield on the 30-year bond fell 3 basis points to 4.52%.",
        True,
        [("duration", 30, "year", None), ("percent", 3, "bp", None), ("percent", 4.52, "%", None)],
        None,
    ),
    (
        "en",
        "\"The message was: we are cutting, but don't get used to it,\" said Brett Yarborough, chief market strategist at Ellsworth Hill Advisors.",
        False,
        [],
        None,
    ),
    ("en", "What the Fed's latest cut means for your mortgage, your savings and your credit card", False, [], None),
    # --- Fed dissents and Main Street (AP), Wednesday evening ---
    (
        "en",
        "WASHINGTON (AP) — The Federal Reserve reduced its key interest rate Wednesday for the third time in a row, but three officials dissented, underscoring deepening divisions over how much further rates should fall.",
        True,
        [("ordinal", 3, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "The cut lowers the Fed's benchmark rate to about 3.1%, its lowest level in more than four years.",
        True,
        [("percent", 3.1, "%", "about"), ("duration", 4, "year", "over")],
        None,
    ),
    (
        "en",
        "Whitfield said at a news conference that employers had added an average of just 38,000 jobs a month over the past three months.",
        True,
        [("count", 38000, None, None), ("duration", 3, "month", None)],
        "Whitfield",
    ),
    (
        "en",
        "Abernathy said in a statement released after the meeting that he had favored a half-point move because the labor market was weakening faster than projected.",
        True,
        [("percent", 0.5, "pp", None)],
        "Abernathy",
    ),
    (
        "en",
        "In his own statement, Brinkerhoff said inflation was still running about one percentage point above the Fed's goal.",
        True,
        [("percent", 1, "pp", "about")],
        None,
    ),
    (
        "en",
        '"Folks are still feeling squeezed at the grocery store, no matter what the Fed does," said Dolores Whitacre, who runs a bakery in Toledo, Ohio.',
        False,
        [],
        None,
    ),
    ("en", "Whether the Fed can keep cutting without reigniting inflation is far from settled.", False, [], None),
    # --- Tagesvorschau (dpa-AFX), Donnerstag früh ---
    ("de", "TAGESVORSCHAU: Der Notenbank-Donnerstag im Überblick", False, [], None),
    (
        "de",
        "09:30 CHE: SNB, Zinsentscheid, Leitzins Prognose: 0,00 %, zuvor: 0,00 %",
        True,
        [("percent", 0.0, "%", None), ("percent", 0.0, "%", None)],
        None,
    ),
    (
        "de",
        "10:00 NOR: Norges Bank, Zinsentscheid, Leitzins Prognose: 3,50 %, zuvor: 3,75 %",
        True,
        [("percent", 3.5, "%", None), ("percent", 3.75, "%", None)],
        None,
    ),
    (
        "de",
        "13:00 GBR: Bank of England, Zinsentscheid, Leitzins Prognose: 3,25 %, zuvor: 3,50 %",
        True,
        [("percent", 3.25, "%", None), ("percent", 3.5, "%", None)],
        None,
    ),
    (
        "de",
        "14:15 EUR: EZB, Zinsentscheid, Einlagensatz Prognose: 1,75 %, zuvor: 1,75 %",
        True,
        [("percent", 1.75, "%", None), ("percent", 1.75, "%", None)],
        None,
    ),
    ("de", "14:45 EUR: EZB, Pressekonferenz mit Präsidentin Annick Dewaele", True, [], None),
    # --- Asian markets (Reuters), Thursday morning ---
    (
        "en",
        "TOKYO, Dec 18 (Reuters) - Asian stocks advanced on Thursday after the Fed's cut, with the MSCI Asia-Pacific index excluding Japan rising 0.8% and Japan's Nikkei gaining 1.2%.",
        True,
        [("date", "--12-18", None, None), ("percent", 0.8, "%", None), ("percent", 1.2, "%", None)],
        None,
    ),
    (
        "en",
        "The dollar slipped 0.4% to 153.10 yen, its weakest in three weeks.",
        True,
        [("percent", 0.4, "%", None), ("money", 153.1, "JPY", None), ("duration", 3, "week", None)],
        None,
    ),
    ("en", "Reuters economic calendar: Thursday's central bank decisions (times GMT)", False, [], None),
    ("en", "0830 GMT - Sweden - Riksbank policy decision (prior 1.75%)", True, [("percent", 1.75, "%", None)], None),
    (
        "en",
        "1200 GMT - Britain - Bank of England policy decision (Reuters poll 3.25%, prior 3.50%)",
        True,
        [("percent", 3.25, "%", None), ("percent", 3.5, "%", None)],
        None,
    ),
    # --- Fed-Chefin zu Anleihekäufen (Reuters), Donnerstag früh ---
    (
        "de",
        "Washington (Reuters) - Fed-Chefin Eleanor Whitfield sagte, die Notenbank werde ab dem 2. Januar kurzlaufende Staatsanleihen für rund 35 Milliarden Dollar im Monat kaufen.",
        True,
        [("date", "--01-02", None, None), ("money", 35000000000, "USD", "about")],
        "Eleanor Whitfield",
    ),
    ("de", "„Wir sind nicht auf einem vorgezeichneten Pfad“, sagte Whitfield.", False, [], None),
    (
        "de",
        "Die Arbeitslosenquote dürfte nach den Projektionen der Fed im kommenden Jahr auf 4,6 Prozent steigen.",
        True,
        [("percent", 4.6, "%", None)],
        None,
    ),
    ("de", "Ökonomen halten es für wahrscheinlich, dass die Notenbank im Januar eine Pause einlegt.", False, [], None),
    # --- Riksbank holds (Reuters), Thursday ---
    (
        "en",
        "STOCKHOLM, Dec 18 (Reuters) - Sweden's central bank kept its key interest rate at 1.75% on Thursday for a third straight meeting, as forecast by all 14 economists in a Reuters poll.",
        True,
        [
            ("date", "--12-18", None, None),
            ("percent", 1.75, "%", None),
            ("ordinal", 3, None, None),
            ("count", 14, None, None),
        ],
        None,
    ),
    (
        "en",
        "The Riksbank said it expected the rate to stay at that level until the third quarter of 2032 and then rise gradually to 2.25% by the end of 2034.",
        True,
        [
            ("ordinal", 3, None, None),
            ("year", 2032, None, None),
            ("percent", 2.25, "%", None),
            ("year", 2034, None, None),
        ],
        "the Riksbank",
    ),
    (
        "en",
        "Underlying inflation, measured by the CPIF excluding energy, is forecast at 2.3% next year and 2.0% in 2033.",
        True,
        [("percent", 2.3, "%", None), ("percent", 2.0, "%", None), ("year", 2033, None, None)],
        None,
    ),
    (
        "en",
        "Sweden's economy is forecast to grow 2.4% next year, up from 1.6% this year, the projections showed.",
        True,
        [("percent", 2.4, "%", None), ("percent", 1.6, "%", None)],
        None,
    ),
    (
        "en",
        "Data published earlier this month showed CPIF inflation at 2.4% in November, slightly above the Riksbank's 2% target.",
        True,
        [("percent", 2.4, "%", None), ("percent", 2, "%", None)],
        None,
    ),
    (
        "en",
        "Governor Magnus Ekwall said the five-member board's decision had been unanimous.",
        True,
        [("count", 5, None, None)],
        "Magnus Ekwall",
    ),
    (
        "en",
        '"We need to be patient and let the earlier cuts do their work," Ekwall told a news conference.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"We expect the first hike in the fourth quarter of 2032," said Sanna Lindqvist, chief economist at Norrviken Bank.',
        True,
        [("ordinal", 1, None, None), ("ordinal", 4, None, None), ("year", 2032, None, None)],
        "Sanna Lindqvist",
    ),
    (
        "en",
        "The crown firmed to 10.87 per euro from 10.93 before the announcement.",
        True,
        [("money", 10.87, "SEK", None), ("money", 10.93, "SEK", None)],
        None,
    ),
    # --- Reichsbank (dpa), Donnerstag ---
    (
        "de",
        "Stockholm (dpa) - Die schwedische Reichsbank belässt ihren Leitzins bei 1,75 Prozent.",
        True,
        [("percent", 1.75, "%", None)],
        None,
    ),
    (
        "de",
        "Nach ihrer eigenen Zinsprognose soll er bis ins dritte Quartal 2032 auf diesem Niveau bleiben.",
        True,
        [("ordinal", 3, None, None), ("year", 2032, None, None)],
        None,
    ),
    ("de", "Reichsbank-Gouverneur Magnus Ekwall sprach von einer „Phase der Geduld“.", False, [], None),
    ("de", "Die Krone legte zum Euro auf 10,87 Kronen zu.", True, [("money", 10.87, "SEK", None)], None),
    # --- SNB-Lagebeurteilung (awp), Donnerstag ---
    (
        "de",
        "Zürich (awp) - Die Schweizerische Nationalbank (SNB) belässt ihren Leitzins bei 0 Prozent.",
        True,
        [("percent", 0, "%", None)],
        None,
    ),
    (
        "de",
        "Die Währungshüter bestätigten den Nullzins damit zum dritten Mal in Folge.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Das dreiköpfige Direktorium hatte den Leitzins im März um 0,25 Prozentpunkte auf null Prozent gesenkt.",
        True,
        [("count", 3, None, None), ("percent", 0.25, "pp", None), ("percent", 0, "%", None)],
        None,
    ),
    (
        "de",
        "Ihre bedingte Inflationsprognose für 2032 senkte die SNB auf 0,3 Prozent, nach zuvor 0,5 Prozent.",
        True,
        [("year", 2032, None, None), ("percent", 0.3, "%", None), ("percent", 0.5, "%", None)],
        None,
    ),
    (
        "de",
        "Für 2033 sieht sie die Teuerung bei 0,6 Prozent, für 2034 bei 0,7 Prozent.",
        True,
        [
            ("year", 2033, None, None),
            ("percent", 0.6, "%", None),
            ("year", 2034, None, None),
            ("percent", 0.7, "%", None),
        ],
        None,
    ),
    (
        "de",
        "«Wo nötig, intervenieren wir weiterhin am Devisenmarkt», sagte SNB-Präsident Matthias Inderbitzin an der Medienkonferenz in Bern.",
        True,
        [],
        "Matthias Inderbitzin",
    ),
    (
        "de",
        "Im dritten Quartal hatte die Nationalbank für 2,4 Mrd. Fr. Devisen gekauft, wie aus den am Donnerstag veröffentlichten Daten hervorgeht.",
        True,
        [("ordinal", 3, None, None), ("money", 2400000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Einen erneuten Schritt in den negativen Bereich schloss Inderbitzin nicht aus, dafür brauche es aber «eine deutliche Verschlechterung der Lage».",
        True,
        [],
        None,
    ),
    (
        "de",
        "«Die Unsicherheit über die Weltwirtschaft bleibt hoch», betonte Vizepräsidentin Séverine Chappuis.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für das Bruttoinlandprodukt erwartet die SNB im kommenden Jahr ein Wachstum von rund 1 Prozent.",
        True,
        [("percent", 1, "%", "about")],
        None,
    ),
    (
        "de",
        "Die Jahresteuerung in der Schweiz betrug im November 0,1 Prozent, teilte das BFS mit.",
        True,
        [("percent", 0.1, "%", None)],
        "das BFS",
    ),
    (
        "de",
        "Der Franken schwächte sich nach dem Entscheid leicht auf 0,9287 je Euro ab.",
        True,
        [("money", 0.9287, "CHF", None)],
        None,
    ),
    (
        "de",
        "Ihre nächste Lagebeurteilung nimmt die SNB am 18. März vor.",
        True,
        [("date", "--03-18", None, None)],
        None,
    ),
    # --- SNB holds at zero (Reuters), Thursday ---
    (
        "en",
        "SNB KEEPS POLICY RATE AT 0%, SEES 2032 INFLATION AT 0.3%",
        True,
        [("percent", 0, "%", None), ("year", 2032, None, None), ("percent", 0.3, "%", None)],
        None,
    ),
    (
        "en",
        "ZURICH, Dec 18 (Reuters) - The Swiss National Bank left borrowing costs at 0% on Thursday and lowered its inflation outlook, projecting price growth below 1% until the end of 2034.",
        True,
        [
            ("date", "--12-18", None, None),
            ("percent", 0, "%", None),
            ("percent", 1, "%", "under"),
            ("year", 2034, None, None),
        ],
        None,
    ),
    (
        "en",
        "SNB Chairman Matthias Inderbitzin said the bank had bought foreign currency worth 2.4 billion Swiss francs in the third quarter to temper the franc's strength.",
        True,
        [("money", 2400000000, "CHF", None), ("ordinal", 3, None, None)],
        "Matthias Inderbitzin",
    ),
    (
        "en",
        '"The franc remains highly valued, and we are watching it very closely," Inderbitzin told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Before the decision, money markets had priced a roughly 30% chance that the SNB would return to negative rates by June, according to LSEG data.",
        True,
        [("percent", 30, "%", "about")],
        None,
    ),
    ("en", "The franc was little changed at 0.9281 per euro.", True, [("money", 0.9281, "CHF", None)], None),
    (
        "en",
        "Swiss inflation was 0.1% in November, well below the SNB's target range of 0-2%.",
        True,
        [("percent", 0.1, "%", None), ("percent", 0, "%", None), ("percent", 2, "%", None)],
        None,
    ),
    # --- Norges Bank cuts (Reuters), Thursday ---
    (
        "en",
        "OSLO, Dec 18 (Reuters) - Norges Bank on Thursday trimmed its benchmark rate to 3.50% from 3.75%, a second cut this year, and signaled one or two more reductions in 2032.",
        True,
        [
            ("date", "--12-18", None, None),
            ("percent", 3.5, "%", None),
            ("percent", 3.75, "%", None),
            ("ordinal", 2, None, None),
            ("count", 1, None, None),
            ("count", 2, None, None),
            ("year", 2032, None, None),
        ],
        None,
    ),
    (
        "en",
        "Norges Bank said its updated rate path implied a policy rate of about 3.0% at end-2033.",
        True,
        [("percent", 3.0, "%", "about"), ("year", 2033, None, None)],
        "Norges Bank",
    ),
    (
        "en",
        "Eleven of the 16 economists polled by Reuters had expected the cut, while the rest had predicted a hold.",
        True,
        [("count", 11, None, None), ("count", 16, None, None)],
        None,
    ),
    (
        "en",
        "Norway's policy rate peaked at 4.50% in 2024 and has since been cut four times.",
        True,
        [("percent", 4.5, "%", None), ("year", 2024, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Core inflation in Norway has been above the 2% target for more than four years.",
        True,
        [("percent", 2, "%", None), ("duration", 4, "year", "over")],
        None,
    ),
    (
        "en",
        "\"The krone's weakness is feeding into imported prices, and we will keep a close eye on that,\" Governor Torunn Haldorsen said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Haldorsen said core inflation had slowed to 2.9% in November and was projected to fall to about 2.5% by the end of 2032.",
        True,
        [("percent", 2.9, "%", None), ("percent", 2.5, "%", "about"), ("year", 2032, None, None)],
        "Haldorsen",
    ),
    (
        "en",
        "The crown weakened 0.6% to 11.62 per euro.",
        True,
        [("percent", 0.6, "%", None), ("money", 11.62, "NOK", None)],
        None,
    ),
    (
        "en",
        '"Norges Bank has opened the door, but it is in no hurry to walk through it," said Erik Solbakken, chief economist at Fjellheim Markets.',
        False,
        [],
        None,
    ),
    # --- Norwegens Notenbank (Reuters), Donnerstag ---
    (
        "de",
        "Oslo (Reuters) - Die norwegische Notenbank hat ihren Leitzins um einen Viertelprozentpunkt auf 3,50 Prozent gesenkt.",
        True,
        [("percent", 0.25, "pp", None), ("percent", 3.5, "%", None)],
        None,
    ),
    (
        "de",
        "Es ist die zweite Senkung in diesem Jahr, für 2032 stellte die Notenbank ein bis zwei weitere Schritte in Aussicht.",
        True,
        [("ordinal", 2, None, None), ("year", 2032, None, None), ("count", 1, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Das fünfköpfige geldpolitische Komitee fasste den Beschluss einstimmig.",
        True,
        [("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Die Krone gab zum Euro um 0,6 Prozent auf 11,62 Kronen nach.",
        True,
        [("percent", 0.6, "%", None), ("money", 11.62, "NOK", None)],
        None,
    ),
    # --- OeNB-Prognose (APA), Donnerstag ---
    (
        "de",
        "Wien (APA) - Die Oesterreichische Nationalbank (OeNB) hat ihre Inflationsprognose für heuer auf 2,6 Prozent angehoben, nach bisher 2,4 Prozent.",
        True,
        [("percent", 2.6, "%", None), ("percent", 2.4, "%", None)],
        None,
    ),
    (
        "de",
        "Für 2032 erwartet die OeNB einen Rückgang der Teuerung auf 2,1 Prozent, 2033 dürfte sie mit 1,9 Prozent erstmals seit Jahren unter der Zwei-Prozent-Marke liegen.",
        True,
        [
            ("year", 2032, None, None),
            ("percent", 2.1, "%", None),
            ("year", 2033, None, None),
            ("percent", 1.9, "%", None),
            ("percent", 2, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Die Wirtschaft wird laut OeNB im kommenden Jahr um 1,1 Prozent wachsen, nach 0,6 Prozent heuer.",
        True,
        [("percent", 1.1, "%", None), ("percent", 0.6, "%", None)],
        "OeNB",
    ),
    (
        "de",
        "OeNB-Gouverneur Gebhard Pfannhauser sagte, die Inflation in Österreich liege derzeit um rund einen halben Prozentpunkt über jener im Euroraum.",
        True,
        [("percent", 0.5, "pp", "about")],
        "Gebhard Pfannhauser",
    ),
    ("de", "„Die letzte Meile bei der Inflation ist die zäheste“, sagte Pfannhauser.", False, [], None),
    (
        "de",
        "Die Preise für Dienstleistungen lagen im November um 4,0 Prozent über dem Niveau des Vorjahres, teilte die Statistik Austria in einer Schnellschätzung mit.",
        True,
        [("percent", 4.0, "%", None)],
        "die Statistik Austria",
    ),
    (
        "de",
        "Seit gut anderthalb Jahren liegt die Teuerung in Österreich über dem Durchschnitt der Eurozone.",
        True,
        [("duration", 1.5, "year", "over")],
        None,
    ),
    ("de", "Die Arbeiterkammer warf der Regierung vor, bei den Mieten zu lange zugeschaut zu haben.", False, [], None),
    # --- Bank of England cuts (Reuters), Thursday ---
    (
        "en",
        "BANK OF ENGLAND CUTS BANK RATE TO 3.25% FROM 3.50%, VOTE 5-4",
        True,
        [("percent", 3.25, "%", None), ("percent", 3.5, "%", None), ("count", 5, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "LONDON, Dec 18 (Reuters) - The Bank of England reduced its main interest rate on Thursday to 3.25% from 3.50% after a knife-edge vote, its fifth quarter-point cut this year.",
        True,
        [
            ("date", "--12-18", None, None),
            ("percent", 3.25, "%", None),
            ("percent", 3.5, "%", None),
            ("ordinal", 5, None, None),
            ("percent", 0.25, "pp", None),
        ],
        None,
    ),
    (
        "en",
        "In a first round of voting the nine-member Monetary Policy Committee split three ways, 4-4-1, before a second ballot produced a 5-4 majority for the cut.",
        True,
        [
            ("ordinal", 1, None, None),
            ("count", 9, None, None),
            ("count", 3, None, None),
            ("count", 4, None, None),
            ("count", 4, None, None),
            ("count", 1, None, None),
            ("ordinal", 2, None, None),
            ("count", 5, None, None),
            ("count", 4, None, None),
        ],
        None,
    ),
    (
        "en",
        "Deputy Governor Catherine Ellery and three other members voted to keep rates on hold, while external member Anand Sethuraman had initially backed a bigger half-point cut.",
        True,
        [("count", 3, None, None), ("percent", 0.5, "pp", None)],
        None,
    ),
    (
        "en",
        "The BoE said it now expected inflation to fall to 2.6% in the second quarter of next year and to hit its 2% goal in early 2033.",
        True,
        [
            ("percent", 2.6, "%", None),
            ("ordinal", 2, None, None),
            ("percent", 2, "%", None),
            ("year", 2033, None, None),
        ],
        "the BoE",
    ),
    (
        "en",
        '"The path for Bank Rate is still downward, but the case for each further cut is becoming more finely balanced," Governor Rupert Ashenden said in a statement.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ashenden told reporters the committee would review the pace of its gilt sales in September as planned.",
        True,
        [],
        "Ashenden",
    ),
    (
        "en",
        "The BoE is reducing its stock of gilts by 70 billion pounds over the 12 months to September, down from 100 billion pounds in the previous year.",
        True,
        [("money", 70000000000, "GBP", None), ("duration", 12, "month", None), ("money", 100000000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Annual CPI inflation slowed to 3.2% in November, down from 3.6%, the Office for National Statistics said a day earlier.",
        True,
        [("percent", 3.2, "%", None), ("percent", 3.6, "%", None)],
        "the Office for National Statistics",
    ),
    (
        "en",
        "Two-year gilt yields fell 6 basis points to 3.38% and sterling slipped 0.3% to $1.3187.",
        True,
        [
            ("duration", 2, "year", None),
            ("percent", 6, "bp", None),
            ("percent", 3.38, "%", None),
            ("percent", 0.3, "%", None),
            ("money", 1.3187, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Interest rate futures showed traders pricing only about 35 basis points of further easing by the end of 2032, compared with 50 basis points before the decision.",
        True,
        [("percent", 35, "bp", "about"), ("year", 2032, None, None), ("percent", 50, "bp", None)],
        None,
    ),
    (
        "en",
        "The BoE's forecasts showed GDP growth of 1.25% next year, with unemployment rising to 5.3% by the middle of 2032.",
        True,
        [("percent", 1.25, "%", None), ("percent", 5.3, "%", None), ("year", 2032, None, None)],
        None,
    ),
    (
        "en",
        '"This was a dovish cut dressed up in hawkish clothing," said Nadia Okwuosa, UK economist at Greyfriars Capital.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Before the decision, 41 of 58 economists in a Reuters poll had predicted a cut.",
        True,
        [("count", 41, None, None), ("count", 58, None, None)],
        None,
    ),
    ("en", 'The Chancellor called the cut "welcome news for hard-pressed families."', False, [], None),
    (
        "en",
        "The opposition Conservatives said the government had left borrowers paying the price for its spending plans.",
        False,
        [],
        None,
    ),
    # --- Bank of England (dpa-AFX), Donnerstag ---
    (
        "de",
        "London (dpa-AFX) - Die britische Notenbank senkte ihren Leitzins am Donnerstag um 0,25 Prozentpunkte und damit auf 3,25 Prozent.",
        True,
        [("percent", 0.25, "pp", None), ("percent", 3.25, "%", None)],
        None,
    ),
    (
        "de",
        "Im neunköpfigen geldpolitischen Ausschuss fiel die Entscheidung mit 5:4 Stimmen denkbar knapp aus.",
        True,
        [("count", 9, None, None), ("count", 5, None, None), ("count", 4, None, None)],
        None,
    ),
    ("de", "Es war bereits die fünfte Zinssenkung in diesem Jahr.", True, [("ordinal", 5, None, None)], None),
    (
        "de",
        "Volkswirte hatten im Schnitt mit einer Senkung auf 3,25 Prozent gerechnet.",
        True,
        [("percent", 3.25, "%", None)],
        None,
    ),
    (
        "de",
        "Ihre Bestände an Staatsanleihen will die Notenbank in den zwölf Monaten bis September um 70 Milliarden Pfund abbauen.",
        True,
        [("duration", 12, "month", None), ("money", 70000000000, "GBP", None)],
        None,
    ),
    (
        "de",
        "Analysten werteten das Abstimmungsergebnis als Zeichen wachsender Uneinigkeit im Gremium.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Pfund gab zum Dollar um 0,3 Prozent auf 1,3187 Dollar nach.",
        True,
        [("percent", 0.3, "%", None), ("money", 1.3187, "USD", None)],
        None,
    ),
    # --- Mortgages after the cut (PA), Thursday ---
    (
        "en",
        "LONDON (PA) - Mortgage lenders are expected to trim rates further after the cut, with the average two-year fixed deal currently at 4.12%, according to Moneyfacts.",
        True,
        [("duration", 2, "year", None), ("percent", 4.12, "%", None)],
        "Moneyfacts",
    ),
    (
        "en",
        "A borrower with a £250,000 tracker mortgage would see monthly repayments fall by about £32, according to trade body UK Finance.",
        True,
        [("money", 250000, "GBP", None), ("money", 32, "GBP", "about")],
        None,
    ),
    (
        "en",
        "The average easy-access savings account pays 2.71%, while a one-year fixed-rate bond pays about 3.6%, Moneyfacts figures show.",
        True,
        [("percent", 2.71, "%", None), ("duration", 1, "year", None), ("percent", 3.6, "%", "about")],
        None,
    ),
    ("en", "Savers were urged to shop around before banks pass the cut on to easy-access accounts.", False, [], None),
    (
        "en",
        '"Every cut helps, but for many families it still feels like a drop in the ocean," said Harriet Combes, a mortgage broker in Leeds.',
        False,
        [],
        None,
    ),
    # --- EZB-Zinspause (Reuters-Eilmeldung, dpa-AFX), Donnerstag ---
    ("de", "EZB BELÄSST EINLAGENSATZ BEI 1,75 PROZENT", True, [("percent", 1.75, "%", None)], None),
    (
        "de",
        "Frankfurt (dpa-AFX) - Die Europäische Zentralbank (EZB) hat ihre Leitzinsen zum fünften Mal in Folge nicht angetastet.",
        True,
        [("ordinal", 5, None, None)],
        None,
    ),
    (
        "de",
        "Der Einlagensatz, den Geschäftsbanken für bei der Notenbank geparkte Gelder erhalten, bleibt bei 1,75 Prozent, wie die EZB nach ihrer Ratssitzung mitteilte.",
        True,
        [("percent", 1.75, "%", None)],
        "die EZB",
    ),
    (
        "de",
        "Der Hauptrefinanzierungssatz beträgt unverändert 1,90 Prozent, der Spitzenrefinanzierungssatz 2,15 Prozent.",
        True,
        [("percent", 1.9, "%", None), ("percent", 2.15, "%", None)],
        None,
    ),
    ("de", "Sämtliche von dpa-AFX befragten Ökonomen hatten die Zinspause erwartet.", True, [], None),
    (
        "de",
        "Zuletzt hatte der EZB-Rat die Zinsen im Juni gesenkt, seit Juni 2024 summieren sich die Senkungen auf 2,25 Prozentpunkte.",
        True,
        [("year", 2024, None, None), ("percent", 2.25, "pp", None)],
        None,
    ),
    (
        "de",
        "Die Volkswirte der Notenbank erwarten für 2032 nun eine Inflationsrate von 1,8 (September-Prognose: 1,7) Prozent.",
        True,
        [("year", 2032, None, None), ("percent", 1.8, "%", None), ("percent", 1.7, "%", None)],
        None,
    ),
    (
        "de",
        "Für 2033 wird eine Teuerung von 1,9 Prozent und für 2034 von 2,0 Prozent vorhergesagt.",
        True,
        [
            ("year", 2033, None, None),
            ("percent", 1.9, "%", None),
            ("year", 2034, None, None),
            ("percent", 2.0, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Die Kernrate ohne Energie und Lebensmittel soll 2032 bei 2,0 Prozent liegen.",
        True,
        [("year", 2032, None, None), ("percent", 2.0, "%", None)],
        None,
    ),
    (
        "de",
        "Beim Wirtschaftswachstum rechnen die Experten für 2032 mit 1,2 Prozent, nach 0,9 Prozent im laufenden Jahr.",
        True,
        [("year", 2032, None, None), ("percent", 1.2, "%", None), ("percent", 0.9, "%", None)],
        None,
    ),
    (
        "de",
        "Die Bilanzsumme des Eurosystems lag zuletzt bei 5,7 Bio. Euro.",
        True,
        [("money", 5700000000000, "EUR", None)],
        None,
    ),
    # --- ECB holds (Reuters), Thursday ---
    (
        "en",
        "FRANKFURT, Dec 18 (Reuters) - The ECB left interest rates unchanged for a fifth straight meeting on Thursday and nudged up its inflation forecast for 2032, reinforcing bets that its easing cycle is over.",
        True,
        [("date", "--12-18", None, None), ("ordinal", 5, None, None), ("year", 2032, None, None)],
        None,
    ),
    (
        "en",
        "The ECB's deposit rate has stood at 1.75% since June, after nine cuts totalling 2.25 percentage points since June 2024.",
        True,
        [
            ("percent", 1.75, "%", None),
            ("count", 9, None, None),
            ("percent", 2.25, "pp", None),
            ("year", 2024, None, None),
        ],
        None,
    ),
    (
        "en",
        "Staff projections put inflation at 2.1% this year, 1.8% in 2032, 1.9% in 2033 and 2.0% in 2034.",
        True,
        [
            ("percent", 2.1, "%", None),
            ("percent", 1.8, "%", None),
            ("year", 2032, None, None),
            ("percent", 1.9, "%", None),
            ("year", 2033, None, None),
            ("percent", 2.0, "%", None),
            ("year", 2034, None, None),
        ],
        None,
    ),
    (
        "en",
        "Wage growth in the euro zone is seen slowing to 2.9% next year from 3.4% in 2031, the projections showed.",
        True,
        [("percent", 2.9, "%", None), ("percent", 3.4, "%", None), ("year", 2031, None, None)],
        None,
    ),
    (
        "en",
        "Holdings under the ECB's two bond-buying schemes are shrinking by around 42 billion euros a month as maturing debt is no longer replaced.",
        True,
        [("count", 2, None, None), ("money", 42000000000, "EUR", "about")],
        None,
    ),
    (
        "en",
        "ECB President Annick Dewaele told a news conference that a broad consensus had backed the decision, with two members arguing for a cut.",
        True,
        [("count", 2, None, None)],
        "Annick Dewaele",
    ),
    ("en", '"Policy is where it should be, and we see no reason to move it for now," Dewaele said.', False, [], None),
    (
        "en",
        "Dewaele said the ECB would complete its review of how it steers money-market rates by the end of 2032.",
        True,
        [("year", 2032, None, None)],
        "Dewaele",
    ),
    (
        "en",
        "Money markets trimmed bets on a further ECB cut, pricing about a 25% chance of a move by June, down from 40% on Wednesday.",
        True,
        [("percent", 25, "%", "about"), ("percent", 40, "%", None)],
        None,
    ),
    (
        "en",
        "Germany's 10-year Bund yield rose 4 basis points to 2.71%, while the euro eased 0.2% to $1.1831.",
        True,
        [
            ("duration", 10, "year", None),
            ("percent", 4, "bp", None),
            ("percent", 2.71, "%", None),
            ("percent", 0.2, "%", None),
            ("money", 1.1831, "USD", None),
        ],
        None,
    ),
    ("en", "Some analysts said the new forecasts left the door to further easing only slightly ajar.", False, [], None),
    # --- Pressekonferenz der EZB-Präsidentin (Reuters), Donnerstag ---
    (
        "de",
        "Frankfurt (Reuters) - EZB-Präsidentin Annick Dewaele sieht die Geldpolitik der Euro-Notenbank nach eigenen Worten „in einer guten Position“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Dewaele sagte, zwei Ratsmitglieder hätten sich für eine weitere Zinssenkung ausgesprochen, die große Mehrheit habe die Pause aber mitgetragen.",
        True,
        [("count", 2, None, None)],
        "Dewaele",
    ),
    (
        "de",
        "Über den nächsten Schritt werde der Rat von Sitzung zu Sitzung und anhand der Daten entscheiden, fügte sie hinzu.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Bilanz des Eurosystems ist nach Angaben der EZB seit ihrem Höchststand im Sommer 2022 um gut 3 Billionen Euro geschrumpft.",
        True,
        [("year", 2022, None, None), ("money", 3000000000000, "EUR", "over")],
        "die EZB",
    ),
    (
        "de",
        "Die Bestände aus den Kaufprogrammen APP und PEPP schmelzen derzeit um durchschnittlich 42 Milliarden Euro pro Monat ab.",
        True,
        [("money", 42000000000, "EUR", None)],
        None,
    ),
    ("de", "Ob der Zinsboden damit erreicht ist, wollte Dewaele nicht sagen.", False, [], None),
    ("de", "Einige Notenbanker halten weitere Senkungen im Frühjahr dennoch für gut möglich.", False, [], None),
    (
        "de",
        "Die Lohnzuwächse im Euroraum dürften sich 2032 auf rund 3 Prozent abschwächen, sagte EZB-Chefvolkswirt Rui Sardinha in einem Interview.",
        True,
        [("year", 2032, None, None), ("percent", 3, "%", "about")],
        "Rui Sardinha",
    ),
    (
        "de",
        "Der Euro fiel nach der Pressekonferenz zeitweise auf 1,1829 Dollar.",
        True,
        [("money", 1.1829, "USD", None)],
        None,
    ),
    (
        "de",
        "Der EZB-Rat kommt am 5. Februar zu seiner nächsten geldpolitischen Sitzung zusammen.",
        True,
        [("date", "--02-05", None, None)],
        None,
    ),
    (
        "de",
        "Knapp zwei Drittel der von Reuters befragten Ökonomen erwarten, dass die EZB ihren Einlagensatz bis Ende 2033 nicht mehr verändert.",
        True,
        [("fraction", 0.6667, None, "nearly"), ("year", 2033, None, None)],
        None,
    ),
    (
        "de",
        "Eine Senkung im März ist am Geldmarkt nur noch zu gut einem Drittel eingepreist.",
        True,
        [("fraction", 0.3333, None, "over")],
        None,
    ),
    # --- ECB pricing (Bloomberg), Thursday ---
    (
        "en",
        "(Bloomberg) -- Traders pared bets on further European Central Bank easing after policymakers held the deposit rate at 1.75% for a fifth meeting.",
        True,
        [("percent", 1.75, "%", None), ("ordinal", 5, None, None)],
        None,
    ),
    (
        "en",
        "Swaps now imply about 12 basis points of ECB cuts by the end of next year, data compiled by Bloomberg show.",
        True,
        [("percent", 12, "bp", "about")],
        None,
    ),
    (
        "en",
        "The euro zone economy grew 0.3% in the third quarter, Eurostat data show.",
        True,
        [("percent", 0.3, "%", None), ("ordinal", 3, None, None)],
        None,
    ),
    ("en", "Economists surveyed by Bloomberg had unanimously expected the ECB to stand pat.", True, [], None),
    (
        "en",
        "Officials are comfortable with market pricing, according to people familiar with their thinking, who asked not to be identified.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"The ECB is perfectly happy where it is," said Hanne Vestergaard, an economist at Skagen Markets.',
        False,
        [],
        None,
    ),
    # --- Ökonomen-Stimmen zur EZB (dpa-AFX), Donnerstag ---
    ("de", "Ökonomen zur Zinsentscheidung der EZB – die Stimmen im Überblick", False, [], None),
    (
        "de",
        "Jörn Stapelfeldt, Chefvolkswirt Bankhaus Kettelsen: „Wir rechnen bis Ende 2032 mit keinem weiteren Zinsschritt, der Einlagensatz dürfte bei 1,75 Prozent verharren.“",
        True,
        [("year", 2032, None, None), ("percent", 1.75, "%", None)],
        None,
    ),
    (
        "de",
        "Marlies Oberkofler, Alpenbank Salzach: „Die EZB wirkt zufrieden mit sich selbst – vielleicht etwas zu zufrieden.“",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wiebke Harmsen, Förde Capital: „Die Märkte preisen eine Senkung im Frühjahr noch zu etwa 30 Prozent ein, das halten wir für zu hoch.“",
        True,
        [("percent", 30, "%", "about")],
        None,
    ),
    (
        "de",
        "Konstanze Reichenbach, Landesbank Mittelrhein: „Den nächsten Zinsschritt erwarten wir erst 2033, und dann nach oben.“",
        True,
        [("year", 2033, None, None)],
        None,
    ),
    # --- FACTBOX: economists on the day (Reuters), Thursday ---
    ("en", "FACTBOX-Economists react to the ECB, BoE and SNB decisions", False, [], None),
    (
        "en",
        '"We now expect just one more cut from the Bank of England, in May, taking Bank Rate to 3.00%," said Oliver Kempthorne, chief UK economist at Marchmont Securities.',
        True,
        [("count", 1, None, None), ("percent", 3.0, "%", None)],
        "Oliver Kempthorne",
    ),
    (
        "en",
        '"The ECB has painted itself into a comfortable corner," said Priyanka Raman, head of European rates strategy at Halden Street Capital.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Raman said she expected the deposit rate to remain at 1.75% until at least the middle of 2033.",
        True,
        [("percent", 1.75, "%", None), ("year", 2033, None, None)],
        "Raman",
    ),
    (
        "en",
        "Several strategists said the SNB would be forced back into negative territory sooner or later.",
        False,
        [],
        None,
    ),
    (
        "en",
        "About a third of respondents in last week's Reuters poll saw at least one more ECB cut next year.",
        True,
        [("fraction", 0.3333, None, "about"), ("count", 1, None, "at_least")],
        None,
    ),
    (
        "en",
        "Two-thirds of economists in a separate poll expect the Fed to stay on hold until at least April.",
        True,
        [("fraction", 0.6667, None, None)],
        None,
    ),
    # --- Bundesbankpräsident warnt (dpa), Donnerstag ---
    (
        "de",
        "Frankfurt (dpa) - Bundesbankpräsident Eckhart Wohlfeil hat vor verfrühten Hoffnungen auf weitere Zinssenkungen gewarnt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wohlfeil sagte, die Teuerung in Deutschland dürfte im kommenden Jahr bei 2,2 Prozent liegen und erst 2033 auf 2,0 Prozent sinken.",
        True,
        [("percent", 2.2, "%", None), ("year", 2033, None, None), ("percent", 2.0, "%", None)],
        "Wohlfeil",
    ),
    (
        "de",
        "„Wer jetzt schon die nächste Zinssenkung einpreist, unterschätzt die Hartnäckigkeit der Dienstleistungspreise“, sagte Wohlfeil.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für 2032 rechnet die Bundesbank mit einem Wachstum der deutschen Wirtschaft von 0,9 Prozent.",
        True,
        [("year", 2032, None, None), ("percent", 0.9, "%", None)],
        None,
    ),
    (
        "de",
        "Die Bilanzsumme der Bundesbank sank im November um 18 Milliarden auf 2,16 Billionen Euro, teilte die Bundesbank mit.",
        True,
        [("money", 18000000000, "EUR", None), ("money", 2160000000000, "EUR", None)],
        "die Bundesbank",
    ),
    ("de", "Ihre vollständige Prognose für Deutschland legt die Bundesbank am Freitag vor.", True, [], None),
    # --- Reaktionen in Österreich (APA), Donnerstag ---
    (
        "de",
        "Wien (APA) - OeNB-Gouverneur Gebhard Pfannhauser hat die Zinspause der EZB als „gut begründet“ bezeichnet.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Pfannhauser sagte vor Journalisten, er sehe derzeit keinen Anlass, den Einlagensatz von 1,75 Prozent weiter zu senken.",
        True,
        [("percent", 1.75, "%", None)],
        "Pfannhauser",
    ),
    (
        "de",
        "Die Inflationsrate in Österreich war im November laut Statistik Austria auf 2,8 Prozent gesunken.",
        True,
        [("percent", 2.8, "%", None)],
        "Statistik Austria",
    ),
    (
        "de",
        "Variabel verzinste Wohnkredite machen laut OeNB noch knapp die Hälfte des Neugeschäfts aus.",
        True,
        [("fraction", 0.5, None, "nearly")],
        "OeNB",
    ),
    (
        "de",
        "Die Industriellenvereinigung forderte die EZB auf, „die Tür für Senkungen nicht zuzuschlagen“.",
        False,
        [],
        None,
    ),
    ("de", "Die FPÖ sprach von einer „Enteignung der Sparer auf Raten“.", False, [], None),
    (
        "de",
        "Ob die EZB im Frühjahr doch nachlegt, hängt für viele Beobachter vor allem von den Lohnabschlüssen ab.",
        False,
        [],
        None,
    ),
    # --- Reaktionen in der Schweiz (Keystone-SDA), Donnerstag ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Schweizer Grossbanken wollen die Zinsen auf Sparkonten vorerst nicht weiter senken.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Auf Sparkonten erhalten Kundinnen und Kunden derzeit im Schnitt noch 0,1 Prozent Zins.",
        True,
        [("percent", 0.1, "%", None)],
        None,
    ),
    ("de", "Der Hauseigentümerverband begrüsste den Entscheid als «vernünftig und berechenbar».", False, [], None),
    (
        "de",
        "Die Devisenreserven der SNB belaufen sich nach eigenen Angaben auf rund 752 Milliarden Franken.",
        True,
        [("money", 752000000000, "CHF", "about")],
        None,
    ),
    ("de", "Rund ein Fünftel davon hält die Nationalbank in Aktien.", True, [("fraction", 0.2, None, "about")], None),
    (
        "de",
        "«Der starke Franken bleibt für viele Exportfirmen eine Belastungsprobe», sagte ein Sprecher des Industrieverbands Swissmem.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Exporte der Maschinenindustrie sanken in den ersten neun Monaten um 3,4 Prozent, teilte Swissmem mit.",
        True,
        [("ordinal", 1, None, None), ("duration", 9, "month", None), ("percent", 3.4, "%", None)],
        "Swissmem",
    ),
    # --- Currencies (Reuters), Thursday ---
    ("en", "FOREX-Sterling slips after BoE cut, Swiss franc steady", True, [], None),
    (
        "en",
        "TREASURIES-Two-year yields hit 11-week low as Fed cut sinks in",
        True,
        [("duration", 2, "year", None), ("duration", 11, "week", None)],
        None,
    ),
    (
        "en",
        "NEW YORK, Dec 18 (Reuters) - The greenback extended its post-Fed slide on Thursday, with its index against six peers down 0.3% at 96.84.",
        True,
        [
            ("date", "--12-18", None, None),
            ("count", 6, None, None),
            ("percent", 0.3, "%", None),
            ("count", 96.84, None, None),
        ],
        None,
    ),
    (
        "en",
        "The euro traded at $1.1835, and the Swiss franc held steady at 0.9291 per euro.",
        True,
        [("money", 1.1835, "USD", None), ("money", 0.9291, "CHF", None)],
        None,
    ),
    ("en", "Sterling touched $1.3152, its weakest since early November.", True, [("money", 1.3152, "USD", None)], None),
    (
        "en",
        "The Norwegian crown lost 0.6% against the euro after Norges Bank's cut, its sharpest one-day slide since mid-October.",
        True,
        [("percent", 0.6, "%", None), ("duration", 1, "day", None)],
        None,
    ),
    ("en", "The yen weakened to 153.85 per dollar late in New York.", True, [("money", 153.85, "JPY", None)], None),
    (
        "en",
        "Currency strategists said the day's decisions had produced fewer fireworks than many traders had braced for.",
        False,
        [],
        None,
    ),
    # --- Fed balance sheet (Reuters), Thursday ---
    (
        "en",
        "WASHINGTON, Dec 18 (Reuters) - The Fed halted the runoff of its Treasury holdings on Dec. 1, by which time its balance sheet had shrunk by about $2.4 trillion from a 2022 peak of nearly $9 trillion.",
        True,
        [
            ("date", "--12-18", None, None),
            ("date", "--12-01", None, None),
            ("money", 2400000000000, "USD", "about"),
            ("year", 2022, None, None),
            ("money", 9000000000000, "USD", "nearly"),
        ],
        None,
    ),
    (
        "en",
        "Its holdings of mortgage-backed securities continue to decline by up to $15 billion a month, with the proceeds reinvested in Treasury bills.",
        True,
        [("money", 15000000000, "USD", "up_to")],
        None,
    ),
    (
        "en",
        "The balance sheet stood at $6.52 trillion last week, according to weekly data.",
        True,
        [("money", 6520000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Reserve balances held by banks at the Fed have fallen to about $2.9 trillion, near the level officials consider ample.",
        True,
        [("money", 2900000000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Treasury bills account for roughly a fifth of the Fed's securities portfolio, up from about 4% three years ago.",
        True,
        [("fraction", 0.2, None, "about"), ("percent", 4, "%", "about"), ("duration", 3, "year", None)],
        None,
    ),
    ("en", 'Some Republican lawmakers called the bill purchases "QE by another name."', False, [], None),
    # --- Sparer und Kreditnehmer (dpa), Donnerstag ---
    ("de", "Was bedeutet die Zinspause für Sparer und Häuslebauer?", False, [], None),
    (
        "de",
        "Berlin (dpa) - Für Sparer dürften die Zinsen auf Tagesgeld nach Einschätzung von Experten vorerst kaum weiter sinken.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Im Schnitt zahlen Banken für Tagesgeld derzeit 1,41 Prozent, wie das Vergleichsportal Zinskompass ermittelte.",
        True,
        [("percent", 1.41, "%", None)],
        None,
    ),
    (
        "de",
        "Für zehnjährige Baukredite verlangen die Institute im Mittel 3,32 Prozent, rund 0,4 Prozentpunkte weniger als vor einem Jahr.",
        True,
        [("duration", 10, "year", None), ("percent", 3.32, "%", None), ("percent", 0.4, "pp", "about")],
        None,
    ),
    (
        "de",
        "Wer 400.000 Euro über zehn Jahre finanziert, zahlt damit etwa 85 Euro weniger im Monat.",
        True,
        [("money", 400000, "EUR", None), ("duration", 10, "year", None), ("money", 85, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Jeder vierte Sparer lässt sein Geld nach einer Umfrage des Portals weiterhin auf dem unverzinsten Girokonto liegen.",
        True,
        [("fraction", 0.25, None, None)],
        None,
    ),
    (
        "de",
        "Verbraucherschützer raten, Angebote genau zu vergleichen und sich nicht von Lockzinsen blenden zu lassen.",
        False,
        [],
        None,
    ),
    # --- Frankfurter Börse am Abend (dpa-AFX), Donnerstag ---
    ("de", "Aktien Frankfurt Schluss: Dax schließt nach Notenbank-Marathon mit Gewinnen", True, [], None),
    (
        "de",
        "Der deutsche Leitindex Dax ging 0,8 Prozent höher bei 26.418 Punkten aus dem Handel.",
        True,
        [("percent", 0.8, "%", None), ("count", 26418, None, None)],
        None,
    ),
    (
        "de",
        "Der MDax der mittelgroßen Werte gewann 1,1 Prozent auf 33.562 Punkte.",
        True,
        [("percent", 1.1, "%", None), ("count", 33562, None, None)],
        None,
    ),
    (
        "de",
        "Bankaktien legten im Schnitt um 2,3 Prozent zu, ihr Branchenindex erreichte ein Dreimonatshoch.",
        True,
        [("percent", 2.3, "%", None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "de",
        "Zehnjährige Bundesanleihen rentierten mit 2,71 Prozent, 4 Basispunkte mehr als am Vortag.",
        True,
        [("duration", 10, "year", None), ("percent", 2.71, "%", None), ("percent", 4, "bp", None)],
        None,
    ),
    (
        "de",
        "Der Euro kostete am Abend 1,1838 Dollar, die EZB hatte den Referenzkurs am Nachmittag auf 1,1842 Dollar festgesetzt.",
        True,
        [("money", 1.1838, "USD", None), ("money", 1.1842, "USD", None)],
        None,
    ),
    (
        "de",
        "Händler sprachen von einer Sitzung, in der die Notenbanken den Takt vorgaben und Unternehmensnachrichten in den Hintergrund traten.",
        False,
        [],
        None,
    ),
    ("de", "Pressestimme: „Börsen-Zeitung“ zur Zinspause der EZB", False, [], None),
    (
        "de",
        "„Die Notenbank hat sich ein bequemes Plateau gesucht, von dem aus sie die Lage betrachtet – ob es trägt, wird sich erst im Frühjahr zeigen.“",
        False,
        [],
        None,
    ),
    (
        "de",
        "Hinweis an die Redaktionen: Eine Zusammenfassung der Zinsentscheide des Tages folgt am Abend.",
        False,
        [],
        None,
    ),
    # --- credit line ---
    (
        "en",
        "(Reporting by Ingrid Solheim in Oslo, Johan Lindquist in Stockholm and Ruth Pemberton in London; Editing by Colm Ashby)",
        False,
        [],
        None,
    ),
]
