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
# A dummy item restates an amount too ("kostet in Wien 2,40 Euro, in Graz sind es 2,10"); a bare
# decimal after an amount may be an index level ("12,40 Euro, der DAX bei 18.234,5").
_HEADS = (*_CARRIED, "money")
# "durchschnittlich 19 Tage, im Burgenland sind es 31.", "12 days; in Wales it was 17.": an item
# whose subject is a dummy "es"/"it" restates the head's measure, whole figures too, the figure
# ending its clause (a hedge may stand before it: "sind es rund 31").
_R_DUMMY_ITEM = re.compile(
    r"(?i)(?<![\w])(?:(?:sind|waren|ist|war)[ \u00a0]+es|es[ \u00a0]+(?:sind|waren)|it[ \u00a0]+(?:is|was)|it['’]s)"
    r"(?:[ \u00a0]+[a-zäöüß]+){0,2}[ \u00a0]+$"
)
_R_CLAUSE_END = re.compile(r"[ \u00a0]*(?:[,;.!?)]|$)")


def _carry_list_units(text: str, hits: list[_Hit]) -> None:
    """Decimals carry the unit of the list's first item: no one counts 4.4 people; so does a whole
    figure whose item restates the measure with a dummy subject ("im Burgenland sind es 31")."""
    head: _Hit | None = None
    prev_end = 0
    for h in hits:
        if h.kind == "ordinal" and head is not None:
            continue  # "2. Richardson": a place in the list, which goes on
        if h.kind in _HEADS and h.raw is not None:
            head, prev_end = h, h.end
            continue
        if (
            head is not None
            and h.kind == "count"
            and h.bare
            and h.raw is not None
            and str(h.value) == str(to_json_number(h.raw))
            and (link := _drop_ordinals(text, hits, prev_end, h.start))
            and _R_ITEM_LINK.search(link)
            and (
                (h.qualifier is None and h.raw != int(h.raw) and head.raw != int(head.raw) and head.kind in _CARRIED)
                or (_R_DUMMY_ITEM.search(link) and _R_CLAUSE_END.match(text, h.end))
            )
            # ("ein Plus von 11,6 Prozent, für Zweifamilienhäuser waren es 1.020": no share above 100, batch 355)
            and not (head.kind == "percent" and head.unit == "%" and h.raw > 100 >= head.raw)
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
# (a bracket may close it: "Phoenix Suns 117 (OT)", "Minnesota Timberwolves 109 (Denver lead series 3-2)")
_R_AGATE_RESULT = re.compile(
    r"(?<![\w])" + _NAME + r"[ \u00a0](\d{1,3})[ \u00a0]" + _NAME + r"[ \u00a0](\d{1,3})"
    r"(?=[ \u00a0]\([^()]{1,40}\)|[,;.]|$)"
)
# In a line of results a comma may part the two sides: "NBA results: Celtics 118, Knicks 109; Lakers 121, ..."
# ("Top temperatures: Sydney 31, Melbourne 38" is no result: the line must say it holds results).
_R_AGATE_RESULT_COMMA = re.compile(
    r"(?<![\w])" + _NAME + r"[ \u00a0](\d{1,3}),[ \u00a0]" + _NAME + r"[ \u00a0](\d{1,3})"
    r"(?=[ \u00a0]\([^()]{1,40}\)|[;.]|$)"
)
_R_RESULTS_WORD = re.compile(r"(?i)(?<![\w])(?:results|ergebnisse)(?![\w])")


def _agate_results(text: str, hits: list[_Hit]) -> None:
    """Blank the two scores of each agate result."""
    if not any(h.kind == "count" and h.unit is None for h in hits):
        return
    spans = set()
    for m in _R_AGATE_RESULT.finditer(text):
        spans.add(m.span(1))
        spans.add(m.span(2))
    if "esult" in text or "rgebnisse" in text:
        head = _R_RESULTS_WORD.search(text)
        for m in _R_AGATE_RESULT_COMMA.finditer(text, head.end() if head else len(text)):
            spans.add(m.span(1))
            spans.add(m.span(2))
    for h in hits:
        if h.kind == "count" and h.unit is None and (h.start, h.end) in spans:
            h.kind = None
