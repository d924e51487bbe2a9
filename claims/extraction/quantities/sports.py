"""Figures that sports copy writes as one token with several values: race times in the compact
colon form ("nach 2:41 Stunden", "in 2:02:48") and seasons ("2025/26", "the 2023-24 season")."""

from __future__ import annotations

import re

from .dates import _R_TIME_AFTER
from .fiscal_years import full_year
from .hits import _Hit
from .qualifiers import _qualifier
from .units import _R_NEXT, _unit_like

# "2:41", "1:12,5", "2:02:48": minutes and seconds of two digits below 60; a score ("3:1") has
# one digit after the colon and a clock time is followed by "Uhr" or a zone (see _R_TIME_AFTER).
_R_COMPACT = re.compile(r"(\d{1,2}):([0-5]\d)(?::([0-5]\d))?(?:[.,](\d{1,3}))?(?![\d:]|[.,]\d)")
# The unit after a colon form names its largest part: "2:41 Stunden" is 2 hours and 41 minutes,
# "1:12 Minuten" 1 minute and 12 seconds, as the spelled-out "zwei Stunden und 41 Minuten".
_R_TIME_UNIT = re.compile(
    r"[ \u00a0]+(?:(Stunden|Stunde|Std\.|hours|hour|hrs)|(Minuten|Minute|Min\.|minutes|mins|min))(?![\w])"
)
# Three parts without a unit are a race time after "in", "of", "von" or a verb of timing ("won
# the Berlin Marathon in 2:02:48", "a time of 2:17:56", "lief 2:18:04"), or after a runner's country in a
# line of results ("1. Elias Kiprono (KEN) 2:06:31", batch 314).
_COUNTRY = r"\([A-Z]{3}\)[ \u00a0]+$"  # a runner's country in a results line: "(KEN) "
_R_RACE_TIME_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:in|of|von|clocked|timed|lief|lief[ \u00a0]+in|time[ \u00a0]+was|zeit[ \u00a0]+war)[ \u00a0]+$"
    r"|(?-i:" + _COUNTRY + ")"
)
# A later place's gap in a standings sentence: "..., with X third at 2:05".
_R_PLACE_AT_BEFORE = re.compile(r"(?i)(?<![\w])(?:second|third|fourth|fifth)[ \u00a0]+at[ \u00a0]+$")
_PARTS = {"hour": ("hour", "minute", "second"), "minute": ("minute", "second")}
# Without a fraction, only a lead or margin after "by" ("leads the general classification by
# 1:47", "ahead by 0:42"): "by 10:30" alone, or "won backing by 10:30", is a deadline.
_R_BY_BEFORE = re.compile(r"(?i)(?<![\w])by[ \u00a0]+$")
_R_LEAD_WORD = re.compile(
    r"(?i)(?<![\w])(?:leads?|led|leading|ahead|trails?|trailed|trailing|behind|clear|margin|gap|advantage|deficit)(?![\w])"
)


# A game clock: "the winner 1:48 into overtime", "scored 2:05 into the third period", "with 1:12
# left in the game", "with 0:45 remaining": minutes and seconds of play, no clock time.
_R_GAME_CLOCK_AFTER = re.compile(
    r"[ \u00a0]+(?:into|left[ \u00a0]+in|remaining[ \u00a0]+in|left|remaining|to[ \u00a0]+play)(?![\w])"
    r"(?:[ \u00a0]+(?:the[ \u00a0]+)?(?:overtime|extra[ \u00a0]+time|shootout|game|match|period|half|quarter|regulation"
    r"|(?:first|second|third|fourth|final)[ \u00a0]+(?:period|quarter|half))(?![\w]))?"
)


# A gap in a race named after the figure: "1:23 behind", "0:42 down", "2:05 Rückstand".
_R_GAP_AFTER = re.compile(
    r"[ \u00a0]+(?:behind(?![ \u00a0]+schedule)|back|down|adrift|off[ \u00a0]+the[ \u00a0]+pace|Rückstand)(?![\w])"
)


