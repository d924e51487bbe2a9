"""A simile as the claim (-0.35 in features()): what a thing is likened to is not asserted.

"The opposition leader is like a boxer who has forgotten how to throw a punch", "Energy bills hang over
the government like the sword of Damocles", "It feels like a nightmare", "Der Kanzler bewegt sich wie
ein Fisch im Wasser". The comparison carries no evidence, so a sentence whose only event stands inside
it ("a boxer who has forgotten ...") claims nothing. It weighs only where the sentence has no figure
and names no source (features() checks), and where the rest holds no event: in English the part
before "like" and after a comma that closes the comparison ("The building collapsed like a house of
cards" reports a collapse, "The company, like many of its rivals, cut jobs" a cut), in German the whole
sentence (the verb bracket closes after the comparison: "hat sich wie ein Schleier über das Tal
gelegt").

A simile in English is "like" before an article, or "feels like" ("like" as a verb: "would like a",
"we like the plan"; "like-for-like"; "anything like it"; "countries like France"; "like" before a clause,
"looks like a deal will be signed"); in German "wie"
before an indefinite article (not an equative "so groß wie ein ...", "ebenso ... wie") and "gleicht
einem/einer".
"""

from __future__ import annotations

import re

from . import lexicon
from .evidence import _ED_WORD

_FACT_VERBS = lexicon._FACT_VERBS

_WORD = re.compile(r"[\w'’]+")
# "like" before an article (not after a subject or a modal that makes it a verb, "would like a"); "feels
# like", "felt like".
_EN_SIMILE = re.compile(
    r"(?i)(?<!\bwould )(?<!['’]d )(?<!\bi )(?<!\bwe )(?<!\byou )(?<!\bthey )(?<!\bnot )(?<![-\w])"
    r"like\s+(?:an?|the(?!\s+(?-i:[A-Z])))\s"
    r"|\b(?:feels?|felt|feeling)\s+like\b"
)
_DE_SIMILE = re.compile(
    r"(?i)\bwie\s+ein(?:e|em|en|er|es)?\s"
    r"|\bgleich(?:t|en|te|ten)\s+(?:einem|einer)\s|\bfühlt\s+sich\s+an\s+wie\b"
)
# "like" before a clause is "as if" or "it seems that", not a comparison: an article, a noun or two (not a
# relative pronoun), then an auxiliary or a modal ("It looks like a deal will be signed on Friday"; "like a
# boxer who has forgotten ..." is a comparison).
_AS_IF = re.compile(
    r"(?:(?!(?:who|that|which|whose)\b)[\w'’-]+\s+){1,2}(?:will|would|could|can|may|might|should|must|is|are|was"
    r"|were|has|have|had)\b"
)
_EQUATIVE = re.compile(r"(?i)\b(?:so|genauso|ebenso|gleich)\s+[\wäöüß]+\s+$")


def simile_start(text: str, lang: str | None) -> int:
    """Where a simile begins in ``text`` (-1: none); a German equative and an English "like" before a
    clause are none ("so groß wie ein Fußballfeld", "looks like a deal will be signed")."""
    if lang == "de":
        m = _DE_SIMILE.search(text)
        # (an equative compares a measure: "so groß wie ein Fußballfeld", "doppelt so teuer wie ein ...")
        if m is None or _EQUATIVE.search(text, max(0, m.start() - 40), m.start()):
            return -1
        return m.start()
    m = _EN_SIMILE.search(text)
    if m is None or (m.group()[:1] in "lL" and _AS_IF.match(text, m.end())):
        return -1
    return m.start()


def simile_only(text: str, lang: str | None, has_fact_verb: bool) -> bool:
    """The sentence likens something and states no event outside the comparison (see the docstring)."""
    if lang == "de" and has_fact_verb:
        return False
    start = simile_start(text, lang)
    if start < 0:
        return False
    if lang == "de" or not has_fact_verb:
        return True
    # (a comparison set off by commas leaves the clause around it: "The company, like a number of its
    # rivals, cut jobs in March", "Like many councils, Bristol has declared ...")
    comma = text.find(",", start)
    outside = (text[:start] + " " + (text[comma:] if comma >= 0 else "")).lower()
    return _ED_WORD.search(outside) is None and _FACT_VERBS.isdisjoint(_WORD.findall(outside))
