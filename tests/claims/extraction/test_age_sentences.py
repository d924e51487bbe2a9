"""An age as the whole sentence - a personal pronoun or a name, the copula, a figure - is a fact of
record and check-worthy ("He was 78.", "Er war 84."). Near misses: another subject ("The score was
91.", "It was 1991.", "Es war 1991."), something after the figure."""

import pytest

from claims.extraction import extract_claims


def _returned(text: str, lang: str) -> bool:
    return bool(extract_claims(text, language=lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "He was 78."),
        ("en", "She is 102."),
        ("de", "Er war 84."),
        ("de", "Sie wurde in Graz geboren. Sie war 67."),
    ],
)
def test_age_sentence_is_a_claim(lang: str, text: str) -> None:
    claims = extract_claims(text, language=lang)
    assert claims and claims[-1].text.endswith(("78.", "102.", "84.", "67."))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "It was 1991."),
        ("de", "Es war 1991."),
        ("de", "Es ist 5."),
        ("en", "That was 4."),
    ],
)
def test_near_misses_stay_negative(lang: str, text: str) -> None:
    assert not _returned(text, lang)
