"""A learned second reading of figure-less sentences the rules keep: is it opinion after all?

The rules (the other modules here) catch opinion and rhetoric by their shapes; on copy they
have not seen they still keep about a third of it. A logistic regression over the words and
word pairs of a sentence, trained on every labelled sentence set of the test suite
(tools/train_opinion_model.py writes opinion_model.json), reads what the rules keep. The
engine lets it veto only sentences without any quantity, and only above a threshold chosen
so that, held out batch by batch, it costs at most a few in a thousand check-worthy rows.

Pure Python: a JSON file of (idf, weight) per n-gram, read once.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path

MODEL_PATH = Path(__file__).with_name("opinion_model.json")

# Words (as the engine's tokenizer) plus the marks that carry opinion: quotes, colon, ? and !.
TOKEN = re.compile(r"[\w'’]+|[„“\"«»:?!]")
_DIGITS = re.compile(r"\d+")
# Longer sentences are left to the rules: held out, nearly all of the model's right vetoes are on
# sentences of up to 25 words, and a long one mostly carries more than one statement (a quote,
# then who said it at which meeting).
MAX_WORDS = 30


def document(text: str, lang: str) -> str:
    """What the model reads: the language, then the sentence lower-cased with every number 0."""
    return _DIGITS.sub("0", f"{lang} {text}".lower())


def ngrams(doc: str) -> set[str]:
    """Words and adjacent word pairs (joined by a space, as scikit-learn's vectorizer joins them)."""
    tokens = TOKEN.findall(doc)
    return {*tokens, *map(" ".join, pairwise(tokens))}


@dataclass(frozen=True, slots=True)
class OpinionModel:
    # n-gram -> (idf, idf * coefficient): the tf-idf vector is binary, L2-normalised.
    features: dict[str, tuple[float, float]]
    intercept: float
    threshold: float  # a probability
    trained: dict

    def probability(self, text: str, lang: str) -> float:
        """How likely the sentence is opinion (0..1)."""
        features = self.features
        norm2 = dot = 0.0
        for gram in ngrams(document(text, lang)):
            hit = features.get(gram)
            if hit is not None:
                norm2 += hit[0] * hit[0]
                dot += hit[1]
        z = self.intercept + (dot / math.sqrt(norm2) if norm2 else 0.0)
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))  # (no overflow, whatever the weights)

    def is_opinion(self, text: str, lang: str) -> bool:
        return len(text.split()) <= MAX_WORDS and self.probability(text, lang) > self.threshold


def from_data(data: dict) -> OpinionModel:
    """The model of opinion_model.json's contents (features: n-gram -> [idf, coefficient])."""
    features = {gram: (idf, idf * coef) for gram, (idf, coef) in data["features"].items()}
    return OpinionModel(features, float(data["intercept"]), float(data["threshold"]), data["trained"])


def load(path: Path = MODEL_PATH) -> OpinionModel:
    return from_data(json.loads(path.read_text(encoding="utf-8")))


@cache
def model() -> OpinionModel:
    return load()


def is_opinion(text: str, lang: str) -> bool:
    """The shipped model's verdict on one sentence."""
    return model().is_opinion(text, lang)
