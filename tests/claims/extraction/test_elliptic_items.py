"""A figure left elliptic in a parallel item takes its unit from the other item: "lag bei 1.980
Euro, in Tirol bei 2.650" (the unit written at the first), "um 1,2 Mrd. und ab 2029 um 1,8 Mrd.
Euro" (a scaled amount before the item naming the currency), when each item opens with a
preposition ("in Tirol", "ab 2029", "in Leeds") and repeats the verb's preposition before its
figure. German "eine Billion" is read as "eine Milliarde" is, and takes the currency named before.
Near misses: a subject instead of the item ("die Zahl der Mieter auf 3.400"), a counted noun
after the figure, a different preposition. Sample sentences written for these tests (sample
data, copied from no batch or article)."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    (
        "de",
        "Die mittlere Monatsmiete lag bei 1.980 Euro, in Tirol bei 2.650.",
        [("money", 1980, "EUR", None), ("money", 2650, "EUR", None)],
    ),
    (
        "de",
        "Die Quote stieg auf 6,1 Prozent, in Wien auf 9,4 und in Graz auf 7,2.",
        [("percent", 6.1, "%", None), ("percent", 9.4, "%", None), ("percent", 7.2, "%", None)],
    ),
    (
        "en",
        "The median rent stood at $1,720, and in Denver at 2,040.",
        [("money", 1720, "USD", None), ("money", 2040, "USD", None)],
    ),
    (
        "de",
        "Der Kanton will die Kosten ab 2028 um 1,2 Mrd. und ab 2029 um 1,8 Mrd. Franken senken.",
        [
            ("year", 2028, None, None),
            ("money", 1200000000, "CHF", None),
            ("year", 2029, None, None),
            ("money", 1800000000, "CHF", None),
        ],
    ),
    (
        "en",
        "Spending rises by 4.5 billion in Wales and by 6 billion pounds in Scotland.",
        [("money", 4500000000, "GBP", None), ("money", 6000000000, "GBP", None)],
    ),
    (
        "de",
        "Die Schulden stiegen auf 980 Milliarden Euro und bald auf mehr als eine Billion.",
        [("money", 980000000000, "EUR", None), ("money", 1000000000000, "EUR", "over")],
    ),
    ("de", "Der Fonds verwaltet eine Billion Euro.", [("money", 1000000000000, "EUR", None)]),
]
UNCHANGED = [
    (
        "de",
        "Die Miete stieg auf 900 Euro, die Zahl der Mieter auf 3.400.",
        [("money", 900, "EUR", None), ("count", 3400, None, None)],
    ),
    (
        "de",
        "Die Miete lag bei 900 Euro, in Linz bei 3.110 Haushalten.",
        [("money", 900, "EUR", None), ("count", 3110, "Haushalten", None)],
    ),
    (
        "de",
        "Die Miete lag bei 900 Euro, in Linz stieg sie um 12.",
        [("money", 900, "EUR", None), ("count", 12, None, None)],
    ),
    (
        "en",
        "The fine was set at $5,000, and in 2019 at 40 cases.",
        [("money", 5000, "USD", None), ("year", 2019, None, None), ("count", 40, "cases", None)],
    ),
    ("de", "Die Bilanzsumme liegt bei 1,2 Billionen Euro.", [("money", 1200000000000, "EUR", None)]),
    ("de", "Es geht um Billionen Euro.", []),
]


@pytest.mark.parametrize(("lang", "text", "want"), FIXED)
def test_fixed(lang, text, want):
    assert _found(text, lang) == want


@pytest.mark.parametrize(("lang", "text", "want"), UNCHANGED)
def test_near_misses_unchanged(lang, text, want):
    assert _found(text, lang) == want
