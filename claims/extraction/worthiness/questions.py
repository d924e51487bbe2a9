"""An open question as the claim, told by the shape of the sentence (rhetoric, -0.45 in features()).

- A sentence that opens on an indirect yes/no question ("Ob ..., ...", "Whether ... ...") says something
  about a question: it is a claim only when its main clause hands the question to someone or to a
  date, that is, holds positive evidence of its own: a figure, a time, a source, an event or a
  stated position, a verb of deciding or examining ("Ob der Vertrag gültig ist, entscheidet am
  Montag das Höchstgericht", "Whether the law applies will be decided by the court next month").
  Without any ("Ob ..., ist offen", "..., bleibt fraglich", "..., wird sich zeigen", "Whether ... is
  another question") the question is left open; a German main clause must open on a verb of status
  (_DE_STATUS_VERB: "zeigt eine App der ÖBB in Echtzeit an" tells what something does).
- A sentence that opens on an indirect wh-question is one only when its main clause declares it
  unknown ("Was genau geschah, ist unklar", "Wann es weitergeht, weiß niemand"): "Was die Regierung
  plant, ist ein Verbot ..." (a free relative) states a plan.
- Nobody as the subject of knowing or saying, before a question ("Nobody can say where this will
  end", "Niemand weiß, wie ...", "No one knows whether ...").
A named source who does not know makes a report ("..., sagte X"): features() and open_question() look
for one.
"""

from __future__ import annotations

import re

from ..speakers import TRIGGERS
from ..wordtrie import word_list
from . import lexicon
from .evidence import _DE_TIME_AHEAD
from .quote_evidence import _FEELINGS_ED, _TIME_MORE

_FACT_VERBS, _POSITION, _TIME_WORDS = lexicon._FACT_VERBS, lexicon._POSITION, lexicon._TIME_WORDS

