"""A number word after "minus" is negative, as a figure after it is: "auf bis zu minus zwölf
Grad" -12 with the hedge before "minus" ("bis zu minus 12 Grad" reads so in ``digits``); a
tolerance ("plus oder minus zwei Prozent", "plus or minus two points") keeps its sign. A temperature
"below zero" is negative too ("elf Grad unter null" -11, "14 degrees below zero" -14; batch 360)."""

from __future__ import annotations

import re

from .digits import _R_PLUS_BEFORE_MINUS
from .hits import _Hit
from .qualifiers import _qualifier

# Lower-case only: "ein Minus von zwei Prozent" names a loss, the figure stays as written.
_R_MINUS_WORD = re.compile(r"(?<![\w])(?<!T-)(?<!T )minus[ \u00a0]+$")  # ("bei T minus sieben Minuten": a countdown)
_SIGNED_KINDS = ("count", "percent")


def minus_word(text: str, hit: _Hit) -> None:
    """Negate a count or share read from a number word right after "minus" (the caller checks
    that "minus" stands within seven characters before it)."""
    if hit.kind not in _SIGNED_KINDS or not isinstance(hit.value, int | float) or hit.value <= 0:
        return
    m = _R_MINUS_WORD.search(text, max(0, hit.start - 7), hit.start)
    if m is None or _R_PLUS_BEFORE_MINUS.search(text, max(0, m.start() - 12), m.start()):
        return
    _negate(hit)
    hit.start = m.start()
    hit.qualifier = _qualifier(text, m.start())


# ("unter dem Nullpunkt" too; the span stays the figure and its unit)
_R_BELOW_ZERO = re.compile(
    r"[ \u00a0]+(?:unter[ \u00a0]+(?:null|Null|dem[ \u00a0]+Nullpunkt)|below[ \u00a0]+zero)(?![\w])"
)
_R_CLAUSE_END = re.compile(r"[ \u00a0]*(?:[,.;:)]|$)")
_DEGREES = frozenset(["Grad", "degrees", "degree", "°", "°C", "Grad Celsius", "degrees Celsius"])


def below_zero(text: str, hits: list[_Hit]) -> None:
    """Negate degrees followed by "unter null" / "below zero", and a bare "29 below" (the caller checks that
    one of them stands in the text)."""
    for hit in hits:
        if (
            hit.kind == "count"
            and hit.unit == "below"
            and isinstance(hit.value, int | float)
            and 0 < hit.value < 100
            and _R_CLAUSE_END.match(text, hit.end)  # ("25 million below the 2019 level" compares)
        ):
            _negate(hit)  # "Duluth fell to 29 below": degrees unwritten (batch 382)
            hit.unit = None
            continue
        if hit.kind == "count" and hit.unit == "below" and text.startswith(" zero", hit.end) and 0 < hit.value < 100:
            _negate(hit)  # "plunged to 31 below zero" (batch 452)
            hit.unit = None
            hit.end += 5
            continue
        if (
            hit.kind == "count"
            and hit.unit in _DEGREES
            and isinstance(hit.value, int | float)
            and hit.value > 0
            and _R_BELOW_ZERO.match(text, hit.end)
        ):
            _negate(hit)


def _negate(hit: _Hit) -> None:
    hit.value = -hit.value
    if hit.raw is not None:
        hit.raw = -hit.raw
