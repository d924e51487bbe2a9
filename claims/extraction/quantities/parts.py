"""A part of a whole takes the whole's unit: "mehr als 40 Jahre ..., davon 26 in Tansania" (26
years), "44 weeks on the list, nine of them at No. 1" (9 weeks), "1.200 Euro, davon 300 für
die Miete". The part is a bare figure right after "davon" or before "of them", "of which" or "of it"; the
whole is the nearest figure before it in the sentence (years, dates and ranks between are
skipped), a duration or an amount of money written without a scale word, its unit as a word or a
sign of its own ("44 weeks", "$500"; not "a four-day week", nor an age "under 18"), and no
smaller than the part ("under 18 made up 480,000 of them" is no part of 18 years)."""

from __future__ import annotations

import re

from .hits import _Hit

_R_DAVON_BEFORE = re.compile(
    r"(?i)(?<![\w])davon[ \u00a0]+(?:(?:allein|nur|noch|rund|etwa|knapp|fast|mehr[ \u00a0]+als|über)[ \u00a0]+)?$"
)
_R_OF_THEM_AFTER = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:them|those|these|which|it)(?![\w])")
# ("nine of them": things counted, never a sum's part, which is "of it" or "of which")
_R_OF_THINGS_AFTER = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:them|those|these)(?![\w])")
_SKIPPED = ("year", "date", "ordinal")
_WHOLES = ("duration", "money")
# The whole's surface: a figure and its unit word, or a currency sign and a figure.
_R_WHOLE_SURFACE = re.compile(r"(?:[\d.,]+|[^\W\d_]+)[ \u00a0]+[^\W\d_]+|[$€£¥][\d.,]+")


def _whole_before(text: str, hits: list[_Hit], i: int) -> _Hit | None:
    for j in range(i - 1, -1, -1):
        w = hits[j]
        if w.kind is None or w.kind in _SKIPPED:
            continue
        if w.kind not in _WHOLES or w.scale != 1 or not _R_WHOLE_SURFACE.fullmatch(text, w.start, w.end):
            return None
        if not isinstance(w.value, (int, float)) or w.value < hits[i].value:
            return None
        between = text[w.end : hits[i].start]
        return None if ". " in between or len(between) > 120 else w
    return None


# The part before its whole, a span of time: "for two of the past three years", "in 19 der
# vergangenen 21 Monate" (the unit written once serves both, batches 74 and 77).
_R_PART_OF_SPAN = re.compile(
    r"[ \u00a0]+(?:of[ \u00a0]+the|der)[ \u00a0]+"
    r"(?:(?:past|last|next|previous|coming|first|vergangenen|letzten|nächsten|ersten|kommenden)[ \u00a0]+)?"
)


def _part_of_span(text: str, hits: list[_Hit], i: int) -> bool:
    h = hits[i]
    if i + 1 == len(hits) or text[h.end : h.end + 4] not in (" of ", " der"):
        return False
    span = hits[i + 1]
    link = _R_PART_OF_SPAN.match(text, h.end)
    if link is None or link.end() != span.start or span.kind != "duration" or span.scale != 1:
        return False
    if not _R_WHOLE_SURFACE.fullmatch(text, span.start, span.end) or not isinstance(span.value, (int, float)):
        return False
    return span.value > h.value


def _parts_of_wholes(text: str, hits: list[_Hit]) -> None:
    if "davon" not in text and " of " not in text and " der " not in text:
        return
    for i, h in enumerate(hits):
        if h.kind != "count" or h.unit is not None:
            continue
        if _part_of_span(text, hits, i):
            span = hits[i + 1]
            h.kind, h.unit, h.bare = span.kind, span.unit, False
            continue
        if i == 0:
            continue
        if not (_R_DAVON_BEFORE.search(text, max(0, h.start - 24), h.start) or _R_OF_THEM_AFTER.match(text, h.end)):
            continue
        whole = _whole_before(text, hits, i)
        if whole is not None and whole.kind == "money" and _R_OF_THINGS_AFTER.match(text, h.end):
            continue  # "Cars worth £410,000 were stolen, and nine of them ...": the things, not the money (batch 352)
        if whole is not None:
            h.kind, h.unit, h.bare = whole.kind, whole.unit, False
