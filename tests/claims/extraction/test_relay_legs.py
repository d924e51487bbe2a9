"""Relays written "4x100": the legs and the distance of each are two counts ("4x400-Meter-Staffel",
"the 4x100m medley relay", "4×200 metres", "a 4x50 relay"). Near misses: "4x4" vehicles, "3x3"
basketball, a tarpaulin of "4x4 Meter" (no relay distance), a multiplier "grew 3x". Sample
sentences written for these tests (copied from no batch or article)."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    (
        "de",
        "Die 4x400-Meter-Staffel der Frauen lief auf Rang fünf.",
        [("count", 4, None, None), ("count", 400, "Meter", None), ("ordinal", 5, None, None)],
    ),
    ("en", "Canada's 4x100m medley relay squad took bronze.", [("count", 4, None, None), ("count", 100, None, None)]),
    ("en", "The 4x200 metres team was disqualified.", [("count", 4, None, None), ("count", 200, "metres", None)]),
    ("en", "She anchored a 4x50 relay in the pool.", [("count", 4, None, None), ("count", 50, None, None)]),
]
UNCHANGED = [
    ("en", "He drove a 4x4 vehicle up the track.", []),
    ("en", "They played 3x3 basketball at the Games.", []),
    ("de", "Die 4x4-Meter-Plane lag im Hof.", []),
    ("en", "Revenue grew 3x in a year.", [("count", 3, "times", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + UNCHANGED)
def test_relay_legs(lang, text, expected):
    assert _found(text, lang) == expected
