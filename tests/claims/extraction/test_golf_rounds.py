"""A golf round written "eine 68er-Runde" or "einer 71er Runde" is a count of strokes (68, 71).
Near misses: decades and movements ("die 60er-Jahre", "die 68er-Bewegung"), a model ("3er-BMW").
Sample sentences written for these tests (copied from no batch or article)."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    ("de", "Die Japanerin legte zum Auftakt eine 68er-Runde hin.", [("count", 68, None, None)]),
    ("de", "Mit einer 71er Runde fiel der Titelverteidiger zurück.", [("count", 71, None, None)]),
]
UNCHANGED = [
    ("de", "In den 60er-Jahren wuchs die Stadt rasch.", []),
    ("de", "Die 68er-Bewegung prägte die Universität.", []),
    ("de", "Er fährt seit Jahren einen 3er-BMW.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + UNCHANGED)
def test_golf_rounds(lang, text, expected):
    assert _found(text, lang) == expected
