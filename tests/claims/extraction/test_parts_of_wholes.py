"""A part of a whole takes the whole's unit: "fast 30 Jahre im Ausland, davon 12 in Chile" (12
years), "14 months in office, five of them at war" (5 months), "900 Euro, davon 250 für
Strom". Near misses: the part names its own noun ("davon 40 Kinder"), the whole is a count
("300 members, 40 of them women"), a compound ("a three-day week, and 20 of them"), an age
("under 18 made up 90,000 of them"). Sample sentences written for these tests."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    (
        "de",
        "Er lebte fast 30 Jahre im Ausland, davon 12 in Chile.",
        [("duration", 30, "year", "nearly"), ("duration", 12, "year", None)],
    ),
    (
        "de",
        "Die Familie zahlt 900 Euro, davon 250 für Strom.",
        [("money", 900, "EUR", None), ("money", 250, "EUR", None)],
    ),
    (
        "en",
        "She spent 14 months in office in 2019, five of them at war.",
        [("duration", 14, "month", None), ("year", 2019, None, None), ("duration", 5, "month", None)],
    ),
    ("en", "He was paid $800, 300 of it in cash.", [("money", 800, "USD", None), ("money", 300, "USD", None)]),
]
UNCHANGED = [
    (
        "de",
        "Das Heim hat 120 Plätze, davon 40 Kinder.",
        [("count", 120, "Plätze", None), ("count", 40, "Kinder", None)],
    ),
    ("en", "The club has 300 members, 40 of them women.", [("count", 300, "members", None), ("count", 40, None, None)]),
    (
        "en",
        "70 firms tried a three-day week, and 20 of them kept it.",
        [("count", 70, "firms", None), ("duration", 3, "day", None), ("count", 20, None, None)],
    ),
    (
        "en",
        "Children under 18 made up 90,000 of them.",
        [("duration", 18, "year", "under"), ("count", 90000, None, None)],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + UNCHANGED)
def test_parts_of_wholes(lang, text, expected):
    assert _found(text, lang) == expected
