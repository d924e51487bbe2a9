"""A school grade written as an ordinal compound is an ordinal ("Third-grade reading scores" 3,
batch 58, as "fourth-quarter"); "Q3" after a verb and before a results noun is the third quarter
("had expected Q3 deliveries", batch 60, as "in Q3", thirty-sixth). A car model after its maker
("Audi Q3") and "H2" as hydrogen stay none. Sample sentences written for these tests."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    ("en", "Fifth-grade math scores fell this year.", [("ordinal", 5, None, None)]),
    (
        "en",
        "The firm reported Q2 sales of 40,000 units.",
        [("ordinal", 2, None, None), ("count", 40000, "units", None)],
    ),
    ("de", "Analysten erwarteten starke Q4 Auslieferungen.", [("ordinal", 4, None, None)]),
]
UNCHANGED = [
    ("en", "The new Audi Q3 sales push began.", []),
    ("en", "He drove a Q3 to work.", []),
    ("en", "Utilities expect H2 production to rise.", []),
    ("en", "It was a first-degree murder charge.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + UNCHANGED)
def test_grade_and_period_ordinals(lang, text, expected):
    assert _found(text, lang) == expected
