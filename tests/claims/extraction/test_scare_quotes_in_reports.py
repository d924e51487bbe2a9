"""A scare-quoted word inside reported speech does not make the report a verdict when the sentence goes on to
state what was not reached, or when the quote is an adverb of a reported act (own sentences, written for
these tests; batch 101 had both shapes). A scare-quoted verdict standing alone stays out.
"""

import pytest

from claims.extraction import extract_claims

FACTS = [
    ("en", "The foreign minister said the delegations had made \"real headway\" in Oslo but no agreement on borders."),
    ("en", "A UN spokesman said there had been \"some movement\" on access but no deal on a ceasefire."),
    ("de", "Ein Sprecher sagte, die Regierung habe dem Vorschlag „vorläufig“ zugestimmt."),
    ("de", "Nach Angaben des Ministeriums wurde die Lieferung „vorerst“ gestoppt."),
]

VERDICTS = [
    ("en", "The opposition leader called the agreement \"a betrayal\"."),
    ("de", "Der Verband nannte die Reform „völlig unzureichend“."),
]


@pytest.mark.parametrize(("lang", "text"), FACTS)
def test_report_around_a_scare_quote_is_a_claim(lang, text):
    assert extract_claims(text, language=lang), text


@pytest.mark.parametrize(("lang", "text"), VERDICTS)
def test_scare_quoted_verdict_is_not(lang, text):
    assert extract_claims(text, language=lang) == [], text
