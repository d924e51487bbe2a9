"""Bare figures in a sentence about a retirement or pension age are ages: "The age is currently 67
and is due to reach 68 in 2030 and 69 in 2035", "would have to work until 70", "Someone who starts
benefits at 62 receives ...", „für den Jahrgang 1964 gilt 65“, „die Lebenserwartung mit 65“ (batch
442). Only whole figures from 50 to 75 that nothing else has read (no unit, no noun counted)."""

from __future__ import annotations

import re

from .hits import _Hit

# The words that name such an age (a cheap test first, then the pattern: "age" alone is in "percentage",
# "average", "damage" and would run it on most texts).
_GATE = (
    "etire", "Rente", "ension", "benefits", "xpectancy", "Lebenserwartung", "work until", "he age ", "Ruhestand",
    "ltersgrenze", "rentenalter",
)
_R_PENSION_AGE = re.compile(
    r"(?i)(?:retirement|pension|pensionable)[ \u00a0]+age|retire(?:s|d)?[ \u00a0]+at|work[ \u00a0]+until"
    r"|(?<![\w])the[ \u00a0]+age[ \u00a0]+(?:is|was|will|would|rises|rose)(?![\w])"
    r"|(?:claim|claims|claiming|starts?[ \u00a0]+benefits)[ \u00a0]+at|life[ \u00a0]+expectancy[ \u00a0]+at"
    r"|(?:renten|pensions|ruhestands)(?:eintritts)?alter|regelaltersgrenze|lebenserwartung[ \u00a0]+mit"
)


def pension_ages(text: str, hits: list[_Hit]) -> None:
    if not any(word in text for word in _GATE) or _R_PENSION_AGE.search(text) is None:
        return
    for h in hits:
        # (a bare figure, or "starts benefits at 62 receives": a verb read as the counted noun after "at")
        verb_read = h.unit is not None and h.unit.islower() and text.endswith("at ", 0, h.start)
        if (
            h.kind == "count"
            and ((h.unit is None and h.bare) or verb_read)
            and h.scale == 1
            and isinstance(h.value, int)
            and 50 <= h.value <= 75
        ):
            if h.unit is not None:
                h.end = h.start + len(text[h.start : h.end].split()[0])  # the figure without the verb
            h.kind, h.unit = "duration", "year"
