"""One `make run` per var dir: a lock its processes hold, and a way for `make clean` to stop them.

No Django here: `make clean` imports it without starting the embedded PostgreSQL that settings would.
"""

import contextlib
import errno
import fcntl
import os
import signal
import time
from pathlib import Path

LOCK_NAME = "runstack.lock"


class AlreadyRunning(Exception):
    def __init__(self, var_dir: Path, pid: int | None):
        self.pid = pid
        who = f"pid {pid}" if pid else "a process"
        super().__init__(
            f"`make run` is already running on {var_dir} ({who}, or the server, workers and beat it started): "
            f"a second one would start a second beat and workers on the same queues. Stop it first "
            f"(Ctrl-C where it runs, or `kill {pid or '<pid>'}`), or give this one its own FACTCHECK_VAR_DIR."
        )


def _pid_in(path: Path) -> int | None:
    try:
        return int(path.read_text().strip() or 0) or None
    except (OSError, ValueError):
        return None


def acquire(var_dir: Path) -> int:
    """Take the lock (or raise AlreadyRunning) and return its file descriptor.

    Children started with the descriptor in `pass_fds` keep the lock while any of them lives, so a
    supervisor killed outright does not let a second stack start beside the first one's leftovers.
    """
    var_dir = Path(var_dir)
    var_dir.mkdir(parents=True, exist_ok=True)
    path = var_dir / LOCK_NAME
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        os.close(fd)
        if exc.errno in (errno.EAGAIN, errno.EACCES):
            raise AlreadyRunning(var_dir, _pid_in(path)) from None
        raise
    os.ftruncate(fd, 0)
    os.write(fd, str(os.getpid()).encode())
    return fd


def held(var_dir: Path) -> bool:
    path = Path(var_dir) / LOCK_NAME
    if not path.exists():
        return False
    with open(path) as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return True
        fcntl.flock(handle, fcntl.LOCK_UN)
    return False


def stop(var_dir, timeout: float = 40.0) -> bool:
    """Stop the `make run` on var_dir, if one runs (SIGTERM, as Ctrl-C would); True once nothing holds the lock."""
    var_dir = Path(var_dir)
    if not held(var_dir):
        return True
    pid = _pid_in(var_dir / LOCK_NAME)
    if pid:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not held(var_dir):
            return True
        time.sleep(0.2)
    return False
