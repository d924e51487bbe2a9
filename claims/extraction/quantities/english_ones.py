"""English "one" that is no count: a pronoun ("one of the biggest", "the right one"), a speaker
("one witness said"), "as one", part of a name ("Hydro One", "a loved one"); and where it counts
("all but one of", "between one and ten", "at least one of", "that one in five")."""

from __future__ import annotations

import re

from ..wordtrie import word_list
from .cardinals import _cardinal_value

_LEFT_NO_ONE = re.compile(r"(?i)(?<![\w])(?:no|the|every|any|each|this|that|which|some)[ \u00a0]+$")
# "one witness said", "one senior official told reporters": a speaker, not a count; "one person was
# killed" counts, as does "only one member voted". The description may hold a name or a
# hyphenated place ("one London-based trader said", "one U.S.-based analyst", "one Labour MP").
_R_ONE_SPEAKER_AFTER = re.compile(
    r"(?:[ \u00a0]+(?!(?:who|that|which|and|or|was|were|is|has|had|of|in)(?![\w]))"
    r"(?:[a-z][a-z\-]*|[A-Z](?:[\w\-’']|\.(?=[A-Za-z\-]))*)){1,3}?"
    # "one station manager in Montana said": the speaker's place, a name after "in".
    r"(?:[ \u00a0]+in[ \u00a0]+[A-Z][\w\-]*(?:[ \u00a0]+[A-Z][\w\-]*)?)?"
    r"[ \u00a0]+(?:said|says|told|tells|added|recalled|explained|wrote|posted"
    r"|remarked|noted|commented|described|warned|insisted|shouted|yelled|screamed|asked)(?![\w])"
)
# "..., said one former Olympic champion.": a speaker named after the verb of an inverted
# attribution (a comma or a closing quote before it), up to the end of the clause; "Police said one
# person was killed" counts.
_R_SAID_BEFORE = re.compile(
    r"[,\"”’'][ \u00a0]+(?:said|says|added|wrote|warned|insisted|recalled|explained|remarked)[ \u00a0]+$"
)
# The speaker's description may go on in a participle or a relative clause: "said one islander
# waiting for news of the next sailing", "said one nurse who asked not to be named", or a place
# ("said one owner at a Los Angeles dealership").
_R_SPEAKER_CLAUSE_AFTER = re.compile(
    r"(?:[ \u00a0]+[A-Za-z][\w\-'’]*){1,8}?[ \u00a0]*(?:[.,;!?]|$)"
    r"|(?:[ \u00a0]+[a-z][\w\-'’]*){1,3}?[ \u00a0]+(?:who|whose|[a-z]{2,}ing)(?![\w])"
)
# "The crowd rose as one when", "they stood as one behind him": "as one" is "together".
_R_AS_BEFORE = re.compile(r"(?i)(?<![\w])as[ \u00a0]+$")
_R_AS_ONE_AFTER = re.compile(r"[ \u00a0]+(?:when|while|after|before|behind|against|once|until|again)(?![\w])")
_R_ONLY_BEFORE = re.compile(r"(?i)(?<![\w])(?:only|just|just[ \u00a0]+over|at[ \u00a0]+least)[ \u00a0]+$")


_EN_ONE_BLOCK_AFTER = re.compile(
    # ("one kind of property", "one sort of": a kind, no count)
    r"[ \u00a0]+(?:of|another|or|and|which|that|who|thing|way|side|hand|kind|sort|can|cannot|can't|can’t|could|must"
    r"|should|might|may|would)\b|[ \u00a0]*[,.;:]"
)


# "claiming that one in five UK adults ...": after the conjunction "that", "one in five" states a
# share ("that one of them" stays a pronoun).
_R_ONE_IN_AFTER = re.compile(r"[ \u00a0]+(?:in|out[ \u00a0]+of)[ \u00a0]+(\d{1,3}|[a-z]+)(?![\w])")