# Attribution words after the opening question ("wie" there compares; ", so ein Sprecher" attributes).
_SOURCES = TRIGGERS - {"wie"}
_WORD = re.compile(r"[\w'’]+")
# The first words that open an indirect question: yes/no ("ob", "whether") and wh-words ("wie" opens
# attributions, "Wie die Agentur meldete", and comparisons; "wer" opens maxims, opinion.py).
YES_NO_FIRST = frozenset(["ob", "whether"])
WH_FIRST = frozenset(
    word_list("was wann wo warum wieso weshalb welche welcher welches welchen what why when where which how who")
)
NOBODY_FIRST = frozenset(word_list("niemand keiner nobody no"))
# Verbs that settle a question: someone decides, examines, rules on it, it depends on someone or something
# ("entscheidet das Gericht", "prüft die Staatsanwaltschaft", "will be decided by", "the court will rule",
# "hängt vom Gemeinderat ab").
_SETTLE = frozenset(
    word_list("""
    entscheidet entscheiden entschieden prüft prüfen geprüft untersucht untersuchen klärt klären
    geklärt ermittelt ermitteln berät beraten stimmt stimmen abstimmen urteilt urteilen befindet befinden
    decide decides decided determine determines determined rule rules ruled examine examines examined
    investigate investigates investigated review reviews reviewed vote votes voted assess assesses assessed
    hängt hängen abhängen depends depend hinges hinge
    """)
)
# Verbs of saying, telling or leaving open, and the subjects that deny knowing ("konnte die Asfinag nicht
# sagen", "ließ der Kreml offen"; "kann niemand sagen").
_SAY = frozenset(
    word_list("""
    sagen sagte sagten gesagt mitteilen mitgeteilt angeben bestätigen bestätigte nennen nannte ließ ließen lässt
    say said says tell told confirm confirmed
    """)
)
_NOBODY = frozenset(word_list("niemand keiner nobody"))
# A question handed on to someone ("is up to the regional government", "liegt nun beim Gericht").
_HANDED_ON = re.compile(
    r"(?i)\bup\s+to\b|\bliegt\s+(?:nun\s+|jetzt\s+|allein\s+)?(?:bei|beim|in\s+der\s+hand)\b|\bsache\s+(?:der|des)\b"
    r"|\bobliegt\b|\bzuständig\b"
)
# A negative subject in an English main clause ("..., nobody knows").
_NOBODY_SUBJECT = re.compile(r"(?i)\b(?:nobody|no\s+one)\b")
# The German main clause after "Ob ...," that speaks of the question's status opens on a copula, "bleiben",
# a verb of knowing, standing or showing itself, or a modal ("ist offen", "bleibt fraglich", "wird sich
# zeigen", "steht in den Sternen", "darf bezweifelt werden", "wissen nicht einmal die Verhandler"); one
# that opens on another verb tells what someone does ("zeigt eine App der ÖBB in Echtzeit an", "prüfen die
# Behörden").
_DE_STATUS_VERB = re.compile(
    r"\s*(?:ist|war|sind|waren|bleibt|blieb|bleiben|scheint|schien|wird|werden|darf|dürfte|muss|kann|steht|stand"
    r"|weiß|wissen|wusste|wussten)\b"
)
# A main clause after "Ob ..."/"Whether ..." that leaves the question open in so many words: doubted,
# disputed, left open, not to be foretold, or hanging on circumstance ("bezweifeln viele in der Branche",
# "ließ Elsässer offen", "hängt vor allem von den Energiepreisen ab", "is doubted even by some officials",
# "will depend largely on the Federal Reserve", "looks increasingly doubtful"); "werde noch geprüft" is an
# inquiry under way and stays a claim.
_LEFT_OPEN = re.compile(
    r"(?i)\b(?:offen|fraglich|bezweifel\w*|zweifelhaft|umstritten|abzuwarten|vorher(?:zu)?sagen|voraus(?:zu)?sagen"
    r"|noch\s+nicht\s+entschieden|doubt\w*|debated|disputed|uncertain|unclear"
    r"|open\s+question|remains\s+to\s+be\s+seen|sich\s+(?:\w+\s+){0,3}?zeigen)\b"
)
# Hanging on circumstance ("hängt vor allem von den Energiepreisen ab", "vom Frankenkurs abhängen"); one
# that hangs on a decider is handed on ("hängt vom Gemeinderat ab", "depends on a ballot ... next week").
_DEPENDS = re.compile(r"(?i)\b(?:hängt|hängen|abhängen)\b")
_CIRCUMSTANCE = re.compile(
    r"(?i)\b(?:vo[mn]|von\s+der|von\s+den)\s+(?:\w+\s+){0,2}?\w*(?:preis|preisen|kurs|konjunktur|lage|entwicklung"
    r"|wetter|nachfrage|inflation|zinsen|markt|märkten)\b"
)
# A named source who leaves the question open makes a report ("ließ der Kreml offen"), as the docstring says.
_LEAVES_OPEN = re.compile(r"\b(?:ließ|ließen|lässt|lassen|ließe)\b")
# An English perfect ("has worried investors for a decade"; a feeling in "-ed" after a copula is none).
_EN_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:long\s+|already\s+|been\s+)?[a-z]{3,}ed\b")
# An English content clause ("that ...") and a name in it (a capitalised word after a lower-case one).
_THAT = re.compile(r"\bthat\b")
_EN_NAME_IN = re.compile(r"(?<=[a-z,]\s)[A-Z][a-z]+")
# Spans of time ("entscheidet sich in drei Wochen", "within weeks").
_SPANS = frozenset(
    word_list("""
    tag tage tagen woche wochen monat monate monaten jahr jahre jahren day days week weeks month months year years
    wochenende weekend jahrzehnt jahrzehnte jahrzehnten decade decades
    """)
)
# The main clause of an English "Whether ..." without a comma begins at its verb: the last finite
# copula, modal or verb of dependence ("Whether the boom can last is another question").
_EN_MAIN_VERB = re.compile(
    r"\s(?:is|are|was|were|remains|remain|remained|will|would|may|might|could|can|depends|depend|hinges|hinge)\s"
)
# A main clause that declares the question unknown: a copula or "bleiben" with an adjective of not
# knowing, or a negative subject beside a verb of knowing ("ist unklar", "bleibt offen", "is unclear",
# "remains an open question", "weiß niemand", "nobody knows").
_UNKNOWN_MAIN = re.compile(
    r"(?i)^[\s,]*(?:(?:ist|war|bleibt|blieb|scheint|is|was|remains|remained|seems)\s+(?:\w+\s+){0,2}?"
    r"(?:unklar|offen|fraglich|ungewiss|ungeklärt|unbekannt|unclear|uncertain|unknown|open|an\s+open\s+question"
    r"|eine\s+offene\s+frage|another\s+question|eine\s+andere\s+frage)"
    r"|(?:weiß|wissen|wusste|wussten|ahnt|ahnen|kann|können|knows|know|can\s+say|can\s+tell)\s+(?:\w+\s+){0,3}?"
    r"(?:niemand|keiner|nobody|no\s+one|nicht)"
    r"|(?:niemand|keiner|nobody|no\s+one)\s+(?:weiß|wissen|kann|knows|can)\b)"
)
# Nobody knows: a negative subject, a verb of knowing or saying, then the question.
_NOBODY_KNOWS = re.compile(
    r"(?i)^[\s„“\"»«]*(?:niemand|keiner|nobody|no\s+one)\s+(?:(?:kann|konnte|vermag|can|could)\s+(?:\w+\s+)?)?"
    r"(?:weiß|wusste|sagen|voraussagen|vorhersagen|abschätzen|knows|knew|know|say|tell|predict)\b[\s,]*"
    r"(?:ob|wie|was|wann|wo|warum|wer|welche\w*|whether|if|how|what|when|where|why|who|which)\b"
)


