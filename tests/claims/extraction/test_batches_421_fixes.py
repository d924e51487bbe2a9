"""Fixes of session twenty-three: misses the first runs of blind batches 421 and up showed (each
positive case failed before its fix), beside near misses that must stay as they were. Sample
sentences of our own writing."""

import pytest

from claims.extraction import extract_claims
from claims.extraction.quantities import extract_quantities


def _found(text: str, lang: str) -> list:
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected", "absent"),
    [
        # a share after "or", its "of ..." left out because a share of something stood before it
        (
            "Airlines must cancel half of their flights at Orly, or a third at Marseille, the regulator said.",
            "en",
            ("fraction", 0.3333, None, None),
            ("ordinal", 3, None, None),
        ),
        (
            "Half of the funds go to schools or a third to hospitals.",
            "en",
            ("fraction", 0.3333, None, None),
            ("ordinal", 3, None, None),
        ),
    ],
)
def test_quantities(text: str, lang: str, expected: tuple | None, absent: tuple | None) -> None:
    found = _found(text, lang)
    if expected is not None:
        assert expected in found, found
    if absent is not None:
        assert absent not in found, found


def test_speaker_of_a_share_sentence() -> None:
    text = "Airlines must cancel half of their flights at Orly, or a third at Marseille, the regulator said."
    assert extract_claims(text, "en")[0].speaker == "the regulator"
