"""A fear of what may yet happen (-0.35 in features(), never beside a figure): whoever fears that a toll could
climb or slopes could give way, named official or not, states a forecast nobody stands behind.

The verb of fearing is followed by a clause of what would or could happen ("said she feared the toll would
climb once crews reached ...", "officials fear further slopes could give way", "Der Bürgermeister befürchtet,
dass weitere Hänge abrutschen könnten"). Not a fear with a noun for its object, which is a position ("Belgien
fürchtet Schadenersatzforderungen ... und verlangt Garantien"), not "feared dead/missing", which counts people
("are feared missing", a finding), never with a figure ("officials fear the toll could pass 100", counted in the
caller), and not with a position or a demand beside it ("..., and called for ...", "und fordert ...").
"""

from __future__ import annotations

import re

from ..wordtrie import word_list

TRIGGERS = frozenset(
    word_list("""
    fear fears feared fearing fürchte befürchte fürchtet fürchten fürchtete fürchteten befürchtet befürchten
    befürchtete befürchteten
    """)
)

_EN = re.compile(
    r"\b(?:fear|fears|feared|fearing)\s+(?:that\s+)?(?!(?:dead|missing|killed|trapped|lost)\b)(?:[\w'’-]+\s+){1,6}?"
    r"(?:could|would|might|may|will|was\s+going\s+to)\b"
)
_DE = re.compile(
    r"\b(?:fürchte|befürchte|fürchtet|fürchten|fürchtete|fürchteten|befürchtet|befürchten|befürchtete|befürchteten)\b"
    r"(?:\s+\w+){0,2},\s+(?:dass\s+)?[^.;]*?\b(?:könnte|könnten|würde|würden|werde|werden|wird|dürfte|dürften)\b"
)
# A position or a demand beside the fear is the claim.
_BESIDE = re.compile(
    r"(?i)\b(?:called\s+for|demanded|urged|asked\s+for|ordered|announced|fordert\w*|verlangt\w*|kündigt\w*|ordnet\w*)\b"
)


def feared_outcome(text: str, lang: str | None) -> bool:
    """A fear of what would or could happen (see above); the caller checks for a figure."""
    m = (_DE if lang == "de" else _EN).search(text)
    if m is None and lang is None:
        m = _DE.search(text)
    return m is not None and _BESIDE.search(text) is None
