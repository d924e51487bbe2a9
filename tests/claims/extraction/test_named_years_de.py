"""German years told by what stands around them: an adjective of a state that holds at a time
("der 2019 geltenden Regeln") and a plan, budget or message named with its year before what it
holds ("mit dem Voranschlag 2027 Mittel"). Round hundreds, participles of making and other nouns
before the figure stay counts. Sample sentences written for these tests (sample data, copied from
no batch or article)."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    (
        "de",
        "Die Klinik hat heute weniger als die Hälfte der 2016 verfügbaren Betten.",
        [("fraction", 0.5, None, "under"), ("year", 2016, None, None)],
    ),
    ("de", "Gegenüber den 2019 geltenden Regeln wurden die Fristen verkürzt.", [("year", 2019, None, None)]),
    (
        "de",
        "Der Kanton sieht im Voranschlag 2027 Investitionen von 40 Millionen Franken vor.",
        [("year", 2027, None, None), ("money", 40000000, "CHF", None)],
    ),
    ("de", "Mit dem Budget 2026 Schulden abzubauen, sei das Ziel.", [("year", 2026, None, None)]),
]
UNCHANGED = [
    (
        "de",
        "Von den 2000 vorhandenen Betten sind 300 belegt.",
        [("count", 2000, "Betten", None), ("count", 300, None, None)],
    ),
    ("de", "Die 1500 gebauten Wohnungen sind verkauft.", [("count", 1500, "Wohnungen", None)]),
    ("de", "Der Plan sieht 2025 Wohnungen vor.", [("count", 2025, "Wohnungen", None)]),
    ("de", "Die Gemeinde zählt 2014 Einwohner.", [("count", 2014, "Einwohner", None)]),
    ("de", "Das Budget 2026 steht.", [("year", 2026, None, None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + UNCHANGED)
def test_named_years_de(lang, text, expected):
    assert _found(text, lang) == expected
