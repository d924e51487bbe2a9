"""Fixtures for source collection: local API servers, a desk with articles and claims, connector settings."""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from tests.httpserver import LocalHTTPServer


@pytest.fixture
def web(monkeypatch):
    with LocalHTTPServer() as server:
        monkeypatch.setenv("FETCH_ALLOW", server.netloc)  # only this server; nothing else private
        monkeypatch.setenv("FETCH_POLITENESS_DELAY", "0")
        monkeypatch.setenv("FETCH_DEADLINE", "10")
        yield server


@pytest.fixture
def desk(celery_worker):
    """A real worker, and the roles and rating scale a flush by an earlier transactional test removed.

    Request it before the user fixtures (checker, readonly, ...)."""
    from claims.defaults import desk_defaults_ensure

    desk_defaults_ensure()
    return celery_worker


@pytest.fixture
def only(settings):
    """Switch on exactly these connectors: only("archive", "gdelt")."""
    settings.SOURCES_CONNECTOR_TIMEOUT = 5.0

    def switch(*names):
        settings.SOURCES_ENABLED = list(names)

    return switch


def params(request) -> dict:
    return {k: v[0] for k, v in parse_qs(urlsplit(request.target).query).items()}


def article_with_claims(*, text, title="", language="de", url=None, published_at=None, publisher="Testagentur"):
    """An extracted article and its claims, stored as the ingest stage stores them."""
    from claims.extraction import extract_claims
    from claims.models import Article, Claim
    from claims.services.articles import text_sha256

    article = Article.objects.create(
        url=url, text=text, title=title, language=language, publisher=publisher, content_sha256=text_sha256(text),
        published_at=published_at or timezone.now(), status=Article.Status.EXTRACTED,
    )
    for c in extract_claims(text, language):
        Claim.objects.create(article=article, text=c.text, start=c.start, end=c.end, language=c.language,
                             quantities=[q.to_dict() for q in c.quantities], entities=list(c.entities),
                             score=c.score, speaker=c.speaker or "")
    return article


def claim_containing(article, words: str):
    return article.claims.get(text__contains=words)


@pytest.fixture
def sample_desk():
    """The sample corpus of make run: sample sources in the archive, sample articles with their claims."""
    from claims.demo.articles import ARTICLES
    from claims.demo.loader import demo_sources_load
    from claims.services.sources import archive_index_pending

    demo_sources_load()
    articles = {}
    for item in ARTICLES:
        articles[item["key"]] = article_with_claims(
            text=item["text"], title=item["title"], language=item["language"], publisher=item["publisher"],
            published_at=parse_datetime(item["published_at"]))
    archive_index_pending()
    return articles
