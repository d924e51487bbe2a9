"""A bound written after its figure: "aged 65 and over", "aged 25 or over", "aged 5 and under",
"80 Jahre und älter"; it closes an inclusive bound ("at_least"/"at_most").

Only ages (in years, or in months or weeks after "aged"): the batches label the same words after
any other figure as no hedge ("$806,500 or below", "7nm and below"), a range's open end the reader
sees, not an estimate. "or more"/"oder mehr" right after a bare figure, a sum, a span or a share is the
one exception ("five or more", "drei oder mehr Kindern", "$18,000 or more", "two hours or more", "a tenth or
more": at least; twelve batches label the bare figure so against two early ones, spans five against four), while after
a measure's unit it stays none ("50 miles or more", "20 Grad oder mehr", as most batches label it).

Beside them two bounds written before the figure that the hedge reader (qualifiers) does not see: a
deadline's span after "spätestens" and a rank after "at least the"."""

from __future__ import annotations

import re

from .hits import _Hit
from .tables import _DURATION_UNITS

_BOUNDS = {
    "over": "at_least", "above": "at_least", "older": "at_least", "upwards": "at_least", "älter": "at_least",
    "darüber": "at_least", "under": "at_most", "below": "at_most", "younger": "at_most", "jünger": "at_most",
    "up": "at_least", "mehr": "at_least",  # ("im Alter von 80 Jahren und mehr", batches 132 and 372)
}  # fmt: skip
_LINKS = (" and ", " or ", " und ", " oder ", "\u00a0and ", "\u00a0or ", "\u00a0und ", "\u00a0oder ")
# "aged 65 and up", not "and up to 70".
_BOUND_WORDS = "|".join(k for k in _BOUNDS if k != "up") + r"|up(?![ \u00a0]+to(?![\w]))"
_R_BOUND_AFTER = re.compile(
    r"[ \u00a0]+(?:and|or|und|oder)[ \u00a0]+(" + _BOUND_WORDS + r")(?![\w\-])"
    # "and over the past decade", "and above all", "und darüber hinaus", "older than": the word
    # opens a phrase of its own or compares.
    r"(?![ \u00a0]+(?:the|a|an|this|that|these|those|its|their|his|her|our|next|past|last|recent|time|all"
    r"|than|der|die|das|den|dem|des|ein|eine|einen|einem|einer|hinaus|als)(?![\w]))"
)

# An infant's age in months or weeks after "aged": "children aged nine months and over".
_INFANT_UNITS = ("month", "week")


# "waited 28 days or longer", "60 Tage oder länger": a comparison of length closes a time's bound,
# any unit (the batches label these, unlike "sechs Minuten oder mehr").
_R_LONGER_AFTER = re.compile(r"[ \u00a0]+(?:or|oder|and|und)[ \u00a0]+(longer|länger|shorter|kürzer)(?![\w])")


_R_OLDER_AFTER = re.compile(
    r"[ \u00a0]+(?:or|and|oder|und)[ \u00a0]+(older|älter|younger|jünger)(?![\w])(?![ \u00a0]+(?:than|als))"
)


# A grade threshold: "grade 4 or above", "graded 7 or higher" (a mark's bound, as an age's).
_R_GRADE_BEFORE = re.compile(r"(?i)(?<![\w])grade[ds]?[ \u00a0]+$")
_R_OR_ABOVE = re.compile(r"[ \u00a0]+(?:or|and)[ \u00a0]+(?:above|higher|better)(?![\w])")


def _aged_before(text: str, s: int) -> bool:
    return text.endswith(("aged ", "aged\u00a0"), max(0, s - 6), s)


_R_OR_MORE = re.compile(
    r"[ \u00a0]+(?:or[ \u00a0]+more|oder[ \u00a0]+mehr)(?![\w\-])(?![ \u00a0]+(?:than|als)(?![\w]))"
)


