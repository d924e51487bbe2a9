"""Telephone numbers written as digit groups split by spaces after a word of calling ("on",
"call", "unter") carry no quantity when the groups are none a figure's thousands would make ("1300
456 789", "13 24 68"). Grouped thousands and a year before a figure stay. Sample sentences written
for these tests (sample data, copied from no batch or article)."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    ("en", "Witnesses should ring the hotline on 1300 456 789.", []),
    ("en", "Help is available from the crisis line on 13 24 68 at any hour.", []),
    ("en", "Call 1800 246 135 for free advice.", []),
    ("de", "Die Beratungsstelle ist unter 1450 22 33 erreichbar.", []),
    ("en", "For advice, call the charity at 1800 246 135 or visit its website.", []),
]
UNCHANGED = [
    ("de", "Die Zahl der Fälle sank unter 12 500.", [("count", 12500, None, "under")]),
    (
        "en",
        "In 2023 240 000 people moved to the city.",
        [("year", 2023, None, None), ("count", 240000, "people", None)],
    ),
    ("en", "Trading closed on 2 400 000 shares.", [("count", 2400000, "shares", None)]),
    ("en", "Shares traded at 1250 300 times a day.", [("count", 1250, None, None), ("count", 300, "times", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + UNCHANGED)
def test_spaced_phone_numbers(lang, text, expected):
    assert _found(text, lang) == expected
