"""German "ein" counted as 1 where sports copy tallies with it: a golf score "bei einem Schlag über
Par", "mit einem Schlag Vorsprung", and an article in a list of counted things after a figure
("sieben Birdies und einem Bogey", "sieben Nachladern und einer Strafrunde"). Elsewhere "ein" is an
article ("mit einem Schlag" is "at a stroke")."""

from __future__ import annotations

import re

from ..wordtrie import word_list
from .hits import _Hit

_R_STROKE = re.compile(
    r"(?<![\w])(?:ein|einen|einem|eines)[ \u00a0]+Schlag"
    r"(?=[ \u00a0]+(?:(?:über|unter)[ \u00a0]+Par|Vorsprung|Rückstand)(?![\w]))"
)
_R_AND_ONE = re.compile(
    r"[ \u00a0]+(?:und|sowie)[ \u00a0]+((?:eine[mnr]?|ein)[ \u00a0]+([A-ZÄÖÜ][a-zäöüß]+))(?![\wäöüß\-])"
)
# A noun a figure measures is no item counted ("und eine Geldstrafe von 15.000 Franken", "und einer
# Gesamtleistung von 92,4 Megawatt").
_R_MEASURED = re.compile(r"[ \u00a0]+(?:von|vom|über|in[ \u00a0]+Höhe|im[ \u00a0]+Wert)(?![\w])")
# Spans of time and units are read elsewhere ("zehn Jahre und einen Tag").
_NOT_COUNTED = frozenset(
    word_list("""
    Tag Tage Woche Monat Jahr Stunde Minute Sekunde Hälfte Drittel Viertel Prozent Euro Dollar Franken Meter
    """)
)


def _insert(hits: list[_Hit], hit: _Hit) -> None:
    if any(h.start < hit.end and hit.start < h.end for h in hits):
        return
    i = next((k for k, h in enumerate(hits) if h.start >= hit.end), len(hits))
    hits.insert(i, hit)


def _article_ones(text: str, hits: list[_Hit]) -> None:
    if "ein" not in text:
        return
    if "Schlag" in text:
        for m in _R_STROKE.finditer(text):
            _insert(hits, _Hit("count", 1, "Schlag", m.start(), m.end()))
    for h in [h for h in hits if h.kind == "count" and h.unit and h.unit[:1].isupper()]:
        m = _R_AND_ONE.match(text, h.end)
        if m and m.group(2) not in _NOT_COUNTED and not _R_MEASURED.match(text, m.end()):
            _insert(hits, _Hit("count", 1, m.group(2), m.start(1), m.end()))
