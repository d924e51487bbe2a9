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
from claims.services.db import commit_without_waiting_for_disk, insert_rows
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
            with transaction.atomic():  # (a refused move rolls back alone, inside a caller's transaction)
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
    from claims.services.urls import url_canonical

    _require(user, "claims.add_manual_source", "add sources by URL")
    url = (url or "").strip()
    if not url:
        raise DomainError("Give the URL of the source to add.", code="url_required")
    canonical = url_canonical(url)
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
        rows.append({
            "run_id": run.pk, "connector": name, "url": url, "host": (urlsplit(url).hostname or "")[:255],
            "kind": cand.kind, "title": _plain(cand.title, 500), "publisher": _plain(cand.publisher, 200),
            "language": cand.language if cand.language in ("de", "en", "other") else "",
            "published_at": cand.published_at, "snippet": _plain(cand.snippet, 2000), "status": status,
            "error": "the claim's own article" if own else "", "source_id": cand.source_id if not own else None,
        })
    insert_rows(CollectionCandidate, rows)  # skips a URL another connector of the run brought first
    return len(rows)


def _plain(value: str | None, limit: int) -> str:
    """A connector's text as PostgreSQL stores it (an API's JSON may escape a NUL or half a surrogate
    pair into it), at most `limit` characters."""
    from workers.fetching.content import clean_text

    return clean_text(value or "")[:limit]


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
    with transaction.atomic():
        commit_without_waiting_for_disk()  # every stage's commits here are redone by recovery if lost
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
        commit_without_waiting_for_disk()
        entry["candidates"] = _candidates_store(run, name, candidates, query)
        remaining = _connector_update(run_id, name, entry, finish=True, error=error)
    if remaining is not None and remaining <= 0:
        first = search_finished(run_id, inline=True)
        if first:  # this task is on the I/O queue already: it fetches the first batch itself
            collection_fetch(run_id=run_id, candidate_ids=first[0], threads=first[1])


