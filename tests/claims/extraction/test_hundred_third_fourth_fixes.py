"""Fixes that batches 103 (elections) and 104 (migration) prompted, on own sentences written for these tests:

- seats in brackets after a party are counts, not ages ("SPD (25), AfD (24), Grüne (4)"); a person's age in
  brackets stays one;
- a difference compared with a year: "einen Prozentpunkt weniger als 2022" is the year 2022, no hedge;
- "was 65 or older": after a copula, a bare figure and "or older" is an age;
- "by six votes to one": the other side of a tally counts one;
- "a third country", "third parties": a term, no rank ("the third country to join" ranks);
- a captain's and a budget spokesman's title is dropped from the speaker's name ("sagte Kapitänin ...",
  "AfD-Haushälter ... behauptete").
"""

import pytest

from claims.extraction import extract_claims, extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


QUANTITIES = [
    ("de", "Im neuen Kreistag verteilen sich die 61 Sitze auf CDU (22), SPD (17), Grüne (9) und FDP (13).", [
        ("count", 61, "Sitze", None), ("count", 22, None, None), ("count", 17, None, None),
        ("count", 9, None, None), ("count", 13, None, None),
    ]),
    ("de", "Der Lenker (45) wurde leicht verletzt.", [("duration", 45, "year", None)]),
    ("de", "Die Beteiligung lag bei 71,3 Prozent, einen Prozentpunkt weniger als 2019.", [
        ("percent", 71.3, "%", None), ("percent", 1, "pp", None), ("year", 2019, None, None),
    ]),
    ("en", "Nearly a third of postal voters were 70 or older.", [
        ("fraction", 0.3333, None, "nearly"), ("duration", 70, "year", "at_least"),
    ]),
    ("en", "The appeal court ruled by four votes to one.", [("count", 4, "votes", None), ("count", 1, None, None)]),
    ("en", "The men were removed to a third country within days.", []),
    ("en", "Customer data was sold to third parties.", []),
    ("en", "Malta was the third country to sign the pact.", [("ordinal", 3, None, None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), QUANTITIES)
def test_quantities(lang, text, expected):
    assert _found(text, lang) == expected


SPEAKERS = [
    ("de", "Die Rettung habe sich um zwei Tage verzögert, sagte Kapitänin Marit Olsen.", "Marit Olsen"),
    ("de", "FDP-Haushälter Jens Brückner behauptete, die Ausgaben hätten sich seit 2020 verdoppelt.", "Jens Brückner"),
]


@pytest.mark.parametrize(("lang", "text", "speaker"), SPEAKERS)
def test_speakers(lang, text, speaker):
    claims = extract_claims(text, language=lang)
    assert claims and claims[0].speaker == speaker
