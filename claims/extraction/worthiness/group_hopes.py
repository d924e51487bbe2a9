"""What an unnamed group hopes, fears or expects (-0.35 in features(), never beside a figure or a source): a mood
of many, not a forecast anyone stands behind.

The subject opens the sentence and is a bare plural, perhaps after "Many"/"Some"/"Few"/"Most" ("Campaigners
hope ...", "Patient groups fear ...", "Few in Paris expect ...", "Anrainer in Pradl fürchten, dass ...", "Die
Pendlerinnen und Pendler hoffen auf ..."); the verb is in the plural, so a named body in the singular ("The
Bank expects ...", "Die Notenbank rechnet mit ...") is no such group. Not the bodies whose expectation is a
finding or a plan (officials, the police, investigators, prosecutors; "Behörden", "Ermittler"), not a poll
("Von Reuters befragte Ökonomen erwarten ...", "Economists polled by Reuters expect ..."), and never with a
figure ("Economists expect growth of 1.5%", "Die Ökonomen erwarten ein Wachstum von 1,1 Prozent").

What an unnamed group of commentators says is the same mood reported (-0.45, never beside a figure): critics,
analysts, economists, traders, experts, observers, campaigners, "groups" as the bare subject, perhaps after one
word, right before "said"/"say"/"warned" ("Critics said the increase would hit the poorest households hardest",
"Analysts said the Bank had struck a cautious tone", "Business groups warned ...", "Some analysts questioned
whether ...", "Kritiker sagen, ..."); not
witnesses, residents or the police, who report what happened, not a group with a name or a poll after it
("Analysts at X said", "Economists polled by Reuters"), not what the group says it will do or did ("Tenant
groups said they would ..."), nor an act it reports ("Rights groups said the army had detained activists",
"... the convoy was turned back"): that is a fact to check, whoever reports it.
"""

from __future__ import annotations

import re

from ..wordtrie import word_list

TRIGGERS = frozenset(
    word_list("hope fear expect doubt worry believe hoffen fürchten befürchten erwarten rechnen bezweifeln")
)

_EN = re.compile(
    r"[\s“\"]*(?:(?:Many|Some|Few|Most)(?:\s+(?:in|on|at|among)\s+(?:the\s+)?[\w-]+(?:\s+[A-Z][\w-]+)?)?\s+"
    r"(?:[a-z][\w-]*\s+){0,2}|[A-Z][\w-]*\s+(?:[a-z][\w-]*\s+){0,2}(?=[a-z-]*s\s)|(?=[A-Z][\w-]*s\s))"
    r"(?:[A-Za-z-]*s\s+)?(?:still\s+|now\s+|also\s+|increasingly\s+)?(?:hope|fear|expect|doubt|worry|believe)\b"
)
_DE = re.compile(
    r"[\s„»]*(?:(?:Die|Viele|Manche|Einige|Zahlreiche)\s+)?(?:[a-zäöüß]+e\s+)?[A-ZÄÖÜ][\wäöüß-]+"
    r"(?:\s+(?:und|in|aus|im|am|vom|von|der|des)\s+(?:[\wäöüß-]+\s+)?[A-ZÄÖÜ][\wäöüß-]+)?"
    r"\s+(?:hoffen|fürchten|befürchten|erwarten|rechnen|bezweifeln)\b"
)
# Bodies whose expectation is a finding or a plan, and polls.
_NOT_A_MOOD = re.compile(
    r"(?i)\b(?:officials|authorities|police|investigators|prosecutors|detectives|behörden|polizei|ermittler"
    r"|staatsanwälte|polled|surveyed|befragte|befragten|umfrage|poll|survey)\b"
)


def group_mood(text: str, lang: str | None) -> bool:
    """An unnamed group's hope, fear or expectation (see above); the caller checks for a figure and a source."""
    m = (_DE if lang == "de" else _EN).match(text)
    if m is None and lang is None:
        m = _DE.match(text)
    return m is not None and _NOT_A_MOOD.search(text) is None


# The first or second words of group_says(): a quantifier or the group itself (after one word: "Retail
# analysts", "Landlord groups").
FIRST = frozenset(
    word_list("""
    some many most other several critics opponents analysts economists experts observers campaigners traders
    strategists commentators supporters pundits groups manche viele einige andere kritiker kritikerinnen gegner
    gegnerinnen analysten analystinnen ökonomen ökonominnen experten expertinnen beobachter beobachterinnen
    händler händlerinnen marktbeobachter volkswirte befürworter befürworterinnen
    """)
)
# Groups whose word is commentary, before a verb of saying.
_COMMENTATORS_EN = re.compile(
    r"[\s“\"]*(?:(?:Some|Many|Most|Other|Several)\s+(?:[a-z][\w-]*\s+)?|[A-Z][\w-]*\s+)?(?i:critics|opponents|analysts"
    r"|economists|experts|observers|campaigners|traders|strategists|commentators|supporters|pundits|groups)\s+"
    r"(?:have\s+)?(?:said|say|says|warned|warn|argued|argue|noted|note|cautioned|questioned\s+whether"
    r"|question\s+whether)\b"
)
# What the group says it will do or did is its plan or its act ("Tenant groups said they would try to ...").
_OWN_PLAN = re.compile(r"\b(?:said|say|says)\s+(?:they|it)\s+(?:would|will|had|have|planned|plan|were|are)\b")
# An act they report happened ("... said the army had detained activists", "... the convoy was turned back"):
# a fact to check, whoever reports it.
_REPORTED_ACT_EN = re.compile(
    r"\b(?:had|has|have|was|were)\s+(?:been\s+)?(?:[a-z]+ly\s+)?"
    r"(?!(?:needed|required|expected|concerned|worried|justified|warranted|overdue|misguided)\b)[a-z]{3,}ed\b"
)
_REPORTED_ACT_DE = re.compile(
    r"\b(?:habe|hätten|haben|sei|seien|wurde|wurden|worden)\b[^,;]*\b(?:[a-zäöüß]*ge[a-zäöüß]{3,}(?:t|en)"
    r"|[a-zäöüß]{3,}iert)\b"
)
_COMMENTATORS_DE = re.compile(
    r"[\s„»]*(?:(?:Manche|Viele|Einige|Andere)\s+)?(?:Kritiker(?:innen)?|Gegner(?:innen)?|Analysten|Analystinnen"
    r"|Ökonomen|Ökonominnen|Experten|Expertinnen|Beobachter(?:innen)?|Händler(?:innen)?|Marktbeobachter|Volkswirte"
    r"|Befürworter(?:innen)?)\s+(?:sagten|sagen|warnten|warnen|meinen|meinten|argumentieren|argumentierten)\b"
)


def group_says(text: str, lang: str | None) -> bool:
    """An unnamed group of commentators says something (see above); the caller checks for a figure."""
    if lang == "de":
        return _COMMENTATORS_DE.match(text) is not None and _REPORTED_ACT_DE.search(text) is None
    return (_COMMENTATORS_EN.match(text) is not None and _OWN_PLAN.search(text) is None
            and _REPORTED_ACT_EN.search(text) is None)
