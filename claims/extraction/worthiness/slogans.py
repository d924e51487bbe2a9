"""Slogans and quoted threats (-0.45 in features()): words for the street, not a claim to check.

The sentence carries a quote that is
  - chanted, shouted or written on a banner, placard or sign („Sieben Prozent sind nicht zu viel“,
    skandierten ...; „...“ stand auf einem Transparent; "5% is not a pay rise" read a placard; Placards
    read "..."; held up placards reading "..."), with a figure or without: the figure is the crowd's,
    nobody's finding; a chant named before its words (chanted "...") only without a figure, since
    "About 2,000 marched to parliament chanting ..." reports a march;
  - a threat its speaker makes („Wenn ..., stehen wir jeden Tag auf der Straße“, drohte ...; "...,"
    she warned is not one): only without a figure (counted in the caller), since a threatened strike of
    48 hours is a plan.
Not a report about the banner or the slogan ("Police removed a banner reading ...", "marschierten unter dem
Motto „...“"): its verb is the fact.
"""

from __future__ import annotations

import re

from ..wordtrie import word_list

TRIGGERS = frozenset(
    word_list("""
    skandierten skandierte skandierend riefen transparent transparenten plakat plakaten schild schildern
    spruchband spruchbändern chanted chanting chant shouted placard placards banner banners sign signs poster posters
    drohte drohten echoed rang hallte hallten unfurled displayed
    """)
)
THREATS = frozenset(word_list("drohte drohten"))

_CLOSE = r"[“”\"»«]\s*,?\s*"
_OPEN = r"\s*:?\s*[„“\"»«]"
_BOARD_DE = (
    r"(?:(?:ein|einem|dem|den|zahlreichen|vielen|mehreren)\s+)?(?:[a-zäöüß]+en\s+)?(?:transparent|plakat|schild|spruchband)"
    r"\w*"
)
_BOARD_EN = r"(?:a|the|one|another)\s+(?:[a-z]+\s+)?(?:placard|banner|sign|poster)"
_SLOGAN = re.compile(
    r"(?i)"
    # the quote first, its carrier after it
    + _CLOSE
    + r"(?:(?:[\w-]+\s+){0,3}?(?:skandierten|skandierte|riefen|chanted|shouted)\b"
    r"|(?:echoed|rang\s+out|hallte|hallten)\b"
    r"|(?:stand|prangte|hieß\s+es|war\s+zu\s+lesen)\s+auf\s+" + _BOARD_DE
    + r"|(?:read|reads|said)\s+" + _BOARD_EN + r"s?\b)"
    # the carrier first
    r"|(?:\bauf\s+" + _BOARD_DE + r"\s+(?:stand|hieß\s+es|war\s+zu\s+lesen)"
    r"|\b(?:placards?|banners?|signs?|posters?)\s+(?:read|said)"
    # (carried by the crowd: "held up placards reading"; "removed a banner reading" is an event)
    r"|\b(?:carried|carrying|carry|held|holding|hold|waved|waving|wave|unfurled|unfurling|displayed|raised)\s+"
    r"(?:up\s+)?(?:[a-z]+\s+){0,2}?"
    r"(?:placards?|banners?|signs?|posters?)\s+(?:reading|saying|that\s+read|that\s+said)"
    r")" + _OPEN
)
# Only without a figure: "About 2,000 marched to parliament chanting "Resign!"" reports a march.
_CHANT_OR_THREAT = re.compile(
    r"(?i)\b(?:chanting|chanted|skandierten|skandierend)" + _OPEN + r"|[“”\"»«]\s*,\s*drohten?\b"
)


def slogan(text: str, quantified: bool) -> bool:
    """The sentence carries a slogan, or (``quantified`` False) a chant or a quoted threat."""
    return _SLOGAN.search(text) is not None or (not quantified and _CHANT_OR_THREAT.search(text) is not None)
