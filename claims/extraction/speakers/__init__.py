"""Who said it: attribution in German and English reported speech, and quote spans.

The package, from the bottom of its imports to the top: ``words`` (verbs of saying, pronouns,
articles, roles, titles, institutions), ``quotes`` (quote marks), ``normalise`` (a found phrase made
a name: German case and gender, English roles), ``zufolge`` (German "X zufolge"), the English
phrase readings (``phrase_bounds``: verbs and clause starts; ``body_names``: names with "and" inside;
``backward_np``: the subject before a verb; ``forward_np``: the phrase after it and after "according
to"), the German ones (``body_names_de``: names over "für" and "und"; ``forward_np_de``: the phrase
after a verb or a source's preposition; ``sources_de``: "laut", "nach Angaben", "wie X mitteilte",
"hieß es"), ``german`` and ``english`` (attribution in each language), ``quoted_by`` (a medium quoting
someone: "Interfax quoted X as saying"), and here the trigger words and ``find_speaker``, which ties
them together.

A set or pattern whose method a hot function calls (``_TRIGGERS.isdisjoint``, ``_SPACES.match``) is
defined in that function's module, not imported: Python 3.11 compiles a method call on an imported
name to an attribute load that makes a bound method on every call.
"""

from __future__ import annotations

import re

from ..wordtrie import word_list
from .antecedent import resolve_pronoun
from .english import _english
from .german import _DE_ESTIMATE_VERBS, _WIE_VERBS, _german
from .labels import transcript_label
from .party_labels import drop_bracket_labels
from .quoted_by import QUOTED_WORDS, quoted_en, zitiert_de
from .quotes import QuoteMarks, quote_marks
from .words import _DE_VERBS, _EN_VERBS, _PARTICIPLES_DE, PRONOUN, UPPER

# isort: split
# Names other modules import (entities.py reads the role lists), and internals that the tests
# under tests/claims/extraction/ check against plain regexes or call directly.
from .german import _DE_INVERTED as _DE_INVERTED
from .german import _DE_INVERTED_START as _DE_INVERTED_START
from .german import _DE_INVERTED_TAIL as _DE_INVERTED_TAIL
from .normalise import _de_gender as _de_gender
from .normalise import _de_genitive_to_nominative as _de_genitive_to_nominative
from .phrase_bounds import _EN_SEGMENT_START as _EN_SEGMENT_START
from .phrase_bounds import _EN_VERB_RE as _EN_VERB_RE
from .phrase_bounds import _is_word_char as _is_word_char
from .phrase_bounds import _segment_start as _segment_start
from .words import _EN_LOWER_SUBJECTS as _EN_LOWER_SUBJECTS
from .words import _ROLE_DE as _ROLE_DE
from .words import _ROLE_EN as _ROLE_EN
from .words import _TOKEN as _TOKEN
from .words import _tokens as _tokens
from .zufolge import _search_zufolge as _search_zufolge

__all__ = ["PRONOUN", "QUOTED_WORDS", "SPEAKER_WORDS", "TRIGGERS", "QuoteMarks", "find_speaker", "quote_marks"]

# Titles written with a dot before a name ("Dr. Amina Clarke", "Prof. Weber", "Mag. Karl Huber",
# "Sen. Chuck Schumer"): find_speaker drops the dot, which would end an attribution's phrase,
# and the title, like a role, is dropped before the name; British copy writes them without one.
# (and "St." of a place in a body's name: "die Kantonspolizei St. Gallen", "Polizei St. Pölten")
_TITLE_DOT = re.compile(r"\b(Dr|Prof|Mag|Mr|Mrs|Ms|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Rev|St)\.(?= " + UPPER + ")")
_TITLE_BARE = re.compile(r"\b(Dr|Prof|Mag|Mr|Mrs|Ms|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Rev|St)(?= " + UPPER + ")")

# An academic title before a first name and a surname, nothing else: the title is dropped as a role is.
_R_DOCTOR_NAME = re.compile(r"(?:Dr|Prof|Mag) (" + UPPER + r"[^\s]+ (?:" + UPPER + r"[^\s]+ )?" + UPPER + r"[^\s]+)$")

