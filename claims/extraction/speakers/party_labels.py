"""A US politician's party and state after the name ("Sen. Owen Bratton, D-Pa., said", "Rep. Ann Lee
(R-Texas) said", "said Sen. Chuck Schumer, D-N.Y."): an apposition like an age, dropped before the
English patterns read the sentence, so that the name before it is the subject of the verb. So is a
short label in brackets after a name in either language: a party ("Katrin Vogelsang (SPD)", "Chuck
Schumer (D)"), a body's acronym ("der Internationalen Organisation für Migration (IOM)"), an age
("Maria Hofer (58)"), and an MP's constituency ("Dawn Pilling (Bury North) told MPs")."""

from __future__ import annotations

import re

from .words import _EN_VERBS, UPPER

# A party's letter, a hyphen and a state: "D-Pa.", "R-Texas", "D-N.Y.", "I-Vt.", "R-W.Va.", "D-NY",
# "R-South Dakota"; after a capitalised word (the surname), in brackets or between commas. A comma
# after it goes too when a verb of saying follows ("Bratton, D-Pa., said" -> "Bratton said"); one
# before anything else stays ("Ann Lee, R-Texas, who chairs ..., said" -> "Ann Lee, who chairs").
_STATE = r"[A-Z][A-Za-z]*\.?(?:[A-Z][a-z]*\.?)*(?:[ \u00a0][A-Z][a-z]+\.?)?"
_PARTY_LABEL = re.compile(
    r"(?P<name>[A-Z][a-z'’\-]+)(?:[ \u00a0]+\([DRI]-" + _STATE + r"\)"
    r"|,[ \u00a0]+[DRI]-" + _STATE + r"(?:(?=[.;:!?]|$)|,(?=[ \u00a0]+(?:" + _EN_VERBS + r")\b)|(?=,)))"
)


def drop_party_labels(text: str) -> str:
    """``text`` without the party-and-state labels after names (the caller gates on "D-", "R-", "I-")."""
    return _PARTY_LABEL.sub(r"\g<name>", text)


# One word in brackets after a word of a name: a capital and up to eleven letters ("SPD", "Grüne",
# "ÖVP", "Labour", "D", "IOM") or an age; not a dateline's agency, which a dash follows ("BOSTON (AP) —").
# (Swiss copy adds the canton after the party: "Ueli Gasser (SVP/TG)", "Franziska Rüttimann (SP/BE)")
_BRACKET_LABEL = re.compile(
    r"[ \u00a0]\((?P<label>" + UPPER + r"[A-Za-zÄÖÜäöüß.]{0,11}(?:/[A-Z]{2})?|\d{1,3})\)(?![ \u00a0]*[-–—])"
)
# Agencies of a dateline written without its dash ("PARIS (AFP) Two people ..."): kept.
_AGENCIES = frozenset(["AP", "AFP", "APA", "Reuters", "PA", "AAP", "PTI", "CP", "KNA", "SDA", "ANP", "AWP", "UPI"])


def _drop_label(m: re.Match[str]) -> str:
    before = m.string[m.start() - 1 : m.start()]
    if m.group("label") in _AGENCIES or not (before.isalpha() or before == "."):
        return m.group()
    return ""


# An MP's constituency in brackets before a verb of saying: "Labour MP Dawn Pilling (Bury North) told MPs" (batch 375).
_CONSTITUENCY = re.compile(
    r"(?<=[a-z])[ \u00a0]\([A-Z][a-z]+(?:[ \u00a0\-][A-Z][a-z]+){1,2}\)(?=[ \u00a0]+(?:" + _EN_VERBS + r")\b)"
)


def drop_bracket_labels(text: str) -> str:
    """``text`` without short labels in brackets after names (the caller gates on " (")."""
    return _CONSTITUENCY.sub("", _BRACKET_LABEL.sub(_drop_label, text))
