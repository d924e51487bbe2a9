"""Dates and times of day: month names after a day, ISO and numeric dates, clock forms."""

from __future__ import annotations

import re

from ..wordtrie import word_list
from .hits import _Hit
from .tables import _MONTH_DE, _MONTH_EN, _MONTHS

# A date's year (1500-2199): "am 10. März 1200 Personen" counts people.
_YEAR = r"((?:1[5-9]|2[01])\d\d)\b"
_R_DE_DATE = re.compile(r"\.[ \u00a0]*(" + _MONTH_DE + r")(?:[ \u00a0]+" + _YEAR + ")?")
# ("zwischen dem 2. und dem 10. März")
_R_DE_DATE_RANGE = re.compile(
    # ("am 26./27. September", batch 342)
    r"\.[ \u00a0]*(?:bis(?:[ \u00a0]+zum)?|und(?:[ \u00a0]+dem)?|[-–/])[ \u00a0]*\d{1,2}\.[ \u00a0]*(" + _MONTH_DE
    + r")(?:[ \u00a0]+" + _YEAR + ")?"
)
_R_EN_DATE = re.compile(
    r"(?:st|nd|rd|th)?[ \u00a0]+(?:of[ \u00a0]+)?(" + _MONTH_EN + r")(?![\w])(?:,?[ \u00a0]+" + _YEAR + ")?"
)
# "from 25 to 28 December", "between 3 and 5 March 2025", "25-28 December": the first day of a range
# takes the month (and year) of the second, as German "vom 6. bis 9. Juni".
_R_EN_DATE_RANGE = re.compile(
    r"(?:st|nd|rd|th)?(?:[ \u00a0]+(?:to|and|until|till|through)[ \u00a0]+|[ \u00a0]?[-–][ \u00a0]?)(\d{1,2})"
    r"(?:st|nd|rd|th)?[ \u00a0]+(?:of[ \u00a0]+)?(" + _MONTH_EN + r")(?![\w])(?:,?[ \u00a0]+(\d{4})\b)?"
)
_R_ISO_DATE = re.compile(r"-(\d{2})-(\d{2})\b")
_R_NUM_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$")
# Time zones in capitals as wire copy writes them after a clock time ("1432 AEDT", "0600 GMT").
_ZONE_NAMES = word_list(
    "GMT UTC CET CEST MEZ MESZ EST EDT ET BST AEDT AEST ACDT ACST AWST NZDT NZST PST PDT CST CDT MST MDT"
    " IST JST HKT SGT EET EEST MSK"
)
_R_TIME_AFTER = re.compile(
    r"[ \u00a0]*(?:Uhr\b|h\b|a\.m\.|p\.m\.|am\b|pm\b|(?:" + "|".join(_ZONE_NAMES) + r")\b|local time|Ortszeit)"
)

_R_CLOCK_DE = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")
# "von 10 bis 20.30 Uhr", "von 8 bis 12 Uhr", "from 9 to 11am": a clock word written once after a
# range serves both ends, so the first figure is a clock time too.
_R_CLOCK_RANGE_END = re.compile(
    r"[ \u00a0]*(?:bis|und|[-–]|to|until|till|and)[ \u00a0]*(\d{1,2}(?:[.:]\d{2})?)[ \u00a0]*"
    r"(?:Uhr(?![\w])|a\.m\.|p\.m\.|am(?![\w])|pm(?![\w]))"
)
# "14/06/2019", "Born: 22/11/1991": a numeric date with slashes and a four-digit year.
_R_SLASH_DATE = re.compile(r"/(\d{1,2})/(\d{4}|\d{2})(?![\d/]|[.,]\d)")
# Any slashed date of the sentence whose second part is above 12: the copy writes its month first ("dated
# 2/27/26 ... until 3/4/26", batch 382).
_R_MONTH_FIRST = re.compile(r"(?<![\d/])\d{1,2}/(?:1[3-9]|2\d|3[01])/(?:\d{4}|\d{2})(?![\d/])")
# "am 14.4.", "vom 1.7. bis 3.7.", "Dienstag, 14.4.": a German day and month without a year after a
# word that introduces a date (a decimal point would stand in Swiss copy: "bei 14.4.").
_R_DE_SHORT_DATE_BEFORE = re.compile(
    r"(?i)(?:(?<![\w])(?:am|vom|ab|bis|zum|seit|den|dem|montag|dienstag|mittwoch|donnerstag|freitag"
    # (and a diary's abbreviated weekday: "Sa., 7.9., 16.00 Uhr: Formel 1", batch 356)
    r"|samstag|sonntag|(?-i:Mo|Di|Mi|Do|Fr|Sa|So)\.,),?[ \u00a0]+|\()$"
)

