"""Gathering corroborating sources for a claim in Celery: search, fetch, rank — and the fan-in between them.

A collection run moves through three stages; there is no result backend, so each stage counts its
open work down on the run row with conditional UPDATEs and the task that reaches zero starts the
next stage, exactly once:

- search: one task per connector ("sources.search", I/O queue), in parallel, each with its own time
  limit; a failing connector records its error and leaves the others alone;
- fetch: candidate documents fetched in batches of one host ("sources.fetch", I/O queue), a bounded
  thread pool per batch (the fetcher's per-host limit), bytes archived, main text read, passages split;
- rank: passages ranked for the claim and Evidence upserted ("collection.rank", CPU queue); the run
  is done and the claim moves to review.
"""

from __future__ import annotations

import json
import logging
import queue
import threading
import time
from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from claims.models import Claim, CollectionCandidate, CollectionRun, ManualSource, Source
from claims.services.errors import DomainError, NotPermitted

log = logging.getLogger(__name__)

R, ST, C = CollectionRun.Status, CollectionRun.Stage, CollectionCandidate.Status
ACTIVE = ("queued", "running")
MAX_ERRORS = 200  # per run: a host that refuses 200 documents says it often enough


def _require(user, perm: str, doing: str) -> None:
    if user is None:
        return  # the system itself (recovery, beat)
    if not user.is_authenticated or not user.has_perm(perm):
        raise NotPermitted(f"You are not allowed to {doing}: it needs the permission “{perm}”.")


def _claim_move(claim: Claim, action: str, user=None) -> None:
    """research at the start, review at the end — only when the claim's state allows it."""
    from claims.services.workflow import CLAIM_ACTIONS, claim_transition

    sources, _to, _perm = CLAIM_ACTIONS[action]
    if Claim.objects.filter(pk=claim.pk, status__in=sources).exists():
        try:
            claim_transition(claim=claim, user=user, action=action, system=True)
        except DomainError as exc:  # moved on meanwhile: leave its status alone
            log.info("claim %s not moved by %s: %s", claim.pk, action, exc.message)


# --- starting runs ---------------------------------------------------------------------------------

def sources_collect(*, claim: Claim, user) -> CollectionRun:
    """Start gathering sources for a claim; returns the run at once (a run already under way is reused)."""
    from workers.sources.registry import enabled_connectors

    _require(user, "claims.collect_sources", "collect sources")
    names, off, unknown = enabled_connectors()
    return _run_start(claim=claim, user=user, names=names, off=off, unknown=unknown)


def source_add_by_url(*, claim: Claim, url: str, user) -> Source:
    """Add a URL to a claim's sources by hand; it is fetched and ranked by a run of its own."""
    from workers.fetch import FetchError, canonical_url, check_url

    _require(user, "claims.add_manual_source", "add sources by URL")
    url = (url or "").strip()
    if not url:
        raise DomainError("Give the URL of the source to add.", code="url_required")
    if len(url) > 2048:
        raise DomainError("The URL is longer than 2048 characters.", code="url_too_long")
    try:
        canonical = canonical_url(check_url(url))
    except FetchError as exc:
        raise DomainError(exc.message, code=exc.code) from None
    claim = Claim.objects.select_related("article").get(pk=claim.pk)
    if claim.article.url and canonical == claim.article.url:
        raise DomainError("This URL is the claim's own article; an article is never evidence for itself.",
                          code="own_article")
    with transaction.atomic():
        source = Source.objects.filter(url=canonical).first()
        if source is None:
            try:
                with transaction.atomic():
                    source = Source.objects.create(url=canonical, kind=Source.Kind.MANUAL)
            except IntegrityError:
                source = Source.objects.get(url=canonical)
        if source.article_id == claim.article_id:
            raise DomainError("This URL is the claim's own article; an article is never evidence for itself.",
                              code="own_article")
        ManualSource.objects.get_or_create(claim=claim, source=source,
                                           defaults={"added_by": user if user and user.is_authenticated else None})
        _run_start(claim=claim, user=user, names=["manual"], reuse=False)
    return source


@transaction.atomic
def _run_start(*, claim: Claim, user, names: list[str], off=(), unknown=(), reuse=True) -> CollectionRun:
    claim = Claim.objects.select_for_update().get(pk=claim.pk)  # two clicks start one run
    now = timezone.now()
    if reuse:
        fresh = now - timedelta(seconds=settings.STALLED_AFTER_SECONDS)
        active = (claim.collection_runs.filter(status__in=[R.QUEUED, R.RUNNING], updated_at__gte=fresh)
                  .order_by("-pk").first())
        if active is not None and set(names) <= set(active.connectors):
            return active
    connectors = {n: {"status": "queued", "candidates": 0, "seconds": None, "error": ""} for n in names}
    connectors.update({n: {"status": "off", "candidates": 0, "seconds": None,
                           "error": "switched on but not configured (see the connector settings)"} for n in off})
    errors = [{"connector": n, "code": "unknown_connector",
               "message": f"Unknown connector “{n}” in SOURCES_ENABLED."} for n in unknown]
    run = CollectionRun.objects.create(
        claim=claim, requested_by=user if user is not None and user.is_authenticated else None, status=R.QUEUED,
        stage=ST.SEARCH, pending=len(names), connectors=connectors, errors=errors, updated_at=now,
    )
    _claim_move(claim, "research", user)
    run_id = run.pk
    transaction.on_commit(lambda: _search_enqueue(run_id, names))
    return run


