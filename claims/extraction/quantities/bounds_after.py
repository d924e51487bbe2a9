"""A bound written after its figure: "aged 65 and over", "aged 25 or over", "5 and under",
"80 Jahre und älter"; it closes an inclusive bound ("at_least"/"at_most")."""

from __future__ import annotations

import re

from .hits import _Hit

_BOUNDS = {
    "over": "at_least", "above": "at_least", "older": "at_least", "upwards": "at_least", "älter": "at_least",
    "darüber": "at_least", "under": "at_most", "below": "at_most", "younger": "at_most", "jünger": "at_most",
    "darunter": "at_most",
}  # fmt: skip
_LINKS = (" and ", " or ", " und ", " oder ", "\u00a0and ", "\u00a0or ", "\u00a0und ", "\u00a0oder ")
_R_BOUND_AFTER = re.compile(
    r"[ \u00a0]+(?:and|or|und|oder)[ \u00a0]+(" + "|".join(_BOUNDS) + r")(?![\w\-])"
    # "grew to 65 and over the past decade", "between 50 and over 100": "over" opens a phrase of its own.
    r"(?![ \u00a0]+(?:the|a|an|this|that|these|those|its|their|his|her|our|next|past|last|recent|der|die|das"
    r"|den|dem|des|ein|eine|einen|einem|einer)(?![\w]))"
)
_UNBOUNDED = ("year", "date", "ordinal")


def _bounds_after(text: str, hits: list[_Hit]) -> None:
    for i, h in enumerate(hits):
        if h.kind is None or h.kind in _UNBOUNDED or h.qualifier is not None or not text.startswith(_LINKS, h.end):
            continue
        m = _R_BOUND_AFTER.match(text, h.end)
        if m is None:
            continue
        if i + 1 < len(hits) and hits[i + 1].start < m.end() + 3:
            continue  # "between 50 and over 100": the bound hedges the next figure
        h.qualifier = _BOUNDS[m.group(1).lower()]
