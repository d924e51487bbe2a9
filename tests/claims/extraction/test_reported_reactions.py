"""A reported feeling about a ruling or a vote, "too early to put a number on it", and no-comment lines with a
hyphenated source or an attribution before them state nothing (own sentences, written for these tests; batches
100 and 106 had each shape). The kept rows add an act or a figure to the same words.
"""

import pytest

from claims.extraction import extract_claims

REJECTED = [
    ("en", "Harbourline said it was deeply disappointed by the tribunal's decision."),
    ("de", "Die Betriebsräte zeigten sich über das Ergebnis enttäuscht."),
    ("en", "Insurers said it was too early to put a figure on the losses."),
    ("de", "Die Schadenssumme lasse sich noch nicht beziffern, sagte eine Sprecherin."),
    ("de", "Der Konzern wollte sich auf dpa-Anfrage nicht äußern."),
    ("de", "Eine Sprecherin sagte, man werde die Entscheidung zunächst genau prüfen."),
]

KEPT = [
    ("en", "Harbourline said it was disappointed and would appeal to the Court of Appeal."),
    ("de", "Die Firma zeigte sich enttäuscht und kündigte Berufung an."),
    ("en", "Insurers put the losses at $2.4 billion, the association said."),
]


@pytest.mark.parametrize(("lang", "text"), REJECTED)
def test_reaction_is_not_a_claim(lang, text):
    assert extract_claims(text, language=lang) == [], text


@pytest.mark.parametrize(("lang", "text"), KEPT)
def test_act_beside_it_is_kept(lang, text):
    assert extract_claims(text, language=lang), text
