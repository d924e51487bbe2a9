"""A tip to the public, reported (-0.35 in features()): safety or consumer advice stays advice when a
body is named as giving it.

The reader's own advice (address.py) weighs only without a source; a reported tip is the same line with
its adviser added: "Autofahrer sollten ..., rät der ADAC", "Die Polizei rät, Rauchmelder ... zu prüfen",
"Spaziergänger werden gebeten, ... zu bleiben", "Residents were urged to stay away from the coast",
"Officials urged residents to stay indoors". What marks the shape:
  - German "raten" is a verb of tips only: a clause of advice reported with it ("..., rät die Polizei",
    "Die Polizei rät, ... zu ...");
  - "empfehlen", "bitten", "ersuchen", "appellieren an" before a zu-infinitive, with no further source
    ("Der Verwaltungsrat empfiehlt den Aktionären, das Angebot anzunehmen, wie X mitteilte" is a report);
  - "sollten" advice reported with "mahnte" ("Verbraucher sollten sparsam heizen, mahnte die Behörde");
  - an appeal in the passive whose subject opens the sentence, any noun ("Geflügelhalter werden dringend
    gebeten", "Households are being urged to", "Residents were told to keep out of ...");
  - English "urged/advised/asked <the public> to <do>" with nothing stated after it.
  - English advice to the public: a generic addressee opening the sentence ("Anyone ...", "Parents with
    questions", "Customers who were affected"), "should" and a verb of looking after oneself or turning to
    someone ("should contact their provider", "should talk to their child's doctor", "should stay away
    from ..."), reported or not ("..., the regulator advised"); not a duty of a named or counted body
    ("Banks should hold more capital"), nor at a time ("... this weekend").
None weighs beside a figure (but "sollten"/"should" advice that its adviser closes: "Autofahrer sollten
alle zwei Stunden eine Pause einlegen, rät der ADAC", advice_reported()), nor, in the past or the passive,
beside a time ("Residents were urged to leave their homes on Sunday", "Officials urged 5,000 residents to
boil their water": an order given is an event), nor where what follows the appeal holds an event ("Police
urged drivers to avoid the area while the road remained closed").
"""

from __future__ import annotations

import re

from ..wordtrie import word_list
from .questions import _TIME_MORE, holds_evidence

# German: a clause reported with "raten" ("..., rät die Polizei"; "Die Polizei rät, ...").
_RAET_AFTER = re.compile(r",\s*(?:rät|raten|riet|rieten)\s")
# A verb of recommending or asking, then, after a comma, a zu-infinitive ("..., rät, nicht notwendige Fahrten zu
# verschieben", "bittet, von Kranzspenden abzusehen", "appelliert an alle Autofahrer, ... zu drosseln").
_ASKS_ZU = re.compile(
    r"\b(?:rät|raten|riet|rieten|empfiehlt|empfehlen|bittet|bitten|ersucht|ersuchen|appelliert|appellieren"
    r"|appellierte|appellierten|(?:forderte|forderten|fordert|fordern|rief|riefen|ruft|rufen)(?=[^,.;:]{1,60}?\sauf\s*,))\b"
    r"[^,.;:]{0,60},[^.;:]*?(?:\bzu\s+[a-zäöüß]+en\b"
    r"|\b(?:ab|an|auf|aus|ein|mit|nach|vor|zurück|weg|fern|gerade)zu[a-zäöüß]+en\b)"
)
# An order about a place during an incident ("rief die Bevölkerung auf, das Gebiet um den Bahnhof weiträumig zu
# meiden"): the ninth batch labels it an event, as an evacuation is.
_AREA_ORDER = re.compile(r"\b(?:zu\s+meiden|zu\s+umfahren|zu\s+verlassen|zu\s+räumen|zu\s+evakuieren)\b")
_RAET = frozenset(word_list("rät raten riet rieten"))
# "Das Auswärtige Amt rät von nicht notwendigen Reisen in den Distrikt ab." (batch 111): advice against.
_RAET_AB = re.compile(r"\b(?:rät|raten|riet|rieten)\s+(?:[\wäöüß-]+\s+){0,3}?von\s+[^.;:]{1,80}?\s+ab\s*[.!]?\s*$")
# "sollten" advice, then "mahnte"/"mahnt" reporting it.
_SHOULD_WARNED = re.compile(r"\bsollten?\b[^.;:]*,\s*(?:mahnte|mahnt|mahnten)\s")
# A passive appeal whose subject opens the sentence (a noun, a relative clause after it allowed).
_DE_PASSIVE = re.compile(
    r"[\s„“\"»«]*[A-ZÄÖÜ][\wäöüß-]*(?:\s+(?:und|oder)\s+[A-ZÄÖÜ][\wäöüß-]*)?(?:\s+[a-zäöüß][\wäöüß-]*){0,3}"
    r"(?:\s*,[^,.;]*,)?\s+(?:werden|sind)\s+(?:dringend\s+|ausdrücklich\s+|daher\s+|deshalb\s+|herzlich\s+)?"
    r"(?:gebeten|ersucht|aufgefordert|angehalten|eingeladen|aufgerufen),"
)
_EN_PASSIVE = re.compile(
    r"[\s“\"]*[A-Z][a-z]+(?:\s+(?!(?:they|we|he|she|it|say|says|said)\b)[a-z][\w'’-]*){0,4}"
    # (a relative clause naming whom: "Voters who still hold an absentee ballot are urged to ...")
    r"(?:\s+who\s+[^,.;]{1,60}?)?"
    r"\s+(?:were|are\s+being|is\s+being|have\s+been|has\s+been|are|is)\s+(?:strongly\s+|also\s+|again\s+)?"
    r"(?:urged|advised|asked|told|warned|encouraged|reminded|invited)\s+(?:not\s+|never\s+)?to\s+"
)
# An appeal to the public in the active ("Officials urged residents to ...", "Doctors advised people to ...").
_EN_ACTIVE = re.compile(
    r"\b(?:urged|urge|urges|advised|advise|advises|asked|inviting|invites|invited)\s+(?:the\s+)?(?:residents|people|the\s+public|drivers"
    r"|motorists|travell?ers|passengers|commuters|households|parents|customers|consumers|filers|taxpayers|citizens"
    r"|patients|visitors|homeowners|[A-Z][a-z]+ans|[A-Z][a-z]+ers|anyone|witnesses)"
    r"(?:\s+(?:near|in|on|along|across|with|who)\s+[^,.;]{1,40}?)?"
    r"\s+(?:not\s+|never\s+)?to\s+"
    # an appeal for witnesses ("Detectives appealed for witnesses", "Police have appealed for information")
    r"|\bappeal(?:ed|s|ing)?\s+for\s+(?:witnesses|information|dashcam\s+footage)\b"
)
# German: the police look for witnesses or ask for tips ("Die Polizei sucht Zeugen, die ...", "bat die
# Bevölkerung um Hinweise"); every batch labels such a line a negative, like the passive appeal.
_DE_WITNESSES = re.compile(
    r"(?i)\b(?:sucht|suchen|suchte|suchten)\s+(?:nun\s+|weitere\s+|dringend\s+)?zeugen\b"
    r"|\b(?:bittet|bitten|bat|baten|ersucht|ersuchen|ersuchte)\s+(?:[\wäöüß]+\s+){0,4}?um\s+(?:sachdienliche\s+)?"
    r"(?:hinweise|mithilfe|mithilfe\s+der\s+bevölkerung)\b"
)


