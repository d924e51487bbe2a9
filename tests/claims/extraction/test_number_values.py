"""Number values, money and shares: a scale kept in a change, large wholes of a share, shares of
a person and of a plural, genitive fractions, years before nouns, people not priced."""

import pytest

from claims.extraction import extract_quantities


def _q(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A figure with its own scale word keeps it in a change "from X to Y" ("um 910 Millionen").
        (
            "de",
            "Die Umlage steigt um 420 Millionen auf 3,1 Milliarden Franken.",
            [("money", 420_000_000, "CHF", None), ("money", 3_100_000_000, "CHF", None)],
        ),
        (
            "en",
            "Spending rises from 700 million to 1.3 billion euros.",
            [("money", 700_000_000, "EUR", None), ("money", 1_300_000_000, "EUR", None)],
        ),
        # A whole written in grouped thousands.
        ("en", "The disease strikes roughly one in 25,000 newborns.", [("fraction", 0.00004, None, "about")]),
        ("en", "Only 1 in 2,500 applicants got a place.", [("fraction", 0.0004, None, None)]),
        # "one", a person, "in" and the whole.
        ("en", "One adult in eight now lives alone.", [("fraction", 0.125, None, None)]),
        # "half" before a plural noun.
        ("en", "The strikers returned to work on half wages.", [("fraction", 0.5, None, None)]),
        # The genitive of a German share before its whole.
        ("de", "Nötig ist die Zustimmung eines Drittels der Mitglieder.", [("fraction", 0.3333, None, None)]),
        ("de", "Das Votum eines Viertels aller Delegierten reicht.", [("fraction", 0.25, None, None)]),
        # A year before a noun it dates.
        ("en", "The estimates use 2019 prices.", [("year", 2019, None, None)]),
        ("de", "Für die nach 1971 Geborenen gilt die neue Regel.", [("year", 1971, None, None)]),
        # A group of people is counted, not priced.
        (
            "en",
            "Donors pledged $4 billion to feed 20 million of the region's poorest families.",
            [("money", 4_000_000_000, "USD", None), ("count", 20_000_000, None, None)],
        ),
    ],
)
def test_number_values(lang, text, expected):
    assert _matches(_q(text, lang), expected), _q(text, lang)


def _matches(found, expected):
    if len(found) != len(expected):
        return False
    for f, x in zip(found, expected, strict=True):
        if f[0] != x[0] or f[2] != x[2] or f[3] != x[3]:
            return False
        if isinstance(x[1], str) or abs(float(f[1]) - float(x[1])) > 1e-9 * max(1.0, abs(float(x[1]))):
            return False
    return True


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A bare figure before a scaled one still takes the scale ("3 bis 4 Milliarden").
        ("de", "Es geht um 3 bis 4 Milliarden Euro.", [("money", 3e9, "EUR", None), ("money", 4e9, "EUR", None)]),
        # A bare four-digit figure after "in" is no whole; two counts of things are no share.
        ("en", "He won one in 2024.", [("count", 1, None, None), ("year", 2024, None, None)]),
        ("de", "Die Armee schoss 45 von 52 Drohnen ab.", [("count", 45, None, None), ("count", 52, "Drohnen", None)]),
        # A thing scored, not a person, and a span after the whole.
        ("en", "He scored one goal in 14 games.", [("count", 1, "goal", None), ("count", 14, "games", None)]),
        ("en", "One patient in 14 days recovered.", [("count", 1, "patient", None), ("duration", 14, "day", None)]),
        # "half" making a compound noun.
        ("en", "They settled for half measures.", []),
        ("en", "His half brothers came.", []),
        # "des Viertels" with no whole after it is a district.
        ("de", "Die Bewohner des Viertels protestierten.", []),
        # A figure before a currency stays money, whatever year it looks like.
        ("en", "It cost 2015 dollars.", [("money", 2015, "USD", None)]),
        # An amount of money carried to "of it".
        (
            "en",
            "The fund raised $5 billion, 2 billion of it from pension funds.",
            [("money", 5e9, "USD", None), ("money", 2e9, "USD", None)],
        ),
    ],
)
def test_near_misses_stay(lang, text, expected):
    assert _matches(_q(text, lang), expected), _q(text, lang)

