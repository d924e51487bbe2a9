"""Titles of works in quotes: "für ihren Roman «Die Stille nach dem Föhn»", "the novel “Quiet Fields”".
A capitalised quote right after a noun naming a work is its title, not a quotation: its words name the
work and state nothing of the sentence (a scene word "Stille" or an evaluative "Great" in a title
weighs nothing)."""

from __future__ import annotations

import re

# A noun naming a work ("Roman", "Debütroman", "Kinderbuch", "Spielfilm", "novel", "memoir").
WORK_NOUNS = (
    r"\w*(?:roman|romans|buch|buches|buchs|film|films|filmes|album|albums|stück|stücks|lied|liedes|gedicht"
    r"|gedichtband|erzählung|erzählband|oper|musical|serie|ausstellung|hörspiel|theaterstück|sachbuch)"
    r"|novel|novels|book|books|film|films|movie|movies|album|albums|song|songs|single|play|memoir|series"
    r"|documentary|opera|musical|poem|exhibition|collection|show|podcast"
)
_R_WORK_BEFORE = re.compile(r"(?i)(?<![\w])(?:" + WORK_NOUNS + r")[ \u00a0]+$")
_R_TITLE = re.compile(r"[«»„“\"]([A-ZÄÖÜ0-9][^«»„“”\"]{0,118})[«»“”\"]")
_OPENERS = re.compile(r"[«»„“\"]")


# (one regex call per sentence: a generator over the marks cost three times as much)
has_quote_char = _OPENERS.search


def blank_titles(text: str, low: str) -> str | None:
    """``low`` (``text`` lower-cased, of the same length) with the words of each work's title in ``text``
    blanked, or None without one."""
    spans = []
    for q in _OPENERS.finditer(text):
        i = q.start()
        if spans and i < spans[-1][1] + 1:
            continue  # the closing mark of a title found
        if _R_WORK_BEFORE.search(text, max(0, i - 30), i) and (m := _R_TITLE.match(text, i)):
            spans.append(m.span(1))
    if not spans or len(low) != len(text):
        return None
    text = low
    parts, last = [], 0
    for s, e in spans:
        parts.append(text[last:s])
        parts.append(" " * (e - s))
        last = e
    parts.append(text[last:])
    return "".join(parts)
