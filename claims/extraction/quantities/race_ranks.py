"""Places in a race's or a ranking's order written as a noun and a number: "won stage 15",
"stage 9 of the Giro", "world number two", "after day one" (of a Test, a tournament) are
ordinals, as "on lap 29" is ("Stage 4 load-shedding" stays a level on a scale: a count)."""

from __future__ import annotations

import re

from ..numbers import parse_english_ordinal
from .english import _EN_ORDINAL_TAILS
from .hits import _Hit

_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# A stage won, or a stage of a named race; lower case ("Stage 4" is a level of load-shedding).
_R_STAGE_WON = re.compile(
    r"(?<![\w])(?:won|wins|win|winning|claimed|claims|took|takes|taking)[ \u00a0]+(?:the[ \u00a0]+)?stage[ \u00a0]+$"
)
_R_STAGE = re.compile(r"(?<![\w])stage[ \u00a0]+$")
_R_OF_RACE = re.compile(r"[ \u00a0]+of[ \u00a0]+the[ \u00a0]+[A-Z]")
# Any "stage N"/"Stage N" in a sentence about a stage race: "his crash on stage nine", "Stage 12
# ends with an 11.2 km climb" (batch 396).
_R_CYCLING = re.compile(
    r"(?i)(?<![\w])(?:tour|giro|vuelta|climbs?|km|kilomet\w+|riders?|peloton|crash\w*|sprint\w*|jersey"
    r"|breakaway|time[ \u00a0]+trial|cyclists?|cycling|summit[ \u00a0]+finish|mountain[ \u00a0]+top)(?![\w])"
)
# A stage of a bill (Holyrood numbers them): "the ... Bill at Stage 3", "the bill's Stage 1
# debate", "Stage 2 of the bill" - a step in a sequence, as a race's stage; capitalised too.
_R_BILL_STAGE = re.compile(r"(?<![\w])[Bb]ill(?:['’]s)?(?:[ \u00a0]+[a-z]+){0,2}[ \u00a0]+[Ss]tage[ \u00a0]+$")
_R_OF_BILL = re.compile(r"[ \u00a0]+of[ \u00a0]+the[ \u00a0]+(?:[\w\-()]+[ \u00a0]+){0,6}?[Bb]ill(?![\w])")
_R_STAGE_ANY = re.compile(r"(?<![\w])[Ss]tage[ \u00a0]+$")
_R_WORLD_NUMBER = re.compile(r"(?i)(?<![\w])world[ \u00a0]+number[ \u00a0]+$")
# "after day one", "on day two of the Test", "at stumps on day 3"; "from day one" is "from the start".
# ("14% in year one and 5% in year two of a four-year contract": a contract's years, batch 468)
_R_DAY = re.compile(
    r"(?<![\w])(?:after|on|of|by|until|before|end[ \u00a0]+of|close[ \u00a0]+of)[ \u00a0]+day[ \u00a0]+"
    r"(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})(?![\w\-])"
    r"|(?<![\w])(?:[Ii]n|[Ff]rom|by)[ \u00a0]+year[ \u00a0]+(?=one|two|three|four|five)"
    r"(one|two|three|four|five)(?![\w\-])"
)


# "three first-category climbs", "two second-round matches": a count, then an ordinal compound
# that names what is counted; the compound is an ordinal of its own, no unit of the count.
_R_COUNT_THEN_ORDINAL = re.compile(r"[ \u00a0]+([a-z]+)-([a-z]+)(?![\w\-])")


def _ordinal_compounds(text: str, hits: list[_Hit]) -> None:
    for i in range(len(hits) - 1, -1, -1):
        h = hits[i]
        if h.kind not in ("count", "duration") or h.unit is None:
            continue
        sp = text.rfind(" ", h.start, h.end)
        if sp < 0:
            continue
        m = _R_COUNT_THEN_ORDINAL.match(text, sp)
        if m is None or m.group(2) not in _EN_ORDINAL_TAILS or m.end() < h.end:
            continue
        rank = parse_english_ordinal(m.group(1))
        if not rank:
            continue
        h.kind, h.unit, h.end = "count", None, sp
        if not (i + 1 < len(hits) and hits[i + 1].start < m.end()):
            hits.insert(i + 1, _Hit("ordinal", rank, None, m.start(1), m.end()))


def _bill_stage(text: str, h: _Hit) -> bool:
    if _R_BILL_STAGE.search(text, max(0, h.start - 60), h.start):
        return True
    return _R_STAGE_ANY.search(text, max(0, h.start - 7), h.start) is not None and (
        h.unit is None and _R_OF_BILL.match(text, h.end) is not None
    )


def _to_ordinal(text: str, h: _Hit) -> None:
    """The hit becomes an ordinal; a counted noun after it is no unit ("Stage 1 debate")."""
    if h.unit is not None:
        h.end = text.rfind(h.unit, h.start, h.end)
        while text[h.end - 1] in " \u00a0":
            h.end -= 1
    h.kind, h.unit, h.bare = "ordinal", None, False


def _race_ranks(text: str, hits: list[_Hit]) -> None:
    if "-" in text:
        _ordinal_compounds(text, hits)
    bill = "ill" in text
    # (not "tage ": German "Feiertage " would run the pass on most texts)
    if "stage " in text or "Stage " in text or "umber " in text:
        for h in hits:
            if h.kind != "count" or not isinstance(h.value, int):
                continue
            lo = max(0, h.start - 40)
            if h.unit is None and (
                _R_STAGE_WON.search(text, lo, h.start)
                or (_R_STAGE.search(text, lo, h.start) and _R_OF_RACE.match(text, h.end))
            ):
                h.kind, h.bare = "ordinal", False
            elif _R_STAGE_ANY.search(text, max(0, h.start - 7), h.start) and _R_CYCLING.search(text):
                _to_ordinal(text, h)  # ("Stage 9 finishes with a climb": a verb read as the counted noun)
            elif bill and _bill_stage(text, h):
                _to_ordinal(text, h)
            elif _R_WORLD_NUMBER.search(text, lo, h.start):
                _to_ordinal(text, h)  # "world number three behind the Pole": no counted noun
    if "day " in text or "year " in text:
        for m in _R_DAY.finditer(text):
            k = 1 if m.group(1) else 2
            g = m.group(k)
            value = int(g) if g.isdigit() else _WORDS[g]
            s, e = m.start(k), m.end(k)
            same = [h for h in hits if h.start < e and s < h.end]
            if not same:
                i = next((k for k, h in enumerate(hits) if h.start >= e), len(hits))
                hits.insert(i, _Hit("ordinal", value, None, s, e))
            elif len(same) == 1 and same[0].kind == "count" and (same[0].start, same[0].end) == (s, e):
                same[0].kind, same[0].bare = "ordinal", False
