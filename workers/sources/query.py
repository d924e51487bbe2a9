"""What a claim is searched by: names, key words, numbers in digits and words, in its language and the other."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings

from claims.ranking.lexicon import is_common_word, search_words
from claims.ranking.relevance import clean_entities
from claims.ranking.text import is_content, tokens

_CARDINALS = {
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"],
}
_ORDINALS = {
    "de": ["", "erste", "zweite", "dritte", "vierte", "fünfte", "sechste", "siebte", "achte", "neunte", "zehnte",
           "elfte", "zwölfte"],
    "en": ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
           "eleventh", "twelfth"],
}
_FRACTIONS = {
    "de": {2: "Hälfte", 3: "Drittel", 4: "Viertel", 5: "Fünftel", 10: "Zehntel"},
    "en": {2: "half", 3: "third", 4: "quarter", 5: "fifth", 10: "tenth"},
}
_PERCENT = {"de": "Prozent", "en": "percent"}
MAX_KEYWORDS = 6


def _grouped(value: int, sep: str) -> str:
    return f"{value:,}".replace(",", sep)


def number_spellings(quantity: dict, language: str) -> list[str]:
    """How a figure may be written in `language`: "2.000"/"2,000"/"2000", "dritte"/"third", "Viertel"."""
    kind, value = quantity.get("kind"), quantity.get("value")
    out: list[str] = []
    try:
        number = float(value)
    except (TypeError, ValueError):
        return out
    whole = int(number) if number == int(number) else None
    if kind in ("count", "money", "year") and whole is not None:
        out.append(str(whole))
        if whole >= 1000 and kind != "year":
            out.append(_grouped(whole, "." if language == "de" else ","))
        if 0 <= whole <= 12:
            out.append(_CARDINALS[language][whole])
    elif kind == "ordinal" and whole is not None:
        out.append(f"{whole}." if language == "de" else f"{whole}th")
        if 1 <= whole <= 12:
            out.append(_ORDINALS[language][whole])
    elif kind == "percent":
        shown = f"{number:g}".replace(".", ",") if language == "de" else f"{number:g}"
        out.append(f"{shown} {_PERCENT[language]}")
    elif kind == "fraction":
        for denominator, word in _FRACTIONS[language].items():
            if abs(number * denominator - round(number * denominator)) < 0.01:
                out.append(word)
                break
        out.append(f"{round(number * 100):g} {_PERCENT[language]}")
    return out


def name_phrase(entity: str) -> str:
    """A name as search engines want it: "Amtskollegen Piet Haverkamp" -> "Piet Haverkamp"."""
    words = [t.text for t in tokens(entity)]
    while len(words) > 1 and (len(words[0]) > 10 or is_common_word(tokens(words[0])[0].folded)):
        words = words[1:]
    return " ".join(words[-3:])


@dataclass(frozen=True)
class ClaimQuery:
    claim_id: int
    text: str
    language: str
    entities: tuple[str, ...]
    keywords: tuple[str, ...]
    quantities: tuple[dict, ...] = ()
    title: str = ""
    article_id: int | None = None
    excluded_article_ids: tuple[int, ...] = ()
    article_url: str | None = None
    article_sha: str = ""
    article_date: datetime | None = None
    cross_language: bool = True
    translations: dict = field(default_factory=dict)  # language -> glossary words for the key words
    title_words: tuple[str, ...] = ()  # names and key words of the article's title: the claim's context

    @property
    def other_language(self) -> str:
        return "en" if self.language == "de" else "de"

    def languages(self) -> list[str]:
        return [self.language, self.other_language] if self.cross_language else [self.language]

    def names(self) -> list[str]:
        return [name_phrase(e) for e in self.entities]

    def words(self, language: str) -> list[str]:
        """Key words in `language`: the claim's own, or glossary translations for the other language."""
        if language == self.language:
            return list(self.keywords)
        return list(self.translations.get(language, ()))

    def context_words(self) -> list[str]:
        """The title's names and words, after the claim's own: "took part" is about a strike by its headline."""
        return [w for w in self.title_words if w not in self.keywords]

    def numbers(self, language: str) -> list[str]:
        out: list[str] = []
        for q in self.quantities:
            out.extend(s for s in number_spellings(q, language) if s not in out)
        return out

    def search_text(self, language: str, max_words: int = 4) -> str:
        """A short query for a search engine: the names, then the most telling words."""
        names = self.names()[:2]
        words = self.words(language)[: max(1, max_words - len(names))]
        return " ".join([*names, *words]).strip()


def _keywords(text: str, language: str, entities: list[str]) -> list[str]:
    taken = {t.folded for e in entities for t in tokens(e)}
    words = [t for t in tokens(text) if is_content(t) and t.folded not in taken and len(t.text) > 2]
    if language == "de":  # nouns (capitalised, not opening the sentence) tell most
        ranked = sorted(words, key=lambda t: (not (t.text[:1].isupper() and t.start > 0), -len(t.text)))
    else:
        ranked = sorted(words, key=lambda t: -len(t.text))
    out: list[str] = []
    for token in ranked:
        if token.text not in out:
            out.append(token.text)
    return out[:MAX_KEYWORDS]


def _title_words(title: str, language: str) -> list[str]:
    """Names first, then the longest words; "[Sample]" labels of the sample data are not words."""
    title = title.replace("[Sample]", " ").replace("[Beispiel]", " ")
    words = [t for t in tokens(title) if is_content(t) and len(t.text) > 2]
    ranked = sorted(words, key=lambda t: (not t.text[:1].isupper(), -len(t.text)))
    return list(dict.fromkeys(t.text for t in ranked))[:4]


def query_build(claim) -> ClaimQuery:
    """The search query of a stored claim (its article gives the date, title and what to exclude)."""
    article = claim.article
    language = claim.language if claim.language in ("de", "en") else (article.language if article.language in
                                                                       ("de", "en") else "de")
    quantities = [dict(q, start=max(0, int(q.get("start", 0)) - claim.start),
                       end=max(0, int(q.get("end", 0)) - claim.start)) for q in claim.quantities or []]
    entities = clean_entities(claim.entities or [], claim.text, quantities)
    keywords = _keywords(claim.text, language, entities)
    other = "en" if language == "de" else "de"
    translated: list[str] = []
    for word in keywords:
        for found in search_words(word, language, other):
            if found not in translated:
                translated.append(found)
    excluded = [article.pk, *article.duplicates.values_list("pk", flat=True)]
    if article.duplicate_of_id:
        excluded.append(article.duplicate_of_id)
    return ClaimQuery(
        claim_id=claim.pk, text=claim.text, language=language, entities=tuple(entities), keywords=tuple(keywords),
        quantities=tuple(quantities), title=article.title, article_id=article.pk,
        excluded_article_ids=tuple(excluded), article_url=article.url, article_sha=article.content_sha256,
        article_date=article.published_at or article.created_at, cross_language=settings.SOURCES_CROSS_LANGUAGE,
        translations={other: tuple(translated[:MAX_KEYWORDS])},
        title_words=tuple(_title_words(article.title, language)),
    )
