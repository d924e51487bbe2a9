"""Places in a race's or a ranking's order written as a noun and a number: "won stage 15",
"stage 9 of the Giro", "world number two", "after day one" (of a Test, a tournament) are
ordinals, as "on lap 29" is ("Stage 4 load-shedding" stays a level on a scale: a count)."""

from __future__ import annotations

import re

from .hits import _Hit

_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# A stage won, or a stage of a named race; lower case ("Stage 4" is a level of load-shedding).
_R_STAGE_WON = re.compile(
    r"(?<![\w])(?:won|wins|win|winning|claimed|claims|took|takes|taking)[ \u00a0]+(?:the[ \u00a0]+)?stage[ \u00a0]+$"
)
_R_STAGE = re.compile(r"(?<![\w])stage[ \u00a0]+$")
_R_OF_RACE = re.compile(r"[ \u00a0]+of[ \u00a0]+the[ \u00a0]+[A-Z]")
_R_WORLD_NUMBER = re.compile(r"(?i)(?<![\w])world[ \u00a0]+number[ \u00a0]+$")
# "after day one", "on day two of the Test", "at stumps on day 3"; "from day one" is "from the start".
_R_DAY = re.compile(
    r"(?<![\w])(?:after|on|of|by|until|before|end[ \u00a0]+of|close[ \u00a0]+of)[ \u00a0]+day[ \u00a0]+"
    r"(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})(?![\w\-])"
)


def _race_ranks(text: str, hits: list[_Hit]) -> None:
    if "stage " in text or "umber " in text:
        for h in hits:
            if h.kind != "count" or not isinstance(h.value, int):
                continue
            lo = max(0, h.start - 40)
            if h.unit is None and (
                _R_STAGE_WON.search(text, lo, h.start)
                or (_R_STAGE.search(text, lo, h.start) and _R_OF_RACE.match(text, h.end))
            ):
                h.kind, h.bare = "ordinal", False
            elif _R_WORLD_NUMBER.search(text, lo, h.start):
                if h.unit is not None:  # "world number three behind the Pole": no counted noun
                    h.end = text.rfind(h.unit, h.start, h.end)
                    while text[h.end - 1] in " \u00a0":
                        h.end -= 1
                h.kind, h.unit, h.bare = "ordinal", None, False
    if "day " in text:
        for m in _R_DAY.finditer(text):
            g = m.group(1)
            value = int(g) if g.isdigit() else _WORDS[g]
            s, e = m.start(1), m.end(1)
            same = [h for h in hits if h.start < e and s < h.end]
            if not same:
                i = next((k for k, h in enumerate(hits) if h.start >= e), len(hits))
                hits.insert(i, _Hit("ordinal", value, None, s, e))
            elif len(same) == 1 and same[0].kind == "count" and (same[0].start, same[0].end) == (s, e):
                same[0].kind, same[0].bare = "ordinal", False