def _bounds_after(text: str, hits: list[_Hit]) -> None:
    """Only an age (a duration in years) is bounded so: "It lost 12 and over time it shrank" has none."""
    for i, h in enumerate(hits):
        if h.qualifier is not None or not text.startswith(_LINKS, h.end):
            continue
        if (
            (h.kind in ("duration", "money", "fraction") or (h.kind == "count" and (h.unit is None or h.bare)))
            and _R_OR_MORE.match(text, h.end)
            and not (i + 1 < len(hits) and hits[i + 1].start < h.end + 12)
        ):
            h.qualifier = "at_least"  # "five or more", "two hours or more" (see the module's docstring)
            continue
        if h.kind == "count" and _R_GRADE_BEFORE.search(text, max(0, h.start - 8), h.start) and _R_OR_ABOVE.match(
            text, h.end
        ):
            h.qualifier = "at_least"  # "awarded grade 4 or above", "graded 7 or higher" (batch 409)
            continue
        if (
            h.kind == "count"
            and h.unit is None
            and h.bare
            and isinstance(h.value, int)
            and 0 < h.value < 120
            and (om := _R_OLDER_AFTER.match(text, h.end))
        ):
            # "is now 65 or older", "Menschen 80 und älter": a bare figure bounded by age is an age (batch 432)
            h.kind, h.unit = "duration", "year"
            h.qualifier = "at_least" if om.group(1) in ("older", "älter") else "at_most"
            continue
        if h.kind == "duration" and (lm := _R_LONGER_AFTER.match(text, h.end)):
            h.qualifier = "at_least" if lm.group(1) in ("longer", "länger") else "at_most"
            continue
        if h.kind != "duration" or (h.unit != "year" and not (h.unit in _INFANT_UNITS and _aged_before(text, h.start))):
            continue
        m = _R_BOUND_AFTER.match(text, h.end)
        if m is None:
            continue
        if i + 1 < len(hits) and hits[i + 1].start < m.end() + 3:
            continue  # "between 50 and over 100": the bound hedges the next figure
        h.qualifier = _BOUNDS[m.group(1).lower()]


# "spätestens zwölf Monate nach", "nach spätestens zwei Jahren", "spätestens nach drei Jahren",
# "spätestens alle vier Wochen": a deadline's span is a bound (batches 156, 176, 177, 214, 253); a year
# after it is none ("bis spätestens 2030").
# ("in spätestens 45 Jahren", a time from now, stays unbounded as the seventy-fourth labels it)
_R_LATEST_BEFORE = re.compile(
    r"(?<![\w])(?<!in[ \u00a0])[Ss]pätestens[ \u00a0]+(?:(?:nach|in|binnen|innerhalb|alle)[ \u00a0]+)?$"
)


def _latest_bounds(text: str, hits: list[_Hit]) -> None:
    if "pätestens" not in text:
        return
    for h in hits:
        if h.kind != "duration" or h.qualifier is not None:
            continue
        if _R_LATEST_BEFORE.search(text, max(0, h.start - 30), h.start):
            h.qualifier = "at_most"


# "It is at least the 112th time", "for at least the third time": a bound on a rank counted so far (batch 258).
_R_AT_LEAST_THE = re.compile(r"(?i)(?<![\w])at[ \u00a0]+least[ \u00a0]+the[ \u00a0]+$")


def _bounded_ordinals(text: str, hits: list[_Hit]) -> None:
    if "least the" not in text:
        return
    for h in hits:
        if h.kind == "ordinal" and h.qualifier is None and _R_AT_LEAST_THE.search(text, max(0, h.start - 16), h.start):
            h.qualifier = "at_least"


# "40-odd of the 120 areas", "20,000-odd positions": about; "20-plus months", "$2bn-plus": over (batch 328);
# "40-ish pounds": about (batch 445).
# The suffix was read as the counted noun; a unit of time after it makes the figure a duration, a
# currency's name money.
_GLUED_HEDGES = {"odd": "about", "plus": "over", "ish": "about"}
_R_GLUED_HEDGE = re.compile(r"-(odd|plus|ish)(?![\w\-])")
_R_TIME_UNIT_NEXT = re.compile(r"[ \u00a0]+(years|months|weeks|days|hours|minutes)(?![\w])")
_R_CURRENCY_NEXT = re.compile(r"[ \u00a0]+(pounds|euros|dollars)(?![\w])")
_CURRENCY_NAMES = {"pounds": "GBP", "euros": "EUR", "dollars": "USD"}


