"""Drawn lottery numbers: labels from a drum, not amounts ("die Gewinnzahlen 3, 12 und 41")."""

from __future__ import annotations

import re

from .hits import _Hit

# A draw is named by its balls or its game; "Jackpot" alone is not enough ("38 drawings" count).
_R_DRAW = re.compile(
    r"(?i)(?:gewinnzahl|zusatzzahl|superzahl|eurozahl|glückszahl|\bjoker\b|\blotto\b|\bspiel[ \u00a0]77\b"
    r"|\bsuper[ \u00a0]6\b|winning[ \u00a0](?:\w+[ \u00a0])?numbers|bonus[ \u00a0]ball|powerball|mega[ \u00a0]ball"
    r"|thunderball|lucky[ \u00a0]stars|supplementar|euromillions|mega[ \u00a0]millions|numbers[ \u00a0]drawn)"
)
# Words one of which every _R_DRAW match holds, lower-cased: a cheap gate before the case-blind scan.
_DRAW_WORDS = (
    "zahl",
    "joker",
    "lotto",
    "spiel",
    "super",
    "winning",
    "ball",
    "lucky",
    "supplementar",
    "euromillions",
    "mega",
    "numbers",
)
# A drawn number: one or two bare digits (a game's "6 aus 49" and "Spiel 77" too).
_R_BALL = re.compile(r"\d{1,2}")
# "1 zu 140 Millionen", "1 in 292.2 million": odds, which count; "2. Gewinnklasse": a German ordinal.
_R_ODDS_AFTER = re.compile(r"[ \u00a0]+(?:zu|in)[ \u00a0]+\d|\.[ \u00a0]*\w")


def _lottery_draws(text: str, hits: list[_Hit]) -> None:
    """Blank bare one- or two-digit counts in a sentence that names a lottery draw."""
    balls = [
        h
        for h in hits
        if h.kind == "count"
        and h.unit is None
        and h.qualifier is None
        and _R_BALL.fullmatch(text, h.start, h.end)
        and _R_ODDS_AFTER.match(text, h.end) is None
    ]
    # _R_DRAW is a slow case-blind scan of the whole text: only when balls and a draw word are there.
    if not balls:
        return
    low = text.lower()
    if any(w in low for w in _DRAW_WORDS) and _R_DRAW.search(text) is not None:
        for h in balls:
            h.kind = None
