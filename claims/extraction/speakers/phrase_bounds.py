"""Where an English speaker's phrase is read: the verbs of saying it is read from, where the
clause before a verb begins, and a dateline before a subject. Shared by the phrase readings
(``backward_np``, ``forward_np``, ``body_names``) and ``english``, which import it."""

from __future__ import annotations

import re

from ..wordtrie import trie_pattern
from .words import _EN_VERBS

# Needs a word boundary before it too, checked where it is used (a leading \b would make re
# try every position; no valid match can start inside a rejected one, which is all letters).
_EN_VERB_RE = re.compile(r"(?:" + trie_pattern(_EN_VERBS.split("|")) + r")\b")
_EN_SEGMENT_START = re.compile(r"(?:^|[,;:“”\"(]|\band\b|\bbut\b|\bthat\b|\bwhile\b)\s*(?=[^,;:“”\"(]*$)")


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _segment_start(text: str, verb_pos: int) -> int:
    """Where the clause before ``verb_pos`` begins: the end of the last _EN_SEGMENT_START
    match in ``text[:verb_pos]``, found without trying that pattern at every position; -1 when
    the clause begins more than _SUBJECT_REACH characters before ``verb_pos``.

    Its lookahead allows no delimiter after a match, so only the last delimiter can match,
    and after it only the joining words; with no delimiter, "^" matches at the start.
    """
    lo = max(0, verb_pos - _SUBJECT_REACH)
    m = _LAST_DELIMITER.match(text, lo, verb_pos)
    after = m.end() if m else lo
    last = None
    for last in _EN_JOINER.finditer(text, after, verb_pos):  # noqa: B007 the last one counts
        pass
    if last is not None:
        return last.end()
    if after == lo and lo:
        return -1
    return _SPACES.match(text, after, verb_pos).end()


# How far before its verb the clause of a subject may begin: a subject has nine words at most
# (_backward_np_en). Read back to its delimiter from every verb of a long sentence without one
# ("said said said ..."), the clause made speaker finding quadratic in the sentence's length.
_SUBJECT_REACH = 500


def _before_spaces(text: str, pos: int) -> int:
    """``len(text[:pos].rstrip())`` without the copy."""
    while pos and text[pos - 1].isspace():
        pos -= 1
    return pos


# Ends after the last delimiter: the greedy ".*" backtracks from the end (one pattern instead of
# an rfind per delimiter).
_LAST_DELIMITER = re.compile(r".*[,;:“”\"(]", re.DOTALL)
_EN_JOINER = re.compile(r"\b(?:and|but|that|while)\b\s*")
_SPACES = re.compile(r"\s*")  # here and in each module that calls it: see __init__
_DATELINE_END = re.compile(r"\)\s*[-–—]\s*")
# A dateline without an agency, ended by a long dash: "LONDON —", "KELOWNA, B.C. –", "DES MOINES, Iowa —".
_DASH_DATELINE = re.compile(
    r"\s*[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+)*(?:, [A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*)*)?\s+[–—]\s+"
)
