"""A unit of two words hyphenated into a compound before its noun: "a 25-basis-point cut" is 25
basis points, "a 0.75-percentage-point rise" 0.75 percentage points, "a two-basis-point move" 2
(sixty-second batch: basis points are percent with unit "bp"). German glues the unit into one
word and was read already ("einen 50-Basispunkte-Schritt"); it is a near miss here, with "a
quarter-point cut", "a 12-point lead" and "a three-point shot". Sample sentences written for
these tests (sample data, copied from no batch or article)."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    ("en", "Markets now price a 50-basis-point hike at the June meeting.", [("percent", 50, "bp", None)]),
    ("en", "The bank opted for a 75-basis-points increase.", [("percent", 75, "bp", None)]),
    (
        "en",
        "Unemployment posted a 0.3-percentage-point rise to 4.4%.",
        [("percent", 0.3, "pp", None), ("percent", 4.4, "%", None)],
    ),
    ("en", "Bund yields saw a two-basis-point dip after the auction.", [("percent", 2, "bp", None)]),
    ("en", "The Greens enjoyed a six-percentage-point jump in support.", [("percent", 6, "pp", None)]),
    ("en", "Analysts expect roughly a 10-basis-point tightening of spreads.", [("percent", 10, "bp", "about")]),
]
NEAR_MISSES = [
    ("de", "Die Notenbank wagte einen 50-Basispunkte-Schritt.", [("percent", 50, "bp", None)]),
    ("de", "Der Leitzins sank um 25 Basispunkte.", [("percent", 25, "bp", None)]),
    ("de", "Die Partei legte um 2,5 Prozentpunkte zu.", [("percent", 2.5, "pp", None)]),
    ("en", "Policymakers cut rates by 25 basis points.", [("percent", 25, "bp", None)]),
    ("en", "Yields dropped 4 bps overnight.", [("percent", 4, "bp", None)]),
    ("en", "The central bank made a quarter-point cut in rates.", [("percent", 0.25, "pp", None)]),
    ("en", "Boston held a 12-point lead at half-time.", [("count", 12, "point", None)]),
    ("en", "Her three-point shot won the game.", [("count", 3, "point", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + NEAR_MISSES)
def test_hyphenated_point_units(lang, text, expected):
    assert _found(text, lang) == expected
