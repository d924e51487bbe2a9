"""Ingest tasks: network waits on the I/O queue, page reading and extraction on the CPU queue."""

from celery import shared_task
from django.db.models import Q
from django.utils import timezone

from claims.models import Article, Feed, Snapshot
from workers.recovery import recoverer


@shared_task(name="articles.fetch")
def article_fetch(article_id: int) -> None:
    from claims.services.articles import article_fetch_and_store

    if article_fetch_and_store(article_id=article_id):
        article_extract.delay(article_id)


@shared_task(name="articles.extract")
def article_extract(article_id: int) -> None:
    from claims.services.articles import article_extract_claims

    article_extract_claims(article_id=article_id)


@shared_task(name="feeds.poll_due")
def feeds_poll_due() -> int:
    from claims.services.feeds import feeds_claim_due

    feed_ids = feeds_claim_due()
    for feed_id in feed_ids:
        feed_fetch.delay(feed_id)
    return len(feed_ids)


@shared_task(name="feeds.fetch")
def feed_fetch(feed_id: int) -> None:
    from claims.services.feeds import feed_fetch as fetch_feed

    feed = Feed.objects.filter(pk=feed_id, active=True).first()
    if feed is None:
        return
    snapshot = fetch_feed(feed=feed)
    if snapshot is not None:
        feed_items_store.delay(feed_id, snapshot.pk)


@shared_task(name="feeds.store_items")
def feed_items_store(feed_id: int, snapshot_id: int) -> None:
    from claims.services.feeds import feed_items_store as store

    feed = Feed.objects.filter(pk=feed_id).first()
    snapshot = Snapshot.objects.filter(pk=snapshot_id).first()
    if feed is not None and snapshot is not None:
        store(feed=feed, snapshot=snapshot)


@recoverer
def articles_stalled(cutoff) -> int:
    """Articles whose task died with its worker: send them round again (every stage is idempotent)."""
    from claims.services.articles import article_enqueue

    stalled = Article.objects.filter(
        Q(status__in=[Article.Status.QUEUED, Article.Status.FETCHING, Article.Status.EXTRACTING]),
        updated_at__lt=cutoff,
    )
    count = 0
    for article in stalled[:1000]:
        Article.objects.filter(pk=article.pk).update(updated_at=timezone.now())  # not again next round
        article_enqueue(article)
        count += 1
    return count
