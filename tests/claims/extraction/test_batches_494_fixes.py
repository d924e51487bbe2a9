"""Fixes of session twenty-six: misses of the first runs of blind batches 494-501 (each positive case
failed before its fix), beside near misses that must stay as they were. Sample sentences of our own
writing."""

import pytest

from claims.extraction import extract_claims
from claims.extraction.quantities import extract_quantities


def _found(text: str, lang: str) -> list:
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected", "absent"),
    [
        # a court's term of one year, month or day written with the article
        (
            "Das Gericht verurteilte den Mann zu einem Jahr und drei Monaten Haft.",
            "de",
            ("duration", 1, "year", None),
            None,
        ),
        (
            "Sie erhielt eine Bewährungsstrafe von einem Jahr und einem Monat.",
            "de",
            ("duration", 1, "month", None),
            None,
        ),
        ("Der Tatbestand sieht eine Mindeststrafe von einem Jahr vor.", "de", ("duration", 1, "year", None), None),
        ("The trader was sentenced in May to a year and a day.", "en", ("duration", 1, "day", None), None),
        ("She was jailed for a year and six months.", "en", ("duration", 1, "year", None), None),
        # near misses: a contract's term and "a year ago" carry nothing
        ("Der Tarifvertrag hat eine Laufzeit von einem Jahr.", "de", None, ("duration", 1, "year", None)),
        ("He was jailed a year ago for fraud.", "en", None, ("duration", 1, "year", None)),
        # a poll's net rating with its sign, with or without "points": percentage points
        ("The premier's net approval rating fell to minus 31 from minus 24.", "en", ("percent", -31, "pp", None), None),
        ("The premier's net approval rating fell to minus 31 from minus 24.", "en", ("percent", -24, "pp", None), None),
        ("His net satisfaction rating stood at minus 9 points.", "en", ("percent", -9, "pp", None), None),
        # near miss: a net run rate is no poll
        ("The side's net run rate is minus 0.4 after 12 games.", "en", ("count", -0.4, None, None), None),
        # a party's primary vote moving in points
        ("The Greens' primary vote rose 2.6 points.", "en", ("percent", 2.6, "pp", None), None),
        ("Liverpool are six points clear at the top.", "en", ("count", 6, "points", None), None),
        # "a score of" after "another", or before "the" and a figure
        ("Another score of bridges are due to be replaced.", "en", ("count", 20, None, None), None),
        ("A score of the 150-odd routes run every 10 minutes.", "en", ("count", 20, None, None), None),
        ("It was a score of the kind rarely seen.", "en", None, ("count", 20, None, None)),
        # "a dozen-odd" is about twelve
        ("The council will fold a dozen-odd branch libraries into hubs.", "en", ("count", 12, None, "about"), None),
        # "and a quarter" before a percent adds to the whole
        (
            "Growth of around one and a quarter per cent looks within reach.",
            "en",
            ("percent", 1.25, "%", "about"),
            None,
        ),
        ("Rates rose to four and three-quarters percent.", "en", ("percent", 4.75, "%", None), None),
        # "nowhere near" bounds nothing
        (
            "The 16,240 homes are nowhere near the 41,000 a year the government wants.",
            "en",
            ("count", 41000, None, None),
            None,
        ),
        ("Brent steadied near $66 a barrel.", "en", ("money", 66, "USD", "about"), None),
        # a hedged change to a hedged total shares the total's currency
        (
            "Die Investitionen steigen um knapp 8 Milliarden auf rund 44 Milliarden Euro.",
            "de",
            ("money", 8000000000, "EUR", "nearly"),
            None,
        ),
        # a year after a possessive before its voters
        ("Over half of Labour's 2024 voters stayed at home.", "en", ("year", 2024, None, None), None),
        ("The club's 2000 members voted on Monday.", "en", ("count", 2000, "members", None), None),
        # a lap, a ranking's number and a place held in a race
        (
            "Er lag nach seinem Boxenstopp in Runde 21 bereits auf Rang vier.",
            "de",
            ("ordinal", 21, None, None),
            ("count", 21, None, None),
        ),
        (
            "In der Weltrangliste wird der Schweizer, derzeit die Nummer 58, um zehn Plätze vorrücken.",
            "de",
            ("ordinal", 58, None, None),
            None,
        ),
        ("Izquierdo was running second when he crashed at Turn 4.", "en", ("ordinal", 2, None, None), None),
        ("In der jüngsten Runde 494 Starting Grants wurden vergeben.", "de", None, ("ordinal", 494, None, None)),
        # a race time named by its distance or a split, without a unit
        ("He ran 26:21 over 10 kilometres in Valencia.", "en", ("duration", 26, "minute", None), None),
        ("He ran 26:21 over 10 kilometres in Valencia.", "en", ("count", 10, "kilometres", None), None),
        ("We planned a pace of 2:55 per kilometre.", "en", ("duration", 55, "second", None), None),
        ("She went through halfway in 68:12.", "en", ("duration", 68, "minute", None), None),
        # a poll's later bare "up three" after "down two points"
        (
            "Labour is on 31%, down two points, with the Greens up three at 14%.",
            "en",
            ("percent", 3, "pp", None),
            None,
        ),
        (
            "The team was down two points at half-time, and up three goals later.",
            "en",
            None,
            ("percent", 3, "pp", None),
        ),
        # voters bounded by an age
        (
            "Verluste gab es vor allem bei Wählerinnen und Wählern über 60.",
            "de",
            ("duration", 60, "year", "over"),
            None,
        ),
        ("Die Partei gewann bei Wählern über 60 Prozent.", "de", ("percent", 60, "%", "over"), None),
        # tenths of a second lost per lap
        ("Das Auto habe pro Runde bis zu drei Zehntel verloren.", "de", ("duration", 0.3, "second", "up_to"), None),
        ("Drei Zehntel der Fläche sind befallen.", "de", ("fraction", 0.3, None, None), None),
        # "alle dreiviertel Stunde": a span
        ("Ersatzbusse fahren alle dreiviertel Stunde.", "de", ("duration", 0.75, "hour", None), None),
        ("Dreiviertel der Abgase stammen aus dem Verkehr.", "de", ("fraction", 0.75, None, None), None),
        # a bare "$" by the home market a sentence names, without a dateline
        (
            "Rivermont shares fell 3.6 per cent to $41.22 on the Toronto Stock Exchange.",
            "en",
            ("money", 41.22, "CAD", None),
            None,
        ),
        (
            "The Calgary-based carrier earned $96.4 million in the quarter.",
            "en",
            ("money", 96400000, "CAD", None),
            None,
        ),
        (
            "The board declared a fully franked final dividend of 9.5 cents a share.",
            "en",
            ("money", 0.095, "AUD", None),
            None,
        ),
        (
            "The company's shares rose 2% to $14.10 on the New York Stock Exchange.",
            "en",
            ("money", 14.1, "USD", None),
            None,
        ),
        # a change to a level expected, the unit written once
        ("Der Beitrag müsse von 2,9 auf voraussichtlich 3,3 Prozent steigen.", "de", ("percent", 2.9, "%", None), None),
        # Irish English's singular cent before "this year"; "costs 9 cent more" stays unread
        (
            "Milk cost about 41 cent a litre to produce, up from 38 cent this year.",
            "en",
            ("money", 0.38, "EUR", None),
            None,
        ),
        ("A stamp costs 9 cent more.", "en", None, ("money", 0.09, "EUR", None)),
        # a share then, after "down from" and before a year
        (
            "Syrians lodged 6% of all claims, down from a fifth in early 2025.",
            "en",
            ("fraction", 0.2, None, None),
            None,
        ),
        ("She finished a fifth in the 2025 standings.", "en", None, ("fraction", 0.2, None, None)),
        # pounds that can only weigh: a weighed thing in the sentence, no British copy
        ("The pumpkin had put on as much as 45 pounds a day.", "en", ("count", 45, "pounds", "up_to"), None),
        ("A 1,400-pound fed steer brings more than $3,300.", "en", ("count", 1400, "pound", None), None),
        ("British beef exports rose to 600 million pounds last year.", "en", ("money", 600000000, "GBP", None), None),
        # a room's two sides glued to "m"
        (
            "The second bedroom measured just 2.4m by 3m.",
            "en",
            ("count", 2.4, None, None),
            ("count", 2400000, None, None),
        ),
        ("The club raised £2.4m by selling 3m shares.", "en", ("count", 3000000, "shares", None), None),
        # a Swiss goal line: the minute with its dot before the scorer, the score after
        ("Tore: 8. Bosshard 1:0. 24. Inäbnit 1:1. 29. Tschumi 2:1.", "de", ("ordinal", 24, None, None), None),
        ("Tore: 23. Zeller 1:0. 78. Imhof (Foulpenalty) 2:0.", "de", ("ordinal", 78, None, None), None),
        ("Tore: 1:0 Dahlke (8.), 2:0 Mensah (31.).", "de", ("ordinal", 31, None, None), None),
        # near misses: a clock time before a distance, a score
        ("The train leaves at 10:30 for 10 miles of scenic track.", "en", None, ("duration", 10, "minute", None)),
        ("The Bulls led 26:21 at half-time.", "en", None, ("duration", 26, "minute", None)),
    ],
)
def test_quantities(text, lang, expected, absent):
    found = _found(text, lang)
    if expected is not None:
        assert expected in found, found
    if absent is not None:
        assert absent not in found, found


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        # a body's name with a point inside after "wie"
        ("Der Umsatz stieg um 4 Prozent, wie IT.NRW am Donnerstag mitteilte.", "de", "IT.NRW"),
        # a court's file number shortened with "Az." ends no sentence
        (
            "Der 1. Strafsenat gab der Revision statt (Az. 1 StR 212/27), teilte der Bundesgerichtshof mit.",
            "de",
            "der Bundesgerichtshof",
        ),
        # a role before a given name shaped like a role noun, and "Orthopädin"
        ("Mitinitiant Severin Gisler sagte, in über 300 Gemeinden gebe es eine Mehrheit.", "de", "Severin Gisler"),
        ("Orthopädin Henny Vosgerau sagte, es dauere etwa 20 Minuten.", "de", "Henny Vosgerau"),
        # the agency told ("sagte der APA") is no speaker; the name in apposition is
        (
            "Der Chef der Gewerkschaft, Gerhard Ebenbichler, sagte der APA, jede vierte Lehrkraft sei über 55.",
            "de",
            "Gerhard Ebenbichler",
        ),
        ("Die Zahl der Fälle stieg auf 40, berichtete die APA.", "de", "die APA"),
        # a rank before the name in apposition after "Laut"
        (
            "Laut dem Leiter des Landeskriminalamts, Oberst Christian Gföller, sind 79 Opfer bekannt.",
            "de",
            "Christian Gföller",
        ),
        # a genitive ends the adverbial after "sagte"
        (
            "Die Chefin des Rats, Ruth Escher, sagte bei der Vorstellung des Gutachtens in Berlin, es gebe 3 Pläne.",
            "de",
            "Ruth Escher",
        ),
        # "estimates" after "above" and a name is the noun
        (
            "Cobrenna sees $3.1 billion in revenue, above Wall Street estimates, CEO Priya Halvorsen told analysts.",
            "en",
            "Priya Halvorsen",
        ),
        # a body's name with "&"
        (
            "Die Löhne steigen um 2 Prozent, wie die Hotel & Gastro Union am Donnerstag mitteilte.",
            "de",
            "die Hotel & Gastro Union",
        ),
        # near miss: a given name alone stays the name
        ("Severin Gisler sagte, in über 300 Gemeinden gebe es eine Mehrheit.", "de", "Severin Gisler"),
    ],
)
def test_speakers(text, lang, speaker):
    claims = extract_claims(text, lang)
    assert claims and claims[0].speaker == speaker, [(c.speaker, c.text) for c in claims]


@pytest.mark.parametrize(
    ("text", "lang", "worthy"),
    [
        # a results line with a shoot-out's mark before the periods
        ("National League: SC Bern – EV Zug 4:3 n.P. (1:0, 2:2, 0:1)", "de", True),
        ("National League: SC Bern – EV Zug 4:3 (1:0, 2:2, 0:1)", "de", True),
        # near miss: rhetoric stays out
        ("Das ist ebenso gefährlich wie falsch.", "de", False),
    ],
)
def test_worthy(text, lang, worthy):
    assert bool(extract_claims(text, lang)) is worthy
