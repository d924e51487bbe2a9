"""Phrase patterns written in lower case that run on the lower-cased sentence where they can."""

from __future__ import annotations

import re


class _Phrases:
    """A case-insensitive pattern, written in lower case, that runs case-sensitively on the
    lower-cased sentence where features() has one: re scans (?i) patterns about three times as
    slowly, and the two match alike (see _UNFOLDED)."""

    __slots__ = ("folded", "lowered")

    def __init__(self, source: str) -> None:
        if source != source.lower():
            raise ValueError("a _Phrases pattern is written in lower case: " + source[:60])
        self.folded = re.compile("(?i)" + source)
        self.lowered = re.compile(source)

    def search(self, text: str, low: str | None) -> re.Match | None:
        """Search ``text``, or ``low`` (``text`` lower-cased) when it is given."""
        return self.folded.search(text) if low is None else self.lowered.search(low)


# Where lower-casing and (?i) differ: "İ" lower-cases to two characters, and (?i) also takes
# "ı" for "i" and "ſ" for "s" (test_lower_casing_folds_as_ignorecase checks every code point).
_UNFOLDED = re.compile("[İıſ]")


def _lowered(text: str, low: str | None, span: tuple[int, int] | None) -> str | None:
    """``text`` lower-cased for _Phrases.search() (``low`` and ``span`` as features() takes them),
    or None where lower-casing is not what (?i) does."""
    if _UNFOLDED.search(text):
        return None
    if low is None:
        return text.lower()
    return low if span is None else low[span[0] : span[1]]
