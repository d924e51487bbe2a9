"""German "als erste/erster + noun" names the first of a kind without an article ("als erste
Richterin", "als erster Österreicher"): ordinal 1, as "the first woman" is in English. "als
Erstes" and "als erstes" before a verb or a place say "first of all" and carry nothing.
Sample sentences written for these tests."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


_FIRST = ("ordinal", 1, None, None)

FIXED = [
    ("de", "Als erste Richterin leitete sie den Senat.", [_FIRST]),
    ("de", "Mayr stand als erster Österreicher auf dem Gipfel.", [_FIRST]),
    ("de", "Sie amtierte, als erste Bürgerin aus dem Tal, im Landtag.", [_FIRST]),
]
UNCHANGED = [
    ("de", "Als Erstes muss der Antrag gestellt werden.", []),
    ("de", "Die Feuerwehr war als erstes vor Ort.", []),
    ("de", "Sie wurde die erste Präsidentin des Verbands.", [_FIRST]),
    ("en", "She became the first woman to lead the court.", [_FIRST]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + UNCHANGED)
def test_first_of_a_kind(lang, text, expected):
    assert _found(text, lang) == expected
