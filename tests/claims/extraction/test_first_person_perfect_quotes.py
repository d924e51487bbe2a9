"""A German quote in the first person singular perfect tells an act, checkable as "wir haben" is (own sentences,
written for these tests; batch 102: a defendant's quoted denial). What one went through, felt, expected or
found in one's own game stays a feeling.
"""

import pytest

from claims.extraction import extract_claims

FACTS = [
    ("de", "„Ich habe das Darlehen vollständig zurückgezahlt“, sagte der frühere Landesrat."),
    ("de", "„Ich habe nie Aufträge an Freunde vergeben“, sagte die Bürgermeisterin vor dem Ausschuss."),
    ("de", "„Das Geld habe ich nie angerührt“, sagte der Kassier vor Gericht."),
]

FEELINGS = [
    ("de", "„Ich habe heute einfach nicht ins Spiel gefunden“, sagte die Torhüterin."),
    ("de", "„So etwas habe ich in meinem Leben noch nicht erlebt“, sagte eine Nachbarin."),
    ("de", "„Damit habe ich nie im Leben gerechnet“, sagte die Preisträgerin."),
]


@pytest.mark.parametrize(("lang", "text"), FACTS)
def test_first_person_act_is_a_claim(lang, text):
    assert extract_claims(text, language=lang), text


@pytest.mark.parametrize(("lang", "text"), FEELINGS)
def test_first_person_feeling_is_not(lang, text):
    assert extract_claims(text, language=lang) == [], text
