"""A bare age after a name and a form of "be": German "..., Obermayr war damals 68." and "Pfarrer
Obermayr ist 71." (a capital is no proof of a name in German, so a lone word opening the
sentence needs a given name or a role before it), and the AP birthday line with the band or
team after the name ("Drummer Ray Cole of The Night Owls is 74."). Sample sentences written
for these tests."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


def _age(n):
    return ("duration", n, "year", None)


def _count(n, unit=None):
    return ("count", n, unit, None)


FIXED = [
    ("de", "Der Verein stieg 1998 ab, Obermayr war damals 68.", [("year", 1998, None, None), _age(68)]),
    ("de", "Pfarrer Obermayr ist 71.", [_age(71)]),
    ("de", "Ihr Vater starb früh, sie war damals 9.", [_age(9)]),
    ("de", "Katharina Obermayr war 44 und lebte in Linz.", [_age(44)]),
    ("en", "Drummer Ray Cole of The Night Owls is 74.", [_age(74)]),
]
UNCHANGED = [
    ("en", "Bassist June Harlan of the Marsh Hares is 69.", [_age(69)]),  # read before, as "Marsh Hares is"
    ("de", "Die Quote war damals 68.", [_count(68)]),
    ("de", "Strom war damals 12.", [_count(12)]),
    ("de", "Der Index ist 91.", [_count(91)]),
    ("de", "Die Zahl der Toten war damals 75.", [_count(75)]),
    ("de", "Die Nachfrage stieg, Gold war damals 75 Dollar wert.", [("money", 75, "USD", None)]),
    ("en", "The Bank of England is 330.", [_count(330)]),
    ("en", "Turnout in the Republic of Ireland was 41.", [_count(41)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + UNCHANGED)
def test_ages_of_named_persons(lang, text, expected):
    assert _found(text, lang) == expected
