"""A unit or currency written once that serves a figure beside it, and currency signs. Sample
sentences written for these tests (sample data, copied from no batch or article).

- "statt"/"anstatt"/"instead of"/"rather than" join a figure to the one it replaces as a range
  does: "kostet 19,90 statt 17,90 Euro" gives EUR to both.
- Parallel items (neighbours._parallel_items): the unit written once at the end reaches back
  over items that are a preposition, a noun and the verb's preposition ("bei Frauen bei 83,1
  und bei Männern bei 78,4 Jahren"); written at the first item it reaches forward when each
  item's preposition and noun follow its figure ("81.2 years for women and 77.9 for men").
- List items (lists._carry_list_units): an item whose subject is a dummy "es"/"it" restates
  the head's measure, also for a whole figure and an amount ("im Schnitt 12 Tage, in Tirol
  sind es 20.", "2,40 Euro, in Graz sind es 2,10").
- "T$" and "NT$" are Taiwan dollars.
"""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    (
        "de",
        "Das Monatsabo kostet ab Mai 19,90 statt 17,90 Euro.",
        [("money", 19.9, "EUR", None), ("money", 17.9, "EUR", None)],
    ),
    (
        "en",
        "The course now takes 5 instead of 4 years.",
        [("duration", 5, "year", None), ("duration", 4, "year", None)],
    ),
    (
        "de",
        "Die Lebenserwartung lag bei Frauen bei 83,1 und bei Männern bei 78,4 Jahren.",
        [("duration", 83.1, "year", None), ("duration", 78.4, "year", None)],
    ),
    (
        "en",
        "Healthy life expectancy was 81.2 years for women and 77.9 for men.",
        [("duration", 81.2, "year", None), ("duration", 77.9, "year", None)],
    ),
    (
        "de",
        "Die Lebenserwartung beträgt 83,1 Jahre bei Frauen und 78,4 bei Männern.",
        [("duration", 83.1, "year", None), ("duration", 78.4, "year", None)],
    ),
    (
        "de",
        "Auf einen Termin beim Augenarzt wartet man in Wien im Schnitt 12 Tage, in Tirol sind es 20.",
        [("duration", 12, "day", None), ("duration", 20, "day", None)],
    ),
    (
        "en",
        "The median wait in England was 14 weeks; in Wales it was 22.",
        [("duration", 14, "week", None), ("duration", 22, "week", None)],
    ),
    (
        "de",
        "Die Quote liegt in Kärnten bei 7 Prozent, in Wien sind es rund 11.",
        [("percent", 7, "%", None), ("percent", 11, "%", "about")],
    ),
    (
        "de",
        "Ein Einzelfahrschein kostet in Linz 2,40 Euro, in Graz sind es 2,10.",
        [("money", 2.4, "EUR", None), ("money", 2.1, "EUR", None)],
    ),
    ("en", "Its quarterly profit rose to T$61.5 billion.", [("money", 61500000000, "TWD", None)]),
    ("en", "The chipmaker earned NT$12 billion.", [("money", 12000000000, "TWD", None)]),
]
UNCHANGED = [
    ("de", "Die Reform kommt 2028 statt 2027.", [("year", 2028, None, None), ("year", 2027, None, None)]),
    (
        "de",
        "Die Frist beträgt 12 Tage, in Tirol starben 20 Menschen.",
        [("duration", 12, "day", None), ("count", 20, "Menschen", None)],
    ),
    (
        "de",
        "Im Schnitt 12 Tage, in Tirol sind es 20 Patienten.",
        [("duration", 12, "day", None), ("count", 20, "Patienten", None)],
    ),
    (
        "de",
        "Die Aktie schloss bei 12,40 Euro, der Leitindex bei 18.234,5.",
        [("money", 12.4, "EUR", None), ("count", 18234.5, None, None)],
    ),
    (
        "en",
        "Life expectancy was 81.2 years for women and 77 for the first time.",
        [("duration", 81.2, "year", None), ("count", 77, None, None), ("ordinal", 1, None, None)],
    ),
    ("en", "It cost $5 at the door.", [("money", 5, "USD", None)]),
]


@pytest.mark.parametrize(("lang", "text", "want"), FIXED)
def test_fixed(lang, text, want):
    assert _found(text, lang) == want


@pytest.mark.parametrize(("lang", "text", "want"), UNCHANGED)
def test_near_misses_unchanged(lang, text, want):
    assert _found(text, lang) == want
