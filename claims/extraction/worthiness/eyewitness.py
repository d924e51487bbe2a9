"""An eyewitness's quoted experience of the moment (-0.45 in features(), never beside a figure): what an unnamed
resident, witness, survivor or passer-by says they saw and felt is colour, not a claim anyone can check.

The sentence is a direct quote and its speaker, after the verb of saying or before it, is a lay person with an
indefinite article, perhaps after one or two words ("„Das ganze Haus hat gewackelt“, sagte eine Anwohnerin in
...", "erzählte eine junge Mutter", "“The house was swaying so hard I couldn't stand up,” a resident of X told
NHK", "... said a plantation worker"). Not a spokesman, an official or a rescuer (their word is the finding of
a body: "„Die Brücke bleibt gesperrt“, sagte ein Sprecher der Stadt"), not a quote that names a death, an
injury or a collapse ("„Der Turm ist eingestürzt“", "“Two of them are dead”"), and never with a figure ("“The
water rose two metres in an hour,” said a farmer", counted in the caller).
"""

from __future__ import annotations

import re

from ..wordtrie import word_list

TRIGGERS = frozenset(
    word_list("""
    sagte erzählte berichtete schilderte said says told recalled
    """)
)

_OPEN = "„“\"»«"
_LAY_DE = (
    r"(?:Anwohner(?:in)?|Anrainer(?:in)?|Augenzeug(?:e|in)|Zeug(?:e|in)|Bewohner(?:in)?|Passant(?:in)?|Frau|Mann"
    r"|Mutter|Vater|Landwirt(?:in)?|Bäuerin|Bauer|Urlauber(?:in)?|Tourist(?:in)?|Überlebende[r]?|Nachbar(?:in)?"
    r"|Pensionist(?:in)?|Rentner(?:in)?|Schüler(?:in)?|Fischer(?:in)?|Wirt(?:in)?|Fahrgast|Passagier(?:in)?"
    r"|Bergsteiger(?:in)?|Wanderer|Wanderin|Arbeiter(?:in)?|Camper(?:in)?)"
)
_LAY_EN = (
    r"(?:resident|witness|eyewitness|survivor|woman|man|mother|father|farmer|shopkeeper|villager|neighbou?r"
    r"|passer-by|bystander|tourist|holidaymaker|pensioner|worker|passenger|student|homeowner|climber|hiker|camper"
    r"|fisherman|landlady|landlord|driver|onlooker)"
)
_SPEAKER_DE = re.compile(
    r"[“”\"«»],?\s+(?:sagte|erzählte|berichtete|schilderte)\s+(?:ein|eine)\s+(?:[a-zäöüß]\w*\s+){0,2}"
    + _LAY_DE + r"\b"
)
_SPEAKER_EN = re.compile(
    r"[“”\"«»],?\s+(?:(?:said|told|recalled)\s+(?:a|an|one)\s+(?:[a-z][\w-]*\s+){0,2}" + _LAY_EN
    + r"\b|(?:a|an|one)\s+(?:[a-z][\w-]*\s+){0,2}" + _LAY_EN
    + r"\b(?:\s+(?:of|in|from|at|on|near)\s+[\w' -]{1,40}?)?\s+(?:said|says|told|recalled)\b)"
)
# A death, an injury or a collapse named in the quote is damage to check.
_DAMAGE = re.compile(
    r"(?i)\b(?:tot|tote|toten|getötet|gestorben|verletzt\w*|eingestürzt|zerstört|eingebrochen|abgebrannt|vermisst"
    r"|dead|killed|died|injured|hurt|missing|collapsed|destroyed|burned\s+down|burnt\s+down)\b"
)


def eyewitness(text: str, lang: str | None) -> bool:
    """A direct quote from an unnamed lay person (see above); the caller checks for a figure."""
    start = text.lstrip()[:1]
    if not start or start not in _OPEN:
        return False
    m = (_SPEAKER_DE if lang == "de" else _SPEAKER_EN).search(text)
    if m is None and lang is None:
        m = _SPEAKER_DE.search(text)
    return m is not None and _DAMAGE.search(text, 0, m.start()) is None
