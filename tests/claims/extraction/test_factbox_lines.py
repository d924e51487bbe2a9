"""A factbox line - a short label, a colon, a value with a figure, a date or a year, no full stop - is a
line of record and check-worthy ("Saisontore: 27", "Amtsantritt: März 2019, Wien", "Caps: 64"). Near
misses stay negatives: headings with nothing after the colon, source lines without a figure, a
contact line, a clause after a label ("Meinung: ... sind ..."), a genre label."""

import pytest

from claims.extraction import extract_claims


def _returned(text: str, lang: str) -> bool:
    return bool(extract_claims(text, language=lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Saisontore: 27"),
        ("de", "Amtsantritt: März 2019, Wien"),
        ("de", "Gegründet: 1887 in Innsbruck"),
        ("en", "Caps: 64"),
        ("en", "Height: 212 metres"),
        ("en", "Capacity: 41,000"),
    ],
)
def test_factbox_line_is_a_claim(lang: str, text: str) -> None:
    assert _returned(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Meinung: 3 Prozent Wachstum sind zu wenig"),
        ("de", "Kontakt: Eva Rainer, presse@beispiel.at, +43 1 234 56 78"),
        ("de", "Chronik:"),
        ("de", "Quellen: APA, Statistik Austria"),
        ("en", "Key dates:"),
        ("en", "Sources: Reuters, AP, company filings"),
        ("en", "Analysis: 3 reasons the deal may collapse"),
    ],
)
def test_near_misses_stay_negative(lang: str, text: str) -> None:
    assert not _returned(text, lang)
