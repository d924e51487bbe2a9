"""Years told by their era: "2465 BC", "um 480 v. Chr.", "zwischen 360 und 190 vor Christus" are years before
Christ, negative ("from around 2465 to 2323 BC" gives -2465 and -2323: the marker written once covers both
ends of a range); "A.D. 79", "im Jahr 9 nach Christus" are years as written; and a year of three digits or
fewer after "im Jahr" or "in the year" ("aus dem Jahr 274") is a year, not a count."""

from __future__ import annotations

import re

from ..numbers import to_json_number
from .hits import _Hit
from .qualifiers import _qualifier

# Cheap gates, read at each bare figure (a whole-text scan cost more than all the figures' checks): the
# first letter of an era marker after it, the end of "A.D."/"AD" or of a year noun before it.
_ERA_FIRST = frozenset("BACvn")
_YEAR_NOUN_ENDS = ("Jahr ", "Jahre ", "Jahres ", "year ", "Year ")

_R_ERA_AFTER = re.compile(
    r"[ \u00a0]*(?:(?P<bc>B\.[ \u00a0]?C\.(?:[ \u00a0]?E\.)?|BCE|BC|v\.[ \u00a0]?Chr\.?|vor[ \u00a0]+Christ(?:us|i"
    r"(?:[ \u00a0]+Geburt)?)|v\.[ \u00a0]?u\.[ \u00a0]?Z\.?)|(?P<ad>A\.[ \u00a0]?D\.|AD|CE|n\.[ \u00a0]?Chr\.?"
    r"|nach[ \u00a0]+Christ(?:us|i(?:[ \u00a0]+Geburt)?)))(?![\w])"
)
_R_PROVINCE_AFTER = re.compile(r"[ \u00a0]+[a-z]")
_R_ERA_BEFORE = re.compile(r"(?<![\w])(?:A\.[ \u00a0]?D\.|AD)[ \u00a0]+$")
# The link between the two ends of a range whose era is written once.
_R_RANGE = re.compile(
    r"^(?:[ \u00a0]*[-–][ \u00a0]*|[ \u00a0]+(?:to|and|bis|und|or|oder)[ \u00a0]+(?:around[ \u00a0]+|etwa[ \u00a0]+)?)$"
)
_R_YEAR_NOUN_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:im|dem|des|aus[ \u00a0]+dem|in[ \u00a0]+the)[ \u00a0]+(?:Jahre?s?|year)[ \u00a0]+$"
)


def _bare_integer(h: _Hit) -> bool:
    return (
        h.kind in ("count", "year")
        and h.raw is not None
        and h.raw == h.raw.to_integral_value()
        and 0 < h.raw < 10000
        and h.scale == 1
        and (h.kind == "year" or h.unit is None)
    )


def _to_year(h: _Hit, before_christ: bool) -> None:
    h.kind, h.unit, h.bare = "year", None, False
    h.value = to_json_number(-h.raw if before_christ else h.raw)


def _era_years(text: str, hits: list[_Hit]) -> None:
    """See the module docstring."""
    for i, h in enumerate(hits):
        if not _bare_integer(h):
            continue
        j = h.end + 1 if text[h.end : h.end + 1] in " \u00a0" else h.end
        era = _R_ERA_AFTER.match(text, h.end) if text[j : j + 1] in _ERA_FIRST else None
        if era is not None and 1900 <= h.raw <= 2100 and _R_PROVINCE_AFTER.match(text, era.end()):
            era = None  # "the 2024 B.C. election": British Columbia in Canadian copy
        if era is not None:
            bc = era.group("bc") is not None
            _to_year(h, bc)
            if h.qualifier is None and text.endswith(("um ", "Um "), max(0, h.start - 3), h.start):
                h.qualifier = "about"  # "um 380 nach Christus", "um 2300 v. Chr.": around (batch 346)
            if i > 0 and _bare_integer(hits[i - 1]) and _R_RANGE.match(text[hits[i - 1].end : h.start]):
                _to_year(hits[i - 1], bc)  # "from around 2465 to 2323 BC"
            continue
        if text[h.start - 2 : h.start - 1] in ("D", ".") and (
            before := _R_ERA_BEFORE.search(text, max(0, h.start - 8), h.start)
        ):
            _to_year(h, False)  # "A.D. 79"
            h.qualifier = h.qualifier or _qualifier(text, before.start())  # "from around A.D. 250"
            if i + 1 < len(hits) and _bare_integer(hits[i + 1]) and _R_RANGE.match(text[h.end : hits[i + 1].start]):
                _to_year(hits[i + 1], False)  # "from around A.D. 250 to 900"
            continue
        if (
            h.kind == "count"
            and h.raw < 1000
            and text.endswith(_YEAR_NOUN_ENDS, max(0, h.start - 7), h.start)
            and _R_YEAR_NOUN_BEFORE.search(text, max(0, h.start - 16), h.start)
        ):
            _to_year(h, False)  # "aus dem Jahr 274"
