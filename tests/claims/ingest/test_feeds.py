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


def test_control_characters_and_bad_dates_in_items_are_cleaned_not_a_crash(feed, web):
    # XML character references reach text PostgreSQL refuses (NUL); a year 0 is no datetime.
    body = (b"<rss version='2.0'><channel><title>Feed&#0;titel</title>"
            b"<item><title>Mel&#0;dung\x01 1</title><link>https://example.org/1</link><guid>g&#0;1</guid>"
            b"<description>Kurz&#0; 1</description><pubDate>0000-01-01T00:00:00Z</pubDate></item>"
            b"<item><title>Meldung 2</title><link>https://example.org/2</link><guid>g2</guid></item>"
            b"</channel></rss>")
    web.add("/feed.xml", Response(body=body, content_type="application/rss+xml"))
    result = poll(feed)
    assert result["new"] == 2 and result["ingested"] == 2
    item = FeedItem.objects.get(guid="g1")
    assert (item.title, item.summary, item.published_at) == ("Meldung 1", "Kurz 1", None)
    feed.refresh_from_db()
    assert feed.title == "Feedtitel" and feed.last_error == ""


def test_a_feed_that_trips_the_parser_is_an_error_not_a_crash(feed, web):
    # A character reference to half a surrogate pair makes feedparser itself raise.
    body = (b"<rss version='2.0'><channel><title>t</title><item><title>a&#xD800;b</title>"
            b"<link>https://example.org/1</link><guid>g1</guid></item></channel></rss>")
    web.add("/feed.xml", Response(body=body, content_type="application/rss+xml"))
    result = poll(feed)
    assert result["new"] == 0 and result["error"]
    feed.refresh_from_db()
    assert feed.last_error.startswith("malformed_feed") and feed.error_count == 1


def test_relative_item_links_are_resolved_against_the_feed_url(db, web):
    feed = feed_add(url=web.url("/news/feed.xml"))
    body = (b"<rss version='2.0'><channel><title>t</title>"
            b"<item><title>a</title><link>/story/1</link></item>"
            b"<item><title>b</title><link>story/2?utm_source=rss</link><guid>g2</guid></item>"
            b"</channel></rss>")
    web.add("/news/feed.xml", Response(body=body, content_type="application/rss+xml"))
    result = poll(feed)
    assert result["ingested"] == 2
    assert set(Article.objects.values_list("url", flat=True)) == {web.url("/story/1"), web.url("/news/story/2")}


def test_a_link_too_long_to_store_is_not_cut_into_another_url(feed, web):
    long_link = "https://example.org/" + "a" * 2100
    body = (f"<rss version='2.0'><channel><title>t</title><item><title>a</title><link>{long_link}</link>"
            f"<guid>g1</guid></item></channel></rss>").encode()
    web.add("/feed.xml", Response(body=body, content_type="application/rss+xml"))
    result = poll(feed)
    assert result["new"] == 1 and result["ingested"] == 0
    assert not Article.objects.exists()  # not the first 2048 characters of the link: another page


def test_items_stored_by_a_poll_killed_before_ingesting_are_ingested_when_it_runs_again(feed, web):
    from claims.services.feeds import _items_insert

    web.add("/feed.xml", Response(body=rss("https://example.org", [1, 2]), content_type="application/rss+xml"))
    feed.refresh_from_db()
    snapshot = feed_fetch(feed=feed)
    _items_insert(feed, feed_parse(bytes(snapshot.body))["items"])  # what the killed task got done
    assert FeedItem.objects.filter(feed=feed, article__isnull=True).count() == 2
    feed_items_store(feed=feed, snapshot=snapshot)  # the message is redelivered
    assert not FeedItem.objects.filter(feed=feed, article__isnull=True).exists()
    assert Article.objects.filter(feed=feed).count() == 2


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


def test_a_fetched_feed_whose_items_were_never_stored_is_read_again(feed, web):
    # given: a feed with an ETag, fetched once, but its store task lost (worker killed, database down)
    body = rss(web.url("").rstrip("/"), [1, 2])

    def answer(request):
        if request.headers.get("if-none-match") == '"v1"':
            return Response(status=304, body=b"", headers=[("ETag", '"v1"')])
        return Response(body=body, content_type="application/rss+xml", headers=[("ETag", '"v1"')])

    web.add("/feed.xml", answer)
    assert feed_fetch(feed=feed) is not None

    # when: the feed is polled again
    result = poll(feed)

    # then: its items are read, not hidden behind a 304 for bytes nobody stored
    assert result is not None and result["new"] == 2
    assert FeedItem.objects.filter(feed=feed).count() == 2
    feed.refresh_from_db()
    assert feed.etag == '"v1"'
    assert poll(feed) is None  # stored now: the next poll is conditional again
