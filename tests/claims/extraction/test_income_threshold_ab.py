"""German "ab" after a noun of income or wealth bounds a group from below ("at_least"): "für
Jahreseinkommen ab 85.000 Euro", "Vermögen ab zwei Millionen Franken", the counterpart of
"Pensionen bis 2.500 Euro" ("up_to"). A starting price keeps no hedge ("kostet ab 49 Euro", "das
Doppelzimmer ab 120 Euro"), nor does "ab" with "von" between ("Ab einem Einkommen von 60.000
Euro") or before a year. Sample sentences written for these tests (sample data, copied from no
batch or article)."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    ("de", "Der Zuschlag gilt für Jahreseinkommen ab 85.000 Euro.", [("money", 85000, "EUR", "at_least")]),
    ("de", "Besteuert werden Vermögen ab zwei Millionen Franken.", [("money", 2000000, "CHF", "at_least")]),
    ("de", "Für Gehälter ab 6.000 Euro brutto steigt der Beitrag.", [("money", 6000, "EUR", "at_least")]),
]
UNCHANGED = [
    ("de", "Die Fahrt nach Wien kostet ab 49 Euro.", [("money", 49, "EUR", None)]),
    (
        "de",
        "Ein Einzelzimmer kostet 90 Euro, das Doppelzimmer ab 120 Euro.",
        [("money", 90, "EUR", None), ("money", 120, "EUR", None)],
    ),
    ("de", "Ab einem Einkommen von 60.000 Euro greift der Satz.", [("money", 60000, "EUR", None)]),
    ("de", "Das Einkommen ab 2027 wird höher besteuert.", [("year", 2027, None, None)]),
    ("de", "Pensionen bis 2.500 Euro steigen stärker.", [("money", 2500, "EUR", "up_to")]),
]


@pytest.mark.parametrize(("lang", "text", "want"), FIXED)
def test_fixed(lang, text, want):
    assert _found(text, lang) == want


@pytest.mark.parametrize(("lang", "text", "want"), UNCHANGED)
def test_near_misses_unchanged(lang, text, want):
    assert _found(text, lang) == want
