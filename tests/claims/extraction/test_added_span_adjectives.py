"""A span added to one before keeps its unit of time with one more adjective between ("drei
zusätzliche freie Tage" 3 days, "two extra paid days"; fifty-sixth batch: the adjectives carry
nothing). Near misses: an adjective alone before the unit of days counted ("fünf heiße Tage",
"five hot days") stays a count. Sample sentences written for these tests."""

import pytest

from .test_eighth_batch_fixes import _found

FIXED = [
    ("de", "Gefordert werden zwei zusätzliche freie Tage.", [("duration", 2, "day", None)]),
    ("de", "Die Belegschaft bekommt drei weitere bezahlte Wochen.", [("duration", 3, "week", None)]),
    ("en", "Nurses won two extra paid days of leave.", [("duration", 2, "day", None)]),
    ("en", "The deal adds three more unpaid weeks.", [("duration", 3, "week", None)]),
    ("en", "Staff get four additional working days.", [("duration", 4, "day", None)]),
]
UNCHANGED = [
    ("de", "Gefordert werden zwei zusätzliche Tage.", [("duration", 2, "day", None)]),
    ("de", "Der Juli brachte fünf heiße Tage.", [("count", 5, None, None)]),
    ("en", "July brought five hot days.", [("count", 5, None, None)]),
    ("en", "Two more armed men arrived.", [("count", 2, None, None)]),
    ("en", "The strike lasted two more years.", [("duration", 2, "year", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + UNCHANGED)
def test_added_span_adjectives(lang, text, expected):
    assert _found(text, lang) == expected
