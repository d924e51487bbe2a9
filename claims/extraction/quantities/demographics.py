"""Audience demographics in ratings copy: "Among adults 18-49", "women 25-54", "in the 18-49 demo".

The hyphen stands for "to" as in "aged 16 to 64": both figures are ages in years, not a score
(a ratings sentence may say "drew" or "won") nor a range of counts. Told by people before the
pair or "demo"/"demographic" after it; the younger age comes first. ("aged 6-12" is read by
``ages`` and ``neighbours``, which carry the age on through a list: "aged 6-12 and 13-18".)
"""

from __future__ import annotations

import re

from .ages import _EN_PEOPLE_PLURAL
from .hits import _Hit

_R_PAIR = re.compile(r"(\d{1,2})[-–](\d{2})(?![\w\-–]|[.,]\d)")
# (the persons' plurals that bound an age elsewhere: "adults 18-49", "viewers 25-54")
_R_PEOPLE_BEFORE = re.compile(r"(?i)(?<![\w\-])(?:" + _EN_PEOPLE_PLURAL + r")[ \u00a0]+$")
# ("the jobless rate in the 16-24 age group", batch 466)
_R_DEMO_AFTER = re.compile(r"[ \u00a0]+(?:demo(?:graphics?|s)?|age[ \u00a0]+(?:group|bracket|band|range))(?![\w])")


def _demo_pair(text: str, a: int) -> re.Match | None:
    """The pair starting at ``a`` if it names an audience's ages."""
    m = _R_PAIR.match(text, a)
    if m is None or not 2 <= int(m.group(1)) < int(m.group(2)) < 100:
        return None
    if _R_DEMO_AFTER.match(text, m.end()) or _R_PEOPLE_BEFORE.search(text, max(0, a - 12), a):
        return m
    return None


def demo_age(text: str, s: int, e: int) -> _Hit | None:
    """The figure ``text[s:e]`` as one age of such a pair (first or second), or None."""
    if text[e : e + 1] in ("-", "–"):
        m = _demo_pair(text, s)
        return _Hit("duration", int(m.group(1)), "year", s, e) if m is not None and m.end(1) == e else None
    a = s - 1
    while a > 0 and text[a - 1].isdigit():
        a -= 1
    if s - 1 - a not in (1, 2) or (a > 0 and (text[a - 1].isalnum() or text[a - 1] in ".,")):
        return None
    m = _demo_pair(text, a)
    return _Hit("duration", int(m.group(2)), "year", s, e) if m is not None and m.span(2) == (s, e) else None
