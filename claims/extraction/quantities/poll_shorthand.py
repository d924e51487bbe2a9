"""English poll copy's shorthand for percentage points: a net rating, the gap between two shares written
with its sign and often without a unit ("net approval rating fell to minus nine points, from minus
two", "fell to minus 31 from minus 24"; batches 134, 205, 239, 434, 481, 497), and a later bare move
after one written in points ("down two points, with the Conservatives up three"; batches 120, 497)."""

from __future__ import annotations

import re

from .hits import _Hit

_R_NET_RATING = re.compile(
    r"(?i)(?<![\w])net[ \u00a0-]+(?:approval|satisfaction|favou?rability|favou?rable|popularity|rating)(?![\w])"
)
_R_SIGN_BEFORE = re.compile(r"(?i)(?<![\w])(?:minus|plus)[ \u00a0]+$")


def net_ratings(text: str, hits: list[_Hit]) -> None:
    if "net" not in text and "Net" not in text:
        return
    rating = _R_NET_RATING.search(text)
    if rating is None:
        return
    for h in hits:
        if (
            h.start > rating.end()
            and h.kind == "count"
            and h.unit in (None, "points", "point")
            and isinstance(h.value, int | float)
            and (h.value < 0 or _R_SIGN_BEFORE.search(text, max(0, h.start - 6), h.start))
        ):
            h.kind, h.unit = "percent", "pp"


# "Labour was on 34%, down two points, with the Conservatives up three at 28%": once a sentence has
# moved a share "up"/"down" in points, a later bare "up three" is the same move shortened (batches
# 120, 497).
_R_MOVE_BEFORE = re.compile(r"(?i)(?<![\w])(?:up|down)[ \u00a0]+$")


def elliptic_points(text: str, hits: list[_Hit]) -> None:
    if "up " not in text and "down " not in text:
        return
    seen = False
    for h in hits:
        moved = _R_MOVE_BEFORE.search(text, max(0, h.start - 6), h.start) is not None
        if h.unit == "pp" and moved:
            seen = True
        elif (
            seen
            and moved
            and h.kind == "count"
            and h.unit is None
            and isinstance(h.value, int | float)
            and 0 < h.value < 50
        ):
            h.kind, h.unit = "percent", "pp"
