"""A verdict over a figure (-0.45 in combine()): the figure is the subject of a judgement, not a
reported fact ("Hundert Tage sind schlicht zu kurz, um ...", "Three decades of broken promises are
more than enough.", "“Forty pounds a month is an insult to working families,” ...", "Ein
Zehn-Punkte-Plan ersetzt noch keine Politik.", "Two percent growth would be nothing to celebrate").

The figure opens the sentence or a quote (after an article at most), a few words later comes a
copula in the present or the subjunctive ("sind", "wären", "is", "would be"; a past tense tells
what happened: "Drei Punkte waren zu wenig für den Klassenerhalt") and the predicate judges it:
"zu"/"too" and an adjective closing the clause, "mehr als genug"/"more than enough"/"not enough"
closing it, "nothing to celebrate"/"kein Grund zum ...", an indefinite noun of judgement ("ein
Armutszeugnis", "an insult", "ein Witz", "a pittance"); or a verb of judgement ("ersetzt
noch keine", "is no substitute for", "fällt ... bescheiden aus"). Not a share of a group ("Jeder
fünfte Jugendliche ist zu dick", "40 Prozent der Befragten sind ..."): that is a finding; nor a
sentence with an attribution outside a quote ("..., sagte der Kommandant"): a reported assessment.
"""

from __future__ import annotations

import re

from ..quantities import Quantity
from ..wordtrie import trie_pattern, word_list
from .lexicon import _EVAL

# Nouns of judgement besides the evaluative words ("ein Witz", "a pittance", "ein Tropfen auf den heißen Stein").
_VERDICT_NOUNS = _EVAL | frozenset(
    word_list("""
    witz hohn almosen peanuts tropfen klacks kleckerbetrag affront skandal armutszeugnis offenbarungseid
    bankrotterklärung spott joke pittance insult scandal sham
    """)
)
_NOUN_RE = trie_pattern(frozenset(w for w in _VERDICT_NOUNS if w.isalpha()))
_COPULA = (
    r"(?:ist|sind|wäre|wären|bleibt|bleiben|scheint|scheinen|klingt|klingen|is|are|would\s+be|remains?|seems?|sounds?)"
)
_INTENSIFIER = (
    r"(?:(?:schlicht|einfach|viel|weit|deutlich|noch|eben|doch|bei\s+weitem|far|much|simply|just|still|way|clearly"
    r"|hardly|kaum|wirklich|really|ganz|quite|absolut|absolutely)\s+)*"
)
_CLAUSE_END = r"(?=[\s”“\"»«]*(?:[,.;:!?]|$)|\s+(?:um|für|for|to|in|a\s+time|an\s+amount|given|angesichts)\b)"
_VERDICT_AFTER_FIGURE = re.compile(
    # (the rest of a compound, "-Punkte-Plan", then up to six words: "Wachstum", "a month", "of broken promises")
    r"(?i)(?:-[\w’'-]*)?(?:\s+[\w’'-]+){0,6}?\s+(?:"
    + _COPULA + r"\s+" + _INTENSIFIER + r"(?:"
    # "zu kurz", "far too short", "zu wenig"
    r"(?:zu|too)\s+(?!(?:dem|der|den|des|einem|einer|eine|ein|the|a|an|hause|fuß|ende)\b)[a-zäöüß]+" + _CLAUSE_END
    # "mehr als genug", "more than enough", "not enough", closing the clause
    + r"|(?:mehr\s+als|more\s+than|nicht|not|nowhere\s+near|bei\s+weitem\s+nicht)\s+(?:genug|enough)" + _CLAUSE_END
    # "nothing to celebrate", "kein Grund zum Feiern"
    + r"|(?:[\w-]+\s+){0,6}?(?:nothing\s+to\s+(?:celebrate|cheer|be\s+proud\s+of|write\s+home\s+about)"
    r"|kein\s+grund\s+zu[mr]?|no\s+cause\s+for|no\s+reason\s+to\s+(?:celebrate|cheer))\b"
    # "ein Armutszeugnis", "an insult to", "ein Tropfen auf den heißen Stein" (after a phrase: "wären für ein
    # reiches Land wie dieses ein Armutszeugnis")
    + r"|(?:[\w-]+\s+){0,6}?(?:ein|eine|einen|a|an)\s+(?:[\w-]+\s+){0,2}?(?:" + _NOUN_RE + r")\b"
    r")"
    # a verb of judgement: "ersetzt noch keine Politik", "is no substitute for", "fällt ... bescheiden aus"
    r"|(?:ersetzt|ersetzen|macht|machen)\s+(?:noch\s+|allein\s+)*(?:kein|keine|keinen)\b"
    r"|(?:is|are)\s+no\s+substitute\b"
    r"|(?:fällt|fallen)\b[^.;!?]{0,40}?\s(?:bescheiden|mager|dürftig|ernüchternd|durchwachsen|enttäuschend|kläglich"
    r"|schwach|dünn)\s+aus\b"
    r")"
)
# "Mit 3,3 Prozent sei die Belastungsgrenze „endgültig erreicht“, sagte ...": the figure as the
# premise of a reported judgement in Konjunktiv I, the judgement in quotes.
_MIT_FIGURE_QUOTED = re.compile(
    r"[^,;:.!?„“»«\"]{0,60}?\s(?:sei|seien|wäre|wären)\s[^,;:.!?„“»«\"]{0,80}?[„»«\"][^“«»\"]{1,60}[“«»\"]"
)
# What may stand before the figure: an opening quote mark and an article.
_BEFORE_FIGURE = re.compile(r"(?i)[\s„“\"»«]*(?:(?:ein|eine|die|der|das|a|an|the)\s+)?")
# A share of a group is a finding ("40 Prozent der Befragten", "half of the voters").
_SHARE_OF = re.compile(r"(?i)\s+(?:der|des|von|aller|of)\b")
# A finding's source ("..., findet die Mehrheit der Befragten", "a survey shows").
_SOURCE = re.compile(
    r"(?i)\b(?:befragten?|umfrage|studie|bericht|analyse|erhebung|survey|poll|study|report|analysis|respondents)\b"
)


def figure_verdict(text: str, first: Quantity, offset: int, attributed: bool) -> bool:
    """A figure opening the sentence (or its opening quote) is the subject of a verdict (see the module
    docstring); ``first`` is the sentence's first quantity (extract_quantities() gives them in order),
    its offsets ``offset`` more than those into ``text``; ``attributed``: a speaker is found in the sentence."""
    start, end, kind = first.start - offset, first.end - offset, first.kind
    if start == 4 and text.startswith("Mit ") and _MIT_FIGURE_QUOTED.match(text, end):
        return True
    if kind == "fraction" or start > 24 or _BEFORE_FIGURE.fullmatch(text, 0, start) is None:
        return False
    if kind == "percent" and _SHARE_OF.match(text, end):
        return False
    if (attributed or _SOURCE.search(text)) and not (start and text[:start].lstrip()[:1] in "„“\"»«"):
        return False  # a reported assessment or a finding, not in quotes
    return _VERDICT_AFTER_FIGURE.match(text, end) is not None
