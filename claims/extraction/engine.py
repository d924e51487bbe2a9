"""The extraction pipeline: sentences, quantities, speakers, entities, check-worthiness."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .entities import find_entities
from .language import SUPPORTED_LANGUAGES, detect_language
from .quantities import Quantity, extract_quantities
from .sentences import Sentence, split_sentences
from .speakers import PRONOUN, QUOTED_WORDS, SPEAKER_WORDS, TRIGGERS, QuoteMarks, find_speaker, quote_marks
from .worthiness import (
    CHECKWORTHY_THRESHOLD,
    CLASSES,
    ENTITY_BONUS,
    FEELING,
    FIRST_PERSON,
    HYPOTHETICAL,
    MEMORY,
    combine,
    features,
    figure_verdict,
    final_score,
    is_hypothetical,
    quote_states_nothing,
)
from .worthiness.learned import is_opinion
from .worthiness.titles import blank_titles, has_quote_char

# How far a quote may run across sentences before its attribution is found.
_MAX_QUOTE_SPAN = 6
_KONJUNKTIV = re.compile(
    r"\b(?:sei|seien|habe|wolle|werde|könne|müsse|solle|dürfe|gebe|stehe|liege|gelte|gehe|komme|bleibe"
    r"|fehle|plane|halte|sehe|wisse|trage|hätte|hätten|wäre|wären|würde|würden|zögen)\b"
)
_DAS_SAGTE = re.compile(r"^(?:Das|Dies|This|That|So)\s+(?:sagte|erklärte|betonte|said|says|told)\b")
_WORD = re.compile(r"[\w'’]+")
# Worthiness word classes plus one bit for attribution words, and the other words find_speaker
# looks for (no bit): one set intersection per sentence finds them all.
_SPEAKS = 1 << 16
_CLASSES = dict(CLASSES)
for _w in TRIGGERS | QUOTED_WORDS:  # ("quoted", "zitierte": attribution, no word of saying for worthiness)
    _CLASSES[_w] = _CLASSES.get(_w, 0) | _SPEAKS
for _w in SPEAKER_WORDS:
    _CLASSES.setdefault(_w, 0)
del _w
_VOCABULARY = frozenset(_CLASSES)
# Words of a feeling or a memory: beside a figure in a quote, only these make the quote a verdict.
_PERSONAL = FEELING | MEMORY
# The score of a figure-less sentence the learned model reads as opinion: below the threshold,
# so it is not returned by default, yet visible to a caller asking for everything (min_score=0).
LEARNED_OPINION_SCORE = 0.45


@dataclass(frozen=True, slots=True, init=False)
class Claim:
    """A check-worthy sentence: ``source[start:end] == text``."""

    text: str
    start: int
    end: int
    speaker: str | None
    score: float
    language: str
    quantities: tuple[Quantity, ...] = ()
    entities: tuple[str, ...] = ()

    def __init__(
        self,
        text: str,
        start: int,
        end: int,
        speaker: str | None,
        score: float,
        language: str,
        quantities: tuple[Quantity, ...] = (),
        entities: tuple[str, ...] = (),
    ) -> None:
        # Through the slots' own setters: the generated frozen __init__ calls
        # object.__setattr__ by name for each field, which takes almost twice as long.
        _set_text(self, text)
        _set_start(self, start)
        _set_end(self, end)
        _set_speaker(self, speaker)
        _set_score(self, score)
        _set_language(self, language)
        _set_quantities(self, quantities)
        _set_entities(self, entities)

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "speaker": self.speaker,
            "score": self.score,
            "language": self.language,
            "quantities": [q.to_dict() for q in self.quantities],
            "entities": list(self.entities),
        }


_set_text, _set_start, _set_end, _set_speaker, _set_score, _set_language, _set_quantities, _set_entities = (
    Claim.__dict__[name].__set__
    for name in ("text", "start", "end", "speaker", "score", "language", "quantities", "entities")
)


def extract_claims(
    text: str, language: str | None = None, min_score: float = CHECKWORTHY_THRESHOLD, learned: bool = True
) -> list[Claim]:
    """Check-worthy claims of ``text`` in order; ``language`` "de", "en" or None to detect.
    ``learned=False`` leaves out the learned opinion model (worthiness/learned.py): the rules alone."""
    if not text or not text.strip():
        return []
    # Lower-case once; language detection and a sentence's words then read it (unless
    # lower-casing changes the length, e.g. "İ", when each sentence is lower-cased on its own).
    low = text.lower()
    whole = len(low) == len(text)
    lang = language if language in SUPPORTED_LANGUAGES else detect_language(text, low if whole else None)
    sentences = split_sentences(text)
    if not sentences:
        return []
    quantities = extract_quantities(text, lang)
    per_sentence = _assign(sentences, quantities)

    findall = _WORD.findall
    vocabulary = _VOCABULARY
    classes = _CLASSES
    terms: list[float] = []
    own: list[str | None] = []
    # A hypothetical weighs only where no speaker is found (combine()): speakers come after all sentences.
    marks: list[QuoteMarks] = []
    hypothetical: list[bool] = []
    # A verdict: a quote that states nothing checkable, a figure judged (weighed in combine()).
    verdicts: list[bool] = []
    for i, sent in enumerate(sentences):
        if whole:
            span = (sent.start, sent.end)
            tokens = findall(low, sent.start, sent.end)
            sent_low = low
        else:
            span = None
            sent_low = sent.text.lower()
            tokens = findall(sent_low)
        if has_quote_char(sent.text) and (
            untitled := blank_titles(sent.text, sent_low if span is None else low[span[0] : span[1]])
        ):
            tokens = findall(untitled)  # a work's title in quotes: its words are no words of the sentence
        found = vocabulary.intersection(tokens)
        bits = 0
        for w in found:
            bits |= classes[w]
        # A headline with a figure (not just a year) is news, not a section title.
        figure = sent.headline and any(q.kind != "year" for q in per_sentence[i])
        terms.append(
            features(
                sent.text, tokens, found, bits, headline=sent.headline, lang=lang, low=sent_low, span=span,
                has_quantity=figure, quantified=bool(per_sentence[i]),
            )
        )
        hypothetical.append(bool(bits & HYPOTHETICAL) and not per_sentence[i] and is_hypothetical(sent.text))
        # Attribution needs one of its trigger words (or "Angaben", or a colon early on).
        own.append(
            find_speaker(sent.text, lang, found)
            # (or a transcript's speaker label: "Huber: ...")
            if bits & _SPEAKS or "ngaben" in sent.text or sent.text.find(":", 0, 40) > 0
            else None
        )
        t = sent.text
        qs = per_sentence[i]
        marks.append(quote_marks(t))
        verdicts.append(
            # (a judged figure opens the sentence or its quote)
            (bool(qs) and figure_verdict(t, qs[0], sent.start, own[-1] is not None))
            or (
                marks[-1].has_quote
                and quote_states_nothing(t, lang, qs, sent.start, bool(bits & FIRST_PERSON and bits & _PERSONAL))
            )
        )
    speakers, inherited = _speakers(sentences, lang, own, marks)

    claims: list[Claim] = []
    for i, sent in enumerate(sentences):
        qs = per_sentence[i]
        score = combine(terms[i], len(qs), speakers[i], inherited[i], hypothetical[i], verdicts[i])
        # Entities add at most 0.15: skip looking for them where that stays below min_score by
        # more than final_score()'s rounding can make up.
        if max(0.0, score + ENTITY_BONUS[2]) + 0.0005 < min_score:
            continue
        entities = find_entities(sent.text, lang)
        value = final_score(score, len(entities))
        if learned and not qs and value >= CHECKWORTHY_THRESHOLD and is_opinion(sent.text, lang):
            value = LEARNED_OPINION_SCORE
        if value >= min_score:
            claims.append(Claim(sent.text, sent.start, sent.end, speakers[i], value, lang, tuple(qs), entities))
    return claims


def _assign(sentences: list[Sentence], quantities: list[Quantity]) -> list[list[Quantity]]:
    """Bucket quantities into the sentence that contains their start."""
    starts = [s.start for s in sentences]
    buckets: list[list[Quantity]] = [[] for _ in sentences]
    for q in quantities:
        i = bisect.bisect_right(starts, q.start) - 1
        if i >= 0 and q.end <= sentences[i].end:
            buckets[i].append(q)
    return buckets


def _speakers(
    sentences: list[Sentence], lang: str, own: list[str | None], marks: list[QuoteMarks]
) -> tuple[list[str | None], list[bool]]:
    """Speaker per sentence: its own attribution (``own``, from find_speaker), else the
    quote it belongs to (``marks``: each sentence's quote marks), else a pronoun resolved to
    the previous speaker."""
    n = len(sentences)
    speakers: list[str | None] = [None if sp == PRONOUN else sp for sp in own]
    inherited = [False] * n

    # A quote opened in sentence i and closed in j: the attribution at either end names
    # the speaker of every sentence in between.
    i = 0
    while i < n:
        if marks[i].opens:
            j = i + 1
            while j < n and j - i <= _MAX_QUOTE_SPAN and not marks[j].closes:
                j += 1
            if j < n and marks[j].closes:
                who = speakers[j] or speakers[i]
                # „… . … .“ Das sagte X: the attribution follows the quote's last sentence.
                if not who and j + 1 < n and speakers[j + 1] and _DAS_SAGTE.match(sentences[j + 1].text):
                    who = speakers[j + 1]
                if who:
                    for k in range(i, j + 1):
                        if not speakers[k]:
                            speakers[k] = who
                            inherited[k] = True
                i = j + 1
                continue
        i += 1

    for i in range(n):
        if speakers[i]:
            continue
        if own[i] == PRONOUN:
            for k in (i - 1, i - 2):
                if k >= 0 and speakers[k]:
                    speakers[i] = speakers[k]
                    inherited[i] = True
                    break
            continue
        if lang == "de" and i and speakers[i - 1] and _KONJUNKTIV.search(sentences[i].text) and not marks[i].has_quote:
            # Indirect speech (Konjunktiv I) carries on the previous sentence's report.
            speakers[i] = speakers[i - 1]
            inherited[i] = True
            continue
        if marks[i].starts_quoted and marks[i].has_quote:
            # A whole-sentence quote continues the previous speaker's quote, or is
            # attributed by the next sentence ("Das sagte X").
            prev = i - 1
            if prev >= 0 and speakers[prev] and (marks[prev].has_quote or sentences[prev].text.rstrip().endswith(":")):
                speakers[i] = speakers[prev]
                inherited[i] = True
            elif i + 1 < n and speakers[i + 1] and _DAS_SAGTE.match(sentences[i + 1].text):
                speakers[i] = speakers[i + 1]
                inherited[i] = True
    return speakers, inherited