# First characters of what _R_TIME_AFTER and _R_EN_DATE (after a space) look for.
_TIME_FIRST = "UhaplO" + "".join(sorted({z[0] for z in _ZONE_NAMES}))
_EN_DATE_FIRST = "JFMASONDo"


def _looks_like_clock(raw: str) -> bool:
    m = re.fullmatch(r"(\d{1,2})(?:[.:](\d{2}))?", raw)
    return bool(m) and int(m.group(1)) <= 24 and (m.group(2) is None or int(m.group(2)) < 60)


def slash_date(text: str, s: int, e: int, raw: str) -> _Hit | None:
    """ "14/06/2019" day first, as British, Australian and German copy writes it; "6/14/2019"
    month first only where no day-first reading exists (a second part above 12, here or in another
    slashed date of the text)."""
    m = _R_SLASH_DATE.match(text, e)
    if m is None or not raw.isdigit() or len(raw) > 2 or (s and (text[s - 1] in "/.-" or text[s - 1].isdigit())):
        return None
    a, b = int(raw), int(m.group(1))
    day, month = (b, a) if b > 12 or _R_MONTH_FIRST.search(text) else (a, b)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    year = m.group(2) if len(m.group(2)) == 4 else str(2000 + int(m.group(2)))  # ("2/27/26": this century)
    return _Hit("date", _iso(year, month, day), None, s, m.end())


def _iso(year: str | None, month: int, day: int) -> str:
    return f"{year}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


# "am dritten November", "bis zum ersten März 2027": a day said as an ordinal word before its month (batch 360).
_R_DE_WORD_DATE = re.compile(r"[ \u00a0]+(" + _MONTH_DE + r")(?![\w])(?:[ \u00a0]+" + _YEAR + ")?")
_R_DAY_ARTICLE_BEFORE = re.compile(r"(?i)(?<![\w])(?:am|vom|zum|dem|den|der)[ \u00a0]+$")


# "on the twenty-first of May 1916", "from Thursday the first of July", "the Fourth of July": an English day
# said as an ordinal word before "of" and its month, after "the" (batch 482), as "the 21st of April".
_R_EN_WORD_DATE = re.compile(r"[ \u00a0]+of[ \u00a0]+(" + _MONTH_EN + r")(?![\w])(?:,?[ \u00a0]+" + _YEAR + ")?")
_R_THE_BEFORE = re.compile(r"(?i)(?<![\w])the[ \u00a0]+$")
_WORD_DATE = {"de": (_R_DAY_ARTICLE_BEFORE, _R_DE_WORD_DATE), "en": (_R_THE_BEFORE, _R_EN_WORD_DATE)}


def word_date(text: str, s: int, e: int, day: int, lang: str = "de") -> _Hit | None:
    """The date an ordinal word from ``s`` to ``e`` opens, when its month follows and an article stands before."""
    before, after = _WORD_DATE[lang]
    if not 1 <= day <= 31 or not before.search(text, max(0, s - 8), s):
        return None
    m = after.match(text, e)
    if m is None:
        return None
    month = _MONTHS[m.group(1).rstrip(".").lower()]
    return _Hit("date", _iso(m.group(2), month, day), None, s, m.end())


