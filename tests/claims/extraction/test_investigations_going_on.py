"""An investigation or a search that is still going on is a fact to check (own sentences, written for these tests).

Wire copy closes many stories on it ("Die Ermittlungen dauern an.", the twenty-seventh batch labels it
check-worthy); each FACTS row scored at the base before worthiness/states.py read it. An opinion about the
same search, or an open question, stays out.
"""

import pytest

from claims.extraction import extract_claims

FACTS = [
    ("de", "Die Ermittlungen dauern an."),
    ("de", "Die Suche nach den beiden vermissten Bergsteigern dauerte am Abend noch an."),
    ("de", "Die Ermittlungen laufen noch."),
    ("en", "The investigation is continuing."),
    ("en", "An inquiry is under way."),
]

NEGATIVES = [
    ("de", "Ich finde, die Suche dauert viel zu lange an."),
    ("de", "Ob die Ermittlungen noch lange andauern, ist völlig offen."),
    ("en", "Nobody knows how long the investigation will take."),
]


@pytest.mark.parametrize(("lang", "text"), FACTS)
def test_investigation_going_on_is_a_fact(lang, text):
    assert extract_claims(text, language=lang), text


@pytest.mark.parametrize(("lang", "text"), NEGATIVES)
def test_opinion_or_question_about_it_is_not(lang, text):
    assert extract_claims(text, language=lang) == [], text
