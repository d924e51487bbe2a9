"""A pronoun speaker resolved within its sentence: "Die Nationalbank beließ den Zins ..., wie sie
mitteilte", "The Swiss National Bank kept its rate ..., it said": the pronoun of the closing
reporting clause refers back to the named body or person opening the sentence as its subject.

Only when nothing else could be meant: the opening is a body (or a person's name) before the finite
verb, the pronoun agrees with it (German gender), and no likelier antecedent stands in between.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..wordtrie import word_list
from .normalise import _de_gender, _normalise_de, _normalise_en
from .words import _INSTITUTIONS, UPPER, _is_institution_de

# The pronoun subject of a reporting clause after the last comma: "wie sie mitteilte", "it said".
_DE_CLAUSE = re.compile(r",\s*(?:wie\s+|so\s+|sagte\s+|teilte\s+|erklärte\s+)?(?P<p>sie|er|es)\b")
_EN_CLAUSE = re.compile(r",\s*(?:as\s+)?(?P<p>it|they)\s+(?:said|says|reported|announced|added|told)\b")
# An opening subject: an optional article, capitalised words, then the lower-case finite verb.
_DE_OPENING = re.compile(
    r"(?:(?P<art>Der|Die|Das)\s+)?(?P<np>" + UPPER + r"[\w\-]*(?:\s+" + UPPER + r"[\w\-]*){0,3})"
    r"\s+(?P<verb>[a-zäöüß]+)\b"
)
# (a body's noun in lower case after "The" too: "The company added 2,350 employees ..., it said")
_EN_OPENING = re.compile(
    r"(?:(?P<art>The)\s+)?(?P<np>[A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*){0,4}|(?<=The )[a-z]+)\s+(?P<verb>[a-z]+)\b"
)
# Determiners before a German noun that could be the pronoun's antecedent instead.
_DE_DETERMINERS = frozenset(word_list("der die das den dem des ein eine einen einem einer"))
_DE_PRONOUN_GENDER = {"sie": "f", "er": "m", "es": "n"}
# Finite English verbs the opening subject may take (regular past tenses are also accepted).
_EN_FINITE = frozenset(
    word_list(
        "kept cut held left set put made took won lost sold bought paid raised rose fell grew said cuts keeps holds"
        " sets makes takes wins loses sells buys pays raises"
    )
)


def resolve_pronoun(text: str, lang: str) -> str | None:
    """The opening subject a closing reporting clause's pronoun refers to, or None."""
    comma = text.rfind(",")
    if comma < 0:
        return None
    if lang == "de":
        return _resolve_de(text, comma)
    return _resolve_en(text, comma)


def _resolve_de(text: str, comma: int) -> str | None:
    clause = _DE_CLAUSE.match(text, comma)
    opening = _DE_OPENING.match(text) if clause else None
    if opening is None or opening.end() > comma:
        return None
    pronoun = clause.group("p")
    words = opening.group("np").split()
    head = words[-1]
    if opening.group("art"):
        if not _is_institution_de(head):
            return None  # "Die Zinsen stiegen, wie sie mitteilten": no body speaks
        gender = _de_gender(head)
        plural = opening.group("verb").endswith("en")
        if not (gender == _DE_PRONOUN_GENDER[pronoun] or (pronoun == "sie" and plural)):
            return None
    elif pronoun == "es" or len(words) < 2:
        return None  # a person named in full ("Anna Berger erhöhte ..., wie sie sagte")
    # A noun after a determiner that agrees with the pronoun is a likelier antecedent.
    between = text[opening.end() : comma].split()
    for det, noun in pairwise(between):
        if det.lower() in _DE_DETERMINERS and noun[:1].isupper():
            g = _de_gender(noun)
            if g == _DE_PRONOUN_GENDER[pronoun] or (g is None and pronoun == "sie" and det.lower() == "die"):
                return None
    article = [opening.group("art").lower()] if opening.group("art") else []
    return _normalise_de(article + words)


def _resolve_en(text: str, comma: int) -> str | None:
    clause = _EN_CLAUSE.match(text, comma)
    opening = _EN_OPENING.match(text) if clause else None
    if opening is None or opening.end() > comma:
        return None
    verb = opening.group("verb")
    if not (verb.endswith("ed") or verb in _EN_FINITE):
        return None
    words = opening.group("np").split()
    if words[-1].endswith(("'s", "’s")):
        return None
    if opening.group("art") and words[-1].lower() not in _INSTITUTIONS and not words[-1].isupper():
        return None  # "The Dow fell, it said" names no body
    # Any other name, or a body after "the", in between could be meant instead.
    between = text[opening.end() : comma].split()
    for k, word in enumerate(between):
        if word[:1].isupper() or (k and between[k - 1].lower() in ("the", "a") and word.lower() in _INSTITUTIONS):
            return None
    article = ["the"] if opening.group("art") else []
    return _normalise_en(article + words)
