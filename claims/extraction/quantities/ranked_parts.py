"""A part of a population ranked by a superlative: "the poorest tenth", "the top fifth of
earners", "das reichste Zehntel der Haushalte" are fractions (a tenth, a fifth), not ranks. The
ordinal stands alone after the superlative: before "of", a verb or the end of the clause; before a
noun it numbers it ("the latest fifth round", "the strongest third quarter"). "quarter" and
"Viertel" stay out: "the poorest quarter of the city", "das ärmste Viertel" is a district."""

from __future__ import annotations

import re

from ..numbers import parse_german_ordinal
from ..wordtrie import word_list
from .hits import _Hit
from .qualifiers import _qualifier

# Also a superlative heading a hyphenated compound: "the lowest-paid tenth", "the best-off fifth",
# "the highest-earning tenth", "the worst-off third".
_R_SUPERLATIVE_BEFORE_EN = re.compile(
    r"(?i)(?<![\w])the[ \u00a0]+(?:[a-z]+est|worst|least|most|top|bottom|upper|lower)(?:-[a-z]+){0,2}[ \u00a0]+$"
)
_ALONE_AFTER_EN = word_list("""
    of in on at among across from with by and or who that which will would could should may might can must
    is are was were has have had saw see sees gained gains gain lost lose loses pay pays paid got get gets
    receive receives received own owns owned hold holds held earn earns earned account accounts accounted
    """)
_R_ALONE_AFTER_EN = re.compile(r"[ \u00a0]*(?:[.,;:!?)]|$)|[ \u00a0]+(?:" + "|".join(_ALONE_AFTER_EN) + r")(?![\w\-])")


def _en_ranked_part(text: str, s: int, e: int, ordinal: int) -> _Hit | None:
    if ordinal < 3 or ordinal == 4 or not _R_SUPERLATIVE_BEFORE_EN.search(text, max(0, s - 40), s):
        return None
    if not _R_ALONE_AFTER_EN.match(text, e):
        return None
    return _Hit("fraction", round(1 / ordinal, 4), None, s, e, _qualifier(text, s))


# "das reichste Zehntel", "dem ärmsten Fünftel", "im obersten Zehntel"; not an ordinal ending
# in "-ste" ("im ersten Drittel", "das zwanzigste Drittel"). A superlative may head a compound
# adjective: "das bestbezahlte Zehntel", "dem schlechtestverdienenden Fünftel".
_R_SUPERLATIVE_BEFORE_DE = re.compile(
    r"(?i)(?<![\w])(?:das|dem|des|im)[ \u00a0]+"
    r"([a-zäöüß]+ste[nms]?|(?:best|schlechtest|höchst|niedrigst|geringst|meist)[a-zäöüß]{3,}e[nms]?)[ \u00a0]+$"
)


def _de_ranked_part(text: str, s: int, e: int, den: int) -> _Hit | None:
    if den == 4:
        return None
    m = _R_SUPERLATIVE_BEFORE_DE.search(text, max(0, s - 40), s)
    if m is None or parse_german_ordinal(m.group(1).lower()):
        return None
    return _Hit("fraction", round(1 / den, 4), None, s, e, _qualifier(text, s))
