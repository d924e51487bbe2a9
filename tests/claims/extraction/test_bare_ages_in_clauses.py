"""A bare figure is an age in years where a person is its subject and the clause ends after it:
"He was 87.", "the driver, Tom Reyes, was 23 and", "Okafor, then 52, was detained", "took office
in 2004 at 39,", "Amtsinhaberin Mirela Novak, 47, tritt erneut an". Scores, indices,
addresses and series of figures stay counts. Sample sentences written for these tests."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


def _age(n):
    return ("duration", n, "year", None)


def _count(n, unit=None):
    return ("count", n, unit, None)


FIXED = [
    ("en", "He was 87.", [_age(87)]),
    ("en", "The driver, Tom Reyes, was 23 and had held his licence for a year.", [_age(23)]),
    ("en", "The pilot was 58 when he retired.", [_age(58)]),
    ("en", "Okafor, then 52, was detained at the border in 2011.", [_age(52), ("year", 2011, None, None)]),
    (
        "en",
        "Reyes won the mayoralty in 2004 at 39, the youngest in the city's history.",
        [("year", 2004, None, None), _age(39)],
    ),
    ("en", "The striker retired from professional football at 31.", [_age(31)]),
    ("de", "Amtsinhaberin Mirela Novak, 47, tritt erneut an.", [_age(47)]),
    ("de", "Herausforderer Tomás Varga, 39, kandidiert für die Liste.", [_age(39)]),
]
UNCHANGED = [
    ("en", "The final score was 19.", [_count(19)]),
    ("en", "The index was 91.", [_count(91)]),
    ("en", "Inflation was 12.", [_count(12)]),
    ("en", "The Dow was 91 points higher.", [_count(91, "points")]),
    ("en", "Sales rose to 30, then 41, then 52.", [_count(30), _count(41), _count(52)]),
    # (a house number: no age, and no count either since the place identifiers of batch 58)
    ("en", "The clinic moved to 44 Main Street.", []),
    ("en", "Turnout in Glasgow Central was 41.", [_count(41)]),
    ("en", "The index closed at 91.", [_count(91)]),
    ("en", "She was 19 points behind the leader.", [_count(19, "points")]),
    ("de", "Bayern München, 45, liegt vor Dortmund.", [_count(45)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + UNCHANGED)
def test_bare_ages_in_clauses(lang, text, expected):
    assert _found(text, lang) == expected
