"""English "one or two cuts": the first figure of a pair joined by "or" before a noun is a count
too. "one" alone before "or" is a pronoun ("one or the other", "one or more of them"), so the
word scan leaves it; here it is read back when the figure after "or" counts a noun or measures a
unit, and the range carrying (neighbours) gives it that noun or unit ("one or two weeks")."""

from __future__ import annotations

import re
from decimal import Decimal

from .hits import _Hit
from .qualifiers import _qualifier

_R_ONE_OR_BEFORE = re.compile(r"(?<![\w\-])([Oo]ne)[ \u00a0]+or[ \u00a0]+$")
_KINDS = ("count", "duration", "percent", "money")
_R_ADJ_NOUN_AFTER = re.compile(
    r"[ \u00a0]+(?:further|more|additional|extra|new|other|major|minor|small|big|large|quick|rate)[ \u00a0]+[a-z]{3,}"
)


def _one_or_pairs(text: str, hits: list[_Hit]) -> None:
    if "ne or " not in text:
        return
    for i, b in enumerate(hits):
        if b.kind not in _KINDS or b.raw is None or not 1 < b.raw <= 12:
            continue
        if b.unit is None and not _R_ADJ_NOUN_AFTER.match(text, b.end):
            continue  # "one or two of them": no noun counted after the pair ("two further cuts" has one)
        m = _R_ONE_OR_BEFORE.search(text, max(0, b.start - 10), b.start)
        if m is None or (i and hits[i - 1].end > m.start(1)):
            continue
        hit = _Hit("count", 1, None, m.start(1), m.end(1), _qualifier(text, m.start(1)), Decimal(1), bare=True)
        hits.insert(i, hit)
