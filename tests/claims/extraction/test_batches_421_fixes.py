"""Fixes of session twenty-three: misses the first runs of blind batches 421 and up showed (each
positive case failed before its fix), beside near misses that must stay as they were. Sample
sentences of our own writing."""

import pytest

from claims.extraction import extract_claims
from claims.extraction.quantities import extract_quantities


def _found(text: str, lang: str) -> list:
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected", "absent"),
    [
        # a share after "or", its "of ..." left out because a share of something stood before it
        (
            "Airlines must cancel half of their flights at Orly, or a third at Marseille, the regulator said.",
            "en",
            ("fraction", 0.3333, None, None),
            ("ordinal", 3, None, None),
        ),
        (
            "Half of the funds go to schools or a third to hospitals.",
            "en",
            ("fraction", 0.3333, None, None),
            ("ordinal", 3, None, None),
        ),
        # a share of a percentage point with the hyphen short of "point"
        (
            "The Fed is expected to cut its benchmark rate by a quarter-percentage point in September.",
            "en",
            ("percent", 0.25, "pp", None),
            None,
        ),
        ("It raised rates by a half-percentage point, the bank said.", "en", ("percent", 0.5, "pp", None), None),
        # ages at a step of a life
        (
            "Born in Lyon in 1938, she bought her first camera at 15 with money earned selling flowers.",
            "en",
            ("duration", 15, "year", None),
            ("count", 15, None, None),
        ),
        (
            "Quayle-Ramsden, the third of four sisters, trained as a botanist before joining the BBC at 26.",
            "en",
            ("duration", 26, "year", None),
            ("count", 26, None, None),
        ),
        (
            "Tomasz Brandt, who plays the cook, made his screen debut at 62 and is the first actor in the role.",
            "en",
            ("duration", 62, "year", None),
            ("count", 62, None, None),
        ),
        # near misses: no person opens the sentence, a price
        ("Siemens shares rose before joining the index at 30.", "en", None, ("duration", 30, "year", None)),
        ("The fund bought its first stake at 15 cents a share.", "en", ("money", 0.15, "USD", None), None),
        # runways, flight numbers and aircraft types name things
        ("Die Sanierung der Piste 16/34 beginne im Mai, sagte er.", "de", None, ("count", 34, None, None)),
        (
            "Flight U2 2317, carrying 176 passengers, landed about 90 minutes later.",
            "en",
            ("count", 176, "passengers", None),
            ("count", 2317, None, None),
        ),
        ("Der Flug EW 9462 nach Palma fiel aus.", "de", None, ("count", 9462, None, None)),
        (
            "Deliveries rose to 53, including seven 787 Dreamliners.",
            "en",
            ("count", 7, None, None),
            ("count", 787, None, None),
        ),
        ("Typ PzH 2000 wird bis 2027 geliefert.", "de", None, ("count", 2000, None, None)),
        # dozens, scales in a row
        ("He broke away from a pack of a dozen and a half runners.", "en", ("count", 18, None, None), None),
        ("The state will send a half-dozen inspectors.", "en", ("count", 6, None, None), None),
        (
            "We are talking about one million two hundred thousand barrels a day.",
            "en",
            ("count", 1200000, "barrels", None),
            ("count", 1000000, None, "about"),
        ),
        ("Two billion five hundred million dollars were spent.", "en", ("money", 2500000000, "USD", None), None),
        ("Some two hundred million people.", "en", ("count", 200000000, "people", "about"), None),
        (
            "Two million people and three hundred thousand cars.",
            "en",
            ("count", 2000000, "people", None),
            ("count", 2000300000, None, None),
        ),
        ("It logged 1.5bn sessions from some 14.2m active users.", "en", ("count", 14200000, "users", "about"), None),
        ("A 5m high wall.", "en", ("count", 5, None, None), ("count", 5000000, None, None)),
        ("The show averaged 5.4m viewers across the evening.", "en", ("count", 5400000, "viewers", None), None),
        # German ranks in a list before one noun, days in a list before one month
        ("Er traf in der 12., 58. und 83. Minute.", "de", ("ordinal", 58, None, None), ("count", 58, None, None)),
        ("Er traf in der 12., 58. und 83. Minute.", "de", ("ordinal", 83, None, None), ("count", 83, None, None)),
        ("Am 3., 17. und 24. Mai wird gestreikt.", "de", ("date", "--05-03", None, None), ("ordinal", 3, None, None)),
        ("Er wurde 3., 5. und 9. in den Rennen.", "de", None, ("ordinal", 5, None, None)),
        ("Er sprang 139 Meter und wurde Tageszweiter.", "de", ("ordinal", 2, None, None), None),
        ("Die Bahn begrüßte ihren millionsten Fahrgast.", "de", ("ordinal", 1000000, None, None), None),
        ("Etwa ein Sechzehntel der Älteren lebt allein.", "de", ("fraction", 0.0625, None, "about"), None),
        (
            "Airfares fell by nearly a fifth between August and September.",
            "en",
            ("fraction", 0.2, None, "nearly"),
            None,
        ),
        ("Beim 2026er-Jahrgang lägen die Mostgewichte bei 86 Grad.", "de", ("year", 2026, None, None), None),
        ("In den 1990er-Jahren wuchs die Stadt.", "de", None, ("year", 1990, None, None)),
        # a year compared after a sum; a counted noun keeps the count
        (
            "Es stehen bereit: eine Viertelmilliarde Euro mehr als 2025.",
            "de",
            ("year", 2025, None, None),
            ("count", 2025, None, "over"),
        ),
        (
            "Der Verein zahlt 300 Euro mehr als 2000 andere Vereine.",
            "de",
            ("count", 2000, "Vereine", "over"),
            None,
        ),
        # hedges: race distances, trailing bounds, idioms, topics
        (
            "Biathlet Lukas Bredenkamp hat den Massenstart über 15 Kilometer gewonnen.",
            "de",
            ("count", 15, "Kilometer", None),
            ("count", 15, "Kilometer", "over"),
        ),
        ("Der Stau reichte über 15 Kilometer.", "de", ("count", 15, "Kilometer", "over"), None),
        ("Die Sanierung dauere drei Jahre mindestens, sagte er.", "de", ("duration", 3, "year", "at_least"), None),
        ("Crews expected containment within five days at the most.", "en", ("duration", 5, "day", "at_most"), None),
        (
            "He was jailed for two years at least partly because of it.",
            "en",
            ("duration", 2, "year", None),
            None,
        ),
        ("The closure lasted the better part of three years.", "en", ("duration", 3, "year", "nearly"), None),
        ("Der Sturm tobte gute zwei Stunden lang.", "de", ("duration", 2, "hour", "over"), None),
        ("The fire destroyed about 300 homes.", "en", ("count", 300, "homes", "about"), None),
        # bobsleigh disciplines name no crew; other crews count
        ("Brandtner leads the four-man standings with 1,310 points.", "en", None, ("count", 4, "man", None)),
        ("It was his 21st World Cup win in two-man.", "en", None, ("count", 2, "man", None)),
        ("A four-man breakaway was caught 3 km from the line.", "en", ("count", 4, "man", None), None),
        (
            "In der Gesamtwertung des Viererbobs führt Brandtner mit 1.120 Punkten.",
            "de",
            None,
            ("count", 4, None, None),
        ),
        ("Die Dreierkoalition hält.", "de", ("count", 3, None, None), None),
        # a score after "edged"
        ("The Maple Leafs edged the Boston Bruins 4-3 on Saturday.", "en", None, ("count", 4, None, None)),
        ("Sales edged up 3-4% in May.", "en", ("percent", 3, "%", None), None),
        # round two: speed limits, vote tallies, polls, shares
        ("Köln will auf weiteren 86 Hauptstraßen Tempo 30 einführen.", "de", ("count", 30, None, None), None),
        ("The House passed its version 231-196 in September.", "en", ("count", 196, None, None), None),
        ("Version 2 of the app is out.", "en", None, ("count", 2, None, None)),
        ("Among independents, Quarles trails by 9 points, 50% to 41%.", "en", ("percent", 9, "pp", None), None),
        (
            "The lead was up from 2 points in a Reuters/Ipsos poll earlier this month.",
            "en",
            ("percent", 2, "pp", None),
            None,
        ),
        ("Arsenal are up from 2 points to 5 in the table.", "en", ("count", 2, "points", None), None),
        (
            "Only about a third back his approach to immigration.",
            "en",
            ("fraction", 0.3333, None, "about"),
            ("ordinal", 3, None, None),
        ),
        (
            "Die Gewerkschaften fordern für 2027 Lohnerhöhungen von mindestens 4 Prozent.",
            "de",
            ("year", 2027, None, None),
            ("count", 2027, "Lohnerhöhungen", None),
        ),
        ("Für 2000 Wohnungen fehlt das Geld.", "de", ("count", 2000, "Wohnungen", None), None),
        # glued thousands and millions
        (
            "Ridgecrest added 412k postpaid phone subscribers, beating the 358k expected.",
            "en",
            ("count", 358000, "expected", None),
            None,
        ),
        ("Ridgecrest added 412k postpaid phone subscribers.", "en", ("count", 412000, "postpaid", None), None),
        ("She won the 10k race in 31 minutes.", "en", ("count", 10, None, None), ("count", 10000, None, None)),
        ("Ridgecrest now serves 96.4m wireless connections.", "en", ("count", 96400000, "wireless", None), None),
        # rounds by number, points of a plan, idioms, the rest of a territory
        ("Es war die Gesprächsrunde Nummer sechs seit dem Herbst.", "de", ("ordinal", 6, None, None), None),
        ("By Turkish reckoning, it was round number six since last autumn.", "en", ("ordinal", 6, None, None), None),
        ("Er trägt die Nummer sechs.", "de", ("count", 6, None, None), None),
        ("Point 6 covers the return of deported children.", "en", None, ("count", 6, "covers", None)),
        ("An diesem Punkt 300 Menschen.", "de", ("count", 300, "Menschen", None), None),
        ("Zuvor gab es ein Sechs-Augen-Gespräch im Palast.", "de", None, ("count", 6, None, None)),
        (
            "Ukraine must pull its troops out of the remaining sixth, including the regional capital.",
            "en",
            ("fraction", 0.1667, None, None),
            ("ordinal", 6, None, None),
        ),
        # a compared figure after its year; a bare age bounded by "or older"
        (
            "The median age climbed to a record 39.6 years in 2025, up from 39.3 a year earlier.",
            "en",
            ("duration", 39.3, "year", None),
            None,
        ),
        (
            "More than one in five residents of Florida is now 65 or older.",
            "en",
            ("duration", 65, "year", "at_least"),
            None,
        ),
        ("Jeder Fünfte ist 80 oder älter.", "de", ("duration", 80, "year", "at_least"), None),
        ("Prices were 12 or more than that.", "en", None, ("duration", 12, "year", "at_least")),
        # flashes in capitals: scales, currencies, ranges, quarters, periods, hedges
        (
            "HALVERSTEIN: UMSATZ 4,82 MRD. EURO (VJ: 4,61 MRD.) – BEREINIGTES EBIT 338 MIO. EURO",
            "de",
            ("money", 338000000, "EUR", None),
            None,
        ),
        (
            "BUNDESTAG BILLIGT NACHTRAGSHAUSHALT MIT 12,4 MRD. EURO NEUEN SCHULDEN",
            "de",
            ("money", 12400000000, "EUR", None),
            None,
        ),
        ("TOKYO TRADE SURPLUS 1.84 TRLN YEN IN MAY", "en", ("money", 1840000000000, "JPY", None), None),
        (
            "CHINA Q3 GDP +4.6 PCT YR/YR (REUTERS POLL +4.8 PCT); +0.9 PCT QTR/QTR",
            "en",
            ("percent", 4.6, "%", None),
            ("count", 4.6, None, None),
        ),
        ("CHINA Q3 GDP +4.6 PCT YR/YR (REUTERS POLL +4.8 PCT)", "en", ("ordinal", 3, None, None), None),
        ("ASTRAVELL RAISES 2032 SALES GROWTH TARGET TO 7-9 PCT FROM 5-7 PCT", "en", ("percent", 5, "%", None), None),
        ("ASTRAVELL RAISES 2032 SALES GROWTH TARGET TO 7-9 PCT", "en", ("year", 2032, None, None), None),
        ("Firm cuts 2030 jobs.", "en", ("count", 2030, "jobs", None), None),
        ("*HARTWELL 3Q ADJ EPS $2.14, EST. $1.98", "en", ("ordinal", 3, None, None), None),
        ("*HARTWELL 3Q REV. $10.7B, EST. $10.4B", "en", ("money", 10400000000, "USD", None), None),
        ("It paid $300M for the stake.", "en", ("money", 300000000, "USD", None), None),
        ("HALVERSTEIN: Q3-UMSATZ 4,82 MRD. EURO", "de", ("ordinal", 3, None, None), None),
        ("Lindmatt 9M: Umsatz 3,41 Mrd. Fr. – organisch +4,8 %", "de", ("duration", 9, "month", None), None),
        (
            "HALVERSTEIN SENKT JAHRESZIEL: UMSATZ 2032 NUR NOCH RD. 18,9 MRD. EURO",
            "de",
            ("money", 18900000000, "EUR", "about"),
            ("count", 2032, "Nur", None),
        ),
        ("Die Neuverschuldung steigt auf rd. 71 Mrd. Euro.", "de", ("money", 71000000000, "EUR", "about"), None),
        ("GWR said ~40 services were cancelled.", "en", ("count", 40, "services", "about"), None),
        ("JAPAN STOCKS-Nikkei ends down 1.3 pct at 3-wk low", "en", ("duration", 3, "week", None), None),
        ("Sterling slid 0.4 pct, its lowest in 5 wks.", "en", ("duration", 5, "week", None), None),
        ("UK REGULAR PAY +4.2 PCT IN 3 MTHS TO AUG", "en", ("duration", 3, "month", None), None),
        ("Reform lead over Labour narrows to 2 pts - YouGov", "en", ("percent", 2, "pp", None), None),
        ("Arsenal lead by 2 pts.", "en", ("count", 2, "pts", None), None),
        # a ticker's minute stamps and a result's scorers
        ("23' Leverkusen führt: Villaseñor-Puig staubt zum 1:0 ab.", "de", ("ordinal", 23, None, None), None),
        ("90.+3' Joker Breitenbach-Ohm köpft zum 2:1 ein.", "de", ("ordinal", 3, None, None), None),
        ("12 min: Goal for Arsenal, Okonjo-Reid drilling a low shot.", "en", ("ordinal", 12, None, None), None),
        ("12 min of stoppage time were played.", "en", ("duration", 12, "minute", None), None),
        ("5' is the height.", "en", None, ("ordinal", 5, None, None)),
        (
            "Arsenal 3 (Okonjo-Reid 12, 81, Lindqvist-Obi 58 pen) Slavia Prague 0",
            "en",
            ("ordinal", 81, None, None),
            ("count", 3, None, None),
        ),
        # a platform's counter with a capital "M"
        ("The most shared version had drawn 2.4M views by Thursday.", "en", ("count", 2400000, "views", None), None),
        ("The 9M revenues rose.", "en", None, ("count", 9000000, "revenues", None)),
        # round three: pension ages, channels, years about, names of missions, lists, ages bounded
        (
            "The retirement age is currently 67 and is due to reach 68 in 2030 and 69 in 2035.",
            "en",
            ("duration", 69, "year", None),
            ("count", 69, None, None),
        ),
        ("People born after 1970 would have to work until 70.", "en", ("duration", 70, "year", None), None),
        (
            "Someone who starts benefits at 62 receives up to 30% less each month.",
            "en",
            ("duration", 62, "year", None),
            None,
        ),
        (
            "Für den Jahrgang 1964 gilt beim Rentenalter 65.",
            "de",
            ("duration", 65, "year", None),
            ("count", 65, None, None),
        ),
        ("The pension fund holds 60 stocks.", "en", ("count", 60, "stocks", None), None),
        ("The retirement age is 67 for 60 workers.", "en", ("count", 60, "workers", None), None),
        ("Passenger Megan Castellanos told Channel Nine.", "en", None, ("count", 9, None, None)),
        ("They could keep running until about 2030 if nothing else fails.", "en", ("year", 2030, None, "about"), None),
        ("Apollo 17 landed in December 1972.", "en", None, ("count", 17, "landed", None)),
        ("During Expedition 74, the crew circled Earth 3,800 times.", "en", None, ("count", 74, None, None)),
        ("The expedition 74 members.", "en", ("count", 74, "members", None), None),
        (
            "Im Bistum Basel traten 9870 Personen aus, im Bistum Chur 5214 und im Bistum St. Gallen 3066.",
            "de",
            ("count", 5214, None, None),
            None,
        ),
        (
            "Women made up 54% of pilgrims, and about one in five was over 60.",
            "en",
            ("duration", 60, "year", "over"),
            None,
        ),
        ("Most of the victims were under 30.", "en", ("duration", 30, "year", "under"), None),
        ("Inflation was over 60 in May.", "en", ("count", 60, None, "over"), None),
        (
            "Only 14 priests serve the state, the youngest of them 34 and the oldest 79.",
            "en",
            ("duration", 34, "year", None),
            None,
        ),
        ("The oldest 50 trees were cut.", "en", ("count", 50, "trees", None), None),
        # round four: a table's points in brackets; ages in brackets stay
        (
            "Dahinter folgen Eintracht Frankfurt (55), die TSG Hoffenheim (46) und der SC Freiburg (41).",
            "de",
            ("count", 46, None, None),
            ("duration", 46, "year", None),
        ),
        (
            "At the bottom, Southampton (22) and Ipswich Town (29) are already relegated.",
            "en",
            ("count", 29, None, None),
            ("duration", 29, "year", None),
        ),
        ("Ein Mann (45) und seine Frau (38) wurden festgenommen.", "de", ("duration", 38, "year", None), None),
        ("Der Fahrer (45) verlor 12 Punkte in Flensburg.", "de", ("duration", 45, "year", None), None),
        # a unit written once serves the interval compared after "instead of every"
        ("Route 14 will run every 20 minutes instead of every 12.", "en", ("duration", 12, "minute", None), None),
        ("Die Busse fahren künftig alle 20 Minuten statt alle 30.", "de", ("duration", 30, "minute", None), None),
        # hedges before and after the figure (batch 445)
        ("Sales growth would come in at 1% at best, she said.", "en", ("percent", 1, "%", "at_most"), None),
        (
            "Hiring would have to slow for three months at a minimum before the Fed cuts rates.",
            "en",
            ("duration", 3, "month", "at_least"),
            None,
        ),
        (
            "He has thrown a touchdown pass in 14 straight games and counting.",
            "en",
            ("count", 14, "straight", "at_least"),
            None,
        ),
        (
            "„Im Flachland reden wir von fünf Zentimetern oder so“, sagte sie.",
            "de",
            ("count", 5, "Zentimetern", "about"),
            None,
        ),
        (
            '"We are in a 100,000-a-month world now, 120,000 max," he said.',
            "en",
            ("count", 120000, None, "at_most"),
            None,
        ),
        ("Inflation would sit in the vicinity of 3% until late 2027.", "en", ("percent", 3, "%", "about"), None),
        (
            "Spending would land in the neighborhood of $258 billion.",
            "en",
            ("money", 258000000000, "USD", "about"),
            None,
        ),
        (
            "Das Werk soll jährlich um und bei 60.000 Tonnen produzieren.",
            "de",
            ("count", 60000, "Tonnen", "about"),
            None,
        ),
        ("Der Konzern werde zumindest 900 Stellen streichen.", "de", ("count", 900, "Stellen", "at_least"), None),
        ("Der Umsatz steigt bestenfalls 1,5 Prozent.", "de", ("percent", 1.5, "%", "at_most"), None),
        ("Der Umsatz liegt in der Größenordnung von 2,4 Mrd. Euro.", "de", ("money", 2400000000, "EUR", "about"), None),
        # old currencies and abbreviated months
        ("Davon entfallen rund 5,6 Mrd. DM auf Banknoten.", "de", ("money", 5600000000, "DEM", "about"), None),
        ("Vor 30 Jahren kostete die Tageskarte 420 öS.", "de", ("money", 420, "ATS", None), None),
        (
            "Rütliger will rund 180 Mio. sFr. in ein neues Werk investieren.",
            "de",
            ("money", 180000000, "CHF", "about"),
            None,
        ),
        (
            "Die Zahl der Langzeitarbeitslosen (ohne Job seit mehr als 12 Mon.) stieg.",
            "de",
            ("duration", 12, "month", "over"),
            None,
        ),
    ],
)
def test_quantities(text: str, lang: str, expected: tuple | None, absent: tuple | None) -> None:
    found = _found(text, lang)
    if expected is not None:
        assert expected in found, found
    if absent is not None:
        assert absent not in found, found


