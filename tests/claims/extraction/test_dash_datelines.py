"""A dateline without an agency, ended by a long dash ("OTTAWA —", "HALIFAX, N.S. –"), is
skipped before a subject like "OTTAWA (CP) —" is: "OTTAWA — Canada said" -> "Canada". A dash
inside a sentence and the datelines with an agency (English and German) stay as they were."""

import pytest

from claims.extraction import extract_claims


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("en", "OTTAWA — Canada said it would admit 40,000 more refugees.", "Canada"),
        ("en", "OTTAWA – Canada said it would admit 40,000 more refugees.", "Canada"),
        ("en", "HALIFAX, N.S. — The province said it would hire 300 nurses.", "the province"),
        ("en", "SANTA FE, New Mexico — State police said 12 people were hurt.", "State police"),
        ("en", "OTTAWA — Canada and Mexico said they would admit 40,000 more refugees.", "Canada and Mexico"),
        # Near misses: datelines with an agency, a dash inside the sentence, a German dateline.
        ("en", "OTTAWA (CP) — Canada said it would admit 40,000 more refugees.", "Canada"),
        ("en", "The minister — a former banker — said 40 branches would close.", None),
        ("en", "HALIFAX, N.S. — The fire spread over 300 hectares, the province said Monday.", "the province"),
        ("de", "Graz (APA) – Die Polizei teilte mit, 12 Menschen seien verletzt worden.", "die Polizei"),
        ("de", "Die Polizei – so ein Sprecher – zählte 12 Verletzte.", "ein Sprecher"),
    ],
)
def test_dash_datelines(lang, text, speaker):
    assert extract_claims(text, lang)[0].speaker == speaker
