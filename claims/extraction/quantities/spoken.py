"""Links of spoken copy between two figures that share the unit written after the second."""

from __future__ import annotations

import re

from .hits import _Hit

# "von 3,6 auf zuletzt 8,1 Milliarden Euro", "from 40 to now 55 percent": an adverb of time
# between "auf"/"to" and the second figure of a change "from X to Y".
_R_TO_ADVERB = re.compile(
    r"(?i)[ \u00a0]+(?:auf|to)[ \u00a0]+(?:(?:zuletzt|nun|jetzt|inzwischen|mittlerweile|nunmehr|bereits|schon"
    r"|zuvor|dann|später|heuer|now|then|later|eventually|finally|already)[ \u00a0]+){1,2}$"
)
_R_FROM_BEFORE = re.compile(r"(?i)(?<![\w])(?:from|von)[ \u00a0]+$")
# "13,4 – nein, 13,6 Prozent", "14, nein, Entschuldigung, 16 Gesetze", "4.1, sorry, 4.2%": a
# figure taken back and the one that stands; a dash or comma must open the correction ("25
# nein, 13 Prozent ja" is a tally).
_R_CORRECTION = re.compile(
    r"(?i)[ \u00a0]*[,–—\-][ \u00a0]*(?:(?:nein|no|sorry|entschuldigung|pardon|verzeihung|korrektur|correction"
    r"|ich[ \u00a0]+meine|i[ \u00a0]+mean|äh|ähm|besser[ \u00a0]+gesagt|or[ \u00a0]+rather)"
    r"[ \u00a0]*[,–—\-]?[ \u00a0]*){1,3}"
)
# "20, 25 percent", "six, maybe eight weeks", "dreißig, vierzig davon": a range said without
# "bis" or "to", rising by at most its first figure ("the 20, 25 percent" and "of 40, 25
# percent" are no range, nor "Tag 3, 4 Prozent" after a capitalised word that it numbers).
_R_SPOKEN_RANGE = re.compile(
    r"(?i),[ \u00a0]+(?:(?:maybe|perhaps|possibly|probably|vielleicht|eher|wohl|even|sogar|or|oder)[ \u00a0]+)?"
)
_R_LIST_HEAD = re.compile(
    r"(?:(?i:(?<![\w])(?:the|of|der|die|den|dem|des|von|vom|aus))|[\d.,]+|(?<![\w])[A-ZÄÖÜ][\w\-]*)[ \u00a0]*$"
)


def _spoken_link(text: str, a: _Hit, b: _Hit) -> bool:
    """Whether bare ``a`` takes ``b``'s unit across a spoken link."""
    if _R_TO_ADVERB.fullmatch(text, a.end, b.start):
        return _R_FROM_BEFORE.search(text, max(0, a.start - 6), a.start) is not None
    if _R_CORRECTION.fullmatch(text, a.end, b.start):
        return True
    if not _R_SPOKEN_RANGE.fullmatch(text, a.end, b.start) or a.raw is None or b.raw is None:
        return False
    return 0 < a.raw < b.raw <= 2 * a.raw and _R_LIST_HEAD.search(text, max(0, a.start - 8), a.start) is None
