"""Pounds that weigh are counts, not sterling: "pounds of" a substance, pounds converted to
kilograms after them, pounds after "weighing" (batches 58 and 60: "4.2 pounds of methamphetamine",
"7,700 pounds (3,493 kg)"); pounds of money ("pounds of funding") and plain amounts stay GBP. A
share of a cent or a penny is money ("by a half cent" 0.005 USD, batch 58), and a share of a
measure inside a hyphenated compound counts it ("a half-mile radius" 0.5, batch 58; the spaced "a
half mile" stays a fraction, thirtieth batch). Sample sentences written for these tests."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    ("en", "Agents found 18 pounds of fentanyl in the trunk.", [("count", 18, "pounds", None)]),
    ("en", "The truck carried 5,000 pounds of food aid.", [("count", 5000, "pounds", None)]),
    ("en", "The engine weighs 410 pounds (186 kg).", [("count", 410, "pounds", None), ("count", 186, "kg", None)]),
    ("en", "The calf, weighing about 90 pounds, was rescued.", [("count", 90, "pounds", "about")]),
    ("en", "The state raised its gas tax by a half cent.", [("money", 0.005, "USD", None)]),
    ("en", "Stamps went up by half a penny.", [("money", 0.005, "GBP", None)]),
    ("en", "A quarter-mile stretch of road was closed.", [("count", 0.25, "mile", None)]),
]
UNCHANGED = [
    ("en", "The club raised 4,000 pounds for the hospice.", [("money", 4000, "GBP", None)]),
    ("en", "They spent 2 million pounds of public money.", [("money", 2000000, "GBP", None)]),
    ("en", "It wasted 40 million pounds of taxpayers' money.", [("money", 40000000, "GBP", None)]),
    ("en", "Britain pledged 300 million pounds of new funding.", [("money", 300000000, "GBP", None)]),
    ("en", "The firm lost 60 million pounds last year.", [("money", 60000000, "GBP", None)]),
    ("en", "The school is a half mile from the river.", [("fraction", 0.5, None, None)]),
    ("en", "The crater was up to half a mile across.", [("count", 0.5, "mile", "up_to")]),
    ("en", "It lasted a half-hour.", [("duration", 0.5, "hour", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + UNCHANGED)
def test_weighed_pounds_and_unit_shares(lang, text, expected):
    assert _found(text, lang) == expected
