"""Addressing the reader (-0.35): a salutation, an imperative, the German polite imperative."""

from __future__ import annotations

import re

# Addressing the reader or an audience: an opening salutation ("Liebe Mitbürgerinnen ...",
# "Dear friends"), an opening imperative ("Please ...", "Do not ..."), and the German polite
# imperative, a verb before a capitalised "Sie" ("Meiden Sie das Gebiet", "..., bleiben Sie zu
# Hause"; "sie" meaning "she"/"they" is lower-case after a verb).
_IMPERATIVES = (
    r"please|bitte|do\s+not|don't|don’t|get\s+out|check\s+on|take\s+the|stay|keep\s+your|remember|avoid"
    r"|follow\s+the|imagine|think\s+(?:hard|twice|again|about)|sign\s+up|subscribe|click|tap\s+here|make\s+sure"
)
_ADDRESS = re.compile(r"(?i)^[\s„“\"»«]*(?:liebe|lieber|sehr\s+geehrte|dear|" + _IMPERATIVES + r")(?=[\s,])")
# The same imperatives after ", so" ("Every vote counts, so make sure yours is heard").
_ADDRESS_SO = re.compile(r"(?i)[,;–—]\s*so\s+(?:" + _IMPERATIVES + r")(?=[\s,])")
# Run only where "en Sie" is in the sentence.
_SIE_IMPERATIVE = re.compile(r"(?:^|[,;:]\s*|\b(?:und|oder|bitte)\s+)[\s„“\"»«]*[A-Za-zÄÖÜäöüß]+en\s+Sie\b")
_SO = frozenset(["so"])
