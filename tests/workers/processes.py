"""A real Celery worker in its own process, on this test run's database and broker."""

import os
import signal
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

from django.db import connection

from tests.conftest import _BROKER_OPTIONS

ROOT = Path(__file__).resolve().parents[2]


def database_url() -> str:
    """The test database as a URL a worker process reads from DATABASE_URL (TCP or a socket folder)."""
    db = connection.settings_dict
    host = db["HOST"] or db["OPTIONS"].get("host", "")
    if host.startswith("/"):
        return f"postgresql://{db['USER']}:{db['PASSWORD'] or ''}@/{db['NAME']}?host={host}"
    return f"postgresql://{db['USER']}:{db['PASSWORD'] or ''}@{host}:{db['PORT'] or 5432}/{db['NAME']}"


def start_worker(queue: str, name: str, *, pool: str = "prefork", concurrency: int = 1,
                 env: dict | None = None) -> subprocess.Popen:
    """A worker consuming `queue` as `name`@host; `env` adds to (or overrides DATABASE_URL in) os.environ."""
    full = {**os.environ, "DATABASE_URL": database_url(), **(env or {})}
    if "data_folder_in" in _BROKER_OPTIONS:
        full["BROKER_DIR"] = str(Path(_BROKER_OPTIONS["data_folder_in"]).parent)
    else:
        full["BROKER_KEY_PREFIX"] = _BROKER_OPTIONS["global_keyprefix"]
    celery = str(Path(sys.executable).with_name("celery"))
    return subprocess.Popen(
        [celery, "-A", "workers.celery_app", "worker", "-Q", queue, "-P", pool, "-c", str(concurrency), "-n",
         f"{name}@%h", "--loglevel", "WARNING"],
        cwd=ROOT, env=full, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )


def stop_worker(worker: subprocess.Popen) -> None:
    """SIGTERM the worker's process group, SIGKILL it if it has not gone in 20 s."""
    if worker.poll() is not None:
        return
    os.killpg(worker.pid, signal.SIGTERM)
    try:
        worker.wait(20)
    except subprocess.TimeoutExpired:
        os.killpg(worker.pid, signal.SIGKILL)
        worker.wait(10)


@contextmanager
def running_worker(queue: str, *, env: dict | None = None):
    """A prefork worker (one child) on `queue`, named after it, stopped on exit."""
    worker = start_worker(queue, queue, env=env)
    try:
        yield worker
    finally:
        stop_worker(worker)
