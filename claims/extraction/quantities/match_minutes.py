"""Minutes of play in a match report's agate are ordinals (the 58th minute), as "in der 58.
Minute" is: German brackets "(90.+3)", "(Kaiserslautern/82.)" (digits.py reads the plain "(58.)"
and "(71./Sturm)"), and English goal lines "Goals: Liverpool, Redfearn 12, Dunne 59",
"Scoring: LA Galaxy, Ferreyra 90+2", "Arsenal 2 (Saka 14, Odegaard 77) Chelsea 1 (Palmer 52)".
A minute of stoppage time written with a plus is two ordinals: the minute it follows and the
minute of added time ("90+2" is 90 and 2, not 92)."""

from __future__ import annotations

import re

from .hits import _Hit

_MAX_MINUTE = 130  # extra time ends at 120, with its own added minutes
_MAX_ADDED = 20

# "(90.+3)", "(Kaiserslautern/82.)", "(Sturm/90.+1)": a minute with its dot in brackets, the club
# of a booked player before a slash, the added minutes after a plus.
# ("(Freiburg, 81.)", "(71., Foulelfmeter)": the club or a note after a comma, as after a slash; batch 299)
_R_DE_MINUTE = re.compile(
    r"\((?:[A-ZÄÖÜ][^\W\d_]*(?:[ \u00a0\-][A-ZÄÖÜ0-9][\w.]*){0,2}(?:/|,[ \u00a0]))?(\d{1,3})\.(?:\+(\d{1,2}))?"
    r"(?:(?:/|,[ \u00a0])[A-ZÄÖÜ][^()\d]{0,30})?\)"
)
# An English goal line: its head, then the rest of the line or sentence.
_R_EN_HEAD = re.compile(r"(?:^|(?<=[\s.;(]))(?:Goals|Scoring|Scorers|Goalscorers)[ \u00a0]*:")
_R_LINE_END = re.compile(r"[.!?](?=\s|$)|\n")
# "Redfearn 12", "Okafor-Lyle 53", "Ferreyra 90+2", "Salah 45 (pen)": a name, then the minute
# ending the item ("Liverpool 3" in "Goals: ..." has no list of scorers after a colon of its own).
_R_EN_MINUTE = re.compile(
    r"(?<![\w])([^\W\d_][\w'’.\-]*)[ \u00a0](\d{1,3})(?:\+(\d{1,2}))?"
    r"(?=[ \u00a0]*(?:[,;.)]|$|\((?:pen|p|og|o\.g\.)\))|[ \u00a0](?:pen|og)(?=[,;.)]|$))"  # ("74 pen.", batch 464)
)
# "Arsenal 2 (Saka 14, Odegaard 77) Chelsea 1 (Palmer 52)": a result in agate with each side's
# scorers in brackets after its score; the scores carry nothing (as "2:1").
# ("Okonjo-Reid 12, 81, Lindqvist-Obi 58 pen": a second goal after a comma, a penalty noted bare, batch 430)
_SCORER = (
    r"[A-Z][\w'’\-]*(?:[ \u00a0][A-Z][\w'’\-]*)?[ \u00a0]\d{1,3}(?:\+\d{1,2})?"
    r"(?:,[ \u00a0]\d{1,3}(?:\+\d{1,2})?)*(?:[ \u00a0](?:pen|og))?"
)
_SCORERS = r"\(" + _SCORER + r"(?:,[ \u00a0]" + _SCORER + r")*\)"
_SIDE = r"[A-Z][\w'’\-]*(?:[ \u00a0][A-Z][\w'’\-]*){0,2}[ \u00a0](\d{1,2})"
_RESULT = _SIDE + r"[ \u00a0]" + _SCORERS + r"[ \u00a0]" + _SIDE + r"(?:[ \u00a0]" + _SCORERS + r")?"
_R_EN_RESULT = re.compile(r"(?<![\w])" + _RESULT + r"(?=[,;.]|$)")
_R_SCORERS = re.compile(_SCORERS)
_R_ITEM = re.compile(r"(?<=\w|,)[ \u00a0](\d{1,3})(?:\+(\d{1,2}))?")


def _set_ordinal(hits: list[_Hit], s: int, e: int, value: int) -> None:
    """The figure at ``s``..``e`` becomes an ordinal, whatever read it; one is added if none did."""
    same = [h for h in hits if h.start < e and s < h.end]
    if not same:
        i = next((k for k, h in enumerate(hits) if h.start >= e), len(hits))
        hits.insert(i, _Hit("ordinal", value, None, s, e))
        return
    if len(same) == 1 and same[0].start == s and same[0].kind in ("count", "ordinal"):
        h = same[0]
        h.kind, h.value, h.unit, h.end, h.qualifier, h.bare = "ordinal", value, None, max(h.end, e), None, False


