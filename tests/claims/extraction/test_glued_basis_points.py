"""Basis points written "bp" ("25bp", "a 10-12bp move", "5 bp"), as "bps" was read: percent with
unit "bp" near a rate, a yield, a spread, a cut or a percentage; "bp" elsewhere may be base
pairs ("500 bp of DNA") and stays as it was. Sample sentences written for these tests (sample
data, copied from no batch or article)."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    ("en", "The bank trimmed rates by 25bp in March.", [("percent", 25, "bp", None)]),
    ("en", "Gilt yields rose 10-12bp on Monday.", [("percent", 10, "bp", None), ("percent", 12, "bp", None)]),
    ("en", "The spread tightened by 8 bp overnight.", [("percent", 8, "bp", None)]),
    (
        "de",
        "Die Rendite stieg um 5bp auf 2,6 Prozent.",
        [("percent", 5, "bp", None), ("percent", 2.6, "%", None)],
    ),
]
NEAR_MISSES = [
    ("en", "The bank trimmed rates by 25bps in March.", [("percent", 25, "bp", None)]),
    ("en", "The gene spans 500 bp of DNA.", [("count", 500, "bp", None)]),
    ("de", "Der Leitzins sank um 25 Basispunkte.", [("percent", 25, "bp", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + NEAR_MISSES)
def test_glued_basis_points(lang, text, expected):
    assert _found(text, lang) == expected
