"""A factbox line: a short label, a colon and a value that holds a figure, a date or a year, with no
full stop ("Podestplätze: 34", "Born: 22/11/1991, Ballarat, Victoria", "Test debut: v India, Adelaide,
December 2013"). A line of record, weighed as an event (+ 0.15) in features(), as a dated list entry is.

Not a heading ("Key facts:", nothing after the colon), a source or a credit line ("Quellen: APA,
Reuters", no figure), a page's timestamp ("Stand: 1. Jänner 2025", "Updated: ...", or a clock time
after the colon: "Stand: 03.12.2025, 14:27 Uhr"), a contact line ("... press@..., +1 415 ..."), nor a
clause after the label (an auxiliary or a copula in the line, checked by the caller: "Meinung: 4,5
Prozent Defizit sind kein Naturgesetz"); a value of more than eight words is a headline, not an entry.
"""

from __future__ import annotations

import re

from ..wordtrie import word_list

# A capitalised label of one to four words, then ": " and the value.
_ENTRY = re.compile(r"\s*[A-ZÄÖÜ][\w'’./&()-]*(?:[ \t]+[\w'’./&()-]+){0,3}?[ \t]*:[ \t]+(?=\S)")
_DIGIT = re.compile(r"\d")
# Labels of a page's timestamp, not of a fact.
_STAMP = frozenset(
    word_list("stand aktualisiert veröffentlicht erstellt updated published posted modified")
)


def factbox_entry(text: str) -> bool:
    """``text`` (an unpunctuated line with a quantity) is a factbox entry (see the module's docstring)."""
    m = _ENTRY.match(text)
    if m is None:
        return False
    value = text[m.end() :]
    label = text[: m.end()].lower().replace(":", " ").split()
    return (
        _DIGIT.search(value) is not None
        and ":" not in value
        and "@" not in value
        and len(value.split()) <= 8
        and _STAMP.isdisjoint(label)
    )
