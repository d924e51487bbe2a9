"""A reported reaction that states nothing (-0.45 in features(), without a figure): how a side says it feels
about a ruling or a vote, or that it is too early to put a number on something, whoever reports it.

  - a feeling: "Pulsewell said it was disappointed by the ruling.", "... said they were delighted with the
    result", "Die Gewerkschaften zeigten sich vom Resultat enttäuscht.", "zeigte sich erfreut über ...";
  - too early to tell: "Cyber insurers said it was too early to put a number on claims.", "Die Höhe des
    Schadens lasse sich noch nicht beziffern, sagte ein Sprecher.", "Es sei noch zu früh, um ... zu sagen".
Not a feeling beside an act ("said it was disappointed and would appeal", "zeigte sich enttäuscht und kündigte
Berufung an": the act is the claim), nor a number put on it after all (a figure: counted in the caller).
"""

from __future__ import annotations

import re

from ..wordtrie import word_list

TRIGGERS = frozenset(
    word_list("""
    disappointed pleased delighted saddened dismayed surprised satisfied grateful thrilled enttäuscht erfreut
    zufrieden überrascht erleichtert bestürzt early beziffern früh
    """)
)

_FEELING = (
    r"(?:disappointed|pleased|delighted|saddened|dismayed|surprised|satisfied|grateful|thrilled)"
)
_REACTION = re.compile(
    r"(?i)\b(?:said|says)\s+(?:it|they|he|she|we|the\s+[a-z]+)\s+(?:was|were|is|are)\s+"
    r"(?:(?:deeply|very|extremely|bitterly|greatly|hugely|not)\s+)?" + _FEELING
    + r"(?:\s+(?:by|with|at|about|over)\b[^,;:]*?|\s+that\s+[^,;:]*?)?"
    r"\s*(?:[.!]|$|,?\s+and\s+(?:remained|remains)\s+committed)"
    r"|\bzeigte(?:n)?\s+sich\s+(?:[\wäöüß-]+\s+){0,4}?(?:(?:tief|sehr|schwer|äußerst|zutiefst)\s+)?"
    r"(?:enttäuscht|erfreut|zufrieden|überrascht|erleichtert|bestürzt)\b(?:\s+(?:über|von|vom)\b[^,;:]*?)?\s*[.!]"
    # too early to put a number on it
    r"|\btoo\s+early\s+to\s+(?:say|tell|estimate|quantify|put\s+a\s+(?:number|figure|price|value))\b"
    r"|\b(?:lasse|lässt|ließe|ließ|ließen|lassen)\s+sich\s+(?:noch\s+|derzeit\s+|bislang\s+)*nicht\s+beziffern\b"
    r"|\b(?:noch\s+)?zu\s+früh,?\s+um\s+[^.;:]{0,60}?\b(?:sagen|beziffern|abschätzen|bewerten)\b"
)


def reported_reaction(text: str) -> bool:
    """A reported feeling, or too early to put a number on something (see above); the caller checks for a
    figure."""
    return _REACTION.search(text) is not None
