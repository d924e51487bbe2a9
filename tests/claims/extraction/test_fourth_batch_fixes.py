"""What the fourth blind batch showed missing: Swiss "Fr.", pence, glued degrees, a
currency or unit left implied, poll points, index names, headlines with a figure,
English "will", and a few rhetorical phrases; with nearby facts that must stay as they are."""

import pytest

from claims.extraction import extract_claims, extract_quantities


def _q(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


QUANTITIES = [
    # Swiss francs written "Fr.", after a scale or alone.
    ("de", "Der Gewinn stieg auf 812 Mio. Fr., teilte die Firma mit.", [("money", 812000000, "CHF", None)]),
    ("de", "Die Busse beträgt 5000 Fr.", [("money", 5000, "CHF", None)]),
    # An indefinite article after a number: the noun after it is not counted.
    (
        "de",
        "Die Bank weist für 2025 einen Gewinn von CHF 1'240 Mio. aus.",
        [("year", 2025, None, None), ("money", 1240000000, "CHF", None)],
    ),
    ("de", "Es kamen 2000 Soldaten.", [("count", 2000, "Soldaten", None)]),
    # "zu" links a pair of shares like "bis".
    ("de", "Er siegte mit 53,4 zu 46,6 Prozent.", [("percent", 53.4, "%", None), ("percent", 46.6, "%", None)]),
    (
        "de",
        "Das Gesetz ging mit 98 zu 85 Stimmen durch.",
        [("count", 98, "Stimmen", None), ("count", 85, "Stimmen", None)],
    ),
    # Pence are money in pounds; a glued "C" is degrees (a count).
    ("en", "Shares fell 14p to 286p.", [("money", 0.14, "GBP", None), ("money", 2.86, "GBP", None)]),
    ("en", "It hit 46.8C on Sunday and -5C at night.", [("count", 46.8, None, None), ("count", -5, None, None)]),
    ("en", "The 5G network grew.", []),
    # "up a third" is a share; "a third term" stays an ordinal.
    ("en", "Admissions were up a third on the week before.", [("fraction", 0.3333, None, None)]),
    ("en", "She won a third term.", [("ordinal", 3, None, None)]),
    # Index names are no counts.
    (
        "en",
        "The FTSE 100 closed up 0.6% at 8,312 points.",
        [("percent", 0.6, "%", None), ("count", 8312, "points", None)],
    ),
    ("en", "The S&P 500 fell 1.2%.", [("percent", 1.2, "%", None)]),
    # A scaled number after money in the same sentence is money in that currency; not across a stop.
    (
        "de",
        "Einem Verlust von 380 Millionen Euro folgte ein Gewinn von 1,1 Milliarden.",
        [("money", 380000000, "EUR", None), ("money", 1100000000, "EUR", None)],
    ),
    (
        "de",
        "Das kostet 2 Mio. Euro. 15 Mio. trägt das Land.",
        [("money", 2000000, "EUR", None), ("count", 15000000, None, None)],
    ),
    (
        "en",
        "It paid $2bn and served 1.5 million customers.",
        [("money", 2000000000, "USD", None), ("count", 1500000, "customers", None)],
    ),
    # "from eight years to five": the second takes the first's unit; "by 3% to 120" does not.
    (
        "en",
        "The court cut it from eight years to five.",
        [("duration", 8, "year", None), ("duration", 5, "year", None)],
    ),
    (
        "de",
        "Die Strafe sank von sechs Jahren auf vier.",
        [("duration", 6, "year", None), ("duration", 4, "year", None)],
    ),
    ("en", "Sales rose by 3% to 120.", [("percent", 3, "%", None), ("count", 120, None, None)]),
    # Points ahead beside a share are percentage points; in a league table they are points.
    (
        "en",
        "The party is at 29 per cent, seven points ahead of Labour.",
        [("percent", 29, "%", None), ("percent", 7, "pp", None)],
    ),
    ("en", "Arsenal are four points clear at the top.", [("count", 4, "points", None)]),
    (
        "en",
        "Possession was 60%. Arsenal are four points clear.",
        [("percent", 60, "%", None), ("count", 4, "points", None)],
    ),
    (
        "de",
        "Der Dax schloss 0,8 Prozent höher bei 19.432 Punkten.",
        [("percent", 0.8, "%", None), ("count", 19432, "Punkten", None)],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), QUANTITIES)
def test_quantities(lang, text, expected):
    assert _q(text, lang) == expected


CLAIMS = [
    # Headlines with a figure are news; without one (or with only a year) they stay out.
    ("de", "Schneechaos in Bayern: 700 Flüge gestrichen", True),
    ("en", "UK inflation at 2.6% in November", True),
    ("en", "EU fine for Meta: €798m", True),
    ("de", "Wahlen 2025", False),
    ("de", "London: Putin-Aussagen noch mehr Kreml-Geschwätz", False),
    # English "will" is a prediction, not a stated position.
    ("en", "Markets will remain volatile for some time.", False),
    ("en", "The recovery will come, but it will take time.", False),
    ("en", "The government will cut the tax by 2% from January.", True),
    ("de", "Die Regierung will die Steuer senken, sagte der Minister.", True),
    # Feelings and stock phrases of rhetoric.
    ("en", "We are deeply saddened by the loss of our colleagues.", False),
    ("de", "Das Ergebnis ist ein klares Signal an Berlin.", False),
    ("en", "Climate change is the defining challenge of our generation.", False),
    ("de", "Die Zentralbank sendete im März ein Signal von 25 Basispunkten.", True),
]


@pytest.mark.parametrize(("lang", "text", "worthy"), CLAIMS)
def test_check_worthiness(lang, text, worthy):
    assert bool(extract_claims(text, language=lang)) is worthy
