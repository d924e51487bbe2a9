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
_EVAL = re.compile(r"\b(?:" + _EVAL_WORDS + r")\b", re.I)
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
_FACT_VERB = re.compile(
    r"(?i)\b(?:wurde|wurden|worden|hatte|hatten|hat|haben|starb|starben|getötet|verletzt"
    r"|ums\s+Leben|stieg|stiegen|sank|sanken|fiel|fielen|gewann|gewannen|verlor|verloren"
    r"|beschloss|beschlossen|verabschiedete|verabschiedeten|unterzeichnete|unterzeichneten"
    r"|traf|trafen|einigten|vereinbarten|festgenommen|nahm|nahmen|kündigte|meldete|meldeten"
    r"|erhöhte|senkte|verhängte|stimmte|stimmten|kostete|kosten|kostet|betrug|beträgt|lag"
    r"|liegt|erreichte|zählte|registrierte|ordnete|entließ|reiste|besuchte|empfing|eröffnete"
    r"|startete|begann|endete|beschädigt|zerstört|evakuiert|angeklagt|verurteilt|ernannt"
    r"|gewählt|zurückgetreten|trat|legte|legten|erzielte|erzielten|teil|statt|fand|fanden"
    r"|sagte|sagten|erklärte|erklärten|teilte|teilten|bestätigte|berichtete|wuchs|schrumpfte"
    r"|verdoppelte|halbierte|zahlte|investierte|übernahm|kaufte|verkaufte|schloss|gründete"
    r"|was|were|has|had|have|killed|died|injured|rose|fell|dropped|increased|decreased|won"
    r"|lost|signed|approved|passed|voted|announced|arrested|charged|convicted|sentenced|met"
    r"|visited|agreed|launched|reported|recorded|reached|cost|costs|totalled|totaled|fired"
    r"|resigned|elected|appointed|evacuated|destroyed|damaged|struck|hit|seized|opened"
    r"|closed|banned|imposed|raised|cut|grew|shrank|paid|bought|sold|said|told|took|held"
    r"|left|began|ended|scored|beat|led|fled|spent|ordered|confirmed|found|[a-z]{3,}ed)\b"
)
_POSITION = re.compile(
    r"(?i)\b(?:lehnt|lehnen|lehnte|lehnten|fordert|fordern|forderte|unterstützt|unterstützen"
    r"|bereit|plant|planen|beabsichtigt|will|wollen|wollte|wolle|strebt|befürwortet|ablehnt"
    r"|rejects|rejected|supports|supported|plans|planned|intends|opposes|opposed|demands"
    r"|demanded|ready|willing|prepared\s+to|wants|wanted|seeks|calls\s+for|called\s+for)\b"
)
_TIME_ANCHOR = re.compile(
    r"(?i)\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|\w+abend|gestern"
    r"|vorgestern|seit|zuletzt|vergangene[nrs]?|vorige[nrs]?|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday|yesterday|last\s+(?:week|month|year)|since|earlier"
    r"|this\s+(?:week|month|year)|in\s+diesem\s+jahr|im\s+vergangenen)\b"
)
_ANY_VERB = re.compile(
    r"(?i)\b(?:ist|sind|war|waren|wird|werden|wurde|wurden|hat|haben|hatte|hatten|sei|seien"
    r"|kann|können|soll|sollen|muss|müssen|will|wollen|gibt|gab|is|are|was|were|will|has"
    r"|have|had|can|could|would|should|must|does|did|do|[a-zäöüß]{3,}(?:te|ten|ed|t))\b"
)
_CREDIT = re.compile(r"(?i)^\s*(?:date\b|von:|by\s|from:|foto:|bild:|quelle:|source:|photo:|\(?dpa\)?\s*[-–])")
_WORDS = re.compile(r"\w+")


def score(
    text: str,
    *,
    n_quantities: int,
    n_entities: int,
    speaker: str | None,
    inherited_speaker: bool,
    headline: bool,
) -> float:
    """Check-worthiness of one sentence in 0..1 (see the module docstring for weights)."""
    s = BASE
    if n_quantities:
        s += 0.25 + (0.05 if n_quantities >= 2 else 0.0)
    if n_entities:
        s += 0.10 + (0.05 if n_entities >= 2 else 0.0)
    if speaker:
        s += 0.08 if inherited_speaker else 0.15
    has_fact_verb = bool(_FACT_VERB.search(text))
    if has_fact_verb:
        s += 0.15
    if _POSITION.search(text):
        s += 0.10
    if _TIME_ANCHOR.search(text):
        s += 0.05
    n_words = len(_WORDS.findall(text))
    if n_words >= 8:
        s += 0.05
    if n_words < 4:
        s -= 0.25

    if _QUESTION.search(text):
        s -= 0.60
    elif _EXCLAMATION.search(text):
        s -= 0.25
    if _RHETORIC.search(text) or _EVAL_COPULA.search(text):
        s -= 0.45
    if _BELIEF.search(text) or _EXHORT.search(text):
        s -= 0.35
    s -= min(0.30, 0.10 * len(_EVAL.findall(text)))
    if headline:
        s -= 0.05 if (has_fact_verb or _ANY_VERB.search(text)) else 0.35
    if _CREDIT.search(text):
        s -= 0.50
    return round(min(1.0, max(0.0, s)), 3)