def _main_clause(text: str, lang: str | None) -> str | None:
    """The main clause after an opening indirect question: after its comma, or in English without one,
    from its last copula, modal or verb of dependence on ("Where the money went is unclear")."""
    comma = text.find(",")
    if comma >= 0:
        return text[comma + 1 :]
    if lang != "de":
        starts = [m.start() for m in _EN_MAIN_VERB.finditer(text)]
        return text[starts[-1] :] if starts else None
    return None


def holds_evidence(main: str, lang: str | None = None) -> bool:
    """The (main) clause holds positive evidence: a digit, a time, a date ahead ("bis Jahresende"), a span of
    time, an event (an English perfect too: "has worried investors"), a position,
    a verb of settling a question or of saying whose subject is not "nobody" ("konnte die Asfinag nicht
    sagen"; not "kann niemand sagen"), a question handed on ("is up to the government", "liegt beim
    Gericht"), an English passive or past ("will be decided", "ruled"; not a feeling: "convinced",
    "worried"); with ``lang`` given, an English content clause with a name ("One should note that the
    figures exclude Scotland").
    """
    if any(c.isdigit() for c in main):
        return True
    if lang is not None and lang != "de":
        m = _THAT.search(main)
        if m is not None and _EN_NAME_IN.search(main, m.end()):
            return True
    words = set(_WORD.findall(main.lower()))
    if not _SAY.isdisjoint(words) and _NOBODY.isdisjoint(words) and "no one" not in main.lower():
        return True
    if _HANDED_ON.search(main) or _EN_PERFECT.search(main):
        return True
    # (a date ahead; "am Ende" is "in the end")
    if any(m.group() != "am Ende" for m in _DE_TIME_AHEAD.finditer(main)):
        return True
    return not (
        _TIME_WORDS.isdisjoint(words)
        and _TIME_MORE.isdisjoint(words)
        and _FACT_VERBS.isdisjoint(words)
        and _POSITION.isdisjoint(words)
        and _SETTLE.isdisjoint(words)
        and _SPANS.isdisjoint(words)
        and not any(len(w) > 5 and w.endswith("ed") and w not in _FEELINGS_ED for w in words)
    )


def open_question(text: str, first: str, lang: str | None) -> bool:
    """The sentence is an open question by its shape (see the module docstring); ``first`` is its first
    word, lower-cased (the caller checks it is in YES_NO_FIRST, WH_FIRST or NOBODY_FIRST)."""
    if first in NOBODY_FIRST:
        # (the verb of saying is the shape's own; a source after it names who does not know)
        m = _NOBODY_KNOWS.match(text)
        return m is not None and _SOURCES.isdisjoint(_WORD.findall(text[m.end() :].lower()))
    yes_no = first in YES_NO_FIRST
    main = _main_clause(text, lang)
    if main is None:
        return False
    ask = text[: len(text) - len(main)]
    # ("Ob arm oder reich, ...", "Whether in London or Leeds, ...": a concession, not a question)
    concession = " oder " in ask or " or " in ask
    if yes_no and not concession and not _LEAVES_OPEN.search(main) and (
        _LEFT_OPEN.search(main) or (_DEPENDS.search(main) and _CIRCUMSTANCE.search(main))
    ):
        return True  # doubted, left open or left to circumstance, whoever says so and whatever figure it holds
    if not _SOURCES.isdisjoint(_WORD.findall(main.lower())):
        return False  # a source named in the main clause ("..., ist offen, so ein Sprecher")
    if yes_no:
        if concession:
            return False
        if lang == "de":
            if _DE_STATUS_VERB.match(main) is None:
                return False
        elif "," in ask and _EN_MAIN_VERB.search(main) is None and _NOBODY_SUBJECT.search(main) is None:
            return False  # ("Whether it rains, the match goes ahead": no word on the question)
        return not holds_evidence(main)
    return _UNKNOWN_MAIN.match(main) is not None and not holds_evidence(main)
