"""Fixes that batches 109 (sports business) and 110 (weather records) prompted, on own sentences written for
these tests:

- "when Hendry will be 33": a person, "will be" and a bare figure ending the clause is an age, as "was 33";
- "revised the figure up to 468": "up" belongs to the verb though an object stands between; "could cost up
  to" stays a bound;
- "über" after "Kaufpflicht"/"Kaufoption" is the sum the noun governs, no hedge;
- "League One", "League Two": a division's name, no count.
"""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


CASES = [
    ("en", "The suspension ends in 2028, when Okafor will be 31.",
     [("year", 2028, None, None), ("duration", 31, "year", None)]),
    ("en", "The forecast will be 31.", [("count", 31, None, None)]),
    ("en", "The agency later revised the toll up to 212.", [("count", 212, None, None)]),
    ("en", "The repairs could cost up to 40 million.", [("count", 40000000, None, "up_to")]),
    ("de", "Im Vertrag steht eine Kaufoption über acht Millionen Euro.", [("money", 8000000, "EUR", None)]),
    ("en", "League Two club Corby Town were docked nine points.", [("count", 9, "points", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_quantities(lang, text, expected):
    assert _found(text, lang) == expected
