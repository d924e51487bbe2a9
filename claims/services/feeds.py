"""Following RSS and Atom feeds: due feeds polled, bytes fetched safely, each new item ingested once."""

import calendar
import logging
from datetime import UTC, datetime, timedelta
from urllib.parse import urljoin

from billiard.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from claims.models import Feed, FeedItem, Snapshot
from claims.services.errors import DomainError

log = logging.getLogger(__name__)

MAX_BACKOFF = timedelta(days=1)


def feed_checked_url(*, url: str, poll_interval: int) -> str:
    """The canonical URL of a feed to follow; DomainError for a URL the fetcher refuses or polling too often."""
    from claims.services.urls import url_canonical

    canonical = url_canonical(url)
    if poll_interval is None or poll_interval < 60:
        raise DomainError("A feed is polled at most once a minute (poll_interval >= 60).", code="poll_too_often")
    return canonical


def feed_add(*, url: str, language="", publisher="", title="", poll_interval=900) -> Feed:
    canonical = feed_checked_url(url=url, poll_interval=poll_interval)
    feed, _ = Feed.objects.get_or_create(
        url=canonical, defaults={"language": language, "publisher": publisher, "title": title,
                                 "poll_interval": poll_interval, "next_poll_at": timezone.now()},
    )
    return feed


def feeds_due(now=None):
    now = now or timezone.now()
    return Feed.objects.filter(active=True).filter(Q(next_poll_at__isnull=True) | Q(next_poll_at__lte=now))


def feeds_claim_due(now=None, lease=timedelta(minutes=10)) -> list[int]:
    """Ids of due feeds, each claimed by pushing its next poll out; overlapping beat ticks skip it."""
    now = now or timezone.now()
    claimed = []
    for feed_id, next_poll_at in feeds_due(now).values_list("pk", "next_poll_at")[:500]:
        if Feed.objects.filter(pk=feed_id, next_poll_at=next_poll_at).update(next_poll_at=now + lease):
            claimed.append(feed_id)
    return claimed


def _schedule(feed: Feed, *, error: str = "", **fields):
    now = timezone.now()
    errors = feed.error_count + 1 if error else 0
    wait = timedelta(seconds=feed.poll_interval)
    if error:  # back off: a broken feed is asked less and less often, at least once a day
        wait = min(wait * (2 ** min(errors, 10)), MAX_BACKOFF)
    Feed.objects.filter(pk=feed.pk).update(
        last_polled_at=now, next_poll_at=now + wait, last_error=error[:2000], error_count=errors, **fields
    )


def feed_fail(*, feed_id: int, error: str) -> None:
    """Record a poll that could not finish (its task timed out); the feed backs off as after any error."""
    feed = Feed.objects.filter(pk=feed_id).first()
    if feed is not None:
        _schedule(feed, error=error)


def feed_fetch(*, feed: Feed, policy=None) -> Snapshot | None:
    """Conditional GET of the feed; the bytes are archived. None when unchanged or failed."""
    from workers.fetch import FetchError, fetch

    try:
        result = fetch(feed.url, accept=("feed",), etag=feed.etag or None,
                       last_modified=feed.last_modified or None, policy=policy)
    except FetchError as exc:
        _schedule(feed, error=f"{exc.code}: {exc.message}")
        return None
    if result.not_modified:
        _schedule(feed)
        return None
    from claims.services.articles import snapshot_store

    # The validators are kept only once the items are stored (feed_items_store): kept now, a store
    # task that never runs (killed worker, database down) would make every later poll a 304.
    return snapshot_store(result)


class FeedRefused(DomainError):
    code = "feed_refused"


