"""Check-worthiness: a transparent, feature-based score for one sentence.

The score starts at BASE and adds evidence of a verifiable statement, then subtracts
signs of opinion and rhetoric; it is clipped to 0..1. Weights (tuned on the dev set in
tests/claims/extraction/dev_set.py, kept round so they stay explainable):

  + 0.25  a quantity (number, date, money, percent ...); + 0.05 more for two or more
  + 0.10  a named entity; + 0.05 more for two or more
  + 0.15  an explicit speaker in the sentence; + 0.08 when inherited from a quote
  + 0.15  a factual or event verb (past tense, passive, "killed", "stieg", "beschloss")
  + 0.10  a stated position ("lehnt ab", "fordert", "bereit", "rejects", "plans")
  + 0.05  a time anchor (weekday, "seit", "yesterday", "last week"); + 0.05 eight words+
  - 0.60  a question; - 0.25 an exclamation
  - 0.45  rhetoric ("Wir alle wissen", "everyone knows") or an evaluative copula
          ("Das ist ebenso gefährlich wie falsch.", "This is unacceptable.")
  - 0.35  first-person belief or pride ("ich glaube", "we are proud"); exhortation
          ("Lasst uns", "we must")
  - 0.10  each evaluative word, at most - 0.30
  - 0.35  a headline fragment without a verb; - 0.05 an unpunctuated headline with one
  - 0.50  a dateline, byline or credit line; - 0.25 fewer than four words

Claims scoring at least CHECKWORTHY_THRESHOLD are returned.
"""

from __future__ import annotations

import re

from .wordtrie import word_list

CHECKWORTHY_THRESHOLD = 0.5
BASE = 0.35

_QUESTION = re.compile(r"\?[\"'”“»«)\]]*\s*$")
_EXCLAMATION = re.compile(r"![\"'”“»«)\]]*\s*$")
_RHETORIC = re.compile(
    r"(?i)\b(?:wir\s+alle\s+wissen|jeder\s+weiß|jeder\s+wei[sß]s|alle\s+wissen|wie\s+wir\s+alle"
    r"|es\s+ist\s+kein\s+geheimnis|machen\s+wir\s+uns\s+nichts\s+vor|we\s+all\s+know"
    r"|everyone\s+knows|everybody\s+knows|as\s+we\s+all|make\s+no\s+mistake|let\s+me\s+be\s+clear"
    r"|it\s+is\s+no\s+secret|there\s+is\s+no\s+doubt|zweifellos|ohne\s+zweifel|no\s+doubt)\b"
)
_EVAL_WORDS = (
    r"gefährlich|falsch|absurd|inakzeptabel|skandalös|unerträglich|beschämend|großartig"
    r"|hervorragend|fantastisch|wunderbar|schrecklich|furchtbar|empörend|lächerlich"
    r"|unverantwortlich|verantwortungslos|dumm|peinlich|katastrophal|toll|stolz|traurig"
    r"|enttäuschend|bedauerlich|erfreulich|unfassbar|ungeheuerlich|zynisch|heuchlerisch"
    r"|arrogant|respektlos|widerlich|abscheulich|töricht|naiv|schlimm|unverschämt|Geschwätz"
    r"|Unsinn|Lüge|Lügen|richtig|wichtig|gut|schlecht|falscher|gefährlicher|unglaublich"
    r"|dangerous|wrong|absurd|unacceptable|outrageous|shameful|disgraceful|great|wonderful"
    r"|fantastic|terrible|horrible|ridiculous|irresponsible|proud|disgusting|appalling"
    r"|tremendous|incredible|amazing|awful|pathetic|stupid|nonsense|brilliant|beautiful|sad"
    r"|disappointing|deplorable|reckless|shocking|scandalous|insane|crazy|despicable|perfect"
    r"|excellent|magnificent|right|good|bad|important|unbelievable|honoured|honored|thrilled"
    r"|delighted|pleased|wrongheaded|misguided|shameless|hypocritical|cynical"
)
_EVAL = frozenset(w.lower() for w in _EVAL_WORDS.split("|"))
_EVAL_COPULA = re.compile(
    r"(?i)(?:^|[„“\"»«:]\s*|,\s*)(?:das|dies|es|this|that|it|what|was)\s+(?:ist|war|wäre|sind|is"
    r"|was|would\s+be|are|'s|’s)\s+(?:[\wäöüß]+\s+){0,4}?(?:" + _EVAL_WORDS + r")\b"
)
_BELIEF = re.compile(
    r"(?i)\b(?:ich|wir)\s+(?:glaube|glauben|denke|denken|finde|finden|meine|hoffe|hoffen"
    r"|bin\s+(?:überzeugt|stolz|sicher)|sind\s+(?:überzeugt|stolz|sicher))\b"
    r"|\b(?:I|we)\s+(?:think|believe|feel|hope|am\s+(?:convinced|proud|sure)|are\s+(?:convinced"
    r"|proud|sure)|'m\s+proud|’m\s+proud|'re\s+proud|’re\s+proud)\b"
    r"|\bmeiner\s+(?:Meinung|Ansicht)\s+nach\b|\bmeines\s+Erachtens\b|\bin\s+my\s+(?:view|opinion)\b"
    r"|\bstolz\s+auf\b|\bproud\s+of\b"
)
_EXHORT = re.compile(
    r"(?i)^[\s„“\"»«]*(?:lasst\s+uns|lassen\s+sie\s+uns|let\s+us|let's|let’s)\b"
    r"|\b(?:wir|we)\s+(?:müssen|must|need\s+to|have\s+to|sollten|should)\b"
    r"|\bmuss\s+endlich\b|\bmust\s+(?:stop|end|be\s+stopped)\b"
)
_FACT_VERBS = frozenset(
    word_list("""
    wurde wurden worden hatte hatten hat haben starb starben getötet verletzt ums stieg stiegen
    sank sanken fiel fielen gewann gewannen verlor verloren beschloss beschlossen verabschiedete
    verabschiedeten unterzeichnete unterzeichneten traf trafen einigten vereinbarten festgenommen
    nahm nahmen kündigte meldete meldeten erhöhte senkte verhängte stimmte stimmten kostete kosten
    kostet betrug beträgt lag liegt erreichte zählte registrierte ordnete entließ reiste besuchte
    empfing eröffnete startete begann endete beschädigt zerstört evakuiert angeklagt verurteilt
    ernannt gewählt zurückgetreten trat legte legten erzielte erzielten teil statt fand fanden
    sagte sagten erklärte erklärten teilte teilten bestätigte berichtete wuchs schrumpfte
    verdoppelte halbierte zahlte investierte übernahm kaufte verkaufte schloss gründete gesunken
    gestiegen gefallen gestorben
    was were has had have killed died injured rose fell dropped increased decreased won lost
    signed approved passed voted announced arrested charged convicted sentenced met visited agreed
    launched reported recorded reached cost costs totalled totaled fired resigned elected
    appointed evacuated destroyed damaged struck hit seized opened closed banned imposed raised
    cut grew shrank paid bought sold said told took held left began ended scored beat led fled
    spent ordered confirmed found
    """)
)
_POSITION = frozenset(
    word_list("""
    lehnt lehnen lehnte lehnten fordert fordern forderte unterstützt unterstützen bereit plant
    planen beabsichtigt will wollen wollte wolle strebt befürwortet ablehnt rejects rejected
    supports supported plans planned intends opposes opposed demands demanded ready willing
    prepared wants wanted seeks
    """)
)
_TIME_WORDS = frozenset(
    word_list("""
    montag dienstag mittwoch donnerstag freitag samstag sonntag gestern vorgestern seit zuletzt
    vergangene vergangenen vergangener vergangenes vorige vorigen voriger monday tuesday wednesday
    thursday friday saturday sunday yesterday since earlier
    """)
)
_AUX = frozenset(
    word_list("""
    ist sind war waren wird werden wurde wurden hat haben hatte hatten sei seien kann können soll
    sollen muss müssen will wollen gibt gab is are was were will has have had can could would
    should must does did do
    """)
)
# Phrase checks run only when one of their trigger words is in the sentence.
_RHETORIC_TRIGGERS = frozenset(
    word_list("wissen weiß weiss geheimnis vor know knows secret mistake clear doubt zweifel zweifellos")
)
_COPULA_SUBJECTS = frozenset(word_list("das dies es this that it what was"))
_BELIEF_TRIGGERS = frozenset(word_list("ich wir i we meiner meines my stolz proud"))
_EXHORT_TRIGGERS = frozenset(word_list("lasst lassen let let's let’s müssen must need have sollten should muss"))
_CREDIT = re.compile(r"(?i)^\s*(?:date\b|von:|by\s|from:|foto:|bild:|quelle:|source:|photo:|\(?dpa\)?\s*[-–])")
_WORD = re.compile(r"[\w'’]+")
_CLOSERS = "\"'”“»«)] \t\n"


