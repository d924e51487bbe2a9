"""A vox pop's age after the name the verb of saying gives tells who spoke; it does not make the quote a
report (twelve such rows in batches 26-118, every one labelled a negative). Sentences are own writing."""

import pytest

from claims.extraction import extract_claims, extract_quantities

REJECTED = [
    ("en", '"They always leave us to pay for it," said Claire Dumont, 49, a bus driver in Lille.'),
    # a member of the public telling what they live through, figures and events in the quote or not
    # (40 of 40 such rows labelled negatives in batches 1-126)
    ("en", '"We lost power for two days and the pipes froze," said Gemma Hollis, 45, from Carlisle.'),
    ("de", "„Wir zahlen jetzt 90 Euro mehr im Monat“, sagte Franz Leitgeb, 67, ein Pensionist aus Wels."),
    ("en", '"It feels like nobody listens to us any more," said Oakridge resident Tom Barnes, 61.'),
    ("de", "„Man fühlt sich einfach im Stich gelassen“, sagte Maria Gruber, 58, eine Kellnerin aus Graz."),
]
KEPT = [
    # the quote itself states something checkable
    ("en", '"The bridge will reopen next week," said Mayor Ann Cole, 52.'),
    # an age the report is about, not the speaker's
    ("en", '"He was only a boy," said the coroner, adding that the victim was 15.'),
]


@pytest.mark.parametrize(("lang", "text"), REJECTED)
def test_quote_of_feeling_with_the_speakers_age_is_not_a_claim(lang, text):
    assert not extract_claims(text, language=lang, learned=False)
    # the age is still read as one
    assert [q.kind for q in extract_quantities(text, lang)][-1] == "duration"


@pytest.mark.parametrize(("lang", "text"), KEPT)
def test_a_checkable_quote_or_a_reported_age_stays(lang, text):
    assert extract_claims(text, language=lang, learned=False)
