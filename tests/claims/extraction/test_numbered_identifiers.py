"""Figures that name a thing carry no quantity: numbered platforms, fare zones, lines, hotlines,
emergency numbers and units, a type code after "Typ"/"Type", a code chained by hyphens
("CVE-2025-41872", "787-9", "737 MAX 10"), telephone numbers with a leading zero, a number one
calls or reaches. Also spans of years with a short end ("2016-19") and English day ranges ("from
3 to 6 May"). Near misses stay counts. Sample sentences written for these tests (sample data,
copied from no batch or article)."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    ("de", "Ab Juni fährt die Buslinie 27 über den Hauptplatz.", []),
    ("de", "Die S-Bahnen halten bis Freitag an Bahnsteig 4 statt an Bahnsteig 7.", []),
    ("de", "Die Züge nach Linz fahren heute von den Bahnsteigen 2 und 5 ab.", []),
    ("de", "Die Notrufnummer 133 war am Abend zeitweise gestört.", []),
    ("de", "Die Telefonnummern 140, 141 und 142 sind ab sofort abgeschaltet.", []),
    ("de", "Die Impfhotline 1450 bleibt auch am Wochenende besetzt.", []),
    ("de", "Die Gebirgsbrigade 23 übt ab Montag im Allgäu.", []),
    ("de", "Das Heer hat vier Radpanzer vom Typ GTK 6 bestellt.", [("count", 4, "Radpanzer", None)]),
    ("de", "Die Kanonen vom Typ KzH 2010 sind veraltet.", []),
    ("de", "Kunden erreichen die Servicestelle unter 0810 555 300.", []),
    ("de", "Bei einem Unfall ist sofort die Polizei unter 133 zu verständigen.", []),
    ("de", "Der Fehler ist unter der Kennung CVE-2024-11234 bekannt.", []),
    ("de", "Die Airline hat drei Airbus 350-1000 bestellt.", [("count", 3, "Airbus", None)]),
    ("en", "Passengers for Brighton should use platforms 12 and 13 this weekend.", []),
    ("en", "A daily cap inside Zone 2 will rise to £9.", [("money", 9, "GBP", None)]),
    ("en", "Residents were unable to call 112 for most of the night.", []),
    ("en", "Worried parents can ring Childline free on 0800 1111.", []),
    ("en", "Readers in distress can call the helpline free on 116 006.", []),
    ("en", "The bug, logged as CVE-2024-20931, affects older routers.", []),
    ("en", "The carrier ordered 12 Boeing 737 MAX 8 aircraft.", [("count", 12, None, None)]),
    (
        "en",
        "Output grew by 12% between 2016-19 and 2021-23, the agency said.",
        [
            ("percent", 12, "%", None),
            ("year", 2016, None, None),
            ("year", 2019, None, None),
            ("year", 2021, None, None),
            ("year", 2023, None, None),
        ],
    ),
    ("en", "The index has been compiled since 2004-06.", [("year", 2004, None, None), ("year", 2006, None, None)]),
    (
        "en",
        "The bridge will be closed from 3 to 6 May for repairs.",
        [("date", "--05-03", None, None), ("date", "--05-06", None, None)],
    ),
    (
        "en",
        "The fair runs between 9 and 12 October 2026.",
        [("date", "2026-10-09", None, None), ("date", "2026-10-12", None, None)],
    ),
]
UNCHANGED = [
    ("de", "Die 3 Bahnsteige werden bis Mai erneuert.", [("count", 3, "Bahnsteige", None)]),
    ("de", "Sie überquerte die Ziellinie 4 Sekunden vor der Titelverteidigerin.", [("duration", 4, "second", None)]),
    ("de", "Die Luftlinie 300 Kilometer beträgt die Strecke.", [("count", 300, "Kilometer", None)]),
    ("de", "Die Temperaturen bleiben unter 10 Grad.", [("count", 10, "Grad", "under")]),
    ("de", "Die Airline hat 5 Boeing bestellt.", [("count", 5, "Boeing", None)]),
    ("en", "The Zone with 40 homes was evacuated.", [("count", 40, "homes", None)]),
    ("en", "The court will call 200 witnesses.", [("count", 200, "witnesses", None)]),
    ("en", "Sales rose 5% in the Top 10 markets.", [("percent", 5, "%", None), ("count", 10, "markets", None)]),
    ("en", "the 2024-25 season", [("year", 2024, None, None), ("year", 2025, None, None)]),
    ("de", "In der Saison 1999/00 stieg der Klub ab.", [("year", 1999, None, None), ("year", 2000, None, None)]),
    ("en", "Covid-19 killed 2,000 people.", [("count", 2000, "people", None)]),
    ("en", "Prices went from 3 to 6 euros in May.", [("money", 3, "EUR", None), ("money", 6, "EUR", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + UNCHANGED)
def test_numbered_identifiers(lang, text, expected):
    assert _found(text, lang) == expected