def _month_first_date(text: str, m: re.Match) -> _Hit | None:
    parts = re.match(r"([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+" + _YEAR + ")?", m.group())
    month = _MONTHS.get(parts.group(1).lower())
    day = int(parts.group(2))
    if not month or not 1 <= day <= 31:
        return None
    return _Hit("date", _iso(parts.group(3), month, day), None, m.start(), m.start() + parts.end())


_R_LAST_DAY = re.compile(r"[-–](\d{1,2})(?![\w.,:]\d|[\w%])")
# What may follow a date's last day: a stop, a comma, a preposition, or the verb after a subject that
# ends in the days ("The walkouts on April 4, 11, 18 and 25 will halt", batch 401).
_DAY_END = (
    r"(?=[.,;:)!?]|$|[ \u00a0]+(?:in|at|on|to|for|when|with|after|before|next|this|last|and|or|as"
    r"|will|would|could|may|might|are|were|have|had)(?![\w]))"
)
# "on Dec. 18 and 19": a second day after "and" in the same month; a noun after it is counted
# ("on Dec. 18 and 19 people died" is no date), so only a stop, a comma or a preposition may follow.
_R_AND_DAY = re.compile(
    r"[ \u00a0]+(?:and|to|through|until|till)[ \u00a0]+(\d{1,2})(?:st|nd|rd|th)?(?![.,:]\d)"
    + _DAY_END
)
DAY_LINKS = ("-", "–", " and ", " to ", " through ", " until ", " till ")
# "on March 10, 12 and 14": the month written once serves each day of a list closed by "and"/"or"
# (what may follow the last day as in _R_AND_DAY: "March 10, 12 and 14 people" is no list of days).
_R_DAY_LIST = re.compile(
    r"(?:,[ \u00a0]+\d{1,2}(?:st|nd|rd|th)?)+,?[ \u00a0]+(?:and|or)[ \u00a0]+\d{1,2}(?:st|nd|rd|th)?(?![.,:]\d)"
    + _DAY_END
)
_R_LISTED_DAY = re.compile(r"\d{1,2}")
# "from Sept. 9 to 12": "to" ends a range of days only after "from" ("rose on March 3 to 12." is
# a change to a figure).
_R_FROM_BEFORE = re.compile(r"(?i)(?<![\w])from[ \u00a0]+$")


def _last_day(text: str, first: _Hit) -> _Hit | None:
    """ "on March 9-10", "Dec. 3–5": the day after the dash ends the range, in the same month;
    "Dec. 18 and 19" names a second day, as "from Sept. 9 to 12" does."""
    if not first.value.startswith("--") or not text[first.end - 1].isdigit():
        return None  # "March 3, 2025-26": the figure before the dash is a year
    if not text.startswith(("-", "–", " and "), first.end) and not _R_FROM_BEFORE.search(
        text, max(0, first.start - 6), first.start
    ):
        return None
    m = (_R_AND_DAY if text.startswith(" ", first.end) else _R_LAST_DAY).match(text, first.end)
    if m is None or not int(first.value[-2:]) < int(m.group(1)) <= 31:
        return None
    return _Hit("date", f"{first.value[:-2]}{int(m.group(1)):02d}", None, m.start(1), m.end())


def listed_days(text: str, first: _Hit) -> list[_Hit]:
    """ "on March 10, 12 and 14": the later days of a list after a month-first date, in its month,
    each later than the one before."""
    if not first.value.startswith("--") or not text[first.end - 1].isdigit():
        return []
    m = _R_DAY_LIST.match(text, first.end)
    if m is None:
        return []
    days, last = [], int(first.value[-2:])
    for d in _R_LISTED_DAY.finditer(text, m.start(), m.end()):
        day = int(d.group())
        if not last < day <= 31:
            return []
        days.append(_Hit("date", f"{first.value[:-2]}{day:02d}", None, d.start(), d.end()))
        last = day
    return days
