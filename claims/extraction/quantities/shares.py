"""Shares written as a part of a whole: "one in 25", "zwei von drei", "9 out of 10", "one in
40,000", "one child in 14"."""

from __future__ import annotations

import re
from decimal import Decimal

from ..numbers import parse_digits, parse_english_words, parse_german_word
from ..wordtrie import word_list
from .units import _R_DURATION

# The whole: a number word, up to three digits, or digits grouped in thousands ("one in 40,000",
# "1 in 1,000"); a bare four-digit figure is left alone ("won one in 2024"). "four out of every
# five", "one in every ten" are the same share, as "one in a hundred", "one in a thousand".
_R_OF_FRACTION = re.compile(
    r"[ \u00a0]+(von|out of|in)[ \u00a0]+"
    r"(?:every[ \u00a0]+|an?[ \u00a0]+(?=(?:hundred|thousand|million)\b(?![ \u00a0\-]+year)))?"
    r"(\d{1,3}(?:[,.\u00a0]\d{3})+|\d{1,3}|[A-Za-zäöüß]+)\b(?![,.]\d)"
)
# "one child in 14 dies", "one adult in five": a person counted between "one" and "in".
_R_ONE_PERSON_IN = re.compile(r"[ \u00a0]+([a-z]+)(?=[ \u00a0]+in[ \u00a0])")
_PERSONS_OF_A_SHARE = frozenset(
    word_list("""
    child adult person woman man girl boy baby infant newborn patient worker employee student pupil voter
    household family resident teenager pensioner respondent
    listing home house property sale company firm business school hospital loan mortgage
    """)
)
# "Stufe 3 von 4", "level 4 out of 5": a level and the top of its scale, two counts.
_R_LEVEL_BEFORE = re.compile(r"(?i)(?<![\w])(?:[\w\-]*stufe|level|kategorie|category)[ \u00a0]+$")
# "nur drei von fünf Sternen", "four out of five stars": a score on a scale of stars is a rating,
# the figure and the scale both counts, not a share of a group.
_R_RATING_AFTER = re.compile(
    r"[ \u00a0]+(?:möglichen[ \u00a0]+)?(?:Sternen|Sterne|stars|possible[ \u00a0]+stars)(?![\w])"
)
_R_TOP_BEFORE = re.compile(r"(?i)(?<![\w])top[ \u00a0]+$")
# "children aged 10 to 14 in 1,920 municipalities": an age range's end, then where (batch 362)
_R_AGE_RANGE_BEFORE = re.compile(r"(?i)(?<![\w])(?:aged|ages)[ \u00a0]+\d+[ \u00a0]+(?:to|and)[ \u00a0]+$")
_POWERS_OF_TEN = frozenset(Decimal(10**k) for k in range(2, 7))


def share_value(share: Decimal) -> float:
    """A share rounded to 4 places; a small one keeps 4 significant digits (1/40,000 is 0.000025)."""
    return round(float(share), 4) if share >= Decimal("0.001") else float(f"{share:.4g}")


def _whole(token: str, lang: str) -> Decimal | None:
    if token[0].isdigit():
        return parse_digits(token, lang)
    return parse_german_word(token) if lang == "de" else parse_english_words(token)


def _share_of(link: str, denom: Decimal) -> bool:
    """ "one in 25", "zwei von drei", "9 out of 10", "eine von 10.000" state a share; "45 von 52
    Drohnen" counts two things, like "48 of 62 drones"."""
    return link == "in" or denom <= 10 or denom in _POWERS_OF_TEN


def share_after(text: str, lang: str, value: Decimal, pos: int, num_start: int) -> tuple[float, int] | None:
    """The share that the figure ``value`` ending at ``pos`` makes with the whole after it, and where
    the whole ends; None when no whole follows."""
    if value != int(value) or value <= 0:
        return None
    fm = _R_OF_FRACTION.match(text, pos)
    if fm is None or (num_start and _R_LEVEL_BEFORE.search(text, max(0, num_start - 40), num_start)):
        return None
    if fm.group(1) == "in" and (
        # "reached the top 10 in 91 countries": a chart's top, then where; an age range's end, then where
        (num_start and _R_TOP_BEFORE.search(text, max(0, num_start - 8), num_start))
        or (num_start and _R_AGE_RANGE_BEFORE.search(text, max(0, num_start - 16), num_start))
        or 1900 <= value <= 2100  # "wurden 2029 in 3.406 Fällen Messer erfasst": a year, then where (batch 377)
    ):
        return None
    denom = _whole(fm.group(2), lang)
    if denom is None or not value < denom or not _share_of(fm.group(1), denom):
        return None
    if fm.group(1) != "in" and _R_RATING_AFTER.match(text, fm.end()):
        return None  # "drei von fünf Sternen": a rating, two counts (sixtieth batch)
    return share_value(value / denom), fm.end()


def person_share_after(text: str, pos: int) -> tuple[float, int] | None:
    """ "one child in 14 dies", "one adult in five": "one", a person, "in" and the whole; not a
    span of time after it ("one patient in 14 days")."""
    pm = _R_ONE_PERSON_IN.match(text, pos)
    if pm is None or pm.group(1) not in _PERSONS_OF_A_SHARE:
        return None
    share = share_after(text, "en", Decimal(1), pm.end(), 0)
    if share is None or _R_DURATION.match(text, share[1]):
        return None
    return share


# "35 deaths per million inhabitants", "39 Getötete pro Million Einwohner", "5.1 deaths per billion vehicle
# miles": a count of things and the base of its rate (batch 312); not a concentration ("430 parts per
# million", "Teile pro Milliarde") nor a price ("$9.85 per million British thermal units", "1,80 Euro pro
# Million Wörter": no counted noun, or a currency, before "per").
_R_RATE_BEFORE = re.compile(
    r"\d(?:[ \u00a0]+([^\W\d_][\w\-]*))(?:[ \u00a0]+[^\W\d_][\w\-]*)?[ \u00a0]+(?:per|pro|je)[ \u00a0]+$"
)
_NOT_RATE_NOUNS = frozenset(
    word_list("parts part teile teilen euro euros dollar dollars pound pounds franken francs cent cents pence")
)


def rate_base(text: str, s: int) -> bool:
    m = _R_RATE_BEFORE.search(text, max(0, s - 60), s)
    return m is not None and m.group(1).lower() not in _NOT_RATE_NOUNS
