"""Sixty-second blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Companies, people and figures are made up
(Halvorn, Rhenovia, Nordwerk, Lehmwerk, Brennwald, Danubia Energie, Calcara Bank, Veridian
Pharma, Ardent Systems, Marlow Homes, Harlan Wealth, Loxley Markets, Brightfield Capital;
Margit Lenhardt, Rowan Ashby, Marian Tolliver, Dana Whitcombe, Jonas Pirker, Teodor Vance);
real names of exchanges, indices, central banks, agencies and data providers stand for the
way wire copy names them; every level, yield, price and offer here is invented.

Its weight: FINANCIAL MARKETS IN DEPTH as dpa-AFX, APA, awp, Reuters, AP and PA markets copy
writes it: bond yields and their moves in basis points ("um 5 Basispunkte auf 2,61
Prozent", "rose 7 bps to 4.38%"), spreads, auctions and bid-to-cover, currency pairs and
rates ("EUR/USD 1,0842", "The dollar bought 151.20 yen", reference rates, "62.85 U.S.
cents"), commodities per unit ("$82.40 a barrel", "2.650 Dollar", "je Megawattstunde",
"per mmBtu", "per lb"), index levels and moves, IPO price ranges, prices and valuations,
takeover offers per share with premiums, market capitalisation, short interest, options
expiries, central bank rates and market pricing ("eine Zinssenkung um 25 Basispunkte",
"priced in about 60 bps of cuts", "zwischen 2,00 und 2,25 Prozent"), hedges and
comparisons. Negatives as such copy has them: market colour without figures, traders',
strategists' and central bankers' quoted moods, views and advice, disclaimers and
boilerplate ("Kurse ohne Gewähr.", "Past performance is not a reliable indicator ...",
credit lines, "click here").

216 rows (109 German, 107 English), 42 negatives (19 German, 23 English), 174
check-worthy rows of which 2 carry no figure (1 German, 1 English), 354 expected
quantities (131 percentages - 20 of them in basis points and 3 in percentage points -,
92 amounts of money, 65 counts, 32 durations, 13 years, 12 dates, 7 ordinals, 2 fractions;
none of them in negatives), 13 checked speakers (6 German, 7 English). Sentences sharing a
run of eight or more words with any file under tests/ (checked by a script that printed
only this batch's sentences) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "New:" marks what this batch decides):
- Basis points are percent with unit "bp" ("5 Basispunkte", "drei Basispunkte", "7 bps",
  "9.5 basis points", "a 25-basis-point reduction", "109 bps", "rund 60 Basispunkten"
  "about"), as in the eleventh, thirty-third, thirty-sixth and thirty-eighth batches; "a
  quarter-point" 0.25 pp and "einen halben Prozentpunkt" 0.5 pp (eleventh and seventeenth).
  New: "a bigger half-point cut" is 0.5 pp, as "a quarter-point" is 0.25.
- Maturities are durations in years: "zehnjähriger Bundesanleihen", "Zweijährige
  Schatzanweisungen", "dreißigjähriger", "Zehnjährige Eidgenossen", "10-year", "30-year
  bond", "30-year fixed loans" (eleventh, thirty-third, thirty-eighth). New: "two- and
  10-year yields" is two durations, the elliptic first half carrying its own figure. New:
  "Dreimonats-Euribor" and "three-month copper" are 3 months (as "Dreimonatsfrist").
- Ranges give both ends in the unit written once: "zwischen 23 und 27 Euro", "von 4,25 bis
  4,50 Prozent", "zwischen 2,00 und 2,25 Prozent", "a range of $20 to $22", "between 4.25%
  and 4.5%", "between 1.75% and 2%" (thirty-third, thirty-eighth).
- Exchange rates are money in the priced currency (thirty-eighth, forty-sixth): "1,0842
  US-Dollar", "151,20 Yen", "0,9351 Franken je Euro", "7,1893 je Dollar" after the yuan CNY,
  "62.85 U.S. cents" 0.6285 USD, "past 7.30 per dollar" no hedge; "auf 1,0839 (Dienstag:
  1,0811) Dollar" both USD. New: in a pair quote "EUR/USD 1,0842", "USD/JPY 151.20",
  "EUR/CHF 0,9385", "GBP/USD 1.2688" the rate is money in the second (quote) currency of
  the pair: USD, JPY, CHF, USD; the pair code itself carries none.
- Unit prices are money; the unit after "je", "per", "a" carries none ("je Feinunze", "je
  Tonne", "je Megawattstunde", "a barrel", "per ounce", "per mmBtu", "per lb", "a metric
  ton"). Index levels and readings are counts ("19.612,35 Punkten", "11'731,25", "104,31
  Punkte", "5,918.25", "up 42.17 points", the VIX "14.9"); index names carry none ("Euro
  Stoxx 50", "S&P 500", "Nasdaq 100", "STOXX 600", "FTSE 100", "Nifty 50", "CSI300", and,
  new by the same rule, "Nikkei 225").
- Multiples: "um das 2,3-Fache", "zum 34-Fachen des erwarteten Gewinns", "31 times forward
  earnings", "more than 20 times oversubscribed" (over), "covered the offering 2.51 times"
  are counts (forty-fourth: "das 320-Fache"); "by a 2.4-to-1 ratio" and "11-1" two counts
  (thirty-eighth, fifth).
- Hedges: "rund", "etwa", "about", "roughly" "about"; "knapp", "nearly", "almost"
  "nearly"; "mehr als", "more than", "gut" "over" (twentieth batch: "gut 21
  Prozent"); "bis zu", "up to", "as much as" "up_to"; "unter 80 Prozent" "under". "über die
  Marke von 3 Prozent" no hedge (a noun parts the word from the figure, thirty-eighth);
  "topped 5%", "past 7.30" no hedge (a verb, thirty-eighth).
- Takeovers and IPOs: the offer per share, premium, valuation and acceptance threshold are
  each a quantity; "412 pence per share" 4.12 GBP, "282p" 2.82 GBP (fourth, twenty-eighth);
  "$38-a-share proposal" 38 USD (a figure in a compound read as written); "180 Tage" and
  "180 days" lock-ups durations; "mehr als ein Drittel", "almost a third" fractions with
  their hedge. New: short interest "18,5 Prozent des Streubesitzes", "21.5% of its free
  float" percentages; options expiring "rund 5,1 Billionen Dollar" 5.1e12 USD (a German
  "Billion" is a million millions, fiftieth); the names "triple witching" and "Verfallstag"
  carry none.
- New: rating moves by notches are counts ("um zwei Stufen", "by two notches"); rating
  grades were kept out of this batch. "Erste Group" (a bank's name) carries no ordinal.
- Market pricing and expectations with a figure are check-worthy ("werden ... eingepreist",
  "Traders have priced in about 60 bps", "FedWatch tool showed", "A Reuters poll of
  analysts had pointed to ...", thirty-eighth); "for the first time" ordinal 1, "the 11th
  meeting in a row" ordinal 11, "den dritten Gewinntag in Folge" ordinal 3, "the second
  half of 2025" ordinal 2 (twentieth and thirty-seventh); "four-session losing streak" count 4 (a
  session is no duration unit, thirty-eighth); "its biggest one-day jump in three months"
  1 day and 3 months; "52-week highs" 52 weeks; "binnen einer Woche", "in der Vorwoche",
  "Auf Wochensicht", "Seit Jahresbeginn" none; datelines with a day dates without a year;
  "by 1330 GMT", "5 p.m." none.
- Check-worthy without a figure: a unanimous decision reported from central bank circles;
  a board's stated intention to recommend an offer.
- Negatives: market colour and mood without figures ("Die Stimmung am Parkett blieb ...
  gedrückt.", "The mood on trading floors was cautious ..."), quoted traders, fund managers,
  strategists and central bankers, analysts' views and advice, open questions ("Wie es am
  Montag weitergeht, ist offen.", "Whether the bull market ..."), disclaimers ("Die Angaben
  stellen keine Anlageberatung dar.", "Kurse ohne Gewähr.", "This press release does not
  constitute an offer ..."), credit lines, links and correction notes without a figure.
"""

