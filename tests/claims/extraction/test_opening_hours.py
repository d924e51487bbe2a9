"""Opening hours - a word of opening or closing and a span of clock times - are a fact of record and
check-worthy, though clock times carry no quantity ("The pool opens between 7:00 and 21:00", "Die
Halle ist von 10.30 bis 22.00 Uhr offen"). Near misses: a clock time alone, a span without opening."""

import pytest

from claims.extraction import extract_claims


def _returned(text: str, lang: str) -> bool:
    return bool(extract_claims(text, language=lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The swimming pool opens between 7:00 and 21:00 on weekdays."),
        ("en", "The archive will open from 10am to 4pm Tuesday to Friday under the new timetable."),
        ("de", "Die Halle ist ab Montag von 10.30 bis 22.00 Uhr offen."),
        ("de", "Die Sauna hat künftig von 14:00 bis 22:00 Uhr geöffnet."),
    ],
)
def test_opening_hours_are_a_claim(lang: str, text: str) -> None:
    assert _returned(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The museum opens at 9am."),
        ("en", "Keep the gate shut, please."),
        ("de", "Das Tor bitte immer geschlossen halten."),
    ],
)
def test_near_misses_stay_negative(lang: str, text: str) -> None:
    assert not _returned(text, lang)