def _that_one_in(text: str, lo: int, s: int, e: int) -> bool:
    if not text.endswith(("that ", "that\u00a0"), lo, s) or (m := _R_ONE_IN_AFTER.match(text, e)) is None:
        return False
    denom = _cardinal_value(m.group(1), "en")
    return denom is not None and 1 < denom <= 1000


# "used at least one of the drugs", "more than one of the suspects": a bound makes "one of" a
# figure (count 1 with the hedge), as "all but one of" ("one of the biggest" stays a pronoun).
_R_BOUND_BEFORE_EN = re.compile(
    r"(?i)(?<![\w])(?:at[ \u00a0]+least|at[ \u00a0]+most|more[ \u00a0]+than|fewer[ \u00a0]+than"
    r"|up[ \u00a0]+to)[ \u00a0]+$"
)


# "Only one of 11 economists", "just one of the 27 members": one against a whole counted after it (batch 324).
_R_OF_A_FIGURE = re.compile(r" of[ \u00a0]+(?:the[ \u00a0]+)?(?:\d|([a-z]+)(?![\w]))")


def _bounded_one_of(text: str, lo: int, s: int, e: int) -> bool:
    if not text.startswith(" of ", e):
        return False
    if _R_BOUND_BEFORE_EN.search(text, lo, s) is not None:
        return True
    only = _R_ONLY_BEFORE.search(text, lo, s)
    if only is None or (m := _R_OF_A_FIGURE.match(text, e)) is None:
        return False
    if text.endswith(("the ", "The "), max(0, only.start() - 4), only.start()):
        return False  # "the only one of the 27 member states to do so": who, no figure (batch 21)
    return m.group(1) is None or (_cardinal_value(m.group(1), "en") or 0) > 1


# "between one and ten years": "one" is the lower end of a range, a figure after "and".
_R_AND_FIGURE_AFTER = re.compile(r"[ \u00a0]+and[ \u00a0]+(\d|[a-z]+(?![\w]))")


def _between_one(text: str, s: int, e: int) -> bool:
    if not text.endswith(("between ", "Between "), max(0, s - 8), s):
        return False
    if (m := _R_AND_FIGURE_AFTER.match(text, e)) is None:
        return False
    return m.group(1).isdigit() or _cardinal_value(m.group(1), "en") is not None


# "the right one", "a glorious one": a determiner and an adjective before "one" closing a quote or
# the text (before a stop or a comma _EN_ONE_BLOCK_AFTER already blocks it) make it a pronoun.
_R_ADJ_ONE_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:the|a|an|this|that|its|their|his|her|our|my|your)[ \u00a0]+[a-z]+[ \u00a0]+$"
)
_CLOSING_QUOTES = "\"”’'»“)"


def _ends_phrase(text: str, e: int) -> bool:
    return e >= len(text) or text[e] in _CLOSING_QUOTES or not text[e:].strip()


_R_LOVED_BEFORE = re.compile(r"(?i)(?<![\w])(?:a|the|each|every|his|her|their|your|my|our)[ \u00a0]+loved[ \u00a0]+$")
# "all but one of the hostages", "every deceased hostage but one": the one left out is counted.
_R_ALL_BUT = re.compile(r"(?i)(?<![\w])(?:all|every|each)(?:[ \u00a0]+[a-z][\w\-]*){0,3}[ \u00a0]+but[ \u00a0]+$")


def _all_but(text: str, s: int) -> bool:
    return text.endswith("but ", 0, s) and _R_ALL_BUT.search(text, max(0, s - 60), s) is not None


_R_NAME_WORD_BEFORE = re.compile(r"(?<![\w'’.\-])([A-Z][a-z]+)[ \u00a0]$")
# Capitalised words before "One" that do not name anything: "In One Day", "The One".
_NOT_NAME_BEFORE_ONE = frozenset(
    word_list("""
    The A An In On At Of For And But Or To By With From Only Just Nearly About Around Some Each Every Another
    No Not Than Then Number No. Day Chapter Part Phase Stage Year Week Round Game Act Book Volume Episode
    Season Level Tier Grade Step Lesson Article Section Item Page Gate Platform Terminal
    """)
)


def _capitalised_name_before(text: str, s: int) -> bool:
    """ "Hydro One", "Area One": "One" after a capitalised name word, not after an article or a
    preposition starting a headline, nor after a numbered thing ("Day One", "Phase One")."""
    m = _R_NAME_WORD_BEFORE.search(text, max(0, s - 24), s)
    return m is not None and m.group(1) not in _NOT_NAME_BEFORE_ONE


def _one_in_name(text: str, w: str, lo: int, s: int) -> bool:
    if text.endswith("loved ", lo, s) and _R_LOVED_BEFORE.search(text, lo, s):
        return True  # "a loved one's care": a noun phrase, no count ("He loved one thing" counts)
    return w == "One" and _capitalised_name_before(text, s)  # "Hydro One", "Area One detectives"


# "ruled by six votes to one", "voted 300 to one": the other side of a tally (batch 103).
_R_TALLY_BEFORE = re.compile(r"(?i)(?<![\w])(\d+|[a-z]+)[ \u00a0]+(?:votes?[ \u00a0]+)?to[ \u00a0]+$")


def _tally_one(text: str, s: int) -> bool:
    if not text.endswith(("to ", "to\u00a0"), 0, s) or (m := _R_TALLY_BEFORE.search(text, max(0, s - 30), s)) is None:
        return False
    return m.group(1).isdigit() or _cardinal_value(m.group(1), "en") is not None


# "One moment I was reading, the next ...", "one minute ..., the next": a turn of phrase, no count (batch 107).
_R_ONE_MOMENT_AFTER = re.compile(
    r"[ \u00a0]+(?:moment|minute|second|day)(?![\w])"
    r"(?=[^.;]*\bthe[ \u00a0]+next(?:,|[ \u00a0]+(?:I|we|he|she|it|they|you|the|there|everything"
    r"|moment|minute|second|day)\b))"
)


# "Could the samples one day reveal ...", "hope to one day return": "one day" between a modal (its subject may
# stand between) or a verb of hoping and "to", and a verb, is "some day" (batch 112); "will strike for one day
# next week", "up to one day before" keep their day.
_R_SOMEDAY_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:could|can|may|might|will|would|should|must|shall"
    r"|(?:hope|hopes|hoped|want|wants|wanted|plan|plans|planned|aim|aims|wish|wishes|dream|dreams|expect|expects"
    r"|like|love)[ \u00a0]+to)[ \u00a0]+$"
    # (a question puts the modal first: "Could the samples one day reveal ...?")
    r"|^[\s\"“]*(?:Could|Can|May|Might|Will|Would|Should)[ \u00a0]+(?:the[ \u00a0]+|these[ \u00a0]+|this[ \u00a0]+)?"
    r"[\w'’-]+[ \u00a0]+$"
)
_R_DAY_AFTER = re.compile(
    r"[ \u00a0]+day[ \u00a0]+(?!(?:before|after|later|earlier|ago|of|in|at|per|off|next|last|and|or|to|for|from|with"
    r"|on|the|a|an|this|that|trip|visit|event|pass|ticket|strike|stoppage|walkout)\b)[a-z]"
)


