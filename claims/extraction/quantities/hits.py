"""What a scan finds: the public ``Quantity``, and the working ``_Hit`` it is made from."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

KINDS = ("count", "ordinal", "fraction", "percent", "duration", "money", "year", "date")
QUALIFIERS = ("about", "nearly", "over", "under", "at_least", "at_most", "up_to")


@dataclass(frozen=True, slots=True)
class Quantity:
    """A normalised quantity; ``text[start:end] == surface`` in the original text."""

    kind: str
    value: int | float | str
    unit: str | None
    start: int
    end: int
    surface: str
    qualifier: str | None = None

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "value": self.value,
            "unit": self.unit,
            "start": self.start,
            "end": self.end,
            "surface": self.surface,
            "qualifier": self.qualifier,
        }


@dataclass(slots=True)
class _Hit:
    kind: str | None  # None marks a recognised non-quantity (time, identifier...)
    value: object
    unit: str | None
    start: int
    end: int
    qualifier: str | None = None
    raw: Decimal | None = None
    scale: int = 1
    bare: bool = False  # a count with nothing after it, eligible for range inheritance


def insert_hit(hits: list[_Hit], hit: _Hit) -> None:
    """Add ``hit`` to ``hits`` in text order, unless it overlaps one found before."""
    if any(h.start < hit.end and hit.start < h.end for h in hits):
        return
    i = next((k for k, h in enumerate(hits) if h.start >= hit.end), len(hits))
    hits.insert(i, hit)


def _block(s: int, e: int) -> _Hit:
    return _Hit(None, None, None, s, e)
