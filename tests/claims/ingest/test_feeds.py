"""Following feeds: conditional polling, each item once, hostile and broken feeds refused cleanly."""

from datetime import timedelta

import pytest
from django.utils import timezone

from claims.models import Article, Feed, FeedItem
from claims.services.errors import DomainError
from claims.services.feeds import feed_add, feed_fetch, feed_items_store, feed_parse, feeds_claim_due
from tests.helpers import wait_for
from tests.httpserver import Response

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Beispiel-Feed (sample)</title>
{items}
</channel></rss>"""
ITEM = ("<item><title>Meldung {n}</title><link>{base}/story/{n}?utm_source=rss</link>"
        "<guid>urn:sample:{n}</guid><pubDate>Mon, 0{d} Nov 2026 10:00:00 GMT</pubDate>"
        "<description>&lt;b&gt;Kurz&lt;/b&gt; {n}</description></item>")

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<rss version="2.0"><channel><title>&lol3;</title><item><title>&lol3;</title><guid>x</guid></item></channel></rss>"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>t</title><item><title>&xxe;</title><guid>x</guid></item></channel></rss>"""


def rss(base, numbers):
    return RSS.format(items="\n".join(ITEM.format(n=n, d=1 + n % 9, base=base) for n in numbers))


@pytest.fixture
def feed(db, web):
    return feed_add(url=web.url("/feed.xml"), language="de", publisher="Beispiel")


def poll(feed):
    feed.refresh_from_db()
    snapshot = feed_fetch(feed=feed)
    return feed_items_store(feed=feed, snapshot=snapshot) if snapshot else None


def test_each_item_is_ingested_once(feed, web):
    web.add("/feed.xml", [Response(body=rss(web.url("").rstrip("/"), [1, 2, 3]), content_type="application/rss+xml"),
                          Response(body=rss(web.url("").rstrip("/"), [2, 3, 4]), content_type="application/rss+xml")])
    first = poll(feed)
    second = poll(feed)
    assert first["new"] == 3 and second["new"] == 1
    assert FeedItem.objects.filter(feed=feed).count() == 4
    assert Article.objects.filter(feed=feed).count() == 4
    # utm_ parameters were dropped from the canonical URL
    assert not Article.objects.filter(url__contains="utm_").exists()
    item = FeedItem.objects.get(guid="urn:sample:1")
    assert item.summary == "Kurz 1"  # HTML in summaries kept as text only


def test_conditional_get_uses_etag(feed, web):
    body = rss("https://example.org", [1])

    def answer(request):
        if request.headers.get("if-none-match") == '"v1"':
            return Response(status=304, body=b"", headers=[("ETag", '"v1"')])
        return Response(body=body, content_type="application/rss+xml", headers=[("ETag", '"v1"')])

    web.add("/feed.xml", answer)
    assert poll(feed)["new"] == 1
    feed.refresh_from_db()
    assert feed.etag == '"v1"'
    assert poll(feed) is None  # 304: nothing parsed, nothing new
    feed.refresh_from_db()
    assert feed.last_error == "" and feed.last_polled_at is not None


@pytest.mark.parametrize("payload, expected", [(BILLION_LAUGHS, "entities"), (XXE, "entities")])
def test_entity_attacks_are_refused(feed, web, payload, expected):
    web.add("/feed.xml", Response(body=payload, content_type="application/rss+xml"))
    result = poll(feed)
    assert result["new"] == 0 and expected in result["error"]
    feed.refresh_from_db()
    assert feed.error_count == 1 and "entities" in feed.last_error
    assert not FeedItem.objects.exists()


def test_malformed_feed_is_an_error_not_a_crash(feed, web):
    web.add("/feed.xml", Response(body=b"<rss><channel><title>broken", content_type="application/rss+xml"))
    result = poll(feed)
    assert result["new"] == 0
    feed.refresh_from_db()
    assert feed.last_error.startswith("malformed_feed")
    assert feed.next_poll_at > timezone.now() + timedelta(seconds=feed.poll_interval)  # backed off


def test_malformed_but_readable_feed_is_read(db):
    parsed = feed_parse(b"<rss version='2.0'><channel><title>x</title><item><title>A & B</title>"
                        b"<link>https://example.org/1</link></item></channel></rss>")
    assert [i["url"] for i in parsed["items"]] == ["https://example.org/1"]


def test_hundred_thousand_item_feed_ingests_a_bounded_batch(feed, web, settings):
    settings.FEED_MAX_ITEMS_PER_POLL = 50
    items = "".join(f"<item><title>n{n}</title><link>https://example.org/n/{n}</link><guid>g{n}</guid></item>"
                    for n in range(100_000))
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>big</title>{items}</channel></rss>'
    web.add("/feed.xml", Response(body=body, content_type="application/rss+xml"))
    result = poll(feed)
    assert result["items"] == 100_000
    assert result["new"] == 50
    assert Article.objects.count() == 50


def test_feed_url_is_checked_like_any_url(db):
    with pytest.raises(DomainError):
        feed_add(url="http://169.254.169.254/feed")


def test_feed_url_too_long_once_percent_encoded_is_refused(db):
    with pytest.raises(DomainError) as excinfo:
        feed_add(url="https://example.org/" + "ä" * 1000)
    assert excinfo.value.code == "url_too_long"
    assert not Feed.objects.exists()


def test_due_feeds_are_claimed_once(feed):
    assert feeds_claim_due() == [feed.pk]
    assert feeds_claim_due() == []  # the lease pushed the next poll out


def test_beat_task_polls_due_feeds_through_the_worker(celery_worker, web):
    from workers.tasks_ingest import feeds_poll_due

    base = web.url("").rstrip("/")
    web.add("/feed.xml", Response(body=rss(base, [7]), content_type="application/rss+xml"))
    web.add("/story/7", Response(body="<html><body><article><p>" + "Ein Satz über 3.000 Soldaten. " * 20
                                 + "</p></article></body></html>", content_type="text/html; charset=utf-8"))
    feed = feed_add(url=web.url("/feed.xml"), language="de")
    feeds_poll_due.delay()
    wait_for(lambda: Article.objects.filter(feed=feed, status__in=["extracted", "failed"]).exists(), timeout=30,
             message="the feed item to be ingested")
    assert FeedItem.objects.filter(feed=feed).count() == 1
    assert Feed.objects.get(pk=feed.pk).last_polled_at is not None
