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


def quote_marks(text: str) -> QuoteMarks:
    """Classify quote characters by position: an opening mark precedes a word."""
    if not _QUOTE_CHAR.search(text):
        return _NO_QUOTES
    depth = 0
    unmatched = 0
    seen = False
    n = len(text)
    for qm in _QUOTE_CHAR.finditer(text):
        i = qm.start()
        ch = text[i]
        seen = True
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < n else " "
        if ch == "„":
            opening = True
        elif ch == "”" and after in " .,;:!?)–-" and before != " ":
            opening = False
        else:
            opening = ((before.isspace() or before in "(–-:") and not after.isspace()) or i == 0
        if opening:
            depth += 1
        elif depth:
            depth -= 1
        else:
            unmatched += 1
    first = text.lstrip()[:1]
    return QuoteMarks(depth, unmatched, seen, first in '„“”"«»')
