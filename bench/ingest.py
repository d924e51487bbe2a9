"""Ingest throughput: 1,000 articles from a local server that answers after 50 ms, through real workers.

Side by side in the same run: a sequential baseline (fetch, read, extract one after another in this
process) and the pipeline (an I/O worker on threads for fetching, a prefork worker for reading and
extraction). Also the ratios to the network-bound and the CPU-bound ideal.
"""

import os
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench._support import celery_workers, result_line, throwaway_database

ARTICLES = int(os.environ.get("BENCH_ARTICLES", "1000"))
SEQUENTIAL = int(os.environ.get("BENCH_SEQUENTIAL", "100"))
LATENCY = 0.05
IO_CONCURRENCY = int(os.environ.get("BENCH_IO_CONCURRENCY", "12"))
CORES = os.cpu_count() or 2
# Extraction tasks also wait on PostgreSQL: three processes a core keep the cores busy (measured: 2 cores, 4-6).
CPU_PROCESSES = int(os.environ.get("BENCH_CPU_PROCESSES", str(3 * CORES)))
TARGET = 5.0
FINAL = ["extracted", "failed", "duplicate"]
SUBMITTERS = int(os.environ.get("BENCH_SUBMITTERS", "8"))
TIMEOUT = float(os.environ.get("BENCH_TIMEOUT", "600"))

PARAGRAPHS = [
    "Die Regierung hat am Dienstag ein Hilfspaket über {n},{m} Milliarden Euro beschlossen, teilte das "
    "Finanzministerium in der Hauptstadt mit.",
    "Es ist bereits das {ordinal} Paket in diesem Jahr, sagte Ministerin Eva Beispiel vor Journalisten.",
    "Nach Angaben der Behörden nahmen an dem {dur}stündigen Treffen rund {k}.000 Menschen teil.",
    "Ein Fünftel der Mittel soll in den Wohnungsbau fließen, ein Viertel in die Bildung.",
    "The ministry said about {k},500 households would receive support within {n} weeks.",
    "Opposition leader Max Muster called the plan a 12-point wish list and said it was the third such plan.",
]
ORDINALS = ["zweite", "dritte", "vierte", "fünfte", "sechste", "siebte"]
DURATIONS = ["zwei", "drei", "vier", "fünf", "sechs"]


def page(i: int) -> bytes:
    values = {"n": 1 + i % 9, "m": i % 10, "ordinal": ORDINALS[i % 6], "dur": DURATIONS[i % 5], "k": 2 + i % 7}
    body = "".join(f"<p>{p.format(**values)} (Meldung {i})</p>" for p in PARAGRAPHS)
    return (f"<!doctype html><html lang='de'><head><meta charset='utf-8'><title>Sample {i}</title></head>"
            f"<body><nav>Menu</nav><article><h1>Beispielmeldung {i}</h1>{body}</article>"
            f"<footer>Sample page for benchmarks</footer></body></html>").encode()


class Slow(BaseHTTPRequestHandler):
    def do_GET(self):
        time.sleep(LATENCY)
        kind, number = self.path.rsplit("/", 2)[-2:]
        body = page(int(number) + (100_000 if kind == "seq" else 0))  # every article its own text
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def _submit(article_ingest, base, numbers):
    from django.db import connection

    try:
        for i in numbers:
            article_ingest(url=f"{base}/par/{i}")
    finally:
        connection.close()


