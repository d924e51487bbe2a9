"""Fixes that batch 111 (outbreaks and vaccination) prompted, on own sentences written for these tests:

- ages after "participants over 60", "Geimpfte/Teilnehmer über 65" and "by the age of five";
- "einmal"/"once" after a word that limits it ("nur einmal geimpft", "only once") counts one time; "erst
  einmal", "noch einmal" and "nicht nur einmal" do not;
- "unter" after a survey ("einer Umfrage des Verbands unter 412 Praxen") means "among", no bound.
"""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


CASES = [
    ("en", "Protection was weaker among volunteers over 70.", [("duration", 70, "year", "over")]),
    ("de", "Für Teilnehmer über 65 lag der Schutz niedriger.", [("duration", 65, "year", "over")]),
    ("en", "Most children are immunised by the age of two.", [("duration", 2, "year", None)]),
    ("de", "Viele waren nur einmal geimpft worden.", [("count", 1, "times", None)]),
    ("en", "She had been vaccinated only once.", [("count", 1, "times", None)]),
    ("de", "Wir warten erst einmal ab.", []),
    ("de", "Nicht nur einmal kam es zu Engpässen.", []),
    ("de", "Das zeigt eine Befragung des Instituts unter 1.500 Eltern.", [("count", 1500, "Eltern", None)]),
    ("de", "Es kamen unter 400 Besucher.", [("count", 400, "Besucher", "under")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_quantities(lang, text, expected):
    assert _found(text, lang) == expected
