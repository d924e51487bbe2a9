"""Source collection tasks: connectors and fetching on the I/O queue ("sources.*"), ranking on the CPU queue."""

from celery import shared_task
from celery.signals import worker_init, worker_process_init

from workers.dbretry import DataTask
from workers.recovery import recoverer
from workers.timeouts import timed_out

_TASK_MODULES = ("claims.services.collection", "claims.services.ranking", "claims.services.sources",
                 "claims.services.workflow", "workers.sources.query", "workers.sources.registry")


@worker_init.connect
@worker_process_init.connect
def _preload(**_kwargs) -> None:
    """Load and warm page reading and text analysis when a worker starts, not while the first page waits.

    The tasks import their services lazily; imported here, in the parent before it forks its pool, no
    child pays for them on its first task (a third of a second for the rank stage's modules).
    """
    import importlib
    import sys

    # Threads that only wait on the network get the interpreter back sooner from the one reading pages
    # (the default 5 ms per hand-over leaves fetch slots idle).
    sys.setswitchinterval(0.001)
    for module in _TASK_MODULES:
        importlib.import_module(module)
    from tld import get_tld

    from claims.models import Snapshot
    from claims.ranking import claim_profile, rank_passages, split_passages
    from claims.ranking.relevance import PassageInput
    from claims.services.articles import page_read

    # Page reading falls back to the public-suffix list for hosts it cannot split (addresses, intranet
    # names); loading it takes half a second, once per process.
    get_tld("https://example.org/", fail_silently=True)
    # A thin page takes both the quick reading and its fallback.
    page_read(Snapshot(url="https://example.org/warm-up", final_url="https://example.org/warm-up",
                       content_type="text/html", charset="utf-8",
                       body=b"<html><body><article><p>Warm up: 3 S\xc3\xa4tze, 2 Zahlen.</p></article></body></html>"),
              quick=True)
    text = "Am Dienstag trafen sich Lena Brandt und Piet Haverkamp zum dritten Mal. Es dauerte 7 Stunden."
    profile = claim_profile(text=text, language="de")
    rank_passages(profile, [PassageInput(0, text[a:b], "de") for a, b in split_passages(text)], min_relevance=0)


@worker_process_init.connect
def _connect(**_kwargs) -> None:
    """A pool process opens its database connection at start, not in the middle of its first task.
    (Only in the pool's own processes: a connection opened before the fork would be shared.)"""
    from django.db import connection

    connection.ensure_connection()


@shared_task(name="sources.search", acks_late=True, bind=True, base=DataTask)
def source_search(self, run_id: int, connector: str) -> None:
    from celery.exceptions import SoftTimeLimitExceeded

    from claims.services.collection import collection_run_fail, collection_search

    try:
        collection_search(run_id=run_id, name=connector)
    except SoftTimeLimitExceeded:  # a slow connector is recorded by the service; this is the inline first batch
        collection_run_fail(run_id=run_id, code="timeout", message=timed_out(self))


@shared_task(name="sources.fetch", acks_late=True, bind=True, base=DataTask)
def source_fetch_batch(self, run_id: int, candidate_ids: list[int], threads: int | None = None) -> None:
    from celery.exceptions import SoftTimeLimitExceeded

    from claims.services.collection import collection_fetch, collection_run_fail

    try:
        collection_fetch(run_id=run_id, candidate_ids=candidate_ids, threads=threads)
    except SoftTimeLimitExceeded:  # (enforced on prefork workers; a thread pool has no time limits)
        collection_run_fail(run_id=run_id, code="timeout", message=timed_out(self))


@shared_task(name="collection.rank", acks_late=True, bind=True, base=DataTask)
def collection_rank_task(self, run_id: int) -> None:
    from celery.exceptions import SoftTimeLimitExceeded

    from claims.services.collection import collection_rank, collection_run_fail

    try:
        collection_rank(run_id=run_id)
    except SoftTimeLimitExceeded:
        collection_run_fail(run_id=run_id, code="timeout", message=timed_out(self))


@shared_task(name="collection.index_archive", base=DataTask)
def archive_index() -> int:
    """Stored articles get their search passages (ingest stores the text; the archive search needs passages)."""
    from claims.services.sources import archive_index_pending

    return archive_index_pending()


@recoverer
def collection_runs_stalled(cutoff) -> int:
    """Collection runs whose worker died mid-stage: resumed where they stopped."""
    from claims.services.collection import collection_runs_recover

    return collection_runs_recover(cutoff)
