"""Addresses and place labels: figures that name a place, not an amount.

German roads written with a space ("die B 171", "über die L 101"), house numbers after a street
("in der Bahnhofstraße 14", "Tiroler Straße 3"), kilometre markers ("bei Straßenkilometer 23,4"),
English house numbers before a street ("at 14 High Street"), AP's block numbers ("in the 400
block of Forest Avenue") and mile markers ("near mile marker 178"). Each is told by its shape
around the figure; a measure or a counted noun right after the figure keeps it a number ("auf der
B 17 Kilometer", "in der Einkaufsstraße 12 neue Geschäfte", "14 High Street shops").
"""

from __future__ import annotations

import re

from .units import _R_NEXT, _unit_like

# A road's class letter and a space before the figure: "B 171", "L 101", "A 10", "S 1", "St 2345".
_R_ROAD_DE = re.compile(r"(?<![\w.\-])(?:[ABLSK]|St)[ \u00a0]$")
# A street, then its house number: a compound in a street word, or a street word after an
# adjective of a place ("Tiroler Straße", "Lange Gasse"). "Platz" alone is a rank ("Platz 3").
_STREET_HEADS = ("straße", "strasse", "gasse", "allee", "weg", "ring", "ufer", "kai", "damm", "zeile", "platz")
_R_STREET_DE = re.compile(
    r"(?<![\w])(?:[A-ZÄÖÜ][a-zäöüß\-]*(?:straße|strasse|gasse|allee|weg|ring|ufer|kai|damm|zeile|platz)"
    r"|[A-ZÄÖÜ][a-zäöüß]+e[r]?[ \u00a0]+(?:Straße|Strasse|Gasse|Allee|Weg|Ring|Ufer|Kai|Damm|Zeile|Platz))[ \u00a0]$"
)
# Places in a standing end in "platz" too: "Tabellenplatz 3", "Listenplatz 12".
_R_RANK_PLATZ = re.compile(
    r"(?i)(?:tabellen|start|podest|listen|spitzen|stamm|abstiegs|relegations|ranglisten|qualifikations)platz[ \u00a0]$"
)
# A marker along a road, a railway or a river: "bei Straßenkilometer 23,4", "bei Kilometer 12".
_R_MARKER_DE = re.compile(
    r"(?<![\w])(?:(?:Straßen|Strassen|Bahn|Fluss|Strecken|Autobahn)kilometer"
    r"|(?:bei|ab|bis)[ \u00a0]+Kilometer)[ \u00a0]$"
)
# An adjective and a noun after a figure count the noun: "Einkaufsstraße 12 neue Geschäfte".
_R_ADJ_NOUN_AFTER = re.compile(r"[ \u00a0]+[a-zäöüß]+(?:e|er|es|em)[ \u00a0]+[A-ZÄÖÜ]")
# English: a house number before a street's name ("at 14 High Street", "1600 Pennsylvania Avenue").
_R_STREET_AFTER_EN = re.compile(
    r"[ \u00a0]+(?:[A-Z][a-z]+[ \u00a0]+){1,3}(?:Street|Road|Avenue|Lane|Drive|Way|Close|Place|Square|Terrace"
    r"|Crescent|Row|Gardens|Boulevard|Parade|Grove|St|Rd|Ave|Blvd)\.?(?![\w])"
)
_R_PLURAL_NOUN_AFTER_EN = re.compile(r"[ \u00a0]+[a-z]+s(?![\w'’])")
_R_LEFT_AT_EN = re.compile(r"(?i)(?:(?<![\w])(?:at|on|to|from|of|in|near|outside|behind)[ \u00a0]+|^|[(,][ \u00a0]*)$")
# AP's block numbers: "in the 400 block of Forest Avenue".
_R_BLOCK_OF = re.compile(r"[ \u00a0]+block[ \u00a0]+of[ \u00a0]")
_R_THE_BEFORE = re.compile(r"(?i)(?<![\w])the[ \u00a0]+$")
# Local government and schools number a ward, a precinct, a ballot proposition and a term after
# the noun, after a preposition or an article ("In Ward 6", "in Term 1", "the Precinct 4 vote"), as
# "Reactor 2"; "Smith 20, Ward 6" in a box score is a player.
_R_NUMBERED_AFTER_EN = re.compile(
    r"(?<![\w])(?i:in|of|for|from|to|at|the|across)[ \u00a0]+(?:Ward|Precinct|Proposition|Prop|Term)[ \u00a0]$"
)

# A marker along a US highway: "near mile marker 178", "at milepost 42" (as "bei Straßenkilometer 23,4").
_R_MARKER_EN = re.compile(r"(?i)(?<![\w])(?:mile[ \u00a0\-]?(?:marker|post)|milepost)[ \u00a0]$")


def _measured_after(text: str, e: int) -> bool:
    """A unit, a capitalised noun or a hyphenated compound right after the figure."""
    nm = _R_NEXT.match(text, e)
    if nm is None or text[e : e + 1] == "-":
        return nm is not None
    word = nm.group(1)
    return word[0].isupper() or _unit_like(word)


def place_end(text: str, s: int, e: int, raw: str, lang: str) -> int | None:
    """Where a figure naming a place ends (the figure's own end, or past "block"), else None."""
    prev = text[s - 1] if s else ""
    if lang == "de":
        if prev not in " \u00a0" or s < 3:
            return None
        if raw.isdigit() and len(raw) <= 4 and _R_ROAD_DE.search(text, max(0, s - 4), s):
            return None if _measured_after(text, e) else e
        if text[s - 9 : s - 1] == "ilometer" and _R_MARKER_DE.search(text, max(0, s - 24), s):
            return None if _measured_after(text, e) else e
        if (
            raw.isdigit()
            and len(raw) <= 3
            and text[max(0, s - 8) : s - 1].lower().endswith(_STREET_HEADS)
            and _R_STREET_DE.search(text, max(0, s - 40), s)
            and not _R_RANK_PLATZ.search(text, max(0, s - 22), s)
            and not _measured_after(text, e)
            and not _R_ADJ_NOUN_AFTER.match(text, e)
        ):
            return e
        return None
    if not raw.isdigit() or len(raw) > 5:
        return None
    nxt = text[e : e + 1]
    if s > 9 and text[s - 2] in "rRtT" and _R_MARKER_EN.search(text, max(0, s - 14), s):
        return None if _measured_after(text, e) else e
    if s > 5 and text[s - 2] in "dtmpn" and _R_NUMBERED_AFTER_EN.search(text, max(0, s - 18), s):
        return e
    if (
        nxt in " \u00a0"
        and text.startswith("block", e + 1)
        and _R_BLOCK_OF.match(text, e)
        and _R_THE_BEFORE.search(text, max(0, s - 5), s)
    ):
        return e + 6
    if (
        nxt in " \u00a0"
        and text[e + 1 : e + 2].isupper()
        and (m := _R_STREET_AFTER_EN.match(text, e))
        and not _R_PLURAL_NOUN_AFTER_EN.match(text, m.end())
        and _R_LEFT_AT_EN.search(text, max(0, s - 8), s)
    ):
        return e
    return None
