"""Desk archive: PostgreSQL full-text search over the passages of stored sources and articles, both languages."""

from __future__ import annotations

from django.conf import settings

from workers.sources.base import Candidate, Connector
from workers.sources.query import ClaimQuery

_VARIANTS = (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"))


def spelling_variants(word: str) -> list[str]:
    """"Südmark" and "Suedmark": transliterated names meet (the German stemmer folds only "ü")."""
    out = [word]
    for umlaut, plain in _VARIANTS:
        if umlaut in word.lower():
            out.append(word.replace(umlaut, plain).replace(umlaut.upper(), plain.capitalize()))
        elif plain in word.lower() and umlaut != "ß":
            out.append(word.replace(plain, umlaut))
    return list(dict.fromkeys(out))


class ArchiveConnector(Connector):
    name = "archive"
    kind = "archive"

    def search(self, query: ClaimQuery) -> list[Candidate]:
        from claims.models import Article, Source
        from claims.services.sources import archive_index_pending, archive_search, source_for_article

        archive_index_pending(limit=200)  # articles stored since the last beat tick are searchable too

        # A name is matched by its last word ("Haverkamp"): "Außenminister Piet Haverkamp" finds it too.
        names = [v for phrase in query.names() for v in spelling_variants(phrase.split()[-1])]
        words = [[*query.words(query.language), *query.context_words()]]
        words += [query.words(lang) for lang in query.languages() if lang != query.language]
        extra = [*query.names(), *(n for lang in query.languages() for n in query.numbers(lang))]
        limit = settings.SOURCES_CONNECTOR_MAX_RESULTS
        hits = archive_search(names=names, words=words, extra=extra, exclude_article_ids=query.excluded_article_ids,
                              limit=limit * 4)
        documents: list[tuple[str, int]] = []
        for hit in hits:
            key = ("source", hit.source_id) if hit.source_id else ("article", hit.article_id)
            if key not in documents:
                documents.append(key)
        out = []
        for what, pk in documents[:limit]:
            if what == "article":
                article = Article.objects.filter(pk=pk).first()
                if article is None or article.pk in query.excluded_article_ids:
                    continue
                source = source_for_article(article)
            else:
                source = Source.objects.filter(pk=pk).first()
                if source is None or source.article_id in query.excluded_article_ids:
                    continue
            out.append(Candidate(url=source.url, title=source.title, publisher=source.publisher,
                                 published_at=source.published_at, language=source.language, kind=source.kind,
                                 source_id=source.pk))
        return out
