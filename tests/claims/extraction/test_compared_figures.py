"""A bare figure a measure is compared with takes the measure's unit ("32 hours a week, down from
38": both hours, fifty-sixth batch), as a range's figures share theirs. Near misses: a figure
with its own noun or unit, a year, a converted unit ("60 cents", "two decades") and a count
before the comparison stay as they were. Sample sentences written for these tests."""

import pytest

from .test_eighth_batch_fixes import _found

FIXED = [
    (
        "en",
        "Drivers now work 45 hours a week, down from 50.",
        [("duration", 45, "hour", None), ("duration", 50, "hour", None)],
    ),
    ("en", "A ticket costs $14, up from 12.", [("money", 14, "USD", None), ("money", 12, "USD", None)]),
    (
        "en",
        "The share reached 7.5%, compared with 6.8 a year earlier.",
        [("percent", 7.5, "%", None), ("percent", 6.8, "%", None)],
    ),
    (
        "en",
        "Profit was $2.4 billion, up from 1.9 in 2023.",
        [("money", 2400000000, "USD", None), ("money", 1900000000, "USD", None), ("year", 2023, None, None)],
    ),
    (
        "de",
        "Die Schicht dauert nun zehn Stunden, nach zuvor zwölf.",
        [("duration", 10, "hour", None), ("duration", 12, "hour", None)],
    ),
    (
        "de",
        "Der Anteil lag bei 41 Prozent gegenüber 37 im Vorjahr.",
        [("percent", 41, "%", None), ("percent", 37, "%", None)],
    ),
]
UNCHANGED = [
    ("en", "The mill employs 320 workers, down from 410.", [("count", 320, None, None), ("count", 410, None, None)]),
    ("en", "Emissions fell 12%, compared with 1990.", [("percent", 12, "%", None), ("year", 1990, None, None)]),
    ("en", "Stamps cost 60 cents, up from 55.", [("money", 0.6, "USD", None), ("count", 55, None, None)]),
    (
        "en",
        "Shifts lasted 12 hours, down from 14 hours.",
        [("duration", 12, "hour", None), ("duration", 14, "hour", None)],
    ),
    ("en", "Rates rose to 5%, up from 4,200 loans.", [("percent", 5, "%", None), ("count", 4200, None, None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + UNCHANGED)
def test_compared_figures(lang, text, expected):
    assert _found(text, lang) == expected
