"""A bare figure added to a measure before it ("by a further 15", "another 5", "um weitere drei")
that ends its clause takes the measure's unit, a year between them or not (batch 59: "Design
life: 50 years, extended in 2010 by a further 15" 15 years; "a further" no hedge). A figure that
counts a noun or goes on into a verb keeps its count. Sample sentences written for these tests."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    (
        "en",
        "The lease ran 99 years and was extended in 1998 by a further 25.",
        [("duration", 99, "year", None), ("year", 1998, None, None), ("duration", 25, "year", None)],
    ),
    (
        "en",
        "The contract runs 10 years and may be extended by another 5.",
        [("duration", 10, "year", None), ("duration", 5, "year", None)],
    ),
    (
        "de",
        "Die Frist wurde um zwei Jahre verlängert, 2024 um weitere drei.",
        [("duration", 2, "year", None), ("year", 2024, None, None), ("duration", 3, "year", None)],
    ),
]
UNCHANGED = [
    (
        "en",
        "He got 5 years, and a further 15 people were charged.",
        [("duration", 5, "year", None), ("count", 15, "people", None)],
    ),
    ("en", "It took 3 hours, and another 2 were hurt.", [("duration", 3, "hour", None), ("count", 2, None, None)]),
    ("de", "Es gab 20 Verletzte und weitere 5.", [("count", 20, "Verletzte", None), ("count", 5, None, None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + UNCHANGED)
def test_further_figures(lang, text, expected):
    assert _found(text, lang) == expected