def sentence_words(text: str) -> tuple[list[str], frozenset[str]]:
    """Lower-case words of a sentence and their set (shared by the features)."""
    words = _WORD.findall(text.lower())
    return words, frozenset(words)


def score(
    text: str,
    *,
    n_quantities: int,
    n_entities: int,
    speaker: str | None,
    inherited_speaker: bool,
    headline: bool,
    words: tuple[list[str], frozenset[str]] | None = None,
    lang: str | None = None,
) -> float:
    """Check-worthiness of one sentence in 0..1 (see the module docstring for weights)."""
    tokens, low = words if words is not None else sentence_words(text)
    s = BASE
    if n_quantities:
        s += 0.25 + (0.05 if n_quantities >= 2 else 0.0)
    if n_entities:
        s += 0.10 + (0.05 if n_entities >= 2 else 0.0)
    if speaker:
        s += 0.08 if inherited_speaker else 0.15
    has_fact_verb = not _FACT_VERBS.isdisjoint(low) or (
        lang != "de" and any(len(w) > 5 and w.endswith("ed") for w in low)
    )
    if has_fact_verb:
        s += 0.15
    if not _POSITION.isdisjoint(low):
        s += 0.10
    if not _TIME_WORDS.isdisjoint(low) or "abend" in text:
        s += 0.05
    n_words = len(tokens)
    if n_words >= 8:
        s += 0.05
    if n_words < 4:
        s -= 0.25

    end = text.rstrip(_CLOSERS)[-1:]
    if end == "?":
        s -= 0.60
    elif end == "!":
        s -= 0.25
    evaluative = low & _EVAL
    if (not _RHETORIC_TRIGGERS.isdisjoint(low) and _RHETORIC.search(text)) or (
        evaluative and not _COPULA_SUBJECTS.isdisjoint(low) and _EVAL_COPULA.search(text)
    ):
        s -= 0.45
    if (not _BELIEF_TRIGGERS.isdisjoint(low) and _BELIEF.search(text)) or (
        not _EXHORT_TRIGGERS.isdisjoint(low) and _EXHORT.search(text)
    ):
        s -= 0.35
    s -= min(0.30, 0.10 * len(evaluative))
    if headline:
        has_verb = has_fact_verb or not _AUX.isdisjoint(low) or any(w.endswith(("te", "ten", "ed")) for w in low)
        s -= 0.05 if has_verb else 0.35
    if _CREDIT.match(text):
        s -= 0.50
    return round(min(1.0, max(0.0, s)), 3)