def _batches(rows: list[tuple[int, str]], limit: int | None = None) -> list[tuple[list[int], int]]:
    """(candidate ids, threads) per batch: grouped by host, about SOURCES_FETCH_BATCH each.

    A host's batches may run at once in different worker processes, so they share its per-host limit
    (FETCH_PER_HOST_LIMIT): their threads add up to it, and each batch's size follows its share.
    """
    if limit is None:
        from workers.fetch import get_default_policy

        limit = get_default_policy().per_host_limit
    by_host: dict[str, list[int]] = {}
    for pk, host in rows:
        by_host.setdefault(host, []).append(pk)
    size = max(1, settings.SOURCES_FETCH_BATCH)
    out = []
    for ids in by_host.values():
        count = min(-(-len(ids) // size), max(1, limit))  # ceil, and never more batches than slots
        threads = [limit // count + (1 if i < limit % count else 0) for i in range(count)]
        start = 0
        for i, share in enumerate(threads):
            end = len(ids) if i == count - 1 else start + round(len(ids) * share / limit)
            if end > start:
                out.append((ids[start:end], share))
            start = end
    return out


def search_finished(run_id: int, inline: bool = False) -> tuple[list[int], int] | None:
    """Move a run whose connectors are all done to fetching (exactly once: the row is locked and checked).

    With `inline` the first batch is not enqueued but returned, for the calling I/O task to fetch.
    """
    with transaction.atomic():
        commit_without_waiting_for_disk()
        run = CollectionRun.objects.select_for_update().filter(pk=run_id).first()
        if run is None or run.stage != ST.SEARCH or run.pending > 0:
            return None
        todo = list(run.found.filter(status=C.PENDING).values_list("pk", "host"))
        CollectionRun.objects.filter(pk=run_id).update(
            stage=ST.FETCH, pending=len(todo), candidates=run.found.count(), status=R.RUNNING,
            started_at=run.started_at or timezone.now(), updated_at=timezone.now())
        batches = _batches(todo)
        first = batches.pop(0) if inline and batches else None
        transaction.on_commit(lambda: _fetch_enqueue(run_id, batches, done_if_empty=not first))
    return first


def _fetch_enqueue(run_id: int, batches: list[tuple[list[int], int]], done_if_empty: bool = True) -> None:
    from workers.tasks_sources import source_fetch_batch

    for ids, threads in batches:
        source_fetch_batch.delay(run_id, ids, threads)
    if not batches and done_if_empty:
        fetch_finished(run_id)


# --- stage 2: fetching -----------------------------------------------------------------------------

def _candidates_finish(run_id: int, rows: list[tuple[CollectionCandidate, str, int | None, str, str]]) -> int | None:
    """Close candidates (candidate, status, source id, error, code) and count the stage down, in one
    statement: each candidate counts once, whoever closes it first. Returns what is left open."""
    if not rows:
        return None
    errors = [{"connector": c.connector, "url": c.url, "code": code or "fetch_failed", "message": error[:500]}
              for c, status, _sid, error, code in rows if status == C.FAILED]
    item = json.dumps(errors) if errors else None
    with connection.cursor() as cursor:
        cursor.execute(
            "WITH v AS (SELECT * FROM unnest(%s::bigint[], %s::text[], %s::bigint[], %s::text[]) "
            "AS v(id, status, source_id, error)), "
            "moved AS (UPDATE claims_collectioncandidate c SET status = v.status, source_id = v.source_id, "
            "error = v.error, updated_at = now() FROM v WHERE c.id = v.id AND c.status = 'pending' RETURNING c.id) "
            "UPDATE claims_collectionrun SET pending = pending - (SELECT count(*) FROM moved), updated_at = now(), "
            "errors = CASE WHEN %s::jsonb IS NULL OR jsonb_array_length(errors) >= %s THEN errors "
            "ELSE errors || %s::jsonb END WHERE id = %s RETURNING pending",
            [[c.pk for c, *_ in rows], [r[1] for r in rows], [r[2] for r in rows], [r[3][:2000] for r in rows],
             item, MAX_ERRORS, item, run_id])
        row = cursor.fetchone()
    return row[0] if row else None


class _Own:
    """Is a stored document the claim's own article (by id, URL, text hash, or most of its words)?"""

    def __init__(self, claim: Claim):
        from claims.ranking.text import copy_detector
        from claims.services.ranking import own_article_filter

        self.article = claim.article
        self.filter = own_article_filter(claim)
        self.is_copy = copy_detector(self.article.text)  # the article's shingles once, not once per source

    def __call__(self, source: Source) -> bool:
        article = self.article
        if source.article_id == article.pk or (article.url and source.url == article.url):
            return True
        if article.content_sha256 and source.content_sha256 == article.content_sha256:
            return True
        if source.article_id and Source.objects.filter(pk=source.pk).filter(self.filter).exists():
            return True  # an article that is a duplicate of the claim's own
        return self.is_copy(source.text)


def _store_downloads(run_id: int, items: list, own: _Own) -> int | None:
    """Archive and store a few downloaded pages and close their candidates: one transaction, few statements."""
    from claims.models import Snapshot
    from claims.services.articles import snapshot_of
    from claims.services.sources import fetched_document, page_of, source_store_many

    with transaction.atomic():
        commit_without_waiting_for_disk()  # recovery fetches again what a crash loses
        rows, read, owners = [], [], []
        for candidate, existing, result, error in items:
            if error is None and result.not_modified:
                Source.objects.filter(pk=existing.pk).update(fetched_at=timezone.now())
                rows.append(_closing(candidate, existing, own))
                continue
            try:
                if error is not None:
                    raise error
                snapshot = snapshot_of(result)
                read.append((result, snapshot, page_of(snapshot, title=candidate.title, publisher=candidate.publisher,
                                                       published_at=candidate.published_at)))
            except DomainError as exc:
                rows.append((candidate, C.FAILED, None, exc.message, exc.code))
                continue
            owners.append(candidate)
        Snapshot.objects.bulk_create([snapshot for _result, snapshot, _page in read])  # one statement, sets their ids
        docs = [fetched_document(result, page, snapshot, kind=candidate.kind, title=candidate.title,
                                 publisher=candidate.publisher, published_at=candidate.published_at)
                for candidate, (result, snapshot, page) in zip(owners, read, strict=True)]
        for candidate, source in zip(owners, source_store_many(docs), strict=True):
            rows.append(_closing(candidate, source, own))
        return _candidates_finish(run_id, rows)


def _closing(candidate, source, own: _Own):
    if own(source):
        return (candidate, C.SKIPPED, None, "the claim's own article", "")
    return (candidate, C.STORED, source.pk, "", "")


def collection_fetch(*, run_id: int, candidate_ids: list[int], threads: int | None = None, policy=None) -> None:
    """Fetch a batch of one host's candidates, `threads` at a time (its share of the per-host limit).

    The threads only wait on the network; this thread reads the pages and stores them a few at a time,
    so one thread does the CPU work (no contention for the interpreter between many), the database sees a
    handful of statements per few documents, and the threads need no connections of their own.
    """
    from claims.models import Article
    from claims.services.sources import SourceFetchError, source_download, source_for_article, source_is_fresh
    from workers.fetch import get_default_policy

    run = CollectionRun.objects.select_related("claim__article").filter(pk=run_id).first()
    if run is None or run.stage != ST.FETCH:
        return
    todo = list(run.found.filter(pk__in=candidate_ids, status=C.PENDING))
    if not todo:
        return
    policy = policy or get_default_policy()
    own = _Own(run.claim)
    urls = [c.url for c in todo]
    existing = {s.url: s for s in Source.objects.select_related("snapshot").filter(url__in=urls)}
    articles = {a.url: a for a in Article.objects.filter(url__in=urls).exclude(text="")}
    remaining, known, work = None, [], queue.SimpleQueue()
    for candidate in todo:
        source = existing.get(candidate.url)
        if source_is_fresh(source):
            known.append(_closing(candidate, source, own))
        elif source is None and candidate.url in articles:
            known.append(_closing(candidate, source_for_article(articles[candidate.url]), own))
        else:
            work.put(candidate)
    remaining = _candidates_finish(run_id, known) if known else None
    done: queue.SimpleQueue = queue.SimpleQueue()
    count = work.qsize()

    def worker():
        while True:
            try:
                candidate = work.get_nowait()
            except queue.Empty:
                return
            source = existing.get(candidate.url)
            try:
                done.put((candidate, source, source_download(url=candidate.url, existing=source, policy=policy),
                          None))
            except SourceFetchError as exc:
                done.put((candidate, source, None, exc))
            except Exception as exc:  # one broken page must not stop the batch
                log.exception("fetching candidate %s of run %s failed", candidate.pk, run_id)
                done.put((candidate, source, None, DomainError(f"{type(exc).__name__}: {exc}", code="fetch_failed")))

    pool = [threading.Thread(target=worker, name=f"collect-{run_id}-{i}", daemon=True)
            for i in range(max(1, min(count, threads or policy.per_host_limit, policy.per_host_limit)))]
    for thread in pool:
        thread.start()
    received = 0
    while received < count:
        items = [done.get()]  # wait for one, then take whatever else is ready
        while len(items) < 20:
            try:
                items.append(done.get_nowait())
            except queue.Empty:
                break
        received += len(items)
        left = _store_downloads(run_id, items, own)
        remaining = left if left is not None else remaining
    for thread in pool:
        thread.join()
    if remaining is not None and remaining <= 0:
        fetch_finished(run_id)


def fetch_finished(run_id: int) -> None:
    """Every candidate is fetched (or failed): move to ranking, exactly once, and enqueue it."""
    from workers.tasks_sources import collection_rank_task

    with transaction.atomic():
        commit_without_waiting_for_disk()
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
    # One commit: whoever sees the run done sees the claim in review too (a client polling the run
    # could read "done" while the claim still said "researching").
    with transaction.atomic():
        moved = CollectionRun.objects.filter(pk=run_id, stage=ST.RANK).update(
            stage=ST.DONE, pending=0, status=status, connectors=connectors, evidence_count=evidence,
            finished_at=timezone.now(), updated_at=timezone.now())
        if moved:
            _claim_move(run.claim, "review")


def collection_run_fail(*, run_id: int, code: str, message: str) -> bool:
    """Close a run that cannot finish (a stage's task timed out, recovery gave up): failed, the reason
    recorded, the claim moved to review (where editors see it). False when the run is already closed."""
    with transaction.atomic():
        run = CollectionRun.objects.select_for_update(of=("self",)).select_related("claim").filter(
            pk=run_id, status__in=[R.QUEUED, R.RUNNING]).first()
        if run is None:
            return False
        now = timezone.now()
        error = {"stage": run.stage, "code": code, "message": message[:500]}
        CollectionRun.objects.filter(pk=run_id).update(
            stage=ST.DONE, pending=0, status=R.FAILED, errors=[*run.errors, error], finished_at=now, updated_at=now)
        _claim_move(run.claim, "review")
    return True


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
    from django.db.models import F

    stalled = CollectionRun.objects.filter(status__in=[R.QUEUED, R.RUNNING], updated_at__lt=cutoff)
    limit = settings.RECOVERY_MAX_ATTEMPTS
    count = 0
    for run in stalled.order_by("pk")[:200]:
        if run.recovery_attempts >= limit:  # a stage that stalls every time (too big, too slow) never finishes
            given_up = f"given up after {run.recovery_attempts} recovery attempts (stalled at stage {run.stage})"
            if collection_run_fail(run_id=run.pk, code="stalled", message=given_up):
                log.warning("collection run %s: %s", run.pk, given_up)
            continue
        if CollectionRun.objects.filter(pk=run.pk, updated_at=run.updated_at).update(
                updated_at=timezone.now(), recovery_attempts=F("recovery_attempts") + 1):
            collection_resume(run)  # not again next round: its clock was just reset
            count += 1
    return count
