"""Shared plumbing for benchmarks: a throwaway database, real worker processes, the JSON result line."""

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")


LOGLEVEL = os.environ.get("BENCH_WORKER_LOGLEVEL", "WARNING")


def result_line(bench: str, figures: dict, ratio: float, target: float, met: bool) -> None:
    print(json.dumps({"bench": bench, "figures": figures, "ratio": round(ratio, 3), "target": target, "met": met}))


@contextmanager
def throwaway_database(prefix: str):
    """Point this process (and its children) at a fresh, migrated database; drop it afterwards."""
    import django
    import psycopg

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connections

    base = settings.DATABASES["default"]
    name = f"{prefix}_{uuid.uuid4().hex[:8]}"
    admin_kwargs = {"dbname": "postgres", "user": base["USER"], "host": base["HOST"] or base["OPTIONS"].get("host"),
                    "port": base["PORT"] or None, "password": base["PASSWORD"] or None, "autocommit": True}
    with psycopg.connect(**{k: v for k, v in admin_kwargs.items() if v is not None}) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    connections.close_all()
    settings.DATABASES["default"]["NAME"] = name
    connections["default"].settings_dict["NAME"] = name
    parts = urlsplit(settings.DATABASE_URL)
    db_url = urlunsplit(parts._replace(path=f"/{name}"))
    os.environ["DATABASE_URL"] = db_url
    try:
        call_command("migrate", interactive=False, verbosity=0)
        yield db_url
    finally:
        connections.close_all()
        with psycopg.connect(**{k: v for k, v in admin_kwargs.items() if v is not None}) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def celery_workers(specs: list[list[str]], env: dict, log_dir: Path = ROOT / "var" / "bench-logs"):
    """Start real `celery worker` processes (one per spec of extra arguments); stop them at the end."""
    celery = str(Path(sys.executable).with_name("celery"))
    log_dir.mkdir(parents=True, exist_ok=True)
    procs = []
    try:
        for number, extra in enumerate(specs):
            log = open(log_dir / f"worker-{number}.log", "w")  # noqa: SIM115 closed with the process
            procs.append(subprocess.Popen(
                [celery, "-A", "workers.celery_app", "worker", "--loglevel", LOGLEVEL, *extra],
                env=env, cwd=ROOT, start_new_session=True, stdout=log, stderr=subprocess.STDOUT,
            ))
        yield procs
    finally:
        for proc in procs:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        deadline = time.monotonic() + 20
        for proc in procs:
            try:
                proc.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)


def _ticks(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])  # utime + stime of the process itself
    except (OSError, IndexError, ValueError):
        return 0


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        current = todo.pop()
        out.append(current)
        try:
            with open(f"/proc/{current}/task/{current}/children") as fh:
                todo.extend(int(p) for p in fh.read().split())
        except OSError:
            pass
    return out


class CpuMeter:
    """CPU seconds spent by process trees and by the whole machine between start() and stop()."""

    HZ = os.sysconf("SC_CLK_TCK")

    def __init__(self, **groups: list[int]):
        self.groups = groups

    def _read(self) -> dict:
        with open("/proc/stat") as fh:
            parts = [int(x) for x in fh.readline().split()[1:]]
        idle = parts[3] + parts[4]
        figures = {"machine": sum(parts) - idle}
        for name, roots in self.groups.items():
            figures[name] = sum(_ticks(p) for root in roots for p in _tree(root))
        return figures

    def start(self) -> None:
        self.before = self._read()

    def stop(self) -> dict:
        after = self._read()
        return {name: round((after[name] - self.before[name]) / self.HZ, 2) for name in after}