def feed_parse(raw: bytes, base_url: str = "") -> dict:
    """Parse feed bytes; entity declarations and external entities are refused before feedparser runs.

    Relative item links are resolved against `base_url` (the feed's own URL); every string is cleaned
    of what PostgreSQL cannot store (character references may spell a NUL).
    """
    import defusedxml
    import defusedxml.ElementTree as SafeET
    import feedparser

    from workers.fetching.content import clean_text

    try:
        SafeET.fromstring(raw)
    except (defusedxml.EntitiesForbidden, defusedxml.ExternalReferenceForbidden, defusedxml.DTDForbidden) as exc:
        raise FeedRefused(f"The feed declares XML entities ({type(exc).__name__}); such feeds are refused "
                          "because they can expand without limit or read local files.") from None
    except SafeET.ParseError:
        pass  # not well-formed: feedparser's lenient parser may still read it, without entity expansion
    try:
        parsed = feedparser.parse(raw, sanitize_html=False, resolve_relative_uris=False)
    except SoftTimeLimitExceeded:
        raise  # the task records the time limit as the reason
    except Exception as exc:  # its lenient parser raises on some garbage (a reference to half a surrogate pair)
        raise DomainError(f"The feed could not be read: {type(exc).__name__}: {exc}", code="malformed_feed") from None
    if not parsed.entries and parsed.get("bozo"):
        reason = parsed.get("bozo_exception")
        raise DomainError(f"The feed could not be read: {reason}", code="malformed_feed")
    items = []
    for entry in parsed.entries:
        link = clean_text(entry.get("link") or "").strip()
        guid = entry.get("id") or link or entry.get("title") or ""
        guid = clean_text(guid)
        if not guid:
            continue
        url = urljoin(base_url, link) if link and base_url else link
        items.append({
            "guid": guid[:1000], "url": url if len(url) <= 2048 else "",  # cut short it would name another page
            "title": clean_text(entry.get("title") or "")[:500], "summary": _plain(entry.get("summary") or ""),
            "published_at": _stamp(entry.get("published_parsed") or entry.get("updated_parsed")),
        })
    return {"title": clean_text(parsed.feed.get("title") or "")[:300], "items": items}


def _stamp(parsed_time):
    """feedparser's UTC struct_time as an aware datetime; None when there is none or it is no date (year 0)."""
    if not parsed_time:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(parsed_time), tz=UTC)
    except (ValueError, OverflowError, OSError):
        return None


def _plain(html: str) -> str:
    """Feed summaries are HTML from elsewhere: keep only their text."""
    import nh3

    from workers.fetching.content import clean_text

    text = nh3.clean(clean_text(html), tags=set(), strip_comments=True)
    from html import unescape

    return " ".join(clean_text(unescape(text)).split())[:5000]


def feed_items_store(*, feed: Feed, snapshot: Snapshot) -> dict:
    """Store the new items of a fetched feed and ingest each one once."""
    try:
        parsed = feed_parse(bytes(snapshot.body), base_url=snapshot.final_url or feed.url)
    except DomainError as exc:
        _schedule(feed, error=f"{exc.code}: {exc.message}")
        return {"new": 0, "error": exc.message}
    limit = settings.FEED_MAX_ITEMS_PER_POLL
    items = sorted(parsed["items"], key=lambda i: i["published_at"] or datetime.min.replace(tzinfo=UTC),
                   reverse=True)[:limit]
    fresh, new = _items_insert(feed, items)
    from claims.services.articles import article_ingest

    ingested = 0
    for item in new:
        if not item.url:
            continue
        try:
            article, _created = article_ingest(url=item.url, title=item.title, language=feed.language,
                                               publisher=feed.publisher or parsed["title"],
                                               published_at=item.published_at, feed=feed)
        except DomainError as exc:  # one bad link must not stop the rest of the feed
            log.info("feed %s item %s not ingested: %s", feed.pk, item.guid, exc.message)
            continue
        FeedItem.objects.filter(pk=item.pk).update(article=article)
        ingested += 1
    headers = snapshot.headers or {}
    validators = {"etag": (headers.get("etag") or "")[:500],
                  "last_modified": (headers.get("last-modified") or "")[:100]}
    _schedule(feed, **validators, **({"title": parsed["title"]} if parsed["title"] and not feed.title else {}))
    return {"new": fresh, "ingested": ingested, "items": len(parsed["items"])}


@transaction.atomic
def _items_insert(feed: Feed, items: list[dict]) -> tuple[int, list[FeedItem]]:
    """Store the items not seen before; returns their number and the items of this poll still to ingest."""
    guids = [i["guid"] for i in items]
    known = set(FeedItem.objects.filter(feed=feed, guid__in=guids).values_list("guid", flat=True))
    fresh = {i["guid"]: i for i in items if i["guid"] not in known}  # also drops guids repeated in one feed
    FeedItem.objects.bulk_create([FeedItem(feed=feed, **i) for i in fresh.values()], ignore_conflicts=True)
    # Also the items a killed earlier run of this poll stored but never ingested (they are known by now).
    return len(fresh), list(FeedItem.objects.filter(feed=feed, guid__in=guids, article__isnull=True).exclude(url=""))