def main():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Slow)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    os.environ.update(FETCH_ALLOW=f"127.0.0.1:{port}", FETCH_POLITENESS_DELAY="0",
                      FETCH_PER_HOST_LIMIT=str(IO_CONCURRENCY))
    broker_dir = tempfile.mkdtemp(prefix="bench-broker-")
    if not os.environ.get("CELERY_BROKER_URL"):
        os.environ["BROKER_DIR"] = broker_dir
    elif os.environ["CELERY_BROKER_URL"].startswith("redis://"):
        os.environ["CELERY_BROKER_URL"] = os.environ["CELERY_BROKER_URL"].rsplit("/", 1)[0] + "/15"

    with throwaway_database("factcheck_bench_ingest"):
        from django.db.models import Count

        from claims.models import Article
        from claims.services.articles import article_extract_claims, article_fetch_and_store, article_ingest

        base = f"http://127.0.0.1:{port}/article"
        # Sequential baseline: one after another in this process.
        started = time.perf_counter()
        for i in range(SEQUENTIAL):
            article, _ = article_ingest(url=f"{base}/seq/{i}", enqueue=False)
            article_fetch_and_store(article_id=article.pk)
            article_extract_claims(article_id=article.pk)
        sequential_seconds = time.perf_counter() - started
        sequential_rate = SEQUENTIAL / sequential_seconds
        failed = Article.objects.filter(status="failed").count()
        assert failed == 0, Article.objects.filter(status="failed").values_list("error", flat=True)[:3]
        cpu_per_article = max(sequential_seconds / SEQUENTIAL - LATENCY, 1e-6)

        from workers.celery_app import app

        with app.connection_for_write() as conn:  # leftovers of an interrupted run would be counted
            for queue in ("default", "io"):
                conn.default_channel.queue_purge(queue)
        env = dict(os.environ)
        specs = [["-Q", "io", "-P", "threads", "-c", str(IO_CONCURRENCY), "-n", "bench-io@%h"],
                 ["-Q", "default", "-P", "prefork", "-c", str(CPU_PROCESSES), "-n", "bench-cpu@%h"]]
        with celery_workers(specs, env):
            time.sleep(3)  # workers connect to the broker
            started = time.perf_counter()
            # Submissions arrive concurrently, as from many API clients; each thread has its own connection.
            with ThreadPoolExecutor(SUBMITTERS) as pool:
                slices = [range(k, ARTICLES, SUBMITTERS) for k in range(SUBMITTERS)]
                list(pool.map(lambda numbers: _submit(article_ingest, base, numbers), slices))
            submitted_seconds = time.perf_counter() - started
            while True:
                done = Article.objects.filter(url__contains="/par/", status__in=FINAL).count()
                if done >= ARTICLES:
                    break
                if time.perf_counter() - started > TIMEOUT:
                    states = dict(Article.objects.filter(url__contains="/par/").values_list("status")
                                  .annotate(n=Count("pk")))
                    raise SystemExit(f"timed out with {done}/{ARTICLES} articles done: {states}")
                time.sleep(0.1)
            parallel_seconds = time.perf_counter() - started
        failed = Article.objects.filter(url__contains="/par/").exclude(status="extracted").count()
        claims = Article.objects.filter(url__contains="/par/").values("claims").count()

    server.shutdown()
    rate = ARTICLES / parallel_seconds
    network_ideal = ARTICLES * LATENCY / IO_CONCURRENCY
    cpu_ideal = ARTICLES * cpu_per_article / CORES
    ratio = rate / sequential_rate
    figures = {
        "articles": ARTICLES, "seconds": round(parallel_seconds, 2), "articles_per_s": round(rate, 1),
        "sequential_articles": SEQUENTIAL, "sequential_articles_per_s": round(sequential_rate, 1),
        "failed": failed, "claims": claims, "submitters": SUBMITTERS,
        "submit_seconds": round(submitted_seconds, 2), "io_concurrency": IO_CONCURRENCY, "cpu_processes": CPU_PROCESSES,
        "cpu_ms_per_article": round(cpu_per_article * 1000, 1),
        "network_ideal_s": round(network_ideal, 2), "vs_network_ideal": round(parallel_seconds / network_ideal, 2),
        "cpu_ideal_s": round(cpu_ideal, 2), "vs_cpu_ideal": round(parallel_seconds / cpu_ideal, 2),
        "broker": os.environ.get("CELERY_BROKER_URL") or "filesystem (embedded)",
    }
    result_line("ingest", figures, ratio, TARGET, ratio >= TARGET and failed == 0)


if __name__ == "__main__":
    main()
