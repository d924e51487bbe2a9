"""Run the whole server locally: migrate, load sample data, then web, workers and beat until Ctrl-C."""

import os
import signal
import subprocess
import sys
import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from workers import runlock


class Command(BaseCommand):
    help = "Serve on 127.0.0.1:8000 with a Celery worker per queue and beat; stop all on Ctrl-C."

    def add_arguments(self, parser):
        parser.add_argument("--bind", default=os.environ.get("BIND", "127.0.0.1:8000"))
        parser.add_argument("--web-workers", type=int, default=int(os.environ.get("WEB_WORKERS", "2")))
        parser.add_argument("--io-concurrency", type=int, default=int(os.environ.get("IO_CONCURRENCY", "12")))
        # Extraction waits on PostgreSQL too: three processes a core keep the cores busy (bench/ingest.py).
        default_cpu = str(3 * (os.cpu_count() or 1))
        parser.add_argument("--cpu-concurrency", type=int, default=int(os.environ.get("CPU_CONCURRENCY", default_cpu)))
        parser.add_argument("--no-demo", action="store_true", help="Do not load sample data.")

    def handle(self, *args, bind, web_workers, io_concurrency, cpu_concurrency, no_demo, **options):
        try:
            lock_fd = runlock.acquire(settings.VAR_DIR)
        except runlock.AlreadyRunning as exc:
            raise CommandError(str(exc)) from None
        call_command("migrate", interactive=False, verbosity=0)
        if not no_demo:
            call_command("load_demo")
        # Children inherit the resolved URLs, so they reuse the embedded services started here.
        env = dict(os.environ, DATABASE_URL=settings.DATABASE_URL, PYTHONUNBUFFERED="1")
        bin_dir = os.path.dirname(sys.executable)
        celery = [os.path.join(bin_dir, "celery"), "-A", "workers.celery_app"]
        commands = {
            "web": [os.path.join(bin_dir, "gunicorn"), "factcheck.wsgi", "--bind", bind, "--workers",
                    str(web_workers), "--threads", "4", "--access-logfile", "-", "--graceful-timeout", "10"],
            # CPU work (extraction, ranking) on prefork; network waits on threads, so they never hold a core.
            "worker-cpu": [*celery, "worker", "-Q", "default", "-P", "prefork", "-c", str(cpu_concurrency),
                           "-n", "cpu@%h", "--loglevel", "INFO"],
            "worker-io": [*celery, "worker", "-Q", "io", "-P", "threads", "-c", str(io_concurrency),
                          "-n", "io@%h", "--loglevel", "INFO"],
            "beat": [*celery, "beat", "--loglevel", "INFO", "-s", settings.CELERY_BEAT_SCHEDULE_FILENAME],
        }
        children = {}
        stopping = False
        failed = None

        def stop(signum, frame):
            nonlocal stopping
            stopping = True

        signal.signal(signal.SIGINT, stop)
        signal.signal(signal.SIGTERM, stop)
        for name, command in commands.items():
            # Own process group: Ctrl-C reaches us once and we stop children in order.
            # They keep the lock while they live, and stop when we die, however we die (SIGKILL, OOM killer).
            children[name] = subprocess.Popen(command, env=env, start_new_session=True, pass_fds=(lock_fd,),  # noqa: S603 fixed argv
                                              preexec_fn=_stop_with_parent)
        self.stdout.write(self.style.SUCCESS(f"Serving on http://{bind}/admin/ — Ctrl-C stops everything."))
        try:
            while not stopping:
                for name, child in children.items():
                    if child.poll() is not None:
                        self.stderr.write(f"{name} exited with {child.returncode}; stopping the rest.")
                        stopping, failed = True, name
                        break
                time.sleep(0.5)
        finally:
            _stop_all(children, self.stdout)
            if not os.environ.get("DATABASE_URL"):
                # It serves `make test` too, which may be running; the next start reuses it.
                self.stdout.write(f"The embedded PostgreSQL under {settings.VAR_DIR / 'pg'} keeps running; "
                                  "`make clean` stops it.")
        if failed:  # a supervisor's caller (make, systemd, a script) must see that the stack did not run
            raise CommandError(f"{failed} exited on its own; see its messages above.")


def _stop_with_parent():
    """In the child before exec: ask the kernel for SIGTERM when runstack dies (Linux prctl PR_SET_PDEATHSIG)."""
    import contextlib
    import ctypes

    with contextlib.suppress(OSError, AttributeError):  # not Linux: Ctrl-C and SIGTERM still stop them
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)


def _stop_all(children, out, timeout=20):
    for child in children.values():
        if child.poll() is None:
            child.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + timeout
    for name, child in children.items():
        try:
            child.wait(max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            out.write(f"{name} did not stop in {timeout}s; killing it.")
            os.killpg(child.pid, signal.SIGKILL)
            child.wait()
    out.write("Stopped web, workers and beat.")
