"""Fixes of session twenty-four: misses of the blind batches (the leftovers of batches 421-451 first,
then the first runs of batches 452 and up; each positive case failed before its fix), beside near
misses that must stay as they were. Sample sentences of our own writing."""

import pytest

from claims.extraction import extract_claims
from claims.extraction.quantities import extract_quantities


def _found(text: str, lang: str) -> list:
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected", "absent"),
    [
        # a period of the year in Roman numerals
        ("Im III. Quartal stieg der Umsatz des Versenders um 4,1 Prozent.", "de", ("ordinal", 3, None, None), None),
        ("Im II. Quartal war das Plus mit 0,6 Prozent kleiner.", "de", ("ordinal", 2, None, None), None),
        ("Für das I. Halbjahr meldete die Kette 212 Mio. Euro Umsatz.", "de", ("ordinal", 1, None, None), None),
        ("Im IV. Quartal des Geschäftsjahres sank der Gewinn.", "de", ("ordinal", 4, None, None), None),
        # near misses: a Roman numeral of a name, a senate (its own reader)
        ("Die Yacht Aurora IV. lief am Morgen aus.", "de", None, ("ordinal", 4, None, None)),
        ("Der VI. Zivilsenat wies die Klage ab.", "de", ("ordinal", 6, None, None), None),
        # people over an age written "Ü60"; "U23" names a team
        ("Für Ü60-Gäste gibt es an 12 Tagen Rabatt.", "de", ("duration", 60, "year", "over"), None),
        ("Jeder Vierte davon sind Ü50-Jährige.", "de", ("duration", 50, "year", "over"), None),
        ("Die Ü30-Party findet am 3. Mai statt.", "de", ("duration", 30, "year", "over"), None),
        ("U23-Trainer Jan Roth übernimmt die Elf.", "de", None, ("duration", 23, "year", "over")),
        # "-ish" glued to a figure: about, and a currency after it makes it money
        ("A weekly shop there comes to 60-ish pounds, the survey found.", "en", ("money", 60, "GBP", "about"), None),
        ("He said the road would take 30-ish years to pay off.", "en", ("duration", 30, "year", "about"), None),
        ("The queue held 200-ish fans by dawn.", "en", ("count", 200, None, "about"), ("count", 200, "ish", None)),
        # "-odd" with a currency after it too
        ("It cost 40-odd dollars to fix.", "en", ("money", 40, "USD", "about"), None),
    ],
)
def test_quantities(text, lang, expected, absent):
    found = _found(text, lang)
    if expected is not None:
        assert expected in found, found
    if absent is not None:
        assert absent not in found, found


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        # a rank and a name before a police force named "Police ..."
        (
            "Chief Superintendent Morag Leckie of Police Scotland said 14 people had been arrested overnight.",
            "en",
            "Morag Leckie",
        ),
        ("Inspector Callum Rae of Police Scotland said three roads were still closed.", "en", "Callum Rae"),
        # near misses: a force named by its county, a university stays whole
        ("Detective Sergeant Ann Voss of Kent Police said 12 bikes had been found.", "en", "Ann Voss"),
        (
            "Professor Ines Marr of Durham University said 40 samples had been tested.",
            "en",
            "Professor Ines Marr of Durham University",
        ),
        # a portfolio of two capitalised words, or joined by "and", before the name
        (
            "Minister for Social Security Niall Corbett said 2,300 claims were still open.",
            "en",
            "Niall Corbett",
        ),
        (
            "Secretary of State for Work and Pensions Hazel Pryor said 1.2 million people would gain.",
            "en",
            "Hazel Pryor",
        ),
        (
            "Minister for Health and Social Care Rhona Birt said 310 beds would open by March.",
            "en",
            "Rhona Birt",
        ),
        # near misses: one capitalised word of the portfolio as before
        ("Secretary of State Lena Voss said turnout was 61%.", "en", "Lena Voss"),
        ("State Secretary for Defence Joost Wiersma said 2,000 volunteers had signed up.", "en", "Joost Wiersma"),
    ],
)
def test_speakers(text, lang, speaker):
    claims = extract_claims(text, lang)
    assert claims and claims[0].speaker == speaker, [(c.speaker, c.text) for c in claims]
