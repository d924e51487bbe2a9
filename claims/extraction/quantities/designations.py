"""Type designations: a figure after a name that it completes ("Wi-Fi 7", "IC 2213", "NHS 111",
"the Army's Challenger 2 tanks", "19 Flugabwehrkanonenpanzer Skyranger 30"), told by shape."""

from __future__ import annotations

import re

from ..numbers import parse_english_words, parse_german_word
from .nouns import _en_plural

# A short code before the figure: capitalised parts of one to three letters with at least two
# capitals ("IC", "NHS", "PzH", "Wi-Fi"). Currency codes are read before this.
_R_CODE_BEFORE = re.compile(r"(?<![\w\-])([A-ZÄÖÜ][A-Za-zäöü]{0,2}(?:-[A-Z][A-Za-z]{0,2})*)[ \u00a0]$")
# A poll or a table lists names with figures: "CDU 30, SPD 16 und AfD 20", "Wales 3, Italy 1".
_R_PAIR_AFTER = re.compile(
    r"(?:[ \u00a0]*[,;]|[ \u00a0]+(?:und|and|vor|ahead[ \u00a0]+of|der|die|das|the|of|von|out[ \u00a0]+of)"
    r"(?![\w])){1,2}"
    r"[ \u00a0]*(?:[^\W\d_][\w\-]*[ \u00a0]+)?\d"
)
_R_CLAUSE_END = re.compile(r"[ \u00a0]*(?:[.,;)]|$)")
_R_DIGIT = re.compile(r"\d")
_R_PAIR_BEFORE = re.compile(r"\d[ \u00a0]*(?:,|;|und|and)[ \u00a0]*$")
_R_PLACE_BEFORE = re.compile(r"(?i)(?<![\w])(?:in|im|the|across|throughout)[ \u00a0]+$")
# Words whose figure is a level on a scale or a place, counted by the batches' conventions.
_SCALE_WORDS = frozenset(
    ["Category", "Level", "Stage", "Phase", "Tier", "Grade", "Step", "Top", "Force", "Signal", "Year", "Week", "Day"]
)
# "the Army's Challenger 2 tanks", "Israel's Arrow 3 system": after a determiner or a possessive
# a capitalised word and a figure before the noun name a type; a count stands before its
# modifiers ("the Army's 200 Challenger tanks").
_R_POSSESSED_NAME = re.compile(r"(?:['’]s|(?<![\w])(?:the|its|their|our))[ \u00a0]+([A-Z][a-z]+)[ \u00a0]$")
# "19 Flugabwehrkanonenpanzer Skyranger 30", "six drones Orbiter 3": a figure counts the noun,
# a name follows it, then the name's figure.
_R_COUNTED_NAME = re.compile(
    r"(?<![\w])(\d(?:[\d.,']*\d)?|[a-zäöü]+)[ \u00a0]+[A-ZÄÖÜ][a-zäöüß]+[ \u00a0]+[A-Z][\w\-]*[ \u00a0]$"
)


def designation(text: str, s: int, e: int, raw: str, noun: str | None, lang: str) -> bool:
    """Whether the figure ``text[s:e]`` (digits ``raw``) completes a name before it."""
    if s < 3 or text[s - 1] not in " \u00a0" or not text[s - 2].isalpha():
        return False
    w = s - 2
    while w > 0 and (text[w - 1].isalpha() or text[w - 1] == "-"):
        w -= 1
    if not text[w].isupper():
        return False  # every shape here has a capitalised word right before the figure
    if len(raw) == 4 and "1900" <= raw <= "2100":
        return False  # "die AfD 2017", "London 2012": a year
    if noun is not None and (lang == "de" or _en_plural(noun)):
        return _possessed_name(text, s, noun) if lang == "en" else False
    if noun is None and _counted_name(text, s, lang):
        return True
    cm = _R_CODE_BEFORE.search(text, max(0, s - 12), s)
    if cm is None or sum(c.isupper() for c in cm.group(1)) < 2:
        return _possessed_name(text, s, noun) if lang == "en" else False
    if cm.group(1).isupper() and _R_PLACE_BEFORE.search(text, max(0, cm.start() - 8), cm.start()):
        return False  # "in the UK 300 died": a place in capitals, then a figure
    if _R_CLAUSE_END.match(text, e) and _R_DIGIT.search(text, max(0, s - 80), cm.start()):
        return False  # "win 61 seats and Reform UK 13.", "die ÖVP 51 und die SPÖ 41,": an ellipsis
    pair_before = _R_PAIR_BEFORE.search(text, max(0, cm.start() - 6), cm.start())
    return _R_PAIR_AFTER.match(text, e) is None and pair_before is None


def _possessed_name(text: str, s: int, noun: str | None) -> bool:
    m = _R_POSSESSED_NAME.search(text, max(0, s - 24), s)
    return m is not None and noun is not None and m.group(1) not in _SCALE_WORDS


def _counted_name(text: str, s: int, lang: str) -> bool:
    m = _R_COUNTED_NAME.search(text, max(0, s - 60), s)
    if m is None:
        return False
    head = m.group(1)
    if head[0].isdigit():
        return True
    return (parse_german_word(head) if lang == "de" else parse_english_words(head)) is not None