# ruff: noqa: E501
BLIND_SET_62 = [
    # --- Frankfurt close (dpa-AFX) ---
    ("de", "FRANKFURT (dpa-AFX) - Der Dax hat am Mittwoch 0,8 Prozent höher bei 19.612,35 Punkten geschlossen.", True, [("percent", 0.8, "%", None), ("count", 19612.35, None, None)], None),
    ("de", "Der MDax der mittelgroßen Werte rückte um 0,4 Prozent auf 27.104 Zähler vor, der Eurozonen-Leitindex Euro Stoxx 50 gewann 0,6 Prozent.", True, [("percent", 0.4, "%", None), ("count", 27104, None, None), ("percent", 0.6, "%", None)], None),
    ("de", "Seit Jahresbeginn steht beim Dax damit ein Plus von knapp 17 Prozent zu Buche.", True, [("percent", 17, "%", "nearly")], None),
    ("de", "Die Stimmung am Parkett blieb den ganzen Tag über gedrückt.", False, [], None),
    ("de", "„Die Anleger warten auf ein klares Signal aus Washington“, sagte ein Händler.", False, [], None),
    ("de", "Die Aktien von Halvorn sprangen nach Zahlen um 9,4 Prozent auf 63,18 Euro nach oben und markierten ein Rekordhoch.", True, [("percent", 9.4, "%", None), ("money", 63.18, "EUR", None)], None),
    ("de", "Am Dax-Ende büßten die Papiere des Chemiekonzerns Rhenovia 3,7 Prozent ein, nachdem das Unternehmen seine Jahresprognose gekappt hatte.", True, [("percent", 3.7, "%", None)], None),
    ("de", "Der Umsatz im Xetra-Handel summierte sich auf rund 4,1 Milliarden Euro.", True, [("money", 4100000000, "EUR", "about")], None),
    ("de", "Der Dax verzeichnete damit den dritten Gewinntag in Folge.", True, [("ordinal", 3, None, None)], None),
    ("de", "Der Volatilitätsindex VDax-New sank um 1,3 Punkte auf 15,8 Zähler.", True, [("count", 1.3, None, None), ("count", 15.8, None, None)], None),
    # --- Anleihen ---
    ("de", "Die Rendite zehnjähriger Bundesanleihen stieg um 5 Basispunkte auf 2,61 Prozent.", True, [("duration", 10, "year", None), ("percent", 5, "bp", None), ("percent", 2.61, "%", None)], None),
    ("de", "Zweijährige Schatzanweisungen rentierten mit 2,08 Prozent, drei Basispunkte weniger als am Vortag.", True, [("duration", 2, "year", None), ("percent", 2.08, "%", None), ("percent", 3, "bp", None)], None),
    ("de", "Der Renditeabstand zwischen italienischen und deutschen Staatsanleihen mit zehn Jahren Laufzeit verengte sich auf 112 Basispunkte, den geringsten Wert seit Mai 2021.", True, [("duration", 10, "year", None), ("percent", 112, "bp", None), ("year", 2021, None, None)], None),
    ("de", "Der Rentenindex Rex fiel um 0,18 Prozent auf 125,42 Punkte.", True, [("percent", 0.18, "%", None), ("count", 125.42, None, None)], None),
    ("de", "Die Umlaufrendite stieg von 2,41 Prozent am Vortag auf 2,46 Prozent.", True, [("percent", 2.41, "%", None), ("percent", 2.46, "%", None)], None),
    ("de", "Die Rendite dreißigjähriger Bundesanleihen kletterte erstmals seit 2011 über die Marke von 3 Prozent.", True, [("duration", 30, "year", None), ("year", 2011, None, None), ("percent", 3, "%", None)], None),
    ("de", "Der Bund sammelte mit einer Aufstockung der zehnjährigen Anleihe 4,5 Milliarden Euro ein, bei einer Durchschnittsrendite von 2,59 Prozent.", True, [("duration", 10, "year", None), ("money", 4500000000, "EUR", None), ("percent", 2.59, "%", None)], None),
    ("de", "Die Nachfrage überstieg das Angebot um das 2,3-Fache, teilte die Finanzagentur mit.", True, [("count", 2.3, "times", None)], "die Finanzagentur"),
    ("de", "Am Anleihemarkt sprachen Händler von einer nervösen Seitwärtsbewegung.", False, [], None),
    ("de", "Der Risikoaufschlag französischer Staatspapiere gegenüber Bundesanleihen weitete sich um 6 Basispunkte auf 84 Basispunkte aus.", True, [("percent", 6, "bp", None), ("percent", 84, "bp", None)], None),
    # --- EZB ---
    ("de", "FRANKFURT (dpa-AFX) - Die Europäische Zentralbank hat den Einlagensatz um 25 Basispunkte auf 2,75 Prozent gesenkt.", True, [("percent", 25, "bp", None), ("percent", 2.75, "%", None)], None),
    ("de", "Es war die fünfte Zinssenkung seit Juni 2024.", True, [("ordinal", 5, None, None), ("year", 2024, None, None)], None),
    ("de", "Den Hauptrefinanzierungssatz senkte der EZB-Rat auf 2,90 Prozent, den Spitzenrefinanzierungssatz auf 3,15 Prozent.", True, [("percent", 2.9, "%", None), ("percent", 3.15, "%", None)], None),
    ("de", "Die Notenbank erwartet für dieses Jahr eine Inflationsrate von 2,3 Prozent und für 2026 von 1,9 Prozent.", True, [("percent", 2.3, "%", None), ("year", 2026, None, None), ("percent", 1.9, "%", None)], None),
    ("de", "An den Geldmärkten werden bis Jahresende weitere Zinssenkungen von rund 60 Basispunkten eingepreist.", True, [("percent", 60, "bp", "about")], None),
    ("de", "Die Wahrscheinlichkeit einer weiteren Senkung im April sehen Händler bei etwa 70 Prozent.", True, [("percent", 70, "%", "about")], None),
    ("de", "„Wir sind nicht auf einem vorab festgelegten Pfad“, sagte EZB-Präsidentin Margit Lenhardt.", False, [], None),
    ("de", "Ökonomen rechnen damit, dass der Einlagensatz im Sommer zwischen 2,00 und 2,25 Prozent landet.", True, [("percent", 2.0, "%", None), ("percent", 2.25, "%", None)], None),
    ("de", "Der Dreimonats-Euribor fiel auf 2,52 Prozent.", True, [("duration", 3, "month", None), ("percent", 2.52, "%", None)], None),
    ("de", "Die Entscheidung fiel nach Angaben aus Notenbankkreisen einstimmig.", True, [], None),
    ("de", "Die Schweizerische Nationalbank beließ ihren Leitzins bei 0,25 Prozent, wie sie in Zürich mitteilte.", True, [("percent", 0.25, "%", None)], "die Schweizerische Nationalbank"),
    ("de", "Die US-Notenbank Fed hält den Leitzins in einer Spanne von 4,25 bis 4,50 Prozent.", True, [("percent", 4.25, "%", None), ("percent", 4.5, "%", None)], None),
    ("de", "Die polnische Notenbank senkte den Referenzzins überraschend um einen halben Prozentpunkt auf 5,25 Prozent.", True, [("percent", 0.5, "pp", None), ("percent", 5.25, "%", None)], None),
    ("de", "Die Geldpolitik bleibt nach Einschätzung vieler Volkswirte zu restriktiv.", False, [], None),
    # --- Devisen ---
    ("de", "Der Euro kostete am späten Nachmittag 1,0842 US-Dollar.", True, [("money", 1.0842, "USD", None)], None),
    ("de", "Die EZB setzte den Referenzkurs auf 1,0839 (Dienstag: 1,0811) Dollar fest.", True, [("money", 1.0839, "USD", None), ("money", 1.0811, "USD", None)], "die EZB"),
    ("de", "Devisen: EUR/USD 1,0842, EUR/CHF 0,9385, EUR/GBP 0,8412.", True, [("money", 1.0842, "USD", None), ("money", 0.9385, "CHF", None), ("money", 0.8412, "GBP", None)], None),
    ("de", "Zum japanischen Yen legte der Dollar um 0,6 Prozent auf 151,20 Yen zu.", True, [("percent", 0.6, "%", None), ("money", 151.2, "JPY", None)], None),
    ("de", "Der Franken wertete zum Euro auf und notierte bei 0,9351 Franken je Euro.", True, [("money", 0.9351, "CHF", None)], None),
    ("de", "Das britische Pfund fiel auf 1,2688 Dollar, den tiefsten Stand seit sieben Wochen.", True, [("money", 1.2688, "USD", None), ("duration", 7, "week", None)], None),
    ("de", "Der Dollar-Index, der den Greenback gegen sechs wichtige Währungen misst, stieg auf 104,31 Punkte.", True, [("count", 6, None, None), ("count", 104.31, None, None)], None),
    ("de", "Der Rubel verlor binnen einer Woche rund 8 Prozent an Wert.", True, [("percent", 8, "%", "about")], None),
    ("de", "Devisenexperten halten eine Erholung des Yen in den kommenden Wochen für möglich.", False, [], None),
    # --- Rohstoffe ---
    ("de", "Ein Barrel der Nordseesorte Brent zur Lieferung im Februar kostete 82,40 US-Dollar, 1,15 Dollar mehr als am Vortag.", True, [("money", 82.4, "USD", None), ("money", 1.15, "USD", None)], None),
    ("de", "Der Preis für ein Fass der US-Sorte WTI stieg um 1,4 Prozent auf 78,12 Dollar.", True, [("percent", 1.4, "%", None), ("money", 78.12, "USD", None)], None),
    ("de", "Eine Feinunze Gold kostete 2.650 Dollar, nach einem Rekordhoch von 2.721 Dollar in der Vorwoche.", True, [("money", 2650, "USD", None), ("money", 2721, "USD", None)], None),
    ("de", "Silber verteuerte sich um 2,1 Prozent auf 31,40 Dollar je Feinunze.", True, [("percent", 2.1, "%", None), ("money", 31.4, "USD", None)], None),
    ("de", "Kupfer kostete an der Londoner Metallbörse LME 9.870 Dollar je Tonne.", True, [("money", 9870, "USD", None)], None),
    ("de", "Der europäische Erdgaspreis TTF stieg um 4 Prozent auf 48,20 Euro je Megawattstunde.", True, [("percent", 4, "%", None), ("money", 48.2, "EUR", None)], None),
    ("de", "Weizen zur Lieferung im März wurde an der Euronext mit 212,50 Euro je Tonne gehandelt.", True, [("money", 212.5, "EUR", None)], None),
    ("de", "Das Ölkartell Opec+ will die Förderung ab April um 138.000 Barrel pro Tag anheben, wie aus Delegiertenkreisen verlautete.", True, [("count", 138000, None, None)], None),
    ("de", "Gold gilt in unsicheren Zeiten traditionell als sicherer Hafen.", False, [], None),
    ("de", "Die US-Rohöllagerbestände sanken in der vergangenen Woche um 2,3 Millionen Barrel, teilte das Energieministerium in Washington mit.", True, [("count", 2300000, None, None)], "das Energieministerium"),
    ("de", "Analysten hatten im Schnitt einen Rückgang um 1,1 Millionen Barrel erwartet.", True, [("count", 1100000, None, None)], None),
    # --- Börsengang ---
    ("de", "Der Verpackungshersteller Nordwerk will bei seinem Börsengang Aktien zu einem Preis zwischen 23 und 27 Euro je Stück anbieten.", True, [("money", 23, "EUR", None), ("money", 27, "EUR", None)], None),
    ("de", "Am oberen Ende der Preisspanne würde Nordwerk mit rund 4,2 Milliarden Euro bewertet.", True, [("money", 4200000000, "EUR", "about")], None),
    ("de", "Insgesamt sollen bis zu 38 Millionen Aktien platziert werden, darunter 5 Millionen aus einer Mehrzuteilungsoption.", True, [("count", 38000000, None, "up_to"), ("count", 5000000, None, None)], None),
    ("de", "Der Ausgabepreis wurde schließlich auf 26 Euro festgelegt, teilte das Unternehmen am Donnerstag mit.", True, [("money", 26, "EUR", None)], "das Unternehmen"),
    ("de", "Der erste Kurs lag bei 28,90 Euro und damit gut 11 Prozent über dem Ausgabepreis.", True, [("money", 28.9, "EUR", None), ("percent", 11, "%", "over")], None),
    ("de", "Das Emissionsvolumen beläuft sich auf knapp eine Milliarde Euro, es ist der größte Börsengang in Frankfurt seit 2022.", True, [("money", 1000000000, "EUR", "nearly"), ("year", 2022, None, None)], None),
    ("de", "Die Lock-up-Frist für die Altaktionäre beträgt 180 Tage.", True, [("duration", 180, "day", None)], None),
    ("de", "Die Banken sprachen von einer mehrfach überzeichneten Nachfrage.", False, [], None),
    # --- Übernahme ---
    ("de", "Der Baustoffkonzern Lehmwerk bietet den Aktionären des Rivalen Brennwald 41,50 Euro je Aktie in bar.", True, [("money", 41.5, "EUR", None)], None),
    ("de", "Das entspricht einem Aufschlag von 34 Prozent auf den Schlusskurs vom Freitag und einer Bewertung von rund 2,9 Milliarden Euro.", True, [("percent", 34, "%", None), ("money", 2900000000, "EUR", "about")], None),
    ("de", "Auf den volumengewichteten Durchschnittskurs der vergangenen drei Monate beträgt die Prämie 41 Prozent.", True, [("duration", 3, "month", None), ("percent", 41, "%", None)], None),
    ("de", "Die Mindestannahmeschwelle liegt bei 65 Prozent, die Annahmefrist endet am 14. Februar.", True, [("percent", 65, "%", None), ("date", "--02-14", None, None)], None),
    ("de", "Der Großaktionär Danubia Energie, der knapp 24 Prozent hält, hat das Angebot bereits angenommen.", True, [("percent", 24, "%", "nearly")], None),
    ("de", "Die Brennwald-Aktie schoss daraufhin um 29 Prozent auf 40,10 Euro nach oben.", True, [("percent", 29, "%", None), ("money", 40.1, "EUR", None)], None),
    ("de", "Der Vorstand von Brennwald will das Angebot prüfen und zu gegebener Zeit Stellung nehmen.", False, [], None),
    # --- Wiener Börse (APA) ---
    ("de", "Wien (APA) - Der ATX hat am Freitag mit einem Plus von 1,1 Prozent bei 3.912,44 Punkten geschlossen.", True, [("percent", 1.1, "%", None), ("count", 3912.44, None, None)], None),
    ("de", "Der breiter gefasste ATX Prime stieg um 1,0 Prozent auf 1.958,17 Zähler.", True, [("percent", 1.0, "%", None), ("count", 1958.17, None, None)], None),
    ("de", "Auf Wochensicht ergibt sich für den Leitindex ein Gewinn von 2,4 Prozent.", True, [("percent", 2.4, "%", None)], None),
    ("de", "Bankwerte waren gesucht: Die Aktien der Calcara Bank legten um 3,2 Prozent auf 47,86 Euro zu.", True, [("percent", 3.2, "%", None), ("money", 47.86, "EUR", None)], None),
    ("de", "Die Analysten der Erste Group hoben ihr Kursziel für die Calcara-Aktie von 48 auf 55 Euro an.", True, [("money", 48, "EUR", None), ("money", 55, "EUR", None)], None),
    ("de", "Ein Wiener Aktienhändler sprach von einem freundlichen, aber dünnen Geschäft.", False, [], None),
    ("de", "Gehandelt wurden 6,2 Millionen Aktien im Gegenwert von 184,7 Millionen Euro, teilte die Wiener Börse mit.", True, [("count", 6200000, None, None), ("money", 184700000, "EUR", None)], "die Wiener Börse"),
    # --- Schweiz (AWP) ---
    ("de", "Zürich (awp) - Der Leitindex SMI ging mit einem Abschlag von 0,3 Prozent auf 11'731,25 Punkte aus dem Handel.", True, [("percent", 0.3, "%", None), ("count", 11731.25, None, None)], None),
    ("de", "Die Titel des Pharmakonzerns Veridian Pharma verloren 2,8 Prozent auf 94,12 Franken.", True, [("percent", 2.8, "%", None), ("money", 94.12, "CHF", None)], None),
    ("de", "Die Börsenkapitalisierung von Veridian schrumpfte damit um knapp 6 Milliarden Franken.", True, [("money", 6000000000, "CHF", "nearly")], None),
    ("de", "Zehnjährige Eidgenossen rentierten mit 0,41 Prozent.", True, [("duration", 10, "year", None), ("percent", 0.41, "%", None)], None),
    ("de", "Wie es am Montag weitergeht, ist offen.", False, [], None),
    # --- Wall Street auf Deutsch ---
    ("de", "NEW YORK (dpa-AFX) - Der Dow Jones Industrial schloss 0,5 Prozent höher bei 43.128,77 Punkten.", True, [("percent", 0.5, "%", None), ("count", 43128.77, None, None)], None),
    ("de", "Der marktbreite S&P 500 rückte um 0,7 Prozent auf 5.918 Punkte vor, der technologielastige Nasdaq 100 um 1,2 Prozent auf 21.104 Punkte.", True, [("percent", 0.7, "%", None), ("count", 5918, None, None), ("percent", 1.2, "%", None), ("count", 21104, None, None)], None),
    ("de", "Am Freitag verfallen an den US-Terminbörsen Optionen im Volumen von rund 5,1 Billionen Dollar.", True, [("money", 5100000000000, "USD", "about")], None),
    ("de", "Der Anteil leerverkaufter Ardent-Aktien stieg auf 18,5 Prozent des Streubesitzes.", True, [("percent", 18.5, "%", None)], None),
    ("de", "Der Chipkonzern kommt damit auf einen Börsenwert von mehr als 3 Billionen Dollar.", True, [("money", 3000000000000, "USD", "over")], None),
    ("de", "Die Aktie wird damit zum 34-Fachen des erwarteten Gewinns gehandelt.", True, [("count", 34, "times", None)], None),
    ("de", "Bitcoin kostete zuletzt 97.450 Dollar, ein Minus von 3,1 Prozent binnen 24 Stunden.", True, [("money", 97450, "USD", None), ("percent", 3.1, "%", None), ("duration", 24, "hour", None)], None),
    ("de", "Viele Marktteilnehmer halten die Bewertungen im Technologiesektor für überzogen.", False, [], None),
    # --- Asien ---
    ("de", "TOKIO (dpa-AFX) - Der Nikkei 225 schloss 1,8 Prozent tiefer bei 38.412 Punkten, dem niedrigsten Stand seit zwei Monaten.", True, [("percent", 1.8, "%", None), ("count", 38412, None, None), ("duration", 2, "month", None)], None),
    ("de", "Die Rendite zehnjähriger japanischer Staatsanleihen stieg auf 1,21 Prozent, den höchsten Wert seit 2011.", True, [("duration", 10, "year", None), ("percent", 1.21, "%", None), ("year", 2011, None, None)], None),
    ("de", "Der Hang-Seng-Index in Hongkong gab um 0,9 Prozent auf 19.744 Punkte nach.", True, [("percent", 0.9, "%", None), ("count", 19744, None, None)], None),
    ("de", "Die chinesische Notenbank setzte den Mittelkurs des Yuan auf 7,1893 je Dollar fest.", True, [("money", 7.1893, "CNY", None)], None),
    # --- Unternehmen und Dividenden ---
    ("de", "Die Hauptversammlung soll eine Dividende von 2,35 Euro je Aktie beschließen, nach 2,10 Euro im Vorjahr.", True, [("money", 2.35, "EUR", None), ("money", 2.1, "EUR", None)], None),
    ("de", "Außerdem will der Vorstand bis Ende 2026 eigene Papiere für bis zu 1,5 Milliarden Euro zurückkaufen.", True, [("money", 1500000000, "EUR", "up_to"), ("year", 2026, None, None)], None),
    ("de", "Die Kapitalerhöhung soll rund 800 Millionen Euro einbringen, die neuen Aktien werden zu 17,20 Euro angeboten.", True, [("money", 800000000, "EUR", "about"), ("money", 17.2, "EUR", None)], None),
    ("de", "Das entspricht einem Abschlag von 22 Prozent auf den Xetra-Schlusskurs.", True, [("percent", 22, "%", None)], None),
    ("de", "Die Ratingagentur senkte die Bonitätsnote des Konzerns um zwei Stufen in den spekulativen Bereich.", True, [("count", 2, None, None)], None),
    ("de", "Die Aktie ist seit Jahresbeginn um mehr als ein Drittel gefallen.", True, [("fraction", 0.3333, None, "over")], None),
    ("de", "Die Angaben stellen keine Anlageberatung dar.", False, [], None),
    ("de", "Kurse ohne Gewähr.", False, [], None),
    ("de", "Mehr zum Thema lesen Sie im Börsenticker.", False, [], None),
    ("de", "Der Markt bleibt ein Tummelplatz für Spekulanten.", False, [], None),
    ("de", "„Wir sehen das als Kaufgelegenheit“, sagte Fondsmanager Jonas Pirker.", False, [], None),
    ("de", "Anleger sollten bei derart schwankenden Kursen einen kühlen Kopf bewahren.", False, [], None),
    ("de", "Die Börsenbetreiberin meldete für November einen Handelsumsatz von 142 Milliarden Euro, 9 Prozent mehr als ein Jahr zuvor.", True, [("money", 142000000000, "EUR", None), ("percent", 9, "%", None)], None),
    ("de", "Der Kurs der Anleihe fiel unter 80 Prozent des Nennwerts.", True, [("percent", 80, "%", "under")], None),
    ("de", "Die Fed dürfte nach Einschätzung der Commerzbank im Dezember um 25 Basispunkte senken.", True, [("percent", 25, "bp", None)], None),
    ("de", "Die Ölpreise werden nach Meinung vieler Experten volatil bleiben.", False, [], None),

    # ================= English =================
    # --- Wall Street (Reuters / AP) ---
    ("en", "NEW YORK, March 14 (Reuters) - The S&P 500 rose 42.17 points, or 0.72%, to end at 5,918.25 on Friday.", True, [("date", "--03-14", None, None), ("count", 42.17, None, None), ("percent", 0.72, "%", None), ("count", 5918.25, None, None)], None),
    ("en", "The Nasdaq Composite gained 1.3% to 19,211.10, while the Dow Jones Industrial Average added 221.04 points, or 0.5%, to 43,128.77.", True, [("percent", 1.3, "%", None), ("count", 19211.1, None, None), ("count", 221.04, None, None), ("percent", 0.5, "%", None), ("count", 43128.77, None, None)], None),
    ("en", "For the week, the S&P 500 was up 1.9%, its biggest weekly gain since early November.", True, [("percent", 1.9, "%", None)], None),
    ("en", "Volume on U.S. exchanges was 14.2 billion shares, compared with a 20-day average of 15.6 billion.", True, [("count", 14200000000, None, None), ("duration", 20, "day", None), ("count", 15600000000, None, None)], None),
    ("en", "Advancing issues outnumbered decliners on the NYSE by a 2.4-to-1 ratio.", True, [("count", 2.4, None, None), ("count", 1, None, None)], None),
    ("en", "The S&P 500 posted 38 new 52-week highs and 4 new lows.", True, [("count", 38, None, None), ("duration", 52, "week", None), ("count", 4, None, None)], None),
    ("en", "The VIX, often called Wall Street's fear gauge, eased 2.1 points to 14.9.", True, [("count", 2.1, None, None), ("count", 14.9, None, None)], None),
    ("en", "\"It feels like the market has been holding its breath all week,\" said Dana Whitcombe, chief market strategist at Harlan Wealth.", False, [], None),
    ("en", "Investors are hoping the rally broadens beyond a handful of megacap names.", False, [], None),
    ("en", "Shares of Ardent Systems jumped 14% to $212.40 after the chipmaker raised its annual revenue forecast to $28 billion.", True, [("percent", 14, "%", None), ("money", 212.4, "USD", None), ("money", 28000000000, "USD", None)], None),
    ("en", "The rally added about $41 billion to Ardent's market capitalization, lifting it to roughly $560 billion.", True, [("money", 41000000000, "USD", "about"), ("money", 560000000000, "USD", "about")], None),
    ("en", "Ardent now trades at about 31 times forward earnings, compared with 22 times for the broader index.", True, [("count", 31, "times", "about"), ("count", 22, "times", None)], None),
    ("en", "Short interest in Marlow Homes stood at 21.5% of its free float, according to Ortex.", True, [("percent", 21.5, "%", None)], "Ortex"),
    ("en", "Options tied to about $5.1 trillion in stocks and indexes are set to expire on Friday, according to Goldman Sachs.", True, [("money", 5100000000000, "USD", "about")], "Goldman Sachs"),
    ("en", "The quarterly expiry, known as triple witching, often brings heavy volume into the close.", False, [], None),
    ("en", "This story has been corrected to fix the closing level of the Nasdaq.", False, [], None),
    # --- Treasuries ---
    ("en", "Benchmark 10-year Treasury yields climbed 7 bps to 4.38%, a level last touched in late May.", True, [("duration", 10, "year", None), ("percent", 7, "bp", None), ("percent", 4.38, "%", None)], None),
    ("en", "The two-year yield, which tracks interest rate expectations, climbed 9.5 basis points to 4.17%.", True, [("duration", 2, "year", None), ("percent", 9.5, "bp", None), ("percent", 4.17, "%", None)], None),
    ("en", "The gap between two- and 10-year yields narrowed to 21 basis points.", True, [("duration", 2, "year", None), ("duration", 10, "year", None), ("percent", 21, "bp", None)], None),
    ("en", "The 30-year bond yield topped 5% for the first time since October 2023.", True, [("duration", 30, "year", None), ("percent", 5, "%", None), ("ordinal", 1, None, None), ("year", 2023, None, None)], None),
    ("en", "Wednesday's $39 billion sale of 10-year paper cleared at 4.402%, and bids covered the offering 2.51 times.", True, [("money", 39000000000, "USD", None), ("duration", 10, "year", None), ("percent", 4.402, "%", None), ("count", 2.51, "times", None)], None),
    ("en", "Primary dealers were left with 11.8% of the sale, below the average of 14.3% over the past six auctions.", True, [("percent", 11.8, "%", None), ("percent", 14.3, "%", None), ("count", 6, None, None)], None),
    ("en", "Bond traders called the auction sloppy.", False, [], None),
    ("en", "Italy's 10-year yield fell 4 bps to 3.52%, taking the closely watched spread over Bunds to 109 bps.", True, [("duration", 10, "year", None), ("percent", 4, "bp", None), ("percent", 3.52, "%", None), ("percent", 109, "bp", None)], None),
    ("en", "Britain's 10-year gilt yield rose as much as 12 basis points to 4.71%, its biggest one-day jump in three months.", True, [("duration", 10, "year", None), ("percent", 12, "bp", "up_to"), ("percent", 4.71, "%", None), ("duration", 1, "day", None), ("duration", 3, "month", None)], None),
    ("en", "Investment-grade corporate bond spreads widened to 92 basis points over Treasuries, according to ICE BofA data.", True, [("percent", 92, "bp", None)], None),
    # --- Fed ---
    ("en", "WASHINGTON (AP) — The Fed trimmed its benchmark rate by a quarter-point on Wednesday, leaving it between 4.25% and 4.5%.", True, [("percent", 0.25, "pp", None), ("percent", 4.25, "%", None), ("percent", 4.5, "%", None)], None),
    ("en", "It was the Fed's third straight cut, bringing its total reduction since September to 100 basis points.", True, [("ordinal", 3, None, None), ("percent", 100, "bp", None)], None),
    ("en", "Fed officials penciled in just two rate cuts for next year, down from four in their September projections.", True, [("count", 2, None, None), ("count", 4, None, None)], None),
    ("en", "The vote was 11-1, with Cleveland Fed President Marian Tolliver dissenting in favor of holding rates steady.", True, [("count", 11, None, None), ("count", 1, None, None)], None),
    ("en", "Traders have priced in about 60 bps of cuts by December, according to LSEG data.", True, [("percent", 60, "bp", "about")], None),
    ("en", "Fed funds futures now imply a 68% chance of a 25-basis-point reduction in March, up from 41% a week ago, CME Group's FedWatch tool showed.", True, [("percent", 68, "%", None), ("percent", 25, "bp", None), ("percent", 41, "%", None)], None),
    ("en", "\"We are in no hurry to adjust our policy stance,\" Fed Chair Rowan Ashby told reporters.", False, [], None),
    ("en", "Policymakers raised their median forecast for core inflation at the end of 2025 to 2.8% from 2.6%.", True, [("year", 2025, None, None), ("percent", 2.8, "%", None), ("percent", 2.6, "%", None)], None),
    ("en", "The Fed will also slow the pace of its balance-sheet runoff to $25 billion a month from $60 billion, the central bank said.", True, [("money", 25000000000, "USD", None), ("money", 60000000000, "USD", None)], "the central bank"),
    ("en", "Markets will be watching closely for any hint of a pause.", False, [], None),
    # --- Other central banks ---
    ("en", "LONDON, Feb 6 (Reuters) - Britain's central bank lowered borrowing costs by 25 basis points to 4.5%, with policymakers split 7-2.", True, [("date", "--02-06", None, None), ("percent", 25, "bp", None), ("percent", 4.5, "%", None), ("count", 7, None, None), ("count", 2, None, None)], None),
    ("en", "Two rate-setters wanted a bigger half-point cut.", True, [("count", 2, None, None), ("percent", 0.5, "pp", None)], None),
    ("en", "The Bank of Japan raised its short-term policy rate to 0.5% from 0.25%, the highest in 17 years.", True, [("percent", 0.5, "%", None), ("percent", 0.25, "%", None), ("duration", 17, "year", None)], None),
    ("en", "Australia's central bank left its cash rate unchanged at 4.35%, the 11th meeting in a row without a move.", True, [("percent", 4.35, "%", None), ("ordinal", 11, None, None)], None),
    ("en", "Brazil's central bank lifted its Selic rate by 100 basis points to 13.25% and signaled another hike of the same size.", True, [("percent", 100, "bp", None), ("percent", 13.25, "%", None)], None),
    ("en", "Swaps show traders expect the ECB's deposit rate to bottom out between 1.75% and 2% next year.", True, [("percent", 1.75, "%", None), ("percent", 2, "%", None)], None),
    ("en", "Economists polled by Reuters expect the bank to hold rates until the third quarter.", True, [("ordinal", 3, None, None)], None),
    # --- Currencies ---
    ("en", "The dollar bought 151.20 yen late in New York, up 0.6% on the day.", True, [("money", 151.2, "JPY", None), ("percent", 0.6, "%", None)], None),
    ("en", "The euro slipped 0.3% to $1.0842, while sterling eased to $1.2688.", True, [("percent", 0.3, "%", None), ("money", 1.0842, "USD", None), ("money", 1.2688, "USD", None)], None),
    ("en", "EUR/USD 1.0842; USD/JPY 151.20; GBP/USD 1.2688; USD/CHF 0.8637.", True, [("money", 1.0842, "USD", None), ("money", 151.2, "JPY", None), ("money", 1.2688, "USD", None), ("money", 0.8637, "CHF", None)], None),
    ("en", "The dollar index, which measures the greenback against six major peers, rose 0.4% to 104.31.", True, [("count", 6, None, None), ("percent", 0.4, "%", None), ("count", 104.31, None, None)], None),
    ("en", "The Australian dollar fell to 62.85 U.S. cents, its lowest since April 2020.", True, [("money", 0.6285, "USD", None), ("year", 2020, None, None)], None),
    ("en", "Onshore, China's yuan slid past 7.30 per dollar.", True, [("money", 7.3, "CNY", None)], None),
    ("en", "Japan spent 9.8 trillion yen intervening in the currency market between April 26 and May 29, Finance Ministry data showed.", True, [("money", 9800000000000, "JPY", None), ("date", "--04-26", None, None), ("date", "--05-29", None, None)], None),
    ("en", "Currency strategists said the yen's slide could run further if U.S. yields keep climbing.", False, [], None),
    ("en", "Bitcoin rose 2.7% to $97,450, leaving it about 11% below its record high of $109,300.", True, [("percent", 2.7, "%", None), ("money", 97450, "USD", None), ("percent", 11, "%", "about"), ("money", 109300, "USD", None)], None),
    # --- Commodities ---
    ("en", "Brent crude futures rose $1.15, or 1.4%, to $82.40 a barrel by 1330 GMT.", True, [("money", 1.15, "USD", None), ("percent", 1.4, "%", None), ("money", 82.4, "USD", None)], None),
    ("en", "U.S. West Texas Intermediate crude gained 98 cents to $78.12.", True, [("money", 0.98, "USD", None), ("money", 78.12, "USD", None)], None),
    ("en", "Spot gold added 0.5% to $2,651.30 per ounce; it had set a record $2,721.42 on Oct. 31.", True, [("percent", 0.5, "%", None), ("money", 2651.3, "USD", None), ("money", 2721.42, "USD", None), ("date", "--10-31", None, None)], None),
    ("en", "U.S. natural gas futures for January delivery jumped 6% to $3.41 per mmBtu.", True, [("percent", 6, "%", None), ("money", 3.41, "USD", None)], None),
    ("en", "Benchmark three-month copper on the London Metal Exchange rose 1.1% to $9,872 a metric ton.", True, [("duration", 3, "month", None), ("percent", 1.1, "%", None), ("money", 9872, "USD", None)], None),
    ("en", "U.S. crude inventories fell by 2.3 million barrels to 421.4 million barrels in the week ended Dec. 13, the Energy Information Administration said.", True, [("count", 2300000, None, None), ("count", 421400000, None, None), ("date", "--12-13", None, None)], "the Energy Information Administration"),
    ("en", "A Reuters poll of analysts had pointed to a draw of about 1.1 million barrels.", True, [("count", 1100000, None, "about")], None),
    ("en", "Oil has gained nearly 9% this month on worries about supply disruptions.", True, [("percent", 9, "%", "nearly")], None),
    ("en", "Gold is often seen as a hedge against inflation and geopolitical risk.", False, [], None),
    ("en", "Arabica coffee futures settled 3.2% higher at $3.214 per lb, a 47-year high.", True, [("percent", 3.2, "%", None), ("money", 3.214, "USD", None), ("duration", 47, "year", None)], None),
    # --- IPO ---
    ("en", "Veridian Pharma priced its initial public offering at $24 a share, above its marketed range of $20 to $22.", True, [("money", 24, "USD", None), ("money", 20, "USD", None), ("money", 22, "USD", None)], None),
    ("en", "The company sold 18.5 million shares, raising $444 million and valuing it at about $4.9 billion.", True, [("count", 18500000, None, None), ("money", 444000000, "USD", None), ("money", 4900000000, "USD", "about")], None),
    ("en", "The stock opened at $31.50 on the Nasdaq, 31% above its IPO price.", True, [("money", 31.5, "USD", None), ("percent", 31, "%", None)], None),
    ("en", "It was the biggest biotech listing in New York since 2021, according to Dealogic.", True, [("year", 2021, None, None)], "Dealogic"),
    ("en", "The IPO was more than 20 times oversubscribed, two people familiar with the matter said.", True, [("count", 20, "times", "over"), ("count", 2, None, None)], None),
    ("en", "Insiders are barred from selling their shares for 180 days under a lock-up agreement.", True, [("duration", 180, "day", None)], None),
    ("en", "The listing window has been choppy all year, bankers said.", False, [], None),
    ("en", "This press release does not constitute an offer to sell or the solicitation of an offer to buy any securities.", False, [], None),
    # --- Takeovers (Reuters / PA) ---
    ("en", "Harlan Wealth agreed to buy Loxley Markets for 412 pence per share in cash, valuing the British broker at about £1.3 billion.", True, [("money", 4.12, "GBP", None), ("money", 1300000000, "GBP", "about")], None),
    ("en", "The offer represents a premium of 46% to Loxley's closing price of 282p on Nov. 29.", True, [("percent", 46, "%", None), ("money", 2.82, "GBP", None), ("date", "--11-29", None, None)], None),
    ("en", "Loxley shares jumped 41% to 398p in early trade, indicating investors see a small chance of a higher bid.", True, [("percent", 41, "%", None), ("money", 3.98, "GBP", None)], None),
    ("en", "Holders of roughly 29% of Loxley's shares have given irrevocable undertakings to back the deal.", True, [("percent", 29, "%", "about")], None),
    ("en", "The deal is expected to close in the second half of 2025, subject to regulatory approvals.", True, [("ordinal", 2, None, None), ("year", 2025, None, None)], None),
    ("en", "Loxley's board said it intends to unanimously recommend the offer.", True, [], None),
    ("en", "Harlan must make a firm offer or walk away by 5 p.m. on Jan. 3 under British takeover rules.", True, [("date", "--01-03", None, None)], None),
    ("en", "Marlow Homes rejected an unsolicited $38-a-share proposal from a private equity group, saying it undervalued the company.", True, [("money", 38, "USD", None)], None),
    ("en", "The proposal was worth about $6.2 billion including debt, the company said.", True, [("money", 6200000000, "USD", "about")], "the company"),
    ("en", "Some shareholders privately grumbled that the board was too quick to say no.", False, [], None),
    # --- Europe and Asia close (Reuters) ---
    ("en", "The pan-European STOXX 600 index closed up 0.4% at 512.33 points, while Germany's DAX added 0.8%.", True, [("percent", 0.4, "%", None), ("count", 512.33, None, None), ("percent", 0.8, "%", None)], None),
    ("en", "London's FTSE 100 slipped 0.2% to 8,312.45, weighed down by miners.", True, [("percent", 0.2, "%", None), ("count", 8312.45, None, None)], None),
    ("en", "TOKYO, Dec 19 (Reuters) - Japan's Nikkei share average fell 1.8% to 38,412.10, its lowest close in two months.", True, [("date", "--12-19", None, None), ("percent", 1.8, "%", None), ("count", 38412.1, None, None), ("duration", 2, "month", None)], None),
    ("en", "Hong Kong's Hang Seng index shed 0.9%, while China's blue-chip CSI300 index was flat.", True, [("percent", 0.9, "%", None)], None),
    ("en", "MSCI's broadest index of Asia-Pacific shares outside Japan dropped 0.7% to its weakest since September.", True, [("percent", 0.7, "%", None)], None),
    ("en", "India's Nifty 50 ended 0.6% higher at 24,768.30, snapping a four-session losing streak.", True, [("percent", 0.6, "%", None), ("count", 24768.3, None, None), ("count", 4, None, None)], None),
    ("en", "Foreign investors sold a net 3,126 crore rupees of Indian shares on Wednesday, provisional exchange data showed.", True, [("money", 31260000000, "INR", None)], None),
    # --- Corporate and funds ---
    ("en", "The company will pay a quarterly dividend of 42 cents a share and buy back up to $10 billion of stock.", True, [("money", 0.42, "USD", None), ("money", 10000000000, "USD", "up_to")], None),
    ("en", "Ardent's convertible notes due 2029 carry a coupon of 0.75% and a conversion price of $265 per share, a 25% premium to Tuesday's close.", True, [("year", 2029, None, None), ("percent", 0.75, "%", None), ("money", 265, "USD", None), ("percent", 25, "%", None)], None),
    ("en", "Moody's downgraded Marlow Homes by two notches to junk status.", True, [("count", 2, None, None)], None),
    ("en", "Global equity funds drew inflows of $18.4 billion in the week to Wednesday, the most in six weeks, LSEG Lipper data showed.", True, [("money", 18400000000, "USD", None), ("duration", 6, "week", None)], None),
    ("en", "Hedge funds cut their net long position in Brent by 31,000 contracts to 187,400 in the week to Dec. 17.", True, [("count", 31000, None, None), ("count", 187400, None, None), ("date", "--12-17", None, None)], None),
    ("en", "The stock has lost almost a third of its value since its peak in July.", True, [("fraction", 0.3333, None, "nearly")], None),
    ("en", "Mortgage rates on 30-year fixed loans averaged 6.85% this week, up from 6.60% a week earlier, Freddie Mac said.", True, [("duration", 30, "year", None), ("percent", 6.85, "%", None), ("percent", 6.6, "%", None)], "Freddie Mac"),
    ("en", "Past performance is not a reliable indicator of future results.", False, [], None),
    ("en", "Closing prices are provided by LSEG and may be delayed.", False, [], None),
    ("en", "Reporting by Anita Kormos; Editing by Paul Steyn.", False, [], None),
    ("en", "For a live blog on U.S. and European markets, click here.", False, [], None),
    ("en", "Investors should consider their own risk tolerance before chasing the rally.", False, [], None),
    ("en", "\"Nobody wants to be short going into the holidays,\" one London-based trader said.", False, [], None),
    ("en", "The mood on trading floors was cautious ahead of the payrolls report.", False, [], None),
    ("en", "Whether the bull market can survive higher yields remains to be seen.", False, [], None),
    ("en", "\"This is a buying opportunity, plain and simple,\" said Teodor Vance, portfolio manager at Brightfield Capital.", False, [], None),
    ("en", "Wall Street's three main indexes closed at record highs on Thursday.", True, [("count", 3, None, None)], None),
    ("en", "The central bank's next policy decision is due on Jan. 29.", True, [("date", "--01-29", None, None)], None),
    ("en", "Analysts at the bank said the selloff looked overdone and recommended buying on dips.", False, [], None),
    ("en", "Prices are indicative only and subject to change without notice.", False, [], None),
]
