"""Ingest tasks: network waits on the I/O queue, page reading and extraction on the CPU queue."""

import logging

from celery import shared_task
from django.conf import settings
from django.db.models import F, Q
from django.utils import timezone

from claims.models import Article, Feed, Snapshot
from workers.dbretry import DataTask
from workers.recovery import recoverer
from workers.timeouts import timed_out

log = logging.getLogger(__name__)


@shared_task(name="articles.fetch", bind=True, base=DataTask)
def article_fetch(self, article_id: int) -> None:
    from celery.exceptions import SoftTimeLimitExceeded

    from claims.services.articles import article_fail, article_fetch_and_store

    try:
        fetched = article_fetch_and_store(article_id=article_id)
    except SoftTimeLimitExceeded:
        article_fail(article_id=article_id, error=f"timeout: {timed_out(self)}")
        return
    if fetched:
        article_extract.delay(article_id)


@shared_task(name="articles.extract", bind=True, base=DataTask)
def article_extract(self, article_id: int) -> None:
    from celery.exceptions import SoftTimeLimitExceeded

    from claims.services.articles import article_extract_claims, article_fail

    try:
        article_extract_claims(article_id=article_id)
    except SoftTimeLimitExceeded:
        article_fail(article_id=article_id, error=f"timeout: {timed_out(self)}")


@shared_task(name="feeds.poll_due")
def feeds_poll_due() -> int:
    from claims.services.feeds import feeds_claim_due

    feed_ids = feeds_claim_due()
    for feed_id in feed_ids:
        feed_fetch.delay(feed_id)
    return len(feed_ids)


@shared_task(name="feeds.fetch", base=DataTask)
def feed_fetch(feed_id: int) -> None:
    from claims.services.feeds import feed_fetch as fetch_feed

    feed = Feed.objects.filter(pk=feed_id, active=True).first()
    if feed is None:
        return
    snapshot = fetch_feed(feed=feed)
    if snapshot is not None:
        feed_items_store.delay(feed_id, snapshot.pk)


@shared_task(name="feeds.store_items", bind=True, base=DataTask)
def feed_items_store(self, feed_id: int, snapshot_id: int) -> None:
    from celery.exceptions import SoftTimeLimitExceeded

    from claims.services.feeds import feed_fail
    from claims.services.feeds import feed_items_store as store

    feed = Feed.objects.filter(pk=feed_id).first()
    snapshot = Snapshot.objects.filter(pk=snapshot_id).first()
    if feed is not None and snapshot is not None:
        try:
            store(feed=feed, snapshot=snapshot)
        except SoftTimeLimitExceeded:
            feed_fail(feed_id=feed_id, error=f"timeout: {timed_out(self)}")


@recoverer
def articles_stalled(cutoff) -> int:
    """Articles whose task died with its worker: send them round again (every stage is idempotent),
    at most RECOVERY_MAX_ATTEMPTS times each, then mark them failed."""
    from claims.services.articles import article_enqueue, article_fail

    stalled = Article.objects.filter(
        Q(status__in=[Article.Status.QUEUED, Article.Status.FETCHING, Article.Status.EXTRACTING]),
        updated_at__lt=cutoff,
    )
    limit = settings.RECOVERY_MAX_ATTEMPTS
    count = 0
    for article in stalled[:1000]:
        if article.recovery_attempts >= limit:
            given_up = (f"stalled: given up after {article.recovery_attempts} recovery attempts "
                        f"(stalled at stage {article.status})")
            if article_fail(article_id=article.pk, error=given_up):
                log.warning("article %s: %s", article.pk, given_up)
            continue
        if Article.objects.filter(pk=article.pk, updated_at=article.updated_at).update(  # not again next round
                updated_at=timezone.now(), recovery_attempts=F("recovery_attempts") + 1):
            article_enqueue(article)
            count += 1
    return count
