"""Points above or below an average share: "lag damit 14 Punkte über dem Senderschnitt", "two
points above the network's average share": percentage points, as a party's lead over another is.

A channel's average ("Senderschnitt", "Senderdurchschnitt") is an average of its market share, so
its points are always a share's; a plain average ("Schnitt", "Durchschnitt", "average") only in a
sentence that names a share ("Marktanteil", "Quote", "share", a percentage). Index levels are told
apart before this (neighbours._index_level).
"""

from __future__ import annotations

import re

_R_AVERAGE_AFTER = re.compile(
    r"[ \u00a0]+(?:über|unter|above|below)[ \u00a0]+(?:dem|the)[ \u00a0]+(?:[\w'’]+[ \u00a0]+){0,2}?"
    r"(?P<avg>[A-Za-zÄÖÜäöüß]*(?:schnitt|Schnitt)|average)(?![\w])"
)
_R_SHARE_WORD = re.compile(r"(?i)marktanteil|(?<![\w])(?:quote|share|prozent|percent)|%")
_R_SENTENCE_BREAK = re.compile(r"[.!?][\"'”“»«)]*\s|\n")


def above_share_average(text: str, start: int, end: int) -> bool:
    """Whether the points ``text[start:end]`` ("14 Punkte") stand above or below an average share."""
    m = _R_AVERAGE_AFTER.match(text, end)
    if m is None:
        return False
    if m.group("avg").lower().startswith("sender"):
        return True
    lo = max(0, start - 300)
    lo = max(text.rfind(". ", lo, start), text.rfind("\n", lo, start), lo - 1) + 1
    stop = _R_SENTENCE_BREAK.search(text, m.end())
    return _R_SHARE_WORD.search(text, lo, stop.start() if stop else len(text)) is not None
