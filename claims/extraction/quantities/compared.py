"""A bare figure that a measure is compared with takes the measure's unit: "32 hours a week, down
from 38", "5.1%, compared with 4.9 a year earlier", "auf 32 Stunden, nach zuvor 38", "bei 5,1
Prozent gegenüber 4,9 im Vorjahr", a correction's "97,400 hours, not 94,000". The comparison words
stand right before the second figure, at most a few words (the rate: "a week", "pro Woche") after the
first; the unit written once serves both, as in a range ("von 38 auf 35 Stunden").

So does a bare figure added to a measure before it ("Design life: 50 years, extended in 2010 by a
further 15", "um zwei Jahre verlängert, 2024 um weitere drei"), a year between them or not."""

from __future__ import annotations

import re
from itertools import pairwise

from ..numbers import to_json_number
from .hits import _Hit

_R_COMPARED_LINK = re.compile(
    r"(?P<words>(?:[ \u00a0]+[^\W\d_][\w.’']*){0,5}),?[ \u00a0]+"
    r"(?i:(?:down|up)[ \u00a0]+from|compared[ \u00a0]+(?:with|to)|gegenüber|(?:nach|von)[ \u00a0]+zuvor"
    r"|verglichen[ \u00a0]+mit|im[ \u00a0]+Vergleich[ \u00a0]+zu"
    # a correction's contrast: "97,400 hours, not 94,000", "52.000 Euro und nicht 38.000", "statt 38"
    r"|(?:und[ \u00a0]+)?nicht|not|statt|anstatt|rather[ \u00a0]+than|instead[ \u00a0]+of)"
    # (a hedge or a word of then after the link: "down from more than 80", "statt bisher zwölf", "instead of
    # the current six")
    r"(?:[ \u00a0]+(?:about|around|almost|nearly|more[ \u00a0]+than|less[ \u00a0]+than|rund|etwa|knapp|fast"
    r"|bisher|zuvor|früher|the[ \u00a0]+current|every|alle))?[ \u00a0]+$"  # ("every 20 minutes instead of every 12")
)
_UNIT_KINDS = ("percent", "duration", "money")
# "14,577 offences in the 12 months to March, compared with 12,074 in the year to March 2016": a
# span after "in the"/"over the"/"in den" is the period something was counted in, and the figure compared
# with it compares that count, not the span.
_R_PERIOD_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:(?:in|over|during)[ \u00a0]+the|in[ \u00a0]+den)[ \u00a0]+"
    r"(?:(?:last|past|previous|first|latest|letzten|ersten|vergangenen)[ \u00a0]+)?$"
)


def _compared_pairs(text: str, hits: list[_Hit]):
    """Neighbouring hits, and a measure with the figure after its year ("39.6 years in 2025, up from
    39.3", batch 432: the link is read from the year's end)."""
    for a, b in pairwise(hits):
        yield a, b, a.end
    for a, y, b in zip(hits, hits[1:], hits[2:], strict=False):
        if y.kind == "year" and text[a.end : y.start] in (" in ", " im "):
            yield a, b, y.end


def _compared_figures(text: str, hits: list[_Hit]) -> None:
    for a, b, link_start in _compared_pairs(text, hits):
        if (
            a.kind not in _UNIT_KINDS
            or a.raw is None
            or a.value != to_json_number(a.raw * a.scale)  # "60 cents", "two decades": a converted unit
            or b.kind != "count"
            or not b.bare
            or b.raw is None
            or b.scale != 1
            or (a.scale > 1 and b.raw >= 1000)  # "$3.2 billion, up from 2,800": no shared scale
            or (a.kind == "percent" and b.raw > 100)
            # "36,900 people had waited longer than 52 weeks, compared with 41,200": the people's count
            or (a.kind == "duration" and b.raw >= 1000 and b.raw > 10 * a.raw)
            or (link := _R_COMPARED_LINK.fullmatch(text, link_start, b.start)) is None
            # (past three words only a price: "about 4 shekels in Gaza City markets, down from more than 80";
            # "2% spending target last year, up from 23" compares the members)
            or (a.kind != "money" and len(link.group("words").split()) > 3)
            or (a.kind == "duration" and _R_PERIOD_BEFORE.search(text, max(0, a.start - 24), a.start))
        ):
            continue
        b.kind, b.unit, b.bare, b.scale = a.kind, a.unit, False, a.scale
        b.value = to_json_number(b.raw * a.scale)


# "by a further 15", "another 3", "um weitere drei": the figure adds to the measure before it.
_FURTHER_ENDS = ("further ", "another ", "additional ", "weitere ", "weitere\u00a0", "further\u00a0", "another\u00a0")
_R_FURTHER_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:a[ \u00a0]+further|another|an[ \u00a0]+additional|(?:um[ \u00a0]+)?weitere)[ \u00a0]+$"
)
_R_CLAUSE_END = re.compile(r"[ \u00a0]*(?:[.,;:)]|$)")
# So does a bounded one in a clause of its own that leaves its unit out: "Die Anklage hatte auf
# siebeneinhalb Jahre plädiert, die Verteidigung auf höchstens vier.", "sought at least 12 years;
# his attorneys pleaded for no more than three." (batch 249), of a like size.
_BOUNDS = ("at_most", "at_least", "under", "over", "up_to")
_R_CLAUSE_BREAK = re.compile(r"[,;]")
_SKIPPED_KINDS = ("year", "date", None)


def _further_figures(text: str, hits: list[_Hit]) -> None:
    """A bare figure after "a further", or with a bound after a clause break, that ends its clause
    takes the unit of the nearest measure before it in the sentence (years and dates between are
    passed over)."""
    for i, b in enumerate(hits):
        if (
            b.kind != "count"
            or not b.bare
            or b.raw is None
            or b.scale != 1
            or _R_CLAUSE_END.match(text, b.end) is None
        ):
            continue
        further = text.endswith(_FURTHER_ENDS, max(0, b.start - 12), b.start) and _R_FURTHER_BEFORE.search(
            text, max(0, b.start - 24), b.start
        )
        if not further and b.qualifier not in _BOUNDS:
            continue
        j = i - 1
        while j >= 0 and hits[j].kind in _SKIPPED_KINDS:
            j -= 1
        if j < 0:
            continue
        a = hits[j]
        if not further and not (
            a.raw is not None and a.raw / 10 <= b.raw <= a.raw * 10 and _R_CLAUSE_BREAK.search(text, a.end, b.start)
        ):
            continue
        if (
            a.kind not in _UNIT_KINDS
            or a.raw is None
            or a.value != to_json_number(a.raw * a.scale)
            or b.start - a.end > 80
            or ". " in text[a.end : b.start]
        ):
            continue
        b.kind, b.unit, b.bare, b.scale = a.kind, a.unit, False, a.scale
        b.value = to_json_number(b.raw * a.scale)
