"""Word classes as bits, so that one set intersection finds every feature word of a sentence."""

from __future__ import annotations

from .idioms import _IDIOM_TRIGGERS
from .lexicon import (
    _ADDRESS_TRIGGERS,
    _ADVICE_TRIGGERS,
    _APPEAL_TRIGGERS,
    _AUX,
    _BELIEF_TRIGGERS,
    _CHANT,
    _COMMENT,
    _COPULA_SUBJECTS,
    _DE_EVENT_NOW,
    _DE_SCHEDULE_NOW,
    _DEMONSTRATIVES,
    _EDITORIAL_TRIGGERS,
    _EVAL,
    _EXHORT_TRIGGERS,
    _FACT_VERBS,
    _FEELING_TRIGGERS,
    _FIRST_PERSON,
    _GREETING_TRIGGERS,
    _GUESS,
    _HYPOTHETICAL_TRIGGERS,
    _IMPRESSION_TRIGGERS,
    _JOKE,
    _MEMORY_TRIGGERS,
    _NO_COMMENT_TRIGGERS,
    _POSITION,
    _READER_TRIGGERS,
    _RHETORIC_MORE_TRIGGERS,
    _RHETORIC_TRIGGERS,
    _SAYING_TRIGGERS,
    _SCENE,
    _SCENE_POSTURE,
    _SIMILE_TRIGGERS,
    _TIME_WORDS,
    _TIP_TRIGGERS,
    _UNSAID_TRIGGERS,
    _VAGUE_WORDS,
    _VIEW_WORDS,
)
from .service import TRIGGERS as _SERVICE_TRIGGERS

(
    FACT, POSITION, TIME, EVALUATIVE, RHETORIC, COPULA, BELIEF, EXHORT, AUX, APPEAL, DEMONSTRATIVE, RHETORIC_MORE,
    ADDRESS, SCENE, COMMENT, FIRST_PERSON,
) = (1 << k for k in range(16))
# Bit 16 is the engine's (its attribution words).
IDIOM, POSTURE, GUESS, VIEW, VAGUE, QUESTION = 1 << 17, 1 << 18, 1 << 19, 1 << 20, 1 << 21, 1 << 22
FEELING, RULE_OF_THUMB, EVENT_NOW = 1 << 23, 1 << 24, 1 << 25
EDITORIAL, NO_COMMENT, HYPOTHETICAL, SAYING, GREETING, CHANT, JOKE, MEMORY = (1 << k for k in range(26, 34))
# The words that open a simile, give advice, speak to the reader, give an impression (similes.py, address.py,
# rhetoric._IMPRESSION).
SIMILE, ADVICE, READER, IMPRESSION = 1 << 34, 1 << 35, 1 << 36, 1 << 37
# The words of a reader-service line: a channel or a frame (service.py).
SERVICE = 1 << 38
# The verbs of a tip to the public, reported or asked in the passive (public_advice.py).
TIP = 1 << 39
# The words of a disclaimer that a claim could not be checked, a refusal to say, a silence (notes.py).
UNSAID = 1 << 40
_CLASSES: dict[str, int] = {}
for _bit, _words in (
    (FACT, _FACT_VERBS), (POSITION, _POSITION), (TIME, _TIME_WORDS), (EVALUATIVE, _EVAL),
    (RHETORIC, _RHETORIC_TRIGGERS), (COPULA, _COPULA_SUBJECTS), (BELIEF, _BELIEF_TRIGGERS),
    (EXHORT, _EXHORT_TRIGGERS), (AUX, _AUX), (APPEAL, _APPEAL_TRIGGERS), (DEMONSTRATIVE, _DEMONSTRATIVES),
    (RHETORIC_MORE, _RHETORIC_MORE_TRIGGERS), (ADDRESS, _ADDRESS_TRIGGERS), (SCENE, _SCENE),
    (COMMENT, _COMMENT), (FIRST_PERSON, _FIRST_PERSON), (IDIOM, _IDIOM_TRIGGERS),
    (POSTURE, _SCENE_POSTURE),
    (GUESS, _GUESS),
    (VIEW, _VIEW_WORDS),
    (VAGUE, _VAGUE_WORDS),
    (QUESTION, frozenset(["question", "frage"])),
    (FEELING, _FEELING_TRIGGERS),
    (RULE_OF_THUMB, frozenset(["gilt"])),
    (EVENT_NOW, _DE_EVENT_NOW | _DE_SCHEDULE_NOW),
    (EDITORIAL, _EDITORIAL_TRIGGERS),
    (NO_COMMENT, _NO_COMMENT_TRIGGERS),
    (HYPOTHETICAL, _HYPOTHETICAL_TRIGGERS),
    (SAYING, _SAYING_TRIGGERS),
    (GREETING, _GREETING_TRIGGERS),
    (CHANT, _CHANT),
    (JOKE, _JOKE),
    (MEMORY, _MEMORY_TRIGGERS),
    (SIMILE, _SIMILE_TRIGGERS),
    (ADVICE, _ADVICE_TRIGGERS),
    (READER, _READER_TRIGGERS),
    (IMPRESSION, _IMPRESSION_TRIGGERS),
    (SERVICE, _SERVICE_TRIGGERS),
    (TIP, _TIP_TRIGGERS),
    (UNSAID, _UNSAID_TRIGGERS),
):
    for _w in _words:
        _CLASSES[_w] = _CLASSES.get(_w, 0) | _bit
del _bit, _words, _w
# The classes whose words gate a _Phrases pattern.
_PHRASE_BITS = (
    RHETORIC | RHETORIC_MORE | QUESTION | EVALUATIVE | BELIEF | EXHORT | APPEAL | IDIOM | VAGUE | NO_COMMENT | SAYING
)
CLASSES: dict[str, int] = _CLASSES  # read-only for callers that add classes of their own
VOCABULARY = frozenset(_CLASSES)