def _search_enqueue(run_id: int, names: list[str]) -> None:
    from workers.tasks_sources import source_search

    for name in names:
        source_search.delay(run_id, name)
    if not names:
        search_finished(run_id)


# --- stage 1: connectors -----------------------------------------------------------------------------

def _connector_update(run_id: int, name: str, entry: dict, *, finish: bool, error: dict | None = None):
    """Set a connector's entry; finishing also counts the stage down. Returns the pending count or None."""
    with connection.cursor() as cursor:
        if not finish:
            cursor.execute(
                "UPDATE claims_collectionrun SET connectors = jsonb_set(connectors, ARRAY[%s], %s::jsonb), "
                "status = CASE WHEN status = 'queued' THEN 'running' ELSE status END, "
                "started_at = coalesce(started_at, now()), updated_at = now() "
                "WHERE id = %s AND stage = 'search' AND connectors -> %s ->> 'status' IN ('queued', 'running') "
                "RETURNING pending", [name, json.dumps(entry), run_id, name])
        else:
            cursor.execute(
                "UPDATE claims_collectionrun SET connectors = jsonb_set(connectors, ARRAY[%s], %s::jsonb), "
                "pending = pending - 1, updated_at = now(), "
                "errors = CASE WHEN %s::jsonb IS NULL THEN errors ELSE errors || %s::jsonb END "
                "WHERE id = %s AND stage = 'search' AND connectors -> %s ->> 'status' IN ('queued', 'running') "
                "RETURNING pending",
                [name, json.dumps(entry), json.dumps(error) if error else None,
                 json.dumps([error]) if error else None, run_id, name])
        row = cursor.fetchone()
    return row[0] if row else None


def _candidates_store(run: CollectionRun, name: str, candidates, query) -> int:
    from workers.fetch import FetchError, canonical_url

    rows, seen = [], set()
    own_sources = set()
    if query is not None:
        from claims.services.ranking import own_article_filter

        ids = [c.source_id for c in candidates if c.source_id]
        own_sources = set(Source.objects.filter(pk__in=ids).filter(own_article_filter(run.claim))
                          .values_list("pk", flat=True))
    for cand in candidates:
        try:
            url = canonical_url(cand.url)
        except FetchError:
            continue
        if url in seen or len(url) > 2048:
            continue
        seen.add(url)
        own = cand.source_id in own_sources or (query is not None and query.article_url == url)
        status = C.SKIPPED if own else (C.STORED if cand.source_id else C.PENDING)
        rows.append(CollectionCandidate(
            run=run, connector=name, url=url, host=(urlsplit(url).hostname or "")[:255], kind=cand.kind,
            title=(cand.title or "")[:500], publisher=(cand.publisher or "")[:200],
            language=cand.language if cand.language in ("de", "en", "other") else "",
            published_at=cand.published_at, snippet=(cand.snippet or "")[:2000], status=status,
            error="the claim's own article" if own else "", source_id=cand.source_id if not own else None,
        ))
    CollectionCandidate.objects.bulk_create(rows, ignore_conflicts=True)  # the same URL from two connectors
    return len(rows)


