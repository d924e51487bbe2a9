"""Evaluative words (-0.10 each) and the evaluative copula ("This is unacceptable.", -0.45)."""

from __future__ import annotations

import re

from ..wordtrie import trie_pattern
from .lexicon import _EVAL
from .phrases import _Phrases

# As a trie (case is ignored where it is used): a long flat alternation scans slowly.
_EVAL_RE = trie_pattern(_EVAL)
# An evaluative word as a search pattern; "the good news is that ..." introduces a fact, it judges none.
_EVAL_WORD = re.compile(r"(?i)\b(?:" + _EVAL_RE + r")\b(?!\s+(?:news|nachrichten?)\b)")
# An evaluative copula ("Das ist ebenso gefährlich wie falsch.", "This is unacceptable.").
_EVAL_COPULA = _Phrases(
    r"(?:^|[„“\"»«:]\s*|,\s*)(?:das|dies|es|this|that|it|what|was)(?:\s+(?:ist|war|wäre|sind|is"
    r"|was|would\s+be|are|'s|’s)|['’]s)\s+(?:[\wäöüß]+\s+){0,4}?(?:" + _EVAL_RE + r")\b"
)
# "This ruling is a travesty": a demonstrative or article with its noun (its own pattern, so
# that the common copula pattern stays as fast; articles make it run beside most evaluative words).
_EVAL_COPULA_NOUN = _Phrases(
    r"(?:^|[„“\"»«:]\s*|,\s*)(?:this|that|the|diese[rs]?|der|die|das)\s+[\wäöüß]+\s+(?:ist|war|wäre|sind|is"
    r"|was|would\s+be|are)\s+(?:[„“\"»«]?[\wäöüß]+\s+){0,4}?[„“\"»«]?(?:" + _EVAL_RE + r")\b"
)
# "gut" before a figure is a hedge ("gut 85 Millionen"), not praise.
_GUT = re.compile(r"(?i)\bgut\b")
_GUT_HEDGE = re.compile(
    # (a number word may be compounded: "gut fünfeinhalb Stunden", "gut zweihundert", "gut dreißigtausend")
    r"(?i)\bgut\s+(?:\d|(?:ein|eine|einen|einem|jede[rnms]?|die\s+hälfte)\b|(?:zwei|drei|vier|fünf|sechs|sieben"
    r"|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig|fünfzig|hundert|tausend)[a-zäöüß]*\b)"
)


def _gut_is_hedge(text: str) -> bool:
    """Every "gut" stands before a figure ("gut 85 Millionen", "gut jeder Fünfte"): a hedge, no praise."""
    return len(_GUT.findall(text)) == len(_GUT_HEDGE.findall(text))
