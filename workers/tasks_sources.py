"""Source collection tasks: connectors and fetching on the I/O queue ("sources.*"), ranking on the CPU queue."""

from celery import shared_task

from workers.recovery import recoverer


@shared_task(name="sources.search", acks_late=True)
def source_search(run_id: int, connector: str) -> None:
    from claims.services.collection import collection_search

    collection_search(run_id=run_id, name=connector)


@shared_task(name="sources.fetch", acks_late=True)
def source_fetch_batch(run_id: int, candidate_ids: list[int]) -> None:
    from claims.services.collection import collection_fetch

    collection_fetch(run_id=run_id, candidate_ids=candidate_ids)


@shared_task(name="collection.rank", acks_late=True)
def collection_rank_task(run_id: int) -> None:
    from claims.services.collection import collection_rank

    collection_rank(run_id=run_id)


@shared_task(name="collection.index_archive")
def archive_index() -> int:
    """Stored articles get their search passages (ingest stores the text; the archive search needs passages)."""
    from claims.services.sources import archive_index_pending

    return archive_index_pending()


@recoverer
def collection_runs_stalled(cutoff) -> int:
    """Collection runs whose worker died mid-stage: resumed where they stopped."""
    from claims.services.collection import collection_runs_recover

    return collection_runs_recover(cutoff)
