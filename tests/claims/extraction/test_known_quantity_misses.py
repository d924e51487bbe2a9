"""Quantity misses that earlier sessions named and left alone (closing note of 2026-11-26),
each with near misses that must stay as they are. Sample sentences written for these tests.

Conventions come from the blind batches' docstrings; where they are silent, the choice is
said beside the rows.
"""

import pytest

from .test_eighth_batch_fixes import _found

# 6. "just under" is "under", as "just over" is "over" (ninth batch); so "knapp unter" is
# "under", as "knapp über" is "over". "knapp" alone stays "nearly".
HEDGES = [
    ("en", "The company employs just under 9,000 people.", [("count", 9000, None, "under")]),
    ("de", "Die Firma beschäftigt knapp unter 9.000 Menschen.", [("count", 9000, None, "under")]),
]
HEDGES_UNCHANGED = [
    ("en", "Turnout was just over 60%.", [("percent", 60, "%", "over")]),
    ("en", "The company employs nearly 9,000 people.", [("count", 9000, None, "nearly")]),
    ("de", "Die Firma beschäftigt knapp 9.000 Menschen.", [("count", 9000, None, "nearly")]),
    ("de", "Die Quote lag knapp über 5 Prozent.", [("percent", 5, "%", "over")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), HEDGES + HEDGES_UNCHANGED)
def test_just_under(lang, text, expected):
    assert _found(text, lang) == expected
