"""After "told" the noun is the addressee ("told The Associated Press", "told Reuters"), not the
speaker: in "..., his agent, Mara Quinn, told Reuters." the name in apposition before "told"
speaks. Fronted subjects ("Mara Quinn told Reuters", "the mayor told reporters") are unchanged."""

import pytest

from claims.extraction import extract_claims


def _speaker(text: str) -> str | None:
    claims = extract_claims(text, "en")
    assert claims
    return claims[0].speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The singer cancelled 14 concerts this spring, his agent, Mara Quinn, told Reuters.", "Mara Quinn"),
        ("The ferry carried 212 passengers, the operator's spokesman, Dev Patel, told The Guardian.", "Dev Patel"),
    ],
)
def test_name_in_apposition_before_told_speaks(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The singer cancelled 14 concerts this spring, Mara Quinn told Reuters.", "Mara Quinn"),
        ("The singer cancelled 14 concerts this spring, the mayor told reporters.", "the mayor"),
    ],
)
def test_other_forms_unchanged(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker
