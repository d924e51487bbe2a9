"""Bare figures in a clause about an age: "The state pension age will rise from 66 to 67",
"Full retirement age is 67 ..., though benefits can be claimed from 62", "the minimum age ...
from 22 to 18", "Life expectancy at 65", "Das Rentenalter steigt von 65 auf 67".

A figure is an age (a duration in years) where the sentence names an age ("age", "ages",
"Alter", a compound in "-alter", "Altersgrenze") before it, a preposition or a form of "be"
stands right before it and nothing it counts follows it ("rise to 67 between 2026 and 2028",
"is now 60 for everyone", "from 62."; not "the age ... rose to 62 firms"). Callers check the
range (1 to 119) and that ``s``/``e`` bound a plain figure.
"""

from __future__ import annotations

import re

from ..wordtrie import word_list

_REACH = 160
_SENTENCE_ENDS = (". ", "! ", "? ", "; ")

# "is 67", "from 66 to 67", "between 66 and 67", "ages 2 through 49", "between the ages of 10 and
# 14" (the plural names a span of ages; "The age of 18 is the limit" stays a count, as the
# twenty-fourth batch's tests keep it).
_R_EN_BEFORE = re.compile(
    r"(?<![\w])(?:is|was|are|were|be|been|now|remains?|stays?|from|to|at|between|through|until|reach(?:es|ed|ing)?"
    r"|hits?|between[ \u00a0]+\d{1,3}[ \u00a0]+and|ages|ages[ \u00a0]+of"
    r"|ages[ \u00a0]+of[ \u00a0]+\d{1,3}[ \u00a0]+(?:and|to|through))[ \u00a0]$"
)
# An age as the head of a noun phrase; not an era ("the Stone Age", "a golden age", "the age of AI").
_R_EN_HEAD = re.compile(r"(?<![\w\-])(?:[Aa]ges?)(?![\w\-'’])(?![ \u00a0]+of[ \u00a0]+(?!consent|majority)[A-Za-z])")
_ERA_WORDS = frozenset(
    word_list("""
    stone bronze iron ice middle dark golden gilded digital information space jazz atomic nuclear machine
    internet new modern industrial steam computer electric early late great heroic victorian
    """)
)
_R_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \u00a0]+$")
# After the age: the clause ends, or goes on with a word that counts nothing.
_EN_FOLLOW = frozenset(
    word_list("""
    to through and or for from between by in on under with within after before should would will could can may might
    is was are were has have had but though although since until when while as at if starting next last this
    """)
)
_R_EN_AFTER = re.compile(r"(?:[ \u00a0]*(?:[.,;:)]|[-–—][ \u00a0])|$|[ \u00a0]+([a-z]+)(?![\w\-]))")
# "Life expectancy at 65": the age at which the rest of life is reckoned.
_R_EXPECTANCY_AT = re.compile(r"(?i)(?<![\w])expectancy[ \u00a0]+at[ \u00a0]$")

# German: "Das Rentenalter steigt von 65 auf 67", "Die Altersgrenze liegt bei 67", "im Alter von 70".
_R_DE_BEFORE = re.compile(
    r"(?<![\w])(?:bei|von|auf|ist|war|beträgt|betrug|liegt|lag|zwischen|bis|zwischen[ \u00a0]+\d{1,3}[ \u00a0]+und)"
    r"[ \u00a0]$"
)
# "Alter", "Rentenalter", "Renteneintrittsalter", "Mindestalter", "Regelaltersgrenze"; not
# "Verwalter", "Schalter", "Zeitalter", "Mittelalter".
_R_DE_HEAD = re.compile(
    r"(?<![\w])(?:Alter|[A-ZÄÖÜ]?[a-zäöüß]*(?i:renten|pensions|eintritts|antritts|mindest|höchst|wahl|durchschnitts"
    r"|lebens|schutz|ruhestands|stimmrechts)alter|[A-ZÄÖÜ]?[a-zäöüß]*[Aa]ltersgrenze)(?![\wäöüß])"
)
# The head right before the figure: "für das Wahlalter 16" (not bare "Alter", nor "im Mittelalter 12 Burgen").
_R_DE_HEAD_BEFORE = re.compile("(?:" + _R_DE_HEAD.pattern.replace("(?:Alter|", "(?:", 1) + r")[ \u00a0]+$")
_DE_LINKS = frozenset(word_list("und oder bis im in ab für an bei vom zum nach vor seit mit von auf"))
_R_DE_AFTER = re.compile(
    r"(?:[ \u00a0]*(?:[.,;:)]|[-–—][ \u00a0])|$|[ \u00a0]+([a-zäöüß]+)(?![\w\-])([ \u00a0]+[A-ZÄÖÜ])?)"
)


def _sentence_start(text: str, s: int) -> int:
    lo = max(0, s - _REACH)
    return max([lo] + [text.rfind(end, lo, s) + 2 for end in _SENTENCE_ENDS if text.rfind(end, lo, s) >= 0])


def _en_head(text: str, lo: int, s: int) -> bool:
    for m in _R_EN_HEAD.finditer(text, lo, s):
        prev = _R_WORD_BEFORE.search(text, max(0, m.start() - 16), m.start())
        word = prev.group(1) if prev is not None else ""
        if word.lower() in _ERA_WORDS or (word == "The" and m.group() == "Age"):
            continue  # "the Stone Age", "The Age reported" (a newspaper)
        if m.group() == "ages" and word in ("for", "in") and not text[m.end() + 1 : m.end() + 2].isdigit():
            continue  # "waited for ages", "the best in ages"
        return True
    return False


def en_age_clause(text: str, s: int, e: int) -> bool:
    """See the module docstring (English)."""
    if text[s - 3 : s - 1] == "at" and _R_EXPECTANCY_AT.search(text, max(0, s - 16), s):
        return True  # "Life expectancy at 65 has barely improved"
    if "ge" not in text[max(0, s - _REACH) : s] or _R_EN_BEFORE.search(text, max(0, s - 24), s) is None:
        return False
    after = _R_EN_AFTER.match(text, e)
    if after is None or (after.group(1) is not None and after.group(1) not in _EN_FOLLOW):
        return False
    lo = _sentence_start(text, s)
    return _en_head(text, lo, s)


def de_age_clause(text: str, s: int, e: int) -> bool:
    """See the module docstring (German)."""
    if "lter" not in text[max(0, s - _REACH) : s]:
        return False
    if text[s - 2 : s - 1] == "r" and _R_DE_HEAD_BEFORE.search(text, max(0, s - 30), s) is not None:
        return True  # "das Stimmrechtsalter 16", "das Rentenalter 67": the head names the figure (batch 368)
    if _R_DE_BEFORE.search(text, max(0, s - 24), s) is None:
        return False
    after = _R_DE_AFTER.match(text, e)
    if after is None or (after.group(2) is not None and after.group(1) not in _DE_LINKS):
        return False  # "von 65 neuen Fällen": an adjective and the noun it counts
    lo = _sentence_start(text, s)
    return _R_DE_HEAD.search(text, lo, s) is not None


# A decimal age is an average: "an average age of 25.4", "the median age is 38.6", "ein
# Durchschnittsalter von 41,7" (the unit unwritten, as "Sørli, 47,"); the head right before "of" /
# "von", or heading the clause before a preposition or a form of "be" as above.
_R_MEAN_AGE = re.compile(
    r"(?<![\w])(?:(?i:average|median|mean)[ \u00a0]+age|[Dd]urchschnittsalter|[Mm]edianalter)(?![\w])"
)
_R_OF_AFTER_HEAD = re.compile(r"[ \u00a0]+(?:of|von)[ \u00a0]+$")


def mean_age(text: str, s: int, e: int, lang: str) -> bool:
    """See _R_MEAN_AGE; callers check that ``s``..``e`` is a decimal between 1 and 119."""
    window = text[max(0, s - _REACH) : s]
    if "age" not in window and "lter" not in window:
        return False
    lo = _sentence_start(text, s)
    heads = list(_R_MEAN_AGE.finditer(text, lo, s))
    if not heads:
        return False
    head = heads[-1]
    if not _R_OF_AFTER_HEAD.fullmatch(text, head.end(), s):
        before = _R_EN_BEFORE if lang == "en" else _R_DE_BEFORE  # "is 38.6", "liegt bei 41,7"
        if before.search(text, max(0, s - 24), s) is None:
            return False
    if lang == "en":
        after = _R_EN_AFTER.match(text, e)
        return after is not None and (after.group(1) is None or after.group(1) in _EN_FOLLOW)
    after = _R_DE_AFTER.match(text, e)
    return after is not None and (after.group(2) is None or after.group(1) in _DE_LINKS)
