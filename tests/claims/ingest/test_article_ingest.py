"""Ingesting articles by URL and by pasted text: duplicates, statuses, archive, claims."""

import threading
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.db import connection

from claims.models import Article, Snapshot
from claims.services.articles import article_extract_claims, article_fetch_and_store, article_ingest
from claims.services.errors import DomainError
from tests.claims.ingest.conftest import GERMAN_PAGE
from tests.helpers import wait_for
from tests.httpserver import Response

SAMPLE_TEXT = (
    "Die Regierung hat am Dienstag ein Hilfspaket über 1,8 Milliarden Euro beschlossen. "
    "Es ist bereits das vierte Paket in diesem Jahr, sagte Finanzministerin Eva Muster. "
    "Wir sind stolz auf unsere Arbeit."
)


def test_pasted_text_is_stored_once(db):
    first, created = article_ingest(text=SAMPLE_TEXT, title="Hilfspaket", language="de")
    again, created_again = article_ingest(text="  " + SAMPLE_TEXT.replace(". ", ".\n") + "\n")
    assert created and not created_again
    assert again.pk == first.pk
    assert Article.objects.count() == 1


@pytest.mark.parametrize("url", [
    "http://169.254.169.254/latest/meta-data/", "http://127.0.0.1:6379/", "http://[::1]/", "http://2130706433/",
    "http://0x7f000001/", "http://127.1/", "http://[::ffff:127.0.0.1]/", "file:///etc/passwd",
    "gopher://example.org/", "data:text/html,<b>x</b>", "ftp://example.org/a", "javascript:alert(1)",
])
def test_blocked_urls_are_refused_before_anything_is_stored(db, url):
    with pytest.raises(DomainError) as excinfo:
        article_ingest(url=url)
    assert excinfo.value.message
    assert excinfo.value.code in {"blocked_address", "bad_scheme", "bad_url", "non_canonical_address", "bad_port"}
    assert not Article.objects.exists()


def test_url_longer_than_2048_once_percent_encoded_is_refused(db):
    # 1,019 characters as typed, 6,019 once "ä" is percent-encoded: the stored URL must fit 2048.
    for url in ("https://example.org/" + "ä" * 1000, "https://example.org/?q=" + "ü" * 400):
        with pytest.raises(DomainError) as excinfo:
            article_ingest(url=url)
        assert excinfo.value.code == "url_too_long" and "2048" in excinfo.value.message
    assert not Article.objects.exists()


def test_url_and_text_together_are_refused(db):
    with pytest.raises(DomainError, match="either a URL or the article text"):
        article_ingest(url="https://example.org/", text="x")
    with pytest.raises(DomainError):
        article_ingest()


@pytest.mark.parametrize("moment", [
    datetime(1, 1, 1, 0, 30, tzinfo=ZoneInfo("Europe/Vienna")),  # year 0 in UTC: stored, then unreadable
    datetime(9999, 12, 31, 23, 0, tzinfo=ZoneInfo("America/New_York")),  # year 10000 in UTC
])
def test_a_date_the_database_cannot_give_back_is_refused(db, moment):
    with pytest.raises(DomainError, match="cannot be stored") as refused:
        article_ingest(text=SAMPLE_TEXT, published_at=moment)
    assert refused.value.code == "bad_date"
    assert not Article.objects.exists()


def test_utm_variants_are_one_article(db):
    a, created_a = article_ingest(url="https://Example.ORG/news/story?id=5&utm_source=x#top")
    b, created_b = article_ingest(url="https://example.org/news/story?utm_medium=social&id=5")
    assert created_a and not created_b
    assert a.pk == b.pk
    assert a.url == "https://example.org/news/story?id=5"


