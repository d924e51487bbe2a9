"""Ranking passages for a claim: BM25 text relevance plus entity overlap, then quantity match and stance.

Relevance comes from what the claim is about (its words and names); numbers are left out of it, so a
passage that merely shares a figure is not evidence. A passage that is relevant gets a small bonus
when it speaks about the claim's figures, and its stance says whether they agree.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from claims.extraction import extract_quantities, find_entities
from claims.ranking.agreement import DATELINE, NO_NUMBER, Figure, figures, numeric_stance
from claims.ranking.lexicon import is_common_word, synonyms, translations
from claims.ranking.text import STOPWORDS, content_word, fold, is_content, stem, tokens, word_list, words

K1, B = 1.2, 0.75
BACKGROUND = 50  # pseudo-passages without any query word: a small pool still tells rare from common
TEXT_WEIGHT, ENTITY_WEIGHT, QUANTITY_BONUS = 0.6, 0.4, 0.15
MIN_RELEVANCE = 0.2
MAX_ENTITIES = 6
LANGUAGES = ("de", "en")
_NOT_NAMES = frozenset(word_list(
    "jan feb mar apr jun jul aug sep sept oct okt nov dec dez mo di mi do fr sa so mon tue wed thu fri sat sun "
    "besonders nearly about around rund etwa"
))


@dataclass(frozen=True)
class EntityKey:
    name: str
    key: str  # folded last word: a surname, the head of a name
    stems: dict = field(hash=False, compare=False)  # language -> stems it may appear as


@dataclass
class ClaimProfile:
    text: str
    language: str
    terms: dict[str, dict[str, float]]  # passage language -> query stem -> weight
    entities: list[EntityKey]
    figures: list[Figure]


@dataclass
class PassageInput:
    key: object
    text: str
    language: str


@dataclass
class Scored:
    key: object
    relevance: float
    topical: float
    text_score: float
    entity_score: float
    stance: str = NO_NUMBER
    quantities: list[dict] = field(default_factory=list)


def _language(language: str | None) -> str:
    return language if language in LANGUAGES else "de"


def clean_entities(entities, text: str, quantities: list[dict]) -> list[str]:
    """Names worth matching: no sentence-initial function words, units or agency datelines."""
    units = {fold(q.get("unit") or "") for q in quantities}
    dateline = DATELINE.match(text)
    body = text[dateline.end():] if dateline else text
    out, seen = [], set()
    for name in entities:
        if dateline and name in text[:dateline.end()] and name not in body:
            continue  # "Wien (Beispielagentur) - ": where and who reported, not what the claim is about
        words = [t for t in tokens(name) if t.text.lower() not in STOPWORDS and t.folded not in STOPWORDS]
        if not words:
            continue
        key = words[-1].folded
        if key in _NOT_NAMES or (len(words) == 1 and words[0].text.isupper() and len(key) > 4):
            continue  # "Nov", "VIENNA" of a dateline
        if key in seen or key in units or len(key) < 2 or key.isdigit():
            continue
        if len(words) == 1 and is_common_word(words[0].folded):
            continue  # "Regierung", "Stellen": capitalised nouns, not names
        seen.add(key)
        out.append(" ".join(t.text for t in words))
    out.sort(key=lambda n: len(n.split()) < 2)  # full names first: they say most
    return out[:MAX_ENTITIES]


def _entity_key(name: str, language: str) -> EntityKey:
    last = tokens(name)[-1]
    own = stem(last.folded, language)
    stems = {lang: frozenset({stem(last.folded, lang)})
             | (translations(own, language, lang) if lang != language else synonyms(own, language))
             for lang in LANGUAGES}
    return EntityKey(name, last.folded, stems)


SYNONYM_WEIGHT, CONTEXT_WEIGHT = 0.5, 0.4


def _query_terms(words, lang: str, target: str, weight: float, terms: dict[str, float]) -> None:
    own = {stem(t.folded, lang) for t in words}
    found: dict[str, float] = {}
    if target == lang:
        found.update(dict.fromkeys(own, weight))
        for s in own:
            for syn in synonyms(s, lang):
                found.setdefault(syn, weight * SYNONYM_WEIGHT)
    else:
        # Names cross languages as they are; other words only through the glossary.
        found.update(dict.fromkeys((stem(t.folded, target) for t in words if t.text[:1].isupper()), weight))
        for s in own:
            for tr in translations(s, lang, target):
                found.setdefault(tr, weight)
    for term, w in found.items():
        terms[term] = max(terms.get(term, 0.0), w)


def claim_profile(*, text: str, language: str | None, entities=(), quantities=None, context: str = "") -> ClaimProfile:
    """What a claim is about, in both languages: query stems, names and figures.

    `context` (the article's title) adds words at a lower weight: "About 8,500 workers took part"
    is about a strike only through its headline.
    """
    lang = _language(language)
    if quantities is None:
        quantities = [q.to_dict() for q in extract_quantities(text, lang)]
    names = clean_entities(entities or find_entities(text, lang), text, quantities)
    words = [t for t in tokens(text) if is_content(t)]
    context_words = [t for t in tokens(context) if is_content(t)]
    terms: dict[str, dict[str, float]] = {}
    for target in LANGUAGES:
        terms[target] = {}
        _query_terms(context_words, lang, target, CONTEXT_WEIGHT, terms[target])
        _query_terms(words, lang, target, 1.0, terms[target])
    return ClaimProfile(text, lang, terms, [_entity_key(n, lang) for n in names], figures(text, quantities, lang))


def _close(a: str, b: str) -> bool:
    """One edit apart, for names of six letters or more ("Haferkamp" / "Haverkamp")."""
    if len(a) < 6 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _entity_score(profile: ClaimProfile, folded: set[str], stems: set[str], language: str) -> float:
    if not profile.entities:
        return 0.0
    hits = 0
    for entity in profile.entities:
        if entity.key in folded or entity.stems[language] & stems or any(_close(entity.key, w) for w in folded):
            hits += 1
    return hits / len(profile.entities)


def rank_passages(profile: ClaimProfile, passages: list[PassageInput], *, min_relevance: float = MIN_RELEVANCE,
                  with_stance: bool = True) -> list[Scored]:
    """Passages that bear on the claim, best first (relevance below `min_relevance` is dropped)."""
    docs = []
    for p in passages:
        lang = _language(p.language)
        written = [(w, fold(w)) for w in words(p.text)]
        stems = [stem(f, lang) for w, f in written if content_word(w, f)]
        docs.append((p, lang, Counter(stems), len(stems), {f for _w, f in written}))
    if not docs:
        return []
    avg_len = max(1.0, sum(d[3] for d in docs) / len(docs))
    n = len(docs) + BACKGROUND
    df: Counter = Counter()
    for _p, lang, counts, _length, _folded in docs:
        for term in profile.terms[lang]:
            if term in counts:
                df[(lang, term)] += 1

    def idf(lang, term):
        d = df[(lang, term)]
        return math.log(1 + (n - d + 0.5) / (d + 0.5))

    scored = []
    for p, lang, counts, length, folded in docs:
        query = profile.terms[lang]
        if not query and not profile.entities:
            continue
        total = sum(w * idf(lang, t) for t, w in query.items()) or 1.0
        got = 0.0
        for term, weight in query.items():
            tf = counts.get(term, 0)
            if tf:
                got += weight * idf(lang, term) * min(1.0, tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / avg_len)))
        text_score = got / total
        entity_score = _entity_score(profile, folded, set(counts), lang)
        # A name alone, without any of the claim's words, is a weak sign: "Stellen" or "Wien" are everywhere.
        entity_part = entity_score * min(1.0, (text_score + 0.05) / 0.15)
        topical = (TEXT_WEIGHT * text_score + ENTITY_WEIGHT * entity_part) if profile.entities else text_score
        if topical < min_relevance:
            continue
        item = Scored(p.key, topical, topical, text_score, entity_score)
        if with_stance:
            stance_add(profile, item, p.text, lang)
        scored.append(item)
    scored.sort(key=lambda s: -s.relevance)
    return scored


def stance_add(profile: ClaimProfile, item: Scored, text: str, language: str) -> Scored:
    """The passage's quantities, its numeric stance, and the bonus for speaking about the claim's figures."""
    lang = _language(language)
    found = [q.to_dict() for q in extract_quantities(text, lang)]
    passage_figures = figures(text, found, lang)
    stance, marks = numeric_stance(profile.figures, passage_figures)
    for i, mark in marks.items():
        for quantity in (passage_figures[i].quantity, *passage_figures[i].linked):
            quantity["stance"] = mark  # the same dicts as in `found`
    item.stance, item.quantities = stance, found
    item.relevance = item.topical + (QUANTITY_BONUS if marks else 0.0)
    return item
