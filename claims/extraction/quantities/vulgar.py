"""Vulgar fraction characters and mixed numbers: "3½-Zimmer-Wohnung" 3.5, "2¼ hours" 2.25,
"½ Liter" 0.5, "3 ½ Zimmer" and "2 1/2 Stunden" 2.5.

The digit anchor stops before the character (it is no decimal digit), so a figure glued to one
takes its share in ``digits``, and one standing alone gets an anchor of its own here.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .cardinals import _complete
from .context import _is_word_char
from .english_shares import _fraction_point
from .hits import _Hit
from .qualifiers import _qualifier

VULGAR = {
    "½": Decimal("0.5"), "¼": Decimal("0.25"), "¾": Decimal("0.75"),
    # (thirds and sixths as the issue writes "ein Drittel": 0.3333)
    "⅓": Decimal("0.3333"), "⅔": Decimal("0.6667"), "⅕": Decimal("0.2"), "⅖": Decimal("0.4"), "⅗": Decimal("0.6"),
    "⅘": Decimal("0.8"), "⅙": Decimal("0.1667"), "⅚": Decimal("0.8333"), "⅛": Decimal("0.125"),
    "⅜": Decimal("0.375"), "⅝": Decimal("0.625"), "⅞": Decimal("0.875"),
}


def vulgar_anchors(text: str) -> list[tuple[int, int, int, None]]:
    """Digit anchors (kind 0) for a fraction character standing alone ("½ Liter", "¾ of voters")."""
    if text.isascii():
        return []
    found = []
    for ch in VULGAR:
        i = text.find(ch)
        while i >= 0:
            if not (i and _is_word_char(text[i - 1])):  # glued to a figure: read with it ("3½")
                found.append((i, i + 1, 0, None))
            i = text.find(ch, i + 1)
    return found


# "¼ der Befragten", "¾ aller Stimmen", "½ of voters": a share of a group, as "ein Viertel der".
_R_SHARE_OF = re.compile(r"[ \u00a0]+(?:der|des|aller|von|of)(?![\w])")
_R_GLUED_POINT = re.compile(r"-(?:percentage-)?point(?![\w\-])")


def vulgar_alone(text: str, s: int, lang: str) -> _Hit | None:
    """ "½ Liter" count 0.5, "¾ Stunde" 0.75 hours; a share of a group or nothing measured
    after it is a fraction, as "3/4" is ("¼ der Befragten" 0.25)."""
    share = float(VULGAR[text[s]])
    if (pt := _R_GLUED_POINT.match(text, s + 1)) is not None or text[s + 1 : s + 2] in (" ", "\u00a0"):
        # "a ¼-point rate cut", "by ¼ percentage point": percentage points, as "a quarter-point cut"
        hit = _fraction_point(text, s, pt.end() if pt else s + 1, share, glued=pt is not None)
        if hit is not None:
            return hit
    if _R_SHARE_OF.match(text, s + 1):
        return _Hit("fraction", share, None, s, s + 1, _qualifier(text, s))
    hit = _complete(text, lang, VULGAR[text[s]], s, s + 1, s, is_digits=True, raw=text[s])
    if hit is not None and hit.kind == "count" and hit.unit is None:
        hit.kind, hit.value = "fraction", share
    return hit


# A whole figure, a space and a share of halves, thirds, quarters or eighths: "2 1/2 Stunden", "3 ½
# Zimmer", "over 6 1/3 innings" (batch 395). (Reuters glues it with a hyphen: "a 2-1/2-year low")
_R_MIXED_SLASH = re.compile(r"[ \u00a0\-]([1-7])/([2348])(?![\w/]|[.,]\d)")


def mixed_share(text: str, e: int) -> tuple[Decimal, int] | None:
    """The share after the whole figure ending at ``e`` and where it ends, or None."""
    ch = text[e + 1 : e + 2]
    if ch in VULGAR:
        return (VULGAR[ch], e + 2) if not _is_word_char(text[e + 2 : e + 3] or " ") else None
    m = _R_MIXED_SLASH.match(text, e)
    if m is None or int(m.group(1)) >= int(m.group(2)):
        return None
    return round(Decimal(m.group(1)) / Decimal(m.group(2)), 4), m.end()  # (a third as 0.3333)
