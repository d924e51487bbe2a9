"""A rule, a warning or a measure in force with its time, a plain fact that weighs as an event verb
does (states.plain_fact): "Die Warnung gilt ab 14 Uhr bis Montag, 6 Uhr.", "Das Fahrverbot gilt
seit Freitag, 0 Uhr.", "The warning is in effect until 6 a.m. Monday.", "The ban applies from
midnight on Friday." A clock time, a weekday, a date or a month must follow the preposition: "Das
gilt bis heute als Tabu", "Das gilt ab sofort für alle", "The advice applies to everyone" state no
time of validity."""

from __future__ import annotations

import re

from ..wordtrie import word_list

# The verbs of being in force, looked up among the sentence's words before a pattern runs.
WORDS = frozenset(word_list("gilt gelten galt galten effect force valid applies apply applied runs lasts"))

_DE_WEEKDAYS = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)\w*"
_DE_MONTHS = (
    r"(?:jänner|januar|februar|feber|märz|april|mai|juni|juli|august|september|oktober|november|dezember)"
)
_DE_VALID = re.compile(
    r"\b(?:gilt|gelten|galt|galten)\b[^.;:!?]{0,40}?\b(?:ab|bis|seit|von)\s+"
    r"(?:(?:kommendem|kommenden|nächstem|nächsten|diesem|diesen|dem|den|spätestens|voraussichtlich)\s+)?"
    r"(?:\d{1,2}(?:[.:]\d{2})?\s+uhr\b|\d{1,2}\.\s*(?:\d{1,2}\.|" + _DE_MONTHS + r")|" + _DE_WEEKDAYS
    + r"|mitternacht\b|(?:ende|anfang|mitte)\s+" + _DE_MONTHS + r"|" + _DE_MONTHS + r"\b)"
)
_EN_WEEKDAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
_EN_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?)\.?\s+\d"
)
_EN_VALID = re.compile(
    r"\b(?:(?:is|are|was|were|remains?|remained|will\s+be|will\s+remain)\s+(?:in\s+(?:effect|force|place)|valid)"
    r"|applies|apply|applied|runs|lasts)\b[^.;:!?]{0,40}?\b(?:from|until|till|through|to|starting|between)\s+"
    r"(?:(?:about|around|at|on|next|this)\s+)?"
    r"(?:\d{1,2}(?::\d{2})?\s*(?:a\.?m\b|p\.?m\b)|midnight\b|noon\b|" + _EN_WEEKDAYS + r"|" + _EN_MONTHS + r")"
)


def in_force(low: str, lang: str | None) -> bool:
    """Whether the lower-cased sentence ``low`` states a validity with its time (see the module)."""
    return (lang != "en" and _DE_VALID.search(low) is not None) or (
        lang != "de" and _EN_VALID.search(low) is not None
    )
