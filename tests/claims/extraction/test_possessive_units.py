"""A unit in the plural possessive ("four months' notice", "ten dollars' worth") is the unit
itself: a duration or money, as "up from two months" is (fifty-second batch). Sample sentences
written for these tests."""

import pytest

from .test_eighth_batch_fixes import _found

POSSESSIVE = [
    ("en", "Staff must now give three months' notice before quitting.", [("duration", 3, "month", None)]),
    ("en", "He was handed 18 months' probation for the assault.", [("duration", 18, "month", None)]),
    ("en", "The firm faces nearly two years’ delay on the plant.", [("duration", 2, "year", "nearly")]),
    ("en", "Workers get six weeks' pay after a redundancy.", [("duration", 6, "week", None)]),
    ("en", "Thieves took 500 dollars' worth of tools.", [("money", 500, "USD", None)]),
    ("en", "Residents were given only 24 hours' warning.", [("duration", 24, "hour", None)]),
    # The singular possessive after "one" or 1 reads the same way.
    ("en", "The tenant received one month's notice.", [("duration", 1, "month", None)]),
    ("en", "Each worker gets 1 week's pay per year served.", [("duration", 1, "week", None)]),
]
# A possessive of anything that is no unit still counts its noun.
UNCHANGED = [
    ("en", "The three players' contracts run out in June.", [("count", 3, None, None)]),
    ("en", "About 40 families' homes were flooded.", [("count", 40, None, "about")]),
    ("en", "The month's figures showed 12 new cases.", [("count", 12, None, None)]),
    ("en", "One player's error cost them the game.", [("count", 1, None, None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), POSSESSIVE + UNCHANGED)
def test_possessive_units(lang, text, expected):
    assert _found(text, lang) == expected