# A race time named by its distance or a split: "26:21 over 10 kilometres", "29:45 for 10km", "a pace of
# 2:55 per kilometre", "went through halfway in 61:40" (batch 499).
_R_DISTANCE_AFTER = re.compile(
    r"[ \u00a0]+(?:(?:over|for)[ \u00a0]+(?:the[ \u00a0]+)?[\d.,]+[ \u00a0]*|per[ \u00a0]+)"
    r"(?:km|kilomet(?:re|er)s?|miles?|metres|meters)(?![\w])"
)
_R_SPLIT_BEFORE = re.compile(r"(?i)(?<![\w])halfway[ \u00a0]+in[ \u00a0]+$")


def _unitless_minutes(text: str, m: re.Match, s: int) -> bool:
    """ "a world record of 1:52.23", "leads ... by 1:47", "1:48 into overtime": minutes and
    seconds of a race time or a game clock."""
    if _R_TIME_AFTER.match(text, m.end()):
        return False  # "at 9:15.30 Uhr"
    if text[s - 1 : s] == "+" and text[s - 2 : s - 1] in (" ", "\u00a0", "("):
        return True  # a gap in a results line: "2. Bächtold +0:21, 3. Demessine +1:05" (batch 333)
    if m.group(4):
        # Minutes, seconds and a fraction of a second are a stopwatch's reading wherever they stand ("a world
        # record of 1:52.23", "needed 2:26.71", "1. Brinkhorst 12:48.31", "1:04.7 behind"; batch 370): no clock
        # time or score has one.
        return True
    if (
        _R_DISTANCE_AFTER.match(text, m.end()) and not text.endswith(("at ", "um ", "by ", "until "), 0, s)
    ) or _R_SPLIT_BEFORE.search(text, max(0, s - 12), s):
        return True
    if _R_GAP_AFTER.match(text, m.end()) and not text.endswith(("at ", "um ", "von "), 0, s):
        return True  # "climbs to third overall, 1:23 behind" (batch 396)
    clock = _R_GAME_CLOCK_AFTER.match(text, m.end())
    if clock is not None and (clock.end() > clock.start() + 10 or text.startswith("with ", max(0, s - 5))):
        return True  # a period named after it, or "with 0:45 remaining"
    # (after "by", or a later place's "third at" in a sentence of leads: "leads by 1:12, with X third at 2:05")
    if (
        _R_BY_BEFORE.search(text, max(0, s - 5), s) is None
        and _R_PLACE_AT_BEFORE.search(text, max(0, s - 14), s) is None
    ):
        return False
    lo = max(text.rfind(". ", 0, s) + 1, s - 100, 0)
    return _R_LEAD_WORD.search(text, lo, s) is not None


def _compact_time(text: str, s: int) -> list[_Hit] | None:
    """One duration per unit of a race time written with colons (zero parts are not stated)."""
    m = _R_COMPACT.match(text, s)
    if m is None:
        return None
    um = _R_TIME_UNIT.match(text, m.end())
    if um is not None:
        units = _PARTS["hour" if um.group(1) else "minute"]
        end = um.end()
    elif m.group(3) is not None and _R_RACE_TIME_BEFORE.search(text, max(0, s - 12), s):
        if _R_TIME_AFTER.match(text, m.end()):
            return None  # "um 10:30:00 Uhr": a clock time
        units, end = _PARTS["hour"], m.end()
    elif m.group(3) is None and _unitless_minutes(text, m, s):
        units, end = _PARTS["minute"], m.end()
    else:
        return None
    groups = [g for g in (m.group(1), m.group(2), m.group(3)) if g is not None]
    if len(groups) > len(units) or (m.group(4) and len(groups) < len(units)):
        return None  # "1:12:30 Minuten", "2:41,5 Stunden": no reading
    hits = []
    for i, g in enumerate(groups):
        value: int | float = int(g)
        last = i == len(groups) - 1
        if last and m.group(4):
            value = float(f"{g}.{m.group(4)}")
        if value == 0:
            continue
        start = m.start(i + 1)
        hits.append(_Hit("duration", value, units[i], start, end if last else m.end(i + 1)))
    if not hits:
        return None
    hits[0].qualifier = _qualifier(text, s)
    return hits


# "2025/26", "2023-24", "2025/2026": a season, the second year completed from the first.
_R_SEASON = re.compile(r"((?:19|20)\d\d)[/\-–](\d{2}|(?:19|20)\d\d)(?![\w]|[/\-–.,:]\d)")