# "a third or so of the pollution", "20 or so people", "£238 or thereabouts": about; "two hours, tops": at most.
_R_OR_SO = re.compile(r"[ \u00a0]+or[ \u00a0]+(?:so|thereabouts)(?![\w\-])")
_R_TOPS = re.compile(r",[ \u00a0]+tops(?=[,.;:]|$)")
# "six weeks, give or take": about (batch 452).
_R_GIVE_OR_TAKE = re.compile(r",?[ \u00a0]+give[ \u00a0]+or[ \u00a0]+take(?![\w])")
# "$412 million and change": a little over (batch 376).
_R_AND_CHANGE = re.compile(r"[ \u00a0]+and[ \u00a0]+change(?![\w\-])")
# "drei Jahre mindestens,", "within five days at the most.": a bound after a span closing its clause (batch 426).
_R_BOUND_CLOSING = re.compile(
    r"[ \u00a0]+(?:(mindestens|at[ \u00a0]+least)|(höchstens|at[ \u00a0]+(?:the[ \u00a0]+)?most))(?=[.,;:)!?]|$)"
)
# "1% at best", "six weeks at a minimum", "14 straight games and counting", "fünf Zentimetern oder so",
# "120,000 max" (batch 445): a hedge after the figure (or its noun) closing the clause.
_R_TRAILING_HEDGE = re.compile(
    r"(?:[ \u00a0]+[a-zäöüß]+){0,2}?[ \u00a0]+(?:(at[ \u00a0]+a[ \u00a0]+minimum)(?![\w])"
    r"|(at[ \u00a0]+best|and[ \u00a0]+counting|oder[ \u00a0]+so|max|at[ \u00a0]+the[ \u00a0]+outside"
    r"|and[ \u00a0]+then[ \u00a0]+some|plus[ \u00a0]+x)(?=[.,;:!?“”\"»]|$))"
)
# ("$40 million at the outside", "75 million pounds for charity and then some", "zwölf Prozent plus x", batch 460)
_TRAILING_HEDGES = {
    "best": "at_most", "minimum": "at_least", "counting": "at_least", "so": "about", "max": "at_most",
    "outside": "at_most", "some": "over", "x": "over",
}  # fmt: skip
# "three percentage points of that growth, more or less", "3.5% by Christmas, if that" (batch 460).
_R_COMMA_HEDGE = re.compile(
    r"(?:[ \u00a0]+[A-Za-z]+){0,3}?,[ \u00a0]+(more[ \u00a0]+or[ \u00a0]+less|if[ \u00a0]+that)(?=[.,;:!?“”\"»]|$)"
)
_AFTER_WORDS = (
    "-odd", "-plus", "-ish", " or ", ", tops", " and change", "mindestens", "höchstens", "at least", "at most",
    "the most", " at best", "minimum", "counting", "oder so", " max", " give or take", " outside", "then some",
    "plus x", "more or less", "if that",
)


def _hedges_after(text: str, hits: list[_Hit]) -> None:
    """Hedges written after a figure: "-odd", "-plus", "-ish", "or so", "or thereabouts", "and change", ", tops", a
    span's closing "mindestens"/"at the most"."""
    if not any(word in text for word in _AFTER_WORDS):
        return
    for h in hits:
        if h.qualifier is not None:
            continue
        if _R_OR_SO.match(text, h.end):
            h.qualifier = "about"
            continue
        if _R_AND_CHANGE.match(text, h.end):
            h.qualifier = "over"
            continue
        if _R_TOPS.match(text, h.end):
            h.qualifier = "at_most"
            continue
        if _R_GIVE_OR_TAKE.match(text, h.end):
            h.qualifier = "about"
            continue
        if h.kind == "duration" and (bc := _R_BOUND_CLOSING.match(text, h.end)):
            h.qualifier = "at_least" if bc.group(1) else "at_most"
            continue
        if (ta := _R_TRAILING_HEDGE.match(text, h.end)) is not None:
            h.qualifier = _TRAILING_HEDGES[(ta.group(1) or ta.group(2)).split()[-1]]
            continue
        if (ch := _R_COMMA_HEDGE.match(text, h.end)) is not None:
            h.qualifier = "about" if ch.group(1).startswith("more") else "at_most"
            continue
        if h.kind == "count" and h.unit in _GLUED_HEDGES and text.startswith("-" + h.unit, h.end - len(h.unit) - 1):
            h.qualifier, h.unit = _GLUED_HEDGES[h.unit], None
            if (tu := _R_TIME_UNIT_NEXT.match(text, h.end)) is not None:
                unit, factor = _DURATION_UNITS[tu.group(1)]
                h.kind, h.unit, h.end = "duration", unit, tu.end()
                h.value = h.value * factor
            elif (cu := _R_CURRENCY_NEXT.match(text, h.end)) is not None:
                h.kind, h.unit, h.end = "money", _CURRENCY_NAMES[cu.group(1)], cu.end()
        elif h.kind in ("money", "count", "duration") and (m := _R_GLUED_HEDGE.match(text, h.end)) is not None:
            h.qualifier = _GLUED_HEDGES[m.group(1)]
