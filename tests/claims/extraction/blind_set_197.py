"""Hundred-and-ninety-seventh blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People are made up (Dale Westbrook, Ramona
Ashby, Conrad Ellery, Yvette Brannigan, Loretta Vanhorn, Mara Linwood, Garrett Pryce, Ilena
Marchetti, Harlan Teague, Beth Calloway, Orrin Madsen, Paul Okonkwo, Miriam Castellanos,
Celeste Harrow, Bryce Tolliver, Walter Brennick, Travis Holcombe, Wade Hollister, Lourdes
Ybarra, Graham Oakes, Tamsin Greer, Hugo Rüfenacht, Elliot Marchand, Dana Kessling, Marianne
Cole, Dwight Kessler, Ethan Moreau, Curtis Ambrose, Martin Delacroix, Lyle Brandvold, Jared
Whitlock, Nadia Fairbanks, Ronald Sturgis, Desmond Avery, Janelle Booker, Reggie Halvorsen,
Nathaniel Corbell, Ari Lindqvist); the president, governors, attorneys general, spokespeople
and office holders appear under made-up names that stand for no real holder, or by their
role only ("der US-Präsident", "the president", "New York's governor", "Wisconsin's
Democratic governor", "a White House spokeswoman", "ein Kommissionssprecher", "ein
Senatssprecher", "an RNC spokeswoman"). Real bodies, courts and places ("US-Repräsentantenhaus",
"Haushaltsbüro des Kongresses", "Oberster Gerichtshof", "Tennessee", "Memphis", "Federal
Register", "Office of Personnel Management", "American Federation of Government Employees",
"Reuters/Ipsos", "Federal Election Commission", "Universität Berkeley", "Büro des
US-Handelsbeauftragten", "Wirtschaftsvereinigung Stahl", "Saarland", "9th Circuit", "Marist",
"Staatssekretariat für Wirtschaft (Seco)", "Federal Circuit", "U.S. Customs and Border
Protection", "Brennan Center", "Bipartisan Policy Center", "Congressional Budget Office",
"OpenSecrets", "Edison Research", "Virginia Department of Elections", "PhRMA", "Wisconsin
Elections Commission", "YouGov", "CBS", "Harvard", "American Bar Association", "Apparel
Export Promotion Council", "AAA", "Republican National Committee", "Democratic National
Committee", "House Majority PAC") stand for the way wire copy names them; every vote, tariff
rate, date, poll figure, sum, age and quote here is invented, and where a real figure came
to mind it was changed.

Its weight: US POLITICS AS GERMAN AND ENGLISH WIRES FILE IT - over about seven weeks of one
autumn (mid-September to early November), 40 stories in story order with the German and
English desks interleaved: Congress votes (a stopgap budget, a farm aid package, a defence
budget, Russia sanctions, a stock-trading ban bill, confirmations of a labour secretary and
a judge), executive orders (the federal workforce, voter registration), court rulings (the
Supreme Court on a district map and on taking up the tariff case, a federal judge on transit
grants and on Harvard's funds, an appeals court on a Fed governor), polls (approval, the
generic ballot, a governor's race, tariffs), campaign finance (Senate fundraising, a
billionaire's super PAC gift, the party committees' cash), governors (California's minimum
wage, Texas's border package, New York's Medicaid gap, Illinois against the National Guard,
Wisconsin's veto, Florida's property tax vote, Virginia's election and result), tariffs
announced with percentages and dates (trucks, EU steel, Chinese chips, Swiss goods,
Canadian lumber and Canada's reply, pharmaceuticals, India, films), a shutdown in its 21st
day, record debt, an ethics probe, and the White House's and its opponents' claims (the
president's tariff and petrol figures set against Treasury and AAA data). Half German (dpa,
APA, APA/AFP, APA/dpa, APA/Reuters, Reuters German, AFP German, Keystone-SDA with «» quotes;
German „“ quotes), half English (Reuters with dated datelines, AP). Negatives as such copy
has them: partisan rhetoric and labels, slogans, brush-offs of polls, warnings without a
figure, open questions, reactions and relief.

235 rows (121 German, 114 English), 55 negatives (27 German, 28 English), 180 check-worthy
rows of which 18 carry no figure (14 German, 4 English), 290 expected quantities (77 counts,
55 amounts of money - 53 USD, 1 EUR, 1 CAD -, 51 percentages - 44 in %, 7 in percentage
points -, 32 dates, 26 durations - 10 in years, 7 in months, 4 in days, 3 in hours, 2 in
weeks -, 22 years, 15 ordinals, 12 fractions; none of them in a negative), 45 checked
speakers (23 German, 22 English). Sentences sharing a run of eight or more words with any
file under tests/ (checked by a script that printed only this batch's sentences, case and
punctuation normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, slogan, label or piece of rhetoric is a negative with speaker None, also with
  a named speaker and an office (seventh, ninety-eighth, hundred-thirty-first,
  hundred-fifty-first); a reported statement of fact or figure is check-worthy with its
  speaker. Pairs from one speaker: Rüfenacht's Konjunktiv I "fast ein Drittel" -> "Hugo
  Rüfenacht" beside «Das ist eine Erleichterung, ...»; Moreau's three quarters -> "Moreau"
  beside „nicht erpressen lassen“; Avery's 55 billion dollars -> "Avery" beside his quote on
  rent to the state; Hollister's $11 billion -> "Hollister" beside "Texas will not wait ...".
  One side's account is check-worthy (sixty-eighth, hundred-second): the plaintiffs' reading
  of the map, the president's accusation against Cole and her denial, the administration's
  argument on the trade deficit, the president's own "$600 billion" and "under $2" claims
  (a claim to be checked is check-worthy, with the figures as said).
- Check-worthy without a figure (hundred-fifty-first): an ethics probe opened, a lawsuit or
  appeal announced, a decree's content, an appeals court's stay, the Senate version passed
  earlier, an exemption, a concession ("Tolliver conceded shortly after 11 p.m." - a clock
  time none), a rating by the ABA, a stated step ("House Speaker Dale Westbrook said he
  would bring the bill to the floor ..."), the White House's stated aim. New: "Einen
  Zeitpunkt oder eine rechtliche Grundlage nannte er nicht." is check-worthy - a statement
  of record of what was not said, as a buyer "not identified" (hundred-forty-eighth).
  Negatives: labels ("sprach von einer „politisch motivierten Hexenjagd“", "called the deal
  ..."), rhetoric and slogans, a brush-off of polls ("Ein Sprecher des Weißen Hauses sagte,
  Umfragen spiegelten nicht die Stimmung ..."), warnings and forecasts without a figure
  ("warnte vor Preiserhöhungen", "Critics argue the cuts will lengthen waits ..."), open
  questions ("Whether the truck tariffs survive ...", "Ob Washington zu Ausnahmen ...", "Wie
  solche Zölle ... umstritten"), a conditional ("If the justices strike the tariffs down,
  ..."), "Politologen halten das Rennen weiterhin für offen." (a verdict, ninety-eighth), a
  press secretary's excuse for the president's figure, reactions ("mit Erleichterung
  aufgenommen", "begrüßte den Vorstoß grundsätzlich") and a generic claim ("Viele
  Amerikaner spüren ...").
- Votes (hundred-fifty-first): "mit 217 zu 212 Stimmen", "mit sechs zu drei Stimmen", "mit
  zwei zu eins Stimmen", "mit 54 zu 19 Stimmen ... und 28 zu 10", "voted 52-47", "96-51",
  "268-153", "18-15 ... and 54-45", "24-2", "a 7-4 decision" two counts each; "Für das Gesetz
  stimmten 231 Abgeordnete, 196 dagegen", "got 54 votes, six short of the 60 needed",
  "mindestens 60 der 100 Stimmen" "at_least" and 100, "55 of 100 seats", "mit je fünf
  Mitgliedern" 5 ("je" no hedge), "61 Democrats", "Two Republicans", "82 Mitunterzeichner",
  "58 Bundesrichter, darunter sieben" ("darunter" no hedge). "unanimously"/"einstimmig" none.
- Tariffs and polls are percentages (hundred-thirty-fourth, hundred-fifty-first): "von 25 auf
  50 Prozent", "to 18% from 50%", "von 39 auf 15 Prozent" both, "bis zu 500 Prozent" and "um
  bis zu 4 Prozent" "up_to", "insgesamt 45,2 Prozent" no hedge; poll points in percentage
  points ("ein Punkt weniger" 1 pp, "um zwei Prozentpunkte", "a 4-point lead", "lead by 11
  points", "by about 8 percentage points" "about", margins "plus/minus drei Prozentpunkten"
  and "plus or minus 3.4 percentage points" with no hedge); "mit 49 zu 44 Prozent" two
  percentages, "Forty-six percent" 46. New: "um durchschnittlich 7,4 Prozent" carries no
  hedge - "durchschnittlich" names an average, as "an average of" (hundred-thirtieth), it
  does not bound the figure. New: "a 25% penalty tariff" and "Zölle von 100 Prozent" are
  percentages whether announced, threatened or in force - the kind does not depend on the
  verb. Shares: "nearly two-thirds" and "Knapp zwei Drittel" 0.6667 "nearly", "fast ein
  Drittel" 0.3333 "nearly", "knapp ein Viertel" 0.25 "nearly", "Rund drei Viertel" 0.75
  "about", "ein Fünftel davon" 0.2, "Fast jeder zweite" 0.5 "nearly" (the issue's "jeder
  vierte"), "About one in three" 0.3333 "about", "Sieben von zehn Befragten" 0.7 (settled:
  "4 in 10"), "more than a third" 0.3333 and "by more than half" 0.5 "over", "the two-thirds
  majorities" 0.6667.
- Money in the currency written (every batch): "Dollar" in German copy is USD ("22 Dollar
  pro Stunde" - "pro Stunde" none as "pro Jahr" -, "38 Billionen Dollar" 3.8e13, "1,78
  Billionen Dollar", "rund 6,3 Milliarden Dollar jährlich" - "jährlich" none), "4,8
  Milliarden kanadischen Dollar" CAD, "1,1 Milliarden Euro" EUR; "a combined $412 million"
  no hedge (hundred-fifty-second), "amounts under $200" "under", "up to $18,000" and "up to
  $13.5 billion a year" "up_to", "more than $11 billion", "more than $90 billion", "more than
  $140 million" "over", "at least $720 million" "at_least", "the roughly $215 billion"
  "about", "$3.08 a gallon" ("a gallon" none), "capped at $250,000 per farm" (no hedge).
- Counts (every batch): "in the 10 most competitive races" 10 (hundred-fifty-second: the
  group a superlative picks), "rund 800.000 Bundesbedienstete", "roughly 1.1 million
  civilians", "rund 21 Millionen", "About 670,000 ... another 730,000" (the hedge on its own
  figure), "1,200 new state trooper positions and another 40 miles", "300 Soldaten",
  "mindestens 76.000" "at_least", "Up to 300,000 textile jobs" "up_to", "at least four
  seats" "at_least", "in all of the state's 72 counties" ("all" no hedge), "vier
  Wahlkreise", "19 Bundesstaaten", "14 states", "41 House members", "About 3.4 million
  Virginians ..., up from 3.3 million", poll samples "1.029 Erwachsene", "2.218 Erwachsene",
  "1,318 registered voters". New: "a 43-page ruling" and "dem 84-seitigen Urteil" are counts
  43 and 84 - a page count in a hyphenated compound read as written, as the issue's
  "28-Punkte-Entwurf". None: "Reuters/Ipsos", "R-Iowa", "ein Jahr nach", "einen zusätzlichen
  Sitz", "each week" (no number word), "House Majority PAC".
- Ordinals: "the 214th executive order", "the 15th Cabinet-level official", "das dritte zum
  Wahlrecht", "its 21st day" and "for the ninth time", "his 153rd veto", "the state's second
  female governor", "seines zweiten Amtsjahres" 2, "in the third quarter" 3, "zum ersten
  Mal" 1 (the issue's "zum zweiten Mal"; "erstmals" avoided), "in the first eight months"
  and "in den ersten neun Monaten" ordinal 1 with the months (eightieth). New: "the 9th
  Circuit" and "das Berufungsgericht des 5. Bezirks" are ordinals 9 and 5 - a court's
  numbered circuit is written as an ordinal and read as one; "Der jüngste" ranks nothing
  (hundred-fifty-second).
- Durations, ages, years and dates: "a three-month standoff", "zweistündigen Anhörung" 2
  hours, "a nine-hour debate", "eine 14-jährige Amtszeit" 14 years (the issue's "dreitägige
  Reise"), "within 18 months", "for 28 days", "binnen 30 Tagen", "binnen 24 Stunden", "zehn
  Tage Zeit", "within two weeks", "Drei Wochen vor", "binnen zehn Jahren", "four years ago",
  "acht Jahre lang", "in den kommenden sechs Monaten", "over the same three months", "in the
  past two months", "lasted 35 days"; ages "Teague, 61,", "Cole, 58,", "Lyle Brandvold,
  49,", "ein 52-jähriger", "Der 47-Jährige", "der 36-jährige" (every batch). Years: "2026",
  "im April 2024", "seit 2019", "since 2021", "bis 2030", "bis 2036", "a 1977 emergency
  law", "spanning 2018 and 2019" both, "the 2026 cycle", "für November 2026" its year only.
  New: "until at least 2028" is year 2028 "at_least" - the hedge bounds the year as
  "mindestens" bounds a count. Dates without a year: "bis zum 19. Dezember", "effective Oct.
  1", "on Jan. 1", "by Nov. 30", "vom 19. bis 21. September" and "vom 8. bis 10. Oktober"
  two dates, "ab dem 15. Oktober", "starting Nov. 10", "am 4. November", "for Nov. 5", "for
  Nov. 17", "ab dem 1. September" ("rückwirkend" and "ab" no hedge), "am 20. Oktober", "ab
  dem 1. Dezember", "on Jan. 17", "Oct. 2-6" two dates, "am 30. September"; "ab dem 1.
  Januar 2027" 2027-01-01; Reuters English datelines with a day ("WASHINGTON, Sept 15
  (Reuters)", "RICHMOND, Va., Nov 5 (Reuters)", "NEW DELHI, Oct 14 (Reuters)" and the rest);
  German datelines, AP ("WASHINGTON (AP) —", "AUSTIN, Texas (AP) —", "MADISON, Wis. (AP) —")
  none (seventy-ninth). None: "last year", "im vergangenen Jahr", "this term", "in dieser
  Amtszeit", "Anfang September", "Anfang Oktober", "im März", "in August", "in July", "since
  the spring", "by November", "Mitternacht", "shortly after 11 p.m.".
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "About", "roughly" "about";
  "knapp", "Knapp", "fast", "Fast", "nearly" "nearly"; "mehr als", "more than" "over";
  "under" "under"; "bis zu", "up to", "Up to" "up_to"; "mindestens", "at least" "at_least".
  No hedge: "insgesamt", "je", "darunter", "davon", "bislang", "bereits", "nur", "a
  combined", "all", "durchschnittlich", "plus/minus", "plus or minus", "rückwirkend", "ab".
- Speakers, checked only in forms earlier batches settled: "teilte X mit" and "wie X
  mitteilte" with the article ("das Gericht", "das Institut", "die Wirtschaftsvereinigung
  Stahl", "der Ausschuss", "das Finanzministerium", "die Polizei", "das Weiße Haus", "das
  Handelsministerium", "die Universität", "das kanadische Finanzministerium", "das
  Staatssekretariat für Wirtschaft" with the bracketed abbreviation dropped); "nach Angaben
  des Arbeitsministeriums" -> "das Arbeitsministerium", "Nach Angaben des Brennan Center" ->
  "das Brennan Center"; "sagte Klägeranwältin Yvette Brannigan", "sagte Verbandspräsident
  Hugo Rüfenacht", "Finanzminister Graham Oakes sagte, ...", "Gouverneur Martin Delacroix
  sagte, ..." the name with the title dropped; "sagte Moreau", "sagte Avery" as written;
  "sagte ein Senatssprecher" -> "ein Senatssprecher". English: "the White House said", "the
  Commerce Department said" (twice), "the Justice Department said", "the Office of
  Personnel Management said", "the governor's office said", "the ministry said", "the
  Bipartisan Policy Center said", "the Virginia Department of Elections said", "the
  Apparel Export Promotion Council said", "The American Federation of Government Employees
  said" with the article in lower case; "U.S. Customs and Border Protection said" as written;
  "according to the Agriculture Department", "according to the Wisconsin Elections
  Commission", "according to the state's transportation agency" with the article, "according
  to OpenSecrets" and "according to AAA" as written; "Commerce Secretary Walter Brennick
  said", "House Speaker Dale Westbrook said", "DNC spokesman Ari Lindqvist said" the name
  with the office dropped; "Teague said", "Hollister said" as written. New: "teilte das Büro
  des US-Handelsbeauftragten mit", "teilte der Justizausschuss des Senats mit" and "sagte ein
  Sprecher der EU-Kommission" keep the genitive that names the body or the spokesman's
  employer (hundred-forty-eighth: the place part of the name). Left unchecked (None):
  polls, filings, data, tallies, studies and documents ("einer Reuters/Ipsos-Umfrage
  zufolge", "wie aus Unterlagen der Wahlbehörde hervorgeht", "according to a fact sheet",
  "the order says", "the bill says", "Census Bureau data showed", "federal filings show",
  "filings showed", "according to a tally by Edison Research", "heißt es in dem ...
  Urteil"), estimating verbs ("nach Schätzungen des Haushaltsbüros", "the state health
  department estimated", "The Congressional Budget Office has estimated"), "nach
  US-Angaben" (hundred-forty-eighth: "nach EU-Angaben"), "kündigte an", "erklärte", "wrote",
  "told supporters", "Marist put", appositions between the name and the verb ("the Truck
  Makers Alliance, an industry group, said", "sagte der Vorsitzende des
  Streitkräfteausschusses, Ronald Sturgis" - hundred-fifty-second), "New York's governor
  said" and "India's trade ministry said" (descriptions), rows without attribution and all
  negatives, also those with a named speaker.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_197 = [
    # --- Übergangshaushalt im Repräsentantenhaus (dpa) ---
    (
        "de",
        "Washington (dpa) - Das US-Repräsentantenhaus hat mit 217 zu 212 Stimmen einen Übergangshaushalt verabschiedet, der die Finanzierung der Bundesbehörden bis zum 19. Dezember sichern soll.",
        True,
        [("count", 217, None, None), ("count", 212, None, None), ("date", "--12-19", None, None)],
        None,
    ),
    (
        "de",
        "Zwei Republikaner stimmten gegen die Vorlage, drei Demokraten dafür.",
        True,
        [("count", 2, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Ohne Einigung droht ab Mitternacht ein teilweiser Stillstand der Regierungsgeschäfte, von dem nach Schätzungen des Haushaltsbüros des Kongresses rund 800.000 Bundesbedienstete betroffen wären.",
        True,
        [("count", 800000, None, "about")],
        None,
    ),
    (
        "de",
        "Der Senat soll noch in dieser Woche abstimmen; dort sind mindestens 60 der 100 Stimmen nötig.",
        True,
        [("count", 60, None, "at_least"), ("count", 100, None, None)],
        None,
    ),
    (
        "de",
        "„Wir haben heute gezeigt, dass dieses Haus regieren kann“, sagte der republikanische Vorsitzende des Repräsentantenhauses, Dale Westbrook.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die demokratische Fraktionschefin Ramona Ashby sprach von einem „Flickwerk, das nur Zeit kauft“.",
        False,
        [],
        None,
    ),
    # --- Truck tariffs (Reuters) ---
    (
        "en",
        "WASHINGTON, Sept 15 (Reuters) - The president on Monday announced a 25% tariff on imported heavy trucks, effective Oct. 1, the White House said.",
        True,
        [("date", "--09-15", None, None), ("percent", 25, "%", None), ("date", "--10-01", None, None)],
        "the White House",
    ),
    (
        "en",
        "The levy will rise to 35% on Jan. 1 for manufacturers that have not committed to building plants in the United States, according to a fact sheet released by the administration.",
        True,
        [("percent", 35, "%", None), ("date", "--01-01", None, None)],
        None,
    ),
    (
        "en",
        "Imports of medium and heavy trucks totaled about $41 billion last year.",
        True,
        [("money", 41000000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Mexico supplied nearly two-thirds of those vehicles, the Commerce Department said.",
        True,
        [("fraction", 0.6667, None, "nearly")],
        "the Commerce Department",
    ),
    (
        "en",
        '"This is about putting American workers first, period," a White House spokeswoman said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The tariff could add up to $18,000 to the price of a new rig, the Truck Makers Alliance, an industry group, said.",
        True,
        [("money", 18000, "USD", "up_to")],
        None,
    ),
    (
        "en",
        "Mexico's economy ministry said it would seek talks with Washington before the deadline.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Whether the truck tariffs survive a legal challenge remains an open question.",
        False,
        [],
        None,
    ),
    # --- Wahlkreisurteil des Supreme Court (APA/AFP) ---
    (
        "de",
        "Washington (APA/AFP) - Mit sechs zu drei Stimmen hat das Oberste Gericht der Vereinigten Staaten ein Gesetz Tennessees zur Neueinteilung der Wahlkreise bestätigt.",
        True,
        [("count", 6, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Mehrheitsmeinung verfasste Richter Conrad Ellery, die drei liberalen Richterinnen schlossen sich einem abweichenden Votum an, teilte das Gericht mit.",
        True,
        [("count", 3, None, None)],
        "das Gericht",
    ),
    (
        "de",
        "Der Fall war im März in einer zweistündigen Anhörung verhandelt worden.",
        True,
        [("duration", 2, "hour", None)],
        None,
    ),
    (
        "de",
        "Nach dem Urteil kann Tennessee bei der Kongresswahl 2026 mit der neuen Karte antreten, die den Republikanern voraussichtlich einen zusätzlichen Sitz bringt.",
        True,
        [("year", 2026, None, None)],
        None,
    ),
    (
        "de",
        "Die Karte teile die Stadt Memphis auf vier Wahlkreise auf, um den Einfluss schwarzer Wähler zu schwächen, sagte Klägeranwältin Yvette Brannigan.",
        True,
        [("count", 4, None, None)],
        "Yvette Brannigan",
    ),
    (
        "de",
        "Bürgerrechtsgruppen nannten die Entscheidung einen „Rückschlag für Minderheiten an der Wahlurne“.",
        False,
        [],
        None,
    ),
    # --- Workforce executive order (AP) ---
    (
        "en",
        "WASHINGTON (AP) — The president signed an executive order Tuesday directing federal agencies to cut their civilian workforce by 8% within 18 months.",
        True,
        [("percent", 8, "%", None), ("duration", 18, "month", None)],
        None,
    ),
    (
        "en",
        "It was the 214th executive order of his term, according to a count by the Federal Register.",
        True,
        [("ordinal", 214, None, None)],
        None,
    ),
    (
        "en",
        "The order exempts the Defense Department, the Department of Veterans Affairs and border enforcement, which together employ roughly 1.1 million civilians, the Office of Personnel Management said.",
        True,
        [("count", 1100000, None, "about")],
        "the Office of Personnel Management",
    ),
    (
        "en",
        "Agencies must submit their reduction plans by Nov. 30, the order says.",
        True,
        [("date", "--11-30", None, None)],
        None,
    ),
    (
        "en",
        "The American Federation of Government Employees said it would file suit in federal court this week.",
        True,
        [],
        "the American Federation of Government Employees",
    ),
    (
        "en",
        '"Gutting the civil service is not efficiency, it is sabotage," the union\'s president, Loretta Vanhorn, said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Critics argue the cuts will lengthen waits at Social Security offices.",
        False,
        [],
        None,
    ),
    # --- Reuters/Ipsos-Umfrage (Reuters) ---
    (
        "de",
        "Washington (Reuters) - Die Zustimmung zur Amtsführung des Präsidenten ist einer Reuters/Ipsos-Umfrage zufolge auf 39 Prozent gefallen.",
        True,
        [("percent", 39, "%", None)],
        None,
    ),
    (
        "de",
        "Das ist ein Punkt weniger als Anfang September und der tiefste Wert seines zweiten Amtsjahres, teilte das Institut mit.",
        True,
        [("percent", 1, "pp", None), ("ordinal", 2, None, None)],
        "das Institut",
    ),
    (
        "de",
        "57 Prozent der Befragten missbilligen seine Arbeit.",
        True,
        [("percent", 57, "%", None)],
        None,
    ),
    (
        "de",
        "Bei der Wirtschaftspolitik liegt die Zustimmung bei 36 Prozent, bei der Einwanderung bei 44 Prozent.",
        True,
        [("percent", 36, "%", None), ("percent", 44, "%", None)],
        None,
    ),
    (
        "de",
        "Befragt wurden vom 19. bis 21. September 1.029 Erwachsene online; die Fehlertoleranz liegt bei plus/minus drei Prozentpunkten.",
        True,
        [
            ("date", "--09-19", None, None),
            ("date", "--09-21", None, None),
            ("count", 1029, None, None),
            ("percent", 3, "pp", None),
        ],
        None,
    ),
    (
        "de",
        "Fast jeder zweite republikanische Wähler gab an, die Zölle hätten die eigenen Einkäufe verteuert.",
        True,
        [("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "de",
        "Ein Sprecher des Weißen Hauses sagte, Umfragen spiegelten nicht die Stimmung im Land wider.",
        False,
        [],
        None,
    ),
    # --- Senate fundraising (Reuters) ---
    (
        "en",
        "WASHINGTON, Oct 15 (Reuters) - Senate candidates in the 10 most competitive races raised a combined $412 million in the third quarter, Federal Election Commission filings show.",
        True,
        [
            ("date", "--10-15", None, None),
            ("count", 10, None, None),
            ("money", 412000000, "USD", None),
            ("ordinal", 3, None, None),
        ],
        None,
    ),
    (
        "en",
        "Ohio Democrat Mara Linwood led all candidates with $31.4 million, the largest quarterly haul for a Senate challenger in the state's history.",
        True,
        [("money", 31400000, "USD", None)],
        None,
    ),
    (
        "en",
        "Her Republican opponent, Senator Garrett Pryce, raised $12.9 million and reported $22 million in cash on hand.",
        True,
        [("money", 12900000, "USD", None), ("money", 22000000, "USD", None)],
        None,
    ),
    (
        "en",
        "About 71% of Linwood's contributions came in amounts under $200.",
        True,
        [("percent", 71, "%", "about"), ("money", 200, "USD", "under")],
        None,
    ),
    (
        "en",
        "A super PAC aligned with Senate Republicans has reserved $96 million in fall advertising across five states.",
        True,
        [("money", 96000000, "USD", None), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        '"Money does not vote; people do," Pryce told supporters in Dayton.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Campaign finance watchdogs said the flood of outside money made it impossible for voters to know who was paying for the ads.",
        False,
        [],
        None,
    ),
    # --- Mindestlohn in Kalifornien (dpa) ---
    (
        "de",
        "Sacramento (dpa) - Die Gouverneurin von Kalifornien, Ilena Marchetti, hat ein Gesetz unterzeichnet, das den Mindestlohn für Beschäftigte in Schnellrestaurants ab dem 1. Januar 2027 auf 22 Dollar pro Stunde anhebt.",
        True,
        [("date", "2027-01-01", None, None), ("money", 22, "USD", None)],
        None,
    ),
    (
        "de",
        "Davon profitieren nach Angaben des Arbeitsministeriums rund 540.000 Menschen.",
        True,
        [("count", 540000, None, "about")],
        "das Arbeitsministerium",
    ),
    (
        "de",
        "Das Parlament in Sacramento hatte das Gesetz mit 54 zu 19 Stimmen in der Versammlung und 28 zu 10 im Senat gebilligt.",
        True,
        [("count", 54, None, None), ("count", 19, None, None), ("count", 28, None, None), ("count", 10, None, None)],
        None,
    ),
    (
        "de",
        "Marchetti sagte, Kalifornien zeige dem Rest des Landes, „wie Arbeit wieder ihren Wert bekommt“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Verband der Restaurantbetreiber warnte vor Preiserhöhungen und Stellenabbau.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Seit der letzten Erhöhung im April 2024 sind die Preise in Schnellrestaurants im Bundesstaat um durchschnittlich 7,4 Prozent gestiegen, wie eine Studie der Universität Berkeley ergab.",
        True,
        [("year", 2024, None, None), ("percent", 7.4, "%", None)],
        None,
    ),
    # --- Labor secretary confirmed (AP) ---
    (
        "en",
        "WASHINGTON (AP) — Senators on Wednesday confirmed Harlan Teague 52-47 as secretary of labor, ending a three-month standoff over the nomination.",
        True,
        [("count", 52, None, None), ("count", 47, None, None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "en",
        "Two Republicans, Senators Beth Calloway and Orrin Madsen, voted with all Democrats against him.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Teague, 61, served two terms as a congressman from Indiana before losing a Senate primary in 2022.",
        True,
        [("duration", 61, "year", None), ("count", 2, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "He is the 15th Cabinet-level official confirmed this term.",
        True,
        [("ordinal", 15, None, None)],
        None,
    ),
    (
        "en",
        '"He will be a disaster for working families," Senate Democratic leader Paul Okonkwo said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Teague said he would review every rule the department had issued since 2021.",
        True,
        [("year", 2021, None, None)],
        "Teague",
    ),
    # --- Stahlzölle gegen die EU (Reuters) ---
    (
        "de",
        "Washington (Reuters) - Die US-Regierung verdoppelt die Zölle auf Stahl- und Aluminiumimporte aus der Europäischen Union von 25 auf 50 Prozent.",
        True,
        [("percent", 25, "%", None), ("percent", 50, "%", None)],
        None,
    ),
    (
        "de",
        "Die höheren Sätze gelten ab dem 15. Oktober, teilte das Büro des US-Handelsbeauftragten mit.",
        True,
        [("date", "--10-15", None, None)],
        "das Büro des US-Handelsbeauftragten",
    ),
    (
        "de",
        "Betroffen sind nach US-Angaben Einfuhren im Wert von rund 6,3 Milliarden Dollar jährlich.",
        True,
        [("money", 6300000000, "USD", "about")],
        None,
    ),
    (
        "de",
        "Die EU-Kommission kündigte an, binnen 30 Tagen Gegenmaßnahmen vorzulegen.",
        True,
        [("duration", 30, "day", None)],
        None,
    ),
    (
        "de",
        "„Wir werden nicht tatenlos zusehen“, sagte ein Kommissionssprecher in Brüssel.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Deutschland exportierte im vergangenen Jahr Stahl im Wert von 1,1 Milliarden Euro in die USA, ein Fünftel davon aus dem Saarland, teilte die Wirtschaftsvereinigung Stahl mit.",
        True,
        [("money", 1100000000, "EUR", None), ("fraction", 0.2, None, None)],
        "die Wirtschaftsvereinigung Stahl",
    ),
    (
        "de",
        "Ob Washington zu Ausnahmen für einzelne Unternehmen bereit ist, blieb zunächst offen.",
        False,
        [],
        None,
    ),
    # --- Transit grants blocked (Reuters) ---
    (
        "en",
        "SAN FRANCISCO, Sept 23 (Reuters) - A federal judge on Tuesday temporarily blocked the administration from withholding $2.7 billion in transit grants from 14 states that refused to share voter data.",
        True,
        [("date", "--09-23", None, None), ("money", 2700000000, "USD", None), ("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "U.S. District Judge Miriam Castellanos wrote in a 43-page ruling that the conditions likely violated the Spending Clause of the Constitution.",
        True,
        [("count", 43, None, None)],
        None,
    ),
    (
        "en",
        "The order remains in effect for 28 days while the court considers a longer injunction.",
        True,
        [("duration", 28, "day", None)],
        None,
    ),
    (
        "en",
        "The Justice Department said it planned an appeal before the 9th Circuit.",
        True,
        [("ordinal", 9, None, None)],
        "the Justice Department",
    ),
    (
        "en",
        "\"Today's ruling is a win for every commuter in America,\" California's attorney general said in a statement.",
        False,
        [],
        None,
    ),
    (
        "en",
        "California alone stood to lose about $610 million, according to the state's transportation agency.",
        True,
        [("money", 610000000, "USD", "about")],
        "the state's transportation agency",
    ),
    # --- Gouverneurswahl in Virginia (AFP) ---
    (
        "de",
        "Richmond (AFP) - Drei Wochen vor der Gouverneurswahl im US-Bundesstaat Virginia liegt die Demokratin Celeste Harrow in einer Umfrage mit 49 zu 44 Prozent vor dem Republikaner Bryce Tolliver.",
        True,
        [("duration", 3, "week", None), ("percent", 49, "%", None), ("percent", 44, "%", None)],
        None,
    ),
    (
        "de",
        "Ihr Vorsprung ist damit seit August um zwei Prozentpunkte geschrumpft.",
        True,
        [("percent", 2, "pp", None)],
        None,
    ),
    (
        "de",
        "Die Wahl findet am 4. November statt; Virginia wählt seinen Gouverneur traditionell ein Jahr nach der Präsidentschaftswahl.",
        True,
        [("date", "--11-04", None, None)],
        None,
    ),
    (
        "de",
        "Harrow hat bislang 38 Millionen Dollar eingesammelt, Tolliver 29 Millionen Dollar, wie aus Unterlagen der Wahlbehörde hervorgeht.",
        True,
        [("money", 38000000, "USD", None), ("money", 29000000, "USD", None)],
        None,
    ),
    (
        "de",
        "Tolliver, ein 52-jähriger früherer Bankmanager, wirbt mit der Abschaffung der Steuer auf Autos.",
        True,
        [("duration", 52, "year", None)],
        None,
    ),
    (
        "de",
        "„Virginia braucht keinen Mann von der Wall Street im Gouverneurssitz“, sagte Harrow bei einem Auftritt in Norfolk.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Politologen halten das Rennen weiterhin für offen.",
        False,
        [],
        None,
    ),
    # --- Chip tariffs on China (Reuters) ---
    (
        "en",
        "WASHINGTON, Sept 30 (Reuters) - Washington will slap a further 15% tariff on Chinese-made semiconductors starting Nov. 10, raising the total duty on most such chips to 65%, the Commerce Department said on Tuesday.",
        True,
        [
            ("date", "--09-30", None, None),
            ("percent", 15, "%", None),
            ("date", "--11-10", None, None),
            ("percent", 65, "%", None),
        ],
        "the Commerce Department",
    ),
    (
        "en",
        'China\'s commerce ministry called the move "economic bullying" and vowed "necessary countermeasures."',
        False,
        [],
        None,
    ),
    (
        "en",
        "U.S. imports of Chinese chips fell 31% to $9.8 billion in the first eight months of this year, Census Bureau data showed.",
        True,
        [
            ("percent", 31, "%", None),
            ("ordinal", 1, None, None),
            ("duration", 8, "month", None),
            ("money", 9800000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Commerce Secretary Walter Brennick said the tariff would remain in place until at least 2028.",
        True,
        [("year", 2028, None, "at_least")],
        "Walter Brennick",
    ),
    (
        "en",
        "Shares of U.S. chipmakers that rely on Chinese packaging plants fell about 3% in afternoon trading.",
        True,
        [("percent", 3, "%", "about")],
        None,
    ),
    # --- Ethikverfahren gegen Abgeordneten (dpa) ---
    (
        "de",
        "Washington (dpa) - Der Ethikausschuss des US-Repräsentantenhauses hat Ermittlungen gegen den republikanischen Abgeordneten Travis Holcombe aus Florida eingeleitet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Holcombe soll Wahlkampfspenden in Höhe von rund 240.000 Dollar für private Reisen und Restaurantbesuche verwendet haben, teilte der Ausschuss mit.",
        True,
        [("money", 240000, "USD", "about")],
        "der Ausschuss",
    ),
    (
        "de",
        "Der Ausschuss, in dem beide Parteien mit je fünf Mitgliedern vertreten sind, stimmte einstimmig für die Untersuchung.",
        True,
        [("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Holcombe wies die Vorwürfe zurück und sprach von einer „politisch motivierten Hexenjagd“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der 47-Jährige sitzt seit 2019 im Kongress.",
        True,
        [("duration", 47, "year", None), ("year", 2019, None, None)],
        None,
    ),
    # --- Texas border package (AP) ---
    (
        "en",
        "AUSTIN, Texas (AP) — Texas Gov. Wade Hollister signed a $6.5 billion border security package on Thursday, the largest in the state's history.",
        True,
        [("money", 6500000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The bill funds 1,200 new state trooper positions and another 40 miles of border barrier, the governor's office said.",
        True,
        [("count", 1200, None, None), ("count", 40, None, None)],
        "the governor's office",
    ),
    (
        "en",
        "It passed the Texas House 96-51 after a nine-hour debate.",
        True,
        [("count", 96, None, None), ("count", 51, None, None), ("duration", 9, "hour", None)],
        None,
    ),
    (
        "en",
        "Hollister said the state had spent more than $11 billion on border operations since 2021.",
        True,
        [("money", 11000000000, "USD", "over"), ("year", 2021, None, None)],
        "Hollister",
    ),
    (
        "en",
        '"Texas will not wait for Washington to do its job," Hollister said at the signing ceremony.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Democratic state Rep. Lourdes Ybarra said the money would be better spent on schools and rural hospitals.",
        False,
        [],
        None,
    ),
    # --- Rekordschulden (APA) ---
    (
        "de",
        "Washington (APA) - Die Staatsverschuldung der USA hat zum ersten Mal die Marke von 38 Billionen Dollar überschritten, wie aus Daten des Finanzministeriums hervorgeht.",
        True,
        [("ordinal", 1, None, None), ("money", 38000000000000, "USD", None)],
        None,
    ),
    (
        "de",
        "Im Haushaltsjahr 2025, das am 30. September endete, lag das Defizit bei 1,78 Billionen Dollar, teilte das Finanzministerium mit.",
        True,
        [("year", 2025, None, None), ("date", "--09-30", None, None), ("money", 1780000000000, "USD", None)],
        "das Finanzministerium",
    ),
    (
        "de",
        "Die Zinszahlungen auf die Schulden übertrafen mit 1,02 Billionen Dollar die Verteidigungsausgaben.",
        True,
        [("money", 1020000000000, "USD", None)],
        None,
    ),
    (
        "de",
        "Die Zolleinnahmen stiegen im selben Zeitraum auf 195 Milliarden Dollar nach 77 Milliarden Dollar im Vorjahr.",
        True,
        [("money", 195000000000, "USD", None), ("money", 77000000000, "USD", None)],
        None,
    ),
    (
        "de",
        "Finanzminister Graham Oakes sagte, die Zölle würden das Defizit binnen zehn Jahren um mehr als vier Billionen Dollar senken.",
        True,
        [("duration", 10, "year", None), ("money", 4000000000000, "USD", "over")],
        "Graham Oakes",
    ),
    (
        "de",
        "Ökonomen bezweifeln diese Rechnung.",
        False,
        [],
        None,
    ),
    # --- Generic ballot poll (Reuters) ---
    (
        "en",
        "NEW YORK, Oct 8 (Reuters) - Democrats hold a 4-point lead over Republicans on the generic congressional ballot, a Marist poll released on Wednesday showed.",
        True,
        [("date", "--10-08", None, None), ("percent", 4, "pp", None)],
        None,
    ),
    (
        "en",
        "Forty-six percent of registered voters said they would back the Democratic candidate in their district, compared with 42% for the Republican.",
        True,
        [("percent", 46, "%", None), ("percent", 42, "%", None)],
        None,
    ),
    (
        "en",
        "Among independents, Democrats lead by 11 points.",
        True,
        [("percent", 11, "pp", None)],
        None,
    ),
    (
        "en",
        "The survey of 1,318 registered voters was carried out Oct. 2-6; Marist put the margin of error at plus or minus 3.4 percentage points.",
        True,
        [
            ("count", 1318, None, None),
            ("date", "--10-02", None, None),
            ("date", "--10-06", None, None),
            ("percent", 3.4, "pp", None),
        ],
        None,
    ),
    (
        "en",
        "About one in three voters named the cost of living as the most important issue.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "en",
        '"Midterm polls this far out are a weather vane, not a forecast," said Tamsin Greer, a pollster at Marist.',
        False,
        [],
        None,
    ),
    # --- Zollsenkung für die Schweiz (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Die USA senken den Zollsatz auf Schweizer Importe von 39 auf 15 Prozent, wie das Staatssekretariat für Wirtschaft (Seco) mitteilte.",
        True,
        [("percent", 39, "%", None), ("percent", 15, "%", None)],
        "das Staatssekretariat für Wirtschaft",
    ),
    (
        "de",
        "Der tiefere Satz gilt rückwirkend ab dem 1. September.",
        True,
        [("date", "--09-01", None, None)],
        None,
    ),
    (
        "de",
        "Im Gegenzug hat die Schweiz zugesagt, Investitionen von Schweizer Firmen in den USA im Umfang von 150 Milliarden Dollar bis 2030 zu unterstützen.",
        True,
        [("money", 150000000000, "USD", None), ("year", 2030, None, None)],
        None,
    ),
    (
        "de",
        "Die Uhrenexporte in die USA seien seit der Einführung der hohen Zölle um fast ein Drittel eingebrochen, sagte Verbandspräsident Hugo Rüfenacht.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        "Hugo Rüfenacht",
    ),
    (
        "de",
        "«Das ist eine Erleichterung, aber kein Grund zum Feiern», sagte Rüfenacht.",
        False,
        [],
        None,
    ),
    # --- Supreme Court takes tariff case (AP) ---
    (
        "en",
        "WASHINGTON (AP) — The Supreme Court agreed Monday to decide whether the president can levy broad tariffs by invoking a 1977 emergency law, setting arguments for Nov. 5.",
        True,
        [("year", 1977, None, None), ("date", "--11-05", None, None)],
        None,
    ),
    (
        "en",
        "Two lower courts have ruled that the law does not authorize tariffs, most recently in a 7-4 decision by the full Federal Circuit in August.",
        True,
        [("count", 2, None, None), ("count", 7, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Importers have paid more than $90 billion in duties under the disputed orders, U.S. Customs and Border Protection said.",
        True,
        [("money", 90000000000, "USD", "over")],
        "U.S. Customs and Border Protection",
    ),
    (
        "en",
        "If the justices strike the tariffs down, the government could be forced to refund much of that money.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"The Constitution gives the power to tax to Congress, not to one man," said Elliot Marchand, a lawyer for the small businesses that brought the case.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The administration has argued that last year's trade deficit of $918 billion amounts to a national emergency.",
        True,
        [("money", 918000000000, "USD", None)],
        None,
    ),
    # --- Dekret zum Wahlrecht (dpa) ---
    (
        "de",
        "Washington (dpa) - Der US-Präsident hat per Dekret angeordnet, dass Bundesbehörden künftig keine Formulare zur Wählerregistrierung ohne Nachweis der Staatsbürgerschaft mehr annehmen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Das Dekret ist das dritte zum Wahlrecht in diesem Jahr.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Brennan Center können rund 21 Millionen wahlberechtigte Amerikaner nicht kurzfristig einen Pass oder eine Geburtsurkunde vorlegen.",
        True,
        [("count", 21000000, None, "about")],
        "das Brennan Center",
    ),
    (
        "de",
        "19 Bundesstaaten kündigten eine Klage an.",
        True,
        [("count", 19, None, None)],
        None,
    ),
    (
        "de",
        "„Das ist ein Frontalangriff auf das Wahlrecht“, sagte die Justizministerin von Arizona, Dana Kessling.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Weiße Haus erklärte, die Maßnahme solle Betrug bei Wahlen verhindern.",
        True,
        [],
        None,
    ),
    # --- New York Medicaid gap (Reuters) ---
    (
        "en",
        "NEW YORK, Oct 1 (Reuters) - New York's governor said on Wednesday the state would lose up to $13.5 billion a year in federal Medicaid funding under cuts passed by Congress in July.",
        True,
        [("date", "--10-01", None, None), ("money", 13500000000, "USD", "up_to")],
        None,
    ),
    (
        "en",
        "About 1.5 million New Yorkers could lose coverage by 2030, the state health department estimated.",
        True,
        [("count", 1500000, None, "about"), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "Medicaid covers roughly 7 million people in the state, or more than a third of its population.",
        True,
        [("count", 7000000, None, "about"), ("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "en",
        "The governor called a special legislative session for Nov. 17 to close the gap.",
        True,
        [("date", "--11-17", None, None)],
        None,
    ),
    (
        "en",
        '"Washington has handed us the bill and walked out of the restaurant," she said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Republicans in the state assembly blamed years of overspending in Albany.",
        False,
        [],
        None,
    ),
    # --- Fed-Gouverneurin bleibt im Amt (Reuters) ---
    (
        "de",
        "Washington (Reuters) - Ein Bundesberufungsgericht hat die Entlassung der Fed-Gouverneurin Marianne Cole durch den Präsidenten vorerst gestoppt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Richter entschieden mit zwei zu eins Stimmen, dass Cole bis zu einem endgültigen Urteil im Amt bleiben darf.",
        True,
        [("count", 2, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "de",
        "Cole, 58, war 2022 für eine 14-jährige Amtszeit ernannt worden, die bis 2036 läuft.",
        True,
        [
            ("duration", 58, "year", None),
            ("year", 2022, None, None),
            ("duration", 14, "year", None),
            ("year", 2036, None, None),
        ],
        None,
    ),
    (
        "de",
        "Das Weiße Haus kündigte an, den Fall vor den Supreme Court zu bringen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Präsident hatte Cole Falschangaben bei einem Hypothekenantrag vorgeworfen, was diese bestreitet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "An den Finanzmärkten wurde das Urteil mit Erleichterung aufgenommen.",
        False,
        [],
        None,
    ),
    # --- Farm aid package (AP) ---
    (
        "en",
        "WASHINGTON (AP) — The House on Friday approved a $12 billion aid package for farmers hurt by retaliatory tariffs, sending the measure to the Senate.",
        True,
        [("money", 12000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The vote was 268-153, with 61 Democrats joining most Republicans in support.",
        True,
        [("count", 268, None, None), ("count", 153, None, None), ("count", 61, None, None)],
        None,
    ),
    (
        "en",
        "Soybean exports to China have fallen by more than half since the spring, according to the Agriculture Department.",
        True,
        [("fraction", 0.5, None, "over")],
        "the Agriculture Department",
    ),
    (
        "en",
        "Payments would be capped at $250,000 per farm, the bill says.",
        True,
        [("money", 250000, "USD", None)],
        None,
    ),
    (
        "en",
        'Rep. Dwight Kessler, R-Iowa, said the aid was "a bridge, not a bailout."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Farm groups said the money would never make up for lost markets.",
        False,
        [],
        None,
    ),
    # --- Kanadas Gegenzölle (AFP) ---
    (
        "de",
        "Ottawa (AFP) - Kanada hat nach der Ankündigung neuer US-Zölle von 10 Prozent auf Bauholz Gegenzölle auf amerikanische Waren im Wert von 4,8 Milliarden kanadischen Dollar verhängt.",
        True,
        [("percent", 10, "%", None), ("money", 4800000000, "CAD", None)],
        None,
    ),
    (
        "de",
        "Die Maßnahmen treten am 20. Oktober in Kraft, wie das kanadische Finanzministerium mitteilte.",
        True,
        [("date", "--10-20", None, None)],
        "das kanadische Finanzministerium",
    ),
    (
        "de",
        "Auf kanadisches Nadelschnittholz werden damit insgesamt 45,2 Prozent fällig, da bereits Antidumping- und Ausgleichszölle von 35,2 Prozent gelten.",
        True,
        [("percent", 45.2, "%", None), ("percent", 35.2, "%", None)],
        None,
    ),
    (
        "de",
        "Premierminister Ethan Moreau sagte, sein Land werde sich „nicht erpressen lassen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Rund drei Viertel der kanadischen Exporte gehen in die USA, sagte Moreau.",
        True,
        [("fraction", 0.75, None, "about")],
        "Moreau",
    ),
    # --- Shutdown, day 21 (Reuters) ---
    (
        "en",
        "WASHINGTON, Oct 21 (Reuters) - The federal government shutdown entered its 21st day on Tuesday after the Senate failed for the ninth time to advance a stopgap funding bill.",
        True,
        [("date", "--10-21", None, None), ("ordinal", 21, None, None), ("ordinal", 9, None, None)],
        None,
    ),
    (
        "en",
        "The measure got 54 votes, six short of the 60 needed to overcome a filibuster.",
        True,
        [("count", 54, None, None), ("count", 6, None, None), ("count", 60, None, None)],
        None,
    ),
    (
        "en",
        "About 670,000 federal workers are furloughed and another 730,000 are unpaid at their posts, the Bipartisan Policy Center said.",
        True,
        [("count", 670000, None, "about"), ("count", 730000, None, None)],
        "the Bipartisan Policy Center",
    ),
    (
        "en",
        "The Congressional Budget Office has estimated that each week of the shutdown reduces quarterly economic output by about $7 billion.",
        True,
        [("money", 7000000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "The longest shutdown on record, spanning 2018 and 2019, lasted 35 days.",
        True,
        [("year", 2018, None, None), ("year", 2019, None, None), ("duration", 35, "day", None)],
        None,
    ),
    (
        "en",
        '"Democrats own this shutdown," Senate Majority Leader Curtis Ambrose said on the Senate floor.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Okonkwo said Republicans had "chosen chaos over health care."',
        False,
        [],
        None,
    ),
    # --- Nationalgarde in Chicago (dpa) ---
    (
        "de",
        "Chicago (dpa) - Der Präsident hat die Entsendung von 300 Soldaten der Nationalgarde nach Chicago angeordnet, gegen den Willen des Gouverneurs von Illinois.",
        True,
        [("count", 300, None, None)],
        None,
    ),
    (
        "de",
        "Gouverneur Martin Delacroix sagte, der Bundesstaat werde binnen 24 Stunden gegen den Einsatz klagen.",
        True,
        [("duration", 24, "hour", None)],
        "Martin Delacroix",
    ),
    (
        "de",
        "Ein Bundesgericht in Oregon hatte einen ähnlichen Einsatz in Portland Anfang Oktober für unzulässig erklärt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Zahl der Tötungsdelikte in Chicago ist in den ersten neun Monaten des Jahres um 31 Prozent gesunken, teilte die Polizei mit.",
        True,
        [("ordinal", 1, None, None), ("duration", 9, "month", None), ("percent", 31, "%", None)],
        "die Polizei",
    ),
    (
        "de",
        "„Chicago ist kein Kriegsgebiet“, sagte Delacroix.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Soldaten sollen Bundesgebäude und Beamte der Einwanderungsbehörde ICE schützen, teilte das Weiße Haus mit.",
        True,
        [],
        "das Weiße Haus",
    ),
    # --- Billionaire's super PAC gift (AP) ---
    (
        "en",
        "WASHINGTON (AP) — A tech billionaire gave $75 million to a super PAC backing Republican House candidates in the third quarter, the largest single contribution of the 2026 cycle so far, federal filings show.",
        True,
        [("money", 75000000, "USD", None), ("ordinal", 3, None, None), ("year", 2026, None, None)],
        None,
    ),
    (
        "en",
        "The donor, Lyle Brandvold, 49, has now given more than $140 million to Republican groups since 2024, according to OpenSecrets.",
        True,
        [("duration", 49, "year", None), ("money", 140000000, "USD", "over"), ("year", 2024, None, None)],
        "OpenSecrets",
    ),
    (
        "en",
        "The Democratic-aligned House Majority PAC reported raising $48.6 million over the same three months.",
        True,
        [("money", 48600000, "USD", None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "en",
        "Outside groups have already spent $1.1 billion on House and Senate races, up from $640 million at the same point in 2022.",
        True,
        [("money", 1100000000, "USD", None), ("money", 640000000, "USD", None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        '"Our democracy is being auctioned off to the highest bidder," the head of a campaign finance watchdog said.',
        False,
        [],
        None,
    ),
    # --- Russland-Sanktionen im Senat (APA/dpa) ---
    (
        "de",
        "Washington (APA/dpa) - Der US-Senat hat mit 84 zu 14 Stimmen ein Gesetz gebilligt, das Zölle von bis zu 500 Prozent auf Waren aus Ländern erlaubt, die russisches Öl kaufen.",
        True,
        [("count", 84, None, None), ("count", 14, None, None), ("percent", 500, "%", "up_to")],
        None,
    ),
    (
        "de",
        "Die Vorlage hatte 82 Mitunterzeichner aus beiden Parteien.",
        True,
        [("count", 82, None, None)],
        None,
    ),
    (
        "de",
        "Der Präsident hat für die Unterzeichnung zehn Tage Zeit, Sonntage nicht mitgerechnet, sagte ein Senatssprecher.",
        True,
        [("duration", 10, "day", None)],
        "ein Senatssprecher",
    ),
    (
        "de",
        "Indien und China kauften zuletzt zusammen rund 70 Prozent der russischen Ölexporte auf dem Seeweg.",
        True,
        [("percent", 70, "%", "about")],
        None,
    ),
    (
        "de",
        "Der republikanische Senator Jared Whitlock, einer der Initiatoren, sprach von einem „Hammer für die Kriegskasse des Kreml“.",
        False,
        [],
        None,
    ),
    # --- Virginia result (Reuters) ---
    (
        "en",
        "RICHMOND, Va., Nov 5 (Reuters) - Democrat Celeste Harrow won Virginia's governor's race on Tuesday, defeating Republican Bryce Tolliver by about 8 percentage points, according to a tally by Edison Research.",
        True,
        [("date", "--11-05", None, None), ("percent", 8, "pp", "about")],
        None,
    ),
    (
        "en",
        "With 98% of the expected vote counted, Harrow had 53.6% to Tolliver's 45.7%.",
        True,
        [("percent", 98, "%", None), ("percent", 53.6, "%", None), ("percent", 45.7, "%", None)],
        None,
    ),
    (
        "en",
        "She will be the state's second female governor and takes office on Jan. 17.",
        True,
        [("ordinal", 2, None, None), ("date", "--01-17", None, None)],
        None,
    ),
    (
        "en",
        "About 3.4 million Virginians voted, up from 3.3 million four years ago.",
        True,
        [("count", 3400000, None, "about"), ("count", 3300000, None, None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "en",
        "Democrats also flipped at least four seats in the House of Delegates, expanding their majority to 55 of 100 seats, the Virginia Department of Elections said.",
        True,
        [("count", 4, None, "at_least"), ("count", 55, None, None), ("count", 100, None, None)],
        "the Virginia Department of Elections",
    ),
    (
        "en",
        '"Virginia chose lower costs over culture wars," Harrow told cheering supporters in Richmond.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Tolliver conceded shortly after 11 p.m.",
        True,
        [],
        None,
    ),
    # --- Pharmazölle (Reuters) ---
    (
        "de",
        "Washington (Reuters) - Der US-Präsident hat Zölle von 100 Prozent auf Markenmedikamente angekündigt, die ab dem 1. Dezember gelten sollen.",
        True,
        [("percent", 100, "%", None), ("date", "--12-01", None, None)],
        None,
    ),
    (
        "de",
        "Ausgenommen sind Hersteller, die bereits mit dem Bau eines Werks in den USA begonnen haben.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die USA importierten im vergangenen Jahr Arzneimittel im Wert von 213 Milliarden Dollar, knapp ein Viertel davon aus Irland, teilte das Handelsministerium mit.",
        True,
        [("money", 213000000000, "USD", None), ("fraction", 0.25, None, "nearly")],
        "das Handelsministerium",
    ),
    (
        "de",
        "Für Pharmaprodukte aus der EU gilt nach dem Handelsabkommen vom Sommer eine Obergrenze von 15 Prozent, sagte ein Sprecher der EU-Kommission.",
        True,
        [("percent", 15, "%", None)],
        "ein Sprecher der EU-Kommission",
    ),
    (
        "de",
        "Die Aktien von Pharmakonzernen gaben in New York um bis zu 4 Prozent nach.",
        True,
        [("percent", 4, "%", "up_to")],
        None,
    ),
    (
        "de",
        "Der Branchenverband PhRMA nannte die Zölle „ein Rezept für leere Regale in den Apotheken“.",
        False,
        [],
        None,
    ),
    # --- Drop-box veto (AP) ---
    (
        "en",
        "MADISON, Wis. (AP) — Wisconsin's Democratic governor on Monday vetoed a Republican bill that would have banned ballot drop boxes in all of the state's 72 counties.",
        True,
        [("count", 72, None, None)],
        None,
    ),
    (
        "en",
        "It was his 153rd veto since taking office, a record for a Wisconsin governor.",
        True,
        [("ordinal", 153, None, None)],
        None,
    ),
    (
        "en",
        "The Legislature passed the bill 18-15 in the Senate and 54-45 in the Assembly, short of the two-thirds majorities needed to override a veto.",
        True,
        [
            ("count", 18, None, None),
            ("count", 15, None, None),
            ("count", 54, None, None),
            ("count", 45, None, None),
            ("fraction", 0.6667, None, None),
        ],
        None,
    ),
    (
        "en",
        "About 570,000 Wisconsin voters used drop boxes in the 2024 election, according to the Wisconsin Elections Commission.",
        True,
        [("count", 570000, None, "about"), ("year", 2024, None, None)],
        "the Wisconsin Elections Commission",
    ),
    (
        "en",
        '"Drop boxes are safe, secure and popular," the governor said in his veto message.',
        False,
        [],
        None,
    ),
    # --- YouGov-Umfrage zu Zöllen (dpa) ---
    (
        "de",
        "Washington (dpa) - Knapp zwei Drittel der US-Amerikaner lehnen die neuen Zölle ab, wie eine Umfrage des Instituts YouGov für den Sender CBS ergab.",
        True,
        [("fraction", 0.6667, None, "nearly")],
        None,
    ),
    (
        "de",
        "Unter Republikanern befürworten 71 Prozent die Zölle, unter Demokraten nur 9 Prozent.",
        True,
        [("percent", 71, "%", None), ("percent", 9, "%", None)],
        None,
    ),
    (
        "de",
        "Sieben von zehn Befragten erwarten steigende Preise in den kommenden sechs Monaten.",
        True,
        [("fraction", 0.7, None, None), ("duration", 6, "month", None)],
        None,
    ),
    (
        "de",
        "Befragt wurden 2.218 Erwachsene vom 8. bis 10. Oktober.",
        True,
        [("count", 2218, None, None), ("date", "--10-08", None, None), ("date", "--10-10", None, None)],
        None,
    ),
    (
        "de",
        "Viele Amerikaner spüren die Zölle nach eigener Aussage vor allem im Supermarkt.",
        False,
        [],
        None,
    ),
    # --- Stock-trading ban bill (Reuters) ---
    (
        "en",
        "WASHINGTON, Oct 28 (Reuters) - A bipartisan group of 41 House members introduced a bill on Tuesday that would bar lawmakers and their spouses from trading individual stocks.",
        True,
        [("date", "--10-28", None, None), ("count", 41, None, None)],
        None,
    ),
    (
        "en",
        "Violators would forfeit any profits and pay a fine equal to 10% of the value of the trades.",
        True,
        [("percent", 10, "%", None)],
        None,
    ),
    (
        "en",
        "Members of Congress reported stock trades worth at least $720 million last year, according to a review of disclosures by a nonpartisan watchdog.",
        True,
        [("money", 720000000, "USD", "at_least")],
        None,
    ),
    (
        "en",
        "A similar bill cleared a House committee 24-2 in 2024 but never got a floor vote.",
        True,
        [("count", 24, None, None), ("count", 2, None, None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        '"If you want to get rich, go work on Wall Street," said Rep. Nadia Fairbanks, a Colorado Democrat who co-wrote the bill.',
        False,
        [],
        None,
    ),
    (
        "en",
        "House Speaker Dale Westbrook said he would bring the bill to the floor before the end of the year.",
        True,
        [],
        "Dale Westbrook",
    ),
    # --- Harvard-Urteil (APA/AFP) ---
    (
        "de",
        "Washington (APA/AFP) - Eine Bundesrichterin in Boston hat die Streichung von Bundesmitteln für die Universität Harvard in Höhe von 2,2 Milliarden Dollar für rechtswidrig erklärt.",
        True,
        [("money", 2200000000, "USD", None)],
        None,
    ),
    (
        "de",
        "Die Regierung habe die Meinungsfreiheit der Hochschule verletzt, heißt es in dem 84-seitigen Urteil.",
        True,
        [("count", 84, None, None)],
        None,
    ),
    (
        "de",
        "Die Regierung hatte der Universität vorgeworfen, nicht genug gegen Antisemitismus auf dem Campus zu unternehmen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Eine Sprecherin des Weißen Hauses kündigte Berufung an.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Sie nannte die Richterin eine „Aktivistin in Robe“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Harvard verfügt über ein Stiftungsvermögen von rund 53 Milliarden Dollar, teilte die Universität mit.",
        True,
        [("money", 53000000000, "USD", "about")],
        "die Universität",
    ),
    # --- Verteidigungshaushalt (Reuters) ---
    (
        "de",
        "Washington (Reuters) - Das Repräsentantenhaus hat den Verteidigungshaushalt für das Jahr 2027 im Umfang von 925 Milliarden Dollar gebilligt.",
        True,
        [("year", 2027, None, None), ("money", 925000000000, "USD", None)],
        None,
    ),
    (
        "de",
        "Für das Gesetz stimmten 231 Abgeordnete, 196 dagegen.",
        True,
        [("count", 231, None, None), ("count", 196, None, None)],
        None,
    ),
    (
        "de",
        "Es sieht eine Solderhöhung von 3,8 Prozent vor und hält die Zahl der in Europa stationierten US-Soldaten bei mindestens 76.000.",
        True,
        [("percent", 3.8, "%", None), ("count", 76000, None, "at_least")],
        None,
    ),
    (
        "de",
        "Der Senat hatte seine Fassung bereits im September verabschiedet, beide Versionen müssen nun angeglichen werden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Ausgaben liegen damit um rund 4 Prozent über dem Vorjahr, sagte der Vorsitzende des Streitkräfteausschusses, Ronald Sturgis.",
        True,
        [("percent", 4, "%", "about")],
        None,
    ),
    (
        "de",
        "„Frieden durch Stärke ist kein Slogan, sondern eine Haushaltsentscheidung“, sagte Sturgis.",
        False,
        [],
        None,
    ),
    # --- India tariff deal (Reuters) ---
    (
        "en",
        "NEW DELHI, Oct 14 (Reuters) - India and the United States agreed to cut U.S. tariffs on Indian goods to 18% from 50%, India's trade ministry said on Tuesday.",
        True,
        [("date", "--10-14", None, None), ("percent", 18, "%", None), ("percent", 50, "%", None)],
        None,
    ),
    (
        "en",
        "The 25% penalty tariff imposed in August over India's purchases of Russian oil will be lifted within two weeks, the ministry said.",
        True,
        [("percent", 25, "%", None), ("duration", 2, "week", None)],
        "the ministry",
    ),
    (
        "en",
        "Bilateral goods trade reached $129 billion last year.",
        True,
        [("money", 129000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Up to 300,000 textile jobs had been at risk under the higher rate, the Apparel Export Promotion Council said.",
        True,
        [("count", 300000, None, "up_to")],
        "the Apparel Export Promotion Council",
    ),
    (
        "en",
        'Opposition leaders in New Delhi called the deal "a surrender dressed up as a victory."',
        False,
        [],
        None,
    ),
    # --- Grundsteuer-Referendum in Florida (dpa) ---
    (
        "de",
        "Tallahassee (dpa) - Floridas Gouverneur Desmond Avery hat eine Volksabstimmung über die Abschaffung der Grundsteuer für selbst genutzte Häuser für November 2026 angesetzt.",
        True,
        [("year", 2026, None, None)],
        None,
    ),
    (
        "de",
        "Für eine Annahme ist in Florida eine Mehrheit von 60 Prozent der Stimmen nötig.",
        True,
        [("percent", 60, "%", None)],
        None,
    ),
    (
        "de",
        "Die Grundsteuer bringt den Kommunen des Bundesstaats jährlich etwa 55 Milliarden Dollar ein, davon rund 19 Milliarden von Hausbesitzern, sagte Avery.",
        True,
        [("money", 55000000000, "USD", "about"), ("money", 19000000000, "USD", "about")],
        "Avery",
    ),
    (
        "de",
        "Bürgermeister mehrerer Städte warnten vor Kürzungen bei Polizei und Feuerwehr.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Niemand sollte für ein Haus, das er längst abbezahlt hat, Miete an den Staat zahlen“, sagte Avery.",
        False,
        [],
        None,
    ),
    # --- The president's numbers (AP) ---
    (
        "en",
        'WASHINGTON (AP) — The president said Thursday that tariffs had brought in "$600 billion" since January, a figure well above the roughly $215 billion recorded in Treasury data.',
        True,
        [("money", 600000000000, "USD", None), ("money", 215000000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "He also said gasoline was selling for under $2 a gallon in several states.",
        True,
        [("money", 2, "USD", "under")],
        None,
    ),
    (
        "en",
        "The national average was $3.08 a gallon on Thursday, according to AAA.",
        True,
        [("money", 3.08, "USD", None)],
        "AAA",
    ),
    (
        "en",
        "The cheapest state average, in Oklahoma, was $2.61.",
        True,
        [("money", 2.61, "USD", None)],
        None,
    ),
    (
        "en",
        'White House press secretary Janelle Booker said the president had been talking about "certain stations" and "where prices are heading."',
        False,
        [],
        None,
    ),
    (
        "en",
        '"Americans can see the price at the pump with their own eyes," Democratic National Committee chair Reggie Halvorsen said.',
        False,
        [],
        None,
    ),
    # --- Bundesrichter bestätigt (Reuters) ---
    (
        "de",
        "Washington (Reuters) - Der US-Senat hat in dieser Amtszeit bislang 58 Bundesrichter bestätigt, darunter sieben für Berufungsgerichte, teilte der Justizausschuss des Senats mit.",
        True,
        [("count", 58, None, None), ("count", 7, None, None)],
        "der Justizausschuss des Senats",
    ),
    (
        "de",
        "Der jüngste, der 36-jährige Nathaniel Corbell, wurde am Mittwoch mit 50 zu 48 Stimmen für das Berufungsgericht des 5. Bezirks bestätigt.",
        True,
        [
            ("duration", 36, "year", None),
            ("count", 50, None, None),
            ("count", 48, None, None),
            ("ordinal", 5, None, None),
        ],
        None,
    ),
    (
        "de",
        "Corbell hatte nie als Richter gearbeitet und war zuvor acht Jahre lang stellvertretender Generalstaatsanwalt in Louisiana.",
        True,
        [("duration", 8, "year", None)],
        None,
    ),
    (
        "de",
        "Die American Bar Association hatte ihn als „nicht qualifiziert“ eingestuft.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Demokraten warfen den Republikanern vor, die Gerichte mit Ideologen zu besetzen.",
        False,
        [],
        None,
    ),
    # --- Party committees' cash (Reuters) ---
    (
        "en",
        "WASHINGTON, Oct 20 (Reuters) - The Republican National Committee ended September with $96.2 million in cash on hand, while the Democratic National Committee reported $22.7 million, filings showed on Monday.",
        True,
        [("date", "--10-20", None, None), ("money", 96200000, "USD", None), ("money", 22700000, "USD", None)],
        None,
    ),
    (
        "en",
        "The DNC also carried $15 million in debt, mostly from a loan taken out in June.",
        True,
        [("money", 15000000, "USD", None)],
        None,
    ),
    (
        "en",
        'DNC spokesman Ari Lindqvist said the committee had raised $31 million in the past two months and would be "fully competitive" by November.',
        True,
        [("money", 31000000, "USD", None), ("duration", 2, "month", None)],
        "Ari Lindqvist",
    ),
    (
        "en",
        '"Democrats are broke because voters have stopped buying what they are selling," an RNC spokeswoman said.',
        False,
        [],
        None,
    ),
    # --- Filmzölle (APA/Reuters) ---
    (
        "de",
        "Washington (APA/Reuters) - Der US-Präsident hat mit Zöllen von 100 Prozent auf im Ausland produzierte Kinofilme gedroht.",
        True,
        [("percent", 100, "%", None)],
        None,
    ),
    (
        "de",
        "Einen Zeitpunkt oder eine rechtliche Grundlage nannte er nicht.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Rund 40 Prozent der Hollywood-Produktionen wurden im vergangenen Jahr zumindest teilweise im Ausland gedreht, wie eine Branchenstudie ergab.",
        True,
        [("percent", 40, "%", "about")],
        None,
    ),
    (
        "de",
        "Wie solche Zölle auf Filme erhoben werden sollen, ist unter Handelsjuristen umstritten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft der Filmschaffenden begrüßte den Vorstoß grundsätzlich.",
        False,
        [],
        None,
    ),
]
