"""Ninety-sixth/-seventh batch shapes: a dating participle after an adverb ("das erst 2023
gegründete Unternehmen"), "another quarter of a percentage point", a currency's "record low of",
"N out of every M", an ordinal after "its fiscal", "kleiner als" as a bound. Near misses stay as
they were. Sample sentences written for these tests."""

import pytest

from .test_eighth_batch_fixes import _found

FIXED = [
    ("de", "Er kaufte den bereits 1998 gebauten Hof.", [("year", 1998, None, None)]),
    ("de", "Der noch 1985 geborene Regisseur starb.", [("year", 1985, None, None)]),
    ("en", "The bank raised rates by another quarter point on Tuesday.", [("percent", 0.25, "pp", None)]),
    ("en", "Officials may cut by another quarter of a percentage point.", [("percent", 0.25, "pp", None)]),
    (
        "en",
        "The lira traded at 34.5 per dollar, above its record high of 30.1.",
        [("money", 34.5, "TRY", None), ("money", 30.1, "TRY", None)],
    ),
    ("en", "Nine out of every 10 dollars went to rent.", [("fraction", 0.9, None, None)]),
    ("en", "About one in every ten adults owns a boat.", [("fraction", 0.1, None, "about")]),
    ("en", "Sales fell in the fiscal second half.", [("ordinal", 2, None, None)]),
    ("de", "Die Körner waren kleiner als 2 Millimeter.", [("count", 2, None, "under")]),
]
UNCHANGED = [
    ("de", "Er kaufte die schon 1500 gebauten Wohnungen.", [("count", 1500, None, None)]),
    ("en", "The company expects another quarter of losses.", []),
    (
        "en",
        "The lira traded at 34.5 per dollar, while the index hit its record high of 85.",
        [("money", 34.5, "TRY", None), ("count", 85, None, None)],
    ),
    ("en", "It rained three days in every week.", [("duration", 3, "day", None)]),
    ("en", "Fiscal first quarter results are due.", []),
    (
        "de",
        "Die Fläche war um fast eine Million Quadratkilometer kleiner als im Mittel.",
        [("count", 1000000, None, "nearly")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + UNCHANGED)
def test_r9_share_and_level_fixes(lang, text, expected):
    assert _found(text, lang) == expected