def collection_search(*, run_id: int, name: str) -> None:
    """Run one connector for a run (its task); the last connector to finish starts the fetch stage."""
    from celery.exceptions import SoftTimeLimitExceeded

    from workers.sources.base import ConnectorError
    from workers.sources.query import query_build
    from workers.sources.registry import connector_class

    run = CollectionRun.objects.select_related("claim__article").filter(pk=run_id).first()
    if run is None or run.stage != ST.SEARCH or (run.connectors.get(name) or {}).get("status") not in ACTIVE:
        return
    entry = dict(run.connectors[name], status="running")
    _connector_update(run_id, name, entry, finish=False)
    started = time.monotonic()
    candidates, query, error = [], None, None
    timeout = settings.SOURCES_CONNECTOR_TIMEOUT
    try:
        cls = connector_class(name)
        if cls is None:
            raise ConnectorError(f"Unknown connector “{name}”.", code="unknown_connector")
        query = query_build(run.claim)
        candidates = list(cls(timeout=timeout).search(query))[: settings.SOURCES_CONNECTOR_MAX_RESULTS * 4]
        if time.monotonic() - started > timeout * 1.5:
            raise ConnectorError(f"{name} took longer than its {timeout:g} s time limit.", code="timeout")
        entry.update(status="ok", error="")
    except ConnectorError as exc:
        candidates = []
        entry.update(status="timeout" if exc.code == "timeout" else "error", error=exc.message[:500])
        error = {"connector": name, "code": exc.code, "message": exc.message[:500]}
    except SoftTimeLimitExceeded:
        candidates = []
        entry.update(status="timeout", error=f"{name} was stopped by the task time limit.")
        error = {"connector": name, "code": "timeout", "message": entry["error"]}
    except Exception as exc:  # a connector's bug or a garbage answer must not stall the run
        log.exception("connector %s failed for run %s", name, run_id)
        candidates = []
        entry.update(status="error", error=f"{type(exc).__name__}: {exc}"[:500])
        error = {"connector": name, "code": "connector_error", "message": entry["error"]}
    entry["seconds"] = round(time.monotonic() - started, 3)
    with transaction.atomic():
        entry["candidates"] = _candidates_store(run, name, candidates, query)
        remaining = _connector_update(run_id, name, entry, finish=True, error=error)
    if remaining is not None and remaining <= 0:
        search_finished(run_id)


def _batches(rows: list[tuple[int, str]]) -> list[list[int]]:
    """Candidate ids grouped by host, at most SOURCES_FETCH_BATCH per batch."""
    by_host: dict[str, list[int]] = {}
    for pk, host in rows:
        by_host.setdefault(host, []).append(pk)
    size = max(1, settings.SOURCES_FETCH_BATCH)
    return [ids[i:i + size] for ids in by_host.values() for i in range(0, len(ids), size)]


def search_finished(run_id: int) -> None:
    """Move a run whose connectors are all done to fetching (exactly once: the row is locked and checked)."""
    with transaction.atomic():
        run = CollectionRun.objects.select_for_update().filter(pk=run_id).first()
        if run is None or run.stage != ST.SEARCH or run.pending > 0:
            return
        todo = list(run.found.filter(status=C.PENDING).values_list("pk", "host"))
        CollectionRun.objects.filter(pk=run_id).update(
            stage=ST.FETCH, pending=len(todo), candidates=run.found.count(), status=R.RUNNING,
            started_at=run.started_at or timezone.now(), updated_at=timezone.now())
        batches = _batches(todo)
        transaction.on_commit(lambda: _fetch_enqueue(run_id, batches))


def _fetch_enqueue(run_id: int, batches: list[list[int]]) -> None:
    from workers.tasks_sources import source_fetch_batch

    for ids in batches:
        source_fetch_batch.delay(run_id, ids)
    if not batches:
        fetch_finished(run_id)


# --- stage 2: fetching -----------------------------------------------------------------------------

def _candidate_finish(run_id: int, candidate: CollectionCandidate, status: str, *, source=None, error="",
                      code="") -> int | None:
    """Close one candidate and count the stage down (once per candidate, whoever gets there first)."""
    with transaction.atomic():
        moved = CollectionCandidate.objects.filter(pk=candidate.pk, status=C.PENDING).update(
            status=status, source=source, error=error[:2000], updated_at=timezone.now())
        if not moved:
            return None
        item = None
        if status == C.FAILED:
            item = json.dumps([{"connector": candidate.connector, "url": candidate.url, "code": code or "fetch_failed",
                                "message": error[:500]}])
        with connection.cursor() as cursor:
            cursor.execute(
                "UPDATE claims_collectionrun SET pending = pending - 1, updated_at = now(), "
                "errors = CASE WHEN %s::jsonb IS NULL OR jsonb_array_length(errors) >= %s THEN errors "
                "ELSE errors || %s::jsonb END WHERE id = %s RETURNING pending",
                [item, MAX_ERRORS, item, run_id])
            row = cursor.fetchone()
    return row[0] if row else None


def _fetch_one(run: CollectionRun, candidate: CollectionCandidate, own, policy) -> int | None:
    from claims.ranking.text import is_copy
    from claims.services.sources import source_fetch

    try:
        source = source_fetch(url=candidate.url, kind=candidate.kind, title=candidate.title,
                              publisher=candidate.publisher, language=candidate.language,
                              published_at=candidate.published_at, policy=policy)
    except DomainError as exc:
        return _candidate_finish(run.pk, candidate, C.FAILED, error=exc.message, code=exc.code)
    except Exception as exc:  # one broken page must not stop the batch
        log.exception("fetching candidate %s of run %s failed", candidate.pk, run.pk)
        return _candidate_finish(run.pk, candidate, C.FAILED, error=f"{type(exc).__name__}: {exc}")
    if Source.objects.filter(pk=source.pk).filter(own).exists() or is_copy(source.text, run.claim.article.text):
        return _candidate_finish(run.pk, candidate, C.SKIPPED, error="the claim's own article")
    return _candidate_finish(run.pk, candidate, C.STORED, source=source)