def test_twenty_concurrent_submissions_make_one_article(transactional_db):
    results, errors = [], []
    barrier = threading.Barrier(20)

    def submit():
        try:
            barrier.wait()
            results.append(article_ingest(url="https://example.org/same-story?utm_campaign=c"))
        except Exception as exc:  # surfaced below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=submit) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert Article.objects.count() == 1
    assert sum(created for _article, created in results) == 1


def test_fetch_archives_bytes_and_reads_the_page(db, web):
    web.add("/story", Response(body=GERMAN_PAGE, content_type="text/html; charset=utf-8"))
    article, _ = article_ingest(url=web.url("/story"))
    assert article_fetch_and_store(article_id=article.pk)
    article.refresh_from_db()
    snapshot = article.snapshot
    assert bytes(snapshot.body) == GERMAN_PAGE.encode()
    import hashlib

    assert snapshot.sha256 == hashlib.sha256(GERMAN_PAGE.encode()).hexdigest()
    assert snapshot.fetched_at is not None
    article_extract_claims(article_id=article.pk)
    article.refresh_from_db()
    assert article.status == Article.Status.EXTRACTED
    assert "4,7 Prozent" in article.text and "Impressum" not in article.text
    assert article.title.startswith("Ministerium")
    assert article.byline == "Anna Beispiel"
    assert article.language == "de"
    assert article.published_at is not None


def test_failed_fetch_is_visible_with_its_reason(db, web):
    web.add("/gone", Response(status=404, body="not here"))
    article, _ = article_ingest(url=web.url("/gone"))
    assert not article_fetch_and_store(article_id=article.pk)
    article.refresh_from_db()
    assert article.status == Article.Status.FAILED
    assert "404" in article.error


def test_binary_served_as_html_fails_cleanly(db, web):
    web.add("/bin", Response(body=bytes(range(256)) * 64, content_type="text/html"))
    article, _ = article_ingest(url=web.url("/bin"))
    assert not article_fetch_and_store(article_id=article.pk)
    article.refresh_from_db()
    assert article.status == Article.Status.FAILED and article.error
    assert not Snapshot.objects.exists()


def test_same_text_under_another_url_is_a_duplicate(db, web):
    web.add("/a", Response(body=GERMAN_PAGE, content_type="text/html; charset=utf-8"))
    web.add("/b", Response(body=GERMAN_PAGE, content_type="text/html; charset=utf-8"))
    first, _ = article_ingest(url=web.url("/a"))
    second, _ = article_ingest(url=web.url("/b"))
    for article in (first, second):
        article_fetch_and_store(article_id=article.pk)
        article_extract_claims(article_id=article.pk)
    second.refresh_from_db()
    assert second.status == Article.Status.DUPLICATE
    assert second.duplicate_of_id == first.pk
    assert not second.claims.exists()


def test_the_worker_takes_a_url_from_queued_to_extracted(celery_worker, web):
    web.add("/story", Response(body=GERMAN_PAGE, content_type="text/html; charset=utf-8"))
    article, created = article_ingest(url=web.url("/story"))
    assert created
    wait_for(lambda: Article.objects.get(pk=article.pk).status in {"extracted", "failed"}, timeout=30,
             message="the article to be fetched and extracted")
    article.refresh_from_db()
    assert article.status == "extracted", article.error
    assert article.claims.exists()
    assert web.hits("/story") == 1


def test_extraction_is_idempotent(db):
    article, _ = article_ingest(text=SAMPLE_TEXT, language="de", enqueue=False)
    first = article_extract_claims(article_id=article.pk)
    spans = list(article.claims.values_list("start", "end", "text"))
    assert first == len(spans) >= 2
    assert article_extract_claims(article_id=article.pk) == 0
    assert article_extract_claims(article_id=article.pk, force=True) == 0
    assert list(article.claims.values_list("start", "end", "text")) == spans
    for start, end, text in spans:
        assert article.text[start:end] == text
    article.refresh_from_db()
    assert article.status == Article.Status.EXTRACTED
    assert not any("Wir sind stolz" in text for _s, _e, text in spans)
