"""A grade a named body gave is its finding, not the writer's judgement: "was rated good by Ofsted",
"von der Stiftung Warentest mit „gut“ bewertet" are check-worthy. Near misses: a grade by people
unnamed ("by critics", "von vielen Gästen"), a grade with no body, a plain evaluative copula."""

import pytest

from claims.extraction import extract_claims


def _returned(text: str, lang: str) -> bool:
    return bool(extract_claims(text, language=lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The academy was rated good by Ofsted in its latest report."),
        ("en", "The nursery has been rated excellent by Estyn after a visit in May."),
        ("de", "Der Kindersitz wurde von der Stiftung Warentest mit „gut“ bewertet."),
        ("de", "Die Kläranlage wurde vom TÜV mit der Note „sehr gut“ beurteilt."),
    ],
)
def test_grade_by_a_named_body_is_a_claim(lang: str, text: str) -> None:
    assert _returned(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The show was rated excellent by critics."),
        ("en", "The academy was rated good."),
        ("en", "This academy is simply excellent."),
        ("de", "Der Kindersitz ist wirklich „gut“."),
        ("de", "Die Suppe wurde von allen als sehr gut beurteilt."),
    ],
)
def test_near_misses_stay_negative(lang: str, text: str) -> None:
    assert not _returned(text, lang)
