"""A correction tag names the paragraph without an article ("(Corrects date in second paragraph)"): an
ordinal, as the seventy-first, ninety-first and ninety-sixth batches label it. Sample sentences written
for these tests."""

import pytest

from .test_eighth_batch_fixes import _found

CASES = [
    ("en", "(Corrects spelling of the mayor's name in second paragraph)", [("ordinal", 2, None, None)]),
    ("en", "(Adds detail in first paragraph)", [("ordinal", 1, None, None)]),
    # near misses: as before
    ("en", "He was second best.", []),
    ("en", "Read the first paragraph again.", [("ordinal", 1, None, None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_correction_tags(lang, text, expected):
    assert _found(text, lang) == expected


def test_a_correction_tag_is_no_claim():
    from claims.extraction import extract_claims

    assert not extract_claims("(Corrects day of the vote in first paragraph)", "en")
    assert extract_claims("The agency corrects its forecast to 2.1% growth (from 1.8%).", "en")
