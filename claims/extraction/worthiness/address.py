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
# A service appeal in the passive, with no one named who makes it ("Zeugen werden gebeten, sich ... zu
# melden", "Reisenden wird empfohlen, ...", "Commuters are advised to ...", "Drivers are asked to ..."):
# advice to the reader, not a report; with its source it is one ("..., teilte die Polizei mit";
# "Residents were urged to leave" in the past tells what happened).
_SERVICE_APPEAL = re.compile(
    r"(?i)\b(?:werden|wird)\s+(?:dringend\s+|ausdrücklich\s+|daher\s+|deshalb\s+)?(?:gebeten|aufgefordert|empfohlen"
    r"|geraten|ersucht|angehalten)\b(?!\s+(?:von|durch)\b)"
    r"|\b(?:are|is)\s+(?:being\s+|strongly\s+|also\s+)?(?:advised|asked|urged|encouraged|requested|reminded)"
    r"\s+(?:to|not\s+to)\b"
)
# The public the appeal is made to ("Zeugen", "Reisenden", "Anrainer", "Commuters", "Anyone with information").
_PUBLIC = re.compile(
    r"(?i)\b(?:zeug\w*|reisende\w*|anrainer\w*|anwohner\w*|autofahrer\w*|fahrgäst\w*|passagier\w*|besucher\w*"
    r"|eltern|bürger\w*|bevölkerung|kunden|kundinnen|pendler\w*|bewohner\w*|hinweisgeber\w*|wer|alle|witness\w*"
    r"|passengers?|travell?ers?|commuters?|residents?|drivers?|motorists?|visitors?|customers?|parents?|members\s+of"
    r"\s+the\s+public|anyone|everyone|people|fans|spectators)\b"
)
