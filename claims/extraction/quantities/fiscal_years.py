"""Fiscal years written with "FY": "in FY2027", "FY26", "FY 2026", "FY'26", "FY-2027", "FY2025-26".

"FY" names a year and nothing else (unlike a programme name with a glued figure, "Air2030"):
the figure is that year, a two-digit one read in its century ("FY26" 2026), and a span gives
both years as "2025-26" does. A digit glued to letters starts no digit anchor, so these are
anchored here.
"""

from __future__ import annotations

import re

from .hits import _Hit

_R_FY = re.compile(
    r"(?<![\w])FY[ \u00a0'’\-]?((?:19|20)?\d\d)(?:[/\-–](?:FY)?((?:19|20)?\d\d))?(?![\w]|[.,]\d|[/\-–]\d)"
)


def fiscal_year_anchors(text: str) -> list[tuple[int, int, int, re.Match]]:
    """Anchors (kind 3) for "FY" and its figure."""
    if "FY" not in text:  # (a cheap gate: the letters are rare)
        return []
    return [(m.start(), m.end(), 3, m) for m in _R_FY.finditer(text)]


def full_year(digits: str, century_of: int | None = None) -> int:
    """The year a two- or four-digit figure names: in the century of ``century_of`` (rolling over
    to the next: "1999/00" is 2000), else 2000-2069 or 1970-1999."""
    y = int(digits)
    if len(digits) == 4:
        return y
    if century_of is not None:
        return century_of - century_of % 100 + y + (100 if y < century_of % 100 else 0)
    return 2000 + y if y < 70 else 1900 + y


def fiscal_years(m: re.Match) -> list[_Hit]:
    """The year of "FY2027", or both years of "FY2025-26" and "FY2025-40" (a span of up to 30
    years; a second figure that ends no span is left out)."""
    first = full_year(m.group(1))
    hits = [_Hit("year", first, None, m.start(1), m.end(1))]
    if m.group(2) is not None:
        second = full_year(m.group(2), first)
        if first < second <= first + 30:
            hits.append(_Hit("year", second, None, m.start(2), m.end(2)))
    return hits
