"""Scores and records written in digits, which are no quantities: "3:1", "6-2 6-1 6-3", "121-112",
"Beim 109:121", "The Bucks are 21-23."."""

from __future__ import annotations

import re

_SPORT_CONTEXT = re.compile(
    r"(?i)\b(?:won|win|wins|winning|beat|beats|beating|beaten|lost|lose|loses|losing|drew|draw|drawing|victory"
    r"|defeat|defeats|defeated|defeating|thrashed|thrashing|routed|edged|edges|edging|downed|blanked|outlasted"
    r"|overtime|"  # ("the Maple Leafs edged the Boston Bruins 4-3", batch 428)
    r"gewann|gewinnt|siegte|verlor|verliert|sieg|niederlage|remis|unentschieden|"
    r"match|game|spiel|final|finale|halftime|half-time|full-time|halbzeit|score|scored|tor|tore|goals?|sets?|satz|sätzen?"
    r"|tiebreak|tie-break|series(?![ \u00a0]of)|innings|wickets?|outscored|outscores?|tie|tied|bt"
    r"|bowling|bowled|bowler|spinner|seamer|v|vs"
    r"|(?<=were[ \u00a0])held(?=[ \u00a0]+\d)|(?<=was[ \u00a0])held(?=[ \u00a0]+\d))\b"  # ("were held 1-1 at Everton")
)
# Two or more tennis sets in a row are a score without any word of sport: "6-2 6-1 6-3", "7-5, 6-4".
# (with the tiebreak after a space: "7-6 (9-7) 6-3", "7-6 (5), 6-4", batch 478)
_R_SET = r"(?:[67][-–][0-7]|[0-5][-–][67])(?:[ \u00a0]?\(\d{1,2}(?:[-–]\d{1,2})?\))?"
_R_SET_RUN = re.compile(_R_SET + r"(?:,?[ \u00a0]+" + _R_SET + r")+(?![\w\-–])")
# The tiebreak after a set's score: "6-7(4)", "6:7 (5:7)", "7-6 (7-4)".
_R_TIEBREAK = re.compile(r"[ \u00a0]?\(\d{1,2}(?:[-:]\d{1,2})?\)")
# A basketball score of three digits ("beat the Suns 121-112 on Tuesday", "a 104-99 win") ends
# before a preposition, a word for the result or a stop; "lost 120-150 jobs" is a range.
_R_DASH_NUM3 = re.compile(r"[-–][0-9]{2,3}\b")
_R_SCORE_END = re.compile(
    r"[ \u00a0]+(?:on|in|at|to|for|after|with|and|over|against|victory|win|loss|defeat|overtime|triumph)(?![\w])"
    r"|[ \u00a0]*(?:[.,;:)]|$)"
)

# "advanced 5-3 on aggregate", "after a 2-0 loss": a result named after the score ("loss" is no
# word of sport elsewhere: "a loss of 5-10 kg").
_R_RESULT_AFTER = re.compile(r"[ \u00a0]+(?:on[ \u00a0]+aggregate|loss|home[ \u00a0]+loss|away[ \u00a0]+loss)(?![\w])")

# "4-3 liberal majority", "a 5-4 ruling": a tally of votes, two counts even beside "victory".
_R_TALLY_AFTER = re.compile(
    r"[ \u00a0]+(?:[a-z][\w\-]*[ \u00a0]+){0,2}?(?:majority|vote|votes|ruling|decision|verdict|split)(?![\w])"
)
# A score of basketball in the colon form ("Beim 109:121 bei den Celtics", "ein 98:102"): two or
# three digits each side, one side of three, both 60 or more (no clock, race time or ratio has
# that shape).
_R_BIG_COLON = re.compile(r":(\d{2,3})(?![\w]|[.,:]\d)")


def _big_score_end(text: str, e: int, raw: str) -> int | None:
    m = _R_BIG_COLON.match(text, e)
    if m is None or 3 not in (len(raw), len(m.group(1))) or min(int(raw), int(m.group(1))) < 60:
        return None
    return m.end()


# A win-loss record after a verb of standing or moving ("The Bucks ... are 21-23.", "improved to
# 30-12 on the season"; thirty-fifth: "fell to 14-18"), the clause ending after it. A vote, odds or
# a ratio before it keeps the figures ("The vote is 5-4." counts, as "The vote was 11-1").
_R_RECORD_BEFORE = re.compile(
    r"(?<![\w])(?:are|is|went|(?:fell|dropped|slipped|improved|moved|climbed|rose|falls|drops|slips|improves"
    r"|moves|climbs|rises)[ \u00a0]+to)[ \u00a0]+$"
)
_R_RECORD_END = re.compile(
    r"[ \u00a0]*(?:[.,;)]|$)|[ \u00a0]+(?:on[ \u00a0]+the[ \u00a0]+season|this[ \u00a0]+season|overall|at[ \u00a0]+home"
    r"|on[ \u00a0]+the[ \u00a0]+road|and|since|after|with|against)(?![\w])"
)
_R_NOT_RECORD = re.compile(r"(?i)(?<![\w])(?:votes?|odds|ratio|split|tally|margin)(?![\w])")


def _win_loss_record(text: str, s: int, end: int) -> bool:
    return (
        text[s - 2 : s - 1] in ("e", "s", "t", "o")
        and _R_RECORD_BEFORE.search(text, max(0, s - 16), s) is not None
        and _R_RECORD_END.match(text, end) is not None
        and _R_NOT_RECORD.search(text, max(0, s - 40), s) is None
    )
