"""An appeal for witnesses or tips is no claim (own sentences, written for these tests; every batch labels the
line a negative, and batch 102 had "Police urged anyone with information to ..."). A report that names what
happened beside the appeal stays a claim, as does a court hearing witnesses.
"""

import pytest

from claims.extraction import extract_claims

REJECTED = [
    ("en", "Detectives urged anyone with information about the fire to contact them."),
    ("en", "Officers have appealed for witnesses."),
    ("de", "Die Polizei sucht Zeugen, die den Zusammenstoß beobachtet haben."),
    ("de", "Die Landespolizei bat die Bevölkerung um sachdienliche Hinweise."),
    ("de", "Die Polizei sucht Zeugen des Einbruchs vom Wochenende."),
]

KEPT = [
    ("en", "Police appealed for witnesses after a 31-year-old man was stabbed in Leeds on Saturday."),
    ("de", "Das Gericht hörte an drei Verhandlungstagen 19 Zeugen."),
    ("en", "Prosecutors said they had asked 12 witnesses to testify in March."),
]


@pytest.mark.parametrize(("lang", "text"), REJECTED)
def test_witness_appeal_is_not_a_claim(lang, text):
    assert extract_claims(text, language=lang) == [], text


@pytest.mark.parametrize(("lang", "text"), KEPT)
def test_report_beside_witnesses_is_kept(lang, text):
    assert extract_claims(text, language=lang), text
