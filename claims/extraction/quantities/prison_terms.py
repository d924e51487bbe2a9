"""A term of one year, month, week or day that a court hands down, written with the article as its
number: „zu einer Bewährungsstrafe von einem Jahr und neun Monaten“, „eine Mindeststrafe von einem
Jahr“, „zu einem Jahr und einem Monat Haft“, "was sentenced to a year and a day", "jailed for a year"
(batches 407, 446, 496). Elsewhere the article counts nothing: „eine Laufzeit von einem Jahr“, „ein Jahr
zuvor“, "a year earlier"."""

from __future__ import annotations

import re

from .hits import _Hit, insert_hit

_GATES = {"de": ("traf", "aft", "efängnis", "erurteil"), "en": ("entence", "ailed", "prison")}
_UNITS = {"jahr": "year", "monat": "month", "woche": "week", "tag": "day"}
# The penalty, then within a few words "von"/"zu"/"to"/"for" and the article's term.
_R_TERM_DE = re.compile(
    # ("Haft", "Untersuchungshaft", not the "-schaft" of "Gesellschaft")
    r"(?:[Ss]trafe|(?<!sc)haft|Haft|Gefängnis|verurteilt|verurteilte|verurteilen)(?![\wäöüß])"
    r"(?:[ \u00a0]+[\wäöüß]+){0,6}?"
    r"[ \u00a0]+(?:von|zu)[ \u00a0]+(?P<one>(?:einem|einer)[ \u00a0]+(?P<unit>Jahr|Monat|Woche|Tag))(?![\wäöüß])"
)
_R_TERM_EN = re.compile(
    r"(?:sentenced|jailed|imprisoned|sentence|prison[ \u00a0]+term)(?:[ \u00a0]+[\w]+){0,4}?"
    r"[ \u00a0]+(?:to|for|of)[ \u00a0]+(?P<one>a[ \u00a0]+(?P<unit>year|month|week|day))(?![\w'’-])"
)
_R_AND_ONE = re.compile(
    r"[ \u00a0]+(?:und|and)[ \u00a0]+"
    r"(?P<one>(?:einem|einer|a)[ \u00a0]+(?P<unit>Monat|Woche|Tag|month|week|day))(?![\w'’-])"
)


def prison_terms(text: str, hits: list[_Hit], lang: str) -> None:
    if not any(word in text for word in _GATES.get(lang, ())):
        return
    for m in (_R_TERM_DE if lang == "de" else _R_TERM_EN).finditer(text):
        _add(hits, m)
        if more := _R_AND_ONE.match(text, m.end()):
            _add(hits, more)


def _add(hits: list[_Hit], m: re.Match[str]) -> None:
    word = m.group("unit").lower()
    unit = _UNITS.get(word, word)  # (English writes the unit itself)
    insert_hit(hits, _Hit("duration", 1, unit, m.start("one"), m.end("one")))
