"""A second exchange rate compared with the first: "1,400 naira per dollar, against about 1,460
on the official market" gives both in naira."""

from __future__ import annotations

import re

from .hits import _Hit
from .neighbours import _R_SENTENCE_BREAK
from .units import _R_RATE_LINK

# The word that compares, right before the bare figure (a hedge may stand between).
_R_COMPARED_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:against|compared (?:with|to)|versus|vs\.?|gegenüber|verglichen mit)"
    r"(?:[ \u00a0]+(?:about|around|roughly|some|nearly|almost|rund|etwa|knapp))?[ \u00a0]+$"
)


def _rate_comparisons(text: str, hits: list[_Hit]) -> None:
    """A bare figure after "against"/"compared with" takes the currency of an exchange rate
    ("... per dollar") before it in the same sentence."""
    rate = None
    for h in hits:
        if h.kind == "money" and _R_RATE_LINK.search(text, h.start, _next_space(text, h.end) + 8):
            rate = h
        elif (
            rate is not None
            and h.kind == "count"
            and h.unit is None
            and h.scale == 1
            and h.start - rate.end < 100
            and _R_COMPARED_BEFORE.search(text, max(0, h.start - 40), h.start)
            and not _R_SENTENCE_BREAK.search(text, rate.end, h.start)
        ):
            h.kind, h.unit = "money", rate.unit


def _next_space(text: str, end: int) -> int:
    """Where the word after ``end`` begins (``end`` itself when a space follows): the rate link
    may be in the hit ("152 per dollar") or after its currency ("1,400 naira per dollar")."""
    i = text.find(" ", end)
    return i if i >= 0 else len(text)
