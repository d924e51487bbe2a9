"""A numbered section of a law or a text is an identifier and carries no quantity ("a section 21
notice", "sections 4 and 5", "nach Abschnitt 3"); a section of a road measured right after the
word keeps its measure. Sample sentences written for these tests (sample data, copied from no
batch or article)."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    ("en", "The landlord served a section 21 notice on 14 tenants.", [("count", 14, "tenants", None)]),
    ("en", "Under sections 4 and 5 of the act, councils may borrow.", []),
    ("de", "Nach Abschnitt 3 Absatz 2 der Verordnung gilt eine Frist von 30 Tagen.", [("duration", 30, "day", None)]),
]
UNCHANGED = [
    ("en", "The section 12 km west of the bridge reopened.", [("count", 12, "km", None)]),
    ("en", "A 40-mile section of the motorway was shut.", [("count", 40, "mile", None)]),
    ("de", "Der Abschnitt 5 Kilometer vor der Ausfahrt bleibt gesperrt.", [("count", 5, "Kilometer", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + UNCHANGED)
def test_legal_sections(lang, text, expected):
    assert _found(text, lang) == expected
