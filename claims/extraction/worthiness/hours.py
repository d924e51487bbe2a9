"""Opening hours: a verb or noun of opening or closing and a span of clock times ("The library will open
from 9am to 5pm", "Das Bürgerbüro ist montags von 8 bis 12 Uhr geöffnet", "open between 10:00 and
18:00"): a fact of record, weighed as an event (+ 0.15) in features(), though the clock times carry
no quantity. Not a clock time alone ("opens at 9am") nor a span without opening ("from 9am to 5pm
it rained")."""

from __future__ import annotations

import re

from ..wordtrie import word_list

# Words of opening and closing, gating the pattern.
WORDS = frozenset(
    word_list("""
    open opens opened opening closed closes close shut hours geöffnet öffnet öffnen offen geschlossen schließt
    öffnungszeiten öffnungszeit
    """)
)
_CLOCK_EN = r"\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d{2}"
_SPAN = re.compile(
    r"\b(?:(?:from\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?\s*(?:to|until|till|-|–)\s*"
    r"(?:" + _CLOCK_EN + r")"
    r"|between\s+(?:" + _CLOCK_EN + r")\s+and\s+(?:" + _CLOCK_EN + r")"
    r"|(?:von\s+|zwischen\s+)?\d{1,2}(?:[.:]\d{2})?(?:\s*Uhr)?\s*(?:bis|und|-|–)\s*\d{1,2}(?:[.:]\d{2})?\s*Uhr)"
)


def opening_hours(text: str) -> bool:
    """``text`` (with a word of WORDS) states a span of clock times."""
    return _SPAN.search(text) is not None
