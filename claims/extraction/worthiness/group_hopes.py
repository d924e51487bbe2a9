"""What an unnamed group hopes, fears or expects (-0.35 in features(), never beside a figure or a source): a mood
of many, not a forecast anyone stands behind.

The subject opens the sentence and is a bare plural, perhaps after "Many"/"Some"/"Few"/"Most" ("Campaigners
hope ...", "Patient groups fear ...", "Few in Paris expect ...", "Anrainer in Pradl fürchten, dass ...", "Die
Pendlerinnen und Pendler hoffen auf ..."); the verb is in the plural, so a named body in the singular ("The
Bank expects ...", "Die Notenbank rechnet mit ...") is no such group. Not the bodies whose expectation is a
finding or a plan (officials, the police, investigators, prosecutors; "Behörden", "Ermittler"), not a poll
("Von Reuters befragte Ökonomen erwarten ...", "Economists polled by Reuters expect ..."), and never with a
figure ("Economists expect growth of 1.5%", "Die Ökonomen erwarten ein Wachstum von 1,1 Prozent").
"""

from __future__ import annotations

import re

from ..wordtrie import word_list

TRIGGERS = frozenset(
    word_list("hope fear expect doubt worry believe hoffen fürchten befürchten erwarten rechnen bezweifeln")
)

_EN = re.compile(
    r"[\s“\"]*(?:(?:Many|Some|Few|Most)(?:\s+(?:in|on|at|among)\s+(?:the\s+)?[\w-]+(?:\s+[A-Z][\w-]+)?)?\s+"
    r"(?:[a-z][\w-]*\s+){0,2}|[A-Z][\w-]*\s+(?:[a-z][\w-]*\s+){0,2}(?=[a-z-]*s\s)|(?=[A-Z][\w-]*s\s))"
    r"(?:[A-Za-z-]*s\s+)?(?:still\s+|now\s+|also\s+|increasingly\s+)?(?:hope|fear|expect|doubt|worry|believe)\b"
)
_DE = re.compile(
    r"[\s„»]*(?:(?:Die|Viele|Manche|Einige|Zahlreiche)\s+)?(?:[a-zäöüß]+e\s+)?[A-ZÄÖÜ][\wäöüß-]+"
    r"(?:\s+(?:und|in|aus|im|am|vom|von|der|des)\s+(?:[\wäöüß-]+\s+)?[A-ZÄÖÜ][\wäöüß-]+)?"
    r"\s+(?:hoffen|fürchten|befürchten|erwarten|rechnen|bezweifeln)\b"
)
# Bodies whose expectation is a finding or a plan, and polls.
_NOT_A_MOOD = re.compile(
    r"(?i)\b(?:officials|authorities|police|investigators|prosecutors|detectives|behörden|polizei|ermittler"
    r"|staatsanwälte|polled|surveyed|befragte|befragten|umfrage|poll|survey)\b"
)


def group_mood(text: str, lang: str | None) -> bool:
    """An unnamed group's hope, fear or expectation (see above); the caller checks for a figure and a source."""
    m = (_DE if lang == "de" else _EN).match(text)
    if m is None and lang is None:
        m = _DE.match(text)
    return m is not None and _NOT_A_MOOD.search(text) is None
