"""A medium quoting a speaker: "Interfax quoted Deputy Foreign Minister Vladlen Zakharkin as
saying", "..., zitierte die Agentur Interfax Vizeaußenminister Wladlen Sacharkin." The one quoted
speaks, not the agency that carries the words. Read only where no other attribution was found."""

from __future__ import annotations

import re

from ..wordtrie import word_list
from .backward_np import _backward_np_en
from .forward_np import _forward_np_en
from .forward_np_de import _forward_np_de
from .words import PRONOUN, _is_role_de, _tokens

QUOTED_WORDS = frozenset(word_list("quoted zitierte zitierten"))

# "X quoted <speaker> as saying"; "<speaker> was quoted by X as saying" (the subject before).
_R_QUOTED_EN = re.compile(
    r"(?<![\w])quoted[ \u00a0]+(?P<np>[^,;:!?\"“”]{2,90}?)[ \u00a0]+as[ \u00a0]+(?:saying|telling)(?![\w])"
)
_R_WAS_QUOTED_EN = re.compile(r"[ \u00a0]+(?:was|were|is|has[ \u00a0]+been)[ \u00a0]+quoted[ \u00a0]+(?:by|as)(?![\w])")
_OBJECT_PRONOUNS_EN = frozenset(["him", "her", "them"])


def quoted_en(text: str) -> str | None:
    if "as saying" not in text and "as telling" not in text:
        return None
    m = _R_WAS_QUOTED_EN.search(text)
    if m is not None:
        return _backward_np_en(text, m.start() + 1)
    m = _R_QUOTED_EN.search(text)
    if m is None:
        return None
    np = m.group("np")
    if np.lower() in _OBJECT_PRONOUNS_EN:
        return PRONOUN
    return _forward_np_en(np)


# The verb, whether the clause before ends at it (a comma or a quote: the subject follows the verb,
# "..., zitierte die Agentur Interfax X"), and the phrase after it up to the clause's end.
_R_ZITIERTE = re.compile(
    r"(?P<inv>[,;:“”\"»«„–][ \u00a0]*)?(?<![\w])zitierten?[ \u00a0]+(?P<rest>[^,;:!?\"“”„«»()]+?)"
    r"(?:(?P<mit>[ \u00a0]+mit[ \u00a0]+den[ \u00a0]+Worten)|[ \u00a0]*(?:[,;:!?\"“”„«»()]|\.(?:[ \u00a0]|$)|$))"
)
_MEDIA_NOUNS = ("agentur", "zeitung", "sender", "blatt", "portal", "magazin", "dienst")
_OBJECT_PRONOUNS_DE = frozenset(["ihn", "sie", "ihm", "ihr"])
_ARTICLES_DE = frozenset(["die", "der", "das"])


def zitiert_de(text: str) -> str | None:
    m = _R_ZITIERTE.search(text)
    if m is None:
        return None
    tokens = _tokens(m.group("rest"))
    if tokens and tokens[0] in _OBJECT_PRONOUNS_DE:
        return PRONOUN  # "zitierte ihn die Agentur Interfax"
    # ('Die „Welt am Sonntag“ zitierte X mit den Worten': the quote mark closes the paper's name, and the one
    # quoted follows the verb as without it, batch 340)
    named_before = m.group("mit") is not None and (m.group("inv") or "").strip() in ("“", "”", '"', "«", "»")
    if m.group("inv") is not None and not (named_before and tokens[:1] and tokens[0][:1].isupper()):
        # The subject after the verb: the medium, then the one quoted ("die Agentur Interfax
        # Vizeaußenminister Sacharkin", "Interfax den Vizeaußenminister").
        i = 0
        if tokens[:1] and tokens[0].lower() in _ARTICLES_DE:
            i = 1
            while i < len(tokens) and tokens[i][:1].islower():
                i += 1
            if i >= len(tokens) or not tokens[i].lower().endswith(_MEDIA_NOUNS):
                return None  # "zitierte der Minister ...": the one quoting is a person
            i += 1  # the medium's noun; its name may follow ("die Agentur Interfax")
            if i < len(tokens) and _medium_name(tokens[i]):
                i += 1
        elif tokens and _medium_name(tokens[0]):
            i = 1  # "zitierte Interfax den Vizeaußenminister"
        else:
            return None
        tokens = tokens[i:]
    elif m.group("mit") is None:
        return None  # "Er zitierte Goethe": the subject before the verb, and no words said follow
    if not tokens:
        return None
    # The one quoted is the object, in the accusative: a masculine singular has the dative's forms
    # ("den russischen Präsidenten" as "dem russischen Präsidenten"), which the oblique reading
    # puts in the nominative; a feminine or a plural has the nominative's.
    if tokens[0] in _ACCUSATIVE_ARTICLES:
        tokens[0] = _ACCUSATIVE_ARTICLES[tokens[0]]
    return _forward_np_de(" ".join(tokens), skip_adverbials=False, oblique=True)


_ACCUSATIVE_ARTICLES = {"den": "dem", "einen": "einem"}


def _medium_name(token: str) -> bool:
    """A medium's name after the verb or its noun: capitalised, no role ("Interfax", "Bild")."""
    return token[:1].isupper() and not _is_role_de(token)
