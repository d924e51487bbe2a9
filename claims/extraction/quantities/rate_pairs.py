"""A second exchange rate compared with the first: "1,400 naira per dollar, against about 1,460
on the official market" gives both in naira; and one the same currency reached later in the
sentence: "The rupee, which hit 90.42 per dollar earlier this week, was little changed at 89.95"."""

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

# The word that puts the currency at a level, right before the bare figure ("was little changed
# at 89.95", "recovered to 7.05", "schloss bei 0,93").
_R_LEVEL_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:at|to|bei|auf)(?:[ \u00a0]+(?:about|around|roughly|some|nearly|almost|rund|etwa|knapp))?"
    r"[ \u00a0]+$"
)
# "close to its record low of 88.85", "below its all-time high of 1.60": the currency's own
# extreme, "its" pointing back to it (checked for the same order as the rate).
_R_ITS_EXTREME_BEFORE = re.compile(
    r"(?i)(?<![\w])its[ \u00a0]+(?:(?:record|all-time|lifetime|previous|recent|historic)[ \u00a0]+)*"
    r"(?:low|high|peak|trough)[ \u00a0]+of(?:[ \u00a0]+(?:about|around|roughly|some|nearly|almost))?[ \u00a0]+$"
)
# "..., while the index hit its record high of 85": "its" is another subject's.
_R_NEW_SUBJECT = re.compile(
    r"(?i)(?<![\w])(?:while|whereas|as|and|but|when|where|after|before)[ \u00a0]+(?:the|a|an|their)(?![\w])"
)
# Another subject between the two figures ("..., while the index rose to 7.0") leaves the second
# figure its own.
_R_OTHER_SUBJECT = re.compile(
    r"(?i)(?<![\w])(?:the|a|an|its|their|der|die|das|des|dem|den|ein|eine|einer|eines)(?![\w])|\d"
)
# The clause of the second figure goes on with the same subject: after a comma or a link its
# first word is a verb (", was little changed at", "before recovering to", "und schloss bei"),
# not a new subject ("and inflation rose to 45").
_R_SAME_SUBJECT_CLAUSE = re.compile(
    r"(?:,|[ \u00a0](?:and|but|then|before|after|und|aber|dann|bevor))[ \u00a0]+"
    r"(?:[a-z]+(?:ed|ing)|was|is|has|had|hit|held|fell|rose|slid|sank|stood|ended|closed|traded"
    r"|lag|stand|schloss|fiel|stieg|sank|notierte|kostete|ging|[a-zäöü]+te)"
    r"(?:[ \u00a0]+[^\W\d_]+)*[ \u00a0]+$"
)


def _same_level(text: str, rate: _Hit, h: _Hit) -> bool:
    """ "was little changed at 89.95" after "90.42 per dollar": a level of the same order as the rate
    (within half again either way), named with no other subject between, or "its record low of"."""
    if not (isinstance(h.value, int | float) and isinstance(rate.value, int | float)) or h.value <= 0:
        return False
    ratio = rate.value / h.value
    if not 2 / 3 <= ratio <= 1.5:
        return False
    ext = _R_ITS_EXTREME_BEFORE.search(text, max(0, h.start - 50), h.start)
    if ext is not None:
        return _R_NEW_SUBJECT.search(text, rate.end, ext.start()) is None
    return (
        _R_LEVEL_BEFORE.search(text, max(0, h.start - 24), h.start) is not None
        and _R_OTHER_SUBJECT.search(text, rate.end, h.start) is None
        and _R_SAME_SUBJECT_CLAUSE.search(text, rate.end, h.start) is not None
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
            and (_R_COMPARED_BEFORE.search(text, max(0, h.start - 40), h.start) or _same_level(text, rate, h))
            and not _R_SENTENCE_BREAK.search(text, rate.end, h.start)
        ):
            h.kind, h.unit = "money", rate.unit


def _next_space(text: str, end: int) -> int:
    """Where the word after ``end`` begins (``end`` itself when a space follows): the rate link
    may be in the hit ("152 per dollar") or after its currency ("1,400 naira per dollar")."""
    i = text.find(" ", end)
    return i if i >= 0 else len(text)