def collection_fetch(*, run_id: int, candidate_ids: list[int], policy=None) -> None:
    """Fetch a batch of one host's candidates with a pool of at most the fetcher's per-host limit."""
    from django.db import connections

    from claims.services.ranking import own_article_filter
    from workers.fetch import get_default_policy

    run = CollectionRun.objects.select_related("claim__article").filter(pk=run_id).first()
    if run is None or run.stage != ST.FETCH:
        return
    todo = list(run.found.filter(pk__in=candidate_ids, status=C.PENDING))
    if not todo:
        return
    policy = policy or get_default_policy()
    own = own_article_filter(run.claim)
    work: queue.SimpleQueue = queue.SimpleQueue()
    for candidate in todo:
        work.put(candidate)
    last = []

    def worker():
        try:
            while True:
                try:
                    candidate = work.get_nowait()
                except queue.Empty:
                    return
                if _fetch_one(run, candidate, own, policy) == 0:
                    last.append(True)
        finally:
            connections.close_all()  # this thread's own database connection

    threads = [threading.Thread(target=worker, name=f"collect-{run_id}-{i}", daemon=True)
               for i in range(min(len(todo), policy.per_host_limit))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if last:
        fetch_finished(run_id)


def fetch_finished(run_id: int) -> None:
    """Every candidate is fetched (or failed): move to ranking, exactly once, and enqueue it."""
    from workers.tasks_sources import collection_rank_task

    moved = CollectionRun.objects.filter(pk=run_id, stage=ST.FETCH, pending__lte=0).update(
        stage=ST.RANK, pending=1, updated_at=timezone.now())
    if moved:
        transaction.on_commit(lambda: collection_rank_task.delay(run_id))


# --- stage 3: ranking and the end of the run -------------------------------------------------------

def collection_rank(*, run_id: int) -> None:
    """Rank the run's passages into evidence, close the run and move the claim to review."""
    from claims.services.ranking import evidence_rank

    run = CollectionRun.objects.select_related("claim").filter(pk=run_id).first()
    if run is None or run.stage != ST.RANK:
        return
    per_source = evidence_rank(run=run)
    connectors = dict(run.connectors)
    for name, entry in connectors.items():
        found = run.found.filter(connector=name)
        stored = list(found.filter(status=C.STORED).values_list("source_id", flat=True))
        connectors[name] = {**entry, "stored": len(stored), "failed": found.filter(status=C.FAILED).count(),
                            "evidence": sum(per_source.get(sid, 0) for sid in set(stored))}
    run.refresh_from_db(fields=["errors"])
    failed = [e for e in connectors.values() if e.get("status") in ("error", "timeout")]
    ran = [e for e in connectors.values() if e.get("status") != "off"]
    evidence = sum(per_source.values())
    status = R.PARTIAL if run.errors else R.DONE
    if ran and len(failed) == len(ran) and not evidence:
        status = R.FAILED
    moved = CollectionRun.objects.filter(pk=run_id, stage=ST.RANK).update(
        stage=ST.DONE, pending=0, status=status, connectors=connectors, evidence_count=evidence,
        finished_at=timezone.now(), updated_at=timezone.now())
    if moved:
        _claim_move(run.claim, "review")


# --- recovery --------------------------------------------------------------------------------------

def collection_resume(run: CollectionRun) -> None:
    """Send a stalled run's open work round again; every stage is idempotent."""
    from workers.tasks_sources import collection_rank_task, source_search

    if run.stage == ST.SEARCH:
        open_names = [n for n, e in run.connectors.items() if e.get("status") in ACTIVE]
        for name in open_names:
            source_search.delay(run.pk, name)
        if run.pending <= 0 or not open_names:
            search_finished(run.pk)
    elif run.stage == ST.FETCH:
        todo = list(run.found.filter(status=C.PENDING).values_list("pk", "host"))
        _fetch_enqueue(run.pk, _batches(todo))
    elif run.stage == ST.RANK:
        collection_rank_task.delay(run.pk)


def collection_runs_recover(cutoff) -> int:
    """Runs left "running" past the cutoff (a killed worker): resumed where they stopped."""
    stalled = CollectionRun.objects.filter(status__in=[R.QUEUED, R.RUNNING], updated_at__lt=cutoff)
    count = 0
    for run in stalled.order_by("pk")[:200]:
        if CollectionRun.objects.filter(pk=run.pk, updated_at=run.updated_at).update(updated_at=timezone.now()):
            collection_resume(run)  # not again next round: its clock was just reset
            count += 1
    return count
