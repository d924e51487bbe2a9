"""Eighty-seventh blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, banks and every figure are made
up (Henrike Sandvoss, Konrad Ellerbrock, Arvīds Kalniņš, Pieter Vandenhove, Reto Gubelmann,
Anne-Claude Rochat, the Bank Limmattal, Clemens Wallisch, Leonard Ashcombe, Zinswerk,
Matthias Kreitmair, the Bankhaus Sterneck; Dale Whitford, Moira Hennessey, Julia Wren,
Thistle Asset Management, Marcus Delgado, Priya Castellanos, Anita Korsgaard, Pelham
Securities, Alistair Greaves, Fiona Latchford, Gediminas Varnas, Kenji Murakoshi, Sarah
Kellaway, Martin Leclair, Delia Crowther, Mark Pemberton, Hannah Frobisher, Carrow
Capital); real central banks, agencies, exchanges and bodies ("EZB"/"the European Central
Bank", "Bundesbank", "Schweizerische Nationalbank"/"SNB", "Oesterreichische Nationalbank
(OeNB)", "Oesterreichische Bundesfinanzierungsagentur (OeBFA)", "Bundesamt für
Wohnungswesen (BWO)", "Mieterverband", "Arbeiterkammer", "Verbraucherzentrale",
"Eurostat", "Fed"/"the Federal Reserve", "FOMC", "Bank of England", "MPC", "Moneyfacts",
"UK Finance", "Freddie Mac", "the Mortgage Bankers Association", "the Labor Department",
"the Office for National Statistics", "CME Group's FedWatch tool", "the Bank of Japan", "the
Reserve Bank of Australia", "the Australian Bureau of Statistics", "the Reserve Bank of New
Zealand", "the People's Bank of China", "the Bank of Canada", "the Bank of Mexico", "the
Czech National Bank", "Riksbank", "Börsen-Zeitung") stand for the way wire copy names them;
what is decided, forecast, voted and said here is invented.

Its weight: CENTRAL BANKS, INTEREST RATES AND MONETARY POLICY as dpa-AFX, APA, awp,
Keystone-SDA, Reuters, AP, PA, AAP and CP file them. Half German (Reuters and dpa-AFX from
Frankfurt with an ECB hold "zum fünften Mal in Folge", the three key rates "bei 2,0
Prozent", "bei 2,15 Prozent", "bei 2,40 Prozent", the cutting cycle "achtmal um jeweils einen
Viertelprozentpunkt", a "26-köpfigen EZB-Rat", staff projections for 2026 to 2028, the
"Zwei-Prozent-Ziel", market pricing "etwa 30 Prozent für eine weitere Senkung um 25
Basispunkte", the Eurosystem balance sheet in "Billionen Euro", APP and PEPP run-off, the
accounts of the October meeting, the Bundesbank's forecast, loss and gold, M3, lending and
the bank lending survey, a stress test "für 96 Großbanken" with "4,6 Prozentpunkte", the
digital euro's holding limit; awp and Keystone-SDA with the SNB "bei 0 Prozent", its
conditional inflation forecast, currency purchases, nine-month profit "für die ersten drei
Quartale", a payout "auf maximal 6 Milliarden Franken", sight deposits, the Swiss reference
rate and a fixed-rate mortgage; APA with the OeNB's December forecast, its governor, its
loss "zum zweiten Mal in Folge", gold "rund 280 Tonnen", loan and deposit rates, the
expired KIM rules "mit 30. Juni 2025" and an OeBFA tap; dpa-AFX with the Fed "in einer
Spanne von 3,50 bis 3,75 Prozent", "neun Mitglieder ... drei votierten dagegen", "zwei
weitere Senkungen um je einen Viertelpunkt", the Bank of England "mit fünf zu vier
Stimmen" and "mit sieben zu zwei Stimmen", Norway, Japan, Hungary, the Czech "mit sechs zu
einer Stimme", Russia; dpa with mortgage, overnight and term deposit rates; dpa-AFX bond,
Bund future, euro and Dax moves), half English (Reuters and AP with a Fed cut "to the
3.25%-3.50% range", "The vote was 10-2", "175 basis points", dot-plot medians, "at end-2026",
"the longer-run federal funds rate", interest on reserves, bill purchases "about $40 billion
a month", the balance sheet in trillions, a press conference, a factbox "Fed funds target
range: 3.25%-3.50% (previous: 3.50%-3.75%)" and "Vote: 10-2", the minutes "of the Oct.
28-29 meeting", Fed speakers, Treasury yields, the two- to 10-year spread, the dollar index,
gold, a 10-year auction; AP and Reuters with U.S. mortgage rates and applications; PA and
Reuters with the Bank of England "by five to four", "0.25 percentage points", projections,
gilt sales "£70 billion over the next 12 months", gilt yields, sterling, Moneyfacts and UK
Finance; Reuters with the ECB, the SNB, the Bank of Japan "to 0.75% from 0.5%", its bond
buying "200 billion yen each quarter", AAP with the RBA "3.6 per cent", the RBNZ, the PBOC's
loan prime rates, CP with the Bank of Canada, Turkey, Brazil, Mexico "in a 4-1 vote",
Poland "by a quarter point", the Czech National Bank "in a 6-1 vote", Norway and Sweden).
Negatives as such copy has them: officials' and economists' evaluations and hedged
predictions phrased as opinion („Wir sind gut aufgestellt ...“, „Es gibt keinen Grund,
nervös zu werden“, «Die Geldpolitik ist angemessen ...», "Die Risiken für die Preisstabilität
seien „weitgehend ausgeglichen“", "Eine Zinserhöhung ... halten manche Ökonomen ... nicht
mehr für ausgeschlossen.", "Die Zinswende nach unten dürfte nach Ansicht vieler Experten
...", ""We are well placed to respond ..."", ""I'm in no rush,"", "Some economists said the
Fed had little room left ...", "Several policymakers have argued that the bar ... is
high.", "The dollar's slide could deepen ..., analysts said."), rhetoric and reproaches of
ministers, lobbies and critics (the independence of the central bank, savers as losers, the
Arbeiterkammer, "Critics say the central bank waited far too long ..."), market colour,
advice to borrowers, open questions and boilerplate ("Mehr zur Geldpolitik der EZB lesen Sie
in unserem Dossier.", "Die Meldung wurde um Aussagen der EZB-Präsidentin ergänzt.", a
reporting credit, "click here", an update line).

226 rows (113 German, 113 English), 50 negatives (25 German, 25 English), 176 check-worthy
rows of which 8 carry no figure (3 German, 5 English), 388 expected quantities (178
percentages - 145 in "%", 17 in basis points "bp" and 16 in percentage points "pp" -, 54
counts - one of them "times" -, 51 years, 40 amounts of money - 12 USD, 12 CHF, 10 EUR, 3
GBP, 3 JPY -, 36 durations, 14 ordinals, 13 dates, 2 fractions; none of them in negatives,
which hold no figure), 30 checked speakers (14 German, 16 English). Sentences sharing a run
of eight or more words with any file under tests/ (checked by a script that printed only
this batch's sentences, with case and punctuation normalised) were reworded before the
commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A central bank's, its
  staff's or an official's forecast with a figure is check-worthy, also in Konjunktiv I or
  with "dürfte" ("werde im Januar vorübergehend auf 2,5 Prozent steigen, sagte ...", "dürfte
  gemäß SNB ... knapp 1,5 Prozent erreichen", "he expected inflation to ease to about 2.5%",
  "rates were likely to stay at 2% ...") (eightieth: "a central bank's forecast with a
  figure"; eighty-fifth); so is market pricing with a figure (sixty-second: "werden ...
  eingepreist", "FedWatch tool showed"). A view without a figure is a negative (thirty-eighth,
  forty-second, eighty-fifth: "Economists at several banks said they now saw ..."). An
  attributed position on policy is check-worthy without a figure, as "Die Nationalbank sei
  bereit, bei Bedarf am Devisenmarkt einzugreifen, sagte SNB-Präsident ..." (thirty-fourth):
  "Negativzinsen seien weiterhin nicht ausgeschlossen, sagte SNB-Präsident Reto Gubelmann
  ...", "SNB Chairman Reto Gubelmann said the bar for returning to negative rates was higher
  than for an ordinary cut."; so are a unanimous decision reported by the president
  (sixteenth: "fiel nach Angaben von Präsidentin ... einstimmig"), a consensus stated as what
  economists had expected (eighty-fifth: "Von Reuters befragte Ökonomen hatten einhellig mit
  einer Zinspause gerechnet."), what the minutes or accounts of a meeting record ("Aus dem
  ... Protokoll ... geht hervor, dass mehrere Ratsmitglieder ...", "Several participants
  said ..., according to the minutes.", "Minutes of the meeting showed that policymakers
  judged ..."; eleventh: "geht aus dem Protokoll der Sitzung hervor") and a statement's
  account of the labour market ("The Fed said in a statement that job gains had slowed
  ..."). Quoted assessments by officials stay negatives though the speaker is named, as in
  the sixty-second and eighty-fifth batches („Wir sind gut aufgestellt ...“, sagte
  Sandvoss.; "The board will remain vigilant," Governor Sarah Kellaway said.).
- Rates and moves: levels are percentages as written ("bei 2,0 Prozent", "2,40 Prozent"
  2.4, "bei 0 Prozent" and "at 0%" 0, "7.00%" 7.0, "4.00%" 4.0, "3.40%" 3.4; seventy-first and
  eightieth: trailing zeros no other value); moves in basis points are percent "bp" ("um 25
  Basispunkte", "drei Basispunkte", "um vier Basispunkte", "71 Basispunkte", "um 50
  Basispunkte", "175 basis points", "4.5 basis points", "2 bps", "3 bps"; eleventh,
  sixty-second, eightieth); in percentage points "pp" ("um 0,25 Prozentpunkte", "um 0,1
  Prozentpunkte", "um 4,6 Prozentpunkte", "0.25 percentage points", "1.75 percentage
  points"); "einen Viertelprozentpunkt" 0.25 pp (tenth), "einen halben Prozentpunkt" 0.5 pp
  (seventeenth), "a half-point reduction" 0.5 pp (sixty-second), "a quarter point" 0.25 pp
  (eleventh), "one more quarter-point cut" count 1 and 0.25 pp. New: "je einen Viertelpunkt"
  is 0.25 pp, the German "Viertelpunkt" read as "a quarter point"; new: "a
  quarter-percentage-point rate cut" 0.25 pp, as "a quarter of a percentage point"
  (sixteenth). "das Zwei-Prozent-Ziel" percent 2 (an earlier batch: "das
  Zwei-Prozent-Ziel"); "the Fed's 2% target", "its 2% target" 2 (sixteenth and twenty-fifth).
- Ranges give both ends with the unit written once: "in einer Spanne von 3,50 bis 3,75
  Prozent" (sixty-second), "the 3.25%-3.50% range", "peaked at 5.25%-5.50%" and the factbox
  "3.25%-3.50% (previous: 3.50%-3.75%)" four percentages, the repeated 3.5 listed twice
  (thirty-third: "a range of 3.50%-3.75%"; a hyphen between two figures is a range, no
  sign, seventeenth and thirty-eighth).
- Votes are counts, one per figure (sixth, tenth, sixty-second, seventy-sixth): "The vote
  was 10-2", "Vote: 10-2", "in a 4-1 vote", "in a 6-1 vote", "mit fünf zu vier Stimmen",
  "mit sieben zu zwei Stimmen", "voted by five to four", "neun Mitglieder ... drei votierten
  dagegen", "Four members ... at 4%" count 4 and 4%. New: "mit sechs zu einer Stimme" is
  counts 6 and 1 - "einer" is the number word in a tally, no article, as "one" in "6-1";
  "Zwei der Abweichler" count 2, "ein weiteres Mitglied" none (an article). "einstimmig",
  "unanimous" none.
- Bodies and their members are counts (eightieth: "The six-member monetary policy committee"
  6): "im 26-köpfigen EZB-Rat" 26, "among the nine board members" 9, "The committee's 12
  voting members include the seven Fed governors and five of the 12 regional bank
  presidents" 12, 7, 5, 12; "Six of the 19 officials" and "11 of the 19 participants"
  (sixty-fifth: "211 der 300"); "at least two more cuts" 2 "at_least"; "two more ... cuts",
  "zwei weitere Senkungen", "room for three more reductions" and "one or two cuts" counts;
  "achtmal" 8 and "following nine reductions" 9 (sixteenth: "achtmal gesenkt"); "no cuts"
  none. "für 96 Großbanken" 96.
- Ordinals (sixty-second, eightieth): "zum fünften Mal in Folge" 5, "zum dritten Mal in
  Folge" 3, "zum zweiten Mal in Folge" 2, "der zweite Zinsentscheid in Folge" 2, "im dritten
  Quartal" 3, "für die ersten drei Quartale" ordinal 1 and count 3 (a quarter is no unit of
  the rules' durations, an earlier batch: "in den ersten drei Quartalen"), "the Fed's fourth
  reduction" 4, "for a fourth straight meeting", "for a fourth consecutive meeting" 4, "for
  a third straight meeting" 3, "for a seventh straight month" 7, "their fifth move this
  year" 5, "in the first quarter of 2026" ordinal 1 and the year. "erstmals", "quarterly",
  "vierteljährlichen", "monthly", "monatlich" carry none.
- Maturities and terms are durations (eleventh, sixty-second, fifty-second): "der
  zehnjährigen Bundesanleihe", "zweijähriger Bundesschatzanweisungen", "zehnjähriger
  italienischer Staatsanleihen", "eine zehnjährige Bundesanleihe", "zehnjährige
  Festhypotheken", "mit zehnjähriger Zinsbindung", "für einjähriges Festgeld" 1 year (as
  "fünfstündigen", the issue), "10-year", "Ten-year" 10 years, "two-year", "30-year", "the
  30-year average" 30, "15-year rate" 15, "five-year fix" 5 (fifty-second), "two- and
  10-year" two durations (sixty-second), "one-year loan prime rate" 1 and "five-year LPR" 5,
  "one-week repo rate" 1 week, "two-week repo rate" 2 weeks, "nach ihrer zweitägigen Sitzung"
  2 days. Spans: "den höchsten Stand seit 30 Jahren" 30 years, "in three decades" 30 years
  (eleventh), "in almost three years" 3 years "nearly", "a three-year low" 3 years, "for 14
  months" 14 months, "in seven weeks" 7 weeks, "over the past three months" 3 months and "over
  the next 12 months" 12 months with no hedge ("over" before a period, fifty-second), "on a
  12-month basis" 12 months (as "a 14-month high", eightieth). None: "in der vergangenen Woche",
  "ein Jahr zuvor", "im kommenden Jahr", "im laufenden Jahr", "heuer", "seit Monaten", "next
  year", "this year", "a year ago", "a week earlier", "in the year to October", "year on
  year", "a month", "pro Monat", "each quarter".
- Money: "Billionen Euro" is 1e12 (thirty-first and fiftieth: a German "Billion" is a
  million millions): "rund 2,7 Billionen Euro" "about", "6,1 Billionen Euro", "1,52 Billionen
  Euro"; "$6.54 trillion", "nearly $9 trillion" "nearly", "about 2 trillion yen" "about",
  "200 billion yen"; "um 2,3 Milliarden auf 447,6 Milliarden Franken" both CHF (the currency
  written once serves the list, eleventh); "auf maximal 6 Milliarden Franken" "at_most"
  (fifty-second: "maximal"); "15 Milliarden Euro pro Monat", "about $40 billion a month" the
  amount only (forty-fifth: "a month" none); "eine Haltegrenze von 3.000 Euro je Nutzer" 3000
  EUR; "von 300.000 Euro" and "um rund 50 Euro höhere Monatsrate" EUR. Exchange rates are
  money in the priced currency (eleventh, sixty-second): "auf 1,1712 Dollar", "ein Hoch von
  1,1741 Dollar", "auf 1,3351 Dollar", "0,9312 Franken, der Dollar 0,7954 Franken" CHF, "to
  $1.3342", "0.7945 francs" CHF, "157.30 per dollar" after "The yen" JPY, "0.7961 per dollar"
  after "The Swiss franc" CHF (eightieth). New: "rose as high as $1.1768" is 1.1768 USD
  "up_to", "as high as" read as "as much as" (sixty-second: "rose as much as 12 basis
  points" "up_to").
- Index levels and ratios are counts (sixty-second): "bei 48.057 Punkten", "auf 24.186
  Punkte", "auf 128,45 Punkte" (the Bund future), "at 6,886.68", "to 98.42" (the dollar
  index); "bids totalling 2.51 times the amount offered" count 2.51 "times" (sixty-second:
  "covered the offering 2.51 times"). Names carry none: "S&P 500", "Dow Jones Industrial",
  "Dax", "M3" (a name with a glued figure, as "KSV1870", fifty-second), "Euro-Bund-Future",
  "KIM-Verordnung", "APP", "PEPP", "PCE", "LPR", "FOMC", "MPC", "HVPI".
- Years and dates: "für 2026", "2027", "2028", "seit 2020", "seit 2010", "since 1998",
  "since 2006", "since April 2022", "in July 2023", "since September 2024", "in May 2026",
  "bis Mitte 2026" (thirty-fourth: "by mid-2025"), "in early 2027" and "by early 2027" the
  years; "im Sommer 2022" 2022; "für das Geschäftsjahr 2024" 2024; "Zwischen Juni 2024 und
  Juni 2025" both years. New: "at end-2026" is year 2026, as "by mid-2025" is 2025
  (thirty-fourth). Dates without a year: "am 5. Februar", "for Feb. 5", "effective Jan. 29",
  "in the week ended Dec. 5"; with the year "mit 30. Juni 2025" 2025-06-30 (Austrian "mit"
  before a date, thirtieth). New: "the Oct. 28-29 meeting" is two dates, --10-28 and
  --10-29, as "Dec. 18 and 19" (seventy-first) and "vom 5. bis 19. Juli". Reuters datelines
  with a day ("WASHINGTON, Jan 28 (Reuters)", "NEW YORK, Dec 11 (Reuters)", "FRANKFURT, Dec 18
  (Reuters)", "ZURICH, Dec 11 (Reuters)", "TOKYO, Dec 18 (Reuters)", "ANKARA, Dec 11
  (Reuters)") dates without a year; other datelines ("Frankfurt (Reuters) -", "Zürich (awp)
  -", "Wien (APA) -", "Washington (dpa-AFX) -", "London (dpa-AFX) -", "Oslo (Reuters) -",
  "Berlin (dpa) -", "WASHINGTON (Reuters) -", "WASHINGTON (AP) —", "LONDON (PA) -", "SYDNEY
  (AAP) -", "WELLINGTON (Reuters) -", "OTTAWA (CP) —") none; months, weekdays, "Anfang
  Oktober", "Ende November", "Mitte Dezember", "im Jänner" none.
- Fractions: "gut die Hälfte" 0.5 "over" ("gut" before a figure, twentieth; fifty-second:
  "Gut jeder achte"), "etwa die Hälfte" 0.5 "about". Physical measures are counts (fourth):
  "ihrer 3.350 Tonnen Gold" 3350, "rund 280 Tonnen" 280 "about".
- Hedges, only the names in use: "rund", "etwa", "about", "around", "roughly" "about";
  "knapp", "nearly", "almost" "nearly"; "gut" "over"; "mindestens", "at least"
  "at_least"; "maximal" "at_most"; "as high as" "up_to" (new, above). No hedge: "im Schnitt",
  "durchschnittlich", "nur", "only" (before "about", which carries the hedge), "just",
  "jeweils", "je", "noch", "inzwischen", "a total of", "cumulative".
- Speakers, checked only in forms the earlier batches settled: a role before a name is
  dropped and so is a phrase after the verb ("sagte EZB-Präsidentin Henrike Sandvoss vor
  Journalisten in Frankfurt" -> "Henrike Sandvoss", as "vor Journalisten in Abuja",
  eightieth; "Bundesbankpräsident Konrad Ellerbrock sagte ..., die Inflation ... werde"
  -> "Konrad Ellerbrock", as "Bank of England Governor Andrew Pell said inflation would
  fall", twenty-fifth; "sagte SNB-Präsident Reto Gubelmann an der Medienkonferenz in Bern",
  "sagte OeNB-Gouverneur Clemens Wallisch", "ECB President Henrike Sandvoss told a news
  conference", "Governor Kenji Murakoshi told a news conference", "Boston Fed President
  Marcus Delgado said", "Fed Governor Priya Castellanos, who joined the board in September,
  said", "Lithuanian central bank chief Gediminas Varnas said" the names; "sagte
  Ellerbrock" and "Ashcombe said" the surname as written); a body with its article in the
  nominative ("wie die EZB am Donnerstag mitteilte", "teilte die EZB in Frankfurt mit" ->
  "die EZB", eightieth: the place dropped; "wie die Fed ... mitteilte" -> "die Fed"; "so die
  Bundesbank", "so die Nationalbank" -> "die Nationalbank", eleventh and seventeenth; "teilte der
  Mieterverband mit"); an abbreviation in brackets after a name is no part of it
  (eighty-fifth): "wie das Bundesamt für Wohnungswesen (BWO) mitteilte" -> "das Bundesamt für
  Wohnungswesen", "teilte die Oesterreichische Bundesfinanzierungsagentur (OeBFA) mit" ->
  "die Oesterreichische Bundesfinanzierungsagentur"; "laut Eurostat" -> "Eurostat"
  (fifty-sixth). English: "The Fed said in a statement" -> "the Fed" (the article in lower
  case, as "The bank said in a statement" -> "the bank", an earlier batch), "the central
  bank said", "the Labor Department said", "the Mortgage Bankers Association said", "the Bank
  of England said", "the Bank of Mexico said" (eightieth) and "according to the Office for
  National Statistics" (eighty-fifth) with the article in lower case; "according to
  Moneyfacts" and "according to UK Finance" as written (fifty-second). Left unchecked (None):
  "wie der Kreditvermittler Zinswerk mitteilte" and "mortgage buyer Freddie Mac said" (a
  description before a name, fifty-second), "teilte sie in Moskau mit" (a pronoun), "nach
  eigenen Angaben", "gemäß SNB" (a preposition not settled), "geht aus ... hervor", "heißt es
  in der Zusammenfassung", "according to the minutes", "minutes ... showed", "according to
  CME Group's FedWatch tool", "according to the median projection", "Bank of England data
  showed", "ECB data showed", "Australian Bureau of Statistics figures show", "said it
  expected" after "Norway's central bank" and "Sweden's Riksbank" (a possessive subject
  before "said", not settled), rows without attribution and all negatives.
- Negatives, with no figure in any of them: quoted assessments, assurances and moods of
  central bankers (ECB, Bundesbank, SNB, OeNB, Fed, Bank of England, RBA and Bank of Canada
  officials), economists' and strategists' verdicts and hedged predictions phrased as
  opinion, a Latvian governor's label for market expectations, the supervisor's
  self-assessment of the banking sector, a minister's and a savings-bank lobby's rhetoric,
  the Arbeiterkammer's reproach, critics' view, market colour ("Händler sprachen von einem
  Nicht-Ereignis.", "Traders said liquidity was likely to thin out ..."), advice to borrowers
  and home shoppers, open questions ("Ob die Fed im Jänner erneut senkt, ist offen.",
  "Whether the Fed can pull off a soft landing is still anybody's guess."), a reader service
  line, update notes, a reporting credit and a "click here" line.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_87 = [
    # === German =================================================================================
    # --- EZB-Zinsentscheid (Reuters, dpa-AFX) ---
    ("de", "Frankfurt (Reuters) - Die Europäische Zentralbank hat die Zinsen im Euroraum zum fünften Mal in Folge nicht verändert: Der Einlagensatz bleibt bei 2,0 Prozent, wie die EZB am Donnerstag mitteilte.", True, [("ordinal", 5, None, None), ("percent", 2.0, "%", None)], "die EZB"),
    ("de", "Den Hauptrefinanzierungssatz beließ der EZB-Rat bei 2,15 Prozent, den Spitzenrefinanzierungssatz bei 2,40 Prozent.", True, [("percent", 2.15, "%", None), ("percent", 2.4, "%", None)], None),
    ("de", "Zwischen Juni 2024 und Juni 2025 hatten die Währungshüter den Einlagensatz achtmal um jeweils einen Viertelprozentpunkt gesenkt.", True, [("year", 2024, None, None), ("year", 2025, None, None), ("count", 8, None, None), ("percent", 0.25, "pp", None)], None),
    ("de", "Von Reuters befragte Ökonomen hatten einhellig mit einer Zinspause gerechnet.", True, [], None),
    ("de", "Die Entscheidung im 26-köpfigen EZB-Rat sei einstimmig gefallen, sagte EZB-Präsidentin Henrike Sandvoss vor Journalisten in Frankfurt.", True, [("count", 26, None, None)], "Henrike Sandvoss"),
    ("de", "„Wir sind gut aufgestellt, um mit den Unwägbarkeiten umzugehen, die vor uns liegen“, sagte Sandvoss.", False, [], None),
    ("de", "Die Notenbankerin verwies darauf, dass die Inflation im Euroraum seit Monaten nahe am Zwei-Prozent-Ziel der EZB liegt.", True, [("percent", 2, "%", None)], None),
    ("de", "Die Volkswirte der EZB erwarten für 2026 nun eine Teuerung von 1,9 Prozent, nach 1,7 Prozent in der Septemberprognose.", True, [("year", 2026, None, None), ("percent", 1.9, "%", None), ("percent", 1.7, "%", None)], None),
    ("de", "Für 2027 rechnen sie mit 1,8 Prozent, für 2028 mit 2,0 Prozent.", True, [("year", 2027, None, None), ("percent", 1.8, "%", None), ("year", 2028, None, None), ("percent", 2.0, "%", None)], None),
    ("de", "Das Wirtschaftswachstum im Euroraum veranschlagen die Fachleute für das laufende Jahr auf 1,4 Prozent, für 2026 auf 1,2 Prozent.", True, [("percent", 1.4, "%", None), ("year", 2026, None, None), ("percent", 1.2, "%", None)], None),
    ("de", "Die Kerninflation ohne Energie und Lebensmittel dürfte der Prognose zufolge 2026 bei 2,2 Prozent liegen.", True, [("year", 2026, None, None), ("percent", 2.2, "%", None)], None),
    ("de", "Am Terminmarkt sahen Händler am Nachmittag eine Wahrscheinlichkeit von etwa 30 Prozent für eine weitere Senkung um 25 Basispunkte bis Mitte 2026.", True, [("percent", 30, "%", "about"), ("percent", 25, "bp", None), ("year", 2026, None, None)], None),
    ("de", "Die Geldpolitik befinde sich „in einer guten Position“, betonte die Notenbankchefin mehrfach.", False, [], None),
    ("de", "Eine Zinserhöhung im kommenden Jahr halten manche Ökonomen inzwischen nicht mehr für ausgeschlossen.", False, [], None),
    ("de", "Der Euro legte nach der Entscheidung um 0,3 Prozent auf 1,1712 Dollar zu.", True, [("percent", 0.3, "%", None), ("money", 1.1712, "USD", None)], None),
    ("de", "Die Rendite der zehnjährigen Bundesanleihe kletterte bis zum Abend um drei Basispunkte auf 2,91 Prozent.", True, [("duration", 10, "year", None), ("percent", 3, "bp", None), ("percent", 2.91, "%", None)], None),
    # --- Bilanz und Anleiheprogramme ---
    ("de", "Die Bilanzsumme des Eurosystems ist seit dem Höchststand im Sommer 2022 um rund 2,7 Billionen Euro auf 6,1 Billionen Euro geschrumpft.", True, [("year", 2022, None, None), ("money", 2700000000000, "EUR", "about"), ("money", 6100000000000, "EUR", None)], None),
    ("de", "Seit Juli 2023 reinvestiert die EZB Tilgungen aus dem Anleihekaufprogramm APP nicht mehr.", True, [("year", 2023, None, None)], None),
    ("de", "Im Pandemie-Notfallprogramm PEPP hielt die Notenbank Ende November noch Wertpapiere im Wert von 1,52 Billionen Euro.", True, [("money", 1520000000000, "EUR", None)], None),
    ("de", "Seit Anfang 2025 werden auch fällige PEPP-Papiere nicht mehr ersetzt, das Portfolio schrumpft damit um durchschnittlich 15 Milliarden Euro pro Monat.", True, [("year", 2025, None, None), ("money", 15000000000, "EUR", None)], None),
    ("de", "Die nächste geldpolitische Sitzung des EZB-Rats findet am 5. Februar statt.", True, [("date", "--02-05", None, None)], None),
    # --- EZB-Protokoll ---
    ("de", "Aus dem am Donnerstag veröffentlichten Protokoll der Oktobersitzung geht hervor, dass mehrere Ratsmitglieder zusätzliche Abwärtsrisiken für die Inflation sahen.", True, [], None),
    ("de", "Einige Notenbanker hätten eine Senkung um 25 Basispunkte für vertretbar gehalten, heißt es in der Zusammenfassung.", True, [("percent", 25, "bp", None)], None),
    ("de", "Der Ton des Protokolls fiel nach Einschätzung von Beobachtern eher vorsichtig aus.", False, [], None),
    # --- Stimmen aus dem EZB-Rat, Bundesbank ---
    ("de", "Bundesbankpräsident Konrad Ellerbrock sagte am Rande einer Konferenz in Mainz, die Inflation in Deutschland werde im Januar vorübergehend auf 2,5 Prozent steigen.", True, [("percent", 2.5, "%", None)], "Konrad Ellerbrock"),
    ("de", "„Es gibt keinen Grund, nervös zu werden“, fügte Ellerbrock hinzu.", False, [], None),
    ("de", "Die Bundesbank rechnet für Deutschland 2026 mit einem Wachstum von 0,7 Prozent und 2027 mit 1,2 Prozent, sagte Ellerbrock bei der Vorstellung der neuen Konjunkturprognose.", True, [("year", 2026, None, None), ("percent", 0.7, "%", None), ("year", 2027, None, None), ("percent", 1.2, "%", None)], "Ellerbrock"),
    ("de", "Der lettische Notenbankchef Arvīds Kalniņš nannte die Erwartungen der Märkte „nicht weit daneben“.", False, [], None),
    ("de", "Die Risiken für die Preisstabilität seien „weitgehend ausgeglichen“, sagte EZB-Direktoriumsmitglied Pieter Vandenhove der „Börsen-Zeitung“.", False, [], None),
    ("de", "Die Bundesbank lagert inzwischen gut die Hälfte ihrer 3.350 Tonnen Gold in Frankfurt, der Rest liegt in New York und London.", True, [("fraction", 0.5, None, "over"), ("count", 3350, None, None)], None),
    ("de", "Für das vergangene Jahr hat die Bundesbank erneut keinen Gewinn an den Bund überwiesen, sie wies einen Verlust von 19,2 Milliarden Euro aus.", True, [("money", 19200000000, "EUR", None)], None),
    ("de", "Unternehmen zahlten für neue Kredite im Oktober im Schnitt 3,74 Prozent Zinsen, so die Bundesbank.", True, [("percent", 3.74, "%", None)], "die Bundesbank"),
    # --- Geldmenge, Kredite, Bankenumfrage ---
    ("de", "Die Geldmenge M3 wuchs im Oktober im Jahresvergleich um 2,8 Prozent, teilte die EZB in Frankfurt mit.", True, [("percent", 2.8, "%", None)], "die EZB"),
    ("de", "Die Kreditvergabe an Unternehmen im Euroraum legte um 2,9 Prozent zu, jene an private Haushalte um 2,6 Prozent.", True, [("percent", 2.9, "%", None), ("percent", 2.6, "%", None)], None),
    ("de", "Die Banken im Euroraum haben ihre Kreditrichtlinien für Unternehmen im dritten Quartal leicht verschärft, geht aus der vierteljährlichen Umfrage der EZB hervor.", True, [("ordinal", 3, None, None)], None),
    ("de", "Die Inflation im Euroraum lag im November laut Eurostat bei 2,1 Prozent.", True, [("percent", 2.1, "%", None)], "Eurostat"),
    ("de", "Die Sparer seien die großen Verlierer dieser Geldpolitik, kritisierte der Präsident des Sparkassenverbands.", False, [], None),
    # --- Stresstest, digitaler Euro ---
    ("de", "Die EZB-Bankenaufsicht hat die Ergebnisse ihres Stresstests für 96 Großbanken aus dem Euroraum veröffentlicht.", True, [("count", 96, None, None)], None),
    ("de", "Im ungünstigen Szenario würde die harte Kernkapitalquote der Institute im Schnitt um 4,6 Prozentpunkte auf 11,4 Prozent sinken.", True, [("percent", 4.6, "pp", None), ("percent", 11.4, "%", None)], None),
    ("de", "Der Bankensektor sei widerstandsfähig und gut kapitalisiert, erklärte die Aufsicht.", False, [], None),
    ("de", "Den digitalen Euro will die EZB nach bisherigen Plänen 2029 einführen, sofern die Gesetzgebung bis 2026 steht.", True, [("year", 2029, None, None), ("year", 2026, None, None)], None),
    ("de", "Diskutiert wird eine Haltegrenze von 3.000 Euro je Nutzer.", True, [("money", 3000, "EUR", None)], None),
    # --- SNB (awp, Keystone-SDA) ---
    ("de", "Zürich (awp) - Die Schweizerische Nationalbank lässt ihren Leitzins unverändert bei 0 Prozent.", True, [("percent", 0, "%", None)], None),
    ("de", "Es ist der zweite Zinsentscheid in Folge ohne Änderung, nachdem die SNB den Satz im Juni um 0,25 Prozentpunkte gesenkt hatte.", True, [("ordinal", 2, None, None), ("percent", 0.25, "pp", None)], None),
    ("de", "Negativzinsen seien weiterhin nicht ausgeschlossen, sagte SNB-Präsident Reto Gubelmann an der Medienkonferenz in Bern.", True, [], "Reto Gubelmann"),
    ("de", "Die bedingte Inflationsprognose senkte die SNB für 2026 auf 0,3 Prozent, nach 0,5 Prozent im September.", True, [("year", 2026, None, None), ("percent", 0.3, "%", None), ("percent", 0.5, "%", None)], None),
    ("de", "Für 2027 rechnet sie mit einer Teuerung von 0,6 Prozent, für 2028 mit 0,7 Prozent.", True, [("year", 2027, None, None), ("percent", 0.6, "%", None), ("year", 2028, None, None), ("percent", 0.7, "%", None)], None),
    ("de", "Das Wachstum der Schweizer Wirtschaft dürfte gemäß SNB im laufenden Jahr knapp 1,5 Prozent erreichen.", True, [("percent", 1.5, "%", "nearly")], None),
    ("de", "Im dritten Quartal hat die Nationalbank nach eigenen Angaben Devisen für 1,2 Milliarden Franken gekauft.", True, [("ordinal", 3, None, None), ("money", 1200000000, "CHF", None)], None),
    ("de", "Der Euro kostete nach dem Entscheid 0,9312 Franken, der Dollar 0,7954 Franken.", True, [("money", 0.9312, "CHF", None), ("money", 0.7954, "CHF", None)], None),
    ("de", "«Die Geldpolitik ist angemessen, wir beobachten die Lage aber sehr genau», sagte Vizepräsidentin Anne-Claude Rochat.", False, [], None),
    ("de", "Ob die SNB im März nachlegt, dürfte laut Beobachtern vor allem vom Frankenkurs abhängen.", False, [], None),
    ("de", "Die Nationalbank weist für die ersten drei Quartale einen Gewinn von 26,4 Milliarden Franken aus.", True, [("ordinal", 1, None, None), ("count", 3, None, None), ("money", 26400000000, "CHF", None)], None),
    ("de", "Auf den Fremdwährungspositionen resultierte ein Gewinn von 19,8 Milliarden Franken, auf dem Goldbestand ein Bewertungsgewinn von 8,1 Milliarden Franken.", True, [("money", 19800000000, "CHF", None), ("money", 8100000000, "CHF", None)], None),
    ("de", "Die Ausschüttung an Bund und Kantone ist auf maximal 6 Milliarden Franken begrenzt.", True, [("money", 6000000000, "CHF", "at_most")], None),
    ("de", "Die Devisenreserven der SNB beliefen sich Ende September auf 712 Milliarden Franken.", True, [("money", 712000000000, "CHF", None)], None),
    ("de", "Die Sichtguthaben der Banken bei der SNB stiegen in der vergangenen Woche um 2,3 Milliarden auf 447,6 Milliarden Franken.", True, [("money", 2300000000, "CHF", None), ("money", 447600000000, "CHF", None)], None),
    ("de", "Der hypothekarische Referenzzinssatz sinkt erstmals seit 2020 um einen Viertelprozentpunkt auf 1,0 Prozent, wie das Bundesamt für Wohnungswesen (BWO) mitteilte.", True, [("year", 2020, None, None), ("percent", 0.25, "pp", None), ("percent", 1.0, "%", None)], "das Bundesamt für Wohnungswesen"),
    ("de", "Die Bank Limmattal senkt die Zinsen für zehnjährige Festhypotheken um 0,1 Prozentpunkte auf 1,45 Prozent.", True, [("duration", 10, "year", None), ("percent", 0.1, "pp", None), ("percent", 1.45, "%", None)], None),
    ("de", "Mieter haben damit grundsätzlich Anspruch auf eine Senkung ihres Mietzinses um 2,91 Prozent, teilte der Mieterverband mit.", True, [("percent", 2.91, "%", None)], "der Mieterverband"),
    # --- OeNB (APA) ---
    ("de", "Wien (APA) - Die Oesterreichische Nationalbank (OeNB) erwartet für heuer ein Wirtschaftswachstum von 0,3 Prozent und für 2026 von 1,0 Prozent.", True, [("percent", 0.3, "%", None), ("year", 2026, None, None), ("percent", 1.0, "%", None)], None),
    ("de", "2027 soll die heimische Wirtschaft dann um 1,3 Prozent zulegen, geht aus der am Freitag präsentierten Prognose hervor.", True, [("year", 2027, None, None), ("percent", 1.3, "%", None)], None),
    ("de", "Die Inflationsrate nach HVPI werde von 3,5 Prozent im laufenden Jahr auf 2,4 Prozent 2026 und 2,0 Prozent 2027 sinken, sagte OeNB-Gouverneur Clemens Wallisch.", True, [("percent", 3.5, "%", None), ("percent", 2.4, "%", None), ("year", 2026, None, None), ("percent", 2.0, "%", None), ("year", 2027, None, None)], "Clemens Wallisch"),
    ("de", "Die Arbeitslosenquote nach nationaler Definition soll 2026 mit 7,5 Prozent ihren Höhepunkt erreichen.", True, [("year", 2026, None, None), ("percent", 7.5, "%", None)], None),
    ("de", "„Die Talsohle ist durchschritten, aber der Aufschwung bleibt zaghaft“, sagte Wallisch.", False, [], None),
    ("de", "Für das Geschäftsjahr 2024 meldete die OeNB einen Verlust von 1,2 Milliarden Euro, eine Gewinnabfuhr an den Bund entfällt damit zum zweiten Mal in Folge.", True, [("year", 2024, None, None), ("money", 1200000000, "EUR", None), ("ordinal", 2, None, None)], None),
    ("de", "Die Goldreserven der Nationalbank belaufen sich unverändert auf rund 280 Tonnen, etwa die Hälfte davon lagert in Wien.", True, [("count", 280, None, "about"), ("fraction", 0.5, None, "about")], None),
    ("de", "Die durchschnittlichen Zinsen für neu vergebene Wohnbaukredite sanken im Oktober auf 3,21 Prozent, so die Nationalbank.", True, [("percent", 3.21, "%", None)], "die Nationalbank"),
    ("de", "Ein Jahr zuvor waren es noch 3,68 Prozent gewesen.", True, [("percent", 3.68, "%", None)], None),
    ("de", "Der Anteil variabel verzinster Kredite am Neugeschäft lag bei knapp 38 Prozent.", True, [("percent", 38, "%", "nearly")], None),
    ("de", "Für täglich fällige Einlagen zahlten die Banken im Schnitt nur 0,62 Prozent Zinsen.", True, [("percent", 0.62, "%", None)], None),
    ("de", "Die Arbeiterkammer warf den Banken vor, Zinssenkungen bei Krediten zögerlich, bei Sparzinsen aber umso rascher weiterzugeben.", False, [], None),
    ("de", "Die KIM-Verordnung, die unter anderem mindestens 20 Prozent Eigenmittel vorschrieb, ist mit 30. Juni 2025 ausgelaufen.", True, [("percent", 20, "%", "at_least"), ("date", "2025-06-30", None, None)], None),
    ("de", "Die Republik Österreich hat eine zehnjährige Bundesanleihe um 1,15 Milliarden Euro bei einer Rendite von 2,97 Prozent aufgestockt, teilte die Oesterreichische Bundesfinanzierungsagentur (OeBFA) mit.", True, [("duration", 10, "year", None), ("money", 1150000000, "EUR", None), ("percent", 2.97, "%", None)], "die Oesterreichische Bundesfinanzierungsagentur"),
    # --- Fed (dpa-AFX) ---
    ("de", "Washington (dpa-AFX) - Die US-Notenbank Fed hat ihren Leitzins zum dritten Mal in Folge um 0,25 Prozentpunkte gesenkt.", True, [("ordinal", 3, None, None), ("percent", 0.25, "pp", None)], None),
    ("de", "Er liegt nun in einer Spanne von 3,50 bis 3,75 Prozent, wie die Fed nach ihrer zweitägigen Sitzung mitteilte.", True, [("percent", 3.5, "%", None), ("percent", 3.75, "%", None), ("duration", 2, "day", None)], "die Fed"),
    ("de", "Im Offenmarktausschuss FOMC stimmten neun Mitglieder für den Schritt, drei votierten dagegen.", True, [("count", 9, None, None), ("count", 3, None, None)], None),
    ("de", "Zwei der Abweichler bevorzugten eine unveränderte Zinsspanne, ein weiteres Mitglied eine Senkung um einen halben Prozentpunkt.", True, [("count", 2, None, None), ("percent", 0.5, "pp", None)], None),
    ("de", "Laut den neuen Projektionen der Währungshüter sind für 2026 zwei weitere Senkungen um je einen Viertelpunkt vorgesehen.", True, [("year", 2026, None, None), ("count", 2, None, None), ("percent", 0.25, "pp", None)], None),
    ("de", "Für 2026 rechnet die Fed mit einem Wachstum der US-Wirtschaft von 2,1 Prozent und einer Arbeitslosenquote von 4,4 Prozent.", True, [("year", 2026, None, None), ("percent", 2.1, "%", None), ("percent", 4.4, "%", None)], None),
    ("de", "Zudem kauft die Notenbank seit Mitte Dezember kurzlaufende Staatspapiere für monatlich rund 40 Milliarden Dollar.", True, [("money", 40000000000, "USD", "about")], None),
    ("de", "„Wir sind gut positioniert, um die weitere Entwicklung abzuwarten“, sagte Fed-Chef Leonard Ashcombe.", False, [], None),
    ("de", "An der Wall Street wurde die Entscheidung mit Erleichterung aufgenommen.", False, [], None),
    ("de", "Der Dow Jones Industrial schloss 1,1 Prozent höher bei 48.057 Punkten.", True, [("percent", 1.1, "%", None), ("count", 48057, None, None)], None),
    ("de", "Ob die Fed im Jänner erneut senkt, ist offen.", False, [], None),
    # --- Bank of England (dpa-AFX) ---
    ("de", "London (dpa-AFX) - Die Bank of England hat ihren Leitzins mit fünf zu vier Stimmen um 0,25 Prozentpunkte auf 3,75 Prozent gesenkt.", True, [("count", 5, None, None), ("count", 4, None, None), ("percent", 0.25, "pp", None), ("percent", 3.75, "%", None)], None),
    ("de", "Vier Mitglieder des geldpolitischen Ausschusses wollten den Zins bei 4,0 Prozent belassen.", True, [("count", 4, None, None), ("percent", 4.0, "%", None)], None),
    ("de", "Im November war die Entscheidung für eine Zinspause noch mit sieben zu zwei Stimmen gefallen.", True, [("count", 7, None, None), ("count", 2, None, None)], None),
    ("de", "Die britische Teuerung lag im Oktober bei 3,6 Prozent und damit deutlich über dem Ziel der Notenbank von 2 Prozent.", True, [("percent", 3.6, "%", None), ("percent", 2, "%", None)], None),
    ("de", "Das britische Pfund verbilligte sich im Anschluss um 0,4 Prozent auf 1,3351 Dollar.", True, [("percent", 0.4, "%", None), ("money", 1.3351, "USD", None)], None),
    # --- Andere Notenbanken (Reuters, dpa) ---
    ("de", "Oslo (Reuters) - Die norwegische Notenbank hat den Leitzins überraschend um einen Viertelprozentpunkt auf 4,0 Prozent gesenkt.", True, [("percent", 0.25, "pp", None), ("percent", 4.0, "%", None)], None),
    ("de", "Die japanische Notenbank hob den Leitzins auf 0,75 Prozent an, den höchsten Stand seit 30 Jahren.", True, [("percent", 0.75, "%", None), ("duration", 30, "year", None)], None),
    ("de", "Die ungarische Notenbank beließ ihren Leitzins bei 6,5 Prozent, dem höchsten Satz in der EU.", True, [("percent", 6.5, "%", None)], None),
    ("de", "Die tschechische Notenbank hielt den Schlüsselzins mit sechs zu einer Stimme bei 3,5 Prozent.", True, [("count", 6, None, None), ("count", 1, None, None), ("percent", 3.5, "%", None)], None),
    ("de", "Die russische Zentralbank senkte den Leitzins um 50 Basispunkte auf 16,0 Prozent, teilte sie in Moskau mit.", True, [("percent", 50, "bp", None), ("percent", 16.0, "%", None)], None),
    # --- Bauzinsen und Sparzinsen (dpa) ---
    ("de", "Berlin (dpa) - Die Zinsen für Immobilienkredite mit zehnjähriger Zinsbindung sind im Dezember auf durchschnittlich 3,62 Prozent gestiegen, wie der Kreditvermittler Zinswerk mitteilte.", True, [("duration", 10, "year", None), ("percent", 3.62, "%", None)], None),
    ("de", "Anfang Oktober hatten die Bauzinsen noch bei 3,41 Prozent gelegen.", True, [("percent", 3.41, "%", None)], None),
    ("de", "Für ein Darlehen von 300.000 Euro bedeutet der Anstieg bei 2 Prozent Tilgung eine um rund 50 Euro höhere Monatsrate.", True, [("money", 300000, "EUR", None), ("percent", 2, "%", None), ("money", 50, "EUR", "about")], None),
    ("de", "Im Schnitt bieten die Banken für Tagesgeld derzeit 1,4 Prozent, für einjähriges Festgeld 2,05 Prozent.", True, [("percent", 1.4, "%", None), ("duration", 1, "year", None), ("percent", 2.05, "%", None)], None),
    ("de", "Wer eine Anschlussfinanzierung plant, sollte die Angebote mehrerer Banken vergleichen, rät die Verbraucherzentrale.", False, [], None),
    ("de", "„Die Zeit der Schnäppchenzinsen ist vorbei“, sagte ein Münchner Baufinanzierer.", False, [], None),
    # --- Märkte (dpa-AFX) ---
    ("de", "Frankfurt (dpa-AFX) - Die Rendite zweijähriger Bundesschatzanweisungen fiel nach den Inflationsdaten um vier Basispunkte auf 2,03 Prozent.", True, [("duration", 2, "year", None), ("percent", 4, "bp", None), ("percent", 2.03, "%", None)], None),
    ("de", "Der Risikoaufschlag zehnjähriger italienischer Staatsanleihen gegenüber Bundesanleihen sank auf 71 Basispunkte, den geringsten Wert seit 2010.", True, [("duration", 10, "year", None), ("percent", 71, "bp", None), ("year", 2010, None, None)], None),
    ("de", "Der Euro-Bund-Future stieg um 0,21 Prozent auf 128,45 Punkte.", True, [("percent", 0.21, "%", None), ("count", 128.45, None, None)], None),
    ("de", "Der Euro wurde am Nachmittag bei 1,1697 Dollar gehandelt, nachdem er im Tagesverlauf ein Hoch von 1,1741 Dollar erreicht hatte.", True, [("money", 1.1697, "USD", None), ("money", 1.1741, "USD", None)], None),
    ("de", "Der Dax gewann nach der Zinsentscheidung 0,6 Prozent auf 24.186 Punkte.", True, [("percent", 0.6, "%", None), ("count", 24186, None, None)], None),
    ("de", "Händler sprachen von einem Nicht-Ereignis.", False, [], None),
    ("de", "„Die EZB hat ihren Job gemacht, jetzt ist die Fiskalpolitik am Zug“, sagte Chefvolkswirt Matthias Kreitmair vom Bankhaus Sterneck.", False, [], None),
    ("de", "Die Zinswende nach unten dürfte nach Ansicht vieler Experten vorerst abgeschlossen sein.", False, [], None),
    ("de", "Die Unabhängigkeit der Notenbank sei ein hohes Gut, das es zu verteidigen gelte, betonte der Finanzminister.", False, [], None),
    ("de", "Die Teuerung sei „noch nicht über den Berg“, warnte Ellerbrock.", False, [], None),
    ("de", "Mehr zur Geldpolitik der EZB lesen Sie in unserem Dossier.", False, [], None),
    ("de", "Die Meldung wurde um Aussagen der EZB-Präsidentin ergänzt.", False, [], None),
    # === English ================================================================================
    # --- Fed decision (Reuters) ---
    ("en", "WASHINGTON, Jan 28 (Reuters) - The Federal Reserve delivered a quarter-percentage-point rate cut on Wednesday, taking its policy rate to the 3.25%-3.50% range.", True, [("date", "--01-28", None, None), ("percent", 0.25, "pp", None), ("percent", 3.25, "%", None), ("percent", 3.5, "%", None)], None),
    ("en", "The vote was 10-2, with Governor Dale Whitford favoring a half-point reduction and Kansas City Fed President Moira Hennessey preferring to hold rates steady.", True, [("count", 10, None, None), ("count", 2, None, None), ("percent", 0.5, "pp", None)], None),
    ("en", "The move was the Fed's fourth reduction since September and took cumulative easing in this cycle to 175 basis points.", True, [("ordinal", 4, None, None), ("percent", 175, "bp", None)], None),
    ("en", "In new quarterly projections, the median policymaker penciled in just one more quarter-point cut in 2026.", True, [("count", 1, None, None), ("percent", 0.25, "pp", None), ("year", 2026, None, None)], None),
    ("en", "Six of the 19 officials projected no cuts at all next year.", True, [("count", 6, None, None), ("count", 19, None, None)], None),
    ("en", "Fed officials see the unemployment rate peaking at 4.6% and the economy growing 1.9% next year.", True, [("percent", 4.6, "%", None), ("percent", 1.9, "%", None)], None),
    ("en", "Inflation as measured by the personal consumption expenditures price index is projected at 2.6% at end-2026, still above the Fed's 2% target.", True, [("percent", 2.6, "%", None), ("year", 2026, None, None), ("percent", 2, "%", None)], None),
    ("en", "The median estimate of the longer-run federal funds rate edged up to 3.1% from 3.0%.", True, [("percent", 3.1, "%", None), ("percent", 3.0, "%", None)], None),
    ("en", "Fed officials expect the policy rate to stand at 3.4% at the end of 2026 and 3.1% at the end of 2027, according to the median projection.", True, [("percent", 3.4, "%", None), ("year", 2026, None, None), ("percent", 3.1, "%", None), ("year", 2027, None, None)], None),
    ("en", "The Fed said in a statement that job gains had slowed and the unemployment rate had edged up through September.", True, [], "the Fed"),
    ("en", "The Fed also lowered the interest rate it pays on reserve balances by 25 basis points to 3.40%, effective Jan. 29.", True, [("percent", 25, "bp", None), ("percent", 3.4, "%", None), ("date", "--01-29", None, None)], None),
    ("en", "It will begin buying Treasury bills at a pace of about $40 billion a month to keep reserves ample, the central bank said.", True, [("money", 40000000000, "USD", "about")], "the central bank"),
    ("en", "The Fed's balance sheet has shrunk to $6.54 trillion from a peak of nearly $9 trillion in 2022.", True, [("money", 6540000000000, "USD", None), ("money", 9000000000000, "USD", "nearly"), ("year", 2022, None, None)], None),
    ("en", "\"We are well placed to respond to developments as they unfold,\" Fed Chair Leonard Ashcombe told a news conference.", False, [], None),
    ("en", "Ashcombe said payroll growth had averaged about 40,000 a month over the past three months.", True, [("count", 40000, None, "about"), ("duration", 3, "month", None)], "Ashcombe"),
    ("en", "Some economists said the Fed had little room left to keep easing without stoking inflation.", False, [], None),
    ("en", "U.S. stocks extended gains after the decision, with the S&P 500 closing up 0.7% at 6,886.68.", True, [("percent", 0.7, "%", None), ("count", 6886.68, None, None)], None),
    ("en", "The yield on the two-year Treasury note, which is sensitive to rate expectations, fell 6 basis points to 3.49%.", True, [("duration", 2, "year", None), ("percent", 6, "bp", None), ("percent", 3.49, "%", None)], None),
    ("en", "Fed funds futures priced in a 22% chance of another cut in March, according to CME Group's FedWatch tool.", True, [("percent", 22, "%", None)], None),
    ("en", "\"The market got the cut it wanted, but not the signal,\" said Julia Wren, portfolio manager at Thistle Asset Management.", False, [], None),
    ("en", "Fed funds target range: 3.25%-3.50% (previous: 3.50%-3.75%)", True, [("percent", 3.25, "%", None), ("percent", 3.5, "%", None), ("percent", 3.5, "%", None), ("percent", 3.75, "%", None)], None),
    ("en", "Vote: 10-2", True, [("count", 10, None, None), ("count", 2, None, None)], None),
    ("en", "The Fed has now lowered rates by a total of 1.75 percentage points since September 2024.", True, [("percent", 1.75, "pp", None), ("year", 2024, None, None)], None),
    ("en", "The Fed's benchmark rate peaked at 5.25%-5.50% in July 2023 and stayed there for 14 months.", True, [("percent", 5.25, "%", None), ("percent", 5.5, "%", None), ("year", 2023, None, None), ("duration", 14, "month", None)], None),
    # --- Fed minutes and speakers (Reuters, AP) ---
    ("en", "WASHINGTON (Reuters) - Most Fed officials agreed at their October meeting that further rate cuts would likely be appropriate, minutes of the Oct. 28-29 meeting showed on Wednesday.", True, [("date", "--10-28", None, None), ("date", "--10-29", None, None)], None),
    ("en", "Several participants said the committee could keep rates on hold for the rest of the year, according to the minutes.", True, [], None),
    ("en", "The minutes showed that 11 of the 19 participants had penciled in at least two more cuts by the end of next year.", True, [("count", 11, None, None), ("count", 19, None, None), ("count", 2, None, "at_least")], None),
    ("en", "Investors read the minutes as a sign the Fed is in no hurry to ease further.", False, [], None),
    ("en", "Boston Fed President Marcus Delgado said on Thursday he expected inflation to ease to about 2.5% late next year.", True, [("percent", 2.5, "%", "about")], "Marcus Delgado"),
    ("en", "\"I'm in no rush,\" Delgado told reporters after a speech in Portland, Maine.", False, [], None),
    ("en", "Fed Governor Priya Castellanos, who joined the board in September, said in a speech that she saw room for three more reductions next year.", True, [("count", 3, None, None)], "Priya Castellanos"),
    ("en", "The central bank's independence is not up for negotiation, Castellanos said.", False, [], None),
    ("en", "The committee's 12 voting members include the seven Fed governors and five of the 12 regional bank presidents.", True, [("count", 12, None, None), ("count", 7, None, None), ("count", 5, None, None), ("count", 12, None, None)], None),
    ("en", "Ashcombe's term as chair expires in May 2026.", True, [("year", 2026, None, None)], None),
    ("en", "Critics say the central bank waited far too long to start easing.", False, [], None),
    ("en", "\"Inflation is still too high, and we have to finish the job,\" Cleveland Fed President Anita Korsgaard said in an interview.", False, [], None),
    # --- U.S. data and markets (Reuters) ---
    ("en", "The U.S. consumer price index was up 2.7% on a 12-month basis in November, the Labor Department said.", True, [("percent", 2.7, "%", None), ("duration", 12, "month", None)], "the Labor Department"),
    ("en", "Core PCE inflation, the Fed's preferred gauge, was 2.8% in September.", True, [("percent", 2.8, "%", None)], None),
    ("en", "NEW YORK, Dec 11 (Reuters) - The benchmark 10-year Treasury yield fell 4.5 basis points to 4.11% as investors digested the Fed's outlook.", True, [("date", "--12-11", None, None), ("duration", 10, "year", None), ("percent", 4.5, "bp", None), ("percent", 4.11, "%", None)], None),
    ("en", "The spread between two- and 10-year Treasury yields widened to 61 basis points, the steepest since April 2022.", True, [("duration", 2, "year", None), ("duration", 10, "year", None), ("percent", 61, "bp", None), ("year", 2022, None, None)], None),
    ("en", "The dollar index fell 0.6% to 98.42, its weakest level in seven weeks.", True, [("percent", 0.6, "%", None), ("count", 98.42, None, None), ("duration", 7, "week", None)], None),
    ("en", "The euro rose as high as $1.1768, while the dollar slipped 0.4% against the Swiss franc to 0.7945 francs.", True, [("money", 1.1768, "USD", "up_to"), ("percent", 0.4, "%", None), ("money", 0.7945, "CHF", None)], None),
    ("en", "Gold rose 1.2% to $4,262 an ounce as lower rates reduced the cost of holding non-yielding bullion.", True, [("percent", 1.2, "%", None), ("money", 4262, "USD", None)], None),
    ("en", "Traders said liquidity was likely to thin out ahead of the holidays.", False, [], None),
    ("en", "The Treasury auctioned $39 billion of 10-year notes at 4.175%, with bids totalling 2.51 times the amount offered.", True, [("money", 39000000000, "USD", None), ("duration", 10, "year", None), ("percent", 4.175, "%", None), ("count", 2.51, "times", None)], None),
    ("en", "Economists at Pelham Securities described the statement as a hawkish cut.", False, [], None),
    ("en", "Whether the Fed can pull off a soft landing is still anybody's guess.", False, [], None),
    # --- U.S. mortgage rates (AP, Reuters) ---
    ("en", "WASHINGTON (AP) — Long-term U.S. mortgage rates eased this week, with the 30-year average falling to 6.17% from 6.22%, mortgage buyer Freddie Mac said Thursday.", True, [("duration", 30, "year", None), ("percent", 6.17, "%", None), ("percent", 6.22, "%", None)], None),
    ("en", "A year ago, the rate averaged 6.85%.", True, [("percent", 6.85, "%", None)], None),
    ("en", "The average 15-year rate, a popular choice for refinancing, slipped to 5.44%.", True, [("duration", 15, "year", None), ("percent", 5.44, "%", None)], None),
    ("en", "Mortgage applications rose 3.8% in the week ended Dec. 5, the Mortgage Bankers Association said.", True, [("percent", 3.8, "%", None), ("date", "--12-05", None, None)], "the Mortgage Bankers Association"),
    ("en", "Mortgage rates tend to follow the 10-year Treasury yield, which lenders use as a guide to pricing home loans.", True, [("duration", 10, "year", None)], None),
    ("en", "Home shoppers who can wait for rates to ease further may find better deals in the spring, agents said.", False, [], None),
    # --- Bank of England (PA, Reuters) ---
    ("en", "LONDON (PA) - The Bank of England has cut interest rates to 3.75%, the lowest level in almost three years.", True, [("percent", 3.75, "%", None), ("duration", 3, "year", "nearly")], None),
    ("en", "The Monetary Policy Committee voted by five to four to reduce Bank Rate by 0.25 percentage points, with Governor Alistair Greaves casting the deciding vote.", True, [("count", 5, None, None), ("count", 4, None, None), ("percent", 0.25, "pp", None)], None),
    ("en", "Four members, including Deputy Governor Fiona Latchford, preferred to keep rates at 4%.", True, [("count", 4, None, None), ("percent", 4, "%", None)], None),
    ("en", "The Bank now expects inflation to ease to 3.0% in the first quarter of 2026 and to reach its 2% target in early 2027.", True, [("percent", 3.0, "%", None), ("ordinal", 1, None, None), ("year", 2026, None, None), ("percent", 2, "%", None), ("year", 2027, None, None)], None),
    ("en", "Annual CPI inflation was 3.6% in October, according to the Office for National Statistics.", True, [("percent", 3.6, "%", None)], "the Office for National Statistics"),
    ("en", "Gilt holdings will be cut by £70 billion over the next 12 months, down from £100 billion in the previous year, the Bank of England said.", True, [("money", 70000000000, "GBP", None), ("duration", 12, "month", None), ("money", 100000000000, "GBP", None)], "the Bank of England"),
    ("en", "Active sales of gilts will account for only about £21 billion of that total.", True, [("money", 21000000000, "GBP", "about")], None),
    ("en", "\"We've come a long way, but we are not there yet,\" Greaves told reporters.", False, [], None),
    ("en", "Sterling fell 0.3% to $1.3342 after the decision, while two-year gilt yields dropped 5 basis points to 3.71%.", True, [("percent", 0.3, "%", None), ("money", 1.3342, "USD", None), ("duration", 2, "year", None), ("percent", 5, "bp", None), ("percent", 3.71, "%", None)], None),
    ("en", "Markets now expect Bank Rate to bottom out at around 3.25% by the end of next year.", True, [("percent", 3.25, "%", "about")], None),
    ("en", "Business groups said the cut was welcome but would do little on its own to revive investment.", False, [], None),
    ("en", "Ten-year gilt yields ended 3 bps lower at 4.48%.", True, [("duration", 10, "year", None), ("percent", 3, "bp", None), ("percent", 4.48, "%", None)], None),
    ("en", "The 30-year gilt yield touched 5.72% in September, a level not seen since 1998.", True, [("duration", 30, "year", None), ("percent", 5.72, "%", None), ("year", 1998, None, None)], None),
    ("en", "The MPC's next announcement is scheduled for Feb. 5.", True, [("date", "--02-05", None, None)], None),
    ("en", "Minutes of the meeting showed that policymakers judged the risks to inflation to be more balanced than in November.", True, [], None),
    # --- UK mortgages (PA) ---
    ("en", "The average two-year fixed-rate mortgage fell to 4.83% on Friday from 4.87% a week earlier, according to Moneyfacts.", True, [("duration", 2, "year", None), ("percent", 4.83, "%", None), ("percent", 4.87, "%", None)], "Moneyfacts"),
    ("en", "The average five-year fix stood at 4.92%, and the number of mortgage deals on offer rose to 7,112, the highest since March 2008.", True, [("duration", 5, "year", None), ("percent", 4.92, "%", None), ("count", 7112, None, None), ("year", 2008, None, None)], None),
    ("en", "About 1.8 million fixed-rate deals are due to expire next year, according to UK Finance.", True, [("count", 1800000, None, "about")], "UK Finance"),
    ("en", "Borrowers coming off cheap fixed deals should start shopping around early, brokers advised.", False, [], None),
    ("en", "Lenders approved 65,018 mortgages for house purchase in November, up from 63,930 in October, Bank of England data showed.", True, [("count", 65018, None, None), ("count", 63930, None, None)], None),
    # --- ECB (Reuters) ---
    ("en", "FRANKFURT, Dec 18 (Reuters) - Euro zone interest rates were left unchanged for a fourth straight meeting on Thursday, with the European Central Bank holding its deposit rate at 2% and nudging up some growth forecasts.", True, [("date", "--12-18", None, None), ("ordinal", 4, None, None), ("percent", 2, "%", None)], None),
    ("en", "ECB staff now see growth of 1.4% this year, 1.2% in 2026 and 1.4% in 2027.", True, [("percent", 1.4, "%", None), ("percent", 1.2, "%", None), ("year", 2026, None, None), ("percent", 1.4, "%", None), ("year", 2027, None, None)], None),
    ("en", "Inflation is seen at 2.1% this year before dipping to 1.9% in 2026, below the ECB's 2% target.", True, [("percent", 2.1, "%", None), ("percent", 1.9, "%", None), ("year", 2026, None, None), ("percent", 2, "%", None)], None),
    ("en", "ECB President Henrike Sandvoss told a news conference that the decision had been unanimous.", True, [], "Henrike Sandvoss"),
    ("en", "\"We are not pre-committing to a particular rate path,\" Sandvoss said.", False, [], None),
    ("en", "Money markets priced in a roughly 25% chance of an ECB rate hike by the end of 2026.", True, [("percent", 25, "%", "about"), ("year", 2026, None, None)], None),
    ("en", "Germany's 10-year Bund yield rose 2 bps to 2.89%, its highest since March.", True, [("duration", 10, "year", None), ("percent", 2, "bp", None), ("percent", 2.89, "%", None)], None),
    ("en", "Several policymakers have argued that the bar for another move in either direction is high.", False, [], None),
    ("en", "Lithuanian central bank chief Gediminas Varnas said on Friday that rates were likely to stay at 2% for \"quite some time.\"", True, [("percent", 2, "%", None)], "Gediminas Varnas"),
    ("en", "The ECB has never used its Transmission Protection Instrument, unveiled in July 2022 to counter disorderly jumps in borrowing costs.", True, [("year", 2022, None, None)], None),
    ("en", "Euro zone bank lending to companies grew 2.9% year on year in October, ECB data showed.", True, [("percent", 2.9, "%", None)], None),
    # --- SNB (Reuters) ---
    ("en", "ZURICH, Dec 11 (Reuters) - Swiss interest rates stayed at 0% on Thursday as the Swiss National Bank held policy steady and repeated that it was willing to intervene in currency markets.", True, [("date", "--12-11", None, None), ("percent", 0, "%", None)], None),
    ("en", "The SNB now sees inflation averaging 0.3% in 2026, down from the 0.5% it projected in September.", True, [("percent", 0.3, "%", None), ("year", 2026, None, None), ("percent", 0.5, "%", None)], None),
    ("en", "SNB Chairman Reto Gubelmann said the bar for returning to negative rates was higher than for an ordinary cut.", True, [], "Reto Gubelmann"),
    ("en", "The Swiss franc was little changed at 0.7961 per dollar.", True, [("money", 0.7961, "CHF", None)], None),
    # --- Asia-Pacific (Reuters, AAP) ---
    ("en", "TOKYO, Dec 18 (Reuters) - The Bank of Japan raised interest rates to 0.75% from 0.5% on Thursday, taking borrowing costs to levels unseen in three decades.", True, [("date", "--12-18", None, None), ("percent", 0.75, "%", None), ("percent", 0.5, "%", None), ("duration", 30, "year", None)], None),
    ("en", "The decision was unanimous among the nine board members, Governor Kenji Murakoshi told a news conference.", True, [("count", 9, None, None)], "Kenji Murakoshi"),
    ("en", "The yen weakened 0.5% to 157.30 per dollar after the decision.", True, [("percent", 0.5, "%", None), ("money", 157.3, "JPY", None)], None),
    ("en", "Japan's 10-year government bond yield rose to 2.02%, the highest since 2006.", True, [("duration", 10, "year", None), ("percent", 2.02, "%", None), ("year", 2006, None, None)], None),
    ("en", "The BOJ will slow its monthly bond buying by 200 billion yen each quarter, bringing purchases to about 2 trillion yen a month by early 2027.", True, [("money", 200000000000, "JPY", None), ("money", 2000000000000, "JPY", "about"), ("year", 2027, None, None)], None),
    ("en", "SYDNEY (AAP) - The Reserve Bank of Australia has left the cash rate on hold at 3.6 per cent for a third straight meeting.", True, [("percent", 3.6, "%", None), ("ordinal", 3, None, None)], None),
    ("en", "Trimmed mean inflation rose to 3.3 per cent in the year to October, Australian Bureau of Statistics figures show.", True, [("percent", 3.3, "%", None)], None),
    ("en", "\"The board will remain vigilant,\" Governor Sarah Kellaway said.", False, [], None),
    ("en", "WELLINGTON (Reuters) - The Reserve Bank of New Zealand trimmed the official cash rate to 2.25% on Wednesday, a reduction of 25 basis points that took it to a three-year low.", True, [("percent", 2.25, "%", None), ("percent", 25, "bp", None), ("duration", 3, "year", None)], None),
    ("en", "The People's Bank of China left its one-year loan prime rate at 3.0% and the five-year LPR at 3.5% for a seventh straight month.", True, [("duration", 1, "year", None), ("percent", 3.0, "%", None), ("duration", 5, "year", None), ("percent", 3.5, "%", None), ("ordinal", 7, None, None)], None),
    # --- Americas, Europe, emerging markets (CP, Reuters) ---
    ("en", "OTTAWA (CP) — The Bank of Canada left its benchmark interest rate unchanged at 2.25 per cent on Wednesday, following nine reductions since June 2024.", True, [("percent", 2.25, "%", None), ("count", 9, None, None), ("year", 2024, None, None)], None),
    ("en", "Governor Martin Leclair described the current setting as \"appropriate for now.\"", False, [], None),
    ("en", "ANKARA, Dec 11 (Reuters) - Turkey's central bank cut its one-week repo rate by 150 basis points to 38%.", True, [("date", "--12-11", None, None), ("duration", 1, "week", None), ("percent", 150, "bp", None), ("percent", 38, "%", None)], None),
    ("en", "Brazil's central bank held the Selic rate at 15% for a fourth consecutive meeting.", True, [("percent", 15, "%", None), ("ordinal", 4, None, None)], None),
    ("en", "Mexico's central bank lowered its benchmark rate by 25 basis points to 7.00% in a 4-1 vote, the Bank of Mexico said.", True, [("percent", 25, "bp", None), ("percent", 7.0, "%", None), ("count", 4, None, None), ("count", 1, None, None)], "the Bank of Mexico"),
    ("en", "Poland's rate-setters lowered the reference rate by a quarter point to 4.00%, their fifth move this year.", True, [("percent", 0.25, "pp", None), ("percent", 4.0, "%", None), ("ordinal", 5, None, None)], None),
    ("en", "The Czech National Bank held its two-week repo rate at 3.50% in a 6-1 vote.", True, [("duration", 2, "week", None), ("percent", 3.5, "%", None), ("count", 6, None, None), ("count", 1, None, None)], None),
    ("en", "Norway's central bank held rates at 4.0% but said it expected one or two cuts in 2026.", True, [("percent", 4.0, "%", None), ("count", 1, None, None), ("count", 2, None, None), ("year", 2026, None, None)], None),
    ("en", "Sweden's Riksbank left its policy rate at 1.75% and said it expected to keep it there for some time.", True, [("percent", 1.75, "%", None)], None),
    # --- Boilerplate and colour ---
    ("en", "(Reporting by Delia Crowther in Washington; Editing by Mark Pemberton)", False, [], None),
    ("en", "For a factbox on this week's central bank decisions, click here.", False, [], None),
    ("en", "Some investors fear the Fed is easing into an economy that is still running hot.", False, [], None),
    ("en", "The dollar's slide could deepen if the Fed keeps cutting, analysts said.", False, [], None),
    ("en", "Updated with quotes from the governor's press conference.", False, [], None),
    ("en", "\"Households will feel this in their pockets,\" said Hannah Frobisher, chief economist at Carrow Capital.", False, [], None),
]