def _season(text: str, s: int) -> list[_Hit] | None:
    m = _R_SEASON.match(text, s)
    if m is None:
        return None
    first, second = int(m.group(1)), m.group(2)
    if len(second) == 4:
        if text[m.end(1)] != "/":
            return None  # "2025-2026" is read as a range of years elsewhere
        year = int(second)
    else:
        year = full_year(second, century_of=first)
    if year != first + 1 and not _year_span(text, m, first, year):
        return None
    return [_Hit("year", first, None, s, m.end(1)), _Hit("year", year, None, m.start(2), m.end())]


# "für die Saison 25/26", "the 25/26 season": a season in two-digit years beside its word (batch 321).
_R_SHORT_SEASON = re.compile(r"\d\d/(\d\d)(?![\w/]|[.,]\d)")
_R_SEASON_BEFORE = re.compile(r"(?i)(?:saison|season|spielzeit)[ \u00a0]+$")
_R_SEASON_AFTER = re.compile(r"[ \u00a0\-](?:season|Saison|Spielzeit)")


def _short_season(text: str, s: int) -> list[_Hit] | None:
    m = _R_SHORT_SEASON.match(text, s)
    if m is None or int(m.group(1)) != (int(text[s : s + 2]) + 1) % 100:
        return None
    if not (_R_SEASON_BEFORE.search(text, max(0, s - 16), s) or _R_SEASON_AFTER.match(text, m.end())):
        return None
    first = full_year(text[s : s + 2])
    return [_Hit("year", first, None, s, s + 2), _Hit("year", full_year(m.group(1), first), None, s + 3, m.end())]


def _year_span(text: str, m: re.Match, first: int, last: int) -> bool:
    """ "in 2020-24", "between 2015-19 and 2020-24": a span of years with its end in two digits,
    within a century and at most 20 years long; not before a unit ("2000-50 Euro" is a range of
    amounts)."""
    if text[m.end(1)] == "/" or not first < last <= first + 20 or last // 100 != first // 100:
        return False
    if not 1900 <= first <= 2099:
        return False
    nm = _R_NEXT.match(text, m.end())
    return nm is None or not _unit_like(nm.group(1))


# "+12.456s", "in 9.58s": a decimal with "s" glued to it is seconds ("1990s", "the 80s" have none).
_R_GLUED_SECONDS = re.compile(r"\d+[.,]\d+s(?![\w])")


# "4x100-Meter-Lagenstaffel", "the 4x200m freestyle relay", "4×400 metres": a relay, its legs
# and the distance of each, two counts; a distance or "relay" must follow ("4x4", "3x3" are none).
_R_RELAY = re.compile(
    r"([1-9])[xX×](\d{2,4})(?:[ \u00a0-]?(m)|[ \u00a0-](Meter|metres|meters|Metres|Meters)"
    r"|(?=[ \u00a0-](?:relay|Relay|Staffel)))(?![a-zäöüß])"
)


def _relay(text: str, s: int) -> list[_Hit] | None:
    m = _R_RELAY.match(text, s)
    if m is None:
        return None
    unit = m.group(4)
    end = m.end() if unit else m.end(2)
    return [_Hit("count", int(m.group(1)), None, s, m.end(1)), _Hit("count", int(m.group(2)), unit, m.start(2), end)]


# "eine 66er-Runde", "mit einer 71er Runde": a golf round of that many strokes, a count (a decade
# "60er-Jahre" has no round after it).
_R_GOLF_ROUND = re.compile(r"\d{2}er[- \u00a0]Runde(?![a-zäöüß])")


def _multi(text: str, s: int, e: int) -> list[_Hit] | None:
    """Several quantities from one run of digits, or None."""
    nxt = text[e : e + 1]
    if nxt == "e" and e - s == 2 and _R_GOLF_ROUND.match(text, s):
        return [_Hit("count", int(text[s:e]), None, s, e)]
    if nxt and nxt in "xX×" and e - s == 1:
        return _relay(text, s)
    if nxt == "s" and _R_GLUED_SECONDS.match(text, s) is not None:
        value = float(text[s:e].replace(",", "."))
        return [_Hit("duration", value, "second", s, e + 1, _qualifier(text, s))]
    if nxt == ":":
        return _compact_time(text, s)
    if nxt and nxt in "/-–" and e - s == 4:
        return _season(text, s)
    if nxt == "/" and e - s == 2:
        return _short_season(text, s)
    return None
