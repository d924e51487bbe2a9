"""A number word counting the cylinders, seats or doors of a car or the shifts of a plant inside a
compound is a count (batch 60: "1,5-Liter-Vierzylinder" 4, "Der Siebensitzer" 7, "im
Zweischichtbetrieb" 2), as "Vierbettzimmern" counts beds; a speed limit glued into a compound
counts its figure ("die Tempo-30-Zone" 30, batch 58), as "Tempo 30" does. Codes glued by a hyphen
("Covid-19-Pandemie", "Euro-6-Norm") and words that only begin with a number word stay as they
were. Sample sentences written for these tests."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


def _count(n, unit=None):
    return ("count", n, unit, None)


FIXED = [
    ("de", "Angeboten wird nur noch ein Sechszylinder.", [_count(6)]),
    ("de", "Der Achtsitzer kommt im Frühjahr.", [_count(8)]),
    ("de", "Als Fünftürer kostet der Wagen mehr.", [_count(5)]),
    ("de", "Die Hütte stellt auf einen Dreischichtbetrieb um.", [_count(3)]),
    ("de", "Vor der Schule gilt künftig eine Tempo-40-Beschränkung.", [_count(40)]),
]
UNCHANGED = [
    ("de", "In der Gasse gilt Tempo 30.", [_count(30)]),
    ("de", "Die Covid-19-Pandemie traf die Branche hart.", []),
    ("de", "Ab 2027 gilt die Euro-7-Norm.", [("year", 2027, None, None)]),
    ("de", "Das Werk arbeitet in zwei Schichten.", [_count(2, "Schichten")]),
    ("de", "Die Achtsamkeit der Fahrer ist gefragt.", []),
    ("de", "Der Vorsitzende der Zylinderfabrik trat zurück.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + UNCHANGED)
def test_car_parts_and_shift_compounds(lang, text, expected):
    assert _found(text, lang) == expected
