""""Cllr", the British councillor's title, is dropped before a name like "Mayor" or "Councillor":
"Cllr Joe Banner said ..." -> "Joe Banner". Near misses: German council titles (already role nouns)
and "Councillor" written out keep their speakers; a plural "Cllrs" names nobody."""

import pytest

from claims.extraction import extract_claims


def _speaker(text: str, lang: str) -> str | None:
    claims = extract_claims(text, language=lang)
    assert claims, text
    return claims[0].speaker


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        # before: "Cllr Joe Banner", "Cllr Priya Shah"
        ("en", "Cllr Joe Banner said the council had saved £2m on street lighting.", "Joe Banner"),
        ("en", "Cllr Priya Shah, the cabinet member for housing, said 340 homes would be built.", "Priya Shah"),
        ("en", '"We have closed no library this year," said Cllr Priya Shah.', "Priya Shah"),
        ("en", "Deputy leader Cllr Tom Oduya said bin collections would move to fortnightly in May.", "Tom Oduya"),
        # an office with its portfolio in lower case before the name (batch 129)
        ("en", "Cabinet member for transport Lena Okoro said 12 bus routes would be cut.", "Lena Okoro"),
        ("en", "Council member for parks and leisure Sam Reid said the lido had 80,000 visitors.", "Sam Reid"),
        (
            "en",
            "A member of the planning committee said 60 objections had been lodged.",
            "a member of the planning committee",
        ),
        # near misses that already worked
        ("en", "Councillor Priya Shah said the scheme had cost £40,000.", "Priya Shah"),
        ("en", "Mayor Joe Banner said the council had saved £2m on street lighting.", "Joe Banner"),
        ("de", "Stadträtin Eva Hofer sagte, die Sanierung koste 2,4 Millionen Euro.", "Eva Hofer"),
        ("de", "Die Sanierung kostet 2,4 Millionen Euro, sagte Gemeinderat Paul Sturm.", "Paul Sturm"),
        ("de", "Bürgermeister Paul Sturm sagte, 42 Wohnungen würden gebaut.", "Paul Sturm"),
    ],
)
def test_councillor_title_dropped(lang: str, text: str, speaker: str) -> None:
    assert _speaker(text, lang) == speaker


def test_plural_is_no_speaker() -> None:
    claims = extract_claims("The budget was backed by 31 Cllrs on Tuesday night.", language="en")
    assert claims and claims[0].speaker is None
