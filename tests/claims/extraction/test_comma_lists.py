"""A unit written once at the end of a list reaches every bare figure before it, not only the one before
"und"/"and" (quantities/neighbours.py's _comma_lists; sample sentences written for these tests). Each FIXED
row gave the first item as a bare count before the rule."""

import pytest

from claims.extraction import extract_quantities

FIXED = [
    ("de", "Die Preise stiegen um 19, 24 und 31 Prozent.", [("percent", 19), ("percent", 24), ("percent", 31)]),
    ("en", "Prices rose 3, 5 and 7 percent in the regions.", [("percent", 3), ("percent", 5), ("percent", 7)]),
    ("de", "Die Werke kosten 12, 15 und 20 Millionen Euro.",
     [("money", 12_000_000), ("money", 15_000_000), ("money", 20_000_000)]),
    ("de", "Die Werke kosten 1,2, 1,5 und 2 Milliarden Euro.",
     [("money", 1_200_000_000), ("money", 1_500_000_000), ("money", 2_000_000_000)]),
    ("en", "Costs rose 1.5, 2.25 and 3.1 percent.", [("percent", 1.5), ("percent", 2.25), ("percent", 3.1)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED)
def test_the_unit_reaches_every_item(lang, text, expected):
    got = [(q.kind, q.value) for q in extract_quantities(text, lang)]
    assert got == expected


NEAR_MISSES = [
    # a year before the list is no item of it; counted nouns are left as they are
    ("de", "Im Jahr 2019, 24 und 31 Prozent mehr.", [("year", 2019), ("percent", 24), ("percent", 31)]),
    ("de", "Die Teams holten 22, 27 und 35 Punkte.", [("count", 22), ("count", 27), ("count", 35)]),
    # two items only: no list goes on after the second
    ("de", "Sie zahlten 12, danach 15 Prozent.", [("count", 12), ("percent", 15)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NEAR_MISSES)
def test_near_misses(lang, text, expected):
    assert [(q.kind, q.value) for q in extract_quantities(text, lang)] == expected
