""" "länger als"/"longer than" after a counted subject bounds the duration after it ("over"):
"rund 900 Betten länger als drei Wochen belegt", "some 300 cases open longer than 90 days".
A figure with a measure right before the comparison states a difference and stays unhedged
("zwei Tage länger als 2019", "20 Meter länger als", "three weeks longer than planned").
Sample sentences written for these tests (sample data, copied from no batch or article)."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    (
        "de",
        "Im Spital waren rund 900 Betten länger als drei Wochen belegt.",
        [("count", 900, "Betten", "about"), ("duration", 3, "week", "over")],
    ),
    (
        "de",
        "Laut Bericht sind 4.100 Anträge länger als zwölf Monate offen.",
        [("count", 4100, "Anträge", None), ("duration", 12, "month", "over")],
    ),
    (
        "en",
        "The regulator holds 8,000 claims longer than 90 days old.",
        [("count", 8000, "claims", None), ("duration", 90, "day", "over")],
    ),
    (
        "en",
        "Around 2,500 patients longer than six months on the list were contacted.",
        [("count", 2500, "patients", "about"), ("duration", 6, "month", "over")],
    ),
]
UNCHANGED = [
    (
        "de",
        "Die Sanierung dauerte zwei Tage länger als 2019.",
        [("duration", 2, "day", None), ("year", 2019, None, None)],
    ),
    ("de", "Die neue Brücke ist 20 Meter länger als die alte.", [("count", 20, "Meter", None)]),
    ("en", "The repair took three weeks longer than planned.", [("duration", 3, "week", None)]),
    ("en", "Flights were 15 minutes longer than a year ago.", [("duration", 15, "minute", None)]),
    ("en", "The trial ran 30% longer than two years.", [("percent", 30, "%", None), ("duration", 2, "year", None)]),
]


@pytest.mark.parametrize(("lang", "text", "want"), FIXED)
def test_fixed(lang, text, want):
    assert _found(text, lang) == want


@pytest.mark.parametrize(("lang", "text", "want"), UNCHANGED)
def test_near_misses_unchanged(lang, text, want):
    assert _found(text, lang) == want
