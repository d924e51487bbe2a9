"""A distance before a stroke or a discipline names a swimming or hurdles event, and "über"/"over"
before it is no hedge ("über 100 Meter Brust", "Über 400 Meter Lagen", "over 110m hurdles"); nor
after a race noun in a compound ("Im Damen-Sprint über 7,5 Kilometer"). Near misses: a margin or a
measure ("über 200 Meter Rückstand", "über zehn Meter hoch", "over 100 metres down", "über zehn
Meter Brustwehr"). Sample sentences written for these tests (copied from no batch or article)."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    ("de", "Die Ungarin holte über 100 Meter Brust den Titel.", [("count", 100, "Meter", None)]),
    (
        "de",
        "Über 400 Meter Lagen reichte es nur zu Rang sechs.",
        [("count", 400, "Meter", None), ("ordinal", 6, None, None)],
    ),
    ("en", "She finished fourth over 110m hurdles in Doha.", [("ordinal", 4, None, None), ("count", 110, None, None)]),
    ("de", "Im Damen-Sprint über 7,5 Kilometer blieb sie fehlerfrei.", [("count", 7.5, "Kilometer", None)]),
]
UNCHANGED = [
    ("de", "Sie hatte über 200 Meter Rückstand auf die Spitze.", [("count", 200, "Meter", "over")]),
    ("de", "Die Welle war über zehn Meter hoch.", [("count", 10, "Meter", "over")]),
    ("en", "The car fell over 100 metres down the slope.", [("count", 100, "metres", "over")]),
    ("de", "Über zehn Meter Brustwehr stürzten ein.", [("count", 10, "Meter", "over")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + UNCHANGED)
def test_event_distances(lang, text, expected):
    assert _found(text, lang) == expected
