""" "add up to" totals a figure, no hedge: "the measures add up to $80 billion"; adding as much as
a figure to something named after it stays "up_to" ("could add up to 2% to bills", "adds up to
20 minutes to the commute"). German "summiert sich auf" has no hedge word; "auf bis zu" keeps
"up_to". Sample sentences written for these tests (sample data, copied from no batch or article)."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    (
        "en",
        "Together the measures add up to $80 billion over ten years.",
        [("money", 80000000000, "USD", None), ("duration", 10, "year", None)],
    ),
    ("en", "The savings added up to £3,400 per household.", [("money", 3400, "GBP", None)]),
    ("en", "The bill adds up to 1.2 million hours of extra work.", [("duration", 1200000, "hour", None)]),
]
UNCHANGED = [
    ("en", "The levy could add up to 2% to energy bills.", [("percent", 2, "%", "up_to")]),
    ("en", "Roadworks will add up to 20 minutes to the commute.", [("duration", 20, "minute", "up_to")]),
    ("en", "Fines can reach up to £3,400.", [("money", 3400, "GBP", "up_to")]),
    ("de", "Die Kosten summieren sich auf 80 Millionen Euro.", [("money", 80000000, "EUR", None)]),
    ("de", "Die Kosten summieren sich auf bis zu 80 Millionen Euro.", [("money", 80000000, "EUR", "up_to")]),
]


@pytest.mark.parametrize(("lang", "text", "want"), FIXED)
def test_fixed(lang, text, want):
    assert _found(text, lang) == want


@pytest.mark.parametrize(("lang", "text", "want"), UNCHANGED)
def test_near_misses_unchanged(lang, text, want):
    assert _found(text, lang) == want
