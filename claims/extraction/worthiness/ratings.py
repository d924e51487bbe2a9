"""A grade given by a named body: "was rated good by Ofsted", "graded outstanding by the Care Quality
Commission", "wurde von der Stiftung Warentest mit „gut“ bewertet", "von Moody's als stabil
eingestuft", a rating agency's grade and outlook. The evaluative words of the grade are the body's
finding, not the writer's judgement: features() then weighs neither them nor an evaluative copula. Not
a grade by people unnamed ("was rated excellent by critics", "von vielen Gästen als gut bewertet") nor a
verdict without its body ("The school was rated good.")."""

from __future__ import annotations

import re

from ..wordtrie import word_list

# The words of rating, gating the patterns.
WORDS = frozenset(
    word_list("""
    rated graded judged assessed ranked bewertet benotet eingestuft beurteilt
    rating ratings outlook ausblick bonitätsnote bonität kreditwürdigkeit
    """)
)
_GRADE = r"[„“\"'‘»«]?[\w-]+(?:\s+[\w-]+){0,2}?[“”\"'’«»]?"
_BODY_EN = r"(?:the\s+)?[A-Z][\w'’&-]+"
_BODY_DE = r"(?:der\s+|dem\s+|des\s+)?[A-ZÄÖÜ][\w'’&-]+"
_RATED = re.compile(
    # "rated good by Ofsted", "judged as inadequate by the Care Quality Commission"
    r"\b(?:rated|graded|judged|assessed|ranked)\s+(?:as\s+)?" + _GRADE + r"\s+by\s+" + _BODY_EN
    # "von der Stiftung Warentest mit „gut“ bewertet", "von Moody's als stabil eingestuft"
    + r"|\b(?:von|vom)\s+" + _BODY_DE + r"(?:\s+[A-ZÄÖÜ][\w'’&-]+)?\s+(?:mit\s+(?:der\s+(?:Note|Bewertung)\s+)?|als\s+)"
    + _GRADE + r"\s+(?:bewertet|benotet|eingestuft|beurteilt)\b"
    # a rating agency's grade and outlook ("Fitch hat die Bonitätsnote mit „AA“ bestätigt, den Ausblick aber von
    # „stabil“ auf „negativ“ gesenkt", "Moody's cut its outlook to 'negative'"): the agency's finding
    + r"|\b(?:Fitch|Moody['’]s|S&P|Standard\s*&\s*Poor['’]s|Scope|DBRS|Ratingagentur\w*|[Rr]ating\s+agenc\w+)"
    r"[^.;!?]*?\b(?:Bonitätsnote|Rating|Ratings|Ausblick|outlook|rating|ratings|Kreditwürdigkeit|Bonität)\b"
)


def graded_by_body(text: str) -> bool:
    """``text`` reports a grade a named body gave (see the module's docstring)."""
    return _RATED.search(text) is not None
