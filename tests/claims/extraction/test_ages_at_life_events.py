"""An age after "at" following a step of a person's life ("released her first album at 29,
after", "moved to Toronto at 31 with two suitcases", "After emigrating at 22 she taught"): a
duration in years when a pronoun or a name is the subject and the clause ends after the figure
or goes on with a preposition, a conjunction or the subject. Prices, addresses, degrees and
rates after "at" stay as they were. Sample sentences written for these tests."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


def _age(n):
    return ("duration", n, "year", None)


def _count(n, unit=None):
    return ("count", n, unit, None)


FIXED = [
    (
        "en",
        "He published his first collection of poems at 52, after a career in banking.",
        [("ordinal", 1, None, None), _age(52)],
    ),
    ("en", "After quitting the band at 27 she trained as a nurse.", [_age(27)]),
    ("en", "She joined the Royal Ballet at 17, its youngest dancer that year.", [_age(17)]),
    (
        "en",
        "Mbeki won the party leadership in 1997, at 55, and held it for years.",
        [("year", 1997, None, None), _age(55)],
    ),
    ("en", "He moved to Toronto at 31 with two suitcases.", [_age(31), _count(2, "suitcases")]),
    ("en", "Lindgren, a former teacher, took up painting at 70 after a stroke.", [_age(70)]),
]
UNCHANGED = [
    ("en", "Shares of the company closed at 36.", [_count(36)]),
    ("en", "She joined the protest at 41 Elm Road.", []),  # a house number: no quantity
    ("en", "He published figures showing shares at 41 cents.", [("money", 0.41, "USD", None)]),
    ("en", "The company moved its headquarters to Dallas at 24 with new debt.", [_count(24)]),
    ("en", "He joined the meeting, where the vote stood at 62 to 30.", [_count(62), _count(30)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + UNCHANGED)
def test_ages_at_life_events(lang, text, expected):
    assert _found(text, lang) == expected
