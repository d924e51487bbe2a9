"""Thirty-sixth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Companies, people, products and figures
are made up (Zahlwerk, Hagedorn, Medaxis, Corvane, Kaufgut, Brandauer, Alpinsoft, Lumara,
Velantis, Alpencom, Kemper Lab, Alvio, Hanselog, Silvatek, Voltaro; Quillon, Altura,
Tallyo, Kaveri Infotech, Meridian Care, Stellan Motors, Sentrix, Nimbus Compute, Orbit,
Tunely, Zippi, Paywise, Harlow & Finch, Corelink, Tessaly, Lumenai); real names such as
"IG Metall", "SIX", "RTR", "HDE", "Kraftfahrt-Bundesamt", "PRNewswire", "LSEG", "Unite",
"Nifty IT", "ASX", "Medibank", "NHTSA", "Dealogic", "GIC", "Tracxn", "Canalys", "JLL",
"Samsung", "Apple", "Xiaomi", "vivo", "Gartner" or "Google DeepMind" stand for the way wire
copy names them; what is said, raised and counted here is invented.

Its weight: COMPANY PRESS RELEASES AND PR-HEAVY BUSINESS COPY as the wires pass them on,
with technology and start-up news - half German (APA and APA-OTS releases with
"Rückfragehinweis", dpa, dpa-AFX, Reuters German, AWP and sda; Swiss "ss", «» quotes,
"Mio. Fr.", "Mitarbeitende", "Schlieren ZH", German „“ quotes), half English (PR Newswire
and Business Wire style releases, Reuters, AP, AAP, PA; US, UK, Indian and Australian
usage: "£138m", "692p", "Rs 3,412 crore", "₹21,940 crore", "2.31 lakh", "A$3.65",
"Nov. 18, 2025", "Oct 16"), told as 31 short stories in story order (a dateline lead or a
release headline, figures, attribution, a quote, the boilerplate and legal lines where a
release has them). 15 German stories: a fintech's Series-B round, job cuts at a car
supplier, a medtech group's half-year, a cloud provider's data centres, a data breach at an
online retailer, an electric-car recall, a takeover bid for a Swiss software firm, an
online fashion retailer's record quarter, a Munich AI start-up's language model, a mobile
operator's customers and market share, a Frankfurt IPO, a robot maker's hiring plan, a
software firm's ARR, a chip fab's foundation stone, a charging start-up's Series-A round.
16 English stories: an AI start-up's Series B release, a cloud giant's quarter and AI
capex, job cuts at a digital bank, an Indian IT firm's quarter, a health insurer's data
breach, an SUV recall, a take-private in London, AI data centres in India, a smartphone
launch, a streaming service's subscribers, a quick-commerce unicorn, buy-now-pay-later
guidance, a retailer's Christmas trading, a chip designer's guidance, an analyst ranking in
a release and an AI lab's funding talks. PR language is the trap: self-praise, mission
statements, superlatives, "Meilenstein", "proud", "industry-leading", "a game-changer" next
to checkable figures. Check-worthy: the figures and events, also where PR language wraps
them; negatives: pure self-praise, mission statements, boilerplate without a figure,
forward-looking and no-offer disclaimers, contact lines, quotes of enthusiasm, marketing
claims without a measure, analysts' verdicts, advice, an open question, a no-comment line.

220 rows (109 German, 111 English), 49 negatives (26 German, 23 English), 171 check-worthy
rows of which 15 carry no figure (11 German, 4 English), 303 expected quantities (83
counts, 75 amounts of money, 52 percentages, 33 years, 25 ordinals, 21 dates, 13
durations, 1 fraction; 2 of them in negatives), 43 checked speakers (21 German, 22
English). Sentences sharing a run of eight or more words with any file under tests/
(checked by a script that printed only this batch's sentences) were reworded before the
commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "new" marks what this batch decides):
- A row is one sentence (or one headline) and is judged alone (sixteenth and thirty-second
  batches); a Konjunktiv I paraphrase reporting a fact or a figure is check-worthy with the
  speaker its own attribution gives ("Die Transformation ... erfordere Investitionen von
  rund 1,5 Milliarden Euro bis 2030, sagte Obermeier." -> "Obermeier"). A release headline
  without a full stop ("Quillon Raises $85 Million Series B to Bring AI Agents to Hospital
  Billing", "Grünstrom-Start-up Voltaro erhält 25 Mio. Euro in Serie-A-Runde") is judged
  as a sentence and is check-worthy when it states an event (thirty-second batch).
- New: self-praise and mission lines are negatives, superlatives with no measure in them:
  "ist ein führender Anbieter von ... und steht für Innovation, Sicherheit und
  Transparenz", "Hanselog ist ein führender Anbieter ... und unterstützt Unternehmen
  dabei, ...", "Quillon is on a mission to make healthcare billing effortless ...",
  "Tessaly is trusted by the world's most innovative companies ...", "Orbit calls it "the
  most advanced smartphone we have ever made," with an "industry-leading" display.",
  "„Wir bauen die vertrauenswürdigste KI Europas“", as boasts with no measure in the
  twenty-ninth batch. A superlative that can be measured is check-worthy, as a claim of a
  measurable record (twenty-third and twenty-ninth batches): "Europas größte
  Onlineplattform für Mode und Lifestyle mit mehr als 5.000 Marken", "das umsatzstärkste
  Quartal seiner Firmengeschichte", "die größte Einzelinvestition des Unternehmens in
  Europa", "der größte Börsengang in Frankfurt seit 2021", "Australia's second-largest buy
  now, pay later provider by number of active customers", "the country's largest health
  data breach since ...", "India's sixth-largest software services exporter"; superlatives
  without a number word carry no ordinal, "second-largest" and "sixth-largest" are
  ordinals (as "drittgrößte").
- New: the "About the company" boilerplate is check-worthy when it states figures of
  record ("Über Voltaro: Voltaro wurde 2021 in Linz gegründet und betreibt heute rund 1.650
  Schnellladepunkte ...", "Über Alpencom: Alpencom steht seit 1998 für ... und versorgt
  heute mehr als 3,9 Millionen Menschen ...", "Tallyo was founded in 2016 and employs
  around 6,000 people worldwide.") and a negative when it only describes itself (the lines
  above); the label before the colon ("Über X:", "About X:") carries nothing, as a
  factbox label (thirty-fourth batch).
- New: quotes of enthusiasm, pride, gratitude and vision are negatives ("ein gewaltiger
  Vertrauensbeweis und ein Meilenstein für unser gesamtes Team", "We're incredibly proud of
  what this team has built ...", "blicken voller Zuversicht auf die kommenden Quartale",
  "We believe we're just getting started", "off the charts", "a transformational moment
  and a fantastic outcome ...", "the defining technology of our time, and we are leading
  it"), as "We are proud of our record." (the issue) and "„Das war ein starkes Quartal,
  auf das wir stolz sein können“" (twenty-third batch). A quote that states a figure as a
  fact stays check-worthy with its speaker though pride or a "Meilenstein" wraps it:
  "„Zehn Millionen Transaktionen im Monat – das ist ein echter Meilenstein für uns“, sagte
  Aigner." (count 10,000,000, "Aigner") and ""We're proud to have passed 700 million
  listeners for the first time this quarter," Holm said." (count 700,000,000, ordinal 1,
  "Holm"), as a quoted figure in the eighteenth and twenty-fifth batches; a figure used
  only as rhetoric stays a negative with it labelled (""Indian consumers have fallen in
  love with 10-minute delivery ..."" 10 minutes).
- New: the legal and service lines of a release are negatives: forward-looking-statement
  disclaimers ("Diese Mitteilung enthält zukunftsgerichtete Aussagen ...", "This press
  release contains forward-looking statements within the meaning of the Private
  Securities Litigation Reform Act of 1995." with the year 1995 labelled, a year inside a
  law's name read as written), the no-offer line ("Dieses Dokument stellt weder ein Angebot
  ... dar."), contact lines ("Rückfragehinweis: Zahlwerk GmbH, Mag. Katharina Lenz, Tel.:
  ...", "Media contact: ...") and "For more information, visit ...", as the credit lines
  and service notes of earlier batches. Telephone numbers and e-mail addresses carry no
  quantity ("+43 1 890 23 45", "+1 415 555 0199"), as "call police on 101" (twentieth).
- Other negatives, as such copy has them: a company's value statement ("„Sicherheit hat bei
  uns immer Vorrang vor allem anderen“, betonte der Konzern.", "„... oberste Priorität“,
  hieß es in einer Aussendung."), a politician's verdict in quotes ("nannte die Ankündigung
  „ein starkes Signal ...“", "sprach ... von einem „historischen Tag ...“") and a chief
  executive's ("sprach von einem „notwendigen Schritt ...“"), a company's catchword
  ("Nimbus described the investment as "a game-changer for India's digital economy"."), a
  works council head's reproach, attributed assessments without a figure ("Analysten werteten die Zahlen als
  Beleg ...", "Umweltverbände kritisieren seit Langem ...", eighteenth and twenty-fourth
  batches), the caveat "Unabhängig überprüfen lassen sich die Leistungsangaben des
  Unternehmens bislang nicht." (nineteenth), advice ("..., rät die Arbeiterkammer.",
  "Customers should be alert to scam calls ..."), an apology, an open question ("Ob das
  Umfeld für Neuemissionen bis dahin stabil bleibt, ist offen."), the no-comment line "A
  Lumenai spokesperson declined to comment." and commentary ("Investors are betting that
  ...").
- Check-worthy though it reads like PR: "has been named a Leader in the 2025 Gartner Magic
  Quadrant for Data Integration for the fifth consecutive year" (an analyst firm's ranking
  is a fact of record: year 2025, ordinal 5); guidance with figures (earlier batches) and in
  a vague range ("im mittleren einstelligen Prozentbereich" carries no quantity, as "im
  hohen einstelligen Prozentbereich", twenty-third and thirty-third). Check-worthy without
  a figure: who led a round, a board's recommendation, a listing planned, a union's
  announced protests and consultation, a regulator's procedure opened, which data were and
  were not affected, no cost to car owners, "The company said it is not aware of any
  crashes or injuries ...", a minister's statement of government work, "Sentrix's board
  intends to unanimously recommend the offer ...", a model presented, a cause of a recall.
- New: "Series B", "Series D", "Series-B-Runde", "Serie-A-Runde" carry no quantity (a
  letter names a funding stage). "eine Finanzierungsrunde über 40 Mio. Euro" is
  40,000,000 EUR with no hedge: "über" after a noun names the sum of the round, as "ein
  Aktienrückkaufprogramm über bis zu 1,5 Mrd. Franken" (twenty-first batch); it does not
  bound the figure.
- New: start-up metrics give their amount or count only: "annual recurring revenue ... to
  $40 million", "wiederkehrenden Jahresumsatz (ARR) ... auf 214 Millionen Euro",
  "annualized revenue run rate ... past $1 billion", "Jahresvertragswert von mehr als
  100.000 Euro" money; "1.5 billion monthly active users", "Monthly active users (MAUs)
  climbed to 713 million", "3,2 Millionen monatlich aktive Nutzerinnen und Nutzer" counts.
  The time word inside a metric's name is no duration, as "jährlich", "monatlich", "pro
  Jahr" (earlier batches); "ARR", "MAUs", "EBIT", "EBTDA" carry none. Valuations are money
  ("values Quillon at about $1.1 billion" "about", "bei einer Bewertung von mehr als einer
  Milliarde Euro" 1e9 EUR "over", as "eine Milliarde Euro", twenty-ninth); "has climbed
  past $1 billion" no hedge ("past", thirty-third); "roughly triple", "more than tripled",
  "more than triple", "double its headcount", "verdreifachen", "verdoppelte sich", "more
  than doubled" none (verbs, twenty-third).
- New: "Q3" is ordinal 3 and "H1" ordinal 1: abbreviations of "third quarter" and "first
  half", which are ordinals ("Third-quarter", "im ersten Halbjahr", twenty-ninth and
  thirty-third batches), not names like "G7" or "COP30". "fiscal 2026" and "the 2026
  financial year" are the year, as "fiscal 2025" (twenty-fifth); "the July-September
  quarter", "the September quarter", "the previous quarter", "the current quarter", "im
  Vorjahr", "im Jahresvergleich", "a year earlier", "last year", "this year", "next year"
  none; "in den ersten drei Quartalen" is ordinal 1 and count 3 (a quarter is no unit of
  the duration list, as "in six quarters", twenty-sixth) and "its highest in nine
  quarters" count 9; "in den ersten neun Monaten" ordinal 1 and 9 months (twenty-fifth);
  "in the three months" 3 months; "in the six weeks to Jan. 3" 6 weeks and the date; "a
  two-year high" 2 years (as "a 25-year high"); "over five years" of an investment and
  "for 10 years" of a subsidy durations with no hedge (twenty-fifth); "over the next 18
  months" 18 months; "binnen zwölf Monaten" 12 months; "erst neun Tage später" 9 days;
  "der vergangenen 60 Handelstage" count 60 (a compound noun with a unit of time inside,
  nineteenth batch).
- New: "3x" is count 3 "times" (a multiplier written with "x", as "threefold",
  "2,5-fach" and "1,000-fold", thirty-third batch); "bps" is basis points ("220 bps" 220
  bp, as "150 basis points" and "90 Basispunkte"); "₹21,940 crore" is 219,400,000,000 INR
  (the rupee sign read as "Rs"); "2.31 lakh" 231,000 (twelfth and twentieth); "715 pence
  per share" 7.15 GBP and "692p" 6.92 GBP (fourth and twenty-eighth); "412 Mio. Fr." CHF.
- New: product, model and chip names carry no quantity ("Orbit X9 Pro", "Alvio One",
  "Atlas-3", "Modelle E4 und E6", "Grafikprozessoren vom Typ H200"), nor "5G-Netz",
  "Fortune 100", "Nifty IT", "Rule 2.7" (a rule of the takeover code), "SIX", "ASX",
  "Medicare numbers", "0815 GMT", as "Falcon 9", "S&P 500", "A9" and clock times (earlier
  batches).
- Capacities and physical units are counts (fourth batch): "300 Megawatt", "1 gigawatt",
  "about 4.5 GW" (4.5 "about"), "a 200-megapixel main camera" (count 200, a figure in a
  compound, as "a 43-kilometre transit corridor", thirty-first), "70 Milliarden
  Parametern" (7e10), "bis zu 480.000 Wafer", "bis zu 1200 Pakete" ("up_to"); "pro
  Stunde", "jährlich", "a day", "a year", "every week" none; "doppelt so viele wie das
  bisherige Modell" count 2 "times" (twelfth and sixteenth).
- "davon 400 Millionen aus einer Kapitalerhöhung" after "bis zu 620 Millionen Euro" is
  400,000,000 EUR (a currency named earlier in the same sentence, fourth batch and the
  lead's note in the twenty-third); "eine Spanne von 24 bis 28 Euro", "between A$170
  million and A$180 million", "A$150 million to A$165 million", "von 10 bis 12 Prozent",
  "4%-5%" give the unit to both figures.
- "etwa dem einer Stadt mit 250.000 Einwohnern" gives count 250,000 with no hedge: "etwa"
  is parted from the figure by "dem einer Stadt mit" (sixteenth batch).
- "fast jede achte Stelle" is the fraction 1/8 (0.125) with "nearly"; "Die beiden
  Standorte" none; "Zwei Werke" count 2; "two officials said" count 2 (twenty-sixth); "a
  person familiar", "one of the people" none (an article and a pronoun).
- Hedges: "rund", "etwa", "about", "around", "roughly" "about"; "knapp", "fast", "nearly"
  "nearly"; "mehr als", "gut", "more than", "over" "over"; "bis zu", "up to" "up_to";
  "mindestens" "at_least"; "erst", "bereits", "noch", "a net", "a record", "im Schnitt",
  "insgesamt", "netto" no hedge; "plus or minus 2%" 2 % with no qualifier (tenth batch).
- Dates: a release dateline with a year ("SAN FRANCISCO, Nov. 18, 2025 /PRNewswire/ --")
  is a full date, as "on Nov. 27, 2024" (twenty-first); agency datelines with a day
  ("LONDON, Nov 4 (Reuters)", "SYDNEY, Nov 21 (AAP)") dates without a year; "Wien (OTS) -",
  "Berlin (dpa-AFX) -", "Zug (awp) -", "Zürich (sda) -", "DETROIT (AP) -" none; "am 3.
  November", "vom 8. Dezember bis zum 19. Januar" (two dates), "für den 12. Dezember", "for
  the quarter ended Sept. 30", "on Nov. 9", "starting Dec. 15", "on Nov. 28", "from Oct. 3"
  dates; "in the year ended March 2025", "bis Ende 2028", "bis Mitte 2027", "Im Jahr 2026",
  "aus den Baujahren 2022 bis 2024", "certain 2023 to 2025 ... models", "the 2025 Gartner
  Magic Quadrant" years; "ab Januar", "im Oktober", "in March", "im Sommer" none.
- Speakers, checked only in forms the earlier batches settled, and in a few decided here: a
  title before a name is dropped ("Finanzchef", "Deutschlandchefin", "Finanzvorstand",
  "Alpencom-Chef", "Silvatek-Chefin", "Cyber Security Minister", "Chief Financial
  Officer"), a phrase after the name too ("in Frankfurt"); new: "CEO", "Geschäftsführer"
  and "Technikchef" are such titles ("sagte CEO Henrik Vos", "CEO Arjun Rao told
  reporters", "sagte Geschäftsführer Florian Huemer", "sagte Technikchef Jonas Wendl"), as
  "Chief Executive", "Vorstandschef", "Generaldirektor" and "Bahnchefin"; "sagte Aigner",
  "sagte Obermeier", "sagte Brenner", "Chen said", "Menon said", "Holm said", "Marsh said",
  "Kellett told reporters" the surname as written; "wie das Unternehmen am Dienstag
  mitteilte", "teilte das Unternehmen am Montag mit", "wie der Konzern am Mittwoch
  mitteilte", "teilte das Kraftfahrt-Bundesamt mit" the source with its article in the
  nominative; "wie Alpinsoft am Montag mitteilte", "teilte Lumara am Donnerstag mit",
  "teilte Hanselog mit" the name without an article, as "wie Eurostat mitteilte" and
  "teilte Stromnetz Berlin mit"; "the company said" (also "on Tuesday", "on Wednesday",
  "in an exchange filing", as "in its prospectus"), "the bank said" with the article in
  lower case, and, new, "the insurer said" and "the retailer said" likewise (as "the
  utility", "the airport", "the auction house"); "NHTSA said" and "Orbit said" as written,
  as "Nationwide said" and "Corwen said". Left unchecked (None): "nach eigenen Angaben",
  "nach Konzernangaben", "nach Angaben aus Investorenkreisen", "nach Angaben des
  Herstellers" (a description for the company, as "nach Angaben des Spitals"), "nach
  Schätzungen des Handelsverbands HDE", "nach Berechnungen der Deutschen Energie-Agentur",
  "laut Regulierungsbehörde RTR" (a description before a name), "wie die Konsortialbanken
  mitteilten" (a plural group), "wie eine Sprecherin bestätigte", "sagte ein
  Konzernsprecher", "Corvane rechnet" (no verb of saying), "Von AWP befragte Analysten";
  "Altura said it expects", "Tunely said on Tuesday its ...", "Nimbus said the projects
  would ...", "Fashion retailer Harlow & Finch said", "Health insurer Meridian Care says",
  "The company said it is not aware ..." (a company at the head of reported speech,
  eighteenth and twenty-fourth batches), "The London-based lender ... said" (a
  description), "The Unite union said" (as "the RMT union"), "the companies said" (two
  sources), "a person familiar with the matter told Reuters", "people familiar with the
  matter said", "two officials said", "one of the people said", "co-founder Rohan Mehra
  told Reuters" (a lower-case description before the name, as "local police chief Abdul
  Karim told AFP", thirty-second), "according to LSEG data / Dealogic data / data from
  Tracxn / documents posted ... by the National Highway Traffic Safety Administration",
  "according to research firm Canalys / real estate consultancy JLL" (a description before
  a name) and all negatives.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_36 = [
    # === German =================================================================================
    # --- Fintech-Finanzierungsrunde (APA-OTS) ---------------------------------------------------
    ("de", "Wien (OTS) - Das Wiener Fintech Zahlwerk hat eine Finanzierungsrunde über 40 Mio. Euro abgeschlossen und zählt damit zu den am besten finanzierten Start-ups des Landes.", True,
     [("money", 40000000, "EUR", None)], None),
    ("de", "Angeführt wurde die Series-B-Runde vom Londoner Wagniskapitalgeber Northgate Ventures, auch die bisherigen Investoren beteiligten sich erneut.", True, [], None),
    ("de", "Nach Angaben aus Investorenkreisen wird Zahlwerk nun mit rund 260 Mio. Euro bewertet.", True,
     [("money", 260000000, "EUR", "about")], None),
    ("de", "Das 2019 gegründete Unternehmen beschäftige derzeit 140 Mitarbeitende in Wien und Berlin und wolle die Belegschaft bis Ende 2026 auf rund 250 aufstocken, sagte Finanzchef Markus Pichler.", True,
     [("year", 2019, None, None), ("count", 140, None, None), ("year", 2026, None, None), ("count", 250, None, "about")], "Markus Pichler"),
    ("de", "Die Zahlungsplattform wird nach eigenen Angaben bereits von mehr als 12.000 Händlern in sieben europäischen Ländern genutzt.", True,
     [("count", 12000, None, "over"), ("count", 7, None, None)], None),
    ("de", "„Diese Finanzierung ist ein gewaltiger Vertrauensbeweis und ein Meilenstein für unser gesamtes Team“, sagte Mitgründerin und CEO Lena Aigner.", False, [], None),
    ("de", "„Zehn Millionen Transaktionen im Monat – das ist ein echter Meilenstein für uns“, sagte Aigner.", True,
     [("count", 10000000, None, None)], "Aigner"),
    ("de", "Über Zahlwerk: Zahlwerk ist ein führender Anbieter von Zahlungslösungen für den Onlinehandel und steht für Innovation, Sicherheit und Transparenz.", False, [], None),
    ("de", "Rückfragehinweis: Zahlwerk GmbH, Mag. Katharina Lenz, Tel.: +43 1 890 23 45, presse@zahlwerk.at", False, [], None),
    # --- Stellenabbau beim Autozulieferer (dpa) -------------------------------------------------
    ("de", "Schweinfurt (dpa) - Der Autozulieferer Hagedorn streicht in Deutschland bis Ende 2028 rund 3.200 Stellen, fast jede achte Stelle im Inland.", True,
     [("year", 2028, None, None), ("count", 3200, None, "about"), ("fraction", 0.125, None, "nearly")], None),
    ("de", "Zwei Werke in Thüringen und im Saarland sollen bis Mitte 2027 geschlossen werden, wie das Unternehmen am Dienstag mitteilte.", True,
     [("count", 2, None, None), ("year", 2027, None, None)], "das Unternehmen"),
    ("de", "Weltweit beschäftigt der Konzern derzeit noch knapp 41.000 Menschen in 22 Ländern.", True,
     [("count", 41000, None, "nearly"), ("count", 22, None, None)], None),
    ("de", "Der Umsatz war in den ersten neun Monaten um 11,4 Prozent auf 6,8 Milliarden Euro gesunken.", True,
     [("ordinal", 1, None, None), ("duration", 9, "month", None), ("percent", 11.4, "%", None), ("money", 6800000000, "EUR", None)], None),
    ("de", "Die IG Metall will die Werksschließungen nicht hinnehmen und hat für Freitag Protestkundgebungen an allen Standorten angekündigt.", True, [], None),
    ("de", "„Das ist ein Schlag ins Gesicht der Beschäftigten, die den Konzern jahrzehntelang getragen haben“, sagte Betriebsratschef Uwe Rammler.", False, [], None),
    ("de", "Vorstandschef Martin Obermeier sprach von einem „notwendigen Schritt, um Hagedorn zukunftsfest aufzustellen“.", False, [], None),
    ("de", "Die Transformation hin zur Elektromobilität erfordere Investitionen von rund 1,5 Milliarden Euro bis 2030, sagte Obermeier.", True,
     [("money", 1500000000, "EUR", "about"), ("year", 2030, None, None)], "Obermeier"),
    # --- Halbjahreszahlen eines Medizintechnikkonzerns (AWP) -------------------------------------
    ("de", "Zug (awp) - Der Medizintechnikkonzern Medaxis hat im ersten Halbjahr 2025 einen Umsatz von 1,94 Mrd. Franken erzielt, ein Plus von 6,2 Prozent.", True,
     [("ordinal", 1, None, None), ("year", 2025, None, None), ("money", 1940000000, "CHF", None), ("percent", 6.2, "%", None)], None),
    ("de", "Zu konstanten Wechselkursen betrug das Wachstum 8,1 Prozent, wie das Unternehmen am Dienstag mitteilte.", True,
     [("percent", 8.1, "%", None)], "das Unternehmen"),
    ("de", "Der Kernbetriebsgewinn (EBIT) stieg auf 412 Mio. Fr., die entsprechende Marge verbesserte sich um 90 Basispunkte auf 21,2 Prozent.", True,
     [("money", 412000000, "CHF", None), ("percent", 90, "bp", None), ("percent", 21.2, "%", None)], None),
    ("de", "Von AWP befragte Analysten hatten im Schnitt mit einem Umsatz von 1,91 Mrd. Franken gerechnet.", True,
     [("money", 1910000000, "CHF", None)], None),
    ("de", "Für das Gesamtjahr bestätigt die Konzernleitung ihre Prognose eines organischen Wachstums im mittleren einstelligen Prozentbereich.", True, [], None),
    ("de", "«Wir haben ein hervorragendes Halbjahr hinter uns und sind für die Zukunft bestens aufgestellt», sagte Konzernchef Reto Baumann an einer Telefonkonferenz.", False, [], None),
    ("de", "Die Medaxis-Aktie gewann an der SIX im Vormittagshandel 4,3 Prozent auf 118,60 Franken.", True,
     [("percent", 4.3, "%", None), ("money", 118.6, "CHF", None)], None),
    ("de", "Diese Mitteilung enthält zukunftsgerichtete Aussagen, die mit bekannten und unbekannten Risiken und Unsicherheiten verbunden sind.", False, [], None),
    # --- Rechenzentren in Hessen und Brandenburg (Reuters) ----------------------------------------
    ("de", "Frankfurt (Reuters) - Der US-Cloudanbieter Corvane will bis 2029 rund 4,5 Milliarden Euro in neue Rechenzentren in Hessen und Brandenburg investieren.", True,
     [("year", 2029, None, None), ("money", 4500000000, "EUR", "about")], None),
    ("de", "Es sei die größte Einzelinvestition des Unternehmens in Europa, sagte Deutschlandchefin Claudia Brenner in Frankfurt.", True, [], "Claudia Brenner"),
    ("de", "Die beiden Standorte sollen zusammen eine Anschlussleistung von 300 Megawatt erreichen und ab 2027 schrittweise in Betrieb gehen.", True,
     [("count", 300, None, None), ("year", 2027, None, None)], None),
    ("de", "In den Rechenzentren würden unter anderem mehr als 50.000 Grafikprozessoren vom Typ H200 für das Training von KI-Modellen eingesetzt, sagte Brenner.", True,
     [("count", 50000, None, "over")], "Brenner"),
    ("de", "Corvane rechnet mit rund 600 dauerhaften Arbeitsplätzen, während der Bauphase sollen bis zu 2.000 Menschen beschäftigt werden.", True,
     [("count", 600, None, "about"), ("count", 2000, None, "up_to")], None),
    ("de", "Der Strombedarf der Anlagen entspricht nach Berechnungen der Deutschen Energie-Agentur etwa dem einer Stadt mit 250.000 Einwohnern.", True,
     [("count", 250000, None, None)], None),
    ("de", "Wirtschaftsministerin Kerstin Vogt nannte die Ankündigung „ein starkes Signal für den Standort Deutschland“.", False, [], None),
    ("de", "Umweltverbände kritisieren seit Langem den hohen Wasser- und Flächenverbrauch solcher Anlagen.", False, [], None),
    # --- Datenleck bei einem Onlinehändler (APA) --------------------------------------------------
    ("de", "Wien (APA) - Beim heimischen Onlinehändler Kaufgut sind bei einem Cyberangriff Daten von rund 1,4 Millionen Kundinnen und Kunden abgeflossen.", True,
     [("count", 1400000, None, "about")], None),
    ("de", "Betroffen seien Namen, E-Mail-Adressen und Lieferanschriften, Passwörter und Zahlungsdaten hingegen nicht, teilte das Unternehmen am Montag mit.", True, [], "das Unternehmen"),
    ("de", "Der Angriff war bereits am 3. November entdeckt worden, die Kunden wurden aber erst neun Tage später informiert.", True,
     [("date", "--11-03", None, None), ("duration", 9, "day", None)], None),
    ("de", "Die Datenschutzbehörde hat ein Verfahren eingeleitet, wie eine Sprecherin bestätigte.", True, [], None),
    ("de", "Nach der Datenschutz-Grundverordnung drohen Strafen von bis zu vier Prozent des weltweiten Jahresumsatzes.", True,
     [("percent", 4, "%", "up_to")], None),
    ("de", "Kaufgut erzielte im Vorjahr mit knapp 600 Beschäftigten einen Umsatz von 310 Millionen Euro.", True,
     [("count", 600, None, "nearly"), ("money", 310000000, "EUR", None)], None),
    ("de", "„Die Sicherheit unserer Kundinnen und Kunden hat für uns oberste Priorität“, hieß es in einer Aussendung.", False, [], None),
    ("de", "Kundinnen und Kunden sollten bei E-Mails mit Zahlungsaufforderungen derzeit besonders vorsichtig sein, rät die Arbeiterkammer.", False, [], None),
    # --- Rückruf von Elektroautos (dpa) -----------------------------------------------------------
    ("de", "Stuttgart (dpa) - Der Autobauer Brandauer ruft weltweit rund 86.000 Elektroautos wegen möglicher Probleme mit der Hochvoltbatterie zurück, wie der Konzern am Mittwoch mitteilte.", True,
     [("count", 86000, None, "about")], "der Konzern"),
    ("de", "Betroffen sind Fahrzeuge der Modelle E4 und E6 aus den Baujahren 2022 bis 2024, davon etwa 21.000 in Deutschland.", True,
     [("year", 2022, None, None), ("year", 2024, None, None), ("count", 21000, None, "about")], None),
    ("de", "In seltenen Fällen könne sich die Batterie beim Schnellladen überhitzen, teilte das Kraftfahrt-Bundesamt mit.", True, [], "das Kraftfahrt-Bundesamt"),
    ("de", "Bislang seien weltweit elf Brände bekannt, verletzt worden sei dabei niemand, sagte ein Konzernsprecher.", True,
     [("count", 11, None, None)], None),
    ("de", "Die Werkstätten spielen eine neue Software für die Batteriesteuerung auf, der Eingriff dauert nach Angaben des Herstellers etwa 90 Minuten.", True,
     [("duration", 90, "minute", "about")], None),
    ("de", "Für die Halterinnen und Halter entstehen keine Kosten.", True, [], None),
    ("de", "„Sicherheit hat bei uns immer Vorrang vor allem anderen“, betonte der Konzern.", False, [], None),
    # --- Übernahmeangebot für einen Softwareanbieter (AWP) ----------------------------------------
    ("de", "Zürich (awp) - Der US-Finanzinvestor Halcrest bietet 84 Franken je Aktie für den Schweizer Softwareanbieter Alpinsoft.", True,
     [("money", 84, "CHF", None)], None),
    ("de", "Das entspricht einer Prämie von 31 Prozent auf den durchschnittlichen Kurs der vergangenen 60 Handelstage.", True,
     [("percent", 31, "%", None), ("count", 60, None, None)], None),
    ("de", "Insgesamt bewertet die Offerte das Unternehmen mit rund 2,3 Milliarden Franken.", True,
     [("money", 2300000000, "CHF", "about")], None),
    ("de", "Der Verwaltungsrat empfiehlt den Aktionären einstimmig, das Angebot anzunehmen, wie Alpinsoft am Montag mitteilte.", True, [], "Alpinsoft"),
    ("de", "Die Angebotsfrist soll voraussichtlich vom 8. Dezember bis zum 19. Januar laufen.", True,
     [("date", "--12-08", None, None), ("date", "--01-19", None, None)], None),
    ("de", "Der Vollzug steht unter dem Vorbehalt der Zustimmung der Wettbewerbsbehörden und einer Annahmequote von mindestens 66,7 Prozent.", True,
     [("percent", 66.7, "%", "at_least")], None),
    ("de", "Die Alpinsoft-Aktie schoss an der SIX um 27 Prozent auf 82,40 Franken nach oben.", True,
     [("percent", 27, "%", None), ("money", 82.4, "CHF", None)], None),
    ("de", "«Gemeinsam mit Halcrest können wir unsere Vision noch schneller verwirklichen», sagte Alpinsoft-Chef Daniel Frei.", False, [], None),
    ("de", "Alpinsoft beschäftigt rund 1800 Mitarbeitende, davon gut 900 in der Schweiz.", True,
     [("count", 1800, None, "about"), ("count", 900, None, "over")], None),
    # --- Quartalszahlen eines Onlinemodehändlers (dpa-AFX) ----------------------------------------
    ("de", "Berlin (dpa-AFX) - Der Onlinemodehändler Lumara hat im dritten Quartal das umsatzstärkste Quartal seiner Firmengeschichte verbucht.", True,
     [("ordinal", 3, None, None)], None),
    ("de", "Der Umsatz kletterte im Jahresvergleich um 14 Prozent auf 2,1 Milliarden Euro, das bereinigte Ebit verdoppelte sich auf 96 Millionen Euro, teilte Lumara am Donnerstag mit.", True,
     [("percent", 14, "%", None), ("money", 2100000000, "EUR", None), ("money", 96000000, "EUR", None)], "Lumara"),
    ("de", "Die Zahl der aktiven Kundinnen und Kunden stieg binnen zwölf Monaten um 1,9 Millionen auf 27,4 Millionen.", True,
     [("duration", 12, "month", None), ("count", 1900000, None, None), ("count", 27400000, None, None)], None),
    ("de", "Der Marktanteil im deutschen Onlinemodehandel liegt nach Schätzungen des Handelsverbands HDE bei gut 18 Prozent.", True,
     [("percent", 18, "%", "over")], None),
    ("de", "„Unsere Kundinnen und Kunden lieben das neue Einkaufserlebnis – das zeigen die Zahlen eindrucksvoll“, sagte Vorstandschefin Mira Sander.", False, [], None),
    ("de", "Für das Gesamtjahr rechne Lumara nun mit einem Umsatzwachstum von 10 bis 12 Prozent, sagte Finanzvorstand Jan Petersen.", True,
     [("percent", 10, "%", None), ("percent", 12, "%", None)], "Jan Petersen"),
    ("de", "Lumara ist Europas größte Onlineplattform für Mode und Lifestyle mit mehr als 5.000 Marken im Sortiment.", True,
     [("count", 5000, None, "over")], None),
    ("de", "Analysten werteten die Zahlen als Beleg dafür, dass die Sparmaßnahmen greifen.", False, [], None),
    # --- Sprachmodell eines Münchner KI-Start-ups (dpa) -------------------------------------------
    ("de", "München (dpa) - Das Münchner KI-Start-up Velantis hat ein neues Sprachmodell vorgestellt, das speziell für Behörden und Banken entwickelt wurde.", True, [], None),
    ("de", "Das Modell mit 70 Milliarden Parametern soll ab Januar zunächst in 14 Sprachen verfügbar sein.", True,
     [("count", 70000000000, None, None), ("count", 14, None, None)], None),
    ("de", "In internen Tests habe es bei der Auswertung von Verwaltungsdokumenten um 23 Prozent weniger Fehler gemacht als das Vorgängermodell, sagte Technikchef Jonas Wendl.", True,
     [("percent", 23, "%", None)], "Jonas Wendl"),
    ("de", "Velantis zählt nach eigenen Angaben inzwischen 3,2 Millionen monatlich aktive Nutzerinnen und Nutzer.", True,
     [("count", 3200000, None, None)], None),
    ("de", "Erst im Sommer hatte das Start-up in einer Finanzierungsrunde 85 Millionen Euro eingesammelt, bei einer Bewertung von mehr als einer Milliarde Euro.", True,
     [("money", 85000000, "EUR", None), ("money", 1000000000, "EUR", "over")], None),
    ("de", "„Wir bauen die vertrauenswürdigste KI Europas“, sagte Gründerin und Vorstandschefin Sophie Kramer.", False, [], None),
    ("de", "Unabhängig überprüfen lassen sich die Leistungsangaben des Unternehmens bislang nicht.", False, [], None),
    ("de", "Velantis beschäftigt 210 Menschen an den Standorten München, Berlin und Paris.", True,
     [("count", 210, None, None)], None),
    # --- Kundenzahlen eines Mobilfunkers (APA) ----------------------------------------------------
    ("de", "Wien (APA) - Der Mobilfunker Alpencom hat im dritten Quartal netto 48.000 neue Vertragskunden gewonnen und zählt nun 3,9 Millionen Kundinnen und Kunden in Österreich, teilte das Unternehmen am Mittwoch mit.", True,
     [("ordinal", 3, None, None), ("count", 48000, None, None), ("count", 3900000, None, None)], "das Unternehmen"),
    ("de", "Der Marktanteil im Mobilfunk stieg damit laut Regulierungsbehörde RTR um 0,8 Prozentpunkte auf 29,6 Prozent.", True,
     [("percent", 0.8, "pp", None), ("percent", 29.6, "%", None)], None),
    ("de", "Der Umsatz erhöhte sich in den ersten drei Quartalen um 3,1 Prozent auf 1,52 Mrd. Euro.", True,
     [("ordinal", 1, None, None), ("count", 3, None, None), ("percent", 3.1, "%", None), ("money", 1520000000, "EUR", None)], None),
    ("de", "Das 5G-Netz erreicht nach Konzernangaben inzwischen 98 Prozent der Bevölkerung.", True,
     [("percent", 98, "%", None)], None),
    ("de", "Bis 2030 wolle Alpencom weitere 1,2 Milliarden Euro in den Glasfaserausbau stecken, sagte Alpencom-Chef Thomas Reisinger.", True,
     [("year", 2030, None, None), ("money", 1200000000, "EUR", None)], "Thomas Reisinger"),
    ("de", "„Wir sind stolz darauf, was unser Team in diesem Quartal geleistet hat“, sagte Reisinger.", False, [], None),
    ("de", "Über Alpencom: Alpencom steht seit 1998 für zuverlässige Kommunikation und versorgt heute mehr als 3,9 Millionen Menschen in ganz Österreich.", True,
     [("year", 1998, None, None), ("count", 3900000, None, "over")], None),
    # --- Börsengang in Frankfurt (Reuters) --------------------------------------------------------
    ("de", "Frankfurt (Reuters) - Der Heidelberger Laborausrüster Kemper Lab will noch vor Weihnachten an die Frankfurter Börse gehen.", True, [], None),
    ("de", "Die Aktien sollen in einer Spanne von 24 bis 28 Euro angeboten werden, wie die Konsortialbanken am Montag mitteilten.", True,
     [("money", 24, "EUR", None), ("money", 28, "EUR", None)], None),
    ("de", "Insgesamt will das Unternehmen bis zu 620 Millionen Euro einnehmen, davon 400 Millionen aus einer Kapitalerhöhung.", True,
     [("money", 620000000, "EUR", "up_to"), ("money", 400000000, "EUR", None)], None),
    ("de", "Am oberen Ende der Spanne käme Kemper Lab auf eine Marktkapitalisierung von rund 2,9 Milliarden Euro.", True,
     [("money", 2900000000, "EUR", "about")], None),
    ("de", "Der erste Handelstag ist für den 12. Dezember geplant.", True,
     [("ordinal", 1, None, None), ("date", "--12-12", None, None)], None),
    ("de", "Es wäre der größte Börsengang in Frankfurt seit 2021.", True,
     [("year", 2021, None, None)], None),
    ("de", "„Der Börsengang ist der logische nächste Schritt in unserer Wachstumsgeschichte“, sagte Finanzchef Stefan Albrecht.", False, [], None),
    ("de", "Ob das Umfeld für Neuemissionen bis dahin stabil bleibt, ist offen.", False, [], None),
    # --- Neue Stellen bei einem Robotikhersteller (sda) -------------------------------------------
    ("de", "Zürich (sda) - Der Zürcher Robotikhersteller Alvio will bis Ende 2026 rund 200 zusätzliche Stellen schaffen, die meisten davon am Hauptsitz in Schlieren ZH.", True,
     [("year", 2026, None, None), ("count", 200, None, "about")], None),
    ("de", "Seine Lagerroboter hat Alvio bereits an 35 Kunden in zwölf Ländern ausgeliefert, wie das Unternehmen mitteilte.", True,
     [("count", 35, None, None), ("count", 12, None, None)], "das Unternehmen"),
    ("de", "Die neue Generation Alvio One soll pro Stunde bis zu 1200 Pakete sortieren können, doppelt so viele wie das bisherige Modell.", True,
     [("count", 1200, None, "up_to"), ("count", 2, "times", None)], None),
    ("de", "«Wir sind überzeugt, dass unsere Roboter die Logistik revolutionieren werden», sagte Mitgründer Luca Steiner.", False, [], None),
    ("de", "Im vergangenen Jahr hatte Alvio einen Umsatz von 48 Mio. Franken erzielt und erstmals schwarze Zahlen geschrieben.", True,
     [("money", 48000000, "CHF", None)], None),
    # --- Quartalszahlen eines Softwareanbieters (dpa-AFX) -----------------------------------------
    ("de", "Hamburg (dpa-AFX) - Der Softwareanbieter Hanselog hat im dritten Quartal seinen wiederkehrenden Jahresumsatz (ARR) um 31 Prozent auf 214 Millionen Euro gesteigert.", True,
     [("ordinal", 3, None, None), ("percent", 31, "%", None), ("money", 214000000, "EUR", None)], None),
    ("de", "Die Zahl der Kunden mit einem Jahresvertragswert von mehr als 100.000 Euro wuchs auf 412, teilte Hanselog mit.", True,
     [("money", 100000, "EUR", "over"), ("count", 412, None, None)], "Hanselog"),
    ("de", "Die Nettoumsatzbindung lag bei 118 Prozent, sagte CEO Henrik Vos.", True,
     [("percent", 118, "%", None)], "Henrik Vos"),
    ("de", "Im Jahr 2026 will Hanselog erstmals einen positiven freien Cashflow erzielen.", True,
     [("year", 2026, None, None)], None),
    ("de", "„Wir sind begeistert von der Dynamik und blicken voller Zuversicht auf die kommenden Quartale“, sagte Vos.", False, [], None),
    ("de", "Hanselog ist ein führender Anbieter cloudbasierter Logistiksoftware und unterstützt Unternehmen dabei, ihre Lieferketten effizienter zu gestalten.", False, [], None),
    ("de", "Dieses Dokument stellt weder ein Angebot zum Verkauf noch eine Aufforderung zum Kauf von Wertpapieren dar.", False, [], None),
    # --- Grundstein für eine Chipfabrik (dpa) -----------------------------------------------------
    ("de", "Dresden (dpa) - Der Chiphersteller Silvatek hat den Grundstein für eine neue Halbleiterfabrik gelegt, in die bis 2028 rund zehn Milliarden Euro fließen sollen.", True,
     [("year", 2028, None, None), ("money", 10000000000, "EUR", "about")], None),
    ("de", "Der Bund fördert das Vorhaben mit bis zu 2,7 Milliarden Euro, die EU-Kommission hatte die Beihilfe im Oktober genehmigt.", True,
     [("money", 2700000000, "EUR", "up_to")], None),
    ("de", "In dem Werk sollen einmal rund 1.500 Menschen arbeiten und jährlich bis zu 480.000 Wafer gefertigt werden, sagte Silvatek-Chefin Anna Lorenz.", True,
     [("count", 1500, None, "about"), ("count", 480000, None, "up_to")], "Anna Lorenz"),
    ("de", "Ministerpräsident Jens Altmann sprach bei der Zeremonie von einem „historischen Tag für Sachsen und für Europa“.", False, [], None),
    ("de", "Es ist bereits die dritte Fabrik des Konzerns in der Region.", True,
     [("ordinal", 3, None, None)], None),
    ("de", "„Hier entsteht die Zukunft der europäischen Halbleiterindustrie“, sagte Lorenz.", False, [], None),
    # --- Finanzierung eines Ladenetzbetreibers (APA-OTS) ------------------------------------------
    ("de", "Grünstrom-Start-up Voltaro erhält 25 Mio. Euro in Serie-A-Runde", True,
     [("money", 25000000, "EUR", None)], None),
    ("de", "Mit dem Geld will das Linzer Unternehmen die Zahl seiner Schnellladepunkte bis Ende 2026 auf 5.000 verdreifachen, sagte Geschäftsführer Florian Huemer.", True,
     [("year", 2026, None, None), ("count", 5000, None, None)], "Florian Huemer"),
    ("de", "Über Voltaro: Voltaro wurde 2021 in Linz gegründet und betreibt heute rund 1.650 Schnellladepunkte in Österreich und Bayern.", True,
     [("year", 2021, None, None), ("count", 1650, None, "about")], None),
    # === English ================================================================================
    # --- A Series B round for a health-billing AI start-up (PR Newswire) --------------------------
    ("en", "Quillon Raises $85 Million Series B to Bring AI Agents to Hospital Billing", True,
     [("money", 85000000, "USD", None)], None),
    ("en", "SAN FRANCISCO, Nov. 18, 2025 /PRNewswire/ -- Quillon, the AI platform for healthcare revenue cycle management, today announced it has raised $85 million in Series B funding led by Redwood Peak Partners.", True,
     [("date", "2025-11-18", None, None), ("money", 85000000, "USD", None)], None),
    ("en", "The round values Quillon at about $1.1 billion, a person familiar with the matter told Reuters.", True,
     [("money", 1100000000, "USD", "about")], None),
    ("en", "Quillon's annual recurring revenue has more than tripled over the past 12 months to $40 million, the company said.", True,
     [("duration", 12, "month", None), ("money", 40000000, "USD", None)], "the company"),
    ("en", "Its software is now used by more than 300 hospitals across 28 U.S. states, processing over $9 billion in claims a year.", True,
     [("count", 300, None, "over"), ("count", 28, None, None), ("money", 9000000000, "USD", "over")], None),
    ("en", "\"We're incredibly proud of what this team has built, and this investment is a powerful validation of our vision,\" said Maya Chen, co-founder and CEO of Quillon.", False, [], None),
    ("en", "The company plans to double its headcount to about 400 by the end of next year, Chen said.", True,
     [("count", 400, None, "about")], "Chen"),
    ("en", "About Quillon: Quillon is on a mission to make healthcare billing effortless, transparent and fair for every patient.", False, [], None),
    ("en", "This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995.", False,
     [("year", 1995, None, None)], None),
    ("en", "Media contact: Dana Ruiz, press@quillon.ai, +1 415 555 0199", False, [], None),
    # --- Cloud results and AI spending (Reuters) --------------------------------------------------
    ("en", "SEATTLE, Oct 29 (Reuters) - Altura's cloud revenue jumped 34% in the third quarter, beating Wall Street estimates, as demand for artificial intelligence services kept its data centers running at full capacity.", True,
     [("date", "--10-29", None, None), ("percent", 34, "%", None), ("ordinal", 3, None, None)], None),
    ("en", "The company posted revenue of $71.6 billion for the quarter ended Sept. 30, compared with analysts' average estimate of $70.2 billion, according to LSEG data.", True,
     [("money", 71600000000, "USD", None), ("date", "--09-30", None, None), ("money", 70200000000, "USD", None)], None),
    ("en", "Capital expenditures rose to a record $24.3 billion, most of it spent on servers and data centers for AI workloads, the company said.", True,
     [("money", 24300000000, "USD", None)], "the company"),
    ("en", "Altura said it expects capital spending of roughly $100 billion in fiscal 2026.", True,
     [("money", 100000000000, "USD", "about"), ("year", 2026, None, None)], None),
    ("en", "Shares rose 6% in extended trading, adding about $190 billion to its market value.", True,
     [("percent", 6, "%", None), ("money", 190000000000, "USD", "about")], None),
    ("en", "\"AI is the defining technology of our time, and we are leading it,\" Chief Executive Ravi Menon said on a call with analysts.", False, [], None),
    ("en", "The company now has more than 1.5 billion monthly active users across its consumer apps, Menon said.", True,
     [("count", 1500000000, None, "over")], "Menon"),
    # --- Job cuts at a digital bank (Reuters) -----------------------------------------------------
    ("en", "LONDON, Nov 4 (Reuters) - British digital bank Tallyo will cut about 600 jobs, or roughly 10% of its workforce, as it shifts customer service work to AI tools, the company said on Tuesday.", True,
     [("date", "--11-04", None, None), ("count", 600, None, "about"), ("percent", 10, "%", "about")], "the company"),
    ("en", "The London-based lender, which has 5.2 million customers in the UK, said most of the affected roles were in Glasgow and Manchester.", True,
     [("count", 5200000, None, None)], None),
    ("en", "Tallyo reported a pre-tax profit of £138m in H1, up from £41m a year earlier, the bank said.", True,
     [("money", 138000000, "GBP", None), ("ordinal", 1, None, None), ("money", 41000000, "GBP", None)], "the bank"),
    ("en", "It was valued at $4.5bn in a funding round last year.", True,
     [("money", 4500000000, "USD", None)], None),
    ("en", "The Unite union said it would consult members about possible industrial action.", True, [], None),
    ("en", "\"These decisions are never easy, and we are committed to supporting every colleague affected with care and respect,\" a spokesperson said.", False, [], None),
    ("en", "Tallyo was founded in 2016 and employs around 6,000 people worldwide.", True,
     [("year", 2016, None, None), ("count", 6000, None, "about")], None),
    # --- An Indian IT firm's quarter (Reuters) ----------------------------------------------------
    ("en", "BENGALURU, Oct 16 (Reuters) - Kaveri Infotech, India's sixth-largest software services exporter, posted a 9.2% rise in second-quarter profit on Thursday, helped by large deal wins in Europe.", True,
     [("date", "--10-16", None, None), ("ordinal", 6, None, None), ("percent", 9.2, "%", None), ("ordinal", 2, None, None)], None),
    ("en", "Consolidated net profit rose to Rs 3,412 crore in the July-September quarter from Rs 3,125 crore a year earlier.", True,
     [("money", 34120000000, "INR", None), ("money", 31250000000, "INR", None)], None),
    ("en", "Revenue from operations grew 6.8% to ₹21,940 crore, the company said in an exchange filing.", True,
     [("percent", 6.8, "%", None), ("money", 219400000000, "INR", None)], "the company"),
    ("en", "Total contract value of deals signed in the quarter stood at $2.9 billion, its highest in nine quarters.", True,
     [("money", 2900000000, "USD", None), ("count", 9, None, None)], None),
    ("en", "Kaveri hired a net 4,250 people in the three months, lifting its total workforce to 2.31 lakh, CEO Arjun Rao told reporters.", True,
     [("count", 4250, None, None), ("duration", 3, "month", None), ("count", 231000, None, None)], "Arjun Rao"),
    ("en", "Attrition eased to 12.9% from 13.4% in the previous quarter.", True,
     [("percent", 12.9, "%", None), ("percent", 13.4, "%", None)], None),
    ("en", "\"Our AI-first strategy is resonating strongly with clients across every vertical,\" Rao said.", False, [], None),
    ("en", "The company narrowed its revenue growth forecast for fiscal 2026 to 4%-5% in constant currency terms, Chief Financial Officer Priya Nair said.", True,
     [("year", 2026, None, None), ("percent", 4, "%", None), ("percent", 5, "%", None)], "Priya Nair"),
    ("en", "Shares of Kaveri closed 1.7% higher ahead of the results, outperforming the Nifty IT index.", True,
     [("percent", 1.7, "%", None)], None),
    # --- A health insurer's data breach (AAP) -----------------------------------------------------
    ("en", "SYDNEY, Nov 21 (AAP) - Health insurer Meridian Care says personal information of up to 2.8 million current and former customers may have been stolen in a cyberattack.", True,
     [("date", "--11-21", None, None), ("count", 2800000, None, "up_to")], None),
    ("en", "The stolen data includes names, dates of birth, Medicare numbers and, for about 410,000 customers, health claims information.", True,
     [("count", 410000, None, "about")], None),
    ("en", "Unusual activity on its network was detected on Nov. 9 and the Office of the Australian Information Commissioner has been notified, the insurer said.", True,
     [("date", "--11-09", None, None)], "the insurer"),
    ("en", "Shares in Meridian Care fell 7.4% to A$3.12 on the ASX.", True,
     [("percent", 7.4, "%", None), ("money", 3.12, "AUD", None)], None),
    ("en", "Cyber Security Minister Claire Donnelly said the government was working closely with the company and the Australian Federal Police.", True, [], "Claire Donnelly"),
    ("en", "\"We sincerely apologise to our customers for the distress this may cause,\" chief executive Helen Park said.", False, [], None),
    ("en", "Customers should be alert to scam calls, emails and text messages claiming to be from the insurer.", False, [], None),
    ("en", "It is the country's largest health data breach since the Medibank hack in 2022, which affected 9.7 million people.", True,
     [("year", 2022, None, None), ("count", 9700000, None, None)], None),
    # --- An SUV recall (AP) -----------------------------------------------------------------------
    ("en", "DETROIT (AP) - Carmaker Stellan Motors is recalling nearly 240,000 SUVs in the U.S. because the rearview camera image can freeze, increasing the risk of a crash.", True,
     [("count", 240000, None, "nearly")], None),
    ("en", "The recall covers certain 2023 to 2025 Trailmaster and Summit models, according to documents posted Monday by the National Highway Traffic Safety Administration.", True,
     [("year", 2023, None, None), ("year", 2025, None, None)], None),
    ("en", "Dealers will update the software free of charge, and owners will be notified by letter starting Dec. 15, NHTSA said.", True,
     [("date", "--12-15", None, None)], "NHTSA"),
    ("en", "The company said it is not aware of any crashes or injuries related to the problem.", True, [], None),
    ("en", "It is Stellan's third recall this year involving camera software.", True,
     [("ordinal", 3, None, None)], None),
    # --- A take-private in London (Reuters) -------------------------------------------------------
    ("en", "LONDON, Dec 2 (Reuters) - U.S. private equity firm Barrowgate has agreed to buy British cybersecurity firm Sentrix for about £2.4 billion, the companies said in a joint Rule 2.7 announcement on Tuesday.", True,
     [("date", "--12-02", None, None), ("money", 2400000000, "GBP", "about")], None),
    ("en", "Barrowgate will pay 715 pence per share in cash, a premium of 38% to Sentrix's closing price on Nov. 28, the last day before the offer period began.", True,
     [("money", 7.15, "GBP", None), ("percent", 38, "%", None), ("date", "--11-28", None, None)], None),
    ("en", "Sentrix's board intends to unanimously recommend the offer to shareholders.", True, [], None),
    ("en", "Shares in Sentrix jumped 33% to 692p by 0815 GMT, valuing the company at £2.3bn.", True,
     [("percent", 33, "%", None), ("money", 6.92, "GBP", None), ("money", 2300000000, "GBP", None)], None),
    ("en", "The deal is the fourth take-private of a London-listed tech company this year, according to Dealogic data.", True,
     [("ordinal", 4, None, None)], None),
    ("en", "\"This is a transformational moment and a fantastic outcome for all our stakeholders,\" Sentrix Chief Executive Oliver Grant said.", False, [], None),
    ("en", "The acquisition is expected to complete in the second quarter of 2026, subject to regulatory and shareholder approvals.", True,
     [("ordinal", 2, None, None), ("year", 2026, None, None)], None),
    # --- AI data centres in India (Reuters) -------------------------------------------------------
    ("en", "MUMBAI, Nov 26 (Reuters) - U.S. tech group Nimbus Compute will invest $15 billion over five years to build AI data centres in India, its largest investment in Asia, the company said on Wednesday.", True,
     [("date", "--11-26", None, None), ("money", 15000000000, "USD", None), ("duration", 5, "year", None)], "the company"),
    ("en", "The first campus, near Visakhapatnam in Andhra Pradesh, will have a capacity of 1 gigawatt when fully built, the company said.", True,
     [("ordinal", 1, None, None), ("count", 1, None, None)], "the company"),
    ("en", "India's data centre capacity is expected to more than triple to about 4.5 GW by 2030, according to real estate consultancy JLL.", True,
     [("count", 4.5, None, "about"), ("year", 2030, None, None)], None),
    ("en", "The state government has offered discounted land and a 25% subsidy on electricity costs for 10 years, two officials said.", True,
     [("percent", 25, "%", None), ("duration", 10, "year", None), ("count", 2, None, None)], None),
    ("en", "\"India is going to be at the very heart of the global AI revolution,\" Nimbus President Laura Bishop told reporters in New Delhi.", False, [], None),
    ("en", "Nimbus said the projects would create about 12,000 direct and indirect jobs.", True,
     [("count", 12000, None, "about")], None),
    ("en", "Nimbus described the investment as \"a game-changer for India's digital economy\".", False, [], None),
    # --- A smartphone launch (AP) -----------------------------------------------------------------
    ("en", "Smartphone maker Orbit unveiled its new flagship, the Orbit X9 Pro, on Tuesday, with prices starting at $999 in the U.S. and £949 in Britain.", True,
     [("money", 999, "USD", None), ("money", 949, "GBP", None)], None),
    ("en", "The phone offers up to 36 hours of battery life and a 200-megapixel main camera, the company said.", True,
     [("duration", 36, "hour", "up_to"), ("count", 200, None, None)], "the company"),
    ("en", "Orbit calls it \"the most advanced smartphone we have ever made,\" with an \"industry-leading\" display.", False, [], None),
    ("en", "Pre-orders open on Friday and devices ship from Oct. 3 in 38 markets, Orbit said.", True,
     [("date", "--10-03", None, None), ("count", 38, None, None)], "Orbit"),
    ("en", "Orbit shipped 14.2 million smartphones in the second quarter, giving it a 5.1% share of the global market, according to research firm Canalys.", True,
     [("count", 14200000, None, None), ("ordinal", 2, None, None), ("percent", 5.1, "%", None)], None),
    ("en", "It ranks fifth worldwide behind Samsung, Apple, Xiaomi and vivo.", True,
     [("ordinal", 5, None, None)], None),
    ("en", "\"This is simply the best phone on the market, full stop,\" product chief Nadia Voss said at the launch event.", False, [], None),
    # --- Subscribers at a streaming service (Reuters) ---------------------------------------------
    ("en", "Music streaming service Tunely said on Tuesday its paid subscribers rose 12% to 276 million in Q3, topping estimates.", True,
     [("percent", 12, "%", None), ("count", 276000000, None, None), ("ordinal", 3, None, None)], None),
    ("en", "Monthly active users (MAUs) climbed to 713 million, from 640 million a year earlier, the company said.", True,
     [("count", 713000000, None, None), ("count", 640000000, None, None)], "the company"),
    ("en", "Tunely expects fourth-quarter revenue of 4.8 billion euros and an operating profit of 620 million euros.", True,
     [("ordinal", 4, None, None), ("money", 4800000000, "EUR", None), ("money", 620000000, "EUR", None)], None),
    ("en", "Gross margin improved by 150 basis points to 32.4%.", True,
     [("percent", 150, "bp", None), ("percent", 32.4, "%", None)], None),
    ("en", "The company raised prices in more than 100 markets last year.", True,
     [("count", 100, None, "over")], None),
    ("en", "\"We believe we're just getting started,\" Chief Executive Erik Holm said in a statement.", False, [], None),
    ("en", "\"We're proud to have passed 700 million listeners for the first time this quarter,\" Holm said.", True,
     [("count", 700000000, None, None), ("ordinal", 1, None, None)], "Holm"),
    # --- A quick-commerce unicorn (Reuters) -------------------------------------------------------
    ("en", "NEW DELHI, Dec 9 (Reuters) - Indian quick-commerce startup Zippi has raised $120 million in a Series D funding round led by Singapore's GIC, valuing the company at $1.6 billion.", True,
     [("date", "--12-09", None, None), ("money", 120000000, "USD", None), ("money", 1600000000, "USD", None)], None),
    ("en", "The deal makes Zippi India's fourth new unicorn this year, according to data from Tracxn.", True,
     [("ordinal", 4, None, None)], None),
    ("en", "The Bengaluru-based firm, founded in 2021, operates about 450 dark stores across 30 cities and says it fulfils over 900,000 orders a day.", True,
     [("year", 2021, None, None), ("count", 450, None, "about"), ("count", 30, None, None), ("count", 900000, None, "over")], None),
    ("en", "Its losses narrowed to Rs 890 crore in the year ended March 2025 from Rs 1,340 crore a year earlier.", True,
     [("money", 8900000000, "INR", None), ("year", 2025, None, None), ("money", 13400000000, "INR", None)], None),
    ("en", "Zippi plans to use the funds to open 300 more stores and to prepare for a stock market listing in 2027, co-founder Rohan Mehra told Reuters.", True,
     [("count", 300, None, None), ("year", 2027, None, None)], None),
    ("en", "\"Indian consumers have fallen in love with 10-minute delivery, and we're only scratching the surface,\" Mehra said.", False,
     [("duration", 10, "minute", None)], None),
    # --- Buy now, pay later guidance (AAP) --------------------------------------------------------
    ("en", "MELBOURNE, Oct 28 (AAP) - Buy now, pay later provider Paywise has lifted its full-year earnings guidance after total transaction value hit a record A$4.1 billion in the September quarter.", True,
     [("date", "--10-28", None, None), ("money", 4100000000, "AUD", None)], None),
    ("en", "The ASX-listed company now expects cash EBTDA of between A$170 million and A$180 million for the 2026 financial year, up from A$150 million to A$165 million previously.", True,
     [("money", 170000000, "AUD", None), ("money", 180000000, "AUD", None), ("year", 2026, None, None), ("money", 150000000, "AUD", None), ("money", 165000000, "AUD", None)], None),
    ("en", "Active customers rose 9% to 6.3 million, while the number of merchants on its platform grew to 96,000, the company said.", True,
     [("percent", 9, "%", None), ("count", 6300000, None, None), ("count", 96000, None, None)], "the company"),
    ("en", "Bad debts fell to 0.9% of transaction value, from 1.2% a year earlier.", True,
     [("percent", 0.9, "%", None), ("percent", 1.2, "%", None)], None),
    ("en", "Shares surged 18% to a two-year high of A$3.65 by midday.", True,
     [("percent", 18, "%", None), ("duration", 2, "year", None), ("money", 3.65, "AUD", None)], None),
    ("en", "\"It's been an outstanding quarter and we are incredibly excited about the momentum in our business,\" managing director Sam Kellett said.", False, [], None),
    ("en", "Paywise will hire 250 engineers in Sydney and Melbourne over the next 18 months, Kellett told reporters.", True,
     [("count", 250, None, None), ("duration", 18, "month", None)], "Kellett"),
    ("en", "Paywise is Australia's second-largest buy now, pay later provider by number of active customers.", True,
     [("ordinal", 2, None, None)], None),
    # --- A retailer's Christmas trading (PA) ------------------------------------------------------
    ("en", "Fashion retailer Harlow & Finch said like-for-like sales rose 4.6% in the six weeks to Jan. 3, calling it \"our best Christmas ever\".", True,
     [("percent", 4.6, "%", None), ("duration", 6, "week", None), ("date", "--01-03", None, None)], None),
    ("en", "Online sales grew 11% and now account for 38% of total revenue, the retailer said.", True,
     [("percent", 11, "%", None), ("percent", 38, "%", None)], "the retailer"),
    ("en", "The retailer expects full-year pre-tax profit of about £185m, at the top end of analysts' forecasts.", True,
     [("money", 185000000, "GBP", "about")], None),
    ("en", "\"Our customers have responded brilliantly to our ranges,\" Chief Executive Fiona Marsh said.", False, [], None),
    ("en", "It plans to open 12 new stores and refit 40 more in the coming financial year, creating around 900 jobs, Marsh said.", True,
     [("count", 12, None, None), ("count", 40, None, None), ("count", 900, None, "about")], "Marsh"),
    ("en", "Shares in Harlow & Finch rose 5% in early trading.", True,
     [("percent", 5, "%", None)], None),
    # --- A chip designer's guidance (Reuters) -----------------------------------------------------
    ("en", "SANTA CLARA, Calif., Nov 19 (Reuters) - Chip designer Corelink forecast fourth-quarter revenue above Wall Street expectations on Wednesday, as cloud providers snapped up its networking chips for AI clusters.", True,
     [("date", "--11-19", None, None), ("ordinal", 4, None, None)], None),
    ("en", "Data center revenue grew 3x from a year earlier to $5.6 billion, while gross margin expanded 220 bps to 61.5%.", True,
     [("count", 3, "times", None), ("money", 5600000000, "USD", None), ("percent", 220, "bp", None), ("percent", 61.5, "%", None)], None),
    ("en", "The company expects revenue of $7.4 billion, plus or minus 2%, for the current quarter.", True,
     [("money", 7400000000, "USD", None), ("percent", 2, "%", None)], None),
    ("en", "Corelink also announced a $10 billion share buyback.", True,
     [("money", 10000000000, "USD", None)], None),
    ("en", "\"Demand for accelerated computing is off the charts,\" Chief Executive Tom Reyes said on a conference call.", False, [], None),
    ("en", "Its shares, which have more than doubled this year, rose 4% after the bell.", True,
     [("percent", 4, "%", None)], None),
    # --- An analyst ranking in a press release (Business Wire) ------------------------------------
    ("en", "Data platform Tessaly has been named a Leader in the 2025 Gartner Magic Quadrant for Data Integration for the fifth consecutive year.", True,
     [("year", 2025, None, None), ("ordinal", 5, None, None)], None),
    ("en", "Tessaly is trusted by the world's most innovative companies to unlock the full value of their data.", False, [], None),
    ("en", "Tessaly counts more than 4,000 customers, including 60% of the Fortune 100.", True,
     [("count", 4000, None, "over"), ("percent", 60, "%", None)], None),
    ("en", "For more information, visit www.tessaly.com.", False, [], None),
    # --- An AI lab's new funding talks (Reuters) --------------------------------------------------
    ("en", "SAN FRANCISCO, Dec 4 (Reuters) - Artificial intelligence startup Lumenai is in talks to raise about $2 billion at a valuation of $30 billion, people familiar with the matter said.", True,
     [("date", "--12-04", None, None), ("money", 2000000000, "USD", "about"), ("money", 30000000000, "USD", None)], None),
    ("en", "That would roughly triple its valuation from its last round in March, when investors valued it at $10.5 billion.", True,
     [("money", 10500000000, "USD", None)], None),
    ("en", "Lumenai's annualized revenue run rate has climbed past $1 billion, one of the people said.", True,
     [("money", 1000000000, "USD", None)], None),
    ("en", "A Lumenai spokesperson declined to comment.", False, [], None),
    ("en", "The company, founded in 2022 by former researchers at Google DeepMind, has about 700 employees.", True,
     [("year", 2022, None, None), ("count", 700, None, "about")], None),
    ("en", "Its flagship model, Atlas-3, is used by more than 20 million people every week.", True,
     [("count", 20000000, None, "over")], None),
    ("en", "Investors are betting that Lumenai can become a serious challenger to established AI labs.", False, [], None),
]