def public_tip(text: str, tokens: list[str], found: frozenset[str] | set[str], lang: str, has_time: bool) -> bool:
    """A tip to the public reported or asked in the passive (see above); the caller checks for a figure."""
    if lang == "de":
        if not _RAET.isdisjoint(found) and _RAET_AFTER.search(text):
            return True
        m = _ASKS_ZU.search(text)
        if m is not None and m.group().startswith(("forder", "rief", "ruf")) and (
            holds_evidence(m.group().split(",", 1)[1], lang) or _AREA_ORDER.search(m.group()) is not None
        ):
            m = None  # a demand with its deadline is on record ("forderte ... auf, den Haushalt bis Juni vorzulegen")
        if m is not None:
            # ("..., wie Alpinsoft am Montag mitteilte": a report with its source)
            return not ("mitteil" in text or "erklärte" in text or "teilte" in text)
        if _SHOULD_WARNED.search(text):
            return True
        if not _RAET.isdisjoint(found) and _RAET_AB.search(text):
            return True
        if _DE_WITNESSES.search(text):  # (a time there dates the incident, not the appeal)
            return True
        return not has_time and _DE_PASSIVE.match(text) is not None
    if has_time:
        return False
    m = _EN_PASSIVE.match(text) or _EN_ACTIVE.search(text)
    return m is not None and not holds_evidence(text[m.end() :], lang)


_EN_ADVICE = re.compile(
    r"[\s“\"]*(?:Anyone|Everyone|Those|People|[A-Z][a-z]+s)\b[^,;:]{0,80}?\s+should\s+(?:still\s+|also\s+|always\s+"
    r"|first\s+)?(?:not\s+|never\s+)?(?:contact|talk|speak|check|keep|stay|change|get|shop|leave|come|seek|call"
    r"|consult|book|avoid|use|read|ask|report|limit|wear|carry|allow|register|look|give)\b"
)


# A day or a weekend makes the advice a notice of an event ("Travellers should allow extra time at Heathrow
# this weekend").
_WHEN = _TIME_MORE | {"weekend"}


# "Sollten"/"should" advice, then its adviser closing the sentence ("..., rät der ADAC", "..., the TSA
# advised"): advice whatever figure it holds ("alle zwei Stunden", "at least two hours before").
_ADVICE_REPORTED = re.compile(
    r"\b(?:sollten|solle|should)\b[^.;:]*,\s*(?:(?:rät|riet|raten|rieten)\s+[^,;:]{1,60}"
    r"|[^,;:]{1,40}?\s+(?:advised|advises|recommended))\s*[.!]?\s*$"
)


def advice_reported(text: str) -> bool:
    """Advice with "sollten"/"should" that its adviser closes (see _ADVICE_REPORTED); the caller checks
    that the sentence holds a figure, the case public_tip() leaves out."""
    return _ADVICE_REPORTED.search(text) is not None


def advice_to_public(text: str, tokens: list[str], has_time: bool) -> bool:
    """English advice to the public, at no time (see above); the caller checks for a figure."""
    return not has_time and _WHEN.isdisjoint(tokens) and _EN_ADVICE.match(text) is not None
