"""Quote marks of one sentence: which open, which close, whether it starts inside a quote."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class QuoteMarks:
    """Quote structure of one sentence: unclosed openings and unmatched closings."""

    opens: int
    closes: int
    has_quote: bool
    starts_quoted: bool


_NO_QUOTES = QuoteMarks(0, 0, False, False)
_QUOTE_CHAR = re.compile(r"[„“”\"«»]")


def opens_quote(text: str, i: int, n: int) -> bool:
    """Whether the quote mark at ``text[i]`` (``n`` is ``len(text)``) opens a quote: "„" always; "”"
    after a word and before a space or a mark closes one; any other opens before a word when it
    follows a space, "(", a dash or ":" or starts the text."""
    ch = text[i]
    if ch == "„":
        return True
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < n else " "
    if ch == "”" and after in " .,;:!?)–-" and before != " ":
        return False
    return ((before.isspace() or before in "(–-:") and not after.isspace()) or i == 0


def quote_marks(text: str) -> QuoteMarks:
    """Classify quote characters by position: an opening mark precedes a word."""
    if not _QUOTE_CHAR.search(text):
        return _NO_QUOTES
    depth = 0
    unmatched = 0
    seen = False
    n = len(text)
    for qm in _QUOTE_CHAR.finditer(text):
        seen = True
        if opens_quote(text, qm.start(), n):
            depth += 1
        elif depth:
            depth -= 1
        else:
            unmatched += 1
    first = text.lstrip()[:1]
    return QuoteMarks(depth, unmatched, seen, first in '„“”"«»')
