"""Loading the sample articles and sources through the same services real ones go through."""

from django.utils.dateparse import parse_datetime

from claims.demo.articles import ARTICLES
from claims.demo.sources import SOURCES
from claims.models import Article


def demo_load() -> dict:
    from claims.services.articles import article_ingest

    new = 0
    for item in ARTICLES:
        _article, created = article_ingest(
            text=item["text"], title=item["title"], language=item["language"], publisher=item["publisher"],
            published_at=parse_datetime(item["published_at"]), is_sample=True,
        )
        new += int(created)
    sources = demo_sources_load()
    return {"articles_new": new, "articles": Article.objects.filter(is_sample=True).count(), "sources": sources}


def demo_sources_load() -> int:
    """Store the sample source corpus in the desk archive (see claims.services.sources)."""
    from claims.services.sources import source_store

    for item in SOURCES:
        source_store(
            url=item["url"], title=item["title"], publisher=item["publisher"], language=item["language"],
            published_at=parse_datetime(item["published_at"]), text=item["text"], kind="archive", is_sample=True,
        )
    return len(SOURCES)
