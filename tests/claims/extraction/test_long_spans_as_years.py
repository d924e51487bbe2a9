"""A share of a century or a decade is a span in years, as "eine Viertelstunde" is 0.25 hours and
"half a century" 50 years (batch 59): "ein Vierteljahrhundert" 25, "ein halbes Jahrhundert" 50,
"a quarter-century" and "a quarter century" 25, "a half-century" 50, "a half-decade" 5, the hedge
standing before the article. A batsman's half-century (fifty runs), a quarter of a year's
results and shares of other things are left as they were. Sample sentences written for these tests."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    ("de", "Die Sanierung zog sich über knapp ein Vierteljahrhundert.", [("duration", 25, "year", "nearly")]),
    ("de", "Seit einem Dreivierteljahrhundert steht die Brücke.", [("duration", 75, "year", None)]),
    ("de", "Nach einem halben Jahrhundert schloss die Fabrik.", [("duration", 50, "year", None)]),
    ("de", "Der Streit dauert schon ein halbes Jahrzehnt.", [("duration", 5, "year", None)]),
    ("en", "It was the wettest summer in a quarter-century.", [("duration", 25, "year", None)]),
    ("en", "The factory closed after almost a quarter century.", [("duration", 25, "year", "nearly")]),
    ("en", "Rates hit their highest in a half-century.", [("duration", 50, "year", None)]),
    ("en", "The dispute dragged on for about a half-decade.", [("duration", 5, "year", "about")]),
]
UNCHANGED = [
    ("en", "He scored a half-century in the second Test.", [("ordinal", 2, None, None)]),
    ("en", "The firm lost a quarter of its value.", [("fraction", 0.25, None, None)]),
    ("en", "They waited half an hour.", [("duration", 0.5, "hour", None)]),
    ("de", "Die Firma verlor ein Viertel ihres Werts.", [("fraction", 0.25, None, None)]),
    ("de", "Der Halbjahresbericht erscheint im Juli.", []),
    ("de", "Es dauerte eine Viertelstunde.", [("duration", 0.25, "hour", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + UNCHANGED)
def test_long_spans_as_years(lang, text, expected):
    assert _found(text, lang) == expected
