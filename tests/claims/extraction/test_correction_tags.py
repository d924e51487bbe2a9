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
