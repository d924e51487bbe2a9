"""A word naming an anniversary is its ordinal ("marks its centenary" 100, batches 39 and 58;
"the bicentennial of" 200), not a name ("Centenary Square") nor a person ("a centenarian"); a
German "erste" after another ordinal names a grade ("eine fünfte erste Klasse" ordinals 5 and 1,
batch 58), as after an article, while the adverb "erst" stays none. Sample sentences written for
these tests."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    ("en", "The choir celebrates its centenary with a concert.", [("ordinal", 100, None, None)]),
    ("en", "Events mark the bicentennial of the canal's opening.", [("ordinal", 200, None, None)]),
    ("de", "Im Herbst startet eine dritte erste Klasse.", [("ordinal", 3, None, None), ("ordinal", 1, None, None)]),
]
UNCHANGED = [
    ("en", "Crowds gathered in Centenary Square.", []),
    ("en", "A centenarian cast her vote.", []),
    ("de", "Es gibt eine erste Klasse.", [("ordinal", 1, None, None)]),
    ("de", "Die dritte erst vor kurzem eröffnete Filiale schließt.", [("ordinal", 3, None, None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + UNCHANGED)
def test_anniversary_words_and_grade_ordinals(lang, text, expected):
    assert _found(text, lang) == expected
