"""Time units inside or beside a counted noun: "110 Flugstunden", "4.3 million delay minutes",
"5 Stunden 50" (the minutes after the hours with their unit left off)."""

from __future__ import annotations

import re

# "Flugstunden", "Verspätungsminuten": hours and minutes spent on what the first part names are a
# duration, as "hours viewed" are. Not energy ("Kilowattstunden"), not hours per period
# ("Wochenstunden", lessons a week) and not "Überstunden" (counted, seventh batch); a compound in
# days, weeks or years counts ("58 Verhandlungstage", nineteenth batch).
_R_DE_TIME_COMPOUND = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{2,}?(stunden|minuten|sekunden)")
_DE_NOT_TIME_SPENT = ("watt", "wochen", "tages", "monats", "jahres", "licht")
_DE_COUNTED_COMPOUNDS = frozenset(["Überstunden"])
_DE_UNITS = {"stunden": "hour", "minuten": "minute", "sekunden": "second"}


# "rund 2.700 ehrenamtliche Stunden", "zehn bange Minuten": hours, minutes and seconds after one
# adjective are time spent, as "2,700 unpaid hours" (fifty-eighth batch); days and longer units
# after one count days of a kind ("fünf heiße Tage", fifty-sixth).
_R_DE_ONE_ADJECTIVE = re.compile(r"[ \u00a0]+[a-zäöüß]+e[nrs]?[ \u00a0]+$")


def de_time_compound(noun: str, text: str = "", num_end: int = 0, noun_end: int = 0) -> str | None:
    """The duration unit of a German compound noun in -stunden/-minuten/-sekunden (or of a short
    unit after one adjective: ``text[num_end:noun_end]`` holds it), or None."""
    if not noun.endswith("n") or noun in _DE_COUNTED_COMPOUNDS:
        return None
    if noun[:1].isupper() and (short := _DE_UNITS.get(noun.lower())) is not None:
        between = text[num_end : noun_end - len(noun)]
        return short if _R_DE_ONE_ADJECTIVE.fullmatch(between) else None
    m = _R_DE_TIME_COMPOUND.fullmatch(noun)
    if m is None:
        return None
    head = noun[: m.start(1)].lower()
    if head.endswith(_DE_NOT_TIME_SPENT):
        return None
    return _DE_UNITS[m.group(1)]


# "215 care minutes", "4.3 million delay minutes", "20 flight hours": one singular noun before a
# time unit names what the time is spent on ("kilowatt hours" measure energy, "light years" a
# distance).
_R_EN_TIME_AFTER_NOUN = re.compile(r"[ \u00a0]+(minutes|hours|seconds)(?![\w\-])")
_EN_NOT_TIME_SPENT = frozenset(["kilowatt", "megawatt", "gigawatt", "terawatt", "watt", "light"])
_EN_UNITS = {"minutes": "minute", "hours": "hour", "seconds": "second"}


def en_time_after_noun(text: str, noun: str, noun_end: int) -> tuple[str, int] | None:
    """The duration unit and its end when a time unit follows a singular modifier noun."""
    if not noun.isalpha() or not noun.islower() or noun.endswith("s") or noun in _EN_NOT_TIME_SPENT:
        return None
    m = _R_EN_TIME_AFTER_NOUN.match(text, noun_end)
    if m is None:
        return None
    return _EN_UNITS[m.group(1)], m.end()


# "von 6 Stunden 25 Minuten auf 5 Stunden 50": a figure right after hours (or minutes), with
# nothing after it, is the next smaller unit, as spoken.
_R_HOURS_BEFORE = re.compile(r"\d[ \u00a0]+(?:(Stunden|Stunde|hours|hour)|(Minuten|Minute|minutes|minute))[ \u00a0]+$")
_R_CLAUSE_END = re.compile(r"[ \u00a0]*(?:[.,;:)]|$)")


def left_off_unit(text: str, num_start: int, pos: int, value: int) -> str | None:
    """ "5 Stunden 50." -> "minute"; "2 Minuten 30," -> "second"; else None."""
    if not 0 < value < 60 or _R_CLAUSE_END.match(text, pos) is None:
        return None
    m = _R_HOURS_BEFORE.search(text, max(0, num_start - 16), num_start)
    if m is None:
        return None
    return "minute" if m.group(1) else "second"
