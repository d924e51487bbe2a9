"""Addressing the reader (-0.35): a salutation, an imperative, the German polite imperative."""

from __future__ import annotations

import re

from ..wordtrie import word_list
from .questions import holds_evidence

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

# An English imperative told by its object: the first word is a verb when the reader ("your",
# "yourself") or "us" follows it, directly or after a preposition ("Make your voice heard", "Tell your MP
# ...", "Write to your councillor", "Tell us ..."): a subject cannot stand there. The first word is no
# function word ("For your safety, ...", "All of us", "Thank you", "If your flight ...").
# (case-sensitive: "US" is a country; after a preposition the first word is no plural noun, "Taxes on your
# savings")
_IMPERATIVE_OBJECT = re.compile(
    r"[\s„“\"»«]*[A-Z][a-z]+\s+(?:your|yourself|yourselves|us)\b"
    r"|[\s„“\"»«]*[A-Z][a-z]*[a-rt-z]\s+(?:to|on|with|for|about|in|at)\s+(?:your|yourself|yourselves|us)\b"
)
# What follows a colon or a dash, and an imperative opening it in lower case ("...: write to your MP").
_AFTER_COLON = re.compile(r"[:–—]\s*")
_LOWER_IMPERATIVE = re.compile(r"[a-z]+\s+(?:(?:to|on|with|for|about|in|at)\s+)?(?:your|yourself|yourselves|us)\b")
_NOT_IMPERATIVE = frozenset(
    word_list("""
    a an the this that these those all many some most few both none each every any no my our his her its their
    for with in on at by from to of against despite unlike like under over through without within behind after
    before during since until about among between into onto upon near beyond thank thanks if when while as
    whether unless because once and but or so nor yet do does did are is was were have has had can could will
    would should may might must shall here there what who whom how why where which not only even just also dear
    i we you he she it they me him them
    """)
)


def opens_imperative(text: str, tokens: list[str]) -> bool:
    """An English sentence opens on an imperative with the reader or "us" as its object (see above), and
    what follows a colon or a dash after it is no report ("Check your tickets: Eurostar has cancelled 12
    trains", "Help us find Lisa: police have released a photo"; "Make your voice heard: write to ..." is
    one more imperative)."""
    if not tokens or tokens[0] in _NOT_IMPERATIVE or _IMPERATIVE_OBJECT.match(text) is None:
        return False
    m = _AFTER_COLON.search(text)
    if m is None or _LOWER_IMPERATIVE.match(text, m.end()):
        return True
    return not holds_evidence(text[m.end() :], "en")


# Advice to a generic addressee: a one-word subject, then "sollten"/"should" ("Fahrgäste sollten sich
# vor Reiseantritt informieren", "Investors should stay calm", "Man sollte ..."), with no evidence (a
# figure, a time, an event: questions.holds_evidence()) nor a source (the caller checks). "Die Gespräche
# sollten am Montag beginnen" has an article and a date; "Ministers must now agree ..." states a duty.
# Verbs of advising that report who gives the advice or the imperative ("..., empfiehlt das RKI", "..., rieten
# Analysten", "..., the tax office advises").
ADVISERS = frozenset(
    word_list("""
    empfiehlt empfehlen empfahl empfahlen rät raten riet rieten advises advise advised recommends recommend
    recommended urges urge urged
    """)
)
_ADVICE = re.compile(r"[\s„“\"»«]*[A-ZÄÖÜ][a-zäöüß]+\s+(?:sollten|sollte|should)\s")
