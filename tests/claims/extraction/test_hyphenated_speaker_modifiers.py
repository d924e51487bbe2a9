"""An English speaker's phrase may hold a hyphenated modifier ("Ukraine's prisoner-of-war coordination
headquarters said", batch 101), but a figure's hyphenated modifier does not make a report's object a speaker
("forecast fourth-quarter revenue above Wall Street estimates"). Own sentences, written for these tests."""

import pytest

from claims.extraction import extract_claims

SPEAKERS = [
    ("Kyiv received the bodies of 600 soldiers, Ukraine's prisoner-of-war coordination headquarters said.",
     "Ukraine's prisoner-of-war coordination headquarters"),
    ("The bank cut its key rate by 25 basis points, the rate-setting committee said.",
     "the rate-setting committee"),
    ("Harlow Foods forecast second-half profit above market estimates on Tuesday.", None),
    ("Brightwell Air forecast full-year revenue below analysts' estimates on Monday.", None),
]


@pytest.mark.parametrize(("text", "speaker"), SPEAKERS)
def test_hyphenated_modifiers_in_speakers(text, speaker):
    claims = extract_claims(text, language="en")
    assert claims and claims[0].speaker == speaker
