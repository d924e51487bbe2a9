"""A year between "den" and a dating participle ("den 1921 gegründeten Rückversicherer", "den
1887 gegründeten Chor"): "den" is here the masculine singular, so the figure dates the noun. After
"den" the dative plural ("den 1500 gebauten Wohnungen", "Häusern") still counts: a noun in
"-en" or "-ern" stays a count. Sample sentences written for these tests."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    ("de", "Sie leitet den 1921 gegründeten Rückversicherer.", [("year", 1921, None, None)]),
    ("de", "Er dirigiert den 1887 gegründeten Chor.", [("year", 1887, None, None)]),
    ("de", "Das Museum zeigt den 1904 gebauten Dampfer.", [("year", 1904, None, None)]),
]
UNCHANGED = [
    ("de", "Das Land half den 1500 gebauten Wohnungen.", [("count", 1500, "Wohnungen", None)]),
    ("de", "Der Fonds gehört den 1200 versicherten Mitgliedern.", [("count", 1200, "Mitgliedern", None)]),
    ("de", "Die 1755 erbaute Kirche wird renoviert.", [("year", 1755, None, None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + UNCHANGED)
def test_dated_participles_after_den(lang, text, expected):
    assert _found(text, lang) == expected