def _minute(hits: list[_Hit], m: re.Match, group: int, dot: bool = False) -> None:
    value = int(m.group(group))
    if 0 < value <= _MAX_MINUTE:
        _set_ordinal(hits, m.start(group), m.end(group) + (1 if dot else 0), value)
        added = group + 1
        if m.group(added) is not None and 0 < int(m.group(added)) <= _MAX_ADDED:
            _set_ordinal(hits, m.start(added), m.end(added), int(m.group(added)))


# A scorer's second goal after a comma, the name written once: "Okwuosa 12, 71; Lindholm 55" (batch 282).
_R_EN_MORE_MINUTE = re.compile(r"(?<=\d),[ \u00a0](\d{1,3})(?:\+(\d{1,2}))?(?=[ \u00a0]*(?:[,;.)]|$))")


def _en_goal_lines(text: str, hits: list[_Hit]) -> None:
    for head in _R_EN_HEAD.finditer(text):
        end = _R_LINE_END.search(text, head.end())
        stop = end.end() if end else len(text)
        for m in _R_EN_MINUTE.finditer(text, head.end(), stop):
            if m.group(1)[0].isupper():
                _minute(hits, m, 2)
        for m in _R_EN_MORE_MINUTE.finditer(text, head.end(), stop):
            _minute(hits, m, 1)


# A Swiss goal line, the minute with its dot before the scorer and the score after: "Tore: 23. Zeller 1:0.
# 78. Imhof (Foulpenalty) 2:0." (batches 380, 495).
_R_DE_HEAD = re.compile(r"(?:^|(?<=[\s.;(]))Tore[ \u00a0]*:")
_R_DE_LEAD_MINUTE = re.compile(
    r"(?<![\w:.])(\d{1,3})\.(?:\+(\d{1,2}))?(?=[ \u00a0]+[A-ZÄÖÜ][^\d\n]{0,60}?[ \u00a0]\d{1,2}:\d{1,2}(?!\d))"
)


def _de_goal_lines(text: str, hits: list[_Hit]) -> None:
    for head in _R_DE_HEAD.finditer(text):
        end = text.find("\n", head.end())
        for m in _R_DE_LEAD_MINUTE.finditer(text, head.end(), end if end >= 0 else len(text)):
            _minute(hits, m, 1, dot=True)


def _en_results(text: str, hits: list[_Hit]) -> None:
    done = -1
    for b in _R_SCORERS.finditer(text):  # a bracket of scorers first (rare), then the result around it
        if b.start() < done:
            continue
        stop = min(len(text), b.end() + 160)
        m = _R_EN_RESULT.search(text, max(0, b.start() - 60), stop)
        if m is None or not m.start() <= b.start() < m.end() or (m.end() == stop < len(text)):
            continue
        done = m.end()
        for g in (1, 2):  # the two scores
            for h in hits:
                if (h.start, h.end) == m.span(g) and h.kind == "count":
                    h.kind = None
        for part in _R_SCORERS.finditer(text, m.start(), m.end()):
            for item in _R_ITEM.finditer(text, part.start(), part.end()):
                _minute(hits, item, 1)


# A live ticker's line opening with its minute: "23' Leverkusen führt", "90.+3' Joker ...", "12 min: Goal
# for Arsenal" (batch 430).
# ("12. Min.:", "90.+2 Min.:", batch 453)
_R_TICKER_MINUTE = re.compile(
    r"(\d{1,3})(?:\.?\+(\d{1,2}))?(?:['’´](?=[ \u00a0]+[A-ZÄÖÜ])|[ \u00a0]min:|\.?[ \u00a0]Min\.:)"
)
# "GOAL! Aston Villa 1-0 Sporting (Marchetti-Boyd 23)": a goal flash, the scorer and minute in brackets.
_R_GOAL_FLASH = re.compile(r"(?:GOAL|Goal|TOR|Tor)!")


def _match_minutes(text: str, hits: list[_Hit]) -> None:
    if text[:1].isdigit() and (tm := _R_TICKER_MINUTE.match(text)) and 0 < int(tm.group(1)) <= _MAX_MINUTE:
        hits[:] = [h for h in hits if h.start >= tm.end()]  # (whatever read the stamp: "12 min" is no span here)
        _minute(hits, tm, 1)
    if "+" in text or "/" in text or "., " in text or (", " in text and ".)" in text):
        for m in _R_DE_MINUTE.finditer(text):
            _minute(hits, m, 1, dot=True)
    if ":" in text and ("Goals" in text or "Scor" in text):
        _en_goal_lines(text, hits)
    if "Tore" in text:
        _de_goal_lines(text, hits)
    if " (" in text:
        _en_results(text, hits)
        if _R_GOAL_FLASH.match(text):
            for part in _R_SCORERS.finditer(text):
                for item in _R_ITEM.finditer(text, part.start(), part.end()):
                    _minute(hits, item, 1)
