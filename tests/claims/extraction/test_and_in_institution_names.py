""""and" inside the name of a body that ends in "Corporation", "Foundation", "Trust", "Centre",
"Network", "Coalition", "Partnership", "Corps" or "Chamber" joins one name in every frame ("...,
X said", "said X", "according to X"), like "Administration" and "Service" before; two names
without such an ending stay two after "according to"."""

import pytest

from claims.extraction import extract_claims


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Output rose 6% in May, the Alberta Energy and Utilities Corporation said Tuesday.",
            "the Alberta Energy and Utilities Corporation",
        ),
        (
            "Output rose 6% in May, according to the Alberta Energy and Utilities Corporation.",
            "the Alberta Energy and Utilities Corporation",
        ),
        (
            "Output rose 6% in May, said the Alberta Energy and Utilities Corporation.",
            "the Alberta Energy and Utilities Corporation",
        ),
        (
            "Grants of $40 million were awarded, according to the Harold and Maude Foundation.",
            "the Harold and Maude Foundation",
        ),
        (
            "About 14,000 patients waited over 12 hours, according to the Mersey and Dee Hospitals Trust.",
            "the Mersey and Dee Hospitals Trust",
        ),
        # Near misses: two names after "according to" keep the first; a lower-case word after "and".
        ("Output rose 6% in May, according to Canada and Mexico.", "Canada"),
        ("Output rose 6% in May, according to the Treasury and officials in Ottawa.", "the Treasury"),
    ],
)
def test_and_inside_a_body_name(text, speaker):
    assert extract_claims(text, "en")[0].speaker == speaker