# "earn back trust one river at a time", "one closed newsroom at a time": a figure of speech for
# "step by step" (batches 171, 198, 208; "freed one at a time" keeps its count).
_R_AT_A_TIME_AFTER = re.compile(r"(?:[ \u00a0]+[a-z][\w\-]*){1,2}[ \u00a0]+at[ \u00a0]+a[ \u00a0]+time(?![\w])")
# "steered one Atlantic low after another", "one after another": a series, no count.
_R_AFTER_ANOTHER = re.compile(
    r"(?:[ \u00a0]+[A-Za-z][\w\-]*){0,3}[ \u00a0]+after[ \u00a0]+another(?![\w])"
    r"(?![ \u00a0]+(?:was|were|is|are|had|has|did|does|would|will|could|can|died|fell)(?![\w]))"
)
# "lurches from one collapse to the next", "from one site to another": a series too.
_R_TO_THE_NEXT = re.compile(
    r"(?:[ \u00a0]+[a-z][\w\-]*){1,2}[ \u00a0]+to[ \u00a0]+(?:the[ \u00a0]+next|another)(?![\w])"
)
# "whoever treats it as one", "saw them as one": "one" stands for the noun before, a pronoun.
_R_OBJECT_AS_BEFORE = re.compile(r"(?i)(?<![\w])(?:it|this|that|them|him|her)[ \u00a0]+as[ \u00a0]+$")
_R_PRONOUN_ONE_AFTER = re.compile(
    r"[ \u00a0]*(?:[,.;:!?\"”)]|$)|[ \u00a0]+(?:will|would|can|could|should|must|and|or)(?![\w])"
)


# "sinking two and seizing one", "killing 12 and wounding one": the last of a pair of tallies, each
# with its verb (batch 262), counts.
_R_PAIRED_ONE = re.compile(
    r"(?<![\w])(?:\d+|two|three|four|five|six|seven|eight|nine|ten|[a-z]+teen|[a-z]+ty)"
    r"[ \u00a0]+(?:and|while)[ \u00a0]+[a-z]+(?:ing|ed)[ \u00a0]+$"
)


# "the 'one in, one out' returns pilot": a rule's name (batch 331), no count.
_R_ONE_IN_ONE_OUT = re.compile(r"(?i)one[ \u00a0\-]in,?[ \u00a0\-]one[ \u00a0\-]out(?![\w])")


def _one_no_figure(text: str, lo: int, s: int, e: int) -> bool:
    """ "one" as a pronoun, a speaker or "as one": no count."""
    if _R_ONE_IN_ONE_OUT.match(text, s) or _R_ONE_IN_ONE_OUT.match(text, max(0, s - 8), e + 4):
        return True
    if (_LEFT_NO_ONE.search(text, lo, s) and not _that_one_in(text, lo, s, e)) or (
        _EN_ONE_BLOCK_AFTER.match(text, e)
        and not _all_but(text, s)
        and not _between_one(text, s, e)
        and not _bounded_one_of(text, lo, s, e)
        and not _tally_one(text, s)
        and not _R_PAIRED_ONE.search(text, max(0, s - 40), s)
    ):
        return True  # "all but one of the hostages" counts one
    if _R_ONE_MOMENT_AFTER.match(text, e) or _R_AT_A_TIME_AFTER.match(text, e) or _R_AFTER_ANOTHER.match(text, e):
        return True
    if text.endswith("from ", lo, s) and _R_TO_THE_NEXT.match(text, e):
        return True  # "lurches from one collapse to the next": a series, no count (batch 264)
    if (
        text.endswith("as ", lo, s)
        and _R_OBJECT_AS_BEFORE.search(text, max(lo, s - 12), s)
        and _R_PRONOUN_ONE_AFTER.match(text, e)
    ):
        return True
    if _R_DAY_AFTER.match(text, e) and _R_SOMEDAY_BEFORE.search(text, max(0, s - 48), s):
        return True
    if _R_ONE_SPEAKER_AFTER.match(text, e) and not _R_ONLY_BEFORE.search(text, lo, s):
        return True  # "one witness said", "one local resident told the BBC": who spoke, no figure
    if _R_SAID_BEFORE.search(text, max(0, s - 20), s) and _R_SPEAKER_CLAUSE_AFTER.match(text, e):
        return True  # '"...," said one former champion.'
    if _R_AS_ONE_AFTER.match(text, e) and _R_AS_BEFORE.search(text, lo, s):
        return True  # "rose as one when"
    # 'the plan was "the right one"', "like the last one": a pronoun
    return _ends_phrase(text, e) and _R_ADJ_ONE_BEFORE.search(text, max(0, s - 30), s) is not None
