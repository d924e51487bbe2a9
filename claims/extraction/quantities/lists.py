"""A unit written once at the head of a results list carries to its later bare decimal figures."""

from __future__ import annotations

import re

from ..numbers import to_json_number
from .hits import _Hit

# "Bayern 3,9 Prozent, Berlin 10,1, Bremen 11,3", "1. Alfred (LCA) 10.72 seconds, 2. Richardson
# (USA) 10.87": a comma, then a short label with a name and no figure of its own ("0.7%, to
# 47,250.81" names none: an index level).
_R_ITEM_LINK = re.compile(r"[,;](?=[^\d,;.!?]*[A-ZÄÖÜ])[^\d,;.!?]{1,40}$")
_CARRIED = ("percent", "duration")


def _carry_list_units(text: str, hits: list[_Hit]) -> None:
    """Decimals carry the unit of the list's first item: no one counts 4.4 people."""
    head: _Hit | None = None
    prev_end = 0
    for h in hits:
        if h.kind == "ordinal" and head is not None:
            continue  # "2. Richardson": a place in the list, which goes on
        if h.kind in _CARRIED and h.raw is not None and h.raw != int(h.raw):
            head, prev_end = h, h.end
            continue
        if (
            head is not None
            and h.kind == "count"
            and h.bare
            and h.qualifier is None
            and h.raw is not None
            and h.raw != int(h.raw)
            and str(h.value) == str(to_json_number(h.raw))
            and _R_ITEM_LINK.search(_drop_ordinals(text, hits, prev_end, h.start))
        ):
            h.kind, h.unit, h.bare, h.scale = head.kind, head.unit, False, head.scale
            h.value = to_json_number(h.raw * head.scale)
            prev_end = h.end
            continue
        head = None


def _drop_ordinals(text: str, hits: list[_Hit], s: int, e: int) -> str:
    """The text between two items with the list's places ("2.") cut out."""
    out, pos = [], s
    for h in hits:
        if h.kind == "ordinal" and s <= h.start and h.end <= e:
            out.append(text[pos : h.start])
            pos = h.end
    out.append(text[pos:e])
    return "".join(out)


# "Arsenal 2 Chelsea 1, Liverpool 3 Everton 0": a result in agate, two named sides each with its
# score and no word between them, is a score as "2:1" is ("Wien 12 Grad, Graz 9" has a unit).
_NAME = r"[A-Z][\w'’\-]*(?:[ \u00a0][A-Z][\w'’\-]*){0,2}"
_R_AGATE_RESULT = re.compile(
    r"(?<![\w])" + _NAME + r"[ \u00a0](\d{1,3})[ \u00a0]" + _NAME + r"[ \u00a0](\d{1,3})(?=[,;.]|$)"
)


def _agate_results(text: str, hits: list[_Hit]) -> None:
    """Blank the two scores of each agate result."""
    if not any(h.kind == "count" and h.unit is None for h in hits):
        return
    spans = set()
    for m in _R_AGATE_RESULT.finditer(text):
        spans.add(m.span(1))
        spans.add(m.span(2))
    for h in hits:
        if h.kind == "count" and h.unit is None and (h.start, h.end) in spans:
            h.kind = None
