"""Hours, minutes and seconds after one German adjective are time spent, a duration (batch 58:
"rund 2.700 ehrenamtliche Stunden" 2,700 hours "about"), as English "2,700 unpaid hours" and
"215 care minutes" are. Days and longer units after one adjective count days of a kind ("fünf
heiße Tage", batch 56), and "Überstunden" stay counted. Sample sentences written for these tests."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    ("de", "Die Helfer leisteten knapp 1.800 freiwillige Stunden.", [("duration", 1800, "hour", "nearly")]),
    ("de", "Nach 90 torlosen Minuten ging es in die Verlängerung.", [("duration", 90, "minute", None)]),
    ("de", "Es folgten zwölf bange Sekunden.", [("duration", 12, "second", None)]),
]
UNCHANGED = [
    ("de", "Der August brachte sieben heiße Tage.", [("count", 7, "Tage", None)]),
    ("de", "Es folgten drei schwierige Wochen.", [("count", 3, "Wochen", None)]),
    ("de", "Die Pflegekräfte leisteten 400 unbezahlte Überstunden.", [("count", 400, "Überstunden", None)]),
    ("de", "Die Helfer leisteten 1.800 Stunden.", [("duration", 1800, "hour", None)]),
    ("en", "Volunteers gave 2,700 unpaid hours.", [("duration", 2700, "hour", None)]),
    ("en", "July brought seven hot days.", [("count", 7, "hot", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + UNCHANGED)
def test_short_units_after_adjective(lang, text, expected):
    assert _found(text, lang) == expected
