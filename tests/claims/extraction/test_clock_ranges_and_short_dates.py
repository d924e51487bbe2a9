"""Clock ranges, short and slashed numeric dates, "fiscal" years and years before a participle.

- A clock word written once after a range serves both ends: "von 9 bis 17.30 Uhr", "from 8 to
  10pm" carry no figure (a count or a duration range keeps both ends).
- "am 3.5." is a German day and month without a year after a word that opens a date; a decimal
  point without one ("bei 14.4.") stays a number.
- "03/09/2021" is read day first (British, Australian, German copy); month first only where the
  second part cannot be a month ("9/23/2021").
- "fiscal 2028" is a year; "wurde 1583 geweiht" dates the thing (a participle with "ge-" after a
  singular auxiliary), a plural auxiliary still counts.

Sample sentences written for these tests (sample data, copied from no batch or article)."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    ("de", "Die Ausstellung ist werktags von 9 bis 17.30 Uhr zugänglich.", []),
    ("de", "Der Wochenmarkt läuft jeden Freitag von 6 bis 11 Uhr.", []),
    (
        "de",
        "Die Ambulanz ordiniert montags von 7 bis 13 Uhr und mittwochs von 15 bis 19 Uhr.",
        [],
    ),
    ("de", "Die Strecke bleibt in der Nacht auf Freitag von 21 bis 4 Uhr gesperrt.", []),
    ("en", "The pool is open from 6 to 9pm on weekdays.", []),
    (
        "de",
        "Der Ausschuss tagt am 3.5. im Festsaal, es liegen 17 Anträge vor.",
        [("date", "--05-03", None, None), ("count", 17, "Anträge", None)],
    ),
    (
        "de",
        "Die Anmeldung läuft vom 2.9. bis 30.9. im Gemeindeamt.",
        [("date", "--09-02", None, None), ("date", "--09-30", None, None)],
    ),
    (
        "en",
        "03/09/2021 - The inquiry opens its hearings, which last 18 days.",
        [("date", "2021-09-03", None, None), ("duration", 18, "day", None)],
    ),
    ("en", "Died: 27/02/1988, Hobart, Tasmania", [("date", "1988-02-27", None, None)]),
    ("en", "The form was signed on 9/23/2021.", [("date", "2021-09-23", None, None)]),
    (
        "en",
        "The district's budget for fiscal 2028 sets aside $2.1 million for buses.",
        [("year", 2028, None, None), ("money", 2100000, "USD", None)],
    ),
    ("de", "Die größere Orgel wurde 1583 geweiht.", [("year", 1583, None, None)]),
]
UNCHANGED = [
    (
        "de",
        "Die Stadt zählt von 10 bis 20 Stände am Markt.",
        [("count", 10, "Stände", None), ("count", 20, "Stände", None)],
    ),
    ("de", "Die Schicht dauert 8 bis 12 Stunden.", [("duration", 8, "hour", None), ("duration", 12, "hour", None)]),
    ("en", "Sentences range from 9 to 11 years.", [("duration", 9, "year", None), ("duration", 11, "year", None)]),
    ("de", "Die Sitzung beginnt um 14 Uhr.", []),
    ("de", "Der Index schloss bei 14.4.", [("count", 14.4, None, None)]),
    ("de", "Die Werte lagen bei 2.5 und 3.5.", [("count", 2.5, None, None), ("count", 3.5, None, None)]),
    ("en", "Only 3/4 of the seats were filled.", [("fraction", 0.75, None, None)]),
    ("en", "The hotline is staffed 24/7.", []),
    ("de", "Im Vorjahr wurden 1500 gegossen.", [("count", 1500, None, None)]),
    ("en", "About 2027 students enrolled.", [("count", 2027, "students", "about")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + UNCHANGED)
def test_clock_ranges_and_short_dates(lang, text, expected):
    assert _found(text, lang) == expected
