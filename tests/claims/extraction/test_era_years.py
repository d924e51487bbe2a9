"""Years told by their era (batch 171): before Christ negative, the marker written once covering a range;
"A.D." before or after the year; a year of three digits after "im Jahr". Near misses: British Columbia
after a modern year, a count after "im Jahr" with a noun, the ordinal of a century."""

import pytest

from .metrics import quantity_rows as _quantities


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "The dynasty ruled from around 2650 to 2480 BC.",
            [("year", -2650, None, "about"), ("year", -2480, None, None)],
        ),
        ("en", "The city was sacked in 146 B.C., the historian said.", [("year", -146, None, None)]),
        ("en", "The villa was buried in A.D. 62 by an earthquake.", [("year", 62, None, None)]),
        ("en", "It was used from around A.D. 300 to 650.", [("year", 300, None, "about"), ("year", 650, None, None)]),
        (
            "de",
            "Die Siedlung bestand zwischen 420 und 260 vor Christus.",
            [("year", -420, None, None), ("year", -260, None, None)],
        ),
        ("de", "Der Helm wird auf das Jahr 15 v. Chr. datiert.", [("year", -15, None, None)]),
        ("de", "Die Münze stammt aus dem Jahr 312.", [("year", 312, None, None)]),
        ("de", "Die Schlacht fand im Jahr 9 nach Christus statt.", [("year", 9, None, None)]),
    ],
)
def test_era_years(lang: str, text: str, expected: list) -> None:
    got = _quantities(text, lang)
    for q in expected:
        assert q in got, (text, got)


@pytest.mark.parametrize(
    ("lang", "text", "absent"),
    [
        ("en", "Turnout in the 2024 B.C. election was low.", ("year", -2024, None, None)),
        ("en", "The statue dates from the 3rd century B.C.", ("year", -3, None, None)),
        ("de", "Im Jahr 2 der Pandemie starben 40 Menschen.", ("year", 2, None, None)),
    ],
)
def test_era_near_misses(lang: str, text: str, absent: tuple) -> None:
    assert absent not in _quantities(text, lang), text
