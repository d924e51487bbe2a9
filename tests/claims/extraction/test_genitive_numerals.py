"""The German genitive numerals "zweier" and "dreier" before a noun count ("Vater zweier
Töchter" 2, "nach dem Tod dreier Fischer" 3). Capitalised they name a boat, a team or a coin
("im Zweier", "ein Dreier"), and "dreierlei" is a kind: no count. Sample sentences written
for these tests."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    ("de", "Er ist Vater zweier Töchter.", [("count", 2, None, None)]),
    ("de", "Nach dem Tod dreier Fischer wurde der Hafen gesperrt.", [("count", 3, None, None)]),
]
UNCHANGED = [
    ("de", "Sie siegte im Zweier vor den Deutschen.", []),
    ("de", "Ein Dreier reicht dem Team nicht.", []),
    ("de", "Es gibt dreierlei Brot.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + UNCHANGED)
def test_genitive_numerals(lang, text, expected):
    assert _found(text, lang) == expected
