"""Thirty-fourth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, companies and figures are made up
or used only as sample data (real names such as "Donald Trump", "John Thune", "Pat Cummins",
"Usman Khawaja", "Wopke Hoekstra", "Martin Schlegel", "Sanjay Malhotra", and real agencies,
institutes, places and companies stand for the way wire copy writes them; "Kessler
Automotive", "Ashcombe Group", "Basketly", their executives, the portrayed skier, the new
audit-office president and the residents quoted are invented, and so is what anybody says
and much of what is counted).

Its weight: LONG-FORM AND BACKGROUND COPY - explainers, analyses, profiles, features,
factboxes and weekend pieces (German "Hintergrund", "Analyse", "Porträt", "Fragen und
Antworten", "Reportage", "Überblick"; English explainer, analysis, factbox, profile,
feature, Q&A), where the check-worthy facts sit inside long sentences beside colour,
opinion and interpretation: relative clauses carrying figures ("..., die seit 2019 mehr als
40 Prozent an Wert verloren hat und ...", "Ashcombe, which employs about 23,000 people in 31
countries, ..."), appositions with ages and offices ("Claudia Wernig, 54, die ...", "Rehm,
57, der ...", "Mike Dunbar, 61,", "The 51-year-old, born in Chennai ..."), parentheses
("(VDV)", "(2025: 502,5 Milliarden Euro)", "($670 million)"), lists separated by semicolons,
historical background with years, full dates and durations ("Vor 36 Jahren, am 9. November
1989, ...", "1761 unter Maria Theresia", "a law that dates back to 1884"), comparisons ("so
wenige wie seit 1975 nicht mehr", "so wenig wie seit ... Januar 2015 nicht mehr", "the most
since records began in 1989", "the first in four years", "mehr als doppelt so viele wie",
"more than twice the rate of 1993-2002"), factbox bullet fragments ("* Population: about
56,000, ...", "- Ausgaben: 524,5 Milliarden Euro ..."), Q&A headings ("Was ist passiert?",
"Worum geht es?", "Wie geht es weiter?", "What happens next?", "Who would be eligible?").
Half German (dpa, APA, Keystone-SDA, AWP, German services of Reuters and AFP; Austrian
"Jänner", Swiss "ss", "innert", "130'000", «» quotes, German „“ quotes), half English
(Reuters, AP, AFP, PA, AAP; US, UK, Australian and Indian usage: "A$", "Rs ... crore",
"6am", "lollies", "kilometres"). 14 German pieces: the debt brake (Hintergrund), a
car supplier's crisis (Analyse), the dearer Deutschlandticket (Fragen und Antworten), the
new Rechnungshof president (Porträt), a shrinking town in Lusatia (Reportage), Swiss
neutrality before a vote (Hintergrund), Vienna's council housing (Analyse), the war in
Ukraine (Hintergrund), a skier's first World Cup win (Porträt), bird flu (Fragen und
Antworten), the strong franc (Analyse), long-term care (Hintergrund), a budget factbox
(Überblick) and the fall of the Berlin Wall (Hintergrund). 14 English pieces: the U.S.
government shutdown (explainer), Greenland (factbox), a new chief executive (profile),
England's housing shortfall (analysis), an Ohio village after its car plant closed
(feature), cocoa and chocolate prices (explainer), the rupee's slide (Q&A), a 33-year-old
Test debutant (profile), the EU's 2040 climate target (explainer), Melbourne's last milk
bars (weekend feature), OPEC+ (analysis), the assisted dying bill (explainer), the WMO
climate report (factbox) and a founder before her company's listing (profile). Negatives
as such copy has them: the writer's interpretation and colour, scene-setting, headings,
factbox lead-ins, Q&A headings and rhetorical questions, quotes of feeling or opinion,
characterisations, attributed verdicts, and outlooks without a source.

236 rows (119 German, 117 English), 47 negatives (24 German, 23 English), 189 check-worthy
rows of which 11 carry no figure (6 German, 5 English), 440 expected quantities (117
counts, 103 years, 56 percentages, 55 amounts of money, 51 durations, 27 ordinals, 17
dates, 14 fractions; 5 of them in negatives), 29 checked speakers (12 German, 17 English).
33 rows run to 30 words or more (the longest 45). Sentences sharing a run of eight or more
words with any file under tests/ (checked by a script that printed only this batch's
sentences) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run:
- A row is one sentence and is judged alone (sixteenth batch). A sentence that mixes the
  writer's colour or interpretation with a verifiable figure or fact in a relative clause,
  an apposition or a parenthesis is check-worthy, since the fact in it is what an editor
  checks: "Die Aktie ..., die seit 2019 mehr als 40 Prozent an Wert verloren hat ..., ist
  für viele Anleger zum Sinnbild einer Branche geworden, ...", "Claudia Wernig, 54, die
  ... mit 112 von 183 Stimmen ... gewählt wurde, gilt ... als penible Prüferin ...", "Es
  ist der dritte Sparplan binnen fünf Jahren – und der bislang härteste.", "The parking lot
  that once held 4,500 cars ... is mostly empty now, a sea of cracked asphalt ...", "Few
  cricketers have waited longer ... at the age of 33 after 94 first-class matches.", and
  the residents portrayed with their age, their years in a place and their past work
  (Renate Kühn, Mike Dunbar, Con Dimitriou). Colour, scene-setting and interpretation with
  no such fact are negatives ("Wer an einem Dienstagmorgen durch die Neustadt ... läuft,
  hört vor allem eines: nichts.", "On a cold Tuesday in November, ...", "Im Zielraum lagen
  sich Mutter und Tochter minutenlang in den Armen, ...", "There is something stubborn and
  lovely about a place ...", "Für viele, die damals dabei waren, fühlt sich jene Nacht ...
  wie ein Wunder an.", "Ein Ende des Krieges ist ... nicht in Sicht.").
- Q&A headings are negatives in both languages ("Was hat sich geändert?", "Was ändert sich
  für Abonnenten?", "Wie geht es weiter?", "Worum geht es?", "Was hat der Westen bisher
  geliefert?", "Was ist passiert?", "What is a shutdown?", "What happens next?", "Why did
  prices surge?", "Why is the rupee weakening?", "What did they agree?", "Who would be
  eligible?"), as rhetorical questions in every earlier batch; a question with a figure
  keeps it labelled ("Könnte die Pflegeversicherung schon bis 2030 zahlungsunfähig
  werden?" year 2030), as "Reichen 50 Milliarden Euro ...?" (fourteenth batch).
- Section headings are negatives ("Porträt: Die Prüferin, die keine Angst vor Ministern
  hat", "Porträt: Die Unbeirrbare aus dem Lesachtal", "Fragen und Antworten: Was das
  teurere Deutschlandticket für Pendler bedeutet"), as "Analyse: Warum ..." (third batch);
  so is a factbox lead-in that only announces what follows and ends in a colon ("Die
  wichtigsten Zahlen zum Bundeshaushalt 2026 im Überblick:" with its year labelled, "Here
  are some key facts about the island:", "Here are the main findings of its annual
  report:").
- Factbox bullets are check-worthy rows: each states a figure of record, as a headline
  with a fact ("Lufthansa: Gewinn bricht um ein Drittel ein", fourth batch); the bullet
  marker ("* ", "- ") and the label before the colon carry nothing; "(2025: 502,5
  Milliarden Euro)" is year 2025 and the amount.
- Decades carry no quantity ("in the late 1970s", "In 1950s Melbourne", "in the 1970s and
  1980s", "in the 1980s", "at its peak in the late 1980s"), as "In den 1980er-Jahren" in
  the second batch.
- Comparisons with the past give the year or the duration written ("so wenige wie seit
  1975 nicht mehr", "so wenig wie seit der Aufhebung des Mindestkurses im Januar 2015 nicht
  mehr", "so schnell ... wie seit 2021 nicht mehr", "the most since records began in 1989",
  "its weakest annual performance since 2020", "the largest in more than 60 years" 60 years
  "over"), as in the eleventh, seventeenth, eighteenth and twenty-third batches; "so viel(e)
  wie nie zuvor", "a record", "der höchste seit Bestehen der Versicherung" carry none.
- "Das Durchschnittsalter liegt bei 53,4 Jahren" is 53.4 years (an average age is an age,
  as "im Schnitt zwölfeinhalb Jahre", thirtieth batch) and "gut neun Jahre über dem
  Bundesschnitt" 9 years "over".
- "des 9-Euro-Tickets" is 9 EUR: a figure inside a compound name is read as written, as
  "Zwei-Prozent-Ziel" (percent 2) and "10-Millionen-Schweiz" (twenty-ninth batch).
- "Zweidrittelmehrheit" 0.6667 (seventeenth batch); "Vier von fünf von ihnen" 0.8 (a
  proportion without an article, twenty-seventh); "112 von 183 Stimmen" two counts, as "31
  von 36 Stimmen" (seventeenth); "mit 133 zu 59 Stimmen bei 3 Enthaltungen" and "by 314
  votes to 291" counts (a tally); "two of the 179 members" counts 2 and 179 (a definite
  group, as "five of the nine").
- "Mutter von zwei Kindern", "jüngste von vier Geschwistern", "zwei Kinder großgezogen",
  "durch zwei Weltkriege", "with two suitcases", "across three shifts" counts; "a
  two-bedroom flat", "the 27-country bloc", "its own 31-seat assembly" counts, as "the
  two-storey home" (thirtieth batch); "einen nach dem anderen", "als Letzte" none.
- Exchange rates are money in the priced currency (fourteenth and thirty-first batches):
  "Ein Euro kostete ... 0,9315 Franken" 0.9315 CHF, "1,20 Franken je Euro" 1.2 CHF, "fell
  past 90 per U.S. dollar" and "from 83 per dollar" INR ("past" is no hedge).
- "about 4.3 billion Danish crowns ($670 million)" is 4.3e9 DKK "about" and 6.7e8 USD with
  no hedge (no hedge word stands before the converted figure), as "3 billion yuan ($420
  million)"; new: "2,800 CFA francs per kg" is 2800 XOF (the ISO 4217 code of the West
  African CFA franc); "1,184 pence" 11.84 GBP; "A$1.35 million" AUD; "Rs 4,200 crore"
  4.2e10 INR.
- "8.3 times average annual earnings" is count 8.3 "times" with "about" and "3.6 times"
  count 3.6 "times" (a multiple, as "zehnfach höher"); "more than twice the rate of
  1993-2002" count 2 "times" "over" and two years (as "more than double"); "more than
  tripled", "more than doubled" none (verbs, twenty-third batch).
- Cricket: "first-class matches/runs" carry no ordinal (the name of a grade of cricket);
  "19 centuries" is count 19 (hundreds scored, no span of time), "at an average of 44.2"
  count 44.2 with no hedge, "the 470th man" ordinal 470, "at the age of 33" 33 years
  (twelfth batch), "94 first-class matches" count 94.
- "The deal also delays by one year, to 2028, ..." is 1 year (a number word with its unit;
  "a year" alone stays none) and year 2028.
- Physical measures are counts (fourth batch): "rose more than 1.5C" 1.5 "over", "1.55C",
  "0.13C", "423.9 parts per million", "4.7 mm a year", "the upper 2,000 metres", "up to 3
  km thick" 3 "up_to", "2.16 million square kilometres", "rund 155 Kilometer", "die 1,3
  Kilometer lange East Side Gallery", "about 40 litres", "200 grams", "nearly 500,000
  tonnes", "barrels per day"; "the 1850-1900 average" two years.
- Durations: "Vor 36 Jahren" 36 years (as "Vor 80 Jahren", twelfth batch), "vor zwei
  Jahren", "two years ago" 2 years; "28 Jahre lang", "acht Jahre lang", "for 47 years",
  "for 53 years", "after nine years in the job", "after 14 months of debate", "its 162-year
  history", "the program's 61-year history", "175 years of observations" durations;
  "binnen drei/fünf/acht/zehn Jahren", "innert drei Jahren", "within four years" durations
  (thirty-first batch); "zwischen sechs Monaten und zwei Jahren" two durations; "in the 12
  months to June 2023" 12 months and the year; "by mid-2025" the year (as "since
  mid-2022"); "the average two-year fixed mortgage rate" 2 years (as "10-year Treasury");
  "in the year to October/March", "in a decade", "a day", "an hour", "im Monat", "pro
  Jahr", "jährlich", "last month" none.
- Ordinals: "its 34th day", "the second-longest", "Donald Trump's first term", "the first
  woman", "for the first time", "the first in four years" (ordinal 1 and 4 years), "in the
  first quarter of 2026", "im ersten Jahr", "im ersten Wahlgang", "erst die zweite Frau",
  "zum zweiten Mal", "im vierten Stock", "nie besser als Fünfte", "ihr 41. Weltcupstart",
  "die sechste Senkung in Folge", "its third reading", "for the eighth year in a row", "Das
  19. Sanktionspaket".
- Hedges: "höchstens" "at_most" (first batch); "a record above $12,000" "over" ("above"
  before a figure, as "Above" in the thirtieth batch); "less than six months", "in less
  than two years", "in under 10 minutes", "weniger als die Hälfte" (0.5), "fewer than 300"
  "under"; "for at least 12 months", "mindestens 140" "at_least"; "Up to five percentage
  points", "up to $6.1 billion", "up to 10%" "up_to"; "an estimated", "Some", "roughly",
  "around", "etwa eine halbe Million" (500,000) "about"; "Just 221,000", "nur noch 11
  Prozent", "only 85%", "Only three", "a net $17 billion", "insgesamt", "jeweils", "im
  Schnitt" no hedge; "knapp über dem Maastricht-Grenzwert" gives 62.5 no qualifier (the
  hedge stands before a noun, sixteenth batch).
- "auf 0 Prozent" is percent 0.
- Check-worthy without a figure: "Zehntausende Arbeitsplätze" (a vague magnitude, as
  "Hunderttausende"), what an initiative demands, a denial ("Russland bestreitet, ..."), the
  authorities' statement on food safety, a coach's claim of a measurable record ("so viel
  trainiert wie nie zuvor", twenty-seventh batch), a central bank's stated readiness, a
  scheduled vote, a team change, the next step of a law, a
  bill under consideration, a governor's stated policy ("has said", unchecked).
- Negatives besides colour and headings: quotes of feeling or opinion with a named or
  unnamed speaker (an economist, a chief executive's self-reproach with its "zwanzig
  Jahre" labelled, the new audit president, a resident, a campaign spokesman, the
  engineering lobby's director, the care council's president, a former colleague, a
  laid-off worker, a builder with his "1.5 million" labelled, a debutant, a shopkeeper, an
  OPEC+ delegate, a bill's sponsor, a founder's anecdote with its "three hours" labelled);
  characterisations ("Wer sie ... kennt, beschreibt sie als hartnäckig ...", "Colleagues
  describe her as blunt ..."); an attributed verdict ("Critics say the credits amount to
  outsourcing ..."); open questions and outlooks without a source ("Ob die Reform ... wird
  sich erst in einigen Jahren zeigen.", "... is anyone's guess.", "... is far from
  certain.", "... a gamble whose outcome nobody can predict.").
- Speakers, checked only in forms the earlier batches settled: a title before a name is
  dropped ("Vorstandschef", "ÖSV-Cheftrainer", "SNB-Präsident", "Senate Majority Leader",
  "Mayor", "captain", "EU Climate Commissioner"); "X told reporters" gives X; "said Kunal
  Mehta, chief economist at ..." the name; "Nach Angaben des Finanzministeriums", "nach
  Angaben der EU-Kommission", "wie das Unternehmen / das Bundesamt für Zoll und
  Grenzsicherheit / der Verband der Ersatzkassen mitteilte", "teilte die Parlamentsdirektion
  / die Stadtverwaltung mit", "so die Agrarmarkt Informations-Gesellschaft" the source with
  its article in the nominative; "laut UNHCR" as written; "according to the Bipartisan
  Policy Center / the Office for National Statistics / the Bureau of Labor Statistics /
  the International Cocoa Organization / the European Environment Agency", "the commerce
  ministry said", "the ONS said last month", "the Energy Information Administration said",
  "the World Meteorological Organization said on Thursday", "the company said" (also "said
  in its prospectus", as "said in a statement") with the article in lower case; "according
  to Domain" as written. Left unchecked (None): "Nach Angaben des Verbands Deutscher
  Verkehrsunternehmen (VDV)" and "Nach Angaben des Friedrich-Loeffler-Instituts (FLI)" (an
  abbreviation in brackets after the name, a form no batch settled), "so die Stiftung
  Berliner Mauer" (a capitalised adjective inside the name), "teilte Wiener Wohnen mit",
  "wie die Stadt mitteilte" (a description for the body named before, as "so die Stadt"),
  "laut Mietspiegel der Arbeiterkammer" (a document), "nach Schätzungen westlicher
  Militäranalysten", "nach UN-Schätzungen", "nach einer Schätzung der Bundesagentur für
  Arbeit", "nach Angaben der Behörden", "rechnet", "schätzt ... ein", "sagte ein Sprecher
  des Initiativkomitees", "the FAA said on Friday it would" (inside a coordinated clause),
  "the Congressional Budget Office later calculated", "estimates", "has estimated", "has
  said", "census figures show", "data ... showed", "according to depository data /
  company filings / a stock exchange filing", "according to brokerage Bernstein" and
  "according to cricket statistician Ian Moffat" (a description before a name), "Analysts
  polled by Reuters", "Economists at Nomura estimate", "Builders say ..., according to
  Moneyfacts" (two attributions), "he said", "he says", "sagt sie" and all negatives.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_34 = [
    # === German =================================================================================
    # --- Hintergrund: Die Schuldenbremse (dpa) ------------------------------------------------
    ("de", "Berlin (dpa) - Die Schuldenbremse, die 2009 mit Zweidrittelmehrheit ins Grundgesetz geschrieben wurde und seit 2016 für den Bund voll gilt, erlaubt eine strukturelle Neuverschuldung von höchstens 0,35 Prozent der Wirtschaftsleistung.", True,
     [("year", 2009, None, None), ("fraction", 0.6667, None, None), ("year", 2016, None, None), ("percent", 0.35, "%", "at_most")], None),
    ("de", "Eingeführt wurde sie nach der Finanzkrise, als die Staatsschulden binnen drei Jahren von gut 63 auf mehr als 80 Prozent des BIP gestiegen waren.", True,
     [("duration", 3, "year", None), ("percent", 63, "%", "over"), ("percent", 80, "%", "over")], None),
    ("de", "Was hat sich geändert?", False, [], None),
    ("de", "Im März 2025 lockerten Bundestag und Bundesrat die Regel: Verteidigungsausgaben, die ein Prozent des BIP übersteigen, sind seither ausgenommen; zudem wurde ein Sondervermögen von 500 Milliarden Euro für die Infrastruktur geschaffen, das eine Laufzeit von zwölf Jahren hat.", True,
     [("year", 2025, None, None), ("percent", 1, "%", None), ("money", 500000000000, "EUR", None), ("duration", 12, "year", None)], None),
    ("de", "Die Länder dürfen seither zusammen Kredite in Höhe von 0,35 Prozent des BIP aufnehmen, was derzeit rund 15 Milliarden Euro im Jahr entspricht.", True,
     [("percent", 0.35, "%", None), ("money", 15000000000, "EUR", "about")], None),
    ("de", "Nach Angaben des Finanzministeriums summierten sich die Schulden des Bundes Ende 2024 auf rund 1,7 Billionen Euro; 2019 waren es noch knapp 1,3 Billionen Euro gewesen.", True,
     [("year", 2024, None, None), ("money", 1700000000000, "EUR", "about"), ("year", 2019, None, None), ("money", 1300000000000, "EUR", "nearly")], "das Finanzministerium"),
    ("de", "Zum Vergleich: Frankreich kam zuletzt auf eine Schuldenquote von 113 Prozent, Italien auf 135 Prozent; Deutschland lag mit 62,5 Prozent knapp über dem Maastricht-Grenzwert von 60 Prozent.", True,
     [("percent", 113, "%", None), ("percent", 135, "%", None), ("percent", 62.5, "%", None), ("percent", 60, "%", None)], None),
    ("de", "„Wer heute nicht in Brücken und Schulen investiert, hinterlässt seinen Kindern einen noch größeren Schuldenberg“, sagte der Ökonom Lukas Brenner.", False, [], None),
    ("de", "Ob die Reform das Wachstum tatsächlich ankurbelt, wird sich erst in einigen Jahren zeigen.", False, [], None),
    # --- Analyse: Ein Zulieferer im Umbruch (Reuters) -----------------------------------------
    ("de", "Frankfurt (Reuters) - Die Aktie des Zulieferers Kessler Automotive, die seit 2019 mehr als 40 Prozent an Wert verloren hat und im MDax inzwischen zu den Schlusslichtern zählt, ist für viele Anleger zum Sinnbild einer Branche geworden, die den Wandel zur Elektromobilität lange unterschätzt hat.", True,
     [("year", 2019, None, None), ("percent", 40, "%", "over")], None),
    ("de", "Der Konzern mit Sitz in Schweinfurt beschäftigt weltweit rund 48.000 Menschen, davon knapp ein Drittel in Deutschland.", True,
     [("count", 48000, None, "about"), ("fraction", 0.3333, None, "nearly")], None),
    ("de", "Bis Ende 2030 sollen hierzulande 7.500 Stellen wegfallen, wie das Unternehmen im Oktober mitteilte.", True,
     [("year", 2030, None, None), ("count", 7500, None, None)], "das Unternehmen"),
    ("de", "Es ist der dritte Sparplan binnen fünf Jahren – und der bislang härteste.", True,
     [("ordinal", 3, None, None), ("duration", 5, "year", None)], None),
    ("de", "Allein im dritten Quartal schrieb Kessler einen operativen Verlust von 212 Millionen Euro, nach einem Gewinn von 95 Millionen Euro ein Jahr zuvor.", True,
     [("ordinal", 3, None, None), ("money", 212000000, "EUR", None), ("money", 95000000, "EUR", None)], None),
    ("de", "Bis 2028 sollen die Kosten um 1,2 Milliarden Euro jährlich sinken, sagte Vorstandschef Markus Rehm am Dienstag.", True,
     [("year", 2028, None, None), ("money", 1200000000, "EUR", None)], "Markus Rehm"),
    ("de", "Rehm, 57, der das Unternehmen seit Januar 2022 führt, kündigte zudem den Verkauf der Sparte für Bremssysteme an.", True,
     [("duration", 57, "year", None), ("year", 2022, None, None)], None),
    ("de", "In China, wo der Konzern 2019 noch fast ein Viertel seines Umsatzes erzielte, sind es heute nur noch 11 Prozent.", True,
     [("year", 2019, None, None), ("fraction", 0.25, None, "nearly"), ("percent", 11, "%", None)], None),
    ("de", "Die deutsche Autoindustrie produzierte 2024 im Inland rund 4,1 Millionen Pkw, so wenige wie seit 1975 nicht mehr, sieht man von den Pandemiejahren ab.", True,
     [("year", 2024, None, None), ("count", 4100000, None, "about"), ("year", 1975, None, None)], None),
    ("de", "Noch 2016 waren es knapp 5,8 Millionen Fahrzeuge gewesen.", True,
     [("year", 2016, None, None), ("count", 5800000, None, "nearly")], None),
    ("de", "„Wir haben zu lange geglaubt, dass uns der Verbrenner noch zwanzig Jahre trägt“, sagte Rehm.", False,
     [("duration", 20, "year", None)], None),
    # --- Fragen und Antworten: Deutschlandticket (dpa) ----------------------------------------
    ("de", "Fragen und Antworten: Was das teurere Deutschlandticket für Pendler bedeutet", False, [], None),
    ("de", "Berlin (dpa) - Das Deutschlandticket wird zum zweiten Mal teurer: Ab dem 1. Januar 2026 kostet das Abo 63 Euro im Monat statt bisher 58 Euro.", True,
     [("ordinal", 2, None, None), ("date", "2026-01-01", None, None), ("money", 63, "EUR", None), ("money", 58, "EUR", None)], None),
    ("de", "Was ändert sich für Abonnenten?", False, [], None),
    ("de", "Nach Angaben des Verbands Deutscher Verkehrsunternehmen (VDV) hatten im Herbst rund 14,5 Millionen Menschen ein Abo, etwa 1,5 Millionen mehr als ein Jahr zuvor.", True,
     [("count", 14500000, None, "about"), ("count", 1500000, None, "about")], None),
    ("de", "Eingeführt wurde das Ticket im Mai 2023 zum Preis von 49 Euro, als Nachfolger des 9-Euro-Tickets aus dem Sommer 2022.", True,
     [("year", 2023, None, None), ("money", 49, "EUR", None), ("money", 9, "EUR", None), ("year", 2022, None, None)], None),
    ("de", "Seit der Einführung ist der Preis damit um 14 Euro oder knapp 29 Prozent gestiegen.", True,
     [("money", 14, "EUR", None), ("percent", 29, "%", "nearly")], None),
    ("de", "Bund und Länder schießen jeweils 1,5 Milliarden Euro pro Jahr zu; die Verkehrsunternehmen beziffern ihre Einnahmeausfälle aber auf mehr als 4 Milliarden Euro.", True,
     [("money", 1500000000, "EUR", None), ("money", 4000000000, "EUR", "over")], None),
    ("de", "Wie geht es weiter?", False, [], None),
    ("de", "Ab 2027 soll der Preis nach einem Index steigen, der Personal- und Energiekosten abbildet; darauf einigten sich die Verkehrsminister der Länder im September.", True,
     [("year", 2027, None, None)], None),
    # --- Porträt: Die neue Rechnungshofpräsidentin (APA) --------------------------------------
    ("de", "Porträt: Die Prüferin, die keine Angst vor Ministern hat", False, [], None),
    ("de", "Wien (APA) - Claudia Wernig, 54, die am Mittwoch vom Nationalrat mit 112 von 183 Stimmen zur Präsidentin des Rechnungshofs gewählt wurde, gilt selbst bei politischen Gegnern als penible Prüferin mit wenig Sinn für Diplomatie.", True,
     [("duration", 54, "year", None), ("count", 112, None, None), ("count", 183, None, None)], None),
    ("de", "Die gebürtige Kärntnerin ist erst die zweite Frau an der Spitze der Behörde, die 1761 unter Maria Theresia als Hofrechenkammer gegründet wurde.", True,
     [("ordinal", 2, None, None), ("year", 1761, None, None)], None),
    ("de", "Ihre Amtszeit beträgt zwölf Jahre, eine Wiederwahl ist nicht möglich.", True,
     [("duration", 12, "year", None)], None),
    ("de", "Zuvor leitete sie acht Jahre lang die Finanzabteilung des Landes Kärnten; davor war sie bei der Oesterreichischen Nationalbank tätig.", True,
     [("duration", 8, "year", None)], None),
    ("de", "Wernig, Mutter von zwei Kindern, hat in Graz Volkswirtschaft studiert und 2003 promoviert.", True,
     [("count", 2, None, None), ("year", 2003, None, None)], None),
    ("de", "„Ich werde niemandem nach dem Mund reden“, sagte Wernig nach der Wahl.", False, [], None),
    ("de", "Wer sie aus ihrer Zeit in Klagenfurt kennt, beschreibt sie als hartnäckig, detailversessen und erstaunlich humorvoll.", False, [], None),
    ("de", "Der Rechnungshof prüft jährlich rund 100 Stellen; 2024 legte er dem Nationalrat 87 Berichte vor.", True,
     [("count", 100, None, "about"), ("year", 2024, None, None), ("count", 87, None, None)], None),
    ("de", "Die Opposition hatte eine eigene Kandidatin nominiert, die im ersten Wahlgang 64 Stimmen erhielt, teilte die Parlamentsdirektion mit.", True,
     [("ordinal", 1, None, None), ("count", 64, None, None)], "die Parlamentsdirektion"),
    # --- Reportage: Eine Stadt schrumpft (dpa) ------------------------------------------------
    ("de", "Hoyerswerda (dpa) - Wer an einem Dienstagmorgen durch die Neustadt von Hoyerswerda läuft, hört vor allem eines: nichts.", False, [], None),
    ("de", "Wo 1981 noch mehr als 71.000 Menschen lebten, sind es heute knapp 31.000 – weniger als die Hälfte.", True,
     [("year", 1981, None, None), ("count", 71000, None, "over"), ("count", 31000, None, "nearly"), ("fraction", 0.5, None, "under")], None),
    ("de", "Seit 1990 hat die Stadt rund 8.000 Plattenbauwohnungen abreißen lassen, ganze Straßenzüge sind heute Wiese.", True,
     [("year", 1990, None, None), ("count", 8000, None, "about")], None),
    ("de", "Das Durchschnittsalter liegt bei 53,4 Jahren, gut neun Jahre über dem Bundesschnitt.", True,
     [("duration", 53.4, "year", None), ("duration", 9, "year", "over")], None),
    ("de", "Renate Kühn, 78, wohnt seit 1972 im selben Block im vierten Stock, hat dort zwei Kinder großgezogen, ihren Mann begraben und ihre Nachbarn einen nach dem anderen wegziehen sehen, bis sie im vergangenen Winter als Letzte im Aufgang übrig blieb.", True,
     [("duration", 78, "year", None), ("year", 1972, None, None), ("ordinal", 4, None, None), ("count", 2, None, None)], None),
    ("de", "„Früher war hier Leben, heute zählt man abends die erleuchteten Fenster“, sagt sie.", False, [], None),
    ("de", "Das Gaskombinat Schwarze Pumpe, in dem zu DDR-Zeiten rund 15.000 Menschen arbeiteten, hatte die Stadt einst groß gemacht.", True,
     [("count", 15000, None, "about")], None),
    ("de", "Nach der Wende gingen binnen weniger Jahre Zehntausende Arbeitsplätze in der Region verloren.", True, [], None),
    ("de", "Die Arbeitslosenquote im Landkreis Bautzen lag im Oktober bei 5,9 Prozent; 1997 waren es mehr als 20 Prozent gewesen.", True,
     [("percent", 5.9, "%", None), ("year", 1997, None, None), ("percent", 20, "%", "over")], None),
    ("de", "Inzwischen siedeln sich wieder Firmen an: Ein Batteriezulieferer will bis 2027 etwa 400 Arbeitsplätze schaffen, teilte die Stadtverwaltung mit.", True,
     [("year", 2027, None, None), ("count", 400, None, "about")], "die Stadtverwaltung"),
    # --- Hintergrund: Neutralität (Keystone-SDA) ----------------------------------------------
    ("de", "Bern (Keystone-SDA) - Die Neutralität der Schweiz, die am Wiener Kongress 1815 von den Grossmächten anerkannt wurde und das Land durch zwei Weltkriege begleitet hat, steht erneut im Zentrum einer Volksabstimmung, die Befürworter wie Gegner als Richtungsentscheid bezeichnen.", True,
     [("year", 1815, None, None), ("count", 2, None, None)], None),
    ("de", "Worum geht es?", False, [], None),
    ("de", "Die sogenannte Neutralitätsinitiative will die «immerwährende bewaffnete Neutralität» in der Bundesverfassung festschreiben und Sanktionen gegen kriegführende Staaten weitgehend verbieten.", True, [], None),
    ("de", "Die Initianten hatten im April 2024 rund 130'000 gültige Unterschriften eingereicht; nötig sind 100'000.", True,
     [("year", 2024, None, None), ("count", 130000, None, "about"), ("count", 100000, None, None)], None),
    ("de", "Bundesrat und Parlament lehnen die Initiative ab, der Nationalrat mit 133 zu 59 Stimmen bei 3 Enthaltungen.", True,
     [("count", 133, None, None), ("count", 59, None, None), ("count", 3, None, None)], None),
    ("de", "Dem Völkerbund trat die Schweiz schon 1920 bei, der Uno aber erst 2002, nachdem 54,6 Prozent der Stimmenden Ja gesagt hatten.", True,
     [("year", 1920, None, None), ("year", 2002, None, None), ("percent", 54.6, "%", None)], None),
    ("de", "Seit dem russischen Angriff auf die Ukraine im Februar 2022 hat die Schweiz die EU-Sanktionen weitgehend übernommen, was ihr in Moskau den Status eines «unfreundlichen Staates» eingetragen hat.", True,
     [("year", 2022, None, None)], None),
    ("de", "Im Falle eines Ja müsste das Parlament die Verfassungsänderung innert drei Jahren umsetzen.", True,
     [("duration", 3, "year", None)], None),
    ("de", "«Neutralität ist kein Feigenblatt, sondern ein Versprechen», sagte ein Sprecher des Initiativkomitees.", False, [], None),
    ("de", "In der jüngsten Umfrage von gfs.bern sprachen sich 46 Prozent für die Initiative aus, 49 Prozent dagegen.", True,
     [("percent", 46, "%", None), ("percent", 49, "%", None)], None),
    # --- Analyse: Wohnen in Wien (APA) --------------------------------------------------------
    ("de", "Wien (APA) - Rund 220.000 Gemeindewohnungen, in denen etwa eine halbe Million Menschen leben, machen die Stadt Wien zur größten kommunalen Hausverwalterin Europas.", True,
     [("count", 220000, None, "about"), ("count", 500000, None, "about")], None),
    ("de", "Den Grundstein legte das „Rote Wien“ ab 1923 mit einer Wohnbausteuer, aus der binnen zehn Jahren mehr als 60.000 Wohnungen finanziert wurden.", True,
     [("year", 1923, None, None), ("duration", 10, "year", None), ("count", 60000, None, "over")], None),
    ("de", "Trotzdem sind die Mieten am privaten Markt seit 2015 um knapp 45 Prozent gestiegen, deutlich stärker als die Verbraucherpreise, die im selben Zeitraum um 38 Prozent zulegten.", True,
     [("year", 2015, None, None), ("percent", 45, "%", "nearly"), ("percent", 38, "%", None)], None),
    ("de", "Eine Neubauwohnung kostet laut Mietspiegel der Arbeiterkammer im Schnitt 13,80 Euro pro Quadratmeter inklusive Betriebskosten.", True,
     [("money", 13.8, "EUR", None)], None),
    ("de", "Mehr als 60 Prozent der Wienerinnen und Wiener leben in einer geförderten oder kommunalen Wohnung, wie die Stadt mitteilte.", True,
     [("percent", 60, "%", "over")], None),
    ("de", "Die Stadt will bis 2030 weitere 5.500 Gemeindewohnungen errichten; seit 2015 sind rund 1.400 fertig geworden.", True,
     [("year", 2030, None, None), ("count", 5500, None, None), ("year", 2015, None, None), ("count", 1400, None, "about")], None),
    ("de", "Die Wartezeit auf eine Gemeindewohnung beträgt derzeit zwischen sechs Monaten und zwei Jahren, teilte Wiener Wohnen mit.", True,
     [("duration", 6, "month", None), ("duration", 2, "year", None)], None),
    # --- Hintergrund: Krieg in der Ukraine (APA/AFP) ------------------------------------------
    ("de", "Wien/Kiew (APA/AFP) - Seit dem Beginn der russischen Großinvasion am 24. Februar 2022 sind fast vier Jahre vergangen, in denen sich die Front im Osten nur um wenige Kilometer verschoben hat.", True,
     [("date", "2022-02-24", None, None), ("duration", 4, "year", "nearly")], None),
    ("de", "Russland kontrolliert nach Schätzungen westlicher Militäranalysten knapp ein Fünftel des ukrainischen Staatsgebiets, einschließlich der 2014 annektierten Krim.", True,
     [("fraction", 0.2, None, "nearly"), ("year", 2014, None, None)], None),
    ("de", "Die Vereinten Nationen haben seit Kriegsbeginn mehr als 14.000 getötete Zivilisten verifiziert, darunter über 700 Kinder; die tatsächlichen Zahlen dürften deutlich höher liegen.", True,
     [("count", 14000, None, "over"), ("count", 700, None, "over")], None),
    ("de", "Rund 6,9 Millionen Ukrainerinnen und Ukrainer sind laut UNHCR als Flüchtlinge in Europa registriert, gut 4,3 Millionen davon genießen vorübergehenden Schutz in der EU.", True,
     [("count", 6900000, None, "about"), ("count", 4300000, None, "over")], "UNHCR"),
    ("de", "Vor dem Krieg zählte die Ukraine rund 41 Millionen Einwohner; heute leben nach UN-Schätzungen noch etwa 33 Millionen Menschen in den von Kiew kontrollierten Gebieten.", True,
     [("count", 41000000, None, "about"), ("count", 33000000, None, "about")], None),
    ("de", "Die bislang längste direkte Verhandlungsrunde, die im März 2022 in Istanbul stattfand, endete nach gut drei Stunden ohne Ergebnis.", True,
     [("year", 2022, None, None), ("duration", 3, "hour", "over")], None),
    ("de", "Was hat der Westen bisher geliefert?", False, [], None),
    ("de", "Die EU und ihre Mitgliedstaaten haben nach Angaben der EU-Kommission seit 2022 insgesamt rund 177 Milliarden Euro an Hilfe bereitgestellt, davon etwa 63 Milliarden Euro an Militärhilfe.", True,
     [("year", 2022, None, None), ("money", 177000000000, "EUR", "about"), ("money", 63000000000, "EUR", "about")], "die EU-Kommission"),
    ("de", "Das 19. Sanktionspaket der EU, das im Oktober verabschiedet wurde, sieht unter anderem ein Importverbot für russisches Flüssiggas ab Jänner 2027 vor.", True,
     [("ordinal", 19, None, None), ("year", 2027, None, None)], None),
    ("de", "Russland bestreitet, gezielt zivile Infrastruktur anzugreifen.", True, [], None),
    ("de", "Ein Ende des Krieges ist trotz aller diplomatischen Bemühungen nicht in Sicht.", False, [], None),
    # --- Porträt: Eine Skirennläuferin (APA) --------------------------------------------------
    ("de", "Porträt: Die Unbeirrbare aus dem Lesachtal", False, [], None),
    ("de", "Kötschach-Mauthen (APA) - Lena Pichler, die am Sonntag am Semmering zum ersten Mal ein Weltcuprennen gewonnen hat, stand vor zwei Jahren nach einem Kreuzbandriss kurz vor dem Karriereende.", True,
     [("ordinal", 1, None, None), ("duration", 2, "year", None)], None),
    ("de", "Die 24-Jährige, Tochter eines Bergbauern und jüngste von vier Geschwistern, gewann den Riesentorlauf mit einem Polster von 0,38 Sekunden vor Nadine Kälin aus der Schweiz.", True,
     [("duration", 24, "year", None), ("count", 4, None, None), ("duration", 0.38, "second", None)], None),
    ("de", "Es war ihr 41. Weltcupstart; zuvor war sie nie besser als Fünfte gewesen.", True,
     [("ordinal", 41, None, None), ("ordinal", 5, None, None)], None),
    ("de", "Pichler ist nach Carina Moser, die 1996 in Sölden gewann, erst die zweite Kärntnerin mit einem Weltcupsieg im Riesentorlauf.", True,
     [("year", 1996, None, None), ("ordinal", 2, None, None)], None),
    ("de", "Österreichs Damen hatten zuletzt im Dezember 2022 einen Riesentorlauf gewonnen, seither gingen 19 Rennen dieser Disziplin an andere Nationen.", True,
     [("year", 2022, None, None), ("count", 19, None, None)], None),
    ("de", "Pichler habe im vergangenen Sommer so viel trainiert wie nie zuvor, sagte ÖSV-Cheftrainer Thomas Gruber.", True, [], "Thomas Gruber"),
    ("de", "Im Zielraum lagen sich Mutter und Tochter minutenlang in den Armen, während die mitgereisten Fans aus dem Gailtal Kuhglocken läuteten.", False, [], None),
    # --- Fragen und Antworten: Vogelgrippe (dpa) ----------------------------------------------
    ("de", "Hamburg (dpa) - Die Vogelgrippe breitet sich in Deutschland so schnell aus wie seit 2021 nicht mehr: Seit September wurden mehr als 120 Ausbrüche in Geflügelbetrieben gemeldet.", True,
     [("year", 2021, None, None), ("count", 120, None, "over")], None),
    ("de", "Was ist passiert?", False, [], None),
    ("de", "Nach Angaben des Friedrich-Loeffler-Instituts (FLI) mussten bislang rund 1,2 Millionen Tiere getötet werden, vor allem Legehennen, Puten und Gänse.", True,
     [("count", 1200000, None, "about")], None),
    ("de", "Besonders betroffen ist Niedersachsen, das mit gut 80 Millionen Tieren bundesweit die meisten Hühner hält; dort sind seit Oktober 46 Betriebe gesperrt worden.", True,
     [("count", 80000000, None, "over"), ("count", 46, None, None)], None),
    ("de", "Das Risiko für die Bevölkerung schätzt das FLI weiterhin als gering ein; weltweit sind seit 2003 knapp 1.000 Infektionen bei Menschen dokumentiert, etwa die Hälfte davon verlief tödlich.", True,
     [("year", 2003, None, None), ("count", 1000, None, "nearly"), ("fraction", 0.5, None, "about")], None),
    ("de", "Zehn Eier der Güteklasse M kosteten im November im Schnitt 3,29 Euro, gut 20 Prozent mehr als ein Jahr zuvor, so die Agrarmarkt Informations-Gesellschaft.", True,
     [("count", 10, None, None), ("money", 3.29, "EUR", None), ("percent", 20, "%", "over")], "die Agrarmarkt Informations-Gesellschaft"),
    ("de", "Durchgegartes Geflügel und Eier können nach Angaben der Behörden ohne Bedenken verzehrt werden.", True, [], None),
    # --- Analyse: Der starke Franken (AWP) ----------------------------------------------------
    ("de", "Zürich (AWP) - Der Franken, der seit Jahresbeginn zum Euro gut 3 Prozent zugelegt hat, bereitet der Exportindustrie zunehmend Kopfzerbrechen.", True,
     [("percent", 3, "%", "over")], None),
    ("de", "Ein Euro kostete am Freitag zeitweise 0,9315 Franken, so wenig wie seit der Aufhebung des Mindestkurses im Januar 2015 nicht mehr.", True,
     [("money", 0.9315, "CHF", None), ("year", 2015, None, None)], None),
    ("de", "Damals hatte die Schweizerische Nationalbank (SNB) die Untergrenze von 1,20 Franken je Euro, die sie im September 2011 eingeführt hatte, überraschend aufgegeben.", True,
     [("money", 1.2, "CHF", None), ("year", 2011, None, None)], None),
    ("de", "Die SNB hat ihren Leitzins im Juni auf 0 Prozent gesenkt; es war die sechste Senkung in Folge.", True,
     [("percent", 0, "%", None), ("ordinal", 6, None, None)], None),
    ("de", "Die Uhrenexporte brachen im dritten Quartal um 8,4 Prozent ein; in die USA, wo seit August Zölle von 39 Prozent gelten, sogar um 23 Prozent.", True,
     [("ordinal", 3, None, None), ("percent", 8.4, "%", None), ("percent", 39, "%", None), ("percent", 23, "%", None)], None),
    ("de", "Die Exporte in die EU, die gut die Hälfte aller Ausfuhren ausmachen, sanken im selben Zeitraum um 2,1 Prozent, wie das Bundesamt für Zoll und Grenzsicherheit mitteilte.", True,
     [("fraction", 0.5, None, "over"), ("percent", 2.1, "%", None)], "das Bundesamt für Zoll und Grenzsicherheit"),
    ("de", "Die Nationalbank sei bereit, bei Bedarf am Devisenmarkt einzugreifen, sagte SNB-Präsident Martin Schlegel am Donnerstag in Bern.", True, [], "Martin Schlegel"),
    ("de", "«Die Stimmung in den Betrieben ist so schlecht wie lange nicht mehr», sagte Swissmem-Direktor Urs Zbinden.", False, [], None),
    # --- Hintergrund: Pflege (dpa) ------------------------------------------------------------
    ("de", "Berlin (dpa) - In Deutschland sind derzeit rund 5,7 Millionen Menschen pflegebedürftig, mehr als doppelt so viele wie bei der Einführung der Pflegeversicherung 1995.", True,
     [("count", 5700000, None, "about"), ("count", 2, "times", "over"), ("year", 1995, None, None)], None),
    ("de", "Vier von fünf von ihnen werden zu Hause versorgt, meist von Angehörigen.", True,
     [("fraction", 0.8, None, None)], None),
    ("de", "Das Statistische Bundesamt rechnet bis 2055 mit einem Anstieg auf 7,6 Millionen.", True,
     [("year", 2055, None, None), ("count", 7600000, None, None)], None),
    ("de", "Gleichzeitig fehlen nach einer Schätzung der Bundesagentur für Arbeit schon heute etwa 115.000 Pflegekräfte.", True,
     [("count", 115000, None, "about")], None),
    ("de", "Der Beitragssatz, der seit Januar 2025 bei 3,6 Prozent liegt, ist der höchste seit Bestehen der Versicherung.", True,
     [("year", 2025, None, None), ("percent", 3.6, "%", None)], None),
    ("de", "Ein Platz im Pflegeheim kostet Bewohner im ersten Jahr im Schnitt 3.108 Euro im Monat aus eigener Tasche, wie der Verband der Ersatzkassen mitteilte.", True,
     [("ordinal", 1, None, None), ("money", 3108, "EUR", None)], "der Verband der Ersatzkassen"),
    ("de", "2017 waren es noch 1.772 Euro gewesen – ein Anstieg um 75 Prozent binnen acht Jahren.", True,
     [("year", 2017, None, None), ("money", 1772, "EUR", None), ("percent", 75, "%", None), ("duration", 8, "year", None)], None),
    ("de", "„Wir steuern auf eine Versorgungslücke zu, die sich mit Geld allein nicht schließen lässt“, warnte die Präsidentin des Pflegerats, Sabine Hartung.", False, [], None),
    ("de", "Könnte die Pflegeversicherung schon bis 2030 zahlungsunfähig werden?", False,
     [("year", 2030, None, None)], None),
    # --- Überblick: Bundeshaushalt (dpa) ------------------------------------------------------
    ("de", "Die wichtigsten Zahlen zum Bundeshaushalt 2026 im Überblick:", False,
     [("year", 2026, None, None)], None),
    ("de", "- Ausgaben: 524,5 Milliarden Euro (2025: 502,5 Milliarden Euro)", True,
     [("money", 524500000000, "EUR", None), ("year", 2025, None, None), ("money", 502500000000, "EUR", None)], None),
    ("de", "- Neue Kredite im Kernhaushalt: 89,9 Milliarden Euro", True,
     [("money", 89900000000, "EUR", None)], None),
    ("de", "- Investitionen einschließlich Sondervermögen: rund 126,7 Milliarden Euro, so viel wie nie zuvor", True,
     [("money", 126700000000, "EUR", "about")], None),
    ("de", "- Größter Einzelposten: Arbeit und Soziales mit 197,3 Milliarden Euro", True,
     [("money", 197300000000, "EUR", None)], None),
    # --- Hintergrund: Der Mauerfall (dpa) -----------------------------------------------------
    ("de", "Berlin (dpa) - Vor 36 Jahren, am 9. November 1989, fiel die Mauer, die Berlin 28 Jahre lang geteilt hatte.", True,
     [("duration", 36, "year", None), ("date", "1989-11-09", None, None), ("duration", 28, "year", None)], None),
    ("de", "Mit dem Bau der Grenzanlagen war am 13. August 1961 begonnen worden; sie waren rund 155 Kilometer lang, mindestens 140 Menschen kamen an der Mauer ums Leben.", True,
     [("date", "1961-08-13", None, None), ("count", 155, None, "about"), ("count", 140, None, "at_least")], None),
    ("de", "Heute erinnern nur noch wenige Abschnitte an das Bauwerk, der längste davon ist die 1,3 Kilometer lange East Side Gallery in Friedrichshain.", True,
     [("count", 1.3, None, None)], None),
    ("de", "Die Gedenkstätte an der Bernauer Straße zählte im vergangenen Jahr rund 1,1 Millionen Besucher, so viele wie nie zuvor, so die Stiftung Berliner Mauer.", True,
     [("count", 1100000, None, "about")], None),
    ("de", "Für viele, die damals dabei waren, fühlt sich jene Nacht bis heute wie ein Wunder an.", False, [], None),
    # === English ================================================================================
    # --- Explainer: the U.S. government shutdown (Reuters) ------------------------------------
    ("en", "WASHINGTON, Nov 3 (Reuters) - The U.S. government shutdown, which began on Oct. 1 after Congress failed to pass funding legislation, entered its 34th day on Monday, making it the second-longest in the country's history.", True,
     [("date", "--11-03", None, None), ("date", "--10-01", None, None), ("ordinal", 34, None, None), ("ordinal", 2, None, None)], None),
    ("en", "What is a shutdown?", False, [], None),
    ("en", "When Congress fails to approve the 12 annual appropriations bills or a stopgap measure, federal agencies must halt work deemed non-essential under a law that dates back to 1884.", True,
     [("count", 12, None, None), ("year", 1884, None, None)], None),
    ("en", "About 670,000 federal employees have been furloughed, while another 730,000 are working without pay, according to the Bipartisan Policy Center.", True,
     [("count", 670000, None, "about"), ("count", 730000, None, None)], "the Bipartisan Policy Center"),
    ("en", "The longest, during Donald Trump's first term, ran for 35 days from December 2018 to January 2019 and cost the economy about $3 billion that was never recovered, the Congressional Budget Office later calculated.", True,
     [("ordinal", 1, None, None), ("duration", 35, "day", None), ("year", 2018, None, None), ("year", 2019, None, None), ("money", 3000000000, "USD", "about")], None),
    ("en", "The Congressional Budget Office estimates the current shutdown will permanently cost the economy between $7 billion and $14 billion, depending on how long it lasts.", True,
     [("money", 7000000000, "USD", None), ("money", 14000000000, "USD", None)], None),
    ("en", "Some 42 million Americans who rely on SNAP food aid saw their November benefits delayed, the first such lapse in the program's 61-year history.", True,
     [("count", 42000000, None, "about"), ("ordinal", 1, None, None), ("duration", 61, "year", None)], None),
    ("en", "What happens next?", False, [], None),
    ("en", "The Senate has voted 14 times on a House-passed stopgap bill, which needs 60 votes to advance, and has fallen short each time.", True,
     [("count", 14, None, None), ("count", 60, None, None)], None),
    ("en", "Senate Majority Leader John Thune told reporters the chamber would vote again on Thursday.", True, [], "John Thune"),
    ("en", "Air traffic controllers, who are working without pay, have been calling in sick in growing numbers, and the FAA said on Friday it would cut flights at 40 major airports by up to 10%.", True,
     [("count", 40, None, None), ("percent", 10, "%", "up_to")], None),
    ("en", "Whether either side blinks before Thanksgiving is anyone's guess.", False, [], None),
    # --- Factbox: Greenland (Reuters) ---------------------------------------------------------
    ("en", "COPENHAGEN, Dec 22 (Reuters) - Trump has not ruled out the use of military force to take control of Greenland, a semi-autonomous territory of NATO ally Denmark.", True,
     [("date", "--12-22", None, None)], None),
    ("en", "Here are some key facts about the island:", False, [], None),
    ("en", "* Population: about 56,000, nearly 90% of them Inuit; the capital, Nuuk, has some 19,900 residents", True,
     [("count", 56000, None, "about"), ("percent", 90, "%", "nearly"), ("count", 19900, None, "about")], None),
    ("en", "* Area: 2.16 million square kilometres, roughly 80% of it covered by an ice sheet up to 3 km thick", True,
     [("count", 2160000, None, None), ("percent", 80, "%", "about"), ("count", 3, None, "up_to")], None),
    ("en", "* Status: a Danish colony until 1953, Greenland gained home rule in 1979 and wider self-rule in 2009, including the right to declare independence", True,
     [("year", 1953, None, None), ("year", 1979, None, None), ("year", 2009, None, None)], None),
    ("en", "* Economy: fishing accounts for more than 90% of exports; Denmark pays an annual block grant of about 4.3 billion Danish crowns ($670 million)", True,
     [("percent", 90, "%", "over"), ("money", 4300000000, "DKK", "about"), ("money", 670000000, "USD", None)], None),
    ("en", "* U.S. presence: the Pituffik Space Base in the northwest, formerly Thule Air Base, has hosted American forces since 1951 under a defence agreement with Denmark", True,
     [("year", 1951, None, None)], None),
    ("en", "* Politics: Greenland elects two of the 179 members of Denmark's parliament; its own 31-seat assembly, the Inatsisartut, was last elected in March 2025", True,
     [("count", 2, None, None), ("count", 179, None, None), ("count", 31, None, None), ("year", 2025, None, None)], None),
    # --- Profile: a new chief executive (Reuters) ---------------------------------------------
    ("en", "LONDON, Oct 14 (Reuters) - Priya Raman, who on Tuesday was named the first woman to run Ashcombe Group in its 162-year history, built her reputation turning around loss-making retail chains across Asia.", True,
     [("date", "--10-14", None, None), ("ordinal", 1, None, None), ("duration", 162, "year", None)], None),
    ("en", "The 51-year-old, born in Chennai and educated at the London School of Economics, joined the company in 2017 as head of its Asia-Pacific business.", True,
     [("duration", 51, "year", None), ("year", 2017, None, None)], None),
    ("en", "Under her leadership, the region's operating profit more than tripled to £412 million within four years, according to company filings.", True,
     [("money", 412000000, "GBP", None), ("duration", 4, "year", None)], None),
    ("en", "She takes over from Martin Cole, 64, who steps down in January after nine years in the job, during which Ashcombe's shares lost nearly half their value.", True,
     [("duration", 64, "year", None), ("duration", 9, "year", None), ("fraction", 0.5, None, "nearly")], None),
    ("en", "Raman will take up the post on Feb. 1, the company said.", True,
     [("date", "--02-01", None, None)], "the company"),
    ("en", "Colleagues describe her as blunt, fiercely competitive and allergic to long meetings.", False, [], None),
    ("en", "\"She doesn't do small talk - she does numbers,\" said a former colleague who asked not to be named.", False, [], None),
    ("en", "Ashcombe, which employs about 23,000 people in 31 countries, issued three profit warnings in 2024 alone.", True,
     [("count", 23000, None, "about"), ("count", 31, None, None), ("count", 3, None, None), ("year", 2024, None, None)], None),
    ("en", "Raman will be paid a base salary of £1.1 million, 10% less than her predecessor, according to a stock exchange filing.", True,
     [("money", 1100000, "GBP", None), ("percent", 10, "%", None)], None),
    ("en", "Ashcombe shares rose 6.2% to 1,184 pence by 1030 GMT, valuing the company at about £5.9 billion.", True,
     [("percent", 6.2, "%", None), ("money", 11.84, "GBP", None), ("money", 5900000000, "GBP", "about")], None),
    # --- Analysis: England's housing shortfall (PA) -------------------------------------------
    ("en", "LONDON (PA) - Just 221,000 new homes were added in England last year, well short of the government's target of 1.5 million over this parliament, which implies roughly 300,000 a year.", True,
     [("count", 221000, None, None), ("count", 1500000, None, None), ("count", 300000, None, "about")], None),
    ("en", "Not since the late 1970s, when councils were still building homes in large numbers, has England added more than 300,000 homes in a single year.", True,
     [("count", 300000, None, "over")], None),
    ("en", "House prices in England are now about 8.3 times average annual earnings, up from 3.6 times in 1997, according to the Office for National Statistics.", True,
     [("count", 8.3, "times", "about"), ("count", 3.6, "times", None), ("year", 1997, None, None)], "the Office for National Statistics"),
    ("en", "The planning and infrastructure bill, the centrepiece of Labour's growth strategy, cleared parliament in December after 14 months of debate.", True,
     [("duration", 14, "month", None)], None),
    ("en", "Builders say the tighter constraints now are a shortage of bricklayers and high borrowing costs, with the average two-year fixed mortgage rate at 4.95%, according to Moneyfacts.", True,
     [("duration", 2, "year", None), ("percent", 4.95, "%", None)], None),
    ("en", "Net migration, which hit a high of 906,000 in the 12 months to June 2023, had fallen back to 204,000 by mid-2025, the ONS said last month.", True,
     [("count", 906000, None, None), ("duration", 12, "month", None), ("year", 2023, None, None), ("count", 204000, None, None), ("year", 2025, None, None)], "the ONS"),
    ("en", "\"We are not going to hit 1.5 million, and everyone in the industry knows it,\" said Gareth Pryce, chief executive of a mid-sized builder in the Midlands.", False,
     [("count", 1500000, None, None)], None),
    # --- Feature: after the plant closed (AP) -------------------------------------------------
    ("en", "LORDSTOWN, Ohio (AP) — The parking lot that once held 4,500 cars on a weekday morning is mostly empty now, a sea of cracked asphalt where weeds push through the faded lines.", True,
     [("count", 4500, None, None)], None),
    ("en", "General Motors built cars at the plant for 53 years before closing it in March 2019, ending a run that began in 1966 with the Chevrolet Impala and that, at its peak in the late 1980s, employed more than 10,000 people across three shifts.", True,
     [("duration", 53, "year", None), ("year", 2019, None, None), ("year", 1966, None, None), ("count", 10000, None, "over"), ("count", 3, None, None)], None),
    ("en", "Mike Dunbar, 61, worked on the assembly line for 28 years and still drives past the gate most mornings on his way to a part-time job stocking shelves.", True,
     [("duration", 61, "year", None), ("duration", 28, "year", None)], None),
    ("en", "\"You don't get over something like that; you just learn to live around it,\" he said.", False, [], None),
    ("en", "The village's population has fallen to about 3,300 from 3,600 in 2010, census figures show, and the school district has lost a fifth of its students over the same period.", True,
     [("count", 3300, None, "about"), ("count", 3600, None, None), ("year", 2010, None, None), ("fraction", 0.2, None, None)], None),
    ("en", "Trumbull County lost 14% of its manufacturing jobs between 2019 and 2024, according to the Bureau of Labor Statistics.", True,
     [("percent", 14, "%", None), ("year", 2019, None, None), ("year", 2024, None, None)], "the Bureau of Labor Statistics"),
    ("en", "A battery plant that opened nearby in 2022 employs about 1,300 workers, though its starting wage of $16.50 an hour is roughly half what GM paid.", True,
     [("year", 2022, None, None), ("count", 1300, None, "about"), ("money", 16.5, "USD", None), ("fraction", 0.5, None, "about")], None),
    ("en", "The village has lost about $1.2 million a year in income tax revenue since the closure, said Mayor Daniel Pratt.", True,
     [("money", 1200000, "USD", "about")], "Daniel Pratt"),
    ("en", "On a cold Tuesday in November, the only sound on Main Street is the hum of a vending machine outside the shuttered union hall.", False, [], None),
    # --- Explainer: why chocolate costs more (Reuters) ----------------------------------------
    ("en", "LONDON, Dec 2 (Reuters) - Cocoa futures, which hit a record above $12,000 a tonne in December 2024, have since fallen by more than half, yet chocolate makers are still raising prices.", True,
     [("date", "--12-02", None, None), ("money", 12000, "USD", "over"), ("year", 2024, None, None), ("fraction", 0.5, None, "over")], None),
    ("en", "Why did prices surge?", False, [], None),
    ("en", "Ivory Coast and Ghana, which together grow about 60% of the world's cocoa, suffered three poor harvests in a row because of heavy rains, drought and a plant disease known as swollen shoot.", True,
     [("percent", 60, "%", "about"), ("count", 3, None, None)], None),
    ("en", "The global market recorded a deficit of nearly 500,000 tonnes in the season that ended in September 2024, the largest in more than 60 years, according to the International Cocoa Organization.", True,
     [("count", 500000, None, "nearly"), ("year", 2024, None, None), ("duration", 60, "year", "over")], "the International Cocoa Organization"),
    ("en", "Ivory Coast raised the price it guarantees farmers to a record 2,800 CFA francs per kg for the main crop that began in October.", True,
     [("money", 2800, "XOF", None)], None),
    ("en", "Chocolate prices in Britain rose 17.4% in the year to October, the most since records began in 1989, data from the British Retail Consortium showed.", True,
     [("percent", 17.4, "%", None), ("year", 1989, None, None)], None),
    ("en", "Hershey, Mondelez and Lindt have all raised prices, and some bars have shrunk: a popular bar that weighed 200 grams two years ago now weighs 180 grams.", True,
     [("count", 200, None, None), ("duration", 2, "year", None), ("count", 180, None, None)], None),
    ("en", "Analysts polled by Reuters expect a small surplus of about 140,000 tonnes this season, the first in four years.", True,
     [("count", 140000, None, "about"), ("ordinal", 1, None, None), ("duration", 4, "year", None)], None),
    # --- Q&A: the rupee's slide (Reuters) -----------------------------------------------------
    ("en", "MUMBAI, Dec 3 (Reuters) - The Indian rupee fell past 90 per U.S. dollar for the first time on Wednesday, having lost about 5% this year, making it Asia's worst-performing major currency in 2025.", True,
     [("date", "--12-03", None, None), ("money", 90, "INR", None), ("ordinal", 1, None, None), ("percent", 5, "%", "about"), ("year", 2025, None, None)], None),
    ("en", "Why is the rupee weakening?", False, [], None),
    ("en", "Foreign investors have pulled a net $17 billion out of Indian equities so far this year, according to depository data, while U.S. tariffs of 50% on many Indian goods have weighed on exports since August.", True,
     [("money", 17000000000, "USD", None), ("percent", 50, "%", None)], None),
    ("en", "India's merchandise trade deficit widened to a record $41.7 billion in October, the commerce ministry said.", True,
     [("money", 41700000000, "USD", None)], "the commerce ministry"),
    ("en", "The rupee has weakened from 83 per dollar at the start of 2024, a depreciation of about 8% in less than two years.", True,
     [("money", 83, "INR", None), ("year", 2024, None, None), ("percent", 8, "%", "about"), ("duration", 2, "year", "under")], None),
    ("en", "The Reserve Bank of India has sold dollars to slow the fall; its foreign exchange reserves stood at $688 billion as of Nov. 21, down from a peak of $705 billion in late September.", True,
     [("money", 688000000000, "USD", None), ("date", "--11-21", None, None), ("money", 705000000000, "USD", None)], None),
    ("en", "The central bank has sold more than $30 billion in the spot and forward markets since September, said Kunal Mehta, chief economist at Sangam Securities in Mumbai.", True,
     [("money", 30000000000, "USD", "over")], "Kunal Mehta"),
    ("en", "The RBI does not target a specific level for the rupee, Governor Sanjay Malhotra has said.", True, [], None),
    ("en", "Economists at Nomura estimate that every 1% fall in the rupee adds about 0.15 percentage points to inflation.", True,
     [("percent", 1, "%", None), ("percent", 0.15, "pp", "about")], None),
    ("en", "Retail inflation eased to 0.25% last month, a low for the current consumer price series, which dates back to 2012.", True,
     [("percent", 0.25, "%", None), ("year", 2012, None, None)], None),
    # --- Profile: a debutant at 33 (AAP) ------------------------------------------------------
    ("en", "PERTH (AAP) - Few cricketers have waited longer for a Test debut than Sam Whitlock, who will walk out at Perth Stadium on Friday at the age of 33 after 94 first-class matches.", True,
     [("duration", 33, "year", None), ("count", 94, None, None)], None),
    ("en", "The right-hander from Wagga Wagga has scored 6,812 first-class runs at an average of 44.2, including 19 centuries, most of them for New South Wales.", True,
     [("count", 6812, None, None), ("count", 44.2, None, None), ("count", 19, None, None)], None),
    ("en", "He was overlooked for the 2023 Ashes tour and again last summer, when selectors preferred younger batsmen.", True,
     [("year", 2023, None, None)], None),
    ("en", "Only three Australian batsmen since 1950 have made their Test debut at an older age, according to cricket statistician Ian Moffat.", True,
     [("count", 3, None, None), ("year", 1950, None, None)], None),
    ("en", "Whitlock will become the 470th man to play Test cricket for Australia.", True,
     [("ordinal", 470, None, None)], None),
    ("en", "Whitlock replaces the injured Usman Khawaja, captain Pat Cummins told reporters on Thursday.", True, [], "Pat Cummins"),
    ("en", "\"I'd stopped thinking about it, to be honest - I was just enjoying my cricket,\" Whitlock told reporters on Wednesday.", False, [], None),
    # --- Explainer: the EU's 2040 climate target (Reuters) ------------------------------------
    ("en", "BRUSSELS, Nov 5 (Reuters) - European Union countries agreed early on Wednesday on a 90% reduction in net greenhouse gas output by 2040 compared with 1990 levels, after overnight talks that lasted more than 18 hours.", True,
     [("date", "--11-05", None, None), ("percent", 90, "%", None), ("year", 2040, None, None), ("year", 1990, None, None), ("duration", 18, "hour", "over")], None),
    ("en", "What did they agree?", False, [], None),
    ("en", "Up to five percentage points of that reduction can be met with international carbon credits bought from other countries from 2036, meaning domestic emissions would need to fall by only 85%.", True,
     [("percent", 5, "pp", "up_to"), ("year", 2036, None, None), ("percent", 85, "%", None)], None),
    ("en", "The target builds on an existing, legally binding goal of a 55% cut by 2030 and climate neutrality by 2050.", True,
     [("percent", 55, "%", None), ("year", 2030, None, None), ("year", 2050, None, None)], None),
    ("en", "The deal also delays by one year, to 2028, the launch of a new carbon market for heating and transport fuels.", True,
     [("duration", 1, "year", None), ("year", 2028, None, None)], None),
    ("en", "Emissions in the 27-country bloc were 37% below 1990 levels in 2023, according to the European Environment Agency.", True,
     [("count", 27, None, None), ("percent", 37, "%", None), ("year", 1990, None, None), ("year", 2023, None, None)], "the European Environment Agency"),
    ("en", "Poland, which still generates about 57% of its electricity from coal, and the Czech Republic had pushed for a weaker target.", True,
     [("percent", 57, "%", "about")], None),
    ("en", "The Commission will now negotiate the final text with the European Parliament, which votes on its own position next week, EU Climate Commissioner Wopke Hoekstra told reporters.", True, [], "Wopke Hoekstra"),
    ("en", "Critics say the credits amount to outsourcing the hard work to poorer countries.", False, [], None),
    ("en", "Whether industry can decarbonise that fast without state support is far from certain.", False, [], None),
    # --- Feature: the last milk bars (AAP) ----------------------------------------------------
    ("en", "MELBOURNE (AAP) - In 1950s Melbourne there were an estimated 4,000 milk bars; today fewer than 300 remain, most of them run by families who arrived as migrants in the 1970s and 1980s.", True,
     [("count", 4000, None, "about"), ("count", 300, None, "under")], None),
    ("en", "Con Dimitriou, 72, who came to Melbourne from the Greek island of Lesbos in 1969 with two suitcases and no English, has opened the shutters of his shop in Brunswick at 6am every day except Christmas for 47 years.", True,
     [("duration", 72, "year", None), ("year", 1969, None, None), ("count", 2, None, None), ("duration", 47, "year", None)], None),
    ("en", "He sells about 40 litres of milk a day now, down from 300 in the 1980s, when supermarkets still shut at noon on Saturdays.", True,
     [("count", 40, None, "about"), ("count", 300, None, None)], None),
    ("en", "\"The kids buy lollies, the old blokes buy the paper, and I know everybody's name,\" he says.", False, [], None),
    ("en", "A 2022 survey by Heritage Victoria counted 127 milk bars still trading across the state, down by a third in a decade.", True,
     [("year", 2022, None, None), ("count", 127, None, None), ("fraction", 0.3333, None, None)], None),
    ("en", "Brunswick's median house price has more than doubled since 2012, to A$1.35 million, according to Domain.", True,
     [("year", 2012, None, None), ("money", 1350000, "AUD", None)], "Domain"),
    ("en", "There is something stubborn and lovely about a place that refuses to change.", False, [], None),
    # --- Analysis: OPEC+ changes course (Reuters) ---------------------------------------------
    ("en", "LONDON, Nov 30 (Reuters) - OPEC+, which pumps about half of the world's oil, agreed on Sunday to pause output increases in the first quarter of 2026 after adding roughly 2.9 million barrels per day since April.", True,
     [("date", "--11-30", None, None), ("fraction", 0.5, None, "about"), ("ordinal", 1, None, None), ("year", 2026, None, None), ("count", 2900000, None, "about")], None),
    ("en", "Brent crude has fallen about 15% this year to around $63 a barrel, heading for its weakest annual performance since 2020, when pandemic lockdowns crushed demand.", True,
     [("percent", 15, "%", "about"), ("money", 63, "USD", "about"), ("year", 2020, None, None)], None),
    ("en", "The IEA sees supply exceeding demand by a record of more than 4 million barrels per day next year, though OPEC itself sees the market broadly balanced.", True,
     [("count", 4000000, None, "over")], None),
    ("en", "U.S. crude output hit a record 13.8 million barrels per day in September, the Energy Information Administration said.", True,
     [("count", 13800000, None, None)], "the Energy Information Administration"),
    ("en", "Saudi Arabia needs oil at about $91 a barrel to balance its budget, the International Monetary Fund has estimated.", True,
     [("money", 91, "USD", "about")], None),
    ("en", "For a group that spent years defending prices, the pivot toward market share is a gamble whose outcome nobody can predict.", False, [], None),
    ("en", "\"The market is telling us something, and we are listening,\" an OPEC+ delegate said.", False, [], None),
    ("en", "The group's eight core members will meet again on Jan. 4.", True,
     [("count", 8, None, None), ("date", "--01-04", None, None)], None),
    # --- Explainer: the assisted dying bill (Reuters) -----------------------------------------
    ("en", "LONDON (Reuters) - Britain's assisted dying bill, which passed its third reading in the House of Commons by 314 votes to 291 in June, is now being scrutinised line by line in the House of Lords.", True,
     [("ordinal", 3, None, None), ("count", 314, None, None), ("count", 291, None, None)], None),
    ("en", "Who would be eligible?", False, [], None),
    ("en", "The bill would allow terminally ill adults in England and Wales with less than six months to live to seek help to end their lives, subject to approval by two doctors and an expert panel.", True,
     [("duration", 6, "month", "under"), ("count", 2, None, None)], None),
    ("en", "Applicants would have to have lived in England or Wales for at least 12 months.", True,
     [("duration", 12, "month", "at_least")], None),
    ("en", "Oregon became the first U.S. state to allow assisted dying in 1997; the Netherlands followed in 2002, and in Canada, where the law took effect in 2016, such deaths accounted for 4.7% of all deaths in 2023.", True,
     [("ordinal", 1, None, None), ("year", 1997, None, None), ("year", 2002, None, None), ("year", 2016, None, None), ("percent", 4.7, "%", None), ("year", 2023, None, None)], None),
    ("en", "The Scottish Parliament is considering a separate bill, and the Isle of Man's version cleared its final stage in March.", True, [], None),
    ("en", "Even if the Lords approve the bill without major changes, the government has said a service may not be fully operational until 2029.", True,
     [("year", 2029, None, None)], None),
    ("en", "\"This is about compassion and choice at the end of life,\" said Helen Marsh, the Labour lawmaker who introduced the bill.", False, [], None),
    # --- Factbox: the state of the climate (AFP) ----------------------------------------------
    ("en", "GENEVA (AFP) - Last year was the hottest on record and the first in which the global average temperature rose more than 1.5C over the pre-industrial baseline, the World Meteorological Organization said on Thursday.", True,
     [("ordinal", 1, None, None), ("count", 1.5, None, "over")], "the World Meteorological Organization"),
    ("en", "Here are the main findings of its annual report:", False, [], None),
    ("en", "- Temperature: 1.55C above the 1850-1900 average, with a margin of uncertainty of 0.13C", True,
     [("count", 1.55, None, None), ("year", 1850, None, None), ("year", 1900, None, None), ("count", 0.13, None, None)], None),
    ("en", "- Carbon dioxide: 423.9 parts per million, about 151% of the pre-industrial level", True,
     [("count", 423.9, None, None), ("percent", 151, "%", "about")], None),
    ("en", "- Sea level: rising 4.7 mm a year between 2015 and 2024, more than twice the rate of 1993-2002", True,
     [("count", 4.7, None, None), ("year", 2015, None, None), ("year", 2024, None, None), ("count", 2, "times", "over"), ("year", 1993, None, None), ("year", 2002, None, None)], None),
    ("en", "- Ocean heat: the upper 2,000 metres of the ocean absorbed a record amount of heat, for the eighth year in a row", True,
     [("count", 2000, None, None), ("ordinal", 8, None, None)], None),
    ("en", "The past decade was the warmest in 175 years of observations, and each of the 10 warmest years on record has occurred since 2015.", True,
     [("duration", 175, "year", None), ("count", 10, None, None), ("year", 2015, None, None)], None),
    # --- Profile: a founder before the listing (Reuters) --------------------------------------
    ("en", "BENGALURU, Dec 10 (Reuters) - Ananya Krishnan, who founded grocery delivery startup Basketly in 2019 from a two-bedroom flat in Koramangala, is set to become one of India's youngest self-made billionaires when the company lists next week.", True,
     [("date", "--12-10", None, None), ("year", 2019, None, None), ("count", 2, None, None)], None),
    ("en", "The 34-year-old former management consultant owns about 18% of Basketly, which aims to raise Rs 4,200 crore in its initial public offering at a valuation of up to $6.1 billion.", True,
     [("duration", 34, "year", None), ("percent", 18, "%", "about"), ("money", 42000000000, "INR", None), ("money", 6100000000, "USD", "up_to")], None),
    ("en", "Basketly delivers groceries in under 10 minutes in 48 cities and posted a loss of Rs 1,150 crore in the year to March, narrower than a year earlier.", True,
     [("duration", 10, "minute", "under"), ("count", 48, None, None), ("money", 11500000000, "INR", None)], None),
    ("en", "Its rivals Blinkit and Swiggy's Instamart together control roughly 70% of India's quick-commerce market, according to brokerage Bernstein.", True,
     [("percent", 70, "%", "about")], None),
    ("en", "Shares will be priced between Rs 390 and Rs 410 apiece, and the offer opens on Dec. 17, the company said in its prospectus.", True,
     [("money", 390, "INR", None), ("money", 410, "INR", None), ("date", "--12-17", None, None)], "the company"),
    ("en", "\"I never set out to be a founder; I set out to stop my mother wasting three hours every Sunday at the market,\" Krishnan said in an interview.", False,
     [("duration", 3, "hour", None)], None),
]
