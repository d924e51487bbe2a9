"""An unnamed spokesperson for a titled person speaks as that phrase, not as the person:
"A spokeswoman for Prime Minister Keir Starmer said" is not Starmer speaking (the convention
of the batches: "a spokesperson for the Home Office")."""

import pytest

from claims.extraction import extract_claims


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A spokeswoman for Prime Minister Keir Starmer said the talks would resume on Tuesday.",
            "a spokeswoman for Prime Minister Keir Starmer",
        ),
        (
            "A spokeswoman for Health Secretary Wes Streeting said 5 hospitals were affected.",
            "a spokeswoman for Health Secretary Wes Streeting",
        ),
        (
            "A senior spokesman for Prime Minister Keir Starmer said five hospitals were affected.",
            "a senior spokesman for Prime Minister Keir Starmer",
        ),
        # Near misses: a named spokesperson, and the titled person speaking.
        ("Kirsty Hale, a spokeswoman for Foreign Minister Penny Wong, said 12 envoys had met.", "Kirsty Hale"),
        ("Prime Minister Keir Starmer said the talks would resume on Tuesday with 12 envoys.", "Keir Starmer"),
        ("A spokesperson for the Home Office said 40 people had been removed.", "a spokesperson for the Home Office"),
    ],
)
def test_unnamed_spokesperson_for_a_titled_person(text, speaker):
    assert extract_claims(text, "en")[0].speaker == speaker
