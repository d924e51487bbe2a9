"""A share of a scale word written as one German word is that share of it and takes the
currency written: "knapp eine Viertelmilliarde Euro" 250,000,000 EUR "nearly", as "eine halbe
Milliarde Euro" and "a quarter of a trillion dollars" (fifty-third batch). Sample sentences
written for these tests."""

import pytest

from .test_eighth_batch_fixes import _found

SHARES = [
    ("de", "Das Land investiert rund eine Viertelmilliarde Euro in Schulen.", [("money", 250000000, "EUR", "about")]),
    ("de", "Der Umbau kostet eine Dreiviertelmilliarde Franken.", [("money", 750000000, "CHF", None)]),
    ("de", "Gut eine Viertelmillion Menschen sahen die Parade.", [("count", 250000, None, "over")]),
    ("de", "Die Stadt zählt knapp eine Dreiviertelmillion Einwohner.", [("count", 750000, None, "nearly")]),
    ("de", "Die Sanierung verschlingt eine knappe Viertelmilliarde Euro.", [("money", 250000000, "EUR", "nearly")]),
    ("de", "Die Schulden steigen auf eine halbe Billion Euro.", [("money", 500000000000, "EUR", None)]),
    # English writes the share with a hyphen: "a half-billion dollars", "a quarter-million people".
    ("en", "The county spent a half-billion dollars on roads.", [("money", 500000000, "USD", None)]),
    ("en", "Nearly a quarter-million people fled the city.", [("count", 250000, None, "nearly")]),
    ("en", "The scheme will cost a quarter of a billion euros.", [("money", 250000000, "EUR", None)]),
]
# A share of a majority or an hour stays what it was.
UNCHANGED = [
    ("de", "Die Reform braucht eine Dreiviertelmehrheit.", [("fraction", 0.75, None, None)]),
    ("de", "Das Treffen dauerte eine Dreiviertelstunde.", [("duration", 0.75, "hour", None)]),
    ("de", "Der Bund zahlt eine halbe Milliarde Euro.", [("money", 500000000, "EUR", None)]),
    ("en", "The half-hour show drew a quarter-final crowd.", [("duration", 0.5, "hour", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SHARES + UNCHANGED)
def test_share_of_scale_compounds(lang, text, expected):
    assert _found(text, lang) == expected
