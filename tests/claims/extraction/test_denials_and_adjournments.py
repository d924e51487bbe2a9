"""A denial is an act of record ("Both lawmakers deny any wrongdoing.", batch 116), and so is an
adjournment ("vertagten die Entscheidung", batch 117); rhetoric about denying is not. Sentences are
own writing."""

import pytest

from claims.extraction import extract_claims

KEPT = [
    ("de", "Beide Angeklagten bestreiten die Vorwürfe."),
    ("de", "Der Firmensprecher dementierte, dass ein Angebot vorliege."),
    ("de", "Der Gemeinderat vertagte die Abstimmung auf Dezember."),
    ("en", "Both councillors deny any wrongdoing."),
    ("en", "The former minister denies taking the money."),
]
REJECTED = [
    ("en", "Nobody can deny that this is a sad day."),
    ("en", "You cannot deny the passion of these fans."),
]


@pytest.mark.parametrize(("lang", "text"), KEPT)
def test_a_denial_or_an_adjournment_is_a_claim(lang, text):
    assert extract_claims(text, language=lang)


@pytest.mark.parametrize(("lang", "text"), REJECTED)
def test_rhetoric_about_denying_is_not(lang, text):
    assert not extract_claims(text, language=lang, learned=False)
