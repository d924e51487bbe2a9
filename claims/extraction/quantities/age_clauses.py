"""Bare ages stated in a clause (English): "She was 91.", "Dale Pruitt, was 19 and",
"Lenz, then 41, is arrested", "won her seat in 1978 at 44,", "retired from cricket at 34,".

A bare figure is an age only where a person is its subject and the clause ends after it: "The
score was 19.", "The index closed at 91.", "at 44 Main Street" and "rose to 30, then 41" stay
counts. Callers check the range (1 to 119) and that ``s``/``e`` bound a plain figure.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..wordtrie import word_list
from .tables import _MONTHS

# The clause ends after the figure: a stop, a comma, a semicolon, a bracket, or a conjunction
# or "at the time" going on with the same person ("was 19 and had worked", "was 41 when").
_R_CLAUSE_END = re.compile(r"(?:[.,;:)]|$|[ \u00a0]+(?:and|when|at[ \u00a0]+the[ \u00a0]+time)(?![\w]))")
_R_DIGIT_NEXT = re.compile(r",[ \u00a0]*\d")

# "She was 91.", "who is 58,", "Dale Pruitt, was 19 and", "The victim was 19."
_R_BE_BEFORE = re.compile(r"(?<![\w])(?:was|is|(?:will|would)[ \u00a0]+be)[ \u00a0]+$")
_R_SUBJECT = re.compile(
    r"(?:(?<![\w])(?P<pron>[Ss]he|[Hh]e|who)"
    r"|(?<![\w])(?P<name>[A-Z][\w'’\-]*(?:[ \u00a0]+[A-Z][\w'’\-]*){0,3}),?"
    r"|(?<![\w])(?P<noun>[a-z]+))[ \u00a0]+(?:was|is|(?:will|would)[ \u00a0]+be)[ \u00a0]+$"
)
# The AP birthday line "Singer Lora Vey of The Vey Sisters is 76.": a role noun opening the
# sentence, a name of two or more words, "of" and the band or team ("The Bank of England is
# 330." has no role noun before a name).
_R_ROLE_NAME_OF = re.compile(
    r"(?:^|[.!?:;\"“\n][ \u00a0]*)(?:[A-Z][a-z]+[ \u00a0]+)?(?P<role>[A-Za-z][a-z]+)"
    r"(?:[ \u00a0]+[A-Z][\w'’.\-]*){2,4}[ \u00a0]+of[ \u00a0]+(?:[Tt]he[ \u00a0]+)?[A-Z][\w'’&.\-]*"
    r"(?:[ \u00a0]+[A-Z&][\w'’.\-]*){0,4}[ \u00a0]+(?:is|was)[ \u00a0]+$"
)
# Capitalised words that open a noun phrase or a sentence, never a person's name.
_NOT_NAMES = frozenset(
    word_list("""
    the a an this that these those its his her their our my your it they we i there here in on at of
    for by from with after before since during last next
    """)
)
_PLACE_PREPOSITIONS = frozenset(word_list("in at on of for from to into across near"))
_R_SURNAME_WAS_AGE = re.compile(r"[A-Z][a-z'’\-]+[ \u00a0]+(?:was|is)[ \u00a0]+\d{1,3}\.(?:[ \u00a0\n]|$)")
# (the endings of English common nouns a measure is named by: "Inflation", "Turnout", "Attendance")
_COMMON_ENDINGS = (
    "tion", "sion", "ment", "ance", "ence", "ity", "ness", "ure", "age", "ing", "ate", "ice", "out", "th",
    "ship", "ism", "ist", "ery", "ory", "ary", "ume", "al", "dex", "ight",
)  # fmt: skip
_R_OPENS = re.compile(r"(?:^|[.!?:;\"“”(\n–—-])[ \u00a0]*$")
_R_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \u00a0]+$")

# "Lenz, then 41, is arrested": a name or a person noun, a comma and "then".
_R_THEN_BEFORE = re.compile(r"(?<![\w])([A-Za-z][\w'’\-]*),[ \u00a0]+(?:then|now|both)[ \u00a0]+$")

# "won her seat in 1978 at 44,", "retired from international cricket at 34.": an event of a
# life or a career, then at most five words (no clause break) before "at".
_R_EVENT_THEN_AT = re.compile(
    r"(?i)(?<![\w])(?:won|wins|retired|retires|retiring|became|becomes|debuted|made[ \u00a0]+(?:his|her)"
    r"[ \u00a0]+debut|married|marries|graduated|emigrated|resigned|quit|stepped[ \u00a0]+down"
    r"|elected|appointed|crowned|enlisted|left[ \u00a0]+school)"
    r"(?:[ \u00a0]+[\w'’\-]+){0,5}?[ \u00a0]+at[ \u00a0]$"
)
# More steps of a life ("published her first novel at 41", "joined the orchestra at 19", "moved
# to Los Angeles at 24", "took up running at 62"), and the events above with a comma before
# "at" ("won the mayoralty in 1983, at 39,"): these need a person as the subject (see
# life_event_at_age), as companies also publish, join and move.
_R_LIFE_EVENT_THEN_AT = re.compile(
    r"(?<![\w])(?P<verb>won|retired|retiring|became|debuted|married|marrying|graduated|graduating|emigrated"
    r"|emigrating|resigned|resigning|quit|quitting|stepped[ \u00a0]+down|enlisted|enlisting|published|publishing|joined"
    r"|joining|moved|moving|founded|founding|signed|signing|learned|learnt|learning|entered|entering|wrote"
    r"|settled|converted|took[ \u00a0]+up|taking[ \u00a0]+up|picked[ \u00a0]+up|turned[ \u00a0]+professional"
    r"|left[ \u00a0]+school|join|retire|marry|vote"
    r"|made[ \u00a0]+(?:his|her)(?:[ \u00a0]+[a-z]+)?[ \u00a0]+debut"
    r"|[a-z]{3,}[ \u00a0]+(?:his|her)[ \u00a0]+first"  # "bought her first camera at 15", "wrote his first song"
    r"|(?:began|started)(?:[ \u00a0]+out)?[ \u00a0]+as)"
    # (a title in quotes and commas may stand between: 'published her first novel, "The Salt Orchard", in 1968 at 26')
    # (a comma only before such a title: "Odom, a retired nurse, took up" starts at "took up")
    r"(?:[ \u00a0]+[\"“]?[\w'’\-]+(?:[\"”],?|,(?=[ \u00a0]+[\"“]))?){0,8}?,?[ \u00a0]+at[ \u00a0]$"
)
# After the age the clause ends or goes on with a preposition, a conjunction or the subject
# ("at 24 with $40", "at 62 after her husband's death", "After retiring at 36 he managed");
# "at 19 Main Street", "at 24 degrees", "at 62 per cent" go on with what the figure counts.
_R_AFTER_AGE = re.compile(
    r"(?:[ \u00a0]*[.,;:)]|$|[ \u00a0]+(?:after|before|with|when|while|and|but|in|until|he|she|they)(?![\w]))"
)
_R_PRONOUN_AFTER = re.compile(r"[ \u00a0]+(?:he|she|they)(?![\w])")
# The subject of the event: a personal pronoun or "who" in the sentence before the verb ("He
# started playing at age 9 and joined ..."), or a name right before the verb or before an
# apposition ("Castellanos won", "Odom, a retired nurse, took up").
_R_PRONOUN = re.compile(r"(?<![\w])(?:[Hh]e|[Ss]he|[Tt]hey|who|[Yy]ou|[Ww]e|I)(?![\w])")
_R_NAME_BEFORE_VERB = re.compile(
    r"(?<![\w])([A-Z][\w'’\-]*)(?:,[ \u00a0]+(?:a|an|the)[ \u00a0][^,.;]{1,50},)?[ \u00a0]+$"
)
_R_GERUND_PREP = re.compile(r"(?<![\w])(?:before|after|since|while)[ \u00a0]+$")
_R_OPENING_NAME = re.compile(r"[ \u00a0]*([A-Z][\w'’\-]+)(?:[ \u00a0]+[A-Z][\w'’\-]+){0,3}(?=,)")
_R_SENTENCE_START = re.compile(r"[.!?;:][ \u00a0]+(?=[A-Z\"“])")

def _name_subject(text: str, m: re.Match) -> bool:
    """Capitalised words before "was": two or more (a first name and a surname), or one that
    does not open the sentence (a surname; "Inflation was 12." opens it)."""
    words = m.group("name").split()
    if words[0].lower() in _NOT_NAMES or any(w.lower() in _MONTHS for w in words):
        return False
    start = m.start("name")
    prev = _R_WORD_BEFORE.search(text, max(0, start - 16), start)
    if prev is not None and prev.group(1).lower() in _PLACE_PREPOSITIONS:
        return False  # "Turnout in Glasgow Central was 41.": a place
    if len(words) >= 2:
        return True
    if _R_OPENS.search(text, max(0, start - 3), start) is None:
        return True
    # "Brekke was 93.": an obituary's closing line, the surname alone, the age and the stop (batch 301);
    # not a measure's noun ("Inflation was 12.", "Turnout was 41.")
    return _R_SURNAME_WAS_AGE.match(text, start) is not None and not words[0].lower().endswith(_COMMON_ENDINGS)


def be_age(text: str, s: int, e: int, person_nouns: frozenset[str]) -> bool:
    """ "She was 91.", "The youngest victim, Dale Pruitt, was 19 and ...", "when Hendry will be 33.": a person,
    a form of "be" and the figure ending the clause."""
    # ("was", "is", "will be", "would be": "when Hendry will be 33.")
    if text[s - 3 : s - 1] not in ("as", "is", "be") or not _R_CLAUSE_END.match(text, e):
        return False
    if _R_DIGIT_NEXT.match(text, e) or _R_BE_BEFORE.search(text, max(0, s - 9), s) is None:
        return False
    m = _R_SUBJECT.search(text, max(0, s - 60), s)
    if m is None or (m.group("name") and m.group("name").split()[0].lower() in _NOT_NAMES):
        role = _R_ROLE_NAME_OF.search(text, max(0, s - 90), s)
        return role is not None and role.group("role").lower() in person_nouns
    if m is None:
        return False
    if m.group("pron"):
        return True
    if m.group("name"):
        return _name_subject(text, m)
    return m.group("noun") in person_nouns


# "The men, 58 and 62, had been", "The teens who died were 15 and 17,": two or more bare figures
# joined by "and" after a plural noun for persons, in apposition between commas or after "were"/
# "are" (the noun perhaps with a short relative clause) ending the clause, are the ages of those
# persons, one each, as "Okafor, 63," is one. One figure alone stays ("The men, 58, ..." is no
# plural of ages; "The teams were 15 and 17 points apart" counts points).
_R_PLURAL_HEAD = re.compile(
    r"(?<![\w])(?P<noun>[A-Za-z]+)(?:(?P<comma>,)|(?:[ \u00a0]+who[ \u00a0]+[a-z]+(?:[ \u00a0]+[a-z]+)?)?"
    r"[ \u00a0]+(?:were|are))[ \u00a0]+(?:\d{1,3}(?:,[ \u00a0]+|,?[ \u00a0]+and[ \u00a0]+))*$"
)
_R_LIST_REST = re.compile(r"(?:(?:,[ \u00a0]+|,?[ \u00a0]+and[ \u00a0]+)\d{1,3}(?![\w]|[.,]\d))*")
_R_AND = re.compile(r"[ \u00a0]and[ \u00a0]")


def plural_ages(text: str, s: int, e: int, plural_persons: frozenset[str]) -> bool:
    """See _R_PLURAL_HEAD (English; the caller checks the range)."""
    m = _R_PLURAL_HEAD.search(text, max(0, s - 80), s)
    if m is None or m.group("noun").lower() not in plural_persons:
        return False
    end = _R_LIST_REST.match(text, e).end()
    if _R_AND.search(text, m.end("noun"), end) is None:
        return False
    if m.group("comma"):
        return text[end : end + 1] == "," and not _R_DIGIT_NEXT.match(text, end)
    return _R_CLAUSE_END.match(text, end) is not None and not _R_DIGIT_NEXT.match(text, end)


def then_age(text: str, s: int, e: int, person_nouns: frozenset[str]) -> bool:
    """ "Lenz, then 41, is arrested", "Pauline Wragg, now 71,": a name or a person before ", then"/", now"
    ("rose to 30, then 41" and "in March, then 41" are no persons)."""
    # ("Emily Rowe and Jacob Fenn, both 17,": two names joined before "both")
    both = text[s - 5 : s - 1] == "both"
    if text[s - 5 : s - 1] != "then" and text[s - 4 : s - 1] != "now" and not both:
        return False
    if both and " and " not in text[max(0, s - 60) : s]:
        return False
    if not _R_CLAUSE_END.match(text, e) or _R_DIGIT_NEXT.match(text, e):
        return False
    m = _R_THEN_BEFORE.search(text, max(0, s - 40), s)
    if m is None:
        return False
    word = m.group(1)
    low = word.lower()
    if low in person_nouns:
        return True
    return word[0].isupper() and low not in _MONTHS and low not in _NOT_NAMES


def event_at_age(text: str, s: int) -> bool:
    """ "won her seat in 1978 at 44,": a life event a few words before "at" (the caller checks
    that the clause ends after the figure)."""
    return _R_EVENT_THEN_AT.search(text, max(0, s - 80), s) is not None


def _person_subject(text: str, verb_start: int, e: int) -> bool:
    lo = max(0, verb_start - 120)
    starts = [m.end() for m in _R_SENTENCE_START.finditer(text, lo, verb_start)]
    lo = starts[-1] if starts else lo
    if _R_PRONOUN.search(text, lo, verb_start) or _R_PRONOUN_AFTER.match(text, e):
        return True
    m = _R_NAME_BEFORE_VERB.search(text, lo, verb_start)
    if m is None and _R_GERUND_PREP.search(text, max(lo, verb_start - 8), verb_start):
        # "Quayle-Ramsden, the third of four sisters, trained ... before joining the BBC at 26": the
        # gerund's subject is the name opening the sentence before a comma ("Siemens shares rose
        # before joining the index at 30" has none).
        m = _R_OPENING_NAME.match(text, lo)
    if m is None:
        return False
    word = m.group(1).lower()
    return word not in _NOT_NAMES and word not in _MONTHS


def life_event_at_age(text: str, s: int, e: int) -> bool:
    """ "She published her first novel at 41, after ...", "he moved to Los Angeles at 24 with
    $40": a step of a life before "at", a person its subject, and the figure ending the clause
    or followed by a preposition, a conjunction or the subject."""
    if not _R_AFTER_AGE.match(text, e):
        return False
    m = _R_LIFE_EVENT_THEN_AT.search(text, max(0, s - 90), s)
    return m is not None and _person_subject(text, m.start("verb"), e)


# "Rettenbacher war damals 75.", "Sie ist 58,": a German name or pronoun, "war" or "ist" (with
# an adverb of time) and the figure ending the clause. A capital is no proof of a name in
# German: the word stands without an article, is no function word, month or abstract noun.
_R_DE_BE_AGE = re.compile(
    r"(?:(?P<pron>(?<![\w])(?:[Ee]r|[Ss]ie))"
    r"|(?P<opens>^|[.!?:;,\"„“”«»(\n–—-][ \u00a0]*|(?<![\w])(?:und|aber)[ \u00a0]+)"
    r"(?P<name>(?:[A-ZÄÖÜ][a-zäöüß]+[ \u00a0]+)?[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?))[ \u00a0]+(?:war|ist)"
    r"(?:[ \u00a0]+(?:damals|da|heute|jetzt|nun|inzwischen|mittlerweile|erst|bereits|schon|zuletzt))?[ \u00a0]+$"
)
_R_DE_CLAUSE_END = re.compile(r"(?:[.,;:)]|$|[ \u00a0]+(?:und|als)(?![\w]))")
_R_NOT_A_NAME_DE = re.compile(
    r"(?:ung|heit|keit|schaft|tion|tät|ismus|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)$"
)


def de_be_age(text: str, s: int, e: int, function_words: frozenset[str], names_one: Callable[[str], bool]) -> bool:
    """ "..., Rettenbacher war damals 75.": see _R_DE_BE_AGE ("Die Quote war damals 75." has no
    name). A lone word opening the sentence may be a noun ("Gold war damals 75."): there the
    name needs a given name or a role before it ("Bischof Rettenbacher war 75."), tested by
    ``names_one``; within a sentence a lone surname will do."""
    if not _R_DE_CLAUSE_END.match(text, e) or _R_DIGIT_NEXT.match(text, e):
        return False
    m = _R_DE_BE_AGE.search(text, max(0, s - 40), s)
    if m is None:
        return False
    if m.group("pron"):
        return True
    words = m.group("name").split()
    opens = m.group("opens").strip(" \u00a0")
    if opens not in (",", "und", "aber") and (len(words) < 2 or not names_one(words[0].lower())):
        return False
    low = words[-1].lower()
    return low not in function_words and low not in _MONTHS and _R_NOT_A_NAME_DE.search(low) is None
