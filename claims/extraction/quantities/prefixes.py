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
    "N": re.compile(r"(?<![\w])(?:naira|Nigeria\w*|Lagos|Abuja|NNPC|Kano|Ibadan|Port Harcourt|Dangote)(?![\w])"),
    "Sh": re.compile(r"(?<![\w])(?:Kenya\w*|Nairobi)(?![\w])"),
}
_R_MONEY_FIGURE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d\d)?|\d+\.\d\d")
# "N820 per litre", "N930 a litre": Nigerian copy's naira priced per unit, money whatever the text
# names ("N95 masks" are no price).
_R_PER_UNIT = re.compile(
    r"(?:[ \u00a0]+(?:per|a|an)[ \u00a0]+|/)(?:litre|liter|kg|kilogram|kilo|bag|tonne|ton|gallon|barrel"
    r"|unit|person|night|month|day|kWh|dollar|share|bottle|loaf|crate|tuber)s?(?![\w])"
)
# Two naira figures joined: "by N45 to N820 per litre", "from N890 to N930".
_R_N_JOIN_AFTER = re.compile(r"[ \u00a0]*(?:to|and|or|-|–)[ \u00a0]*(?=N\d)")
_R_N_JOIN_BEFORE = re.compile(r"(?<![\w])N\d[\d,.]*[ \u00a0]*(?:to|and|or|-|–)[ \u00a0]*$")


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
    if pre == "N":
        return _naira(text, m)
    return _R_COUNTRY[pre].search(text) is not None and _R_MONEY_FIGURE.fullmatch(m.group("num")) is not None


def _naira(text: str, m: re.Match) -> bool:
    """A plain "N" figure is naira priced per unit, or a money-shaped figure where the text is
    Nigerian; one joined to such a figure ("by N45 to N820 per litre") or, in Nigerian copy, to
    any other ("from N890 to N930") is too."""
    if len(m.group("num")) < 2:
        return False  # "the N2 and N7": roads, not naira
    if _plain_naira(text, m):
        return True
    nigerian = _R_COUNTRY["N"].search(text) is not None
    j = _R_N_JOIN_AFTER.match(text, m.end())
    o = _R_PREFIXED.match(text, j.end()) if j else None
    if o is not None and (nigerian or o.group("scale") or _plain_naira(text, o)):
        return True
    if (b := _R_N_JOIN_BEFORE.search(text, max(0, m.start() - 24), m.start())) is not None:
        o = _R_PREFIXED.match(text, b.start())
        if o is not None and (nigerian or o.group("scale") or _plain_naira(text, o)):
            return True
    return False


def _plain_naira(text: str, m: re.Match) -> bool:
    if m.group("sp") or m.group("pre") != "N":
        return False
    if _R_PER_UNIT.match(text, m.end()):
        return True
    return _R_COUNTRY["N"].search(text) is not None and _R_MONEY_FIGURE.fullmatch(m.group("num")) is not None


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
