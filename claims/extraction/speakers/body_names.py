"""English names of bodies with "and", "of" or "for" inside ("the Department of Health and Social
Care", "the Fire and Rescue Service", "the Ministry of Housing, Communities and Local Government"):
where such a name starts, and whether "and" joins one name or two."""

from __future__ import annotations

import re
from itertools import pairwise

from ..wordtrie import word_list
from .normalise import _is_name_en
from .phrase_bounds import _DASH_DATELINE, _DATELINE_END, _before_spaces, _segment_start
from .words import _INSTITUTIONS, _is_role_en

_EN_AND_NAME = re.compile(r"\b[A-Z][\w'’.\-]*\s+(?P<and>and)\s*$")
_SPACES = re.compile(r"\s*")  # here and in each module that calls it: see __init__
# The last word of an institution's name with "and" inside ("Food and Drug Administration").
_EN_NAMED_BODIES = _INSTITUTIONS | frozenset(
    word_list("""
    association federation services organisation administration alliance society college protection
    enforcement corporation foundation trust institution centre center network coalition partnership corps
    chamber customs
    """)
)


def _and_joins(head: list[str], tail: list[str]) -> bool:
    """Whether "and" between ``head`` (a name's first words, perhaps after "the") and the
    capitalised ``tail`` after it is inside one name: a body's noun with "of", or any noun with
    "for", in the head ("the Department of Health and Social Care", "the Centers for Disease
    Control and Prevention", "Health and Human Services") or a body's noun
    ending the tail ("the Fire and Rescue Service", "the Food and Drug Administration"). Not
    two names ("Britain and France", "the Home Office and Border Force") nor a role after "and"."""
    if head and head[0] == "the":
        head = head[1:]
    if not head or not tail or len(tail) > 4 or not head[-1][:1].isupper():
        return False
    lows = [t.lower() for t in head]
    if not all(t[:1].isupper() or w in ("of", "for") for t, w in zip(head, lows, strict=True)):
        return False
    if any(_is_role_en(t.lower()) for t in tail):
        return False
    if len(head) == 1 and len(tail) >= 2 and _is_adjective_en(head[0]) and _is_adjective_en(tail[0]):
        return True  # "Scottish and Southern Electricity Networks": two adjectives of one name
    # "the Centers for Disease Control and Prevention": "and" joins the complement after "for"
    # of a capitalised name, whatever its noun; after "of" only a body's ("the Bank of England
    # and Barclays" are two).
    linked = any((w in _EN_NAMED_BODIES and after == "of") or after == "for" for w, after in pairwise(lows))
    # "Fire and Rescue NSW": a region's acronym closing a name of two or more words.
    regional = len(tail) >= 2 and tail[-1].isupper() and tail[-1].isalpha() and tail[-2][1:].islower()
    return linked or regional or tail[-1].lower() in _EN_NAMED_BODIES


# Endings of capitalised adjectives of peoples and regions ("Scottish", "Southern", "Italian",
# "Chinese", "Atlantic", "Dutch").
_EN_ADJECTIVE_ENDINGS = ("ish", "ern", "an", "ese", "ic", "ch")


def _is_adjective_en(word: str) -> bool:
    return len(word) > 3 and word[1:].isalpha() and word[1:].islower() and word.endswith(_EN_ADJECTIVE_ENDINGS)


def _long_body_name(tokens: list[str]) -> bool:
    """A body's name longer than a subject's nine words: capitalised words joined by "of", "for",
    "the", "and" (perhaps after a possessive), twelve at most ("Ukraine's Coordination Headquarters
    for the Treatment of Prisoners of War")."""
    return len(tokens) <= 12 and tokens[-1][:1].isupper() and all(
        t[:1].isupper() or t in ("of", "for", "the", "and", "on") for t in tokens
    )


def _place_and_before(text: str, start: int, words: list[str]) -> int:
    """Where a body's name that starts at ``start`` and ends in ``words`` starts when a place joined
    by "and" stands before it ("Hampshire and Isle of Wight Fire and Rescue Service", "Devon and
    Somerset Fire and Rescue Service"): the place's start, else ``start``."""
    if not (text.endswith("and ", 0, start) and words[-1].lower() in _EN_NAMED_BODIES):
        return start
    name = _EN_AND_NAME.search(text, max(0, start - 100), start)
    place_start = _segment_start(text, name.start("and")) if name else -1
    if place_start < 0:
        return start
    place = text[place_start : name.start("and")]
    dateline = _DATELINE_END.search(place) if ")" in place else None
    place = place[dateline.end() :].split() if dateline else place.split()
    return place_start if 1 <= len(place) <= 3 and all(_is_name_en(w) for w in place) else start


# The rest of a list of fields in a body's name after its first ("Environment", then ", Food and
# Rural Affairs"), closing the sentence or a clause.
_LISTED_FIELDS = re.compile(
    r"(?:,[ \u00a0][A-Z][\w'’\-]*(?:[ \u00a0][A-Z][\w'’\-]*){0,2})*,?[ \u00a0]and[ \u00a0][A-Z][\w'’\-]*"
    r"(?:[ \u00a0][A-Z][\w'’\-]*){0,2}(?=[”\"’']*(?:[.,;!?]|$))"
)


def _body_complement(words: list[str]) -> bool:
    """Whether ``words`` end in a body's capitalised noun, "of"/"for" and one to three capitalised
    words ("the Ministry of Housing", "a spokesman for the Department for Environment")."""
    k = max((i for i, w in enumerate(words) if w in ("of", "for")), default=-1)
    return (
        k > 0
        and words[k - 1][:1].isupper()
        and words[k - 1].lower() in _EN_NAMED_BODIES
        and 1 <= len(words) - k - 1 <= 3
        and all(w[:1].isupper() for w in words[k + 1 :])
    )


def _listed_complement(text: str, start: int) -> int:
    """Where a body's name starts whose complement after "of"/"for" is a list of capitalised
    fields ending before ``start``'s "and" ("the Ministry of Housing, Communities and", "the
    Department for Environment, Food and"); else -1."""
    comma = _before_spaces(text, start) - 1
    fields = 0
    while comma > 0 and text[comma] == "," and fields < 4:
        first = _segment_start(text, comma)
        if first < 0:
            return -1
        words = text[first:comma].split()
        if _body_complement(words):
            # "LONDON (Reuters) - The Ministry of ...", "LONDON — The Ministry": the dateline ends before the name.
            dateline = _DATELINE_END.search(text, first, comma) if ")" in text[first:comma] else None
            if dateline is None and ("—" in text[first:comma] or "–" in text[first:comma]):
                dateline = _DASH_DATELINE.match(text)
                dateline = dateline if dateline and first < dateline.end() <= comma else None
            return _SPACES.match(text, dateline.end()).end() if dateline else first
        if not (1 <= len(words) <= 3 and all(_is_name_en(w) for w in words)):
            return -1
        comma = _before_spaces(text, first) - 1
        fields += 1
    return -1
