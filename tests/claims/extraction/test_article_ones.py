"""German "ein" as the count 1 where sports copy tallies with it: a golf score ("mit einem Schlag
unter Par", "einen Schlag Vorsprung") and an article in a list after a counted figure ("vier
Birdies und ein Doppelbogey", "zwei Schießfehler und eine Strafminute"); "go one better" is an
idiom with no count. Near misses: "mit einem Schlag" (at a stroke), a span of time ("zwölf Jahre
und einen Monat"), a noun a figure measures ("und eine Geldbuße von 800 Euro"), "won by one run".
Sample sentences written for these tests (copied from no batch or article)."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    (
        "de",
        "Sie liegt mit einem Schlag unter Par auf Rang vier.",
        [("count", 1, "Schlag", None), ("ordinal", 4, None, None)],
    ),
    ("de", "Der Spanier hat einen Schlag Vorsprung vor dem Finale.", [("count", 1, "Schlag", None)]),
    (
        "de",
        "Er notierte vier Birdies und ein Doppelbogey.",
        [("count", 4, "Birdies", None), ("count", 1, "Doppelbogey", None)],
    ),
    (
        "de",
        "Sie kam mit zwei Schießfehlern und einer Strafminute durch.",
        [("count", 2, "Schießfehlern", None), ("count", 1, "Strafminute", None)],
    ),
    ("en", "Can the Swede go one better next year?", []),
]
UNCHANGED = [
    ("de", "Mit einem Schlag war der Strom weg.", []),
    ("de", "Er saß zwölf Jahre und einen Monat in Haft.", [("duration", 12, "year", None)]),
    (
        "de",
        "Er erhielt drei Spiele Sperre und eine Geldbuße von 800 Euro.",
        [("count", 3, "Spiele", None), ("money", 800, "EUR", None)],
    ),
    ("en", "The hosts won by one run.", [("count", 1, "run", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + UNCHANGED)
def test_article_ones(lang, text, expected):
    assert _found(text, lang) == expected
