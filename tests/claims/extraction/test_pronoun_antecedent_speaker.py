"""A pronoun subject of a closing reporting clause ("wie sie mitteilte", "wie es mitteilte",
"as it said", "it said in a statement") refers back to the named body (or person) opening the
sentence before its finite verb, when the pronoun agrees with it and no likelier antecedent stands
in between. An opening that is no body, a disagreeing pronoun or a noun in between keeps the
pronoun (no speaker of the sentence's own)."""

import pytest

from claims.extraction import extract_claims


def _speaker(text: str, lang: str) -> str | None:
    claims = extract_claims(text, lang)
    assert claims
    return claims[0].speaker


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "de",
            "Die Landesbank erhöhte ihre Rückstellungen um 12 Prozent, wie sie am Dienstag mitteilte.",
            "die Landesbank",
        ),
        (
            "de",
            "Das Gesundheitsministerium zahlte 4 Millionen Euro an die Kliniken aus, wie es mitteilte.",
            "das Gesundheitsministerium",
        ),
        (
            "en",
            "The Atlantic Development Bank raised its lending by 9% last year, it said in a statement.",
            "the Atlantic Development Bank",
        ),
        ("en", "Northwind Energy cut 340 jobs at its plants, as it said on Monday.", "Northwind Energy"),
    ],
)
def test_pronoun_refers_to_the_opening_body(lang: str, text: str, speaker: str) -> None:
    assert _speaker(text, lang) == speaker


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the opening is no body
        ("de", "Die Mieten stiegen im Schnitt um 7 Prozent, wie sie mitteilte."),
        # the pronoun disagrees with the body's gender
        ("de", "Die Landesbank erhöhte ihre Rückstellungen um 12 Prozent, wie er am Dienstag mitteilte."),
        # a feminine noun in between could be meant
        ("de", "Die Landesbank kritisierte die Regierung für 3 Milliarden Euro neue Schulden, wie sie mitteilte."),
        # another name in between could be meant
        ("en", "Northwind Energy sued Brightline for $40 million, it said on Monday."),
        # the opening is no body
        ("en", "The Dow fell 2.1% in late trading, it said."),
    ],
)
def test_no_antecedent_keeps_no_speaker(lang: str, text: str) -> None:
    assert _speaker(text, lang) is None


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        # the forms that already worked stay
        ("en", "Northwind Energy said it would cut 340 jobs.", "Northwind Energy"),
        ("de", "Die Landesbank teilte mit, sie habe 12 Prozent mehr zurückgestellt.", "die Landesbank"),
    ],
)
def test_named_subject_unchanged(lang: str, text: str, speaker: str) -> None:
    assert _speaker(text, lang) == speaker
