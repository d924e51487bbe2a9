"""Ages of a group bounded by them ("users under 16", "customers over 70") and retiring before or
after an age ("people who retire before 67"), as "people over 65" and "retired at 34" are read
(seventy-first batch). Sample sentences written for these tests."""

import pytest

from .test_eighth_batch_fixes import _found

AGES = [
    ("en", "Platforms must verify the ages of users under 16.", [("duration", 16, "year", "under")]),
    ("en", "Students under 18 must bring a signed form.", [("duration", 18, "year", "under")]),
    ("en", "Customers over 70 get the discount.", [("duration", 70, "year", "over")]),
    ("en", "The cut hits those who retire before 67.", [("duration", 67, "year", None)]),
    ("en", "Staff retiring after 65, the union said, keep the bonus.", [("duration", 65, "year", None)]),
]
# What the figure counts, a year or a unit after it keeps it as it was.
NEAR_MISSES = [
    ("en", "Members from over 50 countries attended.", [("count", 50, None, "over")]),
    ("en", "Members over 50 countries joined.", [("count", 50, None, "over")]),
    ("en", "The utility will retire before 2030 its last coal plant.", [("year", 2030, None, None)]),
    ("en", "Fans retire after 90 minutes.", [("duration", 90, "minute", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), AGES + NEAR_MISSES)
def test_age_groups_and_retiring(lang, text, expected):
    assert _found(text, lang) == expected
