"""The "one" of an unnamed speaker whose description holds a capitalised or hyphenated word
('..., one London-based trader said', "one U.S.-based analyst told", "one Labour MP said") is
no count, as "one witness said" was not. Near misses: a "one" that counts a person before a
comma and the attribution, "only one ... said", "One trader said" opening the sentence (no
count before either), and "one London-based unit, it said". German has no such form here ("ein
Händler sagte" is no anchor); a German near miss checks "einer" is left alone. Sample sentences
written for these tests (sample data, copied from no batch or article)."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    ("en", '"Volumes were thin all day," one Frankfurt-based dealer said.', []),
    ("en", '"We were caught off guard," one U.S.-based analyst told Reuters.', []),
    ("en", '"It was chaos in there," one Labour MP said.', []),
    ("en", '"Prices will rise," one New York-based broker said on Tuesday.', []),
]
NEAR_MISSES = [
    ("en", "Rescuers found one British tourist alive, police said.", [("count", 1, None, None)]),
    ("en", "Only one Democrat said yes to the bill.", [("count", 1, None, None)]),
    ("en", "The bank sold one London-based unit, it said.", [("count", 1, None, None)]),
    ("en", "Police said one American was killed in the attack.", [("count", 1, None, None)]),
    ("en", '"It is calm," one trader said.', []),
    ("de", "„Es bleibt ruhig“, sagte einer der Frankfurter Händler.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + NEAR_MISSES)
def test_one_named_speaker(lang, text, expected):
    assert _found(text, lang) == expected
