"""API throughput: GET /api/v1/verdicts/?page_size=50 under gunicorn, side by side with a bare Django
view in the same server that answers a pre-serialised body of the same bytes.

gunicorn runs with a fixed number of sync workers on a loopback port against a throwaway database
with published sample verdicts; a pure-Python load generator (processes, one connection per request)
drives each endpoint for the same time. Three runs: the bare view, the API as deployed (anonymous,
so the server-side list cache answers), and the API with that cache off (every request serialises).
The ratio is deployed API / bare view.
"""

import http.client
import multiprocessing
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench._support import ROOT, result_line, throwaway_database

VERDICTS = int(os.environ.get("BENCH_VERDICTS", "200"))
WORKERS = int(os.environ.get("BENCH_GUNICORN_WORKERS", "2"))
CLIENTS = int(os.environ.get("BENCH_CLIENTS", "4"))
SECONDS = float(os.environ.get("BENCH_SECONDS", "9"))  # per endpoint, in three alternating rounds
WARMUP = 1.0
TARGET = 0.6
API_PATH = "/api/v1/verdicts/?page_size=50"
BARE_PATH = "/bench/bare/"
BODY_FILE = ROOT / "var" / "bench-api-body.json"


def seed(n: int) -> None:
    """n published sample verdicts, each on its own claim, citing two evidence passages."""
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from claims.models import Article, Claim, Evidence, Rating, Source, Verdict

    author = get_user_model().objects.create_user("bench-author", password=None)
    rating = Rating.objects.get(label="Falsch")
    now = timezone.now()
    articles = Article.objects.bulk_create(
        Article(url=f"https://bench.example.org/a/{i}", title=f"[Beispiel] Meldung {i}", publisher="Sample Wire",
                language="de", text=f"[Beispiel] Text {i}.", status="extracted", is_sample=True, published_at=now)
        for i in range(n)
    )
    claims = Claim.objects.bulk_create(
        Claim(article=a, text=f"[Beispiel] Die Ministerin sagte, es seien {i} Prozent gewesen.", start=0, end=40,
              speaker="Ministerin Beispiel", language="de", status="published") for i, a in enumerate(articles)
    )
    sources = Source.objects.bulk_create(
        Source(url=f"https://stats.example.org/s/{i}", title=f"[Sample] Statistik {i}", publisher="Sample Office",
               is_sample=True) for i in range(2 * n)
    )
    evidence = Evidence.objects.bulk_create(
        Evidence(claim=c, source=sources[2 * i + k], passage=f"[Beispiel] Laut Statistik waren es {i + k} Prozent "
                 "im Jahresschnitt, teilte das Amt mit.", start=0, end=60, relevance=0.9 - k / 10, rank=k + 1,
                 stance="conflicts") for i, c in enumerate(claims) for k in range(2)
    )
    verdicts = Verdict.objects.bulk_create(
        Verdict(claim=c, rating=rating, headline=f"Nein, es waren nicht {i} Prozent", status="published",
                summary="[Beispiel] Die Zahl ist falsch.", body="[Beispiel] Begründung in zwei Absätzen.\n\nZweiter.",
                published_at=now - timedelta(minutes=i), published_by=author, created_by=author,
                slug=f"nein-es-waren-nicht-{i}-prozent-{c.pk}") for i, c in enumerate(claims)
    )
    through = Verdict.evidence.through
    through.objects.bulk_create(
        through(verdict_id=v.pk, evidence_id=evidence[2 * i + k].pk) for i, v in enumerate(verdicts) for k in range(2)
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_gunicorn(port: int, **env_overrides):
    gunicorn = str(Path(sys.executable).with_name("gunicorn"))
    env = {**os.environ, "BENCH_VIEWS": "1", "DEBUG": "0", "API_ANON_RATE": "10000000/s",
           "LOG_LEVEL": "WARNING", **env_overrides}
    proc = subprocess.Popen(
        [gunicorn, "factcheck.wsgi:application", "--workers", str(WORKERS), "--worker-class", "sync",
         "--bind", f"127.0.0.1:{port}", "--log-level", "warning", "--backlog", "2048"],
        cwd=ROOT, env=env, start_new_session=True, stdout=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            status, _ = get(port, "/healthz")
            if status == 200:
                return proc
        except OSError:
            time.sleep(0.1)
    stop(proc)
    raise RuntimeError("gunicorn did not come up")


def stop(proc) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


def get(port: int, path: str) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request("GET", path, headers={"Accept": "application/json"})
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def _client(args):
    port, path, start_at, stop_at = args
    latencies, errors = [], {}
    while time.monotonic() < stop_at:
        began = time.monotonic()
        try:
            status, _ = get(port, path)
        except OSError as exc:
            status = type(exc).__name__
        if status != 200:
            errors[status] = errors.get(status, 0) + 1
        if began >= start_at:
            latencies.append(time.monotonic() - began)
    return latencies, errors


def _round(port: int, path: str, seconds: float) -> list[float]:
    """CLIENTS processes hammer `path`; requests that started in the warm-up are not counted."""
    start_at = time.monotonic() + WARMUP
    stop_at = start_at + seconds
    with multiprocessing.get_context("fork").Pool(CLIENTS) as pool:
        results = pool.map(_client, [(port, path, start_at, stop_at)] * CLIENTS)
    errors = {}
    for _, failed in results:
        for status, count in failed.items():
            errors[status] = errors.get(status, 0) + count
    if errors:
        raise RuntimeError(f"{path}: failed requests by status: {errors}")
    return [x for lat, _ in results for x in lat]


def load(port: int, paths: list[str], rounds: int = 1) -> list[dict]:
    """Alternate the paths round by round, so noise from a busy machine falls on each alike."""
    seconds = SECONDS / rounds
    samples = {path: [] for path in paths}
    for _ in range(rounds):
        for path in paths:
            samples[path] += _round(port, path, seconds)
    return [_figures(sorted(samples[path])) for path in paths]


def _figures(latencies: list[float]) -> dict:
    if not latencies:
        raise RuntimeError("no request finished")
    return {
        "rps": round(len(latencies) / SECONDS, 1),
        "p50_ms": round(statistics.median(latencies) * 1000, 2),
        "p99_ms": round(latencies[int(len(latencies) * 0.99) - 1] * 1000, 2),
        "requests": len(latencies),
    }


def main() -> None:
    with throwaway_database("bench_api"):
        seed(VERDICTS)
        port = free_port()
        server = start_gunicorn(port)
        try:
            status, body = get(port, API_PATH)
            if status != 200 or body.count(b'"headline"') != 50:
                raise RuntimeError(f"the API page is not 50 verdicts (HTTP {status})")
            BODY_FILE.parent.mkdir(parents=True, exist_ok=True)
            BODY_FILE.write_bytes(body)  # the bare view answers exactly these bytes
            status, bare_body = get(port, BARE_PATH)
            assert status == 200 and bare_body == body
            bare, ours = load(port, [BARE_PATH, API_PATH], rounds=3)
        finally:
            stop(server)
        port = free_port()
        server = start_gunicorn(port, API_LIST_CACHE_SECONDS="0")
        try:
            [uncached] = load(port, [API_PATH])
        finally:
            stop(server)
            BODY_FILE.unlink(missing_ok=True)
    ratio = ours["rps"] / bare["rps"]
    figures = {
        "body_bytes": len(body), "gunicorn_workers": WORKERS, "clients": CLIENTS, "seconds": SECONDS,
        "bare": bare, "api": ours, "api_without_list_cache": uncached,
        "ratio_without_list_cache": round(uncached["rps"] / bare["rps"], 3),
    }
    print(f"bare view      {bare['rps']:8.1f} req/s  p50 {bare['p50_ms']:6.2f} ms  p99 {bare['p99_ms']:6.2f} ms")
    print(f"API (deployed) {ours['rps']:8.1f} req/s  p50 {ours['p50_ms']:6.2f} ms  p99 {ours['p99_ms']:6.2f} ms")
    print(f"API (no cache) {uncached['rps']:8.1f} req/s  p50 {uncached['p50_ms']:6.2f} ms  "
          f"p99 {uncached['p99_ms']:6.2f} ms")
    result_line("api", figures, ratio, TARGET, ratio >= TARGET)


if __name__ == "__main__":
    main()
