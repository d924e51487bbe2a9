"""Four-hundred-and-seventy-sixth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: a government appears only by role (Austria's, as „der
Regierung“), and the chairs, presidents, governors, deputy governors, chief economists,
board members and statisticians of real central banks and offices appear under made-up names
that stand for no real holder, or by their role only („der SNB-Präsident“, „der litauische
Notenbankchef“, "Tokyo's top currency diplomat").

Names: the central bankers and officials Élise Brassard-Nolan and Gordon Makepeace-Lund
(Bank of Canada), Ilona Vanderstraeten-Kuhl, Tiago Albergaria-Senn and Jurgis
Vaitkevičius-Hahn (ECB), Leopold Eichinger-Wallisch (OeNB), Marcus Delahunt-Reyes, Gwendolyn
Strickler-Ames, Cordell Ambry-Westcott and Lionel Brathwaite-Kemp (Fed), Alistair
Mountford-Greer, Miriam Adeyinka-Holm, Callum Dunsmore-Reid, Philippa Ashworth-Vane and
Tobias Ellacott-Breen (Bank of England), Martin Gasser-Jenelten (SNB), Friederike
Landwehr-Tiemann and Clemens Hartwig-Osterkamp (Bundesbank), Catriona Dwyer-Pascoe (RBA),
the statistician Nerida Carmody-Lane (ABS) and the sales chief Gerlinde Pusterhofer-Nagl
(Münze Österreich); the economists, strategists and analysts Mei-Lin Garroway-Sutch and
Tasman Ridge, Benoît Lacasse-Whyte and Rideau Hill Securities, Jasper Quennell-Roe and
Quayside Markets, Annegret Scholz-Vennemann and the Hunte-Kontor Bank, Dominik Hefele-Ruß
and the Bankhaus Rietberg, Ursula Kogler-Thaler and the Traunsee Bank, Dmitri Kowalczyk-Hale
and Larkhill Row Capital, Kendra Vollmer-Hayes and Fallowmere Asset Management, Imogen
Tressider-Blake and Cheyne Walk Securities, Sandeep Oberoi-Grant and Albion Gate, Rupert
Essendine and Grange Lane Commodities; the vox-pop speakers Lorraine Pickett, Shannon
Mulgrave-Tebb and Renata Colquhoun-Ortiz; the comparison site HomeLoanCompass and the
housebuilder Barrowmere Homes; and every unnamed economist, trader, analyst, investor,
pensioner, member, union, party and source. Made-up names were checked against every file
under tests/ and are in use in none of them. Real central banks, offices, bodies, firms,
papers, programmes, markets, indices and places (Europäische Zentralbank, EZB, EZB-Rat,
Deutsche Bundesbank, Destatis, HVPI, Bundesanleihen, Bundesschatzanweisungen,
Oesterreichische Nationalbank (OeNB), Statistik Austria, Münze Österreich, Philharmoniker,
Ö1-„Morgenjournal“, Arbeiterkammer, Verdi, die Grünen, Wiener Börse, ATX, Schweizerische
Nationalbank (SNB), Bundesamt für Statistik (BFS), Landesindex der Konsumentenpreise,
Finanzdirektorenkonferenz, SMI, Eidgenossen, US-Notenbank Fed, Offenmarktausschuss, Bank of
England, Dax, MDax, „Frankfurter Allgemeine Sonntagszeitung“; the Reserve Bank of Australia,
the RBA, the Australian Bureau of Statistics, the ABS, the S&P/ASX 200, Westpac, ANZ, the
Bank of Canada, Governing Council, the Monetary Policy Report, the European Central Bank,
the ECB, Eurostat, the Federal Reserve, the Commerce Department, CME Group's FedWatch tool,
Treasuries, the S&P 500, the Nasdaq Composite, the Dow Jones Industrial Average, the Bank of
England, the BoE, the MPC, Bank Rate, gilts, UK Finance, Moneyfacts, LSEG, MSCI, the Nikkei,
the World Gold Council, OPEC+, Brent, West Texas Intermediate, Freddie Mac, the National
Association of Realtors, the FTSE 100, the St. Louis Fed, the University of Leeds, Halifax,
Lissabon, Graz, Tokyo, Brisbane, Carindale, Toledo, Ohio, Phoenix and the datelines' cities)
stand for the way wire copy names them; every rate, move, vote, print, forecast, yield,
spread, price, level, exchange rate, result, poll, probability, quote, label and reaction
here is invented, and where a real figure came to mind (a real policy rate, a real vote, a
real inflation print, a real central bank profit, a real gold holding, a real record price,
a real index level, a real exchange rate) it was changed.

Its weight: CENTRAL BANKS, INTEREST RATES, INFLATION AND FINANCIAL MARKETS - the first round
under this combined heading and the seventh for central banks (the eighty-seventh,
hundred-thirty-ninth, two-hundred-and-seventeenth, three-hundred-and-twenty-fourth,
three-hundred-and-fifty-seventh and four-hundred-and-twenty-third batches weighed central
banks, inflation and rates; the thirty-eighth, sixty-second, hundred-fifty-fourth,
two-hundred-and-fortieth, two-hundred-and-ninety-fourth, three-hundred-and-fifty-first and
three-hundred-and-ninety-second financial markets, stock markets, currencies and
commodities; the fifty-fourth, eighty-fifth and four-hundred-and-seventeenth consumer prices
and inflation data; the three-hundred-and-forty-fifth oil and gas markets; their decisions
are kept) - this time as nearly three weeks of rate decisions and what markets made of them,
Wednesday, October 25, to Sunday, November 12, 2034, with projections for 2035 and 2036: 42
short stories in story order, the German and English ones interleaved by day. German (dpa,
dpa-AFX with a „TAGESVORSCHAU:“ agenda, reaction lines, „Aktien Frankfurt Schluss:“ and the
ECB's reference rates, Reuters German, APA with Austrian „heuer“, „Jänner“, „Pensionistin“
and „Einheiten“, awp and Keystone-SDA with Swiss „12'874,35“, „110'400 Franken“, „gross“ and
«» quotes, German „“ quotes): the ECB preview with its poll, money-market odds, Bund yields
and the Italian spread, the ECB's fourth hold, its president's press conference, economists'
reaction lines, the OeNB governor on Ö1 with Austrian loan and deposit rates, German October
inflation, Austrian October inflation, the SNB's nine-month profit, the Fed's cut in German,
Thursday's agenda, the Bank of England's cut „mit 6:3 Stimmen“, Swiss October inflation, the
Frankfurt close with gold, the SNB president on the franc, the Bundesbank's financial
stability report, gold sales of the Münze Österreich, an ECB council member's interview, the
euro with the ECB's reference rates, the SMI's week, the ATX's week and a Sunday-paper
interview with the Bundesbank president. English (Reuters with dated datelines and "GLOBAL
MARKETS-" and "FOREX-" headlines, AP, PA, AAP and CP; US, UK, Australian and Canadian usage:
"per cent", "A$", "US66.85 cents", "the loonie", "favor", "the fall", "pencilled", "Bank
Rate"): Australian third-quarter inflation, the Bank of Canada's cut with its Monetary
Policy Report, the ECB's hold and press conference, the U.S. PCE gauge, an RBA preview poll,
euro zone October inflation, the Fed's 10-2 cut and its chair's news conference, Asian and
commodity markets after the Fed, the Bank of England's 6-3 cut with its minutes and
projections, mortgages and savers, the dollar's week, the RBA's hold and Australian
borrowers, gold at a record and oil, the Bank of Canada's summary of deliberations, the BoE
chief economist's speech, a Fed governor on December, U.S. mortgage rates, the markets' week
and the London close. Speakers as such copy has them: „X sagte, ...“, „sagte X“, „teilte ...
mit“, „wie ... mitteilte“, „so das BFS“, „Laut OeNB“, „sagte X der Nachrichtenagentur
Reuters“, „Die „Frankfurter Allgemeine Sonntagszeitung“ zitierte X mit den Worten“; "X
said", "said X", "told reporters", "told a news conference", "told a media conference",
"said in a speech", "Asked about ..., X said", "The BoE said", "The Fed said in a
statement", "Eurostat said", "Moneyfacts said"; beside them the forms left unchecked
(pronouns and roles, role nouns for a bank, plural groups and anonymous sources, data,
minutes, summaries and reports, estimating verbs, descriptions before a name, every
"according to", the names heading reaction lines). Figures as such copy has them: policy
rates, ranges and neutral bands, moves in basis points and percentage points („um zwei
Basispunkte“, „einen Viertelprozentpunkt“, "25 basis points", "8 bps", "a quarter point", "a
larger half-point cut", "a larger half-percentage-point cut", "roughly 0.3 percentage
point"), votes and boards ("10-2", "6-3", "by a majority of 6–3" with an en dash, „mit 6:3
Stimmen“, „neunköpfigen“, „Zwei der zwölf“, "all 27"), inflation prints, projections and
consensus figures, market odds in percent and as a fraction, yields with their maturities
and spreads in basis points, index levels and points with Swiss and Austrian forms, exchange
rates in dollars, U.S. cents, Canadian dollars, francs, pounds, yen and euros with the ECB's
fixing and its bare brackets, gold per ounce, per „Feinunze“ and per kilo, oil per barrel
and in cents, tonnes, barrels and coins, central bank balance sheets and profits, mortgage
sums and savings rates, number words („zwei“, „vier“, „Drei“, „zweijähriger“, "Eighteen",
"Twenty", "six", "Ten-year"), fractions („nur noch gut ein Drittel“, „um ein Drittel mehr“,
„knapp die Hälfte“), a multiple ("more than twice"), ordinals (holds and cuts in a row,
quarters and halves), hedges, ranges, years and dates. Negatives as such copy has them - 57
rows, none with a figure: central bankers' quoted assessments, reassurances and guidance
without a measure, a refusal and a dodge, a warning lead and a verdict lead, a central
bank's caution, economists', strategists' and analysts' verdicts and group views, readings
as labels, labels of a union, a party, a chamber, the cantonal finance directors and a
trader, traders' cited reasons and a reported view, advice, vox pops, a heading of reaction
lines and an agenda heading - each near a check-worthy look-alike from the same story and
most often from the same speaker.

243 rows (123 German, 120 English), 57 negatives (29 German, 28 English), 186
check-worthy rows of which 12 carry no figure (8 German, 4 English), 364 expected
quantities (191 percentages - 162 in "%", 16 in percentage points "pp", 13 in basis
points "bp" -, 54 counts - 53 plain, 1 multiple in "times" -, 50 amounts of money - 22
USD, 11 CHF, 5 EUR, 5 GBP, 3 JPY, 2 AUD, 2 CAD -, 18 durations - 13 in years, 3 in
months, 1 in days, 1 in weeks -, 17 dates - 1 with a year, 16 without -, 16 years, 15
ordinals, 3 fractions; none of them in a negative), 37 checked speakers (19 German, 18
English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised, punctuation both dropped and read as a space) were reworded before the commit;
none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence or one line as sent and is judged alone (sixteenth; thirty-second
  and the flash rounds). A quoted or reported figure, step, forecast, estimate, tally, plan
  or position is check-worthy with the speaker its own attribution gives, also in Konjunktiv
  I; a quoted or reported assessment, reassurance, label, verdict, caution, dodge or piece
  of guidance without a measure is a negative with speaker None, also with a named speaker
  and an office (seventh, ninety-eighth, hundred-thirty-ninth, two-hundred-and-seventeenth,
  three-hundred-and-twenty-fourth, three-hundred-and-fifty-seventh,
  four-hundred-and-twenty-third). Pairs from one speaker: Brassard-Nolan's half point and
  quarter point beside "We are not on autopilot"; Vanderstraeten-Kuhl's 27 members, her 0.3
  percentage point (in both languages) and her 3,4 Prozent beside "We are in a good place
  ...", her refusal to say and „Wir legen uns nicht fest, in keine Richtung.“;
  Eichinger-Wallisch's Prozentpunkt beside „jetzt braucht es Geduld“; Delahunt-Reyes's
  neutral band (in both languages) and his two dissents beside "We are well positioned ..."
  and his dodge on December; Mountford-Greer's 5.1% and 4.2% beside his guidance "gradually
  and carefully" and "The job is not done ..."; Gasser-Jenelten's 4 Prozent, his readiness
  and his option kept open beside «Wir schauen genau hin ...» (told by role);
  Landwehr-Tiemann's 2,1 and 2,9 Prozent beside „Die Banken sind robust ...“;
  Hartwig-Osterkamp's 2,5 Prozent vote and his 2,4 Prozent beside „Wer jetzt weitere
  Senkungen verspricht ...“; Dwyer-Pascoe's unanimous decision beside "alert, not alarmed";
  Pusterhofer-Nagl's 180.000 coins beside „aus Angst, nicht aus Gier“; Ellacott-Breen's 3.5%
  beside "Patience is a policy too"; Vaitkevičius-Hahn's neutral band beside his verdict
  lead and „nicht auf jede einzelne Monatszahl“ (told by role); Brathwaite-Kemp's 0.2% and
  his 62,000 beside "falling off a cliff"; Kowalczyk-Hale's 2.8% beside "The Fed's last mile
  ..."; Vollmer-Hayes's, Garroway-Sutch's, Lacasse-Whyte's, Quennell-Roe's, Oberoi-Grant's
  and Essendine's verdicts beside their stories' figures.
- Forward guidance that names neither a figure nor a committed step is a negative, quoted,
  reported or in Konjunktiv I and whoever gives it (hundred-thirty-ninth,
  two-hundred-and-seventeenth, three-hundred-and-twenty-fourth,
  three-hundred-and-fifty-seventh, four-hundred-and-twenty-third): „Der Rat sei entschlossen,
  die Inflation zeitnah wieder auf den Zielwert zu bringen, hieß es in der Erklärung.“,
  "Policymakers would weigh each further step against the incoming data, the statement
  said.", Mountford-Greer's "gradually and carefully" told to reporters, "The summary said
  members did not want to signal a predetermined path for rates." and «Wir schauen genau hin
  und handeln, wenn es nötig ist» - a readiness naming no instrument, while the SNB
  president's readiness to intervene in the currency market is check-worthy
  (four-hundred-and-twenty-third: «Falls nötig, greifen wir auch künftig am Devisenmarkt
  ein»). So are a lead made only of a warning („Die Bundesbank sieht in den stark
  gestiegenen Aktienkursen eine wachsende Gefahr für die Finanzstabilität.“;
  three-hundred-and-twenty-fourth, four-hundred-and-twenty-third: „... hat vor einer zu
  raschen Lockerung der Geldpolitik gewarnt.“), a lead made only of a verdict with „halten
  ... für“ („EZB-Ratsmitglied Jurgis Vaitkevičius-Hahn hält eine Zinssenkung im Dezember für
  unwahrscheinlich.“; ninety-eighth, four-hundred-and-seventeenth: „Viele Volkswirte halten
  eine Zinssenkung im April damit für unwahrscheinlich.“), a central bank's caution naming
  no measure („Die Aussagekraft des Zwischenergebnisses ... sei nicht allzu gross, mahnte
  die Nationalbank.“; three-hundred-and-ninety-second: cautions), a refusal ("She declined
  to say whether ...") and a dodge („Ob im Dezember ein weiterer Schritt folgt, ließ
  Delahunt-Reyes offen.“; four-hundred-and-twenty-third).
- Check-worthy without a figure (12 rows; eighty-fifth, eighty-seventh,
  hundred-thirty-ninth, three-hundred-and-fifty-seventh, three-hundred-and-ninety-second,
  four-hundred-and-seventeenth, four-hundred-and-twenty-third): a consensus stated as what
  economists expect („... rechnen Ökonomen fast einhellig mit einer weiteren Zinspause.“;
  four-hundred-and-twenty-third: „Sämtliche von AWP befragten Ökonomen erwarten eine
  Zinspause.“), leads stating a move („Der Preisauftrieb hierzulande hat im Oktober wieder
  Fahrt aufgenommen.“, „Der Rekordlauf des Goldpreises beschert der Münze Österreich heuer
  eine außergewöhnlich starke Nachfrage.“, „Der Wiener Aktienmarkt hat die Woche mit
  Gewinnen beendet.“), the headlines "GLOBAL MARKETS-Stocks firm, dollar slips after Fed
  cut; gold near record" and „Aktien Frankfurt Schluss: Dax beendet Zinswoche mit
  deutlichem Plus“, the Fed's statement on inflation and job gains (a body's account of
  data, hundred-thirty-ninth), the SNB president's stated readiness to intervene in the
  currency market and the option kept open („Eine Rückkehr zu Negativzinsen schloss er nicht
  aus.“), the Bundesbank report's finding that valuations stand above their long-run
  average, the RBA governor's unanimous decision (four-hundred-and-twenty-third: "The
  decision was unanimous, the SNB said.") and the two banks' announced plan to leave their
  variable rates unchanged (three-hundred-and-fifty-seventh: a plan announced).
- Forecasts, projections, polls and market pricing with a figure are check-worthy
  (eighty-seventh, hundred-thirty-ninth, two-hundred-and-seventeenth,
  three-hundred-and-twenty-fourth, three-hundred-and-fifty-seventh,
  four-hundred-and-twenty-third): the Bank of Canada's, the BoE's, the RBA's, the SNB's, the
  OeNB governor's and the Bundesbank's figures, Kowalczyk-Hale's 2.8%, the polls („58 von
  61 Volkswirten“ - three-hundred-and-twenty-fourth: "58 of 64 economists" -, "Eighteen of
  the 24 forecasters", "all 31 economists surveyed" - "all" no hedge - and "Twenty of them"),
  the consensus figures ("Economists had forecast a quarterly rise of 0.7 per cent.",
  "Economists had pencilled in 2.4% on average." - "on average" no hedge -, „Von Reuters
  befragte Volkswirte hatten eine Rate von 2,3 Prozent vorhergesagt.“) and the odds ("only a
  20 per cent probability" - "only" no hedge -, "at about 85%", "to about 30% from 40%", "a
  roughly 40% chance", "a 68% probability ..., up from 55%", „zu etwa 40 Prozent
  eingepreist“ "about", „nur noch gut ein Drittel“ 0.3333 "over" -
  three-hundred-and-fifty-seventh: odds written as a fraction stay a fraction). dpa-AFX's
  reaction lines are judged on the quote with the name unchecked
  (three-hundred-and-fifty-seventh): Scholz-Vennemann's 1,75 Prozent and Kogler-Thaler's 2,5
  Prozent are check-worthy, Hefele-Ruß's „Die EZB spielt auf Zeit ...“ and the heading
  „EZB-Zinspause: So reagieren Volkswirte“ are negatives (three-hundred-and-fifty-seventh,
  four-hundred-and-twenty-third).
- Other negatives (ninety-eighth, hundred-thirty-ninth, two-hundred-and-seventeenth,
  three-hundred-and-ninety-second, four-hundred-and-seventeenth), none with a figure:
  economists' and strategists' verdicts in quotes, group views without a figure ("Several
  analysts said the figures made a December cut much harder to justify.", "Economists said
  the board's warning had caught some traders off guard.", „Ökonomen sehen darin keinen
  Grund für die SNB, ...“, "Some investors cautioned ..."), readings as labels („Analysten
  werteten den Auftritt der Präsidentin als Hinweis, ...“, „Volkswirte sahen in dem knappen
  Votum ein Zeichen, ...“; hundred-thirty-ninth), labels („Die Gewerkschaft Verdi sprach von
  ...“, „Die Grünen warfen der Regierung ... vor.“, „Die Arbeiterkammer kritisierte, ...“,
  „Die Finanzdirektorenkonferenz sprach von ...“, „Ein Wiener Händler sprach von ...“),
  traders' cited reasons („..., sagte ein Händler.“, „Devisenhändler verwiesen auf ...“,
  "Traders said thin volumes ... had exaggerated some of the moves."; hundred-fifty-fourth,
  three-hundred-and-ninety-second), a reported view with „meinte“
  (three-hundred-and-fifty-first), a trader's quoted colour on gold, advice
  (Tressider-Blake's; four-hundred-and-seventeenth: advice), the vox pops without a figure
  (the Graz pensioner, Pickett, Mulgrave-Tebb, Colquhoun-Ortiz; two-hundred-and-eightieth)
  and the agenda heading „TAGESVORSCHAU: Zinsentscheid in London, Arbeitsmarktdaten aus den
  USA“ (three-hundred-and-fifty-seventh).
- Rates and moves (eleventh, sixty-second, eighty-seventh, hundred-thirty-ninth,
  two-hundred-and-seventeenth, three-hundred-and-twenty-fourth,
  three-hundred-and-fifty-seventh, four-hundred-and-twenty-third): levels in percent as
  written (trailing zeros no other value, seventy-first: "2.00%" and „2,00 Prozent“ 2.0,
  "3.50%" and „3,50 Prozent“ 3.5, "2.50%" 2.5, "3.0 per cent" 3.0 - "per cent" is "%",
  eighty-seventh); ranges and bands give both ends ("to the 3.00%-3.25% range", „3,00 bis
  3,25 Prozent“, "between 3% and 3.5%", „zwischen 3 und 3,5 Prozent“, „zwischen 1,75 und
  2,25 Prozent“, „um 15 bis 25 Prozent“; "between ... and", „zwischen ... und“ and „um“ no
  hedge). Basis points are "bp" ("25 basis points" twice, "6 basis points", "3 basis
  points" twice, "4 basis points", "11 basis points", „um zwei Basispunkte“ and „um vier
  Basispunkte“ - number words, two-hundred-and-ninety-fourth -, „um 25 Basispunkte“, the
  spreads „bei 104 Basispunkten“ and "to 101 bps" - two-hundred-and-seventeenth: "to 78 basis
  points" for a spread -, "8 bps" - hundred-thirty-ninth: "6 bps"); percentage points are
  "pp" ("a larger half-point cut" 0.5, "a quarter point" and "by a quarter point" 0.25 -
  eleventh -, "the quarter-point cut" twice, "a quarter-point Fed cut", "one more
  quarter-point cut" 1 and 0.25, "another quarter-point cut" 0.25 only, "roughly 0.3
  percentage point" 0.3 "about", „um rund 0,3 Prozentpunkte“ "about", „um einen
  Viertelprozentpunkt“ twice and „um 0,25 Prozentpunkte“ 0.25, „rund einen Prozentpunkt“ 1
  "about"). New: "a larger half-percentage-point cut" is 0.5 pp - the fraction word heading
  the hyphenated point compound, as "by a quarter-percentage point" was 0.25 pp
  (four-hundred-and-twenty-third). Targets keep their figure with no hedge ("above its 2%
  target", "back at the 2% target", "close enough to the 2% target", "falling back to its
  2% target", „auf dauerhaft 2 Prozent“; three-hundred-and-fifty-seventh,
  four-hundred-and-twenty-third). Bounds right before a figure are hedges: "below 3.5%" and
  „unter 2,8 Prozent“ "under" (two-hundred-and-seventeenth), "above 7.5%" and „über 2,5
  Prozent“ "over" (three-hundred-and-ninety-second, four-hundred-and-sixty-sixth), "no more
  than 0.2%" "at_most" (hundred-seventh, four-hundred-and-seventy-first); „unter den 4,1
  Milliarden Euro“ bounds nothing - the preposition stands before the article
  (three-hundred-and-fifty-seventh: „unter der“). Names carry none: "cash rate", "overnight
  rate", "deposit rate", "Bank Rate", "policy rate", "trimmed mean", "core",
  „Einlagensatz“, „Leitzins“, „Zielkorridor“, „Kernrate“, „Kerninflation“, „HVPI“,
  „Umlaufrendite“, „Nullzins“, "Monetary Policy Report", "Fed funds futures".
- Votes and boards are counts, one per figure (sixth, tenth, eighty-seventh,
  hundred-thirty-ninth, two-hundred-and-seventeenth, three-hundred-and-twenty-fourth,
  three-hundred-and-fifty-seventh, four-hundred-and-twenty-third): "The vote was 10-2" 10
  and 2, "two policymakers" 2, "the two dissents" 2, „Zwei der zwölf stimmberechtigten
  Notenbanker“ 2 and 12, "in a 6-3 vote" 6 and 3 with "three policymakers" 3, „mit 6:3
  Stimmen“ 6 and 3 (hundred-thirty-ninth), „Drei Mitglieder des neunköpfigen Gremiums“ 3
  and 9, "all 27 Governing Council members" 27 ("all" no hedge). New: "voted by a majority
  of 6–3" gives 6 and 3 - the en dash between two figures of a tally is read as the hyphen
  of "7-2" (two-hundred-and-sixty-fifth: an en dash between two figures is a range sign like
  the hyphen), and it makes no minus, which the en dash is only when it opens a figure
  (three-hundred-and-eighty-second). "unanimous", "Members", "Some members", "Several
  analysts" and "the rest" carry none.
- Cuts and holds counted and ordered (eighty-seventh, hundred-thirty-ninth,
  two-hundred-and-seventeenth, three-hundred-and-fifty-seventh,
  four-hundred-and-twenty-third): "its third reduction this year" 3, „zum vierten Mal in
  Folge“ 4, "the Fed's second cut this year" 2, "the BoE's fourth since February" 4, „Zum
  vierten Mal seit Februar“ 4, "second weekly loss" 2 and "third weekly gain" 3 in the
  headlines (three-hundred-and-ninety-second: "their third weekly gain in a row"), "one
  more quarter-point cut" 1; „eine weitere Senkung“, "another quarter-point cut", "another
  cut", „ein weiterer Schritt“ carry no count (three-hundred-and-fifty-seventh). New: "for
  the fourth meeting running" is ordinal 4 - "running" after the noun says what "straight"
  and "in a row" say (three-hundred-and-fifty-seventh: "for a third straight meeting").
  New: „mit einer letzten Senkung auf 1,75 Prozent“ carries no count - „einer“ is the
  article, as in „eine weitere Senkung“ (three-hundred-and-fifty-seventh), while the English
  "one final cut" gave 1 for its numeral (four-hundred-and-twenty-third). Quarters and halves
  ("the second half of 2035" twice and "of 2036" 2 and the year, "in the first quarter of
  2035" 1 and the year, "in the third quarter" 3, „im zweiten Quartal“ 2, „In den ersten drei
  Quartalen“ ordinal 1 and count 3 - fifteenth, a quarter no unit of duration). New: "the
  September quarter", "the July-September period" and "the prior quarter" carry none - a
  quarter named by its last month or by its months is a month, and "prior" is no ordinal;
  „von Januar bis September“ none (months).
- Inflation prints (eighty-fifth, hundred-thirty-ninth, two-hundred-and-seventeenth,
  three-hundred-and-fifty-seventh, four-hundred-and-seventeenth,
  four-hundred-and-twenty-third): rates as written; "from 2.3% in September", "up from 2.5%
  in August", "from 4.2%", „nach 2,1 Prozent im Monat davor“, „nach 3,55 Prozent im Juni“
  the second figures; comparison tags none ("on the year", "over the year", "from a year
  ago", "from a year earlier", "compared with the prior quarter", „im Monatsabstand“,
  „binnen Jahresfrist“, „als vor einem Jahr“, „Verglichen mit September“); „1,3 Prozent
  weniger“ 1.3 („weniger“ after the figure compares, hundred-first); the index level „auf
  108,4 Punkte“ a count (sixty-second, eighty-fifth). New: „binnen eines Jahres“ carries no
  duration - the article before the unit, as "a year earlier" and "in more than a year"
  (three-hundredth) carry none, the twin of „binnen Jahresfrist“
  (four-hundred-and-seventeenth).
- Bonds and durations (eleventh, sixty-second, hundred-thirty-ninth,
  two-hundred-and-seventeenth, three-hundred-and-fifty-seventh,
  three-hundred-and-ninety-second, four-hundred-and-twenty-third): maturities are durations
  ("10-year yields", "two-year Treasuries" twice, "two-year gilt yields", "Ten-year gilt
  yields", "Benchmark 10-year Treasury yields", „zehnjähriger Bundesanleihen“, „zweijähriger
  Bundesschatzanweisungen“, "Two-year fixed home loans" - four-hundred-and-twenty-third: "the
  typical two-year fixed deal" -, "30-year U.S. mortgage rate" 30 years, "15-year fixed-rate
  loans" 15 years). New: „der zehnjährigen Eidgenossen“ is 10 years - the Swiss name for
  federal bonds takes its maturity as „zehnjähriger Bundesanleihen“ does. Records keep their
  span ("its steepest in seven weeks" 7 weeks, "its lowest reading in 14 months" 14 months,
  "its highest in nearly five years" 5 years "nearly"); "three months ago" 3 months
  (four-hundred-and-twenty-third: „vor fünf Jahren“), "in the past three months" 3 months,
  „nach zweitägigen Beratungen“ 2 days (four-hundred-and-twenty-third: „der zweitägigen
  Sitzung“). None: "the highest in more than a year" (an article, three-hundredth), "this
  year", "so far this year", "last week", "last week's", "next week", "last month", "a week
  ago", "a week earlier", "since the summer", "before Christmas", "through the fall", "until
  the end of March", „heuer“, „im kommenden Jahr“, „in diesem Jahr“, „seit Jahresbeginn“,
  „zu Jahresbeginn“, „Auf Wochensicht“, „auf Wochensicht“, „am Vortag“, „Seit Jänner“ (the
  Austrian month, a month as any), weekdays and clock times ("10:00", "13:00", "14:30").
- Exchange rates are money in the priced currency (sixty-second, hundred-thirty-ninth,
  hundred-fifty-fourth, two-hundred-and-ninety-fourth, three-hundred-and-fifty-first,
  three-hundred-and-fifty-seventh, three-hundred-and-ninety-second,
  four-hundred-and-twenty-third): "$1.1935" and "$1.3384" USD, „bis auf 1,1968 Dollar“ and
  „bis auf 1,1991 Dollar“ USD („bis auf“ no hedge), "143.20 per dollar" after "The yen" JPY,
  "0.9210 per euro" after "The Swiss franc" CHF, "1.3805 per U.S. dollar" after "the
  Canadian dollar" CAD and "72.24 U.S. cents" 0.7224 USD (hundred-thirty-ninth: "1.3820 per
  U.S. dollar, or 72.36 U.S. cents"), „0,8732 Pfund“ after „Ein Euro kostete“ GBP, „bei
  0,9198 Franken, der Dollar bei 0,7714 Franken“ CHF, „Der Dollar kostete damit 0,8351 Euro“
  EUR (hundred-fifty-fourth), the ECB's fixing „auf 1,1974 (Mittwoch: 1,1931) Dollar“ both
  USD (three-hundred-and-fifty-sixth) and the bare brackets „0,8742 (0,8729) Pfund, 171,52
  (170,88) Yen und 0,9187 (0,9203) Franken“ both figures in each currency
  (four-hundred-and-twenty-third: „1,9 (2,0) Prozent“; „Für einen Euro“ none). New: "The
  loonie weakened 0.4% to 1.3842 to the greenback" gives 1.3842 CAD - "the loonie" is the
  Canadian dollar and "to the greenback" reads as "per U.S. dollar" (hundred-thirty-ninth).
  New: the Australian dollar "at US66.85 cents", "at US66.70 cents" and "to US67.05 cents"
  is 0.6685, 0.667 and 0.6705 USD - the "US" set before the figure names the currency as
  "A$" names AUD (every AAP row), and U.S. cents are USD hundredths (hundred-thirty-ninth:
  "72.36 U.S. cents").
- Index levels and points are counts, index names carry none (sixty-second,
  hundred-fifty-fourth, two-hundred-and-ninety-fourth, three-hundred-and-fifty-first,
  three-hundred-and-ninety-second): "52,870.15" with "578 points", "96.12" for the dollar
  index with "six major currencies" 6, "8,912.6", "7,214.88", "186 points", "closed up 38.12
  points" and "10,412.56" (unsigned), „26.418,52 Punkte“, „32.105 Zähler“, „bei 12'874,35
  Punkten“ (Swiss, tenth), „auf 5.318,27 Einheiten“ (APA, hundred-fifty-fourth), „Von den 20
  SMI-Titeln legten 13 ... zu“ 20 and 13, the agenda lines' „49,6 Punkte“ twice; moves with
  direction words unsigned ("closed 0.3% lower", „0,2 Prozent tiefer“; hundred-first).
  "S&P/ASX 200" (two-hundred-and-ninety-ninth), "S&P 500", "FTSE 100", "Nasdaq
  Composite", "Dow Jones Industrial Average", "Dax", "MDax", "SMI", "ATX", "MSCI", "Nikkei",
  "OPEC+", "Brent" and "West Texas Intermediate" carry none.
- Gold, oil and other unit prices are money, the unit after "an", "a", „je“ carrying none
  (sixty-second, hundred-fifty-fourth, three-hundred-and-forty-fifth,
  three-hundred-and-fifty-first, three-hundred-and-ninety-second,
  four-hundred-and-seventeenth): "$4,386.40 an ounce", "$4,412.75", "$4,451.90 an ounce",
  „4.371 Dollar“ and „rund 3.660 Euro“ "about" („Eine Feinunze“ none), „bis zu 3.730 Euro“
  "up_to", „rund 110'400 Franken“ CHF "about" („Ein Kilo“ none, four-hundred-and-
  seventeenth: „Ein Kilo“), "$81.16 a barrel", "$82.47 a barrel", "$82.90 a barrel",
  "$78.05", "42 cents" and "96 cents" as USD hundredths (hundred-fifty-fourth). New: "just
  shy of the record $4,412.75" carries no hedge - "just shy of the" stands before the
  article, as "just below the 50% threshold" (hundredth) and "below the"
  (four-hundred-and-seventeenth) bound no figure. Tonnes, barrels and coins are counts: „von
  unverändert 1040 Tonnen“ (Swiss four digits without a separator, forty-eighth), „rund 24,5
  Tonnen“ and „rund 280 Tonnen“ "about", "a net 231 tonnes" with no hedge
  (hundred-fifty-fourth: "a net 38 tonnes"), "2 million barrels per day" ("per day" none,
  three-hundred-and-ninety-second), „mehr als 180.000 Philharmoniker-Münzen“ "over".
- Balance sheets, results and other money in the currency written (eleventh,
  eighty-seventh, hundred-thirty-ninth, three-hundred-and-fifty-seventh,
  four-hundred-and-twenty-third): "about $6.2 trillion" "about" and "nearly $9 trillion"
  "nearly" with "in 2022"; the SNB's „38,6 Milliarden Franken“, „29,1 Milliarden Franken“,
  „9,8 Milliarden Franken“, „57,4 Milliarden Franken“ and „6 Milliarden Franken“ CHF; the
  Bundesbank's „4,1 Milliarden Euro“; the Vienna turnover „rund 128 Millionen Euro“ "about"
  (three-hundred-and-ninety-second); "£200,000" and "about £29" GBP
  (three-hundred-and-fifty-seventh: "£250,000" and "about £32"), "A$600,000" and "about
  A$1,150" AUD ("a month", "monthly" none).
- Fractions, multiples and other counts (the issue; hundred-thirty-ninth,
  three-hundred-and-fifty-seventh, three-hundred-and-ninety-second): „nur noch gut ein
  Drittel“ 0.3333 "over", „um ein Drittel mehr als im Vorjahreszeitraum“ 0.3333 with no
  hedge („um“ none, „mehr als“ after the share compares; three-hundred-and-ninety-second),
  „knapp die Hälfte davon“ 0.5 "nearly"; "more than twice the rate" count 2 "times" "over"
  (tenth, eleventh: "more than twice ..."); "Some 620,000 households" 620,000 "about"
  (two-hundred-and-ninety-fourth: "Some" "about"), "averaged just 62,000 a month" 62,000
  ("just" no hedge, "a month" none), "an annual rate of 4.12 million" 4,120,000, the agenda
  lines' „Prognose: 228.000, zuvor: 231.000“ both (three-hundred-and-fifty-seventh),
  "Eighteen of the 24" (a number word opening the row, three-hundredth), "Twenty of them".
- Years and dates: „Für 2033“, „für 2034“, „Für 2034“, "in 2035" twice, „2035“, "of 2035"
  thrice, "by the middle of 2035", "of 2036", "in 2036", „erst 2036“, "since 1979", "in
  2022" twice the years; dates without a year: "November 7" (AAP's month written out) and
  "Nov 21" --11-07 and --11-21, „am 14. Dezember“ --12-14; with a year: „am 14. Dezember
  2034“ 2034-12-14 (the issue: „am 1. Jänner 2026“); Reuters English datelines with a day
  ("OTTAWA, Oct 25", "FRANKFURT, Oct 26", "SYDNEY, Oct 30", "BRUSSELS, Oct 31", "WASHINGTON,
  Nov 1", "LONDON, Nov 2" twice, "NEW YORK, Nov 3", "SYDNEY, Nov 7", "LONDON, Nov 8" twice,
  "WASHINGTON, Nov 9", "NEW YORK, Nov 10") dates without a year; dpa, dpa-AFX, Reuters
  German, APA, awp, Keystone-SDA („Neuenburg (sda)“, „Zürich (sda)“), AAP ("SYDNEY (AAP)"),
  AP ("WASHINGTON (AP) —", "LOS ANGELES (AP) —"), CP ("OTTAWA (CP) —") and PA ("LONDON (PA)
  -") datelines none (seventy-ninth, hundred-thirtieth).
- Hedges, only the names in use: "about", "roughly", "around", "Some", „rund“, „etwa“
  "about"; "nearly", „knapp“, „fast“ "nearly"; "more than", "above", „gut“, „mehr als“,
  „über“ right before a figure "over"; "below", „unter“ right before a figure "under"; "as
  much as", „bis zu“ "up_to"; "no more than" "at_most". No hedge: "only", "just", "all", "a
  net", "a solid", "on average", "averaged", „nur noch“, „im Schnitt“, „durchschnittlich“,
  „zuletzt“, „zeitweise“, „bis auf“, „allein“, „unverändert“, „dauerhaft“, „um“ before a
  difference, "just shy of the", „unter den“, "between ... and", „zwischen ... und“, the "-"
  and „bis“ of a range, "from" and "to" of a move, and „mehr als“, „weniger“ after a figure.
- Speakers, checked only in forms the earlier batches settled (and the New ones here).
  German: „teilte die EZB nach ihrer turnusmäßigen Ratssitzung am Donnerstag mit“ -> "die
  EZB" (the occasion and the weekday dropped; four-hundred-and-twenty-third), „wie Destatis
  am Montag mitteilte“ -> "Destatis" (four-hundred-and-seventeenth), „wie die SNB am
  Dienstag mitteilte“ -> "die SNB", „Wie die Fed nach zweitägigen Beratungen am Mittwoch
  mitteilte, ...“ -> "die Fed" (three-hundred-and-fifty-seventh), „so das BFS“ -> "das BFS"
  (the abbreviation standing as the name, three-hundred-and-fifty-seventh; „so die
  Bundesbank“, two-hundred-and-seventeenth), „teilte die Bundesbank mit“ -> "die
  Bundesbank", „Laut OeNB“ -> "OeNB" as written (hundred-thirty-ninth,
  four-hundred-and-twenty-third); the name with the title, the time, the place, the
  programme and the addressee dropped („EZB-Präsidentin Ilona Vanderstraeten-Kuhl sagte“,
  „Fed-Chef Marcus Delahunt-Reyes sagte“, „Bundesbank-Vizepräsidentin Friederike
  Landwehr-Tiemann sagte“, „Bundesbankpräsident Clemens Hartwig-Osterkamp sagte der
  Nachrichtenagentur dpa“ - four-hundred-and-twentieth -, „Vertriebschefin Gerlinde
  Pusterhofer-Nagl sagte“, „EZB-Chefvolkswirt Tiago Albergaria-Senn sagte in einer Rede in
  Lissabon“), the surname as written („sagte Vanderstraeten-Kuhl“, „Eichinger-Wallisch sagte
  am Freitag im Ö1-„Morgenjournal““, „sagte Gasser-Jenelten an einer Veranstaltung in
  Zürich“, „Vaitkevičius-Hahn sagte der Nachrichtenagentur Reuters“), and „Die „Frankfurter
  Allgemeine Sonntagszeitung“ zitierte Hartwig-Osterkamp mit den Worten“ ->
  "Hartwig-Osterkamp" (three-hundred-and-fortieth, four-hundred-and-twenty-third). New: „Die
  Statistik Austria teilte am Dienstag mit, im September habe ...“ -> "die Statistik
  Austria" - a body opening the row with „teilte ... mit,“ before its reported clause is
  read as „X sagte, ...“ is, and as „Das teilte die Statistik Austria am Dienstag mit.“
  (three-hundred-and-eighty-third, four-hundred-and-seventeenth). English: "The Australian
  Bureau of Statistics said the trimmed mean ..." -> "the Australian Bureau of Statistics"
  (opening the row, the article lowered; hundred-fourteenth, four-hundred-and-seventeenth),
  "..., ABS head of prices statistics Nerida Carmody-Lane said" -> the name
  (four-hundred-and-seventeenth: "said ONS chief economist ..."), "Governor Élise
  Brassard-Nolan told reporters", "ECB President Ilona Vanderstraeten-Kuhl told a news
  conference", "Asked about the recent rise in energy prices, Vanderstraeten-Kuhl said" and
  "Asked about the two dissents, Delahunt-Reyes said" (hundred-twenty-seventh,
  four-hundred-and-twenty-third), "the Commerce Department said Friday"
  (hundred-thirty-ninth: "the Labor Department said on Friday"), "Eurostat said on Tuesday"
  as written (four-hundred-and-seventeenth), "The Fed said in a statement" -> "the Fed"
  (three-hundred-and-fifty-seventh), "Federal Reserve Chair Marcus Delahunt-Reyes said
  Wednesday", "The BoE said" -> "the BoE" (hundred-fourteenth), "Mountford-Greer said",
  "Moneyfacts said" as written (four-hundred-and-twenty-third), "Senior Deputy Governor
  Gordon Makepeace-Lund said in a speech in Halifax", "Bank of England chief economist
  Tobias Ellacott-Breen said on Wednesday", "Federal Reserve Governor Lionel Brathwaite-Kemp
  said on Thursday", "Brathwaite-Kemp said". New: "RBA Governor Catriona Dwyer-Pascoe told a
  media conference" -> "Catriona Dwyer-Pascoe" - "told a media conference" is the Australian
  "told a news conference" (four-hundred-and-twenty-third). Each row's diacritics and
  hyphens are its speaker's ("Élise Brassard-Nolan", "Vaitkevičius-Hahn").
- Left unchecked (None): all negatives, also those with a named speaker; pronouns and roles
  ("He said", "She declined", „schloss er nicht aus“, „nach seinen Worten“, „sagte der
  SNB-Präsident“, „sagte der litauische Notenbankchef“); role nouns for a bank („wie die
  Notenbank am Donnerstag mitteilte“, „den die Notenbank am Dienstag vorstellte“, „mahnte
  die Nationalbank“, "Canada's central bank ... said", "Australia's central bank ... said";
  two-hundred-and-seventeenth: "the central bank said"); verbs that are not of saying and
  estimating verbs („hat ... verteidigt und ... in Aussicht gestellt“, „hat ... die
  Bereitschaft ... bekräftigt“, „rechnet“, „erwartet die Bundesbank“, „geht ... von ...
  aus“, „legt ... vor“, „ließ ... offen“, "Kowalczyk-Hale expects", "UK Finance estimates",
  "CME Group's FedWatch tool put"; three-hundred-and-fifty-seventh,
  four-hundred-and-twentieth); calculations, documents and data („Nach Berechnungen der
  OeNB“, „nach Berechnungen der Bundesbank“ - three-hundred-and-fifty-seventh -, „laut
  Schnellschätzung der Statistik Austria“ - eighty-fifth -, „heißt es im
  Finanzstabilitätsbericht“, „hieß es in der Erklärung“, "the statement said", "the minutes
  showed", "The summary said", "a separate flash estimate showed", "LSEG data showed" twice,
  "Moneyfacts data showed", "World Gold Council data showed", "a Reuters poll found";
  hundred-thirty-ninth); plural groups and anonymous sources („nach Händlerangaben“, "sources
  within OPEC+ said", "Westpac and ANZ said", "Economists", „Von Reuters befragte
  Volkswirte“; forty-first, three-hundred-and-ninety-second); "mortgage buyer Freddie Mac
  said Thursday" (a description heading the name, four-hundred-and-twenty-third); every
  "according to" ("according to a summary of their deliberations", "according to comparison
  site HomeLoanCompass", "according to the National Association of Realtors";
  two-hundred-and-fourth, four-hundred-and-twentieth); and the names heading dpa-AFX's
  reaction lines (three-hundred-and-fifty-seventh).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_476 = [
    # --- Australian third-quarter inflation (AAP), Wednesday, October 25 ---
    (
        "en",
        "SYDNEY (AAP) - Australian consumer prices rose 0.9 per cent in the September quarter, lifting the annual rate to 3.2 per cent and pushing back bets on an interest rate cut before Christmas.",
        True,
        [("percent", 0.9, "%", None), ("percent", 3.2, "%", None)],
        None,
    ),
    (
        "en",
        "The Australian Bureau of Statistics said the trimmed mean, which the RBA watches most closely, climbed 0.8 per cent for the quarter and 3.0 per cent on the year.",
        True,
        [("percent", 0.8, "%", None), ("percent", 3.0, "%", None)],
        "the Australian Bureau of Statistics",
    ),
    ("en", "Economists had forecast a quarterly rise of 0.7 per cent.", True, [("percent", 0.7, "%", None)], None),
    (
        "en",
        "Electricity prices jumped 11.4 per cent in the quarter as some state rebates ran out, ABS head of prices statistics Nerida Carmody-Lane said.",
        True,
        [("percent", 11.4, "%", None)],
        "Nerida Carmody-Lane",
    ),
    (
        "en",
        '"This is not the print the RBA wanted to see," said Mei-Lin Garroway-Sutch, chief economist at Tasman Ridge.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Traders now see only a 20 per cent probability that the RBA moves at its November 7 meeting, down from 45 per cent on Tuesday.",
        True,
        [("percent", 20, "%", None), ("date", "--11-07", None, None), ("percent", 45, "%", None)],
        None,
    ),
    (
        "en",
        "The Australian dollar jumped to US66.85 cents after the data.",
        True,
        [("money", 0.6685, "USD", None)],
        None,
    ),
    # --- Bank of Canada cuts (Reuters), Wednesday, October 25 ---
    (
        "en",
        "OTTAWA, Oct 25 (Reuters) - Canada's central bank lowered its key overnight rate by 25 basis points to 2.50% on Wednesday, its third reduction this year, and said it stood ready to do more if the economy weakened further.",
        True,
        [
            ("date", "--10-25", None, None),
            ("percent", 25, "bp", None),
            ("percent", 2.5, "%", None),
            ("ordinal", 3, None, None),
        ],
        None,
    ),
    (
        "en",
        "Governor Élise Brassard-Nolan told reporters that Governing Council had considered a larger half-point cut before settling on a quarter point.",
        True,
        [("percent", 0.5, "pp", None), ("percent", 0.25, "pp", None)],
        "Élise Brassard-Nolan",
    ),
    ("en", '"We are not on autopilot," Brassard-Nolan said.', False, [], None),
    (
        "en",
        "The bank's quarterly Monetary Policy Report projected growth of 0.9% this year and 1.4% in 2035, and saw inflation back at the 2% target in the second half of 2035.",
        True,
        [
            ("percent", 0.9, "%", None),
            ("percent", 1.4, "%", None),
            ("year", 2035, None, None),
            ("percent", 2, "%", None),
            ("ordinal", 2, None, None),
            ("year", 2035, None, None),
        ],
        None,
    ),
    (
        "en",
        "The loonie weakened 0.4% to 1.3842 to the greenback, or 72.24 U.S. cents.",
        True,
        [("percent", 0.4, "%", None), ("money", 1.3842, "CAD", None), ("money", 0.7224, "USD", None)],
        None,
    ),
    (
        "en",
        "Eighteen of the 24 forecasters Reuters surveyed last week had called the move correctly.",
        True,
        [("count", 18, None, None), ("count", 24, None, None)],
        None,
    ),
    (
        "en",
        '"The bank is buying insurance against a hard landing," said Benoît Lacasse-Whyte, chief economist at Rideau Hill Securities.',
        False,
        [],
        None,
    ),
    # --- Vor der EZB-Sitzung (Reuters), Mittwoch, 25. Oktober ---
    (
        "de",
        "Frankfurt (Reuters) - Vor der Zinssitzung der Europäischen Zentralbank (EZB) am Donnerstag rechnen Ökonomen fast einhellig mit einer weiteren Zinspause.",
        True,
        [],
        None,
    ),
    (
        "de",
        "In einer Reuters-Umfrage erwarteten 58 von 61 Volkswirten, dass der Einlagensatz bei 2,00 Prozent bleibt.",
        True,
        [("count", 58, None, None), ("count", 61, None, None), ("percent", 2.0, "%", None)],
        None,
    ),
    (
        "de",
        "Am Geldmarkt beträgt die Wahrscheinlichkeit einer Senkung um 25 Basispunkte bis Dezember nach Händlerangaben nur noch gut ein Drittel.",
        True,
        [("percent", 25, "bp", None), ("fraction", 0.3333, None, "over")],
        None,
    ),
    ("de", "Einige Ökonomen halten eine Senkung im Dezember trotzdem für wahrscheinlich.", False, [], None),
    (
        "de",
        "Die Rendite zehnjähriger Bundesanleihen stieg um zwei Basispunkte auf 2,71 Prozent.",
        True,
        [("duration", 10, "year", None), ("percent", 2, "bp", None), ("percent", 2.71, "%", None)],
        None,
    ),
    (
        "de",
        "Der Risikoaufschlag italienischer Staatsanleihen gegenüber deutschen Papieren lag bei 104 Basispunkten.",
        True,
        [("percent", 104, "bp", None)],
        None,
    ),
    # --- EZB lässt Zinsen unverändert (dpa), Donnerstag, 26. Oktober ---
    (
        "de",
        "Frankfurt/Main (dpa) - Die Europäische Zentralbank (EZB) lässt die Leitzinsen im Euroraum zum vierten Mal in Folge unverändert.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Der Einlagensatz, den Banken für geparkte Gelder erhalten, bleibt bei 2,00 Prozent, teilte die EZB nach ihrer turnusmäßigen Ratssitzung am Donnerstag mit.",
        True,
        [("percent", 2.0, "%", None)],
        "die EZB",
    ),
    (
        "de",
        "Zuletzt hatte die Notenbank den Satz im Juni um einen Viertelprozentpunkt gesenkt.",
        True,
        [("percent", 0.25, "pp", None)],
        None,
    ),
    (
        "de",
        "Im September hatte die Teuerung im Euroraum bei 2,3 Prozent gelegen, nach 2,1 Prozent im Monat davor.",
        True,
        [("percent", 2.3, "%", None), ("percent", 2.1, "%", None)],
        None,
    ),
    (
        "de",
        "Der Rat sei entschlossen, die Inflation zeitnah wieder auf den Zielwert zu bringen, hieß es in der Erklärung.",
        False,
        [],
        None,
    ),
    # --- ECB holds (Reuters), Thursday, October 26 ---
    (
        "en",
        "FRANKFURT, Oct 26 (Reuters) - The European Central Bank left borrowing costs unchanged for the fourth meeting running on Thursday, keeping its deposit rate at 2.00% as inflation crept back above its 2% target.",
        True,
        [
            ("date", "--10-26", None, None),
            ("ordinal", 4, None, None),
            ("percent", 2.0, "%", None),
            ("percent", 2, "%", None),
        ],
        None,
    ),
    (
        "en",
        "ECB President Ilona Vanderstraeten-Kuhl told a news conference that all 27 Governing Council members had backed the decision.",
        True,
        [("count", 27, None, None)],
        "Ilona Vanderstraeten-Kuhl",
    ),
    ("en", '"We are in a good place, but we are not complacent," Vanderstraeten-Kuhl said.', False, [], None),
    (
        "en",
        "Asked about the recent rise in energy prices, Vanderstraeten-Kuhl said oil had added roughly 0.3 percentage point to headline inflation since the summer.",
        True,
        [("percent", 0.3, "pp", "about")],
        "Vanderstraeten-Kuhl",
    ),
    ("en", 'She declined to say whether the December meeting was "live" for a cut.', False, [], None),
    (
        "en",
        "Money markets trimmed bets on a December cut to about 30% from 40% before the meeting, LSEG data showed.",
        True,
        [("percent", 30, "%", "about"), ("percent", 40, "%", None)],
        None,
    ),
    (
        "en",
        "The euro rose 0.2% to $1.1935, while the gap between Italian and German 10-year yields narrowed 3 basis points to 101 bps.",
        True,
        [
            ("percent", 0.2, "%", None),
            ("money", 1.1935, "USD", None),
            ("duration", 10, "year", None),
            ("percent", 3, "bp", None),
            ("percent", 101, "bp", None),
        ],
        None,
    ),
    (
        "en",
        '"A non-event, exactly as the ECB wanted," said Jasper Quennell-Roe, senior rates strategist at Quayside Markets.',
        False,
        [],
        None,
    ),
    # --- Pressekonferenz der EZB-Präsidentin (Reuters), Donnerstag, 26. Oktober ---
    (
        "de",
        "Frankfurt (Reuters) - EZB-Präsidentin Ilona Vanderstraeten-Kuhl sagte, der Ölpreisanstieg habe die Teuerung seit dem Sommer um rund 0,3 Prozentpunkte nach oben getrieben.",
        True,
        [("percent", 0.3, "pp", "about")],
        "Ilona Vanderstraeten-Kuhl",
    ),
    (
        "de",
        "Auf die Frage nach einer Senkung im Dezember sagte Vanderstraeten-Kuhl: „Wir legen uns nicht fest, in keine Richtung.“",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Lohnzuwächse im Euroraum hätten sich im zweiten Quartal auf 3,4 Prozent abgeschwächt, sagte Vanderstraeten-Kuhl.",
        True,
        [("ordinal", 2, None, None), ("percent", 3.4, "%", None)],
        "Vanderstraeten-Kuhl",
    ),
    (
        "de",
        "Neue Projektionen ihrer Volkswirte legt die EZB bei der nächsten Sitzung am 14. Dezember vor.",
        True,
        [("date", "--12-14", None, None)],
        None,
    ),
    (
        "de",
        "Analysten werteten den Auftritt der Präsidentin als Hinweis, dass die Tür für eine Senkung im Dezember nicht ganz geschlossen ist.",
        False,
        [],
        None,
    ),
    # --- Reaktionen von Volkswirten (dpa-AFX), Donnerstag, 26. Oktober ---
    ("de", "EZB-Zinspause: So reagieren Volkswirte", False, [], None),
    (
        "de",
        "Annegret Scholz-Vennemann, Chefvolkswirtin Hunte-Kontor Bank: „Wir rechnen im Dezember mit einer letzten Senkung auf 1,75 Prozent, danach ist der Zyklus aus unserer Sicht beendet.“",
        True,
        [("percent", 1.75, "%", None)],
        None,
    ),
    (
        "de",
        "Dominik Hefele-Ruß, Zinsstratege Bankhaus Rietberg: „Die EZB spielt auf Zeit, und das ist in dieser Lage klug.“",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ursula Kogler-Thaler, Chefökonomin Traunsee Bank: „Mit einer Kerninflation von 2,5 Prozent gibt es keinen Grund für Eile.“",
        True,
        [("percent", 2.5, "%", None)],
        None,
    ),
    # --- OeNB-Gouverneur verteidigt Zinspause (APA), Freitag, 27. Oktober ---
    (
        "de",
        "Wien (APA) - OeNB-Gouverneur Leopold Eichinger-Wallisch hat die Zinspause der EZB verteidigt und für heuer eine Inflationsrate von 3,1 Prozent in Österreich in Aussicht gestellt.",
        True,
        [("percent", 3.1, "%", None)],
        None,
    ),
    (
        "de",
        "Eichinger-Wallisch sagte am Freitag im Ö1-„Morgenjournal“, die Teuerung in Österreich liege heuer damit rund einen Prozentpunkt über dem Schnitt der Eurozone.",
        True,
        [("percent", 1, "pp", "about")],
        "Eichinger-Wallisch",
    ),
    (
        "de",
        "„Die Geldpolitik ist gut aufgestellt, jetzt braucht es Geduld“, sagte Eichinger-Wallisch.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Berechnungen der OeNB zahlten private Haushalte im September für neue Wohnbaukredite im Schnitt 3,42 Prozent, nach 3,55 Prozent im Juni.",
        True,
        [("percent", 3.42, "%", None), ("percent", 3.55, "%", None)],
        None,
    ),
    (
        "de",
        "Sparerinnen und Sparer erhielten für neu abgeschlossene Festgelder zuletzt durchschnittlich 1,9 Prozent.",
        True,
        [("percent", 1.9, "%", None)],
        None,
    ),
    (
        "de",
        "Die Arbeiterkammer kritisierte, die Banken gäben Zinssenkungen „im Schneckentempo“ an die Kundschaft weiter.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Eine Pensionistin aus Graz sagte, von den Zinsen auf ihrem Sparbuch merke sie ohnehin nichts mehr.",
        False,
        [],
        None,
    ),
    # --- U.S. inflation gauge picks up (AP), Friday, October 27 ---
    (
        "en",
        "WASHINGTON (AP) — An inflation gauge closely watched by the Federal Reserve rose 2.7% in September from a year earlier, up from 2.5% in August, the Commerce Department said Friday.",
        True,
        [("percent", 2.7, "%", None), ("percent", 2.5, "%", None)],
        "the Commerce Department",
    ),
    (
        "en",
        "Core prices, which exclude volatile food and energy costs, climbed 0.3% from August and 2.9% from a year ago.",
        True,
        [("percent", 0.3, "%", None), ("percent", 2.9, "%", None)],
        None,
    ),
    (
        "en",
        "Consumer spending rose a solid 0.5% last month, while incomes increased 0.4%.",
        True,
        [("percent", 0.5, "%", None), ("percent", 0.4, "%", None)],
        None,
    ),
    (
        "en",
        '"The Fed\'s last mile keeps getting longer," said Dmitri Kowalczyk-Hale, chief economist at Larkhill Row Capital.',
        False,
        [],
        None,
    ),
    (
        "en",
        "CME Group's FedWatch tool put the likelihood of a quarter-point Fed cut next week at about 85%.",
        True,
        [("percent", 0.25, "pp", None), ("percent", 85, "%", "about")],
        None,
    ),
    (
        "en",
        "Kowalczyk-Hale expects core inflation to end the year at 2.8% and to ease only slowly in 2035.",
        True,
        [("percent", 2.8, "%", None), ("year", 2035, None, None)],
        None,
    ),
    # --- Inflation in Deutschland zieht an (dpa), Montag, 30. Oktober ---
    ("de", "Wiesbaden (dpa) - Der Preisauftrieb hierzulande hat im Oktober wieder Fahrt aufgenommen.", True, [], None),
    (
        "de",
        "Verbraucher mussten für Waren und Dienstleistungen 2,4 Prozent mehr bezahlen als vor einem Jahr, wie Destatis am Montag mitteilte.",
        True,
        [("percent", 2.4, "%", None)],
        "Destatis",
    ),
    ("de", "Im September hatte die Rate noch bei 2,1 Prozent gelegen.", True, [("percent", 2.1, "%", None)], None),
    (
        "de",
        "Von Reuters befragte Volkswirte hatten eine Rate von 2,3 Prozent vorhergesagt.",
        True,
        [("percent", 2.3, "%", None)],
        None,
    ),
    (
        "de",
        "Energie verteuerte sich binnen Jahresfrist um 3,8 Prozent, Nahrungsmittel um 1,6 Prozent.",
        True,
        [("percent", 3.8, "%", None), ("percent", 1.6, "%", None)],
        None,
    ),
    (
        "de",
        "Klammert man Energie und Lebensmittel aus, verharrte die Rate bei 2,7 Prozent.",
        True,
        [("percent", 2.7, "%", None)],
        None,
    ),
    (
        "de",
        "Der für europäische Vergleiche berechnete Harmonisierte Verbraucherpreisindex (HVPI) stieg um 2,6 Prozent.",
        True,
        [("percent", 2.6, "%", None)],
        None,
    ),
    ("de", "Die Gewerkschaft Verdi sprach von einem „Warnsignal für die Kaufkraft“.", False, [], None),
    # --- RBA seen on hold (Reuters), Monday, October 30 ---
    (
        "en",
        "SYDNEY, Oct 30 (Reuters) - The Reserve Bank of Australia is all but certain to hold its cash rate at 3.35% next week after last week's hot inflation data, a Reuters poll found, with all 31 economists surveyed expecting no change.",
        True,
        [("date", "--10-30", None, None), ("percent", 3.35, "%", None), ("count", 31, None, None)],
        None,
    ),
    (
        "en",
        "Twenty of them expect one more quarter-point cut by the middle of 2035, while the rest see rates on hold until the second half of 2036.",
        True,
        [
            ("count", 20, None, None),
            ("count", 1, None, None),
            ("percent", 0.25, "pp", None),
            ("year", 2035, None, None),
            ("ordinal", 2, None, None),
            ("year", 2036, None, None),
        ],
        None,
    ),
    (
        "en",
        '"The board will want to see the whites of inflation\'s eyes before it moves again," said Mei-Lin Garroway-Sutch of Tasman Ridge.',
        False,
        [],
        None,
    ),
    # --- Teuerung in Österreich steigt (APA), Dienstag, 31. Oktober ---
    (
        "de",
        "Wien (APA) - Der Preisauftrieb in Österreich ist im Oktober laut Schnellschätzung der Statistik Austria auf 3,3 Prozent geklettert.",
        True,
        [("percent", 3.3, "%", None)],
        None,
    ),
    (
        "de",
        "Die Statistik Austria teilte am Dienstag mit, im September habe die Rate noch bei 3,0 Prozent gelegen.",
        True,
        [("percent", 3.0, "%", None)],
        "die Statistik Austria",
    ),
    ("de", "Im Monatsabstand zogen die Preise um 0,4 Prozent an.", True, [("percent", 0.4, "%", None)], None),
    (
        "de",
        "Haupttreiber waren erneut die Dienstleistungen, die sich um 4,7 Prozent verteuerten.",
        True,
        [("percent", 4.7, "%", None)],
        None,
    ),
    (
        "de",
        "Die nach europäischen Vorgaben berechnete Rate (HVPI) lag bei 3,4 Prozent.",
        True,
        [("percent", 3.4, "%", None)],
        None,
    ),
    (
        "de",
        "Seit Jänner lag die Teuerung in keinem Monat unter 2,8 Prozent.",
        True,
        [("percent", 2.8, "%", "under")],
        None,
    ),
    ("de", "Die Grünen warfen der Regierung „Untätigkeit bei den Mieten“ vor.", False, [], None),
    # --- Euro zone inflation rises (Reuters), Tuesday, October 31 ---
    (
        "en",
        "BRUSSELS, Oct 31 (Reuters) - Euro zone inflation rose to 2.5% in October from 2.3% in September, the highest in more than a year, Eurostat said on Tuesday.",
        True,
        [("date", "--10-31", None, None), ("percent", 2.5, "%", None), ("percent", 2.3, "%", None)],
        "Eurostat",
    ),
    ("en", "Economists had pencilled in 2.4% on average.", True, [("percent", 2.4, "%", None)], None),
    (
        "en",
        "Underlying inflation, which leaves out fuel, food, drink and tobacco, was steady at 2.5%, and services inflation ticked up to 3.6%.",
        True,
        [("percent", 2.5, "%", None), ("percent", 3.6, "%", None)],
        None,
    ),
    (
        "en",
        "A separate flash estimate showed the bloc's economy expanded 0.2% in the July-September period compared with the prior quarter.",
        True,
        [("percent", 0.2, "%", None)],
        None,
    ),
    ("en", "Several analysts said the figures made a December cut much harder to justify.", False, [], None),
    # --- SNB mit Milliardengewinn (awp), Dienstag, 31. Oktober ---
    (
        "de",
        "Zürich (awp) - Die Schweizerische Nationalbank (SNB) hat von Januar bis September einen Gewinn von 38,6 Milliarden Franken geschrieben.",
        True,
        [("money", 38600000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Auf den Fremdwährungspositionen resultierte ein Gewinn von 29,1 Milliarden Franken, wie die SNB am Dienstag mitteilte.",
        True,
        [("money", 29100000000, "CHF", None)],
        "die SNB",
    ),
    (
        "de",
        "Der Goldbestand von unverändert 1040 Tonnen brachte einen Bewertungsgewinn von 9,8 Milliarden Franken.",
        True,
        [("count", 1040, None, None), ("money", 9800000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Die Aussagekraft des Zwischenergebnisses für das Gesamtjahr sei nicht allzu gross, mahnte die Nationalbank.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für 2033 hatte die SNB einen Gewinn von 57,4 Milliarden Franken ausgewiesen und 6 Milliarden Franken an Bund und Kantone ausgeschüttet.",
        True,
        [("year", 2033, None, None), ("money", 57400000000, "CHF", None), ("money", 6000000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Die Finanzdirektorenkonferenz sprach von einer «erfreulichen Perspektive» für die Kantonshaushalte.",
        False,
        [],
        None,
    ),
    # --- Fed cuts, two dissent (Reuters), Wednesday, November 1 ---
    (
        "en",
        "WASHINGTON, Nov 1 (Reuters) - The Federal Reserve lowered its policy rate on Wednesday by 25 basis points to the 3.00%-3.25% range, but two policymakers dissented in favor of holding steady.",
        True,
        [
            ("date", "--11-01", None, None),
            ("percent", 25, "bp", None),
            ("percent", 3.0, "%", None),
            ("percent", 3.25, "%", None),
            ("count", 2, None, None),
        ],
        None,
    ),
    (
        "en",
        "The vote was 10-2, with Governor Gwendolyn Strickler-Ames and St. Louis Fed President Cordell Ambry-Westcott preferring no change.",
        True,
        [("count", 10, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "It was the Fed's second cut this year, after a reduction in September.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        'The Fed said in a statement that inflation had "moved up" and remained "somewhat elevated," while job gains had slowed.',
        True,
        [],
        "the Fed",
    ),
    (
        "en",
        "Policymakers would weigh each further step against the incoming data, the statement said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Yields on two-year Treasuries fell 6 basis points to 3.41% after the decision, while the S&P 500 closed 0.7% higher.",
        True,
        [
            ("duration", 2, "year", None),
            ("percent", 6, "bp", None),
            ("percent", 3.41, "%", None),
            ("percent", 0.7, "%", None),
        ],
        None,
    ),
    # --- Fed chair on the cut (AP), Wednesday, November 1 ---
    (
        "en",
        "WASHINGTON (AP) — Federal Reserve Chair Marcus Delahunt-Reyes said Wednesday that the central bank's key rate was now close to a neutral level, which he put at between 3% and 3.5%.",
        True,
        [("percent", 3, "%", None), ("percent", 3.5, "%", None)],
        "Marcus Delahunt-Reyes",
    ),
    (
        "en",
        '"We are well positioned to respond to how the economy evolves," Delahunt-Reyes told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Asked about the two dissents, Delahunt-Reyes said disagreement was healthy and that the committee had debated a pause at some length.",
        True,
        [("count", 2, None, None)],
        "Delahunt-Reyes",
    ),
    (
        "en",
        "Unemployment has edged up to 4.6% from 4.2% at the start of the year, while inflation has hovered around 2.8%.",
        True,
        [("percent", 4.6, "%", None), ("percent", 4.2, "%", None), ("percent", 2.8, "%", "about")],
        None,
    ),
    (
        "en",
        '"Every time I fill the tank I wonder who these rate cuts are for," said Lorraine Pickett, a school bus driver in Toledo, Ohio.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Fed's balance sheet stood at about $6.2 trillion last week, down from nearly $9 trillion in 2022.",
        True,
        [
            ("money", 6200000000000, "USD", "about"),
            ("money", 9000000000000, "USD", "nearly"),
            ("year", 2022, None, None),
        ],
        None,
    ),
    # --- Fed senkt Leitzins (dpa-AFX), Mittwoch, 1. November ---
    (
        "de",
        "Washington (dpa-AFX) - Trotz wieder anziehender Inflation hat die US-Notenbank Fed den Leitzins um 0,25 Prozentpunkte gesenkt.",
        True,
        [("percent", 0.25, "pp", None)],
        None,
    ),
    (
        "de",
        "Wie die Fed nach zweitägigen Beratungen am Mittwoch mitteilte, beträgt der Zielkorridor nun 3,00 bis 3,25 Prozent.",
        True,
        [("duration", 2, "day", None), ("percent", 3.0, "%", None), ("percent", 3.25, "%", None)],
        "die Fed",
    ),
    (
        "de",
        "Zwei der zwölf stimmberechtigten Notenbanker im Offenmarktausschuss stimmten dagegen.",
        True,
        [("count", 2, None, None), ("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Fed-Chef Marcus Delahunt-Reyes sagte, der Leitzins liege nun in der Nähe eines neutralen Niveaus, das er zwischen 3 und 3,5 Prozent verorte.",
        True,
        [("percent", 3, "%", None), ("percent", 3.5, "%", None)],
        "Marcus Delahunt-Reyes",
    ),
    ("de", "Ob im Dezember ein weiterer Schritt folgt, ließ Delahunt-Reyes offen.", False, [], None),
    (
        "de",
        "Der Euro stieg nach dem Zinsentscheid bis auf 1,1968 Dollar.",
        True,
        [("money", 1.1968, "USD", None)],
        None,
    ),
    # --- Tagesvorschau (dpa-AFX), Donnerstag, 2. November ---
    ("de", "TAGESVORSCHAU: Zinsentscheid in London, Arbeitsmarktdaten aus den USA", False, [], None),
    (
        "de",
        "10:00 EUR: Einkaufsmanagerindex Industrie Eurozone Oktober (endgültig), Prognose: 49,6 Punkte, zuvor: 49,6 Punkte",
        True,
        [("count", 49.6, None, None), ("count", 49.6, None, None)],
        None,
    ),
    (
        "de",
        "13:00 GBR: Bank of England, geldpolitischer Beschluss und Monetary Policy Report (Prognose Bank Rate 3,25 %, zuvor 3,50 %)",
        True,
        [("percent", 3.25, "%", None), ("percent", 3.5, "%", None)],
        None,
    ),
    (
        "de",
        "14:30 USA: Wöchentliche Erstanträge auf Arbeitslosenhilfe, Prognose: 228.000, zuvor: 231.000",
        True,
        [("count", 228000, None, None), ("count", 231000, None, None)],
        None,
    ),
    # --- Markets after the Fed (Reuters), Thursday, November 2 ---
    ("en", "GLOBAL MARKETS-Stocks firm, dollar slips after Fed cut; gold near record", True, [], None),
    (
        "en",
        "LONDON, Nov 2 (Reuters) - Asian shares outside Japan gained 0.9% on Thursday by MSCI's measure, and Tokyo's Nikkei jumped 578 points, or 1.1%, to 52,870.15.",
        True,
        [
            ("date", "--11-02", None, None),
            ("percent", 0.9, "%", None),
            ("count", 578, None, None),
            ("percent", 1.1, "%", None),
            ("count", 52870.15, None, None),
        ],
        None,
    ),
    (
        "en",
        "Against a basket of six major currencies, the dollar index slid 0.3% to 96.12.",
        True,
        [("count", 6, None, None), ("percent", 0.3, "%", None), ("count", 96.12, None, None)],
        None,
    ),
    (
        "en",
        "Spot gold rose 0.6% to $4,386.40 an ounce, just shy of the record $4,412.75 hit last week.",
        True,
        [("percent", 0.6, "%", None), ("money", 4386.4, "USD", None), ("money", 4412.75, "USD", None)],
        None,
    ),
    (
        "en",
        '"The Fed has given the market permission to keep partying," said Kendra Vollmer-Hayes, portfolio manager at Fallowmere Asset Management.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Brent crude futures slipped 42 cents to $81.16 a barrel.",
        True,
        [("money", 0.42, "USD", None), ("money", 81.16, "USD", None)],
        None,
    ),
    # --- Bank of England cuts in split vote (Reuters), Thursday, November 2 ---
    (
        "en",
        "LONDON, Nov 2 (Reuters) - The Bank of England trimmed its main interest rate on Thursday by a quarter point, taking it to 3.25% in a 6-3 vote, with three policymakers wanting to keep borrowing costs on hold as inflation remains above target.",
        True,
        [
            ("date", "--11-02", None, None),
            ("percent", 0.25, "pp", None),
            ("percent", 3.25, "%", None),
            ("count", 6, None, None),
            ("count", 3, None, None),
            ("count", 3, None, None),
        ],
        None,
    ),
    (
        "en",
        "The Monetary Policy Committee voted by a majority of 6–3 for the quarter-point cut, the BoE's fourth since February.",
        True,
        [("count", 6, None, None), ("count", 3, None, None), ("percent", 0.25, "pp", None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "The BoE said inflation, which stood at 3.4% in September, would peak at 3.6% in the first quarter of 2035 before falling back to its 2% target in 2036.",
        True,
        [
            ("percent", 3.4, "%", None),
            ("percent", 3.6, "%", None),
            ("ordinal", 1, None, None),
            ("year", 2035, None, None),
            ("percent", 2, "%", None),
            ("year", 2036, None, None),
        ],
        "the BoE",
    ),
    (
        "en",
        'Governor Alistair Mountford-Greer told reporters that the MPC expected to be able to lower rates further "gradually and carefully" if disinflation continued.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Mountford-Greer said unemployment had risen to 5.1%, its highest in nearly five years, and that pay growth had slowed to 4.2%.",
        True,
        [("percent", 5.1, "%", None), ("duration", 5, "year", "nearly"), ("percent", 4.2, "%", None)],
        "Mountford-Greer",
    ),
    (
        "en",
        "Deputy Governor Miriam Adeyinka-Holm and external members Callum Dunsmore-Reid and Philippa Ashworth-Vane wanted rates left at 3.50%, the minutes showed.",
        True,
        [("percent", 3.5, "%", None)],
        None,
    ),
    (
        "en",
        '"The job is not done, and we will not declare it done prematurely," Mountford-Greer said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Sterling fell 0.5% to $1.3384, and two-year gilt yields dropped 8 bps to 3.37%.",
        True,
        [
            ("percent", 0.5, "%", None),
            ("money", 1.3384, "USD", None),
            ("duration", 2, "year", None),
            ("percent", 8, "bp", None),
            ("percent", 3.37, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Investors now see a roughly 40% chance of another cut in December, LSEG data showed.",
        True,
        [("percent", 40, "%", "about")],
        None,
    ),
    # --- Bank of England senkt Zins (dpa-AFX), Donnerstag, 2. November ---
    (
        "de",
        "London (dpa-AFX) - Zum vierten Mal seit Februar hat die Bank of England ihren Leitzins gesenkt, diesmal um einen Viertelprozentpunkt auf 3,25 Prozent.",
        True,
        [("ordinal", 4, None, None), ("percent", 0.25, "pp", None), ("percent", 3.25, "%", None)],
        None,
    ),
    (
        "de",
        "Der geldpolitische Ausschuss traf die Entscheidung mit 6:3 Stimmen, wie die Notenbank am Donnerstag mitteilte.",
        True,
        [("count", 6, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Drei Mitglieder des neunköpfigen Gremiums wollten den Zins bei 3,50 Prozent belassen.",
        True,
        [("count", 3, None, None), ("count", 9, None, None), ("percent", 3.5, "%", None)],
        None,
    ),
    (
        "de",
        "Volkswirte sahen in dem knappen Votum ein Zeichen, dass die Zinssenkungen in Großbritannien bald ein Ende finden.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ein Euro kostete nach der Entscheidung 0,8732 Pfund, ein Plus von 0,4 Prozent.",
        True,
        [("money", 0.8732, "GBP", None), ("percent", 0.4, "%", None)],
        None,
    ),
    # --- Mortgages and savers after the cut (PA), Thursday, November 2 ---
    (
        "en",
        "LONDON (PA) - Some 620,000 households with tracker mortgages will pay less each month following the Bank of England's cut, UK Finance estimates.",
        True,
        [("count", 620000, None, "about")],
        None,
    ),
    (
        "en",
        "For a typical tracker borrower with £200,000 outstanding, the quarter-point cut will knock about £29 off monthly repayments.",
        True,
        [("money", 200000, "GBP", None), ("percent", 0.25, "pp", None), ("money", 29, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Two-year fixed home loans now average 4.48%, against 4.55% a week ago, Moneyfacts said.",
        True,
        [("duration", 2, "year", None), ("percent", 4.48, "%", None), ("percent", 4.55, "%", None)],
        "Moneyfacts",
    ),
    (
        "en",
        '"Savers should lock in a fixed rate now before the best deals disappear," said Imogen Tressider-Blake, a personal finance analyst at Cheyne Walk Securities.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The average easy-access savings account pays 3.1%, down from 3.6% a year earlier, Moneyfacts data showed.",
        True,
        [("percent", 3.1, "%", None), ("percent", 3.6, "%", None)],
        None,
    ),
    # --- Schweizer Teuerung (Keystone-SDA), Freitag, 3. November ---
    (
        "de",
        "Neuenburg (sda) - Die Jahresteuerung in der Schweiz hat im Oktober 0,6 Prozent erreicht.",
        True,
        [("percent", 0.6, "%", None)],
        None,
    ),
    (
        "de",
        "Im September hatte die Rate bei 0,4 Prozent gelegen, so das BFS.",
        True,
        [("percent", 0.4, "%", None)],
        "das BFS",
    ),
    (
        "de",
        "Verglichen mit September kletterte der Index um 0,2 Prozent auf 108,4 Punkte.",
        True,
        [("percent", 0.2, "%", None), ("count", 108.4, None, None)],
        None,
    ),
    (
        "de",
        "Teurer wurden vor allem Pauschalreisen und Mieten, während importierte Güter wegen des starken Frankens 1,3 Prozent weniger kosteten als vor einem Jahr.",
        True,
        [("percent", 1.3, "%", None)],
        None,
    ),
    (
        "de",
        "Die Nationalbank geht in ihrer bedingten Prognose für 2034 von einer durchschnittlichen Teuerung von 0,5 Prozent aus.",
        True,
        [("year", 2034, None, None), ("percent", 0.5, "%", None)],
        None,
    ),
    ("de", "Ökonomen sehen darin keinen Grund für die SNB, an ihrem Nullzins zu rütteln.", False, [], None),
    # --- Aktien Frankfurt Schluss (dpa-AFX), Freitag, 3. November ---
    ("de", "Aktien Frankfurt Schluss: Dax beendet Zinswoche mit deutlichem Plus", True, [], None),
    (
        "de",
        "Frankfurt (dpa-AFX) - Der deutsche Leitindex hat seine Erholung am Freitag fortgesetzt und ist um 0,8 Prozent auf 26.418,52 Punkte gestiegen.",
        True,
        [("percent", 0.8, "%", None), ("count", 26418.52, None, None)],
        None,
    ),
    (
        "de",
        "Auf Wochensicht ergibt sich für den deutschen Leitindex ein Plus von 2,4 Prozent.",
        True,
        [("percent", 2.4, "%", None)],
        None,
    ),
    (
        "de",
        "Der MDax der mittelgroßen Werte rückte um 1,1 Prozent auf 32.105 Zähler vor.",
        True,
        [("percent", 1.1, "%", None), ("count", 32105, None, None)],
        None,
    ),
    (
        "de",
        "Die Zinssenkungen in den USA und Großbritannien hätten die Kauflaune befeuert, sagte ein Händler.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Am Rentenmarkt fiel die Umlaufrendite von 2,58 Prozent am Vortag auf 2,52 Prozent.",
        True,
        [("percent", 2.58, "%", None), ("percent", 2.52, "%", None)],
        None,
    ),
    (
        "de",
        "Eine Feinunze Gold kostete am Nachmittag 4.371 Dollar, umgerechnet rund 3.660 Euro.",
        True,
        [("money", 4371, "USD", None), ("money", 3660, "EUR", "about")],
        None,
    ),
    (
        "de",
        "„Gold bleibt die Versicherung der Wahl gegen politische Risiken“, sagte ein Rohstoffhändler.",
        False,
        [],
        None,
    ),
    # --- The dollar's week (Reuters), Friday, November 3 ---
    ("en", "FOREX-Dollar set for second weekly loss as rate cuts pile up", True, [("ordinal", 2, None, None)], None),
    (
        "en",
        "NEW YORK, Nov 3 (Reuters) - The dollar was on track for a 0.8% weekly decline against a basket of currencies on Friday, its steepest in seven weeks.",
        True,
        [("date", "--11-03", None, None), ("percent", 0.8, "%", None), ("duration", 7, "week", None)],
        None,
    ),
    (
        "en",
        "The yen firmed to 143.20 per dollar, helped by a warning against speculative moves from Tokyo's top currency diplomat.",
        True,
        [("money", 143.2, "JPY", None)],
        None,
    ),
    (
        "en",
        "The Australian dollar was steady at US66.70 cents ahead of Tuesday's Reserve Bank decision, while the Canadian dollar traded at 1.3805 per U.S. dollar.",
        True,
        [("money", 0.667, "USD", None), ("money", 1.3805, "CAD", None)],
        None,
    ),
    ("en", "The Swiss franc edged up to 0.9210 per euro.", True, [("money", 0.921, "CHF", None)], None),
    (
        "en",
        "\"The dollar's problem is that everybody else is cutting slowly and the Fed isn't stopping,\" said Sandeep Oberoi-Grant, head of FX strategy at Albion Gate.",
        False,
        [],
        None,
    ),
    # --- SNB-Präsident zum Franken (Keystone-SDA), Montag, 6. November ---
    (
        "de",
        "Zürich (sda) - SNB-Präsident Martin Gasser-Jenelten hat am Montag die Bereitschaft der Nationalbank bekräftigt, bei Bedarf am Devisenmarkt zu intervenieren.",
        True,
        [],
        None,
    ),
    (
        "de",
        "«Handelsgewichtet hat der Franken seit Jahresbeginn rund 4 Prozent an Wert gewonnen», sagte Gasser-Jenelten an einer Veranstaltung in Zürich.",
        True,
        [("percent", 4, "%", "about")],
        "Gasser-Jenelten",
    ),
    ("de", "«Wir schauen genau hin und handeln, wenn es nötig ist», sagte der SNB-Präsident.", False, [], None),
    ("de", "Eine Rückkehr zu Negativzinsen schloss er nicht aus.", True, [], None),
    (
        "de",
        "Die nächste geldpolitische Lagebeurteilung der SNB findet am 14. Dezember 2034 statt.",
        True,
        [("date", "2034-12-14", None, None)],
        None,
    ),
    (
        "de",
        "Der Euro notierte am Nachmittag bei 0,9198 Franken, der Dollar bei 0,7714 Franken.",
        True,
        [("money", 0.9198, "CHF", None), ("money", 0.7714, "CHF", None)],
        None,
    ),
    # --- Finanzstabilitätsbericht der Bundesbank (dpa), Dienstag, 7. November ---
    (
        "de",
        "Frankfurt/Main (dpa) - Die Bundesbank sieht in den stark gestiegenen Aktienkursen eine wachsende Gefahr für die Finanzstabilität.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Bewertungen an den Aktienmärkten lägen teils deutlich über ihrem langjährigen Durchschnitt, heißt es im Finanzstabilitätsbericht, den die Notenbank am Dienstag vorstellte.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Bundesbank-Vizepräsidentin Friederike Landwehr-Tiemann sagte, der Anteil notleidender Unternehmenskredite sei binnen eines Jahres von 2,1 auf 2,9 Prozent gestiegen.",
        True,
        [("percent", 2.1, "%", None), ("percent", 2.9, "%", None)],
        "Friederike Landwehr-Tiemann",
    ),
    (
        "de",
        "„Die Banken sind robust, aber sie dürfen sich nicht in Sicherheit wiegen“, sagte Landwehr-Tiemann.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Preise für Wohnimmobilien in den Städten seien nach Berechnungen der Bundesbank um 15 bis 25 Prozent überbewertet.",
        True,
        [("percent", 15, "%", None), ("percent", 25, "%", None)],
        None,
    ),
    (
        "de",
        "Die harte Kernkapitalquote der deutschen Banken lag Ende Juni bei 16,2 Prozent, teilte die Bundesbank mit.",
        True,
        [("percent", 16.2, "%", None)],
        "die Bundesbank",
    ),
    (
        "de",
        "Bundesbankpräsident Clemens Hartwig-Osterkamp sagte der Nachrichtenagentur dpa, er werde im Dezember gegen eine weitere Senkung stimmen, solange die Kernrate über 2,5 Prozent liege.",
        True,
        [("percent", 2.5, "%", "over")],
        "Clemens Hartwig-Osterkamp",
    ),
    # --- RBA holds, warns on inflation (Reuters), Tuesday, November 7 ---
    (
        "en",
        "SYDNEY, Nov 7 (Reuters) - Australia's central bank left the cash rate unchanged at 3.35% on Tuesday and said it could not rule out a rate rise if inflation failed to cool.",
        True,
        [("date", "--11-07", None, None), ("percent", 3.35, "%", None)],
        None,
    ),
    (
        "en",
        "It raised its forecast for trimmed mean inflation at the end of this year to 3.1%, from 2.7% three months ago.",
        True,
        [("percent", 3.1, "%", None), ("percent", 2.7, "%", None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "en",
        "RBA Governor Catriona Dwyer-Pascoe told a media conference that the decision was unanimous.",
        True,
        [],
        "Catriona Dwyer-Pascoe",
    ),
    ("en", '"The board is alert, not alarmed," Dwyer-Pascoe said.', False, [], None),
    (
        "en",
        "The S&P/ASX 200 index closed 0.3% lower at 8,912.6, and the Australian dollar rose to US67.05 cents.",
        True,
        [("percent", 0.3, "%", None), ("count", 8912.6, None, None), ("money", 0.6705, "USD", None)],
        None,
    ),
    (
        "en",
        "Financial markets have pushed back the timing of the next cut to the second half of 2035.",
        True,
        [("ordinal", 2, None, None), ("year", 2035, None, None)],
        None,
    ),
    ("en", "Economists said the board's warning had caught some traders off guard.", False, [], None),
    (
        "en",
        "The RBA will publish the minutes of Tuesday's meeting on Nov 21.",
        True,
        [("date", "--11-21", None, None)],
        None,
    ),
    # --- Borrowers wait for relief (AAP), Tuesday, November 7 ---
    (
        "en",
        "SYDNEY (AAP) - A borrower with an A$600,000 home loan is paying about A$1,150 a month more than before the Reserve Bank began lifting rates in 2022, according to comparison site HomeLoanCompass.",
        True,
        [("money", 600000, "AUD", None), ("money", 1150, "AUD", "about"), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        '"Every month is a juggling act," said Shannon Mulgrave-Tebb, a nurse from the Brisbane suburb of Carindale.',
        False,
        [],
        None,
    ),
    ("en", "Westpac and ANZ said they would leave their standard variable rates unchanged.", True, [], None),
    # --- Goldrausch bei der Münze Österreich (APA), Mittwoch, 8. November ---
    (
        "de",
        "Wien (APA) - Der Rekordlauf des Goldpreises beschert der Münze Österreich heuer eine außergewöhnlich starke Nachfrage.",
        True,
        [],
        None,
    ),
    (
        "de",
        "In den ersten drei Quartalen verkaufte die OeNB-Tochter rund 24,5 Tonnen Gold in Form von Münzen und Barren, um ein Drittel mehr als im Vorjahreszeitraum.",
        True,
        [
            ("ordinal", 1, None, None),
            ("count", 3, None, None),
            ("count", 24.5, None, "about"),
            ("fraction", 0.3333, None, None),
        ],
        None,
    ),
    (
        "de",
        "Vertriebschefin Gerlinde Pusterhofer-Nagl sagte, allein im Oktober seien mehr als 180.000 Philharmoniker-Münzen abgesetzt worden.",
        True,
        [("count", 180000, None, "over")],
        "Gerlinde Pusterhofer-Nagl",
    ),
    (
        "de",
        "Eine Feinunze kostete am Mittwoch bis zu 3.730 Euro, so viel wie nie zuvor.",
        True,
        [("money", 3730, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "Seit Jänner hat sich Gold in Euro gerechnet um rund 28 Prozent verteuert.",
        True,
        [("percent", 28, "%", "about")],
        None,
    ),
    (
        "de",
        "Laut OeNB hält die Nationalbank unverändert rund 280 Tonnen Gold, knapp die Hälfte davon in Wien.",
        True,
        [("count", 280, None, "about"), ("fraction", 0.5, None, "nearly")],
        "OeNB",
    ),
    ("de", "„Viele Kundinnen und Kunden kaufen aus Angst, nicht aus Gier“, sagte Pusterhofer-Nagl.", False, [], None),
    # --- Gold at record, oil firm (Reuters), Wednesday, November 8 ---
    (
        "en",
        "LONDON, Nov 8 (Reuters) - Gold set a fresh all-time peak on Wednesday, with spot prices climbing as much as 1.4% to $4,451.90 an ounce as falling U.S. yields and central bank buying fuelled demand.",
        True,
        [("date", "--11-08", None, None), ("percent", 1.4, "%", "up_to"), ("money", 4451.9, "USD", None)],
        None,
    ),
    (
        "en",
        "Bullion is up about 31% so far this year, heading for its strongest annual gain since 1979.",
        True,
        [("percent", 31, "%", "about"), ("year", 1979, None, None)],
        None,
    ),
    (
        "en",
        "Central banks added a net 231 tonnes to their reserves in the third quarter, World Gold Council data showed.",
        True,
        [("count", 231, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        '"Gold is the one asset nobody has to explain to their clients anymore," said Rupert Essendine, a metals analyst at Grange Lane Commodities.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Brent crude rose 1.1% to $82.47 a barrel after sources within OPEC+ said producers would keep output cuts of 2 million barrels per day in place until the end of March.",
        True,
        [("percent", 1.1, "%", None), ("money", 82.47, "USD", None), ("count", 2000000, None, None)],
        None,
    ),
    (
        "en",
        "U.S. West Texas Intermediate crude gained 96 cents to $78.05.",
        True,
        [("money", 0.96, "USD", None), ("money", 78.05, "USD", None)],
        None,
    ),
    # --- Bank of Canada deliberations (CP), Wednesday, November 8 ---
    (
        "en",
        "OTTAWA (CP) — Bank of Canada policymakers weighed a larger half-percentage-point cut before settling on a quarter-point move last month, according to a summary of their deliberations released Wednesday.",
        True,
        [("percent", 0.5, "pp", None), ("percent", 0.25, "pp", None)],
        None,
    ),
    (
        "en",
        "Members agreed that inflation, at 2.1% in September, was close enough to the 2% target to give them room to support the economy.",
        True,
        [("percent", 2.1, "%", None), ("percent", 2, "%", None)],
        None,
    ),
    (
        "en",
        "Some members argued that unemployment, which rose to 7.3% in September, could climb above 7.5% without more support.",
        True,
        [("percent", 7.3, "%", None), ("percent", 7.5, "%", "over")],
        None,
    ),
    ("en", "The summary said members did not want to signal a predetermined path for rates.", False, [], None),
    (
        "en",
        "Senior Deputy Governor Gordon Makepeace-Lund said in a speech in Halifax that household debt service costs had eased to 14.6% of disposable income.",
        True,
        [("percent", 14.6, "%", None)],
        "Gordon Makepeace-Lund",
    ),
    # --- BoE chief economist on limits of easing (Reuters), Wednesday, November 8 ---
    (
        "en",
        "LONDON, Nov 8 (Reuters) - Bank of England chief economist Tobias Ellacott-Breen said on Wednesday he had backed last week's cut but saw only limited scope for further easing unless wage growth slowed below 3.5%.",
        True,
        [("date", "--11-08", None, None), ("percent", 3.5, "%", "under")],
        "Tobias Ellacott-Breen",
    ),
    ("en", '"Patience is a policy too," Ellacott-Breen told an audience at the University of Leeds.', False, [], None),
    (
        "en",
        "He said services inflation, at 4.9% in September, was still running at more than twice the rate consistent with the target.",
        True,
        [("percent", 4.9, "%", None), ("count", 2, "times", "over")],
        None,
    ),
    (
        "en",
        "Ten-year gilt yields rose 4 basis points to 4.31% after his remarks.",
        True,
        [("duration", 10, "year", None), ("percent", 4, "bp", None), ("percent", 4.31, "%", None)],
        None,
    ),
    # --- EZB-Ratsmitglied gegen Senkung im Dezember (Reuters), Donnerstag, 9. November ---
    (
        "de",
        "Frankfurt (Reuters) - EZB-Ratsmitglied Jurgis Vaitkevičius-Hahn hält eine Zinssenkung im Dezember für unwahrscheinlich.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Vaitkevičius-Hahn sagte der Nachrichtenagentur Reuters, der Einlagensatz von 2,00 Prozent liege bereits im neutralen Bereich, den er zwischen 1,75 und 2,25 Prozent sehe.",
        True,
        [("percent", 2.0, "%", None), ("percent", 1.75, "%", None), ("percent", 2.25, "%", None)],
        "Vaitkevičius-Hahn",
    ),
    (
        "de",
        "„Wir sollten nicht auf jede einzelne Monatszahl reagieren“, sagte der litauische Notenbankchef.",
        False,
        [],
        None,
    ),
    (
        "de",
        "EZB-Chefvolkswirt Tiago Albergaria-Senn sagte in einer Rede in Lissabon, die Löhne im Euroraum dürften 2035 nur noch um 2,9 Prozent steigen, nach 3,5 Prozent in diesem Jahr.",
        True,
        [("year", 2035, None, None), ("percent", 2.9, "%", None), ("percent", 3.5, "%", None)],
        "Tiago Albergaria-Senn",
    ),
    (
        "de",
        "Am Geldmarkt ist eine Senkung bis März nur noch zu etwa 40 Prozent eingepreist.",
        True,
        [("percent", 40, "%", "about")],
        None,
    ),
    (
        "de",
        "Die Rendite zweijähriger Bundesschatzanweisungen stieg um vier Basispunkte auf 2,18 Prozent.",
        True,
        [("duration", 2, "year", None), ("percent", 4, "bp", None), ("percent", 2.18, "%", None)],
        None,
    ),
    # --- Devisen: Euro legt zu (dpa-AFX), Donnerstag, 9. November ---
    (
        "de",
        "Frankfurt (dpa-AFX) - Der Euro hat am Donnerstag zugelegt und ist zeitweise bis auf 1,1991 Dollar gestiegen.",
        True,
        [("money", 1.1991, "USD", None)],
        None,
    ),
    (
        "de",
        "Die EZB setzte den Referenzkurs auf 1,1974 (Mittwoch: 1,1931) Dollar fest.",
        True,
        [("money", 1.1974, "USD", None), ("money", 1.1931, "USD", None)],
        None,
    ),
    ("de", "Der Dollar kostete damit 0,8351 Euro.", True, [("money", 0.8351, "EUR", None)], None),
    (
        "de",
        "Für einen Euro legte die EZB zudem 0,8742 (0,8729) Pfund, 171,52 (170,88) Yen und 0,9187 (0,9203) Franken fest.",
        True,
        [
            ("money", 0.8742, "GBP", None),
            ("money", 0.8729, "GBP", None),
            ("money", 171.52, "JPY", None),
            ("money", 170.88, "JPY", None),
            ("money", 0.9187, "CHF", None),
            ("money", 0.9203, "CHF", None),
        ],
        None,
    ),
    ("de", "Devisenhändler verwiesen auf die Aussicht auf eine weitere Zinssenkung in den USA.", False, [], None),
    # --- Fed governor backs December cut (Reuters), Thursday, November 9 ---
    (
        "en",
        "WASHINGTON, Nov 9 (Reuters) - Federal Reserve Governor Lionel Brathwaite-Kemp said on Thursday he would support another quarter-point cut in December if monthly core inflation readings averaged no more than 0.2% through the fall.",
        True,
        [("date", "--11-09", None, None), ("percent", 0.25, "pp", None), ("percent", 0.2, "%", "at_most")],
        "Lionel Brathwaite-Kemp",
    ),
    (
        "en",
        '"I don\'t see the economy falling off a cliff, but I do see it leaning," Brathwaite-Kemp said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Brathwaite-Kemp said payroll growth had averaged just 62,000 a month in the past three months.",
        True,
        [("count", 62000, None, None), ("duration", 3, "month", None)],
        "Brathwaite-Kemp",
    ),
    (
        "en",
        "Benchmark 10-year Treasury yields slipped 3 basis points to 4.02%, while the Dow Jones Industrial Average rose 186 points, or 0.4%.",
        True,
        [
            ("duration", 10, "year", None),
            ("percent", 3, "bp", None),
            ("percent", 4.02, "%", None),
            ("count", 186, None, None),
            ("percent", 0.4, "%", None),
        ],
        None,
    ),
    ("en", "Some investors cautioned that the rally in bonds had run ahead of the Fed.", False, [], None),
    # --- Mortgage rates fall (AP), Thursday, November 9 ---
    (
        "en",
        "LOS ANGELES (AP) — The typical 30-year U.S. mortgage rate slid to 5.71% this week, its lowest reading in 14 months, after the Federal Reserve's latest cut.",
        True,
        [("duration", 30, "year", None), ("percent", 5.71, "%", None), ("duration", 14, "month", None)],
        None,
    ),
    (
        "en",
        "A week earlier, the rate averaged 5.86%, mortgage buyer Freddie Mac said Thursday.",
        True,
        [("percent", 5.86, "%", None)],
        None,
    ),
    (
        "en",
        "For 15-year fixed-rate loans, which homeowners often use to refinance, the average fell to 5.02% from 5.13%.",
        True,
        [("duration", 15, "year", None), ("percent", 5.02, "%", None), ("percent", 5.13, "%", None)],
        None,
    ),
    (
        "en",
        '"Buyers are still sitting on their hands, waiting to see if rates go lower," said Renata Colquhoun-Ortiz, a real estate agent in Phoenix.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Sales of previously occupied homes ran at an annual rate of 4.12 million in September, according to the National Association of Realtors.",
        True,
        [("count", 4120000, None, None)],
        None,
    ),
    # --- SMI-Wochenbilanz (awp), Freitag, 10. November ---
    (
        "de",
        "Zürich (awp) - Mit einem Wochenplus von 1,3 Prozent hat sich der SMI am Freitag bei 12'874,35 Punkten ins Wochenende verabschiedet.",
        True,
        [("percent", 1.3, "%", None), ("count", 12874.35, None, None)],
        None,
    ),
    ("de", "Am Freitag schloss der Leitindex 0,2 Prozent tiefer.", True, [("percent", 0.2, "%", None)], None),
    (
        "de",
        "Von den 20 SMI-Titeln legten 13 auf Wochensicht zu.",
        True,
        [("count", 20, None, None), ("count", 13, None, None)],
        None,
    ),
    (
        "de",
        "Ein Kilo Gold kostete am Freitag rund 110'400 Franken, fast 30 Prozent mehr als zu Jahresbeginn.",
        True,
        [("money", 110400, "CHF", "about"), ("percent", 30, "%", "nearly")],
        None,
    ),
    (
        "de",
        "«Die Anleger haben die Zinssenkungen der anderen Notenbanken schon vorweggenommen», meinte ein Händler.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Rendite der zehnjährigen Eidgenossen lag bei 0,41 Prozent.",
        True,
        [("duration", 10, "year", None), ("percent", 0.41, "%", None)],
        None,
    ),
    # --- Wiener Börse: Wochenbilanz (APA), Freitag, 10. November ---
    ("de", "Wien (APA) - Der Wiener Aktienmarkt hat die Woche mit Gewinnen beendet.", True, [], None),
    (
        "de",
        "Der Leitindex ATX stieg am Freitag um 0,46 Prozent auf 5.318,27 Einheiten und gewann damit auf Wochensicht 1,9 Prozent.",
        True,
        [("percent", 0.46, "%", None), ("count", 5318.27, None, None), ("percent", 1.9, "%", None)],
        None,
    ),
    (
        "de",
        "Bankwerte profitierten von der Aussicht auf länger hohe Zinsen in Europa, die Aktien der Traunsee Bank verteuerten sich um 2,3 Prozent.",
        True,
        [("percent", 2.3, "%", None)],
        None,
    ),
    ("de", "Ein Wiener Händler sprach von einem „ruhigen Ausklang einer turbulenten Notenbankwoche“.", False, [], None),
    (
        "de",
        "Der Umsatz an der Wiener Börse belief sich auf rund 128 Millionen Euro.",
        True,
        [("money", 128000000, "EUR", "about")],
        None,
    ),
    # --- Markets' week (Reuters), Friday, November 10 ---
    (
        "en",
        "GLOBAL MARKETS-World stocks head for third weekly gain on bets for December Fed cut",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "NEW YORK, Nov 10 (Reuters) - MSCI's gauge of global stocks rose 0.4% on Friday and was set for a 1.6% weekly gain, as investors bet the Federal Reserve would cut again in December.",
        True,
        [("date", "--11-10", None, None), ("percent", 0.4, "%", None), ("percent", 1.6, "%", None)],
        None,
    ),
    (
        "en",
        "The S&P 500 added 0.5% to 7,214.88, the Nasdaq Composite gained 0.9% and the Dow rose 0.2%.",
        True,
        [
            ("percent", 0.5, "%", None),
            ("count", 7214.88, None, None),
            ("percent", 0.9, "%", None),
            ("percent", 0.2, "%", None),
        ],
        None,
    ),
    (
        "en",
        "The yield on two-year Treasuries, which tracks rate expectations, was at 3.38%, down 11 basis points on the week.",
        True,
        [("duration", 2, "year", None), ("percent", 3.38, "%", None), ("percent", 11, "bp", None)],
        None,
    ),
    (
        "en",
        "Fed funds futures priced a 68% probability of a December cut, up from 55% a week ago.",
        True,
        [("percent", 68, "%", None), ("percent", 55, "%", None)],
        None,
    ),
    (
        "en",
        '"Everyone is leaning the same way, which is usually when you should start worrying," said Kendra Vollmer-Hayes of Fallowmere Asset Management.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Oil headed for a weekly gain of about 3%, with Brent at $82.90 a barrel.",
        True,
        [("percent", 3, "%", "about"), ("money", 82.9, "USD", None)],
        None,
    ),
    # --- London close (PA), Friday, November 10 ---
    (
        "en",
        "LONDON (PA) - The FTSE 100 closed up 38.12 points, or 0.4%, at 10,412.56 on Friday, rounding off its best week since August.",
        True,
        [("count", 38.12, None, None), ("percent", 0.4, "%", None), ("count", 10412.56, None, None)],
        None,
    ),
    (
        "en",
        "Housebuilder Barrowmere Homes jumped 4.2% on hopes that a lower Bank Rate would revive mortgage demand.",
        True,
        [("percent", 4.2, "%", None)],
        None,
    ),
    ("en", "Traders said thin volumes ahead of the weekend had exaggerated some of the moves.", False, [], None),
    # --- Bundesbankpräsident im Interview (dpa), Sonntag, 12. November ---
    (
        "de",
        "Berlin (dpa) - Bundesbankpräsident Clemens Hartwig-Osterkamp rechnet erst 2036 mit einer Rückkehr der Inflation im Euroraum auf dauerhaft 2 Prozent.",
        True,
        [("year", 2036, None, None), ("percent", 2, "%", None)],
        None,
    ),
    (
        "de",
        "Die „Frankfurter Allgemeine Sonntagszeitung“ zitierte Hartwig-Osterkamp mit den Worten: „Die Kernrate wird im kommenden Jahr bei etwa 2,4 Prozent liegen.“",
        True,
        [("percent", 2.4, "%", "about")],
        "Hartwig-Osterkamp",
    ),
    (
        "de",
        "„Wer jetzt weitere Senkungen verspricht, verspielt Glaubwürdigkeit“, sagte Hartwig-Osterkamp dem Blatt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für 2034 erwartet die Bundesbank nach seinen Worten erneut einen Verlust, der aber unter den 4,1 Milliarden Euro des Vorjahres liegen dürfte.",
        True,
        [("year", 2034, None, None), ("money", 4100000000, "EUR", None)],
        None,
    ),
]
