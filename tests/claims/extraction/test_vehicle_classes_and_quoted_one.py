"""Number words that count nothing: a class of vehicle named by its wheels ("two-wheeler sales",
batch 60) and the "one" of an unnamed speaker after an inverted attribution whose description
names a place ('said one owner at a Los Angeles dealership', batch 60; "said one islander waiting
..." before). Wheels of a thing and a "one" that counts stay. Sample sentences written for these
tests."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    ("en", "Three-wheeler exports fell 12% in May.", [("percent", 12, "%", None)]),
    ("en", "Dealers said four-wheelers sold well.", []),
    ("en", '"We have waited all year," said one farmer at the market in Ludlow.', []),
    ("en", '"Nobody warned us," said one resident of the flats on Mill Lane.', []),
]
UNCHANGED = [
    ("en", "The scooter has a three-wheel design.", [("count", 3, "wheel", None)]),
    ("en", "Police said one man was arrested at the scene.", [("count", 1, "man", None)]),
    ("en", '"It was chaos," said one official.', []),
    (
        "en",
        "Only one owner at the dealership bought two cars.",
        [("count", 1, "owner", None), ("count", 2, "cars", None)],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + UNCHANGED)
def test_vehicle_classes_and_quoted_one(lang, text, expected):
    assert _found(text, lang) == expected
