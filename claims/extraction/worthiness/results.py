"""A results line: a sports result of record without a verb, as results services send them. One or more
results "Home – Away 3:1", the half-time or set scores after it ("3:1 (1:0)", "6:4, 3:6, 7:5", "4:3
n.P."), alone or after a label ("Eishockey, ICE Hockey League, 18. Runde: ..."); English results in agate
("Arsenal 3 Benfica 0", "Denver 131 Phoenix 122 (OT)"); or an English sets line
after "beat"/"def." ("X (Sweden) beat Y (India) 6-4 3-6 7-5"). Weighed as an event (+ 0.15) in
features(), as a factbox line is: the scores carry no quantity.

Not a span of clock times ("Sitzung 10:00 – 12:00 Uhr": no side before the dash has a name), nor a
score inside a sentence with a verb (the caller asks only when no event verb was found).
"""

from __future__ import annotations

import re

# A side: a capitalised name of up to six words ("FC Bayern München", "Matteo Lorenzi (ITA)").
_SIDE = r"[A-ZÄÖÜ][\w.'’&/()-]*(?:[ ][\w.'’&/()-]+){0,5}?"
# The periods in brackets after a score ("4:1 (1:0, 2:0, 1:1)"), also after a shoot-out's mark ("SC Bern – EV Zug
# 4:3 n.P. (1:0, 2:2, 0:1)", batch 495).
_PERIODS = r"(?:[ ]?\(\d{1,3}:\d{1,3}(?:,[ ]\d{1,3}:\d{1,3})*\))?"
# (no clock time: a score has no minutes with a leading zero, "8:00", "10:05")
_SCORE = r"\d{1,3}:(?!0\d)\d{1,3}" + _PERIODS
_AFTER = r"(?:[ ](?:n\.[ ]?V\.|n\.[ ]?P\.|n\.[ ]?E\.|i\.[ ]?E\.))?"
_RESULT = rf"{_SIDE}[ ][–-][ ]{_SIDE}[ ]{_SCORE}(?:,[ ]{_SCORE})*{_AFTER}{_PERIODS}"
_LINE = re.compile(rf"(?:[^:]{{1,80}}:[ ])?{_RESULT}(?:[,;][ ]{_RESULT})*\.?")
# An English line in agate: "Arsenal 3 Benfica 0", "Oklahoma City 118 Boston 109; Denver 131 Phoenix 122 (OT)".
_TEAM = r"[A-Z][\w'’.&-]*(?:[ ][A-Z][\w'’.&-]*){0,2}"
_AGATE = rf"{_TEAM}[ ]\d{{1,3}},?[ ]{_TEAM}[ ]\d{{1,3}}(?:[ ]\([^()]{{1,40}}\))?"
_AGATE_LINE = re.compile(rf"(?:[^:]{{1,80}}:[ ])?{_AGATE}(?:[,;][ ]{_AGATE})*\.?")
# English sets after the verb of a win: "beat Arjun Mehra (India) 6-4 3-6 7-5", "def. X 7-6(4) 6-2".
_SET = r"\d{1,2}-\d{1,2}(?:\(\d{1,2}\))?"
_SETS = re.compile(rf"\b(?:beat|def\.|defeated|bt)[ ].{{2,60}}?[ ]{_SET}(?:,?[ ]{_SET})+\.?$")


# A diary line: a clock time, a colon, what is scheduled ("13.00 Uhr: Bundesverfassungsgericht verkündet Urteil
# zur Grundsteuer", "0130 GMT: China - Consumer and producer prices for September"; batches 266, 282, 299); only
# as a headline (a live blog's "12.14 Uhr: Die Zahl der Verletzten ..." is a sentence, judged as one).
# A data calendar's line has the clock and a region's code instead ("09:55 DEU: Einkaufsmanagerindex Industrie
# September", "16:00 USA: ISM-Index", batch 314). An agenda's line puts the place between middle dots or
# dashes ("09:00 Uhr · Wien · Nationalrat: Budgetrede", "1230 - Britain - Chancellor delivers Budget"), a
# daybook's a dash after the clock ("2 p.m. — Treasury secretary testifies"; batches 430, 453, 475).
_DIARY = re.compile(
    r"\s*(?:(?:\d{1,2}[.:]\d{2}[ ]Uhr|\d{4}[ ]GMT|\d{1,2}[.:]\d{2}[ ](?:GMT|ET|BST|CET|MEZ)"
    r"|\d{2}:\d{2}[ ](?:[A-Z]{3}|[A-Z]{2}))[ ]?:[ ]+\S"
    r"|\d{1,2}[.:]\d{2}[ ]Uhr[ ]·[ ][^·]{2,40}[ ]·[ ]+\S"
    r"|\d{4}[ ]-[ ][A-Z][^-]{1,40}[ ]-[ ]+\S"
    r"|\d{1,2}(?::\d{2})?[ ][ap]\.m\.[ ][—–][ ]+\S)"
)


def diary_line(text: str) -> bool:
    """``text`` (a line without a closing stop) is a diary entry (see _DIARY)."""
    return _DIARY.match(text) is not None


# A ticker's score line: a label of the match's state, then the sides with the score between them ("Half-time:
# England 1-0 Wales", "FULL-TIME: ...", "Abpfiff: Österreich besiegt die Schweiz mit 2:1"; batch 490).
_STATE_SCORE = re.compile(
    r"(?i)(?:half[- ]?time|full[- ]?time|HT|FT|Abpfiff|Halbzeit|Pause|Endstand|Schlusspfiff)[ ]?:[ ]+"
    r"[A-ZÄÖÜ][^:]{0,60}?[ ]\d{1,3}[-–:]\d{1,3}(?:[ ][A-ZÄÖÜ][^:]{0,40})?\.?"
)


def results_line(text: str) -> bool:
    """``text`` is a results line (see the module's docstring)."""
    text = text.strip()
    if _STATE_SCORE.fullmatch(text):
        return True
    last = text[:-1].rstrip()[-1:] if text.endswith(".") else text[-1:]
    if not (last.isdigit() or last == ")" or text.endswith((" n.V.", " n.P.", " n.E.", " i.E."))):
        return False  # (a results line ends in a score, a bracket or a mark of extra time)
    if ("–" in text or " - " in text) and _LINE.fullmatch(text):
        return True
    if _AGATE_LINE.fullmatch(text):
        return True
    return _SETS.search(text) is not None
