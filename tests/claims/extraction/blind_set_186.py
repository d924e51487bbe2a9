"""Hundred-and-eighty-sixth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, banks, insurers, funds, brokers, a
hurricane and figures are made up (Granite Harbor Financial, Dolores Kittredge, Paul Ferris,
Ridley Hale Securities, Isarwacht, Ruth Engelhardt-Moos, Konrad Altmannshofer, Meridale
Financial Corp., Pinecrest Bancshares Inc., Howard Brill, Donautaler Bank, Gernot Haidacher,
Marlene Fuchsbichler, Calder & Wye, Imogen Tarrant, Limmatgold, Reto Gubelmann-Frey, Banque
Verlaine, Amélie Rousset-Vidal, Banca Adriatica Unita, Hanseatische Kreditbank, Hartmut
Oelschläger, Lorenzo Ferrantelli, Henrike Lammersdorf, Sabal Coast Insurance Holdings,
Hurricane Delphine, Ray Delacroix, Nordstern Leben, Sabine Terhorst-Kamp, Uwe Kreutzkamp,
Thamesbrook Life, Ravensmoor Capital, Marian Holt, Alpenländische, Leopold Haselsteiner,
Yamabuki Financial Group, Kenji Morisaki, Jurasana, Marco Zwyssig, Pennine Building Society,
Ousebridge Building Society, Gareth Lumley, Frankenbank, Matthias Greulich, Ansgar Wölfel,
Halvergate Re, Nadine Ashcombe, Tom Engstrom, Fairlie Brothers, Ashfield Bancorp, Lakeshore
Trust, Tauernland Versicherung, Soča Zavarovanja, Florian Leitgeb, Fraser Northern Bank,
Lianne Mercier, Bank Thurgrund, Privatbank Rigi, Daniel Amstutz-Kälin, Ashgrove Group,
Whitmore Stockbrokers, Nordelbische Rück, Jörg Ebbinghaus, Banco del Tajo, Banco Cantábrico
Atlántico, Inés Arrieta-Solana, Álvaro Montesinos, Northlake Capital Partners, Cascade
Annuity Holdings Inc., Rhonda Bexley and her group Retirement Watch, Katharina Pesendorfer,
Hoshizora Life Insurance, Redmond Pacific Life, Takashi Onodera); office holders of real
bodies appear under made-up names that stand for no real holder, or by their role only ("ein
Sprecher", "ein Sprecher des Finanzministeriums", "ein Händler", "ein Versicherungsmakler
aus Dortmund", "ein Zürcher Analyst", "Florida's insurance commissioner", "Spain's stock
market regulator"). Real bodies, places, indices and papers ("LSEG", "Federal Reserve",
"Dax", "Wiener Börse", "Accord", "SIX", "Verdi", "Bund", "Bafin", "Finanzministerium",
"Handelsblatt", "Gulf Coast", "Unite", "Reading", "Niederösterreich", "Steiermark", "Bank of
Japan", "Schweizer Solvenztest (SST)", "Building Societies Association",
"Übernahmekommission", "Association of British Insurers", "Fitch", "Oesterreichische
Nationalbank (OeNB)", "Finanzmarktaufsicht (FMA)", and the cities of the datelines) stand
for the way wire copy names them; every result, ratio, provision, dividend, buyback, offer,
premium, stake, deal value, job cut, date and quote here is invented, and where a real
figure came to mind (a real count of building societies, a real ratio) it was changed.

Its weight: BANKS' AND INSURERS' QUARTERLY RESULTS AND TAKEOVERS over one reporting season
(October 20 to November 13, 2026, the third-quarter and nine-month figures) in story order,
29 stories with the German and English desks interleaved by date, each told as wire copy
runs it (a dateline lead with the result or the bid, the figures, attributed claims, the
other side, quotes, the share price, the reaction). Half German (dpa-AFX, dpa, APA, AWP,
Keystone-SDA, Reuters German; Austrian "Mrd."/"Mio.", "um 6,4 Prozent weniger", "heuer",
"Generaldirektorin", "Polizzen", "übernimmt um 410 Mio. Euro", Swiss "Reingewinn",
"Neugeldern", "Verwaltungsrat", "Ankeraktionäre", "anzudienen", "21'000", «» quotes, German
"Unter dem Strich", "Zinsüberschuss", "Provisionsüberschuss", "Risikovorsorge", "harte
Kernkapitalquote", "Schaden-Kosten-Quote", "Solvency-II-Quote", "Annahmefrist",
"Pflichtveröffentlichung", „“ quotes): a Munich insurer's quarter that beat estimates, an
Austrian bank's nine months, a Zurich wealth manager's inflows and buyback, an Italian
bank's hostile bid for a Hamburg lender and the government's refusal to sell its stake, a
life insurer's job cuts in Cologne, an Austrian insurer's flood year, a Swiss insurer's hail
season, a Nuremberg bank's quarter with more job cuts, a reinsurer's hurricane bill in
Hanover, an Austrian insurer's purchase in Slovenia, a Swiss private-bank takeover, the
target's record quarter in the takeover battle and Austria's banks in the central bank's
figures. Half English (Reuters, AP, PA, Bloomberg): a U.S. bank's third quarter, a U.S.
regional bank merger with an exchange ratio, a UK lender's motor finance charge and
call-centre closures, a French bank's trading quarter, a Florida insurer's hurricane loss, a
UK pensions insurer sold to private equity, a Japanese bank's raised forecast in yen, a
building society merger vote, a Bermuda reinsurer's quarter, the Fed's approval of a bank
deal with branch sales, a Canadian bank's job cuts in Canadian dollars, a UK motor insurer's
trading update, a failed hostile bid in Spain, an annuity provider bought by a private
credit firm and a Japanese life insurer's U.S. purchase. Figures as such copy has them: net
profit, pre-tax and operating profit, revenue, fees, interest income, premiums, provisions,
catastrophe losses and consensus in euros, dollars, pounds and pence, francs, yen and
Canadian dollars (converted figures in brackets); ratios in percent (CET1 and "harte
Kernkapitalquote", NPE ratio, cost-income ratio, return on equity, payout ratio, combined
ratio and solvency ratios above 100 percent), moves in percentage points; dividends per
share, buybacks with "bis zu" and "up to"; offer prices per share, premiums, exchange
ratios, deal values, stakes, acceptance levels, periods and multiples ("vier Wochen", "a
30-day volume-weighted average", "dem 1,4-Fachen des Buchwerts"); job cuts, branches, claims
and customers as counts, shares of them as fractions ("mehr als jeder fünfte Arbeitsplatz",
"drei Viertel", "Jeder dritte Euro", "roughly a quarter", "about a third more"); quarters,
halves and rankings as ordinals ("im dritten Quartal", "the first half", "11th-largest",
"zweitgrößter Aktionär", "zum fünftgrößten"); spans, years, dates and hedges. Negatives as
such copy has them: chief executives' confidence, resolve, candour and reassurance in
quotes, analysts' and traders' verdicts, labels by unions, staff, a broker and a consumer
advocate, a ministry's evaluation, a regulator's, a bank's and consumer advisers' warnings
and advice, an appeal by community groups, speculation and forecasts without a figure,
complaints and open questions (two of them carrying figures, labelled).

242 rows (121 German, 121 English), 56 negatives (29 German, 27 English), 186 check-worthy
rows of which 10 carry no figure (8 German, 2 English), 346 expected quantities (120 amounts
of money - 48 EUR, 40 USD, 15 GBP, 11 CHF, 4 JPY, 2 CAD -, 100 percentages - 99 in %, 1 in
percentage points -, 35 counts, 31 ordinals, 19 years, 18 durations - 8 in months, 5 in
years, 3 in weeks, 2 in days -, 14 dates, 9 fractions; 2 of them in two negatives, as the
seventeenth batch labels a figure in a negative), 38 checked speakers (18 German, 20
English). Sentences sharing a run of eight or more words with any file under tests/ (checked
by a script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, feeling, reassurance, label or piece of rhetoric is a negative with speaker
  None, also with a named speaker and an office (seventh, ninety-eighth,
  hundred-thirty-first, hundred-forty-eighth, hundred-eighty-third); a reported fact or
  figure is check-worthy with its speaker. The pairs from one speaker: Delacroix's 38,000
  claims -> "Ray Delacroix" beside "Our policyholders needed us, ..."; Ebbinghaus's 2.3
  billion euros -> "Jörg Ebbinghaus" beside „Die Preise sind weiterhin auskömmlich, ...“;
  Leitgeb's record „Das ist der größte Zukauf in unserer 128-jährigen Geschichte“ ->
  "Florian Leitgeb" with 128 years (a quote stating a measurable record, hundred-thirtieth:
  „... in unserer 170-jährigen Geschichte ...“) beside the open question "Ob weitere Zukäufe
  folgen, wollte Leitgeb nicht sagen."; Lammersdorf's payouts (unchecked, "stellt ... in
  Aussicht") beside „Wir brauchen niemanden, ...“; Haselsteiner's profit goal beside „Der
  Klimawandel ist längst in unseren Büchern angekommen“. Konjunktiv I paraphrases of a
  figure, a fact or a cause are check-worthy with the speaker their own attribution gives
  ("Grund sei vor allem der geringere Nettozinsertrag, ..., teilte die Bank am Freitag mit."
  -> "die Bank"; "Für das Gesamtjahr peile Isarwacht ..., sagte Finanzchefin Ruth
  Engelhardt-Moos." -> "Ruth Engelhardt-Moos"; "Grund seien das schrumpfende Neugeschäft
  ..., sagte Vorstandschefin Sabine Terhorst-Kamp." a stated cause, hundred-fiftieth; "Das
  Jahresziel ... sei dennoch erreichbar, sagte Finanzvorstand Jörg Ebbinghaus."), with the
  speaker unchecked after a role or a pronoun ("Die Bank werde ..., sagte ein Sprecher.",
  "Rechtliche Schritte gegen das Angebot prüfe der Bund aber nicht, fügte er hinzu.";
  hundred-eighty-third); "Ein feindliches Vorgehen ... sei nicht akzeptabel, sagte ein
  Sprecher des Finanzministeriums." is an evaluation and a negative.
- Check-worthy without a figure (10 rows; hundred-thirtieth, hundred-fiftieth,
  hundred-eighty-third): where the Austrian bank built its extra provisions ("..., so
  Risikovorstand Gernot Haidacher." -> "Gernot Haidacher"), a board's rejection paired with
  a label ("Der Vorstand ... lehnte das Angebot als „feindlich und deutlich zu niedrig“
  ab."; hundred-thirtieth: "Fairhaven's board rejected the approach, saying ...") and a
  board's call to reject ("Cantábrico's board had urged shareholders to reject the offer,
  arguing that it undervalued the bank."), sites to be closed, a stated cause, the
  government's stated position on legal steps, the approval a deal still needs ("Die
  Übernahmekommission muss den Angebotsprospekt noch prüfen."; hundred-thirtieth), a rule
  barring a new bid ("for at least a year" - "a year" an article, none,
  hundred-fifty-second), a lead that states a result without a figure ("... stemmt sich mit
  einem Rekordgewinn ... gegen die feindliche Übernahme ..." - "Rekordgewinn" none;
  hundred-fiftieth) and the source line of the central bank's figures ("Das geht aus Daten
  der Oesterreichischen Nationalbank (OeNB) hervor, ..."; hundred-eighty-third).
- Results (hundred-thirtieth, hundred-fiftieth, hundred-eighty-third): profits, revenue,
  fees, interest income, premiums, provisions, catastrophe losses and consensus figures are
  money in the currency written ("$3.84 billion, or $2.17 per share", "$5.12 per diluted
  share", "1,17 Mrd. Euro", "214 Mio. Euro", "688 Millionen Franken", "684 billion yen",
  "£1.03 billion", "2.38 billion pounds"; "per share", "a share", "per diluted share", "je
  Aktie" none); converted figures in brackets are money in their own currency with no hedge
  ("1.93 billion euros ($2.25 billion)", "1.15 trillion yen ($7.6 billion)", "C$615 million
  ($445 million)"; eightieth, hundred-fiftieth), "C$" is CAD (hundred-thirty-first: "C$6.5
  billion"), "1 trillion yen" 1e12 JPY. Quarters, halves and the first of a run are ordinals
  ("third-quarter", "im dritten Quartal", "in the second quarter", "its fiscal fourth
  quarter" 4 - hundred-fiftieth: "the fiscal second quarter" -, "im ersten Halbjahr" and "in
  the first half" 1 with no fraction, hundred-seventy-third and hundred-seventy-eighth); "in
  den ersten drei Quartalen" is ordinal 1 and count 3 (hundred-fiftieth), "in den ersten
  neun Monaten" and "in the first nine months" ordinal 1 and 9 months (hundred-fiftieth:
  "the first 10 months"), "for the three months to the end of September" 3 months and "for
  the nine months to September" 9 months (hundred-fiftieth: "in the 13 weeks to Nov. 1").
  New: "the April-September half" carries nothing - the half is named by its months, and
  months alone carry none (hundred-thirtieth), while "the first half" ranks it. None
  besides: "full-year", "für das Gesamtjahr", "Für heuer", "im Jahresvergleich", "binnen
  Jahresfrist" (hundred-fiftieth), "im Vorjahreszeitraum", "im Rekordjahr davor", "ein Jahr
  zuvor", "ein Jahr davor", "im Jahr davor", "im Vorjahr", "a year earlier", "in the same
  period last year", "for the year to March", "per Ende September", "at the end of June",
  "Rekordgewinn", "Rekordwert", "Höchststand"; "halbierte sich nahezu" (a verb,
  hundred-eighty-third: "more than doubled" none). Consensus figures are check-worthy with
  the speaker unchecked ("according to LSEG data", "expected by analysts in a
  company-compiled consensus", "Analysten hatten im Schnitt nur mit ... gerechnet" - "im
  Schnitt" and "nur" no hedge -, "laut einer von der Bank erhobenen Konsensschätzung";
  hundred-thirtieth, hundred-eighty-third). Guidance and ranges keep both ends ("von 7,6 bis
  8,2 Milliarden Euro", "between $340 million and $390 million", "94% to 96%", "by 5% to
  10%"; "von", "between", "to" no hedge). A firm's own estimates and expectations with a
  figure are check-worthy with the speaker unchecked ("Meridale expects", "The bank now
  expects", "Halvergate estimated", "schätzt der Konzern", "rechnet der Konzern", "erwartet
  Tauernland", "Hoshizora expects"; hundred-tenth, hundred-eighty-third). New: "rate
  increases averaging 11%" is 11 with no hedge - "averaging" states a mean as "an average
  of" does (hundred-thirtieth).
- Ratios are percentages as written (hundred-thirtieth: the cost-income ratio, the NPL
  ratio, CET1): "Its common equity tier 1 ratio" 12.4 and 12.1 ("1" none), "Its CET1 ratio",
  "The bank's CET1 ratio", "Die harte Kernkapitalquote", "Die NPE-Quote ... von 2,2 auf 2,7
  Prozent" both, "Die Cost-Income-Ratio", "Eigenkapitalrendite von mehr als 14 Prozent"
  "over", "a return on tangible equity of about 13%", "Die Ausschüttungsquote ... bei 50
  Prozent", "um 2,3 Prozentpunkte" 2.3 pp. New: insurers' ratios are percentages the same
  way, also above 100 - "Die Schaden-Kosten-Quote", "Die Combined Ratio", "Its combined
  ratio ... to 131.8% from 94.2%", "a combined ratio of 94% to 96%", and solvency ratios
  "212 Prozent", "196%", "248 Prozent", "rund 255 Prozent" "about". New: "Solvency-II-Quote"
  and "Solvency II ratio" carry no figure - the Roman "II" names a regulatory regime as the
  "1" of "CET1" and the "3" of "Kredite der Stufe 3" name classes (hundred-thirtieth);
  "Schweizer Solvenztest (SST)" none.
- Dividends and buybacks (hundred-thirtieth, hundred-fiftieth): "auf mindestens 1,10 Euro je
  Aktie ..., nach 0,82 Euro" "at_least" on the first amount only, "an interim dividend of
  9.8 pence" 0.098 GBP and "a special dividend of 12p" 0.12 GBP (pence are hundredths of the
  pound: "61.2p" 0.612, "475p" 4.75, "318.4p" 3.184, "486 pence" 4.86; hundred-thirtieth),
  "ein Aktienrückkaufprogramm über bis zu 500 Millionen Franken" "up_to" (hundred-thirtieth:
  "über bis zu"), "buybacks of up to $5 billion", "a buyback of up to 250 billion yen, or
  2.1% of its outstanding shares" (the hedge on the amount only), "$120 million ... $380
  million left", "distributing 60% of 2026 earnings ..., half of it through buybacks" 60,
  the year and 0.5, "Ausschüttungen von insgesamt 9 Milliarden Euro ..., ein Drittel mehr
  als bisher geplant" 0.3333 ("insgesamt" no hedge; a share written as a rise stays a
  fraction, hundred-eighty-third).
- Takeovers (hundred-thirtieth, hundred-fiftieth): prices per share, premiums, values,
  stakes and acceptance levels are each a quantity ("24,50 Euro je Aktie in bar", "einem
  Aufschlag von 21 Prozent", "mit rund 13,7 Milliarden Euro", "142 Franken je Aktie, davon
  100 Franken in bar" both, "einer Prämie von 33,6 Prozent", "$52.40 a share, a 27%
  premium", "486 pence a share in cash, 34% above ...", "$61 per share in cash, or about
  $8.3 billion including debt", "a premium of about 26%", "a 4.6 billion pound takeover" -
  the adjectival "pound" the unit, hundred-eighty-third -, "$3.1 billion in stock", "9,9
  Prozent der Anteile", "mehr als die Hälfte" 0.5 "over", "weitere 14,5 Prozent" and
  "zusammen 38 Prozent" with no hedge, "auf 24,4 Prozent", "at least 50%" "at_least",
  "holders of only 26.8%" ("only" no hedge, hundred-eighty-third), "erst für 2,1 Prozent der
  Aktien" ("erst" no hedge, hundred-fifty-second), "the 4.3% stake"); "0.615 Meridale shares
  for each share" is count 0.615 (hundred-thirtieth: an exchange ratio); periods are
  durations ("vier Wochen", "um bis zu zwei Wochen" "up_to", "der gesetzlichen Frist von
  zwei Wochen", "an 18-month battle", "within 180 days" - "within" no hedge -, "for at least
  12 months" and "for at least three years" "at_least"); closings are ordinals and years
  ("im zweiten Quartal 2027", "in the second quarter of 2027", "in the first half of 2027";
  hundred-fiftieth), "in the first full year after closing" 1 (hundred-thirtieth: "in the
  first full year"); "three earlier proposals" 3. Rankings are ordinals ("the country's
  11th-largest regional lender" 11, "zweitgrößter Aktionär" 2, "Britain's fourth-largest
  mutual lender" 4, "zum fünftgrößten Versicherer" 5, "Canada's fifth-largest lender" 5; the
  issue's "die drittgrößte Stadt", hundred-thirtieth: "sixth-largest"); "the largest in
  Ohio", "größter Gewinner im Dax" and "der größte Zukauf" none (hundred-fifty-second: a
  superlative without a number word). "dem 1,4-Fachen des Buchwerts" is count 1.4
  (hundred-sixtieth: "um das 90-Fache" 90). New: "Cascade's 30-day volume-weighted average
  share price" is 30 days, a duration - an English "30-day" compound reads as the issue's "a
  two-week visit", while a trading day inside a German noun stays a count ("der letzten 60
  Handelstage", hundred-thirtieth). New: "übernimmt um 410 Mio. Euro drei Viertel des ...
  Versicherers" is 410 million EUR with no hedge and 0.75 - the Austrian "um" before a price
  names the price paid, as "um" before a difference is no hedge (hundred-fiftieth).
- Jobs, branches, claims and customers are counts, shares of them fractions
  (hundred-thirtieth): "rund 1.200 seiner 5.300 Stellen" (a definite group, forty-first),
  "around 1,400 jobs over the next 18 months" ("over" before a span no hedge), "weitere 900
  Vollzeitstellen ... 60 ihrer 210 Filialen" ("weitere" no hedge), "about 3,500 jobs, or
  roughly 4%", "94 of its 380 U.S. branches", "about 70 overlapping branches", "rund 180
  Stellen", "bis zu 4.000 der rund 19.500 Arbeitsplätze" "up_to" and "about", "640 branches
  across nine states", "23 branches", "four local banking markets", "about 38,000 claims ...
  roughly 71% of them", "über 21'000 Schadenmeldungen" "over" (Swiss apostrophe, tenth),
  "some 1.4 million customers" and "some 900,000 policyholders" "about", "2.1 million
  members, 118 branches", "to 39 from more than 110 in 1990", "about 2,600 employees", "rund
  1.100 Menschen", "three times since March 2024" count 3 (the issue's "viermal") with its
  year. Fractions: "mehr als jeder fünfte Arbeitsplatz" 0.2 "over" (the issue's "jeder
  vierte"), "drei Viertel" 0.75, "Jeder dritte Euro des Gewinns" 0.3333, "um fast ein
  Viertel" 0.25 "nearly" (hundred-fiftieth), "roughly a quarter of all U.S. annuity assets"
  0.25 "about", "about a third more for cover" 0.3333 "about" (hundred-eighty-third: "fast
  ein Drittel mehr").
- Other durations (the issue; every batch): "the highest in three years" and "than they did
  three years ago" 3 years (hundred-thirtieth: "vor fünf Jahren"), "128-jährigen Geschichte"
  128 years (hundred-thirtieth: "170-jährigen"), "for the three months to ..." and "the nine
  months to ..." (above). None: "the next decade", "years of negative rates", "for at least
  a year", "within hours" (in a negative). In one negative "after two quiet years" is 2
  years, labelled (seventeenth batch).
- Years and dates: "by the end of 2027", "2026 targets", "bis Ende 2028", "bis 2029", "in
  der Finanzkrise 2009", "since March 2024" its year, "bis 2027", "in 1990", "since 2019",
  "Für 2026 bis 2028" both (hundred-eighty-third: "für die Jahre 2027 bis 2029"), "of 2026
  earnings", "Die Dividende für 2026"; "on Oct. 14" --10-14, "by Dec. 15" --12-15, "on March
  1" --03-01, "the Jan. 1 renewals" and "zum 1. Januar" --01-01, "bis zum 3. Dezember"
  --12-03 (dates without a year, hundred-thirtieth); Reuters datelines with a day ("NEW
  YORK, Oct 20", "PARIS, Oct 28", "LONDON, Oct 30", "TOKYO, Nov 3", "TORONTO, Nov 9",
  "MADRID, Nov 11", "TOKYO, Nov 13") dates without a year. New: "HAMILTON, Bermuda, Nov 5
  (Reuters)" is --11-05 - a territory between city and day, as the state in "WILMINGTON,
  Del., March 24" (hundred-thirtieth). dpa-AFX ("MÜNCHEN (dpa-AFX) -", "NÜRNBERG (dpa-AFX)
  -", "HANNOVER (dpa-AFX) -"), dpa, APA, AWP, Keystone-SDA, Reuters German, AP ("TAMPA, Fla.
  (AP) —", "WASHINGTON (AP) —"), PA ("LONDON (PA) -", "LEEDS (PA) -") and Bloomberg
  ("(Bloomberg) --") datelines none (seventy-ninth, hundred-thirtieth). Weekdays,
  "Mittwochabend", months alone ("in September", "im Juli", "im Juni", "in March", "in May",
  "in December", "since August"), "Ende Juni", "per Ende Oktober", "by 0915 GMT" and "by
  midday" none.
- Hedges, only the names in use: "rund", "etwa", "about", "around", "roughly", "some"
  "about"; "knapp", "fast" "nearly"; "mehr als", "gut", "über" before the figure, "more
  than" "over"; "mindestens", "at least" "at_least"; "bis zu", "up to" "up_to". No hedge:
  "im Schnitt", "nur", "only", "erst", "zuletzt", "weitere", "zusammen", "insgesamt",
  "davon", "within", "innerhalb", "binnen", "zwischen", "between", "to" in a range,
  "averaging", "over" before a span, "um" before a difference or a price, "mehr" and
  "weniger" after a figure.
- Speakers, checked only in forms the earlier batches settled: "wie der Konzern am Mittwoch
  in München mitteilte" and "teilte der Konzern am Mittwoch mit" -> "der Konzern", "teilte
  die Bank am Freitag mit" and "wie die Bank am Donnerstag mitteilte" -> "die Bank", "wie
  das Institut am Dienstag mitteilte" and "wie das Institut am Mittwoch mitteilte" -> "das
  Institut", "wie das Unternehmen am Donnerstag in Köln mitteilte" and "teilte das
  Unternehmen am Freitag mit" -> "das Unternehmen" (a body named in the lead taken up by its
  common noun, weekday and place dropped; hundred-seventeenth, hundred-fiftieth,
  hundred-eighty-third), "teilte Banca Adriatica Unita am Mittwoch mit", "teilte Jurasana am
  Dienstag mit" and "teilte Tauernland am Freitag mit" the name as written
  (hundred-thirtieth: "wie Aarwald am Mittwoch mitteilte"), "nach Angaben der OeNB" -> "die
  OeNB" (hundred-fiftieth: "nach Angaben der BA"), "so Risikovorstand Gernot Haidacher" and
  "sagte X" with the title dropped ("Finanzchefin", "Vorstandschefin", "Finanzvorstand",
  "Generaldirektor"; hundred-thirtieth). English: "the lender said on Tuesday" -> "the
  lender", "the insurer said Thursday" -> "the insurer" and "the society said" -> "the
  society" (a role with the definite article for the body of the story, hundred-thirtieth:
  "the regulator", "the trade body"), "The bank said ..." opening the row and "the bank said
  on Monday" -> "the bank", "the companies said on Thursday", "the companies said on Friday"
  and "the companies said in a statement" -> "the companies" (hundred-fiftieth), "the
  company said on Friday" -> "the company", "Calder & Wye said", "Ravensmoor said", "Tajo
  said", "Northlake said" as written, "Chief Executive Imogen Tarrant said", "..., Chief
  Executive Ray Delacroix said." and "Chief Underwriting Officer Nadine Ashcombe said on a
  call with analysts" the name (the office and the occasion dropped, hundred-fiftieth),
  "according to the Building Societies Association" and "according to the Association of
  British Insurers" with the article (hundred-eighty-third). New: "The Fed said in its order
  ..." -> "the Fed" - the short name of the body in the lead, with the article in lower case
  and "in its order" dropped as "in a filing" (hundred-fiftieth). Left unchecked (None):
  roles and pronouns ("sagte ein Sprecher", "fügte er hinzu", "It said"), documents and data
  ("according to LSEG data", "wie aus einer Pflichtmitteilung hervorgeht", "der
  Pflichtveröffentlichung zufolge", "laut einer von der Bank erhobenen Konsensschätzung",
  "according to estimates by ratings agency Fitch"), estimating verbs (above, and "Nach
  Berechnungen von Verdi"; hundred-eighty-third: "Nach Berechnungen des Ministeriums"),
  "nach eigenen Angaben" (hundred-thirtieth), verbs that are not of saying ("bestätigte",
  "stellte ... in Aussicht", "stellt ... in Aussicht", "kündigte ... an", "confirmed",
  "announced", "has asked"; hundred-thirtieth, hundred-eighty-third), "wie beide Banken am
  Dienstag mitteilten" (a German plural naming no firm, hundred-fiftieth: "wie beide
  Unternehmen mitteilten"), "Thamesbrook's board said" and "Spain's stock market regulator
  said" (a possessive heading the source, hundred-thirtieth), "Motor insurer Ashgrove Group
  said" (a description before the name, fortieth), rows without attribution and all
  negatives, also those with a named speaker.
- Negatives (hundred-thirtieth, hundred-fiftieth, hundred-eighty-third): chief executives'
  and chairmen's quoted confidence, candour, resolve and reassurance without a checkable
  fact ("Clients are coming back to the table, ...", „Wir haben in diesem Quartal schlicht
  auch Glück mit dem Wetter gehabt“, "This is the kind of scale ...", „Das Zinsgeschäft hat
  seinen Zenit überschritten, ...“, «Die Kundschaft hat uns ...», "We are not seeing any
  deterioration in credit quality, ..." - a reassurance, hundred-eighty-fourth -, "Our
  policyholders needed us, ...", „Der Klimawandel ...“, "Japan is finally a normal interest
  rate country again", «Die Hagelsaison hat uns erneut gezeigt, ...», "Together we can
  invest ...", „Wir liefern, was wir versprochen haben“, „Die Preise sind weiterhin
  auskömmlich, ...“, „Wir haben Zeit, ...“, "We have to be honest ...", «Zusammen werden wir
  zur führenden Privatbank ...», "Our shareholders have spoken very clearly", "... still
  believed the merger "made complete sense"", „Wir brauchen niemanden, ...“, „Die fetten
  Jahre laufen aus, ...“, "We will keep looking ..."); analysts', traders' and brokers'
  verdicts and market views ("Credit is behaving, ...", „blitzsauberen Zahlenvorlage“,
  „solide, aber unspektakulär“, "Capital is flooding back ...", "Analysten lobten ...",
  „fairen, aber nicht üppigen Preis“, "Analysts at Whitmore Stockbrokers said ... could
  squeeze margins ...", "Analysts said the price looked full ...", and "Brokers say clients
  are pushing hard for cheaper cover after two quiet years." with its span labelled); labels
  of unions, staff, a broker and a consumer advocate ("a betrayal of staff ...", „... zum
  Schnäppchenpreis filetiert ...“, „ein schwarzer Tag“, „Man spart sich hier ... kaputt“,
  „maßlos und unnötig“, "Private equity has no business ...", "a bet with other people's
  pensions"); a ministry's evaluation (above); warnings, advice and appeals ("Die
  Finanzmarktaufsicht (FMA) mahnte die Institute, ...", "The bank urged customers ...",
  "Konsumentenschützer raten Hausbesitzern, ...", "Community groups had urged regulators
  ..."; hundred-eighty-third); speculation and forecasts without a figure ("Marktteilnehmer
  spekulieren bereits auf eine Nachbesserung.", "Branchenbeobachter rechnen damit, ...",
  "Analysts expect other Japanese lenders ..."; forty-seventh); complaints and criticism
  without a measure ("Many homeowners along the coast say ...", "Investors have long argued
  ..."); and open questions ("Ob das vierte Quartal ähnlich glimpflich verläuft, ..." with
  its ordinal 4 labelled, "Some analysts questioned whether ...", "Whether the final bill
  ...", "Ob der Zufluss anhält, ...", "Ob betriebsbedingte Kündigungen ...", "It was not
  clear whether ...", "Ob weitere Zukäufe folgen, ...", "Ob Banca Adriatica Unita ihr
  Angebot nachbessert, ist offen.", "Whether state insurance regulators ...").

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_186 = [
    # --- Granite Harbor Financial, third quarter (Reuters) ---
    (
        "en",
        "NEW YORK, Oct 20 (Reuters) - Granite Harbor Financial's third-quarter profit jumped 22%, lifted by a rebound in dealmaking fees at its investment bank, the lender said on Tuesday.",
        True,
        [("date", "--10-20", None, None), ("ordinal", 3, None, None), ("percent", 22, "%", None)],
        "the lender",
    ),
    (
        "en",
        "Net income rose to $3.84 billion, or $2.17 per share, from $3.15 billion, or $1.76 per share, a year earlier.",
        True,
        [
            ("money", 3840000000, "USD", None),
            ("money", 2.17, "USD", None),
            ("money", 3150000000, "USD", None),
            ("money", 1.76, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Analysts had expected earnings of $1.98 per share, according to LSEG data.",
        True,
        [("money", 1.98, "USD", None)],
        None,
    ),
    (
        "en",
        "Investment banking fees climbed 41% to $1.26 billion, the highest in three years.",
        True,
        [("percent", 41, "%", None), ("money", 1260000000, "USD", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "Net interest income slipped 3% to $6.9 billion as the Federal Reserve's rate cuts squeezed what the bank earns on loans.",
        True,
        [("percent", 3, "%", None), ("money", 6900000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Granite Harbor set aside $1.1 billion to cover potential loan losses, down from $1.45 billion in the second quarter.",
        True,
        [("money", 1100000000, "USD", None), ("money", 1450000000, "USD", None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Its common equity tier 1 ratio rose to 12.4% from 12.1% at the end of June.",
        True,
        [("percent", 12.4, "%", None), ("percent", 12.1, "%", None)],
        None,
    ),
    (
        "en",
        '"Clients are coming back to the table, and our pipeline tells us this is more than a good summer," Chief Executive Dolores Kittredge told analysts on a call.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The bank said it would resume share buybacks of up to $5 billion in the fourth quarter.",
        True,
        [("money", 5000000000, "USD", "up_to"), ("ordinal", 4, None, None)],
        "the bank",
    ),
    (
        "en",
        '"Credit is behaving, and fee income is finally doing the heavy lifting," said Paul Ferris, an analyst at Ridley Hale Securities.',
        False,
        [],
        None,
    ),
    # --- Isarwacht Versicherung, drittes Quartal (dpa-AFX) ---
    (
        "de",
        "MÜNCHEN (dpa-AFX) - Der Versicherer Isarwacht hat im dritten Quartal dank geringerer Unwetterschäden deutlich mehr verdient als von Analysten erwartet.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Der Nettogewinn stieg im Jahresvergleich um 18 Prozent auf 1,42 Milliarden Euro, wie der Konzern am Mittwoch in München mitteilte.",
        True,
        [("percent", 18, "%", None), ("money", 1420000000, "EUR", None)],
        "der Konzern",
    ),
    (
        "de",
        "Analysten hatten im Schnitt nur mit 1,27 Milliarden Euro gerechnet.",
        True,
        [("money", 1270000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Im Sach- und Unfallgeschäft sank die Schaden-Kosten-Quote binnen Jahresfrist um 2,3 Prozentpunkte auf 91,6 Prozent.",
        True,
        [("percent", 2.3, "pp", None), ("percent", 91.6, "%", None)],
        None,
    ),
    (
        "de",
        "Großschäden aus Naturkatastrophen summierten sich auf 380 Millionen Euro, nach 610 Millionen Euro ein Jahr zuvor.",
        True,
        [("money", 380000000, "EUR", None), ("money", 610000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Solvency-II-Quote, die das Kapitalpolster des Konzerns misst, lag Ende September bei 212 Prozent.",
        True,
        [("percent", 212, "%", None)],
        None,
    ),
    (
        "de",
        "Für das Gesamtjahr peile Isarwacht nun ein operatives Ergebnis am oberen Ende der Spanne von 7,6 bis 8,2 Milliarden Euro an, sagte Finanzchefin Ruth Engelhardt-Moos.",
        True,
        [("money", 7600000000, "EUR", None), ("money", 8200000000, "EUR", None)],
        "Ruth Engelhardt-Moos",
    ),
    (
        "de",
        "„Wir haben in diesem Quartal schlicht auch Glück mit dem Wetter gehabt“, räumte Vorstandschef Konrad Altmannshofer ein.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Aktie gewann am Vormittag 3,1 Prozent auf 412,80 Euro und war damit größter Gewinner im Dax.",
        True,
        [("percent", 3.1, "%", None), ("money", 412.8, "EUR", None)],
        None,
    ),
    ("de", "Ein Händler sprach von einer „blitzsauberen Zahlenvorlage“.", False, [], None),
    (
        "de",
        "Ob das vierte Quartal ähnlich glimpflich verläuft, hängt laut Analysten vor allem vom Rest der Hurrikansaison ab.",
        False,
        [("ordinal", 4, None, None)],
        None,
    ),
    # --- Meridale buys Pinecrest (Bloomberg) ---
    (
        "en",
        "(Bloomberg) -- Meridale Financial Corp. agreed to buy Pinecrest Bancshares Inc. in an all-stock deal valued at about $7.4 billion, creating the country's 11th-largest regional lender.",
        True,
        [("money", 7400000000, "USD", "about"), ("ordinal", 11, None, None)],
        None,
    ),
    (
        "en",
        "Pinecrest shareholders will receive 0.615 Meridale shares for each share they own, the companies said on Thursday.",
        True,
        [("count", 0.615, None, None)],
        "the companies",
    ),
    (
        "en",
        "That values Pinecrest at $52.40 a share, a 27% premium to its closing price on Wednesday.",
        True,
        [("money", 52.4, "USD", None), ("percent", 27, "%", None)],
        None,
    ),
    (
        "en",
        "The combined bank will have about $118 billion in assets and 640 branches across nine states.",
        True,
        [("money", 118000000000, "USD", "about"), ("count", 640, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "Meridale expects to cut annual costs by $310 million, or roughly 28% of Pinecrest's expense base, by the end of 2027.",
        True,
        [("money", 310000000, "USD", None), ("percent", 28, "%", "about"), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "The companies plan to close about 70 overlapping branches but did not say how many jobs would go.",
        True,
        [("count", 70, None, "about")],
        None,
    ),
    (
        "en",
        "Approval from the Federal Reserve and from shareholders of both lenders is still needed, and the banks aim to complete the merger in the second quarter of 2027.",
        True,
        [("ordinal", 2, None, None), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        '"This is the kind of scale you need to compete for the next decade," Meridale Chief Executive Howard Brill said in an interview.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Pinecrest shares jumped 19% to $47.85, while Meridale fell 4.2%.",
        True,
        [("percent", 19, "%", None), ("money", 47.85, "USD", None), ("percent", 4.2, "%", None)],
        None,
    ),
    (
        "en",
        "Some analysts questioned whether the cost savings could be achieved without hurting customer service.",
        False,
        [],
        None,
    ),
    # --- Donautaler Bank, drei Quartale (APA) ---
    (
        "de",
        "Wien (APA) - Die Donautaler Bank hat in den ersten drei Quartalen einen Nettogewinn von 1,17 Mrd. Euro erzielt, um 6,4 Prozent weniger als im Vorjahreszeitraum.",
        True,
        [
            ("ordinal", 1, None, None),
            ("count", 3, None, None),
            ("money", 1170000000, "EUR", None),
            ("percent", 6.4, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Grund sei vor allem der geringere Nettozinsertrag, der um 4,8 Prozent auf 2,66 Mrd. Euro sank, teilte die Bank am Freitag mit.",
        True,
        [("percent", 4.8, "%", None), ("money", 2660000000, "EUR", None)],
        "die Bank",
    ),
    (
        "de",
        "Die Risikokosten stiegen auf 214 Mio. Euro, nach 131 Mio. Euro im Jahr davor.",
        True,
        [("money", 214000000, "EUR", None), ("money", 131000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die NPE-Quote, der Anteil notleidender Kredite am gesamten Kreditbuch, kletterte von 2,2 auf 2,7 Prozent.",
        True,
        [("percent", 2.2, "%", None), ("percent", 2.7, "%", None)],
        None,
    ),
    (
        "de",
        "Die harte Kernkapitalquote lag per Ende September bei 16,9 Prozent.",
        True,
        [("percent", 16.9, "%", None)],
        None,
    ),
    (
        "de",
        "Einen Großteil der zusätzlichen Vorsorge bildete das Institut für Gewerbeimmobilienkredite in Deutschland, so Risikovorstand Gernot Haidacher.",
        True,
        [],
        "Gernot Haidacher",
    ),
    (
        "de",
        "Für das Gesamtjahr bestätigte die Bank das Ziel einer Eigenkapitalrendite von mehr als 14 Prozent.",
        True,
        [("percent", 14, "%", "over")],
        None,
    ),
    (
        "de",
        "Die Ausschüttungsquote soll weiterhin bei 50 Prozent des Nettogewinns liegen.",
        True,
        [("percent", 50, "%", None)],
        None,
    ),
    (
        "de",
        "„Das Zinsgeschäft hat seinen Zenit überschritten, aber wir sind breit aufgestellt“, sagte Generaldirektorin Marlene Fuchsbichler.",
        False,
        [],
        None,
    ),
    (
        "de",
        "An der Wiener Börse gaben die Papiere um 1,9 Prozent auf 38,46 Euro nach.",
        True,
        [("percent", 1.9, "%", None), ("money", 38.46, "EUR", None)],
        None,
    ),
    ("de", "Analysten bezeichneten die Zahlen als „solide, aber unspektakulär“.", False, [], None),
    # --- Calder & Wye, motor finance charge (PA) ---
    (
        "en",
        "LONDON (PA) - High street lender Calder & Wye has set aside a further £640 million to cover compensation for motor finance customers, wiping out most of its third-quarter profit.",
        True,
        [("money", 640000000, "GBP", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "The bank said pre-tax profit for the three months to the end of September fell to £112 million from £1.03 billion a year earlier.",
        True,
        [("duration", 3, "month", None), ("money", 112000000, "GBP", None), ("money", 1030000000, "GBP", None)],
        "the bank",
    ),
    (
        "en",
        "The latest charge takes its total provision for the scandal to £2.2 billion.",
        True,
        [("money", 2200000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Calder & Wye said it would cut around 1,400 jobs over the next 18 months as it shuts its remaining call centres in Leeds and Swansea.",
        True,
        [("count", 1400, None, "about"), ("duration", 18, "month", None)],
        "Calder & Wye",
    ),
    (
        "en",
        'The Accord union called the decision "a betrayal of staff who have carried the bank through a difficult year".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Chief Executive Imogen Tarrant said the bank remained on track to meet its 2026 targets, including a return on tangible equity of about 13%.",
        True,
        [("year", 2026, None, None), ("percent", 13, "%", "about")],
        "Imogen Tarrant",
    ),
    (
        "en",
        "Its CET1 ratio fell to 13.6% from 14.1% in June.",
        True,
        [("percent", 13.6, "%", None), ("percent", 14.1, "%", None)],
        None,
    ),
    (
        "en",
        "Shares in the group closed down 5.3% at 61.2p.",
        True,
        [("percent", 5.3, "%", None), ("money", 0.612, "GBP", None)],
        None,
    ),
    (
        "en",
        "The bank urged customers who believe they were mis-sold car loans not to pay claims management firms, saying the redress scheme would be free.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Whether the final bill will be higher still depends on the outcome of the regulator's redress scheme.",
        False,
        [],
        None,
    ),
    # --- Limmatgold, neun Monate (AWP) ---
    (
        "de",
        "Zürich (awp) - Die Vermögensverwaltungsbank Limmatgold hat in den ersten neun Monaten 7,8 Milliarden Franken an Neugeldern angezogen.",
        True,
        [("ordinal", 1, None, None), ("duration", 9, "month", None), ("money", 7800000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Die verwalteten Vermögen erreichten per Ende September einen Rekordwert von 241 Milliarden Franken, wie das Institut am Dienstag mitteilte.",
        True,
        [("money", 241000000000, "CHF", None)],
        "das Institut",
    ),
    (
        "de",
        "Der Reingewinn stieg um knapp 12 Prozent auf 688 Millionen Franken.",
        True,
        [("percent", 12, "%", "nearly"), ("money", 688000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Die Cost-Income-Ratio sank auf 63,4 Prozent, nach 66,1 Prozent im Vorjahr.",
        True,
        [("percent", 63.4, "%", None), ("percent", 66.1, "%", None)],
        None,
    ),
    (
        "de",
        "Limmatgold kündigte zudem ein Aktienrückkaufprogramm über bis zu 500 Millionen Franken an, das bis Ende 2028 laufen soll.",
        True,
        [("money", 500000000, "CHF", "up_to"), ("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "«Die Kundschaft hat uns in einem nervösen Umfeld ihr Vertrauen geschenkt», sagte Konzernchef Reto Gubelmann-Frey.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Aktie legte an der SIX um 4,7 Prozent auf 71,35 Franken zu.",
        True,
        [("percent", 4.7, "%", None), ("money", 71.35, "CHF", None)],
        None,
    ),
    ("de", "Ob der Zufluss anhält, wenn sich die Märkte beruhigen, ist offen.", False, [], None),
    # --- Banque Verlaine, third quarter (Reuters) ---
    (
        "en",
        "PARIS, Oct 28 (Reuters) - French lender Banque Verlaine posted a 9% rise in third-quarter net profit on Wednesday, as record trading revenue offset weaker retail banking at home.",
        True,
        [("date", "--10-28", None, None), ("percent", 9, "%", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Net income came in at 1.93 billion euros ($2.25 billion), above the 1.78 billion euros expected by analysts in a company-compiled consensus.",
        True,
        [("money", 1930000000, "EUR", None), ("money", 2250000000, "USD", None), ("money", 1780000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Revenue from fixed income, currencies and commodities trading rose 17% to 1.41 billion euros.",
        True,
        [("percent", 17, "%", None), ("money", 1410000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "The bank's CET1 ratio stood at 13.1%, comfortably above regulatory requirements.",
        True,
        [("percent", 13.1, "%", None)],
        None,
    ),
    (
        "en",
        "Verlaine confirmed its target of distributing 60% of 2026 earnings to shareholders, half of it through buybacks.",
        True,
        [("percent", 60, "%", None), ("year", 2026, None, None), ("fraction", 0.5, None, None)],
        None,
    ),
    (
        "en",
        '"We are not seeing any deterioration in credit quality, not in France and not elsewhere," Finance Director Amélie Rousset-Vidal told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The shares were up 3.8% at 67.12 euros by 0915 GMT.",
        True,
        [("percent", 3.8, "%", None), ("money", 67.12, "EUR", None)],
        None,
    ),
    # --- Angebot für die Hanseatische Kreditbank (Reuters German) ---
    (
        "de",
        "Frankfurt (Reuters) - Die italienische Großbank Banca Adriatica Unita greift nach der Hamburger Hanseatischen Kreditbank und bietet deren Aktionären 24,50 Euro je Aktie in bar.",
        True,
        [("money", 24.5, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das entspricht einem Aufschlag von 21 Prozent auf den Schlusskurs vom Dienstag und bewertet die Hamburger mit rund 13,7 Milliarden Euro.",
        True,
        [("percent", 21, "%", None), ("money", 13700000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Italiener halten bereits 9,9 Prozent der Anteile und streben mehr als die Hälfte an.",
        True,
        [("percent", 9.9, "%", None), ("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "de",
        "Die Annahmefrist soll vier Wochen betragen und kann um bis zu zwei Wochen verlängert werden, teilte Banca Adriatica Unita am Mittwoch mit.",
        True,
        [("duration", 4, "week", None), ("duration", 2, "week", "up_to")],
        "Banca Adriatica Unita",
    ),
    (
        "de",
        "Der Vorstand der Hanseatischen Kreditbank lehnte das Angebot als „feindlich und deutlich zu niedrig“ ab.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Bank werde ihre Aktionäre innerhalb der gesetzlichen Frist von zwei Wochen mit einer begründeten Stellungnahme informieren, sagte ein Sprecher.",
        True,
        [("duration", 2, "week", None)],
        None,
    ),
    (
        "de",
        "Der Bund ist mit 12 Prozent zweitgrößter Aktionär der Hamburger, seit er das Institut in der Finanzkrise 2009 stützen musste.",
        True,
        [("percent", 12, "%", None), ("ordinal", 2, None, None), ("year", 2009, None, None)],
        None,
    ),
    (
        "de",
        "Nach Berechnungen von Verdi stehen bei einer Übernahme bis zu 4.000 der rund 19.500 Arbeitsplätze in Deutschland auf dem Spiel.",
        True,
        [("count", 4000, None, "up_to"), ("count", 19500, None, "about")],
        None,
    ),
    (
        "de",
        "„Hier soll eine gesunde deutsche Bank zum Schnäppchenpreis filetiert werden“, sagte Verdi-Vorstandsmitglied Hartmut Oelschläger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Aktie der Hanseatischen Kreditbank schoss um 26 Prozent auf 25,30 Euro nach oben und notierte damit über dem Angebotspreis.",
        True,
        [("percent", 26, "%", None), ("money", 25.3, "EUR", None)],
        None,
    ),
    ("de", "Marktteilnehmer spekulieren bereits auf eine Nachbesserung.", False, [], None),
    # --- Sabal Coast, hurricane losses (AP) ---
    (
        "en",
        "TAMPA, Fla. (AP) — Sabal Coast Insurance Holdings swung to a third-quarter loss after Hurricane Delphine tore through Florida's Gulf Coast in September, the insurer said Thursday.",
        True,
        [("ordinal", 3, None, None)],
        "the insurer",
    ),
    (
        "en",
        "The Tampa-based company posted a net loss of $212 million, or $4.06 a share, against a profit of $88 million in the same period last year.",
        True,
        [("money", 212000000, "USD", None), ("money", 4.06, "USD", None), ("money", 88000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Catastrophe losses, net of reinsurance, totaled $515 million in the quarter.",
        True,
        [("money", 515000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Its combined ratio, which measures claims and expenses as a share of premiums, rose to 131.8% from 94.2%.",
        True,
        [("percent", 131.8, "%", None), ("percent", 94.2, "%", None)],
        None,
    ),
    (
        "en",
        "The company has received about 38,000 claims from the storm and has closed roughly 71% of them, Chief Executive Ray Delacroix said.",
        True,
        [("count", 38000, None, "about"), ("percent", 71, "%", "about")],
        "Ray Delacroix",
    ),
    (
        "en",
        "Net premiums written grew 14% to $1.02 billion as the insurer pushed through rate increases averaging 11% on homeowners policies.",
        True,
        [("percent", 14, "%", None), ("money", 1020000000, "USD", None), ("percent", 11, "%", None)],
        None,
    ),
    ("en", '"Our policyholders needed us, and we were there within hours," Delacroix said.', False, [], None),
    (
        "en",
        "Florida's insurance commissioner has asked the company to file a plan for handling its remaining claims by Dec. 15.",
        True,
        [("date", "--12-15", None, None)],
        None,
    ),
    ("en", "Many homeowners along the coast say they are still waiting for an adjuster to visit.", False, [], None),
    # --- Nordstern Leben, Stellenabbau (dpa) ---
    (
        "de",
        "Köln (dpa) - Der Lebensversicherer Nordstern Leben will bis Ende 2028 rund 1.200 seiner 5.300 Stellen in Deutschland streichen.",
        True,
        [("year", 2028, None, None), ("count", 1200, None, "about"), ("count", 5300, None, None)],
        None,
    ),
    (
        "de",
        "Das ist mehr als jeder fünfte Arbeitsplatz, wie das Unternehmen am Donnerstag in Köln mitteilte.",
        True,
        [("fraction", 0.2, None, "over")],
        "das Unternehmen",
    ),
    (
        "de",
        "Die Standorte in Dortmund und Kassel sollen geschlossen, die Verwaltung in Köln gebündelt werden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Grund seien das schrumpfende Neugeschäft mit klassischen Lebensversicherungen und hohe Kosten für die Altverträge, sagte Vorstandschefin Sabine Terhorst-Kamp.",
        True,
        [],
        "Sabine Terhorst-Kamp",
    ),
    (
        "de",
        "Die Beitragseinnahmen waren im ersten Halbjahr um 7,3 Prozent auf 2,9 Milliarden Euro gefallen.",
        True,
        [("ordinal", 1, None, None), ("percent", 7.3, "%", None), ("money", 2900000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Für den Abbau bildet der Konzern Rückstellungen von etwa 260 Millionen Euro.",
        True,
        [("money", 260000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "„Für die Beschäftigten ist das ein schwarzer Tag“, sagte Betriebsratschef Uwe Kreutzkamp.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Man spart sich hier auf Kosten der Kundschaft kaputt“, kritisierte ein Versicherungsmakler aus Dortmund.",
        False,
        [],
        None,
    ),
    ("de", "Ob betriebsbedingte Kündigungen ausgeschlossen werden, ließ das Management offen.", False, [], None),
    # --- Ravensmoor buys Thamesbrook Life (Reuters) ---
    (
        "en",
        "LONDON, Oct 30 (Reuters) - British pensions insurer Thamesbrook Life has agreed to a 4.6 billion pound takeover by U.S. private equity firm Ravensmoor Capital, the companies said on Friday.",
        True,
        [("date", "--10-30", None, None), ("money", 4600000000, "GBP", None)],
        "the companies",
    ),
    (
        "en",
        "Ravensmoor will pay 486 pence a share in cash, 34% above where Thamesbrook closed on Oct. 14, the day before news of the approach leaked.",
        True,
        [("money", 4.86, "GBP", None), ("percent", 34, "%", None), ("date", "--10-14", None, None)],
        None,
    ),
    (
        "en",
        "Thamesbrook's board said it intended to recommend the offer unanimously, after rejecting three earlier proposals since August.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Shareholders will also receive an interim dividend of 9.8 pence per share.",
        True,
        [("money", 0.098, "GBP", None)],
        None,
    ),
    (
        "en",
        "The insurer's Solvency II ratio stood at 196% at the end of June.",
        True,
        [("percent", 196, "%", None)],
        None,
    ),
    (
        "en",
        "Thamesbrook manages about 62 billion pounds of pension savings for some 1.4 million customers.",
        True,
        [("money", 62000000000, "GBP", "about"), ("count", 1400000, None, "about")],
        None,
    ),
    (
        "en",
        "Ravensmoor said it would keep Thamesbrook's headquarters in Reading and had no plans to cut jobs for at least 12 months.",
        True,
        [("duration", 12, "month", "at_least")],
        "Ravensmoor",
    ),
    (
        "en",
        '"Private equity has no business looking after people\'s pensions," said Marian Holt of the Unite union.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Thamesbrook shares rose 29% to 475p.",
        True,
        [("percent", 29, "%", None), ("money", 4.75, "GBP", None)],
        None,
    ),
    ("en", "It was not clear whether regulators would demand extra safeguards for policyholders.", False, [], None),
    # --- Alpenländische Versicherung, drei Quartale (APA) ---
    (
        "de",
        "Wien (APA) - Der börsennotierte Versicherer Alpenländische hat die Prämieneinnahmen in den ersten drei Quartalen um 6,9 Prozent auf 5,84 Mrd. Euro gesteigert.",
        True,
        [
            ("ordinal", 1, None, None),
            ("count", 3, None, None),
            ("percent", 6.9, "%", None),
            ("money", 5840000000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Das Ergebnis vor Steuern sank wegen der Hochwasserschäden im Juli hingegen um 11 Prozent auf 402 Mio. Euro, teilte das Unternehmen am Freitag mit.",
        True,
        [("percent", 11, "%", None), ("money", 402000000, "EUR", None)],
        "das Unternehmen",
    ),
    (
        "de",
        "Allein die Unwetter in Niederösterreich und der Steiermark kosteten den Konzern nach eigenen Angaben netto rund 145 Mio. Euro.",
        True,
        [("money", 145000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Combined Ratio in der Schaden- und Unfallversicherung verschlechterte sich auf 97,2 Prozent, nach 93,5 Prozent ein Jahr davor.",
        True,
        [("percent", 97.2, "%", None), ("percent", 93.5, "%", None)],
        None,
    ),
    ("de", "Die Solvenzquote blieb mit 248 Prozent hoch.", True, [("percent", 248, "%", None)], None),
    (
        "de",
        "Für heuer stellte Vorstandschef Leopold Haselsteiner einen Gewinn vor Steuern von mindestens 560 Mio. Euro in Aussicht.",
        True,
        [("money", 560000000, "EUR", "at_least")],
        None,
    ),
    ("de", "„Der Klimawandel ist längst in unseren Büchern angekommen“, sagte Haselsteiner.", False, [], None),
    (
        "de",
        "Konsumentenschützer raten Hausbesitzern, ihre Polizzen auf einen ausreichenden Schutz gegen Hochwasser zu prüfen.",
        False,
        [],
        None,
    ),
    # --- Yamabuki Financial raises forecast (Reuters) ---
    (
        "en",
        "TOKYO, Nov 3 (Reuters) - Japan's Yamabuki Financial Group raised its full-year profit forecast by 15% on Tuesday after higher domestic interest rates lifted lending income in the first half.",
        True,
        [("date", "--11-03", None, None), ("percent", 15, "%", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The bank now expects net profit of 1.15 trillion yen ($7.6 billion) for the year to March, up from a previous forecast of 1 trillion yen.",
        True,
        [
            ("money", 1150000000000, "JPY", None),
            ("money", 7600000000, "USD", None),
            ("money", 1000000000000, "JPY", None),
        ],
        None,
    ),
    (
        "en",
        "Net profit for the April-September half rose 31% to 684 billion yen.",
        True,
        [("percent", 31, "%", None), ("money", 684000000000, "JPY", None)],
        None,
    ),
    (
        "en",
        "The Bank of Japan has raised its policy rate three times since March 2024, ending years of negative rates.",
        True,
        [("count", 3, None, None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "Yamabuki also announced a buyback of up to 250 billion yen, or 2.1% of its outstanding shares.",
        True,
        [("money", 250000000000, "JPY", "up_to"), ("percent", 2.1, "%", None)],
        None,
    ),
    (
        "en",
        '"Japan is finally a normal interest rate country again," President Kenji Morisaki said at a briefing.',
        False,
        [],
        None,
    ),
    ("en", "Analysts expect other Japanese lenders to follow with higher forecasts of their own.", False, [], None),
    # --- Jurasana, neun Monate (Keystone-SDA) ---
    (
        "de",
        "Basel (Keystone-SDA) - Die Versicherungsgruppe Jurasana hat in den ersten neun Monaten ein Geschäftsvolumen von 9,14 Milliarden Franken erzielt, 3,2 Prozent mehr als im Vorjahr.",
        True,
        [
            ("ordinal", 1, None, None),
            ("duration", 9, "month", None),
            ("money", 9140000000, "CHF", None),
            ("percent", 3.2, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Die Schaden-Kosten-Quote dürfte im Gesamtjahr bei rund 93 Prozent liegen, teilte Jurasana am Dienstag mit.",
        True,
        [("percent", 93, "%", "about")],
        "Jurasana",
    ),
    (
        "de",
        "Die Solvenzquote nach dem Schweizer Solvenztest (SST) schätzt der Konzern per Ende Oktober auf rund 255 Prozent.",
        True,
        [("percent", 255, "%", "about")],
        None,
    ),
    (
        "de",
        "Bei den Unwettern im Juni hatte Jurasana in der Schweiz über 21'000 Schadenmeldungen erhalten.",
        True,
        [("count", 21000, None, "over")],
        None,
    ),
    ("de", "Der Konzern bestätigte seine Mittelfristziele bis 2027.", True, [("year", 2027, None, None)], None),
    (
        "de",
        "«Die Hagelsaison hat uns erneut gezeigt, wie wichtig Prävention ist», sagte Konzernchef Marco Zwyssig.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Branchenbeobachter rechnen damit, dass die Prämien für Gebäudeversicherungen weiter steigen.",
        False,
        [],
        None,
    ),
    # --- Pennine and Ousebridge building societies (PA) ---
    (
        "en",
        "LEEDS (PA) - Members of the Pennine Building Society have voted in favour of a merger with the larger Ousebridge Building Society, creating Britain's fourth-largest mutual lender.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "Of the votes cast, 87.4% backed the deal, on a turnout of 41%, the society said.",
        True,
        [("percent", 87.4, "%", None), ("percent", 41, "%", None)],
        "the society",
    ),
    (
        "en",
        "The combined group will have 2.1 million members, 118 branches and about 31 billion pounds in assets.",
        True,
        [("count", 2100000, None, None), ("count", 118, None, None), ("money", 31000000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Both societies have promised to keep every branch open for at least three years.",
        True,
        [("duration", 3, "year", "at_least")],
        None,
    ),
    (
        "en",
        "Pennine members will each receive a payment of £100 when the merger completes on March 1.",
        True,
        [("money", 100, "GBP", None), ("date", "--03-01", None, None)],
        None,
    ),
    (
        "en",
        '"Together we can invest in the branches our members actually use," said Pennine Chief Executive Gareth Lumley.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The number of building societies in Britain has fallen to 39 from more than 110 in 1990, according to the Building Societies Association.",
        True,
        [("count", 39, None, None), ("count", 110, None, "over"), ("year", 1990, None, None)],
        "the Building Societies Association",
    ),
    # --- Frankenbank, drittes Quartal und Stellenabbau (dpa-AFX) ---
    (
        "de",
        "NÜRNBERG (dpa-AFX) - Die Frankenbank hat im dritten Quartal ihren Gewinn vor Steuern um 37 Prozent auf 318 Millionen Euro gesteigert.",
        True,
        [("ordinal", 3, None, None), ("percent", 37, "%", None), ("money", 318000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Unter dem Strich blieb ein Überschuss von 221 Millionen Euro, nach 164 Millionen Euro ein Jahr zuvor, wie das Institut am Mittwoch mitteilte.",
        True,
        [("money", 221000000, "EUR", None), ("money", 164000000, "EUR", None)],
        "das Institut",
    ),
    (
        "de",
        "Der Zinsüberschuss legte um 4 Prozent auf 702 Millionen Euro zu, der Provisionsüberschuss um 9 Prozent auf 355 Millionen Euro.",
        True,
        [
            ("percent", 4, "%", None),
            ("money", 702000000, "EUR", None),
            ("percent", 9, "%", None),
            ("money", 355000000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Die Risikovorsorge halbierte sich nahezu auf 41 Millionen Euro.",
        True,
        [("money", 41000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Zugleich kündigte die Bank an, bis 2029 weitere 900 Vollzeitstellen abzubauen und 60 ihrer 210 Filialen zu schließen.",
        True,
        [("year", 2029, None, None), ("count", 900, None, None), ("count", 60, None, None), ("count", 210, None, None)],
        None,
    ),
    (
        "de",
        "Die jährlichen Kosten sollen damit um 150 Millionen Euro sinken, sagte Finanzvorstand Matthias Greulich.",
        True,
        [("money", 150000000, "EUR", None)],
        "Matthias Greulich",
    ),
    (
        "de",
        "Die Dividende für 2026 soll auf mindestens 1,10 Euro je Aktie steigen, nach 0,82 Euro.",
        True,
        [("year", 2026, None, None), ("money", 1.1, "EUR", "at_least"), ("money", 0.82, "EUR", None)],
        None,
    ),
    ("de", "„Wir liefern, was wir versprochen haben“, sagte Vorstandschef Ansgar Wölfel.", False, [], None),
    ("de", "Die Gewerkschaft Verdi nannte den erneuten Stellenabbau „maßlos und unnötig“.", False, [], None),
    ("de", "Analysten lobten vor allem die Entwicklung im Provisionsgeschäft.", False, [], None),
    # --- Halvergate Re, third quarter (Reuters) ---
    (
        "en",
        "HAMILTON, Bermuda, Nov 5 (Reuters) - Reinsurer Halvergate Re reported a 48% drop in third-quarter operating income on Thursday as claims from Hurricane Delphine and wildfires in Canada piled up.",
        True,
        [("date", "--11-05", None, None), ("percent", 48, "%", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Operating income fell to $287 million, or $5.12 per diluted share, from $552 million.",
        True,
        [("money", 287000000, "USD", None), ("money", 5.12, "USD", None), ("money", 552000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Halvergate estimated its net losses from Delphine at between $340 million and $390 million.",
        True,
        [("money", 340000000, "USD", None), ("money", 390000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The combined ratio for its property and casualty reinsurance unit rose to 99.4% from 84.7%.",
        True,
        [("percent", 99.4, "%", None), ("percent", 84.7, "%", None)],
        None,
    ),
    (
        "en",
        "Prices at the Jan. 1 renewals are likely to fall by 5% to 10% for property catastrophe cover, Chief Underwriting Officer Nadine Ashcombe said on a call with analysts.",
        True,
        [("date", "--01-01", None, None), ("percent", 5, "%", None), ("percent", 10, "%", None)],
        "Nadine Ashcombe",
    ),
    (
        "en",
        "The company bought back $120 million of its own shares during the quarter and has $380 million left under its current program.",
        True,
        [("money", 120000000, "USD", None), ("money", 380000000, "USD", None)],
        None,
    ),
    (
        "en",
        '"Capital is flooding back into reinsurance, and that is going to test pricing discipline," said Tom Engstrom, an analyst at Fairlie Brothers.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Brokers say clients are pushing hard for cheaper cover after two quiet years.",
        False,
        [("duration", 2, "year", None)],
        None,
    ),
    # --- Bund gegen Verkauf (Reuters German) ---
    (
        "de",
        "Berlin (Reuters) - Die Bundesregierung will ihre Beteiligung von 12 Prozent an der Hanseatischen Kreditbank nicht an die italienische Banca Adriatica Unita verkaufen.",
        True,
        [("percent", 12, "%", None)],
        None,
    ),
    (
        "de",
        "Ein feindliches Vorgehen gegen eine systemrelevante Bank sei nicht akzeptabel, sagte ein Sprecher des Finanzministeriums.",
        False,
        [],
        None,
    ),
    ("de", "Rechtliche Schritte gegen das Angebot prüfe der Bund aber nicht, fügte er hinzu.", True, [], None),
    (
        "de",
        "Banca Adriatica Unita hat sich über Derivate den Zugriff auf weitere 14,5 Prozent der Aktien gesichert, wie aus einer Pflichtmitteilung hervorgeht.",
        True,
        [("percent", 14.5, "%", None)],
        None,
    ),
    (
        "de",
        "Zusammen mit dem direkt gehaltenen Paket käme die Bank damit auf 24,4 Prozent.",
        True,
        [("percent", 24.4, "%", None)],
        None,
    ),
    (
        "de",
        "Die Bafin hat die Angebotsunterlage am Mittwoch gebilligt, die Annahmefrist läuft bis zum 3. Dezember.",
        True,
        [("date", "--12-03", None, None)],
        None,
    ),
    (
        "de",
        "„Wir haben Zeit, wir haben Geduld und wir haben das Kapital“, sagte Adriatica-Chef Lorenzo Ferrantelli dem „Handelsblatt“.",
        False,
        [],
        None,
    ),
    # --- Fed approves Ashfield-Lakeshore (AP) ---
    (
        "en",
        "WASHINGTON (AP) — The Federal Reserve on Friday approved Ashfield Bancorp's purchase of Lakeshore Trust, on condition that the banks sell 23 branches in Ohio and Kentucky.",
        True,
        [("count", 23, None, None)],
        None,
    ),
    (
        "en",
        "The branches, which hold about $2.6 billion in deposits, must be sold within 180 days of the deal closing.",
        True,
        [("money", 2600000000, "USD", "about"), ("duration", 180, "day", None)],
        None,
    ),
    (
        "en",
        "The Fed said in its order that the sales resolved concerns about competition in four local banking markets.",
        True,
        [("count", 4, None, None)],
        "the Fed",
    ),
    (
        "en",
        "Ashfield agreed in March to buy Lakeshore for $3.1 billion in stock.",
        True,
        [("money", 3100000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Community groups had urged regulators to reject the deal, citing the bank's record of lending in low-income neighborhoods.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The combined bank will be the largest in Ohio by deposits, with about 19% of the state's market.",
        True,
        [("percent", 19, "%", "about")],
        None,
    ),
    # --- Tauernland kauft in Slowenien zu (APA) ---
    (
        "de",
        "Wien (APA) - Die Tauernland Versicherung übernimmt um 410 Mio. Euro drei Viertel des slowenischen Versicherers Soča Zavarovanja.",
        True,
        [("money", 410000000, "EUR", None), ("fraction", 0.75, None, None)],
        None,
    ),
    (
        "de",
        "Der Kaufpreis entspricht dem 1,4-Fachen des Buchwerts, teilte Tauernland am Freitag mit.",
        True,
        [("count", 1.4, None, None)],
        "Tauernland",
    ),
    (
        "de",
        "Soča kommt auf Prämieneinnahmen von rund 540 Mio. Euro und beschäftigt rund 1.100 Menschen.",
        True,
        [("money", 540000000, "EUR", "about"), ("count", 1100, None, "about")],
        None,
    ),
    (
        "de",
        "Tauernland steigt damit zum fünftgrößten Versicherer in Südosteuropa auf.",
        True,
        [("ordinal", 5, None, None)],
        None,
    ),
    (
        "de",
        "Die Wettbewerbsbehörden in Slowenien und Brüssel müssen noch zustimmen, den Abschluss erwartet Tauernland im zweiten Quartal 2027.",
        True,
        [("ordinal", 2, None, None), ("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "„Das ist der größte Zukauf in unserer 128-jährigen Geschichte“, sagte Generaldirektor Florian Leitgeb.",
        True,
        [("duration", 128, "year", None)],
        "Florian Leitgeb",
    ),
    ("de", "Ob weitere Zukäufe folgen, wollte Leitgeb nicht sagen.", False, [], None),
    # --- Fraser Northern job cuts (Reuters) ---
    (
        "en",
        "TORONTO, Nov 9 (Reuters) - Fraser Northern Bank will cut about 3,500 jobs, or roughly 4% of its global workforce, as it shrinks its U.S. retail business, the bank said on Monday.",
        True,
        [("date", "--11-09", None, None), ("count", 3500, None, "about"), ("percent", 4, "%", "about")],
        "the bank",
    ),
    (
        "en",
        "Canada's fifth-largest lender will take a restructuring charge of C$615 million ($445 million) in its fiscal fourth quarter.",
        True,
        [
            ("ordinal", 5, None, None),
            ("money", 615000000, "CAD", None),
            ("money", 445000000, "USD", None),
            ("ordinal", 4, None, None),
        ],
        None,
    ),
    (
        "en",
        "It will sell or close 94 of its 380 U.S. branches, mostly in the Midwest.",
        True,
        [("count", 94, None, None), ("count", 380, None, None)],
        None,
    ),
    (
        "en",
        "Fraser Northern has been under pressure from investors after its U.S. unit lost C$210 million in the first nine months of its fiscal year.",
        True,
        [("money", 210000000, "CAD", None), ("ordinal", 1, None, None), ("duration", 9, "month", None)],
        None,
    ),
    (
        "en",
        '"We have to be honest about where we can win," Chief Executive Lianne Mercier said in a memo to staff seen by Reuters.',
        False,
        [],
        None,
    ),
    ("en", "Investors have long argued that the bank overpaid for its push south of the border.", False, [], None),
    # --- Thurgrund übernimmt Rigi (AWP) ---
    (
        "de",
        "Zürich (awp) - Die Bank Thurgrund will die Zuger Privatbank Rigi vollständig übernehmen und bietet 142 Franken je Aktie, davon 100 Franken in bar und den Rest in eigenen Aktien.",
        True,
        [("money", 142, "CHF", None), ("money", 100, "CHF", None)],
        None,
    ),
    (
        "de",
        "Bezogen auf den Schlusskurs vom Montag entspricht das einer Prämie von 33,6 Prozent, wie beide Banken am Dienstag mitteilten.",
        True,
        [("percent", 33.6, "%", None)],
        None,
    ),
    (
        "de",
        "Die Transaktion bewertet Rigi mit rund 1,9 Milliarden Franken.",
        True,
        [("money", 1900000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Der Verwaltungsrat von Rigi empfiehlt das Angebot einstimmig zur Annahme; Ankeraktionäre mit zusammen 38 Prozent haben sich bereits verpflichtet, ihre Titel anzudienen.",
        True,
        [("percent", 38, "%", None)],
        None,
    ),
    (
        "de",
        "Durch den Zusammenschluss sollen bis 2029 Kostensynergien von 85 Millionen Franken jährlich entstehen, rund 180 Stellen fallen weg.",
        True,
        [("year", 2029, None, None), ("money", 85000000, "CHF", None), ("count", 180, None, "about")],
        None,
    ),
    ("de", "Die Übernahmekommission muss den Angebotsprospekt noch prüfen.", True, [], None),
    (
        "de",
        "«Zusammen werden wir zur führenden Privatbank der Zentralschweiz», sagte Thurgrund-Chef Daniel Amstutz-Kälin.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Rigi-Aktie schnellte an der SIX um 29 Prozent auf 137,50 Franken hoch.",
        True,
        [("percent", 29, "%", None), ("money", 137.5, "CHF", None)],
        None,
    ),
    ("de", "Ein Zürcher Analyst sprach von einem „fairen, aber nicht üppigen Preis“.", False, [], None),
    # --- Ashgrove Group trading update (PA) ---
    (
        "en",
        "LONDON (PA) - Motor insurer Ashgrove Group said average car insurance premiums fell 9% in the third quarter as price competition intensified.",
        True,
        [("percent", 9, "%", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "The number of customers it insures rose 6% to 4.7 million, helped by a push on price comparison websites.",
        True,
        [("percent", 6, "%", None), ("count", 4700000, None, None)],
        None,
    ),
    (
        "en",
        "Gross written premiums for the nine months to September fell 3.4% to 2.38 billion pounds.",
        True,
        [("duration", 9, "month", None), ("percent", 3.4, "%", None), ("money", 2380000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Ashgrove kept its forecast for a combined ratio of 94% to 96% for the full year.",
        True,
        [("percent", 94, "%", None), ("percent", 96, "%", None)],
        None,
    ),
    (
        "en",
        "It said it would pay a special dividend of 12p per share in December.",
        True,
        [("money", 0.12, "GBP", None)],
        None,
    ),
    (
        "en",
        "Shares in Ashgrove fell 6.1% to 318.4p by midday.",
        True,
        [("percent", 6.1, "%", None), ("money", 3.184, "GBP", None)],
        None,
    ),
    (
        "en",
        "Analysts at Whitmore Stockbrokers said the premium cuts could squeeze margins into next year.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Drivers are still paying about a third more for cover than they did three years ago, according to the Association of British Insurers.",
        True,
        [("fraction", 0.3333, None, "about"), ("duration", 3, "year", None)],
        "the Association of British Insurers",
    ),
    # --- Nordelbische Rück, drittes Quartal (dpa-AFX) ---
    (
        "de",
        "HANNOVER (dpa-AFX) - Der Rückversicherer Nordelbische Rück hat im dritten Quartal trotz hoher Schäden durch den Hurrikan „Delphine“ schwarze Zahlen geschrieben.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Der Überschuss sank um knapp 40 Prozent auf 312 Millionen Euro, teilte der Konzern am Mittwoch mit.",
        True,
        [("percent", 40, "%", "nearly"), ("money", 312000000, "EUR", None)],
        "der Konzern",
    ),
    (
        "de",
        "Für den Hurrikan verbuchte die Nordelbische Rück eine Belastung von 465 Millionen Euro, das Großschadenbudget für das Gesamtjahr von 1,8 Milliarden Euro ist damit zu gut 90 Prozent ausgeschöpft.",
        True,
        [("money", 465000000, "EUR", None), ("money", 1800000000, "EUR", None), ("percent", 90, "%", "over")],
        None,
    ),
    (
        "de",
        "Das Jahresziel eines Gewinns von 2,3 Milliarden Euro sei dennoch erreichbar, sagte Finanzvorstand Jörg Ebbinghaus.",
        True,
        [("money", 2300000000, "EUR", None)],
        "Jörg Ebbinghaus",
    ),
    (
        "de",
        "Bei den Vertragserneuerungen zum 1. Januar rechnet der Konzern mit Preisrückgängen von bis zu 5 Prozent.",
        True,
        [("date", "--01-01", None, None), ("percent", 5, "%", "up_to")],
        None,
    ),
    (
        "de",
        "„Die Preise sind weiterhin auskömmlich, auch wenn der Markt weicher wird“, sagte Ebbinghaus.",
        False,
        [],
        None,
    ),
    # --- Tajo's bid for Cantábrico fails (Reuters) ---
    (
        "en",
        "MADRID, Nov 11 (Reuters) - Banco del Tajo failed to win control of smaller rival Banco Cantábrico Atlántico after holders of only 26.8% of the target's shares accepted its hostile offer, Spain's stock market regulator said on Wednesday.",
        True,
        [("date", "--11-11", None, None), ("percent", 26.8, "%", None)],
        None,
    ),
    (
        "en",
        "Tajo had needed acceptances of at least 50% for the all-share bid, valued at about 10.2 billion euros when it was launched in May.",
        True,
        [("percent", 50, "%", "at_least"), ("money", 10200000000, "EUR", "about")],
        None,
    ),
    (
        "en",
        "The result ends an 18-month battle that drew opposition from the Spanish government and from Cantábrico's management.",
        True,
        [("duration", 18, "month", None)],
        None,
    ),
    (
        "en",
        "Tajo said it would keep the 4.3% stake it built up during the offer and would not make a new bid.",
        True,
        [("percent", 4.3, "%", None)],
        "Tajo",
    ),
    ("en", "Under Spanish rules, it cannot launch another offer for Cantábrico for at least a year.", True, [], None),
    (
        "en",
        '"Our shareholders have spoken very clearly," Cantábrico Chief Executive Inés Arrieta-Solana said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Tajo Chairman Álvaro Montesinos said he respected the outcome but still believed the merger "made complete sense".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Cantábrico's board had urged shareholders to reject the offer, arguing that it undervalued the bank.",
        True,
        [],
        None,
    ),
    # --- Hanseatische Kreditbank, drittes Quartal (Reuters German) ---
    (
        "de",
        "Hamburg (Reuters) - Die Hanseatische Kreditbank stemmt sich mit einem Rekordgewinn und höheren Ausschüttungen gegen die feindliche Übernahme durch Banca Adriatica Unita.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Im dritten Quartal verdiente das Institut unter dem Strich 682 Millionen Euro, ein Plus von 28 Prozent, wie die Bank am Donnerstag mitteilte.",
        True,
        [("ordinal", 3, None, None), ("money", 682000000, "EUR", None), ("percent", 28, "%", None)],
        "die Bank",
    ),
    (
        "de",
        "Analysten hatten laut einer von der Bank erhobenen Konsensschätzung nur 594 Millionen Euro erwartet.",
        True,
        [("money", 594000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Eigenkapitalrendite soll bis 2028 auf mehr als 15 Prozent steigen, nach zuletzt 11,8 Prozent.",
        True,
        [("year", 2028, None, None), ("percent", 15, "%", "over"), ("percent", 11.8, "%", None)],
        None,
    ),
    (
        "de",
        "Für 2026 bis 2028 stellt Vorstandschefin Henrike Lammersdorf den Aktionären Ausschüttungen von insgesamt 9 Milliarden Euro in Aussicht, ein Drittel mehr als bisher geplant.",
        True,
        [
            ("year", 2026, None, None),
            ("year", 2028, None, None),
            ("money", 9000000000, "EUR", None),
            ("fraction", 0.3333, None, None),
        ],
        None,
    ),
    ("de", "Die harte Kernkapitalquote lag bei 15,2 Prozent.", True, [("percent", 15.2, "%", None)], None),
    (
        "de",
        "„Wir brauchen niemanden, der uns erklärt, wie man eine Bank führt“, sagte Lammersdorf mit Blick auf die Italiener.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Aktie notierte mit 26,10 Euro weiter deutlich über dem Angebotspreis von 24,50 Euro.",
        True,
        [("money", 26.1, "EUR", None), ("money", 24.5, "EUR", None)],
        None,
    ),
    (
        "de",
        "Bis Mittwochabend war das Angebot der Pflichtveröffentlichung zufolge erst für 2,1 Prozent der Aktien angenommen worden.",
        True,
        [("percent", 2.1, "%", None)],
        None,
    ),
    ("de", "Ob Banca Adriatica Unita ihr Angebot nachbessert, ist offen.", False, [], None),
    # --- Northlake buys Cascade Annuity (Bloomberg) ---
    (
        "en",
        "(Bloomberg) -- Private credit firm Northlake Capital Partners agreed to acquire annuity provider Cascade Annuity Holdings Inc. for $61 per share in cash, or about $8.3 billion including debt.",
        True,
        [("money", 61, "USD", None), ("money", 8300000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "The price is a 38% premium to Cascade's 30-day volume-weighted average share price, the companies said in a statement.",
        True,
        [("percent", 38, "%", None), ("duration", 30, "day", None)],
        "the companies",
    ),
    (
        "en",
        "Cascade manages about $74 billion of retirement savings for some 900,000 policyholders.",
        True,
        [("money", 74000000000, "USD", "about"), ("count", 900000, None, "about")],
        None,
    ),
    (
        "en",
        "Private capital firms now own or reinsure roughly a quarter of all U.S. annuity assets, according to estimates by ratings agency Fitch.",
        True,
        [("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "en",
        'Consumer advocate Rhonda Bexley of the group Retirement Watch called the deal "a bet with other people\'s pensions".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Northlake said it aimed to complete the acquisition in the first half of 2027.",
        True,
        [("ordinal", 1, None, None), ("year", 2027, None, None)],
        "Northlake",
    ),
    (
        "en",
        "Cascade shares jumped 31% to $58.90.",
        True,
        [("percent", 31, "%", None), ("money", 58.9, "USD", None)],
        None,
    ),
    ("en", "Whether state insurance regulators will attach conditions is unclear.", False, [], None),
    # --- Österreichs Banken, drei Quartale (APA) ---
    (
        "de",
        "Wien (APA) - Österreichs Banken haben in den ersten drei Quartalen einen konsolidierten Periodengewinn von 8,9 Mrd. Euro erzielt, um 7,1 Prozent weniger als im Rekordjahr davor.",
        True,
        [
            ("ordinal", 1, None, None),
            ("count", 3, None, None),
            ("money", 8900000000, "EUR", None),
            ("percent", 7.1, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Das geht aus Daten der Oesterreichischen Nationalbank (OeNB) hervor, die am Freitag veröffentlicht wurden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Kreditrisikovorsorgen stiegen um fast ein Viertel auf 1,3 Mrd. Euro.",
        True,
        [("fraction", 0.25, None, "nearly"), ("money", 1300000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die harte Kernkapitalquote der Branche lag Ende Juni bei 17,3 Prozent und damit auf einem Höchststand.",
        True,
        [("percent", 17.3, "%", None)],
        None,
    ),
    (
        "de",
        "Jeder dritte Euro des Gewinns stammte nach Angaben der OeNB aus dem Geschäft in Zentral-, Ost- und Südosteuropa.",
        True,
        [("fraction", 0.3333, None, None)],
        "die OeNB",
    ),
    (
        "de",
        "Die Finanzmarktaufsicht (FMA) mahnte die Institute, die Gewinne nicht vollständig auszuschütten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Die fetten Jahre laufen aus, aber sie laufen sanft aus“, sagte OeNB-Direktoriumsmitglied Katharina Pesendorfer.",
        False,
        [],
        None,
    ),
    # --- Hoshizora buys Redmond Pacific (Reuters) ---
    (
        "en",
        "TOKYO, Nov 13 (Reuters) - Japan's Hoshizora Life Insurance will buy U.S. life insurer Redmond Pacific Life for $5.7 billion, its biggest overseas acquisition, the company said on Friday.",
        True,
        [("date", "--11-13", None, None), ("money", 5700000000, "USD", None)],
        "the company",
    ),
    (
        "en",
        "Hoshizora will pay $44 per share in cash, a premium of about 26% to Redmond's closing price on Thursday.",
        True,
        [("money", 44, "USD", None), ("percent", 26, "%", "about")],
        None,
    ),
    (
        "en",
        "Redmond, based in Seattle, has about 2,600 employees and $96 billion in assets.",
        True,
        [("count", 2600, None, "about"), ("money", 96000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Japanese life insurers have spent more than $30 billion on U.S. acquisitions since 2019 as an ageing population shrinks their home market.",
        True,
        [("money", 30000000000, "USD", "over"), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "Hoshizora expects the deal to add about 8% to its core profit in the first full year after closing.",
        True,
        [("percent", 8, "%", "about"), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        '"We will keep looking for opportunities in the United States," President Takashi Onodera told a news conference.',
        False,
        [],
        None,
    ),
    ("en", "Analysts said the price looked full but made strategic sense.", False, [], None),
]
