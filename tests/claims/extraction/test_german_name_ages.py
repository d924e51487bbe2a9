"""German full names with an age between commas ("Peter Huber, 61,") are ages (a duration in
years), as English "John Smith, 45, said" and German role nouns ("Der Bürgermeister, 61,") are.
A capital is no proof of a name in German, so the name needs evidence: a known first name, a role
noun or title before it, an initial with a dot, or a verb of saying or a passive after the age.
Seat counts, points and lists of places stay counts. Sample sentences written for these tests."""

import pytest

from .test_eighth_batch_fixes import _found


def _age(n):
    return ("duration", n, "year", None)


GERMAN_NAME_AGES = [
    ("de", "Der Fahrer, Peter Huber, 61, wurde verletzt.", [_age(61)]),
    ("de", "Bürgermeisterin Anna Maier, 54, sagte, die Straße bleibe gesperrt.", [_age(54)]),
    ("de", "Bürgermeister Huber, 61, tritt im Herbst nicht mehr an.", [_age(61)]),
    ("de", "Jelena Kovačević, 38, sagte vor Gericht aus.", [_age(38)]),
    ("de", "Karl-Heinz Gruber, 70, starb am Montag im Spital.", [_age(70)]),
    ("de", "Ursula von Stetten, 49, leitet seit Mai die Behörde.", [_age(49)]),
    ("de", "Peter Huber, 34, und Anna Maier, 61, wurden leicht verletzt.", [_age(34), _age(61)]),
]
GERMAN_NAME_AGES_UNCHANGED = [
    ("de", "Die Angeklagte Maria K., 34, schwieg.", [_age(34)]),
    ("de", "Der Bürgermeister, 61, tritt ab.", [_age(61)]),
    (
        "de",
        "Die Parteien ÖVP, 45, und SPÖ, 40, verhandeln über eine Koalition.",
        [("count", 45, None, None), ("count", 40, None, None)],
    ),
    ("de", "Bayern München, 45, liegt vor Dortmund.", [("count", 45, None, None)]),
    (
        "de",
        "Die meisten Fälle meldeten Wien, 12, Graz, 8, und Linz, 5.",
        [("count", 12, None, None), ("count", 8, None, None), ("count", 5, None, None)],
    ),
    (
        "de",
        "Neue Fälle gab es in Maria Enzersdorf, 12, und Mödling, 8.",
        [("count", 12, None, None), ("count", 8, None, None)],
    ),
    ("de", "Die Fähre, 40, wurde in Norwegen gebaut.", [("count", 40, None, None)]),
    ("en", "John Smith, 45, said he saw the fire.", [_age(45)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), GERMAN_NAME_AGES + GERMAN_NAME_AGES_UNCHANGED)
def test_german_full_name_ages(lang, text, expected):
    assert _found(text, lang) == expected