# A sentence's words, where find_speaker is given none.
_WORDS = re.compile(r"[\w'’]+")
# Any attribution pattern needs one of these words.
TRIGGERS = _TRIGGERS = frozenset(
    (_DE_VERBS + "|" + _EN_VERBS + "|" + _PARTICIPLES_DE).split("|")
    + word_list("laut gemäß gemäss zufolge angaben so wie hieß heißt according informationen recherchen berichten")
    + word_list("schätzungen darstellung")
    + _DE_ESTIMATE_VERBS
)

# The words find_speaker() looks for in ``words``: any set that has those of them in the sentence will do.
# ("quoted", "zitierte" start an attribution too, but are kept out of TRIGGERS, which worthiness
# reads as words of saying: "quoted companies", "the quoted price".)
SPEAKER_WORDS = _TRIGGERS | _WIE_VERBS | QUOTED_WORDS


# A speaker "found" in the first person is the answer's own words ("What I can say is ..."), not who spoke.
_FIRST_PERSON = frozenset(["I", "We", "we", "Ich", "Wir", "wir"])


def find_speaker(text: str, lang: str, words: frozenset[str] | None = None) -> str | None:
    """The speaker named in one sentence, PRONOUN for "er"/"he", or None.

    ``words`` (the sentence's lower-case words, or at least those in SPEAKER_WORDS) lets a
    sentence without any attribution word skip the patterns.
    """
    who = _find_speaker(text, lang, words)
    # "Die Nationalbank beließ ..., wie sie mitteilte", "..., as it said": the pronoun's antecedent
    # opens the sentence ("as it said" the English patterns leave unread).
    if who == PRONOUN or (who is None and (", as " in text if lang == "en" else "wie es " in text)):
        who = resolve_pronoun(text, lang) or who
    # (else a transcript's label: "Huber: Ende November waren ...", looked for only where a colon stands early)
    if (who is None or who.split(" ", 1)[0] in _FIRST_PERSON) and text.find(":", 0, 40) > 0:
        # (a label before an answer that speaks of itself: "Hargrove: What I can say is that ...")
        return transcript_label(text) or who
    if who and who[-1] == "." and "." not in who.rsplit(" ", 1)[-1][:-1] and text.rstrip(" \"”“»«'’").endswith(who):
        return who[:-1]  # "..., according to HS2 Ltd.": the sentence's full stop ("the U.N." keeps its dots)
    return who


def _find_speaker(text: str, lang: str, words: frozenset[str] | None) -> str | None:
    if words is None:
        words = frozenset(w.lower() for w in _WORDS.findall(text))
    angaben = "ngaben" in text
    if _TRIGGERS.isdisjoint(words) and not angaben and QUOTED_WORDS.isdisjoint(words):
        return None
    if " (" in text:
        # "sagte Arbeitsministerin Katrin Vogelsang (SPD)", "Sen. Chuck Schumer (D) said": a party or
        # an acronym in brackets is no part of the speaker's name, and ends no phrase.
        text = drop_bracket_labels(text)
    if ". " in text and _TITLE_DOT.search(text):
        # "sagte Dr. Maria Huber": without its dot the title ends no phrase; a title kept in the
        # speaker ("Prof. John Smith of Oxford University") gets it back.
        bare = _TITLE_DOT.sub(r"\1", text)
        who = _by_language(bare, lang, words, angaben)
        if who and (name := _R_DOCTOR_NAME.match(who)) is not None:
            return name.group(1)  # "..., Dr. Nkechi Balogun-Hart, told a briefing": the name alone (batch 340)
        return _TITLE_BARE.sub(r"\1.", who) if who and who != PRONOUN else who
    return _by_language(text, lang, words, angaben)


def _by_language(text: str, lang: str, words: frozenset[str], angaben: bool) -> str | None:
    who = _german(text, words, angaben) if lang == "de" else _english(text, words)
    if who is None and not QUOTED_WORDS.isdisjoint(words):
        # "Interfax quoted X as saying", "zitierte die Agentur Interfax X": the one quoted speaks.
        who = zitiert_de(text) if lang == "de" else quoted_en(text)
    return who
