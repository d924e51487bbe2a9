"""A part of a population ranked by a superlative is a fraction, not a rank: "the richest fifth"
0.2, "the bottom tenth" 0.1, "das ärmste Fünftel" 0.2, "im obersten Zehntel" 0.1. Near misses: an
ordinal before the noun it numbers ("the latest fifth round", "the strongest third quarter"),
German ordinals ending in "-ste" ("im ersten Drittel"), and "quarter"/"Viertel", which after a
superlative may be a district. Sample sentences written for these tests (sample data, copied from
no batch or article)."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    (
        "en",
        "Pensioners in the lowest fifth lose about £210 a year.",
        [("fraction", 0.2, None, None), ("money", 210, "GBP", "about")],
    ),
    (
        "en",
        "The wealthiest tenth of families own 48% of assets.",
        [("fraction", 0.1, None, None), ("percent", 48, "%", None)],
    ),
    ("en", "Earners in the top fifth will pay more.", [("fraction", 0.2, None, None)]),
    ("en", "The bottom tenth saw incomes fall.", [("fraction", 0.1, None, None)]),
    (
        "de",
        "Das ärmste Fünftel gibt 38 Prozent seines Einkommens für Miete aus.",
        [("fraction", 0.2, None, None), ("percent", 38, "%", None)],
    ),
    ("de", "Haushalte im obersten Zehntel zahlen den Großteil der Steuer.", [("fraction", 0.1, None, None)]),
]
# A superlative heading a compound adjective (fifty-sixth batch: "the lowest-paid tenth").
COMPOUND_SUPERLATIVES = [
    (
        "en",
        "Wages of the best-paid tenth of staff rose 4%.",
        [("fraction", 0.1, None, None), ("percent", 4, "%", None)],
    ),
    ("en", "The worst-off fifth gained most.", [("fraction", 0.2, None, None)]),
    ("en", "Tax paid by the highest-earning tenth has fallen.", [("fraction", 0.1, None, None)]),
    (
        "de",
        "Das bestbezahlte Zehntel verdient doppelt so viel.",
        [("fraction", 0.1, None, None), ("count", 2, "times", None)],
    ),
    ("de", "Dem schlechtestverdienenden Fünftel bleibt wenig.", [("fraction", 0.2, None, None)]),
]
UNCHANGED = [
    ("en", "It was the best-selling fifth album of the decade.", [("ordinal", 5, None, None)]),
    ("en", "The lowest-scoring third round in years ended.", [("ordinal", 3, None, None)]),
    ("en", "The latest fifth round of talks ended without a deal.", [("ordinal", 5, None, None)]),
    ("en", "It was the strongest third quarter since 2017.", [("ordinal", 3, None, None), ("year", 2017, None, None)]),
    ("en", "The ninth round of talks begins on Monday.", [("ordinal", 9, None, None)]),
    ("en", "Residents of the poorest quarter of the city protested.", []),
    ("de", "Im ersten Drittel des Spiels fiel kein Tor.", [("ordinal", 1, None, None)]),
    ("de", "Das ärmste Viertel der Stadt bekommt einen Park.", []),
    ("de", "Ein Fünftel der Haushalte ist betroffen.", [("fraction", 0.2, None, None)]),
]


@pytest.mark.parametrize(("lang", "text", "want"), FIXED + COMPOUND_SUPERLATIVES)
def test_fixed(lang, text, want):
    assert _found(text, lang) == want


@pytest.mark.parametrize(("lang", "text", "want"), UNCHANGED)
def test_near_misses_unchanged(lang, text, want):
    assert _found(text, lang) == want
