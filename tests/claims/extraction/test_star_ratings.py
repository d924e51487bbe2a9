"""A score out of a number of stars is a rating, two counts, not a share of a group (batch 60:
"nur drei von fünf Sternen" counts 3 and 5, as "five stars" counts 5): "vier von fünf möglichen
Sternen", "four out of five stars". Shares of people or things ("drei von vier Befragten", "two
out of three voters", "one in five stars hosts a planet") stay fractions. Sample sentences written
for these tests."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    (
        "de",
        "Das Hotel behält vier von fünf möglichen Sternen.",
        [("count", 4, None, None), ("count", 5, "Sternen", None)],
    ),
    ("de", "Der Van bekam im Test zwei von fünf Sternen.", [("count", 2, None, None), ("count", 5, "Sternen", None)]),
    ("en", "Critics gave the play four out of five stars.", [("count", 4, None, None), ("count", 5, "stars", None)]),
]
UNCHANGED = [
    ("de", "Drei von vier Befragten sind dafür.", [("fraction", 0.75, None, None)]),
    ("en", "Two out of three voters agree.", [("fraction", 0.6667, None, None)]),
    ("en", "One in five stars hosts a planet.", [("fraction", 0.2, None, None)]),
    ("en", "The hotel has five stars.", [("count", 5, "stars", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + UNCHANGED)
def test_star_ratings(lang, text, expected):
    assert _found(text, lang) == expected
