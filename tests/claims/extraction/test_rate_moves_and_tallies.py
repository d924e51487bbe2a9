"""Rate moves and tallies (eighty-seventh batch): a share of a point compounded with "percentage"
("a half-percentage-point hike") or right before a move of a rate ("a quarter-point cut", "a
half-point reduction") is percentage points with no rate named nearby; "one or two <noun>" counts
the "one" as well; "mit neun zu einer Stimme" counts the other side of the vote. Near misses: a
half point in chess or in a grade, "one or the other", "one or more of", "one or two of them" (no
noun counted), "mit einer Stimme Mehrheit" (an article). Sample sentences written for these tests."""

import pytest

from .test_eighth_batch_fixes import _found

FIXED = [
    ("en", "Analysts expect a half-percentage-point hike next month.", [("percent", 0.5, "pp", None)]),
    ("en", "Some members argued for a quarter-percentage-point move.", [("percent", 0.25, "pp", None)]),
    (
        "en",
        "Two officials had pushed for a half-point cut instead.",
        [("count", 2, None, None), ("percent", 0.5, "pp", None)],
    ),
    (
        "en",
        "The board signalled one more quarter-point reduction this year.",
        [("count", 1, None, None), ("percent", 0.25, "pp", None)],
    ),
    ("en", "Economists see one or two hikes before the summer.", [("count", 1, None, None), ("count", 2, None, None)]),
    ("en", "The repairs will take one or two weeks.", [("duration", 1, "week", None), ("duration", 2, "week", None)]),
    (
        "de",
        "Der Rat stimmte mit neun zu einer Stimme für die Senkung.",
        [("count", 9, None, None), ("count", 1, None, None)],
    ),
    (
        "de",
        "Der Ausschuss billigte das mit 11 zu einer Gegenstimme.",
        [("count", 11, None, None), ("count", 1, None, None)],
    ),
]
UNCHANGED = [
    ("en", "She finished a half-point ahead of the defending champion.", []),
    ("en", "The essay earned a half-point boost from the examiner.", []),
    (
        "en",
        "The Fed cut rates by a quarter point to 4.5%.",
        [("percent", 0.25, "pp", None), ("percent", 4.5, "%", None)],
    ),
    ("en", "It was one or the other.", []),
    ("en", "One or more of the guards were armed.", []),
    ("en", "One or two of them were hurt.", [("count", 2, None, None)]),
    ("en", "They expect two or three cuts.", [("count", 2, None, None), ("count", 3, None, None)]),
    ("de", "Der Antrag kam mit einer Stimme Mehrheit durch.", []),
    ("de", "Die Bank senkte mit fünf zu vier Stimmen.", [("count", 5, None, None), ("count", 4, None, None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + UNCHANGED)
def test_rate_moves_and_tallies(lang, text, expected):
    assert _found(text, lang) == expected
