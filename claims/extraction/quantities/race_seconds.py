"""Bare decimals that are seconds in a race: "was timed at 9.82", "third in 9.88", "in the 400m
hurdles in 53.61, just 0.12 off a medal". A time written with hundredths after a word of timing,
in a sentence about a race, or a margin "off"/"behind" a place once such a time is stated."""

from __future__ import annotations

import re

from .hits import _Hit

# Two or three decimals: a stopwatch reading ("9.82", "53,61", "21.337"), not "2.5 per cent".
_R_WATCH = re.compile(r"\d{1,3}[.,]\d{2,3}")
# A word of timing before the figure; "timed at" and "clocked" name a time by themselves.
_R_TIMED = re.compile(r"(?i)(?<![\w])(?:timed|clocked|clocking)(?:[ \u00a0]+at)?[ \u00a0]+$")
_R_IN = re.compile(r"(?i)(?<![\w])(?:in|lief|ran|swam)[ \u00a0]+$")
# A place or a medal right before "in": "was second in 47.38", "took silver in 9.84", "won in 36.84" (batches 322, 343).
_R_PLACED_IN = re.compile(
    r"(?i)(?<![\w])(?:won|first|second|third|fourth|fifth|sixth|gold|silver|bronze)[ \u00a0]+in[ \u00a0]+$"
)
# A margin after the figure: "0.12 off a medal", "0.08 behind the winner", "0,2 hinter".
_R_MARGIN_AFTER = re.compile(r"[ \u00a0]+(?:off|behind|adrift|ahead[ \u00a0]+of|clear[ \u00a0]+of|hinter|vor)(?![\w])")
# A race named in the sentence: an event ("400m hurdles", "100 metres", "freestyle") or a record.
_R_RACE = re.compile(
    r"(?i)(?<![\w])(?:hurdles|sprint|freestyle|backstroke|breaststroke|butterfly|medley|relay|steeplechase"
    r"|world[ \u00a0]+record|personal[ \u00a0]+best|season'?s[ \u00a0]+best|fastest[ \u00a0]+lap"
    # ("was third in 11.02, her fastest time since 2022")
    r"|fastest[ \u00a0]+time"
    r"|Hürden|Freistil|Rücken|Brust|Lagen|Staffel|Sprint|Weltrekord|Bestzeit)(?![\w])"
    r"|\d[ \u00a0]?(?:m|metres|meters|Meter)(?![\w])"
)


# "0.21 behind" is read with "behind" as its counted noun.
_MARGIN_NOUNS = frozenset(["off", "behind", "adrift", "ahead", "clear"])


def _is_seconds(h: _Hit) -> bool:
    return h.kind == "duration" and h.unit == "second"


def _race_seconds(text: str, hits: list[_Hit]) -> None:
    """Bare two- or three-decimal counts read as seconds in a race (see the module)."""
    cands = [
        h
        for h in hits
        if h.kind == "count" and (h.unit is None or h.unit in _MARGIN_NOUNS) and not isinstance(h.value, int)
    ]
    if not cands:
        return
    for h in cands:
        w = _R_WATCH.match(text, h.start)
        if w is None or h.value >= 1000 or (w.end() != h.end and h.unit is None):
            continue
        end = w.end()
        lo = max(text.rfind(". ", 0, h.start) + 1, 0)
        if _R_TIMED.search(text, max(0, h.start - 30), h.start) or _R_PLACED_IN.search(
            text, max(0, h.start - 20), h.start
        ):
            pass
        elif _R_IN.search(text, max(0, h.start - 6), h.start):
            hi = text.find(". ", end)
            hi = len(text) if hi < 0 else hi
            timed = any(_is_seconds(o) and lo <= o.start < hi for o in hits)
            if not timed and _R_RACE.search(text, lo, hi) is None:
                continue
        elif _R_MARGIN_AFTER.match(text, end):
            if not any(_is_seconds(o) and lo <= o.start < h.start for o in hits):
                continue
        else:
            continue
        if h.unit is not None and end == h.end:
            continue
        h.kind, h.unit, h.bare, h.end = "duration", "second", False, end
