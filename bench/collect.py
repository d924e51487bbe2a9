"""Source collection for one claim: 200 candidate documents on a local server that answers after 100 ms each.

The pipeline through real workers (two I/O processes on threads, one prefork CPU process; GDELT-style
connector on the local server, fetch tasks whose threads together stay within FETCH_PER_HOST_LIMIT,
rank task) against its ideal, 200 x 0.1 s / concurrency, and against a sequential baseline in the same
run (the same fetch, read, store and rank services, one document after another). The whole run is
timed from sources_collect() to the run's end; `fetch_stage_s` is the fetch stage alone.
"""

import json
import multiprocessing
import os
import socket
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench._support import CpuMeter, celery_workers, result_line, throwaway_database

DOCUMENTS = int(os.environ.get("BENCH_DOCUMENTS", "200"))
LATENCY = float(os.environ.get("BENCH_LATENCY", "0.1"))
CONCURRENCY = int(os.environ.get("BENCH_FETCH_CONCURRENCY", "13"))  # FETCH_PER_HOST_LIMIT for the run
IDEAL_RATIO, SPEEDUP = 1.3, 10.0
# Two I/O worker processes with one task slot each, and batches of half the documents: each process runs
# one fetch task (its threads download, its own thread reads pages), and the batches' threads add up to
# the per-host limit. Two fetch tasks in one process would fight over its interpreter lock.
IO_PROCESSES = int(os.environ.get("BENCH_IO_PROCESSES", "2"))
IO_THREADS = int(os.environ.get("BENCH_IO_THREADS", "1"))
FETCH_BATCH = -(-DOCUMENTS // IO_PROCESSES)

CLAIM_TEXT = ("Wien (Beispielagentur) - Für Außenministerin Lena Brandt war es in diesem Jahr das dritte Treffen "
              "mit ihrem Amtskollegen Piet Haverkamp.")
ORDINALS = ["dritte", "zweite", "dritte", "vierte"]
PARAGRAPHS = [
    "Außenministerin Lena Brandt und Piet Haverkamp trafen sich am Dienstag in Wien. Es war nach Angaben "
    "des Ministeriums das {ordinal} Treffen der beiden in diesem Jahr.",
    "Die Gespräche dauerten {hours} Stunden, an ihnen nahmen auch Vermittler der Vereinten Nationen teil.",
    "Grundlage ist ein 12-Punkte-Plan, der einen Abzug von {troops}.000 Soldaten binnen 30 Tagen vorsieht.",
    "In der Hauptstadt demonstrierten am Wochenende rund {people}.000 Menschen gegen steigende Preise.",
    "Meldung {i}: Die Opposition kritisierte die Regierung für ihre Haushaltspolitik.",
]


def page(i: int) -> bytes:
    values = {"ordinal": ORDINALS[i % 4], "hours": 5 + i % 4, "troops": 1 + i % 3, "people": 2 + i % 9, "i": i}
    body = "".join(f"<p>{p.format(**values)}</p>" for p in PARAGRAPHS)
    return (f"<!doctype html><html lang='de'><head><meta charset='utf-8'><title>Beispielmeldung {i}</title>"
            f"</head><body><nav>Start | Politik</nav><article><h1>Beispielmeldung {i}</h1>{body}</article>"
            f"<footer>Sample page for benchmarks</footer></body></html>").encode()


def answer(path: str, port: int, state: dict) -> tuple[bytes, str]:
    """The body and content type for a request: GDELT-style search results, or a document page."""
    if path.startswith("/gdelt"):
        # The first search is the warm-up run's: as many other documents, answered at once.
        kind = "par" if state.get("searched") else "warm"
        state["searched"] = True
        articles = [{"url": f"http://127.0.0.1:{port}/doc/{kind}/{i}", "title": f"Beispielmeldung {i}",
                     "seendate": "20261118T101500Z", "domain": "127.0.0.1", "language": "German",
                     "sourcecountry": "Austria"} for i in range(DOCUMENTS)]
        return json.dumps({"articles": articles}).encode(), "application/json"
    group, number = path.rsplit("/", 2)[-2:]
    offset = {"warm": 10_000, "seq": 20_000}.get(group, 0)  # every document its own text
    return page(int(number) + offset), "text/html; charset=utf-8"


def serve(sock: socket.socket) -> None:
    """The local server, in a process of its own: one event loop answers every document after exactly
    LATENCY (a thread per request in this process would add its own scheduling delays to the figures)."""
    import asyncio

    port, state = sock.getsockname()[1], {}

    async def handle(reader, writer):
        request = await reader.readuntil(b"\r\n\r\n")
        path = request.split(b" ", 2)[1].decode()
        if not path.startswith(("/gdelt", "/doc/warm/")):
            await asyncio.sleep(LATENCY)
        body, kind = answer(path, port, state)
        writer.write(f"HTTP/1.0 200 OK\r\nContent-Type: {kind}\r\nContent-Length: {len(body)}\r\n"
                     f"Connection: close\r\n\r\n".encode() + body)
        await writer.drain()
        writer.close()

    async def main():
        server = await asyncio.start_server(handle, sock=sock, backlog=512)
        await server.serve_forever()

    asyncio.run(main())


def claim_create(n: int):
    from django.utils import timezone

    from claims.extraction import extract_claims
    from claims.models import Article, Claim
    from claims.services.articles import text_sha256

    text = f"{CLAIM_TEXT} (Meldung {n})"
    article = Article.objects.create(text=text, title="Brandt und Haverkamp in Wien", language="de",
                                     content_sha256=text_sha256(text), published_at=timezone.now(),
                                     status=Article.Status.EXTRACTED)
    found = extract_claims(text, "de")[0]
    return Claim.objects.create(article=article, text=found.text, start=found.start, end=found.end, language="de",
                                quantities=[q.to_dict() for q in found.quantities], entities=list(found.entities),
                                score=found.score, status=Claim.Status.TRIAGED)


SEEN = datetime(2026, 11, 18, 10, 15, tzinfo=UTC)


def sequential(claim, base: str) -> tuple[float, int]:
    """The same services, one document after another in this process."""
    from claims.models import CollectionCandidate, CollectionRun
    from claims.services.ranking import evidence_rank
    from claims.services.sources import source_fetch
    from workers.fetch import get_default_policy

    policy = get_default_policy().replace(per_host_limit=1)
    started = time.perf_counter()
    run = CollectionRun.objects.create(claim=claim, status="running", stage="rank")
    for i in range(DOCUMENTS):
        url = f"{base}/doc/seq/{i}"
        # What the connector says of each document (as the parallel run's candidates carry it).
        source = source_fetch(url=url, kind="news", title=f"Beispielmeldung {i}", publisher="127.0.0.1",
                              published_at=SEEN, policy=policy)
        CollectionCandidate.objects.create(run=run, connector="sequential", url=url, status="stored", source=source)
    evidence = sum(evidence_rank(run=run).values())
    return time.perf_counter() - started, evidence


def collect_and_wait(sources_collect, claim, started=None):
    from claims.models import CollectionRun

    started = started or time.perf_counter()
    run = sources_collect(claim=claim, user=None)
    stages = {}
    while True:
        run.refresh_from_db()
        stages.setdefault(run.stage, round(time.perf_counter() - started, 3))
        if run.stage == CollectionRun.Stage.DONE:
            return run, stages
        if time.perf_counter() - started > 120:
            raise SystemExit(f"timed out: {run.stage} {run.pending} {run.connectors} {run.errors[:3]}")
        time.sleep(0.01)


def main():
    sock = socket.create_server(("127.0.0.1", 0), backlog=512)
    port = sock.getsockname()[1]
    server = multiprocessing.get_context("fork").Process(target=serve, args=(sock,), daemon=True)
    server.start()
    base = f"http://127.0.0.1:{port}"
    os.environ.update(
        FETCH_ALLOW=f"127.0.0.1:{port}", FETCH_POLITENESS_DELAY="0", FETCH_PER_HOST_LIMIT=str(CONCURRENCY),
        SOURCES_ENABLED="gdelt", GDELT_URL=f"{base}/gdelt", SOURCES_CONNECTOR_MAX_RESULTS=str(DOCUMENTS),
        SOURCES_FETCH_BATCH=str(FETCH_BATCH),
    )
    if not os.environ.get("CELERY_BROKER_URL"):
        os.environ["BROKER_DIR"] = tempfile.mkdtemp(prefix="bench-broker-")
    elif os.environ["CELERY_BROKER_URL"].startswith("redis://"):
        os.environ["CELERY_BROKER_URL"] = os.environ["CELERY_BROKER_URL"].rsplit("/", 1)[0] + "/15"

    with throwaway_database("factcheck_bench_collect"):
        from django.conf import settings

        for name, value in (("SOURCES_ENABLED", ["gdelt"]), ("GDELT_URL", f"{base}/gdelt"),
                            ("SOURCES_CONNECTOR_MAX_RESULTS", DOCUMENTS)):
            setattr(settings, name, value)
        import trafilatura  # noqa: F401 - imported before timing, as a worker has it loaded

        from claims.models import Evidence
        from claims.services.collection import sources_collect

        warm = claim_create(1)
        sequential_seconds, sequential_evidence = sequential(warm, base)

        claim = claim_create(2)
        # Two I/O worker processes: a host's batches share its per-host limit across them.
        specs = [["-Q", "io", "-P", "threads", "-c", str(IO_THREADS), "-n", f"bench-io{i}@%h"]
                 for i in range(IO_PROCESSES)]
        specs.append(["-Q", "default", "-P", "prefork", "-c", "2", "-n", "bench-cpu@%h"])
        with celery_workers(specs, dict(os.environ)) as procs:
            time.sleep(6)  # workers connect to the broker, import and warm the task modules
            # One run first (its pages answered at once), so the measured one meets every worker in its
            # steady state (database connections open, code paths warm), as a desk's workers are after
            # their first claim.
            collect_and_wait(sources_collect, claim_create(3))
            # Where the CPU goes: the workers, this process (the test server and the poller), and the
            # rest of the machine (PostgreSQL, the broker's file system, anything else running).
            meter = CpuMeter(workers=[p.pid for p in procs], bench=[os.getpid()])
            meter.start()
            started = time.perf_counter()
            run, stages = collect_and_wait(sources_collect, claim, started)
            seconds = time.perf_counter() - started
            cpu = meter.stop()
        stored = run.found.filter(status="stored").count()
        from django.db.models import Max, Min

        span = run.found.aggregate(first=Min("updated_at"), last=Max("updated_at"))
        fetching = (span["last"] - span["first"]).total_seconds() if stored else 0.0
        evidence = Evidence.objects.filter(claim=claim).count()
        stances = {s: Evidence.objects.filter(claim=claim, stance=s).count() for s in ("agrees", "conflicts")}

    server.terminate()
    ideal = DOCUMENTS * LATENCY / CONCURRENCY
    fetch_stage = stages.get("rank", seconds) - stages.get("fetch", 0.0)
    speedup = sequential_seconds / seconds
    figures = {
        "documents": DOCUMENTS, "latency_s": LATENCY, "concurrency": CONCURRENCY,
        "io_processes": IO_PROCESSES, "io_threads": IO_THREADS, "fetch_batch": FETCH_BATCH,
        "seconds": round(seconds, 3),
        "ideal_s": round(ideal, 3), "vs_ideal": round(seconds / ideal, 3),
        "sequential_s": round(sequential_seconds, 2), "speedup_vs_sequential": round(speedup, 1),
        "stored": stored, "status": run.status, "evidence": evidence, "sequential_evidence": sequential_evidence,
        "stage_reached_s": stages, "fetch_stage_s": round(fetch_stage, 3),
        "fetch_stage_vs_ideal": round(fetch_stage / ideal, 3), "first_to_last_fetch_s": round(fetching, 3),
        "cpu_s": cpu, **stances, "broker": os.environ.get("CELERY_BROKER_URL") or "filesystem (embedded)",
    }
    met = seconds / ideal <= IDEAL_RATIO and speedup >= SPEEDUP and stored == DOCUMENTS
    result_line("collect", figures, seconds / ideal, IDEAL_RATIO, met)


if __name__ == "__main__":
    main()
