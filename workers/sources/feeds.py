"""Feeds the desk follows: items stored by the ingest feed machinery, searched by title and summary."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import connection
from django.utils import timezone

from workers.sources.base import Candidate, Connector
from workers.sources.query import ClaimQuery


class FeedsConnector(Connector):
    name = "feeds"
    kind = "feed"

    def search(self, query: ClaimQuery) -> list[Candidate]:
        from claims.models import Article
        from claims.services.sources import source_for_article

        terms = [*query.names(), *(w for lang in query.languages() for w in query.words(lang))]
        if not terms:
            return []
        around = query.article_date or timezone.now()
        days = timedelta(days=settings.FEEDS_SEARCH_DAYS)
        tsquery = " || ".join(["plainto_tsquery(%s::regconfig, %s)"] * (2 * len(terms)))
        params: list = []
        for term in terms:
            params += ["german", term, "english", term]
        # Few items per fortnight: an index would not pay, the ranking is cheap.
        # The text is fixed fragments; every value is a parameter.
        sql = (
            "SELECT i.id, i.url, i.title, i.published_at, i.article_id, f.language, f.publisher, f.title, "  # noqa: S608
            "ts_rank_cd(v.doc, q.query) AS score "
            f"FROM claims_feeditem i JOIN claims_feed f ON f.id = i.feed_id, LATERAL (SELECT {tsquery} AS query) q, "
            "LATERAL (SELECT to_tsvector('german', i.title || ' ' || i.summary) "
            "|| to_tsvector('english', i.title || ' ' || i.summary) AS doc) v "
            "WHERE v.doc @@ q.query AND i.url <> '' AND coalesce(i.published_at, i.seen_at) BETWEEN %s AND %s "
            "AND (i.article_id IS NULL OR NOT i.article_id = ANY(%s)) ORDER BY score DESC LIMIT %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, around - days, around + days, list(query.excluded_article_ids) or [0],
                                 settings.SOURCES_CONNECTOR_MAX_RESULTS])
            rows = cursor.fetchall()
        out = []
        for _pk, url, title, published_at, article_id, language, publisher, feed_title, _score in rows:
            if query.article_url and url == query.article_url:
                continue
            article = Article.objects.filter(pk=article_id).exclude(text="").first() if article_id else None
            source = source_for_article(article) if article is not None else None
            out.append(Candidate(url=source.url if source else url, title=title, publisher=publisher or feed_title,
                                 published_at=published_at, language=language, kind=self.kind,
                                 source_id=source.pk if source else None))
        return out