def test_speaker_of_a_share_sentence() -> None:
    text = "Airlines must cancel half of their flights at Orly, or a third at Marseille, the regulator said."
    assert extract_claims(text, "en")[0].speaker == "the regulator"


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        # an English name in German copy
        (
            "Der Ausschuss entschied mit 7:2 Stimmen, wie die Bank of England am Donnerstag mitteilte.",
            "de",
            "die Bank of England",
        ),
        ("Nach Angaben der Bank of England stieg die Inflation auf 3 Prozent.", "de", "die Bank of England"),
        (
            "Die Inflation stieg auf 3 Prozent, sagte ein Sprecher der Bank of Japan.",
            "de",
            "ein Sprecher der Bank of Japan",
        ),
        (
            "Nach Angaben des Instituts zur Qualitätsentwicklung im Bildungswesen verfehlten 17 Prozent den Test.",
            "de",
            "das Institut zur Qualitätsentwicklung im Bildungswesen",
        ),
        # a role before the name in apposition
        (
            "The other dissenter, external MPC member Harriet Coldicott, said she favoured a quarter-point cut.",
            "en",
            "Harriet Coldicott",
        ),
        (
            "The chair, deputy governor Harriet Coldicott, said rates would fall by 0.25 points.",
            "en",
            "Harriet Coldicott",
        ),
        ("The factory owner, Helen Cross, said 40 jobs would go.", "en", "Helen Cross"),
        ("Chief Executive Rajiv Sen said 3 people died.", "en", "Rajiv Sen"),
        (
            "Chief Financial Officer Rajiv Malhotra-Sen told analysts that tariffs needed to rise by 10%.",
            "en",
            "Rajiv Malhotra-Sen",
        ),
        ("Sen. Maria Cantwell said 3 people died.", "en", "Maria Cantwell"),
        (
            "Das Kindergeld steigt um 4 Euro, teilte die Familienkasse der Bundesagentur für Arbeit mit.",
            "de",
            "die Familienkasse der Bundesagentur für Arbeit",
        ),
        (
            "Laureate Pieter van Wesenbeeck told reporters the team had worked on it for 25 years.",
            "en",
            "Pieter van Wesenbeeck",
        ),
    ],
)
def test_speakers(text: str, lang: str, speaker: str) -> None:
    claims = extract_claims(text, lang)
    assert claims and claims[0].speaker == speaker


def test_no_speaker_after_an_adverbial_opener() -> None:
    text = "On Monday, deputy governor Harriet Coldicott, said rates would fall by 0.25 points."
    assert extract_claims(text, "en")[0].speaker is None


def test_a_flash_in_capitals_stays_one_sentence() -> None:
    text = "BUNDESTAG BILLIGT NACHTRAGSHAUSHALT MIT 12,4 MRD. EURO NEUEN SCHULDEN"
    assert len(extract_claims(text, "de", min_score=0)) == 1
    text = "The deal was struck with NATO. Officials said 40 troops would go."
    assert len(extract_claims(text, "en", min_score=0)) == 2
