"""Currencies written as letters glued to the figure: "R2.5bn" (rand), "N54.99 trillion" (naira),
"KSh4.29 trillion", "Sh1.1 trillion" (Kenyan shilling).

A digit glued to a letter starts no anchor ("A1", "Q3", "H5N1"), so these are anchored here, and
only where the letters can be nothing but money: "R2" and "N7" are roads or rooms, "Sh2" a gene.
"""

from __future__ import annotations

import re

# The letters, the figure, and a scale word (glued or after a space) if one follows.
_R_PREFIXED = re.compile(
    r"(?<![\w])(?P<pre>KSh|Sh|R|N)(?P<sp>[ \u00a0]?)(?P<num>\d+(?:[.,'’]\d+)*)"
    r"(?P<scale>[ \u00a0]?(?:trillion|billion|million|thousand|tn|trn|bn|mn)(?![\w])|[mk](?![\w]))?"
)
_R_GATE = re.compile(r"[RNh][ \u00a0]?\d")
_PREFIX_CURRENCY = {"KSh": "KES", "Sh": "KES", "R": "ZAR", "N": "NGN"}
# Without a scale word the amount needs its country's money named in the text, and a figure that
# reads as money: grouped thousands or two decimals ("R1,200", "N1,050", "R12.50").
_R_COUNTRY = {
    "R": re.compile(r"(?<![\w])(?:rands?|South Africa\w*)(?![\w])"),
    "N": re.compile(r"(?<![\w])(?:naira|Nigeria\w*)(?![\w])"),
    "Sh": re.compile(r"(?<![\w])(?:Kenya\w*|Nairobi)(?![\w])"),
}
_R_MONEY_FIGURE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d\d)?|\d+\.\d\d")


def _usable(text: str, m: re.Match) -> bool:
    pre = m.group("pre")
    if pre == "KSh":
        return True
    if m.group("sp"):
        return False  # "R 5", "N 2": only "KSh" is money before a space
    if pre == "Sh" and not m.group("scale"):
        return _R_COUNTRY["Sh"].search(text) is not None and _R_MONEY_FIGURE.fullmatch(m.group("num")) is not None
    if m.group("scale"):
        return True
    return _R_COUNTRY[pre].search(text) is not None and _R_MONEY_FIGURE.fullmatch(m.group("num")) is not None


def prefixed_anchors(text: str) -> list[tuple[int, int, int, None]]:
    """Digit anchors (kind 0) for figures after currency letters; the letters are read by
    ``letter_currency`` when the figure is."""
    # (a letter and a digit are rare: one cheap scan spares the full pattern almost every text)
    if _R_GATE.search(text) is None:
        return []
    return [(m.start("num"), m.end("num"), 0, None) for m in _R_PREFIXED.finditer(text) if _usable(text, m)]


def letter_currency(text: str, s: int) -> tuple[str, int] | None:
    """The currency of the letters right before the figure at ``s`` and where they start (none
    for "Sh" in a text that does not name Kenya: Uganda and Tanzania write it too)."""
    for lo in range(max(0, s - 4), s):
        m = _R_PREFIXED.match(text, lo)
        if m and m.start("num") == s and _usable(text, m):
            pre = m.group("pre")
            if pre == "Sh" and _R_COUNTRY["Sh"].search(text) is None:
                return None
            return _PREFIX_CURRENCY[pre], m.start()
    return None
