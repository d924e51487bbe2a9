"""Scores carry no quantity: two or more tennis sets in a row are a score without a word of sport
("beat him 6-3 7-5", "7-6(4) 6-4"), and bowling figures after a bowler's word ("the seamer
returned 4-51"). Near misses: ranges ("aged 6-12 and 13-18", "took 3-4 days", "6-7, 7-8
pupils"), a single pair without context ("6-7 people"). Sample sentences written for these tests
(copied from no batch or article)."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    ("en", "Top seed Arnaud Perrin brushed aside qualifier Kim Sung-ho 6-3 7-5 on Monday.", []),
    ("en", "Okafor edged past the Czech 7-6(4) 6-4 under the roof.", []),
    ("en", "The seamer returned 4-51 as the hosts collapsed.", []),
]
UNCHANGED = [
    (
        "en",
        "Children aged 6-12 and 13-18 attend.",
        [
            ("duration", 6, "year", None),
            ("duration", 12, "year", None),
            ("duration", 13, "year", None),
            ("duration", 18, "year", None),
        ],
    ),
    ("en", "Repairs took 3-4 days.", [("duration", 3, "day", None), ("duration", 4, "day", None)]),
    ("en", "Rooms hold 6-7 people.", [("count", 6, "people", None), ("count", 7, "people", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + UNCHANGED)
def test_tennis_scores_and_bowling_figures(lang, text, expected):
    assert _found(text, lang) == expected
